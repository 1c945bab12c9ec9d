//! # doctrack-ffi
//!
//! The uniffi facade over `doctrack-core` for Kotlin (package
//! `org.doctrack`), Swift (module `DocTrack`) and Python. Thin on purpose:
//! the records, enums and the public error ([`AppError`]) are the core's
//! own, defined once with uniffi derives behind the core's `uniffi` feature
//! (Kotlin package `org.doctrack.core`; docs/adr/0017). This crate keeps
//! only what is truly FFI: the store object and its worker thread
//! (`async` calls), the app's key wrapper (a callback), the rules bundled
//! into the library, and free functions over the core's message catalogs.
//!
//! Threading: calls that touch the disk or derive a key are `async` and run
//! on the store's worker thread (see `store`); cheap pure calls (version,
//! date parsing, message rendering) are synchronous.

#![warn(missing_docs)]

mod anchor;
mod bundled;
mod burmese;
mod caseload;
mod keys;
mod packs;
mod reminders;
mod share;
mod store;
mod support;
mod texts;

pub use anchor::*;
pub use bundled::*;
pub use burmese::*;
pub use caseload::*;
pub use keys::*;
pub use packs::*;
pub use reminders::*;
pub use share::*;
pub use store::*;
pub use support::*;
pub use texts::*;

/// The public error: the core's classification, variant for variant.
pub use doctrack_core::app::AppError;

uniffi::setup_scaffolding!("doctrack");

// Calendar dates are the core's custom type (`yyyymmdd`, LocalDate in
// Kotlin); this crate's functions take and return them too.
uniffi::use_remote_type!(doctrack_core::chrono::NaiveDate);

/// The version of the doctrack library.
#[uniffi::export]
pub fn library_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
