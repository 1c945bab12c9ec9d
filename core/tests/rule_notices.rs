//! Notices when the rules change (issue 25, docs/adr/0023): a pack whose
//! one rule moves a deadline gives exactly the people it affects one notice
//! each, in their language, naming the rule and its source; a pack with an
//! unrelated change gives none; the same change seen again after a restore
//! is not noticed twice; going back to the bundled rules is noticed; unread
//! notices come back from `sync_reminders` as one private reminder per
//! person; archived people get none; maintainers see the impact first.

mod common;

use chrono::NaiveDate;
use common::document;
use doctrack_core::app::{App, PackTrust, ReminderOptions};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::{
    Cohort, Country, DocumentId, DocumentKind, Language, NoticeChange, PersonDraft, PersonId,
};
use doctrack_core::rules::pack::{self, SigningKey};
use doctrack_core::rules::{embedded, load, LibraryVersion, RuleFile, SetMeta};
use doctrack_core::store::StoreOptions;
use std::collections::BTreeMap;
use std::path::Path;
use zeroize::Zeroizing;

const KEY: [u8; 32] = [5u8; 32];
const RULE: &str = "th.cr-2025-11-11.renewal-by-2026-03-31";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn create(path: &Path) -> App {
    App::create(
        path,
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap()
}

fn reopen(path: &Path) -> App {
    App::open(
        path,
        &Secret::Raw(Zeroizing::new(KEY)),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap()
}

/// The Thai rule files with `edit` applied to one file's text.
fn files_with(file: &str, from: &str, to: &str) -> Vec<RuleFile> {
    embedded::files()
        .into_iter()
        .filter(|f| !f.name.ends_with("pack.toml"))
        .map(|mut f| {
            if f.name == file {
                assert!(f.text.contains(from), "{file} has {from:?}");
                f.text = f.text.replacen(from, to, 1);
            }
            f
        })
        .collect()
}

fn build(version: u64, files: &[RuleFile], key: &SigningKey) -> Vec<u8> {
    let meta = SetMeta {
        set_id: "th".into(),
        version,
        built: d("2026-01-10"),
        min_library: LibraryVersion::parse("0.1.0").unwrap(),
        changes: BTreeMap::from([(Language::En, format!("Version {version}."))]),
    };
    let rules = load(files).rules.expect("the rule files load");
    pack::build(&meta, &rules, key).unwrap()
}

/// The pack that moves the 11 Nov 2025 resolution's deadline from 31 Mar
/// to 30 Jun 2026.
fn moving_pack(version: u64, key: &SigningKey) -> Vec<u8> {
    let files = files_with(
        "th/cabinet-resolutions.toml",
        "end_of_authorisation = 2026-03-31",
        "end_of_authorisation = 2026-06-30",
    );
    build(version, &files, key)
}

/// A pack whose only change concerns nobody here (a fee's label).
fn unrelated_pack(version: u64, key: &SigningKey) -> Vec<u8> {
    let files = files_with("th/fees.toml", "label = \"", "label = \"Renamed: ");
    build(version, &files, key)
}

fn worker(app: &mut App, nationality: Country, language: Language, cohort: &str) -> PersonId {
    app.register_person(
        PersonDraft {
            display_name: "Worker (TEST)".into(),
            nationality,
            language,
            cohort: cohort.parse::<Cohort>().unwrap(),
            works_on_fishing_vessel: true,
            province: None,
        },
        d("2025-12-01"),
    )
    .unwrap()
    .id
}

fn permit(app: &mut App, holder: PersonId) -> DocumentId {
    app.record_document(
        document(
            holder,
            DocumentKind::WorkPermit,
            "WP-TEST",
            d("2024-02-24"),
            Some(d("2026-02-24")),
        ),
        d("2025-12-01"),
    )
    .unwrap()
    .document
    .id
}

struct Caseload {
    burmese: PersonId,
    lao: PersonId,
    cambodian: PersonId,
    mou: PersonId,
}

/// Two workers the resolution covers (Myanmar, Laos), a Cambodian one it
/// does not cover, and an MOU worker.
fn caseload(app: &mut App) -> Caseload {
    let burmese = worker(app, Country::Myanmar, Language::My, "cr:2025-11-11");
    let lao = worker(app, Country::Laos, Language::Lo, "cr:2025-11-11");
    let cambodian = worker(app, Country::Cambodia, Language::Km, "cr:2025-11-11");
    let mou = worker(app, Country::Myanmar, Language::My, "mou");
    for p in [burmese, lao, cambodian, mou] {
        permit(app, p);
    }
    Caseload {
        burmese,
        lao,
        cambodian,
        mou,
    }
}

fn trusted(app: &mut App, key: &SigningKey) {
    app.configure_rule_packs(PackTrust::new("th", &[key.public_key().to_text()]).unwrap())
        .unwrap();
}

#[test]
fn a_moved_deadline_is_noticed_by_exactly_the_people_it_moves_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let mut app = create(&path);
    let people = caseload(&mut app);
    trusted(&mut app, &key);
    // The first comparison has nothing to compare with.
    assert!(app.notice_rule_changes(d("2026-01-15")).unwrap().is_empty());

    let change = app
        .install_rule_pack(&moving_pack(2, &key), d("2026-01-15"))
        .unwrap();
    assert_eq!(change.rules.version, Some(2));
    let mut noticed: Vec<PersonId> = change.notices.iter().map(|n| n.person).collect();
    noticed.sort();
    let mut expected = vec![people.burmese, people.lao];
    expected.sort();
    assert_eq!(noticed, expected, "{:#?}", change.notices);
    for n in &change.notices {
        let NoticeChange::Date {
            date_kind,
            before,
            after,
        } = &n.notice.change
        else {
            panic!("a date change: {n:#?}");
        };
        assert_eq!(date_kind, "deadline");
        assert_eq!(
            (*before, *after),
            (Some(d("2026-03-31")), Some(d("2026-06-30")))
        );
        assert_eq!(n.notice.rule.as_deref(), Some(RULE));
        assert_eq!(
            n.notice.source.as_deref(),
            Some("Thailand extends work permit renewals for Lao, Myanmar, Vietnamese workers")
        );
        assert_eq!(
            (
                n.notice.rules_before.as_str(),
                n.notice.rules_after.as_str()
            ),
            ("th@1", "th@2")
        );
        assert!(!n.read && !n.notice.later && n.notice.from.is_none());
    }
    let burmese = change
        .notices
        .iter()
        .find(|n| n.person == people.burmese)
        .unwrap();
    let lao = change
        .notices
        .iter()
        .find(|n| n.person == people.lao)
        .unwrap();
    // In their own language (Burmese and Lao script), with the new date.
    assert!(
        burmese
            .text
            .chars()
            .any(|c| ('\u{1000}'..='\u{109F}').contains(&c)),
        "{}",
        burmese.text
    );
    assert!(
        lao.text
            .chars()
            .any(|c| ('\u{0E80}'..='\u{0EFF}').contains(&c)),
        "{}",
        lao.text
    );
    assert!(
        app.notices(Some(people.cambodian)).unwrap().is_empty()
            && app.notices(Some(people.mou)).unwrap().is_empty()
    );
    assert_eq!(app.notices(None).unwrap().len(), 2);

    // Seeing the same rules again changes nothing.
    assert!(app.notice_rule_changes(d("2026-01-16")).unwrap().is_empty());
    app.close().unwrap();
    let mut app = reopen(&path);
    trusted(&mut app, &key);
    assert!(app.notice_rule_changes(d("2026-01-16")).unwrap().is_empty());
    assert_eq!(app.notices(None).unwrap().len(), 2);
}

#[test]
fn a_pack_that_changes_nothing_for_anyone_gives_no_notice() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let mut app = create(&dir.path().join("s.doctrack"));
    caseload(&mut app);
    trusted(&mut app, &key);
    app.notice_rule_changes(d("2026-01-15")).unwrap();
    let change = app
        .install_rule_pack(&unrelated_pack(2, &key), d("2026-01-15"))
        .unwrap();
    assert_eq!(change.rules.version, Some(2));
    assert!(change.notices.is_empty(), "{:#?}", change.notices);
    // A refused pack (not newer) creates none either.
    assert!(app
        .install_rule_pack(&moving_pack(2, &key), d("2026-01-15"))
        .is_err());
    assert!(app.notices(None).unwrap().is_empty());
}

