//! The maintainers' guide lists what scenarios can check from the code
//! itself: statuses, date fields, plan actions, situations and flags. This
//! test fails when rules/README.md and the engine drift apart.

#[test]
fn the_guide_lists_what_the_engine_knows() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../rules/README.md");
    let text = std::fs::read_to_string(path).expect("rules/README.md");
    let begin = "<!-- vocabulary:begin -->\n";
    let end = "<!-- vocabulary:end -->";
    let start = text.find(begin).expect("the begin marker") + begin.len();
    let stop = text.find(end).expect("the end marker");
    let written = &text[start..stop];
    let wanted = doctrack_core::scenario::vocabulary();
    assert_eq!(
        written, wanted,
        "rules/README.md lists other statuses or fields than the engine knows; put this between the markers:\n{wanted}"
    );
}
