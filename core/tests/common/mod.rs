//! Helpers shared by the store tests: slot kinds, a fake platform key
//! wrapper, sample people and documents.
#![allow(dead_code)]

use chrono::NaiveDate;
use doctrack_core::crypto::{KdfParams, KeyWrapperError, NewSlot, PlatformKeyWrapper, Secret};
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentId, DocumentKind, Language, PersonDraft, PersonId,
};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use zeroize::Zeroizing;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A stand-in for the Android Keystore: AES-256-GCM under a key that never
/// leaves this object. `fail` simulates an invalidated key.
pub struct FakeKeystore {
    key: LessSafeKey,
    pub fail: AtomicBool,
}

impl FakeKeystore {
    pub fn new(seed: u8) -> Arc<Self> {
        let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &[seed; 32]).unwrap());
        Arc::new(FakeKeystore {
            key,
            fail: AtomicBool::new(false),
        })
    }
}

impl PlatformKeyWrapper for FakeKeystore {
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        if self.fail.load(Ordering::SeqCst) {
            return Err(KeyWrapperError {
                reason: "keystore unavailable".into(),
            });
        }
        let mut nonce = [0u8; 12];
        doctrack_core::crypto::random_bytes(&mut nonce).unwrap();
        let mut buf = secret.to_vec();
        self.key
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .unwrap();
        let mut out = nonce.to_vec();
        out.extend(buf);
        Ok(out)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        if self.fail.load(Ordering::SeqCst) {
            return Err(KeyWrapperError {
                reason: "key permanently invalidated".into(),
            });
        }
        if wrapped.len() < 12 {
            return Err(KeyWrapperError {
                reason: "bad blob".into(),
            });
        }
        let mut nonce = [0u8; 12];
        nonce.copy_from_slice(&wrapped[..12]);
        let mut buf = wrapped[12..].to_vec();
        let plain = self
            .key
            .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .map_err(|_| KeyWrapperError {
                reason: "cannot unwrap".into(),
            })?;
        Ok(plain.to_vec())
    }
}

/// The three slot kinds, each as (name, new slot, right secret, wrong secret).
pub fn slot_kinds() -> Vec<(&'static str, NewSlot, Secret, Secret)> {
    let keystore = FakeKeystore::new(1);
    vec![
        (
            "passphrase",
            NewSlot::Passphrase {
                passphrase: Zeroizing::new("correct horse battery".into()),
                kdf: KdfParams::insecure_fast_for_tests(),
            },
            Secret::passphrase("correct horse battery"),
            Secret::passphrase("correct horse batterY"),
        ),
        (
            "raw",
            NewSlot::Raw {
                key: Zeroizing::new([9u8; 32]),
            },
            Secret::Raw(Zeroizing::new([9u8; 32])),
            Secret::Raw(Zeroizing::new([8u8; 32])),
        ),
        (
            "platform",
            NewSlot::Platform {
                wrapper: keystore.clone(),
            },
            Secret::Platform(keystore),
            Secret::Platform(FakeKeystore::new(2)),
        ),
    ]
}

pub fn fast_passphrase(p: &str) -> NewSlot {
    NewSlot::Passphrase {
        passphrase: Zeroizing::new(p.into()),
        kdf: KdfParams::insecure_fast_for_tests(),
    }
}

pub fn worker(name: &str) -> PersonDraft {
    PersonDraft {
        display_name: name.into(),
        nationality: Country::Myanmar,
        language: Language::My,
        cohort: Cohort::Mou,
        works_on_fishing_vessel: true,
        province: None,
    }
}

pub fn document(
    holder: PersonId,
    kind: DocumentKind,
    number: &str,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
) -> Document {
    Document {
        id: DocumentId::new_random(),
        holder,
        kind,
        number: number.into(),
        issuing_country: Country::Myanmar,
        issuing_authority: None,
        issued_on: Some(issued),
        expires_on: expires,
        employer: None,
        links: vec![],
        notes: String::new(),
    }
}

/// Records a document of `kind` for `holder` (issued, expires) on 1 Jan 2026.
pub fn record(
    store: &mut doctrack_core::store::Store,
    holder: PersonId,
    kind: DocumentKind,
    number: &str,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
) -> doctrack_core::domain::DocumentRecord {
    store
        .record_document(
            document(holder, kind, number, issued, expires),
            d(2026, 1, 1),
        )
        .expect("the sample document is recorded")
}

