//! The directory files, `rules/<set>/directory/provinces.toml` and
//! `…/services.toml`, read and checked like rule files (file:line:column,
//! suggestions): required fields, known provinces (all 77 with Thai and
//! English names), problems, kinds, languages, phone formats, a source for
//! every entry. Pure: names and texts in, directory and diagnostics out.

use super::model::{
    Contact, ContactKind, Directory, HelpTopic, LocalName, Province, Service, ServiceKind,
    ServiceStatus,
};
use crate::domain::dates::Span;
use crate::rules::diagnostics::{closest, humanise_serde_message, Diagnostic, SourceMap};
use crate::rules::model::{Confidence, Source};
use crate::rules::schema::{SpanText, TomlDate};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::{BTreeMap, BTreeSet};

/// The directory-file format this loader reads.
pub const DIRECTORY_FORMAT: u32 = 1;

/// How many provinces Thailand has (76 and Bangkok).
pub const PROVINCE_COUNT: usize = 77;

/// Whether a file of a set is the directory's provinces file.
pub fn is_provinces_file(name: &str) -> bool {
    name.replace('\\', "/")
        .ends_with("directory/provinces.toml")
}

/// Whether a file of a set is the directory's services file.
pub fn is_services_file(name: &str) -> bool {
    name.replace('\\', "/").ends_with("directory/services.toml")
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvinces {
    format: Spanned<u32>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    province: Vec<Spanned<RawProvince>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvince {
    id: Spanned<String>,
    number: Spanned<u32>,
    en: String,
    th: String,
    #[serde(default)]
    variants: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    #[serde(default)]
    #[allow(dead_code)]
    id: Option<String>,
    url: String,
    title: String,
    #[serde(default)]
    date: Option<TomlDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServices {
    format: Spanned<u32>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    /// Who checked the entries and how (for maintainers).
    #[serde(default)]
    #[allow(dead_code)]
    verified_by: Option<String>,
    /// `rules check` warns about entries verified longer ago than this.
    #[serde(default)]
    stale_after: Option<Spanned<SpanText>>,
    #[serde(default)]
    service: Vec<Spanned<RawService>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    /// The row in the research sheet it comes from (maintainers only).
    #[serde(default, rename = "ref")]
    #[allow(dead_code)]
    reference: Option<String>,
    status: Spanned<String>,
    #[serde(default)]
    withheld_reason: Option<String>,
    kind: Spanned<String>,
    helps_with: Spanned<Vec<Spanned<String>>>,
    provinces: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    confidence: Confidence,
    verified: Spanned<TomlDate>,
    #[serde(default)]
    #[allow(dead_code)]
    verified_how: Option<String>,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    notes: Option<String>,
    /// The organisation's public sharing key, as it handed it over.
    #[serde(default)]
    share_key: Option<Spanned<String>>,
    name: Spanned<BTreeMap<String, String>>,
    #[serde(default)]
    contacts: Vec<Spanned<RawContact>>,
    sources: Spanned<Vec<RawSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    kind: Spanned<String>,
    value: Spanned<String>,
    #[serde(default)]
    label: Option<String>,
    confidence: Confidence,
}

/// What loading the directory files gave.
#[derive(Debug, Default)]
pub struct LoadedDirectory {
    /// The directory (provinces and services that passed their checks).
    pub directory: Directory,
    /// Entries verified longer ago than this are stale (`rules check`).
    pub stale_after: Option<Span>,
}

/// Reads the provinces file. Errors go to `diags`.
pub fn load_provinces(name: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Province> {
    let map = SourceMap::new(name, text);
    let raw: RawProvinces = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            diags.push(map.error(
                &e.span().unwrap_or(0..0),
                humanise_serde_message(e.message()),
            ));
            return Vec::new();
        }
    };
    if *raw.format.get_ref() != DIRECTORY_FORMAT {
        diags.push(map.error(
            &raw.format.span(),
            format!("format {} is not supported: this version of doctrack reads directory format {DIRECTORY_FORMAT}", raw.format.get_ref()),
        ));
        return Vec::new();
    }
    if raw.source.is_empty() {
        diags.push(map.error(
            &(0..0),
            "the provinces file needs a [[source]] for its names",
        ));
    }
    let mut out: Vec<Province> = Vec::new();
    let mut ids = BTreeSet::new();
    let mut numbers = BTreeSet::new();
    for p in raw.province {
        let span = p.span();
        let p = p.into_inner();
        let id = p.id.get_ref().clone();
        if !is_id(&id) {
            diags.push(map.error(&p.id.span(), format!("province id \"{id}\" is not valid: use lower-case letters, digits and '_' (e.g. surat_thani)")));
        }
        if !ids.insert(id.clone()) {
            diags.push(map.error(&p.id.span(), format!("province \"{id}\" is listed twice")));
        }
        let number = *p.number.get_ref();
        if !(1..=PROVINCE_COUNT as u32).contains(&number) || !numbers.insert(number) {
            diags.push(map.error(
                &p.number.span(),
                format!("province number {number} is out of 1–{PROVINCE_COUNT} or used twice"),
            ));
        }
        if p.en.trim().is_empty() || p.th.trim().is_empty() {
            diags.push(map.error(
                &span,
                format!("province \"{id}\" needs its English (en) and Thai (th) names"),
            ));
        }
        out.push(Province {
            id,
            number,
            en: p.en.trim().to_string(),
            th: p.th.trim().to_string(),
            variants: p.variants.iter().map(|v| v.trim().to_string()).collect(),
        });
    }
    if out.len() != PROVINCE_COUNT {
        diags.push(map.error(
            &(0..0),
            format!(
                "{} provinces listed: Thailand has {PROVINCE_COUNT} (76 provinces and Bangkok)",
                out.len()
            ),
        ));
    }
    out
}

/// Reads the services file against `provinces`. Errors and warnings go to
/// `diags`; entries with errors are left out.
pub fn load_services(
    name: &str,
    text: &str,
    provinces: &[Province],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Service>, Option<Span>) {
    let map = SourceMap::new(name, text);
    let raw: RawServices = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            diags.push(map.error(
                &e.span().unwrap_or(0..0),
                humanise_serde_message(e.message()),
            ));
            return (Vec::new(), None);
        }
    };
    if *raw.format.get_ref() != DIRECTORY_FORMAT {
        diags.push(map.error(
            &raw.format.span(),
            format!("format {} is not supported: this version of doctrack reads directory format {DIRECTORY_FORMAT}", raw.format.get_ref()),
        ));
        return (Vec::new(), None);
    }
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    for s in raw.service {
        let mut ctx = ServiceCheck {
            map: &map,
            diags: &mut *diags,
            ok: true,
        };
        if let Some(service) = ctx.service(s, provinces, &mut ids) {
            if ctx.ok {
                out.push(service);
            }
        }
    }
    (out, raw.stale_after.map(|s| s.get_ref().0))
}

