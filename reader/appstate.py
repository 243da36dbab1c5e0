"""The article as a script-rendered page carries it: JSON application state embedded in the HTML.

Next.js (``<script id="__NEXT_DATA__" type="application/json">``), Nuxt (``window.__NUXT__``, when it is
plain JSON), and other single-page portals (``window.__INITIAL_STATE__ = {...}``, any
``<script type="application/json">``) ship the article as data and draw it in the browser; the HTML
itself may hold no text at all. The reader looks, in any such JSON, for the object that holds a headline
and a body: a string field named as a title (``title``, ``headline``, ``tieuDe``, ...) of headline length
and a field named as a body (``content``, ``body``, ``articleBody``, ``noiDung``, ...) of article length,
plain text or HTML. No platform's own schema is assumed.
"""

import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from .metadata import body_from_text, loads_leniently, nfc
from .times import parse_iso

TITLE_KEYS = ("headline", "title", "name", "tieude", "tieu_de", "tentin", "subject")
BODY_KEYS = ("articlebody", "body", "content", "contenthtml", "bodyhtml", "noidung", "noi_dung", "chitiet",
             "detail", "fulltext", "html", "text")
LEAD_KEYS = ("description", "summary", "sapo", "excerpt", "lead", "tomtat", "mota", "abstract")
DATE_KEYS = ("datepublished", "publishedat", "published_at", "publishdate", "publish_date", "published",
             "publishedtime", "createdat", "created_at", "createddate", "ngaydang", "ngay_dang", "date")
ASSIGNED_STATE = re.compile(r"window\.(__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__)\s*=\s*")
MIN_BODY = 200  # characters of a body field: shorter strings are teasers of a listing
MAX_OBJECTS = 200_000  # JSON objects walked on one page, at most: a page cannot make the reader walk for ever


def state_documents(root: HtmlElement) -> Iterator[Any]:
    """Every JSON document of application state embedded in the page."""
    for script in root.iter("script"):
        text = script.text or ""
        kind = (script.get("type") or "").lower()
        if script.get("id") == "__NEXT_DATA__" or kind == "application/json":
            data = loads_leniently(text)
            if data is not None:
                yield data
            continue
        match = ASSIGNED_STATE.search(text)
        if match and text[match.end():match.end() + 1] in "{[":
            data = loads_leniently(text[match.end():].rstrip().rstrip(";"))
            if data is not None:
                yield data


def objects(document: Any) -> Iterator[dict[str, Any]]:
    """The dicts of a JSON document, walked with a stack (no recursion limit), bounded by MAX_OBJECTS."""
    stack, walked = [document], 0
    while stack and walked < MAX_OBJECTS:
        value = stack.pop()
        walked += 1
        if isinstance(value, dict):
            yield value
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))


def field_of(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first key of ``keys`` the object has, compared without case."""
    folded = {str(key).lower(): value for key, value in obj.items()}
    for key in keys:
        value = folded.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def as_article(obj: dict[str, Any]) -> dict[str, Any] | None:
    """Title, body, lead and published of an object that holds a headline and a body, else None."""
    title = field_of(obj, TITLE_KEYS)
    if not isinstance(title, str) or not 10 <= len(title.strip()) <= 400:
        return None
    body_value = field_of(obj, BODY_KEYS)
    if isinstance(body_value, dict):  # {"html": "..."} or {"value": "..."}
        body_value = field_of(body_value, ("html", "value", "text", "rendered"))
    body = body_from_text(body_value)
    if not body or len(body) < MIN_BODY:
        return None
    lead = field_of(obj, LEAD_KEYS)
    published = field_of(obj, DATE_KEYS)
    return {
        "title": nfc(title),
        "body": body,
        "lead": nfc(lead) if isinstance(lead, str) and lead.strip() and nfc(lead) not in body else None,
        "published": parse_iso(published) if isinstance(published, str) else None,
    }


def read_app_state(root: HtmlElement) -> dict[str, Any]:
    """The article of the page's application state: the object with the longest body, or {}."""
    best: dict[str, Any] = {}
    for document in state_documents(root):
        for obj in objects(document):
            found = as_article(obj)
            if found and len(found["body"]) > len(best.get("body", "")):
                best = found
    return best
