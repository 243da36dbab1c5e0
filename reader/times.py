"""Publication times as Vietnamese portals print them, read into ISO 8601 (Vietnam time).

Forms seen on the platforms (../shared/spec/portals.md): "Thứ Năm, 14/07/2022 22:51",
"Thứ năm - 15/03/2018 08:45", "14/04/2017 | 04:36 PM", "Cập nhật lúc 15:30, ngày 21/10/2015",
"Ngày đăng: 14/11/19", "26.02.2020 - 22:45:20", "6/24/2019 7:43:26 AM" (month first), "PM 04:36",
"T3, 07/13/2021 - 15:20" (Drupal, month first), "15:20 - 07/13/2021", ISO 8601 in ``datetime`` attributes
and meta tags. .NET's Vietnamese culture writes SA/CH (sáng, chiều) where en-US writes AM/PM, and its long
dates name the month: "Thứ Tư, 06 Tháng Chín 2017 16:27". Text writes "ngày 6 tháng 9 năm 2017",
"15 tháng 7, 2024" and a 12-hour clock with the part of the day: "08:05 sáng 14/8/2017", "03:40 chiều".

Day first is the Vietnamese default; a site that puts the month first shows it on its first date whose
first number is above 12 (or whose printed day of the week only that order matches), and keeps that order
on every page. ``DateOrders`` keeps what each site showed. A month in words leaves no doubt.
"""

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

VIETNAM = timezone(timedelta(hours=7))
logger = logging.getLogger(__name__)

# --- the language: month, weekday and day-part words (data; the patterns below are built from them) ----

# Months in words, as .NET's vi-VN culture and writers name them. "Giêng" is January in .NET's names and in
# speech; "Chạp" is not taken: it is the twelfth month of the lunar calendar, and a lunar date read as a
# solar one would be a wrong date, not a missing one.
MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
               "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
# "6 tháng năm 2020" is "six months of 2020" in every report: May in words is only read with some other
# sign of a date (a weekday, a clock, "ngày" before it or "năm" after it).
AMBIGUOUS_MONTH_WORDS = ("năm",)
# Days of the week, Monday 0: "Thứ Tư" or "Thứ 4" (the day's number, Monday the second), "Chủ nhật", and the
# abbreviations calendars print ("T3, 07/13/2021"), these in capitals only: in lower case they are letters
# of other words.
WEEKDAY_NAMES = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
SUNDAY = "chủ nhật"
WEEKDAY_ABBREVIATIONS = {"T2": 0, "T3": 1, "T4": 2, "T5": 3, "T6": 4, "T7": 5, "CN": 6}
# The designators of 12-hour clocks (en-US, and .NET's vi-VN: sáng, chiều) and the parts of the day written
# after a clock ("08:05 sáng", "03:40 chiều"), each to the rule of DAY_PARTS that reads its hours.
DESIGNATORS = {"am": "AM", "sa": "AM", "pm": "PM", "ch": "PM"}
DAY_PART_WORDS = {"sáng": "AM", "chiều": "PM", "trưa": "trưa", "tối": "tối", "đêm": "đêm", "khuya": "đêm"}


@dataclass(frozen=True)
class DayPart:
    """How a part of the day reads the hours 1-12 of a 12-hour clock."""

    afternoon: range  # hours that are after noon in it: 3 chiều is 15:00
    twelve: int  # what 12 is in it: 12 PM is noon, 12 AM and "12 giờ đêm" midnight


DAY_PARTS = {
    "AM": DayPart(range(0), 0),
    "PM": DayPart(range(1, 12), 12),
    "trưa": DayPart(range(1, 6), 12),  # noon runs 11:00-13:00 and on: "11:30 trưa", "12:15 trưa", "1:10 trưa"
    "tối": DayPart(range(1, 12), 0),  # evening: "7:30 tối" is 19:30
    "đêm": DayPart(range(6, 12), 0),  # night: "10:00 đêm" is 22:00, "2:00 đêm" 02:00
}

# Letters with all their diacritics, by the base letter they fold to.
LETTERS = {"a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
           "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ"}
FOLDED = {letter: base for base, letters in LETTERS.items() for letter in letters}


