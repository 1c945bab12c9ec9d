//! What a change of rules changes for a scenario's people: the comparison
//! behind notices (`plan::notices`), run on the people of a scenario file
//! instead of a store, so maintainers review a change against the
//! scenario people (`doctrack rules diff OLD NEW`).

use super::Scenario;
use crate::domain::Notice;
use crate::plan::notices::{changes, days_of_change, rules_differ, Days, Side};
use crate::rules::evaluate::DocumentStatus;
use crate::rules::model::RuleSet;
use chrono::NaiveDate;

impl Scenario {
    /// Every change from `before` to `after` (rules and their labels) for
    /// each person of the scenario (by their name in the file), on `today`
    /// and on each day within a year on which a changed rule starts or
    /// stops (at most `max_days` of them).
    pub fn rule_changes(
        &self,
        (before, before_label): (&RuleSet, &str),
        (after, after_label): (&RuleSet, &str),
        today: NaiveDate,
        max_days: usize,
    ) -> Vec<(String, Notice)> {
        if !rules_differ(before, after) {
            return Vec::new();
        }
        let mut days = vec![today];
        days.extend(days_of_change(before, after, today, max_days));
        let mut out: Vec<(String, Notice)> = Vec::new();
        for on in days {
            let old_eval = self.evaluate(before, on);
            let new_eval = self.evaluate(after, on);
            let mut names: Vec<&String> = self.person_names.values().collect();
            names.sort();
            for name in names {
                let (Some(old_plan), Some(new_plan)) = (
                    self.plan_in(&old_eval, before, name),
                    self.plan_in(&new_eval, after, name),
                ) else {
                    continue;
                };
                let Some(id) = self.person_id(name) else {
                    continue;
                };
                let old_st: Vec<&DocumentStatus> = old_eval
                    .documents
                    .iter()
                    .filter(|s| s.holder == id)
                    .collect();
                let new_st: Vec<&DocumentStatus> = new_eval
                    .documents
                    .iter()
                    .filter(|s| s.holder == id)
                    .collect();
                let found = changes(
                    Side {
                        rules: before,
                        statuses: &old_st,
                        steps: &old_plan.steps,
                        label: before_label,
                    },
                    Side {
                        rules: after,
                        statuses: &new_st,
                        steps: &new_plan.steps,
                        label: after_label,
                    },
                    Days { today, on },
                );
                for n in found {
                    let seen = out.iter().any(|(p, o)| {
                        p == name && o.document == n.document && o.change == n.change
                    });
                    if !seen {
                        out.push((name.clone(), n));
                    }
                }
            }
        }
        out
    }
}
