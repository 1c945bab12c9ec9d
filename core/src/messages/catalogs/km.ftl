### doctrack — Khmer messages (ភាសាខ្មែរ), translated from en.ftl.
### review: draft
###
### Draft: not yet reviewed by a native speaker. A reviewer changes the line
### above to "review: reviewed" for the whole catalog, or marks one message
### with "# review: reviewed" directly above it. Placeholders must stay those
### of the English message (the catalog tests check it). Khmer has no plural
### forms: a number is followed by the same word.

## Helpers

span-days = { $n } ថ្ងៃ
span-weeks = { $n } សប្តាហ៍
span-months = { $n } ខែ
span-years = { $n } ឆ្នាំ
money = { $amount } { $currency }
list-or = { $first } ឬ { $second }

## Review states of a text

review-reviewed = បានពិនិត្យ
review-draft = សេចក្តីព្រាង៖ មិនទាន់បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត

## Months, for dates written with a month name

month-1 = មករា
month-2 = កុម្ភៈ
month-3 = មីនា
month-4 = មេសា
month-5 = ឧសភា
month-6 = មិថុនា
month-7 = កក្កដា
month-8 = សីហា
month-9 = កញ្ញា
month-10 = តុលា
month-11 = វិច្ឆិកា
month-12 = ធ្នូ

## Document kinds

kind-passport = លិខិតឆ្លងដែន
kind-certificate_of_identity = លិខិតបញ្ជាក់អត្តសញ្ញាណ (CI)
kind-visa = ទិដ្ឋាការ / ការអនុញ្ញាតឱ្យស្នាក់នៅ
kind-work_permit = ប័ណ្ណអនុញ្ញាតការងារ
kind-pink_card = ប័ណ្ណពណ៌ផ្កាឈូក
kind-seabook = សៀវភៅនាវិក (Seabook)
kind-fishing_crew_permission = ការអនុញ្ញាតឱ្យធ្វើការលើទូកនេសាទ
kind-health_insurance = ធានារ៉ាប់រងសុខភាព
kind-health_check = ការពិនិត្យសុខភាព
kind-ninety_day_report = ការរាយការណ៍ 90 ថ្ងៃ

## Time statuses

status-not_applicable = មិនពាក់ព័ន្ធ
status-valid = នៅមានសុពលភាព
status-window_open = អាចដាក់ពាក្យបន្តបានហើយ
status-due_soon = ជិតដល់ថ្ងៃកំណត់
status-blocked = មិនទាន់គ្រប់លក្ខខណ្ឌ
status-in_grace = ក្នុងរយៈពេលអនុគ្រោះ
status-expired = ផុតសុពលភាព
status-job_change = កំពុងរកនិយោជកថ្មី
status-awaiting_decision = កំពុងរង់ចាំការសម្រេច

## Lifecycle states

state-unrecorded = មិនទាន់កត់ត្រា
state-active = កំពុងប្រើ
state-renewal_in_progress = កំពុងបន្តសុពលភាព
state-superseded = ត្រូវបានជំនួសហើយ
state-lost = បាត់
state-cancelled = ត្រូវបានលុបចោល
state-archived = បានដាក់ក្នុងបណ្ណសារ

## Events

event-recorded = បានកត់ត្រា
event-details_corrected = បានកែព័ត៌មាន
event-renewal_started = បានចាប់ផ្តើមបន្ត
event-renewal_submitted = បានដាក់ពាក្យបន្ត
event-renewal_approved = ការបន្តត្រូវបានអនុម័ត
event-renewal_rejected = ការបន្តត្រូវបានបដិសេធ
event-reported_lost = បានរាយការណ៍ថាបាត់
event-replacement_received = បានទទួលឯកសារជំនួស
event-cancelled = បានលុបចោល
event-employer_changed = បានប្តូរនិយោជក
event-report_filed = បានរាយការណ៍ 90 ថ្ងៃ
event-archived = បានដាក់ក្នុងបណ្ណសារ
event-event_retracted = បានដកព្រឹត្តិការណ៍ដែលកត់ត្រាខុសវិញ

## Computed dates

date-valid_until = មានសុពលភាពដល់
date-window_opens = អាចដាក់ពាក្យបន្តចាប់ពី
date-due_soon_from = ជិតដល់ថ្ងៃកំណត់ចាប់ពី
date-deadline = ថ្ងៃកំណត់
date-grace_ends = រយៈពេលអនុគ្រោះបញ្ចប់
date-term_limit = មិនអាចបន្តលើសពី
date-report_due = ថ្ងៃត្រូវរាយការណ៍ 90 ថ្ងៃ
date-report_window_opens = ចាប់ផ្តើមរាយការណ៍បាន
date-report_window_closes = ផុតពេលរាយការណ៍
date-job_change_deadline = ត្រូវរកនិយោជកថ្មីមុនថ្ងៃ
date-decision_follow_up = សួរអំពីការសម្រេចចាប់ពី

## Plan actions

action-renew = បន្តសុពលភាព
action-file_report = រាយការណ៍ 90 ថ្ងៃ
action-find_employer = រកនិយោជកថ្មី
action-obtain = ស្នើសុំឯកសារ
action-reapply_from_home = ត្រឡប់ទៅប្រទេសវិញ ហើយដាក់ពាក្យម្តងទៀតតាម MOU ថ្មី
action-await_decision = រង់ចាំការសម្រេច

## Confidence of a rule

confidence-high = ទំនុកចិត្តខ្ពស់
confidence-medium = ទំនុកចិត្តមធ្យម
confidence-low = ទំនុកចិត្តទាប
confidence-setting = តម្លៃលំនាំដើមដែលអ្នកថែទាំច្បាប់បានជ្រើសរើស

## Why a document was cancelled

cancel-left_employer = បានចាកចេញពីនិយោជក
cancel-revoked = ត្រូវបានដកហូត
cancel-left_country = បានចាកចេញពីប្រទេស
cancel-other = មូលហេតុផ្សេង

## Kinds of stored record

record-person = មនុស្ស
record-document = ឯកសារ
record-event = ព្រឹត្តិការណ៍
record-attachment = ឯកសារភ្ជាប់
record-attachment_chunk = ផ្នែកនៃឯកសារភ្ជាប់
record-key_slot = កន្លែងសោ
record-meta = ព័ត៌មានឃ្លាំងផ្ទុក
record-log = កំណត់ហេតុព្រឹត្តិការណ៍ទាំងមូល
record-reminder = ការរំលឹក

## Input fields (for problems with what was typed)

field-display_name = ឈ្មោះ
field-number = លេខ
field-issuing_authority = អាជ្ញាធរចេញ
field-employer = និយោជក
field-notes = កំណត់ចំណាំ
field-label = ស្លាក
field-text = អត្ថបទ
field-date = កាលបរិច្ឆេទ
field-issued_on = ថ្ងៃចេញ
field-expires_on = ថ្ងៃផុតកំណត់
field-on = កាលបរិច្ឆេទ
field-country = ប្រទេស
field-cohort = ក្រុមពលករ
field-language = ភាសា
field-kind = ប្រភេទឯកសារ
field-links = ឯកសារដែលភ្ជាប់
field-event = ព្រឹត្តិការណ៍
field-person = មនុស្ស
field-id = លេខសម្គាល់
field-passphrase = ពាក្យសម្ងាត់
field-key = សោ
field-key_slot = កន្លែងសោ
field-photo = រូបថត
field-mime = ប្រភេទហ្វាយ
field-path = ហ្វាយ
field-message = សារ
field-rules = ច្បាប់
field-snooze_until = ថ្ងៃរំលឹកឡើងវិញ
field-reminder_time = ម៉ោងរំលឹក

