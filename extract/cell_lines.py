"""Tables flattened one cell a line, each cell followed by a line holding a pipe alone, put back in rows.

A page's HTML table often reaches us so (the cells of a row, then of the next, with nothing marking where a
row ends)::

    Cỡ (con/kg)
    |
    Tuần 5
    |
    Tuần 6
    |
    30
    |
    5,18
    |
    5,48
    |

A run of cells with words (the heads) opens the run of cells, right before a run of figures (and empty
cells); when the figures split into rows of as many cells as there are heads (three heads and three rows at
least, no row all empty), the run is a table of that width, and it is written back as rows of a "|" table,
so that every rule for such tables reads it (the column of sizes "Cỡ (con/kg)" beside the prices, a total
row, a column of shares). A first head longer than the others that the width leaves over is the table's
caption: it stays a line of its own, and a unit in a bracket at its end ("..., tuần 5-8/2024 (USD/kg)") goes
on a line of its own, as a unit line is written.

Only separators change, each for one of the same length (a line break for a blank, a pipe for a blank or, for
an empty first cell, a dash and its line break a pipe), so
every offset into the rows is an offset into the text as given, and a figure's text is the same in both.
Runs that do not split evenly (heads over two levels, merged cells) are left as they are: the rules for
cells one a line read them (extract/tables.py, extract/unit_rows.py).
"""
from __future__ import annotations

import re

_PIPE_LINE = "\n|\n"
_FIGURE_CELL = re.compile(r"[-+(]?\d[\d.,]*\)?%?")
_MIN_ROWS = 3
_MIN_WIDTH = 3  # two columns of figures alone: too easily a chance
_MAX_WIDTH = 20
_CAPTION_CHARS = 40  # a caption is a sentence; a head is a few words
# A unit in a bracket closing a caption, after a blank: "(USD/kg)", "(triệu đồng)".
_CLOSING_UNIT = re.compile(r" \([^()\n]{1,30}\)[ \t]*\Z")


class _Cell:
    __slots__ = ("start", "end", "pipe", "kind")

    def __init__(self, start: int, end: int, pipe: int, kind: str) -> None:
        self.start, self.end = start, end  # the cell's lines, from the first's start to the last's end
        self.pipe = pipe  # where its pipe line's "|" stands
        self.kind = kind  # "figure", "empty" or "words"


def rejoin_cell_lines(text: str) -> str:
    """``text`` with its tables flattened one cell a line written back as rows (see the module docstring), and
    the pipe that opens each line of cells one a line after a pipe made a blank; ``text`` itself when it holds
    none. The result is as long as ``text``, and equal to it but for blanks,
    line breaks and pipes."""
    text = _without_leading_pipes(text)
    if _PIPE_LINE not in text:
        return text
    chars: list[str] | None = None
    for cells in _runs_of_cells(text):
        for caption, rows in _tables(cells):
            chars = chars if chars is not None else list(text)
            if caption is not None:
                _write_caption(text, chars, caption)
            for row in rows:
                _write_row(text, chars, row)
    return text if chars is None else "".join(chars)


# Three lines or more in a row, each a cell after a pipe and no other: "|GIÁ (đồng/kg)" over "|6.700 – 6.800".
_LEADING_PIPE_LINES = re.compile(r"^\|[^|\n]*+(?:\n\|[^|\n]*+){2,}", re.MULTILINE)


def _without_leading_pipes(text: str) -> str:
    """``text`` with the pipe that opens each line of a table flattened one cell a line after a pipe made a
    blank ("|Lúa OM 5451" over "|6.900 – 7.000"), so that the rules for cells one a line read it; as long as
    ``text``."""
    if "\n|" not in text and not text.startswith("|"):
        return text
    return _LEADING_PIPE_LINES.sub(lambda block: block.group().replace("|", " "), text)


