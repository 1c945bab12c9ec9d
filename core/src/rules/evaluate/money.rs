//! Money and reminders: official fees, fines owed, and the reminder ladder.

use super::context::Context;
use super::report::{DateKind, DocumentStatus, FeeDue, FineDue, Reminder};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::{Document, LifecycleState};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::model::{FineFrom, Slot, WaiverPeriod};
use chrono::NaiveDate;

impl Context<'_, '_> {
    /// Fees for the next renewal and fines owed on the evaluation date.
    ///
    /// Fees are event-dated: once a renewal is submitted (`submitted`), the
    /// fees in force on the day of submission apply; before, those in force
    /// on the evaluation date. Fines run from the day after `deadline` (or
    /// `grace_end`), leaving out the days a waiver covers.
    pub(super) fn money(
        &self,
        doc: &Document,
        res: &Resolved,
        st: &mut DocumentStatus,
        (deadline, grace_end): (NaiveDate, Option<NaiveDate>),
        submitted: Option<NaiveDate>,
    ) {
        let on_submission = submitted.and_then(|day| self.resolve_on(doc, day));
        let fee_rules = on_submission.as_deref().unwrap_or(res);
        if on_submission.is_some() {
            st.rules = res.rule_ids_except(|s| matches!(s, Slot::Fee(_)));
        }
        for (fee, rule) in fee_rules.fees() {
            st.rules.push(rule.id.clone());
            let mut message = Message::new(M::ReasonFee)
                .text(A::Label, fee.label.clone())
                .money(A::Amount, fee.amount, &fee.currency);
            if let Some(day) = submitted {
                message = Message::new(M::ReasonFeeOnSubmission)
                    .text(A::Label, fee.label.clone())
                    .money(A::Amount, fee.amount, &fee.currency)
                    .date(A::Date, day);
            }
            st.fees.push(FeeDue {
                fee: fee.clone(),
                reason: rule_reason(rule, message),
            });
        }
        let pending = self.pending_in_time(doc, deadline);
        for (fine, rule) in res.fines() {
            let from = match fine.from {
                FineFrom::Deadline => deadline,
                FineFrom::GraceEnd => grace_end.unwrap_or(deadline),
            };
            let Some(first_late) = from.succ_opt().filter(|d| *d <= self.as_of) else {
                continue;
            };
            let late = (self.as_of - from).num_days().unsigned_abs();
            let mut waived: Vec<(NaiveDate, NaiveDate)> = Vec::new();
            let mut waivers = Vec::new();
            for (waiver, by) in res.waivers().into_iter().filter(|(w, _)| w.fine == fine.id) {
                let (start, end, note) = match waiver.period {
                    WaiverPeriod::Between { from: a, to: b } => (
                        a.max(first_late),
                        b.min(self.as_of),
                        Message::new(M::NoteFineWaivedPeriod)
                            .date(A::From, a)
                            .date(A::To, b),
                    ),
                    WaiverPeriod::RenewalPending => match pending {
                        Some(day) => (
                            first_late,
                            self.as_of,
                            Message::new(M::NoteFineWaivedPending).date(A::Date, day),
                        ),
                        None => continue,
                    },
                };
                if start > end {
                    continue;
                }
                let days = (end - start).num_days().unsigned_abs() + 1;
                let note = note
                    .text(A::Label, fine.label.clone())
                    .number(A::Days, i64::try_from(days).unwrap_or(i64::MAX))
                    .rule(A::Rule, &by.id);
                self.note(&mut st.notes, || note.clone());
                waivers.push(rule_reason(by, note));
                waived.push((start, end));
                st.rules.push(by.id.clone());
            }
            let waived_days = covered_days(&mut waived);
            let days_late = late.saturating_sub(waived_days);
            if days_late == 0 {
                continue;
            }
            let amount = fine.amount_after(days_late);
            let message = if waived_days == 0 {
                Message::new(M::ReasonFine)
            } else {
                Message::new(M::ReasonFineWithWaiver)
                    .number(A::Waived, i64::try_from(waived_days).unwrap_or(i64::MAX))
            };
            st.fines.push(FineDue {
                fine: fine.clone(),
                days_late,
                waived_days,
                waivers,
                amount,
                reason: rule_reason(
                    rule,
                    message
                        .text(A::Label, fine.label.clone())
                        .money(A::Amount, amount, &fine.currency)
                        .number(A::Days, i64::try_from(days_late).unwrap_or(i64::MAX))
                        .date(A::Date, from),
                ),
            });
        }
    }

    /// The day a renewal was submitted, if it was submitted on or before
    /// `deadline` and is still pending on the evaluation date.
    fn pending_in_time(&self, doc: &Document, deadline: NaiveDate) -> Option<NaiveDate> {
        match self.records.get(&doc.id)?.state {
            LifecycleState::RenewalInProgress {
                submitted_on: Some(day),
                ..
            } if day <= deadline => Some(day),
            _ => None,
        }
    }

    pub(super) fn reminders(
        &self,
        res: &Resolved,
        st: &mut DocumentStatus,
        target: DateKind,
        date: NaiveDate,
    ) {
        let Some((ladder, rule)) =
            res.get(Slot::ReminderLadder, |r| r.effect.reminder_ladder.clone())
        else {
            return;
        };
        for step in ladder {
            if let Some(on) = step.before(date) {
                let reminder = Reminder {
                    date: on,
                    before: step,
                    target,
                    reason: rule_reason(
                        rule,
                        Message::new(M::ReasonReminder)
                            .span(A::Span, step)
                            .term(A::Target, target.term())
                            .date(A::Date, date),
                    ),
                };
                if on == self.as_of {
                    st.reminders_due.push(reminder.clone());
                }
                st.reminders.push(reminder);
            }
        }
    }
}

/// The number of days the inclusive `ranges` cover together (overlaps
/// counted once).
fn covered_days(ranges: &mut [(NaiveDate, NaiveDate)]) -> u64 {
    ranges.sort();
    let mut total = 0;
    let mut reach: Option<NaiveDate> = None;
    for &(start, end) in ranges.iter() {
        let start = match reach {
            Some(r) if start <= r => match r.succ_opt() {
                Some(next) => next,
                None => continue,
            },
            _ => start,
        };
        if start <= end {
            total += (end - start).num_days().unsigned_abs() + 1;
        }
        reach = Some(reach.map_or(end, |r| r.max(end)));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::covered_days;
    use chrono::NaiveDate;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, day).unwrap()
    }

    #[test]
    fn overlapping_waivers_count_each_day_once() {
        assert_eq!(covered_days(&mut []), 0);
        assert_eq!(covered_days(&mut [(d(2, 1), d(2, 1))]), 1);
        assert_eq!(
            covered_days(&mut [(d(2, 1), d(2, 10)), (d(2, 5), d(2, 20))]),
            20
        );
        assert_eq!(
            covered_days(&mut [(d(3, 1), d(3, 2)), (d(2, 1), d(2, 2))]),
            4
        );
        assert_eq!(
            covered_days(&mut [(d(2, 1), d(2, 28)), (d(2, 3), d(2, 4))]),
            28
        );
    }
}