## Problems with what was typed

problem-empty = { $field } មិនត្រូវទទេទេ។
problem-too-long = { $field } វែងជាង { $max } តួអក្សរ។
problem-too-short = { $field } ត្រូវការយ៉ាងតិច { $min } តួអក្សរ។
problem-control-characters = { $field } មានតួអក្សរបញ្ជា។
problem-bad-characters = { $field } មានតួអក្សរដែលមិនអនុញ្ញាត។
problem-not-a-date = { $field } មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមវាយដូចនៅលើក្រដាស ឧទាហរណ៍ 31/03/2026។
problem-no-such-day = { $field } នេះមិនមាននៅក្នុងប្រតិទិនទេ។
problem-year-out-of-range = ឆ្នាំនៃ{ $field } មិនមែនជាឆ្នាំគ្រិស្តសករាជ ឬឆ្នាំពុទ្ធសករាជថៃទេ។
problem-ambiguous-year = ឆ្នាំនៃ{ $field } មានតែពីរខ្ទង់ ដូច្នេះមិនច្បាស់លាស់៖ សូមវាយឱ្យគ្រប់បួនខ្ទង់ ដូចដែលបានបោះពុម្ពលើក្រដាស (ឧទាហរណ៍ 2026 ឬ 2569)។
problem-expiry-not-after-issue = { $field } ត្រូវតែក្រោយថ្ងៃចេញ។
problem-no-expiry-for-kind = ឯកសារប្រភេទនេះគ្មាន{ $field }ទេ។
problem-entry-date-missing = ការរាយការណ៍ 90 ថ្ងៃត្រូវការថ្ងៃចូលប្រទេសជា{ $field }។
problem-employer-not-for-kind = មានតែប័ណ្ណអនុញ្ញាតការងារ សៀវភៅនាវិក និងការអនុញ្ញាតឱ្យធ្វើការលើទូកនេសាទប៉ុណ្ណោះដែលមាន{ $field }។
problem-self-link = ឯកសារមិនអាចជា{ $field }របស់ខ្លួនឯងបានទេ។
problem-reserved-link = តំណនៃការបន្ត និងការជំនួសត្រូវបានកំណត់ដោយព្រឹត្តិការណ៍របស់វា មិនមែនវាយជា{ $field }ទេ។
problem-bad-link = { $field } ត្រូវតែមាន ហើយជារបស់មនុស្សដដែល។
problem-duplicate-id = { $field } នោះត្រូវបានប្រើរួចហើយ។
problem-unknown-country = { $field } ត្រូវតែជាកូដ ISO 3166 ពីរអក្សរ ដូចជា MM, KH, LA, VN ឬ TH។
problem-unknown-cohort = គ្មានច្បាប់ដែលកំពុងប្រើស្គាល់{ $field }នេះទេ; ដែលស្គាល់: { $known }។
problem-unknown-language = { $field } ត្រូវតែជាមួយក្នុងចំណោម en, th, my, km, lo។
problem-unknown-kind = មិនស្គាល់{ $field }នេះទេ។
problem-not-an-id = នោះមិនមែនជា{ $field }ទេ។
problem-wrong-length = { $field } ត្រូវតែមាន { $expected } បៃ ពិតប្រាកដ។
problem-too-large = { $field } ធំជាងដែនកំណត់ { $limit } បៃ។
problem-not-a-mime-type = { $field } ត្រូវតែមានទម្រង់ដូចជា image/jpeg។
problem-last-key-slot = មិនអាចដក{ $field }ចុងក្រោយចេញបានទេ៖ ឃ្លាំងនឹងមិនអាចបើកបានទៀត។
problem-event-not-for-kind = "{ $event }" មិនអនុវត្តចំពោះឯកសារប្រភេទនេះទេ។
problem-event-out-of-order = "{ $event }" មានកាលបរិច្ឆេទមុនព្រឹត្តិការណ៍ចុងក្រោយរបស់ឯកសារ; សូមពិនិត្យ{ $field }។
problem-event-for-other-document = { $field } ជារបស់ឯកសារផ្សេង។
problem-successor-mismatch = ឯកសារថ្មីត្រូវតែជារបស់មនុស្សដដែល និងជា{ $field }ដដែល។
problem-self-successor = ឯកសារមិនអាចបន្ត ឬជំនួសខ្លួនឯងបានទេ។
problem-person-archived = { $field }នេះត្រូវបានដាក់ក្នុងបណ្ណសារ។
problem-use-dedicated-call = "{ $event }" ត្រូវបានកត់ត្រាដោយពាក្យបញ្ជារបស់វាផ្ទាល់ រួមជាមួយឯកសារថ្មី។
problem-not-a-path = ផ្លូវនៃ{ $field }ទទេ ឬមិនអាចប្រើបាន។
problem-file-unreadable = មិនអាចអាន{ $field }បានទេ។
problem-folder-missing = ថតសម្រាប់{ $field }មិនមានទេ។
problem-not-later = { $field } ត្រូវតែជាថ្ងៃក្រោយ។
problem-not-a-time = { $field } ត្រូវតែជាម៉ោងពី 00:00 ដល់ 23:59។
problem-too-many = { $field } មិនអាចលើសពី { $limit } ទេ។
problem-not-retractable = មិនអាចដក "{ $event }" វិញបានទេ៖ សូមកត់ត្រាព្រឹត្តិការណ៍ថ្មី ឬកែព័ត៌មានជំនួសវិញ។
problem-later-events-depend = ព្រឹត្តិការណ៍ក្រោយៗពឹងផ្អែកលើ "{ $event }"៖ សូមដកព្រឹត្តិការណ៍ទាំងនោះវិញជាមុនសិន ចាប់ពីថ្មីបំផុត។
problem-other = { $field } មិនត្រឹមត្រូវ: { $reason }

## What a reminder is about

reminder-kind-window_opens = អាចដាក់ពាក្យបន្តបាន
reminder-kind-report_window = អាចរាយការណ៍បាន
reminder-kind-due_soon = ជិតដល់ថ្ងៃកំណត់
reminder-kind-deadline = ថ្ងៃកំណត់គឺថ្ងៃនេះ
reminder-kind-grace = រយៈពេលអនុគ្រោះ
reminder-kind-overdue = ហួសកំណត់

## What was done with a reminder

reminder-state-pending = បានកំណត់ពេល
reminder-state-done = រួចរាល់
reminder-state-dismissed = បានបិទ
reminder-state-snoozed = បានពន្យារពេល

## Reasons

