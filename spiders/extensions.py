"""Crawl extensions: a progress line, and a JOBDIR that survives a killed crawl."""

import logging
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from scrapy.utils.job import job_dir
from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)


class ProgressLog:
    """A progress line every PROGRESS_INTERVAL seconds: pages fetched, articles stored and skipped, errors."""

    def __init__(self, stats, interval: float):
        self.stats = stats
        self.interval = interval
        self.task: AsyncioLoopingCall | LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if not interval:
            raise NotConfigured
        extension = cls(crawler.stats, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.task = create_looping_call(self.log)
        self.task.start(self.interval, now=False)

    def log(self) -> None:
        value = self.stats.get_value
        logger.info(
            "Progress: %d pages, %d articles stored, %d already stored and skipped, %d errors",
            value("response_received_count", 0), value("socongthuong/articles_stored", 0),
            value("socongthuong/articles_skipped_stored", 0), value("socongthuong/errors", 0),
        )

    def spider_closed(self, spider, reason) -> None:
        if self.task and self.task.running:
            self.task.stop()
        self.log()


class JobDirGuard:
    """Make a JOBDIR safe to reuse after a crash or SIGKILL.

    Scrapy writes a job's queue state only when the crawl closes, so the queue a killed crawl leaves behind
    is stale and would make the next run pop requests it never meant to. A marker file is present while a
    crawl runs; if it is still there at start, the previous run died, and its queue and seen-requests are
    dropped: the crawl starts again from its start pages, and the articles it already stored are skipped
    (incremental crawling), so nothing is fetched twice. A clean pause (Ctrl-C once) resumes as usual. A
    crawl stopped because its store died is treated as killed: the articles it fetched but could not store
    are fetched again.
    """

    MARKER = "crawl.running"

    def __init__(self, jobdir: Path, stats=None):
        self.stats = stats
        self.marker = jobdir / self.MARKER
        if self.marker.exists():
            logger.warning("The last crawl in %s did not finish cleanly: dropping its queue, restarting from "
                           "the start pages (articles already stored are skipped).", jobdir)
            shutil.rmtree(jobdir / "requests.queue", ignore_errors=True)
            (jobdir / "requests.seen").unlink(missing_ok=True)
        jobdir.mkdir(parents=True, exist_ok=True)
        self.marker.touch()

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = job_dir(crawler.settings)
        if not jobdir:
            raise NotConfigured
        extension = cls(Path(jobdir), crawler.stats)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason) -> None:
        # A crawl stopped by a dead store fetched articles it could not keep, and its seen-requests hold
        # them: the marker stays, so the next run starts again from the start pages and fetches them.
        store_failed = reason == "store_failed" or (self.stats and self.stats.get_value("socongthuong/store_failed"))
        if not store_failed:
            self.marker.unlink(missing_ok=True)


class RedirectsAlreadySeen:
    """A redirect to a page the crawl has already asked for is dropped by the duplicate filter. Usually the
    page is read under its own address (an old link redirecting to the article: nothing lost); but two linked
    pages that redirect to each other, or a page that redirects to itself with a query parameter the canonical
    URL ignores, would leave no trace at all. A drop whose target answers with a redirect too (it appears in
    a redirect chain) leaves a crawl_errors row and a stat; a drop whose target never does is no loss."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.redirecting: set[str] = set()  # canonical URLs that answered with a redirect
        self.pending: dict[str, list[list[str]]] = {}  # target -> chains dropped before it answered

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.request_dropped, signal=signals.request_dropped)
        return extension

    def request_dropped(self, request, spider) -> None:
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        canonical = getattr(spider, "canonical_url", lambda url: url)
        for url in chain:  # each of these answered with a redirect
            key = canonical(url)
            self.redirecting.add(key)
            for earlier in self.pending.pop(key, []):
                self.record(earlier, spider)
        target = canonical(request.url)
        if target in self.redirecting:
            self.record([*chain, request.url], spider)
        else:
            self.pending.setdefault(target, []).append([*chain, request.url])

    def record(self, chain: list[str], spider) -> None:
        pipeline = getattr(self.crawler, "store_pipeline", None)
        self.crawler.stats.inc_value("socongthuong/redirects_already_seen")
        if pipeline is None:
            return
        profile = spider.profile_of(chain[0]) if hasattr(spider, "profile_of") else None
        reason = "redirect to a page already seen: " + " → ".join(chain)
        pipeline.keep_saving(pipeline.save_error(chain[0], None, reason,
                                                 profile.site if profile else getattr(spider, "unknown_site", None)))
