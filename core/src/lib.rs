//! # doctrack-core
//!
//! The core of doctrack: an offline-first library that keeps migrant
//! workers' identity and work documents in an encrypted store and tells them
//! what is due, when, why, and in which order to act.
//!
//! - [`app`]: the application layer every front end uses (store + rules + dashboard).
//! - [`messages`]: messages as ids with typed arguments, and their catalogs.
//! - [`domain`]: people, documents, events, the lifecycle state machine (pure).
//! - [`rules`]: rule files, validator, evaluator, planner and scenarios (pure).
//! - [`reminders`]: the notifications a phone should schedule, planned from an evaluation (pure).
//! - [`crypto`]: data keys, AEAD envelopes, lookup tokens, key slots.
//! - [`store`]: the encrypted SQLite store, migrations, attachments, backups.
//!
//! This crate knows nothing of FFI; `doctrack-ffi` wraps it for Kotlin and Swift.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
pub mod crypto;
pub mod domain;
pub mod messages;
pub mod reminders;
pub mod rules;
pub mod store;
