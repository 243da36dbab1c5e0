"""Following a page's links: requests for the article and listing links not requested yet.

A mixin of the spider, as discovery.py: the requests' callbacks are the spider's methods. The judgement of
each link (which site, article or listing, document or page) is spiders/links.py's.
"""

from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.linkextractors import LinkExtractor

from reader.profiles import Profile

from . import parsing, postback, recrawl
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
    ``listing_chains_stopped``, ``full_pass``, ``new_articles``, ``article_chain_stops``,
    ``settings``, ``logger`` and ``crawler``."""

    if TYPE_CHECKING:  # provided by the spider (spiders/socongthuong.py, scrapy.Spider)
        links: LinkJudge
        crawler: Crawler
        settings: BaseSettings
        listing_chains_stopped: set[str]
        full_pass: bool
        new_articles: recrawl.NewArticles
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
        chain of articles no listing supports (``repeated``: the page's text is one many pages repeat). On a
        re-crawl, a listing's chain also stops at pages whose articles are all stored (spiders/recrawl.py)."""
        own_url = profile.canonicalize(response.url)
        judged = self.links.judge(parsing.links(response, "//a/@href"), profile, response.url,
                                  lambda url: self.profile_of(url) is profile)
        requests: list = self.article_requests(response, profile, own_url, judged.articles, repeated)
        at_listing = profile.is_listing(own_url)
        # Listing pages in a row that brought no new article (endless pagination, a calendar): a chain of
        # more than MAX_EMPTY_LISTING_PAGES of them is not followed further.
        empty = response.meta.get("empty_listings", 0) + 1 if not judged.articles and at_listing else 0
        stored = self.stored_listings(response, profile, own_url if at_listing else None, judged.every_article)
        postbacks = self.postbacks(response, profile, own_url, meta={"keep_page": True, "empty_listings": empty,
                                                                     "stored_listings": stored})
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
        listings = judged.listings
        if self.recrawling(profile):
            if (listings or postbacks) and self.recrawl_stops(response, profile, stored):
                return requests, to_follow
            if at_listing:  # its pager one page at a time, so that the count of stored pages sees every page
                listings, ahead = recrawl.next_page_only(own_url, listings)
                current = response.meta.get(postback.PAGE_META, 1)
                kept = [(key, request) for key, request in postbacks
                        if request.meta[postback.PAGE_META] <= current + 1]
                ahead += len(postbacks) - len(kept)
                postbacks = kept
                self.crawler.stats.inc_value(f"{recrawl.STATS}/pager_links_left_to_the_chain", ahead)
        # The count goes on along the page's own listing; another listing starts its own.
        requests += [self.request(url, meta={"empty_listings": empty, "stored_listings":
                                             stored if stored and recrawl.same_listing(own_url, url) else 0})
                     for url in listings if self.links.first_time(url)]
        requests += [request for key, request in postbacks if self.links.first_time(key)]
        return requests, to_follow

    def recrawling(self, profile: Profile) -> bool:
        """Whether this crawl stops ``profile``'s listing chains at stored articles: a re-crawl of a site whose
        latest run went through, neither ``-a full=1`` nor ``-a refresh=1``, RECRAWL_STOP_AFTER_STORED_LISTINGS > 0."""
        return (not self.full_pass and self.settings.getint("RECRAWL_STOP_AFTER_STORED_LISTINGS", 0) > 0
                and profile.site in recrawl.stored_articles(self.crawler).sites_crawled_through)

    def stored_listings(self, response, profile: Profile, listing_url: str | None, articles: list[str]) -> int:
        """Listing pages of this page's listing in a row, ending with it, that bring no new article (``articles``:
        the page's article links). 0 off a re-crawl, and for a page that is no listing: it starts no count."""
        if listing_url is None or not self.recrawling(profile):
            return 0
        brings_new = self.new_articles.brings_new(listing_url, articles, recrawl.stored_articles(self.crawler).urls)
        stored = recrawl.stored_run(response.meta.get("stored_listings", 0), brings_new)
        if stored:
            self.crawler.stats.inc_value(f"{recrawl.STATS}/listing_pages_all_stored")
        return stored

    def recrawl_stops(self, response, profile: Profile, stored: int) -> bool:
        """Whether a listing page's listing links are left: RECRAWL_STOP_AFTER_STORED_LISTINGS pages in a row of
        stored articles. Counted, and said once per site with how to make a full pass."""
        limit = self.settings.getint("RECRAWL_STOP_AFTER_STORED_LISTINGS", 0)
        if stored < limit:
            return False
        self.crawler.stats.inc_value(f"{recrawl.STATS}/listing_chains_stopped")
        if profile.site not in self.new_articles.stops_said:
            self.new_articles.stops_said.add(profile.site)
            self.logger.info("Re-crawl of %s: a listing chain stopped after %d pages in a row whose articles are all "
                             "stored (RECRAWL_STOP_AFTER_STORED_LISTINGS), first at %s; the rest of its listings was "
                             "read by an earlier run. A full pass: -a full=1", profile.site, limit, response.url)
        return True

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
