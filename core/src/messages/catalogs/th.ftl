### doctrack — Thai messages (ข้อความภาษาไทย), translated from en.ftl.
### review: draft
###
### Draft: not yet reviewed by a native speaker. A reviewer changes the line
### above to "review: reviewed" for the whole catalog, or marks one message
### with "# review: reviewed" directly above it. Placeholders must stay those
### of the English message (the catalog tests check it). Thai has no plural
### forms: a number is followed by the same word.

## Helpers

span-days = { $n } วัน
span-weeks = { $n } สัปดาห์
span-months = { $n } เดือน
span-years = { $n } ปี
money = { $amount } { $currency }
list-or = { $first } หรือ { $second }

## Review states of a text

review-reviewed = ตรวจทานแล้ว
review-draft = ฉบับร่าง: ยังไม่ได้ตรวจทานโดยเจ้าของภาษา

## Months, as Thai documents abbreviate them

month-1 = ม.ค.
month-2 = ก.พ.
month-3 = มี.ค.
month-4 = เม.ย.
month-5 = พ.ค.
month-6 = มิ.ย.
month-7 = ก.ค.
month-8 = ส.ค.
month-9 = ก.ย.
month-10 = ต.ค.
month-11 = พ.ย.
month-12 = ธ.ค.

## Document kinds

kind-passport = หนังสือเดินทาง
kind-certificate_of_identity = เอกสารรับรองบุคคล (CI)
kind-visa = วีซ่า / การอนุญาตให้อยู่
kind-work_permit = ใบอนุญาตทำงาน
kind-pink_card = บัตรสีชมพู
kind-seabook = หนังสือคนประจำเรือ (Seabook)
kind-fishing_crew_permission = หนังสืออนุญาตให้ทำงานในเรือประมง
kind-health_insurance = ประกันสุขภาพ
kind-health_check = การตรวจสุขภาพ
kind-ninety_day_report = การรายงานตัว 90 วัน

## Time statuses

status-not_applicable = ไม่เกี่ยวข้อง
status-valid = ยังใช้ได้
status-window_open = ยื่นต่ออายุได้แล้ว
status-due_soon = ใกล้ครบกำหนด
status-blocked = ติดเงื่อนไข
status-in_grace = อยู่ในช่วงผ่อนผัน
status-expired = หมดอายุ
status-job_change = กำลังหานายจ้างใหม่
status-awaiting_decision = รอผลการพิจารณา

## Lifecycle states

state-unrecorded = ยังไม่ได้บันทึก
state-active = ใช้งานอยู่
state-renewal_in_progress = กำลังต่ออายุ
state-superseded = ถูกแทนที่แล้ว
state-lost = สูญหาย
state-cancelled = ถูกยกเลิก
state-archived = เก็บเข้าแฟ้มแล้ว

## Events

event-recorded = บันทึกแล้ว
event-details_corrected = แก้ไขรายละเอียด
event-renewal_started = เริ่มต่ออายุ
event-renewal_submitted = ยื่นต่ออายุแล้ว
event-renewal_approved = อนุมัติการต่ออายุ
event-renewal_rejected = ไม่อนุมัติการต่ออายุ
event-reported_lost = แจ้งสูญหาย
event-replacement_received = ได้รับฉบับใหม่แทน
event-cancelled = ยกเลิก
event-employer_changed = เปลี่ยนนายจ้าง
event-report_filed = รายงานตัว 90 วันแล้ว
event-archived = เก็บเข้าแฟ้ม
event-event_retracted = ยกเลิกเหตุการณ์ที่บันทึกผิด

## Computed dates

date-valid_until = ใช้ได้ถึง
date-window_opens = เริ่มยื่นต่ออายุได้
date-due_soon_from = ใกล้ครบกำหนดตั้งแต่
date-deadline = วันครบกำหนด
date-grace_ends = สิ้นสุดช่วงผ่อนผัน
date-term_limit = ต่ออายุได้ไม่เกิน
date-report_due = ครบกำหนดรายงานตัว 90 วัน
date-report_window_opens = เริ่มรายงานตัวได้
date-report_window_closes = ปิดรับรายงานตัว
date-job_change_deadline = ต้องหานายจ้างใหม่ภายใน
date-decision_follow_up = สอบถามผลได้ตั้งแต่

## Plan actions

action-renew = ต่ออายุ
action-file_report = รายงานตัว 90 วัน
action-find_employer = หานายจ้างใหม่
action-obtain = ทำเอกสาร
action-reapply_from_home = กลับประเทศแล้วยื่นใหม่ตาม MOU ใหม่
action-await_decision = รอผลการพิจารณา

## Confidence of a rule

confidence-high = เชื่อถือได้สูง
confidence-medium = เชื่อถือได้ปานกลาง
confidence-low = เชื่อถือได้ต่ำ
confidence-setting = ค่าเริ่มต้นที่ผู้ดูแลกฎเลือกไว้

## Why a document was cancelled

cancel-left_employer = ออกจากนายจ้าง
cancel-revoked = ถูกเพิกถอน
cancel-left_country = ออกนอกประเทศ
cancel-other = เหตุผลอื่น

## Kinds of stored record

record-person = บุคคล
record-document = เอกสาร
record-event = เหตุการณ์
record-attachment = ไฟล์แนบ
record-attachment_chunk = ส่วนของไฟล์แนบ
record-key_slot = ช่องกุญแจ
record-meta = ข้อมูลของที่เก็บ
record-log = บันทึกเหตุการณ์ทั้งหมด
record-reminder = การเตือน

## Input fields (for problems with what was typed)

