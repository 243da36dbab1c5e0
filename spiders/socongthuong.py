"""``scrapy crawl socongthuong``: every news article of the department sites, into SQLite.

    scrapy crawl socongthuong                                  # the live sites of the registry (sites.toml)
    scrapy crawl socongthuong -a site=haiduong                 # one site
    scrapy crawl socongthuong -a province="Hải Dương"          # the sites of a province
    scrapy crawl socongthuong -a site=haiduong -a start_url=http://127.0.0.1:8000/   # a copy of it
    scrapy crawl socongthuong -a start_url=https://example.gov.vn/   # unknown site: family recognised, else generic
    ... -a refresh=1        fetch articles already in the database again
    ... -a archive=wayback [-a archive_at=YYYYMMDD]   the site's captures in a web archive (-a archive=URL: another)
    ... -s SQLITE_PATH=x.db -s JOBDIR=crawls/run1

The spider stays thin: parsing is in parsing.py, layouts in families/*.toml, sites in sites.toml (profiles/
joins them), storage in pipelines.py.
"""

import asyncio
import shlex
import sys
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import scrapy
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from . import parsing, postback
from .archive import ArchiveCrawl
from .charset import repairing
from reader.families import recognise
from .items import CrawlErrorItem
from .middlewares import LimitReached
from reader.profiles import (Profile, default_profile_names, load_profile, profile_for_url, profile_names_in_province,
                       site_profile)
from .robots import with_waiting_robots
from reader.times import DateOrders
from .warc import with_page_record

LINKS = LinkExtractor()  # skips links to images, documents and other non-pages
GENERIC_MAX_DEPTH = 3  # an unknown site is explored this many links deep from its start URL