/// Warnings for entries shown to people that were verified longer ago
/// than `stale_after` on `today` (a maintainers' limit, checked by `rules
/// check` with the date it runs).
pub fn stale_entries(directory: &Directory, stale_after: Span, today: NaiveDate) -> Vec<String> {
    directory
        .active()
        .filter(|s| stale_after.after(s.verified).is_some_and(|limit| limit < today))
        .map(|s| {
            format!(
                "directory entry \"{}\" was last verified on {}, more than {stale_after} ago: check it again and update `verified`",
                s.id, s.verified
            )
        })
        .collect()
}

struct ServiceCheck<'m, 'd> {
    map: &'m SourceMap<'m>,
    diags: &'d mut Vec<Diagnostic>,
    ok: bool,
}

impl ServiceCheck<'_, '_> {
    fn error(&mut self, span: &std::ops::Range<usize>, message: impl Into<String>) {
        self.ok = false;
        self.diags.push(self.map.error(span, message));
    }

    fn service(
        &mut self,
        raw: Spanned<RawService>,
        provinces: &[Province],
        ids: &mut BTreeSet<String>,
    ) -> Option<Service> {
        let span = raw.span();
        let s = raw.into_inner();
        let id = s.id.get_ref().clone();
        if !is_id(&id.replace('-', "_")) {
            self.error(
                &s.id.span(),
                format!(
                    "service id \"{id}\" is not valid: use lower-case letters, digits, '-' and '_'"
                ),
            );
        }
        if !ids.insert(id.clone()) {
            self.error(&s.id.span(), format!("service \"{id}\" is listed twice"));
        }
        let status = match s.status.get_ref().as_str() {
            "active" => ServiceStatus::Active,
            "withheld" => ServiceStatus::Withheld,
            other => {
                self.error(&s.status.span(), format!("status \"{other}\" is not known: use \"active\" (shown) or \"withheld\" (kept for maintainers, never shown)"));
                ServiceStatus::Withheld
            }
        };
        if status == ServiceStatus::Withheld
            && s.withheld_reason
                .as_deref()
                .is_none_or(|r| r.trim().is_empty())
        {
            self.error(
                &s.status.span(),
                "a withheld entry needs withheld_reason = \"why it is not shown\"",
            );
        }
        let kind = self.pick(
            &s.kind,
            &ServiceKind::ALL,
            ServiceKind::as_str,
            "service kind",
        );
        let mut helps_with = Vec::new();
        for p in s.helps_with.get_ref() {
            if let Some(problem) = self.pick(p, &HelpTopic::ALL, HelpTopic::as_str, "problem") {
                helps_with.push(problem);
            }
        }
        if status == ServiceStatus::Active && helps_with.is_empty() {
            self.diags.push(self.map.warning(&s.helps_with.span(), format!("entry \"{id}\" helps with no problem a source names: it is listed in the directory but never chosen for a problem")));
        }
        let mut served = Vec::new();
        let all = s.provinces.get_ref().iter().any(|p| p.get_ref() == "all");
        for p in s.provinces.get_ref() {
            let text = p.get_ref();
            if text == "all" {
                continue;
            }
            match provinces.iter().find(|x| &x.id == text) {
                Some(x) => served.push(x.id.clone()),
                None => {
                    let hint = closest(text, provinces.iter().map(|x| x.id.as_str()))
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    self.error(&p.span(), format!("unknown province \"{text}\"{hint} Use an id of directory/provinces.toml, or \"all\"."));
                }
            }
        }
        if all && !served.is_empty() {
            self.error(
                &s.provinces.span(),
                "provinces: \"all\" cannot be combined with provinces",
            );
        }
        if !all && served.is_empty() && s.provinces.get_ref().is_empty() {
            self.error(
                &s.provinces.span(),
                "provinces must name at least one province id, or \"all\"",
            );
        }
        let mut languages = Vec::new();
        for l in &s.languages {
            let code = l.get_ref();
            if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                self.error(&l.span(), format!("language \"{code}\" is not an ISO 639 code (two or three lower-case letters, e.g. my, km, lo, shn)"));
            } else {
                languages.push(code.clone());
            }
        }
        let names = s.name.get_ref();
        if names.get("en").is_none_or(|n| n.trim().is_empty()) {
            self.error(
                &s.name.span(),
                "every entry needs an English name: [service.name] en = \"…\"",
            );
        }
        let mut local = vec![];
        for (language, name) in names {
            if !(2..=3).contains(&language.len())
                || !language.bytes().all(|b| b.is_ascii_lowercase())
            {
                self.error(
                    &s.name.span(),
                    format!("name language \"{language}\" is not an ISO 639 code"),
                );
            }
            let entry = LocalName {
                language: language.clone(),
                name: name.trim().to_string(),
            };
            if language == "en" {
                local.insert(0, entry);
            } else {
                local.push(entry);
            }
        }
        let mut contacts = Vec::new();
        for c in s.contacts {
            let c = c.into_inner();
            let Some(kind) = self.pick(
                &c.kind,
                &ContactKind::ALL,
                ContactKind::as_str,
                "contact kind",
            ) else {
                continue;
            };
            let value = c.value.get_ref().trim().to_string();
            let problem = match kind {
                ContactKind::Phone if !is_phone(&value) => Some("a phone number is digits as dialled in Thailand, with optional spaces and dashes (1694, 0-2141-9889, 1-800-010-180, 0 53 112 911-4)"),
                ContactKind::Line if value.len() <= 1 || value.contains(char::is_whitespace) => Some("a LINE id has no spaces (e.g. @doecmi)"),
                ContactKind::Email if !value.contains('@') => Some("an e-mail address contains @"),
                _ if value.is_empty() => Some("a contact needs a value"),
                _ => None,
            };
            if let Some(p) = problem {
                self.error(&c.value.span(), format!("contact \"{value}\": {p}"));
                continue;
            }
            contacts.push(Contact {
                kind,
                value,
                label: c.label.map(|l| l.trim().to_string()),
                confidence: c.confidence,
            });
        }
        let mut sources = Vec::new();
        if s.sources.get_ref().is_empty() {
            self.error(&span, format!("service \"{id}\" needs at least one source: [[service.sources]] with url and title"));
        }
        for src in s.sources.get_ref() {
            if !(src.url.starts_with("https://") || src.url.starts_with("http://")) {
                self.error(
                    &s.sources.span(),
                    format!(
                        "source url \"{}\" must start with https:// or http://",
                        src.url
                    ),
                );
            }
            if src.title.trim().is_empty() {
                self.error(&s.sources.span(), "source title must not be empty");
            }
            sources.push(Source {
                url: src.url.clone(),
                title: src.title.trim().to_string(),
                date: src.date.map(|d| d.0),
            });
        }
        let share_key = match s.share_key {
            None => None,
            Some(key) => match crate::crypto::share_keys::ShareKey::parse(key.get_ref()) {
                Ok(k) => Some(k.to_text()),
                Err(_) => {
                    self.error(
                        &key.span(),
                        format!("share_key of service \"{id}\" is not a doctrack sharing key: expected \"x25519:\" and 64 hex digits, as `doctrack share keygen` writes to its .pub file"),
                    );
                    None
                }
            },
        };
        Some(Service {
            id,
            status,
            kind: kind?,
            names: local,
            helps_with,
            provinces: served,
            languages,
            contacts,
            address: s.address.map(|a| a.trim().to_string()),
            hours: s.hours.map(|a| a.trim().to_string()),
            notes: s.notes.map(|a| a.trim().to_string()),
            confidence: s.confidence,
            verified: s.verified.get_ref().0,
            sources,
            share_key,
        })
    }

    /// One word of a closed vocabulary, with a suggestion when misspelt.
    fn pick<T: Copy>(
        &mut self,
        word: &Spanned<String>,
        all: &[T],
        name: fn(T) -> &'static str,
        what: &str,
    ) -> Option<T> {
        let text = word.get_ref();
        if let Some(x) = all.iter().copied().find(|x| name(*x) == text) {
            return Some(x);
        }
        let names: Vec<&str> = all.iter().map(|x| name(*x)).collect();
        let hint = closest(text, names.iter().copied())
            .map(|c| format!(", did you mean \"{c}\"?"))
            .unwrap_or_default();
        self.error(
            &word.span(),
            format!(
                "unknown {what} \"{text}\"{hint} Expected one of: {}.",
                names.join(", ")
            ),
        );
        None
    }
}

