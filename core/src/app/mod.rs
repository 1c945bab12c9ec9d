//! The application layer: one object holding an open store and the rule set
//! in use, with every operation an app performs on a store, and what a
//! screen shows, finished once ([`Dashboard`], [`DocumentDetail`]). The CLI,
//! the benchmarks and the FFI bindings open and read stores only through
//! [`App`]; calls that need no store (rendering messages, reading a date,
//! checking rule files or a pack, the CLI's rule tools) use `messages`,
//! `domain` and `rules` directly.
//!
//! Every failure is an [`AppError`], the one error classification.

mod by_person;
mod caseload;
mod dashboard;
mod error;
mod history;
mod notices;
mod packs;
mod problem;
mod reminders;
mod rules;
mod share;
mod support;
pub mod vocabulary;

pub use caseload::{
    CaseloadDashboard, CaseloadOptions, SituationCount, StatusCount, UrgentDocument, WeekCount,
    CASELOAD_WEEKS, DEFAULT_URGENT_LIMIT, MAX_THREADS,
};
pub use dashboard::{
    card, Dashboard, Deadline, DocumentCard, DocumentDetail, PersonDashboard, PLAN_HORIZON,
};
pub use error::{AppError, AppResult};
pub use history::{history_entries, HistoryEntry};
pub use notices::{message_of, notice_text, rules_identity, NoticeView, MAX_LATER_DAYS};
pub use packs::{PackInfo, PackTrust, RulePackStatus, RulesChange};
pub use problem::{Field, Problem};
pub use reminders::{
    NoticeReminder, ReminderOptions, ReminderSync, ScheduledReminder, DEFAULT_REMINDER_TIME,
    KEEP_STATES_DAYS,
};
#[cfg(feature = "rule-files")]
pub use rules::{check_rule_files, load_rule_files};
pub use rules::{AppConfig, BundledRules, RulesInfo, RulesOrigin, BUNDLED_SET_ID};
pub use share::{ImportedDocument, ShareImportReport, ShareMade, ShareRecipient};
pub use support::{HelpEntry, RouteDetail, RouteStepDetail};

use crate::crypto::{KdfParams, NewSlot, Secret, SlotInfo};
use crate::domain::{AttachmentId, Cohort, EventId, LinkKind, Person};
use crate::domain::{
    Document, DocumentChange, DocumentEvent, DocumentId, DocumentRecord, Event, PersonDraft,
    PersonId, PersonRecord, PersonUpdate,
};
use crate::rules::{evaluate, Evaluation, RuleSet};
use crate::store::{
    AttachmentInfo, Listing, MergeReport, RepairReport, Snapshot, Store, StoreOptions,
};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The fewest characters a new passphrase (for a key slot or a backup) may
/// have. Opening with an existing passphrase is never refused for length.
pub const MIN_NEW_PASSPHRASE_CHARS: usize = 8;

/// Refuses a new passphrase shorter than [`MIN_NEW_PASSPHRASE_CHARS`].
pub fn check_new_passphrase(passphrase: &str) -> AppResult<()> {
    if passphrase.chars().count() < MIN_NEW_PASSPHRASE_CHARS {
        return Err(AppError::validation(
            Field::Passphrase,
            Problem::TooShort {
                min: MIN_NEW_PASSPHRASE_CHARS as u64,
            },
        ));
    }
    Ok(())
}

/// People type only "stamped in" and "tied to" links; renewal and
/// replacement links are made by their own events.
fn check_typed_links(document: &Document) -> AppResult<()> {
    if document
        .links
        .iter()
        .any(|l| !matches!(l.kind, LinkKind::StampedIn | LinkKind::TiedTo))
    {
        return Err(AppError::validation(Field::Links, Problem::ReservedLink));
    }
    Ok(())
}

fn check_new_slot(slot: &NewSlot) -> AppResult<()> {
    match slot {
        NewSlot::Passphrase { passphrase, .. } => check_new_passphrase(passphrase),
        _ => Ok(()),
    }
}

/// The cohorts a rule set knows: `mou`, `unknown`, and every
/// Cabinet-resolution cohort its rules name.
pub fn known_cohorts(rules: &RuleSet) -> Vec<Cohort> {
    let mut out = vec![Cohort::Mou, Cohort::Unknown];
    for rule in rules.rules() {
        for c in rule.applies.cohorts.iter().flatten() {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
    }
    out.sort();
    out
}

/// The copy of a store file kept when opening upgraded its format.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MigrationCopy {
    /// The format (schema) version the file had.
    pub from_version: i64,
    /// Where the copy is.
    pub path: String,
}

