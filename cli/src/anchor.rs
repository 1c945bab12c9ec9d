//! `--anchor FILE`: the CLI's rollback anchor (docs/adr/0024). doctrack
//! keeps its sealed value (it reveals nothing) in a file the caseworker
//! keeps apart from the store — another folder, another disk — so that an
//! older copy of the store put back in its place is refused.

use doctrack_core::store::{AnchorHandle, AnchorUnavailable, RollbackAnchor};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The anchor value in one file, replaced atomically (written beside it,
/// flushed to disk, renamed), owner-only.
struct FileAnchor(PathBuf);

impl RollbackAnchor for FileAnchor {
    fn load(&self) -> Result<Option<Vec<u8>>, AnchorUnavailable> {
        match std::fs::read(&self.0) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(_) => Err(AnchorUnavailable),
        }
    }

    fn save(&self, value: &[u8]) -> Result<(), AnchorUnavailable> {
        let mut next = self.0.as_os_str().to_owned();
        next.push(".next");
        let next = PathBuf::from(next);
        let written = (|| -> std::io::Result<()> {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&next)?;
            file.write_all(value)?;
            file.sync_all()?;
            std::fs::rename(&next, &self.0)
        })();
        written.map_err(|_| AnchorUnavailable)
    }
}

/// The store options' anchor for `--anchor FILE`.
pub fn handle(file: Option<&Path>) -> Option<AnchorHandle> {
    file.map(|f| AnchorHandle(Arc::new(FileAnchor(f.to_path_buf()))))
}
