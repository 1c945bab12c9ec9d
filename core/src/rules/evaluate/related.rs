//! Related documents: the governing document of a kind, and the chain a
//! document hangs on. `capped_by` (a stay never beyond the passport) and
//! `lapses_with` (a Seabook ends with the work permit or the stay) list
//! upstream documents; **every one counts**, the earliest end wins, and the
//! reason names the document that ended it and, through it, the chain above
//! (Seabook ⟸ work permit ⟸ stay ⟸ passport).
//!
//! An end date set by a resolution (`end_of_authorisation`) is not shortened
//! by the chain: the resolution stands in for the upstream documents until
//! its date (ADR 0011). Upstream documents that end earlier are named in a
//! note instead.

use super::context::Context;
use super::report::{Basis, DateKind, DocumentStatus, Reason};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::{CancelReason, Document, DocumentId, DocumentKind, LifecycleState, LinkKind};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::model::{OnLeavingEmployer, Rule, Slot, Upstream};
use chrono::NaiveDate;

/// Where one upstream document ends, for a document that depends on it.
struct UpstreamEnd {
    /// The last day it covers.
    date: NaiveDate,
    /// Why: the upstream document (and the chain above it).
    reasons: Vec<Reason>,
}

/// What a chain says about one document: the upstream ends it depends on.
struct ChainLimit<'r> {
    rule: &'r Rule,
    upstream: &'r Upstream,
    end: UpstreamEnd,
    verb: M,
}

impl Context<'_, '_> {
    /// The holder's current document of one of `kinds`, preferring one linked
    /// from `from` with `link`, then the one valid longest.
    /// The holder's current documents of `kinds` other than `from`.
    pub(super) fn current_of(&self, from: &Document, kinds: &[DocumentKind]) -> Vec<DocumentId> {
        self.by_holder
            .get(&from.holder)
            .into_iter()
            .flatten()
            .copied()
            .filter(|id| {
                *id != from.id
                    && self
                        .records
                        .get(id)
                        .is_some_and(|r| r.state.is_current() && kinds.contains(&r.document.kind))
            })
            .collect()
    }

