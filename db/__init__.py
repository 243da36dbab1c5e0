"""SQLite storage of bulletin articles and their facts (see db/README.md).

    from db import open_db
    db = open_db("bulletins.db")   # creates or migrates the schema

Writing goes through ``db.write``; ``python -m db`` re-extracts, counts and serves.
"""

import sqlite3
import time
from pathlib import Path

import sqlite_utils

from .search import fold
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = ["open_db", "open_existing", "migrate", "DatabaseFileError", "DatabaseLockedError", "fold"]


class DatabaseFileError(Exception):
    """The file is missing, is not SQLite, or is not a bulletins database."""


class DatabaseLockedError(DatabaseFileError):
    """Another process kept the file locked longer than we wait."""


def open_db(path: str | Path, *, timeout: float = 30.0) -> sqlite_utils.Database:
    """Open (creating if needed) a bulletins database and bring its schema up to date.

    WAL mode lets Datasette read while a crawl writes; foreign keys are
    enforced on this connection. Raises ``DatabaseFileError`` for a file that
    is not SQLite or belongs to something else, and ``DatabaseLockedError``
    when another process holds the file locked for ``timeout`` seconds.

    Several processes may open one new file at once (a crawl's workers, a
    crawl and ``db serve``): one of them creates the schema, inside a write
    transaction; the others wait for its lock and find the schema made.
    """
    path = Path(path)
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return _open(path, timeout)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise DatabaseFileError(f"{path}: cannot open the database ({error})") from None
            # Switching to WAL and the first read of a file being created are not always covered by
            # the busy timeout: wait and try again.
            if time.monotonic() >= deadline:
                raise DatabaseLockedError(
                    f"{path}: locked by another process for {timeout:g} s ({error}); "
                    "is a crawl or a re-extraction writing it? Try again when it ends."
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _open(path: Path, timeout: float) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    try:
        conn = db.conn
        # Wait for another writer (a crawl beside a re-extraction) instead of failing.
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        _check_ours(db, path)
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
        db.register_function(fold, deterministic=True)
        migrate(db)
    except sqlite3.OperationalError:
        db.close()
        raise  # locked: open_db waits and tries again
    except sqlite3.DatabaseError as error:  # "file is not a database"
        db.close()
        raise DatabaseFileError(f"{path}: not a SQLite database ({error})") from None
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
