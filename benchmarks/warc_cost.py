"""What keeping every page in a WARC file costs: bytes per article, and crawl throughput with and without it.

    python benchmarks/warc_cost.py                # a local copy of 1,000 articles, medians of 3 runs each
    python benchmarks/warc_cost.py --smoke        # 150 articles, one run each, for CI
    python benchmarks/warc_cost.py --articles 2000 --repeat 5

The crawls are those of benchmarks/crawl_speed.py (the same local copy and settings: AutoThrottle and delays
off, 16 concurrent requests), run alternately with pages kept (the default: a writer process), kept and
written in line by the crawl process (``WARC_WRITER_PROCESS=0``), and not kept (``KEEP_PAGES=0``):

- full job: the crawl as it ships (parsing, facts, SQLite);
- spider only: ``ITEM_PIPELINES={}``: the crawl process's CPU bounds the crawl, so this is where the cost of
  keeping pages shows most.

Then the writer alone (spiders/warc_writer.WarcFile) on the copy's article pages at several gzip levels: CPU
time a page and bytes a page (levels 1-3: ISA-L; 6 and 9: zlib).
Target: keeping pages costs under 10% of the crawl's throughput (kept/not kept >= 0.9).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))
sys.path.insert(0, str(BENCHMARKS.parent))

from crawl_speed import median_run, spider_job  # noqa: E402
from scrapy.http import HtmlResponse, Request  # noqa: E402

from spiders.warc_writer import Exchange, WarcFile  # noqa: E402
from testsites.sites import SITES  # noqa: E402

KEEPING = {"kept": {}, "kept in line": {"WARC_WRITER_PROCESS": "0"}, "not kept": {"KEEP_PAGES": "0"}}


def crawl(articles: int, workdir: Path, name: str, **settings) -> dict:
    warc_dir = workdir / f"crawls-{name}"
    for old in warc_dir.glob("*"):
        old.unlink()
    result = spider_job(articles, workdir, name, WARC_DIR=str(warc_dir), **settings)
    result["warc_bytes"] = sum(path.stat().st_size for path in warc_dir.glob("*.warc*"))
    return result


def writer_alone(pages: int, workdir: Path) -> list[tuple[int, float, float]]:
    """(gzip level, CPU ms a page, bytes a page) of WarcFile writing the copy's article pages."""
    site = SITES["haiduong"](pages)
    bodies = [site.reply("/NewsDetail.aspx", {"id": str(a.id)}).body for a in list(site.articles.values())[:pages]]
    figures = []
    for level in (0, 1, 6, 9):
        path = workdir / f"alone-{level}.warc.gz"
        path.unlink(missing_ok=True)
        warc = WarcFile(path, level)
        start = time.process_time()
        for number, body in enumerate(bodies):
            url = f"http://sct.haiduong.gov.vn/NewsDetail.aspx?id={number}"
            request = Request(url, headers={"User-Agent": "vn-bulletins"})
            response = HtmlResponse(url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                                    request=request)
            warc.write_exchange(Exchange.of(request, response, "2025-01-01T00:00:00Z"))
        seconds = time.process_time() - start
        warc.close()
        figures.append((level, 1000 * seconds / len(bodies), path.stat().st_size / len(bodies)))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="a small run for CI (150 articles, once each)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles, repeat = (150, 1) if args.smoke else (args.articles, args.repeat)

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        pipelines = {"full": {}, "spider": {"ITEM_PIPELINES": "{}"}}
        runs: dict[str, list[dict]] = {f"{pipeline} {keeping}": [] for pipeline in pipelines for keeping in KEEPING}
        for _ in range(repeat):  # alternately, so that the machine's load falls on all alike
            for pipeline, extra in pipelines.items():
                for keeping, settings in KEEPING.items():
                    key = f"{pipeline} {keeping}"
                    runs[key].append(crawl(articles, workdir, key.replace(" ", "-"), **extra, **settings))
        medians = {key: median_run(value) for key, value in runs.items()}
        alone = writer_alone(min(articles, 300), workdir)

    kept = medians["full kept"]
    print(f"local copy: {articles} articles, {int(kept['response_received_count'])} pages "
          f"({'one run each' if repeat == 1 else f'medians of {repeat} runs'})")
    print(f"WARC: {kept['warc_bytes'] / 1e6:.2f} MB, {kept['warc_bytes'] / kept['items']:,.0f} bytes an article "
          f"(request and response records of its page and a share of the listings), "
          f"{kept['warc_bytes'] / kept['response_received_count']:,.0f} bytes a page")
    print(f"{'pages/s':<28}{'whole crawl':>12}{'steady':>10}   CPU ms/page: crawl, its other processes")
    for key, stat in medians.items():
        print(f"{key:<28}{stat['pages_per_second']:>12.1f}{stat['steady_pages_per_second']:>10.1f}"
              f"   {stat['crawl_cpu_ms_per_page']:.2f}, {stat['workers_cpu_ms_per_page']:.2f}")
    print("(other processes: the store workers of the full job, and the WARC writer process when pages are kept)")
    for pipeline in ("full", "spider"):
        off = medians[f"{pipeline} not kept"]
        for keeping in ("kept", "kept in line"):
            on = medians[f"{pipeline} {keeping}"]
            print(f"{pipeline} {keeping}/not kept".ljust(28) +
                  f"{on['pages_per_second'] / off['pages_per_second']:>12.2f}"
                  f"{on['steady_pages_per_second'] / off['steady_pages_per_second']:>10.2f}   target >= 0.9"
                  f" ({on['crawl_cpu_ms_per_page'] - off['crawl_cpu_ms_per_page']:+.2f} ms of the crawl's CPU a page)")
    print("writer alone (article pages): gzip level, CPU ms a page, bytes a page")
    for level, ms, size in alone:
        print(f"  level {level}: {ms:.3f} ms, {size:,.0f} bytes")
    if args.smoke:
        print("(smoke run: too small and too few runs for the ratios; run without --smoke for them)")
    spread = [run["pages_per_second"] for run in runs["full not kept"]]
    if len(spread) > 1:
        print(f"spread of the full job without pages kept: {min(spread):.0f}-{max(spread):.0f} pages/s "
              f"(stdev {statistics.stdev(spread):.0f})")


if __name__ == "__main__":
    main()
