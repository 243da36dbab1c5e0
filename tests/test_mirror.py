"""The local copies answer like the real portals: pages, query forms, charsets, errors, robots.txt."""

import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.request

import pytest
from lxml import html

from spiders.run import PROJECT_ROOT
from testsites import serve
from testsites.content import SEED_TEXT
from testsites.sites import HaiDuongSite, encode_windows_1258


@pytest.fixture(scope="module")
def haiduong():
    server = serve("haiduong", slow_seconds=0.5)
    yield server
    server.shutdown()


def fetch(server, path):
    try:
        with urllib.request.urlopen(server.url + path.lstrip("/"), timeout=5) as reply:
            return reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_seed_page_holds_seed_text_word_for_word(haiduong):
    status, headers, body = fetch(haiduong, f"/NewsDetail.aspx?cat=12&id={haiduong.site.seed_id}")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page_text = squeeze(html.fromstring(body.decode("utf-8")).text_content())
    for line in SEED_TEXT.read_text(encoding="utf-8").split("\n"):
        assert squeeze(line) in page_text


def test_generated_copy_is_big_enough_and_grows():
    site = HaiDuongSite()
    assert len(site.public_articles()) >= 40
    assert len({a.category.id for a in site.public_articles()}) >= 4
    assert any(site.listing_pages(c) > 1 for c in site.categories)
    assert len(HaiDuongSite(articles=2000).public_articles()) >= 2000


def test_query_forms_and_print_view_serve_the_same_article(haiduong):
    seed = haiduong.site.seed_id
    pages = [fetch(haiduong, path) for path in
             (f"/NewsDetail.aspx?id={seed}", f"/NewsDetail.aspx?cat=12&id={seed}", f"/newsdetail.aspx?id={seed}&cat=12",
              f"/NewsDetail.aspx?id={seed}&print=1")]
    assert {status for status, _, _ in pages} == {200}
    assert all(b"Ho\xe1\xba\xa1t \xc4\x91\xe1\xbb\x99ng khuy\xe1\xba\xbfn c\xc3\xb4ng t\xe1\xbb\x89nh" in body
               for _, _, body in pages)


def test_errors_redirect_and_robots(haiduong):
    site = haiduong.site
    assert fetch(haiduong, f"/NewsDetail.aspx?id={site.ERROR_404}")[0] == 404
    assert fetch(haiduong, f"/NewsDetail.aspx?id={site.ERROR_500}")[0] == 500
    request = urllib.request.Request(haiduong.url + f"tin-tuc/{site.redirected_id}.html")
    with urllib.request.urlopen(request, timeout=5) as reply:  # urllib follows the 301
        assert reply.url.endswith(
            f"NewsDetail.aspx?cat={site.articles[site.redirected_id].category.id}&id={site.redirected_id}")
    status, headers, body = fetch(haiduong, "/robots.txt")
    assert status == 200 and b"Disallow: /News.aspx?cat=99" in body


def test_windows_1258_page_decodes_to_decomposed_text(haiduong):
    article = next(a for a in haiduong.site.articles.values() if a.encoding == "windows-1258")
    status, headers, body = fetch(haiduong, f"/NewsDetail.aspx?id={article.id}")
    assert headers["Content-Type"] == "text/html; charset=windows-1258"
    text = body.decode("cp1258")
    assert not unicodedata.is_normalized("NFC", text)
    assert unicodedata.normalize("NFC", article.title) in unicodedata.normalize("NFC", text)


def test_windows_1258_encoding_round_trips():
    text = "Hoạt động khuyến công tỉnh Hải Dương: 11,072 tỷ đồng"
    assert unicodedata.normalize("NFC", encode_windows_1258(text).decode("cp1258")) == text


def test_slow_page_is_slow_but_answers(haiduong):
    started = time.monotonic()
    assert fetch(haiduong, f"/NewsDetail.aspx?id={haiduong.site.SLOW}")[0] == 200
    assert time.monotonic() - started >= 0.5


