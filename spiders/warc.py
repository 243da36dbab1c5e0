"""Every page the crawl reads is kept: one WARC file (ISO 28500) per crawl, written with warcio.

``WarcKeeper`` is a downloader middleware of the crawl process: the response of each request marked
``keep_page`` (articles and listings, live or from an archive) is written as a ``response`` record followed
by its ``request`` record, and the request's meta gets ``warc`` = {warc_file, warc_offset, body_sha256}, which
the callback puts on the article item. The store (a worker process, pipelines.py) only sees those three
values: the bytes never cross to it.

The records are built, compressed and written by a writer process of the crawl's own
(``python -m spiders.warc_writer``, spiders/warc_writer.py). The crawl process, whose CPU bounds the crawl,
only pickles the page down a pipe and waits for its offset before the page goes on to its callback: building
the records with warcio and compressing them took it 0.2-0.3 ms a page in line with zlib, 0.15 with ISA-L,
5-8% of its time (benchmarks/warc_cost.py). The writer process answers in order and flushes each page before
answering, so an article that is stored always finds its record in the file. It ends when its input does,
with the crawl.

If the writer process dies, or stops answering for ``WARC_WRITER_TIMEOUT`` seconds (it is then killed), the
crawl goes on: one error line, the stat ``socongthuong/warc_writer_lost``, and every page not yet answered,
and every page after it, is written in line, in the crawl process, into a file of its own
(``...-inline.warc.gz``). No page is left without a record, and no writer holds the crawl.

Settings: ``KEEP_PAGES`` (default on; ``-s KEEP_PAGES=0`` turns it off), ``WARC_DIR`` (default ``crawls``),
``WARC_GZIP_LEVEL`` (default 1; 0: none), ``WARC_WRITER_PROCESS`` (default on; 0: write in line),
``WARC_WRITER_TIMEOUT`` (default 60 s: a writer process that has not answered a page for that long is killed,
and its pages are written in line).
"""

import asyncio
import logging
import os
import sys
import time
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from .warc_writer import Exchange, WarcFile, frame

logger = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # where ``spiders`` is importable from, for the writer process


class WriterLost(Exception):
    """The writer process ended before answering."""


class WriterProcess:
    """The crawl's writer process: exchanges down its input, ``(offset, sha256)`` back, in order."""

    def __init__(self, process: asyncio.subprocess.Process, path: Path, timeout: float):
        self.process = process
        self.path = path
        self.timeout = timeout
        self.pending: deque[tuple[asyncio.Future, float]] = deque()  # answers awaited, and when each page was sent
        self.reader = asyncio.ensure_future(self.read_answers())
        self.watchdog = asyncio.ensure_future(self.watch())

    @classmethod
    async def start(cls, path: Path, gzip_level: int, timeout: float) -> "WriterProcess":
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT),
                                                                           os.environ.get("PYTHONPATH")]))}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "spiders.warc_writer", str(path), str(gzip_level),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env)
        return cls(process, path, timeout)

    def pipe_in(self) -> asyncio.StreamWriter:
        assert self.process.stdin is not None  # start opened it as a pipe
        return self.process.stdin

    async def write(self, exchange: Exchange) -> tuple[int, str]:
        if self.reader.done():
            raise WriterLost(self.ended())
        answer = asyncio.get_running_loop().create_future()
        self.pending.append((answer, time.monotonic()))
        try:
            self.pipe_in().write(frame(exchange))
            await self.pipe_in().drain()  # a writer slower than the pages holds the crawl back
        except (ConnectionError, RuntimeError) as error:
            answer.cancel()
            raise WriterLost(self.ended()) from error
        return await answer

    async def read_answers(self) -> None:
        try:
            assert self.process.stdout is not None  # start opened it as a pipe
            while (line := await self.process.stdout.readline()).endswith(b"\n"):
                offset, sha256 = line.split()
                answer, _ = self.pending.popleft()
                if not answer.done():
                    answer.set_result((int(offset), sha256.decode()))
        finally:
            await self.process.wait()
            self.watchdog.cancel()
            while self.pending:
                answer, _ = self.pending.popleft()
                if not answer.done():
                    answer.set_exception(WriterLost(self.ended()))

    async def watch(self) -> None:
        """A writer process that stops answering (a disk that hangs, a stopped process) is killed after
        ``timeout`` seconds, so that its pages are written in line and the crawl goes on, and ends."""
        while True:
            await asyncio.sleep(min(5.0, self.timeout / 2))
            if self.pending and time.monotonic() - self.pending[0][1] > self.timeout:
                logger.error("The WARC writer process (pid %d) has not answered for %d s: killed",
                             self.process.pid, self.timeout)
                self.process.kill()
                return

    def ended(self) -> str:
        return f"the WARC writer process (pid {self.process.pid}) ended, exit status {self.process.returncode}"

    async def close(self) -> None:
        """Its input ended; its last pages written. One that does not end in time is killed: the crawl ends."""
        self.pipe_in().close()
        try:
            await asyncio.wait_for(asyncio.shield(self.reader), self.timeout)
        except TimeoutError:
            logger.error("The WARC writer process did not end in %d s: killed", self.timeout)
            self.process.kill()
            await self.reader