/// An open, unlocked store with the rule set in use.
pub struct App {
    store: Store,
    rules: Arc<RuleSet>,
    rules_info: RulesInfo,
    /// The rules built into the app (used when no valid pack is installed).
    bundled: BundledRules,
    /// The rule packs the app trusts (`packs.rs`); none until configured.
    pack_trust: Option<packs::PackTrust>,
    /// The rules identity last found equal to the store's rules last used
    /// (`notices.rs`): later checks in this session skip reading the row.
    rules_noticed: Option<String>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("store", &self.store)
            .field("rules", &self.rules_info)
            .finish_non_exhaustive()
    }
}

impl App {
    /// The app over an open store: the bundled rules, then the installed
    /// pack if `config` trusts it (a refused or damaged pack leaves the
    /// bundled rules in use; [`App::rule_pack_status`] says why).
    fn with_store(store: Store, config: AppConfig) -> AppResult<App> {
        let AppConfig {
            bundled,
            pack_trust,
        } = config;
        let mut app = App {
            store,
            rules: bundled.rules().clone(),
            rules_info: bundled.info(),
            bundled,
            pack_trust: None,
            rules_noticed: None,
        };
        if let Some(trust) = pack_trust {
            app.configure_rule_packs(trust)?;
        }
        Ok(app)
    }

    /// Creates a new store at `path` (nothing may exist there) with one key
    /// slot.
    pub fn create(
        path: impl AsRef<Path>,
        first_slot: NewSlot,
        options: StoreOptions,
        config: AppConfig,
    ) -> AppResult<App> {
        check_new_slot(&first_slot)?;
        App::with_store(Store::create_with(path, first_slot, options)?, config)
    }

    /// Opens and unlocks the store at `path`. A store that cannot be
    /// written (a read-only medium or folder) opens read-only for reading
    /// (ADR 0005): every write then fails with `ReadOnly`, and
    /// [`App::is_read_only`] says so.
    pub fn open(
        path: impl AsRef<Path>,
        secret: &Secret,
        options: StoreOptions,
        config: AppConfig,
    ) -> AppResult<App> {
        let path = path.as_ref();
        match Store::open_with(path, secret, options.clone()) {
            Err(crate::store::StoreError::ReadOnly) if !options.read_only => {
                let read_only = StoreOptions {
                    read_only: true,
                    ..options
                };
                App::with_store(Store::open_with(path, secret, read_only)?, config)
            }
            opened => App::with_store(opened?, config),
        }
    }

    /// Whether the store is open read-only (it could not be written).
    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// Restores a backup into a new store at `path` (nothing may exist
    /// there), opened by `slot`.
    pub fn restore_backup(
        input: impl Read,
        backup_passphrase: &str,
        path: impl AsRef<Path>,
        slot: NewSlot,
        options: StoreOptions,
        config: AppConfig,
    ) -> AppResult<(App, MergeReport)> {
        check_new_slot(&slot)?;
        let (store, report) = Store::restore_backup(input, backup_passphrase, path, slot, options)?;
        Ok((App::with_store(store, config)?, report))
    }

    /// Closes the store, writing everything to its file.
    pub fn close(self) -> AppResult<()> {
        Ok(self.store.close()?)
    }

    /// The store's file.
    pub fn path(&self) -> PathBuf {
        self.store.path().to_path_buf()
    }

    /// If opening upgraded the store's format: the copy of the file made
    /// before the upgrade (docs/adr/0005). The copy still opens with the key
    /// slots of that time; once the app has checked the upgraded store it
    /// should call [`App::remove_migration_copy`] (docs/adr/0003).
    pub fn migration_copy(&self) -> Option<MigrationCopy> {
        self.store.migrated_from().map(|(v, path)| MigrationCopy {
            from_version: v,
            path: path.display().to_string(),
        })
    }

    /// The format version of the store at `path` when opening it will
    /// upgrade it first (see [`Store::pending_migration`]): a front end
    /// shows that an upgrade is under way.
    pub fn pending_migration(path: impl AsRef<std::path::Path>) -> Option<i64> {
        Store::pending_migration(path)
    }

