"""The generic reader on article pages of real platform layouts the project has no profile for.

The pages of a layout family (NukeViet, Liferay 6.2 and 7, SharePoint /portal/Pages/ and /Trang/, WordPress,
DotNetNuke) are rendered from the family's local copy (testsites/families/<family>/, one source for a family)
with its fixed test article; the pages under tests/pages/ are platforms with no family (ASP.NET WebForms
tables, a newer slug-only portal, a flat portal, Joomla), written for these tests. No profile is used: the
reader must find title, time, lead and the whole body, and leave the page furniture out.
"""

from pathlib import Path

import lxml.html
import pytest
from scrapy.http import HtmlResponse

from reader import generic
from reader.generic import strip_portal_name
from reader.profiles import load_profile
from reader.times import DateOrders, parse_iso
from spiders.parsing import parse_article, parse_generic_article, parse_time
from testsites.family_sites import family_article_page
from testsites.sites import BacGiangSite, HaiDuongSite

PAGES = Path(__file__).parent / "pages"

# Text that is on the pages but belongs to no article: menus, share and print links, related lists, footers.
FURNITURE = ["Trang chủ", "Chia sẻ", "In bài viết", "In trang", "Quay lại", "Tin liên quan", "Các tin khác",
             "Tin khác", "Lượt xem", "Từ khóa", "Bản quyền", "Tác giả", "Nguồn:", "Liên kết", "Đăng ngày",
             "Lượt truy cập", "Tin cùng chuyên mục", "Những tin mới hơn", "Bình luận", "Tệp đính kèm", "Facebook"]

def family_case(family: str, variant: str | None = None, seconds: bool = False, **expected) -> dict:
    """The expectations for a family's test page: its copy's fixed article (testsites.family_sites)."""
    site, path, page = family_article_page(family, variant)
    article = site.test_article()
    shown = article.published if seconds else article.published.replace(second=0)
    return dict(file=family + (f".{variant}" if variant else ""), page=page, url=f"https://sct.example.gov.vn{path}",
                title=article.title, published=shown.isoformat() + "+07:00", lead=article.lead[:60],
                body_start=article.paragraphs[0][:60], body_end=article.paragraphs[-1][-60:],
                paragraphs=len(article.paragraphs), author=article.author, category=article.category.name,
                not_in_body=[r.title for r in site.related(article, 5)], site=site, article=article, **expected)


FAMILY_CASES = [
    family_case("nukeviet"),
    family_case("liferay6"),
    family_case("sharepoint-portal", title_tag_is_title=True),  # the copy's <title> is the article's alone
    family_case("sharepoint-trang", title_tag_is_title=True),
    family_case("dotnetnuke", seconds=True),   # "03/04/2020 10:36:00 CH"
    # <time datetime>. The category: the reader takes <article class="... category-<slug>"> (WordPress's stock
    # post_class) for a category block and names its last link; see the xfail test below.
    family_case("wordpress", seconds=True, category_misread=True),
]