def fold(text: str) -> str:
    """Lower case without diacritics and spaces: the key of a word in the tables ('Mười Một' -> 'muoimot')."""
    return "".join(FOLDED.get(char, char) for char in unicodedata.normalize("NFC", text).lower() if not char.isspace())


def loose(word: str) -> str:
    """A pattern of ``word`` with or without its diacritics, its spaces one to three (case: re.IGNORECASE)."""
    parts = []
    for char in word:
        if char == " ":
            parts.append(r"\s{1,3}")
        else:
            base = FOLDED.get(char, char)
            parts.append(f"[{LETTERS[base]}]" if base in LETTERS else re.escape(char))
    return "".join(parts)


def alternatives(words: Iterable[str]) -> str:
    """One loose pattern for all ``words``, the longest first ("mười một" before "mười"), each once ("bảy"
    and "bẩy" are one pattern)."""
    patterns = dict.fromkeys(loose(word) for word in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(patterns) + ")"


MONTHS_BY_KEY = {fold(word): month for word, month in MONTH_WORDS.items()}
AMBIGUOUS_MONTHS = {fold(word) for word in AMBIGUOUS_MONTH_WORDS}
WEEKDAYS_BY_KEY = {**{fold(f"thứ {name}"): day for name, day in WEEKDAY_NAMES.items()},
                   **{fold(f"thứ {day + 2}"): day for day in range(6)},
                   fold(SUNDAY): 6,
                   **{fold(abbreviation): day for abbreviation, day in WEEKDAY_ABBREVIATIONS.items()}}

# --- the patterns --------------------------------------------------------------------------------------

AM_PM = r"(?:[AP]\.?M\.?|SA|CH)"  # SA/CH: sáng/chiều, .NET's vi-VN designators
# Parts of the day with their diacritics only: "tôi" (I) is no "tối", "sang" (to go) no "sáng".
DAY_PART = "(?:" + "|".join(map(re.escape, sorted(DAY_PART_WORDS, key=len, reverse=True))) + ")"
DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.\-]\d)")
# Year first, with a time zone when a machine wrote it ("2021-07-13T08:20:00Z").
ISO_DATE = re.compile(r"(?<![\d/.\-])(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?"
                      r"(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d/])")
# The day, "tháng", the month (number or word), the year: "06 Tháng Chín 2017", "15 tháng 7, 2024",
# "6 tháng 9 năm 2017". Every repetition is bounded: no backtracking beyond a few characters.
MONTH_NAME = alternatives(MONTH_WORDS)
WORD_DATE = re.compile(rf"(?<![\w/.\-])(?P<day>\d{{1,2}})\s{{1,3}}{loose('tháng')}\s{{1,3}}"
                       rf"(?P<month>\d{{1,2}}|{MONTH_NAME})(?!\w)(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}})"
                       rf"(?P<year_word>{loose('năm')}\s{{1,3}})?(?P<year>\d{{4}})(?![\d/])", re.IGNORECASE)
CLOCK = (rf"(?:(?P<pre>{AM_PM})\s*)?(?P<hour>\d{{1,2}})[:hg](?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?"
         rf"(?:\s*(?P<post>{AM_PM}|{DAY_PART})(?!\w))?")
# Between a date and the clock after it: "14/04/2017 | 04:36 PM", "26.02.2020 - 22:45:20", "... lúc 9:30".
CLOCK_AFTER = re.compile(r"[ \t\u00a0,|\-–—]{0,8}(?:(?:vào\s+)?lúc\s*)?" + CLOCK + r"(?!\d)", re.IGNORECASE)
# A clock before its date: "Cập nhật lúc 15:30, ngày 21/10/2015", "08:05 sáng 14/8/2017", "15:20 - 07/13/2021".
CLOCK_BEFORE = re.compile(r"(?<![\d:])" + CLOCK + r"[ \t\u00a0,|\-–—]{0,8}(?:ngày\s*)?$", re.IGNORECASE)
# The day of the week before a date (or its clock): "Thứ Tư, ", "Thứ 4 - ", "T3, ", "CN ", "Chủ nhật, ngày ".
WEEKDAY = (rf"(?:{loose('thứ')}\s{{0,2}}(?:[2-7]|{alternatives(WEEKDAY_NAMES)})|{loose(SUNDAY)}"
           rf"|(?-i:{'|'.join(WEEKDAY_ABBREVIATIONS)}))(?!\w)")
WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?P<weekday>{WEEKDAY})[\s,.|:\-–—]{{0,6}}(?:{loose('ngày')}\s{{1,3}})?$",
                            re.IGNORECASE)
DAY_WORD_BEFORE = re.compile(loose("ngày") + r"\s{1,3}$", re.IGNORECASE)
ZONE_AFTER_SPACE = re.compile(r"(?<=\d) ([+-]\d{2}:?\d{2}|Z)$")
ISO_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")
# Cheap tests before the patterns above: find_stamps runs on every text node of a page that has digits.
NUMBERS_HINT = re.compile(r"\d[/.\-]\d{1,2}[/.\-]\d")  # 14/07/2022, 26.02.2020, 2021-07-13
WORDS_HINT = re.compile(r"\d\s{1,3}th", re.IGNORECASE)  # 06 Tháng Chín 2017, ngày 6 tháng 9 năm 2017


# --- a date in a text ----------------------------------------------------------------------------------


def clock_hour(hour: int, part: str | None) -> int:
    """The hour of a 24-hour clock: 12-hour clocks read by their part of the day ("03:40 chiều" -> 15)."""
    rule = DAY_PARTS.get(part or "")
    if rule is None or hour > 12:  # no part of the day, or a 24-hour clock that names it anyway ("15:40 chiều")
        return hour
    if hour == 12:
        return rule.twelve
    return hour + 12 if hour in rule.afternoon else hour


@dataclass(frozen=True)
class Stamp:
    """A date (and maybe a time of day) written in a text, its numbers as printed."""

    first: int  # day or month: the order is the site's
    second: int
    year: int
    hour: int | None = None
    minute: int = 0
    second_of_minute: int = 0
    meridiem: str | None = None  # a 12-hour clock's part of the day: "AM", "PM", "trưa", "tối" or "đêm"
    year_first: bool = False  # ISO: no ambiguity
    worded: bool = False  # "6 tháng 9 năm 2017": the day, then the month named as one; no ambiguity
    weekday: int | None = None  # the day of the week printed before the date, Monday 0
    start: int = 0
    end: int = 0

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    @property
    def evidence(self) -> bool | None:
        """True: only day-first reads it; False: only month-first; None: either (or neither).

        A number above 12 settles it; else the day of the week printed with it, when only one order's date
        falls on that day ("T3, 07/06/2021" is Tuesday 6 July, not Monday 7 June).
        """
        if self.year_first or self.worded:
            return None
        if self.first > 12 >= self.second:
            return True
        if self.second > 12 >= self.first:
            return False
        if self.weekday is not None:
            day_first, month_first = self.falls_on_weekday(True), self.falls_on_weekday(False)
            if day_first != month_first:
                return day_first
        return None

    def calendar_date(self, day_first: bool) -> date | None:
        """The date in the given order (ISO and named months have their own), None if it is none."""
        if self.year_first:
            month, day = self.first, self.second
        elif self.worded or day_first:
            day, month = self.first, self.second
        else:
            month, day = self.first, self.second
        try:
            return date(self.year, month, day)
        except ValueError:
            return None

    def falls_on_weekday(self, day_first: bool) -> bool:
        found = self.calendar_date(day_first)
        return found is not None and found.weekday() == self.weekday

    def moment(self, day_first: bool = True) -> datetime | None:
        """The moment in Vietnam time; the site's order unless only the other one makes a date."""
        evidence = self.evidence
        found = self.calendar_date(day_first if evidence is None else evidence)
        if found is None:
            return None
        hour = clock_hour(self.hour or 0, self.meridiem)
        try:
            return datetime(found.year, found.month, found.day, hour, self.minute, self.second_of_minute,
                            tzinfo=VIETNAM)
        except ValueError:
            return None

    def iso(self, day_first: bool = True) -> str | None:
        moment = self.moment(day_first)
        return moment.isoformat() if moment else None


def full_year(digits: str) -> int:
    """'19' -> 2019, '98' -> 1998 (a two-digit year is never in the future by more than a year)."""
    year = int(digits)
    if len(digits) > 2:
        return year
    return 2000 + year if year <= datetime.now().year % 100 + 1 else 1900 + year


