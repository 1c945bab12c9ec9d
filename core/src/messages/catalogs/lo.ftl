### doctrack — Lao messages (ພາສາລາວ), translated from en.ftl.
### review: draft
###
### Draft: not yet reviewed by a native speaker. A reviewer changes the line
### above to "review: reviewed" for the whole catalog, or marks one message
### with "# review: reviewed" directly above it. Placeholders must stay those
### of the English message (the catalog tests check it). Lao has no plural
### forms: a number is followed by the same word.

## Helpers

span-days = { $n } ວັນ
span-weeks = { $n } ອາທິດ
span-months = { $n } ເດືອນ
span-years = { $n } ປີ
money = { $amount } { $currency }
list-or = { $first } ຫຼື { $second }

## Review states of a text

review-reviewed = ກວດແກ້ແລ້ວ
review-draft = ສະບັບຮ່າງ: ຍັງບໍ່ໄດ້ກວດແກ້ໂດຍເຈົ້າຂອງພາສາ

## Months, for dates written with a month name

month-1 = ມັງກອນ
month-2 = ກຸມພາ
month-3 = ມີນາ
month-4 = ເມສາ
month-5 = ພຶດສະພາ
month-6 = ມິຖຸນາ
month-7 = ກໍລະກົດ
month-8 = ສິງຫາ
month-9 = ກັນຍາ
month-10 = ຕຸລາ
month-11 = ພະຈິກ
month-12 = ທັນວາ

## Document kinds

kind-passport = ໜັງສືຜ່ານແດນ
kind-certificate_of_identity = ໃບຢັ້ງຢືນຕົວຕົນ (CI)
kind-visa = ວີຊາ / ການອະນຸຍາດໃຫ້ພັກເຊົາ
kind-work_permit = ໃບອະນຸຍາດເຮັດວຽກ
kind-pink_card = ບັດສີບົວ
kind-seabook = ປຶ້ມຄົນປະຈຳເຮືອ (Seabook)
kind-fishing_crew_permission = ການອະນຸຍາດເຮັດວຽກເທິງເຮືອຫາປາ
kind-health_insurance = ປະກັນສຸຂະພາບ
kind-health_check = ການກວດສຸຂະພາບ
kind-ninety_day_report = ການລາຍງານຕົວ 90 ວັນ

## Time statuses

status-not_applicable = ບໍ່ກ່ຽວຂ້ອງ
status-valid = ຍັງໃຊ້ໄດ້
status-window_open = ຍື່ນຕໍ່ອາຍຸໄດ້ແລ້ວ
status-due_soon = ໃກ້ຮອດກຳນົດ
status-blocked = ຕິດເງື່ອນໄຂ
status-in_grace = ຢູ່ໃນໄລຍະຜ່ອນຜັນ
status-expired = ໝົດອາຍຸ
status-job_change = ກຳລັງຫານາຍຈ້າງໃໝ່
status-awaiting_decision = ລໍຖ້າຜົນການພິຈາລະນາ

## Lifecycle states

state-unrecorded = ຍັງບໍ່ໄດ້ບັນທຶກ
state-active = ກຳລັງໃຊ້ຢູ່
state-renewal_in_progress = ກຳລັງຕໍ່ອາຍຸ
state-superseded = ຖືກແທນທີ່ແລ້ວ
state-lost = ເສຍ
state-cancelled = ຖືກຍົກເລີກ
state-archived = ເກັບເຂົ້າແຟ້ມແລ້ວ

## Events

event-recorded = ບັນທຶກແລ້ວ
event-details_corrected = ແກ້ໄຂລາຍລະອຽດ
event-renewal_started = ເລີ່ມຕໍ່ອາຍຸ
event-renewal_submitted = ຍື່ນຕໍ່ອາຍຸແລ້ວ
event-renewal_approved = ອະນຸມັດການຕໍ່ອາຍຸ
event-renewal_rejected = ບໍ່ອະນຸມັດການຕໍ່ອາຍຸ
event-reported_lost = ແຈ້ງເສຍ
event-replacement_received = ໄດ້ຮັບສະບັບໃໝ່ແທນ
event-cancelled = ຍົກເລີກ
event-employer_changed = ປ່ຽນນາຍຈ້າງ
event-report_filed = ລາຍງານຕົວ 90 ວັນແລ້ວ
event-archived = ເກັບເຂົ້າແຟ້ມ
event-event_retracted = ຍົກເລີກເຫດການທີ່ບັນທຶກຜິດ

## Computed dates

date-valid_until = ໃຊ້ໄດ້ຮອດ
date-window_opens = ເລີ່ມຍື່ນຕໍ່ອາຍຸໄດ້
date-due_soon_from = ໃກ້ຮອດກຳນົດຕັ້ງແຕ່
date-deadline = ວັນກຳນົດ
date-grace_ends = ໝົດໄລຍະຜ່ອນຜັນ
date-term_limit = ຕໍ່ອາຍຸໄດ້ບໍ່ເກີນ
date-report_due = ກຳນົດລາຍງານຕົວ 90 ວັນ
date-report_window_opens = ເລີ່ມລາຍງານຕົວໄດ້
date-report_window_closes = ປິດຮັບລາຍງານຕົວ
date-job_change_deadline = ຕ້ອງຫານາຍຈ້າງໃໝ່ພາຍໃນ
date-decision_follow_up = ສອບຖາມຜົນໄດ້ຕັ້ງແຕ່

## Plan actions

action-renew = ຕໍ່ອາຍຸ
action-file_report = ລາຍງານຕົວ 90 ວັນ
action-find_employer = ຫານາຍຈ້າງໃໝ່
action-obtain = ເຮັດເອກະສານ
action-reapply_from_home = ກັບປະເທດແລ້ວຍື່ນໃໝ່ຕາມ MOU ໃໝ່
action-await_decision = ລໍຖ້າຜົນການພິຈາລະນາ

## Confidence of a rule

confidence-high = ໜ້າເຊື່ອຖືສູງ
confidence-medium = ໜ້າເຊື່ອຖືປານກາງ
confidence-low = ໜ້າເຊື່ອຖືຕ່ຳ
confidence-setting = ຄ່າເລີ່ມຕົ້ນທີ່ຜູ້ດູແລກົດລະບຽບເລືອກໄວ້

## Why a document was cancelled

cancel-left_employer = ອອກຈາກນາຍຈ້າງ
cancel-revoked = ຖືກຖອນ
cancel-left_country = ອອກຈາກປະເທດ
cancel-other = ເຫດຜົນອື່ນ

## Kinds of stored record

record-person = ບຸກຄົນ
record-document = ເອກະສານ
record-event = ເຫດການ
record-attachment = ໄຟລ໌ແນບ
record-attachment_chunk = ສ່ວນຂອງໄຟລ໌ແນບ
record-key_slot = ຊ່ອງກະແຈ
record-meta = ຂໍ້ມູນຂອງບ່ອນເກັບ
record-log = ບັນທຶກເຫດການທັງໝົດ
record-reminder = ການແຈ້ງເຕືອນ

## Input fields (for problems with what was typed)

field-display_name = ຊື່
field-number = ເລກ
field-issuing_authority = ອົງການທີ່ອອກໃຫ້
field-employer = ນາຍຈ້າງ
field-notes = ບັນທຶກ
field-label = ຊື່ເອີ້ນ
field-text = ຂໍ້ຄວາມ
field-date = ວັນທີ
field-issued_on = ວັນທີອອກ
field-expires_on = ວັນໝົດອາຍຸ
field-on = ວັນທີ
field-country = ປະເທດ
field-cohort = ກຸ່ມແຮງງານ
field-language = ພາສາ
field-kind = ປະເພດເອກະສານ
field-links = ເອກະສານທີ່ເຊື່ອມໂຍງ
field-event = ເຫດການ
field-person = ບຸກຄົນ
field-id = ລະຫັດ
field-passphrase = ລະຫັດຜ່ານ
field-key = ກະແຈ
field-key_slot = ຊ່ອງກະແຈ
field-photo = ຮູບພາບ
field-mime = ປະເພດໄຟລ໌
field-path = ໄຟລ໌
field-message = ຂໍ້ຄວາມ
field-rules = ກົດລະບຽບ
field-snooze_until = ວັນທີເລື່ອນການແຈ້ງເຕືອນໄປ
field-reminder_time = ເວລາແຈ້ງເຕືອນ

