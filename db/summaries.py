"""Summary tables: money, counts, citations and articles per site, year and currency/unit/document.

At a million articles (ten million facts) every canned query, map and chart that grouped the fact
tables joined to articles and sites took seconds to minutes. These tables hold the same groups,
kept up to date by the write path (``db.write.save_article`` and ``replace_facts``, which the crawl,
the ingest and the re-extraction all go through), so the views group a few thousand rows instead.
Province (as published and since 2025) is a property of the site: join ``sites`` for it (63 rows).

Kept by delta, per article: before its facts change, its old contribution is subtracted (under the
site and year it had); after, its new one is added. ``rebuild`` recomputes them from the facts, and
``differences`` says where they and a GROUP BY over the facts disagree (tests, integrity checks).

Sums are honest: they add only figures that are no part of a total (``part_of``), no per-unit rate
(``per``) and, where the column exists, no restatement of an amount already counted (``restates``).
"""

import sqlite3

# Table -> (key columns, value columns). Keys may be NULL (an article without site or year, a money
# fact without currency): rows are found with IS, never =, and kept unique by this module.
SUMMARIES = {
    "money_totals": (("site", "year", "currency"),
                     ("facts", "amounts", "parts_left_out", "rates_left_out", "articles", "total", "valued")),
    "count_totals": (("site", "year", "unit"),
                     ("facts", "counts", "parts_left_out", "articles", "total", "valued")),
    "citation_totals": (("site", "year", "document"), ("citations", "articles")),
    "article_totals": (("site", "year"), ("articles",)),
}  # fmt: skip

_KEY_TYPES = {"site": "TEXT", "year": "INTEGER", "currency": "TEXT", "unit": "TEXT", "document": "TEXT"}


def create(conn: sqlite3.Connection) -> None:
    """Create the summary tables (STRICT, explicit types) and their key indexes."""
    for table, (keys, values) in SUMMARIES.items():
        columns = [f'"{k}" {_KEY_TYPES[k]}' for k in keys] + [f'"{v}" INTEGER NOT NULL' for v in values]
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(columns)}) STRICT")
        # Not UNIQUE: NULLs are distinct in a unique index; this module keeps the keys unique itself.
        conn.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_key ON {table} ({', '.join(keys)})")
    # The dashboard and canned queries filter on year and on the currency/unit across sites.
    conn.execute("CREATE INDEX IF NOT EXISTS idx_money_totals_currency ON money_totals (currency, year)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_count_totals_unit ON count_totals (unit, year)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_citation_totals_document ON citation_totals (document)")


def honest(conn: sqlite3.Connection, table: str = "money", alias: str = "") -> str:
    """SQL condition for the rows a sum may add, for the columns ``table`` has today.

    ``restates`` is added by another branch's migration: tolerated when it is missing.
    """
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    prefix = f"{alias}." if alias else ""
    parts = [f"{prefix}{c} IS NULL" for c in ("part_of", "per", "restates") if c in columns]
    return " AND ".join(parts) or "1"


_SQL_CACHE: dict[tuple, dict[str, str]] = {}


def _groups_sql(conn: sqlite3.Connection, where: str) -> dict[str, str]:
    """SELECTs giving each summary's (keys..., values...) over the fact rows matching ``where``.

    ``where`` filters ``f`` (the fact table) and ``a`` (articles); site and year come from ``a``.
    Cached per schema version: the write path asks for them twice per article.
    """
    key = (where, conn.execute("PRAGMA schema_version").fetchone()[0], id(conn))
    if key not in _SQL_CACHE:
        if len(_SQL_CACHE) > 64:
            _SQL_CACHE.clear()
        _SQL_CACHE[key] = _build_groups_sql(conn, where)
    return _SQL_CACHE[key]


def _build_groups_sql(conn: sqlite3.Connection, where: str) -> dict[str, str]:
    ok_money, ok_counts = honest(conn, "money", "f"), honest(conn, "counts", "f")
    return {
        "money_totals": f"""SELECT a.site, a.year, f.currency, count(*),
  count(*) FILTER (WHERE {ok_money}), count(*) FILTER (WHERE f.part_of IS NOT NULL),
  count(*) FILTER (WHERE f.per IS NOT NULL AND f.part_of IS NULL), count(DISTINCT f.article),
  coalesce(sum(f.value) FILTER (WHERE {ok_money}), 0), count(f.value) FILTER (WHERE {ok_money})
FROM money f JOIN articles a ON a.id = f.article WHERE {where} GROUP BY a.site, a.year, f.currency""",
        "count_totals": f"""SELECT a.site, a.year, f.unit, count(*),
  count(*) FILTER (WHERE {ok_counts}), count(*) FILTER (WHERE f.part_of IS NOT NULL),
  count(DISTINCT f.article),
  coalesce(sum(f.value) FILTER (WHERE {ok_counts}), 0), count(f.value) FILTER (WHERE {ok_counts})
FROM counts f JOIN articles a ON a.id = f.article WHERE {where} GROUP BY a.site, a.year, f.unit""",
        "citation_totals": f"""SELECT a.site, a.year, f.document, count(*), count(DISTINCT f.article)
FROM legal_refs f JOIN articles a ON a.id = f.article WHERE {where} GROUP BY a.site, a.year, f.document""",
    }


