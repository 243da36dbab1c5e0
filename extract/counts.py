"""Counts of things written with digits: "66 đề án", "05 đề án", "40.000 lao động",
"2,37 triệu lượt khách" (2 370 000 lượt), "9.350.000 lượt khách", "10 - 15 đề án" (two counts).

Counted nouns may be capitalised or in capitals ("7 Hợp tác xã", "HỖ TRỢ 27 ĐỀ ÁN"); a capitalised
noun right after a number that opens its line is a list item instead ("1 Nhà văn hóa thôn Đông").
Units are lower case, in one spelling of the tone ("nhà văn hoá" and "nhà văn hóa" give "nhà văn
hóa"). Counts in table rows whose head names the noun are found by ``tables.find_table_counts``.

Not counts (see the spec): money and percentages (claimed before this runs), years and dates,
durations, ages, measures, ratings and multipliers (by the word after the numeral), ordinals and
names ("lần thứ 2", "bão số 10", "Chương trình 135": by the word before it), ratios and averages
("02 hộ/01 giếng", "16,68 tiêu chí/xã").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import counted_pair
from .money import CURRENCY_PATTERN
from .nouns import CLASSIFIERS, COUNT_ACRONYMS, LEXICON, STREET_NOUNS, classify_after, names_a_number
from .numbers import (
    NUMBER_PATTERN,
    YEAR,
    amount_pattern,
    exact,
    falling_figures,
    multiplier_value,
    number_pattern,
    parse_number,
)
from .text import fold_words

if TYPE_CHECKING:
    from .text import Claims

# Not inside another token, nor after a word joined by "-" (look-behind bodies, numbers.number_pattern).
_NOT_AFTER = (r"[\w.,/+]", r"[^\W\d_]-")
# A numeral, with its multipliers if any ("72,9 nghìn", "1 triệu 200 nghìn"), before a word.
_CANDIDATE = re.compile(
    rf"(?P<amount>{amount_pattern(*_NOT_AFTER)})(?=[ \t\xa0]*[^\W\d_])"
)
# A number right after these words is a label, an ordinal or a date part, not a count.
LABEL_WORDS = set(
    """số thứ lần đợt khóa khoá kỳ phường quận bão điều khoản điểm mục chương tập năm tháng ngày quý
    tuần giờ tầng lô thôn xóm ấp tổ khu đội hạng loại mẫu biểu bảng hình top nhóm lớp đường lộ km
    sao covid vòng phiên ca gói trình án nghị ương lục đoạn hiệu mã phòng cỡ lúc size version phiên bản
    kíp tuyến trạm cổng ô kênh khối vùng""".split()
)
# Nouns a slip of "đồng" makes after a multiplier ("15 tỷ đồn", "1 triệu động"): no thing is counted in millions
# of these.
_DONG_SLIPS = frozenset({"đồn", "động", "đông", "đống", "đòng", "đồg"})
# (not "đồng bào", compatriots: "328.000 đồng bào" counts people)
_CURRENCY_AFTER = re.compile(rf"[ \t\xa0]*+(?:{CURRENCY_PATTERN})(?![ \t\xa0]+bào(?![^\W\d_]))")
# A run of letters at the start of a reversed window: the word that ends it, read backwards. (A pattern ending in
# "\Z" searched over the window would try at each of its characters.)
_LETTERS_FIRST = re.compile(r"[^\W\d_]+")
_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:tổng|dân|con|trong)\s+số[ \t\xa0]*\Z", re.IGNORECASE)
# Words ending in a label's word that are no label: "dự phòng 800 suất quà" (held in reserve), not "phòng 203".
_NO_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])dự[ \t\xa0]+phòng[ \t\xa0]*\Z", re.IGNORECASE)
# An abbreviation after a word of place or quantity is a place, not part of a name: "trong KCN 173 dự
# án", "ngoài KCN 18 dự án", "các KCN 25 doanh nghiệp" (but "Công ty TNHH 1 thành viên", "lô CN 12").
_PLACE_ABBREVIATION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:trong|ngoài|tại|ở|các|toàn|vào|mỗi|cả)[ \t\xa0]+[A-ZĐ]{2,6}[ \t\xa0]*\Z", re.IGNORECASE
)
# Councils and committees written short, before a count of the places they govern: "giao UBND 4 tỉnh", "HĐND 5 xã".
_COUNCILS = frozenset(("UBND", "HĐND", "UBMTTQ", "MTTQ"))
# Units of local government, which bulletins count two or three at once: "63 tỉnh/thành phố", "15 xã/phường/thị
# trấn" (a count of either; not a ratio such as "02 hộ/01 giếng" or a rate such as "3 lượt/ngày").
PLACE_UNITS = frozenset(("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
                         "thôn", "bản", "ấp", "xóm", "tổ dân phố", "khu phố"))
# The words of such units, longest first; "thành" stands for "thành phố" after another ("63 tỉnh/thành").
_PLACE_WORDS = "|".join(sorted(PLACE_UNITS | {"thành"}, key=len, reverse=True))
_PLACE_ALTERNATIVE = re.compile(r"(?:[ \t]*+/[ \t]*+(?i:" + _PLACE_WORDS + r")(?![^\W\d_])){1,2}")
# The same, written with commas: "17 tỉnh, thành phố", "63 tỉnh, thành", "563 xã, phường, thị trấn"; not before a
# name ("3 huyện, thị xã Sơn Tây": the town is one of them, named).
_PLACE_LISTED = re.compile(
    r"(?:,[ \t]*+(?i:" + _PLACE_WORDS + r")(?![^\W\d_])){1,2}"
    r"(?![ \t]+[A-ZĐ])"
)
# The same count said again in English after a slash or a dash, as bilingual yearbooks write it ("8 vùng/ 8
# region", "63 tỉnh - 63 provinces").
_ENGLISH_AFTER = re.compile(r"[ \t]*[/–-][ \t]*(?P<number>\d[\d.,]*)[ \t]+[A-Za-z]+(?![^\W\d_])")
_JOINTS = ("-", "–", "đến", "tới")
_JOINED_BEFORE = re.compile(rf"(?<![\w.,/+-])(?P<number>{NUMBER_PATTERN})\s*(?:{'|'.join(_JOINTS)})\s*\Z")


@dataclass
class Count:
    start: int
    end: int
    value: int
    unit: str
    # The count whose noun this one shares ("7" of "7-10 nhà văn hóa"): dropped with it (resolve.py).
    leans_on: Count | None = None


def find_counts(text: str, taken: Claims) -> list[Count]:
    """Every count in ``text`` outside the spans ``taken`` by other facts."""
    found = _pairs(text, taken)
    position = 0
    while match := _CANDIDATE.search(text, position):
        start, amount = match.start(), match.group("amount")
        # Most candidates are a bare numeral; only multipliers need the compound reader.
        figures = None if amount[-1].isdigit() else falling_figures(amount, start)
        position = figures[-1][1] if figures else match.end()
        # Cheapest tests first: a numeral already read (money, a date) or after a label ("năm 2020",
        # "bão số 10") costs no noun look-up, whose misses ask the POS tagger. A word before it in
        # capitals marks a name ("lô CN 12") unless the noun after it is in capitals too.
        if taken.overlaps(start, position) or _CURRENCY_AFTER.match(text, position):
            continue  # read already, or money ("20 tỷ đồng"), which is never a count
        noun = _WORD_AFTER.match(text, position)
        lower = noun is None or noun.group(1)[0].islower()
        capitals = noun is not None and not lower and len(noun.group(1)) > 1 and noun.group(1).isupper()
        if _after_label(text, start, capitals=capitals, lower_noun=noun is not None and lower):
            continue
        kind, unit = classify_after(text[position : position + 48])
        if kind != "count":
            continue
        assert unit is not None  # a count names its noun
        if not lower and not _MID_SENTENCE.search(text, max(0, start - 8), start) and not (
                capitals and text[max(0, start - 8) : start].rstrip().endswith(":")) and not (
                amount[0] == "0" and _DASH_BEFORE.search(text, max(0, start - 8), start)):
            # "1 Nhà văn hóa thôn Đông" opening a line is a list item, not a count; a noun in capitals after a
            # colon is one ("gồm: 396 THT ..."), and so is a number written with its zero after a list's dash
            # ("- 01 Bệnh viện điều dưỡng"): no item is numbered so
            continue
        # a noun only the tagger saw (a classifier alone, "2 căn", is a noun all the same): names and years doubt it
        tagger_noun = tuple(unit.split()) not in LEXICON and unit not in CLASSIFIERS
        if not lower and tagger_noun and _named_number(text, start):
            continue  # "Sư đoàn 5 Quân khu 7": a capitalised noun the tagger found, after a name's number
        if tagger_noun and (YEAR.fullmatch(amount) or _ends_a_name(text, start)):
            # "giá so sánh 2010 phân theo", "constant 2010 prices": a year before a word; "Đài Thơm 8 có giá":
            # the number ends a name
            continue
        if text[position].isalpha() and text[position].isupper():
            continue  # "1Quyết định": a list number run into its item
        if figures is None:  # a bare numeral: no multiplier to read
            if "," in amount:
                continue  # "4,0 người" (a household's average size), "16,68 tiêu chí": a decimal, no count
            value = exact(parse_number(amount))
        else:
            if unit in _DONG_SLIPS:
                continue  # "15 tỷ đồn" cut short, "1 triệu động" mistyped: an amount of đồng, no count
            if noun is not None and capitals and unit == noun.group(1).lower() and unit.upper() not in COUNT_ACRONYMS:
                continue  # "81,2 triệu SDR", "500,5 triệu HK": a code no lexicon lists, after millions: no count
            value = exact(sum((number * multiplier_value(mult) for _, _, number, mult in figures), Decimal(0)))
        if not isinstance(value, int):
            continue  # "16,68 tiêu chí" is an average, not a count
        if value == 1 and _PER_ONE.search(text, max(0, start - 12), start):
            continue  # "vốn bình quân trên 1 dự án": what an average is per, not a count
        end = _unit_end(text, position, unit)
        if end is not None:
            end, unit = _with_places(text, end, unit)
        if end is not None and (english := _ENGLISH_AFTER.match(text, end)) and english.group("number") == amount:
            found.append(Count(start, end, value, unit))  # "8 vùng/ 8 region": the same count in English after it
            taken.add(english.start("number"), english.end())
            position = english.end()
            continue
        if end is not None and (second := _same_noun_after_slash(text, position, end)):
            found += [Count(start, end, value, unit), Count(second[0], second[1], second[2], unit)]
            position = second[1]  # "16.561 học viên/17.013 học viên": two counts of one noun, no ratio
            continue
        if end is None or text[end : end + 3].lstrip(" \t").startswith("/") or _PER_TIME_AFTER.match(text, end) or (
                _IN_ONE_AFTER.match(text, end)):
            continue  # a ratio ("02 hộ/01 giếng", "3 lượt/ngày", "2 vụ lúa/năm", "04 người trong 1 phòng")
        if unit in STREET_NOUNS and (name := _WORD_AFTER.match(text, end)) and name.group(1)[0].isupper():
            continue  # "215 – 217 đường Nguyễn Trãi": house numbers of an address, no count of streets
        count = Count(start, end, value, unit)
        found.append(count)
        scale = multiplier_value(figures[0][3]) if figures else 1  # "12-13 triệu lượt": the 12 is 12 triệu too
        for first in _range_start(text, start, unit, taken, scale):
            first.leans_on = count
            found.append(first)
    for count in found:
        taken.add(count.start, count.end)
    found.sort(key=lambda c: c.start)
    return found


# A slash, a whole number and a blank after a count's noun: "16.561 học viên/17.013 học viên".
_SLASH_COUNT = re.compile(rf"[ \t]*+/[ \t]*+(?P<number>{NUMBER_PATTERN})[ \t\xa0]++")


def _same_noun_after_slash(text: str, noun_start: int, noun_end: int) -> tuple[int, int, int] | None:
    """(start, end, value) of the count after a "/" that names the same noun as the one ending at ``noun_end``
    ("12.500 học viên/13.100 học viên": a pair, as "5.343/8.267 xã"), else None."""
    after = _SLASH_COUNT.match(text, noun_end)
    if after is None:
        return None
    noun = text[noun_start:noun_end].strip(" \t\xa0")
    end = after.end() + len(noun)
    if not text.startswith(noun, after.end()) or text[end : end + 1].isalpha():
        return None
    value = _value(after.group("number"))
    return None if value is None else (after.start("number"), end, value)


# "5.343/8.267 xã", "9.610.000/9.197.000 lượt khách": two counts of the noun after the second.
_PAIR = re.compile(
    rf"(?P<first>{number_pattern(*_NOT_AFTER)})[ \t]?/[ \t]?(?P<second>{NUMBER_PATTERN})(?=[ \t\xa0]*[^\W\d_])"
)


# A slash between digits and before a word; the literal "/" first lets the regex engine skip to it.
_SLASH = re.compile(r"/(?:(?<=\d/)|(?<=\d[ \t]/))[ \t]?\d[\d.,]*+(?=[ \t\xa0]*[^\W\d_])")


# A rate by time, area or unit a word or two after the noun: "2 vụ lúa/năm", "10 buổi học/1 lần", "2 khách
# người lớn/ phòng".
_PER_TIME_AFTER = re.compile(
    r"(?:[ \t]++[^\W\d_]++){1,2}[ \t]*+/[ \t]*+(?:0?1[ \t]++)?"
    r"(?:năm|tháng|quý|tuần|ngày|ha|lần|phòng|khách)(?![^\W\d_])"
)
# "trong 1" and a noun after a count: what the count is per ("không quá 04 người trong 1 phòng"), a ratio.
_IN_ONE_AFTER = re.compile(r"[ \t]++trong[ \t]++0?1[ \t]++[^\W\d_]")
# Words before "1" that make it what an average is per ("bình quân trên 1 dự án", "mỗi 1 hộ"); not "cho":
# "cấp phép cho 1 dự án" counts a project.
_PER_ONE = re.compile(r"(?:(?<![^\W\d_])(?:trên|mỗi|bình quân|per|trong)[ \t]++|/[ \t]*+)\Z", re.IGNORECASE)


def _abbreviation(word: str) -> bool:
    """Is ``word`` a noun written as an abbreviation in capitals ("09/15 ĐVHC cấp huyện", "12/20 HTX")?"""
    return 2 <= len(word) <= 6 and word.isupper()


def _pairs(text: str, taken: Claims) -> list[Count]:
    """Pairs "x/y" of counts of one noun. Not a date ("ngày 5/6 người dân": both small enough for a
    day and a month, and so is a fraction: "1/2 số hộ"), a year, a ratio ("12/15 hộ/xã"), nor after a
    label ("Quyết định số 12/34")."""
    found: list[Count] = []
    end = 0
    # Slashes between digits are few: look for them first, then read the pair around each.
    for slash in _SLASH.finditer(text):
        if slash.start() < end:
            continue
        match = _PAIR.search(text, max(end, slash.start() - 16), slash.end() + 24)
        if not match or match.start() > slash.start():
            continue
        end = match.end()
        if taken.overlaps(match.start(), match.end()):
            continue
        first, second = match.group("first"), match.group("second")
        if YEAR.fullmatch(first) or YEAR.fullmatch(second):
            continue
        a, b = _value(first), _value(second)
        if a is None or b is None:
            continue
        if a <= 31 and b <= 12 and not counted_pair(text, match.start(), match.end(), first, second):
            continue  # a day and a month ("ngày 5/6 người dân"), or a fraction ("1/2 số hộ")
        position = match.end()
        noun = _WORD_AFTER.match(text, position)
        if not noun or not (noun.group(1)[0].islower() or _abbreviation(noun.group(1))) or _after_label(
                text, match.start(), lower_noun=True):
            continue
        kind, unit = classify_after(text[position : position + 48])
        if kind != "count":
            continue
        assert unit is not None  # a count names its noun
        # None when the noun's words do not follow as the pattern reads them; the next slash would then
        # compare with None (kept as found: types only here).
        end = _unit_end(text, position, unit)  # type: ignore[assignment]
        if end is not None:
            # "63/63 tỉnh/thành"; not "145/151 xã, phường, thị trấn", whose parts are counted "xã" after it
            end, unit = _with_places(text, end, unit, listed=False)
        if end is None or text[end : end + 3].lstrip(" \t").startswith("/"):
            continue
        pair = [Count(match.start(), match.end("first"), a, unit), Count(match.start("second"), end, b, unit)]
        for count in pair:
            taken.add(count.start, count.end)
        found += pair
    return found


def _with_places(text: str, end: int, unit: str, listed: bool = True) -> tuple[int, str]:
    """(end, unit) of a count of a unit of local government that names others with it, written "/" or (where
    ``listed``) "," ("63 tỉnh/thành phố", "17 tỉnh, thành phố": as written); ``end`` and ``unit`` as given
    otherwise."""
    if unit not in PLACE_UNITS:
        return end, unit
    if alternative := _PLACE_ALTERNATIVE.match(text, end):
        others = (fold_words(word.strip().lower()) for word in alternative.group().split("/")[1:])
        return alternative.end(), "/".join((unit, *others))
    if listed and (more := _PLACE_LISTED.match(text, end)):
        others = (fold_words(word.strip().lower()) for word in more.group().split(",")[1:])
        return more.end(), ", ".join((unit, *others))
    return end, unit


def _value(number: str) -> int | None:
    value = exact(parse_number(number))
    return value if isinstance(value, int) else None


# A list's dash (and blanks) right before a number at its line's start.
_DASH_BEFORE = re.compile(r"(?:^|\n)[ \t]*+[-–+•][ \t]*+\Z")
# A numeral inside a line of text: a word or a comma before it on its line, not a list number.
_MID_SENTENCE = re.compile(r"(?:[^\W\d_]|[,;(|])[ \t\xa0]*\Z")
_WORD_AFTER = re.compile(r"[ \t\xa0]*([^\W\d_]{1,12})")


def _ends_a_name(text: str, start: int) -> bool:
    """Does the numeral at ``start`` end a name of two capitalised words or more ("lúa Đài Thơm 8", "Nàng
    Hoa 9"), inside a sentence (a word in lower case or a comma before the name, on its line)?"""
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 48) : start].split()
    name = 0
    while name < len(line) and line[-1 - name][:1].isupper() and line[-1 - name].isalpha():
        name += 1
    if name < 2 or name == len(line):
        return False
    before = line[-1 - name]
    return before.endswith(",") or before.isalpha() and before.islower()


