"""Serve a mirror site over real HTTP on 127.0.0.1, in this thread or a background one.

One asyncio loop answers every connection: a slow page sleeps without holding a thread, and serving takes
about half the CPU time of http.server's thread per request (0.2-0.3 ms a page against 0.3-0.5 in
benchmarks/crawl_speed.py), which matters where the server shares a small machine with the crawl it
serves. It answers like the portals' IIS: HTTP/1.1 status lines, a ``Server`` header, one request per
connection, 400 to what is not an HTTP request. A POST's form (``application/x-www-form-urlencoded``, at most
MAX_BODY_BYTES, its length given by ``Content-Length``) goes to the site: ASP.NET postbacks.
"""

import asyncio
import socket
import sys
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import Self
from urllib.parse import parse_qsl, urlsplit

from .sites import SITES, MirrorSite, Reply

MAX_HEAD_BYTES = 65536
MAX_BODY_BYTES = 1 << 20  # a WebForms page's viewstate is tens of KB; more is no form of these sites


class MirrorServer:
    server_version = "Microsoft-IIS/8.5"

    def __init__(self, site: MirrorSite, port: int = 0, quiet: bool = True, latency: float = 0.0):
        # Bound at once, so the URL is known before serving starts; a backlog of 128: a crawl opens many at once.
        self.socket = socket.create_server(("127.0.0.1", port), backlog=128)
        self.server_address = self.socket.getsockname()
        self.site = site
        self.quiet = quiet
        self.latency = latency  # seconds every answer takes at least (a far-away site, for benchmarks)
        self.conditional: list[str] = []  # targets asked for with If-None-Match or If-Modified-Since
        self.requests: list[str] = []  # every path+query asked for, so tests can see what a crawl fetched
        self.user_agents: set[str] = set()
        # (method, path+query, body) of every request: what a POST sent (a postback's form) is in its body.
        self.exchanges: list[tuple[str, str, bytes]] = []
        # When each request came (time.monotonic(), path+query): tests measure request rates with it.
        self.request_times: list[tuple[float, str]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        # The gate (hold_after): answers held until the test opens it, whatever the machine's speed.
        self._gate: tuple[int, Callable[[str], bool]] | None = None
        self._gate_open: asyncio.Event | None = None
        self._gate_passed = 0
        self.held: list[str] = []  # path+query of every request whose answer the gate held
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def serve_forever(self) -> None:
        """Serve until ``shutdown()`` (from another thread) or Ctrl-C."""
        asyncio.run(self._serve())

    def start_in_thread(self) -> Self:
        self._thread = threading.Thread(target=self.serve_forever, name=f"mirror-{self.site.name}", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def shutdown(self) -> None:
        """Stop serving and close the socket; waits for the serving thread."""
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)
        self.socket.close()

    def hold_after(self, count: int, matches: Callable[[str], bool] = lambda target: True) -> None:
        """Answer the first ``count`` requests for which ``matches(path+query)`` is true, then hold the answers
        of the next ones until ``open_gate()``: a test interrupts a crawl at a known point of its progress,
        whatever the speed of the machine (``held`` lists what waits). Call before the crawl starts."""
        self._gate, self._gate_passed, self.held = (count, matches), 0, []
        self._gate_open = asyncio.Event()  # bound to the serving loop when first awaited (Python >= 3.10)

    def open_gate(self) -> None:
        """Answer every held request, and every later one without holding it."""
        self._gate = None
        if self._loop is not None and self._gate_open is not None:
            self._loop.call_soon_threadsafe(self._gate_open.set)

    async def _through_gate(self, target: str) -> None:
        gate, opened = self._gate, self._gate_open
        if gate is None or opened is None or not gate[1](target):
            return
        if self._gate_passed < gate[0]:
            self._gate_passed += 1
            return
        self.held.append(target)
        await opened.wait()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._answer, sock=self.socket, limit=MAX_HEAD_BYTES)
        self._ready.set()
        async with server:
            await self._stop.wait()

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()  # the client left before its request was whole: nothing to answer
            return
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, version = (request_line.split(" ") + ["", "", ""])[:3]
        if not (target.startswith("/") and version.startswith("HTTP/")):
            await self._send(writer, method, Reply(400, b"Bad Request", "text/plain"))
            return
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in header_lines)}
        body, refusal = b"", None
        if method == "POST":
            body, refusal = await self._read_body(reader, headers.get("content-length"))
        self.request_times.append((time.monotonic(), target))
        self.requests.append(target)  # list.append and set.add are atomic: tests read these from other threads
        self.exchanges.append((method, target, body))
        self.user_agents.add(headers.get("user-agent", ""))
        if refusal is not None:
            await self._send(writer, method, refusal)
            return
        try:
            if method == "POST":
                reply = self.post_to(target, dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)))
            else:
                reply = self.reply_to(target)
        except (ValueError, UnicodeDecodeError):  # a query or form the site cannot read ("?page=abc"): 400, as IIS
            reply = Reply(400, b"Bad Request", "text/plain")
        except Exception as error:  # a bug of the copy: an answer all the same, never a dropped connection
            reply = Reply(500, f"Internal Server Error: {type(error).__name__}".encode(), "text/plain")
        if headers.get("if-none-match") or headers.get("if-modified-since"):
            self.conditional.append(target)
            if reply.status == 200 and headers.get("if-none-match") == reply.headers.get("ETag"):
                reply = Reply(304, b"", reply.content_type, headers={"ETag": reply.headers["ETag"]})
        try:
            await self._through_gate(target)
            if delay := max(reply.delay, self.latency):
                await asyncio.sleep(delay)
        except asyncio.CancelledError:  # the server stops with a slow or held page still pending: no answer
            writer.close()
            return
        await self._send(writer, method, reply)
        if not self.quiet:
            print(f'127.0.0.1 "{request_line}" {reply.status} {len(reply.body)}', file=sys.stderr)

    def reply_to(self, target: str) -> Reply:
        """The answer to a request for ``target`` (path and query as sent)."""
        parts = urlsplit(target)
        return self.site.reply(parts.path, dict(parse_qsl(parts.query)))

    def post_to(self, target: str, form: dict[str, str]) -> Reply:
        """The answer to a POST of ``form`` (its fields) to ``target``."""
        parts = urlsplit(target)
        return self.site.reply(parts.path, dict(parse_qsl(parts.query)), form)

    async def _read_body(self, reader: asyncio.StreamReader, length: str | None) -> tuple[bytes, Reply | None]:
        """A POST's body, or the refusal IIS gives: 411 without a length, 400 for a length that is no
        number or a body cut short, 413 for more than MAX_BODY_BYTES (not read)."""
        if length is None:
            return b"", Reply(411, b"Length Required", "text/plain")
        if not length.isdigit():
            return b"", Reply(400, b"Bad Request: Content-Length", "text/plain")
        if int(length) > MAX_BODY_BYTES:
            return b"", Reply(413, b"Request Entity Too Large", "text/plain")
        try:
            return await reader.readexactly(int(length)), None
        except (asyncio.IncompleteReadError, ConnectionError):
            return b"", Reply(400, b"Bad Request: body shorter than its Content-Length", "text/plain")

    async def _send(self, writer: asyncio.StreamWriter, method: str, reply: Reply) -> None:
        fields = {"Server": self.server_version, "Date": formatdate(usegmt=True),
                  "Content-Type": reply.content_type, "Content-Length": str(len(reply.body)),
                  **reply.headers, "Connection": "close"}
        status = HTTPStatus(reply.status)
        lines = [f"HTTP/1.1 {status.value} {status.phrase}", *(f"{k}: {v}" for k, v in fields.items())]
        try:
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            if method != "HEAD":
                writer.write(reply.body)
            await writer.drain()
        except ConnectionError:
            pass  # the client gave up (a timeout test); nothing to answer
        finally:
            writer.close()


def serve(site_name: str = "haiduong", port: int = 0, articles: int | None = None, **options) -> MirrorServer:
    """A started server for the named site, on ``port`` (0: a free one), in a daemon thread."""
    site_class = SITES[site_name]
    site = site_class(articles, **options) if articles else site_class(**options)
    return MirrorServer(site, port).start_in_thread()
