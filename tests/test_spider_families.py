"""Each layout family's local copy crawled end to end by ``scrapy crawl socongthuong``, its fields checked.

The copies (testsites/families/) are crawled without a site argument, so the family is recognised from
the pages, except the SharePoint /Trang/ copy: a department section of a province portal, crawled as the
registry's quangninh entry, which must stay inside its section.
"""

import json
import sqlite3
from datetime import datetime

import pytest

from spiders.run import FAST_SETTINGS, run_crawl
from testsites import serve

# family: (site argument, the form of a listing's second page, the print view's mark, canonical article path)
FAMILIES = {
    "nukeviet": (None, "/page-2", "/print/", None),
    "liferay6": (None, "_cur=2", "viewMode=print", None),
    "liferay7": (None, "AssetPublisherPortlet_INSTANCE_vR8tLm3Qa9Zk_cur=2", "viewMode=print", None),
    "sharepoint-portal": (None, "PageIndex=2", "isprint", None),
    "sharepoint-trang": ("quangninh", "Page=2", "print=1", "/So/socongthuong/Trang/ChiTietTinTuc.aspx?nid={id}"),
    "wordpress": (None, "/page/2/", "print=1", None),
    "dotnetnuke": (None, "currentpage=2", "/ctl/Print/", None),
}
DISCOVERY = {"nukeviet": ("/sitemap.xml", "/vi/news/rss/"), "liferay6": ("/sitemap.xml",),
             "liferay7": ("/sitemap.xml",),
             "wordpress": ("/wp-sitemap.xml", "/feed/"), "dotnetnuke": ("/SiteMap.aspx",)}
# family: a path robots.txt closes that the copy's menu links to
CLOSED_BY_ROBOTS = {"dotnetnuke": "/tabid/99/"}
EVENING = "2020-04-03T22:36:00+07:00"  # article 100: day and month under 13, an evening hour


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def crawled(request, tmp_path_factory):
    family = request.param
    site_argument = FAMILIES[family][0]
    server = serve(family)
    db_path = tmp_path_factory.mktemp(family) / "bulletins.db"
    start_url = server.url + server.site.url("home").lstrip("/")
    # No page of these copies is slow: a generous timeout keeps a loaded machine from failing a page.
    result = run_crawl(db_path, site=site_argument, start_url=start_url,
                       **{**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "15", "EXTRACT_WORKERS": "0"})
    yield family, server, db_path, result, list(server.requests)
    server.shutdown()


def base(server) -> str:
    return server.url.rstrip("/")


def stored_url(family, server, article) -> str:
    canonical = FAMILIES[family][3]
    return base(server) + (canonical.format(id=article.id) if canonical else server.site.article_url(article))


def articles_by_url(db_path) -> dict[str, dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}


def test_the_crawl_ends_cleanly(crawled):
    family, server, db_path, result, _ = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    if FAMILIES[family][0] is None:  # no site argument: the family was recognised from a page
        assert f"layout family {family}, recognised from" in result.stderr


def test_every_article_stored_once(crawled):
    family, server, db_path, _, _ = crawled
    urls = [url for (url,) in query(db_path, "SELECT url FROM articles")]
    expected = {stored_url(family, server, a) for a in server.site.public_articles()}
    assert len(urls) == len(set(urls)) == len(expected) == 24
    assert set(urls) == expected


def test_fields_of_an_article(crawled):
    family, server, db_path, _, _ = crawled
    site = server.site
    source = site.articles[100]
    stored = articles_by_url(db_path)[stored_url(family, server, source)]
    assert stored["title"] == source.title
    assert stored["published"] == EVENING
    assert stored["lead"] == source.lead
    assert stored["author"] == source.author
    assert stored["category"] == source.category.name
    assert stored["body"] == "\n\n".join(source.paragraphs)  # starts and ends with the article: no furniture
    assert stored["body"].startswith(source.paragraphs[0]) and stored["body"].endswith(source.paragraphs[-1])
    assert json.loads(stored["attachments"]) == [base(server) + href for href in source.attachments]
    assert json.loads(stored["related"]) == [stored_url(family, server, r) for r in site.related(source, 5)]


def test_times_attachments_and_bodies_of_every_article(crawled):
    family, server, db_path, _, _ = crawled
    stored = articles_by_url(db_path)
    with_attachments = 0
    for source in server.site.public_articles():
        article = stored[stored_url(family, server, source)]
        published = datetime.fromisoformat(article["published"]).replace(tzinfo=None)
        assert published.replace(second=0) == source.published.replace(second=0)  # minutes: every family shows them
        assert article["body"] == "\n\n".join(source.paragraphs)  # the broken page's too
        assert json.loads(article["attachments"]) == [base(server) + href for href in source.attachments]
        with_attachments += bool(source.attachments)
    assert with_attachments >= 5


def test_broken_pages_recorded_and_the_crawl_goes_on(crawled):
    family, server, db_path, result, _ = crawled
    site = server.site
    errors = {url: (status, reason)
              for url, status, reason in query(db_path, "SELECT url, status, reason FROM crawl_errors")}
    empty = stored_url(family, server, site.specials[site.EMPTY])
    assert errors.pop(empty)[0] == 200
    assert errors == {stored_url(family, server, site.specials[site.ERROR_404]): (404, "HTTP 404"),
                      stored_url(family, server, site.specials[site.ERROR_500]): (500, "HTTP 500")}
    # The empty page's row says what each reader found: the family's selectors and the generic reader alike.
    [reason] = [r for u, _, r in query(db_path, "SELECT url, status, reason FROM crawl_errors") if u == empty]
    assert reason.startswith(f"no article found in page: family:{family}: ") and "generic: " in reason
    assert f"Nothing taken from {empty}: no article found in page: " in result.stderr
    assert "'socongthuong/pages_without_yield/no article found in page': 1" in result.stderr


def test_listings_paginated_in_the_family_form_print_views_and_files_not_fetched(crawled):
    family, server, _, _, requests = crawled
    _, second_page, print_mark, _ = FAMILIES[family]
    assert any(second_page in target for target in requests)
    assert not any(print_mark in target for target in requests)
    assert not any(target.lower().endswith((".pdf", ".doc")) for target in requests)
    if family == "sharepoint-trang":  # the province portal around the department's section is not crawled
        assert not any(t.startswith("/Trang/") for t in requests)


def test_articles_only_a_sitemap_or_feed_names_are_found(crawled):
    family, server, db_path, result, requests = crawled
    hidden = [a for a in server.site.public_articles() if not a.category.in_menu]  # no menu or list links to them
    if family not in DISCOVERY:
        assert hidden == []
        return
    for path in DISCOVERY[family]:
        assert path in requests
    assert len(hidden) >= 5
    urls = {url for (url,) in query(db_path, "SELECT url FROM articles")}
    assert {stored_url(family, server, a) for a in hidden} <= urls
    assert "socongthuong/links_from_" in result.stderr


def test_robots_txt_obeyed(crawled):
    family, server, _, result, requests = crawled
    assert "/robots.txt" in requests
    closed = CLOSED_BY_ROBOTS.get(family)
    if closed:  # a page the copy links to that robots.txt closes
        assert f"Disallow: {closed}" in server.site.robots_txt
        home = server.site.reply(server.site.url("home"), {}).body.decode()
        assert f'href="{closed}' in home  # linked from every page: only robots.txt keeps the crawl out
        assert not any(target.startswith(closed) for target in requests)
        assert "'robotstxt/forbidden': " in result.stderr  # asked, and refused by the crawl itself
