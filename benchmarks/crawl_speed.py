"""Crawl throughput: the full job (parsing, fact extraction, SQLite) against plain Scrapy fetching the same pages.

    python benchmarks/crawl_speed.py                 # a local copy of 2,000 articles (plus listings)
    python benchmarks/crawl_speed.py --smoke         # 200 articles, for CI
    python benchmarks/crawl_speed.py --repeat 3      # each crawl three times, medians (a shared machine)

The crawls run as ``scrapy`` subprocesses against the same local copy, served from this process, with the
same settings (AutoThrottle and delays off, 16 concurrent requests, the project's settings.py):

- full job: ``scrapy crawl socongthuong`` as it ships (parsing, link following, facts, SQLite);
- spider only: the same crawl with ``ITEM_PIPELINES={}``: the difference is what the pipeline costs;
- plain fetch: a spider that only fetches the URL list of the same pages (no parsing, no pipeline).

Pages per second are given two ways: over the whole crawl (Scrapy's elapsed time: start-up included, i.e.
spawning the extraction worker, loading models, opening the database) and steady (from the first response
to the last). Two ratios:

- full/spider-only, the target (>= 0.8): the same Scrapy crawl with and without the pipeline, so what
  extraction and storage cost the crawl: they must not be its bottleneck;
- full/plain, a stricter reference: it also charges the full job for parsing pages and following links,
  which any crawl of the site does.

CPU time per page is given for each process (crawl, extraction worker, local server) from /proc, with the
machine's cores: on a small machine the three share them, and the figures show which one a ratio waits on.
Peak RSS is sampled from /proc every 20 ms, for the crawl process and for its worker processes
separately, at three sizes of the copy: it should not grow with the site.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import scrapy
from scrapy import signals

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from spiders import settings as project_settings  # noqa: E402
from spiders.run import FAST_SETTINGS, crawl_command  # noqa: E402
from testsites import serve  # noqa: E402

BENCH_SETTINGS = {**FAST_SETTINGS, "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
                  "DOWNLOAD_TIMEOUT": "30", "LOG_LEVEL": "INFO"}
CLOCK = "crawl_speed.ResponseClock"  # this file is importable as crawl_speed in the crawls (PYTHONPATH)


class ResponseClock:
    """Extension: the times of the first and last responses, into the crawl's stats (steady-state rate)."""

    def __init__(self, stats):
        self.stats = stats
        self.first = self.last = None

    @classmethod
    def from_crawler(cls, crawler):
        clock = cls(crawler.stats)
        crawler.signals.connect(clock.response_received, signal=signals.response_received)
        crawler.signals.connect(clock.spider_closed, signal=signals.spider_closed)
        return clock

    def response_received(self, response, request, spider) -> None:
        self.last = time.monotonic()
        if self.first is None:
            self.first = self.last

    def spider_closed(self, spider, reason) -> None:
        if self.first is not None:
            self.stats.set_value("bench/first_to_last_response_seconds", self.last - self.first)


