### doctrack — Burmese messages (မြန်မာ), translated from en.ftl.
### review: draft
###
### Draft: not yet reviewed by a native speaker. A reviewer changes the line
### above to "review: reviewed" for the whole catalog, or marks one message
### with "# review: reviewed" directly above it. Placeholders must stay those
### of the English message (the catalog tests check it). Burmese has no
### plural forms: a number is followed by the same word.

## Helpers

span-days = { $n } ရက်
span-weeks = { $n } ပတ်
span-months = { $n } လ
span-years = { $n } နှစ်
money = { $amount } { $currency }
list-or = { $first } သို့မဟုတ် { $second }

## Review states of a text

review-reviewed = စစ်ဆေးပြီး
review-draft = မူကြမ်း - မိခင်ဘာသာစကားပြောသူ မစစ်ဆေးရသေးပါ

## Months (Gregorian), for dates written with a month name

month-1 = ဇန်နဝါရီ
month-2 = ဖေဖော်ဝါရီ
month-3 = မတ်
month-4 = ဧပြီ
month-5 = မေ
month-6 = ဇွန်
month-7 = ဇူလိုင်
month-8 = ဩဂုတ်
month-9 = စက်တင်ဘာ
month-10 = အောက်တိုဘာ
month-11 = နိုဝင်ဘာ
month-12 = ဒီဇင်ဘာ

## Document kinds

kind-passport = နိုင်ငံကူးလက်မှတ်
kind-certificate_of_identity = CI (ကိုယ်ရေးအထောက်အထားလက်မှတ်)
kind-visa = ဗီဇာ / နေထိုင်ခွင့်
kind-work_permit = အလုပ်လုပ်ခွင့်ပါမစ်
kind-pink_card = ပန်းရောင်ကတ်
kind-seabook = Seabook (သင်္ဘောသားစာအုပ်)
kind-fishing_crew_permission = ငါးဖမ်းလှေပေါ်တွင် အလုပ်လုပ်ခွင့်
kind-health_insurance = ကျန်းမာရေးအာမခံ
kind-health_check = ကျန်းမာရေးစစ်ဆေးချက်
kind-ninety_day_report = 90 ရက် သတင်းပို့ခြင်း

## Time statuses

status-not_applicable = မသက်ဆိုင်ပါ
status-valid = သက်တမ်းရှိသည်
status-window_open = သက်တမ်းတိုး လျှောက်နိုင်ပြီ
status-due_soon = နောက်ဆုံးရက် နီးလာပြီ
status-blocked = လိုအပ်ချက် မပြည့်စုံသေး
status-in_grace = အချိန်ပိုကာလအတွင်း
status-expired = သက်တမ်းကုန်ပြီ
status-job_change = အလုပ်ရှင်အသစ် ရှာနေသည်
status-awaiting_decision = ဆုံးဖြတ်ချက်ကို စောင့်နေသည်

## Lifecycle states

state-unrecorded = မှတ်တမ်းမတင်ရသေး
state-active = အသုံးပြုဆဲ
state-renewal_in_progress = သက်တမ်းတိုးနေဆဲ
state-superseded = အသစ်ဖြင့် အစားထိုးပြီး
state-lost = ပျောက်ဆုံး
state-cancelled = ပယ်ဖျက်ပြီး
state-archived = မှတ်တမ်းသိမ်းပြီး

## Events

event-recorded = မှတ်တမ်းတင်ပြီး
event-details_corrected = အချက်အလက် ပြင်ဆင်ပြီး
event-renewal_started = သက်တမ်းတိုး စတင်ပြီး
event-renewal_submitted = သက်တမ်းတိုး လျှောက်ထားပြီး
event-renewal_approved = သက်တမ်းတိုး ခွင့်ပြုပြီး
event-renewal_rejected = သက်တမ်းတိုး ငြင်းပယ်ခံရ
event-reported_lost = ပျောက်ဆုံးကြောင်း တိုင်ကြားပြီး
event-replacement_received = အစားထိုး အသစ် ရရှိပြီး
event-cancelled = ပယ်ဖျက်ပြီး
event-employer_changed = အလုပ်ရှင် ပြောင်းပြီး
event-report_filed = 90 ရက် သတင်းပို့ပြီး
event-archived = မှတ်တမ်းသိမ်းပြီး
event-event_retracted = မှားယွင်းသော ဖြစ်ရပ်ကို ပြန်ရုပ်သိမ်းပြီး

## Computed dates

date-valid_until = သက်တမ်းရှိသည့် နောက်ဆုံးရက်
date-window_opens = သက်တမ်းတိုး စလျှောက်နိုင်သည့်ရက်
date-due_soon_from = နောက်ဆုံးရက် နီးလာသည့်ရက်
date-deadline = နောက်ဆုံးရက်
date-grace_ends = အချိန်ပိုကာလ ကုန်ဆုံးရက်
date-term_limit = သက်တမ်းတိုးခွင့် နောက်ဆုံးရက်
date-report_due = 90 ရက် သတင်းပို့ရမည့်ရက်
date-report_window_opens = သတင်းပို့နိုင်သည့် ပထမရက်
date-report_window_closes = သတင်းပို့ခွင့် ပိတ်ရက်
date-job_change_deadline = အလုပ်ရှင်အသစ် ရှာရမည့် နောက်ဆုံးရက်
date-decision_follow_up = ဆုံးဖြတ်ချက်ကို မေးမြန်းနိုင်သည့်ရက်

## Plan actions

action-renew = သက်တမ်းတိုးရန်
action-file_report = 90 ရက် သတင်းပို့ရန်
action-find_employer = အလုပ်ရှင်အသစ် ရှာရန်
action-obtain = ရယူရန်
action-reapply_from_home = နိုင်ငံသို့ပြန်ပြီး MOU အသစ်ဖြင့် ပြန်လျှောက်ရန်
action-await_decision = ဆုံးဖြတ်ချက်ကို စောင့်ရန်

## Confidence of a rule

confidence-high = ယုံကြည်နိုင်မှု မြင့်
confidence-medium = ယုံကြည်နိုင်မှု အလယ်အလတ်
confidence-low = ယုံကြည်နိုင်မှု နိမ့်
confidence-setting = စည်းမျဉ်းထိန်းသိမ်းသူများ ရွေးထားသော မူလတန်ဖိုး

## Why a document was cancelled

cancel-left_employer = အလုပ်ရှင်ထံမှ ထွက်ခဲ့
cancel-revoked = ရုပ်သိမ်းခံရ
cancel-left_country = နိုင်ငံမှ ထွက်ခွာခဲ့
cancel-other = အခြားအကြောင်းရင်း

## Kinds of stored record

record-person = လူ
record-document = စာရွက်စာတမ်း
record-event = ဖြစ်ရပ်
record-attachment = ပူးတွဲဖိုင်
record-attachment_chunk = ပူးတွဲဖိုင် အပိုင်း
record-key_slot = သော့နေရာ
record-meta = သိုလှောင်ရာ အချက်အလက်
record-log = ဖြစ်ရပ်မှတ်တမ်း တစ်ခုလုံး
record-reminder = သတိပေးချက်

## Input fields (for problems with what was typed)

field-display_name = အမည်
field-number = နံပါတ်
field-issuing_authority = ထုတ်ပေးသည့် အဖွဲ့အစည်း
field-employer = အလုပ်ရှင်
field-notes = မှတ်စု
field-label = အမည်တပ်
field-text = စာသား
field-date = ရက်စွဲ
field-issued_on = ထုတ်ပေးသည့်ရက်
field-expires_on = သက်တမ်းကုန်ဆုံးရက်
field-on = ရက်စွဲ
field-country = နိုင်ငံ
field-cohort = အလုပ်သမားအုပ်စု
field-language = ဘာသာစကား
field-kind = စာရွက်စာတမ်း အမျိုးအစား
field-links = ချိတ်ဆက်ထားသော စာရွက်စာတမ်း
field-event = ဖြစ်ရပ်
field-person = လူ
field-id = ID
field-passphrase = စကားဝှက်
field-key = သော့
field-key_slot = သော့နေရာ
field-photo = ဓာတ်ပုံ
field-mime = ဖိုင်အမျိုးအစား
field-path = ဖိုင်
field-message = စာတို
field-rules = စည်းမျဉ်းများ
field-snooze_until = ပြန်သတိပေးမည့်ရက်
field-reminder_time = သတိပေးချိန်

