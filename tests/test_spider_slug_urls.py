"""Slug-only addresses (`/<slug>-<id>` and `/<slug>`, portals.md): a generic crawl of the slug-only copy.

The copy is of no family: its host is named by no registry entry, so every page goes to the generic reader,
which follows every link of the site (3 deep) and stores the pages it reads an article from. Articles of one
category live at `/<slug>` with no id, like the menu's own pages (`/gioi-thieu`); another such category is
in no menu or list and only the sitemap that robots.txt names brings it in.
"""

import sqlite3

import pytest
from scrapy.http import HtmlResponse

from reader import generic
from spiders.run import FAST_SETTINGS, run_crawl
from testsites import serve


def crawl(server, db_path):
    # No page of the copy is slow: a generous timeout keeps a loaded machine from failing a page.
    result = run_crawl(db_path, site=None, start_url=server.url,
                       **{**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "15", "EXTRACT_WORKERS": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def stored(db_path) -> dict[str, tuple]:
    with sqlite3.connect(db_path) as conn:
        return {row[0]: row[1:] for row in conn.execute(
            "SELECT url, title, published, lead, author, body FROM articles")}


def url_of(server, article) -> str:
    return server.url.rstrip("/") + server.site.article_url(article)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    server = serve("slug-only")
    db_path = tmp_path_factory.mktemp("slug-only") / "bulletins.db"
    result = crawl(server, db_path)
    yield server, db_path, result, list(server.requests)
    server.shutdown()


def test_no_family_is_recognised_the_generic_reader_reads_every_page(crawled):
    _, _, result, _ = crawled
    assert "layout family" not in result.stderr
    assert "socongthuong/family_recognised" not in result.stderr


def test_articles_of_both_slug_forms_stored_once_with_their_fields(crawled):
    server, db_path, _, _ = crawled
    articles = stored(db_path)
    public = server.site.public_articles()
    with_id = [a for a in public if server.site.article_url(a) == f"/{a.slug}-{a.id}"]
    slug_only = [a for a in public if server.site.article_url(a) == f"/{a.slug}"]
    assert len(with_id) >= 10 and len(slug_only) >= 10
    assert set(articles) == {url_of(server, a) for a in public} and len(articles) == 24
    for source in public:
        title, published, lead, author, body = articles[url_of(server, source)]
        assert (title, lead, author) == (source.title, source.lead, source.author)
        assert published == source.published.replace(second=0).isoformat() + "+07:00"
        assert body == "\n\n".join(source.paragraphs)  # no menu, files block, author line or related list


def test_menu_pages_at_a_slug_are_fetched_but_not_stored(crawled):
    server, db_path, _, requests = crawled
    assert "/gioi-thieu" in requests and "/lien-he" in requests  # a /<slug> link is followed like any other
    assert not any(url.endswith(("/gioi-thieu", "/lien-he", "/thong-bao")) for url in stored(db_path))


def test_broken_pages_recorded(crawled):
    server, db_path, _, _ = crawled
    site = server.site
    with sqlite3.connect(db_path) as conn:
        errors = dict(((url, (status, reason)) for url, status, reason in
                       conn.execute("SELECT url, status, reason FROM crawl_errors")))
    assert errors == {url_of(server, site.specials[site.ERROR_404]): (404, "HTTP 404"),
                      url_of(server, site.specials[site.ERROR_500]): (500, "HTTP 500")}


def test_articles_no_page_links_to_come_from_the_sitemap(crawled):
    server, db_path, result, requests = crawled
    hidden = [a for a in server.site.public_articles() if not a.category.in_menu]
    assert len(hidden) >= 5 and all(server.site.article_url(a) == "/" + a.slug for a in hidden)
    assert "/robots.txt" in requests and "/sitemap.xml" in requests
    assert {url_of(server, a) for a in hidden} <= set(stored(db_path))
    assert "'socongthuong/links_from_sitemap': 24" in result.stderr


def test_without_the_sitemap_the_unlinked_slug_articles_are_not_found(tmp_path):
    server = serve("slug-only")
    try:
        server.site.robots_txt = "User-agent: *\nDisallow: /quan-tri/\n"  # no Sitemap line
        db_path = tmp_path / "no-sitemap.db"
        crawl(server, db_path)
        public = server.site.public_articles()
        linked = {url_of(server, a) for a in public if a.category.in_menu}
        assert set(stored(db_path)) == linked and len(linked) == 18
        assert "/sitemap.xml" not in server.requests
    finally:
        server.shutdown()


@pytest.mark.parametrize("listing, href, judged", [
    # The probe's judgement of a listing's links (generic.listing_links): a headline's link with a number in its
    # path is an article's. A /<slug> article has a number only when its title has one.
    ("/tin-hoat-dong", "/kiem-tra-viec-thuc-hien-quan-ly-thi-truong-tai-cac-co-so-huyen-binh-giang-100", "article"),
    ("/tin-hoat-dong", "/tin-hoat-dong?page=2", "page"),
    ("/thong-bao?page=2", "/so-ket-6-thang-dau-nam-2019-ve-an-toan-dien-nong-thon", "article"),
    ("/thong-bao?page=2", "/hoi-nghi-tap-huan-quan-ly-thi-truong-cho-doanh-nghiep-huyen-thanh-ha", None),
    ("/thong-bao?page=2", "/gioi-thieu", None),  # the menu's own page at /<slug>, as the article above
])
def test_the_probe_tells_a_slug_article_from_a_menu_page_only_by_a_number(crawled, listing, href, judged):
    server = crawled[0]
    path, _, query = listing.partition("?")
    page = server.site.reply(path, dict([query.split("=")]) if query else {})
    response = HtmlResponse(server.url.rstrip("/") + listing, body=page.body, encoding="utf-8")
    assert f'href="{href}"' in response.text
    articles, pages = generic.listing_links(response.selector.root, response.url)
    url = server.url.rstrip("/") + href
    assert (url in articles, url in pages) == (judged == "article", judged == "page")