def test_a_slow_page_does_not_hold_up_the_others():
    # The slow page is held (the server's gate) until the other has been answered: no race with the clock.
    server = serve("haiduong", slow_seconds=0)
    try:
        server.hold_after(0, lambda target: target == f"/NewsDetail.aspx?id={server.site.SLOW}")
        slow = threading.Thread(target=fetch, args=(server, f"/NewsDetail.aspx?id={server.site.SLOW}"))
        slow.start()
        deadline = time.monotonic() + 30
        while not server.held and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.held
        assert fetch(server, "/robots.txt")[0] == 200
        assert slow.is_alive()
        server.open_gate()
        slow.join(30)
        assert not slow.is_alive()
    finally:
        server.shutdown()


def test_answers_like_iis_and_shrugs_off_what_is_not_http(haiduong):
    status, headers, _ = fetch(haiduong, "/")
    assert (status, headers["Server"]) == (200, "Microsoft-IIS/8.5") and headers["Date"].endswith("GMT")
    for junk, answer in ((b"\x16\x03\x01 not http\r\n\r\n", b"HTTP/1.1 400 Bad Request\r\n"),
                         (b"GET /\r\n\r\n", b"HTTP/1.1 400 Bad Request\r\n"),
                         (b"GET / HTTP/1.1\r\n", b"")):  # the head never ends: closed without an answer
        with socket.create_connection(("127.0.0.1", haiduong.server_address[1]), timeout=5) as client:
            client.sendall(junk)
            client.shutdown(socket.SHUT_WR)
            received = b"".join(iter(lambda: client.recv(4096), b""))
            assert received.startswith(answer) if answer else received == b""
    with socket.create_connection(("127.0.0.1", haiduong.server_address[1]), timeout=5) as client:
        client.sendall(b"HEAD /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b"".join(iter(lambda: client.recv(4096), b""))
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n") and answer.endswith(b"\r\n\r\n")  # a head, no body
    assert fetch(haiduong, "/robots.txt")[0] == 200


def test_stopping_with_a_slow_page_pending_is_quiet(caplog):
    server = serve("haiduong", slow_seconds=3600)
    target = f"/NewsDetail.aspx?id={server.site.SLOW}"
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=30) as client:
        client.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        deadline = time.monotonic() + 30
        while target not in server.requests and time.monotonic() < deadline:
            time.sleep(0.01)
        server.shutdown()  # joins the serving thread (for at most 10 s): it must end without the hour-long page
        assert client.recv(100) == b""  # closed, unanswered
    assert not server._thread.is_alive()
    assert not [record for record in caplog.records if record.name == "asyncio"]


def test_other_sites_serve_listings_and_articles():
    for name, listing, article in (("bacgiang", "/Pages/TinTuc.aspx?CateID=1&Page=2", "/Pages/ChiTiet.aspx?ItemID=301"),
                                   ("plain", "/", "/bai-viet/10.html")):
        server = serve(name)
        try:
            assert fetch(server, listing)[0] == 200
            assert fetch(server, article)[0] == 200
            assert len(server.site.articles) >= (40 if name == "bacgiang" else 5)
        finally:
            server.shutdown()


def test_command_line_serves_a_site_on_the_given_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "testsites", "--site", "bacgiang", "--port", str(port)],
                              cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert f"http://127.0.0.1:{port}/" in server.stdout.readline()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:  # redirected to Home.aspx
            assert reply.url.endswith("/Pages/Home.aspx") and "SỞ CÔNG THƯƠNG TỈNH BẮC GIANG" in reply.read().decode()
    finally:
        server.terminate()
        server.wait(10)


def test_a_query_the_site_cannot_read_is_a_400_not_a_dropped_connection(haiduong):
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"{haiduong.url}News.aspx?cat=12&page=abc", timeout=10)
    assert answer.value.code == 400
    with urllib.request.urlopen(f"{haiduong.url}News.aspx?cat=12&page=1", timeout=10) as page:  # still serving
        assert page.status == 200


