"""Following a page's links: requests for the article and listing links not requested yet.

A mixin of the spider, as discovery.py: the requests' callbacks are the spider's methods. The judgement of
each link (which site, article or listing, document or page) is spiders/links.py's.
"""

from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.linkextractors import LinkExtractor

from reader.profiles import Profile

from . import parsing, postback
from .items import CrawlErrorItem
from .links import same_host_and_port

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.utils.log import SpiderLoggerAdapter

    from .links import LinkJudge

LINKS = LinkExtractor()  # skips links to images, documents and other non-pages
GENERIC_MAX_DEPTH = 3  # an unknown site is explored this many links deep from its start URL


class Following:
    """The spider provides ``links`` (a LinkJudge), ``profile_of``, ``request``, ``parse``, ``failed``,
    ``listing_chains_stopped``, ``article_chain_stops``, ``settings``, ``logger`` and ``crawler``."""

    if TYPE_CHECKING:  # provided by the spider (spiders/socongthuong.py, scrapy.Spider)
        links: LinkJudge
        crawler: Crawler
        settings: BaseSettings
        listing_chains_stopped: set[str]
        article_chain_stops: dict[str, int]

        @property
        def logger(self) -> SpiderLoggerAdapter: ...

        def profile_of(self, url: str) -> Profile | None: ...

        def request(self, url: str, **kwargs: Any) -> scrapy.Request: ...

        def parse(self, response: Response, **kwargs: Any) -> Any: ...

        def failed(self, failure: Any) -> Any: ...

    def follow_any(self, response, profile: Profile) -> tuple[list[scrapy.Request], int]:
        """The links of a page of a site of no known family: any page of the site, GENERIC_MAX_DEPTH deep.

        The count is of the site's links on the page, followed or not: a page past the depth limit that has
        links is no page without links."""
        urls = [link.url for link in LINKS.extract_links(response)
                if profile.holds(link.url) and same_host_and_port(link.url, response.url)]
        if response.meta.get("depth", 0) >= GENERIC_MAX_DEPTH:
            return [], len(urls)
        return [self.request(url) for url in urls], len(urls)

    def follow(self, response, profile: Profile, repeated: bool = False) -> tuple[list, int]:
        """Requests for the page's article and listing links not requested yet (spiders/links.py judges them),
        and how many links are to follow; a chain of listing pages without a new article is cut, and so is a
        chain of articles no listing supports (``repeated``: the page's text is one many pages repeat)."""
        own_url = profile.canonicalize(response.url)
        judged = self.links.judge(parsing.links(response, "//a/@href"), profile, response.url,
                                  lambda url: self.profile_of(url) is profile)
        requests: list = self.article_requests(response, profile, own_url, judged.articles, repeated)
        # Listing pages in a row that brought no new article (endless pagination, a calendar): a chain of
        # more than MAX_EMPTY_LISTING_PAGES of them is not followed further.
        empty = response.meta.get("empty_listings", 0) + 1 if not judged.articles and profile.is_listing(own_url) else 0
        postbacks = self.postbacks(response, profile, own_url, meta={"keep_page": True, "empty_listings": empty})
        to_follow = judged.to_follow + len(postbacks)
        postbacks = [(key, request) for key, request in postbacks if key not in self.links.requested]
        limit = self.settings.getint("MAX_EMPTY_LISTING_PAGES", 0)
        if (judged.listings or postbacks) and empty >= limit > 0:
            self.crawler.stats.inc_value("socongthuong/empty_listing_chains_stopped")
            if profile.site not in self.listing_chains_stopped:
                self.listing_chains_stopped.add(profile.site)
                self.logger.warning("Listing pages of %s stopped: %d in a row without a new article "
                                    "(MAX_EMPTY_LISTING_PAGES), last %s", profile.site, limit, response.url)
                requests.append(CrawlErrorItem(response.url, response.status, f"listing chain stopped: {limit} listing "
                                               "pages in a row without a new article link (MAX_EMPTY_LISTING_PAGES)",
                                               profile.site))
            return requests, to_follow
        requests += [self.request(url, meta={"empty_listings": empty}) for url in judged.listings
                     if self.links.first_time(url)]
        requests += [request for key, request in postbacks if self.links.first_time(key)]
        return requests, to_follow

    def article_requests(self, response, profile: Profile, own_url: str, articles: list[str], repeated: bool) -> list:
        """Requests for the article links of a page, each with its chain: how many articles lie between it and
        the nearest listing, start page, sitemap or feed. A link past MAX_ARTICLE_CHAIN, or on a page whose
        text many pages repeat, is not followed: the trap of endless article numbers (every article linking
        new ones) ends there. Its first TRAP_RECORD_AFTER stops on a site leave one crawl_errors row."""
        chain = response.meta.get("article_chain", 0) + 1 if profile.is_article(own_url) else 0
        new = [url for url in articles if url not in self.links.requested]
        limit = self.settings.getint("MAX_ARTICLE_CHAIN", 0)
        if new and (repeated or chain > limit > 0):
            self.crawler.stats.inc_value("socongthuong/article_chains_stopped")
            stops = self.article_chain_stops[profile.site] = self.article_chain_stops.get(profile.site, 0) + 1
            if stops == self.settings.getint("TRAP_RECORD_AFTER", 20):
                self.logger.warning("Site %s: article links not followed %d times (more than %d articles from any "
                                    "listing, or pages repeating one text): an article-number trap?",
                                    profile.site, stops, limit)
                return [CrawlErrorItem(response.url, response.status, f"article-number trap suspected: {stops} pages' "
                                       f"article links not followed, more than {limit} articles from any listing, "
                                       "sitemap or feed, or on pages repeating one text (MAX_ARTICLE_CHAIN)",
                                       profile.site)]
            return []
        return [self.request(url, meta={"article_chain": chain}) for url in new if self.links.first_time(url)]

    def postbacks(self, response, profile: Profile, own_url: str, meta: dict) -> list[tuple[str, scrapy.FormRequest]]:
        """The forward pages of a listing's ``__doPostBack`` pager (the family's ``postback_pager``), each a POST of
        the page's form, with the key that names the page it asks for (the same page asked twice is one)."""
        if not profile.postback_pager or not profile.is_listing(own_url):
            return []
        requests = postback.postback_requests(response, profile.postback_pager, profile.postback_form,
                                              callback=self.parse, errback=self.failed, meta=meta)
        return [(f"POST {own_url}\n{postback.identity_of(request)}", request) for request in requests]
