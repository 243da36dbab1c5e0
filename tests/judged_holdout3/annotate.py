"""Gold for tests/judged_holdout3, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout3/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, C(...) count, L(...) legal_ref; no amount in words. Every total's name has
parts here (a name without parts stops the script). Conventions for the number: 'vn' and 'pt'.
"""

import functools
import importlib.util
import pathlib

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

NGHIN, TRIEU, TY = ann.NGHIN, ann.TRIEU, ann.TY
M, C, L = ann.M, ann.C, ann.L
table = ann.line_cells  # the money cells of a table whose unit is stated once
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt = readings.doubt


# m01: a public-investment plan split by budget level, twice after "trong đó".
G["m01"] = {
    "money": [
        M("5.861.264 triệu đồng", TRIEU, tag="A", opener="trong đó"),
        M("1.404.126 triệu đồng", TRIEU, part="A"),
        M("4.457.138 triệu đồng", TRIEU, part="A"),
        M("5.023.546 triệu đồng", TRIEU, q="over", tag="B", opener="trong đó"),
        M("1.213.570 triệu đồng", TRIEU, part="B"),
        M("3.837.535 triệu đồng", TRIEU, part="B"),
    ],
    "legal_refs": [L("Quyết định số 3626/QĐ-UBND", "3626/QĐ-UBND", "Quyết định", "2021-12-10")],
}

# m02: 94 tỷ split by budget in a bracket; the list of seven projects after "Trong đó" splits the
# same total a second time (one breakdown per total: only the bracket is linked).
G["m02"] = {
    "money": [
        M("94 tỷ đồng", TY),
        M("94 tỷ đồng", TY, tag="A", opener="bracket"),
        M("69 tỷ đồng", TY, part="A"),
        M("25 tỷ đồng", TY, part="A"),
        M("2 tỷ đồng", TY),
        M("8 tỷ đồng", TY),
        M("35 tỷ đồng", TY),
        M("10 tỷ đồng", TY),
        M("24 tỷ đồng", TY),
        M("12 tỷ đồng", TY),
        M("3 tỷ đồng", TY),
        M("464 tỷ đồng", TY, q="over", tag="B", opener="trong đó"),
        M("409 tỷ đồng", TY, q="over", part="B"),
    ],
    "counts": [C("7 dự án", "dự án"), C("7 dự án", "dự án"), C("3 dự án", "dự án")],
}

# m03: relief pledges "Trong hơn 907 tỷ ... có: 500 ...; 100 ...; 2,5 ..."; the 265 tỷ is given
# per province ("mỗi tỉnh"), which is no breakdown; the province counts mix tỉnh and thành phố.
G["m03"] = {
    "money": [
        M("907,454 tỷ đồng", TY),
        M("907 tỷ đồng", TY, q="over", tag="A", opener="trong ... có"),
        M("500 tỷ đồng", TY, part="A"),
        M("100 tỷ đồng", TY, part="A"),
        M("2,5 tỷ đồng", TY, part="A"),
        M("265 tỷ đồng", TY),
        M("30 tỷ đồng", TY),
        M("20 tỷ đồng", TY),
        M("15 tỷ đồng", TY),
        M("10 tỷ đồng", TY),
    ],
    "counts": [
        C("5 tỉnh", "tỉnh"),
        C("17 tỉnh, thành phố", "tỉnh, thành phố"),
        C("3 tỉnh", "tỉnh"),
        C("2 tỉnh", "tỉnh"),
        C("3 tỉnh", "tỉnh"),
        C("6 tỉnh", "tỉnh"),
        C("3 thành phố", "thành phố"),
    ],
}

