"""Publication times as Vietnamese portals print them, read into ISO 8601 (Vietnam time).

Forms seen on the platforms (../shared/spec/portals.md): "Thứ Năm, 14/07/2022 22:51",
"Thứ năm - 15/03/2018 08:45", "14/04/2017 | 04:36 PM", "Cập nhật lúc 15:30, ngày 21/10/2015",
"Ngày đăng: 14/11/19", "26.02.2020 - 22:45:20", "6/24/2019 7:43:26 AM" (month first), "PM 04:36",
ISO 8601 in ``datetime`` attributes and meta tags. .NET's Vietnamese culture writes SA/CH (sáng, chiều)
where en-US writes AM/PM.

Day first is the Vietnamese default; a site that puts the month first shows it on its first date whose
first number is above 12, and keeps that order on every page. ``DateOrders`` keeps what each site showed.
"""

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))
logger = logging.getLogger(__name__)

AM_PM = r"(?:[AP]\.?M\.?|SA|CH)"  # SA/CH: sáng/chiều, .NET's vi-VN designators
DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.\-]\d)")
ISO_DATE = re.compile(r"(?<![\d/.\-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?![\d/])")
CLOCK = rf"(?:(?P<pre>{AM_PM})\s*)?(?P<hour>\d{{1,2}})[:hg](?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?(?:\s*(?P<post>{AM_PM})(?!\w))?"
# Between a date and the clock after it: "14/04/2017 | 04:36 PM", "26.02.2020 - 22:45:20", "... lúc 9:30".
CLOCK_AFTER = re.compile(r"[ \t\u00a0,|\-–—]{0,8}(?:(?:vào\s+)?lúc\s*)?" + CLOCK + r"(?!\d)", re.IGNORECASE)
# A clock before its date: "Cập nhật lúc 15:30, ngày 21/10/2015", "08:15 ngày 05/03/2021", "10:36 PM, 03/04/2020".
CLOCK_BEFORE = re.compile(r"(?<![\d:])" + CLOCK + r"[ \t\u00a0,|\-–—]{0,8}(?:ngày\s*)?$", re.IGNORECASE)
ISO_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(frozen=True)
class Stamp:
    """A date (and maybe a time of day) written in a text, its numbers as printed."""

    first: int  # day or month: the order is the site's
    second: int
    year: int
    hour: int | None = None
    minute: int = 0
    second_of_minute: int = 0
    meridiem: str | None = None  # "AM" or "PM" when a 12-hour clock says so
    year_first: bool = False  # ISO: no ambiguity
    start: int = 0
    end: int = 0

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    @property
    def evidence(self) -> bool | None:
        """True: only day-first reads it; False: only month-first; None: either (or neither)."""
        if self.year_first:
            return None
        if self.first > 12 >= self.second:
            return True
        if self.second > 12 >= self.first:
            return False
        return None

    def moment(self, day_first: bool = True) -> datetime | None:
        """The moment in Vietnam time; the site's order unless only the other one makes a date."""
        if self.year_first:
            month, day = self.first, self.second
        elif self.evidence is not None:
            day_first = self.evidence
        if not self.year_first:
            day, month = (self.first, self.second) if day_first else (self.second, self.first)
        hour = self.hour or 0
        if self.meridiem and hour <= 12:
            hour = hour % 12 + (12 if self.meridiem == "PM" else 0)
        try:
            return datetime(self.year, month, day, hour, self.minute, self.second_of_minute, tzinfo=VIETNAM)
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


def meridiem(clock: re.Match) -> str | None:
    marker = (clock.group("pre") or clock.group("post") or "").upper().replace(".", "")
    return {"AM": "AM", "SA": "AM", "PM": "PM", "CH": "PM"}.get(marker)


def find_stamps(text: str) -> list[Stamp]:
    """Every date in ``text``, with the clock next to it (after it, else before it), in text order."""
    stamps = []
    for match in DATE.finditer(text):
        first, _, second, year = match.groups()
        clock = CLOCK_AFTER.match(text, match.end())
        before = None if clock else CLOCK_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        found = clock or before
        fields = {}
        if found and int(found.group("hour")) < 24 and int(found.group("minute")) < 60:
            fields = dict(hour=int(found.group("hour")), minute=int(found.group("minute")),
                          second_of_minute=int(found.group("second") or 0), meridiem=meridiem(found))
        start = match.start() - (len(before.group()) if before and fields else 0)
        end = clock.end() if clock and fields else match.end()
        stamps.append(Stamp(int(first), int(second), full_year(year), start=start, end=end, **fields))
    for match in ISO_DATE.finditer(text):
        year, month, day, hour, minute, second = match.groups()
        clock = dict(hour=int(hour), minute=int(minute), second_of_minute=int(second or 0)) if hour else {}
        stamps.append(Stamp(int(month), int(day), int(year), year_first=True, start=match.start(), end=match.end(),
                            **clock))
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

    NukeViet's ``article:published_time`` can be malformed ("2018-03-15ICT08:45:00"): it is refused, not
    repaired.
    """
    value = (value or "").strip()
    if not ISO_VALUE.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM).isoformat()


class DateOrders:
    """Each site's day/month order, settled by the first date on it that only one order can read.

    Kept for the whole crawl (one object on the spider). Before any evidence a site reads day first.
    """

    def __init__(self):
        self.day_first_by_site: dict[str, bool] = {}
        self.conflicts: dict[str, int] = {}

    def day_first(self, site: str) -> bool:
        return self.day_first_by_site.get(site, True)

    def settled(self, site: str) -> bool:
        return site in self.day_first_by_site

    def learn(self, site: str, stamps) -> None:
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
