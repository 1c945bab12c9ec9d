//! Photos and scans of documents, encrypted in 64 KiB chunks.
//!
//! Each chunk is sealed with associated data naming the attachment, the
//! chunk's index and whether it is the last one; the sealed metadata holds
//! the chunk count. Truncation, reordering, swapping or appending chunks is
//! detected. Large photos are streamed: at most two chunks are in memory.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::LogWriter;
use super::records::{write_counts, write_effects};
use super::rows::{bytes, count_in_table, open_by_id, slice};
use super::sealed::{read_counts, read_document, read_document_checked, DocCounts};
use super::Store;
use crate::crypto::{Aad, LookupPurpose, PlainBuf, Purpose};
use crate::domain::{
    AttachmentId, DocumentChange, DocumentEvent, DocumentId, DomainError, Effects, Event,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Default largest attachment: 20 MiB.
pub const DEFAULT_ATTACHMENT_LIMIT: u64 = 20 * 1024 * 1024;
/// Plaintext bytes per chunk.
pub(crate) const CHUNK_SIZE: usize = 64 * 1024;

/// What is known about an attachment (kept sealed on disk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for AttachmentInfo {}

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

/// The type of a photo or scan from its first bytes: JPEG, PNG, WebP,
/// HEIC/HEIF or PDF, the kinds phones and scanners make. `None` for
/// anything else (and for an empty file): a caller refuses it rather than
/// keep something no screen can show.
pub fn sniff_photo_type(head: &[u8]) -> Option<&'static str> {
    const HEIF_BRANDS: [&[u8; 4]; 8] = [
        b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
    ];
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if head.len() >= 12 && &head[0..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some("image/webp")
    } else if head.len() >= 12
        && &head[4..8] == b"ftyp"
        && HEIF_BRANDS.iter().any(|b| &head[8..12] == *b)
    {
        Some("image/heic")
    } else if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
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

/// Writes a new attachment of `info.document` inside `tx` and counts it
/// beside its document and in the log head.
pub(crate) fn add_counted(
    tx: &Transaction<'_>,
    keys: &Keys,
    log: &mut LogWriter,
    limit: u64,
    info: &mut AttachmentInfo,
    reader: &mut impl Read,
) -> StoreResult<()> {
    let document = info.document;
    let counts = read_counts(tx, keys, document)?;
    write_attachment(tx, keys, limit, info, reader)?;
    write_counts(
        tx,
        keys,
        document,
        DocCounts {
            attachments: counts.attachments.saturating_add(1),
        },
    )?;
    log.head_mut().attachments += 1;
    Ok(())
}

/// The MIME type as stored, or why it is refused.
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
        tx.prepare_cached(
            "INSERT INTO attachment_chunks (attachment_id, idx, sealed) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, idx, sealed])?;
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
        let mut log = LogWriter::begin(&tx, keys)?;
        read_document(&tx, keys, document)?;
        add_counted(&tx, keys, &mut log, limit, &mut info, &mut reader)?;
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(info)
    }

    /// Metadata of one attachment.
    pub fn attachment(&self, id: AttachmentId) -> StoreResult<AttachmentInfo> {
        self.read(|conn| read_info(conn, &self.keys, id))
    }

    /// The attachments of a document, oldest first. Checked against the
    /// attachment count sealed beside the document: an index that lost one
    /// gives [`StoreError::IndexDamaged`], never a shorter list. An unknown
    /// document is `NotFound`.
    pub fn attachments(&self, document: DocumentId) -> StoreResult<Vec<AttachmentInfo>> {
        self.read(|conn| attachments_of(conn, &self.keys, document))
    }

    /// Streams an attachment's bytes into `writer`, chunk by chunk. On an
    /// integrity error part of the bytes may already be written: discard them.
    pub fn read_attachment(
        &self,
        id: AttachmentId,
        writer: &mut impl Write,
    ) -> StoreResult<AttachmentInfo> {
        self.read(|conn| read_bytes(conn, &self.keys, id, writer))
    }

    /// An attachment's bytes in memory (convenience for small files).
    pub fn attachment_bytes(&self, id: AttachmentId) -> StoreResult<Vec<u8>> {
        self.read(|conn| {
            // Sized up front: a growing vector would leave copies of the
            // plaintext behind in freed memory. The size is from the sealed
            // metadata, at most the attachment limit it was written under.
            let info = read_info(conn, &self.keys, id)?;
            let mut out = Vec::with_capacity(usize::try_from(info.size).unwrap_or(0));
            read_chunks(conn, &self.keys, &info, &mut out)?;
            Ok(out)
        })
    }

    /// Deletes an attachment and its chunks (freed pages are zeroed), and
    /// records the deletion in its document's history (a `photo_deleted`
    /// event dated `on`), so that a backup carries it and a merge never
    /// brings the photo back. An attachment whose metadata is unreadable can
    /// be deleted too (its document found by its owner token; when even that
    /// is gone, no event can name it).
    pub fn delete_attachment(&mut self, id: AttachmentId, on: NaiveDate) -> StoreResult<()> {
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let key = id.to_string();
        let owner = match read_info(&tx, keys, id) {
            Ok(info) => Some(info.document),
            Err(StoreError::Integrity(_)) => owner_by_token(&tx, keys, &key)?,
            Err(e) => return Err(e),
        };
        if !remove_attachment(&tx, keys, id, owner)? {
            return Err(StoreError::NotFound(RecordKind::Attachment));
        }
        if let Some(document) = owner {
            let record = read_document_checked(&tx, keys, document)?;
            let event =
                DocumentEvent::new(document, on, DocumentChange::PhotoDeleted { photo: id });
            let next = record.apply(&event).map_err(DomainError::from)?;
            let effects = Effects {
                events: vec![Event::Document(event)],
                documents: vec![next],
                people: Vec::new(),
            };
            write_effects(&tx, keys, &mut log, &effects)?;
        }
        let head = log.head_mut();
        head.attachments = head.attachments.saturating_sub(1);
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(())
    }
}

