"""``scrapy crawl``, exiting 1 when the crawl reached no site, stopped on a failure or was interrupted.

Scrapy sets a command's exit status through its ``exitcode`` attribute, and its own ``crawl`` makes it
non-zero only when the crawl could not start. This command also exits 1 when

- the spider reached no site (no network, every site down): it says so in its stats (``NO_SITE_REACHED``,
  see spiders/socongthuong.py), so that ``scrapy crawl ... && serve`` stops;
- the crawl stopped because its store failed (close reason ``store_failed``, or the pipeline's
  ``STORE_FAILED`` stat when the store failed while the crawl was already closing; spiders/pipelines.py):
  a full disk, a read-only or damaged database, a dead worker, a shared crawl that lost Redis;
- the crawl was interrupted (Ctrl-C once: close reason ``shutdown``; Ctrl-C twice: Scrapy stopped before
  the spider closed). A second Ctrl-C stops the reactor before the pipeline closes the run, so its row is
  marked ``interrupted`` here;
- the database cannot be written (damaged, read-only, on a full disk): checked before the crawl starts, so
  that it says so in one line instead of failing in every component that opens it. Its ``runs`` row cannot
  be written either: there is none for such a crawl.

Arguments the spider refuses (``-a site=nosuch``, a province without a site) are one line on standard
error and exit status 2, as for any command-line mistake, before anything starts (no traceback).
"""

import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

logger = logging.getLogger(__name__)

NO_SITE_REACHED = "socongthuong/no_site_reached"
STORE_FAILED = "socongthuong/store_failed"
# Reasons a spider closes with that mean the crawl did not finish its job.
FAILED_REASONS = {"store_failed", "shutdown", "redis_data_lost", "redis_unreachable"}


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        if args and not self.arguments_accepted(args[0], opts.spargs):
            self.exitcode = 2
            return
        problem = database_problem(self.settings)
        if problem is not None:
            logger.error("The store failed: %s. The crawl does not start (exit code 1)", problem)
            self.exitcode = 1
            return
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if crawler is None:
            return
        pipeline = getattr(crawler, "store_pipeline", None)
        if pipeline is not None and not pipeline.closed:  # stopped before the spider closed: Ctrl-C twice
            pipeline.close_now("interrupted")
            self.exitcode = self.exitcode or 1
        stats = crawler.stats
        if stats.get_value(NO_SITE_REACHED) or stats.get_value(STORE_FAILED) or \
                stats.get_value("finish_reason") in FAILED_REASONS:
            self.exitcode = self.exitcode or 1

    def arguments_accepted(self, name: str, spargs: dict) -> bool:
        """Build the spider once with its ``-a`` arguments: a ValueError it raises is one line, not a traceback."""
        assert self.crawler_process is not None  # Scrapy sets it before it runs the command
        try:
            spidercls = self.crawler_process.spider_loader.load(name)
        except KeyError:
            return True  # Scrapy says so itself
        try:
            spidercls(**spargs)
        except ValueError as error:
            print(f"scrapy crawl {name}: {error}", file=sys.stderr)
            return False
        return True



def database_problem(settings) -> str | None:
    """Why the crawl's database cannot be written (one line with the fix), or None; a shared crawl's worker
    never opens it (the writer does)."""
    if settings.get("REDIS_URL"):
        return None
    from db import open_db
    from spiders.pipelines import storage_failure

    path = settings["SQLITE_PATH"]
    try:
        db = open_db(path, timeout=5)  # creates or migrates it, as the crawl would
        try:
            db.conn.execute("BEGIN IMMEDIATE")  # the write lock: refused on a read-only file or file system
            db.conn.rollback()
        finally:
            db.close()
    except Exception as error:
        if "locked" in str(error):  # another process is writing: the crawl's own open waits for it
            return None
        return storage_failure(error, str(path)) or f"{path}: {error}"
    return None
