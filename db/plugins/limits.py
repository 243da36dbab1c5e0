"""Datasette plugin: SQLite's own limits on every connection Datasette opens, and a bound on a result.

Anyone who can open the site can run SQL. Datasette's time limit (``sql_time_limit_ms``, 5 s) is a
progress handler: SQLite calls it between virtual-machine instructions, never inside one. So what one
instruction can do is bounded here, by SQLite itself (``sqlite3.Connection.setlimit``):

- ``SQLITE_LIMIT_LENGTH``: no string, blob or row grows past ``MAX_VALUE_BYTES`` (2 MiB, three times
  the longest article text the crawl stores, 200,000 characters): ``printf('%.*c', 2000000000, 'a')``
  fails at once with "string or blob too big" instead of allocating 2 GB;
- ``SQLITE_LIMIT_LIKE_PATTERN_LENGTH``: a LIKE or GLOB pattern is at most ``MAX_PATTERN_BYTES``. One
  ``like`` call costs up to the text's length times the pattern's (200,000 characters against a
  5,000-character pattern: 1.6 s, in one instruction); at 500 bytes and 2 MiB it stays under a second;
- ``SQLITE_LIMIT_SQL_LENGTH``, ``SQLITE_LIMIT_EXPR_DEPTH``, ``SQLITE_LIMIT_FUNCTION_ARG``,
  ``SQLITE_LIMIT_COMPOUND_SELECT``: a query's text, nesting, arguments and UNIONs, far above what the
  site's own queries use.

``printf()`` (and its other name ``format()``) is replaced by one that refuses a width or precision
over ``MAX_VALUE_BYTES`` before SQLite's own printf runs (on a connection of its own): SQLite 3.40's
``%.Nc`` goes on repeating the character after the length limit is hit, returning NULL only at the end
(``printf('%.*c', 2000000000, 'a')``: 12.6 s and 2 GB in one instruction, limit or no limit).

And what a query returns: Datasette keeps up to ``max_returned_rows`` (1,000) rows in memory, each up
to 2 MiB. The rows are counted as they are fetched (the connection's row factory) and a query whose
rows pass ``MAX_RESULT_BYTES`` (64 MiB) fails with an error page instead.
"""

import re
import sqlite3
import threading
import weakref

from datasette import hookimpl

MAX_VALUE_BYTES = 2 * 2**20
MAX_PATTERN_BYTES = 500
MAX_RESULT_BYTES = 64 * 2**20
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: MAX_PATTERN_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 250,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 64,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 100,
}


class ResultTooLarge(sqlite3.DatabaseError):
    """A query's rows passed MAX_RESULT_BYTES (an SQLite error, so Datasette shows it as one)."""


@hookimpl
def prepare_connection(conn):
    set_limits(conn)
    for name in ("printf", "format"):
        conn.create_function(name, -1, bounded_printf, deterministic=True)
    conn.row_factory = BoundedRows(conn.row_factory or sqlite3.Row)


def set_limits(conn: sqlite3.Connection) -> None:
    """SQLite's limits of LIMITS on ``conn``."""
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)


# A printf conversion: flags, width, precision (a number, or * for the next argument), length, type.
_CONVERSION = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d*))?l{0,2}(.)", re.DOTALL)
_printf_connections = threading.local()


def bounded_printf(form, *args):
    """SQLite's ``printf(form, ...)``, refused (an SQL error) for a width or precision over MAX_VALUE_BYTES."""
    if isinstance(form, str):
        _check_sizes(form, args)
    conn = getattr(_printf_connections, "conn", None)
    if conn is None:
        conn = _printf_connections.conn = sqlite3.connect(":memory:", check_same_thread=False)
        set_limits(conn)
    marks = ", ".join("?" * (len(args) + 1))
    return conn.execute(f"select printf({marks})", (form, *args)).fetchone()[0]


def _check_sizes(form: str, args: tuple) -> None:
    """Every width and precision of ``form``, literal or taken from ``args``, at most MAX_VALUE_BYTES."""
    taken = 0
    for conversion in _CONVERSION.finditer(form):
        for size in conversion.group(1, 2):
            if size == "*":
                size, taken = _as_int(args[taken] if taken < len(args) else 0), taken + 1
            elif size:
                size = MAX_VALUE_BYTES + 1 if len(size) > 9 else int(size)
            if size and abs(size) > MAX_VALUE_BYTES:
                raise ValueError(f"printf(): a width or precision of {size:,}, more than {MAX_VALUE_BYTES:,}")
        if conversion.group(3) != "%":
            taken += 1


def _as_int(value) -> int:
    """A printf size argument as SQLite reads it: a number, or text that starts as one."""
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, (str, bytes)):
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        digits = re.match(r"\s*[-+]?\d{1,12}", text)
        return int(digits.group()) if digits else 0
    return 0


class BoundedRows:
    """A row factory that adds up the size of a cursor's rows and fails past MAX_RESULT_BYTES.

    Datasette reads one query's rows on one thread, with one cursor: the count starts again with each
    new cursor seen on the thread.
    """

    def __init__(self, make_row) -> None:
        self.make_row = make_row
        self.seen = threading.local()

    def __call__(self, cursor: sqlite3.Cursor, values: tuple):
        seen = self.seen
        if getattr(seen, "cursor", lambda: None)() is not cursor:
            seen.cursor, seen.bytes = weakref.ref(cursor), 0
        seen.bytes += sum(len(v) if isinstance(v, (str, bytes)) else 8 for v in values)
        if seen.bytes > MAX_RESULT_BYTES:
            seen.bytes = 0
            raise ResultTooLarge(
                f"the result is larger than {MAX_RESULT_BYTES // 2**20} MiB: ask for fewer rows or shorter values"
            )
        return self.make_row(cursor, values)
