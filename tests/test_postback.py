"""ASP.NET WebForms listings that page by ``__doPostBack`` (issue #8): the pager links read, the forms posted
back, their fingerprints, and the haiduong-postback copy crawled end to end over real HTTP."""

import http.client
import json
import pickle
import socket
import sqlite3
import subprocess
import sys
import urllib.request
from collections import Counter
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlencode

import pytest
from hostile import EndlessPostbackSite, start
from scrapy.http import HtmlResponse, Request
from scrapy.utils.request import request_from_dict

from reader.profiles import load_profile
from spiders.dedupe import CanonicalUrlFingerprinter
from spiders.postback import PAGE_META, PostbackLink, forward_links, postback_links, postback_requests
from spiders.run import FAST_SETTINGS, PROJECT_ROOT, run_crawl
from spiders.socongthuong import SoCongThuongSpider
from testsites import serve
from testsites.sites import HaiDuongPostbackSite

GRID = "ctl00$ContentPlaceHolder1$grdNews"
PAGER = load_profile("haiduong").postback_pager  # the aspnet-tables family's
FORM = load_profile("haiduong").postback_form


def page_response(html: str, url: str = "http://127.0.0.1/News.aspx?cat=12", page: int | None = None) -> HtmlResponse:
    request = Request(url, meta={PAGE_META: page} if page else {})
    return HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=request)


def listing_response(site: HaiDuongPostbackSite, category: int, page: int) -> HtmlResponse:
    """A listing page of the copy as the crawl gets it: page 1 by GET, the others as postback answers."""
    return page_response(site.listing(category, page).body.decode(), f"http://127.0.0.1/News.aspx?cat={category}",
                         page if page > 1 else None)


# --- reading pager links --------------------------------------------------------------------------------

# (a pager's link as sites write it, the event target and argument it posts)
PAGER_LINKS = [
    ("""<a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$grdNews','Page$2')">2</a>""",
     (GRID, "Page$2")),
    ("""<a href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$grdNews&#39;,&#39;Page$Next&#39;)">Sau</a>""",
     (GRID, "Page$Next")),
    ("""<a href="javascript:__doPostBack(&quot;ctl00$ContentPlaceHolder1$grdNews&quot;,"""
     """&quot;Page$Last&quot;)">Cuối</a>""",
     (GRID, "Page$Last")),
    ("""<a href="javascript:__doPostBack(&amp;#39;ctl00$ContentPlaceHolder1$grdNews&amp;#39;,"""
     """&amp;#39;Page$7&amp;#39;)">7</a>""",
     (GRID, "Page$7")),  # escaped twice by the CMS
    ("""<a href="javascript:__doPostBack(%27ctl00%24ContentPlaceHolder1%24grdNews%27%2C%27Page%244%27)">4</a>""",
     (GRID, "Page$4")),  # percent-encoded href
    ("""<a id="ctl00_ContentPlaceHolder1_lbtnNext" """
     """href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnNext','')">Trang sau</a>""",
     ("ctl00$ContentPlaceHolder1$lbtnNext", "")),  # a LinkButton: no argument
    ("""<a onclick="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnNext','');return false;" """
     """href="#">Trang sau</a>""",
     ("ctl00$ContentPlaceHolder1$lbtnNext", "")),
    ("""<a onclick="__doPostBack( 'ctl00$cph$DataPager1$ctl02$ctl00' , '' )" href="javascript:void(0)">»</a>""",
     ("ctl00$cph$DataPager1$ctl02$ctl00", "")),
    ("""<a href="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("""
     """&quot;ctl00$cph$lbtnNext&quot;, &quot;&quot;, true, &quot;&quot;, &quot;&quot;, false, true))">Tiếp</a>""",
     ("ctl00$cph$lbtnNext", "")),
]


@pytest.mark.parametrize("link, event", PAGER_LINKS,
                         ids=[event[1] or event[0].rsplit("$", 1)[-1] for _, event in PAGER_LINKS])
def test_a_pager_link_is_read_as_its_postback(link, event):
    response = page_response(f'<table><tr class="pager"><td>{link}</td></tr></table>')
    assert [(found.target, found.argument) for found in postback_links(response, PAGER)] == [event]


