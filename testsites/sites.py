"""Local copies of department sites: the two hand-written layouts (haiduong, bacgiang), the plain blog, and
the copies of the layout families (family_sites.py, data in families/); ``SITES`` names them all.

Each site object answers ``reply(path, query)`` with a ``Reply``; server.py puts it behind HTTP.
"""

import base64
import hmac
import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from functools import partial
from html import escape
from urllib.parse import parse_qsl

from reader.families import all_family_names

from .base import PAGE_SIZE, MirrorSite, Reply, encode_windows_1258, html_reply, not_found, redirect
from .content import Category, MirrorArticle, generated_article, read_seed, spread_dates
from .family_sites import FamilySite, family_copy_names

__all__ = ["SITES", "MirrorSite", "Reply", "encode_windows_1258", "HaiDuongSite", "HaiDuongPostbackSite",
           "BacGiangSite", "PlainSite", "FamilySite", "MirrorArticle"]


# --- Sở Công Thương Hải Dương: ASP.NET WebForms, nested tables, month/day/year times ------------------

# The WebForms form of every page of the haiduong copy: its postbacks are never needed to read it.
STATIC_FORM = """<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ2h4" />"""


class HaiDuongSite(MirrorSite):
    name = "haiduong"
    robots_txt = "User-agent: *\nDisallow: /Admin/\nDisallow: /Search.aspx\nDisallow: /News.aspx?cat=99\n"
    ERROR_404, ERROR_500, SLOW, EMPTY = 99404, 99500, 99408, 99200
    special_ids = {ERROR_404, ERROR_500, SLOW, EMPTY}
    ATTACHED_GOOD, ATTACHED_BROKEN = 1401, 1402

    def __init__(self, articles: int = 48, slow_seconds: float = 3.0):
        super().__init__(slow_seconds)
        seed = self.seed = read_seed()
        self.banner, self.today = seed.banner, seed.today
        kc = Category(12, seed.category)
        others = [Category(3, "TIN TỨC - SỰ KIỆN"), Category(5, "QUẢN LÝ THƯƠNG MẠI"),
                  Category(7, "CÔNG NGHIỆP - NĂNG LƯỢNG")]
        internal = Category(99, "VĂN BẢN NỘI BỘ")
        self.hidden_categories = {internal.id}
        self.slow_ids = {self.SLOW}
        for category in [kc, *others, internal]:
            self.categories[category.id] = category
        self.seed_id = 1531
        self.add(MirrorArticle(
            id=self.seed_id, category=kc, title=seed.title, lead=seed.lead, paragraphs=seed.paragraphs,
            author=seed.author, published=seed.published, image_caption=seed.image_caption))
        for offset, (title, when) in enumerate(seed.related):
            self.add(generated_article(self.name, 1700 + offset, kc, when, title=title))
        rng = random.Random(self.name)
        for offset, when in enumerate(spread_dates(4, seed.published, rng)):
            self.add(generated_article(self.name, 1400 + offset, kc, when))
        remaining = max(0, articles - len(self.articles))
        for n, when in enumerate(spread_dates(remaining, datetime(2020, 10, 20, 9), rng)):
            self.add(generated_article(self.name, 2000 + n, others[n % len(others)], when))
        for n, when in enumerate(spread_dates(3, datetime(2020, 9, 1, 9), rng)):
            self.add(generated_article(self.name, 900 + n, internal, when))
        # Quirks of real pages: one legacy-encoded article, one with damaged markup.
        if 2001 in self.articles:
            self.articles[2001].encoding = "windows-1258"
        if 2002 in self.articles:
            self.articles[2002].broken_html = True
        self.redirected_id = 2003
        # Attachments of every kind (testsites/attachments.py): the good files on one article, the broken on
        # another. Fetched only by crawls that ask for attachments (the tests' FAST_SETTINGS do not).
        from .attachments import BROKEN, GOOD

        for article_id, files in ((self.ATTACHED_GOOD, GOOD), (self.ATTACHED_BROKEN, BROKEN)):
            if article_id in self.articles:
                self.articles[article_id].attachments += [f"/Upload/files/{name}" for name in files]
        if self.ATTACHED_GOOD in self.articles:  # the decision attached is one the article cites: documents says so
            self.articles[self.ATTACHED_GOOD].paragraphs.append(
                "Toàn văn Quyết định số 15/2024/QĐ-UBND của UBND tỉnh về kinh phí khuyến công được đính kèm.")
        self.add(generated_article(self.name, self.SLOW, others[0], datetime(2020, 10, 21, 8, 5)))

    def article_url(self, article: MirrorArticle) -> str:
        return f"/NewsDetail.aspx?id={article.id}"

    def listing_urls(self) -> list[str]:
        return [f"/News.aspx?cat={c}&page={p}" for c in self.categories if c not in self.hidden_categories
                for p in range(1, self.listing_pages(c) + 1)]

    def respond(self, path: str, query: dict[str, str]) -> Reply:
        lower = path.lower()
        if lower in ("/", "/default.aspx"):
            return html_reply(self.home_page())
        if lower == "/news.aspx" and query.get("cat", "").isdigit() and int(query["cat"]) in self.categories:
            return self.listing(int(query["cat"]), int(query.get("page", "1") or 1))
        if lower == "/newsdetail.aspx":
            return self.detail(query)
        if lower == "/trang/chitiettintuc.aspx" and "nid" in query:
            # The same page at the address scheme of the real Hải Dương portals (portals.md): no site pattern
            # names it, the page's content does.
            return self.detail({"id": query["nid"]})
        if lower.startswith("/tin-tuc/") and lower.endswith(".html"):
            # Links from the old CMS are redirected to the current address.
            article = self.article_by_id(lower.removeprefix("/tin-tuc/").removesuffix(".html"))
            if article:
                return redirect(f"/NewsDetail.aspx?cat={article.category.id}&id={article.id}")
        if lower.startswith("/upload/files/"):
            return self.attachment(lower)
        return not_found()

    def detail(self, query: dict[str, str]) -> Reply:
        raw_id = query.get("id")
        if raw_id == str(self.ERROR_500):
            return html_reply("<html><body><h2>Server Error in '/' Application.</h2></body></html>", 500)
        if raw_id == str(self.EMPTY):  # the portal answers 200 for an article taken down
            return html_reply(
                self.chrome("Thông báo", '<p class="thongbao">Bài viết không tồn tại hoặc đã bị xóa.</p>'))
        article = self.article_by_id(raw_id)
        if article is None:
            return not_found()
        if query.get("print") == "1":
            return self.article_reply(article, self.page(article.title, self.article_table(article)))
        return self.article_reply(article, self.article_page(article))

    # -- page parts --

    def page(self, title: str, content: str, form: str = STATIC_FORM) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} - Sở Công Thương Hải Dương</title>
