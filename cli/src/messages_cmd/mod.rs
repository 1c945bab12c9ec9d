//! `doctrack messages export|import`: the translator's kit (issue 28).
//!
//! An NGO's translator does not read Fluent files or Rust. `export` writes
//! every app message of one language (and every person-facing rule text)
//! into a file translation tools open — XLIFF 2.0 or gettext PO, or CSV
//! for spreadsheets —
//! with the English source, where it appears, what each placeholder is, an
//! example with sample values, the current draft and its review state.
//! `import` checks a returned file entry by entry (the same placeholders as
//! English, Fluent that parses, a length bound, the screen's limit where a
//! message has one; for rule texts, English
//! unchanged since the export) and only when every entry is sound writes the
//! app messages into the language's catalog and the rule texts into their
//! rule files (the rule set must still load), each marked reviewed by the
//! named reviewer on the day; nothing is written from an invalid file.

use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::domain::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Longest translation accepted (characters): a message is a sentence or
/// two on a phone screen.
const MAX_CHARS: usize = 2_000;

/// `doctrack messages …`.
#[derive(Debug, clap::Subcommand)]
pub enum MessagesCommand {
    /// Write every message of a language for a translator to review.
    Export {
        /// The language: th, my, km or lo (`--lang` says it too).
        #[arg(long = "to", value_parser = crate::parse_language_arg)]
        language: Option<Language>,
        /// xliff (XLIFF 2.0) or po (gettext), for translation tools; csv for
        /// spreadsheets.
        #[arg(long, value_enum, default_value = "po")]
        format: Format,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// The catalogs (Fluent files) of the app messages.
        #[arg(long, default_value = "core/src/messages/catalogs")]
        catalogs: PathBuf,
        /// The rule files whose texts for people are exported too.
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
    },
    /// Check a reviewed file and write its messages into the catalog.
    Import {
        /// The file (.xlf, .po or .csv, as written by `export`).
        file: PathBuf,
        /// Who reviewed it (a name or an organisation; kept in the catalog).
        #[arg(long)]
        reviewer: String,
        /// The day of the review (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
        /// The catalogs (Fluent files) of the app messages.
        #[arg(long, default_value = "core/src/messages/catalogs")]
        catalogs: PathBuf,
        /// The rule files whose texts are written back.
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
        /// Check only: say what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// XLIFF 2.0 (OASIS).
    Xliff,
    /// gettext PO.
    Po,
    /// Comma-separated values (RFC 4180), one row per entry.
    Csv,
}

/// One text to translate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Entry {
    /// `catalog:<message>[.<attribute>]` or `rule:<file>:<place>.<field>`.
    id: String,
    /// Where it appears and what its placeholders are.
    context: String,
    /// The English source.
    source: String,
    /// The translation (empty: none yet).
    translation: String,
    /// `reviewed` or `draft`.
    review: String,
    /// The English with sample values.
    example: String,
    /// The line of the file it was read from (import).
    line: usize,
    /// For a rule text: whether its rule is named by an `id` or `key` (only
    /// those can be written back by `import`).
    anchored: bool,
    /// The screen's room for it, in columns (see `limits`).
    max_width: Option<usize>,
}

/// Runs a `messages` command; `lang` is the global `--lang`, which names
/// the language to export when `--to` does not.
pub fn run(cmd: MessagesCommand, lang: Option<Language>) -> Result<ExitCode, CliError> {
    match cmd {
        MessagesCommand::Export {
            language,
            format,
            out,
            catalogs,
            rules,
        } => {
            let language = language.or(lang).ok_or_else(|| {
                CliError::Usage(
                    "say which language to export: --to my (or --lang my); th, my, km or lo".into(),
                )
            })?;
            let lang = code(language)?;
            let mut entries = catalog_entries(&catalogs, lang)?;
            let from_rules = rule_entries(&rules, lang)?;
            let n_rules = from_rules.len();
            entries.extend(from_rules);
            let text = match format {
                Format::Xliff => write_xliff(lang, &entries),
                Format::Po => write_po(lang, &entries),
                Format::Csv => write_csv(&entries),
            };
            doctrack_core::store::write_new_file(&out, |file| {
                use std::io::Write;
                file.write_all(text.as_bytes())?;
                Ok(())
            })
            .map_err(|e| match e {
                doctrack_core::store::StoreError::AlreadyExists => CliError::Usage(format!(
                    "{} already exists: nothing was overwritten (choose another file name)",
                    out.display()
                )),
                other => CliError::App(other.into()),
            })?;
            outln!(
                "wrote {} texts to translate ({} app messages, {} rule texts) to {}",
                entries.len(),
                entries.len() - n_rules,
                n_rules,
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        MessagesCommand::Import {
            file,
            reviewer,
            on,
            catalogs,
            rules,
            dry_run,
        } => import(&file, &reviewer, on, (&catalogs, &rules), dry_run),
    }
}

fn code(language: Language) -> Result<&'static str, CliError> {
    match language {
        Language::En => Err(CliError::Usage(
            "English is the source: choose th, my, km or lo".into(),
        )),
        other => Ok(other.code()),
    }
}

fn read(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|source| CliError::Io {
        path: path.display().to_string(),
        source,
    })
}

