"""Shared crawls through Redis: 1, 2 and 4 workers and one writer against a far-away-looking local copy.

    python benchmarks/crawl_distributed.py           # a copy of 400 articles, 1, 2 and 4 workers
    python benchmarks/crawl_distributed.py --smoke   # 60 articles, 1 and 2 workers (CI)

Every page of the local copy answers after 200 ms (``MirrorServer(latency=...)``) and each worker keeps at
most 2 requests in flight (``CONCURRENT_REQUESTS=2``), as a worker far from the site would: the crawl is
latency-bound, not CPU-bound, so more workers should fetch proportionally more pages per second (target:
4 workers at >= 3x one). A second run adds a shared per-host limit (``DOWNLOAD_DELAY``, one request per
host per delay across all workers): 4 workers must then be no faster than that limit.

Printed per run: pages/s from the first to the last worker's end, CPU seconds per page (workers and
writer, from /proc) and the scaling ratio.

    python benchmarks/crawl_distributed.py --extract-in both [--latency 0]

compares where the facts are extracted (``-s REDIS_EXTRACT``): by the writer (the default; workers push raw
articles) or by the workers (they push articles with their facts). Printed per placement: pages/s, CPU a page
in the workers and in the writer apart, and the seconds from the first request until the writer has taken
the last article (the writer bounds a crawl once it extracts and stores more slowly than the workers fetch;
``--latency 0`` makes the pages answer at once, so the workers fetch as fast as the CPU lets them). It needs
Debian's redis-server (started here on a free port, no persistence) and measures one site's copy (several sites
scale the same way while each stays under its own host limit; not measured here).
"""

import argparse
import os
import pickle
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from spiders.distributed import ARTICLES, PROCESSING  # noqa: E402
from spiders.run import FAST_SETTINGS, crawl_command  # noqa: E402
from testsites.server import MirrorServer  # noqa: E402
from testsites.sites import SITES  # noqa: E402

