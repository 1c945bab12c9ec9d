//! `doctrack messages export|import`: the translator's kit (issue 28).
//!
//! An NGO's translator does not read Fluent files or Rust. `export` writes
//! every app message of one language (and every person-facing rule text)
//! into a file translation tools open — gettext PO or CSV for spreadsheets —
//! with the English source, where it appears, what each placeholder is, an
//! example with sample values, the current draft and its review state.
//! `import` checks a returned file entry by entry (the same placeholders as
//! English, Fluent that parses, a length bound; for rule texts, English
//! unchanged since the export) and only when every entry is sound writes the
//! app messages into the language's catalog and the rule texts into their
//! rule files (the rule set must still load), each marked reviewed by the
//! named reviewer on the day; nothing is written from an invalid file.

use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::domain::Language;
use fluent_syntax::ast;
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
        /// The language: th, my, km or lo.
        #[arg(long = "to", value_parser = crate::parse_language_arg)]
        language: Language,
        /// po (gettext, for translation tools) or csv (for spreadsheets).
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
        /// The file (.po or .csv, as written by `export`).
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
}

/// Runs a `messages` command.
pub fn run(cmd: MessagesCommand) -> Result<ExitCode, CliError> {
    match cmd {
        MessagesCommand::Export {
            language,
            format,
            out,
            catalogs,
            rules,
        } => {
            let lang = code(language)?;
            let mut entries = catalog_entries(&catalogs, lang)?;
            let from_rules = rule_entries(&rules, lang)?;
            let n_rules = from_rules.len();
            entries.extend(from_rules);
            let text = match format {
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

// ---- the catalogs ----

/// A catalog's messages: id (with `.attribute`) → (pattern as Fluent text,
/// review state written above it, section heading it appears under).
struct Catalog {
    texts: BTreeMap<String, String>,
    reviews: BTreeMap<String, String>,
    sections: BTreeMap<String, String>,
    review: String,
}

fn parse_catalog(path: &Path) -> Result<Catalog, CliError> {
    let source = read(path)?;
    let resource = fluent_syntax::parser::parse(source.as_str()).map_err(|(_, errors)| {
        CliError::Usage(format!(
            "{}: the catalog does not parse ({} error(s))",
            path.display(),
            errors.len()
        ))
    })?;
    let mut catalog = Catalog {
        texts: BTreeMap::new(),
        reviews: BTreeMap::new(),
        sections: BTreeMap::new(),
        review: "draft".into(),
    };
    let mut section = String::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::ResourceComment(c) => {
                for line in &c.content {
                    if let Some(state) = line.trim().strip_prefix("review:") {
                        catalog.review = state.trim().to_string();
                    }
                }
            }
            ast::Entry::GroupComment(c) => section = c.content.join(" "),
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let review = m.comment.as_ref().and_then(|c| {
                    c.content.iter().find_map(|l| {
                        l.trim()
                            .strip_prefix("review:")
                            .map(|s| s.trim().to_string())
                    })
                });
                if let Some(value) = &m.value {
                    catalog.texts.insert(id.clone(), pattern_text(value));
                }
                for a in &m.attributes {
                    catalog
                        .texts
                        .insert(format!("{id}.{}", a.id.name), pattern_text(&a.value));
                }
                if let Some(r) = review {
                    catalog.reviews.insert(id.clone(), r);
                }
                catalog.sections.insert(id, section.clone());
            }
            _ => {}
        }
    }
    Ok(catalog)
}

/// A pattern as Fluent source text (what a translator edits).
fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(pattern.clone()),
        attributes: Vec::new(),
        comment: None,
    };
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(message)],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let body = text.strip_prefix("x =").unwrap_or(&text);
    // Continuation lines are indented by the serializer: a translator sees
    // them without the indentation, and import puts it back.
    body.trim_start_matches(' ')
        .trim_end()
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The placeholders (`$name`) of Fluent text, by parsing it.
fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let source = as_message(text);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .map_err(|(_, e)| format!("it is not valid Fluent ({})", describe(&e)))?;
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(v) = &m.value {
                collect_variables(v, &mut out);
            }
        }
    }
    if resource.body.len() != 1 {
        return Err("it is not one message (a line starts with an identifier and =)".into());
    }
    Ok(out)
}

