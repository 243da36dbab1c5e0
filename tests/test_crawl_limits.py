"""Crawler traps and hostile pages, each served by a real local server: every crawl ends, every refusal is recorded.

Each crawl runs as ``scrapy crawl`` in a subprocess with a time limit: on a crawl without these limits the
traps below never end (endless pagination, a site of 50 links per page) or take minutes and GBs (a gzip bomb).
"""

import sqlite3
import time

import pytest
from hostile import PARAGRAPH, EndlessArticleSite, EndlessListingSite, HostileSite, article_html, gzip_bomb, html, start

from spiders.run import FAST_SETTINGS, run_crawl
from testsites.sites import Reply

CRAWL_TIME_LIMIT = 180  # seconds: far above what each crawl takes once bounded


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def errors(db_path) -> dict[str, tuple]:
    """crawl_errors by path: (status, reason)."""
    return {url.split("/", 3)[3]: (status, reason)
            for url, status, reason in query(db_path, "SELECT url, status, reason FROM crawl_errors")}


def crawl(server, db_path, **settings):
    # A generous download timeout: on a loaded machine no page may be lost to it.
    result = run_crawl(db_path, timeout=CRAWL_TIME_LIMIT, start_url=server.url,
                       **{**FAST_SETTINGS, "EXTRACT_WORKERS": "0", "DOWNLOAD_TIMEOUT": "30", **settings})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def test_endless_pagination_on_a_known_site_ends(tmp_path):
    server = start(EndlessListingSite())
    try:
        result = crawl(server, tmp_path / "c.db", site="haiduong", MAX_EMPTY_LISTING_PAGES="3")
        trap_pages = [t for t in server.requests if t.startswith("/News.aspx?cat=12&")]
    finally:
        server.shutdown()
    # Page 1 brings new articles; then 3 pages in a row without any, and the chain is left.
    assert 3 <= len(trap_pages) <= 8, trap_pages
    recorded = [reason for _, reason in errors(tmp_path / "c.db").values()
                if reason.startswith("listing chain stopped")]
    assert recorded == ["listing chain stopped: 3 listing pages in a row without a new article link "
                        "(MAX_EMPTY_LISTING_PAGES)"]
    assert "MAX_EMPTY_LISTING_PAGES" in result.stderr
    assert query(tmp_path / "c.db", "SELECT count(*) FROM articles")[0][0] >= 40  # the real site still crawled


def test_endless_article_numbers_end_by_themselves_and_are_recorded_once(tmp_path):
    server = start(EndlessArticleSite())
    try:
        crawl(server, tmp_path / "c.db", site="haiduong", TRAP_RECORD_AFTER="3")
        invented = [t for t in server.requests if "id=9" in t and len(t.rsplit("=", 1)[1]) >= 6]
        public = {article.id for article in server.site.public_articles()}
    finally:
        server.shutdown()
    # The entry, its ten, and at most a few more rounds: no more than MAX_ARTICLE_CHAIN articles from a listing,
    # and pages repeating one text (numbers aside) lead nowhere.
    assert 1 <= len(invented) <= 111, len(invented)
    recorded = [reason for _, reason in errors(tmp_path / "c.db").values() if reason.startswith("article-number trap")]
    assert len(recorded) == 1 and "MAX_ARTICLE_CHAIN" in recorded[0]
    stored = {int(url.rsplit("=", 1)[1]) for (url,) in query(tmp_path / "c.db", "SELECT url FROM articles")}
    assert public <= stored  # every real article of the copy


def test_linked_pages_that_redirect_to_each_other_are_recorded(tmp_path):
    # Both ends linked: each is asked for on its own, and each redirect leads to a page already asked for,
    # which the duplicate filter drops; before, neither page left a trace.
    server = start(HostileSite({
        "/": lambda p, q: html(article_html("Trang chủ", links=["/mot", "/hai", "/bai-that"])),
        "/mot": lambda p, q: html("", 302, Location="/hai"),
        "/hai": lambda p, q: html("", 302, Location="/mot"),
        "/bai-that": lambda p, q: html(article_html("Bài thật của trang")),
    }))
    try:
        result = crawl(server, tmp_path / "c.db", DEPTH_LIMIT="2")
    finally:
        server.shutdown()
    recorded = {path: reason for path, (_, reason) in errors(tmp_path / "c.db").items()}
    assert recorded["mot"] == f"redirect to a page already seen: {server.url}mot → {server.url}hai"
    assert recorded["hai"] == f"redirect to a page already seen: {server.url}hai → {server.url}mot"
    assert "'socongthuong/redirects_already_seen': 2" in result.stderr