class WarcKeeper:
    """Downloader middleware: pages marked ``keep_page`` go into this crawl's WARC file."""

    def __init__(self, crawler, folder: Path, gzip_level: int, in_process: bool, timeout: float = 60):
        self.crawler = crawler
        self.folder = folder
        self.gzip_level = gzip_level
        self.use_process = in_process
        self.timeout = timeout
        self.writer: asyncio.Future | None = None  # of a WriterProcess, started at the first page kept
        self.inline: WarcFile | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("KEEP_PAGES", True):
            raise NotConfigured
        keeper = cls(crawler, Path(settings.get("WARC_DIR", "crawls")), settings.getint("WARC_GZIP_LEVEL", 1),
                     settings.getbool("WARC_WRITER_PROCESS", True), settings.getfloat("WARC_WRITER_TIMEOUT", 60))
        crawler.signals.connect(keeper.spider_closed, signal=signals.spider_closed)
        return keeper

    def file_name(self, tag: str = "") -> Path:
        """``crawls/socongthuong-haiduong-20250101T120000Z-1234.warc.gz``: one per crawl process."""
        spider = self.crawler.spider
        label = getattr(spider, "warc_label", lambda: spider.name)()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        suffix = ".warc.gz" if self.gzip_level else ".warc"
        return self.folder / f"{label}-{stamp}-{os.getpid()}{tag}{suffix}"

    async def process_response(self, request, response, spider=None):
        if request.meta.get("keep_page") and 200 <= response.status < 300:
            fetched_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            request.meta["warc"] = await self.keep(Exchange.of(request, response, fetched_at))
            self.crawler.stats.inc_value("socongthuong/warc_records", 2)
        return response

    async def keep(self, exchange: Exchange) -> dict:
        """Where the page's response record is: {warc_file, warc_offset, body_sha256}."""
        path, (offset, sha256) = await self.write(exchange)
        return {"warc_file": str(path), "warc_offset": offset, "body_sha256": sha256}

    async def write(self, exchange: Exchange) -> tuple[Path, tuple[int, str]]:
        """The page written by the writer process, or in line once it is lost: its file, offset and SHA-256."""
        if self.use_process:
            if self.writer is None:
                path = self.file_name()  # its folder is made by the writer process (WarcFile)
                self.writer = asyncio.ensure_future(WriterProcess.start(path, self.gzip_level, self.timeout))
                logger.info("Keeping every page read in %s", path)
            try:
                writer = await self.writer
                return writer.path, await writer.write(exchange)
            except (WriterLost, OSError) as lost:  # OSError: it could not be started
                self.writer_lost(lost)
        if self.inline is None:
            self.inline = WarcFile(self.file_name("-inline" if self.writer else ""), self.gzip_level)
            logger.info("Keeping every page read in %s", self.inline.path)
        return self.inline.path, self.inline.write_exchange(exchange)

    def writer_lost(self, lost: Exception) -> None:
        if self.use_process:  # once, for all the pages it had not answered
            logger.error("%s: the pages from now on are written by the crawl process itself", lost)
            self.crawler.stats.set_value("socongthuong/warc_writer_lost", 1)
            self.use_process = False

    async def spider_closed(self, spider, reason) -> None:
        if self.writer is not None:
            try:
                writer = await self.writer
            except OSError:
                writer = None
            if writer is not None:
                await writer.close()
        if self.inline is not None:
            self.inline.close()


def with_page_record(article, response):
    """The article item, with the WARC record of the page it was read from (when pages are kept)."""
    record = response.meta.get("warc")
    if record:
        article.warc_file, article.warc_offset, article.body_sha256 = (
            record["warc_file"], record["warc_offset"], record["body_sha256"])
    return article
