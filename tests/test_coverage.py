"""Per-site coverage of each run: counted as articles are stored, kept in run_sites, compared between runs."""

import re
import sqlite3
from types import SimpleNamespace

import pytest

from db import coverage, open_db
from db.write import coverage_drops, save_run_sites, start_run
from spiders.run import FAST_SETTINGS, run_crawl
from testsites.family_sites import family_article_page
from testsites.server import MirrorServer
from testsites.sites import Reply


class Stats(dict):
    def inc_value(self, key, count=1):
        self[key] = self.get(key, 0) + count


def article(site="sct", title="Tiêu đề", published="2020-01-01T08:00:00+07:00", body="Nội dung"):
    return SimpleNamespace(site=site, title=title, published=published, body=body)


def test_counted_per_site_and_field():
    stats = Stats()
    coverage.count(stats, article(), facts=3)
    coverage.count(stats, article(published=None), facts=0)
    coverage.count(stats, article(site="other", body=""), facts=1)
    assert coverage.from_stats({**stats, "socongthuong/articles_stored": 3}) == {
        "sct": {"articles": 2, "with_title": 2, "with_published": 1, "with_body": 2, "with_facts": 1},
        "other": {"articles": 1, "with_title": 1, "with_published": 1, "with_body": 0, "with_facts": 1},
    }
    assert coverage.summary(coverage.from_stats(stats)) == (
        "Coverage by site: other 1 articles (title 100%, published 100%, body 0%, facts 100%); "
        "sct 2 articles (title 100%, published 50%, body 100%, facts 50%)")


def test_a_shared_crawls_writer_counts_an_article_stored_twice_once_as_last_stored():
    by_article = coverage.ByArticle()
    by_article.add({"url": "http://a/1", "site": "sct", "title": "T", "published": None, "body": "B"}, 0)
    by_article.add({"url": "http://a/2", "site": "sct", "title": "T", "published": "2020", "body": ""}, 2)
    # a message replayed after the writer died, the page read again after its worker died
    by_article.add({"url": "http://a/1", "site": "sct", "title": "T", "published": "2020", "body": "B"}, 1)
    by_article.add({"url": "http://b/1", "site": "other", "title": "", "published": None, "body": None}, 0)
    assert by_article.by_site() == {
        "sct": {"articles": 2, "with_title": 2, "with_published": 2, "with_body": 1, "with_facts": 2},
        "other": {"articles": 1, "with_title": 0, "with_published": 0, "with_body": 0, "with_facts": 0},
    }


def counts(articles, title, published, body, facts):
    return {"articles": articles, "with_title": title, "with_published": published, "with_body": body,
            "with_facts": facts}


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "bulletins.db")
    yield database
    database.close()


def test_run_sites_stored_once_per_run_and_site(db):
    run = start_run(db, "scrapy crawl socongthuong", "1")
    save_run_sites(db, run, {"sct": counts(20, 20, 19, 20, 18), "bg": counts(4, 4, 4, 4, 0)})
    save_run_sites(db, run, {"sct": counts(20, 20, 19, 20, 18)})  # again: replaced, not duplicated
    rows = db.execute("SELECT run, site, articles, with_title, with_published, with_body, with_facts "
                      "FROM run_sites ORDER BY site").fetchall()
    assert rows == [(run, "bg", 4, 4, 4, 4, 0), (run, "sct", 20, 20, 19, 20, 18)]


@pytest.mark.parametrize("before, now, expected", [
    (counts(20, 20, 20, 20, 18), counts(15, 15, 2, 15, 13), [("sct", "with_published", 1.0, 2 / 15)]),
    (counts(20, 20, 20, 20, 18), counts(15, 15, 14, 15, 12), []),  # 100% -> 93%, 90% -> 80%: noise
    (counts(20, 20, 20, 20, 20), counts(2, 2, 0, 2, 0), []),  # two articles say too little
    (counts(0, 0, 0, 0, 0), counts(10, 10, 0, 10, 0), []),  # nothing to compare with
])
def test_a_share_falling_well_below_the_previous_run_is_found(db, before, now, expected):
    first = start_run(db, "crawl", "1")
    save_run_sites(db, first, {"sct": before})
    second = start_run(db, "crawl", "1")
    save_run_sites(db, second, {"sct": now, "new": counts(5, 0, 0, 0, 0)})
    assert coverage_drops(db, second) == expected


