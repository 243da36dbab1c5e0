"""The generic reader: an article's parts on a page whose layout no profile describes.

What it relies on is what every news platform shares (NukeViet, Liferay, SharePoint, ASP.NET tables,
DotNetNuke, WordPress and newer slug-only portals), not any one's class names:

- the body is the element that holds the most paragraph text (content density), link-heavy blocks
  (menus, related lists) and page furniture (named by class/id or tag: nav, footer, share, print, ...)
  not counted;
- the title is the headline element nearest above the body (h1-h4, ``itemprop=headline``, classes naming
  a title), preferring one that ``og:title``/``<title>`` confirm; the portal's name is stripped;
- the lead is an element named as one (hometext, sapo, summary, ...) or a bold block between title and body;
- the time is the date nearest the title, outside the body and the furniture, with its clock
  (reader/times.py), checked against well-formed ISO values of ``datetime`` attributes and meta tags.
"""

import copy
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from .text import ATTACHMENT, NOT_A_PAGE, block_lines
from .times import DateOrders, Stamp, find_stamps, might_hold_date, parse_iso

BLOCKS = {"p", "div", "td", "th", "li", "dd", "dt", "pre", "blockquote", "section", "article", "main", "table",
          "tbody", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form", "header", "footer", "nav",
          "aside", "figure", "figcaption", "center"}
PARAGRAPHS = {"p", "li", "pre", "blockquote", "dd", "h4", "h5", "h6"}
SKIP = {"script", "style", "noscript", "iframe", "select", "button", "template", "head", "title", "meta", "link",
        "input", "textarea", "option", "svg"}
FURNITURE_TAGS = {"nav", "aside", "footer"}
# Class or id words that name page furniture: a word starting with one of these ("menuTop", "related-news")...
FURNITURE_PREFIXES = ("menu", "nav", "footer", "breadcrumb", "related", "lienquan", "tinlienquan", "share",
                      "social", "comment", "binhluan", "rating", "banner", "sidebar", "widget", "weblink",
                      "lienket", "pager", "paging", "pagination", "copyright", "quangcao", "advert", "tinkhac",
                      "othernews", "cungchuyenmuc", "sendmail", "addthis", "fb-", "facebook", "zalo")
# ... or exactly one of these ("tandan-div-article-other", "news-tools").
FURNITURE_WORDS = {"other", "tool", "tools", "tags", "tag", "keywords", "tukhoa", "print", "search", "login", "ads",
                   "control", "toolbar", "counter", "luotxem", "views"}
# Classes that hide an element, matched whole: a word of a compound does not hide ("field--label-hidden" is
# Drupal's body field with its label hidden, "hidden-xs" shows on larger screens).
HIDING_CLASSES = {"hidden", "hide", "d-none", "none", "invisible", "visually-hidden", "sr-only", "element-invisible",
                  "display-none"}
TITLE_NAMES = re.compile(r"title|tieude|tieu-de|tieu_de|headline|heading", re.IGNORECASE)
LEAD_NAMES = re.compile(r"hometext|sapo|summary|(?<![a-z])lead|tomtat|tom-tat|trichyeu|description|abstract|excerpt"
                        r"|intro|chapeau|mota|teaser|short-?content", re.IGNORECASE)
RELATED_NAMES = re.compile(r"related|lienquan|lien-quan|tinkhac|tin-khac|other|cungchuyenmuc|cung-chuyen-muc",
                           re.IGNORECASE)
RELATED_HEADING = re.compile(r"^(?:các\s+)?(?:tin|bài(?:\s+viết)?)(?:\s+tức)?\s+(?:liên quan|khác|cùng chuyên mục"
                             r"|đã đưa|mới hơn|cũ hơn|cùng loại)|^xem thêm", re.IGNORECASE)
CATEGORY_NAMES = re.compile(r"breadcrumb|duongdan|duong-dan|path|catename|cate-name|category|(?<![a-z])cate(?![a-z])"
                            r"|(?<!cung)chuyenmuc", re.IGNORECASE)
