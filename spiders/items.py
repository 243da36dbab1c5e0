"""What the spider yields: an article, or a page that failed (both go to SQLite through the pipeline)."""

from dataclasses import dataclass, field
from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class ArticleItem:
    """One article; the fields are the ``article`` dict of ``db.write.save_article``. Text is NFC."""

    url: str  # canonical
    site: str
    category: str | None
    title: str
    lead: str | None
    published: str | None  # ISO 8601 with +07:00
    author: str | None
    body: str  # paragraphs separated by a blank line
    related: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    fetched_at: str = field(default_factory=utc_now)
    status: int = 200
    read_by: dict[str, str] = field(default_factory=dict)  # field -> the reader that gave it (reader/page.py)
    # Provenance (spiders/archive.py, spiders/warc.py): where the page was read from and where it is kept.
    source: str = "live"  # or "archive": read from a web archive's capture
    archived_at: str | None = None  # the capture's time, ISO 8601 UTC
    archive_url: str | None = None  # the capture's original bytes, <archive>/web/<timestamp>id_/<url>
    warc_file: str | None = None  # the WARC file of this run that keeps the page
    warc_offset: int | None = None  # offset of the page's response record in it
    body_sha256: str | None = None  # sha256 of the response body the article was read from


@dataclass
class CrawlErrorItem:
    """A page that could not be fetched or parsed: goes to the crawl_errors table."""

    url: str
    status: int | None
    reason: str
    site: str | None = None


@dataclass
class AttachmentItem:
    """A file an article links to (spiders/attaching.py): its bytes go to the store, which reads them
    (reader.documents) and stores text and facts (db/attachments.py). ``unchanged``: a 304, or the bytes
    of the stored file: nothing to read again."""

    url: str
    article_url: str
    site: str | None
    http_status: int
    content_type: str | None = None
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    unchanged: bool = False
    fetched_at: str = field(default_factory=utc_now)
    warc_file: str | None = None
    warc_offset: int | None = None
