"""Writing articles, facts, errors and runs.

The hot path uses plain ``executemany`` inside one explicit transaction per
article rather than sqlite-utils' insert helpers: those commit on their own
and introspect the table on every call, and the crawl and the re-extraction
write tens of thousands of fact rows per second through here.
"""

import contextlib
import decimal
import hashlib
import json
import os
import socket
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime

import sqlite_utils

from . import summaries
from .documents import citations_of, document_key, ensure_documents, rebuild_documents, update_documents
from .metadata import SETTINGS
from .schema import (
    ALL_FACT_TABLES,
    FACT_COLUMNS,
    FACT_COLUMNS_ADDED,
    FACT_TABLES,
    OTHER_FACTS,
    fact_columns,
    search_row,
)
from .search import fold

__all__ = [
    "ensure_site",
    "save_article",
    "record_error",
    "start_run",
    "finish_run",
    "stored_urls",
    "sites_crawled_through",
    "save_run_sites",
    "settle_run",
    "coverage_drops",
    "content_hash",
    "replace_facts",
]

ARTICLE_COLUMNS = (
    "url", "site", "category", "title", "lead", "published", "year", "author", "body",
    "related", "attachments", "status", "fetched_at", "content_hash", "extractor_version",
    "source", "archived_at", "archive_url", "warc_file", "warc_offset", "body_sha256", "read_by",
)  # fmt: skip
# One row per article whether it was read live or from a web archive. A live page wins over a capture:
# the archive never overwrites an article read from the live site (a capture is the same page or an
# older state of it); a live read replaces a capture, and a newer capture an older one.
_UPSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) "
    "ON CONFLICT(url) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS[1:])
    + " WHERE NOT (excluded.source = 'archive' AND articles.source = 'live')"
    + " RETURNING id"
)
_INSERT_FACTS = {
    table: 'INSERT OR REPLACE INTO {} ({}) VALUES ({})'.format(
        table,
        ", ".join(f'"{c}"' for c in fact_columns(table)),
        ", ".join("?" * len(fact_columns(table))),
    )
    for table in ALL_FACT_TABLES
}
_FTS_INSERT = "INSERT INTO articles_fts(rowid, title, lead, body, folded) VALUES (?, ?, ?, ?, ?)"
_FTS_DELETE = (
    "INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, folded) "
    "VALUES ('delete', ?, ?, ?, ?, ?)"
)


