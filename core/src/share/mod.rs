//! Sharing with consent (docs/adr/0027): a worker seals chosen documents
//! for one organisation; its caseworker opens, verifies and imports them.
//! No server: the share is a file or a QR code, passed phone to phone or
//! through any messenger.
//!
//! - `crate::crypto::share_keys`: the organisation's X25519 key pair and
//!   its text forms.
//! - [`envelope`]: HPKE sealing (RFC 9180) and the worker store's Ed25519
//!   signature.
//! - [`content`]: what the share holds, in a versioned format.
//! - [`qr`]: the compact form's QR code.
//!
//! **Limits, said wherever a worker chooses**: a share passed offline
//! cannot be taken back, and its end date ("until") is kept by the
//! recipient's software, not by the worker's phone.

pub mod content;
pub mod envelope;
mod problem;
pub mod qr;

pub use crate::crypto::share_keys::{fingerprint, ShareKey, ShareKeyError, ShareSecretKey};
pub use content::{ShareContent, SharedDocument, SharedPhoto, CONTENT_FORMAT};
pub use envelope::{ENVELOPE_VERSION, QR_PREFIX};
pub use problem::ShareProblem;
pub use qr::{QrMatrix, MAX_QR_BYTES};

use crate::crypto::signing::{PublicKey, SigningKey};
use crate::domain::{DocumentId, PersonId, ShareForm};
use chrono::NaiveDate;
use zeroize::Zeroizing;

/// The furthest ahead a share's consent may end (two years).
pub const MAX_UNTIL_DAYS: u32 = 731;

/// What a worker chose to share.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareRequest {
    /// Whose details.
    pub person: PersonId,
    /// Which documents: none means every document of the person that is
    /// not archived; an empty list, the person's details only.
    pub documents: Option<Vec<DocumentId>>,
    /// Include each document's history.
    pub history: bool,
    /// Include photos (file form only).
    pub photos: bool,
    /// The last day the recipient may use it (their software refuses it
    /// after). Between today and [`MAX_UNTIL_DAYS`] ahead.
    pub until: NaiveDate,
    /// The recipient's name, as the worker will see it in their history.
    pub recipient_name: String,
    /// The recipient's public key (`x25519:…`), from the help directory or
    /// a scanned QR code.
    pub recipient_key: String,
    /// File or QR code.
    pub form: ShareForm,
}

/// A share made: the bytes to send, and what the worker's history recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CreatedShare {
    /// The sealed share: write it to a file and send it (file form).
    pub bytes: Vec<u8>,
    /// The QR code's text (QR form): draw it with `qrMatrix` or any QR
    /// library. None for a file.
    pub qr_text: Option<String>,
    /// What was recorded in the worker's history.
    pub share: crate::domain::SentShare,
}

/// A share opened with the organisation's key, its signature checked.
#[derive(Debug)]
pub struct OpenedShare {
    /// File or QR code.
    pub form: ShareForm,
    /// The worker store's signing key.
    pub signer: PublicKey,
    /// What it holds.
    pub content: ShareContent,
    /// The photos' bytes, in the order of the manifest's photos.
    pub photos: Vec<Zeroizing<Vec<u8>>>,
}

impl OpenedShare {
    /// Fingerprint of the worker store's signing key.
    pub fn signer_fingerprint(&self) -> String {
        fingerprint(self.signer.as_bytes())
    }

    /// Whether the worker's consent has ended on `today`.
    pub fn is_expired(&self, today: NaiveDate) -> bool {
        self.content.until < today
    }
}

/// Seals `content` (and the photos' bytes, in manifest order) to
/// `recipient`, signed by the worker store's key. The QR form is refused
/// with photos or when it would not fit one code.
pub fn seal(
    content: &ShareContent,
    photos: &[Zeroizing<Vec<u8>>],
    form: ShareForm,
    recipient: &ShareKey,
    signer: &SigningKey,
) -> Result<(Vec<u8>, Option<String>), ShareProblem> {
    if form == ShareForm::QrCode && (content.photos || !photos.is_empty()) {
        return Err(ShareProblem::PhotosNeedFile);
    }
    let body = content::encode(content, photos)?;
    let bytes = envelope::seal(form, recipient, signer, &body)?;
    match form {
        ShareForm::File => Ok((bytes, None)),
        ShareForm::QrCode => {
            if bytes.len() as u64 > MAX_QR_BYTES {
                return Err(ShareProblem::TooLargeForQr {
                    bytes: bytes.len() as u64,
                    max: MAX_QR_BYTES,
                });
            }
            let text = envelope::to_qr_text(&bytes);
            Ok((bytes, Some(text)))
        }
    }
}

/// Opens a share (a file's bytes, or the text of a QR code) with the
/// organisation's secret key, checks its signature and reads it. Expiry is
/// not checked here (a caseworker may look at an expired share; importing
/// refuses it).
pub fn open(input: &[u8], key: &ShareSecretKey) -> Result<OpenedShare, ShareProblem> {
    let unsealed = unseal(input, key)?;
    let (content, photos) = content::decode(&unsealed.body)?;
    Ok(OpenedShare {
        form: unsealed.form,
        signer: unsealed.signer,
        content,
        photos,
    })
}

/// The sealed bytes of a file, or of a QR code's text.
fn unseal(input: &[u8], key: &ShareSecretKey) -> Result<envelope::Unsealed, ShareProblem> {
    match std::str::from_utf8(input) {
        Ok(text) if text.trim_start().starts_with(QR_PREFIX) => {
            envelope::open(&envelope::from_qr_text(text)?, key)
        }
        _ => envelope::open(input, key),
    }
}

/// Everything the recipient can read in a share, as bytes: the manifest's
/// JSON followed by the photos. For audits and tests: what was not chosen
/// must not be in it.
pub fn plaintext(input: &[u8], key: &ShareSecretKey) -> Result<Zeroizing<Vec<u8>>, ShareProblem> {
    let unsealed = unseal(input, key)?;
    content::plaintext(&unsealed.body)
}

/// The id a caseload gives to a record a worker store shared: derived from
/// the worker store's id and the record's own id, so that a later share of
/// the same record lands on the same caseload record, and a share from
/// another store can never reach it.
pub fn caseload_id(worker_store: &str, what: &str, id: &uuid::Uuid) -> uuid::Uuid {
    let mut input = Vec::with_capacity(64);
    input.extend_from_slice(b"doctrack caseload id 1\0");
    input.extend_from_slice(worker_store.as_bytes());
    input.push(0);
    input.extend_from_slice(what.as_bytes());
    input.push(0);
    input.extend_from_slice(id.as_bytes());
    let digest = ring::digest::digest(&ring::digest::SHA256, &input);
    let mut raw = [0u8; 16];
    raw.copy_from_slice(&digest.as_ref()[..16]);
    uuid::Builder::from_random_bytes(raw).into_uuid()
}
