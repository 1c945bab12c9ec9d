//! One conformance suite for the store, run against every key-slot kind.

mod common;

use common::{d, document, fast_passphrase, record, slot_kinds, worker, FakeKeystore};
use doctrack_core::crypto::{NewSlot, Secret, SlotKind};
use doctrack_core::domain::{
    CancelReason, DocumentChange, DocumentKind, DomainError, EventName, LifecycleError,
    LifecycleState, LinkKind, StateName,
};
use doctrack_core::store::{RecordKind, Store, StoreError, StoreOptions};
use std::sync::atomic::Ordering;
use zeroize::Zeroizing;

fn conformance(name: &str, slot: NewSlot, right: Secret, wrong: Secret) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let mut store = Store::create(&path, slot).unwrap_or_else(|e| panic!("{name}: create: {e}"));

    // People and documents.
    let p = store
        .register_person(worker("Ko Aung"), d(2026, 1, 1))
        .unwrap();
    let passport = record(
        &mut store,
        p.id,
        DocumentKind::Passport,
        "MD 123-456",
        d(2022, 1, 1),
        Some(d(2032, 1, 1)),
    );
    let mut visa_doc = document(
        p.id,
        DocumentKind::Visa,
        "V-77",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    );
    visa_doc.links.push(doctrack_core::domain::Link {
        kind: LinkKind::StampedIn,
        target: passport.document.id,
    });
    let visa = store.record_document(visa_doc, d(2026, 1, 1)).unwrap();
    let wp = store
        .record_document(
            document(
                p.id,
                DocumentKind::WorkPermit,
                "WP1",
                d(2024, 6, 1),
                Some(d(2026, 6, 1)),
            ),
            d(2026, 1, 2),
        )
        .unwrap();

    // Lookup by normalised number.
    assert_eq!(
        store.find_by_number("md123456").unwrap(),
        vec![passport.document.id],
        "{name}"
    );
    assert!(store.find_by_number("MD123457").unwrap().is_empty());

    // Lifecycle: renewal links both ways, illegal events are typed and change nothing.
    store
        .change_document(
            wp.document.id,
            DocumentChange::RenewalSubmitted,
            d(2026, 3, 1),
        )
        .unwrap();
    let err = store
        .change_document(wp.document.id, DocumentChange::ReportFiled, d(2026, 3, 2))
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Domain(DomainError::Lifecycle(LifecycleError::NotForKind {
                event: EventName::ReportFiled
            }))
        ),
        "{name}: {err}"
    );
    let err = store
        .change_document(
            wp.document.id,
            DocumentChange::RenewalSubmitted,
            d(2026, 3, 2),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Domain(DomainError::Lifecycle(LifecycleError::IllegalTransition {
            state: StateName::RenewalInProgress,
            event: EventName::RenewalSubmitted
        }))
    ));
    let new_wp = document(
        p.id,
        DocumentKind::WorkPermit,
        "WP2",
        d(2026, 5, 1),
        Some(d(2028, 5, 1)),
    );
    let new_wp = store
        .approve_renewal(wp.document.id, new_wp, d(2026, 5, 1))
        .unwrap();
    let old = store.document(wp.document.id).unwrap();
    assert_eq!(old.state.name(), StateName::Superseded);
    assert_eq!(
        old.document.link(LinkKind::RenewedBy),
        Some(new_wp.document.id)
    );
    assert_eq!(new_wp.document.link(LinkKind::Renews), Some(wp.document.id));
    let history: Vec<EventName> = store
        .history(wp.document.id)
        .unwrap()
        .iter()
        .map(|e| e.change.name())
        .collect();
    assert_eq!(
        history,
        vec![
            EventName::Recorded,
            EventName::RenewalSubmitted,
            EventName::RenewalApproved
        ]
    );
    store
        .change_document(
            new_wp.document.id,
            DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer,
            },
            d(2026, 7, 1),
        )
        .unwrap();
    assert!(matches!(
        store.document(new_wp.document.id).unwrap().state,
        LifecycleState::Cancelled { .. }
    ));

    // Attachments: a 10 MB photo streams through and comes back identical.
    let photo: Vec<u8> = (0..10_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let info = store
        .add_attachment(
            passport.document.id,
            "image/jpeg",
            d(2026, 1, 3),
            photo.as_slice(),
        )
        .unwrap();
    assert_eq!(info.size, photo.len() as u64);
    assert_eq!(info.chunks, 153); // ceil(10,000,000 / 65,536)
    assert_eq!(store.attachment_bytes(info.id).unwrap(), photo);
    assert_eq!(store.attachments(passport.document.id).unwrap().len(), 1);
    assert!(store.attachments(visa.document.id).unwrap().is_empty());
    let empty = store
        .add_attachment(visa.document.id, "application/pdf", d(2026, 1, 3), &[][..])
        .unwrap();
    assert_eq!(store.attachment_bytes(empty.id).unwrap(), Vec::<u8>::new());
    store.delete_attachment(empty.id, d(2026, 1, 1)).unwrap();
    assert!(matches!(
        store.attachment(empty.id),
        Err(StoreError::NotFound(RecordKind::Attachment))
    ));
    assert!(matches!(
        store.add_attachment(visa.document.id, "not a mime", d(2026, 1, 3), &b"x"[..]),
        Err(StoreError::Invalid { field: "mime", .. })
    ));

    // Projections equal the fold of the log.
    let before: Vec<_> = store.documents().unwrap().items;
    store.rebuild_projections().unwrap();
    assert_eq!(
        store.documents().unwrap().items,
        before,
        "{name}: rebuild changed the projections"
    );
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.people.len(), 1);
    assert_eq!(snapshot.documents.len(), 4);
    assert!(snapshot.unreadable.is_empty());
    store.close().unwrap();

    // Reopen: right secret works, wrong secret is WrongSecret (not corruption).
    // A passphrase or raw key that does not fit is WrongSecret; a device key
    // that cannot unwrap the slot is KeyUnavailable. Neither is corruption.
    let err = Store::open(&path, &wrong).unwrap_err();
    match name {
        "platform" => assert!(
            matches!(err, StoreError::KeyUnavailable(_)),
            "{name}: {err}"
        ),
        _ => assert!(matches!(err, StoreError::WrongSecret), "{name}: {err}"),
    }
    let mut store = Store::open(&path, &right).unwrap();
    assert_eq!(store.documents().unwrap().items, before);
    assert_eq!(store.attachment_bytes(info.id).unwrap(), photo);

    // Everything written so far passes the full check (log chain and head,
    // projections against the fold, tokens, counts, attachments).
    store
        .check_integrity()
        .unwrap_or_else(|e| panic!("{name}: {e}"));

    // Slots: add another kind, open with it, refuse to remove the last one.
    let own = store.slots().unwrap();
    assert_eq!(own.len(), 1);
    let extra_id = store.add_slot(fast_passphrase("second secret")).unwrap();
    store.close().unwrap();
    let mut store = Store::open(&path, &Secret::passphrase("second secret")).unwrap();
    store.remove_slot(&own[0].id).unwrap();
    assert!(matches!(
        store.remove_slot(&extra_id),
        Err(StoreError::LastSlot)
    ));
    assert!(matches!(
        store.remove_slot("no-such-slot"),
        Err(StoreError::SlotNotFound)
    ));
    store.check_integrity().unwrap();
    store.close().unwrap();
    let expected = if own[0].kind == SlotKind::Passphrase {
        StoreError::WrongSecret
    } else {
        StoreError::NoSuchSlot(own[0].kind)
    };
    let got = Store::open(&path, &right).unwrap_err();
    assert_eq!(
        got.to_string(),
        expected.to_string(),
        "{name}: removed slot must no longer open"
    );
}

