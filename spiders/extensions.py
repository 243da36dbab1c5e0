"""A progress line every PROGRESS_INTERVAL seconds: pages fetched, articles stored, skipped, errors."""

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

logger = logging.getLogger(__name__)


class ProgressLog:
    def __init__(self, stats, interval: float):
        self.stats = stats
        self.interval = interval
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if not interval:
            raise NotConfigured
        extension = cls(crawler.stats, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.task = create_looping_call(self.log)
        self.task.start(self.interval, now=False)

    def log(self) -> None:
        value = self.stats.get_value
        logger.info(
            "Progress: %d pages, %d articles stored, %d already stored and skipped, %d errors",
            value("response_received_count", 0), value("socongthuong/articles_stored", 0),
            value("socongthuong/articles_skipped_stored", 0), value("socongthuong/errors", 0),
        )

    def spider_closed(self, spider, reason) -> None:
        if self.task and self.task.running:
            self.task.stop()
        self.log()