# m04: weekly business registrations; the new businesses of the first paragraph are split by legal
# form in the next one ("phân theo loại hình cho thấy:"); changes ("giảm 88 doanh nghiệp") are counts.
G["m04"] = {
    "money": [M("38.015 tỷ đồng", TY)],
    "counts": [
        C("24.121 người", "người"),
        C("3.502 doanh nghiệp", "doanh nghiệp", tag="A", opener="next paragraph"),
        C("422 doanh nghiệp", "doanh nghiệp"),
        C("2.441 doanh nghiệp", "doanh nghiệp", part="A"),
        C("88 doanh nghiệp", "doanh nghiệp"),
        C("563 doanh nghiệp", "doanh nghiệp", part="A"),
        C("12 doanh nghiệp", "doanh nghiệp"),
        C("462 doanh nghiệp", "doanh nghiệp", part="A"),
        C("42 doanh nghiệp", "doanh nghiệp"),
        C("35 doanh nghiệp", "doanh nghiệp", part="A"),
    ],
}
doubt("m04", "counts", {"text": "1 TV", "value": 1, "unit": "tv"}, "inside a name of a legal form (công ty TNHH 1 TV)")
doubt(
    "m04",
    "counts",
    {"text": "2 thành viên", "value": 2, "unit": "thành viên"},
    "inside a name of a legal form (TNHH 2 thành viên trở lên)",
)
doubt(
    "m04",
    "counts",
    {"text": "03 doanh", "value": 3, "unit": "doanh nghiệp"},
    "the excerpt ends inside the counted noun",
)

# m05: monthly registrations; sectors are given as shares without an opener (no links).
G["m05"] = {
    "money": [M("151.451 tỷ đồng", TY), M("10 tỷ đồng", TY)],
    "counts": [
        C("13.536 doanh nghiệp", "doanh nghiệp"),
        C("13", "ngành", shape="pair"),
        C("17 ngành", "ngành", shape="pair"),
        C("12.432 doanh nghiệp", "doanh nghiệp"),
        C("10.177 doanh nghiệp", "doanh nghiệp"),
        C("3.208 doanh nghiệp", "doanh nghiệp"),
        C("151 doanh nghiệp", "doanh nghiệp"),
        C("6", "khu vực", shape="pair"),
        C("6 khu vực", "khu vực", shape="pair"),
        C("774 doanh nghiệp", "doanh nghiệp"),
        C("399 doanh nghiệp", "doanh nghiệp"),
    ],
}
doubt("m05", "money", {"text": "0", "value": 0, "currency": "VND"}, "lower end 0 of the range 'từ 0 - 10 tỷ đồng'")
doubt(
    "m05",
    "counts",
    {"text": "1.021 do", "value": 1021, "unit": "doanh nghiệp"},
    "the excerpt ends inside the counted noun",
)

# m06: a yearbook table, "Triệu đồng - Mill. dongs" under the header; each year's total is split
# into four sectors ("Chia ra"), and industry-and-construction has "Trong đó: Công nghiệp".
m06 = []
for row in """27.065.153 4.647.597 13.405.944 12.139.986 7.439.709 1.571.903
29.604.453 4.862.977 15.247.715 13.879.243 7.987.638 1.506.123
31.871.009 4.927.270 16.771.373 15.128.278 8.632.037 1.540.329
33.927.875 4.897.433 17.986.819 16.322.505 8.974.665 2.068.959""".splitlines():
    total, agri, indcon, ind, serv, tax = row.split()
    y = total
    m06 += [
        M(total, TRIEU, shape="table", tag=y, opener="chia ra"),
        M(agri, TRIEU, shape="table", part=y),
        M(indcon, TRIEU, shape="table", part=y, tag=y + "/ic", opener="trong đó"),
        M(ind, TRIEU, shape="table", part=y + "/ic"),
        M(serv, TRIEU, shape="table", part=y),
        M(tax, TRIEU, shape="table", part=y),
    ]
G["m06"] = {"money": m06}

# m07: charity fund; the body's "hơn 10,7 tỷ" is split by level in the next paragraphs.
G["m07"] = {
    "money": [
        M("10,7 tỷ đồng", TY, q="over"),
        M("10,7 tỷ đồng", TY, q="over", tag="A", opener="next paragraph"),
        M("1,7 tỷ đồng", TY, q="over"),
        M("3,3 tỷ đồng", TY, q="over", part="A"),
        M("2,9 tỷ đồng", TY, q="approx", part="A"),
        M("4,5 tỷ đồng", TY, q="over", part="A"),
    ]
}

