//! The tamper matrix (issue 24): a closed store is edited with SQL in each
//! of the ways an attacker with the file can — a table put back from an
//! older copy of the same store, two rows' sealed values or tokens swapped,
//! a token replaced or removed, a row duplicated under another id, a row
//! deleted — and then *every* read path is asked. Each answer must be the
//! right one (the same as before the edit) or a typed error (`Integrity`,
//! `IndexDamaged`, `StorageCorrupt`); a listing may also hold records back
//! as unreadable, as long as what it shows is right. Never a wrong answer
//! without saying so: not an old state, not a missing record, not "not
//! found" for something that exists.
//!
//! Only tables that hold personal data or what is derived from it are
//! edited here; the key slots, the log head and whole-file rollback have
//! their own tests (store_typed_errors, store_tamper, store_rollback_anchor).

mod common;

use common::{d, fast_passphrase, populate_rich};
use doctrack_core::crypto::Secret;
use doctrack_core::domain::{
    AttachmentId, CancelReason, DocumentChange, DocumentId, DocumentKind, PersonId,
};
use doctrack_core::store::{Listing, Store, StoreError};
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::path::{Path, PathBuf};

const PASS: &str = "matrix passphrase";

/// The pristine store: its file, and a copy of the same store from before
/// its last writes (for "a table put back from an older copy").
struct Pristine {
    _dir: tempfile::TempDir,
    path: PathBuf,
    older: PathBuf,
}

fn pristine() -> Pristine {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let mut store = Store::create(&path, fast_passphrase(PASS)).unwrap();
    let photo_docs = populate_rich(&mut store);
    store.close().unwrap();
    let older = dir.path().join("older.db");
    std::fs::copy(&path, &older).unwrap();
    // The writes the older copy does not have: a cancellation, a rename, a
    // new document, a photo deleted.
    let mut store = Store::open(&path, &Secret::passphrase(PASS)).unwrap();
    let passport = photo_docs[0];
    let holder = store.document(passport).unwrap().document.holder;
    let permit = common::record(
        &mut store,
        holder,
        DocumentKind::WorkPermit,
        "WP-MATRIX",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    );
    store
        .change_document(
            permit.document.id,
            DocumentChange::Cancelled {
                reason: CancelReason::Revoked,
            },
            d(2026, 7, 1),
        )
        .unwrap();
    let person = store
        .people()
        .unwrap()
        .items
        .iter()
        .find(|r| !r.archived)
        .unwrap()
        .person
        .id;
    store
        .update_person(
            person,
            doctrack_core::domain::PersonUpdate {
                display_name: Some("Renamed Worker".into()),
                ..Default::default()
            },
            d(2026, 7, 2),
        )
        .unwrap();
    // Two documents with the same number (a card replaced under its
    // number): the number lookup must find both or say it cannot.
    for issued in [d(2023, 1, 1), d(2024, 1, 1)] {
        common::record(
            &mut store,
            holder,
            DocumentKind::PinkCard,
            "SHARED-1",
            issued,
            Some(d(2027, 1, 1)),
        );
    }
    let photo = store.attachments(photo_docs[1]).unwrap()[0].id;
    store.delete_attachment(photo, d(2026, 7, 3)).unwrap();
    store.check_integrity().unwrap();
    store.close().unwrap();
    Pristine {
        _dir: dir,
        path,
        older,
    }
}

/// One read's outcome, as text to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    /// The value (Debug text).
    Value(String),
    /// A listing: the records shown and how many were held back.
    Listed(BTreeSet<String>, usize),
    /// A typed error that says the store is damaged or tampered with.
    Typed(String),
    /// Any other error (for a read that worked before: a wrong answer).
    Other(String),
}

fn answer<T: Debug>(r: Result<T, StoreError>) -> Answer {
    match r {
        Ok(v) => Answer::Value(format!("{v:?}")),
        Err(e) => error(e),
    }
}

fn listed<T: Debug>(r: Result<Listing<T>, StoreError>) -> Answer {
    match r {
        Ok(l) => Answer::Listed(
            l.items.iter().map(|i| format!("{i:?}")).collect(),
            l.unreadable.len(),
        ),
        Err(e) => error(e),
    }
}