/// Deletes one attachment's rows and lowers its document's sealed count
/// (when the document is known). Whether there was such an attachment.
/// The caller lowers the head's attachment count.
pub(crate) fn remove_attachment(
    tx: &Transaction<'_>,
    keys: &Keys,
    id: AttachmentId,
    owner: Option<DocumentId>,
) -> StoreResult<bool> {
    let n = tx.execute("DELETE FROM attachments WHERE id = ?1", [id.to_string()])?;
    if n == 0 {
        return Ok(false);
    }
    if let Some(document) = owner {
        let counts = read_counts(tx, keys, document)?;
        write_counts(
            tx,
            keys,
            document,
            DocCounts {
                attachments: counts.attachments.saturating_sub(1),
            },
        )?;
    }
    Ok(true)
}

/// Reads and opens one attachment's metadata.
pub(crate) fn read_info(
    conn: &Connection,
    keys: &Keys,
    id: AttachmentId,
) -> StoreResult<AttachmentInfo> {
    let info: AttachmentInfo = open_by_id(
        conn,
        keys,
        Purpose::AttachmentMeta,
        ("attachments", "sealed_meta", "attachments"),
        &id.to_string(),
        RecordKind::Attachment,
    )?;
    if info.id != id {
        return Err(StoreError::Integrity(RecordKind::Attachment));
    }
    Ok(info)
}

