"""What decides where a re-crawl stops (spiders/recrawl.py): listing pages, the count of stored pages, the pager
followed one page at a time, the sites whose latest run went through. The crawls: tests/test_spider_recrawl.py."""

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.settings import Settings
from scrapy.statscollectors import StatsCollector

from db import open_db
from db.write import finish_run, record_error, save_run_sites, sites_crawled_through, start_run
from reader.profiles import load_profile
from spiders.discovery import Discovery
from spiders.links import LinkJudge
from spiders.recrawl import NewArticles, listing_page, next_page_only, same_listing, stored_run

H = "http://127.0.0.1:8000"


@pytest.mark.parametrize("url, where, number", [
    (f"{H}/News.aspx?cat=3&page=4", f"{H}/News.aspx", 4),  # aspnet-tables
    (f"{H}/News.aspx?cat=3", f"{H}/News.aspx", 1),
    (f"{H}/vi/news/tin-tuc/page-12", f"{H}/vi/news/tin-tuc", 12),  # nukeviet
    (f"{H}/vi/news/tin-tuc/", f"{H}/vi/news/tin-tuc", 1),
    (f"{H}/category/tin-tuc/page/3/", f"{H}/category/tin-tuc", 3),  # wordpress
    (f"{H}/portal/Pages/Tin-tuc.aspx?PageIndex=2", f"{H}/portal/Pages/Tin-tuc.aspx", 2),  # sharepoint-portal
    (f"{H}/Default.aspx?tabid=5&cateid=7&currentpage=9", f"{H}/Default.aspx", 9),  # dotnetnuke
    (f"{H}/web/guest/tin?p_p_id=101_INSTANCE_K&_101_INSTANCE_K_cur=6", f"{H}/web/guest/tin", 6),  # liferay
    (f"{H}/tin-tuc?page=abc", f"{H}/tin-tuc", 1),  # no number: the first page
])
def test_a_listing_url_is_a_page_of_its_listing(url, where, number):
    page = listing_page(url)
    assert (page.where, page.number) == (where, number)


@pytest.mark.parametrize("url, other, same", [
    (f"{H}/News.aspx?cat=3", f"{H}/News.aspx?cat=3&page=7", True),
    (f"{H}/News.aspx?cat=3&page=2", f"{H}/News.aspx?cat=5&page=3", False),  # another category
    (f"{H}/News.aspx?cat=3", f"{H}/News.aspx?cat=5", False),
    (f"{H}/vi/news/tin-tuc/", f"{H}/vi/news/tin-tuc/page-2", True),
    (f"{H}/vi/news/tin-tuc/", f"{H}/vi/news/thong-bao/page-2", False),
    # Liferay's first page is the bare listing; its pager adds the portlet's parameters to the others.
    (f"{H}/web/guest/tin", f"{H}/web/guest/tin?p_p_id=101_INSTANCE_K&_101_INSTANCE_K_delta=5&_101_INSTANCE_K_cur=3",
     True),
])
def test_pages_of_one_listing(url, other, same):
    assert same_listing(url, other) is same
    assert same_listing(other, url) is same


def test_a_listing_page_follows_only_its_next_page_and_other_listings():
    pager = [f"{H}/News.aspx?cat=3&page={n}" for n in (1, 2, 3, 4, 250)]
    others = [f"{H}/News.aspx?cat=5", f"{H}/News.aspx?cat=7&page=40"]
    kept, ahead = next_page_only(f"{H}/News.aspx?cat=3&page=2", [pager[0], *pager[2:], *others])
    assert kept == [f"{H}/News.aspx?cat=3&page=1", f"{H}/News.aspx?cat=3&page=3", *others]
    assert ahead == 2
    kept, ahead = next_page_only(f"{H}/News.aspx?cat=3", pager[1:])
    assert (kept, ahead) == ([f"{H}/News.aspx?cat=3&page=2"], 3)


@pytest.mark.parametrize("previous, brings_new, count", [(0, False, 1), (2, False, 3), (2, True, 0), (0, True, 0)])
def test_the_count_of_listing_pages_without_a_new_article(previous, brings_new, count):
    assert stored_run(previous, brings_new) == count


STORED = [f"{H}/NewsDetail.aspx?id={n}" for n in range(10)]
NEW = [f"{H}/NewsDetail.aspx?id={n}" for n in range(100, 103)]


def test_a_page_of_stored_articles_brings_nothing_new():
    assert not NewArticles().brings_new(f"{H}/News.aspx?cat=3", STORED, set(STORED))
    assert not NewArticles().brings_new(f"{H}/News.aspx?cat=3", [], set(STORED))  # no article link at all


