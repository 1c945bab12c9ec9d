### doctrack — English messages: the source text every translation is made from.
### review: reviewed
###
### One entry per message id (see core/src/messages/ids.rs, terms.rs, ui.rs).
### Placeholders are typed by the library: dates arrive formatted for the
### reader, $kind and $kinds as document names, $amount as an amount with its
### currency, $n, $days and $count as numbers (for plurals). A translation
### uses exactly the placeholders of the English message. A catalog states its
### review state in the line above; one message may differ with a comment
### "# review: reviewed" (or draft) directly above it. "# max-length: N"
### above a message is the room its screen has, in columns (sample values
### in, vowel signs and tone marks taking none): `doctrack messages import`
### refuses a translation wider than that.

## Helpers

span-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
span-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
span-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
span-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
money = { $amount } { $currency }
list-or = { $first } or { $second }

## Review states of a text

review-reviewed = reviewed
review-draft = draft: not yet reviewed by a native speaker

## Months, as dates are written (31 Mar 2026)

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Document kinds (.inline: inside a sentence)

kind-passport = Passport
    .inline = passport
kind-certificate_of_identity = Certificate of identity
    .inline = certificate of identity
kind-visa = Visa / permission to stay
    .inline = visa / permission to stay
kind-work_permit = Work permit
    .inline = work permit
kind-pink_card = Pink card
    .inline = pink card
kind-seabook = Seabook
kind-fishing_crew_permission = Fishing-crew permission
    .inline = fishing-crew permission
kind-health_insurance = Health insurance
    .inline = health insurance
kind-health_check = Health check
    .inline = health check
kind-ninety_day_report = 90-day report

## Time statuses

status-not_applicable = not applicable
status-valid = valid
status-awaiting_decision = waiting for a decision
status-job_change = looking for a new employer
status-window_open = renewal window open
status-due_soon = due soon
status-blocked = blocked
status-in_grace = in grace period
status-expired = expired

## Lifecycle states

state-unrecorded = not recorded
state-active = active
state-renewal_in_progress = renewal in progress
state-superseded = superseded
state-lost = lost
state-cancelled = cancelled
state-archived = archived

## Events

event-recorded = recorded
event-details_corrected = details corrected
event-renewal_started = renewal started
event-renewal_submitted = renewal submitted
event-renewal_approved = renewal approved
event-renewal_rejected = renewal rejected
event-reported_lost = reported lost
event-replacement_received = replacement received
event-cancelled = cancelled
event-employer_changed = employer changed
event-report_filed = 90-day report filed
event-archived = archived
event-event_retracted = a mistaken event taken back

## Computed dates

date-valid_until = valid until
date-window_opens = renewal window opens
date-due_soon_from = due soon from
date-deadline = deadline
date-grace_ends = grace period ends
date-term_limit = no renewal beyond
date-report_due = 90-day report due
date-report_window_opens = report filing opens
date-report_window_closes = report filing closes
date-job_change_deadline = find a new employer by
date-decision_follow_up = ask about the decision from
date-act_by = act by (last working day)

## Plan actions

action-renew = renew
action-file_report = file the 90-day report
action-find_employer = find a new employer
action-obtain = obtain
action-reapply_from_home = return home and re-apply under a new MOU
action-await_decision = wait for the decision

## Confidence of a rule

confidence-high = high confidence
confidence-medium = medium confidence
confidence-low = low confidence
confidence-setting = a default chosen by rule maintainers

## Why a document was cancelled

cancel-left_employer = left the employer
cancel-revoked = revoked
cancel-left_country = left the country
cancel-other = other reason

## Kinds of stored record

record-person = person
record-document = document
record-event = event
record-attachment = attachment
record-attachment_chunk = attachment chunk
record-key_slot = key slot
record-meta = store metadata
record-reminder = reminder

## What a reminder is about

reminder-kind-window_opens = renewal window opens
reminder-kind-report_window = report filing opens
reminder-kind-due_soon = deadline coming
reminder-kind-deadline = deadline today
reminder-kind-grace = grace period
reminder-kind-overdue = overdue

## What was done with a reminder

reminder-state-pending = scheduled
reminder-state-done = done
reminder-state-dismissed = dismissed
reminder-state-snoozed = snoozed
record-log = event log
record-rule_pack = rule pack

