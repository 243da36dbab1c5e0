"""How well the page readers read the judged-on set of real pages (tests/judged_pages/): 7 checks a page.

    python benchmarks/reading_score.py            # a table a page and the totals, both ways
    python benchmarks/reading_score.py -v         # and, for each failed check, what the reader gave
    python benchmarks/reading_score.py --min 80   # exit 1 when either way gets fewer than 80 checks right
    python benchmarks/reading_score.py --way crawl --min 40

Each page is read two ways:

- generic: ``reader.generic.read_article`` alone, on the page parsed by lxml (what an unknown site gets);
- crawl:   as ``scrapy crawl socongthuong`` reads a page of a site it has no registry entry for: the family
           is recognised from the page (``reader.families.recognise``, as SoCongThuongSpider.recognised), and
           the page is read by ``spiders.parsing.read_article`` (reader.read_page: every reader that applies,
           the family's selectors a hint), unless its URL is one of the family's listings (SoCongThuongSpider.read).

The checks (README.md in tests/judged_pages/ says how the pages were judged):

  T  title right: equal after NFC and whitespace normalising, or equal ignoring case
  D  date right: the reader's time, in Vietnam time, falls on the judged day
  H  time right: the same hour and minute; for a page that shows a date only, right when the reader's
     time is absent-equivalent (00:00) -- a reader that invents a clock is wrong, one that gives no
     published value at all is wrong too (it has no date either)
  S  body starts right: the judged start is found within the first 80 characters of the text read
     (lead, then body): room for a dateline or a photo credit, not for a paragraph of furniture
  E  body ends right: the judged end is found with at most 80 characters after it (a byline, a source)
  F  no furniture in the body: none of the judged furniture strings is in the text read
  R  title not repeated: no line of the text read is the title, and the text does not start with it

D and H are not judged on a page that shows no date (its ``published`` is ""): such a page has 5 checks.
A page read as no article fails all its checks.

``score(directory)`` returns the per-page results and the totals of each way; CI runs
``--floors .ci/accuracy_floor.toml``, which fails under the [reading] floors.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages are importable
    sys.path.insert(0, str(ROOT))

from scrapy.http import HtmlResponse  # noqa: E402

from reader import generic, times  # noqa: E402
from reader.families import recognise  # noqa: E402
from spiders import parsing  # noqa: E402
from spiders.sites import adhoc_profile  # noqa: E402

PAGES = ROOT / "tests" / "judged_pages"
CHECKS = "TDHSEFR"
SLACK = 80  # characters a dateline, credit or byline may take before the judged start / after the judged end
WAYS = ("generic", "crawl")


# --- what a reader gave ----------------------------------------------------------------------------------


@dataclass
class Reading:
    """What one way of reading made of a page: None fields when it found no article."""

    title: str | None = None
    published: str | None = None
    text: str = ""  # the lead and the body, as one text
    how: str = ""  # which reader, and why (family recognised, or none)


def page_html(path: Path) -> str:
    """The page's text: the set is stored as UTF-8 (test_judged_pages.py checks it)."""
    return path.read_bytes().decode("utf-8")


def joined(lead: str | None, body: str | None) -> str:
    """The article's text as a reader gives it: the lead (if it split one off) before the body."""
    return "\n\n".join(part for part in (lead, body) if part)


def read_generic(html: str, url: str) -> Reading:
    """The generic reader alone, on the page as lxml parses it."""
    found = generic.read_article(lxml.html.fromstring(html), url)
    if found is None:
        return Reading(how="generic: no article")
    return Reading(found.title, found.published, joined(found.lead, found.body), "generic")


