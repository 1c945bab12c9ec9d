import DocTrack
import Foundation
import UserNotifications

/// The part of `UNUserNotificationCenter` the scheduler uses (a fake in tests).
public protocol NotificationCenterSink: AnyObject, Sendable {
    func add(_ request: UNNotificationRequest) async throws
    func removePendingNotificationRequests(withIdentifiers identifiers: [String])
    func pendingNotificationRequests() async -> [UNNotificationRequest]
}

extension UNUserNotificationCenter: NotificationCenterSink {}

/// One notification to schedule: identifier, local day and time, texts.
public struct PlannedNotification: Equatable, Sendable {
    public let id: String
    public let fireAt: DateComponents
    public let title: String
    public let body: String
    public let documentId: String?
}

/// Turns doctrack's reminder sync into pending notifications within iOS's
/// limit of 64 pending notifications per app.
///
/// Policy: sync with `ReminderOptions(limit: 60)`, so the 60 soonest
/// reminders are pending; when more wait (`leftOut > 0`), one catch-all
/// "open the app" notification fires the day after the 60th, and opening the
/// app (or a `BGAppRefreshTask`) syncs again and schedules the next ones.
/// 60 + 1 leaves 3 of the 64 for anything else.
///
/// Triggers are calendar dates without a time zone (`UNCalendarNotificationTrigger`
/// with year, month, day, hour, minute): a reminder for 09:00 fires at 09:00
/// local time wherever the phone is, and iOS keeps them across reboots and
/// time-zone changes, so nothing needs re-arming (unlike Android's alarms).
///
/// Bodies are doctrack's private lock-screen text unless the person opted
/// in; the category also hides previews behind "Open the app for details".
public final class NotificationScheduler: @unchecked Sendable {
    /// iOS keeps at most this many pending notifications per app.
    public static let iosPendingLimit = 64
    /// Reminders pending at once (the `limit` passed to `syncReminders`).
    public static let reminderLimit: UInt32 = 60
    /// The identifier of the catch-all notification.
    public static let catchAllId = "org.doctrack.demo.open-app"
    /// The notification category (hidden previews placeholder).
    public static let categoryId = "org.doctrack.demo.reminder"

    private let center: NotificationCenterSink

    public init(center: NotificationCenterSink = UNUserNotificationCenter.current()) {
        self.center = center
    }

    /// Registers the category whose hidden preview says only "open the app".
    public static func registerCategory(placeholder: String) {
        let category = UNNotificationCategory(
            identifier: categoryId,
            actions: [],
            intentIdentifiers: [],
            hiddenPreviewsBodyPlaceholder: placeholder,
            options: []
        )
        UNUserNotificationCenter.current().setNotificationCategories([category])
    }

    /// What to schedule for a sync: its `toAdd`, plus the catch-all when
    /// reminders were left out. Pure, so it can be checked without iOS.
    public static func plan(_ sync: ReminderSync, catchAllTitle: String, catchAllBody: String) -> [PlannedNotification] {
        var planned = sync.toAdd.prefix(Int(reminderLimit)).map { reminder in
            PlannedNotification(
                id: reminder.id,
                fireAt: DateComponents(
                    year: reminder.fireOn.year,
                    month: reminder.fireOn.month,
                    day: reminder.fireOn.day,
                    hour: Int(reminder.hour),
                    minute: Int(reminder.minute)
                ),
                title: reminder.titleText,
                body: reminder.lockScreenText,
                documentId: reminder.document
            )
        }
        // Unread notices that the rules changed: one private notification per
        // person (the same id replaces the one before; read ones are in toCancel).
        for notice in sync.noticesToAdd {
            planned.append(PlannedNotification(
                id: notice.id,
                fireAt: DateComponents(
                    year: notice.fireOn.year,
                    month: notice.fireOn.month,
                    day: notice.fireOn.day,
                    hour: Int(notice.hour),
                    minute: Int(notice.minute)
                ),
                title: notice.titleText,
                body: notice.lockScreenText,
                documentId: nil
            ))
        }
        if sync.leftOut > 0, let last = sync.scheduled.last {
            let calendar = Calendar(identifier: .gregorian)
            let lastDay = calendar.date(from: last.fireOn) ?? Date()
            let next = calendar.date(byAdding: .day, value: 1, to: lastDay) ?? lastDay
            var when = calendar.dateComponents([.year, .month, .day], from: next)
            when.hour = Int(last.hour)
            when.minute = Int(last.minute)
            planned.append(PlannedNotification(id: catchAllId, fireAt: when, title: catchAllTitle, body: catchAllBody, documentId: nil))
        }
        return planned
    }

    /// Applies a sync: cancel first, then add; the catch-all is replaced each time.
    public func apply(_ sync: ReminderSync, catchAllTitle: String, catchAllBody: String) async throws {
        center.removePendingNotificationRequests(withIdentifiers: sync.toCancel + [Self.catchAllId])
        for note in Self.plan(sync, catchAllTitle: catchAllTitle, catchAllBody: catchAllBody) {
            let content = UNMutableNotificationContent()
            content.title = note.title
            content.body = note.body
            content.sound = .default
            content.categoryIdentifier = Self.categoryId
            content.threadIdentifier = "doctrack"
            if let document = note.documentId {
                content.userInfo = ["document": document]
            }
            let trigger = UNCalendarNotificationTrigger(dateMatching: note.fireAt, repeats: false)
            try await center.add(UNNotificationRequest(identifier: note.id, content: content, trigger: trigger))
        }
    }

    /// How many of this app's notifications are pending (for the settings screen).
    public func pendingCount() async -> Int {
        await center.pendingNotificationRequests().count
    }
}