field-display_name = ชื่อ
field-number = หมายเลข
field-issuing_authority = หน่วยงานที่ออก
field-employer = นายจ้าง
field-notes = บันทึก
field-label = ชื่อเรียก
field-text = ข้อความ
field-date = วันที่
field-issued_on = วันที่ออก
field-expires_on = วันหมดอายุ
field-on = วันที่
field-country = ประเทศ
field-cohort = กลุ่มแรงงาน
field-language = ภาษา
field-kind = ประเภทเอกสาร
field-links = เอกสารที่เชื่อมโยง
field-event = เหตุการณ์
field-person = บุคคล
field-id = รหัส
field-passphrase = รหัสผ่าน
field-key = กุญแจ
field-key_slot = ช่องกุญแจ
field-photo = รูปภาพ
field-mime = ประเภทไฟล์
field-path = ไฟล์
field-message = ข้อความ
field-rules = กฎ
field-snooze_until = วันที่เลื่อนการเตือนไป
field-reminder_time = เวลาเตือน

## Problems with what was typed

problem-empty = { $field }ต้องไม่ว่าง
problem-too-long = { $field }ยาวเกิน { $max } ตัวอักษร
problem-too-short = { $field }ต้องมีอย่างน้อย { $min } ตัวอักษร
problem-control-characters = { $field }มีอักขระควบคุม
problem-bad-characters = { $field }มีอักขระที่ใช้ไม่ได้
problem-not-a-date = { $field }ไม่ใช่วันที่ พิมพ์ตามที่อยู่บนเอกสาร เช่น 31/03/2569 หรือ 31 มี.ค. 2569
problem-no-such-day = ไม่มี{ $field }นี้ในปฏิทิน
problem-year-out-of-range = ปีของ{ $field }ไม่ใช่ปี ค.ศ. หรือปี พ.ศ. ที่เป็นไปได้
problem-ambiguous-year = ปีของ{ $field }มีแค่สองหลักจึงไม่ชัดเจน พิมพ์ปีให้ครบสี่หลักตามที่พิมพ์บนเอกสาร (เช่น 2569 หรือ 2026)
problem-expiry-not-after-issue = { $field }ต้องอยู่หลังวันที่ออก
problem-no-expiry-for-kind = เอกสารประเภทนี้ไม่มี{ $field }
problem-entry-date-missing = การรายงานตัว 90 วันต้องใช้วันที่เข้าประเทศเป็น{ $field }
problem-employer-not-for-kind = มีเพียงใบอนุญาตทำงาน หนังสือคนประจำเรือ และหนังสืออนุญาตให้ทำงานในเรือประมงที่ระบุ{ $field }
problem-self-link = เอกสารเป็น{ $field }ของตัวเองไม่ได้
problem-reserved-link = การเชื่อมโยงการต่ออายุและฉบับแทนกำหนดโดยเหตุการณ์ของมันเอง ไม่ได้พิมพ์เป็น{ $field }
problem-bad-link = { $field }ต้องมีอยู่และเป็นของบุคคลเดียวกัน
problem-duplicate-id = { $field }นี้ถูกใช้แล้ว
problem-unknown-country = { $field }ต้องเป็นรหัส ISO 3166 สองตัวอักษร เช่น MM, KH, LA, VN หรือ TH
problem-unknown-cohort = ไม่มีกฎที่ใช้อยู่รู้จัก{ $field }นี้ ที่รู้จัก: { $known }
problem-unknown-language = { $field }ต้องเป็นหนึ่งใน en, th, my, km, lo
problem-unknown-kind = ไม่รู้จัก{ $field }นี้
problem-not-an-id = นี่ไม่ใช่{ $field }
problem-wrong-length = { $field }ต้องยาว { $expected } ไบต์พอดี
problem-too-large = { $field }ใหญ่เกินขีดจำกัด { $limit } ไบต์
problem-not-a-mime-type = { $field }ต้องมีรูปแบบเช่น image/jpeg
problem-last-key-slot = ลบ{ $field }อันสุดท้ายไม่ได้ มิฉะนั้นจะเปิดที่เก็บไม่ได้อีก
problem-event-not-for-kind = "{ $event }" ใช้กับเอกสารประเภทนี้ไม่ได้
problem-event-out-of-order = "{ $event }" ลงวันที่ก่อนเหตุการณ์ล่าสุดของเอกสาร ตรวจสอบ{ $field }
problem-event-for-other-document = { $field }เป็นของเอกสารอื่น
problem-successor-mismatch = เอกสารใหม่ต้องเป็นของบุคคลเดียวกันและเป็น{ $field }เดียวกัน
problem-self-successor = เอกสารต่ออายุหรือแทนที่ตัวเองไม่ได้
problem-person-archived = { $field }นี้ถูกเก็บเข้าแฟ้มแล้ว
problem-use-dedicated-call = "{ $event }" บันทึกด้วยคำสั่งของมันเอง พร้อมกับเอกสารใหม่
problem-not-a-path = ที่อยู่{ $field }ว่างหรือใช้ไม่ได้
problem-file-unreadable = อ่าน{ $field }ไม่ได้
problem-folder-missing = ไม่มีโฟลเดอร์สำหรับ{ $field }
problem-not-later = { $field }ต้องเป็นวันหลังจากนี้
problem-not-a-time = { $field }ต้องเป็นเวลาระหว่าง 00:00 ถึง 23:59
problem-too-many = { $field }มีได้ไม่เกิน { $limit }
problem-not-retractable = ยกเลิก "{ $event }" ไม่ได้ ให้บันทึกเหตุการณ์ใหม่หรือแก้ไขรายละเอียดแทน
problem-later-events-depend = มีเหตุการณ์หลังจากนั้นที่ขึ้นกับ "{ $event }" ให้ยกเลิกเหตุการณ์เหล่านั้นก่อน โดยเริ่มจากล่าสุด
problem-other = { $field }ไม่ถูกต้อง: { $reason }

## What a reminder is about

reminder-kind-window_opens = เริ่มยื่นต่ออายุได้
reminder-kind-report_window = เริ่มรายงานตัวได้
reminder-kind-due_soon = ใกล้ครบกำหนด
reminder-kind-deadline = ครบกำหนดวันนี้
reminder-kind-grace = ช่วงผ่อนผัน
reminder-kind-overdue = เลยกำหนดแล้ว

## What was done with a reminder

reminder-state-pending = ตั้งเวลาไว้แล้ว
reminder-state-done = ทำแล้ว
reminder-state-dismissed = ปิดแล้ว
reminder-state-snoozed = เลื่อนการเตือน

