"""Crawling a site's captures in a web archive instead of the live site (``-a archive=wayback|URL``).

Any Wayback-compatible archive: the Internet Archive (``ARCHIVE_URL``, default https://web.archive.org) or a
pywb-based one, which speak the same two URLs:

- the CDX API, ``<archive>/cdx/search/cdx?url=HOST&matchType=host&output=json&filter=statuscode:200
  &filter=mimetype:text/html&collapse=urlkey&showResumeKey=true&limit=N``: one JSON list, a header row
  (the field names) then one row per capture; with ``showResumeKey`` an empty row and a one-element row with
  the key that the next request passes as ``resumeKey``. ``collapse=urlkey`` gives one row per URL.
- a capture's original bytes, ``<archive>/web/<timestamp>id_/<url>`` (``id_``: as captured, without the
  archive's banner and link rewriting). A timestamp that is not one of the URL's captures answers a redirect
  to the closest one: the crawl asks for ``-a archive_at=YYYYMMDD``, or for the far future (the latest).
  A capture of a redirect is served as that redirect, its Location pointing into the archive.

From the listing, only URLs of the site's articles and listings (its profile's link patterns; every HTML
page for a host without profile) are requested, one per canonical URL. Each capture is parsed by the
site's profile as if it were the live page, and the article is stored under its original canonical URL,
with ``source`` 'archive', ``archived_at`` (the capture's time) and ``archive_url``. Requests to the archive
share one download slot (``ARCHIVE_CONCURRENCY``, default 1 request at a time; ``ARCHIVE_DELAY``), carry
``meta["archive"]`` for the refusal stop (middlewares.py) and are fingerprinted by the original's canonical
URL (spiders/dedupe.py through ``canonical_url``), so an article already stored is not asked for again.
"""

import json
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

import scrapy

from reader.archive_urls import CAPTURE, split_capture  # noqa: F401 (CAPTURE: for the tests)

from . import parsing
from .items import ArticleItem, CrawlErrorItem
from .warc import with_page_record

WAYBACK = "wayback"
LATEST = "99991231235959"  # later than any capture: the archive redirects to the latest
MAX_ARCHIVE_REDIRECTS = 6  # closest-capture redirects and captured redirects, per article
CDX_FIELDS = ("urlkey", "timestamp", "original", "statuscode", "mimetype")


def archive_base(argument: str, default: str) -> str:
    """The archive's base URL: ``wayback`` is ``ARCHIVE_URL`` (``default``), else the URL given."""
    base = default if argument.strip().lower() == WAYBACK else argument.strip()
    if urlsplit(base).scheme not in ("http", "https") or not urlsplit(base).hostname:
        raise ValueError(f"-a archive={argument!r}: give 'wayback' or the http(s) URL of a Wayback-compatible archive")
    return base.rstrip("/")


def archive_target(archive_at: str | None) -> str:
    """The timestamp captures are asked for: ``-a archive_at=YYYYMMDD[hhmmss]``, or the latest."""
    if not archive_at:
        return LATEST
    value = archive_at.strip().replace("-", "")
    if not (value.isdigit() and len(value) in (4, 6, 8, 10, 12, 14)):
        raise ValueError(f"-a archive_at={archive_at!r}: give a date as YYYYMMDD (or YYYYMMDDhhmmss)")
    return value


def capture_url(base: str, timestamp: str, original: str) -> str:
    """Where the archive serves a capture's original bytes."""
    return f"{base}/web/{timestamp}id_/{original}"