# --- end to end: two crawls of a site whose layout loses its dates ----------------------------------------


class ChangingSite:
    """Four NukeViet articles; ``dated = False`` takes their times away, as a new theme might."""

    name = "changing"

    def __init__(self):
        self.page = family_article_page("nukeviet")[2].decode("utf-8")  # the family's test page, from its copy
        self.dated = True

    def reply(self, path: str, query: dict) -> Reply:
        if path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow:\n", "text/plain")
        if path == "/":
            links = "".join(f'<li><a href="/vi/news/khuyen-cong/bai-{n}.html">Bài viết số {n} về khuyến công</a></li>'
                            for n in range(4))
            return Reply(200, f"<html><body><ul>{links}</ul></body></html>".encode())
        if path.startswith("/vi/news/khuyen-cong/bai-"):
            page = self.page if self.dated else re.sub(r'<span class="h5">[^<]*</span>', "", self.page)
            return Reply(200, page.encode())
        return Reply(404, b"<html><body>404</body></html>")


def test_every_crawl_stores_its_coverage_and_warns_when_a_layout_changes(tmp_path):
    site = ChangingSite()
    server = MirrorServer(site).start_in_thread()
    db_path = tmp_path / "bulletins.db"
    settings = {**FAST_SETTINGS, "EXTRACT_WORKERS": "0"}
    try:
        first = run_crawl(db_path, start_url=server.url, **settings)
        site.dated = False
        second = run_crawl(db_path, start_url=server.url, refresh=True, **settings)
    finally:
        server.shutdown()
    for result in (first, second):
        assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT run, site, articles, with_title, with_published, with_body, with_facts "
                            "FROM run_sites ORDER BY run").fetchall()
    (run1, *row1), (run2, *row2) = rows
    assert run1 < run2
    assert row1 == ["127.0.0.1", 4, 4, 4, 4, 4]
    assert row2 == ["127.0.0.1", 4, 4, 0, 4, 4]
    assert "Coverage by site: 127.0.0.1 4 articles (title 100%, published 100%, body 100%, facts 100%)" in first.stderr
    assert "Coverage of 127.0.0.1 fell" not in first.stderr
    assert "Coverage of 127.0.0.1 fell: published in 0% of its articles, 100% in its previous run" in second.stderr


def test_settle_run_marks_sites_that_gave_nothing_and_leaves_no_trace_of_them(db):
    from db.write import ensure_site, save_article, settle_run

    for site in ("sct", "bg", "gone"):
        ensure_site(db, site, site.upper(), f"https://{site}.example/")
    save_article(db, {"url": "https://bg.example/1", "site": "bg", "title": "t", "body": "b"}, [], "1")
    run = start_run(db, "scrapy crawl socongthuong", "1")
    # sct stored 2 articles; bg was reached but had nothing new; gone gave nothing, ever.
    status = settle_run(db, run, {"sct": counts(2, 2, 2, 2, 0)}, sites=["sct", "bg", "gone"], pages=5)
    # sct's articles are counted but not in this database (no save_article): it gave nothing that is kept.
    assert status == {"sct": "reached", "bg": "reached", "gone": "failed"}
    rows = db.execute("SELECT site, articles, status FROM run_sites WHERE run = ? ORDER BY site", [run]).fetchall()
    assert rows == [("bg", 0, "reached"), ("gone", 0, "failed"), ("sct", 2, "reached")]
    assert {r[0] for r in db.execute("SELECT site FROM sites")} == {"bg"}  # no article of sct or gone is stored


def test_a_run_that_reached_nothing_is_failed(db):
    from db.write import ensure_site, finish_run, settle_run

    ensure_site(db, "sct", "SCT", "https://sct.example/")
    run = start_run(db, "scrapy crawl socongthuong", "1")
    finish_run(db, run, pages=0, articles=0, facts=0, errors=0)
    assert settle_run(db, run, {}, sites=["sct"], pages=0, unreachable={"sct"}) == {"sct": "failed"}
    assert db.execute("SELECT status FROM runs WHERE id = ?", [run]).fetchone() == ("failed",)
    assert db.execute("SELECT count(*) FROM sites").fetchone() == (0,)
