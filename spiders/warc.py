"""Every page the crawl reads is kept: one WARC file (ISO 28500) per crawl, written with warcio.

``WarcKeeper`` is a downloader middleware of the crawl process: the response of each request marked
``keep_page`` (articles and listings, live or from an archive) is written as a ``response`` record followed
by its ``request`` record, and the request's meta gets ``warc`` = {warc_file, warc_offset, body_sha256}, which
the callback puts on the article item. The store (a worker process, pipelines.py) only sees those three
values: the bytes never cross the process boundary.

warcio builds the records (headers, digests, WARC-Record-ID, WARC-Concurrent-To); each record is then
written as its own gzip member, the usual ``.warc.gz`` layout, so that ``warc_offset`` points at the start
of a member and ``warcio extract FILE OFFSET`` reads that record alone. The members are compressed here
rather than by warcio's writer because warcio always compresses at zlib level 9: on these pages level 1
takes about a third of the CPU time of level 6 or 9 for files ~15% larger (benchmarks/warc_cost.py), and the
writer runs in the crawl process, whose CPU bounds the crawl. ``WARC_GZIP_LEVEL`` sets it (0: none).

Settings: ``KEEP_PAGES`` (default on; ``-s KEEP_PAGES=0`` turns it off), ``WARC_DIR`` (default ``crawls``),
``WARC_GZIP_LEVEL`` (default 1).
"""

import hashlib
import io
import logging
import os
import zlib
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

# Twisted has already removed the chunked framing from the body: the header would make readers de-chunk it.
DROPPED_RESPONSE_HEADERS = {b"transfer-encoding"}


def body_sha256(body: bytes) -> str:
    """What ``articles.body_sha256`` holds: the hex SHA-256 of the response body as received."""
    return hashlib.sha256(body).hexdigest()


class WarcFile:
    """One WARC file being written: records appended as gzip members, offsets returned."""

    def __init__(self, path: Path, gzip_level: int = 1, software: str = "vn-bulletins"):
        self.path = path
        self.gzip_level = gzip_level
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(path, "ab")
        self.buffer = io.BytesIO()
        self.builder = WARCWriter(self.buffer, gzip=False)  # builds records and serialises them into the buffer
        self.write(self.builder.create_warcinfo_record(path.name, {
            "software": software, "format": "WARC File Format 1.0", "conformsTo":
            "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"}))

    def write(self, record) -> int:
        """Append one record; its offset in the file."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.builder.write_record(record)
        data = self.buffer.getvalue()
        if self.gzip_level:
            compressor = zlib.compressobj(self.gzip_level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
            data = compressor.compress(data) + compressor.flush()
        offset = self.file.tell()
        self.file.write(data)
        return offset

    def write_exchange(self, request, response, fetched_at: str) -> dict:
        """The response record and then its request record; what an article row keeps of them."""
        body = response.body
        status = response.status
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
        headers = [(name.decode("latin-1"), value.decode("latin-1"))
                   for name, values in response.headers.items() if name.lower() not in DROPPED_RESPONSE_HEADERS
                   for value in values]
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        response_record = self.builder.create_warc_record(
            response.url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=StatusAndHeaders(f"{status} {phrase}".strip(), headers, protocol=protocol),
            warc_headers_dict={"WARC-Date": fetched_at})
        offset = self.write(response_record)

        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = [("Host", parts.netloc)] + [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in request.headers.items() for value in values]
        request_record = self.builder.create_warc_record(
            request.url, "request", payload=io.BytesIO(request.body or b""), length=len(request.body or b""),
            http_headers=StatusAndHeaders(f"{request.method} {target} HTTP/1.1", request_headers,
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": fetched_at, "WARC-Concurrent-To":
                               response_record.rec_headers.get_header("WARC-Record-ID")})
        self.write(request_record)
        # Flushed per page: an article stored by the worker process must find its record in the file, even
        # if this crawl is killed next.
        self.file.flush()
        return {"warc_file": str(self.path), "warc_offset": offset, "body_sha256": body_sha256(body)}

    def close(self) -> None:
        self.file.close()


class WarcKeeper:
    """Downloader middleware: pages marked ``keep_page`` go into this crawl's WARC file."""

    def __init__(self, crawler, folder: Path, gzip_level: int):
        self.crawler = crawler
        self.folder = folder
        self.gzip_level = gzip_level
        self.warc: WarcFile | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("KEEP_PAGES", True):
            raise NotConfigured
        keeper = cls(crawler, Path(settings.get("WARC_DIR", "crawls")), settings.getint("WARC_GZIP_LEVEL", 1))
        crawler.signals.connect(keeper.spider_closed, signal=signals.spider_closed)
        return keeper

    def file_name(self) -> Path:
        """``crawls/socongthuong-haiduong-20250101T120000Z-1234.warc.gz``: one per crawl process."""
        spider = self.crawler.spider
        label = getattr(spider, "warc_label", lambda: spider.name)()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        suffix = ".warc.gz" if self.gzip_level else ".warc"
        return self.folder / f"{label}-{stamp}-{os.getpid()}{suffix}"

    def process_response(self, request, response, spider=None):
        if request.meta.get("keep_page") and 200 <= response.status < 300:
            if self.warc is None:
                self.warc = WarcFile(self.file_name(), self.gzip_level)
                logger.info("Keeping every page read in %s", self.warc.path)
            fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
            # Written here, in the reactor's thread: ~0.25 ms a page at level 1. A writer thread cost more
            # than it saved (a thread hop and the GIL passed back and forth on every page: +1.55 ms of the
            # crawl's CPU a page against +0.3 in line, benchmarks/warc_cost.py).
            request.meta["warc"] = self.warc.write_exchange(request, response, fetched_at)
            self.crawler.stats.inc_value("socongthuong/warc_records", 2)
        return response

    def spider_closed(self, spider, reason) -> None:
        if self.warc is not None:
            self.warc.close()


def with_page_record(article, response):
    """The article item, with the WARC record of the page it was read from (when pages are kept)."""
    record = response.meta.get("warc")
    if record:
        article.warc_file, article.warc_offset, article.body_sha256 = (
            record["warc_file"], record["warc_offset"], record["body_sha256"])
    return article
