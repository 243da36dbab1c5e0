"""Serve a mirror site over real HTTP on 127.0.0.1 (ThreadingHTTPServer), in this thread or a background one."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from .sites import SITES, MirrorSite


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops connections when a crawl opens many at once

    def __init__(self, site: MirrorSite, port: int = 0, quiet: bool = True):
        super().__init__(("127.0.0.1", port), MirrorHandler)
        self.site = site
        self.quiet = quiet
        self.requests: list[str] = []  # every path+query asked for, so tests can see what a crawl fetched
        self.user_agents: set[str] = set()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def record(self, target: str, user_agent: str) -> None:
        with self._lock:
            self.requests.append(target)
            self.user_agents.add(user_agent)

    def start_in_thread(self) -> "MirrorServer":
        threading.Thread(target=self.serve_forever, name=f"mirror-{self.site.name}", daemon=True).start()
        return self


class MirrorHandler(BaseHTTPRequestHandler):
    server: MirrorServer
    server_version = "Microsoft-IIS/8.5"
    sys_version = ""

    def do_GET(self) -> None:
        self.server.record(self.path, self.headers.get("User-Agent", ""))
        parts = urlsplit(self.path)
        reply = self.server.site.reply(parts.path, dict(parse_qsl(parts.query)))
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to answer

    def log_message(self, format: str, *args) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


def serve(site_name: str = "haiduong", port: int = 0, articles: int | None = None, **options) -> MirrorServer:
    """A started server for the named site, on ``port`` (0: a free one), in a daemon thread."""
    site_class = SITES[site_name]
    site = site_class(articles, **options) if articles else site_class(**options)
    return MirrorServer(site, port).start_in_thread()
