"""Scrapy's RobotsTxtMiddleware, reading robots.txt as RFC 9309 says and checking every request against it.

Two departures from Scrapy 2.19, both measured:

- **Waiters.** The requests to a host that arrive while its robots.txt is being fetched wait on one
  Deferred; the first waiter's ``asFuture`` callback returns None, so the second and later waiters got None
  for the parser and passed unchecked (with four URLs of one host probed at once, the fourth, which
  robots.txt disallows, was fetched). Every waiter here reads the parser from the cache once it is there.
- **A robots.txt that cannot be read.** Scrapy treats a failed download (a timeout, a refused connection)
  and a 5xx answer as "everything allowed": a shared crawl on a loaded CI machine whose robots.txt request
  timed out fetched a category robots.txt forbids. RFC 9309 §2.3.1.3-4: a 4xx means no rules (everything
  allowed); a server error or a network error means "assume complete disallow". robots.txt is tried
  ``ROBOTSTXT_ATTEMPTS`` times (default 3, waits of RETRY_BACKOFF_BASE × 2^attempt seconds, whether or not
  RETRY_ENABLED), and if it still cannot be read, every page of that host is refused in this run: the first
  with a crawl_errors row saying why, the others counted in the stat ``robotstxt/unreachable_refused``.
"""

import asyncio
import logging

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from .middlewares import LimitReached

logger = logging.getLogger(__name__)


class Unreadable:
    """The parser of a host whose robots.txt could not be read: nothing is allowed (RFC 9309 §2.3.1.4)."""

    def __init__(self, host: str, why: str):
        self.host = host
        self.why = why
        self.refused = 0

    def allowed(self, url, user_agent) -> bool:
        return False


class WaitingRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.attempts = max(1, crawler.settings.getint("ROBOTSTXT_ATTEMPTS", 3))
        self.backoff = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0)

    async def robot_parser(self, request):
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            await self._read(request, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            await maybe_deferred_to_future(parser)
            parser = self._parsers[netloc]  # not the Deferred's result: None for every waiter after the first
        return parser

    async def _read(self, request, netloc: str) -> None:
        url = urlparse_cached(request)
        robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         # dont_retry: the attempts are counted here, with or without RETRY_ENABLED.
                         meta={"dont_obey_robotstxt": True, "dont_retry": True}, callback=NO_CALLBACK,
                         dont_filter=True)
        why = ""
        for attempt in range(self.attempts):
            if attempt:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = await self.crawler.engine.download_async(robots)
            except IgnoreRequest as refused:  # refused by the crawl itself (a limit): Scrapy's way, no rules
                self._robots_error(refused, netloc)
                return
            except Exception as error:
                why = f"{type(error).__name__}: {error}".rstrip(": ")
                self._stats.inc_value(f"robotstxt/exception_count/{type(error)}")
                continue
            if response.status >= 500 or response.status == 429:  # 429 as a server error, as Google reads it
                why = f"HTTP {response.status}"
                self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
                continue
            if response.status >= 400:  # "unavailable": no rules, everything allowed (RFC 9309 §2.3.1.3)
                response = response.replace(body=b"")
            await self._parse_robots(response, netloc, request)
            return
        logger.error("robots.txt of %s could not be read after %d attempts (%s): no page of %s is fetched in "
                     "this run (RFC 9309: an unreachable robots.txt means everything is disallowed)",
                     netloc, self.attempts, why, netloc, extra={"spider": self.crawler.spider})
        self._stats.inc_value("robotstxt/unreachable")
        waiting = self._parsers[netloc]
        assert isinstance(waiting, Deferred)  # robot_parser put it there before it called _read
        # Scrapy's dict holds RobotParsers: an Unreadable stands in for one (process_request_2 tells it apart).
        self._parsers[netloc] = Unreadable(netloc, why)  # type: ignore[assignment]
        waiting.callback(None)

    def process_request_2(self, rp, request) -> None:
        if isinstance(rp, Unreadable):
            rp.refused += 1
            self._stats.inc_value("robotstxt/unreachable_refused")
            raise LimitReached(f"robots.txt of {rp.host} could not be read ({rp.why}): no page of the host is "
                               "fetched (RFC 9309)", record=rp.refused == 1)
        super().process_request_2(rp, request)


def with_waiting_robots(middlewares: dict) -> dict:
    """A DOWNLOADER_MIDDLEWARES dict with this middleware in place of Scrapy's (same order, 100)."""
    return {**middlewares, "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "spiders.robots.WaitingRobotsTxtMiddleware": 100}
