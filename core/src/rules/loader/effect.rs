//! `[rule.effect]` and `[rule.unless]`: what a rule says and when it is
//! set aside.

use super::{is_rule_id, RuleContext};
use crate::domain::dates::Span;
use crate::domain::{DocumentKind, EventName};
use crate::rules::diagnostics::closest;
use crate::rules::model::{
    Applies, Condition, Effect, Fee, Fine, Prerequisite, Recurring, Upstream, Waiver, WaiverPeriod,
    WaiverWhile,
};
use crate::rules::schema::{
    KindRef, RawCondition, RawEffect, RawFee, RawWaiver, SpanText, UpstreamRef,
};
use chrono::NaiveDate;
use serde_spanned::Spanned;
use std::collections::BTreeSet;
use std::ops::Range;

impl RuleContext<'_, '_> {
    fn span_of(v: &Option<Spanned<SpanText>>) -> Option<Span> {
        v.as_ref().map(|s| s.get_ref().0)
    }

    pub(super) fn effect(
        &mut self,
        raw: &Spanned<RawEffect>,
        applies: Option<&Applies>,
    ) -> Option<Effect> {
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
        let fees = self.fees(&e.fees);
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
            decision_follow_up: Self::span_of(&e.decision_follow_up),
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
            renewable_after_end: e.renewable_after_end.as_ref().map(|r| r.get_ref().0),
            checklist: self.checklist(&e.checklist),
            custody_flag_after: Self::span_of(&e.custody_flag_after),
            custody_law: e.custody_law.unwrap_or(false),
            receipt_covers: e.receipt_covers.unwrap_or(false),
            overcharge_flag_percent: e.overcharge_flag_percent.as_ref().map(|p| {
                let percent = *p.get_ref();
                if percent < 100 {
                    self.error(&p.span(), format!("overcharge_flag_percent = {percent} would flag the official fee itself: use 100 or more (150 flags payments half as much again as the official fees)"));
                }
                percent
            }),
        };
        if e.receipt_covers == Some(false) {
            self.error(&raw.span(), "receipt_covers = false says nothing: leave it out (a receipt covers nothing unless a rule says so)");
        }
        if e.custody_law == Some(false) {
            self.error(
                &raw.span(),
                "custody_law = false says nothing: leave it out",
            );
        }
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

    /// Official fees (`[[rule.effect.fees]]`, `[[route.step.fees]]`).
    pub(super) fn fees(&mut self, list: &[Spanned<RawFee>]) -> Vec<Fee> {
        let mut fees = Vec::new();
        for f in list {
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
        fees
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
    pub(super) fn condition(&mut self, c: &Spanned<RawCondition>) -> Option<Condition> {
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
}
