"""Facts from the text of Vietnamese government bulletins: money, legal references, counts, dates,
periods and percentages, each with its exact span and sentence (see docs/facts.md).

    >>> from extract import extract_facts
    >>> [f["value"] for f in extract_facts("Tổng kinh phí là 11,072 tỷ đồng.") if f["type"] == "money"]
    [11072000000]

Pure functions: text in, facts out, no I/O.

Each finder (extract/finders.py) reads the text on its own and proposes candidates; one resolver
(extract/resolve.py) settles overlapping candidates by a fixed rule: the finder's precedence (one
table), then the longer span, then the earlier start. The facts do not depend on the order in which
the finders run. Rates, then totals and parts, are marked on the facts kept.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Any

from .breakdowns import mark_breakdowns
from .cell_lines import rejoin_cell_lines
from .exact_parts import mark_exact_parts
from .finders import FINDERS
from .rates import mark_rates
from .resolve import resolve
from .shares import mark_share_parts
from .summed_totals import mark_summed_totals
from .table_totals import mark_table_totals
from .text import Sentences, fold_look_alikes, nfc
from .words import mark_restatements

__version__ = "0.12.0"  # price tables: captions closed by "đ/kg.", "(Đơn vị: VNĐ/kg)" column heads, a second row
# of heads taking a share's column, changes one cell a line or glued in brackets; counts of unknown abbreviations, of
# "đồng bào", "hs", pairs "x noun/y noun", a range's lower end under its multiplier, capitalised buildings; fractions,
# zones and names with a hyphen no figures; symbols glued to the next word or to their issuer, issuers with "&";
# sublists of a list's last item, a label's value before its "gồm:", counts of a noun's head word in a bracket that
# add up, the one of two amounts that can hold the part, "trong đó" with no figure before it in its sentence
# (0.11.0: ranges and signed changes in pipe cells, rows left short by a spanning cell, parted
# decimals, pairs with both currencies, bounded ranges; counts after a colon or "khoảng", no addresses or ratios;
# dropped "Đ" and spaced issuers in symbols, dates in brackets; of two totals the one the parts add up to,
# paragraphs that open like the first part, "Theo đó,", no parts from labelled lists or "mỗi" figures; 0.10.0:
# yearbook pages flattened from PDFs (rows a line under bilingual labels, dashes, the unit
# and the heads at the page's foot, page numbers, Cyrillic look-alikes), a price report's cells run together, cells
# after a pipe, a sentence or a numbered head inside a table, row numbers of tables by column; breakdowns in a
# bracket after a list of names, exact sums in the next paragraph, comparisons in brackets, averages as rates
# (0.9.0: tables flattened one cell a line put back in rows, small cells and period heads, a comma before
# three digits with no scale word, parts by their share continuing a breakdown, "Trong tổng số" without "có", what a
# count is per; no amount in an exchange-rate block; 0.8.0: tables whose rows are years after a unit cell, financial
# statements ("VND", notes, outlines A./I./1.), cells between lines of a pipe, "Sơ bộ" columns, "Trong đó:" rows;
# breakdowns over a paragraph's sentences, over paragraphs of items, further back past a caption, by dimension ("Theo
# lĩnh vực,"); places counted with commas; 0.7.0: tables of more shapes (two-level and wrapped heads, share and change
# columns, price tables by measure, divisions of rows), totals by column and by numbered row, amounts in English; 0.6.0:
# totals and parts further off (sum-confirmed), flattened table total rows, a unit line under its table, ditto marks,
# "1,234.5", local-government and document nouns, "tỉnh/thành phố"; 0.5.0: units per row, "yen", "₫", space-grouped
# thousands; the paragraph after, totals after their parts; 0.4.0: order-free finders, tables by column, lists, words,
# scale words, counted nouns as written))
# Stored with every fact row: re-extraction after a change of rules is visible in the data.
EXTRACTOR_VERSION = __version__

__all__ = ["EXTRACTOR_VERSION", "extract_article_facts", "extract_facts"]

_BY_SPAN = itemgetter("start", "end")


def extract_facts(text: str) -> list[dict[str, Any]]:
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
    # The rules read tables flattened one cell a line as rows, and Vietnamese letters a PDF's font gave as
    # Cyrillic ones as Vietnamese; offsets and figures are the same in both.
    reading = rejoin_cell_lines(fold_look_alikes(text))
    candidates = [candidate for finder in FINDERS.values() for candidate in finder(reading)]
    facts = [
        {"type": c.kind, "text": text[c.start : c.end], "start": c.start, "end": c.end, **c.fields}
        for c in resolve(candidates, len(reading))
    ]
    facts.sort(key=_BY_SPAN)
    mark_restatements(reading, facts)  # a figure in words beside its digits: never counted twice
    # Rates first: a rate is never a total nor a part.
    mark_rates(reading, facts)
    mark_breakdowns(reading, facts)
    mark_summed_totals(reading, facts)  # totals written after their parts ("Như vậy, tổng ...")
    mark_table_totals(reading, facts)
    mark_share_parts(reading, facts)  # parts given with their share of a total ("..., chiếm 28,4%")
    if facts:
        sentences = Sentences(text)
        mark_exact_parts(reading, facts, sentences)  # a sentence's figures adding up to the total of the one before
        for fact in facts:
            fact["sentence"] = sentences.around(fact["start"], fact["end"])
    return facts


def extract_article_facts(title: str | None, lead: str | None, body: str | None) -> list[dict[str, Any]]:
    """Facts of an article's title, lead and body; each carries ``field`` and offsets into that field."""
    facts = []
    for field, text in (("title", title), ("lead", lead), ("body", body)):
        for fact in extract_facts(text or ""):
            fact["field"] = field
            facts.append(fact)
    return facts