reason-printed-expiry = ថ្ងៃផុតកំណត់ដែលបោះពុម្ពលើឯកសារ { $date }
reason-issued-on = ចេញឱ្យនៅថ្ងៃ { $date }
reason-validity-term = ឯកសារថ្មីមានសុពលភាព { $span }
reason-end-of-authorisation = ការអនុញ្ញាតបញ្ចប់នៅថ្ងៃ { $date }
reason-replaces-printed-date = ជំនួសកាលបរិច្ឆេទលើឯកសារ ({ $date })
reason-no-expiry = គ្មានថ្ងៃផុតកំណត់ត្រូវបានកត់ត្រា ហើយគ្មានច្បាប់កំណត់រយៈពេលសុពលភាព
reason-capped-by = មិនអាចលើសសុពលភាពនៃ{ $kinds }
reason-lapses-with = ផុតសុពលភាពជាមួយ{ $kinds }
reason-related-ends = { $kind } បញ្ចប់នៅថ្ងៃ { $date }
reason-deadline-after-expiry = ថ្ងៃកំណត់គឺ { $span } បន្ទាប់ពីឯកសារផុតកំណត់
reason-term-limit = សរុបមិនលើសពី { $span } ចាប់ពីឯកសារដំបូង (ចេញនៅថ្ងៃ { $date })
reason-chain-start = { $kind } ដំបូងនៃខ្សែនេះត្រូវបានចេញនៅថ្ងៃ { $date }
reason-window-opens = អាចដាក់ពាក្យបន្តបាន { $span } មុនថ្ងៃកំណត់ ({ $date })
reason-due-soon = ចាត់ទុកថាជិតដល់ថ្ងៃកំណត់ចាប់ពី { $span } មុនថ្ងៃកំណត់ ({ $date })
reason-processing-time = ការដំណើរការជាធម្មតាចំណាយពេលប៉ុណ្ណេះ ដូច្នេះចាត់ទុកថាជិតដល់ថ្ងៃកំណត់ចាប់ពី { $span } មុនថ្ងៃកំណត់ ({ $date })
reason-grace = មានរយៈពេលអនុគ្រោះ { $span } បន្ទាប់ពីថ្ងៃកំណត់ ({ $date })
reason-prerequisite-missing = ការបន្តត្រូវការ{ $kinds }ដែលមានសុពលភាពដល់ { $until } (ត្រូវការនៅថ្ងៃ { $needed }); គ្មាន{ $kinds }ដែលកំពុងប្រើត្រូវបានកត់ត្រា
reason-prerequisite-ends = ការបន្តត្រូវការ{ $kinds }ដែលមានសុពលភាពដល់ { $until } (ត្រូវការនៅថ្ងៃ { $needed }); { $found } ផុតកំណត់នៅថ្ងៃ { $found_until }
reason-prerequisite-no-expiry = ការបន្តត្រូវការ{ $kinds }ដែលមានសុពលភាពដល់ { $until } (ត្រូវការនៅថ្ងៃ { $needed }); { $found } គ្មានថ្ងៃផុតកំណត់ដែលដឹង
reason-last-report-filed = រាយការណ៍ចុងក្រោយនៅថ្ងៃ { $date }
reason-date-of-entry = ថ្ងៃចូលប្រទេស { $date }
reason-entry-date-missing = ថ្ងៃចូលប្រទេសមិនត្រូវបានកត់ត្រា
reason-no-recurring-rule = គ្មានច្បាប់សម្រាប់កាតព្វកិច្ចដដែលៗនេះនៅថ្ងៃនេះ
reason-report-due = ត្រូវរាយការណ៍រៀងរាល់ { $span } ចាប់ពីថ្ងៃចូលប្រទេស ឬការរាយការណ៍ចុងក្រោយ
reason-report-window-opens = អាចរាយការណ៍បាន { $span } មុនថ្ងៃកំណត់ ({ $date })
reason-report-window-closes = នៅតែអាចរាយការណ៍បាន { $span } បន្ទាប់ពីថ្ងៃកំណត់ ({ $date })
reason-left-employer = បានចាកចេញពីនិយោជកនៅថ្ងៃ { $date }
reason-job-change-period = ត្រូវរកនិយោជកថ្មីក្នុងរយៈពេល { $span } (រយៈពេលដែលមានសុពលភាពនៅថ្ងៃ { $date } ជាថ្ងៃដែលពលករចាកចេញ)
reason-fee = { $label }: { $amount }
reason-fine = { $label }: { $amount } បន្ទាប់ពីយឺត { $days } ថ្ងៃ (ចាប់ពីថ្ងៃ { $date })
reason-reminder = រំលឹក { $span } មុន{ $target } ({ $date })
reason-superseded = ត្រូវបានជំនួសដោយការបន្តនៅថ្ងៃ { $date }
reason-replaced = ត្រូវបានជំនួសនៅថ្ងៃ { $date }
reason-lost = បានរាយការណ៍ថាបាត់នៅថ្ងៃ { $date }; សូមកត់ត្រាឯកសារជំនួសនៅពេលទទួលបាន
reason-cancelled = បានលុបចោលនៅថ្ងៃ { $date }
reason-archived = បានដាក់ក្នុងបណ្ណសារនៅថ្ងៃ { $date }
reason-current = កំពុងប្រើ
reason-renewal-submitted-on = ការបន្តត្រូវបានដាក់នៅថ្ងៃ { $date }
reason-no-decision-yet = មិនទាន់មានការសម្រេចតាំងពី { $date }៖ ចាប់ពី { $follow_up } សូមសួរនៅការិយាល័យដែលអ្នកបានដាក់ពាក្យ ជាមួយបង្កាន់ដៃ ឬសុំជំនួយពីអង្គការក្រៅរដ្ឋាភិបាល
reason-decision-follow-up = ប្រសិនបើមិនទាន់មានការសម្រេច { $span } ក្រោយដាក់ពាក្យ សូមសួរនៅការិយាល័យ
reason-awaiting-decision = រង់ចាំការសម្រេចតាំងពី { $date }៖ យកបង្កាន់ដៃ និងបង្កាន់ដៃបង់ថ្លៃជាប់ខ្លួន វាការពារអ្នកខណៈពេលរង់ចាំ

reason-related-cancelled = { $kind } ត្រូវបានលុបចោលនៅថ្ងៃ { $date }
reason-related-job-change = { $kind } ត្រូវបានលុបចោលនៅពេលពលករចាកចេញពីនិយោជកនៅថ្ងៃ { $left }; ត្រូវរកនិយោជកថ្មីមុនថ្ងៃ { $date }
reason-job-change-done = { $kind } ថ្មីត្រូវបានចេញនៅថ្ងៃ { $date } ក្នុងរយៈពេលប្តូរការងារ៖ ការប្តូរការងារបានបញ្ចប់
reason-fee-on-submission = { $label }: { $amount } (តម្លៃសេវាដែលមានសុពលភាពនៅថ្ងៃ { $date } ពេលដាក់ពាក្យបន្ត)
reason-fine-with-waiver = { $label }: { $amount } សម្រាប់ការយឺត { $days } ថ្ងៃ (យឺតចាប់ពីថ្ងៃ { $date }; មិនគិត { $waived } ថ្ងៃ)

## Notes on a document

