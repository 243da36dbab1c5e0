"""Store what the spider yields: facts extracted, then article and facts written through db/ in one transaction.

Extraction and the SQLite write of an article are one task, run away from the crawl's reactor thread:

- ``EXTRACT_WORKERS=N`` (default 1): N worker processes, each with its own SQLite connection (WAL, a busy
  timeout and ``BEGIN IMMEDIATE`` in db/ let them take turns). The crawl process only pickles the item's
  fields and gets back the number of facts stored. Neither extraction (Python, GIL-bound) nor sqlite-utils'
  Python code then competes with parsing for the crawl process's GIL; a writer thread in the crawl process
  did: with it the full job ran at about half the pages per second of the spider alone
  (benchmarks/crawl_speed.py).
- ``EXTRACT_WORKERS=0``: the same task on one thread of the crawl process (starts faster: tests, tiny crawls).

Every article is one ``save_article`` call (one transaction: upsert by URL, facts replaced), sent once. The
pipeline hands an article on without waiting for it to be stored: Scrapy lets go of the response at once, and
the crawl does not pay for a round trip to the store on every page. The store's backlog is bounded
(``STORE_BACKLOG`` articles): past it, ``process_item`` waits, so memory does not grow with the site when the
store is slower than the crawl. The crawl closes only once every article handed on is stored. A crawl killed
meanwhile loses nothing either: the articles not stored yet are fetched again by the next run (incremental
crawling, spiders/extensions.py).
"""

import asyncio
import atexit
import multiprocessing
import os
import threading
import time
import traceback
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from db import open_db
from db.write import coverage_drops, ensure_site, finish_run, record_error, save_article, save_run_sites, start_run
from extract import EXTRACTOR_VERSION, extract_article_facts

from db import coverage
from .attachment_store import store_attachment
from .items import ArticleItem, AttachmentItem, CrawlErrorItem

# The database connection of this process's store (a worker process, or the store thread).
_db = None
# Facts stored per article at most (MAX_FACTS_PER_ARTICLE; 0: no cap), set by open_store.
_max_facts = 0


def exit_with_parent(parent: int) -> None:
    """A worker whose crawl was killed (SIGKILL) would otherwise wait forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def open_store(path: str, parent: int | None = None, max_facts: int = 0) -> None:
    """Initializer of a store worker: its own connection, and extraction warmed up (models loaded)."""
    global _db, _max_facts
    _max_facts = max_facts
    if parent is not None:
        exit_with_parent(parent)
    _db = open_db(path)
    atexit.register(close_store)
    extract_article_facts("Ngày 1/1/2020", None, "Doanh thu đạt 1 tỷ đồng, tăng 5%.")


class FactsCapped(int):
    """The number of facts stored, when it is fewer than the extractor found (``found``): MAX_FACTS_PER_ARTICLE."""

    def __new__(cls, stored: int, found: int):
        number = super().__new__(cls, stored)
        number.found = found
        return number

    def __reduce__(self):
        return FactsCapped, (int(self), self.found)


def store_article(article: dict) -> int:
    """Extract an article's facts and save article and facts in one transaction; the number of facts."""
    facts = extract_article_facts(article["title"], article["lead"], article["body"])
    found = len(facts)
    if _max_facts and found > _max_facts:  # a page of nothing but figures: the first ones, in text order
        facts = facts[:_max_facts]
    save_article(_db, article, facts, EXTRACTOR_VERSION)
    return FactsCapped(len(facts), found) if len(facts) < found else len(facts)


def extract_for_writer(article: dict, max_facts: int) -> dict:
    """A shared crawl's article extracted by its worker (REDIS_EXTRACT=worker): what the writer stores as is."""
    facts = extract_article_facts(article["title"], article["lead"], article["body"])
    return {"facts": facts[:max_facts] if max_facts else facts, "extractor_version": EXTRACTOR_VERSION}


