//! XLIFF 2.0 (OASIS), the exchange format of translation tools, through
//! quick-xml. One `<unit>` per text: its doctrack id in `name` (unit ids
//! must be XML name tokens, ours contain `/`), the context, example and
//! screen limit as `<note>`s, and one `<segment>` whose `state` carries the
//! review: `initial` (not translated), `translated` (a draft), `reviewed`
//! or `final` (both read as reviewed).

use super::Entry;
use quick_xml::events::{BytesDecl, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

/// The XLIFF 2.0 namespace.
const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The file for translators of `lang`.
pub(super) fn write_xliff(lang: &str, entries: &[Entry]) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing to memory cannot fail.
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let _ = w
        .create_element("xliff")
        .with_attributes([
            ("xmlns", XLIFF_NS),
            ("version", "2.0"),
            ("srcLang", "en"),
            ("trgLang", lang),
        ])
        .write_inner_content(|w| {
            w.create_element("file")
                .with_attribute(("id", "doctrack"))
                .write_inner_content(|w| {
                    for (n, e) in entries.iter().enumerate() {
                        write_unit(w, n + 1, e)?;
                    }
                    Ok(())
                })?;
            Ok(())
        });
    let mut out = String::from_utf8(w.into_inner()).unwrap_or_default();
    out.push('\n');
    out
}

fn write_unit(w: &mut Writer<Vec<u8>>, n: usize, e: &Entry) -> std::io::Result<()> {
    let state = match (e.review.as_str(), e.translation.is_empty()) {
        ("reviewed", _) => "final",
        (_, true) => "initial",
        (_, false) => "translated",
    };
    w.create_element("unit")
        .with_attributes([("id", format!("u{n}").as_str()), ("name", e.id.as_str())])
        .write_inner_content(|w| {
            w.create_element("notes").write_inner_content(|w| {
                let mut notes = vec![("context", e.context.clone())];
                if e.example != e.source {
                    notes.push(("example", e.example.clone()));
                }
                if let Some(max) = e.max_width {
                    notes.push(("length", super::limit_note(max)));
                }
                for (category, text) in notes {
                    w.create_element("note")
                        .with_attribute(("category", category))
                        .write_text_content(BytesText::new(&text))?;
                }
                Ok(())
            })?;
            w.create_element("segment")
                .with_attribute(("state", state))
                .write_inner_content(|w| {
                    w.create_element("source")
                        .write_text_content(BytesText::new(&e.source))?;
                    w.create_element("target")
                        .write_text_content(BytesText::new(&e.translation))?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// Which element's text is being read.
#[derive(Clone, Copy, PartialEq)]
enum In {
    Source,
    Target,
    Other,
}

/// The entries of an XLIFF 2 file; errors name the line.
pub(super) fn read_xliff(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let mut reader = Reader::from_str(text);
    let line_at = |pos: u64| text[..(pos as usize).min(text.len())].matches('\n').count() + 1;
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut current: Option<Entry> = None;
    let mut inside = In::Other;
    let mut saw_xliff = false;
    loop {
        let pos = reader.buffer_position();
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                errors.push(format!("line {}: not well-formed XML: {e}", line_at(pos)));
                break;
            }
        };
        match event {
            Event::Start(tag) | Event::Empty(tag) => {
                let name = tag.local_name();
                match name.into_inner() {
                    "xliff" => {
                        saw_xliff = true;
                        if attr(&tag, "version").is_some_and(|v| !v.starts_with('2')) {
                            errors.push(format!(
                                "line {}: XLIFF {} — export writes XLIFF 2.0",
                                line_at(pos),
                                attr(&tag, "version").unwrap_or_default()
                            ));
                        }
                    }
                    "unit" => {
                        let id = attr(&tag, "name").unwrap_or_default();
                        if id.is_empty() {
                            errors.push(format!(
                                "line {}: a unit without its doctrack name",
                                line_at(pos)
                            ));
                        }
                        current = Some(Entry {
                            id,
                            line: line_at(pos),
                            review: "draft".into(),
                            ..Entry::default()
                        });
                    }
                    "segment" => {
                        if let Some(e) = current.as_mut() {
                            let state = attr(&tag, "state").unwrap_or_default();
                            e.review = if matches!(state.as_str(), "reviewed" | "final") {
                                "reviewed"
                            } else {
                                "draft"
                            }
                            .into();
                        }
                    }
                    "source" => inside = In::Source,
                    "target" => inside = In::Target,
                    _ => {}
                }
            }
            Event::End(tag) => match tag.local_name().into_inner() {
                "unit" => entries.extend(current.take()),
                "source" | "target" => inside = In::Other,
                _ => {}
            },
            Event::Text(t) => push(&mut current, inside, &t.into_inner()),
            Event::CData(t) => push(&mut current, inside, &t.into_inner()),
            Event::GeneralRef(r) => {
                let name = r.borrow().into_inner().into_owned();
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string),
                };
                match resolved {
                    Some(s) => push(&mut current, inside, &s),
                    None => errors.push(format!("line {}: unknown entity &{name};", line_at(pos))),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_xliff && errors.is_empty() {
        errors.push("not an XLIFF file (no <xliff> element)".into());
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

fn push(current: &mut Option<Entry>, inside: In, text: &str) {
    if let Some(e) = current.as_mut() {
        match inside {
            In::Source => e.source.push_str(text),
            In::Target => e.translation.push_str(text),
            In::Other => {}
        }
    }
}

fn attr(tag: &BytesStart, name: &str) -> Option<String> {
    tag.attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The language an XLIFF file is for (`trgLang`).
pub(super) fn xliff_language(text: &str) -> Option<String> {
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(tag)) | Ok(Event::Empty(tag))
                if tag.local_name().into_inner() == "xliff" =>
            {
                return attr(&tag, "trgLang");
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xliff_round_trips_markup_characters_newlines_and_states() {
        let e = Entry {
            id: "rule:th/work_permit.toml:renewal.guidance".into(),
            context: "a <rule> text & more".into(),
            source: "Say \"hi\" <b>\nto { $name } & 'you'".into(),
            translation: "ဟိုင်း { $name } &".into(),
            review: "reviewed".into(),
            example: "Say \"hi\" to Ko Aung".into(),
            max_width: Some(90),
            ..Entry::default()
        };
        let mut draft = e.clone();
        draft.id = "catalog:y".into();
        draft.review = "draft".into();
        let text = write_xliff("my", &[e.clone(), draft]);
        assert!(text.contains("trgLang=\"my\""), "{text}");
        assert_eq!(xliff_language(&text).as_deref(), Some("my"));
        let read = read_xliff(&text).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].id, e.id);
        assert_eq!(read[0].source, e.source);
        assert_eq!(read[0].translation, e.translation);
        assert_eq!(
            (read[0].review.as_str(), read[1].review.as_str()),
            ("reviewed", "draft")
        );
        assert!(read[1].line > read[0].line);
    }

    #[test]
    fn broken_xml_is_refused_with_its_line() {
        let errors = read_xliff(
            "<xliff version=\"2.0\">\n<file>\n<unit name=\"a\"><segment><target>x</sourc>",
        )
        .unwrap_err();
        assert!(errors[0].starts_with("line 3"), "{errors:?}");
        assert!(read_xliff("<html/>").is_err());
    }
}
