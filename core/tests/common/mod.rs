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
