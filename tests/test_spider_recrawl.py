"""End to end: a re-crawl of a local copy stops its listings where their articles are all stored, finds the
articles published since, and ``-a full=1`` still reads every listing page (spiders/recrawl.py)."""

import sqlite3
from collections import Counter
from datetime import timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest

from spiders.recrawl import listing_page
from spiders.run import FAST_SETTINGS, run_crawl
from spiders.settings import RECRAWL_STOP_AFTER_STORED_LISTINGS as STOP
from testsites import serve

ARTICLES = 400  # four categories: one of 2 listing pages, three of 13


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def crawl(server, db_path, **options):
    result = run_crawl(db_path, **{"site": "haiduong", "start_url": server.url, **FAST_SETTINGS,
                                   "EXTRACT_WORKERS": "0", "DOWNLOAD_TIMEOUT": "30", **options})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def listing_pages_fetched(requests) -> Counter:
    """(category, page) of every listing page asked for."""
    fetched: Counter = Counter()
    for target in requests:
        parts = urlsplit(target)
        if parts.path.lower() == "/news.aspx":
            fields = dict(parse_qsl(parts.query))
            fetched[(int(fields["cat"]), int(fields.get("page", 1)))] += 1
    return fetched


def articles_fetched(requests) -> set[int]:
    return {int(dict(parse_qsl(urlsplit(target).query))["id"]) for target in requests
            if urlsplit(target).path.lower() == "/newsdetail.aspx"}


def stat(result, name: str) -> int:
    found = [line for line in result.stderr.splitlines() if f"'socongthuong/recrawl/{name}': " in line]
    return int(found[0].rsplit(":", 1)[1].strip(" ,}")) if found else 0


