"""Gold for tests/judged_holdout20, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout20/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand, R(...) a rate, C(...) count, L(...) legal_ref
(`refs` for several). Convention for the number: 'vn'.
"""

import importlib.util
import pathlib

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

NGHIN, TRIEU, TY, NGHIN_TY = ann.NGHIN, ann.TRIEU, ann.TY, ann.NGHIN_TY
M, V, R, C, L = ann.M, ann.V, ann.R, ann.C, ann.L
rng, kgs = ann.rng, ann.kgs
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count
US = dict(cur="USD")


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several),
# range-first (the lower end of a range, sharing the upper end's unit), table (a cell under a unit
# stated once for the table); counts: plain, multiplier ("6,139 triệu thành viên"), pair ("41/41").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def per_kg(*items, per="kg"):
    """Prices per kg in text order (see ann.kgs)."""
    return kgs(*items, per=per)


def cell_range(low, high, per):
    """A range in one table cell: the lower end, then the upper one, both in the table's unit."""
    return [M(low, shape="range-first", per=per), M(high, shape="table", per=per)]


# e01: rice prices per kg (ranges), two cuts of 100 a kg; "khoảng" before one range (approx). Variety
# names ("CL 555", "OM 380", "IR 504", "OM 5451") are no counts.
G["e01"] = {
    "money": per_kg(
        "100 đồng/kg",
        "100 đồng/kg",
        ("8.300", "8.350 đồng/kg"),
        ("8.200", "8.300 đồng/kg"),
        ("8.500", "8.600 đồng/kg"),
        ("9.500", "9.700 đồng/kg"),
        ("8.800", "9.000 đồng/kg"),
    )
    + rng("9.500", "9.700 đồng/kg", per="kg", q="approx")
    + per_kg(
        ("7.400", "7.500 đồng/kg"),
        ("8.000", "9.000 đồng/kg"),
        "28.000 đồng/kg",
        "22.000 đồng/kg",
        ("13.000", "14.000 đồng/kg"),
        ("20.000", "22.000 đồng/kg"),
    ),
}

# e02: paddy prices per kg (ranges) and cuts; a rise "tăng 250 đồng" without a unit of weight (plain
# money); "Nàng Hoa 9", "Đài Thơm 8" are names.
G["e02"] = {
    "money": per_kg(
        ("7.200", "7.300 đồng/kg"),
        "200 đồng/kg",
        ("7.400", "7.600 đồng/kg"),
        "200 đồng/kg",
        ("7.600", "7.800 đồng/kg"),
        "200 đồng/kg",
        ("7.600", "7.800 đồng/kg"),
        ("6.600", "6.700 đồng/kg"),
        "9.200 đồng/kg",
        ("7.800", "8.000 đồng/kg"),
    )
    + [M("250 đồng")]
    + per_kg(("7.900", "8.100 đồng/kg")),
}

# e03: paddy and rice prices per kg; "khoảng 100 đồng/kg" and "quanh mức" (approx); "trong khoảng" before a
# range (within it) is no qualifier.
G["e03"] = {
    "money": [R("100 đồng/kg", per="kg", q="approx")]
    + per_kg(("5.500", "5.700 đồng/kg"), ("4.800", "5.000 đồng/kg"), ("5.300", "5.500 đồng/kg"))
    + per_kg(("5.600", "5.800 đồng/kg"))
    + per_kg(("6.000", "6.200 đồng/kg"), ("5.700", "5.900 đồng/kg"), "28.000 đồng/kg", "22.000 đồng/kg")
    + per_kg(("20.000", "22.000 đồng/kg"))
    + rng("16.000", "22.000 đồng/kg", per="kg", q="approx"),
}

# e04: an ethnic-affairs committee's market bulletin (2020): cinnamon bark prices per kg, two ranges;
# "10 năm" is a duration.
G["e04"] = {"money": per_kg(("27.000", "32.000 đồng/kg"), ("31.000", "32.000 đồng/kg"))}

