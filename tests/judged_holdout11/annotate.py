"""Gold for tests/judged_holdout11, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout11/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below. Values are computed with Decimal from the number as written and the multiplier
read for it, so no figure is multiplied by hand; a total's `parts` state ("adds up", "less",
"more") is computed from its parts the same way. Every gold `text` is checked to be found in its
document in list order, on number and word boundaries, as tests/judged_texts/score_parts.py
places it (the scorer's function is loaded, not copied); a text that cannot be placed stops the
script. Every `ignore` text is checked to occur.

Readings: M(...) money, W(...) money in words, C(...) count, L(...) legal_ref. `tag="T"` names a
total (or a figure that an amount in words restates), `part="T"` makes an entry a part of it,
`restates="T"` makes an amount in words restate it (the names become list indexes in the gold);
`opener` says how the breakdown is written. Conventions for the number: 'vn' ('.' groups
thousands, ',' decimal) and 'pt_en' (',' groups thousands, '.' decimal, the English way).
"""

import importlib.util
import json
import pathlib
import re
from decimal import Decimal

HERE = pathlib.Path(__file__).parent

# The placing rule of the parts scorer, reused rather than copied.
_spec = importlib.util.spec_from_file_location("score_parts", HERE.parent / "judged_texts" / "score_parts.py")
assert _spec and _spec.loader
score_parts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_parts)

NGHIN, TRIEU, TY = 10**3, 10**6, 10**9
NGHIN_TY = 10**12
NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def number(text, conv):
    """The first number written in `text`, read with the given convention."""
    token = NUMBER.search(text).group(0)
    if conv == "vn":
        token = token.replace(".", "").replace(",", ".")
    elif conv == "pt_en":
        token = token.replace(",", "")
    return Decimal(token)


def M(
    text, mult=1, cur="VND", shape="plain", q=None, per=None, conv="vn", tag=None, part=None, opener=None, restates=None
):
    """A money fact: the first number in `text` times `mult`, in `cur` (or `value` given for words)."""
    value = number(text, conv) * Decimal(mult)
    return _money(text, value, cur, shape, q, per, tag, part, opener, restates)


def _money(text, value, cur, shape, q, per, tag, part, opener, restates):
    if cur == "VND":
        assert value == value.to_integral_value(), (text, value)
    value = int(value) if value == value.to_integral_value() else float(value)
    e = {"text": text, "value": value, "currency": cur}
    if q:
        e["qualifier"] = q
    if per:
        e["per"] = per
    if restates:
        e["_restates"] = restates
    return _links(e, shape, tag, part, opener)


def C(text, unit, mult=1, shape="plain", q=None, tag=None, part=None, opener=None):
    """A count: the first number in `text` (times `mult`) of `unit`."""
    value = number(text, "vn") * Decimal(mult)
    assert value == value.to_integral_value(), (text, value)
    e = {"text": text, "value": int(value), "unit": unit}
    if q:
        e["qualifier"] = q
    return _links(e, shape, tag, part, opener)


def L(text, code, doc_type, date=None):
    """A legal reference."""
    return {"text": text, "code": code, "doc_type": doc_type, "date": date}


def _links(e, shape, tag, part, opener):
    e["shape"] = shape
    if tag:
        e["_tag"] = tag
        e["opener"] = opener
    if part:
        e["_part"] = part
    return e


def cells(line, mult, cur="VND", conv="vn", tags=None, parts=None, opener=None, per=None):
    """The money cells of one table row, one per whitespace-separated figure, in the table's unit.

    `tags` and `parts` give, column by column, the total each cell is (a name or None) and the
    total it is a part of (a name or None).
    """
    out = []
    for i, tok in enumerate(line.split()):
        tag = tags[i] if tags else None
        part = parts[i] if parts else None
        out.append(M(tok, mult, cur, shape="table", conv=conv, per=per, tag=tag, part=part, opener=opener))
    return out


G = {}  # id -> {"money": [...], "counts": [...], "legal_refs": [...]}
IGN = {}  # id -> {"money": [...], "counts": [...], "legal_refs": [...]}
D = []  # doubtful: (id, text, why)