#[test]
fn conformance_passphrase_raw_and_platform_slots() {
    for (name, slot, right, wrong) in slot_kinds() {
        conformance(name, slot, right, wrong);
    }
}

#[test]
fn change_passphrase_rewraps_only_that_slot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store = Store::create(&path, fast_passphrase("old passphrase")).unwrap();
    let p = store
        .register_person(worker("Ma Hla"), d(2026, 1, 1))
        .unwrap();
    let slot = store.slots().unwrap()[0].id.clone();
    let raw = store
        .add_slot(NewSlot::Raw {
            key: Zeroizing::new([5u8; 32]),
        })
        .unwrap();
    assert!(matches!(
        store.change_passphrase(
            &slot,
            &Secret::passphrase("not the old one"),
            fast_passphrase("new passphrase")
        ),
        Err(StoreError::WrongSecret)
    ));
    store
        .change_passphrase(
            &slot,
            &Secret::passphrase("old passphrase"),
            fast_passphrase("new passphrase"),
        )
        .unwrap();
    assert!(matches!(
        store.change_passphrase(&raw, &Secret::passphrase("x"), fast_passphrase("y")),
        Err(StoreError::SlotNotFound)
    ));
    store.close().unwrap();
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("old passphrase")),
        Err(StoreError::WrongSecret)
    ));
    let store = Store::open(&path, &Secret::passphrase("new passphrase")).unwrap();
    assert_eq!(store.person(p.id).unwrap().person.display_name, "Ma Hla");
    assert_eq!(store.slots().unwrap().len(), 2);
    drop(store);
    assert!(Store::open(&path, &Secret::Raw(Zeroizing::new([5u8; 32]))).is_ok());
}

