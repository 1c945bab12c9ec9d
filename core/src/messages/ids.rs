//! Every fixed message id. Words of closed vocabularies (statuses, events,
//! kinds…) have ids made from their group and code instead; see
//! [`super::Term`] and [`super::Localizer::kind_name`].

use serde::{Serialize, Serializer};

macro_rules! message_ids {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $id:literal ),* $(,)?) => {
        /// A stable message id. The catalogs (`catalogs/*.ftl`) have one
        /// entry for each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum MessageId {
            $( $(#[doc = $doc])+ $variant, )*
        }

        impl MessageId {
            /// Every message id.
            pub const ALL: &'static [MessageId] = &[ $(MessageId::$variant),* ];

            /// The id as written in the catalogs, e.g. `reason-printed-expiry`.
            pub fn as_str(self) -> &'static str {
                match self { $(MessageId::$variant => $id),* }
            }

            /// The id for its catalog name, if there is one.
            pub fn parse(s: &str) -> Option<MessageId> {
                match s { $($id => Some(MessageId::$variant),)* _ => None }
            }
        }
    };
}

impl Serialize for MessageId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for MessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

message_ids! {
    // ---- reasons: why a date or status is what it is ----
    /// `date`: the expiry printed on the document.
    ReasonPrintedExpiry = "reason-printed-expiry",
    /// `date`: the issue date printed on the document.
    ReasonIssuedOn = "reason-issued-on",
    /// `span`: new documents are valid this long.
    ReasonValidityTerm = "reason-validity-term",
    /// `date`: a resolution ends the authorisation on this day.
    ReasonEndOfAuthorisation = "reason-end-of-authorisation",
    /// `date`: the printed date that a rule replaces.
    ReasonReplacesPrintedDate = "reason-replaces-printed-date",
    /// No expiry date and no validity term.
    ReasonNoExpiry = "reason-no-expiry",
    /// `kinds`: the document cannot outlast these.
    ReasonCappedBy = "reason-capped-by",
    /// `kinds`: the document ends when these end.
    ReasonLapsesWith = "reason-lapses-with",
    /// `kind`, `date`: another of the person's documents ends on this day.
    ReasonRelatedEnds = "reason-related-ends",
    /// `span`: the deadline comes this long after the document ends.
    ReasonDeadlineAfterExpiry = "reason-deadline-after-expiry",
    /// `span`, `date` (first issue): the longest total term.
    ReasonTermLimit = "reason-term-limit",
    /// `kind`, `date`: the first document of a renewal chain was issued then.
    ReasonChainStart = "reason-chain-start",
    /// `span`, `date` (deadline): the renewal window opens this long before.
    ReasonWindowOpens = "reason-window-opens",
    /// `span`, `date` (deadline): "due soon" starts this long before.
    ReasonDueSoon = "reason-due-soon",
    /// `span`, `date` (deadline): processing takes this long, so due soon starts then.
    ReasonProcessingTime = "reason-processing-time",
    /// `span`, `date` (deadline): a grace period follows the deadline.
    ReasonGrace = "reason-grace",
    /// `kinds`, `needed`, `until`: a prerequisite is missing.
    ReasonPrerequisiteMissing = "reason-prerequisite-missing",
    /// `kinds`, `needed`, `until`, `found`, `found_until`: the prerequisite ends too early.
    ReasonPrerequisiteEnds = "reason-prerequisite-ends",
    /// `kinds`, `needed`, `until`, `found`: the prerequisite has no known expiry.
    ReasonPrerequisiteNoExpiry = "reason-prerequisite-no-expiry",
    /// `date`: the last 90-day report was filed then.
    ReasonLastReportFiled = "reason-last-report-filed",
    /// `date`: the date of entry.
    ReasonDateOfEntry = "reason-date-of-entry",
    /// The date of entry is not recorded.
    ReasonEntryDateMissing = "reason-entry-date-missing",
    /// No rule for this recurring obligation applies on the date.
    ReasonNoRecurringRule = "reason-no-recurring-rule",
    /// `span`: a report is due this often.
    ReasonReportDue = "reason-report-due",
    /// `span`, `date` (due date): filing opens this long before.
    ReasonReportWindowOpens = "reason-report-window-opens",
    /// `span`, `date` (due date): filing stays open this long after.
    ReasonReportWindowCloses = "reason-report-window-closes",
    /// `date`: the worker left the employer then.
    ReasonLeftEmployer = "reason-left-employer",
    /// `span`: time to find a new employer.
    ReasonJobChangePeriod = "reason-job-change-period",
    /// `label`, `amount`: an official fee.
    ReasonFee = "reason-fee",
    /// `label`, `amount`, `days`, `date` (from): a fine owed.
    ReasonFine = "reason-fine",
    /// `span`, `target`, `date`: a reminder before a date.
    ReasonReminder = "reason-reminder",
    /// `date`: superseded by a renewal.
    ReasonSuperseded = "reason-superseded",
    /// `date`: superseded by a replacement.
    ReasonReplaced = "reason-replaced",
    /// `date`: reported lost.
    ReasonLost = "reason-lost",
    /// `date`: cancelled.
    ReasonCancelled = "reason-cancelled",
    /// `date`: archived.
    ReasonArchived = "reason-archived",
    /// The document is current.
    ReasonCurrent = "reason-current",

    // ---- notes on a document ----
    /// `date`: a renewal was handed in.
    NoteRenewalSubmitted = "note-renewal-submitted",
    /// `date`: a renewal is being prepared.
    NoteRenewalStarted = "note-renewal-started",
    /// `kinds`, `rule`: capped by documents of which none is recorded.
    NoteCappedByMissing = "note-capped-by-missing",
    /// `kinds`, `rule`: lapses with documents of which none is recorded.
    NoteLapsesWithMissing = "note-lapses-with-missing",

    // ---- warnings about the input ----
    /// `document`: the document's events cannot be folded.
    WarningEventsDoNotFold = "warning-events-do-not-fold",
    /// `document`: the document's rules depend on themselves.
    WarningRuleCycle = "warning-rule-cycle",
    /// `document`: the holder is unknown.
    WarningHolderUnknown = "warning-holder-unknown",
    /// `document`, `rules`, `slot`, `chosen`: several rules fill one slot.
    WarningAmbiguousRules = "warning-ambiguous-rules",
    /// `count`: records could not be read and are not shown.
    WarningUnreadableRecords = "warning-unreadable-records",

    // ---- the renewal plan ----
    /// `kinds`: renew the document.
    PlanRenew = "plan-renew",
    /// `kinds`: obtain a missing document.
    PlanObtain = "plan-obtain",
    /// File the 90-day report.
    PlanFileReport = "plan-file-report",
    /// Find a new employer.
    PlanFindEmployer = "plan-find-employer",
    /// Return home and re-apply.
    PlanReapplyFromHome = "plan-reapply-from-home",
    /// `date`: act by this date.
    PlanBy = "plan-by",
    /// `date`: possible from this date.
    PlanFrom = "plan-from",
    /// `date`: the window opens on this date.
    PlanWindowOpensOn = "plan-window-opens-on",
    /// `status`: the document's status.
    PlanStatus = "plan-status",
    /// `date`, `kind`: must be valid until this date to renew that kind.
    PlanMustBeValidUntil = "plan-must-be-valid-until",
    /// `kind`: needed to renew that kind.
    PlanNeededToRenew = "plan-needed-to-renew",

    // ---- blockers ----
    /// `kinds`, `date`: needs a document valid until this date.
    BlockerNeeds = "blocker-needs",
    /// `date`: no renewal beyond this date.
    BlockerTermLimit = "blocker-term-limit",

    // ---- reminders (see crate::reminders) ----
    /// A notification's title that names nothing personal.
    ReminderTitle = "reminder-title",
    /// Lock screen: a renewal window opens today.
    ReminderShortWindowOpens = "reminder-short-window-opens",
    /// Lock screen: a report's filing window opens today.
    ReminderShortReportWindow = "reminder-short-report-window",
    /// `days`: lock screen: a deadline in so many days.
    ReminderShortDueSoon = "reminder-short-due-soon",
    /// Lock screen: a deadline today.
    ReminderShortDeadline = "reminder-short-deadline",
    /// `days`: lock screen: a deadline passed; grace ends in so many days.
    ReminderShortGrace = "reminder-short-grace",
    /// Lock screen: a deadline passed.
    ReminderShortOverdue = "reminder-short-overdue",
    /// `kind`, `date` (deadline): the renewal window opens today.
    ReminderWindowOpens = "reminder-window-opens",
    /// `date` (due), `until` (filing closes): the 90-day report can be filed from today.
    ReminderReportWindow = "reminder-report-window",
    /// `kind`, `days`, `target`, `date`: so many days left until a date.
    ReminderDueSoon = "reminder-due-soon",
    /// `kind`, `target`, `date`: the date is today.
    ReminderDeadline = "reminder-deadline",
    /// `kind`, `date` (grace ends), `days`: the deadline passed; grace is running.
    ReminderGrace = "reminder-grace",
    /// `kind`, `date` (last day): overdue.
    ReminderOverdue = "reminder-overdue",

    // ---- people-facing errors ----
    /// The passphrase or key does not open the store.
    ErrorWrongSecret = "error-wrong-secret",
    /// The device key cannot be used.
    ErrorKeyUnavailable = "error-key-unavailable",
    /// `record`: a record failed its integrity check.
    ErrorIntegrity = "error-integrity",
    /// The store file is damaged or not a store.
    ErrorStorageCorrupt = "error-storage-corrupt",
    /// `found`, `supported`: the store is from a newer app.
    ErrorUnsupportedVersion = "error-unsupported-version",
    /// Something already exists at that path.
    ErrorAlreadyExists = "error-already-exists",
    /// No store at that path.
    ErrorStoreMissing = "error-store-missing",
    /// The disk is full.
    ErrorStorageFull = "error-storage-full",
    /// The store is read-only.
    ErrorReadOnly = "error-read-only",
    /// Another app or process is writing.
    ErrorBusy = "error-busy",
    /// `field`, `reason`: invalid input.
    ErrorValidation = "error-validation",
    /// A typed date is not in a shape doctrack reads.
    ErrorDateFormat = "error-date-format",
    /// A typed date does not exist in the calendar (30 February).
    ErrorDateNoSuchDay = "error-date-no-such-day",
    /// A typed date has a two-digit year: ambiguous, so refused.
    ErrorDateAmbiguousYear = "error-date-ambiguous-year",
    /// A typed date's year is neither a plausible CE nor BE year.
    ErrorDateYearOutOfRange = "error-date-year-out-of-range",
    /// `state`, `event`: the event is not allowed in this state.
    ErrorIllegalTransition = "error-illegal-transition",
    /// `record`: no such record.
    ErrorNotFound = "error-not-found",
    /// The rules are invalid.
    ErrorRulesInvalid = "error-rules-invalid",
    /// The store was closed.
    ErrorClosed = "error-closed",
    /// A backup file is damaged or was modified.
    ErrorBackupInvalid = "error-backup-invalid",
    /// Something unexpected went wrong.
    ErrorInternal = "error-internal",
}
