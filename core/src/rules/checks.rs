//! Checks across rules: unique ids, references (`supersedes`,
//! `overrides`), conflicting decisions, dependency cycles, waivers of
//! unknown fines, leaving-employer policies without a lapse.

use crate::domain::DocumentKind;
use crate::rules::diagnostics::{at, closest, Diagnostic, Location, Severity};
use crate::rules::model::{overrides, Rule, Status};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub(crate) fn check_unique_ids(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, &Location> = HashMap::new();
    for r in rules {
        if let Some(first) = seen.get(r.id.as_str()) {
            diags.push(at(
                &r.location,
                Severity::Error,
                format!("rule id \"{}\" is already used at {first}", r.id),
            ));
        } else {
            seen.insert(&r.id, &r.location);
        }
    }
}

pub(crate) fn check_references(rules: &mut [Rule], diags: &mut Vec<Diagnostic>) {
    let ids: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut superseded_from: Vec<Option<(NaiveDate, String)>> = vec![None; rules.len()];
    for r in rules.iter() {
        for (key, list) in [("supersedes", &r.supersedes), ("overrides", &r.overrides)] {
            for target in list {
                let Some(&t) = index.get(target.as_str()) else {
                    let hint = closest(target, ids.iter().map(String::as_str))
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    diags.push(at(
                        &r.location,
                        Severity::Error,
                        format!("{key} names rule \"{target}\", which does not exist{hint}"),
                    ));
                    continue;
                };
                if target == &r.id {
                    diags.push(at(
                        &r.location,
                        Severity::Error,
                        format!("rule {} cannot {key} itself", r.id),
                    ));
                    continue;
                }
                if key == "supersedes" && r.status != Status::Proposed {
                    let old = &rules[t];
                    if r.effective_from <= old.effective_from {
                        diags.push(at(&r.location, Severity::Error, format!(
                            "rule {} supersedes {} but takes effect ({}) no later than it ({}): a superseding rule must start later",
                            r.id, old.id, r.effective_from, old.effective_from
                        )));
                    }
                    let slot = &mut superseded_from[t];
                    if slot.as_ref().is_none_or(|(d, _)| r.effective_from < *d) {
                        *slot = Some((r.effective_from, r.id.clone()));
                    }
                }
            }
        }
    }
    for (rule, sup) in rules.iter_mut().zip(superseded_from) {
        match (&sup, rule.status) {
            (Some(_), Status::Superseded) | (None, Status::Proposed | Status::Approved | Status::Gazetted | Status::Suspended) => {}
            (Some((from, by)), _) => diags.push(at(&rule.location, Severity::Error, format!(
                "rule {} is superseded by {by} from {from}, but its status is \"{}\": set status = \"superseded\"",
                rule.id, status_word(rule.status)
            ))),
            (None, Status::Superseded) => diags.push(at(&rule.location, Severity::Error, format!(
                "rule {} has status \"superseded\" but no rule in force supersedes it: add supersedes = [\"{}\"] to the newer rule",
                rule.id, rule.id
            ))),
        }
        rule.superseded_from = sup.map(|(d, _)| d);
    }
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Proposed => "proposed",
        Status::Approved => "approved",
        Status::Gazetted => "gazetted",
        Status::Suspended => "suspended",
        Status::Superseded => "superseded",
    }
}

pub(crate) fn check_conflicts(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
    let by_id: HashMap<&str, &Rule> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
    for r in rules {
        if overrides(&by_id, r, &r.id) {
            diags.push(at(
                &r.location,
                Severity::Error,
                format!("rule {} overrides itself through a circle of `overrides`: say which rule wins, once", r.id),
            ));
        }
    }
    for (i, a) in rules.iter().enumerate() {
        for b in &rules[i + 1..] {
            if !a.period_overlaps(b) || !a.applies.overlaps(&b.applies) {
                continue;
            }
            if overrides(&by_id, a, &b.id) || overrides(&by_id, b, &a.id) {
                continue;
            }
            let a_slots = a.effect.slots();
            let shared: Vec<String> = b
                .effect
                .slots()
                .into_iter()
                .filter(|s| a_slots.contains(s))
                .map(|s| s.to_string())
                .collect();
            if shared.is_empty() {
                continue;
            }
            let from = a.effective_from.max(b.effective_from);
            diags.push(at(&b.location, Severity::Error, format!(
                "rules {} ({}) and {} ({}) both set {} for the same documents on the same dates (from {from}): narrow `applies`, end one with effective_to, or add overrides = [\"…\"] to the one that should win",
                a.id, a.location, b.id, b.location, shared.join(", ")
            )));
        }
    }
}