fn describe(errors: &[fluent_syntax::parser::ParserError]) -> String {
    errors
        .first()
        .map(|e| format!("{:?}", e.kind))
        .unwrap_or_default()
}

/// `text` as the source of one message named `x` (continuation lines
/// indented).
fn as_message(text: &str) -> String {
    let mut out = String::from("x =");
    for (i, line) in text.lines().enumerate() {
        if i == 0 {
            out.push(' ');
            out.push_str(line);
        } else {
            out.push_str("\n    ");
            out.push_str(line);
        }
    }
    out.push('\n');
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

/// A sample value for a placeholder, by its name.
fn sample(name: &str) -> &'static str {
    match name {
        "$date" | "$from" | "$until" | "$on" | "$since" | "$was" | "$opens" | "$closes" => {
            "31/03/2026"
        }
        "$n" | "$count" | "$days" | "$found" | "$supported" | "$limit" | "$expected" => "3",
        "$amount" => "1,900",
        "$currency" => "THB",
        "$kind" | "$document" => "work permit",
        "$kinds" => "passport, work permit",
        "$span" | "$period" => "60 days",
        "$name" | "$person" => "Ko Aung",
        _ => "…",
    }
}

/// The English text with sample values in its simple placeholders.
fn example(source: &str, vars: &BTreeSet<String>) -> String {
    let mut out = source.to_string();
    for v in vars {
        out = out.replace(&format!("{{ {v} }}"), sample(v));
    }
    out
}

fn catalog_entries(dir: &Path, lang: &str) -> Result<Vec<Entry>, CliError> {
    let english = parse_catalog(&dir.join("en.ftl"))?;
    let target = parse_catalog(&dir.join(format!("{lang}.ftl")))?;
    let mut out = Vec::new();
    for (id, source) in &english.texts {
        let base = id.split('.').next().unwrap_or(id);
        let vars = placeholders(source).unwrap_or_default();
        let section = english.sections.get(base).cloned().unwrap_or_default();
        let mut context = format!("app message {id}");
        if !section.is_empty() {
            context.push_str(&format!(" ({section})"));
        }
        if !vars.is_empty() {
            let names: Vec<&str> = vars.iter().map(String::as_str).collect();
            context.push_str(&format!(
                "; placeholders, kept as written: {}",
                names.join(", ")
            ));
        }
        out.push(Entry {
            id: format!("catalog:{id}"),
            context,
            example: example(source, &vars),
            source: source.clone(),
            translation: target.texts.get(id).cloned().unwrap_or_default(),
            review: target
                .reviews
                .get(base)
                .cloned()
                .unwrap_or_else(|| target.review.clone()),
            line: 0,
            anchored: false,
        });
    }
    Ok(out)
}

// ---- rule texts ----