@pytest.mark.parametrize("link", [
    '<a href="/News.aspx?cat=3&amp;page=2">2</a>',  # an ordinary link: followed as a link, not posted
    '<a href="javascript:history.go(-1)">[Quay lại]</a>',
    '<a href="javascript:__doPostBack(ctl00$cph$grdNews)">2</a>',  # no quoted arguments: no call we can read
])
def test_what_is_not_a_postback_link_gives_none(link):
    assert postback_links(page_response(f'<div class="pager">{link}</div>'), PAGER) == []


def test_postback_links_outside_the_pager_are_not_read():
    page = ("""<a href="javascript:__doPostBack('ctl00$lbtnLogout','')">Thoát</a>"""
            """<div class="Pager"><a href="javascript:__doPostBack('ctl00$cph$grdNews','Page$2')">2</a></div>""")
    assert ([(link.target, link.argument) for link in postback_links(page_response(page), PAGER)]
            == [("ctl00$cph$grdNews", "Page$2")])


def link(argument: str, target: str = GRID, text: str = "") -> PostbackLink:
    return PostbackLink(target, argument, text)


# (the page shown, its pager's links, the pages followed)
FORWARD = [
    (1, [link("Page$2"), link("Page$3"), link("Page$Last")], [2, 3]),  # numbers; Last is no page number
    # "..." is Page$11
    (3, [link("Page$First"), link("Page$1"), link("Page$2"), link("Page$4"), link("Page$11")], [4, 11]),
    (2, [link("Page$Prev"), link("Page$Next")], [3]),  # Next/Previous mode
    (1, [link("Page$2"), link("Page$Next")], [2]),  # Next is page 2 again: the number is taken alone
    (2, [link("", "ctl00$cph$lbtnPrev", "Trang trước"), link("", "ctl00$cph$lbtnNext", "Trang sau")], [3]),
    (4, [link("", "ctl00$cph$DataPager1$ctl02$ctl00", "Trang sau")], [5]),  # said by its text
    (5, [link("Page$1"), link("Page$4")], []),  # the last page: nothing forward
    (1, [link("", "ctl00$cph$lbtnSearch", "Tìm kiếm")], []),
    (1, [link("", "ctl00$cph$lbtnTiepNhan", "Tiếp nhận hồ sơ")], []),  # "tiếp" inside a word is no "next"
    (1, [link("", "ctl00$cph$lnkTrangSau", "")], [2]),
]


@pytest.mark.parametrize("current, links, pages", FORWARD)
def test_only_forward_pages_are_followed(current, links, pages):
    assert [page for _, page in forward_links(links, current)] == pages


# --- the forms posted back, and their fingerprints ----------------------------------------------------------


@pytest.fixture(scope="module")
def site():
    return HaiDuongPostbackSite(100)


def fields(request) -> dict[str, str]:
    return dict(parse_qsl(request.body.decode(), keep_blank_values=True))


def test_a_postback_posts_the_pages_own_hidden_fields(site):
    response = listing_response(site, 3, 1)
    requests = postback_requests(response, PAGER, FORM)
    assert [(r.method, r.url, fields(r)["__EVENTARGUMENT"], r.meta[PAGE_META]) for r in requests] == [
        ("POST", "http://127.0.0.1/News.aspx?cat=3", f"Page${n}", n) for n in range(2, site.listing_pages(3) + 1)]
    for request in requests:
        sent = fields(request)
        assert sent["__EVENTTARGET"] == GRID
        assert sent["__VIEWSTATE"] == response.css("#__VIEWSTATE::attr(value)").get() == site.viewstate(3, 1)
        assert sent["__EVENTVALIDATION"] == response.css("#__EVENTVALIDATION::attr(value)").get()
        assert "ctl00$txtSearch" in sent  # the rest of the form, as a browser sends it
        assert request.headers[b"Content-Type"] == b"application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def fingerprint():
    # The crawl's fingerprinter needs of its crawler only the spider (canonical URLs) and Scrapy's defaults.
    crawler = SimpleNamespace(spider=SoCongThuongSpider(site="haiduong", start_url="http://127.0.0.1/"), settings=None)
    return CanonicalUrlFingerprinter(crawler).fingerprint