/// The snapshot the dashboard is made from, as a listing: what it holds,
/// and how many records it held back as unreadable. By design (queries.rs)
/// the documents of a person whose own record is unreadable are kept, so
/// that a damaged person never hides deadlines; they are left out of the
/// comparison (the snapshot itself reports their holder as unreadable),
/// everything else must be as before.
fn snapshot(store: &Store) -> Answer {
    match store.snapshot() {
        Ok(s) => {
            let damaged: BTreeSet<String> = s
                .unreadable
                .iter()
                .filter(|u| u.kind == doctrack_core::store::RecordKind::Person)
                .map(|u| u.id.clone())
                .collect();
            let of_damaged: BTreeSet<DocumentId> = s
                .documents
                .iter()
                .filter(|d| damaged.contains(&d.holder.to_string()))
                .map(|d| d.id)
                .collect();
            let mut shown = BTreeSet::new();
            shown.extend(s.people.iter().map(|x| format!("{x:?}")));
            shown.extend(s.records.iter().map(|x| format!("{x:?}")));
            shown.extend(
                s.documents
                    .iter()
                    .filter(|d| !of_damaged.contains(&d.id))
                    .map(|x| format!("{x:?}")),
            );
            shown.extend(
                s.events
                    .iter()
                    .filter(|e| !of_damaged.contains(&e.document))
                    .map(|x| format!("{x:?}")),
            );
            Answer::Listed(shown, s.unreadable.len())
        }
        Err(e) => error(e),
    }
}

fn error(e: StoreError) -> Answer {
    match e {
        StoreError::Integrity(_) | StoreError::IndexDamaged(_) | StoreError::StorageCorrupt(_) => {
            Answer::Typed(format!("{e:?}"))
        }
        e => Answer::Other(format!("{e:?}")),
    }
}

/// Every read path, by name, with its answer (the ids asked for are the
/// untouched store's, so every store is asked the same questions).
fn read_all(
    store: &Store,
    people: &[PersonId],
    docs: &[DocumentId],
    photos: &[AttachmentId],
) -> BTreeMap<String, Answer> {
    let mut out = BTreeMap::new();
    out.insert("people".to_string(), listed(store.people()));
    out.insert("documents".to_string(), listed(store.documents()));
    out.insert("events".to_string(), listed(store.events()));
    out.insert("snapshot".to_string(), snapshot(store));
    for p in people {
        out.insert(format!("person {p}"), answer(store.person(*p)));
    }
    for id in docs {
        out.insert(format!("document {id}"), answer(store.document(*id)));
        out.insert(format!("history {id}"), answer(store.history(*id)));
        out.insert(format!("photos {id}"), answer(store.attachments(*id)));
    }
    for id in photos {
        out.insert(format!("photo {id}"), answer(store.attachment(*id)));
        out.insert(
            format!("photo bytes {id}"),
            answer(store.attachment_bytes(*id).map(|b| b.len())),
        );
    }
    for number in [
        "MA 100 200",
        "WP-MATRIX",
        "SHARED-1",
        "MA 999",
        "V-12",
        "nothing-like-it",
    ] {
        out.insert(
            format!("find {number}"),
            answer(store.find_by_number(number).map(|mut v| {
                v.sort();
                v
            })),
        );
    }
    out.insert("backup export".to_string(), backup_roundtrip(store));
    out
}

/// Export, then restore into a scratch store: the backup must hold exactly
/// what the store holds (people and documents as listed).
fn backup_roundtrip(store: &Store) -> Answer {
    let mut bytes = Vec::new();
    if let Err(e) = store.export_backup(
        &mut bytes,
        "backup passphrase",
        doctrack_core::crypto::KdfParams::insecure_fast_for_tests(),
    ) {
        return error(e);
    }
    let dir = tempfile::tempdir().unwrap();
    let restored = Store::restore_backup(
        bytes.as_slice(),
        "backup passphrase",
        dir.path().join("r.db"),
        fast_passphrase("r"),
        Default::default(),
    );
    match restored {
        Ok((r, _)) => Answer::Value(format!(
            "{:?} {:?}",
            listed(r.people()),
            listed(r.documents())
        )),
        Err(e) => Answer::Other(format!("restore of the export failed: {e:?}")),
    }
}

