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
