//! The terms of the domain's closed vocabularies (states, events, reasons
//! for cancelling, who holds a document, whom a worker paid). Each vocabulary above the domain (statuses, dates,
//! actions, confidences, records, reminders, fields) implements [`AsTerm`]
//! beside its type; `crate::app::vocabulary` lists every term of every group.

use super::{AsTerm, Term, TermGroup};
use crate::domain::{CancelReason, Custodian, EventName, Payee, StateName};

impl AsTerm for StateName {
    fn term(&self) -> Term {
        Term::new(TermGroup::State, self.as_str())
    }
}

impl AsTerm for EventName {
    fn term(&self) -> Term {
        Term::new(TermGroup::Event, self.as_str())
    }
}

impl AsTerm for CancelReason {
    fn term(&self) -> Term {
        Term::new(TermGroup::CancelReason, self.as_str())
    }
}

impl AsTerm for Custodian {
    fn term(&self) -> Term {
        Term::new(TermGroup::Custodian, self.as_str())
    }
}

impl AsTerm for Payee {
    fn term(&self) -> Term {
        Term::new(TermGroup::Payee, self.as_str())
    }
}