## Problems with what was typed

problem-empty = { $field }ຕ້ອງບໍ່ຫວ່າງ.
problem-too-long = { $field }ຍາວເກີນ { $max } ຕົວອັກສອນ.
problem-too-short = { $field }ຕ້ອງມີຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ.
problem-control-characters = { $field }ມີຕົວອັກສອນຄວບຄຸມ.
problem-bad-characters = { $field }ມີຕົວອັກສອນທີ່ໃຊ້ບໍ່ໄດ້.
problem-not-a-date = { $field }ບໍ່ແມ່ນວັນທີ: ພິມຕາມທີ່ຢູ່ເທິງເອກະສານ ເຊັ່ນ 31/03/2026.
problem-no-such-day = ບໍ່ມີ{ $field }ນີ້ໃນປະຕິທິນ.
problem-year-out-of-range = ປີຂອງ{ $field }ບໍ່ແມ່ນປີ ຄ.ສ. ຫຼື ປີ ພ.ສ. ໄທ.
problem-ambiguous-year = ປີຂອງ{ $field }ມີພຽງສອງຕົວເລກ ຈຶ່ງບໍ່ຊັດເຈນ: ພິມໃຫ້ຄົບສີ່ຕົວເລກຕາມທີ່ພິມຢູ່ເທິງເອກະສານ (ເຊັ່ນ 2026 ຫຼື 2569).
problem-expiry-not-after-issue = { $field }ຕ້ອງຢູ່ຫຼັງວັນທີອອກ.
problem-no-expiry-for-kind = ເອກະສານປະເພດນີ້ບໍ່ມີ{ $field }.
problem-entry-date-missing = ການລາຍງານຕົວ 90 ວັນຕ້ອງໃຊ້ວັນທີເຂົ້າປະເທດເປັນ{ $field }.
problem-employer-not-for-kind = ມີແຕ່ໃບອະນຸຍາດເຮັດວຽກ, ປຶ້ມຄົນປະຈຳເຮືອ ແລະ ການອະນຸຍາດເຮັດວຽກເທິງເຮືອຫາປາເທົ່ານັ້ນທີ່ລະບຸ{ $field }.
problem-self-link = ເອກະສານເປັນ{ $field }ຂອງຕົວເອງບໍ່ໄດ້.
problem-reserved-link = ການເຊື່ອມໂຍງການຕໍ່ອາຍຸ ແລະ ສະບັບແທນຖືກກຳນົດໂດຍເຫດການຂອງມັນເອງ, ບໍ່ແມ່ນພິມເປັນ{ $field }.
problem-bad-link = { $field }ຕ້ອງມີຢູ່ ແລະ ເປັນຂອງບຸກຄົນດຽວກັນ.
problem-duplicate-id = { $field }ນີ້ຖືກໃຊ້ແລ້ວ.
problem-unknown-country = { $field }ຕ້ອງເປັນລະຫັດ ISO 3166 ສອງຕົວອັກສອນ ເຊັ່ນ MM, KH, LA, VN ຫຼື TH.
problem-unknown-cohort = ບໍ່ມີກົດລະບຽບທີ່ໃຊ້ຢູ່ຮູ້ຈັກ{ $field }ນີ້; ທີ່ຮູ້ຈັກ: { $known }.
problem-unknown-language = { $field }ຕ້ອງເປັນໜຶ່ງໃນ en, th, my, km, lo.
problem-unknown-kind = ບໍ່ຮູ້ຈັກ{ $field }ນີ້.
problem-not-an-id = ນີ້ບໍ່ແມ່ນ{ $field }.
problem-wrong-length = { $field }ຕ້ອງຍາວ { $expected } ໄບຕ໌ພໍດີ.
problem-too-large = { $field }ໃຫຍ່ເກີນຂີດຈຳກັດ { $limit } ໄບຕ໌.
problem-not-a-mime-type = { $field }ຕ້ອງມີຮູບແບບເຊັ່ນ image/jpeg.
problem-last-key-slot = ລຶບ{ $field }ອັນສຸດທ້າຍບໍ່ໄດ້: ບໍ່ດັ່ງນັ້ນຈະເປີດບ່ອນເກັບບໍ່ໄດ້ອີກ.
problem-event-not-for-kind = "{ $event }" ໃຊ້ກັບເອກະສານປະເພດນີ້ບໍ່ໄດ້.
problem-event-out-of-order = "{ $event }" ລົງວັນທີກ່ອນເຫດການລ່າສຸດຂອງເອກະສານ; ກວດ{ $field }.
problem-event-for-other-document = { $field }ເປັນຂອງເອກະສານອື່ນ.
problem-successor-mismatch = ເອກະສານໃໝ່ຕ້ອງເປັນຂອງບຸກຄົນດຽວກັນ ແລະ ເປັນ{ $field }ດຽວກັນ.
problem-self-successor = ເອກະສານຕໍ່ອາຍຸ ຫຼື ແທນທີ່ຕົວເອງບໍ່ໄດ້.
problem-person-archived = { $field }ນີ້ຖືກເກັບເຂົ້າແຟ້ມແລ້ວ.
problem-use-dedicated-call = "{ $event }" ບັນທຶກດ້ວຍຄຳສັ່ງຂອງມັນເອງ ພ້ອມກັບເອກະສານໃໝ່.
problem-not-a-path = ທີ່ຢູ່{ $field }ຫວ່າງ ຫຼື ໃຊ້ບໍ່ໄດ້.
problem-file-unreadable = ອ່ານ{ $field }ບໍ່ໄດ້.
problem-folder-missing = ບໍ່ມີໂຟນເດີສຳລັບ{ $field }.
problem-not-later = { $field }ຕ້ອງເປັນມື້ຫຼັງຈາກນີ້.
problem-not-a-time = { $field }ຕ້ອງເປັນເວລາລະຫວ່າງ 00:00 ຫາ 23:59.
problem-too-many = { $field }ມີໄດ້ບໍ່ເກີນ { $limit }.
problem-not-retractable = ຍົກເລີກ "{ $event }" ບໍ່ໄດ້: ໃຫ້ບັນທຶກເຫດການໃໝ່ ຫຼື ແກ້ໄຂລາຍລະອຽດແທນ.
problem-later-events-depend = ມີເຫດການຫຼັງຈາກນັ້ນທີ່ຂຶ້ນກັບ "{ $event }": ໃຫ້ຍົກເລີກເຫດການເຫຼົ່ານັ້ນກ່ອນ ໂດຍເລີ່ມຈາກລ່າສຸດ.
problem-other = { $field }ບໍ່ຖືກຕ້ອງ: { $reason }

## What a reminder is about

reminder-kind-window_opens = ເລີ່ມຍື່ນຕໍ່ອາຍຸໄດ້
reminder-kind-report_window = ເລີ່ມລາຍງານໄດ້
reminder-kind-due_soon = ໃກ້ຮອດກຳນົດ
reminder-kind-deadline = ຮອດກຳນົດມື້ນີ້
reminder-kind-grace = ໄລຍະຜ່ອນຜັນ
reminder-kind-overdue = ກາຍກຳນົດແລ້ວ

## What was done with a reminder

reminder-state-pending = ຕັ້ງເວລາໄວ້ແລ້ວ
reminder-state-done = ເຮັດແລ້ວ
reminder-state-dismissed = ປິດແລ້ວ
reminder-state-snoozed = ເລື່ອນການແຈ້ງເຕືອນ

## Reasons

