"""Bare items of a list that shares one multiplier and currency: "Hà Giang 120 tỷ đồng, Lào Cai 95,
Yên Bái 40 và Sơn La 110 tỷ đồng" gives 95 and 40 tỷ đồng too.

A list item is a name and a figure ("Lào Cai 95", "huyện Bát Xát: 40"); items are separated by ",",
";" or "và". A bare item (a figure with no multiplier and no currency) is money when the list it
stands in is closed, after it, by an amount with its multiplier and currency, and opened, before it,
by an amount with the same multiplier (and the same currency if it writes one), with only such items
in between: the writer stated the unit at both ends and dropped it in the middle. Precision first: a
list that is not closed on both sides, an item that is a year, or an item without a name (a word
in capitals: a place, a body) gives nothing.

The walk from a closing amount back to its opening one looks at a bounded window before each item,
and a list has at most :data:`_MAX_ITEMS` items: linear in the text.
"""
from __future__ import annotations

import bisect
import re

from .money import CURRENCY_PATTERN, Money, currency_code, qualifier_before, whole_if_vnd
from .numbers import MULTIPLIER_PATTERN, NUMBER_PATTERN, YEAR, exact, multiplier_value, number_pattern, parse_number

_MAX_ITEMS = 40
_WINDOW = 90  # an item with its name and separator fits in this many characters

_NOT_IN_TOKEN = number_pattern(r"[\w.,/]")
_WORD = r"[^\W\d_]++"
# A name: up to six words on one line.
_NAME = rf"(?P<name>(?!và[ \t]){_WORD}(?:[ \t]++{_WORD}){{0,5}})"
_SEPARATOR = r"(?:[ \t]*+[,;][ \t]*+(?:và[ \t]++)?|[ \t]++và[ \t]++)"
# The amount that closes a list: a figure, its multiplier and currency, after a name.
_CLOSING = re.compile(
    rf"(?P<number>{_NOT_IN_TOKEN})[ \t]++(?P<mult>{MULTIPLIER_PATTERN})[ \t]++(?P<currency>{CURRENCY_PATTERN})"
)
_NAME_BEFORE = re.compile(rf"(?<![^\W\d_]){_NAME}(?:[ \t]*+:)?[ \t]++\Z")
# The item before a position where an item starts, read backwards: name, figure, multiplier and currency if
# written, and the separator.
_ITEM_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_NAME}(?:[ \t]*+:)?[ \t]++(?P<number>{_NOT_IN_TOKEN})"
    rf"(?:[ \t]++(?P<mult>{MULTIPLIER_PATTERN})(?:[ \t]++(?P<currency>{CURRENCY_PATTERN}))?)?{_SEPARATOR}\Z"
)
_FIGURE_THEN_SEPARATOR = re.compile(rf"\d{_SEPARATOR}")
# Words that make the figure after them a change, not an item: "tăng 15", "giảm 3".
_CHANGE_WORDS = {"tăng", "giảm", "đạt", "còn", "thêm", "khoảng", "gần", "hơn", "trên", "dưới", "năm", "tháng", "ngày",
                 "quý", "số", "lần", "thứ"}


def _named(name: str) -> bool:
    """A name of a place or body: one of its words opens with a capital, and the word before the
    figure is no change, date or label word."""
    words = name.split()
    return any(w[0].isupper() for w in words) and words[-1].lower() not in _CHANGE_WORDS


def find_list_money(text: str) -> list[Money]:
    """The bare items of lists closed on both sides by amounts in one unit (module docstring)."""
    out: list[Money] = []
    # A bare item ends in a figure and a separator: closings without one shortly before them are no lists'
    # ends, and a page without any costs one scan.
    items_end = [m.end() for m in _FIGURE_THEN_SEPARATOR.finditer(text)]
    if not items_end:
        return out
    for closing in _CLOSING.finditer(text):
        i = bisect.bisect_right(items_end, closing.start()) - 1
        if i < 0 or items_end[i] < closing.start() - _WINDOW:
            continue
        name = _NAME_BEFORE.search(text, max(0, closing.start() - _WINDOW), closing.start())
        if not name or not _named(name.group("name")):
            continue
        mult, currency = multiplier_value(closing.group("mult")), currency_code(closing.group("currency"))
        items, position = [], name.start()
        for _ in range(_MAX_ITEMS):
            item = _ITEM_BEFORE.search(text, max(0, position - _WINDOW), position)
            if not item or not _named(item.group("name")):
                items = []
                break
            if item.group("mult"):
                same = multiplier_value(item.group("mult")) == mult
                if not same or (item.group("currency") and currency_code(item.group("currency")) != currency):
                    items = []
                break  # the opening amount
            if YEAR.fullmatch(item.group("number")):
                items = []
                break
            items.append(item)
            position = item.start()
        else:
            items = []
        for item in items:
            value = exact(parse_number(item.group("number")) * mult)
            money = Money(item.start("number"), item.end("number"), value, currency,
                          qualifier_before(text, item.start("number")))
            if whole_if_vnd(money):
                out.append(money)
    out.sort(key=lambda m: m.start)
    return out
