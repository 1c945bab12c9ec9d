//! Holiday files: `rules/<set>/holidays/<year>.toml`, checked like rule
//! files (file:line:column, suggestions, Buddhist Era years refused).

use super::{Closure, ClosureKind};
use crate::rules::diagnostics::{closest, humanise_serde_message, Diagnostic, SourceMap};
use crate::rules::model::Source;
use crate::rules::schema::{buddhist_era_hint, TomlDate, BUDDHIST_ERA_THRESHOLD};
use chrono::Datelike;
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The holiday-file format this loader reads.
pub const HOLIDAY_FORMAT: u32 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolidays {
    format: Spanned<u32>,
    year: Spanned<i32>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    notes: Option<String>,
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    holiday: Vec<Spanned<RawHoliday>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    url: Spanned<String>,
    title: Spanned<String>,
    #[serde(default)]
    date: Option<Spanned<TomlDate>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    PublicHoliday,
    Substitution,
    Special,
    OfficeClosure,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: Spanned<TomlDate>,
    name: Spanned<String>,
    #[serde(default)]
    name_th: Option<String>,
    kind: RawKind,
    sources: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    #[allow(dead_code)]
    notes: Option<String>,
}

/// Whether a file name names a holiday file (a `holidays` folder).
pub(crate) fn is_holiday_file(name: &str) -> bool {
    let parts: Vec<&str> = name.split(['/', '\\']).collect();
    parts.len() >= 2 && parts[parts.len() - 2] == "holidays"
}

/// The year in a file name such as `th/holidays/2026.toml`.
fn year_of_name(name: &str) -> Option<i32> {
    let file = name.rsplit(['/', '\\']).next()?;
    file.strip_suffix(".toml")?.parse().ok()
}