# m08: a district profile; 22 xã and 3 thị trấn count other nouns than "25 đơn vị hành chính".
G["m08"] = {
    "money": [M("36,2 triệu đồng/người", TRIEU, shape="rate", per="người")],
    "counts": [
        C("25 đơn vị hành chính", "đơn vị hành chính"),
        C("22 xã", "xã"),
        C("3 thị trấn", "thị trấn"),
        C("179.889 người", "người"),
        C("2 bệnh viện", "bệnh viện"),
        C("4", "trường", shape="pair"),
        C("6 trường", "trường", shape="pair"),
    ],
}
doubt(
    "m08",
    "money",
    {"text": "39", "value": 39000000, "currency": "VND"},
    "the excerpt ends after the number, before its multiplier",
)

# m09: tourists, "trong đó" international ones.
G["m09"] = {
    "money": [M("41,2 tỷ đồng", TY, q="approx")],
    "counts": [
        C("3,4 triệu lượt người", "lượt người", TRIEU, shape="multiplier", q="over"),
        C("139,3 nghìn lượt người", "lượt người", NGHIN, shape="multiplier", q="approx", tag="A", opener="trong đó"),
        C("32,2 nghìn lượt", "lượt", NGHIN, shape="multiplier", part="A"),
    ],
}

# m10: income per head and month, "(Đơn vị tính: nghìn đồng)" above the table; each year's
# CHUNG row is the sum of the four rows "Phân theo nguồn thu" (table rows under a total row);
# urban and rural are averages over other people, not parts.
m10 = [M("5.807 nghìn đồng", NGHIN), M("5.995 nghìn đồng", NGHIN), M("4.293 nghìn đồng", NGHIN)]
rows10 = [
    r.split()
    for r in """5.505 6.057 5.284 5.230 5.807
5.787 6.440 5.602 5.543 5.995
3.304 3.577 3.104 3.817 4.293
3.006 3.781 3.143 3.233 3.417
54 47 110 64 50
1.561 1.496 1.363 1.291 1.598
884 733 667 641 742""".splitlines()
]
for i, row in enumerate(rows10):
    for j, cell in enumerate(row):
        if i == 0:
            m10.append(M(cell, NGHIN, shape="table", tag=f"y{j}", opener="table rows"))
        elif i >= 3:
            m10.append(M(cell, NGHIN, shape="table", part=f"y{j}"))
        else:
            m10.append(M(cell, NGHIN, shape="table"))
G["m10"] = {"money": m10}

# m11: a city report; the "Trong đó:" after GRDP lists growth rates only.
G["m11"] = {"money": [M("17.211 tỷ đồng", TY, q="approx"), M("5.161 tỷ đồng", TY)]}

# m12: FDI into Korea; "Theo lĩnh vực, ..." splits the quarter's 17,01 tỷ USD by sector; the
# split by country that follows is a second axis (not linked); withdrawals have no total.
G["m12"] = {
    "money": [
        M("17,01 tỷ USD", TY, "USD", tag="A", opener="chia theo"),
        M("12,67 tỷ USD", TY, "USD"),
        M("7,19 tỷ USD", TY, "USD", part="A"),
        M("3,65 tỷ USD", TY, "USD", part="A"),
        M("2,37 tỷ USD", TY, "USD", part="A"),
        M("1,31 tỷ USD", TY, "USD", part="A"),
        M("470 triệu USD", TRIEU, "USD", part="A"),
        M("6,94 tỷ USD", TY, "USD"),
        M("1,05 tỷ USD", TY, "USD"),
        M("820 triệu USD", TRIEU, "USD"),
        M("780 triệu USD", TRIEU, "USD"),
        M("1,74 tỷ USD", TY, "USD"),
        M("820 triệu USD", TRIEU, "USD"),
        M("430 triệu USD", TRIEU, "USD"),
        M("1,07 tỷ USD", TY, "USD"),
        M("610 triệu USD", TRIEU, "USD"),
    ]
}

