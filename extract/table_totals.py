"""Totals and their parts in tables: a row headed "Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh" holds
totals, and the figures in the same column of the rows below it, down to the next total row or the
table's end, are its parts when they add up to it exactly (rows above a last total row, when no row
follows it). Precision first: a column whose rows do not add up (sub-totals, rows left out) gets
nothing, since a wrong ``part_of`` hides money from sums.

A table flattened to one line a row, its cells parted by single blanks ("1. Tổng giá trị tăng thêm Tỷ đồng
29315.30 32239.90 ..." over "Nông, lâm nghiệp và thủy sản Tỷ đồng 13589.90 ..."), has no columns to read:
there the k-th figure of a total row is divided by the k-th figures of the rows right below it, as many
as add up to it within the rounding of the figures as written (two at least), down to a blank line, a line
without figures or the next total row; a division's head ("Phân theo ...") starts another set of parts.
Once some column adds up so, the same rows are the parts of its other columns too when they come to less
(a row left out of the table: taxes on products under value added), never when they come to more.

Runs after extract/breakdowns.py, on figures that are no part yet and no rate; a part has its
total's kind (extract.breakdowns.fits).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations, pairwise
from typing import Any, TypeVar

from .blocks import DIVISION_HEAD, Row, column_index, tables
from .breakdowns import fits, set_parts, sum_tolerance
from .tables import is_prose
from .year_rows import year_tables

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
    r"|cả[ \t]+nước|chung(?=[ \t]*+(?:$|[-–:]|\d)))(?![^\W\d_])",
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
    figures = {fact["start"]: fact for fact in facts if fact["type"] in ("money", "count")}
    if len(figures) < 3:
        return  # no total with two parts: the text need not be read for tables
    if next(_line_heads(_TOTAL_LINE, text), None):
        _mark_tables(text, figures)
    in_order = sorted(figures.values(), key=lambda fact: fact["start"])
    if next(_line_heads(_FLAT_TOTAL_LINE, text), None):
        _mark_flattened(text, in_order)
    if next(_line_heads(_TOTAL_COLUMN_HEAD, text), None):
        _mark_total_columns(text, in_order)
    _mark_year_tables(text, in_order)
    if next(_line_heads(_OUTLINE_ROW, text), None):
        _mark_outline(text, in_order)
    if next(_line_heads(_OF_WHICH_ROW, text), None):
        _mark_of_which_rows(text, in_order)
    if next(_line_heads(_NUMBERED_ROW, text), None):
        _mark_numbered(text, in_order)


def _line_heads(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens at a line's start ("^") or a cell's ("(?:^|[|\\t])"),
    found faster: its scanning twin opens with the line break (or the pipe, the tab), a character the
    regex engine skips to, where "^" makes it try every position."""
    scan = _SCANS[pattern]
    first = pattern.match(text)
    if first:
        yield first
    for hint in scan.finditer(text, first.end() if first else 0):
        match = pattern.match(text, hint.start() + (text[hint.start()] == "\n"))
        if match:
            yield match


def _mark_tables(text: str, figures: dict[int, dict[str, Any]]) -> None:
    for table in tables(text):
        totals = [i for i, row in enumerate(table.rows) if _is_total(row)]
        for k, i in enumerate(totals):
            below_end = totals[k + 1] if k + 1 < len(totals) else len(table.rows)
            group = table.rows[i + 1 : below_end]
            if not group and k == len(totals) - 1 and i == len(table.rows) - 1:
                group = table.rows[(totals[k - 1] + 1) if k else 0 : i]  # a last total row sums those above
            for section in _divisions(text, group, _cells_span):
                if len(section) >= 2:
                    _mark(table.rows[i], section, figures)


_R = TypeVar("_R")


def _divisions(text: str, rows: Sequence[_R], span: Callable[[_R], tuple[int, int]]) -> list[list[_R]]:
    """``rows`` (each at ``span(row)`` in ``text``) parted where a division's head stands on a line between
    two of them, or opens the next one's label ("Phân theo nguồn thu", "Chia theo ngành", "By sources"):
    under a total row, each division is a whole set of parts of its own."""
    sections: list[list[_R]] = [[]]
    for row in rows:
        if sections[-1]:
            between = text[span(sections[-1][-1])[1] : span(row)[0]]
            if any(DIVISION_HEAD.match(line) for line in between.split("\n")):
                sections.append([])
        sections[-1].append(row)
    return sections


def _cells_span(row: Row) -> tuple[int, int]:
    return row.start, row.end


