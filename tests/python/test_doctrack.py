"""The doctrack Python bindings, as an NGO's data staff would script them:
the same core cases as the Kotlin tests, against the host-built library.

`doctrack` has the store, the key-wrapper callback and the free functions;
`doctrack_core` has every record, enum and the error (AppError)."""

import asyncio
import datetime
import os
import pathlib
import shutil
import threading

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import doctrack as dt
import doctrack_core as core

ROOT = pathlib.Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"
AS_OF = datetime.date(2026, 6, 1)
ENTERED = datetime.date(2026, 4, 1)


class AesGcmKeyWrapper(dt.KeyWrapper):
    """A platform key wrapper: AES-256-GCM with a key that never leaves this object."""

    def __init__(self):
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))
        self.invalidated = False
        self.leaky = False

    def _check(self):
        if self.leaky:
            raise RuntimeError("keystore failed for passport MA1234567 of Zaw Min Htut")
        if self.invalidated:
            raise dt.KeyWrapperError.Invalidated()

    def wrap(self, secret):
        self._check()
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, secret, None)

    def unwrap(self, wrapped):
        self._check()
        return self._aead.decrypt(wrapped[:12], wrapped[12:], None)


def run(coro):
    return asyncio.run(coro)


async def new_store(path, wrapper=None):
    store = await dt.create_store(str(path), dt.Unlock.PLATFORM(wrapper or AesGcmKeyWrapper()))
    await store.add_key_slot(dt.Unlock.PASSPHRASE(PASS))
    return store


def draft(name, nationality="MM", language=core.Language.MY, cohort="mou", fisher=True):
    return core.PersonDraft(display_name=name, nationality=nationality, language=language,
                          cohort=cohort, works_on_fishing_vessel=fisher)


def new_doc(holder, kind, number="", **kw):
    return core.NewDocument(
        holder=holder,
        kind=kind,
        number=number,
        issuing_country=kw.pop("country", "TH"),
        issuing_authority=None,
        issued_on=kw.pop("issued_on", None),
        expires_on=kw.pop("expires_on", None),
        employer=kw.pop("employer", None),
        links=[],
        notes="",
    )


async def seed(store):
    """A Myanmar fisher under the MOU (dates worked out in tests/kotlin/.../Worker.kt)."""
    person = await store.register_person(
        core.PersonDraft(
            display_name="Ko Aung (TEST)",
            nationality="MM",
            language=core.Language.MY,
            cohort="mou",
            works_on_fishing_vessel=True,
        ),
        ENTERED,
    )
    passport = await store.record_document(
        new_doc(person.id, core.DocumentKind.PASSPORT(), "TEST-MA000001", country="MM",
                issued_on=datetime.date(2020, 4, 1), expires_on=datetime.date(2027, 3, 31)),
        ENTERED,
    )
    permit = await store.record_document(
        new_doc(person.id, core.DocumentKind.WORK_PERMIT(), "TEST-WP-1",
                issued_on=datetime.date(2025, 8, 15), expires_on=datetime.date(2026, 8, 14),
                employer="Test Fishing Co."),
        ENTERED,
    )
    for kind in (core.DocumentKind.HEALTH_CHECK(), core.DocumentKind.HEALTH_INSURANCE()):
        await store.record_document(
            new_doc(person.id, kind, f"TEST-H-{kind}", issued_on=datetime.date(2026, 1, 5),
                    expires_on=datetime.date(2027, 1, 4)),
            ENTERED,
        )
    report = await store.record_document(
        new_doc(person.id, core.DocumentKind.NINETY_DAY_REPORT(), issued_on=ENTERED), ENTERED
    )
    return person.id, passport.document.id, permit.document.id, report.document.id


def test_platform_key_invalidation_falls_back_to_the_passphrase(tmp_path):
    wrapper = AesGcmKeyWrapper()
    path = tmp_path / "s.doctrack"

    async def go():
        await (await new_store(path, wrapper)).close_store()
        store = await dt.open_store(str(path), dt.Unlock.PLATFORM(wrapper))
        kinds = {s.kind for s in await store.key_slots()}
        assert kinds == {core.SlotKind.PLATFORM, core.SlotKind.PASSPHRASE}
        await store.close_store()
        wrapper.invalidated = True
        with pytest.raises(core.AppError.KeyUnavailable) as e:
            await dt.open_store(str(path), dt.Unlock.PLATFORM(wrapper))
        assert "invalidated" in e.value.reason
        store = await dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS))
        await store.close_store()

    run(go())