def meridiem(clock: re.Match[str]) -> str | None:
    """The rule of DAY_PARTS the clock's designator or part of the day names."""
    marker = (clock.group("pre") or clock.group("post") or "").lower()
    return DESIGNATORS.get(marker.replace(".", "")) or DAY_PART_WORDS.get(marker)


def weekday_of(words: str) -> int | None:
    """Monday 0 ... Sunday 6 of "Thứ Tư", "Thứ 4", "T4", "CN", "Chủ nhật"."""
    return WEEKDAYS_BY_KEY.get(fold(words))


def weekday_before(text: str, start: int) -> tuple[int, int | None]:
    """The day of the week written just before ``text[start:]``: (where it starts, Monday 0), else (start, None)."""
    found = WEEKDAY_BEFORE.search(text[max(0, start - 24) : start])
    if not found:
        return start, None
    return start - len(found.group()), weekday_of(found.group("weekday"))


def placed(text: str, start: int, end: int, **date_fields: Any) -> Stamp:
    """The stamp of the date at ``text[start:end]``, with the clock next to it (after it, else before it) and
    the day of the week before the date or before its clock ("Thứ Tư, 08:05 sáng 14/8/2017", "08:05 sáng,
    Thứ Tư 14/8/2017")."""
    start, weekday = weekday_before(text, start)
    clock = CLOCK_AFTER.match(text, end)
    before = None if clock else CLOCK_BEFORE.search(text[max(0, start - 40) : start])
    found = clock or before
    fields: dict[str, Any] = {}  # the clock's, as Stamp takes them
    if found and int(found.group("hour")) < 24 and int(found.group("minute")) < 60:
        fields = dict(hour=int(found.group("hour")), minute=int(found.group("minute")),
                      second_of_minute=int(found.group("second") or 0), meridiem=meridiem(found))
        if before:
            start -= len(before.group())
        else:
            assert clock is not None  # found is the clock after the date when there is none before it
            end = clock.end()
    if weekday is None:
        start, weekday = weekday_before(text, start)
    return Stamp(start=start, end=end, weekday=weekday, **date_fields, **fields)


def numbered_stamps(text: str) -> Iterator[Stamp]:
    """Dates all in numbers, day or month first: "14/07/2022", "26.02.2020", "6/24/2019", "14/11/19"."""
    for match in DATE.finditer(text):
        first, _, second, year = match.groups()
        yield placed(text, match.start(), match.end(), first=int(first), second=int(second), year=full_year(year))


def iso_stamps(text: str) -> Iterator[Stamp]:
    """Dates year first ("2021-07-13 15:20"); a time zone after a "T" is brought to Vietnam time."""
    for match in ISO_DATE.finditer(text):
        year, month, day, separator, hour, minute, second, zone = match.groups()
        clock: dict[str, Any] = (
            dict(hour=int(hour), minute=int(minute), second_of_minute=int(second or 0)) if hour else {}
        )
        stamp = Stamp(int(month), int(day), int(year), year_first=True, start=match.start(), end=match.end(),
                      **clock)
        # Only after a "T": "2021-07-13 08:00-11:00" is a time span, not a zone.
        yield (in_vietnam(stamp, zone) or stamp) if zone and separator == "T" else stamp


def zone_offset(zone: str) -> timedelta | None:
    """"Z", "+07:00", "+0700", "-05" as an offset from UTC; None beyond the world's ±14 hours."""
    if zone == "Z":
        return timedelta(0)
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return None if offset > timedelta(hours=14) else (-offset if zone[0] == "-" else offset)


def in_vietnam(stamp: Stamp, zone: str) -> Stamp | None:
    """An ISO stamp written in another time zone, in Vietnam time."""
    offset = zone_offset(zone)
    if offset is None:
        return None
    try:
        there = datetime(stamp.year, stamp.first, stamp.second, stamp.hour or 0, stamp.minute,
                         stamp.second_of_minute, tzinfo=timezone(offset))
    except ValueError:
        return None
    here = there.astimezone(VIETNAM)
    return replace(stamp, first=here.month, second=here.day, year=here.year, hour=here.hour, minute=here.minute,
                   second_of_minute=here.second)


