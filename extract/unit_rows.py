"""Figures of statistics tables whose unit is given per row, in a unit column, and rows of figures
separated by single spaces under a unit line.

Statistics tables often name each row's unit in a column of its own ("Chỉ tiêu | ĐVT | 2022 | 2023",
rows "Tổng thu ngân sách | Tỷ đồng | 1.250,5 | 1.380,2"): a row whose unit cell is money ("Tỷ đồng",
"Triệu USD", "đ/kg", "1000 đ") makes money of its figures in that unit; a row whose unit is anything
else ("%", "Hộ", "Người", "Lần", "ha") gives no money. The unit column is known from its head ("ĐVT",
"Đơn vị", "Đơn vị tính", "ĐV tính", "Unit"), standing as a cell, as a word of a header line, or alone
on its line (a table flattened one cell a line, where a unit line is followed by the row's values).
Pages copied from PDFs separate the cells with single spaces: "Tổng thu Tỷ đồng 29315.30 32239.90"
is read as label, unit, figures, the figures being the run of figures that ends the line.

Under a unit line ("Đơn vị: 1.000.000đ", "Đơn vị tính/ Unit: 1000 VNĐ", extract/tables.py) a row
"Doanh thu thuần 1.322.455 884.201" (a label, then figures to the end of the line, single spaces)
has money in the unit line's unit; under a head "Thuyết minh" (a financial statement's notes) a row's
first number of one or two digits is its note's, no amount ("110 I. Tiền 4 949.714.290 510.081.795").
Where the header above gives the columns (a line of years, "Năm 2019 Năm 2020"), a row's figures are
its last ones, as many as the columns.

A decimal point is read as such where the figures show it (``numbers.parse_number``: "29315.30",
"356.1"), and a table whose figures show the English grouping ("1,373,863") is read that way
throughout. Years, zeros and row numbers are no amounts.

A price head in đồng ("Giá gốc (đồng)", "Giá thu mua (đồng)") over a unit column of measures ("kg", "m3",
"viên": ``PRICED_BY``) makes each row's prices rates by its measure. In a "|" table the unit column is
known by its place in the header: an empty unit cell under a section's row ("| I | Học phí | Triệu
đồng/năm |") takes that row's unit. Signed cells ("+500", "-12,4") and shares ("(%)" heads, "0,54%" cells)
are no amounts; a change written unsigned, the difference of the two prices before it, is one, and ends its
row's money.

The unit cells and the unit of a unit line are **masks** (:func:`find_unit_masks`): never an amount
themselves ("1.000.000đ", "1000 VNĐ", nor "2\\nđ" of "loại 2" above a cell "đ/kg").

The words are data, kept at the top; one pass over the lines of a text that has a unit column head
or a unit line, none over other texts.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from .block_money import header_multiplier, other_cells, unit_span_start
from .blocks import tables
from .columns import column_of, says_no_money
from .counts import LABEL_WORDS
from .money import CURRENCY_PATTERN, Money, currency_code, whole_if_vnd
from .numbers import ENGLISH_FIGURE, MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, parse_number
from .tables import (
    COLUMN_HEAD_ALONE,
    ENGLISH_UNIT,
    HEAD_LENGTH,
    NUMERIC_MULTIPLIER,
    RANGE_CELL,
    UNIT_COLUMN_HEADS,
    ends_a_place_name,
    is_prose,
    line_below,
    unit_scopes,
)

# Words that qualify a figure in a cell ("Khoảng 3.700"), and what they say (money.Money.qualifier).
QUALIFIERS = {"khoảng": "approx", "gần": "approx", "xấp xỉ": "approx", "trên": "over", "hơn": "over",
              "dưới": "under"}
# Measures a price is quoted by, as a unit column writes them under a price head in đồng ("kg" under
# "ĐVT" beside "Giá gốc (đồng)": a price per kg).
PRICED_BY = frozenset("""kg tấn tạ yến lít m m2 m3 m² m³ md km cái chiếc viên bộ tấm bao hộp chai thùng cây con
    gói túi lọ can phuy cuộn thanh kwh""".split())
# A ditto mark: the cell says what the one above it says.
_DITTO = re.compile(r"[\"“”〃]|''|-?[ \t]*(?i:nt|như trên)[ \t]*-?")
# Cells that stand for no figure in a row of figures.
EMPTY_CELLS = ("-", "–", "...", "…", "x")
# Cells of a row that hold no amount but are cells all the same: a signed change ("+200", "-42,3", a
# change column beside the prices), a share ("0,54%") and a note's mark ("*").
_NO_AMOUNT_CELL = re.compile(rf"[+\-−–]{NUMBER_PATTERN}|[+\-−–]?{NUMBER_PATTERN}[ \t]?%|\*")


def _rests(first: str) -> str:
    return "|".join(re.escape(h[1:]) for h in sorted(UNIT_COLUMN_HEADS, key=len, reverse=True) if h[0] == first)


# A unit column head as a cell or a word of a header line (not "Đơn vị tính: triệu đồng", a unit line). It
# starts with the set of its first characters, so the regex engine skips from one of them to the next
# instead of trying the pattern at every character (texts of prose say "đơn vị" often).
_UNIT_HEAD = re.compile(
    rf"[đĐuU](?<![^\W\d_].)(?i:(?<=[đĐ])(?:{_rests('đ')})|(?<=[uU])(?:{_rests('u')}))(?![^\W\d_])(?![ \t]*+[:：])"
)
_HEAD_LINE = re.compile(rf"^[ \t|]*(?:{COLUMN_HEAD_ALONE.pattern})[ \t|]*$", re.IGNORECASE | re.MULTILINE)
# A unit in English, as yearbooks write it beside or under the Vietnamese one ("Tỷ đồng - Bill. dongs").
_ENGLISH_UNIT_CELL = re.compile(ENGLISH_UNIT, re.IGNORECASE)
# A money unit as a cell: "Tỷ đồng", "Triệu USD", "đ/kg", "đồng/m3", "1000 đ", "VND".
_MONEY_UNIT = re.compile(
    rf"(?:(?P<mult>{MULTIPLIER_PATTERN})[ \t]++|(?P<number_mult>{NUMERIC_MULTIPLIER})[ \t]*+)?"
    rf"(?P<currency>{CURRENCY_PATTERN})(?:[ \t]*+/[ \t]*+(?P<per>[^\W\d_]\w{{0,11}}(?:/[^\W\d_]\w{{0,11}}){{0,2}}))?"
    rf"(?:[ \t]*+[-–][ \t]*+{ENGLISH_UNIT})?",
    re.IGNORECASE,
)
_FIGURE = re.compile(NUMBER_PATTERN)
_QUALIFIED = re.compile(rf"(?:(?P<word>{'|'.join(QUALIFIERS)})[ \t]++)?(?P<number>{NUMBER_PATTERN})", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_CELL_SEPARATOR = re.compile(r"\||\t|[ \xa0]{2,}")
_NAME_NUMBER = re.compile(r"\d{1,2}")
_YEAR_HEAD = re.compile(r"(?:năm[ \t]++)?(?:19|20)\d\d(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class _Unit:
    scale: int
    currency: str
    per: str | None


def _money_unit(cell: str) -> _Unit | None:
    """The unit a cell names when it is a unit of money, else None."""
    match = _MONEY_UNIT.fullmatch(cell.strip())
    if not match:
        return None
    number = match.group("number_mult")
    scale = int(number.replace(".", "").replace(",", "")) if number else multiplier_value(match.group("mult"))
    per = match.group("per")
    return _Unit(scale, currency_code(match.group("currency")), per)


def _is_figure(token: str) -> bool:
    return _FIGURE.fullmatch(token) is not None


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(start, line) for each line that starts in ``text[start:end]``."""
    position = start
    while position < end:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        yield position, text[position:line_end]
        position = line_end + 1