/// Everything the edited tables hold, as text (to tell an edit that changed
/// nothing, e.g. two equal tokens swapped).
fn content(conn: &Connection) -> rusqlite::Result<String> {
    let mut out = String::new();
    for (table, columns) in [
        ("people", "id, hex(sealed)"),
        (
            "documents",
            "id, hex(sealed), hex(number_token), hex(counts)",
        ),
        (
            "events",
            "seq, id, hex(subject_token), hex(sealed), hex(chain)",
        ),
        ("attachments", "id, hex(owner_token), hex(sealed_meta)"),
        ("attachment_chunks", "attachment_id, idx, hex(sealed)"),
    ] {
        let mut stmt =
            conn.prepare(&format!("SELECT {columns} FROM main.{table} ORDER BY 1, 2"))?;
        let n = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i)?;
                out.push_str(&format!("{v:?}|"));
            }
            out.push('\n');
        }
    }
    Ok(out)
}

/// Runs `sql` on the closed store with the append-only triggers lifted (an
/// attacker can) and put back exactly as they were (so the schema stays what
/// doctrack wrote), the older copy attached as `old`. Whether the edit
/// changed anything.
fn edit(path: &Path, older: &Path, sql: &str) -> Result<bool, String> {
    let conn = Connection::open(path).map_err(|e| e.to_string())?;
    let e = |e: rusqlite::Error| e.to_string();
    conn.execute_batch("PRAGMA foreign_keys = OFF;")
        .map_err(e)?;
    conn.execute("ATTACH DATABASE ?1 AS old", [older.to_str().unwrap()])
        .map_err(e)?;
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM main.sqlite_schema WHERE type = 'trigger'")
        .map_err(e)?
        .query_map([], |r| r.get(0))
        .map_err(e)?
        .collect::<Result<_, _>>()
        .map_err(e)?;
    conn.execute_batch("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;")
        .map_err(e)?;
    let before = content(&conn).map_err(e)?;
    conn.execute_batch(sql).map_err(e)?;
    let changed = content(&conn).map_err(e)? != before;
    conn.execute_batch("DETACH DATABASE old;").map_err(e)?;
    for t in triggers {
        conn.execute_batch(&t).map_err(e)?;
    }
    Ok(changed)
}

/// Which rows of `table` an edit is made at: every row of the small
/// tables, the first, a middle and the last of the event log.
fn offsets(rows: &BTreeMap<&str, usize>, table: &str) -> Vec<usize> {
    let n = rows[table];
    if table == "events" {
        vec![0, n / 2, n.saturating_sub(2)]
    } else {
        (0..n.saturating_sub(1).max(1)).collect()
    }
}

