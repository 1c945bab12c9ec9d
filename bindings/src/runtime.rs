//! The threading contract: every call that touches the disk or derives a
//! key is `async` and runs on a doctrack worker thread, so the caller's
//! thread (an app's UI thread) never waits on it. The future completes when
//! the work is done; dropping it does not cancel work already started
//! (a write either commits whole or not at all).

use crate::ApiError;
use std::panic::AssertUnwindSafe;

/// Runs `work` on a new worker thread and waits for it without blocking the
/// caller's thread. A panic (a bug) becomes `ApiError::Internal`.
pub(crate) async fn off_thread<T, F>(work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    let (tx, rx) = futures_channel::oneshot::channel();
    std::thread::Builder::new()
        .name("doctrack-worker".into())
        .spawn(move || {
            let result = std::panic::catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| {
                Err(ApiError::Internal {
                    reason: "doctrack hit a bug (a panic) while working; nothing was lost".into(),
                })
            });
            let _ = tx.send(result);
        })
        .map_err(|_| ApiError::Internal {
            reason: "could not start a worker thread".into(),
        })?;
    rx.await.unwrap_or_else(|_| {
        Err(ApiError::Internal {
            reason: "the worker thread stopped without an answer".into(),
        })
    })
}
