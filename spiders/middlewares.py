"""The crawl's limits, as Scrapy middlewares: what a hostile or broken site cannot make the crawl do.

Each limit is a setting (spiders/settings.py, README "Reliability"). A request a limit refuses raises
``LimitReached`` (an ``IgnoreRequest``), which reaches the request's errback: the spider records it in
``crawl_errors`` (spiders/socongthuong.py ``failed``). Limits that refuse many requests of one site (the
page cap, the depth limit) record the first only, and count the others in the stats.
"""

import asyncio
import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.response import response_status_message

from .items import CrawlErrorItem

logger = logging.getLogger(__name__)


class LimitReached(IgnoreRequest):
    """A request refused by one of the crawl's limits; ``record``: write it to crawl_errors."""

    def __init__(self, reason: str, status: int | None = None, record: bool = True):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.record = record


def site_of_url(spider, url: str) -> str:
    """The site (profile name, or the unknown site's host) a URL belongs to."""
    profile = spider.profile_of(url) if hasattr(spider, "profile_of") else None
    if profile is not None:
        return profile.site
    return getattr(spider, "unknown_site", None) or urlsplit(url).hostname or url


class PageCap:
    """At most ``MAX_PAGES_PER_SITE`` pages fetched per site in one crawl (0: no cap).

    A trap (a calendar, endless filters, a generated site) ends here whatever its links look like.
    Counted as requests reach the downloader: after the duplicate filter, so each is a new page.
    """

    def __init__(self, crawler, cap: int):
        self.crawler = crawler
        self.cap = cap
        self.fetched: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        cap = crawler.settings.getint("MAX_PAGES_PER_SITE")
        if cap <= 0:
            raise NotConfigured
        return cls(crawler, cap)

    def process_request(self, request):
        if urlsplit(request.url).path == "/robots.txt":
            return None
        site = site_of_url(self.crawler.spider, request.url)
        count = self.fetched.get(site, 0)
        if count >= self.cap:
            self.crawler.stats.inc_value("socongthuong/page_cap_refused")
            first = count == self.cap
            if first:
                self.fetched[site] = count + 1  # recorded once
                logger.warning("Page cap reached on %s: %d pages fetched (MAX_PAGES_PER_SITE); the rest of the "
                               "site is not fetched in this run", site, self.cap)
            raise LimitReached(f"page cap reached: {self.cap} pages of {site} fetched (MAX_PAGES_PER_SITE)",
                               record=first)
        self.fetched[site] = count + 1
        return None


class RecordedDepthMiddleware(DepthMiddleware):
    """Scrapy's DEPTH_LIMIT, and a crawl_errors row (the first link refused on each site) when it is hit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.recorded: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def get_processed_request(self, request, response):
        processed = super().get_processed_request(request, response)
        if processed is not None or response is None:
            return processed
        site = site_of_url(self.crawler.spider, request.url)
        if site in self.recorded:
            return None
        self.recorded.add(site)
        logger.warning("Depth limit reached on %s: links more than %d deep are not followed (DEPTH_LIMIT)",
                       site, self.maxdepth)
        # An item in the spider's output: the pipeline stores it like any other error.
        return CrawlErrorItem(request.url, None, f"too deep: more than {self.maxdepth} links from the start page "
                              "(DEPTH_LIMIT); links this deep not followed", site)


class BoundedHttpCompression(HttpCompressionMiddleware):
    """Scrapy's decompression, which stops at DOWNLOAD_MAXSIZE of decompressed bytes (a gzip bomb): recorded."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as refused:
            raise LimitReached(f"too large: {refused}", status=response.status) from refused


class LoopRecordingRedirect(RedirectMiddleware):
    """Scrapy's redirects; a redirect back to a URL of the same chain, or past REDIRECT_MAX_TIMES, is recorded."""

    def process_response(self, request, response, spider=None):
        redirects = 300 <= response.status < 400 and not request.meta.get("dont_redirect")
        location = response.headers.get(b"Location") if redirects else None
        if location:
            target = urljoin(request.url, location.decode("latin-1"))
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in chain:
                raise LimitReached("redirect loop: " + " → ".join([*chain, target]), status=response.status)
        try:
            return super().process_response(request, response)
        except IgnoreRequest as refused:
            raise LimitReached(f"too many redirects ({refused}): " + " → ".join(
                [*request.meta.get("redirect_urls", []), request.url]), status=response.status) from refused


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting as long as a 429 or 503 asks (``Retry-After``) up to ``RETRY_AFTER_MAX`` seconds.

    A site that asks for longer is not retried in this run: the URL is recorded as refused (HTTP status and
    the wait asked for), and the next run fetches it.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX")

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in (429, 503) or \
                response.status not in self.retry_http_codes:
            return super().process_response(request, response)
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.max_wait:
            self.crawler.stats.inc_value("socongthuong/retry_after_refused")
            raise LimitReached(f"refused: HTTP {response.status} asks to come back in "
                               f"{wait:.0f} s, more than RETRY_AFTER_MAX ({self.max_wait:.0f} s)",
                               status=response.status)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response  # retries used up: the spider records the HTTP error
        if wait:
            self.crawler.stats.inc_value("socongthuong/retry_after_waits")
            await asyncio.sleep(wait)
        return retry


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class RecordSpiderErrors:
    """A callback that raises (a page that breaks the parser) leaves a crawl_errors row, not just a log line."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_exception(self, response, exception, spider=None):
        reason = f"parse error: {type(exception).__name__}: {str(exception)[:200]}"
        logger.error("Cannot parse %s: %s", response.url, reason)
        self.crawler.stats.inc_value("socongthuong/parse_errors")
        return [CrawlErrorItem(response.url, response.status, reason, site_of_url(self.crawler.spider, response.url))]