reason-printed-expiry = ວັນໝົດອາຍຸທີ່ພິມຢູ່ເທິງເອກະສານ { $date }
reason-issued-on = ອອກໃຫ້ວັນທີ { $date }
reason-validity-term = ເອກະສານໃໝ່ມີອາຍຸ { $span }
reason-end-of-authorisation = ການອະນຸຍາດສິ້ນສຸດວັນທີ { $date }
reason-replaces-printed-date = ໃຊ້ແທນວັນທີຢູ່ເທິງເອກະສານ ({ $date })
reason-no-expiry = ບໍ່ມີວັນໝົດອາຍຸທີ່ບັນທຶກໄວ້ ແລະ ບໍ່ມີກົດລະບຽບກຳນົດອາຍຸ
reason-capped-by = ໃຊ້ໄດ້ບໍ່ເກີນອາຍຸຂອງ{ $kinds }
reason-lapses-with = ສິ້ນສຸດພ້ອມກັບ{ $kinds }
reason-related-ends = { $kind } ສິ້ນສຸດວັນທີ { $date }
reason-deadline-after-expiry = ວັນກຳນົດແມ່ນ { $span } ຫຼັງຈາກເອກະສານໝົດອາຍຸ
reason-term-limit = ລວມແລ້ວບໍ່ເກີນ { $span } ນັບແຕ່ເອກະສານສະບັບທຳອິດ (ອອກວັນທີ { $date })
reason-chain-start = { $kind } ສະບັບທຳອິດຂອງຊຸດນີ້ອອກວັນທີ { $date }
reason-window-opens = ເລີ່ມຍື່ນຕໍ່ອາຍຸໄດ້ { $span } ກ່ອນວັນກຳນົດ ({ $date })
reason-due-soon = ຖືວ່າໃກ້ຮອດກຳນົດຕັ້ງແຕ່ { $span } ກ່ອນວັນກຳນົດ ({ $date })
reason-processing-time = ການດຳເນີນການມັກໃຊ້ເວລາປະມານນີ້ ຈຶ່ງຖືວ່າໃກ້ຮອດກຳນົດຕັ້ງແຕ່ { $span } ກ່ອນວັນກຳນົດ ({ $date })
reason-grace = ມີໄລຍະຜ່ອນຜັນ { $span } ຫຼັງວັນກຳນົດ ({ $date })
reason-prerequisite-missing = ການຕໍ່ອາຍຸຕ້ອງມີ{ $kinds }ທີ່ໃຊ້ໄດ້ຮອດ { $until } (ຕ້ອງໃຊ້ວັນທີ { $needed }); ຍັງບໍ່ມີ{ $kinds }ທີ່ໃຊ້ໄດ້ບັນທຶກໄວ້
reason-prerequisite-ends = ການຕໍ່ອາຍຸຕ້ອງມີ{ $kinds }ທີ່ໃຊ້ໄດ້ຮອດ { $until } (ຕ້ອງໃຊ້ວັນທີ { $needed }); { $found } ໝົດອາຍຸວັນທີ { $found_until }
reason-prerequisite-no-expiry = ການຕໍ່ອາຍຸຕ້ອງມີ{ $kinds }ທີ່ໃຊ້ໄດ້ຮອດ { $until } (ຕ້ອງໃຊ້ວັນທີ { $needed }); { $found } ບໍ່ມີວັນໝົດອາຍຸທີ່ຮູ້
reason-last-report-filed = ລາຍງານຕົວຄັ້ງລ່າສຸດວັນທີ { $date }
reason-date-of-entry = ວັນທີເຂົ້າປະເທດ { $date }
reason-entry-date-missing = ບໍ່ໄດ້ບັນທຶກວັນທີເຂົ້າປະເທດ
reason-no-recurring-rule = ບໍ່ມີກົດລະບຽບສຳລັບໜ້າທີ່ທີ່ຕ້ອງເຮັດຊ້ຳນີ້ໃນວັນດັ່ງກ່າວ
reason-report-due = ຕ້ອງລາຍງານຕົວທຸກ { $span } ນັບແຕ່ວັນເຂົ້າປະເທດ ຫຼື ການລາຍງານຄັ້ງລ່າສຸດ
reason-report-window-opens = ເລີ່ມລາຍງານຕົວໄດ້ { $span } ກ່ອນວັນກຳນົດ ({ $date })
reason-report-window-closes = ຍັງລາຍງານຕົວໄດ້ອີກ { $span } ຫຼັງວັນກຳນົດ ({ $date })
reason-left-employer = ອອກຈາກນາຍຈ້າງວັນທີ { $date }
reason-job-change-period = ຕ້ອງຫານາຍຈ້າງໃໝ່ພາຍໃນ { $span } (ໄລຍະເວລາທີ່ໃຊ້ບັງຄັບໃນວັນທີ { $date } ເຊິ່ງເປັນມື້ທີ່ອອກຈາກນາຍຈ້າງ)
reason-fee = { $label }: { $amount }
reason-fine = { $label }: { $amount } ຫຼັງຈາກຊ້າ { $days } ວັນ (ຕັ້ງແຕ່ { $date })
reason-reminder = ແຈ້ງເຕືອນ { $span } ກ່ອນ{ $target } ({ $date })
reason-superseded = ຖືກແທນທີ່ດ້ວຍການຕໍ່ອາຍຸວັນທີ { $date }
reason-replaced = ໄດ້ຮັບສະບັບໃໝ່ແທນວັນທີ { $date }
reason-lost = ແຈ້ງເສຍວັນທີ { $date }; ບັນທຶກສະບັບໃໝ່ເມື່ອໄດ້ຮັບ
reason-cancelled = ຍົກເລີກວັນທີ { $date }
reason-archived = ເກັບເຂົ້າແຟ້ມວັນທີ { $date }
reason-current = ກຳລັງໃຊ້ຢູ່
reason-renewal-submitted-on = ຍື່ນຕໍ່ອາຍຸວັນທີ { $date }
reason-no-decision-yet = ຍັງບໍ່ມີຜົນການພິຈາລະນາຕັ້ງແຕ່ { $date }: ຕັ້ງແຕ່ { $follow_up } ໃຫ້ສອບຖາມທີ່ຫ້ອງການທີ່ຍື່ນ ພ້ອມໃບຮັບ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອຈາກອົງການຈັດຕັ້ງທີ່ບໍ່ແມ່ນລັດ
reason-decision-follow-up = ຖ້າຍັງບໍ່ມີຜົນການພິຈາລະນາຫຼັງຍື່ນ { $span } ໃຫ້ສອບຖາມທີ່ຫ້ອງການ
reason-awaiting-decision = ລໍຖ້າຜົນການພິຈາລະນາຕັ້ງແຕ່ { $date }: ພົກໃບຮັບ ແລະ ໃບເສັດຄ່າທຳນຽມໄວ້, ມັນຄຸ້ມຄອງທ່ານໃນລະຫວ່າງລໍຖ້າ

reason-related-cancelled = { $kind } ຖືກຍົກເລີກວັນທີ { $date }
reason-related-job-change = { $kind } ຖືກຍົກເລີກເມື່ອແຮງງານອອກຈາກນາຍຈ້າງວັນທີ { $left }; ຕ້ອງຫານາຍຈ້າງໃໝ່ພາຍໃນ { $date }
reason-job-change-done = { $kind } ສະບັບໃໝ່ອອກວັນທີ { $date } ພາຍໃນໄລຍະປ່ຽນນາຍຈ້າງ: ການປ່ຽນນາຍຈ້າງສຳເລັດແລ້ວ
reason-fee-on-submission = { $label }: { $amount } (ຄ່າທຳນຽມທີ່ໃຊ້ບັງຄັບວັນທີ { $date } ເມື່ອຍື່ນຕໍ່ອາຍຸ)
reason-fine-with-waiver = { $label }: { $amount } ສຳລັບການຊ້າ { $days } ວັນ (ຊ້າຕັ້ງແຕ່ { $date }; ບໍ່ຄິດ { $waived } ວັນ)

## Notes on a document

note-renewal-submitted = ຍື່ນຕໍ່ອາຍຸວັນທີ { $date }; ລໍຖ້າຜົນການພິຈາລະນາ
note-renewal-started = ເລີ່ມຕໍ່ອາຍຸວັນທີ { $date }
note-capped-by-missing = ໃຊ້ໄດ້ບໍ່ເກີນອາຍຸຂອງ{ $kinds } ({ $rule }) ແຕ່ຍັງບໍ່ມີ{ $kinds }ທີ່ໃຊ້ໄດ້ບັນທຶກໄວ້
note-lapses-with-missing = ສິ້ນສຸດພ້ອມກັບ{ $kinds } ({ $rule }) ແຕ່ຍັງບໍ່ມີ{ $kinds }ທີ່ໃຊ້ໄດ້ບັນທຶກໄວ້