def _figures_span(row: list[dict[str, Any] | None]) -> tuple[int, int]:
    figures = _present(row)
    return figures[0]["start"], figures[-1]["end"]


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
    """Total rows of tables flattened to a line a row (or one cell a line): the k-th figure of the row is
    divided by the k-th figures of the rows below it; a row that is itself the sum of the rows right under
    it (a sub-total, within the rounding of the figures as written) stands for them."""
    starts = [fact["start"] for fact in figures]
    for match in _line_heads(_FLAT_TOTAL_LINE, text):
        totals, position = _row(text, match.start(), figures, starts)
        if totals:
            rows = [_with_dashes(text, row, len(totals)) for row in _rows_below(text, position, figures, starts)]
            for group in _divisions(text, rows, _figures_span):
                _divide(totals, group)  # each division of the whole: by area, by source ("Phân theo ...")


def _with_dashes(text: str, row: list[dict[str, Any]], width: int) -> list[dict[str, Any] | None]:
    """``row`` with a None for each dash among its cells ("Công ty hợp danh - Collective name - 0,3 7,1"), when
    its figures end one line and the dashes make it ``width`` cells; else ``row`` as it is."""
    if len(row) >= width:
        return list(row)
    line_start = text.rfind("\n", 0, row[0]["start"]) + 1
    if text.find("\n", line_start, row[-1]["start"]) >= 0:
        return list(row)
    cells = _figure_cells(text, line_start)[-width:]
    by_start = {fact["start"]: fact for fact in row}
    if len(cells) != width or sorted(set(cells) & by_start.keys()) != sorted(by_start):
        return list(row)
    return [by_start.get(cell) for cell in cells]


Rows = list[list[dict[str, Any]]]
# Rows of a flattened table, a dash (an empty cell) standing as None.
Cells = list[list[dict[str, Any] | None]]
# The cell a row shorter than its total row lacks (which one is not known): no part of any total.
_NO_CELL: dict[str, Any] = {"type": None}


def _mark_numbered(text: str, figures: list[dict[str, Any]]) -> None:
    """A numbered row of a flattened table ("1. Dịch vụ lưu trú, ăn uống, lữ hành") over rows without a
    number, down to the next numbered row: its figures are theirs when every column adds up (within the
    rounding of the figures as written; exactly when the row has one figure), though no head says "Tổng"."""
    starts = [fact["start"] for fact in figures]
    for match in _line_heads(_NUMBERED_ROW, text):
        line_end = text.find("\n", match.end())
        line = text[match.start() : len(text) if line_end < 0 else line_end].strip()
        if len(line) > _ROW_LABEL_LENGTH or is_prose(line):
            continue  # a numbered paragraph, no row of a table
        totals, position = _row(text, match.start(), figures, starts)
        rows = _rows_below(text, position, figures, starts, _NUMBERED_ROW)
        if not totals or len(rows) < 2 or any(len(row) != len(totals) for row in rows):
            continue
        # One column may add up within the rounding by chance: exactly, then.
        _divide_columns(totals, rows, _open, _adds_up if len(totals) >= 2 else _sums_exactly)


_ROW_LABEL_LENGTH = 160
# A row of a flattened table that opens with its section's number: "1. Dịch vụ", "II. Chi thường xuyên".
_NUMBERED_ROW = re.compile(r"^[ \t]*+(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*+(?=[^\W\d_])", re.MULTILINE)


# A row of a table flattened one row a line that opens with its place in an outline, after a row code if any
# ("100 A. TÀI SẢN NGẮN HẠN", "110 I. Tiền ...", "111 1. Tiền", "a) Thu từ ..."): letters over roman numerals over
# numbers over small letters.
_OUTLINE_ROW = re.compile(
    r"^[ \t]*+(?:\d{3}[ \t]++)?(?:(?P<roman>[IVX]{1,4})|(?P<letter>[A-H])|(?P<number>\d{1,2})|(?P<small>[a-zđ]))"
    r"[.)][ \t]++(?=[^\W\d_])",
    re.MULTILINE,
)
_OUTLINE_LEVELS = {"letter": 0, "roman": 1, "number": 2, "small": 3}