def _lines_from_heads(text: str, heads: list[int], in_table: list[bool]) -> Iterator[tuple[int, str]]:
    """(start, line) for each line from the first head line on; while ``in_table[0]`` is False after a
    line, the reading jumps to the next head line (``heads``: their starts, in order): the lines of a
    text outside its tables cost nothing."""
    position = heads[0] if heads else len(text)
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        yield position, text[position:line_end]
        position = line_end + 1
        if not in_table[0]:
            i = bisect.bisect_left(heads, position)
            position = heads[i] if i < len(heads) else len(text)


def _head_lines(text: str, head: re.Pattern[str]) -> list[int]:
    """The starts of the lines where ``head`` matches."""
    return [text.rfind("\n", 0, m.start()) + 1 for m in head.finditer(text)]


def _amount(text: str, start: int, end: int, unit: _Unit, english: bool, qualifier: str | None = None) -> Money | None:
    """The figure ``text[start:end]`` as money in ``unit``; None for a year, a zero or a fraction of a đồng."""
    figure = text[start:end]
    if YEAR.fullmatch(figure):
        return None
    number = parse_number(figure, english=english)
    if number == 0:
        return None
    money = Money(start, end, exact(number * unit.scale), unit.currency, qualifier, unit.per)
    return money if whole_if_vnd(money) else None


