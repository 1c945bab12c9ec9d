//! The names of message arguments: the placeholders of the catalogs
//! (`{ $date }`, `{ $kind }`), as a closed set. Apps receive a name as an
//! enum value rather than a string (cheaper across the FFI, and a typo
//! cannot compile); the catalog tests check that every placeholder of every
//! message is one of them.

macro_rules! arg_names {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $name:literal ),* $(,)?) => {
        /// The name of a message argument (a catalog placeholder).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        pub enum ArgName {
            $( $(#[doc = $doc])+ $variant, )*
        }

        impl ArgName {
            /// Every argument name.
            pub const ALL: &'static [ArgName] = &[ $(ArgName::$variant),* ];

            /// The placeholder as written in the catalogs (`date` for `{ $date }`).
            pub fn as_str(self) -> &'static str {
                match self { $(ArgName::$variant => $name),* }
            }

            /// The name for a placeholder, if it is one.
            pub fn parse(s: &str) -> Option<ArgName> {
                match s { $($name => Some(ArgName::$variant),)* _ => None }
            }
        }
    };
}

arg_names! {
    /// A plan action (a term).
    Action = "action",
    /// An amount of money.
    Amount = "amount",
    /// The date to act by.
    By = "by",
    /// What a person chose.
    Chosen = "chosen",
    /// A count.
    Count = "count",
    /// A currency code.
    Currency = "currency",
    /// The current value (e.g. this library's version).
    Current = "current",
    /// A date.
    Date = "date",
    /// A number of days.
    Days = "days",
    /// A deadline.
    Deadline = "deadline",
    /// A document (its kind or label).
    Document = "document",
    /// A number of documents.
    Documents = "documents",
    /// An event.
    Event = "event",
    /// What was expected.
    Expected = "expected",
    /// An input field.
    Field = "field",
    /// The first of two.
    First = "first",
    /// The date to ask about a decision from.
    FollowUp = "follow_up",
    /// What was found.
    Found = "found",
    /// Until when what was found is valid.
    FoundUntil = "found_until",
    /// A first day.
    From = "from",
    /// A holiday's name.
    Holiday = "holiday",
    /// Who holds a document.
    Holder = "holder",
    /// What is installed.
    Installed = "installed",
    /// A key.
    Key = "key",
    /// A cohort.
    Cohort = "cohort",
    /// A document kind.
    Kind = "kind",
    /// Alternative document kinds.
    Kinds = "kinds",
    /// What is known.
    Known = "known",
    /// A label (a fee's or fine's name).
    Label = "label",
    /// The day something was left.
    Left = "left",
    /// A limit.
    Limit = "limit",
    /// A maximum.
    Max = "max",
    /// A minimum.
    Min = "min",
    /// The validity a document must have left.
    MinRemaining = "min_remaining",
    /// A step number.
    N = "n",
    /// What is needed.
    Needed = "needed",
    /// What is offered.
    Offered = "offered",
    /// An official amount.
    Official = "official",
    /// Whom a payment went to.
    Payee = "payee",
    /// A percentage.
    Percent = "percent",
    /// A number of people.
    People = "people",
    /// A reason.
    Reason = "reason",
    /// A kind of stored record.
    Record = "record",
    /// A rule id.
    Rule = "rule",
    /// Several rule ids.
    Rules = "rules",
    /// The second of two.
    Second = "second",
    /// A rule set.
    Set = "set",
    /// A key slot.
    Slot = "slot",
    /// A rule's source (its title).
    Source = "source",
    /// A length of time.
    Span = "span",
    /// A lifecycle state.
    State = "state",
    /// A time status.
    Status = "status",
    /// Plan steps.
    Steps = "steps",
    /// A store.
    Store = "store",
    /// What is supported.
    Supported = "supported",
    /// The date a reminder is about.
    Target = "target",
    /// Text shown as it is.
    Text = "text",
    /// A last day.
    To = "to",
    /// Until when.
    Until = "until",
    /// A version.
    Version = "version",
    /// Days not charged.
    Waived = "waived",
    /// The value before a change.
    Was = "was",
    /// Which one (a date kind, as a term).
    Which = "which",
}

impl std::fmt::Display for ArgName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ArgName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for n in ArgName::ALL {
            assert_eq!(ArgName::parse(n.as_str()), Some(*n));
            assert!(seen.insert(n.as_str()), "{n} twice");
        }
        assert_eq!(ArgName::parse("no_such_name"), None);
    }
}
