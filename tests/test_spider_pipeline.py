"""The pipeline's batching of articles to the store: each article stored once, its own result or error."""

import asyncio
import logging
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from spiders import pipelines
from spiders.items import ArticleItem


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
            batches = pipelines.ArticleBatches(store, in_flight=1, backlog=256)
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


class FakeSpider:
    logger = logging.getLogger("test")

    def sites(self):
        return [("haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")]

    def command_line(self):
        return "scrapy crawl socongthuong"


class FakeEngine:
    def __init__(self):
        self.closed_with = None

    async def close_spider_async(self, *, reason):
        self.closed_with = reason


def store_pipeline(tmp_path, **settings) -> pipelines.SQLitePipeline:
    """The pipeline with a store thread (EXTRACT_WORKERS=0), on a crawler that has just what it uses."""

    class Crawler:
        pass

    Crawler.settings = Settings({"SQLITE_PATH": str(tmp_path / "t.db"), "EXTRACT_WORKERS": 0, **settings})
    Crawler.spider = FakeSpider()
    Crawler.engine = FakeEngine()
    Crawler.stats = MemoryStatsCollector(Crawler)
    return pipelines.SQLitePipeline(Crawler)


def failed_future(error: Exception) -> Future:
    future = Future()
    future.set_exception(error)
    return future


def article(url, title="good"):
    return ArticleItem(url=url, site="haiduong", category=None, title=title, lead=None, published=None,
                       author=None, body="Hỗ trợ 5 đề án.")


def stored_urls(tmp_path):
    with sqlite3.connect(tmp_path / "t.db") as conn:
        return sorted(url for (url,) in conn.execute("SELECT url FROM articles"))


def test_an_article_that_cannot_be_stored_goes_to_crawl_errors_and_the_crawl_goes_on(tmp_path, monkeypatch):
    def extract(title, lead, body):
        if title == "broken":
            raise RuntimeError("extractor failed")
        return []

    monkeypatch.setattr(pipelines, "extract_article_facts", extract)
    pipeline = store_pipeline(tmp_path)

    async def crawl():
        await pipeline.open_spider()
        await pipeline.process_item(article("http://127.0.0.1/a"))
        await pipeline.process_item(article("http://127.0.0.1/b", "broken"))
        await pipeline.close_spider()

    asyncio.run(crawl())
    assert stored_urls(tmp_path) == ["http://127.0.0.1/a"]
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
    assert [url for url, _ in errors] == ["http://127.0.0.1/b"]
    assert "storing http://127.0.0.1/b failed" in errors[0][1]
    assert pipeline.stats.get_value("socongthuong/errors") == 1
    assert pipeline.stats.get_value("socongthuong/articles_stored") == 1


def test_the_crawl_goes_on_while_articles_are_stored_and_closes_once_all_are(tmp_path, monkeypatch):
    gate = threading.Event()
    real_store_articles = pipelines.store_articles
    monkeypatch.setattr(pipelines, "store_articles", lambda articles: gate.wait(5) and real_store_articles(articles))
    pipeline = store_pipeline(tmp_path, STORE_BACKLOG=3)
    urls = [f"http://127.0.0.1/{i}" for i in range(5)]

    async def crawl():
        await pipeline.open_spider()
        for url in urls[:2]:  # below the backlog: handed on, not waited for
            await asyncio.wait_for(pipeline.process_item(article(url)), 1)
        third = asyncio.ensure_future(pipeline.process_item(article(urls[2])))
        await asyncio.sleep(0.2)
        waited_at_backlog = not third.done()
        gate.set()
        await third
        for url in urls[3:]:
            await pipeline.process_item(article(url))
        await pipeline.close_spider()
        return waited_at_backlog

    assert asyncio.run(crawl())
    assert stored_urls(tmp_path) == sorted(urls)
    assert pipeline.stats.get_value("socongthuong/articles_stored") == 5
    assert pipeline.stats.get_value("socongthuong/store_backlog_max") == 3
    assert pipeline.stats.get_value("socongthuong/store_backlog_waits") >= 1  # the third at least
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("SELECT articles FROM runs").fetchall() == [(5,)]


def test_a_broken_store_stops_the_crawl_and_is_logged(tmp_path, caplog):
    pipeline = store_pipeline(tmp_path)

    class BrokenStore(ThreadPoolExecutor):
        def submit(self, fn, *args):
            if fn is pipelines.store_articles:  # a worker process died
                return failed_future(BrokenProcessPool("a worker died"))
            return super().submit(fn, *args)

    async def crawl():
        await pipeline.open_spider()
        pipeline.store.shutdown()
        pipeline.store = pipeline.batches.store = BrokenStore(1, initializer=pipelines.open_store,
                                                              initargs=(str(tmp_path / "t.db"),))
        await pipeline.process_item(article("http://127.0.0.1/a"))
        await pipeline.close_spider()

    asyncio.run(crawl())
    assert pipeline.crawler.engine.closed_with == "store_failed"
    assert "The store failed (BrokenProcessPool" in caplog.text
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
    assert errors == [("http://127.0.0.1/a", "store failed: BrokenProcessPool('a worker died')")]


def test_a_worker_that_cannot_start_stops_the_crawl(tmp_path, monkeypatch, caplog):
    class WorkersThatDie:  # as a ProcessPoolExecutor whose worker exits in its initializer
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, fn, *args):
            return failed_future(BrokenProcessPool("a process in the pool was terminated abruptly"))

        def shutdown(self, wait=True, cancel_futures=False):
            pass

    monkeypatch.setattr(pipelines, "ProcessPoolExecutor", WorkersThatDie)
    pipeline = store_pipeline(tmp_path, EXTRACT_WORKERS=1)

    async def crawl():
        await pipeline.open_spider()
        await asyncio.sleep(0.05)
        await pipeline.close_spider()

    asyncio.run(crawl())
    assert pipeline.crawler.engine.closed_with == "store_failed"
    assert "The store failed (BrokenProcessPool" in caplog.text


def test_a_pool_that_refuses_at_submit_settles_every_article_and_close_does_not_wait(tmp_path, caplog):
    """A dead worker's pool raises BrokenProcessPool from submit itself: no article may stay counted."""
    pipeline = store_pipeline(tmp_path)

    class RefusingStore(ThreadPoolExecutor):
        def submit(self, fn, *args):
            if fn is pipelines.store_articles:
                raise BrokenProcessPool("A child process terminated abruptly, the process pool is not usable anymore")
            return super().submit(fn, *args)

    async def crawl():
        await pipeline.open_spider()
        pipeline.store.shutdown()
        pipeline.store = pipeline.batches.store = RefusingStore(1, initializer=pipelines.open_store,
                                                                initargs=(str(tmp_path / "t.db"),))
        for n in range(3):
            await pipeline.process_item(article(f"http://127.0.0.1/{n}"))
        await asyncio.wait_for(pipeline.close_spider(), timeout=60)
        return pipeline.batches.unstored

    assert asyncio.run(crawl()) == 0
    assert pipeline.crawler.engine.closed_with == "store_failed"
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = sorted(url for (url,) in conn.execute("SELECT url FROM crawl_errors WHERE reason LIKE 'store failed%'"))
        runs = conn.execute("SELECT status, errors FROM runs").fetchall()
    assert errors == [f"http://127.0.0.1/{n}" for n in range(3)]
    assert runs == [("failed", 3)]
