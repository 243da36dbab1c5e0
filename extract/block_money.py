"""Money in the columns of tables (extract/blocks.py), by the unit their header row or the unit line
above them states.

A table's **header row** is its first row if it has no cell that is a figure but a year. Each
header cell says what its column holds (extract/columns.py): money in its own unit ("Kinh phí (triệu
đồng)"), no money ("STT", "Số dự án", "Tỷ lệ (%)", "Năm", "Diện tích (ha)"), or nothing, and then
the unit line above the table ("Đơn vị tính: triệu đồng", "(ĐVT: tỷ đồng)"), if the table stands in its
scope (extract/tables.py), holds. A table without a header row under a unit line ("Cát xây dựng
185.000" under "Đơn giá (đồng/m3)") has money in every figure cell but a row number or a year.

A data cell belongs to the header cell blocks.column_index says (the same place, or the one whose span
it overlaps in its line); a cell that can be given no column is left alone.

This finder reads tables aligned with runs of spaces; for pipe and tab tables, extract/tables.py reads
the figures and asks :func:`other_cells` which of them stand in a column that holds no money.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .blocks import Cell, Row, Table, column_index, tables
from .columns import OPEN, OTHER, Column, column_of, says_no_money
from .money import CURRENCY_PATTERN, Money, currency_code, whole_if_vnd
from .numbers import ENGLISH_FIGURE, MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, parse_number

# A unit line's scope: (scope start, scope end, multiplier, currency, per).
_Unit = tuple[int, int, int, str, "str | None"]

_FIGURE = re.compile(NUMBER_PATTERN)
# A unit in brackets, as a column head states it: "(triệu đồng)", "(đồng/m3)", "(USD)".
_HEAD_UNIT = re.compile(rf"\((?:[ \t]*+{MULTIPLIER_PATTERN})?[ \t]*+{CURRENCY_PATTERN}", re.IGNORECASE)


def _is_figure(cell: Cell, signed: bool = False) -> bool:
    return bool(cell.text) and (_SIGNED if signed else _FIGURE).fullmatch(cell.text) is not None


# A figure with its sign, a change ("-0,96", "+ 30.000"): a cell the unit line's reader takes too.
_SIGNED = re.compile(rf"[-–+]?[ \t]*+{NUMBER_PATTERN}")


def header_row(table: Table) -> int | None:
    """The index of the table's header row (its first row, when no cell of it is a figure but a year and
    one holds words), or None."""
    row = table.rows[0]
    # Years may head columns ("Chỉ tiêu | 2023 | 2024 | Tỷ lệ (%)"); other figures make a row of data.
    if any(_is_figure(cell) and not YEAR.fullmatch(cell.text) for cell in row.cells):
        return None
    return 0 if any(any(c.isalpha() for c in cell.text) for cell in row.cells) else None


def _data_cells(table: Table, signed: bool = False) -> Iterator[tuple[Cell, Column | None, bool]]:
    """(cell, column, first cell of its row?) for each figure cell below the header row (``signed``: a
    change's too); column None where the table has no header row."""
    h = header_row(table)
    if h is None:
        for row in table.rows:
            for i, cell in enumerate(row.cells):
                if _is_figure(cell, signed):
                    yield cell, None, i == 0
        return
    header = table.rows[h]
    columns = [column_of(cell.text) for cell in header.cells]
    for row in table.rows[h + 1 :]:
        if any(_is_figure(cell) for cell in row.cells) or len(row.cells) != len(columns):
            break
        _no_money_below(columns, header, row)
    for row in table.rows[h + 1 :]:
        for i, cell in enumerate(row.cells):
            if _is_figure(cell, signed):
                j = column_index(row, i, header)
                yield cell, (columns[j] if j is not None else None), i == 0


def _no_money_below(columns: list[Column], header: Row, row: Row) -> None:
    """A second row of heads, with no figure ("Ngày 8/6 | Ngày 9/6 | % thay đổi | |"), takes the money from a
    column of ``columns`` it heads as a share or a rank. Its empty cells at the end are the places of the heads
    of the first row that span both rows ("Tên loại"): its cells stand that many columns to the right."""
    texts = [cell.text for cell in row.cells]
    trailing = next((k for k, text in enumerate(reversed(texts)) if text), len(texts))  # empty cells at the end
    shift = trailing if all(cell.text for cell in header.cells[:trailing]) else 0
    for i, text in enumerate(texts[: len(texts) - shift]):
        if text and says_no_money(" ".join(text.split()).lower()):
            columns[i + shift] = OTHER


def other_cells(text: str, found: list[Table] | None = None, told_only: bool = False) -> set[int]:
    """Starts of the figure cells of pipe and tab tables whose column holds no money (or that stand
    where no column can be told, unless ``told_only``)."""
    out = set()
    for table in found if found is not None else tables(text):
        if table.kind == "space" or header_row(table) is None:
            continue
        for cell, column, _ in _data_cells(table, signed=True):
            if (column is None and not told_only) or (column is not None and column.kind == "other"):
                out.add(cell.start + len(cell.text) - len(cell.text.lstrip("-–+ \t")))  # where its number starts
    return out


def find_block_money(text: str, units: list[_Unit],
                     found: list[Table] | None = None) -> list[Money]:
    """Money in the columns of tables aligned with spaces. ``units``: the scopes of the unit lines of
    the text, (scope start, scope end, multiplier, currency, per), in text order."""
    out: list[Money] = []
    if not units and found is None and not _HEAD_UNIT.search(text):
        return out  # no unit stated anywhere: the tables need not be built
    for table in found if found is not None else tables(text):
        if table.kind != "space":
            continue
        unit = _unit_over(units, table.start)
        english = any(ENGLISH_FIGURE.fullmatch(cell.text) for row in table.rows for cell in row.cells)
        for cell, column, first in _data_cells(table):
            if column is not None and column.kind == "money":
                scale, currency, per = column.scale, column.currency, column.per
            elif unit is not None and (column is None or column is OPEN or column.kind == "open"):
                scale, currency, per = unit[2], unit[3], unit[4]
            else:
                continue
            assert currency is not None  # a money column names its currency
            if YEAR.fullmatch(cell.text):
                continue  # a year, not an amount
            if column is None and first and len(cell.text) < 3 and cell.text.isdigit():
                continue  # a row number
            value = exact(parse_number(cell.text, english=english) * scale)
            money = Money(cell.start, cell.end, value, currency, None, per)
            if whole_if_vnd(money):
                out.append(money)
    return out


def _unit_over(units: list[_Unit], start: int) -> _Unit | None:
    """The unit line whose scope holds ``start``, or None (``units`` in text order: the last one
    that starts before it)."""
    i = bisect.bisect_right(units, (start, float("inf"))) - 1
    return units[i] if i >= 0 and units[i][1] > start else None


def header_multiplier(header: re.Match[str]) -> int:
    """What a unit line scales its figures by: a multiplier word ("triệu đồng"), a number ("1.000.000đ",
    "1000 VNĐ") or nothing (1)."""
    number = header.group("number_mult")
    if number:
        return int(number.replace(".", "").replace(",", ""))
    return multiplier_value(
        header.group("mult") or header.group("price_mult") or header.group("line_mult") or header.group("bracket_mult")
    )


def unit_span_start(header: re.Match[str]) -> int:
    """Where a unit line's unit (its multiplier, else its currency) starts: the span from there to the
    line's end is the unit, never an amount ("1.000.000đ" of "Đơn vị: 1.000.000đ")."""
    for group in ("number_mult", "mult", "price_mult", "line_mult", "bracket_mult"):
        if header.start(group) >= 0:
            return header.start(group)
    return header.start("currency")


def unit_scope(header_match: re.Match[str], scope_end: int) -> _Unit:
    """A unit line's scope as :func:`find_block_money` takes it, from a match of tables._HEADER."""
    per = header_match.group("per")
    return (header_match.end(), scope_end, header_multiplier(header_match),
            currency_code(header_match.group("currency")), re.sub(r"[ \t]+", "", per) if per else None)
