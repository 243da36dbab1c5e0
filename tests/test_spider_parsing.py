"""Parsing functions on pages of the local copies: exact seed fields, encodings, broken markup, layouts."""

import unicodedata
from urllib.parse import parse_qsl, urlsplit

import pytest
from lxml import html
from scrapy.http import HtmlResponse
from scrapy.settings import Settings

from reader.profiles import default_profile_names, load_profile, profile_for_url
from spiders.parsing import block_lines, links, parse_article, parse_generic_article, parse_time
from spiders.socongthuong import SoCongThuongSpider
from testsites.content import SEED_TEXT
from testsites.sites import BacGiangSite, HaiDuongSite, PlainSite

BASE = "http://127.0.0.1:8000"
SEED_LINES = SEED_TEXT.read_text(encoding="utf-8").split("\n")
FURNITURE = ["[Quay lại]", "In trang", "Đầu trang", "Các tin cùng Chuyên mục", "Nguồn Bài", "BaoNhanDan",
             "SỞ CÔNG THƯƠNG HẢI DƯƠNG", "Thứ 5, ngày", "KHUYẾN CÔNG & TƯ VẤN", "6/24/2019", "File đính kèm"]


def page(site, path: str) -> HtmlResponse:
    """A response for ``path`` of the site, as Scrapy would build it from the mirror's answer."""
    parts = urlsplit(path)
    reply = site.reply(parts.path, dict(parse_qsl(parts.query)))
    return HtmlResponse(BASE + path, status=reply.status, body=reply.body,
                        headers={"Content-Type": reply.content_type})


@pytest.fixture(scope="module")
def haiduong():
    return HaiDuongSite()


@pytest.fixture(scope="module")
def haiduong_profile():
    return load_profile("haiduong").served_from(BASE + "/")


@pytest.fixture(scope="module")
def seed(haiduong, haiduong_profile):
    return parse_article(page(haiduong, f"/NewsDetail.aspx?cat=12&id={haiduong.seed_id}"), haiduong_profile)


def test_seed_fields_exactly_as_published(seed, haiduong):
    assert seed.url == f"{BASE}/NewsDetail.aspx?id={haiduong.seed_id}"
    assert seed.site == "haiduong"
    assert seed.title == "Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018" == SEED_LINES[6]
    assert seed.category == "KHUYẾN CÔNG & TƯ VẤN PTCN"
    assert seed.published == "2019-06-24T07:43:26+07:00"
    assert seed.author == "Nguyễn Hồng Chuyến"
    assert seed.lead == SEED_LINES[7] and seed.lead.startswith("Hoạt động khuyến công trong những năm qua")
    body_end = next(i for i, line in enumerate(SEED_LINES) if line.startswith("Nguồn Bài:"))
    expected = "\n\n".join(line.strip() for line in SEED_LINES[8:body_end] if line.strip())
    assert seed.body == expected
    assert seed.body.startswith("Trong 5 năm (2014-2018)")
    assert "11,072 tỷ đồng" in seed.body


def test_seed_body_holds_no_page_furniture(seed):
    for furniture in FURNITURE:
        assert furniture not in seed.body


def test_seed_related_list(seed, haiduong):
    related_titles = [line.rpartition(" (")[0]
                      for line in SEED_LINES[SEED_LINES.index("Các tin cùng Chuyên mục") + 1 : -1]]
    by_url = {f"{BASE}/NewsDetail.aspx?id={a.id}": a.title for a in haiduong.articles.values()}
    assert [by_url[url] for url in seed.related] == related_titles
    assert len(related_titles) == 10


def test_print_view_and_query_forms_give_the_same_article(seed, haiduong, haiduong_profile):
    for path in (f"/NewsDetail.aspx?id={haiduong.seed_id}&print=1", f"/NewsDetail.aspx?id={haiduong.seed_id}&cat=12"):
        other = parse_article(page(haiduong, path), haiduong_profile)
        assert ((other.url, other.title, other.body, other.published)
                == (seed.url, seed.title, seed.body, seed.published))


def test_windows_1258_page_comes_out_nfc(haiduong, haiduong_profile):
    source = next(a for a in haiduong.articles.values() if a.encoding == "windows-1258")
    article = parse_article(page(haiduong, f"/NewsDetail.aspx?id={source.id}"), haiduong_profile)
    for text in (article.title, article.lead, article.body, article.author, article.category):
        assert unicodedata.is_normalized("NFC", text)
    assert article.title == source.title
    assert article.body == "\n\n".join(source.paragraphs)


