import DocTrack
import Foundation
import SwiftUI

/// The help screen's pure parts, as on Android (`HelpLinks.kt`, unit-tested
/// there): a directory phone number to a `tel:` URL, a LINE id to LINE's
/// add-friend page, a service's name in the reader's language, the
/// directory for a province. A `tel:` link only opens the phone app with the
/// number: the person presses call themselves.
public enum HelpLinks {
    /// The `tel:` URL for a number as the directory writes it: its digits
    /// only (any script's digits as 0–9), a leading `+` kept. A run of lines
    /// ("0 53 112 911-4": lines 911 to 914) dials its first line. Nil when
    /// there is nothing to dial or more than 15 digits.
    public static func telURL(_ written: String) -> URL? {
        let text = written.trimmingCharacters(in: .whitespaces)
        var groups: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let digit = decimalDigit(scalar) {
                current += String(digit)
            } else if !current.isEmpty {
                groups.append(current)
                current = ""
            }
        }
        if !current.isEmpty { groups.append(current) }
        guard !groups.isEmpty else { return nil }
        var dialled = groups
        if groups.count >= 2, endsWithRunOfLines(text, last: groups[groups.count - 1], before: groups[groups.count - 2]) {
            dialled.removeLast()
        }
        let digits = dialled.joined()
        guard digits.count <= 15 else { return nil }
        return URL(string: "tel:" + (text.hasPrefix("+") ? "+" : "") + digits)
    }

    /// LINE's add-friend page for an id: an official account keeps its `@`,
    /// a personal id gets `~`. Nil for anything that is not a LINE id.
    public static func lineURL(_ id: String) -> URL? {
        let text = id.trimmingCharacters(in: .whitespaces)
        let official = text.hasPrefix("@")
        var bare = Substring(text)
        if bare.hasPrefix("@") || bare.hasPrefix("~") { bare = bare.dropFirst() }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !bare.isEmpty, bare.allSatisfy({ allowed.contains($0) }) else { return nil }
        return URL(string: "https://line.me/R/ti/p/" + (official ? "@" : "~") + String(bare))
    }

    /// The service's name in `language`, else English, else its first name, else its id.
    public static func name(_ service: Service, _ language: Language) -> String {
        let code: String
        switch language {
        case .en: code = "en"
        case .th: code = "th"
        case .my: code = "my"
        case .km: code = "km"
        case .lo: code = "lo"
        }
        func matches(_ name: LocalName, _ wanted: String) -> Bool {
            name.language.split(separator: "-").first.map(String.init)?.lowercased() == wanted
        }
        return service.names.first { matches($0, code) }?.name
            ?? service.names.first { matches($0, "en") }?.name
            ?? service.names.first?.name
            ?? service.id
    }

    /// The shown services for someone in `province` (the whole country's and
    /// that province's); every shown one when no province is known.
    public static func nearby(_ services: [Service], province: String?) -> [Service] {
        services.filter { service in
            guard service.status == .active else { return false }
            guard let province else { return true }
            return service.provinces.isEmpty || service.provinces.contains(province)
        }
    }

    /// The shown services with these ids, in this order (a flag's or a step's suggestions).
    public static func byIds(_ services: [Service], _ ids: [String]) -> [Service] {
        ids.compactMap { id in services.first { $0.id == id && $0.status == .active } }
    }

    /// Whether an entry checked on `verified` is older than the maintainers' limit on `today`.
    public static func stale(_ verified: DateComponents, after span: Span?, today: DateComponents) -> Bool {
        guard let span else { return false }
        let calendar = Calendar(identifier: .gregorian)
        guard let checked = calendar.date(from: verified), let now = calendar.date(from: today) else { return false }
        let limit: Date?
        switch span {
        case let .days(count): limit = calendar.date(byAdding: .day, value: Int(count), to: checked)
        case let .weeks(count): limit = calendar.date(byAdding: .day, value: 7 * Int(count), to: checked)
        case let .months(count): limit = calendar.date(byAdding: .month, value: Int(count), to: checked)
        case let .years(count): limit = calendar.date(byAdding: .year, value: Int(count), to: checked)
        }
        guard let limit else { return false }
        return now > limit
    }

    /// The help topic a private flag is about.
    public static func topic(of flag: FlagKind) -> HelpTopic {
        switch flag {
        case .documentHeld: return .documentsHeld
        case .overcharged: return .wages
        }
    }

    private static func decimalDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// "911-4": a last group of one or two digits after a hyphen, shorter than the one before it.
    private static func endsWithRunOfLines(_ text: String, last: String, before: String) -> Bool {
        guard last.count <= 2, last.count < before.count, before.count >= 3 else { return false }
        let tail = text.unicodeScalars.reversed().drop(while: { decimalDigit($0) != nil || $0 == " " })
        return tail.first == "-"
    }
}

