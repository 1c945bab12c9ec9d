//! Which services to name for a person and a problem. Every "get help" in
//! advice, plans and flags names the best [`HELP_NAMED`] entries from
//! here; the `services` command and an app's help screen list more.
//!
//! The ranking, best first: services for this exact problem before those
//! for a related one (never one that helps with neither); those a person
//! can reach (a contact or an address) before those the sources give no
//! way to reach; in the person's province before nationwide ones (a
//! service of another province is left out when the province is known,
//! and every local service is left out when it is not); speaking the
//! person's language; surer sources; then by id, so the order never
//! changes between runs.

use super::model::{Directory, HelpTopic, Service};
use crate::rules::model::Confidence;
use serde::Serialize;

/// How many entries a "get help" names.
pub const HELP_NAMED: usize = 3;

/// One service chosen for a person and a problem, with why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HelpMatch {
    /// The service's id.
    pub service: String,
    /// It helps with this exact problem (not only a related one).
    pub exact: bool,
    /// It serves the person's province (not only the whole country).
    pub local: bool,
    /// It speaks the person's language.
    pub speaks_language: bool,
}

/// The services for `problem`, best first, at most `limit`. `province`
/// is a province id, `language` a language code (`my`).
pub fn help_for(
    directory: &Directory,
    problem: HelpTopic,
    province: Option<&str>,
    language: &str,
    limit: usize,
) -> Vec<HelpMatch> {
    let mut ranked: Vec<(Key, HelpMatch)> = directory
        .active()
        .filter_map(|s| {
            let exact = s.helps_with.contains(&problem);
            let related = problem.related().iter().any(|p| s.helps_with.contains(p));
            if !exact && !related {
                return None;
            }
            let local = match province {
                Some(p) => s.provinces.iter().any(|x| x == p),
                None => false,
            };
            if !s.is_national() && !local {
                return None;
            }
            let speaks_language = s.languages.iter().any(|l| l == language);
            let m = HelpMatch {
                service: s.id.clone(),
                exact,
                local,
                speaks_language,
            };
            Some((key(s, &m), m))
        })
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0));
    ranked.into_iter().take(limit).map(|(_, m)| m).collect()
}

/// Sort key: smaller is better.
type Key = (bool, bool, bool, bool, u8, String);

fn key(s: &Service, m: &HelpMatch) -> Key {
    let sure = match s.confidence {
        Confidence::High => 0,
        Confidence::Medium => 1,
        Confidence::Low | Confidence::Setting => 2,
    };
    let reachable = !s.contacts.is_empty() || s.address.is_some();
    (
        !m.exact,
        !reachable,
        !m.local,
        !m.speaks_language,
        sure,
        s.id.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::directory::model::{LocalName, ServiceKind, ServiceStatus};

    fn service(id: &str, helps: &[HelpTopic], provinces: &[&str], languages: &[&str]) -> Service {
        Service {
            id: id.into(),
            status: ServiceStatus::Active,
            kind: ServiceKind::Ngo,
            names: vec![LocalName {
                language: "en".into(),
                name: id.into(),
            }],
            helps_with: helps.to_vec(),
            provinces: provinces.iter().map(|p| p.to_string()).collect(),
            languages: languages.iter().map(|l| l.to_string()).collect(),
            contacts: Vec::new(),
            address: None,
            hours: None,
            notes: None,
            confidence: Confidence::Medium,
            verified: chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
            sources: Vec::new(),
            share_key: None,
        }
    }

    fn ids(m: &[HelpMatch]) -> Vec<&str> {
        m.iter().map(|m| m.service.as_str()).collect()
    }

    #[test]
    fn exact_local_and_language_come_first_and_other_provinces_never() {
        let dir = Directory {
            services: vec![
                service("national-related", &[HelpTopic::Trafficking], &[], &[]),
                service("national-exact", &[HelpTopic::DocumentsHeld], &[], &[]),
                service(
                    "local-exact-my",
                    &[HelpTopic::DocumentsHeld],
                    &["surat_thani"],
                    &["my"],
                ),
                service(
                    "local-exact",
                    &[HelpTopic::DocumentsHeld],
                    &["surat_thani"],
                    &[],
                ),
                service(
                    "elsewhere",
                    &[HelpTopic::DocumentsHeld],
                    &["ranong"],
                    &["my"],
                ),
                service("unrelated", &[HelpTopic::Health], &[], &["my"]),
            ],
            ..Directory::default()
        };
        let got = help_for(
            &dir,
            HelpTopic::DocumentsHeld,
            Some("surat_thani"),
            "my",
            10,
        );
        assert_eq!(
            ids(&got),
            [
                "local-exact-my",
                "local-exact",
                "national-exact",
                "national-related"
            ]
        );
        assert!(got[0].exact && got[0].local && got[0].speaks_language);
        assert!(!got[3].exact);
        // Without a province, only nationwide services.
        let got = help_for(&dir, HelpTopic::DocumentsHeld, None, "my", 10);
        assert_eq!(ids(&got), ["national-exact", "national-related"]);
        // The limit.
        assert_eq!(
            help_for(&dir, HelpTopic::DocumentsHeld, Some("surat_thani"), "my", 1).len(),
            1
        );
    }

    #[test]
    fn a_service_people_can_reach_comes_before_one_they_cannot() {
        let mut reachable = service("b-reachable", &[HelpTopic::Documents], &[], &[]);
        reachable.address = Some("an office".into());
        let dir = Directory {
            services: vec![
                service("a-no-contact", &[HelpTopic::Documents], &[], &[]),
                reachable,
            ],
            ..Directory::default()
        };
        let got = help_for(&dir, HelpTopic::Documents, None, "en", 3);
        assert_eq!(ids(&got), ["b-reachable", "a-no-contact"]);
    }

    #[test]
    fn withheld_entries_are_never_named() {
        let mut s = service("withheld", &[HelpTopic::Documents], &[], &[]);
        s.status = ServiceStatus::Withheld;
        let dir = Directory {
            services: vec![s],
            ..Directory::default()
        };
        assert!(help_for(&dir, HelpTopic::Documents, None, "en", 3).is_empty());
    }
}
