"""A crawl shared by several worker processes through Redis (``-s REDIS_URL=redis://HOST:PORT/DB``).

scrapy-redis holds the request queue and the seen-requests set; this module adds what a shared crawl of
ours needs on top of it:

- keys per crawl: ``vnb:crawl:<key>:...`` where ``<key>`` is derived from the spider's name and arguments,
  so workers started with the same arguments join one crawl and a different crawl does not mix with it;
- the project's fingerprints (canonical URLs, spiders/dedupe.py) and the incremental skip of articles
  already stored (the writer, db/ingest.py, keeps their URLs in the Redis set ``vnb:stored``);
- seeding once: the first worker of a crawl pushes the start requests (``SET NX`` on ``...:seeded``);
- heartbeats and in-flight requests per worker: a worker killed mid-crawl leaves its requests in its
  in-flight hash, and a live worker puts them back in the queue once its heartbeat has expired;
- closing when the shared crawl is idle: nothing queued and no worker busy for ``REDIS_IDLE_CLOSE``
  seconds (default 60);
- articles and crawl errors go to the Redis list ``vnb:articles`` for the one writer (db/ingest.py);
- politeness shared by every worker: one request per host per ``DOWNLOAD_DELAY`` (or the host's slot
  delay, e.g. the archive's), one at a time where the slot allows one (``SharedHostSlots``, taken by the HTTP
  download handler as the request leaves);
- Redis going away: every command is retried with backoff for ``REDIS_RETRY_SECONDS`` (db/redis_link.py).
  Past that, what the worker could not push (articles, errors, requests) is kept in a local spool file
  (``REDIS_SPOOL_DIR``) and the worker stops with the reason ``redis_unreachable`` (exit 1); the next worker
  started on this machine pushes the spool first. A worker never closes as "finished" while Redis does not
  answer, and one that finds Redis emptied (restarted without persistence: ``Epoch``) stops with
  ``redis_data_lost``: the articles not stored are fetched again by the next crawl.
"""

import asyncio
import hashlib
import json
import logging
import os
import pickle
import socket
import time
import uuid
from pathlib import Path

import redis
from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from db.queue_keys import ARTICLES, CRAWLS, PROCESSING, STORED, WORKERS, key  # noqa: F401 (re-exported)
from db.redis_link import PATIENCE, Epoch
from db.redis_link import connect as patient_connect

from .dedupe import canonical_url

logger = logging.getLogger(__name__)

HEARTBEAT = 2.0  # seconds between a worker's heartbeats
# A worker whose last heartbeat is older than this (REDIS_WORKER_TIMEOUT, seconds) is dead: its requests are put back.
DEAD_AFTER = 15.0
# Pop the request of lowest score (scrapy-redis's PriorityQueue) into the worker's in-flight hash, keyed by
# the SHA-1 of its encoding, in one step: KEYS[1] the queue, KEYS[2] the in-flight hash.
TAKE = """
local taken = redis.call('ZRANGE', KEYS[1], 0, 0)
if #taken == 0 then return false end
redis.call('ZREM', KEYS[1], taken[1])
redis.call('HSET', KEYS[2], redis.sha1hex(taken[1]), taken[1])
return taken[1]
"""
# Put a dead worker's requests in flight back in the queue and forget them, in one step: KEYS[1] its
# in-flight hash, KEYS[2] the queue. Returns how many.
REQUEUE = """
local requests = redis.call('HVALS', KEYS[1])
for _, request in ipairs(requests) do redis.call('ZADD', KEYS[2], 0, request) end
redis.call('DEL', KEYS[1])
return #requests
"""
# Mark a request seen and queue it in one step: KEYS[1] the seen set, KEYS[2] the queue; ARGV: fingerprint,
# score, encoded request. Two commands would leave a worker killed between them with a request seen (so
# never queued again by anyone) and not queued: a page lost.
QUEUE_UNSEEN = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


def as_text(value: bytes | str) -> str:
    """A key as Redis gave it: bytes (the client does not decode responses)."""
    return value.decode() if isinstance(value, bytes) else value


