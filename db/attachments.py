"""Storing attachments: the file's row in ``attachments``, its text in ``attachments_fts``, its facts.

An attachment is a PDF, Word or Excel file an article links to (spiders/attaching.py fetches it, reader.documents
reads it). Its facts go to the fact tables beside the article's own, on the article that links it, with
``attachment_url`` and ``page`` (1-based page of a PDF, sheet of a workbook; 1 for a Word file) set; ``field``
is ``attachment:<id>:<page>`` (unique per file and page, so the tables' primary key holds) and ``start``/``end``
index that page's NFC text. Saving a file again replaces its facts, and only its own: idempotent.

A file that is a document (its number in its first lines, "Số: 15/2024/QĐ-UBND", or in its file name) says so
in ``attachments.document``, and the ``documents`` row of that document gets ``attachment_url``: the dataset
holds the cited document's text.
"""

import re
import unicodedata
from urllib.parse import unquote, urlsplit

import sqlite_utils

from .documents import citations_of, document_key, ensure_documents, update_documents
from .schema import ALL_FACT_TABLES, ATTACHMENT_COLUMNS, PAGE_SEPARATOR, fact_columns
from .search import fold
from .write import fact_rows, now, transaction

__all__ = ["save_attachment", "link_documents", "search_attachments", "attachment_unchanged", "stored_validators",
           "own_document", "attachment_pages", "replace_attachment_facts"]

_INSERT = {
    table: 'INSERT OR REPLACE INTO {} ({}, attachment_url, page) VALUES ({})'.format(
        table, ", ".join(f'"{c}"' for c in fact_columns(table)), ", ".join("?" * (len(fact_columns(table)) + 2)))
    for table in ALL_FACT_TABLES
}
_COLUMNS = [c for c in ATTACHMENT_COLUMNS if c != "id"]
_UPSERT = (
    f"INSERT INTO attachments ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    "ON CONFLICT(url) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:]) + " RETURNING id"
)
_FTS_INSERT = "INSERT INTO attachments_fts(rowid, text, folded) VALUES (?, ?, ?)"
_FTS_DELETE = "INSERT INTO attachments_fts(attachments_fts, rowid, text, folded) VALUES ('delete', ?, ?, ?)"

# "Số: 15/2024/QĐ-UBND", "Số 1288/QĐ-TTg" in a document's first lines.
_NUMBER_LINE = re.compile(r"^\s*Số\s*[:.]?\s*(\d+[\w./-]*/[A-ZĐ][\w-]*[A-ZĐ])", re.MULTILINE)
# A file name such as 15-2024-QD-UBND.pdf or 1288_QĐ-TTg.pdf
_NUMBER_NAME = re.compile(r"^(\d+)(?:[-_](\d{4}))?[-_]((?:QD|QĐ|ND|NĐ|TT|CT|KH|NQ|TB|BC)[-_][A-ZĐ]+)\b", re.IGNORECASE)
_LETTERS = {"QD": "QĐ", "ND": "NĐ"}


def attachment_pages(text: str | None) -> list[str]:
    """The pages of a stored attachment's text."""
    return (text or "").split(PAGE_SEPARATOR) if text else []


def own_document(url: str, pages: list[str]) -> str | None:
    """The number of the document a file is: on a line "Số: ..." of its first page, else in its file name."""
    head = "\n".join((pages[0] if pages else "").splitlines()[:30])
    if found := _NUMBER_LINE.search(head):
        return found.group(1).rstrip(".-/")
    name = unicodedata.normalize("NFC", unquote(urlsplit(url).path.rsplit("/", 1)[-1]))
    if found := _NUMBER_NAME.match(name):
        number, year, kind = found.groups()
        head, _, issuer = kind.replace("_", "-").partition("-")
        head = head.upper()
        issuer = issuer if any(c.isupper() for c in issuer) else issuer.upper()  # TTg as written; ubnd: UBND
        kind = f"{_LETTERS.get(head, head)}-{issuer}"
        return f"{number}/{year}/{kind}" if year else f"{number}/{kind}"
    return None


def stored_validators(db: sqlite_utils.Database) -> dict[str, tuple[str | None, str | None, str | None]]:
    """url -> (etag, last_modified, sha256) of every attachment fetched: the next crawl's conditional requests."""
    return {url: (etag, modified, sha) for url, etag, modified, sha in db.conn.execute(
        "SELECT url, etag, last_modified, sha256 FROM attachments WHERE sha256 IS NOT NULL")}


def attachment_unchanged(db: sqlite_utils.Database, url: str, checked_at: str | None = None) -> bool:
    """A 304 or the same sha256: only ``checked_at`` changes. False if the URL is not stored."""
    with transaction(db):
        changed = db.conn.execute("UPDATE attachments SET checked_at = ? WHERE url = ?",
                                  (checked_at or now(), url)).rowcount
    return bool(changed)