def _head_years(line: str) -> int:
    """How many years a line of a table's header names when it heads columns: two or more years and no
    other figure ("2015 2018 2019 2020 Sơ bộ"), or years alone ("2021", "Năm 2021"); else 0."""
    tokens = _TOKEN.findall(line)
    figures = [t for t in tokens if any(c.isdigit() for c in t)]
    if not figures or not all(YEAR.fullmatch(t) for t in figures):
        return 0
    alone = all(YEAR.fullmatch(t) or t.lower() == "năm" for t in tokens)
    return len(figures) if len(figures) >= 2 or alone else 0


def _column_count(line: str) -> int:
    """How many columns of figures a header line heads: its years ("2020 2021 2022", "Năm 2019 Năm 2020")."""
    return len(_YEAR_HEAD.findall(line))


def _tail(line: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The tokens of a line split into its head and the run of figures (or empty cells) that ends it."""
    tokens = list(_TOKEN.finditer(line))
    i = len(tokens)
    while i > 0 and (_is_figure(token := tokens[i - 1].group()) or token in EMPTY_CELLS
                     or _NO_AMOUNT_CELL.fullmatch(token) or _RANGE_CELL.fullmatch(token)):
        i -= 1
    return tokens[:i], tokens[i:]


# A cell that gives a price as a range: "5.300 - 5.500", "87.000-88.000" (a token of a single-spaced row).
_RANGE_CELL = re.compile(RANGE_CELL)


def _row_cells(line_start: int, tail: list[re.Match[str]], columns: int, last_not_money: int = 0
               ) -> list[list[tuple[int, int]]]:
    """The cells of a row's tail, each the spans of its figures: one, or both ends of a range ("87.000-88.000"),
    so that a range stays one column; where the header gave ``columns``, the last cells only; where its last
    ``last_not_money`` columns hold no money (their heads say "(%)"), not those."""
    cells = tail[-columns:] if columns and len(tail) > columns else tail
    label_year = 1 if len(cells) > 1 and YEAR.fullmatch(cells[0].group()) else 0  # "2021 180.00 -42,3"
    if last_not_money and len(cells) - label_year > last_not_money:
        cells = cells[:-last_not_money]
    out = []
    for t in cells:
        if _is_figure(t.group()):
            out.append([(line_start + t.start(), line_start + t.end())])
        elif in_range := _RANGE_CELL.fullmatch(t.group()):  # both ends of a range, each a price
            out.append([(line_start + t.start() + in_range.start(end), line_start + t.start() + in_range.end(end))
                        for end in ("low", "high")])
    return out


# The head of a financial statement's column of note numbers, between the labels and the amounts.
_NOTES_HEAD = re.compile(r"(?<![^\W\d_])(?:thuyết\s++minh|notes?)(?![^\W\d_])", re.IGNORECASE)
_NOTE_NUMBER = re.compile(r"\d{1,2}")


def _without_note_numbers(tail: list[re.Match[str]]) -> list[re.Match[str]]:
    """A row's figures without the note number that opens them ("4 949.714.290 510.081.795": note 4),
    under a head "Thuyết minh": a number of one or two digits before a greater figure ("7, 8, 9" leaves
    its last number, "9")."""
    while len(tail) > 1 and _NOTE_NUMBER.fullmatch(tail[0].group()) and not _NOTE_NUMBER.fullmatch(tail[1].group()):
        tail = tail[1:]
    return tail


def _last_heads_not_money(text: str, start: int, end: int) -> int:
    """How many of the last column heads between a unit line and its table's first row (``text[start:
    end]``, one head a line, a bracket alone on its line going with the line above) say they hold no
    money ("Tốc độ tăng trưởng" "(%)"): the columns at the right end of each row."""
    heads: list[str] = []
    for line in text[start:end].split("\n"):
        line = line.strip()
        if len(line) > HEAD_LENGTH or line and is_prose(line):
            return 0  # prose, no heads
        if line.startswith("(") and heads:
            heads[-1] += " " + line
        elif line:
            heads.append(line)
    count = 0
    while count < len(heads) and says_no_money(" ".join(heads[-1 - count].lower().split())):
        count += 1
    return count


def _english(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(ENGLISH_FIGURE.fullmatch(text[s:e]) for s, e in spans)


def _unit_before_tail(head: list[re.Match[str]], above: _Unit | None = None, kind_words: int = 0
                      ) -> tuple[int, int, _Unit] | None:
    """(index of its first token, index after its last, unit) when one to three tokens of a row's head
    are a unit of money, or a ditto mark repeating ``above``, with words before them (the row's label)
    and at most ``kind_words`` words after a rate's unit or a ditto (a price's kind: "đ/kg Bán lẻ 9.200",
    '" " 11.300')."""
    for after in range(kind_words + 1):
        end = len(head) - after
        if after and (end < 2 or any(_is_figure(t.group()) for t in head[end:])):
            break
        if above is not None and end > 1 and _DITTO.fullmatch(head[end - 1].group()):
            return end - 1, end, above
        for size in (3, 2, 1):
            if end > size:
                unit = _money_unit(" ".join(t.group() for t in head[end - size : end]))
                if unit is not None and (not after or unit.per) and not _ends_a_name(head, end - size, unit):
                    return end - size, end, unit  # ("đồng bào", "đồng bằng" are no unit)
    return None


_KIND_WORDS = 2


def _ends_a_name(head: list[re.Match[str]], start: int, unit: _Unit) -> bool:
    """Does a currency's word at ``head[start]`` end a place's name: capitalised, with no scale or rate, after
    a capitalised word ("Hưng Yên", "Phúc Yên", "Lâm Đồng": a row of a table by district)?"""
    return (unit.scale == 1 and unit.per is None and start > 0
            and ends_a_place_name(head[start - 1].group(), head[start].group()))


def _unit_column_rows(text: str, masks: list[tuple[int, int]]) -> list[Money]:
    """Money of the rows that name their unit in a cell, under a header with a unit column head."""
    out: list[Money] = []
    in_table, columns = [False], 0
    heads: list[str] = []  # the "|" cells of the header, in lower case
    unit_index: int | None = None  # the unit column's place among them
    above: list[_Unit | None] = [None]  # the unit of the row above, for a ditto mark in the unit column
    price: list[_Unit | None] = [None]  # the unit of a price column's head, for rows whose unit is a measure
    # Cells of a column whose head says it holds no money ("Tỷ lệ (%)" beside the prices).
    no_money = other_cells(text, told_only=True) if "|" in text or "\t" in text else set()
    for line_start, line in _lines_from_heads(text, _head_lines(text, _UNIT_HEAD), in_table):
        stripped = line.strip()
        if not stripped:
            continue
        if is_prose(stripped):
            in_table[0] = False  # a table ends at a line of prose
            continue
        no_figure = not any(_is_figure(t) and not YEAR.fullmatch(t) for t in _header_tokens(line))
        if _UNIT_HEAD.search(line) and no_figure:
            in_table[0], columns, price[0] = True, _column_count(line), _price_head(line)
            heads = [" ".join(cell.lower().split()) for cell in line.split("|")]
            unit_index = next((i for i, cell in enumerate(heads) if _UNIT_HEAD.search(cell)), None)
            unit_index = unit_index if "|" in line else None
            continue
        if in_table[0] and no_figure and _price_head(line):
            price[0] = _price_head(line)  # "Giá gốc (đồng)" on a line of its own under "STT Tên hàng ĐVT"
            continue
        if in_table[0] and unit_index is not None and "|" in line:
            out.extend(_pipe_unit_row(text, line_start, line, heads, unit_index, masks, above, price[0]))
        elif in_table[0]:
            found = _unit_row(text, line_start, line, columns, masks, above, price[0])
            out.extend(m for m in found if m.start not in no_money)
    return out


def _pipe_unit_row(text: str, line_start: int, line: str, heads: list[str], unit_index: int,
                   masks: list[tuple[int, int]], above: list[_Unit | None], price: _Unit | None) -> list[Money]:
    """Money of a row of a "|" table whose header (``heads``, its cells in lower case) names the unit
    column (the ``unit_index``-th cell): the figures after that cell, in its unit, but in a column whose
    head says it holds no money ("Tỷ lệ (%)"); an empty unit cell or a ditto mark under a row that named
    a unit of money ("| I | Học phí | Triệu đồng/năm | |" over "| 4 | Cao đẳng | | 6,3 |") takes that unit;
    under a ``price`` head in đồng, a measure in the unit cell ("tấn") makes the figures rates by it."""
    cells, offset = [], line_start
    for cell in line.split("|"):
        cells.append((offset + len(cell) - len(cell.lstrip()), cell.strip()))
        offset += len(cell) + 1
    if len(cells) <= unit_index:
        return []
    at, cell = cells[unit_index]
    unit = _money_unit(cell) if cell and not _DITTO.fullmatch(cell) else above[0]
    if unit is None and price is not None and cell.lower() in PRICED_BY:
        unit = replace(price, per=cell.lower())
    above[0] = unit
    if unit is None:
        return []  # a unit that is no money ("Người", "%"), or none above an empty cell
    if cell and not _DITTO.fullmatch(cell):
        masks.append((at, at + len(cell)))
    spans = [(start, start + len(figure)) for j, (start, figure) in enumerate(cells)
             if j > unit_index and _is_figure(figure) and not (j < len(heads) and says_no_money(heads[j]))]
    return _amounts(text, spans, unit)


def _price_head(line: str) -> _Unit | None:
    """The unit of money a price column's head names in a bracket, with no unit of its own after a slash
    ("Giá gốc (đồng)", "Đơn giá (nghìn đồng)"): each row's measure ("kg", "m3") makes the price a rate."""
    for match in _BRACKETED_UNIT.finditer(line):
        if not match.group("per"):
            return _Unit(multiplier_value(match.group("mult")), currency_code(match.group("currency")), None)
    return None


