"""``python -m db check FILE``: SQLite's full integrity check, and what to do with a damaged file.

Opening a database (a crawl, ``db serve``, every other command) runs the cheaper ``PRAGMA quick_check``
and refuses a damaged file in one line that points here. This command runs ``PRAGMA integrity_check``
(which also checks that every index matches its table) on the file as it is, read-only, and prints the
problems and the ways to recover.
"""

import sqlite3
import sys
from pathlib import Path

from . import SQLITE_MAGIC, integrity_check, truncation

MAX_PROBLEMS = 100  # integrity_check stops after this many
SHOWN = 10  # problems printed


def check(path: Path) -> int:
    """Check ``path`` and print the verdict: exit status 0 sound, 1 damaged, 2 not a database at all."""
    if not path.is_file():
        print(f"error: {path}: no such database file", file=sys.stderr)
        return 2
    if not _starts_as_sqlite(path):
        print(f"error: {path}: not a SQLite database (it does not start with the SQLite header)", file=sys.stderr)
        return 2
    try:
        conn = _connect(path)
        try:
            problems = _problems(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        problems = [str(error)]  # too damaged to be checked at all (a truncated file, a broken page 1)
    cut = truncation(path)
    if cut:
        problems.insert(0, f"the file is {cut}")
    if not problems:
        print(f"{path}: ok (PRAGMA integrity_check found no problem)")
        return 0
    more = "at least " if len(problems) >= MAX_PROBLEMS else ""
    print(f"{path} is damaged: {more}{len(problems)} problem{'s' if len(problems) > 1 else ''} found by SQLite:")
    for problem in problems[:SHOWN]:
        print(f"  {problem}")
    if len(problems) > SHOWN:
        print(f"  ... and {len(problems) - SHOWN} more")
    print(recovery(path))
    return 1


def _problems(conn: sqlite3.Connection) -> list[str]:
    """What ``integrity_check`` finds. On a badly damaged file it can stop with "malformed" past a few
    dozen problems, before reporting any: asked for fewer, it lists them, and the error is added."""
    limit, stopped = MAX_PROBLEMS, None
    while True:
        try:
            problems = integrity_check(conn, limit)
        except sqlite3.DatabaseError as error:
            stopped = f"integrity_check stopped: {error}"
            if limit == 1:
                return [stopped]
            limit //= 2
            continue
        return problems + ([stopped] if stopped else [])


def recovery(path: Path) -> str:
    """How to get the data back, best first."""
    new = path.with_name(f"{path.stem}-recovered{path.suffix or '.db'}")
    return f"""To recover (the damaged file is left as it is; keep it until the new one checks ok):
  1. copy what SQLite can still read into a new file, and check it:
       sqlite3 {path} ".recover" | sqlite3 {new}
       python -m db check {new}
     (.recover needs a sqlite3 shell built with the sqlite_dbpage table, as sqlite.org's are; where it
     says "SQL logic error", sqlite3 {path} .dump | sqlite3 {new} saves the tables it can still read)
  2. re-read every page whose WARC record the new file still names, with the current parsers and extractor:
       python -m db reparse {new} [--warc-dir DIR]
  3. articles whose rows were lost come back by crawling again into {new} (the WARC files keep the pages,
     not an index of them)."""


def _connect(path: Path) -> sqlite3.Connection:
    """The file read-only, its write-ahead log included; as it is on disk when the log cannot be read
    (a read-only folder or mount)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def _starts_as_sqlite(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
