"""Storage failures during real crawls of a local copy: the crawl stops loudly and the next run mends it.

A full disk (a 3 MB tmpfs holding the database), a damaged database, a read-only file system, and Ctrl-C
once and twice. Each must exit non-zero, say
what happened in one line (no traceback storm), and leave the run's row 'failed' or 'interrupted'; the rerun
of a crawl stopped by a full disk, with space again, stores every article once and leaves no stale "store
failed" error rows.
"""

import os
import signal
import sqlite3
import subprocess
import time

import pytest

from spiders.run import FAST_SETTINGS, PROJECT_ROOT, crawl_command, run_crawl
from testsites import serve

ARTICLES = 400  # ~3 MB of database and WAL with their facts: more than the small disk holds


def query(db_path, sql):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def expected_urls(server) -> set[str]:
    site = server.site
    return {server.url.rstrip("/") + site.article_url(a) for a in site.public_articles()}


def wait_for(condition, process, what: str, limit: float = 120) -> None:
    """Wait until ``condition()`` holds; fail if the process ends first or the limit passes."""
    deadline = time.monotonic() + limit
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"{what}: not reached (exit code {process.poll()})")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong", articles=ARTICLES, slow_seconds=8)
    yield server
    server.shutdown()


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (we run as root in CI and in the dev container); skipped where mounting is refused."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs: {mounted.stderr.decode().strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def error_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "] ERROR:" in line or "] CRITICAL:" in line]


@pytest.mark.parametrize("workers", ["1", "0"], ids=["pool", "inline"])
def test_a_full_disk_stops_the_crawl_in_one_line_and_the_rerun_stores_everything(haiduong, small_disk, workers):
    db_path = small_disk / "crawl.db"
    settings = {**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "30", "EXTRACT_WORKERS": workers}
    full = run_crawl(db_path, site="haiduong", start_url=haiduong.url, **settings)
    log = full.stderr
    assert full.returncode == 1, log[-3000:]
    assert "Traceback" not in log, log[-5000:]
    lines = error_lines(log)
    assert len(lines) == 1, '\n'.join(lines)
    [line] = lines
    assert "The store failed" in line and "is full" in line and "free some space" in line, line
    stored_on_full_disk = len(query(db_path, "SELECT url FROM articles"))
    assert 0 < stored_on_full_disk < len(expected_urls(haiduong))
    assert query(db_path, "SELECT status, finished IS NOT NULL FROM runs") == [("failed", 1)]

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)  # space again
    again = run_crawl(db_path, site="haiduong", start_url=haiduong.url, **settings)
    assert again.returncode == 0, again.stderr[-3000:]
    urls = [url for (url,) in query(db_path, "SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) and set(urls) == expected_urls(haiduong)
    assert query(db_path, "SELECT status FROM runs ORDER BY id") == [("failed",), ("finished",)]
    stale = query(db_path, "SELECT e.url FROM crawl_errors e JOIN articles a ON a.url = e.url "
                           "WHERE e.reason LIKE 'store failed%' OR e.reason LIKE 'storing %'")
    assert stale == []


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_exits_non_zero_with_the_run_interrupted(haiduong, tmp_path, presses):
    db_path, log_path = tmp_path / "crawl.db", tmp_path / "crawl.log"
    # One page at a time, with the slow page (8 s) among them: the graceful stop waits for what is in flight.
    settings = {**FAST_SETTINGS, "DOWNLOAD_DELAY": "0.05", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
                "DOWNLOAD_TIMEOUT": "30", "EXTRACT_WORKERS": "1"}
    with open(log_path, "w") as log_file:
        crawl = subprocess.Popen(crawl_command(db_path, site="haiduong", start_url=haiduong.url, **settings),
                                 cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=log_file)
    try:
        def stored() -> int:
            try:
                return query(db_path, "SELECT count(*) FROM articles")[0][0]
            except sqlite3.OperationalError:
                return 0

        wait_for(lambda: stored() >= 3, crawl, "three articles stored")
        crawl.send_signal(signal.SIGINT)
        if presses == 2:
            wait_for(lambda: "shutting down gracefully" in log_path.read_text(), crawl, "the first Ctrl-C seen")
            crawl.send_signal(signal.SIGINT)
        crawl.wait(120)
    finally:
        if crawl.poll() is None:
            crawl.kill()
    log = log_path.read_text()
    assert crawl.returncode != 0, log[-3000:]
    assert "Traceback" not in log, log[-5000:]
    if presses == 2:
        assert "forcing unclean shutdown" in log, log[-3000:]
    assert query(db_path, "SELECT status FROM runs") == [("interrupted",)], log[-3000:]


@pytest.mark.parametrize("problem", ["damaged", "read-only"])
def test_a_database_that_cannot_be_written_is_one_line_and_exit_1(haiduong, small_disk, problem):
    db_path = small_disk / "crawl.db"
    if problem == "damaged":
        db_path.write_bytes(os.urandom(64 * 1024))
    else:  # a database of a first crawl, its file system then read-only
        db_path.touch()
        subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    fetched_before = len(haiduong.requests)
    result = run_crawl(db_path, site="haiduong", start_url=haiduong.url, **FAST_SETTINGS)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    lines = error_lines(result.stderr)
    assert len(lines) == 1, "\n".join(lines)
    expected = "damaged or unreadable" if problem == "damaged" else "read-only"
    assert "The store failed" in lines[0] and expected in lines[0], lines[0]
    assert len(haiduong.requests) == fetched_before  # nothing fetched that could not be kept
