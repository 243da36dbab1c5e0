"""Regenerate the README tour's screenshots: python docs/screenshots.py [--db bulletins.db].

Crawls the demo's local site copies into a temporary database (or takes ``--db``), serves it with
``python -m db serve`` on a free port, and saves PNGs of the pages the tour walks through into docs/,
taken by Debian's headless Chromium (apt-get install -y chromium chromium-driver) through Selenium,
and reduced to 64 colours with Pillow when it is installed (pip install -e '.[docs]').
"""

import argparse
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
    ("dashboard.png", "/-/dashboards/overview", 900, "charts"),
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
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "db", "serve", str(path), "--port", str(port)], cwd=ROOT,
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

    from selenium.webdriver import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or demo_database(Path(tmp))
        conn = sqlite3.connect(path)
        seed = conn.execute("SELECT id FROM articles WHERE title = ?", [SEED_TITLE]).fetchone()
        seed = seed[0] if seed else conn.execute(
            "SELECT article FROM money GROUP BY article ORDER BY count(*) DESC LIMIT 1").fetchone()[0]  # fmt: skip
        fact = conn.execute("SELECT article, field, start, [end] FROM money WHERE article = ? "
                            "ORDER BY value DESC LIMIT 1", [seed]).fetchone()  # fmt: skip
        conn.close()
        server, base = serve(path)
        driver = browser()
        try:
            for name, page, height, action in SHOTS:
                driver.set_window_size(WIDTH, height)
                driver.get(base + page.format(seed=seed, fact=",".join(map(str, fact))))
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
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
