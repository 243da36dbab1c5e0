"""Amounts written in English, as bilingual bulletins and yearbooks write them beside the Vietnamese:
"VND 1.5 billion", "2,345 billion VND", "US$ 100 million", "12,500 billion dong", "USD 300 million".

The figure is read in the English grouping (a comma groups thousands, a point is the decimal point):
the words around it are English. A figure whose point is followed by exactly three digits and no
comma ("VND 1.200 billion") may be either convention and is left alone, never guessed.
An amount needs an English scale word ("million") or a currency written before the figure ("VND
500,000"): "500 USD" alone is read by extract/money.py.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from .money import Money, whole_if_vnd
from .numbers import exact

# English scale words and their values.
SCALES = {"thousand": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "billion": 10**9, "bn": 10**9,
          "trillion": 10**12}
# Currencies as English texts write them, with their codes; before the figure, after it, or both.
CURRENCIES_BEFORE = {"vnd": "VND", "vnđ": "VND", "usd": "USD", "us$": "USD", "$": "USD", "eur": "EUR", "€": "EUR"}
CURRENCIES_AFTER = {"vnd": "VND", "vnđ": "VND", "dong": "VND", "dongs": "VND", "đồng": "VND", "usd": "USD",
                    "us dollars": "USD", "us dollar": "USD", "dollars": "USD", "dollar": "USD", "eur": "EUR",
                    "euros": "EUR", "euro": "EUR"}
# Words before an amount that qualify it (money.Money.qualifier).
QUALIFIERS = {"about": "approx", "around": "approx", "approximately": "approx", "nearly": "approx",
              "almost": "approx", "over": "over", "more than": "over", "above": "over", "under": "under",
              "less than": "under"}


def _words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FIGURE = r"\d{1,3}(?:,\d{3})++(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = rf"(?P<scale>{_words(SCALES)})"
_QUALIFIER = rf"(?:(?P<qualifier>{_words(QUALIFIERS)})[ \t]++)?"
_BEFORE = re.compile(
    rf"(?<![\w$€]){_QUALIFIER}(?P<currency>{_words(CURRENCIES_BEFORE)})[ \t\xa0]?(?P<number>{_FIGURE})"
    rf"(?:[ \t\xa0]?{_SCALE})?(?![\w.,]*\d)(?![^\W\d_])",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"(?<![\w.,$€]){_QUALIFIER}(?P<number>{_FIGURE})[ \t\xa0]?{_SCALE}[ \t\xa0]++"
    rf"(?P<currency>{_words(CURRENCIES_AFTER)})(?![^\W\d_])",
    re.IGNORECASE,
)
# A scale word right before a currency makes it a unit ("Triệu USD", "Mill. USD"), not a currency written
# before its figure.
_SCALE_BEFORE = re.compile(r"(?<![^\W\d_])(?:triệu|tỷ|tỉ|nghìn|ngàn|thous|mill|bill)\.?[ \t]*+\Z", re.IGNORECASE)
_AMBIGUOUS = re.compile(r"\d{1,3}\.\d{3}")  # "1.200": a thousand and two hundred, or one point two
# A currency's code heading its line, with another figure after the first: a row of an exchange-rate table
# ("USD 25,100.00 25,130.00 25,450.00": the prices of a dollar, in đồng), no amount in dollars.
_LINE_START = re.compile(r"[ \t\xa0|]*+\Z")
_ANOTHER_FIGURE = re.compile(r"[ \t\xa0|]++[-+]?\d")


# Where an amount in English may be: a currency written before a figure ("USD 300", "$5"), or a scale word
# right after one ("1.5 billion"), in the ways texts write them. Looked for with ``str.find`` (C speed),
# so that the patterns below, whose look-behinds and qualifiers would make the regex engine try them at
# every character, read only around these.
def _spellings(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` in lower case, in capitals and capitalised: the spellings the hints are looked for in."""
    return tuple(sorted({spelling for word in words for spelling in (word, word.upper(), word.capitalize())}))


_CURRENCY_HINTS = (*_spellings(CURRENCIES_BEFORE), "VNd", "VNđ")  # and two mixed spellings of "VNĐ"
_SCALE_HINTS = _spellings(SCALES)
_REACH = 40  # characters a pattern's match may reach before and after its hint


def _figure_after(text: str, position: int, length: int) -> bool:
    """Does a digit follow the hint at ``position`` (after one blank at most)?"""
    after = text[position + length : position + length + 2].lstrip(" \t\xa0")
    return after[:1].isdigit()


def _figure_before(text: str, position: int, length: int) -> bool:
    """Does a digit come right before the hint at ``position`` (after one blank at most)?"""
    before = text[max(0, position - 2) : position].rstrip(" \t\xa0")
    return before[-1:].isdigit()


def _past_figures(text: str, end: int) -> int:
    """``end``, or past the word or figure it falls in, and one character more: a window never cuts short
    what the patterns' look-aheads read ("(?![\\w.,]*\\d)")."""
    while end < len(text) and (text[end].isalnum() or text[end] in ".,_"):
        end += 1
    return min(end + 1, len(text))


def _windows(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` around its hints, overlapping ones merged, in order."""
    spans = []
    for hints, figure_at in ((_CURRENCY_HINTS, _figure_after), (_SCALE_HINTS, _figure_before)):
        for hint in hints:
            position = text.find(hint)
            while position >= 0:
                if figure_at(text, position, len(hint)):  # "USD 300", "1.5 billion": not "triệu USD"
                    spans.append((max(0, position - _REACH), _past_figures(text, position + len(hint) + _REACH)))
                position = text.find(hint, position + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_english_money(text: str) -> list[Money]:
    """Amounts written in English in ``text`` (see the module docstring)."""
    out = []
    seen = set()  # a match found from two hints' windows is read once
    for start, end in _windows(text):
        for pattern, currencies in ((_BEFORE, CURRENCIES_BEFORE), (_AFTER, CURRENCIES_AFTER)):
            for m in pattern.finditer(text, start, end):
                number = m.group("number")
                if m.span() in seen or _AMBIGUOUS.fullmatch(number):
                    continue
                if m.re is _BEFORE and _SCALE_BEFORE.search(text, max(0, m.start() - 12), m.start("currency")):
                    continue  # "Triệu USD 2019", "Mill. USD 2020": a unit cell over a year, not "USD 2019"
                if m.re is _BEFORE and not m.group("scale") and _heads_a_row(text, m):
                    continue
                seen.add(m.span())
                scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1
                currency = currencies[" ".join(m.group("currency").lower().split())]
                qualifier = (QUALIFIERS[" ".join(m.group("qualifier").lower().split())]
                             if m.group("qualifier") else None)
                first = m.start("qualifier") if m.group("qualifier") else m.start()
                money = Money(first, m.end(), exact(Decimal(number.replace(",", "")) * scale), currency, qualifier,
                              None)
                if whole_if_vnd(money):
                    out.append(money)
    return out


def _heads_a_row(text: str, match: re.Match[str]) -> bool:
    """Is the currency of ``match`` ("USD 25,100.00") the head of a row of figures (see _LINE_START)?"""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return (_LINE_START.match(text[line_start : match.start("currency")]) is not None
            and _ANOTHER_FIGURE.match(text, match.end()) is not None)
