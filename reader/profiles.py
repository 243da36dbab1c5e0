"""Site profiles: a site of the registry (../sites.toml) with its layout family (../families/) applied.

A site entry names its family, hosts, start URLs and province and overrides only what differs; a Profile is
what the spider uses: URL patterns, canonical rules and selectors of the site. A site whose family is not
known yet has a profile without patterns (``family`` None): the spider recognises the family from its
first page (``with_family``). See spiders/README.md.
"""

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from .families import (
    ArticleSelectors,
    CanonicalRule,
    Family,
    all_family_names,
    article_selectors,
    canonical_rules,
    family_data,
    load_family,
    patterns,
)

REGISTRY = Path(__file__).parent / "sites.toml"
STATUSES = ("live", "moved", "defunct", "unknown")
ADDRESSES = ("seen", "form", "guess")

__all__ = ["ArticleSelectors", "CanonicalRule", "Family", "Profile", "all_family_names", "all_profile_names",
           "default_profile_names", "load_profile", "profile_for_url", "site_profile", "registry"]



@dataclass(frozen=True)
class Profile:
    site: str
    name: str
    base_url: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    listing_links: tuple[re.Pattern[str], ...]
    article_links: tuple[re.Pattern[str], ...]
    canonical_rules: tuple[CanonicalRule, ...]
    selectors: ArticleSelectors | None  # None: the family is not known yet
    family: str | None = None
    province: str | None = None
    path: str = ""  # a section of a portal: only URLs under this path are the site's
    status: str = "unknown"
    sitemaps: tuple[str, ...] = ()  # paths, from the family
    feeds: tuple[str, ...] = ()
    postback_pager: str | None = None  # XPath of a listing's __doPostBack pager links (spiders/postback.py)
    postback_form: str = ""
    entry: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}), compare=False, repr=False)

    def canonicalize(self, url: str) -> str:
        """The one URL of a page: sorted query, no fragment, and only the parameters that pick the page."""
        return _canonicalize(self.canonical_rules, url)

    def holds(self, url: str) -> bool:
        """Whether the URL is on one of the site's domains (subdomains included) and under its path."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not any(host == domain or host.endswith("." + domain) for domain in self.allowed_domains):
            return False
        return not self.path or parts.path.lower().startswith(self.path.lower())

    def is_article(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.article_links)

    def is_listing(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.listing_links)

    def served_from(self, start_url: str) -> "Profile":
        """This profile for a copy of the site at another address (a mirror, a staging server)."""
        parts = urlsplit(start_url)
        path = self.path if parts.path.lower().startswith(self.path.lower()) else ""
        return replace(self, start_urls=(start_url,), allowed_domains=(parts.hostname or "",), base_url=start_url,
                       path=path)

    def with_family(self, family: str) -> "Profile":
        """This site read as a page of ``family`` (recognised from a page), its own overrides kept."""
        built = site_profile({**self.entry, "family": family})
        return replace(built, start_urls=self.start_urls, allowed_domains=self.allowed_domains,
                       base_url=self.base_url, path=self.path)


@lru_cache(maxsize=16384)  # a page's links repeat on every page of its site: menus, related lists
def _canonicalize(rules: tuple[CanonicalRule, ...], url: str) -> str:
    parts = urlsplit(url)
    for rule in rules:
        match = rule.path.search(parts.path)
        if match:
            path = (
                parts.path[: match.start()] + rule.spelling + parts.path[match.end() :]
                if rule.spelling
                else parts.path
            )
            return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, rule.apply(parts.query), ""))
    return canonicalize_url(url)


# --- the registry ------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def registry() -> tuple[MappingProxyType[str, Any], ...]:
    """The site entries of sites.toml, checked: one clear error for a malformed entry."""
    entries = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))["site"]
    seen = set()
    for entry in entries:
        where = f"{REGISTRY.name}: site {entry.get('id')!r}"
        for key in ("id", "name", "province", "hosts", "start_urls", "status", "address", "checked_live"):
            if key not in entry:
                raise ValueError(f"{where} lacks {key!r}")
        if entry["id"] in seen:
            raise ValueError(f"{where} appears twice")
        if entry["status"] not in STATUSES or entry["address"] not in ADDRESSES:
            raise ValueError(f"{where}: status must be one of {STATUSES}, address one of {ADDRESSES}")
        if entry.get("family") and entry["family"] not in all_family_names():
            raise ValueError(f"{where}: no layout family {entry['family']!r}")
        seen.add(entry["id"])
    return tuple(MappingProxyType(entry) for entry in entries)


def site_profile(entry: Mapping[str, Any]) -> Profile:
    """The profile of a registry entry (or of an ad-hoc site: id, name, hosts, start_urls)."""
    family = entry.get("family")
    common = dict(
        site=entry["id"], name=entry["name"], base_url=entry.get("base_url", _root(entry["start_urls"][0])),
        start_urls=tuple(entry["start_urls"]), allowed_domains=tuple(h.lower() for h in entry["hosts"]),
        province=entry.get("province"), path=entry.get("path", ""), status=entry.get("status", "unknown"),
        entry=MappingProxyType(dict(entry)))
    if not family:
        return Profile(listing_links=(), article_links=(), canonical_rules=(), selectors=None, **common)
    data, platform = family_data(family), load_family(family)
    links = entry.get("links", {})
    return Profile(
        listing_links=patterns([*links.get("listing", ()), *data["links"]["listing"]]),
        article_links=patterns([*links.get("article", ()), *data["links"]["article"]]),
        canonical_rules=canonical_rules([*entry.get("canonical", ()), *data.get("canonical", ())]),
        selectors=article_selectors({**data["article"], **entry.get("article", {})}),
        family=family, sitemaps=platform.sitemaps, feeds=platform.feeds, postback_pager=platform.postback_pager,
        postback_form=platform.postback_form, **common)


def _root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def load_profile(site: str) -> Profile:
    entry = next((e for e in registry() if e["id"] == site), None)
    if entry is None:
        raise ValueError(f"no site {site!r} in {REGISTRY.name} (known: {', '.join(all_profile_names())})")
    return site_profile(entry)


def all_profile_names() -> list[str]:
    return sorted(entry["id"] for entry in registry())


def default_profile_names() -> list[str]:
    """What ``scrapy crawl socongthuong`` crawls with no argument: live sites whose address is known."""
    return sorted(e["id"] for e in registry() if e["status"] == "live" and e["address"] in ("seen", "form"))


def profile_for_url(url: str) -> Profile | None:
    """The profile whose domains (and path) hold ``url`` (subdomains included), if any."""
    return next((p for p in map(load_profile, all_profile_names()) if p.holds(url)), None)
