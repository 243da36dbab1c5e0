"""Four processes creating one new database at once: one creates the schema, the others wait for it."""

import multiprocessing
import sqlite3

import pytest

from db import DatabaseLockedError, open_db
from db.schema import SCHEMA_VERSION


def open_and_write(path: str, start, index: int) -> str:
    start.wait()
    try:
        db = open_db(path)
        db.conn.execute("INSERT INTO sites (site, name, base_url) VALUES (?, ?, ?)", (f"s{index}", "n", "u"))
        db.conn.commit()
        db.close()
        return "ok"
    except Exception as error:  # reported to the test, which shows it
        return f"{type(error).__name__}: {error}"


def test_four_processes_create_one_database_at_once(tmp_path):
    context = multiprocessing.get_context("fork")
    failures = []
    with context.Pool(4) as pool:
        start = context.Manager().Event()
        for trial in range(40):
            path = str(tmp_path / f"new{trial}.db")
            start.clear()
            results = [pool.apply_async(open_and_write, (path, start, i)) for i in range(4)]
            start.set()
            outcomes = [r.get(timeout=120) for r in results]
            failures += [o for o in outcomes if o != "ok"]
            with sqlite3.connect(path) as conn:
                assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
                assert conn.execute("SELECT count(*) FROM sites").fetchone()[0] == 4
    assert failures == []


def test_a_real_lock_is_a_clear_message(tmp_path):
    path = tmp_path / "locked.db"  # a new file, which another process holds while it creates it
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="locked by another process"):
            open_db(path, timeout=0.5)
    finally:
        holder.rollback()
        holder.close()