def _mark_outline(text: str, figures: list[dict[str, Any]]) -> None:
    """A row of an outline ("A.", "I.", "1.", "a)") whose figures the rows of the next level under it add up
    to, column by column (within the rounding of the figures as written), down to the next row of its level
    or a higher one: a balance sheet's "A. TÀI SẢN NGẮN HẠN" over "I. ..." and "II. ...", a budget's "I. Thu
    nội địa" over "1. ..." and "2. ...". Rows of deeper levels between them are skipped."""
    starts = [fact["start"] for fact in figures]
    rows: list[tuple[int, list[dict[str, Any]]]] = []
    for match in _line_heads(_OUTLINE_ROW, text):
        row, _ = _line_figures(text, match.start(), figures, starts)
        if row:
            rows.append((_OUTLINE_LEVELS[match.lastgroup or "number"], row))
    for i, (level, totals) in enumerate(rows):
        below: list[tuple[int, list[dict[str, Any]]]] = []
        for deeper, row in rows[i + 1 :]:
            if deeper <= level:
                break
            if not below or deeper == below[0][0]:
                below.append((deeper, row))
        parts = [row for _, row in below]
        if len(parts) < 2 or any(len(row) != len(totals) for row in parts):
            continue
        # A total of the outline may be a part of the level above it: no parts yet is enough.
        _divide_columns(totals, parts, lambda total: total["parts"] is None and total["per"] is None, _adds_up)


def _sums_exactly(total: dict[str, Any], parts: Sequence[dict[str, Any]]) -> bool:
    return bool(sum(part["value"] for part in parts) == total["value"])


def _divide_columns(totals: list[dict[str, Any]], rows: Rows, may_divide: Callable[[dict[str, Any]], bool],
                    adds_up: Callable[[dict[str, Any], list[dict[str, Any]]], bool]) -> None:
    """Make each of ``totals`` the total of its column of ``rows`` (as many figures a row), when every total
    ``may_divide`` and every column, of usable parts, ``adds_up`` to its total; else leave them all."""
    columns = [[row[k] for row in rows] for k in range(len(totals))]
    if all(may_divide(total) and all(_usable(total, part) for part in column) and adds_up(total, column)
           for total, column in zip(totals, columns, strict=True)):
        for total, column in zip(totals, columns, strict=True):
            set_parts(total, column)


# A row of a flattened table that names a part of the row above it: "- Trong đó: Chi phí lãi vay 3.100 3.300".
_OF_WHICH_ROW = re.compile(r"^[ \t]*+(?:[-–+*][ \t]*+)?(?i:trong[ \t]+đó|of[ \t]+which)[ \t]*+[:,]?[ \t]*+(?=[^\W\d_])",
                           re.MULTILINE)


def _mark_of_which_rows(text: str, figures: list[dict[str, Any]]) -> None:
    """A row "Trong đó: ..." right under a row with as many cells of figures: each of its figures is a part of
    the one above it in its column (some of it: "less", or all of it); a zero or a dash holds its column's
    place."""
    by_start = {fact["start"]: fact for fact in figures}
    for match in _line_heads(_OF_WHICH_ROW, text):
        if not match.start():
            continue
        above = text.rfind("\n", 0, match.start() - 1) + 1
        parts, totals = _figure_cells(text, match.start()), _figure_cells(text, above)
        if len(parts) != len(totals):
            continue
        pairs = [(by_start[t], by_start[p]) for t, p in zip(totals, parts, strict=True)
                 if t in by_start and p in by_start]
        if pairs and all(total["parts"] is None and total["per"] is None and _usable(total, part)
                         and part["value"] <= total["value"] for total, part in pairs):
            for total, part in pairs:
                set_parts(total, [part])


def _figure_cells(text: str, line_start: int) -> list[int]:
    """The starts of the cells of figures (or dashes) that end the line at ``line_start``."""
    line_end = text.find("\n", line_start)
    tokens = list(_TOKEN.finditer(text, line_start, len(text) if line_end < 0 else line_end))
    cells: list[int] = []
    for token in reversed(tokens):
        if not _CELL_TOKEN.fullmatch(token.group()):
            break
        cells.insert(0, token.start())
    return cells


_TOKEN = re.compile(r"\S+")
_CELL_TOKEN = re.compile(r"\d[\d.,]*|[-–]")


def _rows_below(text: str, position: int, figures: list[dict[str, Any]], starts: list[int],
                stop: re.Pattern[str] = _FLAT_TOTAL_LINE) -> Rows:
    """The rows under a total row, down to the next total row (or the next line ``stop`` matches), a line
    of prose or a row without figures."""
    rows: Rows = []
    while len(rows) < _MAX_ROWS_BELOW:
        position = _skip_blank(text, position)
        if position >= len(text) or stop.match(text, position) or _FLAT_TOTAL_LINE.match(text, position):
            break
        row, position = _row(text, position, figures, starts)
        if not row:
            break
        rows.append(row)
    return rows


