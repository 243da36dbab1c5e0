"""Reading pages: an article's text with its facts marked, a fact in its sentence.

Three layers: the pure marking functions (db/reading.py), the pages through
Datasette's test client (escaping, provenance), and what a person sees in
headless Chromium (Debian's chromium + chromium-driver; skipped without them).
"""

import os
import subprocess
import sys
import unicodedata
from decimal import Decimal

import pytest
from test_db_browser import CHROMIUM, ROOT, browser, serve  # noqa: F401 (browser: a fixture)
from test_db_write import FACTS, article

from db import open_db
from db.metadata import datasette
from db.reading import Fact, fact_value, group_digits, highlight, marked_sentence, pieces, sentence_window
from db.write import ensure_site, save_article

# --- the marking functions -------------------------------------------------


def fact(text, body, table="money", value="v", occurrence=0, field="body"):
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return Fact(table=table, field=field, start=start, end=start + len(text), text=text, value=value,
                url=f"/db/{table}/{start}", anchor=f"f{start}")  # fmt: skip


RANGE = "Hỗ trợ từ 10 đến 20 triệu đồng mỗi cơ sở."


@pytest.mark.parametrize(
    "body, facts, expected",
    [
        # Overlapping: a range read as two amounts, the second inside the first's span.
        (RANGE, [("10 đến 20 triệu đồng", "money"), ("20 triệu đồng", "money")],
         [("Hỗ trợ từ ", 0), ("10 đến ", 1), ("20 triệu đồng", 2), (" mỗi cơ sở.", 0)]),
        # Adjacent: a count right after a legal reference, no character between them.
        ("Theo Quyết định số 5/QĐ-UBND12 đề án.", [("Quyết định số 5/QĐ-UBND", "legal_refs"), ("12 đề án", "counts")],
         [("Theo ", 0), ("Quyết định số 5/QĐ-UBND", 1), ("12 đề án", 1), (".", 0)]),
        # A date inside a legal reference.
        ("Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng.",
         [("Quyết định số 1288/QĐ-TTg ngày 01/8/2014", "legal_refs"), ("01/8/2014", "dates")],
         [("Quyết định số 1288/QĐ-TTg ngày ", 1), ("01/8/2014", 2), (" của Thủ tướng.", 0)]),
        # A fact at the very start and one at the very end.
        ("66 đề án", [("66 đề án", "counts")], [("66 đề án", 1)]),
    ],
)  # fmt: skip
def test_pieces_cut_at_every_boundary(body, facts, expected):
    found = pieces(body, [fact(text, body, table) for text, table in facts])
    assert [(piece, len(covering)) for piece, covering in found] == expected
    assert "".join(piece for piece, _ in found) == body


def test_overlapping_and_adjacent_facts_each_keep_their_marks():
    body = "Theo Quyết định số 5/QĐ-UBND12 đề án, từ 10 đến 20 triệu đồng."
    facts = [
        fact("Quyết định số 5/QĐ-UBND", body, "legal_refs", "5/QĐ-UBND"),
        fact("12 đề án", body, "counts", "12 đề án"),
        fact("10 đến 20 triệu đồng", body, "money", "10.000.000 VND"),
        fact("20 triệu đồng", body, "money", "20.000.000 VND"),
    ]
    html = str(highlight(body, facts))
    # Adjacent facts: two marks, no text lost between them.
    assert '5/QĐ-UBND<span class="fact-pop"' in html and "</mark><mark" in html
    # The overlapped piece names both amounts and links both rows.
    overlap = html[html.index('class="fact fact-money fact-overlap"') :]
    overlap = overlap[: overlap.index("</mark>")]
    assert "10.000.000 VND" in overlap and "20.000.000 VND" in overlap
    assert (f'href="/db/money/{body.index("10 đến")}"' in overlap
            and f'href="/db/money/{body.index("20 triệu")}"' in overlap)
    # One mark per piece: the reference, the count, "10 đến ", "20 triệu đồng" (under both amounts).
    assert html.count("<mark") == 4


def test_text_and_values_are_escaped():
    body = 'Kinh phí <script>alert("x")</script> 5 tỷ đồng & <b>hơn</b>.'
    evil = fact("5 tỷ đồng", body, "money", value='<img src=x onerror="alert(1)">')
    evil.url = '"><script>alert(2)</script>'
    html = str(highlight(body, [evil]))
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&amp; &lt;b&gt;hơn&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html


