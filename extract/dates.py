"""Dates, periods and percentages ("12,5%"; a range with its "%" written once, "6-7%/năm", gives both
ends).

Dates in Vietnamese text are day first: "01/8/2014", "05-8-2008", "21 tháng 5 năm 2012". The order is
fixed here, never guessed: "6/24/2019" is no date (there is no 24th month), not 24 June.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .nouns import classify_after
from .numbers import NUMBER_PATTERN, YEAR, number_pattern, parse_number
from .scanning import alternation_by_first_letter

# Day/month/year with one separator throughout, or the spelled-out form. A year split by a stray
# space ("20 21") is read as one.
_NUMERIC = r"(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4}|\d\d \d\d(?!\d))"
_WORDS = r"(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s*(?:,\s*)?năm\s+(?P<wyear>\d{4})"
# A date in either form, as the date of a document after its symbol (extract/legal.py: "Quyết định số ... ngày
# 01/8/2014").
DATE_FORMS = rf"(?:{_NUMERIC}(?!\d)|{_WORDS})"
# A full date anywhere: both forms after one day, not inside a token. The pattern starts with the day's
# first digit and checks the character before it after it (``\d(?<!X\d)``, as numbers.number_pattern), so
# the regex engine skips from digit to digit; a leading look-behind, or an alternation of the two forms
# each with its own day, is tried at every character (twice the time, same matches: the day is the run
# of one or two digits either form needs).
_DATE = re.compile(
    r"(?P<day>\d(?<![\w/.-]\d)\d?)(?:"
    r"\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4}|\d\d \d\d(?!\d))"
    r"|\s+tháng\s+(?P<wmonth>\d{1,2})\s*(?:,\s*)?năm\s+(?P<wyear>\d{4}))(?![\w/])",
    re.IGNORECASE,
)

# Spans that are parts of dates and times but give no full date: "ngày 5-2", "6/4", "7:43:26 AM",
# "tháng 2/2025", "quý I/2025", "năm 2019". Numbers in them are neither counts nor money.
# Two patterns, read as one by :func:`_date_like_matches`: those that start with a digit, and those that
# start with a word. Each begins with what the regex engine can skip ahead to (a digit; the first letter of
# one of the words, each word spelled out in its three cases: extract/scanning.py); the character before a
# match is checked in code.


def _in_three_cases(*words: str) -> list[str]:
    return [spelling for word in words for spelling in (word, word.capitalize(), word.upper())]


# On the word's own line: "năm" closing a table's unit cell ("triệu đồng/năm") is no year of the figure
# on the next line.
_DAY_DASH_TAIL = r"[ \t\xa0]+\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{2,4})?(?!\d)"
# Not "tháng 10" of "đồng/người/tháng 10.800", nor "năm 14" of "năm 14,400": a figure that goes on after a
# dot or a comma is no month or year.
_PART_TAIL = r"[ \t\xa0]+[IVXivx\d]{1,4}(?:\s*/\s*\d{4})?(?!\d|\.\d{3}|,\d)"
_DATE_LIKE_DIGITS = re.compile(
    r"\d\d?(?::\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?|\s*+/\s*+\d{1,2}(?:\s*+/\s*+\d{2,4})?(?![\w/,]|\.\d))"
)
_DATE_LIKE_WORDS = re.compile(alternation_by_first_letter(
    [(word, _DAY_DASH_TAIL) for word in _in_three_cases("ngày", "sáng", "chiều", "tối", "đêm", "trưa", "hôm")]
    + [(word, _PART_TAIL) for word in _in_three_cases("năm", "tháng", "quý", "ngày")]
))
_INSIDE_A_TOKEN = r"[\w.,]"  # a look-behind body (numbers.number_pattern): not part of a word or a figure
_PERIOD = re.compile(r"(?P<first>(?:19|20)\d\d)\s*(?:-|–|—|đến|tới)\s*(?P<last>(?:19|20)\d\d)(?![\d/])")
_PERIOD_LEAD = re.compile(r"(?<![^\W\d_])(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|năm)\s+\Z", re.IGNORECASE)
_PERCENT = re.compile(rf"(?P<number>{number_pattern(_INSIDE_A_TOKEN)})\s*(?:%|phần trăm(?![^\W\d_]))")
# The signs a percentage ends with: far fewer than the figures of a text (see _percent_matches).
_PERCENT_SIGN = re.compile(r"%|phần trăm")
# The first number of a range whose "%" is written once ("6-7%/năm", "từ 5 đến 7%").
_PERCENT_RANGE_START = re.compile(rf"(?<![\w.,/])(?P<number>{NUMBER_PATTERN})[ \t]*(?:-|–|—|đến|tới)[ \t]*\Z")


@dataclass
class Span:
    start: int
    end: int
    value: Any = None  # a date (str), a period (first year, last year), a percentage (Decimal)


def iso_date(day: str, month: str, year: str) -> str | None:
    """``("01", "8", "2014")`` → ``"2014-08-01"``; None for an impossible date."""
    try:
        return datetime.date(int(year.replace(" ", "")), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_of(match: re.Match[str]) -> str | None:
    """The ISO date of a match of the numeric or the spelled-out date pattern."""
    if match.group("day"):
        return iso_date(match.group("day"), match.group("month"), match.group("year"))
    return iso_date(match.group("wday"), match.group("wmonth"), match.group("wyear"))


def find_dates(text: str) -> list[Span]:
    """Full dates, day first; ``value`` is the ISO date."""
    out = []
    for m in _DATE.finditer(text):
        value = iso_date(*m.group("day", "month", "year")) if m.group("month") else iso_date(
            *m.group("day", "wmonth", "wyear"))
        if value:
            out.append(Span(m.start(), m.end(), value))
    return out


_DAY_MONTH = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _could_be_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# Words that make the "d/m" after them a day ("ngày 15/8 hội nghị ...", "từ 1/7").
_DAY_CUE = re.compile(r"(?<![^\W\d_])(?i:ngày|hôm|sáng|chiều|tối|đêm|trưa|từ|đến|tới|vào|lúc|hạn)[ \t]*\(?[ \t]*\Z")


# A fraction's word before "x/y": "bằng 1/2 bình quân chung" (half the average), "chiếm 1/3 diện tích".
_FRACTION_CUE = re.compile(r"(?<![^\W\d_])(?i:bằng|chiếm)[ \t]*\Z")


def counted_pair(text: str, start: int, end: int, first: str, second: str) -> bool:
    """Is "x/y" at ``start``-``end``, which could be a day and a month, a pair of counts instead ("7/9 huyện":
    seven of nine districts): the first no larger than the second, a counted noun right after, and no word
    of a day before it ("ngày 7/9 hội nghị ...") nor of a fraction ("bằng 1/2 bình quân chung")?"""
    if int(first.replace(".", "")) > int(second.replace(".", "")):
        return False
    kind, _ = classify_after(text[end : end + 48])
    return (kind == "count" and not _DAY_CUE.search(text, max(0, start - 12), start)
            and not _FRACTION_CUE.search(text, max(0, start - 8), start))


def find_date_like(text: str) -> list[Span]:
    """Parts of dates and times that are no full date, to keep their numbers from other facts."""
    out = []
    for m in _date_like_matches(text):
        before = text[m.start() - 1] if m.start() else " "
        if before.isalpha() or (m.group()[0].isdigit() and (before.isdigit() or before in "_/.,")):
            continue
        if (day_month := _DAY_MONTH.fullmatch(m.group())) and not _could_be_day_month(*day_month.groups()):
            continue  # "45/60 xã", "16/20 tiêu chí": a pair of figures, no day and month
        if day_month and counted_pair(text, m.start(), m.end(), *day_month.groups()):
            continue  # "7/9 huyện": seven of nine districts, not the 7th of September
        out.append(Span(m.start(), m.end()))
    return out


def _date_like_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the two date-like patterns as one pattern made of both would give them: in text
    order, none inside the one before (a digit never starts a word, so at most one matches at a place)."""
    digits = _DATE_LIKE_DIGITS.search(text)
    words = _DATE_LIKE_WORDS.search(text)
    while digits or words:
        match = digits if words is None or (digits is not None and digits.start() < words.start()) else words
        assert match is not None  # one of the two is left
        yield match
        position = match.end()
        if digits is not None and digits.start() < position:
            digits = _DATE_LIKE_DIGITS.search(text, position)
        if words is not None and words.start() < position:
            words = _DATE_LIKE_WORDS.search(text, position)


