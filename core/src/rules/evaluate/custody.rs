//! Who holds a document and when that is flagged (an employer or a broker
//! keeping it longer than the maintainers' setting, with what the law says
//! about it), and the settings the plan reads for a document: its renewal
//! checklist and when a payment for it is flagged.

use super::context::Context;
use super::report::{CustodyFlag, DocumentStatus, OverchargeLimit, RuleChecklist};
use super::resolve::Resolved;
use super::rule_reason;
use crate::domain::DocumentRecord;
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::model::Slot;

impl Context<'_, '_> {
    /// The document's custody on the evaluation date, and its flag.
    pub(super) fn custody(&self, record: &DocumentRecord, res: &Resolved, st: &mut DocumentStatus) {
        let Some(custody) = &record.custody else {
            return;
        };
        st.custody = Some(custody.clone());
        if !custody.holder.may_be_withholding() {
            return;
        }
        let Some((after, rule)) = res.span(Slot::CustodyFlagAfter, |r| r.effect.custody_flag_after)
        else {
            return;
        };
        let flagged_from = after.after(custody.since);
        if flagged_from.is_none_or(|from| self.as_of <= from) {
            return;
        }
        let days = u64::try_from((self.as_of - custody.since).num_days()).unwrap_or(0);
        let law = res
            .get(Slot::CustodyLaw, |r| r.effect.custody_law.then_some(()))
            .map(|((), law)| {
                rule_reason(
                    law,
                    Message::new(M::ReasonCustodyLaw).term(A::Holder, custody.holder.term()),
                )
            });
        st.custody_flag = Some(CustodyFlag {
            holder: custody.holder,
            since: custody.since,
            days,
            setting: rule_reason(
                rule,
                Message::new(M::ReasonCustodyFlagAfter)
                    .term(A::Holder, custody.holder.term())
                    .span(A::Span, after),
            ),
            law,
        });
    }

    /// The renewal checklist and the overcharge limit that apply.
    pub(super) fn settings(&self, res: &Resolved, st: &mut DocumentStatus) {
        if let Some((items, rule)) = res.get(Slot::Checklist, |r| {
            (!r.effect.checklist.is_empty()).then(|| r.effect.checklist.clone())
        }) {
            st.checklist = Some(RuleChecklist {
                rule: rule.id.clone(),
                confidence: rule.confidence,
                items,
            });
        }
        if let Some((percent, rule)) =
            res.get(Slot::OverchargeFlag, |r| r.effect.overcharge_flag_percent)
        {
            st.overcharge_limit = Some(OverchargeLimit {
                percent,
                reason: rule_reason(
                    rule,
                    Message::new(M::ReasonOverchargeLimit).number(A::Percent, i64::from(percent)),
                ),
            });
        }
    }
}

impl crate::rules::model::RuleSet {
    /// When a payment for a route that gives `kinds` is flagged: the
    /// overcharge setting in force on `date` for any of those kinds and
    /// this person (a route has no recorded document whose rules to
    /// resolve; the first such rule in file order decides).
    pub fn overcharge_limit_for(
        &self,
        person: &crate::domain::Person,
        kinds: &[crate::domain::DocumentKind],
        date: chrono::NaiveDate,
    ) -> Option<OverchargeLimit> {
        let rule = self.rules().iter().find(|r| {
            r.effect.overcharge_flag_percent.is_some()
                && r.in_force_on(date)
                && r.applies.kinds.iter().any(|k| kinds.contains(k))
                && r.applies
                    .cohorts
                    .as_ref()
                    .is_none_or(|c| c.contains(&person.cohort))
                && r.applies
                    .nationalities
                    .as_ref()
                    .is_none_or(|n| n.contains(&person.nationality))
                && r.applies
                    .fishers
                    .is_none_or(|f| f == person.works_on_fishing_vessel)
        })?;
        let percent = rule.effect.overcharge_flag_percent?;
        Some(OverchargeLimit {
            percent,
            reason: rule_reason(
                rule,
                Message::new(M::ReasonOverchargeLimit).number(A::Percent, i64::from(percent)),
            ),
        })
    }
}
