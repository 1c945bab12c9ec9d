//! Sharing with consent (issue 26, docs/adr/0027): a worker seals chosen
//! documents for one organisation; its caseworker opens, verifies and
//! imports them with their provenance. Round trips for the file and the
//! QR form, a plaintext scan of what was not chosen, every refusal, newer
//! shares updating older ones, the worker's own record, and the identity
//! kept by a backup.

mod common;

use chrono::NaiveDate;
use common::{d, document};
use doctrack_core::app::{App, AppConfig, AppError};
use doctrack_core::crypto::{KdfParams, NewSlot};
use doctrack_core::domain::{
    DetailsCorrection, DocumentChange, DocumentId, DocumentKind, EventName, ImportOutcome,
    NothingToImport, PersonId, ShareForm,
};
use doctrack_core::rules::pack::SigningKey;
use doctrack_core::share::{
    self, ShareContent, ShareProblem, ShareRequest, ShareSecretKey, MAX_QR_BYTES,
};
use doctrack_core::store::StoreOptions;
use std::path::Path;
use zeroize::Zeroizing;

const TODAY: NaiveDate = match NaiveDate::from_ymd_opt(2026, 3, 2) {
    Some(day) => day,
    None => panic!("a valid date"),
};

fn new_app(path: &Path, key: u8) -> App {
    App::create(
        path,
        NewSlot::Raw {
            key: Zeroizing::new([key; 32]),
        },
        StoreOptions::default(),
        AppConfig::embedded().expect("embedded rules"),
    )
    .expect("store created")
}

struct Worker {
    app: App,
    person: PersonId,
    passport: DocumentId,
    permit: DocumentId,
    /// Not chosen in the partial shares.
    pink_card: DocumentId,
}

const NAME: &str = "Ko Aung Min TESTNAME";
const PASSPORT_NO: &str = "MC1234567";
const PERMIT_NO: &str = "WP7654321";
const PINK_NO: &str = "PINKSECRET0042";
const PINK_NOTE: &str = "kept-by-employer-NOTE-SECRET";
const PHOTO: &[u8] = b"\xff\xd8\xff\xe0 a small jpeg PHOTO-BYTES-MARKER \xff\xd9";

fn worker(dir: &Path) -> Worker {
    let mut app = new_app(&dir.join("worker.doctrack"), 1);
    let person = app
        .register_person(common::worker(NAME), d(2026, 1, 1))
        .expect("registered")
        .id;
    let passport = document(
        person,
        DocumentKind::Passport,
        PASSPORT_NO,
        d(2022, 5, 1),
        Some(d(2032, 4, 30)),
    );
    let passport = app
        .record_document(passport, d(2026, 1, 1))
        .expect("passport")
        .document
        .id;
    let mut permit = document(
        person,
        DocumentKind::WorkPermit,
        PERMIT_NO,
        d(2025, 2, 1),
        Some(d(2027, 2, 13)),
    );
    permit.employer = Some("Sea Star Fishing".into());
    permit.links = vec![doctrack_core::domain::Link {
        kind: doctrack_core::domain::LinkKind::TiedTo,
        target: passport,
    }];
    let permit = app.record_document(permit, d(2026, 1, 1));
    let permit = match permit {
        Ok(r) => r.document.id,
        // Not every kind takes a "tied to" link: record it without.
        Err(_) => {
            let mut p = document(
                person,
                DocumentKind::WorkPermit,
                PERMIT_NO,
                d(2025, 2, 1),
                Some(d(2027, 2, 13)),
            );
            p.employer = Some("Sea Star Fishing".into());
            app.record_document(p, d(2026, 1, 1))
                .expect("permit")
                .document
                .id
        }
    };
    let mut pink = document(
        person,
        DocumentKind::PinkCard,
        PINK_NO,
        d(2024, 1, 1),
        Some(d(2026, 2, 13)),
    );
    pink.notes = PINK_NOTE.into();
    let pink_card = app
        .record_document(pink, d(2026, 1, 1))
        .expect("pink card")
        .document
        .id;
    app.apply_event(passport, DocumentChange::RenewalStarted, d(2026, 2, 1))
        .expect("renewal started");
    app.add_photo(passport, "image/jpeg", d(2026, 2, 1), PHOTO)
        .expect("photo");
    app.add_photo(
        pink_card,
        "image/jpeg",
        d(2026, 2, 1),
        &b"PINK-PHOTO-SECRET"[..],
    )
    .expect("photo");
    Worker {
        app,
        person,
        passport,
        permit,
        pink_card,
    }
}