    /// Deletes the copy made before this session's upgrade (nothing to do
    /// when there is none). Never done automatically: the copy is the way
    /// back if the upgraded store is not right.
    pub fn remove_migration_copy(&mut self) -> AppResult<()> {
        Ok(self.store.remove_migration_copy()?)
    }

    /// The underlying store (for tools that need a lower level).
    pub fn store(&self) -> &Store {
        &self.store
    }

    fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    // ---- rules ----

    /// The rule set in use.
    pub fn rules(&self) -> &Arc<RuleSet> {
        &self.rules
    }

    /// The name and guidance of a rule, a route or a route's step
    /// (`<route id>/<step id>`) in `language` (English where that language
    /// has none), with its review state and, for a draft, the text it was
    /// drawn from. `None` for an id the rules in use lack.
    pub fn rule_guidance(
        &self,
        rule_id: &str,
        language: crate::domain::Language,
    ) -> Option<crate::rules::model::RuleGuidance> {
        self.rules.guidance(rule_id, language)
    }

    /// Which rule set is in use.
    pub fn rules_info(&self) -> &RulesInfo {
        &self.rules_info
    }

    /// Uses these rules from now on. Refused rules change nothing.
    pub fn use_rules(&mut self, rules: Arc<RuleSet>, info: RulesInfo) {
        self.rules = rules;
        self.rules_info = info;
    }

    /// Loads rule files and uses them from now on; on any error the rules in
    /// use stay as they were.
    #[cfg(feature = "rule-files")]
    pub fn load_rules(&mut self, files: &[crate::rules::RuleFile]) -> AppResult<RulesInfo> {
        let (rules, info) = load_rule_files(files)?;
        self.use_rules(rules, info.clone());
        Ok(info)
    }

    /// Goes back to the rules built into the app.
    pub fn use_bundled_rules(&mut self) -> RulesInfo {
        let info = self.bundled.info();
        self.use_rules(self.bundled.rules().clone(), info.clone());
        info
    }

    /// The rules built into the app.
    pub fn bundled_rules(&self) -> &BundledRules {
        &self.bundled
    }

    // ---- key slots ----

    /// The key slots.
    pub fn slots(&self) -> AppResult<Vec<SlotInfo>> {
        Ok(self.store.slots()?)
    }

    /// Adds a key slot; returns its id.
    pub fn add_slot(&mut self, slot: NewSlot) -> AppResult<String> {
        check_new_slot(&slot)?;
        Ok(self.store.add_slot(slot)?)
    }

    /// Removes a key slot (never the last one).
    pub fn remove_slot(&mut self, id: &str) -> AppResult<()> {
        Ok(self.store.remove_slot(id)?)
    }

    /// Changes the passphrase of a passphrase slot.
    pub fn change_passphrase(
        &mut self,
        slot_id: &str,
        old: &Secret,
        new: NewSlot,
    ) -> AppResult<()> {
        check_new_slot(&new)?;
        Ok(self.store.change_passphrase(slot_id, old, new)?)
    }

    // ---- people ----

    /// The cohorts people can be registered with: `mou`, `unknown`, and
    /// every Cabinet-resolution cohort the rule set in use names.
    pub fn known_cohorts(&self) -> Vec<Cohort> {
        known_cohorts(&self.rules)
    }

    /// Refuses a Cabinet-resolution cohort that no rule in use knows (a
    /// typo would silently leave a worker without any of their rules).
    fn check_cohort(&self, cohort: &Cohort) -> AppResult<()> {
        let known = self.known_cohorts();
        if matches!(cohort, Cohort::CabinetResolution(_)) && !known.contains(cohort) {
            return Err(AppError::validation(
                Field::Cohort,
                Problem::UnknownCohort {
                    known: known.iter().map(Cohort::code).collect(),
                },
            ));
        }
        Ok(())
    }