## Input fields (for problems with what was typed)

field-display_name = name
field-number = number
field-issuing_authority = issuing authority
field-employer = employer
field-notes = notes
field-label = label
field-text = text
field-date = date
field-issued_on = date of issue
field-expires_on = expiry date
field-on = date
field-country = country
field-cohort = cohort
field-language = language
field-kind = document kind
field-links = linked document
field-event = event
field-person = person
field-id = id
field-passphrase = passphrase
field-key = key
field-key_slot = key slot
field-photo = photo
field-mime = file type
field-path = file
field-message = message
field-rules = rules
field-snooze_until = snooze date
field-reminder_time = reminder time

## Problems with what was typed

problem-empty = The { $field } must not be empty.
problem-too-long = The { $field } is longer than { $max } characters.
problem-too-short = The { $field } needs at least { $min } characters.
problem-control-characters = The { $field } contains control characters.
problem-bad-characters = The { $field } contains characters that are not allowed.
problem-not-a-date = The { $field } is not a date: type it as on the paper, e.g. 31/03/2026 or 2026-03-31.
problem-no-such-day = The { $field } does not exist in the calendar.
problem-year-out-of-range = The year of the { $field } is neither a Common Era nor a Buddhist Era year.
problem-ambiguous-year = The year of the { $field } has only two digits, so it is ambiguous: type all four digits, as printed on the paper (e.g. 2026 or 2569).
problem-expiry-not-after-issue = The { $field } must be after the date of issue.
problem-no-expiry-for-kind = This kind of document has no { $field }.
problem-entry-date-missing = The 90-day report needs the date of entry as its { $field }.
problem-employer-not-for-kind = Only work permits, Seabooks and fishing-crew permissions name an { $field }.
problem-self-link = A document cannot be its own { $field }.
problem-reserved-link = Renewal and replacement links are set by their own events, not typed as a { $field }.
problem-bad-link = The { $field } must exist and belong to the same person.
problem-duplicate-id = That { $field } is already used.
problem-unknown-country = The { $field } must be a two-letter ISO 3166 code, such as MM, KH, LA, VN or TH.
problem-unknown-cohort = No rule in use knows this { $field }; known: { $known }.
problem-unknown-language = The { $field } must be one of en, th, my, km, lo.
problem-unknown-kind = Unknown { $field }.
problem-not-an-id = That is not an { $field }.
problem-wrong-length = The { $field } must be exactly { $expected } bytes.
problem-too-many = There can be at most { $limit } of { $field }s.
problem-too-large = The { $field } is larger than the limit of { $limit } bytes.
problem-not-a-mime-type = The { $field } must look like image/jpeg.
problem-last-key-slot = The last { $field } cannot be removed: the store could not be opened any more.
problem-event-not-for-kind = "{ $event }" does not apply to this kind of document.
problem-event-out-of-order = "{ $event }" is dated before the document's latest event; check the { $field }.
problem-not-retractable = "{ $event }" cannot be taken back: record a new event, or correct the details, instead.
problem-later-events-depend = Later events depend on "{ $event }": take those back first, newest first.
problem-event-for-other-document = The { $field } belongs to another document.
problem-successor-mismatch = The new document must be of the same person and the same { $field }.
problem-self-successor = A document cannot renew or replace itself.
problem-person-archived = This { $field } is archived.
problem-use-dedicated-call = "{ $event }" is recorded with its own command, together with the new document.
problem-not-a-path = The { $field } path is empty or not usable.
problem-file-unreadable = The { $field } cannot be read.
problem-folder-missing = The folder for the { $field } does not exist.
problem-not-later = The { $field } must be a later day.
problem-not-a-time = The { $field } must be a time of day from 00:00 to 23:59.
problem-other = The { $field } is not valid: { $reason }

## Reasons