/// Lower-case letters, digits and '_'.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A number as dialled in Thailand: digits with spaces and dashes between
/// them, at least three digits, an optional leading `+`.
fn is_phone(value: &str) -> bool {
    let body = value.strip_prefix('+').unwrap_or(value);
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    digits >= 3
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && body.bytes().last().is_some_and(|b| b.is_ascii_digit())
}

/// Loads both files (either may be missing: then the directory is empty).
pub fn load_directory(
    provinces: Option<(&str, &str)>,
    services: Option<(&str, &str)>,
    diags: &mut Vec<Diagnostic>,
) -> LoadedDirectory {
    let provinces = provinces
        .map(|(n, t)| load_provinces(n, t, diags))
        .unwrap_or_default();
    let (services, stale_after) = match services {
        Some((n, t)) => {
            if provinces.is_empty() {
                diags.push(SourceMap::new(n, t).error(&(0..0), "services.toml needs directory/provinces.toml beside it (the provinces its entries serve)"));
            }
            load_services(n, t, &provinces, diags)
        }
        None => (Vec::new(), None),
    };
    LoadedDirectory {
        directory: Directory {
            provinces,
            services,
            stale_after,
        },
        stale_after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROVINCES: &str = include_str!("../../../../rules/th/directory/provinces.toml");
    const SERVICES: &str = include_str!("../../../../rules/th/directory/services.toml");

    /// The shipped services with `line` added to the first entry.
    fn services_with(line: &str) -> (Vec<Service>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let provinces = load_provinces("provinces.toml", PROVINCES, &mut diags);
        let text = SERVICES.replacen(
            "id = \"doe-hotline-1694\"",
            &format!("id = \"doe-hotline-1694\"\n{line}"),
            1,
        );
        let (services, _) = load_services("services.toml", &text, &provinces, &mut diags);
        (services, diags)
    }

    #[test]
    fn a_sharing_key_is_read_and_a_malformed_one_refused_with_its_line() {
        let key = crate::share::ShareSecretKey::generate()
            .expect("key")
            .public_key();
        let (services, diags) = services_with(&format!("share_key = \"{}\"", key.to_text()));
        assert!(
            diags
                .iter()
                .all(|d| d.severity != crate::rules::diagnostics::Severity::Error),
            "{diags:?}"
        );
        let hotline = services.iter().find(|s| s.id == "doe-hotline-1694");
        assert_eq!(
            hotline.and_then(|s| s.share_key.clone()),
            Some(key.to_text())
        );
        assert!(services
            .iter()
            .filter(|s| s.id != "doe-hotline-1694")
            .all(|s| s.share_key.is_none()));

        let (_, diags) = services_with("share_key = \"x25519:1234\"");
        let error = diags
            .iter()
            .find(|d| d.severity == crate::rules::diagnostics::Severity::Error)
            .expect("a malformed key is an error");
        assert!(error
            .to_string()
            .contains("share_key of service \"doe-hotline-1694\""));
        assert!(error.to_string().contains("services.toml:"), "{error}");
    }

    #[test]
    fn phones() {
        for ok in [
            "1694",
            "0-2141-9889",
            "1-800-010-180",
            "0 53 112 911-4",
            "+66 2 123 4567",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in ["", "12", "call 1694", "1694 → 5", "-1694", "0-2141-"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }
}