/// The help topics, in the order the picker lists them.
let helpTopics: [HelpTopic] = [.documents, .jobChange, .wages, .documentsHeld, .trafficking, .arrest, .health]

/// Who may hold a document, in the order the custody picker lists them.
let custodians: [Custodian] = [.worker, .employer, .broker, .office, .other, .unknown]

/// Where a person stands (its word and colour, what it means, the questions
/// whose answers would change the plan) and their private flags, each with
/// a link to the services that can help. Private: only in the app.
@MainActor
struct SituationRows: View {
    let part: PersonDashboard
    @EnvironmentObject var model: AppModel

    private var colour: Color {
        switch part.situation.kind {
        case .inStatus: return .green
        case .endingSoon: return .yellow
        case .outOfStatus: return .red
        default: return .gray
        }
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(termWord(.situation, termCode(part.situation.kind), model))
                .font(.caption.bold())
                .padding(.horizontal, 10)
                .padding(.vertical, 4)
                .background(colour)
                .foregroundColor(part.situation.kind == .endingSoon ? .black : .white)
                .clipShape(Capsule())
            Text(model.say(part.situation.message)).font(.callout)
            ForEach(Array(part.situation.questions.enumerated()), id: \.offset) { _, question in
                Text(model.say(question)).font(.caption).foregroundColor(.secondary)
            }
        }
        if !part.flags.isEmpty {
            Text(Texts.get(.flags, model.language)).font(.subheadline.bold())
            ForEach(Array(part.flags.enumerated()), id: \.offset) { _, flag in
                VStack(alignment: .leading, spacing: 4) {
                    Text(model.say(flag.message))
                    NavigationLink(Texts.get(.getHelp, model.language)) {
                        HelpView(personId: part.person.id, topic: HelpLinks.topic(of: flag.kind), suggested: flag.help)
                    }
                }
            }
        }
    }
}

/// What to bring for a plan step: a document's renewal checklist, or each
/// step of a route back (its name from `ruleGuidance("<route>/<step>")`, who
/// acts, fees, checklist). Each item: what it is, who brings it, and a
/// toggle that calls `tickChecklistItem`; an item a recorded document makes
/// ready is on and cannot be turned off.
@MainActor
struct ChecklistView: View {
    let personId: String
    let documentId: String?
    let routeId: String?
    @EnvironmentObject var model: AppModel
    @State private var renewal: Checklist?
    @State private var route: RouteDetail?
    @State private var texts: [String: RuleGuidance] = [:]
    @State private var loaded = false
    @State private var problem: String?

    var body: some View {
        List {
            if let problem { Text(problem).foregroundColor(.red) }
            if let route, let routeId {
                Section {
                    if let text = texts[routeId] {
                        Text(text.name).font(.headline)
                        Text(text.guidance).font(.callout)
                    }
                    Text(openText(route))
                    if route.advisory { Text(Texts.get(.advisory, model.language)).font(.caption) }
                }
                ForEach(Array(route.steps.enumerated()), id: \.offset) { index, step in
                    Section("\(index + 1). " + (texts["\(routeId)/\(step.id)"]?.name ?? step.id)) {
                        if let text = texts["\(routeId)/\(step.id)"] { Text(text.guidance).font(.callout) }
                        Text(Texts.format(.acts, model.language, termWord(.supplier, termCode(step.by), model))).font(.caption)
                        ForEach(step.fees, id: \.id) { fee in
                            Text("\(fee.label): \(fee.amount) \(fee.currency)").font(.caption)
                        }
                        ChecklistItems(personId: personId, checklist: step.checklist, problem: $problem) { await load() }
                    }
                }
                Section(Texts.get(.source, model.language)) {
                    ForEach(route.sources, id: \.url) { source in
                        SwiftUI.Link(source.title, destination: URL(string: source.url) ?? URL(fileURLWithPath: "/")).font(.caption)
                    }
                }
            } else if let renewal {
                Section {
                    if let text = texts[renewal.rule] {
                        Text(text.name).font(.headline)
                        Text(text.guidance).font(.callout)
                    }
                    ChecklistItems(personId: personId, checklist: renewal, problem: $problem) { await load() }
                }
            } else if loaded {
                Text(Texts.get(.noChecklist, model.language))
            }
        }
        .navigationTitle(Texts.get(.whatToBring, model.language))
        .task { await load() }
    }

    private func openText(_ route: RouteDetail) -> String {
        if route.openNow {
            if let until = route.openUntil { return Texts.format(.openUntil, model.language, model.show(until)) }
            return Texts.get(.openNow, model.language)
        }
        if let opens = route.opensOn { return Texts.format(.opensOn, model.language, model.show(opens)) }
        return Texts.get(.notOpen, model.language)
    }

