//! The store workload of issue 14 on rusqlite + SQLCipher (raw key, so no
//! key derivation is timed), with the schema and code doctrack's bench
//! uses for its plain peer (`bench/common/workload.rs`).

#[path = "../../common/workload.rs"]
mod workload;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use std::time::Duration;
use workload::{Peer, Records, WORKLOAD_PEOPLE};

fn store_workload(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // The data comes from a doctrack store (here on unkeyed SQLCipher,
    // which is plain SQLite), so every peer holds the same records.
    let app = workload::doctrack_store(
        &dir.path().join("source.db"),
        workload::raw_slot(),
        WORKLOAD_PEOPLE,
    );
    let records = Records::of(&app);
    let reports = records.reports();
    let mut cipher = Peer::open(&dir.path().join("sqlcipher.db"), Some(&workload::raw_key()));
    cipher.load(&records);

    let mut group = c.benchmark_group("store_workload");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("read_all_sqlcipher", |b| b.iter(|| cipher.read_all()));
    group.bench_function("dashboard_sqlcipher", |b| b.iter(|| cipher.dashboard(&app)));
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.bench_function("change_10pct_sqlcipher", |b| {
        b.iter(|| cipher.change(&reports))
    });
    group.finish();
}

criterion_group!(benches, store_workload);
criterion_main!(benches);
