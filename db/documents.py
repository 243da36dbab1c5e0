"""The ``documents`` table: one row per legal document cited, kept in step with ``legal_refs``.

Every column is an aggregate over the document's citations (``AGGREGATES``).
``rebuild_documents`` computes them from scratch; ``update_documents`` keeps
them right after one article's citations change, at a cost that does not grow
with how often the document is cited elsewhere: counts change by difference,
minima and maxima widen to the new values, and only when the article held a
document's minimum (or maximum) and no longer gives that value is the column
recomputed by a scan of that document's citations. Tests check that both
always agree.
"""

from collections import Counter, defaultdict

import sqlite_utils

# documents column -> (aggregate, expression over legal_refs r JOIN articles a).
# When citations disagree on a description, the alphabetically first value
# wins: unlike "the most frequent", it can be maintained without a scan.
AGGREGATES = {
    "doc_type": ("min", "r.doc_type"),
    "year": ("min", "r.year"),
    "issued": ("min", "r.issued"),
    "issuer": ("min", "r.issuer"),
    "issuer_from_code": ("min", "r.issuer_from_code"),
    "first_cited": ("min", "substr(a.published, 1, 10)"),
    "last_cited": ("max", "substr(a.published, 1, 10)"),
}
# Per-citation values of AGGREGATES' columns, read from legal_refs alone (the
# citing day is the article's, passed separately).
REF_COLUMNS = ("doc_type", "year", "issued", "issuer", "issuer_from_code")


def citations_of(db: sqlite_utils.Database, article_id: int) -> list[tuple]:
    """The article's stored citations as (code, *REF_COLUMNS) tuples."""
    return db.conn.execute(
        f"SELECT code, {', '.join(REF_COLUMNS)} FROM legal_refs WHERE article = ? AND code IS NOT NULL",
        (article_id,),
    ).fetchall()


def update_documents(db: sqlite_utils.Database, old: list[tuple], new: list[tuple], old_day, new_day) -> None:
    """Apply one article's change of citations from ``old`` to ``new`` (``citations_of`` tuples).

    ``old_day`` and ``new_day`` are the article's publication date (ISO, or
    None) before and after. Runs inside the caller's transaction, after the
    new legal_refs rows are written.
    """
    old_values, new_values = _values(old, old_day), _values(new, new_day)
    old_count, new_count = Counter(r[0] for r in old), Counter(r[0] for r in new)
    codes = sorted(old_count.keys() | new_count.keys())
    _many(
        db,
        "UPDATE documents SET citations = citations + ?, articles_citing = articles_citing + ? "
        "WHERE code = ?",
        [(new_count[c] - old_count[c], (c in new_count) - (c in old_count), c) for c in codes],
    )
    for column, (aggregate, expression) in AGGREGATES.items():
        # Widen: min(current, new) / max(current, new); NULL on either side keeps the other.
        _many(
            db,
            f"UPDATE documents SET {column} = {aggregate}(coalesce({column}, :v), coalesce(:v, {column})) "
            "WHERE code = :code",
            [
                {"code": code, "v": values[0] if aggregate == "min" else values[-1]}
                for code, values in new_values[column].items()
            ],
        )
        # Shrink: a value this article no longer gives may have been the extreme.
        _many(
            db,
            f"UPDATE documents SET {column} = (SELECT {aggregate}({expression}) FROM legal_refs r "
            "JOIN articles a ON a.id = r.article WHERE r.code = documents.code) "
            f"WHERE code = :code AND {column} = :v",
            [
                {"code": code, "v": value}
                for code, values in old_values[column].items()
                for value in set(values) - set(new_values[column].get(code, ()))
            ],
        )
    _many(
        db,
        "DELETE FROM documents WHERE code = ? AND citations = 0",
        [(c,) for c in codes if c not in new_count],
    )


def _many(db, sql: str, rows: list) -> None:
    """executemany, skipped when there is nothing to do (preparing a statement costs too)."""
    if rows:
        db.conn.executemany(sql, rows)


def _values(citations: list[tuple], day) -> dict[str, dict[str, list]]:
    """column -> code -> sorted distinct non-null values the citations give."""
    values = defaultdict(lambda: defaultdict(set))
    for code, *ref_values in citations:
        for column, value in zip(REF_COLUMNS, ref_values):
            if value is not None:
                values[column][code].add(value)
        if day is not None:
            values["first_cited"][code].add(day)
            values["last_cited"][code].add(day)
    return {
        column: {code: sorted(v) for code, v in values[column].items()} for column in AGGREGATES
    }


def rebuild_documents(db: sqlite_utils.Database) -> None:
    """Recompute the whole table from ``legal_refs`` (a repair, and the reference for tests)."""
    columns = ", ".join(AGGREGATES)
    aggregates = ", ".join(f"{aggregate}({expression})" for aggregate, expression in AGGREGATES.values())
    db.conn.execute("UPDATE documents SET citations = 0")  # rows no longer cited go below
    db.conn.execute(
        f"""
        INSERT INTO documents (code, {columns}, articles_citing, citations)
        SELECT r.code, {aggregates}, count(DISTINCT r.article), count(*)
        FROM legal_refs r JOIN articles a ON a.id = r.article
        WHERE r.code IS NOT NULL
        GROUP BY r.code
        ON CONFLICT(code) DO UPDATE SET
            {", ".join(f"{c} = excluded.{c}" for c in (*AGGREGATES, "articles_citing", "citations"))}
        """
    )
    db.conn.execute("DELETE FROM documents WHERE citations = 0")