LATENCY = 0.2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User+system CPU of a process and its waited-for children, from /proc (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def run(articles: int, workers: int, redis_url: str, tmp: Path, delay: float = 0.0, latency: float = LATENCY,
        extract_in: str = "writer") -> dict:
    site = SITES["haiduong"](articles, slow_seconds=0)
    server = MirrorServer(site, latency=latency).start_in_thread()
    settings = {**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "10", "CONCURRENT_REQUESTS": "2",
                "CONCURRENT_REQUESTS_PER_DOMAIN": "2", "DOWNLOAD_DELAY": str(delay),
                "RANDOMIZE_DOWNLOAD_DELAY": "0", "REDIS_URL": redis_url, "REDIS_IDLE_CLOSE": "2",
                "REDIS_EXTRACT": extract_in}
    db_path = tmp / f"w{workers}-d{delay}-{extract_in}-l{latency}.db"
    queue = redis.Redis.from_url(redis_url)
    try:
        started = time.monotonic()
        processes = [subprocess.Popen(crawl_command(tmp / "unused.db", site="haiduong", start_url=server.url,
                                                    **settings),
                                      cwd=ROOT, stdout=subprocess.DEVNULL,
                                      stderr=open(tmp / f"worker-{workers}-{delay}-{n}.log", "w"))
                     for n in range(workers)]
        writer = subprocess.Popen([sys.executable, "-m", "db", "ingest", str(db_path), "--redis", redis_url,
                                   "--until-idle", "3"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu = {}
        deadline = time.monotonic() + 300
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            for p in processes + [writer]:
                cpu[p.pid] = max(cpu.get(p.pid, 0.0), cpu_seconds(p.pid))
            time.sleep(0.2)
        # The writer has taken the last article once both of its lists are empty (it then idles 3 s).
        while queue.llen(ARTICLES) + queue.llen(PROCESSING) and writer.poll() is None:
            cpu[writer.pid] = max(cpu.get(writer.pid, 0.0), cpu_seconds(writer.pid))
            time.sleep(0.05)
        drained = time.monotonic()
        cpu[writer.pid] = max(cpu.get(writer.pid, 0.0), cpu_seconds(writer.pid))
        writer.wait(300)
        times = sorted(t for t, _ in server.request_times)
    finally:
        server.shutdown()
    pages = len(times)
    span = times[-1] - times[0] if pages > 1 else 1.0
    busiest = max(sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times))
    worker_cpu = sum(cpu.get(p.pid, 0.0) for p in processes)
    return {"workers": workers, "pages": pages, "seconds": span, "pages_per_s": pages / span,
            "cpu_per_page_ms": 1000 * sum(cpu.values()) / max(pages, 1), "busiest_second": busiest,
            "worker_cpu_per_page_ms": 1000 * worker_cpu / max(pages, 1),
            "writer_cpu_per_page_ms": 1000 * cpu.get(writer.pid, 0.0) / max(pages, 1),
            "until_stored": drained - started, "wall": time.monotonic() - started, "db": db_path}


def steady_costs(db_path: Path, tmp: Path) -> dict:
    """CPU per article, in one warmed-up process, of what moves between workers and writer: extracting the
    facts, storing article and facts (``save_article``), pickling a message with its facts."""
    from db import open_db
    from db.write import save_article
    from extract import EXTRACTOR_VERSION, extract_article_facts

    source = sqlite3.connect(db_path)
    source.row_factory = sqlite3.Row
    articles = [dict(row) for row in source.execute(
        "SELECT url, site, category, title, lead, published, author, body, status, fetched_at FROM articles")]
    source.close()
    extract_article_facts("Ngày 1/1/2020", None, "Doanh thu đạt 1 tỷ đồng, tăng 5%.")  # models loaded
    started = time.process_time()
    facts = [extract_article_facts(a["title"], a["lead"], a["body"]) for a in articles]
    extracting = time.process_time() - started
    started = time.process_time()
    for article, found in zip(articles, facts, strict=True):
        pickle.loads(pickle.dumps({"kind": "article", "article": article, "facts": found}))
    pickling = time.process_time() - started
    db = open_db(tmp / "steady.db")
    started = time.process_time()
    for article, found in zip(articles, facts, strict=True):
        save_article(db, article, found, EXTRACTOR_VERSION)
    storing = time.process_time() - started
    db.close()
    count = max(len(articles), 1)
    return {"articles": len(articles), "facts": sum(map(len, facts)), "extract_ms": 1000 * extracting / count,
            "store_ms": 1000 * storing / count, "pickle_ms": 1000 * pickling / count}


def compare_placements(articles: int, counts: tuple[int, ...], port: int, tmp: Path, latency: float,
                       placements: list[str]) -> None:
    """The same crawls with facts extracted by the writer, then by the workers."""
    print(f"Where facts are extracted: local copy of {articles} articles, {latency * 1000:.0f} ms a page")
    for number, workers in enumerate(counts):
        for offset, extract_in in enumerate(placements):
            result = run(articles, workers, f"redis://127.0.0.1:{port}/{2 * number + offset}", tmp,
                         latency=latency, extract_in=extract_in)
            print(f"  {workers} worker(s), extracted by the {extract_in}: {result['pages_per_s']:.1f} pages/s, "
                  f"CPU a page: workers {result['worker_cpu_per_page_ms']:.1f} ms, writer "
                  f"{result['writer_cpu_per_page_ms']:.1f} ms; all stored {result['until_stored']:.1f} s after "
                  f"the start ({result['pages']} pages)")
    costs = steady_costs(result["db"], tmp)
    print(f"  Per article, one warmed-up process, the {costs['articles']} articles stored ({costs['facts']} facts): "
          f"extraction {costs['extract_ms']:.1f} ms of CPU, storing with its facts {costs['store_ms']:.1f} ms, "
          f"pickling a message with its facts {costs['pickle_ms']:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a small copy, 1 and 2 workers (CI)")
    parser.add_argument("--extract-in", choices=("writer", "worker", "both"),
                        help="only compare where facts are extracted (-s REDIS_EXTRACT), instead of the scaling runs")
    parser.add_argument("--latency", type=float, default=LATENCY, help="seconds before each page answers")
    args = parser.parse_args()
    if shutil.which("redis-server") is None:
        print("redis-server is not installed (apt-get install redis-server): nothing measured")
        return
    articles, counts = (60, (1, 2)) if args.smoke else (400, (1, 2, 4))
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            if args.extract_in:
                placements = ["writer", "worker"] if args.extract_in == "both" else [args.extract_in]
                compare_placements(articles, counts, port, Path(tmp), args.latency, placements)
                return
            print(f"Local copy of {articles} articles, {args.latency * 1000:.0f} ms a page, "
                  "2 requests in flight per worker")
            results = []
            for number, workers in enumerate(counts):
                result = run(articles, workers, f"redis://127.0.0.1:{port}/{number}", Path(tmp), latency=args.latency)
                results.append(result)
                print(f"  {workers} worker(s): {result['pages']} pages in {result['seconds']:.1f} s = "
                      f"{result['pages_per_s']:.1f} pages/s, {result['cpu_per_page_ms']:.1f} ms CPU a page "
                      f"(workers + writer), scaling x{result['pages_per_s'] / results[0]['pages_per_s']:.2f}")
            delay = 0.25
            bound = run(articles, counts[-1], f"redis://127.0.0.1:{port}/9", Path(tmp), delay=delay,
                        latency=args.latency)
            print(f"  {counts[-1]} worker(s), shared host limit of one request per {delay} s "
                  f"({1 / delay:.0f}/s): {bound['pages_per_s']:.2f} pages/s, busiest second "
                  f"{bound['busiest_second']} requests")
        finally:
            redis.terminate()
            redis.wait(10)


if __name__ == "__main__":
    main()
