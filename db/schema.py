"""The database schema, in one place, and its migrations.

Every table is STRICT, so SQLite itself refuses a float in an INTEGER column or
text in a number column: the types written here are the types stored.

The schema version is SQLite's ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes
a database from version ``i`` to ``i + 1``. To change the schema, append a
function to ``MIGRATIONS`` (never edit a released one) and describe the new
columns in ``db/metadata.py``. ``PRAGMA application_id`` marks the file as
ours, so that ``python -m db`` refuses to "migrate" somebody else's database.
"""

import sqlite_utils

from .search import fold

APPLICATION_ID = 0x564E4255  # "VNBU"

# Fact type (as the extractor names it) -> table that stores it.
FACT_TABLES = {
    "money": "money",
    "legal_ref": "legal_refs",
    "count": "counts",
    "date": "dates",
    "period": "periods",
    "percent": "percents",
}
# Facts of any other type keep their fields as JSON here, so that a new
# extractor never loses data before the schema catches up.
OTHER_FACTS = "other_facts"
ALL_FACT_TABLES = (*FACT_TABLES.values(), OTHER_FACTS)

# Columns every fact table starts with. (article, field, start, end) is the
# primary key: it is the same on every re-extraction, so re-running the
# extractor over unchanged text rewrites identical rows, keys included.
FACT_COMMON = {
    "article": int,
    "field": str,  # "title" | "lead" | "body": start/end index that field
    "start": int,
    "end": int,
    "text": str,
}
FACT_TAIL = {"sentence": str, "extractor_version": str}
FACT_PK = ("article", "field", "start", "end")

# Per-type columns, in table order.
FACT_COLUMNS = {
    "money": {"value": int, "value_text": str, "currency": str, "qualifier": str},
    "legal_refs": {
        "code": str,
        "doc_type": str,
        "number": str,
        "year": int,
        "issued": str,
        "issuer": str,
        "issuer_from_code": str,
    },
    "counts": {"value": int, "unit": str},
    "dates": {"value": str},
    "periods": {"start_year": int, "end_year": int},
    "percents": {"value": str},
    OTHER_FACTS: {"type": str, "data": str},
}

# Columns filtered or joined on in the canned queries and facets.
FACT_INDEXES = {
    # Every index is written on each insert: only what the facets and canned
    # queries filter on. (Sorting a whole table by value needs none at this size.)
    "money": [["currency", "value"]],
    "legal_refs": [["code"], ["doc_type"]],
    "counts": [["unit", "value"]],
    "dates": [["value"]],
    "periods": [["start_year"]],
    "percents": [],
    OTHER_FACTS: [["type"]],
}


def fact_schema(table: str) -> dict:
    """Column name -> type of a fact table, in table order."""
    return {**FACT_COMMON, **FACT_COLUMNS[table], **FACT_TAIL}


