//! Rule texts in the worker's language: review states (`review = "draft"`),
//! the text a draft was drawn from, and English where a language has none.

use doctrack_core::domain::Language;
use doctrack_core::messages::ReviewState;
use doctrack_core::rules::{embedded, load, RuleFile, Severity};

fn rule(texts: &str) -> String {
    format!(
        r#"format = 1

[[rule]]
id = "t.a"
title = "A"
status = "gazetted"
effective_from = 2024-01-01
confidence = "high"
[[rule.sources]]
url = "https://example.org/a"
title = "Source A"
[rule.applies]
kinds = ["work_permit"]
[rule.effect]
renewal_window = "90 days"
[rule.text.en]
name = "Work permit renewal"
guidance = "Renew the work permit."
{texts}"#
    )
}

fn errors(text: &str) -> Vec<String> {
    load(&[RuleFile {
        name: "t.toml".into(),
        text: text.into(),
    }])
    .diagnostics
    .iter()
    .filter(|d| d.severity == Severity::Error)
    .map(|d| d.to_string())
    .collect()
}

const TEXTS: &str = r#"[rule.text.th]
name = "ต่ออายุใบอนุญาตทำงาน"
guidance = "ต่ออายุใบอนุญาตทำงาน"
[rule.text.my]
name = "အလုပ်လုပ်ခွင့်ပါမစ် သက်တမ်းတိုးခြင်း"
guidance = "အလုပ်လုပ်ခွင့်ပါမစ်ကို သက်တမ်းတိုးပါ။"
review = "draft"
from = "th"
[rule.text.km]
name = "ការបន្តប័ណ្ណអនុញ្ញាតការងារ"
guidance = "បន្តប័ណ្ណអនុញ្ញាតការងារ។"
review = "reviewed"
[rule.text.lo]
missing = "awaiting a Lao translation"
"#;

#[test]
fn drafts_come_with_the_text_they_were_drawn_from() {
    let report = load(&[RuleFile {
        name: "t.toml".into(),
        text: rule(TEXTS),
    }]);
    let rules = report.rules.expect("loads");
    let r = rules.get("t.a").unwrap();

    let en = r.guidance(Language::En).unwrap();
    assert_eq!(en.review, ReviewState::Reviewed);
    assert!(en.drawn_from.is_none() && !en.english_fallback);

    // Unstated review for Thai: a draft, drawn from English.
    let th = r.guidance(Language::Th).unwrap();
    assert_eq!(th.review, ReviewState::Draft);
    let source = th.drawn_from.expect("a draft shows its source");
    assert_eq!(source.language, Language::En);
    assert_eq!(source.guidance, "Renew the work permit.");

    // A Burmese draft drawn from Thai shows the Thai beside it.
    let my = r.guidance(Language::My).unwrap();
    assert_eq!(my.language, Language::My);
    assert_eq!(my.review, ReviewState::Draft);
    assert_eq!(my.drawn_from.unwrap().language, Language::Th);

    // Reviewed: no source needed.
    let km = r.guidance(Language::Km).unwrap();
    assert_eq!(km.review, ReviewState::Reviewed);
    assert!(km.drawn_from.is_none());

    // Missing: English, said so.
    let lo = r.guidance(Language::Lo).unwrap();
    assert_eq!(lo.language, Language::En);
    assert!(lo.english_fallback);
    assert_eq!(lo.name, "Work permit renewal");
}

#[test]
fn review_words_and_sources_are_checked() {
    let typo = errors(&rule(
        "[rule.text.my]\nname = \"x\"\nguidance = \"y\"\nreview = \"reviewd\"\n",
    ));
    assert!(
        typo.iter()
            .any(|e| e.contains("reviewd") && e.contains("did you mean \"reviewed\"")),
        "{typo:?}"
    );
    let no_source = errors(&rule(
        "[rule.text.my]\nname = \"x\"\nguidance = \"y\"\nfrom = \"th\"\n",
    ));
    assert!(
        no_source
            .iter()
            .any(|e| e.contains("drawn from th") && e.contains("no th text")),
        "{no_source:?}"
    );
    let itself = errors(&rule(
        "[rule.text.my]\nname = \"x\"\nguidance = \"y\"\nfrom = \"my\"\n",
    ));
    assert!(itself.iter().any(|e| e.contains("itself")), "{itself:?}");
    let english = errors(&rule("").replace(
        "guidance = \"Renew the work permit.\"",
        "guidance = \"Renew the work permit.\"\nfrom = \"th\"",
    ));
    assert!(
        english.iter().any(|e| e.contains("English is the source")),
        "{english:?}"
    );
    let unknown = errors(&rule(
        "[rule.text.my]\nname = \"x\"\nguidance = \"y\"\nfrom = \"fr\"\n",
    ));
    assert!(unknown.iter().any(|e| e.contains("\"fr\"")), "{unknown:?}");
}

#[test]
fn no_bundled_translation_claims_a_review_it_did_not_have() {
    // The bundled Thai, Burmese, Khmer and Lao texts were written without a
    // native speaker's review: every one of them is a draft. When a native
    // speaker reviews a text, its file says review = "reviewed" and this
    // expectation changes with it.
    let rules = embedded::load_default().rules.expect("bundled rules load");
    for r in rules.rules() {
        for l in [Language::Th, Language::My, Language::Km, Language::Lo] {
            let g = r.guidance(l).expect("every rule has English");
            if !g.english_fallback {
                assert_eq!(g.review, ReviewState::Draft, "{} in {l}", r.id);
                assert!(g.drawn_from.is_some(), "{} in {l}", r.id);
            }
        }
    }
}
