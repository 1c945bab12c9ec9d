//! The store's sharing identity (docs/adr/0027): a random store id and an
//! Ed25519 signing key, in one sealed row made at the first share. Every
//! share the store makes carries the id and is signed with the key, so an
//! organisation can tell that later shares come from the same store and
//! that nothing was changed. Backups carry the row (a restored phone keeps
//! its identity).

use super::rows::bytes;
use super::{RecordKind, Store, StoreError, StoreResult};
use crate::crypto::signing::{PublicKey, SigningKey};
use crate::crypto::{hex, unhex, Purpose};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

const TABLE: &str = "store_identity";
const ROW: &str = "1";
const RECORD_VERSION: u32 = 1;

/// The sealed row (and the portable form a backup carries).
#[derive(Serialize, Deserialize)]
pub(crate) struct IdentityRecord {
    v: u32,
    store_id: String,
    /// The PKCS#8 document, hex.
    pkcs8: String,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for IdentityRecord {}

impl Drop for IdentityRecord {
    fn drop(&mut self) {
        self.pkcs8.zeroize();
    }
}

/// The store's sharing identity.
pub struct StoreIdentity {
    /// Random id of the store (UUID text).
    pub store_id: String,
    key: SigningKey,
}

impl std::fmt::Debug for StoreIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreIdentity")
            .field("store_id", &self.store_id)
            .field("key", &self.key)
            .finish()
    }
}

impl StoreIdentity {
    fn generate() -> StoreResult<StoreIdentity> {
        let key = SigningKey::generate().map_err(|e| StoreError::Crypto(e.to_string()))?;
        Ok(StoreIdentity {
            store_id: uuid::Uuid::new_v4().to_string(),
            key,
        })
    }

    /// The public half of the signing key.
    pub fn public_key(&self) -> PublicKey {
        self.key.public_key()
    }

    /// The signing key.
    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    pub(crate) fn to_record(&self) -> IdentityRecord {
        IdentityRecord {
            v: RECORD_VERSION,
            store_id: self.store_id.clone(),
            pkcs8: hex(self.key.pkcs8()),
        }
    }

    pub(crate) fn from_record(record: &IdentityRecord) -> StoreResult<StoreIdentity> {
        let damaged = || StoreError::Integrity(RecordKind::Meta);
        if record.v != RECORD_VERSION || uuid::Uuid::parse_str(&record.store_id).is_err() {
            return Err(damaged());
        }
        let pkcs8 = Zeroizing::new(unhex(&record.pkcs8).ok_or_else(damaged)?);
        let key = SigningKey::from_pkcs8(pkcs8).map_err(|_| damaged())?;
        Ok(StoreIdentity {
            store_id: record.store_id.clone(),
            key,
        })
    }
}

/// The identity in `conn`, if one was made. A row that does not open is an
/// integrity error: making a new identity would look, to the organisation,
/// like shares from another phone.
pub(crate) fn read_identity(
    conn: &Connection,
    keys: &super::codec::Keys,
) -> StoreResult<Option<StoreIdentity>> {
    let sealed: Option<Option<Vec<u8>>> = conn
        .query_row("SELECT sealed FROM store_identity WHERE id = 1", [], |r| {
            bytes(r, 0)
        })
        .optional()?;
    let Some(sealed) = sealed else {
        return Ok(None);
    };
    let sealed = sealed.ok_or(StoreError::Integrity(RecordKind::Meta))?;
    let record: IdentityRecord =
        keys.open(Purpose::Record, TABLE, ROW, &sealed, RecordKind::Meta)?;
    StoreIdentity::from_record(&record).map(Some)
}

/// Writes the identity (the row must not exist yet).
pub(crate) fn write_identity(
    conn: &Connection,
    keys: &super::codec::Keys,
    identity: &StoreIdentity,
) -> StoreResult<()> {
    let sealed = keys.seal(Purpose::Record, TABLE, ROW, &identity.to_record())?;
    conn.execute(
        "INSERT INTO store_identity (id, sealed) VALUES (1, ?1)",
        params![sealed],
    )?;
    Ok(())
}

impl Store {
    /// The store's sharing identity, if it has shared before.
    pub fn identity(&self) -> StoreResult<Option<StoreIdentity>> {
        read_identity(&self.conn, &self.keys)
    }

    /// The store's sharing identity, made (and kept) at the first call.
    pub fn identity_or_new(&mut self) -> StoreResult<StoreIdentity> {
        if let Some(identity) = self.identity()? {
            return Ok(identity);
        }
        let identity = StoreIdentity::generate()?;
        write_identity(&self.conn, &self.keys, &identity)?;
        Ok(identity)
    }
}
