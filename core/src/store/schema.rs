//! Schema versions and migrations (`PRAGMA user_version`).
//!
//! Each version has a SQL file and, where needed, a Rust data step that runs
//! in the same transaction (it may decrypt and re-tokenise records). A
//! database newer than [`CURRENT_VERSION`] is refused before anything is
//! written; one whose `user_version` does not match the tables it has (a
//! damaged header) is `StorageCorrupt`, and no migration runs. Before
//! upgrading an older one, the file is copied (at most
//! [`MAX_MIGRATION_COPIES`] copies per version).

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::rows::bytes;
use super::sealed::{
    attachments_by_owner, holder_token, number_token, seal_counts, DocCounts, COUNTS_AAD,
};
use crate::crypto::{LookupPurpose, Purpose};
use crate::domain::DocumentRecord;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// The schema version this code writes.
pub const CURRENT_VERSION: i64 = 11;
/// The first version whose key slots carry a checksum.
pub(crate) const CHECKSUM_VERSION: i64 = 4;
/// Copies kept of a store before migrating it from one version; further
/// attempts (after a failed migration) reuse the newest copy.
pub const MAX_MIGRATION_COPIES: usize = 3;

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
    Migration {
        version: 4,
        sql: include_str!("migrations/004_log_head.sql"),
        step: Some(fill_schema_4),
    },
    Migration {
        version: 5,
        sql: include_str!("migrations/005_reminders.sql"),
        step: None,
    },
    Migration {
        version: 6,
        sql: include_str!("migrations/006_rule_pack.sql"),
        step: None,
    },
    Migration {
        version: 7,
        sql: include_str!("migrations/007_rules_used.sql"),
        step: None,
    },
    Migration {
        version: 8,
        sql: include_str!("migrations/008_store_identity.sql"),
        step: None,
    },
    Migration {
        version: 9,
        sql: include_str!("migrations/009_document_holder_tokens.sql"),
        step: Some(fill_holder_tokens),
    },
    Migration {
        version: 10,
        sql: include_str!("migrations/010_attachment_chunks_rowid.sql"),
        step: None,
    },
    Migration {
        version: 11,
        sql: include_str!("migrations/011_compact_records.sql"),
        step: Some(compact_records),
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
        if shape(&tx)? != expected_shape(from)? {
            return Err(StoreError::StorageCorrupt(
                "the schema version does not match the tables in the file",
            ));
        }
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

/// The shape of a schema: every table with its columns, every index with
/// its table and columns, every trigger with its table. Constraint text is
/// left out, so damage there does not matter; names and columns do.
fn shape(conn: &Connection) -> StoreResult<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let objects: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (kind, name, table) in objects {
        let columns: Vec<String> = match kind.as_str() {
            "table" => conn
                .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
                .query_map([&name], |r| r.get(0))?
                .collect::<Result<_, _>>()?,
            "index" => conn
                .prepare("SELECT coalesce(name, '') FROM pragma_index_info(?1) ORDER BY seqno")?
                .query_map([&name], |r| r.get(0))?
                .collect::<Result<_, _>>()?,
            _ => Vec::new(),
        };
        out.push(format!("{kind} {name} on {table}: {}", columns.join(",")));
    }
    Ok(out)
}

/// The shape a store of `version` has: the migration SQL up to it, applied
/// to an empty in-memory database.
fn expected_shape(version: i64) -> StoreResult<Vec<String>> {
    let conn = Connection::open_in_memory()?;
    for m in MIGRATIONS.iter().filter(|m| m.version <= version) {
        conn.execute_batch(m.sql)?;
    }
    shape(&conn)
}

