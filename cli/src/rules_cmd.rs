//! `doctrack rules check|test|explain`: the maintainers' tools.

use crate::output::{pad, Painter};
use crate::CliError;
use chrono::NaiveDate;
use doctrack_core::rules::evaluate::{Basis, Blocker, Reason};
use doctrack_core::rules::{embedded, load, LoadReport, RuleFile, RuleSet};
use doctrack_core::scenario::Scenario;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
    move |source| CliError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Every `*.toml` below `dir`, sorted; with `skip_tests`, not those under `dir/tests`.
fn toml_files(dir: &Path, skip_tests: bool) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).map_err(io_err(&d))? {
            let path = entry.map_err(io_err(&d))?.path();
            if path.is_dir() {
                if skip_tests && path == dir.join("tests") {
                    continue;
                }
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The rule, holiday and `pack.toml` files below `dir` (not its `tests/`).
pub(crate) fn read_rule_files(dir: &Path) -> Result<Vec<RuleFile>, CliError> {
    if !dir.is_dir() {
        return Err(CliError::Usage(format!(
            "{} is not a directory of rule files",
            dir.display()
        )));
    }
    toml_files(dir, true)?
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).map_err(io_err(&path))?;
            Ok(RuleFile {
                name: path.display().to_string(),
                text,
            })
        })
        .collect()
}

pub(crate) fn print_diagnostics(report: &LoadReport) {
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
}

pub(crate) fn load_dir(dir: &Path) -> Result<(RuleSet, LoadReport), CliError> {
    let files = read_rule_files(dir)?;
    if files.is_empty() {
        return Err(CliError::Usage(format!(
            "no rule files (*.toml) found in {}",
            dir.display()
        )));
    }
    let report = load(&files);
    match report.rules.clone() {
        Some(rules) => Ok((rules, report)),
        None => {
            print_diagnostics(&report);
            Err(CliError::Rules(format!(
                "{} error(s) in the rule files; fix them first",
                report.errors().count()
            )))
        }
    }
}

/// `rules check DIR`.
pub fn check(dir: &Path) -> Result<ExitCode, CliError> {
    let files = read_rule_files(dir)?;
    if files.is_empty() {
        return Err(CliError::Usage(format!(
            "no rule files (*.toml) found in {}",
            dir.display()
        )));
    }
    let report = load(&files);
    print_diagnostics(&report);
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let marked = report
        .rules
        .as_ref()
        .map(|r| {
            r.rules()
                .iter()
                .flat_map(|rule| rule.texts.values())
                .filter(|t| matches!(t, doctrack_core::rules::model::RuleText::Missing { .. }))
                .count()
        })
        .unwrap_or(0);
    if errors > 0 {
        eprintln!(
            "{errors} error(s), {warnings} warning(s) in {} file(s)",
            files.len()
        );
        return Ok(ExitCode::from(1));
    }
    let count = report.rules.as_ref().map_or(0, RuleSet::len);
    let years: Vec<String> = report
        .rules
        .as_ref()
        .map(|r| {
            r.calendar()
                .years()
                .iter()
                .map(ToString::to_string)
                .collect()
        })
        .unwrap_or_default();
    let holidays = if years.is_empty() {
        "no holiday files".to_string()
    } else {
        format!("holidays for {}", years.join(", "))
    };
    let version = report
        .meta
        .as_ref()
        .map(|m| format!("{} v{}, {}; ", m.set_id, m.version, m.built))
        .unwrap_or_default();
    let (routes, needs, services, provinces) = report.rules.as_ref().map_or((0, 0, 0, 0), |r| {
        (
            r.routes().len(),
            r.needs().len(),
            r.directory().active().count(),
            r.directory().provinces.len(),
        )
    });
    // Directory entries not checked again within the maintainers' limit.
    let mut stale = 0;
    if let Some(r) = &report.rules {
        if let Some(span) = r.directory().stale_after {
            for w in doctrack_core::rules::directory::load::stale_entries(
                r.directory(),
                span,
                crate::session::today()?,
            ) {
                eprintln!("warning: {w}");
                stale += 1;
            }
        }
    }
    let warnings = warnings + stale;
    crate::outln!(
        "ok: {version}{count} rules, {routes} routes back, {needs} needs in {} file(s), {holidays}; directory of help: {services} services in {provinces} provinces; {warnings} warning(s); {marked} translation(s) marked as missing",
        files.len()
    );
    if let Some(rules) = &report.rules {
        print_text_coverage(rules);
    }
    print_reviewers(&files);
    Ok(ExitCode::SUCCESS)
}