def doubt(doc, kind, entry, why):
    IGN.setdefault(doc, {}).setdefault(kind, []).append(entry)
    D.append((doc, entry["text"], why))


def doubt_money(doc, text, value, why, cur="VND"):
    doubt(doc, "money", {"text": text, "value": value, "currency": cur}, why)


def V(text, value, cur="VND", shape="plain", q=None, per=None, tag=None, part=None, opener=None):
    """A money fact whose value is read by hand (a compound such as "2.124 tỷ 541 triệu đồng")."""
    return _money(text, Decimal(value), cur, shape, q, per, tag, part, opener, None)


def W(text, value, cur="VND", q=None, restates=None, tag=None, part=None):
    """An amount written in words ("chín trăm triệu đồng"), its value read by hand."""
    return _money(text, Decimal(value), cur, "words", q, None, tag, part, None, restates)


def R(text, mult=1, cur="VND", per=None, q=None, shape="rate"):
    """A rate ("… đồng/kg")."""
    return M(text, mult, cur, shape=shape, per=per, q=q)


def doubt_count(doc, text, value, unit, why):
    doubt(doc, "counts", {"text": text, "value": value, "unit": unit}, why)


# ---------------------------------------------------------------------------------------------
# Readings. T = a cell of a table whose unit is stated once above it (shape "table").
T = dict(shape="table")
US = dict(cur="USD", conv="pt_en")

# u01: a parish's letter: a list of costs, one a line, each with "VND", then the total of the list
# ("Tổng ngói và công lợp mái nhà thờ", opener after), restated in words in brackets.
G["u01"] = {
    "money": [
        M("60.000.000 VND", part="T"),
        M("414.000.000 VND", part="T"),
        M("130.000.000 VND", part="T"),
        M("604.000.000 VND", tag="T", opener="after"),
        W("sáu trăm lẻ 4 triệu đồng", 604000000, restates="T"),
    ]
}

# u02: entrance fees per person per visit; card kinds counted.
G["u02"] = {
    "money": [
        R("30.000 đồng/người/lượt", per="người/lượt"),
        R("10.000 đồng/người/lượt", per="người/lượt"),
        R("5.000 đồng/người/lượt", per="người/lượt"),
    ],
    "counts": [C("6 loại thẻ", "loại")],
}

# u03: FDI of ten months: "hơn 28 tỷ USD"; the three provinces that drew the most are parts of it
# (opener "trong đó", state less). "Gần 14 tỷ" in the title has no currency word: doubtful.
G["u03"] = {
    "money": [
        M("28 tỷ USD", TY, "USD", q="over", tag="F", opener="trong đó"),
        M("5,03 tỷ USD", TY, "USD", part="F"),
        M("3,19 tỷ USD", TY, "USD", part="F"),
        M("3,16 tỷ USD", TY, "USD", part="F"),
    ],
    "counts": [C("59 tỉnh", "tỉnh")],
}
doubt_money("u03", "Gần 14 tỷ", 14 * TY, "a title's amount with no currency word ('Gần 14 tỷ vốn FDI')", cur="USD")

# u04: a province's allocation: "hơn 1,4 ngàn tỷ đồng" (ngàn tỷ = 10^12), "Trong đó" 70 tỷ (split
# into 50 and 10 tỷ, the rest a reserve), and, the next paragraph, "hơn 1,3 ngàn tỷ" split into
# 1.224, 12 and 100 tỷ (these come to more than 1,3 ngàn tỷ: the total is written "hơn").
G["u04"] = {
    "money": [
        M("1,4 ngàn tỷ đồng", NGHIN_TY, q="over", tag="A", opener="trong đó"),
        M("70 tỷ đồng", TY, part="A", tag="B", opener="list"),
        M("50 tỷ đồng", TY, part="B"),
        M("10 tỷ đồng", TY, part="B"),
        M("1,3 ngàn tỷ đồng", NGHIN_TY, q="over", part="A", tag="C", opener="list"),
        M("1.224 tỷ đồng", TY, part="C"),
        M("12 tỷ đồng", TY, part="C"),
        M("100 tỷ đồng", TY, part="C"),
    ],
    "counts": [C("5 trạm y tế", "trạm y tế")],
}