reason-printed-expiry = printed expiry date { $date }
reason-issued-on = issued on { $date }
reason-validity-term = new documents are valid for { $span }
reason-end-of-authorisation = authorisation ends on { $date }
reason-replaces-printed-date = replaces the date on the document ({ $date })
reason-no-expiry = no expiry date is recorded and no rule gives a validity term
reason-capped-by = capped by the { $kinds }
reason-lapses-with = lapses with the { $kinds }
reason-related-ends = the { $kind } ends on { $date }
reason-related-cancelled = the { $kind } was cancelled on { $date }
reason-related-job-change = the { $kind } was cancelled when the worker left the employer on { $left }; a new employer must be found by { $date }
reason-deadline-after-expiry = the deadline is { $span } after the document ends
reason-term-limit = at most { $span } in total from the first document (issued { $date })
reason-chain-start = the first { $kind } of this chain was issued on { $date }
reason-window-opens = the renewal window opens { $span } before the deadline ({ $date })
reason-due-soon = due soon starts { $span } before the deadline ({ $date })
reason-processing-time = processing typically takes this long; due soon starts { $span } before the deadline ({ $date })
reason-grace = a grace period of { $span } follows the deadline ({ $date })
reason-prerequisite-missing = renewal needs a { $kinds } valid until { $until } (needed on { $needed }); no current { $kinds } is recorded
reason-prerequisite-ends = renewal needs a { $kinds } valid until { $until } (needed on { $needed }); the { $found } ends on { $found_until }
reason-prerequisite-no-expiry = renewal needs a { $kinds } valid until { $until } (needed on { $needed }); the { $found } has no known expiry
reason-last-report-filed = last report filed on { $date }
reason-date-of-entry = date of entry { $date }
reason-entry-date-missing = the date of entry is not recorded
reason-no-recurring-rule = no rule for this recurring obligation applies on this date
reason-report-due = due every { $span } from the date of entry or the last report
reason-report-window-opens = filing opens { $span } before the due date ({ $date })
reason-report-window-closes = filing stays open { $span } after the due date ({ $date })
reason-left-employer = left the employer on { $date }
reason-job-change-period = a new employer must be found within { $span } (the period in force on { $date }, the day the worker left)
reason-job-change-done = a new { $kind } was issued on { $date }, within the job-change period: the job change is done
reason-fee = { $label }: { $amount }
reason-fee-on-submission = { $label }: { $amount } (the fee in force on { $date }, when the renewal was submitted)
reason-fine = { $label }: { $amount } after { $days ->
    [one] { $days } day
   *[other] { $days } days
} late (from { $date })
reason-fine-with-waiver = { $label }: { $amount } for { $days ->
    [one] { $days } day
   *[other] { $days } days
} late (late from { $date }; { $waived ->
    [one] { $waived } day
   *[other] { $waived } days
} not charged)
reason-reminder = remind { $span } before the { $target } ({ $date })
reason-superseded = superseded by a renewal on { $date }
reason-replaced = replaced on { $date }
reason-lost = reported lost on { $date }; record the replacement when it arrives
reason-cancelled = cancelled on { $date }
reason-archived = archived on { $date }
reason-current = current
reason-renewal-submitted-on = the renewal was handed in on { $date }
reason-decision-follow-up = if no decision has come { $span } after handing in, ask at the office
reason-awaiting-decision = waiting for a decision since { $date }: carry the receipt and the fee slip, they cover you while you wait
reason-no-decision-yet = no decision yet since { $date }: from { $follow_up }, ask at the office where you applied, with your receipt, or get help from an NGO

## Notes on a document

note-renewal-submitted = renewal submitted on { $date }; waiting for a decision
note-renewal-started = renewal started on { $date }
note-capped-by-missing = capped by the { $kinds } ({ $rule }), but no current { $kinds } is recorded
note-lapses-with-missing = lapses with the { $kinds } ({ $rule }), but no current { $kinds } is recorded
note-unless-document = { $rule } does not apply: a { $kind } was issued on { $date } (by { $by })
note-unless-event = { $rule } does not apply: { $event } on { $date } (by { $by })
note-fine-waived-period = { $label }: { $days ->
    [one] { $days } day
   *[other] { $days } days
} between { $from } and { $to } not charged ({ $rule })
note-fine-waived-pending = { $label }: { $days ->
    [one] { $days } day
   *[other] { $days } days
} not charged while the renewal submitted on { $date } is pending ({ $rule })
note-resolution-outlasts-upstream = the { $kinds } ends on { $date }, before the end set by { $rule }; the resolution covers this document until its date, but renew the { $kinds } in time

## Warnings about the input

