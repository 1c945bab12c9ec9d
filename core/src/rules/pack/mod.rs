//! Rule packs: a rule set's compiled rules and its metadata in one signed
//! file, so an NGO can publish a rule update that phones install offline
//! (from a download, a file passed on, a memory card) and nobody else can
//! push rules to a worker. Format and signing: [`format`]; keys: [`keys`];
//! what changed between two sets: [`diff`]. docs/adr/0014 has the design,
//! docs/adr/0018 why packs carry compiled rules.
//!
//! No I/O: bytes in, bytes out (making a new signing key draws random
//! bytes from the operating system). Installing (trusted keys, versions,
//! the encrypted store) is the application layer's job (`app::packs`).

pub mod diff;
pub mod format;
pub use crate::crypto::signing as keys;
mod problem;

pub use format::{MAX_PACK_BYTES, PACK_FORMAT};
pub use keys::{KeyError, KeyId, PublicKey, SigningKey};
pub use problem::PackProblem;

use super::compiled::CompiledRules;
use super::set_meta::SetMeta;
use super::RuleSet;

/// A pack's contents: the set's metadata and its compiled rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// Set id, version, build date, oldest library, change summaries.
    pub meta: SetMeta,
    /// The rules as compiled (checked by [`Pack::rule_set`]).
    pub rules: CompiledRules,
    /// The key that signed it (`None`: unsigned).
    pub key_id: Option<KeyId>,
}

impl Pack {
    /// The rule set, after the checks across rules; `RulesInvalid` when
    /// they fail.
    pub fn rule_set(&self) -> Result<RuleSet, PackProblem> {
        self.rules
            .clone()
            .into_rule_set()
            .map_err(|errors| PackProblem::RulesInvalid { errors })
    }
}

/// Builds a signed pack from a set's metadata and its (loaded) rules.
pub fn build(meta: &SetMeta, rules: &RuleSet, key: &SigningKey) -> Result<Vec<u8>, PackProblem> {
    build_compiled(meta, &CompiledRules::of(rules), key)
}

/// Builds a signed pack from compiled rules as they are (not checked
/// here: phones check them when they read the pack).
pub fn build_compiled(
    meta: &SetMeta,
    rules: &CompiledRules,
    key: &SigningKey,
) -> Result<Vec<u8>, PackProblem> {
    let mut out = format::signed_bytes(meta, rules)?;
    let signature = key.sign(&out);
    out.extend_from_slice(&format::signature_line(&key.public_key().id(), &signature));
    Ok(out)
}

/// Reads a pack whose signature matches one of `trusted`; refuses an
/// unsigned pack, one signed by another key, and one changed after signing.
/// The body is read only after the signature is checked.
pub fn verify(bytes: &[u8], trusted: &[PublicKey]) -> Result<Pack, PackProblem> {
    let parts = format::split(bytes)?;
    let Some((key_id, signature)) = parts.signature else {
        return Err(PackProblem::Unsigned);
    };
    let key = trusted
        .iter()
        .find(|k| k.id() == key_id)
        .ok_or_else(|| PackProblem::UnknownKey {
            key_id: key_id.to_string(),
        })?;
    if !key.verifies(parts.signed, &signature) {
        return Err(PackProblem::BadSignature);
    }
    let (meta, rules) = format::read_body(parts.body)?;
    Ok(Pack {
        meta,
        rules,
        key_id: Some(key_id),
    })
}

