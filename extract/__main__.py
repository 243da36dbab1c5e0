"""``python -m extract [PATH ...]``: facts as JSON Lines (see docs/facts.md).

No PATH, or "-", reads standard input. Exit 0 on success (also when no fact is found); exit 2 with a
one-line error on standard error for an unreadable file or bytes that are not UTF-8.

Input is bounded as the crawl bounds it: at most ``--max-bytes`` are read (the crawl's
DOWNLOAD_MAXSIZE, 5 MiB) and the text is cut at ``--max-chars`` (its MAX_ARTICLE_CHARS, 200,000
characters), at a space, with a one-line warning on standard error; facts' offsets refer to the cut
text, which is a prefix of the whole.
"""
from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
from decimal import Decimal
from typing import Any

from . import extract_facts
from .html import looks_like_html, main_text

# The crawl's bounds (spiders/settings.py, DOWNLOAD_MAXSIZE and MAX_ARTICLE_CHARS; a test checks they agree).
MAX_BYTES = 5 * 2**20
MAX_CHARS = 200_000

# The facts contract, shipped with the project (a copy of the maintainers' spec, kept in step by a test).
FACTS_SPEC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "facts.md")
_DECIMAL_MARK = re.compile(r'"__decimal__([-+0-9.E]+)__"')


def to_json(fact: dict[str, Any]) -> str:
    """One JSON line; Decimals are written as exact JSON numbers, never through a float."""

    def default(value: object) -> str:
        if isinstance(value, Decimal):
            return f"__decimal__{value}__"
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    return _DECIMAL_MARK.sub(r"\1", json.dumps(fact, ensure_ascii=False, default=default))


def read_input(path: str, max_bytes: int = 0) -> str:
    """The text of ``path`` ("-" for standard input), its main text if it is HTML.

    With ``max_bytes``, only that many bytes are read (a warning says so); a character that the
    limit cuts in two is dropped.
    """
    data = _read_bytes(path, max_bytes)
    if max_bytes and len(data) > max_bytes:
        warn(f"{path}: read only the first {max_bytes:,} bytes (--max-bytes)")
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data[:max_bytes], final=False)
    else:
        text = data.decode("utf-8-sig")
    return main_text(text) if looks_like_html(text) else text


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of ``path``: all of them, or ``max_bytes`` and one more (to tell that there were more)."""
    size = max_bytes + 1 if max_bytes else -1
    if path == "-":
        return sys.stdin.buffer.read(size)
    with open(path, "rb") as file:
        return file.read(size)


def cut_text(path: str, text: str, max_chars: int) -> str:
    """``text`` cut at ``max_chars`` characters, at a space as the crawl cuts an article, with a warning."""
    if not max_chars or len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars + 1)
    short = text[: cut if cut > max_chars // 2 else max_chars]
    warn(f"{path}: text cut to {len(short):,} of its {len(text):,} characters (--max-chars {max_chars})")
    return short


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command; a reader that stops early (``| head -1``) ends it quietly, exit 0."""
    try:
        return run(argv)
    except BrokenPipeError:
        # Python would report the pipe again when it flushes standard output on exit: point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extract", description=__doc__.split("\n\n")[0],
        epilog=f"The facts and their fields: {FACTS_SPEC} (in the repository: docs/facts.md).",
    )  # fmt: skip
    parser.add_argument("paths", nargs="*", metavar="PATH", help='text or HTML files; "-" or none for standard input')
    parser.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                        help=f"cut a longer text at N characters, as the crawl does (default {MAX_CHARS:,}; 0: no cut)")
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                        help=f"read at most N bytes of each input, as the crawl does (default {MAX_BYTES:,}; 0: all)")
    args = parser.parse_args(argv)
    paths = args.paths or ["-"]
    out = sys.stdout
    for path in paths:
        try:
            text = cut_text(path, read_input(path, args.max_bytes), args.max_chars)
        except UnicodeDecodeError as error:
            print(f"error: {path}: not UTF-8 text (byte {error.start})", file=sys.stderr)
            return 2
        except OSError as error:
            print(f"error: {path}: cannot read: {error.strerror or error}", file=sys.stderr)
            return 2
        for fact in extract_facts(text):
            if len(paths) > 1:
                fact["path"] = path
            out.write(to_json(fact) + "\n")
    out.flush()  # here, where a closed pipe is caught, not at exit
    return 0


if __name__ == "__main__":
    sys.exit(main())
