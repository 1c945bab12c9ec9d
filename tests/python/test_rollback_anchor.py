"""The rollback anchor from Python: a fake platform store remembers the
newest state of the store; an older copy of the whole file put back is
refused with AppError.RolledBack (docs/adr/0024)."""

import asyncio
import datetime
import shutil

import pytest

import doctrack as dt
import doctrack_core as core

PASS = "correct horse battery staple"
AS_OF = datetime.date(2026, 6, 1)


class MemoryAnchor(dt.RollbackAnchor):
    """Platform-protected storage (Keychain, Keystore preferences) in memory."""

    def __init__(self):
        self.value = None
        self.unavailable = False
        self.saves = 0

    def load(self):
        if self.unavailable:
            raise dt.AnchorError.Unavailable()
        return self.value

    def save(self, value):
        if self.unavailable:
            raise dt.AnchorError.Unavailable()
        self.value = bytes(value)
        self.saves += 1


def draft(name):
    return core.PersonDraft(
        display_name=name, nationality="MM", language=core.Language.MY, cohort="mou",
        works_on_fishing_vessel=True)


def run(coro):
    return asyncio.run(coro)


def store_and_old_copy(tmp_path, anchor):
    path = tmp_path / "store.doctrack"
    old = tmp_path / "old-copy.doctrack"

    async def go():
        store = await dt.create_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor)
        await store.register_person(draft("First Worker (TEST)"), AS_OF)
        await store.close_store()
        shutil.copyfile(path, old)
        store = await dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor)
        await store.register_person(draft("Second Worker (TEST)"), AS_OF)
        await store.close_store()

    run(go())
    return path, old


def put_back(path, old):
    shutil.copyfile(old, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def test_an_older_copy_is_rolled_back_with_the_anchor(tmp_path):
    anchor = MemoryAnchor()
    path, old = store_and_old_copy(tmp_path, anchor)
    put_back(path, old)
    with pytest.raises(core.AppError.RolledBack):
        run(dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor))

    async def accept():
        store = await dt.open_store(
            str(path), dt.Unlock.PASSPHRASE(PASS), anchor, accept_older_copy=True)
        n = len((await store.people()).items)
        await store.close_store()
        store = await dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor)
        m = len((await store.people()).items)
        await store.close_store()
        return n, m

    assert run(accept()) == (1, 1)


def test_without_the_anchor_an_older_copy_is_not_detected(tmp_path):
    anchor = MemoryAnchor()
    path, old = store_and_old_copy(tmp_path, anchor)
    put_back(path, old)

    async def go():
        store = await dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS))
        n = len((await store.people()).items)
        await store.close_store()
        return n

    assert run(go()) == 1


def test_an_unavailable_anchor_is_a_typed_error_and_writes_are_kept(tmp_path):
    anchor = MemoryAnchor()
    path, _ = store_and_old_copy(tmp_path, anchor)
    anchor.unavailable = True
    with pytest.raises(core.AppError.AnchorUnavailable):
        run(dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor))
    anchor.unavailable = False

    async def go():
        store = await dt.open_store(str(path), dt.Unlock.PASSPHRASE(PASS), anchor)
        anchor.unavailable = True
        await store.register_person(draft("Written Anyway (TEST)"), AS_OF)
        behind = await store.rollback_anchor_behind()
        anchor.unavailable = False
        await store.register_person(draft("Saved Again (TEST)"), AS_OF)
        caught_up = not await store.rollback_anchor_behind()
        n = len((await store.people()).items)
        await store.close_store()
        return behind, caught_up, n

    assert run(go()) == (True, True, 4)
    assert b"Worker" not in anchor.value
