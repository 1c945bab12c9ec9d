//! The closed vocabularies that messages use as arguments, and their terms.

use super::{AsTerm, Term, TermGroup};
use crate::domain::{CancelReason, EventName, StateName};
use crate::plan::reminders::ReminderKind;
use crate::rules::evaluate::{DateKind, TimeStatus};
use crate::rules::model::Confidence;
use crate::plan::steps::Action;
use crate::store::RecordKind;

const fn t(group: TermGroup, code: &'static str) -> Term {
    Term { group, code }
}

impl AsTerm for TimeStatus {
    fn term(&self) -> Term {
        t(TermGroup::Status, self.as_str())
    }
}

impl AsTerm for StateName {
    fn term(&self) -> Term {
        t(TermGroup::State, self.as_str())
    }
}

impl AsTerm for EventName {
    fn term(&self) -> Term {
        t(TermGroup::Event, self.as_str())
    }
}

impl AsTerm for DateKind {
    fn term(&self) -> Term {
        t(TermGroup::DateKind, self.as_str())
    }
}

impl AsTerm for Action {
    fn term(&self) -> Term {
        t(TermGroup::Action, self.as_str())
    }
}

impl AsTerm for Confidence {
    fn term(&self) -> Term {
        t(
            TermGroup::Confidence,
            match self {
                Confidence::High => "high",
                Confidence::Medium => "medium",
                Confidence::Low => "low",
                Confidence::Setting => "setting",
            },
        )
    }
}

impl AsTerm for CancelReason {
    fn term(&self) -> Term {
        t(TermGroup::CancelReason, self.as_str())
    }
}

impl AsTerm for RecordKind {
    fn term(&self) -> Term {
        t(TermGroup::Record, self.code())
    }
}

/// Every term of every group (the catalogs must name each).
pub fn all() -> Vec<Term> {
    let mut out = Vec::new();
    out.extend(TimeStatus::ALL.iter().map(AsTerm::term));
    out.extend(StateName::ALL.iter().map(AsTerm::term));
    out.extend(EventName::ALL.iter().map(AsTerm::term));
    out.extend(DateKind::ALL.iter().map(AsTerm::term));
    out.extend(Action::ALL.iter().map(AsTerm::term));
    out.extend(
        [
            Confidence::High,
            Confidence::Medium,
            Confidence::Low,
            Confidence::Setting,
        ]
        .iter()
        .map(AsTerm::term),
    );
    out.extend(CancelReason::ALL.iter().map(AsTerm::term));
    out.extend(RecordKind::ALL.iter().map(AsTerm::term));
    out.extend(ReminderKind::ALL.iter().map(AsTerm::term));
    out.extend(
        crate::plan::reminders::ReminderState::CODES
            .iter()
            .map(|code| t(TermGroup::ReminderState, code)),
    );
    out.extend(crate::app::Field::ALL.iter().map(AsTerm::term));
    out
}
