"""``python -m extract [PATH ...]``: facts as JSON Lines (see docs/facts.md).

No PATH, or "-", reads standard input. Exit 0 on success (also when no fact is found); exit 2 with a
one-line error on standard error for an unreadable file or bytes that are not UTF-8.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from decimal import Decimal

from . import extract_facts
from .html import looks_like_html, main_text


# The facts contract, shipped with the project (a copy of the maintainers' spec, kept in step by a test).
FACTS_SPEC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "facts.md")
_DECIMAL_MARK = re.compile(r'"__decimal__([-+0-9.E]+)__"')


def to_json(fact: dict) -> str:
    """One JSON line; Decimals are written as exact JSON numbers, never through a float."""

    def default(value):
        if isinstance(value, Decimal):
            return f"__decimal__{value}__"
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    return _DECIMAL_MARK.sub(r"\1", json.dumps(fact, ensure_ascii=False, default=default))


def read_input(path: str) -> str:
    """The text of ``path`` ("-" for standard input), its main text if it is HTML."""
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    text = data.decode("utf-8-sig")
    return main_text(text) if looks_like_html(text) else text


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
    args = parser.parse_args(argv)
    paths = args.paths or ["-"]
    out = sys.stdout
    for path in paths:
        try:
            text = read_input(path)
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