def fifty_links(path, query):
    number = int(path.rsplit("/", 1)[1] or 0)
    return html(article_html(f"Trang số {number}", links=[f"/p/{number * 50 + i}" for i in range(1, 51)]))


def test_a_generic_crawl_of_fifty_links_per_page_ends_at_the_page_cap(tmp_path):
    server = start(HostileSite({"/": fifty_links, "/p/*": fifty_links}))
    try:
        result = crawl(server, tmp_path / "c.db", MAX_PAGES_PER_SITE="120", CONCURRENT_REQUESTS_PER_DOMAIN="16")
        pages = [t for t in server.requests if t != "/robots.txt"]
    finally:
        server.shutdown()
    assert 100 <= len(pages) <= 120
    recorded = [(path, reason) for path, (_, reason) in errors(tmp_path / "c.db").items()
                if reason.startswith("page cap")]
    assert (len(recorded) == 1
            and recorded[0][1] == "page cap reached: 120 pages of 127.0.0.1 fetched (MAX_PAGES_PER_SITE)")
    assert "Page cap reached on 127.0.0.1" in result.stderr
    assert "'socongthuong/page_cap_refused'" in result.stderr  # the stats dump counts the others
    [(articles, errors_count)] = query(tmp_path / "c.db", "SELECT articles, errors FROM runs")
    assert articles == query(tmp_path / "c.db", "SELECT count(*) FROM articles")[0][0] >= 100
    assert errors_count >= 1


# 5,000 unclosed tags under the article's first paragraphs (libxml2 keeps about 2,000 levels: the last
# paragraph is put at 1,500).
DEEP_PAGE = ("<html><head><title>Trang sâu</title></head><body><h1>Trang sâu</h1><div>"
             + "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(3))
             + "<div><span>" * 750 + "<p>Chữ ở đáy trang.</p>" + "<div><span>" * 1750 + "</body></html>")


# 300,000 characters of article, each sentence an amount of money: over both caps the crawl below sets.
LONG_PAGE = ("<html><head><title>Bài rất dài</title></head><body><h1>Bài rất dài</h1><div>"
             + "<p>" + "Xã được hỗ trợ 2 tỷ đồng. " * 12_000 + "</p></div></body></html>")


def hostile_routes() -> dict:
    article_links = ["/bom", "/bai-viet/pdf", "/bai-viet/nhi-phan", "/sau", "/vong-a", "/ban-doi-ngu",
                     "/tu-choi", "/cho-mot-chut", "/chuoi/1", "/bai-viet/rac", "/dai", "/to", "ftp://127.0.0.1/tai-lieu/bai.html"]
    waits = {"asked": 0}

    def busy_once(path, query):  # 503 with Retry-After: 1 the first time, then the article
        waits["asked"] += 1
        if waits["asked"] == 1:
            return html("<p>Máy chủ bận</p>", 503, **{"Retry-After": "1"})
        return html(article_html("Bài sau khi chờ"))

    return {
        "/": lambda p, q: html(article_html("Trang chủ", links=article_links)),
        "/bom": lambda p, q: gzip_bomb(50),
        "/bai-viet/pdf": lambda p, q: html("%PDF-1.4\n%âãÏÓ\n1 0 obj\n", **{"Content-Type": "application/pdf"}),
        "/bai-viet/nhi-phan": lambda p, q: html("\x00\x01\x02\x89PNG\r\n\x1a\n" * 50,
                                                **{"Content-Type": "application/octet-stream"}),
        "/bai-viet/rac": lambda p, q: Reply(200, bytes(range(256)) * 40),  # "text/html", binary bytes
        "/sau": lambda p, q: html(DEEP_PAGE),
        "/dai": lambda p, q: html(LONG_PAGE),
        "/to": lambda p, q: html("<html><body><p>" + "x" * (6 * 2**20) + "</p></body></html>"),
        "/vong-a": lambda p, q: html("", 302, Location="/vong-b"),
        "/vong-b": lambda p, q: html("", 302, Location="/vong-a"),
        "/tu-choi": lambda p, q: html("<p>Quá nhiều yêu cầu</p>", 429, **{"Retry-After": "3600"}),
        "/cho-mot-chut": busy_once,
        "/chuoi/*": lambda p, q: html(article_html(f"Chuỗi {p}", links=[f"/chuoi/{int(p.rsplit('/', 1)[1]) + 1}"])),
    }


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory):
    """One generic crawl of a site of hostile pages (a second site on another port of the same host)."""
    other_port = start(HostileSite({"/*": lambda p, q: html(article_html("Cổng khác"))}))
    routes = hostile_routes()
    routes["/ban-doi-ngu"] = lambda p, q: html(article_html("Liên kết sang cổng khác",
                                                            links=[f"{other_port.url}bai-khac"]))
    server = start(HostileSite(routes))
    db_path = tmp_path_factory.mktemp("hostile") / "c.db"
    started = time.monotonic()
    try:
        result = crawl(server, db_path, RETRY_ENABLED="1", RETRY_TIMES="2", DEPTH_LIMIT="2",
                       DOWNLOAD_TIMEOUT="20", MAX_ARTICLE_CHARS="100000", MAX_FACTS_PER_ARTICLE="1000")
    finally:
        server.shutdown()
        other_port.shutdown()
    return db_path, result, list(server.requests), list(other_port.requests), time.monotonic() - started


