//! Renewable documents: the end date, deadline, windows, status, term limit
//! and prerequisites.

use super::context::Context;
use super::report::{
    Basis, Blocker, DateKind, DocumentField, DocumentStatus, Found, KeyDate, Reason, TimeStatus,
};
use super::resolve::Resolved;
use super::{deadline_kind, rule_reason};
use crate::domain::{
    Document, DocumentId, DocumentKind, DocumentRecord, EventName, LifecycleState, LinkKind,
};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::model::{Prerequisite, Renewable, Rule, Slot};
use chrono::NaiveDate;
use std::collections::HashSet;

impl Context<'_, '_> {
    pub(super) fn renewable(
        &self,
        doc: &Document,
        record: &DocumentRecord,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) {
        // 1. Valid until: printed expiry, or the last day of the validity
        //    term that starts on the issue date (inclusive end dates).
        let mut valid: Option<(NaiveDate, Vec<Reason>)> = match (
            doc.expires_on,
            res.span(Slot::Validity, |r| r.effect.validity),
        ) {
            (Some(exp), _) => Some((
                exp,
                vec![Reason::document(
                    DocumentField::ExpiresOn,
                    Message::new(M::ReasonPrintedExpiry).date(A::Date, exp),
                )],
            )),
            (None, Some((term, rule))) => self
                .origin_issued(doc)
                .and_then(|i| term.last_day_from(i).map(|d| (i, d)))
                .map(|(issued, until)| {
                    (
                        until,
                        vec![
                            Reason::document(
                                DocumentField::IssuedOn,
                                Message::new(M::ReasonIssuedOn).date(A::Date, issued),
                            ),
                            rule_reason(
                                rule,
                                Message::new(M::ReasonValidityTerm).span(A::Span, term),
                            ),
                        ],
                    )
                }),
            (None, None) => None,
        };
        // 2. A fixed end of authorisation set by a resolution overrides it.
        let mut resolution = None;
        if let Some((end, rule)) =
            res.get(Slot::EndOfAuthorisation, |r| r.effect.end_of_authorisation)
        {
            let mut reasons = vec![rule_reason(
                rule,
                Message::new(M::ReasonEndOfAuthorisation).date(A::Date, end),
            )];
            if let Some((printed, _)) = &valid {
                if *printed != end {
                    reasons.push(Reason::document(
                        DocumentField::ExpiresOn,
                        Message::new(M::ReasonReplacesPrintedDate).date(A::Date, *printed),
                    ));
                }
            }
            valid = Some((end, reasons));
            resolution = Some(rule);
        }
        let Some((until, until_reasons)) = valid else {
            self.because(&mut st.status_reasons, || {
                Reason::document(DocumentField::ExpiresOn, Message::new(M::ReasonNoExpiry))
            });
            return;
        };
        // 3. The chain: caps and lapses by upstream documents (not for an
        //    end set by a resolution, which stands in for them).
        let (until, until_reasons) =
            self.limit_by_related(doc, res, (until, until_reasons), resolution, st);
        st.dates.push(KeyDate {
            kind: DateKind::ValidUntil,
            date: until,
            reasons: until_reasons.clone(),
        });
        // 4. Deadline, window, due soon, grace.
        let (deadline, deadline_reasons) = match res.span(Slot::DeadlineAfterExpiry, |r| {
            r.effect.deadline_after_expiry
        }) {
            Some((after, rule)) => match after.after(until) {
                Some(d) => (
                    d,
                    self.explained(|| {
                        vec![rule_reason(
                            rule,
                            Message::new(M::ReasonDeadlineAfterExpiry).span(A::Span, after),
                        )]
                    }),
                ),
                None => (until, self.explained(|| until_reasons.clone())),
            },
            None => (until, self.explained(|| until_reasons.clone())),
        };
        st.dates.push(KeyDate {
            kind: DateKind::Deadline,
            date: deadline,
            reasons: deadline_reasons.clone(),
        });
        let deadline_date = KeyDate {
            kind: DateKind::Deadline,
            date: deadline,
            reasons: deadline_reasons,
        };
        let submitted = match record.state {
            LifecycleState::RenewalInProgress {
                submitted_on: Some(on),
                ..
            } => {
                self.note(&mut st.notes, || {
                    Message::new(M::NoteRenewalSubmitted).date(A::Date, on)
                });
                Some(on)
            }
            LifecycleState::RenewalInProgress { started_on, .. } => {
                self.note(&mut st.notes, || {
                    Message::new(M::NoteRenewalStarted).date(A::Date, started_on)
                });
                None
            }
            _ => None,
        };
        if let Some(on) = submitted {
            self.decision_follow_up(on, res, st);
        }
        let window = self.windows(&deadline_date, res, st);
        // 5. Term limit (MOU 4 years) and prerequisites.
        if let Some((term, rule)) = res.span(Slot::MaxTotalTerm, |r| r.effect.max_total_term) {
            if let Some((first_issue, first)) = self.chain_start(doc) {
                // The last day the total term allows (inclusive, like printed
                // expiries): reached when this document already runs to it.
                if let Some(limit) = term.last_day_from(first_issue) {
                    let reason = rule_reason(
                        rule,
                        Message::new(M::ReasonTermLimit)
                            .span(A::Span, term)
                            .date(A::Date, first_issue),
                    );
                    let mut reasons = vec![reason.clone()];
                    if first != doc.id {
                        reasons.push(Reason {
                            basis: Basis::Related {
                                document: first,
                                kind: doc.kind.clone(),
                            },
                            message: Message::new(M::ReasonChainStart)
                                .kind(A::Kind, &doc.kind)
                                .date(A::Date, first_issue),
                        });
                    }
                    st.dates.push(KeyDate {
                        kind: DateKind::TermLimit,
                        date: limit,
                        reasons,
                    });
                    if until >= limit && submitted.is_none() {
                        st.blockers.push(Blocker::TermLimit { limit, reason });
                    }
                }
            }
        }
        if submitted.is_none() {
            let needed_on = window
                .map_or(self.as_of, |w| w.max(self.as_of))
                .min(deadline.max(self.as_of));
            for (p, rule) in res.prerequisites() {
                if let Some(b) = self.prerequisite(doc, p, rule, needed_on, st) {
                    st.blockers.push(b);
                }
            }
        }
        // 6. Status. A pending renewal is covered by its receipt only where
        // a rule says so (`receipt_covers`); otherwise the document ends on
        // its dates and the status says the renewal is pending.
        let grace_end = st.date(DateKind::GraceEnds).map(|d| d.date);
        self.set_status(st, deadline, grace_end, submitted.is_none());
        let in_time = self.renewability(doc, res, grace_end.unwrap_or(deadline), submitted, st);
        st.pending_since = submitted;
        if let Some(on) = submitted {
            let covers = res
                .get(Slot::ReceiptCovers, |r| {
                    r.effect.receipt_covers.then_some(())
                })
                .filter(|_| in_time);
            match covers {
                Some(((), rule)) => {
                    self.awaiting_decision(on, st);
                    self.because(&mut st.status_reasons, || {
                        rule_reason(
                            rule,
                            Message::new(M::ReasonReceiptCovers).kind(A::Kind, &doc.kind),
                        )
                    });
                }
                None => self.because(&mut st.status_reasons, || {
                    Reason::event(
                        EventName::RenewalSubmitted,
                        on,
                        Message::new(M::ReasonPendingNotCovered)
                            .kind(A::Kind, &doc.kind)
                            .date(A::Date, on),
                    )
                }),
            }
        }
        self.follow_pending_upstream(st);
        self.money(doc, res, st, (deadline, grace_end), submitted);
        if submitted.is_none() {
            self.reminders(res, st, DateKind::Deadline, deadline);
        }
    }

