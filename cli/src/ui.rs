//! What the CLI shows people: words from the library's catalogs (through a
//! [`Localizer`]), colour only on a terminal, and tables aligned by display
//! width, so Burmese, Thai and Khmer names line up and long names are cut
//! with an ellipsis instead of breaking the columns.

use crate::output::Painter;
use doctrack_core::domain::{Language, Person};
use doctrack_core::messages::ui as ui_ids;
use doctrack_core::messages::{ArgValue, Localizer, Message};
use doctrack_core::rules::TimeStatus;
use unicode_width::UnicodeWidthStr;

/// The words and colours of one run.
pub struct Ui {
    /// Renders messages in the chosen language.
    pub l: Localizer,
    /// Colours for the terminal.
    pub p: Painter,
    /// Whether the language was chosen with `--lang` (otherwise a command
    /// may speak the language of the people it shows).
    pub chosen: bool,
}

impl Ui {
    /// A UI speaking `language`.
    pub fn new(language: Language) -> Ui {
        Ui {
            l: Localizer::new(language),
            p: Painter::stdout(),
            chosen: false,
        }
    }

    /// A UI speaking the language given with `--lang`, else English.
    pub fn from_flag(language: Option<Language>) -> Ui {
        let mut ui = Ui::new(language.unwrap_or(Language::En));
        ui.chosen = language.is_some();
        ui
    }

    /// The UI for showing `people`: the `--lang` language if one was
    /// given; otherwise the people's language when they all read the same
    /// one; otherwise English.
    pub fn for_people<'a>(&self, people: impl IntoIterator<Item = &'a Person>) -> Ui {
        if self.chosen {
            return Ui::from_flag(Some(self.l.language()));
        }
        let mut languages = people.into_iter().map(|p| p.language);
        let language = match languages.next() {
            Some(first) if languages.all(|l| l == first) => first,
            _ => Language::En,
        };
        Ui::new(language)
    }

    /// A message as text.
    pub fn t(&self, m: &Message) -> String {
        self.l.render(m)
    }

    /// A fixed word of the CLI (`doctrack_core::messages::ui`), with
    /// arguments.
    pub fn w(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        self.l.text(id, args)
    }

    /// A number of days before (positive) or after (negative) a date, in
    /// words ("today", "14 days", "3 days late").
    pub fn days(&self, n: i64) -> String {
        match n {
            0 => self.w(ui_ids::TODAY, &[]),
            n if n < 0 => self.w(
                ui_ids::DAYS_LATE,
                &[("days", ArgValue::Number(n.saturating_neg()))],
            ),
            n => self.w(ui_ids::DAYS, &[("days", ArgValue::Number(n))]),
        }
    }
}

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, with `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` padded with spaces to `cols` columns.
pub fn pad(text: &str, cols: usize) -> String {
    let w = width(text);
    if w >= cols {
        text.to_string()
    } else {
        format!("{text}{}", " ".repeat(cols - w))
    }
}

/// One cell: its text and, for status cells, the status that colours it.
pub struct Cell {
    text: String,
    status: Option<TimeStatus>,
}

impl Cell {
    /// A plain cell.
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            status: None,
        }
    }

    /// A cell coloured by a status.
    pub fn status(text: impl Into<String>, status: TimeStatus) -> Cell {
        Cell {
            text: text.into(),
            status: Some(status),
        }
    }
}

/// A table whose columns are as wide as their widest cell, up to a limit.
pub struct Table {
    headers: Vec<String>,
    limits: Vec<usize>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table with these headers; each column at most `limit` columns wide
    /// (0: no limit). The last column is never padded.
    pub fn new(headers: &[(&str, usize)]) -> Table {
        Table {
            headers: headers.iter().map(|(h, _)| h.to_string()).collect(),
            limits: headers.iter().map(|(_, l)| *l).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row (as many cells as headers).
    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    /// Whether it has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as lines, header first.
    pub fn lines(&self, p: &Painter) -> Vec<String> {
        let n = self.headers.len();
        let cut = |i: usize, t: &str| match self.limits[i] {
            0 => t.to_string(),
            l => truncate(t, l),
        };
        let mut widths: Vec<usize> = self.headers.iter().map(|h| width(h)).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(width(&cut(i, &cell.text)));
            }
        }
        let mut out = Vec::new();
        let header: Vec<String> = self
            .headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                if i + 1 == n {
                    h.clone()
                } else {
                    pad(h, widths[i])
                }
            })
            .collect();
        out.push(p.dim(header.join("  ").trim_end()));
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .take(n)
                .map(|(i, cell)| {
                    let text = cut(i, &cell.text);
                    let text = if i + 1 == n {
                        text
                    } else {
                        pad(&text, widths[i])
                    };
                    match cell.status {
                        Some(s) => p.status(s, &text),
                        None => text,
                    }
                })
                .collect();
            out.push(cells.join("  ").trim_end().to_string());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_width_not_bytes_or_chars() {
        // Burmese: a consonant with a vowel sign that takes no column.
        assert_eq!(width("ကို"), 1 + width("ို"));
        assert_eq!(width("漢字"), 4);
        assert_eq!(pad("漢字", 6), "漢字  ");
        assert_eq!(truncate("Ko Aung Min Thant", 8), "Ko Aung…");
        assert!(width(&truncate("漢字漢字漢字", 5)) <= 5);
    }
}
