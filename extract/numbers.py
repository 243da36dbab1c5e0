"""Reading Vietnamese numerals written with digits.

Vietnamese writes "." between thousands and "," as the decimal mark: "1.500" is fifteen hundred,
"11,072" is eleven point zero seven two. Bilingual tables sometimes use the English grouping
("7,599,800"); a number that only that grouping can explain (two or more commas) is read the English
way, a single comma never is (see docs/facts.md).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache


def number_pattern(*not_after: str) -> str:
    """The pattern of one numeral; ``not_after``: look-behind bodies that must not stand right before it.

    The pattern starts with the numeral's first digit, outside any alternation, and the look-behinds are
    checked after it (``\\d(?<!X\\d)``): a pattern whose first element is a digit lets the regex engine
    skip from digit to digit of the text, where a leading look-behind, or an alternation, is tried at every
    character (scans for money and counts two to three times faster, same matches).
    """
    # English grouping first: it is the longer match ("7,599,800", "1,234.5"). A dot that cannot group thousands
    # ("2.5 tỷ", "1.5000") is a decimal mark typed the English way.
    first_digit = r"\d" + "".join(rf"(?<!{body}\d)" for body in not_after)
    return (rf"(?:{first_digit}(?:\d{{0,2}}(?:,\d{{3}}){{2,}}(?:\.\d+)?|\d{{0,2}}(?:,\d{{3}})+\.\d+"
            rf"|\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?(?![.\d])"
            rf"|\d*(?:,\d+|\.(?!\d{{3}}(?!\d))\d+)?))")


NUMBER_PATTERN = number_pattern()

# The English grouping, which no Vietnamese numeral has: two comma groups or more ("7,599,800"), or a comma
# group before a decimal point ("1,234.5"). A table with one such figure is read that way throughout.
ENGLISH_FIGURE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_DECIMAL_DOT = re.compile(r"\d+\.\d+")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
SINGLE_ENGLISH_GROUP = re.compile(r"\d{1,3},\d{3}")

# A year as written in these texts: never a count, an amount or a table figure on its own.
YEAR = re.compile(r"(?:19|20)\d\d")

MULTIPLIERS = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
    # Only before another multiplier word (see MULTIPLIER_PATTERN): "5 trăm tỷ", "2 chục triệu".
    "trăm": 100,
    "chục": 10,
}

# Multiplier words as a pattern, compounds before their parts: "triệu tỷ" (10^15: national budgets,
# "1,7 triệu tỷ đồng"), "nghìn tỷ"/"ngàn tỷ" (10^12), and "trăm"/"chục" before a multiplier ("5 trăm
# tỷ", "3 chục triệu"; never alone: "5 trăm" after a digit is no amount of the texts). After a digit
# only, so "vài trăm tỷ", "hàng chục tỷ" (no exact amount) never match. Any case: titles are often in
# capitals ("25 TỶ ĐỒNG").
# "tỷ" of "tỷ lệ", "tỷ giá", "tỷ trọng", "tỷ suất", "tỷ số" is no multiplier ("đạt 5 triệu tỷ lệ ...").
_TY = r"t[ỷỉ](?![^\W\d_]|[^\S\n]+(?:lệ|giá|trọng|suất|số)(?![^\W\d_]))"
MULTIPLIER_PATTERN = (rf"(?i:(?:triệu|nghìn|ngàn)(?:\s+{_TY})?|(?:trăm|chục)\s+(?:{_TY}|triệu|nghìn|ngàn)|{_TY})"
                      r"(?![^\W\d_])")


# Blanks inside an amount: at most one line break ("11,072\ntỷ đồng"), never a blank line, so a
# figure is not glued to a unit line further down. Possessive: no backtracking over long blanks.
GAP = r"[^\S\n]*+(?:\n[^\S\n]*+)?"
GAP1 = r"(?:[^\S\n]++(?:\n[^\S\n]*+)?|\n[^\S\n]*+)"


def amount_pattern(*not_after: str) -> str:
    """A figure with its multiplier, and compounds of them ("1 tỷ 200 triệu"); at most four parts
    ("1 nghìn tỷ 200 tỷ 300 triệu 500 nghìn"): bounded, so it cannot backtrack far. ``not_after`` as
    in :func:`number_pattern`, for its first figure."""
    return (rf"{number_pattern(*not_after)}"
            rf"(?:{GAP}{MULTIPLIER_PATTERN}(?:{GAP1}{NUMBER_PATTERN}{GAP}{MULTIPLIER_PATTERN}){{0,3}})?")


_FIGURE = re.compile(rf"(?P<number>{NUMBER_PATTERN})(?:{GAP}(?P<mult>{MULTIPLIER_PATTERN}))?")


def parse_number(text: str, *, english: bool = False) -> Decimal:
    """Read one numeral: ``"11,072"`` → 11.072, ``"2.500.000"`` → 2500000, ``"05"`` → 5.

    ``english=True`` reads a lone comma group as thousands ("941,550" → 941550); callers set it for
    tables whose other figures show the English grouping. Raises ValueError for anything else.
    """
    text = text.strip()
    if text.isdigit():
        return Decimal(text)
    try:
        if ENGLISH_FIGURE.fullmatch(text) or (english and SINGLE_ENGLISH_GROUP.fullmatch(text)):
            return Decimal(text.replace(",", ""))
        if _DECIMAL_DOT.fullmatch(text) and not _THOUSANDS_DOT.fullmatch(text):
            return Decimal(text)
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation as error:
        raise ValueError(f"not a Vietnamese numeral: {text!r}") from error


@lru_cache(maxsize=64)
def multiplier_value(words: str | None) -> int:
    """``"nghìn tỷ"`` → 10**12, ``"triệu"`` → 10**6, ``None`` → 1 (compounds multiply)."""
    if not words:
        return 1
    value = 1
    for word in words.lower().split():
        value *= MULTIPLIERS[word]
    return value


def exact(value: Decimal) -> int | Decimal:
    """An integer where the value is whole, else the exact Decimal: never a float."""
    integral = value.to_integral_value()
    return int(integral) if integral == value else value.normalize()


def falling_figures(amount: str, offset: int, *, from_end: bool = False) -> list[tuple[int, int, Decimal, str | None]]:
    """The figures of one amount with their multipliers, which must fall ("1 tỷ 200 triệu"), as
    (start, end, number, multiplier) with offsets shifted by ``offset``.

    Where one does not ("30 tỷ 30 tỷ"), the amount is the run of falling multipliers at the start
    or, ``from_end``, the one that ends at the currency word.
    """
    found = [
        (offset + m.start(), offset + m.end(), m.group("number"), m.group("mult")) for m in _FIGURE.finditer(amount)
    ]
    keep = 1
    while keep < len(found):
        i = len(found) - 1 - keep if from_end else keep
        higher, lower = (found[i], found[i + 1]) if from_end else (found[i - 1], found[i])
        if multiplier_value(higher[3]) <= multiplier_value(lower[3]):
            break
        keep += 1
    kept = found[len(found) - keep :] if from_end else found[:keep]
    return [(start, end, parse_number(number), mult) for start, end, number, mult in kept]
