"""Shared crawls through a real redis-server: three workers and one writer against a local copy.

Each test starts Debian's redis-server on a free port of 127.0.0.1 (no persistence, a temporary
directory) and stops it. Workers are real ``scrapy crawl ... -s REDIS_URL=...`` processes and the writer
is ``python -m db ingest``.
"""

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest
from redis_server import RedisServer

from spiders.run import FAST_SETTINGS, PROJECT_ROOT, crawl_command, run_crawl
from testsites import serve

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (apt-get install redis-server; CI does)")

ARTICLES = 300
# A loaded 2-core machine runs three crawls, a writer and the copy: a generous timeout (the copy's one slow
# page takes longer still, so it times out in every crawl alike).
PATIENT = {**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "8"}
WORKER_SETTINGS = {**PATIENT, "REDIS_IDLE_CLOSE": "3", "REDIS_WORKER_TIMEOUT": "10",
                   "CONCURRENT_REQUESTS_PER_DOMAIN": "4"}


@pytest.fixture
def redis_url(tmp_path):
    server = RedisServer(tmp_path).start()  # no persistence
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong", articles=ARTICLES, slow_seconds=20)
    yield server
    server.shutdown()


def start_worker(mirror, db_path, redis_url, **settings):
    command = crawl_command(db_path, site="haiduong", start_url=mirror.url,
                            **{**WORKER_SETTINGS, "REDIS_URL": redis_url, **settings})
    return subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)