def crawl_key(spider) -> str:
    """The same spider with the same arguments is one shared crawl, whoever starts it and when."""
    arguments = {"spider": spider.name, "start_urls": sorted(spider.start_urls),
                 "refresh": bool(getattr(spider, "refresh", False))}
    archive = getattr(spider, "archive_options", None)
    if archive:  # the site's captures in an archive: not the live crawl of the same site
        arguments["archive"] = list(archive)
    return hashlib.sha1(json.dumps(arguments, sort_keys=True).encode()).hexdigest()[:16]


def connect(url: str, settings=None) -> redis.Redis:
    """A client that waits up to REDIS_RETRY_SECONDS for Redis to come back (db/redis_link.py)."""
    patience = settings.getfloat("REDIS_RETRY_SECONDS", PATIENCE) if settings is not None else PATIENCE
    return patient_connect(url, patience)


class Spool:
    """What a worker could not push to Redis, kept in a local file until it can be (never lost).

    Each entry is one Redis write, pickled: ``("lpush", key, data)`` (an article or an error for the writer)
    or ``("zadd", key, data, score)`` (a request for the shared queue). The file is this process's
    (``<host>-<pid>.spool`` in ``REDIS_SPOOL_DIR``); a worker pushes its own spool when Redis answers again,
    and at start the spools of processes of this host that are gone.
    """

    def __init__(self, directory: Path):
        self.dir = directory
        self.path = directory / f"{socket.gethostname()}-{os.getpid()}.spool"
        self.count = 0  # entries in this process's file

    def keep(self, entry: tuple) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.path, "ab") as spool:
            pickle.dump(entry, spool, protocol=pickle.HIGHEST_PROTOCOL)
            spool.flush()
            os.fsync(spool.fileno())  # kept means on disk: the worker may be killed next
        self.count += 1

    def orphans(self) -> list[Path]:
        """Spool files of this host's processes that are gone (killed, or stopped without Redis)."""
        host = socket.gethostname()
        found = []
        for path in self.dir.glob(f"{host}-*.spool") if self.dir.is_dir() else ():
            pid = path.stem.rsplit("-", 1)[-1]
            if path != self.path and pid.isdigit() and not _alive(int(pid)):
                found.append(path)
        return found

    def push(self, server: redis.Redis, paths: list[Path] | None = None) -> int:
        """Push the entries of ``paths`` (default: this process's file); how many. Raises ConnectionError
        when Redis does not answer, keeping what was not pushed."""
        pushed = 0
        for path in paths if paths is not None else [self.path]:
            claimed = path.with_name(f"{path.name}.{os.getpid()}.pushing")
            try:
                path.rename(claimed)  # atomic: of two workers, one pushes a given spool
            except FileNotFoundError:
                continue
            if path == self.path:
                self.count = 0
            entries = list(_read_pickles(claimed))
            for index, entry in enumerate(entries):
                try:
                    _apply(server, entry)
                except redis.ConnectionError:
                    for rest in entries[index:]:
                        self.keep(rest)
                    claimed.unlink()
                    raise
                pushed += 1
            claimed.unlink()
        return pushed


def _read_pickles(path: Path):
    """The spool's entries; one cut short by a kill mid-write (the last) is logged and skipped."""
    size = path.stat().st_size
    with open(path, "rb") as spool:
        while spool.tell() < size:
            try:
                yield pickle.load(spool)
            except (EOFError, pickle.UnpicklingError, ValueError, IndexError):
                logger.warning("%s: the last spooled entry was cut short and is skipped (the entries before it "
                               "are whole; its article is fetched again by the next run)", path)
                return


def _apply(server: redis.Redis, entry: tuple) -> None:
    if entry[0] == "lpush":
        server.lpush(entry[1], entry[2])
    else:
        server.zadd(entry[1], {entry[2]: entry[3]})


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def spool_of(crawler) -> Spool:
    """The crawl process's one spool (shared by the scheduler and the pipeline)."""
    if getattr(crawler, "redis_spool", None) is None:
        crawler.redis_spool = Spool(Path(crawler.settings.get("REDIS_SPOOL_DIR") or "redis-spool"))
    return crawler.redis_spool


def redis_lost(crawler, error: BaseException) -> None:
    """A Redis command gave up (REDIS_RETRY_SECONDS passed): counted, and this worker stopped (its Worker
    logs why, once; db/redis_link.py logged the outage)."""
    crawler.stats.inc_value("distributed/redis_errors")
    worker = getattr(crawler, "distributed_worker", None)
    if worker is not None:
        worker.stop_crawl("redis_unreachable", error)


