//! `[[route]]`, `[[need]]` and checklists: who a route is for, when it
//! takes applications, its steps with what to bring and who supplies it.

use super::{is_rule_id, RuleContext};
use crate::domain::DocumentKind;
use crate::rules::diagnostics::closest;
use crate::rules::model::{
    Audience, ChecklistItem, Confidence, ItemWhat, Need, Route, RouteStep, SituationKind, Supplier,
    Thing, Window,
};
use crate::rules::schema::{
    RawAudience, RawChecklistItem, RawNeed, RawRoute, RawRouteStep, RawWindow,
};
use serde_spanned::Spanned;
use std::collections::BTreeSet;
use std::ops::Range;

/// The order of a route that does not say (after every route that does).
pub const DEFAULT_ORDER: u32 = 100;

impl RuleContext<'_, '_> {
    /// One `[[route]]`.
    pub(super) fn route(&mut self, raw: Spanned<RawRoute>) -> Option<Route> {
        let span = raw.span();
        let r = raw.into_inner();
        let id = r.id.get_ref().clone();
        self.item_id(&id, &r.id.span(), "route");
        if r.title.trim().is_empty() {
            self.error(&r.id.span(), "title must not be empty");
        }
        let effective_from = r.effective_from.get_ref().0;
        let effective_to = r.effective_to.as_ref().map(|d| d.get_ref().0);
        if let (Some(to), Some(s)) = (effective_to, &r.effective_to) {
            if to < effective_from {
                self.error(&s.span(), format!("effective_to ({to}) is before effective_from ({effective_from}): impossible range"));
            }
        }
        let confidence = *r.confidence.get_ref();
        if confidence == Confidence::Setting
            && r.rationale.as_deref().is_none_or(|x| x.trim().is_empty())
        {
            self.error(
                &r.confidence.span(),
                "confidence = \"setting\" marks a choice by maintainers: add rationale = \"why\"",
            );
        }
        let gives = self.kinds(r.gives.get_ref());
        if gives.is_empty() {
            self.error(
                &r.gives.span(),
                "gives must name at least one document kind: what the person holds at the end",
            );
        }
        let audience = self.audience(&r.audience);
        if audience.situations.is_empty() {
            self.error(&r.audience.span(), "[route.for] needs situations = [...]: in_status, ending_soon, out_of_status, nothing_recorded, unknown");
        }
        let mut windows = Vec::new();
        for w in &r.window {
            if let Some(w) = self.window(w, effective_from, effective_to) {
                windows.push(w);
            }
        }
        let sources = self.sources(&r.sources, "route");
        if r.step.is_empty() {
            self.error(
                &span,
                format!("route {id} needs at least one [[route.step]]"),
            );
        }
        let mut step_ids = BTreeSet::new();
        let mut steps = Vec::new();
        for s in r.step {
            if let Some(step) = self.route_step(s, &id, &mut step_ids) {
                steps.push(step);
            }
        }
        let texts = self.texts(
            r.text.as_ref(),
            ("route", &id),
            "[route.text.en]",
            span.clone(),
        );
        if !self.ok {
            return None;
        }
        Some(Route {
            id,
            title: r.title.trim().to_string(),
            status: *r.status.get_ref(),
            confidence,
            effective_from,
            effective_to,
            gives,
            order: r.order.unwrap_or(DEFAULT_ORDER),
            audience,
            windows,
            steps,
            sources: std::sync::Arc::new(sources),
            texts,
        })
    }

    /// One `[[need]]`.
    pub(super) fn need(&mut self, raw: Spanned<RawNeed>) -> Option<Need> {
        let span = raw.span();
        let n = raw.into_inner();
        let id = n.id.get_ref().clone();
        self.item_id(&id, &n.id.span(), "need");
        let effective_from = n.effective_from.get_ref().0;
        let effective_to = n.effective_to.as_ref().map(|d| d.get_ref().0);
        let audience = match &n.audience {
            Some(a) => {
                if !a.get_ref().situations.is_empty() || !a.get_ref().lacking.is_empty() {
                    self.error(
                        &a.span(),
                        "[need.for] takes nationalities, cohorts and fishers only",
                    );
                }
                self.audience(a)
            }
            None => Audience::default(),
        };
        if n.document.is_empty() {
            self.error(
                &span,
                format!("need {id} needs at least one [[need.document]] with kinds = [...]"),
            );
        }
        let mut documents = Vec::new();
        for d in &n.document {
            let kinds = self.kinds(&d.get_ref().kinds);
            if kinds.is_empty() {
                self.error(
                    &d.span(),
                    "[[need.document]] needs kinds = [...] (any one of them)",
                );
            }
            documents.push(kinds);
        }
        let sources = self.sources(&n.sources, "need");
        if !self.ok {
            return None;
        }
        Some(Need {
            id,
            title: n.title.trim().to_string(),
            status: *n.status.get_ref(),
            confidence: *n.confidence.get_ref(),
            effective_from,
            effective_to,
            audience,
            documents,
            sources: std::sync::Arc::new(sources),
        })
    }

    fn item_id(&mut self, id: &str, span: &Range<usize>, what: &str) {
        if !is_rule_id(id) {
            self.error(
                span,
                format!("{what} id \"{id}\" is not valid: use lower-case letters, digits, '.', '-' and '_' (e.g. th.route.cr-registration-2025)"),
            );
        }
    }

