"""ASP.NET WebForms listings that page by ``__doPostBack``: their pager links post the page's form back.

A pager link reads ``javascript:__doPostBack('ctl00$ContentPlaceHolder1$grdNews','Page$2')`` (in ``href`` or
``onclick``; LinkButtons with validation write ``WebForm_DoPostBackWithOptions(new
WebForm_PostBackOptions("ctl00$...$lbtnNext", "", ...))``). Following it is a POST of the page's own form
(its ``__VIEWSTATE`` and ``__EVENTVALIDATION``, which the server checks) with ``__EVENTTARGET`` and
``__EVENTARGUMENT`` set: Scrapy's ``FormRequest.from_response``.

Only forward pages are followed: GridView's ``Page$N`` above the current page, else (a pager without
numbers) ``Page$Next`` or a "next" LinkButton (no argument). ``Page$Last``/``First``/``Prev`` and lower
numbers are not. A postback's identity (its request fingerprint, spiders/dedupe.py) is the form's URL,
the event target and argument and the page it leads to, never the viewstate, which changes on every page.
"""

import html
import re
import warnings
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.http import FormRequest, TextResponse

DO_POSTBACK = re.compile(
    r"""__doPostBack\(\s*(['"])(?P<target>.*?)\1\s*,\s*(['"])(?P<argument>.*?)\3\s*\)"""
    r"""|WebForm_PostBackOptions\(\s*(['"])(?P<options_target>.*?)\5\s*,\s*(['"])(?P<options_argument>.*?)\7""")
GRID_PAGE = re.compile(r"Page\$(\d+)")
# A LinkButton that moves on: its control id (the target's last segment) or its text says "next".
NEXT_BUTTON_ID = re.compile(r"next|(sau|tiep|tieptheo)$", re.IGNORECASE)  # lbtnNext, btnNextPage, lnkTrangSau
NEXT_TEXT = re.compile(r"^(trang\s+sau|sau|tiếp|tiếp\s+theo|next|›|»|>|>>)$", re.IGNORECASE)
PAGE_META = "postback_page"  # the page a postback response shows (the first page when absent)


@dataclass(frozen=True)
class PostbackLink:
    target: str
    argument: str
    text: str = ""

    def leads_to(self, current: int) -> int | None:
        """The page this link shows from page ``current``: a number for forward links, else None."""
        numbered = GRID_PAGE.fullmatch(self.argument)
        if numbered:
            return int(numbered.group(1)) if int(numbered.group(1)) > current else None
        if self.is_next():
            return current + 1
        return None

    def is_next(self) -> bool:
        if self.argument == "Page$Next":
            return True
        control = self.target.rsplit("$", 1)[-1]
        return self.argument == "" and bool(NEXT_BUTTON_ID.search(control) or NEXT_TEXT.match(self.text))


def postback_links(response: TextResponse, pager_xpath: str) -> list[PostbackLink]:
    """The ``__doPostBack`` links among the elements ``pager_xpath`` selects, in page order, once each."""
    if b"PostBack" not in response.body:  # most pages of most sites: spared the XPath (~0.2 ms a page)
        return []
    found: dict[tuple[str, str], PostbackLink] = {}
    for element in response.selector.root.xpath(pager_xpath):
        if not hasattr(element, "get"):  # an XPath of attributes or text: no link
            continue
        text = " ".join(element.xpath("normalize-space(string(.))").split())
        for script in (element.get("href") or "", element.get("onclick") or ""):
            link = read_postback(script, text)
            if link is not None and (link.target, link.argument) not in found:
                found[(link.target, link.argument)] = link
                break
    return list(found.values())


def read_postback(script: str, text: str = "") -> PostbackLink | None:
    """The target and argument of a ``__doPostBack(...)`` call written in an href or onclick, if any.

    lxml has already decoded the attribute (``&#39;`` → ``'``); some CMSs escape twice (``&amp;#39;``) or
    percent-encode a ``javascript:`` href, which are undone here.
    """
    if "PostBack" not in script:
        return None
    decoded = html.unescape(unquote(script)) if "%" in script or "&" in script else script
    match = DO_POSTBACK.search(decoded)
    if match is None:
        return None
    target = match.group("target") if match.group("target") is not None else match.group("options_target")
    argument = match.group("argument") if match.group("argument") is not None else match.group("options_argument")
    # JavaScript string escapes ASP.NET writes in the names of nested controls.
    return PostbackLink(target.replace("\\'", "'"), argument.replace("\\'", "'"), text)


def forward_links(links: list[PostbackLink], current: int) -> list[tuple[PostbackLink, int]]:
    """The links to follow from page ``current`` and the page each leads to: numbered pages above it; a
    "next" link only when the pager numbers no page above it (Page$Next and Page$2 are the same page)."""
    numbered = [(link, page) for link in links if GRID_PAGE.fullmatch(link.argument)
                and (page := link.leads_to(current)) is not None]
    if numbered:
        return numbered
    return [(link, current + 1) for link in links if link.is_next()][:1]


def postback_identity(target: str, argument: str, page: int | None) -> str:
    """What tells two postbacks of one form apart: the event, and the page it leads to (a "next" button
    posts the same event on every page). Not the viewstate, which differs on every page."""
    return f"{target}\n{argument}\n{page if page is not None else ''}"


def identity_of(request) -> str | None:
    """The postback identity of a request (None: no postback), from its form and the page it was meant for."""
    if request.method != "POST" or b"__EVENTTARGET" not in request.body:
        return None
    fields = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
    return postback_identity(fields.get("__EVENTTARGET", ""), fields.get("__EVENTARGUMENT", ""),
                             request.meta.get(PAGE_META))


def postback_requests(response: TextResponse, pager_xpath: str, form_xpath: str,
                      **request_options) -> list[FormRequest]:
    """POSTs of the page's form for the forward pages of its postback pager (``request_options``: callback,
    errback, meta ...). The page a response shows is ``meta[PAGE_META]``, the first when absent."""
    current = response.meta.get(PAGE_META, 1)
    forward = forward_links(postback_links(response, pager_xpath), current)
    if not forward or not response.selector.root.xpath(form_xpath):
        return []
    meta = request_options.pop("meta", {})
    with warnings.catch_warnings():
        # Scrapy 2.19 deprecates from_response for the form2request package, which is no dependency yet.
        warnings.simplefilter("ignore", ScrapyDeprecationWarning)
        return [FormRequest.from_response(response, formxpath=form_xpath, dont_click=True,
                                          formdata={"__EVENTTARGET": link.target, "__EVENTARGUMENT": link.argument},
                                          meta={**meta, PAGE_META: page}, **request_options)
                for link, page in forward]
