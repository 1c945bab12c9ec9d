//! Short ids, as git does: the first 8 characters of a random id are shown,
//! and any unique prefix (at least 4 characters) is accepted.

use crate::CliError;

/// The shown form of an id.
pub fn short(id: &impl std::fmt::Display) -> String {
    id.to_string().chars().take(8).collect()
}

/// Finds the one candidate whose id starts with `typed` (case-insensitive).
pub fn resolve<T: Clone>(
    typed: &str,
    what: &str,
    candidates: impl IntoIterator<Item = (String, T)>,
) -> Result<T, CliError> {
    let typed = typed.trim().to_ascii_lowercase();
    if typed.chars().count() < 4 {
        return Err(CliError::Usage(format!(
            "give at least 4 characters of the {what} id (see `doctrack {what} list`)"
        )));
    }
    let matches: Vec<(String, T)> = candidates
        .into_iter()
        .filter(|(id, _)| id.to_ascii_lowercase().starts_with(&typed))
        .collect();
    match matches.len() {
        1 => Ok(matches[0].1.clone()),
        0 => Err(CliError::Usage(format!(
            "no {what} has an id starting with \"{typed}\" (see `doctrack {what} list`)"
        ))),
        n => Err(CliError::Usage(format!(
            "{n} {what}s have ids starting with \"{typed}\": type more characters"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        let ids = || {
            vec![
                ("0b6c1f6e-aaaa".to_string(), 1),
                ("0b6c9999-bbbb".to_string(), 2),
            ]
        };
        assert_eq!(resolve("0B6C1", "person", ids()).unwrap(), 1);
        assert!(resolve("0b6c", "person", ids()).is_err());
        assert!(resolve("0b6", "person", ids()).is_err());
        assert!(resolve("ffff", "person", ids()).is_err());
        assert_eq!(short(&"0b6c1f6e-3c1a"), "0b6c1f6e");
    }
}
