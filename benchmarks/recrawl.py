"""Re-crawl of a site already stored: listing pages fetched, articles fetched, seconds (spiders/recrawl.py).

    python benchmarks/recrawl.py                    # a local copy of 10^5 articles (10,001 listing pages)
    python benchmarks/recrawl.py --smoke            # 2,000 articles, for CI
    python benchmarks/recrawl.py --full             # also a full pass (-a full=1): every listing page, as before

The copy is the haiduong one (testsites/), served from this process, its pager linking every page of a listing.
The database holds every article of it already: each article's canonical URL (what ``db.write.stored_urls``
reads, and all the duplicate filter needs) written by ``db.write.save_article`` with its title and no facts,
in one transaction, and a finished run that reached the site (``sites_crawled_through``), as a crawl leaves it.

Then ``scrapy crawl socongthuong`` as it ships, without politeness delays (the figures are the crawl's work, not
the site's): a re-crawl of the unchanged copy, then with NEW articles published at the front of its listings
(NEW / 4 in each category): every one must be stored. Target: under 1% of the listing pages fetched at 10^5
articles; the run fails when the unchanged re-crawl fetches more than RECRAWL_STOP_AFTER_STORED_LISTINGS pages a
listing, or when a new article is not stored.
"""

import argparse
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from db import open_db  # noqa: E402
from db.write import ensure_site, finish_run, save_article, settle_run, start_run, transaction  # noqa: E402
from reader.profiles import load_profile  # noqa: E402
from spiders.run import FAST_SETTINGS, run_crawl  # noqa: E402
from spiders.settings import RECRAWL_STOP_AFTER_STORED_LISTINGS as STOP  # noqa: E402
from testsites import serve  # noqa: E402

BENCH_SETTINGS = {**FAST_SETTINGS, "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
                  "DOWNLOAD_TIMEOUT": "30", "LOG_LEVEL": "INFO", "EXTRACT_WORKERS": "0"}
NEW = 100


def store_every_article(db_path: Path, server) -> int:
    """The database a finished crawl of the copy leaves, as far as a re-crawl reads it: every public article's
    canonical URL stored, and a finished run that reached the site. Returns the articles stored."""
    profile = load_profile("haiduong").served_from(server.url)
    db = open_db(db_path)
    try:
        ensure_site(db, "haiduong", profile.name, server.url, "Hải Dương")
        run_id = start_run(db, "benchmarks/recrawl.py", "bench")
        articles = server.site.public_articles()
        with transaction(db):
            for article in articles:
                url = profile.canonicalize(server.url.rstrip("/") + server.site.article_url(article))
                save_article(db, {"url": url, "site": "haiduong", "title": article.title}, [], "bench")
        finish_run(db, run_id, pages=len(articles), articles=len(articles), facts=0, errors=0)
        settle_run(db, run_id, {"haiduong": {"articles": len(articles)}}, sites=["haiduong"], pages=len(articles))
    finally:
        db.close()
    return len(articles)


def recrawl(db_path: Path, server, **options) -> dict:
    """One crawl of the copy into the database: what it fetched (the server's log) and how long it took."""
    server.requests.clear()
    started = time.monotonic()
    result = run_crawl(db_path, timeout=7200, site="haiduong", start_url=server.url, **BENCH_SETTINGS, **options)
    seconds = time.monotonic() - started
    if result.returncode or "Traceback" in result.stderr:
        sys.exit(f"crawl failed:\n{result.stderr[-3000:]}")
    paths = [target.split("?", 1)[0].lower() for target in server.requests]
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", result.stderr)
    return {"listings": paths.count("/news.aspx"), "articles": paths.count("/newsdetail.aspx"),
            "requests": len(paths), "seconds": seconds, "scrapy_seconds": float(elapsed.group(1)) if elapsed else 0.0}


def line(name: str, run: dict, listing_pages: int) -> str:
    share = 100 * run["listings"] / listing_pages
    return (f"{name:<34} listing pages {run['listings']:>6,} / {listing_pages:,} ({share:.2f}%)  "
            f"articles fetched {run['articles']:>4}  requests {run['requests']:>6,}  "
            f"{run['seconds']:7.1f} s (Scrapy's elapsed {run['scrapy_seconds']:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--smoke", action="store_true", help="2,000 articles (CI)")
    parser.add_argument("--full", action="store_true", help="also a full pass (-a full=1), the behaviour before")
    parser.add_argument("--db", type=Path, help="the database (default: a temporary one)")
    args = parser.parse_args()
    articles = 2_000 if args.smoke else args.articles

    started = time.monotonic()
    server = serve("haiduong", articles=articles, slow_seconds=0)
    site = server.site
    categories = [c for c in site.categories if c not in site.hidden_categories]
    listing_pages = sum(site.listing_pages(c) for c in categories)
    print(f"local copy: {len(site.public_articles()):,} public articles, {listing_pages:,} listing pages "
          f"in {len(categories)} listings ({time.monotonic() - started:.1f} s to build)")
    with tempfile.TemporaryDirectory() as folder:
        db_path = args.db or Path(folder) / "recrawl.db"
        for old in db_path.parent.glob(f"{db_path.name}*"):
            old.unlink()
        started = time.monotonic()
        stored = store_every_article(db_path, server)
        print(f"database: {stored:,} articles stored in {time.monotonic() - started:.1f} s ({db_path})")

        unchanged = recrawl(db_path, server)
        print(line("re-crawl, unchanged", unchanged, listing_pages))

        per_category = NEW // len(categories)
        new = [a for c in categories for a in site.publish(c, per_category)]
        listing_pages = sum(site.listing_pages(c) for c in categories)
        grown = recrawl(db_path, server)
        with sqlite3.connect(db_path) as conn:
            found = {url for (url,) in conn.execute("SELECT url FROM articles WHERE id > ?", (stored,))}
        wanted = {server.url.rstrip("/") + site.article_url(a) for a in new}
        print(line(f"re-crawl, {len(new)} new at the front", grown, listing_pages))
        print(f"  new articles stored: {len(found & wanted)} of {len(new)}")

        if args.full:
            full = recrawl(db_path, server, arguments={"full": "1"})
            print(line("full pass (-a full=1)", full, listing_pages))
    server.shutdown()
    if found != wanted:
        sys.exit(f"FAILED: {len(wanted - found)} new articles not stored, {len(found - wanted)} others stored")
    if unchanged["listings"] > STOP * len(categories):
        sys.exit(f"FAILED: the unchanged re-crawl fetched more than {STOP} listing pages a listing")


if __name__ == "__main__":
    main()
