"""Finding pages beyond links: robots.txt's Sitemap lines, and the sitemaps and RSS/Atom feeds of a family.

A mixin of the spider: Scrapy stores a request (JOBDIR's disk queue, a shared crawl's Redis queue) only when
its callback is a method of the spider, so these callbacks are the spider's methods, written here.
"""

from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from reader.profiles import Profile
from reader.text import ATTACHMENT

from . import recrawl
from .parsing import site_root

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.utils.log import SpiderLoggerAdapter

    from .links import LinkJudge


class Discovery:
    """Callbacks for robots.txt, sitemaps and feeds. The spider provides ``profile_of``, ``request``,
    ``recrawling`` (spiders/following.py), ``links`` (a spiders.links.LinkJudge), ``logger`` and ``crawler``."""

    if TYPE_CHECKING:  # provided by the spider (spiders/socongthuong.py, scrapy.Spider)
        links: LinkJudge
        crawler: Crawler

        @property
        def logger(self) -> SpiderLoggerAdapter: ...

        def profile_of(self, url: str) -> Profile | None: ...

        def request(self, url: str, **kwargs: Any) -> scrapy.Request: ...

        def recrawling(self, profile: Profile) -> bool: ...

    def discovery(self, profile: Profile, start_url: str):
        """Requests for robots.txt (its Sitemap lines) and the sitemaps and RSS/Atom feeds of the family."""
        root = site_root(start_url)
        # Before its family is recognised, a site has no sitemap or feed paths: recognition adds them.
        paths = [("robots.txt", self.parse_robots), *((p.lstrip("/"), self.parse_sitemap) for p in profile.sitemaps),
                 *((p.lstrip("/"), self.parse_feed) for p in profile.feeds)]
        for path, callback in paths:  # robots.txt asked twice (before and after recognition) is one request
            yield scrapy.Request(root + path, callback=callback, errback=self.discovery_failed)

    def parse_robots(self, response):
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed)

    def parse_sitemap(self, response):
        """A sitemap (Scrapy's reader): an index's sitemaps, a urlset's pages of the site."""
        body = gunzip(response.body) if response.url.endswith(".gz") else response.body
        try:
            sitemap = Sitemap(body)
        except Exception as error:  # lxml's errors on what is not XML at all
            self.logger.info("Not a sitemap: %s (%s)", response.url, error)
            return
        for entry in sitemap:
            url = response.urljoin(entry.get("loc", "").strip())  # absolute by the protocol; not every site obeys
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed)
            else:
                yield from self.discovered(url, "sitemap")

    def parse_feed(self, response):
        """An RSS or Atom feed: the pages its items link to."""
        for url in response.xpath(
            '//item/link/text() | //*[local-name()="entry"]/*[local-name()="link"]/@href'
        ).getall():
            yield from self.discovered(response.urljoin(url.strip()), "feed")

    def discovered(self, url: str, source: str):
        """A page a sitemap or feed names: requested whatever its URL's form (its content says what it is)."""
        profile = self.profile_of(url)
        if profile is None or ATTACHMENT.search(url):
            return
        url = profile.canonicalize(url)
        if profile.is_listing(url) and recrawl.listing_page(url).number > 1 and self.recrawling(profile):
            # A re-crawl reaches a listing's later pages through its chain, if their articles are not all stored.
            self.crawler.stats.inc_value(f"{recrawl.STATS}/listing_pages_from_{source}_left")
            return
        if self.links.first_time(url):
            self.crawler.stats.inc_value(f"socongthuong/links_from_{source}")
            yield self.request(url)

    def discovery_failed(self, failure):
        """A sitemap or feed that is not there is no error of the crawl: a log line."""
        self.logger.info("No sitemap or feed at %s (%s)", failure.request.url, failure.getErrorMessage())
        self.crawler.stats.inc_value("socongthuong/discovery_missing")
