//! What to do next, after evaluation: the renewal plan's steps ([`steps`]),
//! each person's plan finished with their situation, routes back,
//! checklists and private flags ([`person`], [`checklist`]), and the
//! reminders a phone schedules ([`reminders`]), and what a change of rules
//! changes for a person ([`notices`]). They read an
//! [`Evaluation`](crate::rules::Evaluation), the person's record and the
//! rules; none touches the store. Pure: the same input always gives the
//! same plan.

pub mod checklist;
pub mod notices;
pub mod person;
pub mod reminders;
pub mod steps;

pub use checklist::{Checklist, ChecklistEntry};

/// How far ahead the plan looks for renewal windows that open.
pub const PLAN_HORIZON: crate::domain::dates::Span = crate::domain::dates::Span::Months(6);
pub use person::{person_plan, Flag, FlagKind, PersonInput, PersonPlan, Situation};
pub use reminders::{plan_reminders, ReminderKind, ReminderState};
pub use steps::{
    plan_by_person, plan_steps, Action, AskBack, ChecklistProgress, Step, StepFee, StepFine,
};
