"""Totals and their parts: "66 đề án ..., bao gồm: 05 đề án ...; 55 đề án ...; 06 đề án ...".

A breakdown is opened by a word ("bao gồm", "gồm", "trong đó", "chia ra", "cụ thể"), a colon or a
bracket right after a figure. Its **region** is what the opener covers: the bracket, the list lines
below an opener that ends its line, or the rest of the sentence ("trong đó" outside brackets stops
at a ";", as it names a few parts, not a list). Its **totals** are, for each kind of figure (money
in one currency, a count of one noun), the last figure of that kind before the opener in the same
clause. Its **parts** are the figures of the total's kind that stand in the region itself, not
inside a breakdown nested in it (those are parts of their own total: breakdowns nest).

Precision before recall, since a wrong ``part_of`` hides real money from sums. A figure is no part
when it is a rate, one end of a range, a change or comparison ("tăng 5 tỷ", "so với cùng kỳ"), a
new total ("tổng cộng ..."), or larger than the total; the parts stop once they add up exactly.
A colon or a bare bracket needs two parts at least.

Each money or count fact gets ``part_of`` (the total's ``start``, or None); a total gets ``parts``
("adds up", "less" or "more") and ``parts_sum`` (exact), both None on any other fact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Opening words, longest first; "cụ thể hóa" (to make concrete) opens nothing.
_OPENER = re.compile(
    r"(?<![^\W\d_])(?:(?P<some>trong đó(?:[ \t]+(?:có|gồm))?|trong số đó)"
    r"|(?P<list>bao gồm|gồm có|gồm|chia ra(?:[ \t]+làm)?|cụ thể(?![ \t]+(?:hóa|hoá))(?:[ \t]+(?:như sau|là|như|gồm))?))"
    r"(?![^\W\d_])(?:[ \t]*+[:,])?"
    r"|(?<!\d)(?P<colon>:)|(?P<bracket>\()",
    re.IGNORECASE,
)
# A list item's marker at the start of a line: "-", "+", "*", "•", "a)", "1.", "2)".
_MARKER = re.compile(r"[ \t]*+(?P<marker>[-–+*•·]|[a-zđ]\)|\d{1,2}[.)])[ \t]", re.IGNORECASE)
# A figure introduced as a change or a comparison, not a share: the words in its clause before it...
_CHANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:tăng|giảm|so với|so cùng kỳ|(?-i:bằng)|gấp|vượt|chênh lệch|cao hơn|thấp hơn|nhiều hơn|ít hơn|còn lại)"
    r"(?![^\W\d_])[^,;:()\n]{0,30}\Z",
    re.IGNORECASE,
)
# ... or right after it.
_CHANGE_AFTER = re.compile(r"[^,;()\n]{0,40}?(?<![^\W\d_])(?:so với|so cùng kỳ|so với cùng kỳ)(?![^\W\d_])", re.IGNORECASE)
# A figure that sums up again ends the parts: "..., tổng cộng 12 đề án", "nâng tổng số dự án lên 120",
# "lũy kế 40 tỷ" ("tổng kinh phí" alone is an item's own total, which is still a part).
_NEW_TOTAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:tổng cộng|cộng lại|tính chung|nâng tổng|lũy kế|luỹ kế|tất cả|toàn bộ)(?![^\W\d_])[^,;:()\n]{0,40}\Z",
    re.IGNORECASE,
)
# Joints between the two figures of a range or pair.
_RANGE_JOINT = re.compile(r"[ \t]*(?:-|–|—|~|/|đến|tới)[ \t]*\Z", re.IGNORECASE)
# Where a sentence ends: ". " or "!" or "?" before a capital or a line's end, or a line break.
_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_SENTENCE_END = re.compile(rf"[.!?…]+(?=[ \t]*(?:\n|$)|[ \t]+[\"“(]?[{_LETTERS.upper()}])|\n", re.MULTILINE)
_BEFORE_LOOK = 30


@dataclass
class _Region:
    opener_start: int
    start: int  # where the parts may stand
    end: int
    kind: str  # "some" (trong đó), "list" (bao gồm ...), "colon", "bracket"
    window_start: int = 0  # where its totals may stand
    deeper: list = field(default_factory=list)  # lines of a list deeper than its items
    resolved: bool = False  # a total of it has parts
    children: list = field(default_factory=list)


def mark_breakdowns(text: str, facts: list[dict]) -> None:
    """Set ``part_of``, ``parts`` and ``parts_sum`` on the money and count facts of ``facts``
    (sorted by ``start``; ``per`` already set on money). Other facts are left untouched."""
    figures = [fact for fact in facts if fact["type"] in ("money", "count")]
    for fact in figures:
        fact.setdefault("per", None)
        fact["part_of"] = fact["parts"] = fact["parts_sum"] = None
    if len(figures) < 2:
        return
    candidates = [fact for fact in figures if fact["per"] is None and not _in_range(text, fact, figures)]
    if len(candidates) < 2:
        return
    regions = _regions(text, candidates)
    # Inner breakdowns first: their parts are theirs, and the outer one knows which of them hold any.
    for region in reversed(regions):
        _resolve(text, region, regions, candidates)


def _key(fact: dict) -> tuple:
    return (fact["type"], fact["currency"] if fact["type"] == "money" else fact["unit"])


def _fits(total: dict, part: dict) -> bool:
    """Same kind of figure: money in the same currency, or a count of the same noun (or a narrower
    one: "hộ" → "hộ nghèo")."""
    if total["type"] != part["type"]:
        return False
    if total["type"] == "money":
        return total["currency"] == part["currency"]
    return part["unit"] == total["unit"] or part["unit"].startswith(total["unit"] + " ")


def _in_range(text: str, fact: dict, figures: list[dict]) -> bool:
    """One end of a range or pair ("10-20 triệu đồng", "từ 10 đến 15 đề án", "2.090/2.060 tỷ")."""
    for other in figures:
        if other is fact or other["type"] != fact["type"]:
            continue
        if other["start"] >= fact["end"] and other["start"] - fact["end"] <= 8:
            if _RANGE_JOINT.match(text[fact["end"] : other["start"]]):
                return True
        if fact["start"] >= other["end"] and fact["start"] - other["end"] <= 8:
            if _RANGE_JOINT.match(text[other["end"] : fact["start"]]):
                return True
    return False


def _regions(text: str, candidates: list[dict]) -> list[_Region]:
    """The breakdown regions of ``text``, outer ones first; only where a figure stands before the
    opener and another after it, so a page without figures costs one scan."""
    regions = []
    first, last = candidates[0]["end"], candidates[-1]["start"]
    for match in _OPENER.finditer(text, first, last):
        kind = match.lastgroup
        if kind in ("some", "list") and text[max(0, match.start() - 3) : match.start()].rstrip().endswith("("):
            continue  # "(trong đó ..." is read as its bracket
        region = _region_of(text, match, kind)
        if region is not None and region.end > region.start:
            regions.append(region)
    regions.sort(key=lambda r: (r.start, -r.end))
    # Each region's window for totals: its clause, inside the innermost region that holds it.
    for i, region in enumerate(regions):
        outer = None
        for other in regions[:i]:
            if other.start <= region.opener_start and region.end <= other.end:
                outer = other
        region.window_start = _clause_start(text, region.opener_start, outer.start if outer else 0, region.kind)
        if outer is not None:
            outer.children.append(region)
    return regions


def _region_of(text: str, match: re.Match, kind: str) -> _Region | None:
    opener_start, after = match.start(), match.end()
    if kind == "bracket":
        close = _closing_bracket(text, opener_start)
        if close is None:
            return None
        inner = _OPENER.match(text, after)
        if inner and inner.lastgroup == "some":
            kind = "some_bracket"
        elif inner and inner.lastgroup == "list":
            kind = "list_bracket"
        return _Region(opener_start, after, close, kind)
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    if not text[after:line_end].strip():
        if kind == "some":
            kind = "list"
        line_start = text.rfind("\n", 0, opener_start) + 1
        own = _MARKER.match(text, line_start)
        listed = _list_end(text, line_end, _marker_class(own.group("marker")) if own else None)
        if listed is None:
            return None
        return _Region(opener_start, line_end, listed[0], kind, deeper=listed[1])
    end = _sentence_end(text, after, line_end)
    if kind == "some":
        semicolon = text.find(";", after, end)
        end = semicolon if semicolon >= 0 else end
    # Inside a bracket, the region ends with it.
    close = text.find(")", after, end)
    if close >= 0 and text.find("(", after, close) < 0:
        end = close
    return _Region(opener_start, after, end, kind)


def _closing_bracket(text: str, start: int) -> int | None:
    """The ")" that closes the "(" at ``start``, on the same paragraph, or None."""
    depth = 0
    limit = text.find("\n", start)
    limit = len(text) if limit < 0 else limit
    for position in range(start, limit):
        char = text[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position
    return None


def _sentence_end(text: str, start: int, line_end: int) -> int:
    match = _SENTENCE_END.search(text, start, line_end)
    return match.start() if match else line_end


def _list_end(text: str, line_end: int, outer: str | None) -> tuple[int, list[tuple[int, int]]] | None:
    """The end of the list below an opener that ends its line at ``line_end``, and the spans of its
    deeper lines ("+ ..." under "- ..."), whose figures are no direct parts.

    Items with a marker may stand apart, blank lines between them; the list ends at the first line
    without a marker. Items without markers must follow the opener line at once and end at the
    first blank line. A list opened on an item of the marker ``outer`` ends at the next such item.
    None where no item follows.
    """
    position = line_end + 1
    end, marker, deeper = None, None, []
    while position < len(text):
        next_break = text.find("\n", position)
        next_break = len(text) if next_break < 0 else next_break
        line = text[position:next_break]
        if not line.strip():
            if marker == "":
                break  # items without markers end at a blank line
            position = next_break + 1
            continue
        found = _MARKER.match(line)
        if marker is None:  # the first item says which kind of list this is
            if found:
                marker = _marker_class(found.group("marker"))
            elif position == line_end + 1:
                marker = ""
            else:
                return None
        elif marker == "":
            if found:
                break
        elif not found or _marker_class(found.group("marker")) == outer:
            break
        elif _marker_class(found.group("marker")) != marker:
            deeper.append((position, next_break))
        end = next_break
        position = next_break + 1
    return (end, deeper) if end is not None else None


def _marker_class(marker: str) -> str:
    if marker in "-–":
        return "-"
    if marker[0].isdigit():
        return "1"
    if marker[-1] == ")":
        return "a"
    return marker


def _clause_start(text: str, opener_start: int, floor: int, kind: str) -> int:
    """Where the clause that ends at the opener starts: a line, sentence or ";" before it, not
    before ``floor``. A sentence that opens with "Trong đó"/"Cụ thể" looks at the one before it."""
    line_start = max(text.rfind("\n", floor, opener_start) + 1, floor)
    start = line_start
    for match in _SENTENCE_END.finditer(text, line_start, opener_start):
        start = match.end()
    semicolon = text.rfind(";", start, opener_start)
    if semicolon >= 0:
        start = semicolon + 1
    if not text[start:opener_start].strip(" \t,.") and kind in ("some", "list") and start > line_start:
        previous = line_start
        for match in _SENTENCE_END.finditer(text, line_start, start - 1):
            previous = match.end()
        return previous
    return start


def _resolve(text: str, region: _Region, regions: list[_Region], candidates: list[dict]) -> None:
    """Find the totals of ``region`` and give them their parts."""
    # Figures in a bracket, or in a breakdown of their own, are no direct parts; a colon that
    # divided nothing ("- Hỗ trợ máy móc: 1,5 tỷ đồng") hides nothing.
    nested = [(child.start, child.end) for child in region.children if child.resolved or child.kind.endswith("bracket")]
    nested += region.deeper

    def direct(fact):
        return not any(start <= fact["start"] and fact["end"] <= end for start, end in nested)

    window = [f for f in candidates if region.window_start <= f["start"] and f["end"] <= region.opener_start]
    # Figures inside brackets or breakdowns of the window are not its totals.
    window = [f for f in window if not _inside_other(f, region, regions)]
    totals, seen = {}, set()
    for fact in window:
        if _is_change(text, fact):
            continue
        key = _key(fact)
        # Two figures of one kind before the opener ("13 sản phẩm 4 sao, 131 sản phẩm 3 sao, trong
        # đó ..."): which one the breakdown divides is anyone's guess, so neither is taken.
        if key in seen:
            totals.pop(key, None)
        else:
            totals[key] = fact
        seen.add(key)
    if not totals:
        return
    inside = [f for f in candidates if region.start <= f["start"] and f["end"] <= region.end and direct(f)]
    needs = 2 if region.kind in ("colon", "bracket") else 1
    # Totals of a narrower noun first, so that "hộ nghèo" parts go to a "hộ nghèo" total, not "hộ".
    for total in sorted(totals.values(), key=lambda f: -len(str(_key(f)[1]))):
        if total["parts"] is not None:
            continue
        parts, running = [], 0
        for fact in inside:
            if fact["part_of"] is not None or not _fits(total, fact):
                continue
            if _NEW_TOTAL_BEFORE.search(text, max(region.start, fact["start"] - 50), fact["start"]):
                break
            if _is_change(text, fact):
                continue
            if fact["value"] > total["value"]:
                break
            parts.append(fact)
            running += fact["value"]
            if running == total["value"]:
                break
        if len(parts) < needs:
            continue
        region.resolved = True
        for part in parts:
            part["part_of"] = total["start"]
        total["parts_sum"] = running
        total["parts"] = "adds up" if running == total["value"] else ("less" if running < total["value"] else "more")


def _inside_other(fact: dict, region: _Region, regions: list[_Region]) -> bool:
    """Is ``fact`` inside a region that ``region``'s opener is not in (an earlier bracket)?"""
    for other in regions:
        if other is region:
            continue
        if other.start <= fact["start"] and fact["end"] <= other.end and not (
            other.start <= region.opener_start < other.end
        ):
            return True
    return False


def _is_change(text: str, fact: dict) -> bool:
    """"tăng 5 tỷ đồng", "giảm 3 dự án", "12 dự án so với cùng kỳ": a change, not an amount of."""
    before = text[max(0, fact["start"] - _BEFORE_LOOK) : fact["start"]]
    return bool(_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text, fact["end"], fact["end"] + 60))
