"""Per-unit rates: the ``per`` of a money fact ("3 triệu đồng/người/tháng" → ``người/tháng``).

A rate is money, but it is never a total nor a part of one, and a sum of amounts must leave it out.
The unit is read as written after a slash ("đồng/m3", "đồng/người/tháng", "nghìn/kg"), after
"mỗi"/"một" ("200.000 đồng mỗi người", "500 nghìn đồng một tháng"), or from "mỗi" a few words before the
amount in its clause ("mỗi tỉnh 2 tỷ đồng", "Mỗi hộ nghèo được hỗ trợ 5 triệu đồng"), or from an average
for one of a noun ("bình quân một doanh nghiệp ... đạt 12,4 tỷ đồng"). A noun of several syllables
is kept whole where the counted-noun lexicon knows it ("đồng/cơ sở" → ``cơ sở``, "đồng/hộ gia
đình" → ``hộ gia đình``). The lower figure of a range or list of rates shares the rate of the upper
("từ 10 đến 20 triệu đồng/cơ sở", "48.000 và 47.000 đồng/kg").
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .nouns import LEXICON
from .text import fold_tone_placement

# One unit after a slash: a word of letters, possibly with digits ("m3", "kWh", "người"); a digit
# right after the slash is a pair of figures ("2.090/2.060 tỷ đồng"), not a rate.
_SLASH_UNIT = re.compile(r"[ \t]?/[ \t]?(?P<word>[^\W\d_][^\W_]*+)")
# "mỗi" (each) says rate whatever the noun; "một" (one) only before the nouns a rate is paid by,
# as "một phần", "một số", "một lần" are no rates.
_EACH = re.compile(r"[ \t]+(?:mỗi|Mỗi|cho mỗi)[ \t]+(?P<word>[^\W\d_]+)")
_ONE = re.compile(r"[ \t]+(?:một|1)[ \t]+(?P<word>[^\W\d_]+)")
# "mỗi" before the amount, a few words back in its clause: "mỗi tỉnh 2 tỷ đồng", "Mỗi hộ nghèo được hỗ trợ
# 5 triệu đồng": so much for each, a rate too.
_EACH_BEFORE = re.compile(r"(?<![^\W\d_])(?:mỗi|Mỗi|MỖI)[ \t]+(?P<word>[^\W\d_]+)(?:[ \t]+[^\W\d_]+){0,5}[ \t]+\Z")
_EACH_REACH = 48
# An average for one of a noun, a few words back in its clause: "Vốn đăng ký bình quân một doanh nghiệp thành
# lập mới đạt 12,4 tỷ đồng", "trung bình mỗi hộ có thu nhập 60 triệu đồng": an amount per doanh nghiệp, a rate.
_AVERAGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bình quân|trung bình)(?:[ \t]+(?:trên|cho|của))?[ \t]+(?:một|mỗi|1)[ \t]+(?P<word>[^\W\d_]+)"
    r"(?:[ \t]+[^\W\d_]+){0,8}[ \t]+\Z",
    re.IGNORECASE,
)
_AVERAGE_REACH = 72
_RATE_AFTER_ONE = {"người", "hộ", "tháng", "năm", "ngày", "tuần", "quý", "suất", "lao động", "học sinh",
                   "sinh viên", "học viên", "cơ sở", "doanh nghiệp", "con", "ha", "hécta", "kg", "tấn", "lít",
                   "m2", "m3", "km", "chiếc", "xe", "phòng", "căn hộ", "lớp", "buổi", "giờ", "mét", "cây",
                   "đối tượng", "trường hợp", "hợp tác xã", "đề án", "dự án", "mô hình", "xã", "gia đình"}
_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
# Joints between the figures of a range or list that share one unit, a bound before the upper end maybe ("từ
# 3.000 - trên 4.000 đ/kg").
_JOINT = re.compile(r"[ \t]*(?:-|–|—|~|đến|tới|và|hoặc|,)[ \t]*(?:(?:trên|hơn|dưới|gần|khoảng)[ \t]+)?\Z")
_MAX_UNIT_WORDS = max(len(key) for key in LEXICON)
_BRACKET_OPEN = re.compile(r"[ \t]*+\([ \t]*+")
_BRACKET_CLOSE = re.compile(r"[ \t]*+\)")


def rate_after(text: str, end: int) -> str | None:
    """The unit of the rate written right after an amount that ends at ``end``, or None."""
    units = []
    position = end
    while match := _SLASH_UNIT.match(text, position):
        unit, position = _noun_from(text, match.start("word"))
        units.append(unit)
    if units:
        return "/".join(units)
    for pattern in (_EACH, _ONE):
        if match := pattern.match(text, end):
            unit, _ = _noun_from(text, match.start("word"))
            if pattern is _EACH or unit.lower() in _RATE_AFTER_ONE:
                return unit
    return None


def rate_before(text: str, start: int) -> str | None:
    """The unit of the rate "mỗi <noun>" (or "bình quân một <noun>") says a few words before an amount that starts
    at ``start``, or None."""
    match = _EACH_BEFORE.search(text, max(0, start - _EACH_REACH), start)
    if match is None and "bình" in text[max(0, start - _AVERAGE_REACH) : start].lower():  # cheap test first
        match = _AVERAGE_BEFORE.search(text, max(0, start - _AVERAGE_REACH), start)
    return _noun_from(text, match.start("word"))[0] if match else None


def _noun_from(text: str, start: int) -> tuple[str, int]:
    """The noun that starts at ``start``: the longest lexicon entry there, else one word."""
    first = _LETTERS_AND_DIGITS.match(text, start)
    assert first is not None  # a noun starts with a letter or digit at ``start``
    words = [first.group()]
    position = start + len(words[0])
    ends = [position]
    while len(words) < _MAX_UNIT_WORDS and (match := _WORD.match(text, position)):
        words.append(match.group("word"))
        position = match.end()
        ends.append(position)
    folded = [fold_tone_placement(word.lower()) for word in words]
    for size in range(len(words), 1, -1):
        if tuple(folded[:size]) in LEXICON:
            return text[start : ends[size - 1]], ends[size - 1]
    return words[0], ends[0]


def mark_rates(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``per`` on every money fact of ``facts`` (in text order); keep one already set."""
    money = [fact for fact in facts if fact["type"] == "money"]
    for fact in money:
        if fact.get("per") is None:
            fact["per"] = rate_after(text, fact["end"]) or rate_before(text, fact["start"])
    # An amount said again in a bracket before the rate's slash: "1.000.000 đồng (Một triệu đồng)/khẩu".
    for amount, again in pairwise(money):
        if amount["per"] is None and again["per"] is None and _BRACKET_OPEN.fullmatch(
                text, amount["end"], again["start"]) and (close := _BRACKET_CLOSE.match(text, again["end"])):
            amount["per"] = again["per"] = rate_after(text, close.end())
    # Read right to left, so that a whole range or list takes the unit of its last figure.
    for lower, upper in zip(reversed(money[:-1]), reversed(money[1:]), strict=True):  # neighbours: as many
        if lower["per"] is None and upper["per"] is not None and lower["currency"] == upper["currency"]:
            if _JOINT.match(text[lower["end"] : upper["start"]]):
                lower["per"] = upper["per"]