#[test]
fn the_same_change_after_a_restore_is_not_noticed_twice_and_going_back_is() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let mut app = create(&dir.path().join("s.doctrack"));
    let people = caseload(&mut app);
    trusted(&mut app, &key);
    app.notice_rule_changes(d("2026-01-15")).unwrap();
    let first = app
        .install_rule_pack(&moving_pack(2, &key), d("2026-01-15"))
        .unwrap();
    assert_eq!(first.notices.len(), 2);
    let backup = dir.path().join("b.backup");
    app.export_backup_file(
        &backup,
        "correct horse battery",
        KdfParams::insecure_fast_for_tests(),
    )
    .unwrap();
    app.close().unwrap();

    // The backup carries the notices, not the pack: restored, the store
    // starts from the bundled rules without noticing anything...
    let (mut restored, _) = App::restore_backup(
        std::fs::File::open(&backup).unwrap(),
        "correct horse battery",
        dir.path().join("r.doctrack"),
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    trusted(&mut restored, &key);
    assert!(restored
        .notice_rule_changes(d("2026-01-20"))
        .unwrap()
        .is_empty());
    assert_eq!(restored.notices(None).unwrap().len(), 2);
    // ...and installing the same change again is not noticed twice.
    let again = restored
        .install_rule_pack(&moving_pack(2, &key), d("2026-01-20"))
        .unwrap();
    assert!(again.notices.is_empty(), "{:#?}", again.notices);
    assert_eq!(restored.notices(None).unwrap().len(), 2);

    // Removing the pack moves the deadline back: noticed, dated that day.
    let back = restored.remove_rule_pack(d("2026-01-21")).unwrap();
    assert_eq!(back.notices.len(), 2);
    assert!(back.notices.iter().all(|n| n.on == d("2026-01-21")
        && matches!(n.notice.change, NoticeChange::Date { after: Some(a), .. } if a == d("2026-03-31"))));
    assert!(restored.notices(Some(people.cambodian)).unwrap().is_empty());
}

