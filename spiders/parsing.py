"""Turning pages into items: small functions that take a response (and the site's profile).

Text comes out NFC (windows-1258 pages decode to decomposed letters), with the page's own line structure:
one line per paragraph, paragraphs joined by a blank line. Spaces inside a paragraph are kept as written.
"""

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from reader import generic, times
from reader.text import block_lines, element_text
from .items import ArticleItem
from reader.profiles import ArticleSelectors, Profile

VIETNAM = times.VIETNAM
ATTACHMENT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|rar|zip)(\?|$)", re.IGNORECASE)


# --- text -------------------------------------------------------------------------------------------


def first_text(response: TextResponse, xpath: str | None) -> str | None:
    if not xpath:
        return None
    found = response.selector.root.xpath(xpath)  # lxml itself: no Selector objects
    return (element_text(found[0]) or None) if found else None


def parse_time(text: str | None, formats: tuple[str, ...] = (), day_first: bool | None = None) -> str | None:
    """ISO 8601 in Vietnam's time zone of the first date and time in ``text`` (reader/times.py reads it).

    ``formats`` are the site's strptime formats: they say whether the day or the month comes first
    ("6/7/2019" is 7 June on one portal and 6 July on another); ``day_first`` says it instead.
    """
    return times.parse_time(text, formats, day_first)


# --- profiled sites -----------------------------------------------------------------------------------


def split_author(lines: list[str], pattern: re.Pattern | None) -> tuple[str | None, list[str]]:
    """The author line ("Nguồn Bài: ...") near the end of the body, and the body without it."""
    if pattern:
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            match = pattern.search(lines[index])
            if match:
                return match.group(1).strip(), lines[:index] + lines[index + 1 :]
    return None, lines


NOT_A_PAGE = ("javascript:", "mailto:", "#")  # "[Quay lại]", "In trang", "Đầu trang" and the like


def links(response: TextResponse, xpath: str | None) -> list[str]:
    """Absolute URLs of the hrefs ``xpath`` selects, once each, in page order."""
    if not xpath:
        return []
    found = response.selector.root.xpath(xpath)  # lxml itself: no Selector object for each of ~40 hrefs
    if not all(isinstance(href, str) for href in found):  # elements, not attribute values
        found = response.xpath(xpath).getall()
    base = get_base_url(response)  # the page's URL or its <base href>
    parts = urlsplit(base)
    directory = urlunsplit((parts.scheme, parts.netloc, parts.path[: parts.path.rfind("/") + 1] or "/", "", ""))
    urls = {}
    for href in found:
        href = href.strip()
        if not href or href.lower().startswith(NOT_A_PAGE):
            continue
        # A reference other than "?query" resolves against the base's directory alone (RFC 3986 5.2), and
        # the same menus and lists appear on every page: resolved once per directory.
        urls[urljoin(base, href) if href.startswith("?") else join(directory, href)] = None
    return list(urls)


@lru_cache(maxsize=65536)
def join(directory: str, href: str) -> str:
    return urljoin(directory, href)


def published_time(response: TextResponse, select: ArticleSelectors) -> str | None:
    """The article's time from the family's element: an ISO attribute (``time/@datetime``) or displayed text.

    Displayed forms put separators between date and time ("03/04/2020 | 10:36 PM", "15/03/2018 - 08:45") and
    words around them ("Thứ năm - ...", "Đăng ngày ...", "Cập nhật lúc 15:30, ngày 21/10/2015"): the date and
    the time are brought together, then read with the family's explicit formats.
    """
    if not select.published:
        return None
    found = response.selector.root.xpath(select.published)
    if not found:
        return None
    if isinstance(found[0], str):  # an attribute
        value = found[0].strip()
        try:
            return datetime.fromisoformat(value).astimezone(VIETNAM).isoformat()
        except ValueError:
            return parse_time(value, select.date_formats)
    text = element_text(found[0])
    date = DISPLAYED_DATE.search(text)
    clock = DISPLAYED_CLOCK.search(text)
    if date and clock:
        text = f"{date.group()} {clock.group()}"
    return parse_time(text, select.date_formats)


DISPLAYED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
# The designator goes with the clock: .NET's vi-VN culture writes "03/04/2020 10:36:00 CH" (DotNetNuke).
DISPLAYED_CLOCK = re.compile(rf"(?<![\d/])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*{times.AM_PM}(?!\w))?(?![\d/])", re.IGNORECASE)


def body_lines(body, select: ArticleSelectors) -> list[str]:
    """The body's lines, without the family's furniture inside it (share buttons, drop_lines)."""
    for xpath in select.exclude:
        for element in body.xpath(xpath):
            element.drop_tree()  # the page is parsed once and read once: no copy needed
    return [line for line in block_lines(body) if not any(pattern.search(line) for pattern in select.drop_lines)]


def parse_article(response: TextResponse, profile: Profile) -> ArticleItem | None:
    """The article on a page of a profiled site, or None when the page holds none."""
    select: ArticleSelectors | None = profile.selectors
    if select is None:  # the site's family is not known: nothing to read it with
        return None
    title = first_text(response, select.title)
    body_found = response.selector.root.xpath(select.body)
    if not title or not body_found:
        return None
    # Related links and attachments first: the family's furniture inside the body is taken out with it.
    related = [profile.canonicalize(url) for url in links(response, select.related)]
    attachments = [url for url in links(response, select.attachments) if ATTACHMENT.search(url)]
    lead = first_text(response, select.lead)
    lines = body_lines(body_found[0], select)
    if lead and lines and lines[0] == lead:  # a lead printed as the body's first paragraph (WordPress)
        lines = lines[1:]
    if select.author:
        author_line = first_text(response, select.author) or ""
        match = select.author_pattern.search(author_line) if select.author_pattern else None
        author = match.group(1).strip() if match else (author_line or None)
    else:
        author, lines = split_author(lines, select.author_pattern)
    return ArticleItem(
        url=profile.canonicalize(response.url),
        site=profile.site,
        category=first_text(response, select.category),
        title=title,
        lead=lead,
        published=published_time(response, select),
        author=author,
        body="\n\n".join(lines),
        related=related,
        attachments=attachments,
        status=response.status,
    )


# --- unknown sites --------------------------------------------------------------------------------------


def parse_generic_article(response: TextResponse, site: str, dates: times.DateOrders | None = None) -> ArticleItem | None:
    """Title, lead, time and main text of a page of an unknown layout; None when it is no article (a listing).

    ``dates`` keeps each site's day/month order across the crawl (reader/times.py); reader/generic.py
    holds the reader.
    """
    found = generic.read_article(response.selector.root, response.url, site, dates)
    if found is None:
        return None
    return ArticleItem(
        url=response.url.split("#")[0],
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
    )


def site_of(url: str) -> str:
    return urlsplit(url).hostname or url


def site_root(url: str) -> str:
    """The scheme and host of a URL, with "/": where robots.txt and sitemap.xml are."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
