"""Gold for tests/judged_holdout, written by reading each text (the extractor is not imported).

Run `python tests/judged_holdout/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). Placing every gold `text` as the
parts scorer places it, and writing the files, are the shared helpers' of the judged sets
(tests/judged_texts/annotation.py).

This set's own readings: `money` and `count` read the multiplier and the currency words written
after the figure (or take them given), with Decimal, so that no figure is multiplied by hand.
Entries are written in text order. A total and its parts are tied by labels (`key=` on the total,
`of=` on each part, `parts=` the state, checked against the sum of the parts); the labels become
list indexes (`part_of`) when the gold is written. A record's lists stand in the order `KINDS`.
"""

import importlib.util
import pathlib
import re
from decimal import Decimal

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

# Multiplier words, longest first so that "nghìn tỷ" is not read as "nghìn".
MULTIPLIERS = [
    ("triệu tỷ", 10**15),
    ("nghìn tỷ", 10**12),
    ("ngàn tỷ", 10**12),
    ("tỷ", 10**9),
    ("tỉ", 10**9),
    ("triệu", 10**6),
    ("nghìn", 10**3),
    ("ngàn", 10**3),
]
CURRENCIES = [("usd", "USD"), ("yên", "JPY"), ("đồng", "VND")]
NUMBER = re.compile(r"^([\d.,]+)\s*(.*)$", re.S)


def number(token, conv="vn"):
    """A written number: 'vn' ('.' groups thousands, ',' decimal) or 'en' (',' groups, '.' decimal)."""
    if conv == "vn":
        return Decimal(token.replace(".", "").replace(",", "."))
    if conv == "en":
        return Decimal(token.replace(",", ""))
    raise ValueError(conv)


def reading(text, conv="vn", mult=None):
    """(value, currency word found) of a figure written as number + multiplier + currency."""
    m = NUMBER.match(text)
    assert m, text
    value = number(m.group(1), conv)
    rest = " ".join(m.group(2).lower().split())
    if mult is None:
        mult = 1
        for word, factor in MULTIPLIERS:
            if rest == word or rest.startswith(word + " "):  # a whole word: "tỉnh" is not "tỉ"
                mult = factor
                break
    currency = next((code for word, code in CURRENCIES if word in rest), None)
    return value * mult, currency


def money(text, q=None, per=None, shape="plain", cur=None, conv="vn", mult=None, value=None, **link):
    """A money entry; `cur` is needed only where no currency word is written (tables, shared units)."""
    if value is None:
        value, written = reading(text, conv, mult)
        cur = cur or written or "VND"
    value = Decimal(value)
    assert value == value.to_integral_value() or cur != "VND", (text, value)
    out = {
        "text": text,
        "value": int(value) if value == value.to_integral_value() else float(value),
        "currency": cur or "VND",
        "qualifier": q,
        "per": per,
        "shape": shape,
    }
    out.update(link)
    return out


def count(text, unit, shape="plain", conv="vn", value=None, **link):
    """A count entry: number (with nghìn/triệu multiplied out) and its counted noun."""
    if value is None:
        value, _ = reading(text, conv)
    value = Decimal(value)
    assert value == value.to_integral_value(), (text, value)
    out = {"text": text, "value": int(value), "unit": unit, "shape": shape}
    out.update(link)
    return out


ref = ann.L  # a legal reference


def rate(a, per, q=None):
    """A per-unit price: text is number + currency word, as in ../judged_texts."""
    return money(a + " đồng", q=q, per=per, shape="rate")


def rng(a, b, per):
    """A range: two facts, the first end keeping only what is written next to it."""
    return [money(a, per=per, shape="range-first", cur="VND"), rate(b, per)]


readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D

# h01: a provincial capital plan and its planned rise; "nghị quyết số 17" carries no symbol.
G["h01"] = {
    "money": [
        money("1.191,313 tỷ đồng"),
        money("800 tỷ đồng", q="over"),
        money("1.191,313 tỷ đồng"),
    ]
}
IGN["h01"] = {"legal_refs": [ref("Nghị quyết số 17", "17", "Nghị quyết")]}
D.append(
    ("h01", "Nghị quyết số 17", "a resolution cited by its serial number only, no symbol: not a reference by the spec")
)