def store_articles(articles: list[dict]) -> list[int | str]:
    """``store_article`` of each (one transaction each): its number of facts, or the error it raised."""
    results: list[int | str] = []
    for article in articles:
        try:
            results.append(store_article(article))
        except Exception:
            results.append(f"storing {article.get('url')} failed:\n{traceback.format_exc()}")
    return results


class StoreError(Exception):
    """An article the store could not save (the worker's traceback is the message)."""


class ArticleBatches:
    """Articles go to the store in batches, without waiting for a batch to fill.

    A batch leaves as soon as fewer than ``in_flight`` batches are being stored; articles that come while
    the store is busy wait for the next one. An idle store so gets each article at once, a busy one gets
    them many to a task: one pickling, one pipe write and one wake-up of the executor's threads for all.
    """

    MAX_BATCH = 64

    def __init__(self, store: Executor, in_flight: int, backlog: int):
        self.store = store
        self.in_flight = in_flight
        self.backlog = backlog
        self.busy = 0
        self.waiting: list[tuple[dict, asyncio.Future]] = []
        self.unstored = 0  # articles added whose batch has not come back yet
        self.below_backlog = asyncio.Event()
        self.all_stored = asyncio.Event()
        self.count_unstored(0)

    def count_unstored(self, change: int) -> None:
        """Change the count of articles not stored yet, and the two events that follow from it."""
        self.unstored += change
        if self.unstored < self.backlog:
            self.below_backlog.set()
        else:
            self.below_backlog.clear()
        if self.unstored:
            self.all_stored.clear()
        else:
            self.all_stored.set()

    def add(self, article: dict) -> asyncio.Future:
        """Queue an article; the future gets its number of facts, or the StoreError."""
        future = asyncio.get_running_loop().create_future()
        self.waiting.append((article, future))
        self.count_unstored(+1)
        self.send()
        return future

    def send(self) -> None:
        while self.waiting and self.busy < self.in_flight:
            batch, self.waiting = self.waiting[:self.MAX_BATCH], self.waiting[self.MAX_BATCH:]
            self.busy += 1
            try:
                done = asyncio.wrap_future(self.store.submit(store_articles, [article for article, _ in batch]))
            except Exception as error:  # a pool whose worker died refuses at once (BrokenProcessPool): settle the batch
                done = asyncio.get_running_loop().create_future()
                done.set_exception(error)
            done.add_done_callback(lambda done, batch=batch: self.stored(batch, done))

    def stored(self, batch: list[tuple[dict, asyncio.Future]], done: asyncio.Future) -> None:
        self.busy -= 1
        error = done.exception()
        for index, (_, future) in enumerate(batch):
            if future.cancelled():
                continue
            if error is not None:
                future.set_exception(error)
            elif isinstance(result := done.result()[index], str):
                future.set_exception(StoreError(result))
            else:
                future.set_result(result)
        # After the futures: their callbacks are scheduled first, so they run before whoever waits on the events.
        self.count_unstored(-len(batch))
        self.send()


def store_error(url: str, status: int | None, reason: str, site: str | None) -> None:
    record_error(_db, url, status, reason, site=site)


def close_store() -> None:
    global _db
    if _db is not None:
        _db.close()
        _db = None


def ready() -> None:
    """A task that does nothing: it starts a worker, and fails if the worker cannot start."""


class SQLitePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = crawler.settings["SQLITE_PATH"]
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 1)
        self.backlog = crawler.settings.getint("STORE_BACKLOG", 256)
        self.max_chars = crawler.settings.getint("MAX_ARTICLE_CHARS", 0)
        self.max_facts = crawler.settings.getint("MAX_FACTS_PER_ARTICLE", 0)
        self.store: Executor | None = None
        self.batches: ArticleBatches | None = None
        self.errors_saving: set[asyncio.Task] = set()
        self.closing: asyncio.Future | None = None
        self.failed = False
        self.run_id = None
        # Where errors go when the store is broken: a thread of this process with its own connection.
        self.error_log: ThreadPoolExecutor | None = None
        self.error_log_db = None
        # With REDIS_URL this process is one worker of a shared crawl: articles and errors go to Redis, and
        # the one writer (python -m db ingest) stores them; this process never opens the database.
        self.redis_url = crawler.settings.get("REDIS_URL")
        self.redis = None
        # Where a shared crawl's facts are extracted: by the writer (default) or by each worker, which then pushes
        # them with the article (benchmarks/crawl_distributed.py --extract-in compares the two).
        # Attachments (spiders/attaching.py): read and stored in the store beside the articles, after their article.
        self.attachment_ocr = crawler.settings.getbool("ATTACHMENT_OCR", True)
        self.attachment_timeout = crawler.settings.getfloat("ATTACHMENT_TIMEOUT", 60)
        self.attachments_held = asyncio.Semaphore(crawler.settings.getint("ATTACHMENTS_IN_FLIGHT", 8))
        self.articles_unstored: dict[str, asyncio.Future] = {}
        self.extract_in = crawler.settings.get("REDIS_EXTRACT", "writer")
        if self.extract_in not in ("writer", "worker"):
            raise ValueError(f"-s REDIS_EXTRACT={self.extract_in!r}: give 'writer' or 'worker'")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def run(self, fn, *args):
        return await asyncio.wrap_future(self.store.submit(fn, *args))

    async def open_spider(self) -> None:
        spider = self.crawler.spider
        if self.redis_url:
            from .distributed import RedisArticleQueue

            self.redis = RedisArticleQueue(self.redis_url, self.crawler)
            provinces = {p.site: p.province for p in getattr(spider, "profiles", ())}
            self.redis.push("sites", {"sites": [(site, name, base_url, provinces.get(site))
                                                for site, name, base_url in spider.sites()]})
            return

        def begin() -> int:  # the schema is migrated here, before any worker opens the database
            db = open_db(self.path)
            try:
                provinces = {p.site: p.province for p in getattr(spider, "profiles", ())}  # none: no profile
                for site, name, base_url in spider.sites():
                    ensure_site(db, site, name, base_url, provinces.get(site))
                return start_run(db, spider.command_line(), EXTRACTOR_VERSION)
            finally:
                db.close()

        self.run_id = await asyncio.to_thread(begin)
        if self.workers:
            self.store = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=open_store, initargs=(self.path, os.getpid(), self.max_facts))
            # The worker starts (spawn, imports, a first extraction) while the first pages are fetched; their
            # articles wait in the backlog meanwhile. A worker that cannot start stops the crawl at once.
            asyncio.wrap_future(self.store.submit(ready)).add_done_callback(self.worker_started)
        else:
            self.store = ThreadPoolExecutor(1, thread_name_prefix="sqlite", initializer=open_store,
                                            initargs=(self.path, None, self.max_facts))
        # Two batches per worker: one being stored, one on its way, so a worker never waits for the next.
        self.batches = ArticleBatches(self.store, 2 * max(self.workers, 1), self.backlog)

    async def process_item(self, item):
        if isinstance(item, CrawlErrorItem) and self.redis is not None:
            self.stats.inc_value("socongthuong/errors")
            self.redis.push("error", {"url": item.url, "status": item.status, "reason": item.reason,
                                      "site": item.site}, item)
        elif isinstance(item, CrawlErrorItem):
            await self.save_error(item.url, item.status, item.reason, item.site)
        elif isinstance(item, AttachmentItem):
            if self.redis is None:
                await self.attachments_held.acquire()  # a bound on the files' bytes held in memory
                self.keep_saving(self.save_attachment(item))
        elif isinstance(item, ArticleItem):
            # A shallow copy of the item's fields (not asdict's deep one): the item goes on through Scrapy while
            # the copy waits to be pickled (worker) or read (thread).
            fields = dict(vars(item))
            fields.pop("_distributed_fingerprint", None)  # spiders/distributed.py's mark, not a field
            if self.max_chars and len(fields["body"] or "") > self.max_chars:
                await self.cut_body(fields)
            if self.redis is not None:
                message = {"article": fields}
                if self.extract_in == "worker":  # a thread: the reactor goes on fetching meanwhile
                    message.update(await asyncio.to_thread(extract_for_writer, fields, self.max_facts))
                    self.stats.inc_value("socongthuong/facts_extracted", len(message["facts"]))
                self.redis.push("article", message, item)
                self.stats.inc_value("socongthuong/articles_queued")
                return item
            stored = self.batches.add(fields)
            stored.add_done_callback(lambda stored, item=item: self.article_stored(item, stored))
            self.articles_unstored[item.url] = stored  # its attachments wait for it (save_attachment)
            stored.add_done_callback(lambda _, url=item.url: self.articles_unstored.pop(url, None))
            # How far the store fell behind, and how often the crawl had to wait for it: if never, extraction
            # and storage did not slow the crawl down.
            self.stats.max_value("socongthuong/store_backlog_max", self.batches.unstored)
            if not self.batches.below_backlog.is_set():
                self.stats.inc_value("socongthuong/store_backlog_waits")
                await self.batches.below_backlog.wait()
        return item

    async def cut_body(self, fields: dict) -> None:
        """An article body longer than MAX_ARTICLE_CHARS is cut there (at a space), and the cut recorded."""
        body = fields["body"]
        cut = body.rfind(" ", 0, self.max_chars + 1)
        fields["body"] = body[: cut if cut > self.max_chars // 2 else self.max_chars]
        self.crawler.spider.logger.warning("Article %s cut to %d of its %d characters (MAX_ARTICLE_CHARS)",
                                           fields["url"], len(fields["body"]), len(body))
        await self.save_error(fields["url"], fields["status"], f"article text cut to {len(fields['body'])} of "
                              f"{len(body)} characters (MAX_ARTICLE_CHARS)", fields["site"])

    def article_stored(self, item: ArticleItem, stored: asyncio.Future) -> None:
        if stored.cancelled():
            return
        error = stored.exception()
        if error is None:
            self.stats.inc_value("socongthuong/articles_stored")
            self.stats.inc_value("socongthuong/facts_stored", stored.result())
            coverage.count(self.stats, item, stored.result())  # per site: title, published, body, facts
            if isinstance(stored.result(), FactsCapped):
                found = stored.result().found
                self.crawler.spider.logger.warning("Article %s: %d facts found, the first %d stored "
                                                   "(MAX_FACTS_PER_ARTICLE)", item.url, found, stored.result())
                self.keep_saving(self.save_error(item.url, item.status, f"facts capped: {int(stored.result())} of "
                                                 f"{found} stored (MAX_FACTS_PER_ARTICLE)", item.site))
            return
        if isinstance(error, StoreError):  # this article: logged and kept in crawl_errors; the crawl goes on
            self.crawler.spider.logger.error("%s", error)
            reason = str(error).splitlines()[0]
        else:  # the store itself failed (a worker died)
            self.store_failed(error)
            reason = f"store failed: {error!r}"
        self.keep_saving(self.save_error(item.url, item.status, reason, item.site))

    async def save_attachment(self, item: AttachmentItem) -> None:
        """An attachment read and stored by the store (spiders/attachment_store.py), after its article; a file
        that cannot be read leaves a crawl_errors row."""
        try:
            if (article := self.articles_unstored.get(item.article_url)) is not None:
                await asyncio.wait([article])
            try:
                result = await self.run(store_attachment, dict(vars(item)), self.attachment_ocr,
                                        self.attachment_timeout)
            except Exception as error:
                self.crawler.spider.logger.error("Attachment %s not stored: %r", item.url, error)
                await self.save_error(item.url, item.http_status, f"attachment not stored: {error!r}", item.site)
                return
        finally:
            self.attachments_held.release()
        self.stats.inc_value(f"socongthuong/attachments/{result['status']}")
        self.stats.inc_value("socongthuong/attachment_facts_stored", result["facts"])
        if result["found"] > result["facts"]:
            await self.save_error(item.url, item.http_status, f"facts capped: {result['facts']} of {result['found']} "
                                  "stored (MAX_FACTS_PER_ARTICLE)", item.site)
        if result["status"] not in ("read", "unchanged"):
            await self.save_error(item.url, item.http_status, f"attachment {result['status']}: "
                                  f"{result['error'] or 'no text'}", item.site)

    def keep_saving(self, saving) -> None:
        """Run an error's saving beside the crawl; close_spider waits for it."""
        task = asyncio.ensure_future(saving)
        self.errors_saving.add(task)
        task.add_done_callback(self.errors_saving.discard)

    def worker_started(self, started: asyncio.Future) -> None:
        if not started.cancelled() and started.exception() is not None:
            self.store_failed(started.exception())

    def store_failed(self, error: BaseException) -> None:
        """Stop the crawl, rather than fetch pages that cannot be kept (see spiders/README.md: why not restart)."""
        if not self.closing:
            self.crawler.spider.logger.error(
                "The store failed (%r): closing the crawl; the articles not stored are in crawl_errors, and "
                "running the same command again fetches them (exit code 1)", error)
            self.failed = True
            # Read by the crawl command (exit code) and JobDirGuard (restart next time), also when the store
            # dies while the crawl is already closing for another reason.
            self.stats.set_value("socongthuong/store_failed", 1)
            self.closing = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="store_failed"))

    async def save_error(self, url: str, status: int | None, reason: str, site: str | None) -> None:
        self.stats.inc_value("socongthuong/errors")
        if self.redis is not None:
            self.redis.push("error", {"url": url, "status": status, "reason": reason, "site": site})
            return
        try:
            await self.run(store_error, url, status, reason, site)
            return
        except Exception:  # a broken store (its worker died): written from this process instead
            pass
        if self.error_log is None:  # one thread and one connection for all of them, opened once
            self.error_log = ThreadPoolExecutor(1, thread_name_prefix="errors")

        def record_here() -> None:
            if self.error_log_db is None:
                self.error_log_db = open_db(self.path)
            record_error(self.error_log_db, url, status, reason, site=site)

        try:
            await asyncio.wrap_future(self.error_log.submit(record_here))
        except Exception as error:  # the database itself fails: the error is in the log, at least
            self.crawler.spider.logger.error("Cannot record the error of %s (%s): %r", url, reason, error)

    async def close_spider(self) -> None:
        if self.redis is not None:
            return  # the writer keeps the run's row
        if self.batches is not None:
            await self.batches.all_stored.wait()
            while self.errors_saving:
                await asyncio.gather(*self.errors_saving)
        if self.store is not None:
            if not self.workers:
                try:
                    await self.run(close_store)
                except Exception as error:  # a broken store: its connection goes with the process
                    self.crawler.spider.logger.error("Cannot close the store cleanly: %r", error)
            # Workers close their connections as they exit; a dead one has nothing left to wait for.
            await asyncio.to_thread(self.store.shutdown, cancel_futures=self.failed)
        if self.error_log is not None:
            if self.error_log_db is not None:
                await asyncio.wrap_future(self.error_log.submit(self.error_log_db.close))
            self.error_log.shutdown()
        value = self.stats.get_value
        sites = coverage.from_stats(self.stats.get_stats())

        def end() -> list:
            db = open_db(self.path)
            try:
                finish_run(db, self.run_id,
                           pages=value("response_received_count", 0),
                           articles=value("socongthuong/articles_stored", 0),
                           facts=value("socongthuong/facts_stored", 0),
                           errors=value("socongthuong/errors", 0),
                           status="failed" if self.failed else "finished")
                save_run_sites(db, self.run_id, sites)
                return coverage_drops(db, self.run_id)
            finally:
                db.close()

        drops = await asyncio.to_thread(end)
        logger = self.crawler.spider.logger
        logger.info("%s", coverage.summary(sites))
        for drop in drops:
            logger.warning("%s", coverage.drop_warning(*drop))
