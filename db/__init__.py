"""SQLite storage of bulletin articles and their facts (see db/README.md).

    from db import open_db
    db = open_db("bulletins.db")   # creates or migrates the schema

Writing goes through ``db.write``; ``python -m db`` re-extracts, counts and serves.
"""

import sqlite3
from pathlib import Path

import sqlite_utils

from .search import fold
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = ["open_db", "open_existing", "migrate", "DatabaseFileError", "fold"]


class DatabaseFileError(Exception):
    """The file is missing, is not SQLite, or is not a bulletins database."""


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a bulletins database and bring its schema up to date.

    WAL mode lets Datasette read while a crawl writes; foreign keys are
    enforced on this connection. Raises ``DatabaseFileError`` for a file that
    is not SQLite or belongs to something else.
    """
    path = Path(path)
    try:
        db = sqlite_utils.Database(path)
        conn = db.conn
        # Wait for another writer (a crawl beside a re-extraction) instead of failing.
        conn.execute("PRAGMA busy_timeout = 30000")
        _check_ours(db, path)
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
    except sqlite3.DatabaseError as error:  # "file is not a database"
        raise DatabaseFileError(f"{path}: not a SQLite database ({error})") from None
    db.register_function(fold, deterministic=True)
    migrate(db)
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
    """Apply the migrations the file has not had yet, each in its own transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