# u05: a power company's donation: "Hơn 360 triệu đồng" in the title; "Cụ thể" two parts in the
# body, each "hơn" (they come to 361, more than 360 as written). "hàng trăm triệu đồng" is vague.
G["u05"] = {
    "money": [
        M("360 triệu đồng", TRIEU, q="over", tag="D", opener="cụ thể"),
        M("320 triệu đồng", TRIEU, q="over", part="D"),
        M("41 triệu đồng", TRIEU, q="over", part="D"),
    ]
}
doubt_money("u05", "hàng trăm triệu đồng", 100 * TRIEU, "a vague amount ('hàng trăm triệu')")

# u06: a resort's surcharges per child per night; "400,000 VND" has a single comma, which the spec
# reads as a decimal mark (400 đồng): doubtful.
G["u06"] = {
    "money": [
        R("200.000 VNĐ/bé/ đêm", per="bé/đêm"),
        R("400.000 VNĐ/ bé/ đêm", per="bé/đêm"),
    ],
    "counts": [C("02 trẻ em", "trẻ em"), C("1 giường phụ", "giường phụ")],
}
doubt_money(
    "u06", "400,000 VND", 400000, "a single comma, a decimal mark by the spec's rule, a thousands mark by the sense"
)

# u07: a parish in the United States: monthly and lump gifts in dollars; "mười ngàn", "ba ngàn"
# without a currency word are doubtful.
G["u07"] = {"money": [M("$500", **US), M("$30,000", **US), M("$10,000", **US)]}
doubt_money("u07", "mười ngàn", 10000, "an amount in words with no currency word", cur="USD")
doubt_money("u07", "ba ngàn", 3000, "an amount in words with no currency word", cur="USD")

# u08: an English teacher's fees per lesson ("đồng/buổi"), two with a multiplier word; the number
# of lessons a week is a ratio more than a count (doubtful).
G["u08"] = {
    "money": [
        R("300.000 đồng/buổi", per="buổi"),
        R("250.000 đồng/buổi", per="buổi"),
        R("200.000 đồng/buổi", per="buổi"),
        R("150.000 đồng/buổi", per="buổi"),
        R("150 nghìn đồng/buổi", NGHIN, per="buổi"),
        R("100 ngàn đồng/buổi", NGHIN, per="buổi"),
    ],
    "counts": [C("4 kỹ năng", "kỹ năng")],
}
doubt_count("u08", "2 buổi", 2, "buổi", "lessons a week: a frequency more than a count")
doubt_count("u08", "1 buổi", 1, "buổi", "one more lesson a week: a frequency more than a count")

# u09: a city's allowance resolution: coefficients of the base wage (not money); two resolutions,
# the second with its date after it.
G["u09"] = {
    "legal_refs": [
        L("Nghị quyết số 09/2019/NQ-HĐND", "09/2019/NQ-HĐND", "Nghị quyết"),
        L("Nghị quyết số 08/2013/NQ-HĐND", "08/2013/NQ-HĐND", "Nghị quyết", "2013-07-17"),
    ]
}

# u10: a school's fee table under "Đơn vị tính: Đồng", one cell a line; the column heads "Số
# tiền/1 tiết (Đồng)" and "Số tiền/ tháng (Đồng)" make the cells rates per lesson and per month.
# Two cells are written with a space inside ("14. 000", "15. 000đồng/ bữa"): doubtful; the base
# wage inside a formula is doubtful too.
G["u10"] = {
    "money": [
        M("4.000", per="tiết", **T),
        M("32.000", per="tháng", **T),
        M("56.000", per="tháng", **T),
        M("25.000", per="tiết", **T),
        M("143.000", per="tháng", **T),
        M("8.000", per="tháng", **T),
        R("40.950 đồng/ tháng", per="tháng"),
    ]
}
doubt_money("u10", "14. 000", 14000, "a cell written with a space inside the number")
doubt_money("u10", "15. 000đồng/ bữa", 15000, "a cell written with a space inside the number")
doubt_money("u10", "1.300.000", 1300000, "the base wage inside a formula in a cell")

