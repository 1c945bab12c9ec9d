"""Sharing from Python: a share made through the bindings for a key the
doctrack CLI made is opened and imported by the CLI; refusals are typed."""

import asyncio
import datetime
import os
import pathlib
import subprocess

import pytest

import doctrack as dt
import doctrack_core as core

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
PASS = "correct horse battery staple"
TODAY = datetime.date(2026, 6, 1)


def cli(cwd, *args):
    env = dict(os.environ, NO_COLOR="1", DOCTRACK_TODAY="2026-06-01", DOCTRACK_LANG="en",
               DOCTRACK_PASS="a caseworker passphrase")
    out = subprocess.run([str(TARGET / "debug" / "doctrack"), *args], cwd=cwd, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_a_share_made_in_python_is_opened_and_imported_by_the_cli(tmp_path):
    cli(tmp_path, "share", "keygen", "--out", "ngo.key")
    key = next(l for l in (tmp_path / "ngo.key.pub").read_text().splitlines() if l.startswith("x25519:"))

    async def main():
        store = await dt.create_store(str(tmp_path / "w.doctrack"), dt.Unlock.PASSPHRASE(PASS))
        person = await store.register_person(core.PersonDraft(
            display_name="Ma Hnin (TEST)", nationality="MM", language=core.Language.MY,
            cohort="mou", works_on_fishing_vessel=False, province=None), TODAY)
        passport = await store.record_document(core.NewDocument(
            holder=person.id, kind=core.DocumentKind.PASSPORT(), number="TEST-MB000002",
            issuing_country="MM", issuing_authority=None, issued_on=datetime.date(2021, 1, 5),
            expires_on=datetime.date(2031, 1, 4), employer=None, links=[], notes=""), TODAY)
        request = core.ShareRequest(
            person=person.id, documents=[passport.document.id], history=False, photos=False,
            until=datetime.date(2026, 8, 31), recipient_name="Test NGO", recipient_key=key,
            form=core.ShareForm.QR_CODE)
        made = await store.create_share(request, TODAY)
        assert made.qr_text.startswith("DOCTRACK:")
        assert made.share.recipient_key == dt.share_key_fingerprint(key)
        (tmp_path / "p.txt").write_text(made.qr_text)
        matrix = dt.share_qr_matrix(made.qr_text)
        assert len(matrix.dark) == matrix.size * matrix.size

        with pytest.raises(core.AppError.ShareRefused) as e:
            request.until = datetime.date(2026, 5, 1)
            await store.create_share(request, TODAY)
        assert isinstance(e.value.reason, core.ShareProblem.BAD_UNTIL)
        shares = await store.shares_made()
        assert len(shares) == 1 and shares[0].share.documents == [passport.document.id]
        await store.close_store()

    asyncio.run(main())
    shown = cli(tmp_path, "share", "open", "p.txt", "--key", "ngo.key")
    assert "Ma Hnin (TEST)" in shown and "TEST-MB000002" in shown
    imported = cli(tmp_path, "share", "import", "p.txt", "--key", "ngo.key", "--store",
                   str(tmp_path / "caseload.doctrack"), "--create")
    assert "added" in imported
