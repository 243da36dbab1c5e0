"""Totals and their parts: "66 đề án ..., bao gồm: 05 đề án ...; 55 đề án ...; 06 đề án ...".

A breakdown is opened by a word ("bao gồm", "gồm", "trong đó", "trong số đó/này", "chia ra", "cụ thể", "chia
theo ngành:", "phân theo nguồn vốn:", "trong tổng thu,"), a colon or a bracket right after a figure. Its
**region** is what the opener covers: the bracket, the list lines below an opener that ends its line, or the
rest of the sentence ("trong đó" outside brackets and without a colon stops at a ";", as it names a few parts,
not a list; what follows the ";" counts when the sum confirms it, or when the sentence opens with "Trong đó,"
and is the breakdown, paragraphs ending in ";" included). Its **totals** are, for each kind of figure (money
in one currency, a count of one noun), the last figure of that kind before the opener in the same clause, or
in the sentence before (also the paragraph before) when the opener begins its sentence ("Cụ thể, ..."); "trong
28 tỷ đồng ..., có A và B" divides the figure after "trong". Its **parts** are the figures of the total's kind
that stand in the region itself, not inside a breakdown nested in it (those are parts of their own total:
breakdowns nest) nor in a bracket, unless the bracket holds the figure alone ("Thái Nguyên (45,12 tỷ đồng),
...") or opens a breakdown with no figure before it in its clause ("gồm: A, B và C (trong đó A 200 tỷ đồng,
...)": its figures are the list's).

An opener whose clause holds no figure ("Mức hỗ trợ cho từng huyện như sau:", "Theo ngành kinh tế:", "Trong
các nguồn thu,"), or whose sentence before holds none, divides a total up to two sentences back only when its
parts add up to that total within the rounding of each figure as written; "Trong tổng thu," and "Chia theo
...," say that the sentence before is divided themselves. So does a sentence opened by "Trong đó," whose
amounts the sentence before has no total for, or a smaller one (a photo's caption between): their total is
then up to two sentences back, where the sum confirms it. A sentence opened by "Cụ thể," or "Trong đó,"
may go on in the next sentences of its paragraph, a part each ("Vốn tín dụng hơn 2.400 tỉ đồng."), where
their sum comes to the total within 1% (a single figure there may restate the total: not a part).
A list a page broke into paragraphs ("tỉnh A 150 tỷ đồng; tỉnh B 120 tỷ đồng." over "Tỉnh D 60 tỷ đồng; tỉnh
E 50 tỷ đồng.") goes on over the paragraphs of items right after it, no further than the total.
"Theo lĩnh vực," and "Xét về thị trường," open a breakdown of the largest parts, which may come to less
than the total, never to more. "Theo đó," (accordingly) opening a sentence gives the details of what came
before, a breakdown only where the sum confirms it.

Precision before recall, since a wrong ``part_of`` hides real money from sums. A figure is no part
when it is a rate, one end of a range, a change or comparison ("tăng 5 tỷ", "so với cùng kỳ"), a
new total ("tổng cộng ..."), or larger than the total; the parts stop once they add up exactly.
A colon or a bare bracket needs two parts at least.

Each money or count fact gets ``part_of`` (the total's ``start``, or None); a total gets ``parts``
("adds up", "less" or "more") and ``parts_sum`` (exact), both None on any other fact.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .nouns import ACRONYM_NOUNS, CLASSIFIERS, PERSON_NOUNS

# Opening words, longest first ("trong đó", "bao gồm", "gồm", "chia ra", "cụ thể", ...); "cụ thể hóa" (to make
# concrete) opens nothing. The pattern starts with one case-sensitive set of the openers' first characters,
# which lets the regex engine skip to them instead of trying the pattern at every character (a quarter of the
# time of a pattern that starts with its look-behind); each opener then checks that character
# ("(?<=[tT])") and the word boundary before it ("(?<!W.)"), and matches the rest of its words.
_LETTER = r"[^\W\d_]"
# What a total is divided by, after "Theo" or "Xét theo/về" opening a breakdown ("Theo lĩnh vực, ...", "Xét về
# thị trường, ..."): not "Theo đó," (accordingly) nor "Theo quy định," (under the rules). Such a breakdown names
# the largest parts, which come to less than the total, never to more.
_DIMENSIONS = ("lĩnh vực|ngành|đối tác|quốc gia|thị trường|địa bàn|địa phương|khu vực|hình thức|loại hình|nguồn vốn"
               "|vùng|nhóm")
_OPENER = re.compile(
    r"[tTbBgGcCpPxX:(](?:"
    rf"(?<=[tT])(?<!{_LETTER}.)(?i:(?P<some>rong đó(?:[ \t]+(?:có|gồm))?|rong số (?:đó|này)))"
    rf"(?!{_LETTER})(?:[ \t]*+[:,])?"
    rf"|(?<=[tT])(?<!{_LETTER}.)(?i:rong(?:[ \t]+(?:tổng số|số|tổng|hơn|gần|khoảng|trên))?)[ \t]+(?P<within>)(?=\d)"
    rf"|(?<=[tT])(?<!{_LETTER}.)(?i:rong[ \t]+(?:(?P<named>tổng)|(?P<among>các|những|số các)))(?!{_LETTER})"
    r"[^\d,.;:!?()\n]{1,60},"
    rf"|(?<!{_LETTER}.)(?P<list>(?<=[bB])(?i:ao gồm)|(?<=[gG])(?i:ồm có|ồm)"
    r"|(?<=[cC])(?i:hia ra(?:[ \t]+làm)?|ụ thể(?![ \t]+(?:hóa|hoá))(?:[ \t]+(?:như sau|là|như|gồm))?)"
    r"|(?:(?<=[cC])(?i:hia)|(?<=[pP])(?i:hân(?:[ \t]+chia)?))[ \t]+(?i:theo)[ \t]+[^\d,.;:!?()\n]{1,40}(?=[,:]))"
    rf"(?!{_LETTER})(?:[ \t]*+[:,])?"
    rf"|(?<!{_LETTER}.)(?P<dimension>(?:(?<=[tT])(?i:heo)|(?<=[xX])(?i:ét[ \t]+(?:theo|về)))[ \t]+(?i:{_DIMENSIONS})"
    rf"(?!{_LETTER})[^\d,.;:!?()\n]{{0,30}}[,:])"
    rf"|(?<!{_LETTER}.)(?P<accordingly>(?<=[tT])(?i:heo[ \t]+đó)[ \t]*+,)"
    r"|(?<=:)(?<!\d:)(?P<colon>)"
    r"|(?<=\()(?P<bracket>))"
)
# ("Trong tổng thu, ..." names the total the sentence divides; "Trong các nguồn thu, ..." may divide one,
# which the sum must then confirm.)
# A list item's marker at the start of a line: "-", "+", "*", "•", "a)", "1.", "2)".
_MARKER = re.compile(r"[ \t]*+(?P<marker>[-–+*•·]|[a-zđ]\)|\d{1,2}[.)])[ \t]", re.IGNORECASE)
# A figure introduced as a change or a comparison (or as a bound: "góp thấp nhất là 01 triệu đồng", "tối đa";
# not "nhiều nhất với 99.548 DN", the largest part), not a share: the words in its clause before it...
# ("tăng cường", "tăng trưởng", "giảm nghèo", "giảm thiểu", "giảm nhẹ" name programmes and aims, no change;
# "còn lại" (the rest) is the part a breakdown leaves, no change either;
# "bằng", "gấp" right before the figure only: "bằng khen", "bằng nguồn vốn" say nothing of it; "tăng vốn
# điều lệ với giá trị 1,64 tỷ USD" names what rose, and the figure after "giá trị" is an amount; the figure
# compared with may stand in a bracket: "so với cùng kỳ năm 2023 (35,4 triệu USD)".)
_CHANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:tăng(?![ \t]+(?:cường|trưởng))|giảm(?![ \t]+(?:nghèo|thiểu|nhẹ))"
    r"|so với|so cùng kỳ|vượt|chênh lệch|cao hơn|thấp hơn|nhiều hơn|ít hơn"
    r"|thấp nhất|ít nhất|tối đa|tối thiểu)"
    r"(?![^\W\d_])(?:(?!giá trị)[^,;:()\n]){0,30}(?:\([ \t]*+)?|(?:(?-i:bằng)|gấp)[ \t]+)\Z",
    re.IGNORECASE,
)
# Capital added to projects is an amount, not a change: "vốn đăng ký tăng thêm 120 triệu USD", "điều
# chỉnh tăng vốn thêm 80 triệu USD" (unless compared: "so với ..." after it is still a change).
_ADDED_CAPITAL = re.compile(
    r"(?<![^\W\d_])vốn(?![^\W\d_])[^,;:()\n]{0,20}?(?:tăng thêm|điều chỉnh tăng)(?![^\W\d_])[^,;:()\n]{0,12}\Z"
    r"|(?<![^\W\d_])tăng vốn(?![^\W\d_])[^,;:()\n]{0,20}\Z",
    re.IGNORECASE,
)
# ... or right after it.
_CHANGE_AFTER = re.compile(
    r"[^,;()\n]{0,40}?(?<![^\W\d_])(?:so với|so cùng kỳ|so với cùng kỳ)(?![^\W\d_])", re.IGNORECASE
)
# A figure that sums up again ends the parts: "..., tổng cộng 12 đề án", "nâng tổng số dự án lên 120",
# "lũy kế 40 tỷ" ("tổng kinh phí" alone is an item's own total, which is still a part).
_NEW_TOTAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:tổng cộng|cộng lại|tính chung|nâng tổng|lũy kế|luỹ kế|tất cả|toàn bộ)(?![^\W\d_])"
    r"[^,;:()\n]{0,40}\Z",
    re.IGNORECASE,
)
# Joints between the two figures of a range or pair.
_RANGE_JOINT = re.compile(r"[ \t]*(?:-|–|—|~|/|đến|tới)[ \t]*\Z", re.IGNORECASE)
# Where a sentence ends: ". " or "!" or "?" before a capital or a line's end, or a line break.
_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_SENTENCE_END = re.compile(rf"[.!?…]+(?=[ \t]*(?:\n|$)|[ \t]+[\"“(]?[{_LETTERS.upper()}])|\n", re.MULTILINE)
_BEFORE_LOOK = 30


# Bounds that keep the work linear in the text whatever it holds: a total stands this close before
# its opener, a breakdown within a sentence is no longer than this, a list has no more lines.
_LOOKBACK = 600
_MAX_INLINE = 1000
_MAX_LIST_LINES = 200


@dataclass(eq=False)
class _Region:
    opener_start: int
    start: int  # where the parts may stand
    end: int
    kind: str  # "some" (trong đó), "list" (bao gồm ...), "colon", "bracket", "some_bracket", "list_bracket"
    window_start: int = 0  # where its totals may stand
    deeper: list[tuple[int, int]] = field(default_factory=list)  # lines of a list deeper than its items
    parent: _Region | None = None  # the region it stands in
    resolved: bool = False  # a total of it has parts
    leading: bool = False  # its opener begins a sentence ("Trong đó, ..."): the sentence is the breakdown
    extension_end: int = 0  # "trong đó" cut at a ";": where its sentence (and paragraphs ending in ";") end
    transparent: bool = False  # a bracket holding one figure only ("Thái Nguyên (45,12 tỷ đồng)")
    confirm: bool = False  # the words do not tie the parts to the total: their sum must ("Theo ngành: ...")
    no_more: bool = False  # the parts may come to less, never to more ("Theo lĩnh vực, A ..., B ...": the largest)
    # extended to its paragraph's end, or (a "trong đó" that reads the sentence before) kept to its own clause:
    # either way, figures past its sentence are parts only where their sum confirms it
    whole_paragraph: bool = False
    continued_items: bool = False  # extended over paragraphs of items like its own ("Tỉnh D 60 tỷ đồng; ...")


def mark_breakdowns(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``part_of``, ``parts`` and ``parts_sum`` on the money and count facts of ``facts``
    (sorted by ``start``; ``per`` already set on money). Other facts are left untouched. A rate
    (``per``) or a restatement in words (``restates``) is neither a total nor a part."""
    figures = [fact for fact in facts if fact["type"] in ("money", "count")]
    for fact in figures:
        fact.setdefault("per", None)
        fact.setdefault("restates", None)
        fact["part_of"] = fact["parts"] = fact["parts_sum"] = None
    if len(figures) < 2:
        return
    candidates = summable(text, figures)
    if len(candidates) < 2:
        return
    starts = [fact["start"] for fact in candidates]
    regions = _regions(text, candidates, starts)
    if not regions:
        return
    owners = _owners(candidates, regions)
    changes: dict[int, bool] = {}  # candidate index → a change or comparison (asked once)

    def change_at(i: int) -> bool:
        if i not in changes:
            changes[i] = is_change(text, candidates[i])
        return changes[i]

    # Inner breakdowns first: their parts are theirs, and the outer one knows which of them hold any. A
    # sentence that opens with its opener ("Cụ thể, ...") comes last: the sentence before it may break its
    # totals down already, and a total has one breakdown.
    for leading in (False, True):
        for region in reversed(regions):
            if region.leading is leading:
                _resolve(text, region, candidates, starts, owners, change_at)