CASES = [
    dict(file="aspnet_tables.html",
         url="http://sct.hungyen.gov.vn/ChiTietTin.aspx?ID=3172&CatID=8",
         title="Tổng kết công tác quản lý cụm công nghiệp năm 2018",
         # "3/5/2019 8:10:00 AM" reads either way; the related list's "2/26/2019 3:15:42 PM" says month first
         # (the banner's "Thứ 2, ngày 18/03/2019" has no clock: not the platform's format).
         published="2019-03-05T08:10:00+07:00",
         lead="Năm 2018, các cụm công nghiệp trên địa bàn tỉnh thu hút thêm 27 dự án",
         body_start="Ngày 04/3, Sở Công Thương tổ chức hội nghị tổng kết",
         body_end="đôn đốc các chủ đầu tư hoàn thiện hạ tầng kỹ thuật.", paragraphs=4,
         author="Phòng Quản lý công nghiệp", category="TIN HOẠT ĐỘNG",
         not_in_body=["DANH MỤC", "CÁC TIN KHÁC", "Hội nghị triển khai kế hoạch khuyến công", "Thứ 2, ngày"]),
    dict(file="slug_platform.html",
         url="https://sct.tayninh.gov.vn/phat-trien-dien-mat-troi-mai-nha-1479",
         title="Phát triển điện mặt trời mái nhà: cần bảo đảm an toàn lưới điện",  # og:title is the portal's name
         published="2019-11-14T09:20:00+07:00",  # "Ngày đăng: 14/11/19", its time from the agreeing meta tag
         lead="Đến hết tháng 10/2019, toàn tỉnh có 1.126 hệ thống điện mặt trời mái nhà",
         body_start="Sở Công Thương cho biết, phần lớn các hệ thống",
         body_end="bảo đảm hiệu quả đầu tư lâu dài.", paragraphs=4, author="Ngọc Hân", category="Tin tức",
         not_in_body=["Đường dây nóng", "Rà soát lưới điện", "Tin xem nhiều", "Zalo", "2.381"]),
    dict(file="flat_portal.html",  # title, date, lead and an unnamed related list in the paragraphs' block
         url="https://sct.example.gov.vn/tin-tuc/xuat-khau-hat-dieu-sang-eu-3320.html",
         title="Xuất khẩu hạt điều sang thị trường EU tăng mạnh trong quý I",
         published="2020-04-03T22:36:00+07:00",  # "03/04/2020 | PM 10:36": the marker before the clock
         lead="Ba tháng đầu năm, kim ngạch xuất khẩu hạt điều",
         body_start="Theo Sở Công Thương, Hiệp định Thương mại tự do",
         body_end="cho cộng đồng doanh nghiệp trong quý II.", paragraphs=4, author="Trần Văn Nam", category=None,
         not_in_body=["03/04/2020", "Giá điều thô nhập khẩu", "Giấy phép số", "Văn bản"]),
    dict(file="joomla.html",
         url="https://khuyencong.nghean.gov.vn/khuyen-cong/218-ho-tro-lang-nghe-may-tre-dan",
         title="Hỗ trợ làng nghề mây tre đan xây dựng nhãn hiệu tập thể",
         published="2021-09-08T07:15:00+07:00",  # "Ngày đăng: 08/09/2021" and its <time datetime>
         lead="Năm 2021, Trung tâm Khuyến công hỗ trợ 02 làng nghề mây tre đan",
         body_start="Hai làng nghề được chọn có hơn 200 hộ tham gia sản xuất",
         body_end="Nghị định số 43/2017/NĐ-CP ngày 14/4/2017 của Chính phủ.", paragraphs=4, author=None,
         category="Khuyến công",
         not_in_body=["Danh mục", "Chi tiết", "512", "Tiếp theo", "Đề án khuyến công quốc gia", "Lên đầu trang"]),
]
CASES = FAMILY_CASES + CASES


def page_of(case) -> bytes:
    return case["page"] if "page" in case else (PAGES / case["file"]).read_bytes()


def read(case, dates=None):
    response = HtmlResponse(case["url"], body=page_of(case))
    return parse_generic_article(response, "site", dates)


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_generic_reader_reads_the_article(case):
    article = read(case)
    assert article is not None
    assert article.title == case["title"]
    assert article.published == case["published"]
    assert article.lead and article.lead.startswith(case["lead"])
    assert article.body.startswith(case["body_start"])
    assert article.body.endswith(case["body_end"])
    assert len(article.body.split("\n\n")) == case["paragraphs"]
    assert article.author == case["author"]
    if not case.get("category_misread"):
        assert article.category == case["category"]
    assert article.attachments == case.get("attachments", [])


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_generic_reader_leaves_the_furniture_out(case):
    article = read(case)
    assert case["lead"] not in article.body  # the lead is kept once, in its field
    assert case["title"] not in article.body
    for text in FURNITURE + case["not_in_body"]:
        assert text not in article.body, text


def test_eight_platforms_or_more_and_each_titled_otherwise_than_its_title_tag():
    """The <title> of these portals names the portal (or carries its name): it is never the title read."""
    assert len({case["file"] for case in CASES}) >= 8
    for case in CASES:
        if case.get("title_tag_is_title"):
            continue
        article = read(case)
        page = page_of(case).decode("utf-8")
        title_tag = " ".join(page.split("<title>")[1].split("</title>")[0].split())
        assert article.title != title_tag


def test_related_links_are_the_related_lists():
    nukeviet, liferay = FAMILY_CASES[:2]
    base = "https://sct.example.gov.vn"
    assert read(nukeviet).related == [base + nukeviet["site"].article_url(r)
                                      for r in nukeviet["site"].related(nukeviet["article"], 5)]
    related = read(liferay).related
    assert related and all("/-/view_content/" in url for url in related)


@pytest.mark.xfail(strict=True, reason="reader/generic.py find_category: the class category-<slug> of WordPress's "
                                       "<article> (post_class) is taken for a category block")
def test_category_of_a_stock_wordpress_post():
    case = next(case for case in FAMILY_CASES if case["file"] == "wordpress")
    assert read(case).category == case["category"]