def site_of_url(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis's seen-requests set, with the project's fingerprints and the incremental skip.

    Upstream computes its own SHA-1 of the URL (ignoring REQUEST_FINGERPRINTER_CLASS) and passes ``spider``
    to the stats, which Scrapy 2.19 deprecates; this subclass uses the crawler's fingerprinter (canonical
    URLs) and the stats without ``spider``.
    """

    def __init__(self, server, key, crawler, debug=False):
        super().__init__(server, key, debug)
        self.crawler = crawler

    def request_fingerprint(self, request) -> str:
        return self.crawler.request_fingerprinter.fingerprint(request).hex()

    def request_seen(self, request) -> bool:
        return self.stored_already(request) or super().request_seen(request)

    def stored_already(self, request) -> bool:
        """The writer has stored this URL (and the crawl is not a refresh): skipped."""
        spider = self.crawler.spider
        if not getattr(spider, "refresh", False) and self.server.sismember(
                STORED, canonical_url(self.crawler, request.url)):
            self.crawler.stats.inc_value("socongthuong/articles_skipped_stored")
            return True
        return False

    def close(self, reason="") -> None:
        """The set is the shared crawl's: one worker leaving must not clear it for the others."""


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler on the crawl's keys; requests taken are kept in this worker's in-flight hash."""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        server = connect(settings["REDIS_URL"], settings)
        server.ping()
        # persist: the queue and the seen set belong to the shared crawl, not to this worker; idle 0: never
        # block the reactor on an empty queue (the idle check below decides when to stop).
        # The queue is scrapy-redis's sorted set (PriorityQueue): ``next_request`` takes from it with one
        # script that also records the request in flight, so no other queue class fits.
        scheduler = cls(server=server, persist=True, idle_before_close=0, queue_cls="scrapy_redis.queue.PriorityQueue")
        scheduler.crawler = crawler
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider):
        self.crawl = crawl_key(spider)
        self.queue_key = key(self.crawl, "requests")
        self.df = SharedDupeFilter(self.server, key(self.crawl, "seen"), self.crawler,
                                   debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))
        self.worker = self.crawler.distributed_worker = Worker(self.server, self.crawl, spider, self)
        self.queue_unseen = self.server.register_script(QUEUE_UNSEEN)
        # Upstream's open() without its Spider.log() call (deprecated in Scrapy 2.19).
        self.spider = spider
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider, key=self.queue_key,
                                                 serializer=self.serializer)
        if len(self.queue):
            spider.logger.info("Joining the shared crawl %s: %d requests queued", self.crawl, len(self.queue))
        self.worker.start()

    def close(self, reason):
        self.worker.stop(reason)

    def enqueue_request(self, request):
        try:
            if request.dont_filter:
                self.queue.push(request)
            elif self.df.stored_already(request) or not self.queue_unseen(
                    keys=[self.df.key, self.queue_key],
                    args=[self.df.request_fingerprint(request), -request.priority,
                          self.queue._encode_request(request)]):
                self.df.log(request, self.spider)
                return False
            self.stats.inc_value("scheduler/enqueued/redis")
        except redis.ConnectionError as error:  # kept in the spool, queued once Redis answers
            spool_of(self.crawler).keep(("zadd", self.queue_key, self.queue._encode_request(request),
                                         -request.priority))
            self.stats.inc_value("distributed/requests_spooled")
            redis_lost(self.crawler, error)
        return True

    def has_pending_requests(self) -> bool:
        try:
            return super().has_pending_requests()
        except redis.ConnectionError as error:  # unknown: not idle (the crawl is being stopped meanwhile)
            redis_lost(self.crawler, error)
            return True

    def next_request(self):
        try:
            taken = self.worker.take()
        except redis.ConnectionError as error:
            redis_lost(self.crawler, error)
            return None
        if taken is None:
            return None
        data, in_flight_key = taken
        request = self.queue._decode_request(data)
        request.meta["distributed_fingerprint"] = in_flight_key
        self.stats.inc_value("scheduler/dequeued/redis")
        return request


class Worker:
    """One process's part in a shared crawl: heartbeat, in-flight requests, idle check, recovery of the dead."""

    def __init__(self, server: redis.Redis, crawl: str, spider, scheduler: SharedScheduler):
        self.server = server
        self.crawl = crawl
        self.spider = spider
        self.scheduler = scheduler
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.inflight_key = key(crawl, f"inflight:{self.id}")
        self.idle_close = spider.crawler.settings.getfloat("REDIS_IDLE_CLOSE", 60)
        self.dead_after = spider.crawler.settings.getfloat("REDIS_WORKER_TIMEOUT", DEAD_AFTER)
        self.busy = True
        self.last_busy = time.time()
        self.loop: AsyncioLoopingCall | LoopingCall | None = None
        self.epoch = Epoch(server)
        self.take_script = server.register_script(TAKE)
        self.requeue_script = server.register_script(REQUEUE)
        self.stopping: str | None = None  # the reason this worker is stopping on, when Redis failed it

    def start(self) -> None:
        self.epoch.join()
        self.push_orphaned_spools()
        self.server.hset(CRAWLS, self.crawl, json.dumps({"spider": self.spider.name,
                                                         "start_urls": list(self.spider.start_urls)}))
        self.beat()
        self.loop = create_looping_call(self.beat)
        self.loop.start(HEARTBEAT, now=False)
        self.spider.crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    def push_orphaned_spools(self) -> None:
        """What workers of this host that are gone could not push: pushed before this one starts."""
        spool = spool_of(self.spider.crawler)
        pushed = spool.push(self.server, spool.orphans())
        if pushed:
            logger.warning("Pushed %d messages and requests that stopped workers had kept in %s", pushed,
                           spool.dir)

    def stop_crawl(self, reason: str, error: BaseException | None = None) -> None:
        """Stop this worker on a Redis failure: one line saying what happened and what to do, once."""
        if self.stopping is not None:
            return
        self.stopping = reason
        crawler = self.spider.crawler
        crawler.stats.set_value("socongthuong/store_failed", 1)  # exit 1 (spiders/commands/crawl.py)
        if reason == "redis_data_lost":
            logger.error("Redis lost the shared crawl's data (restarted without persistence?): stopping this "
                         "worker. The articles not stored yet are fetched again by the next crawl; see README "
                         "\"Redis persistence\" to keep them")
        else:
            logger.error("Redis has not answered for %.0f s (%s): stopping this worker; what it could not push "
                         "is kept in %s and pushed by the next worker started on this machine (exit 1)",
                         crawler.settings.getfloat("REDIS_RETRY_SECONDS", PATIENCE), error,
                         spool_of(crawler).dir)
        asyncio.ensure_future(crawler.engine.close_spider_async(reason=reason))

    def stop(self, reason) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        try:
            self.leave(reason)
        except redis.ConnectionError as error:  # the in-flight hash stays: a live worker recovers it
            logger.warning("Could not tell Redis this worker left (%s): its requests in flight are queued again "
                           "by a live worker after REDIS_WORKER_TIMEOUT", error)
            self.spider.crawler.stats.inc_value("distributed/redis_errors")

    def leave(self, reason) -> None:
        if reason == "finished":  # a clean end: nothing of ours is in flight any more
            self.server.delete(self.inflight_key)
        if getattr(self, "crawl_over", False):
            # The whole crawl was idle: the same command later starts a new crawl (seeded again; articles
            # already stored are skipped through vnb:stored) instead of joining this finished one.
            self.server.delete(key(self.crawl, "seeded"), key(self.crawl, "seen"), key(self.crawl, "requests"))
        self.server.hdel(WORKERS, self.id)

    def beat(self) -> None:
        """Say we are alive (and whether busy); put back the requests of workers that died; push the spool."""
        try:
            if self.epoch.lost():
                self.stop_crawl("redis_data_lost")
                return
            self.announce()
            spool = spool_of(self.spider.crawler)
            if spool.count:
                logger.info("Pushed %d spooled messages and requests", spool.push(self.server))
        except redis.ConnectionError as error:
            redis_lost(self.spider.crawler, error)

    def announce(self) -> None:
        now = self.publish_state()
        self.recover_dead(now)

    def publish_state(self) -> float:
        now = time.time()
        if self.busy:
            self.last_busy = now
        self.server.hset(WORKERS, self.id, json.dumps({
            "crawl": self.crawl, "busy": self.busy, "seen": now, "last_busy": self.last_busy}))
        return now

    def recover_dead(self, now: float) -> None:
        for worker, state in self.server.hgetall(WORKERS).items():
            state = json.loads(state)
            if state["crawl"] != self.crawl or now - state["seen"] < self.dead_after:
                continue
            worker = as_text(worker)
            # One script: of several live workers, one puts the dead one's requests back, and one killed
            # while doing it leaves them either in flight or queued.
            requeued = self.requeue_script(keys=[key(self.crawl, f"inflight:{worker}"), self.scheduler.queue_key])
            self.server.hdel(WORKERS, worker)
            if requeued:
                logger.warning("Worker %s stopped answering: %d requests it had taken are queued again",
                               worker, requeued)
                self.spider.crawler.stats.inc_value("distributed/requests_recovered", requeued)

    def take(self) -> tuple[bytes, str] | None:
        """The next queued request (encoded) and its key in this worker's in-flight hash, or None.

        One script, so atomic: a worker killed at any moment has its request either still queued or in its
        in-flight hash (put back by a live worker), never in neither."""
        data = self.take_script(keys=[self.scheduler.queue_key, self.inflight_key])
        if data is None:
            return None
        if not self.busy:  # said at once, not at the next heartbeat: killed now, this worker was busy
            self.busy = True
            self.publish_state()
        return data, hashlib.sha1(data).hexdigest()

    def done(self, fingerprint: str | None) -> None:
        if fingerprint:
            try:
                self.server.hdel(self.inflight_key, fingerprint)
            except redis.ConnectionError as error:  # left in flight: requeued by a live worker, at worst fetched twice
                redis_lost(self.spider.crawler, error)

    def spider_idle(self, spider) -> None:
        """Scrapy found nothing to do here: close only if the whole crawl has been idle long enough.

        Never while Redis does not answer, nor when it lost its data: the worker is stopped for that
        reason instead (``stop_crawl``), not closed as finished."""
        if self.stopping is not None:
            return
        try:
            self.idle_check()
        except redis.ConnectionError as error:
            redis_lost(self.spider.crawler, error)
            raise DontCloseSpider from None

    def idle_check(self) -> None:
        self.busy = False
        self.beat()
        if self.stopping is not None:
            raise DontCloseSpider  # closing already, with the reason stop_crawl gave
        spool = spool_of(self.spider.crawler)
        if spool.count:  # requests not pushed yet: the crawl is not over
            raise DontCloseSpider
        if len(self.scheduler.queue):
            raise DontCloseSpider
        now = time.time()
        states = {as_text(worker): json.loads(state) for worker, state in self.server.hgetall(WORKERS).items()}
        ours = [s for s in states.values() if s["crawl"] == self.crawl and now - s["seen"] < self.dead_after]
        if any(s["busy"] for s in ours):
            raise DontCloseSpider
        # A worker that stopped answering may still hold requests in flight; the next heartbeat's
        # recover_dead queues them again, and the crawl is not idle until then (whatever the clocks say).
        if any(self.server.exists(key(self.crawl, f"inflight:{worker}")) for worker, s in states.items()
               if s["crawl"] == self.crawl and now - s["seen"] >= self.dead_after):
            raise DontCloseSpider
        seeded = self.server.get(key(self.crawl, "seeded"))
        if seeded is None:
            if getattr(self.spider, "seeded_here", None) is None:  # the first worker has not seeded it yet
                raise DontCloseSpider
            logger.info("The shared crawl was closed by another worker once idle: closing this worker")
            return  # seeded when this worker joined, cleared since: another worker found it over
        last_busy = max([float(seeded), *(s["last_busy"] for s in ours)])
        if now - last_busy < self.idle_close:
            raise DontCloseSpider
        logger.info("The shared crawl has been idle for %.0f s (REDIS_IDLE_CLOSE): closing this worker",
                    now - last_busy)
        self.crawl_over = True