# h02: FDI of ten provinces; Bắc Ninh's total split in a bracket ("gồm"); one part has an English
# decimal point ("1.89" with two decimals, the three parts then add up exactly).
G["h02"] = {
    "money": [
        money("8,66 tỷ USD"),
        money("5,11 tỷ USD", key="bn", parts="adds up", opener="bracket"),
        money("1.89 tỷ USD", value=Decimal("1.89") * 10**9, cur="USD", shape="decimal-point", of="bn"),
        money("2,95 tỷ USD", of="bn"),
        money("0,27 tỷ USD", of="bn"),
        money("1,8 tỷ USD"),
        money("1,1 tỷ USD", q="approx"),
        money("1 tỷ USD", q="over"),
    ],
    "counts": [count("10 địa phương", "địa phương")],
}

# h03: businesses founded, suspended, dissolved in a province; no breakdown.
G["h03"] = {
    "money": [money("2.638 tỷ đồng"), money("14.513 tỷ đồng")],
    "counts": [
        count("109 doanh nghiệp", "doanh nghiệp"),
        count("20 doanh nghiệp", "doanh nghiệp"),
        count("13 doanh nghiệp", "doanh nghiệp"),
        count("27 doanh nghiệp", "doanh nghiệp"),
        count("1.105 doanh nghiệp", "doanh nghiệp"),
        count("308 doanh nghiệp", "doanh nghiệp"),
        count("145 doanh nghiệp", "doanh nghiệp"),
    ],
}

# h04: national business counts with "nghìn"; bare figures after a noun ("lên 5.044.", "là 3.579,")
# are not counts; the split by sector two paragraphs below the total has no opener: not annotated.
G["h04"] = {
    "money": [
        money("13,6 tỉ đồng", per="doanh nghiệp", shape="each"),
        money("1.594,1 nghìn tỷ đồng"),
        money("14,3 tỷ đồng", per="doanh nghiệp", shape="each"),
    ],
    "counts": [
        count("12.205 doanh nghiệp", "doanh nghiệp"),
        count("5.044 doanh nghiệp", "doanh nghiệp"),
        count("3.293 doanh nghiệp", "doanh nghiệp"),
        count("1.413 doanh nghiệp", "doanh nghiệp"),
        count("111,2 nghìn doanh nghiệp", "doanh nghiệp", shape="multiplier"),
        count("850,3 nghìn lao động", "lao động", shape="multiplier"),
        count("2.187 doanh nghiệp", "doanh nghiệp"),
        count("33,4 nghìn doanh nghiệp", "doanh nghiệp", shape="multiplier"),
        count("75,6 nghìn doanh nghiệp", "doanh nghiệp", shape="multiplier"),
    ],
}

# h05: new capital and added capital, then their total stated after them ("Tổng số vốn ... là").
G["h05"] = {
    "money": [
        money("16,3 tỷ đồng", per="doanh nghiệp", shape="each"),
        money("247.384 tỷ đồng", of="all"),
        money("621.542 tỷ đồng", of="all"),
        money("868.926 tỷ đồng", key="all", parts="adds up", opener="after"),
        money("15,5 tỷ đồng", per="doanh nghiệp", shape="each"),
    ],
    "counts": [
        count("56.052 lao động", "lao động"),
        count("15.979 doanh nghiệp", "doanh nghiệp"),
        count("6.134 lượt doanh nghiệp", "lượt doanh nghiệp"),
        count("163.966 lao động", "lao động"),
        count("6 vùng lãnh thổ", "vùng lãnh thổ"),
        count("6.409 doanh nghiệp", "doanh nghiệp"),
        count("5.078 doanh nghiệp", "doanh nghiệp"),
        count("423 doanh nghiệp", "doanh nghiệp"),
    ],
}

# h06: visitors "trong đó:" as a dashed list (a multiplier glued to its number); the revenue has no
# currency word ("1.496 tỷ"), read as đồng.
G["h06"] = {
    "money": [money("1.496 tỷ", shape="no-currency", cur="VND")],
    "counts": [
        count("7 triệu lượt khách", "lượt khách", key="v", parts="less", opener="trong đó", shape="multiplier"),
        count("2,37triệu lượt", "lượt", of="v", shape="glued"),
        count("289 ngàn lượt", "lượt", of="v", shape="multiplier"),
    ],
}

