//! `doctrack notices`: what changes of the rules changed for each person
//! (docs/adr/0023), newest first; and the lines `rules install` and
//! `pack show --store` print about them.

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::Ui;
use crate::{outln, print_json, CliError};
use doctrack_core::app::{notice_text, App, NoticeView};
use doctrack_core::domain::{Notice, PersonId};
use doctrack_core::messages::Localizer;
use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;

/// Arguments of `doctrack notices`.
#[derive(Debug, clap::Args)]
pub struct NoticesArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Only this person's (id prefix).
    #[arg(long)]
    person: Option<String>,
    /// Only unread ones.
    #[arg(long)]
    unread: bool,
    /// Mark this notice read (id prefix), then list.
    #[arg(long)]
    mark_read: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Every person's display name, by id.
pub fn names(app: &App) -> Result<HashMap<PersonId, String>, CliError> {
    Ok(app
        .people()?
        .items
        .into_iter()
        .map(|r| (r.person.id, r.person.display_name))
        .collect())
}

/// Prints the notices a change of rules created.
pub fn print_created(notices: &[NoticeView], names: &HashMap<PersonId, String>) {
    if notices.is_empty() {
        outln!("no notices: the new rules change nothing for anyone in this store");
        return;
    }
    outln!("{} notice(s) created:", notices.len());
    for n in notices {
        let name = names.get(&n.person).map_or("?", String::as_str);
        outln!("  {name}: {}", n.text);
    }
}

/// Runs `doctrack notices`.
pub fn run(args: NoticesArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let mut app = args.store.open()?;
    if let Some(prefix) = &args.mark_read {
        let all = app.notices(None)?;
        let found: Vec<_> = all
            .iter()
            .filter(|n| n.id.to_string().starts_with(prefix.as_str()))
            .collect();
        let [one] = found.as_slice() else {
            app.close()?;
            return Err(CliError::Usage(format!(
                "{} notices have an id starting with {prefix:?}: give a longer prefix",
                found.len()
            )));
        };
        app.mark_notice_read(one.id, session::today()?)?;
    }
    let person = match &args.person {
        Some(p) => Some(session::person(&app, p)?.person.id),
        None => None,
    };
    let names = names(&app)?;
    let mut notices = app.notices(person)?;
    app.close()?;
    if args.unread {
        notices.retain(|n| !n.read);
    }
    if args.json {
        print_json(&notices)?;
        return Ok(ExitCode::SUCCESS);
    }
    if notices.is_empty() {
        outln!("no notices");
    }
    for n in &notices {
        let name = names.get(&n.person).map_or("?", String::as_str);
        let text = if ui.chosen {
            notice_text(&n.notice, &ui.l)
        } else {
            n.text.clone()
        };
        let mark = if n.read { " " } else { "*" };
        outln!("{mark} {} {} {name}: {text}", short(&n.id), n.on);
        outln!(
            "    rules {} -> {}{}",
            n.notice.rules_before,
            n.notice.rules_after,
            n.notice
                .rule
                .as_deref()
                .map(|r| format!(", rule {r}"))
                .unwrap_or_default()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What a change of rules would do in a caseload, grouped by kind of
/// change: people and documents, and a few examples (in English).
pub fn print_impact(found: &[(PersonId, Notice)], names: &HashMap<PersonId, String>) {
    let people: std::collections::HashSet<_> = found.iter().map(|(p, _)| *p).collect();
    let documents: std::collections::HashSet<_> =
        found.iter().filter_map(|(_, n)| n.document).collect();
    outln!(
        "\nimpact on this store: {} change(s) for {} of {} people, {} document(s)",
        found.len(),
        people.len(),
        names.len(),
        documents.len()
    );
    let mut groups: BTreeMap<String, Vec<&(PersonId, Notice)>> = BTreeMap::new();
    for item in found {
        groups.entry(group_of(&item.1)).or_default().push(item);
    }
    let english = Localizer::shared(doctrack_core::domain::Language::En);
    for (group, items) in &groups {
        outln!("  {group}: {}", items.len());
        for (person, notice) in items.iter().take(3) {
            let name = names.get(person).map_or("?", String::as_str);
            outln!("    e.g. {name}: {}", notice_text(notice, english));
        }
    }
}

/// The group a change belongs to: its kind and what it is about.
pub fn group_of(n: &Notice) -> String {
    use doctrack_core::domain::NoticeChange as C;
    let kind = n.kind.as_ref().map(|k| k.code()).unwrap_or_default();
    match &n.change {
        C::Status { before, after } => format!("status {kind}: {before} -> {after}"),
        C::Date { date_kind, .. } => format!("date {kind}: {date_kind} moved"),
        C::Fees { .. } => format!("fees {kind}"),
        C::Fines { .. } => format!("fines {kind}"),
        C::Blocked { now } => format!("blocked {kind}: {now}"),
        C::Step { action, added } => {
            format!(
                "plan step {action}: {}",
                if *added { "added" } else { "gone" }
            )
        }
    }
}

/// The impact as JSON: counts, and each group with its count and up to
/// three examples.
pub fn print_impact_json(
    found: &[(PersonId, Notice)],
    names: &HashMap<PersonId, String>,
) -> Result<ExitCode, CliError> {
    let people: std::collections::HashSet<_> = found.iter().map(|(p, _)| *p).collect();
    let documents: std::collections::HashSet<_> =
        found.iter().filter_map(|(_, n)| n.document).collect();
    let mut groups: BTreeMap<String, Vec<&(PersonId, Notice)>> = BTreeMap::new();
    for item in found {
        groups.entry(group_of(&item.1)).or_default().push(item);
    }
    let english = Localizer::shared(doctrack_core::domain::Language::En);
    let groups: Vec<serde_json::Value> = groups
        .iter()
        .map(|(group, items)| {
            let examples: Vec<serde_json::Value> = items
                .iter()
                .take(3)
                .map(|(p, n)| {
                    serde_json::json!({
                        "person": names.get(p),
                        "text": notice_text(n, english),
                        "notice": n,
                    })
                })
                .collect();
            serde_json::json!({"group": group, "changes": items.len(), "examples": examples})
        })
        .collect();
    print_json(&serde_json::json!({
        "people": names.len(),
        "people_affected": people.len(),
        "documents_affected": documents.len(),
        "changes": found.len(),
        "groups": groups,
    }))?;
    Ok(ExitCode::SUCCESS)
}