# u11: a business club abroad: one amount.
G["u11"] = {"money": [M("430 triệu đồng", TRIEU)]}

# u12: a family fund's history: its first capital.
G["u12"] = {"money": [M("20 triệu đồng", TRIEU)]}

# u13: wedding costs as ranges, each range two facts sharing the multiplier; the three ceremonies
# counted. The ranges are not linked as parts (a range of parts against a range of totals).
G["u13"] = {
    "money": [
        M("200", TRIEU),
        M("600 triệu đồng", TRIEU),
        M("3 - 5 triệu đồng", TRIEU, q="approx"),  # the lower end: "3" alone would be placed at "3 lễ"
        M("5 triệu đồng", TRIEU, q="approx"),
        M("50", TRIEU),
        M("70 triệu đồng", TRIEU),
        M("100", TRIEU),
        M("500 triệu đồng", TRIEU),
    ],
    "counts": [C("3 lễ", "lễ"), C("7 mục", "mục"), C("3 lễ", "lễ")],
}

# u14: a studio's wedding budget list: amounts with "đ", a range "từ ... đến", a floor "trở lên".
G["u14"] = {
    "money": [
        M("500.000đ", q="approx"),
        M("1.200.000đ"),
        M("1.500.000đ"),
        M("2.000.000đ", q="over"),
    ]
}

# u15: an agent's refund fees in dollars, sixteen amounts in two sentences.
G["u15"] = {
    "money": [
        M(x, 1, "USD") for x in ["75 USD", "100 USD", "150 USD", "250 USD", "75 USD", "100 USD", "75 USD", "100 USD"]
    ]
    + [M(x, 1, "USD") for x in ["100 USD", "150 USD", "250 USD", "250 USD", "100 USD", "150 USD", "100 USD", "150 USD"]]
}

# u16: a tour's inclusions: surcharges and tips per guest (one in dollars); meals and dishes
# counted; nights are a duration; a bottle is a container (doubtful).
G["u16"] = {
    "money": [
        R("250.000đ/khách", per="khách"),
        R("50.000đ/khách/ngày", per="khách/ngày", q="over"),
        R("3 USD/khách/ngày", cur="USD", per="khách/ngày"),
    ],
    "counts": [
        C("05 bữa ăn", "bữa ăn"),
        C("3", "món"),
        C("4 món", "món"),
        C("02 món", "món"),
        C("02 bữa sáng", "bữa sáng"),
    ],
}
doubt_count("u16", "01 chai", 1, "chai", "a container of water a day")

# u17: a tour price per guest, insurance per case; "850,000VNĐ" has a single comma (doubtful).
G["u17"] = {
    "money": [
        R("3.490.000đ/khách", per="khách"),
        R("30.000.000vnđ/vụ", per="vụ"),
    ],
    "counts": [C("20 khách", "khách"), C("1 trẻ em", "trẻ em"), C("1 vé", "vé")],
}
doubt_money("u17", "850,000VNĐ", 850000, "a single comma, a decimal mark by the spec's rule")

# u18: a tour's terms: meal rate, insurance ceiling; "195k/xuất" has no currency word (doubtful).
G["u18"] = {
    "money": [
        R("120.000 đồng/bữa", per="bữa"),
        R("20.000.000 đồng/trường hợp", per="trường hợp", q="under"),
    ],
    "counts": [C("1 trẻ em", "trẻ em"), C("1 trẻ em", "trẻ em")],
}
doubt_money("u18", "195k", 195000, "'k' for thousand with no currency word")

# u19: a resort's child and extra-bed surcharges per night (one glued to the word before it).
G["u19"] = {
    "money": [
        R("1.500.000vnd/giường/đêm", per="giường/đêm"),
        R("220.000vnd/trẻ/đêm", per="trẻ/đêm"),
        R("920.000 vnđ/trẻ/đêm", per="trẻ/đêm"),
    ],
    "counts": [C("03 bữa", "bữa"), C("03 bữa", "bữa")],
}
doubt_count("u19", "03 người lớn", 3, "người lớn", "a room's capacity ('03 người lớn 01 phòng'), a ratio")

