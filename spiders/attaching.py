"""Fetching the files an article links to (PDF, Word, Excel, OpenDocument, RTF): its attachments.

A mixin of the spider, as following.py: the requests' callback is the spider's ``parse_attachment``, so a
request can be stored (JOBDIR's disk queue, a shared crawl's Redis queue). An attachment is requested like a
page, under the same robots.txt, politeness and offsite rules, with two limits of its own: at most
``ATTACHMENTS_PER_ARTICLE`` (20) files an article, each at most ``ATTACHMENT_MAXSIZE`` bytes (30 MB, the
request's ``download_maxsize``; a larger one is cancelled and recorded). Its response is kept in the WARC
(``keep_page``), and handed to the store as an AttachmentItem: reading (reader.documents: a PDF's text,
OCR of its scanned pages) and extraction run in the store's worker process, never on the crawl's reactor.

A file fetched before (``attachments`` table) is asked for again with ``If-None-Match`` / ``If-Modified-Since``:
a 304 is "unchanged", and so are the same bytes (sha256) under a server that ignores those headers; neither is
read again. ``-s ATTACHMENTS=0``: no attachment is fetched. A file that cannot be fetched or read leaves a
``crawl_errors`` row; the crawl goes on.

A page link that turns out to be a document (its Content-Type or Content-Disposition says so) is taken as an
attachment of the page that linked it (the Referer), rather than a page that is no HTML.
"""

import hashlib
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy

from .items import AttachmentItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.utils.log import SpiderLoggerAdapter

EXTENSIONS = (".pdf", ".docx", ".doc", ".xlsx", ".xls", ".odt", ".ods", ".rtf")
DOCUMENT_TYPES = re.compile(rb"application/(pdf|msword|vnd\.ms-excel|vnd\.openxmlformats-officedocument|"
                            rb"vnd\.oasis\.opendocument|rtf)|text/rtf", re.IGNORECASE)


def is_attachment_url(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(EXTENSIONS)


def is_document_response(response) -> bool:
    """A response whose Content-Type, or Content-Disposition's file name, says it is a document."""
    content_type = response.headers.get(b"Content-Type", b"") or b""
    disposition = (response.headers.get(b"Content-Disposition", b"") or b"").decode("latin-1").lower()
    named = re.search(r"filename\*?=[^;]*?(\.[a-z]{3,4})[\"']?\s*(;|$)", disposition)
    return bool(DOCUMENT_TYPES.search(content_type)) or bool(named and named.group(1) in EXTENSIONS)


class Attaching:
    """The spider provides ``settings``, ``crawler``, ``logger``, ``profile_of``, ``failed``, ``unknown_site``."""

    if TYPE_CHECKING:  # provided by the spider (spiders/socongthuong.py, scrapy.Spider)
        crawler: Crawler
        settings: BaseSettings

        @property
        def logger(self) -> SpiderLoggerAdapter: ...

        def failed(self, failure: Any) -> Any: ...

    def attachments_on(self) -> bool:
        return self.settings.getbool("ATTACHMENTS", True) and not self.settings.get("REDIS_URL")

    def stored_attachment(self, url: str) -> tuple | None:
        """(etag, last_modified, sha256) of the file as stored by an earlier crawl, read once a crawl."""
        if getattr(self, "_attachment_validators", None) is None:
            self._attachment_validators = {}
            try:
                from db import open_db
                from db.attachments import stored_validators

                db = open_db(self.settings["SQLITE_PATH"])
                try:
                    self._attachment_validators = stored_validators(db)
                finally:
                    db.close()
            except Exception as error:  # no database yet, or another's: every file is new
                self.logger.info("No stored attachments read (%r): every file is fetched", error)
        return self._attachment_validators.get(url)

    def attachment_requests(self, item) -> list[scrapy.Request]:
        """Requests for the article's attachments: the first ATTACHMENTS_PER_ARTICLE, once each per crawl."""
        if not self.attachments_on() or not item.attachments:
            return []
        limit = self.settings.getint("ATTACHMENTS_PER_ARTICLE", 20)
        urls = list(dict.fromkeys(url for url in item.attachments
                                  if url.startswith(("http://", "https://")) and is_attachment_url(url)))
        if limit and len(urls) > limit:
            self.crawler.stats.inc_value("socongthuong/attachments_over_limit", len(urls) - limit)
            urls = urls[:limit]
        requested = self.__dict__.setdefault("_attachments_requested", set())
        requests = []
        for url in urls:
            if url in requested:
                continue
            requested.add(url)
            requests.append(self.attachment_request(url, item.url, item.site))
        return requests

    def attachment_request(self, url: str, article_url: str, site: str | None) -> scrapy.Request:
        headers = {}
        stored = self.stored_attachment(url)
        if stored:
            etag, modified, _ = stored
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        meta = {"keep_page": True, "download_maxsize": self.settings.getint("ATTACHMENT_MAXSIZE", 30 * 2**20),
                "attachment_of": article_url, "site": site, "handle_httpstatus_list": [304],
                "dont_merge_cookies": True}
        self.crawler.stats.inc_value("socongthuong/attachments_requested")
        # dont_filter: the fingerprint of a document is its URL, which the stored-articles filter may know.
        return scrapy.Request(url, callback=self.parse_attachment, errback=self.failed, headers=headers,
                              meta=meta, dont_filter=True, priority=-1)

    def parse_attachment(self, response):
        """An attachment's response: an AttachmentItem for the store (bytes, or unchanged)."""
        meta = response.meta
        article_url = meta.get("attachment_of") or (response.request.headers.get(b"Referer") or b"").decode("latin-1")
        profile = self.profile_of(response.url)
        site = meta.get("site") or (profile.site if profile else self.unknown_site)
        header = lambda name: (response.headers.get(name) or b"").decode("latin-1") or None  # noqa: E731
        item = AttachmentItem(response.url, article_url, site, response.status, header(b"Content-Type"),
                              etag=header(b"ETag"), last_modified=header(b"Last-Modified"))
        stored = self.stored_attachment(response.url) or self.stored_attachment(response.request.url)
        if response.status == 304:
            item.unchanged = True
            self.crawler.stats.inc_value("socongthuong/attachments_unchanged")
            yield item
            return
        record = meta.get("warc") or {}
        item.sha256 = hashlib.sha256(response.body).hexdigest()
        item.warc_file, item.warc_offset = record.get("warc_file"), record.get("warc_offset")
        if stored and stored[2] == item.sha256:  # a server that ignores conditional requests: the same bytes
            item.unchanged = True
            self.crawler.stats.inc_value("socongthuong/attachments_unchanged")
        else:
            item.body = response.body
            self.crawler.stats.inc_value("socongthuong/attachments_fetched")
        yield item