#[test]
fn platform_key_unavailable_is_distinct_from_wrong_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let keystore = FakeKeystore::new(7);
    Store::create(
        &path,
        NewSlot::Platform {
            wrapper: keystore.clone(),
        },
    )
    .unwrap()
    .close()
    .unwrap();
    keystore.fail.store(true, Ordering::SeqCst);
    assert!(matches!(
        Store::open(&path, &Secret::Platform(keystore.clone())),
        Err(StoreError::KeyUnavailable(_))
    ));
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("x")),
        Err(StoreError::NoSuchSlot(SlotKind::Passphrase))
    ));
    keystore.fail.store(false, Ordering::SeqCst);
    assert!(Store::open(&path, &Secret::Platform(keystore)).is_ok());
}

#[test]
fn attachment_size_limit_is_enforced_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let options = StoreOptions {
        attachment_limit: 100_000,
        ..StoreOptions::default()
    };
    let mut store = Store::create_with(&path, fast_passphrase("pass phrase"), options).unwrap();
    let p = store.register_person(worker("A"), d(2026, 1, 1)).unwrap();
    let doc = record(
        &mut store,
        p.id,
        DocumentKind::Passport,
        "P1",
        d(2022, 1, 1),
        Some(d(2032, 1, 1)),
    );
    let ok = vec![1u8; 100_000];
    store
        .add_attachment(doc.document.id, "image/png", d(2026, 1, 1), ok.as_slice())
        .unwrap();
    let too_big = vec![1u8; 100_001];
    let err = store
        .add_attachment(
            doc.document.id,
            "image/png",
            d(2026, 1, 1),
            too_big.as_slice(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::AttachmentTooLarge { limit: 100_000 }
    ));
    assert_eq!(
        store.attachments(doc.document.id).unwrap().len(),
        1,
        "the refused attachment left nothing behind"
    );
}

#[test]
fn default_limit_is_20_mib() {
    assert_eq!(StoreOptions::default().attachment_limit, 20 * 1024 * 1024);
}

