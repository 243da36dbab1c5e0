"""A shared crawl whose Redis is killed mid-crawl and restarted: two workers and the writer ride it out.

With an append-only file (``appendonly yes``, ``appendfsync always``) Redis comes back with its data: the
workers and the writer reconnect (with backoff, logged) and every article is stored once. Without persistence
it comes back empty: the writer records the loss (a ``crawl_errors`` row, its run 'failed', exit 1), the
workers stop with one line and exit 1, and the next run fetches what was lost. A worker that cannot reach
Redis for longer than REDIS_RETRY_SECONDS keeps what it could not push in its spool; the next worker pushes it.
"""

import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from redis_server import RedisServer

from spiders.run import FAST_SETTINGS, PROJECT_ROOT, crawl_command
from testsites import serve

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")

ARTICLES = 150
SETTINGS = {**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "8", "REDIS_IDLE_CLOSE": "3", "REDIS_WORKER_TIMEOUT": "10",
            "DOWNLOAD_DELAY": "0.2", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"}  # ~40 s: the outage comes mid-crawl


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong", articles=ARTICLES, slow_seconds=20)
    yield server
    server.shutdown()


def expected_urls(mirror) -> set[str]:
    site = mirror.site
    return {mirror.url.rstrip("/") + site.article_url(a) for a in site.public_articles() if a.id not in site.slow_ids}


class Process:
    """A subprocess whose log goes to a file, so a test can wait for a line while it runs."""

    def __init__(self, command: list[str], log_path):
        self.log_path = log_path
        with open(log_path, "w") as log:
            self.popen = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT)

    def log(self) -> str:
        return self.log_path.read_text()

    def finish(self, timeout: float = 300) -> tuple[int, str]:
        try:
            self.popen.wait(timeout)
        finally:
            if self.popen.poll() is None:
                self.popen.kill()
                self.popen.wait()
        return self.popen.returncode, self.log()


def worker(mirror, redis, tmp_path, name: str, **settings) -> Process:
    command = crawl_command(tmp_path / "unused.db", site="haiduong", start_url=mirror.url,
                            **{**SETTINGS, "REDIS_URL": redis.url, "REDIS_SPOOL_DIR": tmp_path / "spool", **settings})
    return Process(command, tmp_path / f"{name}.log")


def writer(db_path, redis, tmp_path, name: str = "writer") -> Process:
    return Process([sys.executable, "-m", "db", "ingest", str(db_path), "--redis", redis.url, "--until-idle", "8"],
                   tmp_path / f"{name}.log")


def stored(db_path) -> int:
    try:
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def wait_for(condition, what: str, limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not reached in {limit} s")
        time.sleep(0.05)


def urls_stored(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [url for (url,) in conn.execute("SELECT url FROM articles")]


def crawl_with_an_outage(mirror, redis, tmp_path, **settings):
    """Two workers and the writer; Redis killed once 20 articles are stored, restarted once a worker noticed."""
    db_path = tmp_path / "shared.db"
    workers = [worker(mirror, redis, tmp_path, f"worker{n}", **settings) for n in range(2)]
    the_writer = writer(db_path, redis, tmp_path)
    wait_for(lambda: stored(db_path) >= 20, "20 articles stored")
    redis.kill()
    wait_for(lambda: any("does not answer" in w.log() for w in workers), "a worker noticed Redis gone")
    redis.start()
    return db_path, workers, the_writer


def test_with_an_append_only_file_redis_restarting_loses_no_article(haiduong, tmp_path):
    redis = RedisServer(tmp_path, appendonly=True).start()
    try:
        db_path, workers, the_writer = crawl_with_an_outage(haiduong, redis, tmp_path)
        logs = []
        for process in workers:
            code, log = process.finish()
            assert code == 0, log[-3000:]
            assert "Traceback" not in log, log[-3000:]
            logs.append(log)
        assert any("answers again" in log for log in logs)
        code, log = the_writer.finish()
        assert code == 0, log[-3000:]
    finally:
        redis.stop()
    urls = urls_stored(db_path)
    assert len(urls) == len(set(urls)) and set(urls) == expected_urls(haiduong)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("finished",)]


def test_without_persistence_the_loss_is_recorded_and_the_next_run_fetches_it(haiduong, tmp_path):
    redis = RedisServer(tmp_path, appendonly=False).start()
    try:
        db_path, workers, the_writer = crawl_with_an_outage(haiduong, redis, tmp_path)
        for process in workers:
            code, log = process.finish()
            assert code == 1, log[-3000:]
            assert "Traceback" not in log, log[-3000:]
            assert "Redis lost the shared crawl's data" in log, log[-3000:]
        code, log = the_writer.finish()
        assert code == 1, log[-3000:]
        assert "Redis lost its data" in log, log[-3000:]
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT status FROM runs").fetchall() == [("failed",)]
            assert conn.execute("SELECT count(*) FROM crawl_errors WHERE reason LIKE 'Redis lost its data%'"
                                ).fetchone()[0] == 1
        assert len(urls_stored(db_path)) < len(expected_urls(haiduong))

        # The next run: what was lost is fetched, what was stored is not fetched again.
        again = [worker(haiduong, redis, tmp_path, f"again{n}") for n in range(2)]
        second_writer = writer(db_path, redis, tmp_path, "writer-again")
        for process in again:
            code, log = process.finish()
            assert code == 0, log[-3000:]
        code, log = second_writer.finish()
        assert code == 0, log[-3000:]
    finally:
        redis.stop()
    urls = urls_stored(db_path)
    assert len(urls) == len(set(urls)) and set(urls) == expected_urls(haiduong)


def test_a_worker_that_gives_up_on_redis_spools_and_the_next_worker_pushes_it(haiduong, tmp_path):
    redis = RedisServer(tmp_path, appendonly=True).start()
    try:
        db_path = tmp_path / "shared.db"
        impatient = worker(haiduong, redis, tmp_path, "impatient", REDIS_RETRY_SECONDS="1")
        the_writer = writer(db_path, redis, tmp_path)
        wait_for(lambda: stored(db_path) >= 20, "20 articles stored")
        redis.kill()
        code, log = impatient.finish()
        assert code == 1, log[-3000:]
        assert "Traceback" not in log, log[-3000:]
        assert "Redis has not answered" in log, log[-3000:]
        spooled = list((tmp_path / "spool").glob("*.spool"))
        assert spooled, log[-3000:]
        redis.start()
        code, log = worker(haiduong, redis, tmp_path, "next").finish()
        assert code == 0, log[-3000:]
        assert "Pushed" in log and "stopped workers had kept" in log, log[-3000:]
        assert not list((tmp_path / "spool").glob("*.spool*"))
        code, log = the_writer.finish()
        assert code == 0, log[-3000:]
        # The first writer may have found the crawl idle while no worker ran: a writer stores what is left.
        code, log = writer(db_path, redis, tmp_path, "writer-again").finish()
        assert code == 0, log[-3000:]
    finally:
        redis.stop()
    urls = urls_stored(db_path)
    assert len(urls) == len(set(urls)) and set(urls) == expected_urls(haiduong)
