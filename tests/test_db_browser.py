"""What a person sees: `python -m db serve` over a small database, in headless Chromium.

Needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver).
"""

import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import seeddb
from test_db_write import FACTS, article

from db import open_db
from db.sample import sample_article
from db.write import ensure_site, save_article

ROOT = pathlib.Path(__file__).resolve().parents[1]

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason="needs Debian's chromium: apt-get install -y chromium chromium-driver",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(path):
    """Run `python -m db serve` over ``path`` on a free port; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "db", "serve", str(path), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("datasette did not start:\n" + server.stdout.read())
            time.sleep(0.3)
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Base URL of `python -m db serve` running over a small test database."""
    path = tmp_path_factory.mktemp("browser") / "bulletins.db"
    database = open_db(path)
    ensure_site(database, "haiduong", "Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")
    save_article(database, article(), FACTS, "1.0")
    for i in range(2, 12):
        save_article(database, *sample_article(i), "1.0")
    database.close()
    yield from serve(path)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seed article and two of ours through the real extractor, parts and rate marked (tests/seeddb.py)."""
    path = tmp_path_factory.mktemp("seeded") / "bulletins.db"
    seeddb.build(path, mark_parts=True)
    yield from serve(path)


@pytest.fixture(scope="module")
def empty_site(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty") / "bulletins.db"
    open_db(path).close()
    yield from serve(path)


def console_errors(browser) -> list[str]:
    """The page's console errors since the last call, but for map tiles: they need a network, markers do not."""
    return [
        entry["message"] for entry in browser.get_log("browser")
        if entry["level"] == "SEVERE" and not entry["message"].startswith(("https://", "http://")) or
        entry["level"] == "SEVERE" and entry["message"].startswith("http://127.0.0.1")
    ]  # fmt: skip


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console messages, for console_errors()
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_money_table_canned_query_and_search(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)

    # The money table: amounts, biggest first, each row naming its article.
    browser.get(site + "/bulletins/money?currency=VND&_sort_desc=value")
    assert "money" in browser.find_element(By.TAG_NAME, "h1").text
    cells = [td for td in browser.find_elements(By.CSS_SELECTOR, "td.col-value") if td.text.strip()]
    values = [int(td.text.replace(".", "")) for td in cells]  # shown grouped: 11.072.000.000
    assert values and values == sorted(values, reverse=True)
    assert "11.072.000.000" in [td.text for td in cells]
    link = browser.find_element(By.LINK_TEXT, "Tổng kết công tác khuyến công năm 2023")

    # Following the link shows the article, Vietnamese text intact.
    link.click()
    wait.until(EC.url_contains("/bulletins/articles/1"))
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "https://haiduong.gov.vn/tin/1" in page
    assert "Năm 2023, tỉnh đã triển khai 66 đề án khuyến công với tổng kinh phí 11,072 tỷ đồng." in page
    assert "Sở Công Thương Hải Dương tổng kết." in page

    # A canned query: the amount in Vietnamese grouping, with its sentence and source link.
    browser.get(site + "/bulletins/largest_amounts")
    assert "Largest amounts, with their sentences" in browser.find_element(By.TAG_NAME, "h1").text
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "11.072.000.000" in body
    assert "với tổng kinh phí 11,072 tỷ đồng" in body
    source = browser.find_element(By.CSS_SELECTOR, 'a[href="https://haiduong.gov.vn/tin/1"]')
    assert source.text == "https://haiduong.gov.vn/tin/1"

    # The articles search box, typed without accents.
    browser.get(site + "/bulletins/articles")
    box = browser.find_element(By.NAME, "_search")
    box.send_keys("khuyen cong hai duong")
    box.submit()
    wait.until(EC.url_contains("_search="))
    assert "Tổng kết công tác khuyến công năm 2023" in browser.find_element(By.TAG_NAME, "body").text


def test_dashboard_draws_charts(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/-/dashboards/overview")
    assert "Bulletins at a glance" in browser.find_element(By.TAG_NAME, "body").text
    # Vega-Lite (bundled with the plugin, no network) draws into a canvas or svg per chart.
    WebDriverWait(browser, 30).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg")) >= 3
    )


