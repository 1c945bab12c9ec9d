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
    /// Delete a photo (its encrypted pages are overwritten).
    Delete {
        #[command(flatten)]
        store: StoreArgs,
        /// The photo (id prefix).
        #[arg(long)]
        photo: String,
    },
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
            let mime = match mime {
                Some(m) => m,
                None => mime_of(&file)
                    .ok_or_else(|| {
                        CliError::Usage(format!(
                            "cannot tell the type of {}: give --mime (e.g. image/jpeg)",
                            file.display()
                        ))
                    })?
                    .to_string(),
            };
            let reader = std::fs::File::open(&file).map_err(|source| CliError::Io {
                path: file.display().to_string(),
                source,
            })?;
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
        PhotoCommand::Delete { store, photo } => {
            let mut app = store.open()?;
            let id = session::photo(&app, &photo)?;
            app.delete_photo(id)?;
            outln!("deleted photo {}", short(&id));
            app.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
