"""Pages nested deeper than Python's recursion limit are read to the bottom (spiders/parsing.py block_lines)."""

from scrapy.http import HtmlResponse

from spiders import parsing
from reader.profiles import load_profile

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
