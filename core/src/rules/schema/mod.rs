//! The rule-file format as written in TOML: every table and key a
//! maintainer may write, with positions kept for error messages.
//! `rules/README.md` documents the same format for people.
//!
//! Unknown keys are refused (`deny_unknown_fields`), so a misspelt key never
//! silently does nothing.

use crate::domain::dates::Span;
use crate::domain::DocumentKind;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};
use serde_spanned::Spanned;
use std::collections::BTreeMap;

pub use super::model::{Confidence, FeeWhen, FineFrom, OnLeavingEmployer, Status, WaiverWhile};

mod route;
pub use route::{
    RawAudience, RawChecklistItem, RawNeed, RawNeedDocument, RawRoute, RawRouteStep, RawWindow,
};

/// A calendar date written as a TOML date (`2025-02-13`) or string, in the
/// Common Era. A year above 2400 is refused with a hint: it is almost
/// certainly a Thai Buddhist Era year (2568 = 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TomlDate(pub NaiveDate);

impl<'de> Deserialize<'de> for TomlDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let bad = || {
            serde::de::Error::custom(
                "expected a calendar date such as 2025-02-13 (no time of day, no quotes needed)",
            )
        };
        let (year, month, day) = match Either::deserialize(d)? {
            Either::Toml(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(date), None, None) => (
                    i32::from(date.year),
                    u32::from(date.month),
                    u32::from(date.day),
                ),
                _ => return Err(bad()),
            },
            Either::Text(s) => ymd(&s).ok_or_else(bad)?,
        };
        if let Some(hint) = buddhist_era_hint(year, month, day) {
            return Err(serde::de::Error::custom(hint));
        }
        NaiveDate::from_ymd_opt(year, month, day)
            .map(TomlDate)
            .ok_or_else(bad)
    }
}

/// `YYYY-MM-DD` as numbers, without checking that the day exists.
fn ymd(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

/// Years above this are taken for Thai Buddhist Era years (BE = CE + 543)
/// written by mistake: no rule or scenario date is that far in the future.
pub const BUDDHIST_ERA_THRESHOLD: i32 = 2400;

/// The error for a date whose year looks like a Buddhist Era year, with
/// the Common Era date to write instead.
pub fn buddhist_era_hint(year: i32, month: u32, day: u32) -> Option<String> {
    if year <= BUDDHIST_ERA_THRESHOLD {
        return None;
    }
    let ce = year - crate::domain::dates::BE_OFFSET;
    Some(format!(
        "{year} looks like a Buddhist Era year: write {ce} ({year:04}-{month:02}-{day:02} is {ce:04}-{month:02}-{day:02} in the Common Era; rule and scenario files use Common Era years)"
    ))
}

/// A length of time written as text: `"90 days"`, `"6 months"`, `"2 years"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanText(pub Span);

impl<'de> Deserialize<'de> for SpanText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Span::parse(&s).map(SpanText).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{s}\" is not a length of time: write a whole number and a unit, such as \"90 days\", \"2 weeks\", \"6 months\" or \"2 years\""
            ))
        })
    }
}

/// A document kind named in a rule file; misspellings get a suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindRef(pub DocumentKind);

impl<'de> Deserialize<'de> for KindRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse::<DocumentKind>().map(KindRef).map_err(|_| {
            let hint = super::diagnostics::closest(&s, DocumentKind::KNOWN_CODES)
                .map(|c| format!(", did you mean \"{c}\"?"))
                .unwrap_or_default();
            serde::de::Error::custom(format!(
                "unknown document kind \"{s}\"{hint} Expected one of: {}.",
                DocumentKind::KNOWN_CODES.join(", ")
            ))
        })
    }
}

/// One upstream document in `capped_by` / `lapses_with`: a kind, or
/// alternatives separated by `|` (`"passport|certificate_of_identity"`:
/// whichever of them the person has).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamRef(pub Vec<DocumentKind>);