def test_wrong_secrets_and_leaky_callbacks(tmp_path):
    wrapper = AesGcmKeyWrapper()
    path = tmp_path / "s.doctrack"

    async def go():
        await (await new_store(path, wrapper)).close_store()
        with pytest.raises(core.AppError.WrongSecret):
            await dt.open_store(str(path), dt.Unlock.PASSPHRASE("wrong"))
        with pytest.raises(core.AppError.NoSuchSlot):
            await dt.open_store(str(path), dt.Unlock.RAW_KEY(bytes(32)))
        wrapper.leaky = True
        with pytest.raises(core.AppError.KeyUnavailable) as e:
            await dt.open_store(str(path), dt.Unlock.PLATFORM(wrapper))
        assert "MA1234567" not in repr(e.value) and "Zaw" not in str(e.value)

    run(go())


def test_dashboard_dates_worked_out_by_hand(tmp_path):
    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        _, passport, permit, report = await seed(store)
        dash = await store.dashboard(AS_OF)
        # The list screen's card: status, the next deadline, what blocks it.
        (worker,) = dash.people
        card = next(c for c in worker.documents if c.document == permit)
        assert card.status == core.TimeStatus.BLOCKED
        assert card.phase == core.TimeStatus.WINDOW_OPEN
        assert card.next_deadline.kind == core.DateKind.DEADLINE
        assert card.next_deadline.date == datetime.date(2026, 8, 14)
        assert card.next_deadline.days_left == 74
        assert [dt.render_message(m, core.Language.EN) for m in card.blocked_by] == [
            "blocked: needs a passport or certificate of identity valid until 2027-05-31"
        ]
        # The document's detail: every date with its reasons, the blockers,
        # and the sources of the rules its reasons name.
        detail = await store.document_detail(permit, AS_OF)
        st = detail.status
        assert st.document == permit and detail.record.document.id == permit
        assert st.status == core.TimeStatus.BLOCKED
        dates = {d.kind: d.date for d in st.dates}
        assert dates[core.DateKind.DEADLINE] == datetime.date(2026, 8, 14)
        assert dates[core.DateKind.WINDOW_OPENS] == datetime.date(2026, 4, 14)
        (blocker,) = [b for b in st.blockers if b.is_PREREQUISITE()]
        assert blocker.required_until == datetime.date(2027, 5, 31)
        assert blocker.found.document == passport
        rep = (await store.document_detail(report, AS_OF)).status
        rdates = {d.kind: d.date for d in rep.dates}
        assert rdates[core.DateKind.REPORT_DUE] == datetime.date(2026, 6, 30)
        assert rdates[core.DateKind.REPORT_WINDOW_OPENS] == datetime.date(2026, 6, 15)
        assert rdates[core.DateKind.REPORT_WINDOW_CLOSES] == datetime.date(2026, 7, 7)
        order = [s.document for s in worker.plan]
        assert order.index(passport) < order.index(permit)
        # A reason names its rule; the rule's sources come with the detail.
        rule = blocker.reason.basis
        assert rule.is_RULE()
        assert rule.id == "th.stay.passport-needed"
        assert detail.rule_sources[rule.id]
        assert detail.rule_sources[rule.id] == await store.rule_sources(rule.id)
        assert dt.term_name(core.TermGroup.STATUS, "blocked", core.Language.EN) == "blocked"
        await store.close_store()

    run(go())


def test_illegal_transition_names_state_and_event(tmp_path):
    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        _, _, permit, _ = await seed(store)
        await store.apply_event(permit, core.NewEvent.ARCHIVED(), AS_OF)
        with pytest.raises(core.AppError.IllegalTransition) as e:
            await store.apply_event(permit, core.NewEvent.RENEWAL_STARTED(), AS_OF)
        assert e.value.state == core.StateName.ARCHIVED
        assert e.value.event == core.EventName.RENEWAL_STARTED
        await store.close_store()

    run(go())


