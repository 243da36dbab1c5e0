"""Re-crawls that stop early: a site's listing chain is left where its pages hold only articles already stored.

A listing shows its newest articles first, so on a re-crawl the new articles are on its first pages, and a run
of listing pages that bring no new article (every article they show is stored, or was shown by an earlier page
of the same listing: ``NewArticles``) means the rest of that listing was read before. After
RECRAWL_STOP_AFTER_STORED_LISTINGS such pages in a row, the listing links of the page are not followed
(spiders/following.py). It applies only to a site whose latest run went through
(``db.write.sites_crawled_through``): after an interrupted, failed or capped run, what lies behind the stored
front of a listing was never fetched. ``-a full=1``, ``-a refresh=1`` or the setting at 0 give a full pass.

Pagers link several pages ahead (every page, a window of five, the last one), so a chain counted along links
would be short-circuited: page 1, holding a new article, would request page 2,500 before pages 2-4 had said
whether they hold anything new. On a re-crawl a listing page follows only the next page of its own listing
(``next_page_only``); the other pages of its pager come one after the other, as the count reaches them.

The set of stored URLs is the duplicate filter's (spiders/dedupe.py loads it once); it hands it to this
module's ``StoredArticles``, which the spider reads through the crawler (``stored_articles(crawler)``).
"""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit, urlunsplit

# How listings number their pages (reader/families/*.toml, "pagination"): a query parameter, or a path segment.
PAGE_PARAMETER = re.compile(r"(?i)^(page|trang|p|pg|paged|pageindex|currentpage)$|_cur$")
PAGE_SEGMENT = re.compile(r"(?i)/(?:page-(\d+)|page/(\d+))(?=/|$)")  # NukeViet /page-N, WordPress /page/N/

STATS = "socongthuong/recrawl"


@dataclass
class StoredArticles:
    """What the database held when the crawl opened: the canonical URLs of stored articles and the sites whose
    latest run went through. Empty for a refresh (``-a refresh=1``) or a shared crawl (its own dupefilter)."""

    urls: set[str] = field(default_factory=set)
    sites_crawled_through: set[str] = field(default_factory=set)


def attach(crawler, stored: StoredArticles) -> None:
    """Hand the duplicate filter's stored set to the spider: one set, loaded once."""
    crawler.stored_articles = stored


def stored_articles(crawler) -> StoredArticles:
    """The crawl's stored articles (empty before the duplicate filter opened, or with another filter)."""
    return getattr(crawler, "stored_articles", None) or StoredArticles()


@dataclass(frozen=True)
class ListingPage:
    """A listing URL read as a page of a listing: where the listing is (the URL without its page number), its
    other query parameters, and the page's number (1 when the URL names none)."""

    where: str
    query: frozenset[tuple[str, str]]
    number: int

    def same_listing(self, other: "ListingPage") -> bool:
        """Whether two pages are of one listing: the same address, and the query of one holds the other's. A first
        page is often the bare listing and the pager adds its own parameters to the others (Liferay's
        ``?p_p_id=...&_..._delta=5&_..._cur=2`` after ``/web/guest/tin-tuc``); ``?cat=3`` and ``?cat=5`` differ."""
        return self.where == other.where and (self.query <= other.query or other.query <= self.query)


def listing_page(url: str) -> ListingPage:
    """A listing URL's listing and page number: ``/News.aspx?cat=3&page=4`` is page 4 of ``/News.aspx?cat=3``,
    ``/vi/news/tin-tuc/page-2`` page 2 of ``/vi/news/tin-tuc/``, ``/vi/news/tin-tuc/`` its page 1."""
    parts = urlsplit(url)
    number = None
    query = set()
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if number is None and value.isdigit() and PAGE_PARAMETER.search(name):
            number = int(value)
        else:
            query.add((name, value))
    path = parts.path
    segment = PAGE_SEGMENT.search(path)
    if number is None and segment:
        number = int(segment.group(1) or segment.group(2))
        path = path[:segment.start()] + path[segment.end():]
    where = urlunsplit((parts.scheme, parts.netloc.lower(), path.rstrip("/") or "/", "", ""))
    return ListingPage(where, frozenset(query), number or 1)


def stored_run(previous: int, brings_new: bool) -> int:
    """Listing pages in a row, ending with this one, that bring no new article: ``previous`` (the pages before it
    in its listing) plus one, or 0 when this page brings a new article."""
    return 0 if brings_new else previous + 1


class NewArticles:
    """Which listings showed each article not stored yet. A listing page brings a new article when it shows one
    no earlier page of its own listing showed: a sticky "hot news" link on every page of a listing is new once,
    on its first page; an article the home page links too (the newest five) is still new to its listing."""

    def __init__(self):
        self.shown: dict[str, list[ListingPage]] = {}  # article URL -> a page of each listing that showed it
        self.stops_said: set[str] = set()  # sites whose re-crawl stop was logged once

    def brings_new(self, listing_url: str, article_urls: list[str], stored: set[str]) -> bool:
        """Whether the listing page at ``listing_url``, whose article links are ``article_urls`` (requested by this
        crawl or not), shows an article that is neither stored nor shown by an earlier page of its listing."""
        page = listing_page(listing_url)
        new = False
        for url in article_urls:
            if url in stored:
                continue
            listings = self.shown.setdefault(url, [])
            if not any(page.same_listing(other) for other in listings):
                listings.append(page)
                new = True
        return new


def next_page_only(own_url: str, listing_urls: list[str]) -> tuple[list[str], int]:
    """The listing links a listing page follows on a re-crawl: every link to another listing, and of its own
    listing only the pages up to the next one. Returns them and how many links to pages further ahead were
    left to the chain (each is reached by the page before it, if the chain gets there)."""
    own = listing_page(own_url)
    kept = [url for url in listing_urls
            if not own.same_listing(page := listing_page(url)) or page.number <= own.number + 1]
    return kept, len(listing_urls) - len(kept)


def same_listing(url: str, other: str) -> bool:
    """Whether two listing URLs are pages of one listing."""
    return listing_page(url).same_listing(listing_page(other))
