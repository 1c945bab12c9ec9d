//! Recurring obligations (the 90-day report) and the job-change period
//! after leaving an employer.

use super::context::Context;
use super::report::{Basis, DateKind, DocumentField, DocumentStatus, KeyDate, Reason, TimeStatus};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::{Document, DocumentRecord, EventName};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::model::Slot;
use chrono::NaiveDate;

impl Context<'_, '_> {
    pub(super) fn recurring(
        &self,
        doc: &Document,
        record: &DocumentRecord,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) {
        let Some((rec, rule)) = res.get(Slot::Recurring, |r| r.effect.recurring) else {
            self.because(&mut st.status_reasons, || {
                Reason::document(DocumentField::Kind, Message::new(M::ReasonNoRecurringRule))
            });
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
                    Message::new(M::ReasonLastReportFiled).date(A::Date, last),
                ),
            ),
            (None, Some(entry)) => (
                entry,
                Reason::document(
                    DocumentField::IssuedOn,
                    Message::new(M::ReasonDateOfEntry).date(A::Date, entry),
                ),
            ),
            (None, None) => {
                self.because(&mut st.status_reasons, || {
                    Reason::document(
                        DocumentField::IssuedOn,
                        Message::new(M::ReasonEntryDateMissing),
                    )
                });
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
        let why = |m: &dyn Fn() -> Message| {
            self.explained(|| vec![anchor_reason.clone(), rule_reason(rule, m())])
        };
        st.dates.push(KeyDate {
            kind: DateKind::ReportDue,
            date: due,
            reasons: why(&|| Message::new(M::ReasonReportDue).span(A::Span, rec.every)),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowOpens,
            date: opens,
            reasons: why(&|| {
                Message::new(M::ReasonReportWindowOpens)
                    .span(A::Span, rec.window_before)
                    .date(A::Date, due)
            }),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowCloses,
            date: closes,
            reasons: why(&|| {
                Message::new(M::ReasonReportWindowCloses)
                    .span(A::Span, rec.window_after)
                    .date(A::Date, due)
            }),
        });
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(due) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: self.explained(|| {
                        vec![rule_reason(
                            r,
                            Message::new(M::ReasonDueSoon)
                                .span(A::Span, span)
                                .date(A::Date, due),
                        )]
                    }),
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
        self.money(doc, res, st, (due, Some(closes)), None);
        self.reminders(res, st, DateKind::ReportDue, due);
    }

    /// The job-change period of a document cancelled because the worker
    /// left the employer on `left_on`. The period is the one in force on
    /// that day (event-dated: a later rule does not change it). A new
    /// document of the same kind issued within the period closes it.
    /// Returns `false` when no job-change period applied that day.
    pub(super) fn job_change(
        &self,
        doc: &Document,
        left_on: NaiveDate,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) -> bool {
        let Some(on_that_day) = self.resolve_on(doc, left_on) else {
            return false;
        };
        let Some((period, rule)) =
            on_that_day.span(Slot::JobChangePeriod, |r| r.effect.job_change_period)
        else {
            return false;
        };
        let Some(deadline) = period.after(left_on) else {
            return false;
        };
        // The as-of winner of the period did not decide it; the rule of that day did.
        st.rules = res.rule_ids_except(|s| *s == Slot::JobChangePeriod);
        st.rules.push(rule.id.clone());
        let left = Reason::event(
            EventName::Cancelled,
            left_on,
            Message::new(M::ReasonLeftEmployer).date(A::Date, left_on),
        );
        let reasons = self.explained(|| {
            vec![
                left.clone(),
                rule_reason(
                    rule,
                    Message::new(M::ReasonJobChangePeriod)
                        .span(A::Span, period)
                        .date(A::Date, left_on),
                ),
            ]
        });
        st.dates.push(KeyDate {
            kind: DateKind::JobChangeDeadline,
            date: deadline,
            reasons,
        });
        if let Some((new, issued)) = self.job_change_closed_by(doc, left_on, deadline) {
            // Done: a new permit within the period. Nothing left to do here.
            self.because(&mut st.status_reasons, || Reason {
                basis: Basis::Related {
                    document: new,
                    kind: doc.kind.clone(),
                },
                message: Message::new(M::ReasonJobChangeDone)
                    .kind(A::Kind, &doc.kind)
                    .date(A::Date, issued),
            });
            return true;
        }
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(deadline) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: self.explained(|| {
                        vec![rule_reason(
                            r,
                            Message::new(M::ReasonDueSoon)
                                .span(A::Span, span)
                                .date(A::Date, deadline),
                        )]
                    }),
                });
            }
        }
        self.set_status(st, deadline, None, false);
        if st.status == TimeStatus::Valid {
            // Not "valid": the permit is cancelled and the period is running.
            st.status = TimeStatus::JobChange;
            st.phase = TimeStatus::JobChange;
            st.status_reasons = self.explained(|| vec![left]);
        }
        self.reminders(res, st, DateKind::JobChangeDeadline, deadline);
        true
    }
}