#[test]
fn unread_notices_are_one_private_reminder_per_person_until_read() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let mut app = create(&dir.path().join("s.doctrack"));
    let people = caseload(&mut app);
    trusted(&mut app, &key);
    app.notice_rule_changes(d("2026-01-15")).unwrap();
    app.install_rule_pack(&moving_pack(2, &key), d("2026-01-15"))
        .unwrap();
    let options = ReminderOptions::default();
    let sync = app
        .sync_reminders(d("2026-01-15"), d("2026-02-15"), &options)
        .unwrap();
    assert_eq!(sync.notices.len(), 2);
    assert_eq!(sync.notices_to_add, sync.notices);
    for r in &sync.notices {
        assert_eq!(r.unread, 1);
        assert_eq!(r.fire_on, d("2026-01-15"));
        // The lock screen names nothing: no document, date, rule or number.
        assert!(!r.lock_screen_text.contains("2026") && !r.lock_screen_text.contains("31"));
        assert!(!r.lock_screen_text.to_lowercase().contains("permit"));
    }
    let burmese = sync
        .notices
        .iter()
        .find(|r| r.person == people.burmese)
        .unwrap();
    assert_eq!(burmese.language, Language::My);
    assert!(burmese
        .lock_screen_text
        .chars()
        .any(|c| ('\u{1000}'..='\u{109F}').contains(&c)));

    let id = app.notices(Some(people.burmese)).unwrap()[0].id;
    app.mark_notice_read(id, d("2026-01-16")).unwrap();
    app.mark_notice_read(id, d("2026-01-16")).unwrap();
    assert!(app.notices(Some(people.burmese)).unwrap()[0].read);
    let next = app
        .sync_reminders(d("2026-01-16"), d("2026-02-15"), &options)
        .unwrap();
    assert_eq!(next.notices.len(), 1);
    assert!(
        next.to_cancel.contains(&burmese.id),
        "the read one is cancelled: {:?} {:?}",
        next.to_cancel,
        burmese.id
    );
    // The other fired already: not scheduled again on the next day.
    assert!(next.notices_to_add.is_empty(), "{:#?}", next.notices_to_add);
    assert!(!next.to_cancel.contains(&next.notices[0].id));
    assert!(matches!(
        app.mark_notice_read(
            doctrack_core::domain::EventId::new_random(),
            d("2026-01-16")
        ),
        Err(doctrack_core::app::AppError::NotFound { .. })
    ));
}

