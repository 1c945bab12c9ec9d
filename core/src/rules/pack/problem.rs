//! Why a rule pack was refused: one typed reason, each with its own
//! message for people. No reason carries personal data (a pack holds none).

use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use serde::Serialize;

/// Why a rule pack was refused. The rules in use do not change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PackProblem {
    /// Not a rule pack, or damaged: the bytes do not have the pack's shape.
    #[error("not a rule pack, or damaged ({reason})")]
    Malformed {
        /// What is wrong (for maintainers and logs).
        reason: String,
    },
    /// A pack format this library cannot read: update the app.
    #[error("rule-pack format {found} is not supported by this version of doctrack")]
    UnsupportedFormat {
        /// The format the pack says it has.
        found: u32,
    },
    /// The pack carries no signature.
    #[error("the rule pack is not signed")]
    Unsigned,
    /// The pack is signed by a key the app does not trust.
    #[error("the rule pack is signed by a key this app does not trust (key {key_id})")]
    UnknownKey {
        /// The id of the key that signed it (16 hex digits).
        key_id: String,
    },
    /// The signature does not match: the pack was changed after signing.
    #[error("the rule pack's signature does not match: it was changed after it was signed")]
    BadSignature,
    /// The pack is for another rule set than the one this app uses.
    #[error("the rule pack is for rule set \"{found}\", not \"{expected}\"")]
    WrongRuleSet {
        /// The set the app uses.
        expected: String,
        /// The set the pack is for.
        found: String,
    },
    /// The pack is not newer than the rules already installed (or built in).
    #[error("the rule pack (version {offered}) is not newer than the rules installed (version {installed})")]
    NotNewer {
        /// The highest version installed so far (or built in).
        installed: u64,
        /// The pack's version.
        offered: u64,
    },
    /// The pack needs a newer version of the library: update the app.
    #[error("the rule pack needs doctrack {needed} or newer (this is {current})")]
    NeedsNewerLibrary {
        /// The oldest library version that reads the pack.
        needed: String,
        /// This library's version.
        current: String,
    },
    /// The pack's rules (or holiday files) do not pass the checks.
    #[error("the rule pack's rules are invalid ({} error(s))", .errors.len())]
    RulesInvalid {
        /// Each error as `file:line:column: message`.
        errors: Vec<String>,
    },
}

impl PackProblem {
    /// A malformed pack, with what is wrong.
    pub(crate) fn malformed(reason: impl Into<String>) -> PackProblem {
        PackProblem::Malformed {
            reason: reason.into(),
        }
    }

    /// The snake_case code of the reason.
    pub fn code(&self) -> &'static str {
        match self {
            PackProblem::Malformed { .. } => "malformed",
            PackProblem::UnsupportedFormat { .. } => "unsupported_format",
            PackProblem::Unsigned => "unsigned",
            PackProblem::UnknownKey { .. } => "unknown_key",
            PackProblem::BadSignature => "bad_signature",
            PackProblem::WrongRuleSet { .. } => "wrong_rule_set",
            PackProblem::NotNewer { .. } => "not_newer",
            PackProblem::NeedsNewerLibrary { .. } => "needs_newer_library",
            PackProblem::RulesInvalid { .. } => "rules_invalid",
        }
    }

    /// What to tell a person.
    pub fn message(&self) -> Message {
        let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        match self {
            PackProblem::Malformed { .. } => Message::new(M::ErrorPackMalformed),
            PackProblem::UnsupportedFormat { found } => {
                Message::new(M::ErrorPackUnsupportedFormat).number(A::Found, i64::from(*found))
            }
            PackProblem::Unsigned => Message::new(M::ErrorPackUnsigned),
            PackProblem::UnknownKey { key_id } => {
                Message::new(M::ErrorPackUnknownKey).text(A::Key, key_id.clone())
            }
            PackProblem::BadSignature => Message::new(M::ErrorPackBadSignature),
            PackProblem::WrongRuleSet { expected, found } => Message::new(M::ErrorPackWrongRuleSet)
                .text(A::Expected, expected.clone())
                .text(A::Found, found.clone()),
            PackProblem::NotNewer { installed, offered } => Message::new(M::ErrorPackNotNewer)
                .number(A::Installed, n(*installed))
                .number(A::Offered, n(*offered)),
            PackProblem::NeedsNewerLibrary { needed, current } => {
                Message::new(M::ErrorPackNeedsNewerLibrary)
                    .text(A::Needed, needed.clone())
                    .text(A::Current, current.clone())
            }
            PackProblem::RulesInvalid { errors } => Message::new(M::ErrorPackRulesInvalid)
                .number(A::Count, i64::try_from(errors.len()).unwrap_or(i64::MAX)),
        }
    }
}
