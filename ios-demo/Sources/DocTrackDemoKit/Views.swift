import DocTrack
import SwiftUI
import UIKit

/// Colours of a document's time status, the same on every screen (each also shows its word).
public func statusColour(_ status: TimeStatus) -> Color {
    switch status {
    case .valid: return .green
    case .windowOpen: return .blue
    case .dueSoon: return .yellow
    case .inGrace: return .orange
    case .expired: return .red
    case .blocked: return .purple
    default: return .gray
    }
}

/// One word of doctrack's vocabularies (a status, an event, a confidence) in
/// the person's language, from the same catalogs as every message
/// (`termName`; the Android demo's tests check every word in all five
/// languages). The code itself is shown if the word is unknown.
@MainActor
func termWord(_ group: TermGroup, _ code: String, _ model: AppModel) -> String {
    (try? termName(group: group, code: code, language: model.language)) ?? code
}

/// The catalog code of a generated enum case (`dueSoon` -> `due_soon`).
func termCode<T>(_ value: T) -> String {
    String(describing: value).reduce(into: "") { out, c in
        if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
    }
}

/// The word for a status ("due soon").
@MainActor
func statusWord(_ status: TimeStatus, _ model: AppModel) -> String {
    termWord(.status, termCode(status), model)
}

/// A coloured status label.
struct StatusChip: View {
    let status: TimeStatus
    @EnvironmentObject var model: AppModel

    var body: some View {
        Text(statusWord(status, model))
            .font(.caption.bold())
            .padding(.horizontal, 10)
            .padding(.vertical, 4)
            .background(statusColour(status))
            .foregroundColor(status == .dueSoon ? .black : .white)
            .clipShape(Capsule())
    }
}

/// The root: unlock first, then the people.
public struct RootView: View {
    @EnvironmentObject var model: AppModel

    public init() {}

    public var body: some View {
        Group {
            if model.state == .open {
                TabView {
                    NavigationStack { PeopleView() }
                        .tabItem { Label(Texts.get(.people, model.language), systemImage: "person.2") }
                    NavigationStack { PlanView() }
                        .tabItem { Label(Texts.get(.plan, model.language), systemImage: "list.number") }
                    NavigationStack { SettingsView() }
                        .tabItem { Label(Texts.get(.settings, model.language), systemImage: "gear") }
                }
            } else {
                UnlockView()
            }
        }
        .task { await model.unlock() }
    }
}

/// Unlocking, setting up, and recovering when the Keychain key is gone — never deleting the store.
struct UnlockView: View {
    @EnvironmentObject var model: AppModel
    @State private var passphrase = ""
    @State private var again = ""
    @State private var backupPassphrase = ""
    @State private var picking = false
    @State private var backup: URL?

    var body: some View {
        Form {
            switch model.state {
            case .noStore:
                Section(Texts.get(.create, model.language)) {
                    SecureField(Texts.get(.recoveryPassphrase, model.language), text: $passphrase)
                    SecureField(Texts.get(.recoveryPassphrase, model.language), text: $again)
                    Button(Texts.get(.create, model.language)) {
                        Task { await model.create(recoveryPassphrase: passphrase) }
                    }
                    .disabled(passphrase.count < 8 || passphrase != again)
                }
            case .rolledBack:
                Section {
                    Text(explanation)
                    Button(Texts.get(.keepOlderCopy, model.language)) {
                        Task { await model.keepOlderCopy() }
                    }
                }
            case .keyInvalidated, .keyUnavailable, .wrongPassphrase, .damaged, .failed:
                Section {
                    Text(explanation)
                    if model.state != .damaged {
                        SecureField(Texts.get(.recoveryPassphrase, model.language), text: $passphrase)
                        Button(Texts.get(.unlock, model.language)) {
                            Task { await model.unlock(passphrase: passphrase) }
                        }
                    }
                }
            default:
                ProgressView()
            }
            Section(Texts.get(.restoreBackup, model.language)) {
                Button(Texts.get(.restoreBackup, model.language)) { picking = true }
                if backup != nil {
                    SecureField("Backup passphrase", text: $backupPassphrase)
                    SecureField(Texts.get(.recoveryPassphrase, model.language), text: $again)
                    Button(Texts.get(.restoreBackup, model.language)) {
                        guard let backup else { return }
                        Task {
                            let access = backup.startAccessingSecurityScopedResource()
                            defer { if access { backup.stopAccessingSecurityScopedResource() } }
                            await model.restore(backup: backup, backupPassphrase: backupPassphrase, newRecoveryPassphrase: again)
                        }
                    }
                }
            }
        }
        .fileImporter(isPresented: $picking, allowedContentTypes: [.data]) { result in
            backup = try? result.get()
        }
    }

