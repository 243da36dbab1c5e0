"""Local copies of the layout families, as data: each is a folder of Jinja templates and a site.toml.

A family's copy (``families/<family>/``) is an HTML template set (home, listing, article, print view, ...)
and a few rows of URL routing: ``[urls]`` says how the copy writes its links, ``[[routes]]`` how it reads
requests (a path pattern, the query parameters it takes, the page kind). The articles are the generated
ones of content.py; every copy also has the pages real portals have that a crawl must survive: a missing
article (404), a server error (500), a page answered 200 without its article, an article with damaged
markup, attachments, related lists, print views, and, where the platform has them, a sitemap and a feed.
"""

import hashlib
import random
import re
import tomllib
import unicodedata
from datetime import datetime
from functools import cached_property
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .base import MirrorSite, Reply, html_reply, not_found, redirect
from .content import Category, MirrorArticle, generated_article, spread_dates

FAMILIES_DIR = Path(__file__).with_name("families")
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CONTENT_TYPES = {".xml": "application/xml; charset=utf-8", ".rss": "application/rss+xml; charset=utf-8"}


def slugify(text: str) -> str:
    """"Hỗ trợ 12 cơ sở" → "ho-tro-12-co-so", as Vietnamese CMSs write their URLs."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def family_copy_names() -> list[str]:
    return sorted(p.name for p in FAMILIES_DIR.iterdir() if (p / "site.toml").is_file())


class FamilySite(MirrorSite):
    """A department site in a family's layout, served from the family's templates and routes."""

    def __init__(self, family: str, articles: int | None = None, slow_seconds: float = 3.0):
        super().__init__(slow_seconds)
        folder = FAMILIES_DIR / family
        self.spec = spec = tomllib.loads((folder / "site.toml").read_text(encoding="utf-8"))
        self.name = spec.get("site_name", family)  # the bacgiang copy is the sharepoint-chitiet family's
        self.title = spec["title"]
        self.robots_txt = spec.get("robots", "User-agent: *\nDisallow:\n")
        self.page_size = spec.get("page_size", 5)
        self.routes = [(re.compile(r["path"], re.IGNORECASE), r) for r in spec["routes"]]
        self.env = Environment(loader=ChoiceLoader([FileSystemLoader(folder),
                                                    FileSystemLoader(FAMILIES_DIR / "_shared")]),
                               autoescape=select_autoescape(["html", "xml", "rss"]), undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(weekday=lambda when: WEEKDAYS[when.weekday()],
                                iso=lambda when: when.isoformat() + "+07:00")
        self.env.globals.update(url=self.url, site=self)
        categories = [Category(c["id"], c["name"]) for c in spec["categories"]]
        for category, row in zip(categories, spec["categories"], strict=True):
            category.slug = row.get("slug", str(row["id"]))
            category.in_menu = row.get("menu", True)
            category.urls = row.get("urls", {})  # a category whose articles have addresses of another form
            self.categories[category.id] = category
        rng = random.Random(self.name)
        dates = spread_dates(articles or spec.get("articles", 24), spec.get("newest", datetime(2020, 4, 20, 9)), rng)
        # Day and month both under 13 and (by default) an evening hour: a reading that swaps them, or a 12-hour
        # clock read without its PM, is seen at once.
        dates[0] = spec.get("first_date", datetime(2020, 4, 3, 22, 36))
        first_id = spec.get("first_id", 100)
        for n, when in enumerate(dates):
            self.add(self.dressed(generated_article(self.name, first_id + n, categories[n % len(categories)], when)))
        broken = spec.get("broken_id", first_id + 1)
        if broken in self.articles:
            self.articles[broken].broken_html = True
        # The pages a crawl must survive, each linked from the home page: an article gone (404), a server error
        # (500), a page answered 200 without its article (taken down).
        pages = spec.get("special_pages", {"not_found": 99404, "server_error": 99500, "empty": 99200})
        self.ERROR_404, self.ERROR_500, self.EMPTY = (pages.get(k) for k in ("not_found", "server_error", "empty"))
        self.specials = {i: self.dressed(generated_article(self.name, i, categories[0], datetime(2020, 4, 1, 9)))
                         for i in pages.values()}

    def dressed(self, article: MirrorArticle) -> MirrorArticle:
        """The article with what URLs of this family need: a slug, an 8-character code, its own attachments."""
        slug = slugify(article.title)[:80].rstrip("-")
        taken = {getattr(a, "slug", None) for a in self.articles.values()}
        # Two posts of one title: WordPress and NukeViet number the second slug.
        article.slug = next(s for n in range(1, 100) if (s := slug if n == 1 else f"{slug}-{n}") not in taken)
        article.code = hashlib.md5(f"{self.name}-{article.id}".encode()).hexdigest()[:8]
        article.attachments = [self.url("attachment", article, name=href.rsplit("/", 1)[1])
                               for href in article.attachments]
        return article

    # -- URLs --

    def url(self, kind: str, article: MirrorArticle | None = None, category: Category | None = None,
            page: int = 1, **fields) -> str:
        """The copy's link to a page of ``kind``, written as the family writes it ([urls] of site.toml)."""
        if kind == "listing" and page > 1:
            kind = "listing_page"
        category = category or (article.category if article else None)
        template = (category.urls if category else {}).get(kind) or self.spec["urls"][kind]
        return template.format(a=article, cat=category, page=page, **fields)

    def article_url(self, article: MirrorArticle) -> str:
        return self.url("article", article)

    def listing_urls(self) -> list[str]:
        return [self.url("listing", category=c, page=p) for c in self.menu_categories()
                for p in range(1, self.listing_pages(c.id) + 1)]

    def menu_categories(self) -> list[Category]:
        return [c for c in self.categories.values() if c.in_menu]

    def listing_pages(self, category_id: int) -> int:
        return max(1, -(-len(self.in_category(category_id)) // self.page_size))

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], MirrorArticle]:
        found = {}
        for article in [*self.articles.values(), *self.specials.values()]:
            for key in ("id", "code", "slug"):
                found[(key, str(getattr(article, key)).lower())] = article
        return found

    # -- answers --

    def respond(self, path: str, query: dict[str, str]) -> Reply:
        lowered = {k.lower(): v for k, v in query.items()}
        for pattern, route in self.routes:
            match = pattern.fullmatch(path)
            if not match:
                continue
            values = {k: v for k, v in match.groupdict().items() if v is not None}
            wanted = route.get("query", {})
            if any(not name.endswith("?") and name.lower() not in lowered for name in wanted):
                continue
            for name, var in wanted.items():
                if name.rstrip("?").lower() in lowered:
                    values[var] = lowered[name.rstrip("?").lower()]
            if route["page"] in ("article", "print") and self.article_for(values) is None:
                continue  # "/<slug>-2020" may be an article's slug alone: the next route reads it
            return self.page(route["page"], values, route)
        return not_found()

    def page(self, kind: str, values: dict[str, str], route: dict) -> Reply:
        if kind == "redirect":
            return redirect(route["to"], route.get("status", 301))
        if kind == "attachment":
            return self.attachment(values.get("name", ""))
        if kind == "listing":
            category = self.category_named(values.get("cat"))
            page = int(values.get("page") or 1) if str(values.get("page") or 1).isdigit() else 0
            if category is None or not 1 <= page <= self.listing_pages(category.id):
                return not_found()
            items = self.in_category(category.id)[(page - 1) * self.page_size : page * self.page_size]
            return self.render("listing.html", category=category, page=page, items=items,
                               pages=self.listing_pages(category.id))
        if kind in ("article", "print"):
            article = self.article_for(values)
            if article is None or article.id == self.ERROR_404:
                return not_found()
            if article.id == self.ERROR_500:
                return html_reply(self.spec.get("server_error", "<html><body><h2>Server Error</h2></body></html>"), 500)
            if article.id == self.EMPTY:  # the portal answers 200 for an article taken down
                return self.render("home.html", notice="Bài viết không tồn tại hoặc đã bị xóa.")
            reply = self.render(f"{kind}.html", article=article, related=self.related(article, 5))
            if article.broken_html:
                reply.body = break_markup(reply.body.decode()).encode()
            return reply
        return self.render(route.get("template", f"{kind}.html"))

    def article_for(self, values: dict[str, str]) -> MirrorArticle | None:
        """The article (or special page) a route's values name by id, code or slug."""
        key = next((k for k in ("id", "code", "slug") if k in values), None)
        return self._by_key.get((key, values[key].lower())) if key else None

    def category_named(self, value: str | None) -> Category | None:
        return next((c for c in self.categories.values()
                     if value and value.lower() in (c.slug.lower(), str(c.id))), None)

    @cached_property
    def _newest(self) -> list[MirrorArticle]:
        return sorted(self.articles.values(), key=lambda a: a.published, reverse=True)  # articles are added once

    @cached_property
    def _newest_in_menu(self) -> list[MirrorArticle]:
        return [a for a in self._newest if a.category.in_menu][:6]

    def test_article(self) -> MirrorArticle:
        """The fixed article of the family's test pages: the first one with no attachment and sound markup."""
        return next(a for a in sorted(self.articles.values(), key=lambda a: a.id)
                    if not a.attachments and not a.broken_html and a.category.in_menu)

    def article_page(self, variant: str | None = None) -> tuple[str, bytes]:
        """The test article's page as the copy serves it: (its address, its HTML).

        ``variant`` renders ``article.<variant>.html`` instead of ``article.html``: another real markup of
        the platform (another module, theme or generation) in the family's own chrome.
        """
        article = self.test_article()
        template = f"article.{variant}.html" if variant else "article.html"
        reply = self.render(template, article=article, related=self.related(article, 5))
        return self.article_url(article), reply.body

    def render(self, template: str, **context) -> Reply:
        body = self.env.get_template(template).render(
            newest=self._newest_in_menu, everything=self._newest,
            menu=self.menu_categories(), specials=self.specials, **{"notice": None, **context})
        suffix = Path(template).suffix
        return Reply(200, body.encode("utf-8"), content_type=CONTENT_TYPES.get(suffix, "text/html; charset=utf-8"))


def family_article_page(family: str, variant: str | None = None) -> tuple[FamilySite, str, bytes]:
    """A family's test page, rendered from its local copy's templates: (the copy, the page's address, its HTML).

    One source for a family: tests read these instead of hand-written pages of the same markup.
    """
    site = FamilySite(family)
    return (site, *site.article_page(variant))


def break_markup(page: str) -> str:
    """Damage an article page the way hand-edited CMS pages are damaged: lost </p>, stray and unclosed tags."""
    return page.replace("</p>", "").replace("<!--body-->", '<font color="#333"></span><b></i>', 1)
