"""``scrapy crawl socongthuong``: every news article of the department sites, into SQLite.

    scrapy crawl socongthuong                                  # every site profile
    scrapy crawl socongthuong -a site=haiduong                 # one site
    scrapy crawl socongthuong -a site=haiduong -a start_url=http://127.0.0.1:8000/   # a copy of it
    scrapy crawl socongthuong -a start_url=https://example.gov.vn/                    # unknown: generic
    ... -a refresh=1        fetch articles already in the database again
    ... -a archive=wayback [-a archive_at=YYYYMMDD]   the site's captures in a web archive (-a archive=URL: another)
    ... -s SQLITE_PATH=x.db -s JOBDIR=crawls/run1

The spider stays thin: parsing is in parsing.py, site differences in profiles/*.toml, storage in pipelines.py.
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

from . import distributed, parsing
from .archive import ArchiveCrawl
from .charset import repairing
from .items import CrawlErrorItem
from .middlewares import LimitReached
from .profiles import Profile, all_profile_names, load_profile, profile_for_url
from .robots import with_waiting_robots
from .times import DateOrders
from .warc import with_page_record

LINKS = LinkExtractor()  # skips links to images, documents and other non-pages
GENERIC_MAX_DEPTH = 3  # an unknown site is explored this many links deep from its start URL


class SoCongThuongSpider(scrapy.Spider):
    name = "socongthuong"

    def __init__(self, site: str | None = None, start_url: str | None = None, refresh: str = "0",
                 archive: str | None = None, archive_at: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.archive_options = (archive, archive_at) if archive else None
        self.archive: ArchiveCrawl | None = None  # set in from_crawler: it needs the settings
        self.refresh = refresh.lower() in ("1", "true", "yes")
        self.profiles = self.choose_profiles(site, start_url)
        if self.profiles:
            self.allowed_domains = sorted({d for p in self.profiles for d in p.allowed_domains})
            self.start_urls = [url for p in self.profiles for url in p.start_urls]
            self.unknown_site = None
        else:  # no profile fits: the generic extractor on the given site, named by its host
            self.allowed_domains = [urlsplit(start_url).hostname]
            self.start_urls = [start_url]
            self.unknown_site = parsing.site_of(start_url)
        # Most links on a page were requested already (menus, related lists, listings): skipping them here
        # spares building and filtering a Request for each. Scrapy's duplicate filter stays the authority.
        self.requested: set[str] = set()
        # Links (as written, made absolute) already judged from a page of a site: the same menus and lists
        # are on every page, and canonicalising and matching each of them again cost ~0.2 ms a page.
        self.judged: dict[str, set[str]] = {}
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
    def choose_profiles(site: str | None, start_url: str | None) -> list[Profile]:
        if site:
            profile = load_profile(site)
            return [profile.served_from(start_url) if start_url else profile]
        if start_url:
            profile = profile_for_url(start_url)
            return [profile.served_from(start_url)] if profile else []
        return [load_profile(name) for name in all_profile_names()]

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # -s CONTACT_URL=... is enough to name the maintainer; an explicit USER_AGENT still wins.
        if settings.getpriority("USER_AGENT") < settings.getpriority("CONTACT_URL"):
            settings.set("USER_AGENT", f"vn-bulletins/0.1 (+{settings['CONTACT_URL']})",
                         priority=settings.getpriority("CONTACT_URL"))
        if settings.get("REDIS_URL"):  # a worker of a shared crawl (spiders/distributed.py)
            distributed.configure(settings)
        # Requests that wait for a host's robots.txt are all checked against it (spiders/robots.py), whatever
        # other middlewares the settings name.
        settings.set("DOWNLOADER_MIDDLEWARES", with_waiting_robots(settings.getdict("DOWNLOADER_MIDDLEWARES")),
                     priority=max(settings.getpriority("DOWNLOADER_MIDDLEWARES") or 0, 20))

    def sites(self) -> list[tuple[str, str, str]]:
        """(site, name, base URL) of every site this crawl covers, for the sites table."""
        if self.profiles:
            return [(p.site, p.name, p.base_url) for p in self.profiles]
        return [(self.unknown_site, self.unknown_site, self.start_urls[0])]

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
        if profile is None:
            callback = self.parse_unknown
        elif profile.is_article(url):
            callback = self.parse_article
        else:
            callback = self.parse
        meta = {"keep_page": True, **kwargs.pop("meta", {})}
        return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta, **kwargs)

    async def start(self):
        if not distributed.should_seed(self.crawler):  # a worker joining a shared crawl already seeded
            return
        if self.archive:
            if not await reachable(self.archive.base):
                self.logger.error("Cannot reach the archive %s (no network or it is down); stopping.", self.archive.base)
                self.crawler.stats.inc_value("socongthuong/unreachable_sites")
                return
            for request in self.archive.start_requests():
                yield request
            return
        for url in self.start_urls:
            if await reachable(url):
                # dont_filter: a resumed job (JOBDIR) reads its start pages again to find new articles.
                yield self.request(url, dont_filter=True)
            else:
                self.logger.error("Cannot reach %s (no network or the site is down); skipping it.", url)
                self.crawler.stats.inc_value("socongthuong/unreachable_sites")

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
    def parse(self, response):
        """A listing, home or other non-article page: follow its listings and articles."""
        if not is_html(response):
            yield self.not_html(response)
            return
        yield from self.follow(response)

    def not_html(self, response) -> CrawlErrorItem:
        """A page URL that answered with something else (a PDF, an image, binary bytes): recorded."""
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or "no Content-Type"
        binary = b"\x00" in response.body[:4096]
        self.crawler.stats.inc_value("socongthuong/not_html")
        profile = self.profile_of(response.url)
        return CrawlErrorItem(response.url, response.status,
                              f"not HTML ({content_type}{', binary body' if binary else ''})",
                              profile.site if profile else self.unknown_site)

    @repairing
    def parse_article(self, response):
        if not is_html(response):
            yield self.not_html(response)
            return
        profile = self.profile_of(response.url)
        article = parsing.parse_article(response, profile)
        if article is None:
            yield CrawlErrorItem(response.url, response.status, "no article found in page", profile.site)
        else:
            yield with_page_record(article, response)
        yield from self.follow(response)  # related articles and the category listing

    @repairing
    def parse_unknown(self, response):
        """A page of a site without profile: an article if the generic extractor finds one; links followed."""
        if not is_html(response):
            yield self.not_html(response)
            return
        article = parsing.parse_generic_article(response, self.unknown_site, self.dates)
        if article:
            yield with_page_record(article, response)
        if response.meta.get("depth", 0) < GENERIC_MAX_DEPTH:
            for link in LINKS.extract_links(response):
                if same_host_and_port(link.url, self.start_urls[0]):
                    yield self.request(link.url)

    def parse_capture(self, response):
        """A page of the archive (-a archive=...): spiders/archive.py reads it as the live page."""
        yield from self.archive.parse_capture(response)

    def follow(self, response):
        profile = self.profile_of(response.url)
        own_url = profile.canonicalize(response.url)
        judged = self.judged.setdefault(profile.site, set())
        articles, listings = [], []
        # The profile's link patterns pick the pages to follow, so plain hrefs do (LinkExtractor is slower).
        for link in parsing.links(response, "//a/@href"):
            if link in judged:
                continue  # requested already, or not to follow whatever page links to it
            url = profile.canonicalize(link)
            if url == own_url:
                continue  # the page itself (print view): judged on another page, it may be to follow
            judged.add(link)
            if url in self.requested or self.profile_of(url) is not profile or not same_host_and_port(url, response.url):
                continue  # a link already followed, another site (banners), another port or scheme (ftp://)
            if profile.is_article(url):
                articles.append(url)
            elif profile.is_listing(url):
                listings.append(url)
        for url in articles:
            self.requested.add(url)
            yield self.request(url)
        # Listing pages in a row that brought no new article (endless pagination, a calendar): a chain of
        # more than MAX_EMPTY_LISTING_PAGES of them is not followed further.
        empty = response.meta.get("empty_listings", 0) + 1 if not articles and profile.is_listing(own_url) else 0
        if listings and empty >= self.settings.getint("MAX_EMPTY_LISTING_PAGES", 0) > 0:
            self.crawler.stats.inc_value("socongthuong/empty_listing_chains_stopped")
            if profile.site not in self.listing_chains_stopped:
                self.listing_chains_stopped.add(profile.site)
                limit = self.settings.getint("MAX_EMPTY_LISTING_PAGES")
                self.logger.warning("Listing pages of %s stopped: %d in a row without a new article "
                                    "(MAX_EMPTY_LISTING_PAGES), last %s", profile.site, limit, response.url)
                yield CrawlErrorItem(response.url, response.status, f"listing chain stopped: {limit} listing pages "
                                     "in a row without a new article link (MAX_EMPTY_LISTING_PAGES)", profile.site)
            return
        for url in listings:
            self.requested.add(url)
            yield self.request(url, meta={"empty_listings": empty})

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