    private var explanation: String {
        switch model.state {
        case .keyInvalidated: return Texts.get(.keyInvalidated, model.language)
        case .keyUnavailable: return Texts.get(.keyUnavailable, model.language)
        case .damaged: return Texts.get(.damaged, model.language)
        case .rolledBack: return Texts.get(.rolledBack, model.language)
        case .wrongPassphrase: return Texts.get(.recoveryPassphrase, model.language) + " ✗"
        case .failed(let text): return text
        default: return ""
        }
    }
}

/// People with where they stand and their private flags, what a change of the
/// rules changed for them (unread notices), and their documents with status
/// colours; the due-soon list when notifications are off.
struct PeopleView: View {
    @EnvironmentObject var model: AppModel
    @State private var documents: [String: [DocumentRecord]] = [:]
    @State private var notices: [String: [NoticeView]] = [:]

    var body: some View {
        List {
            if !model.notificationsAllowed {
                Section(Texts.get(.dueSoon, model.language)) {
                    Text(Texts.get(.notificationsOff, model.language)).font(.footnote)
                    Button(Texts.get(.allowNotifications, model.language)) {
                        Task { await model.askForNotifications() }
                    }
                    if model.dueSoon.isEmpty { Text(Texts.get(.nothingDue, model.language)) }
                    ForEach(model.dueSoon, id: \.id) { reminder in
                        HStack {
                            Text(reminder.detailText)
                            Spacer()
                            Button(Texts.get(.done, model.language)) { Task { await model.done(reminder) } }
                        }
                    }
                }
            }
            ForEach(model.people, id: \.person.id) { record in
                Section(record.person.displayName) {
                    // Where they stand and their private flags (none for an archived person).
                    if let part = model.part(of: record.person.id) {
                        SituationRows(part: part)
                    }
                    // What a change of the rules changed for them (unread notices).
                    ForEach(notices[record.person.id] ?? [], id: \.id) { notice in
                        VStack(alignment: .leading) {
                            Text(Texts.get(.rulesChanged, model.language)).font(.caption).foregroundColor(.secondary)
                            Text(notice.text)
                            ForEach(notice.alsoTexts, id: \.self) { line in
                                Text(line).font(.footnote)
                            }
                            Button(Texts.get(.markRead, model.language)) {
                                Task {
                                    await model.markRead(notice)
                                    notices[record.person.id] = await model.unreadNotices(of: record.person.id)
                                }
                            }
                        }
                    }
                    ForEach(documents[record.person.id] ?? [], id: \.document.id) { doc in
                        NavigationLink(destination: DocumentView(record: doc)) {
                            HStack {
                                VStack(alignment: .leading) {
                                    Text(documentKindName(kind: doc.document.kind, language: model.language))
                                    Text(doc.document.number).font(.caption).foregroundColor(.secondary)
                                }
                                Spacer()
                                if let card = model.card(of: doc.document.id) {
                                    CardSummary(card: card)
                                }
                            }
                        }
                    }
                    if !record.archived {
                        NavigationLink(Texts.get(.getHelp, model.language)) { HelpView(personId: record.person.id) }
                    }
                }
            }
        }
        .navigationTitle(Texts.get(.people, model.language))
        .toolbar {
            NavigationLink(Texts.get(.addDocument, model.language)) { AddDocumentView() }
        }
        .task(id: model.people.count) {
            for record in model.people {
                documents[record.person.id] = await model.documents(of: record.person.id)
                notices[record.person.id] = await model.unreadNotices(of: record.person.id)
            }
        }
        .refreshable { await model.refresh() }
    }
}

/// A document's card from the dashboard: its status (the status by dates
/// when only the maintainers' advice blocks it) and the next date to act by.
struct CardSummary: View {
    let card: DocumentCard
    @EnvironmentObject var model: AppModel

