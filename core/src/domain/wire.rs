//! Fast decoding of stored JSON, with exactly the representation serde's
//! derives write.
//!
//! - **Internally tagged enums** (`{"type": "recorded", ...}`): serde's
//!   derive buffers the whole object (every string copied) before it looks
//!   at the tag, and an event nests two of them. Every object doctrack
//!   writes has its tag first, so [`tag_first`] reads the tag and then the
//!   variant's fields straight from the input, through the externally
//!   tagged derive of a mirror of the enum (`#[serde(remote = ...)]`, so the
//!   compiler checks it against the enum). An object whose tag is not first
//!   is buffered and read the same way, so every input the derive accepted
//!   is still accepted.
//! - **Dates** (`"2024-01-31"`) and **ids** (hyphenated UUIDs) are parsed by
//!   hand in their canonical form, falling back to chrono's and uuid's
//!   parsers for anything else.

use chrono::NaiveDate;
use serde::de::value::{MapAccessDeserializer, MapDeserializer};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, VariantAccess, Visitor,
};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// An internally tagged enum with a decoder for its externally tagged form.
pub(crate) trait TagFirst: Sized {
    /// The tag's key (`"type"`).
    const TAG: &'static str;
    /// The enum's name, for error messages.
    const NAME: &'static str;
    /// Decodes the externally tagged form (`deserialize_enum`), as derived
    /// for a remote mirror of the enum.
    fn external<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// Decodes an internally tagged enum `T` (see the module documentation).
pub(crate) fn tag_first<'de, D: Deserializer<'de>, T: TagFirst>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(TagFirstVisitor(PhantomData))
}

struct TagFirstVisitor<T>(PhantomData<T>);

impl<'de, T: TagFirst> Visitor<'de> for TagFirstVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object {} tagged by \"{}\"", T::NAME, T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key_seed(KeySeed(T::TAG))? {
            Some(Key::Tag) => {
                let variant: Cow<'de, str> = map.next_value_seed(NameSeed)?;
                T::external(Tagged { variant, map })
            }
            Some(Key::Other(first)) => buffered::<T, A>(first, map),
            None => Err(de::Error::missing_field(T::TAG)),
        }
    }
}

/// The slow path: an object whose first key is not the tag. Buffers it,
/// takes the tag out and reads the rest as the fast path does.
fn buffered<'de, T: TagFirst, A: MapAccess<'de>>(first: String, mut map: A) -> Result<T, A::Error> {
    use serde_json::Value;
    let mut fields = serde_json::Map::new();
    fields.insert(first, map.next_value::<Value>()?);
    while let Some((k, v)) = map.next_entry::<String, Value>()? {
        fields.insert(k, v);
    }
    let variant = match fields.remove(T::TAG) {
        Some(Value::String(s)) => s,
        Some(_) => return Err(de::Error::custom("the tag is not a string")),
        None => return Err(de::Error::missing_field(T::TAG)),
    };
    let rest = MapDeserializer::<_, serde_json::Error>::new(fields.into_iter());
    T::external(Tagged {
        variant: Cow::Owned(variant),
        map: rest,
    })
    .map_err(de::Error::custom)
}

/// A key: the tag, or another key (kept for the slow path).
enum Key {
    Tag,
    Other(String),
}

struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
        Ok(if s == self.0 {
            Key::Tag
        } else {
            Key::Other(s.to_owned())
        })
    }
}

/// A variant name, borrowed from the input when it can be.
struct NameSeed;

impl<'de> DeserializeSeed<'de> for NameSeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for NameSeed {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a variant name")
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s))
    }
}

/// The rest of a tagged object, seen as an externally tagged enum value:
/// the variant is the tag, its fields the remaining entries.
struct Tagged<'de, A> {
    variant: Cow<'de, str>,
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Tagged<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for Tagged<'de, A> {
    type Error = A::Error;
    type Variant = Fields<A>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Fields<A>), A::Error> {
        let name = de::value::StrDeserializer::<A::Error>::new(&self.variant);
        Ok((seed.deserialize(name)?, Fields(self.map)))
    }
}

