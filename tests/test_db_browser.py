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

ROOT = pathlib.Path(__file__).resolve().parents[1]
from db import open_db
from db.sample import sample_article
from db.write import ensure_site, save_article

from test_db_write import FACTS, article

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason="needs Debian's chromium: apt-get install -y chromium chromium-driver",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    values = [int(td.text) for td in browser.find_elements(By.CSS_SELECTOR, "td.col-value") if td.text.strip()]
    assert values and values == sorted(values, reverse=True)
    assert 11072000000 in values
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
