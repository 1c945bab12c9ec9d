//! The plaintext inside a sealed record or event (docs/adr/0030).
//!
//! Records of documents and people, documents' attachment counts and all
//! events are written in a **compact binary form** (below); every other
//! sealed value (photos' details, the log head, reminders, the rule pack…:
//! one or a few per store) is JSON, as everything was before schema 11. A
//! reader tells them apart by the first byte: JSON values are objects and
//! start with `{` (0x7B); the compact form starts with [`COMPACT_V1`].
//!
//! # The compact form, version 1
//!
//! `0x01`, a tag byte naming the type (`D` a document's record, `P` a
//! person's record, `C` a document's counts, `E` an event), then the fields
//! in a fixed order:
//!
//! - integers are unsigned LEB128 varints; a date is the zigzag varint of
//!   its day count from 0001-01-01 (chrono's `num_days_from_ce`);
//! - an id is its UUID's 16 bytes;
//! - text is a varint byte length and UTF-8 (checked when read);
//!   codes (a document kind, a country) are text in the form JSON uses and
//!   are read by the same lenient readers;
//! - optional fields are announced by a flags byte; an unknown flag is an
//!   error (a newer writer), never ignored;
//! - rare, deeply nested parts (a lifecycle state other than active,
//!   custody, provenance, links, any event other than `recorded`, person
//!   events) are a varint length and their JSON: one reader for the long
//!   tail keeps the library small, and the common case pays nothing for it.
//!
//! A document's record: `D`, the [document](#documents), its state (`0`
//! active, `1` JSON), recorded-on and last-event dates, the filing dates
//! (count, dates), the event count, and a flags byte (`1` custody JSON
//! follows, `2` provenance JSON follows).
//!
//! An event: `E`, then `0` for a document's event — its id, the
//! document's id, its date, and the change (`0` recorded, then the
//! document; `1` JSON of the change) — or `1` and the person event's JSON.
//!
//! A person's record: `P`, a flags byte (1 province, 2 archived, 4 event
//! count, 8 ticks, 16 payments, 32 notices, 64 shares, 128 provenance), id,
//! name, nationality, language and cohort codes, on a fishing vessel (`0`
//! or `1`), the flagged province, the last event's date, the flagged event
//! count, then each flagged list or provenance as JSON. A document's counts:
//! `C` and the number of attachments.
//!
//! <a id="documents"></a>A document: a flags byte (1 issuing authority,
//! 2 issue date, 4 expiry date, 8 employer, 16 links, 32 notes), id,
//! holder, kind code, number, issuing country code, then the flagged
//! fields in that order (links as JSON).
//!
//! Every value must be read to its last byte: trailing bytes are an error.
//! Events are never re-written (they are chained and immutable), so a log
//! keeps the JSON events written before schema 11; the records above are
//! re-sealed by the schema-11 migration.

use crate::domain::commands::PersonRecord;
use crate::domain::{
    Document, DocumentChange, DocumentEvent, DocumentId, DocumentRecord, Event, EventId,
    LifecycleState, Person, PersonId,
};
use chrono::{Datelike, NaiveDate};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The first byte of a value in the compact form, version 1.
pub(crate) const COMPACT_V1: u8 = 0x01;

/// How a plaintext is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// JSON (every value written before schema 11; the long tail since).
    Json,
    /// The compact form.
    Compact,
}

impl Encoding {
    /// The encoding of `plain`, from its first byte; `None` for neither.
    pub(crate) fn of(plain: &[u8]) -> Option<Encoding> {
        match *plain.first()? {
            b'{' => Some(Encoding::Json),
            COMPACT_V1 => Some(Encoding::Compact),
            _ => None,
        }
    }
}

/// A value kept sealed in the store. Types with a compact form write and
/// read it; the others are JSON (the defaults).
pub(crate) trait Stored: Serialize + DeserializeOwned {
    /// Writes the compact form after the version byte; `false` when the
    /// type has none (it is then written as JSON).
    fn write_compact(&self, _w: &mut Writer) -> bool {
        false
    }

    /// Reads the compact form (after the version byte).
    fn read_compact(_r: &mut Reader<'_>) -> Option<Self> {
        None
    }
}