def test_postbacks_of_one_page_are_one_request_and_of_two_pages_two(site, fingerprint):
    assert site.listing_pages(3) >= 3
    from_first = {fields(r)["__EVENTARGUMENT"]: r for r in postback_requests(listing_response(site, 3, 1), PAGER, FORM)}
    from_second = {fields(r)["__EVENTARGUMENT"]: r
                   for r in postback_requests(listing_response(site, 3, 2), PAGER, FORM)}
    # Page 3 asked from page 1 and from page 2: other viewstates, one page.
    assert fields(from_first["Page$3"])["__VIEWSTATE"] != fields(from_second["Page$3"])["__VIEWSTATE"]
    assert fingerprint(from_first["Page$3"]) == fingerprint(from_second["Page$3"])
    assert fingerprint(from_first["Page$2"]) != fingerprint(from_first["Page$3"])
    assert fingerprint(from_first["Page$2"]) != fingerprint(Request("http://127.0.0.1/News.aspx?cat=3"))


def test_a_next_button_posts_the_same_event_on_every_page_yet_each_page_is_its_own(site, fingerprint):
    assert site.PAGER_STYLES[7] == "button" and site.listing_pages(7) >= 3
    [to_second] = postback_requests(listing_response(site, 7, 1), PAGER, FORM)
    [to_third] = postback_requests(listing_response(site, 7, 2), PAGER, FORM)
    assert (fields(to_second)["__EVENTTARGET"], fields(to_second)["__EVENTARGUMENT"]) == (site.NEXT_BUTTON, "")
    assert (fields(to_third)["__EVENTTARGET"], fields(to_third)["__EVENTARGUMENT"]) == (site.NEXT_BUTTON, "")
    assert (to_second.meta[PAGE_META], to_third.meta[PAGE_META]) == (2, 3)
    assert fingerprint(to_second) != fingerprint(to_third)


def test_a_postback_survives_the_jobdir_queue(site):
    """A JOBDIR crawl pickles each request's dict (Scrapy's disk queues): the FormRequest comes back whole."""
    spider = SoCongThuongSpider(site="haiduong", start_url="http://127.0.0.1/")
    [request] = postback_requests(listing_response(site, 12, 1), PAGER, FORM, callback=spider.parse,
                                  errback=spider.failed, meta={"empty_listings": 0})
    restored = request_from_dict(pickle.loads(pickle.dumps(request.to_dict(spider=spider))), spider=spider)
    assert type(restored).__name__ == "FormRequest"
    assert (restored.method, restored.url, restored.body) == (request.method, request.url, request.body)
    assert restored.callback == spider.parse and restored.errback == spider.failed
    assert restored.meta == {"empty_listings": 0, PAGE_META: 2}


# --- the copy: what ASP.NET answers to a form ---------------------------------------------------------------


@pytest.fixture(scope="module")
def copy_server():
    server = serve("haiduong-postback", articles=100)
    yield server
    server.shutdown()


def post(server, path: str, body: bytes, headers: dict | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                             **(headers if headers is not None else {})})
        answer = connection.getresponse()
        return answer.status, answer.read().decode("utf-8", "replace")
    finally:
        connection.close()


def form_of(site, category, page, **changes) -> bytes:
    form = {"__EVENTTARGET": GRID, "__EVENTARGUMENT": f"Page${page + 1}", "__VIEWSTATE": site.viewstate(category, page),
            "__VIEWSTATEGENERATOR": "CA0B0334", "__EVENTVALIDATION": site.event_validation(category, page), **changes}
    return urlencode({k: v for k, v in form.items() if v is not None}).encode()


def test_the_copy_answers_a_postback_with_the_page_it_asks_for(copy_server):
    site = copy_server.site
    status, page = post(copy_server, "/News.aspx?cat=3", form_of(site, 3, 1))
    second = site.listing_items(3, 2)
    assert status == 200 and second and all(f"id={a.id}" in page for a in second)
    assert not any(f"id={a.id}\"" in page for a in site.listing_items(3, 1))
    assert f'value="{site.viewstate(3, 2)}"' in page and site.viewstate(3, 2) != site.viewstate(3, 1)


