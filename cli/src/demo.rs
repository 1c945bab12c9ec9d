//! temporary
use crate::CliError;
use std::process::ExitCode;
#[derive(Debug, clap::Args)]
pub struct DemoArgs {}
pub fn run(_a: DemoArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage("not yet".into()))
}