def test_money_facts_grouped_amounts_and_province_facets(seeded, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(seeded + "/bulletins/money_facts?_sort_desc=value")
    console_errors(browser)  # (drop what the previous pages said)
    first = browser.find_element(By.CSS_SELECTOR, "tbody tr")
    value = first.find_element(By.CSS_SELECTOR, "td.col-value")
    assert value.find_element(By.CSS_SELECTOR, ".grouped").text == "11.072.000.000"
    assert value.find_element(By.CSS_SELECTOR, ".scale").text == "11,072 tỷ đồng"
    assert first.find_element(By.CSS_SELECTOR, "td.col-province").text.replace("\n", " ") == "Hải Dương → Hải Phòng"
    title = first.find_element(By.CSS_SELECTOR, "td.col-article a")
    assert title.text == "Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018"

    # The facet of provinces since 2025: click Bắc Ninh, see Bắc Giang's amounts only.
    facet = browser.find_element(By.CSS_SELECTOR, '[data-column="province_new"]')
    assert {"Hải Phòng", "Bắc Ninh"} <= {a.text for a in facet.find_elements(By.CSS_SELECTOR, "li a")}
    facet.find_element(By.PARTIAL_LINK_TEXT, "Bắc Ninh").click()
    WebDriverWait(browser, 20).until(EC.url_contains("province_new="))
    provinces = {td.text.replace("\n", " ") for td in browser.find_elements(By.CSS_SELECTOR, "td.col-province")}
    assert provinces == {"Bắc Giang → Bắc Ninh"}
    assert "2.400.000.000" in {e.text for e in browser.find_elements(By.CSS_SELECTOR, "td.col-value .grouped")}
    assert console_errors(browser) == []


def test_map_shows_a_marker_per_province(seeded, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(seeded + "/")
    browser.find_element(By.LINK_TEXT, "a map of facts per province").click()
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))
    markers = browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon")
    # A cluster icon shows how many markers it holds; a plain marker is one.
    shown = sum(int(m.text) if "marker-cluster" in m.get_attribute("class") else 1 for m in markers)
    assert shown == 2  # Hải Dương and Bắc Giang
    assert console_errors(browser) == []


def test_map_reads_without_a_network_markers_on_the_outline(seeded, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    # No network: requests to the outside fail (the tiles among them); the local server answers.
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["https://*", "*.org/*", "*.com/*", "*.net/*"]})
    try:
        browser.get(seeded + "/bulletins/facts_by_province")
        WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))
        outline = browser.find_elements(By.CSS_SELECTOR, "path.bulletins-outline")
        assert len(outline) == 1 and outline[0].get_attribute("d").count("L") > 20  # the country's outline
        assert outline[0].size["width"] > 100 and outline[0].size["height"] > 100  # drawn, under the markers
        assert len(browser.find_elements(By.CSS_SELECTOR, "path.bulletins-outline-point")) == 2  # Hoàng Sa, Trường Sa
        markers = browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon")
        assert sum(int(m.text) if "marker-cluster" in m.get_attribute("class") else 1 for m in markers) == 2
        assert not [img for img in browser.find_elements(By.CSS_SELECTOR, "img.leaflet-tile-loaded")]  # no tile came
        assert console_errors(browser) == []
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def test_empty_database_says_so_and_its_charts_draw(empty_site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(empty_site + "/")
    notice = browser.find_element(By.CSS_SELECTOR, ".bulletins-empty").text
    assert "The database bulletins is empty" in notice and "python -m spiders.demo --db" in notice
    assert console_errors(browser) == []
    browser.get(empty_site + "/-/dashboards/overview")
    WebDriverWait(browser, 30).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg")) >= 4
    )
    time.sleep(1)  # a chart failing after its first draw would log now
    assert console_errors(browser) == []
    for page, says in (("/bulletins/money_facts", "0 rows"), ("/bulletins/facts_by_province", "0 rows"),
                       ("/bulletins/projects_by_year", "0 results")):  # fmt: skip
        browser.get(empty_site + page)
        assert says in browser.title + browser.find_element(By.TAG_NAME, "body").text, page
        assert console_errors(browser) == [], page


