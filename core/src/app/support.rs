//! What a worker at risk needs beyond renewals, through [`App`]:
//! checklists with who supplies what (and ticking items), the steps of a
//! route back, payments, and the directory of help ranked for a person.

use super::{App, AppError, AppResult, Field, Problem};
use crate::domain::{
    ChecklistTick, DocumentId, DocumentKind, EventId, Payment, PaymentFor, PersonChange, PersonId,
    PersonRecord,
};
use crate::plan::checklist::{list_for_document, list_for_route, route_key, Holder};
use crate::plan::Checklist;
use crate::rules::directory::{help_for, Directory, HelpMatch, HelpTopic, Service};
use crate::rules::evaluate::DocumentStatus;
use crate::rules::model::{Confidence, Fee, Opening, Source, Supplier};
use crate::store::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

/// One step of a route back, with its checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RouteStepDetail {
    /// The step's id (its text: `ruleGuidance("<route>/<step>")`).
    pub id: String,
    /// Who acts.
    pub by: Supplier,
    /// Official fees.
    pub fees: Vec<Fee>,
    /// What to bring, and how much is ready.
    pub checklist: Checklist,
}

/// A route back, as a detail screen shows it for one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RouteDetail {
    /// The route's id (name and guidance: `ruleGuidance(id)`).
    pub route: String,
    /// What the person holds at its end.
    pub gives: Vec<DocumentKind>,
    /// How sure the maintainers are of it.
    pub confidence: Confidence,
    /// Only advice ("doctrack suggests …"), not law.
    pub advisory: bool,
    /// It takes applications from this person now.
    pub open_now: bool,
    /// Until this day (when it is open and the end is known).
    pub open_until: Option<NaiveDate>,
    /// It opens on this day.
    pub opens_on: Option<NaiveDate>,
    /// The steps, in order.
    pub steps: Vec<RouteStepDetail>,
    /// Where its facts come from.
    pub sources: Vec<Source>,
}

/// A service chosen for a person and a problem, with its entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HelpEntry {
    /// Why it was chosen.
    pub matched: HelpMatch,
    /// The entry (names, contacts, address, hours, sources, verified date).
    pub service: Service,
}

impl App {
    /// The statuses of one person's documents on `as_of`, with their record.
    fn person_statuses(
        &self,
        person: PersonId,
        as_of: NaiveDate,
    ) -> AppResult<(PersonRecord, Vec<DocumentStatus>)> {
        let record = self.store.person(person)?;
        let (_, evaluation) = self.evaluate(as_of)?;
        let mine = evaluation
            .documents
            .into_iter()
            .filter(|s| s.holder == person)
            .collect();
        Ok((record, mine))
    }

    /// The checklist for renewing `document` on `as_of`: each item, who
    /// supplies it, and whether it is ready. `None` when the rules list
    /// none for it.
    pub fn renewal_checklist(
        &self,
        document: DocumentId,
        as_of: NaiveDate,
    ) -> AppResult<Option<Checklist>> {
        let holder = self.store.document(document)?.document.holder;
        let (record, statuses) = self.person_statuses(holder, as_of)?;
        let refs: Vec<&DocumentStatus> = statuses.iter().collect();
        let who = Holder {
            record: &record,
            statuses: &refs,
            as_of,
        };
        Ok(statuses
            .iter()
            .find(|s| s.document == document)
            .and_then(|st| list_for_document(st, who)))
    }

    /// A route back for one person on `as_of`: when it is open to them,
    /// its steps with fees and checklists, and its sources.
    pub fn route_detail(
        &self,
        person: PersonId,
        route_id: &str,
        as_of: NaiveDate,
    ) -> AppResult<RouteDetail> {
        let (record, statuses) = self.person_statuses(person, as_of)?;
        let route = self
            .rules
            .route(route_id)
            .ok_or_else(|| AppError::validation(Field::Route, Problem::UnknownRoute))?;
        let refs: Vec<&DocumentStatus> = statuses.iter().collect();
        let lists = list_for_route(
            route,
            Holder {
                record: &record,
                statuses: &refs,
                as_of,
            },
        );
        let opening = route.opening(&record.person.nationality, as_of);
        Ok(RouteDetail {
            route: route.id.clone(),
            gives: route.gives.clone(),
            confidence: route.confidence,
            advisory: route.advisory(),
            open_now: matches!(opening, Opening::Open(_)),
            open_until: match opening {
                Opening::Open(until) => until,
                _ => None,
            },
            opens_on: match opening {
                Opening::Opens(d) => Some(d),
                _ => None,
            },
            steps: route
                .steps
                .iter()
                .zip(lists)
                .map(|(step, checklist)| RouteStepDetail {
                    id: step.id.clone(),
                    by: step.by,
                    fees: step.fees.clone(),
                    checklist,
                })
                .collect(),
            sources: route.sources.to_vec(),
        })
    }

