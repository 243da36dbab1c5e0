"""Figures of a table whose unit is stated once: "Đơn vị tính: triệu đồng", "ĐVT: tỷ đồng",
"Đơn giá (đồng/m3)", a line "(nghìn đồng/kg)" above the columns, a label whose bracket closes its line
("Kinh phí (triệu đồng)" above one value a line), or a unit line such as
"Triệu đồng - Millions of dong".

Below such a header, every figure standing alone in its line or cell is money in that unit, and a
rate's unit ("đồng/m3", "nghìn đồng/kg") is its ``per`` ("m3", "kg"). In a "|" or tab table so are both ends
of a range that is a cell ("| 610.000 - 620.000 |") and the signed changes of a cell ("| + 30.000 |", "| + 90.000
+ 30.000 |"), each the change's size, as "tăng 30.000 đồng" in prose. Row numbers (small integers
alone on their line or in a row's first cell) and years are not figures. Where a figure of the table
shows the English grouping ("7,599,800"), the table is read that way throughout ("941,550" is 941 550).

A financial statement may state its unit as a currency's code alone on its line ("VND") over its
heads; a code alone under a figure is that figure's, and one over a figure a unit cell of its row.
A unit line may scale by a number instead of a word ("Đơn vị: 1.000.000đ", "ĐVT: 1.000 đồng/m2", "Unit:
1000 VNĐ"). A unit line over one figure with no row label is no table (a page number under "ĐVT: Nghìn đồng"). Where a
table flattened one cell a line states a unit per column, each on its own line before the first figure
("Nghìn đồng -" ... "Đô la Mỹ" "- USD"), the figures after each row label are read column by column,
and the table ends where its row years start again (a block of indices under the amounts).

A stated unit holds for its table only. It ends at the next unit line, whatever its unit ("Đơn vị
tính: ha"), at a counted noun alone on its line over figures ("dự án" under "triệu USD" in a table
flattened a column at a time), at a line of prose (a sentence, or a label ending in ":"; a short sentence
with cells and a figure right after it is a cell of a table flattened one cell a line, and a numbered head
ending in ":" with a numbered row right under it heads a section of rows), and, for a table written with
"|" or tabs, at the first line after the table's rows that is not one of them.

In a table written with "|" or tabs, a column whose head gives the unit ("Kinh phí (triệu đồng)",
"Đơn giá (đồng/kg)") makes money of the figures below it in that column only: "Số đề án" beside it
stays a count. Under a unit line, a figure in a column whose head says it holds no money ("STT", "Số dự
án", "Tỷ lệ (%)", "Năm", "Diện tích (ha)": extract/columns.py, block_money.other_cells) is left out.
Tables aligned with runs of spaces are read by extract/block_money.py. A row whose head names a counted noun
("Số doanh nghiệp", "Hợp tác xã (HTX)") makes counts of the whole numbers in its other cells.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .block_money import header_multiplier, other_cells
from .blocks import DIVISION_HEAD
from .columns import COLUMN_UNIT, PERCENT_WORDS, says_no_money
from .counts import Count
from .money import CURRENCY_PATTERN, Money, currency_code, whole_if_vnd
from .nouns import LEXICON, classify_after
from .numbers import ENGLISH_FIGURE, MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, parse_number
from .text import fold_words

if TYPE_CHECKING:
    from .text import Claims

# What a rate is per, after the currency: "/m3", "/kg", "/người/tháng" (a few words at most).
_PER = r"(?:[ \t]*+/[ \t]*+(?P<per>[^\W_][\w]{0,11}(?:[ \t]*+/[ \t]*+[^\W_][\w]{0,11}){0,2}))?"

# A unit header: "Đơn vị tính: triệu đồng", "Đơn giá (đồng/m3)", a line "Triệu đồng - ...", or a line whose
# first bracket holds a rate's unit "(nghìn đồng/kg)". Possessive quantifiers throughout: a page of blanks or
# tabs must not make these backtrack.
_UNIT_WORDS = ("đơn vị tính", "đơn vị", "đvt", "đv", "unit")
# Heads of a unit column.
UNIT_COLUMN_HEADS = ("đvt", "đơn vị", "đơn vị tính", "đv tính", "đvt tính", "unit", "đơn vị - unit",
                     "đơn vị tính - unit", "đvt - unit")
# A unit line may scale its figures by a number instead of a word: "Đơn vị: 1.000.000đ", "ĐVT: 1.000
# đồng/m2", "Unit: 1000 VNĐ" (a one and groups of three zeros; see numeric_multiplier).
NUMERIC_MULTIPLIER = r"1(?:[.,]?000)++"
_UNIT_REST = (rf"[ \t]*+[:：]?[ \t]*+\(?[ \t]*+(?:(?P<mult>{MULTIPLIER_PATTERN})[ \t]++"
              rf"|(?P<number_mult>{NUMERIC_MULTIPLIER})[ \t]*+)?")
_PRICE_WORDS = ("đơn giá",)
_PRICE_REST = rf"[ \t]*+\([ \t]*+(?:(?P<price_mult>{MULTIPLIER_PATTERN})[ \t]++)?"
_LINE_UNIT = rf"[ \t|(]*+(?P<line_mult>{MULTIPLIER_PATTERN})[ \t]++"
# A line whose first bracket holds a rate's unit, or a label whose bracket closing the line holds a unit
# ("Kinh phí (triệu đồng)" above one value a line), or whose brackets to the line's end all hold units of
# money (a head line: "Số dự án Vốn đăng ký (Triệu USD) Vốn điều lệ (Triệu USD)").
_MORE_BRACKETED_UNITS = (
    rf"(?:[^\n(|\t]{{0,60}}+\([ \t]*+(?:{MULTIPLIER_PATTERN}[ \t]++)?(?:{CURRENCY_PATTERN})[ \t]*+\))*+"
)
_BRACKET_UNIT = (
    rf"[^\n(|\t]{{0,60}}+\([ \t]*+(?:(?P<bracket_mult>{MULTIPLIER_PATTERN})[ \t]++)?"
    rf"(?=(?:{CURRENCY_PATTERN})[ \t]*+(?:/|\){_MORE_BRACKETED_UNITS}[ \t\r]*+$))"
)
_CURRENCY_AFTER = rf"(?P<currency>{CURRENCY_PATTERN}){_PER}(?=[ \t]*+(?:[-)/|;,\n]|$))"
# A currency's code alone on its line over a table's heads, as financial statements state their unit
# ("VND" over "Mã số | Chỉ tiêu | Thuyết minh | Số cuối năm"); a word ("đồng") alone may be a figure's.
_CODE_LINE = r"[ \t]*+(?=(?-i:VND|VNĐ|USD)[ \t]*+$)"
_HEADER = re.compile(
    rf"(?:(?:{'|'.join(_UNIT_WORDS)}){_UNIT_REST}|(?:{'|'.join(_PRICE_WORDS)}){_PRICE_REST}"
    rf"|^{_LINE_UNIT}|^{_BRACKET_UNIT}|^{_CODE_LINE}){_CURRENCY_AFTER}",
    re.IGNORECASE | re.MULTILINE,
)


def _after_first_character(words: tuple[str, ...]) -> str:
    """``words`` as "(?<=[đĐ])(?:ơn vị tính|ơn vị|vt)|(?<=[uU])(?:nit)": the rest of each word, once its first
    character (in either case) is matched."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<=[{first}{first.upper()}])(?:{'|'.join(rest)})" for first, rest in rests.items())