## Problems with what was typed

problem-empty = { $field } ကို ဗလာ မထားရပါ။
problem-too-long = { $field } သည် စာလုံး { $max } လုံးထက် ရှည်နေသည်။
problem-too-short = { $field } တွင် စာလုံး အနည်းဆုံး { $min } လုံး လိုအပ်သည်။
problem-control-characters = { $field } တွင် ထိန်းချုပ်စာလုံးများ ပါနေသည်။
problem-bad-characters = { $field } တွင် ခွင့်မပြုသော စာလုံးများ ပါနေသည်။
problem-not-a-date = { $field } သည် ရက်စွဲ မဟုတ်ပါ။ စာရွက်ပေါ်ရှိအတိုင်း ရိုက်ပါ၊ ဥပမာ 31/03/2026။
problem-no-such-day = ဤ { $field } သည် ပြက္ခဒိန်တွင် မရှိပါ။
problem-year-out-of-range = { $field } ၏ နှစ်သည် ခရစ်နှစ် သို့မဟုတ် ထိုင်းဗုဒ္ဓနှစ် မဟုတ်ပါ။
problem-ambiguous-year = { $field } ၏ နှစ်ကို ဂဏန်းနှစ်လုံးသာ ရိုက်ထားသဖြင့် မရှင်းလင်းပါ။ စာရွက်ပေါ်ရှိအတိုင်း ဂဏန်းလေးလုံး အပြည့် ရိုက်ပါ (ဥပမာ 2026 သို့မဟုတ် 2569)။
problem-expiry-not-after-issue = { $field } သည် ထုတ်ပေးသည့်ရက်ထက် နောက်ကျရမည်။
problem-no-expiry-for-kind = ဤစာရွက်စာတမ်း အမျိုးအစားတွင် { $field } မရှိပါ။
problem-entry-date-missing = 90 ရက် သတင်းပို့ခြင်းအတွက် နိုင်ငံဝင်ရောက်သည့်ရက်ကို { $field } အဖြစ် လိုအပ်သည်။
problem-employer-not-for-kind = အလုပ်လုပ်ခွင့်ပါမစ်၊ Seabook နှင့် ငါးဖမ်းလှေပေါ်တွင် အလုပ်လုပ်ခွင့်တို့တွင်သာ { $field } ပါသည်။
problem-self-link = စာရွက်စာတမ်းသည် ၎င်း၏ကိုယ်ပိုင် { $field } မဖြစ်နိုင်ပါ။
problem-reserved-link = သက်တမ်းတိုးခြင်းနှင့် အစားထိုးခြင်း ချိတ်ဆက်မှုများကို ၎င်းတို့၏ ဖြစ်ရပ်များက သတ်မှတ်သည်၊ { $field } အဖြစ် မရိုက်ရပါ။
problem-bad-link = { $field } သည် ရှိရမည်ဖြစ်ပြီး လူတစ်ဦးတည်းနှင့် သက်ဆိုင်ရမည်။
problem-duplicate-id = ထို { $field } ကို အသုံးပြုပြီး ဖြစ်သည်။
problem-unknown-country = { $field } သည် ISO 3166 အက္ခရာနှစ်လုံး ကုဒ် ဖြစ်ရမည်၊ ဥပမာ MM, KH, LA, VN သို့မဟုတ် TH။
problem-unknown-cohort = အသုံးပြုနေသော စည်းမျဉ်းများက ဤ { $field } ကို မသိပါ။ သိသည်များ: { $known }
problem-unknown-language = { $field } သည် en, th, my, km, lo ထဲမှ တစ်ခု ဖြစ်ရမည်။
problem-unknown-kind = မသိသော { $field }။
problem-not-an-id = ၎င်းသည် { $field } မဟုတ်ပါ။
problem-wrong-length = { $field } သည် { $expected } ဘိုက် အတိအကျ ဖြစ်ရမည်။
problem-too-large = { $field } သည် ကန့်သတ်ချက် { $limit } ဘိုက်ထက် ကြီးနေသည်။
problem-not-a-mime-type = { $field } သည် image/jpeg ကဲ့သို့ ဖြစ်ရမည်။
problem-last-key-slot = နောက်ဆုံး { $field } ကို ဖယ်ရှား၍ မရပါ၊ သိုလှောင်ရာကို ဖွင့်၍ မရတော့မည်။
problem-event-not-for-kind = "{ $event }" သည် ဤစာရွက်စာတမ်း အမျိုးအစားနှင့် မသက်ဆိုင်ပါ။
problem-event-out-of-order = "{ $event }" ၏ ရက်စွဲသည် စာရွက်စာတမ်း၏ နောက်ဆုံးဖြစ်ရပ်ထက် စောနေသည်၊ { $field } ကို စစ်ပါ။
problem-event-for-other-document = { $field } သည် အခြားစာရွက်စာတမ်းနှင့် သက်ဆိုင်သည်။
problem-successor-mismatch = စာရွက်စာတမ်းအသစ်သည် လူတစ်ဦးတည်း၏ { $field } တစ်မျိုးတည်း ဖြစ်ရမည်။
problem-self-successor = စာရွက်စာတမ်းသည် ၎င်းကိုယ်တိုင်ကို သက်တမ်းတိုး သို့မဟုတ် အစားထိုး၍ မရပါ။
problem-person-archived = ဤ { $field } ကို မှတ်တမ်းသိမ်းထားပြီး ဖြစ်သည်။
problem-use-dedicated-call = "{ $event }" ကို ၎င်း၏ကိုယ်ပိုင် အမိန့်ဖြင့် စာရွက်စာတမ်းအသစ်နှင့်အတူ မှတ်တမ်းတင်ရသည်။
problem-not-a-path = { $field } လမ်းကြောင်း ဗလာ ဖြစ်နေသည် သို့မဟုတ် သုံး၍မရပါ။
problem-file-unreadable = { $field } ကို ဖတ်၍ မရပါ။
problem-folder-missing = { $field } အတွက် ဖိုင်တွဲ မရှိပါ။
problem-not-later = { $field } သည် နောက်ပိုင်းရက် ဖြစ်ရမည်။
problem-not-a-time = { $field } သည် 00:00 မှ 23:59 အတွင်း အချိန် ဖြစ်ရမည်။
problem-too-many = { $field } သည် { $limit } ခုထက် မပိုရ။
problem-not-retractable = "{ $event }" ကို ပြန်ရုပ်သိမ်း၍ မရပါ။ ဖြစ်ရပ်အသစ် မှတ်တမ်းတင်ပါ သို့မဟုတ် အချက်အလက်ကို ပြင်ဆင်ပါ။
problem-later-events-depend = နောက်ပိုင်း ဖြစ်ရပ်များသည် "{ $event }" အပေါ် မူတည်သည်။ ၎င်းတို့ကို နောက်ဆုံးမှ စ၍ အရင် ပြန်ရုပ်သိမ်းပါ။
problem-other = { $field } မမှန်ကန်ပါ: { $reason }

## What a reminder is about

reminder-kind-window_opens = သက်တမ်းတိုး လျှောက်နိုင်ပြီ
reminder-kind-report_window = သတင်းပို့နိုင်ပြီ
reminder-kind-due_soon = နောက်ဆုံးရက် နီးလာပြီ
reminder-kind-deadline = ယနေ့ နောက်ဆုံးရက်
reminder-kind-grace = အချိန်ပိုကာလ
reminder-kind-overdue = ရက်လွန်နေပြီ

## What was done with a reminder

reminder-state-pending = စီစဉ်ထားပြီး
reminder-state-done = ပြီးပြီ
reminder-state-dismissed = ပိတ်လိုက်ပြီ
reminder-state-snoozed = နောက်မှ ပြန်သတိပေးမည်

## Reasons