note-unless-document = { $rule } ບໍ່ໃຊ້ບັງຄັບ: ມີ{ $kind }ອອກວັນທີ { $date } (ພາຍໃນ { $by })
note-unless-event = { $rule } ບໍ່ໃຊ້ບັງຄັບ: { $event } ວັນທີ { $date } (ພາຍໃນ { $by })
note-fine-waived-period = { $label }: ບໍ່ຄິດ { $days } ວັນ ລະຫວ່າງ { $from } ຫາ { $to } ({ $rule })
note-fine-waived-pending = { $label }: ບໍ່ຄິດ { $days } ວັນ ໃນລະຫວ່າງລໍຖ້າຜົນການຕໍ່ອາຍຸທີ່ຍື່ນວັນທີ { $date } ({ $rule })
note-resolution-outlasts-upstream = { $kinds } ສິ້ນສຸດວັນທີ { $date } ກ່ອນວັນສິ້ນສຸດທີ່ກຳນົດໂດຍ { $rule }; ມະຕິຄຸ້ມຄອງເອກະສານນີ້ຮອດວັນດັ່ງກ່າວ ແຕ່ຄວນຕໍ່ອາຍຸ{ $kinds }ໃຫ້ທັນ

## Warnings about the input

warning-events-do-not-fold = ເອກະສານ { $document }: ຈັດລຳດັບເຫດການບໍ່ໄດ້; ບໍ່ສະແດງ
warning-rule-cycle = ເອກະສານ { $document }: ກົດລະບຽບອ້າງອີງກັນເປັນວົງ; ບໍ່ສະແດງ
warning-holder-unknown = ເອກະສານ { $document }: ບໍ່ພົບເຈົ້າຂອງໃນລາຍຊື່; ບໍ່ສະແດງ
warning-ambiguous-rules = ເອກະສານ { $document }: ກົດລະບຽບ { $rules } ກຳນົດ { $slot } ທັງໝົດ; ໃຊ້ { $chosen }
warning-unreadable-records = ມີ { $count } ລາຍການທີ່ບໍ່ຜ່ານການກວດສອບ ຈຶ່ງບໍ່ສະແດງ

## The renewal plan

plan-renew = ຕໍ່ອາຍຸ{ $kinds }
plan-obtain = ເຮັດ{ $kinds }
plan-file-report = ລາຍງານຕົວ 90 ວັນ
plan-find-employer = ຫານາຍຈ້າງໃໝ່
plan-reapply-from-home = ກັບປະເທດແລ້ວຍື່ນໃໝ່ຕາມ MOU ໃໝ່
plan-by = ພາຍໃນ { $date }
plan-from = ຕັ້ງແຕ່ { $date }
plan-window-opens-on = ເລີ່ມຍື່ນໄດ້ວັນທີ { $date }
plan-status = { $status }
plan-must-be-valid-until = ຕ້ອງໃຊ້ໄດ້ຮອດ { $date } ຈຶ່ງຈະຕໍ່ອາຍຸ{ $kind }ໄດ້
plan-needed-to-renew = ຕ້ອງໃຊ້ເພື່ອຕໍ່ອາຍຸ{ $kind }
plan-today = ມື້ນີ້
plan-overdue = ກາຍກຳນົດ { $days } ວັນ (ຕັ້ງແຕ່ { $date })
plan-get-help = ກາຍກຳນົດແລ້ວ: ໃຫ້ໄປຫ້ອງການພ້ອມເອກະສານໄວທີ່ສຸດ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອຈາກອົງການຈັດຕັ້ງທີ່ບໍ່ແມ່ນລັດ
plan-follows-job-change = { $kind } ຂຶ້ນກັບໃບອະນຸຍາດເຮັດວຽກ: ໃຊ້ໄດ້ຮອດ { $date } ຫຼັງຈາກນັ້ນຕ້ອງມີນາຍຈ້າງໃໝ່
plan-fine = ຄ່າປັບຮອດຕອນນີ້: { $label } { $amount } (ຊ້າ { $days } ວັນ)
plan-fee = ຄ່າທຳນຽມທາງການ: { $label } { $amount }
plan-ended-with-job = { $kind } ສິ້ນສຸດເມື່ອທ່ານອອກຈາກນາຍຈ້າງ: ນາຍຈ້າງໃໝ່ຍື່ນຂໍສະບັບໃໝ່
plan-await-decision = ລໍຖ້າຜົນການພິຈາລະນາ{ $kinds }; ພົກໃບຮັບ ແລະ ໃບເສັດຄ່າທຳນຽມໄວ້ກັບຕົວ
plan-advice = doctrack ແນະນຳ (ຄ່າເລີ່ມຕົ້ນທີ່ຜູ້ດູແລກົດລະບຽບເລືອກໄວ້, ບໍ່ແມ່ນຂໍ້ບັງຄັບທາງກົດໝາຍ)

## What blocks a renewal

blocker-needs = ຕິດເງື່ອນໄຂ: ຕ້ອງມີ{ $kinds }ທີ່ໃຊ້ໄດ້ຮອດ { $date }
blocker-term-limit = ຕິດເງື່ອນໄຂ: ຕໍ່ອາຍຸເກີນ { $date } ບໍ່ໄດ້ (ຄົບໄລຍະເວລາລວມສູງສຸດ)

## Reminders: the short texts (-short-) are for the lock screen and name no
## document, country, person or date; the others are for inside the app.

reminder-title = ການແຈ້ງເຕືອນກ່ຽວກັບເອກະສານ
reminder-short-window-opens = ມື້ນີ້ເລີ່ມຍື່ນຕໍ່ອາຍຸເອກະສານໄດ້ແລ້ວ. ເປີດແອັບເພື່ອເບິ່ງລາຍລະອຽດ.
reminder-short-report-window = ມື້ນີ້ເລີ່ມຍື່ນລາຍງານໄດ້ແລ້ວ. ເປີດແອັບເພື່ອເບິ່ງລາຍລະອຽດ.
reminder-short-due-soon = ເອກະສານຂອງທ່ານຈະຮອດກຳນົດໃນອີກ { $days } ວັນ.
reminder-short-deadline = ມື້ນີ້ແມ່ນວັນກຳນົດຂອງເອກະສານ.
reminder-short-grace = ກາຍວັນກຳນົດຂອງເອກະສານແລ້ວ. ໄລຍະຜ່ອນຜັນຈະໝົດໃນອີກ { $days } ວັນ.
reminder-short-overdue = ກາຍວັນກຳນົດຂອງເອກະສານແລ້ວ. ເປີດແອັບເພື່ອເບິ່ງວ່າຕ້ອງເຮັດຫຍັງ.
reminder-window-opens = { $kind }ຂອງທ່ານ: ຍື່ນຕໍ່ອາຍຸໄດ້ຕັ້ງແຕ່ມື້ນີ້ (ວັນກຳນົດ: { $date }).
reminder-report-window = ການລາຍງານຕົວ 90 ວັນ: ລາຍງານໄດ້ຕັ້ງແຕ່ມື້ນີ້ (ກຳນົດ: { $date }; ປິດຮັບ: { $until }).
reminder-due-soon = { $kind }ຂອງທ່ານ: ເຫຼືອອີກ { $days } ວັນ ({ $target }: { $date }).
reminder-deadline = { $kind }ຂອງທ່ານ: ມື້ນີ້ແມ່ນມື້ສຸດທ້າຍ ({ $target }: { $date }).
reminder-grace = { $kind }ຂອງທ່ານ: ກາຍວັນກຳນົດແລ້ວ. ໄລຍະຜ່ອນຜັນສິ້ນສຸດວັນທີ { $date } (ເຫຼືອອີກ { $days } ວັນ).
reminder-overdue = { $kind }ຂອງທ່ານ: ກາຍກຳນົດມາຕັ້ງແຕ່ { $date }. ໃຫ້ດຳເນີນການທັນທີ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອ.

