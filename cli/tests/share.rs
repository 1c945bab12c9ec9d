//! `doctrack share` as a worker and an NGO caseworker use it (issue 26): the
//! NGO's key, a file share with photos and history, the worker's record,
//! opening and importing with provenance, the QR form through a PNG and
//! through an SVG drawn by Chromium (read back with a real QR decoder), and
//! every refusal, naming no personal data.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "a worker passphrase";
const NAME: &str = "Ko Zaw Min";
const NUMBER: &str = "MC9876543";

struct Run<'a> {
    dir: &'a Path,
    store: &'a str,
    today: &'a str,
}

impl Run<'_> {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_doctrack"))
            .args(args)
            .current_dir(self.dir)
            .env("NO_COLOR", "1")
            .env("DOCTRACK_STORE", self.path(self.store))
            .env("DOCTRACK_PASS", PASS)
            .env("DOCTRACK_TODAY", self.today)
            .env("DOCTRACK_LANG", "en")
            .output()
            .expect("doctrack runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "doctrack {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Expects a refusal (exit 1); returns stderr, checked to name no
    /// personal data.
    fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(1), "doctrack {args:?}: {stderr}");
        assert!(
            !stderr.contains(NAME) && !stderr.contains(NUMBER),
            "{stderr}"
        );
        stderr
    }
}

/// A worker's store with a passport (and a photo of it) and a work permit.
fn worker(w: &Run) -> (String, String, String) {
    let person = w.ok(&[
        "person",
        "add",
        "--create",
        "--name",
        NAME,
        "--nationality",
        "MM",
        "--language",
        "my",
        "--cohort",
        "mou",
        "--fisher",
        "--on",
        "2026-04-01",
    ]);
    let person = person.trim().to_string();
    let passport = w.ok(&[
        "document",
        "add",
        "--person",
        &person,
        "--kind",
        "passport",
        "--number",
        NUMBER,
        "--country",
        "MM",
        "--issued",
        "2020-04-01",
        "--expires",
        "2027-03-31",
        "--on",
        "2026-04-01",
    ]);
    let passport = passport.trim().to_string();
    let permit = w.ok(&[
        "document",
        "add",
        "--person",
        &person,
        "--kind",
        "work_permit",
        "--number",
        "WP 55",
        "--country",
        "TH",
        "--issued",
        "2025-08-15",
        "--expires",
        "2026-08-14",
        "--employer",
        "Andaman Sea Co.",
        "--on",
        "2026-04-01",
    ]);
    let permit = permit.trim().to_string();
    std::fs::write(
        w.path("passport.jpg"),
        b"\xff\xd8\xff\xe0 PASSPORT-PHOTO \xff\xd9",
    )
    .unwrap();
    w.ok(&[
        "photo",
        "add",
        "--document",
        &passport,
        "--file",
        "passport.jpg",
        "--on",
        "2026-04-02",
    ]);
    (person, passport, permit)
}