/// The remaining entries of a tagged object: the variant's fields.
struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Fields<A> {
    type Error = A::Error;

    /// A unit variant ignores any other entries, as serde's derive does.
    fn unit_variant(mut self) -> Result<(), A::Error> {
        while self.0.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        seed.deserialize(MapAccessDeserializer::new(self.0))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _v: V) -> Result<V::Value, A::Error> {
        Err(de::Error::custom("tuple variants are not tagged objects"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }
}

/// A date as stored (`2024-01-31`); other spellings chrono accepts go to chrono.
pub(crate) struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        d.deserialize_str(DateVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = Date;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date (YYYY-MM-DD)")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Date, E> {
        match canonical_date(s.as_bytes()) {
            Some(date) => Ok(Date(date)),
            None => s.parse().map(Date).map_err(E::custom),
        }
    }
}

/// `YYYY-MM-DD` with four-digit year, as chrono writes years 0 to 9999.
fn canonical_date(b: &[u8]) -> Option<NaiveDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *b else {
        return None;
    };
    let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |hi: u8, lo: u8| u32::from(hi - b'0') * 10 + u32::from(lo - b'0');
    let year = n(y0, y1) * 100 + n(y2, y3);
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, n(m0, m1), n(d0, d1))
}

/// For `#[serde(deserialize_with)]` on a `NaiveDate` field.
pub(crate) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(d).map(|x| x.0)
}

/// For `#[serde(deserialize_with)]` on an `Option<NaiveDate>` field.
pub(crate) fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(d).map(|x| x.map(|x| x.0))
}

/// For `#[serde(deserialize_with)]` on a `Vec<NaiveDate>` field.
pub(crate) fn dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<Date>::deserialize(d).map(|v| v.into_iter().map(|x| x.0).collect())
}

/// A UUID in its hyphenated form (either case) into its 16 bytes; `None`
/// for any other form (those go to uuid's parser).
pub(crate) fn canonical_uuid(s: &[u8]) -> Option<[u8; 16]> {
    const POS: [usize; 16] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
    let s: &[u8; 36] = s.try_into().ok()?;
    if s[8] != b'-' || s[13] != b'-' || s[18] != b'-' || s[23] != b'-' {
        return None;
    }
    let mut out = [0u8; 16];
    let mut bad = 0u8;
    for (o, &p) in out.iter_mut().zip(POS.iter()) {
        let (hi, lo) = (HEX[usize::from(s[p])], HEX[usize::from(s[p + 1])]);
        bad |= hi | lo;
        *o = (hi << 4) | (lo & 0x0f);
    }
    // Every valid digit is below 16; an invalid one sets the high bit.
    (bad & 0x80 == 0).then_some(out)
}

