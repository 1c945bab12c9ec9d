//! The store workload of issue 14 on doctrack's store and on plain rusqlite
//! with an equivalent schema (no encryption), in the same process: 100
//! people, 1,000 documents with their events; read all; change 10 % (one
//! transaction each); the dashboard for one date. The SQLCipher peer runs
//! the same code from `bench/sqlcipher/` (kept out of the normal build).
//!
//! `cargo bench -p doctrack-core --bench store_workload`; `scripts/bench.sh`
//! puts the medians in `bench-results/results.md`.

#[path = "../../bench/common/workload.rs"]
mod workload;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use std::time::Duration;
use workload::{Peer, Records, WORKLOAD_PEOPLE};

fn store_workload(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = workload::doctrack_store(
        &dir.path().join("doctrack.db"),
        workload::raw_slot(),
        WORKLOAD_PEOPLE,
    );
    let records = Records::of(&app);
    assert_eq!(records.documents.len(), WORKLOAD_PEOPLE * 10);
    let reports = records.reports();
    let mut plain = Peer::open(&dir.path().join("plain.db"), None);
    plain.load(&records);

    let mut group = c.benchmark_group("store_workload");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("read_all_plain", |b| b.iter(|| plain.read_all()));
    group.bench_function("read_all_doctrack", |b| {
        b.iter(|| workload::doctrack_read_all(&app))
    });
    group.bench_function("dashboard_plain", |b| b.iter(|| plain.dashboard(&app)));
    group.bench_function("dashboard_doctrack", |b| {
        b.iter(|| workload::doctrack_dashboard(&app))
    });
    // Changes make the stores grow: the same number of rounds on each.
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.bench_function("change_10pct_plain", |b| b.iter(|| plain.change(&reports)));
    group.bench_function("change_10pct_doctrack", |b| {
        b.iter(|| workload::doctrack_change(&mut app, &reports))
    });
    group.finish();
}

criterion_group!(benches, store_workload);
criterion_main!(benches);
