//! Scale (issue 14, row 2): open + read + decrypt + evaluate + plan for
//! 100; 1,000; 10,000 and 100,000 documents — time and peak memory.
//!
//! Each size is measured in a fresh child process (this same binary), so
//! its peak resident set size (`VmHWM`) belongs to that size alone. Stores
//! are built once in `/dev/shm` when it exists (no fsync cost) and kept in
//! `target/bench-data/`; `DOCTRACK_SCALE_MAX` caps the largest size.
//!
//! Then the caseload dashboard (issue 27: counts and the 200 most urgent,
//! evaluated person by person) at 10,000 and 100,000 documents — and
//! 1,000,000 with `DOCTRACK_SCALE_MAX=1000000` (the store takes minutes to
//! build) — on one thread and on two.
//!
//! And the per-person detail a caseload opens on demand (one person's
//! dashboard, one document's detail) in the 10,000- and 100,000-document
//! stores.
//!
//! `cargo bench -p doctrack-core --bench scale` prints tables and writes
//! `target/bench-results/scale.json`, `caseload.json` and `detail.json`.

#[path = "../../bench/common/workload.rs"]
mod workload;

use doctrack_core::app::App;
use doctrack_core::store::StoreOptions;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];
/// Caseload sizes (the largest only when `DOCTRACK_SCALE_MAX` allows it).
const CASELOAD_SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
/// Bump when the data `workload::fill` makes changes, to rebuild the stores.
const DATA_VERSION: u32 = 2;

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// Peak and current resident set size of this process, in KiB.
fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// Child: builds a store of `docs` documents at `path`.
fn build(docs: usize, path: &Path) {
    let scratch_root = Path::new("/dev/shm");
    let scratch = if scratch_root.is_dir() {
        tempfile::tempdir_in(scratch_root)
    } else {
        tempfile::tempdir()
    }
    .expect("a scratch folder");
    let tmp = scratch.path().join("store.db");
    workload::doctrack_store(&tmp, workload::raw_slot(), docs / 10)
        .close()
        .expect("close");
    std::fs::copy(&tmp, path).expect("copy the store");
}

