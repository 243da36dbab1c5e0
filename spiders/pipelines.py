"""Store what the spider yields: facts extracted, then article and facts written through db/ in one transaction.

The pipeline talks to one storage interface, ``Store`` (``open(run)``, ``save(article, facts)``,
``record_error(...)``, ``close(status, ...)``), with three writers behind it:

- ``PoolStore`` (``EXTRACT_WORKERS=N``, default 1): N worker processes, each with its own SQLite connection
  (WAL, a busy timeout and ``BEGIN IMMEDIATE`` in db/ let them take turns). The crawl process only pickles the
  item's fields and gets back the number of facts stored. Neither extraction (Python, GIL-bound) nor
  sqlite-utils' Python code then competes with parsing for the crawl process's GIL; a writer thread in the
  crawl process did: with it the full job ran at about half the pages per second of the spider alone
  (benchmarks/crawl_speed.py).
- ``InlineStore`` (``EXTRACT_WORKERS=0``): the same task on one thread of the crawl process (starts faster:
  tests, tiny crawls).
- ``RedisStore`` (``REDIS_URL``): this process is one worker of a shared crawl; articles and errors go to
  Redis and the one writer (``python -m db ingest``) stores them. This process never opens the database.

Every article is one ``save_article`` call (one transaction: upsert by URL, facts replaced), sent once. The
pipeline hands an article on without waiting for it to be stored: Scrapy lets go of the response at once, and
the crawl does not pay for a round trip to the store on every page. The store's backlog is bounded
(``STORE_BACKLOG`` articles): past it, ``process_item`` waits, so memory does not grow with the site when the
store is slower than the crawl. The crawl closes only once every article handed on is stored. A crawl killed
meanwhile loses nothing either: the articles not stored yet are fetched again by the next run (incremental
crawling, spiders/extensions.py).

Two kinds of failure are told apart. An article that cannot be stored (an extraction bug on one page) is
logged, kept in ``crawl_errors`` and the crawl goes on. A store that cannot store anything (the disk is full,
the database is read-only or damaged, a worker process died) stops the crawl: it closes with the reason
``store_failed``, the run is marked ``failed``, one line says what happened and how to fix it, and the crawl
command exits 1 (spiders/commands/crawl.py).
"""

import asyncio
import atexit
import errno
import functools
import logging
import multiprocessing
import os
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import sqlite_utils
from scrapy import signals

from db import DatabaseFileError, coverage, open_db
from db.write import coverage_drops, ensure_site, finish_run, record_error, save_article, settle_run, start_run
from extract import EXTRACTOR_VERSION, extract_article_facts

from .attachment_store import store_attachment
from .items import ArticleItem, AttachmentItem, CrawlErrorItem

logger = logging.getLogger(__name__)

STORE_FAILED = "socongthuong/store_failed"  # read by the crawl command (exit code) and JobDirGuard


# --- What a failure means -------------------------------------------------------------------------------------

def storage_failure(error: BaseException, path: str = "the database") -> str | None:
    """One line saying what is wrong with the store and how to fix it; None for a failure of one article.

    SQLite reports a full disk, a read-only file and a damaged one as OperationalError/DatabaseError with a
    message; the file system reports them as OSError (ENOSPC, EROFS, EACCES).
    """
    text = str(error).lower()
    file_path, path = path, "the database" if path in str(error) else path  # DatabaseFileError names the file
    if read_only(file_path):  # SQLite says only "unable to open database file" on a read-only file system
        return (f"{path} cannot be written ({error}): its file or file system is read-only; make them writable "
                "(or move the database), then run the same command again")
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text \
            or "disk full" in text:
        return (f"the disk holding {path} is full ({error}): free some space (or move the database), then run "
                "the same command again; it fetches the articles not stored")
    if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text \
            or "read-only" in text:
        return (f"{path} cannot be written ({error}): make the file and its directory writable, then run the "
                "same command again")
    if "malformed" in text or "not a database" in text or "disk i/o error" in text or \
            isinstance(error, DatabaseFileError):
        return (f"{path} is damaged or unreadable ({error}): move it aside and restore a backup (or "
                "`sqlite3 FILE .recover`), then run the same command again")
    if isinstance(error, (sqlite3.OperationalError, sqlite3.DatabaseError)) and \
            not isinstance(error, sqlite3.IntegrityError):
        return f"{path} failed ({error}): check the file and the disk, then run the same command again"
    return None