## Errors shown to people

error-wrong-secret = ລະຫັດຜ່ານ ຫຼື ກະແຈບໍ່ຖືກຕ້ອງ. ລອງໃໝ່ອີກຄັ້ງ.
error-key-unavailable = ຕອນນີ້ໃຊ້ກະແຈຂອງໂທລະສັບບໍ່ໄດ້. ປົດລັອກໂທລະສັບ ຫຼື ເປີດດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.
error-integrity = ຂໍ້ມູນ{ $record }ລາຍການໜຶ່ງເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້. ຂໍ້ມູນອື່ນຂອງທ່ານຍັງປອດໄພ.
error-storage-corrupt = ບ່ອນເກັບເອກະສານເສຍຫາຍ. ບໍ່ມີຫຍັງຖືກລຶບ: ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອ.
error-unsupported-version = ບ່ອນເກັບນີ້ຖືກບັນທຶກໂດຍແອັບລຸ້ນໃໝ່ກວ່າ (ລຸ້ນ { $found }; ແອັບນີ້ອ່ານໄດ້ຮອດ { $supported }). ກະລຸນາອັບເດດແອັບ.
error-already-exists = ມີບາງຢ່າງຢູ່ບ່ອນນັ້ນແລ້ວ. ບໍ່ມີຫຍັງຖືກຂຽນທັບ.
error-store-missing = ບໍ່ພົບບ່ອນເກັບເອກະສານຢູ່ບ່ອນນັ້ນ.
error-storage-full = ບ່ອນເກັບຂໍ້ມູນໃນໂທລະສັບເຕັມ. ບໍ່ມີຫຍັງຖືກບັນທຶກ: ລຶບບາງຢ່າງອອກແລ້ວລອງໃໝ່.
error-read-only = ຂຽນບ່ອນເກັບຢູ່ບ່ອນນີ້ບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກບັນທຶກ.
error-rolled-back = ນີ້ແມ່ນສຳເນົາທີ່ເກົ່າກວ່າບ່ອນເກັບທີ່ໂທລະສັບນີ້ເຫັນຄັ້ງສຸດທ້າຍ ຈຶ່ງບໍ່ສະແດງຫຍັງ. ກູ້ຄືນການສຳຮອງຂໍ້ມູນລ່າສຸດຂອງທ່ານ ຫຼື ເລືອກເກັບສຳເນົານີ້ໄວ້.
error-anchor-unavailable = ບໍ່ສາມາດເຂົ້າເຖິງບ່ອນເກັບທີ່ປ້ອງກັນຂອງໂທລະສັບເພື່ອກວດບ່ອນເກັບໄດ້. ປົດລັອກໂທລະສັບ ແລ້ວລອງໃໝ່.
error-busy = ບ່ອນເກັບກຳລັງຖືກໃຊ້ຢູ່. ລອງໃໝ່ໃນອີກບຶດໜຶ່ງ.
error-index-damaged = ດັດຊະນີບາງສ່ວນຂອງບ່ອນເກັບເສຍຫາຍ. ບໍ່ມີຫຍັງເສຍ: ສ້ອມແປງບ່ອນເກັບເພື່ອສ້າງມັນຄືນໃໝ່.
error-illegal-transition = ເອກະສານທີ່ມີສະຖານະ "{ $state }" ບັນທຶກວ່າ "{ $event }" ບໍ່ໄດ້.
error-not-found = ບໍ່ພົບ{ $record }ນີ້.
error-rules-invalid = ກົດລະບຽບການຕໍ່ອາຍຸບໍ່ຖືກຕ້ອງ ແລະ ບໍ່ໄດ້ຖືກໂຫຼດ.
error-closed = ບ່ອນເກັບຖືກປິດແລ້ວ. ເປີດໃໝ່ອີກຄັ້ງ.
error-backup-invalid = ໄຟລ໌ສຳຮອງເສຍຫາຍ, ຖືກແກ້ໄຂ ຫຼື ບໍ່ກົງກັບບ່ອນເກັບນີ້. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.
error-internal = ມີບາງຢ່າງຜິດພາດພາຍໃນ doctrack. ບໍ່ມີຂໍ້ມູນເສຍ.

## Words of the command-line tool and other front ends

ui-title = doctrack — ເອກະສານ ແລະ ວັນກຳນົດ
ui-store-summary = ບ່ອນເກັບ: { $store }; ເຂົ້າລະຫັດແລ້ວ, { $people } ຄົນ, ເອກະສານ { $documents } ສະບັບ
ui-rules-and-date = ກົດລະບຽບ: { $rules }; ວັນທີ: { $date }
ui-rules-bundled = { $set } (ມີມາໃນໂປຣແກຣມ, { $count } ກົດລະບຽບ)
ui-rules-files = { $set } (ຈາກໄຟລ໌, { $count } ກົດລະບຽບ)
ui-warning = ຄຳເຕືອນ: { $text }
ui-dashboard = ພາບລວມ (ເລື່ອງດ່ວນທີ່ສຸດກ່ອນ)
ui-column-person = ບຸກຄົນ
ui-column-document = ເອກະສານ
ui-column-state = ສະພາບ
ui-column-status = ສະຖານະ
ui-column-expires = ໝົດອາຍຸ
ui-column-days-left = ເຫຼືອ (ວັນ)
ui-column-next-deadline = ກຳນົດຕໍ່ໄປ
ui-no-documents = ຍັງບໍ່ມີເອກະສານ
ui-today = ມື້ນີ້
ui-days = { $days } ວັນ
ui-days-late = ຊ້າ { $days } ວັນ
ui-plan = ແຜນຕໍ່ອາຍຸ (ສິ່ງທີ່ຕ້ອງເຮັດ ຕາມລຳດັບ)
ui-plan-empty = ບໍ່ມີຫຍັງຕ້ອງເຮັດໃນອີກ { $span }
ui-plan-after = ຫຼັງຈາກ{ $steps }
ui-plan-step = ຂັ້ນຕອນທີ { $n }
ui-why-status = ສະຖານະ
ui-why-note = ໝາຍເຫດ
ui-basis-document = ເທິງເອກະສານ
ui-basis-event = ປະຫວັດ
ui-basis-related = ເອກະສານທີ່ກ່ຽວຂ້ອງ
ui-basis-holiday = ວັນພັກລັດຖະການ
ui-basis-weekend = ທ້າຍອາທິດ
ui-reminders = ການແຈ້ງເຕືອນຄັ້ງຕໍ່ໄປ ({ $span })
ui-reminders-empty = ບໍ່ມີການແຈ້ງເຕືອນໃນອີກ { $span }
ui-status-advice = { $status } (ຄຳແນະນຳ)
ui-lock-screen = ໜ້າຈໍລັອກ
ui-draft-notice = ຂໍ້ຄວາມພາສານີ້ເປັນສະບັບຮ່າງທີ່ຍັງບໍ່ໄດ້ກວດແກ້ໂດຍເຈົ້າຂອງພາສາ; ບາງສ່ວນອາດຜິດ. ພາສາອັງກິດ: --lang en
ui-demo-footer = ຂໍ້ມູນຕົວຢ່າງເທົ່ານັ້ນ. ວັນທີມາຈາກກົດລະບຽບໃນ rules/th (ໃຊ້ --why ເພື່ອເບິ່ງກົດລະບຽບ ແລະ ແຫຼ່ງທີ່ມາຂອງແຕ່ລະລາຍການ).
ui-demo-temporary-store = ບ່ອນເກັບຊົ່ວຄາວ ລຶບເມື່ອຈົບການເຮັດວຽກ
ui-demo-your-store = ບ່ອນເກັບຂອງທ່ານ

## Rule packs, office days and the rules in use

