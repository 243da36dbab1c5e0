"""Helpers shared by the fact finders: normalisation, the tone-placement fold, overlap bookkeeping,
sentence spans.

A fact's sentence is underthesea's sentence around it, cut at breaks between paragraphs and list
items, and, past ``MAX_SENTENCE`` characters, a window around the fact at word boundaries.
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from .sentences import split_sentences

# A fact's sentence is provenance for a reader: past this length (a table or a page without
# punctuation) a window around the fact says more, keeps memory bounded, and fits whole in the
# database's table cells (db/metadata.py shows 400 characters of a cell).
MAX_SENTENCE = 400


def nfc(text: str) -> str:
    """The normalisation every offset refers to (pages in windows-1258 arrive decomposed).

    Exactly ``unicodedata.normalize("NFC", text)``, but long runs of combining marks (junk that
    real text never holds) are normalised by the algorithm of UAX #15 written out here, because
    CPython's reordering is quadratic in the length of such a run: 50,000 marks take seconds.
    """
    if unicodedata.is_normalized("NFC", text):
        return text  # most text: CPython's quick check, a few instructions a character, before any regex scan
    if not _MARK_RUN.search(text) or not _LONG_MARK_RUN.search(text):
        return unicodedata.normalize("NFC", text)
    out, position = [], 0
    for run in _LONG_MARK_RUN.finditer(text):
        out.append(unicodedata.normalize("NFC", text[position : run.start()]))
        out.append(_nfc_of_long_run(run.group()))
        position = run.end()
    out.append(unicodedata.normalize("NFC", text[position:]))
    return "".join(out)


# A run of 65 marks: the cheap first look, which most texts fail, before the exact pattern below (which
# starts with nearly any character). Written as one mark and 64 more: a pattern that opens with a
# character set lets the engine skip to the marks; one that opens with a repeat is tried at every character.
_MARK_RUN = re.compile(r"[\u0300-\u034e\u0350-\u036f][\u0300-\u034e\u0350-\u036f]{64}")
# A Latin starter (never composed with the character before it) followed by more than 64 combining
# diacritical marks (U+034F, a starter, excluded) and by no other mark of any block.
_LONG_MARK_RUN = re.compile(
    r"[\u0000-\u024f][\u0300-\u034e\u0350-\u036f]{65,}+"
    r"(?![\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])"
)


def _nfc_of_long_run(run: str) -> str:
    """NFC of one starter and its marks: decompose character by character, order the marks by
    combining class (a stable sort is the canonical ordering), then compose each unblocked mark."""
    decomposed = "".join(unicodedata.normalize("NFD", ch) for ch in run)
    marks = sorted(decomposed[1:], key=unicodedata.combining)
    kept: list[str] = []
    base, last_kept_class = decomposed[0], 0
    for mark in marks:
        mark_class = unicodedata.combining(mark)
        if not kept or last_kept_class < mark_class:
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1:
                base = composed
                continue
        kept.append(mark)
        last_kept_class = mark_class
    return base + "".join(kept)


# Cyrillic letters that PDF text layers of statistics yearbooks give for Vietnamese ones (a font whose glyphs
# map to the wrong code points): "TӘNG SӔ" is "TỔNG SỐ", "Triệu đӗng" is "Triệu đồng". One letter for one, so
# every offset holds; read only where a Latin letter stands beside it (no Vietnamese text is written so).
_CYRILLIC = "ӘәӔӕӖӗ"
_LOOK_ALIKES = str.maketrans(_CYRILLIC, "ỔổỐốỒồ")
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LOOK_ALIKE = re.compile(rf"(?<=[{_LATIN}])[{_CYRILLIC}]|[{_CYRILLIC}](?=[{_LATIN}])")


def fold_look_alikes(text: str) -> str:
    """``text`` with the Cyrillic letters a PDF's font gave for Vietnamese ones inside words made Vietnamese
    again (see ``_LOOK_ALIKES``); ``text`` itself when it holds none. As long as ``text``."""
    if not any(letter in text for letter in _CYRILLIC):  # str's own search: a tenth of a regex's class
        return text
    return _LOOK_ALIKE.sub(lambda match: match.group().translate(_LOOK_ALIKES), text)


def fold_tone_placement(word: str) -> str:
    """The new tone placement of a syllable written the old way ("hoá" → "hóa", "thuỷ" → "thủy").

    Only where both placements are in use: the rimes "oa", "oe", "uy" closing the syllable. With a
    final consonant the tone sits on the second vowel in either spelling ("hoạch", "đoàn", "khuyến"),
    and after "q" the "u" belongs to the initial ("quý", "quả"): those words are left as written.
    """
    if len(word) < 2 or word[-1] not in _SECOND_VOWELS:
        return word
    pair = word[-2:]
    new = _TONE_PLACEMENT.get(pair)
    if new is None or (pair[0] in "uU" and word[-3:-2] in ("q", "Q")):
        return word
    return word[:-2] + new


def fold_words(words: str) -> str:
    """:func:`fold_tone_placement` of every syllable of ``words`` ("nhà văn hoá" → "nhà văn hóa")."""
    return " ".join(fold_tone_placement(word) for word in words.split(" "))


_TONE_PLACEMENT = {
    old: new
    for old, new in [
        ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ]
}
_TONE_PLACEMENT.update({old.upper(): new.upper() for old, new in list(_TONE_PLACEMENT.items())})
_SECOND_VOWELS = {pair[1] for pair in _TONE_PLACEMENT}


class Claims:
    """Character spans already taken by a fact, so that no figure is read twice.

    A byte per character: marking and testing a span are single C-level operations, whatever the
    number of facts (a sorted list of spans goes quadratic on pages with many thousands of them).
    """

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


class Sentences:
    """Sentence spans of a text from underthesea's splitter (its algorithm, extract/sentences.py), looked
    up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cut: dict[tuple[int, int], str] = {}
        self._breaks: dict[int, list[int]] = {}  # block number -> its paragraph breaks
        self._newlines: list[int] | None = None  # every "\n" offset, found when first needed
        self.starts: list[int] = []
        self.ends: list[int] = []
        position = 0
        for sentence in split_sentences(text):
            found = text.find(sentence, position)
            if found < 0:  # the splitter altered the text: fall back to a plain cut at this point
                continue
            self.starts.append(found)
            self.ends.append(found + len(sentence))
            position = found + len(sentence)

    def around(self, start: int, end: int) -> str:
        """The sentence that holds ``text[start:end]``, or the sentences it spans.

        It never runs over a break between paragraphs or list items, never starts or ends inside a
        word, and always holds the fact; a longer one is cut to a window of about
        :data:`MAX_SENTENCE` characters around the fact, at word boundaries.
        """
        i = bisect.bisect_right(self.starts, start) - 1
        j = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        if i < 0 or self.ends[j] < end:
            left, right = self._line_around(start, end)
        else:
            left, right = self.starts[i], self.ends[j]
        if self._has_newline(left, right):  # most sentences hold no line break at all
            left = self._paragraph_start(max(left, start - MAX_SENTENCE), start)
            right = self._paragraph_end(end, min(right, end + MAX_SENTENCE))
        if right - left > MAX_SENTENCE:
            # Windows on a fixed grid, so that the facts of one stretch share one string.
            step = MAX_SENTENCE // 4
            grid = max(left, start // step * step - step)
            left = self._word_start(grid, start)
            right = self._word_end(max(end, min(right, grid + MAX_SENTENCE)), end)
        key = (left, right)
        if key not in self._cut:
            self._cut[key] = self.text[left:right].strip()
        return self._cut[key]

    def _newline_offsets(self) -> list[int]:
        """The offset of every line break of the text, in order: one pass over it, made once.

        A fact must not search its whole sentence for a line break: on a page that is one long
        sentence ("1 tỷ 1 tỷ ..."), that is the whole text for every figure, quadratic in its length.
        """
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return self._newlines

    def _has_newline(self, left: int, right: int) -> bool:
        """Whether ``text[left:right]`` holds a line break (a bisection, whatever its length)."""
        newlines = self._newline_offsets()
        k = bisect.bisect_left(newlines, left)
        return k < len(newlines) and newlines[k] < right

    def _paragraph_start(self, low: int, start: int) -> int:
        """Just after the last paragraph or list-item break in ``text[low:start]``, else ``low``."""
        for block in range((start - 1) // _BLOCK, low // _BLOCK - 1, -1):
            breaks = self._block_breaks(block)
            k = bisect.bisect_left(breaks, start)
            if k and breaks[k - 1] >= low:
                return breaks[k - 1] + 1
        return low

    def _paragraph_end(self, end: int, high: int) -> int:
        """The first paragraph or list-item break in ``text[end:high]``, else ``high``."""
        for block in range(end // _BLOCK, (high - 1) // _BLOCK + 1):
            breaks = self._block_breaks(block)
            k = bisect.bisect_left(breaks, end)
            if k < len(breaks) and breaks[k] < high:
                return breaks[k]
        return high

    def _block_breaks(self, block: int) -> list[int]:
        """The paragraph and list-item breaks of one block of the text, found when a fact first
        needs them: a page of table lines is one long sentence shared by thousands of figures."""
        breaks = self._breaks.get(block)
        if breaks is None:
            breaks = self._breaks[block] = [
                m.start()
                for m in _NEWLINE.finditer(self.text, block * _BLOCK, (block + 1) * _BLOCK)
                if _is_break(self.text, m.start())
            ]
        return breaks

    def _word_start(self, position: int, start: int) -> int:
        """``position``, or the start of the next word if it falls inside one (never past ``start``)."""
        if position == 0 or self.text[position - 1].isspace():
            return position
        blank = _BLANK.search(self.text, position, start)
        return blank.end() if blank else start

    def _word_end(self, position: int, end: int) -> int:
        """``position``, or the end of the word before it if it falls inside one (never before ``end``)."""
        if position >= len(self.text) or self.text[position].isspace():
            return position
        cut = max(self.text.rfind(" ", end, position), self.text.rfind("\n", end, position))
        return cut if cut >= 0 else position

    def _line_around(self, start: int, end: int) -> tuple[int, int]:
        """The line that holds ``text[start:end]`` (or the lines it spans), found by bisection."""
        newlines = self._newline_offsets()
        k = bisect.bisect_left(newlines, start)
        left = newlines[k - 1] + 1 if k else 0
        k = bisect.bisect_left(newlines, end)
        return left, newlines[k] if k < len(newlines) else len(self.text)


_BLANK = re.compile(r"\s")
_NEWLINE = re.compile(r"\n")
_BLOCK = 1024
# A line that opens a list item: "- ", "+ ", "• ", "1. ", "2) ", "a) ", "II. ".
_LIST_ITEM = re.compile(r"[ \t]*+(?:[-–—+•*▪●]|\d{1,2}[.)](?!\d)|[a-zđ]\)|[IVX]{1,4}[.)])")
_LINE_END = re.compile(r"[.;:!?][ \t\"”)]*+\Z")


def _is_break(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` ends a paragraph or a list item rather than wrapping
    a line ("11,072\ntỷ đồng"): a blank line, a list item after it, sentence punctuation or a
    heading in capitals before it."""
    after = text[newline + 1 : newline + 2]
    if after in ("\n", "") or (
        after.isspace() and text[newline + 1 : newline + 80].lstrip(" \t\r\xa0")[:1] in ("\n", "")
    ):
        return True
    if _LIST_ITEM.match(text, newline + 1):
        return True
    line_start = (
        max(text.rfind("\n", 0, newline) + 1, newline - 200) if newline > 200 else text.rfind("\n", 0, newline) + 1
    )
    line = text[line_start:newline].rstrip()
    if not line or _LINE_END.search(line):
        return True
    return len(line) > 3 and line.isupper()