def public_listing_pages(site) -> dict[int, int]:
    return {c: site.listing_pages(c) for c in site.categories if c not in site.hidden_categories}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A copy crawled once (a first crawl: every listing page), and its database."""
    server = serve("haiduong", articles=ARTICLES, slow_seconds=0)
    db_path = tmp_path_factory.mktemp("recrawl") / "first.db"
    crawl(server, db_path)
    pages = public_listing_pages(server.site)
    assert listing_pages_fetched(server.requests) == {(c, p): 1 for c, n in pages.items() for p in range(1, n + 1)}
    yield server, db_path
    server.shutdown()


def copy_of(db_path, folder):
    copy = folder / "again.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def test_an_unchanged_copy_is_recrawled_in_a_few_listing_pages(crawled, tmp_path):
    server, first = crawled
    db_path = copy_of(first, tmp_path)
    before = query(db_path, "SELECT id, url FROM articles ORDER BY id")
    server.requests.clear()
    result = crawl(server, db_path)
    fetched = listing_pages_fetched(server.requests)
    pages = public_listing_pages(server.site)
    # Each listing: its first STOP pages (all stored), then the chain stops; never a page twice.
    assert fetched == {(c, p): 1 for c, n in pages.items() for p in range(1, min(n, STOP) + 1)}
    assert sum(fetched.values()) * 3 < sum(pages.values())
    assert query(db_path, "SELECT id, url FROM articles ORDER BY id") == before
    site = server.site
    assert articles_fetched(server.requests) <= {site.ERROR_404, site.ERROR_500, site.EMPTY}  # never stored
    chains_stopped = sum(n >= STOP for n in pages.values())
    assert chains_stopped == 3 and stat(result, "listing_chains_stopped") == chains_stopped
    assert stat(result, "listing_pages_all_stored") == sum(fetched.values())
    said = [line for line in result.stderr.splitlines() if "Re-crawl of haiduong: a listing chain stopped" in line]
    assert len(said) == 1 and "-a full=1" in said[0]


def test_a_full_pass_reads_every_listing_page(crawled, tmp_path):
    server, first = crawled
    db_path = copy_of(first, tmp_path)
    server.requests.clear()
    result = crawl(server, db_path, arguments={"full": "1"})
    pages = public_listing_pages(server.site)
    assert listing_pages_fetched(server.requests) == {(c, p): 1 for c, n in pages.items() for p in range(1, n + 1)}
    assert "Re-crawl of haiduong" not in result.stderr and stat(result, "listing_chains_stopped") == 0
    site = server.site
    assert articles_fetched(server.requests) <= {site.ERROR_404, site.ERROR_500, site.EMPTY}  # stored: skipped


def test_after_an_interrupted_run_every_listing_page_is_read(crawled, tmp_path):
    """Stored articles after a run that did not go through are the front of the listings, not all of them."""
    server, first = crawled
    db_path = copy_of(first, tmp_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE runs SET status = 'interrupted'")
    server.requests.clear()
    crawl(server, db_path)
    pages = public_listing_pages(server.site)
    assert listing_pages_fetched(server.requests) == {(c, p): 1 for c, n in pages.items() for p in range(1, n + 1)}


def test_the_setting_at_zero_reads_every_listing_page(crawled, tmp_path):
    server, first = crawled
    db_path = copy_of(first, tmp_path)
    server.requests.clear()
    crawl(server, db_path, RECRAWL_STOP_AFTER_STORED_LISTINGS="0")
    pages = public_listing_pages(server.site)
    assert sum(listing_pages_fetched(server.requests).values()) == sum(pages.values())


def test_new_articles_are_found_and_the_old_not_fetched_again(tmp_path):
    server = serve("haiduong", articles=ARTICLES, slow_seconds=0)
    try:
        db_path = tmp_path / "grown.db"
        crawl(server, db_path)
        site = server.site
        old_ids = set(site.articles)
        before = len(query(db_path, "SELECT url FROM articles"))
        # Published since: 25 at the front of category 3 (its pages 1-3), 4 at the front of category 7, and one
        # dated back between the 15th and 16th newest of category 5 (its page 2, after a page of stored ones).
        new = site.publish(3, 25) + site.publish(7, 4)
        fifteenth, sixteenth = site.in_category(5)[14:16]
        new += site.publish(5, 1, sixteenth.published + (fifteenth.published - sixteenth.published) / 2)
        assert new[-1].id in [a.id for a in site.listing_items(5, 2)]
        assert [a.id for a in site.listing_items(3, 1)] == [a.id for a in new[:10]]
        server.requests.clear()
        result = crawl(server, db_path)
        stored = {url for (url,) in query(db_path, "SELECT url FROM articles")}
        assert {server.url.rstrip("/") + site.article_url(a) for a in new} <= stored
        assert len(stored) == before + len(new) == before + 30
        assert articles_fetched(server.requests) - {a.id for a in new} <= \
            {site.ERROR_404, site.ERROR_500, site.EMPTY}  # no stored article fetched again
        assert not articles_fetched(server.requests) & (old_ids - {site.ERROR_404, site.ERROR_500, site.EMPTY})
        fetched = listing_pages_fetched(server.requests)
        pages = public_listing_pages(site)
        # Category 3: three pages with new articles, then STOP stored ones; 5: page 2 started the count again.
        assert {p for c, p in fetched if c == 3} == set(range(1, 3 + STOP + 1))
        assert {p for c, p in fetched if c == 5} == set(range(1, 2 + STOP + 1))
        assert {p for c, p in fetched if c == 7} == set(range(1, 1 + STOP + 1))
        assert max(fetched.values()) == 1 and sum(fetched.values()) * 2 < sum(pages.values())
        assert stat(result, "listing_chains_stopped") == 3
    finally:
        server.shutdown()


def test_a_page_with_new_articles_behind_a_full_pager_is_reached_page_by_page(tmp_path):
    """The copy's pager links every page: page 1, with a new article, must not request them all at once."""
    server = serve("haiduong", articles=ARTICLES, slow_seconds=0)
    try:
        db_path = tmp_path / "pager.db"
        crawl(server, db_path)
        site = server.site
        site.publish(7, 1)
        # One more dated back onto page 6: after pages 2-5 of stored articles the chain has stopped (STOP 3).
        sixth = site.listing_items(7, 6)[0]
        deep = site.publish(7, 1, sixth.published + timedelta(seconds=1))[0]
        assert site.listing_items(7, 6)[0].id == deep.id
        server.requests.clear()
        crawl(server, db_path)
        fetched = listing_pages_fetched(server.requests)
        assert {p for c, p in fetched if c == 7} == set(range(1, 1 + STOP + 1))
        assert articles_fetched(server.requests) & {deep.id} == set()  # the limit of a re-crawl: a full pass finds it
        server.requests.clear()
        crawl(server, db_path, arguments={"full": "1"})
        assert deep.id in articles_fetched(server.requests)
    finally:
        server.shutdown()