#[test]
fn create_refuses_an_existing_file_and_open_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    std::fs::write(&path, b"something the user keeps").unwrap();
    assert!(matches!(
        Store::create(&path, fast_passphrase("pass phrase")),
        Err(StoreError::AlreadyExists)
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"something the user keeps");
    assert!(matches!(
        Store::open(dir.path().join("none.db"), &Secret::passphrase("x")),
        Err(StoreError::Missing)
    ));
}

#[test]
fn reused_ids_and_foreign_links_are_refused_and_change_nothing() {
    use doctrack_core::domain::{DetailsCorrection, DetailsError, Link};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path().join("s.db"), fast_passphrase("pass phrase")).unwrap();
    let a = store.register_person(worker("A"), d(2026, 1, 1)).unwrap();
    let b = store.register_person(worker("B"), d(2026, 1, 1)).unwrap();
    let pa = record(
        &mut store,
        a.id,
        DocumentKind::Passport,
        "PA",
        d(2022, 1, 1),
        Some(d(2032, 1, 1)),
    );
    let pb = record(
        &mut store,
        b.id,
        DocumentKind::Passport,
        "PB",
        d(2022, 1, 1),
        Some(d(2032, 1, 1)),
    );
    let events_before = store.events().unwrap().items.len();
    // Reusing A's passport id for a new document of B would overwrite A's record.
    let mut clash = document(
        b.id,
        DocumentKind::Visa,
        "V",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    );
    clash.id = pa.document.id;
    assert!(matches!(
        store.record_document(clash.clone(), d(2026, 1, 2)),
        Err(StoreError::Domain(DomainError::DuplicateId))
    ));
    // Likewise as the successor of a renewal.
    let visa = store
        .record_document(
            document(
                b.id,
                DocumentKind::Visa,
                "V1",
                d(2025, 1, 1),
                Some(d(2027, 1, 1)),
            ),
            d(2026, 1, 2),
        )
        .unwrap();
    store
        .change_document(
            visa.document.id,
            DocumentChange::RenewalSubmitted,
            d(2026, 1, 3),
        )
        .unwrap();
    let mut successor = document(
        b.id,
        DocumentKind::Visa,
        "V2",
        d(2026, 2, 1),
        Some(d(2028, 2, 1)),
    );
    successor.id = pb.document.id;
    assert!(matches!(
        store.approve_renewal(visa.document.id, successor, d(2026, 2, 1)),
        Err(StoreError::Domain(DomainError::DuplicateId))
    ));
    assert_eq!(
        store.document(pa.document.id).unwrap(),
        pa,
        "A's passport is untouched"
    );
    // A correction cannot link to another person's document, or forge a renewal link.
    let foreign = DetailsCorrection {
        add_links: vec![Link {
            kind: LinkKind::StampedIn,
            target: pa.document.id,
        }],
        ..Default::default()
    };
    assert!(matches!(
        store.change_document(
            visa.document.id,
            DocumentChange::DetailsCorrected {
                correction: foreign
            },
            d(2026, 2, 2)
        ),
        Err(StoreError::Domain(DomainError::BadLink))
    ));
    let forged = DetailsCorrection {
        add_links: vec![Link {
            kind: LinkKind::Renews,
            target: pb.document.id,
        }],
        ..Default::default()
    };
    assert!(matches!(
        store.change_document(
            visa.document.id,
            DocumentChange::DetailsCorrected { correction: forged },
            d(2026, 2, 2)
        ),
        Err(StoreError::Domain(DomainError::Lifecycle(
            LifecycleError::Details(DetailsError::ReservedLink)
        )))
    ));
    let own = DetailsCorrection {
        add_links: vec![Link {
            kind: LinkKind::StampedIn,
            target: pb.document.id,
        }],
        ..Default::default()
    };
    store
        .change_document(
            visa.document.id,
            DocumentChange::DetailsCorrected { correction: own },
            d(2026, 2, 2),
        )
        .unwrap();
    assert_eq!(store.events().unwrap().items.len(), events_before + 3);
    store.rebuild_projections().unwrap();
}
