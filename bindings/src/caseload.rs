//! A caseload at a glance (issue 27), for an NGO's app: counts, the weeks
//! ahead and the most urgent documents, evaluated person by person. A
//! worker's app uses `dashboard` (one person's full plan) instead.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, CaseloadDashboard, CaseloadOptions, Dashboard};
use doctrack_core::domain::PersonId;

#[uniffi::export]
impl DoctrackStore {
    /// The caseload on `as_of`: documents by status, people by situation,
    /// overdue and blocked counts, documents due in each of the next 26
    /// weeks, and the `limit` most urgent documents. `threads`: 1 (the
    /// store's own thread, as on phones) or more on a laptop.
    #[uniffi::method(default(limit = 200, threads = 1))]
    pub async fn caseload_dashboard(
        &self,
        as_of: NaiveDate,
        limit: u32,
        threads: u32,
    ) -> Result<CaseloadDashboard, AppError> {
        self.with_app(move |app| app.caseload_dashboard(as_of, CaseloadOptions { limit, threads }))
            .await
    }

    /// One person's part of the dashboard on `as_of` — their rows, where
    /// they stand, their plan and flags — evaluating only their documents:
    /// what an NGO's app opens from a caseload's urgent list. The same as
    /// `dashboard` kept to that person; no part for an archived person.
    pub async fn person_dashboard(
        &self,
        person_id: PersonId,
        as_of: NaiveDate,
    ) -> Result<Dashboard, AppError> {
        self.with_app(move |app| app.person_dashboard(person_id, as_of))
            .await
    }
}
