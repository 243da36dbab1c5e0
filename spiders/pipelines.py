"""Store what the spider yields: facts extracted, then article and facts written through db/ in one transaction."""

from dataclasses import asdict

from db import open_db
from db.write import ensure_site, finish_run, record_error, save_article, start_run
from extract import EXTRACTOR_VERSION, extract_article_facts

from .items import ArticleItem, CrawlErrorItem


class SQLitePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = crawler.settings["SQLITE_PATH"]
        self.db = None
        self.run_id = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.db = open_db(self.path)
        ensure_site(self.db, spider.site, spider.site_name, spider.base_url)
        self.run_id = start_run(self.db, spider.command_line(), EXTRACTOR_VERSION)

    def process_item(self, item):
        if isinstance(item, CrawlErrorItem):
            record_error(self.db, item.url, item.status, item.reason, site=item.site)
            self.stats.inc_value("socongthuong/errors")
        elif isinstance(item, ArticleItem):
            # Synchronous on purpose: measured in benchmarks/crawl_speed.py, extraction is cheap next to
            # fetching, and one SQLite connection stays on one thread.
            facts = extract_article_facts(item.title, item.lead, item.body)
            save_article(self.db, asdict(item), facts, EXTRACTOR_VERSION)
            self.stats.inc_value("socongthuong/articles_stored")
            self.stats.inc_value("socongthuong/facts_stored", len(facts))
        return item

    def close_spider(self) -> None:
        value = self.stats.get_value
        finish_run(
            self.db, self.run_id,
            pages=value("response_received_count", 0),
            articles=value("socongthuong/articles_stored", 0),
            facts=value("socongthuong/facts_stored", 0),
            errors=value("socongthuong/errors", 0),
        )
        self.db.close()
