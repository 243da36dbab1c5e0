"""Gold for tests/judged_holdout15, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout15/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref. Conventions for the number:
'vn' and 'pt_en'.
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
M, R, C, L = ann.M, ann.R, ann.C, ann.L
kgs, cells = ann.kgs, ann.cells
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


# ---------------------------------------------------------------------------------------------
# y01: a thesis excerpt on Korean FDI: prose with English decimal points ("4.7 tỷ USD") and a table
# run together on one line, the unit in the money column's header "(Triệu USD)", cells with English
# grouping ("5,511.78"); the project-count column is no money.
Y01_USD = (
    "5,511.78 3,844.86 3,585.07 3,417.82 3,417.81 2,005.02 1,968.14 1,960.91 1,863.19 1,517.96 1,487.29 1,305.68"
    " 1,292.00 1,289.11 1,218.81 1,162.82 1,134.16"
)
Y01_PROJECTS = "1,303 71 768 605 299 114 160 14 16 83 22 30 168 25 12 10 83"
G["y01"] = {
    "money": [
        M("4.7 tỷ USD", TY, conv="pt_en", **US),
        M("3.07 tỷ USD", TY, conv="pt_en", **US),
        M("2.7 tỷ USD", TY, conv="pt_en", **US),
        M("2.6 tỷ USD", TY, conv="pt_en", **US),
        *[M(c, TRIEU, shape="table", conv="pt_en", **US) for c in Y01_USD.split()],
    ],
    "counts": [C("401 dự án", "dự án"), C("600 dự án", "dự án"), C("33 dự án", "dự án"), C("240 dự án", "dự án")],
}
for _c in Y01_PROJECTS.split():
    doubt_count(
        "y01", _c, int(_c.replace(",", "")), "dự án", "a cell of the table's project-count column (no noun beside it)"
    )

# y02: live-pig prices a kg by region (2025 provinces), changes "tăng thêm 1.000 đồng" without "/kg",
# ranges, retail cuts a kg.
G["y02"] = {
    "money": [
        M("1.000 đồng"),
        R("65.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        *kgs("63.000 đồng/kg", "62.000 đồng/kg", ("62.000", "64.000 đồng/kg"), "63.500 đồng/kg"),
        M("1.000 đồng"),
        R("57.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        *kgs("58.000 đồng/kg", "63.000 đồng/kg", ("58.000", "61.000 đồng/kg"), "59.800 đồng/kg"),
        M("64.000 đồng"),
        *kgs(("62.000", "63.000 đồng/kg"), "70.000 đồng/kg", "102.000 đồng/kg", "120.000 đồng/kg"),
        *kgs("175.000 đồng/kg", "205.000 đồng/kg", "135.000 đồng/kg", "170.000 đồng/kg"),
        *kgs("43.100 đồng/kg", "47.600 đồng/kg", "45.300 đồng/kg", "56.200 đồng/kg"),
    ]
}

# y03: new FDI by province and partner (no total stated for the figures listed).
G["y03"] = {
    "money": [
        M(t, TRIEU, **US)
        for t in (
            "724,2 triệu USD",
            "568,4 triệu USD",
            "288,1 triệu USD",
            "248,2 triệu USD",
            "242,9 triệu USD",
            "363,9 triệu USD",
        )
    ],
    "counts": [C("40 tỉnh", "tỉnh"), C("36 quốc gia", "quốc gia")],
}

# y04: the social policy bank: funds "trên 212 ngàn tỷ" with one source in the next paragraph
# ("Trong đó ..."), loans "trên 197 ngàn tỷ; trong đó ..."; changes; counts with "triệu"/"ngàn".
NGAN_TY = NGHIN_TY
G["y04"] = {
    "money": [
        M("197 ngàn tỷ đồng", NGAN_TY, q="over"),
        M("212 ngàn tỷ đồng", NGAN_TY, q="over", tag="F", opener="next paragraph"),
        M("17.780 tỷ đồng", TY),
        M("14.130 tỷ đồng", TY, part="F"),
        M("2.321 tỷ đồng", TY),
        M("197 ngàn tỷ đồng", NGAN_TY, q="over", tag="L", opener="trong đó"),
        M("9.501 tỷ đồng", TY),
        M("172 ngàn tỷ đồng", NGAN_TY, q="over", part="L"),
        M("7.677 tỷ đồng", TY),
        M("36.500 tỷ đồng", TY),
    ],
    "counts": [
        C("6,6 triệu hộ", "hộ", TRIEU, shape="multiplier", q="approx"),
        C("940 ngàn lượt", "lượt", NGHIN, shape="multiplier", q="over"),
        C("102 ngàn lao động", "lao động", NGHIN, shape="multiplier", q="over"),
        C("627 ngàn công trình", "công trình", NGHIN, shape="multiplier", q="over"),
        C("8.000 lượt", "lượt", q="approx"),
    ],
}

# y05: a province's monthly exports, the headline total divided in the next paragraph by sector
# (domestic "trên 34 triệu", FDI "2,42 tỷ"; the parts sum to more, the first being "trên").
G["y05"] = {
    "money": [
        M("2,45 tỷ USD", TY, tag="X", opener="next paragraph", **US),
        M("34 triệu USD", TRIEU, q="over", part="X", **US),
        M("2,42 tỷ USD", TY, part="X", **US),
    ]
}

# y06: business registrations in August 2025: counts with "nghìn", capital in "nghìn tỷ", the average
# capital of one enterprise.
G["y06"] = {
    "money": [M("326,1 nghìn tỷ đồng", NGHIN_TY), M("15,9 tỷ đồng", TY)],
    "counts": [
        C("20,5 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("106,9 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("12,4 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
    ],
}

# y07: a World Bank additional credit (a spam site's copy: a garbled run of words inside); the
# division of the 119 million ("bao gồm ... 50 ... và 69") stands four paragraphs after the headline
# and names the total only as "khoản tài trợ bổ sung": not annotated as parts (the convention asks for
# the same or the next paragraph).
G["y07"] = {
    "money": [M("119 triệu USD", TRIEU, **US), M("50 triệu USD", TRIEU, **US), M("69 triệu USD", TRIEU, **US)],
    "counts": [C("65.872 hộ", "hộ"), C("450.382 nhân khẩu", "nhân khẩu"), C("312.051 cư dân", "cư dân")],
}

# y08: IDA credits "tổng số vốn là 876 triệu USD. Cụ thể, ..." with line breaks inside amounts; two
# programmes "cùng có vốn 250 triệu USD" (each: not a part), the parts sum to less.
G["y08"] = {
    "money": [
        M("876 triệu USD", TRIEU, tag="T", opener=":", **US),
        M("250\ntriệu USD", TRIEU, shape="each", **US),
        M("106 triệu USD", TRIEU, part="T", **US),
        M("200 triệu USD", TRIEU, part="T", **US),
        M("70 triệu USD", TRIEU, part="T", **US),
    ],
    "counts": [C("5 chương trình", "chương trình")],
}

# y09: paddy and rice prices one cell a line, the unit in the price column's header "Giá (đ/kg)",
# ranges in cells (two facts each).
G["y09"] = {
    "money": cells(
        [
            ("4.800", "4.900"),
            ("6.000", "6.200"),
            ("5.800", "5.900"),
            "10.500",
            "13.500",
            "12.400",
            "18.500",
            "11.400",
            "12.600",
            "17.400",
            "14.400",
            "14.800",
            "9.200",
            "10.700",
            "13.400",
        ],
        per="kg",
    )
}

# y10: retail rice prices by province one cell a line under "Giá (đ/kg)", province names as group
# rows, a change glued in brackets to some cells ("5.650(+100)": the change is doubtful).
G["y10"] = {
    "money": cells(
        [
            "13.000",
            "17.500",
            "5.650",
            "9.500",
            "15.000",
            "7.050",
            "8.150",
            "10.000",
            "16.000",
            "7.400",
            "6.900",
            "5.500",
            "9.500",
            "13.500",
            "18.000",
            "6.500",
        ],
        per="kg",
    )
}
for _t, _v in (("+100", 100), ("+300", 300), ("+100", 100)):
    doubt_money("y10", _t, _v, "a change glued in brackets to a price cell ('5.650(+100)')")

# y11: budget revenue of the two provinces merged into Đồng Tháp (2025), one in "triệu đồng".
G["y11"] = {
    "money": [M("4.742 tỷ đồng", TY), M("3.040 tỷ đồng", TY), M("7.794 tỷ đồng", TY), M("5.623.058 triệu đồng", TRIEU)]
}

# y12: relief for four provinces (2025, post-merger names): "400 tỷ đồng" divided in the next
# paragraph ("Trong đó, Thái Nguyên ... 250 tỷ đồng, Cao Bằng 50 tỷ, ...": the unit "đồng" only on the
# first), then "140 tỷ đồng ... Trong đó ..." in the same paragraph; storms counted, five of nine.
G["y12"] = {
    "money": [
        M("400 tỷ đồng", TY, tag="A", opener="next paragraph"),
        M("250 tỷ đồng", TY, part="A"),
        *[M("50 tỷ", TY, shape="shared", part="A") for _ in range(3)],
        M("140 tỷ đồng", TY, tag="B", opener="trong đó"),
        M("50 tỷ đồng", TY, part="B"),
        *[M("30 tỷ", TY, shape="shared", part="B") for _ in range(3)],
    ],
    "counts": [C("9 cơn bão", "cơn bão", tag="S", opener="trong đó"), C("5 cơn", "cơn", part="S")],
}

# y13: the same relief as y12 (another paper), every amount with its unit, and a list of fifteen
# provinces under "2.524 tỷ đồng" in the next paragraph ("Theo đó, ..."), adding up.
Y13_LIST = [200, 195, 20, 200, 20, 20, 200, 24, 90, 20, 200, 500, 500, 200, 135]
G["y13"] = {
    "money": [
        M("400 tỷ đồng", TY, tag="A", opener="next paragraph"),
        M("250 tỷ đồng", TY, part="A"),
        *[M("50 tỷ đồng", TY, part="A") for _ in range(3)],
        M("140 tỷ đồng", TY, tag="B", opener="trong đó"),
        M("50 tỷ đồng", TY, part="B"),
        *[M("30 tỷ đồng", TY, part="B") for _ in range(3)],
        M("2.524 tỷ đồng", TY, tag="C", opener="next paragraph"),
        *[M(f"{n} tỷ đồng", TY, part="C") for n in Y13_LIST],
    ],
    "counts": [C("4 tỉnh", "tỉnh"), C("15 địa phương", "địa phương")],
}

# y14: the same relief (a third paper): ", trong đó: Thái Nguyên 250 tỉ đồng, ..."; a ministry letter
# cited by its number only ("văn bản số 15854", doubtful).
G["y14"] = {
    "money": [
        M("400 tỉ đồng", TY, tag="A", opener="trong đó"),
        M("250 tỉ đồng", TY, part="A"),
        *[M("50 tỉ đồng", TY, part="A") for _ in range(3)],
        M("140 tỉ đồng", TY, tag="B", opener="trong đó"),
        M("50 tỉ đồng", TY, part="B"),
        *[M("30 tỉ đồng", TY, part="B") for _ in range(3)],
    ],
    "counts": [C("4 địa phương", "địa phương"), C("4 tỉnh", "tỉnh")],
}
doubt(
    "y14",
    "legal_refs",
    {"text": "15854", "code": "15854", "doc_type": "Văn bản", "date": None},
    "a ministry letter cited by its number alone, no symbol",
)

# y15: a women's union campaign: the total divided by level in the next paragraphs (adding up), each
# level's amount divided in a bracket "(trong đó tiền mặt ..., hiện vật ...)"; gift counts likewise.
G["y15"] = {
    "money": [
        M("222,124 tỷ đồng", TY, tag="T", opener="next paragraph"),
        M("11,614 tỷ đồng", TY, part="T", tag="C", opener="bracket"),
        M("3,414 tỷ đồng", TY, part="C"),
        M("8,2 tỷ đồng", TY, part="C"),
        M("210,51 tỷ đồng", TY, part="T", tag="P", opener="bracket"),
        M("17,56 tỷ đồng", TY, part="P"),
        M("192,95 tỷ đồng", TY, part="P"),
    ],
    "counts": [
        C("740.413 phần quà", "phần quà", tag="G", opener="next paragraph"),
        C("38.713 phần quà", "phần quà", part="G"),
        C("701.700 phần quà", "phần quà", part="G"),
        C("63", "tỉnh", shape="pair"),
        C("63 tỉnh", "tỉnh", shape="pair"),
    ],
}

# y16: a province's fund for the poor: houses, cows, a gift a household "mỗi suất trị giá 300 nghìn
# đồng" (each), a count written without a thousands point ("1500 hộ").
G["y16"] = {
    "money": [
        M("16 tỷ đồng", TY, q="over"),
        M("16,178 tỷ đồng", TY),
        M("30 triệu đồng", TRIEU),
        M("100 triệu đồng", TRIEU, q="over"),
        M("300 nghìn đồng", NGHIN, shape="each"),
    ],
    "counts": [C("140 nhà", "nhà", q="over"), C("50 con bò", "con bò"), C("1500 hộ", "hộ", q="over")],
}

# y17: the same relief without its total (no parts): "Cao Bằng, Lạng Sơn và Bắc Ninh mỗi tỉnh 50 tỷ"
# (each, no currency word); storms "9 cơn bão ..., trong đó 5 cơn bão"; casualties and houses.
G["y17"] = {
    "money": [
        M("250 tỷ đồng", TY),
        M("50 tỷ", TY, shape="each"),
        M("140 tỷ đồng", TY),
        M("33.500 tỷ đồng", TY, q="over"),
    ],
    "counts": [
        C("4 tỉnh", "tỉnh"),
        C("4 tỉnh", "tỉnh"),
        C("9 cơn bão", "cơn bão", tag="S", opener="trong đó"),
        C("5 cơn bão", "cơn bão", part="S"),
        C("238 người", "người"),
        C("367 người", "người"),
        C("258.000 ngôi nhà", "ngôi nhà", q="over"),
    ],
}

# y18: hamlet allowances: a monthly rate, a decree cited three times, households counted.
G["y18"] = {
    "money": [R("14 triệu đồng/tháng", TRIEU, per="tháng", q="over")],
    "counts": [
        C("3 chức danh", "chức danh"),
        C("3 chức danh", "chức danh"),
        C("350 hộ", "hộ"),
        C("500 hộ", "hộ"),
    ],
    "legal_refs": [L("33/2023/NĐ-CP", "33/2023/NĐ-CP", "Nghị định") for _ in range(3)],
}

# y19: Korean investment (a political-theory journal): page views, companies, capital with a
# footnote mark glued after "USD(1)".
G["y19"] = {
    "money": [M("18,952 tỷ USD", TY, **US)],
    "counts": [C("5664 Lượt", "lượt"), C("2.114 công ty", "công ty")],
}

# y20: FDI by province in 2014 (a thesis excerpt with a chart's labels run into the text).
G["y20"] = {
    "money": [
        M(t, TY, **US)
        for t in ("3,35 tỷ USD", "3,1 tỷ USD", "1,83 tỷ USD", "1,58 tỷ USD", "1,46 tỷ USD", "1,25 tỷ USD")
    ],
    "counts": [C("54 tỉnh", "tỉnh")],
}

# y21: a provincial council session: five resolutions listed without figures, one resolution cited
# with its date after the word "tỉnh".
G["y21"] = {
    "counts": [C("5 Nghị quyết", "nghị quyết")],
    "legal_refs": [L("10/2016/NQ-HĐND", "10/2016/NQ-HĐND", "Nghị quyết", "2016-12-07")],
}

# y22: live-pig prices a kg (August 2025, post-merger provinces), changes without "/kg".
G["y22"] = {
    "money": [
        M("2.000 đồng"),
        R("59.000 đồng/kg", per="kg"),
        M("2.000 đồng"),
        R("60.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        *kgs("61.000 đồng/kg", "60.000 đồng/kg", "59.000 đồng/kg"),
        M("1.000 đồng"),
        R("56.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        R("57.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        *kgs("60.000 đồng/kg", "62.000 đồng/kg"),
        M("2.000 đồng"),
        R("63.000 đồng/kg", per="kg"),
        M("1.000 đồng"),
        *kgs("64.000 đồng/kg", "63.000 đồng/kg", "60.300 đồng/kg"),
        R("10.000 đồng/kg", per="kg", q="approx"),
    ]
}

# y23: flood relief for a district: damage, three sources of support (no total stated), a gift.
G["y23"] = {
    "money": [
        M("400 tỷ đồng", TY, q="over"),
        M("10 tỷ đồng", TY, q="approx"),
        M("4,5 tỷ đồng", TY, q="approx"),
        M("670 triệu đồng", TRIEU),
        M("500 triệu đồng", TRIEU),
    ]
}

# y24: school fees a month: headings with "Đồng" capitalised, "mỗi tháng" rates, a range of budget
# spending "từ gần 50 đến 160 tỷ đồng".
G["y24"] = {
    "money": [
        R("8.000 Đồng", per="tháng"),
        M("100.000 Đồng", q="under"),
        R("100.000 đồng", per="tháng", q="under"),
        M("8.000 đồng"),
        M("10.000 đồng"),
        M("200.000 Đồng", q="over"),
        R("225.000 đồng", per="tháng"),
        M("200.000 đồng", q="over"),
        M("340.000 đồng"),
        M("50", TY, shape="range-first", q="approx"),
        M("160 tỷ đồng", TY),
    ],
    "counts": [C("7 tỉnh", "tỉnh")],
}

# y25: coffee prices a kg (October 2025): ranges, changes a kg "từ 700 đến 800 đồng/kg".
G["y25"] = {
    "money": kgs(
        ("113.000", "113.800 đồng/kg"),
        ("700", "800 đồng/kg"),
        ("113.000", "113.800 đồng/kg"),
        "113.800 đồng/kg",
        "700 đồng/kg",
        "700 đồng/kg",
        "113.500 đồng/kg",
        "700 đồng/kg",
        "113.000 đồng/kg",
        "114.400 đồng/kg",
    )
}

# y26: the grounds of a provincial council resolution on the 2021 budget: its own symbol after
# "Số:", two decisions with dates on the next line, a submission written "175 /TTr-UBND".
G["y26"] = {
    "legal_refs": [
        L("278/NQ-HĐND", "278/NQ-HĐND", "Nghị quyết"),
        L("1950/QĐ-TTg", "1950/QĐ-TTg", "Quyết định", "2020-11-28"),
        L("2060/QĐ-BTC", "2060/QĐ-BTC", "Quyết định", "2020-12-03"),
        L("175 /TTr-UBND", "175/TTr-UBND", "Tờ trình", "2020-11-18"),
    ]
}

# y27: fuel prices: cuts a litre, then ceilings "tối đa ... đồng/lít" (no qualifier of the contract).
G["y27"] = {
    "money": [
        *[R(t, per="lít") for t in ("329 đồng/lít", "334 đồng/lít", "234 đồng/lít", "386 đồng/lít")],
        *[R(t, per="lít") for t in ("19.611 đồng/lít", "21.177 đồng/lít", "17.460 đồng/lít", "16.054 đồng/lít")],
        R("14.437 đồng/kg", per="kg"),
    ]
}

# y28: a tag page: a 2025 decree on staff cuts for the two-level local government ("2 cấp", doubtful).
G["y28"] = {"legal_refs": [L("154/2025/NĐ-CP", "154/2025/NĐ-CP", "Nghị định")]}
doubt_count("y28", "2 cấp", 2, "cấp", "the number of levels of a government model, a descriptor")

# y29: tourists in a month: the total divided in a bracket (international, domestic), adding up.
G["y29"] = {
    "money": [M("198 tỷ đồng", TY)],
    "counts": [
        C("349.000 lượt", "lượt", tag="T", opener="bracket"),
        C("210.000 lượt", "lượt", q="approx", part="T"),
        C("139.000 lượt", "lượt", q="approx", part="T"),
    ],
}

# y30: Tết tourism 2025 by province: visitors and revenue in pairs, no total divided.
G["y30"] = {
    "money": [
        M("1.000 tỷ đồng", TY, q="over"),
        M("7.690 tỷ đồng", TY, q="approx"),
        M("3.530 tỷ đồng", TY),
        M("2.665 tỷ đồng", TY),
        M("1.887 tỷ đồng", TY, q="approx"),
        M("1.886 tỷ đồng", TY, q="approx"),
        M("1.246 tỷ đồng", TY, q="over"),
        M("1.201 tỷ đồng", TY),
    ],
    "counts": [
        C("7 tỉnh", "tỉnh"),
        C("5 địa phương", "địa phương"),
        C("2,1 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("1 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("969.000 lượt", "lượt"),
        C("469.000 lượt", "lượt"),
        C("471.191 lượt", "lượt"),
        C("825.195 lượt", "lượt"),
        C("331.382 lượt", "lượt"),
    ],
}

# y31: Huế's tourism, first quarter 2025: visitors "gần 1,5 triệu lượt; trong đó, khách quốc tế ...;
# lượng khách lưu trú ..." (both named after "trong đó": parts, less); events "hơn 160 các hoạt động.
# Trong đó, ... 8 ..., 62 ..., 102 ..." (the parts sum to more); a range of visitors and of revenue.
G["y31"] = {
    "money": [
        M("2.600 tỷ đồng", TY, q="over"),
        M("2.600 tỷ đồng", TY, q="over"),
        M("10.800", TY, shape="range-first", q="approx"),
        M("11.200 tỷ đồng", TY, q="approx"),
    ],
    "counts": [
        C("1,5 triệu lượt", "lượt", TRIEU, shape="multiplier", q="approx", tag="V", opener="trong đó"),
        C("666 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="over", part="V"),
        C("600 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="approx", part="V"),
        C("160 các hoạt động", "hoạt động", q="over", tag="H", opener="next paragraph"),
        C("8 hoạt động", "hoạt động", part="H"),
        C("62 hoạt động", "hoạt động", part="H"),
        C("102 hoạt động", "hoạt động", part="H"),
        C("4,8", "lượt", TRIEU, shape="multiplier", q="approx"),
        C("5 triệu lượt", "lượt", TRIEU, shape="multiplier", q="approx"),
    ],
}
doubt_count("y31", "10 thị trường", 10, "thị trường", "a 'Top 10' list, a rank size rather than a count")

# y32: a province's tourism, first quarter 2025: visitors "trong đó khách lưu trú ...", revenue
# "trong đó doanh thu lưu trú ..." (less each).
G["y32"] = {
    "money": [
        M("5.083 tỷ đồng", TY, q="over", tag="R", opener="trong đó"),
        M("1.793 tỷ đồng", TY, q="over", part="R"),
    ],
    "counts": [
        C("4,5 triệu lượt", "lượt", TRIEU, shape="multiplier", q="over", tag="V", opener="trong đó"),
        C("1.256.863 lượt", "lượt", q="over", part="V"),
        C("76.031 lượt", "lượt"),
    ],
}

# y33: tourism 2025 by province (post-merger names): visitors and revenue, "vượt 1 triệu tỉ đồng".
G["y33"] = {
    "money": [
        M("29.000 tỷ đồng", TY),
        M("260.000 tỷ đồng", TY),
        M("134.500 tỷ đồng", TY),
        M("68.000 tỷ đồng", TY),
        M("1 triệu tỉ đồng", TRIEU * TY, q="over"),
    ],
    "counts": [
        C("12,4 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("2 địa phương", "địa phương"),
        C("53,3 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("33,7 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("24 triệu lượt", "lượt", TRIEU, shape="multiplier"),
        C("22 triệu lượt", "lượt", TRIEU, shape="multiplier", q="approx"),
        C("140 triệu lượt", "lượt", TRIEU, shape="multiplier", q="approx"),
    ],
}

# y34: a provincial investment portal's indicator table flattened one cell a line: GRDP at current
# prices, then at 2010 prices, each year's total followed by its three sectors ("Trong đó:"; taxes on
# products left out, so each total's parts sum to less), the unit "Triệu đồng" written once in the
# unit column of the first row and blank (the same unit) in the second; the last year of the first
# row has no sector cells.
Y34_CURRENT = [
    ("28647783", "6217271", "6721452", "14413618"),
    ("31888677", "6742108", "7968605", "15781875"),
    ("33681843", "7457584", "8313625", "16364310"),
    ("36604565", "7885616", "9815045", "17205669"),
    ("40767442", "8277165", "11904530", "18741692"),
    ("46431000",),
]
Y34_CONSTANT = [
    ("17762393", "3952024", "4039816", "8964051"),
    ("19120218", "4193638", "4560500", "9527364"),
    ("19834086", "4273117", "4883930", "9760877"),
    ("21149201", "4411076", "5590602", "10147421"),
    ("22644296", "4457833", "6300827", "10843030"),
]


def year_blocks(row, blocks):
    """One row's year blocks: each year's total cell (a total when its sector cells follow) and its parts."""
    out = []
    for year, (total, *sectors) in enumerate(blocks):
        tag = f"{row}{year}" if sectors else None
        out.append(M(total, TRIEU, shape="table", tag=tag, opener="table rows"))
        out += [M(s, TRIEU, shape="table", part=tag) for s in sectors]
    return out


G["y34"] = {"money": year_blocks("cur", Y34_CURRENT) + year_blocks("cst", Y34_CONSTANT)}

# y35: temporary houses replaced (Phú Thọ after the merger, 2025): a pair "10.760/10.760 căn nhà"
# divided "Trong đó xây mới ..., sửa chữa ..." (adding up); the same houses by programme in the next
# paragraph (a second breakdown, not annotated).
G["y35"] = {
    "counts": [
        C("10.760", "căn", shape="pair", tag="H", opener="trong đó"),
        C("10.760 căn", "căn", shape="pair"),
        C("3 chương trình", "chương trình"),
        C("7.475 căn", "căn", part="H"),
        C("3.285 căn", "căn", part="H"),
        C("1.477 căn", "căn"),
        C("5.762 căn", "căn"),
        C("2.372 căn", "căn"),
        C("1.149 căn", "căn"),
        C("9.825 căn", "căn"),
    ]
}

# y36: outward investment, four months of 2025, in "triệu đô la": new and added capital, then the
# total stated after them (adding up); the sector breakdown opening the next paragraph is a second
# breakdown of the same total (not annotated); partner countries.
G["y36"] = {
    "money": [
        M("269,2 triệu đô la", TRIEU, part="T", **US),
        M("40,1 triệu đô la", TRIEU, part="T", **US),
        M("309,3 triệu đô la", TRIEU, tag="T", opener="after", **US),
        M("111,2 triệu đô la", TRIEU, **US),
        M("65,5 triệu đô la", TRIEU, **US),
        M("50,5 triệu đô la", TRIEU, **US),
        M("140,6 triệu đô la", TRIEU, **US),
        M("59,1 triệu đô la", TRIEU, **US),
        M("26 triệu đô la", TRIEU, **US),
        M("21 triệu đô la", TRIEU, **US),
        M("13,82 tỷ đô la", TY, **US),
        M("6,74 tỷ đô la", TY, q="approx", **US),
    ],
    "counts": [C("43 dự án", "dự án"), C("12 dự án", "dự án"), C("24 quốc gia", "quốc gia")],
}

# y37: temporary houses nationwide (2025, 34 provinces): a pair "34/34 địa phương", a party
# resolution with its date after a comma, labour days (doubtful).
G["y37"] = {
    "money": [M("24.761,596 tỷ đồng", TY)],
    "counts": [
        C("34 địa phương", "địa phương"),
        C("34", "địa phương", shape="pair"),
        C("34 địa phương", "địa phương", shape="pair"),
        C("334.234 căn", "căn"),
        C("454.318 lượt", "lượt"),
        C("334.234 căn", "căn"),
    ],
    "legal_refs": [L("42-NQ/TW", "42-NQ/TW", "Nghị quyết", "2023-11-24")],
}
doubt_count("y37", "2,7 triệu ngày công", 2700000, "ngày công", "labour days, a duration-like measure")

# y38: a province's disaster relief fund: sources after "Trong đó," (their total is in the headline,
# outside the excerpt), one source "hơn 29,43 tỷ đồng (gồm hơn 22 ...; hơn 7 ...)" (less).
G["y38"] = {
    "money": [
        M("7 tỷ đồng", TY, q="over"),
        M("40 tỷ đồng", TY),
        M("29,43 tỷ đồng", TY, q="over", tag="S", opener="bracket"),
        M("22 tỷ đồng", TY, q="over", part="S"),
        M("7 tỷ đồng", TY, q="over", part="S"),
        M("18 tỷ đồng", TY),
    ],
    "counts": [C("8 huyện", "huyện"), C("28 chuyến", "chuyến")],
}

# y39: a province's relief to six others (2025, post-merger): "3,5 tỷ đồng ... Trong đó, tỉnh Nghệ An:
# 1 tỷ đồng; các tỉnh: ..., mỗi tỉnh 500 triệu đồng" (each: not a part, so the parts sum to less).
G["y39"] = {
    "money": [
        M("3,5 tỷ đồng", TY),
        M("3,5 tỷ đồng", TY),
        M("1 tỷ đồng", TY),
        M("500 triệu đồng", TRIEU, shape="each"),
        M("3,5 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("1 tỷ đồng", TY, part="T"),
        M("500 triệu đồng", TRIEU, shape="each"),
    ],
    "counts": [C("6 địa phương", "địa phương"), C("6 địa phương", "địa phương"), C("2 tỉnh", "tỉnh")],
}

# y40: projects started in 2025: "trên 5,14 triệu tỉ đồng, trong đó ... 3,84 triệu tỉ, ... 1,3 triệu
# tỉ" (no currency word on the parts; adding up); the projects by date in the next paragraph, the
# third written "234 dự án, công trình" (another noun: not linked), so the linked parts sum to less.
TRIEU_TY = TRIEU * TY
G["y40"] = {
    "money": [
        M("5,14 triệu tỉ đồng", TRIEU_TY, q="over", tag="M", opener="trong đó"),
        M("3,84 triệu tỉ", TRIEU_TY, shape="shared", part="M"),
        M("1,3 triệu tỉ", TRIEU_TY, shape="shared", part="M"),
        M("450 nghìn tỉ đồng", NGHIN_TY, q="approx"),
        M("1,28 triệu tỉ đồng", TRIEU_TY, q="approx"),
        M("3,4 triệu tỉ đồng", TRIEU_TY, q="over"),
    ],
    "counts": [
        C("564 công trình", "công trình"),
        C("564 công trình", "công trình", tag="P", opener="next paragraph"),
        C("80 công trình", "công trình", part="P"),
        C("250 công trình", "công trình", part="P"),
        C("234 dự án", "dự án"),
    ],
}
# y41: the head of a provincial council resolution on fees (2007): its own symbol after "Số:", a
# resolution cited in the capitalised title with "NQ .HĐND" and a date glued "25THÁNG", a law cited
# with its symbol, decrees, a directive, a ministry letter, a submission after "Tờ trình số:", the
# amended resolution again as "47/2007/NQ -HĐND".
G["y41"] = {
    "legal_refs": [
        L("60/2007/NQ-HĐND", "60/2007/NQ-HĐND", "Nghị quyết"),
        L("47/2007/NQ .HĐND", "47/2007/NQ-HĐND", "Nghị quyết", "2007-01-25"),
        L("01/2002/QH11", "01/2002/QH11", "Luật", "2002-12-16"),
        L("24/2006/NĐ-CP", "24/2006/NĐ-CP", "Nghị định", "2006-03-06"),
        L("57/2002/NĐ-CP", "57/2002/NĐ-CP", "Nghị định", "2002-06-03"),
        L("24/2007/CT-TTg", "24/2007/CT-TTg", "Chỉ thị", "2007-11-01"),
        L("10917/BTC-CST", "10917/BTC-CST", "Văn bản", "2007-08-16"),
        L("63/TTr-UBND", "63/TTr-UBND", "Tờ trình", "2007-11-26"),
        L("47/2007/NQ -HĐND", "47/2007/NQ-HĐND", "Nghị quyết", "2007-01-25"),
    ]
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "y", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
