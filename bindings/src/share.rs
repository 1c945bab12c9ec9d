//! Sharing with an NGO (docs/adr/0027): the worker chooses what to share
//! and with whom; the library seals it for that organisation alone and
//! records it in the worker's history. Tell the worker, where they choose:
//! a share cannot be taken back once sent, and its end date is kept by the
//! organisation's software, not by their phone.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, ShareImportReport, ShareMade, ShareRecipient};
use doctrack_core::share::{self, CreatedShare, QrMatrix, ShareKey, ShareRequest, ShareSecretKey};

#[uniffi::export]
impl DoctrackStore {
    /// Seals what the worker chose (`request`) for one organisation and
    /// records the share in their history. File form: send `bytes` as a
    /// file; QR form: show `qrText` as a QR code (`shareQrMatrix`).
    pub async fn create_share(
        &self,
        request: ShareRequest,
        today: NaiveDate,
    ) -> Result<CreatedShare, AppError> {
        self.with_app(move |app| app.create_share(request, today))
            .await
    }

    /// Everything this store's people ever shared, oldest first.
    pub async fn shares_made(&self) -> Result<Vec<ShareMade>, AppError> {
        self.with_app(|app| app.shares_made()).await
    }

    /// The organisations of the help directory that gave a sharing key,
    /// named in `language`.
    pub async fn share_recipients(
        &self,
        language: String,
    ) -> Result<Vec<ShareRecipient>, AppError> {
        self.with_app(move |app| Ok(app.share_recipients(&language)))
            .await
    }

    /// For an organisation's app: opens a share (a file's bytes or a QR
    /// code's text as UTF-8) with its secret key and adds it to this
    /// caseload with its provenance. Refused: a share for another key, a
    /// changed or incomplete one, an expired one, and one signed by another
    /// key than earlier shares of the same worker unless
    /// `acceptNewSigner`. Nothing is imported partly.
    pub async fn import_share(
        &self,
        share: Vec<u8>,
        secret_key: String,
        today: NaiveDate,
        accept_new_signer: bool,
    ) -> Result<ShareImportReport, AppError> {
        self.with_app(move |app| {
            let key = zeroize::Zeroizing::new(secret_key);
            let key = ShareSecretKey::parse(&key)?;
            let opened = share::open(&share, &key)?;
            app.import_share(&opened, today, accept_new_signer)
        })
        .await
    }
}

/// The fingerprint of a sharing key (`x25519:…`), e.g. `1a2b 3c4d 5e6f
/// 7a8b`, for the worker to compare with what the organisation shows.
#[uniffi::export]
pub fn share_key_fingerprint(key: String) -> Result<String, AppError> {
    Ok(ShareKey::parse(&key)?.fingerprint())
}

/// The modules of the QR code holding a share's `qrText`, to draw with the
/// platform's graphics (leave 4 light modules around it).
#[uniffi::export]
pub fn share_qr_matrix(text: String) -> Result<QrMatrix, AppError> {
    Ok(share::qr::matrix(&text)?)
}