def should_seed(crawler) -> bool:
    """Whether this worker pushes the start requests: always alone, only the first of a shared crawl."""
    if not crawler.settings.get("REDIS_URL"):
        return True
    spider = crawler.spider
    server = connect(crawler.settings["REDIS_URL"], crawler.settings)
    first = server.set(key(crawl_key(spider), "seeded"), str(time.time()), nx=True)
    spider.seeded_here = bool(first)
    if not first:
        spider.logger.info("Joining the shared crawl %s (its start requests were pushed by another worker)",
                           crawl_key(spider))
    return bool(first)


class InflightDone:
    """Spider middleware: a request stays in the worker's in-flight hash until all its output is handed on.

    Its output is handed on when it has been consumed (its requests are then in the Redis queue) and every
    item in it has been pushed (``RedisArticleQueue.push``), whichever comes last: an article page yields its
    article before the links it holds, and a worker killed after the push but before the links were queued
    must leave the page in flight, or the links found only there are lost.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    async def process_spider_output(self, response, result):
        fingerprint = response.request.meta.get("distributed_fingerprint")
        worker = getattr(self.crawler, "distributed_worker", None)
        if not fingerprint or worker is None:
            async for output in result:
                yield output
            return
        handed_on = HandedOn(worker, fingerprint)
        async for output in result:
            if not _is_request(output):
                handed_on.unpushed += 1
                output._distributed_output = handed_on
            yield output
        handed_on.consumed()


class HandedOn:
    """One response's output on its way: done (out of flight) once consumed and every item pushed."""

    def __init__(self, worker: "Worker", fingerprint: str):
        self.worker = worker
        self.fingerprint = fingerprint
        self.unpushed = 0
        self.all_yielded = False

    def consumed(self) -> None:
        self.all_yielded = True
        self._settle()

    def pushed(self) -> None:
        self.unpushed -= 1
        self._settle()

    def _settle(self) -> None:
        if self.all_yielded and not self.unpushed:
            self.worker.done(self.fingerprint)


