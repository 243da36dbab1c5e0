"""Figures of a table whose rows are years, run together after a unit cell: a yearbook table flattened
to text, often on one line ("... Total Of which Domestic revenue Bill. dongs 2016 4.210 3.500 710 2017
4.805 4.000 805 Prel. 2018 5.300 4.420 880 Structure (%) 2016 100,00 ...").

The unit cell is a unit of đồng or dollars standing alone, in English ("Mill. dongs", "Bill. dongs",
"Thous. USD") or Vietnamese ("Triệu đồng", "Tỷ đồng"), with no figure before it (that would make it an
amount's unit: "500 triệu đồng"). Right after it come the rows, the first one's year after a blank, the
others' marked or not ("2016", "Prel.2018", "Sơ bộ 2018"), then the same number of cells in each row
(figures, or "-" for an empty one). Every figure of such a row is money in that unit. The table ends at
the first word that is neither a row's year nor a cell ("Structure (%)", which opens a block of shares),
and needs two rows at least: one year and a few figures after a unit could be prose. Where the heads
before the unit cell name a column of counts or shares ("Số dự án Vốn đăng ký Triệu USD"), which columns
the unit is for is not known, and the table is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .columns import says_no_money
from .money import CURRENCY_PATTERN, Money, currency_code, whole_if_vnd
from .numbers import ENGLISH_FIGURE, MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, parse_number

# English scale words of yearbook unit cells ("Mill. dongs", "Bill. dongs", "Thous. USD").
ENGLISH_SCALES = {"thous": 10**3, "mill": 10**6, "bill": 10**9}
_ENGLISH_CURRENCIES = {"dong": "VND", "dongs": "VND", "vnd": "VND", "usd": "USD"}

# Where a table of years may start: a year after a blank ("Mill. dongs 2007 ..."), looked for with
# ``str.find`` (C speed; a pattern for the unit's currency tried at every "d" and "đ" of a text cost three
# times as much), then a unit cell right before it, ending in one of these letters ("dongs", "VND", "đồng").
_YEAR_HINTS = (" 20", " 19", "\n20", "\n19")
_UNIT_LAST = frozenset("sSgGdDđĐ")
_YEAR_END = re.compile(r"\d\d\s")
# The whole unit cell, ending there.
_UNIT_CELL = re.compile(
    rf"(?<![\w.,])(?:(?P<scale>{'|'.join(ENGLISH_SCALES)})(?:ion)?s?\.?[ \t]*+(?P<english>dongs?|VND|USD)"
    rf"|(?P<mult>{MULTIPLIER_PATTERN})[ \t]++(?P<currency>{CURRENCY_PATTERN}))\Z",
    re.IGNORECASE,
)
_UNIT_REACH = 24
# Words that mark a year's figures as preliminary or estimated, before the year of a row.
_EARLY = r"(?:(?:prel(?:im(?:inary)?)?|est)\.?|sơ bộ|ước tính|ước)[ \t]*+"
_ROW_YEAR = re.compile(rf"\s++(?:{_EARLY})?(?:19|20)\d\d(?=\s|$)", re.IGNORECASE)
_CELL = re.compile(rf"\s++(?:(?P<number>{NUMBER_PATTERN})|[-–]|\.\.\.|…)(?=\s|$)")
_FIGURE_BEFORE = re.compile(rf"{NUMBER_PATTERN}\s*+$")

_MIN_ROWS = 2
_HEAD_REACH = 250
_DATA_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])")
_COUNT_HEAD = re.compile(r"(?<![^\W\d_])(?<!tổng )(?:số(?: lượng)?|number of) [^\W\d_]")


@dataclass(frozen=True)
class YearTable:
    """A table whose rows are years: its column heads, its unit cell and its rows' figure cells."""

    head: str
    unit: re.Match[str]
    rows: tuple[tuple[re.Match[str], ...], ...]

    @property
    def end(self) -> int:
        return max((row[-1].end() for row in self.rows if row), default=self.unit.end())