# m13: FDI by partner; "11.284 tỷ USD" is an English decimal point in a Vietnamese grouping.
G["m13"] = {
    "money": [
        M("48,6 tỷ USD", TY, "USD"),
        M("9,3 triệu USD", TRIEU, "USD"),
        M("4,5 triệu USD", TRIEU, "USD", q="approx"),
        M("39,8 tỷ USD", TY, "USD"),
    ],
    "counts": [
        C("178 nước", "nước"),
        C("116 nước", "nước"),
        C("5.364 dự án", "dự án"),
        C("3.117 dự án", "dự án"),
    ],
}
doubt(
    "m13",
    "money",
    {"text": "11.284 tỷ USD", "value": 11284000000000, "currency": "USD"},
    "'11.284 tỷ USD' means 11,284 tỷ (a point for the decimal mark); read by the spec it is 11 284 tỷ",
)
doubt(
    "m13",
    "money",
    {"text": "11.284 tỷ USD", "value": 11284000000, "currency": "USD"},
    "the same figure read as the writer meant it",
)

# m14: FDI partners; a table with "(Triệu USD)" in the header cell of its money column and English
# decimal points; the prose writes "70,158 triệu USD" and "8,900 dự án" with English grouping.
G["m14"] = {
    "money": [M("70,2 tỷ USD", TY, "USD", q="approx"), M("60,3 tỷ USD", TY, "USD", q="approx")]
    + table(
        "70158.72 60258.51 21129.03 33200.3 55019.76 24916.04 9339.47 22051.68 12771.05 3617.44",
        TRIEU,
        "USD",
        conv="pt",
    ),
    "counts": [C("106 quốc gia", "quốc gia")],
}
for text, v in (("70,158 triệu USD", "70158"), ("60,258 triệu USD", "60258")):
    doubt(
        "m14",
        "money",
        {"text": text, "value": int(v) * TRIEU, "currency": "USD"},
        "English thousands comma: the writer means " + v + " triệu USD",
    )
    doubt(
        "m14",
        "money",
        {"text": text, "value": int(v) * 1000, "currency": "USD"},
        "the same figure read by the spec (a single comma is the decimal mark)",
    )
