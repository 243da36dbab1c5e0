"""A local Wayback-compatible archive of a site copy: the CDX API and captures' original bytes, over HTTP.

    double = serve_wayback("haiduong")           # started on a free port of 127.0.0.1
    scrapy crawl socongthuong -a site=haiduong -a archive=<double.url>

It archives a local copy (sites.py) as if the Internet Archive had crawled the real site: captures are of
the site's real address (``http://sct.haiduong.gov.vn/...``), so an archive crawl stores articles under
the URLs the live crawl would. It answers like the Wayback Machine:

- ``/cdx/search/cdx``: ``url``, ``matchType`` (exact, prefix, host, domain), ``output=json`` (a header row,
  then rows; else space-separated lines), ``fl``, ``filter`` (repeatable, ``[!]field:regex``), ``collapse``
  (``field`` or ``field:N``), ``from``/``to``, ``limit``, ``showResumeKey``/``resumeKey`` (after the rows, an
  empty row and a row with the key);
- ``/web/<timestamp>id_/<url>``: the capture's bytes as captured, a captured redirect as that redirect (its
  Location into the archive), another timestamp redirected to the closest capture, 404 when the archive has
  none (or has lost the capture's bytes);
- a storm of 429 (``Retry-After``) for a chosen run of requests (robots.txt not counted), or for all of them
  (``refusing``).

The captures of the Hải Dương copy include a print view and an old-CMS redirect of some articles, images and
robots.txt (filtered out by a crawl's CDX filters), two captures of the seed article a year apart with
different titles, a capture listed but lost (``missing_id``) and an article whose latest capture is a
redirect to another form of its URL (``redirected_id``).
"""

import json
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import formatdate
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urlsplit

from .server import MirrorServer
from .sites import SITES, HaiDuongSite, MirrorSite, Reply, html_reply

ORIGIN = {"haiduong": "http://sct.haiduong.gov.vn", "bacgiang": "http://sct.bacgiang.gov.vn"}
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
CAPTURE = re.compile(r"^/web/(\d{1,14})([a-z]{2}_)?/(.+)$", re.DOTALL)