reason-printed-expiry = စာရွက်စာတမ်းပေါ်ရှိ သက်တမ်းကုန်ဆုံးရက် { $date }
reason-issued-on = { $date } တွင် ထုတ်ပေးခဲ့သည်
reason-validity-term = စာရွက်စာတမ်းအသစ်များ၏ သက်တမ်းမှာ { $span } ဖြစ်သည်
reason-end-of-authorisation = ခွင့်ပြုချက် { $date } တွင် ကုန်ဆုံးသည်
reason-replaces-printed-date = စာရွက်စာတမ်းပေါ်ရှိ ရက်စွဲ ({ $date }) ကို အစားထိုးသည်
reason-no-expiry = သက်တမ်းကုန်ဆုံးရက် မှတ်တမ်းမရှိ၊ သက်တမ်းသတ်မှတ်သည့် စည်းမျဉ်းလည်း မရှိပါ
reason-capped-by = { $kinds } ၏ သက်တမ်းထက် မကျော်နိုင်ပါ
reason-lapses-with = { $kinds } နှင့်အတူ သက်တမ်းကုန်သည်
reason-related-ends = { $kind } သည် { $date } တွင် ကုန်ဆုံးသည်
reason-deadline-after-expiry = နောက်ဆုံးရက်မှာ စာရွက်စာတမ်း ကုန်ဆုံးပြီး { $span } အကြာ ဖြစ်သည်
reason-term-limit = ပထမ စာရွက်စာတမ်း ({ $date } တွင် ထုတ်ပေး) မှစ၍ စုစုပေါင်း { $span } ထက် မပိုရ
reason-chain-start = ဤအဆက်အစပ်ရှိ ပထမဆုံး { $kind } ကို { $date } တွင် ထုတ်ပေးခဲ့သည်
reason-window-opens = နောက်ဆုံးရက် ({ $date }) မတိုင်မီ { $span } မှစ၍ သက်တမ်းတိုး လျှောက်နိုင်သည်
reason-due-soon = နောက်ဆုံးရက် ({ $date }) မတိုင်မီ { $span } မှစ၍ နောက်ဆုံးရက် နီးလာပြီဟု သတ်မှတ်သည်
reason-processing-time = လုပ်ငန်းစဉ်သည် ဤမျှကြာတတ်သဖြင့် နောက်ဆုံးရက် ({ $date }) မတိုင်မီ { $span } မှစ၍ နောက်ဆုံးရက် နီးလာပြီဟု သတ်မှတ်သည်
reason-grace = နောက်ဆုံးရက် ({ $date }) ပြီးနောက် အချိန်ပိုကာလ { $span } ရှိသည်
reason-prerequisite-missing = သက်တမ်းတိုးရန် { $until } အထိ သက်တမ်းရှိသော { $kinds } လိုအပ်သည် ({ $needed } တွင် လိုအပ်)။ အသုံးပြုနိုင်သော { $kinds } မှတ်တမ်း မရှိပါ
reason-prerequisite-ends = သက်တမ်းတိုးရန် { $until } အထိ သက်တမ်းရှိသော { $kinds } လိုအပ်သည် ({ $needed } တွင် လိုအပ်)။ { $found } သည် { $found_until } တွင် ကုန်ဆုံးသည်
reason-prerequisite-no-expiry = သက်တမ်းတိုးရန် { $until } အထိ သက်တမ်းရှိသော { $kinds } လိုအပ်သည် ({ $needed } တွင် လိုအပ်)။ { $found } ၏ သက်တမ်းကုန်ဆုံးရက်ကို မသိပါ
reason-last-report-filed = နောက်ဆုံး သတင်းပို့ခဲ့သည့်ရက် { $date }
reason-date-of-entry = နိုင်ငံဝင်ရောက်သည့်ရက် { $date }
reason-entry-date-missing = နိုင်ငံဝင်ရောက်သည့်ရက် မှတ်တမ်းမရှိပါ
reason-no-recurring-rule = ဤရက်တွင် ဤထပ်ခါထပ်ခါ လုပ်ရသည့် တာဝန်အတွက် စည်းမျဉ်း မရှိပါ
reason-report-due = နိုင်ငံဝင်ရောက်သည့်ရက် သို့မဟုတ် နောက်ဆုံး သတင်းပို့ရက်မှစ၍ { $span } တိုင်း သတင်းပို့ရမည်
reason-report-window-opens = သတ်မှတ်ရက် ({ $date }) မတိုင်မီ { $span } မှစ၍ သတင်းပို့နိုင်သည်
reason-report-window-closes = သတ်မှတ်ရက် ({ $date }) ပြီးနောက် { $span } အထိ သတင်းပို့နိုင်သေးသည်
reason-left-employer = { $date } တွင် အလုပ်ရှင်ထံမှ ထွက်ခဲ့သည်
reason-job-change-period = { $span } အတွင်း အလုပ်ရှင်အသစ် ရှာရမည် (အလုပ်ထွက်သည့်နေ့ { $date } တွင် အကျုံးဝင်သော ကာလ)
reason-fee = { $label }: { $amount }
reason-fine = { $label }: { $days } ရက် နောက်ကျသဖြင့် { $amount } ({ $date } မှစ၍)
reason-reminder = { $target } ({ $date }) မတိုင်မီ { $span } တွင် သတိပေးမည်
reason-superseded = { $date } တွင် သက်တမ်းတိုးထားသော အသစ်ဖြင့် အစားထိုးခဲ့သည်
reason-replaced = { $date } တွင် အသစ်ဖြင့် အစားထိုးခဲ့သည်
reason-lost = { $date } တွင် ပျောက်ဆုံးကြောင်း တိုင်ကြားခဲ့သည်။ အသစ်ရလျှင် မှတ်တမ်းတင်ပါ
reason-cancelled = { $date } တွင် ပယ်ဖျက်ခဲ့သည်
reason-archived = { $date } တွင် မှတ်တမ်းသိမ်းခဲ့သည်
reason-current = အသုံးပြုဆဲ
reason-renewal-submitted-on = သက်တမ်းတိုးကို { $date } တွင် လျှောက်ထားခဲ့သည်
reason-no-decision-yet = { $date } မှစ၍ ဆုံးဖြတ်ချက် မရသေးပါ: { $follow_up } မှစ၍ လျှောက်ထားခဲ့သော ရုံးတွင် လက်ခံဖြတ်ပိုင်းနှင့်အတူ မေးမြန်းပါ သို့မဟုတ် NGO ထံမှ အကူအညီ ရယူပါ
reason-decision-follow-up = လျှောက်ထားပြီး { $span } အကြာတွင် ဆုံးဖြတ်ချက် မရသေးလျှင် ရုံးတွင် မေးမြန်းပါ
reason-awaiting-decision = { $date } မှစ၍ ဆုံးဖြတ်ချက်ကို စောင့်နေသည်: လက်ခံဖြတ်ပိုင်းနှင့် အခကြေးငွေ ဖြတ်ပိုင်းကို ယူထားပါ၊ စောင့်နေစဉ် ၎င်းတို့က သင့်ကို ကာကွယ်ပေးသည်

reason-related-cancelled = { $kind } ကို { $date } တွင် ပယ်ဖျက်ခဲ့သည်
reason-related-job-change = အလုပ်သမားသည် { $left } တွင် အလုပ်ရှင်ထံမှ ထွက်ခဲ့သဖြင့် { $kind } ကို ပယ်ဖျက်ခဲ့သည်၊ { $date } မတိုင်မီ အလုပ်ရှင်အသစ် ရှာရမည်
reason-job-change-done = အလုပ်ပြောင်းကာလအတွင်း { $date } တွင် { $kind } အသစ် ထုတ်ပေးခဲ့သဖြင့် အလုပ်ပြောင်းခြင်း ပြီးဆုံးပြီ
reason-fee-on-submission = { $label }: { $amount } (သက်တမ်းတိုး လျှောက်ထားသည့် { $date } တွင် အကျုံးဝင်သော အခကြေးငွေ)
reason-fine-with-waiver = { $label }: { $days } ရက် နောက်ကျမှုအတွက် { $amount } ({ $date } မှစ၍ နောက်ကျ၊ { $waived } ရက် အခမယူ)

## Notes on a document