<link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" />
</head><body><a name="top"></a>
{form}
{content}
</form></body></html>"""

    def chrome(self, title: str, middle: str, form: str = STATIC_FORM) -> str:
        banners = "".join(f'<a href="{url}" target="_blank">{text}</a>' for url, text in self.external_links)
        return self.page(title, form=form, content=f"""\
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="banner"><a href="/Default.aspx"><img src="/images/logo.png" border="0" alt="" /></a>
<span class="bannertext">{escape(self.banner)}</span></td></tr>
<tr><td class="today">{escape(self.today)}</td></tr>
<tr><td valign="top">{middle}</td></tr>
<tr><td class="weblink">{banners}</td></tr>
</table>""")

    def article_table(self, article: MirrorArticle) -> str:
        paragraphs = ["<p>&nbsp;</p>"]
        for n, text in enumerate(article.paragraphs):
            paragraphs.append(f"<p>{escape(text)}</p>")
            if article.image_caption and article.image_caption[0] == n:
                paragraphs.append('<p style="text-align:center">'
                                  '<img src="/Upload/images/anh-bai-viet.jpg" alt="" /></p>')
                paragraphs.append(f'<p style="text-align:center">&nbsp;<em>{escape(article.image_caption[1])}</em></p>')
        for href in article.attachments:
            paragraphs.append(f'<p>File đính kèm: <a href="{href}">{href.rsplit("/", 1)[-1]}</a></p>')
        paragraphs.append("<p>&nbsp;</p>")
        paragraphs.append(f'<p align="right"><b>Nguồn Bài: {escape(article.author)}</b></p>')
        body = "\n".join(paragraphs)
        return f"""<table width="100%" cellpadding="4" cellspacing="0" border="0" class="tblDetail">
