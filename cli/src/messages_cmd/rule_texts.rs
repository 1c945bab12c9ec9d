//! Person-facing rule texts (`[….text.<lang>]` tables of the rule files):
//! exported beside their English, and reviewed ones written back with
//! toml_edit, every other line of the file unchanged.

use super::{read, Entry};
use crate::CliError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every person-facing rule text of `dir` (scenario files under
/// `dir/tests` left out), in `lang` beside its English.
pub(super) fn rule_entries(dir: &Path, lang: &str) -> Result<Vec<Entry>, CliError> {
    let mut files = crate::rules_cmd::read_rule_files(dir)?;
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = Vec::new();
    for file in files {
        let Ok(value) = file.text.parse::<toml::Table>() else {
            continue;
        };
        let path = Path::new(&file.name);
        let rel = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        walk_rule_texts(&toml::Value::Table(value), "", &rel, lang, &mut out);
    }
    Ok(out)
}

pub(super) fn walk_rule_texts(
    node: &toml::Value,
    place: &str,
    file: &str,
    lang: &str,
    out: &mut Vec<Entry>,
) {
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
                            max_width: None,
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

/// The rule files with the reviewed texts written in (with `review =
/// "reviewed"` and `reviewed_by`), every other line as it was (toml_edit).
/// The whole rule set must still load without errors, else nothing is
/// returned to write.
pub(super) fn write_rule_texts(
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
pub(super) fn set_rule_text(
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
