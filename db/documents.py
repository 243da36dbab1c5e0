"""The ``documents`` table: one row per legal document cited, kept in step with ``legal_refs``.

A document is keyed by ``document_key``: a central symbol (1288/QĐ-TTg: the Prime Minister) is one
document nationwide, while a local symbol (1163/QĐ-UBND: a province's People's Committee) is one
document per issuing province, taken to be the province of the citing site: "1163/QĐ-UBND (Hải Dương)"
and "1163/QĐ-UBND (Bắc Giang)" are two decisions. Which issuer codes are central or local is data
(``issuers.toml``), not code.

Every column is an aggregate over the document's citations (``AGGREGATES``).
``rebuild_documents`` computes them from scratch; ``update_documents`` keeps
them right after one article's citations change, at a cost that does not grow
with how often the document is cited elsewhere: counts change by difference,
minima and maxima widen to the new values, and only when the article held a
document's minimum (or maximum) and no longer gives that value is the column
recomputed by a scan of that document's citations. Tests check that both
always agree.
"""

import re
import tomllib
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from .search import fold

ISSUERS_FILE = Path(__file__).with_name("issuers.toml")

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


@lru_cache(maxsize=1)
def issuer_scopes() -> dict[str, str]:
    """Folded issuer code -> "central" or "local", from ``issuers.toml``."""
    data = tomllib.loads(ISSUERS_FILE.read_text(encoding="utf-8"))
    return {fold(code): scope for scope in ("central", "local") for code in data[scope]}


@lru_cache(maxsize=65536)
def scope_of(code: str) -> str:
    """"central" when the symbol's issuer codes are all central ones, else "local".

    Every part of the symbol between "/" and "-" is looked up (1288/QĐ-TTg: 1288, QĐ, TTg), so the
    issuer is found wherever the symbol's kind puts it (4567/UBND-KT, 15-NQ/ĐUB). Unknown codes count
    as local: splitting one document in two is the smaller error.
    """
    scopes = issuer_scopes()
    found = {scopes.get(fold(part)) for part in re.split(r"[-/.]", code)} - {None}
    return "central" if found == {"central"} else "local"


def document_key(code: str, province: str | None) -> tuple[str, str, str | None]:
    """(document key, scope, issuing province) of a symbol cited by a site of ``province``.

    Central: the code itself. Local: "code (province)"; with no known province, the code alone.
    """
    scope = scope_of(code)
    if scope == "central" or not province:
        return code, scope, None
    return f"{code} ({province})", scope, province


def citations_of(db: sqlite_utils.Database, article_id: int) -> list[tuple]:
    """The article's stored citations as (document, *REF_COLUMNS) tuples."""
    return db.conn.execute(
        f"SELECT document, {', '.join(REF_COLUMNS)} FROM legal_refs WHERE article = ? AND document IS NOT NULL",
        (article_id,),
    ).fetchall()


def update_documents(db: sqlite_utils.Database, old: list[tuple], new: list[tuple], old_day, new_day) -> None:
    """Apply one article's change of citations from ``old`` to ``new`` (``citations_of`` tuples).

    The documents cited must exist (``ensure_documents``).

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
        "WHERE document = ?",
        [(new_count[c] - old_count[c], (c in new_count) - (c in old_count), c) for c in codes],
    )
    for column, (aggregate, expression) in AGGREGATES.items():
        # Widen: min(current, new) / max(current, new); NULL on either side keeps the other.
        _many(
            db,
            f"UPDATE documents SET {column} = {aggregate}(coalesce({column}, :v), coalesce(:v, {column})) "
            "WHERE document = :code",
            [
                {"code": code, "v": values[0] if aggregate == "min" else values[-1]}
                for code, values in new_values[column].items()
            ],
        )
        # Shrink: a value this article no longer gives may have been the extreme.
        _many(
            db,
            f"UPDATE documents SET {column} = (SELECT {aggregate}({expression}) FROM legal_refs r "
            "JOIN articles a ON a.id = r.article WHERE r.document = documents.document) "
            f"WHERE document = :code AND {column} = :v",
            [
                {"code": code, "v": value}
                for code, values in old_values[column].items()
                for value in set(values) - set(new_values[column].get(code, ()))
            ],
        )
    _many(
        db,
        "DELETE FROM documents WHERE document = ? AND citations = 0",
        [(c,) for c in codes if c not in new_count],
    )


def _many(db, sql: str, rows: list) -> None:
    """executemany, skipped when there is nothing to do (preparing a statement costs too)."""
    if rows:
        db.conn.executemany(sql, rows)


def _values(citations: list[tuple], day) -> dict[str, dict[str, list]]:
    """column -> code -> sorted distinct non-null values the citations give."""
    values: defaultdict[str, defaultdict[str, set]] = defaultdict(lambda: defaultdict(set))
    for code, *ref_values in citations:
        for column, value in zip(REF_COLUMNS, ref_values, strict=True):
            if value is not None:
                values[column][code].add(value)
        if day is not None:
            values["first_cited"][code].add(day)
            values["last_cited"][code].add(day)
    return {
        column: {code: sorted(v) for code, v in values[column].items()} for column in AGGREGATES
    }


def ensure_documents(db: sqlite_utils.Database, keys) -> None:
    """Insert an empty row for each (document, code, scope, province) not in ``documents`` yet."""
    _many(
        db,
        "INSERT OR IGNORE INTO documents (document, code, scope, province, articles_citing, citations) "
        "VALUES (?, ?, ?, ?, 0, 0)",
        [(document, code, scope, province) for document, code, scope, province in keys],
    )


def rebuild_documents(db: sqlite_utils.Database) -> None:
    """Recompute the whole table from ``legal_refs`` (a repair, and the reference for tests).

    Each citation's document key is recomputed too, from its code and its site's province.
    """
    rows = db.conn.execute(
        "SELECT r.rowid, r.code, s.province FROM legal_refs r JOIN articles a ON a.id = r.article "
        "LEFT JOIN sites s ON s.site = a.site WHERE r.code IS NOT NULL"
    ).fetchall()
    keyed = [(rowid, code, *document_key(code, province)) for rowid, code, province in rows]
    ensure_documents(db, {(key, code, scope, prov) for _, code, key, scope, prov in keyed})
    _many(db, "UPDATE legal_refs SET document = ? WHERE rowid = ? AND document IS NOT ?",
          [(key, rowid, key) for rowid, _, key, _, _ in keyed])
    columns = ", ".join(AGGREGATES)
    aggregates = ", ".join(f"{aggregate}({expression})" for aggregate, expression in AGGREGATES.values())
    db.conn.execute("UPDATE documents SET citations = 0")  # rows no longer cited go below
    db.conn.execute(
        f"""
        INSERT INTO documents (document, code, {columns}, articles_citing, citations)
        SELECT r.document, min(r.code), {aggregates}, count(DISTINCT r.article), count(*)
        FROM legal_refs r JOIN articles a ON a.id = r.article
        WHERE r.document IS NOT NULL
        GROUP BY r.document
        ON CONFLICT(document) DO UPDATE SET
            {", ".join(f"{c} = excluded.{c}" for c in (*AGGREGATES, "articles_citing", "citations"))}
        """
    )
    db.conn.execute("DELETE FROM documents WHERE citations = 0")
