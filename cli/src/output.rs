//! Terminal output: colour only when stdout is a terminal and NO_COLOR is unset.

use doctrack_core::rules::TimeStatus;
use std::io::IsTerminal;

/// Whether to colour stdout.
pub fn colour_enabled() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Paints text for a time status.
pub struct Painter {
    on: bool,
}

impl Painter {
    /// A painter for stdout.
    pub fn stdout() -> Self {
        Painter {
            on: colour_enabled(),
        }
    }

    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Bold.
    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }

    /// Dim.
    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }

    /// Coloured by urgency.
    pub fn status(&self, status: TimeStatus, text: &str) -> String {
        let code = match status {
            TimeStatus::Expired | TimeStatus::Lapsed => "1;31",
            TimeStatus::InGrace | TimeStatus::Blocked => "31",
            TimeStatus::DueSoon => "33",
            TimeStatus::WindowOpen | TimeStatus::AwaitingDecision => "36",
            TimeStatus::JobChange => "1;33",
            TimeStatus::Valid => "32",
            TimeStatus::NotApplicable => "2",
        };
        self.wrap(code, text)
    }
}

/// Pads `text` to `width` characters (by chars, so Thai and Burmese line up roughly).
pub fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n >= width {
        text.to_string()
    } else {
        format!("{text}{}", " ".repeat(width - n))
    }
}

/// Writes one line to stdout for people: text from outside (names, rule
/// texts) may carry direction controls, which are removed so that nothing
/// printed after them is reordered (the store keeps them as typed). When
/// stdout is closed (e.g. piped into `head`), exits quietly instead of
/// panicking.
pub fn write_line(args: std::fmt::Arguments<'_>) {
    let line = args.to_string();
    if line
        .chars()
        .any(doctrack_core::domain::text::is_bidi_control)
    {
        let shown: String = line
            .chars()
            .filter(|c| !doctrack_core::domain::text::is_bidi_control(*c))
            .collect();
        write_raw_line(format_args!("{shown}"));
    } else {
        write_raw_line(format_args!("{line}"));
    }
}

/// Writes one line to stdout exactly (JSON: data as stored).
pub fn write_raw_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{args}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}

/// `println!` that does not panic on a closed pipe.
#[macro_export]
macro_rules! outln {
    () => { $crate::output::write_line(format_args!("")) };
    ($($arg:tt)*) => { $crate::output::write_line(format_args!($($arg)*)) };
}

/// Tells the person when a text they typed was Zawgyi: the store keeps
/// it in Unicode (docs/adr/0026). `what` names the field ("name").
pub fn note_if_zawgyi(what: &str, typed: &str) {
    if doctrack_core::zawgyi::to_unicode_if_zawgyi(typed).converted_from_zawgyi {
        eprintln!("note: the {what} was typed in Zawgyi; it is stored in Unicode Burmese");
    }
}
