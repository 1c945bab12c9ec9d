//! The sealed share, byte by byte (docs/adr/0027):
//!
//! ```text
//! header  "DTSHARE" | version (1) | form (1: file, 2: QR) | recipient key id (8)
//!         | ciphertext length (u32 BE)
//! enc     HPKE encapsulated key (32)
//! ct      HPKE base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
//!         ChaCha20-Poly1305; info "doctrack share 1", aad = header
//! ```
//!
//! The plaintext is `signer public key (32) | Ed25519 signature (64) | body`;
//! the signature covers a context string, the header, the recipient's whole
//! public key and the body, so a share re-sealed to someone else, or with
//! any byte changed, does not verify. Signing inside the ciphertext keeps
//! the worker store's key hidden from everyone but the recipient.
//!
//! The QR form is `DOCTRACK:` followed by the same bytes in base45
//! (RFC 9285), which QR codes hold in their compact alphanumeric mode.

use super::ShareProblem;
use crate::crypto::share_keys::{ShareKem, ShareKey, ShareSecretKey};
use crate::crypto::signing::{PublicKey, SigningKey};
use crate::domain::ShareForm;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use zeroize::Zeroizing;

const MAGIC: &[u8; 7] = b"DTSHARE";
/// The envelope version written and read.
pub const ENVELOPE_VERSION: u8 = 1;
const HEADER_LEN: usize = 7 + 1 + 1 + 8 + 4;
const ENC_LEN: usize = 32;
const SIGNED_PREFIX: usize = 32 + 64;
const INFO: &[u8] = b"doctrack share 1";
const SIGNATURE_CONTEXT: &[u8] = b"doctrack share signature 1\0";
/// What starts the QR text.
pub const QR_PREFIX: &str = "DOCTRACK:";

/// A share opened: who signed it and what it holds (still encoded).
pub(crate) struct Unsealed {
    pub form: ShareForm,
    pub signer: PublicKey,
    pub body: Zeroizing<Vec<u8>>,
}

fn form_byte(form: ShareForm) -> u8 {
    match form {
        ShareForm::File => 1,
        ShareForm::QrCode => 2,
    }
}

fn header(form: ShareForm, recipient: &ShareKey, ct_len: u32) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..7].copy_from_slice(MAGIC);
    h[7] = ENVELOPE_VERSION;
    h[8] = form_byte(form);
    h[9..17].copy_from_slice(&recipient.id());
    h[17..21].copy_from_slice(&ct_len.to_be_bytes());
    h
}

fn signed_message(header: &[u8], recipient: &ShareKey, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNATURE_CONTEXT.len() + header.len() + 32 + body.len());
    m.extend_from_slice(SIGNATURE_CONTEXT);
    m.extend_from_slice(header);
    m.extend_from_slice(recipient.as_bytes());
    m.extend_from_slice(body);
    m
}

/// Random bytes for HPKE's ephemeral key, drawn from the system before
/// sealing so that a failing random source is an error, never a panic.
struct Drawn {
    bytes: Zeroizing<[u8; 64]>,
    used: usize,
    counter: u64,
}

impl Drawn {
    fn new() -> Result<Drawn, ShareProblem> {
        let mut bytes = Zeroizing::new([0u8; 64]);
        crate::crypto::random_bytes(bytes.as_mut()).map_err(|_| ShareProblem::Random)?;
        Ok(Drawn {
            bytes,
            used: 0,
            counter: 0,
        })
    }
}

impl hpke::rand_core::TryRng for Drawn {
    type Error = core::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for out in dst.iter_mut() {
            if self.used == self.bytes.len() {
                // More than drawn (HPKE asks for 32): extend the draw by
                // hashing it with a counter, as a hash DRBG does.
                self.counter += 1;
                let mut input = Zeroizing::new(self.bytes.to_vec());
                input.extend_from_slice(&self.counter.to_be_bytes());
                let next = ring::digest::digest(&ring::digest::SHA512, &input);
                self.bytes.copy_from_slice(next.as_ref());
                self.used = 0;
            }
            *out = self.bytes[self.used];
            self.used += 1;
        }
        Ok(())
    }
}

impl hpke::rand_core::TryCryptoRng for Drawn {}

