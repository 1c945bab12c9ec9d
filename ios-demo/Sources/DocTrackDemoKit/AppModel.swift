import DocTrack
import Foundation
import SwiftUI
import UserNotifications

/// Where the unlock screen stands.
public enum UnlockState: Equatable {
    case locked
    case noStore
    case open
    /// The platform key is gone for good: passphrase or backup restore.
    case keyInvalidated
    /// The key cannot be used now (device locked): retry or passphrase.
    case keyUnavailable
    case wrongPassphrase
    /// The file is damaged: restore a backup (the file is kept).
    case damaged
    /// An older copy of the store was put back in its place: restore the
    /// newest backup, or keep this copy on purpose (`keepOlderCopy`).
    case rolledBack
    /// Another typed error, already in the person's words.
    case failed(String)
}

/// The app's state and its one way into doctrack. Every store call is
/// `async` and runs on the store's own worker thread, so the main actor is
/// never blocked. The store file is never deleted: a backup is restored into
/// a new file beside it.
@MainActor
public final class AppModel: ObservableObject {
    @Published public private(set) var state: UnlockState = .locked
    @Published public private(set) var dashboard: Dashboard?
    @Published public private(set) var people: [PersonRecord] = []
    @Published public private(set) var dueSoon: [ScheduledReminder] = []
    @Published public var language: Language {
        didSet { UserDefaults.standard.set(Self.code(language), forKey: "language") }
    }
    @Published public var detailedLockScreen: Bool {
        didSet { UserDefaults.standard.set(detailedLockScreen, forKey: "detailedLockScreen") }
    }
    @Published public private(set) var notificationsAllowed = false

    /// The app's one model: one open store for the screens and background refresh.
    public static let shared = AppModel()

    public let wrapper: KeychainKeyWrapper
    private let scheduler: NotificationScheduler
    private let folder: URL
    private var store: DoctrackStore?

    public init(wrapper: KeychainKeyWrapper = KeychainKeyWrapper(), scheduler: NotificationScheduler = NotificationScheduler()) {
        self.wrapper = wrapper
        self.scheduler = scheduler
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        folder = support.appendingPathComponent("doctrack", isDirectory: true)
        language = Self.language(code: UserDefaults.standard.string(forKey: "language") ?? Locale.current.language.languageCode?.identifier ?? "en")
        detailedLockScreen = UserDefaults.standard.bool(forKey: "detailedLockScreen")
    }

    // MARK: files