# The same headers, for scanning a text: the pattern starts with one case-sensitive set of the characters a
# header can start with (or follow: the line break before a line's unit), which lets the regex engine skip to
# them instead of trying the pattern at every character (a fifth of the time of _HEADER.finditer). A match
# of a line's unit starts at the line break before it; the text's first line is read with _HEADER itself
# (``_headers``). The alternatives are tried in _HEADER's order at a line's start.
_HEADER_SCAN = re.compile(
    rf"[{''.join(sorted({w[0] + w[0].upper() for w in _UNIT_WORDS + _PRICE_WORDS}))}\n](?im:(?:"
    rf"(?:{_after_first_character(_UNIT_WORDS)}|(?<=\n)(?:{'|'.join(_UNIT_WORDS)})){_UNIT_REST}"
    rf"|(?:{_after_first_character(_PRICE_WORDS)}|(?<=\n)(?:{'|'.join(_PRICE_WORDS)})){_PRICE_REST}"
    rf"|(?<=\n){_LINE_UNIT}|(?<=\n){_BRACKET_UNIT}|(?<=\n){_CODE_LINE}){_CURRENCY_AFTER})"
)


def _headers(text: str) -> list[re.Match[str]]:
    """The unit headers of ``text``: those ``_HEADER.finditer`` finds (the same ends and groups), but a
    unit scaled by a number only after a colon or a bracket ("Đơn vị: 1.000.000đ"): "mỗi đơn vị 1.000
    đồng" is an amount; and a caption's closing rate after a comma ("Diễn biến giá tôm tại đầm, đ/kg")."""
    first = _HEADER.match(text)
    found = ([first] if first else []) + list(_HEADER_SCAN.finditer(text, first.end() if first else 0))
    headers = [m for m in found
               if (not m.group("number_mult") or _COLON_OR_BRACKET.search(text, m.start(), m.start("number_mult")))
               and (text[m.start() : m.start("currency")].strip() or _code_line_heads_table(text, m))]
    captions = []
    for rate in _RATE_CLOSING_LINE.finditer(text):  # a "/" is rarer than a comma: look for the rate first
        comma = text.rfind(",", text.rfind("\n", 0, rate.start()) + 1, rate.start())
        caption = _CAPTION_RATE.match(text, comma) if comma >= 0 else None
        if caption:
            captions.append(caption)
    return sorted(headers + captions, key=lambda m: m.start()) if captions else headers


# A rate's "/" and its unit closing a line ("đ/kg", "đ/kg.").
_RATE_CLOSING_LINE = re.compile(r"/[ \t]*+[^\W\d_]\w{0,11}[ \t]*+\.?[ \t]*+$", re.MULTILINE)
# A caption whose line a rate of money closes after a comma, with or without a full stop: "Diễn biến giá tôm (không
# kháng sinh), đ/kg". The groups of _HEADER it lacks never match (a unit header's groups are read by name).
_CAPTION_RATE = re.compile(
    rf",[ \t]*+(?:(?P<line_mult>{MULTIPLIER_PATTERN})[ \t]++)?(?=(?:{CURRENCY_PATTERN})[ \t]*+/)"
    rf"(?P<number_mult>(?!))?(?P<mult>(?!))?(?P<price_mult>(?!))?(?P<bracket_mult>(?!))?"
    rf"(?P<currency>{CURRENCY_PATTERN}){_PER}[ \t]*+\.?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)




def _code_line_heads_table(text: str, code: re.Match[str]) -> bool:
    """Is a currency's code alone on its line the unit of the table under it: no figure closes the line
    above ("12.500" over "VND": the code is that figure's) and the next line with text is a head, with no
    figure ("Khoảng 4.200" under "USD": a unit cell of a flattened table)?"""
    return (_FIGURE_ENDS_LINE_ABOVE.search(text, 0, code.start("currency")) is None
            and _HEAD_LINE_BELOW.match(text, code.end()) is not None)


_FIGURE_ENDS_LINE_ABOVE = re.compile(r"\d[ \t]*+\n[ \t]*+\Z")
_HEAD_LINE_BELOW = re.compile(r"[ \t]*+\n(?:[ \t]*+\n)*+[^\d\n]++\n")
# Any unit line, money or not ("Đơn vị tính: ha", "ĐVT: người"): it ends the table before it.
_COLON_OR_BRACKET = re.compile(r"[:：(]")
_ANY_UNIT_LINE = re.compile(r"(?:đơn vị tính|đvt)[ \t]*+[:：][ \t]*+(?:[^\W\d_]|%)", re.IGNORECASE)
# A short line that heads a block of another measure under the figures of a table: shares or indices
# ("Cơ cấu - Structure (%)", "Chỉ số phát triển (Năm trước = 100) - Index (Previous year = 100) - %").
# It ends the table above it once figures have been read (in a header it may name a column).
_OTHER_MEASURE = re.compile(
    rf"(?:(?:{'|'.join(PERCENT_WORDS)}|tỷ trọng|structure|index|growth rate)(?![^\W\d_])[^\n]{{0,80}}"
    r"|[^\n]{0,80}\([ \t]*+%[ \t]*+\)[^\n]{0,40}|[^\n]{0,80}[-–][ \t]*+%)",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()\n]*+\)")


