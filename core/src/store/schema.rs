//! Schema versions and migrations (`PRAGMA user_version`).
//!
//! Each version has a SQL file and, where needed, a Rust data step that runs
//! in the same transaction (it may decrypt and re-tokenise records). A
//! database newer than [`CURRENT_VERSION`] is refused before anything is
//! written; before upgrading an older one, the file is copied.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use crate::crypto::{LookupPurpose, Purpose};
use crate::domain::text::normalise_document_number;
use crate::domain::DocumentRecord;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// The schema version this code writes.
pub const CURRENT_VERSION: i64 = 5;

type DataStep = fn(&Transaction<'_>, &Keys) -> StoreResult<()>;

struct Migration {
    version: i64,
    sql: &'static str,
    step: Option<DataStep>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: include_str!("migrations/001_initial.sql"),
        step: None,
    },
    Migration {
        version: 2,
        sql: include_str!("migrations/002_document_number_tokens.sql"),
        step: Some(fill_number_tokens),
    },
    Migration {
        version: 3,
        sql: include_str!("migrations/003_attachments.sql"),
        step: None,
    },
    // Schema 4 (the sealed log head) comes with the store-hardening branch.
    Migration {
        version: 5,
        sql: include_str!("migrations/005_reminders.sql"),
        step: None,
    },
];

/// Reads `PRAGMA user_version`.
pub(crate) fn user_version(conn: &Connection) -> StoreResult<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database to [`CURRENT_VERSION`] in one IMMEDIATE transaction.
/// The version is read again inside the transaction, so two processes
/// opening an old store at once migrate it once. Returns the version found.
pub(crate) fn migrate(conn: &mut Connection, keys: &Keys) -> StoreResult<i64> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let from = user_version(&tx)?;
    if from > CURRENT_VERSION {
        return Err(StoreError::NewerVersion {
            found: from,
            supported: CURRENT_VERSION,
        });
    }
    if from < CURRENT_VERSION {
        migrate_in(&tx, Some(keys), from, CURRENT_VERSION)?;
    }
    tx.commit()?;
    Ok(from)
}

/// Applies migrations after `from` up to `to` (SQL, then the data step) in `tx`.
pub(crate) fn migrate_in(
    tx: &Transaction<'_>,
    keys: Option<&Keys>,
    from: i64,
    to: i64,
) -> StoreResult<()> {
    for m in MIGRATIONS
        .iter()
        .filter(|m| m.version > from && m.version <= to)
    {
        tx.execute_batch(m.sql)?;
        if let Some(step) = m.step {
            match keys {
                Some(keys) => step(tx, keys)?,
                None => {
                    return Err(StoreError::Database(
                        "a data migration needs the unlocked store".into(),
                    ))
                }
            }
        }
    }
    tx.pragma_update(None, "user_version", to)?;
    Ok(())
}

/// Copies the database to `<path>.v<version>.bak` (or `.v<version>-<n>.bak`
/// if that exists) with `VACUUM INTO`, before a migration.
pub(crate) fn copy_before_migration(
    conn: &Connection,
    path: &Path,
    version: i64,
) -> StoreResult<PathBuf> {
    let mut candidate = super::sibling(path, &format!(".v{version}.bak"));
    let mut n = 1;
    while candidate.try_exists().unwrap_or(true) {
        candidate = super::sibling(path, &format!(".v{version}-{n}.bak"));
        n += 1;
        if n > 1000 {
            return Err(StoreError::Io(std::io::ErrorKind::AlreadyExists));
        }
    }
    let target = candidate.to_str().ok_or(StoreError::Invalid {
        field: "path",
        reason: "the store's path must be valid UTF-8 to copy it before a migration",
    })?;
    conn.execute("VACUUM INTO ?1", params![target])?;
    Ok(candidate)
}

/// Data step of schema 2: a lookup token for every document's number. An
/// unreadable document keeps no token (it stays reported as unreadable); it
/// must not stop the whole store from opening.
fn fill_number_tokens(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    let rows: Vec<(String, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT id, sealed FROM documents")?;
        let mapped = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        mapped.collect::<Result<_, _>>()?
    };
    for (id, sealed) in rows {
        let Ok(record) = keys.open::<DocumentRecord>(
            Purpose::Record,
            "documents",
            &id,
            &sealed,
            RecordKind::Document,
        ) else {
            continue;
        };
        let token = number_token(keys, &record.document.number);
        tx.execute(
            "UPDATE documents SET number_token = ?1 WHERE id = ?2",
            params![token.as_ref().map(|t| t.as_slice()), id],
        )?;
    }
    Ok(())
}

/// The lookup token of a document number (none for an empty number).
pub(crate) fn number_token(keys: &Keys, number: &str) -> Option<[u8; 32]> {
    let normalised = normalise_document_number(number);
    (!normalised.is_empty())
        .then(|| keys.token(LookupPurpose::DocumentNumber, normalised.as_bytes()))
}

/// The schema as SQLite describes it (tables, indexes, triggers), sorted:
/// used to check that an upgraded store equals a fresh one.
pub fn describe_schema(conn: &Connection) -> StoreResult<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, COALESCE(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let mut out: Vec<(String, String, String)> = rows.collect::<Result<_, _>>()?;
    // Add the columns as SQLite reports them, so a difference in a column
    // added by ALTER TABLE is seen even where the SQL text hides it.
    for (kind, name, sql) in &mut out {
        if kind == "table" {
            let columns = table_columns(conn, name)?;
            sql.push_str(" | ");
            sql.push_str(&columns);
        }
    }
    Ok(out)
}

fn table_columns(conn: &Connection, table: &str) -> StoreResult<String> {
    let mut stmt = conn.prepare("SELECT name, type, \"notnull\", COALESCE(dflt_value, ''), pk FROM pragma_table_info(?1) ORDER BY cid")?;
    let cols = stmt.query_map([table], |r| {
        Ok(format!(
            "{} {} notnull={} default={} pk={}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?
        ))
    })?;
    Ok(cols.collect::<Result<Vec<_>, _>>()?.join("; "))
}
