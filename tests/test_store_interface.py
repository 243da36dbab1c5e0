"""The three writers behind the pipeline's one storage interface (spiders/pipelines.py ``Store``): the same
articles in give the same rows out, whether stored by a worker process, a thread of the crawl process, or
pushed to Redis and stored by the writer (db/ingest.py)."""

import asyncio
import shutil
import sqlite3

import pytest
from redis_server import RedisServer
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from db import open_db
from db.ingest import ingest
from spiders import pipelines

SITES = [("haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/", None)]
ARTICLES = [
    {"url": f"http://127.0.0.1/tin/{n}", "site": "haiduong", "category": "tin", "title": f"Bản tin số {n}",
     "lead": None, "published": f"2024-03-0{n + 1}", "author": None, "status": 200,
     "body": f"Doanh thu đạt {n + 1} tỷ đồng, tăng {n + 2}% so với cùng kỳ; hỗ trợ {n + 3} doanh nghiệp "
             f"theo Nghị định 15/2018/NĐ-CP."}
    for n in range(6)
]
ERRORS = [("http://127.0.0.1/missing", 404, "HTTP 404", "haiduong")]


class Crawler:
    """What the Redis store uses of a crawler."""

    def __init__(self, **settings):
        self.settings = Settings(settings)
        self.stats = MemoryStatsCollector(self)


def rows(db_path) -> tuple:
    """Articles, facts (by article URL) and errors, comparable across databases."""
    with sqlite3.connect(db_path) as conn:
        articles = conn.execute("SELECT url, site, title, lead, body, published, extractor_version FROM articles "
                                "ORDER BY url").fetchall()
        facts = {table: sorted(conn.execute(f'SELECT a.url, f.field, f.start, f."end" FROM {table} f '
                                            "JOIN articles a ON a.id = f.article").fetchall())
                 for table in ("money", "counts", "percents", "legal_refs")}
        errors = conn.execute("SELECT url, status, reason, site FROM crawl_errors ORDER BY url").fetchall()
    return articles, facts, errors


async def feed(store) -> list:
    """The same articles and errors through the interface, as the pipeline hands them on."""
    await store.open(pipelines.Run("scrapy crawl socongthuong", SITES))
    saved = [store.save(dict(article)) for article in ARTICLES]
    for error in ERRORS:
        await store.record_error(*error)
    await store.drain()
    results = await asyncio.gather(*saved)
    await store.close("finished", pipelines.Totals(articles=len(ARTICLES)))
    return results


def stored_by(kind: str, db_path, redis=None) -> list:
    stats = Crawler().stats
    if kind == "pool":
        store = pipelines.PoolStore(str(db_path), stats, workers=2)
    elif kind == "inline":
        store = pipelines.InlineStore(str(db_path), stats, workers=0)
    else:
        store = pipelines.RedisStore(redis.url, Crawler(REDIS_URL=redis.url))
    results = asyncio.run(feed(store))
    if kind == "redis":  # the writer stores what the worker pushed
        result = ingest(open_db(db_path), redis.url, until_idle=0.5)
        assert result["status"] == "finished" and result["articles"] == len(ARTICLES)
    return results


@pytest.fixture
def redis(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def inline_rows(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("inline") / "inline.db"
    results = stored_by("inline", db_path)
    assert all(isinstance(n, int) and n > 0 for n in results)  # every article has facts
    return rows(db_path)


@pytest.mark.parametrize("kind", ["pool", "redis"])
def test_each_writer_stores_the_same_rows(kind, inline_rows, tmp_path, request):
    db_path = tmp_path / f"{kind}.db"
    redis = request.getfixturevalue("redis") if kind == "redis" else None
    stored_by(kind, db_path, redis)
    assert rows(db_path) == inline_rows
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("finished",)]


def test_a_stored_url_loses_its_stale_storing_errors(tmp_path):
    """A rerun that stores an article deletes the "store failed" row a failed run left for it."""
    db_path = tmp_path / "t.db"
    db = open_db(db_path)
    url = ARTICLES[0]["url"]
    db.conn.execute("INSERT INTO crawl_errors (url, reason, first_seen, last_seen) VALUES "
                    "(?, 'store failed: the disk is full', 'x', 'x'), (?, 'storing x failed:', 'x', 'x'), "
                    "(?, 'article text cut to 10 of 20 characters (MAX_ARTICLE_CHARS)', 'x', 'x')", (url,) * 3)
    db.conn.commit()
    db.close()
    stored_by("inline", db_path)
    _, _, errors = rows(db_path)
    assert [(u, reason) for u, _, reason, _ in errors if u == url] == [
        (url, "article text cut to 10 of 20 characters (MAX_ARTICLE_CHARS)")]


def test_a_worker_that_extracts_pushes_the_facts_the_writer_stores(inline_rows, tmp_path, redis):
    """REDIS_EXTRACT=worker: the Redis store extracts (on a thread) and pushes the facts with the article."""
    db_path = tmp_path / "worker.db"
    crawler = Crawler(REDIS_URL=redis.url)
    store = pipelines.RedisStore(redis.url, crawler, extract_in="worker", backlog=2)
    asyncio.run(feed(store))
    assert crawler.stats.get_value("socongthuong/facts_extracted") > 0
    assert ingest(open_db(db_path), redis.url, until_idle=0.5)["status"] == "finished"
    assert rows(db_path) == inline_rows


def test_the_spool_keeps_what_could_not_be_pushed_and_pushes_it_once(tmp_path, redis):
    """spiders/distributed.py's Spool: entries on disk until pushed; a dead process's spool is pushed by another;
    an entry cut short by a kill is skipped, the ones before it pushed."""
    import pickle
    import socket

    from db.redis_link import connect
    from spiders.distributed import Spool

    server = connect(redis.url)
    spool = Spool(tmp_path / "spool")
    spool.keep(("lpush", "list", b"a"))
    spool.keep(("zadd", "queue", b"request", -1))
    assert spool.count == 2 and server.llen("list") == 0
    assert spool.push(server) == 2
    assert server.lrange("list", 0, -1) == [b"a"] and server.zscore("queue", b"request") == -1
    assert spool.count == 0 and not list((tmp_path / "spool").iterdir())

    # The spool of a process that is gone (pid 2**22 + 1 is above Linux's pid_max), its last entry cut short.
    dead = tmp_path / "spool" / f"{socket.gethostname()}-{2 ** 22 + 1}.spool"
    whole = pickle.dumps(("lpush", "list", b"b")) + pickle.dumps(("lpush", "list", b"c"))
    dead.write_bytes(whole[:-3])
    assert spool.orphans() == [dead]
    assert spool.push(server, spool.orphans()) == 1
    assert server.lrange("list", 0, -1) == [b"b", b"a"]
    assert not dead.exists()