note-renewal-submitted = បានដាក់ពាក្យបន្តនៅថ្ងៃ { $date }; កំពុងរង់ចាំការសម្រេច
note-renewal-started = បានចាប់ផ្តើមបន្តនៅថ្ងៃ { $date }
note-capped-by-missing = មិនអាចលើសសុពលភាពនៃ{ $kinds } ({ $rule }) ប៉ុន្តែគ្មាន{ $kinds }ដែលកំពុងប្រើត្រូវបានកត់ត្រា
note-lapses-with-missing = ផុតសុពលភាពជាមួយ{ $kinds } ({ $rule }) ប៉ុន្តែគ្មាន{ $kinds }ដែលកំពុងប្រើត្រូវបានកត់ត្រា

note-unless-document = { $rule } មិនអនុវត្តទេ៖ { $kind } ត្រូវបានចេញនៅថ្ងៃ { $date } (មុនថ្ងៃ { $by })
note-unless-event = { $rule } មិនអនុវត្តទេ៖ { $event } នៅថ្ងៃ { $date } (មុនថ្ងៃ { $by })
note-fine-waived-period = { $label }: មិនគិត { $days } ថ្ងៃ ចន្លោះពី { $from } ដល់ { $to } ({ $rule })
note-fine-waived-pending = { $label }: មិនគិត { $days } ថ្ងៃ ខណៈការបន្តដែលបានដាក់នៅថ្ងៃ { $date } កំពុងរង់ចាំ ({ $rule })
note-resolution-outlasts-upstream = { $kinds } បញ្ចប់នៅថ្ងៃ { $date } មុនថ្ងៃបញ្ចប់ដែលកំណត់ដោយ { $rule }; សេចក្តីសម្រេចគ្របដណ្តប់ឯកសារនេះដល់ថ្ងៃរបស់វា ប៉ុន្តែសូមបន្ត{ $kinds }ឱ្យទាន់ពេល

## Warnings about the input

warning-events-do-not-fold = ឯកសារ { $document }: មិនអាចរៀបព្រឹត្តិការណ៍តាមលំដាប់បាន; មិនបង្ហាញ
warning-rule-cycle = ឯកសារ { $document }: ច្បាប់របស់វាពឹងផ្អែកលើគ្នាជារង្វង់; មិនបង្ហាញ
warning-holder-unknown = ឯកសារ { $document }: រកមិនឃើញម្ចាស់ក្នុងបញ្ជី; មិនបង្ហាញ
warning-ambiguous-rules = ឯកសារ { $document }: ច្បាប់ { $rules } ទាំងអស់កំណត់ { $slot }; ប្រើ { $chosen }
warning-unreadable-records = កំណត់ត្រា { $count } មិនឆ្លងការត្រួតពិនិត្យ ហើយមិនត្រូវបានបង្ហាញ

## The renewal plan

plan-renew = បន្ត{ $kinds }
plan-obtain = ស្នើសុំ{ $kinds }
plan-file-report = រាយការណ៍ 90 ថ្ងៃ
plan-find-employer = រកនិយោជកថ្មី
plan-reapply-from-home = ត្រឡប់ទៅប្រទេសវិញ ហើយដាក់ពាក្យម្តងទៀតតាម MOU ថ្មី
plan-by = មុនថ្ងៃ { $date }
plan-from = ចាប់ពីថ្ងៃ { $date }
plan-window-opens-on = អាចដាក់ពាក្យបានចាប់ពីថ្ងៃ { $date }
plan-status = { $status }
plan-must-be-valid-until = ត្រូវមានសុពលភាពដល់ { $date } ដើម្បីបន្ត{ $kind }
plan-needed-to-renew = ត្រូវការដើម្បីបន្ត{ $kind }
plan-today = ថ្ងៃនេះ
plan-overdue = ហួសកំណត់ { $days } ថ្ងៃ (ចាប់ពី { $date })
plan-get-help = យឺតហើយ៖ សូមទៅការិយាល័យជាមួយឯកសាររបស់អ្នកឱ្យបានឆាប់ ឬសុំជំនួយពីអង្គការក្រៅរដ្ឋាភិបាល
plan-follows-job-change = { $kind } អាស្រ័យលើប័ណ្ណអនុញ្ញាតការងារ៖ វានៅមានសុពលភាពដល់ { $date } បន្ទាប់មកត្រូវការនិយោជកថ្មី
plan-fine = ការពិន័យរហូតមកដល់ពេលនេះ: { $label } { $amount } (យឺត { $days } ថ្ងៃ)
plan-fee = ថ្លៃផ្លូវការ: { $label } { $amount }
plan-ended-with-job = { $kind } បានបញ្ចប់នៅពេលអ្នកចាកចេញពីនិយោជក៖ និយោជកថ្មីដាក់ពាក្យសុំថ្មី
plan-await-decision = រង់ចាំការសម្រេចលើ{ $kinds }; យកបង្កាន់ដៃ និងបង្កាន់ដៃបង់ថ្លៃជាប់ខ្លួន
plan-advice = doctrack ណែនាំ (តម្លៃលំនាំដើមដែលអ្នកថែទាំច្បាប់បានជ្រើសរើស មិនមែនជាតម្រូវការផ្លូវច្បាប់ទេ)

## What blocks a renewal

blocker-needs = មិនទាន់គ្រប់លក្ខខណ្ឌ: ត្រូវការ{ $kinds }ដែលមានសុពលភាពដល់ { $date }
blocker-term-limit = មិនទាន់គ្រប់លក្ខខណ្ឌ: មិនអាចបន្តលើសពី { $date } (ដល់រយៈពេលសរុបអតិបរមា)

## Reminders: the short texts (-short-) are for the lock screen and name no
## document, country, person or date; the others are for inside the app.

reminder-title = ការរំលឹកអំពីឯកសារ
reminder-short-window-opens = ចាប់ពីថ្ងៃនេះ អ្នកអាចចាប់ផ្តើមបន្តឯកសារបាន។ បើកកម្មវិធីដើម្បីមើលព័ត៌មានលម្អិត។
reminder-short-report-window = ចាប់ពីថ្ងៃនេះ អាចរាយការណ៍បាន។ បើកកម្មវិធីដើម្បីមើលព័ត៌មានលម្អិត។
reminder-short-due-soon = អ្នកមានថ្ងៃកំណត់ឯកសារក្នុងរយៈពេល { $days } ថ្ងៃទៀត។
reminder-short-deadline = ថ្ងៃនេះជាថ្ងៃកំណត់ឯកសាររបស់អ្នក។
reminder-short-grace = ថ្ងៃកំណត់ឯកសារបានកន្លងផុតហើយ។ រយៈពេលអនុគ្រោះនៅសល់ { $days } ថ្ងៃ។
reminder-short-overdue = ថ្ងៃកំណត់ឯកសារបានកន្លងផុតហើយ។ បើកកម្មវិធីដើម្បីមើលថាត្រូវធ្វើអ្វី។
reminder-window-opens = { $kind } របស់អ្នក: អាចដាក់ពាក្យបន្តបានចាប់ពីថ្ងៃនេះ (ថ្ងៃកំណត់: { $date })។
reminder-report-window = ការរាយការណ៍ 90 ថ្ងៃ: អាចរាយការណ៍បានចាប់ពីថ្ងៃនេះ (ថ្ងៃកំណត់: { $date }; បិទ: { $until })។
reminder-due-soon = { $kind } របស់អ្នក: នៅសល់ { $days } ថ្ងៃ ({ $target }: { $date })។
reminder-deadline = { $kind } របស់អ្នក: ថ្ងៃនេះជាថ្ងៃចុងក្រោយ ({ $target }: { $date })។
reminder-grace = { $kind } របស់អ្នក: ថ្ងៃកំណត់បានកន្លងផុតហើយ។ រយៈពេលអនុគ្រោះបញ្ចប់នៅថ្ងៃ { $date } (នៅសល់ { $days } ថ្ងៃ)។
reminder-overdue = { $kind } របស់អ្នក: ហួសកំណត់តាំងពីថ្ងៃ { $date }។ សូមធ្វើភ្លាមៗ ឬសុំជំនួយ។

