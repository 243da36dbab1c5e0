"""SQLite storage of bulletin articles and their facts (see db/README.md).

    from db import open_db
    db = open_db("bulletins.db")   # creates or migrates the schema

Writing goes through ``db.write``; ``python -m db`` re-extracts, counts and serves.
"""

import errno
import os
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from .search import fold

__all__ = ["open_db", "open_existing", "open_read_only", "migrate", "quick_check", "integrity_check",
           "DatabaseFileError", "DatabaseLockedError", "DatabaseDamagedError", "DatabaseReadOnlyError", "fold"]

# PRAGMA quick_check stops after this many problems: a badly damaged file is refused as fast as a
# slightly damaged one (the cost is otherwise one read of every page; README, "Reliability").
QUICK_CHECK_MAX_ERRORS = 10
# Past this size only the header check is made when opening (quick_check reads every page: 1.4-1.8 s
# for 1.1 GB in the page cache, 5.2-5.5 s from disk here); ``python -m db check`` checks any size.
QUICK_CHECK_MAX_BYTES = 4 * 2**30
SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLite's page cache per connection, in KiB (a ceiling: pages are taken as they are read). With the 2 MB
# default each fact's index entries (currency/value, unit/value, code, document) land on pages read again
# from the file: save_article took 47.6, 104.1 and 133.4 s of CPU for the first, second and third 10,000
# articles, against 17.2, 34.6 and 33.0 s with 256 MiB (benchmarks/db_speed.py --write-only --cache-mib).
CACHE_KIB = 256 * 1024


class DatabaseFileError(Exception):
    """The file is missing, is not SQLite, or is not a bulletins database."""


class DatabaseLockedError(DatabaseFileError):
    """Another process kept the file locked longer than we wait."""


class DatabaseDamagedError(DatabaseFileError):
    """A SQLite file that SQLite finds damaged (truncated, overwritten pages): ``python -m db check`` says more."""


class DatabaseReadOnlyError(DatabaseFileError):
    """The file cannot be written (its permissions, an immutable attribute, a read-only mount)."""


def damaged(path: Path, detail: str) -> DatabaseDamagedError:
    """The one-line error for a damaged file, with the command that says more and how to recover."""
    return DatabaseDamagedError(f"{path} is damaged: {detail}; run python -m db check {path}")