/// Reads one holiday file: its year and closures, or `None` with errors
/// added to `diags` (warnings are added too).
pub fn load_holiday_file(
    name: &str,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(i32, Vec<Closure>)> {
    let map = SourceMap::new(name, text);
    let raw: RawHolidays = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            diags.push(map.error(&span, humanise_serde_message(e.message())));
            return None;
        }
    };
    let before = diags.len();
    let mut error = |span: &std::ops::Range<usize>, m: String| diags.push(map.error(span, m));
    if *raw.format.get_ref() != HOLIDAY_FORMAT {
        error(
            &raw.format.span(),
            format!(
                "format {} is not supported: this version of doctrack reads holiday files of format {HOLIDAY_FORMAT}",
                raw.format.get_ref()
            ),
        );
        return None;
    }
    let year = *raw.year.get_ref();
    if let Some(hint) = buddhist_era_hint(year, 1, 1) {
        error(&raw.year.span(), hint);
        return None;
    }
    if !(1900..=BUDDHIST_ERA_THRESHOLD).contains(&year) {
        error(&raw.year.span(), format!("{year} is not a plausible year"));
        return None;
    }
    if let Some(named) = year_of_name(name).filter(|n| *n != year) {
        error(
            &raw.year.span(),
            format!("the file is named for {named} but says year = {year}: name holiday files <year>.toml"),
        );
    }
    let mut sources: BTreeMap<String, Source> = BTreeMap::new();
    for s in &raw.source {
        let s = s.get_ref();
        let id = s.id.get_ref().trim();
        if id.is_empty() || sources.contains_key(id) {
            error(
                &s.id.span(),
                format!(
                    "source id \"{id}\" is empty or used twice: give every [[source]] its own id"
                ),
            );
        }
        let url = s.url.get_ref().trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            error(
                &s.url.span(),
                "a source needs a web address (https://…) where the holidays can be read".into(),
            );
        }
        if s.title.get_ref().trim().is_empty() {
            error(&s.title.span(), "a source needs a title".into());
        }
        sources.insert(
            id.to_string(),
            Source {
                url: url.to_string(),
                title: s.title.get_ref().trim().to_string(),
                date: s.date.as_ref().map(|d| d.get_ref().0),
            },
        );
    }
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    if raw.holiday.is_empty() {
        error(&raw.year.span(), "the file lists no [[holiday]]".into());
    }
    for h in &raw.holiday {
        let h = h.get_ref();
        let date = h.date.get_ref().0;
        if date.year() != year {
            error(
                &h.date.span(),
                format!("{date} is not in {year}: this file holds the holidays of {year} only"),
            );
        }
        if !seen.insert(date) {
            error(
                &h.date.span(),
                format!("{date} is listed twice: one [[holiday]] per day (name both occasions in one name)"),
            );
        }
        if h.name.get_ref().trim().is_empty() {
            error(&h.name.span(), "a holiday needs a name".into());
        }
        if h.sources.get_ref().is_empty() {
            error(
                &h.sources.span(),
                "a holiday needs at least one source: sources = [\"<id of a [[source]]>\"]".into(),
            );
        }
        let mut list: Vec<Source> = Vec::new();
        for s in h.sources.get_ref() {
            match sources.get(s.get_ref().as_str()) {
                Some(found) => {
                    used.insert(s.get_ref().as_str());
                    list.push(found.clone());
                }
                None => {
                    let hint = closest(s.get_ref(), sources.keys().map(String::as_str))
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    error(
                        &s.span(),
                        format!("no [[source]] has id \"{}\"{hint}", s.get_ref()),
                    );
                }
            }
        }
        let known = list.len() == h.sources.get_ref().len();
        if known && !list.is_empty() && list.iter().all(|s| s.date.is_none()) {
            error(
                &h.sources.span(),
                "a holiday needs at least one dated source (a [[source]] with date = YYYY-MM-DD)"
                    .into(),
            );
        }
        out.push(Closure {
            date,
            name: h.name.get_ref().trim().to_string(),
            name_th: h.name_th.as_ref().map(|n| n.trim().to_string()),
            kind: match h.kind {
                RawKind::PublicHoliday => ClosureKind::PublicHoliday,
                RawKind::Substitution => ClosureKind::Substitution,
                RawKind::Special => ClosureKind::Special,
                RawKind::OfficeClosure => ClosureKind::OfficeClosure,
            },
            sources: Arc::new(list),
        });
    }
    for s in &raw.source {
        let id = s.get_ref().id.get_ref().trim();
        if !used.contains(id) {
            diags.push(map.warning(
                &s.get_ref().id.span(),
                format!("source \"{id}\" is not cited by any holiday"),
            ));
        }
    }
    let failed = diags[before..]
        .iter()
        .any(|d| d.severity == crate::rules::Severity::Error);
    (!failed).then_some((year, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
format = 1
year = 2026
[[source]]
id = "news"
url = "https://example.invalid/2026"
title = "Public holidays 2026"
date = 2025-12-02
[[holiday]]
date = 2026-01-01
name = "New Year's Day"
kind = "public_holiday"
sources = ["news"]
"#;

    fn check(name: &str, text: &str) -> (Option<(i32, Vec<Closure>)>, Vec<String>) {
        let mut diags = Vec::new();
        let out = load_holiday_file(name, text, &mut diags);
        (out, diags.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_good_file_loads() {
        let (out, diags) = check("th/holidays/2026.toml", GOOD);
        assert!(diags.is_empty(), "{diags:?}");
        let (year, closures) = out.unwrap();
        assert_eq!(year, 2026);
        assert_eq!(
            closures[0].sources[0].date,
            Some("2025-12-02".parse().unwrap())
        );
    }

    #[test]
    fn mistakes_are_errors_with_their_place() {
        let cases = [
            (GOOD.replace("year = 2026", "year = 2569"), "2569 looks like a Buddhist Era year: write 2026"),
            (GOOD.replace("date = 2026-01-01", "date = 2569-01-01"), "looks like a Buddhist Era year"),
            (GOOD.replace("date = 2026-01-01", "date = 2025-12-31"), "2025-12-31 is not in 2026"),
            (GOOD.replace("date = 2026-01-01", "date = 2026-02-30"), "invalid date"),
            (GOOD.replace("sources = [\"news\"]", "sources = [\"nwes\"]"), "did you mean \"news\""),
            (GOOD.replace("sources = [\"news\"]", "sources = []"), "at least one source"),
            (GOOD.replace("date = 2025-12-02\n", ""), "at least one dated source"),
            (GOOD.replace("url = \"https://example.invalid/2026\"", "url = \"\""), "web address"),
            (format!("{GOOD}[[holiday]]\ndate = 2026-01-01\nname = \"Again\"\nkind = \"special\"\nsources = [\"news\"]\n"), "listed twice"),
            (GOOD.replace("kind = \"public_holiday\"", "kind = \"holiday\""), "unknown value \"holiday\""),
        ];
        for (text, want) in cases {
            let (out, diags) = check("th/holidays/2026.toml", &text);
            assert!(out.is_none(), "{want}: accepted");
            assert!(
                diags
                    .iter()
                    .any(|d| d.contains(want) && d.starts_with("th/holidays/2026.toml:")),
                "{want}: {diags:?}"
            );
        }
        let (out, diags) = check("th/holidays/2027.toml", GOOD);
        assert!(out.is_none() && diags.iter().any(|d| d.contains("named for 2027")));
    }

    #[test]
    fn holiday_files_are_recognised_by_folder() {
        assert!(is_holiday_file("th/holidays/2026.toml"));
        assert!(is_holiday_file("rules/th/holidays/2026.toml"));
        assert!(!is_holiday_file("th/holidays.toml"));
        assert!(!is_holiday_file("2026.toml"));
    }
}