fn request(w: &Worker, key: &ShareSecretKey, form: ShareForm) -> ShareRequest {
    ShareRequest {
        person: w.person,
        documents: Some(vec![w.passport, w.permit]),
        history: true,
        photos: form == ShareForm::File,
        until: d(2026, 4, 30),
        recipient_name: "Test Foundation".into(),
        recipient_key: key.public_key().to_text(),
        form,
    }
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_file_share_round_trips_into_a_caseload_with_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = worker(dir.path());
    let ngo = ShareSecretKey::generate().unwrap();
    let made = w
        .app
        .create_share(request(&w, &ngo, ShareForm::File), TODAY)
        .expect("share made");
    assert!(made.qr_text.is_none());
    assert_eq!(made.share.documents, vec![w.passport, w.permit]);

    // The file says nothing in plain text.
    for secret in [
        NAME,
        PASSPORT_NO,
        PERMIT_NO,
        "Sea Star",
        "PHOTO-BYTES-MARKER",
    ] {
        assert!(
            !contains(&made.bytes, secret),
            "{secret} in the sealed file"
        );
    }

    let opened = share::open(&made.bytes, &ngo).expect("opens");
    assert_eq!(opened.content.person.display_name, NAME);
    assert_eq!(opened.content.documents.len(), 2);
    assert_eq!(opened.photos.len(), 1);
    assert_eq!(&opened.photos[0][..], PHOTO);
    let signer = w.app.store().identity().unwrap().expect("identity made");
    assert_eq!(opened.signer, signer.public_key());
    assert_eq!(opened.content.worker_store, signer.store_id);

    // What was not chosen is nowhere in what the recipient can read.
    let plain = share::plaintext(&made.bytes, &ngo).expect("plaintext");
    assert!(contains(&plain, PASSPORT_NO));
    for secret in [PINK_NO, PINK_NOTE, "PINK-PHOTO-SECRET", "shared"] {
        assert!(!contains(&plain, secret), "{secret} was not chosen");
    }
    assert!(!contains(&plain, &w.pink_card.to_string()));

    let mut caseload = new_app(&dir.path().join("caseload.doctrack"), 2);
    let report = caseload
        .import_share(&opened, TODAY, false)
        .expect("imported");
    assert_eq!(report.person_outcome, Some(ImportOutcome::Added));
    assert_eq!(report.documents.len(), 2);
    assert_eq!(report.photos_added, 1);
    let person = caseload.person(report.person).unwrap();
    assert_eq!(person.person.display_name, NAME);
    let prov = person.provenance.expect("provenance");
    assert_eq!(prov.worker_store, signer.store_id);
    assert_eq!(prov.until, d(2026, 4, 30));
    assert!(prov.history && prov.photos);

    let passport = caseload.document(report.documents[0].id).unwrap();
    assert_eq!(passport.document.number, PASSPORT_NO);
    assert_eq!(passport.state.name().as_str(), "renewal_in_progress");
    assert_eq!(
        passport.provenance.as_ref().unwrap().share_id,
        made.share.share_id
    );
    let history = caseload.history_entries(passport.document.id).unwrap();
    let imported = history
        .iter()
        .find(|h| h.event == EventName::ShareImported)
        .expect("import in history");
    assert_eq!(imported.imported_from.as_ref().unwrap().signer, prov.signer);
    let photos = caseload.photos(passport.document.id).unwrap();
    assert_eq!(caseload.photo_bytes(photos[0].id).unwrap(), PHOTO);
    // The caseload evaluates what it imported.
    caseload.dashboard(TODAY).expect("dashboard");
}