def open_db(path: str | Path, *, timeout: float = 30.0, check: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a bulletins database and bring its schema up to date.

    WAL mode lets Datasette read while a crawl writes; foreign keys are
    enforced on this connection. Raises ``DatabaseFileError`` for a file that
    is not SQLite or belongs to something else, and ``DatabaseLockedError``
    when another process holds the file locked for ``timeout`` seconds.

    With ``check`` (the default: a crawl, ``db serve`` and every ``python -m db`` command open
    through here) an existing file must be writable (``DatabaseReadOnlyError``) and pass SQLite's
    ``PRAGMA quick_check`` (``DatabaseDamagedError``) before anything is written to it.

    Several processes may open one new file at once (a crawl's workers, a
    crawl and ``db serve``): one of them creates the schema, inside a write
    transaction; the others wait for its lock and find the schema made.
    """
    path = Path(path)
    if check:
        check_writable(path)
        check_header(path)
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return _open(path, timeout, check)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise _file_error(path, error) from None
            # Switching to WAL and the first read of a file being created are not always covered by
            # the busy timeout: wait and try again.
            if time.monotonic() >= deadline:
                raise DatabaseLockedError(
                    f"{path}: locked by another process for {timeout:g} s ({error}); "
                    "is a crawl or a re-extraction writing it? Try again when it ends."
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _open(path: Path, timeout: float, check: bool) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    try:
        conn = db.conn
        # Wait for another writer (a crawl beside a re-extraction) instead of failing.
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        _check_ours(db, path)
        if check:
            quick_check(conn, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        # In WAL mode NORMAL never corrupts the file; at worst a power cut loses
        # the last commits, which the next crawl writes again. It saves an
        # fsync per article.
        conn.execute("PRAGMA synchronous = NORMAL")
        # With NORMAL the only fsyncs left are at checkpoints, every 1000 pages
        # by default: with one commit per article they took half the wall time
        # of a crawl. Checkpoint every 10000 pages (40 MB of WAL) instead, and
        # cut the WAL file back to 64 MB after each.
        conn.execute("PRAGMA wal_autocheckpoint = 10000")
        conn.execute(f"PRAGMA journal_size_limit = {64 * 2**20}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.register_function(fold, deterministic=True)
        migrate(db)
    except sqlite3.OperationalError:
        db.close()
        raise  # locked: open_db waits and tries again
    except sqlite3.DatabaseError as error:  # "file is not a database", "database disk image is malformed"
        db.close()
        raise _file_error(path, error) from None
    except BaseException:
        db.close()
        raise
    return db


def open_existing(path: str | Path) -> sqlite_utils.Database:
    """``open_db`` for commands that read a database: a missing file is an error."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseFileError(f"{path}: no such database file")
    return open_db(path)


def open_read_only(path: str | Path, *, check: bool = True) -> sqlite_utils.Database:
    """A bulletins database opened for reading only, as it is on disk (SQLite's ``immutable``).

    For a file that cannot be written (a release on read-only media): nothing is migrated, so its
    schema must be the current one; with ``check``, it must pass ``PRAGMA quick_check``.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseFileError(f"{path}: no such database file")
    if check:
        check_header(path)
    db = sqlite_utils.Database(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True))
    try:
        _check_ours(db, path)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            raise DatabaseReadOnlyError(
                f"{path} is read-only: its schema (version {version}) needs an update to {SCHEMA_VERSION} "
                "that cannot be written; copy it somewhere writable"
            )
        if check:
            quick_check(db.conn, path)
        db.register_function(fold, deterministic=True)
    except sqlite3.DatabaseError as error:
        db.close()
        raise _file_error(path, error) from None
    except BaseException:
        db.close()
        raise
    return db


def check_writable(path: Path) -> None:
    """Refuse an existing file that this process cannot write, before SQLite opens it read-only
    without a word and the first write fails later (a crawl would fetch pages it cannot store).

    The test is the one SQLite makes, opening the file for writing: it fails for permissions, an
    immutable attribute (``chattr +i``, which even root cannot write) and a read-only mount alike.
    """
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return  # a new database: created by SQLite (a read-only folder fails there, one line too)
    except IsADirectoryError:
        raise DatabaseFileError(f"{path}: a folder, not a database file") from None
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise DatabaseReadOnlyError(f"{path} is read-only: {error.strerror}") from None
        raise DatabaseFileError(f"{path}: cannot open the database ({error.strerror})") from None
    os.close(fd)


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check``, stopped after QUICK_CHECK_MAX_ERRORS problems: ``DatabaseDamagedError`` if any.

    It reads every page once and checks the b-trees' structure, free list and record formats, but
    not that indexes match their tables (``integrity_check`` does, in ``python -m db check``). A file
    larger than QUICK_CHECK_MAX_BYTES is not checked here: it has had ``check_header`` only.
    """
    if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    try:
        problems = [row[0] for row in conn.execute(f"PRAGMA quick_check({QUICK_CHECK_MAX_ERRORS})")]
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise
        raise damaged(path, str(error)) from None
    if problems != ["ok"]:
        raise damaged(path, summary(problems))


def check_header(path: Path) -> None:
    """Refuse a file shorter than its header says (a copy cut short, a full disk): 100 bytes read."""
    detail = truncation(path)
    if detail:
        raise damaged(path, detail)


def truncation(path: Path) -> str | None:
    """How a file is shorter than its header says, or None (also when that cannot be told).

    SQLite keeps the page count in the header (valid when the "version-valid-for" number equals the change
    counter). With a write-ahead log holding frames, pages may still be in the log: nothing is told then.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    try:
        with open(path, "rb") as file:
            header = file.read(100)
    except (FileNotFoundError, IsADirectoryError):
        return None  # a new database; a folder: SQLite's own error says so
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None  # empty (new), or not SQLite: SQLite's own error says so
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = int.from_bytes(header[24:28], "big"), int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    size = path.stat().st_size
    if pages and change_counter == valid_for and size < pages * page_size:
        return f"truncated: {size:,} bytes where its header says {pages * page_size:,}"
    return None


def integrity_check(conn: sqlite3.Connection, max_errors: int = 100) -> list[str]:
    """The problems ``PRAGMA integrity_check`` finds (at most ``max_errors``), one a line; none: ``[]``."""
    rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({max_errors})")]
    if rows == ["ok"]:
        return []
    return [line for row in rows for line in row.splitlines() if line and not line.startswith("*** in database")]


def summary(problems: list[str]) -> str:
    """The first problem SQLite reported, and how many more there are, on one line."""
    lines = [line for row in problems for line in row.splitlines() if line and not line.startswith("*** in database")]
    if not lines:
        return "SQLite's check failed"
    more = f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else ""
    return lines[0] + more


def _file_error(path: Path, error: sqlite3.Error) -> DatabaseFileError:
    """The one-line error for an SQLite failure to open ``path``: read-only, damaged, not SQLite, other."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF  # the primary result code
    if code == sqlite3.SQLITE_READONLY or "readonly" in str(error):
        return DatabaseReadOnlyError(f"{path} is read-only: {error}")
    if code == sqlite3.SQLITE_CORRUPT or (code == sqlite3.SQLITE_NOTADB and _has_sqlite_header(path)):
        return damaged(path, str(error))
    if code == sqlite3.SQLITE_NOTADB:
        return DatabaseFileError(f"{path}: not a SQLite database ({error})")
    return DatabaseFileError(f"{path}: cannot open the database ({error})")


def _has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (its damage is then further in)."""
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _check_ours(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a SQLite file that another application made (or a newer schema)."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == 0 and db.table_names():
        raise DatabaseFileError(
            f"{path}: a SQLite database, but not a bulletins database "
            f"(it has tables {', '.join(db.table_names()[:5])}, none of ours)"
        )
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseFileError(
            f"{path}: a SQLite database of another application (application_id {app_id:#x})"
        )
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DatabaseFileError(
            f"{path}: schema version {version} is newer than this code knows "
            f"({SCHEMA_VERSION}); update the project"
        )


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the migrations the file has not had yet, in one write transaction.

    The version is read again once the write lock is held: of several processes opening a new file
    at once, the first migrates and the others, waiting on its lock, then find nothing to do.
    """
    if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            with db.atomic():  # a savepoint per migration
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
