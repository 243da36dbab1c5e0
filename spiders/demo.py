"""python -m spiders.demo [--db bulletins.db]: crawl the local copies of both department sites into SQLite.

Starts each site's local copy, runs ``scrapy crawl socongthuong`` against it (a subprocess, exactly as a
researcher would), and leaves the database for ``python -m db serve bulletins.db``. Each copy is served on
the same port every time (``--port`` and the next one): article URLs hold the port, so a second demo run
finds the articles of the first one stored and does not store them again under other URLs.
"""

import argparse
import sqlite3
import subprocess
import sys
from pathlib import Path

from testsites import serve

from .run import FAST_SETTINGS, PROJECT_ROOT, crawl_command

DEMO_SITES = ("haiduong", "bacgiang")
DEMO_PORT = 8731


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.demo", description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="bulletins.db", help="SQLite file to create or update")
    parser.add_argument("--site", choices=DEMO_SITES, action="append", help="only this site (repeatable)")
    parser.add_argument("--refresh", action="store_true", help="fetch articles already stored again")
    parser.add_argument("--port", type=int, default=DEMO_PORT,
                        help=f"port of the first site's copy, the next one for the second (default {DEMO_PORT})")
    args = parser.parse_args()
    args.db = Path(args.db).resolve()  # the crawl runs from the project root

    for name in args.site or DEMO_SITES:
        port = args.port + DEMO_SITES.index(name)
        try:
            server = serve(name, port)
        except OSError as error:
            print(f"Cannot serve the {name} copy on port {port} ({error.strerror}): pass another --port.",
                  file=sys.stderr)
            return 2
        print(f"== {name}: local copy at {server.url}, crawling into {args.db}", flush=True)
        command = crawl_command(args.db, site=name, start_url=server.url, refresh=args.refresh, arguments={},
                                **{**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "2", "LOG_LEVEL": "WARNING"})
        status = subprocess.run(command, cwd=PROJECT_ROOT).returncode
        server.shutdown()
        if status:
            return status
    with sqlite3.connect(args.db) as conn:
        articles, = conn.execute("SELECT count(*) FROM articles").fetchone()
        money, = conn.execute("SELECT count(*) FROM money").fetchone()
        errors, = conn.execute("SELECT count(*) FROM crawl_errors").fetchone()
    print(f"{args.db}: {articles} articles, {money} money facts, {errors} crawl errors. "
          f"Browse it with: python -m db serve {args.db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
