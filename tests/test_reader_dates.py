"""Dates as Vietnamese portals write them (reader/times.py), and the page's date the generic reader finds.

The texts are shaped after what the platforms print: .NET's vi-VN long dates ("Thứ Tư, 06 Tháng Chín 2017
16:27"), dates in words in text ("ngày 6 tháng 9 năm 2017", "15 tháng 7, 2024"), 12-hour clocks with the
part of the day ("08:05 sáng", "03:40 chiều"), Drupal's month-first "T3, 07/13/2021 - 15:20", and ISO 8601
values of meta tags. Every result is ISO 8601 in Vietnam time.
"""

import unicodedata

import pytest
from lxml import html

from reader.generic import read_article
from reader.times import DateOrders, find_stamps, might_hold_date, parse_iso, parse_time


@pytest.mark.parametrize("text, expected", [
    # .NET's vi-VN long date: the weekday, the month in words, the clock.
    ("Thứ Tư, 06 Tháng Chín 2017 16:27", "2017-09-06T16:27:00+07:00"),
    ("Chủ Nhật, 01 Tháng Giêng 2023 09:15", "2023-01-01T09:15:00+07:00"),
    ("Thứ Hai, 15 Tháng Mười Một 2021 08:00", "2021-11-15T08:00:00+07:00"),
    ("Thứ Bảy, 20 Tháng Tư 2019 - 14:05", "2019-04-20T14:05:00+07:00"),
    ("Thứ Sáu, 10 Tháng Năm 2019 07:45", "2019-05-10T07:45:00+07:00"),
    ("Thứ Ba, 31 Tháng Mười Hai 2024 10:00 SA", "2024-12-31T10:00:00+07:00"),
    ("Thứ Năm, 01 Tháng Hai 2024 04:30 CH", "2024-02-01T16:30:00+07:00"),
    # Dates in words as text writes them, any case, with or without diacritics.
    ("15 tháng 7, 2024", "2024-07-15T00:00:00+07:00"),
    ("06 tháng 9 năm 2017 16:27", "2017-09-06T16:27:00+07:00"),
    ("ngày 6 tháng 9 năm 2017", "2017-09-06T00:00:00+07:00"),
    ("Ngày 15 tháng Mười một năm 2021", "2021-11-15T00:00:00+07:00"),
    ("20 tháng bốn 2019", "2019-04-20T00:00:00+07:00"),
    ("Hà Nội, ngày 03 tháng 3 năm 2022", "2022-03-03T00:00:00+07:00"),
    ("15 THÁNG BẢY 2024", "2024-07-15T00:00:00+07:00"),
    ("15 Tháng Bẩy 2024", "2024-07-15T00:00:00+07:00"),
    ("15 thang bay nam 2024", "2024-07-15T00:00:00+07:00"),
    ("Cập nhật lúc 09:30, ngày 12 tháng 3 năm 2022", "2022-03-12T09:30:00+07:00"),
    ("ngày 10 tháng năm năm 2019", "2019-05-10T00:00:00+07:00"),  # "năm" the month, then "năm" the year
    # Weekdays in words, numbers and abbreviations before numeric dates.
    ("Thứ 4, 06/09/2017 16:27", "2017-09-06T16:27:00+07:00"),
    ("CN, 10/09/2017 08:00", "2017-09-10T08:00:00+07:00"),
    ("Chủ nhật - 10/09/2017", "2017-09-10T00:00:00+07:00"),
    # 12-hour clocks with the part of the day, after or before the date.
    ("08:05 sáng 14/8/2017", "2017-08-14T08:05:00+07:00"),
    ("14/8/2017 03:40 chiều", "2017-08-14T15:40:00+07:00"),
    ("03:40 Chiều, 14/08/2017", "2017-08-14T15:40:00+07:00"),
    ("14/8/2017 11:30 trưa", "2017-08-14T11:30:00+07:00"),
    ("14/8/2017 12:15 trưa", "2017-08-14T12:15:00+07:00"),
    ("14/8/2017 1:10 trưa", "2017-08-14T13:10:00+07:00"),
    ("14/8/2017 7:30 tối", "2017-08-14T19:30:00+07:00"),
    ("14/8/2017 10:00 đêm", "2017-08-14T22:00:00+07:00"),
    ("14/8/2017 2:00 đêm", "2017-08-14T02:00:00+07:00"),
    ("14/8/2017 12:00 đêm", "2017-08-14T00:00:00+07:00"),
    ("14/8/2017 15:40 chiều", "2017-08-14T15:40:00+07:00"),  # a 24-hour clock that names the part anyway
    ("14/8/2017 9:10 PM", "2017-08-14T21:10:00+07:00"),
    ("14/8/2017 12:10 AM", "2017-08-14T00:10:00+07:00"),
    ("14/8/2017 8:00 tôi đến dự", "2017-08-14T08:00:00+07:00"),  # "tôi" (I) is no "tối"
    ("lúc 08:05 sáng, ngày 14 tháng 8 năm 2017", "2017-08-14T08:05:00+07:00"),
    # Time before the date; month first where only that order makes a date (Drupal).
    ("15:20 - 07/13/2021", "2021-07-13T15:20:00+07:00"),
    ("T3, 07/13/2021 - 15:20", "2021-07-13T15:20:00+07:00"),
    # The printed weekday settles an ambiguous date: Tuesday is 6 July 2021, Monday 7 June.
    ("T3, 07/06/2021 - 15:20", "2021-07-06T15:20:00+07:00"),
    ("Thứ Hai, 07/06/2021", "2021-06-07T00:00:00+07:00"),
    # ISO with a time zone is brought to Vietnam time; without one it is Vietnam time.
    ("2021-07-13T15:20:00+07:00", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T08:20:00Z", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T20:20:00-05:00", "2021-07-14T08:20:00+07:00"),
    ("2021-07-13 15:20:00", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13 08:00-11:00", "2021-07-13T08:00:00+07:00"),  # a span of hours, not a time zone
])
def test_parse_time_reads_dates_as_portals_write_them(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", [
    "2017",
    "tháng 9",
    "tháng 9 năm 2017",
    "Tháng Chín 2017",
    "Quý III năm 2017",
    "Kết quả 9 tháng năm 2017",  # nine months of 2017, not 9 May
    "SƠ KẾT 6 THÁNG NĂM 2020",
    "Trong 6 tháng đầu năm 2017",
    "12 tháng 2023",
    "32 tháng 9 năm 2017",
    "15 tháng 13 năm 2017",
    "ngày 23 tháng Chạp năm 2023",  # the lunar calendar's twelfth month: no solar date
    "Doanh thu 1.500.000 đồng",
    "Quyết định số 1288/QĐ-TTg",
])
def test_parse_time_finds_no_date(text):
    assert parse_time(text) is None