## Reasons

reason-printed-expiry = วันหมดอายุที่พิมพ์บนเอกสาร { $date }
reason-issued-on = ออกให้เมื่อ { $date }
reason-validity-term = เอกสารใหม่มีอายุ { $span }
reason-end-of-authorisation = การอนุญาตสิ้นสุดวันที่ { $date }
reason-replaces-printed-date = ใช้แทนวันที่บนเอกสาร ({ $date })
reason-no-expiry = ไม่มีวันหมดอายุที่บันทึกไว้ และไม่มีกฎที่กำหนดอายุ
reason-capped-by = ใช้ได้ไม่เกินอายุของ{ $kinds }
reason-lapses-with = สิ้นสุดพร้อมกับ{ $kinds }
reason-related-ends = { $kind }สิ้นสุดวันที่ { $date }
reason-deadline-after-expiry = วันครบกำหนดคือ { $span } หลังเอกสารหมดอายุ
reason-term-limit = รวมแล้วไม่เกิน { $span } นับจากเอกสารฉบับแรก (ออกเมื่อ { $date })
reason-chain-start = { $kind }ฉบับแรกของชุดนี้ออกเมื่อ { $date }
reason-window-opens = เริ่มยื่นต่ออายุได้ { $span } ก่อนวันครบกำหนด ({ $date })
reason-due-soon = ถือว่าใกล้ครบกำหนดตั้งแต่ { $span } ก่อนวันครบกำหนด ({ $date })
reason-processing-time = การดำเนินการมักใช้เวลาประมาณนี้ จึงถือว่าใกล้ครบกำหนดตั้งแต่ { $span } ก่อนวันครบกำหนด ({ $date })
reason-grace = มีช่วงผ่อนผัน { $span } หลังวันครบกำหนด ({ $date })
reason-prerequisite-missing = การต่ออายุต้องมี{ $kinds }ที่ใช้ได้ถึง { $until } (ต้องใช้วันที่ { $needed }) แต่ยังไม่มี{ $kinds }ที่ใช้ได้บันทึกไว้
reason-prerequisite-ends = การต่ออายุต้องมี{ $kinds }ที่ใช้ได้ถึง { $until } (ต้องใช้วันที่ { $needed }) แต่{ $found }หมดอายุวันที่ { $found_until }
reason-prerequisite-no-expiry = การต่ออายุต้องมี{ $kinds }ที่ใช้ได้ถึง { $until } (ต้องใช้วันที่ { $needed }) แต่{ $found }ไม่มีวันหมดอายุที่ทราบ
reason-last-report-filed = รายงานตัวครั้งล่าสุดเมื่อ { $date }
reason-date-of-entry = วันที่เข้าประเทศ { $date }
reason-entry-date-missing = ไม่ได้บันทึกวันที่เข้าประเทศ
reason-no-recurring-rule = ไม่มีกฎสำหรับหน้าที่ที่ต้องทำซ้ำนี้ในวันดังกล่าว
reason-report-due = ต้องรายงานตัวทุก { $span } นับจากวันเข้าประเทศหรือการรายงานครั้งล่าสุด
reason-report-window-opens = เริ่มรายงานตัวได้ { $span } ก่อนวันครบกำหนด ({ $date })
reason-report-window-closes = ยังรายงานตัวได้อีก { $span } หลังวันครบกำหนด ({ $date })
reason-left-employer = ออกจากนายจ้างเมื่อ { $date }
reason-job-change-period = ต้องหานายจ้างใหม่ภายใน { $span } (ระยะเวลาที่ใช้บังคับในวันที่ { $date } ซึ่งเป็นวันที่ออกจากนายจ้าง)
reason-fee = { $label }: { $amount }
reason-fine = { $label }: { $amount } หลังจากล่าช้า { $days } วัน (ตั้งแต่ { $date })
reason-reminder = เตือน { $span } ก่อน{ $target } ({ $date })
reason-superseded = ถูกแทนที่ด้วยการต่ออายุเมื่อ { $date }
reason-replaced = ได้รับฉบับใหม่แทนเมื่อ { $date }
reason-lost = แจ้งสูญหายเมื่อ { $date } บันทึกฉบับใหม่เมื่อได้รับ
reason-cancelled = ยกเลิกเมื่อ { $date }
reason-archived = เก็บเข้าแฟ้มเมื่อ { $date }
reason-current = ใช้งานอยู่
reason-renewal-submitted-on = ยื่นต่ออายุเมื่อ { $date }
reason-no-decision-yet = ยังไม่มีผลการพิจารณาตั้งแต่ { $date } ตั้งแต่ { $follow_up } ให้สอบถามที่สำนักงานที่ยื่นพร้อมใบรับคำขอ หรือขอความช่วยเหลือจากองค์กรช่วยเหลือ
reason-decision-follow-up = ถ้ายังไม่มีผลการพิจารณาหลังยื่น { $span } ให้สอบถามที่สำนักงาน
reason-awaiting-decision = รอผลการพิจารณาตั้งแต่ { $date } พกใบรับคำขอและใบเสร็จไว้ ใช้คุ้มครองระหว่างรอ

reason-related-cancelled = { $kind }ถูกยกเลิกเมื่อ { $date }
reason-related-job-change = { $kind }ถูกยกเลิกเมื่อแรงงานออกจากนายจ้างวันที่ { $left } ต้องหานายจ้างใหม่ภายใน { $date }
reason-job-change-done = { $kind }ฉบับใหม่ออกเมื่อ { $date } ภายในระยะเวลาเปลี่ยนนายจ้าง การเปลี่ยนนายจ้างเสร็จสิ้นแล้ว
reason-fee-on-submission = { $label }: { $amount } (ค่าธรรมเนียมที่ใช้บังคับวันที่ { $date } เมื่อยื่นต่ออายุ)
reason-fine-with-waiver = { $label }: { $amount } สำหรับการล่าช้า { $days } วัน (ล่าช้าตั้งแต่ { $date }; ไม่คิด { $waived } วัน)

## Notes on a document