def test_broken_html_still_parses(haiduong, haiduong_profile):
    source = next(a for a in haiduong.articles.values() if a.broken_html)
    article = parse_article(page(haiduong, f"/NewsDetail.aspx?id={source.id}"), haiduong_profile)
    assert article.title == source.title
    assert article.author == source.author
    assert article.body == "\n\n".join(source.paragraphs)


def test_attachments_are_collected_and_kept_out_of_the_body(haiduong, haiduong_profile):
    source = next(a for a in haiduong.articles.values() if len(a.attachments) == 2 and not a.broken_html)
    article = parse_article(page(haiduong, f"/NewsDetail.aspx?id={source.id}"), haiduong_profile)
    assert article.attachments == [BASE + href for href in source.attachments]
    assert article.body == "\n\n".join(source.paragraphs)


def test_listing_page_is_no_article(haiduong, haiduong_profile):
    assert parse_article(page(haiduong, "/News.aspx?cat=12"), haiduong_profile) is None


def test_sharepoint_layout_reads_day_before_month():
    site = BacGiangSite()
    profile = load_profile("bacgiang").served_from(BASE + "/")
    source = site.articles[300]
    article = parse_article(page(site, "/Pages/ChiTiet.aspx?ItemID=300&CateID=1"), profile)
    assert article.url == f"{BASE}/Pages/ChiTiet.aspx?ItemID=300"
    assert article.published == "2020-07-06T14:30:00+07:00"
    assert (article.title, article.lead, article.author) == (source.title, source.lead, source.author)
    assert article.category == source.category.name
    assert article.body == "\n\n".join(source.paragraphs)
    assert len(article.related) == 5 and all("ItemID=" in url and "CateID" not in url for url in article.related)
    assert [url.rsplit("/", 1)[1] for url in article.attachments] == [h.rsplit("/", 1)[1] for h in source.attachments]


def test_generic_extractor_on_an_unknown_layout():
    site = PlainSite()
    source = site.articles[10]
    article = parse_generic_article(page(site, "/bai-viet/10.html"), "127.0.0.1")
    assert article.title == source.title
    assert article.lead == source.lead
    assert article.published == source.published.strftime("%Y-%m-%dT%H:%M:00+07:00")
    assert article.body.startswith(source.paragraphs[0])
    for paragraph in source.paragraphs:
        assert paragraph in article.body
    for furniture in ("Trang chủ", "Bài viết mới", "© Ban Quản lý", site.articles[11].title):
        assert furniture not in article.body


def test_generic_extractor_skips_pages_without_article():
    assert parse_generic_article(page(PlainSite(), "/"), "127.0.0.1") is None


@pytest.mark.parametrize("text, formats, expected", [
    ("6/24/2019 7:43:26 AM", ("%m/%d/%Y %I:%M:%S %p",), "2019-06-24T07:43:26+07:00"),
    ("6/7/2019 7:43:26 PM", ("%m/%d/%Y %I:%M:%S %p",), "2019-06-07T19:43:26+07:00"),
    ("Ngày đăng: 06/07/2019 14:30", ("%d/%m/%Y %H:%M",), "2019-07-06T14:30:00+07:00"),
    ("(06/07/2019)", ("%d/%m/%Y %H:%M", "%d/%m/%Y"), "2019-07-06T00:00:00+07:00"),
    ("no date here", ("%d/%m/%Y",), None),
    (None, ("%d/%m/%Y",), None),
])
def test_parse_time_uses_the_site_format(text, formats, expected):
    assert parse_time(text, formats) == expected


def test_block_lines_keep_paragraphs_and_drop_scripts():
    element = html.fromstring("<div><p>Một\n   hai</p><script>x()</script><p>ba<br>bốn</p>năm</div>")
    assert block_lines(element) == ["Một hai", "ba", "bốn", "năm"]