    pub(super) fn governing(
        &self,
        from: &Document,
        kinds: &[DocumentKind],
        link: Option<LinkKind>,
    ) -> Option<DocumentId> {
        let current = |id: &DocumentId| {
            self.records
                .get(id)
                .is_some_and(|r| r.state.is_current() && kinds.contains(&r.document.kind))
        };
        if let Some(target) = link.and_then(|l| linked(from, l).find(|t| current(t))) {
            return Some(target);
        }
        let mut best: Option<(Option<NaiveDate>, DocumentId)> = None;
        for id in self.by_holder.get(&from.holder).into_iter().flatten() {
            if *id == from.id || !current(id) {
                continue;
            }
            let until = self.valid_until(*id);
            if best
                .as_ref()
                .is_none_or(|(b, bid)| (until, *id) > (*b, *bid))
            {
                best = Some((until, *id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// If `doc` is stamped in a document of `kinds` that is no longer
    /// current (renewed, replaced, lost), that document and its printed expiry.
    fn replaced_stamp_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(NaiveDate, DocumentId)> {
        linked(doc, LinkKind::StampedIn).find_map(|target| {
            let record = self.records.get(&target)?;
            if record.state.is_current() || !kinds.contains(&record.document.kind) {
                return None;
            }
            self.own_end(&record.document).map(|d| (d, target))
        })
    }

    /// The end a document had of its own: its printed expiry, or the last
    /// day of its validity term counted from its (original) issue date.
    fn own_end(&self, doc: &Document) -> Option<NaiveDate> {
        if let Some(end) = doc.expires_on {
            return Some(end);
        }
        let res = self.resolve_on(doc, self.as_of)?;
        let (term, _) = res.span(Slot::Validity, |r| r.effect.validity)?;
        term.last_day_from(self.origin_issued(doc)?)
    }

    /// The end of a document of `kinds` that `doc` is tied to and that was
    /// reported lost (and not yet replaced): its own end.
    fn lost_tie_end(&self, doc: &Document, kinds: &[DocumentKind]) -> Option<UpstreamEnd> {
        linked(doc, LinkKind::TiedTo).find_map(|target| {
            let record = self.records.get(&target)?;
            if !matches!(record.state, LifecycleState::Lost { .. })
                || !kinds.contains(&record.document.kind)
            {
                return None;
            }
            let date = self.own_end(&record.document)?;
            Some(UpstreamEnd {
                date,
                reasons: vec![self.related(target, |kind| {
                    Message::new(M::ReasonRelatedEnds)
                        .kind(A::Kind, kind)
                        .date(A::Date, date)
                })],
            })
        })
    }

    /// If `doc` is tied to a document of `kinds` that was cancelled, that
    /// document, the day and why.
    fn cancelled_tie_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(DocumentId, NaiveDate, CancelReason)> {
        linked(doc, LinkKind::TiedTo).find_map(|target| {
            let record = self.records.get(&target)?;
            match record.state {
                LifecycleState::Cancelled { on, reason }
                    if kinds.contains(&record.document.kind) =>
                {
                    Some((target, on, reason))
                }
                _ => None,
            }
        })
    }

    /// The most recent cancellation among the holder's documents of `kinds`
    /// that happened while `from` existed (not before it was issued).
    fn last_cancelled(
        &self,
        from: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(DocumentId, NaiveDate, CancelReason)> {
        self.by_holder
            .get(&from.holder)
            .into_iter()
            .flatten()
            .filter_map(|id| {
                let r = self.records.get(id)?;
                match r.state {
                    LifecycleState::Cancelled { on, reason }
                        if kinds.contains(&r.document.kind)
                            && from.issued_on.is_none_or(|i| on >= i) =>
                    {
                        Some((*id, on, reason))
                    }
                    _ => None,
                }
            })
            .max_by_key(|(id, on, _)| (*on, *id))
    }

    /// A related document as the basis of a reason.
    fn related(&self, id: DocumentId, message: impl FnOnce(&DocumentKind) -> Message) -> Reason {
        let kind = self
            .documents
            .get(&id)
            .map(|d| d.kind.clone())
            .unwrap_or(DocumentKind::Other { label: "?".into() });
        Reason {
            message: message(&kind),
            basis: Basis::Related { document: id, kind },
        }
    }

    /// The end of a current upstream document, with its own chain: the
    /// rules and related documents behind its end date.
    fn current_end(&self, id: DocumentId) -> Option<UpstreamEnd> {
        let st = self.status(id)?;
        let until = st.date(DateKind::ValidUntil)?;
        let mut reasons = vec![self.related(id, |kind| {
            Message::new(M::ReasonRelatedEnds)
                .kind(A::Kind, kind)
                .date(A::Date, until.date)
        })];
        reasons.extend(
            until
                .reasons
                .iter()
                .filter(|r| matches!(r.basis, Basis::Rule { .. } | Basis::Related { .. }))
                .cloned(),
        );
        Some(UpstreamEnd {
            date: until.date,
            reasons,
        })
    }
}

/// How many job changes a chain is followed through (validated data never
/// comes close; it bounds a cycle of hand-made links).
const MAX_CHAIN: usize = 16;

impl Context<'_, '_> {
    /// The end a cancelled upstream document gives: the day it was
    /// cancelled; or, when the worker left the employer and the rule says
    /// so, the job-change deadline, or the new permit issued within it.
    fn cancelled_end(
        &self,
        doc: &Document,
        upstream: &Upstream,
        cancelled: (DocumentId, NaiveDate, CancelReason),
        policy: OnLeavingEmployer,
    ) -> Option<UpstreamEnd> {
        self.cancelled_end_from(doc, upstream, cancelled, policy, 0)
    }

    /// [`Self::cancelled_end`], `depth` job changes down the chain.
    fn cancelled_end_from(
        &self,
        doc: &Document,
        upstream: &Upstream,
        (cancelled, on, why): (DocumentId, NaiveDate, CancelReason),
        policy: OnLeavingEmployer,
        depth: usize,
    ) -> Option<UpstreamEnd> {
        if why == CancelReason::LeftEmployer && policy == OnLeavingEmployer::JobChangeDeadline {
            if let Some(deadline) = self
                .status(cancelled)
                .and_then(|st| st.date(DateKind::JobChangeDeadline).map(|d| d.date))
            {
                let closed = self
                    .records
                    .get(&cancelled)
                    .and_then(|r| self.job_change_closed_by(&r.document, on, deadline));
                if let Some((new, _)) = closed {
                    // A new permit within the period: follow the current
                    // one; if the new permit is not current either (the
                    // worker left that employer too, or it ended), follow
                    // it to its own end — never back to this document's
                    // printed date.
                    if let Some(id) = self.governing(doc, &upstream.kinds, Some(LinkKind::TiedTo)) {
                        return self.current_end(id);
                    }
                    if depth < MAX_CHAIN {
                        if let Some(LifecycleState::Cancelled { on, reason }) =
                            self.records.get(&new).map(|r| r.state.clone())
                        {
                            return self.cancelled_end_from(
                                doc,
                                upstream,
                                (new, on, reason),
                                policy,
                                depth + 1,
                            );
                        }
                    }
                    return self.current_end(new);
                }
                return Some(UpstreamEnd {
                    date: deadline,
                    reasons: vec![self.related(cancelled, |kind| {
                        Message::new(M::ReasonRelatedJobChange)
                            .kind(A::Kind, kind)
                            .date(A::Left, on)
                            .date(A::Date, deadline)
                    })],
                });
            }
        }
        Some(UpstreamEnd {
            date: on,
            reasons: vec![self.related(cancelled, |kind| {
                Message::new(M::ReasonRelatedCancelled)
                    .kind(A::Kind, kind)
                    .date(A::Date, on)
            })],
        })
    }

    /// Where one upstream document ends for `doc`, if the person has it.
    fn upstream_end(
        &self,
        doc: &Document,
        upstream: &Upstream,
        slot: &Slot,
        policy: OnLeavingEmployer,
    ) -> Option<UpstreamEnd> {
        let kinds = &upstream.kinds;
        if *slot == Slot::CappedBy {
            // A stay stamped in a passport that was since replaced is not
            // transferred to the new one: it stays capped by the old one.
            if let Some((date, old)) = self.replaced_stamp_target(doc, kinds) {
                let reason = self.related(old, |kind| {
                    Message::new(M::ReasonRelatedEnds)
                        .kind(A::Kind, kind)
                        .date(A::Date, date)
                });
                return Some(UpstreamEnd {
                    date,
                    reasons: vec![reason],
                });
            }
            return self
                .governing(doc, kinds, Some(LinkKind::StampedIn))
                .and_then(|id| self.current_end(id));
        }
        // A document tied to a cancelled one ends with it.
        if let Some(tie) = self.cancelled_tie_target(doc, kinds) {
            return self.cancelled_end(doc, upstream, tie, policy);
        }
        match self.governing(doc, kinds, Some(LinkKind::TiedTo)) {
            Some(id) => self.current_end(id),
            // A permit reported lost is still the same permission until it
            // is replaced: the document tied to it keeps its end.
            None => self.lost_tie_end(doc, kinds).or_else(|| {
                self.last_cancelled(doc, kinds)
                    .and_then(|c| self.cancelled_end(doc, upstream, c, policy))
            }),
        }
    }

    /// Shortens `until` by the chain of `doc` (every upstream document of
    /// `capped_by` and `lapses_with`; the earliest end wins). With an end
    /// set by a resolution (`resolution`), the chain does not shorten it:
    /// earlier upstream ends become notes.
    pub(super) fn limit_by_related(
        &self,
        doc: &Document,
        res: &Resolved,
        (until, until_reasons): (NaiveDate, Vec<Reason>),
        resolution: Option<&Rule>,
        st: &mut DocumentStatus,
    ) -> (NaiveDate, Vec<Reason>) {
        let policy = res
            .get(Slot::OnLeavingEmployer, |r| r.effect.on_leaving_employer)
            .map_or(OnLeavingEmployer::EndsThatDay, |(p, _)| p);
        let chains = [
            (Slot::CappedBy, M::ReasonCappedBy, M::NoteCappedByMissing),
            (
                Slot::LapsesWith,
                M::ReasonLapsesWith,
                M::NoteLapsesWithMissing,
            ),
        ];
        let mut earliest: Option<ChainLimit> = None;
        for (slot, verb, missing) in chains {
            let Some((upstreams, rule)) = res.get(slot.clone(), |r| match slot {
                Slot::CappedBy => r.effect.capped_by.as_ref(),
                _ => r.effect.lapses_with.as_ref(),
            }) else {
                continue;
            };
            for upstream in upstreams {
                let Some(end) = self.upstream_end(doc, upstream, &slot, policy) else {
                    self.note(&mut st.notes, || {
                        Message::new(missing)
                            .kinds(A::Kinds, &upstream.kinds)
                            .rule(A::Rule, &rule.id)
                    });
                    continue;
                };
                if end.date >= until {
                    continue;
                }
                if let Some(by) = resolution {
                    self.note(&mut st.notes, || {
                        Message::new(M::NoteResolutionOutlastsUpstream)
                            .kinds(A::Kinds, &upstream.kinds)
                            .date(A::Date, end.date)
                            .rule(A::Rule, &by.id)
                    });
                    continue;
                }
                // The earliest end wins; on a tie, the document at the root of
                // its chain (fewest reasons), which is the one that ended it.
                let better = |e: &ChainLimit| {
                    (end.date, end.reasons.len()) < (e.end.date, e.end.reasons.len())
                };
                if earliest.as_ref().is_none_or(better) {
                    earliest = Some(ChainLimit {
                        rule,
                        upstream,
                        end,
                        verb,
                    });
                }
            }
        }
        match earliest {
            Some(limit) => {
                let mut reasons = vec![rule_reason(
                    limit.rule,
                    Message::new(limit.verb).kinds(A::Kinds, &limit.upstream.kinds),
                )];
                reasons.extend(limit.end.reasons);
                (limit.end.date, reasons)
            }
            None => (until, until_reasons),
        }
    }

    /// Another document of the same kind and holder as `cancelled`, issued
    /// between the day the worker left (`left_on`) and the job-change
    /// `deadline`: the new permit that closes the job change.
    pub(super) fn job_change_closed_by(
        &self,
        cancelled: &Document,
        left_on: NaiveDate,
        deadline: NaiveDate,
    ) -> Option<(DocumentId, NaiveDate)> {
        self.by_holder
            .get(&cancelled.holder)
            .into_iter()
            .flatten()
            .filter(|id| **id != cancelled.id)
            .filter_map(|id| {
                let r = self.records.get(id)?;
                let issued = r.document.issued_on.unwrap_or(r.recorded_on);
                (r.document.kind == cancelled.kind && issued >= left_on && issued <= deadline)
                    .then_some((*id, issued))
            })
            .min_by_key(|(id, issued)| (*issued, *id))
    }
}

/// The targets `doc` links to with `kind`, in the order written.
fn linked(doc: &Document, kind: LinkKind) -> impl Iterator<Item = DocumentId> + '_ {
    doc.links
        .iter()
        .filter(move |l| l.kind == kind)
        .map(|l| l.target)
}
