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

(Written for the archive crawl; if another branch brings its own Retry-After middleware, keep one.)
"""

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import call_later
from scrapy.utils.response import response_status_message

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
        if wait is None:
            wait = self.backoff_base * 2 ** request.meta.get("retry_times", 0)
        self.pause_slot(request, min(wait, self.backoff_max))
        self.crawler.stats.inc_value("socongthuong/retry_waits")

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            if request.meta.get("archive"):
                self.refusals = 0
            return response
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
