//! Sharing with consent (docs/adr/0027), as apps and the CLI use it: the
//! worker makes a share and sees everything they ever shared; a caseworker
//! imports a share into a caseload store with its provenance.
//!
//! **Limits, to say where the worker chooses**: a share passed offline
//! cannot be taken back, and its end date is kept by the recipient's
//! software, not by the worker's phone.

use super::{App, AppError, AppResult};
use crate::domain::sharing::{ImportOutcome, NothingToImport, ShareImport};
use crate::domain::text::SHORT_TEXT;
use crate::domain::{
    AttachmentId, DocumentChange, DocumentId, DocumentRecord, DomainError, LifecycleState,
    PersonId, Provenance, SentShare, ShareForm, SharedCopy,
};
use crate::share::{
    self, caseload_id, CreatedShare, OpenedShare, ShareContent, ShareKey, ShareProblem,
    ShareRequest, SharedDocument, SharedPhoto, CONTENT_FORMAT, MAX_UNTIL_DAYS,
};
use crate::store::{AttachmentInfo, ImportedPhoto};
use chrono::NaiveDate;
use std::collections::HashSet;
use zeroize::Zeroizing;

/// One share a worker made, with the person it was about.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareMade {
    /// The person whose details were shared.
    pub person: PersonId,
    /// What, to whom, when, until when.
    pub share: SentShare,
}

/// What importing a share did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareImportReport {
    /// The person in the caseload.
    pub person: PersonId,
    /// Added or updated; none when the share changed nothing.
    pub person_outcome: Option<ImportOutcome>,
    /// Each shared document in the caseload and what happened to it.
    pub documents: Vec<ImportedDocument>,
    /// Photos added.
    pub photos_added: u32,
    /// Why nothing was imported, when nothing was.
    pub nothing: Option<NothingToImport>,
}

/// One document of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportedDocument {
    /// Its id in the caseload.
    pub id: DocumentId,
    /// Added, updated or kept archived.
    pub outcome: ImportOutcome,
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The events a shared history carries: not the record of earlier shares
/// (to whom else the worker shared is not this recipient's business).
fn shareable_history(
    events: Vec<crate::domain::DocumentEvent>,
) -> Vec<crate::domain::DocumentEvent> {
    events
        .into_iter()
        .filter(|e| {
            !matches!(
                e.change,
                DocumentChange::Shared { .. } | DocumentChange::ShareImported { .. }
            )
        })
        .collect()
}

