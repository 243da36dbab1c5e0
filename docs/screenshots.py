"""Regenerate the README tour's screenshots: python docs/screenshots.py [--db bulletins.db].

Crawls the demo's local site copies into a temporary database (or takes ``--db``), serves it (and an
empty database, for the empty home page) with ``python -m db serve`` on free ports, and saves PNGs of
the pages the tour walks through into docs/,
taken by Debian's headless Chromium (apt-get install -y chromium chromium-driver) through Selenium,
and reduced to 64 colours with Pillow when it is installed (pip install -e '.[docs]').
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
WIDTH = 1100
# (file, path, height, what to do before the shot). The article is the seed article of the demo.
SHOTS = [
    ("home.png", "/", 760, None),
    ("money.png", "/bulletins/money?_sort_desc=value", 760, "scroll:form.filters"),
    ("article.png", "/bulletins/articles/{seed}", 1000, "hover"),
    ("fact.png", "/bulletins/money/{fact}", 560, None),
    ("money_facts.png", "/bulletins/money_facts?_sort_desc=value", 760, "scroll:.facet-results"),
    ("map.png", "/bulletins/facts_by_province", 760, "markers"),
    ("dashboard.png", "/-/dashboards/overview", 900, "charts"),
    ("empty_home.png", "/", 760, "empty"),  # served from an empty database
]
SEED_TITLE = "Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_database(folder: Path) -> Path:
    """Crawl the demo's two local copies into folder/bulletins.db (ports chosen free)."""
    path = folder / "bulletins.db"
    for _ in range(5):  # the demo serves its two copies on a port and the next one
        port = free_port()
        result = subprocess.run([sys.executable, "-m", "spiders.demo", "--db", str(path), "--port", str(port)],
                                cwd=ROOT, capture_output=True, text=True)  # fmt: skip
        if result.returncode == 0:
            return path
    sys.exit("the demo crawl failed:\n" + result.stdout + result.stderr)


def serve(path: Path):
    """``python -m db serve`` in the database's folder, so the page names it as a user would see it."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen([sys.executable, "-m", "db", "serve", path.name, "--port", str(port)],
                              cwd=path.parent, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            return server, base
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                sys.exit("datasette did not start")
            time.sleep(0.3)


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                 "--disable-background-networking", "--disable-dev-shm-usage", "--force-device-scale-factor=1"):
        options.add_argument(flag)  # fmt: skip
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def shrink(png: Path) -> None:
    """64 colours, no dithering: a third of the bytes, text as sharp (skipped without Pillow)."""
    try:
        from PIL import Image
    except ImportError:
        return
    image = Image.open(png).convert("RGB")
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(png, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="database to show (default: crawl the demo into a temporary one)")
    parser.add_argument("--out", type=Path, default=DOCS, help="folder for the PNGs (default: docs/)")
    args = parser.parse_args()

    import sqlite3

    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with tempfile.TemporaryDirectory() as tmp:
        path = (args.db or demo_database(Path(tmp))).resolve()
        conn = sqlite3.connect(path)
        seed = conn.execute("SELECT id FROM articles WHERE title = ?", [SEED_TITLE]).fetchone()
        seed = seed[0] if seed else conn.execute(
            "SELECT article FROM money GROUP BY article ORDER BY count(*) DESC LIMIT 1").fetchone()[0]  # fmt: skip
        fact = conn.execute("SELECT article, field, start, [end] FROM money WHERE article = ? "
                            "ORDER BY value DESC LIMIT 1", [seed]).fetchone()  # fmt: skip
        conn.close()
        empty = Path(tmp) / "empty" / "bulletins.db"
        empty.parent.mkdir()
        subprocess.run([sys.executable, "-c", f"from db import open_db; open_db({str(empty)!r}).close()"],
                       cwd=ROOT, check=True)  # fmt: skip
        server, base = serve(path)
        empty_server, empty_base = serve(empty)
        driver = browser()
        try:
            for name, page, height, action in SHOTS:
                driver.set_window_size(WIDTH, height)
                page = page.format(seed=seed, fact=",".join(map(str, fact)))
                driver.get((empty_base if action == "empty" else base) + page)
                if action == "hover":  # the first amount on screen, its popover open
                    marks = [m for m in driver.find_elements(By.CSS_SELECTOR, ".body mark.fact")
                             if m.location["y"] < height - 200]  # fmt: skip
                    preferred = [m for kind in ("fact-money", "fact-legal_ref") for m in marks
                                 if kind in m.get_attribute("class").split()]  # fmt: skip
                    if preferred or marks:
                        ActionChains(driver).move_to_element((preferred or marks)[0]).perform()
                        time.sleep(0.3)
                elif action and action.startswith("scroll:"):  # past the column descriptions, to the data
                    found = driver.find_elements(By.CSS_SELECTOR, action.split(":", 1)[1])
                    if found:
                        driver.execute_script("arguments[0].scrollIntoView()", found[0])
                elif action == "markers":  # the map's markers (its tiles need a network: none here)
                    try:
                        WebDriverWait(driver, 30).until(
                            lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))  # fmt: skip
                        driver.execute_script("arguments[0].scrollIntoView()",
                                              driver.find_element(By.CSS_SELECTOR, ".leaflet-container"))  # fmt: skip
                    except TimeoutException:
                        print(f"{name}: no marker on the map (no site with a province's coordinates)")
                    time.sleep(1)
                elif action == "charts":
                    WebDriverWait(driver, 30).until(lambda d: len(
                        d.find_elements(By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg")) >= 3)  # fmt: skip
                    time.sleep(1)
                target = args.out / name
                driver.save_screenshot(str(target))
                shrink(target)
                print(f"{target} {target.stat().st_size // 1024} KB")
        finally:
            driver.quit()
            for running in (server, empty_server):
                running.terminate()
                running.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
