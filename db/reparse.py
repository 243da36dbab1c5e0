"""Re-read stored pages from their WARC records with the current parsers and extractor (no network).

``python -m db reparse bulletins.db`` takes every article that keeps a WARC record (``warc_file``,
``warc_offset``), reads the page's bytes back from the record (checked against ``body_sha256``), parses them
with the site's profile as the crawl did (``spiders.parsing``), extracts the facts again and writes the
article and its facts where anything changed, one transaction per article (``db.write.save_article``: upsert
by URL, facts replaced). An unchanged article is not written at all, so a second pass changes nothing. It
reports the articles whose title, date or body changed, and the facts added and removed.

``db reextract`` stays the cheaper pass when only the extractor changed (it reads the stored text).
"""

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

import extract
from reader import parse_html, read_page
from reader.archive_urls import split_capture
from reader.profiles import all_profile_names, load_profile

from .schema import ALL_FACT_TABLES, fact_columns
from .write import fact_rows, finish_run, record_error, save_article, start_run

# The article fields a page gives; a change to any of them is written. Title, date and body are reported.
PAGE_FIELDS = ("title", "lead", "published", "author", "body", "category", "related", "attachments", "read_by")
REPORTED = ("title", "published", "body")
KEPT_FIELDS = ("url", "site", "status", "fetched_at", "source", "archived_at", "archive_url", "warc_file",
               "warc_offset", "body_sha256")


class RecordError(Exception):
    """The WARC record of an article is missing, unreadable or not the bytes it was read from."""


@dataclass
class Page:
    url: str  # the URL the page was fetched from (a capture URL for an archive read)
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # the payload as received (content encoding not removed): what body_sha256 digests


