"""One worker's part in a shared crawl, against a real redis-server: queueing and taking a request, handing on
a page's output, deciding the crawl is idle.

A worker killed at any moment must leave each request it found either queued or unseen (another page's link
to it queues it), each request it took either queued or in its in-flight hash until everything the page
gave is handed on, and no live worker may call the crawl idle while a dead one's in-flight requests are not
queued again.
"""

import asyncio
import hashlib
import itertools
import json
import shutil
import time
from types import SimpleNamespace

import pytest
import redis
from redis_server import RedisServer
from scrapy import Request
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.test import get_crawler
from scrapy_redis.queue import PriorityQueue

from spiders import distributed

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")

CRAWL = "crawl1"


@pytest.fixture
def running(tmp_path):
    running = RedisServer(tmp_path).start()
    yield running
    running.stop()


@pytest.fixture
def server(running):
    return redis.Redis.from_url(running.url)


def make_worker(server, tmp_path, **settings) -> distributed.Worker:
    """A Worker on its own, as SharedScheduler.open makes it, without a crawl around it."""
    crawler = get_crawler(settings_dict={"REDIS_SPOOL_DIR": str(tmp_path / "spool"), **settings})
    spider = SimpleNamespace(crawler=crawler, name="socongthuong", start_urls=[], seeded_here=True)
    queue_key = distributed.key(CRAWL, "requests")
    scheduler = SimpleNamespace(queue_key=queue_key, queue=PriorityQueue(server, spider, queue_key))
    worker = distributed.Worker(server, CRAWL, spider, scheduler)
    worker.epoch.join()
    return worker


def test_a_request_taken_is_in_flight_at_once_and_the_highest_priority_first(server, tmp_path):
    worker = make_worker(server, tmp_path)
    for path, priority in (("/low", 0), ("/high", 5), ("/middle", 2)):
        worker.scheduler.queue.push(Request("http://a.test" + path, priority=priority))
    worker.busy = False  # as after an idle check
    data, in_flight_key = worker.take()
    assert worker.scheduler.queue._decode_request(data).url == "http://a.test/high"
    assert in_flight_key == hashlib.sha1(data).hexdigest()
    assert server.hget(worker.inflight_key, in_flight_key) == data
    assert len(worker.scheduler.queue) == 2
    # Said busy at once (not at the next heartbeat): a worker killed now is known to have been working.
    assert json.loads(server.hget(distributed.WORKERS, worker.id))["busy"] is True
    worker.done(in_flight_key)
    assert not server.exists(worker.inflight_key)


def test_nothing_to_take(server, tmp_path):
    assert make_worker(server, tmp_path).take() is None


def test_a_dead_workers_requests_keep_the_crawl_open_until_queued_again(server, tmp_path):
    live = make_worker(server, tmp_path, REDIS_WORKER_TIMEOUT="10", REDIS_IDLE_CLOSE="0")
    server.set(distributed.key(CRAWL, "seeded"), time.time() - 100)
    # A worker last heard of 11 s ago, not busy at its last heartbeat, with a request in flight: killed just
    # after it took it. Its heartbeat is past REDIS_WORKER_TIMEOUT, so it counts among the dead.
    request = live.scheduler.queue._encode_request(Request("http://a.test/taken"))
    server.hset(distributed.key(CRAWL, "inflight:dead1"), "fp", request)
    server.hset(distributed.WORKERS, "dead1", json.dumps({"crawl": CRAWL, "busy": False, "seen": time.time() - 11,
                                                          "last_busy": time.time() - 100}))
    live.busy = False
    live.recover_dead = lambda now: None  # the heartbeat that would put it back has not run yet
    with pytest.raises(DontCloseSpider):
        live.idle_check()
    del live.recover_dead  # now it runs: the request is queued again, and the crawl is not idle either
    with pytest.raises(DontCloseSpider):
        live.idle_check()
    assert [live.scheduler.queue.pop().url] == ["http://a.test/taken"]
    live.idle_check()  # nothing queued, nothing in flight, nobody busy: idle
    assert live.crawl_over


class Killed(BaseException):
    """SIGKILL at a chosen moment: nothing after it runs (not even an ``except Exception``)."""


def make_scheduler(server, tmp_path, monkeypatch) -> distributed.SharedScheduler:
    """A SharedScheduler opened as a crawl opens it, without the worker's heartbeat loop."""
    monkeypatch.setattr(distributed.Worker, "start", lambda worker: None)
    crawler = get_crawler(settings_dict={"REDIS_SPOOL_DIR": str(tmp_path / "spool")})
    crawler.spider = SimpleNamespace(crawler=crawler, name="socongthuong", start_urls=[], seeded_here=True)
    scheduler = distributed.SharedScheduler(server=server, persist=True, idle_before_close=0,
                                            queue_cls="scrapy_redis.queue.PriorityQueue")
    scheduler.crawler, scheduler.stats = crawler, crawler.stats
    scheduler.open(crawler.spider)
    return scheduler


