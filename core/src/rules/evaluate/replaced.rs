//! The chain of rules behind a decision. Where the rule that decided a
//! status or a date replaced earlier rules (`supersedes`: a Cabinet
//! resolution that moved a deadline again, a fee schedule that replaced
//! another), each earlier rule is named right after it, with the day it was
//! replaced, so that an explanation (`--why`) shows the whole chain and the
//! source of every link.

use super::report::{Basis, DocumentStatus, Reason};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::model::{Rule, RuleSet};
use std::collections::{HashMap, HashSet};

/// For each rule that replaced others, the reasons naming them (nearest
/// first, then the ones those replaced, and so on).
pub(super) struct Chains<'r> {
    by_rule: HashMap<&'r str, Vec<Reason>>,
}

impl<'r> Chains<'r> {
    /// The chains of `rules`, or `None` when no rule replaces another.
    pub(super) fn of(rules: &'r RuleSet) -> Option<Self> {
        let by_rule: HashMap<&str, Vec<Reason>> = rules
            .rules()
            .iter()
            .filter(|r| !r.supersedes.is_empty())
            .map(|r| (r.id.as_str(), chain(rules, r)))
            .filter(|(_, chain)| !chain.is_empty())
            .collect();
        (!by_rule.is_empty()).then_some(Chains { by_rule })
    }

    /// Adds the chain after every reason of `st` that cites a rule which
    /// replaced others (once per list).
    pub(super) fn name_in(&self, st: &mut DocumentStatus) {
        self.extend(&mut st.status_reasons);
        for date in &mut st.dates {
            self.extend(&mut date.reasons);
        }
    }

    fn extend(&self, reasons: &mut Vec<Reason>) {
        let cited = |r: &Reason| match &r.basis {
            Basis::Rule { id, .. } => self.by_rule.get(id.as_str()),
            _ => None,
        };
        if !reasons.iter().any(|r| cited(r).is_some()) {
            return;
        }
        let mut out: Vec<Reason> = Vec::with_capacity(reasons.len() + 2);
        for reason in reasons.drain(..) {
            let chain = cited(&reason);
            out.push(reason);
            for earlier in chain.into_iter().flatten() {
                if !out.contains(earlier) {
                    out.push(earlier.clone());
                }
            }
        }
        *reasons = out;
    }
}

/// The rules `rule` replaced, directly or through the ones it replaced,
/// each with the day it was replaced. Unknown ids (checked elsewhere) and
/// circles are skipped.
fn chain(rules: &RuleSet, rule: &Rule) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut seen: HashSet<&str> = HashSet::from([rule.id.as_str()]);
    let mut next: Vec<&Rule> = vec![rule];
    while !next.is_empty() {
        let mut later = Vec::new();
        for newer in next {
            for old in newer.supersedes.iter().filter_map(|id| rules.get(id)) {
                if !seen.insert(old.id.as_str()) {
                    continue;
                }
                out.push(Reason {
                    basis: Basis::Rule {
                        id: old.id.clone(),
                        confidence: old.confidence,
                    },
                    message: Message::new(M::ReasonReplacedRule)
                        .date(A::Date, newer.effective_from),
                });
                later.push(old);
            }
        }
        next = later;
    }
    out
}
