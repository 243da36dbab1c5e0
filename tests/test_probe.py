"""``python -m spiders.probe`` against local copies served on 127.0.0.1: article, listing, neither,
robots.txt, an unreachable port, wrong charsets."""

import json
import socket
import sqlite3
import subprocess
import sys

import pytest

from spiders.run import FAST_SETTINGS, PROJECT_ROOT, run_crawl
from testsites import serve
from testsites.family_sites import family_article_page
from testsites.server import MirrorServer
from testsites.sites import HaiDuongSite, Reply, encode_windows_1258

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_TIMEOUT=20"]


def run_probe(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "spiders.probe", *FAST, *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=180)


def probe_json(*args: str) -> tuple[int, list[dict], str]:
    result = run_probe("--json", *args)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.returncode, json.loads(result.stdout), result.stderr


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong")
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def generic_batch(haiduong):
    """One probe of several pages of the copy, no site named: (exit code, reports, server's requests)."""
    site = haiduong.site
    urls = [f"{haiduong.url}NewsDetail.aspx?id={site.seed_id}", f"{haiduong.url}News.aspx?cat=12",
            f"{haiduong.url}NewsDetail.aspx?id={HaiDuongSite.EMPTY}",
            f"{haiduong.url}NewsDetail.aspx?id={HaiDuongSite.ERROR_404}",
            f"{haiduong.url}Search.aspx?kw=gia", f"{haiduong.url}Admin/Login.aspx"]
    haiduong.requests.clear()
    code, reports, _ = probe_json(*urls)
    return code, reports, list(haiduong.requests)


def test_article_read_by_the_generic_reader(haiduong, generic_batch):
    site: HaiDuongSite = haiduong.site
    seed = site.articles[site.seed_id]
    report = generic_batch[1][0]
    assert report["page"] == "article" and report["status"] == 200
    # 127.0.0.1 is no site of the registry: the page's own traits name its layout family (the seed's tables).
    assert (report["reader"]["kind"], report["reader"]["name"]) == ("family", "aspnet-tables")
    assert "recognised from the page" in report["reader"]["why"]
    article = report["article"]
    assert article["title"] == seed.title
    assert article["published"] == "2019-06-24T07:43:26+07:00"
    assert article["lead"] == seed.lead
    assert article["author"] == seed.author
    assert article["body_start"] == seed.paragraphs[0][:80]
    assert len(article["body_end"]) == 80 and seed.paragraphs[-1].endswith(article["body_end"])
    assert len(article["related"]) == 10
    money = [fact for fact in report["facts"] if fact["type"] == "money"]
    assert any(fact["text"] == "11,072 tỷ đồng" and fact["value"] == 11_072_000_000 for fact in money)
    assert any(fact["type"] == "legal_ref" and fact["code"] == "1288/QĐ-TTg" for fact in report["facts"])
    # Fetched as the crawl fetches: robots.txt first, the project's User-Agent.
    assert generic_batch[2][0] == "/robots.txt"
    assert any(agent.startswith("vn-bulletins/0.1 (+") for agent in haiduong.user_agents)


def test_generic_listing(haiduong, generic_batch):
    report = generic_batch[1][1]
    assert report["page"] == "listing" and report["reader"]["kind"] == "family"
    assert len(report["listing"]["articles"]) == 10
    assert f"{haiduong.url}News.aspx?cat=12&page=2" in report["listing"]["listings"]


def test_pages_that_are_neither(generic_batch):
    code, reports, _ = generic_batch
    assert code == 1  # some pages were neither article nor listing, none was a network error
    empty, missing = reports[2], reports[3]
    assert empty["page"] == "neither" and empty["status"] == 200 and empty["article"] is None
    assert missing["page"] == "http error" and missing["status"] == 404


def test_robots_txt_is_obeyed_for_every_url_asked_at_once(generic_batch):
    # Scrapy 2.19 let the third and later requests that waited for robots.txt through (spiders/robots.py):
    # here the fifth and sixth of one host.
    _, reports, requests = generic_batch
    assert [report["page"] for report in reports[4:]] == ["refused", "refused"]
    assert "robots.txt" in reports[4]["error"]
    assert not any(target.startswith(("/Search.aspx", "/Admin/")) for target in requests)


def test_site_profile_article_and_listing_exit_0_and_text_report(haiduong):
    site = haiduong.site
    result = run_probe("--site", "haiduong", f"{haiduong.url}NewsDetail.aspx?id={site.seed_id}&print=1",
                       f"{haiduong.url}News.aspx?cat=12")
    assert result.returncode == 0, result.stderr[-2000:]
    text = result.stdout
    assert text.count("reader       site haiduong: asked for with --site haiduong") == 2
    assert f"url          {haiduong.url}NewsDetail.aspx?id={site.seed_id}\n" in text  # canonical: no print=1
    assert "title        Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018" in text
    assert "published    2019-06-24T07:43:26+07:00" in text
    assert "category     -" in text  # the print view shows no category
    assert "money      '11,072 tỷ đồng' (value 11072000000, currency VND)" in text
    listing = text.split(f"{haiduong.url}News.aspx?cat=12\n")[1]
    assert "page         listing (HTTP 200)" in listing
    expected = [f"{haiduong.url}NewsDetail.aspx?id={a.id}" for a in site.in_category(12)[:10]]
    assert "10 article links\n" + "".join(f"               {url}\n" for url in expected) in listing
    assert f"               {haiduong.url}News.aspx?cat=12&page=2" in listing


