"""Reading a page: every reader that applies, each field taken from a reader whose value passes its checks.

The readers (their names are what ``read_by`` records):

- ``family:<name>``: the selectors of the site's layout family (reader/family.py), with the site's own
  overrides; for a site whose family is not known, the family the page shows (reader/families, recognise);
- ``json-ld``, ``microdata``, ``meta``: the page's structured metadata (reader/metadata.py);
- ``app-state``: JSON application state of script-rendered pages (reader/appstate.py);
- ``generic``: the generic reader (reader/generic.py), which relies on what every platform shares.

Each field (title, published, body, lead, author, category, related links, attachments) is taken from the
first reader, in the field's order of preference, whose value passes the field's checks; a value that
another reader agrees with is preferred to one that none confirms. A family is a hint, never a gate: when
its selectors find nothing, or something that fails the checks, the other readers answer, so a page the
generic reader reads is never lost because a family recognised it.

Pure: an lxml tree and its URL in, an ``Article`` (or why there is none) out; no Scrapy, no network.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import lxml.html
from w3lib.encoding import html_to_unicode

from . import generic
from .appstate import read_app_state
from .deep import flatten, truncated
from .documents.legacy import fix_legacy_lines
from .families import load_family, recognise
from .family import read_family
from .metadata import read_json_ld, read_microdata, read_open_graph
from .profiles import Profile
from .times import VIETNAM, DateOrders

FIELDS = ("title", "published", "body", "lead", "author", "category", "related", "attachments")
# Readers in each field's order of preference (the family's selectors know the site; the metadata states
# what the publisher meant; the generic reader guesses from the layout; app state is read last).
PREFERENCE = {
    "title": ("family", "json-ld", "microdata", "generic", "app-state", "meta"),
    "published": ("family", "generic", "json-ld", "microdata", "meta", "app-state"),
    "body": ("family", "generic", "microdata", "json-ld", "app-state"),
    "lead": ("family", "generic", "microdata", "json-ld", "app-state", "meta"),
    "author": ("family", "generic", "json-ld", "microdata", "meta"),
    "category": ("family", "generic", "json-ld", "microdata", "meta"),
    "related": ("family", "generic"),
    "attachments": ("family", "generic"),
}
# A time no other reader confirms: the publisher's metadata before the generic reader's guess.
UNCONFIRMED_PREFERENCE = {"published": ("family", "json-ld", "microdata", "meta", "generic", "app-state")}
MIN_BODY_CHARS = generic.MIN_BODY_CHARS
# A short official notice ("Thông báo lịch tiếp công dân...", "Sở ... tạm ngừng tiếp nhận hồ sơ ngày ...") is a
# title, a date and a sentence or two: 80 characters hold the shortest such notice with its date and subject.
# A body this short is taken only when no reader has an article-length one, and (from any reader but the
# site's own family) only on a dated page: an undated short block is a menu page, not a notice.
MIN_NOTICE_CHARS = 80
EARLIEST_YEAR = 1995  # no Vietnamese government portal published before this
# A breadcrumb: a path from the home page, or two steps or more ("Tin tức » Khuyến công » ...").
BREADCRUMB = re.compile(r"^(?:trang chủ|home)\s*[»›>/|]|(?:\s[»›>]\s.*){2}", re.IGNORECASE)


@dataclass
class Article:
    """An article as read from a page; ``read_by`` names the reader of each field found."""

    url: str
    title: str
    body: str
    published: str | None = None
    lead: str | None = None
    author: str | None = None
    category: str | None = None
    related: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    read_by: dict[str, str] = field(default_factory=dict)


@dataclass
class Reading:
    """What reading a page gave: the article, or why there is none, and what each reader found."""

    article: Article | None
    why: str | None  # when there is no article: what each reader found, in one line
    found: dict[str, list[str]]  # reader -> the fields it found (before checks), for the probe and error rows
    family: str | None = None  # the family whose selectors were applied (known, or recognised from the page)


def parse_html(body: bytes | str, content_type: str | None = None) -> lxml.html.HtmlElement:
    """The lxml tree of a page: bytes decoded as the Content-Type header, a BOM or a ``<meta charset>`` says,
    else as UTF-8 (w3lib's rules, as Scrapy decodes); a page nested deeper than libxml2 builds is parsed
    again flattened (reader/deep.py). The readers NFC-normalise the text as they read it."""
    if isinstance(body, bytes):
        _, body = html_to_unicode(content_type, body)
    root = tree_of_text(body)
    return tree_of_text(flatten(body)) if truncated(root) else root


def tree_of_text(text: str) -> lxml.html.HtmlElement:
    if not text.strip():
        return lxml.html.document_fromstring("<html></html>")
    return lxml.html.document_fromstring(text.replace("\x00", ""), parser=lxml.html.HTMLParser(huge_tree=True))


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# --- checks -------------------------------------------------------------------------------------------


def title_passes(value: Any, names: set[str]) -> bool:
    """A headline: some words, not the portal's name, not a breadcrumb."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return 8 <= len(text) <= 400 and len(text.split()) >= 2 and folded(text) not in names \
        and not BREADCRUMB.search(text)


def published_passes(value: Any) -> bool:
    """An ISO time from the years portals have published in, and not in the future (a day's grace)."""
    if not isinstance(value, str):
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return EARLIEST_YEAR <= moment.year and moment <= datetime.now(VIETNAM) + timedelta(days=1)


def body_passes(value: Any) -> bool:
    """An article's text: of real length, with at least one line of prose (not a column of menu items)."""
    if not isinstance(value, str) or len(value) < MIN_BODY_CHARS:
        return False
    return any(len(line) >= 60 for line in value.split("\n"))


def short_body(reader: str, value: Any, dated: bool) -> bool:
    """A body too short for ``body_passes`` that is still an article's: what the site's family selectors
    found, or a dated notice of MIN_NOTICE_CHARS or more."""
    if not isinstance(value, str) or not value.strip():
        return False
    return reader.startswith("family:") or (dated and len(value) >= MIN_NOTICE_CHARS)


def short_text_passes(limit: int) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and 2 <= len(value.strip()) <= limit


CHECKS: dict[str, Callable[[Any], bool]] = {
    "published": published_passes,
    "body": body_passes,
    "lead": lambda value: isinstance(value, str) and 20 <= len(value) <= 2000,
    "author": short_text_passes(120),
    "category": short_text_passes(80),
    "related": lambda value: bool(value),
    "attachments": lambda value: bool(value),
}


# --- agreement ----------------------------------------------------------------------------------------


def agree(name: str, one: Any, other: Any) -> bool:
    """Whether two readers' values of a field say the same."""
    if name == "published":
        return bool(one[:10] == other[:10])
    if name == "title":
        a, b = folded(one), folded(other)
        return a == b or (min(len(a), len(b)) >= 10 and (a in b or b in a))
    if name == "body":  # the same text: one's first line is near the other's start (a lead may precede it)
        first = folded(one[:200].split("\n", 1)[0])[:80]
        return bool(first) and first in folded(other[:3000])
    return folded(str(one)) == folded(str(other))


def choose(name: str, candidates: list[tuple[str, Any]]) -> tuple[str, Any] | None:
    """The value of a field: the first candidate another reader agrees with, else the first one.

    For a time, a confirmed day keeps the clock of a reader that shows one when the chosen one has none.
    """
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    confirmed = [(reader, value) for index, (reader, value) in enumerate(candidates)
                 if any(agree(name, value, other) for j, (_, other) in enumerate(candidates) if j != index)]
    if not confirmed and name in UNCONFIRMED_PREFERENCE:
        order = UNCONFIRMED_PREFERENCE[name]
        candidates = sorted(candidates, key=lambda found: order.index(found[0].split(":")[0]))
    reader, value = (confirmed or candidates)[0]
    if name == "published" and value[11:19] in ("", "00:00:00"):
        clocked = next(((r, v) for r, v in confirmed if agree(name, value, v) and v[11:19] not in ("", "00:00:00")),
                       None)
        if clocked:
            return clocked
    return reader, value


# --- reading ------------------------------------------------------------------------------------------


def family_reader(root: lxml.html.HtmlElement, url: str, profile: Profile | None) -> tuple[str | None, dict[str, Any]]:
    """The family's name and the fields its selectors find: the site's family, else the one the page shows."""
    if profile is not None and profile.selectors is not None:
        return profile.family, read_family(root, url, profile.selectors, profile.canonicalize)
    found = recognise(root, url)
    if found is None:
        return None, {}
    family = load_family(found.family)
    canonicalize = profile.with_family(found.family).canonicalize if profile is not None else (lambda u: u)
    return found.family, read_family(root, url, family.selectors, canonicalize)


def names_of_site(root: lxml.html.HtmlElement, profile: Profile | None) -> set[str]:
    """What the portal calls itself: a title equal to one of these is no article's."""
    names = {folded(name) for name in generic.site_names(generic.Page(root, ""))}
    if profile is not None:
        names.add(folded(profile.name))
    return names | {"trang chủ", "home", "tin tức", "tin tức - sự kiện"}


def read_page(root: lxml.html.HtmlElement, url: str, profile: Profile | None = None, orders: DateOrders | None = None,
              site: str | None = None) -> Reading:
    """The article on a page, each field from the reader whose value passes its checks, or why there is none.

    ``profile`` is the site's (its family's selectors and canonical URLs); without one, or without a known
    family, the family the page shows is tried. ``orders`` keeps each site's day/month order across pages.
    """
    site = site or (profile.site if profile is not None else None)
    family, family_fields = family_reader(root, url, profile)
    found: dict[str, dict[str, Any]] = {f"family:{family}": family_fields} if family else {}
    found.update({"json-ld": read_json_ld(root), "microdata": read_microdata(root), "meta": read_open_graph(root)})
    names = names_of_site(root, profile)
    strip = tuple(names)
    for reader in ("json-ld", "meta"):  # og:title and headline often carry the portal's name
        title = found[reader].get("title")
        if title:
            found[reader]["title"] = None if BREADCRUMB.search(title) else generic.strip_portal_name(title, strip)
    # The generic reader costs most: it is asked when the readers above leave a main field unread, and
    # always where no family applies.
    chosen = choose_fields(found, names)
    generic_why = None
    if family is None or any(key not in chosen for key in ("title", "body", "published")) \
            or not body_passes(chosen["body"][1]):
        found["generic"], generic_why = generic.read_parts(root, url, site, orders)
        found["app-state"] = read_app_state(root)
        confirm_app_state(found, root)
        chosen = choose_fields(found, names)
    summary = {reader: [key for key in FIELDS if fields.get(key)] for reader, fields in found.items()}
    if "title" not in chosen or "body" not in chosen:
        return Reading(None, why_not(summary, found, generic_why), summary, family)
    values = {key: value for key, (_, value) in chosen.items()}
    values = drop_metadata_lead(values, chosen)
    read_by = {key: reader for key, (reader, _) in chosen.items() if key in values}
    for key in ("title", "lead", "body"):  # a page typed in a legacy font, or a table of it in a Unicode page
        if values.get(key):
            values[key], legacy = fix_legacy_lines(values[key])
            if legacy:
                read_by[key] += f"+{legacy}"
    article = Article(url=url, title=values["title"], body=values["body"], published=values.get("published"),
                      lead=values.get("lead"), author=values.get("author"), category=values.get("category"),
                      related=list(values.get("related") or []), attachments=list(values.get("attachments") or []),
                      read_by=read_by)
    return Reading(article, None, summary, family)


def choose_fields(found: dict[str, dict[str, Any]], names: set[str]) -> dict[str, tuple[str, Any]]:
    """Each field's (reader, value), from the readers' fields that pass the field's checks."""
    chosen = {}
    for name in FIELDS:
        check: Callable[[Any], bool] = (lambda value: title_passes(value, names)) if name == "title" else CHECKS[name]
        candidates = []
        for kind in PREFERENCE[name]:
            reader = next((r for r in found if r == kind or r.startswith(kind + ":")), None)
            value = found[reader].get(name) if reader else None
            if reader is not None and value and check(value):  # a value is only found with its reader
                candidates.append((reader, value))
        picked = choose(name, candidates)
        if picked:
            chosen[name] = picked
    if "body" not in chosen and "title" in chosen:  # a short notice, when no reader has a longer body
        dated = "published" in chosen
        for kind in PREFERENCE["body"]:
            reader = next((r for r in found if r == kind or r.startswith(kind + ":")), None)
            value = found[reader].get("body") if reader else None
            if reader and short_body(reader, value, dated):
                chosen["body"] = (reader, value)
                break
    return chosen


def confirm_app_state(found: dict[str, dict[str, Any]], root: lxml.html.HtmlElement) -> None:
    """Application state may hold a list of articles: its article counts only when the page's own title
    (``<title>``, ``og:title``) names it."""
    state = found.get("app-state") or {}
    if not state:
        return
    titles = [folded(text) for text in generic.page_titles(generic.Page(root, ""))]
    if not any(folded(state["title"]) in text for text in titles):
        found["app-state"] = {}


def drop_metadata_lead(values: dict[str, Any], chosen: dict[str, tuple[str, Any]]) -> dict[str, Any]:
    """A lead from metadata that the body already holds (a description cut from its first lines) is no lead."""
    lead, body = values.get("lead"), values.get("body") or ""
    if lead and chosen["lead"][0] in ("json-ld", "microdata", "meta", "app-state"):
        start = folded(lead.rstrip(".… "))[:50]
        if start and start in folded(body):
            values = {key: value for key, value in values.items() if key != "lead"}
            chosen.pop("lead")
    return values


def why_not(summary: dict[str, list[str]], found: dict[str, dict[str, Any]], generic_why: str | None) -> str:
    """One line: what each reader found on a page that gave no article."""
    parts = []
    for reader, fields in summary.items():
        said = ", ".join(fields) if fields else "nothing"
        if reader == "generic" and generic_why:
            said += f" ({generic_why})"
        parts.append(f"{reader}: {said}")
    return "no article: " + "; ".join(parts)
