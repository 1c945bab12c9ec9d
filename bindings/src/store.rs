//! The store object apps hold: an open, unlocked store with its rule set.
//!
//! Every method that touches the disk or derives a key is `async` (a
//! `suspend fun` in Kotlin, `async` in Swift and Python) and runs on the
//! store's own worker thread, never on the caller's, in the order the calls
//! were made; several threads may call at once. After `closeStore()`, every
//! call fails with `ApiError.Closed`.

use crate::dashboard::UnreadableRecord;
use crate::dashboard::{Dashboard, Source};
use crate::documents::{document_id, DocumentEvent, DocumentRecord, HistoryEntry, NewDocument};
use crate::error::invalid;
use crate::keys::{KeySlot, Unlock};
use crate::people::{person_id, Person, PersonDraft, PersonRecord, PersonUpdate};
use crate::photos::{MergeReport, PhotoInfo, RepairReport};
use crate::rules::{RuleFileInput, RuleGuidance, RulesInfo};
use crate::vocabulary::Field;
use crate::ApiError;
use chrono::NaiveDate;
use doctrack_core::app::Problem;
use doctrack_core::app::{App, AppResult};
use doctrack_core::crypto::KdfParams;
use doctrack_core::domain::AttachmentId;
use doctrack_core::store::{Listing, StoreOptions};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::Arc;

/// Reads a path given by the app.
fn path_arg(path: &str) -> Result<PathBuf, ApiError> {
    if path.is_empty() || path.contains('\0') {
        return Err(invalid(Field::Path, Problem::NotAPath));
    }
    Ok(PathBuf::from(path))
}

fn photo_id(id: &str) -> Result<AttachmentId, ApiError> {
    id.parse().map_err(|_| invalid(Field::Id, Problem::NotAnId))
}

fn open_file(path: &Path) -> Result<std::io::BufReader<std::fs::File>, ApiError> {
    std::fs::File::open(path)
        .map(std::io::BufReader::new)
        .map_err(|_| invalid(Field::Path, Problem::FileUnreadable))
}

fn store_options() -> StoreOptions {
    StoreOptions::default()
}

/// Records that could be read, and those that could not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PeopleListing {
    /// Readable people.
    pub items: Vec<PersonRecord>,
    /// Records that failed their integrity check.
    pub unreadable: Vec<UnreadableRecord>,
}

/// Documents that could be read, and those that could not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DocumentListing {
    /// Readable documents.
    pub items: Vec<DocumentRecord>,
    /// Records that failed their integrity check (whose holder cannot be known).
    pub unreadable: Vec<UnreadableRecord>,
}

fn listing<C, F: From<C>>(l: Listing<C>) -> (Vec<F>, Vec<UnreadableRecord>) {
    (
        l.items.into_iter().map(Into::into).collect(),
        l.unreadable.into_iter().map(Into::into).collect(),
    )
}

/// Work for a store's worker thread.
type Job = Box<dyn FnOnce(&mut Option<App>) + Send>;

/// An open, unlocked document store.
///
/// Each store has one worker thread that owns it: calls are queued and
/// run on it in the order they were made, never on the caller's thread.
/// `closeStore()` closes the store and reports any error; Kotlin's
/// `close()`/`use {}` (Swift: releasing the object) also closes it, on the
/// worker thread, without reporting errors — call `closeStore()` first.
#[derive(uniffi::Object)]
pub struct DoctrackStore {
    jobs: Sender<Job>,
    open: Arc<AtomicBool>,
}

impl std::fmt::Debug for DoctrackStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DoctrackStore")
    }
}

fn panic_error() -> ApiError {
    ApiError::Internal {
        reason: "doctrack hit a bug (a panic) while working; nothing was lost".into(),
    }
}

