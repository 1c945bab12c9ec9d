import DocTrack

/// The app's own words (buttons and titles). Everything about documents,
/// dates, rules and reminders comes from doctrack's catalogs in the chosen
/// language. English is the source; the other four are drafts, not yet
/// reviewed by native speakers (as doctrack's catalogs say of themselves).
public enum Texts {
    public enum Key: String, CaseIterable {
        case people, plan, settings, addDocument, addPerson, dueSoon, history, whyDeadline
        case unlock, recoveryPassphrase, restoreBackup, create, keyInvalidated, keyUnavailable, damaged
        case save, takePhoto, language, lockScreenDetails, lockScreenWarning, exportBackup, importBackup
        case catchAll, done, nothingDue, notificationsOff, allowNotifications, draftNote
    }

    private static let english: [Key: String] = [
        .people: "People and documents",
        .plan: "Renewal plan",
        .settings: "Settings",
        .addDocument: "Add a document",
        .addPerson: "Add a person",
        .dueSoon: "Due soon",
        .history: "History",
        .whyDeadline: "Why this deadline",
        .unlock: "Unlock",
        .recoveryPassphrase: "Recovery passphrase",
        .restoreBackup: "Restore a backup",
        .create: "Create",
        .keyInvalidated: "The phone's key for doctrack is gone. Your documents are safe: unlock them with your recovery passphrase, or restore a backup.",
        .keyUnavailable: "The phone's key cannot be used now. Unlock your phone and try again, or use your recovery passphrase.",
        .damaged: "The document file is damaged. It is kept as it is. Restore a backup to go on.",
        .save: "Save",
        .takePhoto: "Take a photo",
        .language: "Language",
        .lockScreenDetails: "Show document details on the lock screen",
        .lockScreenWarning: "Anyone who sees your phone could then read which documents you have and their dates.",
        .exportBackup: "Save a backup",
        .importBackup: "Add documents from a backup",
        .catchAll: "Open doctrack to see your next reminders.",
        .done: "Done",
        .nothingDue: "Nothing due in the next two weeks.",
        .notificationsOff: "Notifications are off: this list shows what they would say.",
        .allowNotifications: "Allow notifications",
        .draftNote: "Draft translation, not yet reviewed by a native speaker.",
    ]

    /// Drafts of the most visible words (English for the rest).
    private static let drafts: [Language: [Key: String]] = [
        .th: [.people: "บุคคลและเอกสาร", .plan: "แผนการต่ออายุ", .settings: "ตั้งค่า", .addDocument: "เพิ่มเอกสาร",
              .dueSoon: "ใกล้ครบกำหนด", .history: "ประวัติ", .save: "บันทึก", .language: "ภาษา", .done: "เสร็จแล้ว"],
        .my: [.people: "လူများနှင့် စာရွက်စာတမ်းများ", .plan: "သက်တမ်းတိုး အစီအစဉ်", .settings: "ဆက်တင်များ",
              .addDocument: "စာရွက်စာတမ်း ထည့်ရန်", .history: "မှတ်တမ်း", .save: "သိမ်းရန်", .language: "ဘာသာစကား"],
        .km: [.people: "មនុស្ស និងឯកសារ", .plan: "ផែនការបន្តសុពលភាព", .settings: "ការកំណត់",
              .addDocument: "បន្ថែមឯកសារ", .history: "ប្រវត្តិ", .save: "រក្សាទុក", .language: "ភាសា"],
        .lo: [.people: "ຄົນ ແລະ ເອກະສານ", .plan: "ແຜນການຕໍ່ອາຍຸ", .settings: "ການຕັ້ງຄ່າ",
              .addDocument: "ເພີ່ມເອກະສານ", .history: "ປະຫວັດ", .save: "ບັນທຶກ", .language: "ພາສາ"],
    ]

    /// The words for `key` in `language` (English where there is no draft yet).
    public static func get(_ key: Key, _ language: Language) -> String {
        drafts[language]?[key] ?? english[key] ?? key.rawValue
    }
}