# e05: live pig prices and cuts per kg by region; ranges of prices and of cuts ("1.000 - 2.000
# đồng/kg"); "trong khoảng" before a region's range is no qualifier of its own (the range is exact).
G["e05"] = {
    "money": per_kg(
        "2.000 đồng/kg",
        ("55.000", "58.000 đồng/kg"),
        "1.000 đồng/kg",
        "57.000 đồng/kg",
        "55.000 đồng/kg",
        "1.000 đồng/kg",
        "56.000 đồng/kg",
        ("1.000", "2.000 đồng/kg"),
        "57.000 đồng/kg",
        "58.000 đồng/kg",
        "1.000 đồng/kg",
        ("1.000", "2.000 đồng/kg"),
        ("55.000", "57.000 đồng/kg"),
        "57.000 đồng/kg",
        "1.000 đồng/kg",
        "55.000 đồng/kg",
        "56.000 đồng/kg",
        ("1.000", "2.000 đồng/kg"),
        "3.000 đồng/kg",
        ("56.000", "58.000 đồng/kg"),
        "56.000 đồng/kg",
        "2.000 đồng/kg",
        "57.000 đồng/kg",
        ("1.000", "3.000 đồng/kg"),
    ),
}

# e06: OCOP products: "hơn 10.300 sản phẩm" (headline); "63/63 tỉnh" (a pair); 10.322 products
# "trong đó" shares in percent and "42 sản phẩm 5 sao" (the one part in digits: less); 5.361 owners
# (parts in percent only). Star ratings are no counts.
G["e06"] = {
    "counts": [
        C("10.300 sản phẩm", "sản phẩm", q="over"),
        C("63", "tỉnh", shape="pair"),
        C("63 tỉnh", "tỉnh", shape="pair"),
        C("10.322 sản phẩm", "sản phẩm", tag="P", opener="trong đó"),
        C("42 sản phẩm", "sản phẩm", part="P"),
        C("5.361 chủ thể", "chủ thể"),
    ],
}

# e07: state revenue 2024 "hơn 2 triệu tỷ đồng" (10^15); "Trong đó" Hà Nội's, and in the next
# paragraph TP.HCM's, revenue (two of 63: less).
G["e07"] = {
    "money": [
        M("2 triệu tỷ đồng", 10**15, q="over", tag="T", opener="trong đó"),
        M("509.300 tỷ đồng", TY, part="T"),
        M("508.553 tỷ đồng", TY, part="T"),
    ],
}

