"""One reading path, never worse than the generic reader (reader/page.py, spiders/parsing.read_article).

For every article page the project has (the tests' pages, the judged-on real pages, every family copy's
article and its variant templates), read as the crawl reads it, with and without a site argument that names
another platform's family: the crawl keeps at least the title, time and body the generic reader alone
reads; and the probe shows what the crawl stores.
"""

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from reader import parse_html, read_page
from reader.families import recognise
from reader.profiles import load_profile, site_profile
from reader.times import DateOrders
from spiders import parsing
from spiders.probe import Report
from spiders.probe import read_page as probe_read_page
from testsites.family_sites import family_article_page, family_copy_names

TESTS = Path(__file__).parent
MAIN_FIELDS = ("title", "published", "body")


def variant_names(family: str) -> list[str | None]:
    folder = Path(__file__).parents[1] / "testsites" / "families" / family
    return [None, *(path.name.split(".")[1] for path in sorted(folder.glob("article.*.html")))]


def every_page() -> list[tuple[str, str, bytes]]:
    """(name, URL, HTML) of every article page the project keeps."""
    pages = [(path.name, f"http://sct.example.gov.vn/tin-tuc/{path.stem}-123.html", path.read_bytes())
             for path in sorted((TESTS / "pages").glob("*.html")) if "listing" not in path.stem]
    pages += [(f"judged/{path.name}", f"https://judged.example.vn/{path.stem}.html", path.read_bytes())
              for path in sorted((TESTS / "judged_pages").glob("*.html"))]
    for family in family_copy_names():
        for variant in variant_names(family):
            site, path, html = family_article_page(family, variant)
            pages.append((f"{family}/{variant or 'article'}", f"http://127.0.0.1:8000{path}", html))
    return pages


PAGES = every_page()
# A site argument naming a family other than the page's: the site's selectors find nothing or the wrong thing.
WRONG_SITES = ("haiduong", "quangninh")


def response_of(url: str, html: bytes) -> HtmlResponse:
    return HtmlResponse(url, body=html, headers={"Content-Type": "text/html; charset=utf-8"})


def as_crawled(response: HtmlResponse, site: str | None):
    """What the crawl stores: the site's profile (served from the page's host), or an ad-hoc site whose family is
    recognised from the page, as SoCongThuongSpider.recognised does; then parsing.read_article."""
    if site is not None:
        profile = load_profile(site).served_from(response.url)
    else:
        host = response.url.split("/")[2].split(":")[0]
        profile = site_profile({"id": host, "name": host, "hosts": [host], "start_urls": [response.url]})
        found = recognise(response.selector.root, response.url)
        if found is not None:
            profile = profile.with_family(found.family)
    return parsing.read_article(response, profile, profile.site, DateOrders())


def test_the_pages_are_there():
    names = [name for name, _, _ in PAGES]
    assert len(names) >= 30 and any(name.startswith("judged/") for name in names)
    assert {"liferay6/article", "liferay7/article", "dotnetnuke/newsarticles", "nukeviet/v3"} <= set(names)


@pytest.mark.parametrize("site", [None, *WRONG_SITES])
@pytest.mark.parametrize("name, url, html", PAGES, ids=[name for name, _, _ in PAGES])
def test_the_crawl_keeps_every_main_field_the_generic_reader_reads(name, url, html, site):
    response = response_of(url, html)
    generic = parsing.parse_generic_article(response, "x", DateOrders())
    item, reading = as_crawled(response, site)
    if generic is None:
        return  # nothing to keep; what the crawl reads beyond the generic reader is the gate's to score
    assert item is not None, reading.why
    for field in MAIN_FIELDS:
        if getattr(generic, field):
            assert getattr(item, field), (field, item.read_by)
    assert set(MAIN_FIELDS) & set(item.read_by) == {field for field in MAIN_FIELDS if getattr(item, field)}


@pytest.mark.parametrize("name, url, html", PAGES[::3], ids=[name for name, _, _ in PAGES[::3]])
def test_the_probe_shows_what_the_crawl_stores(name, url, html):
    response = response_of(url, html)
    report = Report(url)
    probe_read_page(response, report, None, DateOrders())
    item, _ = as_crawled(response, None)
    if item is None:
        assert report.page != "article"
        return
    assert report.page == "article"
    shown = report.article
    assert (shown["title"], shown["published"], shown["lead"], shown["read_by"]) == \
        (item.title, item.published, item.lead, item.read_by)
    assert shown["body_chars"] == len(item.body) and shown["body_start"] == item.body[:80]


def test_read_page_is_pure_and_says_why_there_is_no_article():
    reading = read_page(parse_html("<html><head><title>Trang chủ</title></head><body><ul><li><a href='/a'>"
                                   "Tin tức</a></li></ul></body></html>"), "http://example.vn/")
    assert reading.article is None
    assert reading.why.startswith("no article: ") and "generic: nothing" in reading.why


def test_a_page_typed_in_a_legacy_font_is_read_in_unicode():
    # An old portal's article whose body was typed in .VnTime (TCVN3), its title in Unicode.
    from reader.documents.legacy import to_tcvn3

    paragraphs = ["Sở Công Thương tổ chức hội nghị tổng kết công tác khuyến công năm 2024 tại thành phố.",
                  "Năm qua, tỉnh đã hỗ trợ 66 đề án khuyến công với tổng kinh phí 11,072 tỷ đồng cho các cơ sở.",
                  "Hội nghị cũng đề ra nhiệm vụ trọng tâm của năm 2025 cho các huyện, thị xã và thành phố."]
    body = "".join(f"<p>{to_tcvn3(p)}</p>" for p in paragraphs)
    html = (f"<html><head><title>Tổng kết khuyến công năm 2024</title></head><body><article><h1>Tổng kết khuyến "
            f"công năm 2024</h1><time datetime='2024-12-20T08:00:00+07:00'>20/12/2024</time>{body}</article>"
            f"</body></html>").encode()
    reading = read_page(parse_html(html), "http://sct.example.gov.vn/tin-tuc/tong-ket-123.html")
    assert reading.article is not None, reading.why
    assert "66 đề án khuyến công với tổng kinh phí 11,072 tỷ đồng" in reading.article.body
    assert reading.article.read_by["body"].endswith("+tcvn3")
    assert reading.article.title == "Tổng kết khuyến công năm 2024"