def _divide(totals: list[dict[str, Any]], rows: Cells) -> None:
    top, children = _top_level(rows)
    columns = [[row[k] if k < len(row) else _NO_CELL for row in top] for k in range(len(totals))]
    counts = [_adding_up(total, column) for total, column in zip(totals, columns, strict=True)]
    confirmed = max((count for count in counts if count), default=0)
    for total, column, count in zip(totals, columns, counts, strict=True):
        if count or confirmed:
            _mark_column(total, _present(column[: count or confirmed]))
    if not confirmed:  # a total divided once already ("Phân theo cấp quản lý"): this division's sub-totals
        confirmed = max((_adding_up(total, column, divided=True)
                         for total, column in zip(totals, columns, strict=True)), default=0)
    if confirmed:  # the sub-totals among the parts (two levels), each divided by its own rows
        for index, below in children.items():
            if index < confirmed:
                for k, subtotal in enumerate(top[index]):
                    if subtotal is not None:
                        set_parts(subtotal, _present([row[k] for row in below]))


def _present(cells: Sequence[dict[str, Any] | None]) -> list[dict[str, Any]]:
    """The figures of ``cells``, without their dashes."""
    return [cell for cell in cells if cell is not None]


_MAX_SUBROWS = 12


def _top_level(rows: Cells) -> tuple[Cells, dict[int, Cells]]:
    """``rows`` without those a sub-total stands for, and each sub-total's rows (by its index in the first)."""
    top: Cells = []
    children: dict[int, Cells] = {}
    i = 0
    while i < len(rows):
        top.append(rows[i])
        span = _subtotal_span(rows[i], rows[i + 1 : i + 1 + _MAX_SUBROWS])
        if span:
            children[len(top) - 1] = rows[i + 1 : i + 1 + span]
        i += 1 + span
    return top, children


def _subtotal_span(row: list[dict[str, Any] | None], below: Cells) -> int:
    """How many rows right under ``row`` add up to it in each of its columns, within the rounding of the
    figures as written (two columns and two rows at least: one column may add up by chance; a dash adds
    nothing), else 0."""
    totals = _present(row)
    if len(row) < 2 or len(totals) < len(row):
        return 0
    columns: Rows = [[] for _ in row]
    for count, part_row in enumerate(below, 1):
        if len(part_row) != len(row) or not all(
                part is None or _usable(total, part) for total, part in zip(totals, part_row, strict=True)):
            return 0
        for column, part in zip(columns, part_row, strict=True):
            if part is not None:
                column.append(part)
        if any(_beyond(total, column) for total, column in zip(totals, columns, strict=True)):
            return 0
        if count >= 2 and all(_comes_to(total, column) for total, column in zip(totals, columns, strict=True)):
            return count
    return 0


def _comes_to(total: dict[str, Any], parts: Sequence[dict[str, Any]]) -> bool:
    """Do ``parts`` add up to ``total`` within the rounding of the figures as written?"""
    return bool(abs(sum(part["value"] for part in parts) - total["value"]) <= sum_tolerance(total, list(parts)))


def _beyond(total: dict[str, Any], parts: Sequence[dict[str, Any]]) -> bool:
    """Do ``parts`` come to more than ``total``, past the rounding of the figures as written?"""
    return bool(sum(part["value"] for part in parts) - total["value"] > sum_tolerance(total, list(parts)))


