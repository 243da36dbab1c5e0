"""``python -m spiders.status REDIS_URL``: where the shared crawls on a Redis server stand.

Per crawl: requests queued and in flight, workers alive; per site: requests queued and in flight, and
articles and errors waiting for the writer or taken by it (``done`` and ``failed`` are the counts the
writer has stored: ``python -m db stats`` shows them per site in the database).
"""

import json
import pickle
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

import redis

from .distributed import ARTICLES, CRAWLS, PROCESSING, STORED, WORKERS, key


def host_of(url: str) -> str:
    return urlsplit(url).netloc


def _raw(value: object) -> bytes:
    """A value as Redis gives it: bytes, since the client decodes no response (the messages are pickles)."""
    assert isinstance(value, bytes)
    return value


def status(server: redis.Redis) -> dict:
    """Counts per crawl and per site, read without changing anything."""
    now = time.time()
    workers = [json.loads(state) for state in server.hvals(WORKERS)]
    crawls = {}
    for crawl, arguments in server.hgetall(CRAWLS).items():
        crawl = _raw(crawl).decode()
        queued: Counter[str] = Counter()
        in_flight: Counter[str] = Counter()
        for data in server.zrange(key(crawl, "requests"), 0, -1):
            queued[host_of(pickle.loads(_raw(data))["url"])] += 1
        for inflight_key in server.scan_iter(key(crawl, "inflight:*")):
            for data in server.hvals(inflight_key):
                in_flight[host_of(pickle.loads(_raw(data))["url"])] += 1
        alive = [w for w in workers if w["crawl"] == crawl and now - w["seen"] < 15]
        crawls[crawl] = {"arguments": json.loads(arguments), "workers": len(alive),
                         "busy": sum(1 for w in alive if w["busy"]),
                         "seen": server.scard(key(crawl, "seen")),
                         "queued": dict(queued), "in_flight": dict(in_flight)}
    waiting: Counter[str] = Counter()
    failed_waiting: Counter[str] = Counter()
    for raw in server.lrange(ARTICLES, 0, -1) + server.lrange(PROCESSING, 0, -1):
        message = pickle.loads(_raw(raw))
        if message["kind"] == "article":
            waiting[message["article"]["site"]] += 1
        elif message["kind"] == "error":
            failed_waiting[message.get("site") or "?"] += 1
    return {"crawls": crawls, "articles_waiting": dict(waiting), "errors_waiting": dict(failed_waiting),
            "writer_processing": server.llen(PROCESSING), "stored": server.scard(STORED)}


def format_status(result: dict) -> str:
    lines = []
    for crawl, state in result["crawls"].items():
        lines.append(f"crawl {crawl} ({', '.join(state['arguments'].get('start_urls', []))}): "
                     f"{state['workers']} workers alive, {state['busy']} busy, {state['seen']} requests seen")
        for host in sorted(set(state["queued"]) | set(state["in_flight"])):
            lines.append(f"  {host}: {state['queued'].get(host, 0)} queued, "
                         f"{state['in_flight'].get(host, 0)} in flight")
    if not result["crawls"]:
        lines.append("no shared crawl on this server")
    sites = sorted(set(result["articles_waiting"]) | set(result["errors_waiting"]))
    for site in sites:
        lines.append(f"site {site}: {result['articles_waiting'].get(site, 0)} articles and "
                     f"{result['errors_waiting'].get(site, 0)} failed pages waiting for the writer")
    lines.append(f"writer: {result['writer_processing']} messages being stored; {result['stored']} articles "
                 "stored (done) in all")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (1, 2) or (len(argv) == 2 and argv[1] != "--json"):
        print("usage: python -m spiders.status REDIS_URL [--json]", file=sys.stderr)
        return 2
    result = status(redis.Redis.from_url(argv[0]))
    print(json.dumps(result, ensure_ascii=False, indent=2) if "--json" in argv else format_status(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
