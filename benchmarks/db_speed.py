"""How fast the database takes facts, how fast re-extraction runs, and how big the file gets.

    .venv/bin/python benchmarks/db_speed.py            # 10,000 generated articles
    .venv/bin/python benchmarks/db_speed.py --smoke    # 300, for CI
    .venv/bin/python benchmarks/db_speed.py --articles 30000 --write-only --cache-mib 2   # SQLite's default cache

Targets: at least 20,000 fact rows written per second through ``save_article``
(one transaction per article, as the crawl writes), and re-extraction bound
by the extractor, not SQLite: the time ``reextract`` spends outside the
extractor should be well under the extractor's own time.

Rates are given in wall time and in this process's CPU time: on a shared
machine the wall time includes waiting for other processes, the CPU time not.
"""

import argparse
import os
import pathlib
import platform
import sqlite3
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extract  # noqa: E402
from db import open_db  # noqa: E402
from db.reextract import reextract  # noqa: E402
from db.sample import sample_article  # noqa: E402
from db.write import save_article  # noqa: E402

TARGET_FACTS_PER_SECOND = 20_000


def machine() -> str:
    """One paragraph about the machine, so figures can be compared."""
    cpu = "unknown CPU"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        kb = int(pathlib.Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 2**20:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return (
        f"{platform.node()}: {cpu}, {os.cpu_count()} cores{memory}{load}\n"
        f"{platform.platform()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"extractor {extract.EXTRACTOR_VERSION}"
    )


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def rate(count: int, clock: Clock, unit: str) -> str:
    return f"{count / clock.wall:>10,.0f} {unit}/s wall ({count / clock.cpu:,.0f}/s CPU)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--smoke", action="store_true", help="300 articles, a quick check for CI")
    parser.add_argument("--cache-mib", type=float, metavar="MIB",
                        help="SQLite page cache instead of open_db's (db.CACHE_KIB); 2 is SQLite's default")
    parser.add_argument("--write-only", action="store_true", help="time the first write only, per 10,000 articles")
    args = parser.parse_args()
    n = 300 if args.smoke else args.articles

    print(machine())
    generated = [sample_article(i) for i in range(n)]
    facts = sum(len(f) for _, f in generated)
    print(f"\n{n:,} generated articles, {facts:,} facts ({facts / n:.1f} per article)\n")

    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "bench.db"
        db = open_db(path)
        if args.cache_mib is not None:
            db.execute(f"PRAGMA cache_size = -{int(args.cache_mib * 1024)}")
        print(f"page cache {-db.execute('PRAGMA cache_size').fetchone()[0] / 1024:,.0f} MiB")

        with Clock() as write:
            for first in range(0, n, 10_000):
                with Clock() as part:
                    for article, article_facts in generated[first:first + 10_000]:
                        save_article(db, article, article_facts, "bench")
                if args.write_only:
                    print(f"  articles {first + 1:,}-{min(n, first + 10_000):,}: "
                          f"{min(n, first + 10_000) - first:,} in {part.wall:.1f} s wall, {part.cpu:.1f} s CPU")
        print(f"write (save_article, new)  {write.wall:7.1f} s  {rate(facts, write, 'facts')}")
        if args.write_only:
            return 0

        with Clock() as again:
            for article, article_facts in generated:
                save_article(db, article, article_facts, "bench")
        print(f"write again (idempotent)   {again.wall:7.1f} s  {rate(facts, again, 'facts')}")

        # Re-extraction, three ways: the extractor alone over the stored text;
        # reextract with the real extractor; and reextract replaying the
        # generated facts, which costs no extraction: what SQLite alone costs.
        stored = db.execute("SELECT title, lead, body FROM articles").fetchall()
        with Clock() as extractor:
            found = sum(len(extract.extract_article_facts(*row)) for row in stored)
        real = reextract(db, progress=False)
        parallel = reextract(db, progress=False, workers=1)
        by_title = {a["title"]: f for a, f in generated}
        real_extractor = extract.extract_article_facts
        extract.extract_article_facts = lambda title, lead, body: by_title[title]
        try:
            with Clock() as replay:
                reextract(db, progress=False)
        finally:
            extract.extract_article_facts = real_extractor

        print(f"extractor alone            {extractor.wall:7.1f} s  {rate(n, extractor, 'articles')}, {found:,} facts")
        print(
            f"reextract (real extractor) {real['total_seconds']:7.1f} s  "
            f"{n / real['total_seconds']:>10,.0f} articles/s wall, "
            f"{real['extract_seconds']:.1f} CPU s in the extractor"
        )
        print(
            f"reextract --workers 1      {parallel['total_seconds']:7.1f} s  "
            f"{n / parallel['total_seconds']:>10,.0f} articles/s wall: "
            "extracting in a second process while this one writes"
        )
        print(f"reextract (replayed facts) {replay.wall:7.1f} s  {rate(n, replay, 'articles')}: SQLite's share")

        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        size = path.stat().st_size
        print(
            f"\ndatabase size              {size / 2**20:7.1f} MiB  "
            f"({size / n / 1024:.1f} KiB per article, {size / facts:.0f} bytes per fact, text and index included)"
        )

    best = facts / min(write.wall, again.wall)
    extract_cpu, store_cpu = extractor.cpu, replay.cpu
    print(
        f"\ntarget ≥{TARGET_FACTS_PER_SECOND:,} fact rows/s written: "
        f"{'met' if best >= TARGET_FACTS_PER_SECOND else 'NOT met'} ({best:,.0f}/s)"
    )
    print(
        f"re-extraction bound by the extractor: {'yes' if store_cpu < extract_cpu else 'NO'} "
        f"(CPU: {extract_cpu:.1f} s extracting, {store_cpu:.1f} s storing the same facts)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
