//! Office working days: when the next date to act by falls on a weekend or
//! on a holiday of the set's calendar, the last working day before it
//! ([`DateKind::ActBy`]), with a reason naming each closed day and its source.
//!
//! Only dates by which a person must *act at an office* move: the renewal
//! deadline, the job-change deadline, the end of a grace period, and the
//! 90-day report's due date or, once it has passed, the end of its filing
//! window. Dates printed on documents or set by a rule for validity
//! (valid until, term limit) and the opening of windows never move. The
//! legal date itself stays as it is (statuses, fines and grace are counted
//! from it); `ActBy` is advice: the last day the office is surely open.
//! See docs/adr/0014.

use super::context::Context;
use super::report::{Basis, DateKind, DocumentStatus, KeyDate, Reason, TimeStatus};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::calendar::is_weekend;

/// The dates that move to the last working day before them.
pub const OFFICE_DATES: [DateKind; 5] = [
    DateKind::Deadline,
    DateKind::GraceEnds,
    DateKind::ReportDue,
    DateKind::ReportWindowCloses,
    DateKind::JobChangeDeadline,
];

impl Context<'_, '_> {
    /// Adds the act-by date for the next date to act by, when that date is
    /// not a working day and the last working day before it is still ahead
    /// (on or after the evaluation date).
    pub(super) fn act_by(&self, st: &mut DocumentStatus) {
        if st.status == TimeStatus::NotApplicable {
            return;
        }
        let Some(next) = st.next_deadline() else {
            return;
        };
        if !OFFICE_DATES.contains(&next.kind) || next.date < self.as_of {
            return;
        }
        let (kind, deadline) = (next.kind, next.date);
        let calendar = self.rules.calendar();
        let Some(shift) = calendar.shift_back(deadline) else {
            return;
        };
        if shift.to < self.as_of {
            return;
        }
        if !self.explain {
            st.dates.push(KeyDate {
                kind: DateKind::ActBy,
                date: shift.to,
                reasons: Vec::new(),
            });
            return;
        }
        let on_deadline = calendar.closure(deadline);
        let mut reasons = vec![Reason {
            basis: Basis::OfficeClosed {
                date: deadline,
                sources: on_deadline.map_or_else(Vec::new, |c| c.sources.to_vec()),
            },
            message: Message::new(M::ReasonActBy)
                .term(A::Kind, kind.term())
                .date(A::Deadline, deadline)
                .date(A::Date, shift.to),
        }];
        for c in &shift.closures {
            reasons.push(Reason {
                basis: Basis::OfficeClosed {
                    date: c.date,
                    sources: c.sources.to_vec(),
                },
                message: Message::new(M::ReasonClosedHoliday)
                    .date(A::Date, c.date)
                    .text(A::Holiday, c.name.clone()),
            });
        }
        if shift.weekend {
            let mut day = deadline;
            while !is_weekend(day) && day > shift.to {
                match day.pred_opt() {
                    Some(d) => day = d,
                    None => break,
                }
            }
            reasons.push(Reason {
                basis: Basis::OfficeClosed {
                    date: day,
                    sources: Vec::new(),
                },
                message: Message::new(M::ReasonClosedWeekend).date(A::Date, day),
            });
        }
        st.dates.push(KeyDate {
            kind: DateKind::ActBy,
            date: shift.to,
            reasons,
        });
    }
}
