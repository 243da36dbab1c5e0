"""``python -m db ingest FILE --redis URL``: the one writer of a shared crawl (spiders/distributed.py).

Workers push each article (and each crawl error, and the sites they cover) to the Redis list
``vnb:articles``. The writer moves one message at a time into ``vnb:articles:processing`` (``BLMOVE``),
extracts the article's facts, saves it with ``save_article`` (one transaction) and only then removes the
message. It counts each site's coverage (title, time, body, facts) as it stores, and writes the run's
``run_sites`` rows and the closing "Coverage by site" line when it stops, as a single-process crawl does.
A writer killed at any point leaves the message in the processing list; the next writer starts by storing
what is there (``save_article`` is an idempotent upsert, so a message stored twice is one row).
Facts are extracted here by default: workers stay light (they wait on the network) and the extractor
version is the writer's. With ``-s REDIS_EXTRACT=worker`` each worker extracts and pushes the facts with the
article (and its extractor version), and the writer only stores them.

Redis going away: every command is retried with backoff for ``--redis-patience`` seconds (db/redis_link.py);
after an outage the writer stores its processing list again (a message moved just before the connection
dropped is not lost). Past the patience the writer stops with its run ``failed`` and one line (exit 1): it
never reports "finished" while Redis does not answer. A Redis that comes back empty (restarted without
persistence) is noticed (``Epoch``): the writer records the loss in ``crawl_errors`` and its run as
``failed``, publishes the stored URLs again, and goes on; the next crawl fetches what was lost.
"""

import json
import logging
import pickle
import time

import redis

from extract import EXTRACTOR_VERSION, extract_article_facts

from . import coverage
from .queue_keys import ARTICLES, PROCESSING, STORED, WORKERS
from .redis_link import PATIENCE, Epoch, connect, retry_of
from .write import (
    coverage_drops,
    ensure_site,
    finish_run,
    record_error,
    save_article,
    settle_run,
    start_run,
    stored_urls,
)

HEARTBEAT_FRESH = 15.0  # seconds: a worker heard from more recently than this is alive

logger = logging.getLogger(__name__)