note-renewal-submitted = ยื่นต่ออายุเมื่อ { $date } รอผลการพิจารณา
note-renewal-started = เริ่มต่ออายุเมื่อ { $date }
note-capped-by-missing = ใช้ได้ไม่เกินอายุของ{ $kinds } ({ $rule }) แต่ยังไม่มี{ $kinds }ที่ใช้ได้บันทึกไว้
note-lapses-with-missing = สิ้นสุดพร้อมกับ{ $kinds } ({ $rule }) แต่ยังไม่มี{ $kinds }ที่ใช้ได้บันทึกไว้

note-unless-document = { $rule } ไม่ใช้บังคับ: มี{ $kind }ออกเมื่อ { $date } (ภายใน { $by })
note-unless-event = { $rule } ไม่ใช้บังคับ: { $event } เมื่อ { $date } (ภายใน { $by })
note-fine-waived-period = { $label }: ไม่คิด { $days } วัน ระหว่าง { $from } ถึง { $to } ({ $rule })
note-fine-waived-pending = { $label }: ไม่คิด { $days } วัน ระหว่างรอผลการต่ออายุที่ยื่นเมื่อ { $date } ({ $rule })
note-resolution-outlasts-upstream = { $kinds }สิ้นสุดวันที่ { $date } ก่อนวันสิ้นสุดที่กำหนดโดย { $rule } มติครอบคลุมเอกสารนี้ถึงวันดังกล่าว แต่ควรต่ออายุ{ $kinds }ให้ทัน

## Warnings about the input

warning-events-do-not-fold = เอกสาร { $document }: เรียงลำดับเหตุการณ์ไม่ได้ จึงไม่แสดง
warning-rule-cycle = เอกสาร { $document }: กฎของเอกสารอ้างถึงกันเป็นวง จึงไม่แสดง
warning-holder-unknown = เอกสาร { $document }: ไม่พบเจ้าของเอกสารในรายชื่อ จึงไม่แสดง
warning-ambiguous-rules = เอกสาร { $document }: กฎ { $rules } กำหนด { $slot } ทั้งหมด ใช้ { $chosen }
warning-unreadable-records = มี { $count } รายการที่ไม่ผ่านการตรวจความถูกต้อง จึงไม่แสดง

## The renewal plan

plan-renew = ต่ออายุ{ $kinds }
plan-obtain = ทำ{ $kinds }
plan-file-report = รายงานตัว 90 วัน
plan-find-employer = หานายจ้างใหม่
plan-reapply-from-home = กลับประเทศแล้วยื่นใหม่ตาม MOU ใหม่
plan-by = ภายใน { $date }
plan-from = ตั้งแต่ { $date }
plan-window-opens-on = เริ่มยื่นได้วันที่ { $date }
plan-status = { $status }
plan-must-be-valid-until = ต้องใช้ได้ถึง { $date } จึงจะต่ออายุ{ $kind }ได้
plan-needed-to-renew = ต้องใช้เพื่อต่ออายุ{ $kind }
plan-today = วันนี้
plan-overdue = เลยกำหนด { $days } วัน (ตั้งแต่ { $date })
plan-get-help = เลยกำหนดแล้ว ให้ไปที่สำนักงานพร้อมเอกสารโดยเร็วที่สุด หรือขอความช่วยเหลือจากองค์กรช่วยเหลือ
plan-follows-job-change = { $kind }ขึ้นกับใบอนุญาตทำงาน ใช้ได้ถึง { $date } หลังจากนั้นต้องมีนายจ้างใหม่
plan-fine = ค่าปรับถึงตอนนี้: { $label } { $amount } (ช้า { $days } วัน)
plan-fee = ค่าธรรมเนียมทางการ: { $label } { $amount }
plan-ended-with-job = { $kind }สิ้นสุดเมื่อออกจากนายจ้าง นายจ้างใหม่ต้องยื่นขอฉบับใหม่
plan-await-decision = รอผลการพิจารณา{ $kinds } พกใบรับคำขอและใบเสร็จไว้กับตัว
plan-advice = doctrack แนะนำ (ค่าเริ่มต้นที่ผู้ดูแลกฎเลือกไว้ ไม่ใช่ข้อบังคับตามกฎหมาย)

## What blocks a renewal

blocker-needs = ติดเงื่อนไข: ต้องมี{ $kinds }ที่ใช้ได้ถึง { $date }
blocker-term-limit = ติดเงื่อนไข: ต่ออายุเกิน { $date } ไม่ได้ (ครบระยะเวลารวมสูงสุด)

## Reminders: the short texts (-short-) are for the lock screen and name no
## document, country, person or date; the others are for inside the app.

reminder-title = การเตือนเรื่องเอกสาร
reminder-short-window-opens = วันนี้เริ่มยื่นต่ออายุเอกสารได้แล้ว เปิดแอปเพื่อดูรายละเอียด
reminder-short-report-window = วันนี้เริ่มยื่นรายงานได้แล้ว เปิดแอปเพื่อดูรายละเอียด
reminder-short-due-soon = เอกสารของคุณจะครบกำหนดในอีก { $days } วัน
reminder-short-deadline = วันนี้เป็นวันครบกำหนดของเอกสาร
reminder-short-grace = เลยวันครบกำหนดของเอกสารแล้ว ช่วงผ่อนผันจะหมดในอีก { $days } วัน
reminder-short-overdue = เลยวันครบกำหนดของเอกสารแล้ว เปิดแอปเพื่อดูว่าต้องทำอะไร
reminder-window-opens = { $kind }ของคุณ: ยื่นต่ออายุได้ตั้งแต่วันนี้ (ครบกำหนด: { $date })
reminder-report-window = การรายงานตัว 90 วัน: รายงานได้ตั้งแต่วันนี้ (ครบกำหนด: { $date }; ปิดรับ: { $until })
reminder-due-soon = { $kind }ของคุณ: เหลืออีก { $days } วัน ({ $target }: { $date })
reminder-deadline = { $kind }ของคุณ: วันนี้เป็นวันสุดท้าย ({ $target }: { $date })
reminder-grace = { $kind }ของคุณ: เลยวันครบกำหนดแล้ว ช่วงผ่อนผันสิ้นสุดวันที่ { $date } (เหลืออีก { $days } วัน)
reminder-overdue = { $kind }ของคุณ: เลยกำหนดมาตั้งแต่ { $date } ให้ดำเนินการทันที หรือขอความช่วยเหลือ

