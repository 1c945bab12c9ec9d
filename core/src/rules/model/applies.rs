//! What a rule applies to, and when it is set aside (`[rule.unless]`).

use crate::domain::{Cohort, Country, Document, DocumentKind, EventName, Person};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a rule applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applies {
    /// Document kinds.
    pub kinds: Vec<DocumentKind>,
    /// Cohorts; `None` means every cohort (also people whose cohort is unknown).
    pub cohorts: Option<Vec<Cohort>>,
    /// Nationalities; `None` means all.
    pub nationalities: Option<Vec<Country>>,
    /// Only documents issued on or after this date.
    pub issued_from: Option<NaiveDate>,
    /// Only documents issued before this date.
    pub issued_before: Option<NaiveDate>,
    /// Only documents whose printed expiry is on or after this date.
    pub expires_from: Option<NaiveDate>,
    /// Only documents whose printed expiry is before this date.
    pub expires_before: Option<NaiveDate>,
    /// Only fishers (`Some(true)`) or only non-fishers (`Some(false)`).
    pub fishers: Option<bool>,
}

impl Applies {
    /// Whether the rule's case covers this person and document.
    pub fn matches(&self, person: &Person, document: &Document) -> bool {
        if !self.kinds.contains(&document.kind) {
            return false;
        }
        if let Some(cohorts) = &self.cohorts {
            if !cohorts.contains(&person.cohort) {
                return false;
            }
        }
        if let Some(nats) = &self.nationalities {
            if !nats.contains(&person.nationality) {
                return false;
            }
        }
        if let Some(fishers) = self.fishers {
            if fishers != person.works_on_fishing_vessel {
                return false;
            }
        }
        in_range(document.issued_on, self.issued_from, self.issued_before)
            && in_range(document.expires_on, self.expires_from, self.expires_before)
    }

    /// Whether some person and document could match both `self` and `other`.
    pub fn overlaps(&self, other: &Applies) -> bool {
        fn sets_meet<T: PartialEq>(a: &Option<Vec<T>>, b: &Option<Vec<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a.iter().any(|x| b.contains(x)),
                _ => true,
            }
        }
        let kinds = self.kinds.iter().any(|k| other.kinds.contains(k));
        let fishers = match (self.fishers, other.fishers) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let ranges_meet = |a: (Option<NaiveDate>, Option<NaiveDate>),
                           b: (Option<NaiveDate>, Option<NaiveDate>)| {
            match (max_opt(a.0, b.0), min_opt(a.1, b.1)) {
                (Some(lo), Some(hi)) => lo < hi,
                _ => true,
            }
        };
        kinds
            && fishers
            && ranges_meet(
                (self.issued_from, self.issued_before),
                (other.issued_from, other.issued_before),
            )
            && ranges_meet(
                (self.expires_from, self.expires_before),
                (other.expires_from, other.expires_before),
            )
            && sets_meet(&self.cohorts, &other.cohorts)
            && sets_meet(&self.nationalities, &other.nationalities)
    }
}

/// Whether `date` lies in `[from, before)`; a missing date matches only an open range.
fn in_range(date: Option<NaiveDate>, from: Option<NaiveDate>, before: Option<NaiveDate>) -> bool {
    if from.is_none() && before.is_none() {
        return true;
    }
    let Some(date) = date else {
        return false;
    };
    from.is_none_or(|f| date >= f) && before.is_none_or(|b| date < b)
}

fn max_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

pub(super) fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// What must exist, by a date, for a rule with `[rule.unless]` not to apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Condition {
    /// The holder has another document of one of `kinds` issued on or before `by`.
    HasDocument {
        /// Any one of these kinds.
        kinds: Vec<DocumentKind>,
        /// The last day that counts.
        by: NaiveDate,
    },
    /// An `event` on or before `by`: on the document itself, or (with `on`)
    /// on the holder's document of one of those kinds.
    HasEvent {
        /// Which event.
        event: EventName,
        /// On which document (none: the document the rule applies to).
        on: Option<Vec<DocumentKind>>,
        /// The last day that counts.
        by: NaiveDate,
    },
}
