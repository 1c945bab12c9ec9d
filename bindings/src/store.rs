//! The store object apps hold: an open, unlocked store with its rule set.
//!
//! Every method that touches the disk or derives a key is `async` (a
//! `suspend fun` in Kotlin, `async` in Swift and Python) and runs on the
//! store's own worker thread, never on the caller's, in the order the calls
//! were made; several threads may call at once. After `closeStore()`, every
//! call fails with `AppError.Closed`. Arguments and results are the core's
//! own records and enums.

use crate::anchor::{self, RollbackAnchor};
use crate::bundled::app_config;
use crate::keys::Unlock;
use chrono::NaiveDate;
use doctrack_core::app::{
    App, AppError, AppResult, Dashboard, DocumentDetail, Field, HistoryEntry, MigrationCopy,
    Problem, RulesInfo,
};
use doctrack_core::crypto::{KdfParams, SlotInfo};
use doctrack_core::domain::Language;
use doctrack_core::domain::{
    AttachmentId, Cohort, DocumentId, DocumentRecord, EventId, NewDocument, NewEvent, Person,
    PersonDraft, PersonId, PersonRecord, PersonUpdate,
};
use doctrack_core::rules::model::{RuleGuidance, Source};
use doctrack_core::store::{AttachmentInfo, Listing, MergeReport, RepairReport, Unreadable};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::Arc;

/// Reads a path given by the app.
fn path_arg(path: &str) -> Result<PathBuf, AppError> {
    if path.is_empty() || path.contains('\0') {
        return Err(AppError::validation(Field::Path, Problem::NotAPath));
    }
    Ok(PathBuf::from(path))
}

fn open_file(path: &Path) -> Result<std::io::BufReader<std::fs::File>, AppError> {
    std::fs::File::open(path)
        .map(std::io::BufReader::new)
        .map_err(|_| AppError::validation(Field::Path, Problem::FileUnreadable))
}

/// People that could be read, and records that could not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PeopleListing {
    /// Readable people.
    pub items: Vec<PersonRecord>,
    /// Records that failed their integrity check.
    pub unreadable: Vec<Unreadable>,
}

/// Documents that could be read, and records that could not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DocumentListing {
    /// Readable documents.
    pub items: Vec<DocumentRecord>,
    /// Records that failed their integrity check (whose holder cannot be known).
    pub unreadable: Vec<Unreadable>,
}

fn people(l: Listing<PersonRecord>) -> PeopleListing {
    PeopleListing {
        items: l.items,
        unreadable: l.unreadable,
    }
}

fn documents(l: Listing<DocumentRecord>) -> DocumentListing {
    DocumentListing {
        items: l.items,
        unreadable: l.unreadable,
    }
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

fn panic_error() -> AppError {
    AppError::Internal {
        reason: "doctrack hit a bug (a panic) while working; nothing was lost".into(),
    }
}

impl DoctrackStore {
    /// Starts a store's worker thread, which makes the App with `init` and
    /// then serves the store's calls until the store is dropped.
    async fn start<T, F>(init: F) -> Result<(Arc<DoctrackStore>, T), AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<(App, T), AppError> + Send + 'static,
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
            .map_err(|_| AppError::Internal {
                reason: "could not start the store's worker thread".into(),
            })?;
        let extra = started.await.unwrap_or_else(|_| Err(panic_error()))?;
        Ok((Arc::new(DoctrackStore { jobs, open }), extra))
    }

    /// Queues `work` on the store's worker thread and waits for it without
    /// blocking the caller's thread.
    async fn run<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Option<App>) -> Result<T, AppError> + Send + 'static,
    {
        let (tx, rx) = futures_channel::oneshot::channel();
        let job: Job = Box::new(move |app| {
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| work(app)))
                .unwrap_or_else(|_| Err(panic_error()));
            let _ = tx.send(result);
        });
        self.jobs.send(job).map_err(|_| AppError::Closed)?;
        rx.await.unwrap_or_else(|_| Err(panic_error()))
    }

    /// Runs `work` on the open App.
    pub(crate) async fn with_app<T, F>(&self, work: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut App) -> AppResult<T> + Send + 'static,
    {
        self.run(move |app| match app.as_mut() {
            Some(app) => work(app),
            None => Err(AppError::Closed),
        })
        .await
    }
}