ui-rules-pack = { $set } (ຊຸດກົດລະບຽບທີ່ຕິດຕັ້ງ, { $count } ກົດລະບຽບ)
date-act_by = ໄປດຳເນີນການພາຍໃນ (ມື້ເຮັດການສຸດທ້າຍ)
error-pack-bad-signature = ການອັບເດດກົດລະບຽບນີ້ຖືກແກ້ໄຂຫຼັງຈາກລົງນາມ. ຢ່າໃຊ້. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-malformed = ໄຟລ໌ນີ້ບໍ່ແມ່ນການອັບເດດກົດລະບຽບ ຫຼື ເສຍຫາຍ. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-needs-newer-library = ການອັບເດດກົດລະບຽບນີ້ຕ້ອງໃຊ້ແອັບລຸ້ນໃໝ່ກວ່າ (doctrack { $needed }; ລຸ້ນນີ້ແມ່ນ { $current }). ກະລຸນາອັບເດດແອັບ. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-not-newer = ການອັບເດດກົດລະບຽບນີ້ (ລຸ້ນ { $offered }) ບໍ່ໃໝ່ກວ່າກົດລະບຽບທີ່ທ່ານມີ (ລຸ້ນ { $installed }). ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-pack-rules-invalid = ການອັບເດດກົດລະບຽບນີ້ມີຂໍ້ຜິດພາດ { $count } ລາຍການໃນກົດລະບຽບ ຈຶ່ງບໍ່ໄດ້ຕິດຕັ້ງ. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-share-not-a-share = ນີ້ບໍ່ແມ່ນຂໍ້ມູນທີ່ແບ່ງປັນຈາກ doctrack. ບໍ່ໄດ້ເປີດຫຍັງ.
error-share-unsupported-format = ຂໍ້ມູນທີ່ແບ່ງປັນນີ້ຕ້ອງໃຊ້ doctrack ລຸ້ນໃໝ່ກວ່າ (ຮູບແບບ { $found }). ກະລຸນາອັບເດດ. ບໍ່ໄດ້ເປີດຫຍັງ.
error-share-not-for-this-key = ຂໍ້ມູນທີ່ແບ່ງປັນນີ້ຖືກປິດຜະນຶກສຳລັບກະແຈຂອງອົງການອື່ນ ({ $key }), ບໍ່ແມ່ນຂອງທ່ານ. ເປີດໄດ້ດ້ວຍກະແຈນັ້ນເທົ່ານັ້ນ.
error-share-truncated = ຂໍ້ມູນທີ່ແບ່ງປັນນີ້ບໍ່ຄົບ: ບາງສ່ວນຫາຍໄປ. ກະລຸນາຂໍໃໝ່ (ສະແກນ QR ໂຄດທັງໝົດ ຫຼື ສົ່ງໄຟລ໌ທັງໝົດ).
error-share-damaged = ຂໍ້ມູນທີ່ແບ່ງປັນນີ້ຖືກແກ້ໄຂ ຫຼື ເສຍຫາຍຫຼັງຈາກສ້າງ. ຢ່າໃຊ້; ຂໍໃຫ້ແຮງງານແບ່ງປັນໃໝ່.
error-share-expired = ການຍິນຍອມຂອງແຮງງານສຳລັບຂໍ້ມູນນີ້ສິ້ນສຸດໃນ { $date }. ບໍ່ໄດ້ນຳເຂົ້າ; ຂໍໃຫ້ແຮງງານແບ່ງປັນໃໝ່.
error-share-signer-changed = ຂໍ້ມູນນີ້ລົງນາມດ້ວຍກະແຈອື່ນ ({ $found }) ບໍ່ແມ່ນກະແຈຂອງການແບ່ງປັນກ່ອນໜ້າຂອງແຮງງານຄົນດຽວກັນ ({ $expected }): ບໍ່ໄດ້ມາຈາກໂທລະສັບເຄື່ອງເດີມ. ກວດສອບກັບແຮງງານກ່ອນຍອມຮັບ.
error-share-too-large-for-qr = ຂໍ້ມູນທີ່ແບ່ງປັນນີ້ໃຊ້ { $count } ໄບ, QR ໂຄດໜຶ່ງອັນບັນຈຸໄດ້ { $max } ໄບ. ໃຫ້ແບ່ງປັນເປັນໄຟລ໌ ຫຼື ເລືອກເອກະສານໜ້ອຍລົງ.
error-share-photos-need-file = ແບ່ງປັນຮູບໄດ້ສະເພາະໃນໄຟລ໌, ບໍ່ແມ່ນໃນ QR ໂຄດ.
error-share-not-a-key = ນີ້ບໍ່ແມ່ນກະແຈສຳລັບແບ່ງປັນ. ໃຊ້ກະແຈທີ່ອົງການໃຫ້ທ່ານ.
error-share-bad-until = ການແບ່ງປັນຕ້ອງສິ້ນສຸດລະຫວ່າງມື້ນີ້ ຫາ ອີກ { $days } ມື້.
error-pack-unknown-key = ການອັບເດດກົດລະບຽບນີ້ລົງນາມໂດຍຜູ້ທີ່ແອັບນີ້ບໍ່ເຊື່ອຖື (ກະແຈ { $key }). ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-unsigned = ການອັບເດດກົດລະບຽບນີ້ບໍ່ໄດ້ລົງນາມ ຈຶ່ງເຊື່ອຖືບໍ່ໄດ້. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-unsupported-format = ການອັບເດດກົດລະບຽບນີ້ຕ້ອງໃຊ້ແອັບລຸ້ນໃໝ່ກວ່າ (ຮູບແບບ { $found }). ກະລຸນາອັບເດດແອັບ. ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
error-pack-wrong-rule-set = ການອັບເດດກົດລະບຽບນີ້ເປັນຂອງກົດລະບຽບອື່ນ ("{ $found }" ບໍ່ແມ່ນ "{ $expected }"). ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ປ່ຽນແປງ.
plan-act-by-holiday = ວັນກຳນົດ { $deadline } ແມ່ນວັນພັກ ({ $holiday }) ທີ່ຫ້ອງການປິດ: ໃຫ້ໄປພາຍໃນ { $date }
plan-act-by-weekend = ວັນກຳນົດ { $deadline } ກົງກັບທ້າຍອາທິດທີ່ຫ້ອງການປິດ: ໃຫ້ໄປພາຍໃນ { $date }
problem-not-a-key = { $field }ບໍ່ແມ່ນກະແຈທີ່ doctrack ໃຊ້ໄດ້.
reason-act-by = { $deadline } ({ $kind }) ບໍ່ແມ່ນມື້ເຮັດການຂອງຫ້ອງການ; ມື້ເຮັດການສຸດທ້າຍກ່ອນນັ້ນແມ່ນ { $date }
reason-closed-holiday = ຫ້ອງການປິດວັນທີ { $date }: { $holiday }
reason-closed-weekend = ຫ້ອງການປິດວັນເສົາ ແລະ ວັນອາທິດ ({ $date })
record-rule_pack = ຊຸດກົດລະບຽບ
rules-in-use = ກົດລະບຽບ: { $set } ລຸ້ນ { $version }, { $date }
rules-in-use-unversioned = ກົດລະບຽບ: { $set }

## Employer documents, routes back, what to bring, custody, payments and help

kind-employer_id = ບັດປະຈຳຕົວນາຍຈ້າງ ຫຼື ໃບທະບຽນບໍລິສັດ
    .inline = ບັດປະຈຳຕົວນາຍຈ້າງ ຫຼື ໃບທະບຽນບໍລິສັດ
kind-quota_letter = ໜັງສືໂກຕາ (Demand)
    .inline = ໜັງສືໂກຕາ (Demand)
kind-employment_contract = ສັນຍາຈ້າງງານ
    .inline = ສັນຍາຈ້າງງານ
kind-vessel_registration = ໃບທະບຽນເຮືອ
    .inline = ໃບທະບຽນເຮືອ
kind-crew_list = ລາຍຊື່ຄົນປະຈຳເຮືອ
    .inline = ລາຍຊື່ຄົນປະຈຳເຮືອ

