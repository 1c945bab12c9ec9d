"""The worker at risk from Python: a route back read with its steps and
checklist (and an item ticked), a passport kept by the employer, a payment
far above the official fee, and where to get help."""

import asyncio
import datetime

import doctrack as dt
import doctrack_core as core


def run(coro):
    return asyncio.run(coro)


def draft(cohort, province=None):
    return core.PersonDraft(display_name="Worker (TEST)", nationality="MM",
                            language=core.Language.MY, cohort=cohort,
                            works_on_fishing_vessel=True, province=province)


def doc(holder, kind, number, issued, expires, country="TH"):
    return core.NewDocument(holder=holder, kind=kind, number=number, issuing_country=country,
                            issuing_authority=None, issued_on=issued, expires_on=expires,
                            employer=None, links=[], notes="")


async def new_store(path):
    return await dt.create_store(str(path), dt.Unlock.RAW_KEY(bytes([5] * 32)))


def test_route_steps_checklist_and_a_tick(tmp_path):
    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        day = datetime.date(2025, 10, 20)
        p = await store.register_person(draft("unknown", "Ranong"), day)
        assert p.province == "ranong"
        part = (await store.dashboard(day)).people[0]
        assert part.situation.kind == core.SituationKind.NOTHING_RECORDED
        step = next(s for s in part.plan if s.action == core.Action.FOLLOW_ROUTE
                    and s.route == "th.route.cr-registration-2025")
        assert step.by == datetime.date(2025, 10, 29)
        route = await store.route_detail(p.id, step.route, day)
        assert route.open_now and route.sources and len(route.steps) >= 2
        items = [(s.checklist.list, e) for s in route.steps for e in s.checklist.items]
        lst, entry = next((l, e) for l, e in items
                          if e.item.supplier == core.Supplier.EMPLOYER and not e.ready)
        await store.tick_checklist_item(p.id, lst, entry.item.id, True, day)
        again = await store.route_detail(p.id, step.route, day)
        ticked = next(e for s in again.steps for e in s.checklist.items if e.item.id == entry.item.id)
        assert ticked.ready and ticked.ticked
        try:
            await store.tick_checklist_item(p.id, lst, "no-such-item", True, day)
            raise AssertionError("an unknown item must be refused")
        except core.AppError.Validation as e:
            assert e.field == core.Field.CHECKLIST_ITEM
        await store.close_store()

    run(go())


def test_custody_overcharge_and_help(tmp_path):
    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        on = datetime.date(2026, 1, 10)
        p = await store.register_person(draft("cr:2025-11-11", "samut_sakhon"), datetime.date(2025, 2, 13))
        passport = await store.record_document(
            doc(p.id, core.DocumentKind.PASSPORT(), "MA1", datetime.date(2022, 5, 10),
                datetime.date(2032, 5, 9), "MM"), on)
        permit = await store.record_document(
            doc(p.id, core.DocumentKind.WORK_PERMIT(), "WP1", datetime.date(2025, 2, 13),
                datetime.date(2026, 2, 13)), on)
        custody = core.Custody(holder=core.Custodian.EMPLOYER, since=datetime.date(2026, 1, 1), note=None)
        rec = await store.apply_event(passport.document.id, core.NewEvent.CUSTODY_CHANGED(custody), on)
        assert rec.custody.holder == core.Custodian.EMPLOYER
        later = datetime.date(2026, 1, 20)
        part = (await store.dashboard(later)).people[0]
        held = next(f for f in part.flags if f.kind == core.FlagKind.DOCUMENT_HELD)
        assert held.document == passport.document.id and held.help
        renew = next(s for s in part.plan if s.document == permit.document.id)
        assert renew.ask.holder == core.Custodian.EMPLOYER
        payment = core.Payment(amount=15000, currency="THB", payee=core.Payee.BROKER,
                               purpose=core.PaymentFor.DOCUMENT(permit.document.id),
                               paid_on=later, asked_only=False, note=None)
        paid = await store.record_payment(p.id, payment, later)
        part = (await store.dashboard(later)).people[0]
        flag = next(f for f in part.flags if f.kind == core.FlagKind.OVERCHARGED)
        assert flag.payment == paid
        text = dt.render_message(flag.message, core.Language.EN)
        assert "15,000 THB" in text and "900 THB" in text
        help_ = await store.help_for(p.id, core.HelpTopic.DOCUMENTS_HELD)
        assert 0 < len(help_) <= 3
        for h in help_:
            assert h.service.sources
            assert not h.service.provinces or "samut_sakhon" in h.service.provinces
        directory = await store.directory()
        assert len(directory.provinces) == 77
        await store.close_store()

    run(go())