/// The edits: a description and its SQL. `rows`: how many rows each table
/// holds.
fn edits(rows: &BTreeMap<&str, usize>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    // Each table put back from the older copy of the same store.
    for table in [
        "people",
        "documents",
        "events",
        "attachments",
        "attachment_chunks",
    ] {
        out.push((
            format!("{table} rolled back to an older copy"),
            format!(
                "DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM old.{table};"
            ),
        ));
    }
    // Each sealed or token column: two neighbouring rows swapped, and one
    // row's value replaced, at every row (of the log: at three places).
    for (table, key, column) in [
        ("people", "id", "sealed"),
        ("documents", "id", "sealed"),
        ("documents", "id", "counts"),
        ("documents", "id", "number_token"),
        ("events", "seq", "subject_token"),
        ("events", "seq", "sealed"),
        ("attachments", "id", "owner_token"),
        ("attachments", "id", "sealed_meta"),
    ] {
        for k in offsets(rows, table) {
            out.push((
                format!("{table}.{column} swapped between rows {k} and {}", k + 1),
                format!(
                    "CREATE TEMP TABLE pick AS SELECT {key} AS k, {column} AS v FROM main.{table} ORDER BY {key} LIMIT 2 OFFSET {k};
                     UPDATE main.{table} SET {column} = (SELECT v FROM pick WHERE k <> main.{table}.{key})
                       WHERE {key} IN (SELECT k FROM pick);"
                ),
            ));
            out.push((
                format!("{table}.{column} replaced in row {k}"),
                format!(
                    "UPDATE main.{table} SET {column} = randomblob(coalesce(length({column}), 32))
                       WHERE {key} = (SELECT {key} FROM main.{table} ORDER BY {key} LIMIT 1 OFFSET {k});"
                ),
            ));
        }
    }
    // Tokens removed or replaced.
    out.push((
        "a document's number token removed".into(),
        "UPDATE documents SET number_token = NULL WHERE id = (SELECT id FROM documents WHERE number_token IS NOT NULL ORDER BY id LIMIT 1);".into(),
    ));
    for (what, value) in [("removed", "NULL"), ("replaced", "randomblob(32)")] {
        out.push((
            format!("the number token of one of two documents sharing a number {what}"),
            format!(
                "UPDATE documents SET number_token = {value} WHERE id = (SELECT id FROM documents
                   WHERE number_token IN (SELECT number_token FROM documents GROUP BY number_token HAVING count(*) = 2)
                   ORDER BY id LIMIT 1);"
            ),
        ));
    }
    out.push((
        "every number token removed".into(),
        "UPDATE documents SET number_token = NULL;".into(),
    ));
    out.push((
        "a document's counts removed".into(),
        "UPDATE documents SET counts = NULL WHERE counts IS NOT NULL;".into(),
    ));
    // Rows deleted: at every row (of the log: at three places).
    for (table, key) in [
        ("people", "id"),
        ("documents", "id"),
        ("events", "seq"),
        ("attachments", "id"),
        ("attachment_chunks", "attachment_id"),
    ] {
        for k in offsets(rows, table) {
            out.push((
                format!("{table} row {k} deleted"),
                format!("DELETE FROM {table} WHERE {key} = (SELECT {key} FROM {table} ORDER BY {key} LIMIT 1 OFFSET {k});"),
            ));
        }
    }
    // Rows duplicated under another id.
    out.push((
        "a person duplicated under another id".into(),
        "INSERT INTO people (id, sealed) SELECT '00000000-0000-4000-8000-000000000001', sealed FROM people ORDER BY id LIMIT 1;".into(),
    ));
    out.push((
        "a document duplicated under another id".into(),
        "INSERT INTO documents (id, sealed, number_token, counts) SELECT '00000000-0000-4000-8000-000000000002', sealed, number_token, counts FROM documents ORDER BY id LIMIT 1;".into(),
    ));
    out.push((
        "an event duplicated at the end of the log".into(),
        "INSERT INTO events (id, subject_token, sealed, chain) SELECT '00000000-0000-4000-8000-000000000003', subject_token, sealed, chain FROM events ORDER BY seq LIMIT 1;".into(),
    ));
    out.push((
        "an attachment duplicated under another id".into(),
        "INSERT INTO attachments (id, owner_token, sealed_meta) SELECT '00000000-0000-4000-8000-000000000004', owner_token, sealed_meta FROM attachments ORDER BY id LIMIT 1;".into(),
    ));
    out
}

/// Whether `got` is acceptable where the untouched store answered `truth`.
fn acceptable(truth: &Answer, got: &Answer) -> bool {
    match (truth, got) {
        (_, Answer::Typed(_)) => true,
        (t, g) if t == g => true,
        // A listing that holds records back may show fewer, never others.
        (Answer::Listed(all, 0), Answer::Listed(shown, held)) => *held > 0 && shown.is_subset(all),
        _ => false,
    }
}

