//! Where a rule's (or a holiday's) facts come from: a leaf that the rules
//! and the calendar of office days both cite.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a rule's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Source {
    /// Where it can be read.
    pub url: String,
    /// Its title.
    pub title: String,
    /// The date the source gives, if any.
    pub date: Option<NaiveDate>,
}