def save_attachment(db: sqlite_utils.Database, attachment: dict, pages: list[str],
                    facts_by_page: list[list[dict]], version: str | None) -> int:
    """Upsert one attachment by URL with its text, and replace its facts (one transaction); its id.

    ``attachment``: the columns of ``schema.ATTACHMENT_COLUMNS`` (missing ones null) and ``article_url``, whose
    article must be stored. ``facts_by_page[i]``: the facts of ``pages[i]`` (offsets into that page)."""
    conn = db.conn
    with transaction(db):
        article = conn.execute(
            "SELECT a.id, substr(a.published, 1, 10), s.province FROM articles a LEFT JOIN sites s ON s.site = a.site "
            "WHERE a.url = ?", (attachment.get("article_url"),)).fetchone()
        article_id, day, province = article if article else (None, None, None)
        text = PAGE_SEPARATOR.join(pages) if pages else None
        document = attachment.get("document")
        if document is None and pages:
            document = own_document(attachment["url"], pages)
        values = {**attachment, "article": article_id, "text": text, "pages": len(pages) if pages else None,
                  "document": document and document_key(document, province)[0], "extractor_version": version,
                  "checked_at": attachment.get("checked_at") or attachment.get("fetched_at")}
        old = conn.execute("SELECT id, text FROM attachments WHERE url = ?", (attachment["url"],)).fetchone()
        (attachment_id,) = conn.execute(_UPSERT, [values.get(c) for c in _COLUMNS]).fetchone()
        if old is None or old[1] != text:
            if old is not None and old[1]:
                conn.execute(_FTS_DELETE, (attachment_id, old[1], fold(old[1])))
            if text:
                conn.execute(_FTS_INSERT, (attachment_id, text, fold(text)))
        if article_id is not None:
            replace_attachment_facts(db, attachment_id, attachment["url"], article_id, facts_by_page, version,
                                     province, day)
        if values["document"]:
            conn.execute("UPDATE documents SET attachment_url = ? WHERE document = ?",
                         (attachment["url"], values["document"]))
    return attachment_id


def replace_attachment_facts(db: sqlite_utils.Database, attachment_id: int, url: str, article_id: int,
                             facts_by_page: list[list[dict]], version: str | None, province: str | None,
                             day: str | None) -> int:
    """Inside the caller's transaction: the file's facts replaced, ``documents`` kept in step; how many."""
    conn = db.conn
    old_citations = citations_of(db, article_id)
    for table in ALL_FACT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE attachment_url = ?", (url,))
    written = 0
    for page, facts in enumerate(facts_by_page, start=1):
        facts = [{**fact, "field": f"attachment:{attachment_id}:{page}"} for fact in facts]
        rows = fact_rows(article_id, facts, version or "", province)
        if rows["legal_refs"]:
            code_at = list(fact_columns("legal_refs")).index("code")
            document_at = list(fact_columns("legal_refs")).index("document")
            ensure_documents(db, {(row[document_at], row[code_at], *document_key(row[code_at], province)[1:])
                                  for row in rows["legal_refs"] if row[document_at] is not None})
        for table, table_rows in rows.items():
            if table_rows:
                conn.executemany(_INSERT[table], [(*row, url, page) for row in table_rows])
                written += len(table_rows)
    new_citations = citations_of(db, article_id)
    if old_citations or new_citations:
        update_documents(db, old_citations, new_citations, day, day)
    return written


def link_documents(db: sqlite_utils.Database) -> int:
    """Every ``documents`` row whose document a stored file is gets that file's URL (the first read one): a
    repair for rows made after their file was stored (``db reextract`` runs it). The rows changed."""
    with transaction(db):
        return db.conn.execute(
            "UPDATE documents SET attachment_url = (SELECT min(t.url) FROM attachments t WHERE t.document = "
            "documents.document AND t.status = 'read') WHERE attachment_url IS NOT (SELECT min(t.url) FROM "
            "attachments t WHERE t.document = documents.document AND t.status = 'read')").rowcount


def search_attachments(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    """Attachments whose text matches ``query`` as the articles' search does (db.search.search: every word, in the
    text or its folded copy, so "khuyen cong" finds "khuyến công"), best first, with the article linking each
    and the first page holding the first word."""
    from datasette.utils import escape_fts

    found = []
    for attachment_id, url, article_url, text in db.execute(
            "SELECT t.id, t.url, t.article_url, t.text FROM attachments_fts JOIN attachments t "
            "ON t.id = attachments_fts.rowid WHERE attachments_fts MATCH ? ORDER BY attachments_fts.rank LIMIT ?",
            (escape_fts(query), limit)):
        word = fold(query.split()[0]) if query.split() else ""
        page = next((n for n, p in enumerate(attachment_pages(text), start=1) if word in fold(p)), None)
        found.append({"id": attachment_id, "url": url, "article_url": article_url, "page": page})
    return found