def aspnet_page(published: str, with_related: bool) -> HtmlResponse:
    page = (PAGES / "aspnet_tables.html").read_text(encoding="utf-8").replace("3/5/2019 8:10:00 AM", published)
    if not with_related:
        page = (page.split('<tr><td class="tieudebox">CÁC TIN KHÁC')[0]
                + "</table></td></tr></table></form></body></html>")
    return HtmlResponse("http://sct.hungyen.gov.vn/ChiTietTin.aspx?ID=3172", body=page.encode("utf-8"))


def test_a_site_day_month_order_is_settled_once_and_kept():
    dates = DateOrders()
    # A page of the site whose own time settles it: 24 can only be the day.
    first = parse_generic_article(aspnet_page("6/24/2019 7:43:26 AM", with_related=False), "hungyen", dates)
    assert first.published == "2019-06-24T07:43:26+07:00"
    assert dates.settled("hungyen") and not dates.day_first("hungyen")
    # A later page shows only an ambiguous date: the site's order reads it.
    later = parse_generic_article(aspnet_page("3/5/2019 8:10:00 AM", with_related=False), "hungyen", dates)
    assert later.published == "2019-03-05T08:10:00+07:00"
    # Before any evidence, an ambiguous date is read day first, the Vietnamese default.
    fresh = parse_generic_article(aspnet_page("3/5/2019 8:10:00 AM", with_related=False), "other", DateOrders())
    assert fresh.published == "2019-05-03T08:10:00+07:00"


def test_the_banner_date_and_article_text_do_not_settle_the_order():
    dates = DateOrders()
    # The banner says "18/03/2019" (no clock) and the body "25/5/2017": neither is the platform's stamp.
    parse_generic_article(aspnet_page("3/5/2019 8:10:00 AM", with_related=False), "hungyen", dates)
    assert not dates.settled("hungyen")
    parse_generic_article(aspnet_page("3/5/2019 8:10:00 AM", with_related=True), "hungyen", dates)
    assert dates.settled("hungyen") and not dates.day_first("hungyen")


@pytest.mark.parametrize("text, expected", [
    ("Thứ Năm, 14/07/2022 22:51", "2022-07-14T22:51:00+07:00"),
    ("Thứ năm - 15/03/2018 08:45", "2018-03-15T08:45:00+07:00"),
    ("14/04/2017 | 04:36 PM", "2017-04-14T16:36:00+07:00"),
    ("03/04/2020 | PM 10:36", "2020-04-03T22:36:00+07:00"),
    ("03/04/2020 | 12:05 AM", "2020-04-03T00:05:00+07:00"),
    ("Cập nhật lúc 15:30, ngày 21/10/2015", "2015-10-21T15:30:00+07:00"),
    ("Ngày đăng: 14/11/19", "2019-11-14T00:00:00+07:00"),
    ("26.02.2020 - 22:45:20", "2020-02-26T22:45:20+07:00"),
    ("Đăng lúc 08:15 ngày 05/03/2021", "2021-03-05T08:15:00+07:00"),
    ("Ngày 05-03-2021 lúc 8h30", "2021-03-05T08:30:00+07:00"),
    ("24/06/2019 7:43:26 CH", "2019-06-24T19:43:26+07:00"),  # .NET's vi-VN culture: SA/CH for AM/PM
    ("24/06/2019 7:43:26 SA", "2019-06-24T07:43:26+07:00"),
    ("Ngày 20/10/2020, lúc 9 giờ", "2020-10-20T00:00:00+07:00"),
    ("Doanh thu 1.500.000 đồng", None),
    ("Quyết định số 1288/QĐ-TTg", None),
])
def test_parse_time_reads_the_portal_forms(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text, day_first, expected", [
    ("6/7/2019 7:43:26 PM", False, "2019-06-07T19:43:26+07:00"),
    ("6/7/2019 7:43:26 PM", True, "2019-07-06T19:43:26+07:00"),
    ("24/6/2019 7:43:26 PM", False, "2019-06-24T19:43:26+07:00"),  # only one reading makes a date
])
def test_parse_time_follows_the_site_order(text, day_first, expected):
    assert parse_time(text, day_first=day_first) == expected