    /// A document that ends with an upstream one (a work permit with the
    /// stay) whose renewal is pending under a receipt that covers it is
    /// covered too: it waits with it instead of showing expired.
    fn follow_pending_upstream(&self, st: &mut DocumentStatus) {
        // Only past the upstream's end: before it the document's own
        // dates (due soon, a window) still tell the worker what to do.
        if !matches!(
            st.status,
            TimeStatus::InGrace | TimeStatus::Expired | TimeStatus::Lapsed
        ) {
            return;
        }
        let upstream = st.date(DateKind::ValidUntil).and_then(|d| {
            d.reasons.iter().find_map(|r| match &r.basis {
                Basis::Related { document, kind } => Some((*document, kind.clone())),
                _ => None,
            })
        });
        let Some((id, kind)) = upstream else { return };
        let pending = self
            .status(id)
            .is_some_and(|up| up.status == TimeStatus::AwaitingDecision);
        if pending {
            st.status = TimeStatus::AwaitingDecision;
            st.phase = TimeStatus::AwaitingDecision;
            st.blockers.clear();
            st.status_reasons = vec![Reason {
                basis: Basis::Related {
                    document: id,
                    kind: kind.clone(),
                },
                message: Message::new(M::ReasonFollowsPending)
                    .kind(A::Kind, &kind)
                    .kind(A::Found, &st.kind),
            }];
        }
    }