def _other_measure(line: str) -> bool:
    """Does ``line`` (stripped) head a block of shares or indices: no figure but in its brackets ("Năm trước
    = 100"), pipes or tabs of an empty row around it?"""
    line = line.strip("|\t ")
    return _OTHER_MEASURE.fullmatch(line) is not None and not any(c.isdigit() for c in _BRACKETED.sub("", line))


# A figure alone in its line or cell, or with its change glued after it in a bracket ("5.650(+100)"). Only spaces
# after it: a tab there starts the next cell.
_CELL_FIGURE = re.compile(
    rf"(?:^|(?<=[|\t]))[ \t]*+(?P<number>{NUMBER_PATTERN})[ \xa0]*+(?:\([+\-−–][\d.,]++\)[ \xa0]*+)?(?=$|[|\t])",
    re.MULTILINE,
)
# A change a cell of a table read one cell a line: a signed figure alone on its line ("-1.000", "+800"), or glued
# in a bracket after its price ("5.900(+200)"): an amount of the table's unit, the change's size.
_CHANGE_ALONE = re.compile(
    rf"(?:^[ \t]*+[+\-−–][ \t]*+|(?<=\d)\([+\-−–])(?P<number>{NUMBER_PATTERN})(?:\))?[ \xa0]*+$", re.MULTILINE
)
_FIRST_CELL = re.compile(r"[ \t|]*+")
# A price given as a range, both ends figures: "5.300 - 5.500", "87.000-88.000" (also extract/unit_rows.py's).
RANGE_CELL = rf"(?P<low>{NUMBER_PATTERN})[ \t]*+[-–][ \t]*+(?P<high>{NUMBER_PATTERN})"
# ... as a cell of a "|" or tab table ("| 610.000 - 620.000 |"). The literal "|" or tab first lets the regex engine
# skip to the cells.
_RANGE_IN_CELL = re.compile(rf"[|\t][ \t]*+{RANGE_CELL}[ \xa0]*+(?=$|[|\t])", re.MULTILINE)
# A cell of changes, each signed ("| + 30.000 |", "| + 90.000 + 30.000 |", "| -12.000 |"): amounts of the column's
# unit, the change's size (as "tăng 30.000 đồng" in prose).
_CHANGES_IN_CELL = re.compile(rf"[|\t](?:[ \t]*+[+\-−–][ \t]*+{NUMBER_PATTERN})++[ \xa0]*+(?=$|[|\t])", re.MULTILINE)


_CELL = re.compile(r"[^|\t\n]+")
_FIGURE = re.compile(NUMBER_PATTERN)


def is_prose(line: str) -> bool:
    """A line of prose, not a cell: a sentence of six words or more, or a label of five or more
    ending in ":" ("Số lao động được đào tạo:"); "Trong đó:" and "Chia ra:" are rows of the table."""
    if line[-1] in ".!?":
        return len(line.split(None, 6)) > 5 and not line[0].isdigit()
    return line[-1] == ":" and len(line.split(None, 5)) > 4


def find_table_money(text: str, taken: Claims) -> list[Money]:
    """Money figures of tables with a stated unit, outside the spans ``taken``."""
    out = _column_money(text, taken)
    for money in out:
        taken.add(money.start, money.end)
    scopes = unit_scopes(text)
    # Figures of a pipe or tab table's column that holds no money ("Tỷ lệ (%)", "Số dự án").
    no_money = other_cells(text) if scopes else set()
    column_units: list[tuple[int, str, str | None]] = []  # heads of columns above, one a line, each its unit
    for index, (header, region_end) in enumerate(scopes):
        figures = _cell_figures(text, header.end(), region_end)
        unit = header_multiplier(header)
        currency = currency_code(header.group("currency"))
        per = _per(header.group("per"))
        if not figures and _next_column_head(text, scopes, index):
            column_units.append((unit, currency, per))  # "Trị giá (triệu USD)" above "Trị giá (tỷ đồng)"
            continue
        if column_units:
            units, column_units = [*column_units, (unit, currency, per)], []
            out.extend(_by_unit_column(text, figures, units, taken))
            continue
        if _amounts(figures) < 2 and not (figures and _labelled(text[header.end() : figures[0].start()])):
            # One figure with no row label is no table (a page number, a stray figure); a unit line with no
            # table under it may close the table above it ("ĐVT: Nghìn đồng" at the foot of a yearbook page).
            top = _table_above(text, header.start())
            above = [] if top is None else _figures_above(text, top, header.start())
            page_number = len(figures) == 1 and figures[0].group("number").isdigit()  # "371" at a page's foot
            if _amounts(above) >= 2 and (not figures or page_number):
                out.extend(_cell_money(text, above, unit, currency, per, taken, no_money))
            continue
        more = _more_units(text, header.end(), figures[0].start() if figures else region_end)
        if more:
            out.extend(_by_unit_column(text, figures, [(unit, currency, per), *more], taken))
            continue
        other = _flattened_other_columns(text, header, figures)
        if _page_number_under_rows(text, figures):
            figures = figures[:-1]
        out.extend(_cell_money(text, figures, unit, currency, per, taken, no_money | other if other else no_money))
    return [money for money in out if whole_if_vnd(money)]


