//! The domain: people, documents, events and the lifecycle state machine.
//! Pure: no I/O, no clock, no randomness except new ids.

pub mod commands;
pub mod countries;
pub mod custody;
mod date_input;
pub mod dates;
pub mod document;
pub mod event;
pub mod ids;
pub mod ledger;
pub mod lifecycle;
pub mod notice;
pub mod person;
pub mod provenance;
pub mod sharing;
pub mod state;
pub mod text;
mod wire;

pub use commands::{DomainError, Effects, PersonRecord};
pub use custody::{
    ChecklistTick, Custodian, Custody, Payee, Payment, PaymentFor, RecordedPayment, TickedItem,
};
pub use dates::{parse_date, parse_typed_date, DateError, Era, Span, TypedDate};
pub use document::{
    DateEdit, DetailsCorrection, DetailsError, Document, DocumentKind, Link, LinkKind, NewDocument,
    TextEdit,
};
pub use event::SharedCopy;
pub use event::{
    CancelReason, DocumentChange, DocumentEvent, Event, EventName, EventNameError, NewEvent,
    PersonChange, PersonEvent, SimpleEventOptions,
};
pub use ids::{AttachmentId, DocumentId, EventId, IdMap, IdSet, PersonId};
pub use ledger::{FoldError, Ledger};
pub use lifecycle::{DocumentRecord, LifecycleError, LifecycleState, StateName, SupersededVia};
pub use notice::{Notice, NoticeChange, ReceivedNotice};
pub use person::{Cohort, Country, Language, Person, PersonDraft, PersonUpdate};
pub use provenance::{Provenance, SentShare, ShareForm};
pub use sharing::{ImportOutcome, NothingToImport, ShareImport};
