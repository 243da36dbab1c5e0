"""Parts known by their share of a total, continuing its breakdown: "Tổng vốn đăng ký mới là 120.500 tỷ đồng.
Trong đó ngành chế biến 48.200 tỷ đồng, chiếm 40%; ..." then, in the next paragraph, "Ngành bán buôn 6.025 tỷ
đồng, chiếm 5%; ngành tài chính 3.615 tỷ đồng (chiếm 3%)".

A figure followed in its clause by "chiếm" and a percentage ("chiếm 28,4%", "(chiếm khoảng 15%)") is one more
part of the nearest total before it that has parts already (an opener gave them: "trong đó", "gồm", ...) and
whose ratio to it is that percentage, within the rounding of the three figures as written (half the unit of
the last digit of each), while all its parts still add up to it or less (past it, the shares are a second
division of it). The share says the figure is a part of something; the arithmetic says of which figure.

Shares alone, with no breakdown of the total opened before them, give no parts: a breakdown is read from its
opener (docs/facts.md), and the readers of four judged sets left such lists unlinked (those of one linked them).
Runs after the other rules of totals, on figures that are no part yet.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Any

from .breakdowns import fits, is_change, rounding, set_parts, sum_tolerance, summable

# Words between "chiếm" and its percentage: "chiếm khoảng 15%", "chiếm tỷ trọng 30%".
_QUALIFIERS = r"(?:[ \t]++(?:tỷ trọng|tỉ trọng|khoảng|gần|hơn|trên|xấp xỉ|tới|đến|là)(?![^\W\d_]))*+[ \t]*+"
_SHARE_TAIL = re.compile(_QUALIFIERS, re.IGNORECASE)
# Between a figure and its share: "79.153 tỷ đồng, chiếm 28,4%", "(chiếm khoảng 15%", "và chiếm 30%".
_SHARE_WORDS = re.compile(rf"[ \t]*+[,(]?[ \t]*+(?:và[ \t]++)?chiếm{_QUALIFIERS}\Z", re.IGNORECASE)
_MAX_GAP = 40  # characters between a figure and its percentage
_REACH = 2500  # how far before the part its total may stand, in characters
_HUNDRED = Decimal(100)


def mark_share_parts(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``part_of``, ``parts`` and ``parts_sum`` for parts given with their share of a total."""
    shares = _shares(text)
    if not shares:
        return  # a pass of str.find: most texts give no shares
    figures = summable(text, [fact for fact in facts if fact["type"] in ("money", "count")])
    percents = {fact["start"]: fact for fact in facts if fact["type"] == "percent"}
    ends = [fact["end"] for fact in figures]
    starts = [fact["start"] for fact in figures]
    for word_start, percent_start in shares:
        share = percents.get(percent_start)
        i = bisect.bisect_right(ends, word_start) - 1  # the figure the share follows
        if share is None or i < 0:
            continue
        part = figures[i]
        if (word_start - part["end"] > _MAX_GAP or not _SHARE_WORDS.match(text[part["end"] : percent_start])
                or part["part_of"] is not None or is_change(text, part)):
            continue
        low = bisect.bisect_left(starts, part["start"] - _REACH)
        for j in range(i - 1, low - 1, -1):
            total = figures[j]
            if (total["parts"] is not None and fits(total, part, text) and total["value"] > part["value"]
                    and _ratio_is(part, total, share)):
                _add_part(total, part, figures)
                break


def _shares(text: str) -> list[tuple[int, int]]:
    """Where each "chiếm" stands and where the figure after it may start (past its words: "chiếm khoảng ")."""
    found = []
    for word in ("chiếm", "Chiếm"):
        position = text.find(word)
        while position >= 0:
            after = _SHARE_TAIL.match(text, position + len(word))
            assert after is not None  # the pattern matches the empty string
            found.append((position, after.end()))
            position = text.find(word, position + 1)
    return sorted(found)


def _add_part(total: dict[str, Any], part: dict[str, Any], figures: list[dict[str, Any]]) -> None:
    """``part`` a part of ``total``, unless the parts it has already would then sum past it: a second division
    of the total, not more of the same."""
    parts = [fact for fact in figures if fact["part_of"] == total["start"]] + [part]
    if sum(fact["value"] for fact in parts) > total["value"] + sum_tolerance(total, parts):
        return
    set_parts(total, parts)


def _ratio_is(part: dict[str, Any], total: dict[str, Any], share: dict[str, Any]) -> bool:
    """Is ``part`` that share of ``total``, within the rounding of the three as written?"""
    value, whole = Decimal(part["value"]), Decimal(total["value"])
    slack, whole_slack = rounding(part), rounding(total)
    if whole - whole_slack <= 0:
        return False
    low = (value - slack) / (whole + whole_slack) * _HUNDRED
    high = (value + slack) / (whole - whole_slack) * _HUNDRED
    percent = Decimal(share["value"])
    percent_slack = _percent_rounding(share["text"])
    return low <= percent + percent_slack and percent - percent_slack <= high


def _percent_rounding(written: str) -> Decimal:
    """Half the unit of a percentage's last digit: 0.05 for "28,4%", 0.5 for "15%"."""
    digits = re.search(r"\d+(?:[.,](\d+))?", written)
    decimals = len(digits.group(1)) if digits is not None and digits.group(1) else 0
    return Decimal(5).scaleb(-decimals - 1)
