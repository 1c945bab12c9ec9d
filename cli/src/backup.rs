//! `doctrack backup export|restore|merge`: one passphrase-protected,
//! tamper-evident file with every event and photo.

use crate::session::{passphrase_from_env, StoreArgs};
use crate::{outln, CliError};
use doctrack_core::app::App;
use doctrack_core::crypto::{KdfParams, NewSlot};
use doctrack_core::store::{MergeReport, StoreOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// `doctrack backup …`.
#[derive(Debug, clap::Subcommand)]
pub enum BackupCommand {
    /// Write a backup of the whole store to a new file (nothing is overwritten).
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// The backup file to write.
        #[arg(long)]
        out: PathBuf,
        /// Environment variable holding the backup's passphrase (at least 8 characters).
        #[arg(long, default_value = "DOCTRACK_BACKUP_PASS")]
        backup_passphrase_env: String,
    },
    /// Restore a backup into a new store (on a new phone or computer).
    Restore {
        /// The backup file.
        #[arg(long)]
        backup: PathBuf,
        /// Environment variable holding the backup's passphrase.
        #[arg(long, default_value = "DOCTRACK_BACKUP_PASS")]
        backup_passphrase_env: String,
        /// The new store file (nothing may exist there).
        #[arg(long, env = "DOCTRACK_STORE")]
        store: PathBuf,
        /// Environment variable holding the new store's passphrase.
        #[arg(long, default_value = "DOCTRACK_PASS")]
        passphrase_env: String,
        /// The new store's rollback anchor file (see `--anchor` of the
        /// other commands; or set DOCTRACK_ANCHOR).
        #[arg(long, env = "DOCTRACK_ANCHOR")]
        anchor: Option<PathBuf>,
    },
    /// Merge a backup into this store: what is already there is skipped,
    /// deleted photos stay deleted, and an event that does not fit this
    /// store's history is listed and left out (the backup is unchanged).
    Merge {
        #[command(flatten)]
        store: StoreArgs,
        /// The backup file.
        #[arg(long)]
        backup: PathBuf,
        /// Environment variable holding the backup's passphrase.
        #[arg(long, default_value = "DOCTRACK_BACKUP_PASS")]
        backup_passphrase_env: String,
    },
}

/// The backup file, read through a progress bar (on a terminal).
fn open_backup(
    path: &PathBuf,
) -> Result<crate::progress::Reading<std::io::BufReader<std::fs::File>>, CliError> {
    let file = std::fs::File::open(path).map_err(|source| CliError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    Ok(crate::progress::Reading::new(
        std::io::BufReader::new(file),
        crate::progress::bytes(total, "reading the backup"),
    ))
}

fn report(r: &MergeReport) {
    outln!(
        "{} event(s) and {} photo(s) added; {} event(s) and {} photo(s) were already there",
        r.events_added,
        r.attachments_added,
        r.events_present,
        r.attachments_present
    );
    if r.photos_skipped_deleted > 0 || r.photos_removed > 0 {
        outln!(
            "deleted photos stay deleted: {} from the backup not added, {} here removed",
            r.photos_skipped_deleted,
            r.photos_removed
        );
    }
    if !r.conflicts.is_empty() {
        outln!(
            "{} item(s) of the backup do not fit this store's history and were left out \
             (the backup file is unchanged: restore it into a new store to see its side):",
            r.conflicts.len()
        );
        for c in &r.conflicts {
            let kept = if c.kept.is_empty() {
                String::new()
            } else {
                format!("; kept here: {}", c.kept)
            };
            outln!(
                "  {} {}: {} — {}{}",
                c.record,
                crate::ids::short(&c.subject),
                c.change,
                c.reason,
                kept
            );
        }
    }
}

/// Runs a `backup` command.
pub fn run(cmd: BackupCommand) -> Result<ExitCode, CliError> {
    match cmd {
        BackupCommand::Export {
            store,
            out,
            backup_passphrase_env,
        } => {
            let pass = passphrase_from_env(&backup_passphrase_env)?;
            let app = store.open()?;
            let bar = crate::progress::bar(0, "{spinner} writing the backup {bytes}", false);
            app.export_backup_file_with(&out, &pass, KdfParams::default(), &mut |bytes| {
                bar.set_position(bytes)
            })?;
            bar.finish_and_clear();
            outln!("wrote an encrypted backup to {}", out.display());
        }
        BackupCommand::Restore {
            backup,
            backup_passphrase_env,
            store,
            passphrase_env,
            anchor,
        } => {
            let backup_pass = passphrase_from_env(&backup_passphrase_env)?;
            let pass = passphrase_from_env(&passphrase_env)?;
            let input = open_backup(&backup)?;
            let (app, r) = App::restore_backup(
                input,
                &backup_pass,
                &store,
                NewSlot::Passphrase {
                    passphrase: pass,
                    kdf: KdfParams::default(),
                },
                StoreOptions {
                    rollback_anchor: crate::anchor::handle(anchor.as_deref()),
                    ..StoreOptions::default()
                },
                crate::session::app_config(&[])?,
            )?;
            outln!("restored into a new store at {}", store.display());
            report(&r);
            app.close()?;
        }
        BackupCommand::Merge {
            store,
            backup,
            backup_passphrase_env,
        } => {
            let backup_pass = passphrase_from_env(&backup_passphrase_env)?;
            let input = open_backup(&backup)?;
            let mut app = store.open()?;
            let r = app.merge_backup(input, &backup_pass)?;
            report(&r);
            app.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