#[test]
fn archived_people_get_no_notice_and_maintainers_see_the_impact_first() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let mut app = create(&dir.path().join("s.doctrack"));
    let people = caseload(&mut app);
    app.archive_person(people.lao, d("2026-01-02")).unwrap();
    trusted(&mut app, &key);
    app.notice_rule_changes(d("2026-01-15")).unwrap();

    let bytes = moving_pack(2, &key);
    let new_rules = pack::verify(&bytes, &[key.public_key()])
        .unwrap()
        .rule_set()
        .unwrap();
    let impact = app
        .rules_impact(
            (app.rules().as_ref(), "th@1"),
            (&new_rules, "th@2"),
            d("2026-01-15"),
        )
        .unwrap();
    assert_eq!(
        impact.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        vec![people.burmese]
    );
    assert!(
        app.notices(None).unwrap().is_empty(),
        "the impact writes nothing"
    );
    let change = app.install_rule_pack(&bytes, d("2026-01-15")).unwrap();
    assert_eq!(change.notices.len(), 1);
    assert_eq!(change.notices[0].person, people.burmese);
}

#[test]
fn a_rule_that_takes_effect_later_is_noticed_with_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let mut app = create(&dir.path().join("s.doctrack"));
    let people = caseload(&mut app);
    trusted(&mut app, &key);
    app.notice_rule_changes(d("2025-12-01")).unwrap();
    // A pack that moves the deadline to 30 Jun, but only from 10 Dec:
    // seen on 1 Dec, the move is noticed "from 10 Dec 2025".
    let mut files = files_with(
        "th/cabinet-resolutions.toml",
        "effective_from = 2025-11-11\nconfidence = \"medium\"\nnotes = \"375,038",
        "effective_from = 2025-12-10\nconfidence = \"medium\"\nnotes = \"375,038",
    );
    for f in &mut files {
        if f.name == "th/cabinet-resolutions.toml" {
            f.text = f.text.replacen(
                "end_of_authorisation = 2026-03-31",
                "end_of_authorisation = 2026-06-30",
                1,
            );
        }
    }
    let later = build(2, &files, &key);
    let change = app.install_rule_pack(&later, d("2025-12-01")).unwrap();
    let burmese: Vec<_> = change
        .notices
        .iter()
        .filter(|n| n.person == people.burmese)
        .collect();
    assert!(!burmese.is_empty(), "{:#?}", change.notices);
    assert!(
        burmese.iter().any(|n| n.notice.from == Some(d("2025-12-10"))
            && matches!(n.notice.change, NoticeChange::Date { after: Some(a), .. } if a == d("2026-06-30"))),
        "{burmese:#?}"
    );
    let text = &burmese
        .iter()
        .find(|n| n.notice.from.is_some())
        .unwrap()
        .text;
    assert!(
        text.contains("2025") || text.chars().any(|c| c.is_numeric()),
        "{text}"
    );
}

#[test]
fn an_app_update_with_newer_built_in_rules_is_noticed_at_the_first_use_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let mut app = create(&path);
    let people = caseload(&mut app);
    // The app as shipped before: its built-in rules are recorded.
    assert!(app.notice_rule_changes(d("2026-01-10")).unwrap().is_empty());
    app.close().unwrap();

    // The update: the same library with newer built-in rules (compiled, as
    // the FFI crate's build compiles them), which move the deadline.
    let files = files_with(
        "th/cabinet-resolutions.toml",
        "end_of_authorisation = 2026-03-31",
        "end_of_authorisation = 2026-06-30",
    );
    let rules = load(&files).rules.expect("the rule files load");
    let meta = SetMeta {
        set_id: "th".into(),
        version: 2,
        built: d("2026-01-10"),
        min_library: LibraryVersion::parse("0.1.0").unwrap(),
        changes: BTreeMap::from([(Language::En, "Deadline moved.".to_string())]),
    };
    let bytes = doctrack_core::rules::compiled::write_bundle(&rules, Some(&meta));
    let bundled = doctrack_core::app::BundledRules::from_compiled(&bytes).unwrap();
    let mut updated = App::open(
        &path,
        &Secret::Raw(Zeroizing::new(KEY)),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::new(bundled),
    )
    .unwrap();
    let created = updated.notice_rule_changes(d("2026-01-15")).unwrap();
    let mut noticed: Vec<PersonId> = created.iter().map(|n| n.person).collect();
    noticed.sort();
    let mut expected = vec![people.burmese, people.lao];
    expected.sort();
    assert_eq!(noticed, expected, "{created:#?}");
    assert!(created
        .iter()
        .all(|n| n.notice.rules_before == "th@1" && n.notice.rules_after == "th@2"));
    // Only once.
    assert!(updated
        .notice_rule_changes(d("2026-01-16"))
        .unwrap()
        .is_empty());
}