note-renewal-submitted = { $date } တွင် သက်တမ်းတိုး လျှောက်ထားပြီး ဆုံးဖြတ်ချက်ကို စောင့်နေသည်
note-renewal-started = { $date } တွင် သက်တမ်းတိုး စတင်ခဲ့သည်
note-capped-by-missing = { $kinds } ({ $rule }) ၏ သက်တမ်းထက် မကျော်နိုင်သော်လည်း အသုံးပြုနိုင်သော { $kinds } မှတ်တမ်း မရှိပါ
note-lapses-with-missing = { $kinds } ({ $rule }) နှင့်အတူ ကုန်ဆုံးသော်လည်း အသုံးပြုနိုင်သော { $kinds } မှတ်တမ်း မရှိပါ

note-unless-document = { $rule } မသက်ဆိုင်ပါ: { $date } တွင် { $kind } ထုတ်ပေးခဲ့သည် ({ $by } မတိုင်မီ)
note-unless-event = { $rule } မသက်ဆိုင်ပါ: { $date } တွင် { $event } ({ $by } မတိုင်မီ)
note-fine-waived-period = { $label }: { $from } နှင့် { $to } ကြား { $days } ရက် အခမယူ ({ $rule })
note-fine-waived-pending = { $label }: { $date } တွင် လျှောက်ထားသော သက်တမ်းတိုးကို စောင့်နေစဉ် { $days } ရက် အခမယူ ({ $rule })
note-resolution-outlasts-upstream = { $kinds } သည် { $rule } သတ်မှတ်သည့် ကုန်ဆုံးရက်မတိုင်မီ { $date } တွင် ကုန်ဆုံးသည်၊ ဆုံးဖြတ်ချက်က ဤစာရွက်စာတမ်းကို ၎င်း၏ရက်အထိ အကျုံးဝင်သော်လည်း { $kinds } ကို အချိန်မီ သက်တမ်းတိုးပါ

## Warnings about the input

warning-events-do-not-fold = စာရွက်စာတမ်း { $document }: ဖြစ်ရပ်များကို အစဉ်လိုက် မစီနိုင်သဖြင့် ချန်ထားသည်
warning-rule-cycle = စာရွက်စာတမ်း { $document }: စည်းမျဉ်းများ အချင်းချင်း ပတ်လည်မှီခိုနေသဖြင့် ချန်ထားသည်
warning-holder-unknown = စာရွက်စာတမ်း { $document }: ပိုင်ရှင်ကို စာရင်းတွင် မတွေ့သဖြင့် ချန်ထားသည်
warning-ambiguous-rules = စာရွက်စာတမ်း { $document }: စည်းမျဉ်း { $rules } အားလုံးက { $slot } ကို သတ်မှတ်ထားသည်၊ { $chosen } ကို သုံးသည်
warning-unreadable-records = မှတ်တမ်း { $count } ခု စစ်ဆေးမှု မအောင်မြင်သဖြင့် မပြပါ

## The renewal plan

plan-renew = { $kinds } သက်တမ်းတိုးရန်
plan-obtain = { $kinds } ရယူရန်
plan-file-report = 90 ရက် သတင်းပို့ရန်
plan-find-employer = အလုပ်ရှင်အသစ် ရှာရန်
plan-reapply-from-home = နိုင်ငံသို့ပြန်ပြီး MOU အသစ်ဖြင့် ပြန်လျှောက်ရန်
plan-by = { $date } မတိုင်မီ
plan-from = { $date } မှစ၍
plan-window-opens-on = { $date } မှစ၍ လျှောက်နိုင်မည်
plan-status = { $status }
plan-must-be-valid-until = { $kind } သက်တမ်းတိုးရန် { $date } အထိ သက်တမ်းရှိရမည်
plan-needed-to-renew = { $kind } သက်တမ်းတိုးရန် လိုအပ်သည်
plan-today = ယနေ့
plan-overdue = { $days } ရက် ရက်လွန် ({ $date } မှစ၍)
plan-get-help = နောက်ကျနေပြီ: စာရွက်စာတမ်းများနှင့်အတူ ရုံးသို့ အမြန်ဆုံး သွားပါ သို့မဟုတ် NGO ထံမှ အကူအညီ ရယူပါ
plan-follows-job-change = { $kind } သည် အလုပ်လုပ်ခွင့်ပါမစ်နောက် လိုက်သည်: { $date } အထိ သက်တမ်းရှိပြီး ထို့နောက် အလုပ်ရှင်အသစ် လိုအပ်သည်
plan-fine = ယခုအထိ ဒဏ်ငွေ: { $label } { $amount } ({ $days } ရက် နောက်ကျ)
plan-fee = တရားဝင် အခကြေးငွေ: { $label } { $amount }
plan-ended-with-job = အလုပ်ရှင်ထံမှ ထွက်သောအခါ { $kind } ကုန်ဆုံးခဲ့သည်၊ အလုပ်ရှင်အသစ်က အသစ် လျှောက်ရမည်
plan-await-decision = { $kinds } အတွက် ဆုံးဖြတ်ချက်ကို စောင့်ပါ၊ လက်ခံဖြတ်ပိုင်းနှင့် အခကြေးငွေ ဖြတ်ပိုင်းကို ကိုယ်နှင့်မကွာ ယူထားပါ
plan-advice = doctrack က အကြံပြုသည် (စည်းမျဉ်းထိန်းသိမ်းသူများ ရွေးထားသော မူလတန်ဖိုး၊ ဥပဒေ လိုအပ်ချက် မဟုတ်ပါ)

## What blocks a renewal

blocker-needs = လိုအပ်ချက် မပြည့်စုံသေး: { $date } အထိ သက်တမ်းရှိသော { $kinds } လိုအပ်သည်
blocker-term-limit = လိုအပ်ချက် မပြည့်စုံသေး: { $date } ထက်ကျော်၍ သက်တမ်းတိုး၍ မရပါ (စုစုပေါင်းကာလ ပြည့်ပြီ)

## Reminders: the short texts (-short-) are for the lock screen and name no
## document, country, person or date; the others are for inside the app.

reminder-title = စာရွက်စာတမ်း သတိပေးချက်
reminder-short-window-opens = ယနေ့မှစ၍ စာရွက်စာတမ်း သက်တမ်းတိုး စလုပ်နိုင်ပါပြီ။ အသေးစိတ်ကို အက်ပ်တွင် ကြည့်ပါ။
reminder-short-report-window = ယနေ့မှစ၍ သတင်းပို့နိုင်ပါပြီ။ အသေးစိတ်ကို အက်ပ်တွင် ကြည့်ပါ။
reminder-short-due-soon = စာရွက်စာတမ်း နောက်ဆုံးရက်အထိ { $days } ရက်သာ ကျန်ပါသည်။
reminder-short-deadline = ယနေ့သည် စာရွက်စာတမ်း နောက်ဆုံးရက် ဖြစ်သည်။
reminder-short-grace = စာရွက်စာတမ်း နောက်ဆုံးရက် ကျော်လွန်သွားပြီ။ အချိန်ပိုကာလ { $days } ရက်သာ ကျန်သည်။
reminder-short-overdue = စာရွက်စာတမ်း နောက်ဆုံးရက် ကျော်လွန်သွားပြီ။ ဘာလုပ်ရမည်ကို အက်ပ်တွင် ကြည့်ပါ။
reminder-window-opens = သင်၏ { $kind }: ယနေ့မှစ၍ သက်တမ်းတိုး လျှောက်နိုင်သည် (နောက်ဆုံးရက်: { $date })။
reminder-report-window = 90 ရက် သတင်းပို့ခြင်း: ယနေ့မှစ၍ သတင်းပို့နိုင်သည် (သတ်မှတ်ရက်: { $date }; ပိတ်ရက်: { $until })။
reminder-due-soon = သင်၏ { $kind }: { $days } ရက် ကျန်သည် ({ $target }: { $date })။
reminder-deadline = သင်၏ { $kind }: ယနေ့ နောက်ဆုံးနေ့ ဖြစ်သည် ({ $target }: { $date })။
reminder-grace = သင်၏ { $kind }: နောက်ဆုံးရက် ကျော်လွန်သွားပြီ။ အချိန်ပိုကာလ { $date } တွင် ကုန်ဆုံးမည် ({ $days } ရက် ကျန်)။
reminder-overdue = သင်၏ { $kind }: { $date } ကတည်းက ရက်လွန်နေပြီ။ ယခုပဲ လုပ်ဆောင်ပါ သို့မဟုတ် အကူအညီ တောင်းပါ။