def test_a_gzip_bomb_is_refused_and_recorded(hostile_crawl):
    db_path, _, _, _, _ = hostile_crawl
    status, reason = errors(db_path)["bom"]
    assert status == 200 and reason.startswith("too large: ") and "DOWNLOAD_MAXSIZE" in reason
    assert not query(db_path, "SELECT url FROM articles WHERE url LIKE '%/bom'")
    status, reason = errors(db_path)["to"]  # 6 MB without compression: cancelled as it comes
    assert reason.startswith("too large: ") and "larger than download max size (5242880)" in reason


@pytest.mark.parametrize("path, reason", [
    ("bai-viet/pdf", "not HTML (application/pdf)"),
    ("bai-viet/nhi-phan", "not HTML (application/octet-stream, binary body)"),
    ("bai-viet/rac", "not HTML (text/html; charset=utf-8, binary body)"),
    ("tu-choi", "refused: HTTP 429 asks to come back in 3600 s, more than RETRY_AFTER_MAX (180 s)"),
    ("vong-b", "redirect loop: {url}vong-a → {url}vong-b → {url}vong-a"),
    ("chuoi/3", "too deep: more than 2 links from the start page (DEPTH_LIMIT); links this deep not followed"),
])
def test_each_page_without_an_item_leaves_a_crawl_errors_row(hostile_crawl, path, reason):
    db_path, result, _, _, _ = hostile_crawl
    url = query(db_path, "SELECT base_url FROM sites")[0][0]
    assert errors(db_path)[path][1] == reason.format(url=url), errors(db_path)


def test_the_runs_error_count_includes_them(hostile_crawl):
    db_path, _, _, _, _ = hostile_crawl
    [(errors_count, status)] = query(db_path, "SELECT errors, status FROM runs")
    assert errors_count == query(db_path, "SELECT count(*) FROM crawl_errors")[0][0] >= 9 and status == "finished"


def test_a_5000_deep_page_is_parsed_without_recursion_error(hostile_crawl):
    db_path, result, requests, _, _ = hostile_crawl
    assert "/sau" in requests
    assert "sau" not in errors(db_path)
    assert "RecursionError" not in result.stderr
    [(body,)] = query(db_path, "SELECT body FROM articles WHERE url LIKE '%/sau'")
    assert body.endswith("Chữ ở đáy trang.")


def test_retry_after_is_honoured_then_the_article_stored(hostile_crawl):
    db_path, result, requests, _, _ = hostile_crawl
    assert requests.count("/cho-mot-chut") == 2
    assert query(db_path, "SELECT title FROM articles WHERE url LIKE '%/cho-mot-chut'") == [("Bài sau khi chờ",)]
    assert "'socongthuong/retry_waits': 1" in result.stderr
    assert requests.count("/tu-choi") == 1  # an hour asked for: not retried in this run


def test_only_http_links_on_the_sites_own_host_and_port_are_followed(hostile_crawl):
    _, _, requests, other_port_requests, _ = hostile_crawl
    assert "/ban-doi-ngu" in requests
    assert other_port_requests == []
    assert not any("tai-lieu" in target for target in requests)