def test_offsets_index_the_nfc_text():
    nfc_body = "Hỗ trợ 11,072 tỷ đồng cho Hải Dương."
    decomposed = unicodedata.normalize("NFD", nfc_body)
    assert len(decomposed) > len(nfc_body)  # the offsets would be wrong on this form
    money = fact("11,072 tỷ đồng", nfc_body, "money", "11.072.000.000 VND")
    html = str(highlight(decomposed, [money]))
    assert '">11,072 tỷ đồng<span class="fact-pop"' in html
    assert html.startswith("Hỗ trợ ") and html.endswith(" cho Hải Dương.")


def test_a_fact_whose_offsets_do_not_point_at_its_text_is_not_marked():
    body = "Hỗ trợ 12 tỷ đồng."
    stale = Fact(table="money", field="body", start=0, end=6, text="12 tỷ đồng", value="v", url="/x")
    assert str(highlight(body, [stale])) == body
    assert pieces(body, [stale]) == [(body, [])]


@pytest.mark.parametrize(
    "table, row, expected",
    [
        ("money", {"value": 11072000000, "value_text": "11072000000", "currency": "VND"}, "11.072.000.000 VND"),
        ("money", {"value": None, "value_text": "15.5", "currency": "USD", "qualifier": "over"}, "over 15,5 USD"),
        ("money", {"value": 200000000, "value_text": "200000000", "currency": "VND", "qualifier": "approx"},
         "about 200.000.000 VND"),
        ("counts", {"value": 40000, "unit": "lao động"}, "40.000 lao động"),
        ("percents", {"value": "12.5"}, "12,5 %"),
        ("periods", {"start_year": 2021, "end_year": 2025}, "2021–2025"),
        ("dates", {"value": "2014-08-01"}, "2014-08-01"),
        ("legal_refs", {"code": "1288/QĐ-TTg", "doc_type": "Quyết định", "issued": "2014-08-01",
                        "issuer": None, "issuer_from_code": "Thủ tướng Chính phủ"},
         "1288/QĐ-TTg · Quyết định · issued 2014-08-01 · Thủ tướng Chính phủ"),
    ],
)  # fmt: skip
def test_fact_values_as_a_reader_reads_them(table, row, expected):
    assert fact_value(table, row) == expected


@pytest.mark.parametrize(
    "number, expected",
    [(0, "0"), (999, "999"), (1000, "1.000"), (11072000000, "11.072.000.000"), (Decimal("1234.05"), "1.234,05"),
     (-5000, "-5.000")],
)
def test_group_digits(number, expected):
    assert group_digits(number) == expected


def test_sentence_found_where_the_fact_is_even_when_the_sentence_repeats():
    sentence = "Hỗ trợ 5 tỷ đồng."
    text = f"{sentence} Nội dung khác. {sentence}"
    second = text.rindex("5 tỷ đồng")
    window, start, end = sentence_window(text, sentence, second, second + len("5 tỷ đồng"))
    assert (window, window[start:end]) == (sentence, "5 tỷ đồng")
    one = Fact(table="money", field="body", start=second, end=second + 9, text="5 tỷ đồng", value="", url="")
    assert str(marked_sentence(text, one, sentence)) == 'Hỗ trợ <mark class="fact fact-money">5 tỷ đồng</mark>.'
    # No stored sentence: a window of the text around the fact.
    window, start, end = sentence_window(text, None, second, second + 9)
    assert window == text and window[start:end] == "5 tỷ đồng"


# --- the pages, through Datasette's client ---------------------------------

ARCHIVE_COLUMNS = {"source": "TEXT", "archived_at": "TEXT", "archive_url": "TEXT", "warc_file": "TEXT",
                   "warc_offset": "INTEGER", "body_sha256": "TEXT"}  # fmt: skip
ARCHIVED = {
    "source": "archive",
    "archived_at": "2019-03-04T05:06:07+00:00",
    "archive_url": "https://web.archive.org/web/20190304050607id_/https://haiduong.gov.vn/tin/1",
    "warc_file": "crawls/20261201T040000-haiduong.warc.gz",
    "warc_offset": 123456,
    "body_sha256": "ab" * 32,
}
XSS_TITLE = '<script>alert("title")</script> Hội nghị'