@pytest.mark.parametrize("text, day_first, expected", [
    ("08/04/2021 - 09:00", False, "2021-08-04T09:00:00+07:00"),  # a month-first site's ambiguous date
    ("08/04/2021 - 09:00", True, "2021-04-08T09:00:00+07:00"),
    ("Thứ Hai, 07/06/2021", False, "2021-06-07T00:00:00+07:00"),  # the weekday outweighs the site's order
    ("Thứ Năm, 07/06/2021", False, "2021-07-06T00:00:00+07:00"),  # a weekday neither order has says nothing
    ("Thứ Tư, 06 Tháng Chín 2017", False, "2017-09-06T00:00:00+07:00"),  # a named month has no order
])
def test_the_site_order_reads_only_ambiguous_numbers(text, day_first, expected):
    assert parse_time(text, day_first=day_first) == expected


def test_decomposed_letters_read_as_composed():
    # windows-1258 pages decode to decomposed letters ("a" + combining acute).
    text = unicodedata.normalize("NFD", "Thứ Tư, 06 Tháng Chín 2017 04:27 chiều")
    assert parse_time(text) == "2017-09-06T16:27:00+07:00"


def test_stamps_say_what_settles_a_site_order():
    named, = find_stamps("Thứ Tư, 06 Tháng Chín 2017 16:27")
    assert named.weekday == 2 and named.evidence is None  # no number to put in an order
    assert find_stamps("07/13/2021 - 15:20")[0].evidence is False
    assert find_stamps("T3, 07/06/2021")[0].evidence is False
    assert find_stamps("05/05/2021")[0].evidence is None


