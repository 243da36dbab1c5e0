"""python -m db {reextract,reparse,stats,serve,release,ingest,check} FILE — see db/README.md."""

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from . import DatabaseFileError, DatabaseReadOnlyError, open_existing, open_read_only


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db", description=__doc__.split(" — ")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("reextract", help="run the current extractor over stored articles")
    cmd.add_argument("file")
    cmd.add_argument("--quiet", action="store_true", help="no progress bar")
    cmd.add_argument(
        "--workers", type=int, default=0,
        help="extract in N processes while this one writes (default: 0, all in one process)",
    )  # fmt: skip
    cmd = commands.add_parser(
        "reparse", help="re-read stored pages from their WARC records: current parsers and extractor")
    cmd.add_argument("file")
    cmd.add_argument("--warc-dir", type=Path, help="where the WARC files are now, if they moved")
    cmd = commands.add_parser("stats", help="rows per table, articles and facts per site and year")
    cmd.add_argument("file")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    cmd = commands.add_parser("serve", help="browse the database with Datasette")
    cmd.add_argument("file")
    cmd.add_argument("--port", type=int, default=8001)
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument(
        "--watch", action="store_true",
        help="a crawl or re-extraction is writing the file: show its changes as they come "
        "(default: the file is served immutable, as it was when the server started)",
    )  # fmt: skip
    cmd.add_argument(
        "--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="a Datasette setting over the project's (db/metadata.py SETTINGS), e.g. sql_time_limit_ms 20000",
    )  # fmt: skip
    cmd = commands.add_parser("release", help="write a citable release: Frictionless data package, CSVs, CITATION.cff")
    cmd.add_argument("file")
    cmd.add_argument("dir", help="folder to write (created if needed)")
    cmd.add_argument("--date", help="release date YYYY-MM-DD (default: the day the last run finished)")
    cmd.add_argument("--version", help="release version (default: the date)")
    cmd = commands.add_parser("ingest", help="the one writer of a shared crawl: store what workers push to Redis")
    cmd.add_argument("file")
    cmd.add_argument("--redis", required=True, metavar="REDIS_URL", help="e.g. redis://127.0.0.1:6379/0")
    cmd.add_argument(
        "--until-idle", type=float, metavar="SECONDS",
        help="exit once nothing came and no worker was busy for SECONDS (default: run until Ctrl-C)",
    )  # fmt: skip
    cmd = commands.add_parser(
        "check", help="SQLite's full integrity check of the file, and how to recover it if damaged")
    cmd.add_argument("file")
    args = parser.parse_args(argv)

    if args.command == "check":  # reads the file as it is: never refused, never written
        from .check import check

        return check(Path(args.file))

    if args.command == "ingest":  # creates the database if there is none yet
        from . import open_db
        from .ingest import ingest

        result = ingest(open_db(args.file), args.redis, args.until_idle,
                        command=f"python -m db ingest {args.file} --redis {args.redis}")
        print(f"{result['articles']} articles, {result['facts']} facts, {result['errors']} errors stored "
              f"({result['taken_over']} taken over from a previous writer); run {result['run']}")
        print(result["coverage"])
        for warning in result["coverage_drops"]:
            print(f"warning: {warning}", file=sys.stderr)
        return 0 if result["status"] == "finished" else 1  # failed (Redis lost or gone), interrupted

    read_only = False
    try:
        try:
            db = open_existing(args.file)
        except DatabaseReadOnlyError:
            if args.command != "serve":
                raise
            db, read_only = open_read_only(args.file), True  # served as it is, immutable
            print(f"{args.file} is read-only: served as it is on disk (immutable)", file=sys.stderr)
    except DatabaseFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    if args.command == "reextract":
        from .reextract import reextract

        result = reextract(
            db, command=f"python -m db reextract {args.file}", progress=not args.quiet, workers=args.workers
        )
        print(
            f"{result['articles']} articles, {result['facts']} facts, {result['errors']} errors "
            f"in {result['total_seconds']:.1f}s ({result['extract_seconds']:.1f} CPU s in the extractor); "
            f"run {result['run']}"
        )
    elif args.command == "release":
        from .release import release

        db.close()
        try:
            result = release(args.file, args.dir, date=args.date, version=args.version)
        except (ValueError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        rows = sum(result["tables"].values())
        print(f"release {result['version']}: {len(result['tables'])} tables, {rows:,} rows in {result['dir']}")
    elif args.command == "reparse":
        from .reparse import reparse

        report = reparse(db, db_path=Path(args.file), warc_dir=args.warc_dir,
                         command=f"python -m db reparse {args.file}")
        print("\n".join(report.lines()))
    elif args.command == "stats":
        from .stats import format_stats, stats

        result = stats(db)
        print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_stats(result))
    else:
        if not db.execute("SELECT exists(SELECT 1 FROM articles)").fetchone()[0]:
            print(f"{args.file} holds no article yet (the home page says how to fill it): "
                  f"scrapy crawl socongthuong -s SQLITE_PATH={args.file}, or offline "
                  f"python -m spiders.demo --db {args.file}", file=sys.stderr)
        db.close()
        return serve(Path(args.file), port=args.port, host=args.host, watch=args.watch, read_only=read_only,
                     settings=dict(args.setting))
    return 0


def settle(path: Path) -> bool:
    """Fold the write-ahead log into the file so that it can be served immutable; False if a writer is busy.

    An immutable database is read without locks and without its -wal file: whatever a killed crawl left
    there would be invisible, and a file that changes while served would give wrong answers.
    """
    conn = sqlite3.connect(path, timeout=5)
    try:
        busy, log_frames, checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:  # locked by a writer
        return False
    finally:
        conn.close()
    return not busy and log_frames == checkpointed


def serve(path: Path, *, port: int, host: str, watch: bool = False, read_only: bool = False,
          settings: dict[str, str] | None = None) -> int:
    """Run Datasette in this process with the project's metadata and plugins.

    The database is read-only to Datasette either way: immutable by default (no locking, no change
    checks), or with ``watch`` opened read-only (``mode=ro``, Datasette's default for a mutable file) so
    that a crawl's writes show up. A file that cannot be written (``read_only``) is served immutable as
    it is on disk: nothing can write it, and its write-ahead log cannot be folded in.
    """
    if read_only:
        watch = False
    elif not watch and not settle(path):
        print(f"{path} is being written (a crawl or a re-extraction): serving it with --watch", file=sys.stderr)
        watch = True
    from datasette.cli import cli

    from .metadata import PLUGINS_DIR, SETTINGS, TEMPLATES_DIR, metadata, sites_of

    with tempfile.TemporaryDirectory() as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata(path.stem, sites_of(path)), ensure_ascii=False))
        args = [
            "serve", *(["--immutable"] if not watch else []), str(path),
            "--metadata", str(metadata_file),
            "--plugins-dir", str(PLUGINS_DIR),
            "--template-dir", str(TEMPLATES_DIR),
            "--host", host, "--port", str(port),
        ]  # fmt: skip
        for name, value in {**SETTINGS, **(settings or {})}.items():
            args += ["--setting", name, str(value)]
        try:
            cli.main(args=args, prog_name="datasette", standalone_mode=False)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