def build_database(path):
    """The seed-like article (id 1) from an archive capture, and a hostile article (id 2)."""
    database = open_db(path)
    ensure_site(database, "haiduong", "Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn",
                province="Hải Dương")  # fmt: skip
    save_article(database, article(), FACTS, "1.0")
    hostile_body = "Kinh phí <img src=x onerror=alert(1)> 5 tỷ đồng."
    start = hostile_body.index("5 tỷ")
    save_article(
        database,
        article("javascript:alert(document.domain)", title=XSS_TITLE, body=hostile_body,
                attachments=["javascript:alert(3)"]),
        [{"type": "money", "text": "5 tỷ đồng", "start": start, "end": start + 9, "field": "body",
          "sentence": hostile_body, "value": 5 * 10**9, "currency": "VND", "qualifier": None}],
        "1.0",
    )  # fmt: skip
    # The archive branch adds these columns by a migration; add them here when it has not.
    existing = database["articles"].columns_dict
    for name, sql_type in ARCHIVE_COLUMNS.items():
        if name not in existing:
            database.execute(f"ALTER TABLE articles ADD COLUMN [{name}] {sql_type}")
    database["articles"].update(1, ARCHIVED)
    database.conn.commit()
    database.close()
    return path


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("reading") / "bulletins.db")


@pytest.fixture(scope="module")
def ds(db_path):
    return datasette(db_path)


@pytest.mark.anyio
async def test_article_page_header_text_and_facts(ds):
    page = (await ds.client.get("/bulletins/articles/1")).text
    reading = page[page.index('<div class="reading article">') :]
    header, text = reading.split('<p class="lead">', 1)
    assert "Tổng kết công tác khuyến công năm 2023" in header
    assert '<a class="source" href="https://haiduong.gov.vn/tin/1">' in header
    assert "2023-12-20" in header and "Cổng thông tin điện tử tỉnh Hải Dương" in header
    assert '<span class="province" title="Province">Hải Dương</span>' in header
    assert '<dt>Province since the 2025 merger</dt><dd class="province">Hải Phòng</dd>' in header
    # Text with every fact marked: the amount with its grouped value and currency, linking its row.
    assert text.count('<mark class="fact') == len(FACTS)
    assert 'title="money: 11.072.000.000 VND"' in text
    assert 'href="/bulletins/money/1,body,68,82"' in text
    assert 'title="count: 66 đề án"' in text
    # Then the facts by type, after the text.
    assert text.index("Facts by type") > text.index("Sở Công Thương Hải Dương tổng kết.")
    for table in ("money", "counts", "legal_refs", "dates"):
        assert f'id="facts-{table}"' in text
    # The default row table (the body squeezed in a column) is gone.
    assert '<table class="rows-and-columns">' not in page


@pytest.mark.anyio
async def test_article_page_provenance(ds):
    page = (await ds.client.get("/bulletins/articles/1")).text
    assert "a web archive capture" in page
    assert f'<a class="archive" href="{ARCHIVED["archive_url"]}">' in page
    assert "(captured 2019-03-04T05:06:07+00:00)" in page
    assert "<code>crawls/20261201T040000-haiduong.warc.gz</code> at offset <code>123456</code>" in page
    assert "ab" * 32 in page
    assert ('<code class="warcio">warcio extract --payload crawls/20261201T040000-haiduong.warc.gz 123456 '
            "| sha256sum</code>") in page  # fmt: skip


@pytest.mark.anyio
async def test_article_page_escapes_everything(ds):
    page = (await ds.client.get("/bulletins/articles/2")).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Hội nghị" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # A stored address that is not http(s) is shown, never linked.
    assert 'href="javascript:' not in page
    assert "javascript:alert(document.domain)" in page and "javascript:alert(3)" in page


@pytest.mark.anyio
async def test_fact_page_links_its_article_and_marks_its_sentence(ds):
    page = (await ds.client.get("/bulletins/money/1,body,68,82")).text
    assert '<span class="fact-value">11.072.000.000 VND</span>' in page
    assert '<a class="article" href="/bulletins/articles/1">Tổng kết công tác khuyến công năm 2023</a>' in page
    assert (
        'Năm 2023, tỉnh đã triển khai 66 đề án khuyến công với tổng kinh phí '
        '<mark class="fact fact-money">11,072 tỷ đồng</mark>'
    ) in page
    legal = (await ds.client.get("/bulletins/legal_refs/1,body,94,119")).text
    assert '<mark class="fact fact-legal_ref">Quyết định số 1288/QĐ-TTg</mark>' in legal
    hostile = (await ds.client.get("/bulletins/money/2,body,38,47")).text
    assert "<img src=x" not in hostile and "<script>alert" not in hostile