@lru_cache(maxsize=2)
def year_tables(text: str) -> tuple[YearTable, ...]:
    """The tables of ``text`` whose rows are years after a unit cell (see the module docstring); read once
    for the money and for the totals (extract/table_totals.py)."""
    found = []
    for unit in _unit_cells(text):
        if _FIGURE_BEFORE.search(text, max(0, unit.start() - 30), unit.start()):
            continue  # "500 triệu đồng 2016 ...": an amount's unit
        head = _head(text, unit.start())
        if _counts_or_shares(head):
            continue  # "Số dự án Vốn đăng ký Triệu USD": which column is money is not known
        rows = list(_rows(text, unit.end()))
        if len(rows) >= _MIN_ROWS:
            found.append(YearTable(head, unit, tuple(rows)))
    return tuple(found)


def _unit_cells(text: str) -> list[re.Match[str]]:
    """The unit cells of ``text`` with a year right after them, in the text's order."""
    found = {}
    for hint in _YEAR_HINTS:
        position = text.find(hint)
        while position >= 0:
            end = position
            while end > 0 and text[end - 1] in " \t\r\n":
                end -= 1
            if text[end - 1 : end] in _UNIT_LAST and _YEAR_END.match(text, position + 3):
                unit = _UNIT_CELL.search(text, max(0, end - _UNIT_REACH), end)
                if unit is not None:
                    found[unit.start()] = unit
            position = text.find(hint, position + 3)
    return [found[start] for start in sorted(found)]


def find_year_row_money(text: str) -> list[Money]:
    """Money of the tables of ``text`` whose rows are years after a unit cell."""
    out: list[Money] = []
    for table in year_tables(text):
        scale, currency = _unit(table.unit)
        figures = [cell for row in table.rows for cell in row]
        english = any(ENGLISH_FIGURE.fullmatch(m.group("number")) for m in figures)
        for m in figures:
            number = parse_number(m.group("number"), english=english)
            if number:
                money = Money(m.start("number"), m.end("number"), exact(number * scale), currency, None)
                if whole_if_vnd(money):
                    out.append(money)
    return out


def _head(text: str, end: int) -> str:
    """The column heads before a unit cell at ``end``: the words after the last figure of a table's cells
    (one with a separator or of three digits or more that is no year) within a few lines."""
    start = max(0, end - _HEAD_REACH)
    for figure in _DATA_FIGURE.finditer(text, start, end):
        if not YEAR.fullmatch(figure.group()):
            start = figure.end()
    return text[start:end]


def _counts_or_shares(head: str) -> bool:
    """Do the heads name a column of counts or shares ("Số dự án", "Tỷ lệ (%)")? Then the unit may not be
    every column's."""
    head = " ".join(head.lower().split())
    return says_no_money(head) or _COUNT_HEAD.search(head) is not None


def _unit(unit: re.Match[str]) -> tuple[int, str]:
    if unit.group("scale"):
        return ENGLISH_SCALES[unit.group("scale").lower()], _ENGLISH_CURRENCIES[unit.group("english").lower()]
    return multiplier_value(unit.group("mult")), currency_code(unit.group("currency"))


def _rows(text: str, position: int) -> Iterator[tuple[re.Match[str], ...]]:
    """The rows from ``position`` on, each its figure cells (empty cells left out), while each row has
    as many cells as the first."""
    width = 0
    while year := _ROW_YEAR.match(text, position):
        cells: list[re.Match[str]] = []
        end = year.end()
        while (cell := _CELL.match(text, end)) and not (width and len(cells) == width):
            if not width and cell.group("number") and YEAR.fullmatch(cell.group("number")):
                if not cells:
                    return  # years one after another: the heads of columns ("2019 2020 2021"), no rows
                break  # the next row's year: the first row sets the width
            cells.append(cell)
            end = cell.end()
        if not cells or width and len(cells) != width:
            return
        width = len(cells)
        yield tuple(cell for cell in cells if cell.group("number"))
        position = end