status-lapsed = ຕໍ່ອາຍຸບໍ່ໄດ້ແລ້ວ
date-renewable_until = ຕໍ່ອາຍຸໄດ້ຮອດ
action-cannot_renew = ຕໍ່ອາຍຸບໍ່ໄດ້ແລ້ວ
action-follow_route = ໃຊ້ຊ່ອງທາງກັບມາຖືກກົດໝາຍ
action-get_help = ຂໍຄວາມຊ່ວຍເຫຼືອ
action-record_or_obtain = ບັນທຶກ ຫຼື ເຮັດເອກະສານ
reason-renewable-until-end = { $kind } ຕໍ່ອາຍຸໄດ້ຮອດ { $date } ເທົ່ານັ້ນ; ຫຼັງຈາກນັ້ນຕ້ອງຍື່ນຄຳຮ້ອງໃໝ່
reason-renewable-late = ຕໍ່ອາຍຸຊ້າໄດ້ພາຍໃນ { $span } ຫຼັງວັນກຳນົດ, ຮອດ { $date }
reason-beyond-renewal = { $kind } ຕໍ່ອາຍຸບໍ່ໄດ້ແລ້ວຕັ້ງແຕ່ { $date }: ຕ້ອງຍື່ນຄຳຮ້ອງໃໝ່ເທົ່ານັ້ນຈຶ່ງຈະໄດ້ຄືນ
plan-cannot-renew = { $kinds } ຕໍ່ອາຍຸບໍ່ໄດ້ແລ້ວ
plan-since = ຕັ້ງແຕ່ { $date }
plan-follow-route = ຊ່ອງທາງກັບມາມີ{ $kinds }
plan-route-open-until = ຮັບຄຳຮ້ອງຮອດ { $date }
plan-no-route-known = ບໍ່ພົບຊ່ອງທາງກັບມາມີ{ $kinds }
plan-no-route-open = ບໍ່ພົບຊ່ອງທາງທີ່ເປີດໃຫ້ທ່ານໃນວັນທີ { $date } (ກົດລະບຽບ { $rules }): ຂໍຄວາມຊ່ວຍເຫຼືອດຽວນີ້ ກ່ອນໄປຫ້ອງການ
plan-record-or-obtain = ຖ້າມີ{ $kinds }ແລ້ວ ໃຫ້ບັນທຶກໄວ້; ຖ້າບໍ່ມີ ໃຫ້ໄປເຮັດ
plan-need-for = ຄົນທີ່ມີເອກະສານຄືທ່ານຕ້ອງມີເອກະສານນີ້ ({ $rule })

situation-in_status = ມີສະຖານະຖືກກົດໝາຍ
situation-ending_soon = ເອກະສານໃກ້ໝົດອາຍຸ
situation-out_of_status = ຂາດສະຖານະຖືກກົດໝາຍ
situation-nothing_recorded = ຍັງບໍ່ໄດ້ບັນທຶກຫຍັງ
situation-unknown = ບໍ່ຮູ້
standing-in-status = ເອກະສານຂອງທ່ານຖືກຕ້ອງຄົບຖ້ວນ.
standing-ending-soon = ເອກະສານທີ່ເຮັດໃຫ້ທ່ານຢູ່ຢ່າງຖືກກົດໝາຍຈະໝົດອາຍຸໃນໄວໆນີ້ ຫຼື ຕ້ອງດຳເນີນການດຽວນີ້.
standing-out-of-status = ທ່ານຂາດສະຖານະຖືກກົດໝາຍຕັ້ງແຕ່ { $date } ເມື່ອ{ $kind }ຂອງທ່ານສິ້ນສຸດ.
standing-nothing-recorded = ຍັງບໍ່ມີຫຍັງບັນທຶກໄວ້. ເລີ່ມຈາກເອກະສານທີ່ທ່ານມີ.
standing-unknown = doctrack ບອກສະຖານະຂອງທ່ານບໍ່ໄດ້: ຍັງບໍ່ໄດ້ບັນທຶກ{ $kinds }.
standing-if-resolution = ຖ້າທ່ານຂຶ້ນທະບຽນຕາມມະຕິຄະນະລັດຖະມົນຕີວັນທີ { $date }, ໃຫ້ບັນທຶກໄວ້: ແຜນຂອງທ່ານຈະປ່ຽນ.
standing-if-resolution-id = ຖ້າທ່ານຂຶ້ນທະບຽນຕາມມະຕິຄະນະລັດຖະມົນຕີ { $cohort }, ໃຫ້ບັນທຶກໄວ້: ແຜນຂອງທ່ານຈະປ່ຽນ.
standing-if-mou = ຖ້າທ່ານເຂົ້າມາປະເທດໄທຕາມ MOU, ໃຫ້ບັນທຶກໄວ້: ແຜນຂອງທ່ານຈະປ່ຽນ.

supplier-worker = ທ່ານ
supplier-employer = ນາຍຈ້າງຂອງທ່ານ
supplier-embassy = ສະຖານທູດຂອງທ່ານ
supplier-employment_office = ຫ້ອງການຈັດຫາງານ
supplier-immigration = ກວດຄົນເຂົ້າເມືອງ
supplier-hospital = ໂຮງໝໍ ຫຼື ຄລີນິກ
supplier-insurer = ບໍລິສັດປະກັນໄພ
supplier-district_office = ຫ້ອງການເມືອງ (ອຳເພີ)
thing-photos = ຮູບຖ່າຍ
thing-fee = ຄ່າທຳນຽມ
thing-application_form = ແບບຟອມຄຳຮ້ອງ
thing-biometrics = ສະແກນລາຍນິ້ວມື ແລະ ຖ່າຍຮູບທີ່ຫ້ອງການ
thing-name_list = ບັນຊີລາຍຊື່ຈາກນາຍຈ້າງຂອງທ່ານ (ຫຼື ໃບຮັບ)
thing-receipt = ໃບຮັບການຕໍ່ອາຍຸ ແລະ ໃບເສັດຄ່າທຳນຽມ
thing-tax_receipt = ໃບເສັດອາກອນລາຍໄດ້
thing-power_of_attorney = ໜັງສືມອບສິດ
thing-social_security = ເອກະສານປະກັນສັງຄົມ
problem-unknown-checklist-item = ບໍ່ມີລາຍການນີ້ໃນລາຍການສິ່ງທີ່ຕ້ອງກຽມນັ້ນ.
problem-unknown-route = ກົດລະບຽບທີ່ໃຊ້ຢູ່ບໍ່ມີຊ່ອງທາງນີ້.
field-checklist_item = ລາຍການທີ່ຕ້ອງກຽມ
field-route = ຊ່ອງທາງກັບມາຖືກກົດໝາຍ

event-custody_changed = ຄົນອື່ນເກັບເອກະສານໄວ້ ຫຼື ທ່ານໄດ້ຄືນແລ້ວ
event-photo_deleted = ຮູບຂອງມັນຖືກລຶບແລ້ວ
event-shared = ແບ່ງປັນໃຫ້ອົງການແລ້ວ
event-share_imported = ນຳເຂົ້າຈາກຂໍ້ມູນທີ່ແຮງງານແບ່ງປັນ
custodian-worker = ທ່ານ
custodian-employer = ນາຍຈ້າງຂອງທ່ານ
custodian-broker = ນາຍໜ້າ ຫຼື ບໍລິສັດຈັດຫາງານ
custodian-office = ຫ້ອງການລັດ
custodian-other = ຄົນອື່ນ
custodian-unknown = ບໍ່ຮູ້
payee-employer = ນາຍຈ້າງຂອງທ່ານ
payee-broker = ນາຍໜ້າ
payee-agency = ບໍລິສັດຈັດຫາງານ
payee-office = ຫ້ອງການລັດ
payee-other = ຄົນອື່ນ
field-custodian = ຜູ້ເກັບເອກະສານ
field-payee = ຈ່າຍໃຫ້
field-amount = ຈຳນວນເງິນ
field-currency = ສະກຸນເງິນ
field-province = ແຂວງ
field-problem = ເລື່ອງທີ່ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ
problem-unknown-province = ນີ້ບໍ່ແມ່ນແຂວງຂອງປະເທດໄທ. ຂຽນຊື່ເປັນພາສາອັງກິດ ຫຼື ພາສາໄທ.
reason-custody-flag-after = ເອກະສານທີ່{ $holder }ເກັບໄວ້ດົນກວ່າ { $span } ຈະຖືກແຈ້ງເຕືອນ
reason-custody-law = ກົດໝາຍລົງໂທດຜູ້ທີ່ເກັບໃບອະນຸຍາດເຮັດວຽກ ຫຼື ເອກະສານປະຈຳຕົວຂອງແຮງງານໄວ້
reason-overcharge-limit = ການຈ່າຍເງິນເກີນ { $percent } % ຂອງຄ່າທຳນຽມທາງການຈະຖືກແຈ້ງເຕືອນ
reason-route-fees = ຄ່າທຳນຽມທາງການຂອງຊ່ອງທາງນີ້: { $amount }
plan-ask-back = ຂໍ{ $kind }ຂອງທ່ານຄືນຈາກ{ $holder } ພາຍໃນ { $date }
flag-document-held = { $kind }ຂອງທ່ານຢູ່ກັບ{ $holder }ຕັ້ງແຕ່ { $date } ({ $days } ວັນ). ທ່ານມີສິດເກັບເອກະສານຂອງຕົນເອງ.
flag-overcharge-paid = ທ່ານຈ່າຍ { $amount } ໃຫ້{ $payee }. ຄ່າທຳນຽມທາງການແມ່ນ { $official }.
flag-overcharge-asked = { $payee }ຮຽກເກັບເງິນຈາກທ່ານ { $amount }. ຄ່າທຳນຽມທາງການແມ່ນ { $official }.