def now() -> str:
    """The current UTC time as ISO 8601, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database):
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or a savepoint inside an open transaction.

    IMMEDIATE takes the write lock up front: a deferred transaction that reads
    first and then writes fails at once (SQLITE_BUSY_SNAPSHOT) if another
    process wrote in between, whatever the busy timeout.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


_SITE_COLUMNS = (
    "site", "name", "base_url", "province", "province_code", "province_new", "province_new_code",
    "latitude", "longitude",
)  # fmt: skip


def ensure_site(
    db: sqlite_utils.Database, site: str, name: str, base_url: str, province: str | None = None
) -> None:
    """Insert or update a site (``site`` is the spider's profile name, e.g. "haiduong").

    ``province``: the province the site belonged to when its articles were published ("Hải Dương");
    its code, its province after the 2025 merger and its coordinates come from ``db.provinces``.
    An unknown province name raises ``db.provinces.UnknownProvince``. Without a province (a site
    crawled without profile), a province stored before is kept.
    """
    values: list[object] = [site, name, base_url]
    if province:
        from .provinces import province as lookup

        p = lookup(province)
        values += [p.name, p.code, p.new_name, p.new_code, p.latitude, p.longitude]
    columns = _SITE_COLUMNS[: len(values)]
    with transaction(db):
        before = db.conn.execute("SELECT province FROM sites WHERE site = ?", (site,)).fetchone()
        db.conn.execute(
            f"INSERT INTO sites ({', '.join(columns)}) VALUES ({', '.join('?' * len(values))}) "
            "ON CONFLICT(site) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in columns[1:]),
            values,
        )
        if province and before is not None and before[0] != values[3]:
            # The site's local documents were keyed by its old province (or by none): key them again.
            rebuild_documents(db)
            summaries.rebuild(db.conn)  # citation_totals is keyed by document


def content_hash(title: str | None, lead: str | None, body: str | None) -> str:
    """sha256 of title, lead and body (NUL-separated, so moving text between fields counts)."""
    return hashlib.sha256("\0".join((title or "", lead or "", body or "")).encode()).hexdigest()


_DELETE_STORE_ERRORS = (
    "DELETE FROM crawl_errors WHERE url = ? AND (reason LIKE 'storing %' OR reason LIKE 'store failed%')"
)


def save_article(
    db: sqlite_utils.Database,
    article: dict,
    facts: list[dict],
    extractor_version: str,
) -> bool:
    """Store one article and replace all its facts, in one transaction. Idempotent.

    Returns False, writing nothing, for an archive capture (``source`` 'archive') of an article
    already stored from the live site: the live row wins.

    The article is upserted by URL (its id stays the same), every fact it had
    is deleted and ``facts`` inserted, and the ``documents`` rows of the legal
    documents it cited before or cites now are recomputed.
    """
    conn = db.conn
    title, lead, body = article.get("title"), article.get("lead"), article.get("body")
    digest = content_hash(title, lead, body)
    published = article.get("published")
    with transaction(db):
        old = conn.execute(
            "SELECT id, published, content_hash, title, lead, body, site, year FROM articles WHERE url = ?",
            (article["url"],),
        ).fetchone()
        if article.get("site") is not None:
            # The pipeline should have called ensure_site(); an article must not be
            # lost (foreign key error) because it did not.
            conn.execute("INSERT OR IGNORE INTO sites (site) VALUES (?)", (article["site"],))
        row = conn.execute(
            _UPSERT_ARTICLE,
            (
                article["url"], article.get("site"), article.get("category"), title, lead,
                published, _year(published), article.get("author"), body,
                _json_list(article.get("related")), _json_list(article.get("attachments")),
                article.get("status"), article.get("fetched_at"), digest, extractor_version,
                article.get("source") or "live", article.get("archived_at"), article.get("archive_url"),
                article.get("warc_file"), article.get("warc_offset"), article.get("body_sha256"),
                _json_object(article.get("read_by")),
            ),  # fmt: skip
        ).fetchone()
        if row is None:  # a capture of an article already read live: the live row stays, facts and all
            return False
        (article_id,) = row
        # Stored now: the errors of a run that could not store it ("storing ... failed", "store failed: ...")
        # are stale. Other errors of the URL (its text cut, its facts capped) still say something true.
        conn.execute(_DELETE_STORE_ERRORS, (article["url"],))
        if old is None or old[2] != digest:
            if old is not None:
                # A contentless FTS5 table forgets a row only when given the exact
                # values it indexed, which the old article row still holds.
                conn.execute(_FTS_DELETE, (article_id, *search_row(*old[3:6])))
            conn.execute(_FTS_INSERT, (article_id, *search_row(title, lead, body)))
        old_published = old[1] if old is not None else None
        old_place = tuple(old[6:8]) if old is not None else None
        summaries.move_article(conn, old_place, (article.get("site"), _year(published)))
        replace_facts(db, article_id, facts, extractor_version, old_published, published, old_place,
                      new_article=old is None)
    return True


def replace_facts(
    db, article_id: int, facts: list[dict], version: str, old_published, published, old_place=None,
    new_article: bool = False,
) -> None:
    """Delete every fact of an article, insert ``facts``, and update ``documents`` and the summaries.

    Runs inside the caller's transaction. ``old_published`` and ``published``
    are the article's publication time before and after this write; ``old_place``
    its (site, year) before it (default: as its row says now); ``new_article``: it has no facts yet.
    """
    conn = db.conn
    if not new_article:
        summaries.remove_facts(conn, article_id, old_place)
    old_citations = citations_of(db, article_id)
    for table in ALL_FACT_TABLES:
        # The facts of the article's attachments (db/attachments.py) are the attachments' to replace.
        conn.execute(f"DELETE FROM {table} WHERE article = ? AND attachment_url IS NULL", (article_id,))
    province = None
    if any(FACT_TABLES.get(fact["type"]) == "legal_refs" for fact in facts):
        # A local symbol (…/QĐ-UBND) is a document of the citing site's province.
        (province,) = conn.execute(
            "SELECT s.province FROM articles a LEFT JOIN sites s ON s.site = a.site WHERE a.id = ?",
            (article_id,),
        ).fetchone() or (None,)
    rows = fact_rows(article_id, facts, version, province)
    if rows["legal_refs"]:
        # legal_refs.document references documents.document: the row must exist first.
        ensure_documents(db, {
            (row[_DOCUMENT], row[_CODE], *document_key(row[_CODE], province)[1:])
            for row in rows["legal_refs"] if row[_DOCUMENT] is not None
        })  # fmt: skip
    for table, table_rows in rows.items():
        if table_rows:
            conn.executemany(_INSERT_FACTS[table], table_rows)
    if old_citations or rows["legal_refs"]:
        new_citations = citations_of(db, article_id)
        update_documents(db, old_citations, new_citations, _day(old_published), _day(published))
    summaries.add_facts(conn, article_id)


_CODE = list(fact_columns("legal_refs")).index("code")
_DOCUMENT = list(fact_columns("legal_refs")).index("document")


def fact_rows(
    article_id: int, facts: list[dict], version: str, province: str | None = None
) -> dict[str, list[tuple]]:
    """Rows for each fact table, in the order of ``schema.fact_columns``.

    ``province``: the article's site's province, which keys the documents of local symbols.
    """
    rows: dict[str, list[tuple]] = {table: [] for table in ALL_FACT_TABLES}
    for fact in facts:
        table = FACT_TABLES.get(fact["type"], OTHER_FACTS)
        head = (article_id, fact.get("field", "body"), fact["start"], fact["end"], fact["text"])
        tail = (stored_sentence(fact.get("sentence"), fact["text"]), version)
        try:
            typed = _typed_values(table, fact)
            added = _added_values(table, fact, province)
        except (KeyError, TypeError, ValueError, ArithmeticError) as error:
            # A malformed fact (a money fact without a value, ...) must not cost
            # the crawl its article: keep it in other_facts, with the error.
            table = OTHER_FACTS
            typed = _typed_values(table, {**fact, "type": f"invalid {fact['type']}", "error": repr(error)})
            added = ()
        rows[table].append((*head, *typed, *tail, *added))
    return rows


# Datasette shows this many characters of a cell: a stored sentence fits in it whole.
SENTENCE_CELL = SETTINGS["truncate_cells_html"]


def stored_sentence(sentence: str | None, text: str) -> str | None:
    """``sentence`` as stored: whole when it fits a table cell, else a window of it around ``text``
    (the fact's own words), cut at word boundaries, so the figure is always in what is shown."""
    if sentence is None or len(sentence) <= SENTENCE_CELL:
        return sentence
    at = sentence.find(text)
    if at < 0:
        at = 0  # the producer gave a sentence without the fact: keep its beginning
        text = ""
    room = max(0, SENTENCE_CELL - len(text))
    left = max(0, at - room // 2)
    right = min(len(sentence), at + len(text) + room - (at - left))
    left = max(0, min(left, right - len(text) - room))
    if left > 0 and not sentence[left - 1].isspace():
        blank = sentence.find(" ", left, at)
        left = blank + 1 if blank >= 0 else at
    if right < len(sentence) and not sentence[right].isspace():
        blank = sentence.rfind(" ", at + len(text), right)
        right = blank if blank >= 0 else right
    return sentence[left:right].strip()


def _added_values(table: str, fact: dict, province: str | None) -> tuple:
    """The columns of ``schema.FACT_COLUMNS_ADDED[table]`` of one fact.

    Totals and parts (part_of, parts, parts_sum), rates (per) and restatements in words (restates) as
    the extractor gives them; null when it does not (an extractor before totals and rates).
    """
    if table == "money":
        parts_sum, parts_sum_text = (None, None) if fact.get("parts_sum") is None else _exact(fact["parts_sum"])
        return (_offset(fact.get("part_of")), fact.get("parts"), parts_sum, parts_sum_text, fact.get("per"),
                _offset(fact.get("restates")))
    if table == "counts":
        parts_sum = fact.get("parts_sum")
        return (_offset(fact.get("part_of")), fact.get("parts"), None if parts_sum is None else int(parts_sum))
    if table == "legal_refs":
        code = fact.get("code")
        return (None, None) if code is None else (document_key(code, province)[0], fold(code))
    assert table not in FACT_COLUMNS_ADDED, table
    return ()


def _offset(value) -> int | None:
    """A start offset (part_of, restates) as int; a bool or fraction is an error, not a silent 0 or 1."""
    if value is None:
        return None
    if isinstance(value, bool) or int(value) != value:
        raise TypeError(f"not an offset: {value!r}")
    return int(value)


def _typed_values(table: str, fact: dict) -> tuple:
    """The per-type columns of one fact (``schema.FACT_COLUMNS[table]``)."""
    if table == "money":
        value, value_text = _exact(fact["value"])
        return (value, value_text, fact.get("currency"), fact.get("qualifier"))
    if table == "percents":
        return (_exact(fact["value"])[1],)
    if table == OTHER_FACTS:
        data = {k: v for k, v in fact.items() if k not in ("type", "field", "start", "end", "text", "sentence")}
        return (fact["type"], json.dumps(data, ensure_ascii=False, default=str, sort_keys=True))
    return tuple(fact.get(column) for column in FACT_COLUMNS[table])


def _exact(value) -> tuple[int | None, str]:
    """(INTEGER or None, exact decimal text) for an int, Decimal or numeric string.

    A float is read through its repr ("2.5"), never through binary arithmetic.
    """
    if isinstance(value, bool):
        raise TypeError(f"not a number: {value!r}")
    if not isinstance(value, int):
        value = decimal.Decimal(str(value).replace(",", "."))
        if value != value.to_integral_value():
            return None, format(value.normalize(), "f")
        value = int(value)
    # An INTEGER column holds 64 bits; a larger (misread) amount keeps only its text.
    return (value if -(2**63) <= value < 2**63 else None), str(value)


def record_error(
    db: sqlite_utils.Database,
    url: str,
    status: int | None,
    reason: str,
    site: str | None = None,
) -> None:
    """Log a failed fetch or parse; the same url and reason again only updates it."""
    time = now()
    with transaction(db):
        db.conn.execute(
            "INSERT INTO crawl_errors (url, status, reason, site, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url, reason) DO UPDATE SET "
            "status = excluded.status, site = coalesce(excluded.site, site), "
            "last_seen = excluded.last_seen",
            (url, status, reason, site, time, time),
        )


def start_run(db: sqlite_utils.Database, command: str, extractor_version: str) -> int:
    """Open a ``runs`` row (status 'running') for a crawl or re-extraction; returns its id.

    Runs of this machine left 'running' by a process that is gone (killed, out of memory) are closed
    as 'interrupted' first, so that no row stays open for ever.
    """
    host = socket.gethostname()
    with transaction(db):
        close_interrupted_runs(db, host)
        cursor = db.conn.execute(
            "INSERT INTO runs (command, extractor_version, started, status, pid, host) "
            "VALUES (?, ?, ?, 'running', ?, ?)",
            (command, extractor_version, now(), os.getpid(), host),
        )
    assert cursor.lastrowid is not None  # an INSERT sets it
    return cursor.lastrowid


def close_interrupted_runs(db: sqlite_utils.Database, host: str) -> list[int]:
    """Mark 'interrupted' the running rows of ``host`` whose process no longer exists; their ids."""
    gone = [
        run_id
        for run_id, pid in db.conn.execute(
            "SELECT id, pid FROM runs WHERE status = 'running' AND (host = ? OR host IS NULL)", (host,)
        ).fetchall()
        if pid is None or not _alive(pid)
    ]
    db.conn.executemany(
        "UPDATE runs SET status = 'interrupted' WHERE id = ?", [(run_id,) for run_id in gone]
    )
    return gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def finish_run(
    db: sqlite_utils.Database,
    run_id: int,
    *,
    pages: int,
    articles: int,
    facts: int,
    errors: int,
    status: str = "finished",
) -> None:
    """Close a run with its end time, totals and status ('finished', or 'failed' when it stopped on an error)."""
    with transaction(db):
        db.conn.execute(
            "UPDATE runs SET finished = ?, pages = ?, articles = ?, facts = ?, errors = ?, status = ? "
            "WHERE id = ?",
            (now(), pages, articles, facts, errors, status, run_id),
        )
    # Fresh planner statistics once a crawl or re-extraction has changed the tables (db/summaries.py).
    summaries.refresh_statistics(db.conn)


COVERAGE_FIELDS = ("with_title", "with_published", "with_body", "with_facts")


def save_run_sites(
    db: sqlite_utils.Database, run_id: int, coverage: dict[str, dict[str, int]], status: dict[str, str] | None = None
) -> None:
    """Store each site's coverage in this run: ``{site: {"articles": n, "with_title": n, ...}}``. Idempotent.

    ``status``: ``{site: "reached" | "failed"}``; a site not named there is 'reached'.
    """
    status = status or {}
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO run_sites (run, site, articles, with_title, with_published, with_body, with_facts, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run, site) DO UPDATE SET articles = excluded.articles, "
            + ", ".join(f"{name} = excluded.{name}" for name in (*COVERAGE_FIELDS, "status")),
            [
                (run_id, site, counts.get("articles", 0), *(counts.get(name, 0) for name in COVERAGE_FIELDS),
                 status.get(site, "reached"))
                for site, counts in sorted(coverage.items())
            ],
        )


def settle_run(
    db: sqlite_utils.Database,
    run_id: int,
    coverage: dict[str, dict[str, int]],
    *,
    sites: list[str],
    pages: int | None,
    unreachable: AbstractSet[str] = frozenset(),
) -> dict[str, str]:
    """After ``finish_run``: each site's coverage and status in ``run_sites``; no trace of a site that gave nothing.

    ``sites``: the sites the run was to crawl; ``pages``: responses it received (None: not known, as for the writer
    of a shared crawl); ``unreachable``: sites it could not reach. A site that stored no article this run is
    'failed' when it was unreachable, when the run received nothing at all, or when the database holds no article of
    it (it yielded nothing, ever); else 'reached' (an incremental run over a site with nothing new). A failed site
    keeps its ``run_sites`` row (articles 0), and a site no article belongs to leaves ``sites`` (so no data page,
    map, dashboard menu or release names it; the next crawl that reaches it adds it again). A run none of whose
    sites was reached is 'failed', not 'finished'.
    Returns ``{site: status}``.
    """
    coverage = {**{site: {} for site in sites}, **coverage}
    with transaction(db):
        with_articles = {
            site for (site,) in db.conn.execute("SELECT DISTINCT site FROM articles WHERE site IS NOT NULL")}
    status = {}
    for site, counts in coverage.items():
        stored = counts.get("articles", 0)
        failed = not stored and (site in unreachable or pages == 0 or site not in with_articles)
        status[site] = "failed" if failed else "reached"
    save_run_sites(db, run_id, coverage, status)
    with transaction(db):
        db.conn.executemany(
            "DELETE FROM sites WHERE site = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE articles.site = sites.site)",
            [(site,) for site in coverage],
        )
        if status and "reached" not in status.values():
            db.conn.execute("UPDATE runs SET status = 'failed' WHERE id = ? AND status = 'finished'", (run_id,))
    return status


def coverage_drops(
    db: sqlite_utils.Database, run_id: int, *, points: float = 0.2, min_articles: int = 3
) -> list[tuple[str, str, float, float]]:
    """(site, field, previous share, share now) where a site's share fell by ``points`` or more since its
    previous run with articles, both runs having at least ``min_articles`` articles of the site."""
    drops = []
    rows = db.conn.execute(
        "SELECT site, articles, " + ", ".join(COVERAGE_FIELDS) + " FROM run_sites WHERE run = ?", (run_id,)
    ).fetchall()
    for site, articles, *now in rows:
        before = db.conn.execute(
            "SELECT articles, " + ", ".join(COVERAGE_FIELDS) + " FROM run_sites "
            "WHERE site = ? AND run < ? AND articles > 0 ORDER BY run DESC LIMIT 1",
            (site, run_id),
        ).fetchone()
        if before is None or articles < min_articles or before[0] < min_articles:
            continue
        for name, count, old in zip(COVERAGE_FIELDS, now, before[1:], strict=True):
            share, old_share = count / articles, old / before[0]
            if old_share - share >= points:
                drops.append((site, name, old_share, share))
    return drops


def stored_urls(db: sqlite_utils.Database, site: str | None = None) -> set[str]:
    """URLs already stored (of one site), for incremental crawling."""
    if site is None:
        return {url for (url,) in db.conn.execute("SELECT url FROM articles")}
    return {url for (url,) in db.conn.execute("SELECT url FROM articles WHERE site = ?", (site,))}


def sites_crawled_through(db: sqlite_utils.Database) -> set[str]:
    """Sites whose latest run went through to its end: the run 'finished', the site 'reached' in it, and neither
    the page cap nor the depth limit hit on it during that run (``crawl_errors``' "page cap reached" and "too deep"
    rows, seen since the run started).

    A re-crawl may stop a site's listing chains at pages whose articles are all stored (spiders/recrawl.py) only
    for these: after an interrupted, failed or capped run the stored articles are the front of the site, and
    what lies behind them was never fetched.
    """
    return {site for (site,) in db.conn.execute(
        "SELECT s.site FROM run_sites s JOIN runs r ON r.id = s.run "
        "WHERE s.run = (SELECT max(run) FROM run_sites WHERE site = s.site) "
        "AND r.status = 'finished' AND s.status = 'reached' "
        "AND NOT EXISTS (SELECT 1 FROM crawl_errors e WHERE e.site = s.site "
        "AND (e.reason LIKE 'page cap reached:%' OR e.reason LIKE 'too deep:%') AND e.last_seen >= r.started)")}


def _day(published: str | None) -> str | None:
    """The date part of an ISO 8601 time: what documents.first_cited/last_cited hold."""
    return published[:10] if published else None


def _year(published: str | None) -> int | None:
    """The year of an ISO 8601 date, in the time zone it is written in."""
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def _json_object(value) -> str | None:
    """A dict (``read_by``) as JSON with its keys in order, None when empty."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def _json_list(value) -> str | None:
    return None if value is None else json.dumps(list(value), ensure_ascii=False)
