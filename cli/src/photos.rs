//! `doctrack photo add|list|export|delete`: photos and scans of documents,
//! encrypted in the store.

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `doctrack photo …`.
#[derive(Debug, clap::Subcommand)]
pub enum PhotoCommand {
    /// Add a photo or scan of a document (at most 20 MiB).
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The document it shows (id prefix).
        #[arg(long)]
        document: String,
        /// The image or PDF file.
        #[arg(long)]
        file: PathBuf,
        /// Its type (default: from the file name: image/jpeg, image/png, application/pdf).
        #[arg(long)]
        mime: Option<String>,
        /// Date (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// List the photos of a document.
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// The document (id prefix).
        #[arg(long)]
        document: String,
    },
    /// Write a photo to a new file (nothing is overwritten).
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// The photo (id prefix, from `photo list`).
        #[arg(long)]
        photo: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Delete a photo (its encrypted pages are overwritten; the deletion
    /// stays in the document's history, so a backup merge never brings the
    /// photo back).
    Delete {
        #[command(flatten)]
        store: StoreArgs,
        /// The photo (id prefix).
        #[arg(long)]
        photo: String,
        /// Date of the deletion (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
}

/// Opens a photo or scan to add: a folder, an empty file or a file that is
/// not a JPEG, PNG, WebP, HEIC or PDF is refused with what is wrong; the
/// type is the one its bytes say (a `--mime` or extension that disagrees
/// is refused too).
fn photo_file(file: &Path, mime: Option<String>) -> Result<(String, std::fs::File), CliError> {
    use std::io::{Read, Seek};
    let io = |source| CliError::Io {
        path: file.display().to_string(),
        source,
    };
    if file.is_dir() {
        return Err(CliError::Usage(format!(
            "{} is a folder: give the photo's file",
            file.display()
        )));
    }
    let mut reader = std::fs::File::open(file).map_err(io)?;
    let mut head = [0u8; 16];
    let n = reader.read(&mut head).map_err(io)?;
    reader.rewind().map_err(io)?;
    if n == 0 {
        return Err(CliError::Usage(format!("{} is empty", file.display())));
    }
    let Some(found) = doctrack_core::store::sniff_photo_type(&head[..n]) else {
        return Err(CliError::Usage(format!(
            "{} is not a photo or scan doctrack keeps: JPEG, PNG, WebP, HEIC or PDF",
            file.display()
        )));
    };
    let stated = mime
        .map(|m| m.trim().to_ascii_lowercase())
        .or_else(|| mime_of(file).map(str::to_string));
    match stated {
        Some(m) if m != found && !(m == "image/heif" && found == "image/heic") => {
            Err(CliError::Usage(format!(
                "{} is a {found} file, not {m}: check the file (or leave out --mime)",
                file.display()
            )))
        }
        _ => Ok((found.to_string(), reader)),
    }
}

fn mime_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "pdf" => "application/pdf",
        _ => return None,
    })
}

/// Runs a `photo` command.
pub fn run(cmd: PhotoCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        PhotoCommand::Add {
            store,
            document,
            file,
            mime,
            on,
        } => {
            let on = session::event_date(on)?;
            let (mime, reader) = photo_file(&file, mime)?;
            let mut app = store.open()?;
            let doc = session::document(&app, &document)?.document.id;
            let info = app.add_photo(doc, &mime, on, std::io::BufReader::new(reader))?;
            eprintln!("added a {} photo of {} bytes", info.mime, info.size);
            outln!("{}", info.id);
            app.close()?;
        }
        PhotoCommand::List { store, document } => {
            let app = store.open()?;
            let doc = session::document(&app, &document)?.document.id;
            let mut t = Table::new(&[("ID", 0), ("TYPE", 0), ("BYTES", 0), ("ADDED", 0)]);
            for p in app.photos(doc)? {
                t.row(vec![
                    Cell::new(short(&p.id)),
                    Cell::new(p.mime),
                    Cell::new(p.size.to_string()),
                    Cell::new(ui.l.date(p.added_on)),
                ]);
            }
            if t.is_empty() {
                outln!("no photos of this document");
            }
            for line in t.lines(&ui.p) {
                outln!("{line}");
            }
        }
        PhotoCommand::Export { store, photo, out } => {
            let app = store.open()?;
            let id = session::photo(&app, &photo)?;
            let info = app.export_photo(id, &out)?;
            outln!("wrote {} bytes to {}", info.size, out.display());
        }
        PhotoCommand::Delete { store, photo, on } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let id = session::photo(&app, &photo)?;
            app.delete_photo(id, on)?;
            outln!("deleted photo {}", short(&id));
            app.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