/// A store with what a real one holds: four people (one archived), fifteen
/// documents (links, a renewal, a loss and its replacement, a cancellation,
/// a correction, 90-day reports, two documents sharing a number), their
/// events, and three photos of one to three chunks. Returns the ids of
/// the photos' documents.
pub fn populate_rich(store: &mut doctrack_core::store::Store) -> Vec<DocumentId> {
    use doctrack_core::domain::{
        CancelReason, DetailsCorrection, DocumentChange, Link, LinkKind, PersonDraft,
    };
    let on = d(2026, 1, 1);
    let aung = store.register_person(worker("Ko Aung"), on).unwrap();
    let sokha = store
        .register_person(
            PersonDraft {
                display_name: "Sokha Chan".into(),
                nationality: Country::Cambodia,
                language: Language::Km,
                cohort: "cr:2024-09-24".parse().unwrap(),
                works_on_fishing_vessel: false,
                province: None,
            },
            on,
        )
        .unwrap();
    let noy = store
        .register_person(
            PersonDraft {
                display_name: "Noy Phommasack".into(),
                nationality: Country::Laos,
                language: Language::Lo,
                cohort: Cohort::Unknown,
                works_on_fishing_vessel: true,
                province: None,
            },
            on,
        )
        .unwrap();
    let gone = store.register_person(worker("Left Already"), on).unwrap();

    let passport = record(
        store,
        aung.id,
        DocumentKind::Passport,
        "MA 100 200",
        d(2022, 3, 1),
        Some(d(2032, 2, 28)),
    );
    let mut visa = document(
        aung.id,
        DocumentKind::Visa,
        "V-12",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    );
    visa.links.push(Link {
        kind: LinkKind::StampedIn,
        target: passport.document.id,
    });
    store.record_document(visa, on).unwrap();
    let mut wp = document(
        aung.id,
        DocumentKind::WorkPermit,
        "WP-1",
        d(2024, 6, 1),
        Some(d(2026, 6, 1)),
    );
    wp.employer = Some("Sample Fishing Co.".into());
    let wp = store.record_document(wp, on).unwrap();
    let mut seabook = document(
        aung.id,
        DocumentKind::Seabook,
        "SB-1",
        d(2024, 6, 10),
        Some(d(2026, 6, 1)),
    );
    seabook.links.push(Link {
        kind: LinkKind::TiedTo,
        target: wp.document.id,
    });
    store.record_document(seabook, on).unwrap();
    store
        .change_document(
            wp.document.id,
            DocumentChange::RenewalStarted,
            d(2026, 2, 1),
        )
        .unwrap();
    store
        .change_document(
            wp.document.id,
            DocumentChange::RenewalSubmitted,
            d(2026, 3, 1),
        )
        .unwrap();
    let mut wp2 = document(
        aung.id,
        DocumentKind::WorkPermit,
        "WP-2",
        d(2026, 5, 20),
        Some(d(2028, 5, 20)),
    );
    wp2.employer = Some("Sample Fishing Co.".into());
    let wp2 = store
        .approve_renewal(wp.document.id, wp2, d(2026, 5, 20))
        .unwrap();
    let report = record(
        store,
        aung.id,
        DocumentKind::NinetyDayReport,
        "",
        d(2026, 1, 1),
        None,
    );
    store
        .change_document(
            report.document.id,
            DocumentChange::ReportFiled,
            d(2026, 3, 28),
        )
        .unwrap();
    store
        .change_document(
            report.document.id,
            DocumentChange::ReportFiled,
            d(2026, 6, 25),
        )
        .unwrap();

    let kh_passport = record(
        store,
        sokha.id,
        DocumentKind::Passport,
        "KH-555",
        d(2021, 1, 1),
        Some(d(2031, 1, 1)),
    );
    let pink = record(
        store,
        sokha.id,
        DocumentKind::PinkCard,
        "PC-9",
        d(2025, 2, 1),
        Some(d(2027, 2, 1)),
    );
    record(
        store,
        sokha.id,
        DocumentKind::HealthCheck,
        "H-77",
        d(2025, 8, 1),
        Some(d(2026, 8, 1)),
    );
    store
        .change_document(
            kh_passport.document.id,
            DocumentChange::ReportedLost,
            d(2026, 4, 1),
        )
        .unwrap();
    let replacement = document(
        sokha.id,
        DocumentKind::Passport,
        "KH-556",
        d(2026, 4, 20),
        Some(d(2036, 4, 20)),
    );
    store
        .receive_replacement(kh_passport.document.id, replacement, d(2026, 4, 20))
        .unwrap();

    // Same number as Sokha's health check, written differently.
    record(
        store,
        noy.id,
        DocumentKind::HealthInsurance,
        "h 77",
        d(2025, 9, 1),
        Some(d(2026, 9, 1)),
    );
    let crew = record(
        store,
        noy.id,
        DocumentKind::FishingCrewPermission,
        "FC-3",
        d(2025, 1, 1),
        Some(d(2026, 12, 31)),
    );
    store
        .change_document(
            crew.document.id,
            DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer,
            },
            d(2026, 2, 2),
        )
        .unwrap();
    let typo = record(
        store,
        noy.id,
        DocumentKind::Passport,
        "LA 00l 001",
        d(2023, 1, 1),
        Some(d(2033, 1, 1)),
    );
    store
        .change_document(
            typo.document.id,
            DocumentChange::DetailsCorrected {
                correction: DetailsCorrection {
                    number: Some("LA 001 001".into()),
                    ..Default::default()
                },
            },
            d(2026, 1, 5),
        )
        .unwrap();

    record(
        store,
        gone.id,
        DocumentKind::Passport,
        "MA 999",
        d(2020, 1, 1),
        Some(d(2030, 1, 1)),
    );
    store.archive_person(gone.id, d(2026, 2, 1)).unwrap();

    let photo = |len: usize, seed: u8| -> Vec<u8> {
        (0..len)
            .map(|i| (i as u32).wrapping_mul(2_654_435_761).to_be_bytes()[0] ^ seed)
            .collect()
    };
    let photos = [
        (passport.document.id, photo(150_000, 1)),
        (wp2.document.id, photo(5_000, 2)),
        (pink.document.id, photo(70_000, 3)),
    ];
    for (doc, bytes) in &photos {
        store
            .add_attachment(*doc, "image/jpeg", d(2026, 6, 1), bytes.as_slice())
            .unwrap();
    }
    photos.iter().map(|(doc, _)| *doc).collect()
}