# u20: a survey of manufacturers: firms and provinces counted; a pair "5.663/6.500".
G["u20"] = {
    "counts": [
        C("6.500 doanh nghiệp", "doanh nghiệp"),
        C("63 tỉnh", "tỉnh"),
        C("5.663", "doanh nghiệp"),
        C("6.500 doanh nghiệp", "doanh nghiệp"),
    ]
}

# u21: a temple's New Year gifts by district (nine counts, their total not written), each gift's
# value, the total value.
G["u21"] = {
    "money": [M("400.000 đồng", shape="each"), M("235 triệu đồng", TRIEU)],
    "counts": [C(f"{n} phần", "phần") for n in (48, 55, 46, 45, 40, 35, 84, 47, 100)],
}

# u22: a temple's charity: each gift, three gifts to bodies, then "Tổng kinh phí ... gần 500 triệu"
# (opener after; the gifts themselves are not valued, so the parts come to less).
G["u22"] = {
    "money": [
        M("500 nghìn đồng", NGHIN, shape="each"),
        M("50 triệu đồng", TRIEU, part="S"),
        M("20 triệu đồng", TRIEU, part="S"),
        M("10 triệu đồng", TRIEU, part="S"),
        M("500 triệu đồng", TRIEU, q="approx", tag="S", opener="after"),
    ]
}

# u23: a temple's gifts: each worth 350 ngàn "gồm" goods and an envelope of 100 ngàn (a part of
# it, state less); the total.
G["u23"] = {
    "money": [
        M("350 ngàn đồng", NGHIN, shape="each", tag="P", opener="gồm"),
        M("100 ngàn đồng", NGHIN, part="P"),
        M("105 triệu đồng", TRIEU),
    ],
    "counts": [C("300 phần quà", "phần quà")],
}

# u24: two temples' gifts: count and value of each; "1 thùng mì" is a container (doubtful).
G["u24"] = {
    "money": [M("200 nghìn đồng", NGHIN, shape="each")],
    "counts": [C("500 phần quà", "phần quà")],
}
doubt_count("u24", "1 thùng", 1, "thùng", "a container inside a gift")

# u25: a Californian fund-raiser in dollars; "3,440 gia đình" and "1,000 em" have a single comma
# (a decimal mark by the spec's rule): doubtful.
G["u25"] = {
    "money": [
        M("$619,000", q="over", **US),
        M("$619,000", q="over", **US),
        M("$619,632.34", **US),
        M("$100,000", **US),
    ],
    "counts": [C("10 địa điểm", "địa điểm")],
}
doubt_count("u25", "3,440 gia đình", 3440, "gia đình", "a single comma in a count")
doubt_count("u25", "1,000 em", 1000, "em", "a single comma in a count")

# u26: a temple's scholarships: 34 "suất" split by school level after it (adds up); each worth
# 400.000đ, the total. Notebooks counted with a classifier: doubtful.
G["u26"] = {
    "money": [M("400.000đ", shape="each"), M("13.600.000 đồng")],
    "counts": [
        C("34 suất", "suất", tag="K", opener="colon"),
        C("14 suất", "suất", part="K"),
        C("16 suất", "suất", part="K"),
        C("4 suất", "suất", part="K"),
    ],
}
doubt_count("u26", "10 quyển vở", 10, "quyển vở", "notebooks inside each scholarship")

# u27: scholarships for minority pupils: each "3 triệu đồng/năm học (trong đó kỳ I ... 1 triệu
# đồng và kỳ II ... 2 triệu đồng)": the two terms are parts of the yearly rate (adds up).
G["u27"] = {
    "money": [
        R("3 triệu đồng/năm học", TRIEU, per="năm học"),
        M("1 triệu đồng", TRIEU, part="Y"),
        M("2 triệu đồng", TRIEU, part="Y"),
    ],
    "counts": [C("20 em", "em")],
}
G["u27"]["money"][0].update({"_tag": "Y", "opener": "trong đó"})