#[test]
fn every_read_after_every_edit_is_right_or_a_typed_error() {
    let p = pristine();
    let store = Store::open(&p.path, &Secret::passphrase(PASS)).unwrap();
    let people: Vec<PersonId> = store
        .people()
        .unwrap()
        .items
        .iter()
        .map(|r| r.person.id)
        .collect();
    let docs: Vec<DocumentId> = store
        .documents()
        .unwrap()
        .items
        .iter()
        .map(|r| r.document.id)
        .collect();
    let photos: Vec<AttachmentId> = docs
        .iter()
        .flat_map(|d| store.attachments(*d).unwrap())
        .map(|a| a.id)
        .collect();
    assert!(photos.len() >= 2);
    let truth = read_all(&store, &people, &docs, &photos);
    assert!(truth
        .iter()
        .all(|(_, a)| !matches!(a, Answer::Typed(_) | Answer::Other(_))));
    store.close().unwrap();

    let probe = Connection::open(&p.path).unwrap();
    let rows: BTreeMap<&str, usize> = [
        "people",
        "documents",
        "events",
        "attachments",
        "attachment_chunks",
    ]
    .into_iter()
    .map(|t| {
        let n: i64 = probe
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        (t, usize::try_from(n).unwrap())
    })
    .collect();
    drop(probe);

    let mut wrong = Vec::new();
    let mut edits_run = 0;
    let mut caught = 0;
    let mut opened = 0;
    for (what, sql) in edits(&rows) {
        let scratch = tempfile::tempdir().unwrap();
        let path = scratch.path().join("t.db");
        std::fs::copy(&p.path, &path).unwrap();
        match edit(&path, &p.older, &sql) {
            Err(e) => panic!("the edit \"{what}\" could not be made: {e}"),
            // Two equal values swapped (two documents without a number):
            // nothing to see.
            Ok(false) => continue,
            Ok(true) => {}
        }
        edits_run += 1;
        let store = match Store::open(&path, &Secret::passphrase(PASS)) {
            Ok(s) => s,
            Err(e) => {
                match error(e) {
                    Answer::Typed(_) => caught += 1,
                    other => wrong.push(format!("{what}: open answered {other:?}")),
                }
                continue;
            }
        };
        opened += 1;
        let got = read_all(&store, &people, &docs, &photos);
        let mut any_typed = false;
        for (name, t) in &truth {
            let g = &got[name];
            any_typed |=
                matches!(g, Answer::Typed(_)) || matches!(g, Answer::Listed(_, n) if *n > 0);
            if !acceptable(t, g) {
                wrong.push(format!("{what}: {name} answered {g:?}, not {t:?}"));
            }
        }
        // The full check sees every edit.
        if store.check_integrity().is_ok() {
            wrong.push(format!("{what}: check_integrity passed"));
        }
        caught += usize::from(any_typed);
    }
    assert!(edits_run >= 150, "only {edits_run} edits");
    // The reads must really be asked: most edits leave a store that opens.
    assert!(
        opened * 2 >= edits_run,
        "only {opened} of {edits_run} edited stores opened"
    );
    assert!(
        wrong.is_empty(),
        "{} silent wrong answer(s) after {edits_run} edits:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    println!(
        "{edits_run} edits ({opened} opened), {caught} seen by the reads or at open, 0 wrong answers"
    );
}

#[test]
fn the_matrix_tells_a_wrong_answer_from_a_right_one() {
    let all: BTreeSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    let fewer: BTreeSet<String> = ["a"].iter().map(|s| s.to_string()).collect();
    let other: BTreeSet<String> = ["a", "c"].iter().map(|s| s.to_string()).collect();
    let v = |s: &str| Answer::Value(s.into());
    assert!(acceptable(&v("x"), &v("x")));
    assert!(acceptable(&v("x"), &Answer::Typed("Integrity".into())));
    assert!(!acceptable(&v("x"), &v("y")), "an old or changed value");
    assert!(
        !acceptable(&v("x"), &Answer::Other("NotFound".into())),
        "not found"
    );
    assert!(acceptable(
        &Answer::Listed(all.clone(), 0),
        &Answer::Listed(fewer.clone(), 1)
    ));
    assert!(
        !acceptable(&Answer::Listed(all.clone(), 0), &Answer::Listed(fewer, 0)),
        "silently shorter"
    );
    assert!(
        !acceptable(&Answer::Listed(all, 0), &Answer::Listed(other, 1)),
        "a changed record"
    );
}
