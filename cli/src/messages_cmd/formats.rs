//! The translator's file formats (XLIFF 2.0 is in `xliff.rs`): gettext PO (written and read here, the
//! subset `export` writes: msgctxt, msgid, msgstr, `#,` flags, escapes;
//! docs/adr/0025) and CSV (the `csv` crate).

use super::Entry;
// ---- PO ----

pub(super) fn po_quote(text: &str) -> String {
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

pub(super) fn write_po(lang: &str, entries: &[Entry]) -> String {
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
        if let Some(max) = e.max_width {
            out.push_str(&format!("#. Screen: {}\n", super::limit_note(max)));
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

pub(super) fn po_unquote(text: &str, line: usize) -> Result<String, String> {
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

pub(super) fn read_po(text: &str) -> Result<Vec<Entry>, Vec<String>> {
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

pub(super) const CSV_HEADER: [&str; 7] = [
    "id",
    "context",
    "example",
    "source",
    "translation",
    "review",
    "max_columns",
];

pub(super) fn write_csv(entries: &[Entry]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let limits: Vec<String> = entries
        .iter()
        .map(|e| e.max_width.map(|m| m.to_string()).unwrap_or_default())
        .collect();
    let mut rows: Vec<[&str; 7]> = vec![CSV_HEADER];
    for (e, limit) in entries.iter().zip(&limits) {
        rows.push([
            &e.id,
            &e.context,
            &e.example,
            &e.source,
            &e.translation,
            &e.review,
            limit,
        ]);
    }
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub(super) fn read_csv(text: &str) -> Result<Vec<Entry>, Vec<String>> {
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
            max_width: None,
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
}