## Errors shown to people

error-wrong-secret = စကားဝှက် သို့မဟုတ် သော့ မှားနေသည်။ ထပ်ကြိုးစားပါ။
error-key-unavailable = ဖုန်း၏ သော့ကို ယခု သုံး၍မရပါ။ ဖုန်းကို လော့ခ်ဖွင့်ပါ သို့မဟုတ် သင့်စကားဝှက်ဖြင့် ဖွင့်ပါ။
error-integrity = { $record } မှတ်တမ်းတစ်ခု ပျက်စီးနေပြီး ဖတ်၍မရပါ။ ကျန်ဒေတာများ လုံခြုံပါသည်။
error-storage-corrupt = စာရွက်စာတမ်း သိုလှောင်ရာ ပျက်စီးနေသည်။ ဘာမှ မဖျက်ရသေးပါ။ အရန်ကူးထားသည်မှ ပြန်ယူပါ သို့မဟုတ် အကူအညီ တောင်းပါ။
error-unsupported-version = ဤသိုလှောင်ရာကို အက်ပ်ဗားရှင်းအသစ်က သိမ်းထားသည် (ဗားရှင်း { $found }၊ ဤအက်ပ်က { $supported } အထိသာ ဖတ်နိုင်သည်)။ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။
error-already-exists = ထိုနေရာတွင် တစ်ခုခု ရှိနှင့်ပြီး ဖြစ်သည်။ ဘာမှ ထပ်မရေးပါ။
error-store-missing = ထိုနေရာတွင် စာရွက်စာတမ်း သိုလှောင်ရာ မတွေ့ပါ။
error-storage-full = ဖုန်း၏ သိုလှောင်နေရာ ပြည့်နေသည်။ ဘာမှ မသိမ်းရပါ။ နေရာလွတ်ရအောင် လုပ်ပြီး ထပ်ကြိုးစားပါ။
error-read-only = ဤနေရာတွင် သိုလှောင်ရာကို ရေး၍မရပါ။ ဘာမှ မသိမ်းရပါ။
error-rolled-back = ဤသိုလှောင်ရာသည် ဤဖုန်းက နောက်ဆုံးမြင်ခဲ့သည့်ထက် ပိုဟောင်းသော မိတ္တူဖြစ်သဖြင့် ဘာမှ မပြပါ။ နောက်ဆုံး အရန်သိမ်းဆည်းမှုကို ပြန်ယူပါ သို့မဟုတ် ဤမိတ္တူကို ဆက်ထားရန် ရွေးပါ။
error-anchor-unavailable = သိုလှောင်ရာကို စစ်ဆေးရန် ဖုန်း၏ ကာကွယ်ထားသော သိုလှောင်ရာကို မရောက်နိုင်ပါ။ ဖုန်းကို ဖွင့်ပြီး ထပ်ကြိုးစားပါ။
error-busy = သိုလှောင်ရာ အလုပ်များနေသည်။ ခဏနေမှ ထပ်ကြိုးစားပါ။
error-index-damaged = သိုလှောင်ရာ၏ အညွှန်း တစ်စိတ်တစ်ပိုင်း ပျက်စီးနေသည်။ ဘာမှ မဆုံးရှုံးပါ။ ပြန်တည်ဆောက်ရန် သိုလှောင်ရာကို ပြုပြင်ပါ။
error-illegal-transition = "{ $state }" အခြေအနေရှိ စာရွက်စာတမ်းကို "{ $event }" ဟု မှတ်၍မရပါ။
error-not-found = ထို { $record } ကို မတွေ့ပါ။
error-rules-invalid = သက်တမ်းတိုး စည်းမျဉ်းများ မှားယွင်းနေသဖြင့် မဖွင့်ခဲ့ပါ။
error-closed = သိုလှောင်ရာ ပိတ်ထားသည်။ ပြန်ဖွင့်ပါ။
error-backup-invalid = အရန်ဖိုင် ပျက်စီးနေသည်၊ ပြောင်းလဲခံထားရသည် သို့မဟုတ် ဤသိုလှောင်ရာနှင့် မကိုက်ညီပါ။ ဘာမှ မထည့်ရပါ။
error-internal = doctrack အတွင်း တစ်ခုခု မှားယွင်းသွားသည်။ ဘာမှ မဆုံးရှုံးပါ။

## Words of the command-line tool and other front ends

ui-title = doctrack — စာရွက်စာတမ်းများနှင့် နောက်ဆုံးရက်များ
ui-store-summary = သိုလှောင်ရာ: { $store }; စာဝှက်ထားသည်၊ လူ { $people } ဦး၊ စာရွက်စာတမ်း { $documents } ခု
ui-rules-and-date = စည်းမျဉ်း: { $rules }; ရက်စွဲ: { $date }
ui-rules-bundled = { $set } (ပါဝင်ပြီး၊ စည်းမျဉ်း { $count } ခု)
ui-rules-files = { $set } (ဖိုင်များမှ၊ စည်းမျဉ်း { $count } ခု)
ui-warning = သတိ: { $text }
ui-dashboard = အကျဉ်းချုပ် (အရေးအကြီးဆုံး အရင်)
ui-column-person = လူ
ui-column-document = စာရွက်စာတမ်း
ui-column-state = အခြေအနေ
ui-column-status = အချိန်အခြေအနေ
ui-column-expires = သက်တမ်းကုန်
ui-column-days-left = ကျန်ရက်
ui-column-next-deadline = နောက်လာမည့် နောက်ဆုံးရက်
ui-no-documents = စာရွက်စာတမ်း မရှိသေးပါ
ui-today = ယနေ့
ui-days = { $days } ရက်
ui-days-late = { $days } ရက် နောက်ကျ
ui-plan = သက်တမ်းတိုး အစီအစဉ် (လုပ်ရမည့်အရာ၊ အစဉ်လိုက်)
ui-plan-empty = နောက် { $span } အတွင်း လုပ်စရာ မရှိပါ
ui-plan-after = { $steps } ပြီးနောက်
ui-plan-step = အဆင့် { $n }
ui-why-status = အခြေအနေ
ui-why-note = မှတ်ချက်
ui-basis-document = စာရွက်စာတမ်းပေါ်တွင်
ui-basis-event = မှတ်တမ်းသမိုင်း
ui-basis-related = ဆက်စပ် စာရွက်စာတမ်း
ui-basis-holiday = ရုံးပိတ်ရက်
ui-basis-weekend = စနေ၊ တနင်္ဂနွေ
ui-reminders = နောက်လာမည့် သတိပေးချက်များ ({ $span })
ui-reminders-empty = နောက် { $span } အတွင်း သတိပေးချက် မရှိပါ
ui-status-advice = { $status } (အကြံပြုချက်)
ui-lock-screen = လော့ခ်မျက်နှာပြင်
ui-draft-notice = ဤဘာသာစကားရှိ စာသားများသည် မိခင်ဘာသာစကားပြောသူ မစစ်ဆေးရသေးသော မူကြမ်းများ ဖြစ်သည်။ အချို့ မှားနိုင်သည်။ အင်္ဂလိပ်: --lang en
ui-demo-footer = နမူနာ ဒေတာသာ ဖြစ်သည်။ ရက်စွဲများသည် rules/th ရှိ စည်းမျဉ်းများမှ လာသည် (စည်းမျဉ်းနှင့် ရင်းမြစ်တစ်ခုချင်းကို ကြည့်ရန် --why ဖြင့် run ပါ)။
ui-demo-temporary-store = ယာယီ သိုလှောင်ရာ၊ ပြီးလျှင် ဖျက်မည်
ui-demo-your-store = သင့် သိုလှောင်ရာ

## Rule packs, office days and the rules in use