<tr><td class="tddetail" align="right">{self.time(article)}</td></tr>
<tr><td class="TitleDetail"><b>{escape(article.title)}</b></td></tr>
<tr><td><span style="font-weight:bold" class="Lead">{escape(article.lead)}</span></td></tr>
<tr><td class="ContentDetail">
{body}
</td></tr>
<tr><td><a href="javascript:history.go(-1)">[Quay lại]</a></td></tr>
<tr><td align="right"><a href="/NewsDetail.aspx?id={article.id}&amp;print=1" target="_blank">\
<img src="/images/print.gif" border="0" alt="" /></a>&nbsp;<a href="javascript:window.print()">In trang</a>\
&nbsp;&nbsp;&nbsp; <a href="#top">Đầu trang</a></td></tr>
</table>"""

    def article_page(self, article: MirrorArticle) -> str:
        related = "\n".join(
            f'<tr><td><img src="/images/dot.gif" alt="" /> '
            f'<a class="newother" href="/NewsDetail.aspx?id={r.id}&amp;cat={r.category.id}">'
            f'{escape(r.title)}</a> <font color="#666666">({self.time(r)})</font></td></tr>'
            for r in self.related(article))
        middle = f"""<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="CateTitle"><a href="/News.aspx?cat={article.category.id}">{escape(article.category.name)}</a></td></tr>
<tr><td>{self.article_table(article)}
<table width="100%" cellpadding="2" cellspacing="0" class="tblOther">
<tr><td class="titleother">Các tin cùng Chuyên mục</td></tr>
{related}
</table></td></tr></table>"""
        return self.chrome(article.title, middle)

    def time(self, article: MirrorArticle) -> str:
        # The portal prints months, days and hours without leading zeros: "6/24/2019 7:43:26 AM".
        when = article.published
        return f"{when.month}/{when.day}/{when.year} {when.strftime('%I:%M:%S %p').lstrip('0')}"

    def listing_items(self, category_id: int, page: int) -> list[MirrorArticle]:
        return self.in_category(category_id)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]

    def listing(self, category_id: int, page: int) -> Reply:
        pages = self.listing_pages(category_id)
        if not 1 <= page <= pages:
            return not_found()
        category = self.categories[category_id]
        return html_reply(
            self.chrome(category.name, self.listing_table(category_id, page, self.pager(category_id, page))))

    def pager(self, category_id: int, page: int) -> str:
        pages = self.listing_pages(category_id)
        pager = " ".join(f"<b>{p}</b>" if p == page else f'<a href="/News.aspx?cat={category_id}&amp;page={p}">{p}</a>'
                         for p in range(1, pages + 1))
        if page < pages:
            pager += f' <a href="/News.aspx?cat={category_id}&amp;page={page + 1}">Trang sau</a>'
        return pager

    def listing_table(self, category_id: int, page: int, pager: str) -> str:
        items = self.listing_items(category_id, page)
        rows = "\n".join(
            f'<tr><td><a class="tieude" href="/NewsDetail.aspx?cat={category_id}&amp;id={a.id}">{escape(a.title)}</a> '
            f'<font color="#666666">({self.time(a)})</font><br /><span class="tomtat">{escape(a.lead)}</span></td></tr>'
            for a in items)
        return f"""<table width="100%"><tr><td class="CateTitle">{escape(self.categories[category_id].name)}</td></tr>
<tr><td><table class="tblNews" width="100%">{rows}</table></td></tr>
<tr><td class="pager">Trang: {pager}</td></tr></table>"""

    def home_page(self) -> str:
        menu = " | ".join(f'<a href="/News.aspx?cat={c.id}">{escape(c.name)}</a>' for c in self.categories.values())
        newest = sorted(self.public_articles(), key=lambda a: a.published, reverse=True)[:5]
        # Hand-made links on the home page: lower-case path, upper-case parameter.
        latest = "".join(f'<li><a href="/newsdetail.aspx?ID={a.id}">{escape(a.title)}</a></li>' for a in newest)
        notices = (f'<li><a href="/NewsDetail.aspx?id={self.ERROR_404}">Thông báo tuyển dụng (đã gỡ)</a></li>'
                   f'<li><a href="/NewsDetail.aspx?id={self.EMPTY}">Kết quả bình chọn (đã gỡ)</a></li>'
                   f'<li><a href="/NewsDetail.aspx?id={self.ERROR_500}">Lịch tiếp công dân</a></li>'
                   f'<li><a href="/NewsDetail.aspx?id={self.SLOW}">Thông báo lịch cắt điện</a></li>'
                   f'<li><a href="/tin-tuc/{self.redirected_id}.html">Bài viết cũ</a></li>')
        middle = f"""\
