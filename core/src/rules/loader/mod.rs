//! Loads rule files and checks them: syntax, unknown keys, references,
//! impossible dates, conflicting rules, prerequisite cycles and missing
//! translations. Pure: it takes file names and contents, never reads disk.
//!
//! A set's files are told apart by name: `…/holidays/<year>.toml` are
//! holiday files (the calendar of office working days), `…/pack.toml` is
//! the set's identity and release notes ([`SetMeta`]),
//! `…/directory/provinces.toml` and `…/directory/services.toml` the
//! directory of help ([`crate::rules::directory`]); every other file is a rule
//! file (`[[rule]]`, `[[route]]`, `[[need]]`).

//!
//! The modules: `rule` turns one `[[rule]]` into a [`Rule`] (keys,
//! applies, texts and the numbers in them); `effect` checks and converts
//! `[rule.effect]` and `[rule.unless]`; `crate::rules::checks` looks
//! across rules (unique ids, references, conflicts, cycles, waived fines,
//! also for compiled rule sets); `texts`
//! reads the review state of texts (`review = "draft"`, `from = "th"`).

mod effect;
mod route;
mod rule;
mod texts;

use super::calendar::{load_holiday_file, Calendar};
use super::checks::{
    check_conflicts, check_cycles, check_leaving_policies, check_references, check_unique_ids,
    check_waived_fines,
};
use super::diagnostics::Location;
use super::diagnostics::{humanise_serde_message, Diagnostic, Severity, SourceMap};
use super::model::{Need, Route, Rule, RuleSet};
use super::schema::RawFile;
use super::set_meta::{is_meta_file, load_set_meta, SetMeta};
use crate::rules::directory::load::{is_provinces_file, is_services_file, load_directory};
use std::collections::BTreeSet;
use std::ops::Range;

/// The rule-file format this loader reads.
pub const FORMAT: u32 = 1;

/// A rule file given to the loader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleFile {
    /// Name shown in messages (e.g. `th/mou.toml`).
    pub name: String,
    /// The TOML text.
    pub text: String,
}

/// What loading produced: the rules (if there were no errors) and every
/// message, errors first.
#[derive(Debug, Clone)]
pub struct LoadReport {
    /// The rule set, `None` if any error was found.
    pub rules: Option<RuleSet>,
    /// The set's `pack.toml`, if one was given and it is valid.
    pub meta: Option<SetMeta>,
    /// Errors and warnings, sorted by severity then location.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadReport {
    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warnings only.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }
}

/// Loads and checks a set of rule files.
pub fn load(files: &[RuleFile]) -> LoadReport {
    let mut diags = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    let mut closures = Vec::new();
    let mut years = BTreeSet::new();
    let mut meta: Option<SetMeta> = None;
    let mut metas = 0usize;
    let mut routes: Vec<Route> = Vec::new();
    let mut needs: Vec<Need> = Vec::new();
    // Ids of routes and needs with where they are written (rule ids are
    // checked with the rules' own locations).
    let mut other_ids: Vec<(String, Location)> = Vec::new();
    let mut provinces_file: Option<&RuleFile> = None;
    let mut services_file: Option<&RuleFile> = None;
    for file in files {
        if is_provinces_file(&file.name) {
            provinces_file = Some(file);
            continue;
        }
        if is_services_file(&file.name) {
            services_file = Some(file);
            continue;
        }
        if super::calendar::is_holiday_file(&file.name) {
            if let Some((year, days)) = load_holiday_file(&file.name, &file.text, &mut diags) {
                if years.insert(year) {
                    closures.extend(days);
                } else {
                    diags.push(SourceMap::new(&file.name, &file.text).error(
                        &(0..0),
                        format!("a second holiday file for {year}: keep one file per year"),
                    ));
                }
            }
            continue;
        }
        if is_meta_file(&file.name) {
            metas += 1;
            let loaded = load_set_meta(&file.name, &file.text, &mut diags);
            if metas > 1 {
                diags.push(SourceMap::new(&file.name, &file.text).error(
                    &(0..0),
                    "a second pack.toml: a rule set has one (in its own folder)",
                ));
            } else {
                meta = loaded;
            }
            continue;
        }
        let map = SourceMap::new(&file.name, &file.text);
        let raw: RawFile = match toml::from_str(&file.text) {
            Ok(raw) => raw,
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                diags.push(map.error(&span, humanise_serde_message(e.message())));
                continue;
            }
        };
        if *raw.format.get_ref() != FORMAT {
            diags.push(map.error(
                &raw.format.span(),
                format!(
                    "format {} is not supported: this version of doctrack reads format {FORMAT}",
                    raw.format.get_ref()
                ),
            ));
            continue;
        }
        for raw_rule in raw.rule {
            let mut ctx = RuleContext {
                map: &map,
                diags: &mut diags,
                ok: true,
            };
            if let Some(rule) = ctx.convert(raw_rule) {
                rules.push(rule);
            }
        }
        for raw_route in raw.route {
            let location = map.at(&raw_route.get_ref().id.span());
            let mut ctx = RuleContext {
                map: &map,
                diags: &mut diags,
                ok: true,
            };
            if let Some(route) = ctx.route(raw_route) {
                other_ids.push((route.id.clone(), location));
                routes.push(route);
            }
        }
        for raw_need in raw.need {
            let location = map.at(&raw_need.get_ref().id.span());
            let mut ctx = RuleContext {
                map: &map,
                diags: &mut diags,
                ok: true,
            };
            if let Some(need) = ctx.need(raw_need) {
                other_ids.push((need.id.clone(), location));
                needs.push(need);
            }
        }
    }
    let directory = load_directory(
        provinces_file.map(|f| (f.name.as_str(), f.text.as_str())),
        services_file.map(|f| (f.name.as_str(), f.text.as_str())),
        &mut diags,
    )
    .directory;
    check_unique_ids(&rules, &mut diags);
    check_other_ids(&rules, &other_ids, &mut diags);
    if !diags.iter().any(|d| d.severity == Severity::Error) {
        check_references(&mut rules, &mut diags);
    }
    if !diags.iter().any(|d| d.severity == Severity::Error) {
        check_conflicts(&rules, &mut diags);
        check_cycles(&rules, &mut diags);
        check_leaving_policies(&rules, &mut diags);
        check_waived_fines(&rules, &mut diags);
        check_holiday_years(&rules, &routes, &years, &mut diags);
    }
    diags.sort_by(|a, b| (a.severity, &a.location).cmp(&(b.severity, &b.location)));
    let failed = diags.iter().any(|d| d.severity == Severity::Error);
    LoadReport {
        rules: (!failed).then(|| {
            RuleSet::from_rules(rules)
                .with_calendar(Calendar::new(closures, years))
                .with_routes(routes, needs)
                .with_directory(directory)
        }),
        meta: if failed { None } else { meta },
        diagnostics: diags,
    }
}

