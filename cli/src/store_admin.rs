//! `doctrack store check|passphrase`: looking after the store itself.

use crate::session::{passphrase_from_env, StoreArgs};
use crate::{outln, CliError};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret, SlotKind};
use std::process::ExitCode;

/// `doctrack store …`.
#[derive(Debug, clap::Subcommand)]
pub enum StoreCommand {
    /// Check the whole store file for damage (slow on big stores).
    Check {
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
