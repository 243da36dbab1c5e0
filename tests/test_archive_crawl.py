"""End to end: ``scrapy crawl socongthuong -a archive=URL`` against a local Wayback-compatible double.

The double (testsites/wayback.py) archives the Hải Dương copy under the site's real address, so the
articles must come out under ``http://sct.haiduong.gov.vn/...`` with their capture times.
"""

import os
import signal
import sqlite3
import subprocess
import time
from urllib.parse import parse_qsl, urlsplit

import pytest

from db import open_db
from db.write import save_article
from spiders.run import PROJECT_ROOT, crawl_command
from testsites.wayback import serve_wayback

ORIGIN = "http://sct.haiduong.gov.vn"
SEED_URL = f"{ORIGIN}/NewsDetail.aspx?id=1531"

# Polite settings except the delays: the double answers at once, and the tests wait for nothing else.
ARCHIVE_SETTINGS = {
    # A delay, however short, also makes Scrapy 2.19 send one request at a time: with none, a slot of
    # concurrency 1 starts every request queued in it at once.
    "ARCHIVE_DELAY": "0.01", "AUTOTHROTTLE_ENABLED": "0", "DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "30",
    "ARCHIVE_CDX_PAGE_SIZE": "20",  # 70 captures listed: four pages, three resumption keys
    "EXTRACT_WORKERS": "0", "PROGRESS_INTERVAL": "0", "TELNETCONSOLE_ENABLED": "0", "RETRY_BACKOFF_BASE": "0.2",
}


def archive_command(double, db_path, tmp_path, *, archive_at=None, refresh=False, **settings):
    settings = {**ARCHIVE_SETTINGS, "WARC_DIR": str(tmp_path / "crawls"), **settings}
    command = crawl_command(db_path, site="haiduong", refresh=refresh, **settings) + ["-a", f"archive={double.url}"]
    return command + (["-a", f"archive_at={archive_at}"] if archive_at else [])


