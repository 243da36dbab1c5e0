"""Downloader middlewares of the crawl.

``RetryAfterMiddleware`` is Scrapy's RetryMiddleware (same settings: RETRY_TIMES, RETRY_HTTP_CODES, ...) that
waits before a retry: a server answering 429 or 5xx is given the time it asks for (``Retry-After``, in
seconds or as an HTTP date) or else an exponential backoff (RETRY_BACKOFF_BASE × 2^attempt, at most
RETRY_BACKOFF_MAX). The wait holds the whole download slot of that server, not only the one request: a
server that says "too many requests" gets no other request meanwhile.

Requests marked ``meta["archive"]`` (spiders/archive.py) that fail after all their retries go back to the
scheduler (at most ARCHIVE_REQUEUES times each) instead of becoming errors, and count towards a stop: when
ARCHIVE_MAX_REFUSALS requests to the archive in a row were given up, the archive is refusing us; the crawl
closes with reason ``archive_refused``, and the requests still to do stay in the JOBDIR queue for the next
run (without a JOBDIR, the next run lists the captures again and skips those stored).

(Written for the archive crawl; the reliability branch's Retry-After middleware was folded into this one.)
A ``Retry-After`` longer than ``RETRY_AFTER_MAX`` is not waited for: the URL is recorded as refused
(``LimitReached``) and left to the next run.

The crawl's limits, also here: what a hostile or broken site cannot make the crawl do. Each limit is a
setting (spiders/settings.py, README "Reliability"). A request a limit refuses raises ``LimitReached`` (an
``IgnoreRequest``), which reaches the request's errback: the spider records it in ``crawl_errors``
(spiders/socongthuong.py ``failed``). Limits that refuse many requests of one site (the page cap, the depth
limit) record the first only, and count the others in the stats.
"""

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.asyncio import call_later
from scrapy.utils.response import response_status_message

from .items import CrawlErrorItem

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header ("120" or an HTTP date), None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 120.0)
        self.max_refusals = settings.getint("ARCHIVE_MAX_REFUSALS", 5)
        self.max_requeues = settings.getint("ARCHIVE_REQUEUES", 2)
        self.refusals = 0  # archive requests given up in a row
        self.stopping = False
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 180.0)

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def response_downloaded(self, response, request, spider=None) -> None:
        """Pause the server's slot as soon as the answer arrives: the downloader sends the slot's next request
        right after this signal, before any middleware sees the response."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.max_wait and not request.meta.get("archive"):
            return  # not waited for: refused in process_response
        if wait is None:
            wait = self.backoff_base * 2 ** request.meta.get("retry_times", 0)
        self.pause_slot(request, min(wait, self.backoff_max))
        self.crawler.stats.inc_value("socongthuong/retry_waits")

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            if request.meta.get("archive"):
                self.refusals = 0
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.max_wait and not request.meta.get("archive"):
            self.crawler.stats.inc_value("socongthuong/retry_after_refused")
            raise LimitReached(f"refused: HTTP {response.status} asks to come back in {wait:.0f} s, more than "
                               f"RETRY_AFTER_MAX ({self.max_wait:.0f} s)", status=response.status)
        retry = self._retry(request, response_status_message(response.status))
        if retry is not None:
            return retry
        if request.meta.get("archive"):
            return self.refused(request, response)
        return response

    def pause_slot(self, request, seconds: float) -> None:
        """No request to this request's download slot for ``seconds``.

        The downloader holds a slot while its ``latercall`` (the timer of its download delay) is pending and
        processes the slot's queue when it fires: a longer timer in its place pauses the slot.
        """
        shared = getattr(self.crawler, "shared_host_slots", None)
        if shared is not None and seconds > 0:  # a worker of a shared crawl: every worker waits, not just this one
            shared.pause(request.url, seconds)
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None or seconds <= 0:
            return
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, downloader._latercall, slot)

    def refused(self, request, response):
        """An archive request given up after its retries: tried again later, and the crawl stops when the
        archive keeps refusing. A request refused ARCHIVE_REQUEUES times over is given up (an error)."""
        self.refusals += 1
        requeued = request.meta.get("archive_requeued", 0)
        if self.refusals >= self.max_refusals and not self.stopping:
            self.stopping = True
            logger.error(
                "The archive refused %d requests in a row (last: HTTP %d for %s). Stopping; run the same "
                "command again later (with -s JOBDIR=... the crawl resumes where it stopped; without, "
                "captures already stored are skipped).", self.refusals, response.status, request.url)
            self.crawler.stats.set_value("socongthuong/archive_refused", 1)
            asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="archive_refused"))
        elif requeued >= self.max_requeues:
            return response  # this capture alone is refused: the errback records it
        self.crawler.stats.inc_value("socongthuong/archive_requeued")
        # Back to the scheduler, not to the errback: tried again after the others, or kept in the JOBDIR queue
        # for the next run when the crawl stops.
        return request.replace(dont_filter=True,
                               meta={**request.meta, "retry_times": 0, "archive_requeued": requeued + 1})


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