FAMILY_PAGES = [  # family: a second listing page in the family's own form, a print view, the sitemap or feed
    ("nukeviet", "/vi/news/khuyen-cong/page-2", "/vi/news/print/khuyen-cong-101.html", "/vi/news/rss/"),
    ("liferay6", "/web/guest/quan-ly-thuong-mai?p_p_id=101_INSTANCE_Kx7mQ2&_101_INSTANCE_Kx7mQ2_cur=2", None,
     "/sitemap.xml"),
    ("liferay7", "/web/guest/quan-ly-thuong-mai?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
                 "_INSTANCE_vR8tLm3Qa9Zk&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vR8tLm3Qa9Zk_cur=2",
     None, "/sitemap.xml"),
    ("sharepoint-portal", "/portal/Pages/Thong-tin-thi-truong.aspx?PageIndex=2", None, None),
    ("sharepoint-trang", "/So/socongthuong/Trang/Xuc-tien-thuong-mai.aspx?Cat=22&Page=2",
     "/So/socongthuong/Trang/ChiTietTinTuc.aspx?nid=101&print=1", None),
    ("wordpress", "/category/khuyen-cong/page/2/", None, "/feed/"),
    ("dotnetnuke", "/Default.aspx?tabid=56&cateid=2&currentpage=2", None, "/SiteMap.aspx"),
]


@pytest.mark.parametrize("family, second_page, print_view, feed", FAMILY_PAGES)
def test_family_copies_serve_their_pages(family, second_page, print_view, feed):
    server = serve(family)
    try:
        site = server.site
        article = site.articles[101]
        assert fetch(server, site.url("home"))[0] == 200
        status, _, body = fetch(server, second_page)
        assert status == 200 and site.in_category(article.category.id)[site.page_size].title in body.decode()
        status, _, body = fetch(server, site.article_url(article))
        assert status == 200 and article.title in body.decode() and article.paragraphs[-1] in body.decode()
        assert fetch(server, print_view or site.url("print", article))[0] == 200
        assert fetch(server, site.url("listing", category=article.category, page=99))[0] == 404
        specials = {site.ERROR_404: 404, site.ERROR_500: 500, site.EMPTY: 200}
        for article_id, expected in specials.items():
            assert fetch(server, site.article_url(site.specials[article_id]))[0] == expected
        if feed:
            status, headers, body = fetch(server, feed)
            assert status == 200 and "xml" in headers["Content-Type"]
            assert html.fromstring(body).xpath("//loc | //link | //sitemap")
        attachment = next(a for a in site.public_articles() if a.attachments).attachments[0]
        assert fetch(server, attachment)[0] == 200
    finally:
        server.shutdown()


def test_family_copies_show_their_date_forms():
    shown = {}
    for family in ("nukeviet", "liferay6", "liferay7", "sharepoint-portal", "sharepoint-trang", "wordpress",
                   "dotnetnuke"):
        server = serve(family)
        try:
            shown[family] = fetch(server, server.site.article_url(server.site.articles[100]))[2].decode()
        finally:
            server.shutdown()
    assert "Thứ sáu - 03/04/2020 22:36" in shown["nukeviet"]  # weekday, day first, 24-hour
    assert "03/04/2020 | 10:36 PM" in shown["liferay6"]  # day first, 12-hour clock
    assert '<span class="metadata-entry metadata-publish-date">03/04/2020 22:36</span>' in shown["liferay7"]
    assert "Đăng ngày 03/04/2020 22:36" in shown["sharepoint-portal"]
    assert "Cập nhật lúc 22:36, ngày 03/04/2020" in shown["sharepoint-trang"]
    assert 'datetime="2020-04-03T22:36:00+07:00"' in shown["wordpress"]
    assert '<meta name="generator" content="NukeViet' in shown["nukeviet"]
    assert "03/04/2020 10:36:00 CH" in shown["dotnetnuke"]  # .NET's vi-VN culture: 12-hour clock, CH for PM
    assert '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />' in shown["dotnetnuke"]


def test_command_line_serves_a_family():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "testsites", "--family", "wordpress", "--port", str(port)],
                              cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert f"wordpress copy (24 articles) at http://127.0.0.1:{port}/" in server.stdout.readline()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=5) as reply:
            assert "Sitemap: /wp-sitemap.xml" in reply.read().decode()
    finally:
        server.terminate()
        server.wait(10)
