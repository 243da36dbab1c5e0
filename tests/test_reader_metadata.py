"""The metadata and application-state readers (reader/metadata.py, reader/appstate.py), and read_page's
choice between readers (reader/page.py), on pages written for these tests in the platforms' shapes."""

import json

import pytest

from reader import parse_html, read_page
from reader.appstate import read_app_state
from reader.metadata import read_json_ld, read_microdata, read_open_graph

TITLE = "Tỉnh phân bổ 120 tỷ đồng cho chương trình khuyến công năm 2024"
PARAGRAPHS = [
    "Ủy ban nhân dân tỉnh vừa ban hành quyết định phân bổ kinh phí khuyến công năm 2024 cho các huyện, "
    "thị xã và thành phố, ưu tiên các cơ sở công nghiệp nông thôn có sản phẩm chủ lực.",
    "Theo đó, tổng kinh phí là 120 tỷ đồng, trong đó ngân sách tỉnh 80 tỷ đồng và ngân sách trung ương "
    "40 tỷ đồng; Sở Công Thương chủ trì hướng dẫn các đơn vị lập hồ sơ đề án trước ngày 30/6.",
]
BODY = "\n\n".join(PARAGRAPHS)
BODY_HTML = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
MENU = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>'


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{MENU}{body}</body></html>"


def json_ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


@pytest.mark.parametrize("head, expected", [
    (json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
              "datePublished": "2024-03-05T08:30:00+07:00", "articleBody": BODY, "author": {"name": "Minh Anh"}}),
     {"title": TITLE, "published": "2024-03-05T08:30:00+07:00", "body": BODY, "author": "Minh Anh"}),
    # In a @graph beside the site's WebSite and BreadcrumbList; the time in UTC; a trailing comma forgiven.
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Sở Công Thương"},'
     '{"@type": "BreadcrumbList", "name": "Trang chủ"},'
     f'{{"@type": ["Article"], "headline": "{TITLE}", "datePublished": "2024-03-05T01:30:00Z",}}]}}</script>',
     {"title": TITLE, "published": "2024-03-05T08:30:00+07:00"}),
    # A space before the zone, as some templates print it.
    (json_ld({"@type": "WebPage", "name": TITLE, "datePublished": "2024-03-05T08:30:00.000 +07:00"}),
     {"title": TITLE, "published": "2024-03-05T08:30:00+07:00"}),
    ('<script type="application/ld+json">{ not json </script>', {}),
])
def test_json_ld(head, expected):
    found = read_json_ld(parse_html(page(head)))
    assert {key: value for key, value in found.items() if value} == expected


def test_open_graph_and_meta_dates():
    head = (f'<meta property="og:title" content="{TITLE} - Sở Công Thương">'
            '<meta property="article:published_time" content="2024-03-05T08:30:00+07:00">'
            '<meta name="author" content="https://facebook.com/someone">')
    found = read_open_graph(parse_html(page(head)))
    assert found["title"] == f"{TITLE} - Sở Công Thương" and found["published"] == "2024-03-05T08:30:00+07:00"
    assert found["author"] is None  # a profile URL is no author's name
    assert read_open_graph(parse_html(page('<meta name="dc.date" content="2024-03-05">')))["published"] == \
        "2024-03-05T00:00:00+07:00"


def test_microdata():
    body = (f'<article itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">{TITLE}</h2>'
            '<time itemprop="datePublished" datetime="2024-03-05T08:30:00+07:00">05/03/2024</time>'
            f'<div itemprop="articleBody">{BODY_HTML}</div></article>')
    found = read_microdata(parse_html(page(body=body)))
    assert (found["title"], found["published"], found["body"]) == (TITLE, "2024-03-05T08:30:00+07:00", BODY)


