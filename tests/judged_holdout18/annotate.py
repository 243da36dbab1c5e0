"""Gold for tests/judged_holdout18, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout18/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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

NGHIN, TRIEU, TY = ann.NGHIN, ann.TRIEU, ann.TY
TRIEU_TY = TRIEU * TY  # "triệu tỷ" is 10^15
M, V, R, C, L = ann.M, ann.V, ann.R, ann.C, ann.L
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several: "mỗi căn
# …", "mỗi xã …", "Mỗi đối tượng …"), shared (an amount without its currency word beside amounts
# that carry one: "hộ nghèo 49,746 tỷ"); counts: plain, multiplier ("2,521 triệu lượt"), pair
# ("18/71 xã").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def shared(*texts, mult=TY, part=None):
    """Amounts that leave the currency word to the total before them ("49,746 tỷ")."""
    return [M(t, mult, shape="shared", part=part) for t in texts]


# c01: Tết gifts of a province "hơn 40,4 tỷ" (headline, then the total) "Trong đó" two budgets and,
# in a later sentence ("Bên cạnh đó"), the district budget and donations: the four sum to 40.407,2
# million, more than the rounded "hơn 40,4 tỷ" ("more"). Counts of beneficiaries; rice in kg is no count.
G["c01"] = {
    "money": [
        M("40,4 tỷ đồng", TY, q="over"),
        M("40,4 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("1.933,8 triệu đồng", TRIEU, part="T"),
        M("34.673,3 triệu đồng", TRIEU, part="T"),
        M("109,6 triệu đồng", TRIEU, part="T"),
        M("3.690,5 triệu đồng", TRIEU, part="T"),
        M("1.277,448 triệu đồng", TRIEU),
    ],
    "counts": [
        C("9.339 đối tượng", "đối tượng"),
        C("90.166 đối tượng", "đối tượng"),
        C("13.786 đối tượng", "đối tượng"),
        C("1.122 hộ", "hộ"),
        C("4.351 khẩu", "khẩu"),
    ],
}

# c02: visitors in millions ("triệu lượt"): a total "trong đó" international visitors (less); a
# second total "Trong đó" international and domestic ("gần 927 nghìn"), adding up; service revenue.
G["c02"] = {
    "money": [M("267 tỷ đồng", TY, q="over"), M("2.168 tỷ đồng", TY, q="over")],
    "counts": [
        C("2,521 triệu lượt", "lượt", TRIEU, shape="multiplier", q="over", tag="A", opener="trong đó"),
        C("1,152 triệu lượt", "lượt", TRIEU, shape="multiplier", part="A"),
        C("2,247 triệu lượt", "lượt", TRIEU, shape="multiplier", tag="B", opener="trong đó"),
        C("1,32 triệu lượt", "lượt", TRIEU, shape="multiplier", part="B"),
        C("927 nghìn lượt", "lượt", NGHIN, shape="multiplier", q="approx", part="B"),
    ],
}

# c03: half-year tourism: revenue "trong đó" travel services (less); visitors "trong đó" 290 thousand
# international (less). The headline is printed twice.
G["c03"] = {
    "money": [M("1.150 tỷ đồng", TY, tag="T", opener="trong đó"), M("300 tỷ đồng", TY, part="T")],
    "counts": [
        C("8,5 triệu lượt", "lượt", TRIEU, shape="multiplier", tag="V", opener="trong đó"),
        C("290 ngàn lượt", "lượt", NGHIN, shape="multiplier", part="V"),
    ],
}

# c04: a fund for the poor "hơn 12 tỷ; trong đó" four levels (they sum to 12,61 tỷ: "more" than the
# rounded total); houses and their cost in brackets, spending, counts of patients and cases.
G["c04"] = {
    "money": [
        M("12 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("100 triệu đồng", TRIEU, part="T"),
        M("2,6 tỷ đồng", TY, part="T"),
        M("5,41 tỷ đồng", TY, part="T"),
        M("4,5 tỷ đồng", TY, part="T"),
        M("3,5 tỷ đồng", TY),
        M("1,4 tỷ đồng", TY),
        M("94 triệu đồng", TRIEU),
    ],
    "counts": [
        C("94 ngôi nhà", "ngôi nhà"),
        C("79 ngôi nhà", "ngôi nhà"),
        C("164 bệnh nhân", "bệnh nhân"),
        C("3.802 trường hợp", "trường hợp"),
    ],
}

# c05: a fund for the poor: the headline's total, the total "trong đó" three levels, each "trên"
# (they sum to 103,6: less); then "đã sử dụng trên 102,4 tỷ" and the next sentence lists its uses
# without an opener word (they sum to 102,37: less). A house "mỗi căn từ 25 … đến 40 triệu" (each).
G["c05"] = {
    "money": [
        M("103,7 tỷ đồng", TY),
        M("103,7 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("8,2 tỷ đồng", TY, q="over", part="T"),
        M("15,7 tỷ đồng", TY, q="over", part="T"),
        M("79,7 tỷ đồng", TY, q="over", part="T"),
        M("102,4 tỷ đồng", TY, q="over", tag="S", opener="next sentence"),
        M("25 triệu đồng", TRIEU, shape="each"),
        M("40 triệu đồng", TRIEU, shape="each"),
        M("36,2 tỷ đồng", TY, q="over", part="S"),
        M("37,07 tỷ đồng", TY, part="S"),
        M("7 tỷ đồng", TY, q="approx", part="S"),
        M("7,9 tỷ đồng", TY, part="S"),
        M("14,2 tỷ đồng", TY, part="S"),
    ],
    "counts": [
        C("1.373 căn", "căn"),
        C("210 căn", "căn"),
        C("152.881 lượt", "lượt"),
        C("37.295 trường hợp", "trường hợp"),
        C("66.224 trường hợp", "trường hợp"),
    ],
}

# c06: a provincial portal's item: "trên 1 tỷ 557 triệu đồng, trong đó" two levels, one a compound
# (they sum to 1.556,5 triệu: less); a housing cost "trong đó … gần 6 tỷ" (less).
G["c06"] = {
    "money": [
        M("1,5 tỷ đồng", TY, q="over"),
        V("1 tỷ 557 triệu đồng", 1557000000, q="over", tag="T", opener="trong đó"),
        M("238,5 triệu đồng", TRIEU, q="approx", part="T"),
        V("1 tỷ 318 triệu đồng", 1318000000, q="over", part="T"),
        M("26,1 tỷ đồng", TY, tag="U", opener="trong đó"),
        M("6 tỷ đồng", TY, q="approx", part="U"),
    ],
    "counts": [C("1.801 hộ", "hộ"), C("360 hộ", "hộ")],
}

# c07: a fund for the poor: headline and total "Trong đó" three levels (they sum to 199,12: less);
# spending by use with counts of houses, visits and cases; poor and near-poor households.
G["c07"] = {
    "money": [
        M("199,52 tỷ đồng", TY),
        M("199,52 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("22,28 tỷ đồng", TY, part="T"),
        M("31,68 tỷ đồng", TY, part="T"),
        M("145,16 tỷ đồng", TY, part="T"),
        M("73,87 tỷ đồng", TY),
        M("3,9 tỷ đồng", TY),
        M("64 tỷ đồng", TY, q="over"),
        M("10,5 tỷ đồng", TY, q="over"),
        M("5,1 tỷ đồng", TY, q="over"),
        M("3 tỷ đồng", TY, q="over"),
        M("26 tỷ đồng", TY, q="over"),
    ],
    "counts": [
        C("2.530 căn", "căn"),
        C("487 căn", "căn"),
        C("241.357 lượt", "lượt"),
        C("43.507 trường hợp", "trường hợp"),
        C("61.714 trường hợp", "trường hợp"),
        C("15.077 trường hợp", "trường hợp"),
        C("28.461 hộ", "hộ"),
        C("34.020 hộ", "hộ"),
    ],
}

# c08: 400 million for 5 houses: "trong đó" two sources (adding up); "Mỗi căn … 80 triệu" (each);
# the houses "Cụ thể:" 1, 2 and 2 by place (adding up), two sentences after the total.
G["c08"] = {
    "money": [
        M("400 triệu đồng", TRIEU),
        M("400 triệu đồng", TRIEU, tag="T", opener="trong đó"),
        M("300 triệu đồng", TRIEU, part="T"),
        M("100 triệu đồng", TRIEU, part="T"),
        M("80 triệu đồng", TRIEU, shape="each"),
        M("2,66 tỷ đồng", TY),
    ],
    "counts": [
        C("5 căn", "căn"),
        C("5 căn", "căn", tag="H", opener="cụ thể"),
        C("1 căn", "căn", part="H"),
        C("2 căn", "căn", part="H"),
        C("2 căn", "căn", part="H"),
        C("34 căn", "căn"),
    ],
}

# c09: houses on two levels: 50 houses "(đợt 1 … 32 nhà, đợt 2 … 18 nhà)" (bracket, adding up), and
# the 95 houses stated after them are those 50 and the ministry's 45 (opener after, adding up).
G["c09"] = {
    "money": [M("3,2 tỷ đồng", TY)],
    "counts": [
        C("50 nhà", "nhà", tag="F", opener="bracket", part="N"),
        C("32 nhà", "nhà", part="F"),
        C("18 nhà", "nhà", part="F"),
        C("45 nhà", "nhà", part="N"),
        C("95 nhà", "nhà", tag="N", opener="after"),
    ],
}

# c10: a storm's toll: "65 người chết, mất tích, gồm 49 người chết", the deaths "Cụ thể" by province
# (14 parts, adding up to 49) and the 16 missing two paragraphs on (the rest of the 65: adds up).
# Houses; hectares by province in a bracket are areas, no counts.
_deaths = ("5", "6", "4", "2", "2", "3", "2", "9", "5", "4", "1", "4", "1", "1")
G["c10"] = {
    "counts": [
        C("65 người", "người", tag="A", opener="gồm"),
        C("49 người", "người", part="A", tag="D", opener="cụ thể"),
        *[C(f"{n} người", "người", part="D") for n in _deaths],
        C("16 người", "người", part="A"),
        C("153 người", "người"),
        C("200 căn", "căn"),
        C("169.228 căn", "căn"),
        C("64.816 căn", "căn"),
    ]
}

# c11: the same storm a day earlier: 51 dead and missing "trong đó" 29 and 22 (adding up); the
# provinces' figures after "gồm" are a second breakdown of the 51 (not linked, one breakdown per
# total); the headline's "Trên 20.100 nhà" repeated in the text; damage "hơn 8000 tỉ".
G["c11"] = {
    "money": [M("8000 tỉ đồng", TY, q="over")],
    "counts": [
        C("51 người", "người", tag="A", opener="trong đó"),
        C("29 người", "người", part="A"),
        C("22 người", "người", part="A"),
        C("9 người", "người"),
        C("4 người", "người"),
        C("3 người", "người"),
        C("3 người", "người"),
        C("139 người", "người"),
        C("8 ngư dân", "ngư dân"),
        C("20.100 nhà", "nhà", q="over"),
        C("91 nhà", "nhà"),
        C("144.700 nhà", "nhà", q="over"),
        C("20.100 nhà", "nhà", q="over"),
        C("1.076 điểm trường", "điểm trường"),
    ],
}

# c12: flood damage: houses by degree (no total), livestock, "800 nhà của 19 thôn/06 xã" (two nouns,
# no pair) and the communes "(3 xã … và 3 xã …)" (bracket, adding up); hectares and m3 are no counts.
G["c12"] = {
    "money": [M("590,538 tỷ đồng", TY)],
    "counts": [
        C("225 nhà", "nhà"),
        C("03 nhà", "nhà"),
        C("249 nhà", "nhà"),
        C("42.812 nhà", "nhà"),
        C("6.305 con gia súc", "con gia súc"),
        C("44.239 con gia cầm", "con gia cầm"),
        C("800 nhà", "nhà", q="approx"),
        C("19 thôn", "thôn"),
        C("06 xã", "xã", tag="X", opener="bracket"),
        C("3 xã", "xã", part="X"),
        C("3 xã", "xã", part="X"),
    ],
}

# c13: land compensation on two levels: 16,037 tỷ "Trong đó" 40 households' "gần 15,13 tỷ" and the
# cost of the work "gần 908 triệu" (16,038: more than the total); the 15,13 "(gồm: …)" four items
# (15,164: more). Areas in m2 are no counts.
G["c13"] = {
    "money": [
        M("16,037 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("15,13 tỷ đồng", TY, q="approx", part="T", tag="U", opener="bracket"),
        M("10,455 tỷ đồng", TY, part="U"),
        M("1,542 tỷ đồng", TY, q="over", part="U"),
        M("2,2 tỷ đồng", TY, q="approx", part="U"),
        M("967 triệu đồng", TRIEU, q="over", part="U"),
        M("908 triệu đồng", TRIEU, q="approx", part="T"),
    ],
    "counts": [C("40 hộ", "hộ"), C("40 hộ", "hộ")],
}

# c14: compensation for a motorway: the lead's "gần 51 tỷ" and "32 hộ"; then "32 hộ … gần 51,3 tỷ"
# and "Trong đó" four communes, each with its households and amount (both add up); resettled
# households are no parts. An image file name is page furniture.
G["c14"] = {
    "money": [
        M("51 tỷ đồng", TY, q="approx"),
        M("51,3 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("22,7 tỷ đồng", TY, q="approx", part="T"),
        M("19,2 tỷ đồng", TY, q="over", part="T"),
        M("5,4 tỷ đồng", TY, q="over", part="T"),
        M("4 tỷ đồng", TY, q="approx", part="T"),
    ],
    "counts": [
        C("32 hộ", "hộ"),
        C("32 hộ", "hộ", tag="H", opener="trong đó"),
        C("15 hộ", "hộ", part="H"),
        C("9 hộ", "hộ"),
        C("13 hộ", "hộ", part="H"),
        C("10 hộ", "hộ"),
        C("1 hộ", "hộ", part="H"),
        C("1 hộ", "hộ"),
        C("3 hộ", "hộ", part="H"),
        C("2 hộ", "hộ"),
    ],
}

# c15: a district's revenue "Trong đó" the province's and the district's shares (400,7: more than the
# total, a slip in the text); the district's share "gồm:" three items (192,6: less).
G["c15"] = {
    "money": [
        M("397,7 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("203 tỷ đồng", TY, part="T"),
        M("197,7 tỷ đồng", TY, part="T", tag="U", opener="gồm"),
        M("123,7 tỷ đồng", TY, part="U"),
        M("60,5 tỷ đồng", TY, part="U"),
        M("8,4 tỷ đồng", TY, part="U"),
    ]
}

# c16: support for pupils by province (20 amounts after "Cụ thể … như sau:"; the total is in the
# headline, outside the excerpt: no links); a decision cited twice without a date; "Thông tư liên
# tịch 27" (serial number only) is doubtful.
_c16 = (
    "12,821", "25,291", "8,433", "8,05", "10,859", "5,956", "6,354", "12,6", "26,604", "6,221",
    "1,508", "14,68", "1,042", "4,532", "4,869", "1,196",
)
G["c16"] = {
    "money": [M(f"{n} tỷ đồng", TY) for n in _c16]
    + [M("238 triệu đồng", TRIEU), M("1,76 tỷ đồng", TY), M("265 triệu đồng", TRIEU), M("7,958 tỷ đồng", TY)]
    + [M("392 triệu đồng", TRIEU)],
    "counts": [C("20 địa phương", "địa phương")],
    "legal_refs": refs(("12/2013/QĐ-TTg", "Quyết định", None), ("12/2013/QĐ-TTg", "Quyết định", None)),
}
doubt(
    "c16",
    "legal_refs",
    {"text": "Thông tư liên tịch 27", "code": "27", "doc_type": "Thông tư liên tịch", "date": None},
    "a joint circular cited by its serial number only, without a symbol",
)

# c17: business registrations: enterprises new and returning "trong đó:" (adding up); capital
# "bao gồm:" new and added (adding up); an average per enterprise is money, no part.
G["c17"] = {
    "money": [
        M("81.156 tỷ đồng", TY),
        M("10 tỷ đồng", TY),
        M("763.964 tỷ đồng", TY, tag="T", opener="bao gồm"),
        M("278.489 tỷ đồng", TY, part="T"),
        M("485.475 tỷ đồng", TY, part="T"),
        M("278.489 tỷ đồng", TY),
        M("10,4 tỷ đồng", TY),
    ],
    "counts": [
        C("8.082 doanh nghiệp", "doanh nghiệp"),
        C("68.979 lao động", "lao động"),
        C("1.801 doanh nghiệp", "doanh nghiệp"),
        C("35.234 doanh nghiệp", "doanh nghiệp", tag="D", opener="trong đó"),
        C("26.785 doanh nghiệp", "doanh nghiệp", part="D"),
        C("8.449 doanh nghiệp", "doanh nghiệp", part="D"),
        C("7.893 lượt", "lượt"),
        C("26.785 doanh nghiệp", "doanh nghiệp"),
        C("225.389 lao động", "lao động"),
    ],
}

# c18: the same report a month later, the same two breakdowns (both adding up).
G["c18"] = {
    "money": [
        M("133.538 tỷ đồng", TY),
        M("9,2 tỷ đồng", TY),
        M("1.161.019 tỷ đồng", TY, tag="T", opener="bao gồm"),
        M("412.028 tỷ đồng", TY, part="T"),
        M("748.991 tỷ đồng", TY, part="T"),
        M("412.028 tỷ đồng", TY),
        M("10,0 tỷ đồng", TY),
    ],
    "counts": [
        C("14.510 doanh nghiệp", "doanh nghiệp"),
        C("106.699 lao động", "lao động"),
        C("3.281 doanh nghiệp", "doanh nghiệp"),
        C("52.737 doanh nghiệp", "doanh nghiệp", tag="D", opener="trong đó"),
        C("41.295 doanh nghiệp", "doanh nghiệp", part="D"),
        C("11.442 doanh nghiệp", "doanh nghiệp", part="D"),
        C("12.170 lượt", "lượt"),
        C("41.295 doanh nghiệp", "doanh nghiệp"),
        C("332.088 lao động", "lao động"),
    ],
}

# c19: drought relief: a decision dated before it (no issue date); the total printed three times,
# the third "Cụ thể" split in two (adding up); the second "trong đó" nine amounts, the names of three
# districts dropped by the page (8.540 triệu: more than 8.060).
G["c19"] = {
    "money": [
        M("11.600 triệu đồng", TRIEU),
        M("11.600 triệu đồng", TRIEU),
        M("11.600 triệu đồng", TRIEU, tag="T", opener="cụ thể"),
        M("3.540 triệu đồng", TRIEU, part="T"),
        M("8.060 triệu đồng", TRIEU, part="T", tag="U", opener="trong đó"),
        M("980 triệu đồng", TRIEU, part="U"),
        M("260 triệu đồng", TRIEU, part="U"),
        M("1,1 tỷ đồng", TY, part="U"),
        M("900 triệu đồng", TRIEU, part="U"),
        M("01 tỷ đồng", TY, part="U"),
        M("600 triệu đồng", TRIEU, part="U"),
        M("200 triệu đồng", TRIEU, part="U"),
        M("300 triệu đồng", TRIEU, part="U"),
        M("3,2 tỷ đồng", TY, part="U"),
    ],
    "counts": [C("08 công trình", "công trình")],
    "legal_refs": refs(("1814/QĐ-UBND", "Quyết định", None)),
}

# c20: new-countryside support: a decision with its date; 22.230 triệu "trong đó" two groups of
# communes (adding up); the headline's "hơn 22,2 tỷ".
G["c20"] = {
    "money": [
        M("22,2 tỷ đồng", TY, q="over"),
        M("22.230 triệu đồng", TRIEU, tag="T", opener="trong đó"),
        M("03 tỷ đồng", TY, part="T"),
        M("19.230 triệu đồng", TRIEU, part="T"),
    ],
    "counts": [C("06 xã", "xã"), C("11 xã", "xã")],
    "legal_refs": refs(("857/QĐ-UBND", "Quyết định", "2019-03-11")),
}

# c21: the headline's "hơn 14 tỷ" divided in the next paragraphs ("Theo đó") into two allocations
# (13,95: less); districts counted.
G["c21"] = {
    "money": [
        M("14 tỷ đồng", TY, q="over", tag="T", opener="next paragraph"),
        M("5 tỷ đồng", TY, q="over", part="T"),
        M("8,95 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("8 huyện", "huyện"), C("9 huyện", "huyện")],
}

# c22: the headline's "13 tỷ" for 9 communes, "Cụ thể" a rate a commune ("1 tỷ đồng/xã"), an amount
# for each ("mỗi xã 1,5 tỷ") and two named amounts: only the named ones are parts (less).
G["c22"] = {
    "money": [
        M("13 tỷ đồng", TY, tag="T", opener="next paragraph"),
        R("1 tỷ đồng/xã", TY, per="xã"),
        M("1,5 tỷ đồng", TY, shape="each"),
        M("3 tỷ đồng", TY, part="T"),
        M("2 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("9 xã", "xã")],
    "legal_refs": refs(("3482/QĐ-UBND", "Quyết định", None)),
}

# c23: infrastructure works: 151 works "gồm" new and continuing (adding up), then the same 151 by
# kind in a bracket (a second breakdown, not linked); 87 works "(07 …, 80 …)" (bracket, adding up).
# "Chương trình 135" is a name; "là83.879" is glued in the page.
G["c23"] = {
    "money": [M("83.879 triệu đồng", TRIEU), M("65.941,2 triệu đồng", TRIEU)],
    "counts": [
        C("151 công trình", "công trình"),
        C("151 công trình", "công trình", tag="A", opener="gồm"),
        C("130 công trình", "công trình", part="A"),
        C("21 công trình", "công trình", part="A"),
        C("88 công trình", "công trình"),
        C("32 công trình", "công trình"),
        C("21 công trình", "công trình"),
        C("05 công trình", "công trình"),
        C("03 công trình", "công trình"),
        C("02 công trình", "công trình"),
        C("87 công trình", "công trình", tag="B", opener="bracket"),
        C("07 công trình", "công trình", part="B"),
        C("80 công trình", "công trình", part="B"),
    ],
}

# c24: 250 projects "trong đó" 89 and 161 (adding up), said twice (lead and body); the sectors and
# groups are further breakdowns (not linked); sector figures without their noun ("có 44") are doubtful.
# "1,28 triệu tỷ đồng" is 1,28 x 10^15.
G["c24"] = {
    "money": [M("1,28 triệu tỷ đồng", TRIEU_TY), M("1,28 triệu tỷ đồng", TRIEU_TY)],
    "counts": [
        C("250 dự án", "dự án", tag="A", opener="trong đó"),
        C("89 dự án", "dự án", part="A"),
        C("161 dự án", "dự án", part="A"),
        C("250 dự án", "dự án"),
        C("250 dự án", "dự án", tag="B", opener="trong đó"),
        C("89 dự án", "dự án", part="B"),
        C("161 dự án", "dự án", part="B"),
        C("59 dự án", "dự án"),
        C("10 dự án", "dự án"),
        C("8 dự án", "dự án"),
        C("46 dự án", "dự án"),
        C("155 dự án", "dự án"),
        C("41 dự án", "dự án"),
    ],
}
for _t, _n in (("có 44", 44), ("có 57", 57), ("có 36", 36), ("có 22", 22), ("có 6", 6), ("có 3", 3),
               ("giáo dục 12", 12), ("quốc phòng 1", 1)):
    doubt_count("c24", _t, _n, "dự án",
                "a sector's count of projects without its noun (elided before the list's last figure)")

# c25: "khoảng 230" works, then 230 projects "Trong đó" started and opened (adding up); the investment
# "1,3 triệu tỉ" (no currency word: shared) divided in the next sentences by source, each stated as a
# share of it (adding up); the projects by source are a second breakdown of the 230 (not linked).
G["c25"] = {
    "money": [
        M("1,3 triệu tỉ", TRIEU_TY, shape="shared", tag="T", opener="next sentence"),
        M("522.000 tỉ đồng", TY, part="T"),
        M("778.000 tỉ đồng", TY, part="T"),
    ],
    "counts": [
        C("230 công trình", "công trình", q="approx"),
        C("230 dự án", "dự án", tag="P", opener="trong đó"),
        C("32 tỉnh", "tỉnh"),
        C("146 dự án", "dự án", part="P"),
        C("84 dự án", "dự án", part="P"),
        C("112 dự án", "dự án"),
        C("118 dự án", "dự án"),
        C("230 dự án", "dự án"),
        C("80 điểm cầu", "điểm cầu"),
        C("7 điểm cầu", "điểm cầu"),
    ],
}

# c26: anti-smuggling: 146.678 cases "Trong đó" three kinds (146.676: less); prosecutions.
G["c26"] = {
    "money": [M("14.865,347 tỷ đồng", TY)],
    "counts": [
        C("146.678 vụ", "vụ", tag="V", opener="trong đó"),
        C("11.499 vụ", "vụ", part="V"),
        C("129.713 vụ", "vụ", part="V"),
        C("5.464 vụ", "vụ", part="V"),
        C("616 vụ", "vụ"),
        C("724 đối tượng", "đối tượng"),
    ],
}

# c27: loans "124,756 tỷ đồng … trong đó:" seven programmes written "… tỷ" without the currency word
# (shared), adding up exactly; a pair "18/71 xã".
G["c27"] = {
    "money": [
        M("124,756 tỷ đồng", TY, tag="T", opener="trong đó"),
        *shared("49,746 tỷ", "10,765 tỷ", "6,267 tỷ", "1 tỷ", "50,301 tỷ", "0,302 tỷ", "6,375 tỷ", part="T"),
    ],
    "counts": [
        C("14.367 lượt", "lượt"),
        C("18", "xã", shape="pair"),
        C("71 xã", "xã", shape="pair"),
    ],
}

# c28: policy loans "310,120 tỷ … Trong đó" four programmes, three "gần" and one "trên" (300: less);
# an average loan a household is a rate.
G["c28"] = {
    "money": [
        M("310,120 tỷ đồng", TY, tag="T", opener="trong đó"),
        R("14,5 triệu đồng/hộ", TRIEU, per="hộ"),
        M("130 tỷ đồng", TY, q="approx", part="T"),
        M("129 tỷ đồng", TY, q="approx", part="T"),
        M("19 tỷ đồng", TY, q="approx", part="T"),
        M("22 tỷ đồng", TY, q="over", part="T"),
    ],
    "counts": [C("21.302 hộ", "hộ"), C("21.302 hộ", "hộ"), C("41 Chủ tịch", "chủ tịch")],
}

# c29: a provincial decision dated before it (twice, the second in a bracket), citing the Prime
# Minister's decision with its date; two daily rates a person.
G["c29"] = {
    "money": [
        R("150.000 đồng/người/ngày", per="người/ngày"),
        R("250.000 đồng/người/ngày", per="người/ngày"),
    ],
    "legal_refs": refs(
        ("202/QĐ-UBND", "Quyết định", None),
        ("2254/QĐ-TTg", "Quyết định", "2020-12-30"),
        ("202/QĐ-UBND", "Quyết định", None),
    ),
}

# c30: rice support: a decision without a date; units of district and province level, households
# and persons in brackets; kg of rice are no counts; the cost in full digits.
G["c30"] = {
    "money": [M("3.892.657.500 đồng")],
    "counts": [
        C("3 đơn vị cấp huyện", "đơn vị cấp huyện"),
        C("1 đơn vị cấp tỉnh", "đơn vị cấp tỉnh"),
        C("1.512 hộ", "hộ"),
        C("8.361 khẩu", "khẩu"),
        C("2 đơn vị cấp huyện", "đơn vị cấp huyện"),
        C("1 đơn vị cấp tỉnh", "đơn vị cấp tỉnh"),
        C("201 hộ", "hộ"),
        C("3.726 khẩu", "khẩu"),
    ],
    "legal_refs": refs(("247/QĐ-UBND", "Quyết định", None)),
}

# c31: a commune's Tết gifts: "1929 đối tượng. Trong đó" two groups (adding up; figures without
# grouping); 400.000 đồng for each; the total cost in bare digits.
G["c31"] = {
    "money": [M("400.000 đồng", shape="each"), M("771600000 đồng")],
    "counts": [
        C("1929 đối tượng", "đối tượng", tag="D", opener="trong đó"),
        C("713 đối tượng", "đối tượng", part="D"),
        C("1216 đối tượng", "đối tượng", part="D"),
    ],
}

# c32: Tết gifts of 2026: two amounts "mỗi người" (each), "2 mức" (a count of levels, as in set 16),
# a city's plan cited without a date and its "hơn 2.123 tỷ".
G["c32"] = {
    "money": [
        M("600.000 đồng", shape="each"),
        M("300.000 đồng", shape="each"),
        M("2.123 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("2 mức", "mức")],
    "legal_refs": refs(("34/KH-UBND", "Kế hoạch", None)),
}

# c33: a Prime Minister's decision with its date; 36,5 tỷ for 15 provinces, the amounts after a colon
# ("cụ thể cho từng tỉnh:"), adding up.
_c33 = ("1", "4", "2,5", "2", "1,5", "4,5", "2,5", "1", "2,5", "2,5", "3", "1,5", "2,5", "2,5", "3")
G["c33"] = {
    "money": [M("36,5 tỷ đồng", TY, tag="T", opener="colon")] + [M(f"{n} tỷ đồng", TY, part="T") for n in _c33],
    "counts": [C("15 tỉnh", "tỉnh"), C("15 tỉnh", "tỉnh")],
    "legal_refs": refs(("1694/QĐ-TTg", "Quyết định", "2006-12-28")),
}

# c34: a provincial decision dated before it (no issue date) citing the Prime Minister's with its
# date; 765 triệu (headline, then the total) "Cụ thể" five districts (adding up), each with its
# households; "mỗi hộ … 2,5 triệu" (each).
G["c34"] = {
    "money": [
        M("765 triệu đồng", TRIEU),
        M("765 triệu đồng", TRIEU, tag="T", opener="cụ thể"),
        M("192,5 triệu đồng", TRIEU, part="T"),
        M("112,5 triệu đồng", TRIEU, part="T"),
        M("30 triệu đồng", TRIEU, part="T"),
        M("205 triệu đồng", TRIEU, part="T"),
        M("225 triệu đồng", TRIEU, part="T"),
        M("2,5 triệu đồng", TRIEU, shape="each"),
    ],
    "counts": [C("77 hộ", "hộ"), C("45 hộ", "hộ"), C("12 hộ", "hộ"), C("82 hộ", "hộ"), C("90 hộ", "hộ")],
    "legal_refs": refs(("3214/QĐ-UBND", "Quyết định", None), ("48/2014/QĐ-TTg", "Quyết định", "2014-08-28")),
}

# c35: a circular's preamble: two decrees, a Standing Committee resolution whose symbol has a "/"
# between type and issuer ("NQ/UBTVQH12", normalised to "-") and a directive, each with its date.
G["c35"] = {
    "legal_refs": [
        L("60/2003/NĐ-CP", "60/2003/NĐ-CP", "Nghị định", "2003-06-06"),
        L("118/2008/NĐ-CP", "118/2008/NĐ-CP", "Nghị định", "2008-11-27"),
        L("1018/2011/NQ/UBTVQH12", "1018/2011/NQ-UBTVQH12", "Nghị quyết", "2011-01-21"),
        L("192/CT-TTg", "192/CT-TTg", "Chỉ thị", "2011-01-30"),
    ]
}

# c36: a circular's catalogue page: its own symbol in the lead (the date comes after a long title:
# none) and on the "Số:" line (the date in the place-and-date cell: none), then four decrees with
# dates in words; laws cited by date only are no references.
G["c36"] = {
    "legal_refs": refs(
        ("07/2020/TT-BTC", "Thông tư", None),
        ("07/2020/TT-BTC", "Thông tư", None),
        ("117/2017/NĐ-CP", "Nghị định", "2017-10-19"),
        ("08/2019/NĐ-CP", "Nghị định", "2019-01-23"),
        ("166/2017/NĐ-CP", "Nghị định", "2017-12-31"),
        ("87/2017/NĐ-CP", "Nghị định", "2017-07-26"),
    )
}


#


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "c", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