impl App {
    /// Makes a share of what the worker chose, sealed for the recipient's
    /// key and signed by this store, and records it in the person's
    /// history and in each shared document's. Nothing else of the store is
    /// in it. A share passed offline cannot be taken back; its end date is
    /// kept by the recipient's software.
    pub fn create_share(
        &mut self,
        request: ShareRequest,
        today: NaiveDate,
    ) -> AppResult<CreatedShare> {
        let recipient = ShareKey::parse(&request.recipient_key)?;
        let name = SHORT_TEXT
            .named("label")
            .check(&request.recipient_name)
            .map_err(DomainError::Text)?;
        let latest = today + chrono::Days::new(u64::from(MAX_UNTIL_DAYS));
        if request.until < today || request.until > latest {
            return Err(ShareProblem::BadUntil {
                max_days: MAX_UNTIL_DAYS,
            }
            .into());
        }
        if request.form == ShareForm::QrCode && request.photos {
            return Err(ShareProblem::PhotosNeedFile.into());
        }
        let person = self.person(request.person)?;
        let theirs = self.documents_of(request.person)?.items;
        let chosen: Vec<DocumentRecord> =
            match &request.documents {
                None => theirs
                    .into_iter()
                    .filter(|r| !matches!(r.state, LifecycleState::Archived { .. }))
                    .collect(),
                Some(ids) => {
                    let mut seen = HashSet::new();
                    let mut out = Vec::new();
                    for id in ids {
                        if !seen.insert(*id) {
                            continue;
                        }
                        let record = theirs.iter().find(|r| r.document.id == *id).ok_or(
                            AppError::NotFound {
                                record: crate::store::RecordKind::Document,
                            },
                        )?;
                        out.push(record.clone());
                    }
                    out
                }
            };
        let ids: HashSet<DocumentId> = chosen.iter().map(|r| r.document.id).collect();
        let mut documents = Vec::with_capacity(chosen.len());
        let mut photo_bytes: Vec<Zeroizing<Vec<u8>>> = Vec::new();
        for mut record in chosen {
            record.document.links.retain(|l| ids.contains(&l.target));
            record.provenance = None;
            let id = record.document.id;
            let history = if request.history {
                shareable_history(self.history(id)?)
            } else {
                Vec::new()
            };
            let mut photos = Vec::new();
            if request.photos {
                for info in self.photos(id)? {
                    photo_bytes.push(Zeroizing::new(self.photo_bytes(info.id)?));
                    photos.push(SharedPhoto {
                        id: info.id,
                        mime: info.mime,
                        size: info.size,
                        added_on: info.added_on,
                    });
                }
            }
            documents.push(SharedDocument {
                record,
                history,
                photos,
            });
        }
        let identity = self.store.identity_or_new()?;
        let share_id = uuid::Uuid::new_v4().to_string();
        let content = ShareContent {
            format: CONTENT_FORMAT,
            share_id: share_id.clone(),
            worker_store: identity.store_id.clone(),
            created_on: today,
            created_at_ms: now_ms(),
            until: request.until,
            recipient: name.clone(),
            history: request.history,
            photos: request.photos,
            person: person.person,
            documents,
        };
        let (bytes, qr_text) = share::seal(
            &content,
            &photo_bytes,
            request.form,
            &recipient,
            identity.signing_key(),
        )?;
        let sent = SentShare {
            share_id,
            made_on: today,
            recipient: name,
            recipient_key: recipient.fingerprint(),
            documents: content
                .documents
                .iter()
                .map(|d| d.record.document.id)
                .collect(),
            history: request.history,
            photos: request.photos,
            until: request.until,
            form: request.form,
        };
        self.store.record_share(request.person, &sent, today)?;
        Ok(CreatedShare {
            bytes,
            qr_text,
            share: sent,
        })
    }

    /// Everything this store's people ever shared, oldest first (also
    /// those of archived people).
    pub fn shares_made(&self) -> AppResult<Vec<ShareMade>> {
        let mut out = Vec::new();
        for person in self.people()?.items {
            let id = person.person.id;
            out.extend(
                person
                    .shares
                    .into_iter()
                    .map(|share| ShareMade { person: id, share }),
            );
        }
        out.sort_by_key(|m| m.share.made_on);
        Ok(out)
    }

