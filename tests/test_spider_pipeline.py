"""The pipeline's batching of articles to the store: each article stored once, its own result or error."""

import asyncio
import logging
import os
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from spiders import pipelines
from spiders.items import ArticleItem


def test_batches_store_every_article_once_and_keep_errors_apart(tmp_path):
    stored, tasks, gate = [], [], threading.Event()

    class Writer(pipelines.ArticleWriter):
        def store(self, article):
            gate.wait(5)  # the store is busy: what comes meanwhile waits for the next batch
            if article["url"] == "bad":
                raise ValueError("no")
            stored.append(article["url"])
            return len(article["url"])

    writer = Writer(str(tmp_path / "unused.db"))

    async def main():
        with ThreadPoolExecutor(1) as store:
            def submit(articles):
                tasks.append(len(articles))
                return store.submit(writer.store_batch, articles)

            batches = pipelines.ArticleBatches(submit, in_flight=1, backlog=256)
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


class FakeSignals:
    def connect(self, receiver, signal):
        pass


def fake_crawler(**settings):
    """A crawler that has just what the pipeline uses."""

    class Crawler:
        pass

    Crawler.settings = Settings(settings)
    Crawler.spider = FakeSpider()
    Crawler.engine = FakeEngine()
    Crawler.signals = FakeSignals()
    Crawler.stats = MemoryStatsCollector(Crawler)
    return Crawler


def store_pipeline(tmp_path, **settings) -> pipelines.SQLitePipeline:
    """The pipeline with a store thread (EXTRACT_WORKERS=0)."""
    crawler = fake_crawler(**{"SQLITE_PATH": str(tmp_path / "t.db"), "EXTRACT_WORKERS": 0, **settings})
    return pipelines.SQLitePipeline.from_crawler(crawler)


async def close(pipeline, reason=None):
    """What Scrapy does at the end: the pipeline's close_spider, then the spider_closed signal."""
    await pipeline.close_spider()
    await pipeline.spider_closed(pipeline.crawler.spider, reason or pipeline.crawler.engine.closed_with or "finished")


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
        await close(pipeline)

    asyncio.run(crawl())
    assert stored_urls(tmp_path) == ["http://127.0.0.1/a"]
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
        runs = conn.execute("SELECT status FROM runs").fetchall()
    assert [url for url, _ in errors] == ["http://127.0.0.1/b"]
    assert "storing http://127.0.0.1/b failed" in errors[0][1]
    assert pipeline.stats.get_value("socongthuong/errors") == 1
    assert pipeline.stats.get_value("socongthuong/articles_stored") == 1
    assert runs == [("finished",)]  # one article's failure is not the store's


def test_the_crawl_goes_on_while_articles_are_stored_and_closes_once_all_are(tmp_path, monkeypatch):
    gate = threading.Event()
    real_store_batch = pipelines.ArticleWriter.store_batch
    monkeypatch.setattr(pipelines.ArticleWriter, "store_batch",
                        lambda self, articles: gate.wait(5) and real_store_batch(self, articles))
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
        await close(pipeline)
        return waited_at_backlog

    assert asyncio.run(crawl())
    assert stored_urls(tmp_path) == sorted(urls)
    assert pipeline.stats.get_value("socongthuong/articles_stored") == 5
    assert pipeline.stats.get_value("socongthuong/store_backlog_max") == 3
    assert pipeline.stats.get_value("socongthuong/store_backlog_waits") >= 1  # the third at least
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("SELECT articles, status FROM runs").fetchall() == [(5, "finished")]


def test_a_broken_store_stops_the_crawl_and_is_logged(tmp_path, monkeypatch, caplog):
    pipeline = store_pipeline(tmp_path)
    # A worker process died: every batch fails with BrokenProcessPool.
    monkeypatch.setattr(pipelines.InlineStore, "submit_batch",
                        lambda self, articles: failed_future(BrokenProcessPool("a worker died")))

    async def crawl():
        await pipeline.open_spider()
        await pipeline.process_item(article("http://127.0.0.1/a"))
        await close(pipeline)

    asyncio.run(crawl())
    assert pipeline.crawler.engine.closed_with == "store_failed"
    assert "The store failed: BrokenProcessPool" in caplog.text
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
        runs = conn.execute("SELECT status FROM runs").fetchall()
    assert errors == [("http://127.0.0.1/a", "store failed: BrokenProcessPool('a worker died')")]
    assert runs == [("failed",)]


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
        await close(pipeline)

    asyncio.run(crawl())
    assert pipeline.crawler.engine.closed_with == "store_failed"
    assert "The store failed: BrokenProcessPool" in caplog.text


def test_a_pool_that_refuses_at_submit_settles_every_article_and_close_does_not_wait(tmp_path, monkeypatch):
    """A dead worker's pool raises BrokenProcessPool from submit itself: no article may stay counted."""
    pipeline = store_pipeline(tmp_path)

    def refuse(self, *args):
        raise BrokenProcessPool("A child process terminated abruptly, the process pool is not usable anymore")

    monkeypatch.setattr(pipelines.InlineStore, "submit_batch", refuse)
    monkeypatch.setattr(pipelines.InlineStore, "submit_error", refuse)  # errors: the crawl process's fallback

    async def crawl():
        await pipeline.open_spider()
        for n in range(3):
            await pipeline.process_item(article(f"http://127.0.0.1/{n}"))
        await asyncio.wait_for(close(pipeline), timeout=60)
        return pipeline.store.unstored

    assert asyncio.run(crawl()) == 0
    assert pipeline.crawler.engine.closed_with == "store_failed"
    assert pipeline.stats.get_value("socongthuong/errors_recorded_by_fallback") == 3
    with sqlite3.connect(tmp_path / "t.db") as conn:
        errors = sorted(url for (url,)
                        in conn.execute("SELECT url FROM crawl_errors WHERE reason LIKE 'store failed%'"))
        runs = conn.execute("SELECT status, errors FROM runs").fetchall()
    assert errors == [f"http://127.0.0.1/{n}" for n in range(3)]
    assert runs == [("failed", 3)]


def test_a_read_only_database_stops_the_crawl_in_one_line(tmp_path, caplog):
    pipeline = store_pipeline(tmp_path)
    asyncio.run(pipeline.store.open(pipelines.Run("first", [])))  # the database exists
    asyncio.run(pipeline.store.close("finished", pipelines.Totals()))
    for path in tmp_path.glob("t.db*"):
        path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        pipeline = store_pipeline(tmp_path)

        async def crawl():
            await pipeline.open_spider()
            await pipeline.process_item(article("http://127.0.0.1/a"))
            await close(pipeline, "store_failed")

        if os.geteuid() == 0:  # root writes read-only files: make the file damaged instead
            tmp_path.chmod(0o755)
            (tmp_path / "t.db").chmod(0o644)
            with open(tmp_path / "t.db", "r+b") as damaged:
                damaged.seek(100)
                damaged.write(b"\xff" * 4000)
        asyncio.run(crawl())
    finally:
        tmp_path.chmod(0o755)
    assert pipeline.crawler.engine.closed_with == "store_failed"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "The store failed" in errors[0].getMessage(), caplog.text
    assert "run the same command again" in errors[0].getMessage()
    assert "Traceback" not in caplog.text