def read_only(path: str) -> bool:
    """Whether the database file, or the directory it is (to be) in, cannot be written."""
    file = Path(path)
    try:
        targets = [file.parent] + ([file] if file.exists() else [])
        return any(os.statvfs(t).f_flag & os.ST_RDONLY or not os.access(t, os.W_OK) for t in targets)
    except OSError:  # no such directory: another failure, said otherwise
        return False


def item_fields(item) -> dict:
    """A shallow copy of an item's fields (not asdict's deep one), without spiders/distributed.py's mark."""
    fields = dict(vars(item))
    fields.pop("_distributed_output", None)
    return fields


class StorageFailed(Exception):
    """The store cannot store anything (disk full, read-only, damaged database); the message says how to fix it."""


class StoreError(Exception):
    """An article the store could not save (the worker's traceback is the message)."""


class FactsCapped(int):
    """The number of facts stored, when it is fewer than the extractor found (``found``): MAX_FACTS_PER_ARTICLE."""

    found: int

    def __new__(cls, stored: int, found: int):
        number = super().__new__(cls, stored)
        number.found = found
        return number

    def __reduce__(self):
        return FactsCapped, (int(self), self.found)


# --- The writer: one process's connection, in a worker process or on a thread ----------------------------------

def extract_for_writer(article: dict, max_facts: int) -> dict:
    """A shared crawl's article extracted by its worker (REDIS_EXTRACT=worker): what the writer stores as is."""
    facts = extract_article_facts(article["title"], article["lead"], article["body"])
    return {"facts": facts[:max_facts] if max_facts else facts, "extractor_version": EXTRACTOR_VERSION}


class ArticleWriter:
    """Extracts and saves articles on one SQLite connection; the state a store worker (or thread) keeps."""

    # The writer of this worker process, set by WorkerInit: a pool's tasks are plain functions and find
    # their connection here (a thread store calls its own writer's methods instead).
    in_this_process: "ArticleWriter | None" = None

    def __init__(self, path: str, max_facts: int = 0):
        self.path = path
        self.max_facts = max_facts
        self.db: sqlite_utils.Database | None = None

    def open(self) -> "ArticleWriter":
        """Connect, and warm extraction up (models loaded) before the first article."""
        self.db = open_db(self.path)
        extract_article_facts("Ngày 1/1/2020", None, "Doanh thu đạt 1 tỷ đồng, tăng 5%.")
        return self

    def store(self, article: dict) -> int:
        """Extract an article's facts and save article and facts in one transaction; the number of facts."""
        facts = extract_article_facts(article["title"], article["lead"], article["body"])
        found = len(facts)
        if self.max_facts and found > self.max_facts:  # a page of nothing but figures: the first ones, in order
            facts = facts[:self.max_facts]
        assert self.db is not None  # opened: by the worker's or the thread's initializer
        save_article(self.db, article, facts, EXTRACTOR_VERSION)
        return FactsCapped(len(facts), found) if len(facts) < found else len(facts)

    def store_batch(self, articles: list[dict]) -> list:
        """``store`` each: its number of facts, the error text of an article that failed, or, from the first
        storage failure on, the ``StorageFailed`` of every article left (none of them could be stored)."""
        results: list = []
        for article in articles:
            try:
                results.append(self.store(article))
            except Exception as error:
                hint = storage_failure(error, self.path)
                if hint is not None:
                    return results + [StorageFailed(hint)] * (len(articles) - len(results))
                results.append(f"storing {article.get('url')} failed:\n{traceback.format_exc()}")
        return results

    def record_error(self, url: str, status: int | None, reason: str, site: str | None) -> None:
        assert self.db is not None  # opened: by the initializer, or by fallback_record
        record_error(self.db, url, status, reason, site=site)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def exit_with_parent(parent: int) -> None:
    """A worker whose crawl was killed (SIGKILL) would otherwise wait forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


@dataclass
class WorkerInit:
    """The initializer of a store worker process: what it needs, pickled to it once."""

    path: str
    max_facts: int
    parent: int

    def __call__(self) -> None:
        exit_with_parent(self.parent)
        ArticleWriter.in_this_process = writer = ArticleWriter(self.path, self.max_facts).open()
        atexit.register(writer.close)


def _ready() -> None:
    """A task that does nothing: it starts a worker, and fails if the worker cannot start."""


def _writer() -> ArticleWriter:
    """This worker process's writer: WorkerInit, the pool's initializer, set it before any task."""
    assert ArticleWriter.in_this_process is not None
    return ArticleWriter.in_this_process


def _store_batch(articles: list[dict]) -> list:
    return _writer().store_batch(articles)


def _record_error(url: str, status: int | None, reason: str, site: str | None) -> None:
    _writer().record_error(url, status, reason, site)


# --- Batches and backlog ------------------------------------------------------------------------------------------

class ArticleBatches:
    """Articles go to the store in batches, without waiting for a batch to fill.

    A batch leaves as soon as fewer than ``in_flight`` batches are being stored; articles that come while
    the store is busy wait for the next one. An idle store so gets each article at once, a busy one gets
    them many to a task: one pickling, one pipe write and one wake-up of the executor's threads for all.
    ``submit`` takes a list of articles and returns a concurrent Future of their results (``store_batch``).
    """

    MAX_BATCH = 64

    def __init__(self, submit: Callable[[list[dict]], Future], in_flight: int, backlog: int):
        self.submit = submit
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
        """Queue an article; the future gets its number of facts, or the StoreError / StorageFailed."""
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
                done = asyncio.wrap_future(self.submit([article for article, _ in batch]))
            except Exception as error:  # a pool whose worker died refuses at once (BrokenProcessPool): settle the batch
                done = asyncio.get_running_loop().create_future()
                done.set_exception(error)
            done.add_done_callback(functools.partial(self.stored, batch))

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
            elif isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)
        # After the futures: their callbacks are scheduled first, so they run before whoever waits on the events.
        self.count_unstored(-len(batch))
        self.send()


# --- The storage interface ----------------------------------------------------------------------------------------

@dataclass
class Run:
    """What a store is opened with: the command line, and the sites (site, name, base URL, province)."""

    command: str
    sites: list[tuple[str, str, str, str | None]] = field(default_factory=list)


@dataclass
class Totals:
    """What a store is closed with: the run's counts and its per-site coverage."""

    pages: int = 0
    articles: int = 0
    facts: int = 0
    errors: int = 0
    sites: dict = field(default_factory=dict)  # per site, the coverage of its stored articles
    planned: list[str] = field(default_factory=list)  # the sites the run was to crawl
    unreachable: set[str] = field(default_factory=set)  # those it could not reach


