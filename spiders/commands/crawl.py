"""``scrapy crawl``, exiting 1 when the crawl reached no site or stopped on a failure.

Scrapy sets a command's exit status through its ``exitcode`` attribute, and its own ``crawl`` makes it
non-zero only when the crawl could not start. This command also exits 1 when

- the spider reached no site (no network, every site down): it says so in its stats (``NO_SITE_REACHED``,
  see spiders/socongthuong.py), so that ``scrapy crawl ... && serve`` stops;
- the crawl stopped because its store died (close reason ``store_failed``, or the pipeline's
  ``STORE_FAILED`` stat when the store died while the crawl was already closing; spiders/pipelines.py).

Arguments the spider refuses (``-a site=nosuch``, a province without a site) are one line on standard
error and exit status 2, as for any command-line mistake, before anything starts (no traceback).
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

NO_SITE_REACHED = "socongthuong/no_site_reached"
STORE_FAILED = "socongthuong/store_failed"
# Reasons a spider closes with that mean the crawl did not finish its job.
FAILED_REASONS = {"store_failed"}


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        if args and not self.arguments_accepted(args[0], opts.spargs):
            self.exitcode = 2
            return
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if self.exitcode or crawler is None:
            return
        stats = crawler.stats
        if stats.get_value(NO_SITE_REACHED) or stats.get_value(STORE_FAILED) or \
                stats.get_value("finish_reason") in FAILED_REASONS:
            self.exitcode = 1

    def arguments_accepted(self, name: str, spargs: dict) -> bool:
        """Build the spider once with its ``-a`` arguments: a ValueError it raises is one line, not a traceback."""
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