warning-events-do-not-fold = document { $document }: its events cannot be put in order; left out
warning-rule-cycle = document { $document }: its rules depend on themselves in a circle; left out
warning-holder-unknown = document { $document }: its holder is not among the people given; left out
warning-ambiguous-rules = document { $document }: rules { $rules } all set { $slot }; using { $chosen }
warning-unreadable-records = { $count ->
    [one] { $count } record failed its integrity check and is not shown
   *[other] { $count } records failed their integrity check and are not shown
}

## The renewal plan

plan-renew = renew the { $kinds }
plan-obtain = obtain a { $kinds }
plan-file-report = file the 90-day report
plan-find-employer = find a new employer
plan-reapply-from-home = return home and re-apply under a new MOU
plan-await-decision = wait for the decision on the { $kinds }; keep the receipt and the fee slip with you
plan-today = today
plan-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
} (since { $date })
plan-get-help = it is late: go to the office as soon as you can with your documents, or get help from an NGO
plan-follows-job-change = the { $kind } follows the work permit: it stays valid until { $date }, then needs the new employer
plan-ended-with-job = the { $kind } ended when you left the employer: the new employer applies for a new one
plan-fee = official fee: { $label } { $amount }
plan-fine = fine so far: { $label } { $amount } ({ $days ->
    [one] 1 day
   *[other] { $days } days
} late)
plan-advice = doctrack suggests this (a default chosen by rule maintainers, not a legal requirement)
plan-by = by { $date }
plan-from = from { $date }
plan-window-opens-on = window opens on { $date }
plan-status = { $status }
plan-must-be-valid-until = must be valid until { $date } to renew the { $kind }
plan-needed-to-renew = needed to renew the { $kind }

## What blocks a renewal

blocker-needs = blocked: needs a { $kinds } valid until { $date }
blocker-term-limit = blocked: no renewal beyond { $date } (total term limit)

## Reminders: the short texts (-short-) are for the lock screen and name no
## document, country, person or date; the others are for inside the app.
## A notification's title gets one line (40 columns); a lock-screen text
## two lines of a small phone held upright (100 columns), so it is read
## whole without unlocking.

# max-length: 40
reminder-title = Document reminder
# max-length: 100
reminder-short-window-opens = You can start a document renewal from today. Open the app for details.
# max-length: 100
reminder-short-report-window = A report can be filed from today. Open the app for details.
# max-length: 100
reminder-short-due-soon = { $days ->
    [one] You have a document deadline in { $days } day.
   *[other] You have a document deadline in { $days } days.
}
# max-length: 100
reminder-short-deadline = You have a document deadline today.
# max-length: 100
reminder-short-grace = { $days ->
    [one] A document deadline has passed. The grace period ends in { $days } day.
   *[other] A document deadline has passed. The grace period ends in { $days } days.
}
# max-length: 100
reminder-short-overdue = A document deadline has passed. Open the app to see what to do.
reminder-window-opens = Your { $kind }: you can renew it from today (deadline: { $date }).
reminder-report-window = Your 90-day report: you can file it from today (due: { $date }; filing closes: { $until }).
reminder-due-soon = Your { $kind }: { $days ->
    [one] { $days } day left
   *[other] { $days } days left
} ({ $target }: { $date }).
reminder-deadline = Your { $kind }: today is the last day ({ $target }: { $date }).
reminder-grace = Your { $kind }: the deadline has passed. The grace period ends on { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}).
reminder-overdue = Your { $kind }: overdue since { $date }. Act now, or ask for help.

## Errors shown to people

error-wrong-secret = Wrong passphrase or key. Try again.
error-key-unavailable = The phone's key cannot be used right now. Unlock the phone, or open with your passphrase.
error-integrity = A { $record } record is damaged and cannot be read. The rest of your data is safe.
error-index-damaged = Part of the store's index is damaged. Nothing is lost: repair the store to rebuild it.
error-storage-corrupt = The document store is damaged. Nothing was deleted: restore a backup or ask for help.
error-unsupported-version = This store was saved by a newer version of the app (version { $found }; this one reads up to { $supported }). Update the app.
error-already-exists = Something already exists there. Nothing was overwritten.
error-store-missing = No document store was found there.
error-storage-full = The phone's storage is full. Nothing was saved: free some space and try again.
error-read-only = The store cannot be written here. Nothing was saved.
error-rolled-back = This is an older copy of the store than the one this phone last saw, so nothing is shown. Restore your newest backup, or choose to keep this copy.
error-anchor-unavailable = The phone's protected storage could not be reached to check the store. Unlock the phone and try again.
error-busy = The store is busy. Try again in a moment.
error-illegal-transition = A document that is { $state } cannot be marked "{ $event }".
error-not-found = No such { $record }.
error-rules-invalid = The renewal rules are invalid and were not loaded.
error-closed = The store is closed. Open it again.
error-backup-invalid = The backup file is damaged, was changed, or does not fit this store. Nothing was imported.
error-internal = Something went wrong inside doctrack. Nothing was lost.

