"""``python -m extract`` bounds its input as the crawl does: bytes read, characters extracted."""

import json
import subprocess
import sys
from pathlib import Path

import extract.__main__ as cli
from spiders import settings

ROOT = Path(__file__).resolve().parents[1]


def run(args, stdin: bytes):
    return subprocess.run([sys.executable, "-m", "extract", *args], input=stdin, cwd=ROOT,
                          capture_output=True, timeout=300)


def test_the_defaults_are_the_crawls():
    assert cli.MAX_CHARS == settings.MAX_ARTICLE_CHARS
    assert cli.MAX_BYTES == settings.DOWNLOAD_MAXSIZE


def test_a_long_text_is_cut_with_a_one_line_warning():
    text = "Kinh phí 1 tỷ đồng. " * 25_000  # 500,000 characters
    p = run([], text.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    warning = p.stderr.decode().strip()
    assert warning.count("\n") == 0
    assert (warning.startswith("warning: -: text cut to ")
            and "of its 500,000 characters (--max-chars 200000)" in warning)
    facts = [json.loads(line) for line in p.stdout.decode().splitlines()]
    money = [f for f in facts if f["type"] == "money"]
    assert len(money) == 10_000 and max(f["end"] for f in facts) <= 200_000
    assert all(text[f["start"]:f["end"]] == f["text"] for f in facts)


def test_max_chars_zero_extracts_everything():
    text = "Kinh phí 1 tỷ đồng. " * 12_000  # 240,000 characters
    p = run(["--max-chars", "0"], text.encode("utf-8"))
    assert p.returncode == 0 and p.stderr == b""
    assert sum(json.loads(line)["type"] == "money" for line in p.stdout.decode().splitlines()) == 12_000


def test_max_bytes_cuts_between_characters():
    data = "Kinh phí 2 tỷ đồng, ấấấấấ".encode()
    p = run(["--max-bytes", str(len(data) - 1)], data)  # inside the last "ấ" (3 bytes)
    assert p.returncode == 0, p.stderr
    assert p.stderr.decode().strip() == f"warning: -: read only the first {len(data) - 1:,} bytes (--max-bytes)"
    assert [json.loads(line)["value"] for line in p.stdout.decode().splitlines()] == [2_000_000_000]


def test_cut_text_cuts_at_a_space():
    assert cli.cut_text("x", "aaaa bbbb cccc", 11) == "aaaa bbbb"
    assert cli.cut_text("x", "aaaa", 11) == "aaaa"
