//! Encrypted, tamper-evident backup files.
//!
//! ```text
//! header   "DOCTRACK-BACKUP\n" | version (3) | PBKDF2 iterations (u32 BE) | salt (16)
//! check    u16 BE length | envelope sealing a fixed text (wrong passphrase → WrongSecret)
//! checksum SHA-256 of header and check (version 2 on; a damaged header or
//!          check is BackupInvalid, not WrongSecret)
//! segments u32 BE length | envelope of up to 64 KiB of the record stream
//! ```
//!
//! Version 1 files (no checksum), version 2 files (no reminder states) and
//! version 3 files (no sharing identity) are still read.
//!
//! The key is PBKDF2-HMAC-SHA256(passphrase, salt); each file has a fresh
//! salt, hence a fresh key, so segments use their index as nonce. The
//! associated data of every segment holds the header, its index and whether
//! it is the last: a modified header, a dropped, reordered or appended
//! segment, or a truncated file is detected.
//!
//! The record stream: `tag (u8) | length (u32 BE) | payload`, with tags
//! 1 = event (JSON), 2 = attachment metadata (JSON), 3 = attachment bytes,
//! 4 = end of attachment, 5 = a reminder's state (done, dismissed, snoozed;
//! JSON with the reminder's canonical key, version 3 on), 6 = the store's
//! sharing identity (JSON, version 4 on, at most one; a restore keeps it, a
//! merge into a store leaves that store's own), 255 = trailer (counts, JSON).

use super::attachments::{read_info, write_attachment, AttachmentInfo, CHUNK_SIZE};
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::{load_head, LogWriter};
use super::records::rewrite_projections;
use super::reminders::{merge_portable_state, portable_states, PortableState};
use super::rows::bytes;
use super::sealed::read_events;
use super::{Store, StoreOptions};
use crate::crypto::{
    random_bytes, Aad, Cipher, KdfParams, NewSlot, Purpose, ENVELOPE_OVERHEAD, MAX_ITERATIONS,
    MIN_STORED_ITERATIONS,
};
use crate::domain::{AttachmentId, DocumentChange, DocumentId, DomainError, Event, Ledger};
use rusqlite::{Connection, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::path::Path;
use zeroize::Zeroizing;

const MAGIC: &[u8; 16] = b"DOCTRACK-BACKUP\n";
/// The version written: 2 adds the header checksum, 3 reminder states, 4
/// the sharing identity.
const VERSION: u8 = 4;
/// Reminder states, no sharing identity: still read.
const VERSION_3: u8 = 3;
/// Header checksum, no reminder states: still read.
const VERSION_2: u8 = 2;
/// The first version (no header checksum), still read.
const VERSION_1: u8 = 1;
const CHECKSUM_LEN: usize = 32;
const HEADER_LEN: usize = 16 + 1 + 4 + 16;
const SEGMENT: usize = 64 * 1024;
const CHECK_TEXT: &[u8] = b"doctrack backup key check";
const CHECK_NONCE: [u8; 12] = [0xFF; 12];
const MAX_JSON: usize = 1024 * 1024;

const TAG_EVENT: u8 = 1;
const TAG_ATTACHMENT: u8 = 2;
const TAG_BYTES: u8 = 3;
const TAG_ATTACHMENT_END: u8 = 4;
const TAG_REMINDER_STATE: u8 = 5;
const TAG_IDENTITY: u8 = 6;
const TAG_TRAILER: u8 = 255;

/// What a merge or restore did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MergeReport {
    /// Events added.
    pub events_added: u64,
    /// Events already in the store (same id), skipped.
    pub events_present: u64,
    /// Attachments added.
    pub attachments_added: u64,
    /// Attachments already in the store, skipped.
    pub attachments_present: u64,
    /// Reminder states (done, dismissed, snoozed) added; a reminder that
    /// already has a state here keeps it.
    pub reminder_states_added: u64,
    /// Photos in the backup that were not added because their deletion is
    /// in the history (here or in the backup): deleted stays deleted.
    pub photos_skipped_deleted: u64,
    /// Photos of this store removed because the backup's history deleted
    /// them.
    pub photos_removed: u64,
    /// The backup's events (and photos) that do not fit this store's
    /// history and were not merged; everything else was. The backup file
    /// is unchanged: restore it into a new store to see its side.
    pub conflicts: Vec<MergeConflict>,
}