## Errors shown to people

error-wrong-secret = รหัสผ่านหรือกุญแจไม่ถูกต้อง ลองอีกครั้ง
error-key-unavailable = ตอนนี้ใช้กุญแจของโทรศัพท์ไม่ได้ ปลดล็อกโทรศัพท์ หรือเปิดด้วยรหัสผ่านของคุณ
error-integrity = ข้อมูล{ $record }รายการหนึ่งเสียหายและอ่านไม่ได้ ข้อมูลส่วนอื่นของคุณยังปลอดภัย
error-storage-corrupt = ที่เก็บเอกสารเสียหาย ไม่มีอะไรถูกลบ ให้กู้คืนจากข้อมูลสำรองหรือขอความช่วยเหลือ
error-unsupported-version = ที่เก็บนี้บันทึกโดยแอปรุ่นที่ใหม่กว่า (รุ่น { $found } แอปนี้อ่านได้ถึงรุ่น { $supported }) กรุณาอัปเดตแอป
error-already-exists = มีไฟล์อยู่ที่นั่นแล้ว ไม่มีอะไรถูกเขียนทับ
error-store-missing = ไม่พบที่เก็บเอกสารที่นั่น
error-storage-full = พื้นที่ในโทรศัพท์เต็ม ไม่มีอะไรถูกบันทึก ลบข้อมูลบางส่วนแล้วลองอีกครั้ง
error-read-only = เขียนที่เก็บตรงนี้ไม่ได้ ไม่มีอะไรถูกบันทึก
error-rolled-back = นี่เป็นสำเนาที่เก่ากว่าที่เก็บที่โทรศัพท์เครื่องนี้เห็นครั้งล่าสุด จึงไม่แสดงอะไร กู้คืนข้อมูลสำรองล่าสุดของคุณ หรือเลือกเก็บสำเนานี้ไว้
error-anchor-unavailable = เข้าถึงพื้นที่เก็บที่ปกป้องของโทรศัพท์เพื่อตรวจที่เก็บไม่ได้ ปลดล็อกโทรศัพท์แล้วลองอีกครั้ง
error-busy = ที่เก็บกำลังถูกใช้งาน ลองอีกครั้งในอีกสักครู่
error-index-damaged = ดัชนีบางส่วนของที่เก็บเสียหาย ไม่มีข้อมูลสูญหาย ให้ซ่อมที่เก็บเพื่อสร้างดัชนีใหม่
error-illegal-transition = เอกสารที่มีสถานะ "{ $state }" บันทึกว่า "{ $event }" ไม่ได้
error-not-found = ไม่พบ{ $record }นี้
error-rules-invalid = กฎการต่ออายุไม่ถูกต้องและไม่ได้ถูกโหลด
error-closed = ที่เก็บถูกปิดแล้ว เปิดใหม่อีกครั้ง
error-backup-invalid = ไฟล์สำรองเสียหาย ถูกแก้ไข หรือไม่ตรงกับที่เก็บนี้ ไม่มีอะไรถูกนำเข้า
error-internal = เกิดข้อผิดพลาดภายใน doctrack ไม่มีข้อมูลสูญหาย

## Words of the command-line tool and other front ends

ui-title = doctrack — เอกสารและวันครบกำหนด
ui-store-summary = ที่เก็บ: { $store }; เข้ารหัสแล้ว, { $people } คน, เอกสาร { $documents } ฉบับ
ui-rules-and-date = กฎ: { $rules }; วันที่: { $date }
ui-rules-bundled = { $set } (มีมาในโปรแกรม, { $count } กฎ)
ui-rules-files = { $set } (จากไฟล์, { $count } กฎ)
ui-warning = คำเตือน: { $text }
ui-dashboard = ภาพรวม (เรื่องด่วนที่สุดอยู่บน)
ui-column-person = บุคคล
ui-column-document = เอกสาร
ui-column-state = สภาพ
ui-column-status = สถานะ
ui-column-expires = หมดอายุ
ui-column-days-left = เหลือ (วัน)
ui-column-next-deadline = กำหนดถัดไป
ui-no-documents = ยังไม่มีเอกสาร
ui-today = วันนี้
ui-days = { $days } วัน
ui-days-late = ช้า { $days } วัน
ui-plan = แผนต่ออายุ (สิ่งที่ต้องทำ ตามลำดับ)
ui-plan-empty = ไม่มีอะไรต้องทำในอีก { $span }
ui-plan-after = หลังจาก{ $steps }
ui-plan-step = ขั้นที่ { $n }
ui-why-status = สถานะ
ui-why-note = หมายเหตุ
ui-basis-document = บนเอกสาร
ui-basis-event = ประวัติ
ui-basis-related = เอกสารที่เกี่ยวข้อง
ui-basis-holiday = วันหยุดราชการ
ui-basis-weekend = วันหยุดสุดสัปดาห์
ui-reminders = การเตือนครั้งถัดไป ({ $span })
ui-reminders-empty = ไม่มีการเตือนในอีก { $span }
ui-status-advice = { $status } (คำแนะนำ)
ui-lock-screen = หน้าจอล็อก
ui-draft-notice = ข้อความภาษานี้เป็นฉบับร่างที่ยังไม่ได้ตรวจทานโดยเจ้าของภาษา บางส่วนอาจผิด ภาษาอังกฤษ: --lang en
ui-demo-footer = ข้อมูลตัวอย่างเท่านั้น วันที่มาจากกฎใน rules/th (ใช้ --why เพื่อดูกฎและแหล่งที่มาของแต่ละรายการ)
ui-demo-temporary-store = ที่เก็บชั่วคราว ลบเมื่อจบการทำงาน
ui-demo-your-store = ที่เก็บของคุณ

