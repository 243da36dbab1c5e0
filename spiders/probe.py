"""``python -m spiders.probe URL [URL ...]``: what the crawl would read on a page, before a long crawl.

    python -m spiders.probe https://sct.example.gov.vn/vi/news/tin-tuc/bai-viet-123.html
    python -m spiders.probe --json URL                # the same as JSON, one object per URL
    python -m spiders.probe --site haiduong URL       # read with a site's profile (a copy of the site)
    python -m spiders.probe -s DOWNLOAD_DELAY=0 URL   # any Scrapy setting

It fetches each page as the crawl does (Scrapy, the project's settings: robots.txt obeyed, the project's
User-Agent, its delays), says which reader it used and why (a site profile, or the generic reader), and
prints each field as read: title, published, lead, the first and last 80 characters of the body, category,
author, related links, attachments and the facts the extractor finds. For a listing: the article and
listing (next page) links the crawl would follow; a page posted back by ``__doPostBack`` shows as
"POST target/argument".

Exit status: 0 when every page was read as an article or a listing, 1 when one was neither (or refused by
robots.txt, or answered with an HTTP error), 2 when one could not be fetched (network error).
"""

import argparse
import json
import sys
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError

from reader import generic
from reader.families import recognise
from reader.profiles import Profile, load_profile, profile_for_url, site_profile
from reader.times import DateOrders

from . import parsing, postback
from .charset import repaired

EDGE = 80  # characters shown of the body's start and end
GENERIC_LISTING_MIN = 3  # article-like links that make an unknown page a listing


@dataclass
class Reader:
    """How a page is read: with a site's profile ("site"), a family's ("family"), or the generic reader."""

    kind: str
    name: str | None
    profile: Profile | None
    why: str


def choose_reader(url: str, site: str | None = None, response=None) -> Reader:
    """The reader for a page, and why: the one place that decides it (family recognition goes here).

    ``response`` is the page itself, for recognisers that look at its markup (generator meta, classes).
    """
    host = urlsplit(url).hostname or url
    profile: Profile | None
    if site:
        profile, why = load_profile(site).served_from(url), f"asked for with --site {site}"
    else:
        profile = profile_for_url(url)
        why = f"{host} is a domain of the site {profile.site!r} of the registry" if profile else ""
    if profile is not None and profile.family is not None:
        return Reader("site", profile.site, profile, f"{why} (layout family {profile.family})")
    # A site whose family the registry does not know, or a host no entry names: the page's traits decide.
    found = recognise(response.selector.root, response.url) if response is not None else None
    if found is not None:
        base = profile or site_profile({"id": host, "name": host, "hosts": [host], "start_urls": [url]})
        return Reader("family", found.family, base.with_family(found.family),
                      f"layout family {found.family} recognised from the page ({found.reason})")
    if profile is not None:
        return Reader("generic", None, None,
                      f"{why}; its family is not known and the page shows none: the generic reader")
    return Reader("generic", None, None, f"no site of the registry names {host} and the page shows no family: "
                                         "the generic reader")


@dataclass
class Report:
    """What the probe found on one URL."""

    url: str
    reader: dict = field(default_factory=dict)
    status: int | None = None
    page: str = "neither"  # "article", "listing", "neither", "refused", "http error", "network error"
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    article: dict | None = None
    facts: list[dict] = field(default_factory=list)
    listing: dict | None = None

    @property
    def exit_code(self) -> int:
        if self.page == "network error":
            return 2
        return 0 if self.page in ("article", "listing") else 1


def article_fields(item) -> dict:
    body = item.body or ""
    return {
        "url": item.url,
        "title": item.title,
        "published": item.published,
        "lead": item.lead,
        "body_start": body[:EDGE],
        "body_end": body[-EDGE:],
        "body_chars": len(body),
        "body_paragraphs": len(body.split("\n\n")) if body else 0,
        "category": item.category,
        "author": item.author,
        "related": list(item.related),
        "attachments": list(item.attachments),
        "read_by": dict(item.read_by),
    }


def facts_of(item) -> list[dict]:
    from extract import extract_article_facts  # loads the extractor's models: only when an article is found

    return extract_article_facts(item.title, item.lead, item.body)