mod catalogs;
mod formats;
mod limits;
mod rule_texts;
mod xliff;

use catalogs::{catalog_entries, parse_catalog, placeholders, replace_message};
use formats::{read_csv, read_po, write_csv, write_po};
use limits::{limit_note, widest};
use rule_texts::{rule_entries, write_rule_texts};
use xliff::{read_xliff, write_xliff, xliff_language};

// ---- import ----

/// Which catalog a file is for: XLIFF says it in `trgLang`, PO in its
/// header (`Language:`); CSV by the file name (`…-my.csv`) — checked
/// against the language codes.
fn language_of(file: &Path, text: &str) -> Result<&'static str, CliError> {
    let from_xliff = if is_xliff(file) {
        Some(xliff_language(text).unwrap_or_default())
    } else {
        None
    };
    let from_po = from_xliff.or_else(|| {
        text.lines().find_map(|l| {
            l.trim()
                .trim_matches('"')
                .strip_prefix("Language:")
                .map(|s| s.trim().trim_end_matches("\\n").trim().to_string())
        })
    });
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let candidate = from_po.unwrap_or_else(|| {
        stem.rsplit(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_string()
    });
    ["th", "my", "km", "lo"]
        .into_iter()
        .find(|c| *c == candidate)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "{}: unknown language {candidate:?}: a PO file names it in its header (Language: my), a CSV file in its name (messages-my.csv); th, my, km or lo",
                file.display()
            ))
        })
}

