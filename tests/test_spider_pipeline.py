"""The pipeline's batching of articles to the store: each article stored once, its own result or error."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from spiders import pipelines


def test_batches_store_every_article_once_and_keep_errors_apart(monkeypatch):
    stored, tasks, gate = [], [], threading.Event()

    def store_article(article):
        gate.wait(5)  # the store is busy: what comes meanwhile waits for the next batch
        if article["url"] == "bad":
            raise ValueError("no")
        stored.append(article["url"])
        return len(article["url"])

    real_store_articles = pipelines.store_articles
    monkeypatch.setattr(pipelines, "store_article", store_article)
    monkeypatch.setattr(pipelines, "store_articles", lambda articles: tasks.append(len(articles))
                        or real_store_articles(articles))

    async def main():
        with ThreadPoolExecutor(1) as store:
            batches = pipelines.ArticleBatches(store, in_flight=1)
            urls = ["a", "bb", "bad", *(f"u{i}" for i in range(100))]
            futures = [batches.add({"url": url}) for url in urls]
            gate.set()
            return urls, await asyncio.gather(*futures, return_exceptions=True)

    urls, results = asyncio.run(main())
    assert sorted(stored) == sorted(url for url in urls if url != "bad")
    assert results[:2] == [1, 2] and results[3:] == [len(url) for url in urls[3:]]
    assert isinstance(results[2], pipelines.StoreError) and "ValueError: no" in str(results[2])
    assert tasks == [1, 64, 38]  # the first alone, then what had come meanwhile, 64 at most to a task
    assert sum(tasks) == len(urls)


def test_an_article_that_cannot_be_stored_goes_to_crawl_errors_and_the_crawl_goes_on(tmp_path, monkeypatch):
    import logging
    import sqlite3

    from scrapy.settings import Settings
    from scrapy.statscollectors import MemoryStatsCollector

    from spiders.items import ArticleItem

    def extract(title, lead, body):
        if title == "broken":
            raise RuntimeError("extractor failed")
        return []

    monkeypatch.setattr(pipelines, "extract_article_facts", extract)

    class Spider:
        logger = logging.getLogger("test")

        def sites(self):
            return [("haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")]

        def command_line(self):
            return "scrapy crawl socongthuong"

    class Crawler:
        settings = Settings({"SQLITE_PATH": str(tmp_path / "t.db"), "EXTRACT_WORKERS": 0})
        spider = Spider()

    Crawler.stats = MemoryStatsCollector(Crawler)
    pipeline = pipelines.SQLitePipeline(Crawler)

    def article(url, title):
        return ArticleItem(url=url, site="haiduong", category=None, title=title, lead=None, published=None,
                           author=None, body="Hỗ trợ 5 đề án.")

    async def crawl():
        await pipeline.open_spider()
        await pipeline.process_item(article("http://127.0.0.1/a", "good"))
        await pipeline.process_item(article("http://127.0.0.1/b", "broken"))
        await pipeline.close_spider()

    asyncio.run(crawl())
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert [url for (url,) in conn.execute("SELECT url FROM articles")] == ["http://127.0.0.1/a"]
        errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
    assert [url for url, _ in errors] == ["http://127.0.0.1/b"]
    assert "storing http://127.0.0.1/b failed" in errors[0][1]
    assert Crawler.stats.get_value("socongthuong/errors") == 1