@pytest.mark.parametrize("text, expected", [
    ("Thứ Tư, 06 Tháng Chín 2017", True),
    ("ngày 6 tháng 9 năm 2017", True),
    ("T3, 07/13/2021 - 15:20", True),
    ("2021-07-13T15:20:00+07:00", True),
    ("Lượt xem: 1.024", False),
    ("Năm 2017", False),
])
def test_the_cheap_test_lets_every_date_through(text, expected):
    assert might_hold_date(text) is expected


@pytest.mark.parametrize("value, expected", [
    ("2021-07-13T15:20:00+07:00", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T08:20:00Z", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T08:20:00+00:00", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T15:20:00+0700", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13T15:20:00+07", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13 15:20:00", "2021-07-13T15:20:00+07:00"),  # no zone: Vietnam time
    ("2021-07-13T15:20", "2021-07-13T15:20:00+07:00"),
    ("2021-07-13", "2021-07-13T00:00:00+07:00"),
    ("2021-07-13T15:20:00.123+07:00", "2021-07-13T15:20:00+07:00"),  # fractions of a second dropped
    ("2021-07-13T08:20:00.1234567Z", "2021-07-13T15:20:00+07:00"),  # .NET's seven digits
    (" 2021-07-13T15:20:00+07:00 ", "2021-07-13T15:20:00+07:00"),
    ("2018-03-15EDT08:45", None),  # NukeViet's slip: a zone name where "T" belongs
    ("2018-03-15ICT08:45:00", None),
    ("2021-02-30T10:00:00", None),
    ("2021-07-13T24:00:00", None),
    ("2021-07-13T15:20:00+25:00", None),
    ("13/07/2021", None),
    ("", None),
    (None, None),
])
def test_iso_values_with_their_edge_cases(value, expected):
    assert parse_iso(value) == expected


# --- the page's date ------------------------------------------------------------------------------------

PARAGRAPH = ("Sở Công Thương tổ chức hội nghị tổng kết công tác năm với sự tham gia của các doanh nghiệp, "
             "hợp tác xã và cơ sở công nghiệp nông thôn trên địa bàn tỉnh. ")
URL = "https://sct.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html"


def article_page(date_html: str, title: str = "Hội nghị tổng kết công tác năm của ngành Công Thương",
                 related: str = "") -> str:
    """A small article page: menu, title, the date markup under test, the body, a related list."""
    return f"""<html><head><title>{title} - Sở Công Thương</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a></div>
<div class="node">
  <h1 class="title">{title}</h1>
  {date_html}
  <div class="content"><p>{PARAGRAPH * 2}</p><p>{PARAGRAPH * 2}</p></div>
</div>
{related}
<div class="footer">Bản quyền thuộc Sở Công Thương</div>
</body></html>"""


def published(page: str, site: str | None = None, orders: DateOrders | None = None) -> str | None:
    article = read_article(html.fromstring(page), URL, site, orders)
    assert article is not None
    return article.published


@pytest.mark.parametrize("date_html, expected", [
    ('<div class="date">Thứ Tư, 06 Tháng Chín 2017 16:27</div>', "2017-09-06T16:27:00+07:00"),
    ('<p class="meta">Cập nhật: 15 tháng 7, 2024</p>', "2024-07-15T00:00:00+07:00"),
    ('<div class="info">Ngày đăng: <span>ngày 6 tháng 9 năm 2017</span> | <span>03:40 chiều</span></div>',
     "2017-09-06T15:40:00+07:00"),
    ('<span class="time">08:05 sáng 14/8/2017</span>', "2017-08-14T08:05:00+07:00"),
    ('<div class="post-date">12:15 trưa, Chủ nhật 13/08/2017</div>', "2017-08-13T12:15:00+07:00"),
    ('<div class="submitted">Gửi bởi admin vào <span>T3, 07/13/2021 - 15:20</span></div>',
     "2021-07-13T15:20:00+07:00"),
    ('<div class="time">15:20 - 07/13/2021</div>', "2021-07-13T15:20:00+07:00"),
    ('<div class="date">Thứ năm - 15/03/2018 08:45</div>', "2018-03-15T08:45:00+07:00"),
    # The markup's ISO time stands when the page shows the same day without a clock.
    ('<div class="date">Thứ Ba, 13 Tháng Bảy 2021</div>'
     '<meta itemprop="datePublished" content="2021-07-13T08:20:00Z">', "2021-07-13T15:20:00+07:00"),
])
def test_the_page_date_is_found_with_its_time(date_html, expected):
    assert published(article_page(date_html)) == expected


def other_articles(wrapper: str, first: str = "(Thứ Hai, 04 Tháng Chín 2017 09:00)",
                   second: str = "(ngày 1 tháng 9 năm 2017)") -> str:
    """A list of two other articles with their dates, in ``wrapper`` (a format string of one ``{}``)."""
    return wrapper.format(f"""<ul>
<li><a href="/tin-tuc/hoi-nghi-1.html">Hội nghị xúc tiến thương mại các tỉnh miền Trung</a> <span>{first}</span></li>
<li><a href="/tin-tuc/hoi-nghi-2.html">Tập huấn khởi nghiệp cho doanh nghiệp nhỏ và vừa</a> {second}</li>
</ul>""")


NAMED = '<div class="tin-lien-quan"><h3>Tin liên quan</h3>{}</div>'
HEADED = '<div class="box"><div class="box-title">Các tin khác</div><div class="box-body">{}</div></div>'
UNNAMED = '<div class="box">{}</div>'


@pytest.mark.parametrize("date_html, related, expected", [
    ('<div class="date">2017</div>', "", None),  # a year alone is no date
    ('<div class="date">tháng 9</div>', "", None),  # nor a month without day and year
    ('<div class="date">Tháng Chín 2017</div>', "", None),
    # Other articles' dates are not the page's: in a list named, headed or made of links.
    ("", other_articles(NAMED), None),
    ("", other_articles(HEADED), None),
    ("", other_articles(UNNAMED), None),
    ("", other_articles(HEADED, "(04/09/2017 09:00)", "(01/09/2017)"), None),
    ('<div class="date">Thứ Tư, 06 Tháng Chín 2017 16:27</div>', other_articles(NAMED), "2017-09-06T16:27:00+07:00"),
])
def test_no_date_is_made_up(date_html, related, expected):
    assert published(article_page(date_html, related=related)) == expected


def test_a_date_after_a_link_is_the_page_date():
    # The category's link, then the date: the date is the text after the link, not the link's.
    page = article_page('<div class="meta"><a href="/tin-tuc/">Tin tức</a> - 15/03/2018 08:45</div>')
    assert published(page) == "2018-03-15T08:45:00+07:00"


@pytest.mark.parametrize("date_html, expected", [
    ('<div class="date">Thứ Hai, 03/08/2020 09:00</div>', "2020-08-03T09:00:00+07:00"),
    ("", None),
])
def test_a_heading_that_counts_months_is_no_date(date_html, expected):
    page = article_page(date_html, title="SƠ KẾT 6 THÁNG NĂM 2020 NGÀNH CÔNG THƯƠNG")  # six months of 2020
    assert published(page) == expected


def test_month_first_is_settled_per_site_and_kept():
    orders = DateOrders()
    assert published(article_page('<div class="submitted">T3, 07/13/2021 - 15:20</div>'), "drupal", orders) == \
        "2021-07-13T15:20:00+07:00"
    assert orders.settled("drupal") and not orders.day_first("drupal")
    # A later page with an ambiguous date and no weekday: the site's order reads it.
    assert published(article_page('<div class="submitted">08/04/2021 - 09:00</div>'), "drupal", orders) == \
        "2021-08-04T09:00:00+07:00"
    # Another site, no evidence yet: day first.
    assert published(article_page('<div class="submitted">08/04/2021 - 09:00</div>'), "other", orders) == \
        "2021-04-08T09:00:00+07:00"


def test_a_weekday_settles_the_order_and_a_named_month_does_not():
    orders = DateOrders()
    published(article_page('<div class="date">Thứ Tư, 06 Tháng Chín 2017 16:27</div>'), "dotnet", orders)
    assert not orders.settled("dotnet")
    assert published(article_page('<div class="submitted">T3, 07/06/2021 - 15:20</div>'), "drupal", orders) == \
        "2021-07-06T15:20:00+07:00"
    assert orders.settled("drupal") and not orders.day_first("drupal")