def dying_at(step: int, execute):
    """A Redis client's execute_command that is killed at its ``step``-th command (0 first)."""
    calls = itertools.count()

    def dying(*args, **options):
        if next(calls) == step:
            raise Killed
        return execute(*args, **options)

    return dying


def test_a_worker_killed_at_any_step_of_queueing_a_request_leaves_it_queued_or_unseen(server, tmp_path,
                                                                                      monkeypatch):
    scheduler = make_scheduler(server, tmp_path, monkeypatch)
    seen_key, queue_key = scheduler.df.key, scheduler.queue_key
    real = server.execute_command
    outcomes = set()
    for steps in range(6):  # killed before its first Redis command, its second, ... and not at all
        server.delete(seen_key, queue_key)
        monkeypatch.setattr(server, "execute_command", dying_at(steps, real))
        try:
            scheduler.enqueue_request(Request("http://a.test/found"))
        except Killed:
            pass
        monkeypatch.setattr(server, "execute_command", real)
        # Seen but not queued would be lost: every worker's later link to it is filtered as seen.
        outcome = (server.scard(seen_key), server.zcard(queue_key))
        assert outcome in {(0, 0), (1, 1)}, steps
        outcomes.add(outcome)
    assert outcomes == {(0, 0), (1, 1)}
    assert scheduler.enqueue_request(Request("http://a.test/found")) is False  # seen: filtered
    assert server.zcard(queue_key) == 1


def test_a_page_stays_in_flight_until_its_article_is_pushed_and_its_links_queued(running, server, tmp_path):
    worker = make_worker(server, tmp_path, REDIS_URL=running.url)
    crawler = worker.spider.crawler
    crawler.distributed_worker = worker
    fingerprint = "fp-of-the-article-page"
    server.hset(worker.inflight_key, fingerprint, b"the request as taken")
    response = SimpleNamespace(request=Request("http://a.test/article", meta={"distributed_fingerprint": fingerprint}))
    article, link = SimpleNamespace(url="http://a.test/article"), Request("http://a.test/related")

    async def page_output():
        yield article
        yield link

    queue = distributed.RedisArticleQueue(running.url, crawler)

    async def hand_on(push_first: bool) -> list[bool]:
        """Whether the page is in flight after each step: the article, its push, the link, the end."""
        in_flight = []
        output = distributed.InflightDone(crawler).process_spider_output(response, page_output())
        assert await anext(output) is article
        if push_first:  # the pipeline pushes the article before the spider gives its links
            queue.push("article", {"article": {"url": article.url}}, article)
            in_flight.append(server.hexists(worker.inflight_key, fingerprint))
        assert await anext(output) is link
        in_flight.append(server.hexists(worker.inflight_key, fingerprint))
        with pytest.raises(StopAsyncIteration):
            await anext(output)
        in_flight.append(server.hexists(worker.inflight_key, fingerprint))
        if not push_first:  # the links are queued before the pipeline pushes the article
            queue.push("article", {"article": {"url": article.url}}, article)
            in_flight.append(server.hexists(worker.inflight_key, fingerprint))
        return in_flight

    assert asyncio.run(hand_on(push_first=True)) == [True, True, False]
    server.hset(worker.inflight_key, fingerprint, b"the request as taken")
    assert asyncio.run(hand_on(push_first=False)) == [True, True, False]
    assert server.llen(distributed.ARTICLES) == 2


def test_a_worker_killed_while_queueing_a_dead_ones_requests_again_leaves_them_in_flight_or_queued(
        server, tmp_path, monkeypatch):
    live = make_worker(server, tmp_path, REDIS_WORKER_TIMEOUT="10")
    dead_in_flight = distributed.key(CRAWL, "inflight:dead1")
    taken = [live.scheduler.queue._encode_request(Request(f"http://a.test/{n}")) for n in range(3)]
    real = server.execute_command
    outcomes = set()
    for steps in range(5):  # killed at its first Redis command, its second, ... and not at all
        server.delete(dead_in_flight, live.scheduler.queue_key)
        server.hset(dead_in_flight, mapping={f"fp{n}": data for n, data in enumerate(taken)})
        server.hset(distributed.WORKERS, "dead1", json.dumps({"crawl": CRAWL, "busy": True,
                                                              "seen": time.time() - 11, "last_busy": 0}))
        monkeypatch.setattr(server, "execute_command", dying_at(steps, real))
        try:
            live.recover_dead(time.time())
        except Killed:
            pass
        monkeypatch.setattr(server, "execute_command", real)
        outcome = (server.hlen(dead_in_flight), server.zcard(live.scheduler.queue_key))
        assert outcome in {(3, 0), (0, 3)}, steps  # never in neither (nor in some third key nobody reads)
        outcomes.add(outcome)
    assert outcomes == {(3, 0), (0, 3)}
    assert sorted(server.zrange(live.scheduler.queue_key, 0, -1)) == sorted(taken)