/// Converts the rules of one file, collecting diagnostics.
pub(super) struct RuleContext<'m, 'd> {
    pub(super) map: &'m SourceMap<'m>,
    pub(super) diags: &'d mut Vec<Diagnostic>,
    pub(super) ok: bool,
}

impl RuleContext<'_, '_> {
    pub(super) fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.ok = false;
        self.diags.push(self.map.error(span, message));
    }

    pub(super) fn warn(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.diags.push(self.map.warning(span, message));
    }
}

/// A warning for each year in which a rule or route sets a date to act
/// by (a fixed end, a waiver, an application window, an end of force) but
/// the set has no holiday file: office working days that year are weekdays
/// only, and a deadline on a holiday is not moved.
fn check_holiday_years(
    rules: &[Rule],
    routes: &[Route],
    years: &BTreeSet<i32>,
    diags: &mut Vec<Diagnostic>,
) {
    use chrono::Datelike;
    use std::collections::BTreeMap;
    if years.is_empty() {
        return;
    }
    // Year → the ids that set dates in it, and where the first is written.
    let mut missing: BTreeMap<i32, (Vec<&str>, Option<&Location>)> = BTreeMap::new();
    for r in rules {
        let mut dates: Vec<chrono::NaiveDate> = Vec::new();
        dates.extend(r.effect.end_of_authorisation);
        dates.extend(r.effective_to);
        for w in &r.effect.waivers {
            if let super::model::WaiverPeriod::Between { from, to } = w.period {
                dates.extend([from, to]);
            }
        }
        for d in dates.into_iter().filter(|d| !years.contains(&d.year())) {
            let e = missing
                .entry(d.year())
                .or_insert((Vec::new(), Some(&r.location)));
            if !e.0.contains(&r.id.as_str()) {
                e.0.push(&r.id);
            }
        }
    }
    for route in routes {
        let dates = route.windows.iter().flat_map(|w| [w.from, w.to]);
        for d in dates.filter(|d| !years.contains(&d.year())) {
            let e = missing.entry(d.year()).or_insert((Vec::new(), None));
            if !e.0.contains(&route.id.as_str()) {
                e.0.push(&route.id);
            }
        }
    }
    let fallback = rules.first().map(|r| r.location.clone());
    for (year, (ids, at)) in missing {
        let Some(location) = at.cloned().or_else(|| fallback.clone()) else {
            continue;
        };
        diags.push(Diagnostic {
            severity: Severity::Warning,
            location,
            message: format!(
                "{} set dates in {year}, but there is no holidays/{year}.toml: office working days that year are weekdays only and a deadline on a holiday is not moved (add the year's holidays with their sources)",
                ids.join(", ")
            ),
        });
    }
}

/// Route and need ids are unique among themselves and the rules' ids.
fn check_other_ids(rules: &[Rule], others: &[(String, Location)], diags: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::HashMap<&str, &Location> =
        rules.iter().map(|r| (r.id.as_str(), &r.location)).collect();
    for (id, location) in others {
        if let Some(first) = seen.get(id.as_str()) {
            diags.push(Diagnostic {
                severity: Severity::Error,
                location: location.clone(),
                message: format!("id \"{id}\" is already used at {first}"),
            });
        } else {
            seen.insert(id, location);
        }
    }
}

pub(super) fn is_rule_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
}
