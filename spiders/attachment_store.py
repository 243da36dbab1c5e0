"""The store's side of attachments: read the file, extract its facts page by page, save it (db/attachments.py).

Runs where articles are stored (pipelines.py): a worker process (``EXTRACT_WORKERS`` >= 1), so reading a PDF
(about 100 pages a second) and OCR of a scanned page (about 2 s) never hold the crawl's reactor; the crawl
process only pickles the bytes down the pipe. ``ATTACHMENT_OCR=0``: scanned pages are not read (status
"skipped" when a file has nothing else).
"""

from db.attachments import attachment_unchanged, save_attachment
from extract import EXTRACTOR_VERSION, extract_facts
from reader.documents import read_document


def store_attachment(db, fields: dict, ocr: bool = True, timeout: float = 60, max_facts: int = 0) -> dict:
    """Read, extract and save one AttachmentItem's fields into ``db`` (the store's connection in this process):
    {status, error, reader, pages, facts}; at most ``max_facts`` facts stored (MAX_FACTS_PER_ARTICLE; 0: all)."""
    url = fields["url"]
    body = fields.pop("body", None)
    unchanged = fields.pop("unchanged", False)
    if not unchanged and body is not None:
        stored = db.conn.execute("SELECT sha256 FROM attachments WHERE url = ? AND status != 'fetch-failed'",
                                 (url,)).fetchone()
        unchanged = stored is not None and stored[0] == fields.get("sha256")
    if unchanged and attachment_unchanged(db, url, fields.get("fetched_at")):
        if fields.get("etag") or fields.get("last_modified"):  # the server's newest validators, for next time
            db.conn.execute("UPDATE attachments SET etag = coalesce(?, etag), "
                            "last_modified = coalesce(?, last_modified) WHERE url = ?",
                            (fields.get("etag"), fields.get("last_modified"), url))
            db.conn.commit()
        return {"status": "unchanged", "error": None, "reader": None, "pages": 0, "facts": 0, "found": 0}
    document = read_document(body or b"", url, fields.get("content_type"), ocr=ocr, timeout=timeout)
    facts_by_page = [extract_facts(page) for page in document.pages] if document.status == "read" else []
    found = sum(map(len, facts_by_page))
    if max_facts and found > max_facts:  # MAX_FACTS_PER_ARTICLE: the first ones, page order
        left, capped = max_facts, []
        for facts in facts_by_page:
            capped.append(facts[:left])
            left -= len(capped[-1])
        facts_by_page = capped
    row = {key: fields.get(key) for key in ("url", "article_url", "site", "content_type", "sha256", "etag",
                                            "last_modified", "http_status", "fetched_at", "warc_file", "warc_offset")}
    row.update(kind=document.kind, bytes=len(body or b""), reader=document.reader or None, status=document.status,
               error=document.error)
    save_attachment(db, row, document.pages, facts_by_page, EXTRACTOR_VERSION)
    return {"status": document.status, "error": document.error, "reader": document.reader,
            "pages": len(document.pages), "facts": sum(map(len, facts_by_page)), "found": found}