def _cell_figures(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The figures alone in their line or cell between ``start`` and ``end``, and both ends of the ranges that
    are cells of a "|" or tab table, in text order."""
    figures = list(_CELL_FIGURE.finditer(text, start, end))
    changes = list(_CHANGE_ALONE.finditer(text, start, end))  # a signed figure a line, a change glued in brackets
    if changes:
        figures = sorted(figures + changes, key=lambda m: m.start())
    if text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0:
        for cell in _RANGE_IN_CELL.finditer(text, start, end):
            figures += [m for end_of_range in ("low", "high")
                        if (m := _FIGURE_IN_LINE.match(text, cell.start(end_of_range))) is not None]
        for cell in _CHANGES_IN_CELL.finditer(text, start, end):
            figures += _FIGURE_IN_LINE.finditer(text, cell.start(), cell.end())
        figures.sort(key=lambda m: m.start())
    return figures


def _page_number_under_rows(text: str, figures: list[re.Match[str]]) -> bool:
    """Is the last of ``figures`` a page's number: a whole number alone on its line, under a row a line (its
    label and its figures; a table of such rows has no cell alone on a line), with nothing after it?"""
    if not figures or not figures[-1].group("number").isdigit() or text[figures[-1].end() :].strip():
        return False
    line_start = text.rfind("\n", 0, figures[-1].start()) + 1
    if text[line_start : figures[-1].start()].strip():
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return any(c.isalpha() for c in above) and len(_FIGURE.findall(above)) >= 2 and above.rstrip()[-1:].isdigit()


def _flattened_other_columns(text: str, header: re.Match[str], figures: list[re.Match[str]]) -> set[int]:
    """In a table flattened one cell a line, the figures of the columns whose head says they hold no money
    ("Cơ cấu (%)", "Tăng trưởng (%)"): the heads are the lines between the unit line and the first row's
    label, one for each figure of a row (and one for the labels' column: "Chỉ tiêu"), or, when no line
    stands there, the lines right above the unit line (pages often put "Đơn vị tính" under the heads).
    Where the count of heads leaves it unsure which head is whose, nothing is left out."""
    while figures and YEAR.fullmatch(figures[0].group("number")):
        figures = figures[1:]  # years of the heads ("Quý I" "năm" "2018")
    if not figures or _may_hold_cells(text[header.end() : figures[-1].end()]):
        return set()
    placed = _place_by_column(text, figures, _MAX_COLUMNS)
    columns = 1 + max((column for _, column in placed), default=-1)
    lines = [line.strip() for line in text[header.end() : figures[0].start()].split("\n") if line.strip()]
    heads = lines[:-1]  # the last line before the first figure is its row's label
    if not heads:
        heads = _head_lines_above(text, header.start(), columns + 1)
    if len(heads) == columns + 1:
        heads = heads[1:]  # the head of the labels' column
    if columns < 2:
        return set()
    if len(heads) == columns:
        other = {index for index, head in enumerate(heads) if says_no_money(" ".join(head.lower().split()))}
    else:
        other = set(range(_money_columns_first(text, figures[0].start(), columns), columns))
    return {m.start("number") for m, column in placed if column in other}


def _money_columns_first(text: str, end: int, columns: int) -> int:
    """How many columns of a flattened table hold money when its header has two levels (a group's head
    over its columns: the heads, flattened, are not in the columns' order): as many as the heads naming a
    unit of money in a bracket ("Tổng mức (Tỷ đồng)"), the amounts coming first, when the header also
    names a share or an index ("Cơ cấu (%)", "So với cùng kỳ (%)"); else all of them."""
    lines = _head_block(text, end)
    money = sum(1 for line in lines if COLUMN_UNIT.search(line))
    shares = any(says_no_money(line.lower()) for line in lines)
    return money if shares and 0 < money < columns else columns


def _head_block(text: str, end: int) -> list[str]:
    """The lines of a flattened table's header: up from its first row's label (the line right above
    ``end``) to a line of prose, a figure that is no year, or the text's start, blank lines skipped."""
    lines = text[:end].rstrip().split("\n")[:-1]  # the first row's label left out
    block: list[str] = []
    for line in reversed(lines[-_HEAD_BLOCK_LINES:]):
        line = line.strip()
        if not line:
            continue
        if is_prose(line) or _FIGURE.fullmatch(line) and not YEAR.fullmatch(line):
            break
        block.append(line)
    return block


_HEAD_BLOCK_LINES = 40


def _head_lines_above(text: str, end: int, most: int) -> list[str]:
    """The lines right above ``end`` that may be a table's column heads, up to ``most`` of them, nearest
    last: short lines, none of them prose, stopping at a blank line or the text's start."""
    heads: list[str] = []
    for line in reversed(text[:end].rstrip("\n").split("\n")[-most:]):
        line = line.strip()
        if not line or len(line) > HEAD_LENGTH or is_prose(line):
            break
        heads.insert(0, line)
    return heads


HEAD_LENGTH = 120  # a column's head is a short line; a longer one is a row's label or prose


_MAX_COLUMNS = 40


# A row's section number: "2.1", "3.12", "1.2.3" (a dot before one or two digits groups no thousands).
_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")


def _english(figures: list[re.Match[str]]) -> bool:
    """Does a figure of the table show the English grouping? Then the table is read that way throughout."""
    return any(ENGLISH_FIGURE.fullmatch(m.group("number")) for m in figures)


def _amounts(figures: list[re.Match[str]]) -> int:
    return sum(1 for m in figures if not YEAR.fullmatch(m.group("number")))


def _cell_money(text: str, figures: list[re.Match[str]], unit: int, currency: str, per: str | None,
                taken: Claims, no_money: set[int]) -> list[Money]:
    """The figures of a table in its stated unit, but row numbers, years and figures taken already."""
    out = []
    english = _english(figures)
    last_row = 0  # the number of the last row numbered, in a table of rates one cell a line
    for m in figures:
        number_text = m.group("number")
        if YEAR.fullmatch(number_text):
            continue  # a year
        small = not any(c in number_text for c in ".,") and len(number_text) < 3
        if small and _first_cell(text, m.start("number")) and (not per or not _small_rate(text, m, last_row)):
            last_row = int(number_text)
            continue  # a row number
        if _OUTLINE_NUMBER.fullmatch(number_text) and _first_cell(text, m.start("number")):
            continue  # a section's number heading its row ("2.1", "3.2.1")
        if taken.overlaps(m.start("number"), m.end("number")) or m.start("number") in no_money:
            continue
        value = exact(parse_number(number_text, english=english) * unit)
        out.append(Money(m.start("number"), m.end("number"), value, currency, None, per))
        taken.add(m.start("number"), m.end("number"))
    return out


_MAX_LINES_ABOVE = 400


def _table_above(text: str, end: int) -> int | None:
    """Where the table right above ``end`` (a unit line) starts: after the nearest line above that is prose,
    or at the text's start; None when a line above states a unit, whatever it is ("Đơn vị tính: %"): the
    table has its own."""
    position = text.rfind("\n", 0, end) + 1
    for _ in range(_MAX_LINES_ABOVE):
        if position == 0:
            return 0
        line_start = text.rfind("\n", 0, position - 1) + 1
        stripped = text[line_start : position - 1].strip()
        if stripped and (_UNIT_STATED.search(stripped) or _HEADER.match(stripped)):
            return None
        if stripped and is_prose(stripped):
            return position
        position = line_start
    return position


def _figures_above(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The figures of the table in ``text[start:end]`` whose unit line is at its foot: those alone in their
    line or cell, and those of lines of figures only ("909,2 1.300,5 1.676,9"), down to a block of another
    measure ("Chênh lệch ... (Lần)", "Cơ cấu (%)") once figures were read."""
    found: list[re.Match[str]] = []
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        line = text[position:line_end]
        if found and (_other_measure(line.strip()) or _MEASURE_BRACKET.search(line)):
            break
        if _FIGURES_ONLY_LINE.fullmatch(line):
            found.extend(_FIGURE_IN_LINE.finditer(text, position, line_end))
        else:
            found.extend(_CELL_FIGURE.finditer(text, position, line_end))
        position = line_end + 1
    return _before_shares(found)


def _before_shares(figures: list[re.Match[str]]) -> list[re.Match[str]]:
    """``figures`` down to a block of shares, which opens with its total row of hundreds ("100 100 100": the
    heads of a yearbook page flattened from a PDF, "Cơ cấu - Structure (%)" among them, come below its
    blocks)."""
    for i in range(1, len(figures) - 1):
        if _HUNDRED.fullmatch(figures[i].group("number")) and _HUNDRED.fullmatch(figures[i + 1].group("number")):
            return figures[:i]
    return figures


_HUNDRED = re.compile(r"100(?:[.,]0{1,2})?")


_FIGURES_ONLY_LINE = re.compile(rf"[ \t]*+{NUMBER_PATTERN}(?:[ \t]++{NUMBER_PATTERN})++[ \t]*+")
_FIGURE_IN_LINE = re.compile(rf"(?P<number>{NUMBER_PATTERN})")
# A bracket on a row's label that names a measure other than money: "(Lần)", "(Người)", "(ha)".
_MEASURE_BRACKET = re.compile(r"\([ \t]*+(?:lần|người|hộ|ha|km|tấn|time|times|persons?)[ \t]*+\)", re.IGNORECASE)


# A line that states a unit (in either language), not a row's label.
_UNIT_STATED = re.compile(rf"\b(?:{'|'.join(map(re.escape, _UNIT_WORDS))})\b", re.IGNORECASE)


def _labelled(between: str) -> bool:
    """Whether a row label (a line of words that states no unit, nor the unit again in English: "Mill. dongs")
    stands between a unit line and its figure."""
    return any(re.search(r"[^\W\d_]{2}", line) and not _UNIT_STATED.search(line)
               and not _ENGLISH_UNIT_LINE.fullmatch(line) for line in between.split("\n"))


# The unit said again in English, as bilingual yearbooks write it: "Mill. dongs", "Bill. dongs", "Thous. USD".
ENGLISH_UNIT = r"(?:(?:thous|mill|bill)(?:ion)?s?\.?[ \t]*+)?(?:dongs?|VND|USD)"
_ENGLISH_UNIT_LINE = re.compile(rf"[-–\s]*+{ENGLISH_UNIT}[\s.]*+", re.IGNORECASE)


# A line that is a unit and nothing else ("Đô la Mỹ", "- USD", "(Triệu đồng)"): in a table flattened one
# cell a line, the unit of another column.
_UNIT_ALONE = re.compile(rf"[-–(\s]*+(?:(?P<mult>{MULTIPLIER_PATTERN})\s++)?(?P<currency>{CURRENCY_PATTERN})[\s)]*+")


def _more_units(text: str, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """The units of the other columns of a table flattened one cell a line, stated on lines of their own
    between its unit line and its first figure ("Nghìn đồng -" ... "Đô la Mỹ" "- USD"); a unit written
    twice in a row (in two languages) counts once."""
    found: list[tuple[int, str, str | None]] = []
    lines = text[start:end].split("\n")
    for above, line in pairwise(lines):
        unit = _UNIT_ALONE.fullmatch(line)
        if unit and _wrapped_name(above, line):
            continue  # "Chợ Ba Hàng - Thị xã Phổ" over "Yên": a name's last word, no column's unit
        if unit:
            column = (multiplier_value(unit.group("mult")), currency_code(unit.group("currency")), None)
            if not found or found[-1] != column:
                found.append(column)
    return found


_COLUMN_HEAD_LINES = 3


def ends_a_place_name(before: str, word: str) -> bool:
    """Is ``word``, a currency's word capitalised ("Yên", "Đồng"), the last word of a place's name, the word
    ``before`` it capitalised too ("Hưng Yên", "Lâm Đồng", "... Thị xã Phổ" / "Yên" wrapped over two lines)?"""
    return word.istitle() and " " not in word and before[:1].isupper()


def _wrapped_name(above: str, line: str) -> bool:
    """Is ``line`` the last word of a place's name wrapped from the line above ("Thị xã Phổ" / "Yên")?"""
    last = above.rstrip().rsplit(None, 1)[-1:] or [""]
    return ends_a_place_name(last[0], line.strip())


def _next_column_head(text: str, scopes: tuple[tuple[re.Match[str], int], ...], index: int) -> bool:
    """Is the unit line ``scopes[index]`` the head of one column of a table flattened one cell a line: the next
    unit line follows it within a few short lines and no figure stands between?"""
    if index + 1 >= len(scopes) or "(" not in scopes[index][0].group():
        return False  # a column's head gives its unit in a bracket
    between = text[scopes[index][0].end() : scopes[index + 1][0].start()]
    lines = [line.strip() for line in between.split("\n") if line.strip()]
    return len(lines) <= _COLUMN_HEAD_LINES and not any(_FIGURE.search(line) or is_prose(line) for line in lines)


def _by_unit_column(text: str, figures: list[re.Match[str]], units: list[tuple[int, str, str | None]],
                    taken: Claims) -> list[Money]:
    """Figures of a table flattened one cell a line with a unit per column: after each row label (words,
    or a year), its k-th figure is in the k-th unit, read in the grouping its column shows ("1,234.5" in
    a USD column beside "28.456,7" in a đồng one). The table ends where its row years start again (the
    same years over again: a block of indices or shares below the amounts)."""
    placed = _place_by_column(text, figures, len(units))
    english = {column: _english([m for m, k in placed if k == column]) for column in range(len(units))}
    out: list[Money] = []
    for m, column in placed:
        start, end = m.start("number"), m.end("number")
        if not taken.overlaps(start, end):
            scale, currency, per = units[column]
            value = exact(parse_number(m.group("number"), english=english[column]) * scale)
            out.append(Money(start, end, value, currency, None, per))
            taken.add(start, end)
    return out


def _place_by_column(text: str, figures: list[re.Match[str]], columns: int) -> list[tuple[re.Match[str], int]]:
    """The figures of a table flattened one cell a line, each with its column, after its row's label; a row's
    number (the next of 1, 2, 3 ... over its row's label) is none."""
    placed: list[tuple[re.Match[str], int]] = []
    index, last_year, last_row, previous = 0, 0, 0, figures[0].start() if figures else 0
    for m in figures:
        number_text = m.group("number")
        label = text[previous : m.start()]
        previous = m.end()
        if number_text == str(last_row + 1) and line_below(text, m.end())[:1].isalpha():
            last_row, index = last_row + 1, 0
            continue
        years = [int(y) for y in YEAR.findall(label)] + ([int(number_text)] if YEAR.fullmatch(number_text) else [])
        if years:
            if max(years) <= last_year:
                break  # the years start again: another block of the page
            last_year, index = max(years), 0
            if YEAR.fullmatch(number_text):
                continue
        elif label.strip():
            index = 0
        if index < columns:
            placed.append((m, index))
        index += 1
    return placed


@lru_cache(maxsize=2)
def unit_scopes(text: str) -> tuple[tuple[re.Match[str], int], ...]:
    """Each unit line of ``text`` with the end of its scope (see the module docstring); found once per
    text for the finders that read them."""
    return tuple((header, _row_end(text, header.end()) if _unit_cell(text, header) else _table_end(text, header.end()))
                 for header in _headers(text))


# A unit column's head alone on its line ("ĐVT", "Đơn vị tính:"): the table below it is flattened one cell a
# line, a unit per row (extract/unit_rows.py reads those units).
COLUMN_HEAD_ALONE = re.compile(
    rf"[ \t]*+(?:{'|'.join(re.escape(h) for h in sorted(UNIT_COLUMN_HEADS, key=len, reverse=True))})[ \t]*+:?[ \t]*+",
    re.IGNORECASE,
)
_LINES_UP_TO_HEAD = 60


def _unit_cell(text: str, header: re.Match[str]) -> bool:
    """Is the unit line ``header`` ("Triệu USD" alone on its line) a row's unit cell, under a unit column's
    head alone on its line ("ĐVT") with no prose between? Then it holds for its row only."""
    if not header.group("line_mult"):
        return False
    position = text.rfind("\n", 0, header.start() + 1)
    for _ in range(_LINES_UP_TO_HEAD):
        if position <= 0:
            return False
        line_start = text.rfind("\n", 0, position) + 1
        line = text[line_start:position].strip()
        if COLUMN_HEAD_ALONE.fullmatch(line):
            return True
        if line and is_prose(line):
            return False
        position = line_start - 1
    return False


def _row_end(text: str, start: int) -> int:
    """Where a row's figures, one a line after its unit cell, end: at the first line that is no figure, or
    at the next row's number (a small whole number right above a line of words: "2" over "Thạc sỹ")."""
    position = text.find("\n", start)
    numbered = None  # where a line with a small whole number starts, until the next line says what it is
    while 0 <= position < len(text):
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position + 1 : line_end].strip()
        if line and not _CELL_FIGURE.fullmatch(line):
            return numbered if numbered is not None else position + 1
        if line:
            numbered = position + 1 if _ROW_NUMBER.fullmatch(line) else None
        position = line_end
    return len(text)


_ROW_NUMBER = re.compile(r"\d{1,2}")


def _small_rate(text: str, figure: re.Match[str], last_row: int) -> bool:
    """Is a small whole number, first in its line in a table of rates, a rate ("80" nghìn đồng/m2 after
    "2", "520", "392"): not the next row's number, and no row's label (a line of words) under it?"""
    return int(figure.group("number")) not in (last_row + 1, 1) and not line_below(text, figure.end())[:1].isalpha()


def line_below(text: str, end: int) -> str:
    """The first line with more than blanks under the line that holds ``end``, stripped; "" if none."""
    position = text.find("\n", end)
    while 0 <= position < len(text):
        line_end = text.find("\n", position + 1)
        line = text[position + 1 : len(text) if line_end < 0 else line_end].strip()
        if line:
            return line
        position = line_end
    return ""


def _per(words: str | None) -> str | None:
    return re.sub(r"[ \t]+", "", words) if words else None


def _first_cell(text: str, start: int) -> bool:
    """Whether a figure is the first cell of its line (where row numbers stand)."""
    line_start = text.rfind("\n", 0, start) + 1
    first_cell = _FIRST_CELL.match(text, line_start)
    assert first_cell is not None  # the pattern matches the empty string
    return first_cell.end() == start


def _table_end(text: str, start: int) -> int:
    """Where the table under a unit header ends (see the module docstring)."""
    position = text.find("\n", start)
    if position < 0:
        return len(text)
    position += 1
    in_rows = figures_read = False
    while position < len(text):
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        line = text[position:line_end]
        stripped = line.strip(" \t\r|")  # a line of pipes alone parts the cells of a table flattened one a line
        if stripped:
            is_row = "|" in line or "\t" in line
            division = in_rows and DIVISION_HEAD.match(line) is not None  # "Phân theo nguồn thu" among the rows
            measure_ends = figures_read and (_other_measure(stripped) or _counts_below(text, stripped, line_end))
            prose = is_prose(stripped) and not (figures_read and (
                _section_row(text, stripped, line_end) or not in_rows and _sentence_cell(text, stripped, line_end)))
            if (_ANY_UNIT_LINE.search(line) or _HEADER.match(line) or (in_rows and not is_row and not division)
                    or prose or measure_ends):
                return position
            in_rows = in_rows or is_row
            figures_read = figures_read or any(not YEAR.fullmatch(m.group()) for m in _FIGURE.finditer(line))
        position = line_end + 1
    return len(text)


_SENTENCE_CELL_CHARS = 60  # a paragraph after a table is longer; a cell saying what its row is, shorter
_CELLS_AFTER = 4


def _sentence_cell(text: str, line: str, line_end: int) -> bool:
    """Is ``line``, a short sentence, a cell of a table flattened one cell a line ("Mới trồng 1 - 2 năm. Mật
    độ 250 cây/ha.") rather than prose after it: the lines after it are cells again, a figure alone among the
    next few?"""
    if len(line) > _SENTENCE_CELL_CHARS or line[-1] == ":":
        return False
    # Spaced as the cells before it (a blank line between cells, or none), not set apart as a paragraph is.
    line_start = text.rfind("\n", 0, line_end) + 1
    above = _previous_line_start(text, line_start)
    if above is None or (text.count("\n", above, line_start) > 1) != (_gap_before(text, above) > 1):
        return False
    position = line_end
    for _ in range(_CELLS_AFTER):
        below = line_below(text, position)
        if not below or is_prose(below):
            return False
        if _FIGURE.fullmatch(below):
            return True
        position = text.find(below, position) + len(below)
    return False


# A row opening with its number: "3 ", "3.1 ", "II. ", "b) ".
_NUMBERED_ROW = re.compile(r"(?:\d{1,3}(?:\.\d{1,2}){0,3}[.)]?|[IVX]{1,4}[.)]?|[a-zđ][.)])[ \t]")
# A row's end: its figure.
_FIGURE_ENDING = re.compile(rf"[ \t|]{NUMBER_PATTERN}[ \t|]*\Z")
_ENDING_CHARS = 40


def _previous_line_start(text: str, line_start: int) -> int | None:
    """The start of the nearest line with more than blanks above the line at ``line_start``; None if none."""
    position = line_start - 1
    while position > 0:
        start = text.rfind("\n", 0, position) + 1
        if text[start:position].strip():
            return start
        position = start - 1
    return None


def _gap_before(text: str, line_start: int) -> int:
    """How many line breaks part the line at ``line_start`` from the nearest line with more than blanks above
    (more than one: a blank line between them, or empty cells)."""
    above = _previous_line_start(text, line_start)
    return 0 if above is None else text.count("\n", above, line_start)


def _section_row(text: str, line: str, line_end: int) -> bool:
    """Is ``line``, a numbered label ending in ":" ("3 Ngày giường bệnh Nội khoa:"), the head of a section of
    the table's rows rather than prose after it: the next line is a numbered row ending in its figure ("3.1
    Loại 1: ... 196.300")?"""
    if line[-1] != ":" or not _NUMBERED_ROW.match(line):
        return False
    below = line_below(text, line_end)
    return _NUMBERED_ROW.match(below) is not None and _FIGURE_ENDING.search(below[-_ENDING_CHARS:]) is not None


def _counts_below(text: str, line: str, line_end: int) -> bool:
    """Is ``line`` a unit cell of counts in lower case ("dự án", "lượt dự án"), with a figure or another such
    unit on the next line with text: in a table flattened one cell a line, the figures under it are counts,
    no longer the money of the unit line above? (A row's label is capitalised: "Cơ quan"; a label's second
    line, "Huyện," "thành phố", has a row under it.)"""
    if not line[0].islower() or not _counted_unit(line):
        return False
    below = line_below(text, line_end)
    return _FIGURE.fullmatch(below) is not None or below[:1].islower() and _counted_unit(below)


def _counted_unit(line: str) -> bool:
    words = tuple(fold_words(line.lower()).split())
    return bool(words) and (words in LEXICON or words[0] == "lượt" and words[1:] in LEXICON)


def _may_hold_cells(text: str) -> bool:
    """Whether any line of ``text`` can be a row of a "|" or tab table (two pipes or a tab): a look at C
    speed, so that a text of prose is not split into lines for nothing."""
    return "|" in text or "\t" in text


def _column_money(text: str, taken: Claims) -> list[Money]:
    """Figures in the columns of "|" or tab tables whose head cell names a unit. A column whose figures show
    the English grouping ("1,089,100") is read that way throughout ("52,345" is 52 345), its neighbours not."""
    if not _may_hold_cells(text):
        return []
    out: list[Money] = []
    units = None  # column index -> (multiplier, currency, per) of the table being read
    cells_found: list[tuple[int, int, str, int]] = []  # (start, end, figure, column) of the table being read
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        if line.count("|") < 2 and line.count("\t") < 1:
            out += _column_figures(cells_found, units, taken)
            units, cells_found = None, []  # a line outside any table ends it
            continue
        raw = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        cells = [(offset, cell) for offset, cell in raw if cell.strip()]
        head = {i: m for i, (_, cell) in enumerate(cells) if (m := COLUMN_UNIT.search(cell))}
        if head:
            out += _column_figures(cells_found, units, taken)
            cells_found = []
            units = {
                i: (multiplier_value(m.group("mult")), currency_code(m.group("currency")), _per(m.group("per")))
                for i, m in head.items()
            }
            continue
        for i, (offset, cell) in enumerate(cells):
            if not units or not (figure := _FIGURE.fullmatch(cell.strip())):
                continue
            column = i if i in units else _shifted_column(raw, offset, i, figure.group())
            if column in units:
                start = line_start + offset + cell.index(figure.group())
                cells_found.append((start, start + len(figure.group()), figure.group(), column))
    return out + _column_figures(cells_found, units, taken)


def _shifted_column(raw: list[tuple[int, str]], offset: int, index: int, figure: str) -> int:
    """The column of the last figure of a row that a cell spanning two rows left short ("| Nhóm 1 | Hộ nghèo |
    5.640 |" over "| Hộ dân cư | 9.020 | |"): its empty cells come last, each a column it moved left. A small
    whole number is a row's number, never moved."""
    after = [cell for start, cell in raw if start > offset]
    if any(cell.strip() for cell in after) or len(figure) < 3 and figure.isdigit():
        return index
    return index + len(after)


def _column_figures(cells: list[tuple[int, int, str, int]], units: dict[int, tuple[int, str, str | None]] | None,
                    taken: Claims) -> list[Money]:
    """Money of the figure cells of one table under its unit heads, each column read in its own grouping."""
    if not units:
        return []
    english = {column for _, _, figure, column in cells if ENGLISH_FIGURE.fullmatch(figure)}
    out = []
    for start, end, figure, column in cells:
        if not taken.overlaps(start, end):
            scale, currency, per = units[column]
            value = exact(parse_number(figure, english=column in english) * scale)
            out.append(Money(start, end, value, currency, None, per))
    return out


# A row head naming what its row counts: "Số doanh nghiệp", "Tổng số hợp tác xã", "Số lượng HTX",
# or a noun with the counted unit in brackets ("Lao động (người)").
_COUNT_HEAD = re.compile(
    r"[ \t]*+(?P<number_of>(?:tổng[ \t]++)?số(?:[ \t]++lượng)?[ \t]++)?(?P<noun>[^\W\d_][^|\t\n(:]{0,60}+)"
    r"(?:\([ \t]*+(?P<bracket>[^\W\d_][^)|\t\n]{0,20}+)\))?[ \t]*+\Z",
    re.IGNORECASE,
)


def find_table_counts(text: str, taken: Claims) -> list[Count]:
    """Counts in "|" or tab tables whose row head names a counted noun, outside ``taken``.

    "| Số doanh nghiệp | 120 | 135 |" gives 120 and 135 ``doanh nghiệp``, and so does "| Doanh
    nghiệp (DN) | ...|" or "| Lao động (người) | ...|". A head that only names a thing ("| Mô hình
    trình diễn | 4 | 720 |") says nothing of the figures beside it: they are left alone, as are
    cells that are no whole number, years and figures already read as something else.
    """
    if not _may_hold_cells(text):
        return []
    out = []
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        if line.count("|") < 2 and line.count("\t") < 1:
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line) if m.group().strip()]
        first = 1 if len(cells) > 2 and _FIGURE.fullmatch(cells[0][1].strip()) else 0  # a row number
        unit = _counted_by_head(cells[first][1]) if len(cells) > first + 1 else None
        if unit is None:
            continue
        for offset, cell in cells[first + 1 :]:
            figure = _FIGURE.fullmatch(cell.strip())
            if not figure or YEAR.fullmatch(figure.group()):
                continue
            start = line_start + offset + cell.index(figure.group())
            end = start + len(figure.group())
            value = exact(parse_number(figure.group()))
            if isinstance(value, int) and not taken.overlaps(start, end):
                out.append(Count(start, end, value, unit))
                taken.add(start, end)
    return out


def _counted_by_head(cell: str) -> str | None:
    """The counted noun a row head names, or None."""
    head = _COUNT_HEAD.match(cell)
    if not head or COLUMN_UNIT.search(cell):
        return None
    kind, unit = classify_after(" " + head.group("noun").strip().lower())
    if head.group("bracket"):
        bracket_kind, bracket_unit = classify_after(" " + head.group("bracket").strip())
        if bracket_kind != "count":
            return None  # "Đường giao thông (km)": a measure
        return unit if kind == "count" else bracket_unit
    return unit if kind == "count" and head.group("number_of") else None