def capture_time(timestamp: str) -> str:
    """ISO 8601 UTC of a 14-digit archive timestamp (archives keep captures in UTC)."""
    when = datetime.strptime(timestamp.ljust(14, "0")[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return when.isoformat()


def cdx_query(base: str, url: str, match_type: str, page_size: int, resume_key: str | None = None) -> str:
    """A CDX API request for one page of a site's HTML captures, one row per URL."""
    params = [("url", url), ("matchType", match_type), ("output", "json"), ("fl", ",".join(CDX_FIELDS)),
              ("filter", "statuscode:200"), ("filter", "mimetype:text/html"), ("collapse", "urlkey"),
              ("showResumeKey", "true"), ("limit", str(page_size))]
    if resume_key:
        params.append(("resumeKey", resume_key))
    return f"{base}/cdx/search/cdx?{urlencode(params)}"


def read_cdx(body: bytes) -> tuple[list[dict], str | None]:
    """The rows (dicts by the header's field names) and the resumption key of a JSON CDX answer."""
    text = body.decode("utf-8").strip()
    if not text:
        return [], None
    data = json.loads(text)
    if not data:
        return [], None
    header, rows = data[0], data[1:]
    resume_key = None
    if len(rows) >= 2 and rows[-2] == [] and len(rows[-1]) == 1:  # [..., [], ["<key>"]]
        resume_key, rows = rows[-1][0], rows[:-2]
    return [dict(zip(header, row, strict=False)) for row in rows if row], resume_key


class ArchiveCrawl:
    """The archive side of the spider: listing captures, requesting them, reading them as the live pages."""

    def __init__(self, spider, archive: str, archive_at: str | None, settings):
        self.spider = spider
        self.base = archive_base(archive, settings.get("ARCHIVE_URL", "https://web.archive.org"))
        self.host = urlsplit(self.base).hostname
        self.target = archive_target(archive_at)
        self.page_size = settings.getint("ARCHIVE_CDX_PAGE_SIZE", 1000)
        self.retry_times = settings.getint("ARCHIVE_RETRY_TIMES", 6)
        self.listed: set[str] = set()  # canonical URLs already requested from the listing

    @staticmethod
    def slot_settings(settings) -> dict:
        """The archive host's download slot: one request at a time by default."""
        return {"concurrency": settings.getint("ARCHIVE_CONCURRENCY", 1),
                "delay": settings.getfloat("ARCHIVE_DELAY", 1.0)}

    # -- what the spider delegates --

    def original_of(self, url: str) -> str:
        """The page a capture URL is of (any other URL unchanged)."""
        capture = split_capture(url) if url.startswith(self.base) else None
        return capture[1] if capture else url

    def scopes(self) -> list[tuple[str, str]]:
        """(url, matchType) CDX queries covering the crawl: each profiled domain, or the start URL."""
        if not self.spider.unknown_site:  # sites of the registry
            return [(domain, "host") for profile in self.spider.profiles for domain in profile.allowed_domains]
        start = self.spider.start_urls[0]
        parts = urlsplit(start)
        if parts.path in ("", "/") and not parts.query:
            return [(parts.hostname, "host")]
        return [(start, "prefix")]

    def start_requests(self):
        for url, match_type in self.scopes():
            yield self.cdx_request(url, match_type)

    def cdx_request(self, url: str, match_type: str, resume_key: str | None = None) -> scrapy.Request:
        # dont_filter: a resumed job lists again (its seen requests skip what was requested already).
        return scrapy.Request(cdx_query(self.base, url, match_type, self.page_size, resume_key),
                              callback=self.spider.parse_cdx, errback=self.spider.failed, dont_filter=True,
                              cb_kwargs={"scope": (url, match_type)},
                              meta={"archive": True, "max_retry_times": self.retry_times})

    def capture_request(self, original: str, timestamp: str, hops: int = 0) -> scrapy.Request:
        return scrapy.Request(capture_url(self.base, timestamp, original), callback=self.spider.parse_capture,
                              errback=self.spider.failed, dont_filter=hops > 0,
                              meta={"archive": True, "keep_page": True, "archive_hops": hops,
                                    "max_retry_times": self.retry_times,
                                    # the archive's redirects are read by parse_capture (closest capture)
                                    "dont_redirect": True, "handle_httpstatus_list": [301, 302, 303, 307, 308]})

    def wanted(self, original: str) -> str | None:
        """The canonical URL of a listed capture worth fetching (an article or listing of the site), else None."""
        profile = self.spider.profile_of(original)
        if profile is None:
            return None  # another site's page in the listing
        if profile.family is None:  # a site of no known family (a host no registry entry names): every page
            return original.split("#")[0]
        canonical = profile.canonicalize(original)
        return canonical if profile.is_article(canonical) or profile.is_listing(canonical) else None

    def parse_cdx(self, response, scope):
        """One page of the listing: capture requests for the pages wanted, then the next page."""
        try:
            rows, resume_key = read_cdx(response.body)
        except (ValueError, UnicodeDecodeError) as error:
            self.spider.logger.error("Unreadable CDX answer from %s: %s", response.url, error)
            yield CrawlErrorItem(response.url, response.status, f"unreadable CDX answer: {error}", None)
            return
        self.spider.crawler.stats.inc_value("socongthuong/archive_captures_listed", len(rows))
        for row in rows:
            original = row.get("original")
            canonical = self.wanted(original) if original else None
            if canonical is None or canonical in self.listed:
                continue
            self.listed.add(canonical)
            yield self.capture_request(original, self.target)
        if resume_key:
            yield self.cdx_request(*scope, resume_key=resume_key)

    def parse_capture(self, response):
        """A capture: a redirect (closest capture, or a captured redirect) is followed in the archive; a page
        is read as the live page at its original URL."""
        capture = split_capture(response.url)
        if capture is None:
            yield CrawlErrorItem(response.url, response.status, "not a capture URL", None)
            return
        timestamp, original = capture
        profile = self.spider.profile_of(original)
        site = profile.site if profile else self.spider.unknown_site
        if 300 <= response.status < 400:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            hops = response.meta.get("archive_hops", 0) + 1
            target = split_capture(response.urljoin(location)) if location else None
            if target is None or hops > MAX_ARCHIVE_REDIRECTS:
                yield CrawlErrorItem(response.url, response.status, "archive redirect not followed "
                                     f"({'too many' if target else 'outside the archive'}): {location}", site)
                return
            self.spider.crawler.stats.inc_value("socongthuong/archive_redirects")
            yield self.capture_request(target[1], target[0], hops)
            return
        page = response.replace(url=original)  # parsed as the live page: links and canonical URL are the site's
        if not parsing.may_hold_article(profile, profile.canonicalize(original) if profile else original):
            return  # a listing: kept in the WARC file; the CDX listing, not its links, says what to fetch
        article, reading = parsing.read_article(page, profile, site, self.spider.dates)
        if article is not None:
            yield self.with_capture(with_page_record(article, response), timestamp, response.url)
        elif profile is not None and profile.is_article(profile.canonicalize(original)):
            yield CrawlErrorItem(response.url, response.status, reading.why or "no article found in page", site)

    @staticmethod
    def with_capture(article: ArticleItem, timestamp: str, url: str) -> ArticleItem:
        article.source = "archive"
        article.archived_at = capture_time(timestamp)
        article.archive_url = url
        return article