def _header_tokens(line: str) -> list[str]:
    """What must not be a figure in a header line: its cells where "|" or tabs part them (a head such as "Giá
    tháng 10" holds a number), else its words."""
    if "|" in line or "\t" in line:
        return [cell.strip() for cell in re.split(r"[|\t]", line)]
    return line.split()


def _unit_row(text: str, line_start: int, line: str, columns: int, masks: list[tuple[int, int]],
              above: list[_Unit | None], price: _Unit | None = None) -> list[Money]:
    """Money of one row of a unit column table: its cells split at "|", tabs or runs of blanks, else at
    single spaces (label, unit, figures). A ditto mark in the unit cell ('"', "nt", "-nt-") repeats the
    unit of the row above (``above``, kept from row to row)."""
    if _CELL_SEPARATOR.search(line.strip(" |\t")):
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^|\t]+?(?=[ \xa0]{2,}|\||\t|$)", line)]
        cells = [(s + len(c) - len(c.lstrip()), c.strip()) for s, c in cells if c.strip()]
        for i, (offset, cell) in enumerate(cells[1:], start=1):
            unit = _money_unit(cell) or (above[0] if _DITTO.fullmatch(cell) else None)
            if unit is None:
                if _is_figure(cell):
                    above[0] = None
                    measure = cells[i - 1][1].lower()
                    if price is None or measure not in PRICED_BY:
                        return []  # figures before any unit cell: not a row of this kind
                    spans = _figure_run([(line_start + o, c) for o, c in cells[i:]])
                    return _amounts(text, spans, replace(price, per=measure))
                continue
            above[0] = unit
            masks.append((line_start + offset, line_start + offset + len(cell)))
            spans = [(line_start + o, line_start + o + len(c)) for o, c in cells[i + 1 :] if _is_figure(c)]
            return _amounts(text, spans, unit)
        above[0] = None
        return []
    head, tail = _tail(line)
    if price is not None:
        measured = _measured_run(line_start, line)
        if measured:
            return _amounts(text, measured[1], replace(price, per=measured[0]))
    if not tail or not head:
        return []
    unit_at = _unit_before_tail(head, above[0], _KIND_WORDS)
    if unit_at is None:
        return []
    first, end, unit = unit_at
    above[0] = unit
    masks.append((line_start + head[first].start(), line_start + head[end - 1].end()))
    return _amounts(text, [span for cell in _row_cells(line_start, tail, columns) for span in cell], unit)