def test_a_page_that_is_neither_alone_exits_1(haiduong):
    code, (report,), _ = probe_json(f"{haiduong.url}NewsDetail.aspx?id={HaiDuongSite.EMPTY}")
    assert code == 1 and report["page"] == "neither"


def test_an_unreachable_port_exits_2():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    code, (report,), stderr = probe_json(f"http://127.0.0.1:{port}/NewsDetail.aspx?id=1")
    assert code == 2
    assert report["page"] == "network error" and f"127.0.0.1:{port}" in report["error"]


# --- charsets ---------------------------------------------------------------------------------------


class CharsetSite:
    """Two articles whose declared charset is wrong, and a home page linking to them."""

    name = "charset"

    def __init__(self):
        self.text = family_article_page("dotnetnuke")[2].decode("utf-8")

    def reply(self, path: str, query: dict) -> Reply:
        if path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow:\n", "text/plain")
        if path == "/":
            links = '<a href="/tin/cu-1.html">Trang cũ mã hóa windows-1258</a> <a href="/tin/moi-2.html">Trang mới</a>'
            return Reply(200, f"<html><body>{links}</body></html>".encode(), "text/html; charset=utf-8")
        if path == "/tin/cu-1.html":  # windows-1258 bytes (decomposed tones) served as UTF-8
            return Reply(200, encode_windows_1258(self.text), "text/html; charset=utf-8")
        if path == "/tin/moi-2.html":  # UTF-8 bytes served as windows-1258
            page = self.text.replace('charset=UTF-8', 'charset=windows-1258')
            return Reply(200, page.encode("utf-8"), "text/html; charset=windows-1258")
        return Reply(404, b"", "text/html")


@pytest.fixture(scope="module")
def charset_server():
    server = MirrorServer(CharsetSite()).start_in_thread()
    yield server
    server.shutdown()


ARTICLE = family_article_page("dotnetnuke")[0].test_article()  # the family's test page, from its local copy
TITLE = ARTICLE.title


def test_wrong_charsets_decoded_right_by_the_probe(charset_server):
    code, reports, stderr = probe_json(f"{charset_server.url}tin/cu-1.html", f"{charset_server.url}tin/moi-2.html")
    assert code == 0
    for report in reports:
        assert report["article"]["title"] == TITLE
        assert report["article"]["lead"] == ARTICLE.lead
    assert "declared utf-8, but" in stderr and "read as windows-1258" in stderr
    assert "declared cp1258, but the bytes are valid UTF-8" in stderr


def test_wrong_charsets_decoded_right_by_the_crawl(charset_server, tmp_path):
    db_path = tmp_path / "charset.db"
    result = run_crawl(db_path, start_url=charset_server.url, **{**FAST_SETTINGS, "EXTRACT_WORKERS": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT url, title, author FROM articles ORDER BY url").fetchall()
    assert [(url.rsplit("/", 1)[1], title, author) for url, title, author in rows] == [
        ("cu-1.html", TITLE, ARTICLE.author), ("moi-2.html", TITLE, ARTICLE.author)]
    assert result.stderr.count("Charset of") == 2


@pytest.mark.parametrize("declared, encode, expected", [
    ("utf-8", encode_windows_1258, ("utf-8", "cp1258")),  # legacy bytes said to be UTF-8
    ("windows-1258", lambda text: text.encode("utf-8"), ("cp1258", "utf-8")),  # UTF-8 said to be legacy
    ("iso-8859-1", lambda text: text.encode("utf-8"), ("cp1252", "utf-8")),  # a server default (read as cp1252)
    ("utf-8", lambda text: text.encode("utf-8"), None),  # right: left alone
    ("windows-1258", encode_windows_1258, None),
    ("windows-1258", lambda text: text.encode("ascii", "xmlcharrefreplace"), None),  # ASCII fits any
])
def test_wrong_charset_found_from_the_bytes(declared, encode, expected):
    from scrapy.http import HtmlResponse

    from spiders.charset import repaired, true_encoding

    text = "<html><body><h1>Sở Công Thương tỉnh Hải Dương</h1><p>Kinh phí 11,072 tỷ đồng.</p></body></html>"
    response = HtmlResponse("http://127.0.0.1/a", body=encode(text),
                            headers={"Content-Type": f"text/html; charset={declared}"})
    found = true_encoding(response)
    assert (found[:2] if found else None) == expected
    if expected:
        import unicodedata

        assert unicodedata.normalize("NFC", repaired(response).text) == text
    else:
        assert repaired(response) is response


def test_the_crawl_checks_every_waiting_request_against_robots_txt_whatever_its_middlewares():
    from scrapy.settings import Settings

    from spiders.socongthuong import SoCongThuongSpider

    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("DOWNLOADER_MIDDLEWARES", {"spiders.middlewares.Other": 550}, priority="project")
    SoCongThuongSpider.update_settings(settings)
    assert settings.getdict("DOWNLOADER_MIDDLEWARES") == {
        "spiders.middlewares.Other": 550,
        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
        "spiders.robots.WaitingRobotsTxtMiddleware": 100,
    }
