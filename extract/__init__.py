"""Facts from the text of Vietnamese government bulletins: money, legal references, counts, dates,
periods and percentages, each with its exact span and sentence (see ../shared/spec/facts.md).

    >>> from extract import extract_facts
    >>> [f["value"] for f in extract_facts("Tổng kinh phí là 11,072 tỷ đồng.") if f["type"] == "money"]
    [11072000000]

Pure functions: text in, facts out, no I/O.
"""
from __future__ import annotations

from operator import itemgetter

from .breakdowns import mark_breakdowns
from .counts import find_counts
from .dates import find_date_like, find_dates, find_percents, find_periods
from .legal import find_legal_refs
from .money import find_money
from .rates import mark_rates
from .tables import find_table_counts, find_table_money
from .text import Claims, Sentences, nfc
from .words import find_words_money

__version__ = "0.3.0"
# Stored with every fact row: re-extraction after a change of rules is visible in the data.
EXTRACTOR_VERSION = __version__

__all__ = ["EXTRACTOR_VERSION", "extract_article_facts", "extract_facts"]

_BY_SPAN = itemgetter("start", "end")


def extract_facts(text: str) -> list[dict]:
    """All facts of ``text`` in text order, offsets into its NFC form.

    Each fact is a dict with ``type``, ``text``, ``start``, ``end``, ``sentence`` and the fields of
    its type: money (``value``, ``currency``, ``qualifier``), legal_ref (``code``, ``doc_type``,
    ``number``, ``year``, ``issued``, ``issuer``, ``issuer_from_code``), count (``value``, ``unit``),
    date (``value``), period (``start_year``, ``end_year``), percent (``value``). Money and count
    facts also carry ``per`` (a money rate's unit), ``part_of`` (the ``start`` of the total they are
    a part of), ``parts`` and ``parts_sum`` (on a total: how its parts add up) and ``restates`` (on
    an amount in words: the ``start`` of the figure in digits it restates), each None where it does
    not apply.
    """
    text = nfc(text or "")
    taken = Claims(len(text))
    facts: list[dict] = []

    def new_fact(kind: str, start: int, end: int, **fields) -> dict:
        return {"type": kind, "text": text[start:end], "start": start, "end": end, **fields}

    def add(kind: str, start: int, end: int, **fields) -> None:
        """A fact whose span the finders after it must leave alone."""
        facts.append(new_fact(kind, start, end, **fields))
        taken.add(start, end)

    for ref in find_legal_refs(text):
        add("legal_ref", ref.start, ref.end, code=ref.code, doc_type=ref.doc_type, number=ref.number,
            year=ref.year, issued=ref.issued, issuer=ref.issuer, issuer_from_code=ref.issuer_from_code)
    for date in find_dates(text):
        if not taken.overlaps(date.start, date.end):
            add("date", date.start, date.end, value=date.value)
    for period in find_periods(text):
        if not taken.overlaps(period.start, period.end):
            add("period", period.start, period.end, start_year=period.value[0], end_year=period.value[1])
    for span in find_date_like(text):
        taken.add(span.start, span.end)
    for percent in find_percents(text):
        if not taken.overlaps(percent.start, percent.end):
            add("percent", percent.start, percent.end, value=percent.value)
    # Money and counts mark their spans in ``taken`` themselves, as they find them.
    money_found = find_money(text, taken) + find_table_money(text, taken)
    money_found += find_words_money(text, taken, money_found)
    for money in money_found:
        facts.append(new_fact("money", money.start, money.end, value=money.value, currency=money.currency,
                              qualifier=money.qualifier, per=money.per, restates=getattr(money, "restates", None)))
    for count in find_table_counts(text, taken) + find_counts(text, taken):
        facts.append(new_fact("count", count.start, count.end, value=count.value, unit=count.unit, restates=None))

    facts.sort(key=_BY_SPAN)
    # Rates first: a rate is never a total nor a part.
    mark_rates(text, facts)
    mark_breakdowns(text, facts)
    if facts:
        sentences = Sentences(text)
        for fact in facts:
            fact["sentence"] = sentences.around(fact["start"], fact["end"])
    return facts


def extract_article_facts(title: str | None, lead: str | None, body: str | None) -> list[dict]:
    """Facts of an article's title, lead and body; each carries ``field`` and offsets into that field."""
    facts = []
    for field, text in (("title", title), ("lead", lead), ("body", body)):
        for fact in extract_facts(text or ""):
            fact["field"] = field
            facts.append(fact)
    return facts