def _word_before(text: str, start: int) -> str | None:
    """The word that ends right before ``start`` but for blanks (within 24 characters), or None."""
    backwards = text[max(0, start - 24) : start][::-1].lstrip(" \t\xa0")
    word = _LETTERS_FIRST.match(backwards)
    return word.group()[::-1] if word else None


def _named_number(text: str, start: int) -> bool:
    word = _word_before(text, start)
    return word is not None and names_a_number(word.lower())


def _after_label(text: str, start: int, capitals: bool = False, lower_noun: bool = False) -> bool:
    """A number after a label ("bão số 10", "lần 2") or inside a name ("lô CN 12"); ``lower_noun``:
    a lower-case noun follows it."""
    word = _word_before(text, start)
    if not word:
        return False
    if len(word) > 1 and word.isupper() and not capitals:
        # "lô CN 12", "Công ty TNHH 1 thành viên": part of a name; not in a line of capitals, nor after a
        # place's abbreviation ("trong KCN 173 dự án") or a council's, whose places it counts ("UBND 4 tỉnh")
        return not (lower_noun and (word in _COUNCILS or _PLACE_ABBREVIATION_BEFORE.search(
            text, max(0, start - 24), start)))
    label = word.lower()
    if label not in LABEL_WORDS or _NO_LABEL_BEFORE.search(text, max(0, start - 24), start):
        return False
    # "tổng số 297.899 hộ", "dân số 1,2 triệu người", "con số 1.250 dự án", "trong số 72 quốc gia" (among
    # them) are totals, not labels like "bão số 10"; so is a figure in thousands after "số" ("với số 1.250
    # dự án": no house is numbered so).
    if label == "số" and lower_noun and _THOUSANDS.match(text, start):
        return False
    return not _TOTAL_BEFORE.search(text, max(0, start - 24), start)


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d,.])")


