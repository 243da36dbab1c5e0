"""Datasette plugin: a ``fold()`` SQL function for accent-insensitive SQL.

``select title from articles where fold(title) like '%da nang%'`` finds
"Đà Nẵng". (The articles search box needs no plugin: the search index holds a
folded copy of the text, see db/schema.py.) Loaded by ``python -m db serve``
through ``--plugins-dir``.
"""

from datasette import hookimpl

from db.search import fold


@hookimpl
def prepare_connection(conn):
    conn.create_function("fold", 1, fold, deterministic=True)
