"""Settling overlaps between the facts the finders propose, by one rule that does not depend on the
order in which the finders ran.

Every finder reads the text on its own (it sees no other finder's results) and proposes
:class:`Candidate` facts. :func:`resolve` then keeps a candidate unless it overlaps a stronger one:

1. **Precedence** of the finder that proposed it, from :data:`PRECEDENCE` (one table): a legal
   reference beats a date in its symbol, a date or a percentage beats the money or count a bare
   figure of it could be, money written in the text beats a figure of a table read under a unit,
   money beats a count.
2. At equal precedence, the **longer** span (so a span beats one it contains).
3. Then the **earlier start**.

A *mask* (``mask=True``: a date-like span such as "năm 2019" or "6/4") is never a fact; it only
takes its span away from every candidate of lower precedence, whatever else it overlaps.

A candidate that **leans on** another (``leans_on``: the lower end of "10-20 triệu đồng", the earlier
items of "30 tỷ, 40 tỷ đồng", all read from the amount that carries the multiplier or currency) is
dropped with it: a list is not read from an amount that is not one. It ranks right after the one
it leans on, whatever its own length.

Candidates are sorted by that rule before anything is kept, and a candidate's fate depends only
on the candidates ranked before it, so the facts are the same in whatever order the finders ran.
A sort of the candidates, then one pass over them (one byte per character marks the kept
spans, :class:`text.Claims`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

# Finder names, strongest first. A new finder gets its place here, and only here.
PRECEDENCE = (
    "legal_ref",
    "date",
    "period",
    "date_like",  # a mask
    "unit_mask",  # a mask: the unit of a unit line or a unit cell ("1.000.000đ", "Tỷ đồng")
    "percent",
    "money",  # amounts with their currency or multiplier in the text
    "money_english",  # amounts written in English ("VND 1.5 billion", "2,345 billion VND")
    "money_row",  # figures of a row whose unit cell names it, or of a row under a unit line (single spaces)
    "money_year_rows",  # figures of a table whose rows are years, after a unit cell ("Mill. dongs 2016 ...")
    "money_table",  # figures of "|" and tab tables under a unit line or a unit column head
    "money_block",  # figures of tables aligned with spaces, by column heads and unit lines
    "money_list",  # bare items of a list between stated amounts ("Lào Cai 95, ...")
    "money_words",  # amounts in words ("Mười một tỷ ... đồng")
    "count_table",  # a table row whose head names the counted noun
    "count",
)
_RANK = {name: rank for rank, name in enumerate(PRECEDENCE)}


@dataclass(eq=False, slots=True)
class Candidate:
    """A fact a finder proposes: its type, span, fields, and the finder that proposed it."""

    finder: str
    kind: str  # the fact's type ("money", "count", ...); unused for a mask
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    mask: bool = False
    leans_on: Candidate | None = None



def _orders(candidates: list[Candidate]) -> list[tuple[int, int, int, int]]:
    """The sort key of each candidate: (precedence, minus length, start, place in its chain), where a
    candidate that leans on another takes the key of the candidate its chain starts from, and ranks
    right after the one it leans on. Each key is computed once (a list of n items is a chain of n)."""
    chained: dict[int, tuple[int, int, int, int]] = {}

    def key_of(candidate: Candidate) -> tuple[int, int, int, int]:
        chain = []
        node = candidate
        while node.leans_on is not None and id(node) not in chained:
            chain.append(node)
            node = node.leans_on
        key = chained.get(id(node)) or (_RANK[node.finder], node.start - node.end, node.start, 0)
        for node in reversed(chain):
            key = chained[id(node)] = key[:3] + (key[3] + 1,)
        return key

    return [
        (_RANK[c.finder], c.start - c.end, c.start, 0) if c.leans_on is None else key_of(c) for c in candidates
    ]


def resolve(candidates: list[Candidate], size: int) -> list[Candidate]:
    """The candidates kept by the rule of the module docstring (masks left out), in text order."""
    # The kept spans, a byte per character (text.Claims, inlined: this loop runs once per candidate).
    mask = bytearray(size)
    find = mask.find
    kept: set[int] = set()
    out = []
    keys = _orders(candidates)
    for i in sorted(range(len(candidates)), key=keys.__getitem__):
        candidate = candidates[i]
        start, end = candidate.start, candidate.end
        if find(1, start, end) >= 0:
            continue
        # What it leans on ranks right before it (``_orders``), so it is settled already.
        if candidate.leans_on is not None and id(candidate.leans_on) not in kept:
            continue
        mask[start:end] = b"\x01" * (end - start)
        if not candidate.mask:
            kept.add(id(candidate))
            out.append(candidate)
    out.sort(key=_SPAN)
    return out


_SPAN = attrgetter("start", "end")  # a C-level key: a lambda here was half of the resolver's time