<div class="menu">{menu} | <a href="/Search.aspx?kw=khuyen+cong">Tìm kiếm</a> | \
<a href="/Admin/Login.aspx">Quản trị</a></div>
<table width="100%"><tr><td valign="top"><h3>Tin mới</h3><ul>{latest}</ul></td>
<td valign="top"><h3>Thông báo</h3><ul>{notices}</ul></td></tr></table>"""
        return self.chrome("Trang chủ", middle)


class HaiDuongPostbackSite(HaiDuongSite):
    """The haiduong copy whose listings page only by ``__doPostBack``, as WebForms GridViews do: each pager link
    posts the page's form back with ``__EVENTTARGET``/``__EVENTARGUMENT`` set, and the answer is that page.

    Like ASP.NET, the copy checks what comes back: the page's ``__VIEWSTATE`` (which page the form was on;
    it changes from page to page) and ``__EVENTVALIDATION`` (the events that page offered). A form without
    them, with either garbled, or with an event its page did not offer gets IIS's 500 "Invalid postback or
    callback argument". A GET of the listing shows its first page (``&page=N`` is no parameter of it).
    """

    name = "haiduong-postback"
    GRID = "ctl00$ContentPlaceHolder1$grdNews"
    NEXT_BUTTON, PREVIOUS_BUTTON = "ctl00$ContentPlaceHolder1$lbtnNext", "ctl00$ContentPlaceHolder1$lbtnPrev"
    PAGE_BUTTON_COUNT = 10  # GridView's PagerSettings.PageButtonCount: numbers shown in blocks of ten
    # Each category's pager: GridView numbers in blocks with "..." and First/Last ("numeric"), GridView
    # Next/Previous ("next"), or LinkButtons of their own with no argument ("button").
    PAGER_STYLES = {12: "numeric", 3: "numeric", 5: "next", 7: "button"}
    SECRET = b"haiduong-postback machine key"

    def respond(self, path: str, query: dict[str, str]) -> Reply:
        if path.lower() == "/news.aspx":
            query = {k: v for k, v in query.items() if k.lower() != "page"}
        return super().respond(path, query)

    def respond_post(self, path: str, query: dict[str, str], form: dict[str, str]) -> Reply:
        raw_category = query.get("cat", "")
        if path.lower() != "/news.aspx" or not raw_category.isdigit() or int(raw_category) not in self.categories:
            return self.respond(path, query)  # a postback of another page: the page again
        category_id = int(raw_category)
        state = self.read_viewstate(form.get("__VIEWSTATE", ""))
        event = (form.get("__EVENTTARGET", ""), form.get("__EVENTARGUMENT", ""))
        if (state is None or state[0] != category_id
                or form.get("__EVENTVALIDATION") != self.event_validation(*state)
                or event not in {(target, argument) for _, target, argument in self.pager_events(*state)}):
            return invalid_postback()
        return self.listing(category_id, self.page_after(category_id, state[1], *event))

    def listing(self, category_id: int, page: int) -> Reply:
        if not 1 <= page <= self.listing_pages(category_id):
            return not_found()
        links = " ".join(f"<span>{text}</span>" if target is None else
                         f"<a href=\"javascript:__doPostBack(&#39;{target}&#39;,&#39;{argument}&#39;)\">{text}</a>"
                         for text, target, argument in self.pager_events(category_id, page, current=True))
        category = self.categories[category_id]
        return html_reply(self.chrome(category.name, self.listing_table(category_id, page, links),
                                      form=self.form(category_id, page)))

    def pager_events(self, category_id: int, page: int, current: bool = False) -> list[tuple[str, str | None, str]]:
        """(text, event target, event argument) of the page's pager links, in order; the current page
        (target None) too when ``current``."""
        pages, style = self.listing_pages(category_id), self.PAGER_STYLES.get(category_id, "numeric")
        back, forward = page > 1, page < pages
        if style in ("button", "next"):
            previous, following = ((self.PREVIOUS_BUTTON, ""), (self.NEXT_BUTTON, "")) if style == "button" else \
                ((self.GRID, "Page$Prev"), (self.GRID, "Page$Next"))
            buttons: list[tuple[str, str | None, str]] = [("Trang trước", *previous)] * back
            return buttons + [("Trang sau", *following)] * forward
        first = (page - 1) // self.PAGE_BUTTON_COUNT * self.PAGE_BUTTON_COUNT + 1
        last = min(first + self.PAGE_BUTTON_COUNT - 1, pages)
        events: list[tuple[str, str | None, str]] = [("Đầu", self.GRID, "Page$First")] * (first > 1)
        events += [("...", self.GRID, f"Page${first - 1}")] * (first > 1)
        events += [(str(n), None if n == page else self.GRID, f"Page${n}") for n in range(first, last + 1)
                   if current or n != page]
        events += [("...", self.GRID, f"Page${last + 1}")] * (last < pages)
        return events + [("Cuối", self.GRID, "Page$Last")] * (last < pages)

    def page_after(self, category_id: int, page: int, target: str, argument: str) -> int:
        """The page an event of ``page``'s pager leads to (GridView's Page$N, Page$Next, ...; the buttons)."""
        if target == self.NEXT_BUTTON or argument == "Page$Next":
            return page + 1
        if target == self.PREVIOUS_BUTTON or argument == "Page$Prev":
            return page - 1
        named = {"Page$First": 1, "Page$Last": self.listing_pages(category_id)}
        return named.get(argument) or int(argument.removeprefix("Page$"))

    # -- the state WebForms keeps in the form: which page it shows, which events it offers, signed --

    def form(self, category_id: int, page: int) -> str:
        fields = {"__EVENTTARGET": "", "__EVENTARGUMENT": "", "__VIEWSTATE": self.viewstate(category_id, page),
                  "__VIEWSTATEGENERATOR": "CA0B0334", "__EVENTVALIDATION": self.event_validation(category_id, page)}
        hidden = "\n".join(f'<input type="hidden" name="{name}" id="{name}" value="{value}" />'
                           for name, value in fields.items())
        return f"""<form name="aspnetForm" method="post" action="./News.aspx?cat={category_id}" id="aspnetForm">
{hidden}
<script type="text/javascript">
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
</script>
<input type="text" name="ctl00$txtSearch" id="ctl00_txtSearch" value="" />"""

    def signed(self, text: str) -> str:
        mac = hmac.new(self.SECRET, text.encode(), "sha1").digest()[:10]
        return base64.b64encode(text.encode() + b"|" + mac).decode()

    def viewstate(self, category_id: int, page: int) -> str:
        return self.signed(f"{category_id}|{page}")

    def read_viewstate(self, value: str) -> tuple[int, int] | None:
        """(category, page) the posted viewstate was issued for; None when it is no viewstate of this copy."""
        try:
            category, page, _ = base64.b64decode(value, validate=True).split(b"|", 2)
            state = (int(category), int(page))
        except ValueError:  # binascii.Error is one; so are a wrong number of parts and non-digits
            return None
        return state if value == self.viewstate(*state) else None

    def listing_pages_asked(self, exchanges: list[tuple[str, str, bytes]]) -> Counter[tuple[int, int]]:
        """(category, page) of every listing page asked for in ``exchanges`` (a MirrorServer's): a GET shows
        page 1, a postback the page its event leads to from the page its viewstate names."""
        asked: Counter[tuple[int, int]] = Counter()
        for method, target, body in exchanges:
            if not target.lower().startswith("/news.aspx?cat="):
                continue
            category = int(dict(parse_qsl(target.split("?", 1)[1]))["cat"])
            if method == "GET":
                asked[(category, 1)] += 1
                continue
            form = dict(parse_qsl(body.decode(), keep_blank_values=True))
            state = self.read_viewstate(form["__VIEWSTATE"])
            assert state is not None, f"a postback with a viewstate this copy did not issue: {target}"
            asked[(category, self.page_after(category, state[1], form["__EVENTTARGET"], form["__EVENTARGUMENT"]))] += 1
        return asked

    def event_validation(self, category_id: int, page: int) -> str:
        events = sorted(f"{target}:{argument}" for _, target, argument in self.pager_events(category_id, page))
        return self.signed(f"{category_id}|{page}|{';'.join(events)}")


def invalid_postback() -> Reply:
    """ASP.NET's answer to a form it did not issue (event validation), as IIS serves it."""
    return html_reply("<html><head><title>Invalid postback or callback argument.</title></head><body>"
                      "<h1>Server Error in '/' Application.</h1><h2><i>Invalid postback or callback argument.  "
                      "Event validation is enabled using &lt;pages enableEventValidation=\"true\"/&gt; in "
                      "configuration.</i></h2></body></html>", 500)


# --- a SharePoint-style department portal: /Pages/...aspx?ItemID=, day/month/year times ----------------


class BacGiangSite(FamilySite):
    """The bacgiang copy: templates and routes of the sharepoint-chitiet family (mirror/families/), no code."""

    name = "bacgiang"

    def __init__(self, articles: int | None = None, slow_seconds: float = 3.0):
        super().__init__("sharepoint-chitiet", articles, slow_seconds)


# --- a site no profile knows: a plain blog layout, for the generic extractor -----------------------


class PlainSite(MirrorSite):
    name = "plain"
    robots_txt = "User-agent: *\nDisallow:\n"

    def __init__(self, articles: int = 6, slow_seconds: float = 3.0):
        super().__init__(slow_seconds)
        category = self.categories[1] = Category(1, "Tin tức")
        rng = random.Random(self.name)
        for n, when in enumerate(spread_dates(articles, datetime(2021, 3, 20, 9), rng)):
            self.add(generated_article(self.name, 10 + n, category, when))

    def article_url(self, article: MirrorArticle) -> str:
        return f"/bai-viet/{article.id}.html"

    def nav(self) -> str:
        items = "".join(f'<li><a href="{self.article_url(a)}">{escape(a.title)}</a></li>'
                        for a in self.in_category(1))
        return f'<nav class="sidebar"><h4>Bài viết mới</h4><ul>{items}</ul></nav>'

    def respond(self, path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return html_reply(f"<html><head><meta charset='utf-8'><title>Ban Quản lý</title></head>"
                              f"<body>{self.nav()}</body></html>")
        if path.startswith("/bai-viet/") and path.endswith(".html"):
            article = self.article_by_id(path.removeprefix("/bai-viet/").removesuffix(".html"))
            if article:
                paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
                return html_reply(f"""\
<html><head><meta charset="utf-8"><title>{escape(article.title)} | Ban Quản lý</title>
<meta property="og:title" content="{escape(article.title)}"></head><body>
<header><a href="/">Trang chủ</a> <a href="/gioi-thieu.html">Giới thiệu</a> <a href="/lien-he.html">Liên hệ</a></header>
<div class="wrap"><div class="post"><h2>{escape(article.title)}</h2>
<div class="meta">Đăng lúc {article.published:%H:%M} ngày {article.published:%d/%m/%Y}</div>
<div class="entry"><p><strong>{escape(article.lead)}</strong></p>{paragraphs}<p>{escape(article.author)}</p></div></div>
{self.nav()}</div><footer>© Ban Quản lý các khu công nghiệp</footer></body></html>""")
        return not_found()


# A copy's name is the site's or the family's: haiduong and bacgiang are the copies of the aspnet-tables
# and sharepoint-chitiet families too. Each value builds the site: SITES[name](articles) or SITES[name]().
SITES: dict[str, Callable[..., MirrorSite]] = {
    site.name: site for site in (HaiDuongSite, HaiDuongPostbackSite, BacGiangSite, PlainSite)}
SITES |= {name: partial(FamilySite, name) for name in family_copy_names()}
SITES |= {"aspnet-tables": HaiDuongSite, "sharepoint-chitiet": BacGiangSite}
# The slug-only copy is of no family: a --site of its own, crawled with the generic reader.
FAMILY_COPIES = tuple(sorted({"aspnet-tables", *(name for name in family_copy_names() if name in all_family_names())}))
