//! Property tests of the document lifecycle state machine.
//!
//! Random sequences of commands (legal and illegal) are run against a
//! [`Ledger`]; after every step the properties below must hold.

use chrono::NaiveDate;
use doctrack_core::domain::{
    CancelReason, Cohort, Country, DetailsCorrection, Document, DocumentChange, DocumentId,
    DocumentKind, DocumentRecord, Event, Language, Ledger, LifecycleState, LinkKind, PersonDraft,
    PersonId, StateName,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Change {
        doc: usize,
        change: ChangeKind,
        days: i64,
    },
    ApproveRenewal {
        doc: usize,
        days: i64,
    },
    ReceiveReplacement {
        doc: usize,
        days: i64,
    },
    Record {
        kind: usize,
        days: i64,
    },
}

#[derive(Debug, Clone, Copy)]
enum ChangeKind {
    Correct,
    BadCorrect,
    Start,
    Submit,
    Reject,
    Lost,
    Cancel,
    Employer,
    File,
    Archive,
    RecordAgain,
}

const KINDS: [&str; 6] = [
    "passport",
    "visa",
    "work_permit",
    "seabook",
    "ninety_day_report",
    "health_check",
];

fn change_kind() -> impl Strategy<Value = ChangeKind> {
    prop_oneof![
        Just(ChangeKind::Correct),
        Just(ChangeKind::BadCorrect),
        Just(ChangeKind::Start),
        Just(ChangeKind::Submit),
        Just(ChangeKind::Reject),
        Just(ChangeKind::Lost),
        Just(ChangeKind::Cancel),
        Just(ChangeKind::Employer),
        Just(ChangeKind::File),
        Just(ChangeKind::Archive),
        Just(ChangeKind::RecordAgain),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    // Mostly forward in time, sometimes backwards (must be refused).
    let days = -3i64..40;
    prop_oneof![
        6 => (0usize..8, change_kind(), days.clone()).prop_map(|(doc, change, days)| Op::Change { doc, change, days }),
        1 => (0usize..8, days.clone()).prop_map(|(doc, days)| Op::ApproveRenewal { doc, days }),
        1 => (0usize..8, days.clone()).prop_map(|(doc, days)| Op::ReceiveReplacement { doc, days }),
        1 => (0usize..KINDS.len(), days).prop_map(|(kind, days)| Op::Record { kind, days }),
    ]
}

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
}

fn new_document(holder: PersonId, kind: &DocumentKind, on: NaiveDate) -> Document {
    let recurring = kind.is_recurring_obligation();
    Document {
        id: DocumentId::new_random(),
        holder,
        kind: kind.clone(),
        number: if recurring {
            String::new()
        } else {
            "AB 123".into()
        },
        issuing_country: Country::Myanmar,
        issuing_authority: None,
        issued_on: Some(on),
        expires_on: if recurring {
            None
        } else {
            on.checked_add_days(chrono::Days::new(700))
        },
        employer: None,
        links: vec![],
        notes: String::new(),
    }
}

fn to_change(kind: ChangeKind, record: &DocumentRecord) -> DocumentChange {
    match kind {
        ChangeKind::Correct => DocumentChange::DetailsCorrected {
            correction: DetailsCorrection {
                notes: Some("fixed".into()),
                ..Default::default()
            },
        },
        // Expiry before issue: must be refused.
        ChangeKind::BadCorrect => DocumentChange::DetailsCorrected {
            correction: DetailsCorrection {
                issued_on: Some(doctrack_core::domain::DateEdit::Set { date: start() }),
                expires_on: Some(doctrack_core::domain::DateEdit::Set {
                    date: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
                }),
                ..Default::default()
            },
        },
        ChangeKind::Start => DocumentChange::RenewalStarted,
        ChangeKind::Submit => DocumentChange::RenewalSubmitted,
        ChangeKind::Reject => DocumentChange::RenewalRejected,
        ChangeKind::Lost => DocumentChange::ReportedLost,
        ChangeKind::Cancel => DocumentChange::Cancelled {
            reason: CancelReason::LeftEmployer,
        },
        ChangeKind::Employer => DocumentChange::EmployerChanged {
            employer: Some("New Boat Co".into()),
        },
        ChangeKind::File => DocumentChange::ReportFiled,
        ChangeKind::Archive => DocumentChange::Archived,
        ChangeKind::RecordAgain => DocumentChange::Recorded {
            document: record.document.clone(),
        },
    }
}

/// States a document of `kind` may ever be in.
fn allowed(kind: &DocumentKind, state: &LifecycleState) -> bool {
    let name = state.name();
    if kind.is_recurring_obligation() {
        matches!(
            name,
            StateName::Active | StateName::Cancelled | StateName::Archived
        ) && !matches!(state, LifecycleState::Archived { from, .. } if !matches!(from, StateName::Active | StateName::Cancelled))
    } else {
        name != StateName::Unrecorded
    }
}

