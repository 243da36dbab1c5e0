"""Store what the spider yields: facts extracted, then article and facts written through db/ in one transaction.

Extraction is CPU work (about as much as everything else the crawl does per page), so it runs in a worker
process (EXTRACT_WORKERS, 0 = in the crawl's own process), and SQLite writes run on one writer thread
(sqlite3 releases the GIL while it works; a connection belongs to the thread that opened it). Measured in
benchmarks/crawl_speed.py.
"""

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict

from db import open_db
from db.write import ensure_site, finish_run, record_error, save_article, start_run
from extract import EXTRACTOR_VERSION, extract_article_facts

from .items import ArticleItem, CrawlErrorItem


def exit_with_parent(parent: int) -> None:
    """Worker initializer: a worker whose crawl was killed (SIGKILL) would otherwise wait forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


class SQLitePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = crawler.settings["SQLITE_PATH"]
        workers = crawler.settings.getint("EXTRACT_WORKERS", 1)
        self.extractor = (ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                              initializer=exit_with_parent, initargs=(os.getpid(),))
                          if workers else None)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="sqlite")
        self.db = None
        self.run_id = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def in_writer(self, fn, *args, **kwargs):
        return await asyncio.wrap_future(self.writer.submit(fn, *args, **kwargs))

    async def open_spider(self) -> None:
        spider = self.crawler.spider
        self.db = await self.in_writer(open_db, self.path)
        for site, name, base_url in spider.sites():
            await self.in_writer(ensure_site, self.db, site, name, base_url)
        self.run_id = await self.in_writer(start_run, self.db, spider.command_line(), EXTRACTOR_VERSION)

    async def process_item(self, item):
        if isinstance(item, CrawlErrorItem):
            await self.in_writer(record_error, self.db, item.url, item.status, item.reason, site=item.site)
            self.stats.inc_value("socongthuong/errors")
        elif isinstance(item, ArticleItem):
            facts = await self.extract(item)
            await self.in_writer(save_article, self.db, asdict(item), facts, EXTRACTOR_VERSION)
            self.stats.inc_value("socongthuong/articles_stored")
            self.stats.inc_value("socongthuong/facts_stored", len(facts))
        return item

    async def extract(self, item: ArticleItem) -> list[dict]:
        texts = (item.title, item.lead, item.body)
        if self.extractor is None:
            return extract_article_facts(*texts)
        return await asyncio.wrap_future(self.extractor.submit(extract_article_facts, *texts))

    async def close_spider(self) -> None:
        value = self.stats.get_value
        await self.in_writer(
            finish_run, self.db, self.run_id,
            pages=value("response_received_count", 0),
            articles=value("socongthuong/articles_stored", 0),
            facts=value("socongthuong/facts_stored", 0),
            errors=value("socongthuong/errors", 0),
        )
        await self.in_writer(self.db.close)
        self.writer.shutdown()
        if self.extractor:
            self.extractor.shutdown()
