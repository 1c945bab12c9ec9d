//! QR code pictures for shares: drawn as SVG (by the core, with the
//! `qrcode` crate) or PNG (here, with `png`), and read back from a PNG or
//! JPEG picture (a screenshot, a photo passed through a messenger) with the
//! `rqrr` decoder.

use crate::CliError;
use std::path::Path;

/// Pixels per module in a PNG, and the light border (in modules) a scanner
/// needs around the code.
const SCALE: u32 = 8;
const QUIET: u32 = 4;

/// Writes the QR code holding `text` to `path`: SVG or PNG by its extension.
pub fn write(path: &Path, text: &str) -> Result<(), CliError> {
    let ext = extension(path);
    let bytes = match ext.as_str() {
        "svg" => doctrack_core::share::qr::svg(text, 480)
            .map_err(doctrack_core::app::AppError::from)?
            .into_bytes(),
        "png" => png_bytes(text)?,
        _ => {
            return Err(CliError::Usage(format!(
                "{}: the QR code is drawn as .svg or .png",
                path.display()
            )))
        }
    };
    crate::pack_cmd::write_new(path, &bytes, 0o644)
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn png_bytes(text: &str) -> Result<Vec<u8>, CliError> {
    let m = doctrack_core::share::qr::matrix(text).map_err(doctrack_core::app::AppError::from)?;
    let side = (m.size + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; (side * side) as usize];
    for y in 0..m.size {
        for x in 0..m.size {
            if m.dark[(y * m.size + x) as usize] {
                for dy in 0..SCALE {
                    let row = ((y + QUIET) * SCALE + dy) * side;
                    let start = (row + (x + QUIET) * SCALE) as usize;
                    pixels[start..start + SCALE as usize].fill(0);
                }
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| CliError::Usage(format!("cannot draw the QR code: {e}")))?;
        writer
            .write_image_data(&pixels)
            .map_err(|e| CliError::Usage(format!("cannot draw the QR code: {e}")))?;
    }
    Ok(out)
}

/// Whether the file looks like a picture (PNG or JPEG) rather than a share.
pub fn is_picture(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(b"\xff\xd8\xff")
}

/// The text of the QR code in a PNG or JPEG picture.
pub fn read(path: &Path, bytes: &[u8]) -> Result<String, CliError> {
    let picture = image::load_from_memory(bytes).map_err(|e| {
        CliError::Usage(format!("{}: cannot read the picture ({e})", path.display()))
    })?;
    let grey = picture.to_luma8();
    let (w, h) = grey.dimensions();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            grey.get_pixel(x as u32, y as u32).0[0]
        });
    let grids = prepared.detect_grids();
    let no_code = || {
        CliError::Usage(format!(
            "{}: no readable QR code in the picture (take it again, straight and sharp, with the whole code)",
            path.display()
        ))
    };
    let grid = grids.first().ok_or_else(no_code)?;
    let (_, text) = grid.decode().map_err(|_| no_code())?;
    Ok(text)
}
