"""The block model of a text, built once: its lines, and the tables they form, with rows and cells.

A line is a **row** when it splits into two cells or more: at "|" (a pipe table), at tabs (a tab
table), or at runs of two or more blanks (a table aligned with spaces, as tables copied from a page
or a PDF arrive). Consecutive rows of one kind, with no blank line or line of prose between them,
form a **table**; a table needs two rows. A line of one cell is no row: blocks of one value a line
are read by the unit line above them (extract/tables.py).

Offsets are into the text; a cell's span is its text without the blanks around it. One pass over
the lines, and each line is split once: linear in the text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

# Cells of each kind of row; possessive, so a line of blanks costs one pass.
_SPACE_CELL = re.compile(r"\S++(?:[ \xa0]\S++)*+")
_SPACE_GAP = re.compile(r"\S[ \xa0]{2,}+\S|\t")
_PIPES = 2  # "a | b" in prose is no table: a pipe row has two pipes at least
_MAX_CELLS = 100  # a line of more cells is a run of separators or words, not a row


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Row:
    start: int  # the line's start and end
    end: int
    kind: str  # "pipe", "tab" or "space"
    cells: list[Cell]
    _spans: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)

    def spans(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the cells within the line (computed once)."""
        if self._spans is None:
            self._spans = ([c.start - self.start for c in self.cells], [c.end - self.start for c in self.cells])
        return self._spans


@dataclass
class Table:
    kind: str
    rows: list[Row] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end


def split_row(text: str, start: int, end: int) -> Row | None:
    """The line ``text[start:end]`` as a row of cells, or None when it is no row (fewer than two
    cells with text). A pipe or tab row keeps its empty cells, so that cells keep their column."""
    line = text[start:end]
    pipes = line.count("|")
    if pipes > _MAX_CELLS or line.count("\t") > _MAX_CELLS:
        return None  # no table is this wide: a run of separators
    if pipes >= _PIPES:
        kind, separator = "pipe", "|"
    elif "\t" in line.strip(" \t\xa0\r"):
        kind, separator = "tab", "\t"
    elif _SPACE_GAP.search(line):
        kind, separator = "space", None
    else:
        return None
    found: list[Cell] = []
    if separator is None:
        for match in _SPACE_CELL.finditer(line):
            if len(found) == _MAX_CELLS:
                return None
            found.append(Cell(start + match.start(), start + match.end(), match.group()))
    else:
        offset = start
        pieces = line.split(separator)
        if kind == "pipe" and not pieces[0].strip():
            offset += len(pieces[0]) + 1
            pieces = pieces[1:]
        if kind == "pipe" and pieces and not pieces[-1].strip():
            pieces = pieces[:-1]
        for piece in pieces:
            stripped = piece.strip(" \t\xa0\r")
            lead = len(piece) - len(piece.lstrip(" \t\xa0\r"))
            found.append(Cell(offset + lead, offset + lead + len(stripped), stripped))
            offset += len(piece) + 1
    if sum(1 for cell in found if cell.text) < 2:
        return None
    return Row(start, end, kind, found)


@lru_cache(maxsize=2)
def tables(text: str) -> tuple[Table, ...]:
    """The tables of ``text`` in text order (see the module docstring). Built once per text, however
    many finders read them (the last two texts are kept; callers must not change them).

    Only lines with a hint of a row (two pipes, a tab, a run of blanks between words) are split: a
    page of prose costs one scan."""
    out: list[Table] = []
    current: Table | None = None
    hints = _Hints(text)
    position = 0
    while (found := hints.next(position)) >= 0:
        start = text.rfind("\n", position, found) + 1 or position
        end = text.find("\n", found)
        end = len(text) if end < 0 else end
        position = end + 1  # one look per line, however many hints it holds
        row = split_row(text, start, end)
        if row is None:
            continue
        if current is not None and current.kind == row.kind and _next_row(text, current.rows[-1], row):
            current.rows.append(row)
            continue
        if current is not None and len(current.rows) >= 2:
            out.append(current)
        current = Table(row.kind, [row])
    if current is not None and len(current.rows) >= 2:
        out.append(current)
    return tuple(out)


def _next_row(text: str, last: Row, row: Row) -> bool:
    """Does ``row`` go on the table whose last row is ``last``: on the next line, or with as many cells
    after one blank line (a table whose rows are parted by blank lines, as pages often write them) or
    after the head of a division of its rows on a line of its own ("Phân theo nguồn thu")?"""
    if last.end + 1 == row.start:
        return True
    if len(row.cells) != len(last.cells):
        return False
    between = text[last.end : row.start]
    if not between.strip():
        return between.count("\n") == 2
    lines = [line for line in between.split("\n") if line.strip()]
    return len(lines) == 1 and between.count("\n") <= 4 and DIVISION_HEAD.match(lines[0]) is not None


# The head of a division of a table's rows, on a line of its own above them: "Phân theo thành thị, nông
# thôn", "Chia theo ngành kinh tế", "By sources of income".
DIVISION_HEAD = re.compile(r"[ \t]*+(?:(?:phân|chia)[ \t]+theo|theo|by)[ \t]", re.IGNORECASE)


class _Hints:
    """Where the next line that may be a row holds its hint: a pipe, a tab, or two blanks. Found with
    ``str.find`` (C speed), each kind's next place kept until the reading passes it: linear in the text."""

    _NEEDLES = ("|", "\t", "  ", " \xa0", "\xa0 ", "\xa0\xa0")

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = [-2] * len(self._NEEDLES)  # -2: not looked for yet; -1: none left

    def next(self, position: int) -> int:
        best = -1
        for i, needle in enumerate(self._NEEDLES):
            at = self.at[i]
            if at != -1 and at < position:
                at = self.at[i] = self.text.find(needle, position)
            if at >= 0 and (best < 0 or at < best):
                best = at
        return best


def column_index(row: Row, index: int, reference: Row) -> int | None:
    """The column of ``reference`` (a header or total row) that ``row.cells[index]`` stands in: the
    same place when both rows have as many cells (always so in pipe and tab tables, which keep their
    empty cells), else the one cell of ``reference`` whose span in its line overlaps the cell's span
    in its own; None when it overlaps none or two. A bisection: wide rows cost no more per cell."""
    if len(row.cells) == len(reference.cells):
        return index
    cell = row.cells[index]
    left, right = cell.start - row.start, cell.end - row.start
    starts, ends = reference.spans()
    last = bisect.bisect_left(starts, right) - 1  # the last reference cell that starts before the cell ends
    first = bisect.bisect_right(ends, left)  # the first one that ends after the cell starts
    return first if first == last else None
