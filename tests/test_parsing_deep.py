"""Pages nested deeper than Python's recursion limit, and than libxml2 builds, are read to the bottom."""

import re

import pytest
from scrapy.http import HtmlResponse

from reader import parse_html
from reader.deep import flatten, truncated
from reader.profiles import load_profile
from spiders import parsing

OPENING = "<div><font><span><b><em>"  # five unclosed tags, as a broken editor leaves them


def deep_page(inside: str, above: int, below: int) -> bytes:
    """``inside`` under ``above`` unclosed tags, followed by ``below`` more."""
    return ("<html><body>" + OPENING * (above // 5) + inside + OPENING * (below // 5) + "</body></html>").encode()


def test_block_lines_of_a_5000_deep_element():
    # 5,000 levels; libxml2 itself keeps about 2,000 of them, so the text is put at 1,500.
    body = deep_page("<p>Đã cấp 12 giấy phép.</p>", above=1500, below=3500)
    root = HtmlResponse("http://127.0.0.1/", body=body, encoding="utf-8").xpath("//body")[0].root
    depth, node = 0, root
    while len(node):
        node, depth = node[0], depth + 1
    assert depth > 1000  # deeper than the recursion limit, as lxml builds it
    assert parsing.block_lines(root) == ["Đã cấp 12 giấy phép."]


def test_a_deep_article_of_a_known_site_is_parsed():
    profile = load_profile("haiduong").served_from("http://127.0.0.1:8000/")
    content = OPENING * 300 + "<p>Kinh phí hỗ trợ 3 tỷ đồng.</p>" + OPENING * 700
    page = (f'<html><body><table><tr><td class="TitleDetail"><b>Tiêu đề thử</b></td></tr>'
            f'<tr><td class="ContentDetail"><p>Mở đầu.</p>{content}</td></tr></table></body></html>')
    response = HtmlResponse("http://127.0.0.1:8000/NewsDetail.aspx?id=5", body=page.encode(), encoding="utf-8")
    article = parsing.parse_article(response, profile)
    assert article.title == "Tiêu đề thử"
    assert article.body.split("\n\n") == ["Mở đầu.", "Kinh phí hỗ trợ 3 tỷ đồng."]


PARAGRAPH = ("<p>Năm nay, Sở đã hỗ trợ 12 cơ sở sản xuất đổi mới thiết bị với tổng kinh phí 3 tỷ đồng, góp phần nâng "
             "cao năng lực cạnh tranh của doanh nghiệp.</p>")


@pytest.mark.parametrize("shape, page", [
    # Thousands of unclosed tags (a broken editor): libxml2 stops building at about 2,048 levels.
    ("unclosed", "<html><body><h1>Trang sâu của Sở Công Thương</h1><div class='date'>05/03/2024 10:00</div>"
                 "<div class='noi-dung'>" + PARAGRAPH * 2 + "<div><span>" * 1200
                 + "<p>Đoạn cuối cùng, sau mọi thẻ mở.</p></body></html>"),
    # Blocks nested and closed, 2,500 deep: the paragraphs inside them are past libxml2's limit.
    ("closed", "<html><body><h1>Trang sâu của Sở Công Thương</h1><div class='date'>05/03/2024 10:00</div>"
               + "<div>" * 2500 + PARAGRAPH * 2 + "<p>Đoạn cuối cùng, sau mọi thẻ mở.</p>" + "</div>" * 2500
               + "</body></html>"),
])
def test_a_page_deeper_than_libxml2_builds_is_read_to_its_end(shape, page):
    response = HtmlResponse("http://127.0.0.1/bai-viet-7.html", body=page.encode(), encoding="utf-8")
    assert truncated(response.selector.root)  # what libxml2 alone gives: the end of the page is lost
    item, reading = parsing.read_article(response, None, "127.0.0.1")
    assert item is not None, reading.why
    assert (item.title, item.published) == ("Trang sâu của Sở Công Thương", "2024-03-05T10:00:00+07:00")
    assert item.body.endswith("Đoạn cuối cùng, sau mọi thẻ mở.") and "3 tỷ đồng" in item.body
    assert "Đoạn cuối cùng" in parse_html(page).text_content()  # reader.parse_html flattens the same way


def test_flattening_keeps_text_and_line_breaks_and_drops_only_deep_tags():
    html = "<div>" + "<div><b>" * 10 + "một</b> hai <p>ba</p>" + "</div>" * 30
    flat = flatten(html, keep=4)
    assert re.sub(r"<[^>]+>", "", flat) == "một hai ba"
    assert flat.count("<div>") == 3 and "<br>" in flat  # the deep blocks leave their line breaks