# h07: a revenue written "3.040.641 tỷ đồng" (a unit slip of the source, kept as written) with a
# "trong đó"; visitors and lodgings with "trong đó"; "7. 180 phòng" broken by a space is doubtful.
G["h07"] = {
    "money": [
        money("3.040.641 tỷ đồng", key="rev", parts="less", opener="trong đó"),
        money("458,389 tỷ đồng", of="rev"),
    ],
    "counts": [
        count("12.749.620 lượt khách", "lượt khách", key="v", parts="less", opener="trong đó"),
        count("407.297 lượt khách", "lượt khách", of="v"),
        count("205 cơ sở lưu trú", "cơ sở lưu trú", key="cs", parts="less", opener="trong đó"),
        count("9.515  phòng", "phòng"),
        count("139 cơ sở", "cơ sở", of="cs"),
    ],
}
IGN["h07"] = {"counts": [count("7. 180 phòng", "phòng", value=7180), count("180 phòng", "phòng")]}
D.append(("h07", "7. 180 phòng", "a thousands group broken by a space: 7 180 rooms as meant, a bare 180 as written"))

# h08: visitors "trong đó" international; a count whose multiplier starts the next line.
G["h08"] = {
    "money": [money("41,2 tỷ đồng"), money("692,5 tỷ đồng", q="approx")],
    "counts": [
        count("139,3 nghìn lượt người", "lượt người", key="v", parts="less", opener="trong đó", shape="multiplier"),
        count("32,2 nghìn lượt", "lượt", of="v", shape="multiplier"),
        count("3.475\nnghìn lượt khách", "lượt khách", shape="multiplier"),
    ],
}

# h09: tourism of four cities; Hà Nội's visitors "Trong đó" international and domestic (8,61 triệu
# against 211.000 + 8,4 triệu: rounding, "more"); an amount restated in USD is no part.
G["h09"] = {
    "money": [
        money("49.681 tỷ đồng"),
        money("2,15 tỷ USD", q="approx"),
        money("25.200 tỷ đồng"),
        money("11.555 tỷ đồng"),
        money("12.129 tỷ đồng"),
        money("2,2 triệu đồng", q="approx", per="du khách", shape="each"),
    ],
    "counts": [
        count("11 triệu lượt khách", "lượt khách", shape="multiplier"),
        count("478.000 lượt khách", "lượt khách"),
        count("8,61 triệu lượt khách", "lượt khách", key="hn", parts="more", opener="trong đó", shape="multiplier"),
        count("211.000 lượt", "lượt", of="hn"),
        count("8,4 triệu lượt khách", "lượt khách", of="hn", shape="multiplier"),
        count("6,8 triệu lượt khách", "lượt khách", shape="multiplier"),
        count("5,5 triệu lượt khách", "lượt khách", shape="multiplier"),
    ],
}

# h10: ODA loan agreements in yen ("Yên" capitalised, "yên"), a grant restated in USD.
G["h10"] = {
    "money": [
        money("18,388 tỷ Yên"),
        money("400 triệu yên"),
        money("4,4 triệu USD"),
    ],
    "counts": [
        count("3 dự án", "dự án"),
        count("2 dự án", "dự án"),
        count("2 tỉnh", "tỉnh"),
    ],
}

# h11: post-merger (2025) GRDP by province: "triệu tỷ", a range, "Nghị quyết 60" without symbol;
# "28 tỉnh và 6 thành phố" count different nouns: no parts.
G["h11"] = {
    "money": [
        money("2,5 triệu tỷ đồng", q="over", shape="scale"),
        money("1,29 triệu tỷ đồng", q="approx", shape="scale"),
        money("1 triệu tỷ đồng", shape="scale"),
        money("300.000", shape="range-first", mult=10**9, cur="VND"),
        money("600.000 tỷ đồng"),
        money("582.976 tỷ đồng"),
        money("548.726 tỷ đồng"),
        money("401.510 tỷ đồng", q="approx"),
        money("318.200 tỷ đồng"),
        money("313.595 tỷ đồng"),
    ],
    "counts": [
        count("34 địa phương", "địa phương"),
        count("34 tỉnh", "tỉnh"),
        count("28 tỉnh", "tỉnh"),
        count("6 thành phố", "thành phố"),
    ],
}
IGN["h11"] = {"legal_refs": [ref("Nghị quyết số 60", "60", "Nghị quyết")]}
D.append(("h11", "Nghị quyết số 60", "a party resolution cited by its serial number only, no symbol"))