# family: the registry's site argument its copy is crawled as (else none: the family recognised from the pages)
FAMILY_SITES = {"nukeviet": None, "liferay6": None, "liferay7": None, "sharepoint-portal": None,
                "sharepoint-trang": "quangninh", "wordpress": None, "dotnetnuke": None}


@pytest.mark.parametrize("family", sorted(FAMILY_SITES))
def test_each_family_copy_is_recrawled_in_its_first_listing_pages(family, tmp_path):
    """Every family's pager (numbers, windows, next links; Liferay's portlet parameters on all pages but the
    first) and its sitemaps and feeds: a re-crawl reads each listing's first STOP pages and no stored article."""
    server = serve(family, articles=120, slow_seconds=0)
    try:
        site = server.site
        # A listing page asked for, in whatever form the crawl canonicalised its link: its listing's address.
        listings = {listing_page(server.url + site.url("listing", category=c).lstrip("/")).where
                    for c in site.menu_categories()}
        assert max(site.listing_pages(c.id) for c in site.menu_categories()) > STOP + 1

        def listing_pages_read() -> list[int]:
            return sorted(page.number for page in (listing_page(server.url + t.lstrip("/")) for t in server.requests)
                          if page.where in listings)

        articles = {site.article_url(a) for a in site.articles.values()}
        options = {"site": FAMILY_SITES[family], "start_url": server.url + site.url("home").lstrip("/")}
        db_path = tmp_path / "family.db"
        crawl(server, db_path, **options)
        assert max(listing_pages_read()) > STOP  # the first crawl read them all
        before = query(db_path, "SELECT id, url FROM articles ORDER BY id")
        server.requests.clear()
        crawl(server, db_path, **options)
        read = listing_pages_read()
        assert read and max(read) == STOP, read
        assert not articles & set(server.requests)  # every article stored: none fetched again
        assert query(db_path, "SELECT id, url FROM articles ORDER BY id") == before
    finally:
        server.shutdown()


def test_a_postback_pager_is_recrawled_page_by_page(tmp_path):
    """Listings that page by __doPostBack (numbers in blocks of ten, Next, LinkButtons): the same stop."""
    server = serve("haiduong-postback", articles=ARTICLES, slow_seconds=0)
    try:
        db_path = tmp_path / "postback.db"
        crawl(server, db_path)
        site = server.site
        pages = public_listing_pages(site)
        every_page_once = {(c, p): 1 for c, n in pages.items() for p in range(1, n + 1)}
        assert site.listing_pages_asked(server.exchanges) == every_page_once
        new = site.publish(3, 15) + site.publish(5, 2) + site.publish(7, 12)  # numbers, Page$Next, LinkButtons
        server.exchanges.clear()
        crawl(server, db_path)
        stored = {url for (url,) in query(db_path, "SELECT url FROM articles")}
        assert {server.url.rstrip("/") + site.article_url(a) for a in new} <= stored
        fetched = site.listing_pages_asked(server.exchanges)
        assert max(fetched.values()) == 1
        for category, with_new in ((3, 2), (5, 1), (7, 2)):
            assert {p for c, p in fetched if c == category} == set(range(1, with_new + STOP + 1)), category
        posts = [target for method, target, _ in server.exchanges if method == "POST"]
        assert len(posts) == sum(fetched.values()) - len(pages)  # every page but the first by a postback
    finally:
        server.shutdown()