@pytest.mark.parametrize("changes", [
    {"__EVENTVALIDATION": None},  # missing
    {"__EVENTVALIDATION": "/wEdAAKx"},  # garbled
    {"__VIEWSTATE": None},
    {"__VIEWSTATE": "MTJ8MXwqiwGdNTm+sqai"},  # another page's (category 12)
    {"__VIEWSTATE": "not base64!"},
    {"__EVENTARGUMENT": "Page$9"},  # an event the page did not offer
], ids=["no validation", "garbled validation", "no viewstate", "another page's viewstate", "garbled viewstate",
        "event not offered"])
def test_a_form_the_page_did_not_issue_gets_iis_invalid_postback(copy_server, changes):
    status, page = post(copy_server, "/News.aspx?cat=3", form_of(copy_server.site, 3, 1, **changes))
    assert status == 500 and "Invalid postback or callback argument" in page


@pytest.mark.parametrize("body, headers, status", [
    (b"", {"Content-Length": "abc"}, 400),
    (b"", {"Content-Length": str(2**21)}, 413),
    (b"__EVENTTARGET=x", {"Content-Length": "15"}, 500),  # a form, but no viewstate: ASP.NET's 500
])
def test_the_copy_refuses_nonsense_bodies(copy_server, body, headers, status):
    assert post(copy_server, "/News.aspx?cat=3", body, headers)[0] == status


@pytest.mark.parametrize("head, body, status", [
    ("POST /News.aspx?cat=3 HTTP/1.1\r\nHost: x\r\n\r\n", b"", 411),  # no length
    ("POST /News.aspx?cat=3 HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", b"", 400),
    ("POST /News.aspx?cat=3 HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", b"__EVENTTARGET=", 400),  # cut short
])
def test_the_copy_refuses_posts_it_cannot_read_whole(copy_server, head, body, status):
    with socket.create_connection(("127.0.0.1", copy_server.server_address[1]), timeout=10) as connection:
        connection.sendall(head.encode() + body)
        connection.shutdown(socket.SHUT_WR)  # the client sends no more
        answer = connection.makefile("rb").readline().decode()
    assert answer.split(" ")[1] == str(status), answer


def test_a_get_of_the_listing_shows_its_first_page_whatever_page_it_names(copy_server):
    site = copy_server.site
    with urllib.request.urlopen(copy_server.url + "News.aspx?cat=3&page=2", timeout=10) as answer:
        page = answer.read().decode()
    assert all(f"id={a.id}" in page for a in site.listing_items(3, 1))
    assert "page=" not in page and "__doPostBack(&#39;" in page  # no page links: postbacks only


# --- the copy crawled end to end ---------------------------------------------------------------------------


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def crawl(server, db_path, **settings):
    result = run_crawl(db_path, site="haiduong", start_url=server.url, timeout=240,
                       **{**FAST_SETTINGS, "EXTRACT_WORKERS": "0", "DOWNLOAD_TIMEOUT": "30", **settings})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def postback_crawl(tmp_path_factory):
    server = serve("haiduong-postback", articles=150, slow_seconds=0.2)
    folder = tmp_path_factory.mktemp("postback")
    # A JOBDIR: every request, the FormRequests too, goes through Scrapy's disk queue (pickled).
    result = crawl(server, folder / "c.db", JOBDIR=folder / "job", SCHEDULER_DEBUG="1")
    yield server, folder / "c.db", result, list(server.exchanges)
    server.shutdown()


def test_every_public_article_of_every_category_is_stored(postback_crawl):
    server, db_path, _, _ = postback_crawl
    site = server.site
    stored = [url for (url,) in query(db_path, "SELECT url FROM articles")]
    expected = {server.url.rstrip("/") + site.article_url(a) for a in site.public_articles()}
    assert len(stored) == len(set(stored)) == len(expected) > 140
    assert set(stored) == expected
    behind_pagers = [a for c in (12, 3, 5, 7) for p in range(2, site.listing_pages(c) + 1)
                     for a in site.listing_items(c, p)]
    assert len(behind_pagers) > 100  # most of the site is reached through postbacks only