fn check_invariants(ledger: &Ledger) -> Result<(), TestCaseError> {
    for (id, record) in ledger.documents() {
        prop_assert_eq!(*id, record.document.id);
        prop_assert!(
            allowed(&record.document.kind, &record.state),
            "state {:?} for {}",
            record.state,
            record.document.kind
        );
        if let LifecycleState::Superseded { by, .. } = record.state {
            prop_assert_ne!(by, *id);
            // Both ways: the successor exists and links back.
            let successor = ledger.documents().get(&by).expect("successor recorded");
            let back = successor
                .document
                .link(LinkKind::Renews)
                .or(successor.document.link(LinkKind::Replaces));
            prop_assert_eq!(back, Some(*id));
            let forward = record
                .document
                .link(LinkKind::RenewedBy)
                .or(record.document.link(LinkKind::ReplacedBy));
            prop_assert_eq!(forward, Some(by));
        }
        if !record.document.kind.is_recurring_obligation() {
            prop_assert!(record.filings.is_empty());
        }
        if record.document.employer.is_some() {
            prop_assert!(record.document.kind.has_employer());
        }
    }
    Ok(())
}

fn run(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut ledger = Ledger::new();
    let mut today = start();
    let holder = ledger
        .register_person(
            PersonDraft {
                display_name: "Sample Worker".into(),
                nationality: Country::Myanmar,
                language: Language::My,
                cohort: Cohort::Mou,
                works_on_fishing_vessel: true,
                province: None,
            },
            today,
        )
        .unwrap();
    for kind in KINDS {
        ledger
            .record_document(new_document(holder, &kind.parse().unwrap(), today), today)
            .unwrap();
    }
    for op in ops {
        let ids: Vec<DocumentId> = ledger.documents().keys().copied().collect();
        let pick = |i: usize| ids[i % ids.len()];
        let days = match op {
            Op::Change { days, .. }
            | Op::ApproveRenewal { days, .. }
            | Op::ReceiveReplacement { days, .. }
            | Op::Record { days, .. } => *days,
        };
        let on = today
            .checked_add_signed(chrono::Duration::days(days))
            .unwrap();
        let before = ledger.clone();
        let result = match op {
            Op::Change { doc, change, .. } => {
                let id = pick(*doc);
                let change = to_change(*change, &ledger.documents()[&id]);
                ledger.change(id, change, on).map(|_| ())
            }
            Op::ApproveRenewal { doc, .. } => {
                let old = &ledger.documents()[&pick(*doc)];
                let new = new_document(holder, &old.document.kind, on);
                ledger.approve_renewal(old.document.id, new, on).map(|_| ())
            }
            Op::ReceiveReplacement { doc, .. } => {
                let old = &ledger.documents()[&pick(*doc)];
                let new = new_document(holder, &old.document.kind, on);
                ledger
                    .receive_replacement(old.document.id, new, on)
                    .map(|_| ())
            }
            Op::Record { kind, .. } => {
                let doc = new_document(holder, &KINDS[*kind].parse().unwrap(), on);
                ledger.record_document(doc, on).map(|_| ())
            }
        };
        match result {
            // A rejected event never changes anything.
            Err(_) => prop_assert_eq!(&ledger, &before),
            Ok(()) => {
                prop_assert!(ledger.events().len() > before.events().len());
                today = today.max(on);
            }
        }
        check_invariants(&ledger)?;
        // Archived is final: an archived record never changes again.
        for (id, old) in before.documents() {
            if old.state.name() == StateName::Archived {
                prop_assert_eq!(&ledger.documents()[id], old);
            }
        }
    }
    // Re-folding the accepted events gives the same state.
    let refolded = Ledger::from_events(ledger.events().iter().cloned()).unwrap();
    prop_assert_eq!(&refolded, &ledger);
    // Events survive a serialisation round trip unchanged.
    for event in ledger.events() {
        let json = serde_json::to_vec(event).unwrap();
        let back: Event = serde_json::from_slice(&json).unwrap();
        prop_assert_eq!(&back, event);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn lifecycle_properties_hold(ops in proptest::collection::vec(op(), 0..60)) {
        run(&ops)?;
    }
}

#[test]
fn archived_is_final_and_refusal_leaves_ledger_unchanged() {
    // A fixed sequence, so the property above is known to exercise refusals.
    let ops = vec![
        Op::Change {
            doc: 0,
            change: ChangeKind::Archive,
            days: 1,
        },
        Op::Change {
            doc: 0,
            change: ChangeKind::Start,
            days: 2,
        },
        Op::Change {
            doc: 1,
            change: ChangeKind::Reject,
            days: 2,
        },
        Op::Change {
            doc: 2,
            change: ChangeKind::BadCorrect,
            days: 3,
        },
        Op::Change {
            doc: 3,
            change: ChangeKind::Start,
            days: -2,
        },
    ];
    run(&ops).unwrap();
}