## Rule packs, office days and the rules in use

ui-rules-pack = { $set } (ชุดกฎที่ติดตั้ง, { $count } กฎ)
date-act_by = ไปดำเนินการภายใน (วันทำการสุดท้าย)
error-pack-bad-signature = ชุดกฎที่อัปเดตนี้ถูกแก้ไขหลังจากลงนาม อย่าใช้ กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-malformed = ไฟล์นี้ไม่ใช่ชุดกฎที่อัปเดต หรือเสียหาย กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-needs-newer-library = ชุดกฎที่อัปเดตนี้ต้องใช้แอปรุ่นใหม่กว่า (doctrack { $needed } รุ่นนี้คือ { $current }) กรุณาอัปเดตแอป กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-not-newer = ชุดกฎที่อัปเดตนี้ (รุ่น { $offered }) ไม่ใหม่กว่ากฎที่มีอยู่ (รุ่น { $installed }) ไม่มีอะไรเปลี่ยนแปลง
error-pack-rules-invalid = ชุดกฎที่อัปเดตนี้มีข้อผิดพลาด { $count } รายการในกฎ จึงไม่ได้ติดตั้ง กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-share-not-a-share = นี่ไม่ใช่ข้อมูลที่แชร์จาก doctrack ไม่ได้เปิดอะไร
error-share-unsupported-format = ข้อมูลที่แชร์นี้ต้องใช้ doctrack รุ่นใหม่กว่า (รูปแบบ { $found }) กรุณาอัปเดต ไม่ได้เปิดอะไร
error-share-not-for-this-key = ข้อมูลที่แชร์นี้ถูกปิดผนึกสำหรับกุญแจขององค์กรอื่น ({ $key }) ไม่ใช่ของคุณ เปิดได้ด้วยกุญแจนั้นเท่านั้น
error-share-truncated = ข้อมูลที่แชร์นี้ไม่ครบ บางส่วนหายไป กรุณาขอใหม่ (สแกนคิวอาร์โค้ดทั้งหมด หรือส่งไฟล์ทั้งไฟล์)
error-share-damaged = ข้อมูลที่แชร์นี้ถูกแก้ไขหรือเสียหายหลังจากสร้าง อย่าใช้ ขอให้แรงงานแชร์ใหม่
error-share-expired = ความยินยอมของแรงงานสำหรับข้อมูลนี้สิ้นสุดเมื่อ { $date } จึงไม่ได้นำเข้า ขอให้แรงงานแชร์ใหม่
error-share-signer-changed = ข้อมูลนี้ลงนามด้วยกุญแจอื่น ({ $found }) ไม่ใช่กุญแจของการแชร์ครั้งก่อนของแรงงานคนเดียวกัน ({ $expected }) จึงไม่ได้มาจากโทรศัพท์เครื่องเดิม ตรวจสอบกับแรงงานก่อนยอมรับ
error-share-too-large-for-qr = ข้อมูลที่แชร์นี้ใช้ { $count } ไบต์ คิวอาร์โค้ดหนึ่งอันจุได้ { $max } ไบต์ ให้แชร์เป็นไฟล์ หรือเลือกเอกสารน้อยลง
error-share-photos-need-file = แชร์รูปได้เฉพาะในไฟล์ ไม่ใช่ในคิวอาร์โค้ด
error-share-not-a-key = นี่ไม่ใช่กุญแจสำหรับแชร์ ใช้กุญแจที่องค์กรให้คุณ
error-share-bad-until = การแชร์ต้องสิ้นสุดระหว่างวันนี้ถึงอีก { $days } วัน
error-pack-unknown-key = ชุดกฎที่อัปเดตนี้ลงนามโดยผู้ที่แอปนี้ไม่เชื่อถือ (กุญแจ { $key }) กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-unsigned = ชุดกฎที่อัปเดตนี้ไม่ได้ลงนาม จึงเชื่อถือไม่ได้ กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-unsupported-format = ชุดกฎที่อัปเดตนี้ต้องใช้แอปรุ่นใหม่กว่า (รูปแบบ { $found }) กรุณาอัปเดตแอป กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
error-pack-wrong-rule-set = ชุดกฎที่อัปเดตนี้เป็นของกฎชุดอื่น ("{ $found }" ไม่ใช่ "{ $expected }") กฎที่ใช้อยู่ไม่เปลี่ยนแปลง
plan-act-by-holiday = วันครบกำหนด { $deadline } เป็นวันหยุด ({ $holiday }) ที่สำนักงานปิด ให้ไปภายใน { $date }
plan-act-by-weekend = วันครบกำหนด { $deadline } ตรงกับวันหยุดสุดสัปดาห์ที่สำนักงานปิด ให้ไปภายใน { $date }
problem-not-a-key = { $field }ไม่ใช่กุญแจที่ doctrack ใช้ได้
reason-act-by = { $deadline } ({ $kind }) ไม่ใช่วันทำการของสำนักงาน วันทำการสุดท้ายก่อนหน้านั้นคือ { $date }
reason-closed-holiday = สำนักงานปิดวันที่ { $date }: { $holiday }
reason-closed-weekend = สำนักงานปิดวันเสาร์และวันอาทิตย์ ({ $date })
record-rule_pack = ชุดกฎ
rules-in-use = กฎ: { $set } รุ่น { $version }, { $date }
rules-in-use-unversioned = กฎ: { $set }

## Employer documents, routes back, what to bring, custody, payments and help

kind-employer_id = บัตรประจำตัวนายจ้างหรือหนังสือรับรองบริษัท
    .inline = บัตรประจำตัวนายจ้างหรือหนังสือรับรองบริษัท
kind-quota_letter = หนังสือโควตา (ดีมานด์)
    .inline = หนังสือโควตา (ดีมานด์)
kind-employment_contract = สัญญาจ้างงาน
    .inline = สัญญาจ้างงาน
kind-vessel_registration = ใบทะเบียนเรือ
    .inline = ใบทะเบียนเรือ
