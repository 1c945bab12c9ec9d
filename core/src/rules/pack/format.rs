//! The bytes of a rule pack: three lines of UTF-8 text.
//!
//! ```text
//! doctrack-rule-pack 2\n                       magic and format version
//! {"set_id":"th","version":12,…,"rules":{…}}\n  the body: canonical JSON
//! ed25519 <key id: 16 hex> <signature: 128 hex>\n
//! ```
//!
//! The signature covers every byte before its line (the first two lines,
//! newlines included): exactly the bytes shipped. The body carries the
//! set's metadata and its rules **compiled** ([`CompiledRules`]): a phone
//! reads it without a TOML parser (format 1 carried the rule files
//! themselves; docs/adr/0018). The body is canonical — fields in a fixed
//! order, change summaries by language code, rules in file order — so the
//! same files, metadata and key always give the same pack (Ed25519
//! signatures are deterministic).

use super::keys::{hex, unhex, KeyId};
use super::problem::PackProblem;
use crate::domain::Language;
use crate::rules::compiled::CompiledRules;
use crate::rules::set_meta::{check_meta, LibraryVersion, SetMeta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The first line's magic word.
pub const MAGIC: &str = "doctrack-rule-pack";
/// The pack format this library writes and reads.
pub const PACK_FORMAT: u32 = 2;
/// The largest pack accepted, in bytes.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;
const SIGNATURE_ALG: &str = "ed25519";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    set_id: String,
    version: u64,
    built: NaiveDate,
    min_library: LibraryVersion,
    changes: BTreeMap<Language, String>,
    rules: CompiledRules,
}

/// A pack's parts: what is signed, and the signature line.
pub(crate) struct Parts<'a> {
    /// The signed bytes (first two lines).
    pub signed: &'a [u8],
    /// The body (second line, without its newline).
    pub body: &'a [u8],
    /// The key id and signature; `None` when the pack is unsigned.
    pub signature: Option<(KeyId, [u8; 64])>,
}

/// The bytes that get signed: the magic line and the body line.
pub(crate) fn signed_bytes(meta: &SetMeta, rules: &CompiledRules) -> Result<Vec<u8>, PackProblem> {
    let problems = check_meta(meta);
    if let Some(p) = problems.first() {
        return Err(PackProblem::malformed(p.clone()));
    }
    let body = Body {
        set_id: meta.set_id.clone(),
        version: meta.version,
        built: meta.built,
        min_library: meta.min_library,
        changes: meta.changes.clone(),
        rules: rules.clone(),
    };
    let json = serde_json::to_vec(&body)
        .map_err(|_| PackProblem::malformed("the body could not be written"))?;
    let mut out = format!("{MAGIC} {PACK_FORMAT}\n").into_bytes();
    out.extend_from_slice(&json);
    out.push(b'\n');
    if out.len() > MAX_PACK_BYTES {
        return Err(PackProblem::malformed(format!(
            "a pack is at most {MAX_PACK_BYTES} bytes"
        )));
    }
    Ok(out)
}

/// The signature line for `key_id` and `signature`.
pub(crate) fn signature_line(key_id: &KeyId, signature: &[u8; 64]) -> Vec<u8> {
    format!("{SIGNATURE_ALG} {key_id} {}\n", hex(signature)).into_bytes()
}

/// Splits a pack into its parts, checking only their shape.
pub(crate) fn split(bytes: &[u8]) -> Result<Parts<'_>, PackProblem> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackProblem::malformed(format!(
            "larger than {MAX_PACK_BYTES} bytes"
        )));
    }
    let first_end = bytes
        .iter()
        .position(|b| *b == b'\n')
        .ok_or_else(|| PackProblem::malformed("no header line"))?;
    let header = std::str::from_utf8(&bytes[..first_end])
        .map_err(|_| PackProblem::malformed("the header is not text"))?;
    let version = header
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.strip_prefix(' '))
        .ok_or_else(|| PackProblem::malformed("not a doctrack rule pack"))?;
    let format: u32 = (!version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()))
        .then(|| version.parse().ok())
        .flatten()
        .ok_or_else(|| PackProblem::malformed("the format version is not a number"))?;
    if format != PACK_FORMAT {
        return Err(PackProblem::UnsupportedFormat { found: format });
    }
    let rest = &bytes[first_end + 1..];
    let body_len = rest
        .iter()
        .position(|b| *b == b'\n')
        .ok_or_else(|| PackProblem::malformed("the body is cut off"))?;
    let signed_len = first_end + 1 + body_len + 1;
    let (signed, tail) = bytes.split_at(signed_len);
    let body = &rest[..body_len];
    if tail.is_empty() {
        return Ok(Parts {
            signed,
            body,
            signature: None,
        });
    }
    let line = std::str::from_utf8(tail)
        .ok()
        .and_then(|t| t.strip_suffix('\n'))
        .ok_or_else(|| PackProblem::malformed("the signature line is damaged"))?;
    let mut words = line.split(' ');
    let (Some(SIGNATURE_ALG), Some(id), Some(sig), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return Err(PackProblem::malformed("the signature line is damaged"));
    };
    // Lower-case hex only: one spelling per signature, so no byte of a
    // pack can change without it being refused.
    let lower_hex = |t: &str| {
        t.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let id_ok = id.len() == 16 && lower_hex(id);
    let sig: Option<[u8; 64]> = lower_hex(sig)
        .then(|| unhex(sig))
        .flatten()
        .and_then(|b| b.try_into().ok());
    match (id_ok, sig) {
        (true, Some(sig)) => Ok(Parts {
            signed,
            body,
            signature: Some((KeyId(id.to_string()), sig)),
        }),
        _ => Err(PackProblem::malformed("the signature line is damaged")),
    }
}

/// Reads the body: the set's metadata and its compiled rules (not yet
/// checked: see [`CompiledRules::into_rule_set`]).
pub(crate) fn read_body(body: &[u8]) -> Result<(SetMeta, CompiledRules), PackProblem> {
    let body =
        std::str::from_utf8(body).map_err(|_| PackProblem::malformed("the body is not text"))?;
    let body: Body = serde_json::from_str(body)
        .map_err(|e| PackProblem::malformed(format!("the body is not readable: {e}")))?;
    let meta = SetMeta {
        set_id: body.set_id,
        version: body.version,
        built: body.built,
        min_library: body.min_library,
        changes: body.changes,
    };
    if let Some(p) = check_meta(&meta).first() {
        return Err(PackProblem::malformed(p.clone()));
    }
    Ok((meta, body.rules))
}
