"""Scrapy's RobotsTxtMiddleware, with every request that waited for robots.txt checked against it.

In Scrapy 2.19 the requests to a host that arrive while its robots.txt is being fetched wait on one
Deferred; the first waiter's ``asFuture`` callback returns None, so the second and later waiters get None
for the parser and pass unchecked (measured: with four URLs of one host probed at once, the fourth, which
robots.txt disallows, was fetched). The parser is in the middleware's cache by then: it is read from there.
"""

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class WaitingRobotsTxtMiddleware(RobotsTxtMiddleware):
    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            cached = self._parsers.get(urlparse_cached(request).netloc)
            if cached is not None and not isinstance(cached, Deferred):
                return cached
        return parser


def with_waiting_robots(middlewares: dict) -> dict:
    """A DOWNLOADER_MIDDLEWARES dict with this middleware in place of Scrapy's (same order, 100)."""
    return {**middlewares, "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "spiders.robots.WaitingRobotsTxtMiddleware": 100}
