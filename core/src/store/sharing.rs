//! Shares in the store (docs/adr/0027): the worker's record of what they
//! shared, and a caseload's import of a share, each in one transaction.

use super::attachments::{add_counted, check_mime_type, AttachmentInfo};
use super::log_head::LogWriter;
use super::records::{check_new_ids, write_effects};
use super::sealed::{read_document_checked, read_person};
use super::{Store, StoreError, StoreResult};
use crate::domain::commands::{self, Effects};
use crate::domain::sharing::{import_effects, ImportOutcome, NothingToImport, ShareImport};
use crate::domain::{
    DocumentChange, DocumentEvent, DocumentId, Event, PersonChange, PersonId, SentShare,
};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, TransactionBehavior};
use zeroize::Zeroizing;

/// A photo to import: its metadata (caseload ids) and bytes.
pub struct ImportedPhoto {
    /// Id, document, type, date (size and chunks are set when written).
    pub info: AttachmentInfo,
    /// The bytes.
    pub bytes: Zeroizing<Vec<u8>>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportDone {
    /// The person: added or updated.
    pub person: ImportOutcome,
    /// Each document, in the share's order.
    pub documents: Vec<(DocumentId, ImportOutcome)>,
    /// Photos added (those imported before are not added again).
    pub photos_added: u32,
}

impl Store {
    /// Records in the worker's history that they shared `share`: one event
    /// for the person and one for each shared document, in one transaction.
    pub fn record_share(
        &mut self,
        person: PersonId,
        share: &SentShare,
        on: NaiveDate,
    ) -> StoreResult<()> {
        self.transact(|conn, keys| {
            let record = read_person(conn, keys, person)?;
            let mut effects = commands::person_event(
                &record,
                PersonChange::Shared {
                    share: share.clone(),
                },
                on,
            )?;
            for id in &share.documents {
                let doc = read_document_checked(conn, keys, *id)?;
                if doc.document.holder != person {
                    return Err(crate::domain::DomainError::BadLink.into());
                }
                let event = DocumentEvent::new(
                    *id,
                    on,
                    DocumentChange::Shared {
                        share: share.clone(),
                    },
                );
                let next = doc
                    .apply(&event)
                    .map_err(crate::domain::DomainError::from)?;
                effects.events.push(Event::Document(event));
                effects.documents.push(next);
            }
            Ok((effects, ()))
        })
    }

    /// Brings a share into this store (a caseload): the person and the
    /// documents set from the share, the photos added, all in one
    /// transaction: on any error nothing is imported.
    pub fn import_share(
        &mut self,
        import: &ShareImport,
        photos: Vec<ImportedPhoto>,
        on: NaiveDate,
    ) -> StoreResult<Result<ImportDone, NothingToImport>> {
        let keys = &self.keys;
        let limit = self.options.attachment_limit;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let person = match read_person(&tx, keys, import.person.id) {
            Ok(p) => Some(p),
            Err(StoreError::NotFound(_)) => None,
            Err(e) => return Err(e),
        };
        let mut existing = Vec::with_capacity(import.documents.len());
        for copy in &import.documents {
            existing.push(match read_document_checked(&tx, keys, copy.document.id) {
                Ok(d) => Some(d),
                Err(StoreError::NotFound(_)) => None,
                Err(e) => return Err(e),
            });
        }
        let refs: Vec<_> = existing.iter().map(Option::as_ref).collect();
        let (effects, outcomes): (Effects, Vec<ImportOutcome>) =
            match import_effects(person.as_ref(), &refs, import, on)? {
                Ok(done) => done,
                Err(nothing) => return Ok(Err(nothing)),
            };
        check_new_ids(&tx, &effects)?;
        write_effects(&tx, keys, &mut log, &effects)?;
        let kept: Vec<DocumentId> = import
            .documents
            .iter()
            .zip(&outcomes)
            .filter(|(_, o)| **o != ImportOutcome::KeptArchived)
            .map(|(c, _)| c.document.id)
            .collect();
        let mut photos_added = 0u32;
        for photo in photos {
            if !kept.contains(&photo.info.document) {
                continue;
            }
            let exists: Option<i64> = tx
                .prepare_cached("SELECT 1 FROM attachments WHERE id = ?1")?
                .query_row([photo.info.id.to_string()], |r| r.get(0))
                .optional()?;
            if exists.is_some() {
                continue;
            }
            let mut info = photo.info;
            info.mime = check_mime_type(&info.mime)?;
            add_counted(&tx, keys, &mut log, limit, &mut info, &mut &photo.bytes[..])?;
            photos_added += 1;
        }
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        let person_outcome = if person.is_some() {
            ImportOutcome::Updated
        } else {
            ImportOutcome::Added
        };
        Ok(Ok(ImportDone {
            person: person_outcome,
            documents: import
                .documents
                .iter()
                .map(|c| c.document.id)
                .zip(outcomes)
                .collect(),
            photos_added,
        }))
    }
}