/// Signs `body` with the worker store's key and seals it to `recipient`.
pub(crate) fn seal(
    form: ShareForm,
    recipient: &ShareKey,
    signer: &SigningKey,
    body: &[u8],
) -> Result<Vec<u8>, ShareProblem> {
    let plain_len = SIGNED_PREFIX + body.len();
    let ct_len = u32::try_from(plain_len + 16).map_err(|_| ShareProblem::TooLargeForQr {
        bytes: plain_len as u64,
        max: u64::from(u32::MAX),
    })?;
    let head = header(form, recipient, ct_len);
    let signature = signer.sign(&signed_message(&head, recipient, body));
    let mut plain = Zeroizing::new(Vec::with_capacity(plain_len));
    plain.extend_from_slice(signer.public_key().as_bytes());
    plain.extend_from_slice(&signature);
    plain.extend_from_slice(body);
    let mut rng = Drawn::new()?;
    let (enc, ct) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, ShareKem>(
        &OpModeS::Base,
        &recipient.hpke().map_err(ShareProblem::from)?,
        INFO,
        &plain,
        &head,
        &mut rng,
    )
    .map_err(|_| ShareProblem::Damaged)?;
    let mut out = Vec::with_capacity(HEADER_LEN + ENC_LEN + ct.len());
    out.extend_from_slice(&head);
    out.extend_from_slice(&enc.to_bytes());
    out.extend_from_slice(&ct);
    Ok(out)
}

/// The share's form, read from its header without opening it.
pub(crate) fn form_of(bytes: &[u8]) -> Option<ShareForm> {
    match bytes.get(8) {
        Some(1) => Some(ShareForm::File),
        Some(2) => Some(ShareForm::QrCode),
        _ => None,
    }
}

/// Opens a share sealed to `key` and checks its signature.
pub(crate) fn open(bytes: &[u8], key: &ShareSecretKey) -> Result<Unsealed, ShareProblem> {
    if bytes.len() < HEADER_LEN {
        let seen = bytes.len().min(MAGIC.len());
        return Err(if seen > 0 && bytes[..seen] == MAGIC[..seen] {
            ShareProblem::Truncated
        } else {
            ShareProblem::NotAShare
        });
    }
    let (head, rest) = bytes.split_at(HEADER_LEN);
    if &head[..7] != MAGIC {
        return Err(ShareProblem::NotAShare);
    }
    if head[7] != ENVELOPE_VERSION {
        return Err(ShareProblem::UnsupportedFormat {
            found: u32::from(head[7]),
        });
    }
    let form = form_of(bytes).ok_or(ShareProblem::Damaged)?;
    let recipient = key.public_key();
    if head[9..17] != recipient.id() {
        let id = crate::crypto::hex(&head[9..17]);
        return Err(ShareProblem::NotForThisKey {
            for_key: id
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    let mut len = [0u8; 4];
    len.copy_from_slice(&head[17..21]);
    let ct_len = u32::from_be_bytes(len) as usize;
    match rest.len().cmp(&(ENC_LEN + ct_len)) {
        std::cmp::Ordering::Less => return Err(ShareProblem::Truncated),
        std::cmp::Ordering::Greater => return Err(ShareProblem::Damaged),
        std::cmp::Ordering::Equal => {}
    }
    let (enc, ct) = rest.split_at(ENC_LEN);
    let enc = <ShareKem as Kem>::EncappedKey::from_bytes(enc).map_err(|_| ShareProblem::Damaged)?;
    let plain = Zeroizing::new(
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, ShareKem>(
            &OpModeR::Base,
            &key.hpke().map_err(ShareProblem::from)?,
            &enc,
            INFO,
            ct,
            head,
        )
        .map_err(|_| ShareProblem::Damaged)?,
    );
    if plain.len() < SIGNED_PREFIX {
        return Err(ShareProblem::Damaged);
    }
    let mut signer = [0u8; 32];
    signer.copy_from_slice(&plain[..32]);
    let signer = PublicKey::from_bytes(signer);
    let signature = &plain[32..SIGNED_PREFIX];
    let body = &plain[SIGNED_PREFIX..];
    if !signer.verifies(&signed_message(head, &recipient, body), signature) {
        return Err(ShareProblem::Damaged);
    }
    Ok(Unsealed {
        form,
        signer,
        body: Zeroizing::new(body.to_vec()),
    })
}

/// The QR text of sealed bytes.
pub(crate) fn to_qr_text(bytes: &[u8]) -> String {
    format!("{QR_PREFIX}{}", base45::encode(bytes))
}

/// The sealed bytes in a QR text (spaces and line breaks a scanner or a
/// messenger added are ignored).
pub(crate) fn from_qr_text(text: &str) -> Result<Vec<u8>, ShareProblem> {
    let text = text.trim();
    let body = text
        .strip_prefix(QR_PREFIX)
        .ok_or(ShareProblem::NotAShare)?;
    let body: String = body.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
    // Three characters carry two bytes: a text cut off mid-group, or one
    // whose end is missing, is incomplete rather than foreign.
    match base45::decode(&body) {
        Ok(bytes) => Ok(bytes),
        Err(_) if body.len() % 3 == 1 => Err(ShareProblem::Truncated),
        Err(_) => Err(ShareProblem::Damaged),
    }
}
