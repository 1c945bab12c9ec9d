//! Related documents: the governing document of a kind, caps (stay never
//! beyond the passport) and lapses (Seabook with the work permit).

use super::context::Context;
use super::report::{Basis, DocumentStatus, Reason};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::{Document, DocumentId, DocumentKind, LifecycleState, LinkKind};
use crate::messages::{Message, MessageId as M};
use crate::rules::model::Slot;
use chrono::NaiveDate;

impl Context<'_> {
    /// The holder's current document of one of `kinds`, preferring one linked
    /// from `from` with `link`, then the one valid longest.
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
        if let Some(target) = link.and_then(|l| from.link(l)) {
            if current(&target) {
                return Some(target);
            }
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
    /// current (renewed, replaced, lost), that document's printed expiry.
    pub(super) fn replaced_stamp_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(NaiveDate, DocumentId)> {
        let target = doc.link(LinkKind::StampedIn)?;
        let record = self.records.get(&target)?;
        if record.state.is_current() || !kinds.contains(&record.document.kind) {
            return None;
        }
        record.document.expires_on.map(|d| (d, target))
    }

    /// If `doc` is tied to a document of `kinds` that was cancelled, the
    /// cancellation date.
    pub(super) fn cancelled_tie_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(NaiveDate, DocumentId)> {
        let target = doc.link(LinkKind::TiedTo)?;
        let record = self.records.get(&target)?;
        match record.state {
            LifecycleState::Cancelled { on, .. } if kinds.contains(&record.document.kind) => {
                Some((on, target))
            }
            _ => None,
        }
    }

    /// The most recent cancellation among the holder's documents of `kinds`
    /// that happened while `from` existed (not before it was issued).
    pub(super) fn last_cancelled(
        &self,
        from: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(DocumentId, NaiveDate)> {
        self.by_holder
            .get(&from.holder)
            .into_iter()
            .flatten()
            .filter_map(|id| {
                let r = self.records.get(id)?;
                match r.state {
                    LifecycleState::Cancelled { on, .. }
                        if kinds.contains(&r.document.kind)
                            && from.issued_on.is_none_or(|i| on >= i) =>
                    {
                        Some((*id, on))
                    }
                    _ => None,
                }
            })
            .max_by_key(|(id, on)| (*on, *id))
    }

    /// Shortens `until` by the caps and lapses that apply to `doc`, and
    /// records the `ValidUntil` date.
    pub(super) fn limit_by_related(
        &self,
        doc: &Document,
        res: &Resolved,
        until: NaiveDate,
        until_reasons: Vec<Reason>,
        st: &mut DocumentStatus,
    ) -> (NaiveDate, Vec<Reason>) {
        let (mut until, mut until_reasons) = (until, until_reasons);
        // 3. Caps (stay never beyond the passport) and lapses (Seabook with the work permit).
        let linked = [
            (
                Slot::CappedBy,
                M::ReasonCappedBy,
                M::NoteCappedByMissing,
                Some(LinkKind::StampedIn),
            ),
            (
                Slot::LapsesWith,
                M::ReasonLapsesWith,
                M::NoteLapsesWithMissing,
                Some(LinkKind::TiedTo),
            ),
        ];
        for (slot, verb, missing, link) in linked {
            let Some((kinds, rule)) = res.get(slot.clone(), |r| match slot {
                Slot::CappedBy => r.effect.capped_by.clone(),
                _ => r.effect.lapses_with.clone(),
            }) else {
                continue;
            };
            let fixed_end = if slot == Slot::CappedBy {
                self.replaced_stamp_target(doc, &kinds)
            } else {
                self.cancelled_tie_target(doc, &kinds)
            };
            let limit = match (fixed_end, self.governing(doc, &kinds, link)) {
                // A stay stamped in a passport that was since replaced is not
                // transferred to the new one: it stays capped by the old one.
                // A document tied to a cancelled one ends with it.
                (Some(old), _) => Some(old),
                (None, Some(other)) => self.valid_until(other).map(|d| (d, other)),
                (None, None) if slot == Slot::LapsesWith => {
                    self.last_cancelled(doc, &kinds).map(|(id, on)| (on, id))
                }
                (None, None) => None,
            };
            match limit {
                Some((date, other)) if date < until => {
                    let other_kind = self
                        .documents
                        .get(&other)
                        .map(|d| d.kind.clone())
                        .unwrap_or(DocumentKind::Other("?".into()));
                    until = date;
                    until_reasons = vec![
                        rule_reason(rule, Message::new(verb).kinds("kinds", &kinds)),
                        Reason {
                            basis: Basis::Related {
                                document: other,
                                kind: other_kind.clone(),
                            },
                            message: Message::new(M::ReasonRelatedEnds)
                                .kind("kind", &other_kind)
                                .date("date", date),
                        },
                    ];
                }
                Some(_) => {}
                None => st.notes.push(
                    Message::new(missing)
                        .kinds("kinds", &kinds)
                        .rule("rule", &rule.id),
                ),
            }
        }
        (until, until_reasons)
    }
}
