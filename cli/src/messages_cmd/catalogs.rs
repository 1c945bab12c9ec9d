//! The app messages' catalogs as a translator sees them: each message's
//! Fluent text, review state and section; placeholders; examples with
//! sample values; and writing a reviewed message back into a catalog.

use super::{read, Entry};
use crate::CliError;
use chrono::NaiveDate;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A catalog's messages: id (with `.attribute`) → (pattern as Fluent text,
/// review state written above it, section heading it appears under, screen
/// limit written above it as `# max-length: N`).
pub(super) struct Catalog {
    pub(super) texts: BTreeMap<String, String>,
    pub(super) limits: BTreeMap<String, usize>,
    pub(super) reviews: BTreeMap<String, String>,
    pub(super) sections: BTreeMap<String, String>,
    pub(super) review: String,
}

pub(super) fn parse_catalog(path: &Path) -> Result<Catalog, CliError> {
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
        limits: BTreeMap::new(),
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
                let limit = m.comment.as_ref().and_then(|c| {
                    c.content.iter().find_map(|l| {
                        l.trim()
                            .strip_prefix("max-length:")
                            .and_then(|n| n.trim().parse::<usize>().ok())
                    })
                });
                if let Some(value) = &m.value {
                    catalog.texts.insert(id.clone(), pattern_text(value));
                }
                if let Some(max) = limit {
                    catalog.limits.insert(id.clone(), max);
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
pub(super) fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
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
pub(super) fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
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

pub(super) fn describe(errors: &[fluent_syntax::parser::ParserError]) -> String {
    errors
        .first()
        .map(|e| format!("{:?}", e.kind))
        .unwrap_or_default()
}

/// `text` as the source of one message named `x` (continuation lines
/// indented).
pub(super) fn as_message(text: &str) -> String {
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

pub(super) fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

pub(super) fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
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

pub(super) fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
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
/// Placeholders that are numbers (they choose plural forms).
pub(super) const NUMBER_VARS: [&str; 7] = [
    "$n",
    "$count",
    "$days",
    "$found",
    "$supported",
    "$limit",
    "$expected",
];

pub(super) fn sample(name: &str) -> &'static str {
    match name {
        n if NUMBER_VARS.contains(&n) => "3",
        "$date" | "$from" | "$until" | "$on" | "$since" | "$was" | "$opens" | "$closes" => {
            "31/03/2026"
        }
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
pub(super) fn example(source: &str, vars: &BTreeSet<String>) -> String {
    let mut out = source.to_string();
    for v in vars {
        out = out.replace(&format!("{{ {v} }}"), sample(v));
    }
    out
}

pub(super) fn catalog_entries(dir: &Path, lang: &str) -> Result<Vec<Entry>, CliError> {
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
        let max_width = english.limits.get(id).copied();
        if let Some(max) = max_width {
            context.push_str(&format!("; {}", super::limit_note(max)));
        }
        out.push(Entry {
            max_width,
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

/// `source` (a catalog) with message `id`'s value replaced by `text` and
/// the comment above it saying who reviewed it and when: the lines of the
/// message (its `id =` line and the indented lines after it) and the
/// `# review:` / `# reviewed-by:` lines above it are replaced; everything
/// else stays as it was.
pub(super) fn replace_message(
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

#[cfg(test)]
mod tests {
    use super::*;

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