    private func load() async {
        if let routeId {
            route = await model.routeDetail(personId: personId, routeId: routeId)
            var found: [String: RuleGuidance] = [:]
            found[routeId] = await model.guidance(ruleId: routeId)
            for step in route?.steps ?? [] {
                let id = "\(routeId)/\(step.id)"
                found[id] = await model.guidance(ruleId: id)
            }
            texts = found
        } else if let documentId {
            renewal = await model.renewalChecklist(documentId: documentId)
            if let rule = renewal?.rule { texts[rule] = await model.guidance(ruleId: rule) }
        }
        loaded = true
    }
}

/// The items of one checklist, each with who brings it and a toggle.
@MainActor
struct ChecklistItems: View {
    let personId: String
    let checklist: Checklist
    @Binding var problem: String?
    let reload: () async -> Void
    @EnvironmentObject var model: AppModel

    var body: some View {
        let ready = checklist.items.filter { $0.ready }.count
        Text(Texts.format(.checklistProgress, model.language, String(ready), String(checklist.items.count))).font(.caption)
        ForEach(checklist.items, id: \.item.id) { entry in
            VStack(alignment: .leading, spacing: 2) {
                Toggle(what(entry.item.what), isOn: binding(for: entry))
                    // Ready because a recorded document covers it: nothing to tick.
                    .disabled(entry.byDocument != nil)
                Text(Texts.format(.suppliedBy, model.language, termWord(.supplier, termCode(entry.item.supplier), model)))
                    .font(.caption)
                    .foregroundColor(.secondary)
                if entry.byDocument != nil {
                    Text(Texts.get(.readyFromRecord, model.language)).font(.caption).foregroundColor(.secondary)
                }
            }
        }
    }

    private func what(_ what: ItemWhat) -> String {
        switch what {
        case let .document(kinds):
            return kinds.map { documentKindName(kind: $0, language: model.language) }.joined(separator: " / ")
        case let .thing(thing):
            return termWord(.thing, termCode(thing), model)
        }
    }

    /// On: ticked or ready; changing it ticks or unticks the item, then the list is read again.
    private func binding(for entry: ChecklistEntry) -> Binding<Bool> {
        Binding(
            get: { entry.ready },
            set: { ticked in
                Task {
                    do {
                        try await model.tick(personId: personId, list: checklist.list, item: entry.item.id, ticked: ticked)
                        problem = nil
                    } catch let error as AppError {
                        problem = model.say(errorMessage(error: error))
                    } catch {
                        problem = nil
                    }
                    await reload()
                }
            }
        )
    }
}

/// Where to get help, for one person: a flag's or a step's suggestions, the
/// best services for a topic (`helpFor`), and the directory for their
/// province. Phone numbers are `tel:` links (the phone app opens with the
/// number; the person presses call), LINE ids open LINE's add-friend page.
@MainActor
struct HelpView: View {
    let personId: String
    @State var topic: HelpTopic
    let suggested: [String]
    @EnvironmentObject var model: AppModel
    @State private var best: [HelpEntry] = []
    @State private var directory: Directory?

    init(personId: String, topic: HelpTopic = .documents, suggested: [String] = []) {
        self.personId = personId
        _topic = State(initialValue: topic)
        self.suggested = suggested
    }

    private var person: Person? {
        model.people.first { $0.person.id == personId }?.person
    }

    private var provinceText: String {
        guard let id = person?.province else { return Texts.get(.helpDirectoryAll, model.language) }
        let province = directory?.provinces.first { $0.id == id }
        let name = province.map { model.language == .th ? $0.th : $0.en } ?? id
        return Texts.format(.helpDirectoryProvince, model.language, name)
    }

    var body: some View {
        List {
            Picker(Texts.get(.getHelp, model.language), selection: $topic) {
                ForEach(helpTopics, id: \.self) { topic in
                    Text(termWord(.helpTopic, termCode(topic), model)).tag(topic)
                }
            }
            let picked = HelpLinks.byIds(directory?.services ?? [], suggested)
            if !picked.isEmpty {
                Section(Texts.get(.helpSuggested, model.language)) {
                    ForEach(picked, id: \.id) { service in ServiceRow(service: service, matched: nil, staleAfter: directory?.staleAfter) }
                }
            }
            Section(Texts.format(.helpBest, model.language, termWord(.helpTopic, termCode(topic), model))) {
                if best.isEmpty { Text(Texts.get(.helpNone, model.language)) }
                ForEach(best, id: \.service.id) { entry in
                    ServiceRow(service: entry.service, matched: entry.matched, staleAfter: directory?.staleAfter)
                }
            }
            Section(Texts.get(.helpDirectory, model.language)) {
                Text(provinceText).font(.caption)
                ForEach(HelpLinks.nearby(directory?.services ?? [], province: person?.province), id: \.id) { service in
                    ServiceRow(service: service, matched: nil, staleAfter: directory?.staleAfter)
                }
            }
        }
        .navigationTitle(Texts.get(.getHelp, model.language))
        .task(id: topic) {
            if directory == nil { directory = await model.directory() }
            best = await model.help(personId: personId, topic: topic)
        }
    }
}

