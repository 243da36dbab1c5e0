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
- every string or blob a query builds is at most ``MAX_VALUE_BYTES``
  (SQLite's SQLITE_LIMIT_LENGTH on Datasette's connections): no
  ``printf('%.*c', 300000000, 'x')`` of 300 MB, whatever function it goes to.
"""

import sqlite3

from datasette import hookimpl

from db.search import fold

FOLD_MAX_CHARS = 250_000
MAX_VALUE_BYTES = 16 * 2**20


def bounded_fold(value):
    """``fold`` for SQL: an error for a value longer than FOLD_MAX_CHARS (characters, or bytes of a blob)."""
    if isinstance(value, (str, bytes)) and len(value) > FOLD_MAX_CHARS:
        raise ValueError(f"fold(): {len(value):,} characters, more than the {FOLD_MAX_CHARS:,} it accepts")
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    elif value is not None and not isinstance(value, str):
        value = str(value)  # a number
    return fold(value)


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.create_function("fold", 1, bounded_fold, deterministic=True)