def test_a_long_article_is_cut_and_its_facts_capped(hostile_crawl):
    db_path, result, _, _, _ = hostile_crawl
    [(article_id, body)] = query(db_path, "SELECT id, body FROM articles WHERE url LIKE '%/dai'")
    assert len(body) <= 100_000 and body.startswith("Xã được hỗ trợ 2 tỷ đồng.")
    assert query(db_path, "SELECT count(*) FROM money WHERE article = ?", article_id) == [(1000,)]
    reasons = {reason for url, reason in query(db_path, "SELECT url, reason FROM crawl_errors") if url.endswith("/dai")}
    # 26 characters a sentence, 12,000 of them, the last space stripped; cut at the last space before 100,000,
    # and each of the 3,846 whole sentences left is one amount.
    assert reasons == {"article text cut to 99998 of 311999 characters (MAX_ARTICLE_CHARS)",
                       "facts capped: 1000 of 3846 stored (MAX_FACTS_PER_ARTICLE)"}


# robots.txt as RFC 9309 reads it: a server or network error means "disallow everything", a 4xx "no rules".
def robots_answers(*answers: Reply):
    """A robots.txt route giving these answers in turn, the last one for ever."""
    asked = []

    def answer(path, query):
        asked.append(path)
        return answers[min(len(asked), len(answers)) - 1]
    return answer


RULES = Reply(200, b"User-agent: *\nDisallow: /rieng/\n", content_type="text/plain")
BUSY = Reply(503, b"Service Unavailable", content_type="text/plain")
SLOW = Reply(200, RULES.body, content_type="text/plain", delay=5)  # longer than the crawl's timeout below


def robots_site(robots):
    home = article_html("Trang chủ", links=["/cong-khai", "/rieng/bai"])
    return HostileSite({"/robots.txt": robots, "/": lambda p, q: html(home),
                        "/cong-khai": lambda p, q: html(article_html("Bài công khai")),
                        "/rieng/bai": lambda p, q: html(article_html("Bài riêng"))})


@pytest.mark.parametrize("answers, pages", [
    ((RULES,), {"/", "/cong-khai"}),  # read at once
    ((SLOW, BUSY, RULES), {"/", "/cong-khai"}),  # a timeout, a 503, then read: the rules still hold
    ((Reply(404, b"Not Found", "text/plain"),), {"/", "/cong-khai", "/rieng/bai"}),  # no robots.txt: no rules
    ((Reply(403, b"Forbidden", "text/plain"),), {"/", "/cong-khai", "/rieng/bai"}),  # 4xx: no rules either
])
def test_robots_txt_is_tried_again_before_the_site_is_crawled(tmp_path, answers, pages):
    server = start(robots_site(robots_answers(*answers)))
    try:
        crawl(server, tmp_path / "c.db", DOWNLOAD_TIMEOUT="2", RETRY_BACKOFF_BASE="0.2")
        requests = list(server.requests)
    finally:
        server.shutdown()
    # Each answer once, then once more: the spider reads robots.txt's Sitemap lines as a page of its own.
    assert requests.count("/robots.txt") == len(answers) + 1
    assert {t for t in requests if t != "/robots.txt"} == pages
    assert not errors(tmp_path / "c.db")


@pytest.mark.parametrize("answer, why", [
    (BUSY, "HTTP 503"),
    (Reply(429, b"Too Many Requests", "text/plain"), "HTTP 429"),
    (SLOW, "DownloadTimeoutError: Getting"),
])
def test_a_robots_txt_that_cannot_be_read_means_no_page_is_fetched(tmp_path, answer, why):
    server = start(robots_site(robots_answers(answer)))
    try:
        result = run_crawl(tmp_path / "c.db", timeout=CRAWL_TIME_LIMIT, start_url=server.url,
                           **{**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "2", "RETRY_BACKOFF_BASE": "0.2"})
        requests = list(server.requests)
    finally:
        server.shutdown()
    assert requests == ["/robots.txt"] * 3  # ROBOTSTXT_ATTEMPTS, and nothing else
    [(path, (status, reason))] = errors(tmp_path / "c.db").items()
    assert path == "" and reason.startswith(f"robots.txt of {server.url[7:-1]} could not be read ({why}")
    assert "no page of the host is fetched (RFC 9309)" in reason
    assert "robots.txt of 127.0.0.1" in result.stderr and "Traceback" not in result.stderr
    assert query(tmp_path / "c.db", "SELECT count(*) FROM articles") == [(0,)]
