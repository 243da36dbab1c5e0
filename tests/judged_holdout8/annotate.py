"""Gold for tests/judged_holdout8, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout8/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref; no amount in words here, so
`restates` is unused. Conventions for the number: 'vn' and 'pt_en'.
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
number, M, R, C, L = ann.number, ann.M, ann.R, ann.C, ann.L
rng, cells, trow = ann.rng, ann.line_cells, ann.range_row
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money = readings.doubt, readings.doubt_money


# q01: a provincial extension centre's market survey, one cell a line between pipes; "Giá bán
# (đồng)" over the market columns and the unit of each row ("Kg") in a column, so every cell is a
# price per kg. "Loại 1" is a grade, the survey date no money.
Q01 = [
    "17.000 16.500 13.000 16.000 17.000 15.000 16.000 16.000 16.000",
    "14.000 14.200 13.000 13.500 15.000 13.000 13.000 15.000 14.000 14.000",
    "15.000 13.000 14.500 15.000 14.000 16.000 18.000",
    "25.500 25.000 23.000 25.000 25.000 25.000 25.000 22.000 25.000 23.000",
    "26.500 25.000 25.000 17.000 26.000 25.000 25.000 23.000",
    "175.000 125.000 100.000 220.000 230.000 90.000 170.000",
    "187.000 160.000 180.000 300.000 270.000 250.000 150.000 180.000",
    "340.000",
    "18.000 5.000 5.000 6.000 10.000 8.000 7.000 5.500 5.000 20.000",
    "10.000 7.000 10.000 10.000 10.000 10.000 8.000 5.000 25.000",
]
G["q01"] = {"money": [e for row in Q01 for e in cells(row, 1, per="kg")]}

# q02: a shrimp farmers' site: prices per kg in prose (ranges, an amount sharing the unit of the
# next one), then a table whose unit "đ/kg" is stated once in its title, with range cells. Sizes
# ("100 con/kg") are ratios, no counts.
G["q02"] = {
    "money": [
        *rng("87.000", "88.000 đ/kg", per="kg"),
        R("108.000 đ/kg", per="kg"),
        R("119.000đ/kg", per="kg"),
        *rng("138.000", "141.000 đ/kg", per="kg"),
        *rng("162.000", "166.000 đ/kg", per="kg"),
        M("81.000", shape="shared", per="kg"),
        R("83.000 đ/kg", per="kg"),
        *rng("84.000", "88.000 đ/kg", per="kg"),
        R("3000đ/kg", per="kg"),
        *trow("82.000-83.000 81.000-82.000 81.000-82.000", "kg"),
        *trow("87.000-88.000 86.000-87.000 86.000-87.000", "kg"),
        *trow("92.000-93.000 91.000-92.000 91.000-92.000", "kg"),
        *trow("97.000-98.000 96.000-97.000 96.000-97.000", "kg"),
        *trow("102.000-103.000 101.000-102.000 101.000-102.000", "kg"),
        *trow("108.000 107.000 107.000", "kg"),
        *trow("119.000 117.000 117.000", "kg"),
        *trow("138.000-141.000 138.000 138.000", "kg"),
        *trow("162.000-166.000", "kg"),
    ]
}

# q03: the seafood exporters' association: two tables of shrimp prices abroad, one cell a line
# between pipes, "(USD/kg)" in each table's title, decimal commas; the size column is no money.
Q03 = (
    "5,18 5,48 5,66 {} 4,52 4,76 5 5 3,97 4,10 4,28 4,28 3,49 3,67 3,79 3,80 3,25 3,43 3,55 3,56 "
    "2,95 3,19 3,25 3,25 2,83 2,95 3,13 3,13 2,71 2,83 3,01 3,01"
)
G["q03"] = {"money": cells(Q03.format("5,77"), 1, "USD", per="kg") + cells(Q03.format("5,67"), 1, "USD", per="kg")}

# q04: a thesis excerpt on a document site: an asset table "Đơn vị tính: VNĐ" run together on
# lines. Rows I-IV are the parts of A (short-term assets) year by year; A is the part of "TỔNG CỘNG
# TÀI SẢN" (B is zero). Changes in brackets (decreases) and the zero cells are doubtful; the
# percentage columns are no money.
T = dict(shape="table")
G["q04"] = {
    "money": [
        M("2.677.426.032", tag="A1", part="T1", opener="table rows", **T),
        M("3.520.065.228", tag="A2", part="T2", opener="table rows", **T),
        M("2.717.119.604", tag="A3", part="T3", opener="table rows", **T),
        M("842.639.196", part="Td", **T),
        M("195.430.133", part="A1", **T),
        M("43.672.000", part="A2", **T),
        M("28.308.439", part="A3", **T),
        M("387.814.138", part="A1", **T),
        M("1.504.263.626", part="A2", **T),
        M("1.361.607.260", part="A3", **T),
        M("1.116.449.488", **T),
        M("2.084.524.070", part="A1", **T),
        M("1.971.916.528", part="A2", **T),
        M("1.923.815.586", part="A3", **T),
        M("9.657.691", part="A1", **T),
        M("213.074", part="A2", **T),
        M("372.013", part="A3", **T),
        M("158.939", **T),
        M("2.677.426.032", tag="T1", opener="table rows", **T),
        M("3.520.065.228", tag="T2", opener="table rows", **T),
        M("2.717.119.604", tag="T3", opener="table rows", **T),
        M("842.639.196", tag="Td", opener="table rows", **T),
        M("2.677.426.032 đồng"),
        M("842.639.196 đồng"),
        M("3.520.065.228 đồng"),
        M("2.717.119.604 VNĐ"),
    ]
}
for text in (
    "(802.945.624)",
    "(151.758.133)",
    "(15.363.561)",
    "(442.656.366)",
    "(112.607.542)",
    "(345.084.636)",
    "(9.444.617)",
):
    doubt_money("q04", text, int(number(text, "vn")), "a decrease in brackets in the change column")
doubt_money("q04", "Tài sản dài hạn 0 0 0 0 0 0", 0, "zero cells")

# q05: a company's proposal on a document site, figures run together on one line under
# "Đơn vị tính: Đồng"; the four shares of the profit add up to the profit to be shared out.
G["q05"] = {
    "money": [
        M("1.177.082.420.161", shape="table"),
        M("1.061.456.336.134", shape="table"),
        M("115.626.084.027", shape="table"),
        M("40.273.435.662", shape="table"),
        M("2.654.984.202", shape="table"),
        M("78.007.632.567", shape="table", tag="L", opener=":"),
        M("63.093.332.800", shape="table", part="L"),
        M("12.500.000.000", shape="table", part="L"),
        M("600.000.000", shape="table", part="L"),
        M("1.814.299.767", shape="table", part="L"),
    ]
}
doubt_money("q05", "800đ/1CP", 800, "a dividend per share written '/1CP'")

# q06: live-pig prices per kg in prose; the price table at the end gives no unit anywhere in it
# (English grouping "55,000"): its cells are doubtful.
G["q06"] = {
    "money": [
        R("4.000 đồng/kg", per="kg"),
        R("54.000 đồng/kg", per="kg"),
        R("55.000 đồng/kg", per="kg"),
        R("2.000 đồng/kg", per="kg"),
        R("4.000 đồng/kg", per="kg"),
        R("56.000 đồng/kg", per="kg"),
        R("54.000 đồng/kg", per="kg"),
        R("53.000 đồng/kg", per="kg"),
        R("52.000 đồng/kg", per="kg"),
        R("52.000 đồng/kg", per="kg"),
        R("53.000 đồng/kg", per="kg"),
    ]
}
for text in ("55,000", "53,000", "54,000", "57,000", "52,000", "2000"):
    doubt_money("q06", text, int(number(text, "pt_en")), "a price table with no unit in it")

# q07: a thesis: a university's revenue by year in prose (triệu đồng); the table after it is cut
# at its header.
G["q07"] = {
    "money": [
        M(t, TRIEU)
        for t in (
            "77.300 triệu đồng",
            "85.996 triệu đồng",
            "8.694 triệu đồng",
            "96.531 triệu đồng",
            "10.535 triệu đồng",
            "108.510 triệu đồng",
            "11.979 triệu đồng",
            "108.822 triệu đồng",
        )
    ]
}

# q08: a farming forum: shrimp prices per kg, one grade a line; the changes written with a minus
# sign are doubtful.
G["q08"] = {
    "money": [
        R(t, per="kg")
        for t in (
            "260.000 đ/kg",
            "230.000 đ/kg",
            "190.000 đ/kg",
            "45.000 đ/kg",
            "73.000 đ/kg",
            "77.000 đ/kg",
            "83.000 đ/kg",
            "93.000 đ/kg",
            "91.000 đ/kg",
        )
    ]
}
for text in ("-20.000 đ/kg", "-25.000 đ/kg", "-30.000 đ/kg", "-16.000 đ/kg", "-7.000 đ/kg"):
    doubt_money("q08", text, int(number(text, "vn")), "a change with a minus sign")

# q09: live-pig prices per kg (ranges, a pair sharing its unit); the last range is cut off.
G["q09"] = {
    "money": [
        *rng("1.000", "2.000 đồng/kg", per="kg"),
        R("83.000 đồng/kg", per="kg"),
        R("1.000 đồng/kg", per="kg"),
        R("2.000 đồng/kg", per="kg"),
        M("81.000", shape="shared", per="kg"),
        R("82.000 đồng/kg", per="kg"),
        *rng("80.000", "84.000 đồng/kg", per="kg"),
        R("2.000 đồng/kg", per="kg"),
        R("82.000 đồng/kg", per="kg"),
        *rng("82.000", "83.000 đồng/kg", per="kg"),
        *rng("80.000", "81.000 đồng/kg", per="kg"),
        *rng("80.000", "83.000 đồng/kg", per="kg"),
    ]
}
doubt_money("q09", "83.000 - 84.", 83000, "a range cut off by the end of the excerpt")

# q10: food prices (ranges per kg and per dozen eggs); the teaser line repeats the start of the
# article and is cut off ("70.000 - 75.000 ..."), so its unitless pair is doubtful.
G["q10"] = {
    "money": [
        *rng("65.000", "70.000 đồng/kg", per="kg"),
        *rng("65.000", "70.000 đồng/kg", per="kg"),
        *rng("70.000", "75.000 đồng/kg", per="kg"),
        R("80.000 đồng/kg", per="kg"),
        R("85.000 đồng/kg", per="kg"),
        *rng("15.000", "23.000 đồng/chục", per="chục"),
        *rng("18.000", "27.000 đồng/chục", per="chục"),
        *rng("7.000", "10.000 đồng/kg", per="kg"),
        *rng("12.000", "15.000 đồng/kg", per="kg"),
        R("2.000 đồng/lít", per="lít", q="over"),
    ],
    "counts": [C("2 đợt", "đợt"), C("2 đợt", "đợt")],
}
doubt("q10", "counts", {"text": "2 lần", "value": 2, "unit": "lần"}, "times, near a multiplier")

# q11: a provincial paper: a humanitarian fund; the "trở lên" amounts are minimums (over); "mỗi
# đơn vị" is a per-unit amount; the "Trong đó tiêu biểu" examples are not a breakdown.
G["q11"] = {
    "money": [
        M("495 triệu đồng", TRIEU, q="over"),
        M("495.421.000 đồng"),
        M("100.000 đồng", q="over"),
        M("30.000 đồng", q="over"),
        M("10.000 đồng", q="over"),
        M("500.000 đồng", q="over"),
        M("495.421.000 đồng"),
        M("40 triệu đồng", TRIEU),
        M("30 triệu đồng", TRIEU, shape="each", per="đơn vị"),
    ]
}
doubt("q11", "counts", {"text": "1,644 lượt xem", "value": 1644, "unit": "lượt"}, "page furniture")

# q13: fuel prices "mỗi lít" (per litre) and "một lít".
G["q13"] = {
    "money": [
        M(t, shape="each", per="lít")
        for t in ("20.906 đồng", "20.682 đồng", "22.347 đồng", "22.203 đồng", "18.610 đồng")
    ]
    + [M("17.080 đồng", shape="rate", per="lít")],
    "counts": [C("2 loại", "loại")],
}

# q12: FDI into one city (USD).
G["q12"] = {"money": [M("500 triệu USD", TRIEU, "USD"), M("518 triệu USD", TRIEU, "USD"), M("1,8 tỷ USD", TY, "USD")]}

# q14: a health paper on durian prices; "900 nghìn/kg" has no currency word (doubtful); "cho
# 1kg" is no rate word.
G["q14"] = {
    "money": [
        M("900.000 đồng"),
        M("3 triệu đồng", TRIEU, q="approx"),
        R("900 nghìn đồng/kg", NGHIN, per="kg"),
        M("3,5 triệu đồng", TRIEU),
        R("900 nghìn đồng/kg", NGHIN, per="kg"),
        R("1 triệu đồng/kg", TRIEU, per="kg", q="approx"),
    ],
    "counts": [C("1 trái", "trái"), C("5 hộc múi", "hộc múi")],
}
doubt_money("q14", "900 nghìn/kg", 900000, "no currency word")

# q15: durian prices per kg, mostly ranges with an en dash.
Q15 = [
    ("85.000", "92.000"),
    ("65.000", "70.000"),
    ("39.000", "40.000", "approx"),
    ("65.000", "70.000"),
    ("40.000", "45.000"),
    ("45.000", "50.000"),
    ("27.000", "30.000"),
    "30.000a",
    ("37.000", "40.000"),
    ("60.000", "65.000"),
    ("90.000", "93.000"),
    ("70.000", "73.000"),
    ("35.000", "40.000"),
    ("60.000", "70.000"),
    "105.000",
    ("65.000", "70.000"),
    ("42.000", "50.000"),
    ("27.000", "30.000"),
    ("85.000", "90.000"),
    ("65.000", "70.000"),
    ("38.000", "40.000"),
]
q15 = [R("99.000 đồng/kg", per="kg"), R("99.000 đồng/kg", per="kg"), R("3.000 đồng/kg", per="kg")]
for item in Q15:
    if isinstance(item, tuple):
        q15 += rng(item[0], item[1] + " đồng/kg", per="kg", q=item[2] if len(item) > 2 else None)
    elif item.endswith("a"):
        q15.append(R(item[:-1] + " đồng/kg", per="kg", q="approx"))
    else:
        q15.append(R(item + " đồng/kg", per="kg"))
G["q15"] = {"money": q15}

# q16: a provincial broadcaster: durian prices per kg, ranges whose lower bound carries "đ".
G["q16"] = {
    "money": [
        *rng("7.000đ", "8.000đ/kg", per="kg"),
        R("12.000đ/kg", per="kg"),
        *rng("25.000đ", "30.000đ/kg", per="kg"),
        *rng("30.000đ", "38.000đ/kg", per="kg"),
        *rng("35.000đ", "40.000đ/kg", per="kg"),
        *rng("55.000đ", "60.000đ/kg", per="kg"),
    ]
}

# q17: a construction paper: ODA loans in yen ("Yên").
G["q17"] = {
    "money": [M("25,822 tỷ Yên", TY, "JPY"), M("25,822 tỷ Yên", TY, "JPY"), M("145,613 tỷ Yên", TY, "JPY")],
    "counts": [C("5 hiệp định", "hiệp định"), C("5 dự án", "dự án")],
}

# q18: an investment paper: one ODA loan in yen, after a block of other headlines (furniture).
G["q18"] = {"money": [M("95,167 tỷ Yên", TY, "JPY")]}

# q19: the same loan on another site; "Cụ thể, … bao gồm:" two paragraphs after the total names
# the loan it divides ("khoản vốn vay ODA trên"), so its four amounts are linked to it.
G["q19"] = {
    "money": [
        M("95 tỷ yên", TY, "JPY", q="over"),
        M("95,167 tỷ yen", TY, "JPY"),
        M("95,167 tỷ yen", TY, "JPY", tag="Y", opener="cụ thể"),
        M("30 tỷ yen", TY, "JPY", part="Y"),
        M("32,287 tỷ yen", TY, "JPY", part="Y"),
        M("22,88 tỷ yên", TY, "JPY", part="Y"),
        M("10 tỷ yên", TY, "JPY", part="Y"),
    ],
    "counts": [C("4 chương trình", "chương trình")],
}

# q20: a document site's copy of a 1998 decision, its body garbled by the PDF text layer; the
# garbled title symbol is doubtful, the cited resolution keeps an intact symbol (type inferred).
QD135 = L("Quyết định số 135/1998/QĐ-TTg", "135/1998/QĐ-TTg", "Quyết định")
G["q20"] = {
    "legal_refs": [QD135, QD135, QD135, QD135, L("04/1998/NQ-CP", "04/1998/NQ-CP", "Nghị quyết")],
}
doubt("q20", "legal_refs", {"text": "135/1998/Q -TTg", "code": "135/1998/QĐ-TTg"}, "a symbol garbled by the text layer")
doubt("q20", "counts", {"text": "153", "value": 153, "unit": "lượt"}, "page furniture")
doubt("q20", "counts", {"text": "Số trang:11", "value": 11, "unit": "trang"}, "page furniture")

# q21: unallocated public investment: "Trong đó" two sources that sum to 5 tỷ less than the total.
G["q21"] = {
    "money": [
        M("29.519 tỷ đồng", TY, q="over"),
        M("29.519 tỷ đồng", TY, q="over"),
        M("29.519,5 tỷ đồng", TY, tag="I", opener="trong đó"),
        M("27.893,3 tỷ đồng", TY, part="I"),
        M("1.621,2 tỷ đồng", TY, part="I"),
    ]
}

# q22: relief money: the amounts after "Trong đó" are per household, so no parts; the household
# sizes ("hộ có 2 khẩu") are conditions, doubtful as counts.
G["q22"] = {
    "money": [
        M("1,005 tỷ đồng", TY),
        M("500 nghìn đồng", NGHIN),
        M("1 triệu đồng", TRIEU),
        M("1,5 triệu đồng", TRIEU),
        R("15 triệu đồng/hộ", TRIEU, per="hộ"),
        R("50 triệu đồng/hộ", TRIEU, per="hộ"),
    ],
    "counts": [C("365 hộ", "hộ")],
}
for text in ("1 khẩu", "2 khẩu", "3 khẩu"):
    doubt("q22", "counts", {"text": text, "value": int(text[0]), "unit": "khẩu"}, "a household size as a condition")

# q23: a programme handbook (font slips "ƣ"): the state budget floor "trong đó" a) and b), the
# total broken over a line ("193.155,6 tỷ\nđồng"); the shares in % are no money.
G["q23"] = {
    "money": [
        M("193.155,6 tỷ", TY, tag="S", opener="trong đó"),
        M("63.155,6 tỷ đồng", TY, part="S"),
        M("130.000 tỷ đồng", TY, part="S"),
    ]
}

# q24: a provincial paper: farm output; the 2022 target and its bracketed "trong đó" three
# sectors (adds up); tonnes and tạ/ha are measurements.
G["q24"] = {
    "money": [
        M("13.478 tỷ đồng", TY),
        M("13.828 tỷ đồng", TY, q="over", tag="N", opener="trong đó"),
        M("11.255 tỷ đồng", TY, part="N"),
        M("788 tỷ đồng", TY, part="N"),
        M("1.785 tỷ đồng", TY, part="N"),
        R("96 triệu đồng/ha", TRIEU, per="ha", q="over"),
    ]
}

# q25: an FDI association: counts only (control), a paragraph repeated; rank "thứ 4" no count.
G["q25"] = {"counts": [C("103 quốc gia", "quốc gia"), C("103 quốc gia", "quốc gia"), C("14 tỉnh", "tỉnh")]}
doubt("q25", "counts", {"text": "1 dự án", "value": 1, "unit": "dự án"}, "'không có 1 dự án … nào': a negation")

# q26: a provincial labour department: Covid-19 support; "Đã xem: 350" is furniture with no noun.
G["q26"] = {
    "money": [M("257 tỷ đồng", TY, q="over")],
    "counts": [C("6 huyện", "huyện"), C("3 đối tượng", "đối tượng"), C("3 nhóm", "nhóm"), C("243.128 người", "người")],
    "legal_refs": [
        L("Nghị quyết 42/NQ-CP", "42/NQ-CP", "Nghị quyết"),
        L("Quyết định 15/2020/QĐ-TTg", "15/2020/QĐ-TTg", "Quyết định"),
    ],
}

# q27: durian price per kg, title and lead.
G["q27"] = {"money": [R("110.000 đồng/kg", per="kg"), R("110.000 đồng/kg", per="kg")]}

# q28: a provincial paper, its paragraph printed twice: houses approved "trong đó" new and
# repaired (counts that add up); a decision cited by number only is doubtful.
G["q28"] = {
    "money": [
        M("560 triệu đồng", TRIEU, q="over"),
        M("560 triệu đồng", TRIEU, q="over"),
        M("2,3 tỷ đồng", TY, q="over"),
    ],
    "counts": [
        C("114 căn", "căn", tag="a", opener="trong đó"),
        C("77 căn", "căn", part="a"),
        C("37 căn", "căn", part="a"),
        C("14 căn", "căn"),
        C("114 căn", "căn", tag="b", opener="trong đó"),
        C("77 căn", "căn", part="b"),
        C("37 căn", "căn", part="b"),
        C("14 căn", "căn"),
        C("69 căn", "căn", tag="c", opener="trong đó"),
        C("50 căn", "căn", part="c"),
        C("19 căn", "căn", part="c"),
    ],
}
doubt("q28", "legal_refs", {"text": "Quyết định 22", "code": "22"}, "a decision cited by number only")

# q29: the labour ministry's portal: housing support "trong đó" three sources (adds up, the last
# "gần 400 triệu").
G["q29"] = {
    "money": [
        M("976 triệu đồng", TRIEU, tag="H", opener="trong đó"),
        M("432 triệu đồng", TRIEU, part="H"),
        M("144 triệu đồng", TRIEU, part="H"),
        M("400 triệu đồng", TRIEU, q="approx", part="H"),
    ],
    "counts": [
        C("159 hộ", "hộ"),
        C("159 hộ", "hộ"),
        C("159 hộ", "hộ"),
        C("11 ngôi nhà", "ngôi nhà"),
        C("2 vườn", "vườn"),
        C("597 hộ", "hộ"),
    ],
}

# q30: a town portal: a per-household grant ("mỗi hộ"); 30m2 is an area.
G["q30"] = {"money": [M("20 triệu đồng", TRIEU, shape="each", per="hộ")], "counts": [C("31 hộ", "hộ")]}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "q", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
