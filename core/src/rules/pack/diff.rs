//! What a rule set changes compared with another: rules added, changed,
//! removed and newly superseded, and holiday years added, changed or
//! removed (for `doctrack pack show`).

use crate::rules::diagnostics::Location;
use crate::rules::model::Rule;
use crate::rules::RuleSet;
use serde::Serialize;
use std::collections::BTreeSet;

/// The differences between a base rule set and a new one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RuleDiff {
    /// Rule ids only in the new set.
    pub added: Vec<String>,
    /// Rule ids in both whose content differs (where they are written, and
    /// maintainers' notes, do not count).
    pub changed: Vec<String>,
    /// Rule ids only in the base set.
    pub removed: Vec<String>,
    /// `(old, new)`: the new set's rule `new` supersedes `old`, which the base set did not say.
    pub superseded: Vec<(String, String)>,
    /// Years with holiday data only in the new set.
    pub holiday_years_added: Vec<i32>,
    /// Years whose holidays differ.
    pub holiday_years_changed: Vec<i32>,
    /// Years with holiday data only in the base set.
    pub holiday_years_removed: Vec<i32>,
}

impl RuleDiff {
    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self == &RuleDiff::default()
    }
}

/// A rule without what phones never see: where it is written, and the
/// maintainers' notes and rationale (compiled rules leave them out).
fn without_location(rule: &Rule) -> Rule {
    let mut r = rule.clone();
    r.location = Location {
        file: String::new(),
        line: 0,
        column: 0,
    };
    r.notes = None;
    r.rationale = None;
    r
}

/// What `new` changes compared with `base`.
pub fn diff(base: &RuleSet, new: &RuleSet) -> RuleDiff {
    let mut out = RuleDiff::default();
    for rule in new.rules() {
        match base.get(&rule.id) {
            None => out.added.push(rule.id.clone()),
            Some(old) if without_location(old) != without_location(rule) => {
                out.changed.push(rule.id.clone())
            }
            Some(_) => {}
        }
        let before: BTreeSet<&String> = base
            .get(&rule.id)
            .map(|old| old.supersedes.iter().collect())
            .unwrap_or_default();
        for s in &rule.supersedes {
            if !before.contains(s) {
                out.superseded.push((s.clone(), rule.id.clone()));
            }
        }
    }
    out.removed = base
        .rules()
        .iter()
        .filter(|r| new.get(&r.id).is_none())
        .map(|r| r.id.clone())
        .collect();
    let (old_cal, new_cal) = (base.calendar(), new.calendar());
    let days = |cal: &crate::rules::calendar::Calendar, year: i32| {
        cal.closures()
            .filter(|c| chrono::Datelike::year(&c.date) == year)
            .cloned()
            .collect::<Vec<_>>()
    };
    for year in new_cal.years() {
        if !old_cal.years().contains(year) {
            out.holiday_years_added.push(*year);
        } else if days(old_cal, *year) != days(new_cal, *year) {
            out.holiday_years_changed.push(*year);
        }
    }
    out.holiday_years_removed = old_cal
        .years()
        .iter()
        .filter(|y| !new_cal.years().contains(y))
        .copied()
        .collect();
    for list in [&mut out.added, &mut out.changed, &mut out.removed] {
        list.sort();
    }
    out.superseded.sort();
    out
}
