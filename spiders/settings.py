"""Scrapy settings of the crawl. Override any of them with ``-s NAME=VALUE``."""

BOT_NAME = "vn-bulletins"
SPIDER_MODULES = ["spiders.socongthuong"]
# `scrapy crawl` exits 1 when the crawl reached no site or stopped on a failure (its store died): spiders/commands/.
COMMANDS_MODULE = "spiders.commands"

# Who we are: sites see the project and where to reach its maintainers. CONTACT_URL builds the
# User-Agent unless USER_AGENT is set explicitly (see SoCongThuongSpider.update_settings).
CONTACT_URL = "https://github.com/vn-bulletins/vn-bulletins"
USER_AGENT = f"vn-bulletins/0.1 (+{CONTACT_URL})"

# Polite by default: robots.txt, one request a second per site at most, AutoThrottle backing off
# further when the site slows down. Government portals are often small servers.
ROBOTSTXT_OBEY = True
# robots.txt that times out or answers 5xx/429 is tried this many times; then no page of that host is fetched
# in the run (RFC 9309: unreachable means disallowed). A 4xx means no rules (spiders/robots.py).
ROBOTSTXT_ATTEMPTS = 3
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
# DOWNLOADER_MIDDLEWARES: below, with the limits.

# Every page read (articles, listings) kept in a WARC file per crawl under WARC_DIR; -s KEEP_PAGES=0: not.
KEEP_PAGES = True
WARC_DIR = "crawls"
WARC_GZIP_LEVEL = 1  # 1-3: ISA-L, a tenth of the CPU of zlib for a few % more bytes; 4-9: zlib (warc_cost.py)

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

# A worker of a shared crawl when set (-s REDIS_URL=redis://HOST:PORT/DB; spiders/distributed.py): it stops
# once the whole crawl was idle REDIS_IDLE_CLOSE seconds; a worker silent REDIS_WORKER_TIMEOUT seconds is dead.
REDIS_URL = None
REDIS_IDLE_CLOSE = 60
REDIS_WORKER_TIMEOUT = 15
REDIS_EXTRACT = "writer"  # where a shared crawl's facts are extracted: "writer" (db ingest) or "worker"
REDIS_RETRY_SECONDS = 120  # a Redis command waits this long for Redis to come back (reconnecting with backoff)
REDIS_SPOOL_DIR = "redis-spool"  # where a worker keeps what it could not push to Redis (pushed later)

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
EXTENSIONS = {"spiders.extensions.ProgressLog": 500, "spiders.extensions.JobDirGuard": 510,
              "spiders.extensions.RedirectsAlreadySeen": 520}
PROGRESS_INTERVAL = 30.0

# Scrapy's default depth-first order: a listing's articles are fetched before the next listings are, so
# few requests wait in the scheduler. Breadth-first queued every article of the site before fetching
# them: at 16,000 articles the crawl process peaked at 197 MB breadth-first, 154 MB depth-first.

# -- Limits: what a hostile or broken site cannot make the crawl do (README "Reliability") --
# Each limit, when hit, is a warning in the log, a stats counter and a crawl_errors row (spiders/middlewares.py).
MAX_PAGES_PER_SITE = 50_000  # pages fetched per site in one run (0: no cap); a department site has a few thousand
DEPTH_LIMIT = 100  # links from a start page; pagination that links only "next" pages is what goes deep
# Articles linked only from articles, this many in a chain from the nearest listing, start page, sitemap or feed,
# at most (0: no bound): ends the trap of endless article numbers; after TRAP_RECORD_AFTER stops a site is
# recorded once in crawl_errors (spiders/following.py).
MAX_ARTICLE_CHAIN = 3
TRAP_RECORD_AFTER = 20
MAX_EMPTY_LISTING_PAGES = 5  # stop following a listing chain after this many pages without a new article link
# A re-crawl (a site whose latest run went through; not -a full=1 or -a refresh=1) stops a listing after this many
# pages in a row whose articles are all stored (0: every listing page, as a first crawl; spiders/recrawl.py).
# 3: new articles are at a listing's front, and three pages of stored ones after the last new page leave room for
# an article dated a few days back or a listing shifted while it was read, for a few pages a listing.
RECRAWL_STOP_AFTER_STORED_LISTINGS = 3
# A page larger than this (after decompression: a gzip bomb) is refused; articles are 20-200 KB.
# Attachments (PDF, Word, Excel files linked from articles): fetched, kept in the WARC, read and their facts
# stored (spiders/attaching.py); -s ATTACHMENTS=0: not fetched. ATTACHMENT_OCR=0: scanned pages not read
# (Tesseract takes about 2 s a page, in the store worker). ATTACHMENT_TIMEOUT: seconds of reading per file.
ATTACHMENTS = True
ATTACHMENT_MAXSIZE = 30 * 2**20
ATTACHMENTS_PER_ARTICLE = 20
ATTACHMENT_OCR = True
ATTACHMENT_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 5 * 2**20
DOWNLOAD_WARNSIZE = 1 * 2**20
MAX_ARTICLE_CHARS = 200_000  # longer article text is cut here (recorded): no bulletin is that long
MAX_FACTS_PER_ARTICLE = 5_000  # facts stored per article at most (recorded): ~50 is usual
RETRY_AFTER_MAX = 180  # seconds: a 429/503 asking to wait longer is not retried in this run (recorded)
DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.PageCap": 110,  # after robots.txt (100): a page robots.txt refuses is not counted
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "spiders.middlewares.BoundedHttpCompression": 590,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "spiders.middlewares.LoopRecordingRedirect": 600,
    # Next to the network: pages are kept as received (before decompression), spiders/warc.py.
    "spiders.warc.WarcKeeper": 950,
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "spiders.middlewares.RecordedDepthMiddleware": 900,
    "spiders.middlewares.RecordSpiderErrors": 950,  # nearest the spider: sees the callback's own exceptions
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Print views, reordered queries and redirect targets of one article are one request, and an article
# already in the database is not fetched again (incremental; -a refresh=1 fetches it again).
REQUEST_FINGERPRINTER_CLASS = "spiders.dedupe.CanonicalUrlFingerprinter"
DUPEFILTER_CLASS = "spiders.dedupe.StoredArticlesDupeFilter"