/// Encodes `value` for sealing. The buffer is wiped when dropped; it is
/// sized ahead so that growing it (which frees a copy unwiped) is rare.
pub(crate) fn encode<T: Stored>(value: &T) -> Result<Zeroizing<Vec<u8>>, String> {
    let mut w = Writer {
        buf: Zeroizing::new(Vec::with_capacity(512)),
    };
    w.u8(COMPACT_V1);
    if value.write_compact(&mut w) {
        return Ok(w.buf);
    }
    serde_json::to_vec(value)
        .map(Zeroizing::new)
        .map_err(|e| e.to_string())
}

/// Decodes `plain` in whichever encoding it is written; `None` when it is
/// in neither, does not decode as `T`, or has bytes left over.
pub(crate) fn decode<T: Stored>(plain: &[u8]) -> Option<T> {
    match Encoding::of(plain)? {
        Encoding::Json => serde_json::from_slice(plain).ok(),
        Encoding::Compact => {
            let mut r = Reader { rest: &plain[1..] };
            let value = T::read_compact(&mut r)?;
            r.rest.is_empty().then_some(value)
        }
    }
}

/// Builds a compact value (wiped when dropped).
pub(crate) struct Writer {
    buf: Zeroizing<Vec<u8>>,
}

impl Writer {
    pub(crate) fn u8(&mut self, b: u8) {
        self.buf.push(b);
    }

    pub(crate) fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn uuid(&mut self, id: &uuid::Uuid) {
        self.buf.extend_from_slice(id.as_bytes());
    }

    fn date(&mut self, d: NaiveDate) {
        let days = i64::from(d.num_days_from_ce());
        self.varint(((days << 1) ^ (days >> 63)) as u64);
    }

    /// A nested value as JSON (the long tail); `false` if it cannot be.
    #[must_use]
    fn json<T: Serialize>(&mut self, value: &T) -> bool {
        match serde_json::to_vec(value) {
            Ok(json) => {
                let json = Zeroizing::new(json);
                self.bytes(&json);
                true
            }
            Err(_) => false,
        }
    }
}

/// Reads a compact value; every method returns `None` at the end of the
/// input or on a malformed field.
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn u8(&mut self) -> Option<u8> {
        let (first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(*first)
    }

    pub(crate) fn varint(&mut self) -> Option<u64> {
        let mut out = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return None;
            }
            out |= part << shift;
            if b & 0x80 == 0 {
                return Some(out);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.varint()?).ok()?;
        self.take(n)
    }

    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    fn uuid(&mut self) -> Option<uuid::Uuid> {
        let b: [u8; 16] = self.take(16)?.try_into().ok()?;
        Some(uuid::Uuid::from_bytes(b))
    }

    fn date(&mut self) -> Option<NaiveDate> {
        let z = self.varint()?;
        let days = ((z >> 1) as i64) ^ -((z & 1) as i64);
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
    }

    /// A code read by `T`'s own (lenient) reader, as JSON's text is.
    fn code<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let s = self.str()?;
        T::deserialize(BorrowedStrDeserializer::<serde::de::value::Error>::new(s)).ok()
    }

    fn json<T: DeserializeOwned>(&mut self) -> Option<T> {
        serde_json::from_slice(self.bytes()?).ok()
    }
}

const TAG_RECORD: u8 = b'D';
const TAG_EVENT: u8 = b'E';

/// Flags of a document's optional fields.
const HAS_AUTHORITY: u8 = 1;
const HAS_ISSUED: u8 = 2;
const HAS_EXPIRES: u8 = 4;
const HAS_EMPLOYER: u8 = 8;
const HAS_LINKS: u8 = 16;
const HAS_NOTES: u8 = 32;

/// Reads an optional field: `read` only when its flag is `set`; the outer
/// `None` is a malformed field.
fn when<T>(set: bool, read: impl FnOnce() -> Option<T>) -> Option<Option<T>> {
    if set {
        read().map(Some)
    } else {
        Some(None)
    }
}

/// Adds `bit` to a flags byte when `set`.
fn flag(flags: u8, (set, bit): (bool, u8)) -> u8 {
    if set {
        flags | bit
    } else {
        flags
    }
}