def _figure_run(cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the figures that start ``cells`` ((start, cell) pairs), up to the first that is none."""
    spans = []
    for start, cell in cells:
        if not _is_figure(cell):
            break
        spans.append((start, start + len(cell)))
    return spans


def _measured_run(line_start: int, line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(measure, spans of the figures right after it) for a single-spaced row whose unit cell is a measure
    ("Xi măng bao PCB30 kg 1.505 Tại Đồng Hới"): the first measure after the label that figures follow."""
    tokens = list(_TOKEN.finditer(line))
    for i in range(1, len(tokens) - 1):
        measure = tokens[i].group().lower()
        if measure in PRICED_BY and _is_figure(tokens[i + 1].group()):
            return measure, _figure_run([(line_start + t.start(), t.group()) for t in tokens[i + 1 :]])
    return None


def _amounts(text: str, spans: list[tuple[int, int]], unit: _Unit) -> list[Money]:
    """The figures ``spans`` of one row as money in ``unit``, read in the English grouping if one of them
    shows it; years, zeros and fractions of a đồng left out (``_amount``)."""
    english = _english(text, spans)
    return [money for s, e in spans if (money := _amount(text, s, e, unit, english)) is not None]


def _flattened_unit_column(text: str, masks: list[tuple[int, int]]) -> list[Money]:
    """Money of a unit column table flattened one cell a line: after a line that is a unit column head
    alone, a line that is a unit of money makes money of the figure lines right after it. A ditto mark
    in the unit column repeats the unit of the row above; lines of bare pipes between the cells, and the
    pipes around a cell, are skipped; a figure that is the difference of the two before it is the row's
    change, an amount too, and ends its money ("Giá kỳ trước" 80.000, "Giá kỳ này" 82.000, "Mức tăng"
    2.000, then "%" 2,50). Under a price head in đồng ("Giá mua (đồng)"), a measure in the unit column
    ("kg") makes the prices after it rates by that measure; a range ("5.300 - 5.500") is two prices. The
    cells a row runs together on one line, parted by tabs or runs of blanks, are read one by one, and the
    kind of price ("Giá bán lẻ") may stand between a row's unit and its prices."""
    out: list[Money] = []
    in_table = [False]
    unit: _Unit | None = None
    last_unit: _Unit | None = None  # the unit of the row above, for a ditto mark
    price: _Unit | None = None  # the unit of a price column's head
    row: list[Decimal] = []  # the figures read so far in the current row, for its change column
    row_number: int | None = None
    for line_start, line, at, cell in _cells(text, _head_lines(text, _HEAD_LINE), in_table):
        if COLUMN_HEAD_ALONE.fullmatch(cell):
            in_table[0], unit, price = True, None, None
            continue
        if not in_table[0]:
            continue
        if is_prose(cell):
            in_table[0], unit = False, None
            continue
        if not any(c.isdigit() for c in cell) and _price_head(cell):
            price = _price_head(cell)  # "Giá mua của thương lái (đồng)"
            continue
        cell_unit = _money_unit(cell)
        if cell_unit is None and unit is not None and _ENGLISH_UNIT_CELL.fullmatch(cell):
            cell_unit = unit  # "Bill. dongs" under "Tỷ đồng": the same unit in English
        if cell_unit is None and unit is None and last_unit is not None and _DITTO.fullmatch(cell):
            cell_unit = last_unit  # '"' under "đ/kg": the unit of the row above
        if cell_unit is None and price is not None and cell.lower() in PRICED_BY:
            cell_unit = replace(price, per=cell.lower())  # "kg" under "Giá (đồng)"
        if cell_unit is not None:
            unit = last_unit = cell_unit
            row = []
            masks.append((at, at + len(cell)))
            continue
        qualified = _QUALIFIED.fullmatch(cell)
        restart = unit is None or bool(row)  # no price of a row is pending: "1" opens a new section
        if qualified and _row_number(text, line_start + len(line), cell, row_number, restart):
            row_number, unit = int(cell), None  # "2" above "Thịt lợn hơi": the next row's number
            continue
        in_range = _RANGE_CELL.fullmatch(cell) if unit is not None and not qualified else None
        if unit is not None and in_range:
            for group in ("low", "high"):
                money = _amount(text, at + in_range.start(group), at + in_range.end(group), unit, False)
                if money is not None:
                    out.append(money)
            continue
        if unit is not None and qualified:
            start = at + qualified.start("number")
            word = qualified.group("word")
            money = _amount(text, start, start + len(qualified.group("number")), unit, False,
                            QUALIFIERS[word.lower()] if word else None)
            if money is not None:
                out.append(money)
            number = parse_number(qualified.group("number"))
            if len(row) >= 2 and number == abs(row[-1] - row[-2]):
                unit = None  # the change from the price before, money too; what follows is its rate (%)
            row.append(number)
            continue
        if unit is not None and cell in EMPTY_CELLS:
            continue  # no price this time: the next cell is still the row's
        if unit is not None and not row and _PRICE_KIND.match(cell):
            continue  # "Giá bán lẻ" between the unit and the prices: the kind of price the row gives
        unit = None  # a label or a unit that is no money: the figures after it are not this row's
    return out


# The cell that says which price a row gives, between its unit and its prices (a price report's "Loại giá"
# column: "Giá bán lẻ", "Giá bán buôn", "Giá thu mua").
_PRICE_KIND = re.compile(r"giá[ \t]", re.IGNORECASE)
# What parts the cells a flattened row runs together on one line ("Giá bán lẻ    15.000    15.500"): a tab or a
# run of blanks.
_RUN_TOGETHER = re.compile(r"\t|[ \xa0]{2,}")


def _cells(text: str, heads: list[int], in_table: list[bool]) -> Iterator[tuple[int, str, int, str]]:
    """(line start, line, cell start, cell) for each cell of each line from the first head line on (see
    ``_lines_from_heads``), without the pipes around it: one a line, or several that a row runs together
    on a line, parted by tabs or runs of blanks."""
    for line_start, line in _lines_from_heads(text, heads, in_table):
        stripped = line.strip().strip("|").strip()
        if not stripped:
            continue
        at = line_start + line.find(stripped)
        if not _RUN_TOGETHER.search(stripped):
            yield line_start, line, at, stripped
            continue
        for part in _TOKEN_RUN.finditer(stripped):
            yield line_start, line, at + part.start(), part.group()


# A cell among cells run together: words and figures parted by single blanks.
_TOKEN_RUN = re.compile(r"\S+(?:[ \xa0]\S+)*")


_ROW_NUMBER = re.compile(r"\d{1,3}")


def _row_number(text: str, line_end: int, line: str, last: int | None, restart: bool = False) -> bool:
    """Whether ``line``, a small whole number, numbers the row below it: a line of words follows it ("2"
    above "Thịt lợn hơi"), and it is the number after the ``last`` row's, or 1 where numbering may
    ``restart`` (a new section; a price "45" in "nghìn đồng/kg" above the next row's label is a figure of
    its row)."""
    if not _ROW_NUMBER.fullmatch(line):
        return False
    number = int(line)
    if number != (last or 0) + 1 and not (number == 1 and restart):
        return False
    following = line_below(text, line_end)
    return bool(following) and not _QUALIFIED.fullmatch(following) and _money_unit(following) is None


# A code of capitals before a number ("OM 5451", "IR 504": rice varieties): the number is the name's.
_CODE = re.compile(r"[A-ZĐ]{2,4}")


def _named_number_after(word: str, number: str) -> bool:
    """Does ``number`` (a row's first figure) belong to the name ``word`` ends: a label's number ("loại 1") or a
    code's ("OM 5451", a whole number without grouping)?"""
    if word.lower() in LABEL_WORDS:
        return _NAME_NUMBER.fullmatch(number) is not None
    return _CODE.fullmatch(word) is not None and number.isdigit()


def _unit_line_rows(text: str) -> list[Money]:
    """Rows "label figure figure ..." (single spaces) in the scope of a unit line."""
    out: list[Money] = []
    for header, scope_end in unit_scopes(text):
        unit = _Unit(header_multiplier(header), currency_code(header.group("currency")),
                     re.sub(r"[ \t]+", "", header.group("per")) if header.group("per") else None)
        first_line_end = text.find("\n", header.end())
        spans = _one_line_table(text, header.end(), len(text) if first_line_end < 0 else first_line_end)
        rows: list[list[list[tuple[int, int]]]] = []  # each row its cells, each cell the spans of its figures
        columns = 0
        heading = False  # on the header's lines: years on the next line add columns ("... Sơ bộ" "2021")
        last_not_money: int | None = None
        notes = False  # a column of note numbers among the heads ("Thuyết minh")
        for line_start, line in _lines(text, first_line_end + 1 if first_line_end >= 0 else scope_end, scope_end):
            if "|" in line or "\t" in line or (
                    _CELL_SEPARATOR.search(line.strip()) and line_start in _spaced_rows(text)):
                continue  # a table with cells: extract/tables.py and block_money.py read it
            years = _head_years(line)
            if years:
                columns, heading = columns + years if heading else years, True
                continue
            head, tail = _tail(line)
            if not tail:
                continue
            if not any(c.isalpha() for t in head for c in t.group()):
                if head or all(YEAR.fullmatch(t.group()) for t in tail):
                    columns = _column_count(line) or columns
                    continue
                if len(tail) < 2:
                    continue  # a figure alone on its line: extract/tables.py reads it
                # A line of figures only: the values of the row whose label is the line above.
            if all(_YEAR_HEAD.fullmatch(t.group()) or t.group().lower() == "năm" for t in head + tail):
                columns = _column_count(line)
                continue
            if _unit_before_tail(head) is not None:
                continue  # a row with its own unit: read with the unit column
            if len(tail) == 1 and _NAME_NUMBER.fullmatch(tail[0].group()):
                continue  # "Vị trí 1", "Nhóm 2": a name that ends with its number
            if head and _named_number_after(head[-1].group(), tail[0].group()):
                tail = tail[1:]  # "... Nội khoa loại 1 77.130", "Lúa OM 5451": the label's number, a name's code
            if last_not_money is None:
                last_not_money = _last_heads_not_money(text, header.end(), line_start)
                notes = _NOTES_HEAD.search(text, header.end(), line_start) is not None
            if notes:
                tail = _without_note_numbers(tail)
            rows.append(_row_cells(line_start, tail, columns, last_not_money))
            heading = False
        english = _english(text, spans + [span for row in rows for cell in row for span in cell])
        by_column = _column_units(text, header)
        placed = [(span, unit) for span in spans]
        for row in rows:
            if by_column and len(by_column) < len(row) <= len(by_column) + _LEADING_OTHERS:
                row = row[-len(by_column) :]  # "Số dự án" before the two amounts: a count, not money
            units = by_column if len(by_column) == len(row) else [unit] * len(row)
            placed.extend((span, cell_unit) for cell, cell_unit in zip(row, units, strict=True) for span in cell)
        for (s, e), row_unit in placed:
            money = _amount(text, s, e, row_unit, english)
            if money is not None:
                out.append(money)
    return out


# Figures that may stand before those of the bracketed units of a head line, in columns of their own (a
# count of projects before the registered and the chartered capital).
_LEADING_OTHERS = 1

_BRACKETED_UNIT = re.compile(
    rf"\([ \t]*+(?:(?P<mult>{MULTIPLIER_PATTERN})[ \t]++)?(?P<currency>{CURRENCY_PATTERN})"
    rf"(?:[ \t]*+/[ \t]*+(?P<per>[^\W\d_]\w{{0,11}}(?:/[^\W\d_]\w{{0,11}}){{0,2}}))?[ \t]*+\)",
    re.IGNORECASE,
)


def _column_units(text: str, header: re.Match[str]) -> list[_Unit]:
    """The units of the columns named on the unit line's own line, each in a bracket ("Mức lương tháng
    (đồng/tháng) Mức lương giờ (đồng/giờ)"), when there are two or more: a row of as many figures takes
    them in order."""
    line_start = text.rfind("\n", 0, header.end()) + 1
    line_end = text.find("\n", header.end())
    found = [_Unit(multiplier_value(m.group("mult")), currency_code(m.group("currency")), m.group("per"))
             for m in _BRACKETED_UNIT.finditer(text, line_start, len(text) if line_end < 0 else line_end)]
    return found if len(found) >= 2 else []


def _one_line_table(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the figures of a table run together on its unit line's own line ("(Đơn vị: triệu USD) Năm
    2022 Năm 2023 Vốn đăng ký 1,234.5 1,456.7 Vốn điều chỉnh 345.6 456.7"): each run of two figures or
    more after a word, as many as the years heading it; a line of prose has no such runs. Items "label:
    figure" ("- Tổng chi phí: 1.061.456.336 - Lợi nhuận: 115.626.083"), two at least, are amounts too."""
    tokens = list(_TOKEN.finditer(text, start, end))
    spans: list[tuple[int, int]] = []
    labelled: list[tuple[int, int]] = []  # single figures after a label's colon ("Tổng chi phí: 1.061.456")
    columns = i = label_start = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _is_figure(tokens[j].group()) and not YEAR.fullmatch(tokens[j].group()):
            j += 1
        if j == i:
            columns += bool(YEAR.fullmatch(tokens[i].group()))
            i += 1
            continue
        label = text[tokens[label_start].start() : tokens[i - 1].end()] if i > label_start else ""
        if j - i >= 2 and label and column_of(label).kind != "other":  # not "Số dự án", "Tỷ lệ (%)"
            run = tokens[i:j][-columns:] if columns else tokens[i:j]
            spans.extend((t.start(), t.end()) for t in run)
        elif j - i == 1 and label.endswith(":") and column_of(label[:-1]).kind != "other":
            labelled.append((tokens[i].start(), tokens[i].end()))
        i = label_start = j
    # Items "label: figure" run together on the unit line ("- Tổng chi phí: 1.061.456 - Lợi nhuận: 115.626"),
    # two at least: a list of amounts in the unit.
    return spans + labelled if len(labelled) >= 2 else spans


@lru_cache(maxsize=2)
def _spaced_rows(text: str) -> frozenset[int]:
    """Where the rows of the tables aligned with spaces start (extract/blocks.py): a line with one run of
    blanks ("... 13.800  13.800") that is no row of such a table is a row of single-spaced figures all the same."""
    return frozenset(row.start for table in tables(text) if table.kind == "space" for row in table.rows)


def find_unit_row_money(text: str) -> list[Money]:
    """Money of rows with a unit cell, of flattened unit columns, and of single-spaced rows under a
    unit line (see the module docstring)."""
    return list(_read(text)[0])


def find_unit_masks(text: str) -> list[tuple[int, int]]:
    """Spans that are units, never amounts: the unit of each unit line ("1.000.000đ" of "Đơn vị:
    1.000.000đ") and the unit cells of unit column tables."""
    return list(_read(text)[1])


@lru_cache(maxsize=2)
def _read(text: str) -> tuple[tuple[Money, ...], tuple[tuple[int, int], ...]]:
    """The money and the masks of ``text``, read once for both finders (callers must not change them)."""
    scopes = unit_scopes(text)
    masks = [(unit_span_start(header), header.end()) for header, _ in scopes]
    out = _unit_line_rows(text) if scopes else []
    if _UNIT_HEAD.search(text):
        out += _unit_column_rows(text, masks)
        out += _flattened_unit_column(text, masks)
    return tuple(out), tuple(masks)