def test_fact_views_read_one_fact_a_row(seeded, browser):
    """The table on the first screen, one fact a row at a glance; the raw columns in CSV and JSON only."""
    import csv
    import io
    import json

    from selenium.webdriver.common.by import By

    for view in ("money_facts", "count_facts", "legal_ref_facts"):
        browser.get(seeded + f"/bulletins/{view}?_facet=year&_facet=province")  # facets asked for twice
        table = browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns")
        assert table.rect["y"] < 1000, (view, table.rect["y"])  # on the first screen of a 1280x1000 window
        heights = [row.rect["height"] for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert heights and max(heights) <= 120, (view, heights)
        # The column descriptions are there, folded.
        fold = browser.find_element(By.CSS_SELECTOR, "details.column-descriptions-fold")
        assert fold.get_attribute("open") is None and "columns mean" in fold.text
        # Each facet once.
        facets = [e.get_attribute("data-column") for e in browser.find_elements(By.CSS_SELECTOR, ".facet-info")]
        assert facets.count("year") == 1 and facets.count("province") == 1, facets
        # The article's title once a row (the article cell), with its source link.
        for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")[:5]:
            title = row.find_element(By.CSS_SELECTOR, "td.col-article a").text
            quoted = row.find_element(By.CSS_SELECTOR, "td.col-sentence").text.count(title)  # a fact of the title
            assert row.text.count(title) - quoted == 1, row.text
            assert row.find_element(By.CSS_SELECTOR, "td.col-article a.source").get_attribute("href").startswith("http")
        assert console_errors(browser) == [], view

    # money_facts: the amount grouped and in tỷ; the long sentence shortened around it, whole on demand.
    browser.get(seeded + "/bulletins/money_facts?_sort_desc=value")
    first = browser.find_element(By.CSS_SELECTOR, "tbody tr")
    value = first.find_element(By.CSS_SELECTOR, "td.col-value")
    assert value.find_element(By.CSS_SELECTOR, ".grouped").text == "11.072.000.000"
    assert "11,072 tỷ đồng" in value.text and "parts add up" in value.text
    for hidden in ("value_text", "ty_dong", "article_title", "start"):
        assert not first.find_element(By.CSS_SELECTOR, f"td.col-{hidden}").is_displayed(), hidden
    sentence = first.find_element(By.CSS_SELECTOR, "td.col-sentence")
    details = sentence.find_element(By.TAG_NAME, "details")
    assert sentence.find_element(By.CSS_SELECTOR, "mark.figure").text == "11,072 tỷ đồng"
    whole = details.get_attribute("title")
    assert len(sentence.text) < len(whole)
    details.find_element(By.TAG_NAME, "summary").click()
    assert sentence.text.strip() == whole.strip()

    # part_of: a link to the total it is part of (its fact page), named by the total's text.
    browser.get(seeded + "/bulletins/money_facts?part_of__notblank=1&_sort_desc=value")
    link = browser.find_element(By.CSS_SELECTOR, "tbody tr td.col-part_of a")
    assert link.text.startswith("part of ") and "/bulletins/money/" in link.get_attribute("href")
    total_text = link.text[len("part of "):]
    link.click()
    assert total_text in browser.find_element(By.TAG_NAME, "body").text

    # CSV and JSON keep the raw values.
    with urllib.request.urlopen(seeded + "/bulletins/money_facts.csv?_sort_desc=value&_size=1") as response:
        row = next(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    assert (row["value"], row["value_text"], row["ty_dong"]) == ("11072000000", "11072000000", "11.072")
    with urllib.request.urlopen(seeded + "/bulletins/money_facts.json?_shape=array&_sort_desc=value&_size=1") as r:
        data = json.loads(r.read())[0]
    assert data["value"] == 11072000000 and data["part_of"] is None and data["sentence"] == whole


def test_dashboard_keeps_its_filters_through_apply_reload_and_apply_again(seeded, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    def charts_drawn():
        WebDriverWait(browser, 30).until(
            lambda b: len(b.find_elements(By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg")) >= 4)

    def chosen():
        return {key: Select(browser.find_element(By.ID, key)).first_selected_option.get_attribute("value")
                for key in ("province", "year")}

    def apply():
        browser.find_element(By.CSS_SELECTOR, '.dashboard-filters input[type="submit"]').click()
        WebDriverWait(browser, 20).until(lambda b: "year=" in b.current_url)
        charts_drawn()

    browser.get(seeded + "/-/dashboards/overview")
    charts_drawn()
    years = [o.get_attribute("value") for o in Select(browser.find_element(By.ID, "year")).options
             if o.get_attribute("value")]
    year = years[-1]
    Select(browser.find_element(By.ID, "year")).select_by_value(year)
    Select(browser.find_element(By.ID, "province")).select_by_value("Hải Dương")
    apply()
    wanted = {"province": "Hải Dương", "year": year}
    assert chosen() == wanted  # the menus show what the charts are filtered by
    assert f"year={year}" in browser.current_url and "province=H" in browser.current_url
    browser.refresh()
    charts_drawn()
    assert chosen() == wanted
    apply()  # again: the filter stays
    assert chosen() == wanted and f"year={year}" in browser.current_url
    assert console_errors(browser) == []