/// Reads a pack without checking its signature (to show what is in it
/// before deciding to trust it). Never install what this returns.
pub fn inspect(bytes: &[u8]) -> Result<Pack, PackProblem> {
    let parts = format::split(bytes)?;
    let (meta, rules) = format::read_body(parts.body)?;
    Ok(Pack {
        meta,
        rules,
        key_id: parts.signature.map(|(id, _)| id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::rules::set_meta::LibraryVersion;

    fn meta() -> SetMeta {
        SetMeta {
            set_id: "th".into(),
            version: 2,
            built: "2026-03-01".parse().unwrap(),
            min_library: LibraryVersion::parse("0.1.0").unwrap(),
            changes: [(Language::En, "New deadline.".to_string())].into(),
        }
    }

    /// The rule set of the pack: rules/th as built into this crate.
    #[cfg(feature = "rule-files")]
    fn rules() -> RuleSet {
        crate::rules::embedded::load_default()
            .rules
            .expect("rules/th loads")
    }

    #[cfg(not(feature = "rule-files"))]
    fn rules() -> RuleSet {
        RuleSet::default()
    }

    #[test]
    fn a_pack_round_trips_and_is_reproducible() {
        let key = SigningKey::generate().unwrap();
        let bytes = build(&meta(), &rules(), &key).unwrap();
        assert_eq!(bytes, build(&meta(), &rules(), &key).unwrap());
        let pack = verify(&bytes, &[key.public_key()]).unwrap();
        assert_eq!(pack.meta, meta());
        assert_eq!(pack.key_id, Some(key.public_key().id()));
        let set = pack.rule_set().unwrap();
        assert_eq!(set.rules(), CompiledRules::of(&rules()).rules.as_slice());
        assert!(set.rules().iter().all(|r| r.notes.is_none()));
        assert_eq!(set.calendar(), rules().calendar());
        assert_eq!(inspect(&bytes).unwrap(), pack);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(text.starts_with("doctrack-rule-pack 2\n{\"set_id\":\"th\",\"version\":2,"));
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn refusals_are_typed() {
        let key = SigningKey::generate().unwrap();
        let other = SigningKey::generate().unwrap();
        let bytes = build(&meta(), &rules(), &key).unwrap();
        let trusted = [key.public_key()];
        assert_eq!(
            verify(&bytes, &[other.public_key()]),
            Err(PackProblem::UnknownKey {
                key_id: key.public_key().id().to_string()
            })
        );
        let body_end = bytes[..bytes.len() - 1]
            .iter()
            .rposition(|b| *b == b'\n')
            .unwrap()
            + 1;
        assert_eq!(
            verify(&bytes[..body_end], &trusted),
            Err(PackProblem::Unsigned)
        );
        let mut changed = bytes.clone();
        let at = changed.iter().position(|b| *b == b'N').unwrap(); // "New deadline."
        changed[at] = b'M';
        assert_eq!(verify(&changed, &trusted), Err(PackProblem::BadSignature));
        for (from, to) in [(" 2\n", " 3\n"), (" 2\n", " 1\n")] {
            let other_format = String::from_utf8(bytes.clone())
                .unwrap()
                .replacen(from, to, 1);
            assert!(matches!(
                verify(other_format.as_bytes(), &trusted),
                Err(PackProblem::UnsupportedFormat { .. })
            ));
        }
        for junk in [
            &b""[..],
            b"hello",
            b"doctrack-rule-pack x\n{}\n",
            b"\x00\xff\n",
        ] {
            assert!(matches!(
                verify(junk, &trusted),
                Err(PackProblem::Malformed { .. })
            ));
        }
    }

    #[cfg(feature = "rule-files")]
    #[test]
    fn a_signed_pack_whose_rules_fail_the_checks_is_refused() {
        let key = SigningKey::generate().unwrap();
        let mut set = CompiledRules::of(&rules());
        let first = set.rules[0].clone();
        // Two rules with one id: refused when read, whoever signed it.
        set.rules.push(first);
        let bytes = build_compiled(&meta(), &set, &key).unwrap();
        let pack = verify(&bytes, &[key.public_key()]).unwrap();
        match pack.rule_set() {
            Err(PackProblem::RulesInvalid { errors }) => {
                assert!(errors[0].contains("already used"), "{errors:?}");
            }
            other => panic!("{other:?}"),
        }
    }
}
