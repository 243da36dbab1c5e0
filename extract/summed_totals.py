"""Totals written after their parts: "... 105.125 doanh nghiệp đăng ký thành lập mới ... Bên cạnh đó, còn có
22.765 doanh nghiệp quay trở lại hoạt động, nâng tổng số ... lên gần 128 nghìn doanh nghiệp".

A figure that follows a word that sums up what came before ("như vậy", "tính chung", "nâng tổng", "tổng cộng",
"cộng lại", "tất cả", "toàn bộ", a line "Cộng: ...", or "tổng" itself: "Tổng kinh phí hỗ trợ là ...") in its
sentence is such a total when the figures of its kind right before it (two or more, in a row, none a change, a
rate, an end of a range or a part already) add up to it within the rounding of the way each is written (the
unit of its last digit, halved: 500 for "128 nghìn"; a sum of rounded parts may be off by the rounding of
each). The words state the relation and the sum confirms it; anything looser gets nothing, since a wrong
``part_of`` hides money from sums.

Runs after extract/breakdowns.py, on figures that are neither totals nor parts yet.
"""
from __future__ import annotations

import re
from typing import Any

from .breakdowns import fits, is_change, rounding, set_parts, summable

# The summing words, then the total's clause up to its figure (no sentence end, ";" or ":" between).
# "tổng" alone sums too ("Tổng kinh phí là ...", "nâng tổng"), not in the names of bodies and posts
# ("Tổng cục Thống kê", "Tổng giám đốc") nor in "tổng kết" (a review), "tổng hợp", "tổng thể".
_SUMMING = re.compile(
    r"[nNtTcC](?:(?<=[nN])(?i:hư vậy)|(?<=[tT])(?i:ính chung|ất cả)|(?<=[tT])(?<![^\W\d_].)(?i:oàn bộ)"
    r"|(?<=[cC])(?i:ộng lại|ộng chung)|(?<=[cC])(?<![^\W\d_].)(?i:ộng)(?=[ \t]*:)"
    r"|(?<=[tT])(?<![^\W\d_].)(?i:ổng)(?![ \t]+(?i:cục|công ty|giám đốc|bí thư|kết|hợp|thể|quan|đài|điều tra"
    r"|thống|lãnh sự|liên đoàn|biên tập|tư lệnh|tham mưu|thư ký)(?![^\W\d_])))"
    r"(?![^\W\d_])(?:[ \t]*:)?[^.;:!?\n]{0,160}\Z",
)
_SUMMING_WORDS = ("như vậy", "tổng", "tính chung", "tất cả", "toàn bộ", "cộng")
_MAX_PARTS = 8  # figures of the run, at most
_WORDS_REACH = 180  # the summing words and their clause, before the total
_SHORTEST_WORDS = min(map(len, _SUMMING_WORDS)) + 1
_REACH = 1200  # how far before the total its parts may stand, in characters


def mark_summed_totals(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``part_of``, ``parts`` and ``parts_sum`` for totals written after their parts."""
    lowered = text.lower()
    if not any(words in lowered for words in _SUMMING_WORDS):
        return  # one pass of str.find per phrase: cheaper than the pattern below on a text without them
    figures = [fact for fact in facts if fact["type"] in ("money", "count")]
    if len(figures) < 3:
        return
    candidates = summable(text, figures)
    if len(candidates) < 3:
        return
    # Each figure with two before it, its words looked for between the figure before it and itself (their
    # clause reaches it): a str.find per word on that stretch first, the pattern only where one is found.
    for i in range(2, len(candidates)):
        total = candidates[i]
        if total["parts"] is not None or total["part_of"] is not None:
            continue
        low = max(candidates[i - 1]["end"], total["start"] - _WORDS_REACH)
        if total["start"] - low < _SHORTEST_WORDS:
            continue  # no room for the words between the figure before and this one
        stretch = lowered[low : total["start"]]
        if not any(words in stretch for words in _SUMMING_WORDS):
            continue
        match = _SUMMING.search(text, low, total["start"])
        if match:
            _sum_up(text, total, candidates, i, match.start())


def _sum_up(text: str, total: dict[str, Any], candidates: list[dict[str, Any]], i: int, words_start: int) -> None:
    """Give ``total`` (``candidates[i]``) the run of the figures ahead of it that adds up to it."""
    parts: list[dict[str, Any]] = []
    running: Any = 0
    tolerance = rounding(total)  # grows by each part's own rounding
    for j in range(i - 1, -1, -1):
        fact = candidates[j]
        if fact["start"] < words_start - _REACH or len(parts) == _MAX_PARTS:
            return
        if not fits(total, fact, text) or is_change(text, fact):
            continue
        if fact["part_of"] is not None or fact["parts"] is not None:
            return  # a run that crosses another breakdown is no list of parts
        parts.append(fact)
        running += fact["value"]
        tolerance += rounding(fact)
        if running > total["value"] + tolerance:
            return
        if len(parts) >= 2 and abs(running - total["value"]) <= tolerance:
            set_parts(total, parts)
            return