class Store(Protocol):
    """Where the pipeline's articles and errors go."""

    @property
    def unstored(self) -> int:
        """Articles handed on and not stored yet."""

    async def open(self, run: Run) -> None:
        """Get ready to store (schema, run row, workers started); raise StorageFailed if it cannot."""

    def save(self, article: dict, item=None) -> asyncio.Future:
        """Hand an article on (``item``: the Scrapy item it came from); the future gets its number of facts
        stored, None when another process stores it (Redis), or the StoreError / StorageFailed / error of the
        store."""

    async def wait_for_room(self) -> bool:
        """Wait until the backlog is below STORE_BACKLOG; whether it had to wait."""

    async def drain(self) -> None:
        """Wait until every article handed on is stored or has failed."""

    async def record_error(self, url: str, status: int | None, reason: str, site: str | None) -> None:
        """Keep a crawl error; never raises (an error that cannot be kept is logged and counted)."""

    async def close(self, status: str, totals: Totals) -> list:
        """Wait for every article handed on, close the run with ``status``; the coverage drops to warn of."""


class ErrorLog:
    """Errors that cannot be recorded: one log line for the first, a stat for all (never a traceback storm).

    A failure of the database itself is not logged here: it stops the crawl (``on_failure``), which says it in
    one line."""

    def __init__(self, stats, on_failure: Callable[[BaseException], None] = lambda error: None):
        self.stats = stats
        self.on_failure = on_failure

    def cannot_record(self, url: str, reason: str, error: BaseException, path: str = "the database") -> None:
        self.stats.inc_value("socongthuong/errors_not_recorded")
        hint = storage_failure(error, path)
        if hint is not None:
            self.on_failure(StorageFailed(hint))
        elif self.stats.get_value("socongthuong/errors_not_recorded") == 1:
            logger.error("Cannot record the error of %s (%s) in the database: %s; errors not recorded are "
                         "counted in socongthuong/errors_not_recorded", url, reason.splitlines()[0],
                         storage_failure(error) or repr(error))