    /// Whether the document can still be renewed after `end` (its deadline
    /// or the end of its grace): the last day a late renewal is possible,
    /// and past it the status `Lapsed` — only a new application remains.
    /// A renewal handed in by that day keeps its receipt's cover. Returns
    /// whether a renewal handed in was in time (true when there is none or
    /// no last day).
    fn renewability(
        &self,
        doc: &Document,
        res: &Resolved,
        end: NaiveDate,
        submitted: Option<NaiveDate>,
        st: &mut DocumentStatus,
    ) -> bool {
        let Some((renewable, rule)) =
            res.get(Slot::RenewableAfterEnd, |r| r.effect.renewable_after_end)
        else {
            return true;
        };
        let until = match renewable {
            Renewable::Always => return true,
            Renewable::Never => end,
            Renewable::For(span) => match span.after(end) {
                Some(d) => d,
                None => return true,
            },
        };
        let reasons = self.explained(|| {
            let message = match renewable {
                Renewable::For(span) => Message::new(M::ReasonRenewableLate)
                    .span(A::Span, span)
                    .date(A::Date, until),
                _ => Message::new(M::ReasonRenewableUntilEnd)
                    .kind(A::Kind, &doc.kind)
                    .date(A::Date, until),
            };
            // The end it counts from is part of why (the deadline's or the
            // grace's own rules).
            let end_reasons = [DateKind::GraceEnds, DateKind::Deadline]
                .into_iter()
                .find_map(|k| st.date(k).filter(|d| d.date == end))
                .map(|d| d.reasons.clone())
                .unwrap_or_default();
            std::iter::once(rule_reason(rule, message))
                .chain(end_reasons)
                .collect()
        });
        st.dates.push(KeyDate {
            kind: DateKind::RenewableUntil,
            date: until,
            reasons,
        });
        // A renewal handed in by that day keeps its application alive; one
        // handed in later cannot renew it (research routes-and-protection.md
        // §6: renewed before it ends, or it lapses).
        let in_time = submitted.is_some_and(|on| on <= until);
        if self.as_of > until && !in_time {
            let since = until.succ_opt().unwrap_or(until);
            st.status = TimeStatus::Lapsed;
            st.phase = TimeStatus::Lapsed;
            st.status_reasons = self.explained(|| {
                vec![rule_reason(
                    rule,
                    Message::new(M::ReasonBeyondRenewal)
                        .kind(A::Kind, &doc.kind)
                        .date(A::Date, since),
                )]
            });
            st.blockers.clear();
        }
        in_time || submitted.is_none()
    }

    /// A renewal handed in on `submitted`: when to ask about the decision if
    /// none came (a maintainers' setting, `decision_follow_up`).
    fn decision_follow_up(&self, submitted: NaiveDate, res: &Resolved, st: &mut DocumentStatus) {
        let Some((span, rule)) = res.span(Slot::DecisionFollowUp, |r| r.effect.decision_follow_up)
        else {
            return;
        };
        if let Some(date) = span.after(submitted) {
            st.dates.push(KeyDate {
                kind: DateKind::DecisionFollowUp,
                date,
                reasons: vec![
                    Reason::event(
                        EventName::RenewalSubmitted,
                        submitted,
                        Message::new(M::ReasonRenewalSubmittedOn).date(A::Date, submitted),
                    ),
                    rule_reason(
                        rule,
                        Message::new(M::ReasonDecisionFollowUp).span(A::Span, span),
                    ),
                ],
            });
        }
    }