@dataclass
class ReparseReport:
    run: int = 0
    articles: int = 0  # articles with a WARC record, read again
    changed: list[tuple[str, list[str]]] = field(default_factory=list)  # (url, fields changed)
    facts_added: int = 0
    facts_removed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    attachments: int = 0  # attachments with a WARC record, read again (db/attachment_passes.py)
    attachments_changed: list[tuple[str, list[str]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{url}: {', '.join(fields)} changed" for url, fields in self.changed]
        out += [f"{url}: not re-read ({reason})" for url, reason in self.errors]
        out += [f"{url}: attachment {', '.join(fields)} changed" for url, fields in self.attachments_changed]
        if self.attachments:
            out.append(f"{self.attachments} attachments re-read: {len(self.attachments_changed)} changed")
        out.append(f"{self.articles} articles re-read from their WARC records: {len(self.changed)} changed, "
                   f"{self.facts_added} facts added, {self.facts_removed} removed, {len(self.errors)} errors; "
                   f"run {self.run}")
        return out


def read_record(path: Path, offset: int) -> Page:
    """The HTTP response kept in the WARC record at ``offset`` of ``path``."""
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None or record.rec_type != "response":
                raise RecordError(f"no response record at offset {offset} of {path}")
            return Page(url=record.rec_headers.get_header("WARC-Target-URI"),
                        status=int(record.http_headers.get_statuscode()),
                        headers=list(record.http_headers.headers), body=record.raw_stream.read())
    except OSError as error:
        raise RecordError(f"cannot read {path}: {error}") from None


def decoded_body(page: Page) -> bytes:
    """The body without its Content-Encoding (what the crawl's HttpCompressionMiddleware handed the parser)."""
    encoding = next((v.strip().lower() for k, v in page.headers if k.lower() == "content-encoding"), "")
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(page.body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(page.body)
        except zlib.error:
            return zlib.decompress(page.body, -zlib.MAX_WBITS)
    if encoding == "br":
        import brotli  # Scrapy asks for br only when a brotli package is installed

        return brotli.decompress(page.body)
    return page.body


def parse_page(page: Page, site: str | None, source: str | None) -> dict | None:
    """The article fields the current readers read from a kept page (reader.read_page, as the crawl), or None."""
    url = page.url
    capture = split_capture(url) if source == "archive" else None
    if capture:
        url = capture[1]  # read as the live page, as the crawl did
    content_type = next((value for name, value in page.headers if name.lower() == "content-type"), None)
    profile = load_profile(site) if site in all_profile_names() else None
    found = read_page(parse_html(decoded_body(page), content_type), url, profile, None, site).article
    if found is None:
        return None
    article = vars(found) | {"site": site, "status": page.status}
    article["url"] = profile.canonicalize(url) if profile is not None else url.split("#")[0]
    return article


def warc_path(name: str, db_path: Path | None, warc_dir: Path | None) -> Path:
    """Where a stored ``warc_file`` is now: as written, beside the database, or in ``warc_dir``."""
    path = Path(name)
    candidates = [path]
    if not path.is_absolute() and db_path is not None:
        candidates.append(db_path.parent / path)
    if warc_dir is not None:
        candidates.append(warc_dir / path.name)
    return next((c for c in candidates if c.is_file()), path)


NOT_COMPARED = ("article", "extractor_version")  # the same fact under a newer extractor is the same fact


def stored_facts(db: sqlite_utils.Database, article_id: int) -> set[tuple]:
    """Every fact of an article, as comparable tuples (table, its columns but article and extractor version)."""
    facts = set()
    for table in ALL_FACT_TABLES:
        columns = [c for c in fact_columns(table) if c not in NOT_COMPARED]
        quoted = ", ".join(f'"{c}"' for c in columns)  # "start", "end" are SQL keywords
        sql = f"SELECT {quoted} FROM {table} WHERE article = ? AND attachment_url IS NULL"  # its own text's
        facts |= {(table, *row) for row in db.execute(sql, (article_id,))}
    return facts


def new_facts(db: sqlite_utils.Database, article_id: int, facts: list[dict], version: str) -> set[tuple]:
    """The same tuples for facts as ``db.write`` would store them for this article."""
    (province,) = db.execute("SELECT s.province FROM articles a LEFT JOIN sites s ON s.site = a.site "
                             "WHERE a.id = ?", (article_id,)).fetchone()
    out = set()
    for table, rows in fact_rows(article_id, facts, version, province).items():
        columns = list(fact_columns(table))
        keep = [index for index, column in enumerate(columns) if column not in NOT_COMPARED]
        out |= {(table, *(row[index] for index in keep)) for row in rows}
    return out


def reparse(db: sqlite_utils.Database, *, db_path: Path | None = None, warc_dir: Path | None = None,
            command: str = "reparse") -> ReparseReport:
    """Re-read every article that keeps a WARC record; write those whose page now reads differently."""
    version = extract.EXTRACTOR_VERSION
    report = ReparseReport(run=start_run(db, command, version))
    columns = ("id", *KEPT_FIELDS, *PAGE_FIELDS)
    rows = db.execute(f"SELECT {', '.join(columns)} FROM articles WHERE warc_file IS NOT NULL "
                      "AND warc_offset IS NOT NULL ORDER BY id").fetchall()
    for row in rows:
        stored = dict(zip(columns, row, strict=True))
        url = stored["url"]
        try:
            page = read_record(warc_path(stored["warc_file"], db_path, warc_dir), stored["warc_offset"])
            if stored["body_sha256"] and hashlib.sha256(page.body).hexdigest() != stored["body_sha256"]:
                raise RecordError("the WARC record's payload does not match body_sha256")
            item = parse_page(page, stored["site"], stored["source"])
            if item is None:
                raise RecordError("the current parser finds no article in the page")
        except (RecordError, ValueError, zlib.error) as error:
            report.errors.append((url, str(error)))
            record_error(db, url, None, f"reparse: {error}", stored["site"])
            continue
        report.articles += 1
        article = {**item, **{name: stored[name] for name in KEPT_FIELDS}}
        changed = [name for name in PAGE_FIELDS if _comparable(name, article[name]) != _comparable(name, stored[name])]
        facts = extract.extract_article_facts(article["title"], article["lead"], article["body"])
        before, after = stored_facts(db, stored["id"]), new_facts(db, stored["id"], facts, version)
        if not changed and before == after:
            continue
        save_article(db, article, facts, version)
        report.facts_added += len(after - before)
        report.facts_removed += len(before - after)
        if changed:
            report.changed.append((url, [name for name in changed if name in REPORTED] or changed))
    from .attachment_passes import reparse_attachments  # the articles' files, from their WARC records too

    files = reparse_attachments(db, db_path=db_path, warc_dir=warc_dir)
    report.attachments = files["files"]
    report.attachments_changed = files["changed"]
    report.errors += files["errors"]
    finish_run(db, report.run, pages=0, articles=len(report.changed), facts=report.facts_added,
               errors=len(report.errors))
    return report


def _comparable(name: str, value):
    """Stored JSON lists and item lists compare as lists."""
    if name in ("related", "attachments"):
        return json.loads(value) if isinstance(value, str) else list(value or [])
    if name == "read_by":
        return json.loads(value) if isinstance(value, str) else dict(value or {})
    return value
