"""Pages whose declared charset is wrong, decoded as what their bytes are.

Old department portals serve windows-1258 pages that say ``charset=utf-8`` (a template copied from a newer
site) and UTF-8 pages that say ``windows-1258`` or ``iso-8859-1`` (a server default). Decoded as declared,
the first come out full of replacement characters, the second as mojibake ("Sá»Ÿ CÃ´ng ThÆ°Æ¡ng"), and
every title, body and fact is lost. The bytes tell which is right:

- bytes declared UTF-8 that are not valid UTF-8 (impossible sequences: a lone 0xE0-0xFF byte of a legacy
  letter) are windows-1258, the Vietnamese legacy code page;
- bytes declared as a single-byte code page that are valid UTF-8 and not plain ASCII are UTF-8 (legacy
  Vietnamese text is never valid UTF-8 by chance: its letters are not followed by continuation bytes).

The spider's callbacks (``repairing``) and the probe read the repaired response (one log line each time). A
decorator rather than a downloader middleware: the crawl's middlewares are other branches' settings. Text is made
NFC when it is read (spiders/parsing.py), as for every page.
"""

import functools
import logging

from scrapy.http import TextResponse
from w3lib.encoding import resolve_encoding

logger = logging.getLogger(__name__)

LEGACY = "cp1258"  # windows-1258
UTF8 = "utf-8"
SINGLE_BYTE = {"cp1258", "cp1252", "latin-1", "iso8859-1", "ascii", "cp1251", "cp1250", "iso8859-15"}


def invalid_utf8_sequences(body: bytes, limit: int = 100) -> int:
    """How many byte sequences of ``body`` are not UTF-8 (counted up to ``limit``)."""
    count, start = 0, 0
    while count < limit:
        try:
            body[start:].decode(UTF8)
            return count
        except UnicodeDecodeError as error:
            count += 1
            start += error.end
    return count


def true_encoding(response: TextResponse) -> tuple[str, str, str] | None:
    """(declared, actual, evidence) when the page's bytes are not in the charset it declares, else None."""
    declared = resolve_encoding(response.encoding) or response.encoding
    body = response.body
    if declared in ("utf-8", "utf8"):
        invalid = invalid_utf8_sequences(body)
        if invalid:
            return declared, LEGACY, f"{invalid}{'+' if invalid >= 100 else ''} byte sequences impossible in UTF-8"
        return None
    if declared in SINGLE_BYTE and not body.isascii():
        try:
            body.decode(UTF8)
        except UnicodeDecodeError:
            return None
        return declared, UTF8, "the bytes are valid UTF-8 with multi-byte letters"
    return None


def repaired(response: TextResponse) -> TextResponse:
    """The response decoded as what its bytes are (the same response when its charset is right)."""
    if not isinstance(response, TextResponse):
        return response
    found = true_encoding(response)
    if found is None:
        return response
    declared, actual, evidence = found
    logger.warning("Charset of %s: declared %s, but %s; read as %s", response.url, declared, evidence,
                   "windows-1258" if actual == LEGACY else actual)
    return response.replace(encoding=actual)


def repairing(callback):
    """A spider callback that gets its response decoded right (stat ``socongthuong/charset_repaired``)."""

    @functools.wraps(callback)
    def wrapper(spider, response, *args, **kwargs):
        fixed = repaired(response)
        if fixed is not response:
            spider.crawler.stats.inc_value("socongthuong/charset_repaired")
        return callback(spider, fixed, *args, **kwargs)

    return wrapper