ui-rules-pack = { $set } (ထည့်သွင်းထားသော စည်းမျဉ်းအစု၊ စည်းမျဉ်း { $count } ခု)
date-act_by = လုပ်ဆောင်ရမည့် နောက်ဆုံးရက် (နောက်ဆုံး ရုံးဖွင့်ရက်)
error-pack-bad-signature = ဤ စည်းမျဉ်း အပ်ဒိတ်ကို လက်မှတ်ထိုးပြီးနောက် ပြောင်းလဲထားသည်။ မသုံးပါနှင့်။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-malformed = ဤဖိုင်သည် စည်းမျဉ်း အပ်ဒိတ် မဟုတ်ပါ သို့မဟုတ် ပျက်စီးနေသည်။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-needs-newer-library = ဤ စည်းမျဉ်း အပ်ဒိတ်အတွက် အက်ပ်ဗားရှင်းအသစ် လိုအပ်သည် (doctrack { $needed }၊ ဤဗားရှင်းမှာ { $current })။ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-not-newer = ဤ စည်းမျဉ်း အပ်ဒိတ် (ဗားရှင်း { $offered }) သည် သင့်တွင်ရှိသော စည်းမျဉ်းများ (ဗားရှင်း { $installed }) ထက် မသစ်ပါ။ ဘာမှ မပြောင်းလဲပါ။
error-pack-rules-invalid = ဤ စည်းမျဉ်း အပ်ဒိတ်၏ စည်းမျဉ်းများတွင် အမှား { $count } ခု ရှိသဖြင့် မထည့်သွင်းခဲ့ပါ။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-share-not-a-share = ဤအရာသည် doctrack မျှဝေချက် မဟုတ်ပါ။ ဘာမှ မဖွင့်ခဲ့ပါ။
error-share-unsupported-format = ဤမျှဝေချက်အတွက် doctrack ဗားရှင်းအသစ် လိုအပ်သည် (ပုံစံ { $found })။ အပ်ဒိတ်လုပ်ပါ။ ဘာမှ မဖွင့်ခဲ့ပါ။
error-share-not-for-this-key = ဤမျှဝေချက်ကို အခြားအဖွဲ့အစည်း၏ သော့ ({ $key }) အတွက် တံဆိပ်ခတ်ထားသည်။ ထိုသော့ဖြင့်သာ ဖွင့်နိုင်သည်။
error-share-truncated = ဤမျှဝေချက် မပြည့်စုံပါ၊ တစ်စိတ်တစ်ပိုင်း ပျောက်နေသည်။ ထပ်မံ တောင်းပါ (QR ကုဒ် တစ်ခုလုံးကို စကင်ဖတ်ပါ သို့မဟုတ် ဖိုင်တစ်ခုလုံး ပို့ပါ)။
error-share-damaged = ဤမျှဝေချက်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲခြင်း သို့မဟုတ် ပျက်စီးခြင်း ရှိသည်။ မသုံးပါနှင့်၊ အလုပ်သမားကို ထပ်မျှဝေရန် တောင်းပါ။
error-share-expired = ဤမျှဝေချက်အတွက် အလုပ်သမား၏ သဘောတူညီချက်သည် { $date } တွင် ကုန်ဆုံးခဲ့သည်။ မထည့်သွင်းခဲ့ပါ၊ ထပ်မျှဝေရန် တောင်းပါ။
error-share-signer-changed = ဤမျှဝေချက်ကို အလုပ်သမား တစ်ဦးတည်း၏ ယခင်မျှဝေချက်များ ({ $expected }) နှင့် မတူသော သော့ ({ $found }) ဖြင့် လက်မှတ်ထိုးထားသည်၊ ဖုန်းတစ်လုံးတည်းမှ မဟုတ်ပါ။ လက်မခံမီ အလုပ်သမားနှင့် စစ်ဆေးပါ။
error-share-too-large-for-qr = ဤမျှဝေချက်သည် { $count } ဘိုက် လိုအပ်ပြီး QR ကုဒ် တစ်ခုတွင် { $max } ဘိုက်သာ ဆံ့သည်။ ဖိုင်ဖြင့် မျှဝေပါ သို့မဟုတ် စာရွက်စာတမ်း နည်းနည်း ရွေးပါ။
error-share-photos-need-file = ဓာတ်ပုံများကို ဖိုင်ဖြင့်သာ မျှဝေနိုင်သည်၊ QR ကုဒ်ဖြင့် မရပါ။
error-share-not-a-key = ဤအရာသည် မျှဝေရန် သော့ မဟုတ်ပါ။ အဖွဲ့အစည်းက ပေးသော သော့ကို သုံးပါ။
error-share-bad-until = မျှဝေချက်သည် ယနေ့မှ { $days } ရက်အတွင်း ကုန်ဆုံးရမည်။
error-pack-unknown-key = ဤ စည်းမျဉ်း အပ်ဒိတ်ကို ဤအက်ပ် မယုံကြည်သူက လက်မှတ်ထိုးထားသည် (သော့ { $key })။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-unsigned = ဤ စည်းမျဉ်း အပ်ဒိတ်ကို လက်မှတ် မထိုးထားသဖြင့် ယုံကြည်၍ မရပါ။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-unsupported-format = ဤ စည်းမျဉ်း အပ်ဒိတ်အတွက် အက်ပ်ဗားရှင်းအသစ် လိုအပ်သည် (ပုံစံ { $found })။ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
error-pack-wrong-rule-set = ဤ စည်းမျဉ်း အပ်ဒိတ်သည် အခြား စည်းမျဉ်းများအတွက် ဖြစ်သည် ("{ $expected }" မဟုတ်ဘဲ "{ $found }")။ သုံးနေသော စည်းမျဉ်းများ မပြောင်းလဲပါ။
plan-act-by-holiday = နောက်ဆုံးရက် { $deadline } သည် ရုံးပိတ်သော အားလပ်ရက် ({ $holiday }) ဖြစ်သည်: { $date } မတိုင်မီ သွားပါ
plan-act-by-weekend = နောက်ဆုံးရက် { $deadline } သည် ရုံးပိတ်သော စနေ၊ တနင်္ဂနွေ ဖြစ်သည်: { $date } မတိုင်မီ သွားပါ
problem-not-a-key = { $field } သည် doctrack သုံးနိုင်သော သော့ မဟုတ်ပါ။
reason-act-by = { $deadline } ({ $kind }) သည် ရုံးဖွင့်ရက် မဟုတ်ပါ၊ ၎င်းမတိုင်မီ နောက်ဆုံး ရုံးဖွင့်ရက်မှာ { $date } ဖြစ်သည်
reason-closed-holiday = { $date } တွင် ရုံးများ ပိတ်သည်: { $holiday }
reason-closed-weekend = စနေနှင့် တနင်္ဂနွေနေ့တွင် ရုံးများ ပိတ်သည် ({ $date })
record-rule_pack = စည်းမျဉ်းအစု
rules-in-use = စည်းမျဉ်း: { $set } ဗားရှင်း { $version }, { $date }
rules-in-use-unversioned = စည်းမျဉ်း: { $set }

## Employer documents, routes back, what to bring, custody, payments and help

kind-employer_id = အလုပ်ရှင်၏ သက်သေခံကတ် သို့မဟုတ် ကုမ္ပဏီ မှတ်ပုံတင်လက်မှတ်
    .inline = အလုပ်ရှင်၏ သက်သေခံကတ် သို့မဟုတ် ကုမ္ပဏီ မှတ်ပုံတင်လက်မှတ်
kind-quota_letter = ကိုတာ (Demand) စာ
    .inline = ကိုတာ (Demand) စာ
kind-employment_contract = အလုပ်ခန့်စာချုပ်
    .inline = အလုပ်ခန့်စာချုပ်
kind-vessel_registration = လှေ မှတ်ပုံတင်လက်မှတ်
    .inline = လှေ မှတ်ပုံတင်လက်မှတ်
kind-crew_list = လှေသားစာရင်း
    .inline = လှေသားစာရင်း