@pytest.mark.anyio
async def test_other_row_pages_are_datasettes_own(ds):
    page = (await ds.client.get("/bulletins/sites/haiduong")).text
    assert '<div class="reading' not in page
    assert '<table class="rows-and-columns">' in page


def test_offsets_of_the_test_article():
    # The expected URLs above hold these offsets: check them against the text, not the code.
    body = article()["body"]
    assert body[68:82] == "11,072 tỷ đồng" and body[94:119] == "Quyết định số 1288/QĐ-TTg"
    hostile = "Kinh phí <img src=x onerror=alert(1)> 5 tỷ đồng."
    assert hostile[38:47] == "5 tỷ đồng"


# --- in the browser ----------------------------------------------------------

browser_only = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="needs Debian's chromium: apt-get install -y chromium chromium-driver"
)


@pytest.fixture(scope="module")
def site(db_path):
    yield from serve(db_path)


def console_errors(browser) -> list:
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


@browser_only
def test_reading_an_article_in_the_browser(site, browser):
    from selenium.webdriver import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # start with an empty console
    browser.get(site + "/bulletins/articles/1")
    assert browser.find_element(By.CSS_SELECTOR, "h1 .title").text == "Tổng kết công tác khuyến công năm 2023"
    # A reading column, not a 70-px cell: the page is short and the body wide.
    height = browser.execute_script("return document.documentElement.scrollHeight")
    assert height < 3000, height
    assert browser.find_element(By.CSS_SELECTOR, ".reading .body").size["width"] > 500

    # The text reads as written: the marks and their hidden popovers add nothing to it.
    assert browser.find_element(By.CSS_SELECTOR, ".reading .body").text == article()["body"]
    marks = browser.find_elements(By.CSS_SELECTOR, ".body mark.fact")
    assert [m.text for m in marks] == ["66 đề án", "11,072 tỷ đồng", "Quyết định số 1288/QĐ-TTg", "01/8/2014"]
    assert all(m.is_displayed() for m in marks)
    money = marks[1]
    popover = money.find_element(By.CSS_SELECTOR, ".fact-pop")
    assert not popover.is_displayed()
    ActionChains(browser).move_to_element(money).perform()
    WebDriverWait(browser, 10).until(lambda b: popover.is_displayed())
    assert popover.text == "money 11.072.000.000 VND row"

    popover.find_element(By.LINK_TEXT, "row").click()
    WebDriverWait(browser, 20).until(EC.url_contains("/bulletins/money/1,body,68,82"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "money: 11.072.000.000 VND"
    assert browser.find_element(By.CSS_SELECTOR, ".sentence mark").text == "11,072 tỷ đồng"
    assert browser.execute_script("return document.documentElement.scrollHeight") < 3000

    browser.find_element(By.CSS_SELECTOR, "a.article").click()
    WebDriverWait(browser, 20).until(EC.url_matches(r"/bulletins/articles/1$"))
    assert console_errors(browser) == []


@browser_only
def test_hostile_article_runs_no_script(site, browser):
    from selenium.webdriver.common.by import By

    browser.get_log("browser")
    browser.get(site + "/bulletins/articles/2")
    assert browser.find_element(By.CSS_SELECTOR, "h1 .title").text == XSS_TITLE
    assert "<img src=x onerror=alert(1)>" in browser.find_element(By.CSS_SELECTOR, ".reading .body").text
    assert browser.find_elements(By.CSS_SELECTOR, ".reading img") == []
    assert console_errors(browser) == []


@browser_only
def test_the_screenshot_script_takes_every_shot_of_the_tour(db_path, tmp_path):
    result = subprocess.run(
        [sys.executable, "docs/screenshots.py", "--db", str(db_path), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    assert shots == ["article.png", "dashboard.png", "empty_home.png", "fact.png", "home.png", "map.png",
                     "money.png", "money_facts.png"]  # fmt: skip
    for shot in tmp_path.glob("*.png"):
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert 5_000 < shot.stat().st_size < 400_000, shot.name
