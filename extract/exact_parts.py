"""Parts with no opener, known by their exact sum: "... đã trao 34 suất học bổng cho các em. Cấp 1: 14 suất, Cấp 2:
16 suất, Cấp 3: 4 suất."

A total's sentence followed by a sentence (in its paragraph, or opening the next) whose figures of the total's
kind (two or more, all fitting it: the same currency, the same noun or a narrower one; none what each of several
has, "mỗi huyện 2 HTX") add up to it exactly is divided by them (three of them at least when the sentence opens
the next paragraph), unless it is a change ("tăng 1.500 đồng"). No word opens such a breakdown, so only the
exact sum may: a sum within the rounding, or to less, proves nothing here.
Runs last, on figures that are neither totals nor parts yet, with the sentences the facts' ``sentence`` field is
cut from (built once for both).
"""
from __future__ import annotations

import bisect
from typing import Any

from .breakdowns import fits, for_each, in_range, is_change, set_parts
from .text import Sentences


def mark_exact_parts(text: str, facts: list[dict[str, Any]], sentences: Sentences) -> None:
    """Set ``part_of``, ``parts`` and ``parts_sum`` for the figures of a sentence that add up to the total of the
    sentence before (``sentences``: the text's, as the facts' ``sentence`` field reads them)."""
    figures = [fact for fact in facts if fact["type"] in ("money", "count")]
    if len(figures) < 3:
        return
    by_sentence: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for i, fact in enumerate(figures):
        if fact["per"] is None and fact["restates"] is None:  # no rate, no restatement in words
            by_sentence.setdefault(bisect.bisect_right(sentences.starts, fact["start"]) - 1, []).append((i, fact))
    for sentence, members in by_sentence.items():
        following = by_sentence.get(sentence + 1)
        if following is None or sentence < 0:
            continue  # no figure in the next sentence
        # Across a paragraph's end the tie is weaker: three parts at least, which chance rarely sums exactly.
        least = _LEAST_ACROSS if "\n" in text[sentences.ends[sentence] : sentences.starts[sentence + 1]] else 2
        for i, total in reversed(members):  # the nearest first: a title's figure may share a sentence with it
            if total["parts"] is None and total["part_of"] is None and _divide(text, figures, i, following, least):
                break


_LEAST_ACROSS = 3


def _divide(text: str, figures: list[dict[str, Any]], i: int, following: list[tuple[int, dict[str, Any]]],
            least: int) -> bool:
    """Give ``figures[i]`` the figures of its kind of the next sentence when they are ``least`` or more, all fit it,
    none is a total, a part or the end of a range, and they add up to it exactly; whether it did."""
    total = figures[i]
    kind = [(j, fact) for j, fact in following if fact["type"] == total["type"]]
    if len(kind) < least or sum(fact["value"] for _, fact in kind) != total["value"]:
        return False
    if any(not fits(total, fact, text) or fact["part_of"] is not None or fact["parts"] is not None
           or in_range(text, figures, j) or for_each(text, fact["start"]) for j, fact in kind) or in_range(
            text, figures, i):
        return False
    if is_change(text, total):
        return False  # "giá tăng 1.500 đồng. ... tăng lần lượt 1.000 đồng và 500 đồng": a rise is no total
    set_parts(total, [fact for _, fact in kind])
    return True