/// The benchmark store at `path`, opened with its raw key.
fn open_app(path: &Path) -> App {
    App::open(
        path,
        &workload::raw_secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .expect("open")
}

/// Prints a child's one JSON line: median and fastest of `times` (ms),
/// runs, peak and baseline RSS, documents evaluated, and `extra` fields.
fn print_runs(mut times: Vec<f64>, baseline: u64, documents: u64, extra: &str) {
    times.sort_by(f64::total_cmp);
    let (peak, _) = rss_kib();
    println!(
        "{{\"median_ms\":{:.3},\"min_ms\":{:.3},\"runs\":{},\"peak_rss_kib\":{peak},\"baseline_rss_kib\":{baseline},\"evaluated\":{documents}{extra}}}",
        times[times.len() / 2],
        times[0],
        times.len()
    );
}

/// Child: opens, reads, decrypts, evaluates and plans `path` repeatedly;
/// prints one JSON line.
fn measure(path: &Path) {
    let (_, baseline) = rss_kib();
    let mut times = Vec::new();
    let started = Instant::now();
    let mut documents = 0;
    // DOCTRACK_SCALE_RUNS=1 makes one run (for a profiler: callgrind).
    let exact: Option<usize> = std::env::var("DOCTRACK_SCALE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok());
    let more = |n: usize| match exact {
        Some(runs) => n < runs,
        None => n < 3 || (started.elapsed() < Duration::from_secs(3) && n < 30),
    };
    while more(times.len()) {
        let t = Instant::now();
        let app = open_app(path);
        let dashboard = workload::doctrack_dashboard(&app);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        documents = dashboard.cards().count();
        drop(dashboard);
        app.close().expect("close");
    }
    print_runs(times, baseline, documents as u64, "");
}

/// Child: the caseload dashboard of `path` on `threads` threads,
/// repeatedly; prints one JSON line.
fn measure_caseload(path: &Path, threads: u32) {
    let (_, baseline) = rss_kib();
    let app = open_app(path);
    let options = doctrack_core::app::CaseloadOptions {
        limit: 200,
        threads,
    };
    let mut times = Vec::new();
    let started = Instant::now();
    let mut documents = 0;
    while times.len() < 3 || (started.elapsed() < Duration::from_secs(5) && times.len() < 15) {
        let t = Instant::now();
        let c = app
            .caseload_dashboard(workload::as_of(), options)
            .expect("caseload");
        times.push(t.elapsed().as_secs_f64() * 1e3);
        documents = c.documents;
    }
    print_runs(
        times,
        baseline,
        documents,
        &format!(",\"threads\":{threads}"),
    );
}

/// Child: the per-person detail on demand in `path`: the dashboard of the
/// person behind the most urgent document, and that document's detail;
/// prints one JSON line (medians).
fn measure_detail(path: &Path) {
    let app = open_app(path);
    let as_of = workload::as_of();
    let caseload = app
        .caseload_dashboard(as_of, doctrack_core::app::CaseloadOptions::default())
        .expect("caseload");
    let first = caseload.urgent.first().expect("an urgent document");
    let median = |f: &dyn Fn()| {
        let mut times: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    };
    let person_ms = median(&|| {
        let d = app.person_dashboard(first.person, as_of).expect("person");
        assert_eq!(d.people.len(), 1);
    });
    let document_ms = median(&|| {
        let d = app
            .document_detail(first.card.document, as_of)
            .expect("detail");
        assert!(d.status.is_some());
    });
    println!("{{\"person_ms\":{person_ms:.3},\"document_ms\":{document_ms:.3}}}");
}

/// Runs this binary as a child with `args` and returns the JSON line it
/// prints (as text and parsed); `what` names it if it fails.
fn child(me: &Path, args: &[&str], what: &str) -> (String, serde_json::Value) {
    let out = Command::new(me)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run {what}: {e}"));
    assert!(out.status.success(), "{what} failed");
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let v = serde_json::from_str(&line).expect("a JSON line");
    (line, v)
}

/// Writes `rows` (JSON objects) as a JSON list to `name` in `out`.
fn write_rows(out: &Path, name: &str, rows: &[String]) {
    std::fs::write(out.join(name), format!("[{}]\n", rows.join(",\n")))
        .unwrap_or_else(|e| panic!("write {name}: {e}"));
}

/// The store of `docs` documents, built (in a child) if missing.
fn store_of(me: &Path, data: &Path, docs: usize) -> PathBuf {
    let path = data.join(format!("scale-v{DATA_VERSION}-{docs}.db"));
    if !path.exists() {
        let t = Instant::now();
        let ok = Command::new(me)
            .args(["build", &docs.to_string(), &path.to_string_lossy()])
            .status()
            .expect("run the builder")
            .success();
        assert!(ok, "building the {docs}-document store failed");
        eprintln!("built {docs} documents in {:.0?}", t.elapsed());
    }
    path
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("build") => return build(args[2].parse().expect("a size"), Path::new(&args[3])),
        Some("measure") => return measure(Path::new(&args[2])),
        Some("detail") => return measure_detail(Path::new(&args[2])),
        Some("caseload") => {
            return measure_caseload(Path::new(&args[2]), args[3].parse().expect("threads"))
        }
        _ => {}
    }
    // `cargo bench` passes `--bench`; anything else is ignored.
    let max: usize = std::env::var("DOCTRACK_SCALE_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let data = target_dir().join("bench-data");
    std::fs::create_dir_all(&data).expect("target/bench-data");
    let me = std::env::current_exe().expect("this binary");
    let mut rows = Vec::new();
    println!("| documents | median | per document | peak RSS | RSS over baseline |");
    println!("|---|---|---|---|---|");
    for docs in SIZES.into_iter().filter(|d| *d <= max) {
        let path = store_of(&me, &data, docs);
        let what = format!("measuring {docs} documents");
        let (line, v) = child(&me, &["measure", &path.to_string_lossy()], &what);
        let ms = v["median_ms"].as_f64().unwrap_or(0.0);
        let peak = v["peak_rss_kib"].as_u64().unwrap_or(0);
        let base = v["baseline_rss_kib"].as_u64().unwrap_or(0);
        println!(
            "| {docs} | {ms:.1} ms | {:.2} µs | {:.1} MiB | {:.1} MiB |",
            ms * 1e3 / docs as f64,
            peak as f64 / 1024.0,
            peak.saturating_sub(base) as f64 / 1024.0
        );
        rows.push(format!("{{\"documents\":{docs},\"result\":{line}}}"));
    }
    let out = target_dir().join("bench-results");
    std::fs::create_dir_all(&out).expect("target/bench-results");
    write_rows(&out, "scale.json", &rows);

    println!();
    println!("| caseload documents | threads | median | peak RSS | RSS over baseline |");
    println!("|---|---|---|---|---|");
    let mut caseload = Vec::new();
    for docs in CASELOAD_SIZES.into_iter().filter(|d| *d <= max) {
        let path = store_of(&me, &data, docs);
        for threads in [1u32, 2] {
            let what = format!("the caseload of {docs} documents");
            let args = ["caseload", &path.to_string_lossy(), &threads.to_string()];
            let (line, v) = child(&me, &args, &what);
            let ms = v["median_ms"].as_f64().unwrap_or(0.0);
            let peak = v["peak_rss_kib"].as_u64().unwrap_or(0);
            let base = v["baseline_rss_kib"].as_u64().unwrap_or(0);
            println!(
                "| {docs} | {threads} | {ms:.1} ms | {:.1} MiB | {:.1} MiB |",
                peak as f64 / 1024.0,
                peak.saturating_sub(base) as f64 / 1024.0
            );
            caseload.push(format!("{{\"documents\":{docs},\"result\":{line}}}"));
        }
    }
    write_rows(&out, "caseload.json", &caseload);

    println!();
    println!("| documents | one person's dashboard | one document's detail |");
    println!("|---|---|---|");
    let mut detail = Vec::new();
    for docs in [10_000usize, 100_000].into_iter().filter(|d| *d <= max) {
        let path = store_of(&me, &data, docs);
        let what = format!("the detail of {docs} documents");
        let (line, v) = child(&me, &["detail", &path.to_string_lossy()], &what);
        println!(
            "| {docs} | {:.1} ms | {:.1} ms |",
            v["person_ms"].as_f64().unwrap_or(0.0),
            v["document_ms"].as_f64().unwrap_or(0.0)
        );
        detail.push(format!("{{\"documents\":{docs},\"result\":{line}}}"));
    }
    write_rows(&out, "detail.json", &detail);
}