def test_each_listing_page_is_fetched_once_by_the_pagers_of_every_style(postback_crawl):
    server, db_path, _, exchanges = postback_crawl
    site = server.site
    expected = {(c, p): 1 for c in site.categories if c not in site.hidden_categories
                for p in range(1, site.listing_pages(c) + 1)}
    assert sum(p > 1 for _, p in expected) >= 12
    assert server.site.listing_pages_asked(server.exchanges) == expected
    events = Counter(dict(parse_qsl(body.decode(), keep_blank_values=True))["__EVENTARGUMENT"] or "button"
                     for method, _, body in exchanges if method == "POST")
    assert events["Page$2"] == 2 and events["Page$Next"] >= 2 and events["button"] >= 2  # numbers, Next, LinkButtons
    # Every postback was answered with its page: the only errors are the copy's three broken articles.
    errors = {url.split("/", 3)[3] for (url,) in query(db_path, "SELECT url FROM crawl_errors")}
    assert errors == {f"NewsDetail.aspx?id={i}" for i in (site.ERROR_404, site.ERROR_500, site.EMPTY)}


def test_postbacks_go_through_the_jobdir_queue(postback_crawl):
    _, _, result, exchanges = postback_crawl
    assert sum(method == "POST" for method, _, _ in exchanges) >= 12
    assert "'scheduler/enqueued/disk':" in result.stderr
    assert "Unable to serialize" not in result.stderr


def test_pages_behind_robots_txt_are_neither_fetched_nor_posted(postback_crawl):
    server, db_path, _, exchanges = postback_crawl
    targets = [target for _, target, _ in exchanges]
    assert "/robots.txt" in targets
    assert not any(t.startswith(("/News.aspx?cat=99", "/Admin/", "/Search.aspx")) for t in targets)
    assert not any("page=" in t.lower() for t in targets if t.lower().startswith("/news.aspx"))
    hidden = {server.url.rstrip("/") + server.site.article_url(a) for a in server.site.articles.values()
              if a.category.id in server.site.hidden_categories}
    assert hidden and not hidden & {url for (url,) in query(db_path, "SELECT url FROM articles")}


# An endless Page$Next pager, ended by each of the crawl's limits in turn (the others off).
LIMITS = [
    ({"MAX_EMPTY_LISTING_PAGES": "3"}, "listing chain stopped: 3 listing pages in a row without a new article link",
     (2, 4)),
    ({"MAX_EMPTY_LISTING_PAGES": "0", "DEPTH_LIMIT": "8"}, "too deep: more than 8 links from the start page", (5, 8)),
    ({"MAX_EMPTY_LISTING_PAGES": "0", "MAX_PAGES_PER_SITE": "90"}, "page cap reached: 90 pages of haiduong", (15, 45)),
]


@pytest.mark.parametrize("settings, recorded, posts", LIMITS, ids=["empty listings", "depth", "page cap"])
def test_an_endless_postback_pager_ends_with_a_crawl_error(tmp_path, settings, recorded, posts):
    server = start(EndlessPostbackSite())
    try:
        crawl(server, tmp_path / "c.db", **settings)
        trap = [t for m, t, _ in server.exchanges
                if m == "POST" and t == f"/News.aspx?cat={EndlessPostbackSite.TRAP_CATEGORY}"]
    finally:
        server.shutdown()
    assert posts[0] <= len(trap) <= posts[1], len(trap)
    reasons = [reason for (reason,) in query(tmp_path / "c.db", "SELECT reason FROM crawl_errors")]
    assert [r for r in reasons if r.startswith(recorded)] != [], reasons
    if "MAX_PAGES_PER_SITE" not in settings:  # the rest of the site is crawled all the same
        assert query(tmp_path / "c.db", "SELECT count(*) FROM articles")[0][0] >= 40


def test_the_probe_lists_a_listings_postback_pages(copy_server):
    result = subprocess.run([sys.executable, "-m", "spiders.probe", "--json", "-s", "DOWNLOAD_DELAY=0",
                             "-s", "AUTOTHROTTLE_ENABLED=0", f"{copy_server.url}News.aspx?cat=3",
                             f"{copy_server.url}News.aspx?cat=7"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    numbered, button = json.loads(result.stdout)
    site = copy_server.site
    assert numbered["page"] == "listing"
    assert [link for link in numbered["listing"]["listings"] if link.startswith("POST ")] == [
        f"POST {GRID}/Page${n}" for n in range(2, site.listing_pages(3) + 1)]
    assert [link for link in button["listing"]["listings"] if link.startswith("POST ")] == [f"POST {site.NEXT_BUTTON}/"]