#[test]
fn the_worker_sees_everything_they_shared() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = worker(dir.path());
    let ngo = ShareSecretKey::generate().unwrap();
    w.app
        .create_share(request(&w, &ngo, ShareForm::File), TODAY)
        .unwrap();
    let mut only_person = request(&w, &ngo, ShareForm::QrCode);
    only_person.documents = Some(vec![]);
    w.app.create_share(only_person, d(2026, 3, 3)).unwrap();

    let made = w.app.shares_made().unwrap();
    assert_eq!(made.len(), 2);
    assert_eq!(made[0].share.recipient, "Test Foundation");
    assert_eq!(made[0].share.recipient_key, ngo.public_key().fingerprint());
    assert_eq!(made[0].share.form, ShareForm::File);
    assert_eq!(made[1].share.documents, Vec::<DocumentId>::new());
    let history = w.app.history_entries(w.passport).unwrap();
    let shared = history
        .iter()
        .find(|h| h.event == EventName::Shared)
        .expect("in the document's history");
    assert_eq!(shared.shared.as_ref().unwrap().until, d(2026, 4, 30));
    // Not chosen: nothing in its history.
    assert!(w
        .app
        .history_entries(w.pink_card)
        .unwrap()
        .iter()
        .all(|h| h.event != EventName::Shared));
    // A later share with history does not tell the next recipient about
    // the earlier one.
    let other = ShareSecretKey::generate().unwrap();
    let again = w
        .app
        .create_share(request(&w, &other, ShareForm::File), d(2026, 3, 4))
        .unwrap();
    let plain = share::plaintext(&again.bytes, &other).unwrap();
    assert!(!contains(&plain, "Test Foundation\",\"recipient_key"));
    assert!(!contains(&plain, &ngo.public_key().fingerprint()));
}

#[test]
fn a_qr_share_of_twelve_documents_fits_one_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(&dir.path().join("w.doctrack"), 1);
    let person = app
        .register_person(common::worker(NAME), d(2026, 1, 1))
        .unwrap()
        .id;
    let kinds = [
        DocumentKind::Passport,
        DocumentKind::WorkPermit,
        DocumentKind::Visa,
        DocumentKind::Seabook,
        DocumentKind::HealthInsurance,
        DocumentKind::PinkCard,
    ];
    for i in 0..12 {
        let mut doc = document(
            person,
            kinds[i % kinds.len()].clone(),
            &format!("NO{i:07}"),
            d(2024, 1, 1 + i as u32),
            Some(d(2027, 1, 1 + i as u32)),
        );
        doc.issuing_authority = Some("Department of Employment, Samut Sakhon".into());
        doc.notes = "kept in the blue folder on the boat".into();
        app.record_document(doc, d(2026, 1, 1)).unwrap();
    }
    let ngo = ShareSecretKey::generate().unwrap();
    let made = app
        .create_share(
            ShareRequest {
                person,
                documents: None,
                history: false,
                photos: false,
                until: d(2026, 5, 1),
                recipient_name: "Test Foundation".into(),
                recipient_key: ngo.public_key().to_text(),
                form: ShareForm::QrCode,
            },
            TODAY,
        )
        .expect("fits one QR code");
    assert!(
        made.bytes.len() as u64 <= MAX_QR_BYTES,
        "{}",
        made.bytes.len()
    );
    eprintln!("twelve documents: {} bytes sealed", made.bytes.len());
    let text = made.qr_text.expect("QR text");
    let matrix = share::qr::matrix(&text).expect("QR code");
    assert_eq!(matrix.dark.len(), (matrix.size * matrix.size) as usize);
    let opened = share::open(text.as_bytes(), &ngo).expect("opens from its text");
    assert_eq!(opened.form, ShareForm::QrCode);
    assert_eq!(opened.content.documents.len(), 12);
    assert!(share::qr::svg(&text, 400).unwrap().starts_with("<?xml"));

    // Photos only in files.
    let mut with_photos = ShareRequest {
        person,
        documents: None,
        history: false,
        photos: true,
        until: d(2026, 5, 1),
        recipient_name: "Test Foundation".into(),
        recipient_key: ngo.public_key().to_text(),
        form: ShareForm::QrCode,
    };
    assert_eq!(
        app.create_share(with_photos.clone(), TODAY).unwrap_err(),
        AppError::ShareRefused {
            reason: ShareProblem::PhotosNeedFile
        }
    );
    // Too much for one code: forty documents more.
    with_photos.photos = false;
    for i in 0..40 {
        let mut doc = document(
            person,
            DocumentKind::HealthCheck,
            &format!("HC{i:07}"),
            d(2025, 1, 1),
            Some(d(2027, 1, 1)),
        );
        doc.notes = format!("health check number {i} at the provincial hospital");
        app.record_document(doc, d(2026, 1, 1)).unwrap();
    }
    assert!(matches!(
        app.create_share(with_photos, TODAY).unwrap_err(),
        AppError::ShareRefused {
            reason: ShareProblem::TooLargeForQr { .. }
        }
    ));
}