class ExecutorStore:
    """A store on SQLite behind an executor: a process pool or one thread (subclasses say which).

    A full disk would also refuse the run's closing row ('failed'): a small reserve file beside the database,
    written at open and deleted before the run is closed, keeps room for it.
    """

    in_flight_per_worker = 2  # one batch being stored, one on its way, so a worker never waits for the next
    RESERVE_BYTES = 512 * 1024  # the run's row, its run_sites rows and the WAL frames of those

    def __init__(self, path: str, stats, backlog: int = 256, max_facts: int = 0, workers: int = 1):
        self.path = path
        self.stats = stats
        self.backlog = backlog
        self.max_facts = max_facts
        self.workers = workers
        self.errors = ErrorLog(stats)
        self.executor: Executor | None = None
        self.batches: ArticleBatches | None = None
        self.run_id: int | None = None
        self.finished = False
        # Where errors go when the executor is broken: a thread of this process with its own connection.
        self.fallback: ThreadPoolExecutor | None = None
        self.fallback_writer: ArticleWriter | None = None

    if TYPE_CHECKING:  # provided by the subclasses (PoolStore, InlineStore)
        def start_executor(self) -> Executor: ...

        def submit_batch(self, articles: list[dict]) -> Future: ...

        def submit_error(self, *error: object) -> Future: ...

        def submit_attachment(self, fields: dict, ocr: bool, timeout: float) -> Future: ...

        async def stop_executor(self, cancel: bool) -> None: ...

    def running(self) -> Executor:
        """The executor, which ``open`` started: every submit comes after it."""
        assert self.executor is not None
        return self.executor

    def opened(self) -> ArticleBatches:
        """The batches, which ``open`` made: the pipeline saves only after it."""
        assert self.batches is not None
        return self.batches

    @property
    def unstored(self) -> int:
        return self.batches.unstored if self.batches else 0

    async def open(self, run: Run) -> None:
        try:
            self.run_id = await asyncio.to_thread(self.begin, run)
        except Exception as error:
            raise StorageFailed(storage_failure(error, self.path) or f"{self.path}: {error!r}") from None
        self.keep_reserve()
        self.executor = self.start_executor()
        self.batches = ArticleBatches(self.submit_batch, self.in_flight_per_worker * max(self.workers, 1),
                                      self.backlog)

    @property
    def reserve(self) -> Path:
        path = Path(self.path)
        return path.with_name(f".{path.name}.reserve")

    def keep_reserve(self) -> None:
        try:
            with open(self.reserve, "wb") as reserve:
                reserve.write(bytes(self.RESERVE_BYTES))  # written, not sparse: the blocks are really taken
        except OSError as error:  # no room even for that: the run's row may stay 'running' on a full disk
            logger.warning("No room for the store's reserve beside %s (%s): on a full disk the run may stay "
                           "'running' (the next run marks it 'interrupted')", self.path, error)
            self.stats.inc_value("socongthuong/store_reserve_missing")
            self.reserve.unlink(missing_ok=True)

    def begin(self, run: Run) -> int:
        """The schema migrated (before any worker opens the database), the sites and the run row written."""
        db = open_db(self.path)
        try:
            for site, name, base_url, province in run.sites:
                ensure_site(db, site, name, base_url, province)
            return start_run(db, run.command, EXTRACTOR_VERSION)
        finally:
            db.close()

    def save(self, article: dict, item=None) -> asyncio.Future:
        return self.opened().add(article)

    async def store_attachment(self, fields: dict, ocr: bool, timeout: float) -> dict:
        """An attachment read (reader.documents, OCR included: never in the crawl process) and stored."""
        return await asyncio.wrap_future(self.submit_attachment(fields, ocr, timeout))

    async def wait_for_room(self) -> bool:
        if self.opened().below_backlog.is_set():
            return False
        await self.opened().below_backlog.wait()
        return True

    async def record_error(self, url: str, status: int | None, reason: str, site: str | None) -> None:
        if self.executor is None:  # never opened: the failure that stopped it was said already
            self.stats.inc_value("socongthuong/errors_not_recorded")
            return
        try:
            await asyncio.wrap_future(self.submit_error(url, status, reason, site))
            return
        except Exception as error:
            if storage_failure(error) is not None:  # the database itself fails: a second connection would too
                self.errors.cannot_record(url, reason, error, self.path)
                return
            fallback = self.use_fallback(error)
        try:
            await asyncio.wrap_future(fallback.submit(self.fallback_record, url, status, reason, site))
        except Exception as error:
            self.errors.cannot_record(url, reason, error, self.path)

    def use_fallback(self, error: BaseException) -> ThreadPoolExecutor:
        """The executor is broken (its worker died): errors are written from a thread of this process."""
        self.stats.inc_value("socongthuong/errors_recorded_by_fallback")
        if self.fallback is None:
            logger.warning("The store's worker cannot record errors (%r): recording them from the crawl "
                           "process instead", error)
            self.fallback = ThreadPoolExecutor(1, thread_name_prefix="errors")
        return self.fallback

    def fallback_record(self, url: str, status: int | None, reason: str, site: str | None) -> None:
        if self.fallback_writer is None:
            self.fallback_writer = ArticleWriter(self.path)
            self.fallback_writer.db = open_db(self.path)  # no warm-up: it extracts nothing
        self.fallback_writer.record_error(url, status, reason, site)

    async def drain(self) -> None:
        if self.batches is not None:
            await self.batches.all_stored.wait()

    async def close(self, status: str, totals: Totals) -> list:
        await self.drain()
        if self.executor is not None:
            await self.stop_executor(cancel=status != "finished")
        if self.fallback is not None:
            if self.fallback_writer is not None:
                await asyncio.wrap_future(self.fallback.submit(self.fallback_writer.close))
            self.fallback.shutdown()
        return await asyncio.to_thread(self.finish, status, totals)

    def finish(self, status: str, totals: Totals) -> list:
        """The run's row closed with its status and counts, its run_sites written; the coverage drops."""
        if self.run_id is None or self.finished:
            return []
        self.reserve.unlink(missing_ok=True)  # the room kept for this
        try:
            db = open_db(self.path)
        except Exception as error:
            logger.error("Cannot mark the run %s %r: %s", self.run_id, status,
                         storage_failure(error, self.path) or repr(error))
            self.stats.inc_value("socongthuong/run_not_closed")
            return []
        try:
            finish_run(db, self.run_id, pages=totals.pages, articles=totals.articles, facts=totals.facts,
                       errors=totals.errors, status=status)
            self.finished = True
            # Sites that gave nothing: run_sites 'failed', out of sites; a run that reached none: 'failed'.
            settle_run(db, self.run_id, totals.sites, sites=totals.planned, pages=totals.pages,
                       unreachable=totals.unreachable)
            return coverage_drops(db, self.run_id)
        except Exception as error:
            logger.error("Cannot %s the run %s %r: %s", "complete" if self.finished else "mark", self.run_id,
                         status, storage_failure(error, self.path) or repr(error))
            self.stats.inc_value("socongthuong/run_not_closed")
            return []
        finally:
            db.close()


