"""``db reextract`` and ``db reparse`` over attachments: their facts from the stored text, or the file read
again from its WARC record (no network).

- ``reextract_attachments``: each stored attachment's pages (``attachments.text``) through the current extractor,
  its facts replaced (one transaction per file).
- ``reparse_attachments``: each attachment that keeps a WARC record read again with the current readers
  (reader.documents) and its facts extracted; written only where its text, reader, status or facts changed,
  so a second pass writes nothing.
"""

import hashlib
import zlib
from pathlib import Path
from typing import Any

import sqlite_utils

import extract
from reader.documents import read_document

from .attachments import attachment_pages, link_documents, replace_attachment_facts, save_attachment
from .reparse import RecordError, decoded_body, read_record, warc_path
from .schema import ALL_FACT_TABLES, PAGE_SEPARATOR
from .write import record_error, transaction

_KEPT = ("url", "article_url", "site", "content_type", "sha256", "etag", "last_modified", "http_status",
         "fetched_at", "checked_at", "warc_file", "warc_offset", "bytes", "document")


def _place(db, article_id):
    return db.execute("SELECT substr(a.published, 1, 10), s.province FROM articles a LEFT JOIN sites s "
                      "ON s.site = a.site WHERE a.id = ?", (article_id,)).fetchone() or (None, None)


def reextract_attachments(db: sqlite_utils.Database, version: str | None = None) -> tuple[int, int]:
    """(attachments, facts written): every read attachment's facts from its stored text."""
    version = version or extract.EXTRACTOR_VERSION
    files = facts = 0
    rows = db.execute("SELECT id, url, article, text FROM attachments WHERE status = 'read' AND article IS NOT NULL "
                      "ORDER BY id").fetchall()
    for attachment_id, url, article_id, text in rows:
        facts_by_page = [extract.extract_facts(page) for page in attachment_pages(text)]
        day, province = _place(db, article_id)
        with transaction(db):
            facts += replace_attachment_facts(db, attachment_id, url, article_id, facts_by_page, version,
                                              province, day)
            db.conn.execute("UPDATE attachments SET extractor_version = ? WHERE id = ?", (version, attachment_id))
        files += 1
    link_documents(db)
    return files, facts


def _stored_facts(db, url) -> set[tuple]:
    out = set()
    for table in ALL_FACT_TABLES:
        out |= {(table, *row) for row in db.execute(f'SELECT field, start, "end", text, page FROM {table} '
                                                    "WHERE attachment_url = ?", (url,))}
    return out


def reparse_attachments(db: sqlite_utils.Database, *, db_path: Path | None = None, warc_dir: Path | None = None,
                        ocr: bool = True) -> dict:
    """Re-read every attachment kept in a WARC record; {'files', 'changed', 'errors'}."""
    version = extract.EXTRACTOR_VERSION
    report: dict[str, Any] = {"files": 0, "changed": [], "errors": []}
    columns = ("id", *_KEPT, "text", "reader", "status", "error")
    rows = db.execute(f"SELECT {', '.join(columns)} FROM attachments WHERE warc_file IS NOT NULL "
                      "AND warc_offset IS NOT NULL ORDER BY id").fetchall()
    for row in rows:
        stored = dict(zip(columns, row, strict=True))
        try:
            page = read_record(warc_path(stored["warc_file"], db_path, warc_dir), stored["warc_offset"])
            data = decoded_body(page)
            if stored["sha256"] and hashlib.sha256(data).hexdigest() != stored["sha256"]:
                raise RecordError("the WARC record's payload does not match the attachment's sha256")
        except (RecordError, ValueError, zlib.error) as error:
            report["errors"].append((stored["url"], str(error)))
            record_error(db, stored["url"], None, f"reparse: {error}", stored["site"])
            continue
        report["files"] += 1
        document = read_document(data, stored["url"], stored["content_type"], ocr=ocr)
        facts_by_page = [extract.extract_facts(p) for p in document.pages] if document.status == "read" else []
        text = PAGE_SEPARATOR.join(document.pages) if document.pages else None
        fields = {"text": text, "reader": document.reader or None, "status": document.status, "error": document.error}
        before = _stored_facts(db, stored["url"])
        after = {(table, f"attachment:{stored['id']}:{number}", fact["start"], fact["end"], fact["text"], number)
                 for number, facts in enumerate(facts_by_page, start=1) for fact in facts
                 for table in [_table_of(fact)]}
        changed = [name for name, value in fields.items() if value != stored[name]]
        if not changed and before == after:
            continue
        save_attachment(db, {**{name: stored[name] for name in _KEPT}, "kind": document.kind, **fields},
                        document.pages, facts_by_page, version)
        report["changed"].append((stored["url"], changed or ["facts"]))
    return report


def _table_of(fact: dict) -> str:
    from .schema import FACT_TABLES, OTHER_FACTS

    return FACT_TABLES.get(fact["type"], OTHER_FACTS)