class SoCongThuongSpider(scrapy.Spider):
    name = "socongthuong"

    def __init__(self, site: str | None = None, start_url: str | None = None, province: str | None = None,
                 refresh: str = "0", archive: str | None = None, archive_at: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.archive_options = (archive, archive_at) if archive else None
        self.archive: ArchiveCrawl | None = None  # set in from_crawler: it needs the settings
        self.refresh = refresh.lower() in ("1", "true", "yes")
        self.profiles = self.choose_profiles(site, start_url, province)
        self.allowed_domains = sorted({d for p in self.profiles for d in p.allowed_domains})
        self.start_urls = [url for p in self.profiles for url in p.start_urls]
        # The site named by its host when no registry entry holds the start URL (other modules read it).
        self.unknown_site = next((p.site for p in self.profiles if p.status == "adhoc"), None)
        # Most links on a page were requested already (menus, related lists, listings): skipping them here
        # spares building and filtering a Request for each. Scrapy's duplicate filter stays the authority.
        self.requested: set[str] = set()
        # Links (as written, made absolute) already judged from a page of a site, and whether they were to
        # follow: the same menus and lists are on every page, and judging them again cost ~0.2 ms a page.
        self.judged: dict[str, dict[str, bool]] = {}
        self.listing_chains_stopped: set[str] = set()  # sites whose empty listing chain was recorded once
        # Each unknown site's day/month order, settled by the first date on it only one order reads.
        self.dates = DateOrders()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.archive_options:  # the archive's captures instead of the site: spiders/archive.py
            spider.archive = ArchiveCrawl(spider, *spider.archive_options, crawler.settings)
            spider.allowed_domains = [spider.archive.host]
            crawler.settings.set("DOWNLOAD_SLOTS", {**crawler.settings.getdict("DOWNLOAD_SLOTS"),
                                                    spider.archive.host: ArchiveCrawl.slot_settings(crawler.settings)})
        return spider

    def warc_label(self) -> str:
        """Names this crawl's WARC file (spiders/warc.py)."""
        sites = "+".join(site for site, _, _ in self.sites()) if len(self.sites()) < 4 else "all"
        return f"{self.name}-{'archive-' if self.archive else ''}{sites}".replace(":", "_").replace("/", "_")

    @staticmethod
    def choose_profiles(site: str | None, start_url: str | None, province: str | None = None) -> list[Profile]:
        """The sites to crawl: one by name, a province's, the one holding ``start_url`` (or an ad-hoc site
        named by its host), else the registry's live sites whose address is known."""
        if site:
            profile = load_profile(site)
            return [profile.served_from(start_url) if start_url else profile]
        if province:
            names = profile_names_in_province(province)
            if not names:
                raise ValueError(f"no site of the province {province!r} in the registry (reader/sites.toml)")
            return [load_profile(name) for name in names]
        if start_url:
            profile = profile_for_url(start_url) or adhoc_profile(start_url)
            return [profile.served_from(start_url)]
        return [load_profile(name) for name in default_profile_names()]

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # -s CONTACT_URL=... is enough to name the maintainer; an explicit USER_AGENT still wins.
        if settings.getpriority("USER_AGENT") < settings.getpriority("CONTACT_URL"):
            settings.set("USER_AGENT", f"vn-bulletins/0.1 (+{settings['CONTACT_URL']})",
                         priority=settings.getpriority("CONTACT_URL"))
        if settings.get("REDIS_URL"):  # a worker of a shared crawl (spiders/distributed.py)
            from . import distributed  # redis and scrapy-redis take ~0.6 s to import: only for a shared crawl

            distributed.configure(settings)
        # Requests that wait for a host's robots.txt are all checked against it (spiders/robots.py), whatever
        # other middlewares the settings name. At the spider's priority at least: ``scrapy crawl`` updates the
        # crawler with the project's settings after this (Scrapy 2.19), which undid a set at "project".
        settings.set("DOWNLOADER_MIDDLEWARES", with_waiting_robots(settings.getdict("DOWNLOADER_MIDDLEWARES")),
                     priority=max(settings.getpriority("DOWNLOADER_MIDDLEWARES") or 0, 30))

    def sites(self) -> list[tuple[str, str, str]]:
        """(site, name, base URL) of every site this crawl covers, for the sites table."""
        return [(p.site, p.name, p.base_url) for p in self.profiles]

    def command_line(self) -> str:
        # `scrapy crawl` has taken "crawl" out of sys.argv by now.
        arguments = sys.argv[1:] if sys.argv[1:2] == [self.name] else [self.name]
        return shlex.join(["scrapy", "crawl", *arguments])

    def canonical_url(self, url: str) -> str:
        if self.archive:  # a capture is fingerprinted as the page it is of
            url = self.archive.original_of(url)
        profile = self.profile_of(url)
        return profile.canonicalize(url) if profile else url

    def profile_of(self, url: str) -> Profile | None:
        return next((p for p in self.profiles if p.holds(url)), None)

    def request(self, url: str, **kwargs) -> scrapy.Request:
        """A request for a page, with the callback that its URL calls for."""
        profile = self.profile_of(url)
        callback = self.parse_article if profile is not None and profile.is_article(url) else self.parse
        meta = {"keep_page": True, **kwargs.pop("meta", {})}  # follow() adds the listing chain's count
        return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta, **kwargs)

    async def start(self):
        if self.settings.get("REDIS_URL"):
            from .distributed import should_seed

            if not should_seed(self.crawler):  # a worker joining a shared crawl already seeded
                return
        if self.archive:
            if not await reachable(self.archive.base):
                self.logger.error("Cannot reach the archive %s (no network or it is down); stopping.", self.archive.base)
                self.crawler.stats.inc_value("socongthuong/unreachable_sites")
                return
            for request in self.archive.start_requests():
                yield request
            return
        for profile in self.profiles:
            for url in profile.start_urls:
                if await reachable(url):
                    # dont_filter: a resumed job (JOBDIR) reads its start pages again to find new articles.
                    # A start page is read as an article when it holds one, whatever its URL.
                    yield scrapy.Request(url, callback=self.parse_start, errback=self.failed, dont_filter=True,
                                         meta={"keep_page": True})
                    for request in self.discovery(profile, url):
                        yield request
                else:
                    self.logger.error("Cannot reach %s (no network or the site is down); skipping it.", url)
                    self.crawler.stats.inc_value("socongthuong/unreachable_sites")
                    self.crawler.stats.inc_value(f"socongthuong/unreachable/{profile.site}")  # run_sites: failed

    def closed(self, reason: str) -> None:
        """A crawl that got no response from any site says so in one line, and in its stats for the exit status."""
        if self.crawler.stats.get_value("response_received_count", 0):
            return
        if not getattr(self, "seeded_here", True):  # a worker that joined a shared crawl others did the work of
            return
        self.crawler.stats.set_value("socongthuong/no_site_reached", 1)  # spiders/commands/crawl.py: exit 1
        sites = ", ".join(f"{site} ({url})" for site, _, url in self.sites())
        self.logger.error(
            "No site reached: %s. Nothing was stored. Without a network, try the demo on local copies: "
            "python -m spiders.demo && python -m db serve bulletins.db", sites)

    # -- callbacks --

    @repairing  # a page whose declared charset is wrong is decoded as its bytes are
    def parse_start(self, response):
        """A start page: read as an article whatever its URL, and its links followed."""
        yield from self.read(response, start=True)

    @repairing
    def parse(self, response):
        """A listing, home or other page: its links followed, an article read where one may be."""
        yield from self.read(response)

    @repairing
    def parse_article(self, response):
        """A page whose URL is an article's (the name is kept for requests queued by earlier runs)."""
        yield from self.read(response)

    def read(self, response, start: bool = False):
        """Every page: the article it holds (reader.read_page, through parsing.read_article) and the links
        to follow. A page that gives neither, or no article at an article's address, leaves a crawl_errors
        row saying what each reader found."""
        if not is_html(response):
            yield self.not_html(response)
            return
        profile = self.recognised(response)
        at_article = profile.is_article(response.url)
        item = reading = None
        # A listing of a known family holds no article: reading it would cost the generic reader for nothing.
        if start or at_article or not profile.is_listing(response.url):
            item, reading = parsing.read_article(response, profile, profile.site, self.dates)
        if item is not None:
            self.crawler.stats.inc_value("socongthuong/articles_read")
            for field, reader in item.read_by.items():
                self.crawler.stats.inc_value(f"socongthuong/read_by/{field}/{reader}")
            yield with_page_record(item, response)
        requests, to_follow = self.follow(response, profile) if profile.family else self.follow_unknown(response, profile)
        yield from requests
        if item is None and (at_article or not to_follow):
            what = "no article found in page" if at_article else \
                "listing without links to follow" if profile.is_listing(response.url) else "no article and no links"
            reason = f"{what}: {reading.why.removeprefix('no article: ')}" if reading is not None and reading.why else what
            yield from self.nothing_found(response, profile, reason)

    def follow_unknown(self, response, profile: Profile) -> tuple[list[scrapy.Request], int]:
        """The links of a page of a site of no known family: any page of the site, GENERIC_MAX_DEPTH deep.

        The count is of the site's links on the page, followed or not: a page past the depth limit that has
        links is no page without links."""
        urls = [link.url for link in LINKS.extract_links(response)
                if profile.holds(link.url) and same_host_and_port(link.url, response.url)]
        if response.meta.get("depth", 0) >= GENERIC_MAX_DEPTH:
            return [], len(urls)
        return [self.request(url) for url in urls], len(urls)

    def recognised(self, response) -> Profile:
        """The page's site, its family recognised from this page if it was not known yet."""
        # A redirect may leave the site's path (a portal's section): the page belongs where it was asked for.
        profile = self.profile_of(response.url) or self.profile_of(response.meta.get("redirect_urls", [""])[0])
        if profile is None:  # never expected (offsite requests are dropped): read as a site of its own
            profile = adhoc_profile(response.url)
            self.profiles.append(profile)
        if profile.family is not None:
            return profile
        found = recognise(response.selector.root, response.url)
        if found is None:
            return profile
        resolved = profile.with_family(found.family)
        self.profiles[self.profiles.index(profile)] = resolved
        self.logger.info("Site %s: layout family %s, recognised from %s (%s)", profile.site, found.family,
                         response.url, found.reason)
        self.crawler.stats.inc_value(f"socongthuong/family_recognised/{found.family}")
        for request in self.discovery(resolved, response.url):  # the family's sitemaps and feeds
            self.crawler.engine.crawl(request)
        return resolved

    def nothing_found(self, response, profile: Profile, reason: str):
        """A page that gave nothing: one log line, a stat per kind of reason and a crawl_errors row.

        The one place for pages that yield nothing, so that every such page is accounted for.
        """
        self.logger.info("Nothing taken from %s: %s", response.url, reason)
        self.crawler.stats.inc_value("socongthuong/pages_without_yield")
        self.crawler.stats.inc_value(f"socongthuong/pages_without_yield/{reason.split(':')[0]}")
        yield CrawlErrorItem(response.url, response.status, reason, profile.site)

    def parse_capture(self, response):
        """A page of the archive (-a archive=...): spiders/archive.py reads it as the live page."""
        yield from self.archive.parse_capture(response)

    def parse_cdx(self, response, scope):
        """A page of the archive's capture listing: spiders/archive.py. A method of the spider so that the
        request can be stored (JOBDIR's disk queue, the shared crawl's Redis queue), which needs a spider method."""
        yield from self.archive.parse_cdx(response, scope)

    def follow(self, response, profile: Profile) -> tuple[list[scrapy.Request], int]:
        """Requests for the page's article and listing links not requested yet, and how many links are to follow."""
        own_url = profile.canonicalize(response.url)
        judged = self.judged.setdefault(profile.site, {})
        requests, to_follow = [], 0
        new_articles, new_listings = [], []
        # The profile's link patterns pick the pages to follow, so plain hrefs do (LinkExtractor is slower).
        for link in parsing.links(response, "//a/@href"):
            verdict = judged.get(link)
            if verdict is not None:
                to_follow += verdict  # requested already, or not to follow whatever page links to it
                continue
            url = profile.canonicalize(link)
            if url == own_url:
                continue  # the page itself (print view): judged on another page, it may be to follow
            follow = (self.profile_of(url) is profile and (profile.is_article(url) or profile.is_listing(url))
                      and not parsing.ATTACHMENT.search(url)  # documents are recorded, not fetched
                      and same_host_and_port(url, response.url))  # no other port or scheme (ftp://)
            judged[link] = follow
            if follow:
                to_follow += 1
                if url not in self.requested:  # a link already followed from another form of it
                    (new_articles if profile.is_article(url) else new_listings).append(url)
        for url in new_articles:
            self.requested.add(url)
            requests.append(self.request(url))
        # Listing pages in a row that brought no new article (endless pagination, a calendar): a chain of
        # more than MAX_EMPTY_LISTING_PAGES of them is not followed further.
        empty = response.meta.get("empty_listings", 0) + 1 if not new_articles and profile.is_listing(own_url) else 0
        postbacks = self.postbacks(response, profile, own_url, meta={"keep_page": True, "empty_listings": empty})
        to_follow += len(postbacks)
        postbacks = [(key, request) for key, request in postbacks if key not in self.requested]
        if (new_listings or postbacks) and empty >= self.settings.getint("MAX_EMPTY_LISTING_PAGES", 0) > 0:
            self.crawler.stats.inc_value("socongthuong/empty_listing_chains_stopped")
            if profile.site not in self.listing_chains_stopped:
                self.listing_chains_stopped.add(profile.site)
                limit = self.settings.getint("MAX_EMPTY_LISTING_PAGES")
                self.logger.warning("Listing pages of %s stopped: %d in a row without a new article "
                                    "(MAX_EMPTY_LISTING_PAGES), last %s", profile.site, limit, response.url)
                requests.append(CrawlErrorItem(response.url, response.status, f"listing chain stopped: {limit} listing "
                                               "pages in a row without a new article link (MAX_EMPTY_LISTING_PAGES)",
                                               profile.site))
            return requests, to_follow
        for url in new_listings:
            self.requested.add(url)
            requests.append(self.request(url, meta={"empty_listings": empty}))
        for key, request in postbacks:
            self.requested.add(key)
            requests.append(request)
        return requests, to_follow

    def postbacks(self, response, profile: Profile, own_url: str, meta: dict) -> list[tuple[str, scrapy.FormRequest]]:
        """The forward pages of a listing's ``__doPostBack`` pager (the family's ``postback_pager``), each a POST of
        the page's form, with the key that names the page it asks for (the same page asked twice is one)."""
        if not profile.postback_pager or not profile.is_listing(own_url):
            return []
        requests = postback.postback_requests(response, profile.postback_pager, profile.postback_form,
                                              callback=self.parse, errback=self.failed, meta=meta)
        return [(f"POST {own_url}\n{postback.identity_of(request)}", request) for request in requests]

    # -- discovery beyond links: robots.txt's sitemaps, the family's sitemaps and feeds --

    def discovery(self, profile: Profile, start_url: str):
        """Requests for robots.txt (its Sitemap lines) and the sitemaps and RSS/Atom feeds of the family."""
        root = parsing.site_root(start_url)
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
        for url in response.xpath('//item/link/text() | //*[local-name()="entry"]/*[local-name()="link"]/@href').getall():
            yield from self.discovered(response.urljoin(url.strip()), "feed")

    def discovered(self, url: str, source: str):
        """A page a sitemap or feed names: requested whatever its URL's form (its content says what it is)."""
        profile = self.profile_of(url)
        if profile is None or parsing.ATTACHMENT.search(url):
            return
        url = profile.canonicalize(url)
        if url not in self.requested:
            self.requested.add(url)
            self.crawler.stats.inc_value(f"socongthuong/links_from_{source}")
            yield self.request(url)

    def discovery_failed(self, failure):
        """A sitemap or feed that is not there is no error of the crawl: a log line."""
        self.logger.info("No sitemap or feed at %s (%s)", failure.request.url, failure.getErrorMessage())
        self.crawler.stats.inc_value("socongthuong/discovery_missing")

    def failed(self, failure):
        """Errback: log the failure, store it in crawl_errors and go on."""
        request = failure.request
        if failure.check(LimitReached):  # a limit of the crawl (middlewares.py): recorded, unless already once
            if not failure.value.record:
                return
            status, reason = failure.value.status, failure.value.reason
        elif failure.check(HttpError):
            status, reason = failure.value.response.status, f"HTTP {failure.value.response.status}"
        elif failure.check(IgnoreRequest):  # (HttpError is one too) robots.txt or offsite: a decision, not an error
            return
        elif failure.check(DownloadCancelledError):  # Scrapy's DOWNLOAD_MAXSIZE, on the bytes received
            status, reason = None, f"too large: {failure.getErrorMessage()}"
        elif failure.check(DownloadTimeoutError):
            status, reason = None, "timeout"
        elif failure.check(CannotResolveHostError):
            status, reason = None, "DNS lookup failed"
        else:
            status, reason = None, f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.logger.warning("Failed %s: %s", request.url, reason)
        profile = self.profile_of(self.archive.original_of(request.url) if self.archive else request.url)
        yield CrawlErrorItem(request.url, status, reason, profile.site if profile else self.unknown_site)