/// Reads `user_version` and checks it against the tables that exist, in
/// one read transaction, before anything is written: newer than this code
/// is `NewerVersion`; a version whose tables are not the ones present (a
/// damaged header, another program's database) is `StorageCorrupt`.
pub(crate) fn checked_version(conn: &Connection) -> StoreResult<i64> {
    const DAMAGED: &str = "the schema cannot be read";
    let damaged = |e| StoreError::corrupt_unless_transient(e, DAMAGED);
    let tx = conn.unchecked_transaction().map_err(damaged)?;
    let version = user_version(&tx)?;
    if version > CURRENT_VERSION {
        return Err(StoreError::NewerVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    if version < 1 {
        return Err(StoreError::StorageCorrupt("not a doctrack store"));
    }
    let found = shape(&tx).map_err(|e| match e {
        StoreError::Database(_) => StoreError::StorageCorrupt(DAMAGED),
        other => other,
    })?;
    if found != expected_shape(version)? {
        return Err(StoreError::StorageCorrupt(
            "the schema version does not match the tables in the file",
        ));
    }
    tx.commit()?;
    Ok(version)
}

/// Copies the database to `<path>.v<version>.bak` (or `.v<version>-<n>.bak`
/// if that exists) with `VACUUM INTO`, before a migration. Never
/// overwrites; when [`MAX_MIGRATION_COPIES`] copies of this version exist
/// (earlier attempts that did not finish), the newest is reused instead of
/// writing yet another copy with the old key slots.
pub(crate) fn copy_before_migration(
    conn: &Connection,
    path: &Path,
    version: i64,
) -> StoreResult<PathBuf> {
    let name = |n: usize| {
        if n == 0 {
            super::sibling(path, &format!(".v{version}.bak"))
        } else {
            super::sibling(path, &format!(".v{version}-{n}.bak"))
        }
    };
    let Some(candidate) = (0..MAX_MIGRATION_COPIES)
        .map(name)
        .find(|c| !c.try_exists().unwrap_or(true))
    else {
        return Ok(name(MAX_MIGRATION_COPIES - 1));
    };
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
/// Calls `f` with the id and record of every document whose sealed record
/// opens (others are left for the readers to report).
fn each_readable_document(
    tx: &Transaction<'_>,
    keys: &Keys,
    mut f: impl FnMut(&str, &DocumentRecord) -> StoreResult<()>,
) -> StoreResult<()> {
    type Row = (Option<Vec<u8>>, Option<Vec<u8>>);
    let rows: Vec<Row> = {
        let mut stmt = tx.prepare("SELECT id, sealed FROM documents NOT INDEXED")?;
        let mapped = stmt.query_map([], |r| Ok((bytes(r, 0)?, bytes(r, 1)?)))?;
        mapped.collect::<Result<_, _>>()?
    };
    for (id, sealed) in rows {
        let (Some(id), Some(sealed)) = (id.and_then(|b| String::from_utf8(b).ok()), sealed) else {
            continue;
        };
        let Ok(record) = keys.open::<DocumentRecord>(
            Purpose::Record,
            "documents",
            &id,
            &sealed,
            RecordKind::Document,
        ) else {
            continue;
        };
        f(&id, &record)?;
    }
    Ok(())
}

/// Data step of schema 2: the lookup token of each document's number.
fn fill_number_tokens(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    each_readable_document(tx, keys, |id, record| {
        let token = number_token(keys, &record.document.number);
        tx.execute(
            "UPDATE documents SET number_token = ?1 WHERE id = ?2",
            params![token.as_ref().map(|t| t.as_slice()), id],
        )?;
        Ok(())
    })
}

/// Data step of schema 9: the lookup token of each document's holder.
fn fill_holder_tokens(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    each_readable_document(tx, keys, |id, record| {
        let token = holder_token(keys, record.document.holder);
        tx.execute(
            "UPDATE documents SET holder_token = ?1 WHERE id = ?2",
            params![token.as_slice(), id],
        )?;
        Ok(())
    })
}

/// One sealed column of a table (its rows have an `id`).
pub(crate) struct SealedColumn {
    pub(crate) table: &'static str,
    pub(crate) column: &'static str,
    pub(crate) purpose: Purpose,
    /// The table named in the authenticated data.
    pub(crate) aad_table: &'static str,
    pub(crate) kind: RecordKind,
}

impl SealedColumn {
    /// The events' sealed column.
    pub(crate) const EVENTS: SealedColumn = SealedColumn {
        table: "events",
        column: "sealed",
        purpose: Purpose::Event,
        aad_table: "events",
        kind: RecordKind::Event,
    };
}

/// Opens every row's `col` as `T` and seals it again (the current,
/// compact encoding) under the same authenticated data. Rows that do not
/// open are left untouched, for the readers to report.
fn reseal<T: super::encoding::Stored>(
    tx: &Transaction<'_>,
    keys: &Keys,
    col: &SealedColumn,
) -> StoreResult<()> {
    let select = format!("SELECT rowid, id, {} FROM {}", col.column, col.table);
    let update = format!(
        "UPDATE {} SET {} = ?1 WHERE rowid = ?2",
        col.table, col.column
    );
    let mut rows = tx.prepare(&select)?;
    let mut rows = rows.query([])?;
    let mut write = tx.prepare(&update)?;
    let mut buf = crate::crypto::PlainBuf::new();
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let (Some(id), Some(sealed)) = (bytes(r, 1)?, bytes(r, 2)?) else {
            continue;
        };
        let Ok(id) = String::from_utf8(id) else {
            continue;
        };
        let Ok(value) =
            keys.open_in::<T>(col.purpose, col.aad_table, &id, &sealed, col.kind, &mut buf)
        else {
            continue;
        };
        let again = keys.seal(col.purpose, col.aad_table, &id, &value)?;
        write.execute(params![again, rowid])?;
    }
    Ok(())
}

/// The sealed columns that schema 11 re-seals in the compact form
/// (docs/adr/0030), in the order of [`compact_records`].
pub(crate) const COMPACTED: [SealedColumn; 3] = [
    SealedColumn {
        table: "documents",
        column: "sealed",
        purpose: Purpose::Record,
        aad_table: "documents",
        kind: RecordKind::Document,
    },
    SealedColumn {
        table: "documents",
        column: "counts",
        purpose: Purpose::Record,
        aad_table: COUNTS_AAD,
        kind: RecordKind::Document,
    },
    SealedColumn {
        table: "people",
        column: "sealed",
        purpose: Purpose::Record,
        aad_table: "people",
        kind: RecordKind::Person,
    },
];

/// Data step of schema 11: every readable document record, its counts and
/// every person's record re-sealed in the compact form (docs/adr/0030).
fn compact_records(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    let [documents, counts, people] = &COMPACTED;
    reseal::<DocumentRecord>(tx, keys, documents)?;
    reseal::<DocCounts>(tx, keys, counts)?;
    reseal::<crate::domain::commands::PersonRecord>(tx, keys, people)
}

/// Data step of schema 4: key-slot checksums, sealed attachment counts of
/// documents, the chain of existing events and the log head. Needs no
/// decryption, so damaged records do not stop the upgrade.
fn fill_schema_4(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    let slots: Vec<(i64, [Option<Vec<u8>>; 4])> = {
        let mut stmt = tx.prepare("SELECT rowid, id, kind, params, wrapped FROM key_slots")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                [bytes(r, 1)?, bytes(r, 2)?, bytes(r, 3)?, bytes(r, 4)?],
            ))
        })?;
        rows.collect::<Result<_, _>>()?
    };
    for (rowid, [id, kind, params, wrapped]) in slots {
        if let (Some(id), Some(kind), Some(params), Some(wrapped)) = (id, kind, params, wrapped) {
            let sum = super::slots::checksum(&id, &kind, &params, &wrapped);
            tx.execute(
                "UPDATE key_slots SET checksum = ?1 WHERE rowid = ?2",
                params![sum.as_slice(), rowid],
            )?;
        }
    }
    let owners = attachments_by_owner(tx)?;
    let docs: Vec<(i64, Option<Vec<u8>>)> = {
        let mut stmt = tx.prepare("SELECT rowid, id FROM documents NOT INDEXED")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, bytes(r, 1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (rowid, id) in docs {
        let Some(id) = id.and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        let token = keys.token(LookupPurpose::AttachmentOwner, id.as_bytes());
        let counts = DocCounts {
            attachments: owners.get(token.as_slice()).copied().unwrap_or(0),
        };
        tx.execute(
            "UPDATE documents SET counts = ?1 WHERE rowid = ?2",
            params![seal_counts(keys, &id, counts)?, rowid],
        )?;
    }
    super::log_head::fill_chain_and_head(tx, keys)
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
