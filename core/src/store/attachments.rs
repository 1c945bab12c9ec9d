//! Photos and scans of documents, encrypted in 64 KiB chunks.
//!
//! Each chunk is sealed with associated data naming the attachment, the
//! chunk's index and whether it is the last one; the sealed metadata holds
//! the chunk count. Truncation, reordering, swapping or appending chunks is
//! detected. Large photos are streamed: at most two chunks are in memory.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::Store;
use crate::crypto::{Aad, LookupPurpose, Purpose};
use crate::domain::{AttachmentId, DocumentId};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Default largest attachment: 20 MiB.
pub const DEFAULT_ATTACHMENT_LIMIT: u64 = 20 * 1024 * 1024;
/// Plaintext bytes per chunk.
pub(crate) const CHUNK_SIZE: usize = 64 * 1024;

/// What is known about an attachment (kept sealed on disk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    /// Random id.
    pub id: AttachmentId,
    /// The document it shows.
    pub document: DocumentId,
    /// MIME type, e.g. `image/jpeg`.
    pub mime: String,
    /// Size in bytes.
    pub size: u64,
    /// Number of chunks.
    pub chunks: u32,
    /// When it was added.
    pub added_on: NaiveDate,
}

fn check_mime(mime: &str) -> StoreResult<String> {
    let m = mime.trim().to_ascii_lowercase();
    let valid_part = |p: &str| {
        !p.is_empty()
            && p.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, '!' | '#' | '$' | '&' | '-' | '^' | '_' | '.' | '+')
            })
    };
    match m.split_once('/') {
        Some((t, s)) if m.len() <= 100 && valid_part(t) && valid_part(s) => Ok(m),
        _ => Err(StoreError::Invalid {
            field: "mime",
            reason: "must be a MIME type such as image/jpeg",
        }),
    }
}

fn chunk_row(id: &str, idx: u32, last: bool) -> String {
    format!("{id}:{idx}:{}", u8::from(last))
}

/// Reads up to `buf.len()` bytes, looping over short reads.
fn fill(reader: &mut impl Read, buf: &mut [u8]) -> StoreResult<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(n)
}

/// Writes an attachment read from `reader` inside `tx`.
pub(crate) fn check_mime_type(mime: &str) -> StoreResult<String> {
    check_mime(mime)
}

pub(crate) fn write_attachment(
    tx: &Transaction<'_>,
    keys: &Keys,
    limit: u64,
    info: &mut AttachmentInfo,
    reader: &mut impl Read,
) -> StoreResult<()> {
    let id = info.id.to_string();
    let owner = keys.token(
        LookupPurpose::AttachmentOwner,
        info.document.to_string().as_bytes(),
    );
    // The row must exist before its chunks (foreign key); its metadata is
    // rewritten with the final size and count before the commit.
    let provisional = keys.seal(Purpose::AttachmentMeta, "attachments", &id, info)?;
    tx.execute(
        "INSERT INTO attachments (id, owner_token, sealed_meta) VALUES (?1, ?2, ?3)",
        params![id, owner.as_slice(), provisional],
    )?;
    // Zeroed when dropped, on success and on every error path.
    let mut current = zeroize::Zeroizing::new(vec![0u8; CHUNK_SIZE]);
    let mut next = zeroize::Zeroizing::new(vec![0u8; CHUNK_SIZE]);
    let mut current_len = fill(reader, &mut current)?;
    let mut idx: u32 = 0;
    let mut size: u64 = 0;
    loop {
        let next_len = if current_len == CHUNK_SIZE {
            fill(reader, &mut next)?
        } else {
            0
        };
        let last = next_len == 0;
        size += current_len as u64;
        if size > limit {
            return Err(StoreError::AttachmentTooLarge { limit });
        }
        let aad = Aad {
            purpose: Purpose::AttachmentChunk,
            table: "attachment_chunks",
            row: &chunk_row(&id, idx, last),
        };
        let sealed = keys.cipher().seal(aad, &current[..current_len])?;
        tx.execute(
            "INSERT INTO attachment_chunks (attachment_id, idx, sealed) VALUES (?1, ?2, ?3)",
            params![id, idx, sealed],
        )?;
        if last {
            break;
        }
        idx = idx
            .checked_add(1)
            .ok_or(StoreError::AttachmentTooLarge { limit })?;
        std::mem::swap(&mut current, &mut next);
        current_len = next_len;
    }
    info.size = size;
    info.chunks = idx + 1;
    let meta = keys.seal(Purpose::AttachmentMeta, "attachments", &id, info)?;
    tx.execute(
        "UPDATE attachments SET sealed_meta = ?1 WHERE id = ?2",
        params![meta, id],
    )?;
    Ok(())
}