def urlkey(url: str) -> str:
    """SURT-style key: host reversed, lower case, no www, sorted query ('gov,haiduong,sct)/news.aspx?cat=3')."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = "&".join(sorted(parts.query.lower().split("&"))) if parts.query else ""
    return ",".join(reversed(host.split("."))) + ")" + (parts.path.lower() or "/") + (f"?{query}" if query else "")


def timestamp_of(when: datetime) -> str:
    return when.strftime("%Y%m%d%H%M%S")


@dataclass
class Capture:
    timestamp: str
    original: str  # absolute URL of the page captured
    status: int = 200
    mimetype: str = "text/html"
    location: str | None = None  # a captured redirect's target (absolute)
    lost: bool = False  # listed in the index, its bytes gone (the archive answers 404)
    body: bytes | None = None  # bytes as captured, when not the copy's current page

    @property
    def key(self) -> str:
        return urlkey(self.original)

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.timestamp.ljust(14, "0"), "%Y%m%d%H%M%S")


class WaybackArchive:
    """The captures of one site copy, and the answers of a Wayback-compatible archive about them."""

    def __init__(self, site: MirrorSite, origin: str):
        self.site = site
        self.name = f"wayback-{site.name}"
        self.origin = origin.rstrip("/")
        self.captures: list[Capture] = []
        self.storm: tuple[int, int] | None = None  # (first request number, how many) answered 429
        self.refusing = False  # every request answered 429
        self.retry_after = 1
        self.delay = 0.0  # seconds each capture takes to serve (a slow archive)
        self.requests = 0
        self.log: list[tuple[float, str, int]] = []  # (time, target, status) of every request answered
        self._lock = threading.Lock()

    def add(self, capture: Capture) -> None:
        self.captures.append(capture)

    # -- answers --

    def answer(self, target: str) -> Reply:
        # robots.txt is not numbered: a storm of requests N to N+k hits the archive's API and captures
        # whenever each crawler (a second worker starting later) happens to read robots.txt.
        number = None
        if urlsplit(target).path != "/robots.txt":
            with self._lock:
                self.requests += 1
                number = self.requests
        reply = self._answer(target, number)
        self.log.append((time.monotonic(), target, reply.status))
        return reply

    def _answer(self, target: str, number: int | None) -> Reply:
        parts = urlsplit(target)
        if parts.path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /save/\n", content_type="text/plain")
        # number: None only for robots.txt, answered above
        storm = self.storm and number is not None and self.storm[0] <= number < self.storm[0] + self.storm[1]
        if self.refusing or storm:
            return Reply(429, b"<html><body>Too Many Requests</body></html>",
                         headers={"Retry-After": str(self.retry_after)})
        if parts.path == "/cdx/search/cdx":
            return self.cdx(parse_qsl(parts.query, keep_blank_values=True))
        match = CAPTURE.match(parts.path)
        if match:
            original = match.group(3) + (f"?{parts.query}" if parts.query else "")
            reply = self.capture(match.group(1), original)
            reply.delay = self.delay
            return reply
        return html_reply("<html><body>Not found</body></html>", 404)

    def capture(self, timestamp: str, original: str) -> Reply:
        original = re.sub(r"^(https?):/+", r"\1://", original)
        key = urlkey(original)
        found = [c for c in self.captures if c.key == key]
        if not found:
            return html_reply("<html><body>Wayback Machine has not archived that URL.</body></html>", 404)
        exact = next((c for c in found if c.timestamp == timestamp), None)
        if exact is None:  # the closest capture in time (ties: the earlier)
            asked = _when(timestamp)
            closest = min(found, key=lambda c: (abs((c.when - asked).total_seconds()), c.timestamp))
            return Reply(302, b"", headers={"Location": f"/web/{closest.timestamp}id_/{closest.original}"})
        headers = {"Memento-Datetime": formatdate(exact.when.timestamp(), usegmt=True)}
        if exact.lost:
            return html_reply("<html><body>This capture could not be loaded.</body></html>", 404)
        if exact.location:
            return Reply(exact.status, b"",
                         headers={**headers, "Location": f"/web/{exact.timestamp}id_/{exact.location}"})
        if exact.body is not None:
            return Reply(exact.status, exact.body, content_type=f"{exact.mimetype}; charset=utf-8", headers=headers)
        parts = urlsplit(exact.original)
        page = self.site.reply(parts.path or "/", dict(parse_qsl(parts.query)))
        return Reply(page.status, page.body, content_type=page.content_type, headers=headers)

    def cdx(self, params: list[tuple[str, str]]) -> Reply:
        single = dict(params)
        url = single.get("url", "")
        match_type = single.get("matchType", "exact")
        rows = sorted(self.captures, key=lambda c: (c.key, c.timestamp))
        rows = [c for c in rows if _in_scope(c, url, match_type)]
        if single.get("from"):
            rows = [c for c in rows if c.timestamp >= single["from"].ljust(14, "0")]
        if single.get("to"):
            rows = [c for c in rows if c.timestamp <= single["to"].ljust(14, "9")]
        records = [self.cdx_record(c) for c in rows]
        for name, value in params:
            if name == "filter":
                negate = value.startswith("!")
                field, _, pattern = value.lstrip("!").partition(":")
                regex = re.compile(pattern)
                records = [r for r in records if bool(regex.fullmatch(r.get(field, ""))) != negate]
        collapse = [value for name, value in params if name == "collapse"]
        resume = single.get("resumeKey")
        if resume:
            last_key, _, last_time = unquote_plus(resume).rpartition(" ")
            records = [r for r in records if (r["urlkey"], r["timestamp"]) > (last_key, last_time)
                       and not ("urlkey" in collapse and r["urlkey"] == last_key)]
        for spec in collapse:
            field, _, length = spec.partition(":")
            kept, previous = [], object()
            for record in records:
                value = record.get(field, "")[: int(length)] if length else record.get(field, "")
                if value != previous:
                    kept.append(record)
                previous = value
            records = kept
        limit = int(single["limit"]) if single.get("limit", "").lstrip("-").isdigit() else len(records)
        page, more = records[:limit], len(records) > limit
        fields = single.get("fl", ",".join(CDX_FIELDS)).split(",")
        table = [[record.get(field, "") for field in fields] for record in page]
        resume_key = quote_plus(f"{page[-1]['urlkey']} {page[-1]['timestamp']}") if more and page else None
        if single.get("output") == "json":
            data = [fields, *table] if table else []
            if resume_key and single.get("showResumeKey") == "true":
                data += [[], [resume_key]]
            return Reply(200, json.dumps(data).encode(), content_type="application/json")
        lines = [" ".join(row) for row in table]
        if resume_key and single.get("showResumeKey") == "true":
            lines += ["", resume_key]
        return Reply(200, ("\n".join(lines) + "\n").encode(), content_type="text/plain")

    @staticmethod
    def cdx_record(capture: Capture) -> dict:
        return {"urlkey": capture.key, "timestamp": capture.timestamp, "original": capture.original,
                "mimetype": capture.mimetype, "statuscode": str(capture.status),
                "digest": "-", "length": "0"}


def _when(timestamp: str) -> datetime:
    """The time a (possibly partial) timestamp asks for; an impossible one is the far future."""
    try:
        return datetime.strptime(timestamp.ljust(14, "0")[:14], "%Y%m%d%H%M%S")
    except ValueError:
        return datetime(9999, 12, 31)


def _in_scope(capture: Capture, url: str, match_type: str) -> bool:
    if match_type in ("host", "domain"):
        host = urlsplit(capture.original).hostname or ""
        wanted = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        return host == wanted or (match_type == "domain" and host.endswith("." + wanted))
    key = urlkey(url if "://" in url else f"http://{url}")
    if match_type == "prefix":
        return capture.key.startswith(key.rstrip("/") if key.endswith(")/") else key)
    return capture.key == key


class HaiDuongArchive(WaybackArchive):
    """The Hải Dương copy as the Internet Archive might hold it (see the module's docstring)."""

    def __init__(self, site: MirrorSite | None = None, origin: str = ORIGIN["haiduong"]):
        site = site or SITES["haiduong"]()
        assert isinstance(site, HaiDuongSite)  # its special pages and seed article are archived: no other has them
        super().__init__(site, origin)
        o = self.origin
        self.missing_id = 2004
        self.redirected_id = 2005
        self.seed_old_title = "Hoạt động khuyến công Hải Dương (bản cũ)"
        for article in site.articles.values():
            when = article.published + timedelta(days=2, hours=3)
            url = f"{o}{site.article_url(article)}"
            self.add(Capture(timestamp_of(when), url, lost=article.id == self.missing_id))
            if article.id % 7 == 0:  # a print view, captured too: the same article
                self.add(Capture(timestamp_of(when + timedelta(minutes=5)), f"{url}&print=1"))
        for special in (site.ERROR_404, site.ERROR_500, site.EMPTY):
            self.add(Capture("20201101080000", f"{o}/NewsDetail.aspx?id={special}",
                             status=404 if special == site.ERROR_404 else 500 if special == site.ERROR_500 else 200))
        for listing in site.listing_urls():
            self.add(Capture("20201102080000", f"{o}{listing}"))
        self.add(Capture("20201102070000", f"{o}/"))
        self.add(Capture("20201102070001", f"{o}/robots.txt", mimetype="text/plain"))
        self.add(Capture("20201102070002", f"{o}/images/logo.png", mimetype="image/png"))
        self.add(Capture("20201102070003", f"{o}/tin-tuc/2003.html", status=301,
                         location=f"{o}/NewsDetail.aspx?cat=3&id=2003"))
        # The seed article a year earlier, under an older title (archive_at picks this one).
        seed = site.articles[site.seed_id]
        seed_url = f"{o}{site.article_url(seed)}"
        old_page = site.reply("/NewsDetail.aspx", {"id": str(seed.id)}).body.decode("utf-8")
        self.add(Capture(timestamp_of(seed.published - timedelta(days=365)), seed_url,
                         body=old_page.replace(seed.title, self.seed_old_title).encode("utf-8")))
        # Its latest capture is a redirect to another form of its URL, captured a minute later.
        moved = site.articles[self.redirected_id]
        moved_url = f"{o}{site.article_url(moved)}"
        later = timestamp_of(datetime(2024, 3, 1, 9))
        self.add(Capture(later, moved_url, status=302, location=f"{moved_url}&lang=vi"))
        self.add(Capture(timestamp_of(datetime(2024, 3, 1, 9, 1)), f"{moved_url}&lang=vi",
                         body=site.reply("/NewsDetail.aspx", {"id": str(moved.id)}).body))

    def expected_articles(self) -> dict[str, str]:
        """Original canonical URL -> capture time (ISO) of every article a latest-capture crawl stores."""
        site, o = self.site, self.origin
        expected = {}
        for article in site.articles.values():
            if article.id == self.missing_id:
                continue
            url = f"{o}{site.article_url(article)}"
            captures = [c for c in self.captures if c.key == urlkey(url) and c.status == 200]
            latest = max(captures, key=lambda c: c.timestamp)
            if article.id == self.redirected_id:
                latest = max((c for c in self.captures if c.original == f"{url}&lang=vi"), key=lambda c: c.timestamp)
            expected[url] = latest.when.isoformat() + "+00:00"
        return expected


class PlainArchive(WaybackArchive):
    """The plain blog (a layout no profile knows) as archived under a host no profile names."""

    def __init__(self, site: MirrorSite | None = None, origin: str = "http://bqlkcn.example.vn"):
        site = site or SITES["plain"]()
        super().__init__(site, origin)
        self.add(Capture("20220101080000", f"{self.origin}/"))
        for article in site.articles.values():
            when = article.published + timedelta(days=1)
            self.add(Capture(timestamp_of(when), f"{self.origin}{site.article_url(article)}"))

    def expected_articles(self) -> dict[str, str]:
        return {c.original: c.when.isoformat() + "+00:00" for c in self.captures if "/bai-viet/" in c.original}


ARCHIVES = {"haiduong": HaiDuongArchive, "plain": PlainArchive}


class WaybackServer(MirrorServer):
    server_version = "nginx"

    def __init__(self, archive: "WaybackArchive", port: int = 0, quiet: bool = True, latency: float = 0.0):
        # An archive served as a site is: it has the site's name, and reply_to below is its own.
        super().__init__(archive, port, quiet, latency)  # type: ignore[arg-type]
        self.archive = archive

    def reply_to(self, target: str) -> Reply:
        return self.archive.answer(target)


def serve_wayback(site_name: str = "haiduong", port: int = 0, articles: int | None = None) -> WaybackServer:
    """A started archive double of the named site copy, on ``port`` (0: a free one), in a daemon thread."""
    site_class = SITES[site_name]
    site = site_class(articles) if articles else site_class()
    archive = ARCHIVES[site_name](site)
    return WaybackServer(archive, port).start_in_thread()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m testsites.wayback", description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="haiduong", choices=sorted(ARCHIVES))
    parser.add_argument("--port", type=int, default=8733)
    parser.add_argument("--articles", type=int)
    args = parser.parse_args()
    site_class = SITES[args.site]
    archive = ARCHIVES[args.site](site_class(args.articles) if args.articles else site_class())
    server = WaybackServer(archive, args.port)
    print(f"Archive of the {args.site} copy ({len(archive.captures)} captures) at {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