## Errors shown to people

error-wrong-secret = ពាក្យសម្ងាត់ ឬសោមិនត្រឹមត្រូវ។ សូមព្យាយាមម្តងទៀត។
error-key-unavailable = មិនអាចប្រើសោរបស់ទូរស័ព្ទបានឥឡូវនេះទេ។ សូមដោះសោទូរស័ព្ទ ឬបើកដោយពាក្យសម្ងាត់របស់អ្នក។
error-integrity = កំណត់ត្រា{ $record }មួយខូច ហើយមិនអាចអានបាន។ ទិន្នន័យផ្សេងទៀតរបស់អ្នកនៅមានសុវត្ថិភាព។
error-storage-corrupt = ឃ្លាំងឯកសារខូច។ គ្មានអ្វីត្រូវបានលុបទេ៖ សូមស្តារពីឯកសារបម្រុងទុក ឬសុំជំនួយ។
error-unsupported-version = ឃ្លាំងនេះត្រូវបានរក្សាទុកដោយកំណែកម្មវិធីថ្មីជាង (កំណែ { $found }; កម្មវិធីនេះអានបានដល់ { $supported })។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។
error-already-exists = មានអ្វីមួយនៅទីនោះរួចហើយ។ គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ។
error-store-missing = រកមិនឃើញឃ្លាំងឯកសារនៅទីនោះទេ។
error-storage-full = កន្លែងផ្ទុកក្នុងទូរស័ព្ទពេញ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ៖ សូមបង្កើតកន្លែងទំនេរ ហើយព្យាយាមម្តងទៀត។
error-read-only = មិនអាចសរសេរឃ្លាំងនៅទីនេះបានទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។
error-rolled-back = នេះជាច្បាប់ចម្លងចាស់ជាងឃ្លាំងដែលទូរស័ព្ទនេះបានឃើញចុងក្រោយ ដូច្នេះគ្មានអ្វីត្រូវបានបង្ហាញទេ។ ស្ដារការបម្រុងទុកថ្មីបំផុតរបស់អ្នក ឬជ្រើសរើសរក្សាច្បាប់ចម្លងនេះ។
error-anchor-unavailable = មិនអាចចូលដល់ឃ្លាំងការពាររបស់ទូរស័ព្ទដើម្បីពិនិត្យឃ្លាំងបានទេ។ ដោះសោទូរស័ព្ទ ហើយព្យាយាមម្ដងទៀត។
error-busy = ឃ្លាំងកំពុងរវល់។ សូមព្យាយាមម្តងទៀតបន្តិចទៀត។
error-index-damaged = ផ្នែកខ្លះនៃលិបិក្រមរបស់ឃ្លាំងខូច។ គ្មានអ្វីបាត់បង់ទេ៖ សូមជួសជុលឃ្លាំងដើម្បីបង្កើតវាឡើងវិញ។
error-illegal-transition = ឯកសារដែលមានស្ថានភាព "{ $state }" មិនអាចកត់ត្រាថា "{ $event }" បានទេ។
error-not-found = រកមិនឃើញ{ $record }នេះទេ។
error-rules-invalid = ច្បាប់បន្តសុពលភាពមិនត្រឹមត្រូវ ហើយមិនត្រូវបានផ្ទុកទេ។
error-closed = ឃ្លាំងត្រូវបានបិទ។ សូមបើកវាម្តងទៀត។
error-backup-invalid = ឯកសារបម្រុងទុកខូច ត្រូវបានកែប្រែ ឬមិនត្រូវនឹងឃ្លាំងនេះ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-internal = មានបញ្ហាខាងក្នុង doctrack។ គ្មានអ្វីបាត់បង់ទេ។

## Words of the command-line tool and other front ends

ui-title = doctrack — ឯកសារ និងថ្ងៃកំណត់
ui-store-summary = ឃ្លាំង: { $store }; បានអ៊ិនគ្រីប, មនុស្ស { $people } នាក់, ឯកសារ { $documents }
ui-rules-and-date = ច្បាប់: { $rules }; កាលបរិច្ឆេទ: { $date }
ui-rules-bundled = { $set } (មានស្រាប់, ច្បាប់ { $count })
ui-rules-files = { $set } (ពីហ្វាយ, ច្បាប់ { $count })
ui-warning = ការព្រមាន: { $text }
ui-dashboard = ទិដ្ឋភាពទូទៅ (បន្ទាន់បំផុតមុន)
ui-column-person = មនុស្ស
ui-column-document = ឯកសារ
ui-column-state = ស្ថានភាព
ui-column-status = ពេលវេលា
ui-column-expires = ផុតកំណត់
ui-column-days-left = ថ្ងៃនៅសល់
ui-column-next-deadline = ថ្ងៃកំណត់បន្ទាប់
ui-no-documents = មិនទាន់មានឯកសារ
ui-today = ថ្ងៃនេះ
ui-days = { $days } ថ្ងៃ
ui-days-late = យឺត { $days } ថ្ងៃ
ui-plan = ផែនការបន្ត (អ្វីដែលត្រូវធ្វើ តាមលំដាប់)
ui-plan-empty = គ្មានអ្វីត្រូវធ្វើក្នុងរយៈពេល { $span } ខាងមុខ
ui-plan-after = បន្ទាប់ពី{ $steps }
ui-plan-step = ជំហានទី { $n }
ui-why-status = ស្ថានភាព
ui-why-note = កំណត់សម្គាល់
ui-basis-document = លើឯកសារ
ui-basis-event = ប្រវត្តិ
ui-basis-related = ឯកសារពាក់ព័ន្ធ
ui-basis-holiday = ថ្ងៃឈប់សម្រាក
ui-basis-weekend = ចុងសប្តាហ៍
ui-reminders = ការរំលឹកបន្ទាប់ ({ $span })
ui-reminders-empty = គ្មានការរំលឹកក្នុងរយៈពេល { $span } ខាងមុខ
ui-status-advice = { $status } (ដំបូន្មាន)
ui-lock-screen = អេក្រង់ចាក់សោ
ui-draft-notice = អត្ថបទជាភាសានេះជាសេចក្តីព្រាង មិនទាន់បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត; ខ្លះអាចខុស។ ភាសាអង់គ្លេស: --lang en
ui-demo-footer = ទិន្នន័យគំរូប៉ុណ្ណោះ។ កាលបរិច្ឆេទមកពីច្បាប់ក្នុង rules/th (ប្រើ --why ដើម្បីមើលច្បាប់ និងប្រភពនីមួយៗ)។
ui-demo-temporary-store = ឃ្លាំងបណ្តោះអាសន្ន លុបនៅពេលបញ្ចប់
ui-demo-your-store = ឃ្លាំងរបស់អ្នក