def _key(fact: dict[str, Any]) -> tuple[Any, Any]:
    return (fact["type"], fact["currency"] if fact["type"] == "money" else fact["unit"])


def fits(total: dict[str, Any], part: dict[str, Any], text: str = "") -> bool:
    """Same kind of figure: money in the same currency, or a count of the same noun (or a narrower one:
    "hộ" → "hộ nghèo", "người" → "lao động"; "doanh nghiệp" and "DN" alike; with ``text``, "84 lượt ý kiến"
    counts "lượt" of the "ý kiến" its parts count)."""
    if total["type"] != part["type"]:
        return False
    if total["type"] == "money":
        return bool(total["currency"] == part["currency"])
    whole, unit = ACRONYM_NOUNS.get(total["unit"], total["unit"]), ACRONYM_NOUNS.get(part["unit"], part["unit"])
    if unit == whole or unit.startswith(whole + " ") or (whole == "người" and _counts_people(unit)):
        return True
    if unit in CLASSIFIERS and whole.startswith(unit + " "):
        return True  # "50 căn" of "69 căn nhà": the classifier alone stands for the noun
    if total["unit"] != "lượt":
        return False
    after = text[total["end"] : total["end"] + 40].lstrip(" \t").lower()
    return after.startswith(part["unit"]) and not after[len(part["unit"]) : len(part["unit"]) + 1].isalpha()


