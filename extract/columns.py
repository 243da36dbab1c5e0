"""What a table column holds, from its header cell: money in a unit it names ("Kinh phí (triệu
đồng)", "Đơn giá (đồng/m3)"), figures that are no money whatever the table's unit ("STT", "Số dự
án", "Tỷ lệ (%)", "Năm", "Diện tích (ha)"), or nothing said (the table's stated unit, if any, holds).

The words are data, kept apart at the top; :func:`column_of` is the logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .money import CURRENCY_PATTERN, currency_code
from .nouns import classify_after
from .numbers import MULTIPLIER_PATTERN, multiplier_value

# Headers of a column of row numbers, ranks or codes.
RANK_HEADERS = ("stt", "tt", "số tt", "số thứ tự", "thứ tự", "thứ hạng", "hạng", "xếp hạng", "mã", "mã số", "ký hiệu",
                "số hiệu", "mã số thuế")
# Words that make a column one of shares or changes: "Tỷ lệ (%)", "Tăng/giảm (%)", "So sánh".
PERCENT_WORDS = ("tỷ lệ", "tỉ lệ", "phần trăm", "so sánh", "so với", "tốc độ", "chỉ số", "cơ cấu")
# A header that names the year of each row: "Năm", "Năm thực hiện" (but "Năm 2024" heads that year's figures).
YEAR_HEADER = re.compile(r"(?:năm|niên độ|giai đoạn|thời gian|thời kỳ)(?![^\W\d_])(?!.*\d{4})", re.IGNORECASE)
# A header that names one period of several, each a column: "Tuần 5", "Tháng 10", "Quý II", "Đợt 2" (the
# period's figures, in the table's unit; "Tuần" alone would read as a counted noun).
PERIOD_HEADER = re.compile(r"(?:tuần|tháng|quý|kỳ|đợt|week|month|quarter)[ \t]++(?:\d{1,2}|[ivx]{1,4})(?![^\W_])",
                           re.IGNORECASE)
# Headers of measures of land, length, weight: the figures are no money.
MEASURE_WORDS = ("diện tích", "chiều dài", "chiều rộng", "độ dài", "khối lượng", "sản lượng", "công suất", "dung tích",
                 "trọng lượng", "quy mô")
# Words of money in a header: "Số tiền" and "Số vốn" are money, not counts.
MONEY_WORDS = ("tiền", "vốn", "kinh phí", "ngân sách", "giá", "phí", "thu", "chi", "doanh thu", "giá trị", "trị giá",
               "thuế", "lương", "dự toán", "quyết toán", "tổng mức", "mức", "đầu tư", "giải ngân", "nợ", "vay",
               "hỗ trợ", "thực hiện", "kế hoạch", "ước")

# A column head's unit in brackets, the words "Đơn vị:" before it or not: "(triệu đồng)", "(Đơn vị: VNĐ/kg)".
COLUMN_UNIT = re.compile(
    rf"\(\s*(?:(?:đơn vị tính|đơn vị|đvt)\s*[:：]\s*)?(?:(?P<mult>{MULTIPLIER_PATTERN})\s+)?"
    rf"(?P<currency>{CURRENCY_PATTERN})"
    r"(?:[ \t]*+/[ \t]*+(?P<per>[^\W_][\w]{0,11}(?:[ \t]*+/[ \t]*+[^\W_][\w]{0,11}){0,2}))?\s*(?:/[^)]*)?\)",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TOTAL = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng|total)(?: - total)?")
# The head of a yearbook's last column, the year left out: "Sơ bộ", "Sơ bộ - Prel.", "Prel.", "Ước tính".
_PRELIMINARY = re.compile(r"(?:sơ bộ|prel(?:im(?:inary)?)?|ước tính|estimated?)(?![^\W\d_])")
_BRACKET = re.compile(r"\(([^()]{1,30})\)")
_NUMBER_OF = re.compile(r"(?:tổng[ \t]+)?số(?:[ \t]+lượng)?[ \t]+(?P<noun>[^\W\d_].*)", re.IGNORECASE)
_STARTS = {words: re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])", re.IGNORECASE)
           for words in (PERCENT_WORDS, MEASURE_WORDS, MONEY_WORDS)}


@dataclass(frozen=True)
class Column:
    kind: str  # "money" (its own unit), "other" (no money), "open" (the table's unit holds)
    scale: int = 1
    currency: str | None = None
    per: str | None = None


OPEN = Column("open")
OTHER = Column("other")


def says_no_money(head: str) -> bool:
    """Does a column's head (lower case) say in so many words that it holds no money: a rank, a share, a
    rate of growth, an area ("STT", "Cơ cấu (%)", "Tốc độ tăng", "Diện tích (ha)")?"""
    return bool(head in RANK_HEADERS or "%" in head or _STARTS[PERCENT_WORDS].search(head)
                or _STARTS[MEASURE_WORDS].search(head))


def column_of(header: str) -> Column:
    """What the column headed ``header`` holds (see the module docstring)."""
    head = " ".join(header.split()).strip(" .:*")
    unit = COLUMN_UNIT.search(head)
    if unit:
        per = re.sub(r"[ \t]+", "", unit.group("per")) if unit.group("per") else None
        return Column("money", multiplier_value(unit.group("mult")), currency_code(unit.group("currency")), per)
    lower = head.lower()
    if not lower:
        return OPEN
    if says_no_money(lower):
        return OTHER
    if (_A_YEAR.search(lower) and not _BRACKET.search(lower) or _PRELIMINARY.match(lower)
            or PERIOD_HEADER.fullmatch(lower)):
        return OPEN  # "Năm 2024", "Kế hoạch 2025", "Sơ bộ", "Tuần 5": that period's figures, in the table's unit
    if YEAR_HEADER.match(lower):
        return OTHER
    if _BRACKET.search(lower):
        return OTHER  # a unit that is no currency: "(ha)", "(người)", "(km)", "(tấn)"
    money_word = _STARTS[MONEY_WORDS].search(lower)
    number_of = _NUMBER_OF.match(lower)
    if number_of and not money_word:
        return OTHER  # "Số dự án", "Số lượng HTX", "Tổng số lao động"
    if _TOTAL.fullmatch(lower):
        return OPEN  # the column of the row's totals, in the table's unit
    if not money_word:
        kind, _ = classify_after(" " + lower)
        if kind in ("count", "measure"):
            return OTHER  # "Lao động", "Dự án", "Hộ nghèo"
    return OPEN
