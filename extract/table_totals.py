"""Totals and their parts in tables: a row headed "Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh" holds
totals, and the figures in the same column of the rows below it, down to the next total row or the
table's end, are its parts when they add up to it exactly (rows above a last total row, when no row
follows it). Precision first: a column whose rows do not add up exactly (sub-totals, rows left out)
gets nothing, since a wrong ``part_of`` hides money from sums.

A table flattened to one line a row, its cells parted by single blanks ("1. Tổng giá trị tăng thêm Tỷ đồng
29315.30 32239.90 ..." over "Nông, lâm nghiệp và thủy sản Tỷ đồng 13589.90 ..."), has no columns to read:
there the k-th figure of a total row is divided by the k-th figures of the rows right below it, as many
as add up to it exactly (two at least), down to a blank line, a line without figures or the next total row.
Once some column adds up so, the same rows are the parts of its other columns too when they come to less
(a row left out of the table: taxes on products under value added), never when they come to more.

Runs after extract/breakdowns.py, on figures that are no part yet and no rate; a part has its
total's kind (extract.breakdowns.fits).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from .blocks import Row, column_index, tables
from .breakdowns import fits

# The first cell with text of a total row (after a row number, if any), whole: "Tổng cộng", "Tổng số:",
# "Cộng", "Toàn tỉnh" ("Tổng số doanh nghiệp" heads a row of its own figures, not of totals).
_TOTAL_HEAD = (r"(?:tổng[ \t]+cộng|tổng[ \t]+số|tổng|cộng|toàn[ \t]+(?:tỉnh|thành phố|huyện|quốc|ngành)|cả[ \t]+nước)"
               r"(?:[ \t]*+[:.])?")
_TOTAL_CELL = re.compile(_TOTAL_HEAD, re.IGNORECASE)
# A line that may be a total row: a total's head opens it (after blanks, pipes, a row number) and a cell
# separator (a pipe, a tab, two blanks) follows.
_TOTAL_LINE = re.compile(rf"^[ \t|\d.]*+{_TOTAL_HEAD}(?:[ \t]*+[|\t]|[ \xa0]{{2}})", re.IGNORECASE | re.MULTILINE)
# A row of a flattened table that holds totals: its label opens with a total's head, after a row number.
_FLAT_TOTAL_LINE = re.compile(
    r"^[ \t]*+(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*+)?(?:tổng|cộng|toàn[ \t]+(?:tỉnh|thành phố|huyện|quốc|ngành)"
    r"|cả[ \t]+nước)(?![^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_ROWS_BELOW = 40


def _is_total(row: Row) -> bool:
    for cell in row.cells:
        if cell.text and not cell.text.isdigit():
            return _TOTAL_CELL.fullmatch(cell.text) is not None
    return False


def mark_table_totals(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``part_of``, ``parts``, ``parts_sum`` for the totals rows of the tables of ``text``."""
    in_cells, flattened = _TOTAL_LINE.search(text), _FLAT_TOTAL_LINE.search(text)
    if not in_cells and not flattened:
        return  # no line opens with a total's head: the tables need not be built
    figures = {fact["start"]: fact for fact in facts if fact["type"] in ("money", "count")}
    if len(figures) < 3:
        return
    if in_cells:
        _mark_tables(text, figures)
    if flattened:
        _mark_flattened(text, sorted(figures.values(), key=lambda fact: fact["start"]))


def _mark_tables(text: str, figures: dict[int, dict[str, Any]]) -> None:
    for table in tables(text):
        totals = [i for i, row in enumerate(table.rows) if _is_total(row)]
        for k, i in enumerate(totals):
            below_end = totals[k + 1] if k + 1 < len(totals) else len(table.rows)
            group = table.rows[i + 1 : below_end]
            if not group and k == len(totals) - 1 and i == len(table.rows) - 1:
                group = table.rows[(totals[k - 1] + 1) if k else 0 : i]  # a last total row sums those above
            if len(group) >= 2:
                _mark(table.rows[i], group, figures)


