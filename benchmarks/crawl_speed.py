"""Crawl throughput: the full job (parsing, fact extraction, SQLite) against plain Scrapy fetching the same pages.

    python benchmarks/crawl_speed.py            # a local copy of 2,000 articles (plus listings)
    python benchmarks/crawl_speed.py --smoke    # 200 articles, for CI

The crawls run as ``scrapy`` subprocesses against the same local copy, served from this process, with
AutoThrottle and delays off. Prints pages per second of each (and of the spider without its pipeline, to
show where the time goes), the ratio full/plain (target >= 0.8), and the full job's peak RSS at half and
full size, which should be about the same: memory does not grow with the site.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import scrapy

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from spiders.mirror import serve  # noqa: E402
from spiders.run import FAST_SETTINGS, crawl_command  # noqa: E402

BENCH_SETTINGS = {**FAST_SETTINGS, "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
                  "DOWNLOAD_TIMEOUT": "30", "LOG_LEVEL": "INFO"}


class PlainFetchSpider(scrapy.Spider):
    """Fetches a list of URLs and nothing else: the baseline (``scrapy runspider`` this file)."""

    name = "plain_fetch"
    custom_settings = {
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {},
        "DUPEFILTER_CLASS": "scrapy.dupefilters.RFPDupeFilter",
        "REQUEST_FINGERPRINTER_CLASS": "scrapy.utils.request.RequestFingerprinter",
    }

    def __init__(self, urls: str, **kwargs):
        super().__init__(**kwargs)
        self.url_file = urls

    async def start(self):
        for url in Path(self.url_file).read_text().split():
            yield scrapy.Request(url, callback=self.parse, errback=self.ignore)

    def parse(self, response):
        return None

    def ignore(self, failure):
        return None


def run(command: list[str]) -> dict:
    """Run a crawl; its Scrapy stats plus the process's peak RSS."""
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        sys.exit(f"crawl failed:\n{log[-3000:]}")
    stat = {name: float(re.search(rf"'{name}': ([\d.]+)", log).group(1))
            for name in ("response_received_count", "elapsed_time_seconds")}
    stat["items"] = float(m.group(1)) if (m := re.search(r"'item_scraped_count': (\d+)", log)) else 0.0
    stat["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    stat["pages_per_second"] = stat["response_received_count"] / stat["elapsed_time_seconds"]
    return stat


def spider_job(articles: int, workdir: Path, name: str, **settings) -> dict:
    """``scrapy crawl socongthuong`` on a fresh local copy and a fresh database."""
    server = serve("haiduong", articles=articles, slow_seconds=0)
    try:
        return run(crawl_command(workdir / f"{name}-{articles}.db", site="haiduong", start_url=server.url,
                                 **BENCH_SETTINGS, **settings))
    finally:
        server.shutdown()


def plain_fetch(articles: int, workdir: Path) -> dict:
    server = serve("haiduong", articles=articles, slow_seconds=0)
    try:
        site, base = server.site, server.url.rstrip("/")
        paths = ["/", *site.listing_urls(), *(site.article_url(a) for a in site.public_articles())]
        url_file = workdir / "urls.txt"
        url_file.write_text("\n".join(base + path for path in paths))
        command = [sys.executable, "-m", "scrapy", "runspider", __file__, "-a", f"urls={url_file}"]
        for name, value in BENCH_SETTINGS.items():
            command += ["-s", f"{name}={value}"]
        return run(command)
    finally:
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the local copy (>= 2000)")
    parser.add_argument("--smoke", action="store_true", help="a small run for CI (200 articles)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    articles = 200 if args.smoke else args.articles
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        half = spider_job(articles // 2, workdir, "full")
        full = spider_job(articles, workdir, "full")
        spider_only = spider_job(articles, workdir, "spider", ITEM_PIPELINES="{}")
        plain = plain_fetch(articles, workdir)
    figures = {
        "articles": articles,
        "full_pages": int(full["response_received_count"]),
        "full_pages_per_second": round(full["pages_per_second"], 1),
        "spider_only_pages_per_second": round(spider_only["pages_per_second"], 1),
        "plain_pages": int(plain["response_received_count"]),
        "plain_pages_per_second": round(plain["pages_per_second"], 1),
        "ratio": round(full["pages_per_second"] / plain["pages_per_second"], 2),
        "peak_rss_mb": {articles // 2: round(half["peak_rss_mb"], 1), articles: round(full["peak_rss_mb"], 1)},
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"local copy: {articles} articles")
    print(f"full job:    {figures['full_pages']} pages, {figures['full_pages_per_second']} pages/s "
          f"({int(full['items'])} items: articles and errors, facts, SQLite)")
    print(f"spider only: {figures['spider_only_pages_per_second']} pages/s (parsing and link following, no pipeline)")
    print(f"plain fetch: {figures['plain_pages']} pages, {figures['plain_pages_per_second']} pages/s")
    print(f"ratio full/plain: {figures['ratio']} (target >= 0.8)")
    print("peak RSS of the full job: " + ", ".join(f"{n} articles {mb} MB" for n, mb in figures["peak_rss_mb"].items()))


if __name__ == "__main__":
    main()
