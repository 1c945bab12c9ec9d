//! What the CLI's test files share: running a README block as written.
#![allow(dead_code)] // each test file uses a part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The bash block between `<!-- {marker}:start -->` and `<!-- {marker}:end -->`
/// in the README.
pub fn readme_block(marker: &str) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let start = readme
        .find(&format!("<!-- {marker}:start -->"))
        .expect("start marker");
    let end = readme
        .find(&format!("<!-- {marker}:end -->"))
        .expect("end marker");
    let block = &readme[start..end];
    let code_start = block.find("```bash\n").expect("a bash block") + "```bash\n".len();
    let code_end = block[code_start..].find("```").unwrap() + code_start;
    block[code_start..code_end].to_string()
}

/// Runs `script` with bash (`set -euo pipefail`), the doctrack under test
/// first on the PATH and no store or passphrase in the environment.
pub fn run_script(script: &str) -> Output {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_doctrack"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .arg("-c")
        .arg(format!("set -euo pipefail\n{script}"))
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env("DOCTRACK_SKIP_BROWSER", "1")
        .env_remove("DOCTRACK_STORE")
        .env_remove("DOCTRACK_PASS")
        .env_remove("DOCTRACK_TODAY")
        .output()
        .unwrap()
}

/// Draws `svg` with headless Chromium into `png` (a `width`×`height`
/// window); `None` when no browser is installed and DOCTRACK_SKIP_BROWSER
/// is set (otherwise a missing browser fails the test).
pub fn screenshot(svg: &Path, png: &Path, width: u32, height: u32) -> Option<PathBuf> {
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let Some(browser) = browser else {
        if std::env::var_os("DOCTRACK_SKIP_BROWSER").is_some() {
            eprintln!("skipping the Chromium rendering (DOCTRACK_SKIP_BROWSER is set)");
            return None;
        }
        panic!("Chromium is needed to check that pictures draw: apt-get install chromium (or set DOCTRACK_SKIP_BROWSER=1)");
    };
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("--screenshot={}", png.display()),
            &format!("--window-size={width},{height}"),
            &format!("file://{}", svg.display()),
        ])
        .output()
        .expect("chromium runs");
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(png.to_path_buf())
}
