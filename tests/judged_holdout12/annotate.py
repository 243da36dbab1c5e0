"""Gold for tests/judged_holdout12, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout12/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, W(...) money in words, R(...) a rate, C(...) count, L(...) legal_ref.
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

NGHIN, TRIEU, TY, NGHIN_TY = ann.NGHIN, ann.TRIEU, ann.TY, ann.NGHIN_TY
M, W, R, C, L = ann.M, ann.W, ann.R, ann.C, ann.L
rng, kg = ann.rng, ann.kgs
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt_count = readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit price), range-first (the lower end of a range or pair
# that shares the upper end's unit), each (an amount per item: "mỗi tỉnh …", "mỗi suất …"), scale
# ("nghìn tỷ đồng"), words (an amount in words), table (a cell of a table whose unit is stated
# once); counts: plain, multiplier ("10,7 nghìn doanh nghiệp").
US = dict(cur="USD")

# v01: a city's socio-economic report: tasks counted, a programme of action referenced, capital
# and trade in tỷ đồng and triệu USD; hectares are measurements.
G["v01"] = {
    "money": [
        M("8.409 tỷ đồng", TY),
        M("785.490 tỷ đồng", TY),
        M("4.043 triệu USD", TRIEU, **US),
        M("9.963 triệu USD", TRIEU, **US),
    ],
    "counts": [C("188 nhiệm vụ", "nhiệm vụ")],
    "legal_refs": [L("34/CTr-UBND", "34/CTr-UBND", "Chương trình hành động")],
}

# v02: a copy of the statistics office's quarterly report: three references with dates.
G["v02"] = {
    "legal_refs": [
        L("01/NQ-CP", "01/NQ-CP", "Nghị quyết", "2016-01-07"),
        L("04/CT-TTg", "04/CT-TTg", "Chỉ thị", "2016-02-04"),
        L("09/CT-TTg", "09/CT-TTg", "Chỉ thị", "2016-03-09"),
    ]
}

# v03: the 2025 merger: provinces and units counted (different nouns are not parts of "34 đơn
# vị"), populations with "người"; "từ 63 xuống 34 đơn vị" and "2 cấp" are doubtful; areas are
# measurements. A National Assembly resolution twice and a party resolution.
G["v03"] = {
    "counts": [
        C("34 đơn vị hành chính", "đơn vị"),
        C("63 tỉnh", "tỉnh"),
        C("34 đơn vị hành chính", "đơn vị"),
        C("28 tỉnh", "tỉnh"),
        C("6 thành phố", "thành phố"),
        C("23 đơn vị hành chính", "đơn vị"),
        C("52 tỉnh", "tỉnh"),
        C("11 tỉnh", "tỉnh"),
        C("1.865.270 người", "người"),
        C("1.778.785 người", "người"),
    ],
    "legal_refs": [
        L("202/2025/QH15", "202/2025/QH15", "Nghị quyết"),
        L("202/2025/QH15", "202/2025/QH15", "Nghị quyết"),
        L("60-NQ/TW", "60-NQ/TW", "Nghị quyết"),
    ],
}
doubt_count(
    "v03", "63 xuống 34 đơn vị", 63, "đơn vị", "the first end of 'từ 63 xuống 34 đơn vị' (a change, not a range)"
)
doubt_count("v03", "2 cấp", 2, "cấp", "'chính quyền 2 cấp' names a model of government")

# v04: emergency aid to four post-2025 provinces: the lead's total, then the decision's total split
# "trong đó" (adds up); a decision and the finance ministry's letter, each with its date.
G["v04"] = {
    "money": [
        M("400 tỷ đồng", TY),
        M("400 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("250 tỷ đồng", TY, part="T"),
        M("50 tỷ đồng", TY, part="T"),
        M("50 tỷ đồng", TY, part="T"),
        M("50 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("04 địa phương", "địa phương"), C("04 địa phương", "địa phương")],
    "legal_refs": [
        L("2241/QĐ-TTg", "2241/QĐ-TTg", "Quyết định", "2025-10-12"),
        L("15854/BTC-NSNN", "15854/BTC-NSNN", "Văn bản", "2025-10-12"),
    ],
}

# v05: paddy and rice prices per kg, most as ranges "a – b đồng/kg"; names with numbers ("OM 18",
# "Đài thơm 8", "IR 504") are no counts.
G["v05"] = {
    "money": kg(
        ("6.800", "6.900 đồng/kg"),
        ("6.700", "6.800 đồng/kg"),
        ("6.900", "7.100 đồng/kg"),
        ("6.900", "7.200 đồng/kg"),
        ("9.000", "9.200 đồng/kg"),
        ("8.400", "8.600 đồng/kg"),
        ("7.800", "7.900 đồng/kg"),
        ("6.200", "6.300 đồng/kg"),
        ("6.600", "6.800 đồng/kg"),
        "6.500 đồng/kg",
        ("7.000", "7.200 đồng/kg"),
        ("7.850", "8.000 đồng/kg"),
        ("9.200", "9.300 đồng/kg"),
        ("10.000", "10.100 đồng/kg"),
        "9.300 đồng/kg",
        ("8.100", "8.200 đồng/kg"),
        "11.500 đồng/kg",
        "12.500 đồng/kg",
        ("15.000", "16.000 đồng/kg"),
        "14.000 đồng/kg",
        ("14.000", "15.000 đồng/kg"),
        "20.000 đồng/kg",
        ("18.000", "19.000 đồng/kg"),
        "19.000 đồng/kg",
        "14.000 đồng/kg",
        "17.500 đồng/kg",
        "18.000 đồng/kg",
        "20.000 đồng/kg",
        "20.000 đồng/kg",
        ("7.000", "8.000 đồng/kg"),
    )
}

# v06: exports to the United States; the three product groups named in later paragraphs are parts
# of the quarter's exports to it (opener next paragraph, less). "từ 1 tỷ USD trở lên" is a floor.
G["v06"] = {
    "money": [
        M("15,95 tỷ USD", TY, tag="X", opener="next paragraph", **US),
        M("1 tỷ USD", TY, q="over", **US),
        M("3,3 tỷ USD", TY, part="X", **US),
        M("20 triệu USD", TRIEU, q="over", **US),
        M("2,67 tỷ USD", TY, part="X", **US),
        M("1,96 tỷ USD", TY, q="approx", part="X", **US),
        M("3,55 tỷ USD", TY, **US),
    ]
}

# v07: a city council's school fees per month: a range sharing "triệu đồng mỗi tháng", fees per
# pupil per month written with "/" or "mỗi"; "1,97 triệu đồng" is left without its per-unit.
G["v07"] = {
    "money": [
        *rng("2,4", "5,1 triệu đồng", TRIEU, per="tháng"),
        R("2,4 triệu đồng/tháng", TRIEU, per="tháng"),
        R("5,1 triệu đồng/tháng", TRIEU, per="tháng"),
        R("3,3 triệu đồng", TRIEU, per="học sinh/tháng"),
        R("4,1 triệu đồng", TRIEU, per="học sinh/tháng", q="over"),
        R("3,9 triệu đồng/học sinh", TRIEU, per="học sinh/tháng"),
        R("4,05 triệu đồng", TRIEU, per="tháng"),
        R("1,81 triệu đồng", TRIEU, per="tháng"),
        M("1,97 triệu đồng", TRIEU),
        R("6,1 triệu đồng", TRIEU, per="tháng"),
    ]
}

# v08: Tết gifts: 4.000 households "gồm" 2.000 and 2.000 (adds up); the gift's value is an amount
# each; the funding and other gifts are plain.
G["v08"] = {
    "money": [M("500.000 đồng", shape="each"), M("2 tỷ đồng", TY), M("2,4 tỷ đồng", TY), M("100 triệu đồng", TRIEU)],
    "counts": [
        C("2 huyện", "huyện"),
        C("4.000 hộ", "hộ", tag="H", opener="gồm"),
        C("2.000 hộ", "hộ", part="H"),
        C("2.000 hộ", "hộ", part="H"),
        C("8.600 hộ", "hộ", q="approx"),
        C("8.000 hộ", "hộ", q="over"),
        C("4.000 hộ", "hộ", q="approx"),
    ],
}

# v09: gifts to households of a (post-2025) commune: the total, and what each gift holds (amounts
# each, not parts of the total).
G["v09"] = {
    "money": [M("240 triệu đồng", TRIEU), M("500.000 đồng", shape="each"), M("100.000 đồng", shape="each")],
    "counts": [C("400 phần quà", "phần quà"), C("400 hộ dân", "hộ dân")],
}

# v10: a Front plan: 30.000 gifts, "Trong đó" 10.200 at province level and 800 at local level and
# 1.650 in reserve (less); gifts per province and per place are amounts each; "1 túi quà" is a
# container (doubtful). A plan referenced.
G["v10"] = {
    "money": [
        M("13,26 tỷ đồng", TY),
        M("1 triệu đồng", TRIEU, shape="each"),
        M("300.000 đồng", shape="each"),
        M("1 triệu đồng", TRIEU, shape="each"),
        M("300.000 đồng", shape="each"),
        M("1,04 tỷ đồng", TY),
    ],
    "counts": [
        C("30.000 suất quà", "suất quà", q="approx"),
        C("4 xã", "xã"),
        C("30.000 suất quà", "suất quà", tag="S", opener="trong đó"),
        C("34 tỉnh", "tỉnh"),
        C("10.200 suất quà", "suất quà", part="S"),
        C("300 suất quà", "suất quà"),
        C("4 địa phương", "địa phương"),
        C("200 suất quà", "suất quà"),
        C("800 suất quà", "suất quà", part="S"),
        C("1.650 suất quà", "suất quà", part="S"),
    ],
    "legal_refs": [L("96/KH-MTTW-BTT", "96/KH-MTTW-BTT", "Kế hoạch")],
}
doubt_count("v10", "1 túi quà", 1, "túi quà", "a container inside a gift")

# v11: emergency aid to four provinces: the total twice, then "Cụ thể" one province's amount (a part)
# and "mỗi tỉnh 30 tỷ đồng" (each, not a part; less); a decision (its date stands before it) and
# the finance ministry's letter with its date.
G["v11"] = {
    "money": [
        M("140 tỷ đồng", TY),
        M("140 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("50 tỷ đồng", TY, part="T"),
        M("30 tỷ đồng", TY, shape="each"),
    ],
    "counts": [C("4 tỉnh", "tỉnh")],
    "legal_refs": [
        L("2221/QĐ-TTg", "2221/QĐ-TTg", "Quyết định"),
        L("15559/BTC-NSNN", "15559/BTC-NSNN", "Văn bản", "2025-10-08"),
    ],
}

# v12: Red Cross gifts: gifts and households counted, the value of each gift ("nghìn đồng"), and the
# total after (products, not parts).
G["v12"] = {
    "money": [
        M("600 nghìn đồng", NGHIN, shape="each"),
        M("300 nghìn đồng", NGHIN, shape="each"),
        M("50 triệu đồng", TRIEU, q="approx"),
    ],
    "counts": [C("43 suất quà", "suất quà"), C("43 hộ", "hộ"), C("80 suất quà", "suất quà"), C("80 hộ", "hộ")],
}

# v13: a provincial paper on 700 tỷ for four provinces; the amounts a province in the next
# paragraph (adds up); a decision (dated before it).
G["v13"] = {
    "money": [
        M("700 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("300 tỷ đồng", TY, part="T"),
        M("200 tỷ đồng", TY, part="T"),
        M("100 tỷ đồng", TY, part="T"),
        M("100 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("4 địa phương", "địa phương")],
    "legal_refs": [L("2485/QĐ-TTg", "2485/QĐ-TTg", "Quyết định")],
}

# v14: a provincial paper on 555 tỷ for 17 provinces; the list "gồm có:" in the last paragraph:
# amounts per province ("15 tỷ đồng/tỉnh") are rates, never parts; the single amounts are parts
# (less). A Prime Minister's decision.
G["v14"] = {
    "money": [
        M("555 tỷ đồng", TY, tag="T", opener="gồm"),
        R("15 tỷ đồng/tỉnh", TY, per="tỉnh"),
        R("10 tỷ đồng/tỉnh", TY, per="tỉnh"),
        M("70 tỷ đồng", TY, part="T"),
        M("45 tỷ đồng", TY, part="T"),
        M("20 tỷ đồng", TY, part="T"),
        M("80 tỷ đồng", TY, part="T"),
        R("50 tỷ đồng/tỉnh", TY, per="tỉnh"),
        M("95 tỷ đồng", TY, part="T"),
        M("25 tỷ đồng", TY, part="T"),
        M("20 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("17 địa phương", "địa phương")],
    "legal_refs": [L("1313/QĐ-TTg", "1313/QĐ-TTg", "Quyết định")],
}

# v15: relief to 11 provinces, each amount in brackets (the total is in the title, outside the
# excerpt); a decision with its date.
G["v15"] = {
    "money": [M(f"{n} tỷ đồng", TY) for n in (30, 20, 20, 15, 15, 10, 5, 5, 5, 10, 5)],
    "counts": [C("11 địa phương", "địa phương")],
    "legal_refs": [L("49/2012/QĐ-TTg", "49/2012/QĐ-TTg", "Quyết định", "2012-11-08")],
}

# v16: 670 tỷ for 9 provinces after a colon: "mỗi tỉnh" amounts (each) and two single amounts
# (parts, less).
G["v16"] = {
    "money": [
        M("670 tỷ đồng", TY, tag="T", opener="colon"),
        M("50 tỷ đồng", TY, shape="each"),
        M("70 tỷ đồng", TY, shape="each"),
        M("130 tỷ đồng", TY, part="T"),
        M("150 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("9 địa phương", "địa phương")],
}

# v17: a province's farm exports: "207,350 triệu USD" (a single comma: the decimal mark, so 207,35
# million) and "Trong đó" three groups written the same way (adds up); tonnes are measurements.
G["v17"] = {
    "money": [
        M("207,350 triệu USD", TRIEU, tag="X", opener="trong đó", **US),
        M("13,559 triệu USD", TRIEU, part="X", **US),
        M("106,903 triệu USD", TRIEU, part="X", **US),
        M("86,888 triệu USD", TRIEU, part="X", **US),
    ]
}

# v18: farm exports of a half-year in the title and three groups "Trong số này" (adds up); output
# value "trong đó" two sectors (less). "gần 2 lần" is a multiplier.
G["v18"] = {
    "money": [
        M("7,6 tỷ USD", TY, q="over", tag="X", opener="trong số này", **US),
        M("4,2 tỷ USD", TY, q="over", part="X", **US),
        M("1,9 tỷ USD", TY, part="X", **US),
        M("1,5 tỷ USD", TY, q="over", part="X", **US),
        M("94.000 tỷ đồng", TY, q="approx", tag="Y", opener="trong đó"),
        M("68.700 tỷ đồng", TY, q="over", part="Y"),
        M("21.000 tỷ đồng", TY, q="over", part="Y"),
    ]
}

# v19: emergency aid to four post-2025 provinces: the title's total, then the body's total split
# "trong đó" in brackets (adds up); the title says 3 provinces, the body 4. A decision twice.
G["v19"] = {
    "money": [
        M("700 tỷ đồng", TY),
        M("700 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("200 tỷ đồng", TY, part="T"),
        M("200 tỷ đồng", TY, part="T"),
        M("150 tỷ đồng", TY, part="T"),
        M("150 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("3 tỉnh", "tỉnh"), C("4 địa phương", "địa phương")],
    "legal_refs": [
        L("2549/QĐ-TTg", "2549/QĐ-TTg", "Quyết định"),
        L("2549/QĐ-TTg", "2549/QĐ-TTg", "Quyết định", "2025-11-21"),
    ],
}

# v20: new enterprises: counts with "nghìn", capital in "nghìn tỷ đồng"; the total capital after its
# two parts ("Nếu tính cả … thì tổng … là", adds up).
G["v20"] = {
    "money": [
        M("127,3 nghìn tỷ đồng", NGHIN_TY, shape="scale"),
        M("11,9 tỷ đồng", TY),
        M("669,7 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="K"),
        M("12,4 tỷ đồng", TY),
        M("987,4 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="K"),
        M("1.657,1 nghìn tỷ đồng", NGHIN_TY, shape="scale", tag="K", opener="after"),
    ],
    "counts": [
        C("10,7 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("88,1 nghìn người", "người", NGHIN, shape="multiplier"),
        C("2.461 doanh nghiệp", "doanh nghiệp"),
        C("2.326 doanh nghiệp", "doanh nghiệp"),
        C("2.089 doanh nghiệp", "doanh nghiệp"),
        C("1.066 doanh nghiệp", "doanh nghiệp"),
        C("54 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier", q="approx"),
        C("537,2 nghìn người", "người", NGHIN, shape="multiplier"),
    ],
}

# v21: new enterprises of 11 months and their split by region in the last paragraph (parts of the
# 116.045, less: the excerpt ends before the last region).
G["v21"] = {
    "money": [M("10,1 tỷ đồng", TY), M("1.131.819 tỷ đồng", TY), M("9,8 tỷ đồng", TY)],
    "counts": [
        C("88.595 lao động", "lao động"),
        C("116.045 doanh nghiệp", "doanh nghiệp", tag="N", opener="next paragraph"),
        C("1.065.015 lao động", "lao động"),
        C("3 chỉ tiêu", "chỉ tiêu"),
        C("49.255 doanh nghiệp", "doanh nghiệp", part="N"),
        C("34.886 doanh nghiệp", "doanh nghiệp", part="N"),
        C("15.759 doanh nghiệp", "doanh nghiệp", part="N"),
        C("8.290 doanh nghiệp", "doanh nghiệp", part="N"),
        C("4.884 doanh nghiệp", "doanh nghiệp", part="N"),
    ],
}

# v22: an accounting firm's copy of the registration report (its first paragraph printed twice).
G["v22"] = {
    "money": [M("139.200 tỷ đồng", TY), M("11,3 tỷ đồng", TY), M("139.200 tỷ đồng", TY), M("11,3 tỷ đồng", TY)],
    "counts": [
        C("12.352 doanh nghiệp", "doanh nghiệp"),
        C("12.352 doanh nghiệp", "doanh nghiệp"),
        C("94.925 người", "người"),
        C("2.690 doanh nghiệp", "doanh nghiệp"),
        C("2.501 doanh nghiệp", "doanh nghiệp"),
        C("2.471 doanh nghiệp", "doanh nghiệp"),
        C("1.434 doanh nghiệp", "doanh nghiệp"),
    ],
}

# v23: fuel prices: prose (changes and prices, "đồng một lít", a pair "19.030 và 19.000 đồng"),
# then a table one cell a line with "|", its unit stated once under it ("Đơn vị: đồng/lít hoặc kg"):
# new price and change columns are money (per litre; mazut per kg).
TAB = dict(shape="table")
G["v23"] = {
    "money": [
        M("40 đồng"),
        R("20.200 đồng", per="lít"),
        M("10 đồng"),
        M("19.620 đồng"),
        R("380 đồng", per="lít"),
        *rng("19.030", "19.000 đồng"),
        R("170 đồng", per="kg"),
        M("20.200", per="lít", **TAB),
        M("40", per="lít", **TAB),
        M("19.620", per="lít", **TAB),
        M("10", per="lít", **TAB),
        M("19.030", per="lít", **TAB),
        M("380", per="lít", **TAB),
        M("19.000", per="lít", **TAB),
        M("380", per="lít", **TAB),
        M("15.370", per="kg", **TAB),
        M("170", per="kg", **TAB),
    ]
}

# v24: live pig prices per kg by region: changes and prices, ranges "a - b đồng/kg", pairs
# "72.000 đồng/kg và 74.000 đồng/kg" written in full.
G["v24"] = {
    "money": kg(
        "1.000 đồng/kg",
        "66.000 đồng/kg",
        "1.000 đồng/kg",
        "66.000 đồng/kg",
        "68.000 đồng/kg",
        ("66.000", "67.000 đồng/kg"),
        "65.000 đồng/kg",
        ("65.000", "68.000 đồng/kg"),
        ("1.000", "2.000 đồng/kg"),
        "1.000 đồng/kg",
        "72.000 đồng/kg",
        "74.000 đồng/kg",
        "1.000 đồng/kg",
        "72.000 đồng/kg",
        "73.000 đồng/kg",
        ("71.000", "72.000 đồng/kg"),
        "66.000 đồng/kg",
        "67.000 đồng/kg",
        ("66.000", "73.000 đồng/kg"),
        "2.000 đồng/kg",
        "71.000 đồng/kg",
        "74.000 đồng/kg",
    )
}

# v25: live pig prices per kg by region (another day, another site).
G["v25"] = {
    "money": kg(
        "1.000 đồng/kg",
        ("58.000", "61.000 đồng/kg"),
        "60.000 đồng/kg",
        "61.000 đồng/kg",
        "1.000 đồng/kg",
        ("58.000", "59.000 đồng/kg"),
        ("1.000", "2.000 đồng/kg"),
        ("58.000", "62.000 đồng/kg"),
        "2.000 đồng/kg",
        "62.000 đồng/kg",
        "1.000 đồng/kg",
        "59.000 đồng/kg",
        "1.000 đồng/kg",
        ("60.000", "63.000 đồng/kg"),
        "62.000 đồng/kg",
        "1.000 đồng/kg",
        "63.000 đồng/kg",
    )
}

# v26: a province's investment in six months: domestic and FDI projects; the FDI total "trên 523
# triệu USD; trong đó" two large projects (parts, less; the split into new and added capital in the
# first paragraph is another axis and is not linked).
G["v26"] = {
    "money": [
        M("688 tỷ đồng", TY, q="over"),
        M("343 triệu USD", TRIEU, **US),
        M("180 triệu USD", TRIEU, q="over", **US),
        M("688 tỷ đồng", TY, q="over"),
        M("523 triệu USD", TRIEU, q="over", tag="F", opener="trong đó", **US),
        M("150 triệu USD", TRIEU, part="F", **US),
        M("109 triệu USD", TRIEU, part="F", **US),
        M("210 triệu USD", TRIEU, **US),
    ],
    "counts": [C("46 dự án", "dự án"), C("38 dự án", "dự án"), C("22 dự án", "dự án"), C("46 dự án", "dự án")],
}

# v27: FDI in one month; "Theo địa bàn đầu tư" two provinces' shares of the national total
# (opener chia theo, less).
G["v27"] = {
    "money": [
        M("1,69 tỷ USD", TY, q="approx", tag="F", opener="chia theo", **US),
        M("791,9 triệu USD", TRIEU, q="approx", part="F", **US),
        M("179 triệu USD", TRIEU, q="over", part="F", **US),
    ],
    "counts": [C("32 tỉnh", "tỉnh"), C("50 dự án", "dự án")],
}

# v28: a province's FDI: 13 projects and their capital, "Trong đó" new and adjusted (projects add
# up; capital: parts come to more than the total written "hơn"); the stock of projects and capital
# split in brackets in and out of industrial parks (both add up). Bracketed last-year figures are
# comparisons, not parts.
G["v28"] = {
    "money": [
        M("1,556 tỷ USD", TY, q="over", tag="F", opener="trong đó", **US),
        M("1,452 tỷ USD", TY, q="approx", part="F", **US),
        M("35,4 triệu USD", TRIEU, **US),
        M("104,79 triệu USD", TRIEU, part="F", **US),
        M("37,37 triệu USD", TRIEU, **US),
        M("33,103 tỷ USD", TY, q="over", tag="G", opener="bracket", **US),
        M("15,408 tỷ USD", TY, q="approx", part="G", **US),
        M("17,695 tỷ USD", TY, q="over", part="G", **US),
    ],
    "counts": [
        C("13 dự án", "dự án", tag="P", opener="trong đó"),
        C("8 dự án", "dự án", part="P"),
        C("5 dự án", "dự án", part="P"),
        C("465 dự án", "dự án", tag="Q", opener="bracket"),
        C("292 dự án", "dự án", part="Q"),
        C("173 dự án", "dự án", part="Q"),
    ],
}

# v29: public investment of five months "gồm có" central and local (adds up, "nghìn tỷ đồng");
# FDI and outward investment in USD.
G["v29"] = {
    "money": [
        M("133,4 nghìn tỷ đồng", NGHIN_TY, shape="scale", tag="T", opener="gồm"),
        M("20,9 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="T"),
        M("112,5 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="T"),
        M("14 tỷ USD", TY, **US),
        M("546,7 triệu USD", TRIEU, **US),
    ]
}

# v30: farm exports of five months; "Trong đó" seafood's five months (a part, less; the month's
# figures of seafood, rice and cassava are not parts of a five-month total); shrimp and pangasius
# as parts of seafood (next paragraph, less).
G["v30"] = {
    "money": [
        M("13,08 tỷ USD", TY, q="approx", tag="X", opener="trong đó", **US),
        M("1,1 tỷ USD", TY, q="approx", **US),
        M("4,75 tỷ USD", TY, part="X", tag="S", opener="next paragraph", **US),
        M("1,8 tỷ USD", TY, q="approx", part="S", **US),
        M("1,2 tỷ USD", TY, q="over", part="S", **US),
        M("386 triệu USD", TRIEU, **US),
        M("636 triệu USD", TRIEU, **US),
        M("5,1 tỷ USD", TY, q="approx", **US),
    ]
}

# v31: scholarships: two groups of awards "Trong đó" (their total is in the title, outside the
# excerpt), amounts per award; the round's cost is a part of the programme's, stated after it as
# "đợt trao cuối cùng của chương trình" (opener after, less); students and provinces counted.
G["v31"] = {
    "money": [
        R("15 triệu đồng/suất", TRIEU, per="suất"),
        R("10 triệu đồng/suất", TRIEU, per="suất"),
        M("3,3 tỉ đồng", TY, q="over", part="P"),
        M("11,5 tỉ đồng", TY, q="over", tag="P", opener="after"),
        M("15 triệu đồng", TRIEU),
        M("146,5 tỉ đồng", TY),
    ],
    "counts": [
        C("166 suất", "suất"),
        C("159 suất", "suất"),
        C("1.051 sinh viên", "sinh viên"),
        C("63 tỉnh", "tỉnh"),
        C("20.395 tân sinh viên", "tân sinh viên"),
    ],
}

# v32: remittances: a forecast and a year; a page-furniture headline with a rate change in đồng.
G["v32"] = {"money": [M("16 tỷ USD", TY, q="approx", **US), M("9,4 tỷ USD", TY, **US), M("37 đồng")]}

# v33: a council's reply to voters: a resolution with its date; households counted.
G["v33"] = {
    "counts": [C("350 hộ gia đình", "hộ gia đình"), C("350 hộ gia đình", "hộ gia đình")],
    "legal_refs": [L("01/2019/NQ-HĐND", "01/2019/NQ-HĐND", "Nghị quyết", "2019-08-01")],
}

# v34: a finance department's page on a resolution, its symbol four times; months of allowance are
# durations.
G["v34"] = {"legal_refs": [L("10/2018/NQ-HĐND", "10/2018/NQ-HĐND", "Nghị quyết") for _ in range(4)]}

# v35: allowances as coefficients of the base wage (not money); posts and households counted.
G["v35"] = {
    "counts": [C("15 chức danh", "chức danh"), C("350 hộ gia đình", "hộ gia đình"), C("500 hộ gia đình", "hộ gia đình")]
}

# v36: scholarships: the total value, universities and students counted, a bonus per point.
G["v36"] = {
    "money": [M("1,6 tỉ đồng", TY, q="over"), R("1 triệu đồng/1 điểm", TRIEU, per="điểm")],
    "counts": [C("269 suất", "suất"), C("5 trường", "trường"), C("2 sinh viên", "sinh viên"), C("2 suất", "suất")],
}

# v37: remittances: a forecast in the title and body, two national years, a range "6,5 - 6,6 tỷ
# USD" sharing its unit.
G["v37"] = {
    "money": [
        M("6,8 tỷ USD", TY, q="approx", **US),
        M("18,1 tỷ USD", TY, **US),
        M("17,2 tỷ USD", TY, **US),
        M("6,8 tỷ USD", TY, q="approx", **US),
        *rng("6,5", "6,6 tỷ USD", TY, q="approx", cur="USD"),
    ]
}

# v38: export forecasts: rubber's value, seafood as a range "5,7- 5,8 tỉ USD" and "Riêng" pangasius
# (not linked: the total is a range); tonnes and hectares are measurements.
G["v38"] = {
    "money": [
        M("3 tỷ USD", TY, **US),
        *rng("5,7", "5,8 tỉ USD", TY, cur="USD"),
        M("2 tỉ USD", TY, **US),
        M("300 triệu USD", TRIEU, **US),
    ],
    "counts": [C("2 thị trường", "thị trường")],
}

# v39: an overseas daily on remittances: "tỉ đô la" is USD.
G["v39"] = {
    "money": [M("5 tỉ đô la", TY, **US), M("3,8 tỉ USD", TY, q="approx", **US), M("5 tỉ USD", TY, q="approx", **US)]
}

# v40: a guide to writing amounts in words: the words with "đồng" are money (no figure beside them
# carries a currency, so nothing is restated); the line cut mid-word has no currency word.
G["v40"] = {
    "money": [
        W("một trăm chín mươi triệu hai trăm ba mươi tư nghìn năm trăm đồng", 190234500),
        W("chín đồng", 9),
        W("mười chín đồng", 19),
        W("chín trăm chín mươi chín đồng", 999),
        W("chín ngàn chín trăm chín mươi chín đồng", 9999),
    ]
}
doubt_count("v40", "9 chữ số", 9, "chữ số", "digits of a number in a writing guide")


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "v", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
