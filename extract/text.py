"""Helpers shared by the fact finders: normalisation, overlap bookkeeping, sentence spans."""
from __future__ import annotations

import bisect
import unicodedata


def nfc(text: str) -> str:
    """The normalisation every offset refers to (pages in windows-1258 arrive decomposed)."""
    return unicodedata.normalize("NFC", text)


def fold_tone_placement(word: str) -> str:
    """Map the old tone placement to the new one ("hoá" → "hóa", "thuỷ" → "thủy") for lookups."""
    for old, new in _TONE_PLACEMENT:
        if old in word:
            word = word.replace(old, new)
    return word


_TONE_PLACEMENT = [
    ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
]


class Claims:
    """Character spans already taken by a fact, so that no figure is read twice."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (start, start))
        for j in (i - 1, i):
            if 0 <= j < len(self._spans):
                s, e = self._spans[j]
                if s < end and start < e:
                    return True
        # Spans may nest; a short scan forward settles the rest.
        for s, e in self._spans[i : i + 8]:
            if s >= end:
                break
            if start < e:
                return True
        return False


class Sentences:
    """Sentence spans of a text from underthesea's splitter, looked up by offset."""

    def __init__(self, text: str) -> None:
        from underthesea import sent_tokenize

        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        position = 0
        for sentence in sent_tokenize(text):
            found = text.find(sentence, position)
            if found < 0:  # the splitter altered the text: fall back to a plain cut at this point
                continue
            self.starts.append(found)
            self.ends.append(found + len(sentence))
            position = found + len(sentence)

    def around(self, start: int, end: int) -> str:
        """The sentence that holds ``text[start:end]``, or the sentences it spans."""
        i = bisect.bisect_right(self.starts, start) - 1
        j = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        if i < 0 or self.ends[j] < end:
            return self._line_around(start, end)
        return self.text[self.starts[i] : self.ends[j]].strip()

    def _line_around(self, start: int, end: int) -> str:
        left = self.text.rfind("\n", 0, start) + 1
        right = self.text.find("\n", end)
        return self.text[left : right if right >= 0 else len(self.text)].strip()
