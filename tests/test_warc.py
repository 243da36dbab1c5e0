"""Every page read is kept in a WARC file (spiders/warc.py), and an article row points at its record."""

import gzip
import hashlib
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from warcio.archiveiterator import ArchiveIterator

from reader.profiles import load_profile
from spiders.run import FAST_SETTINGS, PROJECT_ROOT, crawl_command, run_crawl
from spiders.warc_writer import Exchange, WarcFile
from testsites import serve

HAIDUONG = load_profile("haiduong")


# A busy machine answers slower than FAST_SETTINGS' 1 s timeout; these tests need every article.
PATIENT = {"DOWNLOAD_TIMEOUT": "30"}


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def records(path: Path) -> list[tuple[int, str, str, bytes]]:
    """(offset, type, target URI, raw payload) of every record, read by warcio."""
    out = []
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            payload = record.raw_stream.read()
            out.append((iterator.get_record_offset(), record.rec_type,
                        record.rec_headers.get_header("WARC-Target-URI"), payload))
    return out


def record_at(path: Path, offset: int):
    with open(path, "rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        return record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), record.raw_stream.read()


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong", slow_seconds=0)
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def live_crawl(haiduong, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(tmp / "crawls")}
    result = run_crawl(tmp / "b.db", site="haiduong", start_url=haiduong.url, **settings)
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp


def test_warcio_reads_back_every_record_of_the_run(live_crawl):
    [warc] = list((live_crawl / "crawls").glob("*.warc.gz"))
    found = records(warc)
    types = [kind for _, kind, _, _ in found]
    assert types[0] == "warcinfo"
    pages = query(live_crawl / "b.db", "SELECT count(*) FROM articles")[0][0]
    assert types.count("response") == types.count("request") > pages >= 40  # articles, and listings too
    assert any("News.aspx?cat=" in uri for _, kind, uri, _ in found if kind == "response")
    # each record is its own gzip member: the file is a valid multi-member gzip file
    assert gzip.decompress(warc.read_bytes()).startswith(b"WARC/1.")


def test_each_article_points_at_its_response_record(live_crawl):
    rows = query(live_crawl / "b.db", "SELECT url, warc_file, warc_offset, body_sha256 FROM articles")
    assert len(rows) >= 40
    for url, warc_file, offset, sha256 in rows:
        kind, uri, payload = record_at(Path(warc_file), offset)
        assert kind == "response"
        assert HAIDUONG.canonicalize(uri) == url  # the page the article was read from
        assert hashlib.sha256(payload).hexdigest() == sha256


def test_keep_pages_0_writes_no_warc(haiduong, tmp_path):
    settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(tmp_path / "crawls"),
                "KEEP_PAGES": "0"}
    result = run_crawl(tmp_path / "b.db", site="haiduong", start_url=haiduong.url, **settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (tmp_path / "crawls").exists()
    assert query(tmp_path / "b.db",
                 "SELECT count(*), count(warc_file), count(body_sha256) FROM articles")[0][1:] == (0, 0)


@pytest.mark.parametrize("level, compressed", [
    (1, True),  # the default: ISA-L
    (3, True),  # ISA-L's highest level
    (6, True),  # zlib
    (9, True),
    (0, False),  # no compression: a plain .warc
])
def test_warcio_extract_prints_the_record_at_an_offset(tmp_path, level, compressed):
    """The command the README gives for tracing a figure to the page bytes, at every compression level."""
    body = "<html><body><p>Kinh phí 11,072 tỷ đồng</p></body></html>".encode()
    request = Request("http://sct.example.gov.vn/NewsDetail.aspx?id=5", headers={"User-Agent": "t"})
    response = HtmlResponse(request.url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                            request=request)
    warc = WarcFile(tmp_path / "t.warc.gz", level)
    first, sha256 = warc.write_exchange(Exchange.of(request, response, "2025-01-01T00:00:00Z"))
    second, _ = warc.write_exchange(Exchange.of(request.replace(url=request.url + "6"),
                                                response.replace(url=request.url + "6"), "2025-01-01T00:00:01Z"))
    warc.close()
    assert first < second
    assert sha256 == hashlib.sha256(body).hexdigest()
    warcio = Path(__import__("sys").executable).with_name("warcio")
    shown = subprocess.run([str(warcio), "extract", "--payload", str(warc.path), str(second)],
                           capture_output=True, check=True).stdout
    assert shown == body
    assert [kind for _, kind, _, _ in records(warc.path)] == ["warcinfo", "response", "request", "response", "request"]
    assert warc.path.read_bytes().startswith(b"\x1f\x8b") == compressed


def test_archive_captures_are_kept_with_their_capture_url(tmp_path):
    """An archive crawl keeps the capture as the archive served it (tests/test_archive_crawl.py crawls it)."""
    from tests.test_archive_crawl import archive_crawl
    from testsites.wayback import serve_wayback

    double = serve_wayback("haiduong")
    try:
        archive_crawl(double, tmp_path / "b.db", tmp_path)
    finally:
        double.shutdown()
    rows = query(tmp_path / "b.db", "SELECT archive_url, warc_file, warc_offset, body_sha256 FROM articles")
    assert len(rows) >= 45
    for archive_url, warc_file, offset, sha256 in rows:
        kind, uri, payload = record_at(Path(warc_file), offset)
        assert (kind, uri) == ("response", archive_url)
        assert hashlib.sha256(payload).hexdigest() == sha256


def warc_writers(warc_dir: Path) -> list[int]:
    """The pids of the writer processes (spiders/warc_writer.py) writing into ``warc_dir``."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"spiders.warc_writer" in command and any(str(warc_dir).encode() in part for part in command):
            pids.append(int(proc.name))
    return pids


def wait_for(condition, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while not (found := condition()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


def test_the_pages_are_written_by_a_writer_process_of_the_crawl(live_crawl):
    [warc] = list((live_crawl / "crawls").glob("*.warc.gz"))
    assert "-inline" not in warc.name
    assert warc_writers(live_crawl / "crawls") == []  # it ended with the crawl


@pytest.mark.parametrize("stop, said", [
    (signal.SIGKILL, "ended"),  # it dies (out of memory, say)
    (signal.SIGSTOP, "has not answered for 2 s: killed"),  # it hangs: killed after WARC_WRITER_TIMEOUT
])
def test_a_lost_writer_process_loses_no_page(haiduong, tmp_path, stop, said):
    """The writer process lost mid-crawl: the crawl writes the rest in line, every article has its record."""
    warc_dir = tmp_path / "crawls"
    settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(warc_dir),
                "WARC_WRITER_TIMEOUT": "2", "CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.05"}
    # The copy answers 20 articles, then holds the crawl (its gate) until the writer is lost: the crawl has
    # pages left to write after the loss whatever the machine's speed.
    haiduong.hold_after(20, lambda target: target.lower().startswith("/newsdetail.aspx"))
    crawl = subprocess.Popen(crawl_command(tmp_path / "b.db", site="haiduong", start_url=haiduong.url, **settings),
                             cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        [writer] = wait_for(lambda: warc_writers(warc_dir))
        # some pages written by it first
        assert wait_for(lambda: haiduong.held and sum(p.stat().st_size for p in warc_dir.glob("*.warc.gz")) > 20_000)
        os.kill(writer, stop)
        haiduong.open_gate()
        log = crawl.communicate(timeout=300)[1]
    finally:
        haiduong.open_gate()
        if crawl.poll() is None:
            crawl.kill()
        for left in warc_writers(warc_dir):  # a stopped one, if the crawl did not kill it
            os.kill(left, signal.SIGKILL)
    assert crawl.returncode == 0, log[-3000:]
    assert f"the WARC writer process (pid {writer}) ended" in log, log[-3000:]
    assert said in log
    assert "'socongthuong/warc_writer_lost': 1" in log
    files = sorted(warc_dir.glob("*.warc.gz"), key=lambda path: "-inline" in path.name)
    assert [("-inline" in path.name) for path in files] == [False, True]
    rows = query(tmp_path / "b.db", "SELECT url, warc_file, warc_offset, body_sha256 FROM articles")
    expected = {haiduong.url.rstrip("/") + haiduong.site.article_url(a) for a in haiduong.site.public_articles()}
    assert {url for url, *_ in rows} == expected
    assert {Path(warc_file) for _, warc_file, _, _ in rows} == set(files)  # some pages in each
    for url, warc_file, offset, sha256 in rows:
        kind, uri, payload = record_at(Path(warc_file), offset)
        assert (kind, HAIDUONG.canonicalize(uri)) == ("response", url)
        assert hashlib.sha256(payload).hexdigest() == sha256


def test_a_killed_crawl_leaves_no_writer_process(haiduong, tmp_path):
    warc_dir = tmp_path / "crawls"
    settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(warc_dir),
                "CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.05"}
    crawl = subprocess.Popen(crawl_command(tmp_path / "b.db", site="haiduong", start_url=haiduong.url, **settings),
                             cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        [writer] = wait_for(lambda: warc_writers(warc_dir))
        crawl.kill()
        crawl.wait()
    finally:
        if crawl.poll() is None:
            crawl.kill()
    # its input ends with the crawl: it finishes the pages it has and exits
    assert wait_for(lambda: not Path(f"/proc/{writer}").exists() or
                    b"zombie" in Path(f"/proc/{writer}/status").read_bytes().lower(), seconds=30)
