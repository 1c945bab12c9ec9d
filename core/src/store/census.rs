//! How many of a store's sealed values are in each encoding (ADR 0030):
//! what the schema-11 migration re-sealed and what it kept as written.

use super::encoding::Encoding;
use super::rows::bytes;
use super::schema::{SealedColumn, COMPACTED};
use super::{Store, StoreResult};
use crate::crypto::{Aad, PlainBuf};

/// How many sealed values of a store are written in each encoding: shows
/// what the schema-11 migration re-sealed and what it kept as written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EncodingCensus {
    /// Records of documents (and their counts) and people in JSON.
    pub records_json: u64,
    /// Those records in the compact form.
    pub records_compact: u64,
    /// Events in JSON (written before schema 11; events are never re-written).
    pub events_json: u64,
    /// Events in the compact form.
    pub events_compact: u64,
    /// Values that did not open or are in neither encoding (the readers
    /// report them as unreadable).
    pub unreadable: u64,
}

impl EncodingCensus {
    fn count(&mut self, found: Option<Encoding>, event: bool) {
        let slot = match (found, event) {
            (None, _) => &mut self.unreadable,
            (Some(Encoding::Json), false) => &mut self.records_json,
            (Some(Encoding::Compact), false) => &mut self.records_compact,
            (Some(Encoding::Json), true) => &mut self.events_json,
            (Some(Encoding::Compact), true) => &mut self.events_compact,
        };
        *slot += 1;
    }
}

impl Store {
    /// Opens every record of a document or person and every event and counts their
    /// encodings ([`EncodingCensus`]). Reads the whole store: for checks
    /// and tests, not for every start.
    pub fn encoding_census(&self) -> StoreResult<EncodingCensus> {
        self.read(|conn| {
            let mut out = EncodingCensus::default();
            let mut buf = PlainBuf::new();
            let columns = COMPACTED.iter().map(|c| (c, false));
            for (col, event) in columns.chain([(&SealedColumn::EVENTS, true)]) {
                let sql = format!("SELECT id, {} FROM {}", col.column, col.table);
                let mut stmt = conn.prepare(&sql)?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    let id = bytes(r, 0)?.and_then(|b| String::from_utf8(b).ok());
                    let found = match (id, bytes(r, 1)?) {
                        (Some(id), Some(sealed)) => {
                            let aad = Aad {
                                purpose: col.purpose,
                                table: col.aad_table,
                                row: &id,
                            };
                            let plain = self.keys.cipher().open_in(aad, &sealed, &mut buf);
                            plain.ok().and_then(Encoding::of)
                        }
                        _ => None,
                    };
                    out.count(found, event);
                }
            }
            Ok(out)
        })
    }
}