# h12: a provincial decision splitting 38.239 triệu đồng over four districts after "Cụ thể:".
G["h12"] = {
    "money": [
        money("38.239 triệu đồng", key="t", parts="adds up", opener=":"),
        money("7.753 triệu đồng", of="t"),
        money("9.049 triệu đồng", of="t"),
        money("13.834 triệu đồng", of="t"),
        money("7.603 triệu đồng", of="t"),
        money("5.300 triệu đồng"),
    ],
    "legal_refs": [
        ref("Quyết định số 1234/QĐ-UBND", "1234/QĐ-UBND", "Quyết định"),
        ref("Nghị quyết số 42/NQ-CP", "42/NQ-CP", "Nghị quyết", "2020-04-09"),
        ref("Quyết định số 15/QĐ-TTg", "15/QĐ-TTg", "Quyết định", "2020-04-24"),
        ref("Quyết định số 1220/QĐ-UBND", "1220/QĐ-UBND", "Quyết định"),
    ],
}

# h13: donations to a fund, "Cụ thể:" by donor, the list cut by "..." (less); the headline total
# is the body's total repeated, not linked.
G["h13"] = {
    "money": [
        money("29,5 triệu đồng", q="over"),
        money("29,5 triệu đồng", q="over", key="t", parts="less", opener=":"),
        money("12 triệu đồng", q="over", of="t"),
        money("5,3 triệu đồng", q="over", of="t"),
        money("3,2 triệu đồng", of="t"),
        money("2,4 triệu đồng", q="over", of="t"),
        money("2,4 triệu đồng", q="over", of="t"),
    ],
    "counts": [count("8 cơ quan", "cơ quan")],
    "legal_refs": [ref("kế hoạch số 34/KH-BVĐ", "34/KH-BVĐ", "Kế hoạch")],
}

# h14: a fund's pledges; the headline is printed twice.
G["h14"] = {
    "money": [
        money("8,2 tỷ đồng", q="over"),
        money("8,2 tỷ đồng", q="over"),
        money("8,2 tỷ đồng", q="over"),
        money("19 tỷ đồng", q="over"),
    ]
}

# h15: donations; the headline (printed again under the lead) equals 115 + 200 + 30 triệu given in the body without any
# opener word: no links (lists without an opener are not breakdowns).
G["h15"] = {
    "money": [
        money("345 triệu đồng"),
        money("115 triệu đồng"),
        money("345 triệu đồng"),
        money("200 triệu đồng"),
        money("30 triệu đồng"),
    ]
}

# h16: exports by province; "5/63 tỉnh thành" is a pair; the headline is printed twice.
G["h16"] = {
    "money": [
        money("10 tỉ USD", q="over"),
        money("25,335 tỉ USD"),
        money("18,138 tỉ USD"),
        money("15,373 tỉ USD"),
        money("13,857 tỉ USD"),
        money("11,63 tỉ USD"),
        money("134 tỉ USD"),
    ],
    "counts": [
        count("5 tỉnh thành", "tỉnh thành"),
        count("5", "tỉnh thành", shape="pair"),
        count("63 tỉnh thành", "tỉnh thành"),
        count("5 tỉnh thành", "tỉnh thành"),
        count("5 tỉnh thành", "tỉnh thành"),
    ],
}