## Words of the command-line tool and other front ends

ui-title = doctrack — documents and deadlines
ui-store-summary = store: { $store }; encrypted, { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $documents ->
    [one] { $documents } document
   *[other] { $documents } documents
}
ui-rules-and-date = rules: { $rules }; date: { $date }
ui-rules-bundled = { $set } (built in, { $count ->
    [one] { $count } rule
   *[other] { $count } rules
})
ui-rules-files = { $set } (from files, { $count ->
    [one] { $count } rule
   *[other] { $count } rules
})
ui-warning = warning: { $text }
ui-dashboard = Dashboard (most urgent first)
ui-column-person = PERSON
ui-column-document = DOCUMENT
ui-column-state = STATE
ui-column-status = STATUS
ui-column-expires = EXPIRES
ui-column-days-left = DAYS LEFT
ui-column-next-deadline = NEXT DEADLINE
ui-no-documents = no documents yet
ui-today = today
ui-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ui-rules-pack = { $set } (installed pack, { $count ->
    [one] { $count } rule
   *[other] { $count } rules
})
ui-days-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
ui-plan = Renewal plan (what to do, in order)
ui-plan-empty = nothing to do in the next { $span }
ui-plan-after = after { $steps }
ui-plan-step = step { $n }
ui-why-status = status
ui-why-note = note
ui-basis-document = on the document
ui-basis-event = history
ui-basis-related = related document
ui-basis-holiday = holiday
ui-basis-weekend = weekend
ui-reminders = Next reminders ({ $span })
ui-reminders-empty = no reminders in the next { $span }
ui-status-advice = { $status } (advice)
ui-lock-screen = lock screen
ui-draft-notice = The texts in this language are drafts, not yet reviewed by a native speaker; some may be wrong. English: --lang en.
ui-demo-footer = Sample data only. Dates come from the rules in rules/th (run with --why to see each rule and its source).
ui-demo-temporary-store = temporary store, deleted on exit
ui-demo-your-store = your store
## Office working days

reason-act-by = { $deadline } ({ $kind }) is not an office working day; the last working day before it is { $date }
reason-closed-holiday = offices are closed on { $date }: { $holiday }
reason-closed-weekend = offices are closed on Saturdays and Sundays ({ $date })
plan-act-by-holiday = the deadline, { $deadline }, is a holiday ({ $holiday }) when offices are closed: go by { $date }
plan-act-by-weekend = the deadline, { $deadline }, falls on a weekend when offices are closed: go by { $date }

## Rule sets and rule packs

problem-not-a-key = The { $field } is not a key doctrack can use.
rules-in-use = rules: { $set } v{ $version }, { $date }
rules-in-use-unversioned = rules: { $set }
error-pack-malformed = This file is not a rule update, or it is damaged. The rules in use did not change.
error-pack-unsupported-format = This rule update needs a newer version of the app (format { $found }). Update the app. The rules in use did not change.
error-pack-unsigned = This rule update is not signed, so it cannot be trusted. The rules in use did not change.
error-pack-unknown-key = This rule update was signed by someone this app does not trust (key { $key }). The rules in use did not change.
error-pack-bad-signature = This rule update was changed after it was signed. Do not use it. The rules in use did not change.
error-pack-wrong-rule-set = This rule update is for other rules ("{ $found }", not "{ $expected }"). The rules in use did not change.
error-pack-not-newer = This rule update (version { $offered }) is not newer than the rules you have (version { $installed }). Nothing changed.
error-pack-needs-newer-library = This rule update needs a newer version of the app (doctrack { $needed }; this is { $current }). Update the app. The rules in use did not change.
error-pack-rules-invalid = This rule update has { $count ->
    [one] { $count } error
   *[other] { $count } errors
} in its rules and was not installed. The rules in use did not change.
error-share-not-a-share = This is not a doctrack share. Nothing was opened.
error-share-unsupported-format = This share needs a newer version of doctrack (format { $found }). Update it; nothing was opened.
error-share-not-for-this-key = This share was sealed for another organisation's key ({ $key }), not yours. Only that key can open it.
error-share-truncated = This share is incomplete: part of it is missing. Ask for it again (scan the whole QR code, or send the whole file).
error-share-damaged = This share was changed or damaged after it was made. Do not use it; ask the worker to share again.
error-share-expired = The worker's consent for this share ended on { $date }. It was not imported; ask the worker to share again.
error-share-signer-changed = This share is signed by another key ({ $found }) than the earlier shares of the same worker ({ $expected }): it does not come from the same phone. Check with the worker before you accept it.
error-share-too-large-for-qr = This share needs { $count } bytes; one QR code holds { $max }. Share a file, or fewer documents.
error-share-photos-need-file = Photos can only be shared in a file, not in a QR code.
error-share-not-a-key = This is not a sharing key. Use the key the organisation gave you.
error-share-bad-until = A share must end between today and { $days } days from today.

