//! Embeds the default rule set (`rules/th/*.toml` at the workspace root:
//! rule files, `pack.toml`, `holidays/*.toml` and `directory/*.toml`)
//! into maintainers' builds (the `rule-files` feature), so tools and tests
//! work offline. Compresses the message catalogs
//! (`core/src/messages/catalogs/*.ftl`) and the Zawgyi detection model
//! (`core/data/zawgyi/`) into every build (docs/adr/0022, 0026).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("..").join("rules").join("th");
    let holidays_dir = rules_dir.join("holidays");
    let directory_dir = rules_dir.join("directory");
    let toml_in = |dir: &Path| -> Vec<PathBuf> {
        println!("cargo:rerun-if-changed={}", dir.display());
        fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut files: Vec<PathBuf> = toml_in(&rules_dir);
    files.extend(toml_in(&holidays_dir));
    files.extend(toml_in(&directory_dir));
    files.sort();
    let mut out = String::from(
        "/// The default rule files: (name, contents).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = match path.parent() {
            Some(parent) if parent.ends_with("holidays") => {
                format!("th/holidays/{}", file_name(path))
            }
            Some(parent) if parent.ends_with("directory") => {
                format!("th/directory/{}", file_name(path))
            }
            _ => format!("th/{}", file_name(path)),
        };
        let abs = fs::canonicalize(path).expect("rule file readable");
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_rules.rs");
    fs::write(dest, out).expect("OUT_DIR writable");
    compress_catalogs(&manifest);
    compress_zawgyi_model(&manifest);
}

/// The Zawgyi detection model (`core/data/zawgyi/`), compressed like the
/// catalogs (docs/adr/0026).
fn compress_zawgyi_model(manifest: &Path) {
    let path = manifest
        .join("data")
        .join("zawgyi")
        .join("zawgyiUnicodeModel.dat");
    println!("cargo:rerun-if-changed={}", path.display());
    let bytes = fs::read(&path).expect("Zawgyi model readable");
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 10);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("zawgyiUnicodeModel.dat.z"), packed).expect("OUT_DIR writable");
}

/// Each `src/messages/catalogs/<lang>.ftl` as `OUT_DIR/catalogs/<lang>.ftl.z`
/// (zlib, best compression), for `messages::catalog` to include.
fn compress_catalogs(manifest: &Path) {
    let dir = manifest.join("src").join("messages").join("catalogs");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogs");
    fs::create_dir_all(&out).expect("OUT_DIR writable");
    for lang in ["en", "th", "my", "km", "lo"] {
        let path = dir.join(format!("{lang}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read(&path).expect("catalog readable");
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&text, 10);
        fs::write(out.join(format!("{lang}.ftl.z")), packed).expect("OUT_DIR writable");
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
