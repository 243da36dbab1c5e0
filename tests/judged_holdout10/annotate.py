"""Gold for tests/judged_holdout10, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout10/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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
cells = ann.line_cells
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt_money, doubt_count = readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. T = a cell of a table whose unit is stated once above it (shape "table").
T = dict(shape="table")

# s01: a school's fee table under "Đơn vị tính: Vnđ", each label run together with its figure
# ("Phí nhập học3.000.000"); the bus fares stand under a line "Dịch vụ xe đưa đón/tháng" (a
# rate per month); two late-care fees are glued to a time ("18:0030.000"), doubtful.
G["s01"] = {
    "money": [
        M("3.000.000", **T),
        M("1.500.000", **T),
        M("1.500.000", **T),
        M("2.000.000", **T),
        M("3.000.000", **T),
        M("880.000", **T),
        M("220.000", **T),
        M("150.000/ngày", per="ngày", **T),
        M("1.100.000", per="tháng", **T),
        M("1.500.000", per="tháng", **T),
        M("800.000", per="tháng", **T),
        M("900.000", per="tháng", **T),
    ]
}
doubt_money("s01", "30.000", 30000, "a fee glued to a time of day ('18:0030.000')")
doubt_money("s01", "50.000", 50000, "a fee glued to a time of day ('18:3050.000')")

# s02: a kindergarten's fee list; the three class fees stand one a line under "Học Phí", each with
# "VNĐ"; a worked example repeats two figures without a unit (doubtful).
G["s02"] = {
    "money": [
        M("750.000 VNĐ"),
        M("2.200.000 VNĐ"),
        M("2.100.000 VNĐ"),
        M("2.000.000 VNĐ"),
        R("35.000 VNĐ/ngày", per="ngày"),
        M("2.910.000 VNĐ"),
        R("500.000 VNĐ/tháng", per="tháng"),
        R("1.000.000 VNĐ/tháng", per="tháng"),
        R("1.200.000 VNĐ/tháng", per="tháng"),
    ]
}
doubt_money("s02", "2.000.000 +", 2000000, "a figure of a worked example, no unit beside it")
doubt_money("s02", "35.000 *", 35000, "a figure of a worked example, no unit beside it")

# s03: relief collected by thirteen communities, a bullet list in dollars ("$23,460.00", English
# grouping), its total stated after the list ("tổng cộng ... $171,566.00"); the items add up to ten
# cents more than the total.
US = dict(cur="USD", conv="pt_en")
G["s03"] = {
    "money": [
        M("$23,460.00", part="A", **US),
        M("$32,414.00", part="A", **US),
        M("$598.00", part="A", **US),
        M("$27,970.10", part="A", **US),
        M("$1,685.00", part="A", **US),
        M("$13,340.00", part="A", **US),
        M("$16,649.00", part="A", **US),
        M("$28,148.00", part="A", **US),
        M("$8,970.00", part="A", **US),
        M("$5,056.00", part="A", **US),
        M("$2,616.00", part="A", **US),
        M("$6,760.00", part="A", **US),
        M("$3,900.00", part="A", **US),
        M("$171,566.00", tag="A", opener="after", **US),
    ]
}

# s04: a parish letter: a target and pledges in dollars; families counted.
G["s04"] = {
    "money": [M("$39,892", **US), M("$14,095", **US)],
    "counts": [
        C("55 gia đình", "gia đình"),
        C("500 gia đình", "gia đình"),
        C("40 gia đình", "gia đình"),
        C("400 gia đình", "gia đình"),
    ],
}

# s05: a fund-raising night: "$65,000" (title), "65,000 Mỹ kim" (Mỹ kim = US dollars), cheques.
G["s05"] = {
    "money": [
        M("$65,000", q="over", **US),
        M("65,000 Mỹ kim", q="over", **US),
        M("23,500 Mỹ kim", **US),
        M("23,500 Mỹ kim", q="over", **US),
    ]
}

# s06: a Toronto weekly: a fund of "hơn 38.000 Gia kim" (Canadian dollars), "trong đó" an amount
# written "$8.000" whose currency is not said (a Canadian fund: doubtful, so not linked); relief
# rounds counted.
G["s06"] = {
    "money": [M("38.000 Gia kim", 1, "CAD", q="over")],
    "counts": [C("2 đợt", "đợt")],
}
doubt_money("s06", "$8.000", 8000, "'$' in a Canadian paper beside 'Gia kim': the currency is not said", cur="USD")

# s07: a relief fund: title and lead repeat the amount; donors counted.
G["s07"] = {
    "money": [M("9,5 tỷ đồng", TY, q="over"), M("9,5 tỷ đồng", TY, q="over")],
    "counts": [C("2.000 cá nhân", "cá nhân", q="over")],
}

# s08: donations counted by kind of donor; a compound amount "142 triệu 897 nghìn đồng".
G["s08"] = {
    "money": [V("142 triệu 897 nghìn đồng", 142897000)],
    "counts": [C("260 cá nhân", "cá nhân"), C("36 cơ quan", "cơ quan")],
}

# s09: a donation to a temple (title and lead repeat it), gift parcels counted; "2 tầng" (storeys)
# is doubtful as a count.
G["s09"] = {
    "money": [M("8 tỉ đồng", TY, q="over"), M("8 tỉ đồng", TY, q="over"), M("8 tỉ đồng", TY)],
    "counts": [C("300 phần quà", "phần quà"), C("100 phần quà", "phần quà")],
}
doubt_count("s09", "2 tầng", 2, "tầng", "storeys of a building: a size more than a count")

# s10: a temple's notice: donations so far and the debt left.
G["s10"] = {"money": [M("1,5 tỷ đồng", TY), M("2,5 tỷ đồng", TY)]}

# s11: an open letter: amounts restated in words in brackets ("900.000.000 đồng (chín trăm triệu
# đồng)", "9 tỷ đồng (chín tỷ đồng)"); plots of land counted; areas are not counts.
G["s11"] = {
    "money": [
        M("900.000.000 đồng", tag="P"),
        W("chín trăm triệu đồng", 900000000, restates="P"),
        M("9 tỷ đồng", TY, q="approx", tag="K"),
        W("chín tỷ đồng", 9 * TY, q="approx", restates="K"),
    ],
    "counts": [C("6 phần đất", "phần đất")],
}

# s12: a temple's report: the costs are written only in words and without a currency word ("trên ,
# dưới bảy tỷ", "bảy trăm triệu"): doubtful; no other fact.
G["s12"] = {}
doubt_money("s12", "bảy tỷ", 7 * TY, "an amount in words with no currency word ('trên , dưới bảy tỷ')")
doubt_money("s12", "bảy trăm triệu", 700 * TRIEU, "an amount in words with no currency word")

# s13: half the cost of a shrine in brackets.
G["s13"] = {"money": [M("4 tỉ đồng", TY)]}

# s14: gift parcels and their value; sizes of buildings are not counts.
G["s14"] = {
    "money": [M("12 triệu đồng", TRIEU, q="over")],
    "counts": [C("100 phần quà", "phần quà", q="over"), C("100 phần thuốc", "phần thuốc")],
}
doubt_count("s14", "2 tầng", 2, "tầng", "storeys of a building: a size more than a count")

# s15: an overseas temple: the land bought for "458,000$" (the sign after the figure); two old
# buildings counted; "12 lời nguyện" is part of a monument's name (doubtful).
G["s15"] = {
    "money": [M("458,000$", **US)],
    "counts": [C("2 building", "building")],
}
doubt_count("s15", "12 lời nguyện", 12, "lời nguyện", "part of the name of a monument")

# s16: a water company's price table: each year's column headed "ĐƠN GIÁ NĂM 2018 (đồng/m3)", the
# rows on one line each, except the production row whose wholesale and retail prices stand one a
# line, year by year. Every cell is a rate per m3.
W16 = (
    "8.500 9.000 9.500 10.000 10.500 10.500 "
    "11.500 12.000 12.600 13.200 13.800 13.800 "
    "10.800 11.500 11.300 12.000 11.800 12.600 12.500 13.200 13.100 13.800 13.100 13.800 "
    "17.000 18.000 19.000 20.000 21.000 21.000"
)
G["s16"] = {"money": cells(W16, 1, per="m3")}

# s17: a hotel's rate table between pipes, each cell with "VNĐ" (rates "VNĐ/h"); the last column
# counts guests ("02 Người"); room numbers are not figures; the notes count rooms and quote a
# surcharge per person. "2 chai nước suối" (bottles in the room) is doubtful as a count.
G["s17"] = {
    "money": [
        M("300.000 VNĐ"),
        M("600.000 VNĐ"),
        M("900.000 VNĐ"),
        R("50.000 VNĐ/h", per="h"),
        M("400.000 VNĐ"),
        M("700.000 VNĐ"),
        M("1.050.000 VNĐ"),
        R("50.000 VNĐ/h", per="h"),
        M("2.800.000 VNĐ"),
        R("150.000 VNĐ/h", per="h"),
        R("100.000VNĐ/người", per="người"),
    ],
    "counts": [
        C("02 Người", "người"),
        C("03 Người", "người"),
        C("07 Người", "người"),
        C("7 phòng", "phòng", q="over"),
        C("15 phòng", "phòng", q="over"),
    ],
}
doubt_count("s17", "2 chai", 2, "chai", "bottles of water in a room: a container, maybe a measure")

# s18: a hotel's rate table under "ĐV: 1000 đ", one cell a line; each row starts with its room
# numbers ("308", "301, 302, 307"), which are not money; the four price cells of a row are in
# thousands of đồng. The title counts guests; the notes quote surcharges.
G["s18"] = {
    "money": [
        *cells("500 800 800 1200", NGHIN),
        *cells("350 550 550 850", NGHIN),
        *cells("300 450 450 700", NGHIN),
        *cells("200 400 400 550", NGHIN),
        M("50.000đ"),
        R("100.000đ/1người", per="người"),
        R("50.000đ/ 1 lần", per="lần"),
    ],
    "counts": [C("02 người", "người")],
}

# s19: a school's collection: a party dispatch cited without its year, the amount, exercise books
# counted ("hơn 4000 cuốn tập sách").
G["s19"] = {
    "money": [M("5.941.000đ")],
    "counts": [C("4000 cuốn", "cuốn", q="over")],
    "legal_refs": [L("công văn số 39 – CV/HU", "39-CV/HU", "Công văn")],
}

# s20: a provincial compensation price table for fruit trees, one cell a line, the price column
# headed "Đơn giá bồi thường (đồng)" and the unit column "Cây" (so a rate per tree); row numbers,
# grades, yields in kg, canopy widths and planting densities ("250 cây/ha") are not money; a stray
# "1" after one price is not money. The decision is cited twice with its date.
G["s20"] = {
    "money": cells(
        "650.000 400.000 260.000 130.000 30.000 900.000 650.000 400.000 200.000 65.000 20.000 "
        "260.000 160.000 65.000 15.000 400.000 260.000 130.000",
        1,
        per="cây",
    ),
    "legal_refs": [
        L("Quyết định 27/2017/QĐ-UBND", "27/2017/QĐ-UBND", "Quyết định", "2017-12-21"),
        L("Quyết định số 27/2017/QĐ-UBND", "27/2017/QĐ-UBND", "Quyết định", "2017-12-21"),
    ],
}

# s21: Covid-19 support: people counted by group ("gồm 946 người, trong đó ... 529 ... 12 ... 405",
# adds up); the cost split by budget level ("2.503.629.000 đồng, bao gồm ... 1.502.177.400 ...
# 1.001.451.600", adds up), and the local share split again in the next paragraph, which names it
# rounded ("Trong hơn 1 tỷ đồng ..."): its parts are linked to the exact figure.
G["s21"] = {
    "money": [
        M("2.503.629.000 đồng", tag="T", opener="bao gồm"),
        M("1.502.177.400 đồng", part="T"),
        M("1.001.451.600 đồng", part="T", tag="L", opener="next paragraph"),
        M("1 tỷ đồng", TY, q="over"),
        M("701.016.120 đồng", part="L"),
        M("300.435.480 đồng", part="L"),
    ],
    "counts": [
        C("946 người", "người", tag="N", opener="trong đó"),
        C("529 người", "người", part="N"),
        C("12 người", "người", part="N"),
        C("405 người", "người", part="N"),
    ],
}

# s22: exports of phones split by market ("57,54 tỷ USD. Trong đó ... 15,18 ... 9,69 ... 7,89",
# less); the six other product groups' amounts in brackets have no money total (their count "6
# nhóm" is a count); "tăng thêm 13 lần", "25 lần" are multipliers.
U = dict(cur="USD")
G["s22"] = {
    "money": [
        M("57,54 tỷ USD", TY, tag="E", opener="trong đó", **U),
        M("15,18 tỷ USD", TY, part="E", **U),
        M("9,69 tỷ USD", TY, part="E", **U),
        M("7,89 tỷ USD", TY, part="E", **U),
        M("50,83 tỷ USD", TY, **U),
        M("10 tỷ USD", TY, q="over", **U),
        M("38,34 tỷ USD", TY, **U),
        M("32,35 tỷ USD", TY, **U),
        M("17,75 tỷ USD", TY, **U),
        M("14,81 tỷ USD", TY, **U),
        M("11,8 tỷ USD", TY, **U),
        M("10,62 tỷ USD", TY, **U),
        M("2,3 tỷ USD", TY, **U),
        M("30,2 tỷ USD", TY, **U),
        M("336,31 tỷ USD", TY, **U),
        M("53,68 tỷ USD", TY, **U),
    ],
    "counts": [C("27 nước", "nước"), C("6 nhóm", "nhóm")],
}

# s23: a US spending bill "1,4 ngàn tỷ đô la" (ngàn tỷ = 10^12), "Trong số này" the defence share
# (less); "hơn năm ngoái 22 tỷ" has no currency word (doubtful).
G["s23"] = {
    "money": [
        M("1,4 ngàn tỷ đô la", NGHIN_TY, "USD", tag="B", opener="trong số này"),
        M("738 tỷ đô la", TY, "USD", part="B"),
    ]
}
doubt_money("s23", "22 tỷ", 22 * TY, "an increase with the currency left out ('hơn năm ngoái 22 tỷ')", cur="USD")

# s24: donations: the total three times (title, lead, "trong số 914 triệu đồng tiếp nhận"), the
# share sent on is a part of the third (less); donors counted; page counters at the end are not
# money.
G["s24"] = {
    "money": [
        M("914 triệu đồng", TRIEU),
        M("914 triệu đồng", TRIEU),
        M("914 triệu đồng", TRIEU, tag="R", opener="trong số"),
        M("90 triệu đồng", TRIEU, part="R"),
    ],
    "counts": [C("93 tổ chức", "tổ chức")],
}

# s25: union spending for Tết, members counted "8,6 triệu đoàn viên" (multiplied out).
G["s25"] = {
    "money": [M("6.100 tỷ đồng", TY, q="over"), M("6.110 tỷ đồng", TY, q="over")],
    "counts": [C("8,6 triệu đoàn viên", "đoàn viên", TRIEU, shape="multiplier")],
}

# s26: rice aid by province in tonnes (measurements, not money nor counts); the provinces counted.
G["s26"] = {"counts": [C("6 tỉnh", "tỉnh")]}

# s27: overseas donations "hơn hai tỷ đồng" (in words), "hơn 200 triệu đồng"; experts counted.
G["s27"] = {
    "money": [W("hai tỷ đồng", 2 * TY, q="over"), M("200 triệu đồng", TRIEU, q="over")],
    "counts": [C("40 chuyên gia", "chuyên gia", q="over")],
}

# s28: an overseas group's fund in USD and VND; parcels counted, each worth 200.000 đồng ("Mỗi phần
# trị giá"); the parcel's contents ("1 chai dầu ăn", "1 lốc cá hộp") are doubtful as counts.
G["s28"] = {
    "money": [
        M("24.000 USD", 1, "USD"),
        M("200.000 đồng", shape="each"),
        M("114.000 USD", 1, "USD"),
        M("84 triệu đồng", TRIEU),
        M("192.000 USD", 1, "USD"),
        M("166 triệu đồng", TRIEU, q="approx"),
        M("70.000 USD", 1, "USD"),
    ],
    "counts": [C("3.000 phần quà", "phần quà")],
}
doubt_count("s28", "1 chai dầu ăn", 1, "chai", "the contents of a parcel: a container, maybe a measure")
doubt_count("s28", "1 chai nước mắm", 1, "chai", "the contents of a parcel: a container, maybe a measure")
doubt_count("s28", "1 lốc", 1, "lốc", "the contents of a parcel: a pack, maybe a measure")

# s29: a fund in dollars ("13.000 đô la Mỹ", the target "5.000 đô la"); Covid cases counted.
G["s29"] = {
    "money": [M("13.000 đô la Mỹ", 1, "USD", q="over"), M("5.000 đô la", 1, "USD")],
    "counts": [C("1.034 ca", "ca"), C("29 ca", "ca")],
}

# s30: a provincial resolution's preamble: its own number, three decrees and a circular with their
# dates, a submission; laws cited by date only are not references.
G["s30"] = {
    "legal_refs": [
        L("01/2021/NQ-HĐND", "01/2021/NQ-HĐND", "Nghị quyết"),
        L("Nghị định số 34/2016/NĐ-CP", "34/2016/NĐ-CP", "Nghị định", "2016-05-14"),
        L("Nghị định số 154/2020/NĐ-CP", "154/2020/NĐ-CP", "Nghị định", "2020-12-31"),
        L("Nghị định số 34/2016/NĐ-CP", "34/2016/NĐ-CP", "Nghị định", "2016-05-14"),
        L("Thông tư số 102/2020/TT-BTC", "102/2020/TT-BTC", "Thông tư", "2020-11-23"),
        L("Tờ trình số 34/TTr-UBND", "34/TTr-UBND", "Tờ trình", "2021-02-09"),
    ]
}

# s31: a school's investment (title and lead), rooms and heroic mothers counted; "9 tầng"
# (storeys) is doubtful as a count; a view counter of page furniture is not money.
G["s31"] = {
    "money": [M("200 tỷ đồng", TY), M("200 tỷ đồng", TY)],
    "counts": [C("76 phòng", "phòng"), C("3 Mẹ", "mẹ")],
}
doubt_count("s31", "9 tầng", 9, "tầng", "storeys of a building: a size more than a count")

# s32: classrooms lacking: the title line is printed twice; the next line splits the lack by
# level ("khoảng 27.953 ... khoảng 7.491"), parts of the second "hơn 35.000" printed just above
# it; they add up to more than the rounded total.
G["s32"] = {
    "counts": [
        C("35.000 phòng học", "phòng học", q="over"),
        C("6.500 phòng học", "phòng học", q="under"),
        C("35.000 phòng học", "phòng học", q="over", tag="H", opener="next paragraph"),
        C("6.500 phòng học", "phòng học", q="under"),
        C("27.953 phòng học", "phòng học", q="approx", part="H"),
        C("7.491 phòng học", "phòng học", q="approx", part="H"),
    ]
}

# s33: two companies' gifts: EVNHANOI's amount and parcels; PVFCCo's "gần 1.600 phần quà trị giá
# 795 triệu đồng", split two paragraphs later into 800 parcels (400 triệu) and nearly 800 parcels
# (395 triệu): both the count and the value add up.
G["s33"] = {
    "money": [
        M("1,5 tỉ đồng", TY, q="over"),
        M("795 triệu đồng", TRIEU, tag="V", opener="next paragraph"),
        M("400 triệu đồng", TRIEU, part="V"),
        M("395 triệu đồng", TRIEU, part="V"),
    ],
    "counts": [
        C("5 tỉnh", "tỉnh"),
        C("800 suất quà", "suất quà", q="under"),
        C("1.600 phần quà", "phần quà", q="under", tag="Q", opener="next paragraph"),
        C("800 phần quà", "phần quà", part="Q"),
        C("2 xã", "xã"),
        C("800 phần quà", "phần quà", q="under", part="Q"),
    ],
}

# s34: companies' donations; "mỗi tỉnh 500 triệu đồng" and "mỗi phần quà ... 500.000 đồng" are
# amounts for each (not parts); the amounts after "Trong đó" have no stated total; schools and
# parcels counted.
G["s34"] = {
    "money": [
        M("6 tỷ đồng", TY, q="over"),
        M("500 triệu đồng", TRIEU, shape="each"),
        M("1 tỷ đồng", TY),
        M("500 triệu đồng", TRIEU),
        M("2,7 tỷ đồng", TY),
        M("600 triệu đồng", TRIEU),
        M("1,4 tỷ đồng", TY),
        M("500.000 đồng", shape="each"),
        M("550 triệu đồng", TRIEU),
        M("1 tỷ đồng", TY),
        M("500 triệu đồng", TRIEU),
        M("400 triệu đồng", TRIEU),
    ],
    "counts": [C("10 trường", "trường"), C("4.500 phần quà", "phần quà"), C("850 phần quà", "phần quà")],
}

# s35: a company's donation (title, lead, caption), staff and provinces counted.
G["s35"] = {
    "money": [M("2,6 tỷ đồng", TY), M("2,6 tỷ đồng", TY), M("2,6 tỷ đồng", TY), M("2 tỷ đồng", TY)],
    "counts": [C("6.000 cán bộ", "cán bộ"), C("3 tỉnh", "tỉnh")],
}

# s36: a company's collection: an amount, and "hơn một tỷ đồng" in words.
G["s36"] = {"money": [M("300 triệu đồng", TRIEU), W("một tỷ đồng", TY, q="over")]}

# s37: one day's collection.
G["s37"] = {"money": [M("35.373.000 đồng")]}

# s38: new-countryside funds: the total in the title and the lead, split in the next paragraph by
# budget level ("Trong đó ... hơn 58 tỷ ... hơn 3.581 tỷ đồng"), each part rounded down ("hơn"),
# so less; a party programme cited by its symbol.
G["s38"] = {
    "money": [
        M("39.772 tỷ đồng", TY, q="over"),
        M("39.772 tỷ đồng", TY, q="over", tag="C", opener="trong đó"),
        M("58 tỷ đồng", TY, q="over", part="C"),
        M("14.154 tỷ đồng", TY, q="over", part="C"),
        M("20.893 tỷ đồng", TY, q="over", part="C"),
        M("1.084 tỷ đồng", TY, q="over", part="C"),
        M("3.581 tỷ đồng", TY, q="over", part="C"),
    ],
    "legal_refs": [L("Chương trình 02-CTr/TU", "02-CTr/TU", "Chương trình")],
}

# s39: new-countryside investment: "hơn 250 tỷ đồng, trong đó ... 60 tỷ đồng, ... 190 tỷ đồng"
# (adds up); "hàng chục tỷ đồng" has no figure; an area of land given is not a count.
G["s39"] = {
    "money": [
        M("10 tỷ đồng", TY, q="under"),
        M("10 tỷ đồng", TY, q="under"),
        M("800 tỷ đồng", TY, q="under"),
        M("250 tỷ đồng", TY, q="over", tag="I", opener="trong đó"),
        M("60 tỷ đồng", TY, part="I"),
        M("190 tỷ đồng", TY, part="I"),
    ]
}

# s40: Covid-19 donations on two levels: "Trong tổng số 62,1 tỷ đồng" the province's 36,3 tỷ (in
# brackets "trong đó" cash 33,3 tỷ and goods 3 tỷ) and the districts' 25,8 tỷ; both add up.
G["s40"] = {
    "money": [
        M("62 tỷ đồng", TY, q="over"),
        M("62,1 tỷ đồng", TY),
        M("62,1 tỷ đồng", TY, tag="Z", opener="trong tổng số"),
        M("36,3 tỷ đồng", TY, part="Z", tag="Y", opener="trong đó"),
        M("33,3 tỷ đồng", TY, part="Y"),
        M("3 tỷ đồng", TY, part="Y"),
        M("25,8 tỷ đồng", TY, part="Z"),
    ]
}

# s41: a province's donations "2.432.919.732 đồng", "Trong đó" the largest donors (less); donor
# visits and goods counted ("7.000 chiếc khẩu trang", "100 bộ quần áo"); "lần thứ 30" is an ordinal.
G["s41"] = {
    "money": [
        M("2,4 tỷ đồng", TY, q="over"),
        M("2.432.919.732 đồng", tag="D", opener="trong đó"),
        M("87 triệu đồng", TRIEU, part="D"),
        M("500 triệu đồng", TRIEU, part="D"),
        M("30 triệu đồng", TRIEU, part="D"),
        M("49 triệu đồng", TRIEU, q="over", part="D"),
    ],
    "counts": [
        C("112 lượt", "lượt"),
        C("7.000 chiếc", "chiếc"),
        C("2.000 kính", "kính"),
        C("100 thiết bị", "thiết bị"),
        C("100 bộ", "bộ"),
        C("100 chiếc", "chiếc"),
    ],
}

# s42: relief in two rounds, each split ("3 tỷ đồng ... Trong đó ... 1 tỷ ... 2 tỷ"; "7 tỷ đồng ...
# Cụ thể ... 1 tỷ đồng và ... 6 tỷ đồng", both add up), the 6 tỷ given "mỗi tỉnh 1 tỷ đồng" (each,
# not parts), and the two rounds summed after them ("nguồn kinh phí phân bổ ... là 10 tỷ đồng",
# adds up); "10 tỷ đồng/13,1 tỷ đồng" is a pair.
G["s42"] = {
    "money": [
        M("13,1 tỷ đồng", TY, q="over"),
        M("13,1 tỷ đồng", TY, q="over"),
        M("3 tỷ đồng", TY, tag="R1", opener="trong đó", part="S"),
        M("1 tỷ đồng", TY, part="R1"),
        M("2 tỷ đồng", TY, part="R1"),
        M("7 tỷ đồng", TY, tag="R2", opener="cụ thể", part="S"),
        M("1 tỷ đồng", TY, part="R2"),
        M("6 tỷ đồng", TY, part="R2"),
        M("1 tỷ đồng", TY, shape="each"),
        M("10 tỷ đồng", TY, tag="S", opener="after"),
        M("13,1 tỷ đồng", TY),
    ]
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "s", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
