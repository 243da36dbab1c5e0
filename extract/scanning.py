"""Patterns the regex engine can skip ahead in: alternations of words written so that each branch opens
with a literal character.

Python's engine looks for where a match may start with a fast scan only when the pattern opens with a
literal, a character set, or an alternation whose every branch opens with a literal (case-sensitive). An
alternation of words under IGNORECASE, a group of alternatives, a repeat or a look-behind at its start
make it try the whole pattern at every character of the text: three to four times the time of a scan
for the words' first letters. :func:`alternation_by_first_letter` writes the same alternation the other
way: one branch per first character (in each of its cases when the case is ignored), the rest of the
words after it, in their order.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Characters that IGNORECASE matches to a letter besides its lower and upper case (Python's re, checked
# over all of Unicode by tests/test_extract_scanning.py): "K" (Kelvin sign) to k, "ſ" (long s) to s,
# "İ" and "ı" to i.
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def case_variants(character: str) -> list[str]:
    """The characters IGNORECASE matches to ``character``, a letter of Vietnamese or English words (the
    test checks a-z, đ and ơ over all of Unicode), in a fixed order. Not for letters with a third case
    ("ǅ" of "ǆ") or folded with others (Greek sigma): IGNORECASE matches more there."""
    lower = character.lower()
    return sorted({lower, character.upper(), *_OTHER_CASES.get(lower, "")})


def alternation_by_first_letter(spellings: Iterable[tuple[str, str]], *, ignore_case: bool = False,
                                not_after: str | None = None) -> str:
    """An alternation of ``word + tail`` for each (word, tail) of ``spellings``, that matches what
    ``(?:word1tail1|word2tail2|...)`` matches (under IGNORECASE for the words if ``ignore_case``; tails
    as written), grouped by first character so that the engine scans for those characters.

    The order of the spellings is kept among those of one first character; spellings of different first
    characters never match at one place, so their order does not matter. ``not_after``: a character
    class that must not stand before the match (the look-behind ``(?<!not_after)`` at its start), checked
    after its first character."""
    branches: dict[str, list[str]] = {}
    for word, tail in spellings:
        rest = f"(?i:{re.escape(word[1:])})" if ignore_case and len(word) > 1 else re.escape(word[1:])
        for first in case_variants(word[0]) if ignore_case else [word[0]]:
            branches.setdefault(first, []).append(rest + tail)
    behind = f"(?<!{not_after}.)" if not_after else ""
    return "|".join(f"{re.escape(first)}{behind}(?:{'|'.join(rests)})" for first, rests in branches.items())