def test_photo_and_backup_round_trip(tmp_path):
    photo = bytes((i * 31) % 251 for i in range(300_000))
    backup = tmp_path / "backup.dtb"

    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        _, passport, _, _ = await seed(store)
        info = await store.add_photo(passport, "image/jpeg", photo, AS_OF)
        assert await store.photo_bytes(info.id) == photo
        await store.export_backup(str(backup), "backup passphrase")
        await store.close_store()
        with pytest.raises(core.AppError.WrongSecret):
            await dt.restore_store(str(backup), "nope", str(tmp_path / "r"), dt.Unlock.PASSPHRASE(PASS))
        assert not (tmp_path / "r").exists()
        restored = await dt.restore_store(str(backup), "backup passphrase", str(tmp_path / "r"),
                                          dt.Unlock.PASSPHRASE(PASS))
        assert restored.report.attachments_added == 1
        docs = (await restored.store.documents()).items
        pp = next(d for d in docs if d.document.kind.is_PASSPORT())
        (p,) = await restored.store.photos(pp.document.id)
        assert await restored.store.photo_bytes(p.id) == photo
        await restored.store.close_store()

    run(go())


def test_an_upgraded_store_keeps_a_copy_until_it_is_removed(tmp_path):
    # The frozen schema-1 fixture (core/tests/store_migration.rs), opened with
    # its raw key: opening upgrades the format and keeps a copy of the file.
    old = tmp_path / "old.doctrack"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "store-v1.db", old)

    async def go():
        store = await dt.open_store(str(old), dt.Unlock.RAW_KEY(bytes([0x11] * 32)))
        copy = await store.migration_copy()
        assert copy is not None and copy.from_version == 1
        assert pathlib.Path(copy.path).is_file() and pathlib.Path(copy.path) != old
        await store.remove_migration_copy()
        assert not pathlib.Path(copy.path).exists()
        assert await store.migration_copy() is None
        # The upgraded store still reads.
        people = await store.people()
        assert not people.unreadable
        assert sorted(p.person.display_name for p in people.items) == ["Fixture Worker One", "Fixture Worker Two"]
        assert len((await store.documents()).items) == 5
        await store.close_store()
        store = await dt.open_store(str(old), dt.Unlock.RAW_KEY(bytes([0x11] * 32)))
        assert await store.migration_copy() is None
        await store.close_store()

    run(go())


def test_four_threads_at_once(tmp_path):
    async def setup():
        store = await new_store(tmp_path / "s.doctrack")
        person = await store.register_person(
            draft("Threads (TEST)", "KH", core.Language.KM, "unknown", False), ENTERED)
        return store, person.id

    store, person = run(setup())
    errors = []

    def worker(t):
        async def go():
            for i in range(5):
                await store.record_document(
                    new_doc(person, core.DocumentKind.HEALTH_CHECK(), f"T{t}-{i}",
                            issued_on=datetime.date(2026, 1, 1), expires_on=datetime.date(2027, 1, 1)),
                    ENTERED)
                await store.dashboard(AS_OF)
        try:
            asyncio.run(go())
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []

    async def check():
        assert len((await store.documents()).items) == 20
        await store.close_store()
        with pytest.raises(core.AppError.Closed):
            await store.people()

    run(check())


def test_bad_input_is_typed(tmp_path):
    async def go():
        store = await new_store(tmp_path / "s.doctrack")
        _, passport, _, _ = await seed(store)
        with pytest.raises(core.AppError.Validation) as e:
            await store.register_person(draft("x" * 1_000_000), AS_OF)
        assert e.value.field == core.Field.DISPLAY_NAME
        assert e.value.problem == core.Problem.TOO_LONG(max=200)
        with pytest.raises(core.AppError.Validation):
            await store.register_person(draft("Ko\x00Aung"), AS_OF)
        with pytest.raises(core.AppError.Validation) as e:
            await store.add_photo(passport, "image/jpeg", bytes(21 * 1024 * 1024), AS_OF)
        assert e.value.field == core.Field.PHOTO
        with pytest.raises(core.AppError.Validation) as e:
            await store.dashboard(datetime.date(1066, 10, 14))
        assert e.value.field == core.Field.DATE
        with pytest.raises(core.AppError.Validation):
            dt.parse_typed_date_text("2025-02-30")
        with pytest.raises(core.AppError.NotFound):
            await store.document("0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b11")
        await store.close_store()

    run(go())


def is_burmese(text):
    return any("\u1000" <= c <= "\u109f" for c in text)


