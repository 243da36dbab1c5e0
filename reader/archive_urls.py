"""Addresses of web archives' captures: ``<archive>/web/<timestamp>[id_]/<original URL>`` (the Wayback form).

Shared by the archive crawl (spiders/archive.py) and ``db reparse``, which reads a kept capture as the page it
is of.
"""

import re
from urllib.parse import urlsplit

CAPTURE = re.compile(r"/web/(\d{4,14})(?:[a-z]{2}_)?/(.+)$", re.DOTALL)


def split_capture(url: str) -> tuple[str, str] | None:
    """(timestamp, original URL) of a capture URL (``.../web/<timestamp>id_/<url>``), else None."""
    parts = urlsplit(url)
    match = CAPTURE.search(parts.path)
    if not match:
        return None
    original = match.group(2)
    # Some servers and clients squeeze "http://" into "http:/" inside a path.
    original = re.sub(r"^(https?):/+", r"\1://", original)
    if "://" not in original:
        original = "http://" + original
    if parts.query:
        original += "?" + parts.query
    return match.group(1), original
