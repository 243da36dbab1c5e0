"""Gold for tests/judged_holdout14, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout14/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand, W(...) money in words, R(...) a rate, C(...)
count, L(...) legal_ref. Conventions for the number: 'vn' and 'pt_en'.
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
M, V, W, R, C, L = ann.M, ann.V, ann.W, ann.R, ann.C, ann.L
rng, kgs, cells, trow = ann.rng, ann.kgs, ann.cells, ann.trow
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit price), range-first (the lower end of a range that
# shares the upper end's unit), each (an amount per item: "mỗi tỉnh …", "mỗi căn …"), shared (an
# amount without its currency word beside amounts that carry one: "Cao Bằng 195"), words, table
# (a cell of a table whose unit is stated once, in a header, over, under or beside it); counts:
# plain, multiplier ("255,9 nghìn doanh nghiệp"), pair ("34/45 xã").
US = dict(cur="USD")


# x01: a farm-market bulletin (Hà Nội, 2025): retail prices as ranges a kg ("đ/kg" glued to the
# upper end or after a space); the weekly fall "khoảng 1.000 - 2.000đ/kg" is money too.
G["x01"] = {
    "money": [
        *kgs(
            ("21.000", "23.000đ/kg"),
            ("21.000", "23.000 đ/kg"),
            ("17.000", "18.000đ/kg"),
            ("20.000", "22.000đ/kg"),
            ("30.000", "33.000đ/kg"),
            ("50.000", "55.000đ/kg"),
            ("70.000", "75.000đ/kg"),
            ("60.000", "65.000đ/kg"),
            ("65.000", "70.000đ/kg"),
        ),
        *rng("1.000", "2.000đ/kg", per="kg", q="approx"),
        *kgs(
            ("52.000", "53.000đ/kg"),
            ("100.000", "110.000đ/kg"),
            ("130.000", "135.000đ/kg"),
            ("100.000", "120.000đ/kg"),
            ("260.000", "280.000đ/kg"),
            ("125.000", "140.000đ/kg"),
            ("80.000", "90.000 đ/kg"),
        ),
    ]
}

# x02: a tag page: a province's budget revenue in five months, stated in the lead and again in
# the body, where "Trong đó" names two of its parts (they make 11.165 of 11.174 tỷ).
G["x02"] = {
    "money": [
        M("11.174 tỷ đồng", TY, q="approx"),
        M("11.174 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("9.723 tỷ đồng", TY, q="approx", part="T"),
        M("1.442 tỷ đồng", TY, part="T"),
    ]
}

# x03: the 2025-2026 school-fee frame: floors and ceilings a month; "mức sàn lần lượt là 50.000
# đồng và 100.000 đồng" carry no "/tháng" (plain). "Nghị định 238" has no symbol (doubtful).
G["x03"] = {
    "money": [
        R("50.000 đồng/tháng", per="tháng"),
        R("540.000 đồng/tháng", per="tháng"),
        R("650.000 đồng/tháng", per="tháng"),
        M("50.000 đồng"),
        M("100.000 đồng"),
    ]
}
doubt(
    "x03",
    "legal_refs",
    {"text": "Nghị định 238", "code": "238", "doc_type": "Nghị định", "date": None},
    "a decree cited by its number alone, no symbol",
)

# x04: a statistics yearbook page, one cell a line, "ĐVT: Nghìn đồng" over the rows: average
# monthly pay of enterprise employees by district. The TOTAL row is the province's average, not
# a sum, so no row is a part of it; row numbers and years are not money.
PAY_ROWS = [
    "5.727 6.690 7.815 8.463 8.836",
    "6.137 6.751 7.709 8.012 8.856",
    "6.988 8.475 10.976 10.301 10.205",
    "1.859 3.853 4.529 5.348 5.571",
    "5.643 4.851 6.161 11.596 7.899",
    "5.596 5.028 6.071 12.113 6.454",
    "5.474 7.390 7.808 8.958 9.684",
    "4.671 4.773 6.315 6.586 7.055",
    "4.404 4.864 6.244 6.694 7.156",
    "5.474 4.998 5.810 5.843 6.290",
]
G["x04"] = {"money": [m for row in PAY_ROWS for m in trow(row, NGHIN)]}

# x05: an infographic's caption: outward investment by sector after "Trong đó:", whose total
# stands only in the page title (not in the excerpt): the three amounts are plain money.
G["x05"] = {
    "money": [M("111,2 triệu USD", TRIEU, **US), M("78,5 triệu USD", TRIEU, **US), M("76,8 triệu USD", TRIEU, **US)]
}

# x06: a yearbook page (Quảng Ngãi 2016) flattened with several cells on a line or one a line, the
# unit line "Triệu đӗng - Mill. dongs" at the foot after the structure (%) block: the TOTAL row,
# its three ownership groups, the state group's two levels and the non-state group's three kinds,
# column by column. The structure rows, years, table and page numbers are not money.
G["x06"] = {
    "money": [
        *trow("82.217.160 164.163.297 161.658.117 137.505.108 111.521.028", TRIEU, tag="T"),
        *trow("74.735.656 146.843.439 142.572.533 114.704.631 85.331.816", TRIEU, tag="S", part="T"),
        *trow("74.616.074 146.666.823 142.355.417 114.463.106 85.077.412", TRIEU, part="S"),
        *trow("119.582 176.616 217.116 241.525 254.404", TRIEU, part="S"),
        *trow("6.756.663 14.342.515 15.507.540 18.390.316 21.060.674", TRIEU, tag="N", part="T"),
        *trow("27.500 16.647 17.805 19.517 20.086", TRIEU, part="N"),
        *trow("4.623.369 10.855.215 12.598.604 14.773.100 17.181.418", TRIEU, part="N"),
        *trow("2.105.794 3.470.653 2.891.131 3.597.699 3.859.170", TRIEU, part="N"),
        *trow("724.841 2.977.343 3.578.044 4.410.161 5.128.538", TRIEU, part="T"),
    ]
}

# x07: a province's farm output in 2019 ("ngàn tỷ" = nghìn tỷ): the total in the headline and in
# the body, where "Trong đó" gives its three parts (12,4 + 25,3 nghìn tỷ + 127 tỷ = 37,827 nghìn
# tỷ, more than "hơn 37,8"). Counts: "34/45 xã" a pair, "trong đó 28 xã" a part of the 34; "19/19
# tiêu chí", "15/15 tiêu chí" are scores (doubtful); "17,4 tiêu chí/xã" a ratio; "785" has no noun.
G["x07"] = {
    "money": [
        M("37,8 ngàn tỷ đồng", NGHIN_TY, q="over"),
        M("37,8 ngàn tỷ đồng", NGHIN_TY, q="over", tag="T", opener="trong đó"),
        M("12,4 ngàn tỷ đồng", NGHIN_TY, q="approx", part="T"),
        M("25,3 ngàn tỷ đồng", NGHIN_TY, q="over", part="T"),
        M("127 tỷ đồng", TY, part="T"),
    ],
    "counts": [
        C("185 cơ sở", "cơ sở"),
        C("34", "xã", shape="pair", tag="A", opener="trong đó"),
        C("45 xã", "xã", shape="pair"),
        C("28 xã", "xã", part="A"),
        C("45 xã", "xã"),
        C("7 xã", "xã", tag="B", opener="trong đó"),
        C("1 xã", "xã", part="B"),
    ],
}
doubt_count("x07", "19/19 tiêu chí", 19, "tiêu chí", "criteria met out of all criteria (a score)")
doubt_count("x07", "15/15 tiêu chí", 15, "tiêu chí", "criteria met out of all criteria (a score)")

# x08: a district's farm output in 2020: "gần 1.200 tỷ đồng" and "Trong đó" its crop and livestock
# parts (1.046 + 208 = 1.254 tỷ, more than the rounded total). Tonnes are not counts.
G["x08"] = {
    "money": [
        M("1.200 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("1.046 tỷ đồng", TY, part="T"),
        M("208 tỷ đồng", TY, part="T"),
    ]
}

# x09: storm relief (2025, post-merger provinces): the total, then in the next paragraph fifteen
# amounts that write "tỷ đồng" only on the first and the last (shape shared between), adding up;
# a fund's receipts and a first tranche (no breakdown), "mỗi tỉnh nhận 30 tỷ đồng" (each).
# Counts: provinces, casualties and houses as written; "hơn" gives qualifier over.
SHARED_09 = ["195", "20", "200", "20", "20", "200", "24", "90", "20", "200", "500", "500", "200"]
G["x09"] = {
    "money": [
        M("2.524 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("200 tỷ đồng", TY, part="T"),
        *[M(s, TY, shape="shared", part="T") for s in SHARED_09],
        M("135 tỷ đồng", TY, part="T"),
        M("672 tỷ đồng", TY),
        M("260 tỷ đồng", TY),
        M("30 tỷ đồng", TY, shape="each"),
    ],
    "counts": [
        C("15 tỉnh thành", "tỉnh thành"),
        C("49 người", "người"),
        C("16 người", "người"),
        C("153 người", "người"),
        C("200 nhà", "nhà"),
        C("169.000 nhà", "nhà", q="over"),
        C("64.000 nhà", "nhà", q="over"),
        C("1.435 điểm trường", "điểm trường"),
    ],
}

# x10: emergency relief to four post-merger provinces (Nov 2025): the total in the lead and again
# after "Cụ thể", where a bracket "(trong đó …)" gives the four amounts, adding up. References:
# the first "ngày 23/11" has no year (no issued); the letter of the ministry is dated in words.
G["x10"] = {
    "money": [
        M("1.100 tỷ đồng", TY),
        M("1.100 tỷ đồng", TY, tag="T", opener="bracket"),
        M("150 tỷ đồng", TY, part="T"),
        M("300 tỷ đồng", TY, part="T"),
        M("150 tỷ đồng", TY, part="T"),
        M("500 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("4 địa phương", "địa phương"), C("4 địa phương", "địa phương")],
    "legal_refs": [
        L("2572/QĐ-TTg", "2572/QĐ-TTg", "Quyết định"),
        L("2572/QĐ-TTg", "2572/QĐ-TTg", "Quyết định", "2025-11-23"),
        L("18147/BTC-NSNN", "18147/BTC-NSNN", "Văn bản", "2025-11-23"),
    ],
}

# x11: FDI in the first half of 2025 by post-merger province: a city's total "bao gồm:" its new,
# added and bought-in capital; the last is written "1.947 tỷ USD", which can only be a slip (the
# three would make far more than 3,82 tỷ): doubtful, so the two others make the total "less".
# "top 10 tỉnh" is a rank (doubtful); "2,8 lần" a multiplier.
G["x11"] = {
    "money": [
        M("1 tỷ USD", TY, **US),
        M("21,51 tỷ USD", TY, q="over", **US),
        M("3,82 tỷ USD", TY, tag="T", opener=":", **US),
        M("1,23 tỷ USD", TY, part="T", **US),
        M("1,48 tỷ USD", TY, part="T", **US),
        M("3,66 tỷ USD", TY, q="over", **US),
        M("3,66 tỷ USD", TY, q="approx", **US),
        M("788,3 triệu USD", TRIEU, **US),
    ],
    "counts": [
        C("9 địa phương", "địa phương"),
        C("54 tỉnh", "tỉnh"),
        C("945 dự án", "dự án"),
        C("252 dự án", "dự án"),
        C("1.255 lượt", "lượt"),
    ],
}
doubt_money("x11", "1.947 tỷ USD", 1947 * 10**9, "a slip: as written, far more than its total", cur="USD")
doubt_count("x11", "10 tỉnh", 10, "tỉnh", "a rank ('top 10 tỉnh, thành phố')")

# x12: the same relief decision on a finance paper (2025): the total, then "các tỉnh được hỗ trợ
# là:" in the next paragraph, fifteen amounts each with "tỷ đồng", adding up. References dated
# right after them.
AMOUNTS_12 = ["200", "195", "20", "200", "20", "20", "200", "24", "90", "20", "200", "500", "500", "200", "135"]
G["x12"] = {
    "money": [
        M("2.524 tỷ đồng", TY, tag="T", opener="next paragraph"),
        *[M(f"{a} tỷ đồng", TY, part="T") for a in AMOUNTS_12],
    ],
    "counts": [C("15 địa phương", "địa phương")],
    "legal_refs": [
        L("2171/QĐ-TTg", "2171/QĐ-TTg", "Quyết định", "2025-10-02"),
        L("15306/BTC-NSNN", "15306/BTC-NSNN", "Văn bản", "2025-10-02"),
        L("2451/QĐ-TTg", "2451/QĐ-TTg", "Quyết định", "2025-11-07"),
    ],
}

# x13: COVID-19 donations in a province (2021): the total "cụ thể:" by level (province, district,
# adding up); each level's bracket "(gồm …)" its cash and goods (adding up); the province's
# "Trong đó" by use is a second axis (not linked). The fund's spending "1.890.000.000, đồng" (a
# stray comma before the currency) and its five uses after "Trong đó", adding up.
G["x13"] = {
    "money": [
        M("50 tỷ đồng", TY, q="over"),
        M("50.909.250.000 đồng", tag="A", opener=":"),
        M("45.278.448.000 đồng", part="A", tag="B", opener="bracket"),
        M("42.424.148.000 đồng", part="B"),
        M("2.854.300.000 đồng", part="B"),
        M("25.969.448.000 đồng"),
        M("10.993.000.000 đồng"),
        M("8.316.000.000 đồng"),
        M("5.630.802.000 đồng", part="A", tag="C", opener="bracket"),
        M("3.741.883.000 đồng", part="C"),
        M("1.888.919.000 đồng", part="C"),
        M("1.890.000.000", tag="D", opener="trong đó"),
        M("1.100.000.000 đồng", part="D"),
        M("500.000.000 đồng", part="D"),
        M("200.000.000 đồng", part="D"),
        M("50.000.000 đồng", part="D"),
        M("40.000.000 đồng", part="D"),
    ]
}

# x14: a provincial paper's weekly market: prices a kg (ranges and single), eggs a dozen and a
# pack of 10 or 12 ("đồng/10 quả": the 10 is the rate's unit, no count).
G["x14"] = {
    "money": [
        *kgs(("80.000", "100.000 đồng/kg"), ("130.000", "160.000 đồng/kg")),
        *kgs("90.000 đồng/kg", "80.000 đồng/kg", "100.000 đồng/kg", ("190.000", "240.000 đồng/kg")),
        *kgs("9.000 đồng/kg", "10.000 đồng/kg", "17.000 đồng/kg", "9.000 đồng/kg", "8.000 đồng/kg"),
        *kgs(("7.000", "14.000 đồng/kg")),
        *rng("2.000", "3.000 đồng/chục", per="chục"),
        *rng("24.000", "25.000 đồng/10 quả", per="10 quả"),
        *rng("38.000", "40.000 đồng/12 quả", per="12 quả"),
        *kgs(
            "12.000 đồng/kg",
            "40.000 đồng/kg",
            "38.000 đồng/kg",
            "25.000 đồng/kg",
            "22.000 đồng/kg",
            "10.000 đồng/kg",
            "20.000 đồng/kg",
            "6.000 đồng/kg",
        ),
    ]
}

# x15: a wiki draft of the commune merger plan for Hà Nội: the population "trong đó" its two parts
# (they make 8.137.830, more than 7.963.797: a slip of the source); districts and communes by kind
# are different nouns (no parts); densities "người/km²" are ratios; areas are not counts.
G["x15"] = {
    "counts": [
        C("7.963.797 người", "người", tag="P", opener="trong đó"),
        C("7.245.392 người", "người", part="P"),
        C("892.438 người", "người", part="P"),
        C("30 đơn vị hành chính", "đơn vị hành chính"),
        C("12 quận", "quận"),
        C("17 huyện", "huyện"),
        C("579 đơn vị hành chính", "đơn vị hành chính"),
        C("383 xã", "xã"),
        C("175 phường", "phường"),
        C("21 thị trấn", "thị trấn"),
        C("6.601 người", "người"),
        C("10.181 người", "người"),
        C("16.782 người", "người"),
        C("18.679 người", "người"),
        C("8.999 người", "người"),
    ]
}

# x16: the Tết 2026 gift money (post-merger provinces): the total "hơn 2.513 tỷ đồng" and, two
# paragraphs on, "cụ thể:" the first ten provinces' people and amounts (parts, less); the rate a
# person. Counts: "6,28 triệu người, trong đó 1,65 triệu người" (the 4,63 triệu are "đối tượng",
# another noun: no part); the provinces' people are a second axis of the 6,28 triệu (not linked).
# References: the decision is dated before it (no issued); the resolution right after it.
PROV_16 = [
    ("104.221 người", "41,6884 tỷ đồng"),
    ("35.417 người", "14,1668 tỷ đồng"),
    ("42.345 người", "16,9380 tỷ đồng"),
    ("69.908 người", "27,9632 tỷ đồng"),
    ("82.749 người", "33,0996 tỷ đồng"),
    ("242.575 người", "97,0300 tỷ đồng"),
    ("51.963 người", "20,7852 tỷ đồng"),
    ("18.021 người", "7,2084 tỷ đồng"),
    ("44.673 người", "17,8692 tỷ đồng"),
    ("355.384 người", "142,1536 tỷ đồng"),
]
G["x16"] = {
    "money": [
        M("2.500 tỷ đồng", TY, q="over"),
        M("2.513 tỷ đồng", TY, q="over", tag="T", opener="next paragraph"),
        R("400.000 đồng/người", per="người"),
        *[M(amount, TY, part="T") for _, amount in PROV_16],
    ],
    "counts": [
        C("6,28 triệu người", "người", TRIEU, shape="multiplier", q="over", tag="P", opener="trong đó"),
        C("1,65 triệu người", "người", TRIEU, shape="multiplier", part="P"),
        C("4,63 triệu đối tượng", "đối tượng", TRIEU, shape="multiplier", q="over"),
        *[C(people, "người") for people, _ in PROV_16],
    ],
    "legal_refs": [
        L("2814/QĐ-TTg", "2814/QĐ-TTg", "Quyết định"),
        L("265/2025/QH15", "265/2025/QH15", "Nghị quyết", "2025-12-11"),
    ],
}

# x17: business registrations to October 2025: counts with "nghìn"; monthly averages ("bình quân
# một tháng có 25,6 nghìn doanh nghiệp") are averages (doubtful). Capital "5,2 triệu tỷ đồng,
# trong đó … gần 3,6 triệu tỷ đồng" (a part, less).
TRIEU_TY = 10**15
G["x17"] = {
    "counts": [
        C("255,9 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("18 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier", q="approx"),
        C("11,6 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("6.065 doanh nghiệp", "doanh nghiệp"),
        C("6.771 doanh nghiệp", "doanh nghiệp"),
        C("4.536 doanh nghiệp", "doanh nghiệp"),
        C("255,9 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("190,6 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
    ],
    "money": [
        M("5,2 triệu tỷ đồng", TRIEU_TY, tag="T", opener="trong đó"),
        M("3,6 triệu tỷ đồng", TRIEU_TY, q="approx", part="T"),
    ],
}
doubt_count("x17", "25,6 nghìn doanh nghiệp", 25600, "doanh nghiệp", "a monthly average ('bình quân một tháng có')")
doubt_count("x17", "19,1 nghìn doanh nghiệp", 19100, "doanh nghiệp", "a monthly average ('bình quân một tháng có')")

# x18: FDI in the first quarter of 2025: the total "gần 10,98 tỷ USD", and in the next paragraph
# "Trong đó" its new, added and bought-in capital, adding up; disbursement and the stock to date
# are no parts. "401 lượt dự án" counts as `lượt`.
G["x18"] = {
    "money": [
        M("1 tỷ USD", TY, **US),
        M("10,98 tỷ USD", TY, q="approx", tag="T", opener="next paragraph", **US),
        M("4,96 tỷ USD", TY, q="approx", **US),
        M("4,33 tỷ USD", TY, q="over", part="T", **US),
        M("5,16 tỷ USD", TY, q="approx", part="T", **US),
        M("1,49 tỷ USD", TY, q="approx", part="T", **US),
        M("510,5 tỷ USD", TY, **US),
        M("327,5 tỷUSD", TY, q="approx", **US),
    ],
    "counts": [
        C("50 tỉnh", "tỉnh"),
        C("4 địa phương", "địa phương"),
        C("850 dự án", "dự án"),
        C("401 lượt", "lượt"),
        C("810 giao dịch", "giao dịch"),
        C("42.760 dự án", "dự án"),
    ],
}

# x19: the social policy bank after the merger (2025): amounts with "hơn"; counts of branches,
# customers, "lượt khách hàng" (as `lượt`) and commune offices.
G["x19"] = {
    "money": [
        M("66.091 tỷ đồng", TY),
        M("15.410 tỷ đồng", TY),
        M("1.773 tỷ đồng", TY),
        M("24.210 tỷ đồng", TY, q="over"),
        M("800 tỷ đồng", TY, q="over"),
        M("799 tỷ đồng", TY, q="over"),
        M("289,7 tỷ đồng", TY),
    ],
    "counts": [
        C("34 chi nhánh", "chi nhánh"),
        C("15.500 khách hàng", "khách hàng", q="over"),
        C("4.628 lượt", "lượt"),
        C("12 điểm giao dịch", "điểm giao dịch"),
    ],
}

# x20: registrations in nine months of 2025: "hơn 231,3 nghìn" has no noun beside it and "bình
# quân mỗi tháng có 25,7 nghìn doanh nghiệp" is an average (both doubtful); average capital a
# business is a rate; "1,420 triệu tỷ đồng" (single comma: decimal).
G["x20"] = {
    "counts": [
        C("16,8 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("97 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("10,7 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("145 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("874 nghìn người", "người", NGHIN, shape="multiplier"),
    ],
    "money": [
        M("165,7 nghìn tỷ đồng", NGHIN_TY),
        M("9,9 tỷ đồng", TY, shape="rate", per="doanh nghiệp"),
        M("1,420 triệu tỷ đồng", TRIEU_TY),
        M("9,8 tỷ đồng", TY, shape="rate", per="doanh nghiệp"),
    ],
}
doubt_count("x20", "231,3 nghìn", 231300, "doanh nghiệp", "no noun beside the number (it stands before it)")
doubt_count("x20", "25,7 nghìn doanh nghiệp", 25700, "doanh nghiệp", "a monthly average ('bình quân mỗi tháng có')")

# x21: World Bank and ADB loans (2025): each project's total investment "trong đó" its loan (a part,
# less); USD equivalents of đồng amounts are no parts; the project totals are in đồng, the headline
# total in USD (no link). "81,2 triệu SDR" is a unit of account (doubtful: ISO XDR).
G["x21"] = {
    "money": [
        M("400 triệu USD", TRIEU, q="approx", **US),
        M("400 triệu USD", TRIEU, q="approx", **US),
        M("400 triệu USD", TRIEU, q="approx", **US),
        M("7.211 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("5.354 tỷ đồng", TY, part="A"),
        M("230,76 triệu USD", TRIEU, **US),
        M("3.901,602 tỷ đồng", TY, tag="B", opener="trong đó"),
        M("2.493,731 tỷ đồng", TY, part="B"),
        M("107,67 triệu USD", TRIEU, **US),
        M("914,776 tỷ đồng", TY),
        M("39,413 triệu USD", TRIEU, **US),
    ],
    "counts": [C("3 dự án", "dự án"), C("3 dự án", "dự án")],
}
doubt_money("x21", "81,2 triệu SDR", 81200000, "special drawing rights (ISO XDR), no currency of the spec", cur="XDR")

# x22: a blog's copy of a 2011 radio item: three World Bank loans after "hơn một tỷ đô la" (in
# words, no figure beside it to restate), one per paragraph (613,5 + 350 + 200 triệu, more than
# one billion, as "hơn" says); "613 triệu 500 ngàn đô la" is one amount; "đô la" is USD.
G["x22"] = {
    "money": [
        M("1 tỷ đô la", TY, q="over", **US),
        {**W("một tỷ đô la", 10**9, cur="USD", q="over", tag="T"), "opener": "next paragraph", "restates": None},
        V("613 triệu 500 ngàn đô la", 613500000, part="T", **US),
        M("350 triệu đô la", TRIEU, part="T", **US),
        M("200 triệu đô la", TRIEU, part="T", **US),
    ]
}

# x23: a tourism office's table, one cell a line: the money column's header "(nghìn tỷ đồng)"
# makes every figure of it money; the growth column (%) and the years are not; "Lượt xem:
# 253.756" is page furniture (the noun stands before it).
TOURISM = [
    "17,40",
    "20,50",
    "23,00",
    "22,00",
    "26,00",
    "30,00",
    "51,00",
    "56,00",
    "60,00",
    "68,00",
    "96,00",
    "130,00",
    "160,00",
    "200,00",
    "230,00",
    "355,50",
    "417,20",
    "541,00",
    "637,00",
]
G["x23"] = {"money": cells(TOURISM, NGHIN_TY)}

# x24: provinces exporting over 10 tỷ USD in 2015: five named with amounts in brackets, then "Tổng
# … của 6 địa phương nêu trên đạt 110,959 tỷ USD" after them (opener after; the sixth's amount
# stands a paragraph later, so the five make less); the country's total and a province's two
# years are no parts. The headline stands twice (page furniture).
G["x24"] = {
    "money": [
        M("10 tỷ USD", TY, q="over", **US),
        M("10 tỷ USD", TY, q="over", **US),
        M("21,532 tỷ USD", TY, part="T", **US),
        M("10 tỷ USD", TY, q="over", **US),
        M("10,475 tỷ USD", TY, part="T", **US),
        M("30,265 tỷ USD", TY, part="T", **US),
        M("18,651 tỷ USD", TY, part="T", **US),
        M("14,063 tỷ USD", TY, part="T", **US),
        M("110,959 tỷ USD", TY, tag="T", opener="after", **US),
        M("162,111 tỷ USD", TY, **US),
        M("7,927 tỷ USD", TY, **US),
        M("15,973 tỷ USD", TY, **US),
        M("8 tỷ USD", TY, q="over", **US),
    ],
    "counts": [
        C("6 tỉnh", "tỉnh"),
        C("6 tỉnh", "tỉnh"),
        C("1 địa phương", "địa phương"),
        C("6 tỉnh", "tỉnh"),
        C("6 địa phương", "địa phương"),
    ],
}

# x25: provinces exporting over 1 tỉ USD in 2013: four named, then the 19 members' total after
# them ("after", less); thresholds ("trên 20 tỉ USD", "từ 1 tỉ USD trở lên") are money.
G["x25"] = {
    "money": [
        M("1 tỉ USD", TY, q="over", **US),
        M("20 tỉ USD", TY, q="over", **US),
        M("29,488 tỉ USD", TY, part="T", **US),
        M("25,057 tỉ USD", TY, part="T", **US),
        M("10 tỉ USD", TY, q="over", **US),
        M("14,813 tỉ USD", TY, part="T", **US),
        M("10,976 tỉ USD", TY, part="T", **US),
        M("115,7 tỉ USD", TY, q="over", tag="T", opener="after", **US),
        M("132,1 tỉ USD", TY, **US),
        M("1 tỉ USD", TY, q="over", **US),
        M("982,7 triệu USD", TRIEU, **US),
    ],
    "counts": [
        C("19 tỉnh", "tỉnh"),
        C("2 địa bàn", "địa bàn"),
        C("2 tỉnh", "tỉnh"),
        C("19 thành viên", "thành viên"),
    ],
}

# x26: flood relief donations (Nov 2025): the central committee's total, "Trong đó" (next
# paragraph) the part passed on directly, which a bracket "(Gồm: …)" splits by donor, amounts in
# brackets with spaces inside, adding up; the fair's pledges stand apart (no link).
G["x26"] = {
    "money": [
        M("2.800 tỷ đồng", TY, q="over"),
        M("1.400 tỷ đồng", TY, q="over", tag="T", opener="next paragraph"),
        M("618,5 tỷ đồng", TY, part="T", tag="S", opener="bracket"),
        M("500 tỷ đồng", TY, part="S"),
        M("100 tỷ đồng", TY, part="S"),
        M("2,5 tỷ đồng", TY, part="S"),
        M("10 tỷ đồng", TY, part="S"),
        M("5 tỷ đồng", TY, part="S"),
        M("1 tỷ đồng", TY, part="S"),
        M("20 tỷ đồng", TY),
        M("112,596 tỷ đồng", TY),
    ]
}

# x27: COVID-19 donations (2021): the total only in the headline, its two channels in the next
# paragraph (10.531 + 8.779 = 19.310 tỷ, more than 19.300); allocations are no parts.
G["x27"] = {
    "money": [
        M("19.300 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("10.531 tỷ đồng", TY, q="over", part="T"),
        M("8.779 tỷ đồng", TY, q="over", part="T"),
        M("8.656 tỷ đồng", TY),
        M("4.449,4 tỷ đồng", TY),
    ],
    "counts": [C("3,3 triệu phần quà", "phần quà", TRIEU, shape="multiplier", q="over")],
}

# x28: paddy and rice prices (Aug 2025): prose ranges and changes a kg, export prices a tonne, and
# two tables flattened one cell a line after "|", the price column's header "GIÁ (đồng/kg)" making
# every cell a price a kg (a range two facts); the change column is empty; varieties' numbers
# (IR 50404, OM 5451, CL 555) are names.
PADDY_28 = [
    ("5.700", "5.800"),
    ("5.900", "6.000"),
    ("6.100", "6.200"),
    ("6.100", "6.200"),
    ("7.800", "8.000"),
    "20.000",
    ("6.100", "6.200"),
    ("5.900", "6.000"),
]
RICE_28 = [
    "28.000",
    ("14.000", "15.000"),
    ("17.000", "22.000"),
    ("17.000", "18.000"),
    "21.000",
    ("13.000", "14.000"),
    ("18.000", "20.000"),
    "22.000",
    "20.000",
    "22.000",
    "17.500",
    ("7.950", "8.050"),
    ("8.600", "8.750"),
    ("9.500", "9.650"),
    ("8.200", "8.300"),
    ("9.600", "9.700"),
]
G["x28"] = {
    "money": [
        *rng("100", "150 đồng/kg", per="kg"),
        R("10 USD/tấn", per="tấn", **US),
        R("395 USD/tấn", per="tấn", **US),
        *kgs(("5.700", "6.200 đồng/kg"), ("5.900", "6.000 đồng/kg"), "50 đồng/kg", ("8.450", "8.550 đồng/kg")),
        *kgs("150 đồng/kg", ("8.650", "8.750 đồng/kg"), ("8.300", "8.400 đồng/kg")),
        *kgs(("9.500", "9.650 đồng/kg"), ("9.600", "9.700 đồng/kg")),
        *cells(PADDY_28, per="kg"),
        *kgs("28.000 đồng/kg", "22.000 đồng/kg", ("13.000", "14.000 đồng/kg"), ("20.000", "22.000 đồng/kg")),
        *cells(RICE_28, per="kg"),
    ]
}

# x29: a province's report to its council (Sept 2025, after the merger): retail and tourism
# revenue; visitors "3,85 triệu lượt khách … trong đó khách quốc tế 75.735 lượt" (a part, less);
# "hơn 79.000 con lợn" culled; tonnes and hectares are not counts.
G["x29"] = {
    "money": [M("99.354 tỷ đồng", TY), M("2.612 tỷ đồng", TY)],
    "counts": [
        C("3,85 triệu lượt", "lượt", TRIEU, shape="multiplier", tag="V", opener="trong đó"),
        C("75.735 lượt", "lượt", part="V"),
        C("79.000 con lợn", "con lợn", q="over"),
    ],
}

# x30: a statistics office's monthly report: spending "Trong đó:" two of its items (less); credit
# "cụ thể như sau:" by kind of bank, adding up; changes are money but no parts. The eleven groups
# of the CPI and the groups rising, falling and steady (parts, adding up).
G["x30"] = {
    "money": [
        M("8.537,18 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("1.596,7 tỷ đồng", TY, part="A"),
        M("3.902,1 tỷ đồng", TY, part="A"),
        M("25.390 tỷ đồng", TY),
        M("1.475 tỷ đồng", TY),
        M("24.610 tỷ đồng", TY, tag="B", opener=":"),
        M("2.375 tỷ đồng", TY),
        M("21.010 tỷ đồng", TY, part="B"),
        M("2.014 tỷ đồng", TY),
        M("3.600 tỷ đồng", TY, part="B"),
        M("362 tỷ đồng", TY),
        M("360 tỷ đồng", TY, q="approx"),
        M("208 tỷ đồng", TY),
    ],
    "counts": [
        C("11 nhóm", "nhóm", tag="G", opener="trong số"),
        C("06 nhóm", "nhóm", part="G"),
        C("03 nhóm", "nhóm", part="G"),
        C("02 nhóm", "nhóm", part="G"),
    ],
}

# x31: a transfer of rural-programme capital between provinces (2025): "Trong đó" (after a photo
# caption) one province's share of the 43,66 tỷ added (a part, less); the caption repeats it.
G["x31"] = {
    "money": [
        M("43,66 tỷ đồng", TY),
        M("43,66 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("650 triệu đồng", TRIEU),
        M("650 triệu đồng", TRIEU, part="T"),
        M("1.251,488 tỷ đồng", TY),
        M("10,691 tỷ đồng", TY),
    ],
    "counts": [C("6 địa phương", "địa phương"), C("41 tỉnh", "tỉnh")],
    "legal_refs": [L("864/QĐ-TTg", "864/QĐ-TTg", "Quyết định")],
}

# x32: a province's poverty review (2025): households and people; the poor households' split is
# given in percentages only.
G["x32"] = {
    "counts": [
        C("1.005.262 hộ dân", "hộ dân"),
        C("3.917.201 nhân khẩu", "nhân khẩu"),
        C("26.941 hộ", "hộ"),
        C("31.615 hộ", "hộ"),
    ]
}

# x33: farm exports in nine months of 2025: the total "Trong đó" coffee (a part, less); the export
# price a tonne; the year's target.
G["x33"] = {
    "money": [
        R("5.658 USD/tấn", per="tấn", **US),
        M("52,31 tỷ USD", TY, q="over", tag="T", opener="trong đó", **US),
        M("6,9 tỷ USD", TY, q="over", part="T", **US),
        M("70 tỷ USD", TY, q="over", **US),
    ]
}

# x34: fruit and vegetable exports to November 2025: totals, a month, imports, the surplus, and
# markets to October (another period: no parts).
G["x34"] = {
    "money": [
        M("7,8 tỷ USD", TY, **US),
        M("8,5 tỷ USD", TY, q="approx", **US),
        M("754 triệu USD", TRIEU, **US),
        M("7,8 tỷ USD", TY, q="over", **US),
        M("2,44 tỷ USD", TY, q="over", **US),
        M("5,4 tỷ USD", TY, q="approx", **US),
        M("4,5 tỷ USD", TY, q="over", **US),
        M("455 triệu USD", TRIEU, q="approx", **US),
        M("264 triệu USD", TRIEU, q="over", **US),
    ]
}

# x35: a city's outline on the commune merger (2024): the legal grounds, party symbols keeping
# their "/", each dated right after it; laws cited by date only are no references.
G["x35"] = {
    "legal_refs": [
        L("37-NQ/TW", "37-NQ/TW", "Nghị quyết", "2018-12-24"),
        L("48-KL/TW", "48-KL/TW", "Kết luận", "2023-01-30"),
        L("35/2023/UBTVQH15", "35/2023/UBTVQH15", "Nghị quyết", "2023-07-12"),
        L("117/NQ-CP", "117/NQ-CP", "Nghị quyết", "2023-07-30"),
        L("316/PA-UBND", "316/PA-UBND", "Phương án", "2024-01-19"),
        L("714-TB/TU", "714-TB/TU", "Thông báo", "2024-04-25"),
        L("36-CT/TU", "36-CT/TU", "Chỉ thị", "2024-02-28"),
        L("48-KL/TW", "48-KL/TW", "Kết luận", "2023-01-30"),
    ]
}

# x36: two solidarity houses: each house's cost, and "Trong đó … mỗi căn 40 triệu đồng … mỗi căn
# 46 triệu đồng" (amounts a house: never parts); the families counted.
G["x36"] = {
    "money": [
        M("86 triệu đồng", TRIEU),
        M("166 triệu đồng", TRIEU),
        M("40 triệu đồng", TRIEU, shape="each"),
        M("46 triệu đồng", TRIEU, shape="each"),
    ],
    "counts": [C("2 gia đình", "gia đình"), C("2 gia đình", "gia đình")],
}

# x37: nine houses handed over: the households "(5 hộ … và 4 hộ …)" in a bracket (adding up); the
# support a house "90 triệu đồng. Trong đó" its two sources, a house each too (adding up).
G["x37"] = {
    "counts": [
        C("9 căn nhà", "căn nhà"),
        C("9 căn nhà", "căn nhà"),
        C("9 hộ", "hộ", tag="H", opener="bracket"),
        C("5 hộ", "hộ", part="H"),
        C("4 hộ", "hộ", part="H"),
        C("16 căn nhà", "căn nhà"),
    ],
    "money": [
        M("90 triệu đồng", TRIEU, shape="each", tag="M", opener="trong đó"),
        M("70 triệu đồng", TRIEU, shape="each", part="M"),
        M("20 triệu đồng", TRIEU, shape="each", part="M"),
    ],
}

# x38: two solidarity houses (2018): each house's cost ("52 triệu" without "đồng", beside amounts
# in đồng: shared); the funds' support for each household, "mỗi nhà 5 triệu", "mỗi hộ 3 triệu"
# (each). The sources are not stated as a breakdown of a cost (no links).
G["x38"] = {
    "counts": [C("2 Nhà", "nhà"), C("2 hộ", "hộ"), C("2 gia đình", "gia đình"), C("2 hộ", "hộ")],
    "money": [
        M("80 triệu đồng", TRIEU),
        M("52 triệu", TRIEU, shape="shared"),
        M("10 triệu đồng", TRIEU),
        M("20 triệu đồng", TRIEU),
        M("5 triệu đồng", TRIEU, shape="each"),
        M("3 triệu đồng", TRIEU, shape="each"),
    ],
}

# x39: exports by province in 2025 (post-merger provinces): the country's total and the leading
# provinces' (no breakdown stated).
G["x39"] = {
    "money": [
        M("475,04 tỷ USD", TY, **US),
        M("8,94 tỷ USD", TY, **US),
        M("93,27 tỷ USD", TY, **US),
        M("92,68 tỷ USD", TY, **US),
        M("0,59 tỷ USD", TY, **US),
        M("46,55 tỷ USD", TY, **US),
        M("35,01 tỷ USD", TY, **US),
        M("36,59 tỷ USD", TY, **US),
    ]
}

# x40: exports to October 2025: the total "Trong đó" its largest group (a part, less); provinces'
# figures (no breakdown of the total stated).
G["x40"] = {
    "money": [
        M("42 tỉ USD", TY, q="over", **US),
        M("391 tỉ USD", TY, tag="T", opener="trong đó", **US),
        M("87,3 tỉ USD", TY, part="T", **US),
        M("76,44 tỉ USD", TY, **US),
        M("9,4 tỉ USD", TY, q="over", **US),
        M("7,66 tỉ USD", TY, q="approx", **US),
        M("76,34 tỉ USD", TY, **US),
        M("68,65 tỉ USD", TY, **US),
        M("67,03 tỉ USD", TY, **US),
    ]
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "x", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
