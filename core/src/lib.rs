//! # doctrack-core
//!
//! The core of doctrack: an offline-first library that keeps migrant
//! workers' identity and work documents in an encrypted store and tells them
//! what is due, when, why, and in which order to act.
//!
//! - [`app`]: the application layer every front end uses (store + rules + dashboard).
//! - [`messages`]: messages as ids with typed arguments, and their catalogs.
//! - [`domain`]: people, documents, events, the lifecycle state machine (pure).
//! - [`rules`]: rule files, validator, evaluator and packs, and the offline
//!   directory of help carried with them ([`rules::directory`]) (pure).
//! - [`plan`]: what to do next after evaluation: plan steps and reminders (pure).
//! - `scenario` (maintainers' tools): scenario files that test the rules and
//!   the plan together.
//! - [`crypto`]: data keys, AEAD envelopes, lookup tokens, key slots.
//! - [`store`]: the encrypted SQLite store, migrations, attachments, backups.
//! - [`share`]: consented sharing with an organisation: sealed files and QR
//!   codes, opened and imported by its caseworker.
//! - `deflated`: data built into the library (compiled rules, catalogs)
//!   stored compressed.
//!
//! This crate has no FFI code. With the `uniffi` feature (turned on by
//! `doctrack-ffi`) its records, enums and public error carry uniffi
//! derives, so Kotlin, Swift and Python use them as defined here
//! (docs/adr/0017); [`uniffi_types`] says how dates and ids cross.

// Without the feature the crate has no unsafe code at all; with it, only
// what uniffi's derives and scaffolding generate.
#![cfg_attr(not(feature = "uniffi"), forbid(unsafe_code))]
#![warn(missing_docs)]

pub mod app;
pub mod crypto;
mod deflated;
pub mod domain;
pub mod messages;
pub mod plan;
pub mod rules;
#[cfg(feature = "rule-files")]
pub mod scenario;
pub mod share;
pub mod store;
#[cfg(feature = "uniffi")]
pub mod uniffi_types;
pub mod zawgyi;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("doctrack_core");

/// The calendar crate whose dates the API takes (for the FFI crate's
/// `use_remote_type!`).
#[cfg(feature = "uniffi")]
#[doc(hidden)]
pub use chrono;
