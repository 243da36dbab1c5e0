"""The Redis key names of a shared crawl, written once: the workers (spiders/distributed.py) push to them and
the one writer (db/ingest.py) takes from them. On the lowest floor that needs them (db), so spiders import
them from here and db never imports spiders.
"""

ARTICLES = "vnb:articles"  # messages for the writer (db/ingest.py)
PROCESSING = "vnb:articles:processing"  # taken by the writer, removed once committed
STORED = "vnb:stored"  # canonical URLs of articles in the database (incremental crawling)
WORKERS = "vnb:workers"  # worker id -> JSON {crawl, host, pid, busy, seen, last_busy}
EPOCH = "vnb:epoch"  # a random token: missing or changed means Redis lost its data (db/redis_link.py)
CRAWLS = "vnb:crawls"  # crawl key -> JSON of the spider arguments (for spiders.status)


def key(crawl: str, name: str) -> str:
    """A key of one shared crawl's own (its queue, its duplicate filter, its host slots)."""
    return f"vnb:crawl:{crawl}:{name}"
