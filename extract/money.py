"""Amounts of money: "11,072 tỷ đồng", "1 tỷ 200 triệu đồng", "15 triệu USD", ranges and lists.

An amount with a currency word is an anchor. Currency words are mapped to ISO 4217 codes: đồng, VNĐ,
VN đồng, Việt Nam đồng, đ (VND); USD, đô la Mỹ, $ (USD); Euro, EUR; Yên, yên Nhật (JPY); Nhân dân tệ (CNY);
bảng Anh (GBP); Won (KRW); đô la Singapore, Úc, Hồng Kông, Canada, New Zealand, Đài Loan; baht, kíp, riel, ringgit,
rupiah, peso, rupee, rúp, franc Thụy Sĩ; names in any case, with scale words ("50 tỷ Yên").

Numbers joined to an anchor by "-", "đến", "/", "và", "," are amounts too and share its currency
and, when they lack one, its multiplier ("10-20 triệu đồng", "2.090/2.060 tỷ đồng", "48.000 và
47.000 đồng/kg"). An amount in tỷ with no currency and no noun after it is money in đồng ("trúng
xổ số 92 tỷ") unless its clause says what it counts ("số lượt xem đạt 2 tỷ"), so is a rate ("giá
30 triệu/m2"), an amount in cash ("tặng 300 nghìn tiền mặt") and one in nghìn or triệu that a money
word shortly before it in its clause pays ("mỗi hộ được hỗ trợ 5 triệu"); people and things after
the amount ("hỗ trợ 300 nghìn người") make a count instead.

A bare amount takes a currency only from an amount it is listed with later in its clause ("Cao Bằng
30 tỷ, Bắc Ninh 30 tỷ đồng"): never across a conversion ("2.000 tỷ, tương đương 85 triệu USD", "300 tỷ
(khoảng 12,7 triệu USD)"), and an amount in tỷ takes no currency whose tỷ would be an absurd sum
(dollars, euros): only its own currency word can make it so.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .nouns import classify_after
from .numbers import (
    GAP,
    GAP1,
    MULTIPLIER_PATTERN,
    NUMBER_PATTERN,
    SINGLE_ENGLISH_GROUP,
    YEAR,
    amount_pattern,
    exact,
    falling_figures,
    multiplier_value,
    number_pattern,
    parse_number,
)

if TYPE_CHECKING:
    from .text import Claims

# Currency words; longer spellings first. The value is the ISO 4217 code. Names of currencies in
# any case ("đô la Mỹ", "Đô la Mỹ", "ĐÔ LA MỸ"); "đồng" and "đ" only as written, since "Đ" starts
# many a word and "Đồng" a place name.
_DOLLAR = r"(?i:đô[\s-]?la|dollar)"
# Dollars by the country named after "đô la" ("đô la Úc", "Đô la Singapore"); "đô la" alone is the US dollar.
_DOLLAR_COUNTRIES = [
    (r"(?i:Mỹ)", "USD"), (r"(?i:Úc)", "AUD"), (r"(?i:Singapore)", "SGD"), (r"(?i:Hồng\s+Kông|Hong\s+Kong|HK)", "HKD"),
    (r"(?i:Canada)", "CAD"), (r"(?i:New\s+Zealand)", "NZD"), (r"(?i:Đài\s+Loan)", "TWD"), (r"(?i:Brunei)", "BND"),
]
# "đồng" first: the currency of most amounts, found before the others are tried (no other word starts as it does).
_DONG = r"(?:đồng|Đồng|ĐỒNG)(?!\s+(?:chí|bào|nghiệp|hương|đội|minh|hồ|môn|phạm|loại)\b)"
CURRENCIES = [
    (_DONG, "VND"),
    *((rf"{_DOLLAR}\s+{country}", code) for country, code in _DOLLAR_COUNTRIES), (_DOLLAR, "USD"),
    (r"US\$|USD|usd", "USD"), (r"(?:VN|Việt\s+Nam|(?-i:VIỆT\s+NAM))\s+(?:đồng|Đồng|ĐỒNG)", "VND"),
    (r"VNĐ|VND|vnđ|VNđ|Vnđ|vnd", "VND"),
    (r"trđ", "VND"), (r"đ", "VND"), (r"₫", "VND"), (r"EUR|(?i:euro)", "EUR"), (r"€", "EUR"), (r"\$", "USD"),
    # "Yên" alone only where no place name goes on ("Yên Bái", "Yên Lạc") and no word of peace
    # ("yên tâm", "yên ổn"); "yen", its spelling without the tone mark, likewise.
    (
        r"(?i:y[êe]n\s+Nhật|y[êe]n\s+nhật|JPY)|(?:Yên|yên|YÊN|Yen|yen|YEN)"
        r"(?![ \t]+(?:[A-ZĐ]|tâm|ổn|bình|lành|ả|tĩnh|vui|vị|lặng|giấc|ngựa|xe|nghỉ|ắng|ấm))",
        "JPY",
    ),
    (r"(?i:nhân\s+dân\s+tệ)|NDT|CNY", "CNY"), (r"(?i:bảng\s+Anh)|GBP", "GBP"),
    (r"(?i:won(?:\s+Hàn\s+Quốc)?)|KRW", "KRW"), (r"(?i:baht|bạt\s+Thái)|THB", "THB"),
    (r"(?i:kíp(?:\s+Lào)?)|LAK", "LAK"), (r"(?i:riel(?:\s+Campuchia)?)|KHR", "KHR"),
    (r"(?i:ringgit(?:\s+Malaysia)?)|MYR", "MYR"), (r"(?i:rupiah(?:\s+Indonesia)?)|IDR", "IDR"),
    (r"(?i:peso(?:\s+Philippines)?)|PHP", "PHP"), (r"(?i:rupee(?:\s+Ấn\s+Độ)?)|INR", "INR"),
    (r"(?i:rúp(?:\s+Nga)?)|RUB", "RUB"), (r"(?i:Đài\s+tệ)|TWD", "TWD"),
    (r"AUD", "AUD"), (r"SGD", "SGD"), (r"HKD", "HKD"), (r"CAD", "CAD"),
    (r"(?i:franc\s+Thụy\s+Sĩ|franc\s+Thuỵ\s+Sĩ)|CHF", "CHF"),
    # "Mỹ kim", "Gia kim", "Úc kim": the dollars of the US, Canada and Australia as overseas papers name them
    # (last: "g" and "m" are common first letters, tried only once every other currency word has failed)
    (r"[Mm]ỹ[ \t]+kim|MỸ[ \t]+KIM", "USD"), (r"[Gg]ia[ \t]+kim|GIA[ \t]+KIM", "CAD"),
    (r"[Úú]c[ \t]+kim|ÚC[ \t]+KIM", "AUD"),
]
# Currencies whose tỷ is an ordinary sum ("50 tỷ Yên"): an amount in tỷ listed with one of them
# may share its currency; with any other it is đồng unless its own word says otherwise.
SMALL_UNIT_CURRENCIES = {"VND", "JPY", "KRW", "LAK", "IDR", "KHR"}
# In the pattern, the dollars are one alternative ("đô la" tried once, then its country if one follows): nine
# alternatives that each open with "đô la" made every currency word cost nine tries (2% of the extractor's work).
_ANY_DOLLAR = rf"{_DOLLAR}(?:\s+(?:{'|'.join(country for country, _ in _DOLLAR_COUNTRIES)}))?"
_PATTERN_PARTS = [_DONG, _ANY_DOLLAR, *(p for p, _ in CURRENCIES[len(_DOLLAR_COUNTRIES) + 2 :])]
CURRENCY_PATTERN = "(?:" + "|".join(f"(?:{p})" for p in _PATTERN_PARTS) + r")(?![^\W\d_])"
_CURRENCY_CODES = [(re.compile(p + r"\Z", re.IGNORECASE), code) for p, code in CURRENCIES]

# Not inside another token; after "/" only in a pair of figures ("2.090/2.060 tỷ đồng"): look-behind
# bodies, for numbers.number_pattern and as a prefix.
_NOT_AFTER = (r"[\w.,]", r"[^\W\d_]/")
_NOT_AFTER_PREFIX = "".join(rf"(?<!{body})" for body in _NOT_AFTER)

ANCHOR = re.compile(rf"(?P<amount>{amount_pattern(*_NOT_AFTER)}){GAP}(?P<currency>{CURRENCY_PATTERN})")
# An amount right after the "/" that ends another one ("10 tỷ đồng/13,1 tỷ đồng"): ANCHOR without its look-behinds.
_SECOND_OF_PAIR = re.compile(rf"/[ \t]*(?P<amount>{amount_pattern()}){GAP}(?P<currency>{CURRENCY_PATTERN})")
BARE = re.compile(
    rf"(?P<amount>{number_pattern(*_NOT_AFTER)}{GAP}{MULTIPLIER_PATTERN}(?:{GAP1}{NUMBER_PATTERN}{GAP}{MULTIPLIER_PATTERN}){{0,3}})"
    rf"(?!{GAP}{CURRENCY_PATTERN})"
)

# A word that bounds the upper end of a range, between the joint and it: "từ 3.000 - trên 4.000 đ/kg", "từ 5.000
# đến hơn 6.000 đồng" (the upper end's qualifier).
_BOUND_WORD = r"(?:(?:trên|hơn|dưới|gần|khoảng)\s+)?"
# An element joined to the next one of a range, pair or list, read backwards from that one.
_JOINED_BEFORE = re.compile(
    rf"{_NOT_AFTER_PREFIX}(?P<element>(?P<number>{NUMBER_PATTERN})(?:{GAP}(?P<mult>{MULTIPLIER_PATTERN}))?)"
    rf"\s*(?P<joint>-|–|—|/|~|đến|tới|và|hoặc|,)\s*{_BOUND_WORD}\Z"
)
# A cheap look before the costly one: does a joint end right before the amount at all?
_JOINT_BEFORE = re.compile(rf"(?:[-–—/~,]|đến|tới|và|hoặc)\s*{_BOUND_WORD}\Z")
# A code in capitals right before a number makes the number part of a name ("OM 5451", "RON 95").
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZĐ]{2,5}[ \t]\Z")
# A word and a hyphen right before a number make it a name's ("COVID-19", "SARS-CoV-2").
_NAME_HYPHEN_BEFORE = re.compile(r"[^\W\d_][-–]\Z")
_DATE_WORD_BEFORE = re.compile(r"(?:ngày|tháng|năm|quý|giai đoạn|thời kỳ|khóa|số)\s*\Z", re.IGNORECASE)

_QUALIFIER = re.compile(
    r"(?:(?P<approx>khoảng|gần|xấp xỉ|chừng|ước khoảng|tầm)|(?P<over>hơn|trên|ngoài|vượt)"
    r"|(?P<under>dưới|chưa đến|chưa tới|không đến|không tới|không quá))\s*\Z",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;\n!?]|\.\s")
# The head of the next row after a figure ending its line, not the figure's currency: a place that opens with
# "Đồng" and a capital (Đồng Tháp, Đồng Nai, Đồng Hới), or a currency's code before a figure ("SGD 18,200.00").
_HEAD_OF_NEXT_ROW = re.compile(rf"[^\S\n]*+\n[^\S\n]*+(?:Đồng[ \t]++[A-ZĐ]|(?:{CURRENCY_PATTERN})[ \t]++\d)")
# "đồng" before these is a word of its own ("2 đồng bằng", "25 đồng ý", "3 đồng ruộng") after a small
# plain number, and the currency after an amount of a thousand or more or with a multiplier ("500.000
# đồng bằng tiền mặt", "2 triệu đồng bằng chuyển khoản"). The people and things of "đồng chí", "đồng
# bào", "đồng nghiệp", "đồng hương", "đồng đội", "đồng minh", "đồng môn", "đồng phạm", "đồng loại",
# "đồng hồ" are never the currency: thousands of them are counted too ("hơn 1.000 đồng chí", "3 triệu
# đồng bào", "1.200 đồng hồ nước"); see CURRENCIES.
# Thousands grouped by spaces ("1 500 000₫", "12 000 đồng"): the groups before the last one, which the
# anchor alone reads. A space of any width; the first group of one to three digits after no digit.
_SPACE_GROUPS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\Z")
_THREE_DIGITS = re.compile(r"\d{3}")
_DONG_WORD_AFTER = re.compile(r"[^\S\n]+(?:bằng|ý|ruộng)(?![^\W\d_])")
_PER_UNIT = re.compile(r"/[ \t]?[^\W\d_]")


@dataclass
class Money:
    start: int
    end: int
    value: int | Decimal
    currency: str
    qualifier: str | None
    per: str | None = None  # the unit of a rate ("m3" of "đồng/m3"), set by tables; else None
    # The amount whose multiplier or currency this one shares ("10" of "10-20 triệu đồng" leans on
    # "20 triệu đồng"): if that one is no amount, neither is this (extract/resolve.py).
    leans_on: Money | None = None


def find_money(text: str, taken: Claims) -> list[Money]:
    """Every amount of money in ``text`` whose span is not ``taken`` (a :class:`Claims`)."""
    found: list[Money] = []
    for match in ANCHOR.finditer(text):
        found.extend(_anchored(text, match, taken))
    # The second amount of a pair written with both currencies ("10 tỷ đồng/13,1 tỷ đồng"), which ANCHOR leaves
    # to the rates: not "700 đồng/1 triệu đồng", the base of a rate.
    for anchor in [money for money in found if text.startswith("/", money.end)]:
        pair = _SECOND_OF_PAIR.match(text, anchor.end)
        if pair and not pair.group("amount").startswith(("1 ", "01 ")) and pair.group("amount") not in ("1", "01"):
            found.extend(_anchored(text, pair, taken))
    for money in found:
        taken.add(money.start, money.end)
    found.extend(_bare_amounts(text, found, taken))
    found.sort(key=lambda m: m.start)
    return [money for money in found if whole_if_vnd(money)]


def _anchored(text: str, match: re.Match[str], taken: Claims) -> list[Money]:
    """The amount that ``match`` of :data:`ANCHOR` ends at its currency word, and the figures of a range, pair or
    list joined before it; none where the match is no amount."""
    if taken.overlaps(match.start(), match.end()):
        return []
    if _HEAD_OF_NEXT_ROW.match(text, match.end("amount")):
        return []  # "7.200\nĐồng Tháp  7.150", "25,450.00\nSGD 18,200.00": the next row's head, not this currency
    currency = currency_code(match.group("currency"))
    # Figures before the amount that ends at the currency word are left to the bare amounts.
    parts = falling_figures(match.group("amount"), match.start("amount"), from_end=True)
    start = parts[0][0]
    value = sum((number * multiplier_value(mult) for _, _, number, mult in parts), Decimal(0))
    if len(parts) == 1 and parts[0][3] is None and SINGLE_ENGLISH_GROUP.fullmatch(text, start, parts[0][1]):
        # "3,500 đồng/kg", "458,000$", "65,000 Mỹ kim": with no scale word, three decimals would be a
        # thousandth of a đồng or a tenth of a cent; the comma groups thousands
        value = parse_number(text[start : parts[0][1]], english=True)
    grouped = _space_grouped(text, start, match.group("amount"), taken)
    split = _split_decimal(text, start, parts, taken) if grouped is None else None
    if grouped is not None:
        start, value = grouped
    elif split is not None:
        start, value = split
    elif text.startswith("000", start):
        return []  # "1. 000.000.000 vnđ", "15. 000đồng": the tail of a figure a stray blank cut, no amount
    if value < 1000 and _DONG_WORD_AFTER.match(text, match.end()) and match.group("currency").lower() == "đồng":
        return []  # "2 đồng bằng lớn", "25 đồng ý": a word, not đồng; "500.000 đồng bằng tiền mặt" is money
    anchor = Money(start, match.end(), exact(value), currency, qualifier_before(text, start))
    return [anchor, *_chained(anchor, _joined_before(text, start, parts[0][2], parts[-1][3], currency, taken))]


def _space_grouped(text: str, start: int, amount: str, taken: Claims) -> tuple[int, Decimal] | None:
    """The start and value of an amount whose thousands are grouped by spaces, when the anchor read only its
    last group ("000₫" of "1 500 000₫"): that group is three bare digits, and groups stand before it."""
    if not _THREE_DIGITS.fullmatch(amount.strip()):
        return None
    before = _SPACE_GROUPS_BEFORE.search(text, max(0, start - 24), start)
    if before is None or taken.overlaps(before.start(), start):
        return None
    digits = re.sub(r"\D", "", text[before.start() : start]) + amount.strip()
    return before.start(), Decimal(digits)


def _split_decimal(text: str, start: int, parts: list[tuple[int, int, Decimal, str | None]], taken: Claims
                   ) -> tuple[int, Decimal] | None:
    """The start and value of an amount whose decimal comma a stray blank parted from its decimal ("71, 4 tỉ
    đồng" is 71,4 tỉ), when the anchor read only the digit after the blank: one digit with a scale word, after
    ", " and two or three digits that end no larger figure and follow no word of a date ("ngày 15, 4 tỷ"). Not
    one digit after one: "5, 6 triệu đồng" is five or six million."""
    if len(parts) != 1 or parts[0][3] is None or text[start - 2 : start] != ", ":
        return None
    number, mult = parts[0][2], parts[0][3]
    if not (number < 10 and number == int(number) and text[start + 1 : start + 2] in (" ", "\xa0")):
        return None  # one digit alone: "4 tỉ", not "4,5 tỉ" nor "45 tỉ"
    whole_start = whole_end = start - 2
    while whole_start > 0 and text[whole_start - 1].isdigit():
        whole_start -= 1
    if not 2 <= whole_end - whole_start <= 3 or whole_start > 0 and text[whole_start - 1] in ".,/":
        return None
    if taken.overlaps(whole_start, start) or _DATE_WORD_BEFORE.search(text, max(0, whole_start - 12), whole_start):
        return None
    return whole_start, Decimal(f"{text[whole_start:whole_end]}.{number}") * multiplier_value(mult)


def whole_if_vnd(money: Money) -> bool:
    """VND has no fractions: "0,1 đồng" is no amount."""
    return money.currency != "VND" or isinstance(money.value, int)


@lru_cache(maxsize=1024)
def currency_code(word: str) -> str:
    """``"đồng"`` → VND, ``"đô la Mỹ"`` → USD, ``"Euro"`` → EUR."""
    for pattern, code in _CURRENCY_CODES:
        if pattern.match(word):
            return code
    raise ValueError(f"not a currency word: {word!r}")


def qualifier_before(text: str, start: int) -> str | None:
    """``approx``, ``over`` or ``under`` from the word right before an amount ("khoảng", "hơn")."""
    match = _QUALIFIER.search(text, max(0, start - 16), start)
    return match.lastgroup if match else None


def _chained(anchor: Money, elements: list[Money]) -> list[Money]:
    """``elements`` (read right to left from ``anchor``), each leaning on the one after it."""
    previous = anchor
    for element in elements:
        element.leans_on = previous
        previous = element
    return elements


def _joined_before(
    text: str, start: int, first_number: Decimal, shared_mult: str | None, currency: str, taken: Claims
) -> list[Money]:
    """Elements of a range, pair or list that end right before the amount at ``start``."""
    out: list[Money] = []
    upper = first_number * multiplier_value(shared_mult)
    while _JOINT_BEFORE.search(text, max(0, start - 16), start):
        match = _JOINED_BEFORE.search(text, max(0, start - 48), start)
        if not match or taken.overlaps(match.start(), match.end("element")):
            return out
        number_text, mult, joint = match.group("number"), match.group("mult"), match.group("joint")
        if YEAR.fullmatch(number_text) or _DATE_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return out
        if _CODE_BEFORE.search(text, max(0, match.start() - 8), match.start()) or _NAME_HYPHEN_BEFORE.search(
                text, max(0, match.start() - 2), match.start()):
            # "lúa OM 5451 và 6.100 - 6.300 đồng/kg": a variety's code; "COVID-19 và 5 tỷ đồng": a name's number
            return out
        # A comma joins a list only where it cannot be a decimal or a pause before a new figure.
        if joint == "," and not (mult or "." in number_text):
            return out
        number = parse_number(number_text)
        if mult:
            value = number * multiplier_value(mult)
        elif number * multiplier_value(shared_mult) <= upper or joint in (",", "và", "hoặc", "/"):
            value = number * multiplier_value(shared_mult)
        else:
            value = number
        element_end = match.end("element")
        out.append(Money(match.start(), element_end, exact(value), currency, qualifier_before(text, match.start())))
        start = match.start()
        upper = value
    return out


def _bare_amounts(text: str, anchors: list[Money], taken: Claims) -> list[Money]:
    """Amounts in triệu or tỷ without a currency word that the context makes money."""
    out = []
    anchors = sorted(anchors, key=lambda m: m.start)
    anchor_starts = [m.start for m in anchors]
    clues = None
    position = 0
    while match := BARE.search(text, position):
        start, end = match.start(), match.end()
        parts = falling_figures(match.group("amount"), start)
        end = parts[-1][1]  # "30 tỷ 30 tỷ" is two amounts: the next starts where this one ends
        position = end
        if taken.overlaps(start, end):
            continue
        if _CODE_AFTER.match(text, end):
            continue  # "81,2 triệu SDR": a currency the extractor does not know, no đồng
        cash = _CASH_AFTER.match(text, end)  # "tặng 300 nghìn tiền mặt"
        if not cash:
            kind, _ = classify_after(text[end : end + 40])
            if kind != "other":
                continue  # "2,37 triệu lượt khách" is a count, "2 tỷ m3" a measure
        scale = multiplier_value(parts[0][3])
        currency = (_currency_later_in_clause(text, end, anchors, anchor_starts, scale)
                    or _foreign_currency_before(text, start, anchors, anchor_starts, scale))
        if currency and _counted_shortly_before(text, start):
            currency = None  # "lượt khách đạt 2 triệu, doanh thu 5 tỷ đồng"
        # A rate without its currency word ("giá 30 triệu/m2", "25 nghìn/kg") is money all the same,
        # and so is an amount in cash or one whose clause pays it ("mỗi hộ được hỗ trợ 5 triệu").
        rate = _PER_UNIT.match(text, end)
        if currency is None and not rate and not cash:
            if scale < 10**9:
                if not _paid_shortly_before(text, start):
                    continue
            else:
                clues = clues or _CluesOfClauses(text)
                if clues.counted_before(start):
                    continue
        value = sum((number * multiplier_value(mult) for _, _, number, mult in parts), Decimal(0))
        found = [Money(start, end, exact(value), currency or "VND", qualifier_before(text, start))]
        found += _chained(found[0], _joined_before(text, start, parts[0][2], parts[-1][3], currency or "VND", taken))
        for money in found:
            taken.add(money.start, money.end)
        out += found
    return out


# Words that make a bare "2 tỷ" a number of things rather than đồng when they stand before it in
# its clause ("số lượt xem đạt 2 tỷ", "sản lượng điện 2 tỷ kWh"), unless a money word does too.
_COUNTED_CUE = re.compile(
    r"(?<![^\W\d_])(?:lượt|người|dân số|số lượng|sản lượng|lưu lượng|khách|con|cây|tấn|lít|sản phẩm|"
    r"lao động|truy cập|lượt xem|thuê bao|tin nhắn|cuộc gọi|liều|viên|chiếc|bao|hộp)(?![^\W\d_])",
    re.IGNORECASE,
)
_MONEY_CUE = re.compile(
    r"(?<![^\W\d_])(?:tiền|vốn|kinh phí|ngân sách|doanh thu|giá trị|trị giá|trúng|thưởng|đầu tư|nộp|"
    r"thu(?! hút| hoạch| gom| nhận| thập| hẹp)|chi(?! bộ| nhánh| hội| cục| đoàn| tiết)|tặng|trao|vay|"
    r"lãi|lỗ|nợ|tài trợ|hỗ trợ|giải ngân|tổng mức|mức|giá|phí|thuế|lương|quỹ|xổ số|số xố|sổ xố)(?![^\W\d_])",
    re.IGNORECASE,
)
# A currency's code after a bare amount, one no currency pattern knows ("SDR", "XDR").
_CODE_AFTER = re.compile(r"[ \t]*+[A-Z]{3}(?![^\W\d_])")
# Cash after a bare amount makes it money: "300 nghìn tiền mặt", "2 triệu tiền thưởng".
_CASH_AFTER = re.compile(r"[ \t\xa0]{1,2}tiền(?![^\W\d_])", re.IGNORECASE)


def _clause_before(text: str, start: int, span: int) -> int:
    """Where the clause of ``start`` begins, ``span`` characters back at most."""
    left = max(0, start - span)
    last = None
    for found in _CLAUSE_BREAK.finditer(text, left, start):
        last = found
    return last.end() if last else left


def _paid_shortly_before(text: str, start: int) -> bool:
    """A money word shortly before ``start`` in its clause, and no counting word after it
    ("mỗi hộ được hỗ trợ 5 triệu", but not "hỗ trợ lượt khách 2 triệu")."""
    left = _clause_before(text, start, 60)
    last = None
    for found in _MONEY_CUE.finditer(text, left, start):
        last = found
    return last is not None and not _COUNTED_CUE.search(text, last.end(), start)


def _counted_shortly_before(text: str, start: int) -> bool:
    """A counting word, and no money word, before ``start`` in its clause (80 characters at most)."""
    left = _clause_before(text, start, 80)
    return bool(_COUNTED_CUE.search(text, left, start)) and not _MONEY_CUE.search(text, left, start)


class _CluesOfClauses:
    """Where clauses break and where counting and money words stand, found once per text: a page of
    bare amounts then costs a lookup per amount, not three searches."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
        self.counted = [(m.start(), m.end()) for m in _COUNTED_CUE.finditer(text)]
        self.money = [(m.start(), m.end()) for m in _MONEY_CUE.finditer(text)]

    def counted_before(self, start: int) -> bool:
        """A counting word, and no money word, before ``start`` in its clause (80 characters at most)."""
        i = bisect.bisect_right(self.breaks, start) - 1
        clause_start = max(start - 80, self.breaks[i] if i >= 0 else 0)
        return self._within(self.counted, clause_start, start) and not self._within(self.money, clause_start, start)

    @staticmethod
    def _within(spans: list[tuple[int, int]], left: int, right: int) -> bool:
        i = bisect.bisect_left(spans, (left, left))
        return i < len(spans) and spans[i][1] <= right


def _currency_later_in_clause(
    text: str, end: int, anchors: list[Money], anchor_starts: list[int], scale: int
) -> str | None:
    """The currency of the amount a bare one is listed with ("Cao Bằng 30 tỷ, Bắc Ninh 30 tỷ đồng").

    Never across a conversion ("2.000 tỷ, tương đương 85 triệu USD", "300 tỷ (khoảng 12,7 triệu
    USD)"): the later amount is the same money in another currency. And an amount in tỷ takes no
    currency whose tỷ would be an absurd sum (2.000 tỷ USD) from another amount: only its own word
    can make it so.
    """
    i = bisect.bisect_left(anchor_starts, end)
    if i == len(anchors):
        return None
    anchor = anchors[i]
    if anchor.start - end > 120 or _CLAUSE_BREAK.search(text, end, anchor.start):
        return None
    if _CONVERSION.search(text, end, anchor.start):
        return None
    if scale >= 10**9 and anchor.currency not in SMALL_UNIT_CURRENCIES:
        return None
    return anchor.currency


_SENTENCE_BREAK = re.compile(r"[\n!?]|\.\s")
_MULTIPLIER = re.compile(MULTIPLIER_PATTERN, re.IGNORECASE)
_REACH_BACK = 160


def _foreign_currency_before(
    text: str, start: int, anchors: list[Money], anchor_starts: list[int], scale: int
) -> str | None:
    """The foreign currency of an amount of the same scale shortly before a bare one in its sentence, which
    the writer did not say again: "xuất khẩu 1,2 tỷ USD, nhập khẩu 0,9 tỷ", "đạt 500 triệu USD, tăng 20 triệu
    so với cùng kỳ". Not from a conversion ("(khoảng 12,7 triệu USD)")."""
    i = bisect.bisect_left(anchor_starts, start) - 1
    if i < 0:
        return None
    anchor = anchors[i]
    if anchor.currency == "VND" or start - anchor.end > _REACH_BACK or _SENTENCE_BREAK.search(text, anchor.end, start):
        return None
    written = _MULTIPLIER.search(text, anchor.start, anchor.end)
    if written is None or multiplier_value(written.group()) != scale:
        return None
    if _CONVERSION.search(text, max(0, anchor.start - 24), anchor.start):
        return None
    if _COUNTED_CUE.search(text, anchor.end, start) and not _MONEY_CUE.search(text, anchor.end, start):
        return None  # "doanh thu 350 triệu USD, dân số 2 triệu": a number of people between
    return anchor.currency


# Between two amounts, words that make the second a conversion of the first, not a list.
_CONVERSION = re.compile(
    r"(?<![^\W\d_])(?:tương đương|tương ứng|quy đổi|qui đổi|tức là|tức|khoảng|xấp xỉ|ước tính|ước|"
    r"chừng|bằng|hay|hoặc)(?![^\W\d_])|[(\[≈~=]"
)
