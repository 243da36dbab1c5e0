"""``scrapy crawl``, exiting 1 when the crawl stopped on a failure.

Scrapy's own command exits 0 whatever closed the spider. A crawl that stopped because its store died
(``store_failed``, spiders/pipelines.py) did not do its job: scripts and CI must see it.
"""

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawl

# Reasons a spider closes with that mean the crawl did not finish its job.
FAILED_REASONS = {"store_failed"}


class Command(ScrapyCrawl):
    def run(self, args, opts) -> None:
        self.close_reasons: list[str] = []
        super().run(args, opts)
        if self.exitcode == 0 and any(reason in FAILED_REASONS for reason in self.close_reasons):
            self.exitcode = 1

    def _create_crawler(self, spname):
        crawler = super()._create_crawler(spname)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        return crawler

    def spider_closed(self, spider, reason) -> None:
        # The store may die while the crawl closes for another reason ("finished"): the pipeline says so.
        failed = spider.crawler.stats.get_value("socongthuong/store_failed")
        self.close_reasons.append("store_failed" if failed else reason)
