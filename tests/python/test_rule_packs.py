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


@pytest.fixture
def pack(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    meta = rules / "th" / "pack.toml"
    meta.write_text(re.sub(r"(?m)^version = \d+$", "version = 2", meta.read_text()))
    cli(tmp_path, "pack", "keygen", "--out", "ngo.key")
    cli(tmp_path, "pack", "build", "rules", "--key", "ngo.key", "--version", "2", "--out", "th-2.pack")
    public = next(l for l in (tmp_path / "ngo.key.pub").read_text().splitlines() if l.startswith("ed25519:"))
    return (tmp_path / "th-2.pack").read_bytes(), core.PackTrust(set_id="th", public_keys=[public])


def test_a_pack_is_installed_refusals_are_typed_and_the_dashboard_names_it(tmp_path, pack):
    data, trust = pack
    assert dt.check_rule_pack(data, trust).version == 2

    async def main():
        path = str(tmp_path / "s.doctrack")
        store = await dt.create_store(path, dt.Unlock.PASSPHRASE(PASS))
        status = await store.configure_rule_packs(trust)
        assert not status.in_use and status.highest_version == 0

        tampered = bytearray(data)
        tampered[len(tampered) // 2] ^= 1
        with pytest.raises(core.AppError.RulePackRefused) as e:
            await store.install_rule_pack(bytes(tampered))
        assert e.value.reason == core.PackProblem.BAD_SIGNATURE()

        info = await store.install_rule_pack(data)
        assert info.origin == core.RulesOrigin.PACK and info.version == 2
        dash = await store.dashboard(datetime.date(2026, 12, 1))
        assert dash.rules == info
        assert dt.render_message(dash.rules.label, core.Language.EN) == "rules: th v2, 2026-12-01"

        with pytest.raises(core.AppError.RulePackRefused) as e:
            await store.install_rule_pack(data)
        assert e.value.reason == core.PackProblem.NOT_NEWER(installed=2, offered=2)
        with pytest.raises(core.AppError.Validation):
            await store.configure_rule_packs(core.PackTrust(set_id="th", public_keys=["ed25519:00"]))
        await store.close_store()

        store = await dt.open_store(path, dt.Unlock.PASSPHRASE(PASS))
        assert (await store.rules_info()).origin == core.RulesOrigin.BUNDLED
        assert (await store.configure_rule_packs(trust)).in_use
        assert (await store.rules_info()).version == 2
        await store.close_store()

    asyncio.run(main())
