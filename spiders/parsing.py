"""Turning pages into items: small functions that take a response (and the site's profile).

Text comes out NFC (windows-1258 pages decode to decomposed letters), with the page's own line structure:
one line per paragraph, paragraphs joined by a blank line. Spaces inside a paragraph are kept as written.
"""

import logging
import weakref
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from reader import generic, times
from reader.deep import flatten, truncated
from reader.family import links as family_links
from reader.page import Reading, parse_html, read_page
from reader.profiles import Profile
from reader.text import block_lines  # noqa: F401 (the line splitter, for the tests)

from .items import ArticleItem

VIETNAM = times.VIETNAM
logger = logging.getLogger(__name__)
FLATTENED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # response -> its flattened tree


def parse_time(text: str | None, formats: tuple[str, ...] = (), day_first: bool | None = None) -> str | None:
    """ISO 8601 in Vietnam's time zone of the first date and time in ``text`` (reader/times.py reads it).

    ``formats`` are the site's strptime formats: they say whether the day or the month comes first
    ("6/7/2019" is 7 June on one portal and 6 July on another); ``day_first`` says it instead.
    """
    return times.parse_time(text, formats, day_first)


# --- articles: one reading path for the crawl, the probe, archives and reparse ---------------------------


def tree_of(response: TextResponse):
    """The page's lxml tree: Scrapy's, or for a page nested deeper than libxml2 builds, its text parsed again
    flattened (reader/deep.py), once per response."""
    root = response.selector.root
    if not truncated(root):
        return root
    if response not in FLATTENED:
        logger.info("Nested deeper than libxml2 builds: %s read with its nesting flattened", response.url)
        FLATTENED[response] = parse_html(flatten(response.text))
    return FLATTENED[response]


def may_hold_article(profile: Profile | None, url: str, start: bool = False) -> bool:
    """Whether a page is read for an article: every page but a listing of a known family (reading one would
    cost the generic reader for nothing), and a start page whatever its address."""
    return start or profile is None or profile.is_article(url) or not profile.is_listing(url)


def read_article(response: TextResponse, profile: Profile | None, site: str,
                 dates: times.DateOrders | None = None) -> tuple[ArticleItem | None, Reading]:
    """The article on a page (reader.read_page: every reader that applies), as an item, and the reading.

    ``profile`` is the site's (with its family, if known); ``dates`` keeps each site's day/month order.
    """
    reading = read_page(tree_of(response), response.url, profile, dates, site)
    found = reading.article
    if found is None:
        return None, reading
    url = profile.canonicalize(response.url) if profile is not None else response.url.split("#")[0]
    return ArticleItem(
        url=url,
        site=site,
        category=found.category,
        title=found.title,
        lead=found.lead,
        published=found.published,
        author=found.author,
        body=found.body,
        related=found.related,
        attachments=found.attachments,
        status=response.status,
        read_by=found.read_by,
    ), reading


def parse_article(response: TextResponse, profile: Profile) -> ArticleItem | None:
    """The article on a page of a profiled site (every reader, the site's family first), or None."""
    return read_article(response, profile, profile.site)[0]


def parse_generic_article(
    response: TextResponse, site: str, dates: times.DateOrders | None = None
) -> ArticleItem | None:
    """The generic reader alone (reader/generic.py): what the crawl stores at least, for tests and comparisons."""
    found = generic.read_article(response.selector.root, response.url, site, dates)
    if found is None:
        return None
    return ArticleItem(url=response.url.split("#")[0], site=site, category=found.category, title=found.title,
                       lead=found.lead, published=found.published, author=found.author, body=found.body,
                       related=found.related, attachments=found.attachments, status=response.status,
                       read_by={name: "generic" for name in ("title", "published", "body") if getattr(found, name)})


def links(response: TextResponse, xpath: str | None) -> list[str]:
    """Absolute URLs of the hrefs ``xpath`` selects, once each, in page order (reader/family.py)."""
    return family_links(tree_of(response), get_base_url(response), xpath)


def site_of(url: str) -> str:
    return urlsplit(url).hostname or url


def site_root(url: str) -> str:
    """The scheme and host of a URL, with "/": where robots.txt and sitemap.xml are."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
