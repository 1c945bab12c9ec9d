//! Opening a store with each key-slot kind, a typical worker's whole app
//! start, and photo throughput against raw ring AEAD (issue 14, rows 3 and 4).
//!
//! `cargo bench -p doctrack-core --bench open_and_photos`.

#[path = "../../bench/common/workload.rs"]
mod workload;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use doctrack_core::app::App;
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::store::StoreOptions;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use std::time::{Duration, Instant};
use workload::BenchKeystore;
use zeroize::Zeroizing;

/// A photo: 10 MiB.
const PHOTO: usize = 10 * 1024 * 1024;

fn open(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let keystore = BenchKeystore::new();
    let passphrase = "bench passphrase";
    let kinds: [(&str, NewSlot, Secret); 3] = [
        ("raw", workload::raw_slot(), workload::raw_secret()),
        (
            "platform",
            NewSlot::Platform {
                wrapper: keystore.clone(),
            },
            Secret::Platform(keystore.clone()),
        ),
        (
            "passphrase_600k",
            NewSlot::Passphrase {
                passphrase: Zeroizing::new(passphrase.into()),
                kdf: KdfParams::default(),
            },
            Secret::passphrase(passphrase),
        ),
    ];
    let mut group = c.benchmark_group("open");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (name, slot, secret) in kinds {
        // A typical worker: one person, ten documents.
        let path = dir.path().join(format!("{name}.db"));
        workload::doctrack_store(&path, slot, 1)
            .close()
            .expect("close");
        group.bench_function(format!("open_{name}"), |b| {
            b.iter(|| {
                App::open(
                    &path,
                    &secret,
                    StoreOptions::default(),
                    doctrack_core::app::AppConfig::embedded().unwrap(),
                )
                .expect("open")
            })
        });
        if name == "platform" {
            // The whole start after the library is loaded: open with the
            // platform key, read, decrypt, evaluate and plan.
            group.bench_function("app_start_typical_worker_platform", |b| {
                b.iter(|| {
                    let app = App::open(
                        &path,
                        &secret,
                        StoreOptions::default(),
                        doctrack_core::app::AppConfig::embedded().unwrap(),
                    )
                    .expect("open");
                    workload::doctrack_dashboard(&app)
                })
            });
        }
    }
    group.finish();
}

/// Times `work` `iters` times; `undo` runs after each, outside the timing
/// (a photo written is deleted again so the store does not grow).
fn timed_then_undone<S, T>(
    iters: u64,
    state: &mut S,
    mut work: impl FnMut(&mut S) -> T,
    mut undo: impl FnMut(&mut S, T),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let start = Instant::now();
        let out = work(state);
        total += start.elapsed();
        undo(state, out);
    }
    total
}

/// Copies the write-ahead log into the database file (the next write
/// starts the log again from its beginning).
fn checkpoint(conn: &rusqlite::Connection) {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(0))
        .expect("checkpoint");
}