class PlainFetchSpider(scrapy.Spider):
    """Fetches a list of URLs and nothing else: the baseline (``scrapy runspider`` this file)."""

    name = "plain_fetch"
    custom_settings = {
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {CLOCK: 0},
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


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a live process so far (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
    except OSError:
        return 0


def children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as listed:
                found += [int(child) for child in listed.read().split()]
    except OSError:
        pass
    return found


def run(command: list[str]) -> dict:
    """Run a crawl; its Scrapy stats, rates, the peak RSS and the CPU time of the crawl process, of its
    workers and of the local server (this process).

    (``wait4``'s ru_maxrss would be the largest of the crawl and its workers, not the crawl's own.)
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent),
                                                                       os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env=env)
    log = []
    reader = threading.Thread(target=lambda: log.append(process.stderr.read()))
    reader.start()
    crawl_peak = workers_peak = 0
    cpu = {}  # the last CPU time seen of the crawl (its pid) and of each worker
    server_cpu = time.process_time()  # the server's threads, and this loop (a small share)
    while process.poll() is None:
        crawl_peak = max(crawl_peak, rss_kib(process.pid))
        workers = children(process.pid)
        workers_peak = max(workers_peak, sum(rss_kib(child) for child in workers))
        for pid in (process.pid, *workers):
            cpu[pid] = cpu_seconds(pid) or cpu.get(pid, 0.0)
        time.sleep(0.02)
    server_cpu = time.process_time() - server_cpu
    reader.join()
    log = log[0]
    if process.returncode:
        sys.exit(f"crawl failed:\n{log[-3000:]}")
    stat = {name: float(re.search(rf"'{name}': ([\d.]+)", log).group(1))
            for name in ("response_received_count", "elapsed_time_seconds", "bench/first_to_last_response_seconds")}
    for name, key in (("items", "item_scraped_count"), ("backlog_max", "socongthuong/store_backlog_max"),
                      ("backlog_waits", "socongthuong/store_backlog_waits")):
        stat[name] = float(m.group(1)) if (m := re.search(rf"'{key}': (\d+)", log)) else 0.0
    stat["crawl_rss_mb"] = crawl_peak / 1024
    stat["workers_rss_mb"] = workers_peak / 1024
    pages = stat["response_received_count"]
    crawl_cpu = cpu.pop(process.pid, 0.0)
    for name, seconds in (("crawl", crawl_cpu), ("workers", sum(cpu.values())), ("server", server_cpu)):
        stat[f"{name}_cpu_ms_per_page"] = 1000 * seconds / pages
    stat["pages_per_second"] = pages / stat["elapsed_time_seconds"]
    stat["steady_pages_per_second"] = (pages - 1) / stat["bench/first_to_last_response_seconds"]
    return stat


def spider_job(articles: int, workdir: Path, name: str, **settings) -> dict:
    """``scrapy crawl socongthuong`` on a fresh local copy and a fresh database."""
    extensions = json.dumps({**project_settings.EXTENSIONS, CLOCK: 0})
    server = serve("haiduong", articles=articles, slow_seconds=0)
    try:
        db_path = workdir / f"{name}-{articles}.db"
        for old in workdir.glob(f"{db_path.name}*"):
            old.unlink()
        return run(crawl_command(db_path, site="haiduong", start_url=server.url,
                                 **BENCH_SETTINGS, EXTENSIONS=extensions, **settings))
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


def median_run(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the local copy (>= 2000)")
    parser.add_argument("--smoke", action="store_true", help="a small run for CI (200 articles)")
    parser.add_argument("--repeat", type=int, default=1, help="run each crawl this many times, take medians")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a crawl setting for every crawl, e.g. --set KEEP_PAGES=0 (pages not kept in WARC)")
    args = parser.parse_args()
    extra = dict(pair.split("=", 1) for pair in args.set)
    articles = 200 if args.smoke else args.articles
    sizes = (articles // 2, articles, articles * 4)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        full, spider_only, plain, memory = [], [], [], {}
        for _ in range(args.repeat):  # interleaved: a load change on the machine hits all three alike
            full.append(spider_job(articles, workdir, "full", **extra))
            spider_only.append(spider_job(articles, workdir, "spider", **{**extra, "ITEM_PIPELINES": "{}"}))
            plain.append(plain_fetch(articles, workdir))
        full, spider_only, plain = median_run(full), median_run(spider_only), median_run(plain)
        for size in sizes:
            memory[size] = full if size == articles else spider_job(size, workdir, "full", **extra)
    ratio = {kind: {"spider_only": round(full[kind] / spider_only[kind], 2),
                    "plain": round(full[kind] / plain[kind], 2)}
             for kind in ("pages_per_second", "steady_pages_per_second")}
    figures = {
        "articles": articles,
        "repeat": args.repeat,
        "full_pages": int(full["response_received_count"]),
        "plain_pages": int(plain["response_received_count"]),
        "pages_per_second": {name: round(stat["pages_per_second"], 1)
                             for name, stat in (("full", full), ("spider_only", spider_only), ("plain", plain))},
        "steady_pages_per_second": {name: round(stat["steady_pages_per_second"], 1)
                                    for name, stat in (("full", full), ("spider_only", spider_only), ("plain", plain))},
        "ratio_full_spider_only": ratio["pages_per_second"]["spider_only"],
        "ratio_full_plain": ratio["pages_per_second"]["plain"],
        "steady_ratio_full_spider_only": ratio["steady_pages_per_second"]["spider_only"],
        "steady_ratio_full_plain": ratio["steady_pages_per_second"]["plain"],
        "store_backlog_max": int(full["backlog_max"]),
        "store_backlog_waits": int(full["backlog_waits"]),
        "cores": len(os.sched_getaffinity(0)),
        "cpu_ms_per_page": {name: {part: round(stat[f"{part}_cpu_ms_per_page"], 2) for part in parts}
                            for name, stat, parts in (("full", full, ("crawl", "workers", "server")),
                                                      ("spider_only", spider_only, ("crawl", "server")),
                                                      ("plain", plain, ("crawl", "server")))},
        "peak_rss_mb": {size: {"crawl": round(stat["crawl_rss_mb"], 1), "workers": round(stat["workers_rss_mb"], 1)}
                        for size, stat in memory.items()},
    }
    if args.json:
        print(json.dumps(figures))
        return
    rate, steady = figures["pages_per_second"], figures["steady_pages_per_second"]
    print(f"local copy: {articles} articles" + (f" (medians of {args.repeat} runs)" if args.repeat > 1 else ""))
    if args.smoke:
        print("(smoke run: too small for the ratios, which start-up dominates; run without --smoke for them)")
    print("pages/s          whole crawl   steady (first to last response)")
    print(f"full job         {rate['full']:>11}   {steady['full']:>8}   {figures['full_pages']} pages, "
          f"{int(full['items'])} items: articles and errors, facts, SQLite")
    print(f"spider only      {rate['spider_only']:>11}   {steady['spider_only']:>8}   same crawl, ITEM_PIPELINES={{}}")
    print(f"plain fetch      {rate['plain']:>11}   {steady['plain']:>8}   {figures['plain_pages']} pages, URL list, "
          "no parsing, no pipeline")
    print(f"full/spider only {figures['ratio_full_spider_only']:>11}   {figures['steady_ratio_full_spider_only']:>8}"
          "   target >= 0.8: what extraction and storage cost the crawl")
    print(f"full/plain       {figures['ratio_full_plain']:>11}   {figures['steady_ratio_full_plain']:>8}"
          "   reference: parsing and link following charged too")
    print(f"store backlog of the full job: peak {figures['store_backlog_max']} articles; the crawl waited for "
          f"the store {figures['store_backlog_waits']} times (at {project_settings.STORE_BACKLOG})")
    cpu = figures["cpu_ms_per_page"]
    print(f"CPU ms a page ({figures['cores']} cores): "
          + "; ".join(f"{name.replace('_', ' ')}: " + " + ".join(f"{part} {ms}" for part, ms in parts.items())
                      for name, parts in cpu.items()))
    print("peak RSS of the full job, crawl process + worker: " + ", ".join(
        f"{size} articles {mb['crawl']} + {mb['workers']} MB" for size, mb in figures["peak_rss_mb"].items()))


if __name__ == "__main__":
    main()