    /// The store in use (`current-store` names it after a restore).
    public var storeURL: URL {
        let pointer = folder.appendingPathComponent("current-store")
        let name = (try? String(contentsOf: pointer, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return folder.appendingPathComponent((name?.isEmpty == false ? name : nil) ?? "store.doctrack")
    }

    private var hasStore: Bool { FileManager.default.fileExists(atPath: storeURL.path) }

    /// The Keychain anchor of the store file at `url` (docs/adr/0024).
    private func anchor(_ url: URL) -> KeychainRollbackAnchor {
        KeychainRollbackAnchor(storeName: url.lastPathComponent)
    }

    // MARK: unlocking

    /// Opens with the Keychain key.
    public func unlock() async {
        guard hasStore else { state = .noStore; return }
        await attempt {
            try await openStore(path: self.storeURL.path, unlock: .platform(wrapper: self.wrapper), anchor: self.anchor(self.storeURL))
        }
    }

    /// Opens a store older than the one this phone last saw, after the
    /// person chose to keep this copy; it is the copy remembered from now on.
    public func keepOlderCopy() async {
        await attempt {
            try await openStore(
                path: self.storeURL.path,
                unlock: .platform(wrapper: self.wrapper),
                anchor: self.anchor(self.storeURL),
                acceptOlderCopy: true
            )
        }
    }

    /// Creates the store: the Keychain key opens it daily; the recovery passphrase is a second slot.
    public func create(recoveryPassphrase: String) async {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Keep the store out of iCloud/iTunes backups: its key cannot follow it.
        var excluded = folder
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? excluded.setResourceValues(values)
        await attempt {
            try await createStore(path: self.storeURL.path, unlock: .platform(wrapper: self.wrapper), anchor: self.anchor(self.storeURL))
        }
        if state == .open {
            _ = try? await store?.addKeySlot(unlock: .passphrase(passphrase: recoveryPassphrase))
        }
    }

    /// Opens with the recovery passphrase; enrolls a new Keychain key if the old one is gone.
    public func unlock(passphrase: String) async {
        let invalidated = wrapper.lastProblem == .invalidated || !wrapper.hasKey()
        await attempt {
            try await openStore(path: self.storeURL.path, unlock: .passphrase(passphrase: passphrase), anchor: self.anchor(self.storeURL))
        }
        guard state == .open, invalidated, let store else { return }
        do {
            let dead = try await store.keySlots().filter { $0.kind == .platform }
            wrapper.forgetKey()
            _ = try await store.addKeySlot(unlock: .platform(wrapper: wrapper))
            for slot in dead { try await store.removeKeySlot(slotId: slot.id) }
        } catch {
            // The store is open; re-enrolling is tried again at the next passphrase unlock.
        }
    }

    /// Restores a backup into a new file beside the old store (which is kept).
    public func restore(backup: URL, backupPassphrase: String, newRecoveryPassphrase: String) async {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "store-restored-\(UUID().uuidString).doctrack"
        let target = folder.appendingPathComponent(name)
        if wrapper.lastProblem == .invalidated || !wrapper.hasKey() { wrapper.forgetKey() }
        await attempt {
            let restored = try await restoreStore(
                backupPath: backup.path,
                backupPassphrase: backupPassphrase,
                path: target.path,
                unlock: .platform(wrapper: self.wrapper),
                anchor: self.anchor(target)
            )
            return restored.store
        }
        if state == .open {
            _ = try? await store?.addKeySlot(unlock: .passphrase(passphrase: newRecoveryPassphrase))
            try? name.write(to: folder.appendingPathComponent("current-store"), atomically: true, encoding: .utf8)
        }
    }

    private func attempt(_ open: @escaping () async throws -> DoctrackStore) async {
        do {
            store = try await open()
            state = .open
            await refresh()
        } catch let error as AppError {
            switch error {
            case .KeyUnavailable:
                state = wrapper.lastProblem == .invalidated ? .keyInvalidated : .keyUnavailable
            case .WrongSecret:
                state = .wrongPassphrase
            case .StorageCorrupt:
                state = .damaged
            case .RolledBack:
                state = .rolledBack
            case .StoreMissing:
                state = .noStore
            default:
                state = .failed(say(errorMessage(error: error)))
            }
        } catch {
            state = .failed(String(describing: type(of: error)))
        }
    }

    // MARK: what the screens show

    /// Today as a calendar date (Gregorian year, month, day).
    public var today: DateComponents {
        Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    }

    /// Reloads everything and keeps notifications in step.
    public func refresh() async {
        guard let store else { return }
        do {
            dashboard = try await store.dashboard(asOf: today)
            people = try await store.people().items
            let options = ReminderOptions(
                language: language,
                dateStyle: nil,
                detailedLockScreen: detailedLockScreen,
                hour: 9,
                minute: 0,
                limit: NotificationScheduler.reminderLimit
            )
            let sync = try await store.syncReminders(today: today, until: day(after: 180), options: options)
            try await scheduler.apply(sync, catchAllTitle: "doctrack", catchAllBody: catchAllText)
            let all = try await store.reminders(from: day(after: -7), to: day(after: 14), options: options)
            dueSoon = DueSoon.select(all)
        } catch let error as AppError {
            state = .failed(say(errorMessage(error: error)))
        } catch {
            // Notification scheduling failed: the in-app list still shows what is due.
        }
    }

    /// A person's documents.
    public func documents(of personId: String) async -> [DocumentRecord] {
        (try? await store?.documentsOf(personId: personId).items) ?? []
    }

    /// One document as of today: its record, its row, every date's reasons,
    /// its blockers and the sources of each rule a reason names (no status
    /// when its holder is archived); nil when the store is locked.
    public func detail(of documentId: String) async -> DocumentDetail? {
        try? await store?.documentDetail(documentId: documentId, asOf: today)
    }

    /// The dashboard's card of one document (status, next deadline, blockers).
    public func card(of documentId: String) -> DocumentCard? {
        for part in dashboard?.people ?? [] {
            if let card = part.documents.first(where: { $0.document == documentId }) { return card }
        }
        return nil
    }

    /// Every plan step with its person, person by person.
    public var steps: [(Person, Step)] {
        (dashboard?.people ?? []).flatMap { part in part.plan.map { (part.person, $0) } }
    }

    /// One document's history.
    public func history(of documentId: String) async -> [HistoryEntry] {
        (try? await store?.history(documentId: documentId)) ?? []
    }

    /// A rule's guidance in the person's language.
    public func guidance(ruleId: String) async -> RuleGuidance? {
        (try? await store?.ruleGuidance(ruleId: ruleId, language: language)) ?? nil
    }

    /// Adds a person.
    public func addPerson(_ draft: PersonDraft) async throws {
        _ = try await store?.registerPerson(draft: draft, on: today)
        await refresh()
    }

    /// Adds a document and its photo (JPEG) if any.
    public func addDocument(_ document: NewDocument, photo: Data?) async throws {
        guard let store else { return }
        let record = try await store.recordDocument(document: document, on: today)
        if let photo, !photo.isEmpty {
            _ = try await store.addPhoto(documentId: record.document.id, mime: "image/jpeg", bytes: photo, on: today)
        }
        await refresh()
    }

    // MARK: situation, custody, checklists, help

    /// One person's part of the dashboard: situation, cards, plan, private flags
    /// (none for an archived person).
    public func part(of personId: String) -> PersonDashboard? {
        dashboard?.people.first { $0.person.id == personId }
    }

    /// Records who holds a document from today (`.worker`: the person has it back).
    public func recordCustody(documentId: String, holder: Custodian) async throws {
        guard let store else { return }
        let custody = Custody(holder: holder, since: today, note: nil)
        _ = try await store.applyEvent(documentId: documentId, event: .custodyChanged(custody: custody), on: today)
        await refresh()
    }

    /// What to bring to renew a document, as of today; nil when the rules list nothing.
    public func renewalChecklist(documentId: String) async -> Checklist? {
        (try? await store?.renewalChecklist(documentId: documentId, asOf: today)) ?? nil
    }

    /// A route back for a person as of today: when it is open, its steps and checklists.
    public func routeDetail(personId: String, routeId: String) async -> RouteDetail? {
        try? await store?.routeDetail(personId: personId, routeId: routeId, asOf: today)
    }

    /// Ticks or unticks an item of one of a person's checklists (its `list` key), today.
    public func tick(personId: String, list: String, item: String, ticked: Bool) async throws {
        _ = try await store?.tickChecklistItem(personId: personId, list: list, item: item, ticked: ticked, on: today)
        await refresh()
    }

    /// The best services for a person and a topic, best first (at most three).
    public func help(personId: String, topic: HelpTopic) async -> [HelpEntry] {
        (try? await store?.helpFor(personId: personId, problem: topic)) ?? []
    }

    /// The whole directory of help (every province and service, shown or withheld).
    public func directory() async -> Directory? {
        try? await store?.directory()
    }

    /// A person's unread notices: what changes of the rules changed for them,
    /// in their language, with the rule's source.
    public func unreadNotices(of personId: String) async -> [NoticeView] {
        ((try? await store?.notices(personId: personId)) ?? []).filter { !$0.read }
    }

    /// Marks a notice read (its notification is cancelled at the next sync).
    public func markRead(_ notice: NoticeView) async {
        try? await store?.markNoticeRead(id: notice.id, today: today)
        await refresh()
    }

    /// Marks a reminder done.
    public func done(_ reminder: ScheduledReminder) async {
        try? await store?.setReminderState(reminderId: reminder.id, state: .done, on: today)
        await refresh()
    }

    /// Writes an encrypted backup to a temporary file and returns it (for `.fileExporter`).
    public func exportBackup(passphrase: String) async throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doctrack-\(UUID().uuidString).backup")
        try await store?.exportBackup(path: url.path, passphrase: passphrase)
        return url
    }

    /// Merges a backup into the open store. Returns how many of its items
    /// did not fit this store's history and were left out (they stay in
    /// the backup file); deleted photos stay deleted.
    @discardableResult
    public func importBackup(_ url: URL, passphrase: String) async throws -> Int {
        let report = try await store?.mergeBackup(path: url.path, passphrase: passphrase)
        await refresh()
        return report?.conflicts.count ?? 0
    }

    /// Re-words every pending notification (language or lock-screen choice changed).
    public func rescheduleAll() async {
        try? await store?.forgetReminderSync()
        UNUserNotificationCenterBridge.removeAllPending()
        await refresh()
    }

    /// Asks for notification permission (alert, sound, badge).
    public func askForNotifications() async {
        notificationsAllowed = await UNUserNotificationCenterBridge.requestAuthorization()
    }

    // MARK: words

    /// A message in the person's language.
    public func say(_ message: Message) -> String {
        renderMessage(message: message, language: language)
    }

    /// A date as the papers print it (Buddhist Era in Thai).
    public func show(_ date: DateComponents) -> String {
        formatDate(date: date, language: language, style: nil)
    }

    private var catchAllText: String {
        Texts.get(.catchAll, language)
    }

    private func day(after days: Int) -> DateComponents {
        let calendar = Calendar(identifier: .gregorian)
        let date = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
        return calendar.dateComponents([.year, .month, .day], from: date)
    }

    static func code(_ language: Language) -> String {
        switch language {
        case .en: return "en"
        case .th: return "th"
        case .my: return "my"
        case .km: return "km"
        case .lo: return "lo"
        }
    }

    static func language(code: String) -> Language {
        switch code.prefix(2) {
        case "th": return .th
        case "my": return .my
        case "km": return .km
        case "lo": return .lo
        default: return .en
        }
    }
}

/// The in-app "due soon" list: pending and snoozed reminders, one per document, overdue first.
public enum DueSoon {
    public static func select(_ reminders: [ScheduledReminder]) -> [ScheduledReminder] {
        var seen = Set<String>()
        return reminders
            .filter { reminder in
                switch reminder.state {
                case .pending, .snoozed: return true
                default: return false
                }
            }
            .filter { seen.insert($0.document).inserted }
    }
}

/// The notification center calls the model needs beyond scheduling.
enum UNUserNotificationCenterBridge {
    static func removeAllPending() {
        UNUserNotificationCenter.current().removeAllPendingNotificationRequests()
    }

    static func requestAuthorization() async -> Bool {
        (try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound, .badge])) ?? false
    }
}
