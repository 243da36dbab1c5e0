"""Which links of a page to follow: the judgement of a site's links, apart from the spider.

A link is followed when it is on the page's site and its host and port, is the site's article or listing
(its family's URL patterns), and is no document (documents are recorded, not fetched). The same menus and
lists are on every page of a site, so each link (as written, made absolute) is judged once per site.
"""

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy.http import TextResponse

from reader.profiles import Profile
from reader.text import ATTACHMENT

from .items import CrawlErrorItem

DIGITS = re.compile(r"\d+")


def is_html(response) -> bool:
    """Whether a response is an HTML page: Scrapy reads a PDF as text, so the Content-Type decides, and
    bytes no web page holds (NUL) make a body binary whatever its Content-Type says."""
    if not isinstance(response, TextResponse) or b"\x00" in response.body[:4096]:
        return False
    content_type = (response.headers.get(b"Content-Type", b"") or b"").lower()
    return b"html" in content_type or (not content_type and response.body.lstrip()[:1] == b"<")


def not_html(response, site: str | None, stats) -> CrawlErrorItem:
    """The error row of a page URL that answered with something else (a PDF, an image, binary bytes)."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or "no Content-Type"
    binary = b"\x00" in response.body[:4096]
    stats.inc_value("socongthuong/not_html")
    return CrawlErrorItem(response.url, response.status,
                          f"not HTML ({content_type}{', binary body' if binary else ''})", site)


def explicit_port(parts) -> int | None:
    """The port a URL names, None for its scheme's default (http://h/ and https://h/ are one site)."""
    return None if parts.port in (None, {"http": 80, "https": 443}.get(parts.scheme)) else parts.port


def same_host_and_port(url: str, page_url: str) -> bool:
    """Whether ``url`` is http(s) on the host and port of ``page_url``: no ftp://, no other port of the host."""
    target, page = urlsplit(url), urlsplit(page_url)
    if target.scheme not in ("http", "https"):
        return False
    try:
        return (target.hostname, explicit_port(target)) == (page.hostname, explicit_port(page))
    except ValueError:  # a port that is no number
        return False


@dataclass
class Judged:
    """The links of one page: the site's articles and listings to request, and how many links are to follow
    (requested already or not), and every article link to follow (requested already or not)."""

    articles: list[str] = field(default_factory=list)
    every_article: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    to_follow: int = 0


class LinkJudge:
    """Judges a site's links, once each per site, and remembers which pages were requested."""

    def __init__(self):
        # site -> link as written -> (its canonical URL, whether an article) when it is to follow, else None
        self.verdicts: dict[str, dict[str, tuple[str, bool] | None]] = {}
        self.requested: set[str] = set()  # canonical URLs (and postback keys) requested by this crawl

    def judge(self, links: list[str], profile: Profile, page_url: str, same_site=None) -> Judged:
        """The new article and listing URLs among ``links`` of a page at ``page_url`` of ``profile``'s site.

        ``same_site(url)`` says whether a canonical URL belongs to this site (the crawl's other sites may
        share a host); by default, whether ``profile`` holds it. A link judged on another page is listed again
        while it is not requested: a page may leave some of its links to others (a re-crawl follows a pager one
        page at a time, spiders/recrawl.py).
        """
        own_url = profile.canonicalize(page_url)
        verdicts = self.verdicts.setdefault(profile.site, {})
        same_site = same_site or profile.holds
        judged = Judged()
        for link in links:
            if link in verdicts:
                verdict = verdicts[link]
            else:
                url = profile.canonicalize(link)
                if url == own_url:
                    continue  # the page itself (print view): judged on another page, it may be to follow
                follow = (same_site(url) and (profile.is_article(url) or profile.is_listing(url))
                          and not ATTACHMENT.search(url) and same_host_and_port(url, page_url))
                verdict = verdicts[link] = (url, profile.is_article(url)) if follow else None
            if verdict is None:
                continue
            url, is_article = verdict
            judged.to_follow += 1  # requested already or not
            if is_article:
                judged.every_article.append(url)
            if url not in self.requested and url != own_url:  # a link already followed from another form of it
                (judged.articles if is_article else judged.listings).append(url)
        return judged

    def first_time(self, key: str) -> bool:
        """Whether ``key`` (a URL, a postback's key) is requested for the first time; it is marked requested."""
        if key in self.requested:
            return False
        self.requested.add(key)
        return True


class RepeatedTexts:
    """Pages whose text many other pages of the site repeat, numbers aside: an endless run of invented
    articles ("Bài 17587" linking "Bài 17588" ...) shows one text again and again; real articles do not.
    Kept as one 8-byte digest per distinct text of a site, so memory grows with the site's real articles."""

    def __init__(self, limit: int = 5):
        self.limit = limit  # pages of one text beyond which it is a repetition
        self.counts: dict[tuple[str, bytes], int] = {}

    def repeated(self, site: str, text: str) -> bool:
        """Count ``text`` for ``site``; whether more than ``limit`` pages have shown it (digits aside)."""
        digest = hashlib.blake2b(DIGITS.sub("#", text).encode("utf-8"), digest_size=8).digest()
        count = self.counts[(site, digest)] = self.counts.get((site, digest), 0) + 1
        return count > self.limit