/// The attachments of `document` through the owner index, checked against
/// the document's sealed attachment count.
fn attachments_of(
    conn: &Connection,
    keys: &Keys,
    document: DocumentId,
) -> StoreResult<Vec<AttachmentInfo>> {
    // The sealed count; if it is unreadable, a scan of the table stands in.
    let sealed_count = match read_counts(conn, keys, document) {
        Ok(counts) => Some(counts.attachments),
        Err(StoreError::Integrity(RecordKind::Document)) => None,
        Err(e) => return Err(e),
    };
    let owner = keys.token(
        LookupPurpose::AttachmentOwner,
        document.to_string().as_bytes(),
    );
    let mut stmt = conn.prepare(
        "SELECT rowid, id, sealed_meta FROM attachments WHERE owner_token = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([owner.as_slice()])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let (id, blob) = (bytes(r, 1)?.unwrap_or_default(), bytes(r, 2)?);
        let info = match (std::str::from_utf8(&id), blob) {
            (Ok(text), Some(blob)) => keys
                .open::<AttachmentInfo>(
                    Purpose::AttachmentMeta,
                    "attachments",
                    text,
                    &blob,
                    RecordKind::Attachment,
                )
                .ok()
                .filter(|i| i.id.to_string() == text),
            _ => None,
        };
        match info {
            Some(info) if info.document == document => out.push(info),
            // The index led to another document's attachment: the index is
            // wrong if the row's own token differs, else the row was changed.
            Some(_) => {
                let stored = super::rows::column_at(conn, "attachments", "owner_token", rowid)?;
                return Err(if stored.as_deref() == Some(owner.as_slice()) {
                    StoreError::Integrity(RecordKind::Attachment)
                } else {
                    StoreError::IndexDamaged(RecordKind::Attachment)
                });
            }
            None => return Err(StoreError::Integrity(RecordKind::Attachment)),
        }
    }
    let Some(expected) = sealed_count.map(u64::from) else {
        if out.len() as u64 != count_in_table(conn, "attachments", "owner_token", &owner)? {
            return Err(StoreError::IndexDamaged(RecordKind::Attachment));
        }
        return Ok(out);
    };
    if out.len() as u64 != expected {
        let in_table = count_in_table(conn, "attachments", "owner_token", &owner)?;
        return Err(if in_table == expected {
            StoreError::IndexDamaged(RecordKind::Attachment)
        } else {
            StoreError::Integrity(RecordKind::Attachment)
        });
    }
    Ok(out)
}

/// Reads an attachment's metadata and streams its chunks into `writer`.
fn read_bytes(
    conn: &Connection,
    keys: &Keys,
    id: AttachmentId,
    writer: &mut impl Write,
) -> StoreResult<AttachmentInfo> {
    let info = read_info(conn, keys, id)?;
    read_chunks(conn, keys, &info, writer)?;
    Ok(info)
}

/// Why an attachment's chunks did not come as sealed: a damaged index when
/// the table itself holds exactly the sealed number of chunks but the key's
/// index finds another number (`store repair` rebuilds it), else damaged
/// or missing chunks.
fn chunk_damage(conn: &Connection, key: &str, chunks: u32) -> StoreError {
    let count = |sql: &str| -> StoreResult<i64> { Ok(conn.query_row(sql, [key], |r| r.get(0))?) };
    let in_table =
        count("SELECT count(*) FROM attachment_chunks NOT INDEXED WHERE attachment_id = ?1");
    let via_index = count("SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?1");
    match (in_table, via_index) {
        (Ok(t), Ok(i)) if t == i64::from(chunks) && i != t => {
            StoreError::IndexDamaged(RecordKind::AttachmentChunk)
        }
        (Err(e), _) | (_, Err(e)) => e,
        _ => StoreError::Integrity(RecordKind::AttachmentChunk),
    }
}

/// An attachment's chunks in order (one scan of the primary key's range).
const CHUNKS_IN_ORDER: &str =
    "SELECT idx, sealed FROM attachment_chunks WHERE attachment_id = ?1 ORDER BY idx";