    /// Registers a person.
    pub fn register_person(&mut self, mut draft: PersonDraft, on: NaiveDate) -> AppResult<Person> {
        self.check_cohort(&draft.cohort)?;
        draft.province = match draft.province.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(self.province_id(text)?),
        };
        Ok(self.store.register_person(draft, on)?)
    }

    /// Changes a person's details.
    pub fn update_person(
        &mut self,
        id: PersonId,
        mut update: PersonUpdate,
        on: NaiveDate,
    ) -> AppResult<Person> {
        if let Some(c) = &update.cohort {
            self.check_cohort(c)?;
        }
        // A province by id, English or Thai name; an empty text clears it.
        if let Some(text) = update.province.as_deref().map(str::trim) {
            update.province = Some(if text.is_empty() {
                String::new()
            } else {
                self.province_id(text)?
            });
        }
        Ok(self.store.update_person(id, update, on)?)
    }

    /// Archives a person; their documents and history are kept.
    pub fn archive_person(&mut self, id: PersonId, on: NaiveDate) -> AppResult<()> {
        Ok(self.store.archive_person(id, on)?)
    }

    /// One person.
    pub fn person(&self, id: PersonId) -> AppResult<PersonRecord> {
        Ok(self.store.person(id)?)
    }

    /// Every person (archived ones too), and records that could not be read.
    pub fn people(&self) -> AppResult<Listing<PersonRecord>> {
        Ok(self.store.people()?)
    }

    // ---- documents ----

    /// Records a new document.
    pub fn record_document(
        &mut self,
        document: Document,
        on: NaiveDate,
    ) -> AppResult<DocumentRecord> {
        check_typed_links(&document)?;
        let document = document.validated()?;
        Ok(self.store.record_document(document, on)?)
    }

    /// One document.
    pub fn document(&self, id: DocumentId) -> AppResult<DocumentRecord> {
        Ok(self.store.document(id)?)
    }

    /// Every document, and records that could not be read.
    pub fn documents(&self) -> AppResult<Listing<DocumentRecord>> {
        Ok(self.store.documents()?)
    }

    /// The documents of one person.
    pub fn documents_of(&self, person: PersonId) -> AppResult<Listing<DocumentRecord>> {
        self.store.person(person)?;
        let mut all = self.store.documents()?;
        all.items.retain(|r| r.document.holder == person);
        Ok(all)
    }

    /// Applies an event to a document: renewal started, submitted or
    /// rejected, reported lost, cancelled, employer changed, 90-day report
    /// filed, details corrected, archived. Renewal approval and replacement
    /// have their own calls, since they record a second document.
    pub fn apply_event(
        &mut self,
        id: DocumentId,
        change: DocumentChange,
        on: NaiveDate,
    ) -> AppResult<DocumentRecord> {
        Ok(self.store.change_document(id, change, on)?)
    }

    /// Takes back an event recorded by mistake (history keeps both).
    pub fn retract_event(
        &mut self,
        document: DocumentId,
        event: EventId,
        on: NaiveDate,
    ) -> AppResult<DocumentRecord> {
        Ok(self.store.retract_event(document, event, on)?)
    }

    /// The renewal of `old` was approved: records `successor`, which
    /// supersedes it. Returns the successor.
    pub fn approve_renewal(
        &mut self,
        old: DocumentId,
        successor: Document,
        on: NaiveDate,
    ) -> AppResult<DocumentRecord> {
        check_typed_links(&successor)?;
        let successor = successor.validated()?;
        Ok(self.store.approve_renewal(old, successor, on)?)
    }

    /// A replacement for the lost document `lost` arrived. Returns the replacement.
    pub fn receive_replacement(
        &mut self,
        lost: DocumentId,
        replacement: Document,
        on: NaiveDate,
    ) -> AppResult<DocumentRecord> {
        check_typed_links(&replacement)?;
        let replacement = replacement.validated()?;
        Ok(self.store.receive_replacement(lost, replacement, on)?)
    }

    /// A document's history, oldest first.
    pub fn history(&self, id: DocumentId) -> AppResult<Vec<DocumentEvent>> {
        Ok(self.store.history(id)?)
    }

    /// The whole event log, and events that could not be read.
    pub fn events(&self) -> AppResult<Listing<Event>> {
        Ok(self.store.events()?)
    }

    /// Documents whose number matches (case, spaces and dashes ignored).
    pub fn find_by_number(&self, number: &str) -> AppResult<Vec<DocumentRecord>> {
        self.store
            .find_by_number(number)?
            .into_iter()
            .map(|id| Ok(self.store.document(id)?))
            .collect()
    }

    // ---- photos ----

    /// Adds a photo or scan of a document, read from `reader`.
    pub fn add_photo(
        &mut self,
        document: DocumentId,
        mime: &str,
        on: NaiveDate,
        reader: impl Read,
    ) -> AppResult<AttachmentInfo> {
        Ok(self.store.add_attachment(document, mime, on, reader)?)
    }

    /// The photos of a document.
    pub fn photos(&self, document: DocumentId) -> AppResult<Vec<AttachmentInfo>> {
        Ok(self.store.attachments(document)?)
    }

    /// A photo's bytes.
    pub fn photo_bytes(&self, id: AttachmentId) -> AppResult<Vec<u8>> {
        Ok(self.store.attachment_bytes(id)?)
    }

    /// Writes a photo into a new file at `path` (nothing may exist there),
    /// readable by the owner only, atomically: on an error or a crash
    /// nothing is left at `path` ([`crate::store::write_new_file`]).
    pub fn export_photo(
        &self,
        id: AttachmentId,
        path: impl AsRef<Path>,
    ) -> AppResult<AttachmentInfo> {
        write_new(path.as_ref(), |file| {
            let mut out = std::io::BufWriter::new(file);
            let info = self.store.read_attachment(id, &mut out)?;
            out.flush()?;
            Ok(info)
        })
    }

    /// Deletes a photo; the deletion, dated `on`, stays in its document's
    /// history (`photo_deleted`), so a backup merge never brings it back.
    pub fn delete_photo(&mut self, id: AttachmentId, on: NaiveDate) -> AppResult<()> {
        Ok(self.store.delete_attachment(id, on)?)
    }

    // ---- backup ----

    /// Writes a passphrase-protected backup of everything into `out`.
    pub fn export_backup<W: Write>(
        &self,
        out: W,
        passphrase: &str,
        kdf: KdfParams,
    ) -> AppResult<W> {
        check_new_passphrase(passphrase)?;
        Ok(self.store.export_backup(out, passphrase, kdf)?)
    }

    /// Writes a backup into a new file at `path` (nothing may exist there),
    /// atomically: a killed export leaves nothing at `path`, and a retry
    /// works ([`crate::store::write_new_file`]).
    pub fn export_backup_file(
        &self,
        path: impl AsRef<Path>,
        passphrase: &str,
        kdf: KdfParams,
    ) -> AppResult<()> {
        self.export_backup_file_with(path, passphrase, kdf, &mut |_| {})
    }

    /// [`App::export_backup_file`], telling `progress` how many bytes are
    /// written so far (for a progress display).
    pub fn export_backup_file_with(
        &self,
        path: impl AsRef<Path>,
        passphrase: &str,
        kdf: KdfParams,
        progress: &mut dyn FnMut(u64),
    ) -> AppResult<()> {
        check_new_passphrase(passphrase)?;
        write_new(path.as_ref(), |file| {
            let counted = Counted {
                inner: std::io::BufWriter::new(file),
                written: 0,
                progress,
            };
            let mut out = self.store.export_backup(counted, passphrase, kdf)?;
            out.flush()?;
            Ok(())
        })
    }

    /// Merges a backup into this store (events already present are skipped).
    pub fn merge_backup(&mut self, input: impl Read, passphrase: &str) -> AppResult<MergeReport> {
        Ok(self.store.merge_backup(input, passphrase)?)
    }

    // ---- integrity ----

    /// Checks the whole store file: SQLite's structure, the sealed log
    /// head and hash chain, projections against the events, lookup tokens.
    pub fn check_integrity(&self) -> AppResult<()> {
        Ok(self.store.check_integrity()?)
    }

    /// Rebuilds indexes, lookup tokens and projections from the sealed
    /// events, then checks everything. Never changes an event or a photo;
    /// refuses (`Integrity`) a log that lost or changed events.
    pub fn repair(&mut self) -> AppResult<RepairReport> {
        Ok(self.store.repair()?)
    }

    /// Opens a store whose index is damaged and repairs it (see [`App::repair`]).
    pub fn open_and_repair(
        path: impl AsRef<Path>,
        secret: &Secret,
        options: StoreOptions,
        config: AppConfig,
    ) -> AppResult<(App, RepairReport)> {
        let (store, report) = Store::open_and_repair(path, secret, options)?;
        Ok((App::with_store(store, config)?, report))
    }

    // ---- the dashboard ----

    /// Evaluates every document of the people not archived as of `as_of`.
    fn evaluate_snapshot(&self, as_of: NaiveDate) -> AppResult<(Snapshot, Evaluation)> {
        let snapshot = self.store.snapshot()?;
        let evaluation = evaluate(
            &snapshot.people,
            &snapshot.documents,
            &snapshot.events,
            &self.rules,
            as_of,
        );
        Ok((snapshot, evaluation))
    }

    /// The people (not archived) and every status as of `as_of`, with all
    /// reasons (for tools that show everything, like `--why`).
    pub fn evaluate(&self, as_of: NaiveDate) -> AppResult<(Vec<Person>, Evaluation)> {
        let (snapshot, evaluation) = self.evaluate_snapshot(as_of)?;
        Ok((snapshot.people, evaluation))
    }

    /// What a person needs to see for `as_of`: a row per document, most
    /// urgent first, and the plan. Reasons and sources are in
    /// [`App::document_detail`].
    pub fn dashboard(&self, as_of: NaiveDate) -> AppResult<Dashboard> {
        self.dashboard_on(as_of, 1)
    }

    /// [`App::dashboard`] with people evaluated on up to `threads` threads
    /// (1, the calling thread, on phones; more on a caseworker's laptop).
    /// The same dashboard whatever the number of threads.
    pub fn dashboard_on(&self, as_of: NaiveDate, threads: u32) -> AppResult<Dashboard> {
        Ok(Dashboard::from_snapshot_on(
            self.store.snapshot()?,
            &self.rules,
            self.rules_info.clone(),
            as_of,
            threads,
        ))
    }

    /// One person's part of the dashboard on `as_of` (rows, situation,
    /// plan, flags, and the warnings their documents raise), evaluating
    /// only their documents: the per-person detail a caseload opens on
    /// demand. Equal to [`App::dashboard`] kept to that person. No part
    /// for an archived person; `NotFound` for no such person.
    pub fn person_dashboard(&self, person: PersonId, as_of: NaiveDate) -> AppResult<Dashboard> {
        self.store.person(person)?;
        Ok(Dashboard::for_person(
            self.store.snapshot()?,
            person,
            &self.rules,
            self.rules_info.clone(),
            as_of,
        ))
    }

    /// One person's statuses on `as_of` with every reason (what `--why`
    /// shows for them), evaluating only their documents. Empty for an
    /// archived person; `NotFound` for no such person.
    pub fn evaluate_person(&self, person: PersonId, as_of: NaiveDate) -> AppResult<Evaluation> {
        self.store.person(person)?;
        Ok(by_person::person_evaluation(
            self.store.snapshot()?,
            person,
            &self.rules,
            as_of,
        ))
    }

    /// One document for a detail screen on `as_of`: its record, its row,
    /// its status with every reason, and the sources of the rules behind
    /// them. `NotFound` for no such document; a document of an archived
    /// person has no row and no status.
    pub fn document_detail(&self, id: DocumentId, as_of: NaiveDate) -> AppResult<DocumentDetail> {
        let record = self.store.document(id)?;
        // Only the holder's documents are evaluated: in a caseload of
        // 100,000 documents a detail costs one person's evaluation.
        let evaluation = by_person::person_evaluation(
            self.store.snapshot()?,
            record.document.holder,
            &self.rules,
            as_of,
        );
        let status = evaluation.documents.into_iter().find(|s| s.document == id);
        let card = status
            .as_ref()
            .map(|st| card(st, record.document.expires_on, as_of));
        let rule_sources = status
            .as_ref()
            .map(|st| dashboard::sources_of(st, &self.rules))
            .unwrap_or_default();
        Ok(DocumentDetail {
            record,
            card,
            status,
            rule_sources,
        })
    }
}

/// A writer that tells how many bytes went through it.
struct Counted<'a, W: Write> {
    inner: W,
    written: u64,
    progress: &'a mut dyn FnMut(u64),
}

impl<W: Write> Write for Counted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        (self.progress)(self.written);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Serialises a map with its keys in order (JSON output is stable).
pub(crate) fn ordered_map<K: Ord + serde::Serialize, V: serde::Serialize, S: serde::Serializer>(
    map: &HashMap<K, V>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let ordered: std::collections::BTreeMap<&K, &V> = map.iter().collect();
    serde::Serialize::serialize(&ordered, s)
}

/// Creates a file that must not exist yet.
/// A new file written atomically ([`crate::store::write_new_file`]); a
/// missing folder is `Validation(path, FolderMissing)`.
fn write_new<T>(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> crate::store::StoreResult<T>,
) -> AppResult<T> {
    crate::store::write_new_file(path, write).map_err(|e| match e {
        crate::store::StoreError::Io(std::io::ErrorKind::NotFound) => {
            AppError::validation(Field::Path, Problem::FolderMissing)
        }
        other => other.into(),
    })
}