for text, v in (("8,900 dự án", 8900), ("4,500 dự án", 4500)):
    doubt("m14", "counts", {"text": text, "value": v, "unit": "dự án"}, "English thousands comma in a count")
    doubt(
        "m14", "counts", {"text": text, "value": v // 1000, "unit": "dự án"}, "the same count read with a decimal comma"
    )
for n in (10, 10):
    doubt(
        "m14",
        "counts",
        {"text": "Top 10 đối tác", "value": n, "unit": "đối tác"},
        "'Top 10 đối tác' in a caption: a rank list rather than a count",
    )
for n in "8895 4586 3049 2764 2554 1911 1054 862 640 604".split():
    doubt(
        "m14",
        "counts",
        {"text": n, "value": int(n), "unit": "dự án"},
        "a cell of the table column 'Số dự án': the counted noun is in the header",
    )

# m15: joint-venture FDI by province.
G["m15"] = {
    "money": [
        M("7,45 tỷ USD", TY, "USD"),
        M("1,94 tỷ USD", TY, "USD"),
        M("1,38 tỷ USD", TY, "USD"),
        M("0,75 tỷ USD", TY, "USD"),
        M("0,56 tỷ USD", TY, "USD"),
    ],
    "counts": [C("115 dự án", "dự án"), C("59 dự án", "dự án"), C("22 dự án", "dự án"), C("42 dự án", "dự án")],
}
doubt(
    "m15",
    "counts",
    {"text": "412 dự", "value": 412, "unit": "dự án"},
    "the counted noun is broken by a line break ('412 dự\\nán liên doanh')",
)

# m16: Japanese ODA in yen with a dollar conversion, said twice.
G["m16"] = {
    "money": [
        M("100 tỷ yen", TY, "JPY", q="over"),
        M("674 triệu USD", TRIEU, "USD"),
        M("100 tỷ yen", TY, "JPY", q="over"),
        M("674 triệu USD", TRIEU, "USD"),
    ]
}

# m17: "tỉ đô la Mỹ".
G["m17"] = {"money": [M("8,9 tỉ đô la Mỹ", TY, "USD", q="approx")]}

# m18: "tỷ đô-la Mỹ"; a page count in the download box.
G["m18"] = {
    "money": [M("295,627 tỷ đô-la Mỹ", TY, "USD"), M("154,492 tỷ đô-la Mỹ", TY, "USD")],
    "counts": [C("10 trang", "trang")],
}


def kg(text):
    return M(text, 1, shape="rate", per="kg")


def kg_first(text):
    return M(text, 1, shape="range-first")


# m19: live-pig prices per kg, ranges and changes.
G["m19"] = {
    "money": [
        kg_first("65.000"),
        kg("70.000 đồng/kg"),
        kg("65.000 đồng/kg"),
        kg("1.000 đồng/kg"),
        kg("68.000 đồng/kg"),
        kg("68.000 đồng/kg"),
        kg("3.000 đồng/kg"),
        kg("1.000 đồng/kg"),
        kg("68.000 đồng/kg"),
        kg("70.000 đồng/kg"),
        kg_first("63.000"),
        kg("70.000 đồng/kg"),
        kg("63.000 đồng/kg"),
        kg("64.000 đồng/kg"),
        kg("70.000 đồng/kg"),
        kg_first("66.000"),
        kg("67.000 đồng/kg"),
    ]
}
for e in G["m19"]["money"]:
    if e["shape"] == "range-first":
        e["per"] = "kg"

# m20: a Bộ Tài chính decision and its bases.
G["m20"] = {
    "legal_refs": [
        L("Quyết định 2387/QĐ-BTC", "2387/QĐ-BTC", "Quyết định"),
        L("2387/QĐ-BTC", "2387/QĐ-BTC", "Quyết định"),
        L("Số: 2387/QĐ-BTC", "2387/QĐ-BTC", "Quyết định"),
        L("Nghị quyết số 70/2018/QH14", "70/2018/QH14", "Nghị quyết", "2018-11-09"),
        L("Nghị quyết số 73/2018/QH14", "73/2018/QH14", "Nghị quyết", "2018-11-14"),
        L("Nghị định số 87/2017/NĐ-CP", "87/2017/NĐ-CP", "Nghị định", "2017-07-26"),
        L("Nghị định số 163/2016/NĐ-CP", "163/2016/NĐ-CP", "Nghị định", "2016-12-21"),
        L("Thông tư số 343/2016/TT-BTC", "343/2016/TT-BTC", "Thông tư", "2016-12-30"),
        L("Báo cáo số 40/BC-CP", "40/BC-CP", "Báo cáo", "2018-10-17"),
    ]
}

# m21: a Thanh Hóa resolution of July 2025 (after the merger) and its bases.
G["m21"] = {
    "legal_refs": [
        L("Nghị quyết 18/2025/NQ-HĐND", "18/2025/NQ-HĐND", "Nghị quyết"),
        L("Nghị quyết 64/2017/NQ-HĐND", "64/2017/NQ-HĐND", "Nghị quyết"),
        L("Nghị quyết 29/2024/NQ-HĐND", "29/2024/NQ-HĐND", "Nghị quyết"),
        L("18/2025/NQ-HĐND", "18/2025/NQ-HĐND", "Nghị quyết"),
        L("Số: 18/2025/NQ-HĐND", "18/2025/NQ-HĐND", "Nghị quyết"),
        L("Số 78/2025/NĐ-CP", "78/2025/NĐ-CP", "Nghị định", "2025-04-01"),
        L("số 187/2025/NĐ-CP", "187/2025/NĐ-CP", "Nghị định", "2025-07-01"),
        L("Nghị định số 78/2025/NĐ-CP", "78/2025/NĐ-CP", "Nghị định", "2025-04-01"),
    ]
}

# m22: a Bắc Kạn decision and its bases ("s 83/2015/QH13": a dropped letter of "số").
G["m22"] = {
    "legal_refs": [
        L("Quyết định 56/2017/QĐ-UBND", "56/2017/QĐ-UBND", "Quyết định"),
        L("Quyết định 56/2017/QĐ-UBND", "56/2017/QĐ-UBND", "Quyết định"),
        L("Số: 56/2017/QĐ-UBND", "56/2017/QĐ-UBND", "Quyết định"),
        L("Luật Đầu tư công số 49/2014/QH13", "49/2014/QH13", "Luật", "2015-06-18"),
        L("83/2015/QH13", "83/2015/QH13", "Luật", "2015-06-25"),
        L("Nghị định số 77/2015/NĐ-CP", "77/2015/NĐ-CP", "Nghị định", "2015-09-10"),
        L("Nghị định số 163/2016/NĐ-CP", "163/2016/NĐ-CP", "Nghị định", "2016-12-21"),
        L("Nghị định số 16/2016/NĐ-CP", "16/2016/NĐ-CP", "Nghị định", "2016-03-16"),
    ]
}

# m23: a consulting contract: its number twice and two bases.
G["m23"] = {
    "legal_refs": [
        L("Số: 01/2020/HĐ-TVXD", "01/2020/HĐ-TVXD", None),
        L("Số: 01/2020/HĐ-TVXD", "01/2020/HĐ-TVXD", None),
        L("Luật Xây dựng số 50/2014/QH13", "50/2014/QH13", "Luật", "2014-06-18"),
        L("Nghị định số 37/2015/NĐ-CP", "37/2015/NĐ-CP", "Nghị định", "2015-04-22"),
    ]
}

# m24: a bilingual payment clause with blanks ("Bằng chữ: …… đồng"): no amount at all.
G["m24"] = {"counts": [C("2 đợt", "đợt")]}
doubt(
    "m24",
    "counts",
    {"text": "1 LẦN", "value": 1, "unit": "lần"},
    "'THANH TOÁN 1 LẦN' (pay at once): a frequency, not a counted thing",
)

# m25: post-merger provinces; areas in km2 are measurements.
G["m25"] = {
    "counts": [
        C("34 tỉnh, thành phố", "tỉnh, thành phố"),
        C("2", "đơn vị hành chính", shape="range-first"),
        C("3 đơn vị hành chính", "đơn vị hành chính"),
        C("5 tỉnh", "tỉnh"),
        C("3 tỉnh", "tỉnh"),
        C("5 tỉnh thành", "tỉnh thành"),
    ]
}
doubt(
    "m25",
    "counts",
    {"text": "2 cấp", "value": 2, "unit": "cấp"},
    "the name of a model ('chính quyền địa phương 2 cấp')",
)
for _ in range(2):
    doubt(
        "m25",
        "counts",
        {"text": "top 5 tỉnh", "value": 5, "unit": "tỉnh"},
        "'top 5 tỉnh': a rank list rather than a count",
    )

# m26: post-merger provinces; a table of areas and populations (no unit word in the cells).
G["m26"] = {
    "counts": [C("34 đơn vị hành chính", "đơn vị hành chính"), C("28 tỉnh", "tỉnh"), C("6 thành phố", "thành phố")]
}

# m27: scholarships.
G["m27"] = {
    "money": [
        M("700 triệu đồng", TRIEU),
        M("700 triệu đồng", TRIEU),
        M("12 triệu đồng", TRIEU),
        M("12 triệu đồng/suất", TRIEU, shape="rate", per="suất"),
        M("12 triệu đồng", TRIEU),
    ],
    "counts": [C("18 suất học bổng", "suất"), C("18 học sinh", "học sinh")],
}

# m28: scholarships.
G["m28"] = {
    "money": [M("1 triệu đồng", TRIEU)],
    "counts": [C("75 suất học bổng", "suất"), C("75 suất học bổng", "suất"), C("75 học sinh", "học sinh")],
}

# m29: investment in Đà Nẵng.
G["m29"] = {
    "money": [M("36.000 tỷ đồng", TY, q="over"), M("36.000 tỷ đồng", TY, q="over")],
    "counts": [C("100 dự án", "dự án", q="approx")],
}
for _ in range(2):
    doubt(
        "m29",
        "counts",
        {"text": "1248 dòng", "value": 1248, "unit": "dòng"},
        "page furniture of the site's list of related news",
    )

# m30: jobs for poor people.
G["m30"] = {
    "counts": [
        C("33 người nghèo", "người"),
        C("10.900 người nghèo", "người", q="over"),
        C("33 người nghèo", "người"),
        C("15.000", "người", shape="range-first"),
        C("20.000 người nghèo", "người"),
    ]
}

# m31: businesses by sector and region; "nghìn" multiplies a count and an amount.
G["m31"] = {
    "money": [M("353,1 nghìn tỷ đồng", NGHIN * TY, shape="scale")],
    "counts": [
        C("14.722 doanh nghiệp", "doanh nghiệp"),
        C("22,5 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
    ],
}

# m32: a provincial investment plan, "trong đó" central budget (the excerpt stops before the rest).
G["m32"] = {
    "money": [
        M("9.156 tỉ đồng", TY, q="over"),
        M("9.156 tỷ đồng", TY, q="over", tag="A", opener="trong đó"),
        M("452 tỷ đồng", TY, q="over", part="A"),
        M("9.156 tỉ đồng", TY, q="over"),
    ]
}

# m33: exports by market and a month's exports "trong đó" by sector; groups of goods are shares.
G["m33"] = {
    "money": [
        M("19,5 tỷ USD", TY, "USD"),
        M("16,1 tỷ USD", TY, "USD"),
        M("11,1 tỷ USD", TY, "USD"),
        M("9,4 tỷ USD", TY, "USD"),
        M("9,3 tỷ USD", TY, "USD"),
        M("21 tỷ USD", TY, "USD", tag="A", opener="trong đó"),
        M("7,4 tỷ USD", TY, "USD", part="A"),
        M("13,6 tỷ USD", TY, "USD", part="A"),
        M("64 tỷ USD", TY, "USD"),
        M("43,3 tỷ USD", TY, "USD"),
        M("10,4 tỷ USD", TY, "USD"),
    ]
}
for _ in range(2):
    doubt(
        "m33",
        "counts",
        {"text": "1 điểm phần trăm", "value": 1, "unit": "điểm"},
        "percentage points: a measure, not a counted thing",
    )

# m34: a poverty fund; "riêng các doanh nghiệp ... hơn 10 tỷ" is a part of the province's 11 tỷ.
G["m34"] = {
    "money": [
        M("11 tỷ đồng", TY, q="over", tag="A", opener="riêng"),
        M("10 tỷ đồng", TY, q="over", part="A"),
        M("5 tỷ đồng", TY),
        M("1,5 tỷ đồng", TY, q="over"),
        M("14 tỷ đồng", TY, q="over"),
        M("400 triệu đồng", TRIEU, q="approx"),
    ],
    "counts": [C("252 nhà đại đoàn kết", "nhà"), C("63 đơn vị", "đơn vị")],
}

# m35: a book's table of FDI by province, "(Triệu USD)" in the header cells of both money columns;
# registered capital is written with English grouping ("26,320.76"), charter capital the Vietnamese
# way ("7.342,71"); the first row's "32.715.15" is an OCR slip.
m35 = []
for row in """4.475 32.715.15 11.947,88
292 26,320.76 7.342,71
2.510 21,355.58 7.700,04
2.275 18,500.97 6.614,03
1.124 18,236.84 7.524,03
48 10,567.90 3.642,72
44 9,950.24 2.718,96
375 7,361.54 2.486,39
57 6,531.63 1.473,14
279 5,464.72 1.645,96
79 4,984.23 1.229,31
333 4,361.46 991,25""".splitlines():
    projects, registered, charter = row.split()
    doubt(
        "m35",
        "counts",
        {"text": projects, "value": int(projects.replace(".", "")), "unit": "dự án"},
        "a cell of the table column 'Số dự án': the counted noun is in the header",
    )
    if registered.count(".") == 2:
        doubt(
            "m35",
            "money",
            {"text": registered, "value": 32715150000, "currency": "USD"},
            "'32.715.15': two points, an OCR slip for 32,715.15 triệu USD",
        )
    else:
        m35.append(M(registered.replace(",", ""), TRIEU, "USD", shape="table", conv="pt"))
        m35[-1]["text"] = registered
    m35.append(M(charter, TRIEU, "USD", shape="table"))
G["m35"] = {"money": m35, "counts": [C("63 tỉnh, thành", "tỉnh, thành")]}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "m", G, IGN, resolve=functools.partial(ann.resolve, tags_need_parts=True))
    ann.write(out, records, D)
    ann.summary(records, len(D), table_links=False, openers=False, currencies=False, dated=False)


if __name__ == "__main__":
    main()
