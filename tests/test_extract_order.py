"""The facts do not depend on the order in which the finders run (extract/resolve.py).

Two checks over the development texts (read at test time, skipped if absent) and over every example
string of the extractor's tests: the finders run in 51 orders (reversed, then 50 random) give the same facts (no finder
depends on another's results or state), and the resolver given the candidates in 60 random orders
keeps the same ones.
"""
from __future__ import annotations

import ast
import json
import pathlib
import random

import pytest

import extract
from extract import extract_facts
from extract.finders import FINDERS
from extract.resolve import PRECEDENCE, resolve

DEV_TEXTS = pathlib.Path("/work/shared/dev/texts")
TESTS = pathlib.Path(__file__).resolve().parent


def _example_strings() -> list[str]:
    """The string literals with a digit in the extractor's tests."""
    seen: dict[str, None] = {}
    for path in sorted(TESTS.glob("test_extract_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and any(c.isdigit() for c in node.value):
                if len(node.value) < 20_000:
                    seen.setdefault(node.value)
    return list(seen)


def _dev_texts() -> list[str]:
    if not DEV_TEXTS.is_dir():
        return []
    return [path.read_text(encoding="utf-8") for path in sorted(DEV_TEXTS.glob("*.txt"))]


def _dump(facts: list[dict]) -> str:
    return json.dumps(facts, ensure_ascii=False, sort_keys=True, default=str)


def _orders(count: int, seed: int) -> list[list[str]]:
    names = list(FINDERS)
    rng = random.Random(seed)
    orders = [names[::-1]]
    for _ in range(count):
        order = names[:]
        rng.shuffle(order)
        orders.append(order)
    return orders


def test_every_finder_has_a_precedence():
    assert set(FINDERS) == set(PRECEDENCE)


@pytest.mark.parametrize("corpus", ["dev", "examples"])
def test_finders_in_any_order_give_the_same_facts(monkeypatch, corpus):
    texts = _dev_texts() if corpus == "dev" else _example_strings()
    if not texts:
        pytest.skip("no development texts here")
    expected = [_dump(extract_facts(text)) for text in texts]
    # The reversed order, then 50 random ones.
    for order in _orders(50, seed=19):
        monkeypatch.setattr(extract, "FINDERS", {name: FINDERS[name] for name in order})
        assert [_dump(extract_facts(text)) for text in texts] == expected, order


@pytest.mark.parametrize("corpus", ["dev", "examples"])
def test_resolver_keeps_the_same_candidates_in_any_order(corpus):
    texts = _dev_texts() if corpus == "dev" else _example_strings()
    if not texts:
        pytest.skip("no development texts here")
    rng = random.Random(3)
    for text in texts:
        text = extract.nfc(text)
        candidates = [c for finder in FINDERS.values() for c in finder(text)]
        expected = [(c.finder, c.start, c.end) for c in resolve(candidates, len(text))]
        for _ in range(60):
            rng.shuffle(candidates)
            assert [(c.finder, c.start, c.end) for c in resolve(candidates, len(text))] == expected


def test_a_stronger_finder_wins_and_a_list_falls_with_its_anchor():
    from extract.resolve import Candidate

    anchor = Candidate("money", "money", 10, 25)
    lower = Candidate("money", "money", 4, 8, leans_on=anchor)
    date = Candidate("date", "date", 20, 30)
    count = Candidate("count", "count", 4, 6)
    kept = resolve([lower, count, anchor, date], 40)
    # The date beats the amount it overlaps; the list item read from that amount falls with it, and
    # the count in its place stays.
    assert [(c.finder, c.start) for c in kept] == [("count", 4), ("date", 20)]


def test_a_longer_span_wins_at_equal_precedence():
    from extract.resolve import Candidate

    short = Candidate("count", "count", 5, 8)
    long = Candidate("count", "count", 3, 12)
    assert resolve([short, long], 20) == [long]
