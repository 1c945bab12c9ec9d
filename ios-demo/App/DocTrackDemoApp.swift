import BackgroundTasks
import DocTrackDemoKit
import SwiftUI
import UserNotifications

/// The app: one model (one open store), the notification category whose
/// hidden preview says only "open the app", and a daily background refresh
/// that syncs reminders so the next ones come in as the first 60 fire.
@main
struct DocTrackDemoApp: App {
    @StateObject private var model = AppModel.shared
    @Environment(\.scenePhase) private var phase

    static let refreshTask = "org.doctrack.demo.refresh"

    init() {
        NotificationScheduler.registerCategory(placeholder: "Open the app for details.")
        BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.refreshTask, using: nil) { task in
            Task { @MainActor in
                // The app's one model (one open store). Sync only if the store
                // opens without the person (the Keychain item is readable
                // while the phone is unlocked).
                let model = AppModel.shared
                if model.state != .open { await model.unlock() }
                if model.state == .open { await model.refresh() }
                Self.scheduleRefresh()
                task.setTaskCompleted(success: model.state == .open)
            }
        }
    }

    var body: some Scene {
        WindowGroup {
            RootView().environmentObject(model)
        }
        .onChange(of: phase) { newPhase in
            if newPhase == .background { Self.scheduleRefresh() }
            if newPhase == .active { Task { await model.refresh() } }
        }
    }

    static func scheduleRefresh() {
        let request = BGAppRefreshTaskRequest(identifier: refreshTask)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 12 * 60 * 60)
        try? BGTaskScheduler.shared.submit(request)
    }
}