#[test]
fn every_refusal_is_typed_and_names_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = worker(dir.path());
    let ngo = ShareSecretKey::generate().unwrap();
    let made = w
        .app
        .create_share(request(&w, &ngo, ShareForm::QrCode), TODAY)
        .unwrap();
    let text = made.qr_text.clone().unwrap();

    // Another organisation's key.
    let other = ShareSecretKey::generate().unwrap();
    assert!(matches!(
        share::open(&made.bytes, &other).unwrap_err(),
        ShareProblem::NotForThisKey { .. }
    ));
    // A changed byte anywhere: refused, never opened.
    for i in 0..made.bytes.len() {
        let mut bad = made.bytes.clone();
        bad[i] ^= 0x01;
        let e = share::open(&bad, &ngo).expect_err("changed byte refused");
        assert!(
            matches!(
                e,
                ShareProblem::Damaged
                    | ShareProblem::NotAShare
                    | ShareProblem::UnsupportedFormat { .. }
                    | ShareProblem::NotForThisKey { .. }
                    | ShareProblem::Truncated
            ),
            "byte {i}: {e:?}"
        );
        if i >= 21 {
            assert_eq!(e, ShareProblem::Damaged, "byte {i}");
        }
    }
    // A QR code read in part.
    for cut in [text.len() - 1, text.len() - 2, text.len() / 2, 12] {
        assert_eq!(
            share::open(&text.as_bytes()[..cut], &ngo).unwrap_err(),
            ShareProblem::Truncated,
            "cut at {cut}"
        );
    }
    // An unknown envelope version, and an unknown content format.
    let mut newer = made.bytes.clone();
    newer[7] = 2;
    assert_eq!(
        share::open(&newer, &ngo).unwrap_err(),
        ShareProblem::UnsupportedFormat { found: 2 }
    );
    let opened = share::open(&made.bytes, &ngo).unwrap();
    let mut content: ShareContent = opened.content.clone();
    content.format = 9;
    let signer = SigningKey::generate().unwrap();
    let (future, _) =
        share::seal(&content, &[], ShareForm::File, &ngo.public_key(), &signer).unwrap();
    assert_eq!(
        share::open(&future, &ngo).unwrap_err(),
        ShareProblem::UnsupportedFormat { found: 9 }
    );
    assert_eq!(
        share::open(b"hello", &ngo).unwrap_err(),
        ShareProblem::NotAShare
    );

    // Expired: refused on import, nothing imported.
    let mut caseload = new_app(&dir.path().join("caseload.doctrack"), 2);
    let e = caseload
        .import_share(&opened, d(2026, 5, 1), false)
        .unwrap_err();
    assert_eq!(
        e,
        AppError::ShareRefused {
            reason: ShareProblem::Expired {
                until: d(2026, 4, 30)
            }
        }
    );
    assert!(caseload.people().unwrap().items.is_empty());

    // Another key for the same worker store: not the same phone.
    caseload.import_share(&opened, TODAY, false).unwrap();
    let mut later = opened.content.clone();
    later.share_id = "a later share".into();
    later.created_at_ms += 1000;
    let (impostor, _) =
        share::seal(&later, &[], ShareForm::File, &ngo.public_key(), &signer).unwrap();
    let impostor = share::open(&impostor, &ngo).unwrap();
    let e = caseload.import_share(&impostor, TODAY, false).unwrap_err();
    assert!(matches!(
        e,
        AppError::ShareRefused {
            reason: ShareProblem::SignerChanged { .. }
        }
    ));
    for shown in [
        e.to_string(),
        doctrack_core::messages::english().render(&e.message()),
    ] {
        for secret in [NAME, PASSPORT_NO, PERMIT_NO] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
    // The caseworker who checked with the worker accepts it.
    let report = caseload.import_share(&impostor, TODAY, true).unwrap();
    assert_eq!(report.person_outcome, Some(ImportOutcome::Updated));

    // A share that fails half-way imports nothing.
    let mut broken = opened.content.clone();
    broken.share_id = "broken".into();
    broken.created_at_ms += 5000;
    broken.photos = true;
    broken.documents[0].photos = vec![share::SharedPhoto {
        id: doctrack_core::domain::AttachmentId::new_random(),
        mime: "not a type".into(),
        size: 3,
        added_on: TODAY,
    }];
    let (broken, _) = share::seal(
        &broken,
        &[Zeroizing::new(b"abc".to_vec())],
        ShareForm::File,
        &ngo.public_key(),
        &signer,
    )
    .unwrap();
    let broken = share::open(&broken, &ngo).unwrap();
    let before = caseload.events().unwrap().items.len();
    assert!(caseload.import_share(&broken, TODAY, true).is_err());
    assert_eq!(caseload.events().unwrap().items.len(), before);

    // Bad requests on the worker's side.
    let mut bad = request(&w, &ngo, ShareForm::File);
    bad.recipient_key = "x25519:00".into();
    assert_eq!(
        w.app.create_share(bad, TODAY).unwrap_err(),
        AppError::ShareRefused {
            reason: ShareProblem::NotAKey
        }
    );
    let mut bad = request(&w, &ngo, ShareForm::File);
    bad.until = d(2026, 3, 1);
    assert!(matches!(
        w.app.create_share(bad, TODAY).unwrap_err(),
        AppError::ShareRefused {
            reason: ShareProblem::BadUntil { .. }
        }
    ));
    let mut bad = request(&w, &ngo, ShareForm::File);
    bad.documents = Some(vec![DocumentId::new_random()]);
    assert!(matches!(
        w.app.create_share(bad, TODAY).unwrap_err(),
        AppError::NotFound { .. }
    ));
}

