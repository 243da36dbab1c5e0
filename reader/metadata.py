"""The article as the page's structured metadata states it: JSON-LD, OpenGraph, microdata and meta tags.

Portals of every platform fill these for search engines and social networks, whatever their visible
layout: JSON-LD (``NewsArticle``, ``Article``, ``WebPage``, ...), OpenGraph (``og:title``,
``article:published_time``), ``itemprop`` microdata (``headline``, ``datePublished``, ``articleBody``)
and plain meta tags (``pubdate``, ``date``, ``dc.date*``). Each is one reader of ``reader.page``; none is
trusted alone (templates copy the portal's name into ``og:title`` and a wrong time zone into dates), so
the page reader checks their values and prefers those another reader agrees with.
"""

import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from .text import block_lines
from .times import parse_iso

# Types of JSON-LD objects that describe the page's article, most specific first.
ARTICLE_TYPES = ("NewsArticle", "ReportageNews", "AnalysisNewsArticle", "Article", "BlogPosting",
                 "GovernmentPermit", "Report", "WebPage")
# meta names (lower case) whose content is the publication time.
DATE_META = ("article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
             "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
             "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date")
TRAILING_COMMAS = re.compile(r",\s*([}\]])")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def json_ld_objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's ``application/ld+json`` scripts, ``@graph`` members included."""
    for script in root.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        data = loads_leniently(script.text or "")
        stack: list[Any] = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, dict):
                yield value
                if isinstance(value.get("@graph"), list):
                    stack.extend(reversed(value["@graph"]))


def loads_leniently(text: str) -> Any:
    """JSON as templates write it: control characters in strings and trailing commas forgiven; None if broken."""
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    for attempt in (text, TRAILING_COMMAS.sub(r"\1", CONTROL.sub(" ", text))):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def type_rank(obj: dict[str, Any]) -> int | None:
    """The rank of the object's @type in ARTICLE_TYPES (lower is more specific), None for other types."""
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    ranks = [ARTICLE_TYPES.index(name) for name in names if name in ARTICLE_TYPES]
    return min(ranks) if ranks else None


def text_value(value: Any) -> str | None:
    """A string field, or the name of an object ({"name": ...}) or of a list's first member."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str) and value.strip():
        return nfc(value)
    return None


def body_from_text(value: Any) -> str | None:
    """An ``articleBody``: plain text (lines kept) or HTML (read into lines)."""
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value and re.search(r"<(?:p|div|br|span|table)\b", value, re.IGNORECASE):
        return "\n\n".join(html_lines(value)) or None
    lines = (nfc(line) for line in value.replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line) or None


def html_lines(html: str) -> list[str]:
    """The lines of an HTML fragment (an article body kept as HTML in JSON)."""
    import lxml.html

    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    return block_lines(fragment)


def read_json_ld(root: HtmlElement) -> dict[str, Any]:
    """Title, published, lead, body, author, category of the page's most specific article object."""
    candidates = [(rank, index, obj) for index, obj in enumerate(json_ld_objects(root))
                  if (rank := type_rank(obj)) is not None]
    if not candidates:
        return {}
    _, _, obj = min(candidates, key=lambda found: found[:2])
    return {
        "title": text_value(obj.get("headline")) or text_value(obj.get("name")),
        "published": parse_iso(text_value(obj.get("datePublished")) or text_value(obj.get("dateCreated")) or ""),
        "lead": text_value(obj.get("description")),
        "body": body_from_text(obj.get("articleBody") or obj.get("text")),
        "author": text_value(obj.get("author")),
        "category": text_value(obj.get("articleSection")),
    }


def meta_tags(root: HtmlElement) -> dict[str, str]:
    """The page's ``<meta>`` contents by name (name, property or itemprop, lower case); the first of a name wins."""
    tags: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in tags:
            tags[key] = nfc(content)
    return tags


def read_open_graph(root: HtmlElement) -> dict[str, Any]:
    """OpenGraph and plain meta tags: title, published, lead, category, author."""
    tags = meta_tags(root)
    published = next((iso for name in DATE_META if (iso := parse_iso(tags.get(name)))), None)
    author = tags.get("article:author") or tags.get("dc.creator") or tags.get("author")
    return {
        "title": tags.get("og:title") or tags.get("twitter:title") or tags.get("dc.title"),
        "published": published,
        "lead": tags.get("og:description") or tags.get("description") or tags.get("dc.description"),
        "category": tags.get("article:section"),
        "author": author if author and "://" not in author else None,  # article:author is often a profile URL
    }


def itemprop_value(element: HtmlElement) -> str | None:
    for attribute in ("content", "datetime"):
        if element.get(attribute):
            return nfc(element.get(attribute))
    text = nfc(" ".join(element.itertext()))
    return text or None


MICRODATA_FIELDS = {"headline": "title", "datepublished": "published", "description": "lead",
                    "articlesection": "category"}


def read_microdata(root: HtmlElement) -> dict[str, Any]:
    """``itemprop`` microdata: headline, datePublished, description, articleBody, author, articleSection."""
    found: dict[str, Any] = {}
    for element in root.xpath("//*[@itemprop]"):  # one pass over the page
        prop = element.get("itemprop").strip().lower()
        if prop in MICRODATA_FIELDS and MICRODATA_FIELDS[prop] not in found:
            if element.tag == "meta" and not element.get("content"):
                continue
            found[MICRODATA_FIELDS[prop]] = itemprop_value(element)
        elif prop == "articlebody" and "body" not in found:
            found["body"] = "\n\n".join(block_lines(element)) or None
        elif prop == "author" and "author" not in found:
            name = next(iter(element.xpath('.//*[@itemprop="name"]')), element)
            found["author"] = itemprop_value(name)
    if found.get("published"):
        found["published"] = parse_iso(found["published"])
    return found