## Documents only an employer can supply (a worker keeps a copy or photo)

kind-employer_id = Employer's ID or company registration
    .inline = employer's ID card or company registration
kind-quota_letter = Quota (demand) letter
    .inline = quota (demand) letter
kind-employment_contract = Employment contract
    .inline = employment contract
kind-vessel_registration = Vessel registration
    .inline = vessel registration
kind-crew_list = Crew list
    .inline = crew list

## Beyond renewal: routes back to legal status

status-lapsed = can no longer be renewed
date-renewable_until = can be renewed until
action-cannot_renew = can no longer be renewed
action-follow_route = take a way back
action-get_help = get help
action-record_or_obtain = record or obtain
reason-renewable-until-end = the { $kind } can be renewed only until { $date }; after that a new application is needed
reason-renewable-late = a late renewal is possible for { $span } after the deadline, until { $date }
reason-beyond-renewal = the { $kind } can no longer be renewed since { $date }: only a new application can bring it back
plan-cannot-renew = the { $kinds } can no longer be renewed
plan-since = since { $date }
plan-follow-route = a way back to a { $kinds }
plan-route-open-until = applications are taken until { $date }
plan-no-route-known = no way back to a { $kinds } is known
plan-no-route-open = no way back is known to be open for you on { $date } (rules { $rules }): get help now, before you go to an office
plan-record-or-obtain = record your { $kinds } if you have one; if not, get one
plan-need-for = people with your papers need it ({ $rule })

## Where a person stands

situation-in_status = in status
situation-ending_soon = documents ending soon
situation-out_of_status = out of status
situation-nothing_recorded = nothing recorded
situation-unknown = not known
standing-in-status = Your documents are in order.
standing-ending-soon = A document that keeps you legal ends soon or needs action now.
standing-out-of-status = You have been out of status since { $date }, when your { $kind } ended.
standing-nothing-recorded = Nothing is recorded yet. Start with the documents you have.
standing-unknown = doctrack cannot tell your status: no { $kinds } is recorded.
standing-if-resolution = If you registered under the Cabinet resolution of { $date }, record it: your plan would change.
standing-if-resolution-id = If you registered under the Cabinet resolution { $cohort }, record it: your plan would change.
standing-if-mou = If you came to Thailand under an MOU, record it: your plan would change.

## What to bring, and who supplies it

supplier-worker = you
supplier-employer = your employer
supplier-embassy = your embassy
supplier-employment_office = the employment office
supplier-immigration = immigration
supplier-hospital = a hospital or clinic
supplier-insurer = the insurer
supplier-district_office = the district office
thing-photos = photos
thing-fee = the fee
thing-application_form = the application form
thing-biometrics = fingerprints and photo at the office
thing-name_list = your employer's name list (or its receipt)
thing-receipt = the renewal receipt and fee slip
thing-tax_receipt = the income-tax receipt
thing-power_of_attorney = a power of attorney
thing-social_security = social-security documents
problem-unknown-checklist-item = There is no such item in that checklist.
problem-unknown-route = The rules in use know no such way back.
field-checklist_item = checklist item
field-route = way back

## Who holds a document, and money paid for it