def _runs_of_cells(text: str) -> list[list[_Cell]]:
    """Each run of cells: lines parted by lines of a pipe alone, at most three lines to a cell."""
    runs: list[list[_Cell]] = []
    cells: list[_Cell] = []
    cell_start = None  # where the lines of the cell being read start
    lines_in_cell = 0
    position = 0
    length = len(text)
    while position <= length:
        end = text.find("\n", position)
        end = length if end < 0 else end
        line = text[position:end]
        if line.strip(" \t\r") == "|":
            start = position if cell_start is None else cell_start
            content = text[start:position].strip()
            kind = "empty" if not content else "figure" if _FIGURE_CELL.fullmatch(content) else "words"
            pipe = position + line.index("|")
            cells.append(_Cell(start, max(start, position - 1), pipe, kind))
            cell_start, lines_in_cell = None, 0
        else:
            if cell_start is None or not cells:  # a run's first cell is one line: a title above stays out
                cell_start = position
            lines_in_cell += 1
            if lines_in_cell > 3 or (not line.strip() and lines_in_cell > 1):
                if len(cells) >= 2:
                    runs.append(cells)
                cells, cell_start, lines_in_cell = [], position, 1
        position = end + 1
    if len(cells) >= 2:
        runs.append(cells)
    return runs


def _tables(cells: list[_Cell]) -> list[tuple[_Cell | None, list[list[_Cell]]]]:
    """The tables of a run of cells that split evenly, (caption or None, rows), from the run's first cell on,
    each right after the one before: once a table does not split so (its heads are over two levels, its
    rows have labels), where the next one starts is not known."""
    found = []
    at = 0
    while at < len(cells):
        heads_end = at
        while heads_end < len(cells) and cells[heads_end].kind == "words":
            heads_end += 1
        data_end = heads_end
        while data_end < len(cells) and cells[data_end].kind != "words":
            data_end += 1
        table = _split(cells[at:heads_end], cells[heads_end:data_end])
        if table is None:
            break
        found.append(table)
        at = data_end
    return found


def _split(heads: list[_Cell], data: list[_Cell]) -> tuple[_Cell | None, list[list[_Cell]]] | None:
    """(caption or None, rows) of a table whose figures split into rows as wide as its heads; None otherwise."""
    caption = None
    width = len(heads)
    if width > _MIN_WIDTH and _longer_than_heads(heads):
        caption, heads, width = heads[0], heads[1:], width - 1
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or len(data) % width or len(data) < _MIN_ROWS * width:
        return None
    rows = [heads] + [data[i : i + width] for i in range(0, len(data), width)]
    if any(all(cell.kind == "empty" for cell in row) for row in rows[1:]):
        return None  # a row of empty cells: the width is wrong
    return caption, rows


def _longer_than_heads(heads: list[_Cell]) -> bool:
    """Is the first head a caption: over 40 characters, and over twice as long as every other head?"""
    first = heads[0].end - heads[0].start
    return first > _CAPTION_CHARS and all(cell.end - cell.start < first / 2 for cell in heads[1:])


def _write_row(text: str, chars: list[str], row: list[_Cell]) -> None:
    """The cells of ``row`` on one line, each followed by its pipe: "a | b | c |". An empty first cell is a
    dash, its pipe the line break after it ("-|b | c |"): a row opening with a pipe would read as "| b | c |",
    a cell short."""
    for i, cell in enumerate(row):
        for position in range(cell.start, cell.pipe):
            if text[position] == "\n":
                chars[position] = " "  # the line breaks within a cell and before its pipe
        after = text.find("\n", cell.pipe)
        if i < len(row) - 1 and after >= 0:
            chars[after] = " "
            if i == 0 and cell.kind == "empty":
                chars[cell.pipe], chars[after] = "-", "|"


def _write_caption(text: str, chars: list[str], caption: _Cell) -> None:
    """A caption on a line of its own, its pipe a blank; a unit in a bracket closing it on its own line."""
    chars[caption.pipe] = " "
    closing = _CLOSING_UNIT.search(text, caption.start, caption.end)
    if closing is not None:
        chars[closing.start()] = "\n"
