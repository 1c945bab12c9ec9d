//! The rules this store was last evaluated with (docs/adr/0023): one sealed
//! row holding the rule set's identity (`set@version`) and the rules in the
//! form they came in (compiled, or the signed pack file), so that when the rules in use change — also after an app update
//! brought newer bundled rules — the old rules are still there to compare
//! with. A row that does not open (damaged, or put back from another store)
//! reads as none: the next comparison starts afresh and nothing wrong is
//! shown, only no notice for that change.

use super::rows::bytes;
use super::Store;
use super::{RecordKind, StoreError, StoreResult};
use crate::crypto::Purpose;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

const TABLE: &str = "rules_used";
const ROW: &str = "1";
const RECORD_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct UsedRecord {
    v: u32,
    identity: String,
    /// Compiled rules (`rules::compiled::write_bundle`), hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    bundle: Option<String>,
    /// A rule pack file as installed (UTF-8 text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pack: Option<String>,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for UsedRecord {}

/// The rules last used, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesUsed {
    /// `set@version`.
    pub identity: String,
    /// The rules, in the form they came in.
    pub rules: UsedRules,
}

/// The form of the rules last used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsedRules {
    /// Compiled rules (those built into the library).
    Bundle(Vec<u8>),
    /// A signed rule pack file (checked when it was installed).
    Pack(Vec<u8>),
}

fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Store {
    /// The rules this store was last evaluated with; none before the first
    /// comparison, after a restore, or when the row does not open.
    pub fn rules_used(&self) -> StoreResult<Option<RulesUsed>> {
        let sealed: Option<Option<Vec<u8>>> = self
            .conn
            .query_row("SELECT sealed FROM rules_used WHERE id = 1", [], |r| {
                bytes(r, 0)
            })
            .optional()?;
        let Some(Some(sealed)) = sealed else {
            return Ok(None);
        };
        let record: UsedRecord =
            match self
                .keys
                .open(Purpose::Record, TABLE, ROW, &sealed, RecordKind::Meta)
            {
                Ok(r) => r,
                Err(_) => return Ok(None),
            };
        if record.v != RECORD_VERSION {
            return Ok(None);
        }
        let rules = match (record.bundle, record.pack) {
            (Some(hex), None) => from_hex(&hex).map(UsedRules::Bundle),
            (None, Some(text)) => Some(UsedRules::Pack(text.into_bytes())),
            _ => None,
        };
        Ok(rules.map(|rules| RulesUsed {
            identity: record.identity,
            rules,
        }))
    }

    /// Records the rules now in use.
    pub fn save_rules_used(&mut self, identity: &str, rules: &UsedRules) -> StoreResult<()> {
        let (bundle, pack) = match rules {
            UsedRules::Bundle(bytes) => (Some(to_hex(bytes)), None),
            UsedRules::Pack(bytes) => (
                None,
                Some(
                    String::from_utf8(bytes.clone()).map_err(|_| StoreError::Invalid {
                        field: "rules",
                        reason: "a rule pack is UTF-8 text",
                    })?,
                ),
            ),
        };
        let record = UsedRecord {
            v: RECORD_VERSION,
            identity: identity.to_string(),
            bundle,
            pack,
        };
        let sealed = self.keys.seal(Purpose::Record, TABLE, ROW, &record)?;
        self.conn.execute(
            "INSERT INTO rules_used (id, sealed) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            params![sealed],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_odd_text() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(from_hex(&to_hex(&bytes)).as_deref(), Some(&bytes[..]));
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
    }
}
