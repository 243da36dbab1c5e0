"""The family reader: an article's parts where a platform's (or a site's) selectors say they are.

A family (reader/families/*.toml) or a site entry (reader/sites.toml) names XPaths for the title, body,
time, lead, author, category, related links and attachments. This reader applies them and returns what
they found, each field on its own: a selector that finds nothing leaves that field to the other readers
(reader/page.py), it never drops the page.
"""

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from .families import ArticleSelectors
from .text import ATTACHMENT, NOT_A_PAGE, block_lines, element_text
from .times import parse_iso, parse_time


def first_text(root: HtmlElement, xpath: str | None) -> str | None:
    """The visible text, on one line, of the first element ``xpath`` selects."""
    if not xpath:
        return None
    found = root.xpath(xpath)
    if not found:
        return None
    value = found[0]
    return (value.strip() if isinstance(value, str) else element_text(value)) or None


def base_url(root: HtmlElement, url: str) -> str:
    """The page's URL, or its ``<base href>``."""
    base = root.xpath("//base/@href")
    return urljoin(url, base[0].strip()) if base and base[0].strip() else url


def links(root: HtmlElement, url: str, xpath: str | None) -> list[str]:
    """Absolute URLs of the hrefs ``xpath`` selects (attribute values or elements' hrefs), once each, in page order."""
    if not xpath:
        return []
    found = root.xpath(xpath)
    hrefs = [value if isinstance(value, str) else (value.get("href") or "") for value in found]
    base = base_url(root, url)
    parts = urlsplit(base)
    if not parts.path:  # "http://site.vn" is "http://site.vn/" (RFC 3986 6.2.3), whichever w3lib gave the base
        base = urlunsplit((parts.scheme, parts.netloc, "/", parts.query, parts.fragment))
    directory = urlunsplit((parts.scheme, parts.netloc, parts.path[: parts.path.rfind("/") + 1] or "/", "", ""))
    urls: dict[str, None] = {}
    for href in hrefs:
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


def split_author(lines: list[str], pattern: re.Pattern[str] | None) -> tuple[str | None, list[str]]:
    """The author line ("Nguồn Bài: ...") near the end of the body, and the body without it."""
    if pattern:
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            match = pattern.search(lines[index])
            if match:
                return match.group(1).strip(), lines[:index] + lines[index + 1:]
    return None, lines


def published_time(root: HtmlElement, select: ArticleSelectors) -> str | None:
    """The article's time from the family's element: an ISO attribute (``time/@datetime``) or displayed text,
    read with the family's day/month order (its ``date_formats``)."""
    if not select.published:
        return None
    found = root.xpath(select.published)
    if not found:
        return None
    if isinstance(found[0], str):  # an attribute: ISO (without a zone, Vietnam time), else as displayed
        return parse_iso(found[0]) or parse_time(found[0], select.date_formats)
    # Displayed forms put separators and words around the date and the clock ("Thứ năm - 15/03/2018 08:45",
    # "03/04/2020 | 10:36 PM", "Cập nhật lúc 15:30, ngày 21/10/2015", "08:05 sáng 14/8/2017"): times.py reads them.
    return parse_time(element_text(found[0]), select.date_formats)


def body_lines(body: HtmlElement, select: ArticleSelectors) -> list[str]:
    """The body's lines, without the family's furniture inside it (share buttons, drop_lines)."""
    for xpath in select.exclude:
        for element in body.xpath(xpath):
            element.drop_tree()  # the page is parsed once and each reader reads its own elements
    return [line for line in block_lines(body) if not any(pattern.search(line) for pattern in select.drop_lines)]


def read_family(
    root: HtmlElement,
    url: str,
    select: ArticleSelectors,
    canonicalize: Callable[[str], str] = lambda url: url,
) -> dict[str, Any]:
    """The fields the selectors find on the page (title, body, published, lead, author, category, related,
    attachments); a field they do not find is absent or None."""
    title = first_text(root, select.title)
    body_found = root.xpath(select.body) if select.body else []
    # Related links and attachments first: the family's furniture inside the body is taken out with it.
    related = [canonicalize(link) for link in links(root, url, select.related)]
    attachments = [link for link in links(root, url, select.attachments) if ATTACHMENT.search(link)]
    lead = first_text(root, select.lead)
    lines = body_lines(body_found[0], select) if body_found and not isinstance(body_found[0], str) else []
    if lead and lines and lines[0] == lead:  # a lead printed as the body's first paragraph (WordPress)
        lines = lines[1:]
    if select.author:
        author_line = first_text(root, select.author) or ""
        match = select.author_pattern.search(author_line) if select.author_pattern else None
        author = match.group(1).strip() if match else (author_line or None)
    else:
        author, lines = split_author(lines, select.author_pattern)
    return {
        "title": title,
        "body": "\n\n".join(lines) or None,
        "published": published_time(root, select),
        "lead": lead,
        "author": author,
        "category": first_text(root, select.category),
        "related": related,
        "attachments": attachments,
    }
