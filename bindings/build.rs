//! Compiles the bundled rule set (`rules/th` at the workspace root) into the
//! form rule packs carry (`doctrack_core::rules::compiled`), so the shipped
//! library needs no TOML parser and reads its rules in well under a
//! millisecond at app start (docs/adr/0018). Rules that do not pass every
//! check fail the build with the maintainers' error messages. The
//! directory of help (`rules/th/directory`) is compiled with them.

use doctrack_core::rules::compiled::write_bundle;
use doctrack_core::rules::{load, RuleFile};
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_root = manifest.join("..").join("rules");
    let set = rules_root.join("th");
    let mut files = Vec::new();
    collect(&set, &rules_root, &mut files);
    collect(&set.join("holidays"), &rules_root, &mut files);
    collect(&set.join("directory"), &rules_root, &mut files);
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let report = load(&files);
    let Some(rules) = report.rules else {
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        panic!(
            "the bundled rules (rules/th) do not pass `doctrack rules check`:\n{}",
            errors.join("\n")
        );
    };
    let bytes = write_bundle(&rules, report.meta.as_ref());
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("bundled-rules.json.z");
    fs::write(dest, bytes).expect("OUT_DIR is writable");
}

/// Every `.toml` file in `dir`, named relative to the rules folder
/// (`th/mou.toml`, `th/holidays/2026.toml`, `th/directory/services.toml`)
/// as the loader expects.
fn collect(dir: &Path, root: &Path, out: &mut Vec<RuleFile>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_file() && path.extension().is_some_and(|x| x == "toml") {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&path).expect("rule file readable");
            out.push(RuleFile { name, text });
        }
    }
}