def is_html(response) -> bool:
    """Whether a response is an HTML page: Scrapy reads a PDF as text, so the Content-Type decides, and
    bytes no web page holds (NUL) make a body binary whatever its Content-Type says."""
    if not isinstance(response, TextResponse) or b"\x00" in response.body[:4096]:
        return False
    content_type = response.headers.get(b"Content-Type", b"").lower()
    return b"html" in content_type or (not content_type and response.body.lstrip()[:1] == b"<")


def same_host_and_port(url: str, page_url: str) -> bool:
    """Whether ``url`` is http(s) on the host and port of ``page_url``: no ftp://, no other port of the host."""
    target, page = urlsplit(url), urlsplit(page_url)
    if target.scheme not in ("http", "https"):
        return False
    try:
        return (target.hostname, explicit_port(target)) == (page.hostname, explicit_port(page))
    except ValueError:  # a port that is no number
        return False


def explicit_port(parts) -> int | None:
    """The port a URL names, None for its scheme's default (http://h/ and https://h/ are one site)."""
    return None if parts.port in (None, {"http": 80, "https": 443}.get(parts.scheme)) else parts.port


def adhoc_profile(start_url: str) -> Profile:
    """A site no registry entry names, named by its host: its family is recognised from its pages."""
    host = urlsplit(start_url).hostname or start_url
    return site_profile({"id": host, "name": host, "hosts": [host], "start_urls": [start_url], "status": "adhoc"})


async def reachable(url: str, timeout: float = 10.0) -> bool:
    """Whether a TCP connection to the URL's host (or its proxy) opens: "offline" in one line, not tracebacks."""
    parts = urlsplit(url)
    proxy = getproxies().get(parts.scheme)
    if proxy and not proxy_bypass(parts.hostname):  # Scrapy's HttpProxyMiddleware goes through it too
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname, port), timeout)
    except (OSError, asyncio.TimeoutError):
        return False
    writer.close()
    return True