def word_stamps(text: str) -> Iterator[Stamp]:
    """Dates whose month is named: "06 Tháng Chín 2017", "15 tháng 7, 2024", "ngày 6 tháng 9 năm 2017"."""
    for match in WORD_DATE.finditer(text):
        month = match.group("month")
        key = fold(month)
        number = int(month) if month.isdigit() else MONTHS_BY_KEY.get(key)
        if number is None:  # a letter that only case folding made one of the month's ("İ" for "i")
            continue
        stamp = placed(text, match.start(), match.end(), first=int(match.group("day")), second=number,
                       year=int(match.group("year")), worded=True)
        if key in AMBIGUOUS_MONTHS and not (
                match.group("year_word") or stamp.has_clock or stamp.weekday is not None
                or DAY_WORD_BEFORE.search(text[max(0, match.start() - 8) : match.start()])):
            continue  # "9 tháng năm 2017": nine months of 2017
        yield stamp


def might_hold_date(text: str) -> bool:
    """False when ``text`` surely holds no date find_stamps reads: a cheap test before the patterns."""
    return bool(NUMBERS_HINT.search(text) or WORDS_HINT.search(text))


def find_stamps(text: str) -> list[Stamp]:
    """Every date in ``text``, with the clock next to it (after it, else before it) and the day of the week
    before them, in text order."""
    if not text:
        return []
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # windows-1258 pages decode to decomposed letters
    stamps: list[Stamp] = []
    if NUMBERS_HINT.search(text):
        stamps += numbered_stamps(text)
        stamps += iso_stamps(text)
    if WORDS_HINT.search(text):
        stamps += word_stamps(text)
    return sorted(stamps, key=lambda stamp: stamp.start)


def day_first_of(formats: tuple[str, ...]) -> bool:
    """Whether a site's strptime formats put the day before the month (the default when they say nothing)."""
    for fmt in formats:
        day, month = fmt.find("%d"), fmt.find("%m")
        if day >= 0 and month >= 0:
            return day < month
    return True


def parse_time(text: str | None, formats: tuple[str, ...] = (), day_first: bool | None = None) -> str | None:
    """ISO 8601 in Vietnam's time zone of the first date (with its time of day) in ``text``.

    The day/month order is ``day_first`` if given, else the one ``formats`` (a site's strptime formats) use,
    else day first; a date that only the other order can read ("24/6/2019" on a month-first site) is read
    that way.
    """
    if not text:
        return None
    if day_first is None:
        day_first = day_first_of(formats)
    for stamp in find_stamps(text):
        iso = stamp.iso(day_first)
        if iso:
            return iso
    return None


def parse_iso(value: str | None) -> str | None:
    """A well-formed ISO 8601 value (a ``datetime`` attribute, a meta tag) in Vietnam time; None if malformed.

    A value without a time zone is Vietnam time; one with a zone ("Z", "+00:00", "-05") is brought to it.
    Fractions of a second are dropped: the result reads like every other time here, to the second.
    NukeViet's ``article:published_time`` can be malformed ("2018-03-15ICT08:45:00"): it is refused, not
    repaired.
    """
    # A space before the zone is a common slip of templates ("2026-03-07T08:52:11.000 +07:00"): forgiven.
    value = ZONE_AFTER_SPACE.sub(r"\1", (value or "").strip())
    if not ISO_VALUE.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


class DateOrders:
    """Each site's day/month order, settled by the first date on it that only one order can read.

    Kept for the whole crawl (one object on the spider). Before any evidence a site reads day first.
    """

    def __init__(self) -> None:
        self.day_first_by_site: dict[str, bool] = {}
        self.conflicts: dict[str, int] = {}

    def day_first(self, site: str) -> bool:
        return self.day_first_by_site.get(site, True)

    def settled(self, site: str) -> bool:
        return site in self.day_first_by_site

    def learn(self, site: str, stamps: Iterable[Stamp]) -> None:
        """Take the evidence of ``stamps`` (dates the site's software printed, not the articles' own text)."""
        for stamp in stamps:
            evidence = stamp.evidence
            if evidence is None:
                continue
            known = self.day_first_by_site.get(site)
            if known is None:
                self.day_first_by_site[site] = evidence
                logger.info("Dates on %s put the %s first (%d/%d/%d)", site, "day" if evidence else "month",
                            stamp.first, stamp.second, stamp.year)
            elif known != evidence:
                self.conflicts[site] = self.conflicts.get(site, 0) + 1