# u28: the same fund in another province: ten pupils "bao gồm" two peoples (adds up); a yearly
# rate and a quarterly one ("mỗi quý 1 triệu đồng").
G["u28"] = {
    "money": [
        R("3 triệu đồng/năm học", TRIEU, per="năm học"),
        R("1 triệu đồng", TRIEU, per="quý"),
    ],
    "counts": [
        C("10 Em", "em", tag="E", opener="bao gồm"),
        C("4 em", "em", part="E"),
        C("6 em", "em", part="E"),
    ],
}

# u29: a diocese's thank-you letter: the total in digits restated in words; two transfers (one
# from another fund, so not linked); parishes counted.
G["u29"] = {
    "money": [
        M("1.002.000.000 VND", tag="W"),
        W("một tỷ không trăm lẻ hai triệu đồng", 1002000000, restates="W"),
        M("1 tỷ đồng", TY),
        M("200 triệu đồng", TRIEU),
    ],
    "counts": [C("51 giáo xứ", "giáo xứ")],
}

# u30: offerings to two retreats: an envelope of 30 triệu among goods, the total after ("tổng số
# tịnh tài ... khoảng 50 triệu", state less). Sacks and cartons are containers (doubtful).
G["u30"] = {
    "money": [
        M("30 triệu vnđ", TRIEU, part="X"),
        M("50 triệu vnđ", TRIEU, q="approx", tag="X", opener="after"),
    ]
}
doubt_count("u30", "15 bao", 15, "bao", "sacks of rice, containers")
doubt_count("u30", "40 thùng", 40, "thùng", "cartons of noodles, containers")

# u31: offerings to retreats in five provinces: the total, the amount at each place, one extra.
G["u31"] = {
    "money": [
        M("180 triệu đồng", TRIEU, q="over"),
        M("12 triệu đồng", TRIEU, shape="each"),
        M("10 triệu đồng", TRIEU),
    ],
    "counts": [C("10 Hạ trường", "hạ trường"), C("5 tỉnh", "tỉnh")],
}
doubt_count("u31", "3 biến", 3, "biến", "recitations of a mantra")

# u32: a cooperative's founding (the agriculture ministry's site): charter capital, unit share,
# ceiling, members' capital "trong đó" the lowest and highest share (not parts); bodies, groups
# and services counted.
G["u32"] = {
    "money": [
        M("01 tỷ đồng", TY),
        M("1.000.000 đồng"),
        M("1.000.000 đồng"),
        M("200 triệu đồng", TRIEU, q="under"),
        M("500 triệu đồng", TRIEU, q="approx"),
        M("01 triệu đồng", TRIEU),
        M("05 triệu đồng", TRIEU),
    ],
    "counts": [
        C("02 bộ máy", "bộ máy"),
        C("01 đơn vị", "đơn vị"),
        C("400 thành viên", "thành viên", q="over"),
        C("02 nhóm", "nhóm"),
        C("11 dịch vụ", "dịch vụ"),
    ],
}

# u33: a diocesan charity's houses: 15 in three provinces, the next paragraph 8 of them in one
# province (a part, state less); the average cost of each.
G["u33"] = {
    "money": [M("30.000.000đ", shape="each")],
    "counts": [
        C("15 căn nhà", "căn nhà", tag="H", opener="next paragraph"),
        C("3 tỉnh", "tỉnh"),
        C("8 căn nhà", "căn nhà", part="H"),
    ],
}