impl DoctrackStore {
    /// Starts a store's worker thread, which makes the App with `init` and
    /// then serves the store's calls until the store is dropped.
    async fn start<T, F>(init: F) -> Result<(Arc<DoctrackStore>, T), ApiError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<(App, T), ApiError> + Send + 'static,
    {
        let (jobs, queue) = channel::<Job>();
        let (ready, started) = futures_channel::oneshot::channel();
        let open = Arc::new(AtomicBool::new(false));
        let worker_open = open.clone();
        std::thread::Builder::new()
            .name("doctrack-store".into())
            .spawn(move || {
                let made = std::panic::catch_unwind(AssertUnwindSafe(init))
                    .unwrap_or_else(|_| Err(panic_error()));
                let mut app = match made {
                    Ok((app, extra)) => {
                        worker_open.store(true, Ordering::SeqCst);
                        let _ = ready.send(Ok(extra));
                        Some(app)
                    }
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                // Serve calls in order until every handle to the store is gone.
                while let Ok(job) = queue.recv() {
                    job(&mut app);
                }
                worker_open.store(false, Ordering::SeqCst);
                if let Some(app) = app.take() {
                    let _ = app.close();
                }
            })
            .map_err(|_| ApiError::Internal {
                reason: "could not start the store's worker thread".into(),
            })?;
        let extra = started.await.unwrap_or_else(|_| Err(panic_error()))?;
        Ok((Arc::new(DoctrackStore { jobs, open }), extra))
    }

    /// Queues `work` on the store's worker thread and waits for it without
    /// blocking the caller's thread.
    async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Option<App>) -> Result<T, ApiError> + Send + 'static,
    {
        let (tx, rx) = futures_channel::oneshot::channel();
        let job: Job = Box::new(move |app| {
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| work(app)))
                .unwrap_or_else(|_| Err(panic_error()));
            let _ = tx.send(result);
        });
        self.jobs.send(job).map_err(|_| ApiError::Closed)?;
        rx.await.unwrap_or_else(|_| Err(panic_error()))
    }

    /// Runs `work` on the open App.
    pub(crate) async fn with_app<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut App) -> Result<T, ApiError> + Send + 'static,
    {
        self.run(move |app| match app.as_mut() {
            Some(app) => work(app),
            None => Err(ApiError::Closed),
        })
        .await
    }
}

/// `AppResult` to the public error.
pub(crate) fn api<T>(r: AppResult<T>) -> Result<T, ApiError> {
    r.map_err(ApiError::from)
}

/// Creates a new encrypted store at `path` (nothing may exist there),
/// unlocked by `unlock` (its first key slot).
#[uniffi::export]
pub async fn create_store(path: String, unlock: Unlock) -> Result<Arc<DoctrackStore>, ApiError> {
    let path = path_arg(&path)?;
    let slot = unlock.into_new_slot()?;
    let (store, ()) =
        DoctrackStore::start(move || Ok((api(App::create(&path, slot, store_options()))?, ())))
            .await?;
    Ok(store)
}

/// Opens and unlocks the store at `path`.
#[uniffi::export]
pub async fn open_store(path: String, unlock: Unlock) -> Result<Arc<DoctrackStore>, ApiError> {
    let path = path_arg(&path)?;
    let secret = unlock.into_secret()?;
    let (store, ()) =
        DoctrackStore::start(move || Ok((api(App::open(&path, &secret, store_options()))?, ())))
            .await?;
    Ok(store)
}

/// A store restored from a backup, and what was imported.
#[derive(uniffi::Record)]
pub struct RestoredStore {
    /// The new store, open.
    pub store: Arc<DoctrackStore>,
    /// What was imported.
    pub report: MergeReport,
}

/// Restores the backup file at `backup_path` (protected by
/// `backup_passphrase`) into a new store at `path` (nothing may exist
/// there), unlocked by `unlock`. On any error nothing is left at `path`.
#[uniffi::export]
pub async fn restore_store(
    backup_path: String,
    backup_passphrase: String,
    path: String,
    unlock: Unlock,
) -> Result<RestoredStore, ApiError> {
    let backup_path = path_arg(&backup_path)?;
    let path = path_arg(&path)?;
    let slot = unlock.into_new_slot()?;
    let backup_passphrase = zeroize::Zeroizing::new(backup_passphrase);
    let (store, report) = DoctrackStore::start(move || {
        let input = open_file(&backup_path)?;
        let (app, report) = api(App::restore_backup(
            input,
            &backup_passphrase,
            &path,
            slot,
            store_options(),
        ))?;
        Ok((app, report.into()))
    })
    .await?;
    Ok(RestoredStore { store, report })
}

/// Opens a store whose index is damaged and repairs it (see `repair`).
#[uniffi::export]
pub async fn open_and_repair_store(
    path: String,
    unlock: Unlock,
) -> Result<Arc<DoctrackStore>, ApiError> {
    let path = path_arg(&path)?;
    let secret = unlock.into_secret()?;
    let (store, ()) = DoctrackStore::start(move || {
        let (app, _) = api(App::open_and_repair(&path, &secret, store_options()))?;
        Ok((app, ()))
    })
    .await?;
    Ok(store)
}