fn rule_entries(dir: &Path, lang: &str) -> Result<Vec<Entry>, CliError> {
    let mut files = Vec::new();
    collect_toml(dir, &mut files)?;
    files.sort();
    let mut out = Vec::new();
    for file in files {
        if file.components().any(|c| c.as_os_str() == "tests") {
            continue;
        }
        let text = read(&file)?;
        let Ok(value) = text.parse::<toml::Table>() else {
            continue;
        };
        let rel = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .display()
            .to_string();
        walk_rule_texts(&toml::Value::Table(value), "", &rel, lang, &mut out);
    }
    Ok(out)
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    let entries = std::fs::read_dir(dir).map_err(|source| CliError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

fn walk_rule_texts(node: &toml::Value, place: &str, file: &str, lang: &str, out: &mut Vec<Entry>) {
    match node {
        toml::Value::Table(table) => {
            let anchor = table
                .get("id")
                .or_else(|| table.get("key"))
                .and_then(|v| v.as_str())
                .map(str::to_string);
            let anchored = anchor.is_some();
            let name = anchor.unwrap_or_else(|| place.to_string());
            if let Some(toml::Value::Table(texts)) = table.get("text") {
                if let Some(toml::Value::Table(en)) = texts.get("en") {
                    let target = texts.get(lang).and_then(|v| v.as_table());
                    for (field, value) in en {
                        let Some(source) = value.as_str() else {
                            continue;
                        };
                        let translation = target
                            .and_then(|t| t.get(field))
                            .and_then(|v| v.as_str())
                            .unwrap_or_default();
                        let review = target
                            .and_then(|t| t.get("review"))
                            .and_then(|v| v.as_str())
                            .unwrap_or("draft");
                        out.push(Entry {
                            id: format!("rule:{file}:{name}.{field}"),
                            context: format!(
                                "rule text ({field}) of {name} in rules/{file}; corrected in the rule file"
                            ),
                            source: source.to_string(),
                            translation: translation.to_string(),
                            review: review.to_string(),
                            example: source.to_string(),
                            line: 0,
                            anchored,
                        });
                    }
                }
            }
            for (key, value) in table {
                if key != "text" {
                    let next = if place.is_empty() {
                        key.clone()
                    } else {
                        format!("{place}.{key}")
                    };
                    walk_rule_texts(value, &next, file, lang, out);
                }
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_rule_texts(item, &format!("{place}[{i}]"), file, lang, out);
            }
        }
        _ => {}
    }
}

// ---- PO ----

fn po_quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_po(lang: &str, entries: &[Entry]) -> String {
    let mut out = format!(
        "# doctrack messages for translators ({lang}). Edit msgstr only; keep\n\
         # placeholders such as {{ $date }} as they are. Remove the fuzzy flag\n\
         # of each entry you have reviewed.\n\
         msgid \"\"\nmsgstr \"\"\n\"Language: {lang}\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    );
    for e in entries {
        out.push_str(&format!("#. {}\n", e.context.replace('\n', " ")));
        if e.example != e.source {
            out.push_str(&format!("#. Example: {}\n", e.example.replace('\n', " ")));
        }
        if e.review != "reviewed" {
            out.push_str("#, fuzzy\n");
        }
        out.push_str(&format!("msgctxt {}\n", po_quote(&e.id)));
        out.push_str(&format!("msgid {}\n", po_quote(&e.source)));
        out.push_str(&format!("msgstr {}\n\n", po_quote(&e.translation)));
    }
    out
}

fn po_unquote(text: &str, line: usize) -> Result<String, String> {
    let inner = text
        .trim()
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or_else(|| format!("line {line}: a string must be in double quotes"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            _ => return Err(format!("line {line}: an unknown escape")),
        }
    }
    Ok(out)
}

fn read_po(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut current = Entry::default();
    let mut field: Option<&str> = None;
    let mut fuzzy = false;
    let finish = |e: &mut Entry, fuzzy: &mut bool, entries: &mut Vec<Entry>| {
        if !e.id.is_empty() {
            e.review = if *fuzzy { "draft" } else { "reviewed" }.into();
            entries.push(std::mem::take(e));
        }
        *e = Entry::default();
        *fuzzy = false;
    };
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            finish(&mut current, &mut fuzzy, &mut entries);
            field = None;
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (key, rest) = match line.split_once(' ') {
            Some((k, r)) if ["msgctxt", "msgid", "msgstr"].contains(&k) => (Some(k), r),
            _ => (None, line),
        };
        if let Some(k) = key {
            if k == "msgctxt" {
                current.line = n;
            }
            field = Some(k);
        }
        let value = match po_unquote(rest, n) {
            Ok(v) => v,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match field {
            Some("msgctxt") => current.id.push_str(&value),
            Some("msgid") => current.source.push_str(&value),
            Some("msgstr") => current.translation.push_str(&value),
            _ => errors.push(format!("line {n}: text outside an entry")),
        }
    }
    finish(&mut current, &mut fuzzy, &mut entries);
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

// ---- CSV ----

const CSV_HEADER: [&str; 6] = [
    "id",
    "context",
    "example",
    "source",
    "translation",
    "review",
];

fn write_csv(entries: &[Entry]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<[&str; 6]> = vec![CSV_HEADER];
    for e in entries {
        rows.push([
            &e.id,
            &e.context,
            &e.example,
            &e.source,
            &e.translation,
            &e.review,
        ]);
    }
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn read_csv(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => return Err(vec![format!("the header row cannot be read: {e}")]),
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(id), Some(source), Some(translation)) =
        (col("id"), col("source"), col("translation"))
    else {
        return Err(vec![
            "the header row must name the columns id, source and translation".into(),
        ]);
    };
    let review = col("review");
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line() as usize);
                let get = |i: usize| r.get(i).unwrap_or_default().to_string();
                entries.push(Entry {
                    id: get(id),
                    source: get(source),
                    translation: get(translation),
                    review: review.map(get).unwrap_or_else(|| "reviewed".into()),
                    line,
                    ..Entry::default()
                });
            }
            Err(e) => errors.push(format!("a row cannot be read: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

// ---- import ----

/// Which catalog a file is for: PO says it in its header (`Language:`);
/// CSV by the file name (`…-my.csv`) — checked against the language codes.
fn language_of(file: &Path, text: &str) -> Result<&'static str, CliError> {
    let from_po = text.lines().find_map(|l| {
        l.trim()
            .trim_matches('"')
            .strip_prefix("Language:")
            .map(|s| s.trim().trim_end_matches("\\n").trim().to_string())
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
    let is_po = file.extension().is_some_and(|e| e == "po");
    let entries = if is_po {
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

/// `source` (a catalog) with message `id`'s value replaced by `text` and
/// the comment above it saying who reviewed it and when: the lines of the
/// message (its `id =` line and the indented lines after it) and the
/// `# review:` / `# reviewed-by:` lines above it are replaced; everything
/// else stays as it was.
fn replace_message(
    source: &str,
    id: &str,
    text: &str,
    reviewer: &str,
    on: NaiveDate,
) -> Option<String> {
    let lines: Vec<&str> = source.lines().collect();
    let start = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })?;
    let mut end = start + 1;
    while end < lines.len() && lines[end].starts_with(' ') && !lines[end].trim().is_empty() {
        end += 1;
    }
    let mut first = start;
    while first > 0
        && (lines[first - 1].starts_with("# review:")
            || lines[first - 1].starts_with("# reviewed-by:"))
    {
        first -= 1;
    }
    // Attributes (`.inline = …`) stay as they were.
    let attributes: Vec<&str> = lines[start + 1..end]
        .iter()
        .copied()
        .skip_while(|l| !l.trim_start().starts_with('.'))
        .collect();
    let mut block = vec![
        "# review: reviewed".to_string(),
        format!("# reviewed-by: {reviewer}, {on}"),
    ];
    let body = as_message(text);
    let mut body_lines = body.lines();
    if let Some(head) = body_lines.next() {
        block.push(format!(
            "{id} ={}",
            head.strip_prefix("x =").unwrap_or(head)
        ));
    }
    block.extend(body_lines.map(str::to_string));
    block.extend(attributes.iter().map(|s| s.to_string()));
    let mut out: Vec<String> = lines[..first].iter().map(|s| s.to_string()).collect();
    out.extend(block);
    out.extend(lines[end..].iter().map(|s| s.to_string()));
    let mut joined = out.join("\n");
    if source.ends_with('\n') {
        joined.push('\n');
    }
    Some(joined)
}

/// The rule files with the reviewed texts written in (with `review =
/// "reviewed"` and `reviewed_by`), every other line as it was (toml_edit).
/// The whole rule set must still load without errors, else nothing is
/// returned to write.
fn write_rule_texts(
    rules: &Path,
    lang: &str,
    changes: &[(Entry, String)],
    reviewed_by: &str,
) -> Result<Vec<(PathBuf, String)>, CliError> {
    let mut by_file: BTreeMap<PathBuf, Vec<(&Entry, &String)>> = BTreeMap::new();
    for (entry, text) in changes {
        let rest = entry.id.strip_prefix("rule:").unwrap_or(&entry.id);
        let (file, _) = rest.split_once(':').unwrap_or((rest, ""));
        by_file
            .entry(rules.join(file))
            .or_default()
            .push((entry, text));
    }
    let mut out = Vec::new();
    for (file, items) in by_file {
        let mut doc: toml_edit::DocumentMut = read(&file)?
            .parse()
            .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
        for (entry, text) in items {
            let rest = entry.id.strip_prefix("rule:").unwrap_or(&entry.id);
            let place = rest.split_once(':').map_or("", |(_, p)| p);
            let Some((name, field)) = place.rsplit_once('.') else {
                return Err(CliError::Usage(format!("{}: not a rule text id", entry.id)));
            };
            if !set_rule_text(doc.as_table_mut(), name, field, lang, text, reviewed_by) {
                return Err(CliError::Usage(format!(
                    "{}: not found in {}",
                    entry.id,
                    file.display()
                )));
            }
        }
        out.push((file, doc.to_string()));
    }
    if !out.is_empty() {
        let mut files = crate::rules_cmd::read_rule_files(rules)?;
        for f in &mut files {
            if let Some((_, text)) = out.iter().find(|(p, _)| Path::new(&f.name) == p.as_path()) {
                f.text = text.clone();
            }
        }
        let report = doctrack_core::rules::load(&files);
        if report.errors().count() > 0 {
            crate::rules_cmd::print_diagnostics(&report);
            return Err(CliError::Usage(
                "the rule files would not load after the import; nothing was written".into(),
            ));
        }
    }
    Ok(out)
}

/// Sets `text.<lang>.<field>` of the table whose `id` or `key` is `name`
/// (searching nested tables and arrays of tables); whether it was found.
fn set_rule_text(
    table: &mut toml_edit::Table,
    name: &str,
    field: &str,
    lang: &str,
    text: &str,
    reviewed_by: &str,
) -> bool {
    let named = ["id", "key"]
        .iter()
        .any(|k| table.get(k).and_then(|v| v.as_str()) == Some(name));
    if named {
        if let Some(texts) = table.get_mut("text").and_then(|t| t.as_table_mut()) {
            if texts.get("en").and_then(|e| e.get(field)).is_some() {
                if texts.get(lang).is_none() {
                    let mut fresh = toml_edit::Table::new();
                    fresh.insert("from", toml_edit::value("en"));
                    texts.insert(lang, toml_edit::Item::Table(fresh));
                }
                if let Some(target) = texts.get_mut(lang).and_then(|t| t.as_table_mut()) {
                    target.insert(field, toml_edit::value(text));
                    target.insert("review", toml_edit::value("reviewed"));
                    target.insert("reviewed_by", toml_edit::value(reviewed_by));
                    return true;
                }
            }
        }
    }
    for (key, item) in table.iter_mut() {
        if key == "text" {
            continue;
        }
        let found = match item {
            toml_edit::Item::Table(t) => set_rule_text(t, name, field, lang, text, reviewed_by),
            toml_edit::Item::ArrayOfTables(a) => a
                .iter_mut()
                .any(|t| set_rule_text(t, name, field, lang, text, reviewed_by)),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn po_round_trips_quotes_newlines_and_fuzzy() {
        let e = Entry {
            id: "catalog:x".into(),
            context: "app message x".into(),
            source: "Say \"hi\"\nto { $name }".into(),
            translation: "ဟိုင်း \\ { $name }".into(),
            review: "reviewed".into(),
            example: "Say \"hi\"\nto Ko Aung".into(),
            line: 0,
            anchored: false,
        };
        let mut draft = e.clone();
        draft.id = "catalog:y".into();
        draft.review = "draft".into();
        let read = read_po(&write_po("my", &[e.clone(), draft.clone()])).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(
            (read[0].source.as_str(), read[0].translation.as_str()),
            (e.source.as_str(), e.translation.as_str())
        );
        assert_eq!(
            (read[0].review.as_str(), read[1].review.as_str()),
            ("reviewed", "draft")
        );
    }

    #[test]
    fn placeholders_are_read_from_fluent_and_bad_fluent_is_refused() {
        let p = placeholders(
            "{ $n ->\n    [one] { $kind } once\n   *[other] { $kind } { $n } times\n}",
        )
        .unwrap();
        assert_eq!(p.into_iter().collect::<Vec<_>>(), vec!["$kind", "$n"]);
        assert!(placeholders("broken { $n").is_err());
    }

    #[test]
    fn a_message_is_replaced_with_its_review_and_the_rest_kept() {
        let source = "## Section\n\nkind-a = A\n    .inline = a\nother = { $n } days\n    and more\nlast = L\n";
        let d = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let out = replace_message(source, "other", "{ $n } ရက်", "NGO Team", d).unwrap();
        assert_eq!(
            out,
            "## Section\n\nkind-a = A\n    .inline = a\n# review: reviewed\n# reviewed-by: NGO Team, 2026-12-06\nother = { $n } ရက်\nlast = L\n"
        );
        let again = replace_message(&out, "other", "{ $n } ရက်", "Other", d).unwrap();
        assert_eq!(again.matches("# review: reviewed").count(), 1);
        let attr = replace_message(source, "kind-a", "B", "R", d).unwrap();
        assert!(attr.contains("kind-a = B\n    .inline = a\n"), "{attr}");
    }
}
