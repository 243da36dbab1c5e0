"""``scrapy crawl``, exiting 1 when the crawl stopped on a failure or reached no site.

Scrapy's own command exits 0 whatever closed the spider, and non-zero only when the crawl could not
start. A crawl that stopped because its store died (``store_failed``, spiders/pipelines.py) did not do
its job, and one that reached no site (no network, every site down) says so in its stats
(``NO_SITE_REACHED``, see spiders/socongthuong.py): scripts and CI must see both, so that
``scrapy crawl ... && serve`` stops.
"""

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawl

# Reasons a spider closes with that mean the crawl did not finish its job.
FAILED_REASONS = {"store_failed"}
NO_SITE_REACHED = "socongthuong/no_site_reached"


class Command(ScrapyCrawl):
    def run(self, args, opts) -> None:
        self.close_reasons: list[str] = []
        super().run(args, opts)
        if self.exitcode:
            return
        crawler = getattr(self, "crawler", None)
        if any(reason in FAILED_REASONS for reason in self.close_reasons):
            self.exitcode = 1
        elif crawler is not None and crawler.stats.get_value(NO_SITE_REACHED):
            self.exitcode = 1

    def _create_crawler(self, spname):
        self.crawler = super()._create_crawler(spname)
        self.crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        return self.crawler

    def spider_closed(self, spider, reason) -> None:
        self.close_reasons.append(reason)