class Writer:
    """Takes messages from Redis and stores them; counts what it did."""

    def __init__(self, db, server: redis.Redis, max_facts: int = 5000):
        self.db = db
        self.server = server
        self.max_facts = max_facts
        self.articles = self.facts = self.errors = 0
        self.coverage = coverage.ByArticle()  # per site, the run's run_sites rows (as a single crawl's)
        self.epoch = Epoch(server)
        self.retry = retry_of(server)
        self.outages = self.retry.outages if self.retry else 0
        self.losses = 0  # times Redis came back empty
        self.sites: set[str] = set()  # the sites the workers crawl (their "sites" messages)

    def check_redis(self) -> None:
        """After an outage, store the processing list again; after a loss of Redis's data, record it."""
        if self.epoch.lost():
            self.data_lost()
        if self.retry is not None and self.retry.outages != self.outages:
            self.outages = self.retry.outages
            taken = self.take_over()
            if taken:
                logger.warning("Redis answered again: %d messages taken before the outage stored", taken)

    def data_lost(self) -> None:
        """Redis lost its data: say so, record it, publish the stored URLs again and go on."""
        self.losses += 1
        reason = ("Redis lost its data (restarted without persistence?): articles queued or being stored then "
                  "are lost; run the crawl again to fetch them (see README: Redis persistence)")
        logger.error("%s", reason)
        kwargs = self.server.connection_pool.connection_kwargs
        record_error(self.db, f"redis://{kwargs.get('host')}:{kwargs.get('port')}/{kwargs.get('db', 0)}", None,
                     reason)
        self.errors += 1
        self.epoch.join()
        self.publish_stored()

    def publish_stored(self) -> None:
        """Every URL in the database, for the workers' incremental skip."""
        urls = list(stored_urls(self.db))
        for start in range(0, len(urls), 1000):
            self.server.sadd(STORED, *urls[start:start + 1000])

    def handle(self, raw: bytes) -> None:
        """Store one message, then remove it from the processing list (never before the commit)."""
        message = pickle.loads(raw)
        kind = message["kind"]
        if kind == "article":
            article = message["article"]
            if "facts" in message:  # extracted by the worker (-s REDIS_EXTRACT=worker)
                facts, version = message["facts"], message["extractor_version"]
            else:
                facts = extract_article_facts(article["title"], article["lead"], article["body"])
                version = EXTRACTOR_VERSION
            if self.max_facts:
                facts = facts[:self.max_facts]
            save_article(self.db, article, facts, version)
            self.server.sadd(STORED, article["url"])
            self.coverage.add(article, len(facts))
            self.articles += 1
            self.facts += len(facts)
        elif kind == "error":
            record_error(self.db, message["url"], message["status"], message["reason"], site=message["site"])
            self.errors += 1
        elif kind == "sites":
            for site, name, base_url, province in message["sites"]:
                ensure_site(self.db, site, name, base_url, province)
                self.sites.add(site)
        self.server.lrem(PROCESSING, 1, raw)  # type: ignore[arg-type]  # redis-py annotates the value str; it sends bytes as they are

    def take_over(self) -> int:
        """Store what a previous writer had taken and not finished (it died): returns how many."""
        pending = self.server.lrange(PROCESSING, 0, -1)
        for raw in reversed(pending):  # oldest first
            assert isinstance(raw, bytes)  # the client does not decode responses: messages are pickles
            self.handle(raw)
        return len(pending)

    def workers_busy_since(self) -> float:
        """The last time any live worker was busy (0 if none is known)."""
        now = time.time()
        last = 0.0
        for state in self.server.hvals(WORKERS):
            state = json.loads(state)
            if now - state["seen"] < HEARTBEAT_FRESH:
                last = max(last, now if state["busy"] else state["last_busy"])
        return last

    def run(self, until_idle: float | None = None, poll: float = 1.0) -> None:
        """Store messages as they come; with ``until_idle``, return once nothing came and no worker was
        busy for that many seconds."""
        started = last_message = time.time()
        seen_anything = False
        while True:
            self.check_redis()
            # Redis takes a fractional timeout (a double since 6.0); redis-py annotates it int.
            raw = self.server.blmove(ARTICLES, PROCESSING, poll, "RIGHT", "LEFT")  # type: ignore[arg-type]
            if raw is not None:
                assert isinstance(raw, bytes)  # the client does not decode responses: messages are pickles
                self.handle(raw)
                last_message = time.time()
                seen_anything = True
                continue
            if until_idle is not None:
                busy_since = self.workers_busy_since()
                seen_anything = seen_anything or busy_since > 0
                # A writer started before its workers waits for them (a minute at least) before counting.
                idle_since = max(last_message, busy_since) if seen_anything else started + max(60, until_idle)
                if time.time() - idle_since >= until_idle and not self.server.llen(ARTICLES):
                    return


def ingest(db, redis_url: str, until_idle: float | None = None, command: str = "python -m db ingest",
           patience: float = PATIENCE) -> dict:
    """Run the writer; returns its counts and the run's status ('finished', 'failed', 'interrupted').

    Ctrl-C stops it cleanly (what was taken is stored or left in Redis)."""
    server = connect(redis_url, patience)
    server.ping()
    writer = Writer(db, server)
    run_id = start_run(db, command, EXTRACTOR_VERSION)
    status = "failed"
    taken_over = 0
    try:
        writer.epoch.join()
        writer.publish_stored()
        taken_over = writer.take_over()
        writer.run(until_idle)
        status = "failed" if writer.losses else "finished"
    except KeyboardInterrupt:
        status = "interrupted"
    except redis.ConnectionError as error:
        logger.error("Redis has not answered for %.0f s (%s): the writer stops. Nothing it took is lost (it "
                     "stays in %s); run the same command again once Redis answers", patience, error, PROCESSING)
    finally:
        finish_run(db, run_id, pages=0, articles=writer.articles, facts=writer.facts, errors=writer.errors,
                   status=status)
        sites = writer.coverage.by_site()
        # The writer has no page count (the workers' stats have it): a site is failed when no article of it is kept.
        settle_run(db, run_id, sites, sites=sorted(writer.sites), pages=None)
    return {"status": status, "articles": writer.articles, "facts": writer.facts, "errors": writer.errors,
            "taken_over": taken_over, "run": run_id, "coverage": coverage.summary(sites),
            "coverage_drops": [coverage.drop_warning(*drop) for drop in coverage_drops(db, run_id)]}