    /// Ticks (or unticks) an item of one of the person's checklists
    /// (`renew:<document id>` or `route:<route id>/<step id>`), as a sealed
    /// event in their history.
    pub fn tick_checklist_item(
        &mut self,
        person: PersonId,
        list: &str,
        item: &str,
        ticked: bool,
        on: NaiveDate,
    ) -> AppResult<PersonRecord> {
        if !self.checklist_has(person, list, item)? {
            return Err(AppError::validation(
                Field::ChecklistItem,
                Problem::UnknownChecklistItem,
            ));
        }
        let tick = ChecklistTick {
            list: list.to_string(),
            item: item.to_string(),
        };
        let (record, _) =
            self.store
                .person_event(person, PersonChange::ChecklistTicked { tick, ticked }, on)?;
        Ok(record)
    }

    /// Whether `list` is a checklist of this person's with item `item`.
    fn checklist_has(&self, person: PersonId, list: &str, item: &str) -> AppResult<bool> {
        if let Some(doc) = list.strip_prefix("renew:") {
            let Ok(id) = doc.parse::<DocumentId>() else {
                return Ok(false);
            };
            let record = match self.store.document(id) {
                Ok(r) => r,
                Err(_) => return Ok(false),
            };
            if record.document.holder != person {
                return Ok(false);
            }
            // Any rule's checklist for this kind may list the item.
            return Ok(self.rules.rules().iter().any(|r| {
                r.applies.kinds.contains(&record.document.kind)
                    && r.effect.checklist.iter().any(|i| i.id == item)
            }));
        }
        if let Some(rest) = list.strip_prefix("route:") {
            let Some((route, step)) = rest.split_once('/') else {
                return Ok(false);
            };
            self.store.person(person)?;
            return Ok(self
                .rules
                .route(route)
                .and_then(|r| r.step(step))
                .is_some_and(|s| {
                    route_key(route, &s.id) == list && s.checklist.iter().any(|i| i.id == item)
                }));
        }
        Ok(false)
    }

    /// Records what a person paid, or was asked to pay, for a document or a
    /// route; returns the event's id (to take it back).
    pub fn record_payment(
        &mut self,
        person: PersonId,
        payment: Payment,
        on: NaiveDate,
    ) -> AppResult<EventId> {
        match &payment.purpose {
            PaymentFor::Document { document } => {
                if self.store.document(*document)?.document.holder != person {
                    return Err(AppError::NotFound {
                        record: RecordKind::Document,
                    });
                }
            }
            PaymentFor::Route { route } => {
                if self.rules.route(route).is_none() {
                    return Err(AppError::validation(Field::Route, Problem::UnknownRoute));
                }
            }
        }
        if payment.amount == 0 {
            return Err(AppError::validation(Field::Amount, Problem::Empty));
        }
        let payment = payment
            .validated()
            .map_err(|e| AppError::from(crate::domain::DomainError::Text(e)))?;
        let (_, event) =
            self.store
                .person_event(person, PersonChange::PaymentRecorded { payment }, on)?;
        Ok(event)
    }

    /// Takes back a payment recorded by mistake (the history keeps both).
    pub fn retract_payment(
        &mut self,
        person: PersonId,
        event: EventId,
        on: NaiveDate,
    ) -> AppResult<PersonRecord> {
        let (record, _) =
            self.store
                .person_event(person, PersonChange::PaymentRetracted { event }, on)?;
        Ok(record)
    }

    /// The directory of help in the rules in use (entries shown to people).
    pub fn directory(&self) -> Directory {
        let mut d = self.rules.directory().clone();
        d.services
            .retain(|s| s.status == crate::rules::directory::ServiceStatus::Active);
        d
    }

    /// The best services for `person` and `topic`, at most `limit`: this
    /// exact problem first, in their province, speaking their language.
    pub fn help_for(
        &self,
        person: PersonId,
        topic: HelpTopic,
        limit: usize,
    ) -> AppResult<Vec<HelpEntry>> {
        let p = self.store.person(person)?.person;
        Ok(self.help(topic, p.province.as_deref(), p.language.code(), limit))
    }

    /// The best services for `topic` in `province` (an id) for a reader
    /// of `language` (a code), at most `limit`.
    pub fn help(
        &self,
        topic: HelpTopic,
        province: Option<&str>,
        language: &str,
        limit: usize,
    ) -> Vec<HelpEntry> {
        let directory = self.rules.directory();
        help_for(directory, topic, province, language, limit)
            .into_iter()
            .filter_map(|matched| {
                let service = directory.service(&matched.service)?.clone();
                Some(HelpEntry { matched, service })
            })
            .collect()
    }

    /// The province id `text` names (id, English or Thai name, a known
    /// spelling), or why not.
    pub fn province_id(&self, text: &str) -> AppResult<String> {
        self.rules
            .directory()
            .province(text)
            .map(|p| p.id.clone())
            .ok_or_else(|| AppError::validation(Field::Province, Problem::UnknownProvince))
    }
}