# e08: a tag page: the headline "hơn 21.274 tỷ" printed twice; the transport plan's 21.274 tỷ "Trong
# đó" four sources (16.367 + 2.267 + 1.019 + 1.620 = 21.273: less).
G["e08"] = {
    "money": [
        M("21.274 tỷ đồng", TY, q="over"),
        M("21.274 tỷ đồng", TY, q="over"),
        M("21.274 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("16.367 tỷ đồng", TY, q="approx", part="T"),
        M("2.267 tỷ đồng", TY, q="over", part="T"),
        M("1.019 tỷ đồng", TY, q="over", part="T"),
        M("1.620 tỷ đồng", TY, part="T"),
    ],
}

# e09: a road project's 5.326,5 tỷ "được chia làm 2 giai đoạn", the stages in the next paragraph
# (adding up), each with its rise in brackets; stage I's sources in the paragraph after (1.200 + 1.639
# = 2.839: adding up, opener "next paragraph"). "2 giai đoạn" counts stages; a reserve in percent.
G["e09"] = {
    "money": [
        M("5.326,5 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("340,5 tỷ đồng", TY),
        M("2.839 tỷ đồng", TY, part="T", tag="I", opener="next paragraph"),
        M("243 tỷ đồng", TY),
        M("2.487,5 tỷ đồng", TY, part="T"),
        M("97,5 tỷ đồng", TY),
        M("1.200 tỷ đồng", TY, part="I"),
        M("1.639 tỷ đồng", TY, part="I"),
    ],
    "counts": [C("2 giai đoạn", "giai đoạn")],
}

# e10: a province's public investment 2019: 3.846,3 tỷ "Trong đó:" local and central budgets (adding up).
G["e10"] = {
    "money": [
        M("3.846,3 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("2.660,3 tỷ đồng", TY, part="T"),
        M("1.186 tỷ đồng", TY, part="T"),
    ],
}

# e11: a legal catalogue page: the decision's symbol in its title, its "Số hiệu" cell and its "Số:"
# line (dates in other cells or "năm 2026": none); two laws with symbols (one with its date), a party
# resolution (twice), a decree, a Prime Minister's decision, a party plan, each with its date.
G["e11"] = {
    "legal_refs": refs(
        ("147/QĐ-UBND", "Quyết định", None),
        ("147/QĐ-UBND", "Quyết định", None),
        ("147/QĐ-UBND", "Quyết định", None),
        ("72/2025/QH15", "Luật", None),
        ("17/2023/QH15", "Luật", "2023-06-20"),
        ("20-NQ/TW", "Nghị quyết", "2022-06-16"),
        ("113/2024/NĐ-CP", "Nghị định", "2024-09-12"),
        ("340/QĐ-TTg", "Quyết định", "2021-03-12"),
        ("94-KH/TU", "Kế hoạch", "2022-09-13"),
        ("20-NQ/TW", "Nghị quyết", "2022-06-16"),
    ),
}

# e12: a market-control team's half year: 29 establishments "Trong đó" 24 of them (less; "vụ" is
# another noun); a fine and seized goods ("khoảng"). "Đội … số 2" is a name.
G["e12"] = {
    "money": [M("190 triệu đồng", TRIEU), M("218 triệu đồng", TRIEU, q="approx")],
    "counts": [
        C("29 cơ sở", "cơ sở", tag="S", opener="trong đó"),
        C("24 cơ sở", "cơ sở", part="S"),
        C("03 vụ", "vụ"),
        C("02 vụ", "vụ"),
    ],
}

# e13: market inspections in three provinces (2026): fines and goods' value ("gần"); "3 hộ kinh doanh"
# counts hộ; "10 iPhone" (a brand as the counted noun) is doubtful; "Đội … số 10" is a name.
G["e13"] = {
    "money": [
        M("120 triệu đồng", TRIEU),
        M("175 triệu đồng", TRIEU),
        M("90 triệu đồng", TRIEU),
        M("140 triệu đồng", TRIEU, q="approx"),
    ],
    "counts": [C("3 hộ", "hộ")],
}
doubt_count("e13", "10 iPhone", 10, "iphone", "a brand name as the counted noun")

# e14: new enterprises, eleven months and a month: counts of enterprises and workers ("hơn", "gần"),
# capital ("triệu tỷ" is 10^15), an average a firm (money). "11 tháng" is a duration.
G["e14"] = {
    "money": [
        M("138.600 tỷ đồng", TY, q="approx"),
        M("12,4 tỷ đồng", TY),
        M("1,45 triệu tỷ đồng", 10**15, q="over"),
    ],
    "counts": [
        C("147.200 doanh nghiệp", "doanh nghiệp", q="over"),
        C("218.500 doanh nghiệp", "doanh nghiệp"),
        C("11.200 doanh nghiệp", "doanh nghiệp", q="approx"),
        C("90.200 lao động", "lao động", q="approx"),
        C("7.700 doanh nghiệp", "doanh nghiệp", q="over"),
        C("147.200 doanh nghiệp", "doanh nghiệp", q="over"),
        C("905.700 lao động", "lao động", q="over"),
    ],
}

# e15: a relief fund's 8,51 tỷ "Cụ thể nguồn phân bổ như sau:" three amounts (adding up), each with
# its households and a rate a house; the storm's damage (people, houses, schools, clinics, works,
# power poles). "bão số 5" is a name; areas and tonnes are no counts.
G["e15"] = {
    "money": [
        M("8,51 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("1,12 tỷ đồng", TY, part="T"),
        R("70 triệu đồng/nhà", TRIEU, per="nhà"),
        M("3,78 tỷ đồng", TY, part="T"),
        R("15 triệu đồng/nhà", TRIEU, per="nhà"),
        M("3,61 tỷ đồng", TY, part="T"),
        R("10 triệu đồng/nhà", TRIEU, per="nhà"),
    ],
    "counts": [
        C("16 hộ", "hộ"),
        C("252 hộ", "hộ"),
        C("361 hộ", "hộ"),
        C("1 người", "người"),
        C("5 người", "người"),
        C("7 nhà", "nhà"),
        C("1.200 nhà", "nhà"),
        C("6.300 nhà", "nhà"),
        C("47 trường học", "trường học"),
        C("5 cơ sở", "cơ sở"),
        C("7 công trình", "công trình"),
        C("240 cột điện", "cột điện"),
    ],
}

# e16: a province's spending in the first quarter of 2025: investment "trong đó" the provincial
# budget's share (less); recurrent spending "một số khoản chi …, như:" five items (less); other items.
G["e16"] = {
    "money": [
        M("2.948,013 tỉ đồng", TY, tag="A", opener="trong đó"),
        M("2.045,88 tỉ đồng", TY, part="A"),
        M("8.699,581 tỉ đồng", TY, tag="B", opener="như"),
        M("4.235,623 tỉ đồng", TY, part="B"),
        M("1.493,416 tỉ đồng", TY, part="B"),
        M("1.177,757 tỉ đồng", TY, part="B"),
        M("691,719 tỉ đồng", TY, part="B"),
        M("526,043 tỉ đồng", TY, part="B"),
        M("301,124 tỉ đồng", TY),
        M("56,897 tỉ đồng", TY),
        M("10,52 tỉ đồng", TY),
        M("3,23 tỉ đồng", TY),
        M("14,168 tỉ đồng", TY),
    ],
}

# e17: a provincial agriculture department's page: new-countryside capital 2011-2014 "trên 7.000 tỉ
# … Trong đó" eight sources (6.960,5: less); the central budget's "trên 225 tỉ" with its three
# sources in a bracket "(gồm …)" (225,8: more than the rounded total). Two decimals are written with
# a blank after the comma ("71, 4 tỉ đồng", "32, 4", "126, 5"): read as 71,4 and so on (the sum
# confirms it), their values given by hand.
G["e17"] = {
    "money": [
        M("7.000 tỉ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("225 tỉ đồng", TY, q="over", part="T", tag="U", opener="gồm"),
        M("122 tỉ đồng", TY, part="U"),
        V("71, 4 tỉ đồng", 71_400_000_000, part="U"),
        V("32, 4 tỉ đồng", 32_400_000_000, part="U"),
        M("317 tỉ đồng", TY, q="over", part="T"),
        V("126, 5 tỉ đồng", 126_500_000_000, part="T"),
        M("3.100 tỉ đồng", TY, q="over", part="T"),
        M("350 tỉ đồng", TY, q="over", part="T"),
        M("1.300 tỉ đồng", TY, q="over", part="T"),
        M("1.500 tỉ đồng", TY, q="approx", part="T"),
        M("42 tỉ đồng", TY, q="over", part="T"),
    ],
}

# e18: a province's retail sales in a month "hơn 1.253 tỷ … Trong đó" three sectors (1.252,9: less).
G["e18"] = {
    "money": [
        M("1.253 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("1.084 tỷ đồng", TY, q="over", part="T"),
        M("121 tỷ đồng", TY, q="over", part="T"),
        M("47,9 tỷ đồng", TY, part="T"),
    ],
}

# e19: a provincial council's resolution on a catalogue page: its symbol in the title, the "Số hiệu"
# cell and the "Số:" line (no issue date); four laws by symbol (no dates), two decrees, two circulars
# and a submission (dated where a date follows).
G["e19"] = {
    "legal_refs": refs(
        ("23/2025/NQ-HĐND", "Nghị quyết", None),
        ("23/2025/NQ-HĐND", "Nghị quyết", None),
        ("23/2025/NQ-HĐND", "Nghị quyết", None),
        ("72/2025/QH15", "Luật", None),
        ("64/2025/QH15", "Luật", None),
        ("87/2025/QH15", "Luật", None),
        ("89/2025/QH15", "Luật", None),
        ("45/2012/NĐ-CP", "Nghị định", "2012-05-21"),
        ("235/2025/NĐ-CP", "Nghị định", None),
        ("28/2018/TT-BTC", "Thông tư", "2018-03-28"),
        ("64/2024/TT-BTC", "Thông tư", None),
        ("7450/TTr-UBND", "Tờ trình", "2025-10-23"),
    ),
}

# e20: pepper and coffee prices and changes per kg (2026), ranges of changes and of prices (a caption
# repeats one); "vượt ngưỡng 152.000" (over); "2 địa phương" counts.
G["e20"] = {
    "money": per_kg(("1.000", "1.500 đồng/kg"))
    + [R("152.000 đồng/kg", per="kg", q="over")]
    + per_kg(
        "500 đồng/kg",
        "151.000 đồng/kg",
        "1.000 đồng/kg",
        "150.000 đồng/kg",
        ("1.000", "1.500 đồng/kg"),
        "151.500 đồng/kg",
        "1.500 đồng/kg",
        "1.500 đồng/kg",
        "152.500 đồng/kg",
        "500 đồng/kg",
        ("97.500", "98.000 đồng/kg"),
        "98.000 đồng/kg",
        "97.500 đồng/kg",
    ),
    "counts": [C("2 địa phương", "địa phương")],
}

# e21: coffee prices and rises per kg (ranges, a caption repeating one, averages); London futures in
# USD a tonne, two changes in brackets. Contract months are dates.
_T = dict(cur="USD", per="tấn")
G["e21"] = {
    "money": per_kg(
        ("2.100", "2.700 đồng/kg"),
        ("114.300", "115.700 đồng/kg"),
        "149.000 đồng/kg",
        ("114.300", "115.700 đồng/kg"),
        ("2.100", "2.700 đồng/kg"),
        ("114.300", "115.700 đồng/kg"),
        "115.500 đồng/kg",
        "2.500 đồng/kg",
        "2.500 đồng/kg",
        "115.500 đồng/kg",
        "2.700 đồng/kg",
        "115.300 đồng/kg",
        "2.100 đồng/kg",
        "114.300 đồng/kg",
    )
    + [R("4.201 USD/tấn", **_T), R("107 USD/tấn", **_T), R("100 USD/tấn", **_T), R("4.182 USD/tấn", **_T)],
}

# e22: a district's poor households (2018): 1.135 "trong đó" the ethnic-minority 553 (less), and the
# near-poor 2.132 "trong đó" 791 (less); "14/15 xã" (a pair); households; relief "trên 7,6 tỷ".
G["e22"] = {
    "money": [M("7,6 tỷ đồng", TY, q="over")],
    "counts": [
        C("1.135 hộ", "hộ", tag="A", opener="trong đó"),
        C("553 hộ", "hộ", part="A"),
        C("2.132 hộ", "hộ", tag="B", opener="trong đó"),
        C("791 hộ", "hộ", part="B"),
        C("14", "xã", shape="pair"),
        C("15 xã", "xã", shape="pair"),
        C("4.547 hộ", "hộ"),
        C("654 hộ", "hộ"),
    ],
}

# e23: a district's poor households (2017): new poor and near-poor (headline and body); 669 poor
# households "Trong đó" 649 of minorities (less), 715 near-poor "Trong đó" 699 (less).
G["e23"] = {
    "counts": [
        C("6 hộ", "hộ"),
        C("23 hộ", "hộ"),
        C("130 hộ", "hộ"),
        C("6 hộ", "hộ"),
        C("23 hộ", "hộ"),
        C("669 hộ", "hộ", tag="A", opener="trong đó"),
        C("649 hộ", "hộ", part="A"),
        C("715 hộ", "hộ", tag="B", opener="trong đó"),
        C("699 hộ", "hộ", part="B"),
    ],
}

# e24: tourism 2024: visitors in "triệu lượt" (multipliers; "gần", "hơn") and revenue nationally and
# in three provinces; a spend a visitor and its rise. "top 25 điểm" (a ranking's size) is doubtful;
# "1,2 lần" is a ratio.
_L = dict(mult=TRIEU, shape="multiplier")
G["e24"] = {
    "money": [
        M("840.000 tỷ đồng", TY),
        M("190.000 tỷ đồng", TY),
        M("110.000 tỷ đồng", TY),
        M("46.000 tỷ đồng", TY, q="over"),
        M("2,45 triệu đồng", TRIEU),
        M("300.000 đồng"),
    ],
    "counts": [
        C("17,5 triệu lượt", "lượt", q="approx", **_L),
        C("110 triệu lượt", "lượt", **_L),
        C("44 triệu lượt", "lượt", **_L),
        C("28 triệu lượt", "lượt", q="approx", **_L),
        C("19 triệu lượt", "lượt", q="over", **_L),
    ],
}
doubt_count("e24", "25 điểm", 25, "điểm", "the size of a top-25 ranking")

# e25: a holiday's tourism: "khoảng 565.086 lượt khách … Trong đó" staying and foreign guests (less);
# revenue "khoảng 348 tỷ" (a heading glued to the lead, then the body) "Trong đó" lodging's
# "128,5tỷ đồng" (glued; less); children and calls counted. "4 ngày" is a duration.
G["e25"] = {
    "money": [
        M("348 tỷ đồng", TY, q="approx"),
        M("348 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("128,5tỷ đồng", TY, part="T"),
    ],
    "counts": [
        C("565.086 lượt", "lượt", q="approx", tag="K", opener="trong đó"),
        C("130.972 lượt", "lượt", part="K"),
        C("25.784 lượt", "lượt", part="K"),
        C("34 trẻ", "trẻ"),
        C("1.274 lượt", "lượt"),
        C("12 lượt", "lượt"),
    ],
}

# e26: a department's 16 industry-promotion schemes (headline, then the total) "gần 3,6 tỷ … trong
# đó" two sources (adding up); the next paragraph ("Cụ thể,") divides the 16 schemes into five kinds
# (adding up), each with its amount in brackets (the money total's one breakdown is the sources, so
# these amounts are not linked). A caption is printed twice.
G["e26"] = {
    "money": [
        M("3,6 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("2 tỷ đồng", TY, part="T"),
        M("1,6 tỷ đồng", TY, q="approx", part="T"),
        M("2,7 tỷ đồng", TY),
        M("380 triệu đồng", TRIEU),
        M("310 triệu đồng", TRIEU),
        M("80 triệu đồng", TRIEU),
        M("120 triệu đồng", TRIEU),
    ],
    "counts": [
        C("16 đề án", "đề án"),
        C("16 đề án", "đề án", tag="D", opener="cụ thể"),
        C("7 đề án", "đề án", part="D"),
        C("4 đề án", "đề án", part="D"),
        C("1 đề án", "đề án", part="D"),
        C("2 đề án", "đề án", part="D"),
        C("2 đề án", "đề án", part="D"),
    ],
}

# e27: a print page (2011): 13 schemes "trên 1,2 tỉ" in the headline, a lead and the body (words glued
# in the body: "tỉnhđang", "vớitổng"); the body's 13 "Trong đó" 3 and 10 (adding up).
G["e27"] = {
    "money": [M("1,2 tỉ đồng", TY), M("1,2 tỉ đồng", TY, q="over"), M("1,2 tỉ đồng", TY, q="over")],
    "counts": [
        C("13 đề án", "đề án"),
        C("13 đề án", "đề án"),
        C("13 đề án", "đề án", tag="D", opener="trong đó"),
        C("3 đề án", "đề án", part="D"),
        C("10 đề án", "đề án", part="D"),
    ],
}

# e28: a province's industry-promotion plan: "9 tỷ" (headline), then 11 programmes "gần 9 tỷ …, trong
# đó" the province's "gần 5,7 tỷ" (its currency word shared with the next amount) and firms' 3,3 tỷ
# (adding up); "5 nhóm".
G["e28"] = {
    "money": [
        M("9 tỷ đồng", TY),
        M("9 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("5,7 tỷ", TY, q="approx", shape="shared", part="T"),
        M("3,3 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("11 chương trình", "chương trình"), C("5 nhóm", "nhóm")],
}

# e29: a province's industry-promotion plan (2024): 1,8 tỷ; counts of labels, and ranges of counts
# ("2-3 cơ sở", "1 - 2 mô hình", "2 - 4 đề án", "1 - 2 cơ sở": two counts each).
G["e29"] = {
    "money": [M("1,8 tỷ đồng", TY)],
    "counts": [
        C("3 nhãn hiệu", "nhãn hiệu"),
        C("2", "cơ sở"),
        C("3 cơ sở", "cơ sở"),
        C("1", "mô hình"),
        C("2 mô hình", "mô hình"),
        C("2", "đề án"),
        C("4 đề án", "đề án"),
        C("1", "cơ sở"),
        C("2 cơ sở", "cơ sở"),
    ],
}

# e30: a page listing the 2025 resolutions merging communes: "34 Nghị quyết" four times (a count),
# then six resolutions by symbol without dates (the date stands before, "Ngày 16/6/2025, …"); row
# numbers are no counts; a slip "Huếnăm".
G["e30"] = {
    "counts": [C("34 Nghị quyết", "nghị quyết") for _ in range(4)],
    "legal_refs": refs(
        ("1656/NQ-UBTVQH15", "Nghị quyết", None),
        ("1685/NQ-UBTVQH15", "Nghị quyết", None),
        ("1669/NQ-UBTVQH15", "Nghị quyết", None),
        ("1659/NQ-UBTVQH15", "Nghị quyết", None),
        ("1675/NQ-UBTVQH15", "Nghị quyết", None),
        ("1668/NQ-UBTVQH15", "Nghị quyết", None),
    ),
}

# e31: a political school's paper on merging districts and communes: a party plan, two party
# resolutions, a party action programme and a council resolution, each with its date; the portal's
# address with a port number is no figure.
G["e31"] = {
    "legal_refs": refs(
        ("86-KH/TU", "Kế hoạch", "2018-05-07"),
        ("18-NQ/TW", "Nghị quyết", "2017-10-25"),
        ("147-CTHĐ/TU", "Chương trình hành động", "2019-05-09"),
        ("37-NQ/TW", "Nghị quyết", "2018-12-24"),
        ("22/2019/NQ-HĐND", "Nghị quyết", "2019-10-17"),
    ),
}

# e32: industry promotion: "8 cơ sở" (the headline) divided after "Cụ thể," into 3 and 5 establishments
# (adding up), each with its amount; 8 schemes (another noun).
G["e32"] = {
    "money": [M("1,6 tỷ đồng", TY), M("440 triệu đồng", TRIEU)],
    "counts": [
        C("8 cơ sở", "cơ sở", tag="S", opener="cụ thể"),
        C("3 cơ sở", "cơ sở", part="S"),
        C("5 cơ sở", "cơ sở", part="S"),
        C("8 đề án", "đề án"),
    ],
}

# e33: a commune portal's notice: a vaccine's price a dose ("75.000đ/liều"); "4 tuần" is an age, the
# telephone number and the date no figures; the page's view count "Lượt xem: 150" (its noun before
# it) is doubtful.
G["e33"] = {"money": [R("75.000đ/liều", per="liều")]}
doubt_count("e33", "150", 150, "lượt xem", "a view count whose noun stands before it ('Lượt xem: 150')")


# e34: a province's decision recognising new-countryside communes (its date stands before it: none);
# "9 xã" in the headline and the body; "1 tỷ đồng/xã" (a rate) under a council resolution with its
# date. "đợt 3" is an ordinal.
G["e34"] = {
    "money": [R("1 tỷ đồng/xã", TY, per="xã")],
    "counts": [C("9 xã", "xã"), C("9 xã", "xã")],
    "legal_refs": refs(("4706/QĐ-UBND", "Quyết định", None), ("126/2015/NQ-HĐND", "Nghị quyết", "2015-07-17")),
}

# e35: a district portal: "3 Xã" (capitalised); the province's award "2.500.000 đồng (Hai tỷ, năm
# trăm triệu đồng)", whose digits and words disagree (both doubtful); the district's three communes'
# awards (of the province's total, but not all of it and against a total in doubt: not linked).
G["e35"] = {
    "money": [M("500.000.000 đồng"), M("400.000.000 đồng"), M("300.000.000  đồng")],
    "counts": [C("3 Xã", "xã")],
}
doubt_money("e35", "2.500.000 đồng", 2_500_000, "digits that the amount in words after them contradicts")
doubt_money("e35", "Hai tỷ, năm trăm triệu đồng", 2_500_000_000, "words that contradict the digits before them")

# e36: a province's awards "1,5 tỷ" (headline, then the total) "Cụ thể," 500 and 400 triệu and "300
# triệu đồng/xã" for two communes (a rate, never a part: less); 14 communes of 9 districts "Trong đó"
# Núi Thành's 3 (the "mỗi huyện 2 xã", "mỗi địa phương 1 xã" are for each of several: less).
G["e36"] = {
    "money": [
        M("1,5 tỷ đồng", TY),
        M("1,5 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("500 triệu đồng", TRIEU, part="T"),
        M("400 triệu đồng", TRIEU, part="T"),
        R("300 triệu đồng/xã", TRIEU, per="xã"),
    ],
    "counts": [
        C("4 xã", "xã"),
        C("14 xã", "xã", tag="X", opener="trong đó"),
        C("9 huyện", "huyện"),
        C("3 xã", "xã", part="X"),
        C("2 xã", "xã"),
        C("1 xã", "xã"),
    ],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "e", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