def _store_attachment(fields: dict, ocr: bool, timeout: float) -> dict:
    """A task of the pool's worker: read an attachment and store it with its facts (spiders/attachment_store.py)."""
    writer = _writer()
    assert writer.db is not None  # opened by WorkerInit
    return store_attachment(writer.db, fields, ocr, timeout, writer.max_facts)


class PoolStore(ExecutorStore):
    """Articles stored by worker processes (spawned: no state of the crawl process copied into them)."""

    def start_executor(self):
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=WorkerInit(self.path, self.max_facts, os.getpid()))
        # The worker starts (spawn, imports, a first extraction) while the first pages are fetched; their
        # articles wait in the backlog meanwhile. A worker that cannot start fails the ``started`` future.
        self.started = asyncio.wrap_future(pool.submit(_ready))
        return pool

    def submit_batch(self, articles: list[dict]) -> Future:
        return self.running().submit(_store_batch, articles)

    def submit_error(self, *error) -> Future:
        return self.running().submit(_record_error, *error)

    def submit_attachment(self, fields: dict, ocr: bool, timeout: float) -> Future:
        return self.running().submit(_store_attachment, fields, ocr, timeout)

    async def stop_executor(self, cancel: bool) -> None:
        # Workers close their connections as they exit; a dead one has nothing left to wait for.
        await asyncio.to_thread(self.running().shutdown, cancel_futures=cancel)


