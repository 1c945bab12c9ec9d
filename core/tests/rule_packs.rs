//! Signed rule packs through the application layer: built, verified and
//! installed; every kind of refusal typed, with the previous pack still in
//! use, also after reopening the store; the version floor kept after a
//! removal; a rolled-back pack row caught by the sealed log head.

use chrono::NaiveDate;
use doctrack_core::app::{App, AppError, PackTrust, RulesOrigin};
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::Language;
use doctrack_core::messages::english;
use doctrack_core::rules::compiled::CompiledRules;
use doctrack_core::rules::pack::{self, PackProblem, SigningKey};
use doctrack_core::rules::{embedded, load, LibraryVersion, RuleFile, SetMeta};
use doctrack_core::store::{RecordKind, StoreOptions};
use std::collections::BTreeMap;
use std::path::Path;
use zeroize::Zeroizing;

const KEY: [u8; 32] = [7u8; 32];

fn secret() -> Secret {
    Secret::Raw(Zeroizing::new(KEY))
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

fn open(path: &Path, key: &SigningKey) -> App {
    let mut app = App::open(
        path,
        &secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    app.configure_rule_packs(trust(key)).unwrap();
    app
}

fn trust(key: &SigningKey) -> PackTrust {
    PackTrust::new("th", &[key.public_key().to_text()]).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The Thai rule files as a pack holds them (no pack.toml).
fn thai_files() -> Vec<RuleFile> {
    embedded::files()
        .into_iter()
        .filter(|f| !f.name.ends_with("pack.toml"))
        .collect()
}

/// A small valid rule set (one rule), for byte-by-byte loops.
fn small_files() -> Vec<RuleFile> {
    vec![RuleFile {
        name: "th/passport.toml".into(),
        text: r#"format = 1
[[rule]]
id = "th.passport.window"
title = "Passport renewal window"
status = "approved"
effective_from = 2024-01-01
confidence = "setting"
rationale = "A test rule."
[[rule.sources]]
url = "https://example.invalid/passport"
title = "Passports"
[rule.applies]
kinds = ["passport"]
[rule.effect]
renewal_window = "6 months"
[rule.text.en]
name = "Passport"
guidance = "Renew it at your embassy."
[rule.text.th]
missing = "test"
[rule.text.my]
missing = "test"
[rule.text.km]
missing = "test"
[rule.text.lo]
missing = "test"
"#
        .into(),
    }]
}

fn meta(version: u64) -> SetMeta {
    SetMeta {
        set_id: "th".into(),
        version,
        built: d("2026-12-01"),
        min_library: LibraryVersion::parse("0.1.0").unwrap(),
        changes: BTreeMap::from([
            (Language::En, format!("Version {version}.")),
            (Language::Th, format!("ฉบับที่ {version}")),
        ]),
    }
}

fn build(meta: &SetMeta, files: &[RuleFile], key: &SigningKey) -> Vec<u8> {
    let rules = load(files).rules.expect("the rule files load");
    pack::build(meta, &rules, key).unwrap()
}

fn refusal(app: &mut App, bytes: &[u8]) -> PackProblem {
    match app.install_rule_pack(bytes, d("2026-12-01")) {
        Err(AppError::RulePackRefused { reason }) => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn assert_in_use(app: &App, version: u64) {
    let info = app.rules_info();
    assert_eq!(info.origin, RulesOrigin::Pack);
    assert_eq!(info.version, Some(version));
    let dash = app.dashboard(d("2026-12-01")).unwrap();
    assert_eq!(dash.rules.version, Some(version));
    assert_eq!(dash.rules.origin, RulesOrigin::Pack);
}

#[test]
fn a_pack_is_built_verified_installed_and_named_by_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let bytes = build(&meta(2), &thai_files(), &key);
    let verified = pack::verify(&bytes, &[key.public_key()]).unwrap();
    assert_eq!(verified.meta, meta(2));

    let mut app = create(&path);
    let status = app.configure_rule_packs(trust(&key)).unwrap();
    assert!(status.installed.is_none() && !status.in_use && status.highest_version == 0);
    assert_eq!(app.rules_info().origin, RulesOrigin::Bundled);
    assert_eq!(app.rules_info().version, Some(1));

    let info = app
        .install_rule_pack(&bytes, d("2026-12-01"))
        .unwrap()
        .rules;
    assert_eq!(info.origin, RulesOrigin::Pack);
    assert_eq!(
        info.to_string(),
        format!(
            "th v2, 2026-12-01 (installed pack, {} rules)",
            info.rule_count
        )
    );
    assert_eq!(info.key_id.as_deref(), Some(key.public_key().id().as_str()));
    assert_eq!(
        english().render(&info.message()),
        "rules: th v2, 2026-12-01"
    );
    assert_in_use(&app, 2);
    app.close().unwrap();

    // Reopened: the pack is used once the app says which keys it trusts.
    let mut app = App::open(
        &path,
        &secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    assert_eq!(app.rules_info().origin, RulesOrigin::Bundled);
    let status = app.configure_rule_packs(trust(&key)).unwrap();
    assert!(status.in_use && !status.damaged && status.refused.is_none());
    assert_eq!(status.highest_version, 2);
    let installed = status.installed.unwrap();
    assert_eq!(
        (installed.version, installed.changes[&Language::Th].as_str()),
        (2, "ฉบับที่ 2")
    );
    assert_in_use(&app, 2);
    app.check_integrity().unwrap();
}

#[test]
fn every_refusal_is_typed_and_the_previous_pack_keeps_working() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let stranger = SigningKey::generate().unwrap();
    let mut app = create(&path);
    app.configure_rule_packs(trust(&key)).unwrap();
    app.install_rule_pack(&build(&meta(2), &thai_files(), &key), d("2026-12-01"))
        .unwrap();

    let v3 = build(&meta(3), &thai_files(), &key);
    let last_line = v3[..v3.len() - 1]
        .iter()
        .rposition(|b| *b == b'\n')
        .unwrap()
        + 1;
    assert_eq!(refusal(&mut app, &v3[..last_line]), PackProblem::Unsigned);

    let mut tampered = v3.clone();
    let at = tampered
        .windows(10)
        .position(|w| w == b"Version 3.")
        .unwrap();
    tampered[at + 8] = b'4';
    assert_eq!(refusal(&mut app, &tampered), PackProblem::BadSignature);

    assert_eq!(
        refusal(&mut app, &build(&meta(3), &thai_files(), &stranger)),
        PackProblem::UnknownKey {
            key_id: stranger.public_key().id().to_string()
        }
    );
    let mut older = meta(1);
    older.changes.insert(Language::En, "Old.".into());
    assert_eq!(
        refusal(&mut app, &build(&older, &thai_files(), &key)),
        PackProblem::NotNewer {
            installed: 2,
            offered: 1
        }
    );
    let mut same = meta(2);
    same.changes
        .insert(Language::En, "Another pack with the same version.".into());
    assert_eq!(
        refusal(&mut app, &build(&same, &thai_files(), &key)),
        PackProblem::NotNewer {
            installed: 2,
            offered: 2
        }
    );
    let mut future = meta(3);
    future.min_library = LibraryVersion::parse("99.0.0").unwrap();
    assert_eq!(
        refusal(&mut app, &build(&future, &thai_files(), &key)),
        PackProblem::NeedsNewerLibrary {
            needed: "99.0.0".into(),
            current: LibraryVersion::current().to_string()
        }
    );
    // Signed, but its compiled rules fail the checks (a rule twice, as a
    // broken tool could write them): refused, naming the file and line.
    let mut broken = CompiledRules::of(&load(&thai_files()).rules.unwrap());
    let twice = broken.rules[0].clone();
    broken.rules.push(twice);
    let bytes = pack::build_compiled(&meta(3), &broken, &key).unwrap();
    match refusal(&mut app, &bytes) {
        PackProblem::RulesInvalid { errors } => {
            assert!(!errors.is_empty());
            assert!(
                errors[0].starts_with(&format!("{}:", broken.rules[0].location.file)),
                "{errors:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    let mut other_set = meta(3);
    other_set.set_id = "kh".into();
    assert_eq!(
        refusal(&mut app, &build(&other_set, &thai_files(), &key)),
        PackProblem::WrongRuleSet {
            expected: "th".into(),
            found: "kh".into()
        }
    );
    assert!(matches!(
        refusal(&mut app, b"not a pack at all"),
        PackProblem::Malformed { .. }
    ));
    // Every refusal left the pack in use, and says so to people.
    assert_in_use(&app, 2);
    let message = AppError::RulePackRefused {
        reason: PackProblem::BadSignature,
    }
    .message();
    assert!(english()
        .render(&message)
        .contains("changed after it was signed"));
    app.close().unwrap();

    // Also after reopening.
    let mut app = open(&path, &key);
    assert_in_use(&app, 2);
    assert_eq!(app.rule_pack_status().unwrap().highest_version, 2);
    app.install_rule_pack(&v3, d("2026-12-01")).unwrap();
    assert_in_use(&app, 3);
}

#[test]
fn one_changed_byte_anywhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let mut app = create(&path);
    app.configure_rule_packs(trust(&key)).unwrap();
    app.install_rule_pack(&build(&meta(2), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    let good = build(&meta(3), &small_files(), &key);
    let mut seen: BTreeMap<&'static str, usize> = BTreeMap::new();
    for i in 0..good.len() {
        for flip in [0x01u8, 0x20, 0x80] {
            let mut bad = good.clone();
            bad[i] ^= flip;
            let reason = refusal(&mut app, &bad);
            assert!(
                matches!(
                    reason,
                    PackProblem::Malformed { .. }
                        | PackProblem::UnsupportedFormat { .. }
                        | PackProblem::Unsigned
                        | PackProblem::UnknownKey { .. }
                        | PackProblem::BadSignature
                ),
                "byte {i} ^ {flip:#x}: {reason:?}"
            );
            *seen.entry(reason.code()).or_default() += 1;
        }
    }
    // Body bytes are caught by the signature, the frame by its shape.
    assert!(seen["bad_signature"] > good.len(), "{seen:?}");
    assert!(seen["malformed"] > 0 && seen["unknown_key"] > 0, "{seen:?}");
    let mut cut = good.clone();
    cut.pop();
    assert!(matches!(
        refusal(&mut app, &cut),
        PackProblem::Malformed { .. }
    ));
    let mut longer = good.clone();
    longer.push(b'\n');
    assert!(matches!(
        refusal(&mut app, &longer),
        PackProblem::Malformed { .. }
    ));
    assert_in_use(&app, 2);
    app.install_rule_pack(&good, d("2026-12-01")).unwrap();
    assert_in_use(&app, 3);
}

#[test]
fn the_highest_version_stays_known_after_a_removal_and_the_bundled_version_is_a_floor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let mut app = create(&path);
    app.configure_rule_packs(trust(&key)).unwrap();
    // The bundled rules are version 1 (rules/th/pack.toml): a pack must be newer.
    assert_eq!(
        refusal(&mut app, &build(&meta(1), &small_files(), &key)),
        PackProblem::NotNewer {
            installed: 1,
            offered: 1
        }
    );
    app.install_rule_pack(&build(&meta(3), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    let info = app.remove_rule_pack(d("2026-12-01")).unwrap().rules;
    assert_eq!((info.origin, info.version), (RulesOrigin::Bundled, Some(1)));
    app.close().unwrap();
    let mut app = open(&path, &key);
    let status = app.rule_pack_status().unwrap();
    assert!(status.installed.is_none() && !status.in_use);
    assert_eq!(status.highest_version, 3);
    assert_eq!(app.rules_info().origin, RulesOrigin::Bundled);
    assert_eq!(
        refusal(&mut app, &build(&meta(2), &small_files(), &key)),
        PackProblem::NotNewer {
            installed: 3,
            offered: 2
        }
    );
    app.install_rule_pack(&build(&meta(4), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    assert_in_use(&app, 4);
}

#[test]
fn an_untrusted_key_stops_the_installed_pack_and_the_bundled_rules_apply() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let other = SigningKey::generate().unwrap();
    let mut app = create(&path);
    app.configure_rule_packs(trust(&key)).unwrap();
    app.install_rule_pack(&build(&meta(2), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    // The app no longer trusts the key (rotated or compromised).
    let status = app.configure_rule_packs(trust(&other)).unwrap();
    assert!(!status.in_use);
    assert_eq!(
        status.refused,
        Some(PackProblem::UnknownKey {
            key_id: key.public_key().id().to_string()
        })
    );
    assert_eq!(app.rules_info().origin, RulesOrigin::Bundled);
    // Without any trust configured, nothing can be installed.
    let mut fresh = create(&dir.path().join("t.doctrack"));
    assert!(matches!(
        refusal(&mut fresh, &build(&meta(2), &small_files(), &key)),
        PackProblem::UnknownKey { .. }
    ));
    assert!(matches!(
        PackTrust::new("th", &["ed25519:00".into()]),
        Err(AppError::Validation { .. })
    ));
}

fn pack_row(path: &Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT sealed FROM rule_pack WHERE id = 1", [], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn a_rolled_back_pack_row_is_caught_by_the_sealed_log_head() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.doctrack");
    let key = SigningKey::generate().unwrap();
    let mut app = create(&path);
    app.configure_rule_packs(trust(&key)).unwrap();
    app.install_rule_pack(&build(&meta(2), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    app.close().unwrap();
    let old_row = pack_row(&path);
    let mut app = open(&path, &key);
    app.install_rule_pack(&build(&meta(3), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    app.close().unwrap();

    // An attacker with the files puts the sealed v2 row back.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE rule_pack SET sealed = ?1 WHERE id = 1",
            rusqlite::params![old_row],
        )
        .unwrap();
    }
    let mut app = App::open(
        &path,
        &secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    let status = app.configure_rule_packs(trust(&key)).unwrap();
    assert!(status.damaged && !status.in_use);
    assert_eq!(status.highest_version, 3);
    assert_eq!(app.rules_info().origin, RulesOrigin::Bundled);
    assert_eq!(
        app.check_integrity(),
        Err(AppError::Integrity {
            record: RecordKind::RulePack
        })
    );
    // v2 is still refused (the highest version is in the head); a newer pack repairs it.
    assert_eq!(
        refusal(&mut app, &build(&meta(2), &small_files(), &key)),
        PackProblem::NotNewer {
            installed: 3,
            offered: 2
        }
    );
    app.install_rule_pack(&build(&meta(4), &small_files(), &key), d("2026-12-01"))
        .unwrap();
    app.check_integrity().unwrap();
    app.close().unwrap();

    // Deleting the row is seen too.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("DELETE FROM rule_pack", []).unwrap();
    }
    let mut app = App::open(
        &path,
        &secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    assert!(app.configure_rule_packs(trust(&key)).unwrap().damaged);
}