def profile_links(response, profile: Profile) -> tuple[list[str], list[str]]:
    """The article and listing links a crawl with ``profile`` follows from this page."""
    own = profile.canonicalize(response.url)
    articles: dict[str, None] = {}  # dicts: the links in page order, each once
    listings: dict[str, None] = {}
    for link in parsing.links(response, "//a/@href"):
        if not profile.holds(link):
            continue
        url = profile.canonicalize(link)
        if url == own:
            continue
        if profile.is_article(url):
            articles[url] = None
        elif profile.is_listing(url):
            listings[url] = None
    if profile.postback_pager and profile.is_listing(own):  # next pages by __doPostBack: the events posted
        for event, _ in postback.forward_links(postback.postback_links(response, profile.postback_pager), 1):
            listings[f"POST {event.target}/{event.argument}"] = None
    return list(articles), list(listings)


def read_page(response, report: Report, site: str | None, dates: DateOrders) -> None:
    """Fill ``report`` with what the crawl reads on ``response``: the same function (parsing.read_article)."""
    reader = choose_reader(response.url, site, response)
    report.reader = {"kind": reader.kind, "name": reader.name, "why": reader.why}
    report.status = response.status
    profile = reader.profile
    site_name = profile.site if profile is not None else generic_site(response.url)
    item, reading = None, None
    if parsing.may_hold_article(profile, response.url):  # as the crawl: a family's listing is not read
        item, reading = parsing.read_article(response, profile, site_name, dates)
    if profile is not None:
        articles, listings = profile_links(response, profile)
        if item is not None and not profile.is_article(response.url):
            report.notes.append("the URL matches none of the site's article patterns; an article is read on it")
    else:
        articles, listings = generic.listing_links(response.selector.root, response.url)
    if item is not None:
        report.page = "article"
        report.article = article_fields(item)
        report.facts = facts_of(item)
        others = sorted({name for name in item.read_by.values() if not name.startswith("family")})
        if reader.kind != "generic" and others:
            report.notes.append(f"fields read by other readers than the family's: {', '.join(others)}")
    elif articles and (profile is not None or len(articles) >= GENERIC_LISTING_MIN):
        report.page = "listing"
        report.listing = {"articles": articles, "listings": listings}
    else:
        report.page = "neither"
        why = reading.why if reading is not None else "a listing's address"
        report.notes.append(f"{why}; and {len(articles)} article links: not a listing either")


def generic_site(url: str) -> str:
    return parsing.site_of(url)


class ProbeSpider(scrapy.Spider):
    """Fetches the URLs once each, through the crawl's own settings and middlewares."""

    name = "probe"

    def __init__(self, urls: list[str], site: str | None, reports: dict[str, Report], **kwargs):
        super().__init__(**kwargs)
        self.urls, self.site, self.reports = urls, site, reports
        self.dates = DateOrders()

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        from .socongthuong import SoCongThuongSpider

        # The User-Agent as the crawl builds it (CONTACT_URL), and robots.txt checked for every URL asked at once.
        SoCongThuongSpider.update_settings(settings)

    async def start(self):
        from .reach import reachable

        for url in self.urls:
            if not await reachable(url):  # one line instead of robots.txt's traceback and retries
                self.reports[url].page = "network error"
                self.reports[url].error = f"cannot reach {urlsplit(url).netloc} (no network, or nothing listens there)"
                continue
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                 meta={"probe_url": url})

    def parse(self, response):
        report = self.reports[response.meta["probe_url"]]
        if response.url != report.url:
            report.notes.append(f"redirected to {response.url}")
        if not hasattr(response, "text"):
            report.page, report.error = "neither", f"not a web page ({response.headers.get('Content-Type')})"
            return
        try:
            read_page(repaired(response), report, self.site, self.dates)
        except Exception as error:  # a page that breaks a reader is a finding, not a crash of the probe
            report.page, report.error = "neither", f"reading failed: {error!r}"

    def failed(self, failure):
        report = self.reports[failure.request.meta["probe_url"]]
        if failure.check(HttpError):
            response = failure.value.response
            report.status, report.page, report.error = response.status, "http error", f"HTTP {response.status}"
        elif failure.check(IgnoreRequest):
            report.page, report.error = "refused", "robots.txt does not allow this page to the crawler"
        else:
            report.page, report.error = "network error", f"{failure.type.__name__}: {failure.getErrorMessage()}"