fn document_count(r: &Run) -> usize {
    let out = r.ok(&["document", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["documents"].as_array().unwrap().len()
}

#[test]
fn a_worker_shares_with_an_ngo_which_opens_and_imports_it() {
    let dir = tempfile::tempdir().unwrap();
    let w = Run {
        dir: dir.path(),
        store: "worker.doctrack",
        today: "2026-06-01",
    };
    let ngo = Run {
        dir: dir.path(),
        store: "caseload.doctrack",
        today: "2026-06-01",
    };

    // The NGO's key: secret 0600 and never printed.
    let out = ngo.ok(&["share", "keygen", "--out", "ngo.key"]);
    let secret = std::fs::read_to_string(w.path("ngo.key")).unwrap();
    let hex = secret
        .lines()
        .find_map(|l| l.strip_prefix("x25519-secret:"))
        .unwrap();
    assert!(!out.contains(hex));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(w.path("ngo.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(std::fs::read_to_string(w.path("ngo.key.pub"))
        .unwrap()
        .contains("x25519:"));
    let fingerprint = out
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint: "))
        .unwrap()
        .split(" (")
        .next()
        .unwrap()
        .to_string();

    // The worker shares the passport with its history and photo.
    let (person, passport, permit) = worker(&w);
    let made = w.run(&[
        "share",
        "create",
        "--person",
        &person,
        "--document",
        &passport,
        "--history",
        "--photos",
        "--until",
        "2026-07-31",
        "--to",
        "ngo.key.pub",
        "--to-name",
        "Fishers' Rights Network",
        "--out",
        "passport.share",
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(String::from_utf8_lossy(&made.stderr).contains("cannot be taken back"));
    let sealed = std::fs::read(w.path("passport.share")).unwrap();
    for secret in [NAME, NUMBER, "PASSPORT-PHOTO", "Andaman"] {
        assert!(
            !sealed.windows(secret.len()).any(|x| x == secret.as_bytes()),
            "{secret} in the file"
        );
    }
    // The worker's own record.
    let list = w.ok(&["share", "list"]);
    assert!(list.contains("Fishers' Rights Network"), "{list}");
    assert!(list.contains(&fingerprint), "{list}");
    assert!(
        list.contains("31 Jul 2026") || list.contains("2026-07-31"),
        "{list}"
    );
    let history = w.ok(&["document", "history", "--document", &passport]);
    assert!(history.contains("Fishers' Rights Network"), "{history}");
    let other = w.ok(&["document", "history", "--document", &permit]);
    assert!(!other.contains("Fishers"), "not shared: {other}");

    // The caseworker opens it (checked) and imports it.
    let shown = ngo.ok(&["share", "open", "passport.share", "--key", "ngo.key"]);
    assert!(shown.contains(NAME) && shown.contains(NUMBER), "{shown}");
    assert!(!shown.contains("WP 55"), "{shown}");
    let imported = ngo.ok(&[
        "share",
        "import",
        "passport.share",
        "--key",
        "ngo.key",
        "--create",
    ]);
    assert!(imported.contains("added"), "{imported}");
    assert!(imported.contains("1 photo(s) added"), "{imported}");
    let doc = imported
        .lines()
        .find_map(|l| l.strip_prefix("document "))
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    let show = ngo.ok(&["document", "show", "--document", &doc]);
    assert!(
        show.contains("shared by the worker: from worker store"),
        "{show}"
    );
    assert!(show.contains("consent until"), "{show}");
    assert!(show.contains("PASSPORT") || show.contains(NUMBER), "{show}");
    assert_eq!(document_count(&ngo), 1);

    // A newer share, as a QR code (PNG), with both documents: the passport
    // is updated, the permit added, nothing doubled.
    w.ok(&[
        "share",
        "create",
        "--person",
        &person,
        "--until",
        "2026-07-31",
        "--to",
        "ngo.key.pub",
        "--out",
        "all.txt",
        "--qr",
        "all.png",
    ]);
    let shown = ngo.ok(&["share", "open", "all.png", "--key", "ngo.key"]);
    assert!(
        shown.contains("QR code") && shown.contains("WP 55"),
        "{shown}"
    );
    let imported = ngo.ok(&["share", "import", "all.png", "--key", "ngo.key"]);
    assert!(
        imported.contains("updated") && imported.contains("added"),
        "{imported}"
    );
    assert_eq!(document_count(&ngo), 2);
    let again = ngo.ok(&["share", "import", "all.txt", "--key", "ngo.key"]);
    assert!(again.contains("imported before"), "{again}");
    let older = ngo.ok(&["share", "import", "passport.share", "--key", "ngo.key"]);
    assert!(older.contains("later share"), "{older}");

    // The QR code as SVG, drawn by a browser, read back by a real decoder.
    w.ok(&[
        "share",
        "create",
        "--person",
        &person,
        "--no-documents",
        "--to",
        "ngo.key.pub",
        "--out",
        "person.txt",
        "--qr",
        "person.svg",
    ]);
    if let Some(png) =
        common::screenshot(&w.path("person.svg"), &w.path("person-shot.png"), 700, 700)
    {
        let shown = ngo.ok(&["share", "open", png.to_str().unwrap(), "--key", "ngo.key"]);
        assert!(
            shown.contains(NAME) && shown.contains("0 document(s)"),
            "{shown}"
        );
    }
}

#[test]
fn refusals_are_typed_and_name_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let w = Run {
        dir: dir.path(),
        store: "worker.doctrack",
        today: "2026-06-01",
    };
    let ngo = Run {
        dir: dir.path(),
        store: "caseload.doctrack",
        today: "2026-06-01",
    };
    ngo.ok(&["share", "keygen", "--out", "ngo.key"]);
    ngo.ok(&["share", "keygen", "--out", "other.key"]);
    let (person, passport, _) = worker(&w);
    w.ok(&[
        "share",
        "create",
        "--person",
        &person,
        "--until",
        "2026-06-30",
        "--to",
        "ngo.key.pub",
        "--out",
        "s.txt",
        "--qr",
        "s.png",
    ]);
    w.ok(&[
        "share",
        "create",
        "--person",
        &person,
        "--until",
        "2026-06-30",
        "--to",
        "ngo.key.pub",
        "--out",
        "s.share",
    ]);

    let e = ngo.refused(&["share", "open", "s.share", "--key", "other.key"]);
    assert!(e.contains("sealed for another key"), "{e}");

    let mut bytes = std::fs::read(w.path("s.share")).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(w.path("changed.share"), &bytes).unwrap();
    let e = ngo.refused(&["share", "open", "changed.share", "--key", "ngo.key"]);
    assert!(e.contains("changed or damaged"), "{e}");

    let text = std::fs::read_to_string(w.path("s.txt")).unwrap();
    std::fs::write(w.path("cut.txt"), &text[..text.len() - 40]).unwrap();
    let e = ngo.refused(&["share", "open", "cut.txt", "--key", "ngo.key"]);
    assert!(e.contains("incomplete"), "{e}");

    let mut newer = std::fs::read(w.path("s.share")).unwrap();
    newer[7] = 7;
    std::fs::write(w.path("newer.share"), &newer).unwrap();
    let e = ngo.refused(&["share", "open", "newer.share", "--key", "ngo.key"]);
    assert!(e.contains("format 7 is not supported"), "{e}");

    // Expired: refused on import, nothing imported.
    let late = Run {
        dir: dir.path(),
        store: "caseload.doctrack",
        today: "2026-07-01",
    };
    let e = late.refused(&["share", "import", "s.share", "--key", "ngo.key", "--create"]);
    assert!(e.contains("consent") && e.contains("ended"), "{e}");
    assert_eq!(document_count(&late), 0);

    // Photos only in a file; a bad key; a past end date.
    let e = w.run(&[
        "share",
        "create",
        "--person",
        &person,
        "--document",
        &passport,
        "--photos",
        "--to",
        "ngo.key.pub",
        "--out",
        "p.txt",
        "--qr",
        "p.png",
    ]);
    assert_eq!(e.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&e.stderr).contains("only be shared in a file"));
    assert!(!w.path("p.txt").exists());
    std::fs::write(w.path("bad.pub"), "x25519:1234\n").unwrap();
    let e = w.run(&[
        "share", "create", "--person", &person, "--to", "bad.pub", "--out", "b.share",
    ]);
    assert_eq!(e.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&e.stderr).contains("not a doctrack sharing key"));
    let e = w.run(&[
        "share",
        "create",
        "--person",
        &person,
        "--to",
        "ngo.key.pub",
        "--until",
        "2026-05-01",
        "--out",
        "b.share",
    ]);
    assert!(String::from_utf8_lossy(&e.stderr).contains("must end between today"));
    // Nothing refused was recorded as shared.
    let list = w.ok(&["share", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn readme_share_walkthrough_runs_as_written() {
    let out = common::run_script(&common::readme_block("share-walkthrough"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the README's sharing walkthrough failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for needle in [
        "fingerprint: ",
        "shared 1 document(s) with Fishers' Rights Network",
        "shared 2 document(s) with Fishers' Rights Network",
        "QR code drawn to zaw.png",
        "Ko Zaw",
        "MC765432",
    ] {
        assert!(stdout.contains(needle), "missing {needle:?} in:\n{stdout}");
    }
    assert!(
        stdout.contains("updated") && stdout.contains("added"),
        "{stdout}"
    );
}