/// One event of a backup that does not fit this store's history (e.g. the
/// backup approved a renewal of a document this store cancelled): it was
/// not merged, and this store's record was kept as it is. Names and ids
/// only, never personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MergeConflict {
    /// Whose history: `Person` or `Document` (`Attachment` for a photo of
    /// a document that was not merged).
    pub record: RecordKind,
    /// The id of that person, document or photo.
    pub subject: String,
    /// The backup's event that was not merged (its id; empty for a photo).
    pub event: String,
    /// The event's name as stored (`renewal_approved`, `payment_recorded`).
    pub change: String,
    /// Why it does not fit (names only).
    pub reason: String,
    /// What this store kept: the state of its record (`cancelled`,
    /// `active`, `archived`), empty when it has none.
    pub kept: String,
}

impl MergeConflict {
    /// The conflict of `event`, refused with `error`, against `ledger`.
    fn of_event(ledger: &Ledger, event: &Event, error: &DomainError) -> MergeConflict {
        let (record, subject, change, kept) = match event {
            Event::Person(e) => (
                RecordKind::Person,
                e.person.to_string(),
                e.change.name().to_string(),
                ledger
                    .people()
                    .get(&e.person)
                    .map(|p| if p.archived { "archived" } else { "active" }.to_string())
                    .unwrap_or_default(),
            ),
            Event::Document(e) => (
                RecordKind::Document,
                e.document.to_string(),
                e.change.name().as_str().to_string(),
                ledger
                    .documents()
                    .get(&e.document)
                    .map(|d| d.state.name().as_str().to_string())
                    .unwrap_or_default(),
            ),
        };
        MergeConflict {
            record,
            subject,
            event: event.id().to_string(),
            change,
            reason: error.to_string(),
            kept,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Trailer {
    events: u64,
    attachments: u64,
    /// Absent before version 3.
    #[serde(default)]
    reminder_states: u64,
    /// Sharing identities (0 or 1); absent before version 4.
    #[serde(default)]
    identities: u64,
}

fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> StoreResult<Cipher> {
    if passphrase.is_empty() || passphrase.len() > crate::crypto::MAX_PASSPHRASE_BYTES {
        return Err(StoreError::Invalid {
            field: "passphrase",
            reason: "must be 1 to 1024 bytes",
        });
    }
    if iterations == 0 {
        return Err(StoreError::BackupInvalid("bad key parameters"));
    }
    let key = crate::crypto::pbkdf2_key(passphrase, salt, iterations)?;
    Ok(Cipher::new(&key)?)
}

use crate::crypto::hex;

fn nonce(index: u64) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[4..].copy_from_slice(&index.to_be_bytes());
    n
}

/// Seals the record stream into segments as it is written.
struct SegmentWriter<W: Write> {
    out: W,
    cipher: Cipher,
    header_hex: String,
    buf: Zeroizing<Vec<u8>>,
    index: u64,
}

impl<W: Write> SegmentWriter<W> {
    fn seal(&mut self, upto: usize, last: bool) -> StoreResult<()> {
        let row = format!("{}:{}:{}", self.header_hex, self.index, u8::from(last));
        let aad = Aad {
            purpose: Purpose::Backup,
            table: "segment",
            row: &row,
        };
        let sealed = self
            .cipher
            .seal_with_nonce(aad, &self.buf[..upto], nonce(self.index))?;
        self.out.write_all(&(sealed.len() as u32).to_be_bytes())?;
        self.out.write_all(&sealed)?;
        self.buf.drain(..upto);
        self.index += 1;
        Ok(())
    }

    fn record(&mut self, tag: u8, payload: &[u8]) -> StoreResult<()> {
        self.buf.push(tag);
        self.buf
            .extend_from_slice(&(payload.len() as u32).to_be_bytes());
        self.buf.extend_from_slice(payload);
        // Seal full segments only when more bytes follow them, so that the
        // final segment is always sealed as the last one.
        while self.buf.len() > SEGMENT {
            self.seal(SEGMENT, false)?;
        }
        Ok(())
    }

    fn finish(mut self) -> StoreResult<W> {
        let n = self.buf.len();
        self.seal(n, true)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Opens segments and yields the record stream.
struct SegmentReader<R: Read> {
    input: R,
    cipher: Cipher,
    header_hex: String,
    plain: Zeroizing<Vec<u8>>,
    pos: usize,
    index: u64,
    done: bool,
}

impl<R: Read> SegmentReader<R> {
    fn next_segment(&mut self) -> StoreResult<()> {
        if self.done {
            return Err(StoreError::BackupInvalid("records continue after the end"));
        }
        let mut len = [0u8; 4];
        self.input
            .read_exact(&mut len)
            .map_err(|_| StoreError::BackupInvalid("the file is truncated"))?;
        let len = u32::from_be_bytes(len) as usize;
        if !(ENVELOPE_OVERHEAD..=SEGMENT + ENVELOPE_OVERHEAD).contains(&len) {
            return Err(StoreError::BackupInvalid(
                "a segment has an impossible length",
            ));
        }
        let mut blob = vec![0u8; len];
        self.input
            .read_exact(&mut blob)
            .map_err(|_| StoreError::BackupInvalid("the file is truncated"))?;
        let mut opened = None;
        for last in [false, true] {
            let row = format!("{}:{}:{}", self.header_hex, self.index, u8::from(last));
            let aad = Aad {
                purpose: Purpose::Backup,
                table: "segment",
                row: &row,
            };
            if let Ok(p) = self.cipher.open(aad, &blob) {
                opened = Some((p, last));
                break;
            }
        }
        let (plain, last) = opened.ok_or(StoreError::BackupInvalid(
            "a segment was modified, moved or removed",
        ))?;
        self.plain = plain;
        self.pos = 0;
        self.index += 1;
        self.done = last;
        if last {
            let mut extra = [0u8; 1];
            if self.input.read(&mut extra).map_err(StoreError::from)? != 0 {
                return Err(StoreError::BackupInvalid("data follows the last segment"));
            }
        }
        Ok(())
    }

    fn read_exact(&mut self, out: &mut [u8]) -> StoreResult<()> {
        let mut filled = 0;
        while filled < out.len() {
            if self.pos == self.plain.len() {
                self.next_segment()?;
                continue;
            }
            let n = (out.len() - filled).min(self.plain.len() - self.pos);
            out[filled..filled + n].copy_from_slice(&self.plain[self.pos..self.pos + n]);
            self.pos += n;
            filled += n;
        }
        Ok(())
    }

    fn record(&mut self, max: usize) -> StoreResult<(u8, Zeroizing<Vec<u8>>)> {
        let mut head = [0u8; 5];
        self.read_exact(&mut head)?;
        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
        if len > max {
            return Err(StoreError::BackupInvalid("a record is too large"));
        }
        let mut payload = Zeroizing::new(vec![0u8; len]);
        self.read_exact(&mut payload)?;
        Ok((head[0], payload))
    }

    fn finished(&self) -> bool {
        self.done && self.pos == self.plain.len()
    }
}

/// Reads the bytes of one attachment from the record stream.
struct PieceReader<'a, R: Read> {
    stream: &'a mut SegmentReader<R>,
    piece: Zeroizing<Vec<u8>>,
    pos: usize,
    ended: bool,
    error: Option<StoreError>,
}

impl<R: Read> Read for PieceReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.piece.len() && !self.ended {
            match self.stream.record(CHUNK_SIZE) {
                Ok((TAG_BYTES, p)) => {
                    self.piece = p;
                    self.pos = 0;
                }
                Ok((TAG_ATTACHMENT_END, _)) => self.ended = true,
                Ok(_) => {
                    self.error = Some(StoreError::BackupInvalid("an attachment is incomplete"));
                    return Err(std::io::Error::other("invalid backup"));
                }
                Err(e) => {
                    self.error = Some(e);
                    return Err(std::io::Error::other("invalid backup"));
                }
            }
        }
        let n = buf.len().min(self.piece.len() - self.pos);
        buf[..n].copy_from_slice(&self.piece[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn checksum(header: &[u8], check_len: &[u8], check: &[u8]) -> [u8; CHECKSUM_LEN] {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    for part in [header, check_len, check] {
        ctx.update(part);
    }
    let mut out = [0u8; CHECKSUM_LEN];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

fn open_reader<R: Read>(mut input: R, passphrase: &str) -> StoreResult<SegmentReader<R>> {
    let mut header = [0u8; HEADER_LEN];
    input
        .read_exact(&mut header)
        .map_err(|_| StoreError::BackupInvalid("not a doctrack backup"))?;
    if &header[..16] != MAGIC {
        return Err(StoreError::BackupInvalid("not a doctrack backup"));
    }
    let version = header[16];
    if ![VERSION, VERSION_3, VERSION_2, VERSION_1].contains(&version) {
        return Err(StoreError::BackupInvalid(
            "written by an unknown version of doctrack, or its header is damaged",
        ));
    }
    let mut len_bytes = [0u8; 2];
    input
        .read_exact(&mut len_bytes)
        .map_err(|_| StoreError::BackupInvalid("the file is truncated"))?;
    let len = u16::from_be_bytes(len_bytes) as usize;
    if len > 256 {
        return Err(StoreError::BackupInvalid("the header is damaged"));
    }
    let mut check = vec![0u8; len];
    input
        .read_exact(&mut check)
        .map_err(|_| StoreError::BackupInvalid("the file is truncated"))?;
    if version != VERSION_1 {
        // Checked before the key is derived: a damaged header or key check
        // is BackupInvalid (and costs no key derivation), not WrongSecret.
        let mut stored = [0u8; CHECKSUM_LEN];
        input
            .read_exact(&mut stored)
            .map_err(|_| StoreError::BackupInvalid("the file is truncated"))?;
        if stored != checksum(&header, &len_bytes, &check) {
            return Err(StoreError::BackupInvalid("the header is damaged"));
        }
    }
    let iterations = u32::from_be_bytes([header[17], header[18], header[19], header[20]]);
    if !(MIN_STORED_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        return Err(StoreError::BackupInvalid("bad key parameters"));
    }
    let cipher = derive_key(passphrase, &header[21..37], iterations)?;
    let header_hex = hex(&header);
    let aad = Aad {
        purpose: Purpose::Backup,
        table: "check",
        row: &header_hex,
    };
    match cipher.open(aad, &check) {
        Ok(text) if text.as_slice() == CHECK_TEXT => {}
        _ => return Err(StoreError::WrongSecret),
    }
    Ok(SegmentReader {
        input,
        cipher,
        header_hex,
        plain: Zeroizing::new(Vec::new()),
        pos: 0,
        index: 0,
        done: false,
    })
}

/// The ids of every attachment, by a table scan, in insertion order.
fn attachment_ids(conn: &Connection) -> StoreResult<Vec<AttachmentId>> {
    let mut stmt = conn.prepare("SELECT id FROM attachments NOT INDEXED ORDER BY rowid")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id = bytes(r, 0)?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| {
                s.parse()
                    .ok()
                    .filter(|id: &AttachmentId| id.to_string() == s)
            })
            .ok_or(StoreError::Integrity(RecordKind::Attachment))?;
        out.push(id);
    }
    Ok(out)
}

/// The ids in column `id` of `table`, by a table scan (a damaged index
/// must not make a stored event look absent).
fn ids_in(conn: &Connection, table: &str) -> StoreResult<HashSet<Vec<u8>>> {
    let mut stmt = conn.prepare(&format!("SELECT id FROM {table} NOT INDEXED"))?;
    let mut rows = stmt.query([])?;
    let mut out = HashSet::new();
    while let Some(r) = rows.next()? {
        if let Some(id) = bytes(r, 0)? {
            out.insert(id);
        }
    }
    Ok(out)
}

impl Store {
    /// Writes every event and attachment into one passphrase-protected,
    /// tamper-evident backup. Fails if any record is unreadable (a backup
    /// must be complete).
    pub fn export_backup<W: Write>(
        &self,
        out: W,
        passphrase: &str,
        kdf: KdfParams,
    ) -> StoreResult<W> {
        // One read transaction: the backup is a consistent snapshot even if
        // another connection writes meanwhile.
        self.read(|conn| self.export_in(conn, out, passphrase, kdf))
    }

    fn export_in<W: Write>(
        &self,
        conn: &Connection,
        mut out: W,
        passphrase: &str,
        kdf: KdfParams,
    ) -> StoreResult<W> {
        let keys = self.keys();
        let head = load_head(conn, keys)?;
        let (events, unreadable) = read_events(conn, keys)?;
        if !unreadable.is_empty() {
            return Err(StoreError::Integrity(RecordKind::Event));
        }
        if events.len() as u64 != head.events {
            return Err(StoreError::Integrity(RecordKind::Log));
        }
        let ids = attachment_ids(conn)?;
        if ids.len() as u64 != head.attachments {
            return Err(StoreError::Integrity(RecordKind::Attachment));
        }
        let mut salt = [0u8; 16];
        random_bytes(&mut salt)?;
        let mut header = Vec::with_capacity(HEADER_LEN);
        header.extend_from_slice(MAGIC);
        header.push(VERSION);
        header.extend_from_slice(&kdf.iterations().to_be_bytes());
        header.extend_from_slice(&salt);
        let cipher = derive_key(passphrase, &salt, kdf.iterations())?;
        let header_hex = hex(&header);
        let check = cipher.seal_with_nonce(
            Aad {
                purpose: Purpose::Backup,
                table: "check",
                row: &header_hex,
            },
            CHECK_TEXT,
            CHECK_NONCE,
        )?;
        let check_len = (check.len() as u16).to_be_bytes();
        out.write_all(&header)?;
        out.write_all(&check_len)?;
        out.write_all(&check)?;
        out.write_all(&checksum(&header, &check_len, &check))?;
        let mut w = SegmentWriter {
            out,
            cipher,
            header_hex,
            buf: Zeroizing::new(Vec::with_capacity(SEGMENT * 2)),
            index: 0,
        };
        for e in &events {
            let json = Zeroizing::new(
                serde_json::to_vec(e).map_err(|e| StoreError::Crypto(e.to_string()))?,
            );
            w.record(TAG_EVENT, &json)?;
        }
        for id in &ids {
            let info = read_info(conn, keys, *id)?;
            let json = serde_json::to_vec(&info).map_err(|e| StoreError::Crypto(e.to_string()))?;
            w.record(TAG_ATTACHMENT, &json)?;
            let mut sink = PieceSink {
                w: &mut w,
                error: None,
            };
            if let Err(e) = self.read_attachment(*id, &mut sink) {
                return Err(sink.error.take().unwrap_or(e));
            }
            w.record(TAG_ATTACHMENT_END, &[])?;
        }
        let states = portable_states(conn, keys)?;
        for state in &states {
            let json = Zeroizing::new(
                serde_json::to_vec(state).map_err(|e| StoreError::Crypto(e.to_string()))?,
            );
            w.record(TAG_REMINDER_STATE, &json)?;
        }
        let identity = super::identity::read_identity(conn, keys)?;
        if let Some(identity) = &identity {
            let json = Zeroizing::new(
                serde_json::to_vec(&identity.to_record())
                    .map_err(|e| StoreError::Crypto(e.to_string()))?,
            );
            w.record(TAG_IDENTITY, &json)?;
        }
        let trailer = serde_json::to_vec(&Trailer {
            events: events.len() as u64,
            attachments: ids.len() as u64,
            reminder_states: states.len() as u64,
            identities: u64::from(identity.is_some()),
        })
        .map_err(|e| StoreError::Crypto(e.to_string()))?;
        w.record(TAG_TRAILER, &trailer)?;
        w.finish()
    }

    /// Merges a backup into this store by event id: events and attachments
    /// already present are skipped. A backup's event that does not fit this
    /// store's history (the backup approved a renewal of a document this
    /// store cancelled) is not merged and is listed in
    /// [`MergeReport::conflicts`] with what was kept; everything else is
    /// merged. Deletions travel: a photo whose deletion is in either
    /// history is not added, or is removed. One transaction: a wrong
    /// passphrase or a modified file leaves the store unchanged.
    pub fn merge_backup<R: Read>(
        &mut self,
        input: R,
        passphrase: &str,
    ) -> StoreResult<MergeReport> {
        self.merge_backup_in(input, passphrase, false)
    }

    /// [`Store::merge_backup`]; with `keep_identity` (a restore), the
    /// backup's sharing identity becomes this store's when it has none.
    fn merge_backup_in<R: Read>(
        &mut self,
        input: R,
        passphrase: &str,
        keep_identity: bool,
    ) -> StoreResult<MergeReport> {
        let mut stream = open_reader(input, passphrase)?;
        let limit = self.options.attachment_limit;
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        // This store's history, folded; each event of the backup is tried
        // against it before it is appended.
        let mut ledger = super::records::fold_log(&tx, keys)?;
        let mut known_events = ids_in(&tx, "events")?;
        let mut known_attachments = ids_in(&tx, "attachments")?;
        let mut report = MergeReport::default();
        let mut added_attachments: HashMap<AttachmentId, DocumentId> = HashMap::new();
        let mut states_read = 0;
        let mut identities_read = 0;
        let mut events_read = 0;
        let mut attachments_read = 0;
        let trailer: Trailer = loop {
            let (tag, payload) = stream.record(MAX_JSON)?;
            match tag {
                TAG_EVENT => {
                    let event: Event = serde_json::from_slice(&payload)
                        .map_err(|_| StoreError::BackupInvalid("an event cannot be read"))?;
                    events_read += 1;
                    if !known_events.insert(event.id().to_string().into_bytes()) {
                        report.events_present += 1;
                    } else if let Err(e) = ledger.apply_event(event.clone()) {
                        report
                            .conflicts
                            .push(MergeConflict::of_event(&ledger, &event, &e));
                    } else {
                        log.append(&tx, keys, &event)?;
                        report.events_added += 1;
                    }
                }
                TAG_ATTACHMENT => {
                    let mut info: AttachmentInfo = serde_json::from_slice(&payload)
                        .map_err(|_| StoreError::BackupInvalid("an attachment cannot be read"))?;
                    info.mime = super::attachments::check_mime_type(&info.mime).map_err(|_| {
                        StoreError::BackupInvalid("an attachment has an invalid type")
                    })?;
                    attachments_read += 1;
                    let is_new = known_attachments.insert(info.id.to_string().into_bytes());
                    let mut pieces = PieceReader {
                        stream: &mut stream,
                        piece: Zeroizing::new(Vec::new()),
                        pos: 0,
                        ended: false,
                        error: None,
                    };
                    if !is_new {
                        std::io::copy(&mut pieces, &mut std::io::sink()).map_err(|_| {
                            StoreError::BackupInvalid("an attachment is incomplete")
                        })?;
                        report.attachments_present += 1;
                    } else {
                        let expected = info.size;
                        let result = write_attachment(&tx, keys, limit, &mut info, &mut pieces);
                        if let Some(e) = pieces.error.take() {
                            return Err(e);
                        }
                        result?;
                        if info.size != expected {
                            return Err(StoreError::BackupInvalid(
                                "an attachment has the wrong size",
                            ));
                        }
                        added_attachments.insert(info.id, info.document);
                    }
                }
                TAG_REMINDER_STATE => {
                    let state: PortableState = serde_json::from_slice(&payload).map_err(|_| {
                        StoreError::BackupInvalid("a reminder state cannot be read")
                    })?;
                    states_read += 1;
                    if merge_portable_state(&tx, keys, state)? {
                        report.reminder_states_added += 1;
                    }
                }
                TAG_IDENTITY => {
                    let record: super::identity::IdentityRecord = serde_json::from_slice(&payload)
                        .map_err(|_| {
                            StoreError::BackupInvalid("the sharing identity cannot be read")
                        })?;
                    let identity =
                        super::identity::StoreIdentity::from_record(&record).map_err(|_| {
                            StoreError::BackupInvalid("the sharing identity is damaged")
                        })?;
                    identities_read += 1;
                    if keep_identity && super::identity::read_identity(&tx, keys)?.is_none() {
                        super::identity::write_identity(&tx, keys, &identity)?;
                    }
                }
                TAG_TRAILER => {
                    break serde_json::from_slice(&payload)
                        .map_err(|_| StoreError::BackupInvalid("the trailer cannot be read"))?;
                }
                _ => return Err(StoreError::BackupInvalid("unknown record")),
            }
        };
        if !stream.finished() {
            return Err(StoreError::BackupInvalid("records continue after the end"));
        }
        if trailer.events != events_read
            || trailer.attachments != attachments_read
            || trailer.reminder_states != states_read
            || trailer.identities != identities_read
        {
            return Err(StoreError::BackupInvalid("records are missing"));
        }
        settle_attachments(&tx, keys, &ledger, added_attachments, &mut report)?;
        rewrite_projections(&tx, keys, &ledger, &mut log)?;
        log.head_mut().attachments = super::log_head::count_rows(&tx, "attachments")?;
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(report)
    }

    /// Restores a backup into a new store at `path` (which must not exist)
    /// opened by `slot`. The store is built in a temporary file beside
    /// `path` and moved into place only when complete, without ever
    /// replacing a file (`docs/adr/0010-atomic-create-and-restore.md`): on
    /// any error or interruption `path` holds nothing, and a retry works.
    pub fn restore_backup<R: Read>(
        input: R,
        passphrase: &str,
        path: impl AsRef<Path>,
        slot: NewSlot,
        options: StoreOptions,
    ) -> StoreResult<(Store, MergeReport)> {
        let (mut store, report) = super::atomic::build(path.as_ref(), &slot, options, |store| {
            store.merge_backup_in(input, passphrase, true)
        })?;
        store.after_write();
        Ok((store, report))
    }
}

/// After a merge's records are read: photos whose deletion is in the
/// merged history are removed (the backup's, not added; this store's,
/// removed), and a new photo of a document whose history was not merged
/// (a conflict) is taken out again and listed. A new photo of a document
/// that is in neither history is a damaged backup.
fn settle_attachments(
    tx: &rusqlite::Transaction<'_>,
    keys: &super::codec::Keys,
    ledger: &Ledger,
    added: HashMap<AttachmentId, DocumentId>,
    report: &mut MergeReport,
) -> StoreResult<()> {
    let deleted: HashSet<AttachmentId> = ledger
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Document(d) => match d.change {
                DocumentChange::PhotoDeleted { photo } => Some(photo),
                _ => None,
            },
            Event::Person(_) => None,
        })
        .collect();
    // Documents whose recording in the backup was not merged: a photo of
    // one belongs to that document, not to whatever this store has under
    // the id.
    let not_merged: HashSet<&str> = report
        .conflicts
        .iter()
        .filter(|c| c.record == RecordKind::Document && c.change == "recorded")
        .map(|c| c.subject.as_str())
        .collect();
    let mut orphans = Vec::new();
    for (id, document) in &added {
        if deleted.contains(id) {
            continue;
        }
        if not_merged.contains(document.to_string().as_str()) {
            orphans.push((*id, *document));
        } else if !ledger.documents().contains_key(document) {
            return Err(StoreError::BackupInvalid(
                "an attachment belongs to no document",
            ));
        }
    }
    report.attachments_added = added.len() as u64;
    for (id, document) in orphans {
        super::attachments::remove_attachment(tx, keys, id, None)?;
        report.attachments_added -= 1;
        report.conflicts.push(MergeConflict {
            record: RecordKind::Attachment,
            subject: id.to_string(),
            event: String::new(),
            change: "photo".into(),
            reason: format!("its document {document} was not merged"),
            kept: String::new(),
        });
    }
    for id in attachment_ids(tx)? {
        if !deleted.contains(&id) {
            continue;
        }
        let owner = added
            .get(&id)
            .copied()
            .or_else(|| read_info(tx, keys, id).ok().map(|i| i.document));
        super::attachments::remove_attachment(tx, keys, id, owner)?;
        if added.contains_key(&id) {
            report.attachments_added -= 1;
            report.photos_skipped_deleted += 1;
        } else {
            report.photos_removed += 1;
        }
    }
    Ok(())
}

/// Forwards attachment bytes into the backup stream as pieces.
struct PieceSink<'a, W: Write> {
    w: &'a mut SegmentWriter<W>,
    error: Option<StoreError>,
}

impl<W: Write> Write for PieceSink<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for piece in buf.chunks(CHUNK_SIZE) {
            if let Err(e) = self.w.record(TAG_BYTES, piece) {
                self.error = Some(e);
                return Err(std::io::Error::other("backup write failed"));
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