def _counts_people(unit: str) -> bool:
    """"lao động", "lao động nữ", "học sinh": a noun that counts people."""
    return any(unit == noun or unit.startswith(noun + " ") for noun in PERSON_NOUNS)


def summable(text: str, figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures (money and counts, by ``start``) that can be a total or a part: no rate (``per``), no
    restatement in words (``restates``), no end of a range."""
    return [fact for i, fact in enumerate(figures)
            if fact["per"] is None and fact["restates"] is None and not in_range(text, figures, i)]


def in_range(text: str, figures: list[dict[str, Any]], i: int) -> bool:
    """Is ``figures[i]`` one end of a range or pair ("10-20 triệu đồng", "từ 10 đến 15 đề án",
    "2.090/2.060 tỷ"; not the first count of "18/21 xã")? Its partner is the figure right before or after it."""
    fact = figures[i]
    pairs = ((figures[i - 1] if i else None, fact), (fact, figures[i + 1] if i + 1 < len(figures) else None))
    for before, after in pairs:
        if before is None or after is None or before["type"] != after["type"]:
            continue
        if not 0 <= after["start"] - before["end"] <= 8:
            continue
        joint = text[before["end"] : after["start"]]
        if fact is before and fact["type"] == "count" and joint.strip() == "/":
            continue  # "18/21 xã": the 18 that reached it can be divided ("trong đó 5 xã ...")
        if _RANGE_JOINT.match(joint):
            return True
    return False


def _regions(text: str, candidates: list[dict[str, Any]], starts: list[int]) -> list[_Region]:
    """The breakdown regions of ``text``, sorted by start (outer before inner), each with its
    parent and the window where its totals may stand. Only openers with a figure shortly before
    them are read, so a page without figures costs one scan."""
    regions = []
    closers = None
    # From just before the first figure: "Trong 28,038 tỷ đồng ..., có ..." opens before its total.
    for match in _OPENER.finditer(text, max(0, candidates[0]["start"] - 24), candidates[-1]["start"]):
        kind, opener_start = match.lastgroup, match.start()
        assert kind is not None  # every alternative of _OPENER is a named group
        if kind == "some" and match.group().endswith(":"):
            kind = "list"  # "trong đó:" announces a list, whose items a ";" separates
        if kind == "accordingly" and not _opens_sentence(text, opener_start):
            continue  # "..., theo đó ...": a clause, no breakdown
        # "Theo đó," (accordingly) opening a sentence may give the details of the figure before: the sum must say so.
        confirm = kind in ("among", "accordingly")
        no_more = kind == "dimension"
        if kind in ("named", "among"):
            kind = "some"
        elif kind in ("dimension", "accordingly"):
            kind = "list"
        if kind == "within":
            within = _within_region(text, match.end(), candidates, starts)
            if within is not None:
                regions.append(within)
            continue
        i = bisect.bisect_left(starts, opener_start - _LOOKBACK)
        if i >= len(starts) or starts[i] >= opener_start:
            continue  # no figure before it to be a total
        if kind in ("some", "list") and text[max(0, opener_start - 3) : opener_start].rstrip().endswith("("):
            continue  # "(trong đó ..." is read as its bracket
        if kind == "colon" and (
            _VALUE_AFTER.match(text, match.end())  # "Tổng chi phí: 1.061.456.336 - Lợi nhuận: ...": a label's value
            # "A: 245 triệu đồng, B: 812 triệu đồng, C: 48 ...": an item of a list, no breakdown of B
            or _labelled_item(text, match.end(), _last_outside_brackets(text, candidates, starts, i, opener_start))
        ):
            continue  # no breakdown
        region: _Region | None
        if kind == "bracket":
            closers = closers if closers is not None else _closing_brackets(text)
            if opener_start not in closers or closers[opener_start] - opener_start > _MAX_INLINE:
                continue  # unclosed, or too long to be an aside
            region = _bracket_region(text, match, closers[opener_start])
            region.transparent = _holds_one_figure(text, region, candidates, starts)
        else:
            region = _region_of(text, match, kind)
        if region is not None and region.end > region.start:
            region.confirm, region.no_more = region.confirm or confirm, no_more
            regions.append(region)
    regions.sort(key=lambda r: (r.start, -r.end))
    _hold_sublists(regions)
    stack: list[_Region] = []
    for region in regions:
        while stack and stack[-1].end <= region.opener_start:
            stack.pop()
        if len(stack) > 64:  # overlapping regions of a page without full stops: keep the live ones, a few
            stack = [o for o in stack if o.end > region.opener_start][-32:]
        region.parent = next(
            (o for o in reversed(stack[-16:]) if o.start <= region.opener_start and region.end <= o.end), None
        )
        if region.kind != "within":  # its total stands between "trong" and "có", its window set already
            floor = max(region.parent.start if region.parent else 0, region.opener_start - _LOOKBACK)
            region.window_start, region.leading = _clause_start(text, region.opener_start, floor, region.kind)
            if (not region.leading and region.kind == "some" and region.parent is None
                    and not _figure_between(starts, region.window_start, region.opener_start)
                    and not _OPENER.search(text, region.start, region.end)):
                # "Tại các thị trường chủ lực, kim ngạch đều tăng, trong đó Hoa Kỳ 9,4 tỉ USD, ...": no figure in
                # its sentence before it, the sentence before holds its total, as for "Trong đó," opening it; its
                # parts in its own clause only (no breakdown nested in it, no sentence after it)
                sentence_start = region.window_start
                line_start = max(text.rfind("\n", floor, sentence_start) + 1, floor)
                before = _sentence_before(text, sentence_start, line_start, floor)
                if before < sentence_start:
                    region.window_start, region.leading, region.whole_paragraph = before, True, True
            if region.kind in ("some_bracket", "list_bracket") and _lists_for_its_parent(region, candidates, starts):
                region.transparent = True
            if not region.extension_end and region.kind in ("some", "list", "colon"):
                continued = _item_paragraphs_end(text, region.end)
                if continued > region.end:  # "tỉnh A 150 tỷ đồng; ...\n\nTỉnh D 60 tỷ đồng; ..."
                    region.extension_end, region.continued_items = continued, True
            if region.leading and not region.extension_end and not region.whole_paragraph and region.kind in (
                    "some", "list"):
                # "Cụ thể, A ... hơn 339 tỉ đồng. B 340 tỉ đồng. C ...": the paragraph's next sentences, a part each,
                # and the paragraphs after it that open with the word its parts open with ("Trong đó, xã A ..." over
                # "Xã B ...", "Xã C ..."), when their sum confirms it (_resolve).
                paragraph_end = text.find("\n", region.end)
                paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
                region.extension_end = _like_paragraphs_end(text, region.start, paragraph_end)
                region.whole_paragraph = True
            if region.kind in ("some", "list", "colon"):
                _look_further(text, region, starts, floor)
        stack.append(region)
    return regions


def _hold_sublists(regions: list[_Region]) -> None:
    """A list whose last item opens a list of its own ("1. ... là 301 hộ, kinh phí: 11.060.000.000đ, gồm:" over
    "- Huyện A: 6 hộ, ..."; pages mark both lists' items alike) holds that list: it ends where its sublist ends.
    ``regions`` sorted by start."""
    ends = {region.end: region for region in regions if region.kind == "list"}
    for region in regions:
        outer = ends.get(region.start)
        if (outer is not None and region.kind == "list" and outer is not region
                and outer.start <= region.opener_start < outer.end):
            outer.end = region.end
            ends[region.end] = outer


def _figure_between(starts: list[int], low: int, high: int) -> bool:
    """Does a figure start between ``low`` and ``high``?"""
    i = bisect.bisect_left(starts, low)
    return i < len(starts) and starts[i] < high


def _opens_sentence(text: str, start: int) -> bool:
    """Does ``start`` open its sentence: nothing before it on its line, or the end of a sentence?"""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return not before or before[-1] in "\n.!?…"


_FURTHER_SENTENCES = 2


def _look_further(text: str, region: _Region, starts: list[int], floor: int) -> None:
    """An opener whose clause (or, for "Trong đó, ..." opening a sentence, the sentence before) holds no
    figure ("Mức hỗ trợ cho từng tỉnh như sau: ...", "Theo ngành: ...") divides a total of a sentence
    further back, up to two, when the sum of its parts confirms it."""
    def window_holds_a_figure() -> bool:  # asked before the sentence before is looked for: most windows do
        i = bisect.bisect_left(starts, region.window_start)
        return i < len(starts) and starts[i] < region.opener_start

    if window_holds_a_figure():
        return
    for earlier in _sentences_back(text, region.window_start, floor):
        region.window_start, region.confirm = earlier, True
        if window_holds_a_figure():
            return


def _sentences_back(text: str, start: int, floor: int) -> Iterator[int]:
    """Where the sentences before ``start`` start, nearest first, up to ``_FURTHER_SENTENCES`` of them and not
    before ``floor`` (in the paragraph before, past a title or a caption, once ``start`` opens a line)."""
    for _ in range(_FURTHER_SENTENCES):
        line_start = max(text.rfind("\n", floor, start) + 1, floor)
        earlier = _sentence_before(text, start, line_start, floor)
        if earlier >= start:
            return
        yield earlier
        start = earlier


def _owners(candidates: list[dict[str, Any]], regions: list[_Region]) -> list[_Region | None]:
    """For each candidate, the innermost region that holds it (None: none), in one sweep."""
    owners, stack, j = [], [], 0
    for fact in candidates:
        while j < len(regions) and regions[j].start <= fact["start"]:
            stack.append(regions[j])
            j += 1
        while stack and stack[-1].end < fact["end"]:
            stack.pop()
        owners.append(stack[-1] if stack else None)
    return owners


def _lists_for_its_parent(region: _Region, candidates: list[dict[str, Any]], starts: list[int]) -> bool:
    """Does a bracket opened by "trong đó" or "gồm" list the parts of the breakdown it stands in ("gồm: A, B và C
    (trong đó A 200 tỷ đồng, B 150 tỷ đồng)"): no figure before it in its clause to divide, and two figures
    of one kind in it? (One of each kind says what an item of the list holds: "A (gồm 13 đề án, 2 tỷ
    đồng)".)"""
    if bisect.bisect_left(starts, region.window_start) != bisect.bisect_left(starts, region.opener_start):
        return False
    low, high = bisect.bisect_left(starts, region.start), bisect.bisect_left(starts, region.end)
    keys = [_key(candidates[i]) for i in range(low, high)]
    return len(set(keys)) < len(keys)


def _bracket_region(text: str, match: re.Match[str], close: int) -> _Region:
    inner = _OPENER.match(text, match.end())
    kind = "bracket"
    if inner and inner.lastgroup == "some":
        kind = "some_bracket"
    elif inner and inner.lastgroup == "list":
        kind = "list_bracket"
    return _Region(match.start(), match.end(), close, kind)


def _region_of(text: str, match: re.Match[str], kind: str) -> _Region | None:
    opener_start, after = match.start(), match.end()
    if kind == "list" and _EACH_BEFORE.search(text, max(0, opener_start - _BEFORE_LOOK), opener_start):
        return None  # "45 suất ..., mỗi suất bao gồm ...": what each one holds, no division of the 45
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
        # A paragraph a blank line below the opener may be no item of it: the sum must confirm it.
        return _Region(opener_start, line_end, listed[0], kind, deeper=listed[1], confirm=listed[2])
    end = _sentence_end(text, after, min(line_end, after + _MAX_INLINE))
    extension_end = 0
    if kind == "some":
        semicolon = text.find(";", after, end)
        # A list opened after it ("trong đó ... 32,8 tỷ đồng, cụ thể: A (...); B (...)") has ";" between its items.
        if semicolon >= 0 and not _NESTED_LIST.search(text, after, semicolon):
            extension_end = _continued_end(text, end, line_end)
            end = semicolon
    # Inside a bracket, the region ends with it.
    close = text.find(")", after, end)
    if close >= 0 and text.find("(", after, close) < 0:
        return _Region(opener_start, after, close, kind)
    return _Region(opener_start, after, end, kind, extension_end=extension_end)


# "mỗi suất", "mỗi hộ được" right before "gồm": the list says what each one holds.
_EACH_BEFORE = re.compile(r"(?<![^\W\d_])mỗi(?:[ \t]++[^\W\d_]++){1,3}[ \t]*+\Z", re.IGNORECASE)
# An opener of a list inside a "trong đó" clause: "cụ thể:", "gồm:", a colon.
_NESTED_LIST = re.compile(r"(?<![^\W\d_])(?:cụ thể|gồm|bao gồm|như sau)[ \t]*:|(?<!\d):(?!\d)", re.IGNORECASE)


def for_each(text: str, start: int) -> bool:
    """Does "mỗi" and a noun stand right before the figure at ``start`` ("mỗi huyện 2 xã", "Mỗi địa phương 1 xã")?"""
    window = text[max(0, start - _BEFORE_LOOK) : start]
    return ("mỗi" in window or "Mỗi" in window) and _EACH_BEFORE.search(window) is not None


# A paragraph that ends with ";" continues the list it is an item of in the next one.
_MAX_CONTINUED = 12


def _continued_end(text: str, end: int, line_end: int) -> int:
    """Where a sentence that ends at ``end`` ends once paragraphs closed by ";" are followed into
    the next ones ("Trong đó, phân bổ A ...;\n\nPhân bổ B ...")."""
    limit = end + _MAX_INLINE
    for _ in range(_MAX_CONTINUED):
        last = end
        while last > 0 and text[last - 1] in " \t\r":
            last -= 1
        if end != line_end or not last or text[last - 1] != ";":
            break
        position = line_end
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if position >= min(len(text), limit):
            break
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        end = _sentence_end(text, position, min(line_end, limit))
    return end


def _within_region(text: str, total_start: int, candidates: list[dict[str, Any]], starts: list[int]) -> _Region | None:
    """"Trong 28,038 tỷ đồng thực hiện chương trình, có 25,038 tỷ đồng ... và 3 tỷ đồng ...": the figure
    after "trong" is the total, the sentence after the "có" that follows in its clause holds the parts; with no
    "có", the rest of the sentence after the total's clause does, when their sum comes to the total or less."""
    i = bisect.bisect_left(starts, total_start)
    if i >= len(starts) or starts[i] != total_start:
        return None
    has = _WITHIN_HAS.match(text, candidates[i]["end"])
    no_more = has is None
    if has is None:  # "Trong tổng số 62,1 tỷ đồng ủng hộ, tỉnh tiếp nhận 36,3 tỷ đồng; huyện 25,8 tỷ đồng": no "có"
        if candidates[i].get("qualifier"):
            return None  # "Trong hơn 1 tỷ đồng ...": a rounded restatement, its rounding too coarse to confirm a sum
        has = _WITHIN_COMMA.match(text, candidates[i]["end"])
        if has is None:
            return None
    after = has.end()
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    end = _sentence_end(text, after, min(line_end, after + _MAX_INLINE))
    return _Region(has.end() - 2, after, end, "within", window_start=total_start, no_more=no_more)


# From a total after "trong" to its clause's "có".
_WITHIN_HAS = re.compile(r"[^.;:!?()\n]{0,160}?(?<![^\W\d_])có(?![^\W\d_])")
# ... or to the end of its clause, the parts then coming to the total or less.
_WITHIN_COMMA = re.compile(r"[^.;:!?()\n,]{0,160}+,")
_QUALIFIERS = frozenset({"", "hơn", "gần", "khoảng", "trên", "dưới", "ước", "ước đạt", "ước tính", "đạt"})


def _holds_one_figure(text: str, region: _Region, candidates: list[dict[str, Any]], starts: list[int]) -> bool:
    """Does the bracket hold one figure and nothing else but a qualifier ("(hơn 806,407 tỷ đồng)")? Then it
    is the amount of the item before it, not an aside."""
    i = bisect.bisect_left(starts, region.start)
    if i >= len(starts) or candidates[i]["end"] > region.end:
        return False
    fact = candidates[i]
    return (
        text[region.start : fact["start"]].strip().lower() in _QUALIFIERS and not text[fact["end"] : region.end].strip()
    )


def _closing_brackets(text: str) -> dict[int, int]:
    """Each "(" that is closed on its line → the position of its ")", in one pass."""
    closers, open_at = {}, []
    for match in _BRACKET_OR_LINE.finditer(text):
        char = match.group()
        if char == "(":
            open_at.append(match.start())
        elif char == ")":
            if open_at:
                closers[open_at.pop()] = match.start()
        else:
            open_at.clear()
    return closers


_BRACKET_OR_LINE = re.compile(r"[()\n]")


def _sentence_end(text: str, start: int, line_end: int) -> int:
    match = _SENTENCE_END.search(text, start, line_end)
    return match.start() if match else line_end


def _list_end(text: str, line_end: int, outer: str | None) -> tuple[int, list[tuple[int, int]], bool] | None:
    """The end of the list below an opener that ends its line at ``line_end``, and the spans of its
    deeper lines ("+ ..." under "- ..."), whose figures are no direct parts.

    Items with a marker may stand apart, blank lines between them; the list ends at the first line
    without a marker. Items without markers are the paragraph after the opener's line (a page may put
    a blank line between: then it says so, and their sum must confirm them) and end at the first blank
    line after them. A list opened on an item of the marker ``outer`` ends at the next such item.
    None where no item follows.
    """
    position = line_end + 1
    end, marker, deeper = None, None, []
    apart = False  # items without markers a blank line below the opener
    for _ in range(_MAX_LIST_LINES):
        if position >= len(text):
            break
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
            else:
                marker = ""  # the paragraph right after the opener's, blank lines between or not
                apart = position != line_end + 1
        elif marker == "":
            if found:
                break
        elif not found or _marker_class(found.group("marker")) == outer:
            break
        elif _marker_class(found.group("marker")) != marker:
            deeper.append((position, next_break))
        end = next_break
        position = next_break + 1
    return (end, deeper, apart) if end is not None else None


def _marker_class(marker: str) -> str:
    if marker in "-–":
        return "-"
    if marker[0].isdigit():
        return "1"
    if marker[-1] == ")":
        return "a"
    return marker


def _clause_start(text: str, opener_start: int, floor: int, kind: str) -> tuple[int, bool]:
    """Where the clause that ends at the opener starts: a line, sentence or ";" before it, not
    before ``floor``; and whether the opener begins its sentence. A sentence that opens with "Trong
    đó"/"Cụ thể" looks at the one before it, in the paragraph before when it opens a paragraph."""
    line_start = max(text.rfind("\n", floor, opener_start) + 1, floor)
    start = line_start
    for match in _SENTENCE_END.finditer(text, line_start, opener_start):
        start = match.end()
    sentence_start = start
    semicolon = text.rfind(";", start, opener_start)
    if semicolon >= 0:
        start = semicolon + 1
    if text[start:opener_start].strip(" \t,.") or kind not in ("some", "list"):
        return start, False
    return _sentence_before(text, start, line_start, floor), start == sentence_start


# Lines of a page's furniture between a paragraph and the one that opens with "Cụ thể,": a title repeated, a
# photo's caption ("Ảnh minh họa. (Nguồn: TTXVN)"): short and without a figure; a few at most.
_FURNITURE_LINES = 3
_FURNITURE_LENGTH = 100


def _sentence_before(text: str, start: int, line_start: int, floor: int) -> int:
    """Where the sentence before ``start`` starts: in its line, or the last sentence of the paragraph
    before when ``start`` opens its line ("... 10.500 tỷ đồng.\n\nTrong đó, ..."), past a title or a
    photo's caption between them; ``start`` if none."""
    if start > line_start:
        previous = line_start
        for match in _SENTENCE_END.finditer(text, line_start, start - 1):
            previous = match.end()
        return previous
    end = len(text[floor:line_start].rstrip()) + floor
    for _ in range(_FURNITURE_LINES):  # a title or a photo's caption between: no figure, short
        line_begin = max(text.rfind("\n", floor, end) + 1, floor)
        line = text[line_begin:end]
        if line_begin <= floor or len(line) > _FURNITURE_LENGTH or any(c.isdigit() for c in line):
            break
        end = len(text[floor:line_begin].rstrip()) + floor
    if end <= floor or text[end - 1] == ":":
        return start
    previous = max(text.rfind("\n", floor, end) + 1, floor)
    for match in _SENTENCE_END.finditer(text, previous, end - 1):
        previous = match.end()
    return previous


def _resolve(
    text: str,
    region: _Region,
    candidates: list[dict[str, Any]],
    starts: list[int],
    owners: list[_Region | None],
    is_change: Callable[[int], bool],
) -> None:
    """Find the totals of ``region`` and give them their parts."""
    low = bisect.bisect_left(starts, region.window_start)
    high = bisect.bisect_left(starts, region.opener_start)
    totals: dict[tuple[Any, Any], dict[str, Any]] = {}
    seen: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for i in range(low, high):
        fact = candidates[i]
        # A total stands in the clause itself, not in a bracket or breakdown of it; but a sentence opened by
        # "Cụ thể," may divide the part of the sentence before ("Trong đó, A 127 tỷ đồng. Cụ thể, ..."), its
        # parts coming to it or to less.
        home = _home(owners[i])
        if home is not region.parent and not (region.leading and _closed_before(home, region)):
            continue
        if fact["end"] > region.opener_start or is_change(i):
            continue
        if home is not region.parent:
            region.no_more = True  # the part of "Trong đó," divided: to it or to less, never beyond it
        key = _key(fact)
        # Two figures of one kind before the opener ("8 dự án nhóm A, 35 dự án nhóm B, trong đó
        # ..."): which one the breakdown divides is anyone's guess, so neither is taken (unless the sum says).
        if key in seen:
            totals.pop(key, None)
        else:
            totals[key] = fact
        seen.setdefault(key, []).append(fact)
    low, high = bisect.bisect_left(starts, region.start), bisect.bisect_left(starts, region.end)
    inside = [
        i for i in range(low, high) if candidates[i]["end"] <= region.end and _direct(region, owners[i], candidates[i])
    ]
    further: list[int] = []
    if region.extension_end > region.end:  # "trong đó" cut at a ";": the figures of the rest of its sentence
        high = bisect.bisect_left(starts, region.extension_end)
        further = [
            i
            for i in range(bisect.bisect_left(starts, region.end), high)
            if candidates[i]["end"] <= region.extension_end and _home(owners[i]) is region.parent
        ]
    # ... the sum says: of two figures of one kind, the one the parts add up to when only one of them does ("30
    # người chết, mất tích, gồm 22 người chết. Cụ thể, A 4 người; B 6 người; ..." coming to 22).
    # Only after a word: a bare bracket or colon between items of a price list ("(W) 100 USD, (Z/U) 150 USD") sums
    # to one of two prices before it by chance. Amounts past a ";" count ("... tháng 4 đạt 1.300 tỷ đồng; lũy kế 4.900
    # tỷ đồng. Trong đó, A 3.600 tỷ đồng; B 1.300 tỷ đồng"); small counts there come to a figure by chance. Else, of
    # two amounts, the one that can hold the first part when the other is smaller than it ("tháng 5 đạt 610 triệu
    # USD, 5 tháng 2,95 tỷ USD. Trong đó, A 1,12 tỷ USD"); of three or more, a list of items, not said.
    if region.kind in ("some", "list"):
        for key, tied in seen.items():
            if len(tied) > 1:
                tried = inside + further if key[0] == "money" else inside
                adding = [t for t in tied if _added_up_by(text, t, tried, candidates, region.start, is_change)]
                if len(adding) != 1 and len(tied) == 2 and key[0] == "money":
                    adding = [t for t in tied if _holds(text, t, inside, candidates, region.start, is_change)]
                    if len(adding) == 1:
                        _, _, exceeded = _parts_of(text, adding[0], tried, candidates, region.start, is_change, [], 0)
                        if exceeded:
                            adding = []  # a figure of its kind after the part exceeds it too: another total's list
                if len(adding) == 1:
                    totals[key] = adding[0]
    if region.leading and region.kind in ("some", "list"):
        beyond = [] if region.whole_paragraph else further  # the figures of its sentence only, past a ";"
        _from_further_back(text, region, totals, inside + beyond, candidates, starts, owners, is_change)
    if not totals:
        return
    needs = 2 if region.kind in ("colon", "bracket") else 1
    # Totals of a narrower noun first, so that "hộ nghèo" parts go to a "hộ nghèo" total, not "hộ".
    for total in sorted(totals.values(), key=lambda f: -len(str(_key(f)[1]))):
        if total["parts"] is not None:
            continue
        parts, running, larger = _parts_of(text, total, inside, candidates, region.start, is_change, [], 0)
        if not parts and region.kind == "bracket" and total["type"] == "count":
            parts = _same_head_parts(text, total, inside, candidates, is_change)
            running = sum(part["value"] for part in parts)
        if larger and region.leading and abs(running - total["value"]) > rounding(total):
            # "Cụ thể, A là 185.334 triệu đồng (...); B 532.033 triệu đồng ..." after "... hơn 532 tỷ đồng.": a
            # figure larger than the total of the sentence before says the list divides another one.
            continue
        if further and running < total["value"]:
            more, extended, _ = _parts_of(text, total, further, candidates, region.end, is_change, parts, running)
            # Past the ";", an item of the same list when the sentence is the breakdown ("Trong đó, A; B và C."),
            # running no further than the total; else only when the sum confirms it.
            if (region.leading and not region.whole_paragraph or region.continued_items
                    or abs(extended - total["value"]) <= max(rounding(total), Decimal(total["value"]) / 100)):
                parts, running = more, extended
        if len(parts) == 1 and parts[0]["value"] == total["value"]:
            continue  # one figure, the total's own value: the total said again ("tương đương 2.095,8 triệu USD")
        if len(parts) < needs or (region.confirm and abs(running - total["value"]) > sum_tolerance(total, parts)) or (
                region.no_more and running - total["value"] > sum_tolerance(total, parts)):
            continue
        region.resolved = True
        set_parts(total, parts)


def _added_up_by(text: str, total: dict[str, Any], indexes: list[int], candidates: list[dict[str, Any]], floor: int,
                 is_change: Callable[[int], bool]) -> bool:
    """Do two figures or more of ``indexes`` add up to ``total``, within the rounding of the figures as written?"""
    parts, running, _ = _parts_of(text, total, indexes, candidates, floor, is_change, [], 0)
    return len(parts) >= 2 and abs(running - total["value"]) <= sum_tolerance(total, parts)


def _same_head_parts(text: str, total: dict[str, Any], indexes: list[int], candidates: list[dict[str, Any]],
                     is_change: Callable[[int], bool]) -> list[dict[str, Any]]:
    """The counts of a bracket right after a count that name its noun's head word ("37 trường học (13 trường mầm
    non, 12 trường tiểu học, 12 trường THCS)", "9 hộ nghèo (5 hộ xã A và 4 hộ xã B)"), when they add up to it
    exactly: the sum says they divide it, though each names its own kind of the noun; else none."""
    head = total["unit"].split(" ", 1)[0]
    parts = [candidates[i] for i in indexes
             if candidates[i]["type"] == "count" and candidates[i]["unit"].split(" ", 1)[0] == head
             and candidates[i]["part_of"] is None and not is_change(i) and not for_each(text, candidates[i]["start"])]
    return parts if len(parts) >= 2 and sum(part["value"] for part in parts) == total["value"] else []


def _holds(text: str, total: dict[str, Any], indexes: list[int], candidates: list[dict[str, Any]], floor: int,
           is_change: Callable[[int], bool]) -> bool:
    """Can ``total`` hold the first part of ``indexes`` (no larger than it)?"""
    parts, _, larger = _parts_of(text, total, indexes, candidates, floor, is_change, [], 0)
    return bool(parts) or not larger


_FIRST_WORD = re.compile(r"[ \t]*+([^\W\d_]++)")


def _like_paragraphs_end(text: str, start: int, paragraph_end: int) -> int:
    """Where the paragraphs right after ``paragraph_end`` that open with the word that opens ``text[start:]`` end
    (its next items, one a paragraph: "Xã B có 13 hộ ..." after "Trong đó, xã A có 15 hộ ..."); ``paragraph_end``
    if none does."""
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return paragraph_end
    head, end = word.group(1).casefold(), paragraph_end
    for opens, closes in _next_paragraphs(text, paragraph_end):
        opening = _FIRST_WORD.match(text, opens)
        if opening is None or opening.group(1).casefold() != head:
            break
        end = closes
    return end


def _item_paragraphs_end(text: str, end: int) -> int:
    """Where the paragraphs of items right after the paragraph that ends at ``end`` end ("Tỉnh D 60 tỷ đồng;
    tỉnh E 50 tỷ đồng; TP. F 50 tỷ đồng."): a list a page broke into paragraphs; ``end`` if none follows. The
    region must close its paragraph, and each paragraph after it be two short items or more parted by ";",
    each with a figure."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t\r.;"):
        return end
    last = line_end
    for opens, closes in _next_paragraphs(text, line_end):
        items = text[opens:closes].strip().rstrip(".").split(";")
        if len(items) < 2 or not all(0 < len(item.strip()) <= _ITEM_LENGTH and any(c.isdigit() for c in item)
                                     for item in items):
            break
        last = closes
    return last if last > line_end else end


def _next_paragraphs(text: str, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph after ``end`` in turn, past blank lines; ``_MAX_CONTINUED`` at most."""
    position = end
    for _ in range(_MAX_CONTINUED):
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        line_break = text.find("\n", position)
        closes = len(text) if line_break < 0 else line_break
        yield position, closes
        position = closes


_ITEM_LENGTH = 80


# A figure right after a colon, then the end of its item (a dash, a ";", the line's end, the next item's
# capitalised label), or its words and the opener of its own breakdown ("kinh phí: 11.060.000.000đ, gồm: ..."):
# the value of the label before the colon.
_VALUE_AFTER = re.compile(
    r"[ \t]*+\d[\d.,]*+[ \t]*+(?:[-–;]|$|(?=[A-ZĐ])"
    r"|[^\W\d_]{0,12}+(?:[ \t]++[^\W\d_]++){0,2}[ \t]*+,[ \t]*+(?i:gồm|bao gồm|trong đó|cụ thể)(?![^\W\d_]))",
    re.MULTILINE,
)
# Between a figure and the colon of the next item of a list of labels and values: a comma or ";" (after the
# figure's own bracket, "(03 đối tượng)"), then a name of a few words with no opener in it ("Cà Mau",
# "huyện Lộc Bình"; not "trong đó ngân sách tỉnh", not "gồm").
_NEXT_LABEL = re.compile(
    r"[ \t]*+(?:\([^()\n]{0,60}\)[ \t]*+)?[,;][ \t]*+"
    r"(?!(?i:trong|gồm|bao gồm|cụ thể|chia|phân|như sau)(?![^\W\d_]))(?:[^\W\d_]++[ \t]++){0,5}[^\W\d_]++[ \t]*+\Z"
)


def _last_outside_brackets(text: str, candidates: list[dict[str, Any]], starts: list[int], low: int, end: int
                           ) -> dict[str, Any]:
    """The last of ``candidates[low:]`` before ``end`` that stands in no bracket closed before ``end`` ("187 triệu
    đồng", not "02 đối tượng" of "187 triệu đồng (02 đối tượng)"; but "30 căn" of "(trong đó, xã A: 30 căn, xã B:
    ..."), a few back at most; the last one if all do."""
    i = bisect.bisect_left(starts, end, low) - 1
    for j in range(i, max(low - 1, i - 4), -1):
        between = text[candidates[j]["end"] : end]
        if between.count(")") <= between.count("("):
            return candidates[j]
    return candidates[i]


def _labelled_item(text: str, after_colon: int, before: dict[str, Any]) -> bool:
    """Is the colon ending at ``after_colon`` the label of an item like the one of ``before``, the figure
    before it: "Lạng Sơn: 245 triệu đồng, Cà Mau: 812 triệu đồng"? Both figures follow a colon, and only a
    short name stands between the first and the second colon."""
    return (
        text[after_colon : after_colon + 4].lstrip(" \t")[:1].isdigit()
        and text[max(0, before["start"] - 2) : before["start"]].rstrip(" \t").endswith(":")
        and _NEXT_LABEL.match(text[before["end"] : after_colon - 1]) is not None
    )


def _closed_before(home: _Region | None, region: _Region) -> bool:
    """Is ``home`` a breakdown that ends before ``region`` opens, within its parent (a sibling)?"""
    return (home is not None and home.end <= region.opener_start and home.parent is region.parent
            and home.kind in ("some", "list"))


def _from_further_back(
    text: str,
    region: _Region,
    totals: dict[tuple[Any, Any], dict[str, Any]],
    inside: list[int],
    candidates: list[dict[str, Any]],
    starts: list[int],
    owners: list[_Region | None],
    is_change: Callable[[int], bool],
) -> None:
    """For a sentence that opens with its opener ("Trong đó, A 21,9 tỷ đồng; B 58,7 tỷ đồng ..."), the amounts of
    a currency the sentence before has no total for, or only one smaller than one of them or than their sum (a
    photo's caption, "10,7 tỷ đồng" of one district, or the net of a gross figure): their total is the last
    figure of the kind up to two sentences further back, when they add up to it within the rounding of the
    figures as written (the sum confirms what the words no longer tie). Not counts: small counts come to a
    total further back by chance ("9, 1 and 1 dự án" of "10 dự án" over "11 dự án")."""
    kinds: dict[tuple[Any, Any], list[int]] = {}
    for i in inside:
        if candidates[i]["type"] == "money" and not is_change(i):
            kinds.setdefault(_key(candidates[i]), []).append(i)
    floor = max(region.parent.start if region.parent else 0, region.opener_start - _LOOKBACK)
    for key, indexes in kinds.items():
        near = totals.get(key)
        values = [candidates[i]["value"] for i in indexes]
        if len(indexes) < 2 or near is not None and sum(values) <= near["value"] + sum_tolerance(
                near, [candidates[i] for i in indexes]) and max(values) <= near["value"]:
            continue  # the sentence before holds their total, or may
        start = region.window_start
        for earlier in _sentences_back(text, start, floor):
            between = range(bisect.bisect_left(starts, earlier), bisect.bisect_left(starts, start))
            found = [candidates[i] for i in between
                     if _key(candidates[i]) == key and _home(owners[i]) is region.parent and not is_change(i)]
            if found:
                total = found[-1]
                parts = [candidates[i] for i in indexes]
                if abs(sum(values) - total["value"]) <= sum_tolerance(total, parts):
                    totals[key] = total
                    region.confirm = True
                break
            start = earlier


def _parts_of(
    text: str,
    total: dict[str, Any],
    indexes: list[int],
    candidates: list[dict[str, Any]],
    floor: int,
    is_change: Callable[[int], bool],
    parts: list[dict[str, Any]],
    running: Any,
) -> tuple[list[dict[str, Any]], Any, bool]:
    """``parts`` and their sum ``running`` followed by those of ``indexes`` that are parts of ``total``:
    its kind, no change, none larger than it, up to a new total or until they add up; past the first
    ones (``parts`` given), none that takes the sum past the total. The flag: a figure of its kind
    larger than the total ended them."""
    extending, parts = bool(parts), list(parts)
    for i in indexes:
        fact = candidates[i]
        if fact["part_of"] is not None or not fits(total, fact, text):
            continue
        if _NEW_TOTAL_BEFORE.search(text, max(floor, fact["start"] - 50), fact["start"]):
            break
        if for_each(text, fact["start"]):
            continue  # "Thăng Bình, Quế Sơn, mỗi huyện 2 xã": what each of several has, not a part as written
        if is_change(i):
            continue
        if fact["value"] > total["value"]:
            return parts, running, True
        if extending and running + fact["value"] - total["value"] > sum_tolerance(total, [*parts, fact]):
            break  # past the total, beyond the rounding of the figures as written
        parts.append(fact)
        running += fact["value"]
        if running == total["value"]:
            break
    return parts, running, False


def set_parts(total: dict[str, Any], parts: Sequence[dict[str, Any]]) -> None:
    """Make ``parts`` the parts of ``total``: their ``part_of``, its ``parts_sum`` and its ``parts`` ("adds up",
    "less" or "more"), the one place every rule of totals sets them."""
    running = sum(part["value"] for part in parts)
    for part in parts:
        part["part_of"] = total["start"]
    total["parts_sum"] = running
    total["parts"] = "adds up" if running == total["value"] else "less" if running < total["value"] else "more"


def rounding(fact: dict[str, Any]) -> Decimal:
    """Half the unit of the last digit ``fact`` is written with: 500 for "128 nghìn doanh nghiệp",
    5 000 000 for "1,42 tỉ USD", 0 for "4.043 doanh nghiệp" or a figure in two parts ("654 tỷ 043 triệu")."""
    numbers = _WRITTEN_NUMBER.findall(fact["text"])
    if len(numbers) != 1:
        return Decimal(0)
    whole, _, decimals = numbers[0].partition(",")
    written = Decimal(f"{whole.replace('.', '')}.{decimals or 0}")
    if not written:
        return Decimal(0)
    return Decimal(fact["value"]) / written * Decimal(5).scaleb(-len(decimals) - 1)


_WRITTEN_NUMBER = re.compile(r"\d[\d.]*(?:,\d+)?")


def sum_tolerance(total: dict[str, Any], parts: list[dict[str, Any]]) -> Decimal:
    """How far the sum of ``parts`` may be from ``total`` and still confirm it: the rounding of each as
    written (1.520,45 + 803,27 triệu confirms "2.323,73 triệu")."""
    return rounding(total) + sum((rounding(part) for part in parts), Decimal(0))


def _home(owner: _Region | None) -> _Region | None:
    """The region a figure belongs to: a bracket that holds nothing but it counts for no region."""
    while owner is not None and owner.transparent:
        owner = owner.parent
    return owner


def _direct(region: _Region, owner: _Region | None, fact: dict[str, Any]) -> bool:
    """Is ``fact`` (held innermost by ``owner``) a figure of ``region`` itself? Not when it stands
    in a bracket (unless the bracket holds it alone), in a breakdown of its own, or on a deeper line
    of a list; a colon that divided nothing ("- Hỗ trợ máy móc: 1,5 tỷ đồng") hides nothing."""
    while owner is not None and owner is not region:
        if owner.resolved or (owner.kind.endswith("bracket") and not owner.transparent):
            return False
        owner = owner.parent
    if owner is not region:
        return False
    if region.deeper:
        i = bisect.bisect_right(region.deeper, (fact["start"], float("inf"))) - 1
        if i >= 0 and region.deeper[i][0] <= fact["start"] < region.deeper[i][1]:
            return False
    return True


def is_change(text: str, fact: dict[str, Any]) -> bool:
    """"tăng 5 tỷ đồng", "giảm 3 dự án", "12 dự án so với cùng kỳ": a change, not an amount of ("vốn tăng
    thêm 20 triệu USD", capital added, is an amount)."""
    if _CHANGE_AFTER.match(text, fact["end"], fact["end"] + 60):
        return True
    before = text[max(0, fact["start"] - _BEFORE_LOOK) : fact["start"]]
    return bool(_CHANGE_BEFORE.search(before)) and not _ADDED_CAPITAL.search(before)
