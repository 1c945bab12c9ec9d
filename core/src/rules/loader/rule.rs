//! One `[[rule]]`: its keys, what it applies to, its sources and texts
//! (and the numbers in them).

use super::texts::TextTable;
use super::{is_rule_id, RuleContext};
use crate::domain::person::is_resolution_id;
use crate::domain::{Cohort, Country, DocumentKind, Language};
use crate::rules::diagnostics::closest;
use crate::rules::model::{Applies, Confidence, Effect, Rule, RuleText, Source, Status};
use crate::rules::schema::{KindRef, RawApplies, RawRule, RawSource};
use crate::rules::text_numbers;
use serde_spanned::Spanned;
use std::collections::BTreeMap;
use std::ops::Range;

impl RuleContext<'_, '_> {
    pub(super) fn convert(&mut self, raw: Spanned<RawRule>) -> Option<Rule> {
        let rule_span = raw.span();
        let raw = raw.into_inner();
        let id = raw.id.get_ref().clone();
        if !is_rule_id(&id) {
            self.error(
                &raw.id.span(),
                format!("rule id \"{id}\" is not valid: use lower-case letters, digits, '.', '-' and '_' (e.g. th.mou.work-permit.term)"),
            );
        }
        if raw.title.trim().is_empty() {
            self.error(&raw.id.span(), "title must not be empty");
        }
        let status = *raw.status.get_ref();
        let effective_from = raw.effective_from.get_ref().0;
        let effective_to = raw.effective_to.as_ref().map(|d| d.get_ref().0);
        if let Some(to) = &raw.effective_to {
            if to.get_ref().0 < effective_from {
                self.error(
                    &to.span(),
                    format!("effective_to ({}) is before effective_from ({effective_from}): impossible range", to.get_ref().0),
                );
            }
        }
        let suspended_from = raw.suspended_from.as_ref().map(|d| d.get_ref().0);
        match (status, &raw.suspended_from) {
            (Status::Suspended, None) => self.error(
                &raw.status.span(),
                "status \"suspended\" needs suspended_from = <the first day it no longer applies>",
            ),
            (Status::Suspended, Some(s)) => {
                let day = s.get_ref().0;
                if day <= effective_from || effective_to.is_some_and(|to| day > to) {
                    self.error(
                        &s.span(),
                        "suspended_from must fall after effective_from and not after effective_to",
                    );
                }
            }
            (_, Some(s)) => self.error(
                &s.span(),
                "suspended_from only goes with status = \"suspended\"",
            ),
            _ => {}
        }
        let confidence = *raw.confidence.get_ref();
        if confidence == Confidence::Setting
            && raw.rationale.as_deref().is_none_or(|r| r.trim().is_empty())
        {
            self.error(
                &raw.confidence.span(),
                "confidence = \"setting\" marks a value chosen by maintainers: add rationale = \"why this value\"",
            );
        }
        let sources = self.sources(&raw.sources, "rule");
        let applies = self.applies(&raw.applies);
        let effect = self.effect(&raw.effect, applies.as_ref());
        let unless = raw.unless.as_ref().and_then(|c| self.condition(c));
        let texts = self.texts(
            raw.text.as_ref(),
            ("rule", &id),
            "[rule.text.en]",
            rule_span.clone(),
        );
        if let Some(effect) = &effect {
            self.text_numbers(&raw, &id, effect);
        }
        let location = self.map.at(&rule_span);
        let (applies, effect) = (applies?, effect?);
        if !self.ok {
            return None;
        }
        Some(Rule {
            id,
            title: raw.title.trim().to_string(),
            status,
            effective_from,
            effective_to,
            suspended_from,
            supersedes: raw.supersedes.iter().map(|s| s.get_ref().clone()).collect(),
            overrides: raw.overrides.iter().map(|s| s.get_ref().clone()).collect(),
            confidence,
            rationale: raw.rationale,
            notes: raw.notes,
            sources: std::sync::Arc::new(sources),
            applies,
            effect,
            unless,
            texts,
            location,
            superseded_from: None,
        })
    }

