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
"""

import json
import pickle
import time

import redis

from extract import EXTRACTOR_VERSION, extract_article_facts
from . import coverage
from .queue_keys import ARTICLES, PROCESSING, STORED, WORKERS
from .write import (coverage_drops, ensure_site, finish_run, record_error, save_article, settle_run, start_run,
                    stored_urls)

HEARTBEAT_FRESH = 15.0  # seconds: a worker heard from more recently than this is alive


class Writer:
    """Takes messages from Redis and stores them; counts what it did."""

    def __init__(self, db, server: redis.Redis, max_facts: int = 5000):
        self.db = db
        self.server = server
        self.max_facts = max_facts
        self.articles = self.facts = self.errors = 0
        self.coverage = coverage.ByArticle()  # per site, the run's run_sites rows (as a single crawl's)
        self.sites: set[str] = set()  # the sites the workers crawl (their "sites" messages)

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
        self.server.lrem(PROCESSING, 1, raw)

    def take_over(self) -> int:
        """Store what a previous writer had taken and not finished (it died): returns how many."""
        pending = self.server.lrange(PROCESSING, 0, -1)
        for raw in reversed(pending):  # oldest first
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
            raw = self.server.blmove(ARTICLES, PROCESSING, poll, "RIGHT", "LEFT")
            if raw is not None:
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


def ingest(db, redis_url: str, until_idle: float | None = None, command: str = "python -m db ingest") -> dict:
    """Run the writer; returns its counts. Ctrl-C stops it cleanly (what was taken is stored or left in Redis)."""
    server = redis.Redis.from_url(redis_url)
    server.ping()
    writer = Writer(db, server)
    run_id = start_run(db, command, EXTRACTOR_VERSION)
    status = "failed"
    taken_over = 0
    try:
        writer.publish_stored()
        taken_over = writer.take_over()
        writer.run(until_idle)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        finish_run(db, run_id, pages=0, articles=writer.articles, facts=writer.facts, errors=writer.errors,
                   status=status)
        sites = writer.coverage.by_site()
        # The writer has no page count (the workers' stats have it): a site is failed when no article of it is kept.
        settle_run(db, run_id, sites, sites=sorted(writer.sites), pages=None)
    return {"articles": writer.articles, "facts": writer.facts, "errors": writer.errors,
            "taken_over": taken_over, "run": run_id, "coverage": coverage.summary(sites),
            "coverage_drops": [coverage.drop_warning(*drop) for drop in coverage_drops(db, run_id)]}