#[test]
fn a_newer_share_updates_what_the_older_one_brought() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = worker(dir.path());
    let ngo = ShareSecretKey::generate().unwrap();
    let first = w
        .app
        .create_share(request(&w, &ngo, ShareForm::File), TODAY)
        .unwrap();
    w.app
        .apply_event(
            w.permit,
            DocumentChange::DetailsCorrected {
                correction: DetailsCorrection {
                    number: Some("WP0000001".into()),
                    ..Default::default()
                },
            },
            d(2026, 3, 3),
        )
        .unwrap();
    let mut all = request(&w, &ngo, ShareForm::File);
    all.documents = None;
    let second = w.app.create_share(all, d(2026, 3, 3)).unwrap();

    let mut caseload = new_app(&dir.path().join("caseload.doctrack"), 2);
    let first = share::open(&first.bytes, &ngo).unwrap();
    let second = share::open(&second.bytes, &ngo).unwrap();
    caseload.import_share(&first, TODAY, false).unwrap();
    let report = caseload
        .import_share(&second, d(2026, 3, 3), false)
        .unwrap();
    assert_eq!(report.person_outcome, Some(ImportOutcome::Updated));
    let count = |o| report.documents.iter().filter(|d| d.outcome == o).count();
    assert_eq!(count(ImportOutcome::Updated), 2);
    assert_eq!(
        count(ImportOutcome::Added),
        1,
        "the pink card, new in this share"
    );
    let docs = caseload.documents().unwrap().items;
    assert_eq!(docs.len(), 3, "no duplicates");
    assert!(docs.iter().any(|r| r.document.number == "WP0000001"));
    assert!(!docs.iter().any(|r| r.document.number == PERMIT_NO));
    assert_eq!(caseload.people().unwrap().items.len(), 1);
    // Both photos, each once.
    let photos: usize = docs
        .iter()
        .map(|r| caseload.photos(r.document.id).unwrap().len())
        .sum();
    assert_eq!(photos, 2);

    // Again, or older: nothing changes.
    let again = caseload
        .import_share(&second, d(2026, 3, 3), false)
        .unwrap();
    assert_eq!(again.nothing, Some(NothingToImport::AlreadyImported));
    let older = caseload.import_share(&first, d(2026, 3, 3), false).unwrap();
    assert_eq!(older.nothing, Some(NothingToImport::OlderThanImported));
    assert_eq!(caseload.documents().unwrap().items.len(), 3);
    caseload
        .check_integrity()
        .expect("projections match the log");
}

#[test]
fn a_restored_backup_keeps_the_sharing_identity() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = worker(dir.path());
    let ngo = ShareSecretKey::generate().unwrap();
    w.app
        .create_share(request(&w, &ngo, ShareForm::File), TODAY)
        .unwrap();
    let identity = w.app.store().identity().unwrap().unwrap();
    let backup = dir.path().join("b.backup");
    w.app
        .export_backup_file(
            &backup,
            "backup pass phrase",
            KdfParams::insecure_fast_for_tests(),
        )
        .expect("backup");
    let restored = App::restore_backup(
        std::fs::File::open(&backup).unwrap(),
        "backup pass phrase",
        dir.path().join("restored.doctrack"),
        NewSlot::Raw {
            key: Zeroizing::new([3; 32]),
        },
        StoreOptions::default(),
        AppConfig::embedded().unwrap(),
    )
    .expect("restored")
    .0;
    let again = restored.store().identity().unwrap().expect("kept");
    assert_eq!(again.store_id, identity.store_id);
    assert_eq!(again.public_key(), identity.public_key());
    assert_eq!(restored.shares_made().unwrap().len(), 1);
}
