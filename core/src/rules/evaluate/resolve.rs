//! Which rule decides what: among the rules that apply to one document,
//! the winner of each slot (see [`Slot`]).

use crate::domain::dates::Span;
use crate::rules::model::{prerequisite_key, Fee, Fine, Prerequisite, Rule, RuleSet, Slot, Waiver};
use std::collections::BTreeMap;

/// The winning rule for each slot among those that apply to one document.
pub(super) struct Resolved<'r> {
    pub(super) slots: BTreeMap<&'r Slot, &'r Rule>,
    /// Slots several rules fill: (rule ids, slot name, chosen rule).
    pub(super) ambiguous: Vec<(String, String, String)>,
}

impl<'r> Resolved<'r> {
    /// `applicable` holds indices into `rules`.
    pub(super) fn new(applicable: &[usize], rules: &'r RuleSet) -> Self {
        let mut candidates: BTreeMap<&'r Slot, Vec<usize>> = BTreeMap::new();
        for &i in applicable {
            for slot in rules.slots_of(i) {
                candidates.entry(slot).or_default().push(i);
            }
        }
        let all = rules.rules();
        let mut slots = BTreeMap::new();
        let mut ambiguous = Vec::new();
        for (slot, list) in candidates {
            let winners: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&r| !list.iter().any(|&o| rules.beats(o, r)))
                .collect();
            if winners.len() > 1 {
                let ids: Vec<&str> = winners.iter().map(|&r| all[r].id.as_str()).collect();
                ambiguous.push((ids.join(", "), slot.to_string(), ids[0].to_string()));
            }
            if let Some(&w) = winners.first().or(list.first()) {
                slots.insert(slot, &all[w]);
            }
        }
        Resolved { slots, ambiguous }
    }

    pub(super) fn get<T>(
        &self,
        slot: Slot,
        pick: impl Fn(&'r Rule) -> Option<T>,
    ) -> Option<(T, &'r Rule)> {
        let rule = self.slots.get(&&slot)?;
        pick(rule).map(|v| (v, *rule))
    }

    pub(super) fn span(
        &self,
        slot: Slot,
        pick: impl Fn(&'r Rule) -> Option<Span>,
    ) -> Option<(Span, &'r Rule)> {
        self.get(slot, pick)
    }

    pub(super) fn prerequisites(&self) -> Vec<(&'r Prerequisite, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Prerequisite(key) => rule
                    .effect
                    .prerequisites
                    .iter()
                    .find(|p| &prerequisite_key(&p.kinds) == key)
                    .map(|p| (p, *rule)),
                _ => None,
            })
            .collect()
    }

    pub(super) fn fees(&self) -> Vec<(&'r Fee, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Fee(id) => rule
                    .effect
                    .fees
                    .iter()
                    .find(|f| &f.id == id)
                    .map(|f| (f, *rule)),
                _ => None,
            })
            .collect()
    }

    pub(super) fn fines(&self) -> Vec<(&'r Fine, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Fine(id) => rule
                    .effect
                    .fines
                    .iter()
                    .find(|f| &f.id == id)
                    .map(|f| (f, *rule)),
                _ => None,
            })
            .collect()
    }

    /// The waivers that apply, with their rules.
    pub(super) fn waivers(&self) -> Vec<(&'r Waiver, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Waiver(key) => rule
                    .effect
                    .waivers
                    .iter()
                    .find(|w| &w.key() == key)
                    .map(|w| (w, *rule)),
                _ => None,
            })
            .collect()
    }

    /// The ids of the rules that win a slot other than those `skip` names
    /// (for effects decided with the rules of another day).
    pub(super) fn rule_ids_except(&self, skip: impl Fn(&Slot) -> bool) -> Vec<String> {
        let mut ids: Vec<String> = self
            .slots
            .iter()
            .filter(|(slot, _)| !skip(slot))
            .map(|(_, r)| r.id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    pub(super) fn rule_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.slots.values().map(|r| r.id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    }
}
