"""Counts of things written with digits: "66 đề án", "05 đề án", "40.000 lao động",
"2,37 triệu lượt khách" (2 370 000 lượt), "10 - 15 đề án" (two counts).

Not counts (see the spec): money and percentages (claimed before this runs), years and dates,
durations, ages, measures, ratings and multipliers (by the word after the numeral), ordinals and
names ("lần thứ 2", "bão số 10", "Chương trình 135": by the word before it), ratios and averages
("02 hộ/01 giếng", "16,68 tiêu chí/xã").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .nouns import classify_after
from .numbers import AMOUNT_PATTERN, NUMBER_PATTERN, YEAR, exact, falling_figures, multiplier_value, parse_number

# A numeral, with its multipliers if any ("72,9 nghìn", "1 triệu 200 nghìn"), before a word.
_CANDIDATE = re.compile(
    rf"(?<![\w.,/+])(?<![^\W\d_]-)(?P<amount>{AMOUNT_PATTERN})(?=[ \t\xa0]*[^\W\d_])"
)
# A number right after these words is a label, an ordinal or a date part, not a count.
_LABEL_WORDS = set(
    """số thứ lần đợt khóa khoá kỳ phường quận bão điều khoản điểm mục chương tập năm tháng ngày quý
    tuần giờ tầng lô thôn xóm ấp tổ khu đội hạng loại mẫu biểu bảng hình top nhóm lớp đường lộ km
    sao covid vòng phiên ca gói trình án nghị ương lục đoạn hiệu mã phòng cỡ lúc size version phiên bản
    kíp tuyến trạm cổng ô kênh khối""".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\xa0]*\Z")
_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:tổng|dân)\s+số[ \t\xa0]*\Z", re.IGNORECASE)
_JOINED_BEFORE = re.compile(rf"(?<![\w.,/+-])(?P<number>{NUMBER_PATTERN})\s*(?:-|–|đến|tới)\s*\Z")


@dataclass
class Count:
    start: int
    end: int
    value: int
    unit: str


def find_counts(text: str, taken) -> list[Count]:
    """Every count in ``text`` outside the spans ``taken`` by other facts."""
    found = []
    position = 0
    while match := _CANDIDATE.search(text, position):
        start, amount = match.start(), match.group("amount")
        # Most candidates are a bare numeral; only multipliers need the compound reader.
        figures = None if amount[-1].isdigit() else falling_figures(amount, start)
        position = figures[-1][1] if figures else match.end()
        # Cheapest tests first: a numeral already read (money, a date) or after a label ("năm 2020",
        # "bão số 10") costs no noun look-up, whose misses ask the POS tagger.
        if taken.overlaps(start, position) or _after_label(text, start):
            continue
        kind, unit = classify_after(text[position : position + 48])
        if kind != "count":
            continue
        if text[position].isalpha() and text[position].isupper():
            continue  # "1Quyết định": a list number run into its item
        figures = figures or falling_figures(amount, start)
        value = exact(sum(number * multiplier_value(mult) for _, _, number, mult in figures))
        if not isinstance(value, int):
            continue  # "16,68 tiêu chí" is an average, not a count
        end = _unit_end(text, position, unit)
        if end is None or text[end : end + 3].lstrip(" \t").startswith("/"):
            continue  # a ratio ("02 hộ/01 giếng")
        found.append(Count(start, end, value, unit))
        found.extend(_range_start(text, start, unit, taken))
    for count in found:
        taken.add(count.start, count.end)
    found.sort(key=lambda c: c.start)
    return found


def _value(number: str) -> int | None:
    value = exact(parse_number(number))
    return value if isinstance(value, int) else None


def _after_label(text: str, start: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if not word:
        return False
    if len(word.group(1)) > 1 and word.group(1).isupper():
        return True  # "lô CN 12", "Công ty TNHH 1 thành viên": part of a name
    if word.group(1).lower() not in _LABEL_WORDS:
        return False
    # "tổng số 297.899 hộ", "dân số 1,2 triệu người" are totals, not labels like "bão số 10".
    return not _TOTAL_BEFORE.search(text, max(0, start - 24), start)


def _unit_end(text: str, position: int, unit: str) -> int | None:
    match = _unit_pattern(unit).match(text, position)
    return match.end() if match else None


@lru_cache(maxsize=4096)
def _unit_pattern(unit: str) -> re.Pattern:
    return re.compile(r"[ \t\xa0]*" + r"\s+".join(re.escape(word) for word in unit.split()), re.IGNORECASE)


def _range_start(text: str, start: int, unit: str, taken) -> list[Count]:
    """The first number of "7-10 nhà văn hóa" or "từ 10 đến 15 đề án": a count of the same noun."""
    match = _JOINED_BEFORE.search(text, max(0, start - 24), start)
    if not match or taken.overlaps(match.start(), match.end("number")) or YEAR.fullmatch(match.group("number")):
        return []
    value = _value(match.group("number"))
    if value is None or _after_label(text, match.start()):
        return []
    return [Count(match.start(), match.end("number"), value, unit)]