class InlineStore(ExecutorStore):
    """Articles stored on one thread of the crawl process, by its own ArticleWriter."""

    def start_executor(self):
        self.writer = ArticleWriter(self.path, self.max_facts)
        executor = ThreadPoolExecutor(1, thread_name_prefix="sqlite", initializer=self.writer.open)
        self.started = asyncio.wrap_future(executor.submit(_ready))
        return executor

    def submit_batch(self, articles: list[dict]) -> Future:
        return self.running().submit(self.writer.store_batch, articles)

    def submit_error(self, *error) -> Future:
        return self.running().submit(self.writer.record_error, *error)

    def submit_attachment(self, fields: dict, ocr: bool, timeout: float) -> Future:
        def store() -> dict:
            assert self.writer.db is not None  # opened by the thread's initializer
            return store_attachment(self.writer.db, fields, ocr, timeout, self.writer.max_facts)

        return self.running().submit(store)

    async def stop_executor(self, cancel: bool) -> None:
        try:
            await asyncio.wrap_future(self.running().submit(self.writer.close))
        except Exception as error:  # a broken store: its connection goes with the thread
            logger.error("Cannot close the store cleanly: %r", error)
            self.stats.inc_value("socongthuong/store_close_errors")
        await asyncio.to_thread(self.running().shutdown, cancel_futures=cancel)


class RedisStore:
    """A shared crawl's worker: each article or error is a message for the one writer (db/ingest.py).

    With REDIS_EXTRACT=worker the facts are extracted here first, on a thread (the reactor goes on fetching
    meanwhile), at most STORE_BACKLOG articles at a time; otherwise the message leaves at once.
    """

    def __init__(self, url: str, crawler, extract_in: str = "writer", max_facts: int = 0, backlog: int = 256):
        from .distributed import RedisArticleQueue

        self.queue = RedisArticleQueue(url, crawler)
        self.stats = crawler.stats
        self.extract_in = extract_in
        self.max_facts = max_facts
        self.backlog = backlog
        self.extracting: set[asyncio.Task] = set()
        self.room: asyncio.Event | None = None  # made on the running loop, at the first save

    @property
    def unstored(self) -> int:
        return len(self.extracting)

    async def open(self, run: Run) -> None:
        self.queue.push("sites", {"sites": run.sites})

    def save(self, article: dict, item=None) -> asyncio.Future:
        """Pushed (extracted first with REDIS_EXTRACT=worker); the future's result is None: not stored here."""
        if self.extract_in == "worker":
            task = asyncio.ensure_future(self.extract_and_push(article, item))
            self.extracting.add(task)
            task.add_done_callback(self.extracted)
            self.count_room()
            return task
        self.push(article, None, item)
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def extract_and_push(self, article: dict, item) -> None:
        try:
            facts = await asyncio.to_thread(extract_for_writer, article, self.max_facts)
        except Exception:
            raise StoreError(f"extracting {article.get('url')} failed:\n{traceback.format_exc()}") from None
        self.stats.inc_value("socongthuong/facts_extracted", len(facts["facts"]))
        self.push(article, facts, item)

    def push(self, article: dict, facts: dict | None, item) -> None:
        self.queue.push("article", {"article": article, **(facts or {})}, item)
        self.stats.inc_value("socongthuong/articles_queued")

    def extracted(self, task: asyncio.Task) -> None:
        self.extracting.discard(task)
        self.count_room()

    def count_room(self) -> None:
        if self.room is None:
            self.room = asyncio.Event()
        if len(self.extracting) < self.backlog:
            self.room.set()
        else:
            self.room.clear()

    async def wait_for_room(self) -> bool:
        if self.room is None or self.room.is_set():
            return False
        await self.room.wait()
        return True

    async def drain(self) -> None:
        while self.extracting:
            await asyncio.gather(*self.extracting, return_exceptions=True)

    async def record_error(self, url: str, status: int | None, reason: str, site: str | None, item=None) -> None:
        self.queue.push("error", {"url": url, "status": status, "reason": reason, "site": site}, item)

    async def close(self, status: str, totals: Totals) -> list:
        """The writer keeps the run's row; what could not be pushed stays spooled (and fails the crawl)."""
        await self.drain()
        return self.queue.close()


# --- The pipeline -------------------------------------------------------------------------------------------------

def make_store(crawler, extract_in: str) -> Store:
    """The store the settings ask for."""
    settings = crawler.settings
    max_facts = settings.getint("MAX_FACTS_PER_ARTICLE", 0)
    if settings.get("REDIS_URL"):
        return RedisStore(settings["REDIS_URL"], crawler, extract_in, max_facts,
                          backlog=settings.getint("STORE_BACKLOG", 256))
    workers = settings.getint("EXTRACT_WORKERS", 1)
    kind = PoolStore if workers else InlineStore
    return kind(settings["SQLITE_PATH"], crawler.stats, backlog=settings.getint("STORE_BACKLOG", 256),
                max_facts=max_facts, workers=workers)