def _unit_end(text: str, position: int, unit: str) -> int | None:
    match = _unit_pattern(unit).match(text, position)
    return match.end() if match else None


@lru_cache(maxsize=4096)
def _unit_pattern(unit: str) -> re.Pattern[str]:
    # As many words as the unit has: units are stored in one spelling ("nhà văn hóa"), the text
    # may place the tone the old way ("nhà văn hoá").
    word = r"[^\W\d_]+(?:-[^\W\d_]+)?"
    return re.compile(r"[ \t\xa0]*" + r"[ \t\xa0\n]+".join(word for _ in unit.split()))


def _range_start(text: str, start: int, unit: str, taken: Claims, scale: int = 1) -> list[Count]:
    """The first number of "7-10 nhà văn hóa" or "từ 10 đến 15 đề án": a count of the same noun (in the
    multiplier of the second, ``scale``: "12-13 triệu lượt")."""
    window = max(0, start - 24)
    # A joint must end the window but for blanks: a cheap look (most counts have none) before the pattern,
    # which is tried at each of the window's characters.
    if not text[window:start].rstrip().endswith(_JOINTS):
        return []
    match = _JOINED_BEFORE.search(text, window, start)
    if not match or taken.overlaps(match.start(), match.end("number")) or YEAR.fullmatch(match.group("number")):
        return []
    value = exact(parse_number(match.group("number")) * scale)
    if not isinstance(value, int) or _after_label(text, match.start()):
        return []
    return [Count(match.start(), match.end("number"), value, unit)]