fn photos(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = workload::doctrack_store(&dir.path().join("photos.db"), workload::raw_slot(), 1);
    let document = app.documents().expect("documents").items[0].document.id;
    let photo: Vec<u8> = (0..PHOTO).map(|i| (i * 31 % 251) as u8).collect();
    let stored = app
        .add_photo(
            document,
            "image/jpeg",
            workload::change_day(),
            photo.as_slice(),
        )
        .expect("add a photo");

    // The deletion's own log pages (secure_delete wipes the freed pages)
    // are checkpointed outside the timing too, for doctrack as for plain
    // SQLite, so that a write is not charged with the previous delete.
    let checkpointer =
        rusqlite::Connection::open(dir.path().join("photos.db")).expect("second connection");
    let mut group = c.benchmark_group("photos");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    // doctrack: seal in chunks and write into the store; each photo is
    // deleted again outside the timing so the store does not grow.
    group.bench_function("encrypt_10mb_doctrack", |b| {
        b.iter_custom(|iters| {
            timed_then_undone(
                iters,
                &mut app,
                |app| {
                    app.add_photo(
                        document,
                        "image/jpeg",
                        workload::change_day(),
                        photo.as_slice(),
                    )
                    .expect("add a photo")
                },
                |app, info| {
                    app.delete_photo(
                        info.id,
                        chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date"),
                    )
                    .expect("delete the photo");
                    checkpoint(&checkpointer);
                },
            )
        })
    });
    group.bench_function("decrypt_10mb_doctrack", |b| {
        b.iter(|| app.photo_bytes(stored.id).expect("read the photo"))
    });
    // Raw ring AEAD over the same buffer: one ChaCha20-Poly1305 call, in place.
    let key = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &[9; 32]).expect("a key"));
    group.bench_function("encrypt_10mb_raw_aead", |b| {
        b.iter_batched_ref(
            || photo.clone(),
            |buf| {
                key.seal_in_place_separate_tag(
                    Nonce::assume_unique_for_key([1; 12]),
                    Aad::empty(),
                    buf.as_mut_slice(),
                )
                .expect("seal")
            },
            BatchSize::LargeInput,
        )
    });
    let mut sealed = photo.clone();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key([1; 12]),
        Aad::empty(),
        &mut sealed,
    )
    .expect("seal");
    group.bench_function("decrypt_10mb_raw_aead", |b| {
        b.iter_batched_ref(
            || sealed.clone(),
            |buf| {
                key.open_in_place(
                    Nonce::assume_unique_for_key([1; 12]),
                    Aad::empty(),
                    buf.as_mut_slice(),
                )
                .map(|plain| plain.len())
                .expect("open")
            },
            BatchSize::LargeInput,
        )
    });
    // The disk floor: plain SQLite (same pragmas as the peers of row 1: WAL,
    // synchronous FULL) writing and reading the same bytes unencrypted in
    // rows of the same 64 KiB, one transaction per photo.
    let peer = workload::Peer::open(&dir.path().join("plain-photos.db"), None);
    peer.conn
        .execute_batch(
            "CREATE TABLE IF NOT EXISTS chunks (photo INTEGER NOT NULL, idx INTEGER NOT NULL,
                 bytes BLOB NOT NULL, PRIMARY KEY (photo, idx));",
        )
        .expect("chunks table");
    let write_plain = |photo_id: i64| {
        let tx = peer.conn.unchecked_transaction().expect("begin");
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO chunks (photo, idx, bytes) VALUES (?1, ?2, ?3)")
                .expect("prepare");
            for (i, chunk) in photo.chunks(64 * 1024).enumerate() {
                insert
                    .execute(rusqlite::params![photo_id, i as i64, chunk])
                    .expect("insert");
            }
        }
        tx.commit().expect("commit");
    };
    group.bench_function("encrypt_10mb_plain_sqlite", |b| {
        b.iter_custom(|iters| {
            timed_then_undone(
                iters,
                &mut (),
                |_| write_plain(2),
                |_, ()| {
                    peer.conn
                        .execute("DELETE FROM chunks WHERE photo = 2", [])
                        .expect("delete");
                    checkpoint(&peer.conn);
                },
            )
        })
    });
    write_plain(1);
    group.bench_function("decrypt_10mb_plain_sqlite", |b| {
        b.iter(|| {
            let mut stmt = peer
                .conn
                .prepare_cached("SELECT bytes FROM chunks WHERE photo = 1 ORDER BY idx")
                .expect("prepare");
            let mut out = Vec::with_capacity(PHOTO);
            let mut rows = stmt.query([]).expect("query");
            while let Some(row) = rows.next().expect("row") {
                out.extend_from_slice(row.get_ref(0).expect("bytes").as_blob().expect("blob"));
            }
            out
        })
    });
    group.finish();
}

criterion_group!(benches, open, photos);
criterion_main!(benches);