/// The value of each hex digit (either case); 0x80 for any other byte.
const HEX: [u8; 256] = {
    let mut t = [0x80u8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// A UUID as stored: the hyphenated form by hand, anything else by uuid.
pub(crate) fn uuid<'de, D: Deserializer<'de>>(d: D) -> Result<uuid::Uuid, D::Error> {
    if d.is_human_readable() {
        d.deserialize_str(UuidVisitor)
    } else {
        uuid::Uuid::deserialize(d)
    }
}

struct UuidVisitor;

impl Visitor<'_> for UuidVisitor {
    type Value = uuid::Uuid;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a UUID")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<uuid::Uuid, E> {
        match canonical_uuid(s.as_bytes()) {
            Some(bytes) => Ok(uuid::Uuid::from_bytes(bytes)),
            None => uuid::Uuid::parse_str(s).map_err(E::custom),
        }
    }
    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<uuid::Uuid, E> {
        uuid::Uuid::from_slice(b).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_chrono_reads_them() {
        for s in [
            "2024-01-31",
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "+12024-01-01",
            " 2024-01-01",
            "2024-01-01 ",
            "2024/01/01",
            "",
        ] {
            let ours = serde_json::from_value::<Date>(s.into()).map(|d| d.0).ok();
            let chrono = serde_json::from_value::<NaiveDate>(s.into()).ok();
            assert_eq!(ours, chrono, "{s:?}");
        }
    }

    fn events() -> Vec<crate::domain::Event> {
        use crate::domain::*;
        let holder = PersonId::new_random();
        let doc = Document {
            id: DocumentId::new_random(),
            holder,
            kind: DocumentKind::Passport,
            number: "AB 123".into(),
            issuing_country: Country::Myanmar,
            issuing_authority: Some("office".into()),
            issued_on: NaiveDate::from_ymd_opt(2024, 1, 2),
            expires_on: NaiveDate::from_ymd_opt(2029, 1, 1),
            employer: None,
            links: vec![Link {
                kind: LinkKind::StampedIn,
                target: DocumentId::new_random(),
            }],
            notes: "n\u{e9}\"q".into(),
        };
        let on = NaiveDate::from_ymd_opt(2024, 3, 4).unwrap_or_default();
        let changes = [
            DocumentChange::Recorded {
                document: doc.clone(),
            },
            DocumentChange::ReportFiled,
            DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer,
            },
            DocumentChange::EmployerChanged { employer: None },
            DocumentChange::EventRetracted {
                event: EventId::new_random(),
            },
        ];
        let mut out: Vec<Event> = changes
            .into_iter()
            .map(|c| Event::Document(DocumentEvent::new(doc.id, on, c)))
            .collect();
        out.push(Event::Person(PersonEvent {
            id: EventId::new_random(),
            person: holder,
            on,
            change: PersonChange::Archived,
        }));
        out
    }

    #[test]
    fn tagged_objects_read_back_with_the_tag_first_or_anywhere() {
        for e in events() {
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(
                serde_json::from_str::<crate::domain::Event>(&json).unwrap(),
                e
            );
            // Through a Value the keys come out sorted: every tag ("subject",
            // "type", "state") is then last, which takes the slow path.
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            let sorted = serde_json::to_string(&value).unwrap();
            assert!(!sorted.starts_with("{\"subject\""), "{sorted}");
            assert_eq!(
                serde_json::from_str::<crate::domain::Event>(&sorted).unwrap(),
                e
            );
        }
    }

    #[test]
    fn tagged_objects_keep_the_derive_s_rules() {
        use crate::domain::{DocumentChange, LifecycleState};
        // A unit variant ignores other keys; a missing or unknown tag is refused.
        let c: DocumentChange =
            serde_json::from_str(r#"{"type":"report_filed","extra":[1,{"a":2}]}"#).unwrap();
        assert_eq!(c, DocumentChange::ReportFiled);
        let c: DocumentChange = serde_json::from_str(r#"{"x":1,"type":"archived"}"#).unwrap();
        assert_eq!(c, DocumentChange::Archived);
        assert!(serde_json::from_str::<DocumentChange>(r#"{"reason":"other"}"#).is_err());
        assert!(serde_json::from_str::<DocumentChange>(r#"{}"#).is_err());
        assert!(serde_json::from_str::<DocumentChange>(r#"{"type":"nope"}"#).is_err());
        assert!(serde_json::from_str::<DocumentChange>(r#"{"type":1}"#).is_err());
        assert!(serde_json::from_str::<DocumentChange>(r#""report_filed""#).is_err());
        // A struct variant needs its fields.
        assert!(serde_json::from_str::<DocumentChange>(r#"{"type":"cancelled"}"#).is_err());
        // An optional date may be missing or null.
        for json in [
            r#"{"state":"renewal_in_progress","started_on":"2024-01-01"}"#,
            r#"{"started_on":"2024-01-01","state":"renewal_in_progress","submitted_on":null}"#,
        ] {
            let s: LifecycleState = serde_json::from_str(json).unwrap();
            assert!(matches!(
                s,
                LifecycleState::RenewalInProgress {
                    submitted_on: None,
                    ..
                }
            ));
        }
    }

    #[test]
    fn uuids_read_as_uuid_reads_them() {
        let id = uuid::Uuid::new_v4();
        let forms = [
            id.hyphenated().to_string(),
            id.hyphenated().to_string().to_uppercase(),
            id.simple().to_string(),
            id.urn().to_string(),
            id.braced().to_string(),
            "0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b1g".into(),
            "0b6c1f6e+3c1a-4b4e-9d57-0c3f1e2a9b11".into(),
            "0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b1".into(),
            String::new(),
        ];
        for s in forms {
            let ours = uuid(serde_json::Value::from(s.as_str())).ok();
            let theirs = serde_json::from_value::<uuid::Uuid>(s.as_str().into()).ok();
            assert_eq!(ours, theirs, "{s:?}");
        }
    }
}
