"""Patterns written for the regex engine to skip ahead in (extract/scanning.py) match what the plain
patterns they replace match: the case variants of a letter, alternations of words grouped by first
letter, the date-like parts found by two patterns and merged, and full dates, document symbols and
document types read from their first character."""
import random
import re

import pytest

from extract import dates, legal
from extract.legal import DOC_TYPES
from extract.scanning import alternation_by_first_letter, case_variants

# Every character but the surrogates, which no str of a text holds.
EVERY_CHARACTER = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


@pytest.mark.parametrize("letter", list("abcdefghijklmnopqrstuvwxyzđơ"))
def test_case_variants_are_what_ignorecase_matches(letter):
    matched = sorted(set(re.findall(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE)))
    assert len(matched) >= 2
    assert case_variants(letter) == matched
    assert case_variants(letter.upper()) == matched


def spans(pattern, text):
    return [m.span() for m in re.finditer(pattern, text)]


# Document types in each case, inside words (no match), after digits and punctuation, overlapping
# ("Nghị quyết định": the longer type first), with the Kelvin sign and the long s IGNORECASE reads as k, s.
TYPE_TEXT = (
    "Quyết định số 5; QUYẾT ĐỊNH 7, quyết định giám đốc thẩm và Nghị quyết định; Thông tư liên tịch; "
    "Kế hoạch, \u212aế hoạch, \u017fắc lệnh, Sắc lệnh; XQuyết định, 3Luật, (Luật) Văn bản hợp nhất, "
    "văn bảnx, đề án; ĐỀ ÁN\nđiều lệ Điều lệ hiệp định Hợp đồng, chương trình CHƯƠNG TRÌNH."
)


def test_document_types_grouped_by_first_letter_match_the_ignorecase_alternation():
    plain = re.compile(
        "(?<![^\\W\\d_])(?:" + "|".join(re.escape(t) for t in DOC_TYPES) + ")(?![^\\W\\d_])", re.IGNORECASE
    )
    expected = spans(plain, TYPE_TEXT)
    assert len(expected) >= 20
    assert spans(legal._TYPE_WORD, TYPE_TEXT) == expected


def test_alternation_keeps_the_order_of_words_of_one_first_letter():
    # "năm" before "năm nay" in the list: the shorter wins where both match, as in a plain alternation.
    words = [("năm", ""), ("năm nay", ""), ("Năm", "!"), ("tháng", "")]
    grouped = alternation_by_first_letter(words)
    plain = "|".join(re.escape(w) + tail for w, tail in words)
    text = "năm nay, Năm! tháng Năm năm"
    assert spans(plain, text) == spans(grouped, text) == [(0, 3), (9, 13), (14, 19), (24, 27)]


# Date-like parts where one kind could start inside the other ("năm 12/5", "tháng 10/2025"), times,
# day-month pairs, ranges of days, and text right before and after them.
DATE_LIKE_TEXT = (
    "năm 12/5 và tháng 10/2025, quý I/2025, Quý ii năm 2024, ngày 5-2 rồi 6/4, lúc 7:43:26 AM; "
    "Sáng 12-3-2024 tổ chức, 45/60 xã, đồng/người/tháng 10.800; NGÀY 3-4, hôm 1-2-23 và 2/3/2024 8:30"
)


def test_date_like_merge_gives_what_one_pattern_of_both_gives():
    one_pattern = f"{dates._DATE_LIKE_DIGITS.pattern}|{dates._DATE_LIKE_WORDS.pattern}"
    expected = spans(one_pattern, DATE_LIKE_TEXT)
    assert len(expected) >= 12
    assert [m.span() for m in dates._date_like_matches(DATE_LIKE_TEXT)] == expected


DATE_TEXT = (
    "Ngày 01/8/2014, 5-3-2021 và 21 tháng 5 năm 2012; 1/2/20 21, x12/3/2020, 123/4/2020, 12/3/20201, "
    "2 THÁNG 9, NĂM 2022, ngày 7.12.2023/ 9.12.2023 và 31/02/2020."
)
NUMERIC = r"(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4}|\d\d \d\d(?!\d))"
WORDS = r"(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s*(?:,\s*)?năm\s+(?P<wyear>\d{4})"


def test_full_dates_from_their_first_digit_match_the_look_behind_pattern():
    plain = re.compile(rf"(?<![\w/.-])(?:{NUMERIC}|{WORDS})(?![\w/])", re.IGNORECASE)
    expected = spans(plain, DATE_TEXT)
    assert len(expected) >= 5
    assert spans(dates._DATE, DATE_TEXT) == expected
    assert [d.value for d in dates.find_dates(DATE_TEXT)] == [
        dates.date_of(m) for m in plain.finditer(DATE_TEXT) if dates.date_of(m)]


SYMBOL_TEXT = (
    "Quyết định số 1288/QĐ-TTg, 45/2012/NĐ-CP, 30a/2008/NQ-CP; 15-NQ/TW và 05/ 2020/NQ-HĐND, 123456/QĐ-UB, "
    "x12/QĐ, 1/2/3, 26/2014/TTLT-BTC-BCT, 7 - CT/TU, 183/2010/TTLT/BTC-BNN; Số:  27 /2019/QĐ-UBND."
)


def test_symbols_from_their_first_digit_match_the_look_behind_pattern():
    tail = legal._TAIL
    plain = re.compile(
        r"(?<![\w/.,-])(?:"
        rf"(?P<number>\d{{1,5}}[a-z]?)(?:[ ]{{0,2}}/[ ]{{0,2}}(?P<year>(?:19|20)\d\d))?[ ]{{0,2}}/[ ]{{0,2}}"
        rf"(?P<tail>{tail})"
        rf"|(?P<party_number>\d{{1,5}})[ ]?[-–][ ]?(?P<party_type>[A-ZĐ][A-Za-zĐđ]{{0,5}})[ ]?/[ ]?"
        rf"(?P<party_tail>{tail}))(?![\w])"
    )
    expected = [(m.span(), m.group("number") or m.group("party_number")) for m in plain.finditer(SYMBOL_TEXT)]
    assert len(expected) >= 8
    found = [(m.span(), m.group("digits") + (m.group("letter") or "")) for m in legal.SYMBOL.finditer(SYMBOL_TEXT)]
    assert found == expected


def test_percentages_found_from_their_signs_match_the_scan_of_every_figure():
    rng = random.Random(18)
    pieces = ["%", " %", "phần trăm", " phần trăm", "phần trămx", "1", "12", "1.500", "2,5", "1.5000", ",", ".",
              " ", "\n", "a", "Tăng ", "x5", "_", "٣", "²", " - ", "đến ", "6-7", "\u00a0"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    found = 0
    for text in texts:
        expected = [m.span() for m in dates._PERCENT.finditer(text)]
        assert [m.span() for m in dates._percent_matches(text)] == expected, text
        found += len(expected)
    assert found > 1000
