"""Downloader middlewares of the crawl.

``RetryAfterMiddleware`` is Scrapy's RetryMiddleware (same settings: RETRY_TIMES, RETRY_HTTP_CODES, ...) that
waits before a retry: a server answering 429 or 5xx is given the time it asks for (``Retry-After``, in
seconds or as an HTTP date) or else an exponential backoff (RETRY_BACKOFF_BASE × 2^attempt, at most
RETRY_BACKOFF_MAX). The wait holds the whole download slot of that server, not only the one request: a
server that says "too many requests" gets no other request meanwhile.

Requests marked ``meta["archive"]`` (spiders/archive.py) also count towards a stop: when
ARCHIVE_MAX_REFUSALS requests to the archive in a row were given up after all their retries, the archive is
refusing us; the crawl closes with reason ``archive_refused`` and the request goes back to the scheduler,
so that a JOBDIR keeps it for the next run (and without one, the next run lists the captures again and
skips those stored).

(Written for the archive crawl; if another branch brings its own Retry-After middleware, keep one.)
"""

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
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
        self.refusals = 0  # archive requests given up in a row
        self.stopping = False

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            if request.meta.get("archive"):
                self.refusals = 0
            return response
        reason = response_status_message(response.status)
        retry = self._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait is None:
                wait = self.backoff_base * 2 ** (attempt - 1)
            self.pause_slot(request, min(wait, self.backoff_max))
            self.crawler.stats.inc_value("socongthuong/retry_waits")
            return retry
        if request.meta.get("archive"):
            return self.refused(request, response)
        return response

    def pause_slot(self, request, seconds: float) -> None:
        """No request to this request's download slot for ``seconds``."""
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            # The downloader sends a slot's next request once now - lastseen >= delay.
            slot.lastseen = max(slot.lastseen, time.time() + seconds - slot.delay)

    def refused(self, request, response):
        """An archive request given up after its retries: stop when the archive keeps refusing."""
        self.refusals += 1
        if self.refusals < self.max_refusals:
            return response
        if not self.stopping:
            self.stopping = True
            logger.error(
                "The archive refused %d requests in a row (last: HTTP %d for %s). Stopping; run the same "
                "command again later (with -s JOBDIR=... the crawl resumes where it stopped; without, "
                "captures already stored are skipped).", self.refusals, response.status, request.url)
            self.crawler.stats.set_value("socongthuong/archive_refused", 1)
            asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="archive_refused"))
        # Back to the scheduler (not to the errback): the JOBDIR queue keeps it for the next run.
        return request.replace(dont_filter=True, meta={**request.meta, "retry_times": 0})
