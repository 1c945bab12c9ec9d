//! Recurring obligations (the 90-day report) and the job-change period
//! after leaving an employer.

use super::context::Context;
use super::report::{DateKind, DocumentStatus, KeyDate, Reason, TimeStatus};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::{Document, DocumentRecord, EventName};
use crate::messages::{Message, MessageId as M};
use crate::rules::model::Slot;
use chrono::NaiveDate;

impl Context<'_> {
    pub(super) fn recurring(
        &self,
        doc: &Document,
        record: &DocumentRecord,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) {
        let Some((rec, rule)) = res.get(Slot::Recurring, |r| r.effect.recurring) else {
            st.status_reasons.push(Reason::document(
                "kind",
                Message::new(M::ReasonNoRecurringRule),
            ));
            return;
        };
        let (anchor, anchor_reason) = match (
            record
                .filings
                .iter()
                .copied()
                .filter(|d| *d <= self.as_of)
                .max(),
            doc.issued_on,
        ) {
            (Some(last), _) => (
                last,
                Reason::event(
                    EventName::ReportFiled,
                    last,
                    Message::new(M::ReasonLastReportFiled).date("date", last),
                ),
            ),
            (None, Some(entry)) => (
                entry,
                Reason::document(
                    "issued_on",
                    Message::new(M::ReasonDateOfEntry).date("date", entry),
                ),
            ),
            (None, None) => {
                st.status_reasons.push(Reason::document(
                    "issued_on",
                    Message::new(M::ReasonEntryDateMissing),
                ));
                return;
            }
        };
        let (Some(due), Some(opens), Some(closes)) = (
            rec.every.after(anchor),
            rec.every
                .after(anchor)
                .and_then(|d| rec.window_before.before(d)),
            rec.every
                .after(anchor)
                .and_then(|d| rec.window_after.after(d)),
        ) else {
            return;
        };
        let why = |m: Message| vec![anchor_reason.clone(), rule_reason(rule, m)];
        st.dates.push(KeyDate {
            kind: DateKind::ReportDue,
            date: due,
            reasons: why(Message::new(M::ReasonReportDue).span("span", rec.every)),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowOpens,
            date: opens,
            reasons: why(Message::new(M::ReasonReportWindowOpens)
                .span("span", rec.window_before)
                .date("date", due)),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowCloses,
            date: closes,
            reasons: why(Message::new(M::ReasonReportWindowCloses)
                .span("span", rec.window_after)
                .date("date", due)),
        });
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(due) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: vec![rule_reason(
                        r,
                        Message::new(M::ReasonDueSoon)
                            .span("span", span)
                            .date("date", due),
                    )],
                });
            }
        }
        self.set_status(st, due, Some(closes), false);
        if st.status == TimeStatus::InGrace {
            st.status_reasons = st
                .date(DateKind::ReportWindowCloses)
                .map(|d| d.reasons.clone())
                .unwrap_or_default();
        } else if st.status == TimeStatus::Expired {
            st.status_reasons = st
                .date(DateKind::ReportWindowCloses)
                .map(|d| d.reasons.clone())
                .unwrap_or_default();
        }
        self.money(res, st, due, Some(closes));
        self.reminders(res, st, DateKind::ReportDue, due);
    }

    pub(super) fn job_change(&self, left_on: NaiveDate, res: &Resolved, st: &mut DocumentStatus) {
        let Some((period, rule)) = res.span(Slot::JobChangePeriod, |r| r.effect.job_change_period)
        else {
            return;
        };
        let Some(deadline) = period.after(left_on) else {
            return;
        };
        let reasons = vec![
            Reason::event(
                EventName::Cancelled,
                left_on,
                Message::new(M::ReasonLeftEmployer).date("date", left_on),
            ),
            rule_reason(
                rule,
                Message::new(M::ReasonJobChangePeriod).span("span", period),
            ),
        ];
        st.dates.push(KeyDate {
            kind: DateKind::JobChangeDeadline,
            date: deadline,
            reasons: reasons.clone(),
        });
        st.dates.push(KeyDate {
            kind: DateKind::WindowOpens,
            date: left_on,
            reasons: vec![reasons[0].clone()],
        });
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(deadline) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: vec![rule_reason(
                        r,
                        Message::new(M::ReasonDueSoon)
                            .span("span", span)
                            .date("date", deadline),
                    )],
                });
            }
        }
        self.set_status(st, deadline, None, false);
        self.reminders(res, st, DateKind::JobChangeDeadline, deadline);
    }
}