def _add(conn: sqlite3.Connection, table: str, rows, sign: int) -> None:
    """Add (sign 1) or subtract (sign -1) ``rows`` (keys..., values...) into ``table``."""
    keys, values = SUMMARIES[table]
    insert = f"INSERT INTO {table} VALUES ({', '.join('?' * (len(keys) + len(values)))})"
    for row in rows:
        key, value = tuple(row[: len(keys)]), [sign * v for v in row[len(keys):]]
        # "=" where the key has a value (the index is searched for certain), "IS" for a NULL key.
        where = " AND ".join(f'"{k}" IS ?' if v is None else f'"{k}" = ?' for k, v in zip(keys, key, strict=True))
        update = f"UPDATE {table} SET " + ", ".join(f'"{v}" = "{v}" + ?' for v in values) + f" WHERE {where}"
        if conn.execute(update, (*value, *key)).rowcount == 0:
            conn.execute(insert, (*key, *value))
        elif sign < 0:
            # A group no article contributes to any more goes (else the map and charts show zeros).
            conn.execute(f'DELETE FROM {table} WHERE {where} AND "{values[0]}" = 0', key)


def facts_of(conn: sqlite3.Connection, article_id: int, place: tuple | None = None) -> dict[str, list]:
    """The article's contribution to each fact summary; ``place`` = (site, year) overrides its row's."""
    contribution = {}
    for table, sql in _groups_sql(conn, "f.article = ?").items():
        rows = conn.execute(sql, (article_id,)).fetchall()
        if place is not None:
            rows = [(*place, *row[2:]) for row in rows]
        contribution[table] = rows
    return contribution


def remove_facts(conn, article_id: int, place: tuple | None = None) -> None:
    """Subtract the article's facts as stored now (before they are replaced or deleted)."""
    for table, rows in facts_of(conn, article_id, place).items():
        _add(conn, table, rows, -1)


def add_facts(conn, article_id: int) -> None:
    """Add the article's facts as stored now (after they were written)."""
    for table, rows in facts_of(conn, article_id).items():
        _add(conn, table, rows, 1)


def move_article(conn, old_place: tuple | None, new_place: tuple | None) -> None:
    """article_totals: an article left (site, year) ``old_place`` (None: new) for ``new_place``."""
    if old_place == new_place:
        return
    if old_place is not None:
        _add(conn, "article_totals", [(*old_place, 1)], -1)
    if new_place is not None:
        _add(conn, "article_totals", [(*new_place, 1)], 1)


def forget_article(conn, article_id: int) -> None:
    """Subtract an article and its facts: call before deleting it (and its facts)."""
    row = conn.execute("SELECT site, year FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return
    remove_facts(conn, article_id, tuple(row))
    move_article(conn, tuple(row), None)


def grouped(conn: sqlite3.Connection) -> dict[str, set[tuple]]:
    """Each summary as a GROUP BY over the facts computes it now (what the tables must hold)."""
    result = {table: set(conn.execute(sql).fetchall()) for table, sql in _groups_sql(conn, "1").items()}
    result["article_totals"] = set(conn.execute("SELECT site, year, count(*) FROM articles GROUP BY site, year"))
    return result


def stored(conn: sqlite3.Connection) -> dict[str, set[tuple]]:
    """Each summary table's rows."""
    return {table: set(conn.execute(f"SELECT * FROM {table}")) for table in SUMMARIES}


def differences(conn: sqlite3.Connection) -> dict[str, tuple[set, set]]:
    """Table -> (rows only in the table, rows only in the GROUP BY), for tables that disagree."""
    want, have = grouped(conn), stored(conn)
    return {t: (have[t] - want[t], want[t] - have[t]) for t in SUMMARIES if have[t] != want[t]}


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute every summary from the facts (migration, bulk loads, repair). In the caller's transaction."""
    create(conn)
    for table, sql in _groups_sql(conn, "1").items():
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} {sql}")
    conn.execute("DELETE FROM article_totals")
    conn.execute("INSERT INTO article_totals SELECT site, year, count(*) FROM articles GROUP BY site, year")


# ANALYZE reads at most this many rows per index (SQLite's analysis_limit): statistics good enough for
# the planner in well under a second at ten million facts, where a full ANALYZE takes minutes.
ANALYSIS_LIMIT = 2000


def refresh_statistics(conn: sqlite3.Connection) -> None:
    """Fresh planner statistics after a crawl, a re-extraction or a release.

    Without sqlite_stat1 the planner guessed wrong on the fact views (3.6 s for the unfiltered money
    view instead of 0.00 s; the filtered money chart 13.7 s instead of 0.23 s at 10^6 articles).
    A bounded ANALYZE the first time, then PRAGMA optimize (re-analyses only what changed a lot).
    """
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    has_stats = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    conn.execute("PRAGMA optimize" if has_stats else "ANALYZE")
