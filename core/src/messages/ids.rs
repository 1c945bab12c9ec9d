//! Every fixed message id. Words of closed vocabularies (statuses, events,
//! kinds…) have ids made from their group and code instead; see
//! [`super::Term`] and [`super::Localizer::kind_name`].

use serde::{Serialize, Serializer};

macro_rules! message_ids {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $id:literal ),* $(,)?) => {
        /// A stable message id. The catalogs (`catalogs/<language>.ftl`) have one
        /// entry for each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
    /// `kind`, `date`: another of the person's documents was cancelled on this day.
    ReasonRelatedCancelled = "reason-related-cancelled",
    /// `kind`, `left`, `date`: another document was cancelled when the worker
    /// left the employer (`left`); its job-change deadline is `date`.
    ReasonRelatedJobChange = "reason-related-job-change",
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
    /// `span`, `date` (the day the worker left): time to find a new
    /// employer, as in force on that day.
    ReasonJobChangePeriod = "reason-job-change-period",
    /// `kind`, `date`: a new document of this kind was issued on `date`,
    /// within the job-change period: the job change is done.
    ReasonJobChangeDone = "reason-job-change-done",
    /// `label`, `amount`: an official fee.
    ReasonFee = "reason-fee",
    /// `label`, `amount`, `date`: an official fee, as in force on the day
    /// the renewal was submitted.
    ReasonFeeOnSubmission = "reason-fee-on-submission",
    /// `label`, `amount`, `days`, `date` (from): a fine owed.
    ReasonFine = "reason-fine",
    /// `label`, `amount`, `days` (charged), `waived`, `date` (from): a fine
    /// owed, some late days not charged.
    ReasonFineWithWaiver = "reason-fine-with-waiver",
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
    /// `date`: the renewal was handed in on this day.
    ReasonRenewalSubmittedOn = "reason-renewal-submitted-on",
    /// `span`: ask about the decision this long after handing in.
    ReasonDecisionFollowUp = "reason-decision-follow-up",
    /// `date`: waiting for a decision since this day; the receipt covers the worker.
    ReasonAwaitingDecision = "reason-awaiting-decision",
    /// `date`, `follow_up`: no decision yet since `date`; ask from `follow_up`.
    ReasonNoDecisionYet = "reason-no-decision-yet",

    // ---- notes on a document ----
    /// `date`: a renewal was handed in.
    NoteRenewalSubmitted = "note-renewal-submitted",
    /// `date`: a renewal is being prepared.
    NoteRenewalStarted = "note-renewal-started",
    /// `kinds`, `rule`: capped by documents of which none is recorded.
    NoteCappedByMissing = "note-capped-by-missing",
    /// `kinds`, `rule`: lapses with documents of which none is recorded.
    NoteLapsesWithMissing = "note-lapses-with-missing",
    /// `rule`, `kind`, `date`, `by`: the rule does not apply: a document of
    /// `kind` was issued on `date`, by `by` (its `unless`).
    NoteUnlessDocument = "note-unless-document",
    /// `rule`, `event`, `date`, `by`: the rule does not apply: the `event`
    /// happened on `date`, by `by` (its `unless`).
    NoteUnlessEvent = "note-unless-event",
    /// `label`, `days`, `from`, `to`, `rule`: a fine is not charged for
    /// `days` days between `from` and `to` (a waiver).
    NoteFineWaivedPeriod = "note-fine-waived-period",
    /// `label`, `days`, `date`, `rule`: a fine is not charged for `days`
    /// days while the renewal submitted on `date` is pending.
    NoteFineWaivedPending = "note-fine-waived-pending",
    /// `kinds`, `date`, `rule`: an upstream document ends on `date`, before
    /// the end that the resolution `rule` sets, which it does not shorten.
    NoteResolutionOutlastsUpstream = "note-resolution-outlasts-upstream",

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
    /// `kinds`: wait for the decision on the renewal.
    PlanAwaitDecision = "plan-await-decision",
    /// The date to act is today.
    PlanToday = "plan-today",
    /// `days`, `date`: the date to act passed this many days ago.
    PlanOverdue = "plan-overdue",
    /// Where to get help when late.
    PlanGetHelp = "plan-get-help",
    /// `kind`, `date`: the document follows the work permit until the job-change deadline.
    PlanFollowsJobChange = "plan-follows-job-change",
    /// `kind`: the document ended when the worker left the employer.
    PlanEndedWithJob = "plan-ended-with-job",
    /// `label`, `amount`: an official fee of a step.
    PlanFee = "plan-fee",
    /// `label`, `amount`, `days`: a fine owed so far.
    PlanFine = "plan-fine",
    /// The blockers are a default chosen by rule maintainers, not law.
    PlanAdvice = "plan-advice",
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

    // ---- problems with an input (the field is a term) ----
    /// `field` is empty.
    ProblemEmpty = "problem-empty",
    /// `field`, `max`: too long.
    ProblemTooLong = "problem-too-long",
    /// `field`, `min`: too short.
    ProblemTooShort = "problem-too-short",
    /// `field`: control characters.
    ProblemControlCharacters = "problem-control-characters",
    /// `field`: characters not allowed.
    ProblemBadCharacters = "problem-bad-characters",
    /// `field`: not a date.
    ProblemNotADate = "problem-not-a-date",
    /// `field`: no such day in the calendar.
    ProblemNoSuchDay = "problem-no-such-day",
    /// `field`: an implausible year.
    ProblemYearOutOfRange = "problem-year-out-of-range",
    /// `field`: a two-digit year (ambiguous: refused, never guessed).
    ProblemAmbiguousYear = "problem-ambiguous-year",
    /// `field`: expiry not after issue.
    ProblemExpiryNotAfterIssue = "problem-expiry-not-after-issue",
    /// `field`: the kind has no expiry.
    ProblemNoExpiryForKind = "problem-no-expiry-for-kind",
    /// `field`: the date of entry is needed.
    ProblemEntryDateMissing = "problem-entry-date-missing",
    /// `field`: the kind names no employer.
    ProblemEmployerNotForKind = "problem-employer-not-for-kind",
    /// `field`: a document linked to itself.
    ProblemSelfLink = "problem-self-link",
    /// `field`: a link only events may set.
    ProblemReservedLink = "problem-reserved-link",
    /// `field`: a linked document is unknown or someone else's.
    ProblemBadLink = "problem-bad-link",
    /// `field`: the id is taken.
    ProblemDuplicateId = "problem-duplicate-id",
    /// `field`: not an ISO 3166 code.
    ProblemUnknownCountry = "problem-unknown-country",
    /// `field`, `known`: not a cohort the rules know.
    ProblemUnknownCohort = "problem-unknown-cohort",
    /// `field`: not a supported language.
    ProblemUnknownLanguage = "problem-unknown-language",
    /// `field`: not a document kind.
    ProblemUnknownKind = "problem-unknown-kind",
    /// `field`: not an id.
    ProblemNotAnId = "problem-not-an-id",
    /// `field`, `expected`: wrong length in bytes.
    ProblemWrongLength = "problem-wrong-length",
    /// `field`, `limit`: more than allowed.
    ProblemTooMany = "problem-too-many",
    /// `field`, `limit`: larger than the limit in bytes.
    ProblemTooLarge = "problem-too-large",
    /// `field`: not a MIME type.
    ProblemNotAMimeType = "problem-not-a-mime-type",
    /// `field`: the last key slot.
    ProblemLastKeySlot = "problem-last-key-slot",
    /// `field`, `event`: the event does not apply to the kind.
    ProblemEventNotForKind = "problem-event-not-for-kind",
    /// `field`, `event`: dated before the latest event.
    ProblemEventOutOfOrder = "problem-event-out-of-order",
    /// `field`, `event`: the event cannot be taken back.
    ProblemNotRetractable = "problem-not-retractable",
    /// `field`, `event`: later events depend on it.
    ProblemLaterEventsDepend = "problem-later-events-depend",
    /// `field`: the event is another document's.
    ProblemEventForOtherDocument = "problem-event-for-other-document",
    /// `field`: the new document is not the same person's or kind.
    ProblemSuccessorMismatch = "problem-successor-mismatch",
    /// `field`: a document cannot succeed itself.
    ProblemSelfSuccessor = "problem-self-successor",
    /// `field`: the person is archived.
    ProblemPersonArchived = "problem-person-archived",
    /// `field`, `event`: made with its own call.
    ProblemUseDedicatedCall = "problem-use-dedicated-call",
    /// `field`: not a file path.
    ProblemNotAPath = "problem-not-a-path",
    /// `field`: the file cannot be read.
    ProblemFileUnreadable = "problem-file-unreadable",
    /// `field`: the folder does not exist.
    ProblemFolderMissing = "problem-folder-missing",
    /// `field`: the day must come later.
    ProblemNotLater = "problem-not-later",
    /// `field`: not a time of day.
    ProblemNotATime = "problem-not-a-time",
    /// `field`, `reason` (English): something else.
    ProblemOther = "problem-other",

    // ---- people-facing errors ----
    /// The passphrase or key does not open the store.
    ErrorWrongSecret = "error-wrong-secret",
    /// The device key cannot be used.
    ErrorKeyUnavailable = "error-key-unavailable",
    /// `record`: a record failed its integrity check.
    ErrorIntegrity = "error-integrity",
    /// An index is damaged; repair the store.
    ErrorIndexDamaged = "error-index-damaged",
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
    /// The store is older than its rollback anchor remembers.
    ErrorRolledBack = "error-rolled-back",
    /// The rollback anchor's platform storage is unavailable.
    ErrorAnchorUnavailable = "error-anchor-unavailable",
    /// Another app or process is writing.
    ErrorBusy = "error-busy",
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

    // ---- office working days (rule-pack issue) ----
    /// `kind` (a computed date), `deadline`, `date`: the date to act by is
    /// not an office working day; `date` is the last working day before it.
    ReasonActBy = "reason-act-by",
    /// `date`, `holiday` (its name from the holiday file): offices are closed.
    ReasonClosedHoliday = "reason-closed-holiday",
    /// `date`: offices are closed at weekends.
    ReasonClosedWeekend = "reason-closed-weekend",
    /// `deadline`, `date`, `holiday`: the deadline is a holiday; go by `date`.
    PlanActByHoliday = "plan-act-by-holiday",
    /// `deadline`, `date`: the deadline falls on a weekend; go by `date`.
    PlanActByWeekend = "plan-act-by-weekend",

    // ---- rule sets and rule packs ----
    /// `field`: not a key doctrack can use.
    ProblemNotAKey = "problem-not-a-key",
    /// `set`, `version`, `date`: the rules in use ("th v12, 2026-03-01").
    RulesInUse = "rules-in-use",
    /// `set`: the rules in use have no version (rule files loaded by hand).
    RulesInUseUnversioned = "rules-in-use-unversioned",
    /// A rule pack is not a pack, or is damaged.
    ErrorPackMalformed = "error-pack-malformed",
    /// `found`: a rule-pack format this version cannot read.
    ErrorPackUnsupportedFormat = "error-pack-unsupported-format",
    /// A rule pack is not signed.
    ErrorPackUnsigned = "error-pack-unsigned",
    /// `key`: a rule pack is signed by a key the app does not trust.
    ErrorPackUnknownKey = "error-pack-unknown-key",
    /// A rule pack was changed after it was signed.
    ErrorPackBadSignature = "error-pack-bad-signature",
    /// `expected`, `found`: a rule pack for another rule set.
    ErrorPackWrongRuleSet = "error-pack-wrong-rule-set",
    /// `installed`, `offered`: a rule pack that is not newer.
    ErrorPackNotNewer = "error-pack-not-newer",
    /// `needed`, `current`: a rule pack that needs a newer app.
    ErrorPackNeedsNewerLibrary = "error-pack-needs-newer-library",
    /// `count`: a rule pack whose rules do not pass the checks.
    ErrorPackRulesInvalid = "error-pack-rules-invalid",
    /// A file or QR text that is not a doctrack share.
    ErrorShareNotAShare = "error-share-not-a-share",
    /// `found`: a share format this version does not read.
    ErrorShareUnsupportedFormat = "error-share-unsupported-format",
    /// `key`: sealed for another organisation's key.
    ErrorShareNotForThisKey = "error-share-not-for-this-key",
    /// Part of the share is missing.
    ErrorShareTruncated = "error-share-truncated",
    /// Changed after it was made (a byte, the signature).
    ErrorShareDamaged = "error-share-damaged",
    /// `date`: the worker's consent ended.
    ErrorShareExpired = "error-share-expired",
    /// `found`, `expected`: another signing key than earlier shares.
    ErrorShareSignerChanged = "error-share-signer-changed",
    /// `count`, `max`: too large for one QR code.
    ErrorShareTooLargeForQr = "error-share-too-large-for-qr",
    /// Photos only in a file.
    ErrorSharePhotosNeedFile = "error-share-photos-need-file",
    /// Not a sharing key.
    ErrorShareNotAKey = "error-share-not-a-key",
    /// `days`: the consent's end is out of range.
    ErrorShareBadUntil = "error-share-bad-until",

    // ---- renewability, routes back, needs (issue 21) ----
    /// `kind`, `date`: the document can be renewed until its deadline (or
    /// the end of its grace), `date`, and not after.
    ReasonRenewableUntilEnd = "reason-renewable-until-end",
    /// `span`, `date`: a late renewal is possible up to `span` after the
    /// deadline, until `date`.
    ReasonRenewableLate = "reason-renewable-late",
    /// `kind`, `date`: the document can no longer be renewed since `date`.
    ReasonBeyondRenewal = "reason-beyond-renewal",
    /// `kinds`: headline: the document can no longer be renewed.
    PlanCannotRenew = "plan-cannot-renew",
    /// `date`: since this day.
    PlanSince = "plan-since",
    /// `kinds`: headline: take a route back to these documents.
    PlanFollowRoute = "plan-follow-route",
    /// `date`: a route takes applications until this day.
    PlanRouteOpenUntil = "plan-route-open-until",
    /// `kinds`: headline: no way back to these documents is known.
    PlanNoRouteKnown = "plan-no-route-known",
    /// `date`, `rules`: no route back is known to be open on this day, with
    /// the rules in use.
    PlanNoRouteOpen = "plan-no-route-open",
    /// `kinds`: headline: record the document if you have it, otherwise get one.
    PlanRecordOrObtain = "plan-record-or-obtain",
    /// `kind`: while the renewal is pending, its receipt stands in for the document.
    ReasonReceiptCovers = "reason-receipt-covers",
    /// `kind`, `date`: a renewal handed in on `date` is pending; the receipt
    /// does not extend the document meanwhile.
    ReasonPendingNotCovered = "reason-pending-not-covered",
    /// `kind` (upstream), `found` (this document): the renewal of the
    /// upstream document is pending under a receipt; this one waits with it.
    ReasonFollowsPending = "reason-follows-pending",
    /// `date`: the reason's rule is an earlier one, which the rule named
    /// just before it replaced from `date` (a chain of resolutions).
    ReasonReplacedRule = "reason-replaced-rule",

    // ---- notices: what a change of rules changed for a person ----
    /// `kind`, `status`, `was`: a document's status changed.
    NoticeStatus = "notice-status",
    /// `kind`, `which`, `date`, `was`: a date moved.
    NoticeDateMoved = "notice-date-moved",
    /// `kind`, `which`, `date`: a date appeared.
    NoticeDateAdded = "notice-date-added",
    /// `kind`, `which`, `was`: a date went away.
    NoticeDateRemoved = "notice-date-removed",
    /// `kind`, `amount`, `was`: the official fees changed.
    NoticeFees = "notice-fees",
    /// `kind`, `amount`, `was`: the fines owed changed.
    NoticeFines = "notice-fines",
    /// `kind`: the renewal became blocked.
    NoticeBlocked = "notice-blocked",
    /// `kind`: the renewal is no longer blocked.
    NoticeUnblocked = "notice-unblocked",
    /// `action`: a new step in the plan.
    NoticeStepAdded = "notice-step-added",
    /// `action`: a step left the plan.
    NoticeStepRemoved = "notice-step-removed",
    /// `date`: the change applies from this day.
    NoticeFrom = "notice-from",
    /// `source`: the rule's source.
    NoticeSource = "notice-source",
    /// Lock screen: the rules changed (names nothing).
    ReminderShortNotice = "reminder-short-notice",
    /// `count`: inside the app, how many changes are unread.
    ReminderDetailNotice = "reminder-detail-notice",
    /// `rule`: what someone of the person's cohort needs (the need's id).
    PlanNeedFor = "plan-need-for",
    /// Nothing is recorded for the person.
    SituationNothingRecorded = "standing-nothing-recorded",
    /// `kinds`: none of these documents is recorded: the status is unknown.
    SituationUnknown = "standing-unknown",
    /// `kind`, `date`: out of status since `date`, when the document ended.
    SituationOutOfStatus = "standing-out-of-status",
    /// A document that gives status ends soon or needs action.
    SituationEndingSoon = "standing-ending-soon",
    /// Every document that gives status is in order.
    SituationInStatus = "standing-in-status",
    /// `date`: question: did the person register under the Cabinet
    /// resolution of this date?
    SituationIfResolution = "standing-if-resolution",
    /// `cohort`: the same, for a resolution named otherwise.
    SituationIfResolutionId = "standing-if-resolution-id",
    /// Question: did the person come under an MOU?
    SituationIfMou = "standing-if-mou",

    // ---- custody, payments, help (issue 22) ----
    /// `holder`, `span`: a document held by an employer or a broker for
    /// longer than `span` is flagged (a maintainers' setting).
    ReasonCustodyFlagAfter = "reason-custody-flag-after",
    /// `holder`: what the law says about keeping a worker's documents.
    ReasonCustodyLaw = "reason-custody-law",
    /// `percent`: a payment above this share of the official fees is flagged.
    ReasonOverchargeLimit = "reason-overcharge-limit",
    /// `amount`: the official fees of a route's steps.
    ReasonRouteFees = "reason-route-fees",
    /// `holder`, `kind`, `date`: ask the holder for the document back by `date`.
    PlanAskBack = "plan-ask-back",
    /// `holder`, `kind`, `date`, `days`: the document has been held since `date`.
    FlagDocumentHeld = "flag-document-held",
    /// `amount`, `official`, `payee`: a payment far above the official fees.
    FlagOverchargePaid = "flag-overcharge-paid",
    /// `amount`, `official`, `payee`: asked to pay far above the official fees.
    FlagOverchargeAsked = "flag-overcharge-asked",
    /// `field`: not a province of Thailand.
    ProblemUnknownProvince = "problem-unknown-province",
    /// `field`: no such item in the checklist.
    ProblemUnknownChecklistItem = "problem-unknown-checklist-item",
    /// `field`: not a route of the rules in use.
    ProblemUnknownRoute = "problem-unknown-route",
}
