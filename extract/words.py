"""Amounts of money written in words: "chín triệu đồng", "hai nghìn tỷ đồng", "năm trăm nghìn đồng
chẵn", "(Bằng chữ: Mười một tỷ không trăm bảy mươi hai triệu đồng)" (11 072 000 000).

The numeral words and their variants: một/mốt (1; "mốt" only after "mươi"), bốn/tư (4; "tư" only
after "mươi", "mười" or "linh"), năm/lăm/nhăm (5; "lăm"/"nhăm" only after "mươi" or "mười"), bảy/bẩy
(7), mười (10, and "mươi" as written by some: "bảy mười hai"), mươi (tens), linh/lẻ (no tens: "một
trăm linh năm"), không trăm (no hundreds: "một tỷ không trăm năm mươi triệu"), chục (tens, "hai
chục"), trăm, nghìn/ngàn, triệu, tỷ/tỉ, in any case ("Mười một tỷ", "HAI TỶ ĐỒNG"). Compounds of
scales multiply ("hai nghìn tỷ" = 2 × 10^12, "một triệu tỷ" = 10^15).

Precision first, since "một", "hai", "ba", "năm" are everywhere (một số, năm 2020, ba mẹ):

* only a phrase that a currency word ends ("đồng", "Việt Nam đồng", "VNĐ", "VND", "USD", "đô la
  Mỹ") and whose words make one well-formed numeral is read; a word before it that makes no numeral
  with it is left out ("đầu tư hai tỷ đồng": "tư" is 4 only after "mươi"; "hàng trăm tỷ đồng",
  "vài trăm triệu đồng": a scale word without its figure is no amount);
* it must hold a scale word (trăm, nghìn, ngàn, triệu, tỷ, tỉ): "hai mươi đồng", "một đồng" are no
  amounts of these texts, while "ba mươi đồng chí" would be people;
* "năm" that opens the phrase after a word of time ("mỗi năm", "hằng năm", "trong năm", "cả năm")
  is the year, not five ("mỗi năm hai trăm triệu đồng" = 200 000 000 a year);
* "đồng" before a word of people or things ("đồng chí", "đồng bào", "đồng hồ") is no currency, as
  for amounts in digits (money.CURRENCIES).

A phrase in words that restates the figure in digits beside it carries ``restates``, the ``start`` of
that figure: after "Bằng chữ" ("Số tiền: 11.072.000.000 đồng (Bằng chữ: Mười một tỷ không trăm bảy
mươi hai triệu đồng)") or, with the same value and currency, in brackets or after a colon or dash
right after it ("5.000.000 đồng (năm triệu đồng)") or right before it ("năm triệu đồng (5.000.000
đồng)"). Sums leave it out, like a part of a total.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .money import Money, currency_code

if TYPE_CHECKING:
    from .text import Claims

_DIGITS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
           "chín": 9}
# Units after "mươi" (tens): "mốt", "tư", "lăm"/"nhăm" are written there.
_AFTER_TENS = {**_DIGITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
del _AFTER_TENS["không"]
# Units after "mười" (ten): "mười một", "mười lăm", "mười tư"; no "mười mốt".
_AFTER_TEN = {k: v for k, v in _AFTER_TENS.items() if k != "mốt"}
# After "linh"/"lẻ" (no tens): "một trăm linh tư", "hai trăm lẻ năm".
_AFTER_ZERO_TENS = {**_DIGITS, "tư": 4}
del _AFTER_ZERO_TENS["không"]
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_TENS = {"mươi", "mười"}
_ZERO_TENS = {"linh", "lẻ"}
_WORDS = set(_DIGITS) | set(_AFTER_TENS) | _TENS | _ZERO_TENS | {"trăm", "chục"} | set(_SCALES)
_AMOUNT_SCALES = {"trăm", *_SCALES}
_LONGEST_WORD = max(len(word) for word in _WORDS)
_MAX_WORDS = 30  # the longest amount ("chín trăm chín mươi chín nghìn ... tỷ ...") is shorter

# Words of time before "năm": then it is the year ("mỗi năm", "hằng năm", "trong năm").
_YEAR_BEFORE = {"mỗi", "hằng", "hàng", "trong", "cả", "các", "nửa", "cùng", "qua", "sau", "trước", "của", "từ",
                "đến", "tới", "nhiều", "vài", "mấy", "những", "một", "này", "đầu", "cuối", "năm"}

# The currency word that ends an amount in words; "đồng" as in money.CURRENCIES (not "đồng chí").
# Found by its first letter first (a character set the regex engine skips to: a scan of the text
# costs little), then read whole.
_CURRENCY_START = re.compile(r"[đĐVU](?:(?<=đ)(?:ồng|ô)|(?<=Đ)(?:ồng|ỒNG|[ôÔ])|(?<=V)N[ĐD]|(?<=U)SD)")
_CURRENCY = re.compile(
    r"(?P<currency>(?:đồng|Đồng|ĐỒNG)"
    r"(?![ \t\n]+(?:chí|bào|nghiệp|hương|đội|minh|hồ|môn|phạm|loại)(?![^\W\d_]))"
    r"|VNĐ|VND|USD|(?i:đô[ \t-]?la(?:[ \t]+Mỹ)?))(?![^\W\d_])"
)
_VIET_NAM_BEFORE = re.compile(r"(?:Việt|VIỆT)[ \t]+(?:Nam|NAM)[ \t]+\Z")
_DONG_WORD_AFTER = re.compile(r"[^\S\n]+(?:bằng|ý|ruộng)(?![^\W\d_])")
# A word before the currency word, read backwards: a word, then blanks and at most a comma.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*,?[ \t]*\Z")
_LOOK_BACK = 24  # characters for one word and its blanks

# Between a figure in digits and its restatement in words: brackets, a colon or a dash, and the words
# that announce a restatement ("Bằng chữ:", "Viết bằng chữ:", "tức là").
_SAID_IN_WORDS = re.compile(r"(?i:(?:số[ \t]+tiền[ \t]+)?(?:viết[ \t]+|ghi[ \t]+)?bằng[ \t]+chữ)")
_BETWEEN_AFTER = re.compile(
    r"[.,;]?[ \t]*[\n]?[ \t]*(?:[(\[–—:-][ \t]*)?(?:(?P<said>" + _SAID_IN_WORDS.pattern + r")[ \t]*[:：]?[ \t]*"
    r"|(?i:tức[ \t]+là|tức)[ \t]+)?[\"“]?\Z"
)
# Words, then the same figure in digits: in brackets, or after a sign or a word that says it is the same
# ("Một triệu đồng” → 1 000 000₫", "= 1.000.000 đồng", "tức là 1.000.000 đồng"); the values must be equal.
_BETWEEN_BEFORE = re.compile(
    r"(?:[ \t]+chẵn)?[ \t]*[”\"]?[ \t]*,?[ \t]*(?:[(\[]|→|=>?|->|[:–-]|(?i:tức là|tức|hay|là)(?![^\W\d_]))[ \t]*\Z"
)
_NEAR = 60


@dataclass
class WordsMoney(Money):
    restates: int | None = None  # the start of the figure in digits this one restates


def find_words_money(text: str, taken: Claims, money: list[Any]) -> list[WordsMoney]:
    """Amounts in words outside the spans ``taken``; ``money``: the amounts in digits (facts or
    :class:`Money`, with ``start``, ``end``, ``value``, ``currency``), to find what they restate."""
    found: list[WordsMoney] = []
    for first in _CURRENCY_START.finditer(text):
        if taken.overlaps(first.start(), first.end()):
            continue  # the currency word of an amount in digits ("5 triệu đồng"): most of them
        match = _CURRENCY.match(text, first.start())
        if not match:
            continue
        words_end = match.start()
        if viet_nam := _VIET_NAM_BEFORE.search(text, max(0, words_end - 12), words_end):
            words_end = viet_nam.start()  # "năm mươi triệu Việt Nam đồng"
        start = _words_start(text, words_end)
        if start is None or taken.overlaps(start, match.end()):
            continue
        value = read_words(text[start:words_end])
        if value is None:
            continue
        if value < 1000 and _DONG_WORD_AFTER.match(text, match.end()):
            continue
        currency = currency_code(match.group("currency"))
        found.append(WordsMoney(start, match.end(), value, currency, None))
    if found:
        _mark_restatements(text, found, money)
        for fact in found:
            taken.add(fact.start, fact.end)
    return found


def _word_before(text: str, end: int) -> tuple[int, str] | None:
    """The numeral word that ends before ``end`` (blanks and, after a scale, a comma between) as
    (start, lower-case word), or None. A plain scan of a few characters: this runs before every
    currency word of a text, most of them after digits ("5 triệu đồng")."""
    i = end
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    comma = i > 0 and text[i - 1] == ","
    if comma:
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    j = i
    while j > 0 and i - j <= _LONGEST_WORD and text[j - 1].isalpha():
        j -= 1
    word = text[j:i].lower()
    if word not in _WORDS or (comma and word not in _SCALES):
        return None  # a comma only after a scale ("Mười một tỷ, không trăm ..."), else it lists
    return j, word


def _words_start(text: str, end: int) -> int | None:
    """Where the longest run of numeral words that ends at ``end`` and makes a numeral starts."""
    starts: list[int] = []
    position = end
    while len(starts) < _MAX_WORDS and (word := _word_before(text, position)):
        position = word[0]
        starts.append(position)
    if len(starts) < 2:
        return None  # one word is no amount ("một đồng", "triệu đồng")
    # The longest run that is a numeral: drop words from the left until it is one.
    for position in reversed(starts):
        phrase = text[position:end]
        words = _split(phrase)
        if len(words) < 2:
            break
        if words[0] == "năm":
            before = _WORD_BEFORE.search(text, max(0, position - _LOOK_BACK), position)
            if before and before.group(1).lower() in _YEAR_BEFORE:
                continue  # "mỗi năm hai trăm triệu đồng": the year
        if _AMOUNT_SCALES.intersection(words) and read_words(phrase) is not None:
            return position
    return None


def _split(phrase: str) -> list[str]:
    return phrase.replace(",", " ").lower().split()


def read_words(phrase: str) -> int | None:
    """The value of a numeral in words ("mười một tỷ không trăm bảy mươi hai triệu" → 11072000000),
    or None where the words make no numeral."""
    words = _split(phrase)
    if not words or words[0] in ("không", "linh", "lẻ"):
        return None
    value = _read(words)
    return value if value else None


def _read(words: list[str]) -> int | None:
    """A numeral of scales: the last of its largest scale word splits it into a multiplier (left)
    and the rest (right), each a numeral again; the rest is smaller than the scale."""
    scales = [(_SCALES[w], i) for i, w in enumerate(words) if w in _SCALES]
    if not scales:
        return _below_thousand(words)
    scale = max(s for s, _ in scales)
    i = max(i for s, i in scales if s == scale)
    left, right = words[:i], words[i + 1 :]
    if not left:
        return None  # "triệu đồng", "trăm tỷ": no figure
    high = _read(left)
    if not high:
        return None
    if right and not _SCALES.keys() & set(right):
        # The last group, under a thousand, read as written out in full: "hai nghìn năm trăm",
        # "năm nghìn linh năm", "một tỷ không trăm linh năm". Shortened, it says the next scale down
        # in speech ("hai nghìn năm" is 2 500, "một triệu năm trăm" 1 500 000): no amount then.
        if scale > 10**3 and right[:2] != ["không", "trăm"]:
            return None
        if "trăm" not in right and right[0] not in _ZERO_TENS:
            return None
    if right and right[0] in _ZERO_TENS and len(right) > 1:
        right = right[1:]  # "một trăm triệu lẻ năm nghìn"
    low = _read(right) if right else 0
    if low is None or low >= scale:
        return None
    return high * scale + low


def _below_thousand(words: list[str]) -> int | None:
    """"bảy trăm linh năm", "không trăm bảy mươi hai", "mười lăm", "hai mươi mốt", "chín", "hai chục"."""
    value = 0
    if len(words) >= 2 and words[1] == "trăm":
        if words[0] not in _DIGITS:
            return None
        value = _DIGITS[words[0]] * 100
        words = words[2:]
        if not words:
            return value
        if words[0] in _ZERO_TENS:
            if len(words) == 2 and words[1] in _AFTER_ZERO_TENS:
                return value + _AFTER_ZERO_TENS[words[1]]
            return None
    if not words:
        return None
    if words[0] == "mười":
        if len(words) == 1:
            return value + 10
        if len(words) == 2 and words[1] in _AFTER_TEN:
            return value + 10 + _AFTER_TEN[words[1]]
        return None
    if words[0] in _DIGITS and words[0] != "không":
        digit = _DIGITS[words[0]]
        if len(words) == 1:
            return value + digit
        if words[1] in _TENS and digit >= 2:
            if len(words) == 2:
                return value + digit * 10
            if len(words) == 3 and words[2] in _AFTER_TENS:
                return value + digit * 10 + _AFTER_TENS[words[2]]
            return None
        if words[1] == "chục" and len(words) == 2 and not value:
            return digit * 10
    return None


def _mark_restatements(text: str, found: list[WordsMoney], money: list[Any]) -> None:
    figures = sorted((m for m in money if not isinstance(m, WordsMoney)), key=lambda m: m.start)
    starts = [m.start for m in figures]
    for words in found:
        i = bisect.bisect_left(starts, words.start)
        before = figures[i - 1] if i > 0 else None
        if before and words.start - before.end <= _NEAR and before.currency == words.currency:
            between = _BETWEEN_AFTER.match(text[before.end : words.start])
            if between and (between.group("said") or before.value == words.value):
                words.restates = before.start
                continue
        after = figures[i] if i < len(figures) else None
        if after and after.start - words.end <= 12 and after.currency == words.currency and after.value == words.value:
            if _BETWEEN_BEFORE.match(text[words.end : after.start]):
                words.restates = after.start


def mark_restatements(text: str, facts: list[dict[str, Any]]) -> None:
    """Set ``restates`` on the amounts in words among ``facts`` (marked ``in_words`` by their finder) that
    restate a figure in digits beside them; the mark is then taken off every fact."""
    words = [fact for fact in facts if fact.pop("in_words", False)]
    if not words:
        return
    figures = [SimpleNamespace(start=f["start"], end=f["end"], value=f["value"], currency=f["currency"])
               for f in facts if f["type"] == "money" and f not in words]
    found = [WordsMoney(f["start"], f["end"], f["value"], f["currency"], None) for f in words]
    _mark_restatements(text, found, figures)
    for fact, read in zip(words, found, strict=True):  # one record read per fact
        fact["restates"] = read.restates