    /// While a renewal handed in is pending, the receipt covers the worker:
    /// the status says so instead of counting down to the old deadline.
    fn awaiting_decision(&self, submitted: NaiveDate, st: &mut DocumentStatus) {
        st.status = TimeStatus::AwaitingDecision;
        st.phase = TimeStatus::AwaitingDecision;
        st.status_reasons = vec![Reason::event(
            EventName::RenewalSubmitted,
            submitted,
            Message::new(M::ReasonAwaitingDecision).date(A::Date, submitted),
        )];
        if let Some(f) = st.date(DateKind::DecisionFollowUp) {
            if self.as_of >= f.date {
                let mut reasons = f.reasons.clone();
                if let Some(first) = reasons.first_mut() {
                    first.message = Message::new(M::ReasonNoDecisionYet)
                        .date(A::Date, submitted)
                        .date(A::FollowUp, f.date);
                }
                st.status_reasons.extend(reasons);
            }
        }
    }

    /// Adds window, due-soon and grace dates around `deadline`; returns the window opening.
    pub(super) fn windows(
        &self,
        deadline: &KeyDate,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) -> Option<NaiveDate> {
        let d = deadline.date;
        let mut opens = None;
        if let Some((span, rule)) = res.span(Slot::RenewalWindow, |r| r.effect.renewal_window) {
            if let Some(date) = span.before(d) {
                opens = Some(date);
                st.dates.push(KeyDate {
                    kind: DateKind::WindowOpens,
                    date,
                    reasons: self.explained(|| {
                        vec![rule_reason(
                            rule,
                            Message::new(M::ReasonWindowOpens)
                                .span(A::Span, span)
                                .date(A::Date, d),
                        )]
                    }),
                });
            }
        }
        let soon = res
            .span(Slot::DueSoon, |r| r.effect.due_soon)
            .map(|(s, r)| (s, r, M::ReasonDueSoon))
            .or_else(|| {
                res.span(Slot::ProcessingTime, |r| r.effect.processing_time)
                    .map(|(s, r)| (s, r, M::ReasonProcessingTime))
            });
        if let Some((span, rule, what)) = soon {
            if let Some(date) = span.before(d) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: self.explained(|| {
                        vec![rule_reason(
                            rule,
                            Message::new(what).span(A::Span, span).date(A::Date, d),
                        )]
                    }),
                });
            }
        }
        if let Some((span, rule)) = res.span(Slot::Grace, |r| r.effect.grace) {
            if let Some(date) = span.after(d) {
                st.dates.push(KeyDate {
                    kind: DateKind::GraceEnds,
                    date,
                    reasons: self.explained(|| {
                        vec![rule_reason(
                            rule,
                            Message::new(M::ReasonGrace)
                                .span(A::Span, span)
                                .date(A::Date, d),
                        )]
                    }),
                });
            }
        }
        opens
    }

    pub(super) fn set_status(
        &self,
        st: &mut DocumentStatus,
        deadline: NaiveDate,
        grace_end: Option<NaiveDate>,
        may_block: bool,
    ) {
        let t = self.as_of;
        let date_reasons = |st: &DocumentStatus, k: DateKind| {
            st.date(k).map(|d| d.reasons.clone()).unwrap_or_default()
        };
        let (status, from) = if t > grace_end.unwrap_or(deadline) {
            (
                TimeStatus::Expired,
                if grace_end.is_some() {
                    DateKind::GraceEnds
                } else {
                    deadline_kind(st)
                },
            )
        } else if t > deadline {
            (TimeStatus::InGrace, DateKind::GraceEnds)
        } else if st.date(DateKind::DueSoonFrom).is_some_and(|d| t >= d.date) {
            (TimeStatus::DueSoon, DateKind::DueSoonFrom)
        } else if st.date(DateKind::WindowOpens).is_some_and(|d| t >= d.date) {
            (TimeStatus::WindowOpen, DateKind::WindowOpens)
        } else if st
            .date(DateKind::ReportWindowOpens)
            .is_some_and(|d| t >= d.date)
        {
            (TimeStatus::WindowOpen, DateKind::ReportWindowOpens)
        } else {
            (TimeStatus::Valid, deadline_kind(st))
        };
        st.status = status;
        st.phase = status;
        if self.explain {
            st.status_reasons = date_reasons(st, from);
            if status == TimeStatus::InGrace {
                st.status_reasons
                    .extend(date_reasons(st, deadline_kind(st)));
            }
        }
        let acting = matches!(
            status,
            TimeStatus::WindowOpen | TimeStatus::DueSoon | TimeStatus::InGrace
        );
        if may_block && acting && !st.blockers.is_empty() {
            st.status = TimeStatus::Blocked;
            if self.explain {
                for b in &st.blockers {
                    st.status_reasons.push(match b {
                        Blocker::Prerequisite { reason, .. }
                        | Blocker::TermLimit { reason, .. } => reason.clone(),
                    });
                }
            }
        }
    }

    /// The issue date of the permission `doc` stands for: a replacement
    /// (of a lost card) is the same permission, so its original's date
    /// counts (through any number of replacements, not through renewals).
    pub(super) fn origin_issued(&self, doc: &Document) -> Option<NaiveDate> {
        let mut current = doc;
        let mut seen = HashSet::new();
        while let Some(prev) = current.link(LinkKind::Replaces) {
            if !seen.insert(prev) {
                break;
            }
            match self.documents.get(&prev) {
                Some(p) => current = p,
                None => break,
            }
        }
        current.issued_on.or(doc.issued_on)
    }

    /// The blocker a prerequisite makes, if it is not met; the document
    /// that meets it (or would) is noted in `st.needs_documents`.
    pub(super) fn prerequisite(
        &self,
        doc: &Document,
        p: &Prerequisite,
        rule: &Rule,
        needed_on: NaiveDate,
        st: &mut DocumentStatus,
    ) -> Option<Blocker> {
        let required_until = p
            .min_remaining
            .and_then(|m| m.last_day_from(needed_on))
            .unwrap_or(needed_on);
        let link = match doc.kind {
            DocumentKind::Visa => Some(LinkKind::StampedIn),
            _ => Some(LinkKind::TiedTo),
        };
        // Any current document of the kinds that lasts long enough meets
        // it (a CI tied to the permit and a new passport: the passport);
        // otherwise the one that governs is reported.
        // The governing one is kept when it lasts; among the others the
        // longest-lasting (then the highest id) is taken, so the answer
        // does not depend on the order documents were recorded in.
        let governing = self.governing(doc, &p.kinds, link);
        let lasts = |id: &DocumentId| self.valid_until(*id).is_some_and(|u| u >= required_until);
        let best = governing.filter(lasts).or_else(|| {
            self.current_of(doc, &p.kinds)
                .into_iter()
                .filter(lasts)
                .max_by_key(|id| (self.valid_until(*id), *id))
                .or(governing)
        });
        if let Some(id) = best {
            if !st.needs_documents.contains(&id) {
                st.needs_documents.push(id);
            }
        }
        let found = best.map(|id| Found {
            document: id,
            kind: self
                .documents
                .get(&id)
                .map(|d| d.kind.clone())
                .unwrap_or(DocumentKind::Other { label: "?".into() }),
            valid_until: self.valid_until(id),
        });
        let ok = found
            .as_ref()
            .and_then(|f| f.valid_until)
            .is_some_and(|u| u >= required_until);
        if ok {
            return None;
        }
        let message = match &found {
            Some(Found {
                kind,
                valid_until: Some(u),
                ..
            }) => Message::new(M::ReasonPrerequisiteEnds)
                .kind(A::Found, kind)
                .date(A::FoundUntil, *u),
            Some(Found { kind, .. }) => {
                Message::new(M::ReasonPrerequisiteNoExpiry).kind(A::Found, kind)
            }
            None => Message::new(M::ReasonPrerequisiteMissing),
        };
        let mut message = message
            .kinds(A::Kinds, &p.kinds)
            .date(A::Needed, needed_on)
            .date(A::Until, required_until);
        if let Some(m) = p.min_remaining {
            message = message.span(A::MinRemaining, m);
        }
        Some(Blocker::Prerequisite {
            kinds: p.kinds.clone(),
            needed_on,
            required_until,
            found,
            reason: rule_reason(rule, message),
        })
    }

    /// The first document of `doc`'s chain of renewals and replacements
    /// (a replacement is the same permission; a renewal continues the
    /// total term) and its issue date.
    pub(super) fn chain_start(&self, doc: &Document) -> Option<(NaiveDate, DocumentId)> {
        let mut current = doc;
        let mut seen = HashSet::new();
        while let Some(prev) = current
            .link(LinkKind::Renews)
            .or_else(|| current.link(LinkKind::Replaces))
        {
            if !seen.insert(prev) {
                break;
            }
            match self.documents.get(&prev) {
                Some(p) => current = p,
                None => break,
            }
        }
        current.issued_on.map(|d| (d, current.id))
    }
}