def read_crawl(html: str, url: str) -> Reading:
    """The page read as the crawl reads it: the family recognised from the page, then every reader that applies."""
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8")
    profile = adhoc_profile(url)
    found = recognise(response.selector.root, url)
    how = "no family recognised"
    if found is not None:
        profile = profile.with_family(found.family)
        how = f"family {found.family} ({found.reason})"
        if profile.is_listing(url) and not profile.is_article(url):  # the crawl does not read a listing
            return Reading(how=how + ": a listing's URL")
    item, reading = parsing.read_article(response, profile, profile.site, times.DateOrders())
    if item is None:
        return Reading(how=f"{how}: {reading.why}")
    by = ", ".join(f"{name} {reader}" for name, reader in item.read_by.items()
                   if name in ("title", "published", "body"))
    return Reading(item.title, item.published, joined(item.lead, item.body), f"{how}; {by}")


def read(way: str, html: str, url: str) -> Reading:
    return read_generic(html, url) if way == "generic" else read_crawl(html, url)


# --- the checks ----------------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """NFC, runs of whitespace as one space, no space at the ends."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def vietnam_time(iso: str | None) -> datetime | None:
    """A reader's ISO value in Vietnam time (a naive or date-only value is taken as Vietnam time)."""
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return value.replace(tzinfo=times.VIETNAM) if value.tzinfo is None else value.astimezone(times.VIETNAM)


def judged_clock(published: str) -> str | None:
    """The judged "HH:MM", None when the page shows a date only."""
    return published[11:16] if len(published) > 10 else None


def check_title(judged: dict, got: Reading) -> bool:
    if got.title is None:
        return False
    want, have = norm(judged["title"]), norm(got.title)
    return have == want or have.casefold() == want.casefold()


def check_date(judged: dict, got: Reading) -> bool:
    value = vietnam_time(got.published)
    return value is not None and value.date().isoformat() == judged["published"][:10]


def check_time(judged: dict, got: Reading) -> bool:
    value = vietnam_time(got.published)
    if value is None:
        return False
    clock = judged_clock(judged["published"])
    shown = value.strftime("%H:%M")
    # A date-only page: a reader's midnight is how "no clock" comes out of an ISO value.
    return shown == clock if clock else shown == "00:00"


def check_start(judged: dict, got: Reading) -> bool:
    at = norm(got.text).find(norm(judged["body_start"]))
    return 0 <= at <= SLACK


def check_end(judged: dict, got: Reading) -> bool:
    text, end = norm(got.text), norm(judged["body_end"])
    at = text.rfind(end)
    return at >= 0 and len(text) - (at + len(end)) <= SLACK


def check_furniture(judged: dict, got: Reading) -> bool:
    text = norm(got.text).casefold()
    return bool(text) and not any(norm(item).casefold() in text for item in judged["furniture"])


def check_title_repeat(judged: dict, got: Reading) -> bool:
    title = norm(judged["title"]).casefold()
    text = norm(got.text).casefold()
    lines = {norm(line).casefold() for line in got.text.splitlines()}
    return bool(text) and title not in lines and not text.startswith(title)


CHECKERS = {"T": check_title, "D": check_date, "H": check_time, "S": check_start, "E": check_end,
            "F": check_furniture, "R": check_title_repeat}


def judged_checks(judged: dict) -> str:
    """The checks a page is judged on: all 7, or 5 when it shows no date."""
    return CHECKS if judged["published"] else CHECKS.replace("D", "").replace("H", "")


def check(judged: dict, got: Reading) -> dict[str, bool]:
    """Each judged check's verdict; a page read as no article fails them all."""
    found = got.title is not None
    return {name: found and CHECKERS[name](judged, got) for name in judged_checks(judged)}


# --- the set ----------------------------------------------------------------------------------------------


@dataclass
class PageScore:
    judged: dict
    readings: dict[str, Reading] = field(default_factory=dict)
    verdicts: dict[str, dict[str, bool]] = field(default_factory=dict)

    def right(self, way: str) -> int:
        return sum(self.verdicts[way].values())

    def total(self) -> int:
        return len(judged_checks(self.judged))


def load(directory: Path = PAGES) -> list[dict]:
    return tomllib.loads((directory / "judged.toml").read_text(encoding="utf-8"))["page"]


