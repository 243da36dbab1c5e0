"""What every local copy shares: the answer (``Reply``), the site of articles in categories, page quirks.

Each site object answers ``reply(path, query)`` with a ``Reply``; server.py puts it behind HTTP.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .content import Category, MirrorArticle, generated_article

PAGE_SIZE = 10


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def html_reply(page: str, status: int = 200) -> Reply:
    return Reply(status, page.encode("utf-8"))


def not_found() -> Reply:
    return html_reply("<html><body><h1>404 - Không tìm thấy trang</h1></body></html>", 404)


def redirect(location: str, status: int = 301) -> Reply:
    return Reply(status, b"", headers={"Location": location})


def encode_windows_1258(text: str) -> bytes:
    """Encode like a Vietnamese legacy page: letters with tone marks become base letter + combining tone."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m not in tones))
        marks = "".join(m for m in parts[1:] if m in tones)
        out += (base + marks).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


def break_html(page: str) -> str:
    """Damage markup the way hand-edited CMS pages are damaged: lost closing tags, stray and unclosed ones."""
    page = page.replace("</td>", "", 4).replace("</tr>", "", 2).replace("</p>", "")
    return page.replace('<td class="ContentDetail">', '<td class="ContentDetail"><font color="#333"><div></span>', 1)


class MirrorSite:
    """Articles sorted into categories, plus the special pages every copy offers."""

    name = ""
    robots_txt = ""
    external_links = [
        ("https://nhandan.vn/", "BaoNhanDan"),
        ("https://congthuong.vn/", "BaoCongThuong2"),
        ("https://vfa.gov.vn/", "Antoanthucpham"),
        ("https://baohaiduong.vn/", "BaoHaiDuong"),
        ("http://xttm.langson.gov.vn/", "Trung tam XTTM Lang Son"),
    ]

    # What tests compare a crawl with.
    hidden_categories: set[int] = set()  # behind robots.txt
    slow_ids: set[int] = set()  # articles that answer after slow_seconds
    special_ids: set[int] = set()  # ids whose page answers something else (an error, a timeout): no new article's

    def __init__(self, slow_seconds: float = 3.0):
        self.slow_seconds = slow_seconds
        self.categories: dict[int, Category] = {}
        self.articles: dict[int, MirrorArticle] = {}
        self._by_category: dict[int, list[MirrorArticle]] | None = None

    def add(self, article: MirrorArticle) -> None:
        self.articles[article.id] = article
        self._by_category = None

    def publish(self, category_id: int, count: int, published: datetime | None = None) -> list[MirrorArticle]:
        """``count`` new generated articles in a category, as the site publishes between two crawls: an hour apart
        after its newest article (the front of the listing), or from ``published`` back (an article dated back,
        found deeper in the listing). Their ids follow the largest the copy has."""
        category = self.categories[category_id]
        newest = max(article.published for article in self.articles.values())
        free_ids = (n for n in range(max(self.articles) + 1, 1 << 31) if n not in self.special_ids)
        added = [generated_article(self.name, next(free_ids), category,
                                   (published or newest + timedelta(hours=count)) - timedelta(hours=n))
                 for n in range(count)]
        for article in added:
            self.add(article)
        return added

    def in_category(self, category_id: int) -> list[MirrorArticle]:
        """Newest first. Sorted once: every article page shows its category's newest (benchmarks serve 2,000)."""
        if self._by_category is None:
            self._by_category = {}
            for article in sorted(self.articles.values(), key=lambda a: a.published, reverse=True):
                self._by_category.setdefault(article.category.id, []).append(article)
        return self._by_category.get(category_id, [])

    def listing_pages(self, category_id: int) -> int:
        return max(1, -(-len(self.in_category(category_id)) // PAGE_SIZE))

    def related(self, article: MirrorArticle, count: int = 10) -> list[MirrorArticle]:
        return [a for a in self.in_category(article.category.id) if a.id != article.id][:count]

    def public_articles(self) -> list[MirrorArticle]:
        """Articles a polite crawl can reach: not behind robots.txt."""
        return [a for a in self.articles.values() if a.category.id not in self.hidden_categories]

    def article_url(self, article: MirrorArticle) -> str:
        raise NotImplementedError

    def reply(self, path: str, query: dict[str, str], form: dict[str, str] | None = None) -> Reply:
        """The answer to GET path?query, or to a POST of ``form`` there."""
        if form is not None:
            return self.respond_post(path, query, form)
        if path == "/robots.txt":
            return Reply(200, self.robots_txt.encode(), content_type="text/plain; charset=utf-8")
        return self.respond(path, query)

    def respond_post(self, path: str, query: dict[str, str], form: dict[str, str]) -> Reply:
        """Copies take no form unless they say so (the postback copy, sites.py)."""
        return Reply(405, b"Method Not Allowed", "text/plain", headers={"Allow": "GET, HEAD"})

    def respond(self, path: str, query: dict[str, str]) -> Reply:
        raise NotImplementedError

    def article_by_id(self, raw_id: str | None) -> MirrorArticle | None:
        return self.articles.get(int(raw_id)) if raw_id and raw_id.isdigit() else None

    def attachment(self, path: str) -> Reply:
        """A real-shaped file (testsites/attachments.py), with an ETag: a request that sends it back gets a 304."""
        from hashlib import sha256

        from .attachments import served

        found = served(path.rsplit("/", 1)[-1])
        if found is None:
            return not_found()
        data, kind = found
        return Reply(200, data, content_type=kind, headers={"ETag": f'"{sha256(data).hexdigest()[:16]}"'})

    def article_reply(self, article: MirrorArticle, page: str) -> Reply:
        if article.broken_html:
            page = break_html(page)
        if article.encoding != "utf-8":
            page = page.replace("charset=utf-8", f"charset={article.encoding}")
            return Reply(200, encode_windows_1258(page), content_type=f"text/html; charset={article.encoding}")
        reply = html_reply(page)
        if article.id in self.slow_ids:
            reply.delay = self.slow_seconds
        return reply