/// Streams the chunks of the attachment `info` describes into `writer`,
/// checking their count, order, last-chunk mark and total size.
fn read_chunks(
    conn: &Connection,
    keys: &Keys,
    info: &AttachmentInfo,
    writer: &mut impl Write,
) -> StoreResult<()> {
    let key = info.id.to_string();
    let damaged = || StoreError::Integrity(RecordKind::AttachmentChunk);
    // One ordered scan of the key's range (schema 10: the sealed chunks are
    // outside the b-tree key, so the scan reads each chunk's pages once).
    // Every index from 0 to the sealed count must come, in order, and no
    // other: a missing, repeated, reordered or extra chunk is damage; the
    // last-chunk mark in each chunk's authenticated data catches a cut.
    // Prepared afresh (microseconds, once per photo): cached, SQLite would
    // recompile it at every use anyway (see `sealed::EVENTS_OF_SUBJECT`).
    let mut stmt = conn.prepare(CHUNKS_IN_ORDER)?;
    let mut rows = stmt.query([&key])?;
    // Each chunk is opened straight from SQLite's row into one reused
    // plaintext buffer, wiped when it grows and when dropped (decrypting
    // a 10 MiB photo copied and wiped every chunk three times before).
    let mut plain_buf = PlainBuf::new();
    let mut written: u64 = 0;
    let mut expected: u32 = 0;
    while let Some(row) = rows.next()? {
        let idx: i64 = row.get(0)?;
        if expected >= info.chunks || idx != i64::from(expected) {
            return Err(chunk_damage(conn, &key, info.chunks));
        }
        let blob = slice(row, 1)?.ok_or_else(damaged)?;
        let aad = Aad {
            purpose: Purpose::AttachmentChunk,
            table: "attachment_chunks",
            row: &chunk_row(&key, expected, expected + 1 == info.chunks),
        };
        let plain = keys
            .cipher()
            .open_in(aad, blob, &mut plain_buf)
            .map_err(StoreError::integrity(RecordKind::AttachmentChunk))?;
        written += plain.len() as u64;
        writer.write_all(plain)?;
        expected += 1;
    }
    if expected != info.chunks {
        return Err(chunk_damage(conn, &key, info.chunks));
    }
    if written != info.size {
        return Err(StoreError::Integrity(RecordKind::AttachmentChunk));
    }
    Ok(())
}

/// The document an attachment with unreadable metadata belongs to, found
/// by comparing its owner token with the token of every document id.
fn owner_by_token(conn: &Connection, keys: &Keys, id: &str) -> StoreResult<Option<DocumentId>> {
    let token: Option<Vec<u8>> = conn
        .query_row(
            "SELECT owner_token FROM attachments WHERE id = ?1",
            [id],
            |r| bytes(r, 0),
        )
        .optional()?
        .flatten();
    let Some(token) = token else { return Ok(None) };
    let mut stmt = conn.prepare("SELECT id FROM documents NOT INDEXED")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(doc) = bytes(r, 0)? else { continue };
        let own = keys.token(LookupPurpose::AttachmentOwner, &doc);
        if own.as_slice() == token.as_slice() {
            return Ok(std::str::from_utf8(&doc).ok().and_then(|s| s.parse().ok()));
        }
    }
    Ok(None)
}

/// Reads and authenticates every chunk of an attachment, keeping nothing.
pub(crate) fn verify_chunks(
    conn: &Connection,
    keys: &Keys,
    info: &AttachmentInfo,
) -> StoreResult<()> {
    read_chunks(conn, keys, info, &mut std::io::sink())
}

#[cfg(test)]
mod sniff_tests {
    use super::sniff_photo_type as sniff;

    #[test]
    fn photo_types_are_told_by_their_first_bytes() {
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some("image/jpeg")
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some("image/heic"));
        assert_eq!(sniff(b"\0\0\0\x18ftypmif1\0\0\0\0"), Some("image/heic"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        // Not photos: empty, text, a video, an archive, a truncated PNG.
        for other in [
            &b""[..],
            b"hello world",
            b"\0\0\0\x18ftypmp42\0\0\0\0",
            b"PK\x03\x04",
            b"\x89PNG",
        ] {
            assert_eq!(sniff(other), None, "{other:?}");
        }
    }
}
