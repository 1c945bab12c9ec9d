//! # doctrack-ffi
//!
//! The uniffi facade over `doctrack-core` for Kotlin (package
//! `org.doctrack`), Swift (module `DocTrack`) and Python. Thin on purpose:
//! types are mirrored here, one module per concept, and every call goes
//! through the core's application layer (`doctrack_core::app::App`).
//!
//! Threading: calls that touch the disk or derive a key are `async` and run
//! on the store's worker thread (see `store`); cheap pure calls (version,
//! date parsing, rule checks, message rendering) are synchronous.
//!
//! Errors: one public [`ApiError`], mirroring the core's classification.

#![warn(missing_docs)]

mod dashboard;
mod dates;
mod documents;
mod error;
mod guidance;
mod keys;
mod messages;
mod packs;
mod people;
mod photos;
mod problems;
mod reminders;
mod rules;
mod store;
mod vocabulary;

pub use dashboard::*;
pub use dates::*;
pub use documents::*;
pub use error::*;
pub use guidance::*;
pub use keys::*;
pub use messages::*;
pub use packs::*;
pub use people::*;
pub use photos::*;
pub use problems::*;
pub use reminders::*;
pub use rules::*;
pub use store::*;
pub use vocabulary::*;

uniffi::setup_scaffolding!("doctrack");

/// The version of the doctrack library.
#[uniffi::export]
pub fn library_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