    /// Sources of a rule, route or need (at least one).
    pub(super) fn sources(
        &mut self,
        raw: &Spanned<Vec<RawSource>>,
        what: &str,
    ) -> Vec<crate::rules::model::Source> {
        if raw.get_ref().is_empty() {
            self.error(
                &raw.span(),
                format!("every {what} needs at least one source: [[{what}.sources]] with url, title and date"),
            );
        }
        let mut out = Vec::new();
        for s in raw.get_ref() {
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                self.error(
                    &raw.span(),
                    format!(
                        "source url \"{}\" must start with https:// or http://",
                        s.url
                    ),
                );
            }
            if s.title.trim().is_empty() {
                self.error(&raw.span(), "source title must not be empty");
            }
            out.push(Source {
                url: s.url.clone(),
                title: s.title.trim().to_string(),
                date: s.date.map(|d| d.0),
            });
        }
        out
    }

    fn applies(&mut self, raw: &Spanned<RawApplies>) -> Option<Applies> {
        let a = raw.get_ref();
        if a.kinds.is_empty() {
            self.error(
                &raw.span(),
                "applies.kinds must name at least one document kind",
            );
        }
        let kinds = self.kinds(&a.kinds);
        let cohorts = self.cohorts(a.cohorts.as_deref(), &raw.span(), false);
        let nationalities = self.nationalities(a.nationalities.as_deref());
        let issued_from = a.issued_from.as_ref().map(|d| d.get_ref().0);
        let issued_before = a.issued_before.as_ref().map(|d| d.get_ref().0);
        let expires_from = a.expires_from.as_ref().map(|d| d.get_ref().0);
        let expires_before = a.expires_before.as_ref().map(|d| d.get_ref().0);
        for (what, from, before, span) in [
            (
                "issued",
                issued_from,
                issued_before,
                a.issued_before.as_ref().map(Spanned::span),
            ),
            (
                "expires",
                expires_from,
                expires_before,
                a.expires_before.as_ref().map(Spanned::span),
            ),
        ] {
            if let (Some(from), Some(before), Some(span)) = (from, before, span) {
                if before <= from {
                    self.error(&span, format!("{what}_before ({before}) must be after {what}_from ({from}): no document could match"));
                }
            }
        }
        Some(Applies {
            kinds,
            cohorts,
            nationalities,
            issued_from,
            issued_before,
            expires_from,
            expires_before,
            fishers: a.fishers,
        })
    }

    /// A list of cohorts; `None` (or `"any"`) means every cohort. With
    /// `unknown_allowed` (routes and needs), `"unknown"` names people whose
    /// cohort is not known.
    pub(super) fn cohorts(
        &mut self,
        list: Option<&[Spanned<String>]>,
        span: &Range<usize>,
        unknown_allowed: bool,
    ) -> Option<Vec<Cohort>> {
        let list = list?;
        let mut out = Vec::new();
        let mut any = false;
        for c in list {
            match c.get_ref().as_str() {
                "any" => any = true,
                "unknown" if unknown_allowed => out.push(Cohort::Unknown),
                "unknown" => self.error(
                    &c.span(),
                    "cohort \"unknown\" cannot be targeted: people whose cohort is unknown get the rules for \"any\"",
                ),
                text => match text.parse::<Cohort>() {
                    Ok(cohort) => out.push(cohort),
                    Err(_) => {
                        let hint = if text.starts_with("cr") && !text.starts_with("cr:") {
                            " (write the resolution as cr:<id>, e.g. cr:2024-09-24)".to_string()
                        } else if text.strip_prefix("cr:").is_some_and(|id| !is_resolution_id(id)) {
                            " (resolution ids use lower-case letters, digits and dashes)".to_string()
                        } else {
                            String::new()
                        };
                        self.error(&c.span(), format!("unknown cohort \"{text}\"{hint}: expected \"any\", \"mou\" or \"cr:<resolution id>\""))
                    }
                },
            }
        }
        if any && !out.is_empty() {
            self.error(
                span,
                "cohorts: \"any\" cannot be combined with other cohorts",
            );
        }
        (!any).then_some(out)
    }

    /// A list of nationalities (ISO 3166 alpha-2); `None` means all.
    pub(super) fn nationalities(
        &mut self,
        list: Option<&[Spanned<String>]>,
    ) -> Option<Vec<Country>> {
        list.map(|list| {
            list.iter()
                .filter_map(|n| match n.get_ref().parse::<Country>() {
                    Ok(c) => Some(c),
                    Err(_) => {
                        self.error(&n.span(), format!("\"{}\" is not a country code: use ISO 3166 alpha-2 such as MM, KH, LA, VN", n.get_ref()));
                        None
                    }
                })
                .collect::<Vec<_>>()
        })
    }

    pub(super) fn kinds(&mut self, list: &[Spanned<KindRef>]) -> Vec<DocumentKind> {
        let mut out: Vec<DocumentKind> = Vec::new();
        for k in list {
            let kind = k.get_ref().0.clone();
            if out.contains(&kind) {
                self.error(&k.span(), format!("kind \"{kind}\" is listed twice"));
            } else {
                out.push(kind);
            }
        }
        out
    }

    fn text_numbers(&mut self, raw: &RawRule, id: &str, effect: &Effect) {
        let mut allowed = Vec::new();
        for m in &raw.text_mentions {
            match text_numbers::parse_mention(m.get_ref()) {
                Some(value) => allowed.push((value, m)),
                None => self.error(
                    &m.span(),
                    format!("text_mentions: \"{}\" is not a number with a unit such as \"90 days\" or \"7,600 baht\"", m.get_ref()),
                ),
            }
        }
        let values: Vec<text_numbers::Mention> = allowed.iter().map(|(v, _)| *v).collect();
        let mut used = vec![false; allowed.len()];
        let Some(table) = &raw.text else { return };
        for (lang, text) in table.get_ref() {
            let t = text.get_ref();
            for (field, words) in [("name", &t.name), ("guidance", &t.guidance)] {
                let Some(words) = words else { continue };
                let (span, words) = (words.span(), words.get_ref());
                for (mention, _) in text_numbers::mentions(words) {
                    for (i, (v, _)) in allowed.iter().enumerate() {
                        used[i] |= *v == mention;
                    }
                }
                for written in text_numbers::contradictions(words, effect, &values) {
                    self.warn(
                        &span,
                        format!("rule {id}: the {lang} {field} says \"{written}\", which is not a value of this rule's effect: correct the text or the effect, or list it in text_mentions = [\"…\"] if it is meant"),
                    );
                }
            }
        }
        for ((_, m), used) in allowed.iter().zip(used) {
            if !used {
                self.warn(
                    &m.span(),
                    format!(
                        "rule {id}: text_mentions lists \"{}\", but no text says it",
                        m.get_ref()
                    ),
                );
            }
        }
    }

    /// The texts of a rule, route or step (`what`, e.g. "route step"),
    /// written under `section` (e.g. `[route.step.text.en]`).
    pub(super) fn texts(
        &mut self,
        table: Option<&TextTable>,
        (what, id): (&str, &str),
        section: &str,
        fallback: Range<usize>,
    ) -> BTreeMap<Language, RuleText> {
        let mut out = BTreeMap::new();
        let span = table.map(Spanned::span).unwrap_or(fallback);
        if let Some(table) = table {
            for (lang, text) in table.get_ref() {
                let Ok(language) = lang.parse::<Language>() else {
                    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                    let hint = closest(lang, codes.iter().copied())
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &text.span(),
                        format!(
                            "unknown language \"{lang}\"{hint} Expected one of: {}.",
                            codes.join(", ")
                        ),
                    );
                    continue;
                };
                let t = text.get_ref();
                let filled = |s: &Option<Spanned<String>>| {
                    s.as_ref().is_some_and(|v| !v.get_ref().trim().is_empty())
                };
                match (&t.missing, filled(&t.name), filled(&t.guidance)) {
                    (Some(why), false, false) if !why.trim().is_empty() => {
                        out.insert(language, RuleText::Missing { why: why.trim().to_string() });
                    }
                    (Some(_), _, _) => self.error(
                        &text.span(),
                        "a text is either translated (name and guidance) or marked missing = \"why\", not both, and the reason must not be empty",
                    ),
                    (None, true, true) => {
                        let (review, from) = self.text_review(language, t);
                        out.insert(
                            language,
                            RuleText::Present {
                                name: t.name.as_ref().map(|v| v.get_ref().trim().to_string()).unwrap_or_default(),
                                guidance: t.guidance.as_ref().map(|v| v.get_ref().trim().to_string()).unwrap_or_default(),
                                review,
                                from,
                            },
                        );
                    }
                    (None, _, _) => self.error(&text.span(), "a text needs both name and guidance (or missing = \"why\")"),
                }
            }
        }
        if !out.contains_key(&Language::En) {
            self.error(
                &span,
                format!("{what} {id} needs English text: {section} with name and guidance"),
            );
        }
        self.check_draft_sources(table, what, &out);
        let absent: Vec<&str> = Language::ALL
            .iter()
            .filter(|l| !out.contains_key(l))
            .map(|l| l.code())
            .collect();
        if !absent.is_empty() {
            self.warn(
                &span,
                format!(
                    "{what} {id} has no text in {} (translate it, or mark it with missing = \"why\")",
                    absent.join(", ")
                ),
            );
        }
        out
    }
}
