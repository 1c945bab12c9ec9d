//! Reading columns that damage can reach, and lookups that check themselves.
//!
//! - Columns are read as bytes whatever type SQLite reports, so one damaged
//!   row (an id that is not UTF-8, a blob turned into an integer) is
//!   reported as unreadable instead of failing a whole listing.
//! - A lookup through an index that finds nothing is confirmed by scanning
//!   the table: a row the index lost is [`StoreError::IndexDamaged`], not
//!   `NotFound`. A row that fails its integrity check because the index
//!   pointed at another row is also `IndexDamaged`.
//! - A record with no row at all is `NotFound` only if the sealed log head
//!   counts as many rows as the table has and no event is about it;
//!   otherwise `Integrity` (a deleted row, a table put back).

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use crate::crypto::Purpose;
use rusqlite::{params, Connection, OptionalExtension};

pub(crate) use super::columns::{bytes, slice};

/// A random id as text for reports; a damaged (non-UTF-8) id is shown lossily.
pub(crate) fn id_for_report(id: &[u8]) -> String {
    String::from_utf8_lossy(id).into_owned()
}

/// Whether a row with `id` exists, by scanning the table (not its index).
pub(crate) fn exists_in_table(conn: &Connection, table: &str, id: &str) -> StoreResult<bool> {
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) FROM {table} NOT INDEXED WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// What a lookup by id found.
pub(crate) struct Found {
    /// The table row's rowid.
    pub rowid: i64,
    /// The sealed column (None when damaged).
    pub sealed: Option<Vec<u8>>,
}

/// Finds the row with `id` through the primary-key index. `None` only when
/// a table scan confirms there is no such row.
pub(crate) fn find_by_id(
    conn: &Connection,
    table: &str,
    column: &str,
    id: &str,
    kind: RecordKind,
) -> StoreResult<Option<Found>> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT rowid, {column} FROM {table} WHERE id = ?1"
        ))?
        .query_row([id], |r| {
            Ok(Found {
                rowid: r.get(0)?,
                sealed: bytes(r, 1)?,
            })
        })
        .optional()?;
    match found {
        Some(f) => Ok(Some(f)),
        None if exists_in_table(conn, table, id)? => Err(StoreError::IndexDamaged(kind)),
        None => Ok(None),
    }
}

/// The error for a sealed value at `rowid` that does not open for `id`:
/// the index pointed at another row (`IndexDamaged`), or the row itself is
/// damaged or tampered with (`Integrity`).
pub(crate) fn blame(
    conn: &Connection,
    table: &str,
    rowid: i64,
    id: &str,
    kind: RecordKind,
) -> StoreError {
    let row_id: Option<Option<Vec<u8>>> = conn
        .query_row(
            &format!("SELECT id FROM {table} WHERE rowid = ?1"),
            [rowid],
            |r| bytes(r, 0),
        )
        .optional()
        .ok()
        .flatten();
    match row_id {
        Some(Some(stored)) if stored != id.as_bytes() => StoreError::IndexDamaged(kind),
        _ => StoreError::Integrity(kind),
    }
}

/// Reads and opens the sealed `column` of the row `id` in `table`
/// (`NotFound` when there is no such row).
pub(crate) fn open_by_id<T: super::encoding::Stored>(
    conn: &Connection,
    keys: &Keys,
    purpose: Purpose,
    (table, column, aad_table): (&str, &str, &str),
    id: &str,
    kind: RecordKind,
) -> StoreResult<T> {
    let Some(found) = find_by_id(conn, table, column, id, kind)? else {
        return Err(confirm_absent(conn, keys, table, id, kind));
    };
    let Some(sealed) = found.sealed else {
        return Err(blame(conn, table, found.rowid, id, kind));
    };
    keys.open(purpose, aad_table, id, &sealed, kind)
        .map_err(|_| blame(conn, table, found.rowid, id, kind))
}

/// The error for a record that has no row: `NotFound` only when the store
/// agrees that it does not exist. Its table holds as many rows as the
/// sealed log head counts, and no event of the log is about it; otherwise
/// a row was deleted or its table put back from an older copy, and the
/// answer is `Integrity`, never "not found" (issue 24).
fn confirm_absent(
    conn: &Connection,
    keys: &Keys,
    table: &str,
    id: &str,
    kind: RecordKind,
) -> StoreError {
    let checked = || -> StoreResult<bool> {
        let head = super::log_head::load_head(conn, keys)?;
        let expected = match kind {
            RecordKind::Person => head.people,
            RecordKind::Document => head.documents,
            RecordKind::Attachment => head.attachments,
            _ => return Ok(true),
        };
        if super::log_head::count_rows(conn, table)? != expected {
            return Ok(false);
        }
        if matches!(kind, RecordKind::Person | RecordKind::Document) {
            let token = keys.token(crate::crypto::LookupPurpose::Subject, id.as_bytes());
            if count_in_table(conn, "events", "subject_token", &token)? > 0 {
                return Ok(false);
            }
        }
        Ok(true)
    };
    match checked() {
        Ok(true) => StoreError::NotFound(kind),
        Ok(false) => StoreError::Integrity(kind),
        Err(e) => e,
    }
}

/// Counts rows matching `column = value` by scanning the table itself.
pub(crate) fn count_in_table(
    conn: &Connection,
    table: &str,
    column: &str,
    value: &[u8],
) -> StoreResult<u64> {
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) FROM {table} NOT INDEXED WHERE {column} = ?1"),
        params![value],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The `column` value the table itself holds for `rowid` (not the index's copy).
pub(crate) fn column_at(
    conn: &Connection,
    table: &str,
    column: &str,
    rowid: i64,
) -> StoreResult<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {column} FROM {table} WHERE rowid = ?1"))?
        .query_row([rowid], |r| bytes(r, 0))
        .optional()?
        .flatten())
}
