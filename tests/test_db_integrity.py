"""A damaged or read-only database file is refused in one line, before anything is written to it.

Real files: a database truncated to half its size, one with 20 pages overwritten with random bytes
(size unchanged), one that cannot be written (``chmod 0444``; as root, which chmod does not stop,
``chattr +i``; and a read-only tmpfs mount where the tests may mount), each through ``open_db`` (what
a crawl's pipeline calls), ``python -m db serve`` and ``python -m db check``.
"""

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_db_serve_bounded import serving

from db import DatabaseDamagedError, DatabaseReadOnlyError, open_db
from db.sample import sample_article
from db.write import ensure_site, save_article

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> Path:
    """A checkpointed bulletins database of 150 generated articles (a few hundred pages)."""
    path = tmp_path_factory.mktemp("sound") / "bulletins.db"
    db = open_db(path)
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")
    for i in range(1, 151):
        save_article(db, *sample_article(i), "1.0")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def copy(sound: Path, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copy(sound, path)
    return path


@pytest.fixture
def truncated(sound, tmp_path) -> Path:
    path = copy(sound, tmp_path, "truncated.db")
    os.truncate(path, path.stat().st_size // 2)
    return path


@pytest.fixture
def overwritten(sound, tmp_path) -> Path:
    """20 pages (never page 1, the header and schema) overwritten with random bytes; same size."""
    path = copy(sound, tmp_path, "overwritten.db")
    size = path.stat().st_size
    rng = random.Random(20)
    with open(path, "r+b") as file:
        for page in rng.sample(range(1, size // PAGE), 20):
            file.seek(page * PAGE)
            file.write(rng.randbytes(PAGE))
    assert path.stat().st_size == size
    return path


def run_db(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "db", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def one_line(text: str) -> str:
    assert "Traceback" not in text, text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_open_db_refuses_a_damaged_file(request, damage):
    path = request.getfixturevalue(damage)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as caught:
        open_db(path)
    message = str(caught.value)
    assert message.startswith(f"{path} is damaged: ") and message.endswith(f"; run python -m db check {path}")
    assert "\n" not in message
    assert path.read_bytes() == before  # nothing written: no WAL switch, no migration


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_commands_refuse_a_damaged_file_in_one_line(request, damage):
    path = request.getfixturevalue(damage)
    done = run_db("stats", path)
    assert done.returncode == 2
    assert one_line(done.stderr).startswith(f"error: {path} is damaged: ")


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_serve_refuses_a_damaged_file(request, damage):
    """``db serve`` started as a server would be: it exits 2 with one line, and never listens."""
    path = request.getfixturevalue(damage)
    server = subprocess.Popen([sys.executable, "-m", "db", "serve", str(path), "--port", "0"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = server.communicate(timeout=120)
    finally:
        server.kill()
    assert server.returncode == 2, (out, err)
    line = one_line(err)
    assert line.startswith(f"error: {path} is damaged: ") and line.endswith(f"run python -m db check {path}")
    assert "running on" not in out + err


def test_check_lists_the_problems_and_how_to_recover(overwritten):
    done = run_db("check", overwritten)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{overwritten} is damaged: ") and "problem" in lines[0]
    assert lines[1].startswith("  Page ") or "malformed" in lines[1]
    assert f'sqlite3 {overwritten} ".recover" | sqlite3 ' in done.stdout
    assert "python -m db reparse " in done.stdout


def test_check_of_a_truncated_file(truncated):
    done = run_db("check", truncated)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{truncated} is damaged: ")


def test_check_of_a_sound_file_and_of_no_database(sound, tmp_path):
    done = run_db("check", sound)
    assert (done.returncode, done.stdout.strip()) == (0, f"{sound}: ok (PRAGMA integrity_check found no problem)")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    done = run_db("check", text)
    assert done.returncode == 2 and one_line(done.stderr).startswith(f"error: {text}: not a SQLite database")


def test_a_sound_file_opens_and_is_checked_each_time(sound, tmp_path, monkeypatch):
    import db as db_module

    calls = []
    real = db_module.quick_check
    monkeypatch.setattr(db_module, "quick_check", lambda conn, path: calls.append(path) or real(conn, path))
    path = copy(sound, tmp_path, "again.db")
    db = open_db(path)
    assert db.execute("select count(*) from articles").fetchone()[0] == 150
    db.close()
    assert calls == [path]


# --- read-only files -------------------------------------------------------------------------------


def make_read_only(path: Path) -> str:
    """Make ``path`` really unwritable for this process; how, or skip when it cannot be done here."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return "chmod"
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"root, and chattr +i is not supported here: {done.stderr.decode().strip()}")
    return "chattr"


def make_writable(path: Path, how: str) -> None:
    if how == "chattr":
        subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o644)


@pytest.fixture
def read_only(sound, tmp_path):
    path = copy(sound, tmp_path, "read-only.db")
    how = make_read_only(path)
    with pytest.raises(OSError):  # really read-only, for root too
        open(path, "r+b").close()
    yield path
    make_writable(path, how)


def test_open_db_refuses_a_read_only_file(read_only):
    with pytest.raises(DatabaseReadOnlyError) as caught:
        open_db(read_only)
    assert str(caught.value).startswith(f"{read_only} is read-only: ")
    assert "\n" not in str(caught.value)


def test_commands_that_write_refuse_a_read_only_file(read_only):
    done = run_db("reextract", read_only, "--quiet")
    assert done.returncode == 2
    assert one_line(done.stderr).startswith(f"error: {read_only} is read-only: ")


def test_a_read_only_file_is_served_as_it_is(read_only):
    import json
    import urllib.request

    with serving(read_only) as (base, output), \
            urllib.request.urlopen(f"{base}/read-only/sites.json?_shape=array", timeout=30) as answer:
        sites = [row["site"] for row in json.loads(answer.read())]
    assert "haiduong" in sites
    assert f"{read_only} is read-only: served as it is on disk (immutable)\n" in output


@pytest.fixture
def read_only_mount(sound, tmp_path):
    """The sound database on a tmpfs mounted read-only (root with the right to mount only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting needs root")
    mount = tmp_path / "mnt"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        shutil.copy(sound, mount / "bulletins.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "bulletins.db"
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_read_only_mount(read_only_mount):
    with pytest.raises(DatabaseReadOnlyError) as caught:
        open_db(read_only_mount)
    assert str(caught.value) == f"{read_only_mount} is read-only: Read-only file system"
    done = run_db("check", read_only_mount)
    assert done.returncode == 0, done.stdout + done.stderr


def test_past_the_size_bound_only_the_header_is_checked(overwritten, truncated, monkeypatch):
    """A file larger than QUICK_CHECK_MAX_BYTES opens without quick_check; a truncated one is still refused."""
    import db as db_module

    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    open_db(overwritten).close()
    with pytest.raises(DatabaseDamagedError, match=r"is damaged: truncated: [\d,]+ bytes where its header says"):
        open_db(truncated)
    assert run_db("check", overwritten).returncode == 1  # the full check has no bound