/// Who reviewed rule texts, per language (`reviewed_by` in the text
/// tables, written by `doctrack messages import`).
fn print_reviewers(files: &[RuleFile]) {
    type ByLanguage = std::collections::BTreeMap<String, std::collections::BTreeSet<String>>;
    fn walk(v: &toml::Value, out: &mut ByLanguage) {
        match v {
            toml::Value::Table(t) => {
                if let Some(toml::Value::Table(texts)) = t.get("text") {
                    for (lang, text) in texts {
                        if let Some(by) = text.get("reviewed_by").and_then(|b| b.as_str()) {
                            out.entry(lang.clone()).or_default().insert(by.to_string());
                        }
                    }
                }
                t.values().for_each(|x| walk(x, out));
            }
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut by_language = ByLanguage::new();
    for f in files {
        if let Ok(t) = f.text.parse::<toml::Table>() {
            walk(&toml::Value::Table(t), &mut by_language);
        }
    }
    for (lang, who) in by_language {
        crate::outln!(
            "  {lang} rule texts reviewed by {}",
            who.into_iter().collect::<Vec<_>>().join("; ")
        );
    }
}

/// Per language: how many texts are reviewed, drafts (not yet reviewed by
/// a native speaker) or missing, and which rules are drafts or missing.
fn print_text_coverage(rules: &RuleSet) {
    crate::outln!("app messages by language (built into this doctrack):");
    for language in doctrack_core::domain::Language::ALL {
        let info = doctrack_core::messages::catalog_info(language);
        let by = if info.reviewed_by.is_empty() {
            String::new()
        } else {
            format!("; reviewed by {}", info.reviewed_by.join("; "))
        };
        crate::outln!(
            "  {}: {} messages, {} reviewed, {} draft{by}",
            language.code(),
            info.messages,
            info.messages - info.drafts,
            info.drafts
        );
    }
    crate::outln!("texts by language (reviewed / draft / missing):");
    for c in doctrack_core::rules::model::text_coverage(rules) {
        crate::outln!(
            "  {}: {} reviewed, {} draft, {} missing",
            c.language,
            c.reviewed.len(),
            c.drafts.len(),
            c.missing.len()
        );
        if !c.drafts.is_empty() {
            crate::outln!("    draft: {}", c.drafts.join(", "));
        }
        if !c.missing.is_empty() {
            crate::outln!("    missing: {}", c.missing.join(", "));
        }
    }
}

/// `rules test DIR`.
pub fn test(dir: &Path) -> Result<ExitCode, CliError> {
    Ok(if run_scenarios(dir)? {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The scenario files in `dir`; a usage error when there are none.
fn scenario_files(dir: &Path) -> Result<Vec<PathBuf>, CliError> {
    let files = if dir.is_dir() {
        toml_files(dir, false)?
    } else {
        Vec::new()
    };
    if files.is_empty() {
        return Err(CliError::Usage(format!(
            "no scenario files found in {}",
            dir.display()
        )));
    }
    Ok(files)
}

/// Runs the scenarios in `DIR/tests` against the rules in `DIR`, printing
/// each result; whether all passed.
pub(crate) fn run_scenarios(dir: &Path) -> Result<bool, CliError> {
    let (rules, report) = load_dir(dir)?;
    let warnings = report.warnings().count();
    let tests_dir = dir.join("tests");
    let files = scenario_files(&tests_dir)?;
    let paint = Painter::stdout();
    let (mut failed, mut expectations, mut broken) = (0usize, 0usize, 0usize);
    for path in &files {
        let text = fs::read_to_string(path).map_err(io_err(path))?;
        let name = path.display().to_string();
        match Scenario::parse(&name, &text) {
            Err(diags) => {
                broken += 1;
                crate::outln!(
                    "{} {name}",
                    paint.status(doctrack_core::rules::TimeStatus::Expired, "ERROR")
                );
                for d in diags {
                    crate::outln!("  {d}");
                }
            }
            Ok(scenario) => {
                let result = scenario.run(&rules);
                expectations += result.expectations;
                if result.failures.is_empty() {
                    crate::outln!(
                        "{} {name} {}",
                        paint.status(doctrack_core::rules::TimeStatus::Valid, "ok   "),
                        paint.dim(&format!("— {}", result.description))
                    );
                } else {
                    failed += 1;
                    crate::outln!(
                        "{} {name} — {}",
                        paint.status(doctrack_core::rules::TimeStatus::Expired, "FAIL "),
                        result.description
                    );
                    for f in &result.failures {
                        crate::outln!("{}", f.trim_end());
                    }
                }
            }
        }
    }
    crate::outln!("\nwhat scenarios can check (rules/README.md, \"What a scenario can check\"):");
    for line in doctrack_core::scenario::vocabulary().lines() {
        crate::outln!("  {line}");
    }
    crate::outln!(
        "\n{} scenario(s), {expectations} expectation(s): {} passed, {failed} failed, {broken} could not be read ({} rules, {warnings} rule warning(s))",
        files.len(),
        files.len() - failed - broken,
        rules.len()
    );
    Ok(failed == 0 && broken == 0)
}

/// `rules explain SCENARIO`.
pub fn explain(
    path: &Path,
    as_of: Option<NaiveDate>,
    rules_dir: Option<&Path>,
    json: bool,
) -> Result<ExitCode, CliError> {
    let (rules, source) = match rules_dir {
        Some(dir) => (load_dir(dir)?.0, dir.display().to_string()),
        None => {
            let report = embedded::load_default();
            let rules = report.rules.clone().ok_or_else(|| {
                print_diagnostics(&report);
                CliError::Rules("the embedded rule set is invalid".into())
            })?;
            (rules, "embedded default set".to_string())
        }
    };
    let text = fs::read_to_string(path).map_err(io_err(path))?;
    let scenario = Scenario::parse(&path.display().to_string(), &text).map_err(|diags| {
        for d in &diags {
            eprintln!("{d}");
        }
        CliError::Usage(format!("{} is not a valid scenario", path.display()))
    })?;
    let Some(date) = as_of.or(scenario.as_of) else {
        return Err(CliError::Usage(
            "give --as-of YYYY-MM-DD (the scenario has no date)".into(),
        ));
    };
    let eval = scenario.evaluate(&rules, date);
    if json {
        let mut value = serde_json::to_value(&eval).map_err(|e| CliError::Usage(e.to_string()))?;
        // Replace random ids by the scenario's names.
        rename_ids(&mut value, &scenario);
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| CliError::Usage(e.to_string()))?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let p = Painter::stdout();
    crate::outln!("{} — {}", p.bold(&scenario.file), scenario.description);
    crate::outln!("as of {date}; rules: {source}\n");
    for st in &eval.documents {
        let holder = scenario
            .person_names
            .get(&st.holder)
            .map(String::as_str)
            .unwrap_or("?");
        crate::outln!(
            "{} ({}, held by {holder}) — lifecycle {}, status {}",
            p.bold(scenario.name(st.document)),
            st.kind,
            st.lifecycle.label(),
            p.status(st.status, st.status.label())
        );
        print_reasons("  status:", &st.status_reasons, &scenario, &rules);
        for d in &st.dates {
            crate::outln!("  {} {}", pad(d.kind.label(), 22), d.date);
            print_reasons("      ", &d.reasons, &scenario, &rules);
        }
        for b in &st.blockers {
            match b {
                Blocker::Prerequisite { reason, .. } | Blocker::TermLimit { reason, .. } => {
                    crate::outln!(
                        "  {}",
                        p.status(doctrack_core::rules::TimeStatus::Blocked, "blocked:")
                    );
                    print_reasons("      ", std::slice::from_ref(reason), &scenario, &rules);
                }
            }
        }
        for r in &st.reminders {
            let due = if r.date == date { " ← due today" } else { "" };
            crate::outln!(
                "  reminder {} ({} before the {}){due}",
                r.date,
                r.before,
                r.target.label()
            );
        }
        for f in &st.fees {
            crate::outln!(
                "  fee: {} {} {} [{}]",
                f.fee.label,
                f.fee.amount,
                f.fee.currency,
                rule_id(&f.reason)
            );
        }
        for f in &st.fines {
            crate::outln!(
                "  fine: {} {} {} after {} day(s) late [{}]",
                f.fine.label,
                f.amount,
                f.fine.currency,
                f.days_late,
                rule_id(&f.reason)
            );
        }
        for n in &st.notes {
            crate::outln!("  note: {n}");
        }
        crate::outln!();
    }
    for w in &eval.warnings {
        crate::outln!("warning: {w}");
    }
    print_plans(&scenario, &rules, date);
    Ok(ExitCode::SUCCESS)
}

/// Each person's situation, plan and flags, in English, with the names the
/// scenario uses.
fn print_plans(scenario: &Scenario, rules: &RuleSet, date: NaiveDate) {
    let p = Painter::stdout();
    let en = doctrack_core::messages::english();
    let mut names: Vec<&String> = scenario.person_names.values().collect();
    names.sort();
    for name in names {
        let Some(plan) = scenario.plan_for(rules, date, name) else {
            continue;
        };
        crate::outln!(
            "{} — {}: {}",
            p.bold(&format!("plan of {name}")),
            plan.situation.kind.as_str(),
            en.render(&plan.situation.message)
        );
        for q in &plan.situation.questions {
            crate::outln!("  ? {}", en.render(q));
        }
        for (i, step) in plan.steps.iter().enumerate() {
            let what = match (&step.document, &step.route) {
                (Some(d), _) => scenario.name(*d).to_string(),
                (None, Some(r)) => r.clone(),
                (None, None) => step
                    .kinds
                    .iter()
                    .map(|k| k.code())
                    .collect::<Vec<_>>()
                    .join("|"),
            };
            let when = step
                .when
                .as_ref()
                .map(|w| format!(" {}", en.render(w)))
                .unwrap_or_default();
            crate::outln!(
                "  {:>2}. {} {what}: {}{when}",
                i + 1,
                step.action.as_str(),
                en.render(&step.headline)
            );
            for m in &step.why {
                crate::outln!("      {}", en.render(m));
            }
            if let Some(c) = &step.checklist {
                crate::outln!(
                    "      checklist {}: {} of {} ready",
                    c.list,
                    c.ready,
                    c.total
                );
            }
            if !step.help.is_empty() {
                crate::outln!("      help: {}", step.help.join(", "));
            }
        }
        for f in &plan.flags {
            crate::outln!("  ! {}", en.render(&f.message));
            for r in &f.reasons {
                crate::outln!("      [{}] {}", rule_id(r), en.render(&r.message));
            }
        }
        crate::outln!();
    }
}

fn rule_id(r: &Reason) -> String {
    match &r.basis {
        Basis::Rule { id, .. } => id.clone(),
        _ => "document".into(),
    }
}

fn print_reasons(prefix: &str, reasons: &[Reason], scenario: &Scenario, rules: &RuleSet) {
    for r in reasons {
        let basis = match &r.basis {
            Basis::Rule { id, confidence } => {
                let sources = rules
                    .get(id)
                    .map(|r| r.sources.to_vec())
                    .unwrap_or_default();
                let src = sources
                    .iter()
                    .map(|s| match s.date {
                        Some(d) => format!("{} ({d})", s.url),
                        None => format!("{} (undated)", s.url),
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                let title = rules.get(id).map(|r| r.title.as_str()).unwrap_or("");
                format!(
                    "rule {id} \"{title}\" [confidence {}] — {src}",
                    serde_json::to_value(confidence)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default()
                )
            }
            Basis::Document { field } => format!("document field {}", field.as_str()),
            Basis::Event { event, on } => format!("event {event} on {on}"),
            Basis::Related { document, kind } => format!("{kind} \"{}\"", scenario.name(*document)),
            Basis::OfficeClosed { date, sources } => match sources.first() {
                Some(s) => format!(
                    "office calendar: {date} — {} ({})",
                    s.url,
                    s.date
                        .map_or_else(|| "undated".to_string(), |d| d.to_string())
                ),
                None => format!("office calendar: {date} is a weekend day"),
            },
        };
        let indent = " ".repeat(prefix.chars().count());
        crate::outln!("{prefix} {}\n{indent}   ↳ {basis}", r.message);
    }
}

fn rename_ids(value: &mut serde_json::Value, scenario: &Scenario) {
    match value {
        serde_json::Value::String(s) => {
            if let Ok(id) = s.parse() {
                if let Some(name) = scenario.names.get(&id) {
                    *s = name.clone();
                    return;
                }
            }
            if let Ok(id) = s.parse() {
                if let Some(name) = scenario.person_names.get(&id) {
                    *s = name.clone();
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| rename_ids(v, scenario)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| rename_ids(v, scenario)),
        _ => {}
    }
}

/// `rules diff OLD NEW`: what going from the rules in OLD to those in NEW
/// changes for the people of the scenario files (in `--scenarios DIR`,
/// default `OLD/tests`), each on its own date (or `--today`), in English,
/// with the rule and its source: the notices phones would create.
pub fn diff(
    old: &Path,
    new: &Path,
    scenarios: Option<&Path>,
    today: Option<NaiveDate>,
    json: bool,
) -> Result<ExitCode, CliError> {
    let (before, _) = load_dir(old)?;
    let (after, _) = load_dir(new)?;
    let label = |dir: &Path| dir.display().to_string();
    let (old_label, new_label) = (label(old), label(new));
    let tests_dir = scenarios.map_or_else(|| old.join("tests"), Path::to_path_buf);
    let files = scenario_files(&tests_dir)?;
    let english = doctrack_core::messages::english();
    let mut rows = Vec::new();
    let mut people = 0usize;
    for path in &files {
        let text = fs::read_to_string(path).map_err(io_err(path))?;
        let name = path.display().to_string();
        // A scenario that does not parse is `rules test`'s to report.
        let Ok(scenario) = Scenario::parse(&name, &text) else {
            continue;
        };
        let Some(on) = today.or(scenario.as_of) else {
            continue;
        };
        people += scenario.person_names.len();
        let found = scenario.rule_changes(
            (&before, &old_label),
            (&after, &new_label),
            on,
            doctrack_core::app::MAX_LATER_DAYS,
        );
        for (person, notice) in found {
            let text = doctrack_core::app::notice_text(&notice, english);
            rows.push((name.clone(), on, person, text, notice));
        }
    }
    if json {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|(file, on, person, text, notice)| {
                serde_json::json!({"file": file, "as_of": on, "person": person, "text": text, "notice": notice})
            })
            .collect();
        crate::print_json(&items)?;
        return Ok(ExitCode::SUCCESS);
    }
    let changed: std::collections::HashSet<(&String, &String)> =
        rows.iter().map(|(f, _, p, _, _)| (f, p)).collect();
    crate::outln!(
        "{} change(s) for {} of {} scenario people ({} files), from {old_label} to {new_label}",
        rows.len(),
        changed.len(),
        people,
        files.len()
    );
    let mut last_file = None;
    for (file, on, person, text, notice) in &rows {
        if last_file != Some(file) {
            crate::outln!("\n{file} (on {on}):");
            last_file = Some(file);
        }
        crate::outln!("  {person}: {text}");
        if let Some(rule) = &notice.rule {
            crate::outln!("    rule {rule}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `rules export DIR`: writes the rule files built into this doctrack
/// (`th/*.toml`, holidays, directory) to DIR, to edit and preview
/// (`pack show DIR --store …`) or to start a rule set from.
pub fn export(dir: &Path) -> Result<ExitCode, CliError> {
    if dir.exists() && fs::read_dir(dir).map_err(io_err(dir))?.next().is_some() {
        return Err(CliError::Usage(format!(
            "{} exists and is not empty: choose a new folder",
            dir.display()
        )));
    }
    let files = embedded::files();
    for f in &files {
        let path = dir.join(&f.name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        fs::write(&path, &f.text).map_err(io_err(&path))?;
    }
    crate::outln!("wrote {} rule files to {}", files.len(), dir.display());
    Ok(ExitCode::SUCCESS)
}