status-lapsed = သက်တမ်းတိုး၍ မရတော့ပါ
date-renewable_until = သက်တမ်းတိုးနိုင်သည့် နောက်ဆုံးရက်
action-cannot_renew = သက်တမ်းတိုး၍ မရတော့ပါ
action-follow_route = တရားဝင်ပြန်ဖြစ်ရေး လမ်းကြောင်းအတိုင်း လုပ်ရန်
action-get_help = အကူအညီ ရယူရန်
action-record_or_obtain = မှတ်တမ်းတင်ရန် သို့မဟုတ် ရယူရန်
reason-renewable-until-end = { $kind } ကို { $date } အထိသာ သက်တမ်းတိုးနိုင်သည်၊ ထို့နောက် အသစ် လျှောက်ရမည်
reason-renewable-late = နောက်ဆုံးရက်ပြီးနောက် { $span } အတွင်း ({ $date } အထိ) နောက်ကျ၍ သက်တမ်းတိုးနိုင်သည်
reason-beyond-renewal = { $date } မှစ၍ { $kind } ကို သက်တမ်းတိုး၍ မရတော့ပါ: အသစ် လျှောက်မှသာ ပြန်ရနိုင်မည်
plan-cannot-renew = { $kinds } ကို သက်တမ်းတိုး၍ မရတော့ပါ
plan-since = { $date } မှစ၍
plan-follow-route = { $kinds } ပြန်ရရန် လမ်းကြောင်း
plan-route-open-until = { $date } အထိ လျှောက်လွှာ လက်ခံသည်
plan-no-route-known = { $kinds } ပြန်ရရန် လမ်းကြောင်း မသိရပါ
plan-no-route-open = { $date } တွင် သင့်အတွက် ဖွင့်ထားသော လမ်းကြောင်း မသိရပါ (စည်းမျဉ်း { $rules }): ရုံးသို့ မသွားမီ ယခုပဲ အကူအညီ ရယူပါ
plan-record-or-obtain = { $kinds } ရှိလျှင် မှတ်တမ်းတင်ပါ၊ မရှိလျှင် ရယူပါ
plan-need-for = သင့်လို စာရွက်စာတမ်း ရှိသူများ ၎င်းကို လိုအပ်သည် ({ $rule })

situation-in_status = တရားဝင် အခြေအနေ ရှိ
situation-ending_soon = စာရွက်စာတမ်း မကြာမီ ကုန်ဆုံးမည်
situation-out_of_status = တရားဝင် အခြေအနေ မရှိ
situation-nothing_recorded = ဘာမှ မှတ်တမ်းမတင်ရသေး
situation-unknown = မသိရ
standing-in-status = သင့်စာရွက်စာတမ်းများ ပြည့်စုံမှန်ကန်ပါသည်။
standing-ending-soon = သင့်ကို တရားဝင်ဖြစ်စေသော စာရွက်စာတမ်းတစ်ခု မကြာမီ ကုန်ဆုံးမည် သို့မဟုတ် ယခု လုပ်ဆောင်ရန် လိုသည်။
standing-out-of-status = သင်၏ { $kind } ကုန်ဆုံးသည့် { $date } မှစ၍ သင့်တွင် တရားဝင် အခြေအနေ မရှိတော့ပါ။
standing-nothing-recorded = ဘာမှ မှတ်တမ်းမတင်ရသေးပါ။ သင့်တွင်ရှိသော စာရွက်စာတမ်းများဖြင့် စတင်ပါ။
standing-unknown = { $kinds } မှတ်တမ်း မရှိသဖြင့် doctrack က သင့်အခြေအနေကို မသိနိုင်ပါ။
standing-if-resolution = { $date } ဝန်ကြီးအဖွဲ့ ဆုံးဖြတ်ချက်အရ စာရင်းသွင်းခဲ့လျှင် ၎င်းကို မှတ်တမ်းတင်ပါ: သင့်အစီအစဉ် ပြောင်းလဲမည်။
standing-if-resolution-id = ဝန်ကြီးအဖွဲ့ ဆုံးဖြတ်ချက် { $cohort } အရ စာရင်းသွင်းခဲ့လျှင် ၎င်းကို မှတ်တမ်းတင်ပါ: သင့်အစီအစဉ် ပြောင်းလဲမည်။
standing-if-mou = MOU ဖြင့် ထိုင်းနိုင်ငံသို့ လာခဲ့လျှင် ၎င်းကို မှတ်တမ်းတင်ပါ: သင့်အစီအစဉ် ပြောင်းလဲမည်။

supplier-worker = သင်
supplier-employer = သင့်အလုပ်ရှင်
supplier-embassy = သင့်နိုင်ငံ၏ သံရုံး
supplier-employment_office = အလုပ်အကိုင်ရုံး
supplier-immigration = လူဝင်မှုကြီးကြပ်ရေး
supplier-hospital = ဆေးရုံ သို့မဟုတ် ဆေးခန်း
supplier-insurer = အာမခံကုမ္ပဏီ
supplier-district_office = ခရိုင်ရုံး
thing-photos = ဓာတ်ပုံများ
thing-fee = အခကြေးငွေ
thing-application_form = လျှောက်လွှာပုံစံ
thing-biometrics = ရုံးတွင် လက်ဗွေနှိပ်ခြင်းနှင့် ဓာတ်ပုံရိုက်ခြင်း
thing-name_list = သင့်အလုပ်ရှင်၏ အမည်စာရင်း (သို့မဟုတ် ၎င်း၏ လက်ခံဖြတ်ပိုင်း)
thing-receipt = သက်တမ်းတိုး လက်ခံဖြတ်ပိုင်းနှင့် အခကြေးငွေ ဖြတ်ပိုင်း
thing-tax_receipt = ဝင်ငွေခွန် လက်ခံဖြတ်ပိုင်း
thing-power_of_attorney = ကိုယ်စားလှယ်လွှဲစာ
thing-social_security = လူမှုဖူလုံရေး စာရွက်စာတမ်းများ
problem-unknown-checklist-item = ထိုယူဆောင်ရမည့်စာရင်းတွင် ထိုအရာ မပါပါ။
problem-unknown-route = အသုံးပြုနေသော စည်းမျဉ်းများတွင် ထိုလမ်းကြောင်း မရှိပါ။
field-checklist_item = ယူဆောင်ရမည့် အရာ
field-route = တရားဝင်ပြန်ဖြစ်ရေး လမ်းကြောင်း

event-custody_changed = အခြားသူက ကိုင်ထားသည် သို့မဟုတ် သင် ပြန်ရပြီ
event-photo_deleted = ၎င်း၏ ဓာတ်ပုံကို ဖျက်လိုက်သည်
event-shared = အဖွဲ့အစည်းတစ်ခုနှင့် မျှဝေခဲ့သည်
event-share_imported = အလုပ်သမား၏ မျှဝေချက်မှ ထည့်သွင်းခဲ့သည်
custodian-worker = သင်
custodian-employer = သင့်အလုပ်ရှင်
custodian-broker = ပွဲစား သို့မဟုတ် အေဂျင်စီ
custodian-office = အစိုးရရုံး
custodian-other = အခြားသူ
custodian-unknown = မသိရ
payee-employer = သင့်အလုပ်ရှင်
payee-broker = ပွဲစား
payee-agency = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီ
payee-office = အစိုးရရုံး
payee-other = အခြားသူ
field-custodian = ကိုင်ထားသူ
field-payee = ငွေလက်ခံသူ
field-amount = ငွေပမာဏ
field-currency = ငွေကြေးအမျိုးအစား
field-province = ပြည်နယ်
field-problem = အကူအညီ အမျိုးအစား
problem-unknown-province = ဤအမည်သည် ထိုင်းနိုင်ငံ၏ ပြည်နယ် မဟုတ်ပါ။ ၎င်း၏အမည်ကို အင်္ဂလိပ် သို့မဟုတ် ထိုင်းဘာသာဖြင့် ရေးပါ။
reason-custody-flag-after = { $holder } က { $span } ထက်ပို၍ ကိုင်ထားသော စာရွက်စာတမ်းကို သတိပေးသည်
reason-custody-law = အလုပ်သမား၏ အလုပ်လုပ်ခွင့်ပါမစ် သို့မဟုတ် ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်းများကို သိမ်းထားသူကို ဥပဒေက အပြစ်ပေးသည်
reason-overcharge-limit = တရားဝင် အခကြေးငွေ၏ { $percent } % ထက် ပိုပေးရသော ငွေကို သတိပေးသည်
reason-route-fees = ဤလမ်းကြောင်း၏ တရားဝင် အခကြေးငွေ: { $amount }
plan-ask-back = { $date } မတိုင်မီ သင်၏ { $kind } ကို { $holder } ထံမှ ပြန်တောင်းပါ
flag-document-held = သင်၏ { $kind } သည် { $date } မှစ၍ { $holder } ထံတွင် ရှိနေသည် ({ $days } ရက်)။ သင့်စာရွက်စာတမ်းကို သင်ကိုယ်တိုင် ကိုင်ထားပိုင်ခွင့် ရှိသည်။
flag-overcharge-paid = သင်သည် { $payee } ကို { $amount } ပေးခဲ့သည်။ တရားဝင် အခကြေးငွေမှာ { $official } ဖြစ်သည်။
flag-overcharge-asked = { $payee } က သင့်ထံ { $amount } တောင်းခဲ့သည်။ တရားဝင် အခကြေးငွေမှာ { $official } ဖြစ်သည်။