def find_periods(text: str) -> list[Span]:
    """Year ranges ("giai đoạn 2014-2018", "2021 - 2025"); ``value`` is (first year, last year)."""
    out = []
    for m in _PERIOD.finditer(text):
        if m.start() and text[m.start() - 1].isdigit():
            continue
        first, last = int(m.group("first")), int(m.group("last"))
        if first < last <= first + 50:
            lead = _PERIOD_LEAD.search(text, max(0, m.start() - 16), m.start())
            out.append(Span(lead.start() if lead else m.start(), m.end(), (first, last)))
    return out


def _percent_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_PERCENT.finditer(text)`` gives, found from the signs back rather than tried at each
    figure of the text (a percentage ends with its sign, and signs are few). A match's figure is made of
    digits, dots and commas and stands after no word character, dot or comma (number_pattern's look-behind),
    and only blanks stand between it and its sign: so it starts where the run of word characters, dots and
    commas that ends before those blanks starts, and each sign gives one place to try. Matches found so
    never overlap: no digit inside one stands after a character that is none of those."""
    for sign in _PERCENT_SIGN.finditer(text):
        end = sign.start()
        while end and text[end - 1].isspace():  # what \s matches
            end -= 1
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.,"):  # what [\w.,] matches
            start -= 1
        match = _PERCENT.match(text, start)
        if match is not None:  # it ends with this sign: the run and the blanks hold no other
            yield match


def find_percents(text: str) -> list[Span]:
    """Percentages ("12,5%"), both ends of a range ("6-7%"); ``value`` is the exact Decimal."""
    out: list[Span] = []
    for m in _percent_matches(text):
        try:
            value = parse_number(m.group("number"))
        except ValueError:
            continue
        first = _PERCENT_RANGE_START.search(text, max(0, m.start() - 24), m.start())
        if first and not YEAR.fullmatch(first.group("number")) and (not out or out[-1].end <= first.start()):
            try:
                out.append(Span(first.start(), first.end("number"), parse_number(first.group("number"))))
            except ValueError:
                pass
        out.append(Span(m.start(), m.end(), value))
    return out

