"""Hostile sites for the reliability tests: real HTTP on 127.0.0.1 (testsites's server), pages by rule."""

import gzip
from collections.abc import Callable
from html import escape

from testsites.server import MirrorServer
from testsites.sites import HaiDuongPostbackSite, HaiDuongSite, Reply

# Sentences written for these tests (not from any real bulletin).
PARAGRAPH = ("Năm nay, Sở đã hỗ trợ {n} cơ sở sản xuất đổi mới thiết bị với tổng kinh phí {n} tỷ đồng, "
             "góp phần nâng cao năng lực cạnh tranh của các doanh nghiệp nông thôn trên địa bàn tỉnh.")


def article_html(title: str, paragraphs: int = 4, links: list[str] = ()) -> str:
    """A page the generic extractor reads as an article (title, several paragraphs)."""
    body = "".join(f"<p>{escape(PARAGRAPH.format(n=n + 2))}</p>" for n in range(paragraphs))
    anchors = "".join(f'<a href="{escape(href)}">liên kết</a> ' for href in links)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
            f"<body><h1>{escape(title)}</h1><div class='noi-dung'>{body}</div><nav>{anchors}</nav></body></html>")


def html(page: str, status: int = 200, **headers: str) -> Reply:
    return Reply(status, page.encode("utf-8"), headers=dict(headers))


def gzip_bomb(megabytes: int) -> Reply:
    """An HTML page whose gzip body inflates to ``megabytes`` MB of spaces (a few tens of KB on the wire)."""
    inflated = b"<html><body><p>" + b" " * (megabytes * 2**20) + b"</p></body></html>"
    return Reply(200, gzip.compress(inflated, compresslevel=9), headers={"Content-Encoding": "gzip"})


class HostileSite:
    """A site answering each path by a rule: ``routes`` maps a path (or a prefix ending in "*") to a function."""

    name = "hostile"

    def __init__(self, routes: dict[str, Callable[[str, dict], Reply]]):
        self.routes = routes

    def reply(self, path: str, query: dict[str, str]) -> Reply:
        if path == "/robots.txt" and path not in self.routes:
            return Reply(200, b"User-agent: *\nDisallow:\n", content_type="text/plain")
        if path in self.routes:
            return self.routes[path](path, query)
        for prefix, answer in self.routes.items():
            if prefix.endswith("*") and path.startswith(prefix[:-1]):
                return answer(path, query)
        return Reply(404, b"Not Found", "text/plain")


class EndlessListingSite(HaiDuongSite):
    """The Hải Dương copy, whose first category paginates for ever: every page links the next one and shows
    the same ten articles (as a portal whose pager ignores the end of the list)."""

    TRAP_CATEGORY = 12

    def listing(self, category_id: int, page: int) -> Reply:
        if category_id != self.TRAP_CATEGORY:
            return super().listing(category_id, page)
        first = super().listing(category_id, 1).body.decode("utf-8")
        pager = f'<a href="/News.aspx?cat={category_id}&amp;page={page + 1}">Trang sau</a>'
        return Reply(200, first.replace("Trang:", f"Trang: {pager}", 1).encode("utf-8"))


class EndlessArticleSite(HaiDuongSite):
    """The Hải Dương copy, whose seed article links into an endless run of invented ones: every invented
    article (``NewsDetail.aspx?id=N``, N from TRAP up) links ten new numbers, as a "next bulletins" widget
    gone wrong does. No listing, sitemap or feed names any of them."""

    TRAP = 900_000

    def detail(self, query: dict[str, str]) -> Reply:
        raw_id = query.get("id", "")
        if not (raw_id.isdigit() and int(raw_id) >= self.TRAP):
            return super().detail(query)
        number = int(raw_id)
        links = "".join(f'<p><a href="/NewsDetail.aspx?id={number * 10 + k}">Bản tin số {number * 10 + k}</a></p>'
                        for k in range(10))
        paragraphs = "".join(f"<p>{escape(PARAGRAPH.format(n=number + k))}</p>" for k in range(3))
        body = (f'<table class="tblDetail"><tr><td class="TitleDetail"><b>Bản tin số {number}</b></td></tr>'
                f'<tr><td class="ContentDetail">{paragraphs}</td></tr></table>{links}')
        return Reply(200, self.chrome(f"Bản tin số {number}", body).encode("utf-8"))

    def article_page(self, article) -> str:
        page = super().article_page(article)
        entry = f'<a href="/NewsDetail.aspx?id={self.TRAP}">Bản tin</a></td></tr></table>'
        return (page.replace("</table>", entry[:-len("</td></tr></table>")] + "</table>", 1)
                if article.id == self.seed_id else page)


class EndlessPostbackSite(HaiDuongPostbackSite):
    """The postback copy, whose "next" pager (Page$Next) of one category never ends: every page offers the
    next one and shows the same ten articles."""

    TRAP_CATEGORY = 5  # a Page$Next pager: one page leads to one page, a chain

    def listing_pages(self, category_id: int) -> int:
        return 10**6 if category_id == self.TRAP_CATEGORY else super().listing_pages(category_id)

    def listing_items(self, category_id: int, page: int) -> list:
        return super().listing_items(category_id, 1 if category_id == self.TRAP_CATEGORY else page)


def start(site) -> MirrorServer:
    return MirrorServer(site).start_in_thread()
