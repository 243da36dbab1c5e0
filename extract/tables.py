"""Figures of a table whose unit is stated once: "Đơn vị tính: triệu đồng", "ĐVT: tỷ đồng",
"Đơn giá (đồng/m3)", or a unit line such as "Triệu đồng - Millions of dong".

Below such a header, every figure standing alone in its line or cell is money in that unit. Row
numbers (small integers) and years are not figures. Where a figure of the table shows the English
grouping ("7,599,800"), the table is read that way throughout ("941,550" is 941 550).

In a table written with "|" or tabs, a column whose head gives the unit ("Kinh phí (triệu đồng)")
makes money of the figures below it in that column only: "Số đề án" beside it stays a count.
"""
from __future__ import annotations

import re

from .money import CURRENCY_PATTERN, Money, currency_code, whole_if_vnd
from .numbers import MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, parse_number

# Possessive quantifiers throughout: a page of blanks or tabs must not make these backtrack.
_HEADER = re.compile(
    r"(?:(?:đơn vị tính|đơn vị|đvt|unit)[ \t]*+[:：]?[ \t]*+\(?[ \t]*+(?:(?P<mult>{M})[ \t]++)?|đơn giá[ \t]*+\([ \t]*+"
    r"(?:(?P<price_mult>{M})[ \t]++)?|^[ \t|(]*+(?P<line_mult>{M})[ \t]++)"
    r"(?P<currency>{C})(?=[ \t]*+(?:[-)/|;,\n]|$))".format(M=MULTIPLIER_PATTERN, C=CURRENCY_PATTERN),
    re.IGNORECASE | re.MULTILINE,
)
_CELL_FIGURE = re.compile(rf"(?:^|(?<=[|\t]))[ \t]*+(?P<number>{NUMBER_PATTERN})[ \t]*+(?=$|[|\t])", re.MULTILINE)
_ENGLISH_FIGURE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


_COLUMN_UNIT = re.compile(
    rf"\(\s*(?:(?P<mult>{MULTIPLIER_PATTERN})\s+)?(?P<currency>{CURRENCY_PATTERN})\s*(?:/[^)]*)?\)", re.IGNORECASE
)
_CELL = re.compile(r"[^|\t\n]+")
_FIGURE = re.compile(NUMBER_PATTERN)


def find_table_money(text: str, taken) -> list[Money]:
    """Money figures of tables with a stated unit, outside the spans ``taken``."""
    out = _column_money(text, taken)
    for money in out:
        taken.add(money.start, money.end)
    headers = list(_HEADER.finditer(text))
    for i, header in enumerate(headers):
        region_end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        figures = [m for m in _CELL_FIGURE.finditer(text, header.end(), region_end)]
        english = any(_ENGLISH_FIGURE.fullmatch(m.group("number")) for m in figures)
        unit = multiplier_value(header.group("mult") or header.group("price_mult") or header.group("line_mult"))
        currency = currency_code(header.group("currency"))
        for m in figures:
            number_text = m.group("number")
            if not any(c in number_text for c in ".,") and (len(number_text) < 3 or YEAR.fullmatch(number_text)):
                continue  # a row number or a year
            if taken.overlaps(m.start("number"), m.end("number")):
                continue
            value = exact(parse_number(number_text, english=english) * unit)
            out.append(Money(m.start("number"), m.end("number"), value, currency, None))
            taken.add(m.start("number"), m.end("number"))
    return [money for money in out if whole_if_vnd(money)]


def _column_money(text: str, taken) -> list[Money]:
    """Figures in the columns of "|" or tab tables whose head cell names a unit."""
    out, units = [], None  # units: column index -> (multiplier, currency) of the table being read
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        if line.count("|") < 2 and line.count("\t") < 1:
            units = None  # a line outside any table ends it
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line) if m.group().strip()]
        head = {i: m for i, (_, cell) in enumerate(cells) if (m := _COLUMN_UNIT.search(cell))}
        if head:
            units = {i: (multiplier_value(m.group("mult")), currency_code(m.group("currency"))) for i, m in head.items()}
            continue
        for i, (offset, cell) in enumerate(cells):
            if units and i in units and (figure := _FIGURE.fullmatch(cell.strip())):
                start = line_start + offset + cell.index(figure.group())
                end = start + len(figure.group())
                if not taken.overlaps(start, end):
                    scale, currency = units[i]
                    out.append(Money(start, end, exact(parse_number(figure.group()) * scale), currency, None))
    return out