fn import(
    file: &Path,
    reviewer: &str,
    on: Option<NaiveDate>,
    (catalogs, rules): (&Path, &Path),
    dry_run: bool,
) -> Result<ExitCode, CliError> {
    let reviewer = reviewer.trim();
    if reviewer.is_empty() || reviewer.chars().count() > 100 || reviewer.contains(['\n', '#']) {
        return Err(CliError::Usage(
            "--reviewer must be a name of 1 to 100 characters, on one line, without #".into(),
        ));
    }
    let on = match on {
        Some(d) => d,
        None => crate::session::today()?,
    };
    let text = read(file)?;
    let lang = language_of(file, &text)?;
    let entries = if is_xliff(file) {
        read_xliff(&text)
    } else if file.extension().is_some_and(|e| e == "po") {
        read_po(&text)
    } else {
        read_csv(&text)
    };
    let entries = entries.map_err(|errors| refused(file, &errors))?;
    let english = parse_catalog(&catalogs.join("en.ftl"))?;
    let path = catalogs.join(format!("{lang}.ftl"));
    let current = parse_catalog(&path)?;
    let mut errors = Vec::new();
    let mut changes: Vec<(String, String)> = Vec::new();
    // The rule texts as they are now (read only when the file brings a
    // reviewed one).
    let rule_texts: BTreeMap<String, Entry> = if entries.iter().any(|e| {
        e.id.starts_with("rule:") && e.review == "reviewed" && !e.translation.trim().is_empty()
    }) {
        rule_entries(rules, lang)?
            .into_iter()
            .map(|e| (e.id.clone(), e))
            .collect()
    } else {
        BTreeMap::new()
    };
    let mut rule_changes: Vec<(Entry, String)> = Vec::new();
    let mut still_draft = 0usize;
    for e in &entries {
        let where_ = format!("{}:{}: {}", file.display(), e.line, e.id);
        if e.id.starts_with("rule:") {
            if e.translation.trim().is_empty() || e.review != "reviewed" {
                continue;
            }
            match rule_texts.get(&e.id) {
                None => errors.push(format!("{where_}: no such rule text")),
                Some(known) if known.source != e.source => errors.push(format!(
                    "{where_}: the English text changed since the file was exported: export again"
                )),
                Some(known) if !known.anchored => errors.push(format!(
                    "{where_}: this text's table has no id or key: correct it in the rule file"
                )),
                Some(_) if e.translation.chars().count() > MAX_CHARS => {
                    errors.push(format!("{where_}: longer than {MAX_CHARS} characters"))
                }
                Some(known) if known.translation == e.translation && known.review == "reviewed" => {
                }
                Some(known) => rule_changes.push((known.clone(), e.translation.clone())),
            }
            continue;
        }
        let Some(id) = e.id.strip_prefix("catalog:") else {
            errors.push(format!(
                "{where_}: the id must start with catalog: or rule:"
            ));
            continue;
        };
        let Some(source) = english.texts.get(id) else {
            errors.push(format!("{where_}: no such message"));
            continue;
        };
        if e.translation.trim().is_empty() {
            continue; // not translated
        }
        if e.review != "reviewed" {
            // Edited but still marked as a draft (PO: `#, fuzzy`): said
            // below, not imported.
            if current.texts.get(id) != Some(&e.translation) {
                still_draft += 1;
            }
            continue;
        }
        if e.translation.chars().count() > MAX_CHARS {
            errors.push(format!("{where_}: longer than {MAX_CHARS} characters"));
            continue;
        }
        let wanted = placeholders(source).unwrap_or_default();
        if let Some(max) = english.limits.get(id) {
            match widest(&e.translation, lang, &wanted) {
                Ok(width) if width > *max => errors.push(format!(
                    "{where_}: {width} columns with sample values; the screen has room for {max}"
                )),
                Ok(_) => {}
                Err(why) => errors.push(format!("{where_}: {why}")),
            }
        }
        match placeholders(&e.translation) {
            Err(why) => errors.push(format!("{where_}: {why}")),
            Ok(found) if found != wanted => errors.push(format!(
                "{where_}: the placeholders must be those of English ({}), not ({})",
                join(&wanted),
                join(&found)
            )),
            Ok(_) => {
                if current.texts.get(id) != Some(&e.translation)
                    || current.reviews.get(id).map(String::as_str) != Some("reviewed")
                {
                    changes.push((id.to_string(), e.translation.clone()));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(refused(file, &errors));
    }
    if changes.iter().any(|(id, _)| id.contains('.')) {
        return Err(CliError::Usage(
            "an attribute (.inline) changed: edit it in the catalog file directly for now".into(),
        ));
    }
    let reviewed_by = format!("{reviewer}, {on}");
    let rule_files = write_rule_texts(rules, lang, &rule_changes, &reviewed_by)?;
    let source = read(&path)?;
    let mut updated = source.clone();
    for (id, translation) in &changes {
        updated = replace_message(&updated, id, translation, reviewer, on).ok_or_else(|| {
            CliError::Usage(format!("{}: message {id} not found", path.display()))
        })?;
    }
    // What is written must parse as the catalog did.
    if fluent_syntax::parser::parse(updated.as_str()).is_err() {
        return Err(CliError::Usage(format!(
            "{}: the catalog would not parse after the import; nothing was written",
            path.display()
        )));
    }
    for (id, translation) in &changes {
        outln!("{id}: {}", translation.replace('\n', " ⏎ "));
    }
    for (entry, translation) in &rule_changes {
        outln!("{}: {}", entry.id, translation.replace('\n', " ⏎ "));
    }
    if still_draft > 0 {
        outln!(
            "note: {still_draft} edited message(s) are still marked as drafts (PO: #, fuzzy; CSV: review column) and were not imported: mark them reviewed to import them"
        );
    }
    if dry_run {
        outln!(
            "{} message(s) and {} rule text(s) would change (nothing written)",
            changes.len(),
            rule_changes.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if !changes.is_empty() {
        std::fs::write(&path, updated).map_err(|source| CliError::Io {
            path: path.display().to_string(),
            source,
        })?;
    }
    for (file, text) in &rule_files {
        std::fs::write(file, text).map_err(|source| CliError::Io {
            path: file.display().to_string(),
            source,
        })?;
    }
    if !rule_changes.is_empty() {
        outln!(
            "{} rule text(s) reviewed by {reviewer} on {on} written to {} file(s) under {}",
            rule_changes.len(),
            rule_files.len(),
            rules.display()
        );
    }
    outln!(
        "{} message(s) of {} reviewed by {reviewer} on {on} written to {} \
         (the catalogs are built into doctrack: rebuild it to use them; `rules check` then names the reviewer)",
        changes.len(),
        lang,
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Whether `file` is XLIFF (by its extension: .xlf or .xliff).
fn is_xliff(file: &Path) -> bool {
    file.extension().is_some_and(|e| e == "xlf" || e == "xliff")
}

fn join(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "none".into()
    } else {
        set.iter().cloned().collect::<Vec<_>>().join(", ")
    }
}

fn refused(file: &Path, errors: &[String]) -> CliError {
    CliError::Usage(format!(
        "{}: nothing was imported; {} problem(s):\n{}",
        file.display(),
        errors.len(),
        errors.join("\n")
    ))
}