AUTHOR_NAMES = re.compile(r"author|tacgia|tac-gia|byline", re.IGNORECASE)
AUTHOR_PREFIX = re.compile(r"^(?:bởi|by|đăng bởi|tác giả|người viết)\s*:?\s*", re.IGNORECASE)
AUTHOR_LINE = re.compile(r"^(?:Tác giả|Người viết|Nguồn(?:\s+bài|\s+tin)?|Tin(?:,\s*ảnh|\s+và\s+ảnh)?"
                         r"|Bài(?:,\s*ảnh|\s+và\s+ảnh)?)\s*:\s*(.{2,120})$", re.IGNORECASE)
DROP_LINES = re.compile(
    r"^(?:In bài(?: viết)?|In trang|Bản in|Quay lại|Trở về|Về đầu trang|Đầu trang|Lên đầu trang|Chia sẻ"
    r"|Gửi email|Gửi bài viết(?: qua email)?|Lưu bài viết|Tweet|Thích|Like|Share|Phản hồi|Bình luận)\W*$"
    r"|^\[[^\]]{0,30}\]$"
    r"|^(?:Lượt xem|Số lượt xem|Lượt đọc|Số lần đọc|Lượt truy cập)\s*:?\s*[\d.,]+$"
    r"|^(?:Từ khóa|Từ khoá|Tags?)\s*:"
    r"|^(?:File|Tệp|Tập tin|Văn bản) đính kèm\s*:?", re.IGNORECASE)
PORTAL_NAME = re.compile(r"^(?:cổng thông tin|cổng ttđt|cổng tt|trang thông tin|trang tin|website|web site|sở\s"
                         r"|ubnd|ủy ban|uỷ ban|bộ\s|ban quản lý|trang chủ|portal|home)", re.IGNORECASE)
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*::\s*|\s+»\s+")
NEXT_PAGE_TEXT = re.compile(r"^(?:trang sau|trang tiếp|tiếp|sau|next|»|›|>|>>|\d{1,4})$", re.IGNORECASE)
PAGE_IN_URL = re.compile(r"[?&](?:[\w$]*_)?(?:page|pageindex|cur|trang|p)=\d+|/page[-/]\d+|/trang-\d+", re.IGNORECASE)
MIN_BODY_CHARS = 300
DATE_REACH = 80  # elements between the title and its date, at most


