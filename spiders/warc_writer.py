"""WARC files (ISO 28500) written with warcio: the records of a page, and the process that writes them.

``WarcFile`` appends one exchange (a page's response record, then its request record) and returns what an
article row keeps of it: the file, the response record's offset and the SHA-256 of the body.

warcio builds the records (headers, digests, WARC-Record-ID, WARC-Concurrent-To); each record is then
written as its own gzip member, the usual ``.warc.gz`` layout, so that ``warc_offset`` points at the start
of a member and ``warcio extract FILE OFFSET`` reads that record alone. The members are compressed here
rather than by warcio's writer, which always uses zlib at level 9: levels 1-3 use ISA-L (python-isal), which
on these pages takes about a tenth of the CPU time of zlib at any level for files a few percent larger than
zlib's level 6 (benchmarks/warc_cost.py); levels 4-9 use zlib; 0 writes a plain ``.warc``.

``python -m spiders.warc_writer FILE LEVEL`` is the writer process of a crawl (spiders/warc.py): it reads
pickled ``Exchange`` frames on its standard input, writes and flushes each, and answers one line
``OFFSET SHA256`` per frame, in order. It imports neither Scrapy nor the extractor, and ends at the end of
its input, so that it ends with the crawl however the crawl ends.
"""

import hashlib
import io
import pickle
import struct
import sys
import zlib
from http import HTTPStatus
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from isal import isal_zlib
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Twisted has already removed the chunked framing from the body: the header would make readers de-chunk it.
DROPPED_RESPONSE_HEADERS = {b"transfer-encoding"}

FRAME_LENGTH = struct.Struct("<I")  # the length of each pickled exchange on the writer process's input


class Exchange(NamedTuple):
    """A page as fetched, in plain values: what the writer process receives."""

    url: str
    status: int
    protocol: str
    headers: list[tuple[bytes, list[bytes]]]
    body: bytes
    method: str
    request_url: str
    request_headers: list[tuple[bytes, list[bytes]]]
    request_body: bytes
    fetched_at: str  # WARC-Date, e.g. 2025-01-01T12:00:00Z

    @classmethod
    def of(cls, request, response, fetched_at: str) -> "Exchange":
        """The exchange of a Scrapy request and its response."""
        # dict.items: Scrapy's Headers is a dict of lists; its own items() looks every name up again.
        return cls(response.url, response.status, getattr(response, "protocol", None) or "HTTP/1.1",
                   list(dict.items(response.headers)), response.body, request.method, request.url,
                   list(dict.items(request.headers)), request.body or b"", fetched_at)


def body_sha256(body: bytes) -> str:
    """What ``articles.body_sha256`` holds: the hex SHA-256 of the response body as received."""
    return hashlib.sha256(body).hexdigest()


def gzip_member(data: bytes, level: int) -> bytes:
    """``data`` as one gzip member: ISA-L for levels 1-3 (its range), zlib for 4-9."""
    compress = isal_zlib.compress if level <= isal_zlib.ISAL_BEST_COMPRESSION else zlib.compress
    return compress(data, level, wbits=zlib.MAX_WBITS + 16)


def header_pairs(headers: list[tuple[bytes, list[bytes]]], dropped=frozenset()) -> list[tuple[str, str]]:
    """(name, value) strings as warcio wants them, one pair per value."""
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers if name.lower() not in dropped for value in values]


class WarcFile:
    """One WARC file being written: records appended as gzip members, offsets returned."""

    def __init__(self, path: Path, gzip_level: int = 1, software: str = "vn-bulletins"):
        self.path = path
        self.gzip_level = gzip_level
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(path, "ab")
        self.buffer = io.BytesIO()
        self.builder = WARCWriter(self.buffer, gzip=False)  # builds records and serialises them into the buffer
        self.write(self.builder.create_warcinfo_record(path.name, {
            "software": software, "format": "WARC File Format 1.0", "conformsTo":
            "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"}))
        self.file.flush()

    def write(self, record) -> int:
        """Append one record; its offset in the file."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.builder.write_record(record)
        data = self.buffer.getvalue()
        if self.gzip_level:
            data = gzip_member(data, self.gzip_level)
        offset = self.file.tell()
        self.file.write(data)
        return offset

    def write_exchange(self, exchange: Exchange) -> tuple[int, str]:
        """The response record and then its request record, flushed: the response record's offset and the
        body's SHA-256."""
        try:
            phrase = HTTPStatus(exchange.status).phrase
        except ValueError:
            phrase = ""
        response_record = self.builder.create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body), length=len(exchange.body),
            http_headers=StatusAndHeaders(f"{exchange.status} {phrase}".strip(),
                                          header_pairs(exchange.headers, DROPPED_RESPONSE_HEADERS),
                                          protocol=exchange.protocol),
            warc_headers_dict={"WARC-Date": exchange.fetched_at})
        offset = self.write(response_record)

        parts = urlsplit(exchange.request_url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_record = self.builder.create_warc_record(
            exchange.request_url, "request", payload=io.BytesIO(exchange.request_body),
            length=len(exchange.request_body),
            http_headers=StatusAndHeaders(f"{exchange.method} {target} HTTP/1.1",
                                          [("Host", parts.netloc), *header_pairs(exchange.request_headers)],
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": exchange.fetched_at, "WARC-Concurrent-To":
                               response_record.rec_headers.get_header("WARC-Record-ID")})
        self.write(request_record)
        # Flushed per page: an article stored by the worker process must find its record in the file, even
        # if the crawl is killed next.
        self.file.flush()
        return offset, body_sha256(exchange.body)

    def close(self) -> None:
        self.file.close()


def frame(exchange: Exchange) -> bytes:
    """One exchange as the writer process reads it."""
    data = pickle.dumps(tuple(exchange), protocol=5)
    return FRAME_LENGTH.pack(len(data)) + data


def serve(path: Path, gzip_level: int, frames=sys.stdin.buffer, answers=sys.stdout.buffer) -> None:
    """The writer process: frames in, ``OFFSET SHA256`` lines out, until the input ends."""
    warc = WarcFile(path, gzip_level)
    try:
        while len(head := frames.read(FRAME_LENGTH.size)) == FRAME_LENGTH.size:
            (length,) = FRAME_LENGTH.unpack(head)
            # The frames come from the crawl process that started this one, through a pipe: trusted.
            exchange = Exchange(*pickle.loads(frames.read(length)))
            offset, sha256 = warc.write_exchange(exchange)
            answers.write(b"%d %s\n" % (offset, sha256.encode()))
            answers.flush()
    finally:
        warc.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
