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
FACT_COMMON: dict[str, type] = {
    "article": int,
    "field": str,  # "title" | "lead" | "body": start/end index that field
    "start": int,
    "end": int,
    "text": str,
}
FACT_TAIL: dict[str, type] = {"sentence": str, "extractor_version": str}
FACT_PK = ("article", "field", "start", "end")

# Per-type columns, in table order.
FACT_COLUMNS: dict[str, dict[str, type]] = {
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


# Columns later migrations add at the end of fact tables (after FACT_TAIL), in table order.
FACT_COLUMNS_ADDED: dict[str, dict[str, type]] = {
    # Totals, their parts and rates (shared/spec/facts.md): part_of is the start of the total in the
    # same field; parts says whether the parts add up to it; per is the unit of a per-unit rate.
    # restates: on an amount in words, the start of the figure in digits it says again.
    "money": {"part_of": int, "parts": str, "parts_sum": int, "parts_sum_text": str, "per": str, "restates": int},
    "counts": {"part_of": int, "parts": str, "parts_sum": int},
    # The documents row of the citation: the code, and the province for a local symbol; the code
    # folded (search.fold: no diacritics, đ -> d, lower case) for an indexed look-up by symbol.
    "legal_refs": {"document": str, "code_folded": str},
}


def fact_schema(table: str) -> dict:
    """Column name -> type of a fact table as ``_v1_initial`` created it, in table order."""
    return {**FACT_COMMON, **FACT_COLUMNS[table], **FACT_TAIL}


def fact_columns(table: str) -> dict:
    """Column name -> type of a fact table today: ``fact_schema`` and the columns added since."""
    return {**fact_schema(table), **FACT_COLUMNS_ADDED.get(table, {})}


def _v1_initial(db: sqlite_utils.Database) -> None:
    """Sites, articles, facts, cited documents, crawl errors, runs, search."""
    db.table("sites").create(
        {"site": str, "name": str, "base_url": str}, pk="site", strict=True
    )
    db.table("articles").create(
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
    db.table("articles").create_index(["url"], unique=True)
    for column in ("site", "category", "year", "published"):
        db.table("articles").create_index([column])

    db.table("documents").create(
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
        db.table("documents").create_index([column])

    for table in ALL_FACT_TABLES:
        foreign_keys = [("article", "articles", "id")]
        if table == "legal_refs":
            foreign_keys.append(("code", "documents", "code"))
        db.table(table).create(
            fact_schema(table),
            pk=FACT_PK if table != OTHER_FACTS else (*FACT_PK, "type"),
            not_null={"article", "field", "start", "end", "text"}
            | ({"value_text"} if table == "money" else set()),
            foreign_keys=foreign_keys,
            strict=True,
        )
        for columns in FACT_INDEXES[table]:
            db.table(table).create_index(columns)

    db.table("crawl_errors").create(
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
    db.table("crawl_errors").create_index(["url", "reason"], unique=True)
    db.table("crawl_errors").create_index(["site"])

    db.table("runs").create(
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


def _add_column(db: sqlite_utils.Database, table: str, column: str, type_: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the column is there (migrations of other branches may add it)."""
    if column not in db[table].columns_dict:
        db.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {type_}')


_SQL_TYPES = {int: "INTEGER", str: "TEXT", float: "REAL"}


def _provinces_of_sites(db: sqlite_utils.Database) -> None:
    """sites.province (as published, one of the 63) and province_new (after the 2025 merger, one of 34).

    With their official codes and the coordinates of the province as published (for the map); filled
    by ``db.write.ensure_site`` from the vietnamadminunits library (``db/provinces.py``).
    """
    for column, type_ in (
        ("province", "TEXT"), ("province_code", "TEXT"), ("province_new", "TEXT"),
        ("province_new_code", "TEXT"), ("latitude", "REAL"), ("longitude", "REAL"),
    ):  # fmt: skip
        _add_column(db, "sites", column, type_)
    db.table("sites").create_index(["province"], if_not_exists=True)
    db.table("sites").create_index(["province_new"], if_not_exists=True)


def _totals_parts_and_rates(db: sqlite_utils.Database) -> None:
    """money and counts: part_of, parts, parts_sum (money also parts_sum_text) and, for money, per."""
    for table in ("money", "counts"):
        # No index: sums keep the many rows where part_of is null, a scan does that as well, and
        # every index is written on each insert.
        for column, type_ in FACT_COLUMNS_ADDED[table].items():
            _add_column(db, table, column, _SQL_TYPES[type_])


_LEGAL_REFS_V2 = """CREATE TABLE legal_refs_new (
   {columns},
   PRIMARY KEY (article, field, start, "end"),
   FOREIGN KEY(article) REFERENCES articles(id),
   FOREIGN KEY(document) REFERENCES documents_new(document)
) STRICT"""


def _documents_per_issuing_province(db: sqlite_utils.Database) -> None:
    """documents keyed by ``document``: a central symbol once, a local symbol once per province.

    legal_refs gets a ``document`` column (its documents row) in place of the foreign key on ``code``:
    SQLite cannot drop a foreign key, so both tables are rebuilt (foreign keys checked at commit).
    """
    from .documents import rebuild_documents

    if "document" in db["documents"].columns_dict:
        return
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute(
        """CREATE TABLE documents_new (
           document TEXT PRIMARY KEY, code TEXT NOT NULL, scope TEXT, province TEXT,
           doc_type TEXT, year INTEGER, issued TEXT, issuer TEXT, issuer_from_code TEXT,
           articles_citing INTEGER NOT NULL, citations INTEGER NOT NULL, first_cited TEXT, last_cited TEXT
        ) STRICT"""
    )
    columns = fact_columns("legal_refs")
    db.execute(
        _LEGAL_REFS_V2.format(
            columns=",\n   ".join(
                f'"{name}" {_SQL_TYPES[type_]}' + (" NOT NULL" if name in FACT_PK or name == "text" else "")
                for name, type_ in columns.items()
            )
        )
    )
    old_columns = [c for c in db["legal_refs"].columns_dict if c in columns]
    names = ", ".join(f'"{c}"' for c in old_columns)
    db.execute(f"INSERT INTO legal_refs_new ({names}) SELECT {names} FROM legal_refs")
    db.execute("DROP TABLE legal_refs")
    db.execute("DROP TABLE documents")
    db.execute("ALTER TABLE documents_new RENAME TO documents")  # legal_refs_new's reference follows
    db.execute("ALTER TABLE legal_refs_new RENAME TO legal_refs")
    for index in ([["code"], ["doc_type"], ["document"]]):
        db.table("legal_refs").create_index(index, if_not_exists=True)
    for index in (["code"], ["doc_type"], ["year"], ["articles_citing"], ["province"], ["scope"]):
        db.table("documents").create_index(index, if_not_exists=True)
    rebuild_documents(db)


# Exact amount in tỷ đồng (10^9 đồng) as decimal text: 11072000000 -> "11.072". Never a float.
_TY_DONG = """CASE WHEN m.currency = 'VND' AND m.value IS NOT NULL AND m.value > -9223372036854775807 THEN
    rtrim(rtrim(printf('%s%d.%09d', CASE WHEN m.value < 0 THEN '-' ELSE '' END,
                       abs(m.value) / 1000000000, abs(m.value) % 1000000000), '0'), '.') END"""

# Beside each fact: its article (title, URL, date, year) and its site's province, then and now.
_ARTICLE_COLUMNS = """f.article, a.title AS article_title, a.url AS article_url, a.site,
  s.province, s.province_new, a.year, a.published"""
_FROM = """JOIN articles a ON a.id = f.article LEFT JOIN sites s ON s.site = a.site"""

FACT_VIEWS = {
    "money_facts": f"""SELECT {_ARTICLE_COLUMNS.replace('f.', 'm.')},
  m.value, {_TY_DONG} AS ty_dong, m.value_text, m.currency, m.qualifier, m.per,
  m.part_of, m.parts, m.parts_sum, m.restates, m.text, m.sentence, m.field, m.start, m."end"
FROM money m {_FROM.replace('f.', 'm.')}""",
    "count_facts": f"""SELECT {_ARTICLE_COLUMNS.replace('f.', 'c.')},
  c.value, c.unit, c.part_of, c.parts, c.parts_sum, c.text, c.sentence, c.field, c.start, c."end"
FROM counts c {_FROM.replace('f.', 'c.')}""",
    "legal_ref_facts": f"""SELECT {_ARTICLE_COLUMNS.replace('f.', 'r.')},
  r.code, r.document, d.scope, r.doc_type, r.number, r.year AS doc_year, r.issued, r.issuer,
  r.issuer_from_code, r.text, r.sentence, r.field, r.start, r."end"
FROM legal_refs r {_FROM.replace('f.', 'r.')} LEFT JOIN documents d ON d.document = r.document""",
    # One row per province with a site: where the facts come from, for the map (datasette-cluster-map
    # draws any table with latitude and longitude columns).
    "facts_by_province": """SELECT s.province, s.province_new, min(s.latitude) AS latitude,
  min(s.longitude) AS longitude, group_concat(s.site, ', ') AS sites,
  sum((SELECT count(*) FROM articles a WHERE a.site = s.site)) AS articles,
  sum((SELECT count(*) FROM money m JOIN articles a ON a.id = m.article WHERE a.site = s.site)) AS money,
  sum((SELECT count(*) FROM counts c JOIN articles a ON a.id = c.article WHERE a.site = s.site)) AS counts,
  sum((SELECT count(*) FROM legal_refs r JOIN articles a ON a.id = r.article WHERE a.site = s.site))
    AS legal_refs
FROM sites s WHERE s.province IS NOT NULL GROUP BY s.province, s.province_new""",
}


def _fact_views(db: sqlite_utils.Database) -> None:
    """Views for research: each fact beside its article, site and province; facts per province (map)."""
    for name, sql in FACT_VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")


def _run_sites(db: sqlite_utils.Database) -> None:
    """Per-site coverage of each crawl: of the articles stored, how many have a title, a time, a body, facts.

    A share that falls from one run to the next says a site's layout changed under the crawler.
    """
    db.table("run_sites").create(
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
    db.table("run_sites").create_index(["site", "run"], if_not_exists=True)


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


def _articles_provenance(db: sqlite_utils.Database) -> None:
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


def _add_run_status(db: sqlite_utils.Database) -> None:
    """``runs.status`` ('running', 'finished', 'interrupted', 'failed'), and the process that runs it.

    ``pid`` and ``host`` let the next run tell a run that is still going from one that was killed: the
    latter is closed as 'interrupted' (db.write.start_run). Rows older than the column are settled from
    ``finished``.
    """
    columns = db["runs"].columns_dict
    if "status" not in columns:
        db.execute(
            "ALTER TABLE runs ADD COLUMN status TEXT "
            "CHECK (status IN ('running', 'finished', 'interrupted', 'failed'))"
        )
    if "pid" not in columns:
        db.execute("ALTER TABLE runs ADD COLUMN pid INTEGER")
    if "host" not in columns:
        db.execute("ALTER TABLE runs ADD COLUMN host TEXT")
    db.execute(
        "UPDATE runs SET status = CASE WHEN finished IS NULL THEN 'interrupted' ELSE 'finished' END "
        "WHERE status IS NULL"
    )


def _articles_read_by(db: sqlite_utils.Database) -> None:
    """``articles.read_by``: which reader gave each field (JSON object, e.g. {"body": "family:liferay6",
    "title": "json-ld"}; reader/page.py), so a researcher can facet by it and a maintainer sees a family
    going stale."""
    _add_column(db, "articles", "read_by", "TEXT")


def _run_sites_status(db: sqlite_utils.Database) -> None:
    """``run_sites.status``: 'reached', or 'failed' for a site that gave nothing in that run (db.write.settle_run).

    Sites no article belongs to (rows a crawl that reached nothing left behind) are removed: only real
    sources stay in the data; the next crawl that reaches one adds it again.
    """
    _add_column(db, "run_sites", "status", "TEXT CHECK (status IN ('reached', 'failed'))")
    db.execute("UPDATE run_sites SET status = CASE WHEN articles > 0 THEN 'reached' ELSE 'failed' END "
               "WHERE status IS NULL")
    db.execute("DELETE FROM sites WHERE NOT EXISTS (SELECT 1 FROM articles WHERE articles.site = sites.site)")


def _money_restatements(db: sqlite_utils.Database) -> None:
    """money.restates: on an amount in words ("Bằng chữ: Mười một tỷ ... đồng"), the start of the figure
    in digits beside it that it says again (shared/spec/facts.md); sums leave it out like a part. The
    money_facts view is made again with the column. (A database made since the column was listed in
    FACT_COLUMNS_ADDED has it from ``_totals_parts_and_rates`` already.)"""
    _add_column(db, "money", "restates", _SQL_TYPES[FACT_COLUMNS_ADDED["money"]["restates"]])
    _fact_views(db)


# The map: one row per province with a site, its totals read from the summary tables (db/summaries.py)
# rather than four correlated counts over the fact tables per site.
FACTS_BY_PROVINCE = """SELECT s.province, s.province_new, min(s.latitude) AS latitude,
  min(s.longitude) AS longitude, group_concat(s.site, ', ') AS sites,
  sum(coalesce(t.articles, 0)) AS articles, sum(coalesce(t.money, 0)) AS money,
  sum(coalesce(t.counts, 0)) AS counts, sum(coalesce(t.legal_refs, 0)) AS legal_refs
FROM sites s LEFT JOIN (
  SELECT site, sum(articles) AS articles, sum(money) AS money, sum(counts) AS counts,
    sum(legal_refs) AS legal_refs
  FROM (SELECT site, articles, 0 AS money, 0 AS counts, 0 AS legal_refs FROM article_totals
        UNION ALL SELECT site, 0, facts, 0, 0 FROM money_totals
        UNION ALL SELECT site, 0, 0, facts, 0 FROM count_totals
        UNION ALL SELECT site, 0, 0, 0, citations FROM citation_totals)
  GROUP BY site) t ON t.site = s.site
WHERE s.province IS NOT NULL GROUP BY s.province, s.province_new"""


# The fact views in a total order, their fact table's key: Datasette pages a view by OFFSET, and
# pages (or a CSV export) of an order with ties may repeat or skip rows. The key order is the fact
# table's own index: the first page of the unfiltered view reads 100 rows, it sorts nothing.
ORDERED_FACT_VIEWS = {
    name: f"{FACT_VIEWS[name]}\nORDER BY {alias}.article, {alias}.field, {alias}.start, {alias}.\"end\""
    for name, alias in (("money_facts", "m"), ("count_facts", "c"), ("legal_ref_facts", "r"))
}


def _scale(db: sqlite_utils.Database) -> None:
    """For 10^6 articles: summary tables, the map read from them, a folded symbol, indexes, statistics.

    - money_totals, count_totals, citation_totals, article_totals (db/summaries.py): per site, year and
      currency/unit/document, kept by the write path; the canned queries, map and dashboard read them;
    - legal_refs.code_folded: fold(code) stored at write time and indexed, so "Articles that cite a
      document" looks a symbol up instead of calling Python's fold() on every citation;
    - articles (site, year): the views' province and year filters together;
    - planner statistics (ANALYZE, bounded): without them the planner chose scans at 10^6.
    """
    from . import summaries

    _add_column(db, "legal_refs", "code_folded", "TEXT")
    db.conn.create_function("fold", 1, fold, deterministic=True)
    db.execute("UPDATE legal_refs SET code_folded = fold(code) WHERE code IS NOT NULL AND code_folded IS NULL")
    db.execute("CREATE INDEX IF NOT EXISTS idx_legal_refs_code_folded ON legal_refs (code_folded)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_site_year ON articles (site, year)")
    summaries.rebuild(db.conn)
    db.execute("DROP VIEW IF EXISTS facts_by_province")
    db.execute(f"CREATE VIEW facts_by_province AS {FACTS_BY_PROVINCE}")
    for name, sql in ORDERED_FACT_VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")
    summaries.refresh_statistics(db.conn)


def _parts_over_index(db: sqlite_utils.Database) -> None:
    """Partial indexes of the totals that have parts, for "Totals whose parts add to more".

    Only totals with parts are in them (a few percent of the rows), so they cost the writes little;
    without them the canned query scanned every money and count row (seconds at 10^6 articles).
    """
    for table in ("money", "counts"):
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_parts ON {table} (parts) WHERE parts IS NOT NULL")
# Attachments (PDF, Word, Excel files linked from articles; spiders/attaching.py fetches them, db/attachments.py
# stores them). One row per file URL; its facts live in the fact tables beside the articles' own, with
# ``attachment_url`` and ``page`` set (both null for an article's own text).
ATTACHMENT_COLUMNS = {
    "id": int,
    "url": str,  # the file's URL, as linked (unique)
    "article": int,  # the article that links it (the last one stored that did)
    "article_url": str,
    "site": str,
    "content_type": str,  # as the server sent it
    "kind": str,  # what the bytes are: pdf, docx, xlsx, doc, xls, odt, ods, rtf, html, zip, unknown
    "bytes": int,
    "sha256": str,  # of the bytes fetched
    "pages": int,  # pages (PDF), sheets (Excel) or 1 (Word)
    "reader": str,  # pdf-text, ocr, pdf-text+ocr, docx, xlsx, xls, doc, odt, ods, rtf; +tcvn3 / +vni
    "status": str,  # read, empty, unsupported, failed, skipped, fetch-failed
    "error": str,
    "text": str,  # the pages' text (NFC), pages separated by a form feed (\f)
    "document": str,  # the document the file is (its number: "Số: 15/2024/QĐ-UBND", or its file name)
    "etag": str,
    "last_modified": str,
    "http_status": int,
    "fetched_at": str,  # when the bytes were fetched (ISO 8601 UTC)
    "checked_at": str,  # when the URL was last asked for (a 304 changes only this)
    "warc_file": str,
    "warc_offset": int,
    "extractor_version": str,
}
PAGE_SEPARATOR = "\f"


def _attachments(db: sqlite_utils.Database) -> None:
    """``attachments`` (one row per file), ``attachments_fts`` (its text, searchable), ``attachment_url`` and
    ``page`` on every fact table and fact view, ``documents.attachment_url`` (the document's own text is held)."""
    db.table("attachments").create(
        ATTACHMENT_COLUMNS, pk="id", not_null={"url", "status"},
        foreign_keys=[("article", "articles", "id")], strict=True, if_not_exists=True,
    )
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_attachments_url ON attachments (url)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_attachments_article ON attachments (article)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_attachments_document ON attachments (document)")
    for table in ALL_FACT_TABLES:
        _add_column(db, table, "attachment_url", "TEXT")
        _add_column(db, table, "page", "INTEGER")
        # Only the rows of attachments are indexed: re-reading one file replaces its facts.
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_attachment ON {table} (attachment_url) "
                   "WHERE attachment_url IS NOT NULL")
    _add_column(db, "documents", "attachment_url", "TEXT")
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS attachments_fts USING fts5("
        "text, folded, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    for name, sql in attachment_fact_views().items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")


def attachment_fact_views() -> dict[str, str]:
    """The fact views with ``attachment_url`` and ``page`` before each fact's text (null: the article's text)."""
    views = {}
    for name, alias in (("money_facts", "m"), ("count_facts", "c"), ("legal_ref_facts", "r")):
        sql = FACT_VIEWS[name]
        anchor = f"{alias}.text, {alias}.sentence"
        assert anchor in sql, (name, "the view changed: place attachment_url and page anew")
        views[name] = sql.replace(anchor, f"{alias}.attachment_url, {alias}.page, {anchor}", 1)
    return views


def _legal_refs_number_index(db: sqlite_utils.Database) -> None:
    """legal_refs (number), for "Documents cited with a number": without it the canned query read every
    citation (0.6 s at 10^5 articles on a loaded machine, ten times that at 10^6)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_legal_refs_number ON legal_refs (number)")


MIGRATIONS = [
    _v1_initial,
    _provinces_of_sites,
    _totals_parts_and_rates,
    _documents_per_issuing_province,
    _fact_views,
    _run_sites,
    _add_run_status,
    _articles_provenance,
    _articles_read_by,
    _run_sites_status,
    _money_restatements,
    _scale,
    _parts_over_index,
    _attachments,
    _legal_refs_number_index,
]
SCHEMA_VERSION = len(MIGRATIONS)
