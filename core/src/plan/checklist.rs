//! Checklists with who supplies what: for a renewal (the rule that lists
//! what to bring) and for each step of a route. An item is ready when a
//! current document of its kinds is recorded and in the worker's hands,
//! or when the worker ticked it (a sealed person event, in history and
//! backups). Keys: `renew:<document id>` (a new list for every renewal)
//! and `route:<route id>/<step id>`.

use super::steps::ChecklistProgress;
use crate::domain::{DocumentId, PersonRecord};
use crate::rules::evaluate::{DocumentStatus, TimeStatus};
use crate::rules::model::{ChecklistItem, Confidence, Route, Supplier};
use chrono::NaiveDate;
use serde::Serialize;

/// One item of a checklist, as far as it is ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistEntry {
    /// The item.
    pub item: ChecklistItem,
    /// Ready: ticked by the person, or a recorded document in hand.
    pub ready: bool,
    /// The recorded document that makes it ready, if one does.
    pub by_document: Option<DocumentId>,
    /// The person ticked it themselves (they can untick it).
    pub ticked: bool,
}

/// A checklist with the state of each item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Checklist {
    /// Its key (`renew:<document id>`, `route:<route id>/<step id>`).
    pub list: String,
    /// The rule or route that lists it.
    pub rule: String,
    /// How sure the maintainers are of it.
    pub confidence: Confidence,
    /// Who acts in this step (routes), or `None` for a renewal.
    pub by: Option<Supplier>,
    /// The items.
    pub items: Vec<ChecklistEntry>,
}

impl Checklist {
    /// Items ready.
    pub fn ready(&self) -> usize {
        self.items.iter().filter(|i| i.ready).count()
    }
}

/// The key of a renewal's checklist.
pub fn renewal_key(document: DocumentId) -> String {
    format!("renew:{document}")
}

/// The key of a route step's checklist.
pub fn route_key(route: &str, step: &str) -> String {
    format!("route:{route}/{step}")
}

/// Whose checklists, on which day: the person's record (their ticks), the
/// statuses of their documents, and the evaluation date (a tick made after
/// it does not count yet).
#[derive(Clone, Copy)]
pub struct Holder<'a> {
    /// The person's record.
    pub record: &'a PersonRecord,
    /// The statuses of their documents on `as_of`.
    pub statuses: &'a [&'a DocumentStatus],
    /// The evaluation date.
    pub as_of: NaiveDate,
}

/// The state of each item of `items`. A document counts when it is current
/// and in the worker's hands; the document being renewed (`renewing`), or
/// any document of an item marked `ended_ok`, counts even when it has
/// ended: the old passport is what the embassy asks for.
fn entries(
    list: &str,
    items: &[ChecklistItem],
    who: Holder,
    renewing: Option<DocumentId>,
) -> Vec<ChecklistEntry> {
    items
        .iter()
        .map(|item| {
            let by_document = who
                .statuses
                .iter()
                .find(|s| {
                    let usable = s.is_current()
                        || Some(s.document) == renewing
                        || (item.ended_ok && s.status != TimeStatus::NotApplicable);
                    item.kinds().contains(&s.kind)
                        && usable
                        && s.custody
                            .as_ref()
                            .is_none_or(|c| !c.holder.is_someone_else())
                })
                .map(|s| s.document);
            let ticked = who
                .record
                .ticks
                .iter()
                .any(|t| t.tick.list == list && t.tick.item == item.id && t.on <= who.as_of);
            ChecklistEntry {
                item: item.clone(),
                ready: ticked || by_document.is_some(),
                by_document,
                ticked,
            }
        })
        .collect()
}

/// The checklist for renewing the document of `st`, if its rules list one.
pub fn list_for_document(st: &DocumentStatus, who: Holder) -> Option<Checklist> {
    let rc = st.checklist.as_ref()?;
    let list = renewal_key(st.document);
    Some(Checklist {
        items: entries(&list, &rc.items, who, Some(st.document)),
        list,
        rule: rc.rule.clone(),
        confidence: rc.confidence,
        by: None,
    })
}

/// The checklists of a route, one per step, in order.
pub fn list_for_route(route: &Route, who: Holder) -> Vec<Checklist> {
    route
        .steps
        .iter()
        .map(|step| {
            let list = route_key(&route.id, &step.id);
            Checklist {
                items: entries(&list, &step.checklist, who, None),
                list,
                rule: route.id.clone(),
                confidence: route.confidence,
                by: Some(step.by),
            }
        })
        .collect()
}

/// How much of one checklist is ready.
pub fn progress(list: &Checklist) -> ChecklistProgress {
    ChecklistProgress {
        list: list.list.clone(),
        ready: u32::try_from(list.ready()).unwrap_or(u32::MAX),
        total: u32::try_from(list.items.len()).unwrap_or(u32::MAX),
    }
}

/// How much of several checklists (a route's steps) is ready, under `key`.
pub fn progress_all(key: &str, lists: &[Checklist]) -> ChecklistProgress {
    let ready: usize = lists.iter().map(Checklist::ready).sum();
    let total: usize = lists.iter().map(|l| l.items.len()).sum();
    ChecklistProgress {
        list: key.to_string(),
        ready: u32::try_from(ready).unwrap_or(u32::MAX),
        total: u32::try_from(total).unwrap_or(u32::MAX),
    }
}
