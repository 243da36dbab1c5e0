"""One fetch per article: Scrapy's duplicate filter, taught canonical URLs and the articles already stored."""

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.request import RequestFingerprinter

from db import open_db
from db.write import sites_crawled_through, stored_urls

from . import postback
from .recrawl import StoredArticles, attach


def canonical_url(crawler, url: str) -> str:
    spider = crawler.spider
    return spider.canonical_url(url) if hasattr(spider, "canonical_url") else url


class CanonicalUrlFingerprinter:
    """Fingerprints of the profile's canonical URL.

    Links are canonicalised before they are requested, but a redirect lands on whatever URL the site chose
    ("/tin-tuc/2003.html" → "NewsDetail.aspx?cat=3&id=2003"): with this, that request is a duplicate of
    "NewsDetail.aspx?id=2003" as well.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.default = RequestFingerprinter(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def fingerprint(self, request) -> bytes:
        url = canonical_url(self.crawler, request.url)
        identity = postback.identity_of(request)
        if identity is not None:
            # A WebForms postback (spiders/postback.py): the page it asks for is its event (target, argument)
            # and the page that leads to, not its body, whose viewstate differs on every page.
            return self.default.fingerprint(Request(url, method="POST", body=identity.encode("utf-8")))
        return self.default.fingerprint(request if url == request.url else request.replace(url=url))


class StoredArticlesDupeFilter(RFPDupeFilter):
    """Incremental crawling: an article already in the database counts as seen (``-a refresh=1``: not).

    The stored URLs are loaded once, here, and shared with the spider (spiders/recrawl.py), which stops a re-crawl's
    listing chains where their articles are all stored.
    """

    crawler: Crawler  # set in from_crawler
    stored: set[str]

    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = super().from_crawler(crawler)
        dupefilter.crawler = crawler
        dupefilter.stored = set()
        return dupefilter

    def open(self):
        if not getattr(self.crawler.spider, "refresh", False):
            db = open_db(self.crawler.settings["SQLITE_PATH"])
            try:
                self.stored = stored_urls(db)
                attach(self.crawler, StoredArticles(self.stored, sites_crawled_through(db)))
            finally:
                db.close()
        return super().open()

    def request_seen(self, request) -> bool:
        if self.stored and canonical_url(self.crawler, request.url) in self.stored:
            self.crawler.stats.inc_value("socongthuong/articles_skipped_stored")
            return True
        return super().request_seen(request)
