//! FFI cost (issue 14, row 5), the Rust side: the dashboard for 100
//! documents through the same `DoctrackStore::dashboard` call the Kotlin
//! bindings make (worker thread, conversion to the public records), minus
//! the foreign-language boundary. The Kotlin side
//! (`tests/kotlin/.../DashboardBenchmark.kt`) opens the store this bench
//! leaves at `target/bench-data/ffi-100.db` (raw key `[0x42; 32]`).
//!
//! `cargo bench -p doctrack-ffi --bench ffi_dashboard`.

#[path = "../../bench/common/workload.rs"]
mod workload;

use criterion::{criterion_group, criterion_main, Criterion};
use doctrack_ffi::{open_store, Unlock};
use std::future::Future;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::Thread;
use std::time::Duration;

/// Wakes the thread that waits in [`block_on`].
struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs a future to completion on this thread (what `runBlocking` does in Kotlin).
fn block_on<F: Future>(future: F) -> F::Output {
    let waker = Waker::from(Arc::new(ThreadWaker(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        std::thread::park();
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn ffi_dashboard(c: &mut Criterion) {
    let data = target_dir().join("bench-data");
    std::fs::create_dir_all(&data).expect("target/bench-data");
    let path = data.join("ffi-100.db");
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    // Ten workers with ten documents each.
    workload::doctrack_store(&path, workload::raw_slot(), 10)
        .close()
        .expect("close");
    let unlock = || Unlock::RawKey {
        key: workload::raw_key().to_vec(),
    };
    let store = block_on(open_store(
        path.to_string_lossy().into_owned(),
        unlock(),
        None,
        false,
    ))
    .expect("open");
    let as_of = workload::as_of();
    let mut group = c.benchmark_group("ffi");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("dashboard_100_rust", |b| {
        b.iter(|| block_on(store.dashboard(as_of, 1)).expect("dashboard"))
    });
    group.finish();
    block_on(store.close_store()).expect("close");
}

criterion_group!(benches, ffi_dashboard);
criterion_main!(benches);