def next_data(props: dict) -> str:
    data = {"props": {"pageProps": props}, "page": "/tin-tuc/[slug]", "buildId": "x"}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_a_script_rendered_page_is_read_from_its_application_state():
    # Next.js: the HTML holds an empty root; the article (body as HTML) is only in __NEXT_DATA__.
    article = {"id": 812, "title": TITLE, "slug": "phan-bo", "publishedAt": "2024-03-05T08:30:00+07:00",
               "content": BODY_HTML, "category": {"name": "Tin tức"}}
    html = page(f"<title>{TITLE} | Sở Công Thương</title>",
                '<div id="__next"></div>' + next_data({"article": article, "related": [
                    {"title": "Một tin khác của Sở Công Thương tỉnh", "content": "ngắn"}]}))
    assert read_app_state(parse_html(html)) == {"title": TITLE, "body": BODY, "lead": None,
                                                "published": "2024-03-05T08:30:00+07:00"}
    reading = read_page(parse_html(html), "https://sct.example.gov.vn/tin-tuc/phan-bo")
    assert reading.article is not None, reading.why
    assert (reading.article.title, reading.article.body) == (TITLE, BODY)
    assert reading.article.read_by["body"] == "app-state"


def test_application_state_of_a_listing_is_no_article():
    # A listing page's state holds whole articles too; the page's own title names none of them.
    items = [{"title": f"{TITLE} ({n})", "content": BODY_HTML} for n in range(3)]
    html = page("<title>Tin tức - Sở Công Thương</title>", '<div id="__next"></div>' + next_data({"items": items}))
    reading = read_page(parse_html(html), "https://sct.example.gov.vn/tin-tuc")
    assert reading.article is None and "app-state: nothing" in reading.why


def test_a_family_that_finds_nothing_leaves_the_page_to_the_other_readers():
    # A WebSphere Portal page (/wps/portal/...) read with the NukeViet family's selectors, which find nothing.
    from reader.profiles import site_profile

    profile = site_profile({"id": "x", "name": "x", "hosts": ["portal.example.gov.vn"],
                            "start_urls": ["https://portal.example.gov.vn/"], "family": "nukeviet"})
    html = page(json_ld({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-03-05T08:30:00+07:00"}),
                f'<div class="wpthemeMainContent"><div class="ibmPortalControl"><h1>{TITLE}</h1>'
                f'<div class="ngay-dang">05/03/2024 08:30</div><div class="noi-dung">{BODY_HTML}</div></div></div>')
    reading = read_page(parse_html(html), "https://portal.example.gov.vn/wps/portal/sct/tin-tuc/a1", profile)
    article = reading.article
    assert article is not None, reading.why
    assert (article.title, article.published, article.body) == (TITLE, "2024-03-05T08:30:00+07:00", BODY)
    assert not any(reader.startswith("family") for reader in article.read_by.values())
    assert reading.found["family:nukeviet"] == []


@pytest.mark.parametrize("title", ["Trang chủ", "Sở Công Thương", "Trang chủ » Tin tức » Khuyến công"])
def test_a_portal_name_or_breadcrumb_is_no_title(title):
    html = page('<meta property="og:site_name" content="Sở Công Thương">'
                + json_ld({"@type": "NewsArticle", "headline": title}),
                f'<div class="content"><h1>{TITLE}</h1>{BODY_HTML}</div>')
    reading = read_page(parse_html(html), "https://sct.example.gov.vn/tin-tuc/a-1.html")
    assert reading.article.title == TITLE and reading.article.read_by["title"] == "generic"


def test_an_unconfirmed_time_comes_from_the_metadata_and_an_agreed_day_keeps_its_clock():
    html = page(json_ld({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-03-05"}),
                f'<div class="content"><h1>{TITLE}</h1><div class="date">05/03/2024 14:20</div>{BODY_HTML}</div>')
    reading = read_page(parse_html(html), "https://sct.example.gov.vn/tin-tuc/a-1.html")
    assert reading.article.published == "2024-03-05T14:20:00+07:00"  # the day agreed, the clock shown
    lead_in = f"<p>Hội nghị ngày 01/02/2024 đã thống nhất kế hoạch.</p>{BODY_HTML}"
    html = page(json_ld({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-03-05T08:30:00+07:00"}),
                f'<div class="content"><h1>{TITLE}</h1>{lead_in}</div>')
    reading = read_page(parse_html(html), "https://sct.example.gov.vn/tin-tuc/a-2.html")
    assert reading.article.published == "2024-03-05T08:30:00+07:00"