kind-crew_list = บัญชีคนประจำเรือ
    .inline = บัญชีคนประจำเรือ

status-lapsed = ต่ออายุไม่ได้แล้ว
date-renewable_until = ต่ออายุได้ถึง
action-cannot_renew = ต่ออายุไม่ได้แล้ว
action-follow_route = ใช้ช่องทางกลับมาถูกกฎหมาย
action-get_help = ขอความช่วยเหลือ
action-record_or_obtain = บันทึกหรือทำเอกสาร
reason-renewable-until-end = { $kind }ต่ออายุได้ถึง { $date } เท่านั้น หลังจากนั้นต้องยื่นคำขอใหม่
reason-renewable-late = ต่ออายุล่าช้าได้ภายใน { $span } หลังวันครบกำหนด จนถึง { $date }
reason-beyond-renewal = { $kind }ต่ออายุไม่ได้แล้วตั้งแต่ { $date } ต้องยื่นคำขอใหม่เท่านั้นจึงจะได้กลับมา
plan-cannot-renew = { $kinds }ต่ออายุไม่ได้แล้ว
plan-since = ตั้งแต่ { $date }
plan-follow-route = ช่องทางกลับมามี{ $kinds }
plan-route-open-until = รับคำขอถึง { $date }
plan-no-route-known = ไม่พบช่องทางกลับมามี{ $kinds }
plan-no-route-open = ไม่พบช่องทางที่เปิดให้คุณในวันที่ { $date } (กฎ { $rules }) ให้ขอความช่วยเหลือตอนนี้ ก่อนไปสำนักงาน
plan-record-or-obtain = ถ้ามี{ $kinds }อยู่แล้ว ให้บันทึกไว้ ถ้าไม่มี ให้ไปทำ
plan-need-for = คนที่มีเอกสารแบบเดียวกับคุณต้องมีเอกสารนี้ ({ $rule })

situation-in_status = มีสถานะถูกกฎหมาย
situation-ending_soon = เอกสารใกล้หมดอายุ
situation-out_of_status = ขาดสถานะถูกกฎหมาย
situation-nothing_recorded = ยังไม่ได้บันทึกอะไร
situation-unknown = ไม่ทราบ
standing-in-status = เอกสารของคุณถูกต้องครบถ้วน
standing-ending-soon = เอกสารที่ทำให้คุณอยู่อย่างถูกกฎหมายจะหมดอายุเร็ว ๆ นี้ หรือต้องดำเนินการตอนนี้
standing-out-of-status = คุณขาดสถานะถูกกฎหมายตั้งแต่ { $date } เมื่อ{ $kind }ของคุณสิ้นสุด
standing-nothing-recorded = ยังไม่มีอะไรบันทึกไว้ เริ่มจากเอกสารที่คุณมี
standing-unknown = doctrack บอกสถานะของคุณไม่ได้ เพราะยังไม่ได้บันทึก{ $kinds }
standing-if-resolution = ถ้าคุณขึ้นทะเบียนตามมติคณะรัฐมนตรีวันที่ { $date } ให้บันทึกไว้ แผนของคุณจะเปลี่ยน
standing-if-resolution-id = ถ้าคุณขึ้นทะเบียนตามมติคณะรัฐมนตรี { $cohort } ให้บันทึกไว้ แผนของคุณจะเปลี่ยน
standing-if-mou = ถ้าคุณเข้ามาประเทศไทยตาม MOU ให้บันทึกไว้ แผนของคุณจะเปลี่ยน

supplier-worker = คุณ
supplier-employer = นายจ้างของคุณ
supplier-embassy = สถานทูตของคุณ
supplier-employment_office = สำนักงานจัดหางาน
supplier-immigration = ตรวจคนเข้าเมือง
supplier-hospital = โรงพยาบาลหรือคลินิก
supplier-insurer = บริษัทประกัน
supplier-district_office = ที่ว่าการอำเภอ
thing-photos = รูปถ่าย
thing-fee = ค่าธรรมเนียม
thing-application_form = แบบคำขอ
thing-biometrics = สแกนลายนิ้วมือและถ่ายรูปที่สำนักงาน
thing-name_list = บัญชีรายชื่อจากนายจ้างของคุณ (หรือใบรับ)
thing-receipt = ใบรับคำขอต่ออายุและใบเสร็จค่าธรรมเนียม
thing-tax_receipt = ใบเสร็จภาษีเงินได้
thing-power_of_attorney = หนังสือมอบอำนาจ
thing-social_security = เอกสารประกันสังคม
problem-unknown-checklist-item = ไม่มีรายการนี้ในรายการสิ่งที่ต้องเตรียม
problem-unknown-route = กฎที่ใช้อยู่ไม่มีช่องทางนี้
field-checklist_item = รายการที่ต้องเตรียม
field-route = ช่องทางกลับมาถูกกฎหมาย

event-custody_changed = คนอื่นเก็บเอกสารไว้ หรือคุณได้คืนแล้ว
event-photo_deleted = รูปของเอกสารนี้ถูกลบแล้ว
event-shared = แชร์ให้องค์กรแล้ว
event-share_imported = นำเข้าจากข้อมูลที่แรงงานแชร์
custodian-worker = คุณ
custodian-employer = นายจ้างของคุณ
custodian-broker = นายหน้าหรือบริษัทจัดหางาน
custodian-office = หน่วยงานราชการ
custodian-other = คนอื่น
custodian-unknown = ไม่ทราบ
payee-employer = นายจ้างของคุณ
payee-broker = นายหน้า
payee-agency = บริษัทจัดหางาน
payee-office = หน่วยงานราชการ
payee-other = คนอื่น
field-custodian = ผู้เก็บเอกสาร
field-payee = จ่ายให้
field-amount = จำนวนเงิน
field-currency = สกุลเงิน
field-province = จังหวัด
field-problem = เรื่องที่ต้องการความช่วยเหลือ
problem-unknown-province = นี่ไม่ใช่จังหวัดในประเทศไทย เขียนชื่อเป็นภาษาอังกฤษหรือภาษาไทย
reason-custody-flag-after = เอกสารที่{ $holder }เก็บไว้นานกว่า { $span } จะถูกแจ้งเตือน
reason-custody-law = กฎหมายลงโทษผู้ที่เก็บใบอนุญาตทำงานหรือเอกสารประจำตัวของแรงงานไว้
reason-overcharge-limit = การจ่ายเงินเกิน { $percent } % ของค่าธรรมเนียมทางการจะถูกแจ้งเตือน
reason-route-fees = ค่าธรรมเนียมทางการของช่องทางนี้: { $amount }
plan-ask-back = ขอ{ $kind }ของคุณคืนจาก{ $holder } ภายใน { $date }
flag-document-held = { $kind }ของคุณอยู่กับ{ $holder }ตั้งแต่ { $date } ({ $days } วัน) คุณมีสิทธิ์เก็บเอกสารของตัวเอง
flag-overcharge-paid = คุณจ่าย { $amount } ให้{ $payee } ค่าธรรมเนียมทางการคือ { $official }
flag-overcharge-asked = { $payee }เรียกเก็บเงินจากคุณ { $amount } ค่าธรรมเนียมทางการคือ { $official }