def test_a_sticky_article_is_new_on_the_first_page_of_its_listing_only():
    new = NewArticles()
    stored = set(STORED)
    assert new.brings_new(f"{H}/News.aspx?cat=3", [NEW[0], *STORED[:5]], stored)
    assert not new.brings_new(f"{H}/News.aspx?cat=3&page=2", [NEW[0], *STORED[5:]], stored)  # hot news again
    assert new.brings_new(f"{H}/News.aspx?cat=3&page=3", [NEW[0], NEW[1]], stored)  # one more, dated back
    # Another listing that shows it too: new there (its own listing's first sight).
    assert new.brings_new(f"{H}/News.aspx?cat=5", [NEW[0]], stored)
    assert not new.brings_new(f"{H}/News.aspx?cat=5&page=2", [NEW[0]], stored)


def test_a_link_left_by_one_page_is_listed_again_by_the_next():
    """A re-crawl leaves the pager's links beyond the next page: the page that shows them next must list them."""
    profile = load_profile("haiduong").served_from(H + "/")
    judge = LinkJudge()
    links = [f"{H}/News.aspx?cat=3&page={n}" for n in (2, 3)]
    first = judge.judge(links, profile, f"{H}/News.aspx?cat=3")
    assert first.listings == links and first.to_follow == 2
    judge.first_time(links[0])  # page 2 requested, page 3 left
    second = judge.judge(links, profile, f"{H}/News.aspx?cat=3&page=2")
    assert second.listings == [links[1]] and second.to_follow == 2


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "runs.db")
    yield database
    database.close()


def run(db, sites: dict[str, str], status: str = "finished") -> int:
    run_id = start_run(db, "scrapy crawl socongthuong", "test")
    finish_run(db, run_id, pages=1, articles=1, facts=0, errors=0, status=status)
    save_run_sites(db, run_id, {site: {"articles": 1} for site in sites}, sites)
    return run_id


def test_sites_crawled_through_are_those_whose_latest_run_went_through(db):
    assert sites_crawled_through(db) == set()
    run(db, {"haiduong": "reached", "bacgiang": "reached", "plain": "failed"})
    assert sites_crawled_through(db) == {"haiduong", "bacgiang"}
    run(db, {"bacgiang": "reached"}, status="interrupted")  # the latest run of bacgiang stopped half-way
    assert sites_crawled_through(db) == {"haiduong"}
    run(db, {"bacgiang": "reached"}, status="failed")
    assert sites_crawled_through(db) == {"haiduong"}
    run(db, {"bacgiang": "reached"})
    assert sites_crawled_through(db) == {"haiduong", "bacgiang"}


@pytest.mark.parametrize("reason", ["page cap reached: 50000 pages of haiduong fetched (MAX_PAGES_PER_SITE)",
                                    "too deep: more than 100 links from the start page (DEPTH_LIMIT)"])
def test_a_run_that_hit_the_page_cap_or_the_depth_limit_did_not_go_through(db, reason):
    run(db, {"haiduong": "reached"})
    record_error(db, f"{H}/News.aspx?cat=3&page=9", None, reason, "haiduong")
    assert sites_crawled_through(db) == set()  # the error's time is the run's (same second) or later
    db.conn.execute("UPDATE crawl_errors SET last_seen = '2000-01-01T00:00:00Z'")  # a cap of an older run
    assert sites_crawled_through(db) == {"haiduong"}


class SitemapReader(Discovery):
    """Discovery alone, on a re-crawl of the haiduong copy (or not): what a sitemap's URLs become."""

    def __init__(self, recrawling: bool):
        self.profile = load_profile("haiduong").served_from(H + "/")
        self.links = LinkJudge()
        self.crawler = SimpleNamespace(stats=StatsCollector(SimpleNamespace(settings=Settings())))
        self.on_recrawl = recrawling

    def profile_of(self, url):
        return self.profile

    def request(self, url, **kwargs):
        return Request(url)

    def recrawling(self, profile):
        return self.on_recrawl


@pytest.mark.parametrize("recrawling, requested", [
    (False, ["NewsDetail.aspx?id=5", "News.aspx?cat=3", "News.aspx?cat=3&page=7"]),
    (True, ["NewsDetail.aspx?id=5", "News.aspx?cat=3"]),  # page 7: the chain reaches it if it must
])
def test_a_sitemaps_later_listing_pages_are_left_to_a_recrawls_chains(recrawling, requested):
    reader = SitemapReader(recrawling)
    urls = [f"{H}/{path}" for path in ("NewsDetail.aspx?id=5", "News.aspx?cat=3", "News.aspx?cat=3&page=7")]
    found = [request.url for url in urls for request in reader.discovered(url, "sitemap")]
    assert found == [f"{H}/{path}" for path in requested]
    left = reader.crawler.stats.get_value("socongthuong/recrawl/listing_pages_from_sitemap_left")
    assert left == (1 if recrawling else None)