## Rule packs, office days and the rules in use

ui-rules-pack = { $set } (កញ្ចប់ច្បាប់ដែលបានដំឡើង, ច្បាប់ { $count })
date-act_by = ធ្វើមុនថ្ងៃ (ថ្ងៃធ្វើការចុងក្រោយ)
error-pack-bad-signature = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះត្រូវបានកែប្រែក្រោយពេលចុះហត្ថលេខា។ កុំប្រើវា។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-malformed = ឯកសារនេះមិនមែនជាការធ្វើបច្ចុប្បន្នភាពច្បាប់ ឬវាខូច។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-needs-newer-library = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះត្រូវការកំណែកម្មវិធីថ្មីជាង (doctrack { $needed }; នេះគឺ { $current })។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-not-newer = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះ (កំណែ { $offered }) មិនថ្មីជាងច្បាប់ដែលអ្នកមាន (កំណែ { $installed }) ទេ។ គ្មានអ្វីផ្លាស់ប្តូរទេ។
error-pack-rules-invalid = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះមានកំហុស { $count } នៅក្នុងច្បាប់ ហើយមិនត្រូវបានដំឡើងទេ។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-share-not-a-share = នេះមិនមែនជាការចែករំលែក doctrack ទេ។ មិនបានបើកអ្វីទេ។
error-share-unsupported-format = ការចែករំលែកនេះត្រូវការ doctrack កំណែថ្មីជាង (ទម្រង់ { $found })។ សូមធ្វើបច្ចុប្បន្នភាព។ មិនបានបើកអ្វីទេ។
error-share-not-for-this-key = ការចែករំលែកនេះត្រូវបានបិទភ្ជាប់សម្រាប់សោរបស់អង្គការផ្សេង ({ $key }) មិនមែនរបស់អ្នកទេ។ មានតែសោនោះទេដែលអាចបើកវាបាន។
error-share-truncated = ការចែករំលែកនេះមិនពេញលេញ៖ ផ្នែកខ្លះបាត់។ សូមស្នើម្តងទៀត (ស្កេនកូដ QR ទាំងមូល ឬផ្ញើឯកសារទាំងមូល)។
error-share-damaged = ការចែករំលែកនេះត្រូវបានកែប្រែ ឬខូចខាតក្រោយពេលបង្កើត។ កុំប្រើវា សូមឱ្យពលករចែករំលែកម្តងទៀត។
error-share-expired = ការយល់ព្រមរបស់ពលករសម្រាប់ការចែករំលែកនេះបានបញ្ចប់នៅថ្ងៃ { $date }។ វាមិនត្រូវបាននាំចូលទេ សូមឱ្យពលករចែករំលែកម្តងទៀត។
error-share-signer-changed = ការចែករំលែកនេះត្រូវបានចុះហត្ថលេខាដោយសោផ្សេង ({ $found }) ពីការចែករំលែកមុនៗរបស់ពលករដដែល ({ $expected })៖ វាមិនមែនមកពីទូរស័ព្ទដដែលទេ។ សូមពិនិត្យជាមួយពលករមុននឹងទទួលយក។
error-share-too-large-for-qr = ការចែករំលែកនេះត្រូវការ { $count } បៃ កូដ QR មួយផ្ទុកបាន { $max } បៃ។ សូមចែករំលែកជាឯកសារ ឬឯកសារតិចជាងនេះ។
error-share-photos-need-file = រូបថតអាចចែករំលែកបានតែក្នុងឯកសារ មិនមែនក្នុងកូដ QR ទេ។
error-share-not-a-key = នេះមិនមែនជាសោសម្រាប់ចែករំលែកទេ។ សូមប្រើសោដែលអង្គការបានផ្តល់ឱ្យអ្នក។
error-share-bad-until = ការចែករំលែកត្រូវតែបញ្ចប់ចន្លោះពីថ្ងៃនេះដល់ { $days } ថ្ងៃទៀត។
error-pack-unknown-key = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះត្រូវបានចុះហត្ថលេខាដោយអ្នកដែលកម្មវិធីនេះមិនទុកចិត្ត (សោ { $key })។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-unsigned = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះមិនបានចុះហត្ថលេខា ដូច្នេះមិនអាចទុកចិត្តបានទេ។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-unsupported-format = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះត្រូវការកំណែកម្មវិធីថ្មីជាង (ទម្រង់ { $found })។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
error-pack-wrong-rule-set = ការធ្វើបច្ចុប្បន្នភាពច្បាប់នេះសម្រាប់ច្បាប់ផ្សេង ("{ $found }" មិនមែន "{ $expected }")។ ច្បាប់ដែលកំពុងប្រើមិនបានផ្លាស់ប្តូរទេ។
plan-act-by-holiday = ថ្ងៃផុតកំណត់ { $deadline } ជាថ្ងៃឈប់សម្រាក ({ $holiday }) ដែលការិយាល័យបិទ៖ សូមទៅមុនថ្ងៃ { $date }
plan-act-by-weekend = ថ្ងៃផុតកំណត់ { $deadline } ត្រូវនឹងចុងសប្តាហ៍ដែលការិយាល័យបិទ៖ សូមទៅមុនថ្ងៃ { $date }
problem-not-a-key = { $field } មិនមែនជាសោដែល doctrack អាចប្រើបានទេ។
reason-act-by = { $deadline } ({ $kind }) មិនមែនជាថ្ងៃធ្វើការរបស់ការិយាល័យទេ; ថ្ងៃធ្វើការចុងក្រោយមុននោះគឺ { $date }
reason-closed-holiday = ការិយាល័យបិទនៅថ្ងៃ { $date }: { $holiday }
reason-closed-weekend = ការិយាល័យបិទនៅថ្ងៃសៅរ៍ និងថ្ងៃអាទិត្យ ({ $date })
record-rule_pack = កញ្ចប់ច្បាប់
rules-in-use = ច្បាប់: { $set } កំណែ { $version }, { $date }
rules-in-use-unversioned = ច្បាប់: { $set }

## Employer documents, routes back, what to bring, custody, payments and help

kind-employer_id = អត្តសញ្ញាណប័ណ្ណនិយោជក ឬលិខិតចុះបញ្ជីក្រុមហ៊ុន
    .inline = អត្តសញ្ញាណប័ណ្ណនិយោជក ឬលិខិតចុះបញ្ជីក្រុមហ៊ុន
kind-quota_letter = លិខិតកូតា (Demand)
    .inline = លិខិតកូតា (Demand)
kind-employment_contract = កិច្ចសន្យាការងារ
    .inline = កិច្ចសន្យាការងារ
kind-vessel_registration = លិខិតចុះបញ្ជីទូក
    .inline = លិខិតចុះបញ្ជីទូក
kind-crew_list = បញ្ជីឈ្មោះនាវិក
    .inline = បញ្ជីឈ្មោះនាវិក