impl<'de> Deserialize<'de> for UpstreamRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let mut kinds = Vec::new();
        for part in s.split('|').map(str::trim) {
            let kind = part.parse::<DocumentKind>().map_err(|_| {
                let hint = super::diagnostics::closest(part, DocumentKind::KNOWN_CODES)
                    .map(|c| format!(", did you mean \"{c}\"?"))
                    .unwrap_or_default();
                serde::de::Error::custom(format!(
                    "unknown document kind \"{part}\"{hint} Expected one of: {} (alternatives joined with |, e.g. \"passport|certificate_of_identity\").",
                    DocumentKind::KNOWN_CODES.join(", ")
                ))
            })?;
            if kinds.contains(&kind) {
                return Err(serde::de::Error::custom(format!(
                    "\"{s}\" names \"{part}\" twice"
                )));
            }
            kinds.push(kind);
        }
        Ok(UpstreamRef(kinds))
    }
}

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    /// Format version of the file; this loader reads format 1.
    pub format: Spanned<u32>,
    /// What the file is about.
    #[serde(default)]
    pub description: Option<String>,
    /// The rules.
    #[serde(default)]
    pub rule: Vec<Spanned<RawRule>>,
    /// Routes back to a document or to legal status.
    #[serde(default)]
    pub route: Vec<Spanned<RawRoute>>,
    /// What someone of a cohort needs to hold.
    #[serde(default)]
    pub need: Vec<Spanned<RawNeed>>,
}

/// One `[[rule]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    /// Unique id, e.g. `th.mou.work-permit.term`.
    pub id: Spanned<String>,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Spanned<Status>,
    /// First day the rule applies.
    pub effective_from: Spanned<TomlDate>,
    /// Last day the rule applies, if set.
    #[serde(default)]
    pub effective_to: Option<Spanned<TomlDate>>,
    /// With `status = "suspended"`: first day it no longer applies.
    #[serde(default)]
    pub suspended_from: Option<Spanned<TomlDate>>,
    /// Rules this one replaces from its `effective_from` on.
    #[serde(default)]
    pub supersedes: Vec<Spanned<String>>,
    /// Rules this one wins over when both apply (more specific cases).
    #[serde(default)]
    pub overrides: Vec<Spanned<String>>,
    /// How sure we are.
    pub confidence: Spanned<Confidence>,
    /// Why a maintainer chose this value (required for `confidence = "setting"`).
    #[serde(default)]
    pub rationale: Option<String>,
    /// Free notes for maintainers.
    #[serde(default)]
    pub notes: Option<String>,
    /// Where the facts come from (at least one).
    pub sources: Spanned<Vec<RawSource>>,
    /// What the rule applies to.
    pub applies: Spanned<RawApplies>,
    /// What the rule says.
    pub effect: Spanned<RawEffect>,
    /// The rule does not apply when this holds (`[rule.unless]`).
    #[serde(default)]
    pub unless: Option<Spanned<RawCondition>>,
    /// Numbers the texts state on purpose that are not this rule's own
    /// values (a total of several fees, the old period): `"7,600 baht"`.
    #[serde(default)]
    pub text_mentions: Vec<Spanned<String>>,
    /// Names and guidance for people, per language.
    #[serde(default)]
    pub text: Option<Spanned<BTreeMap<String, Spanned<RawText>>>>,
}

/// One source of a rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// Where it can be read.
    pub url: String,
    /// Its title.
    pub title: String,
    /// The date the source gives for the decision or its publication;
    /// left out when the source gives none (never guessed).
    #[serde(default)]
    pub date: Option<TomlDate>,
}

/// `[rule.applies]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApplies {
    /// Document kinds.
    pub kinds: Vec<Spanned<KindRef>>,
    /// Cohorts: `"mou"`, `"cr:<resolution>"`, `"any"` (default).
    #[serde(default)]
    pub cohorts: Option<Vec<Spanned<String>>>,
    /// Nationalities (ISO alpha-2); all when absent.
    #[serde(default)]
    pub nationalities: Option<Vec<Spanned<String>>>,
    /// Only documents issued on or after this date.
    #[serde(default)]
    pub issued_from: Option<Spanned<TomlDate>>,
    /// Only documents issued before this date.
    #[serde(default)]
    pub issued_before: Option<Spanned<TomlDate>>,
    /// Only documents whose printed expiry is on or after this date.
    #[serde(default)]
    pub expires_from: Option<Spanned<TomlDate>>,
    /// Only documents whose printed expiry is before this date.
    #[serde(default)]
    pub expires_before: Option<Spanned<TomlDate>>,
    /// Only people who work on fishing vessels (`true`) or who do not (`false`).
    #[serde(default)]
    pub fishers: Option<bool>,
}

