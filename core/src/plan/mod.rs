//! What to do next, after evaluation: the renewal plan's steps ([`steps`])
//! and the reminders a phone schedules ([`reminders`]). Both read an
//! [`Evaluation`](crate::rules::Evaluation) and nothing else; neither
//! touches the store. Pure: the same evaluation always gives the same plan.

pub mod reminders;
pub mod steps;

pub use reminders::{plan_reminders, ReminderKind, ReminderState};
pub use steps::{plan_by_person, plan_steps, Action, Step, StepFee, StepFine};