def archive_crawl(double, db_path, tmp_path, **options):
    result = subprocess.run(archive_command(double, db_path, tmp_path, **options), cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def stored(db_path) -> dict[str, str]:
    return dict(query(db_path, "SELECT url, archived_at FROM articles"))


def capture_requests(log) -> list[str]:
    return [target for _, target, _ in log if target.startswith("/web/")]


@pytest.fixture(scope="module")
def double():
    server = serve_wayback("haiduong")
    yield server
    server.shutdown()


@pytest.fixture
def archive(double):
    """The archive double, its request log and storm settings reset."""
    double.site.log.clear()
    double.site.requests = 0  # storms count requests from here
    double.site.storm, double.site.refusing, double.site.delay = None, False, 0.0
    return double


@pytest.fixture(scope="module")
def first_crawl(double, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("archive")
    double.site.log.clear()
    result = archive_crawl(double, tmp_path / "b.db", tmp_path)
    return tmp_path / "b.db", result, list(double.site.log)


def test_every_article_stored_once_under_its_original_url_with_its_capture_time(double, first_crawl):
    db_path, _, _ = first_crawl
    urls = [url for (url,) in query(db_path, "SELECT url FROM articles")]
    expected = double.site.expected_articles()
    assert len(expected) >= 45
    assert len(urls) == len(set(urls))
    assert stored(db_path) == expected


def test_articles_are_read_as_the_live_pages(first_crawl):
    db_path, _, _ = first_crawl
    [(title, published, author, source, archive_url, related)] = query(
        db_path, "SELECT title, published, author, source, archive_url, related FROM articles WHERE url = ?",
        SEED_URL)
    assert (title, published, author) == ("Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018",
                                          "2019-06-24T07:43:26+07:00", "Nguyễn Hồng Chuyến")
    assert source == "archive"
    assert urlsplit(archive_url).path.startswith("/web/20190626104326id_/http://sct.haiduong.gov.vn/")
    assert related.count(f"{ORIGIN}/NewsDetail.aspx?id=") == 10  # links resolved against the original site
    assert query(db_path, "SELECT count(*) FROM money m JOIN articles a ON a.id = m.article "
                          "WHERE a.url = ? AND m.value = 11072000000", SEED_URL) == [(1,)]


def test_captures_listed_through_the_cdx_api_page_by_page(first_crawl):
    _, _, log = first_crawl
    listings = [dict(parse_qsl(urlsplit(target).query)) for _, target, _ in log if target.startswith("/cdx/")]
    assert len(listings) >= 4
    assert all(q["output"] == "json" and q["collapse"] == "urlkey" and q["matchType"] == "host" for q in listings)
    assert sum("resumeKey" in q for q in listings) == len(listings) - 1


def test_only_original_bytes_are_fetched_never_the_replay_page(first_crawl):
    _, _, log = first_crawl
    captures = capture_requests(log)
    assert captures
    assert all("id_/http://sct.haiduong.gov.vn/" in target for target in captures)
    assert not any("/images/" in t or "robots.txt" in t or "/tin-tuc/" in t for t in captures)  # filtered out


def test_one_request_per_article_form_and_missing_captures_recorded(double, first_crawl):
    db_path, _, log = first_crawl
    # First requests (not redirects the archive sent): one per canonical article or listing.
    asked = [target for target in capture_requests(log) if "/web/99991231235959id_/" in target]
    assert len(asked) == len(set(asked))
    assert not any("print=1" in target for target in asked)  # the print view is the same article
    errors = {url: (status, reason)
              for url, status, reason in query(db_path, "SELECT url, status, reason FROM crawl_errors")}
    missing = [v for url, v in errors.items() if url.endswith(f"NewsDetail.aspx?id={double.site.missing_id}")]
    assert missing == [(404, "HTTP 404")]


def test_a_capture_of_a_redirect_is_followed_in_the_archive(double, first_crawl):
    db_path, result, _ = first_crawl
    url = f"{ORIGIN}/NewsDetail.aspx?id={double.site.redirected_id}"
    [(archived_at, archive_url)] = query(db_path, "SELECT archived_at, archive_url FROM articles WHERE url = ?", url)
    assert archived_at == "2024-03-01T09:01:00+00:00"
    assert archive_url.endswith(f"/web/20240301090100id_/{url}&lang=vi")


def test_a_second_run_fetches_and_stores_nothing_new(archive, first_crawl, tmp_path):
    db_path, _, _ = first_crawl
    before = query(db_path, "SELECT id, url, archived_at, content_hash FROM articles ORDER BY id")
    facts_before = query(db_path, "SELECT count(*) FROM money")
    result = archive_crawl(archive, db_path, tmp_path)
    assert query(db_path, "SELECT id, url, archived_at, content_hash FROM articles ORDER BY id") == before
    assert query(db_path, "SELECT count(*) FROM money") == facts_before
    fetched = {dict(parse_qsl(urlsplit(t).query)).get("id") for t in capture_requests(archive.site.log)}
    assert fetched <= {str(archive.site.missing_id), str(archive.site.site.EMPTY), None}  # not stored: asked again
    assert "'socongthuong/articles_skipped_stored': " in result.stderr


def test_archive_at_picks_the_closest_capture(archive, tmp_path):
    db_path = tmp_path / "b.db"
    archive_crawl(archive, db_path, tmp_path, archive_at="20180701")
    [(title, archived_at)] = query(db_path, "SELECT title, archived_at FROM articles WHERE url = ?", SEED_URL)
    assert title == archive.site.seed_old_title
    assert archived_at.startswith("2018-06-24T")


def test_a_capture_never_overwrites_an_article_read_live(archive, tmp_path):
    db_path = tmp_path / "b.db"
    database = open_db(db_path)
    save_article(database, {"url": SEED_URL, "site": "haiduong", "title": "Đọc trực tiếp", "lead": None,
                            "body": "Kinh phí 5 tỷ đồng.", "source": "live"}, [], "v")
    database.close()
    archive_crawl(archive, db_path, tmp_path, refresh=True)  # even when asked to fetch it again
    assert query(db_path, "SELECT title, source FROM articles WHERE url = ?", SEED_URL) == [("Đọc trực tiếp", "live")]
    assert len(stored(db_path)) == len(archive.site.expected_articles())


def test_a_429_storm_slows_the_crawl_and_loses_nothing(archive, tmp_path):
    archive.site.storm, archive.site.retry_after = (12, 5), 1  # requests 12 to 16 answered 429
    db_path = tmp_path / "b.db"
    result = archive_crawl(archive, db_path, tmp_path)
    log = archive.site.log
    refused = [i for i, (_, _, status) in enumerate(log) if status == 429]
    assert len(refused) == 5
    # After each 429 the archive heard nothing for the second its Retry-After asked.
    for index in refused:
        assert log[index + 1][0] - log[index][0] >= 0.9
    assert stored(db_path) == archive.site.expected_articles()
    assert "'socongthuong/retry_waits': 5" in result.stderr


def test_an_archive_that_keeps_refusing_stops_the_crawl_and_the_jobdir_resumes_it(archive, tmp_path):
    archive.site.storm, archive.site.retry_after = (50, 10**9), 0  # from the 50th request on: 429 to all
    db_path, jobdir = tmp_path / "b.db", tmp_path / "job"
    options = {"JOBDIR": str(jobdir), "ARCHIVE_RETRY_TIMES": "1", "ARCHIVE_MAX_REFUSALS": "3"}
    result = archive_crawl(archive, db_path, tmp_path, **options)
    assert "The archive refused 3 requests in a row" in result.stderr
    assert "'finish_reason': 'archive_refused'" in result.stderr
    partial = stored(db_path)
    assert 0 < len(partial) < len(archive.site.expected_articles())
    archive.site.storm = None
    archive_crawl(archive, db_path, tmp_path, **options)
    assert stored(db_path) == archive.site.expected_articles()
    assert query(db_path, "SELECT count(*) FROM crawl_errors WHERE status = 429") == [(0,)]


def test_killed_mid_crawl_and_resumed_loses_and_duplicates_nothing(archive, first_crawl, tmp_path):
    # The archive answers 20 captures of articles (not counting the probes for the latest capture, /web/9999...),
    # then holds the next until the crawl is killed: halfway, whatever the machine's speed.
    archive.hold_after(20, lambda target: target.startswith("/web/") and not target.startswith("/web/9999")
                       and "newsdetail.aspx" in target.lower())
    db_path, jobdir = tmp_path / "b.db", tmp_path / "job"
    command = archive_command(archive, db_path, tmp_path, JOBDIR=str(jobdir), EXTRACT_WORKERS="1")
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if archive.held and len(query(db_path, "SELECT url FROM articles")) >= 10:
                    break
            except sqlite3.OperationalError:  # not created yet
                pass
            time.sleep(0.05)
        else:
            pytest.fail("the crawl ended, or stored no 10 articles in 120 s")
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the crawl and its store worker
        process.wait()
        archive.open_gate()
    killed_with = len(stored(db_path))
    assert killed_with < len(archive.site.expected_articles())
    archive_crawl(archive, db_path, tmp_path, JOBDIR=str(jobdir))
    assert stored(db_path) == archive.site.expected_articles()
    # Facts once each: the same as the uninterrupted crawl's.
    clean_db, _, _ = first_crawl
    count = "SELECT a.url, count(m.article) FROM articles a LEFT JOIN money m ON m.article = a.id GROUP BY a.url"
    assert dict(query(db_path, count)) == dict(query(clean_db, count))


def test_a_host_no_profile_names_is_read_by_the_generic_reader(tmp_path):
    double = serve_wayback("plain")
    try:
        command = crawl_command(tmp_path / "b.db", start_url="http://bqlkcn.example.vn/",
                                **{**ARCHIVE_SETTINGS, "WARC_DIR": str(tmp_path / "crawls")})
        result = subprocess.run(command + ["-a", f"archive={double.url}"], cwd=PROJECT_ROOT,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-3000:]
    finally:
        double.shutdown()
    expected = double.site.expected_articles()
    assert len(expected) >= 5
    assert stored(tmp_path / "b.db") == expected
    assert query(tmp_path / "b.db", "SELECT DISTINCT site, source FROM articles") == [("bqlkcn.example.vn", "archive")]