/// `[rule.effect]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    /// Validity term of new documents (used when no expiry is printed).
    #[serde(default)]
    pub validity: Option<Spanned<SpanText>>,
    /// A fixed end of authorisation set by a resolution; overrides the printed expiry.
    #[serde(default)]
    pub end_of_authorisation: Option<Spanned<TomlDate>>,
    /// The deadline is this long after the expiry (default: the expiry itself).
    #[serde(default)]
    pub deadline_after_expiry: Option<Spanned<SpanText>>,
    /// The renewal window opens this long before the deadline.
    #[serde(default)]
    pub renewal_window: Option<Spanned<SpanText>>,
    /// "Due soon" starts this long before the deadline.
    #[serde(default)]
    pub due_soon: Option<Spanned<SpanText>>,
    /// Grace period after the deadline.
    #[serde(default)]
    pub grace: Option<Spanned<SpanText>>,
    /// Typical processing time (used for "due soon" when `due_soon` is absent).
    #[serde(default)]
    pub processing_time: Option<Spanned<SpanText>>,
    /// After a renewal was handed in: follow up this long after if no
    /// decision came.
    #[serde(default)]
    pub decision_follow_up: Option<Spanned<SpanText>>,
    /// Longest total time across renewals, counted from the first document.
    #[serde(default)]
    pub max_total_term: Option<Spanned<SpanText>>,
    /// Never beyond the end of any of these upstream documents (each entry
    /// one document; `|` separates alternative kinds).
    #[serde(default)]
    pub capped_by: Option<Vec<Spanned<UpstreamRef>>>,
    /// Lapses when any of these upstream documents ends or is cancelled.
    #[serde(default)]
    pub lapses_with: Option<Vec<Spanned<UpstreamRef>>>,
    /// With `lapses_with`: when the upstream permit is cancelled because the
    /// worker left the employer, end that day or at the job-change deadline.
    #[serde(default)]
    pub on_leaving_employer: Option<Spanned<OnLeavingEmployer>>,
    /// Time to find a new employer after leaving one (work permits).
    #[serde(default)]
    pub job_change_period: Option<Spanned<SpanText>>,
    /// Reminders, as lengths before the deadline (largest first).
    #[serde(default)]
    pub reminder_ladder: Option<Spanned<Vec<Spanned<SpanText>>>>,
    /// Documents that must be valid when renewing.
    #[serde(default)]
    pub prerequisites: Option<Vec<Spanned<RawPrerequisite>>>,
    /// A recurring obligation (90-day report).
    #[serde(default)]
    pub recurring: Option<Spanned<RawRecurring>>,
    /// Official fees.
    #[serde(default)]
    pub fees: Vec<Spanned<RawFee>>,
    /// Fines when late.
    #[serde(default)]
    pub fines: Vec<Spanned<RawFine>>,
    /// Fines not charged for some days.
    #[serde(default)]
    pub waivers: Vec<Spanned<RawWaiver>>,
    /// Whether the document can still be renewed after its deadline (and
    /// grace): `"yes"`, `"no"` or how long (`"90 days"`).
    #[serde(default)]
    pub renewable_after_end: Option<Spanned<RenewableText>>,
    /// What to bring for a renewal.
    #[serde(default)]
    pub checklist: Vec<Spanned<RawChecklistItem>>,
    /// A maintainers' setting: flag a document held by an employer or a
    /// broker for longer than this.
    #[serde(default)]
    pub custody_flag_after: Option<Spanned<SpanText>>,
    /// The rule is the law on keeping a worker's documents (its text says
    /// what it punishes; a flag cites it).
    #[serde(default)]
    pub custody_law: Option<bool>,
    /// While a renewal handed in is pending, its receipt stands in for the
    /// document (`awaiting_decision`); without it the document ends on its
    /// dates, with the renewal noted as pending.
    #[serde(default)]
    pub receipt_covers: Option<bool>,
    /// A maintainers' setting: flag a payment for a step above this
    /// percentage of the step's official fees.
    #[serde(default)]
    pub overcharge_flag_percent: Option<Spanned<u32>>,
}

/// `renewable_after_end`: `"yes"`, `"no"` or a length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenewableText(pub super::model::Renewable);