def test_reminders_in_burmese_with_their_review_state(tmp_path):
    path = tmp_path / "s.doctrack"
    until = AS_OF + datetime.timedelta(days=365)
    wrapper = AesGcmKeyWrapper()

    async def go():
        store = await new_store(path, wrapper)
        _, _, permit, report = await seed(store)
        first = await store.sync_reminders(AS_OF, until, core.ReminderOptions())
        assert first.to_cancel == [] and first.to_add == first.scheduled
        r = next(x for x in first.scheduled if x.document == report)
        assert r.kind == core.ReminderKind.REPORT_WINDOW
        assert r.fire_on == datetime.date(2026, 6, 15) and r.target_date == datetime.date(2026, 6, 30)
        # The holder reads Burmese; the Burmese catalog is a draft.
        assert r.language == core.Language.MY
        assert is_burmese(r.lock_screen_text) and is_burmese(r.detail_text)
        assert r.review == core.ReviewState.DRAFT
        text = dt.localize_message(r.short, core.Language.MY, None)
        assert text.text == r.lock_screen_text and text.review == core.ReviewState.DRAFT
        # Private by default: the lock screen names no document and no date.
        assert r.lock_screen == r.short
        assert dt.document_kind_name(core.DocumentKind.NINETY_DAY_REPORT(), core.Language.MY) not in r.lock_screen_text
        assert dt.format_date(r.target_date, core.Language.MY, None) not in r.lock_screen_text
        # What the rule says, in Burmese: a draft beside the English it came from.
        g = await store.rule_guidance("th.immigration.90-day-report", core.Language.MY)
        assert is_burmese(g.guidance) and g.review == core.ReviewState.DRAFT
        assert g.drawn_from.language == core.Language.EN and not g.english_fallback
        # Done: cancelled, and it stays done after reopening the store.
        await store.set_reminder_state(r.id, core.ReminderState.DONE(), AS_OF)
        after = await store.sync_reminders(AS_OF, until, core.ReminderOptions())
        assert after.to_cancel == [r.id] and after.to_add == []
        # An event drops reminders: the renewal is handed in.
        permit_ids = [x.id for x in after.scheduled if x.document == permit]
        assert permit_ids
        await store.apply_event(permit, core.NewEvent.RENEWAL_SUBMITTED(), AS_OF)
        submitted = await store.sync_reminders(AS_OF, until, core.ReminderOptions())
        assert sorted(submitted.to_cancel) == sorted(permit_ids)
        await store.close_store()
        store = await dt.open_store(str(path), dt.Unlock.PLATFORM(wrapper))
        listed = await store.reminders(AS_OF, until, core.ReminderOptions())
        assert next(x for x in listed if x.id == r.id).state == core.ReminderState.DONE()
        again = await store.sync_reminders(AS_OF, until, core.ReminderOptions())
        assert again.to_add == [] and again.to_cancel == []
        await store.close_store()

    run(go())
    info = dt.catalog_info(core.Language.MY)
    assert info.review == core.ReviewState.DRAFT and info.drafts == info.messages
    assert is_burmese(info.review_text)


def test_dates_as_on_the_papers():
    typed = dt.parse_typed_date_text("31 มี.ค. 2569")
    assert typed.date == datetime.date(2026, 3, 31) and typed.era == core.Era.BE
    assert dt.parse_typed_date_text("31.03.2026").era == core.Era.CE
    assert dt.parse_typed_date_text("៣១/០៣/២០២៦").date == datetime.date(2026, 3, 31)
    with pytest.raises(core.AppError.Validation) as e:
        dt.parse_typed_date_text("31/03/69")
    assert e.value.field == core.Field.DATE and e.value.problem == core.Problem.AMBIGUOUS_YEAR()
    assert "four digits" in dt.render_message(dt.error_message(e.value), core.Language.EN)
    assert is_burmese(dt.render_message(dt.error_message(e.value), core.Language.MY))
    day = datetime.date(2026, 3, 31)
    assert dt.format_date(day, core.Language.TH, None) == "31 มี.ค. 2569"
    style = dt.default_date_style(core.Language.TH)
    style.digits = core.Digits.NATIVE
    assert dt.format_date(day, core.Language.TH, style) == "๓๑ มี.ค. ๒๕๖๙"
