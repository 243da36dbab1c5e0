"""``scrapy crawl socongthuong``: every news article of the department sites, into SQLite.

    scrapy crawl socongthuong                                  # the live sites of the registry (sites.toml)
    scrapy crawl socongthuong -a site=haiduong                 # one site
    scrapy crawl socongthuong -a province="Hải Dương"          # the sites of a province
    scrapy crawl socongthuong -a site=haiduong -a start_url=http://127.0.0.1:8000/   # a copy of it
    scrapy crawl socongthuong -a start_url=https://example.gov.vn/   # unknown site: family recognised, else generic
    ... -a refresh=1        fetch articles already in the database again
    ... -a full=1           follow every listing page (a re-crawl stops where listings hold only stored articles)
    ... -a archive=wayback [-a archive_at=YYYYMMDD]   the site's captures in a web archive (-a archive=URL: another)
    ... -s SQLITE_PATH=x.db -s JOBDIR=crawls/run1

The spider fetches, follows and hands pages to the reading library (reader/, through parsing.read_article).
Which sites and what is known of them: sites.py; which links to follow: links.py and following.py; sitemaps
and feeds: discovery.py; attached files: attaching.py; what a failure means: failures.py; storage: pipelines.py.
"""

import shlex
import sys

import scrapy

from reader.profiles import Profile
from reader.times import DateOrders

from . import parsing
from .archive import ArchiveCrawl
from .attaching import Attaching, is_document_response
from .charset import repairing
from .discovery import Discovery
from .failures import failure_reason
from .following import Following
from .items import CrawlErrorItem
from .links import LinkJudge, RepeatedTexts, is_html, not_html
from .reach import reachable
from .recrawl import NewArticles
from .robots import with_waiting_robots
from .sites import SiteSet, choose_profiles
from .warc import with_page_record


class SoCongThuongSpider(Attaching, Following, Discovery, scrapy.Spider):
    name = "socongthuong"

    def __init__(self, site: str | None = None, start_url: str | None = None, province: str | None = None,
                 refresh: str = "0", full: str = "0", archive: str | None = None, archive_at: str | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.archive_options = (archive, archive_at) if archive else None
        self.archive: ArchiveCrawl | None = None  # set in from_crawler: it needs the settings
        self.refresh = refresh.lower() in ("1", "true", "yes")
        self.full_pass = self.refresh or full.lower() in ("1", "true", "yes")  # every listing page, as a first crawl
        self.site_set = SiteSet(choose_profiles(site, start_url, province))
        self.allowed_domains = self.site_set.allowed_domains
        self.start_urls = self.site_set.start_urls
        self.unknown_site = self.site_set.unknown_site  # other modules read it
        self.links = LinkJudge()
        self.listing_chains_stopped: set[str] = set()  # sites whose empty listing chain was recorded once
        self.new_articles = NewArticles()  # on a re-crawl: which listings showed each article not stored (recrawl.py)
        self.article_chain_stops: dict[str, int] = {}  # site -> pages whose article links were not followed
        self.texts_seen = RepeatedTexts()  # near-duplicate pages: the same text with other numbers
        self.dates = DateOrders()  # each site's day/month order, settled by the first date only one order reads

    @property
    def profiles(self) -> list[Profile]:
        return self.site_set.profiles

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.archive_options:  # the archive's captures instead of the site: spiders/archive.py
            spider.archive = ArchiveCrawl(spider, *spider.archive_options, crawler.settings)
            spider.allowed_domains = [spider.archive.host]
            crawler.settings.set("DOWNLOAD_SLOTS", {**crawler.settings.getdict("DOWNLOAD_SLOTS"),
                                                    spider.archive.host: ArchiveCrawl.slot_settings(crawler.settings)})
        return spider

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

    def warc_label(self) -> str:
        """Names this crawl's WARC file (spiders/warc.py)."""
        sites = "+".join(site for site, _, _ in self.sites()) if len(self.sites()) < 4 else "all"
        return f"{self.name}-{'archive-' if self.archive else ''}{sites}".replace(":", "_").replace("/", "_")

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
        return self.site_set.profile_of(url)

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
            if await self.reached(self.archive.base, "the archive"):
                for request in self.archive.start_requests():
                    yield request
            return
        for profile in self.profiles:
            for url in profile.start_urls:
                if await self.reached(url, "the site", profile.site):
                    # dont_filter: a resumed job (JOBDIR) reads its start pages again to find new articles.
                    yield scrapy.Request(url, callback=self.parse_start, errback=self.failed, dont_filter=True,
                                         meta={"keep_page": True})
                    for request in self.discovery(profile, url):
                        yield request

    async def reached(self, url: str, what: str, site: str | None = None) -> bool:
        if await reachable(url):
            return True
        self.logger.error("Cannot reach %s (no network or %s is down); skipping it.", url, what)
        self.crawler.stats.inc_value("socongthuong/unreachable_sites")
        if site:
            self.crawler.stats.inc_value(f"socongthuong/unreachable/{site}")  # its run_sites row: failed
        return False

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
        """Every page: the article it holds (parsing.read_article: reader.read_page) and the links to follow.
        A page that gives neither, or no article at an article's address, leaves a crawl_errors row saying
        what each reader found."""
        if not is_html(response):
            if self.attachments_on() and is_document_response(response):  # a link to a file: an attachment
                yield from self.parse_attachment(response)
                return
            profile = self.profile_of(response.url)
            yield not_html(response, profile.site if profile else self.unknown_site, self.crawler.stats)
            return
        profile = self.site_set.of_page(response.url, response.meta.get("redirect_urls", [None])[0])
        profile, found = self.site_set.learn_family(profile, response.selector.root, response.url)
        if found is not None:
            self.logger.info("Site %s: layout family %s, recognised from %s (%s)", profile.site, found.family,
                             response.url, found.reason)
            self.crawler.stats.inc_value(f"socongthuong/family_recognised/{found.family}")
            yield from self.discovery(profile, response.url)  # the family's sitemaps and feeds
        at_article = profile.is_article(response.url)
        item = reading = None
        if parsing.may_hold_article(profile, response.url, start):
            item, reading = parsing.read_article(response, profile, profile.site, self.dates)
        if item is not None:
            self.crawler.stats.inc_value("socongthuong/articles_read")
            for field, reader in item.read_by.items():
                self.crawler.stats.inc_value(f"socongthuong/read_by/{field}/{reader}")
            yield with_page_record(item, response)
            yield from self.attachment_requests(item)  # spiders/attaching.py
        repeated = item is not None and self.texts_seen.repeated(profile.site, item.body)
        requests, to_follow = self.follow(response, profile, repeated) if profile.family else \
            self.follow_any(response, profile)
        yield from requests
        if item is None and (at_article or not to_follow):
            what = "no article found in page" if at_article else \
                "listing without links to follow" if profile.is_listing(response.url) else "no article and no links"
            why = reading.why.removeprefix("no article: ") if reading is not None and reading.why else None
            yield from self.nothing_found(response, profile, f"{what}: {why}" if why else what)

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

    def failed(self, failure):
        """Errback: log the failure, store it in crawl_errors and go on."""
        found = failure_reason(failure)
        if found is None:
            return
        status, reason = found
        request = failure.request
        self.logger.warning("Failed %s: %s", request.url, reason)
        profile = self.profile_of(self.archive.original_of(request.url) if self.archive else request.url)
        yield CrawlErrorItem(request.url, status, reason, profile.site if profile else self.unknown_site)