/// The device clock's date (UTC: the library carries no time-zone data;
/// at most a day off the local date): the day notices made at opening are
/// dated (every other call takes the day from the app).
fn device_today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Creates a new encrypted store at `path` (nothing may exist there),
/// unlocked by `unlock` (its first key slot). With `anchor`, the store is
/// remembered there from now on (see `RollbackAnchor`).
#[uniffi::export(default(anchor = None))]
pub async fn create_store(
    path: String,
    unlock: Unlock,
    anchor: Option<Arc<dyn RollbackAnchor>>,
) -> Result<Arc<DoctrackStore>, AppError> {
    let path = path_arg(&path)?;
    let slot = unlock.into_new_slot()?;
    let (store, ()) = DoctrackStore::start(move || {
        let mut app = App::create(&path, slot, anchor::options(anchor, false), app_config()?)?;
        // Records the built-in rules, so a later update is compared with them.
        app.notice_rule_changes_at_open(device_today());
        Ok((app, ()))
    })
    .await?;
    Ok(store)
}

/// Opens and unlocks the store at `path`. The first open after an app
/// update whose built-in rules are newer keeps, for each person, what they
/// change as notices (dated today; with a rule pack installed, this happens
/// at `configureRulePacks`).
///
/// With `anchor` (see `RollbackAnchor`), a store older than the newest
/// state the anchor remembers is refused with `AppError.RolledBack` and
/// nothing is shown; `acceptOlderCopy = true` opens it anyway (once the
/// person chose to keep this copy), and the anchor then remembers it.
#[uniffi::export(default(anchor = None, accept_older_copy = false))]
pub async fn open_store(
    path: String,
    unlock: Unlock,
    anchor: Option<Arc<dyn RollbackAnchor>>,
    accept_older_copy: bool,
) -> Result<Arc<DoctrackStore>, AppError> {
    let path = path_arg(&path)?;
    let secret = unlock.into_secret()?;
    let options = anchor::options(anchor, accept_older_copy);
    let (store, ()) = DoctrackStore::start(move || {
        let mut app = App::open(&path, &secret, options, app_config()?)?;
        // The first open after an app update with newer built-in rules:
        // what they change for each person (see `notices`).
        app.notice_rule_changes_at_open(device_today());
        Ok((app, ()))
    })
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
/// With `anchor`, the restored store is what it remembers from now on.
#[uniffi::export(default(anchor = None))]
pub async fn restore_store(
    backup_path: String,
    backup_passphrase: String,
    path: String,
    unlock: Unlock,
    anchor: Option<Arc<dyn RollbackAnchor>>,
) -> Result<RestoredStore, AppError> {
    let backup_path = path_arg(&backup_path)?;
    let path = path_arg(&path)?;
    let slot = unlock.into_new_slot()?;
    let backup_passphrase = zeroize::Zeroizing::new(backup_passphrase);
    let (store, report) = DoctrackStore::start(move || {
        let input = open_file(&backup_path)?;
        App::restore_backup(
            input,
            &backup_passphrase,
            &path,
            slot,
            anchor::options(anchor, false),
            app_config()?,
        )
    })
    .await?;
    Ok(RestoredStore { store, report })
}

/// Opens a store whose index is damaged and repairs it (see `repair`).
/// `anchor` and `acceptOlderCopy` as for `openStore`: a repaired store is
/// checked against the anchor too.
#[uniffi::export(default(anchor = None, accept_older_copy = false))]
pub async fn open_and_repair_store(
    path: String,
    unlock: Unlock,
    anchor: Option<Arc<dyn RollbackAnchor>>,
    accept_older_copy: bool,
) -> Result<Arc<DoctrackStore>, AppError> {
    let path = path_arg(&path)?;
    let secret = unlock.into_secret()?;
    let options = anchor::options(anchor, accept_older_copy);
    let (store, ()) = DoctrackStore::start(move || {
        let (mut app, _) = App::open_and_repair(&path, &secret, options, app_config()?)?;
        app.notice_rule_changes_at_open(device_today());
        Ok((app, ()))
    })
    .await?;
    Ok(store)
}

#[uniffi::export]
impl DoctrackStore {
    /// Closes the store, writing everything to its file. Later calls fail
    /// with `AppError.Closed`; closing twice is fine.
    pub async fn close_store(&self) -> Result<(), AppError> {
        let open = self.open.clone();
        self.run(move |app| {
            open.store(false, Ordering::SeqCst);
            match app.take() {
                Some(app) => app.close(),
                None => Ok(()),
            }
        })
        .await
    }

    /// Whether the store is still open (never waits).
    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::SeqCst)
    }

    /// If opening upgraded the store's format: the copy of the file kept
    /// from before. It still opens with the key slots of that time: once the
    /// upgraded store is checked, call `removeMigrationCopy` (docs/adr/0003).
    pub async fn migration_copy(&self) -> Result<Option<MigrationCopy>, AppError> {
        self.with_app(|app| Ok(app.migration_copy())).await
    }

    /// Deletes the copy kept from before this session's upgrade (nothing to
    /// do when there is none).
    pub async fn remove_migration_copy(&self) -> Result<(), AppError> {
        self.with_app(|app| app.remove_migration_copy()).await
    }

    /// The cohorts the rules in use know (`mou`, `unknown`, `cr:…`).
    pub async fn known_cohorts(&self) -> Result<Vec<Cohort>, AppError> {
        self.with_app(|app| Ok(app.known_cohorts())).await
    }

    // ---- key slots ----

    /// The key slots.
    pub async fn key_slots(&self) -> Result<Vec<SlotInfo>, AppError> {
        self.with_app(|app| app.slots()).await
    }

    /// Adds a key slot (e.g. a passphrase for recovery, or the platform key
    /// after the old one was invalidated); returns its id.
    pub async fn add_key_slot(&self, unlock: Unlock) -> Result<String, AppError> {
        let slot = unlock.into_new_slot()?;
        self.with_app(move |app| app.add_slot(slot)).await
    }

    /// Removes a key slot; the last one cannot be removed.
    pub async fn remove_key_slot(&self, slot_id: String) -> Result<(), AppError> {
        self.with_app(move |app| app.remove_slot(&slot_id)).await
    }

    /// Changes the passphrase of a passphrase slot (checks the old one).
    pub async fn change_passphrase(
        &self,
        slot_id: String,
        old_passphrase: String,
        new_passphrase: String,
    ) -> Result<(), AppError> {
        let old = Unlock::Passphrase {
            passphrase: old_passphrase,
        }
        .into_secret()?;
        let new = Unlock::Passphrase {
            passphrase: new_passphrase,
        }
        .into_new_slot()?;
        self.with_app(move |app| app.change_passphrase(&slot_id, &old, new))
            .await
    }

    // ---- people ----

    /// Adds a person; `on` is the date of the entry.
    pub async fn register_person(
        &self,
        draft: PersonDraft,
        on: NaiveDate,
    ) -> Result<Person, AppError> {
        self.with_app(move |app| app.register_person(draft, on))
            .await
    }

    /// Changes a person's details.
    pub async fn update_person(
        &self,
        person_id: PersonId,
        update: PersonUpdate,
        on: NaiveDate,
    ) -> Result<Person, AppError> {
        self.with_app(move |app| app.update_person(person_id, update, on))
            .await
    }

    /// Archives a person (their documents and history are kept).
    pub async fn archive_person(&self, person_id: PersonId, on: NaiveDate) -> Result<(), AppError> {
        self.with_app(move |app| app.archive_person(person_id, on))
            .await
    }

    /// One person.
    pub async fn person(&self, person_id: PersonId) -> Result<PersonRecord, AppError> {
        self.with_app(move |app| app.person(person_id)).await
    }

    /// Every person (archived ones too), and records that could not be read.
    pub async fn people(&self) -> Result<PeopleListing, AppError> {
        self.with_app(|app| Ok(people(app.people()?))).await
    }

    // ---- documents ----

    /// Records a new document; `on` is the date of the entry.
    pub async fn record_document(
        &self,
        document: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| app.record_document(document.into_document(), on))
            .await
    }

    /// One document.
    pub async fn document(&self, document_id: DocumentId) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| app.document(document_id)).await
    }

    /// Every document, and records that could not be read.
    pub async fn documents(&self) -> Result<DocumentListing, AppError> {
        self.with_app(|app| Ok(documents(app.documents()?))).await
    }

    /// One person's documents.
    pub async fn documents_of(&self, person_id: PersonId) -> Result<DocumentListing, AppError> {
        self.with_app(move |app| Ok(documents(app.documents_of(person_id)?)))
            .await
    }

    /// Records something that happened to a document.
    pub async fn apply_event(
        &self,
        document_id: DocumentId,
        event: NewEvent,
        on: NaiveDate,
    ) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| app.apply_event(document_id, event.into(), on))
            .await
    }

    /// The renewal of `document_id` was approved: records `successor`,
    /// which supersedes it. Returns the successor.
    pub async fn approve_renewal(
        &self,
        document_id: DocumentId,
        successor: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| app.approve_renewal(document_id, successor.into_document(), on))
            .await
    }

    /// A replacement for the lost document arrived. Returns the replacement.
    pub async fn receive_replacement(
        &self,
        lost_document_id: DocumentId,
        replacement: NewDocument,
        on: NaiveDate,
    ) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| {
            app.receive_replacement(lost_document_id, replacement.into_document(), on)
        })
        .await
    }

    /// Takes back an event recorded by mistake (its id from `history`): a
    /// new `EventRetracted` event is recorded and the document's state is as
    /// if the mistaken event had not happened. Both stay in the history.
    pub async fn retract_event(
        &self,
        document_id: DocumentId,
        event_id: EventId,
        on: NaiveDate,
    ) -> Result<DocumentRecord, AppError> {
        self.with_app(move |app| app.retract_event(document_id, event_id, on))
            .await
    }

    /// A document's history, oldest first.
    pub async fn history(&self, document_id: DocumentId) -> Result<Vec<HistoryEntry>, AppError> {
        self.with_app(move |app| app.history_entries(document_id))
            .await
    }

    /// Documents whose number matches (case, spaces and dashes ignored).
    pub async fn find_by_number(&self, number: String) -> Result<Vec<DocumentRecord>, AppError> {
        self.with_app(move |app| app.find_by_number(&number)).await
    }

    // ---- photos ----

    /// Adds a photo of a document from bytes (at most 20 MiB).
    pub async fn add_photo(
        &self,
        document_id: DocumentId,
        mime: String,
        bytes: Vec<u8>,
        on: NaiveDate,
    ) -> Result<AttachmentInfo, AppError> {
        self.with_app(move |app| app.add_photo(document_id, &mime, on, std::io::Cursor::new(bytes)))
            .await
    }

    /// Adds a photo of a document from a file (streamed, at most 20 MiB).
    pub async fn add_photo_file(
        &self,
        document_id: DocumentId,
        mime: String,
        path: String,
        on: NaiveDate,
    ) -> Result<AttachmentInfo, AppError> {
        let path = path_arg(&path)?;
        self.with_app(move |app| {
            let file = open_file(&path)?;
            app.add_photo(document_id, &mime, on, file)
        })
        .await
    }

    /// The photos of a document.
    pub async fn photos(&self, document_id: DocumentId) -> Result<Vec<AttachmentInfo>, AppError> {
        self.with_app(move |app| app.photos(document_id)).await
    }

    /// A photo's bytes.
    pub async fn photo_bytes(&self, photo_id: AttachmentId) -> Result<Vec<u8>, AppError> {
        self.with_app(move |app| app.photo_bytes(photo_id)).await
    }

    /// Writes a photo into a new file at `path` (nothing may exist there).
    pub async fn export_photo(
        &self,
        photo_id: AttachmentId,
        path: String,
    ) -> Result<AttachmentInfo, AppError> {
        let path = path_arg(&path)?;
        self.with_app(move |app| app.export_photo(photo_id, &path))
            .await
    }

    /// Deletes a photo. The deletion, dated `on`, stays in the document's
    /// history (`EventName.PHOTO_DELETED`): a backup merged later never
    /// brings the photo back.
    pub async fn delete_photo(
        &self,
        photo_id: AttachmentId,
        on: NaiveDate,
    ) -> Result<(), AppError> {
        self.with_app(move |app| app.delete_photo(photo_id, on))
            .await
    }

    // ---- backup and integrity ----

    /// Writes a passphrase-protected backup of everything into a new file at
    /// `path` (nothing may exist there).
    pub async fn export_backup(&self, path: String, passphrase: String) -> Result<(), AppError> {
        let path = path_arg(&path)?;
        let passphrase = zeroize::Zeroizing::new(passphrase);
        self.with_app(move |app| app.export_backup_file(&path, &passphrase, KdfParams::default()))
            .await
    }

    /// Merges a backup file into this store (events already present are
    /// skipped). All or nothing.
    pub async fn merge_backup(
        &self,
        path: String,
        passphrase: String,
    ) -> Result<MergeReport, AppError> {
        let path = path_arg(&path)?;
        let passphrase = zeroize::Zeroizing::new(passphrase);
        self.with_app(move |app| {
            let file = open_file(&path)?;
            app.merge_backup(file, &passphrase)
        })
        .await
    }

    /// Checks the whole store file (slow on big stores; run it in the
    /// background, e.g. weekly).
    pub async fn check_integrity(&self) -> Result<(), AppError> {
        self.with_app(|app| app.check_integrity()).await
    }

    /// Rebuilds indexes, lookup tokens and projections from the sealed
    /// events (after `AppError.IndexDamaged`), then checks everything.
    /// Events and photos are never changed.
    pub async fn repair(&self) -> Result<RepairReport, AppError> {
        self.with_app(|app| app.repair()).await
    }

    /// Whether the store opened read-only (its file or folder cannot be
    /// written, e.g. a read-only medium): reading works, every write throws
    /// `ReadOnly`.
    pub async fn is_read_only(&self) -> Result<bool, AppError> {
        self.with_app(|app| Ok(app.is_read_only())).await
    }

    /// Whether the rollback anchor could not be saved after the last write
    /// (its storage was unavailable): it is saved again at the next write;
    /// until then a rollback to a copy made since is not caught.
    pub async fn rollback_anchor_behind(&self) -> Result<bool, AppError> {
        self.with_app(|app| Ok(app.store().rollback_anchor_behind()))
            .await
    }

    // ---- rules ----

    /// Which rule set is in use.
    pub async fn rules_info(&self) -> Result<RulesInfo, AppError> {
        self.with_app(|app| Ok(app.rules_info().clone())).await
    }

    /// A rule's name and guidance in `language` (English where that
    /// language has no text yet), for the rules a plan step or a reason
    /// cites; with the review state of the translation and, for a draft,
    /// the text it was drawn from. None for a rule the rules in use lack.
    pub async fn rule_guidance(
        &self,
        rule_id: String,
        language: Language,
    ) -> Result<Option<RuleGuidance>, AppError> {
        self.with_app(move |app| Ok(app.rule_guidance(&rule_id, language)))
            .await
    }

    /// Where a rule of the rules in use gets its facts (a reason's
    /// `Basis.Rule` names the rule); empty for a rule they lack.
    pub async fn rule_sources(&self, rule_id: String) -> Result<Vec<Source>, AppError> {
        self.with_app(move |app| {
            Ok(app
                .rules()
                .get(&rule_id)
                .map(|r| r.sources.to_vec())
                .unwrap_or_default())
        })
        .await
    }

    /// Goes back to the rules built into the library.
    pub async fn use_bundled_rules(&self) -> Result<RulesInfo, AppError> {
        self.with_app(|app| Ok(app.use_bundled_rules())).await
    }

    // ---- the dashboard ----

    /// What the people of the store need to see for `as_of`, person by
    /// person: a row per document (status, next date to act by, what
    /// blocks it), most urgent first, and the plan. A document's reasons
    /// and sources: `documentDetail`. `threads`: 1 (the store's own
    /// thread, as on phones) or more on a laptop; the same dashboard either
    /// way.
    #[uniffi::method(default(threads = 1))]
    pub async fn dashboard(&self, as_of: NaiveDate, threads: u32) -> Result<Dashboard, AppError> {
        self.with_app(move |app| app.dashboard_on(as_of, threads))
            .await
    }

    /// One document for a detail screen on `as_of`: its record, its status
    /// with every date, reason, blocker, fee and fine, and the sources of
    /// the rules behind them.
    pub async fn document_detail(
        &self,
        document_id: DocumentId,
        as_of: NaiveDate,
    ) -> Result<DocumentDetail, AppError> {
        self.with_app(move |app| app.document_detail(document_id, as_of))
            .await
    }
}
