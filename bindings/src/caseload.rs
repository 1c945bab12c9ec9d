//! A caseload at a glance (issue 27), for an NGO's app: counts, the weeks
//! ahead and the most urgent documents, evaluated person by person. A
//! worker's app uses `dashboard` (one person's full plan) instead.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, CaseloadDashboard, CaseloadOptions};

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
}