status-lapsed = មិនអាចបន្តបានទៀតទេ
date-renewable_until = អាចបន្តបានដល់
action-cannot_renew = មិនអាចបន្តបានទៀតទេ
action-follow_route = ដើរតាមផ្លូវត្រឡប់ទៅស្របច្បាប់វិញ
action-get_help = សុំជំនួយ
action-record_or_obtain = កត់ត្រា ឬស្នើសុំ
reason-renewable-until-end = { $kind } អាចបន្តបានតែដល់ថ្ងៃ { $date } ប៉ុណ្ណោះ; ក្រោយនោះត្រូវដាក់ពាក្យថ្មី
reason-renewable-late = អាចបន្តយឺតបានក្នុងរយៈពេល { $span } បន្ទាប់ពីថ្ងៃកំណត់ រហូតដល់ថ្ងៃ { $date }
reason-beyond-renewal = { $kind } មិនអាចបន្តបានទៀតទេតាំងពីថ្ងៃ { $date }៖ មានតែការដាក់ពាក្យថ្មីទេ ទើបអាចបានវាមកវិញ
plan-cannot-renew = { $kinds } មិនអាចបន្តបានទៀតទេ
plan-since = តាំងពីថ្ងៃ { $date }
plan-follow-route = ផ្លូវដើម្បីបាន{ $kinds }វិញ
plan-route-open-until = ទទួលពាក្យរហូតដល់ថ្ងៃ { $date }
plan-no-route-known = មិនដឹងពីផ្លូវដើម្បីបាន{ $kinds }វិញទេ
plan-no-route-open = មិនដឹងពីផ្លូវណាដែលបើកសម្រាប់អ្នកនៅថ្ងៃ { $date } ទេ (ច្បាប់ { $rules })៖ សូមសុំជំនួយឥឡូវនេះ មុនពេលអ្នកទៅការិយាល័យ
plan-record-or-obtain = កត់ត្រា{ $kinds }របស់អ្នក ប្រសិនបើអ្នកមាន; បើមិនមាន សូមស្នើសុំ
plan-need-for = អ្នកដែលមានឯកសារដូចអ្នកត្រូវការវា ({ $rule })

situation-in_status = ស្របច្បាប់
situation-ending_soon = ឯកសារជិតផុតកំណត់
situation-out_of_status = លែងស្របច្បាប់
situation-nothing_recorded = មិនទាន់កត់ត្រាអ្វីទេ
situation-unknown = មិនដឹង
standing-in-status = ឯកសាររបស់អ្នកត្រឹមត្រូវ។
standing-ending-soon = ឯកសារដែលធ្វើឱ្យអ្នកស្របច្បាប់ ជិតផុតកំណត់ ឬត្រូវធ្វើអ្វីមួយឥឡូវនេះ។
standing-out-of-status = អ្នកលែងស្របច្បាប់តាំងពីថ្ងៃ { $date } នៅពេល{ $kind }របស់អ្នកបានបញ្ចប់។
standing-nothing-recorded = មិនទាន់មានអ្វីត្រូវបានកត់ត្រាទេ។ សូមចាប់ផ្តើមជាមួយឯកសារដែលអ្នកមាន។
standing-unknown = doctrack មិនអាចដឹងស្ថានភាពរបស់អ្នកបានទេ៖ មិនទាន់មាន{ $kinds }ត្រូវបានកត់ត្រា។
standing-if-resolution = ប្រសិនបើអ្នកបានចុះឈ្មោះតាមសេចក្តីសម្រេចគណៈរដ្ឋមន្ត្រីថ្ងៃ { $date } សូមកត់ត្រាវា៖ ផែនការរបស់អ្នកនឹងផ្លាស់ប្តូរ។
standing-if-resolution-id = ប្រសិនបើអ្នកបានចុះឈ្មោះតាមសេចក្តីសម្រេចគណៈរដ្ឋមន្ត្រី { $cohort } សូមកត់ត្រាវា៖ ផែនការរបស់អ្នកនឹងផ្លាស់ប្តូរ។
standing-if-mou = ប្រសិនបើអ្នកមកប្រទេសថៃតាម MOU សូមកត់ត្រាវា៖ ផែនការរបស់អ្នកនឹងផ្លាស់ប្តូរ។

supplier-worker = អ្នក
supplier-employer = និយោជករបស់អ្នក
supplier-embassy = ស្ថានទូតរបស់អ្នក
supplier-employment_office = ការិយាល័យការងារធ្វើ
supplier-immigration = អន្តោប្រវេសន៍
supplier-hospital = មន្ទីរពេទ្យ ឬគ្លីនិក
supplier-insurer = ក្រុមហ៊ុនធានារ៉ាប់រង
supplier-district_office = សាលាស្រុក
thing-photos = រូបថត
thing-fee = ថ្លៃសេវា
thing-application_form = ទម្រង់ពាក្យស្នើសុំ
thing-biometrics = ស្នាមម្រាមដៃ និងរូបថតនៅការិយាល័យ
thing-name_list = បញ្ជីឈ្មោះរបស់និយោជក (ឬបង្កាន់ដៃរបស់វា)
thing-receipt = បង្កាន់ដៃបន្ត និងបង្កាន់ដៃបង់ថ្លៃ
thing-tax_receipt = បង្កាន់ដៃពន្ធលើប្រាក់ចំណូល
thing-power_of_attorney = លិខិតប្រគល់សិទ្ធិ
thing-social_security = ឯកសារសន្តិសុខសង្គម
problem-unknown-checklist-item = គ្មានរបស់នេះក្នុងបញ្ជីនោះទេ។
problem-unknown-route = ច្បាប់ដែលកំពុងប្រើមិនស្គាល់ផ្លូវនេះទេ។
field-checklist_item = របស់ក្នុងបញ្ជី
field-route = ផ្លូវត្រឡប់ទៅស្របច្បាប់វិញ

event-custody_changed = អ្នកផ្សេងកាន់វា ឬអ្នកបានវាមកវិញ
event-photo_deleted = រូបថតរបស់វាត្រូវបានលុប
event-shared = បានចែករំលែកជាមួយអង្គការមួយ
event-share_imported = បាននាំចូលពីការចែករំលែករបស់ពលករ
custodian-worker = អ្នក
custodian-employer = និយោជករបស់អ្នក
custodian-broker = មេខ្យល់ ឬភ្នាក់ងារ
custodian-office = ការិយាល័យរដ្ឋាភិបាល
custodian-other = អ្នកផ្សេង
custodian-unknown = មិនដឹង
payee-employer = និយោជករបស់អ្នក
payee-broker = មេខ្យល់
payee-agency = ភ្នាក់ងារជ្រើសរើសពលករ
payee-office = ការិយាល័យរដ្ឋាភិបាល
payee-other = អ្នកផ្សេង
field-custodian = អ្នកកាន់ឯកសារ
field-payee = បង់ឱ្យ
field-amount = ចំនួនទឹកប្រាក់
field-currency = រូបិយប័ណ្ណ
field-province = ខេត្ត
field-problem = ប្រភេទជំនួយ
problem-unknown-province = នេះមិនមែនជាខេត្តរបស់ប្រទេសថៃទេ។ សូមសរសេរឈ្មោះខេត្តជាភាសាអង់គ្លេស ឬភាសាថៃ។
reason-custody-flag-after = ឯកសារដែល{ $holder }កាន់ទុកលើសពី { $span } នឹងមានការព្រមាន
reason-custody-law = ច្បាប់ដាក់ទោសអ្នកណាដែលកាន់ទុកប័ណ្ណអនុញ្ញាតការងារ ឬឯកសារអត្តសញ្ញាណរបស់ពលករ
reason-overcharge-limit = ការបង់ប្រាក់លើសពី { $percent } % នៃថ្លៃផ្លូវការ នឹងមានការព្រមាន
reason-route-fees = ថ្លៃផ្លូវការនៃផ្លូវនេះ: { $amount }
plan-ask-back = សុំ{ $kind }របស់អ្នកមកវិញពី{ $holder } មុនថ្ងៃ { $date }
flag-document-held = { $kind }របស់អ្នកនៅជាមួយ{ $holder }តាំងពីថ្ងៃ { $date } ({ $days } ថ្ងៃ)។ អ្នកមានសិទ្ធិកាន់ឯកសាររបស់ខ្លួនឯង។
flag-overcharge-paid = អ្នកបានបង់ { $amount } ឱ្យ{ $payee }។ ថ្លៃផ្លូវការគឺ { $official }។
flag-overcharge-asked = { $payee } បានសុំប្រាក់ពីអ្នក { $amount }។ ថ្លៃផ្លូវការគឺ { $official }។