fn write_document(w: &mut Writer, d: &Document) -> bool {
    let flags = [
        (d.issuing_authority.is_some(), HAS_AUTHORITY),
        (d.issued_on.is_some(), HAS_ISSUED),
        (d.expires_on.is_some(), HAS_EXPIRES),
        (d.employer.is_some(), HAS_EMPLOYER),
        (!d.links.is_empty(), HAS_LINKS),
        (!d.notes.is_empty(), HAS_NOTES),
    ]
    .into_iter()
    .fold(0, flag);
    w.u8(flags);
    w.uuid(d.id.as_uuid());
    w.uuid(d.holder.as_uuid());
    w.str(&d.kind.code());
    w.str(&d.number);
    w.str(d.issuing_country.code());
    if let Some(a) = &d.issuing_authority {
        w.str(a);
    }
    if let Some(i) = d.issued_on {
        w.date(i);
    }
    if let Some(e) = d.expires_on {
        w.date(e);
    }
    if let Some(e) = &d.employer {
        w.str(e);
    }
    if !d.links.is_empty() && !w.json(&d.links) {
        return false;
    }
    if !d.notes.is_empty() {
        w.str(&d.notes);
    }
    true
}

fn read_document(r: &mut Reader<'_>) -> Option<Document> {
    let flags = r.u8()?;
    if flags & !(HAS_AUTHORITY | HAS_ISSUED | HAS_EXPIRES | HAS_EMPLOYER | HAS_LINKS | HAS_NOTES)
        != 0
    {
        return None;
    }
    let has = |bit: u8| flags & bit != 0;
    Some(Document {
        id: DocumentId::from_uuid(r.uuid()?),
        holder: PersonId::from_uuid(r.uuid()?),
        kind: r.code()?,
        number: r.string()?,
        issuing_country: r.code()?,
        issuing_authority: when(has(HAS_AUTHORITY), || r.string())?,
        issued_on: when(has(HAS_ISSUED), || r.date())?,
        expires_on: when(has(HAS_EXPIRES), || r.date())?,
        employer: when(has(HAS_EMPLOYER), || r.string())?,
        links: when(has(HAS_LINKS), || r.json())?.unwrap_or_default(),
        notes: when(has(HAS_NOTES), || r.string())?.unwrap_or_default(),
    })
}

const HAS_CUSTODY: u8 = 1;
const HAS_PROVENANCE: u8 = 2;

impl Stored for DocumentRecord {
    fn write_compact(&self, w: &mut Writer) -> bool {
        w.u8(TAG_RECORD);
        if !write_document(w, &self.document) {
            return false;
        }
        match &self.state {
            LifecycleState::Active => w.u8(0),
            other => {
                w.u8(1);
                if !w.json(other) {
                    return false;
                }
            }
        }
        w.date(self.recorded_on);
        w.date(self.last_event_on);
        w.varint(self.filings.len() as u64);
        for f in &self.filings {
            w.date(*f);
        }
        w.varint(u64::from(self.event_count));
        let flags = if self.custody.is_some() {
            HAS_CUSTODY
        } else {
            0
        } | if self.provenance.is_some() {
            HAS_PROVENANCE
        } else {
            0
        };
        w.u8(flags);
        if let Some(c) = &self.custody {
            if !w.json(c) {
                return false;
            }
        }
        if let Some(p) = &self.provenance {
            if !w.json(p) {
                return false;
            }
        }
        true
    }

    fn read_compact(r: &mut Reader<'_>) -> Option<Self> {
        if r.u8()? != TAG_RECORD {
            return None;
        }
        let document = read_document(r)?;
        let state = match r.u8()? {
            0 => LifecycleState::Active,
            1 => r.json()?,
            _ => return None,
        };
        let recorded_on = r.date()?;
        let last_event_on = r.date()?;
        let n = usize::try_from(r.varint()?).ok()?;
        // Each date takes at least one byte: a count beyond what is left is
        // damage, not a reason to reserve memory.
        if n > r.rest.len() {
            return None;
        }
        let filings = (0..n).map(|_| r.date()).collect::<Option<Vec<_>>>()?;
        let event_count = u32::try_from(r.varint()?).ok()?;
        let flags = r.u8()?;
        if flags & !(HAS_CUSTODY | HAS_PROVENANCE) != 0 {
            return None;
        }
        let custody = when(flags & HAS_CUSTODY != 0, || r.json())?;
        let provenance = when(flags & HAS_PROVENANCE != 0, || r.json())?;
        Some(DocumentRecord {
            document,
            state,
            recorded_on,
            last_event_on,
            filings,
            event_count,
            custody,
            provenance,
        })
    }
}

