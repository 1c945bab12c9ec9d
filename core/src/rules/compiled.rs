//! A rule set in compiled form: the validated rules and the calendar of
//! office working days as JSON, the form rule packs carry and the rules
//! bundled into the app library ship in (docs/adr/0018). Reading it needs
//! no TOML parser: phones never parse rule files, and the library they
//! embed has none.
//!
//! Compiling is deterministic (rules in file order, maps sorted), so the
//! same files always give the same bytes. Reading checks what does not
//! depend on how the files were written: unique ids, references between
//! rules, decisions two rules make on the same day, prerequisite cycles,
//! waived fines, leaving policies. Anything else was checked when the
//! files were loaded (`doctrack rules check`), before compiling.

use super::calendar::{Calendar, Closure};
use super::checks::{
    check_conflicts, check_cycles, check_leaving_policies, check_references, check_unique_ids,
    check_waived_fines,
};
use super::diagnostics::Severity;
use super::model::{Need, Route, Rule, RuleSet};
use super::set_meta::{check_meta, SetMeta};
use crate::rules::directory::{Directory, ServiceStatus};
use serde::{Deserialize, Serialize};

/// The compiled format this library writes and reads.
pub const COMPILED_FORMAT: u32 = 2;

/// A rule set's rules and calendar, as compiled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledRules {
    /// The rules, in the order of their files.
    pub rules: Vec<Rule>,
    /// Every day offices are closed, in date order.
    pub closures: Vec<Closure>,
    /// The years that have holiday data.
    pub holiday_years: Vec<i32>,
    /// Routes back to a document or to legal status, most direct first.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// What someone of a cohort needs to hold.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// The directory of help (entries withheld by maintainers left out).
    #[serde(default)]
    pub directory: Directory,
}

impl CompiledRules {
    /// The compiled form of a loaded rule set. Maintainers' notes and
    /// rationales stay in the rule files: phones never show them.
    pub fn of(set: &RuleSet) -> CompiledRules {
        let rules = set
            .rules()
            .iter()
            .map(|r| Rule {
                notes: None,
                rationale: None,
                ..r.clone()
            })
            .collect();
        let mut directory = set.directory().clone();
        directory
            .services
            .retain(|s| s.status == ServiceStatus::Active);
        CompiledRules {
            rules,
            closures: set.calendar().closures().cloned().collect(),
            holiday_years: set.calendar().years().iter().copied().collect(),
            routes: set.routes().to_vec(),
            needs: set.needs().to_vec(),
            directory,
        }
    }

    /// The rule set without the checks across rules: only for rules this
    /// library was built with (checked when they were compiled; a build
    /// with rules that fail them does not finish).
    pub fn into_rule_set_unchecked(self) -> RuleSet {
        let years = self.holiday_years.into_iter().collect();
        let mut rules = self.rules;
        // `superseded_from` is part of the compiled rules; nothing to redo.
        rules.shrink_to_fit();
        RuleSet::from_rules(rules)
            .with_calendar(Calendar::new(self.closures, years))
            .with_routes(self.routes, self.needs)
            .with_directory(self.directory)
    }

    /// The rule set, after the checks across rules; each error as
    /// `file:line:column: message` (the place in the files it was compiled
    /// from).
    pub fn into_rule_set(self) -> Result<RuleSet, Vec<String>> {
        let mut rules = self.rules;
        let mut diags = Vec::new();
        check_unique_ids(&rules, &mut diags);
        check_references(&mut rules, &mut diags);
        if !diags.iter().any(|d| d.severity == Severity::Error) {
            check_conflicts(&rules, &mut diags);
            check_cycles(&rules, &mut diags);
            check_leaving_policies(&rules, &mut diags);
            check_waived_fines(&rules, &mut diags);
        }
        let mut errors: Vec<String> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        errors.extend(check_routes(&rules, &self.routes, &self.needs));
        errors.extend(self.directory.problems());
        if !errors.is_empty() {
            return Err(errors);
        }
        let years = self.holiday_years.into_iter().collect();
        Ok(RuleSet::from_rules(rules)
            .with_calendar(Calendar::new(self.closures, years))
            .with_routes(self.routes, self.needs)
            .with_directory(self.directory))
    }
}