event-custody_changed = someone else holds it, or you have it back
event-photo_deleted = a photo of it was deleted
event-shared = shared with an organisation
event-share_imported = brought in from the worker's share
custodian-worker = you
custodian-employer = your employer
custodian-broker = a broker or agency
custodian-office = a government office
custodian-other = someone else
custodian-unknown = not known
payee-employer = your employer
payee-broker = a broker
payee-agency = a recruitment agency
payee-office = a government office
payee-other = someone else
field-custodian = who holds it
field-payee = paid to
field-amount = amount
field-currency = currency
field-province = province
field-problem = kind of help
problem-unknown-province = This is not a province of Thailand. Write its name in English or Thai.
reason-custody-flag-after = a document kept by { $holder } for more than { $span } is flagged
reason-custody-law = the law punishes anyone who keeps a worker's work permit or identity documents
reason-overcharge-limit = a payment above { $percent } % of the official fees is flagged
reason-route-fees = official fees of this way back: { $amount }
plan-ask-back = ask { $holder } for your { $kind } back by { $date }
flag-document-held = Your { $kind } has been with { $holder } since { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}). You have the right to keep your own documents.
flag-overcharge-paid = You paid { $amount } to { $payee }. The official fees are { $official }.
flag-overcharge-asked = { $payee } asked you for { $amount }. The official fees are { $official }.

## Kinds of help

problem-documents = documents and renewals
problem-job_change = losing or changing a job
problem-wages = wages, contracts and complaints
problem-documents_held = documents kept by someone else
problem-trafficking = exploitation and trafficking
problem-arrest = arrest and detention
problem-health = health, injury and compensation
service-kind-hotline = hotline
service-kind-ngo = organisation that helps workers
service-kind-legal_aid = legal aid
service-kind-union = union or workers' network
service-kind-labour_office = labour office
service-kind-immigration_office = immigration office
service-kind-embassy = embassy or consular service
service-kind-shelter = shelter
service-kind-health = health service
service-kind-police = police
service-kind-radio = radio for migrants

## Words of the command-line tool: situation, help, checklists

ui-situation = Where each person stands
ui-flags = Private warnings for { $name } (never shown on the lock screen)
ui-checklist-progress = what to bring: { $ready } of { $total } ready ({ $list })
ui-help-names = where to get help: { $names }
ui-route-name = way back: { $name }
ui-services = Where to get help ({ $count ->
    [one] { $count } service
   *[other] { $count } services
})
ui-services-none = No service in the directory matches. The national hotlines are listed without a province.
ui-service-verified = last checked { $date }
ui-service-sources = sources
ui-service-helps = helps with: { $helps }
ui-service-languages = languages: { $languages }
ui-item-ready = ready
ui-item-missing = not yet
ui-item-supplier = from { $supplier }

## A renewal handed in: what its receipt covers

reason-receipt-covers = while the renewal is pending, the receipt and fee slip stand in for the { $kind }
reason-pending-not-covered = a renewal was handed in on { $date }, but the receipt does not extend the { $kind }: it ends on its own date meanwhile
reason-follows-pending = the renewal of the { $kind } is pending and its receipt covers you: the { $found } waits with it
reason-replaced-rule = an earlier rule, replaced from { $date } by the rule above

## Notices: what a change of the rules changed for a person (docs/adr/0023).
notice-status = Your { $kind } is now { $status } (was { $was }).
notice-date-moved = Your { $kind }: { $which }: now { $date } (was { $was }).
notice-date-added = Your { $kind }: { $which }: { $date } (new).
notice-date-removed = Your { $kind }: { $which }: no longer applies (was { $was }).
notice-fees = Your { $kind }: the official fees are now { $amount } (were { $was }).
notice-fines = Your { $kind }: the fines owed are now { $amount } (were { $was }).
notice-blocked = Your { $kind }: the renewal is now blocked until a document it needs is in order.
notice-unblocked = Your { $kind }: the renewal is no longer blocked.
notice-step-added = New in your plan: { $action }.
notice-step-removed = No longer in your plan: { $action }.
notice-from = From { $date }.
notice-source = Source: { $source }.
# max-length: 100
reminder-short-notice = The rules for your documents changed. Open the app to see what it means for you.
reminder-detail-notice = { $count ->
    [one] The rules changed: one change for your documents to read.
   *[other] The rules changed: { $count } changes for your documents to read.
}