# u34: farm exports of nine months: the title's 29,54 tỷ USD; by group (crops, seafood, forest
# products, livestock: less), each group by product in brackets (less), rice... and vegetables of
# fruit and vegetables ("trong đó rau").
G["u34"] = {
    "money": [
        M("29,54 tỷ USD", TY, "USD", tag="X", opener="theo đó"),
        M("15,16 tỷ USD", TY, "USD", part="X", tag="N", opener="bracket"),
        M("2,5 tỷ USD", TY, "USD", part="N"),
        M("3,07 tỷ USD", TY, "USD", part="N", tag="RQ", opener="trong đó"),
        M("473 triệu USD", TRIEU, "USD", part="RQ"),
        M("523 triệu USD", TRIEU, "USD", part="N"),
        M("6,395 tỷ USD", TY, "USD", part="X", tag="TS", opener="bracket"),
        M("1,61 tỷ USD", TY, "USD", part="TS"),
        M("2,62 tỷ USD", TY, "USD", part="TS"),
        M("6,757 tỷ USD", TY, "USD", part="X", tag="LS", opener="bracket"),
        M("6,41 tỷ USD", TY, "USD", part="LS"),
        M("248 triệu USD", TRIEU, "USD", part="LS"),
        M("405 triệu USD", TRIEU, "USD", part="X"),
    ]
}

# u35: craft villages of the capital: 806 "trong đó" 318 recognised (less); 270 + 48 "làng" split
# the 318 but name another noun ("làng" against "làng nghề"), so are not linked.
G["u35"] = {
    "counts": [
        C("806 làng nghề", "làng nghề", tag="V", opener="trong đó"),
        C("318 làng nghề", "làng nghề", part="V"),
        C("23 quận", "quận"),
        C("270 làng", "làng"),
        C("48 làng", "làng"),
    ]
}

# u36: a parish's accounts: three sources of income, each "hơn"/"trên"; "cả chục tỉ đồng" is vague.
G["u36"] = {
    "money": [
        M("3 tỉ đồng", TY, q="over"),
        M("10 tỉ đồng", TY, q="over"),
        M("2 tỉ đồng", TY, q="over"),
    ]
}
doubt_money("u36", "chục tỉ đồng", 10 * TY, "a vague amount ('cả chục tỉ đồng')")

# u37: a parish's campaign: words without a currency word (doubtful); the building cost in "mỹ kim".
G["u37"] = {"money": [M("40 triệu mỹ kim", TRIEU, "USD", q="approx")]}
doubt_money("u37", "Ba mươi chín triệu", 39 * TRIEU, "an amount in words with no currency word", cur="USD")
doubt_money("u37", "100 triệu", 100 * TRIEU, "no currency word", cur="USD")
doubt_money("u37", "bốn chục triệu", 40 * TRIEU, "an amount in words with no currency word", cur="USD")

# u38: the same parish: "khoảng hai chục ngàn ($20,000) Mỹ kim" (the words, then the figure in
# brackets: the words restate it), then the words alone.
G["u38"] = {
    "money": [
        W("hai chục ngàn", 20000, cur="USD", q="approx", restates="Z"),
        M("$20,000", tag="Z", **US),
        W("hai chục ngàn Mỹ kim", 20000, cur="USD"),
    ]
}

# u39: an accounting software's guide: "1 triệu", "1,2 triệu" without a currency word (doubtful).
G["u39"] = {"money": [M("200.000đ")]}
doubt_money("u39", "1 triệu", TRIEU, "no currency word")
doubt_money("u39", "1,2 triệu", 1200000, "no currency word")

# u40: a wedding planner's costs: two ranges; the upper end of the second is written "1.5 triệu"
# (a dot that cannot group thousands): doubtful.
G["u40"] = {"money": [M("2", TRIEU), M("3 triệu đồng", TRIEU), M("1", TRIEU)]}
doubt_money("u40", "1.5 triệu đồng", 1500000, "'1.5' with a dot that cannot group thousands")
# u41: a Buddhist institute's relief report: gifts, houses and temples counted; the second round's
# total in digits restated in words, then the total of both rounds, restated in words too (the
# second round is a part of it, opener after, state less).
G["u41"] = {
    "money": [
        M("1.398.000.000 đồng", tag="R2", part="RR"),
        W("một tỷ, ba trăm chín mươi tám triệu đồng", 1398000000, restates="R2"),
        M("1.933.300.000 đồng", tag="RR", opener="after"),
        W("một tỷ, chín trăm ba mươi ba triệu, ba trăm ngàn đồng chẵn", 1933300000, restates="RR"),
    ],
    "counts": [C("2016 phần quà", "phần quà"), C("4 căn nhà", "căn nhà"), C("11 ngôi chùa", "ngôi chùa")],
}

