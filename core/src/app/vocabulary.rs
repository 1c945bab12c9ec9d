//! Every word of every closed vocabulary that messages carry as a
//! [`Term`]: statuses, states, events, dates, actions, confidences, reasons
//! for cancelling, records, reminders, reminder states and input fields.
//! Each vocabulary names its own words beside its type ([`AsTerm`]); this
//! list, at the top of the house, is what the catalogs are checked against
//! and what an app's term id (`status-due_soon`) is read back with.

use super::Field;
use crate::domain::{CancelReason, Custodian, EventName, Payee, StateName};
use crate::messages::{AsTerm, Term, TermGroup};
use crate::plan::{Action, ReminderKind, ReminderState};
use crate::rules::directory::{HelpTopic, ServiceKind};
use crate::rules::evaluate::{DateKind, TimeStatus};
use crate::rules::model::{Confidence, SituationKind, Supplier, Thing};
use crate::store::RecordKind;
use std::sync::OnceLock;

/// Every term of every group (the catalogs must name each).
pub fn all_terms() -> &'static [Term] {
    static ALL: OnceLock<Vec<Term>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        out.extend(TimeStatus::ALL.iter().map(AsTerm::term));
        out.extend(StateName::ALL.iter().map(AsTerm::term));
        out.extend(EventName::ALL.iter().map(AsTerm::term));
        out.extend(DateKind::ALL.iter().map(AsTerm::term));
        out.extend(Action::ALL.iter().map(AsTerm::term));
        out.extend(Confidence::ALL.iter().map(AsTerm::term));
        out.extend(CancelReason::ALL.iter().map(AsTerm::term));
        out.extend(RecordKind::ALL.iter().map(AsTerm::term));
        out.extend(ReminderKind::ALL.iter().map(AsTerm::term));
        out.extend(
            ReminderState::CODES
                .iter()
                .map(|code| Term::new(TermGroup::ReminderState, code)),
        );
        out.extend(Field::ALL.iter().map(AsTerm::term));
        out.extend(Supplier::ALL.iter().map(AsTerm::term));
        out.extend(Thing::ALL.iter().map(AsTerm::term));
        out.extend(SituationKind::ALL.iter().map(AsTerm::term));
        out.extend(Custodian::ALL.iter().map(AsTerm::term));
        out.extend(Payee::ALL.iter().map(AsTerm::term));
        out.extend(HelpTopic::ALL.iter().map(AsTerm::term));
        out.extend(ServiceKind::ALL.iter().map(AsTerm::term));
        out
    })
}

/// Every id the catalogs must define: the fixed ones and every term.
pub fn required_message_ids() -> Vec<String> {
    let mut ids = crate::messages::fixed_ids();
    ids.extend(all_terms().iter().map(Term::message_id));
    ids
}

/// The word `code` of `group`, if there is one.
pub fn find_term(group: TermGroup, code: &str) -> Option<Term> {
    all_terms()
        .iter()
        .find(|t| t.group == group && t.code == code)
        .copied()
}

/// The term whose message id is `id` (`status-due_soon`), if there is one.
pub fn term_by_id(id: &str) -> Option<Term> {
    all_terms().iter().find(|t| t.message_id() == id).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_is_found_by_its_id_and_ids_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for t in all_terms() {
            assert!(seen.insert(t.message_id()), "{} twice", t.message_id());
            assert_eq!(term_by_id(&t.message_id()), Some(*t));
            assert_eq!(find_term(t.group, t.code), Some(*t));
        }
        assert_eq!(term_by_id("status-no_such_status"), None);
    }
}
