"""Totals and their parts in tables: a row headed "Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh" holds
totals, and the figures in the same column of the rows below it, down to the next total row or the
table's end, are its parts when they add up to it exactly (rows above a last total row, when no row
follows it). Precision first: a column whose rows do not add up exactly (sub-totals, rows left out)
gets nothing, since a wrong ``part_of`` hides money from sums.

Runs after extract/breakdowns.py, on figures that are no part yet and no rate; a part has its
total's kind (extract.breakdowns.fits).
"""
from __future__ import annotations

import re
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


def _is_total(row: Row) -> bool:
    for cell in row.cells:
        if cell.text and not cell.text.isdigit():
            return _TOTAL_CELL.fullmatch(cell.text) is not None
    return False


def mark_table_totals(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``part_of``, ``parts``, ``parts_sum`` for the totals rows of the tables of ``text``."""
    if not _TOTAL_LINE.search(text):
        return  # no line opens with a total's head: the tables need not be built
    figures = {fact["start"]: fact for fact in facts if fact["type"] in ("money", "count")}
    if len(figures) < 3:
        return
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
        if total is None or total["per"] is not None or total["parts"] is not None or total["part_of"] is not None:
            continue
        if len(parts) < 2 or any(not fits(total, p) or p["per"] is not None or p["part_of"] is not None for p in parts):
            continue
        running = sum(p["value"] for p in parts)
        if running != total["value"]:
            continue
        for part in parts:
            part["part_of"] = total["start"]
        total["parts"], total["parts_sum"] = "adds up", running
