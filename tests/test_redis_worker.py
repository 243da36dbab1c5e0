"""One worker's part in a shared crawl, against a real redis-server: taking a request and deciding the crawl is idle.

A worker killed at any moment must leave each request it took either queued or in its in-flight hash, and no
live worker may call the crawl idle while a dead one's in-flight requests are not queued again.
"""

import hashlib
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
def server(tmp_path):
    running = RedisServer(tmp_path).start()
    yield redis.Redis.from_url(running.url)
    running.stop()


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
