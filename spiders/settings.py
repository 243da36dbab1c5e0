"""Scrapy settings of the crawl. Override any of them with ``-s NAME=VALUE``."""

BOT_NAME = "vn-bulletins"
SPIDER_MODULES = ["spiders.socongthuong"]
COMMANDS_MODULE = "spiders.commands"  # `scrapy crawl` exits 1 when the crawl reached no site

# Who we are: sites see the project and where to reach its maintainers. CONTACT_URL builds the
# User-Agent unless USER_AGENT is set explicitly (see SoCongThuongSpider.update_settings).
CONTACT_URL = "https://github.com/vn-bulletins/vn-bulletins"
USER_AGENT = f"vn-bulletins/0.1 (+{CONTACT_URL})"

# Polite by default: robots.txt, one request a second per site at most, AutoThrottle backing off
# further when the site slows down. Government portals are often small servers.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# Retries wait: Retry-After when the server gives it, else RETRY_BACKOFF_BASE * 2^attempt seconds (at most
# RETRY_BACKOFF_MAX), and the wait holds every request to that server (spiders/middlewares.py).
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 120.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.RetryAfterMiddleware": 550,
    # Next to the network: pages are kept as received (before decompression), spiders/warc.py.
    "spiders.warc.WarcKeeper": 950,
}

# Every page read (articles, listings) kept in a WARC file per crawl under WARC_DIR; -s KEEP_PAGES=0: not.
KEEP_PAGES = True
WARC_DIR = "crawls"
WARC_GZIP_LEVEL = 1  # zlib level: 1 costs a third of the CPU of 6 for ~15% more bytes (warc_cost.py)

# Crawling a web archive instead of the live site (-a archive=wayback or -a archive=URL; spiders/archive.py).
# One request at a time to the archive, AutoThrottle on top, patient retries; after ARCHIVE_MAX_REFUSALS
# requests in a row refused (429/5xx after every retry) the crawl stops, resumable with its JOBDIR.
ARCHIVE_URL = "https://web.archive.org"
ARCHIVE_CONCURRENCY = 1
ARCHIVE_DELAY = 1.0
ARCHIVE_RETRY_TIMES = 6
ARCHIVE_MAX_REFUSALS = 5
ARCHIVE_REQUEUES = 2  # times a capture refused after its retries is tried again later, before it is an error
ARCHIVE_CDX_PAGE_SIZE = 1000  # captures per CDX answer (the resumption key pages on)

# Where articles, facts and errors go (see db/).
SQLITE_PATH = "bulletins.db"
ITEM_PIPELINES = {"spiders.pipelines.SQLitePipeline": 300}
EXTRACT_WORKERS = 1  # processes extracting and storing beside the crawl (0: a thread of the crawl's process)

# A callback yields at most one item (the rest are requests), yet Scrapy starts CONCURRENT_ITEMS asyncio
# tasks for every response's output: the default 100 cost ~0.6 ms a page
# (spider alone: ~385 pages/s with 100, ~510 with 4, in benchmarks/crawl_speed.py).
CONCURRENT_ITEMS = 4
# Articles handed to the store and not yet stored, at most (pipelines.py): past it, the pipeline waits.
# 256 articles are ~2 MB: enough to cover the worker's start-up (~200 articles on a fast local copy)
# and to let the store take them in batches while the crawl goes on.
STORE_BACKLOG = 256
# Responses then wait in Scrapy's scraper; past this many bytes of them, downloads pause. The default
# (5 MB) is ~800 pages held with their parsed trees (~100 MB) when the store lags.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000

# A progress line every PROGRESS_INTERVAL seconds (0 turns it off); a JOBDIR reusable after a killed run.
EXTENSIONS = {"spiders.extensions.ProgressLog": 500, "spiders.extensions.JobDirGuard": 510}
PROGRESS_INTERVAL = 30.0

# Scrapy's default depth-first order: a listing's articles are fetched before the next listings are, so
# few requests wait in the scheduler. Breadth-first queued every article of the site before fetching
# them: at 16,000 articles the crawl process peaked at 197 MB breadth-first, 154 MB depth-first.

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Print views, reordered queries and redirect targets of one article are one request, and an article
# already in the database is not fetched again (incremental; -a refresh=1 fetches it again).
REQUEST_FINGERPRINTER_CLASS = "spiders.dedupe.CanonicalUrlFingerprinter"
DUPEFILTER_CLASS = "spiders.dedupe.StoredArticlesDupeFilter"
