"""The finders: each reads the whole text on its own and proposes candidate facts
(:class:`resolve.Candidate`), never looking at what another finder found.

A finder that needs to keep its own figures apart (money's anchors before its bare amounts, a
table's column before its unit line) does so in a record of its own. :data:`FINDERS` maps each
finder's name, the name :data:`resolve.PRECEDENCE` ranks, to its function; adding or moving one
changes no other finder's proposals, and :func:`resolve.resolve` settles who keeps a span.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .block_money import find_block_money, unit_scope
from .counts import Count, find_counts
from .dates import find_date_like, find_dates, find_percents, find_periods
from .english import find_english_money
from .legal import find_legal_refs
from .lists import find_list_money
from .money import Money, find_money
from .resolve import Candidate
from .tables import find_table_counts, find_table_money, unit_scopes
from .text import Claims
from .unit_rows import find_unit_masks, find_unit_row_money
from .words import find_words_money
from .year_rows import find_year_row_money


def legal_refs(text: str) -> list[Candidate]:
    return [
        Candidate("legal_ref", "legal_ref", r.start, r.end, dict(
            code=r.code, doc_type=r.doc_type, number=r.number, year=r.year, issued=r.issued, issuer=r.issuer,
            issuer_from_code=r.issuer_from_code))
        for r in find_legal_refs(text)
    ]


def dates(text: str) -> list[Candidate]:
    return [Candidate("date", "date", d.start, d.end, dict(value=d.value)) for d in find_dates(text)]


def periods(text: str) -> list[Candidate]:
    return [
        Candidate("period", "period", p.start, p.end, dict(start_year=p.value[0], end_year=p.value[1]))
        for p in find_periods(text)
    ]


def date_like(text: str) -> list[Candidate]:
    return [Candidate("date_like", "date_like", s.start, s.end, mask=True) for s in find_date_like(text)]


def percents(text: str) -> list[Candidate]:
    return [Candidate("percent", "percent", p.start, p.end, dict(value=p.value)) for p in find_percents(text)]


Record = TypeVar("Record", Money, Count)


def _linked(found: Sequence[Record], make: Callable[[Record], Candidate]) -> list[Candidate]:
    """A candidate made of each record, the chains of ``leans_on`` carried over from record to candidate."""
    out = [make(record) for record in found]
    made = {id(record): candidate for record, candidate in zip(found, out, strict=True)}
    for record, candidate in zip(found, out, strict=True):
        if record.leans_on is not None:
            candidate.leans_on = made.get(id(record.leans_on))
    return out


def _money(finder: str, found: Sequence[Money]) -> list[Candidate]:
    return _linked(found, lambda m: Candidate(finder, "money", m.start, m.end, {
        "value": m.value, "currency": m.currency, "qualifier": m.qualifier, "per": m.per, "restates": None}))


def _counts(finder: str, found: Sequence[Count]) -> list[Candidate]:
    return _linked(found, lambda c: Candidate(finder, "count", c.start, c.end,
                                              {"value": c.value, "unit": c.unit, "restates": None}))


def money(text: str) -> list[Candidate]:
    return _money("money", find_money(text, Claims(len(text))))


def money_english(text: str) -> list[Candidate]:
    return _money("money_english", find_english_money(text))


def money_table(text: str) -> list[Candidate]:
    return _money("money_table", find_table_money(text, Claims(len(text))))


def money_block(text: str) -> list[Candidate]:
    scopes = [unit_scope(header, end) for header, end in unit_scopes(text)]
    return _money("money_block", find_block_money(text, scopes))


def unit_masks(text: str) -> list[Candidate]:
    """The units of unit lines and unit cells ("1.000.000đ", "Tỷ đồng" in a unit column): never amounts."""
    return [Candidate("unit_mask", "unit_mask", start, end, mask=True) for start, end in find_unit_masks(text)]


def money_row(text: str) -> list[Candidate]:
    return _money("money_row", find_unit_row_money(text))


def money_year_rows(text: str) -> list[Candidate]:
    return _money("money_year_rows", find_year_row_money(text))


def money_list(text: str) -> list[Candidate]:
    return _money("money_list", find_list_money(text))


def money_words(text: str) -> list[Candidate]:
    """Amounts in words ("Mười một tỷ không trăm bảy mươi hai triệu đồng"); what they restate is marked
    after the resolver has settled the figures in digits (words.mark_restatements)."""
    found = find_words_money(text, Claims(len(text)), [])
    return [Candidate("money_words", "money", w.start, w.end, {
        "value": w.value, "currency": w.currency, "qualifier": None, "per": None, "restates": None, "in_words": True})
        for w in found]


def count_table(text: str) -> list[Candidate]:
    return _counts("count_table", find_table_counts(text, Claims(len(text))))


def counts(text: str) -> list[Candidate]:
    return _counts("count", find_counts(text, Claims(len(text))))


FINDERS: dict[str, Callable[[str], list[Candidate]]] = {
    "legal_ref": legal_refs,
    "date": dates,
    "period": periods,
    "date_like": date_like,
    "percent": percents,
    "unit_mask": unit_masks,
    "money": money,
    "money_english": money_english,
    "money_row": money_row,
    "money_year_rows": money_year_rows,
    "money_table": money_table,
    "money_block": money_block,
    "money_list": money_list,
    "money_words": money_words,
    "count_table": count_table,
    "count": counts,
}