impl Store {
    /// Adds a photo or scan of `document`, streamed from `reader` and
    /// encrypted in chunks. Fails with [`StoreError::AttachmentTooLarge`]
    /// beyond the limit; nothing is written on any error.
    pub fn add_attachment(
        &mut self,
        document: DocumentId,
        mime: &str,
        added_on: NaiveDate,
        mut reader: impl Read,
    ) -> StoreResult<AttachmentInfo> {
        let mime = check_mime(mime)?;
        let mut info = AttachmentInfo {
            id: AttachmentId::new_random(),
            document,
            mime,
            size: 0,
            chunks: 0,
            added_on,
        };
        let limit = self.options.attachment_limit;
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        super::records::read_document(&tx, keys, document)?;
        write_attachment(&tx, keys, limit, &mut info, &mut reader)?;
        tx.commit()?;
        Ok(info)
    }

    /// Metadata of one attachment.
    pub fn attachment(&self, id: AttachmentId) -> StoreResult<AttachmentInfo> {
        let key = id.to_string();
        let blob: Vec<u8> = self
            .conn()
            .query_row(
                "SELECT sealed_meta FROM attachments WHERE id = ?1",
                [&key],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound(RecordKind::Attachment))?;
        let info: AttachmentInfo = self.keys().open(
            Purpose::AttachmentMeta,
            "attachments",
            &key,
            &blob,
            RecordKind::Attachment,
        )?;
        if info.id != id {
            return Err(StoreError::Integrity(RecordKind::Attachment));
        }
        Ok(info)
    }

    /// The attachments of a document.
    pub fn attachments(&self, document: DocumentId) -> StoreResult<Vec<AttachmentInfo>> {
        let owner = self.keys().token(
            LookupPurpose::AttachmentOwner,
            document.to_string().as_bytes(),
        );
        let mut stmt = self
            .conn()
            .prepare("SELECT id FROM attachments WHERE owner_token = ?1 ORDER BY rowid")?;
        let ids: Vec<String> = stmt
            .query_map([owner.as_slice()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for id in ids {
            let id: AttachmentId = id
                .parse()
                .map_err(|_| StoreError::Integrity(RecordKind::Attachment))?;
            let info = self.attachment(id)?;
            if info.document != document {
                return Err(StoreError::Integrity(RecordKind::Attachment));
            }
            out.push(info);
        }
        Ok(out)
    }

    /// Streams an attachment's bytes into `writer`, chunk by chunk. On an
    /// integrity error part of the bytes may already be written: discard them.
    pub fn read_attachment(
        &self,
        id: AttachmentId,
        writer: &mut impl Write,
    ) -> StoreResult<AttachmentInfo> {
        let info = self.attachment(id)?;
        let key = id.to_string();
        let stored: i64 = self.conn().query_row(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?1",
            [&key],
            |r| r.get(0),
        )?;
        if stored != i64::from(info.chunks) {
            return Err(StoreError::Integrity(RecordKind::AttachmentChunk));
        }
        let mut stmt = self.conn().prepare(
            "SELECT sealed FROM attachment_chunks WHERE attachment_id = ?1 AND idx = ?2",
        )?;
        let mut written: u64 = 0;
        for idx in 0..info.chunks {
            let blob: Vec<u8> = stmt
                .query_row(params![key, idx], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::Integrity(RecordKind::AttachmentChunk))?;
            let aad = Aad {
                purpose: Purpose::AttachmentChunk,
                table: "attachment_chunks",
                row: &chunk_row(&key, idx, idx + 1 == info.chunks),
            };
            let plain = self
                .keys()
                .cipher()
                .open(aad, &blob)
                .map_err(StoreError::integrity(RecordKind::AttachmentChunk))?;
            written += plain.len() as u64;
            writer.write_all(&plain)?;
        }
        if written != info.size {
            return Err(StoreError::Integrity(RecordKind::AttachmentChunk));
        }
        Ok(info)
    }

    /// An attachment's bytes in memory (convenience for small files).
    pub fn attachment_bytes(&self, id: AttachmentId) -> StoreResult<Vec<u8>> {
        let mut out = Vec::new();
        self.read_attachment(id, &mut out)?;
        Ok(out)
    }

    /// Deletes an attachment and its chunks (freed pages are zeroed).
    pub fn delete_attachment(&mut self, id: AttachmentId) -> StoreResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute("DELETE FROM attachments WHERE id = ?1", [id.to_string()])?;
        if n == 0 {
            return Err(StoreError::NotFound(RecordKind::Attachment));
        }
        tx.commit()?;
        Ok(())
    }
}