# u42: a temple's thanks: a gift written "1. 000.000.000 vnđ" (a space inside the number:
# doubtful) and restated in words in brackets (the words are money in their own right); cash
# received. Metres of land are measurements.
G["u42"] = {"money": [W("Một tỷ đồng", TY), M("900.000 vnđ")]}
doubt_money("u42", "000.000.000 vnđ", TY, "a figure written with a space inside ('1. 000.000.000 vnđ')")


def resolve(entries):
    """Turn tags into list indexes and compute each total's parts state from its parts."""
    index = {e["_tag"]: i for i, e in enumerate(entries) if "_tag" in e}
    sums = {}
    for e in entries:
        if "_part" in e:
            sums[e["_part"]] = sums.get(e["_part"], Decimal(0)) + Decimal(str(e["value"]))
    out = []
    for e in entries:
        e = dict(e)
        if "_part" in e:
            e["part_of"] = index[e.pop("_part")]
        if "_restates" in e:
            e["restates"] = index[e.pop("_restates")]
            assert entries[e["restates"]]["value"] == e["value"], e  # the restated figure may stand after the words
        if "_tag" in e:
            tag = e.pop("_tag")
            if tag in sums:
                total, parts = Decimal(str(e["value"])), sums[tag]
                e["parts"] = "adds up" if parts == total else ("less" if parts < total else "more")
        shape = e.pop("shape", None)
        opener = e.pop("opener", None)
        if "parts" in e:
            e["opener"] = opener
        if shape:
            e["shape"] = shape
        out.append(e)
    return out


def main():
    records = []
    for path in sorted((HERE / "texts").glob("u*.txt")):
        doc = path.stem
        text = path.read_text(encoding="utf-8")
        g = G.get(doc, {})
        rec = {"id": doc}
        for kind in ("money", "counts", "legal_refs"):
            rec[kind] = resolve(g.get(kind, []))
            starts = score_parts.place(text, rec[kind])
            missing = [e["text"] for e, s in zip(rec[kind], starts, strict=True) if s is None]
            assert not missing, (doc, kind, missing)
        if doc in IGN:
            rec["ignore"] = {k: IGN[doc].get(k, []) for k in ("money", "counts", "legal_refs")}
            for entries in rec["ignore"].values():
                for e in entries:
                    assert e["text"] in text, (doc, e["text"])
        records.append(rec)
    assert set(G) | set(IGN) <= {r["id"] for r in records}
    (HERE / "gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    (HERE / "doubtful.tsv").write_text("".join(f"{a}\t{b}\t{c}\n" for a, b, c in D), encoding="utf-8")
    n = {k: sum(len(r[k]) for r in records) for k in ("money", "counts", "legal_refs")}
    links = {k: sum(1 for r in records for e in r[k] if "part_of" in e) for k in ("money", "counts")}
    totals = {k: sum(1 for r in records for e in r[k] if "parts" in e) for k in ("money", "counts")}
    states, shapes, openers, cur = {}, {}, {}, {}
    for r in records:
        for k in ("money", "counts"):
            for e in r[k]:
                if "parts" in e:
                    states[e["parts"]] = states.get(e["parts"], 0) + 1
                    openers[e["opener"]] = openers.get(e["opener"], 0) + 1
        for e in r["money"]:
            shapes[e["shape"]] = shapes.get(e["shape"], 0) + 1
            cur[e["currency"]] = cur.get(e["currency"], 0) + 1
    dated = sum(1 for r in records for e in r["legal_refs"] if e["date"])
    table_links = sum(1 for r in records for e in r["money"] if "part_of" in e and e["shape"] == "table")
    print(
        len(records),
        "texts",
        n,
        "part links",
        links,
        "of which table money",
        table_links,
        "totals",
        totals,
        states,
        "openers",
        openers,
        "money shapes",
        shapes,
        "currencies",
        cur,
        "dated refs",
        dated,
        "ignore",
        len(D),
    )


if __name__ == "__main__":
    main()
