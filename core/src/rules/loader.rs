//! Loads rule files and checks them: syntax, unknown keys, references,
//! impossible dates, conflicting rules, prerequisite cycles and missing
//! translations. Pure: it takes file names and contents, never reads disk.

use super::diagnostics::{
    closest, humanise_serde_message, Diagnostic, Location, Severity, SourceMap,
};
use super::model::{
    overrides, Applies, Condition, Confidence, Effect, Fee, Fine, Prerequisite, Recurring, Rule,
    RuleSet, RuleText, Source, Status, Upstream, Waiver, WaiverPeriod, WaiverWhile,
};
use super::schema::{
    KindRef, RawApplies, RawCondition, RawEffect, RawFile, RawRule, RawWaiver, SpanText,
    UpstreamRef,
};
use super::text_numbers;
use crate::domain::person::is_resolution_id;
use crate::domain::{Cohort, Country, DocumentKind, EventName, Language};
use chrono::NaiveDate;
use serde_spanned::Spanned;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// The rule-file format this loader reads.
pub const FORMAT: u32 = 1;

/// A rule file given to the loader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleFile {
    /// Name shown in messages (e.g. `th/mou.toml`).
    pub name: String,
    /// The TOML text.
    pub text: String,
}

/// What loading produced: the rules (if there were no errors) and every
/// message, errors first.
#[derive(Debug, Clone)]
pub struct LoadReport {
    /// The rule set, `None` if any error was found.
    pub rules: Option<RuleSet>,
    /// Errors and warnings, sorted by severity then location.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadReport {
    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warnings only.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }
}

/// Loads and checks a set of rule files.
pub fn load(files: &[RuleFile]) -> LoadReport {
    let mut diags = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    for file in files {
        let map = SourceMap::new(&file.name, &file.text);
        let raw: RawFile = match toml::from_str(&file.text) {
            Ok(raw) => raw,
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                diags.push(map.error(&span, humanise_serde_message(e.message())));
                continue;
            }
        };
        if *raw.format.get_ref() != FORMAT {
            diags.push(map.error(
                &raw.format.span(),
                format!(
                    "format {} is not supported: this version of doctrack reads format {FORMAT}",
                    raw.format.get_ref()
                ),
            ));
            continue;
        }
        for raw_rule in raw.rule {
            let mut ctx = RuleContext {
                map: &map,
                diags: &mut diags,
                ok: true,
            };
            if let Some(rule) = ctx.convert(raw_rule) {
                rules.push(rule);
            }
        }
    }
    check_unique_ids(&rules, &mut diags);
    if !diags.iter().any(|d| d.severity == Severity::Error) {
        check_references(&mut rules, &mut diags);
    }
    if !diags.iter().any(|d| d.severity == Severity::Error) {
        check_conflicts(&rules, &mut diags);
        check_cycles(&rules, &mut diags);
        check_leaving_policies(&rules, &mut diags);
        check_waived_fines(&rules, &mut diags);
    }
    diags.sort_by(|a, b| (a.severity, &a.location).cmp(&(b.severity, &b.location)));
    let failed = diags.iter().any(|d| d.severity == Severity::Error);
    LoadReport {
        rules: (!failed).then(|| RuleSet::from_rules(rules)),
        diagnostics: diags,
    }
}

struct RuleContext<'m, 'd> {
    map: &'m SourceMap<'m>,
    diags: &'d mut Vec<Diagnostic>,
    ok: bool,
}

