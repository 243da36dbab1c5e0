"""Gold for tests/judged_holdout19, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout19/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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


# d01: a district's public investment "hơn 112,3 tỷ … Trong đó" the provincial sources "gồm:" four
# amounts in brackets, then ("Tiếp theo") two district sources and ("Còn lại") three programmes: the
# nine are the total's sources, and they sum to 141,18 tỷ, far past the total (a slip in the text:
# "more").
G["d01"] = {
    "money": [
        M("112,3 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("6 tỷ đồng", TY, q="over", part="T"),
        M("11,5 tỷ đồng", TY, q="over", part="T"),
        M("5 tỷ đồng", TY, q="approx", part="T"),
        M("480 triệu đồng", TRIEU, q="over", part="T"),
        M("4 tỷ đồng", TY, part="T"),
        M("56,6 tỷ đồng", TY, q="approx", part="T"),
        M("23,3 tỷ đồng", TY, q="over", part="T"),
        M("28,8 tỷ đồng", TY, q="over", part="T"),
        M("5,5 tỷ đồng", TY, q="approx", part="T"),
    ],
}

# d02: a relief fund "58,582 tỷ … Trong đó" two allocations (adding up), each with its households
# and a rate a household.
G["d02"] = {
    "money": [
        M("58,582 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("58,062 tỷ đồng", TY, part="T"),
        R("3 triệu đồng/hộ", TRIEU, per="hộ"),
        M("520 triệu đồng", TRIEU, part="T"),
        R("10 triệu đồng/hộ", TRIEU, per="hộ"),
    ],
    "counts": [C("19.354 hộ", "hộ"), C("52 hộ", "hộ")],
}

# d03: a provincial decision whose symbol has a blank before the slash ("195 /QĐ-UBND") and whose
# date has no year ("ngày 15/1": no issue date); the estimate "hơn 588,6 tỷ, trong đó" central and
# provincial shares (470,8 + 117,7 = 588,5: less); this round's allocation in full digits divided in
# the next paragraph among "một số xã, phường … như:" eight communes (less). Storm numbers and "đợt 1"
# are no counts.
G["d03"] = {
    "money": [
        M("117,7 tỷ đồng", TY, q="over"),
        M("588,6 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("470,8 tỷ đồng", TY, q="over", part="T"),
        M("117,7 tỷ đồng", TY, q="over", part="T"),
        M("117.724.245.000 đồng", tag="U", opener="next paragraph"),
        M("4,4 tỷ đồng", TY, q="over", part="U"),
        M("4,1 tỷ đồng", TY, q="over", part="U"),
        M("4,1 tỷ đồng", TY, q="over", part="U"),
        M("3,8 tỷ đồng", TY, q="approx", part="U"),
        M("3,1 tỷ đồng", TY, q="over", part="U"),
        M("3,27 tỷ đồng", TY, q="over", part="U"),
        M("3,5 tỷ đồng", TY, q="approx", part="U"),
        M("3,1 tỷ đồng", TY, q="over", part="U"),
    ],
    "legal_refs": [L("195 /QĐ-UBND", "195/QĐ-UBND", "Quyết định", None)],
}

# d04: new enterprises: a month's and two months' counts and capital; the 325 divided by region in
# the next paragraph ("Phân theo khu vực", adding up); capital classes ("dưới 10 tỷ", "từ 10 - 20 tỷ",
# "từ 20 - 50 tỷ", "từ 50 tỷ đồng trở lên") are money; "13 huyện, thị xã, thành phố" counts huyện.
G["d04"] = {
    "money": [
        M("1.807,6 tỷ đồng", TY),
        M("4.288 tỷ đồng", TY, q="over"),
        M("10 tỷ đồng", TY, q="under"),
        *rng("10", "20 tỷ đồng", TY),
        *rng("20", "50 tỷ đồng", TY),
        M("50 tỷ đồng", TY),
    ],
    "counts": [
        C("70 doanh nghiệp", "doanh nghiệp"),
        C("325 doanh nghiệp", "doanh nghiệp", tag="D", opener="next paragraph"),
        C("206 doanh nghiệp", "doanh nghiệp", part="D"),
        C("84 doanh nghiệp", "doanh nghiệp", part="D"),
        C("35 doanh nghiệp", "doanh nghiệp", part="D"),
        C("13 huyện", "huyện"),
    ],
}

# d05: housing support: "196 hộ" in the headline, lead, a caption printed twice and the body, where
# the next sentence ("Theo đó") divides it into new houses and repairs (adding up); "9,05 tỷ đồng;
# trong đó" two budgets (adding up); houses under way; disbursed amount.
G["d05"] = {
    "money": [
        M("9,05 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("6,93 tỷ đồng", TY, part="T"),
        M("2,12 tỷ đồng", TY, part="T"),
        M("6,736 tỷ đồng", TY),
    ],
    "counts": [
        C("196 hộ", "hộ"),
        C("196 hộ", "hộ"),
        C("196 hộ", "hộ"),
        C("196 hộ", "hộ"),
        C("196 hộ", "hộ", tag="H", opener="next sentence"),
        C("159 hộ", "hộ", part="H"),
        C("37 hộ", "hộ", part="H"),
        C("155 nhà", "nhà"),
        C("37 nhà", "nhà"),
    ],
}

# d06: coffee and pepper prices and changes per kg, two ranges; "145.000/kg" without the currency
# word is doubtful.
G["d06"] = {
    "money": per_kg(
        ("500", "700 đồng/kg"),
        "3.000 đồng/kg",
        ("144.500", "147.000 đồng/kg"),
        "700 đồng/kg",
        "114.200 đồng/kg",
        "114.500 đồng/kg",
        "600 đồng/kg",
        "114.600 đồng/kg",
        "3.000 đồng/kg",
        "3.000 đồng/kg",
        "1.000 đồng/kg",
        "147.000 đồng/kg",
        "1.500 đồng/kg",
        "144.500 đồng/kg",
        "3.000 đồng/kg",
        "146.000 đồng/kg",
        "2.000 đồng/kg",
    ),
}
doubt_money("d06", "145.000/kg", 145000, "a price per kg without its currency word")

# d07: a department's weekly market report (2015): vegetables (change, from, to) in "đ/kg", fuels
# in "đ/lít", gold in "triệu đồng/lượng"; inspections (counts) and a fine.
_d07_kg = (
    ("3.000 đ", "25.000 đ", "28.000 đ", "3.000 đ", "11.000 đ", "14.000 đ")
    + ("2.000đ", "15.000 đ", "17.000 đ", "3.000đ", "8.000 đ", "11.000 đ")
)
_d07_l = ("620", "17.330", "17.950", "610", "16.840", "17.450", "570", "13.310", "13.880", "510", "12.280", "12.790")
G["d07"] = {
    "money": [R(n, per="kg") for n in _d07_kg]
    + [R(f"{n} đ/lít", per="lít") for n in _d07_l]
    + [
        R("34,16 triệu đồng/lượng", TRIEU, per="lượng"),
        R("34,07 triệu đồng/lượng", TRIEU, per="lượng"),
        M("2,65 triệu đồng", TRIEU),
        M("8 triệu đồng", TRIEU),
    ],
    "counts": [C("41 cơ sở", "cơ sở"), C("01 cơ sở", "cơ sở")],
}

# d08: a ward's relief "860 triệu" (headline, then the total) "Trong đó" 339 triệu for 42 houses and,
# two paragraphs on, "521 triệu đồng còn lại" (adding up); amounts by damage in ranges (each house).
G["d08"] = {
    "money": [
        M("860 triệu đồng", TRIEU),
        M("860 triệu đồng", TRIEU, tag="T", opener="trong đó"),
        M("339 triệu đồng", TRIEU, part="T"),
        *rng("14", "20 triệu đồng", TRIEU),
        *rng("7", "11 triệu đồng", TRIEU),
        M("5 triệu đồng", TRIEU),
        M("521 triệu đồng", TRIEU, part="T"),
        *rng("1", "10 triệu đồng", TRIEU),
    ],
    "counts": [C("42 hộ", "hộ")],
}

# d09: a relief guideline dated before it (no issue date), cited twice, and a decree without a date;
# 30 triệu for each household; a forestry range per hectare.
G["d09"] = {
    "money": [M("30 triệu đồng", TRIEU, shape="each"), *rng("4 triệu", "60 triệu đồng/ha", TRIEU, per="ha")],
    "legal_refs": refs(
        ("16/HD-MTTW-BVĐTW", "Hướng dẫn", None),
        ("16/HD-MTTW-BVĐTW", "Hướng dẫn", None),
        ("9/2025/NĐ-CP", "Nghị định", None),
    ),
}

# d10: a legal catalogue page: the decision's symbol in the "Số hiệu" cell and on its "Số:" line
# (dates in other cells: none), then three decrees and a circular with their dates; laws by date only
# are no references.
G["d10"] = {
    "legal_refs": refs(
        ("13/2019/QĐ-UBND", "Quyết định", None),
        ("13/2019/QĐ-UBND", "Quyết định", None),
        ("43/2014/NĐ-CP", "Nghị định", "2014-05-15"),
        ("47/2014/NĐ-CP", "Nghị định", "2014-05-15"),
        ("01/2017/NĐ-CP", "Nghị định", "2017-01-06"),
        ("37/2014/TT-BTNMT", "Thông tư", "2014-06-30"),
    )
}

# d11: a provincial decision's preamble: its own symbol (date in the place-and-date cell: none), a
# decree, two circulars, a submission, a letter and a report (its date after "ngày ngày").
G["d11"] = {
    "legal_refs": refs(
        ("48/2022/QĐ-UBND", "Quyết định", None),
        ("47/2014/NĐ-CP", "Nghị định", "2014-05-15"),
        ("09/2021/TT-BTNMT", "Thông tư", "2021-06-30"),
        ("37/2014/TT-BTNMT", "Thông tư", "2014-06-30"),
        ("4112/TTr-SNNPTNT", "Tờ trình", "2022-11-15"),
        ("4044/STC-QLGCS", "Công văn", "2022-10-10"),
        ("207/BC-STP", "Báo cáo", "2022-11-07"),
    )
}

# d12: rice prices per kg, all ranges; variety names ("IR 50404", "OM 18", "Đài Thơm 8") are no counts.
G["d12"] = {
    "money": per_kg(
        ("5.000", "5.100 đồng/kg"),
        ("5.600", "5.800 đồng/kg"),
        ("8.100", "8.200 đồng/kg"),
        ("9.500", "9.700 đồng/kg"),
        ("5.000", "5.100 đồng/kg"),
        ("5.600", "5.800 đồng/kg"),
        ("5.700", "5.800 đồng/kg"),
        ("5.900", "6.000 đồng/kg"),
        ("6.000", "6.200 đồng/kg"),
        ("5.700", "5.900 đồng/kg"),
    ),
}

# d13: exports by province in "tỷ USD"; "top 5 tỉnh" (a ranking's size) is doubtful.
G["d13"] = {
    "money": [
        M("391 tỷ USD", TY, **US),
        M("76,44 tỷ USD", TY, **US),
        M("9,4 tỷ USD", TY, q="over", **US),
        M("7,66 tỷ USD", TY, q="approx", **US),
        M("30,05 tỷ USD", TY, **US),
        M("29,68 tỷ USD", TY, **US),
        M("28,75 tỷ USD", TY, **US),
    ],
}
doubt_count("d13", "5 tỉnh", 5, "tỉnh", "the size of a top-five ranking")

# d14: jobs: the year's 25.953 "lao động" (and "gần 26.000" in the headline); the breakdown "Trong
# tổng số 25.953 người … có 16.610 lao động …; 8.282 lao động …; xuất khẩu lao động là 1.061 người":
# a part must count its total's noun, so only the 1.061 người are linked (less).
G["d14"] = {
    "counts": [
        C("26.000 lao động", "lao động", q="approx"),
        C("25.953 lao động", "lao động"),
        C("25.953 người", "người", tag="N", opener="trong tổng số"),
        C("16.610 lao động", "lao động"),
        C("8.282 lao động", "lao động"),
        C("1.061 người", "người", part="N"),
        C("22.500 lao động", "lao động", q="over"),
    ],
}

# d15: cooperatives: new ones by province; the national total "đạt 33.557" has its noun before it
# (doubtful), so its two shares link to nothing; "11.142 HTX phi nông nghiệp, bao gồm:" six kinds of
# HTX and the credit funds (another noun, not linked: less); members with a multiplier; an average
# "mỗi HTX có 183 thành viên" is doubtful.
G["d15"] = {
    "counts": [
        C("2.000 HTX", "htx", q="approx"),
        C("1.942 hợp tác xã", "hợp tác xã"),
        C("152 HTX", "htx"),
        C("120 HTX", "htx"),
        C("120 HTX", "htx"),
        C("3 HTX", "htx"),
        C("4 HTX", "htx"),
        C("5 HTX", "htx"),
        C("1.454 HTX", "htx"),
        C("22.415 HTX", "htx"),
        C("1.062 HTX", "htx"),
        C("11.142 HTX", "htx", tag="P", opener="bao gồm"),
        C("2.792 HTX", "htx", part="P"),
        C("3.103 HTX", "htx", part="P"),
        C("1.924 HTX", "htx", part="P"),
        C("860 HTX", "htx", part="P"),
        C("1.181 quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân"),
        C("646 HTX", "htx", part="P"),
        C("636 HTX", "htx", part="P"),
        C("6,139 triệu thành viên", "thành viên", TRIEU, shape="multiplier", q="over"),
        C("108.134 thành viên", "thành viên"),
    ],
}
doubt_count("d15", "33.557", 33557, "htx", "a total whose noun stands before it ('tổng số HTX … đạt 33.557')")
doubt_count("d15", "183 thành viên", 183, "thành viên", "an average a cooperative ('bình quân mỗi HTX có')")

# d16: market inspections: a fine; "hơn 500 sản phẩm … Trong đó" 235 and 306 (541: more than the
# rounded total). "Tổ 16C" (an address) is no count.
G["d16"] = {
    "money": [M("40 triệu đồng", TRIEU)],
    "counts": [
        C("500 sản phẩm", "sản phẩm", q="over", tag="S", opener="trong đó"),
        C("235 sản phẩm", "sản phẩm", part="S"),
        C("306 sản phẩm", "sản phẩm", part="S"),
    ],
}

# d17: a district's half year: output value; revenue "285,3 tỷ … trong đó" the district's own (less);
# "6 xã đạt 19/19 tiêu chí" (a pair of tiêu chí).
G["d17"] = {
    "money": [
        M("2.522,81 tỷ đồng", TY),
        M("285,3 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("24,023 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("6 xã", "xã"), C("19", "tiêu chí", shape="pair"), C("19 tiêu chí", "tiêu chí", shape="pair")],
}

# d18: steel prices and cuts per tonne by brand; a range of cuts and a range of prices.
G["d18"] = {
    "money": [
        R("260.000 đồng/tấn", per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("16,2 triệu đồng/tấn", TRIEU, per="tấn"),
        R("16,6 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("16,1 triệu đồng/tấn", TRIEU, per="tấn"),
        R("210.000 đồng/tấn", per="tấn"),
        R("16,5 triệu đồng/tấn", TRIEU, per="tấn"),
        R("300.000 đồng/tấn", per="tấn"),
        R("16 triệu đồng/tấn", TRIEU, per="tấn", q="over"),
        R("260.000 đồng/tấn", per="tấn"),
        R("16,5 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("16,1 triệu đồng/tấn", TRIEU, per="tấn"),
        R("160.000 đồng/tấn", per="tấn"),
        R("16,6 triệu đồng/tấn", TRIEU, per="tấn"),
        R("17 triệu đồng/tấn", TRIEU, per="tấn", q="over"),
        *rng("250.000", "310.000 đồng/tấn", per="tấn"),
        *rng("17", "17,2 triệu đồng/tấn", TRIEU, per="tấn"),
        R("17,5 triệu đồng/tấn", TRIEU, per="tấn", q="approx"),
    ],
}

# d19: a council's budget adjustment citing its resolution with its date: "678.718 triệu …, cụ thể
# như sau:" eleven departments, one a line; "628.429 triệu …, cụ thể:" five new departments (the
# state of each is computed).
_d19a = ("25.583", "52.643", "14.052", "42.028", "7.053", "18.279", "58.043", "169.431", "140.743", "17.160", "133.703")
_d19b = ("183.483", "37.561", "168.205", "47.434", "191.746")
G["d19"] = {
    "money": [M("678.718 triệu đồng", TRIEU, tag="A", opener="cụ thể")]
    + [M(f"{n} triệu đồng", TRIEU, part="A") for n in _d19a]
    + [M("628.429 triệu đồng", TRIEU, tag="B", opener="cụ thể")]
    + [M(f"{n} triệu đồng", TRIEU, part="B") for n in _d19b],
    "legal_refs": refs(("58/NQ-HĐND", "Nghị quyết", "2024-12-10")),
}

# d20: OCOP products: 64 (headline, then the total) "Trong đó" 10 and 54 (adding up); 698 "trong đó"
# 6 five-star products (less); a target of 52. Star ratings are no counts.
G["d20"] = {
    "counts": [
        C("64 sản phẩm", "sản phẩm"),
        C("64 sản phẩm", "sản phẩm", tag="A", opener="trong đó"),
        C("10 sản phẩm", "sản phẩm", part="A"),
        C("54 sản phẩm", "sản phẩm", part="A"),
        C("698 sản phẩm", "sản phẩm", tag="B", opener="trong đó"),
        C("6 sản phẩm", "sản phẩm", part="B"),
        C("52 sản phẩm", "sản phẩm"),
    ],
}

# d21: durian prices per kg by grade and region (ranges), a change, a month's rise, a revenue "hơn
# 1,2 tỉ đồng". Weights per fruit and yields per hectare are no money.
G["d21"] = {
    "money": per_kg(
        ("100.000", "101.000 đồng/kg"),
        ("80.000", "81.000 đồng/kg"),
        "41.000 đồng/kg",
        "1.000 đồng/kg",
        ("20.000", "25.000 đồng/kg"),
        "120.000 đồng/kg",
        ("55.000", "60.000 đồng/kg"),
        ("62.000", "82.000 đồng/kg"),
        ("70.000", "75.000 đồng/kg"),
    )
    + [M("1,2 tỉ đồng", TY, q="over")],
}

# d22: a page of teasers on the 2025 merger: provinces and units ("34 đơn vị, bao gồm 28 tỉnh và 6
# thành phố": other nouns, not linked); a party resolution dated before it; "Trong 102 đơn vị hành
# chính cấp xã … có 78 đơn vị hành chính phường và 24 đơn vị hành chính xã" (adding up). Areas are no
# counts; "Hội nghị Trung ương 11" is a name.
G["d22"] = {
    "counts": [
        C("52 tỉnh", "tỉnh"),
        C("23 đơn vị", "đơn vị"),
        C("34 tỉnh", "tỉnh"),
        C("63 tỉnh", "tỉnh"),
        C("34 đơn vị", "đơn vị"),
        C("28 tỉnh", "tỉnh"),
        C("6 thành phố", "thành phố"),
        C("91 xã", "xã"),
        C("102 đơn vị", "đơn vị", tag="X", opener="có"),
        C("78 đơn vị", "đơn vị", part="X"),
        C("24 đơn vị", "đơn vị", part="X"),
    ],
    "legal_refs": refs(("60-NQ/TW", "Nghị quyết", None)),
}

# d23: a provincial directive's text: a government resolution with its date, a party resolution cited
# twice without a date, a provincial decision with its date.
G["d23"] = {
    "legal_refs": refs(
        ("76/NQ-CP", "Nghị quyết", "2021-07-15"),
        ("12-NQ/TU", "Nghị quyết", None),
        ("12-NQ/TU", "Nghị quyết", None),
        ("3504/QĐ-UBND", "Quyết định", "2021-10-22"),
    )
}

# d24: a provincial decision (2007) whose own symbol carries a directive's code ("55/2007/CT-UBND"
# under "QUYẾT ĐỊNH": doubtful), a council resolution and a department's submission with dates.
G["d24"] = {
    "legal_refs": refs(
        ("18/2006/NQ-HĐND", "Nghị quyết", "2006-12-18"),
        ("126/SKHĐT", "Tờ trình", "2007-01-23"),
    )
}
doubt(
    "d24",
    "legal_refs",
    {"text": "55/2007/CT-UBND", "code": "55/2007/CT-UBND", "doc_type": "Chỉ thị", "date": None},
    "a decision's own symbol with a directive's code (CT) under the heading QUYẾT ĐỊNH",
)

# d25: a district's poor and near-poor households (2021-2023).
G["d25"] = {"counts": [C("3.586 hộ", "hộ"), C("2.900 hộ", "hộ"), C("3.780 hộ", "hộ")]}

# d26: rural roads "41/41 công trình" (headline and a lead printed twice: pairs); "41 công trình …
# 35,8 tỷ đồng, trong đó" state budget "trên 17,5 tỷ" and people's share 18,2 tỷ (35,7: less).
G["d26"] = {
    "money": [
        M("35,8 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("17,5 tỷ đồng", TY, q="over", part="T"),
        M("18,2 tỷ đồng", TY, part="T"),
        M("16,9 tỷ đồng", TY),
    ],
    "counts": [
        C("41", "công trình", shape="pair"),
        C("41 công trình", "công trình", shape="pair"),
        C("41", "công trình", shape="pair"),
        C("41 công trình", "công trình", shape="pair"),
        C("41", "công trình", shape="pair"),
        C("41 công trình", "công trình", shape="pair"),
        C("41 công trình", "công trình"),
    ],
}

# d27: a district's merger: a Standing Committee resolution and a party committee's decision, each with
# its date; units "gồm:" of other nouns (huyện, thị xã, thành phố; xã, phường, thị trấn: not linked);
# party cells and members.
G["d27"] = {
    "counts": [
        C("7 đơn vị", "đơn vị"),
        C("4 huyện", "huyện"),
        C("1 thị xã", "thị xã"),
        C("2 thành phố", "thành phố"),
        C("77 đơn vị", "đơn vị"),
        C("42 xã", "xã"),
        C("28 phường", "phường"),
        C("7 thị trấn", "thị trấn"),
        C("32 chi bộ", "chi bộ"),
        C("754 đảng viên", "đảng viên"),
        C("3 xã", "xã"),
    ],
    "legal_refs": refs(("1256/NQ-UBTVQH15", "Nghị quyết", "2024-10-24"), ("2998-QĐ/HU", "Quyết định", "2024-12-05")),
}

# d28: a merger look-up page: four documents, each with its date in brackets right after it.
G["d28"] = {
    "legal_refs": refs(
        ("60-NQ/TW", "Nghị quyết", "2025-04-12"),
        ("1663/NQ-UBTVQH15", "Nghị quyết", "2025-06-16"),
        ("377/ĐA-CP", "Đề án", "2025-05-09"),
        ("27/NQ-HĐND", "Nghị quyết", "2025-04-28"),
    )
}

# d29: fertiliser prices per bag: ranges in prose, then a table under "Đơn vị tính: đồng/bao" whose
# cells are ranges (two days) and a change ("+ 30.000"; a dash is no figure); grade names ("NPK 16 -
# 16 - 8", "20-20-15") are no money.
_B = "bao"
G["d29"] = {
    "money": [
        *rng("20.000", "30.000 đồng/bao", per=_B),
        *rng("610.000", "660.000 đồng/bao", per=_B),
        *rng("30.000", "90.000 đồng/bao", per=_B),
        *rng("890.000", "930.000 đồng/bao", per=_B),
        *cell_range("610.000", "620.000", _B),
        *cell_range("610.000", "650.000", _B),
        M("30.000", shape="table", per=_B),
        *cell_range("590.000", "600.000", _B),
        *cell_range("610.000", "660.000", _B),
        M("20.000", shape="table", per=_B),
        *cell_range("500.000", "580.000", _B),
        *cell_range("500.000", "580.000", _B),
        *cell_range("490.000", "570.000", _B),
        *cell_range("490.000", "570.000", _B),
        *cell_range("660.000", "750.000", _B),
        *cell_range("660.000", "750.000", _B),
        *cell_range("660.000", "750.000", _B),
        *cell_range("650.000", "750.000", _B),
        *cell_range("670.000", "750.000", _B),
        *cell_range("670.000", "750.000", _B),
        *cell_range("800.000", "900.000", _B),
        *cell_range("890.000", "930.000", _B),
        M("90.000", shape="table", per=_B),
        M("30.000", shape="table", per=_B),
        *cell_range("290.000", "330.000", _B),
        *cell_range("290.000", "330.000", _B),
        *rng("730.000", "760.000 đồng/bao", per=_B),
        *rng("250.000", "270.000 đồng/bao", per=_B),
    ],
}

# d30: retail sales: "49,2 nghìn tỷ" (headline, lead, body); the month's 6.370 tỷ divided in the next
# paragraph "Trong đó" into four kinds (adding up).
G["d30"] = {
    "money": [
        M("49,2 nghìn tỷ đồng", NGHIN_TY),
        M("49,2 nghìn tỷ đồng", NGHIN_TY),
        M("6.370 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("4.310 tỷ đồng", TY, part="T"),
        M("1.224 tỷ đồng", TY, part="T"),
        M("56 tỷ đồng", TY, part="T"),
        M("780 tỷ đồng", TY, part="T"),
        M("49,2 nghìn tỷ đồng", NGHIN_TY),
    ],
}

# d31: retail sales "trên 5.530 tỷ", divided in the next paragraph by sector of ownership ("Chia theo
# loại hình kinh tế"): 214 + 5.310 + 11,4 = 5.535,4, past the rounded total ("more").
G["d31"] = {
    "money": [
        M("5.530 tỷ đồng", TY, q="over", tag="T", opener="next paragraph"),
        M("214 tỷ đồng", TY, q="over", part="T"),
        M("5.310 tỷ đồng", TY, q="approx", part="T"),
        M("11,4 tỷ đồng", TY, part="T"),
        M("44,4 nghìn tỷ đồng", NGHIN_TY, q="approx"),
    ],
}

# d32: a Prime Minister's decision with its date: 700 tỷ for 4 localities "gồm:" four amounts (adding
# up), as the ministry's letter (with its date) proposed.
G["d32"] = {
    "money": [
        M("700 tỷ đồng", TY, tag="T", opener="gồm"),
        M("100 tỷ đồng", TY, part="T"),
        M("100 tỷ đồng", TY, part="T"),
        M("300 tỷ đồng", TY, part="T"),
        M("200 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("4 địa phương", "địa phương")],
    "legal_refs": refs(("2485/QĐ-TTg", "Quyết định", "2025-11-14"), ("17721/BTC-NSNN", "Văn bản", "2025-11-14")),
}


#


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "d", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