@pytest.mark.parametrize("value, expected", [
    ("2021-05-04T08:30:00+07:00", "2021-05-04T08:30:00+07:00"),
    ("2021-05-04T01:30:00Z", "2021-05-04T08:30:00+07:00"),
    ("2018-03-15ICT08:45:00", None),  # NukeViet's slip: a time zone name where "T" belongs
    ("15/03/2018", None),
])
def test_iso_values_are_taken_only_well_formed(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize("title, expected", [
    ("Hội chợ OCOP 2015 - Sở Công Thương tỉnh Quảng Ninh", "Hội chợ OCOP 2015"),
    ("Cổng thông tin điện tử tỉnh Vĩnh Phúc | Giá xăng dầu giảm", "Giá xăng dầu giảm"),
    ("Hải Dương - Hải Phòng: hợp nhất hai sở | Sở Công Thương", "Hải Dương - Hải Phòng: hợp nhất hai sở"),
    ("Sở Công Thương tỉnh Tây Ninh", "Sở Công Thương tỉnh Tây Ninh"),
])
def test_portal_name_stripped_from_titles(title, expected):
    assert strip_portal_name(title) == expected


@pytest.mark.parametrize("site, path", [(BacGiangSite, "/Pages/TinTuc.aspx?CateID=1"),
                                        (HaiDuongSite, "/News.aspx?cat=12"),
                                        (BacGiangSite, "/Pages/Home.aspx")])
def test_listings_are_no_articles(site, path):
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(path)
    reply = site().reply(parts.path, dict(parse_qsl(parts.query)))
    response = HtmlResponse("http://127.0.0.1:8000" + path, body=reply.body,
                            headers={"Content-Type": reply.content_type})
    assert parse_generic_article(response, "127.0.0.1") is None


@pytest.mark.parametrize("summary_words", [1, 6])
def test_a_listing_of_a_few_items_with_long_summaries_is_no_article(summary_words):
    page = (PAGES / "nukeviet_listing.html").read_text(encoding="utf-8")
    # Summaries of any length: the items repeat, each with a headline link.
    longer = " ".join(["Nội dung tóm tắt của bài viết được nhắc lại để đoạn văn dài hơn."] * summary_words * 3)
    page = page.replace("</p>", f" {longer}</p>")
    response = HtmlResponse("https://sct.daknong.gov.vn/vi/news/khuyen-cong/", body=page.encode("utf-8"))
    assert parse_generic_article(response, "daknong") is None


def test_title_tag_read_when_the_page_has_no_headline():
    page = (PAGES / "flat_portal.html").read_text(encoding="utf-8")
    page = page.replace("<h2>Xuất khẩu hạt điều sang thị trường EU tăng mạnh trong quý I</h2>", "")
    page = page.replace("<title>Trang thông tin điện tử Sở Công Thương</title>",
                        "<title>Xuất khẩu hạt điều tăng mạnh | Trang thông tin điện tử Sở Công Thương</title>")
    article = parse_generic_article(HtmlResponse("https://sct.example.gov.vn/a-1.html", body=page.encode()), "x")
    assert article.title == "Xuất khẩu hạt điều tăng mạnh"
    assert article.published == "2020-04-03T22:36:00+07:00"


def test_mirror_article_read_without_its_profile_as_its_profile_reads_it():
    """The seed page of the ASP.NET copy: the generic reader alone gets what the site's profile gets."""
    site = HaiDuongSite()
    reply = site.reply("/NewsDetail.aspx", {"id": str(site.seed_id)})
    response = HtmlResponse(f"http://127.0.0.1:8000/NewsDetail.aspx?id={site.seed_id}", body=reply.body)
    article = parse_generic_article(response, "127.0.0.1")
    profiled = parse_article(response, load_profile("haiduong").served_from("http://127.0.0.1:8000/"))
    assert article.published == "2019-06-24T07:43:26+07:00"  # month first: 24 settles it
    for field in ("title", "published", "lead", "author", "body"):
        assert getattr(article, field) == getattr(profiled, field), field
    assert article.title == site.articles[site.seed_id].title


def test_a_blog_index_of_whole_posts_is_a_listing():
    # WordPress's index shows whole posts, each an <article class="post-<id> post type-post ...">: the
    # classes differ by the post's number only, which makes them a listing's items, not an article.
    posts = "".join(
        f'<article class="post-{n} post type-post status-publish"><h2 class="entry-title">'
        f'<a href="/2024/0{n}/bai-{n}/">'
        f'Bài viết số {n} về chương trình khuyến công của tỉnh</a></h2><div class="entry-content"><p>'
        + "Nội dung đầy đủ của bài viết được hiển thị ngay trên trang chủ của trang tin điện tử. " * 3
        + "</p></div></article>" for n in range(1, 5))
    page = f"<html><body><main id='main'>{posts}</main></body></html>"
    assert generic.read_parts(lxml.html.fromstring(page), "https://sct.example.gov.vn/")[1].startswith("a listing")