# h17: exports "Trong đó" by sector (10,56 tỷ + 212 triệu = 10,772 tỷ against "trên 10,77 tỷ":
# "more"), the month's exports "Chia theo khu vực kinh tế" (53,1 triệu + 2,5 tỷ against 2,55 tỷ:
# "more"); the goods list after "như:" breaks the 4-month total a second time: not annotated.
G["h17"] = {
    "money": [
        money("10,77 tỷ USD", q="over", key="y", parts="more", opener="trong đó"),
        money("10,56 tỷ USD", q="over", of="y"),
        money("212 triệu USD", of="y"),
        money("2,55 tỷ USD", q="over", key="m", parts="more", opener="chia theo"),
        money("53,1 triệu USD", of="m"),
        money("2,5 tỷ USD", of="m"),
        money("7,05 tỷ USD", q="over"),
        money("955 triệu USD"),
        money("106,9 triệu USD"),
        money("14,4 triệu USD"),
        money("144,6 triệu USD"),
        money("1,4 triệu USD"),
    ]
}

# h18: the new-countryside programme: a pair of communes; "dưới 15 tiêu chí" is a threshold.
G["h18"] = {
    "money": [money("39.632 tỷ đồng")],
    "counts": [count("5.813", "xã", shape="pair"), count("8.227 xã", "xã")],
}
IGN["h18"] = {"counts": [count("15 tiêu chí", "tiêu chí")]}
D.append(
    ("h18", "15 tiêu chí", "a threshold of criteria ('không còn xã dưới 15 tiêu chí'), between a count and a score")
)

# h19: communes "145/151", then "trong đó" 59 + 12 + 74 communes (adds up to 145); "86 thôn" counts
# villages, another noun: no part.
G["h19"] = {
    "counts": [
        count("145", "xã", shape="pair", key="x", parts="adds up", opener="trong đó"),
        count("151 xã", "xã"),
        count("59 xã", "xã", of="x"),
        count("12 xã", "xã", of="x"),
        count("74 xã", "xã", of="x"),
        count("86 thôn", "thôn"),
    ]
}

# h20: a state audit of a provincial budget; revenue items as pairs "13/18", "05/18".
G["h20"] = {
    "money": [money("6.530,312 tỷ đồng"), money("17.123,409 tỷ đồng")],
    "counts": [
        count("13", "khoản thu", shape="pair"),
        count("18 khoản thu", "khoản thu"),
        count("05", "khoản thu", shape="pair"),
        count("18 khoản thu", "khoản thu"),
    ],
}

# h21: a district's revenue "Trong đó" district-managed (broken down "Cụ thể") and, after it,
# "Riêng" province-managed: two levels, both adding up.
G["h21"] = {
    "money": [
        money("235 tỷ đồng", key="t", parts="adds up", opener="trong đó"),
        money("127 tỷ đồng", of="t", key="h", parts="adds up", opener="cụ thể"),
        money("73 tỷ đồng", of="h"),
        money("50 tỷ đồng", of="h"),
        money("4 tỷ đồng", of="h"),
        money("108 tỷ đồng", of="t"),
    ]
}

# h22: post-merger communes: the largest and smallest provinces "Trong đó" (two parts named, less);
# "13 đặc khu:" with only An Giang's counted in digits (less).
G["h22"] = {
    "counts": [
        count("3321 xã", "xã"),
        count("34 Nghị quyết", "nghị quyết"),
        count("3321 xã", "xã"),
        count("63 tỉnh", "tỉnh"),
        count("34 tỉnh", "tỉnh"),
        count("3.321 đơn vị", "đơn vị", key="u", parts="less", opener="trong đó"),
        count("168 đơn vị", "đơn vị", of="u"),
        count("38 đơn vị", "đơn vị", of="u"),
        count("126 phường", "phường"),
        count("13 đặc khu", "đặc khu", key="dk", parts="less", opener=":"),
        count("3 đặc khu", "đặc khu", of="dk"),
    ],
    "legal_refs": [ref("Nghị quyết 202/2025/QH15", "202/2025/QH15", "Nghị quyết")],
}

