"""Every page read is kept in a WARC file (spiders/warc.py), and an article row points at its record."""

import gzip
import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from warcio.archiveiterator import ArchiveIterator

from spiders.mirror import serve
from spiders.profiles import load_profile
from spiders.run import FAST_SETTINGS, run_crawl
from spiders.warc import WarcFile


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
    settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(tmp_path / "crawls"), "KEEP_PAGES": "0"}
    result = run_crawl(tmp_path / "b.db", site="haiduong", start_url=haiduong.url, **settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (tmp_path / "crawls").exists()
    assert query(tmp_path / "b.db", "SELECT count(*), count(warc_file), count(body_sha256) FROM articles")[0][1:] == (0, 0)


def test_warcio_extract_prints_the_record_at_an_offset(tmp_path):
    """The command the README gives for tracing a figure to the page bytes."""
    body = "<html><body><p>Kinh phí 11,072 tỷ đồng</p></body></html>".encode()
    request = Request("http://sct.example.gov.vn/NewsDetail.aspx?id=5", headers={"User-Agent": "t"})
    response = HtmlResponse(request.url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                            request=request)
    warc = WarcFile(tmp_path / "t.warc.gz")
    first = warc.write_exchange(request, response, "2025-01-01T00:00:00Z")
    second = warc.write_exchange(request.replace(url=request.url + "6"), response.replace(url=request.url + "6"),
                                 "2025-01-01T00:00:01Z")
    warc.close()
    assert first["warc_offset"] < second["warc_offset"]
    assert first["body_sha256"] == hashlib.sha256(body).hexdigest()
    warcio = Path(__import__("sys").executable).with_name("warcio")
    shown = subprocess.run([str(warcio), "extract", "--payload", str(warc.path), str(second["warc_offset"])],
                           capture_output=True, check=True).stdout
    assert shown == body
    assert [kind for _, kind, _, _ in records(warc.path)] == ["warcinfo", "response", "request", "response", "request"]


def test_archive_captures_are_kept_with_their_capture_url(tmp_path):
    """An archive crawl keeps the capture as the archive served it (tests/test_archive_crawl.py crawls it)."""
    from tests.test_archive_crawl import archive_crawl
    from spiders.mirror.wayback import serve_wayback

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
