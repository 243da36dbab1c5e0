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


# Where each article's text was read from (the archive branch): the live site or a web-archive capture,
# and the WARC record that keeps the page's bytes. Values are written by db/write.py.
PROVENANCE_COLUMNS = {
    "source": str,  # 'live' | 'archive'
    "archived_at": str,  # ISO 8601 UTC time of the archive's capture (archive only)
    "archive_url": str,  # the capture's original bytes: <archive>/web/<timestamp>id_/<url>
    "warc_file": str,  # the WARC file holding the page as fetched
    "warc_offset": int,  # byte offset of its response record in that file
    "body_sha256": str,  # sha256 (hex) of the response body the article was read from
}


def _v2_provenance(db: sqlite_utils.Database) -> None:
    """Articles: where they were read from (live or archive) and the WARC record of the page."""
    existing = db["articles"].columns_dict
    for column, kind in PROVENANCE_COLUMNS.items():
        if column in existing:  # independent of the order migrations are merged in
            continue
        sql_type = "INTEGER" if kind is int else "TEXT"
        # Every article stored before this migration came from a live crawl.
        default = " NOT NULL DEFAULT 'live'" if column == "source" else ""
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} {sql_type}{default}")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_source ON articles (source)")


MIGRATIONS = [_v1_initial, _v2_provenance]
SCHEMA_VERSION = len(MIGRATIONS)