# h23: post-merger units: parts of another noun in brackets are not annotated; "trong đó có"
# 3.193 new units and 128 kept (adds up to 3.321).
G["h23"] = {
    "counts": [
        count("34 hồ sơ", "hồ sơ"),
        count("34 đơn vị hành chính", "đơn vị hành chính"),
        count("6 thành phố", "thành phố"),
        count("28 tỉnh", "tỉnh"),
        count("3.321 đơn vị hành chính", "đơn vị hành chính", key="x", parts="adds up", opener="trong đó"),
        count("672 phường", "phường"),
        count("2.636 xã", "xã"),
        count("13 đặc khu", "đặc khu"),
        count("3.193 đơn vị hành chính", "đơn vị hành chính", of="x"),
        count("128 đơn vị hành chính", "đơn vị hành chính", of="x"),
        count("124 xã", "xã"),
        count("4 phường", "phường"),
    ],
    "legal_refs": [
        ref("Nghị quyết số 125/NQ-CP", "125/NQ-CP", "Nghị quyết"),
        ref("Nghị quyết số 126/NQ-CP", "126/NQ-CP", "Nghị quyết", "2025-05-09"),
    ],
}

# h24: a forum thread on reading amounts: an amount in digits whose currency is given by the words
# that restate it; "201,41 ... Hai trăm lẻ một đồng bốn mốt" (đồng and xu) is doubtful.
G["h24"] = {
    "money": [
        money("215.321.500", cur="VND", shape="shared"),
        money(
            "Hai trăm mười lăm triệu ba trăm hai mươi mốt ngàn năm trăm đồng",
            value=215 * 10**6 + 321 * 10**3 + 500,
            cur="VND",
            shape="words",
            restates=0,
        ),
    ]
}
IGN["h24"] = {
    "money": [
        # a decimal amount of đồng (not a contract amount): written as a plain entry to be ignored
        {"text": "201,41", "value": 201.41, "currency": "VND"},
        money("Hai trăm lẻ một đồng", value=201, cur="VND", shape="words"),
    ]
}
D.append(
    (
        "h24",
        "201,41 thì đọc là Hai trăm lẻ một đồng bốn mốt",
        "a decimal amount of đồng read with xu: not an amount of the contract",
    )
)

# h25: a flattened table (Cục Đầu tư nước ngoài): each row's unit ("triệu USD", "dự án", "lượt dự
# án") in a block before its figures, English grouping ("21,208.00", read the English way as only
# it explains it); registered capital = new + added + share purchases, column by column.
USD_M = 10**6


def cell(tok, **link):
    return money(tok, cur="USD", conv="en", mult=USD_M, shape="table-row", **link)


G["h25"] = {
    "money": [
        cell("21,208.00", key="r20", parts="less", opener="table rows"),
        cell("10,360.37", of="r20"),
        cell("5,116.10", of="r20"),
        cell("5,731.52", of="r20"),
        cell("22,145.96", key="r21", parts="adds up", opener="table rows"),
        cell("12,498.89", of="r21"),
        cell("6,425.16", of="r21"),
        cell("3,221.91", of="r21"),
        money("403,19 tỷ USD"),
    ],
    "counts": [
        count("1,947", "dự án", conv="en", shape="table-row"),
        count("798", "lượt dự án", shape="table-row"),
        count("5,172", "lượt dự án", conv="en", shape="table-row"),
        count("1,212", "dự án", conv="en", shape="table-row"),
        count("678", "lượt dự án", shape="table-row"),
        count("2,830", "lượt dự án", conv="en", shape="table-row"),
        count("141 quốc gia", "quốc gia"),
        count("34.141 dự án", "dự án"),
    ],
}
# A money cell with a single comma ("13,760") is a decimal mark by the spec and a thousands separator
# by its table's other cells ("21,208.00"): doubtful, both readings ignored. A count cannot be
# fractional, so the count cells ("1,947 dự án") keep the table's reading.
SINGLE_COMMA = ["13,760", "13,280", "144,751", "143,442", "118,925", "177,966", "176,845", "159,783"]
IGN["h25"] = {
    "money": [e for tok in SINGLE_COMMA for e in (cell(tok), money(tok, cur="USD", mult=USD_M, shape="table-row"))]
}
D.append(
    (
        "h25",
        " ".join(SINGLE_COMMA),
        "money cells with one comma: the spec's decimal mark, the table's thousands separator",
    )
)

