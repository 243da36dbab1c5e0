"""Layout families: what one platform (NukeViet, Liferay, SharePoint, WordPress, ...) looks like, as data.

A family is a TOML file here (``nukeviet.toml`` → family ``nukeviet``): URL patterns of its articles and
listings, canonical URL rules, XPath selectors of an article's parts, date formats, how its listings
paginate, where its sitemaps and feeds are, and how to recognise one of its pages (generator meta,
characteristic classes). Sites name their family in ../sites.toml; see spiders/README.md.
"""

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from lxml.html import HtmlElement

FAMILY_DIR = Path(__file__).parent
# A WebForms page has one server-side form; it is the one that carries the viewstate.
DEFAULT_POSTBACK_FORM = '//form[.//input[@name="__VIEWSTATE"]]'
PLAIN_NAME = re.compile(r"\w+")  # a keep entry that is a parameter's name, not a pattern of names


@dataclass(frozen=True)
class CanonicalRule:
    """For URLs whose path matches: keep only ``keep`` query parameters, minus those at their default.

    An entry of ``keep`` is a parameter name or a pattern of names (Liferay's ``_101_INSTANCE_\\w+_cur``);
    names compare case-insensitively, as ASP.NET reads them, and a plain name is written as the rule spells it.
    """

    path: re.Pattern[str]
    keep: tuple[str, ...]
    defaults: tuple[tuple[str, str], ...] = ()
    spelling: str | None = None  # IIS paths are case-insensitive: "/newsdetail.aspx" is "/NewsDetail.aspx"

    @cached_property
    def _keep(self) -> list[re.Pattern[str]]:
        return [re.compile(name, re.IGNORECASE) for name in self.keep]

    @cached_property
    def _defaults(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(name, re.IGNORECASE), value) for name, value in self.defaults]

    def apply(self, query: str) -> str:
        patterns, defaults = self._keep, self._defaults
        kept: list[tuple[int, str, str]] = []
        for name, value in parse_qsl(query):
            index = next((i for i, pattern in enumerate(patterns) if pattern.fullmatch(name)), None)
            if index is None or any(p.fullmatch(name) and v == value for p, v in defaults):
                continue
            spelled = self.keep[index] if PLAIN_NAME.fullmatch(self.keep[index]) else name
            if not any(spelled == other for _, other, _ in kept):
                kept.append((index, spelled, value))
        return urlencode([(name, value) for _, name, value in sorted(kept, key=lambda k: k[0])])


@dataclass(frozen=True)
class ArticleSelectors:
    """XPath expressions (and patterns) that find an article's parts on a page of the family."""

    title: str
    body: str
    published: str | None = None
    date_formats: tuple[str, ...] = ()
    lead: str | None = None
    category: str | None = None
    author: str | None = None
    author_pattern: re.Pattern[str] | None = None
    related: str | None = None
    attachments: str | None = None
    drop_lines: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[str, ...] = ()  # XPaths, relative to the body, of furniture inside it (share buttons)


@dataclass(frozen=True)
class Family:
    name: str  # the file's stem: "nukeviet"
    title: str  # "NukeViet"
    listing_links: tuple[re.Pattern[str], ...]
    article_links: tuple[re.Pattern[str], ...]
    canonical_rules: tuple[CanonicalRule, ...]
    selectors: ArticleSelectors
    generator: re.Pattern[str] | None  # searched in <meta name="generator">
    markers: tuple[str, ...]  # XPaths of elements only this family's pages have
    sitemaps: tuple[str, ...]  # paths of sitemaps the platform serves
    feeds: tuple[str, ...]  # paths of RSS/Atom feeds
    pagination: str  # how listings page, in words (README, probe)
    # Listings that page by __doPostBack (ASP.NET WebForms): XPath of the pager's links, and of the form
    # they post (spiders/postback.py). None: the family's listings page by links alone.
    postback_pager: str | None = None
    postback_form: str = DEFAULT_POSTBACK_FORM


def patterns(values: Iterable[str] | None) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(value, re.IGNORECASE) for value in values or ())


def canonical_rules(rules: Iterable[dict[str, Any]] | None) -> tuple[CanonicalRule, ...]:
    return tuple(
        CanonicalRule(re.compile(rule["path"], re.IGNORECASE), tuple(rule["keep"]),
                      tuple(rule.get("defaults", {}).items()), rule.get("spelling"))
        for rule in rules or ())


def article_selectors(article: dict[str, Any]) -> ArticleSelectors:
    article = dict(article)
    pattern = article.pop("author_pattern", None)
    listed = {"date_formats", "drop_lines", "exclude"}
    return ArticleSelectors(
        **{k: v for k, v in article.items() if k not in listed},
        date_formats=tuple(article.get("date_formats", ())),
        author_pattern=re.compile(pattern, re.MULTILINE) if pattern else None,
        drop_lines=patterns(article.get("drop_lines")),
        exclude=tuple(article.get("exclude", ())),
    )


def family_data(name: str) -> dict[str, Any]:
    """The family's TOML as a dict (sites merge their overrides into it)."""
    path = FAMILY_DIR / f"{name}.toml"
    if not path.is_file():
        raise ValueError(f"no layout family {name!r} (known: {', '.join(all_family_names())})")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def load_family(name: str) -> Family:
    data = family_data(name)
    recognise_by = data.get("recognise", {})
    discovery = data.get("discovery", {})
    return Family(
        name=name,
        title=data["name"],
        listing_links=patterns(data["links"]["listing"]),
        article_links=patterns(data["links"]["article"]),
        canonical_rules=canonical_rules(data.get("canonical")),
        selectors=article_selectors(data["article"]),
        generator=re.compile(recognise_by["generator"], re.IGNORECASE) if recognise_by.get("generator") else None,
        markers=tuple(recognise_by.get("markers", ())),
        sitemaps=tuple(discovery.get("sitemaps", ())),
        feeds=tuple(discovery.get("feeds", ())),
        pagination=discovery.get("pagination", ""),
        postback_pager=discovery.get("postback_pager"),
        postback_form=discovery.get("postback_form", DEFAULT_POSTBACK_FORM),
    )


def all_family_names() -> list[str]:
    return sorted(path.stem for path in FAMILY_DIR.glob("*.toml"))


# --- recognising a page's family -------------------------------------------------------------------------

GENERATOR_POINTS, MARKER_POINTS, URL_POINTS = 2, 3, 1


@dataclass(frozen=True)
class Recognition:
    family: str
    reason: str  # what gave it away, for the log and the probe


def recognise(tree: HtmlElement, url: str) -> Recognition | None:
    """The family whose traits the page shows most: its generator meta, its classes, its URL shape.

    A characteristic element weighs most (two SharePoint families share the generator), then the generator
    meta, then the URL alone. None when the page shows no family's trait.
    """
    generator = " ".join(tree.xpath('//meta[translate(@name, "GENRATO", "genrato")="generator"]/@content'))
    best: tuple[int, str, list[str]] | None = None
    for name in all_family_names():
        family = load_family(name)
        score, reasons = 0, []
        if family.generator and family.generator.search(generator):
            score += GENERATOR_POINTS
            reasons.append(f"generator meta {generator.strip()!r}")
        marker = next((m for m in family.markers if tree.xpath(m)), None)
        if marker:
            score += MARKER_POINTS
            reasons.append(f"element {marker}")
        if any(p.search(url) for p in family.article_links + family.listing_links):
            score += URL_POINTS
            reasons.append("URL shape")
        if score and (best is None or score > best[0]):
            best = (score, name, reasons)
    return Recognition(best[1], ", ".join(best[2])) if best else None