problem-documents = เอกสารและการต่ออายุ
problem-job_change = ตกงานหรือเปลี่ยนงาน
problem-wages = ค่าจ้าง สัญญา และการร้องเรียน
problem-documents_held = คนอื่นเก็บเอกสารไว้
problem-trafficking = การเอารัดเอาเปรียบและการค้ามนุษย์
problem-arrest = การจับกุมและการควบคุมตัว
problem-health = สุขภาพ การบาดเจ็บ และเงินทดแทน
service-kind-hotline = สายด่วน
service-kind-ngo = องค์กรที่ช่วยเหลือแรงงาน
service-kind-legal_aid = ความช่วยเหลือทางกฎหมาย
service-kind-union = สหภาพแรงงานหรือเครือข่ายแรงงาน
service-kind-labour_office = สำนักงานแรงงาน
service-kind-immigration_office = สำนักงานตรวจคนเข้าเมือง
service-kind-embassy = สถานทูตหรือสถานกงสุล
service-kind-shelter = ที่พักพิง
service-kind-health = บริการสุขภาพ
service-kind-police = ตำรวจ
service-kind-radio = วิทยุสำหรับแรงงานข้ามชาติ

## Words of the command-line tool: situation, help, checklists

ui-situation = สถานะของแต่ละคน
ui-flags = คำเตือนส่วนตัวสำหรับ { $name } (ไม่แสดงบนหน้าจอล็อก)
ui-checklist-progress = สิ่งที่ต้องเตรียม: พร้อมแล้ว { $ready } จาก { $total } ({ $list })
ui-help-names = ขอความช่วยเหลือได้ที่: { $names }
ui-route-name = ช่องทางกลับมาถูกกฎหมาย: { $name }
ui-services = ที่ขอความช่วยเหลือ ({ $count } แห่ง)
ui-services-none = ไม่มีบริการในรายชื่อที่ตรงกัน สายด่วนระดับประเทศแสดงไว้โดยไม่ระบุจังหวัด
ui-service-verified = ตรวจสอบล่าสุด { $date }
ui-service-sources = แหล่งที่มา
ui-service-helps = ช่วยเรื่อง: { $helps }
ui-service-languages = ภาษา: { $languages }
ui-item-ready = พร้อมแล้ว
ui-item-missing = ยังไม่พร้อม
ui-item-supplier = จาก{ $supplier }

## A renewal handed in: what its receipt covers

reason-receipt-covers = ระหว่างรอผลการต่ออายุ ใบรับคำขอและใบเสร็จค่าธรรมเนียมใช้แทน{ $kind }ได้
reason-pending-not-covered = ยื่นต่ออายุเมื่อ { $date } แต่ใบรับคำขอไม่ได้ยืดอายุ{ $kind } ระหว่างรอ เอกสารนี้ยังหมดอายุตามวันที่เดิม
reason-follows-pending = การต่ออายุ{ $kind }อยู่ระหว่างรอผล และใบรับคำขอใช้แทนได้ { $found }จึงรอไปพร้อมกัน
reason-replaced-rule = กฎเดิม ถูกแทนที่ด้วยกฎข้างบนตั้งแต่ { $date }

## Notices: what a change of the rules changed for a person (docs/adr/0023).
notice-status = { $kind }ของคุณ: สถานะตอนนี้คือ { $status } (เดิม { $was })
notice-date-moved = { $kind }ของคุณ: { $which } ตอนนี้เป็น { $date } (เดิม { $was })
notice-date-added = { $kind }ของคุณ: { $which } ตอนนี้เป็น { $date }
notice-date-removed = { $kind }ของคุณ: { $which } ไม่มีแล้ว (เดิม { $was })
notice-fees = { $kind }ของคุณ: ค่าธรรมเนียมทางการตอนนี้คือ { $amount } (เดิม { $was })
notice-fines = { $kind }ของคุณ: ค่าปรับที่ต้องจ่ายตอนนี้คือ { $amount } (เดิม { $was })
notice-blocked = { $kind }ของคุณ: ตอนนี้การต่ออายุติดเงื่อนไข จนกว่าเอกสารที่ต้องใช้จะถูกต้องครบถ้วน
notice-unblocked = { $kind }ของคุณ: การต่ออายุไม่ติดเงื่อนไขแล้ว
notice-step-added = ขั้นตอนใหม่ในแผนของคุณ: { $action }
notice-step-removed = ไม่อยู่ในแผนของคุณแล้ว: { $action }
notice-from = มีผลตั้งแต่ { $date }
notice-source = แหล่งที่มา: { $source }
reminder-short-notice = กฎเกี่ยวกับเอกสารของคุณเปลี่ยนแปลงแล้ว เปิดแอปเพื่อดูว่ามีผลกับคุณอย่างไร
reminder-detail-notice = กฎเปลี่ยนแปลงแล้ว: มีการเปลี่ยนแปลง { $count } รายการเกี่ยวกับเอกสารของคุณให้อ่าน
