//! What a share holds, inside the seal: a versioned JSON manifest (zlib
//! compressed) followed by the photos' bytes.
//!
//! ```text
//! body  manifest length (u32 BE) | zlib(JSON manifest) | photo bytes, in
//!       the manifest's order, each as long as its `size`
//! ```

use super::ShareProblem;
use crate::domain::{AttachmentId, DocumentEvent, DocumentRecord, Person};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The manifest format written and read.
pub const CONTENT_FORMAT: u32 = 1;
/// The most a manifest may inflate to (a bound against damaged input).
const MAX_MANIFEST: usize = 32 * 1024 * 1024;

/// A photo carried by a share (its bytes follow the manifest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedPhoto {
    /// The photo's id in the worker's store.
    pub id: AttachmentId,
    /// MIME type.
    pub mime: String,
    /// Size in bytes.
    pub size: u64,
    /// When the worker added it.
    pub added_on: NaiveDate,
}

/// One shared document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedDocument {
    /// Its details and state on the worker's phone (links to documents
    /// that were not shared are left out).
    pub record: DocumentRecord,
    /// Its history, if the worker chose to include it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<DocumentEvent>,
    /// Its photos, if the worker chose to include them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<SharedPhoto>,
}

/// Everything a share says, as the worker chose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareContent {
    /// [`CONTENT_FORMAT`].
    pub format: u32,
    /// Random id of this share.
    pub share_id: String,
    /// Random id of the worker's store (the same for all its shares).
    pub worker_store: String,
    /// The day it was made.
    pub created_on: NaiveDate,
    /// When it was made (ms since 1970), to order shares of one day.
    pub created_at_ms: i64,
    /// The last day of the worker's consent.
    pub until: NaiveDate,
    /// The recipient as the worker named it.
    pub recipient: String,
    /// Whether histories were chosen.
    pub history: bool,
    /// Whether photos were chosen.
    pub photos: bool,
    /// The person's details.
    pub person: Person,
    /// The chosen documents.
    pub documents: Vec<SharedDocument>,
}

/// The photos' bytes, in manifest order.
pub(crate) type Photos = Vec<Zeroizing<Vec<u8>>>;

/// Encodes the content and the photos' bytes (in manifest order).
pub(crate) fn encode(
    content: &ShareContent,
    photos: &[Zeroizing<Vec<u8>>],
) -> Result<Zeroizing<Vec<u8>>, ShareProblem> {
    let json = Zeroizing::new(serde_json::to_vec(content).map_err(|_| ShareProblem::Damaged)?);
    let packed = Zeroizing::new(crate::deflated::deflate(&json));
    let len = u32::try_from(packed.len()).map_err(|_| ShareProblem::Damaged)?;
    let total = 4 + packed.len() + photos.iter().map(|p| p.len()).sum::<usize>();
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&packed);
    for p in photos {
        out.extend_from_slice(p);
    }
    Ok(out)
}

/// The manifest's JSON (inflated) and the bytes after it.
fn split(body: &[u8]) -> Result<(Zeroizing<Vec<u8>>, &[u8]), ShareProblem> {
    let len_bytes: [u8; 4] = body
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .ok_or(ShareProblem::Damaged)?;
    let len = u32::from_be_bytes(len_bytes) as usize;
    let end = len.checked_add(4).ok_or(ShareProblem::Damaged)?;
    let packed = body.get(4..end).ok_or(ShareProblem::Damaged)?;
    let json = Zeroizing::new(
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_MANIFEST)
            .map_err(|_| ShareProblem::Damaged)?,
    );
    Ok((json, &body[end..]))
}

/// The manifest's JSON followed by the photos' bytes.
pub(crate) fn plaintext(body: &[u8]) -> Result<Zeroizing<Vec<u8>>, ShareProblem> {
    let (json, rest) = split(body)?;
    let mut out = Zeroizing::new(Vec::with_capacity(json.len() + rest.len()));
    out.extend_from_slice(&json);
    out.extend_from_slice(rest);
    Ok(out)
}

/// Decodes a body: the content and each photo's bytes, in manifest order.
pub(crate) fn decode(body: &[u8]) -> Result<(ShareContent, Photos), ShareProblem> {
    let (json, mut rest) = split(body)?;
    // The format number is read first, so a newer manifest is named as
    // such rather than as damage.
    #[derive(Deserialize)]
    struct Format {
        format: u32,
    }
    let format: Format = serde_json::from_slice(&json).map_err(|_| ShareProblem::Damaged)?;
    if format.format != CONTENT_FORMAT {
        return Err(ShareProblem::UnsupportedFormat {
            found: format.format,
        });
    }
    let content: ShareContent = serde_json::from_slice(&json).map_err(|_| ShareProblem::Damaged)?;
    let mut photos = Vec::new();
    for d in &content.documents {
        for p in &d.photos {
            let size = usize::try_from(p.size).map_err(|_| ShareProblem::Damaged)?;
            if rest.len() < size {
                return Err(ShareProblem::Damaged);
            }
            let (bytes, tail) = rest.split_at(size);
            photos.push(Zeroizing::new(bytes.to_vec()));
            rest = tail;
        }
    }
    if !rest.is_empty() {
        return Err(ShareProblem::Damaged);
    }
    Ok((content, photos))
}