impl RuleContext<'_, '_> {
    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.ok = false;
        self.diags.push(self.map.error(span, message));
    }

    fn warn(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.diags.push(self.map.warning(span, message));
    }

    fn convert(&mut self, raw: Spanned<RawRule>) -> Option<Rule> {
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
        let sources = self.sources(&raw);
        let applies = self.applies(&raw.applies);
        let effect = self.effect(&raw.effect, applies.as_ref());
        let unless = raw.unless.as_ref().and_then(|c| self.condition(c));
        let texts = self.texts(&raw, &id, rule_span.clone());
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

    fn sources(&mut self, raw: &RawRule) -> Vec<crate::rules::model::Source> {
        if raw.sources.get_ref().is_empty() {
            self.error(
                &raw.sources.span(),
                "every rule needs at least one source: [[rule.sources]] with url, title and date",
            );
        }
        let mut out = Vec::new();
        for s in raw.sources.get_ref() {
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                self.error(
                    &raw.sources.span(),
                    format!(
                        "source url \"{}\" must start with https:// or http://",
                        s.url
                    ),
                );
            }
            if s.title.trim().is_empty() {
                self.error(&raw.sources.span(), "source title must not be empty");
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
        let cohorts = match &a.cohorts {
            None => None,
            Some(list) => {
                let mut out = Vec::new();
                let mut any = false;
                for c in list {
                    match c.get_ref().as_str() {
                        "any" => any = true,
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
                        &raw.span(),
                        "cohorts: \"any\" cannot be combined with other cohorts",
                    );
                }
                (!any).then_some(out)
            }
        };
        let nationalities = a.nationalities.as_ref().map(|list| {
            list.iter()
                .filter_map(|n| match n.get_ref().parse::<Country>() {
                    Ok(c) => Some(c),
                    Err(_) => {
                        self.error(&n.span(), format!("\"{}\" is not a country code: use ISO 3166 alpha-2 such as MM, KH, LA, VN", n.get_ref()));
                        None
                    }
                })
                .collect::<Vec<_>>()
        });
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

    fn kinds(&mut self, list: &[Spanned<KindRef>]) -> Vec<DocumentKind> {
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

    fn span_of(v: &Option<Spanned<SpanText>>) -> Option<crate::domain::dates::Span> {
        v.as_ref().map(|s| s.get_ref().0)
    }

    fn effect(&mut self, raw: &Spanned<RawEffect>, applies: Option<&Applies>) -> Option<Effect> {
        let e = raw.get_ref();
        let own_kinds: Vec<DocumentKind> = applies.map(|a| a.kinds.clone()).unwrap_or_default();
        let linked = |this: &mut Self,
                      list: &Option<Vec<Spanned<KindRef>>>,
                      key: &str|
         -> Option<Vec<DocumentKind>> {
            let list = list.as_ref()?;
            let kinds = this.kinds(list);
            for (k, s) in kinds.iter().zip(list) {
                if own_kinds.contains(k) {
                    this.error(&s.span(), format!("{key} names \"{k}\", which the rule itself applies to: a document cannot depend on itself"));
                }
            }
            Some(kinds)
        };
        let capped_by = self.upstreams(&e.capped_by, "capped_by", &own_kinds, &raw.span());
        let lapses_with = self.upstreams(&e.lapses_with, "lapses_with", &own_kinds, &raw.span());

        let mut prerequisites = Vec::new();
        for p in e.prerequisites.iter().flatten() {
            let raw_p = p.get_ref();
            if raw_p.kinds.is_empty() {
                self.error(&p.span(), "a prerequisite needs kinds = [...]");
            }
            let kinds =
                linked(self, &Some(raw_p.kinds.clone()), "prerequisites.kinds").unwrap_or_default();
            prerequisites.push(Prerequisite {
                kinds,
                min_remaining: Self::span_of(&raw_p.min_remaining),
            });
        }
        let reminder_ladder = e.reminder_ladder.as_ref().map(|ladder| {
            let steps: Vec<_> = ladder.get_ref().iter().map(|s| s.get_ref().0).collect();
            if steps.is_empty() {
                self.error(&ladder.span(), "reminder_ladder needs at least one step, e.g. [\"30 days\", \"7 days\", \"0 days\"]");
            }
            let reference = NaiveDate::from_ymd_opt(2030, 6, 30).unwrap_or_default();
            let days: Vec<Option<NaiveDate>> = steps.iter().map(|s| s.before(reference)).collect();
            if days.windows(2).any(|w| w[0] >= w[1]) {
                self.error(&ladder.span(), "reminder_ladder steps must go from the earliest reminder to the latest, without repeats (e.g. [\"30 days\", \"7 days\", \"0 days\"])");
            }
            steps
        });
        let recurring = e.recurring.as_ref().map(|r| {
            let raw_r = r.get_ref();
            if !own_kinds.iter().all(DocumentKind::is_recurring_obligation) {
                self.error(
                    &r.span(),
                    "recurring only applies to recurring obligations (kind \"ninety_day_report\")",
                );
            }
            Recurring {
                every: raw_r.every.get_ref().0,
                window_before: raw_r.window_before.get_ref().0,
                window_after: raw_r.window_after.get_ref().0,
            }
        });
        if let Some(j) = &e.job_change_period {
            if !own_kinds.iter().all(DocumentKind::has_employer) {
                self.error(&j.span(), "job_change_period only applies to documents that name an employer (work_permit, seabook, fishing_crew_permission)");
            }
        }
        if let (Some(end), Some(a)) = (&e.end_of_authorisation, applies) {
            if a.kinds.iter().any(DocumentKind::is_recurring_obligation) {
                self.error(
                    &end.span(),
                    "end_of_authorisation does not apply to the 90-day report",
                );
            }
        }
        let mut fees = Vec::new();
        for f in &e.fees {
            let raw_f = f.get_ref();
            self.currency(&raw_f.currency);
            self.fee_id(&raw_f.id, &f.span());
            fees.push(Fee {
                id: raw_f.id.clone(),
                label: raw_f.label.clone(),
                amount: raw_f.amount,
                currency: raw_f.currency.get_ref().clone(),
                when: raw_f.when,
            });
        }
        let mut fines = Vec::new();
        for f in &e.fines {
            let raw_f = f.get_ref();
            self.currency(&raw_f.currency);
            self.fee_id(&raw_f.id, &f.span());
            if raw_f.amount.is_none() && raw_f.per_day.is_none() {
                self.error(&f.span(), "a fine needs amount = N, per_day = N, or both");
            }
            if let (Some(max), Some(amount)) = (raw_f.max, raw_f.amount) {
                if max < amount {
                    self.error(&f.span(), "a fine's max must not be below its amount");
                }
            }
            fines.push(Fine {
                id: raw_f.id.clone(),
                label: raw_f.label.clone(),
                amount: raw_f.amount,
                per_day: raw_f.per_day,
                max: raw_f.max,
                currency: raw_f.currency.get_ref().clone(),
                from: raw_f.from,
            });
        }
        for (key, value) in [
            ("validity", &e.validity),
            ("max_total_term", &e.max_total_term),
        ] {
            if let Some(v) = value {
                if v.get_ref().0.is_zero() {
                    self.error(&v.span(), format!("{key} must be at least 1 day"));
                }
            }
        }
        let mut waivers = Vec::new();
        for w in &e.waivers {
            if let Some(waiver) = self.waiver(w) {
                waivers.push(waiver);
            }
        }
        let effect = Effect {
            validity: Self::span_of(&e.validity),
            end_of_authorisation: e.end_of_authorisation.as_ref().map(|d| d.get_ref().0),
            deadline_after_expiry: Self::span_of(&e.deadline_after_expiry),
            renewal_window: Self::span_of(&e.renewal_window),
            due_soon: Self::span_of(&e.due_soon),
            grace: Self::span_of(&e.grace),
            processing_time: Self::span_of(&e.processing_time),
            max_total_term: Self::span_of(&e.max_total_term),
            capped_by,
            lapses_with,
            on_leaving_employer: e.on_leaving_employer.as_ref().map(|o| *o.get_ref()),
            job_change_period: Self::span_of(&e.job_change_period),
            reminder_ladder,
            prerequisites,
            recurring,
            fees,
            fines,
            waivers,
        };
        let slots = effect.slots();
        if slots.is_empty() {
            self.error(&raw.span(), "effect sets nothing: add at least one of validity, end_of_authorisation, renewal_window, grace, …");
        }
        let mut seen = BTreeSet::new();
        for slot in slots {
            if !seen.insert(slot.clone()) {
                self.error(&raw.span(), format!("{slot} is set twice in this rule"));
            }
        }
        Some(effect)
    }

    /// `[[rule.effect.waivers]]`: a fine id and either `from` and `to`, or
    /// `while = "renewal_pending"`.
    fn waiver(&mut self, w: &Spanned<RawWaiver>) -> Option<Waiver> {
        let raw = w.get_ref();
        let fine = raw.fine.get_ref().clone();
        let period = match (&raw.from, &raw.to, &raw.while_) {
            (Some(from), Some(to), None) => {
                let (from_day, to_day) = (from.get_ref().0, to.get_ref().0);
                if to_day < from_day {
                    self.error(&to.span(), format!("waiver: to ({to_day}) is before from ({from_day}): no day would be waived"));
                    return None;
                }
                WaiverPeriod::Between {
                    from: from_day,
                    to: to_day,
                }
            }
            (None, None, Some(when)) => match when.get_ref() {
                WaiverWhile::RenewalPending => WaiverPeriod::RenewalPending,
            },
            _ => {
                self.error(&w.span(), "a waiver needs fine = \"<fine id>\" and either from = <date> and to = <date> (both days included), or while = \"renewal_pending\"");
                return None;
            }
        };
        Some(Waiver { fine, period })
    }

    /// `[rule.unless]`: `has_document` or `has_event` (with an optional
    /// `on_document`), and `by`.
    fn condition(&mut self, c: &Spanned<RawCondition>) -> Option<Condition> {
        let raw = c.get_ref();
        let by = raw.by.get_ref().0;
        match (&raw.has_document, &raw.has_event, &raw.on_document) {
            (Some(kinds), None, None) => Some(Condition::HasDocument {
                kinds: kinds.get_ref().0.clone(),
                by,
            }),
            (None, Some(event), on) => {
                let Some(name) = EventName::parse(event.get_ref()) else {
                    let names: Vec<&str> = EventName::ALL.iter().map(|e| e.as_str()).collect();
                    let hint = closest(event.get_ref(), names.iter().copied())
                        .map(|n| format!(", did you mean \"{n}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &event.span(),
                        format!(
                            "unknown event \"{}\"{hint} Expected one of: {}.",
                            event.get_ref(),
                            names.join(", ")
                        ),
                    );
                    return None;
                };
                Some(Condition::HasEvent {
                    event: name,
                    on: on.as_ref().map(|k| k.get_ref().0.clone()),
                    by,
                })
            }
            (Some(_), _, Some(on)) | (None, None, Some(on)) => {
                self.error(
                    &on.span(),
                    "on_document goes with has_event (the document the event happened to)",
                );
                None
            }
            _ => {
                self.error(&c.span(), "[rule.unless] needs either has_document = \"<kind>\" or has_event = \"<event>\", and by = <date>");
                None
            }
        }
    }

    /// `capped_by` / `lapses_with`: each entry one upstream document (kinds
    /// joined with `|` are alternatives); no kind twice, none of the rule's own.
    fn upstreams(
        &mut self,
        list: &Option<Vec<Spanned<UpstreamRef>>>,
        key: &str,
        own_kinds: &[DocumentKind],
        effect_span: &Range<usize>,
    ) -> Option<Vec<Upstream>> {
        let list = list.as_ref()?;
        if list.is_empty() {
            self.error(
                effect_span,
                format!("{key} needs at least one document kind"),
            );
        }
        let mut seen: Vec<DocumentKind> = Vec::new();
        let mut out = Vec::new();
        for entry in list {
            for k in &entry.get_ref().0 {
                if own_kinds.contains(k) {
                    self.error(&entry.span(), format!("{key} names \"{k}\", which the rule itself applies to: a document cannot depend on itself"));
                }
                if seen.contains(k) {
                    self.error(&entry.span(), format!("{key} names \"{k}\" twice"));
                }
                seen.push(k.clone());
            }
            out.push(Upstream {
                kinds: entry.get_ref().0.clone(),
            });
        }
        Some(out)
    }

    /// Warns when a number in a text (`60 days`, `900 baht`) does not match
    /// the rule's effect, unless `text_mentions` lists it; and when a listed
    /// mention is in no text.
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

    fn currency(&mut self, c: &Spanned<String>) {
        let code = c.get_ref();
        if code.len() != 3 || !code.chars().all(|ch| ch.is_ascii_uppercase()) {
            self.error(
                &c.span(),
                format!("\"{code}\" is not a currency code: use ISO 4217 such as THB"),
            );
        }
    }

    fn fee_id(&mut self, id: &str, span: &Range<usize>) {
        if !is_rule_id(id) {
            self.error(span, format!("fee or fine id \"{id}\" is not valid: use lower-case letters, digits, '.', '-' and '_'"));
        }
    }

    fn texts(
        &mut self,
        raw: &RawRule,
        id: &str,
        rule_span: Range<usize>,
    ) -> BTreeMap<Language, RuleText> {
        let mut out = BTreeMap::new();
        let span = raw.text.as_ref().map(Spanned::span).unwrap_or(rule_span);
        if let Some(table) = &raw.text {
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
                        out.insert(
                            language,
                            RuleText::Present {
                                name: t.name.as_ref().map(|v| v.get_ref().trim().to_string()).unwrap_or_default(),
                                guidance: t.guidance.as_ref().map(|v| v.get_ref().trim().to_string()).unwrap_or_default(),
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
                format!("rule {id} needs English text: [rule.text.en] with name and guidance"),
            );
        }
        let absent: Vec<&str> = Language::ALL
            .iter()
            .filter(|l| !out.contains_key(l))
            .map(|l| l.code())
            .collect();
        if !absent.is_empty() {
            self.warn(
                &span,
                format!(
                    "rule {id} has no text in {} (translate it, or mark it with missing = \"why\")",
                    absent.join(", ")
                ),
            );
        }
        out
    }
}

fn is_rule_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
}

fn at(loc: &Location, severity: Severity, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        location: loc.clone(),
        message,
    }
}

fn check_unique_ids(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
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

fn check_references(rules: &mut [Rule], diags: &mut Vec<Diagnostic>) {
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

fn check_conflicts(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
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
fn check_waived_fines(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
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
fn check_leaving_policies(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
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

fn check_cycles(rules: &[Rule], diags: &mut Vec<Diagnostic>) {
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