problem-documents = စာရွက်စာတမ်းနှင့် သက်တမ်းတိုးခြင်း
problem-job_change = အလုပ်ပြုတ်ခြင်း သို့မဟုတ် အလုပ်ပြောင်းခြင်း
problem-wages = လုပ်ခ၊ စာချုပ်နှင့် တိုင်ကြားခြင်း
problem-documents_held = အခြားသူ သိမ်းထားသော စာရွက်စာတမ်း
problem-trafficking = ခေါင်းပုံဖြတ်ခြင်းနှင့် လူကုန်ကူးခြင်း
problem-arrest = ဖမ်းဆီးခြင်းနှင့် ထိန်းသိမ်းခြင်း
problem-health = ကျန်းမာရေး၊ ဒဏ်ရာနှင့် လျော်ကြေး
service-kind-hotline = အကူအညီ ဖုန်းလိုင်း (hotline)
service-kind-ngo = အလုပ်သမားများကို ကူညီသော အဖွဲ့
service-kind-legal_aid = ဥပဒေ အကူအညီ
service-kind-union = အလုပ်သမား သမဂ္ဂ သို့မဟုတ် ကွန်ရက်
service-kind-labour_office = အလုပ်သမားရုံး
service-kind-immigration_office = လူဝင်မှုကြီးကြပ်ရေး ရုံး
service-kind-embassy = သံရုံး သို့မဟုတ် ကောင်စစ်ဝန် ရုံး
service-kind-shelter = ခိုလှုံရာ နေရာ
service-kind-health = ကျန်းမာရေး ဝန်ဆောင်မှု
service-kind-police = ရဲ
service-kind-radio = ရွှေ့ပြောင်းအလုပ်သမားများအတွက် ရေဒီယို

## Words of the command-line tool: situation, help, checklists

ui-situation = လူတစ်ဦးချင်းစီ၏ အခြေအနေ
ui-flags = { $name } အတွက် ကိုယ်ပိုင် သတိပေးချက်များ (လော့ခ်မျက်နှာပြင်တွင် ဘယ်တော့မှ မပြပါ)
ui-checklist-progress = ယူဆောင်ရမည့်အရာ: { $total } ခုတွင် { $ready } ခု အသင့်ဖြစ်ပြီ ({ $list })
ui-help-names = အကူအညီ ရယူနိုင်သည့်နေရာ: { $names }
ui-route-name = တရားဝင်ပြန်ဖြစ်ရေး လမ်းကြောင်း: { $name }
ui-services = အကူအညီ ရယူနိုင်သည့်နေရာ ({ $count } ခု)
ui-services-none = စာရင်းတွင် ကိုက်ညီသော ဝန်ဆောင်မှု မရှိပါ။ နိုင်ငံအဆင့် အကူအညီ ဖုန်းလိုင်းများကို ပြည်နယ် မဖော်ပြဘဲ စာရင်းပြုထားသည်။
ui-service-verified = နောက်ဆုံး စစ်ဆေးသည့်ရက် { $date }
ui-service-sources = ရင်းမြစ်များ
ui-service-helps = ကူညီသည့်ကိစ္စ: { $helps }
ui-service-languages = ဘာသာစကား: { $languages }
ui-item-ready = အသင့်ဖြစ်ပြီ
ui-item-missing = မရသေး
ui-item-supplier = { $supplier } ထံမှ

## A renewal handed in: what its receipt covers

reason-receipt-covers = သက်တမ်းတိုးကို စောင့်နေစဉ် လက်ခံဖြတ်ပိုင်းနှင့် အခကြေးငွေ ဖြတ်ပိုင်းကို { $kind } အစား သုံးနိုင်သည်
reason-pending-not-covered = သက်တမ်းတိုးကို { $date } တွင် လျှောက်ထားခဲ့သော်လည်း လက်ခံဖြတ်ပိုင်းက { $kind } ၏ သက်တမ်းကို မတိုးပေးပါ: စောင့်နေစဉ် ၎င်းသည် မူလ ကုန်ဆုံးရက်တွင် ကုန်ဆုံးသည်
reason-follows-pending = { $kind } ၏ သက်တမ်းတိုးကို စောင့်နေဆဲဖြစ်ပြီး လက်ခံဖြတ်ပိုင်းကို အစား သုံးနိုင်သည်: { $found } သည်လည်း ၎င်းနှင့်အတူ စောင့်နေသည်
reason-replaced-rule = ယခင် စည်းမျဉ်း၊ { $date } မှစ၍ အထက်ပါ စည်းမျဉ်းဖြင့် အစားထိုးခဲ့သည်

## Notices: what a change of the rules changed for a person (docs/adr/0023).
notice-status = သင်၏ { $kind } ၏ အခြေအနေ ပြောင်းလဲသွားပြီ: ယခု { $status } (ယခင်: { $was })။
notice-date-moved = သင်၏ { $kind }: { $which } သည် ယခု { $date } ဖြစ်သည် (ယခင်: { $was })။
notice-date-added = သင်၏ { $kind }: { $which } သည် ယခု { $date } ဖြစ်သည်။
notice-date-removed = သင်၏ { $kind }: { $which } မရှိတော့ပါ (ယခင်: { $was })။
notice-fees = သင်၏ { $kind }: တရားဝင် အခကြေးငွေမှာ ယခု { $amount } ဖြစ်သည် (ယခင်: { $was })။
notice-fines = သင်၏ { $kind }: ပေးရမည့် ဒဏ်ငွေမှာ ယခု { $amount } ဖြစ်သည် (ယခင်: { $was })။
notice-blocked = သင်၏ { $kind }: လိုအပ်သော စာရွက်စာတမ်းတစ်ခု ပြည့်စုံမှန်ကန်သည်အထိ ယခု သက်တမ်းတိုး၍ မရပါ (လိုအပ်ချက် မပြည့်စုံသေး)။
notice-unblocked = သင်၏ { $kind }: သက်တမ်းတိုးရန် အတားအဆီး မရှိတော့ပါ။
notice-step-added = သင့်အစီအစဉ်တွင် အဆင့်အသစ်: { $action }။
notice-step-removed = သင့်အစီအစဉ်တွင် မပါတော့ပါ: { $action }။
notice-from = { $date } မှစ၍ အကျုံးဝင်သည်။
notice-source = ရင်းမြစ်: { $source }။
reminder-short-notice = သင့်စာရွက်စာတမ်းများဆိုင်ရာ စည်းမျဉ်းများ ပြောင်းလဲသွားပြီ။ သင့်အပေါ် မည်သို့ သက်ရောက်သည်ကို အက်ပ်ကို ဖွင့်၍ ကြည့်ပါ။
reminder-detail-notice = စည်းမျဉ်းများ ပြောင်းလဲသွားပြီ: သင့်စာရွက်စာတမ်းများအတွက် ဖတ်ရန် အပြောင်းအလဲ { $count } ခု ရှိသည်။