/// A waiver must name a fine that some rule defines for the same documents.
pub(crate) fn check_waived_fines(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
    let ids: BTreeSet<&str> = rules
        .iter()
        .flat_map(|r| r.effect.fines.iter().map(|f| f.id.as_str()))
        .collect();
    for r in rules {
        for w in &r.effect.waivers {
            let defined = rules.iter().any(|o| {
                o.applies.overlaps(&r.applies) && o.effect.fines.iter().any(|f| f.id == w.fine)
            });
            if defined {
                continue;
            }
            let hint = closest(&w.fine, ids.iter().copied())
                .map(|c| format!(", did you mean \"{c}\"?"))
                .unwrap_or_default();
            diags.push(at(
                &r.location,
                Severity::Error,
                format!(
                "rule {} waives fine \"{}\", which no rule defines for the same documents{hint}",
                r.id, w.fine
            ),
            ));
        }
    }
}

/// `on_leaving_employer` only matters for documents that lapse with another:
/// warn when no rule gives the same documents a `lapses_with`.
pub(crate) fn check_leaving_policies(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
    for r in rules
        .iter()
        .filter(|r| r.effect.on_leaving_employer.is_some())
    {
        let paired = rules.iter().any(|o| {
            o.effect.lapses_with.is_some() && o.applies.overlaps(&r.applies) && o.period_overlaps(r)
        });
        if !paired {
            diags.push(at(&r.location, Severity::Warning, format!(
                "rule {} sets on_leaving_employer, but no rule gives the same documents lapses_with at the same time: it has no effect",
                r.id
            )));
        }
    }
}

pub(crate) fn check_cycles(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
    // Edges: kind -> kinds it depends on, with the rule that says so.
    let mut edges: BTreeMap<DocumentKind, Vec<(DocumentKind, &Rule)>> = BTreeMap::new();
    for r in rules {
        for dep in r.effect.depends_on() {
            for k in &r.applies.kinds {
                edges.entry(k.clone()).or_default().push((dep.clone(), r));
            }
        }
    }
    let mut reported = BTreeSet::new();
    for start in edges.keys() {
        let mut path: Vec<(DocumentKind, Option<&Rule>)> = vec![(start.clone(), None)];
        if let Some(cycle) = find_cycle(&edges, &mut path, start) {
            let mut ids: Vec<&str> = cycle.iter().map(|r| r.id.as_str()).collect();
            ids.sort();
            ids.dedup();
            if reported.insert(ids.join(",")) {
                let first = cycle[0];
                diags.push(at(&first.location, Severity::Error, format!(
                    "dependency cycle starting at \"{start}\": rules {} make documents depend on each other in a circle (prerequisites, capped_by, lapses_with)",
                    ids.join(" → ")
                )));
            }
        }
    }
}

fn find_cycle<'r>(
    edges: &BTreeMap<DocumentKind, Vec<(DocumentKind, &'r Rule)>>,
    path: &mut Vec<(DocumentKind, Option<&'r Rule>)>,
    start: &DocumentKind,
) -> Option<Vec<&'r Rule>> {
    let (current, _) = path.last()?.clone();
    for (next, rule) in edges.get(&current).into_iter().flatten() {
        if next == start {
            let mut rules: Vec<&Rule> = path.iter().filter_map(|(_, r)| *r).collect();
            rules.push(rule);
            return Some(rules);
        }
        if path.iter().any(|(k, _)| k == next) {
            continue;
        }
        path.push((next.clone(), Some(rule)));
        if let Some(c) = find_cycle(edges, path, start) {
            return Some(c);
        }
        path.pop();
    }
    None
}
