"""Bare items of a list that shares one multiplier and currency: "Hà Giang 120 tỷ đồng, Lào Cai 95,
Yên Bái 40 và Sơn La 110 tỷ đồng" gives 95 and 40 tỷ đồng too.

A list item is a name and a figure ("Lào Cai 95", "huyện Bát Xát: 40"); items are separated by ",", ";" or
"và", on one line or one a line after a list marker ("- Lào Cai: 95;"). A bare item (a figure with no
multiplier and no currency) is money when the list it stands in is closed, after it, by an amount with its
multiplier and currency, and opened, before it, by an amount with the same multiplier (and the same currency
if it writes one), with only such items in between: the writer stated the unit at both ends and dropped it in
the middle. Precision first: a list that is not closed on both sides, an item that is a year, or an item
without a name (a word in capitals: a place, a body) gives nothing.

One forward pass over the figures of the text, each looked at once, with a bounded look at the name
before it, and a list has at most :data:`_MAX_ITEMS` bare items: linear in the text.
"""
from __future__ import annotations

import re

from .money import CURRENCY_PATTERN, Money, currency_code, qualifier_before, whole_if_vnd
from .numbers import MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, number_pattern, parse_number

_MAX_ITEMS = 40

_NOT_IN_TOKEN = number_pattern(r"[\w.,/]")
_NUMBER = re.compile(NUMBER_PATTERN)  # a figure the scan below found must also be a numeral as the spec writes it
_WORD = r"[^\W\d_]++"
# A name: up to six words on one line, "và" not the first.
_NAME = rf"(?P<name>(?!và[ \t]){_WORD}(?:[ \t]++{_WORD}){{0,5}})"
_SEPARATOR = r"(?:[ \t]*+[,;][ \t]*+(?:và[ \t]++)?|[ \t]++và[ \t]++)"
# The figures of the text, with their multiplier and currency if written and the separator after them if
# any: one forward scan (the pattern starts with a digit, so the engine skips from digit to digit).
_FIGURE = re.compile(
    rf"(?P<number>\d(?<![\w.,/]\d)\d*+(?:[.,]\d++)*+)"
    rf"(?:[ \t]++(?P<mult>{MULTIPLIER_PATTERN})(?:[ \t]++(?P<currency>{CURRENCY_PATTERN}))?)?"
    # Only figures that may matter: followed by a separator (an item or an opening), or with a currency (a
    # closing). A figure left out stands in the text between two others, where no name can be read.
    rf"(?:(?P<separator>{_SEPARATOR})|(?(currency)|(?!)))"
)
# What stands between one item's separator and the next item's figure: a name, and a colon maybe.
# Items may stand one a line, after a list marker ("- Lào Cai: 95;").
_NAME_GAP = re.compile(
    rf"(?:\n[ \t]*+(?:[-–+•*][ \t]++|\d{{1,2}}[.)][ \t]++|[a-zđ]\)[ \t]++)?)?{_NAME}(?:[ \t]*+:)?[ \t]++"
)
# The name before the list's first item.
_NAME_BEFORE = re.compile(rf"(?<![^\W\d_]){_NAME}(?:[ \t]*+:)?[ \t]++\Z")
_MAX_GAP = 60
# Words that make the figure after them a change, not an item: "tăng 15", "giảm 3".
_CHANGE_WORDS = {"tăng", "giảm", "đạt", "còn", "thêm", "khoảng", "gần", "hơn", "trên", "dưới", "năm", "tháng", "ngày",
                 "quý", "số", "lần", "thứ"}


def _named(name: str) -> bool:
    """A name of a place or body: one of its words opens with a capital, and the word before the
    figure is no change, date or label word."""
    words = name.split()
    return any(w[0].isupper() for w in words) and words[-1].lower() not in _CHANGE_WORDS


def find_list_money(text: str) -> list[Money]:
    """The bare items of lists closed on both sides by amounts in one unit (module docstring).

    One pass over the figures: a run of items joined by separators and names is followed, with the
    last stated amount of the run (its opening) and the bare items since; an amount with its currency
    and the opening's multiplier closes them."""
    out: list[Money] = []
    opening = None  # (multiplier, currency or None, match) of the run's last stated amount
    pending: list[re.Match[str]] = []
    previous_end = -1  # where the previous figure's separator ended; -1: no run
    for figure in _FIGURE.finditer(text):
        start = figure.start()
        mult_word, currency, separator = figure.group("mult", "currency", "separator")
        linked = False
        if previous_end >= 0 and start - previous_end <= _MAX_GAP:
            gap = _NAME_GAP.fullmatch(text, previous_end, start)
            linked = gap is not None and _named(gap.group("name"))
        if not linked:
            # A run starts; its first amount's name is looked at only if the run closes (most never do).
            opening = (multiplier_value(mult_word), currency, figure) if mult_word else None
            pending = []
        elif mult_word:
            mult = multiplier_value(mult_word)
            if opening is not None and pending and currency and mult == opening[0] and (
                    opening[1] is None or currency_code(opening[1]) == currency_code(currency)):
                if _named_before(text, opening[2].start()):
                    out.extend(_items(text, pending, mult, currency_code(currency)))
            opening, pending = (mult, currency, figure), []
        elif opening is not None:
            number = figure.group("number")
            if YEAR.fullmatch(number) or not _NUMBER.fullmatch(number) or len(pending) >= _MAX_ITEMS:
                opening, pending = None, []
            else:
                pending.append(figure)
        previous_end = figure.end() if separator else -1
    return out


def _named_before(text: str, start: int) -> bool:
    name = _NAME_BEFORE.search(text, max(0, start - _MAX_GAP), start)
    return name is not None and _named(name.group("name"))


def _items(text: str, items: list[re.Match[str]], mult: int, currency: str) -> list[Money]:
    out = []
    for item in items:
        value = exact(parse_number(item.group("number")) * mult)
        money = Money(item.start("number"), item.end("number"), value, currency, qualifier_before(text, item.start()))
        if whole_if_vnd(money):
            out.append(money)
    return out
