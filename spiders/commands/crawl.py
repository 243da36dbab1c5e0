"""``scrapy crawl``, exiting 1 when the crawl reached no site, so that ``scrapy crawl ... && serve`` stops.

Scrapy sets a command's exit status through its ``exitcode`` attribute, and its own ``crawl`` makes it
non-zero only when the crawl could not start. A spider that reached no site (no network, every site
down) says so in its stats (``NO_SITE_REACHED``, see spiders/socongthuong.py); this command turns that
into exit status 1.
"""

from scrapy.commands.crawl import Command as ScrapyCrawl

NO_SITE_REACHED = "socongthuong/no_site_reached"


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if not self.exitcode and crawler is not None and crawler.stats.get_value(NO_SITE_REACHED):
            self.exitcode = 1
