//! `doctrack store check|repair|passphrase`: looking after the store itself.

use crate::session::{passphrase_from_env, StoreArgs};
use crate::{outln, CliError};
use doctrack_core::app::App;
use doctrack_core::crypto::{KdfParams, NewSlot, Secret, SlotKind};
use doctrack_core::store::StoreOptions;
use std::process::ExitCode;

/// `doctrack store …`.
#[derive(Debug, clap::Subcommand)]
pub enum StoreCommand {
    /// Check the whole store file for damage (slow on big stores).
    Check {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Rebuild the store's indexes, lookup tokens and projections from its
    /// sealed events, then check everything. Use it when doctrack reports a
    /// damaged index. Events and photos are never changed; a store whose
    /// events were lost is not "repaired" (restore a backup instead).
    Repair {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Change the store's passphrase (no data is re-encrypted).
    Passphrase {
        #[command(flatten)]
        store: StoreArgs,
        /// Environment variable holding the new passphrase (at least 8 characters).
        #[arg(long)]
        new_passphrase_env: String,
    },
}

/// Runs a `store` command.
pub fn run(cmd: StoreCommand) -> Result<ExitCode, CliError> {
    match cmd {
        StoreCommand::Check { store } => {
            let app = store.open()?;
            app.check_integrity()?;
            outln!("the store passed its integrity check");
        }
        StoreCommand::Repair { store } => {
            let pass = passphrase_from_env(&store.passphrase_env)?;
            let (app, report) = App::open_and_repair(
                &store.store,
                &Secret::Passphrase(pass),
                StoreOptions::default(),
                crate::session::app_config(&store.pubkeys)?,
            )?;
            outln!(
                "repaired {}: indexes rebuilt; {} event token(s), {} photo token(s) and {} chain value(s) fixed{}{}",
                store.store.display(),
                report.event_tokens_fixed,
                report.attachment_tokens_fixed,
                report.chain_values_fixed,
                if report.head_resealed { "; log head sealed again" } else { "" },
                if report.projections_rebuilt { "; people and documents rebuilt from their events" } else { "" },
            );
            outln!("the store passed its full integrity check");
            app.close()?;
        }
        StoreCommand::Passphrase {
            store,
            new_passphrase_env,
        } => {
            let old = passphrase_from_env(&store.passphrase_env)?;
            let new = passphrase_from_env(&new_passphrase_env)?;
            let mut app = store.open()?;
            let slot = app
                .slots()?
                .into_iter()
                .find(|s| s.kind == SlotKind::Passphrase)
                .ok_or_else(|| CliError::Usage("the store has no passphrase slot".into()))?;
            app.change_passphrase(
                &slot.id,
                &Secret::Passphrase(old),
                NewSlot::Passphrase {
                    passphrase: new,
                    kdf: KdfParams::default(),
                },
            )?;
            outln!("changed the passphrase");
            app.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