/// Route and need ids unique among themselves and the rules' ids, and
/// every route with a source and a step.
fn check_routes(rules: &[Rule], routes: &[Route], needs: &[Need]) -> Vec<String> {
    let mut seen: std::collections::HashSet<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    let mut out = Vec::new();
    for id in routes
        .iter()
        .map(|r| &r.id)
        .chain(needs.iter().map(|n| &n.id))
    {
        if !seen.insert(id) {
            out.push(format!(
                "id \"{id}\" is used twice among the rules, routes and needs"
            ));
        }
    }
    for r in routes {
        if r.sources.is_empty() || r.steps.is_empty() {
            out.push(format!(
                "route {} needs a source and at least one step",
                r.id
            ));
        }
    }
    out
}

/// A compiled rule set with its identity: what the library bundles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    format: u32,
    meta: Option<SetMeta>,
    rules: CompiledRules,
}

/// The bytes of a bundle: a rule set and its `pack.toml` fields, as JSON
/// compressed with zlib (a sixth of the JSON's size in the library,
/// docs/adr/0022).
pub fn write_bundle(set: &RuleSet, meta: Option<&SetMeta>) -> Vec<u8> {
    let bundle = Bundle {
        format: COMPILED_FORMAT,
        meta: meta.cloned(),
        rules: CompiledRules::of(set),
    };
    // Writing plain data cannot fail.
    let mut value = serde_json::to_value(&bundle).unwrap_or_default();
    drop_nulls(&mut value);
    let json = serde_json::to_vec(&value).unwrap_or_default();
    crate::deflated::deflate(&json)
}

/// Removes every `null` member of every object: an absent optional field
/// reads as `None` again, and the library has a third less JSON to inflate
/// and read at app start.
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// Reads a bundle written by [`write_bundle`]; each problem as text.
/// `checked`: run the checks across rules (bundles from outside the
/// library); a bundle compiled into the library by its build was checked
/// then.
pub fn read_bundle(bytes: &[u8], checked: bool) -> Result<(RuleSet, Option<SetMeta>), Vec<String>> {
    let json = crate::deflated::inflate(bytes)
        .ok_or_else(|| vec!["the compiled rules are damaged (they do not inflate)".to_string()])?;
    // One UTF-8 check for the whole bundle, then no check per string (the
    // text-heavy rules read about a fifth faster than from bytes).
    let text = std::str::from_utf8(&json)
        .map_err(|_| vec!["the compiled rules are not text".to_string()])?;
    let bundle: Bundle = serde_json::from_str(text)
        .map_err(|e| vec![format!("the compiled rules are not readable: {e}")])?;
    if bundle.format != COMPILED_FORMAT {
        return Err(vec![format!(
            "compiled rules of format {} (this library reads format {COMPILED_FORMAT})",
            bundle.format
        )]);
    }
    if let Some(meta) = &bundle.meta {
        let problems = check_meta(meta);
        if !problems.is_empty() {
            return Err(problems);
        }
    }
    let rules = if checked {
        bundle.rules.into_rule_set()?
    } else {
        bundle.rules.into_rule_set_unchecked()
    };
    Ok((rules, bundle.meta))
}

#[cfg(all(test, feature = "rule-files"))]
mod tests {
    use super::*;
    use crate::rules::embedded::load_default;

    #[test]
    fn a_bundle_reads_back_as_exactly_what_was_compiled() {
        let report = load_default();
        let set = report.rules.expect("rules/th loads");
        let bytes = write_bundle(&set, report.meta.as_ref());
        let (read, meta) = read_bundle(&bytes, true).expect("the bundle reads, checked");
        // Every rule, route, need, closure and directory entry, with the
        // optional fields whose nulls were left out.
        assert_eq!(CompiledRules::of(&read), CompiledRules::of(&set));
        assert_eq!(meta, report.meta);
        let json = crate::deflated::inflate(&bytes).expect("inflates");
        assert!(!String::from_utf8_lossy(&json).contains(":null"));
    }

    #[test]
    fn a_damaged_bundle_is_refused_with_a_reason() {
        let report = load_default();
        let set = report.rules.expect("rules/th loads");
        let mut bytes = write_bundle(&set, report.meta.as_ref());
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        let errors = read_bundle(&bytes, false).expect_err("damaged");
        assert!(errors[0].contains("damaged"), "{errors:?}");
    }
}