    /// Brings an opened share into this store (a caseload), with its
    /// provenance: the person and documents are added, or updated when an
    /// earlier share of the same worker brought them; photos are added.
    /// Refused, with nothing imported: an expired share, and one whose
    /// signing key differs from earlier shares of the same worker store
    /// (not the same phone) unless `accept_new_signer`.
    pub fn import_share(
        &mut self,
        opened: &OpenedShare,
        today: NaiveDate,
        accept_new_signer: bool,
    ) -> AppResult<ShareImportReport> {
        let c = &opened.content;
        if opened.is_expired(today) {
            return Err(ShareProblem::Expired { until: c.until }.into());
        }
        let signer_key = crate::crypto::hex(opened.signer.as_bytes());
        if !accept_new_signer {
            for p in self.people()?.items {
                if let Some(prov) = p.provenance {
                    if prov.worker_store == c.worker_store && prov.signer_key != signer_key {
                        return Err(ShareProblem::SignerChanged {
                            earlier: prov.signer,
                            now: opened.signer_fingerprint(),
                        }
                        .into());
                    }
                }
            }
        }
        let store = c.worker_store.as_str();
        let doc_id =
            |id: &DocumentId| DocumentId::from_uuid(caseload_id(store, "document", id.as_uuid()));
        let person_id = PersonId::from_uuid(caseload_id(store, "person", c.person.id.as_uuid()));
        let provenance = Provenance {
            share_id: c.share_id.clone(),
            worker_store: c.worker_store.clone(),
            signer: opened.signer_fingerprint(),
            signer_key,
            shared_on: c.created_on,
            shared_at_ms: c.created_at_ms,
            until: c.until,
            documents: u32::try_from(c.documents.len()).unwrap_or(u32::MAX),
            history: c.history,
            photos: c.photos,
        };
        let mut person = c.person.clone();
        person.id = person_id;
        let mut documents = Vec::with_capacity(c.documents.len());
        let mut photos = Vec::new();
        let mut bytes = opened.photos.iter();
        for d in &c.documents {
            let mut document = d.record.document.clone();
            if document.holder != c.person.id {
                return Err(ShareProblem::Damaged.into());
            }
            document.id = doc_id(&document.id);
            document.holder = person_id;
            for link in &mut document.links {
                link.target = doc_id(&link.target);
            }
            let state = match d.record.state.clone() {
                LifecycleState::Superseded { by, on, via } => LifecycleState::Superseded {
                    by: doc_id(&by),
                    on,
                    via,
                },
                other => other,
            };
            for photo in &d.photos {
                let data = bytes.next().ok_or(ShareProblem::Damaged)?;
                photos.push(ImportedPhoto {
                    info: AttachmentInfo {
                        id: AttachmentId::from_uuid(caseload_id(
                            store,
                            "photo",
                            photo.id.as_uuid(),
                        )),
                        document: document.id,
                        mime: photo.mime.clone(),
                        size: 0,
                        chunks: 0,
                        added_on: photo.added_on,
                    },
                    bytes: data.clone(),
                });
            }
            documents.push(SharedCopy {
                provenance: provenance.clone(),
                document,
                state,
                filings: d.record.filings.clone(),
                custody: d.record.custody.clone(),
                history: d.history.clone(),
            });
        }
        let import = ShareImport {
            person,
            provenance,
            documents,
        };
        match self.store.import_share(&import, photos, today)? {
            Ok(done) => Ok(ShareImportReport {
                person: person_id,
                person_outcome: Some(done.person),
                documents: done
                    .documents
                    .into_iter()
                    .map(|(id, outcome)| ImportedDocument { id, outcome })
                    .collect(),
                photos_added: done.photos_added,
                nothing: None,
            }),
            Err(nothing) => Ok(ShareImportReport {
                person: person_id,
                person_outcome: None,
                documents: Vec::new(),
                photos_added: 0,
                nothing: Some(nothing),
            }),
        }
    }
}

/// An organisation a worker can share with, from the help directory: only
/// entries that carry the organisation's own sharing key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareRecipient {
    /// The directory entry's id.
    pub service: String,
    /// Its name in the asked language (English when there is none).
    pub name: String,
    /// Its public sharing key (`x25519:…`): the `recipientKey` of a share.
    pub key: String,
    /// The key's fingerprint, for the worker to compare with what the
    /// organisation shows.
    pub fingerprint: String,
}

impl App {
    /// The organisations of the help directory a worker can share with
    /// (those that gave a sharing key), named in `language`. Apps may also
    /// take a key scanned from the organisation's QR code.
    pub fn share_recipients(&self, language: &str) -> Vec<ShareRecipient> {
        self.directory()
            .services
            .iter()
            .filter_map(|s| {
                let key = ShareKey::parse(s.share_key.as_deref()?).ok()?;
                Some(ShareRecipient {
                    service: s.id.clone(),
                    name: s.name(language).to_string(),
                    key: key.to_text(),
                    fingerprint: key.fingerprint(),
                })
            })
            .collect()
    }
}
