//! Progress of long work (issue 27): a bar on stderr when it is a terminal
//! (indicatif), nothing otherwise — scripts, `--json` and tests stay quiet.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Read};

/// A bar of `total` units described by `template` (an indicatif template),
/// hidden when stderr is not a terminal or when `quiet`.
pub fn bar(total: u64, template: &str, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// A spinner for work of unknown length (a store upgrade), ticking on its
/// own with the time spent; hidden when stderr is not a terminal.
pub fn spinner(message: &str) -> ProgressBar {
    let spin = bar(0, "{spinner} {msg} ({elapsed})", false);
    if !spin.is_hidden() {
        spin.set_message(message.to_string());
        spin.enable_steady_tick(std::time::Duration::from_millis(120));
    }
    spin
}

/// A bar counting the bytes of a file of `total` bytes.
pub fn bytes(total: u64, what: &str) -> ProgressBar {
    bar(
        total,
        &format!("{what} {{bytes}}/{{total_bytes}} {{wide_bar}} {{eta}}"),
        false,
    )
}

/// A reader that moves a bar by the bytes read.
pub struct Reading<R> {
    inner: R,
    bar: ProgressBar,
}

impl<R> Reading<R> {
    /// Reads `inner`, moving `bar`.
    pub fn new(inner: R, bar: ProgressBar) -> Self {
        Reading { inner, bar }
    }
}

impl<R: Read> Read for Reading<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

impl<R> Drop for Reading<R> {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_count_their_bytes_and_tests_see_no_bar() {
        // Not a terminal here: hidden, but counting.
        let read = bytes(11, "reading");
        assert!(read.is_hidden());
        let mut out = Vec::new();
        Reading::new(&b"hello world"[..], read.clone())
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(read.position(), 11);
        assert_eq!(out, b"hello world");
        assert!(bar(5, "{pos}", true).is_hidden(), "quiet asked");
        assert!(spinner("upgrading").is_hidden());
    }
}