impl Stored for Event {
    fn write_compact(&self, w: &mut Writer) -> bool {
        w.u8(TAG_EVENT);
        match self {
            Event::Document(e) => {
                w.u8(0);
                w.uuid(e.id.as_uuid());
                w.uuid(e.document.as_uuid());
                w.date(e.on);
                match &e.change {
                    DocumentChange::Recorded { document } => {
                        w.u8(0);
                        write_document(w, document)
                    }
                    other => {
                        w.u8(1);
                        w.json(other)
                    }
                }
            }
            Event::Person(p) => {
                w.u8(1);
                w.json(p)
            }
        }
    }

    fn read_compact(r: &mut Reader<'_>) -> Option<Self> {
        if r.u8()? != TAG_EVENT {
            return None;
        }
        match r.u8()? {
            0 => {
                let id = EventId::from_uuid(r.uuid()?);
                let document = DocumentId::from_uuid(r.uuid()?);
                let on = r.date()?;
                let change = match r.u8()? {
                    0 => DocumentChange::Recorded {
                        document: read_document(r)?,
                    },
                    1 => r.json()?,
                    _ => return None,
                };
                Some(Event::Document(DocumentEvent {
                    id,
                    document,
                    on,
                    change,
                }))
            }
            1 => Some(Event::Person(r.json()?)),
            _ => None,
        }
    }
}

const TAG_PERSON: u8 = b'P';

/// Flags of a person's record.
const HAS_PROVINCE: u8 = 1;
const ARCHIVED: u8 = 2;
const HAS_EVENT_COUNT: u8 = 4;
const HAS_TICKS: u8 = 8;
const HAS_PAYMENTS: u8 = 16;
const HAS_NOTICES: u8 = 32;
const HAS_SHARES: u8 = 64;
const HAS_PERSON_PROVENANCE: u8 = 128;

impl Stored for PersonRecord {
    fn write_compact(&self, w: &mut Writer) -> bool {
        let p = &self.person;
        let flags = [
            (p.province.is_some(), HAS_PROVINCE),
            (self.archived, ARCHIVED),
            (self.event_count.is_some(), HAS_EVENT_COUNT),
            (!self.ticks.is_empty(), HAS_TICKS),
            (!self.payments.is_empty(), HAS_PAYMENTS),
            (!self.notices.is_empty(), HAS_NOTICES),
            (!self.shares.is_empty(), HAS_SHARES),
            (self.provenance.is_some(), HAS_PERSON_PROVENANCE),
        ]
        .into_iter()
        .fold(0, flag);
        w.u8(TAG_PERSON);
        w.u8(flags);
        w.uuid(p.id.as_uuid());
        w.str(&p.display_name);
        w.str(p.nationality.code());
        w.str(p.language.code());
        w.str(&p.cohort.code());
        w.u8(u8::from(p.works_on_fishing_vessel));
        if let Some(province) = &p.province {
            w.str(province);
        }
        w.date(self.last_event_on);
        if let Some(n) = self.event_count {
            w.varint(u64::from(n));
        }
        (self.ticks.is_empty() || w.json(&self.ticks))
            && (self.payments.is_empty() || w.json(&self.payments))
            && (self.notices.is_empty() || w.json(&self.notices))
            && (self.shares.is_empty() || w.json(&self.shares))
            && self.provenance.as_ref().is_none_or(|v| w.json(v))
    }

