"""Which kind of file a document is: magic bytes first, then the Content-Type, then the URL's extension.

Servers mislabel attachments ("application/octet-stream", a .pdf link that serves an HTML error page), so
the bytes decide whenever they can. Office Open XML files are zip archives: the kind is read from the
names in the archive's central directory (word/, xl/), which needs no decompression.
"""

from __future__ import annotations

import io
import zipfile
from urllib.parse import urlsplit

__all__ = ["detect_kind", "KINDS"]

KINDS = ("pdf", "docx", "xlsx", "odt", "ods", "doc", "xls", "rtf", "html", "zip", "unknown")

_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "text/html": "html",
    "application/xhtml+xml": "html",
}
_EXTENSIONS = {"pdf", "docx", "xlsx", "odt", "ods", "doc", "xls", "rtf", "html", "htm"}

# OLE2 compound file (legacy .doc and .xls): the same magic for both; the stream names tell them apart.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip_kind(data: bytes) -> str | None:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None  # a damaged zip (a download cut off): the Content-Type or the name may still say what it was
    if "mimetype" in names:
        try:  # OpenDocument: the first member, stored uncompressed, names the type
            mime = zipfile.ZipFile(io.BytesIO(data)).open("mimetype").read(100).decode("ascii", "replace")
        except Exception:
            mime = ""
        if "opendocument.text" in mime:
            return "odt"
        if "opendocument.spreadsheet" in mime:
            return "ods"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    return "zip"


def _ole_kind(data: bytes) -> str | None:
    # The directory entries are UTF-16 names; "WordDocument" or "Workbook"/"Book" tells which program wrote it.
    head = data[: 1 << 20]
    if "WordDocument".encode("utf-16-le") in head:
        return "doc"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xls"
    return None  # the directory sits past a cut: let the Content-Type or the name decide


def _magic(data: bytes) -> str | None:
    head = data[:1024].lstrip()
    if data[:1024].find(b"%PDF-") != -1:  # some servers prepend a few bytes; the spec allows 1024
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(_OLE2):
        return _ole_kind(data)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in low:
        return "html"
    return None


def detect_kind(data: bytes, url: str = "", content_type: str | None = None) -> str:
    """One of KINDS: by the bytes when they say, else the Content-Type, else the URL's extension."""
    kind = _magic(data) if data else None
    if kind:
        return kind
    damaged = "zip" if data.startswith(b"PK") else None
    if content_type:
        ct = content_type.split(";")[0].strip().lower()
        if ct in _CONTENT_TYPES:
            return _CONTENT_TYPES[ct]
    ext = urlsplit(url).path.rsplit(".", 1)[-1].lower() if "." in urlsplit(url).path else ""
    if ext in _EXTENSIONS:
        return "html" if ext == "htm" else ext
    return damaged or "unknown"
