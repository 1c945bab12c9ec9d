//! Reading a column whatever type SQLite reports: one damaged row (an id
//! that is not UTF-8, a blob turned into an integer) is then reported as
//! unreadable instead of failing a whole listing. Used by every reader,
//! the log head included (so it sits below `rows.rs`, which reads the head).

use rusqlite::types::ValueRef;
use rusqlite::Row;

/// A column as bytes: text and blobs give their bytes; any other type (a
/// damaged row) gives `None`.
pub(crate) fn bytes(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Vec<u8>>> {
    Ok(match row.get_ref(idx)? {
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(t.to_vec()),
        _ => None,
    })
}

/// A column as a borrowed slice (valid until the row advances): text and
/// blobs give their bytes; any other type (a damaged row) gives `None`.
pub(crate) fn slice<'a>(row: &'a Row<'_>, idx: usize) -> rusqlite::Result<Option<&'a [u8]>> {
    Ok(match row.get_ref(idx)? {
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(t),
        _ => None,
    })
}
