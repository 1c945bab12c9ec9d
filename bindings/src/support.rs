//! What a worker at risk needs beyond renewals: checklists with who
//! supplies each item (and ticking them), the steps of a route back,
//! payments, and the offline directory of help ranked for a person. Who
//! holds a document is an event: `applyEvent(id, NewEvent.CustodyChanged)`.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, HelpEntry, RouteDetail};
use doctrack_core::domain::{DocumentId, EventId, Payment, PersonId, PersonRecord};
use doctrack_core::plan::Checklist;
use doctrack_core::rules::directory::{Directory, HelpTopic, HELP_NAMED};

#[uniffi::export]
impl DoctrackStore {
    /// What to bring for renewing `document_id` on `as_of`, who supplies
    /// each item and whether it is ready; `null` when the rules list none.
    pub async fn renewal_checklist(
        &self,
        document_id: DocumentId,
        as_of: NaiveDate,
    ) -> Result<Option<Checklist>, AppError> {
        self.with_app(move |app| app.renewal_checklist(document_id, as_of))
            .await
    }

    /// A route back (a plan step's `route`) for one person on `as_of`: when
    /// it is open to them, its steps with fees and checklists, its sources.
    /// Names and guidance: `ruleGuidance(routeId)`, `ruleGuidance("<route>/<step>")`.
    pub async fn route_detail(
        &self,
        person_id: PersonId,
        route_id: String,
        as_of: NaiveDate,
    ) -> Result<RouteDetail, AppError> {
        self.with_app(move |app| app.route_detail(person_id, &route_id, as_of))
            .await
    }

    /// Ticks (or unticks) an item of one of the person's checklists (its
    /// `list` key, as a checklist gives it), sealed in their history.
    pub async fn tick_checklist_item(
        &self,
        person_id: PersonId,
        list: String,
        item: String,
        ticked: bool,
        on: NaiveDate,
    ) -> Result<PersonRecord, AppError> {
        self.with_app(move |app| app.tick_checklist_item(person_id, &list, &item, ticked, on))
            .await
    }

    /// Records money the person paid, or was asked to pay, for a document
    /// or a route back (sealed in their history); the dashboard flags a
    /// payment far above the official fees. Returns its id.
    pub async fn record_payment(
        &self,
        person_id: PersonId,
        payment: Payment,
        on: NaiveDate,
    ) -> Result<EventId, AppError> {
        self.with_app(move |app| app.record_payment(person_id, payment, on))
            .await
    }

    /// Takes back a payment recorded by mistake (the history keeps both).
    pub async fn retract_payment(
        &self,
        person_id: PersonId,
        payment_id: EventId,
        on: NaiveDate,
    ) -> Result<PersonRecord, AppError> {
        self.with_app(move |app| app.retract_payment(person_id, payment_id, on))
            .await
    }

    /// The best services for the person and `problem`, best first: this
    /// problem first, in their province, speaking their language (at most
    /// three, as every "get help" names).
    pub async fn help_for(
        &self,
        person_id: PersonId,
        problem: HelpTopic,
    ) -> Result<Vec<HelpEntry>, AppError> {
        self.with_app(move |app| app.help_for(person_id, problem, HELP_NAMED))
            .await
    }

    /// The whole directory of help in the rules in use (provinces and the
    /// services shown to people), for an app's own help screen.
    pub async fn directory(&self) -> Result<Directory, AppError> {
        self.with_app(|app| Ok(app.directory())).await
    }
}