def text_of(element: HtmlElement) -> str:
    """An element's visible text on one line, NFC."""
    parts = []
    # An explicit stack, not recursion: a page of thousands of nested tags must not raise RecursionError.
    # Entries are elements to read, or a child's tail (str), which comes after the child's own text.
    stack: list[HtmlElement | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if isinstance(node.tag, str) and node.tag.lower() in SKIP:
            continue
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for child in reversed(node):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
    return unicodedata.normalize("NFC", " ".join(" ".join(parts).split()))


def tag_of(element: HtmlElement) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def names_of(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def is_furniture(element: HtmlElement) -> bool:
    tag = tag_of(element)
    if tag in FURNITURE_TAGS:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style:
        return True
    names = names_of(element).lower()
    if any(token in HIDING_CLASSES for token in names.split()):
        return True
    for word in re.split(r"[\s_\-]+", names):
        if word and (word in FURNITURE_WORDS or word.startswith(FURNITURE_PREFIXES)):
            return True
    return False


def main_column(root: HtmlElement) -> set[HtmlElement]:
    """Elements no class name makes furniture: ``<html>`` and ``<body>`` (their classes describe the page and
    its template: "has-sidebar-right", "has-main-navigation") and every element that holds the page's
    ``<article>`` or ``articleBody`` (a main column named "sidebar-1" is still the main column)."""
    kept = set(root.iter("html", "body"))
    for article in root.xpath('//article | //*[@itemprop="articleBody"]'):
        kept.update(article.iterancestors())
    return kept


@dataclass
class Page:
    """A parsed page and what the reader knows of its elements."""

    root: HtmlElement
    url: str
    order: dict[HtmlElement, int] = field(default_factory=dict)  # element -> position in document order
    ends: dict[HtmlElement, int] = field(default_factory=dict)  # element -> position of the last element inside it
    texts: dict[HtmlElement, str] = field(default_factory=dict)  # element -> its text (text_of), once computed
    furniture: set[HtmlElement] = field(default_factory=set)  # elements inside page furniture
    links_inside: set[HtmlElement] = field(default_factory=set)  # elements inside an <a>

    @classmethod
    def of(cls, root: HtmlElement, url: str) -> "Page":
        page = cls(root, url)
        body = root.find(".//body")
        start = body if body is not None else root

        # Document order with an explicit stack (no recursion limit on deep pages); an element's end is
        # recorded when the entry queued after its children comes off the stack.
        main = main_column(root)
        stack = [(start, False, False, False)]
        while stack:
            node, in_furniture, in_link, ended = stack.pop()
            if ended:
                page.ends[node] = len(page.order) - 1
                continue
            if not isinstance(node.tag, str):
                continue
            page.order[node] = len(page.order)
            in_furniture = in_furniture or (node not in main and is_furniture(node))
            in_link = in_link or tag_of(node) == "a"
            if in_furniture:
                page.furniture.add(node)
            if in_link:
                page.links_inside.add(node)
            stack.append((node, in_furniture, in_link, True))
            stack.extend((child, in_furniture, in_link, False) for child in reversed(node))
        return page

    def last_inside(self, element: HtmlElement) -> int:
        """Document position of the last element inside ``element``."""
        return self.ends.get(element, self.order.get(element, 0))

    def text(self, element: HtmlElement) -> str:
        """``text_of(element)``, computed once per element."""
        found = self.texts.get(element)
        if found is None:
            found = self.texts[element] = text_of(element)
        return found

    def inside(self, element: HtmlElement, container: HtmlElement) -> bool:
        start = self.order.get(container)
        return start is not None and start <= self.order.get(element, -1) <= self.last_inside(container)


# --- the body ------------------------------------------------------------------------------------------


def own_text(element: HtmlElement) -> tuple[int, int]:
    """(characters, characters in links) of the text a block shows itself, outside its nested blocks."""
    chars = links = 0

    def inline(top: HtmlElement) -> tuple[int, int]:
        # Children before their parent, with an explicit stack: no recursion limit on deep pages.
        counted: dict[HtmlElement, tuple[int, int]] = {}
        stack = [(top, False)]
        while stack:
            node, children_counted = stack.pop()
            if tag_of(node) in SKIP:
                counted[node] = (0, 0)
                continue
            if not children_counted:
                stack.append((node, True))
                stack.extend((child, False) for child in node if tag_of(child) not in BLOCKS)
                continue
            text = len((node.text or "").strip())
            linked = text if tag_of(node) == "a" else 0
            for child in node:
                if tag_of(child) in BLOCKS:
                    continue
                child_text, child_links = counted.pop(child)
                text += child_text + len((child.tail or "").strip())
                linked += child_text if tag_of(node) == "a" else child_links
            counted[node] = (text, linked)
        return counted[top]

    chars += len((element.text or "").strip())
    for child in element:
        if tag_of(child) not in BLOCKS:
            child_text, child_links = inline(child)
            chars += child_text
            links += child_text if tag_of(child) == "a" else child_links
        chars += len((child.tail or "").strip())
    return chars, links


def holder(element: HtmlElement) -> HtmlElement | None:
    """The nearest ancestor that is not inline markup (span, font, strong ...): what a paragraph belongs to."""
    parent = element.getparent()
    while parent is not None and tag_of(parent) not in BLOCKS:
        parent = parent.getparent()
    return parent


def find_body(page: Page) -> HtmlElement | None:
    """The element holding the most paragraph text, menus, related lists and furniture left out."""
    scores: dict[HtmlElement, float] = {}
    for element in page.order:
        tag = tag_of(element)
        if tag not in BLOCKS or element in page.furniture or element in page.links_inside:
            continue
        chars, linked = own_text(element)
        if chars < 25 or linked > chars / 2:
            continue
        leaf = not any(tag_of(child) in BLOCKS and tag_of(child) not in ("br",) for child in element)
        line_breaks = sum(1 for child in element if tag_of(child) == "br")
        # A paragraph counts for the block that holds it; a block that holds its text itself (a cell with
        # <br> between the paragraphs, a div with text between its children) counts for itself.
        if tag in PARAGRAPHS or (leaf and line_breaks < 2):
            container = holder(element)
        else:
            container = element
        if container is None:
            continue
        scores[container] = scores.get(container, 0) + chars
        parent = holder(container)
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + chars / 2
    return max(scores, key=lambda element: scores[element]) if scores else None


def body_text_start(page: Page, body: HtmlElement) -> int:
    """Position of the body's first paragraph of text: title, date and lead may come before it, inside the body.

    Flat layouts put the headline, the date line and the lead in the same block as the paragraphs.
    """
    start, end = page.order.get(body, 0), page.last_inside(body)
    for element in page.order:
        position = page.order[element]
        if position <= start:
            continue
        if position > end:
            break
        tag = tag_of(element)
        if tag not in PARAGRAPHS and tag not in ("div", "td") or tag in ("h4", "h5", "h6"):
            continue
        if element in page.furniture or LEAD_NAMES.search(names_of(element)) or TITLE_NAMES.search(names_of(element)):
            continue
        chars, _ = own_text(element)
        text = page.text(element)
        if chars >= 60 and not is_bold(element) and not find_stamps(text[:40]):
            return position
    return start


def has_headline_link(element: HtmlElement) -> bool:
    return any(len(text_of(a).split()) >= 5 for a in element.iter("a"))


def kind_of(element: HtmlElement) -> frozenset[str]:
    """An element's class words without those naming one item ("post-123", "item_5"): what a listing's
    items share."""
    return frozenset(word for word in (element.get("class") or "").split() if not any(c.isdigit() for c in word))


def looks_like_listing(page: Page, body: HtmlElement) -> bool:
    """A category page's list is no article's body: a block of many headline links, or one of several
    blocks of the same kind (tag and class), each with a headline link (a listing's items)."""
    headline_links = [a for a in body.iter("a") if len(text_of(a).split()) >= 5]
    if len(headline_links) >= 4:
        linked = sum(len(text_of(a)) for a in headline_links)
        if linked > 0.25 * max(1, len(text_of(body))):
            return True
    level = body
    for _ in range(3):
        parent = level.getparent()
        if parent is None:
            break
        kind = kind_of(level)
        alike = [child for child in parent if child.tag == level.tag and kind_of(child) == kind]
        if len(alike) >= 3 and sum(1 for item in alike if has_headline_link(item)) >= 3:
            return True
        level = parent
    return False


# --- the title -----------------------------------------------------------------------------------------


def strip_portal_name(title: str, site_names: tuple[str, ...] = ()) -> str:
    """'Tiêu đề - Sở Công Thương tỉnh X' -> 'Tiêu đề'; 'Cổng thông tin ... | Tiêu đề' -> 'Tiêu đề'."""
    parts = TITLE_SEPARATORS.split(title)
    names = {name.casefold() for name in site_names if name}

    def is_portal(part: str) -> bool:
        return bool(PORTAL_NAME.match(part.strip())) or part.strip().casefold() in names

    while len(parts) > 1 and is_portal(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_portal(parts[0]):
        parts.pop(0)
    if len(parts) == 1:
        return parts[0].strip()
    # The separators between the parts left belong to the title ("Hải Dương - Hải Phòng: ...").
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title.strip()


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def title_candidates(page: Page, body: HtmlElement) -> list[HtmlElement]:
    found = []
    for element in page.order:
        tag = tag_of(element)
        if not (tag in ("h1", "h2", "h3", "h4") or element.get("itemprop") == "headline"
                or (tag not in ("html", "body", "form", "table", "tbody") and TITLE_NAMES.search(names_of(element)))):
            continue
        if element in page.furniture or page.inside(body, element) or element is body:
            continue
        text = text_of(element)
        if not 10 <= len(text) <= 400 or len(text.split()) < 3:
            continue
        anchors = list(element.iter("a"))
        if element in page.links_inside or (anchors and sum(len(text_of(a)) for a in anchors) >= len(text) * 0.8
                                            and not any(urljoin(page.url, a.get("href") or "") == page.url
                                                        for a in anchors)):
            continue  # a link to another article (a listing's headline)
        found.append(element)
    return found


def find_title(page: Page, body: HtmlElement, site_names: tuple[str, ...]) -> tuple[str | None, HtmlElement | None]:
    """The headline nearest above the body, and its element (None for a title from the meta tags)."""
    references = [folded(strip_portal_name(text, site_names)) for text in page_titles(page) if text]
    references = [text for text in references if len(text) >= 10]
    start = body_text_start(page, body)
    before = [element for element in title_candidates(page, body) if page.order[element] < start]
    confirmed = [element for element in before
                 if any(folded(text_of(element)) in ref or ref in folded(text_of(element)) for ref in references)]
    for group in (confirmed, before):
        if group:
            element = group[-1]  # the nearest above the body
            return strip_portal_name(text_of(element), site_names), element
    for text in page_titles(page):
        if text:
            return strip_portal_name(text, site_names) or None, None
    return None, None


def page_titles(page: Page) -> list[str]:
    """og:title, twitter:title and <title>: what the page says its title is (often with the portal's name)."""
    root = page.root
    values = root.xpath('//meta[@property="og:title" or @name="og:title" or @name="twitter:title"]/@content')
    values += ["".join(element.itertext()) for element in root.xpath("//title")]  # text_of skips <title>
    return [unicodedata.normalize("NFC", " ".join(value.split())) for value in values if value and value.strip()]


def site_names(page: Page) -> tuple[str, ...]:
    return tuple(value.strip() for value in page.root.xpath(
        '//meta[@property="og:site_name" or @name="application-name" or @name="author"]/@content') if value.strip())


# --- lead, author, category, related, attachments -------------------------------------------------------


def is_bold(element: HtmlElement) -> bool:
    """Bold itself, or nothing but bold children (no text of its own): walked with a stack, not recursion."""
    stack = [element]
    while stack:
        node = stack.pop()
        style = (node.get("style") or "").replace(" ", "").lower()
        if tag_of(node) in ("strong", "b") or "font-weight:bold" in style or "font-weight:700" in style:
            continue
        children = [child for child in node if tag_of(child) not in ("br",)]
        bare = (node.text or "").strip() or any((child.tail or "").strip() for child in node)
        if not children or bare:
            return False
        stack.extend(children)
    return True


def find_lead(page: Page, body: HtmlElement, title_element: HtmlElement | None) -> HtmlElement | None:
    """The lead's element: named as one, or a bold block, between the title and the body."""
    start = page.last_inside(title_element) if title_element is not None else 0
    end = body_text_start(page, body)
    for element in page.order:
        position = page.order[element]
        if position <= start or element in page.furniture or tag_of(element) in ("meta", "a") or element is body:
            continue
        if position >= end:
            break
        named = LEAD_NAMES.search(names_of(element)) or element.get("itemprop") == "description"
        if named or (tag_of(element) in BLOCKS | {"span", "strong", "b"} and is_bold(element)):
            text = text_of(element)
            if 30 <= len(text) <= 2000 and not find_stamps(text[:40]):
                return element
    return None


def bold_first_paragraph(body: HtmlElement) -> HtmlElement | None:
    """A body whose first paragraph is all bold starts with its lead."""
    for element in body.iter():
        if tag_of(element) in ("p", "div", "h2", "h3", "h4") and element is not body and text_of(element):
            return element if is_bold(element) and len(text_of(element)) >= 30 else None
    return None


def find_category(page: Page) -> str | None:
    for element in page.order:
        if CATEGORY_NAMES.search(names_of(element)) and tag_of(element) not in ("body", "html"):
            names = [text_of(a) for a in element.iter("a") if text_of(a)]
            names = [name for name in names if not re.match(r"^(?:trang chủ|home)$", name, re.IGNORECASE)]
            if names:
                return names[-1]
            text = text_of(element)
            if 2 <= len(text) <= 80:
                return text
    values = page.root.xpath('//meta[@property="article:section"]/@content | //*[@itemprop="articleSection"]/@content')
    return values[0].strip() if values else None


NAME_LINE = re.compile(r"^(?:[A-ZÀ-ỸĐ][\wÀ-ỹ]*\.?\s+){1,5}[A-ZÀ-ỸĐ][\wÀ-ỹ]*$")


def author_of_lines(lines: list[str]) -> tuple[str | None, list[str]]:
    """The byline at the body's end ("Tác giả: ...", "Nguồn: ...", or a bare name line), and the body without it."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        match = AUTHOR_LINE.match(lines[index])
        if match:
            return match.group(1).strip(), lines[:index] + lines[index + 1:]
    if len(lines) > 1 and NAME_LINE.match(lines[-1]) and not re.search(r"\d", lines[-1]):
        return lines[-1], lines[:-1]  # "Trần Văn Nam": a name alone on the last line
    return None, lines


def find_author(page: Page, body: HtmlElement) -> str | None:
    """A byline after the body ("Tác giả: ..."), or an element named as the author's."""
    end = page.last_inside(body)
    for element in page.order:
        position = page.order[element]
        if position <= end or element in page.furniture:
            continue
        if position > end + 15:
            break
        match = AUTHOR_LINE.match(text_of(element))
        if match:
            return match.group(1).strip()
    for element in page.order:
        if element not in page.furniture and AUTHOR_NAMES.search(names_of(element)):
            text = text_of(element)
            if 2 <= len(text) <= 120:
                match = AUTHOR_LINE.match(text)
                return match.group(1).strip() if match else AUTHOR_PREFIX.sub("", text)
    return None


def hrefs(page: Page, elements: Iterable[HtmlElement]) -> list[str]:
    urls: dict[str, None] = {}  # a dict keeps the links in page order
    for element in elements:
        for anchor in element.iter("a"):
            href = (anchor.get("href") or "").strip()
            if href and not href.lower().startswith(NOT_A_PAGE):
                urls[urljoin(page.url, href).split("#")[0]] = None
    return list(urls)


def find_related(page: Page) -> list[str]:
    """Links of the related lists ("Tin liên quan", "Các tin khác", classes naming them), same host."""
    holders = [element for element in page.order if RELATED_NAMES.search(names_of(element))]
    for element in page.order:
        if tag_of(element) in ("h2", "h3", "h4", "h5", "p", "div", "td", "span", "strong", "b") and \
                page.last_inside(element) - page.order[element] <= 3 and len(page.text(element)) < 60 and \
                RELATED_HEADING.match(page.text(element)):
            parent = element.getparent()
            if parent is not None:
                holders += [sibling for sibling in parent if page.order.get(sibling, 0) > page.order[element]]
    host = urlsplit(page.url).hostname
    own = page.url.split("#")[0]
    return [url for url in hrefs(page, holders)
            if urlsplit(url).hostname == host and url != own and not PAGE_IN_URL.search(url)]


def find_attachments(page: Page, body: HtmlElement) -> list[str]:
    """Documents linked from the body or from the blocks that follow it in the article's container."""
    places = [body]
    for element in (body, body.getparent()):
        if element is None:
            continue
        sibling = element.getnext()
        while sibling is not None:
            if sibling not in page.furniture:
                places.append(sibling)
            sibling = sibling.getnext()
    return [url for url in hrefs(page, places) if ATTACHMENT.search(url)]


# --- the time ------------------------------------------------------------------------------------------


def structured_times(page: Page) -> list[str]:
    """Well-formed ISO times the page states in markup: <time datetime>, datePublished, article:published_time."""
    values = []
    for element in page.root.xpath('//time[@datetime] | //*[@itemprop="datePublished"]'):
        if element in page.furniture and tag_of(element) == "time":
            continue  # a related article's time
        values.append(element.get("datetime") or element.get("content") or text_of(element))
    values += page.root.xpath('//meta[@property="article:published_time" or @name="pubdate"'
                              ' or @itemprop="datePublished"]/@content')
    return [iso for iso in map(parse_iso, values) if iso]


def in_other_articles(page: Page, element: HtmlElement, article: HtmlElement) -> bool:
    """Whether ``element`` is in a list of other articles: a block named as one ("tin-lien-quan"), headed as
    one ("Tin liên quan", "Các tin khác") or made of links, below what holds ``article`` (title or body)."""
    for block in itertools.islice(itertools.chain([element], element.iterancestors()), 8):
        if page.inside(article, block):
            return False  # the article's own block: its date line is in no list
        if RELATED_NAMES.search(names_of(block)) or is_link_list(page, block):
            return True
        for heading in itertools.islice(block.itersiblings(preceding=True), 6):
            text = page.text(heading)
            if len(text) < 60 and RELATED_HEADING.match(text):
                return True
    return False


def visible_stamps(page: Page, body: HtmlElement, anchor: HtmlElement | None) -> list[tuple[int, Stamp, HtmlElement]]:
    """Dates printed outside the body's text and the furniture: (distance to ``anchor``, stamp, element)."""
    anchor_at = page.order.get(anchor, page.order.get(body, 0))
    body_start, body_end = body_text_start(page, body), page.last_inside(body)
    found: list[tuple[int, Stamp, HtmlElement]] = []
    seen: set[HtmlElement] = set()
    for node in page.root.xpath("//body//text()"):
        # times' own cheap test: every form find_stamps reads passes it ("T3, 07/13/2021 - 15:20",
        # "06 Tháng Chín 2017", "ngày 6 tháng 9 năm 2017"), most text nodes do not.
        if not might_hold_date(node):
            continue
        element = node.getparent()
        if element is not None and node.is_tail:  # "<a>Tin tức</a> - 15/03/2018": the text after the link
            element = element.getparent()
        if element is None or element in page.furniture or element in page.links_inside:
            continue
        if tag_of(element) in SKIP or body_start <= page.order.get(element, -1) <= body_end:
            continue
        # Dates and clocks are often split over spans ("03/04/2020 | <span>10:36 PM</span>"): the smallest
        # ancestor around them, up to three levels and 160 characters.
        holder_element = element
        for _ in range(3):
            parent = holder_element.getparent()
            if parent is None or page.ends.get(parent, 0) - page.order.get(parent, 0) > 12 \
                    or page.inside(body, parent) or parent is body or len(page.text(parent)) > 160 \
                    or body_start <= page.last_inside(parent) <= body_end:
                break
            holder_element = parent
        if holder_element in seen:
            continue
        seen.add(holder_element)
        distance = abs(page.order.get(holder_element, 0) - anchor_at)
        for stamp in find_stamps(page.text(holder_element)):
            found.append((distance, stamp, holder_element))
    return found


def find_published(page: Page, body: HtmlElement, title_element: HtmlElement | None, site: str | None,
                   orders: DateOrders | None) -> tuple[str | None, HtmlElement | None]:
    """The publication time and the element showing it: the date nearest the title (with its clock), checked
    against the markup's ISO values."""
    stamps = visible_stamps(page, body, title_element)
    if orders is None or not site:  # the page's own evidence at least
        orders, site = DateOrders(), site or "this page"
    # Dates the platform printed with a clock are evidence of its order; the banner's "Thứ 5, ngày 22/10/2020"
    # (day first on a month-first portal) and the articles' own text are not.
    orders.learn(site, [stamp for _, stamp, _ in stamps if stamp.has_clock])
    # Other articles' dates ("Các tin khác" with their times) are the platform's, evidence of its order above,
    # but none is this article's.
    article = title_element if title_element is not None else body
    near = sorted((item for item in stamps if item[0] <= DATE_REACH and not in_other_articles(page, item[2], article)),
                  key=lambda item: (item[0], not item[1].has_clock))
    structured = structured_times(page)
    if not near:
        return (structured[0] if structured else None), None
    _, visible, shown_in = near[0]
    orders.learn(site, [visible])
    shown = visible.iso(orders.day_first(site))
    for iso in structured:
        # The markup's time is trusted when the page shows the same day (either day/month order).
        if any(reading and reading[:10] == iso[:10] for reading in (visible.iso(True), visible.iso(False))):
            return (shown if visible.has_clock and shown and shown[:10] == iso[:10] else iso), shown_in
    return shown, shown_in


# --- links of a listing --------------------------------------------------------------------------------


def listing_links(root: HtmlElement, url: str) -> tuple[list[str], list[str]]:
    """(article-like links, next-page links) of a page of an unknown site, same host, in page order."""
    page = Page.of(root, url)
    host = urlsplit(url).hostname
    articles: dict[str, None] = {}  # dicts keep the links in page order
    pages: dict[str, None] = {}
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(NOT_A_PAGE):
            continue
        target = urljoin(url, href).split("#")[0]
        if urlsplit(target).hostname != host or target == url or ATTACHMENT.search(target):
            continue
        text = text_of(anchor)
        if NEXT_PAGE_TEXT.match(text) and (PAGE_IN_URL.search(target) or not text.isdigit()):
            pages[target] = None
        elif PAGE_IN_URL.search(target) and not text:
            pages[target] = None
        # A number in the path or query, not the host's or port's (127.0.0.1:8000 has numbers of its own).
        elif len(text.split()) >= 5 and re.search(r"\d", target.split("/", 3)[-1]) and not (
                anchor in page.furniture and any(tag_of(a) in FURNITURE_TAGS for a in anchor.iterancestors())):
            articles[target] = None
    return list(articles), [link for link in pages if link not in articles]


# --- the article ---------------------------------------------------------------------------------------


@dataclass
class GenericArticle:
    title: str
    lead: str | None
    published: str | None
    author: str | None
    category: str | None
    body: str
    related: list[str]
    attachments: list[str]


def is_link_list(page: Page, element: HtmlElement) -> bool:
    """A list of links inside the body (an unnamed "Tin liên quan"), or its heading."""
    text = page.text(element)
    if tag_of(element) in ("h2", "h3", "h4", "h5", "p", "div", "strong", "b") and len(text) < 60 \
            and RELATED_HEADING.match(text):
        return True
    if tag_of(element) not in ("ul", "ol", "table", "div") or not text:
        return False
    anchors = list(element.iter("a"))
    return len(anchors) >= 2 and sum(len(page.text(a)) for a in anchors) > 0.6 * len(text)


def body_lines(element: HtmlElement, drop: list[HtmlElement]) -> list[str]:
    """The body's lines, without the elements in ``drop`` (title, lead, date, furniture inside it)."""
    dropped = set(drop)
    clone = copy.deepcopy(element)
    # Elements of the copy in the same order as the original's: drop those that were marked.
    for original, copied in zip(list(element.iter()), list(clone.iter()), strict=True):  # a deep copy: alike
        if original in dropped and copied is not clone:
            parent, previous, tail = copied.getparent(), copied.getprevious(), copied.tail
            if parent is not None:
                parent.remove(copied)
                if tail and tail.strip():  # the tail is text of the parent, not of the dropped element
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
    return [line for line in block_lines(clone) if not DROP_LINES.search(line)]


def read_parts(
    root: HtmlElement, url: str, site: str | None = None, orders: DateOrders | None = None
) -> tuple[dict[str, Any], str | None]:
    """Every field the generic reader finds on a page, and why it holds no article (None when it holds one).

    The fields are those of GenericArticle; a field not found is absent or None. A page is no article when
    it has no body, its body is a listing's, it has no title, or its body is shorter than MIN_BODY_CHARS;
    the fields found are returned all the same, for the other readers to be checked against (reader/page.py).
    """
    page = Page.of(root, url)
    body = find_body(page)
    if body is None:
        return {}, "no block of text"
    if looks_like_listing(page, body):
        return {}, "a listing (a block of headline links)"
    names = site_names(page)
    title, title_element = find_title(page, body, names)
    lead_element = find_lead(page, body, title_element)
    published, published_element = find_published(page, body, title_element, site, orders)
    inner = [element for element in page.order if page.inside(element, body) and element is not body]
    furniture_inside = [element for element in inner if element in page.furniture or is_link_list(page, element)]
    drop = furniture_inside + [element for element in (title_element, lead_element, published_element)
                               if element is not None]
    lines = body_lines(body, drop)
    lead = text_of(lead_element) if lead_element is not None else None
    if lead is None:
        first = bold_first_paragraph(body)
        if first is not None and lines and lines[0] == text_of(first):
            lead, lines = lines[0], lines[1:]
    lines = [line for line in lines if line != title and line != lead]
    author, lines = author_of_lines(lines)
    body_text = "\n\n".join(lines)
    parts = {
        "title": title,
        "lead": lead,
        "published": published,
        "author": author or find_author(page, body),
        "category": find_category(page),
        "body": body_text or None,
        "related": find_related(page),
        "attachments": find_attachments(page, body),
    }
    if not title:
        return parts, "no title"
    if len(body_text) < MIN_BODY_CHARS:
        return parts, f"body of {len(body_text)} characters, under {MIN_BODY_CHARS}"
    return parts, None


def read_article(
    root: HtmlElement, url: str, site: str | None = None, orders: DateOrders | None = None
) -> GenericArticle | None:
    """The article on a page of an unknown layout, or None when the page holds none (a listing, a notice)."""
    parts, why_not = read_parts(root, url, site, orders)
    return None if why_not else GenericArticle(**parts)
