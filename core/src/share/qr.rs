//! QR codes for the compact form (the `qrcode` crate): the module matrix an
//! app draws with its own graphics, and an SVG drawing.

use super::ShareProblem;
use qrcode::{Color, EcLevel, QrCode};

/// Error correction used for shares: level M (15 % of the code can be
/// lost, e.g. glare on a phone screen) is the usual balance for screens.
const LEVEL: EcLevel = EcLevel::M;

/// The most bytes a share's QR text may carry: a version-40 code at level
/// M holds 3,391 alphanumeric characters; less the `DOCTRACK:` prefix,
/// that is 3,382 base45 characters, which carry 2,254 bytes.
pub const MAX_QR_BYTES: u64 = 2_254;

/// A QR code as a square of dark and light modules.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QrMatrix {
    /// Modules per side (without the quiet zone: leave 4 light modules
    /// around it when drawing).
    pub size: u32,
    /// Row by row, `true` for a dark module (`size * size` entries).
    pub dark: Vec<bool>,
}

fn code(text: &str) -> Result<QrCode, ShareProblem> {
    QrCode::with_error_correction_level(text.as_bytes(), LEVEL).map_err(|_| {
        ShareProblem::TooLargeForQr {
            bytes: text.len() as u64,
            max: MAX_QR_BYTES,
        }
    })
}

/// The modules of the QR code holding `text`.
pub fn matrix(text: &str) -> Result<QrMatrix, ShareProblem> {
    let code = code(text)?;
    let size = u32::try_from(code.width()).map_err(|_| ShareProblem::Damaged)?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok(QrMatrix { size, dark })
}

/// An SVG drawing of the QR code holding `text` (black on white, with the
/// quiet zone, at least `min_pixels` wide).
pub fn svg(text: &str, min_pixels: u32) -> Result<String, ShareProblem> {
    let code = code(text)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(min_pixels, min_pixels)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}
