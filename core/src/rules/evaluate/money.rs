//! Money and reminders: official fees, fines owed, and the reminder ladder.

use super::context::Context;
use super::report::{DateKind, DocumentStatus, FeeDue, FineDue, Reminder};
use super::resolve::Resolved;
use super::rule_reason;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::model::{FineFrom, Slot};
use chrono::NaiveDate;

impl Context<'_> {
    pub(super) fn money(
        &self,
        res: &Resolved,
        st: &mut DocumentStatus,
        deadline: NaiveDate,
        grace_end: Option<NaiveDate>,
    ) {
        for (fee, rule) in res.fees() {
            st.fees.push(FeeDue {
                fee: fee.clone(),
                reason: rule_reason(
                    rule,
                    Message::new(M::ReasonFee)
                        .text("label", fee.label.clone())
                        .money("amount", fee.amount, &fee.currency),
                ),
            });
        }
        for (fine, rule) in res.fines() {
            let from = match fine.from {
                FineFrom::Deadline => Some(deadline),
                FineFrom::GraceEnd => Some(grace_end.unwrap_or(deadline)),
            };
            let Some(from) = from else { continue };
            let days_late = (self.as_of - from).num_days();
            if days_late <= 0 {
                continue;
            }
            let days_late = days_late as u64;
            let amount = fine.amount_after(days_late);
            st.fines.push(FineDue {
                fine: fine.clone(),
                days_late,
                amount,
                reason: rule_reason(
                    rule,
                    Message::new(M::ReasonFine)
                        .text("label", fine.label.clone())
                        .money("amount", amount, &fine.currency)
                        .number("days", i64::try_from(days_late).unwrap_or(i64::MAX))
                        .date("date", from),
                ),
            });
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
                            .span("span", step)
                            .term("target", target.term())
                            .date("date", date),
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
