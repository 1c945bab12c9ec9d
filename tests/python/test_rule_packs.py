"""Signed rule packs from Python: a pack built by the doctrack CLI in the
test is installed; tampered and repeated packs are refused with their
typed reasons; the dashboard names the pack in use."""

import asyncio
import datetime
import os
import pathlib
import re
import shutil
import subprocess

import pytest

import doctrack as dt
import doctrack_core as core

ROOT = pathlib.Path(__file__).resolve().parents[2]
# Cargo's target folder, where the doctrack CLI is built.
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
PASS = "correct horse battery staple"


def cli(cwd, *args):
    env = dict(os.environ, NO_COLOR="1", DOCTRACK_TODAY="2026-12-15")
    out = subprocess.run([str(TARGET / "debug" / "doctrack"), *args], cwd=cwd, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def build_pack(tmp_path, move_deadline=False):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    if move_deadline:
        # The 11 Nov 2025 resolution's deadline moves from 31 Mar to 30 Jun
        # 2026; scenarios that pin the old one are left out.
        resolutions = rules / "th" / "cabinet-resolutions.toml"
        resolutions.write_text(resolutions.read_text().replace(
            "end_of_authorisation = 2026-03-31", "end_of_authorisation = 2026-06-30"))
        for scenario in (rules / "tests").glob("*.toml"):
            if "2026-03-31" in scenario.read_text():
                scenario.unlink()
    meta = rules / "th" / "pack.toml"
    meta.write_text(re.sub(r"(?m)^version = \d+$", "version = 2", meta.read_text()))
    cli(tmp_path, "pack", "keygen", "--out", "ngo.key")
    cli(tmp_path, "pack", "build", "rules", "--key", "ngo.key", "--version", "2", "--out", "th-2.pack")
    public = next(l for l in (tmp_path / "ngo.key.pub").read_text().splitlines() if l.startswith("ed25519:"))
    return (tmp_path / "th-2.pack").read_bytes(), core.PackTrust(set_id="th", public_keys=[public])


@pytest.fixture
def pack(tmp_path):
    return build_pack(tmp_path)


def test_a_pack_is_installed_refusals_are_typed_and_the_dashboard_names_it(tmp_path, pack):
    data, trust = pack
    assert dt.check_rule_pack(data, trust).version == 2

    async def main():
        path = str(tmp_path / "s.doctrack")
        store = await dt.create_store(path, dt.Unlock.PASSPHRASE(PASS))
        status = await store.configure_rule_packs(trust, datetime.date(2026, 12, 1))
        assert not status.in_use and status.highest_version == 0

        tampered = bytearray(data)
        tampered[len(tampered) // 2] ^= 1
        with pytest.raises(core.AppError.RulePackRefused) as e:
            await store.install_rule_pack(bytes(tampered), datetime.date(2026, 12, 1))
        assert e.value.reason == core.PackProblem.BAD_SIGNATURE()

        change = await store.install_rule_pack(data, datetime.date(2026, 12, 1))
        assert change.notices == []  # the same rules as bundled: nothing changes
        info = change.rules
        assert info.origin == core.RulesOrigin.PACK and info.version == 2
        dash = await store.dashboard(datetime.date(2026, 12, 1))
        assert dash.rules == info
        assert dt.render_message(dash.rules.label, core.Language.EN) == "rules: th v2, 2026-12-01"

        with pytest.raises(core.AppError.RulePackRefused) as e:
            await store.install_rule_pack(data, datetime.date(2026, 12, 1))
        assert e.value.reason == core.PackProblem.NOT_NEWER(installed=2, offered=2)
        with pytest.raises(core.AppError.Validation):
            await store.configure_rule_packs(core.PackTrust(set_id="th", public_keys=["ed25519:00"]), datetime.date(2026, 12, 1))
        await store.close_store()

        store = await dt.open_store(path, dt.Unlock.PASSPHRASE(PASS))
        assert (await store.rules_info()).origin == core.RulesOrigin.BUNDLED
        assert (await store.configure_rule_packs(trust, datetime.date(2026, 12, 1))).in_use
        assert (await store.rules_info()).version == 2
        await store.close_store()

    asyncio.run(main())


def test_a_pack_that_moves_a_deadline_notices_exactly_the_worker_it_moves(tmp_path):
    data, trust = build_pack(tmp_path, move_deadline=True)
    today = datetime.date(2026, 1, 15)
    entered = datetime.date(2025, 12, 1)

    async def main():
        store = await dt.create_store(str(tmp_path / "s.doctrack"), dt.Unlock.PASSPHRASE(PASS))
        people = {}
        for name, nationality, language in (("Ma Hla (TEST)", "MM", core.Language.MY),
                                            ("Sok Dara (TEST)", "KH", core.Language.KM)):
            person = await store.register_person(
                core.PersonDraft(display_name=name, nationality=nationality, language=language,
                                 cohort="cr:2025-11-11", works_on_fishing_vessel=True),
                entered,
            )
            await store.record_document(
                core.NewDocument(holder=person.id, kind=core.DocumentKind.WORK_PERMIT(),
                                 number="TEST-WP", issuing_country="TH", issuing_authority=None,
                                 issued_on=datetime.date(2024, 2, 24),
                                 expires_on=datetime.date(2026, 2, 24), employer=None, links=[],
                                 notes=""),
                entered,
            )
            people[nationality] = person.id
        await store.configure_rule_packs(trust, today)
        change = await store.install_rule_pack(data, today)
        assert change.rules.version == 2
        # Only the Myanmar worker: the resolution does not cover Cambodians.
        [notice] = change.notices
        assert notice.person == people["MM"]
        assert any("\u1000" <= c <= "\u109f" for c in notice.text), notice.text
        assert notice.notice.change == core.NoticeChange.DATE(
            date_kind="deadline", before=datetime.date(2026, 3, 31), after=datetime.date(2026, 6, 30))
        assert await store.notices(people["KH"]) == []
        assert [n.id for n in await store.notices(None)] == [notice.id]

        sync = await store.sync_reminders(today, datetime.date(2026, 2, 15), core.ReminderOptions())
        [reminder] = sync.notices
        assert "2026" not in reminder.lock_screen_text
        await store.mark_notice_read(notice.id, today)
        assert (await store.notices(None))[0].read
        await store.close_store()

    asyncio.run(main())