    var body: some View {
        VStack(alignment: .trailing, spacing: 2) {
            StatusChip(status: card.advisory ? card.phase : card.status)
            if let next = card.nextDeadline {
                Text(termWord(.dateKind, termCode(next.kind), model) + ": " + model.show(next.date))
                    .font(.caption2)
                    .foregroundColor(.secondary)
                // The deadline falls on a weekend or holiday: the last office day before it.
                if let actBy = next.actBy {
                    Text(termWord(.dateKind, termCode(DateKind.actBy), model) + ": " + model.show(actBy))
                        .font(.caption2)
                        .foregroundColor(.secondary)
                }
            }
        }
    }
}

/// One document: status, why this deadline (rule, sources, confidence, review
/// state), who holds it (and recording who has it now), history. Everything
/// comes from one `documentDetail` call: the list's row (next deadline,
/// advice), the status with its reasons, the rules' sources and the record
/// (with its custody); an archived person's document has no status.
struct DocumentView: View {
    let record: DocumentRecord
    @EnvironmentObject var model: AppModel
    @State private var detail: DocumentDetail?
    @State private var history: [HistoryEntry] = []

    private var card: DocumentCard? {
        detail?.card ?? model.card(of: record.document.id)
    }

    /// Who holds it: from the fresh detail once loaded (it changes on this screen).
    private var custody: Custody? {
        detail?.record.custody ?? record.custody
    }

    /// "Why this deadline": the next deadline with its reasons, from the
    /// detail, and when it falls on a weekend or holiday the last office
    /// day before it with its reasons.
    private var whyDates: [KeyDate] {
        guard let next = card?.nextDeadline, let status = detail?.status else { return [] }
        let deadline = status.dates.first { $0.kind == next.kind && $0.date == next.date }
        let actBy = next.actBy == nil ? nil : status.dates.first { $0.kind == .actBy }
        return [deadline, actBy].compactMap { $0 }
    }

    var body: some View {
        List {
            Section {
                Text(documentKindName(kind: record.document.kind, language: model.language)).font(.headline)
                Text(record.document.number + " · " + record.document.issuingCountry)
                if let expires = record.document.expiresOn { Text(model.show(expires)) }
                if let card { StatusChip(status: card.advisory ? card.phase : card.status) }
                if let detail, let status = detail.status {
                    ForEach(Array(status.statusReasons.enumerated()), id: \.offset) { _, reason in
                        Text(model.say(reason.message)).font(.callout)
                    }
                    ForEach(Array(status.blockers.enumerated()), id: \.offset) { _, blocker in
                        ReasonRow(reason: blockerReason(blocker), sources: detail.ruleSources)
                    }
                }
            }
            if let detail, !whyDates.isEmpty {
                Section(Texts.get(.whyDeadline, model.language)) {
                    ForEach(Array(whyDates.enumerated()), id: \.offset) { _, date in
                        Text(termWord(.dateKind, termCode(date.kind), model) + ": " + model.show(date.date)).font(.title3)
                        ForEach(Array(date.reasons.enumerated()), id: \.offset) { _, reason in
                            ReasonRow(reason: reason, sources: detail.ruleSources)
                        }
                    }
                }
            }
            CustodySection(documentId: record.document.id, custody: custody) {
                detail = await model.detail(of: record.document.id)
                history = await model.history(of: record.document.id)
            }
            Section(Texts.get(.history, model.language)) {
                ForEach(history, id: \.id) { entry in
                    HStack {
                        Text(model.show(entry.on))
                        Text(termWord(.event, termCode(entry.event), model))
                            .strikethrough(entry.retracted)
                    }
                }
            }
        }
        .task {
            detail = await model.detail(of: record.document.id)
            history = await model.history(of: record.document.id)
        }
    }
}

/// Why a blocker blocks a renewal (a missing prerequisite, the term limit).
func blockerReason(_ blocker: Blocker) -> Reason {
    switch blocker {
    case let .prerequisite(_, _, _, _, reason): return reason
    case let .termLimit(_, reason): return reason
    }
}