# h26: live-pig prices per kg, ranges and changes.
G["h26"] = {
    "money": rng("52.000", "54.000", "kg")
    + rng("1.000", "2.000", "kg")
    + [rate("53.000", "kg"), rate("52.000", "kg"), rate("54.000", "kg"), rate("53.000", "kg"), rate("52.000", "kg")]
    + [rate("52.000", "kg"), money("1.000 đồng")]
    + [rate("50.000", "kg"), rate("2.000", "kg")]
    + rng("51.000", "53.000", "kg")
    + [rate("51.000", "kg"), rate("52.000", "kg"), rate("53.000", "kg"), rate("51.000", "kg")]
}

# h27: water tariff per m3 by step.
G["h27"] = {"money": [rate("4.172", "m3"), rate("4.930", "m3"), rate("6.068", "m3")]}

# h28: a district's revenue (headline twice) and output; no breakdown.
G["h28"] = {
    "money": [
        money("460 tỉ đồng", q="over"),
        money("464 tỉ đồng", q="over"),
        money("460 tỉ đồng", q="over"),
        money("298 tỉ đồng", q="over"),
        money("30.110 tỉ đồng"),
        money("28.000 tỉ đồng", q="approx"),
    ]
}

# h29: public investment disbursed.
G["h29"] = {"money": [money("3.950 tỷ đồng", q="approx")]}

# h30: domestic revenue of a quarter; the items after "trong đó" are percentages only.
G["h30"] = {"money": [money("1.835 tỷ đồng", q="over")]}

# h31: relief: "mỗi tỉnh 100 tỷ đồng" is a per-province amount, not a part of anything.
G["h31"] = {"money": [money("100 tỷ đồng", per="tỉnh", shape="each"), money("40 tỷ đồng")]}

# h32: FDI projects "Trong đó" by licensing body (10 + 1 = 11); "Trong số này" splits the same 11
# again by sector: one breakdown per total, the second not annotated; "là 156," has no noun.
G["h32"] = {
    "money": [money("31 triệu USD", q="approx"), money("8,2 tỷ USD"), money("189 nghìn tỷ đồng", q="approx")],
    "counts": [
        count("11 dự án", "dự án", key="p", parts="adds up", opener="trong đó"),
        count("10 dự án", "dự án", of="p"),
        count("1 dự án", "dự án", of="p"),
        count("9 dự án", "dự án"),
        count("1 dự án", "dự án"),
        count("1 dự án", "dự án"),
    ],
}

# h33: domestic investment with "ngàn tỷ" (the lead paragraph printed twice); the next paragraph's
# new + added capital has no opener word: not annotated.
G["h33"] = {
    "money": [
        money("9,5 ngàn tỷ đồng", q="over"),
        money("1 ngàn tỷ đồng", q="over"),
        money("9,5 ngàn tỷ đồng", q="over"),
        money("1 ngàn tỷ đồng", q="over"),
        money("8,8 ngàn tỷ đồng", q="approx"),
        money("750 tỷ đồng", q="approx"),
        money("186 ngàn tỷ đồng", q="over"),
        money("156,4 ngàn tỷ đồng"),
    ],
    "counts": [
        count("29 dự án", "dự án"),
        count("7 dự án", "dự án"),
        count("670 dự án", "dự án"),
        count("633 dự án", "dự án"),
    ],
}

KINDS = ("money", "legal_refs", "counts")


def resolve(entries):
    """Turn `key`/`of` labels into list indexes (`part_of`), checking each total's `parts` state."""
    where = {e["key"]: i for i, e in enumerate(entries) if "key" in e}
    for e in entries:
        if "of" in e:
            e["part_of"] = where[e.pop("of")]
    for i, e in enumerate(entries):
        if "key" not in e:
            continue
        e.pop("key")
        parts = [Decimal(str(p["value"])) for p in entries if p.get("part_of") == i]
        assert parts, ("a total without parts", e["text"])
        total, got = Decimal(str(e["value"])), sum(parts)
        state = "adds up" if got == total else ("less" if got < total else "more")
        assert state == e["parts"], (e["text"], state, e["parts"])
    return entries


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "h", G, IGN, kinds=KINDS, resolve=resolve)
    ann.write(out, records, D)
    totals = {kind: sum(len(r[kind]) for r in records) for kind in KINDS}
    ignored = sum(len(r.get("ignore", {}).get(kind, [])) for r in records for kind in KINDS)
    print(len(records), "texts", totals, "ignore", ignored)


if __name__ == "__main__":
    main()