    fn read_compact(r: &mut Reader<'_>) -> Option<Self> {
        if r.u8()? != TAG_PERSON {
            return None;
        }
        let flags = r.u8()?;
        let has = |bit: u8| flags & bit != 0;
        let person = Person {
            id: PersonId::from_uuid(r.uuid()?),
            display_name: r.string()?,
            nationality: r.code()?,
            language: r.code()?,
            cohort: r.code()?,
            works_on_fishing_vessel: match r.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            },
            province: when(has(HAS_PROVINCE), || r.string())?,
        };
        let last_event_on = r.date()?;
        let event_count = if has(HAS_EVENT_COUNT) {
            Some(u32::try_from(r.varint()?).ok()?)
        } else {
            None
        };
        Some(PersonRecord {
            person,
            archived: has(ARCHIVED),
            last_event_on,
            ticks: when(has(HAS_TICKS), || r.json())?.unwrap_or_default(),
            payments: when(has(HAS_PAYMENTS), || r.json())?.unwrap_or_default(),
            notices: when(has(HAS_NOTICES), || r.json())?.unwrap_or_default(),
            event_count,
            shares: when(has(HAS_SHARES), || r.json())?.unwrap_or_default(),
            provenance: when(has(HAS_PERSON_PROVENANCE), || r.json())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    /// A document with every optional field set.
    fn full_document() -> Document {
        Document {
            id: DocumentId::new_random(),
            holder: PersonId::new_random(),
            kind: DocumentKind::Other {
                label: "boat pass".into(),
            },
            number: "AB 123 ၁၂".into(),
            issuing_country: Country::Other("ZZ".into()),
            issuing_authority: Some("office \"north\"".into()),
            issued_on: Some(d(2024, 1, 2)),
            expires_on: Some(d(2029, 1, 1)),
            employer: Some("Sea Co".into()),
            links: vec![Link {
                kind: LinkKind::StampedIn,
                target: DocumentId::new_random(),
            }],
            notes: "n\u{e9}\"q".into(),
        }
    }

    fn minimal_document() -> Document {
        Document {
            kind: DocumentKind::Passport,
            number: String::new(),
            issuing_country: Country::Myanmar,
            issuing_authority: None,
            issued_on: None,
            expires_on: None,
            employer: None,
            links: vec![],
            notes: String::new(),
            ..full_document()
        }
    }

    fn records() -> Vec<DocumentRecord> {
        let base = DocumentRecord {
            document: full_document(),
            state: LifecycleState::Active,
            recorded_on: d(1, 1, 1),
            last_event_on: d(9999, 12, 31),
            filings: vec![d(2024, 4, 1), d(2024, 7, 1)],
            event_count: u32::MAX,
            custody: None,
            provenance: None,
        };
        let states = [
            LifecycleState::RenewalInProgress {
                started_on: d(2024, 4, 2),
                submitted_on: Some(d(2024, 4, 9)),
            },
            LifecycleState::Lost { on: d(2025, 2, 3) },
            LifecycleState::Cancelled {
                on: d(2025, 2, 3),
                reason: CancelReason::LeftEmployer,
            },
        ];
        let mut out = vec![
            base.clone(),
            DocumentRecord {
                document: minimal_document(),
                filings: vec![],
                event_count: 0,
                ..base.clone()
            },
        ];
        out.extend(states.into_iter().map(|state| DocumentRecord {
            state,
            ..base.clone()
        }));
        out
    }

    fn round_trip<T: Stored + PartialEq + std::fmt::Debug + Clone>(value: &T) -> usize {
        let compact = encode(value).unwrap();
        assert_eq!(Encoding::of(&compact), Some(Encoding::Compact));
        assert_eq!(decode::<T>(&compact).as_ref(), Some(value));
        let json = serde_json::to_vec(value).unwrap();
        assert_eq!(decode::<T>(&json).as_ref(), Some(value), "JSON still reads");
        assert!(
            compact.len() < json.len(),
            "{} vs {}",
            compact.len(),
            json.len()
        );
        compact.len()
    }

    #[test]
    fn records_read_back_from_either_encoding() {
        for r in records() {
            round_trip(&r);
        }
    }

    #[test]
    fn every_kind_of_event_reads_back() {
        let doc = full_document();
        let on = d(2024, 3, 4);
        let changes = [
            DocumentChange::Recorded {
                document: doc.clone(),
            },
            DocumentChange::Recorded {
                document: minimal_document(),
            },
            DocumentChange::RenewalSubmitted,
            DocumentChange::RenewalApproved {
                successor: DocumentId::new_random(),
            },
            DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer,
            },
            DocumentChange::EmployerChanged { employer: None },
            DocumentChange::EventRetracted {
                event: EventId::new_random(),
            },
        ];
        let mut events: Vec<Event> = changes
            .into_iter()
            .map(|c| Event::Document(DocumentEvent::new(doc.id, on, c)))
            .collect();
        events.push(Event::Person(PersonEvent {
            id: EventId::new_random(),
            person: doc.holder,
            on,
            change: PersonChange::Archived,
        }));
        for e in &events {
            round_trip(e);
        }
    }

    #[test]
    fn a_recorded_event_is_a_fraction_of_its_json() {
        let e = Event::Document(DocumentEvent::new(
            DocumentId::new_random(),
            d(2024, 3, 4),
            DocumentChange::Recorded {
                document: Document {
                    number: "WP 0012345".into(),
                    kind: DocumentKind::WorkPermit,
                    issued_on: Some(d(2024, 1, 2)),
                    expires_on: Some(d(2026, 1, 1)),
                    ..minimal_document()
                },
            },
        ));
        let compact = round_trip(&e);
        let json = serde_json::to_vec(&e).unwrap().len();
        assert!(compact * 2 < json, "{compact} bytes vs {json} in JSON");
    }

    #[test]
    fn people_read_back_from_either_encoding() {
        let person = Person {
            id: PersonId::new_random(),
            display_name: "မောင် Ko \"Aung\"".into(),
            nationality: Country::Cambodia,
            language: Language::Km,
            cohort: "cr:2024-09-24".parse().unwrap(),
            works_on_fishing_vessel: true,
            province: Some("Songkhla".into()),
        };
        let full = PersonRecord {
            person: person.clone(),
            archived: true,
            last_event_on: d(2025, 6, 7),
            ticks: vec![],
            payments: vec![],
            notices: vec![],
            event_count: Some(12),
            shares: vec![],
            provenance: None,
        };
        let bare = PersonRecord {
            person: Person {
                province: None,
                works_on_fishing_vessel: false,
                cohort: "unknown".parse().unwrap(),
                ..person
            },
            archived: false,
            event_count: None,
            ..full.clone()
        };
        for r in [full, bare] {
            round_trip(&r);
        }
        let counts = super::super::sealed::DocCounts { attachments: 300 };
        assert_eq!(decode(&encode(&counts).unwrap()), Some(counts));
    }

    #[test]
    fn damaged_values_do_not_decode() {
        let r = records().remove(0);
        let good = encode(&r).unwrap().to_vec();
        // Cut anywhere, or one byte more.
        for cut in 0..good.len() {
            assert_eq!(decode::<DocumentRecord>(&good[..cut]), None, "cut at {cut}");
        }
        let mut longer = good.clone();
        longer.push(0);
        assert_eq!(decode::<DocumentRecord>(&longer), None);
        // An unknown flag of the document (the byte after the tag).
        let mut flagged = good.clone();
        flagged[2] |= 0x80;
        assert_eq!(decode::<DocumentRecord>(&flagged), None);
        // An event is not a record, nor are a person's or a count; a
        // JSON-only type has no compact form.
        assert_eq!(decode::<Event>(&good), None);
        assert_eq!(decode::<PersonRecord>(&good), None);
        assert_eq!(decode::<super::super::sealed::DocCounts>(&good), None);
        assert_eq!(decode::<super::super::AttachmentInfo>(&good), None);
        for bad in [&b""[..], b"[1]", b"\x00", b"\x02D", b"\x7f"] {
            assert_eq!(decode::<DocumentRecord>(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dates_keep_their_day_across_the_whole_range() {
        let mut r = records().remove(1);
        for day in [d(1, 1, 1), d(1970, 1, 1), d(2024, 2, 29), d(9999, 12, 31)] {
            r.recorded_on = day;
            r.filings = vec![day];
            assert_eq!(
                decode::<DocumentRecord>(&encode(&r).unwrap()),
                Some(r.clone())
            );
        }
        if let Some(early) = NaiveDate::from_ymd_opt(-200, 3, 1) {
            r.recorded_on = early;
            assert_eq!(
                decode::<DocumentRecord>(&encode(&r).unwrap()),
                Some(r.clone())
            );
        }
    }

    proptest! {
        /// Any bytes after the version byte: a value or `None`, never a panic
        /// or a huge allocation.
        #[test]
        fn arbitrary_bytes_never_panic(tag in prop::sample::select(vec![b'D', b'E', 0]),
                                       body in prop::collection::vec(any::<u8>(), 0..200)) {
            let mut plain = vec![COMPACT_V1, tag];
            plain.extend(body);
            let _ = decode::<DocumentRecord>(&plain);
            let _ = decode::<Event>(&plain);
        }

        /// Text of any length and content round-trips.
        #[test]
        fn any_text_round_trips(number in ".{0,300}", notes in ".{0,50}") {
            let mut r = records().remove(1);
            r.document.number = number;
            r.document.notes = notes;
            prop_assert_eq!(decode::<DocumentRecord>(&encode(&r).unwrap()), Some(r));
        }
    }
}
