"""Extraction is linear in the length of its input: work counted, not time.

A fact's sentence (``Sentences.around``) used to search the whole sentence for a line break: on a page
that is one long sentence of figures ("1 tỷ 1 tỷ ..."), that is the whole text for every fact, so
100,000 characters took 0.9 s and 1,000,000 took 15.8 s. These tests count the characters the
sentence code scans (``str.find``/``rfind`` and its regular expressions' ranges) and require ten times
the text to cost about ten times the work, not a hundred.
"""

import re

import pytest

import extract.text as text_module
from extract.text import Sentences


class Scanned:
    """Characters scanned so far by the counted searches."""

    def __init__(self) -> None:
        self.chars = 0


class CountingText(str):
    """A text whose ``find`` and ``rfind`` add the characters they look at to a counter: up to the
    match (from the start for ``find``, from the end for ``rfind``), or their whole range."""

    scanned: Scanned

    def find(self, sub, start=0, end=None):
        start, end, _ = slice(start, end).indices(len(self))
        found = str.find(self, sub, start, end)
        self.scanned.chars += max(0, (found + len(sub) if found >= 0 else end) - start)
        return found

    def rfind(self, sub, start=0, end=None):
        start, end, _ = slice(start, end).indices(len(self))
        found = str.rfind(self, sub, start, end)
        self.scanned.chars += max(0, end - (found if found >= 0 else start))
        return found


class CountingPattern:
    """A compiled pattern whose searches add the length of the range they cover to a counter."""

    def __init__(self, pattern: re.Pattern, scanned: Scanned) -> None:
        self.pattern, self.scanned = pattern, scanned

    def finditer(self, text, pos=0, endpos=2**62):
        self.scanned.chars += max(0, min(endpos, len(text)) - pos)  # the whole range
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text, pos=0, endpos=2**62):
        found = self.pattern.search(text, pos, endpos)
        self.scanned.chars += max(0, (found.end() if found else min(endpos, len(text))) - pos)
        return found

    def match(self, text, pos=0, endpos=2**62):
        return self.pattern.match(text, pos, endpos)  # anchored: bounded by what it matches


def sentence_work(text: str, monkeypatch, fact: str) -> int:
    """Characters scanned to find the sentence of every occurrence of ``fact`` in ``text``."""
    scanned = Scanned()
    for name in ("_NEWLINE", "_BLANK"):
        monkeypatch.setattr(text_module, name, CountingPattern(getattr(text_module, name), scanned))
    counted = CountingText(text)
    counted.scanned = scanned
    sentences = Sentences(counted)
    scanned.chars = 0  # the splitter's own pass is not what is measured here
    for found in re.finditer(re.escape(fact), text):
        sentence = sentences.around(found.start(), found.end())
        assert fact in sentence and len(sentence) <= text_module.MAX_SENTENCE + len(fact)
    return scanned.chars


PATTERNS = {
    "one long sentence": "1 tỷ ",
    "a line per figure": "1 tỷ\n",
    "wrapped lines": "1 tỷ đồng\nvà ",
    "list items": "- 1 tỷ đồng;\n",
}


@pytest.mark.parametrize("unit", PATTERNS.values(), ids=PATTERNS.keys())
def test_sentence_lookup_is_linear(monkeypatch, unit):
    fact = "1 tỷ"
    small = sentence_work(unit * (10_000 // len(unit)), monkeypatch, fact)
    large = sentence_work(unit * (1_000_000 // len(unit)), monkeypatch, fact)
    # 100 times the text: about 100 times the work (a quadratic lookup does 10,000 times).
    assert large <= 150 * max(small, 1), (small, large)


def test_line_lookup_is_linear(monkeypatch):
    """Facts outside every sentence the splitter found are given their line: also by bisection."""
    works = []
    for size in (10_000, 1_000_000):
        scanned = Scanned()
        monkeypatch.setattr(text_module, "_NEWLINE", CountingPattern(text_module.re.compile(r"\n"), scanned))
        text = CountingText("1 tỷ " * (size // 5))
        text.scanned = scanned
        sentences = Sentences(text)
        sentences.starts, sentences.ends = [], []  # as if the splitter had found nothing
        scanned.chars = 0
        for start in range(0, size, 5):
            sentences.around(start, start + 4)
        works.append(scanned.chars)
    assert works[1] <= 150 * works[0], works


def test_sentences_unchanged_around_line_breaks():
    text = "Tổng kinh phí là 11,072\ntỷ đồng. Dự án B:\n- 5 tỷ đồng;\n- 3 tỷ đồng.\n\nKết thúc 2 tỷ."
    sentences = Sentences(text)
    at = text.index
    assert sentences.around(at("11,072"), at("11,072") + 6) == "Tổng kinh phí là 11,072\ntỷ đồng."
    assert sentences.around(at("5 tỷ"), at("5 tỷ") + 4) == "- 5 tỷ đồng;"
    assert sentences.around(at("3 tỷ"), at("3 tỷ") + 4) == "- 3 tỷ đồng."
    assert sentences.around(at("2 tỷ"), at("2 tỷ") + 4) == "Kết thúc 2 tỷ."
