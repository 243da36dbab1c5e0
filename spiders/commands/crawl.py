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
  marked ``interrupted`` here.
"""

from scrapy.commands.crawl import Command as ScrapyCrawl

NO_SITE_REACHED = "socongthuong/no_site_reached"
STORE_FAILED = "socongthuong/store_failed"
# Reasons a spider closes with that mean the crawl did not finish its job.
FAILED_REASONS = {"store_failed", "shutdown", "redis_data_lost", "redis_unreachable"}


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
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
