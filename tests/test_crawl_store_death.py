"""A store worker killed (as the out-of-memory killer would) during a real crawl of a local copy.

The crawl must notice at once, stop within a bounded time, say why in its log, exit 1, mark its run
'failed', and a second run of the same command (same JOBDIR) must end with every article stored once.
"""

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from spiders.run import FAST_SETTINGS, PROJECT_ROOT, crawl_command, run_crawl
from testsites import serve

STOP_WITHIN = 60  # seconds from the kill to the crawl's exit: generous for a loaded machine


def store_workers(pid: int) -> list[int]:
    """The crawl's ProcessPool workers: its children started by multiprocessing's spawn."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def count_articles(db_path) -> int:
    try:
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong")
    yield server
    server.shutdown()


@pytest.mark.parametrize("when", ["idle", "storing"])
def test_a_killed_store_worker_stops_the_crawl_and_the_next_run_stores_everything(haiduong, tmp_path, when):
    db_path, jobdir = tmp_path / "crawl.db", tmp_path / "job"
    # One page at a time with a pause: the worker is idle between articles ("idle"), or is killed as
    # soon as articles are being stored ("storing").
    delay = "0.3" if when == "idle" else "0.02"
    # A generous timeout: on a loaded machine no page may be lost to it (the slow page answers in 3 s).
    settings = {**FAST_SETTINGS, "DOWNLOAD_DELAY": delay, "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
                "EXTRACT_WORKERS": "1", "JOBDIR": jobdir, "DOWNLOAD_TIMEOUT": "30"}
    crawl = subprocess.Popen(crawl_command(db_path, site="haiduong", start_url=haiduong.url, **settings),
                             cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while count_articles(db_path) < 3 and crawl.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        [worker] = store_workers(crawl.pid)
        stored_before = count_articles(db_path)
        os.kill(worker, signal.SIGKILL)
        killed_at = time.monotonic()
        log = crawl.communicate(timeout=STOP_WITHIN)[1]
        assert time.monotonic() - killed_at < STOP_WITHIN
    finally:
        if crawl.poll() is None:
            crawl.kill()
    assert crawl.returncode == 1, log[-3000:]
    assert "The store failed: BrokenProcessPool" in log, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT status, finished IS NOT NULL FROM runs").fetchall() == [("failed", 1)]
        stored_after_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    # The articles in the backlog when the worker died (all of them, on a machine slow enough that the crawl
    # fetched everything while the worker started) are recorded, not stored.
    public = {a.id for a in haiduong.site.public_articles()}
    assert stored_before <= stored_after_kill < len(public)
    with sqlite3.connect(db_path) as conn:
        not_stored = conn.execute("SELECT count(*) FROM crawl_errors WHERE reason LIKE 'store failed%'").fetchone()[0]
    assert not_stored >= 1

    again = run_crawl(db_path, site="haiduong", start_url=haiduong.url,
                      **{**FAST_SETTINGS, "EXTRACT_WORKERS": "0", "JOBDIR": jobdir, "DOWNLOAD_TIMEOUT": "30"})
    assert again.returncode == 0, again.stderr[-3000:]
    assert "did not finish cleanly" in again.stderr
    with sqlite3.connect(db_path) as conn:
        urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
        runs = conn.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert len(urls) == len(set(urls))
    site = haiduong.site
    expected = {haiduong.url.rstrip("/") + site.article_url(a) for a in site.public_articles()}
    assert set(urls) == expected
    assert runs == [("failed",), ("finished",)]