def start_writer(db_path, redis_url, until_idle=10):
    return subprocess.Popen([sys.executable, "-m", "db", "ingest", str(db_path), "--redis", redis_url,
                             "--until-idle", str(until_idle)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process, timeout=240):
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode, (out or "") + (err or "")


def rows(db_path):
    """Articles (by URL) and every fact (by article URL), comparable across databases."""
    with sqlite3.connect(db_path) as conn:
        articles = conn.execute("SELECT url, site, title, lead, body, published FROM articles ORDER BY url").fetchall()
        facts = {}
        for table, columns in (("money", "value_text, currency"), ("counts", "value, unit"),
                               ("legal_refs", "code")):
            facts[table] = sorted(conn.execute(
                f'SELECT a.url, f.field, f.start, f."end", {columns} FROM {table} f '
                "JOIN articles a ON a.id = f.article").fetchall())
    return articles, facts


def run_sites(db_path):
    """Each site's coverage in the database's last run, without the run's id."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT site, articles, with_title, with_published, with_body, with_facts FROM run_sites "
                            "WHERE run = (SELECT max(id) FROM runs) ORDER BY site").fetchall()


def expected_urls(mirror):
    site = mirror.site
    return {mirror.url.rstrip("/") + site.article_url(a) for a in site.public_articles() if a.id not in site.slow_ids}


@pytest.fixture(scope="module")
def single(haiduong, tmp_path_factory):
    """The same copy crawled by one process: its database and its log."""
    db_path = tmp_path_factory.mktemp("single") / "single.db"
    result = run_crawl(db_path, site="haiduong", start_url=haiduong.url, **{**PATIENT, "EXTRACT_WORKERS": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    return db_path, result.stderr


@pytest.mark.parametrize("extract_in", ["writer", "worker"])
def test_three_workers_and_a_writer_store_what_one_process_stores_each_article_fetched_once(
        haiduong, single, redis_url, tmp_path, extract_in):
    single_db, single_log = single
    haiduong.requests.clear()

    shared = tmp_path / "shared.db"
    workers = [start_worker(haiduong, tmp_path / "unused.db", redis_url, REDIS_EXTRACT=extract_in) for _ in range(3)]
    writer = start_writer(shared, redis_url)
    extracted_by_workers = 0
    for worker in workers:
        code, log = finish(worker)
        assert code == 0, log[-3000:]
        assert "Traceback" not in log, log[-3000:]
        assert "Deprecat" not in log, log[-3000:]  # scrapy-redis's warnings stay out of users' logs
        extracted_by_workers += sum(int(n) for n in re.findall(r"'socongthuong/facts_extracted': (\d+)", log))
    code, log = finish(writer)
    assert code == 0, log[-3000:]
    facts_stored = int(re.search(r"(\d+) facts, ", log).group(1))
    # Extracted where asked: by the workers, every fact the writer stored; else by the writer alone.
    assert extracted_by_workers == (facts_stored if extract_in == "worker" else 0) and facts_stored > 500
    # The writer, which stores every article, keeps each site's coverage as a single process does.
    single_coverage = run_sites(single_db)
    assert single_coverage and single_coverage == run_sites(shared)
    [(site, articles, *_)] = single_coverage
    assert site == "haiduong" and articles > 250
    closing = [line for line in single_log.splitlines() if "Coverage by site: " in line]
    assert closing and closing[-1].split("Coverage by site: ")[1] in log

    single_articles, single_facts = rows(single_db)
    shared_articles, shared_facts = rows(shared)
    assert {url for url, *_ in shared_articles} == expected_urls(haiduong)
    assert len(shared_articles) > 250
    assert shared_articles == single_articles
    assert sum(len(f) for f in shared_facts.values()) > 500
    assert shared_facts == single_facts
    # One fetch per article across the three workers: the seen set is shared.
    fetched = Counter(path for path in haiduong.requests if "NewsDetail" in path or "/tin-tuc/" in path)
    assert fetched and max(fetched.values()) == 1, fetched.most_common(3)
    # The workers never opened the database they were given: the writer alone writes.
    assert not (tmp_path / "unused.db").exists()


def test_a_worker_and_the_writer_killed_mid_crawl_lose_and_duplicate_nothing(haiduong, redis_url, tmp_path):
    shared = tmp_path / "shared.db"
    slow = {"DOWNLOAD_DELAY": "0.05", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"}
    workers = [start_worker(haiduong, tmp_path / "unused.db", redis_url, **slow) for _ in range(3)]
    writer = start_writer(shared, redis_url)

    def stored() -> int:
        try:
            with sqlite3.connect(shared) as conn:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0

    deadline = time.monotonic() + 180
    while stored() < 40 and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(workers[0].pid, signal.SIGKILL)
    writer.kill()  # SIGKILL: whatever it had taken stays in the processing list
    writer.wait()
    while stored() < 120 and any(w.poll() is None for w in workers[1:]) and time.monotonic() < deadline:
        time.sleep(0.1)
    writer = start_writer(shared, redis_url)
    for worker in workers[1:]:
        code, log = finish(worker)
        assert code == 0, log[-3000:]
    workers[0].wait()
    code, log = finish(writer)
    assert code == 0, log[-3000:]

    with sqlite3.connect(shared) as conn:
        urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
        runs = conn.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert len(urls) == len(set(urls))
    assert set(urls) == expected_urls(haiduong)
    assert runs[-1] == ("finished",)


def test_the_combined_rate_to_one_host_stays_within_the_download_delay(redis_url, tmp_path):
    mirror = serve("haiduong", slow_seconds=20)
    try:
        delay = 0.25
        settings = {"DOWNLOAD_DELAY": str(delay), "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
                    "RANDOMIZE_DOWNLOAD_DELAY": "0"}
        workers = [start_worker(mirror, tmp_path / "unused.db", redis_url, **settings) for _ in range(3)]
        writer = start_writer(tmp_path / "shared.db", redis_url)
        for worker in workers:
            code, log = finish(worker)
            assert code == 0, log[-3000:]
        finish(writer)
        times = sorted(t for t, _ in mirror.request_times)
    finally:
        mirror.shutdown()
    assert len(times) > 40
    window = 2.0
    busiest = max(sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times))
    # One slot per host per delay across the three workers: 8 in 2 s, and one of arrival jitter. Each
    # worker alone honours the delay too, so without the shared slot three would make ~24.
    assert busiest <= window / delay + 2, busiest


def test_status_counts_queued_in_flight_and_waiting_per_site(redis_url):
    import json
    import pickle

    import redis
    from scrapy import Request
    from scrapy_redis import picklecompat

    from spiders import distributed
    from spiders.status import format_status, status

    server = redis.Redis.from_url(redis_url)
    crawl = "abc"
    server.hset(distributed.CRAWLS, crawl, json.dumps({"spider": "socongthuong", "start_urls": ["http://a.test/"]}))
    for path in ("/1", "/2"):  # queued as scrapy-redis stores them (its picklecompat of Request.to_dict)
        server.zadd(distributed.key(crawl, "requests"),
                    {picklecompat.dumps(Request("http://a.test" + path).to_dict()): 0})
    server.hset(distributed.key(crawl, "inflight:w1"), "fp", picklecompat.dumps(Request("http://b.test/3").to_dict()))
    server.hset(distributed.WORKERS, "w1", json.dumps({"crawl": crawl, "busy": True, "seen": time.time(),
                                                        "last_busy": time.time()}))
    article = {"kind": "article", "article": {"url": "http://a.test/4", "site": "haiduong"}}
    server.lpush(distributed.ARTICLES, pickle.dumps(article), pickle.dumps(article))
    server.lpush(distributed.ARTICLES, pickle.dumps({"kind": "error", "url": "http://a.test/5", "status": 500,
                                                     "reason": "HTTP 500", "site": "haiduong"}))
    result = status(server)
    assert result["crawls"][crawl]["queued"] == {"a.test": 2}
    assert result["crawls"][crawl]["in_flight"] == {"b.test": 1}
    assert result["crawls"][crawl]["workers"] == 1 and result["crawls"][crawl]["busy"] == 1
    assert result["articles_waiting"] == {"haiduong": 2}
    assert result["errors_waiting"] == {"haiduong": 1}
    assert "a.test: 2 queued, 0 in flight" in format_status(result)


def test_two_workers_and_a_writer_crawl_a_web_archive_as_one_process_does(redis_url, tmp_path):
    from urllib.parse import parse_qsl, urlsplit

    from test_archive_crawl import archive_command

    from testsites.wayback import serve_wayback

    def shared_crawl(**settings) -> list:
        """Two archive workers and the writer into shared.db; the archive's request log."""
        double.site.log.clear()
        settings = {"REDIS_URL": redis_url, "REDIS_IDLE_CLOSE": "3", "REDIS_WORKER_TIMEOUT": "10", **settings}
        command = archive_command(double, tmp_path / "unused.db", tmp_path, **settings)
        workers = [subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True) for _ in range(2)]
        writer = start_writer(tmp_path / "shared.db", redis_url)
        for worker in workers:
            code, log = finish(worker)
            assert code == 0 and "Traceback" not in log, log[-3000:]
        code, log = finish(writer)
        assert code == 0, log[-3000:]
        return list(double.site.log)

    def stored_rows() -> list:
        with sqlite3.connect(tmp_path / "shared.db") as conn:
            return conn.execute("SELECT id, url, archived_at, content_hash FROM articles ORDER BY id").fetchall()

    double = serve_wayback("haiduong")
    try:
        single = subprocess.run(archive_command(double, tmp_path / "single.db", tmp_path), cwd=PROJECT_ROOT,
                                capture_output=True, text=True, timeout=300)
        assert single.returncode == 0, single.stderr[-3000:]
        double.site.requests, double.site.storm, double.site.retry_after = 0, (12, 5), 1  # requests 12-16: 429
        # A delay long enough to tell one shared archive slot (10 requests/s) from one per worker (20).
        delay = 0.1
        log = shared_crawl(ARCHIVE_DELAY=str(delay), RANDOMIZE_DOWNLOAD_DELAY="0")
        double.site.storm = None
        stored_first = stored_rows()
        # Incremental, as in one process: a second shared run asks only for what is not stored.
        second_log = shared_crawl()
        stored_second = stored_rows()
        not_stored = {str(double.site.missing_id), str(double.site.site.EMPTY), None}
    finally:
        double.shutdown()
    assert stored_second == stored_first
    refetched = {dict(parse_qsl(urlsplit(target).query)).get("id") for _, target, _ in second_log
                 if target.startswith("/web/")}
    assert refetched and refetched <= not_stored, refetched

    def archived(db_path):
        with sqlite3.connect(db_path) as conn:
            articles = conn.execute("SELECT url, title, body, published, source, archived_at, archive_url "
                                    "FROM articles ORDER BY url").fetchall()
            errors = sorted(conn.execute("SELECT url, status, reason FROM crawl_errors").fetchall())
        return articles, errors

    single_articles, single_errors = archived(tmp_path / "single.db")
    shared_articles, shared_errors = archived(tmp_path / "shared.db")
    expected = double.site.expected_articles()
    assert {url: archived_at for url, *_, archived_at, _ in shared_articles} == expected
    assert len(expected) >= 45
    assert shared_articles == single_articles
    assert shared_errors == single_errors and single_errors
    # Seeded once, listed once: every CDX page (its resumption key) and every capture answered once (a 429 is
    # asked again).
    listings = [dict(parse_qsl(urlsplit(target).query)).get("resumeKey") for _, target, status in log
                if target.startswith("/cdx/") and status != 429]
    assert len(listings) >= 4 and len(listings) == len(set(listings)), listings
    asked = [target for _, target, status in log if target.startswith("/web/99991231235959id_/") and status != 429]
    assert len(asked) >= 45 and len(asked) == len(set(asked))
    # A 429's Retry-After (a second) held both workers back, not only the one that was refused.
    refused = [i for i, (_, _, status) in enumerate(log) if status == 429]
    assert len(refused) == 5
    for index in refused:
        assert log[index + 1][0] - log[index][0] >= 0.9
    # One archive slot for both workers: at most one request per ARCHIVE_DELAY, plus one of arrival jitter.
    times = sorted(when for when, target, _ in log if target.startswith(("/web/", "/cdx/")))
    window = 1.0
    busiest = max(sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times))
    assert busiest <= window / delay + 1, busiest


def test_an_archive_crawl_and_a_live_crawl_of_the_same_site_are_two_shared_crawls():
    from spiders.distributed import crawl_key
    from spiders.socongthuong import SoCongThuongSpider

    live = crawl_key(SoCongThuongSpider(site="haiduong"))
    archived = crawl_key(SoCongThuongSpider(site="haiduong", archive="wayback"))
    archived_2018 = crawl_key(SoCongThuongSpider(site="haiduong", archive="wayback", archive_at="20180701"))
    assert len({live, archived, archived_2018}) == 3
    assert crawl_key(SoCongThuongSpider(site="haiduong", archive="wayback")) == archived  # the same command joins