def _is_request(output) -> bool:
    from scrapy import Request

    return isinstance(output, Request)


class RedisArticleQueue:
    """The pipeline's store with REDIS_URL: each article or error is one message on ``vnb:articles``.

    A message that cannot be pushed (Redis gone for longer than REDIS_RETRY_SECONDS) is kept in the spool.
    """

    def __init__(self, url: str, crawler):
        self.server = connect(url, crawler.settings)
        self.crawler = crawler

    def push(self, kind: str, payload: dict, item=None) -> None:
        data = pickle.dumps({"kind": kind, **payload}, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.server.lpush(ARTICLES, data)
        except redis.ConnectionError as error:
            spool_of(self.crawler).keep(("lpush", ARTICLES, data))
            self.crawler.stats.inc_value("distributed/messages_spooled")
            redis_lost(self.crawler, error)
            return  # still in flight in Redis's eyes: if the spool were lost, a live worker fetches it again
        handed_on = getattr(item, "_distributed_output", None)
        if handed_on is not None:
            handed_on.pushed()

    def close(self) -> list[str]:
        """Push what is spooled; a line saying what stays kept (and where) if Redis still does not answer."""
        spool = spool_of(self.crawler)
        if not spool.count:
            return []
        try:
            spool.push(self.server)
            return []
        except redis.ConnectionError:
            return [f"{spool.count} messages and requests could not be pushed to Redis: kept in {spool.path}, "
                    "pushed by the next worker started on this machine once Redis answers"]


class SharedHostSlots:
    """One request per host per delay across every worker of every crawl on this Redis.

    Before a request goes out, the worker takes the host's slot with ``SET vnb:slot:<host> NX PX <ms>``;
    while another worker holds it, the request waits (asyncio, never blocking the reactor) and tries again.
    A host's delay is its download slot's (``DOWNLOAD_SLOTS``, e.g. the web archive's ``ARCHIVE_DELAY``), else
    ``DOWNLOAD_DELAY``. A slot of concurrency 1 (the archive's ``ARCHIVE_CONCURRENCY``) is also exclusive: held
    from the request until its answer, then for the delay, so all workers together send one request at a
    time, as one process would.
    """

    # Give the slot back only if it is still ours (an exclusive hold may have expired and been taken since).
    RELEASE = ("if redis.call('GET', KEYS[1]) == ARGV[1] then "
               "return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end return 0")

    def __init__(self, server: redis.Redis, delay: float, stats, per_slot: dict | None = None,
                 timeout: float = 180.0):
        self.server = server
        self.delay = delay
        self.per_slot = per_slot or {}
        self.stats = stats
        self.timeout_ms = int(timeout * 1000)
        self.release_script = server.register_script(self.RELEASE)

    def rule(self, slot_key: str) -> tuple[float, bool]:
        """(delay in seconds, exclusive) for a download slot."""
        settings = self.per_slot.get(slot_key, {})
        return float(settings.get("delay", self.delay)), settings.get("concurrency") == 1

    async def acquire(self, url: str, slot_key: str) -> tuple[str, str, int] | None:
        """Wait for the host's slot and take it; what ``release`` needs, or None when the host has no delay."""
        delay, exclusive = self.rule(slot_key)
        if delay <= 0 and not exclusive:
            return None
        slot, token = f"vnb:slot:{site_of_url(url)}", uuid.uuid4().hex
        delay_ms = max(1, int(delay * 1000))
        hold_ms = delay_ms + self.timeout_ms if exclusive else delay_ms  # an exclusive hold ends at the answer
        waited = False
        while not self.server.set(slot, token, nx=True, px=hold_ms):
            waited = True
            ttl = self.server.pttl(slot)
            left = ttl / 1000 if ttl and ttl > 0 else 0.005
            await asyncio.sleep(min(left, 0.05) if exclusive else left)
        if waited:
            self.stats.inc_value("distributed/host_slot_waits")
        return (slot, token, delay_ms) if exclusive else None

    def release(self, held: tuple[str, str, int] | None) -> None:
        """An exclusive slot's request is answered: the next may leave once the delay has passed."""
        if held is not None:
            slot, token, delay_ms = held
            self.release_script(keys=[slot], args=[token, delay_ms])

    def pause(self, url: str, seconds: float) -> None:
        """No worker sends a request to the host for ``seconds`` (a 429's Retry-After, spiders/middlewares.py)."""
        if seconds > 0:
            self.server.set(f"vnb:slot:{site_of_url(url)}", "paused", px=max(1, int(seconds * 1000)))


class SharedSlotHTTPHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler, taking the host's shared slot first.

    A download handler and not a downloader middleware: the middlewares run before Scrapy's own per-process
    delay and concurrency queue, so a slot taken there would not space the requests as they leave.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.crawler = crawler
        self.slots = crawler.shared_host_slots = SharedHostSlots(
            connect(crawler.settings["REDIS_URL"], crawler.settings), crawler.settings.getfloat("DOWNLOAD_DELAY"),
            crawler.stats,
            timeout=crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 180))

    async def download_request(self, request):
        downloader = self.crawler.engine.downloader
        # The downloader's own per-slot settings (DOWNLOAD_SLOTS, with the archive's slot the spider adds), so
        # the shared slot follows exactly what each process applies.
        self.slots.per_slot = downloader.per_slot_settings
        try:
            held = await self.slots.acquire(request.url, downloader.get_slot_key(request))
        except redis.ConnectionError as error:  # the worker is stopping: this process's own delay still applies
            redis_lost(self.crawler, error)
            held = None
        try:
            return await super().download_request(request)
        finally:
            try:
                self.slots.release(held)
            except redis.ConnectionError as error:  # the hold expires by itself
                redis_lost(self.crawler, error)


def configure(settings) -> None:
    """Make a crawl with REDIS_URL a worker: shared scheduler and seen set, shared host slots, one writer."""
    priority = settings.getpriority("REDIS_URL")
    settings.set("SCHEDULER", "spiders.distributed.SharedScheduler", priority=priority)
    settings.set("DUPEFILTER_CLASS", "spiders.distributed.SharedDupeFilter", priority=priority)
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    handlers.update({"http": "spiders.distributed.SharedSlotHTTPHandler",
                     "https": "spiders.distributed.SharedSlotHTTPHandler"})
    settings.set("DOWNLOAD_HANDLERS", handlers, priority=priority)
    spider = settings.getdict("SPIDER_MIDDLEWARES")
    spider["spiders.distributed.InflightDone"] = 10  # outermost: sees the output last
    settings.set("SPIDER_MIDDLEWARES", spider, priority=priority)
    # The JOBDIR guard and its disk queue do not apply: the queue lives in Redis.
    settings.set("JOBDIR", None, priority=priority)