/// A reason with its basis and the review state of its text; a rule's
/// sources come from the document's detail (`ruleSources`).
struct ReasonRow: View {
    let reason: Reason
    let sources: [String: [Source]]
    @EnvironmentObject var model: AppModel

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            let text = localizeMessage(message: reason.message, language: model.language, style: nil)
            Text(text.text)
            if text.review == .draft {
                Text(Texts.get(.draftNote, model.language)).font(.caption).foregroundColor(.secondary)
            }
            if case let .rule(id, confidence) = reason.basis {
                Text(id).font(.caption.monospaced())
                Text(termWord(.confidence, termCode(confidence), model)).font(.caption)
                ForEach(sources[id] ?? [], id: \.url) { source in
                    SwiftUI.Link(source.title, destination: URL(string: source.url) ?? URL(fileURLWithPath: "/"))
                        .font(.caption)
                }
            }
        }
    }
}

/// The renewal plan with fees and fines; for a step with a checklist how much
/// is ready and a link to it (a document's renewal checklist, or a route
/// back's steps), for a step with help suggestions a link to them. Whom to
/// ask for a held document back, and by when, is in the step's `why` lines.
struct PlanView: View {
    @EnvironmentObject var model: AppModel

    var body: some View {
        List {
            ForEach(Array(model.steps.enumerated()), id: \.offset) { index, item in
                let (person, step) = item
                VStack(alignment: .leading, spacing: 6) {
                    Text("\(index + 1). " + model.say(step.headline)).font(.headline)
                    Text(person.displayName).font(.caption)
                    StatusChip(status: step.status)
                    if let when = step.when { Text(model.say(when)) }
                    ForEach(Array(step.why.enumerated()), id: \.offset) { _, why in
                        Text(model.say(why)).font(.caption)
                    }
                    ForEach(step.fees, id: \.fee.id) { due in
                        Text("\(due.fee.label): \(due.fee.amount) \(due.fee.currency)").font(.caption)
                    }
                    // The amount owed so far (days late, less waived days), not the rate.
                    ForEach(step.fines, id: \.fine.id) { due in
                        Text("\(due.fine.label): \(due.amount) \(due.fine.currency)").font(.caption).foregroundColor(.red)
                    }
                    if let progress = step.checklist {
                        Text(Texts.format(.checklistProgress, model.language, String(progress.ready), String(progress.total)))
                            .font(.caption)
                    }
                    if step.route != nil || (step.document != nil && step.checklist != nil) {
                        NavigationLink(Texts.get(.whatToBring, model.language)) {
                            ChecklistView(personId: person.id, documentId: step.document, routeId: step.route)
                        }
                    }
                    if !step.help.isEmpty {
                        NavigationLink(Texts.get(.getHelp, model.language)) {
                            HelpView(personId: person.id, topic: .documents, suggested: step.help)
                        }
                    }
                }
            }
        }
        .navigationTitle(Texts.get(.plan, model.language))
    }
}

/// Adding a document: dates typed as printed (Buddhist Era accepted), a photo from the camera.
struct AddDocumentView: View {
    @EnvironmentObject var model: AppModel
    @Environment(\.dismiss) private var dismiss
    @State private var personIndex = 0
    @State private var kindIndex = 0
    @State private var number = ""
    @State private var country = "TH"
    @State private var expires = ""
    @State private var photo: Data?
    @State private var showingCamera = false
    @State private var problem: String?

    private let kinds: [DocumentKind] = [
        .passport, .certificateOfIdentity, .visa, .workPermit, .pinkCard, .seabook,
        .fishingCrewPermission, .healthInsurance, .healthCheck, .ninetyDayReport,
    ]

    var body: some View {
        Form {
            Picker("", selection: $personIndex) {
                ForEach(Array(model.people.enumerated()), id: \.offset) { index, record in
                    Text(record.person.displayName).tag(index)
                }
            }
            Picker("", selection: $kindIndex) {
                ForEach(Array(kinds.enumerated()), id: \.offset) { index, kind in
                    Text(documentKindName(kind: kind, language: model.language)).tag(index)
                }
            }
            TextField("Number", text: $number)
            TextField("Country", text: $country)
            TextField("31/03/2569", text: $expires)
            if let read = readDate { Text(read).font(.caption) }
            Button(Texts.get(.takePhoto, model.language)) { showingCamera = true }
            if let problem { Text(problem).foregroundColor(.red) }
            Button(Texts.get(.save, model.language)) { Task { await save() } }
        }
        .sheet(isPresented: $showingCamera) { CameraView(photo: $photo) }
    }

    /// How the typed date was read ("31 มี.ค. 2569").
    private var readDate: String? {
        guard !expires.isEmpty, let typed = try? parseTypedDateText(text: expires) else { return nil }
        return model.show(typed.date) + (typed.era == .be ? " (BE)" : "")
    }

