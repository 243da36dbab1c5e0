"""Gold for tests/judged_holdout6, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout6/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, W(...) money in words, C(...) count, L(...) legal_ref; this set's W takes
the restated figure's name third (`W(text, value, restates)`). Conventions for the number: 'vn'.
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
M, C, L = ann.M, ann.C, ann.L
cells, col = ann.line_cells, ann.col
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money = readings.doubt, readings.doubt_money


def W(text, value, restates, cur="VND"):
    """An amount written in words, with its value read by hand from the words and checked below.

    This set's own order: the restated figure's name comes third (ann.W takes it as `restates=`).
    """
    return ann.W(text, value, cur, restates=restates)


# n01: the Hưng Yên portal's English yearbook pages, two GDP tables run together on one line, the
# unit "Mill. dongs" in each header. In every row the first column (Total) is split under "Of which"
# into agriculture, industry and construction, and service (they add up exactly), and industry and
# construction is split again into "Of which: Industry". The Structure (%) rows are shares, the
# years and table numbers are no money.
N01 = """12.055.755 3.128.426 5.185.334 4.490.688 3.741.995
15.646.118 4.241.211 6.693.276 3.988.856 4.711.631
18.043.128 4.718.009 7.872.667 6.737.981 5.452.452
25.675.279 4.582.554 12.355.642 10.975.007 8.737.083
30.562.180 6.299.044 14.211.169 12.674.704 10.051.967
35.041.413 6.339.836 17.033.081 15.109.232 11.668.496
37.225.679 6.002.651 17.592.339 15.630.143 13.630.689
42.011.192 6.153.406 20.208.989 17.936.108 15.648.797
47.053.912 6.373.226 23.047.942 20.372.491 17.632.744
25.675.279 4.582.554 12.355.642 10.975.007 8.737.083
28.086.290 4.850.808 14.174.468 12.662.184 9.061.014
30.300.118 4.942.396 15.630.569 13.899.380 9.727.153
32.377.375 4.798.101 16.660.729 14.903.974 10.918.545
34.741.584 4.849.113 17.958.831 16.053.174 11.933.640
37.465.176 4.946.531 19.496.085 17.346.326 13.022.560"""
m01 = []
for k, row in enumerate(N01.splitlines()):
    total, agri, ic, ind, serv = row.split()
    m01 += [
        M(total, TRIEU, shape="table", tag=f"t{k}", opener="chia ra"),
        M(agri, TRIEU, shape="table", part=f"t{k}"),
        M(ic, TRIEU, shape="table", tag=f"ic{k}", part=f"t{k}", opener="trong đó"),
        M(ind, TRIEU, shape="table", part=f"ic{k}"),
        M(serv, TRIEU, shape="table", part=f"t{k}"),
    ]
G["n01"] = {"money": m01}

# n02: a Vĩnh Phúc yearbook table flattened one cell a line, "ĐVT: Tỷ đồng - Unit: Bill. dongs" in
# the header. TỔNG SỐ is split "Phân theo loại hình kinh tế" into State, Non-State, the FDI sector
# and product taxes (table rows; they sum 1 tỷ more than the total in three years, rounding), and
# Non-State into collective, private and household rows (adding up). The rows by kind of activity
# split the same total a second time (one breakdown per total: not linked; the excerpt ends before
# the last of them).
N02 = [
    ("T", None, "78.644 107.625 118.341 123.575 136.183"),
    (None, "T", "8.015 10.972 12.263 13.213 14.103"),
    ("N", "T", "24.065 33.394 36.554 37.584 40.260"),
    (None, "N", "3.017 3.544 3.629 3.985 4.275"),
    (None, "N", "12.800 16.442 18.094 19.591 20.338"),
    (None, "N", "8.248 13.408 14.831 14.008 15.647"),
    (None, "T", "22.809 34.029 38.285 40.935 48.219"),
    (None, "T", "23.756 29.231 31.240 31.843 33.601"),
    (None, None, "5.787 6.423 6.473 7.551 8.028"),
    (None, None, "96 297 410 367 294"),
    (None, None, "27.499 41.839 46.529 48.340 56.776"),
    (None, None, "312 622 643 701 886"),
    (None, None, "358 556 674 656 665"),
    (None, None, "3.281 4.553 5.308 6.190 6.768"),
]
m02 = []
for tag, part, row in N02:
    m02 += cells(
        row,
        TY,
        tags=col(tag, 5) if tag else None,
        parts=col(part, 5) if part else None,
        opener="table rows",
    )
G["n02"] = {"money": m02}

# n03: an income statement of a listed company on a broker's site, "Đơn vị: 1.000.000đ" above five
# year columns, each row run together on one line. Row 7 is split by "-Trong đó: Chi phí lãi vay"
# (the column whose interest cost is 0 has no link); row 18 is "(16)+(17)", the sum of the rows
# above it (17 is all zeros): parts stated after them. The other formula rows are differences, not
# sums. Zero cells and the two negative profits of row 14 are doubtful (see doubtful.tsv); row
# numbers, the "(1)-(2)" references and the years are no money.
m03 = []
m03 += cells("126.666 157.926 178.461 198.901 144.027", TRIEU)
m03 += cells("126.666 157.926 178.461 198.901 144.027", TRIEU)
m03 += cells("110.446 141.590 160.573 180.254 124.643", TRIEU)
m03 += cells("16.220 16.336 17.888 18.647 19.384", TRIEU)
m03 += cells("510 728 1.158 1.228 1.043", TRIEU)
m03 += cells("68 21 57 52 31", TRIEU, tags=["i0", None, "i2", "i3", "i4"], opener="trong đó")
m03 += [
    M("68", TRIEU, shape="table", part="i0"),
    M("57", TRIEU, shape="table", part="i2"),
    M("51", TRIEU, shape="table", part="i3"),
    M("31", TRIEU, shape="table", part="i4"),
]
m03 += cells("11.482 11.515 13.232 12.072 12.436", TRIEU)
m03 += cells("5.181 5.528 5.758 7.750 7.960", TRIEU)
m03 += cells("401 751 2.098 904 308", TRIEU)
m03 += cells("448 180 793 578 480", TRIEU)
m03 += [M(c, TRIEU, shape="table") for c in ("571", "1.305", "326")]
m03 += cells("5.133 6.099 7.063 8.076 7.789", TRIEU)
m03 += cells("1.113 1.220 1.420 1.672 1.127", TRIEU, parts=col("x", 5))
m03 += cells("1.113 1.220 1.420 1.672 1.127", TRIEU, tags=col("x", 5), opener="after")
m03 += cells("4.020 4.880 5.643 6.404 6.662", TRIEU)
m03 += cells("4.020 4.880 5.643 6.404 6.662", TRIEU)
G["n03"] = {"money": m03}
doubt_money("n03", "0", 0, "a zero cell (rows 2, 8, 9, 17, 20 and the interest cost of 2017): no amount")
for v in (47, 171):
    doubt_money("n03", f"-{v}", -v * TRIEU, "a negative profit (row 14): the spec has no sign; read with it")
    doubt_money("n03", f"-{v}", v * TRIEU, "the same negative profit read without its sign")

# n04: a balance sheet in an annual report, "VND" above the columns "Số cuối năm" and "Số đầu năm".
# A. TÀI SẢN NGẮN HẠN is the sum of the rows I to V below it (table rows, adding up); I and V are
# the sums of their numbered rows; B's breakdown is cut off by the end of the excerpt (its row I
# and I's two rows are parts, "less"). II, III and IV include provisions written in brackets
# (negative amounts), so their rows are money but not linked. The "Mã số" codes (100, 110, ...)
# and the note numbers of "Thuyết minh" (4, 5, 7, 8, 9, 34, ...) are no money.
m04 = []
m04 += cells("7.249.523.418.000 5.188.684.452.600", 1, tags=col("A", 2), opener="table rows")
m04 += [
    M("949.714.290.815", shape="table", tag="I0", part="A0", opener="table rows"),
    M("510.081.795.392", shape="table", tag="I1", part="A1", opener="table rows"),
]
m04 += cells("351.579.691.931 375.081.795.392", 1, parts=col("I", 2))
m04 += cells("598.134.598.884 135.000.000.000", 1, parts=col("I", 2))
m04 += cells("546.044.526.130 195.241.515.004", 1, parts=col("A", 2))
m04 += cells("297.147.689.996 49.283.965.426", 1)
m04 += cells("261.192.458.630 155.000.000.000", 1)
m04 += cells("4.176.401.712.048 3.395.471.753.145", 1, parts=col("A", 2))
m04 += cells("1.100.949.322.998 811.658.108.303", 1)
m04 += cells("1.901.795.681.995 1.495.579.321.218", 1)
m04 += cells("72.650.000.000 112.610.000.000", 1)
m04 += cells("1.120.586.669.025 1.004.932.343.278", 1)
m04 += cells("1.557.405.689.521 1.047.470.814.321", 1, parts=col("A", 2))
m04 += cells("1.569.276.250.678 1.054.918.038.845", 1)
m04 += [
    M("19.957.199.486", shape="table", tag="V0", part="A0", opener="table rows"),
    M("40.418.574.738", shape="table", tag="V1", part="A1", opener="table rows"),
]
m04 += cells("1.670.398.983 31.429.677.963", 1, parts=col("V", 2))
m04 += [M("9.297.903.728", shape="table", part="V0")]
m04 += cells("8.988.896.775 8.988.896.775", 1, parts=col("V", 2))
m04 += cells("14.361.895.569.189 13.454.247.972.698", 1, tags=col("B", 2), opener="table rows")
m04 += [
    M("278.173.212.921", shape="table", tag="BI0", part="B0", opener="table rows"),
    M("248.947.958.662", shape="table", tag="BI1", part="B1", opener="table rows"),
]
m04 += cells("167.955.017.657 214.080.522.339", 1, parts=col("BI", 2))
m04 += [M("43.272.682.178", shape="table", part="BI0")]
G["n04"] = {"money": m04}
for t in ("12.295.622.496", "9.042.450.422", "19.579.961.970", "29.308.019.654", "11.870.561.157", "7.447.224.524"):
    v = int(t.replace(".", ""))
    doubt_money("n04", f"({t})", -v, "a provision in brackets (a negative amount): read with its sign")
    doubt_money("n04", f"({t})", v, "the same provision read without its sign")
doubt_money("n04", "29.450.581", 29450581, "the excerpt ends inside this figure (cut after 29.450.581)")

# n05: post-merger (2025) provinces and communes; the units of a province are counted as "đơn vị"
# and then as xã and phường: different nouns, so no part links (the spec).
G["n05"] = {
    "counts": [
        C("34 tỉnh, thành", "tỉnh, thành"),
        C("29 tỉnh", "tỉnh"),
        C("34 Nghị quyết", "nghị quyết"),
        C("23 tỉnh, thành", "tỉnh, thành"),
        C("23 tỉnh thành", "tỉnh thành"),
        C("124 đơn vị", "đơn vị"),
        C("117 xã", "xã"),
        C("7 phường", "phường"),
        C("99 đơn vị", "đơn vị"),
        C("89 xã", "xã"),
        C("10 phường", "phường"),
    ],
}

# n06: an encyclopedia page on the merger of administrative units; "(từ 713 xuống còn 705)" and
# "(từ 11.162 xuống còn 10.599)" are numbers without their noun (doubtful); "09/15" and "8/713" are
# pairs of one noun.
G["n06"] = {
    "counts": [
        C("08 huyện", "huyện"),
        C("563 xã, phường, thị trấn", "xã, phường, thị trấn"),
        C("09", "đvhc", shape="pair"),
        C("15 ĐVHC", "đvhc", shape="pair"),
        C("8", "đơn vị", shape="pair"),
        C("713 đơn vị", "đơn vị", shape="pair"),
    ],
    "legal_refs": [
        L("Nghị quyết số 1211/2016/UBTVQH13", "1211/2016/UBTVQH13", "Nghị quyết", "2016-05-25"),
        L("Nghị quyết số 595/NQ-UBTVQH15", "595/NQ-UBTVQH15", "Nghị quyết"),
    ],
}
for n, unit in ((713, "huyện"), (705, "huyện"), (11162, "xã"), (10599, "xã")):
    t = f"{n:,}".replace(",", ".")
    doubt("n06", "counts", {"text": t, "value": n, "unit": unit}, "a number in brackets whose noun is only before it")

# n07: relief money split by province after "Cụ thể," (next paragraph), adding up to the "khoảng
# 45 tỷ"; the amounts per house are rates of a kind, not parts.
m07 = [M("45 tỷ đồng", TY, q="approx", tag="A", opener="next paragraph")]
m07 += [M(f"{v} tỷ đồng", TY, part="A") for v in (12, 12, 2, 5, 5, 2, 2, 2, 1, 1, 1)]
m07 += [M("40 triệu đồng", TRIEU), M("10 triệu đồng", TRIEU)]
G["n07"] = {"money": m07}

# n08: rice exports in dollars ("triệu đô la", "triệu đô la Mỹ"); "Trong đó, riêng tháng 2" is a
# part of the two months; the China figure two paragraphs later splits the total another way
# (not linked). Tonnes are measures, not counts.
G["n08"] = {
    "money": [
        M("430,49 triệu đô la", TRIEU, "USD", tag="A", opener="trong đó"),
        M("238,13 triệu đô la Mỹ", TRIEU, "USD", part="A"),
        M("37,08 triệu đô la", TRIEU, "USD"),
    ],
}

# n09: footwear exports by market; no total in money.
G["n09"] = {
    "money": [
        M("3,81 tỷ USD", TY, "USD"),
        M("3,03 tỷ USD", TY, "USD"),
        M("967,91 triệu USD", TRIEU, "USD"),
        M("577,92 triệu USD", TRIEU, "USD"),
        M("340,87 triệu USD", TRIEU, "USD"),
    ],
}

# n10: feed exports; "Xét về thị trường" splits the eight months' total by market over three
# paragraphs (chia theo, less); the factories are split after "trong đó" (adding up).
G["n10"] = {
    "money": [
        M("87 triệu USD", TRIEU, "USD", q="over"),
        M("672 triệu USD", TRIEU, "USD", q="over", tag="A", opener="chia theo"),
        M("270 triệu USD", TRIEU, "USD", q="over", part="A"),
        M("88 triệu USD", TRIEU, "USD", q="over", part="A"),
        M("79 triệu USD", TRIEU, "USD", q="over", part="A"),
    ],
    "counts": [
        C("265 nhà máy", "nhà máy", q="approx", tag="F", opener="trong đó"),
        C("85 nhà máy", "nhà máy", part="F"),
        C("180 nhà máy", "nhà máy", part="F"),
    ],
}

# n11: fuel prices per litre or kg, each change and each price before and after.
m11 = []
for t in (
    "680 đồng/lít",
    "28.959 đồng/lít",
    "29.639 đồng/lít",
    "670 đồng/lít",
    "29.983 đồng/lít",
    "30.653 đồng/lít",
    "1.100 đồng/lít",
    "26.650 đồng/lít",
    "25.550 đồng/lít",
    "760 đồng/lít",
    "25.160 đồng/lít",
    "24.400 đồng/lít",
):
    m11.append(M(t, shape="rate", per="lít"))
m11.append(M("970 đồng/ký", shape="rate", per="ký"))
m11 += [M(t, shape="rate", per="kg") for t in ("21.560 đồng/kg", "20.590 đồng/kg")]
G["n11"] = {"money": m11}

# n12: a provincial letter: a total in digits restated in words, split after "cụ thể như sau:"
# into three amounts in a list with runs of spaces (adding up).
G["n12"] = {
    "money": [
        M("718.520.000 đồng", tag="A", opener=":"),
        W("bảy trăm mười tám triệu năm trăm hai mươi nghìn đồng", 718520000, restates="A"),
        M("546.440.000 đồng", part="A"),
        M("122.560.000 đồng", part="A"),
        M("49.520.000 đồng", part="A"),
    ],
    "legal_refs": [
        L("Số: 1641/UBND-KGVX", "1641/UBND-KGVX", None),
        L("Công văn số 1931/STC-QLNS", "1931/STC-QLNS", "Công văn", "2017-08-22"),
        L("Quyết định số 102/2009/QĐ-TTg", "102/2009/QĐ-TTg", "Quyết định", "2009-08-07"),
    ],
}

# n13: amounts per conference; the 2.000.000 đồng in the bracket after "trong đó, bao gồm" is given
# per commune ("đồng/ xã"), a rate, so no part of the 117.200.000.
G["n13"] = {
    "money": [
        M("48.200.000 đồng"),
        M("14.400.000 đồng"),
        M("2.000.000 đồng"),
        M("117.200.000 đồng"),
        M("2.000.000 đồng/ xã", shape="rate", per="xã"),
    ],
}

# n14: a law site's header of a 2025 decision: the title twice, "Số hiệu:" twice, the "Số:" line,
# then the decrees cited with their dates.
G["n14"] = {
    "legal_refs": [
        L("Quyết định 217/QĐ-BLĐTBXH", "217/QĐ-BLĐTBXH", "Quyết định"),
        L("Quyết định 217/QĐ-BLĐTBXH", "217/QĐ-BLĐTBXH", "Quyết định"),
        L("217/QĐ-BLĐTBXH", "217/QĐ-BLĐTBXH", "Quyết định"),
        L("217/QĐ-BLĐTBXH", "217/QĐ-BLĐTBXH", "Quyết định"),
        L("Số: 217/QĐ-BLĐTBXH", "217/QĐ-BLĐTBXH", "Quyết định"),
        L("Nghị định số 62/2022/NĐ-CP", "62/2022/NĐ-CP", "Nghị định", "2022-09-12"),
        L("Nghị định số 07/2021/NĐ-CP", "07/2021/NĐ-CP", "Nghị định", "2021-01-27"),
    ],
}

# n15: "ngàn tỷ" (10^12); the split after "Trong đó" is in percentages only.
G["n15"] = {"money": [M("431,7 ngàn tỷ đồng", NGHIN_TY, shape="scale")]}

# n16: a third-party copy of an FDI article. "Trong đó" opens a split of the totals by city that
# runs through the paragraph (TP.HCM, Hà Nội, Bình Dương: less); "nghìn dự án" multiplies the
# count; "(lần lượt là 13,3 triệu USD; ...)" writes the unit each time. "top 10 các địa phương" is a
# rank (doubtful).
G["n16"] = {
    "money": [
        M("255 tỷ USD", TY, "USD", q="over", tag="V", opener="trong đó"),
        M("39 tỷ USD", TY, "USD", q="approx", part="V"),
        M("23 tỷ USD", TY, "USD", q="over", part="V"),
        M("20,1 tỷ USD", TY, "USD", q="over", part="V"),
        M("4 triệu USD", TRIEU, "USD"),
        M("70 triệu USD", TRIEU, "USD", q="over"),
        M("13,3 triệu USD", TRIEU, "USD"),
        M("17,91 triệu USD", TRIEU, "USD"),
        M("20 triệu USD", TRIEU, "USD", q="approx"),
        M("50,23 triệu USD", TRIEU, "USD"),
    ],
    "counts": [
        C("18,2 nghìn dự án", "dự án", NGHIN, shape="multiplier", q="over", tag="P", opener="trong đó"),
        C("5,4 nghìn dự án", "dự án", NGHIN, shape="multiplier", q="over", part="P"),
        C("3,1 nghìn dự án", "dự án", NGHIN, shape="multiplier", q="over", part="P"),
        C("2,5 nghìn dự án", "dự án", NGHIN, shape="multiplier", q="over", part="P"),
        C("3 dự án", "dự án"),
        C("4 dự án", "dự án"),
        C("4 dự án", "dự án"),
        C("3 dự án", "dự án"),
        C("10 dự án", "dự án", q="under"),
    ],
}
doubt(
    "n16",
    "counts",
    {"text": "10 các địa phương", "value": 10, "unit": "địa phương"},
    "'top 10 các địa phương': a rank list",
)

# n17: one amount ("tỉ USD").
G["n17"] = {"money": [M("7,71 tỉ USD", TY, "USD")]}

# n18: a tag page: the same amount in the title and the text; shares only after "Trong đó".
G["n18"] = {
    "money": [M("583,1 nghìn tỷ đồng", NGHIN_TY, shape="scale"), M("583,1 nghìn tỷ đồng", NGHIN_TY, shape="scale")]
}

# n19: the FIA page on Taiwan's investment; "Theo lĩnh vực đầu tư:" splits the total of the
# paragraph before (projects and capital) by sector (chia theo, less); "Theo địa bàn đầu tư:" splits
# it a second time (not linked). "thứ 4/141 quốc gia" is a rank (doubtful).
G["n19"] = {
    "money": [
        M("35,03 tỷ USD", TY, "USD"),
        M("35,03 tỷ USD", TY, "USD", tag="A", opener="chia theo"),
        M("12,4 triệu USD/dự án", TRIEU, "USD", shape="rate", per="dự án"),
        M("11,8 triệu USD/dự án", TRIEU, "USD", shape="rate", per="dự án"),
        M("30,8 tỷ USD", TY, "USD", part="A"),
        M("1,1 tỷ USD", TY, "USD", part="A"),
        M("817,27 triệu USD", TRIEU, "USD", part="A"),
        M("11,15 tỷ USD", TY, "USD"),
        M("6,2 tỷ USD", TY, "USD"),
        M("5,4 tỷ USD", TY, "USD"),
    ],
    "counts": [
        C("2831 dự án", "dự án"),
        C("2831 dự án", "dự án", tag="P", opener="chia theo"),
        C("2057 dự án", "dự án", part="P"),
        C("104 dự án", "dự án", part="P"),
        C("56 dự án", "dự án", part="P"),
        C("56 tỉnh, thành phố", "tỉnh, thành phố"),
        C("37 dự án", "dự án"),
        C("851 dự án", "dự án"),
        C("337 dự án", "dự án"),
    ],
}
doubt(
    "n19",
    "counts",
    {"text": "141 quốc gia", "value": 141, "unit": "quốc gia"},
    "'đứng thứ 4/141 quốc gia': a rank out of 141",
)
doubt(
    "n19", "counts", {"text": "4", "value": 4, "unit": "quốc gia"}, "the rank 4 of 'thứ 4/141 quốc gia' read as a pair"
)

# n20: the same kind of page in 2015; the sectors follow without an opener (not linked); "18/18
# ngành" is a pair.
G["n20"] = {
    "money": [
        M("11,8 triệu USD/dự án", TRIEU, "USD", shape="rate", q="approx", per="dự án"),
        M("28,5 tỷ USD", TY, "USD", q="approx"),
        M("28,5 tỷ USD", TY, "USD", q="approx"),
        M("11,8 triệu USD/dự án", TRIEU, "USD", shape="rate", q="approx", per="dự án"),
        M("23,5 tỷ USD", TY, "USD"),
        M("1,69 tỷ USD", TY, "USD"),
        M("1,5 tỷ USD", TY, "USD"),
        M("10,2 tỷ USD", TY, "USD"),
    ],
    "counts": [
        C("2.401 dự án", "dự án"),
        C("2.401 dự án", "dự án"),
        C("2.401 dự án", "dự án"),
        C("18", "ngành", shape="pair"),
        C("18 ngành", "ngành", shape="pair"),
        C("1.872 dự án", "dự án"),
        C("26 dự án", "dự án"),
        C("108 dự án", "dự án"),
        C("36 dự án", "dự án"),
    ],
}

# n21: an average per project written without "/dự án" (money, approx) and one with it (a rate);
# "11,375 triệu" has a single comma, the decimal mark.
G["n21"] = {
    "money": [
        M("31 tỷ USD", TY, "USD"),
        M("12,77 triệu USD", TRIEU, "USD", q="approx"),
        M("11,375 triệu USD/dự án", TRIEU, "USD", shape="rate", per="dự án"),
    ],
    "counts": [
        C("103 quốc gia", "quốc gia"),
        C("103 quốc gia", "quốc gia"),
        C("2.478 dự án", "dự án"),
        C("103 quốc gia", "quốc gia"),
    ],
}


# n22: the same agency's page on Taiwan in 2014. "Riêng trong 11 tháng" opens the next paragraph,
# after a rate, so it is not linked to the cumulative total; the sector figures that follow "trong
# đó vốn đầu tư tập trung vào ngành …" two paragraphs after the total are not linked either, nor the
# split by form of investment. "thứ 4/101" and "thứ 5/60 quốc gia" are ranks, the "3,8" that ends
# the excerpt has lost its unit (doubtful).
G["n22"] = {
    "money": [
        M("28 tỷ USD", TY, "USD", q="approx"),
        M("11,9 triệu USD", TRIEU, "USD", q="approx"),
        M("14,3 triệu USD/dự án", TRIEU, "USD", shape="rate", per="dự án"),
        M("869 triệu USD", TRIEU, "USD"),
        M("23,1 tỷ USD", TY, "USD"),
        M("1,69 tỷ USD", TY, "USD"),
        M("1,5 tỷ USD", TY, "USD"),
        M("23,8 tỷ USD", TY, "USD"),
    ],
    "counts": [
        C("2.353 dự án", "dự án"),
        C("70 dự án", "dự án"),
        C("49 dự án", "dự án"),
        C("18", "ngành", shape="pair"),
        C("18 ngành", "ngành", shape="pair"),
        C("1839 dự án", "dự án"),
        C("25 dự án", "dự án"),
        C("106 dự án", "dự án"),
        C("2.080 dự án", "dự án"),
        C("242 dự án", "dự án"),
    ],
}
for n, total in ((4, 101), (5, 60)):
    doubt(
        "n22", "counts", {"text": f"{total} quốc gia", "value": total, "unit": "quốc gia"}, f"'thứ {n}/{total}': a rank"
    )
    doubt(
        "n22",
        "counts",
        {"text": f"{n}", "value": n, "unit": "quốc gia"},
        f"the rank {n} of 'thứ {n}/{total}' read as a pair",
    )
doubt_money(
    "n22", "3,8", 3_800_000_000, "the excerpt ends after '3,8', before its unit (tỷ USD by the sentences before)", "USD"
)

# n23: a translation-memory page, a Vietnamese sentence and its English translation. The English
# figures are doubtful: "3.257 billion dollars" has an English decimal point that the Vietnamese
# convention reads as 3257, and "$ 252 million" restates the Vietnamese amount in another language.
G["n23"] = {"money": [M("3,257 tỷ USD", TY, "USD"), M("252 triệu USD", TRIEU, "USD")]}
doubt_money(
    "n23", "3.257 billion dollars", 3_257_000_000, "English: a decimal point (the translation of 3,257 tỷ)", "USD"
)
doubt_money("n23", "3.257 billion dollars", 3_257_000_000_000, "the same figure read the Vietnamese way (3257)", "USD")
doubt_money("n23", "$ 252 million", 252_000_000, "English: the translation of 252 triệu USD", "USD")


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "n", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