problem-documents = ເອກະສານ ແລະ ການຕໍ່ອາຍຸ
problem-job_change = ເສຍວຽກ ຫຼື ປ່ຽນວຽກ
problem-wages = ຄ່າຈ້າງ, ສັນຍາ ແລະ ການຮ້ອງຮຽນ
problem-documents_held = ເອກະສານທີ່ຄົນອື່ນເກັບໄວ້
problem-trafficking = ການຂູດຮີດ ແລະ ການຄ້າມະນຸດ
problem-arrest = ການຈັບກຸມ ແລະ ການກັກຂັງ
problem-health = ສຸຂະພາບ, ການບາດເຈັບ ແລະ ເງິນທົດແທນ
service-kind-hotline = ສາຍດ່ວນ
service-kind-ngo = ອົງການທີ່ຊ່ວຍເຫຼືອແຮງງານ
service-kind-legal_aid = ການຊ່ວຍເຫຼືອທາງກົດໝາຍ
service-kind-union = ສະຫະພັນແຮງງານ ຫຼື ເຄືອຂ່າຍແຮງງານ
service-kind-labour_office = ຫ້ອງການແຮງງານ
service-kind-immigration_office = ຫ້ອງການກວດຄົນເຂົ້າເມືອງ
service-kind-embassy = ສະຖານທູດ ຫຼື ກົງສຸນ
service-kind-shelter = ບ່ອນພັກພິງ
service-kind-health = ບໍລິການສຸຂະພາບ
service-kind-police = ຕຳຫຼວດ
service-kind-radio = ວິທະຍຸສຳລັບແຮງງານຂ້າມຊາດ

## Words of the command-line tool: situation, help, checklists

ui-situation = ສະຖານະຂອງແຕ່ລະຄົນ
ui-flags = ຄຳເຕືອນສ່ວນຕົວສຳລັບ { $name } (ບໍ່ສະແດງເທິງໜ້າຈໍລັອກ)
ui-checklist-progress = ສິ່ງທີ່ຕ້ອງກຽມ: ພ້ອມແລ້ວ { $ready } ຈາກ { $total } ({ $list })
ui-help-names = ຂໍຄວາມຊ່ວຍເຫຼືອໄດ້ທີ່: { $names }
ui-route-name = ຊ່ອງທາງກັບມາຖືກກົດໝາຍ: { $name }
ui-services = ບ່ອນຂໍຄວາມຊ່ວຍເຫຼືອ ({ $count } ແຫ່ງ)
ui-services-none = ບໍ່ມີບໍລິການໃນລາຍຊື່ທີ່ກົງກັນ. ສາຍດ່ວນລະດັບຊາດສະແດງໄວ້ໂດຍບໍ່ລະບຸແຂວງ.
ui-service-verified = ກວດສອບຫຼ້າສຸດ { $date }
ui-service-sources = ແຫຼ່ງທີ່ມາ
ui-service-helps = ຊ່ວຍເລື່ອງ: { $helps }
ui-service-languages = ພາສາ: { $languages }
ui-item-ready = ພ້ອມແລ້ວ
ui-item-missing = ຍັງບໍ່ພ້ອມ
ui-item-supplier = ຈາກ{ $supplier }

## A renewal handed in: what its receipt covers

reason-receipt-covers = ໃນລະຫວ່າງລໍຖ້າຜົນການຕໍ່ອາຍຸ ໃບຮັບ ແລະ ໃບເສັດຄ່າທຳນຽມໃຊ້ແທນ{ $kind }ໄດ້
reason-pending-not-covered = ຍື່ນຕໍ່ອາຍຸວັນທີ { $date } ແຕ່ໃບຮັບບໍ່ໄດ້ຂະຫຍາຍອາຍຸ{ $kind }: ໃນລະຫວ່າງລໍຖ້າ ມັນຍັງໝົດອາຍຸຕາມວັນທີເດີມ
reason-follows-pending = ການຕໍ່ອາຍຸ{ $kind }ກຳລັງລໍຖ້າຜົນ ແລະ ໃບຮັບໃຊ້ແທນໄດ້: { $found }ຈຶ່ງລໍຖ້າໄປພ້ອມກັນ
reason-replaced-rule = ກົດລະບຽບເດີມ ຖືກແທນທີ່ດ້ວຍກົດລະບຽບຂ້າງເທິງຕັ້ງແຕ່ { $date }

## Notices: what a change of the rules changed for a person (docs/adr/0023).
notice-status = { $kind }ຂອງທ່ານ: ສະຖານະຕອນນີ້ແມ່ນ { $status } (ເດີມ { $was }).
notice-date-moved = { $kind }ຂອງທ່ານ: { $which } ຕອນນີ້ແມ່ນ { $date } (ເດີມ { $was }).
notice-date-added = { $kind }ຂອງທ່ານ: { $which } ຕອນນີ້ແມ່ນ { $date }.
notice-date-removed = { $kind }ຂອງທ່ານ: { $which } ບໍ່ມີອີກແລ້ວ (ເດີມ { $was }).
notice-fees = { $kind }ຂອງທ່ານ: ຄ່າທຳນຽມທາງການຕອນນີ້ແມ່ນ { $amount } (ເດີມ { $was }).
notice-fines = { $kind }ຂອງທ່ານ: ຄ່າປັບທີ່ຕ້ອງຈ່າຍຕອນນີ້ແມ່ນ { $amount } (ເດີມ { $was }).
notice-blocked = { $kind }ຂອງທ່ານ: ຕອນນີ້ການຕໍ່ອາຍຸຕິດເງື່ອນໄຂ ຈົນກວ່າເອກະສານທີ່ຕ້ອງໃຊ້ຈະຖືກຕ້ອງຄົບຖ້ວນ.
notice-unblocked = { $kind }ຂອງທ່ານ: ການຕໍ່ອາຍຸບໍ່ຕິດເງື່ອນໄຂແລ້ວ.
notice-step-added = ຂັ້ນຕອນໃໝ່ໃນແຜນຂອງທ່ານ: { $action }.
notice-step-removed = ບໍ່ຢູ່ໃນແຜນຂອງທ່ານອີກແລ້ວ: { $action }.
notice-from = ມີຜົນຕັ້ງແຕ່ { $date }.
notice-source = ແຫຼ່ງທີ່ມາ: { $source }.
reminder-short-notice = ກົດລະບຽບກ່ຽວກັບເອກະສານຂອງທ່ານປ່ຽນແປງແລ້ວ. ເປີດແອັບເພື່ອເບິ່ງວ່າມັນມີຜົນຕໍ່ທ່ານແນວໃດ.
reminder-detail-notice = ກົດລະບຽບປ່ຽນແປງແລ້ວ: ມີການປ່ຽນແປງ { $count } ລາຍການກ່ຽວກັບເອກະສານຂອງທ່ານໃຫ້ອ່ານ.