/// The cohorts the bundled rules know (`mou`, `unknown`, `cr:…`), for a
/// person form.
#[uniffi::export]
pub fn bundled_cohorts() -> Result<Vec<String>, ApiError> {
    let (rules, _) = api(doctrack_core::app::bundled_rules())?;
    Ok(doctrack_core::app::known_cohorts(&rules)
        .iter()
        .map(doctrack_core::domain::Cohort::code)
        .collect())
}

#[uniffi::export]
impl DoctrackStore {
    /// Closes the store, writing everything to its file. Later calls fail
    /// with `ApiError.Closed`; closing twice is fine.
    pub async fn close_store(&self) -> Result<(), ApiError> {
        let open = self.open.clone();
        self.run(move |app| {
            open.store(false, Ordering::SeqCst);
            match app.take() {
                Some(app) => api(app.close()),
                None => Ok(()),
            }
        })
        .await
    }

    /// Whether the store is still open (never waits).
    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::SeqCst)
    }

    /// The cohorts the rules in use know (`mou`, `unknown`, `cr:…`).
    pub async fn known_cohorts(&self) -> Result<Vec<String>, ApiError> {
        self.with_app(|app| {
            Ok(app
                .known_cohorts()
                .iter()
                .map(doctrack_core::domain::Cohort::code)
                .collect())
        })
        .await
    }

    // ---- key slots ----

    /// The key slots.
    pub async fn key_slots(&self) -> Result<Vec<KeySlot>, ApiError> {
        self.with_app(|app| Ok(api(app.slots())?.into_iter().map(Into::into).collect()))
            .await
    }

    /// Adds a key slot (e.g. a passphrase for recovery, or the platform key
    /// after the old one was invalidated); returns its id.
    pub async fn add_key_slot(&self, unlock: Unlock) -> Result<String, ApiError> {
        let slot = unlock.into_new_slot()?;
        self.with_app(move |app| api(app.add_slot(slot))).await
    }

    /// Removes a key slot; the last one cannot be removed.
    pub async fn remove_key_slot(&self, slot_id: String) -> Result<(), ApiError> {
        self.with_app(move |app| api(app.remove_slot(&slot_id)))
            .await
    }

    /// Changes the passphrase of a passphrase slot (checks the old one).
    pub async fn change_passphrase(
        &self,
        slot_id: String,
        old_passphrase: String,
        new_passphrase: String,
    ) -> Result<(), ApiError> {
        let old = Unlock::Passphrase {
            passphrase: old_passphrase,
        }
        .into_secret()?;
        let new = Unlock::Passphrase {
            passphrase: new_passphrase,
        }
        .into_new_slot()?;
        self.with_app(move |app| api(app.change_passphrase(&slot_id, &old, new)))
            .await
    }

    // ---- people ----

    /// Adds a person; `on` is the date of the entry.
    pub async fn register_person(
        &self,
        draft: PersonDraft,
        on: NaiveDate,
    ) -> Result<Person, ApiError> {
        let draft = draft.try_into()?;
        self.with_app(move |app| Ok(api(app.register_person(draft, on))?.into()))
            .await
    }

    /// Changes a person's details.
    pub async fn update_person(
        &self,
        person_id: String,
        update: PersonUpdate,
        on: NaiveDate,
    ) -> Result<Person, ApiError> {
        let id = self::person_id(&person_id)?;
        let update = update.try_into()?;
        self.with_app(move |app| Ok(api(app.update_person(id, update, on))?.into()))
            .await
    }

    /// Archives a person (their documents and history are kept).
    pub async fn archive_person(&self, person_id: String, on: NaiveDate) -> Result<(), ApiError> {
        let id = self::person_id(&person_id)?;
        self.with_app(move |app| api(app.archive_person(id, on)))
            .await
    }

    /// One person.
    pub async fn person(&self, person_id: String) -> Result<PersonRecord, ApiError> {
        let id = self::person_id(&person_id)?;
        self.with_app(move |app| Ok(api(app.person(id))?.into()))
            .await
    }

    /// Every person (archived ones too), and records that could not be read.
    pub async fn people(&self) -> Result<PeopleListing, ApiError> {
        self.with_app(|app| {
            let (items, unreadable) = listing(api(app.people())?);
            Ok(PeopleListing { items, unreadable })
        })
        .await
    }

    // ---- documents ----

    /// Records a new document; `on` is the date of the entry.
    pub async fn record_document(
        &self,
        document: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, ApiError> {
        let document = document.try_into()?;
        self.with_app(move |app| Ok(api(app.record_document(document, on))?.into()))
            .await
    }

    /// One document.
    pub async fn document(&self, document_id: String) -> Result<DocumentRecord, ApiError> {
        let id = self::document_id(&document_id)?;
        self.with_app(move |app| Ok(api(app.document(id))?.into()))
            .await
    }

    /// Every document, and records that could not be read.
    pub async fn documents(&self) -> Result<DocumentListing, ApiError> {
        self.with_app(|app| {
            let (items, unreadable) = listing(api(app.documents())?);
            Ok(DocumentListing { items, unreadable })
        })
        .await
    }

    /// One person's documents.
    pub async fn documents_of(&self, person_id: String) -> Result<DocumentListing, ApiError> {
        let id = self::person_id(&person_id)?;
        self.with_app(move |app| {
            let (items, unreadable) = listing(api(app.documents_of(id))?);
            Ok(DocumentListing { items, unreadable })
        })
        .await
    }

    /// Records something that happened to a document.
    pub async fn apply_event(
        &self,
        document_id: String,
        event: DocumentEvent,
        on: NaiveDate,
    ) -> Result<DocumentRecord, ApiError> {
        let id = self::document_id(&document_id)?;
        let change = event.try_into()?;
        self.with_app(move |app| Ok(api(app.apply_event(id, change, on))?.into()))
            .await
    }

    /// The renewal of `document_id` was approved: records `successor`,
    /// which supersedes it. Returns the successor.
    pub async fn approve_renewal(
        &self,
        document_id: String,
        successor: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, ApiError> {
        let id = self::document_id(&document_id)?;
        let successor = successor.try_into()?;
        self.with_app(move |app| Ok(api(app.approve_renewal(id, successor, on))?.into()))
            .await
    }

    /// A replacement for the lost document arrived. Returns the replacement.
    pub async fn receive_replacement(
        &self,
        lost_document_id: String,
        replacement: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, ApiError> {
        let id = self::document_id(&lost_document_id)?;
        let replacement = replacement.try_into()?;
        self.with_app(move |app| Ok(api(app.receive_replacement(id, replacement, on))?.into()))
            .await
    }

    /// Takes back an event recorded by mistake (its id from `history`): a
    /// new `EventRetracted` event is recorded and the document's state is as
    /// if the mistaken event had not happened. Both stay in the history.
    pub async fn retract_event(
        &self,
        document_id: String,
        event_id: String,
        on: NaiveDate,
    ) -> Result<DocumentRecord, ApiError> {
        let id = self::document_id(&document_id)?;
        let event = event_id
            .parse()
            .map_err(|_| invalid(Field::Id, Problem::NotAnId))?;
        self.with_app(move |app| Ok(api(app.retract_event(id, event, on))?.into()))
            .await
    }

    /// A document's history, oldest first.
    pub async fn history(&self, document_id: String) -> Result<Vec<HistoryEntry>, ApiError> {
        let id = self::document_id(&document_id)?;
        self.with_app(move |app| Ok(crate::documents::history_entries(api(app.history(id))?)))
            .await
    }

    /// Documents whose number matches (case, spaces and dashes ignored).
    pub async fn find_by_number(&self, number: String) -> Result<Vec<DocumentRecord>, ApiError> {
        self.with_app(move |app| {
            Ok(api(app.find_by_number(&number))?
                .into_iter()
                .map(Into::into)
                .collect())
        })
        .await
    }

    // ---- photos ----

    /// Adds a photo of a document from bytes (at most 20 MiB).
    pub async fn add_photo(
        &self,
        document_id: String,
        mime: String,
        bytes: Vec<u8>,
        on: NaiveDate,
    ) -> Result<PhotoInfo, ApiError> {
        let id = self::document_id(&document_id)?;
        self.with_app(move |app| {
            Ok(api(app.add_photo(id, &mime, on, std::io::Cursor::new(bytes)))?.into())
        })
        .await
    }

    /// Adds a photo of a document from a file (streamed, at most 20 MiB).
    pub async fn add_photo_file(
        &self,
        document_id: String,
        mime: String,
        path: String,
        on: NaiveDate,
    ) -> Result<PhotoInfo, ApiError> {
        let id = self::document_id(&document_id)?;
        let path = path_arg(&path)?;
        self.with_app(move |app| {
            let file = open_file(&path)?;
            Ok(api(app.add_photo(id, &mime, on, file))?.into())
        })
        .await
    }

    /// The photos of a document.
    pub async fn photos(&self, document_id: String) -> Result<Vec<PhotoInfo>, ApiError> {
        let id = self::document_id(&document_id)?;
        self.with_app(move |app| Ok(api(app.photos(id))?.into_iter().map(Into::into).collect()))
            .await
    }

    /// A photo's bytes.
    pub async fn photo_bytes(&self, photo_id: String) -> Result<Vec<u8>, ApiError> {
        let id = self::photo_id(&photo_id)?;
        self.with_app(move |app| api(app.photo_bytes(id))).await
    }

    /// Writes a photo into a new file at `path` (nothing may exist there).
    pub async fn export_photo(
        &self,
        photo_id: String,
        path: String,
    ) -> Result<PhotoInfo, ApiError> {
        let id = self::photo_id(&photo_id)?;
        let path = path_arg(&path)?;
        self.with_app(move |app| Ok(api(app.export_photo(id, &path))?.into()))
            .await
    }

    /// Deletes a photo.
    pub async fn delete_photo(&self, photo_id: String) -> Result<(), ApiError> {
        let id = self::photo_id(&photo_id)?;
        self.with_app(move |app| api(app.delete_photo(id))).await
    }

    // ---- backup and integrity ----

    /// Writes a passphrase-protected backup of everything into a new file at
    /// `path` (nothing may exist there).
    pub async fn export_backup(&self, path: String, passphrase: String) -> Result<(), ApiError> {
        let path = path_arg(&path)?;
        let passphrase = zeroize::Zeroizing::new(passphrase);
        self.with_app(move |app| {
            api(app.export_backup_file(&path, &passphrase, KdfParams::default()))
        })
        .await
    }

    /// Merges a backup file into this store (events already present are
    /// skipped). All or nothing.
    pub async fn merge_backup(
        &self,
        path: String,
        passphrase: String,
    ) -> Result<MergeReport, ApiError> {
        let path = path_arg(&path)?;
        let passphrase = zeroize::Zeroizing::new(passphrase);
        self.with_app(move |app| {
            let file = open_file(&path)?;
            Ok(api(app.merge_backup(file, &passphrase))?.into())
        })
        .await
    }

    /// Checks the whole store file (slow on big stores; run it in the
    /// background, e.g. weekly).
    pub async fn check_integrity(&self) -> Result<(), ApiError> {
        self.with_app(|app| api(app.check_integrity())).await
    }

    /// Rebuilds indexes, lookup tokens and projections from the sealed
    /// events (after `ApiError.IndexDamaged`), then checks everything.
    /// Events and photos are never changed.
    pub async fn repair(&self) -> Result<RepairReport, ApiError> {
        self.with_app(|app| Ok(api(app.repair())?.into())).await
    }

    // ---- rules ----

    /// Which rule set is in use.
    pub async fn rules_info(&self) -> Result<RulesInfo, ApiError> {
        self.with_app(|app| Ok(app.rules_info().clone().into()))
            .await
    }

    /// Loads rule files and uses them from now on; on any error
    /// (`RulesInvalid`) the rules in use do not change.
    pub async fn load_rules(&self, files: Vec<RuleFileInput>) -> Result<RulesInfo, ApiError> {
        let files: Vec<_> = files.into_iter().map(Into::into).collect();
        self.with_app(move |app| Ok(api(app.load_rules(&files))?.into()))
            .await
    }

    /// A rule's name and guidance in `language` (English where that
    /// language has no text yet), for the rules a plan step or a reason
    /// cites; with the review state of the translation and, for a draft,
    /// the text it was drawn from. None for a rule the rules in use lack.
    pub async fn rule_guidance(
        &self,
        rule_id: String,
        language: crate::vocabulary::Language,
    ) -> Result<Option<RuleGuidance>, ApiError> {
        self.with_app(move |app| Ok(app.rule_guidance(&rule_id, language.into()).map(Into::into)))
            .await
    }

    /// Where a rule of the rules in use gets its facts (a reason's
    /// `Basis.Rule` names the rule); empty for a rule they lack.
    pub async fn rule_sources(&self, rule_id: String) -> Result<Vec<Source>, ApiError> {
        self.with_app(move |app| {
            Ok(app
                .rules()
                .get(&rule_id)
                .map(|r| crate::dashboard::mirror_sources(&r.sources))
                .unwrap_or_default())
        })
        .await
    }

    /// Goes back to the rules built into the library.
    pub async fn use_bundled_rules(&self) -> Result<RulesInfo, ApiError> {
        self.with_app(|app| Ok(api(app.use_bundled_rules())?.into()))
            .await
    }

    // ---- the dashboard ----

    /// Every document's status for `as_of` with reasons, sources and
    /// confidence; the renewal plan; and what could not be read.
    pub async fn dashboard(&self, as_of: NaiveDate) -> Result<Dashboard, ApiError> {
        self.with_app(move |app| Ok(api(app.dashboard(as_of))?.into()))
            .await
    }
}