def score(directory: Path = PAGES, ways: tuple[str, ...] = WAYS) -> tuple[list[PageScore], dict[str, tuple[int, int]]]:
    """Every page read each way and checked; the totals as {way: (checks right, checks judged)}."""
    results = []
    for judged in load(directory):
        html = page_html(directory / judged["file"])
        result = PageScore(judged)
        for way in ways:
            result.readings[way] = read(way, html, judged["url"])
            result.verdicts[way] = check(judged, result.readings[way])
        results.append(result)
    totals = {way: (sum(r.right(way) for r in results), sum(r.total() for r in results)) for way in ways}
    return results, totals


# --- the report -----------------------------------------------------------------------------------------------


def marks(verdicts: dict[str, bool]) -> str:
    """"T D H S . E F" style: the letter when right, "." when wrong, " " when not judged."""
    return " ".join(name if verdicts.get(name) else ("." if name in verdicts else " ") for name in CHECKS)


def explain(result: PageScore, way: str) -> list[str]:
    """For -v: what the reader gave where a check failed."""
    got, judged, lines = result.readings[way], result.judged, [f"      {way}: {result.readings[way].how}"]
    failed = [name for name, ok in result.verdicts[way].items() if not ok]
    text = norm(got.text)
    if "T" in failed:
        lines.append(f"        T got {got.title!r}")
    if {"D", "H"} & set(failed):
        lines.append(f"        D/H got {got.published!r}, judged {judged['published']!r}")
    if "S" in failed:
        lines.append(f"        S text starts {text[:100]!r}")
    if "E" in failed:
        lines.append(f"        E text ends {text[-100:]!r}")
    if "F" in failed and text:
        inside = [item for item in judged["furniture"] if norm(item).casefold() in text.casefold()]
        lines.append(f"        F furniture in body: {inside}")
    if "R" in failed and text:
        lines.append(f"        R text starts {text[:100]!r}")
    return lines


def report(results: list[PageScore], totals: dict[str, tuple[int, int]], verbose: bool = False) -> str:
    ways = list(totals)
    width = max(len(r.judged["file"]) for r in results)
    head = f"{'page':<{width}}  " + "  ".join(f"{way:<19}" for way in ways) + "  platform"
    lines = [head, "-" * len(head)]
    for result in results:
        cells = "  ".join(f"{marks(result.verdicts[way])} {result.right(way)}/{result.total()}" for way in ways)
        lines.append(f"{result.judged['file']:<{width}}  {cells}  {result.judged['platform'][:40]}"
                     f"{' (template)' if result.judged['kind'] != 'real' else ''}")
        if verbose:
            for way in ways:
                if not all(result.verdicts[way].values()):
                    lines += explain(result, way)
    lines.append("")
    for way in ways:
        right, total = totals[way]
        lines.append(f"{way}: {right} of {total} checks ({100 * right / total:.0f}%)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min", type=int, default=None, help="exit 1 when a way gets fewer checks right")
    parser.add_argument("--floors", type=Path, default=None,
                        help="a TOML file whose [reading] table gives each way's floor (.ci/accuracy_floor.toml)")
    parser.add_argument("--way", choices=(*WAYS, "both"), default="both")
    parser.add_argument("--pages", type=Path, default=PAGES, help="the judged set's directory")
    parser.add_argument("-v", "--verbose", action="store_true", help="what the reader gave for each failed check")
    args = parser.parse_args(argv)
    ways = WAYS if args.way == "both" else (args.way,)
    results, totals = score(args.pages, ways)
    print(report(results, totals, args.verbose))
    floors = {way: args.min for way in ways} if args.min is not None else {}
    if args.floors is not None:
        floors.update(tomllib.loads(args.floors.read_text(encoding="utf-8")).get("reading", {}))
    low = [f"{way} {totals[way][0]} < {floor}" for way, floor in floors.items()
           if way in totals and totals[way][0] < floor]
    if low:
        print(f"below the floor: {', '.join(low)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
