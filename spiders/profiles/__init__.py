"""Site profiles: everything that differs between department sites, kept as data (one TOML file per site).

A new site is a new ``<site>.toml`` here; see spiders/README.md for the fields.
"""

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

PROFILE_DIR = Path(__file__).parent


@dataclass(frozen=True)
class CanonicalRule:
    """For URLs whose path matches: keep only ``keep`` query parameters, minus those at their default."""

    path: re.Pattern
    keep: tuple[str, ...]
    defaults: tuple[tuple[str, str], ...] = ()
    spelling: str | None = None  # IIS paths are case-insensitive: "/newsdetail.aspx" is "/NewsDetail.aspx"

    def apply(self, query: str) -> str:
        # ASP.NET reads parameter names case-insensitively; the profile's spelling wins.
        wanted = {name.lower(): name for name in self.keep}
        values = {wanted[k.lower()]: v for k, v in parse_qsl(query) if k.lower() in wanted}
        defaults = dict(self.defaults)
        kept = [(name, values[name]) for name in self.keep if name in values and defaults.get(name) != values[name]]
        return urlencode(kept)


@dataclass(frozen=True)
class ArticleSelectors:
    """XPath expressions (and patterns) that find an article's parts on a page of the site."""

    title: str
    body: str
    published: str | None = None
    date_formats: tuple[str, ...] = ()
    lead: str | None = None
    category: str | None = None
    author: str | None = None
    author_pattern: re.Pattern | None = None
    related: str | None = None
    attachments: str | None = None
    drop_lines: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class Profile:
    site: str
    name: str
    base_url: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    listing_links: tuple[re.Pattern, ...]
    article_links: tuple[re.Pattern, ...]
    canonical_rules: tuple[CanonicalRule, ...]
    selectors: ArticleSelectors
    province: str | None = None  # the province the site served when its articles were published

    def canonicalize(self, url: str) -> str:
        """The one URL of a page: sorted query, no fragment, and only the parameters that pick the page."""
        return _canonicalize(self.canonical_rules, url)

    def holds(self, url: str) -> bool:
        """Whether the URL is on one of the site's domains (subdomains included)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == domain or host.endswith("." + domain) for domain in self.allowed_domains)

    def is_article(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.article_links)

    def is_listing(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.listing_links)

    def served_from(self, start_url: str) -> "Profile":
        """This profile for a copy of the site at another address (a mirror, a staging server)."""
        host = urlsplit(start_url).hostname or ""
        return replace(self, start_urls=(start_url,), allowed_domains=(host,), base_url=start_url)


@lru_cache(maxsize=16384)  # a page's links repeat on every page of its site: menus, related lists
def _canonicalize(rules: tuple[CanonicalRule, ...], url: str) -> str:
    parts = urlsplit(url)
    for rule in rules:
        match = rule.path.search(parts.path)
        if match:
            path = parts.path[: match.start()] + rule.spelling + parts.path[match.end() :] if rule.spelling else parts.path
            return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, rule.apply(parts.query), ""))
    return canonicalize_url(url)


def _patterns(values) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(value, re.IGNORECASE) for value in values or ())


def load_profile(site: str) -> Profile:
    path = PROFILE_DIR / f"{site}.toml"
    if not path.is_file():
        known = ", ".join(sorted(all_profile_names()))
        raise ValueError(f"no site profile {site!r} (known: {known})")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    article = dict(data["article"])
    pattern = article.pop("author_pattern", None)
    selectors = ArticleSelectors(
        **{k: v for k, v in article.items() if k not in ("date_formats", "drop_lines")},
        date_formats=tuple(article.get("date_formats", ())),
        author_pattern=re.compile(pattern, re.MULTILINE) if pattern else None,
        drop_lines=_patterns(article.get("drop_lines")),
    )
    rules = tuple(
        CanonicalRule(re.compile(rule["path"], re.IGNORECASE), tuple(rule["keep"]),
                      tuple(rule.get("defaults", {}).items()), rule.get("spelling"))
        for rule in data.get("canonical", ())
    )
    return Profile(
        site=site,
        name=data["name"],
        base_url=data["base_url"],
        start_urls=tuple(data["start_urls"]),
        allowed_domains=tuple(data["allowed_domains"]),
        listing_links=_patterns(data["links"]["listing"]),
        article_links=_patterns(data["links"]["article"]),
        canonical_rules=rules,
        selectors=selectors,
        province=data.get("province"),
    )


def all_profile_names() -> list[str]:
    return sorted(path.stem for path in PROFILE_DIR.glob("*.toml"))


def profile_for_url(url: str) -> Profile | None:
    """The profile whose domains hold ``url``'s host (subdomains included), if any."""
    return next((p for p in map(load_profile, all_profile_names()) if p.holds(url)), None)