impl<'de> Deserialize<'de> for RenewableText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use super::model::Renewable;
        let s = String::deserialize(d)?;
        match s.trim() {
            "yes" => Ok(RenewableText(Renewable::Always)),
            "no" => Ok(RenewableText(Renewable::Never)),
            other => Span::parse(other).map(|span| RenewableText(Renewable::For(span))).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "renewable_after_end is \"yes\" (always, even long after it ended), \"no\" (only by the deadline and any grace) or how long after, such as \"90 days\"; not \"{s}\""
                ))
            }),
        }
    }
}

/// `[[rule.effect.waivers]]`: a fine that is not charged between two dates,
/// or while a renewal submitted in time is pending.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWaiver {
    /// The id of the fine (as in `[[rule.effect.fines]]`).
    pub fine: Spanned<String>,
    /// First day not charged.
    #[serde(default)]
    pub from: Option<Spanned<TomlDate>>,
    /// Last day not charged.
    #[serde(default)]
    pub to: Option<Spanned<TomlDate>>,
    /// Instead of dates: `"renewal_pending"`.
    #[serde(default, rename = "while")]
    pub while_: Option<Spanned<WaiverWhile>>,
}

/// `[rule.unless]`: the rule does not apply when a document or an event
/// exists by a date.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    /// The holder has another document of this kind (alternatives with `|`),
    /// issued on or before `by`.
    #[serde(default)]
    pub has_document: Option<Spanned<UpstreamRef>>,
    /// An event of this type happened on or before `by`.
    #[serde(default)]
    pub has_event: Option<Spanned<String>>,
    /// With `has_event`: on the holder's document of this kind (default: the
    /// document the rule applies to).
    #[serde(default)]
    pub on_document: Option<Spanned<UpstreamRef>>,
    /// The last day that counts.
    pub by: Spanned<TomlDate>,
}

/// `[[rule.effect.prerequisites]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrerequisite {
    /// Any one of these kinds satisfies it.
    pub kinds: Vec<Spanned<KindRef>>,
    /// Validity it must have left on the day it is needed.
    #[serde(default)]
    pub min_remaining: Option<Spanned<SpanText>>,
}

/// `[rule.effect.recurring]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecurring {
    /// Interval, counted from the date of entry or the last filing.
    pub every: Spanned<SpanText>,
    /// Filing opens this long before the due date.
    pub window_before: Spanned<SpanText>,
    /// Filing stays possible this long after the due date.
    pub window_after: Spanned<SpanText>,
}

/// `[[rule.effect.fees]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFee {
    /// Id, unique among the fees of the documents it applies to.
    pub id: String,
    /// English label.
    pub label: String,
    /// Amount in whole currency units.
    pub amount: u64,
    /// ISO 4217 currency code (THB).
    pub currency: Spanned<String>,
    /// When it is paid.
    pub when: FeeWhen,
}

/// `[[rule.effect.fines]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFine {
    /// Id, unique among the fines of the documents it applies to.
    pub id: String,
    /// English label.
    pub label: String,
    /// A fixed amount.
    #[serde(default)]
    pub amount: Option<u64>,
    /// An amount per day late.
    #[serde(default)]
    pub per_day: Option<u64>,
    /// The most it can reach.
    #[serde(default)]
    pub max: Option<u64>,
    /// ISO 4217 currency code.
    pub currency: Spanned<String>,
    /// From when it runs.
    pub from: FineFrom,
}

/// `[rule.text.<language>]`: a name and guidance, or a marked absence.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    /// Short name people see.
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    /// What to bring, where to go.
    #[serde(default)]
    pub guidance: Option<Spanned<String>>,
    /// Marks the translation as deliberately absent, with why.
    #[serde(default)]
    pub missing: Option<String>,
    /// `"draft"` (not yet reviewed by a native speaker) or `"reviewed"`.
    /// Unstated: English (the source) is reviewed, other languages drafts.
    #[serde(default)]
    pub review: Option<Spanned<String>>,
    /// The language a draft was translated from (`en` or `th`; default `en`).
    #[serde(default)]
    pub from: Option<Spanned<String>>,
    /// Who reviewed the text and when (`"NGO team, 2026-12-06"`), as
    /// `doctrack messages import` writes it; listed by `rules check`.
    #[serde(default)]
    pub reviewed_by: Option<String>,
}