    private func save() async {
        guard model.people.indices.contains(personIndex) else { return }
        do {
            let typed = expires.isEmpty ? nil : try parseTypedDateText(text: expires)
            let document = NewDocument(
                holder: model.people[personIndex].person.id,
                kind: kinds[kindIndex],
                number: number,
                issuingCountry: country.uppercased(),
                issuingAuthority: nil,
                issuedOn: nil,
                expiresOn: typed?.date,
                employer: nil,
                links: [],
                notes: ""
            )
            try await model.addDocument(document, photo: photo)
            dismiss()
        } catch let error as AppError {
            problem = model.say(errorMessage(error: error))
        } catch {
            problem = nil
        }
    }
}

/// The camera through UIImagePickerController; the JPEG goes straight into the encrypted store.
struct CameraView: UIViewControllerRepresentable {
    @Binding var photo: Data?
    @Environment(\.dismiss) private var dismiss

    func makeUIViewController(context: Context) -> UIImagePickerController {
        let picker = UIImagePickerController()
        picker.sourceType = UIImagePickerController.isSourceTypeAvailable(.camera) ? .camera : .photoLibrary
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIImagePickerController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(self) }

    final class Coordinator: NSObject, UIImagePickerControllerDelegate, UINavigationControllerDelegate {
        let parent: CameraView

        init(_ parent: CameraView) { self.parent = parent }

        func imagePickerController(_ picker: UIImagePickerController, didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]) {
            if let image = info[.originalImage] as? UIImage {
                parent.photo = image.jpegData(compressionQuality: 0.8)
            }
            parent.dismiss()
        }

        func imagePickerControllerDidCancel(_ picker: UIImagePickerController) {
            parent.dismiss()
        }
    }
}

/// Language, lock-screen privacy, notifications and backups (system file picker).
struct SettingsView: View {
    @EnvironmentObject var model: AppModel
    @State private var backupPassphrase = ""
    @State private var exporting = false
    @State private var importing = false
    @State private var importNote: String?
    @State private var exported: BackupFile?

    private let languages: [Language] = [.my, .km, .lo, .th, .en]

    var body: some View {
        Form {
            Section(Texts.get(.language, model.language)) {
                Picker(Texts.get(.language, model.language), selection: $model.language) {
                    ForEach(languages, id: \.self) { language in
                        let info = catalogInfo(language: language)
                        Text(name(language) + (info.review == .draft ? " — " + info.reviewText : "")).tag(language)
                    }
                }
                .pickerStyle(.inline)
                .onChange(of: model.language) { _ in Task { await model.rescheduleAll() } }
            }
            Section {
                Toggle(Texts.get(.lockScreenDetails, model.language), isOn: $model.detailedLockScreen)
                    .onChange(of: model.detailedLockScreen) { _ in Task { await model.rescheduleAll() } }
                Text(Texts.get(.lockScreenWarning, model.language)).font(.footnote)
            }
            Section {
                SecureField("Backup passphrase", text: $backupPassphrase)
                Button(Texts.get(.exportBackup, model.language)) {
                    Task {
                        if let url = try? await model.exportBackup(passphrase: backupPassphrase) {
                            exported = BackupFile(url: url)
                            exporting = true
                        }
                    }
                }
                Button(Texts.get(.importBackup, model.language)) { importing = true }
                if let importNote { Text(importNote) }
            }
        }
        .fileExporter(isPresented: $exporting, document: exported, contentType: .data, defaultFilename: "doctrack.backup") { _ in
            if let url = exported?.url { try? FileManager.default.removeItem(at: url) }
        }
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data]) { result in
            guard let url = try? result.get() else { return }
            Task {
                let access = url.startAccessingSecurityScopedResource()
                defer { if access { url.stopAccessingSecurityScopedResource() } }
                if let leftOut = try? await model.importBackup(url, passphrase: backupPassphrase), leftOut > 0 {
                    importNote = Texts.format(.mergeConflicts, model.language, String(leftOut))
                }
            }
        }
    }

    private func name(_ language: Language) -> String {
        switch language {
        case .en: return "English"
        case .th: return "ไทย"
        case .my: return "မြန်မာ"
        case .km: return "ខ្មែរ"
        case .lo: return "ລາວ"
        }
    }
}