def probe_settings(overrides: dict[str, str]) -> Settings:
    """The crawl's settings, without its pipeline, job state and progress line; ``overrides`` on top."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.setdict({
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {},
        "DUPEFILTER_CLASS": "scrapy.dupefilters.RFPDupeFilter",  # not the one that skips stored articles
        "REQUEST_FINGERPRINTER_CLASS": "scrapy.utils.request.RequestFingerprinter",
        "LOG_LEVEL": "WARNING",
        "LOG_INSTALL_ROOT_HANDLER": True,
        "TELNETCONSOLE_ENABLED": False,
        "RETRY_TIMES": 1,
    }, priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    return settings


def probe(urls: list[str], site: str | None = None, overrides: dict[str, str] | None = None) -> list[Report]:
    """Fetch and read each URL (a Scrapy crawl: once per process)."""
    reports = {url: Report(url) for url in urls}
    process = CrawlerProcess(probe_settings(overrides or {}))
    process.crawl(ProbeSpider, urls=urls, site=site, reports=reports)
    process.start()
    for report in reports.values():
        if report.page == "neither" and report.error is None and not report.reader:
            report.page, report.error = "network error", "no answer (the crawl stopped before this page)"
    return list(reports.values())


def shorten(text: str | None, limit: int = 160) -> str:
    if text is None:
        return "-"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fact_line(fact: dict) -> str:
    shown = {key: fact[key] for key in ("value", "currency", "unit", "code", "issued") if fact.get(key) is not None}
    details = ", ".join(f"{key} {value}" for key, value in shown.items())
    return f"{fact['type']:<10} {fact['text']!r}" + (f" ({details})" if details else "")


def as_text(report: Report, facts_shown: int = 12) -> str:
    lines = [report.url]
    reader = report.reader
    if reader:
        lines.append(f"  reader       {reader['kind']}{' ' + reader['name'] if reader['name'] else ''}: "
                     f"{reader['why']}")
    lines.append(f"  page         {report.page}" + (f" (HTTP {report.status})" if report.status else "")
                 + (f": {report.error}" if report.error else ""))
    for note in report.notes:
        lines.append(f"  note         {note}")
    if report.article:
        a = report.article
        lines += [
            f"  url          {a['url']}",
            f"  title        {shorten(a['title'])}",
            f"  published    {a['published'] or '- (no date found)'}",
            f"  lead         {shorten(a['lead'])}",
            f"  body         {a['body_chars']} characters, {a['body_paragraphs']} paragraphs",
            f"    starts     {a['body_start']!r}",
            f"    ends       {a['body_end']!r}",
            f"  category     {a['category'] or '-'}",
            f"  author       {a['author'] or '-'}",
            f"  related      {len(a['related'])} links"
            + "".join(f"\n               {url}" for url in a["related"][:5]),
            f"  attachments  {len(a['attachments'])}" + "".join(f"\n               {url}" for url in a["attachments"]),
            "  read by      " + ", ".join(f"{name} {reader}" for name, reader in a["read_by"].items()),
        ]
        counts: dict[str, int] = {}
        for fact in report.facts:
            counts[fact["type"]] = counts.get(fact["type"], 0) + 1
        summary = ", ".join(f"{kind} {count}" for kind, count in counts.items())
        lines.append(f"  facts        {len(report.facts)}" + (f": {summary}" if summary else ""))
        lines += [f"               {fact_line(fact)}" for fact in report.facts[:facts_shown]]
        if len(report.facts) > facts_shown:
            lines.append(f"               ... {len(report.facts) - facts_shown} more (--json shows all)")
    if report.listing:
        for kind in ("articles", "listings"):
            found = report.listing[kind]
            label = "article links" if kind == "articles" else "listing links (next pages, categories)"
            lines.append(f"  {len(found)} {label}" + "".join(f"\n               {url}" for url in found[:20]))
            if len(found) > 20:
                lines.append(f"               ... {len(found) - 20} more")
    return "\n".join(lines)


def as_json(report: Report) -> dict:
    return {"url": report.url, "reader": report.reader, "status": report.status, "page": report.page,
            "error": report.error, "notes": report.notes, "article": report.article, "facts": report.facts,
            "listing": report.listing}


def setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.probe", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="+", metavar="URL")
    parser.add_argument("--json", action="store_true", help="print JSON (one object per URL, in a list)")
    parser.add_argument("--site", help="read as this site of the registry (reader/sites.toml)")
    parser.add_argument("-s", dest="settings", action="append", type=setting, default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting, as for scrapy crawl")
    args = parser.parse_args(argv)
    if args.site:
        try:
            load_profile(args.site)
        except ValueError as error:
            parser.error(str(error))
    reports = probe(args.urls, args.site, dict(args.settings))
    if args.json:
        print(json.dumps([as_json(report) for report in reports], ensure_ascii=False, indent=2, default=str))
    else:
        print("\n\n".join(as_text(report) for report in reports))
    return max(report.exit_code for report in reports)


if __name__ == "__main__":
    sys.exit(main())