def test_canonical_urls():
    haiduong = load_profile("haiduong")
    assert haiduong.canonicalize("http://sct.haiduong.gov.vn/NewsDetail.aspx?id=5&cat=2&print=1#top") == \
        "http://sct.haiduong.gov.vn/NewsDetail.aspx?id=5"
    assert haiduong.canonicalize("http://sct.haiduong.gov.vn/News.aspx?page=1&cat=3") == \
        "http://sct.haiduong.gov.vn/News.aspx?cat=3"
    assert haiduong.canonicalize("HTTP://SCT.haiduong.gov.vn/newsdetail.aspx?ID=5") == \
        "http://sct.haiduong.gov.vn/NewsDetail.aspx?id=5"
    bacgiang = load_profile("bacgiang")
    assert bacgiang.canonicalize("https://sct.bacgiang.gov.vn/Pages/ChiTiet.aspx?CateID=1&itemid=7&Print=1") == \
        "https://sct.bacgiang.gov.vn/Pages/ChiTiet.aspx?ItemID=7"


def test_contact_url_names_the_maintainer_in_the_user_agent():
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    SoCongThuongSpider.update_settings(settings)
    assert settings["USER_AGENT"].startswith("vn-bulletins/0.1 (+https://")
    settings.set("CONTACT_URL", "https://example.org/lab", priority="cmdline")
    SoCongThuongSpider.update_settings(settings)
    assert settings["USER_AGENT"] == "vn-bulletins/0.1 (+https://example.org/lab)"
    settings.set("USER_AGENT", "custom", priority="cmdline")
    SoCongThuongSpider.update_settings(settings)
    assert settings["USER_AGENT"] == "custom"


def test_profile_chosen_by_domain():
    assert profile_for_url("http://sct.haiduong.gov.vn/News.aspx?cat=3").site == "haiduong"
    assert profile_for_url("https://www.sct.bacgiang.gov.vn/").site == "bacgiang"
    assert profile_for_url("https://example.gov.vn/") is None


def test_spider_picks_profiles_from_arguments():
    everything = SoCongThuongSpider()  # the registry's live sites whose address is known
    assert [p.site for p in everything.profiles] == default_profile_names()
    assert "haiduong" not in default_profile_names() and "binhduong" not in default_profile_names()
    assert {"socongthuong.danang.gov.vn", "quangninh.gov.vn"} <= set(everything.allowed_domains)
    by_domain = SoCongThuongSpider(start_url="http://sct.haiduong.gov.vn/News.aspx?cat=12")
    assert [p.site for p in by_domain.profiles] == ["haiduong"]
    copy = SoCongThuongSpider(site="bacgiang", start_url="http://127.0.0.1:9999/")
    assert copy.allowed_domains == ["127.0.0.1"] and copy.start_urls == ["http://127.0.0.1:9999/"]
    assert copy.sites() == [("bacgiang", "Sở Công Thương Bắc Giang", "http://127.0.0.1:9999/")]
    unknown = SoCongThuongSpider(start_url="https://ubnd.example.vn/tin-tuc")
    assert [p.family for p in unknown.profiles] == [None]  # recognised from its first page
    assert (unknown.unknown_site, copy.unknown_site) == ("ubnd.example.vn", None)
    assert unknown.sites() == [("ubnd.example.vn", "ubnd.example.vn", "https://ubnd.example.vn/tin-tuc")]
    with pytest.raises(ValueError, match="no site 'nowhere'"):
        SoCongThuongSpider(site="nowhere")


@pytest.mark.parametrize("base_tag", ["", '<base href="http://other.vn/x/y/">'])
def test_links_resolve_like_urljoin_against_the_page_or_its_base(base_tag):
    from urllib.parse import urljoin

    hrefs = ["a.aspx?id=1", "./b", "../c", "/d", "//e.vn/f", "http://g.vn/h", "?page=2", " i ", "#top",
             "javascript:void(0)", "mailto:x@y.vn", "", "a.aspx?id=1"]
    body = f"<html><head>{base_tag}</head><body>" + "".join(f'<a href="{h}">x</a>' for h in hrefs) + "</body></html>"
    for url in ("http://site.vn/tin/bai.aspx?cat=3", "http://site.vn/tin/muc/", "http://site.vn"):
        response = HtmlResponse(url, body=body.encode(), encoding="utf-8")
        # An empty path is "/" (RFC 3986 6.2.3): "?page=2" on "http://site.vn" is "http://site.vn/?page=2".
        base = "http://other.vn/x/y/" if base_tag else url if url.count("/") > 2 else url + "/"
        expected = list(dict.fromkeys(urljoin(base, h.strip()) for h in hrefs
                                      if h.strip() and not h.startswith(("#", "javascript:", "mailto:"))))
        assert links(response, "//a/@href") == expected