def _mark(total_row: Row, group: list[Row], figures: dict[int, dict[str, Any]]) -> None:
    columns: dict[int, list[dict[str, Any]]] = {}  # column of the total row -> the figures below it, in one pass
    for row in group:
        for index, cell in enumerate(row.cells):
            part = figures.get(cell.start)
            if part is not None:
                j = column_index(row, index, total_row)
                if j is not None:
                    columns.setdefault(j, []).append(part)
    for j, cell in enumerate(total_row.cells):
        total = figures.get(cell.start)
        parts = columns.get(j, [])
        if total is not None and sum(p["value"] for p in parts) == total["value"]:
            _mark_column(total, parts)  # exactly, in a table with columns


def _mark_flattened(text: str, figures: list[dict[str, Any]]) -> None:
    """Total rows of tables flattened to a line a row: the k-th figure of the row is divided by the k-th
    figures of the rows below it."""
    starts = [fact["start"] for fact in figures]
    for match in _FLAT_TOTAL_LINE.finditer(text):
        totals, position = _row(text, match.start(), figures, starts)
        if not totals:
            continue
        rows: list[list[dict[str, Any]]] = []
        while len(rows) < _MAX_ROWS_BELOW and position < len(text) and not _FLAT_TOTAL_LINE.match(text, position):
            row, position = _row(text, position, figures, starts)
            if not row:
                break
            rows.append(row)
        columns = [[row[k] if k < len(row) else None for row in rows] for k in range(len(totals))]
        counts = [_adding_up(total, column) for total, column in zip(totals, columns, strict=True)]
        confirmed = max((count for count in counts if count), default=0)
        for total, column, count in zip(totals, columns, counts, strict=True):
            if count or confirmed:
                _mark_column(total, column[: count or confirmed])


_LABEL_LINES = 2  # a row's label may take two lines (Vietnamese, then English) before its figures
_FIGURES_ONLY = re.compile(r"[\d.,\s]*")


def _row(text: str, start: int, figures: list[dict[str, Any]], starts: list[int]) -> tuple[list[dict[str, Any]], int]:
    """The figures of the row at ``start`` and where the next row starts: a line with its label and figures,
    or (a table flattened one cell a line) a label of a line or two and the lines of figures under it."""
    row, position = _line_figures(text, start, figures, starts)
    labels = 1
    while not row and labels <= _LABEL_LINES and position < len(text) and text[start:position].strip():
        row, position = _line_figures(text, position, figures, starts)
        labels += 1
    if not row:
        return [], position
    while position < len(text):  # more lines of figures alone
        more, after = _line_figures(text, position, figures, starts)
        if not more or not _FIGURES_ONLY.fullmatch(text, position, after):
            break
        row, position = row + more, after
    return row, position


def _line_figures(
    text: str, line_start: int, figures: list[dict[str, Any]], starts: list[int]
) -> tuple[list[dict[str, Any]], int]:
    """The figures of the line at ``line_start``, and where the next line starts."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    low, high = bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
    return figures[low:high], line_end + 1


def _open(total: dict[str, Any]) -> bool:
    """Can ``total`` still be given parts: no rate, no parts yet, no part of another total?"""
    return total["per"] is None and total["parts"] is None and total["part_of"] is None


def _usable(total: dict[str, Any], part: dict[str, Any] | None) -> bool:
    return part is not None and fits(total, part) and part["per"] is None and part["part_of"] is None


def _adding_up(total: dict[str, Any], column: list[dict[str, Any] | None]) -> int:
    """How many figures at the head of ``column`` add up to ``total`` exactly (two at least), else 0."""
    if not _open(total):
        return 0
    running: Any = 0
    for count, part in enumerate(column, 1):
        if part is None or not _usable(total, part):
            return 0
        running += part["value"]
        if running > total["value"]:
            return 0
        if running == total["value"] and count >= 2:
            return count
    return 0


def _mark_column(total: dict[str, Any], parts: Sequence[dict[str, Any] | None]) -> None:
    """Make ``parts`` those of ``total`` if they are usable and come to no more than it."""
    chosen = [part for part in parts if part is not None and _usable(total, part)]
    if not _open(total) or len(chosen) < 2 or len(chosen) < len(parts):
        return
    running = sum(part["value"] for part in chosen)
    if running > total["value"]:
        return
    for part in chosen:
        part["part_of"] = total["start"]
    total["parts"] = "adds up" if running == total["value"] else "less"
    total["parts_sum"] = running