/// One service: name, kind, topics, hours, address, notes, contacts, sources, when it was checked.
@MainActor
struct ServiceRow: View {
    let service: Service
    let matched: HelpMatch?
    let staleAfter: Span?
    @EnvironmentObject var model: AppModel

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(HelpLinks.name(service, model.language)).font(.headline)
            Text(termWord(.serviceKind, termCode(service.kind), model)).font(.caption)
            if let matched {
                if matched.local { Text(Texts.get(.nearYou, model.language)).font(.caption) }
                if matched.speaksLanguage { Text(Texts.get(.speaksYourLanguage, model.language)).font(.caption) }
            }
            if !service.helpsWith.isEmpty {
                let topics = service.helpsWith.map { termWord(.helpTopic, termCode($0), model) }.joined(separator: ", ")
                Text(Texts.format(.helpsWith, model.language, topics)).font(.caption)
            }
            // Hours, address and notes are in English, as the sources give them.
            if let hours = service.hours { Text(Texts.format(.hours, model.language, hours)).font(.caption) }
            if let address = service.address { Text(Texts.format(.address, model.language, address)).font(.caption) }
            if let notes = service.notes { Text(notes).font(.caption2).foregroundColor(.secondary) }
            ForEach(Array(service.contacts.enumerated()), id: \.offset) { _, contact in
                ContactRow(contact: contact)
            }
            ForEach(service.sources, id: \.url) { source in
                SwiftUI.Link(source.title, destination: URL(string: source.url) ?? URL(fileURLWithPath: "/")).font(.caption2)
            }
            let stale = HelpLinks.stale(service.verified, after: staleAfter, today: model.today)
            Text(Texts.format(stale ? .verifiedStale : .verified, model.language, model.show(service.verified)))
                .font(.caption2)
                .foregroundColor(.secondary)
        }
    }
}

/// A phone number as a `tel:` link, a LINE id as a LINE link, anything else as written.
@MainActor
struct ContactRow: View {
    let contact: Contact
    @EnvironmentObject var model: AppModel

    private var label: String {
        contact.label.map { " (\($0))" } ?? ""
    }

    var body: some View {
        switch contact.kind {
        case .phone:
            if let url = HelpLinks.telURL(contact.value) {
                SwiftUI.Link(Texts.format(.call, model.language, contact.value) + label, destination: url)
            } else {
                Text(contact.value + label).font(.caption)
            }
        case .line:
            if let url = HelpLinks.lineURL(contact.value) {
                SwiftUI.Link(Texts.format(.line, model.language, contact.value) + label, destination: url)
            } else {
                Text(contact.value + label).font(.caption)
            }
        default:
            Text(contact.value + label).font(.caption)
        }
    }
}

/// Who holds a document since when, and a way to record who has it now
/// (a custody event dated today; `.worker` when the person has it back).
@MainActor
struct CustodySection: View {
    let documentId: String
    let custody: Custody?
    let recorded: () async -> Void
    @EnvironmentObject var model: AppModel
    @State private var holder: Custodian = .worker
    @State private var problem: String?

    var body: some View {
        Section(Texts.get(.custody, model.language)) {
            if let custody {
                Text(Texts.format(.custodySince, model.language, termWord(.custodian, termCode(custody.holder), model), model.show(custody.since)))
                if let note = custody.note { Text(note).font(.caption) }
            } else {
                Text(Texts.get(.custodyUnknown, model.language)).font(.callout)
            }
            Picker(Texts.get(.custody, model.language), selection: $holder) {
                ForEach(custodians, id: \.self) { holder in
                    Text(termWord(.custodian, termCode(holder), model)).tag(holder)
                }
            }
            Button(Texts.get(.recordCustody, model.language)) {
                Task {
                    do {
                        try await model.recordCustody(documentId: documentId, holder: holder)
                        problem = nil
                        await recorded()
                    } catch let error as AppError {
                        problem = model.say(errorMessage(error: error))
                    } catch {
                        problem = nil
                    }
                }
            }
            if let problem { Text(problem).foregroundColor(.red) }
        }
        .onAppear { holder = custody?.holder == .worker ? .employer : .worker }
    }
}
