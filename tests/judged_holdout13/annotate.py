"""Gold for tests/judged_holdout13, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout13/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand, R(...) a rate, C(...) count, L(...) legal_ref.
Conventions for the number: 'vn' and 'pt_en'.
"""

import importlib.util
import pathlib

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

NGHIN, TRIEU, TY = ann.NGHIN, ann.TRIEU, ann.TY
M, V, R, C, L = ann.M, ann.V, ann.R, ann.C, ann.L
kg, trow = ann.kgs, ann.trow
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt_money, doubt_count = readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit price), range-first (the lower end of a range that
# shares the upper end's unit), each (an amount per item: "mỗi tỉnh …", "mỗi suất …"), shared (an
# amount without its currency word beside amounts that carry one: "Cao Bằng 30 tỷ"), words,
# table (a cell of a table whose unit is stated once, in a header, under or over it, or per row
# with ditto marks); counts: plain, multiplier ("279 nghìn lượt").
US = dict(cur="USD")
JP = dict(cur="JPY")
YEARBOOK = "table rows"

# w01: a statistics yearbook page (one row a line, cells run together after the label, decimal
# comma) in "Tỷ đồng - Bill. dongs": the TOTAL row's parts are the three ownership groups, and
# each group's rows are its parts, column by column; years, the table number and the page
# number are not money.
G["w01"] = {
    "money": [
        *trow("35403,8 37578,3 39741,5 43979,2 52804,6", TY, tag="T"),
        *trow("4107,1 4127,4 2958,7 3613,8 4412,6", TY, tag="S", part="T"),
        *trow("1914,2 1903,9 1636,7 2049,8 2705,6", TY, part="S"),
        *trow("2192,9 2223,5 1322,0 1564,0 1707,0", TY, part="S"),
        *trow("29543,1 31306,5 34562,7 37404,6 45299,2", TY, tag="N", part="T"),
        *trow("1870,8 959,1 242,8 194,5 540,6", TY, part="N"),
        *trow("- 0,3 7,1 13,7 14,0", TY, part="N"),
        *trow("21346,1 23186,9 26139,8 27173,6 31258,0", TY, part="N"),
        *trow("53,0 24,3 957,5 1193,3 1525,1", TY, part="N"),
        *trow("6273,2 7135,9 7215,5 8829,5 11961,5", TY, part="N"),
        *trow("1753,6 2144,4 2220,1 2960,8 3092,8", TY, tag="F", part="T"),
        *trow("1359,4 1665,2 1636,0 2372,3 2141,8", TY, part="F"),
        *trow("394,2 479,2 584,1 588,5 951,0", TY, part="F"),
    ]
}

# w02: the same yearbook's table of fixed assets, the same layout and reading.
G["w02"] = {
    "money": [
        *trow("11496,7 16405,1 17494,9 21459,6 26639,3", TY, tag="T"),
        *trow("3524,6 3633,4 3931,4 3949,8 3567,8", TY, tag="S", part="T"),
        *trow("1706,1 1739,7 1721,5 1790,7 1755,0", TY, part="S"),
        *trow("1818,5 1893,7 2209,9 2159,1 1812,8", TY, part="S"),
        *trow("7779,5 12215,5 12934,7 16708,6 22380,1", TY, tag="N", part="T"),
        *trow("548,6 365,6 292,4 216,4 130,3", TY, part="N"),
        *trow("- - - 0,6 0,9", TY, part="N"),
        *trow("2387,3 3836,6 4293,2 4518,7 6274,6", TY, part="N"),
        *trow("16,7 8,2 17,6 14,4 304,3", TY, part="N"),
        *trow("4826,9 8005,1 8331,5 11958,5 15670,0", TY, part="N"),
        *trow("192,6 556,2 628,8 801,2 691,4", TY, tag="F", part="T"),
        *trow("192,6 363,2 453,6 624,3 534,1", TY, part="F"),
        *trow("- 193,0 175,2 176,9 157,3", TY, part="F"),
    ]
}

# w03: a price table by province, its unit in the first row's unit cell ("Nghìn đồng/kg") and
# ditto marks (") below it: every cell is a price per kg in thousands of đồng; "11.5" can only
# be a decimal point. Row numbers are not money. No totals.
PRICE_ROWS = [
    "11.5 10.5 11 11.5 11",
    "80 85 100 65 75",
    "70 75 90 60 65",
    "220 243 250 250 273",
    "78 53 60 60 60",
    "100 100 80 85 140",
    "135 105 100 90 126",
    "18 11 10 7 5",
    "10 10 13 8 8",
    "20 20 16 20 20",
]
G["w03"] = {"money": [m for row in PRICE_ROWS for m in trow(row, NGHIN, conv="pt_en", per="kg")]}

# w04: FDI in the first quarter of 2025: capital contributions by count and value with their
# parts after "Trong đó" (the counts add up, the values make 1.489,45 triệu of "1,49 tỷ");
# the provinces' figures have no total beside them.
G["w04"] = {
    "money": [
        M("4,33 tỷ USD", TY, **US),
        M("5,16 tỷ USD", TY, **US),
        M("1,49 tỷ USD", TY, tag="V", opener="trong đó", **US),
        M("654,14 triệu USD", TRIEU, part="V", **US),
        M("835,31 triệu USD", TRIEU, part="V", **US),
        M("1 tỷ USD", TY, **US),
        M("1,9 tỷ USD", TY, q="approx", **US),
        M("1,43 tỷ USD", TY, q="approx", **US),
        M("1,42 tỷ USD", TY, q="approx", **US),
        M("1,35 tỷ USD", TY, **US),
    ],
    "counts": [
        C("850 dự án", "dự án"),
        C("401 dự án", "dự án"),
        C("810 lượt", "lượt", tag="G", opener="trong đó"),
        C("374 lượt", "lượt", part="G"),
        C("436 lượt", "lượt", part="G"),
        C("50 tỉnh", "tỉnh"),
        C("4 địa phương", "địa phương"),
    ],
}

# w05: the Front's plan for Tết gifts: the headline figure twice, an amount a gift (a rate) and
# its cash and bag ("1 triệu tiền mặt" without a currency word beside amounts in đồng); per-gift
# amounts are never parts. "200 suất quà cho mỗi địa phương" is a count per locality (doubtful).
G["w05"] = {
    "money": [
        M("18 tỉ đồng", TY, q="over"),
        M("18 tỉ đồng", TY, q="over"),
        R("1,2 triệu đồng/suất", TRIEU, per="suất"),
        M("1 triệu", TRIEU, shape="shared"),
        M("200.000 đồng"),
        M("15,1 tỉ đồng", TY, q="over"),
    ]
}
doubt_count("w05", "200 suất", 200, "suất", "a number of gifts for each locality (a count per locality)")

# w06: the 2026 Tết gift top-up: references (two with dates right after them; "ngày 28-12" has
# no year), the gift a person (a rate), counts of beneficiaries' categories and provinces.
G["w06"] = {
    "money": [
        M("2.514 tỉ đồng", TY, q="approx"),
        R("400.000 đồng/người", per="người"),
        M("2.513 tỉ đồng", TY, q="over"),
    ],
    "counts": [
        C("02 đối tượng", "đối tượng"),
        C("02 mức", "mức"),
        C("01 suất", "suất"),
        C("43 tỉnh", "tỉnh"),
    ],
    "legal_refs": [
        L("2814/QĐ-TTg", "2814/QĐ-TTg", "Quyết định"),
        L("418/NQ-CP", "418/NQ-CP", "Nghị quyết"),
        L("20/2021/NĐ-CP", "20/2021/NĐ-CP", "Nghị định", "2021-03-15"),
        L("176/2025/NĐ-CP", "176/2025/NĐ-CP", "Nghị định", "2025-06-30"),
    ],
}

# w07: a city fund's Tết gifts: "hơn 5,4 tỷ đồng" broken down two paragraphs on (5,28 tỷ and
# 150 triệu make 5,43 tỷ: "more", as the "hơn" says); amounts a gift are not parts. Gifts a
# ward or commune are counts per unit (doubtful).
G["w07"] = {
    "money": [
        M("5,4 tỷ đồng", TY, q="over", tag="H", opener="next paragraph"),
        M("5,28 tỷ đồng", TY, part="H"),
        M("1 triệu đồng", TRIEU, shape="each"),
        R("500 nghìn đồng", NGHIN, per="suất"),
        M("150 triệu đồng", TRIEU, part="H"),
    ],
    "counts": [
        C("126 xã", "xã"),
        C("5.280 suất", "suất"),
        C("300 người", "người"),
    ],
}
doubt_count("w07", "30 suất", 30, "suất", "gifts for each ward (a count per unit)")
doubt_count("w07", "50 suất", 50, "suất", "gifts for each commune (a count per unit)")

# w08: a tag page: disbursement in a month and in four months (not parts of one another).
G["w08"] = {"money": [M("48.206,1 tỷ đồng", TY), M("128.512,9 tỷ đồng", TY)]}

# w09: fuel prices: each change and each new price a rate; fuel names' numbers are not money.
G["w09"] = {
    "money": [
        R("510 đồng/lít", per="lít"),
        R("22.110 đồng/lít", per="lít"),
        R("410 đồng/lít", per="lít"),
        R("23.130 đồng/lít", per="lít"),
        R("30 đồng/lít", per="lít"),
        R("19.870 đồng/lít", per="lít"),
        R("200 đồng/lít", per="lít"),
        R("19.900 đồng/lít", per="lít"),
        R("90 đồng/kg", per="kg"),
        R("17.410 đồng/kg", per="kg"),
    ]
}

# w10: a programme's funding "tối thiểu" (at least) and its central-budget part after "trong đó".
G["w10"] = {
    "money": [
        M("75.000 tỷ đồng", TY, q="over", tag="P", opener="trong đó"),
        M("48.000 tỷ đồng", TY, part="P"),
    ]
}

# w11: FDI in 2023: "đô la Mỹ" is USD; "100 đô la … 41 đô la" is a ratio written as money
# (doubtful); the population is a count with a multiplier.
G["w11"] = {
    "money": [M("13,43 tỉ đô la Mỹ", TY, q="approx", **US)],
    "counts": [C("100 triệu dân", "dân", TRIEU, shape="multiplier", q="approx")],
}
doubt_money("w11", "100 đô la", 100, "a share written as dollars of every hundred (a ratio)", cur="USD")
doubt_money("w11", "41 đô la", 41, "a share written as dollars of every hundred (a ratio)", cur="USD")

# w12: a donation twice (title and body), houses counted, a cost a house without its currency
# word ("40 triệu/nhà", a rate); "5 ngôi nhà/địa phương" is a ratio, not a count.
G["w12"] = {
    "money": [
        M("1 tỷ đồng", TY),
        M("1 tỷ đồng", TY),
        M("40 triệu/nhà", TRIEU, shape="shared", per="nhà"),
    ],
    "counts": [C("25 nhà", "nhà")],
}

# w13: the cost of six houses and its part after "Trong đó" (the rest is not given in figures).
G["w13"] = {
    "money": [
        M("180 triệu đồng", TRIEU, tag="X", opener="trong đó"),
        M("90 triệu đồng", TRIEU, part="X"),
    ],
    "counts": [C("6 căn nhà", "căn nhà")],
}

# w14: three houses at an amount a house (a rate) and their total (a rate is never a part).
G["w14"] = {
    "money": [R("50 triệu đồng/nhà", TRIEU, per="nhà"), M("150 triệu đồng", TRIEU)],
    "counts": [C("3 căn", "căn")],
}

# w15: a province's exports: "hơn 4,78 tỷ USD" and, after "Trong đó", the exports without crude
# oil; those are broken down by group two paragraphs on ("Trong các nhóm ngành hàng", the groups'
# shares are of it). The markets (a second axis of the total) and the month are not linked.
G["w15"] = {
    "money": [
        M("721 triệu USD", TRIEU, q="approx", **US),
        M("4,78 tỷ USD", TY, q="over", tag="E", opener="trong đó", **US),
        M("3,26 tỷ USD", TY, q="over", part="E", tag="D", opener="next paragraph", **US),
        M("3 tỷ USD", TY, q="over", **US),
        M("302,95 triệu USD", TRIEU, **US),
        M("411,52 triệu USD", TRIEU, **US),
        M("3,13 tỷ USD", TY, q="over", part="D", **US),
        M("118,9 triệu USD", TRIEU, part="D", **US),
        M("5,32 triệu USD", TRIEU, part="D", **US),
    ]
}

# w16: a yearbook table flattened one cell a line (some lines hold several), its unit at the
# foot of the page ("Triệu đồng - Mill. dongs"): the TOTAL's parts are state and non-state
# (the foreign-invested row is empty), the non-state row's parts private and household (the
# collective row is empty); the split by activity is a second axis of the same total (not
# linked); the structure rows are percentages.
G["w16"] = {
    "money": [
        *trow("3.152.285 5.434.567 6.238.593 6.812.887 7.573.283", TRIEU, tag="T"),
        *trow("69.856 50.931 165.002 21.846 29.956", TRIEU, part="T"),
        *trow("3.082.429 5.383.636 6.073.591 6.791.041 7.543.327", TRIEU, tag="N", part="T"),
        *trow("121.496 178.849 226.082 274.355 333.095", TRIEU, part="N"),
        *trow("2.960.933 5.204.787 5.847.509 6.516.686 7.210.232", TRIEU, part="N"),
        *trow("137.552 164.269 179.824 165.415 226.517", TRIEU),
        *trow("3.014.733 5.270.298 6.058.769 6.647.472 7.346.766", TRIEU),
    ]
}

# w17: the same yearbook's tourism table, two blocks each headed by its total row (lodging,
# travel agencies), read the same way; an empty cell keeps its column.
G["w17"] = {
    "money": [
        *trow("137.551 164.269 179.824 165.415 226.517", TRIEU, tag="A"),
        *trow("45.510 13.457 1.292 5.839 9.855", TRIEU, part="A"),
        *trow("92.041 150.812 178.532 159.576 216.662", TRIEU, tag="B", part="A"),
        *trow("58.952 41.949 64.661 79.560 105.152", TRIEU, part="B"),
        *trow("33.089 108.863 113.871 80.016 111.510", TRIEU, part="B"),
        *trow("2.542 4.952 5.240 6.160 7.201", TRIEU, tag="C"),
        *trow("- - - - 127", TRIEU, part="C"),
        *trow("2.542 4.952 5.240 6.160 7.074", TRIEU, tag="D", part="C"),
        *trow("2.542 4.826 5.240 6.160 7.074", TRIEU, part="D"),
        *trow("- 126 - - -", TRIEU, part="D"),
    ]
}

# w18: relief to 15 localities after storm No. 10: the total and, in the next paragraph after
# "Bao gồm:", fifteen amounts that add up to it.
W18 = ["200", "195", "20", "200", "20", "20", "200", "24", "90", "20", "200", "500", "500", "200", "135"]
G["w18"] = {
    "money": [
        M("2.524 tỷ đồng", TY, tag="S", opener="next paragraph"),
        *[M(f"{a} tỷ đồng", TY, part="S") for a in W18],
    ],
    "counts": [C("15 địa phương", "địa phương")],
}

# w19: a second emergency support (four parts in the next paragraph after "Trong đó") and a
# reminder of the first (parts after "Trong đó", two of them "30 tỷ" without "đồng").
G["w19"] = {
    "money": [
        M("400 tỷ đồng", TY, tag="A", opener="next paragraph"),
        M("250 tỷ đồng", TY, part="A"),
        M("80 tỷ đồng", TY, part="A"),
        M("50 tỷ đồng", TY, part="A"),
        M("20 tỷ đồng", TY, part="A"),
        M("140 tỷ đồng", TY, tag="B", opener="trong đó"),
        M("50 tỷ đồng", TY, part="B"),
        M("30 tỷ", TY, shape="shared", part="B"),
        M("30 tỷ", TY, shape="shared", part="B"),
        M("30 tỷ đồng", TY, part="B"),
    ],
    "counts": [C("4 địa phương", "địa phương")],
}

# w20: the first support three times (headline, lead, body); the body's total carries its part;
# "mỗi địa phương được cấp 30 tỷ đồng" is an amount each, never a part, so the total is "less".
G["w20"] = {
    "money": [
        M("140 tỷ đồng", TY),
        M("140 tỷ đồng", TY),
        M("140 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("50 tỷ đồng", TY, part="T"),
        M("30 tỷ đồng", TY, shape="each"),
    ],
    "counts": [C("4 tỉnh", "tỉnh")],
    "legal_refs": [
        L("2221/QĐ-TTg", "2221/QĐ-TTg", "Quyết định", "2025-10-08"),
        L("15559/BTC-NSNN", "15559/BTC-NSNN", "Văn bản", "2025-10-08"),
    ],
}

# w21: the 2025 merger's records: provinces and cities counted, populations with a multiplier;
# densities are ratios and areas measurements.
G["w21"] = {
    "counts": [
        C("34 tỉnh", "tỉnh"),
        C("34 tỉnh", "tỉnh"),
        C("14 triệu người", "người", TRIEU, shape="multiplier", q="approx"),
        C("6 đô thị", "đô thị"),
        C("1,4 triệu người", "người", TRIEU, shape="multiplier", q="approx"),
    ]
}

# w22: the merger plan: a decision dated before its reference (no `issued`); "từ 63 xuống còn
# 34" has no noun beside either number (doubtful).
G["w22"] = {
    "counts": [
        C("52 tỉnh", "tỉnh"),
        C("23 đơn vị", "đơn vị"),
        C("11 tỉnh", "tỉnh"),
        C("23 tỉnh", "tỉnh"),
    ],
    "legal_refs": [L("759/QĐ-TTg", "759/QĐ-TTg", "Quyết định")],
}
doubt_count("w22", "63", 63, "tỉnh", "a number of provinces with no noun beside it ('từ 63 xuống còn 34')")
doubt_count("w22", "34", 34, "tỉnh", "a number of provinces with no noun beside it ('từ 63 xuống còn 34')")

# w23: a province's first-quarter budget: revenue items whose total is outside the excerpt; the
# spending total and its parts after "Trong đó" (they make more than the total: "more").
G["w23"] = {
    "money": [
        M("2.310 tỷ đồng", TY, q="over"),
        M("1.083 tỷ đồng", TY, q="over"),
        M("1.690 tỷ đồng", TY, q="over", tag="C", opener="trong đó"),
        M("823,7 tỷ đồng", TY, part="C"),
        M("1.574 tỷ đồng", TY, q="over", part="C"),
    ]
}

# w24: an overseas daily on exports to the US: "tỉ đô la" is USD; product groups counted; pairs
# of shoes with a multiplier.
G["w24"] = {
    "money": [
        M("35 tỉ đô la", TY, **US),
        M("35 tỷ USD", TY, q="over", **US),
        M("4,08 tỷ USD", TY, **US),
        M("1 tỷ USD", TY, q="over", **US),
        M("10 tỷ USD", TY, q="over", **US),
        M("4 tỷ USD", TY, q="over", **US),
    ],
    "counts": [
        C("7 nhóm hàng", "nhóm hàng"),
        C("404 triệu đôi", "đôi", TRIEU, shape="multiplier"),
    ],
}

# w25: a policy bank's branch: capital and loans, customers, "lượt" of households and others,
# many with "nghìn"; no figure is stated as a part of another.
G["w25"] = {
    "money": [
        M("3.579 tỉ đồng", TY, q="over"),
        M("3.569 tỉ đồng", TY, q="over"),
        M("3.478 tỉ đồng", TY, q="over"),
        M("9.600 tỉ đồng", TY, q="over"),
    ],
    "counts": [
        C("17 chương trình", "chương trình"),
        C("85.579 khách hàng", "khách hàng"),
        C("483.000 lượt", "lượt", q="over"),
        C("279 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="over"),
        C("74 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="approx"),
        C("16,4 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="over"),
        C("8 nghìn HSSV", "hssv", NGHIN, shape="multiplier", q="over"),
        C("40 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="approx"),
        C("27 nghìn lao động", "lao động", NGHIN, shape="multiplier", q="approx"),
        C("4.131 căn nhà", "căn nhà"),
    ],
}

# w26: policy loans in a province: counts, some with "nghìn", and the outstanding loans.
G["w26"] = {
    "money": [M("4.643 tỷ đồng", TY)],
    "counts": [
        C("25.000 lượt", "lượt", q="over"),
        C("6.500 hộ", "hộ", q="over"),
        C("6.000 lao động", "lao động", q="over"),
        C("19 nghìn công trình", "công trình", NGHIN, shape="multiplier", q="over"),
        C("1,6 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="over"),
        C("100 nhà", "nhà", q="over"),
    ],
}

# w27: donations received: a day's total with its donors' amounts after a colon, each in
# brackets, and the running total with its parts in brackets ("trong đó"); rice in kg is not money.
G["w27"] = {
    "money": [
        M("360 triệu đồng", TRIEU, tag="A", opener=":"),
        M("300 triệu đồng", TRIEU, part="A"),
        M("50 triệu đồng", TRIEU, part="A"),
        M("10 triệu đồng", TRIEU, part="A"),
        M("20 tỉ đồng", TY, tag="B", opener="bracket"),
        M("15 tỷ đồng", TY, part="B"),
        M("5 tỷ đồng", TY, part="B"),
    ]
}

# w28: communes' donations (no total given); "261 triệu 250 nghìn đồng" is one amount.
G["w28"] = {
    "money": [
        M("616 triệu đồng", TRIEU),
        M("364 triệu đồng", TRIEU),
        V("261 triệu 250 nghìn đồng", 261250000),
    ]
}

# w29: donations received, two repeated in photo captions; gifts counted; received and
# allocated totals (neither a part of the other).
G["w29"] = {
    "money": [
        M("10 triệu đồng", TRIEU),
        M("100 triệu đồng", TRIEU),
        M("550 triệu đồng", TRIEU, q="over"),
        M("1 tỷ đồng", TY),
        M("100 triệu đồng", TRIEU),
        M("1 tỷ đồng", TY),
        M("12 tỷ đồng", TY, q="over"),
        M("11 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("3.000 phần quà", "phần quà")],
}

# w30: the central relief committee: an allocation with "mỗi tỉnh 10 tỷ đồng" (an amount each,
# not a part), the running totals; rounds and provinces counted; "bão số 13" is a name.
G["w30"] = {
    "money": [
        M("30 tỷ đồng", TY),
        M("10 tỷ đồng", TY, shape="each"),
        M("538,182 tỷ đồng", TY),
        M("1.209,24 tỷ đồng", TY),
    ],
    "counts": [C("3 tỉnh", "tỉnh"), C("5 đợt", "đợt"), C("19 tỉnh", "tỉnh")],
}

# w31: a Japanese ODA loan: "tỷ yen" is JPY; the total's three projects two paragraphs on after
# "gồm" (they make 58,5 tỷ of "gần 60 tỷ"); the USD equivalent is not a part; the total again.
G["w31"] = {
    "money": [
        M("60 tỷ yen", TY, q="approx", tag="Y", opener="gồm", **JP),
        M("310 triệu USD", TRIEU, q="approx", **US),
        M("30 tỷ yen", TY, q="approx", part="Y", **JP),
        M("25 tỷ yen", TY, q="approx", part="Y", **JP),
        M("3,5 tỷ yen", TY, part="Y", **JP),
        M("60 tỷ yen", TY, q="approx", **JP),
    ]
}

# w32: another tranche: "tỷ yên"; the year's total commitment (the tranche is one of its
# tranches, but the others are not given); projects and agreements counted.
G["w32"] = {
    "money": [
        M("25 tỷ yên", TY, q="over", **JP),
        M("145,631 tỷ yên", TY, **JP),
        M("25 tỷ yên", TY, q="over", **JP),
    ],
    "counts": [C("5 dự án", "dự án"), C("5 hiệp định", "hiệp định"), C("5 dự án", "dự án")],
}

# w33: a provincial decision's heading and grounds: its own number after "Số:" (dated only in the
# place-and-date line), references in the title (upper case) and grounds, dates glued to the
# next word ("ngày18/6/2013", "29/8/2014của") still right after them; "3952/QĐ- UBND" with a space.
G["w33"] = {
    "legal_refs": [
        L("1158/QĐ-UBND", "1158/QĐ-UBND", "Quyết định"),
        L("36/2013/QĐ-TTG", "36/2013/QĐ-TTg", "Quyết định"),
        L("36/2013/QĐ-TTg", "36/2013/QĐ-TTg", "Quyết định", "2013-06-18"),
        L("12128/BTC-TCDT", "12128/BTC-TCDT", "Công văn", "2014-08-29"),
        L("405/QĐ-BTC", "405/QĐ-BTC", "Quyết định", "2015-03-04"),
        L("204/QĐ-TCDT", "204/QĐ-TCDT", "Quyết định", "2015-03-11"),
        L("36/2013/QĐ-TTg", "36/2013/QĐ-TTg", "Quyết định", "2013-06-18"),
        L("3952/QĐ- UBND", "3952/QĐ-UBND", "Quyết định", "2014-11-17"),
        L("36/2013/QĐ-TTg", "36/2013/QĐ-TTg", "Quyết định", "2013-06-18"),
    ]
}

# w34: meal support to boarding pupils a month (rates); distances and rice in kg are measures;
# "Nghị định 66" has no symbol.
G["w34"] = {"money": [R("360.000 đồng/tháng", per="tháng"), R("936.000 đồng/tháng", per="tháng")]}

# w35: rice support: pupils counted; months are durations, rice in kg a measure; "2 học kỳ"
# (two terms) is a duration (doubtful).
G["w35"] = {"counts": [C("837 học sinh", "học sinh"), C("875 học sinh", "học sinh")]}
doubt_count("w35", "2 học kỳ", 2, "học kỳ", "two school terms (a duration)")

# w36: paddy prices: in the prose, changes and ranges per kg; in the traders' table (one cell a
# line, "|" after each), the price column's header gives "(đồng)" and each row "kg": every price
# is a rate per kg, a range two facts. The change column states no unit (doubtful); varieties'
# numbers (IR 50404, OM 5451, ST 24, Nàng Hoa 9) are names.
TABLE_36 = [
    ("5.500", "5.700"),
    ("6.000", "6.200"),
    ("5.950", "6.050"),
    ("6.000", "6.100"),
    ("8.300", "8.400"),
    ("7.000", "7.500"),
    ("6.200", "6.300"),
    "6.500",
    ("11.500", "12.000"),
    ("14.000", "15.000"),
    ("6.100", "6.300"),
    ("6.000", "6.100"),
    ("7.500", "7.600"),
    "7.600",
]
G["w36"] = {
    "money": [
        R("50 đồng/kg", per="kg"),
        *kg(("5.500", "5.700 đồng/kg")),
        R("200 đồng/kg", per="kg"),
        *kg(("6.200", "6.300 đồng/kg"), "6.500 đồng/kg", ("6.000", "6.200 đồng/kg"), ("11.500", "12.000 đồng/kg")),
        *kg(
            ("5.950", "6.050 đồng/kg"),
            ("6.000", "6.100 đồng/kg"),
            ("7.000", "7.500 đồng/kg"),
            ("6.000", "6.100 đồng/kg"),
        ),
        R("300 đồng/kg", per="kg"),
        *[M(c, per="kg", shape="table") for cell in TABLE_36 for c in (cell if isinstance(cell, tuple) else (cell,))],
    ]
}
for change, value in (("+50", 50), ("-200", 200), ("+300", 300)):
    doubt_money("w36", change, value, "a change column whose header states no unit")

# w37: FDI to 20 May 2024: totals by kind, province and sector (no total is stated with parts);
# "17 trong tổng số 21 ngành" has no noun beside the 17 (doubtful).
G["w37"] = {
    "money": [
        M("11,07 tỉ USD", TY, q="over", **US),
        M("7,94 tỉ USD", TY, q="approx", **US),
        M("8,25 tỉ USD", TY, q="approx", **US),
        M("1,52 tỉ USD", TY, q="over", **US),
        M("730 triệu USD", TRIEU, **US),
        M("1,14 tỉ USD", TY, q="approx", **US),
        M("1,06 tỉ USD", TY, q="over", **US),
        M("7,43 tỉ USD", TY, q="over", **US),
    ],
    "counts": [C("1.227 dự án", "dự án"), C("21 ngành", "ngành")],
}
doubt_count("w37", "17", 17, "ngành", "a number of sectors with no noun beside it ('17 trong tổng số 21 ngành')")

# w38: a province's poverty review: poor households and, in the next paragraph, their split by
# criterion (adds up); the split by ethnic group is a second axis of the same total (not
# linked); a decision with a space before its slash.
G["w38"] = {
    "counts": [
        C("17.435 hộ", "hộ", tag="P", opener="next paragraph"),
        C("79.677 hộ", "hộ"),
        C("9.415 hộ", "hộ"),
        C("16.594 hộ", "hộ", part="P"),
        C("841 hộ", "hộ", part="P"),
        C("16.636 hộ", "hộ"),
        C("1.125 hộ", "hộ"),
        C("394 hộ", "hộ"),
        C("5.793 hộ", "hộ"),
        C("5.320 hộ", "hộ"),
        C("3.572 hộ", "hộ"),
        C("1.766 hộ", "hộ"),
        C("788 hộ", "hộ"),
        C("134 hộ", "hộ"),
        C("49 hộ", "hộ"),
        C("13 hộ", "hộ"),
    ],
    "legal_refs": [L("219 /QĐ-UBND", "219/QĐ-UBND", "Quyết định", "2019-02-12")],
}

# w39: farm, forest and fishery exports: the total and its four groups after "Trong đó" (less);
# the main products are a second list without a total (gỗ is not stated as a part of lâm sản);
# average export prices a tonne (rates).
G["w39"] = {
    "money": [
        M("24,14 tỷ USD", TY, tag="X", opener="trong đó", **US),
        M("13,11 tỷ USD", TY, part="X", **US),
        M("6,58 tỷ USD", TY, part="X", **US),
        M("3,5 tỷ USD", TY, part="X", **US),
        M("199 triệu USD", TRIEU, part="X", **US),
        M("6,14 tỷ USD", TY, **US),
        M("2,9 tỷ USD", TY, **US),
        M("2,65 tỷ USD", TY, **US),
        M("1,55 tỷ USD", TY, **US),
        M("2,59 tỷ USD", TY, **US),
        M("1,3 tỷ USD", TY, **US),
        M("17,5 tỷ USD", TY, **US),
        R("638 USD/tấn", per="tấn", **US),
        R("3.482 USD/tấn", per="tấn", **US),
        R("1.504 USD/tấn", per="tấn", **US),
        R("4.308 USD/tấn", per="tấn", **US),
    ]
}

# w40: a province's poor and near-poor households at the end of 2023.
G["w40"] = {"counts": [C("9.604 hộ", "hộ"), C("6.943 hộ", "hộ")]}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "w", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
