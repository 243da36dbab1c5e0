"""Gold for tests/judged_holdout11, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout11/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt_money, doubt_count = readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. T = a cell of a table whose unit is stated once above it (shape "table").
T = dict(shape="table")
US = dict(cur="USD", conv="pt_en")

# u01: a parish's letter: a list of costs, one a line, each with "VND", then the total of the list
# ("Tổng ngói và công lợp mái nhà thờ", opener after), restated in words in brackets.
G["u01"] = {
    "money": [
        M("60.000.000 VND", part="T"),
        M("414.000.000 VND", part="T"),
        M("130.000.000 VND", part="T"),
        M("604.000.000 VND", tag="T", opener="after"),
        W("sáu trăm lẻ 4 triệu đồng", 604000000, restates="T"),
    ]
}

# u02: entrance fees per person per visit; card kinds counted.
G["u02"] = {
    "money": [
        R("30.000 đồng/người/lượt", per="người/lượt"),
        R("10.000 đồng/người/lượt", per="người/lượt"),
        R("5.000 đồng/người/lượt", per="người/lượt"),
    ],
    "counts": [C("6 loại thẻ", "loại")],
}

# u03: FDI of ten months: "hơn 28 tỷ USD"; the three provinces that drew the most are parts of it
# (opener "trong đó", state less). "Gần 14 tỷ" in the title has no currency word: doubtful.
G["u03"] = {
    "money": [
        M("28 tỷ USD", TY, "USD", q="over", tag="F", opener="trong đó"),
        M("5,03 tỷ USD", TY, "USD", part="F"),
        M("3,19 tỷ USD", TY, "USD", part="F"),
        M("3,16 tỷ USD", TY, "USD", part="F"),
    ],
    "counts": [C("59 tỉnh", "tỉnh")],
}
doubt_money("u03", "Gần 14 tỷ", 14 * TY, "a title's amount with no currency word ('Gần 14 tỷ vốn FDI')", cur="USD")

# u04: a province's allocation: "hơn 1,4 ngàn tỷ đồng" (ngàn tỷ = 10^12), "Trong đó" 70 tỷ (split
# into 50 and 10 tỷ, the rest a reserve), and, the next paragraph, "hơn 1,3 ngàn tỷ" split into
# 1.224, 12 and 100 tỷ (these come to more than 1,3 ngàn tỷ: the total is written "hơn").
G["u04"] = {
    "money": [
        M("1,4 ngàn tỷ đồng", NGHIN_TY, q="over", tag="A", opener="trong đó"),
        M("70 tỷ đồng", TY, part="A", tag="B", opener="list"),
        M("50 tỷ đồng", TY, part="B"),
        M("10 tỷ đồng", TY, part="B"),
        M("1,3 ngàn tỷ đồng", NGHIN_TY, q="over", part="A", tag="C", opener="list"),
        M("1.224 tỷ đồng", TY, part="C"),
        M("12 tỷ đồng", TY, part="C"),
        M("100 tỷ đồng", TY, part="C"),
    ],
    "counts": [C("5 trạm y tế", "trạm y tế")],
}

# u05: a power company's donation: "Hơn 360 triệu đồng" in the title; "Cụ thể" two parts in the
# body, each "hơn" (they come to 361, more than 360 as written). "hàng trăm triệu đồng" is vague.
G["u05"] = {
    "money": [
        M("360 triệu đồng", TRIEU, q="over", tag="D", opener="cụ thể"),
        M("320 triệu đồng", TRIEU, q="over", part="D"),
        M("41 triệu đồng", TRIEU, q="over", part="D"),
    ]
}
doubt_money("u05", "hàng trăm triệu đồng", 100 * TRIEU, "a vague amount ('hàng trăm triệu')")

# u06: a resort's surcharges per child per night; "400,000 VND" has a single comma, which the spec
# reads as a decimal mark (400 đồng): doubtful.
G["u06"] = {
    "money": [
        R("200.000 VNĐ/bé/ đêm", per="bé/đêm"),
        R("400.000 VNĐ/ bé/ đêm", per="bé/đêm"),
    ],
    "counts": [C("02 trẻ em", "trẻ em"), C("1 giường phụ", "giường phụ")],
}
doubt_money(
    "u06", "400,000 VND", 400000, "a single comma, a decimal mark by the spec's rule, a thousands mark by the sense"
)

# u07: a parish in the United States: monthly and lump gifts in dollars; "mười ngàn", "ba ngàn"
# without a currency word are doubtful.
G["u07"] = {"money": [M("$500", **US), M("$30,000", **US), M("$10,000", **US)]}
doubt_money("u07", "mười ngàn", 10000, "an amount in words with no currency word", cur="USD")
doubt_money("u07", "ba ngàn", 3000, "an amount in words with no currency word", cur="USD")

# u08: an English teacher's fees per lesson ("đồng/buổi"), two with a multiplier word; the number
# of lessons a week is a ratio more than a count (doubtful).
G["u08"] = {
    "money": [
        R("300.000 đồng/buổi", per="buổi"),
        R("250.000 đồng/buổi", per="buổi"),
        R("200.000 đồng/buổi", per="buổi"),
        R("150.000 đồng/buổi", per="buổi"),
        R("150 nghìn đồng/buổi", NGHIN, per="buổi"),
        R("100 ngàn đồng/buổi", NGHIN, per="buổi"),
    ],
    "counts": [C("4 kỹ năng", "kỹ năng")],
}
doubt_count("u08", "2 buổi", 2, "buổi", "lessons a week: a frequency more than a count")
doubt_count("u08", "1 buổi", 1, "buổi", "one more lesson a week: a frequency more than a count")

# u09: a city's allowance resolution: coefficients of the base wage (not money); two resolutions,
# the second with its date after it.
G["u09"] = {
    "legal_refs": [
        L("Nghị quyết số 09/2019/NQ-HĐND", "09/2019/NQ-HĐND", "Nghị quyết"),
        L("Nghị quyết số 08/2013/NQ-HĐND", "08/2013/NQ-HĐND", "Nghị quyết", "2013-07-17"),
    ]
}

# u10: a school's fee table under "Đơn vị tính: Đồng", one cell a line; the column heads "Số
# tiền/1 tiết (Đồng)" and "Số tiền/ tháng (Đồng)" make the cells rates per lesson and per month.
# Two cells are written with a space inside ("14. 000", "15. 000đồng/ bữa"): doubtful; the base
# wage inside a formula is doubtful too.
G["u10"] = {
    "money": [
        M("4.000", per="tiết", **T),
        M("32.000", per="tháng", **T),
        M("56.000", per="tháng", **T),
        M("25.000", per="tiết", **T),
        M("143.000", per="tháng", **T),
        M("8.000", per="tháng", **T),
        R("40.950 đồng/ tháng", per="tháng"),
    ]
}
doubt_money("u10", "14. 000", 14000, "a cell written with a space inside the number")
doubt_money("u10", "15. 000đồng/ bữa", 15000, "a cell written with a space inside the number")
doubt_money("u10", "1.300.000", 1300000, "the base wage inside a formula in a cell")

# u11: a business club abroad: one amount.
G["u11"] = {"money": [M("430 triệu đồng", TRIEU)]}

# u12: a family fund's history: its first capital.
G["u12"] = {"money": [M("20 triệu đồng", TRIEU)]}

# u13: wedding costs as ranges, each range two facts sharing the multiplier; the three ceremonies
# counted. The ranges are not linked as parts (a range of parts against a range of totals).
G["u13"] = {
    "money": [
        M("200", TRIEU),
        M("600 triệu đồng", TRIEU),
        M("3 - 5 triệu đồng", TRIEU, q="approx"),  # the lower end: "3" alone would be placed at "3 lễ"
        M("5 triệu đồng", TRIEU, q="approx"),
        M("50", TRIEU),
        M("70 triệu đồng", TRIEU),
        M("100", TRIEU),
        M("500 triệu đồng", TRIEU),
    ],
    "counts": [C("3 lễ", "lễ"), C("7 mục", "mục"), C("3 lễ", "lễ")],
}

# u14: a studio's wedding budget list: amounts with "đ", a range "từ ... đến", a floor "trở lên".
G["u14"] = {
    "money": [
        M("500.000đ", q="approx"),
        M("1.200.000đ"),
        M("1.500.000đ"),
        M("2.000.000đ", q="over"),
    ]
}

# u15: an agent's refund fees in dollars, sixteen amounts in two sentences.
G["u15"] = {
    "money": [
        M(x, 1, "USD") for x in ["75 USD", "100 USD", "150 USD", "250 USD", "75 USD", "100 USD", "75 USD", "100 USD"]
    ]
    + [M(x, 1, "USD") for x in ["100 USD", "150 USD", "250 USD", "250 USD", "100 USD", "150 USD", "100 USD", "150 USD"]]
}

# u16: a tour's inclusions: surcharges and tips per guest (one in dollars); meals and dishes
# counted; nights are a duration; a bottle is a container (doubtful).
G["u16"] = {
    "money": [
        R("250.000đ/khách", per="khách"),
        R("50.000đ/khách/ngày", per="khách/ngày", q="over"),
        R("3 USD/khách/ngày", cur="USD", per="khách/ngày"),
    ],
    "counts": [
        C("05 bữa ăn", "bữa ăn"),
        C("3", "món"),
        C("4 món", "món"),
        C("02 món", "món"),
        C("02 bữa sáng", "bữa sáng"),
    ],
}
doubt_count("u16", "01 chai", 1, "chai", "a container of water a day")

# u17: a tour price per guest, insurance per case; "850,000VNĐ" has a single comma (doubtful).
G["u17"] = {
    "money": [
        R("3.490.000đ/khách", per="khách"),
        R("30.000.000vnđ/vụ", per="vụ"),
    ],
    "counts": [C("20 khách", "khách"), C("1 trẻ em", "trẻ em"), C("1 vé", "vé")],
}
doubt_money("u17", "850,000VNĐ", 850000, "a single comma, a decimal mark by the spec's rule")

# u18: a tour's terms: meal rate, insurance ceiling; "195k/xuất" has no currency word (doubtful).
G["u18"] = {
    "money": [
        R("120.000 đồng/bữa", per="bữa"),
        R("20.000.000 đồng/trường hợp", per="trường hợp", q="under"),
    ],
    "counts": [C("1 trẻ em", "trẻ em"), C("1 trẻ em", "trẻ em")],
}
doubt_money("u18", "195k", 195000, "'k' for thousand with no currency word")

# u19: a resort's child and extra-bed surcharges per night (one glued to the word before it).
G["u19"] = {
    "money": [
        R("1.500.000vnd/giường/đêm", per="giường/đêm"),
        R("220.000vnd/trẻ/đêm", per="trẻ/đêm"),
        R("920.000 vnđ/trẻ/đêm", per="trẻ/đêm"),
    ],
    "counts": [C("03 bữa", "bữa"), C("03 bữa", "bữa")],
}
doubt_count("u19", "03 người lớn", 3, "người lớn", "a room's capacity ('03 người lớn 01 phòng'), a ratio")

# u20: a survey of manufacturers: firms and provinces counted; a pair "5.663/6.500".
G["u20"] = {
    "counts": [
        C("6.500 doanh nghiệp", "doanh nghiệp"),
        C("63 tỉnh", "tỉnh"),
        C("5.663", "doanh nghiệp"),
        C("6.500 doanh nghiệp", "doanh nghiệp"),
    ]
}

# u21: a temple's New Year gifts by district (nine counts, their total not written), each gift's
# value, the total value.
G["u21"] = {
    "money": [M("400.000 đồng", shape="each"), M("235 triệu đồng", TRIEU)],
    "counts": [C(f"{n} phần", "phần") for n in (48, 55, 46, 45, 40, 35, 84, 47, 100)],
}

# u22: a temple's charity: each gift, three gifts to bodies, then "Tổng kinh phí ... gần 500 triệu"
# (opener after; the gifts themselves are not valued, so the parts come to less).
G["u22"] = {
    "money": [
        M("500 nghìn đồng", NGHIN, shape="each"),
        M("50 triệu đồng", TRIEU, part="S"),
        M("20 triệu đồng", TRIEU, part="S"),
        M("10 triệu đồng", TRIEU, part="S"),
        M("500 triệu đồng", TRIEU, q="approx", tag="S", opener="after"),
    ]
}

# u23: a temple's gifts: each worth 350 ngàn "gồm" goods and an envelope of 100 ngàn (a part of
# it, state less); the total.
G["u23"] = {
    "money": [
        M("350 ngàn đồng", NGHIN, shape="each", tag="P", opener="gồm"),
        M("100 ngàn đồng", NGHIN, part="P"),
        M("105 triệu đồng", TRIEU),
    ],
    "counts": [C("300 phần quà", "phần quà")],
}

# u24: two temples' gifts: count and value of each; "1 thùng mì" is a container (doubtful).
G["u24"] = {
    "money": [M("200 nghìn đồng", NGHIN, shape="each")],
    "counts": [C("500 phần quà", "phần quà")],
}
doubt_count("u24", "1 thùng", 1, "thùng", "a container inside a gift")

# u25: a Californian fund-raiser in dollars; "3,440 gia đình" and "1,000 em" have a single comma
# (a decimal mark by the spec's rule): doubtful.
G["u25"] = {
    "money": [
        M("$619,000", q="over", **US),
        M("$619,000", q="over", **US),
        M("$619,632.34", **US),
        M("$100,000", **US),
    ],
    "counts": [C("10 địa điểm", "địa điểm")],
}
doubt_count("u25", "3,440 gia đình", 3440, "gia đình", "a single comma in a count")
doubt_count("u25", "1,000 em", 1000, "em", "a single comma in a count")

# u26: a temple's scholarships: 34 "suất" split by school level after it (adds up); each worth
# 400.000đ, the total. Notebooks counted with a classifier: doubtful.
G["u26"] = {
    "money": [M("400.000đ", shape="each"), M("13.600.000 đồng")],
    "counts": [
        C("34 suất", "suất", tag="K", opener="colon"),
        C("14 suất", "suất", part="K"),
        C("16 suất", "suất", part="K"),
        C("4 suất", "suất", part="K"),
    ],
}
doubt_count("u26", "10 quyển vở", 10, "quyển vở", "notebooks inside each scholarship")

# u27: scholarships for minority pupils: each "3 triệu đồng/năm học (trong đó kỳ I ... 1 triệu
# đồng và kỳ II ... 2 triệu đồng)": the two terms are parts of the yearly rate (adds up).
G["u27"] = {
    "money": [
        R("3 triệu đồng/năm học", TRIEU, per="năm học"),
        M("1 triệu đồng", TRIEU, part="Y"),
        M("2 triệu đồng", TRIEU, part="Y"),
    ],
    "counts": [C("20 em", "em")],
}
G["u27"]["money"][0].update({"_tag": "Y", "opener": "trong đó"})

# u28: the same fund in another province: ten pupils "bao gồm" two peoples (adds up); a yearly
# rate and a quarterly one ("mỗi quý 1 triệu đồng").
G["u28"] = {
    "money": [
        R("3 triệu đồng/năm học", TRIEU, per="năm học"),
        R("1 triệu đồng", TRIEU, per="quý"),
    ],
    "counts": [
        C("10 Em", "em", tag="E", opener="bao gồm"),
        C("4 em", "em", part="E"),
        C("6 em", "em", part="E"),
    ],
}

# u29: a diocese's thank-you letter: the total in digits restated in words; two transfers (one
# from another fund, so not linked); parishes counted.
G["u29"] = {
    "money": [
        M("1.002.000.000 VND", tag="W"),
        W("một tỷ không trăm lẻ hai triệu đồng", 1002000000, restates="W"),
        M("1 tỷ đồng", TY),
        M("200 triệu đồng", TRIEU),
    ],
    "counts": [C("51 giáo xứ", "giáo xứ")],
}

# u30: offerings to two retreats: an envelope of 30 triệu among goods, the total after ("tổng số
# tịnh tài ... khoảng 50 triệu", state less). Sacks and cartons are containers (doubtful).
G["u30"] = {
    "money": [
        M("30 triệu vnđ", TRIEU, part="X"),
        M("50 triệu vnđ", TRIEU, q="approx", tag="X", opener="after"),
    ]
}
doubt_count("u30", "15 bao", 15, "bao", "sacks of rice, containers")
doubt_count("u30", "40 thùng", 40, "thùng", "cartons of noodles, containers")

# u31: offerings to retreats in five provinces: the total, the amount at each place, one extra.
G["u31"] = {
    "money": [
        M("180 triệu đồng", TRIEU, q="over"),
        M("12 triệu đồng", TRIEU, shape="each"),
        M("10 triệu đồng", TRIEU),
    ],
    "counts": [C("10 Hạ trường", "hạ trường"), C("5 tỉnh", "tỉnh")],
}
doubt_count("u31", "3 biến", 3, "biến", "recitations of a mantra")

# u32: a cooperative's founding (the agriculture ministry's site): charter capital, unit share,
# ceiling, members' capital "trong đó" the lowest and highest share (not parts); bodies, groups
# and services counted.
G["u32"] = {
    "money": [
        M("01 tỷ đồng", TY),
        M("1.000.000 đồng"),
        M("1.000.000 đồng"),
        M("200 triệu đồng", TRIEU, q="under"),
        M("500 triệu đồng", TRIEU, q="approx"),
        M("01 triệu đồng", TRIEU),
        M("05 triệu đồng", TRIEU),
    ],
    "counts": [
        C("02 bộ máy", "bộ máy"),
        C("01 đơn vị", "đơn vị"),
        C("400 thành viên", "thành viên", q="over"),
        C("02 nhóm", "nhóm"),
        C("11 dịch vụ", "dịch vụ"),
    ],
}

# u33: a diocesan charity's houses: 15 in three provinces, the next paragraph 8 of them in one
# province (a part, state less); the average cost of each.
G["u33"] = {
    "money": [M("30.000.000đ", shape="each")],
    "counts": [
        C("15 căn nhà", "căn nhà", tag="H", opener="next paragraph"),
        C("3 tỉnh", "tỉnh"),
        C("8 căn nhà", "căn nhà", part="H"),
    ],
}

# u34: farm exports of nine months: the title's 29,54 tỷ USD; by group (crops, seafood, forest
# products, livestock: less), each group by product in brackets (less), rice... and vegetables of
# fruit and vegetables ("trong đó rau").
G["u34"] = {
    "money": [
        M("29,54 tỷ USD", TY, "USD", tag="X", opener="theo đó"),
        M("15,16 tỷ USD", TY, "USD", part="X", tag="N", opener="bracket"),
        M("2,5 tỷ USD", TY, "USD", part="N"),
        M("3,07 tỷ USD", TY, "USD", part="N", tag="RQ", opener="trong đó"),
        M("473 triệu USD", TRIEU, "USD", part="RQ"),
        M("523 triệu USD", TRIEU, "USD", part="N"),
        M("6,395 tỷ USD", TY, "USD", part="X", tag="TS", opener="bracket"),
        M("1,61 tỷ USD", TY, "USD", part="TS"),
        M("2,62 tỷ USD", TY, "USD", part="TS"),
        M("6,757 tỷ USD", TY, "USD", part="X", tag="LS", opener="bracket"),
        M("6,41 tỷ USD", TY, "USD", part="LS"),
        M("248 triệu USD", TRIEU, "USD", part="LS"),
        M("405 triệu USD", TRIEU, "USD", part="X"),
    ]
}

# u35: craft villages of the capital: 806 "trong đó" 318 recognised (less); 270 + 48 "làng" split
# the 318 but name another noun ("làng" against "làng nghề"), so are not linked.
G["u35"] = {
    "counts": [
        C("806 làng nghề", "làng nghề", tag="V", opener="trong đó"),
        C("318 làng nghề", "làng nghề", part="V"),
        C("23 quận", "quận"),
        C("270 làng", "làng"),
        C("48 làng", "làng"),
    ]
}

# u36: a parish's accounts: three sources of income, each "hơn"/"trên"; "cả chục tỉ đồng" is vague.
G["u36"] = {
    "money": [
        M("3 tỉ đồng", TY, q="over"),
        M("10 tỉ đồng", TY, q="over"),
        M("2 tỉ đồng", TY, q="over"),
    ]
}
doubt_money("u36", "chục tỉ đồng", 10 * TY, "a vague amount ('cả chục tỉ đồng')")

# u37: a parish's campaign: words without a currency word (doubtful); the building cost in "mỹ kim".
G["u37"] = {"money": [M("40 triệu mỹ kim", TRIEU, "USD", q="approx")]}
doubt_money("u37", "Ba mươi chín triệu", 39 * TRIEU, "an amount in words with no currency word", cur="USD")
doubt_money("u37", "100 triệu", 100 * TRIEU, "no currency word", cur="USD")
doubt_money("u37", "bốn chục triệu", 40 * TRIEU, "an amount in words with no currency word", cur="USD")

# u38: the same parish: "khoảng hai chục ngàn ($20,000) Mỹ kim" (the words, then the figure in
# brackets: the words restate it), then the words alone.
G["u38"] = {
    "money": [
        W("hai chục ngàn", 20000, cur="USD", q="approx", restates="Z"),
        M("$20,000", tag="Z", **US),
        W("hai chục ngàn Mỹ kim", 20000, cur="USD"),
    ]
}

# u39: an accounting software's guide: "1 triệu", "1,2 triệu" without a currency word (doubtful).
G["u39"] = {"money": [M("200.000đ")]}
doubt_money("u39", "1 triệu", TRIEU, "no currency word")
doubt_money("u39", "1,2 triệu", 1200000, "no currency word")

# u40: a wedding planner's costs: two ranges; the upper end of the second is written "1.5 triệu"
# (a dot that cannot group thousands): doubtful.
G["u40"] = {"money": [M("2", TRIEU), M("3 triệu đồng", TRIEU), M("1", TRIEU)]}
doubt_money("u40", "1.5 triệu đồng", 1500000, "'1.5' with a dot that cannot group thousands")
# u41: a Buddhist institute's relief report: gifts, houses and temples counted; the second round's
# total in digits restated in words, then the total of both rounds, restated in words too (the
# second round is a part of it, opener after, state less).
G["u41"] = {
    "money": [
        M("1.398.000.000 đồng", tag="R2", part="RR"),
        W("một tỷ, ba trăm chín mươi tám triệu đồng", 1398000000, restates="R2"),
        M("1.933.300.000 đồng", tag="RR", opener="after"),
        W("một tỷ, chín trăm ba mươi ba triệu, ba trăm ngàn đồng chẵn", 1933300000, restates="RR"),
    ],
    "counts": [C("2016 phần quà", "phần quà"), C("4 căn nhà", "căn nhà"), C("11 ngôi chùa", "ngôi chùa")],
}

# u42: a temple's thanks: a gift written "1. 000.000.000 vnđ" (a space inside the number:
# doubtful) and restated in words in brackets (the words are money in their own right); cash
# received. Metres of land are measurements.
G["u42"] = {"money": [W("Một tỷ đồng", TY), M("900.000 vnđ")]}
doubt_money("u42", "000.000.000 vnđ", TY, "a figure written with a space inside ('1. 000.000.000 vnđ')")


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "u", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