# The head of a column of totals, followed by the heads of the other columns or the rows' labels (not by
# figures): "Tổng số" over "Chia ra - Of which", "| Tổng cộng | Vốn NSTW | Vốn NSĐP |", a last column "Cộng"
# "(đồng/m3)" after the price and its taxes.
_TOTAL_COLUMN_HEAD = re.compile(
    r"(?:^|[|\t])[ \t]*+(?:tổng[ \t]+số|tổng[ \t]+cộng|tổng|cộng|total)(?:[ \t]*+[-–][ \t]*+total)?"
    r"(?:[ \t]*+\([^()\n]{1,30}\))?(?:[ ]*+[|\t\n]|[ \xa0]{2,})[\s|]*+(?:\([^()\n]{1,30}\)[\s|]*+)?(?=[^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)


def _scan_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` opening with the line break (or the pipe, the tab) instead of "^" (see ``_line_heads``)."""
    source = pattern.pattern
    for opening, character in (("(?:^|[|\\t])", "[\n|\t]"), ("^", "\n")):
        if source.startswith(opening):
            return re.compile(character + source[len(opening) :], pattern.flags & ~re.MULTILINE)
    raise ValueError(f"no line's start opens {source!r}")


_SCANS = {pattern: _scan_twin(pattern)
          for pattern in (_TOTAL_LINE, _FLAT_TOTAL_LINE, _TOTAL_COLUMN_HEAD, _NUMBERED_ROW, _OUTLINE_ROW,
                          _OF_WHICH_ROW)}
_ROW_GAP = re.compile(r"[\s|]*")
_MAX_TABLE_CHARACTERS = 20_000


def _mark_total_columns(text: str, figures: list[dict[str, Any]]) -> None:
    """Under a column of totals' head, each row whose first (or last) figure is the exact sum of its other
    figures (two at least) is divided by them: "2021 | 1.300 | 300 | 1.000" under "Tổng số | Chia ra"."""
    starts = [fact["start"] for fact in figures]
    for head in _line_heads(_TOTAL_COLUMN_HEAD, text):
        end = _prose_after(text, head.end(), head.end() + _MAX_TABLE_CHARACTERS)
        line_above = text.rfind("\n", 0, max(text.rfind("\n", 0, head.start() + 1), 0)) + 1
        _divide_rows(text, figures, starts, head.end(), end, line_above)


def _mark_year_tables(text: str, figures: list[dict[str, Any]]) -> None:
    """The rows of a table whose rows are years (extract/year_rows.py) under a head "Total", "Tổng số",
    divided as under a column of totals."""
    starts = [fact["start"] for fact in figures]
    for table in year_tables(text):
        if _TOTAL_WORD.search(table.head):
            _divide_rows(text, figures, starts, table.unit.end(), table.end, table.unit.start() - len(table.head))


_TOTAL_WORD = re.compile(r"(?<![^\W\d_])(?:tổng số|tổng cộng|total)(?![^\W\d_])", re.IGNORECASE)


def _divide_rows(text: str, figures: list[dict[str, Any]], starts: list[int], start: int, end: int,
                 heads_start: int) -> None:
    """Each row of ``text[start:end]`` whose first (or last) figure is the sum of its others is divided by
    them; "Trong đó" among the heads (from ``heads_start``) lets them come to less. ``starts``: the figures'
    starts, for bisecting."""
    low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    first = figures[low]["start"] if low < high else start
    of_which = _OF_WHICH.search(text, heads_start, first)  # "Trong đó:" over "Tổng số", or after it
    for run in _runs(text, figures[low:high]):
        for total, parts in ((run[0], run[1:]), (run[-1], run[:-1])):
            if len(parts) < 2 or not _open(total, rates=True) or not all(
                    _usable(total, part, rates=True) for part in parts):
                continue
            nested = _nested_columns(total, parts, of_which is not None and total is run[0])
            if nested is not None:
                set_parts(total, [part for k, part in enumerate(parts) if k not in nested])
                for k in nested:  # "Công nghiệp và xây dựng: Tổng số | Trong đó: Công nghiệp"
                    if parts[k - 1]["parts"] is None and parts[k]["part_of"] is None:
                        set_parts(parts[k - 1], [parts[k]])  # a part, and the total of its own part
                break


def _nested_columns(total: dict[str, Any], parts: Sequence[dict[str, Any]], of_which: bool = False
                    ) -> frozenset[int] | None:
    """Which of a row's ``parts`` are an "of which" of the column before them, when the others add up to
    ``total`` (exactly, or within the rounding of the figures as written; or to less when the head says
    "Trong đó"): none, or one or two, each smaller than its left neighbour (a group's "Tổng số" then
    "Trong đó: ..."); None when no such choice adds up."""
    if _adds_up(total, parts, of_which):
        return frozenset()
    smaller = [k for k in range(1, len(parts)) if parts[k]["value"] < parts[k - 1]["value"]]
    for size in (1, 2):
        for chosen in combinations(smaller, size):
            if (all(b - a > 1 for a, b in pairwise(chosen))  # not an "of which" of an "of which"
                    and len(parts) - size >= 2
                    and _adds_up(total, [part for k, part in enumerate(parts) if k not in chosen])):
                return frozenset(chosen)
    return None


def _adds_up(total: dict[str, Any], parts: Sequence[dict[str, Any]], of_which: bool = False) -> bool:
    """Do ``parts`` come to ``total`` (see ``_comes_to``), or, ``of_which``, to less?"""
    return _comes_to(total, parts) or of_which and sum(part["value"] for part in parts) < total["value"]


# "Trong đó" among the heads of a column of totals: its columns are some of the total, not all of it.
_OF_WHICH = re.compile(r"trong[ \t]+đó|of[ \t]+which", re.IGNORECASE)


def _runs(text: str, figures: list[dict[str, Any]]) -> Rows:
    """The figures in runs with nothing but blanks, line breaks and pipes between them: a row's cells."""
    runs: Rows = []
    for fact in figures:
        if runs and _ROW_GAP.fullmatch(text, runs[-1][-1]["end"], fact["start"]):
            runs[-1].append(fact)
        else:
            runs.append([fact])
    return runs


def _prose_after(text: str, start: int, limit: int) -> int:
    """The start of the first line of prose after ``start`` (the end of a table), or ``limit``."""
    position = start
    while position < min(limit, len(text)):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line and is_prose(line):
            return position
        position = line_end + 1
    return min(limit, len(text))


_LABEL_LINES = 6  # a row's label may take several lines (Vietnamese, then English, each wrapped; a section's
# head above it: "Phân theo loại hình kinh tế" / "By types of ownership") before its figures
_FIGURES_ONLY = re.compile(r"[\d.,\s]*")


def _skip_blank(text: str, position: int) -> int:
    """The start of the first line at or after ``position`` with more than blanks: a table flattened one
    cell a line may leave a blank line between its cells."""
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        if text[position:line_end].strip():
            return position
        position = line_end + 1
    return position


def _row(text: str, start: int, figures: list[dict[str, Any]], starts: list[int]) -> tuple[list[dict[str, Any]], int]:
    """The figures of the row at ``start`` and where the next row starts: a line with its label and figures,
    or (a table flattened one cell a line) a label of a few lines and the lines of figures under it. No row
    where a line of prose comes first."""
    row, position = _line_figures(text, start, figures, starts)
    line = start  # the start of the row's first line of figures
    labels = 1
    while not row:
        position = _skip_blank(text, position)
        line_end = text.find("\n", position)
        if labels >= _LABEL_LINES or position >= len(text) or is_prose(text[position:line_end].strip()):
            return [], position
        line = position
        row, position = _line_figures(text, position, figures, starts)
        labels += 1
    if not _FIGURES_ONLY.fullmatch(text, line, position):
        return row, position  # a row a line, its label beside its figures: a figure alone below is no cell of it
    while position < len(text):  # more lines of figures alone
        line = _skip_blank(text, position)
        more, after = _line_figures(text, line, figures, starts)
        if not more or not _FIGURES_ONLY.fullmatch(text, line, after):
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


def _open(total: dict[str, Any], rates: bool = False) -> bool:
    """Can ``total`` still be given parts: no parts yet, no part of another total, no rate (but where
    ``rates``: under a column of totals, a rate is the sum of rates by the same unit, "Cộng (đồng/m3)")?"""
    return (rates or total["per"] is None) and total["parts"] is None and total["part_of"] is None


def _usable(total: dict[str, Any], part: dict[str, Any] | None, rates: bool = False) -> bool:
    """Can ``part`` be a part of ``total``: the same kind, no part yet, no rate (or, where ``rates``, a
    rate by the total's unit when the total is one)?"""
    if part is None or not fits(total, part) or part["part_of"] is not None:
        return False
    return part["per"] == total["per"] if rates else part["per"] is None


def _adding_up(total: dict[str, Any], column: list[dict[str, Any] | None], divided: bool = False) -> int:
    """How many figures at the head of ``column`` add up to ``total`` (two at least; within the rounding of
    the figures as written), else 0; with ``divided``, whether or not ``total`` has its parts already."""
    if not (_open(total) or divided and total["per"] is None):
        return 0
    parts: list[dict[str, Any]] = []
    for count, part in enumerate(column, 1):
        if part is None:
            continue  # a dash, an empty cell: its row adds nothing to this column
        if not _usable(total, part):
            return 0
        parts.append(part)
        if _beyond(total, parts):
            return 0
        if len(parts) >= 2 and _comes_to(total, parts):
            return count
    return 0


def _mark_column(total: dict[str, Any], parts: Sequence[dict[str, Any] | None]) -> None:
    """Make ``parts`` those of ``total`` if they are usable and come to no more than it."""
    chosen = [part for part in parts if part is not None and _usable(total, part)]
    if not _open(total) or len(chosen) < 2 or len(chosen) < len(parts):
        return
    if not _beyond(total, chosen):
        set_parts(total, chosen)
