"""Datasette plugin: a ``fold()`` SQL function for accent-insensitive SQL, bounded.

``select title from articles where fold(title) like '%da nang%'`` finds
"Đà Nẵng". (The articles search box needs no plugin: the search index holds a
folded copy of the text, see db/schema.py.) Loaded by ``python -m db serve``
through ``--plugins-dir``.

Anyone who can open the site can run SQL, and Datasette's time limit
(``sql_time_limit_ms``) interrupts SQLite between steps, never inside one call
of a Python function. So no call may be long:

- ``fold()`` refuses text over ``FOLD_MAX_CHARS`` characters: the query
  fails with SQLite's "user-defined function raised exception". An article
  body is at most 200,000 (the crawl's MAX_ARTICLE_CHARS); folding 250,000
  characters of Vietnamese takes 0.2-0.4 s on the development machine;
- ``fold()`` calls that follow each other on one thread (one query) fail once
  they have run for longer than the time limit, which Datasette itself only
  checks every 1,000 SQLite instructions (50 rows or more of fold() calls);
- every string or blob a query builds is at most 2 MiB (SQLite's SQLITE_LIMIT_LENGTH on Datasette's
  connections, set by ``limits.py`` beside this): no ``printf('%.*c', 300000000, 'x')`` of 300 MB,
  whatever function it goes to.
"""

import threading
import time

from datasette import hookimpl

from db.metadata import SETTINGS
from db.search import fold

FOLD_MAX_CHARS = 250_000
# Datasette checks its time limit every 1,000 SQLite instructions: a query calling fold() on every row
# may run 50 calls between two checks. So fold() keeps the limit itself: calls on one thread less than
# BURST_GAP apart are one query, and past the limit they fail.
TIME_LIMIT = SETTINGS["sql_time_limit_ms"] / 1000
BURST_GAP = 0.5
_burst = threading.local()


def bounded_fold(value):
    """``fold`` for SQL: an error for a value longer than FOLD_MAX_CHARS (characters, or bytes of a blob)."""
    if isinstance(value, (str, bytes)) and len(value) > FOLD_MAX_CHARS:
        raise ValueError(f"fold(): {len(value):,} characters, more than the {FOLD_MAX_CHARS:,} it accepts")
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    elif value is not None and not isinstance(value, str):
        value = str(value)  # a number
    now = time.perf_counter()
    if now - getattr(_burst, "last", 0.0) > BURST_GAP:
        _burst.start = now  # a new query, most likely
    elif now - _burst.start > TIME_LIMIT:
        _burst.last = 0.0  # the error ends the query: the next call starts afresh
        raise ValueError(f"fold(): the query has folded for more than {TIME_LIMIT:g} s")
    try:
        return fold(value)
    finally:
        _burst.last = time.perf_counter()


@hookimpl
def prepare_connection(conn):
    conn.create_function("fold", 1, bounded_fold, deterministic=True)