def _v1_initial(db: sqlite_utils.Database) -> None:
    """Sites, articles, facts, cited documents, crawl errors, runs, search."""
    db["sites"].create(
        {"site": str, "name": str, "base_url": str}, pk="site", strict=True
    )
    db["articles"].create(
        {
            # An INTEGER PRIMARY KEY is the rowid, which VACUUM never renumbers:
            # the search index and every fact row point at it. The URL is the
            # natural key (UNIQUE below) that writers upsert by.
            "id": int,
            "url": str,
            "site": str,
            "category": str,
            "title": str,
            "lead": str,
            "published": str,  # ISO 8601 with +07:00, as the site states it
            "year": int,  # of published, for facets
            "author": str,
            "body": str,
            "related": str,  # JSON list of URLs
            "attachments": str,  # JSON list of URLs
            "status": int,
            "fetched_at": str,
            "content_hash": str,
            "extractor_version": str,  # of the facts stored for it
        },
        pk="id",
        not_null={"url"},
        foreign_keys=[("site", "sites", "site")],
        strict=True,
    )
    db["articles"].create_index(["url"], unique=True)
    for column in ("site", "category", "year", "published"):
        db["articles"].create_index([column])

    db["documents"].create(
        {
            "code": str,
            "doc_type": str,
            "year": int,
            "issued": str,
            "issuer": str,
            "issuer_from_code": str,
            "articles_citing": int,
            "citations": int,
            "first_cited": str,
            "last_cited": str,
        },
        pk="code",
        not_null={"articles_citing", "citations"},
        strict=True,
    )
    for column in ("doc_type", "year", "articles_citing"):
        db["documents"].create_index([column])

    for table in ALL_FACT_TABLES:
        foreign_keys = [("article", "articles", "id")]
        if table == "legal_refs":
            foreign_keys.append(("code", "documents", "code"))
        db[table].create(
            fact_schema(table),
            pk=FACT_PK if table != OTHER_FACTS else (*FACT_PK, "type"),
            not_null={"article", "field", "start", "end", "text"}
            | ({"value_text"} if table == "money" else set()),
            foreign_keys=foreign_keys,
            strict=True,
        )
        for columns in FACT_INDEXES[table]:
            db[table].create_index(columns)

    db["crawl_errors"].create(
        {
            "id": int,
            "url": str,
            "status": int,
            "reason": str,
            "site": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        not_null={"url", "reason"},
        strict=True,
    )
    db["crawl_errors"].create_index(["url", "reason"], unique=True)
    db["crawl_errors"].create_index(["site"])

    db["runs"].create(
        {
            "id": int,
            "command": str,
            "extractor_version": str,
            "started": str,
            "finished": str,
            "pages": int,
            "articles": int,
            "facts": int,
            "errors": int,
        },
        pk="id",
        strict=True,
    )
    _create_search(db)


def _create_search(db: sqlite_utils.Database) -> None:
    """Full-text index of articles: the original text and a folded copy.

    sqlite-utils' enable_fts() makes an external-content table that can only
    index columns the articles table has; the folded copy is not one of them.
    So this is a contentless FTS5 table (it stores the index, not the text),
    kept in step by ``db.write``. A query term matches if it occurs in either
    copy: "Đà Nẵng" in the original, "da nang" in the folded one, and a mixed
    query term by term, since FTS5 ANDs terms across columns.
    ``remove_diacritics 2`` already folds tones; the folded column adds đ -> d.
    """
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, lead, body, folded, content='', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


def search_row(title, lead, body) -> tuple:
    """The values indexed for one article (the same on insert and delete)."""
    return (title or "", lead or "", body or "", fold(" ".join(filter(None, (title, lead, body)))))


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Re-index every article (after a change to ``fold``)."""
    db.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
    db.conn.executemany(
        "INSERT INTO articles_fts(rowid, title, lead, body, folded) VALUES (?, ?, ?, ?, ?)",
        (
            (id_, *search_row(title, lead, body))
            for id_, title, lead, body in db.conn.execute(
                "SELECT id, title, lead, body FROM articles"
            ).fetchall()
        ),
    )


def _run_sites(db: sqlite_utils.Database) -> None:
    """Per-site coverage of each crawl: of the articles stored, how many have a title, a time, a body, facts.

    A share that falls from one run to the next says a site's layout changed under the crawler.
    """
    db["run_sites"].create(
        {
            "run": int,
            "site": str,
            "articles": int,
            "with_title": int,
            "with_published": int,
            "with_body": int,
            "with_facts": int,
        },
        pk=("run", "site"),
        not_null={"run", "site", "articles", "with_title", "with_published", "with_body", "with_facts"},
        foreign_keys=[("run", "runs", "id")],
        strict=True,
        if_not_exists=True,
    )
    db["run_sites"].create_index(["site", "run"], if_not_exists=True)


MIGRATIONS = [_v1_initial, _run_sites]
SCHEMA_VERSION = len(MIGRATIONS)