problem-documents = ឯកសារ និងការបន្ត
problem-job_change = បាត់បង់ការងារ ឬប្តូរការងារ
problem-wages = ប្រាក់ឈ្នួល កិច្ចសន្យា និងពាក្យបណ្តឹង
problem-documents_held = ឯកសារដែលអ្នកផ្សេងកាន់ទុក
problem-trafficking = ការកេងប្រវ័ញ្ច និងការជួញដូរមនុស្ស
problem-arrest = ការចាប់ខ្លួន និងការឃុំខ្លួន
problem-health = សុខភាព របួស និងសំណង
service-kind-hotline = ខ្សែទូរស័ព្ទជំនួយ
service-kind-ngo = អង្គការដែលជួយពលករ
service-kind-legal_aid = ជំនួយផ្លូវច្បាប់
service-kind-union = សហជីព ឬបណ្តាញពលករ
service-kind-labour_office = ការិយាល័យការងារ
service-kind-immigration_office = ការិយាល័យអន្តោប្រវេសន៍
service-kind-embassy = ស្ថានទូត ឬសេវាកុងស៊ុល
service-kind-shelter = ជម្រកស្នាក់នៅ
service-kind-health = សេវាសុខភាព
service-kind-police = ប៉ូលិស
service-kind-radio = វិទ្យុសម្រាប់ពលករចំណាកស្រុក

## Words of the command-line tool: situation, help, checklists

ui-situation = ស្ថានភាពរបស់មនុស្សម្នាក់ៗ
ui-flags = ការព្រមានឯកជនសម្រាប់ { $name } (មិនបង្ហាញលើអេក្រង់ចាក់សោឡើយ)
ui-checklist-progress = អ្វីដែលត្រូវយកទៅ: រួចរាល់ { $ready } ក្នុងចំណោម { $total } ({ $list })
ui-help-names = កន្លែងសុំជំនួយ: { $names }
ui-route-name = ផ្លូវត្រឡប់ទៅស្របច្បាប់វិញ: { $name }
ui-services = កន្លែងសុំជំនួយ ({ $count } កន្លែង)
ui-services-none = គ្មានសេវាណាក្នុងបញ្ជីដែលត្រូវគ្នាទេ។ ខ្សែទូរស័ព្ទជំនួយថ្នាក់ជាតិត្រូវបានរាយដោយមិនបញ្ជាក់ខេត្ត។
ui-service-verified = ពិនិត្យចុងក្រោយ { $date }
ui-service-sources = ប្រភព
ui-service-helps = ជួយលើ: { $helps }
ui-service-languages = ភាសា: { $languages }
ui-item-ready = រួចរាល់
ui-item-missing = មិនទាន់
ui-item-supplier = ពី{ $supplier }

## A renewal handed in: what its receipt covers

reason-receipt-covers = ខណៈការបន្តកំពុងរង់ចាំការសម្រេច បង្កាន់ដៃ និងបង្កាន់ដៃបង់ថ្លៃប្រើជំនួស{ $kind }បាន
reason-pending-not-covered = ការបន្តត្រូវបានដាក់នៅថ្ងៃ { $date } ប៉ុន្តែបង្កាន់ដៃមិនពន្យារ{ $kind }ទេ៖ ខណៈពេលរង់ចាំ វានៅតែផុតកំណត់នៅថ្ងៃដើមរបស់វា
reason-follows-pending = ការបន្ត{ $kind }កំពុងរង់ចាំការសម្រេច ហើយបង្កាន់ដៃប្រើជំនួសបាន៖ { $found }ក៏រង់ចាំជាមួយវាដែរ
reason-replaced-rule = ច្បាប់មុន ត្រូវបានជំនួសដោយច្បាប់ខាងលើ ចាប់ពីថ្ងៃ { $date }

## Notices: what a change of the rules changed for a person (docs/adr/0023).
notice-status = { $kind } របស់អ្នក: ស្ថានភាពឥឡូវនេះគឺ { $status } (ពីមុន { $was })។
notice-date-moved = { $kind } របស់អ្នក: { $which } ឥឡូវនេះគឺ { $date } (ពីមុន { $was })។
notice-date-added = { $kind } របស់អ្នក: { $which } ឥឡូវនេះគឺ { $date }។
notice-date-removed = { $kind } របស់អ្នក: { $which } លែងមានទៀតហើយ (ពីមុន { $was })។
notice-fees = { $kind } របស់អ្នក: ថ្លៃផ្លូវការឥឡូវនេះគឺ { $amount } (ពីមុន { $was })។
notice-fines = { $kind } របស់អ្នក: ការពិន័យដែលត្រូវបង់ឥឡូវនេះគឺ { $amount } (ពីមុន { $was })។
notice-blocked = { $kind } របស់អ្នក: ឥឡូវនេះការបន្តមិនទាន់គ្រប់លក្ខខណ្ឌ រហូតដល់ឯកសារដែលត្រូវការត្រឹមត្រូវ។
notice-unblocked = { $kind } របស់អ្នក: ការបន្តលែងជាប់ឧបសគ្គទៀតហើយ។
notice-step-added = ជំហានថ្មីក្នុងផែនការរបស់អ្នក: { $action }។
notice-step-removed = លែងមានក្នុងផែនការរបស់អ្នកទៀតហើយ: { $action }។
notice-from = មានប្រសិទ្ធភាពចាប់ពីថ្ងៃ { $date }។
notice-source = ប្រភព: { $source }។
reminder-short-notice = ច្បាប់សម្រាប់ឯកសាររបស់អ្នកបានផ្លាស់ប្តូរ។ បើកកម្មវិធីដើម្បីមើលថាវាមានន័យយ៉ាងណាសម្រាប់អ្នក។
reminder-detail-notice = ច្បាប់បានផ្លាស់ប្តូរ: មានការផ្លាស់ប្តូរ { $count } សម្រាប់ឯកសាររបស់អ្នក ដែលត្រូវអាន។