    fn audience(&mut self, raw: &Spanned<RawAudience>) -> Audience {
        let a = raw.get_ref();
        let mut situations = Vec::new();
        for s in &a.situations {
            match SituationKind::parse(s.get_ref()) {
                Some(k) if !situations.contains(&k) => situations.push(k),
                Some(k) => self.error(
                    &s.span(),
                    format!("situation \"{}\" is listed twice", k.as_str()),
                ),
                None => {
                    let names: Vec<&str> = SituationKind::ALL.iter().map(|k| k.as_str()).collect();
                    let hint = closest(s.get_ref(), names.iter().copied())
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &s.span(),
                        format!(
                            "unknown situation \"{}\"{hint} Expected one of: {}.",
                            s.get_ref(),
                            names.join(", ")
                        ),
                    );
                }
            }
        }
        Audience {
            situations,
            nationalities: self.nationalities(a.nationalities.as_deref()),
            cohorts: self.cohorts(a.cohorts.as_deref(), &raw.span(), true),
            fishers: a.fishers,
            lacking: self.kinds(&a.lacking),
        }
    }

    fn window(
        &mut self,
        raw: &Spanned<RawWindow>,
        effective_from: chrono::NaiveDate,
        effective_to: Option<chrono::NaiveDate>,
    ) -> Option<Window> {
        let w = raw.get_ref();
        let (from, to) = (w.from.get_ref().0, w.to.get_ref().0);
        if to < from {
            self.error(
                &w.to.span(),
                format!("a window cannot end ({to}) before it starts ({from})"),
            );
        }
        if from < effective_from || effective_to.is_some_and(|end| to > end) {
            self.error(&raw.span(), format!("the window {from}..{to} must lie between the route's effective_from and effective_to"));
        }
        Some(Window {
            from,
            to,
            nationalities: self.nationalities(w.nationalities.as_deref()),
        })
    }

    fn route_step(
        &mut self,
        raw: Spanned<RawRouteStep>,
        route: &str,
        ids: &mut BTreeSet<String>,
    ) -> Option<RouteStep> {
        let span = raw.span();
        let s = raw.into_inner();
        let id = s.id.get_ref().clone();
        if !is_rule_id(&id) || id.contains('/') {
            self.error(
                &s.id.span(),
                format!(
                    "step id \"{id}\" is not valid: use lower-case letters, digits, '-' and '_'"
                ),
            );
        }
        if !ids.insert(id.clone()) {
            self.error(
                &s.id.span(),
                format!("step \"{id}\" appears twice in route {route}"),
            );
        }
        let by = self.supplier(&s.by);
        let fees = self.fees(&s.fees);
        let checklist = self.checklist(&s.item);
        let texts = self.texts(
            s.text.as_ref(),
            ("route step", &format!("{route}/{id}")),
            "[route.step.text.en]",
            span,
        );
        Some(RouteStep {
            id,
            by: by?,
            fees,
            checklist,
            texts,
        })
    }

    /// A checklist (`[[rule.effect.checklist]]`, `[[route.step.item]]`).
    pub(super) fn checklist(&mut self, list: &[Spanned<RawChecklistItem>]) -> Vec<ChecklistItem> {
        let mut ids = BTreeSet::new();
        let mut out = Vec::new();
        for raw in list {
            let item = raw.get_ref();
            let id = item.id.get_ref().clone();
            if !is_rule_id(&id) || id.contains('/') {
                self.error(&item.id.span(), format!("item id \"{id}\" is not valid: use lower-case letters, digits, '-' and '_'"));
            }
            if !ids.insert(id.clone()) {
                self.error(
                    &item.id.span(),
                    format!("item \"{id}\" appears twice in this checklist"),
                );
            }
            let what = match (&item.kinds, &item.thing) {
                (Some(kinds), None) => {
                    let kinds: Vec<DocumentKind> = self.kinds(kinds);
                    if kinds.is_empty() {
                        self.error(
                            &raw.span(),
                            "kinds = [...] needs at least one document kind",
                        );
                    }
                    Some(ItemWhat::Document { kinds })
                }
                (None, Some(thing)) => self.thing(thing).map(|thing| ItemWhat::Thing { thing }),
                _ => {
                    self.error(&raw.span(), "a checklist item is a document (kinds = [...]) or a thing (thing = \"photos\"), exactly one of them");
                    None
                }
            };
            let supplier = self.supplier(&item.supplier);
            let ended_ok = item.ended_ok.unwrap_or(false);
            if ended_ok && item.kinds.is_none() {
                self.error(
                    &raw.span(),
                    "ended_ok only goes with a document item (kinds = [...])",
                );
            }
            if let (Some(what), Some(supplier)) = (what, supplier) {
                out.push(ChecklistItem {
                    id,
                    what,
                    supplier,
                    ended_ok,
                });
            }
        }
        out
    }

    fn supplier(&mut self, word: &Spanned<String>) -> Option<Supplier> {
        let names: Vec<&str> = Supplier::ALL.iter().map(|s| s.as_str()).collect();
        self.word(word, &names, "supplier")
            .map(|i| Supplier::ALL[i])
    }

    fn thing(&mut self, word: &Spanned<String>) -> Option<Thing> {
        let names: Vec<&str> = Thing::ALL.iter().map(|s| s.as_str()).collect();
        self.word(word, &names, "thing").map(|i| Thing::ALL[i])
    }

    /// The index of `word` in a closed vocabulary, with a suggestion.
    fn word(&mut self, word: &Spanned<String>, names: &[&str], what: &str) -> Option<usize> {
        let text = word.get_ref();
        if let Some(i) = names.iter().position(|n| n == text) {
            return Some(i);
        }
        let hint = closest(text, names.iter().copied())
            .map(|c| format!(", did you mean \"{c}\"?"))
            .unwrap_or_default();
        self.error(
            &word.span(),
            format!(
                "unknown {what} \"{text}\"{hint} Expected one of: {}.",
                names.join(", ")
            ),
        );
        None
    }
}