def unreachable_sites(stats) -> set[str]:
    """The sites the spider could not reach (its ``socongthuong/unreachable/<site>`` stats)."""
    prefix = "socongthuong/unreachable/"
    return {key[len(prefix):] for key in stats.get_stats() if key.startswith(prefix)}


class SQLitePipeline:
    """Hands articles and errors to the store the settings name (``make_store``); stops the crawl when the
    store fails; closes the run with the crawl's outcome (finished, failed, interrupted) on spider_closed."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_chars = crawler.settings.getint("MAX_ARTICLE_CHARS", 0)
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
        self.store: Store = make_store(crawler, self.extract_in)
        if isinstance(self.store, ExecutorStore):
            self.store.errors.on_failure = self.store_failed
        self.errors_saving: set[asyncio.Task] = set()
        self.closing: asyncio.Future | None = None
        self.failed = False
        self.closed = False
        crawler.store_pipeline = self  # the crawl command closes the run if Scrapy is stopped before we are

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self) -> None:
        spider = self.crawler.spider
        provinces = {p.site: p.province for p in getattr(spider, "profiles", ())}  # none: no profile
        run = Run(spider.command_line(), [(site, name, base_url, provinces.get(site))
                                          for site, name, base_url in spider.sites()])
        try:
            await self.store.open(run)
        except StorageFailed as error:
            self.store_failed(error)
            return
        started = getattr(self.store, "started", None)
        if started is not None:  # a worker that cannot start stops the crawl at once
            started.add_done_callback(self.worker_started)

    async def process_item(self, item):
        if self.failed and isinstance(item, ArticleItem):
            # The store is gone (pages fetched before the crawl stopped): recorded if it can be, fetched again
            # by the next run.
            self.stats.inc_value("socongthuong/articles_not_stored")
            await self.save_error(item.url, item.status, f"store failed: {self.failure}", item.site)
            return item
        if isinstance(item, CrawlErrorItem):
            await self.save_error(item.url, item.status, item.reason, item.site, item)
        elif isinstance(item, AttachmentItem):
            if isinstance(self.store, ExecutorStore):  # a shared crawl does not fetch attachments yet
                await self.attachments_held.acquire()  # a bound on the files' bytes held in memory
                self.keep_saving(self.save_attachment(item))
        elif isinstance(item, ArticleItem):
            await self.save_article(item)
        return item

    async def save_article(self, item: ArticleItem) -> None:
        # A shallow copy of the item's fields (not asdict's deep one): the item goes on through Scrapy while
        # the copy waits to be pickled (worker) or read (thread).
        fields = item_fields(item)
        if self.max_chars and len(fields["body"] or "") > self.max_chars:
            await self.cut_body(fields)
        stored = self.store.save(fields, item)
        stored.add_done_callback(functools.partial(self.article_stored, item))
        self.articles_unstored[item.url] = stored  # its attachments wait for it (save_attachment)
        url = item.url

        def forget(_: asyncio.Future) -> None:
            self.articles_unstored.pop(url, None)

        stored.add_done_callback(forget)
        # How far the store fell behind, and how often the crawl had to wait for it: if never, extraction
        # and storage did not slow the crawl down.
        self.stats.max_value("socongthuong/store_backlog_max", self.store.unstored)
        if await self.store.wait_for_room():
            self.stats.inc_value("socongthuong/store_backlog_waits")

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
            if stored.result() is not None:  # None: pushed to Redis, stored by the writer
                self.count_stored(item, stored.result())
            return
        if isinstance(error, StoreError):  # this article: logged and kept in crawl_errors; the crawl goes on
            self.crawler.spider.logger.error("%s", error)
            reason = str(error).splitlines()[0]
        else:  # the store itself failed: a worker died, the disk is full, the database is read-only or damaged
            self.store_failed(error)
            self.stats.inc_value("socongthuong/articles_not_stored")
            reason = f"store failed: {error}" if isinstance(error, StorageFailed) else f"store failed: {error!r}"
        self.keep_saving(self.save_error(item.url, item.status, reason, item.site))

    def count_stored(self, item: ArticleItem, facts: int) -> None:
        self.stats.inc_value("socongthuong/articles_stored")
        self.stats.inc_value("socongthuong/facts_stored", facts)
        coverage.count(self.stats, item, facts)  # per site: title, published, body, facts
        if isinstance(facts, FactsCapped):
            self.crawler.spider.logger.warning("Article %s: %d facts found, the first %d stored "
                                               "(MAX_FACTS_PER_ARTICLE)", item.url, facts.found, facts)
            self.keep_saving(self.save_error(item.url, item.status, f"facts capped: {int(facts)} of "
                                             f"{facts.found} stored (MAX_FACTS_PER_ARTICLE)", item.site))

    async def save_attachment(self, item: AttachmentItem) -> None:
        """An attachment read and stored by the store (spiders/attachment_store.py), after its article; a file
        that cannot be read leaves a crawl_errors row."""
        try:
            if (article := self.articles_unstored.get(item.article_url)) is not None:
                await asyncio.wait([article])
            try:
                # process_item hands attachments on only to an ExecutorStore
                assert isinstance(self.store, ExecutorStore)
                result = await self.store.store_attachment(item_fields(item), self.attachment_ocr,
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
        if not started.cancelled() and (error := started.exception()) is not None:
            hint = storage_failure(error, getattr(self.store, "path", "the database"))
            self.store_failed(StorageFailed(hint) if hint else error)

    def store_failed(self, error: BaseException) -> None:
        """Stop the crawl, rather than fetch pages that cannot be kept (see spiders/README.md: why not restart)."""
        if self.failed:
            return
        self.failed = True
        self.failure = str(error) if isinstance(error, StorageFailed) else repr(error)
        # Read by the crawl command (exit code) and JobDirGuard (restart next time), also when the store
        # dies while the crawl is already closing for another reason.
        self.stats.set_value(STORE_FAILED, 1)
        what = str(error) if isinstance(error, StorageFailed) else (
            f"{error!r}: a store worker died (killed, out of memory?); run the same command again, it fetches the "
            "articles not stored")
        self.crawler.spider.logger.error("The store failed: %s. The crawl stops (exit code 1)", what)
        if not self.closing:
            self.closing = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="store_failed"))

    async def save_error(self, url: str, status: int | None, reason: str, site: str | None, item=None) -> None:
        self.stats.inc_value("socongthuong/errors")
        if isinstance(self.store, RedisStore):  # the item's request leaves the worker's in-flight hash once pushed
            await self.store.record_error(url, status, reason, site, item)
        else:
            await self.store.record_error(url, status, reason, site)

    def status(self, reason: str | None) -> str:
        """The run's status: failed (the store), interrupted (Ctrl-C, a signal), or finished."""
        if self.failed or reason == "store_failed":
            return "failed"
        if reason == "shutdown":  # Ctrl-C or a termination signal
            return "interrupted"
        return "finished"

    def totals(self) -> Totals:
        value = self.stats.get_value
        return Totals(pages=value("response_received_count", 0), articles=value("socongthuong/articles_stored", 0),
                      facts=value("socongthuong/facts_stored", 0), errors=value("socongthuong/errors", 0),
                      sites=coverage.from_stats(self.stats.get_stats()),
                      planned=[site for site, _, _ in self.crawler.spider.sites()],
                      unreachable=unreachable_sites(self.stats))

    async def close_spider(self) -> None:
        """Wait for every article handed on and every error being recorded (the run is closed on spider_closed,
        which knows the close reason)."""
        await self.store.drain()
        while self.errors_saving:
            await asyncio.gather(*self.errors_saving)

    async def spider_closed(self, spider, reason: str) -> None:
        drops = await self.store.close(self.status(reason), self.totals())
        self.closed = True
        if isinstance(self.store, RedisStore):
            if drops:  # messages kept in the spool, not pushed: this worker did not hand everything on
                self.stats.set_value(STORE_FAILED, 1)
                spider.logger.error("%s", drops[0])
            return
        spider.logger.info("%s", coverage.summary(self.totals().sites))
        for drop in drops:
            spider.logger.warning("%s", coverage.drop_warning(*drop))

    def close_now(self, status: str) -> None:
        """The run's row closed synchronously: Scrapy was stopped (Ctrl-C twice) before spider_closed ran."""
        if not self.closed and isinstance(self.store, ExecutorStore):
            self.store.finish(status, self.totals())
