"""Gold for tests/judged_holdout28, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout28/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, W(...) money in words, R(...) a rate, C(...) count, L(...) legal_ref (`refs`
for several). Convention for the number: 'vn'.
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
NGHIN_TY = ann.NGHIN_TY
M, R, C, L, W = ann.M, ann.R, ann.C, ann.L, ann.W
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several), words (an
# amount in words restating a figure); counts: plain, multiplier ("186 ngàn người"), pair ("90/116 xã").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


def split(total, parts, mult=TY, tag="T", opener="trong đó", q=None):
    """A total and its parts written one after the other, each part (text, qualifier) or text."""
    out = [M(total, mult, q=q, tag=tag, opener=opener)]
    for p in parts:
        text, pq = p if isinstance(p, tuple) else (p, None)
        out.append(M(text, mult, q=pq, part=tag))
    return out


# qb01: a provincial paper (2020): investment from the local budget, September, the third quarter and nine
# months, each "Trong đó" by level (province, district, commune; each adds up); the quarter and the month
# are periods inside the nine months, no parts of them.
G["qb01"] = {
    "money": split("510,4 tỷ đồng", ["363,8 tỷ đồng", "52,5 tỷ đồng", "94,1 tỷ đồng"], tag="A")
    + split("1.370,4 tỷ đồng", ["1.011,8 tỷ đồng", "134,2 tỷ đồng", "224,4 tỷ đồng"], tag="B")
    + split("2.607,6 tỷ đồng", ["1.910 tỷ đồng", "282,2 tỷ đồng", "415,4 tỷ đồng"], tag="C"),
}

# qb02: a provincial television's print page (2020): 4 works in 4 districts; "tổng kinh phí 2,180 triệu đồng
# (trong đó ... 1.888 triệu đồng, ... 292 triệu đồng)": the single comma is a decimal mark (the contract), so
# the total is 2,18 triệu and its bracketed parts sum to more (a slip in the text: "more").
G["qb02"] = {
    "money": split("2,180 triệu đồng", ["1.888 triệu đồng", "292 triệu đồng"], mult=TRIEU),
    "counts": [C("4 công trình", "công trình"), C("4 huyện", "huyện")],
}

# qb03: a finance paper: a caption's 3,5 tỷ; the communes' sums after "cụ thể gồm:" (their total is not in
# the excerpt, so no links); "mỗi xã" amounts each; 30 tỷ for another commune; a letter "văn bản số
# 813/TTg-KTTH" without its date.
G["qb03"] = {
    "money": [
        M("3,5 tỷ đồng", TY),
        M("5,5 tỷ đồng", TY),
        M("3,5 tỷ đồng", TY, shape="each"),
        M("3 tỷ đồng", TY, shape="each"),
        M("2,5 tỷ đồng", TY),
        M("2 tỷ đồng", TY),
        M("30 tỷ đồng", TY),
    ],
    "counts": [C("4 xã", "xã"), C("2 xã", "xã")],
    "legal_refs": refs(("813/TTg-KTTH", "Văn bản", None)),
}

# qb04: a provincial paper (2018): a district council's half year: 327 tỷ (headline), output over 72 and over
# 80 tỷ, retail 82,4 tỷ, revenue near 327 tỷ, spending near 143 tỷ; "Kỳ họp thứ 7" an ordinal.
G["qb04"] = {
    "money": [
        M("327 tỷ đồng", TY),
        M("72 tỷ đồng", TY, q="over"),
        M("80 tỷ đồng", TY, q="over"),
        M("82,4 tỷ đồng", TY),
        M("327 tỷ đồng", TY, q="approx"),
        M("143 tỷ đồng", TY, q="approx"),
    ],
}

# qb05: an audit paper's tag page (2023): the plan given by the Prime Minister 7.863 tỷ; the province's 8.367 tỷ
# "(bao gồm 657 tỷ ...)" (less); "3 chương trình" counts.
G["qb05"] = {
    "money": [M("7.863 tỷ đồng", TY)] + split("8.367 tỷ đồng", ["657 tỷ đồng"], opener="bao gồm"),
    "counts": [C("3 chương trình", "chương trình")],
}

# qb06: a provincial television (2021): over 538 tỷ (headline, lead); the body's "538 tỷ đồng trong đó" central
# over 15 tỷ and local near 523 tỷ (adds up); disbursements by programme (a second split, left alone); tonnes
# of rice a measure.
G["qb06"] = {
    "money": [M("538 tỷ đồng", TY, q="over"), M("538 tỷ đồng", TY, q="over")]
    + split("538 tỷ đồng", [("15 tỷ đồng", "over"), ("523 tỷ đồng", "approx")])
    + [
        M("152 tỷ đồng", TY, q="over"),
        M("221 tỷ đồng", TY, q="approx"),
        M("15 tỷ đồng", TY, q="over"),
        M("150 tỷ đồng", TY),
    ],
}

# qb07: a provincial paper (2019): 30.305 tỷ (headline, body "trong đó" people's share about 24.333 tỷ and the
# state's 5.972 tỷ: adds up); communes "90/116 xã"; a provincial decision with its date; works and halls
# counted; km a measure.
G["qb07"] = {
    "money": [M("30.305 tỷ đồng", TY)] + split("30.305 tỷ đồng", [("24.333 tỷ đồng", "approx"), "5.972 tỷ đồng"]),
    "counts": pair("90", "116 xã", "xã")
    + [
        C("1 huyện", "huyện"),
        C("4 huyện", "huyện"),
        C("243 công trình", "công trình"),
        C("234 công trình", "công trình"),
        C("511 nhà văn hóa", "nhà văn hóa"),
        C("262 nhà văn hóa", "nhà văn hóa"),
    ],
    "legal_refs": refs(("4271/QĐ-UBND", "Quyết định", "2019-03-06")),
}

# qb08: a provincial paper (2018): over 95 tỷ (headline, body); "Trong số này" the state's 76,38 tỷ and the
# people's 18,851 tỷ, which sum to 95,231 tỷ, more than the 95 tỷ as written ("hơn": the state is "more");
# "3/7 xã"; an average "15,2 tiêu chí" per commune and "thôn 9" are no counts.
G["qb08"] = {
    "money": [M("95 tỷ đồng", TY, q="over")]
    + split("95 tỷ đồng", ["76,38 tỷ đồng", "18,851 tỷ đồng"], q="over", opener="trong số này"),
    "counts": pair("3", "7 xã", "xã"),
}

# qb09: a business paper's print page (2021): a city's revenue target over 8.300 tỷ (headline), over 8.327 tỷ
# and spending over 3.155 tỷ (twice); the three districts' former targets (no breakdown of the new one:
# their sum is not the new target); 1.990 tỷ; "quận 2, 9" names.
G["qb09"] = {
    "money": [
        M("8.300 tỷ đồng", TY, q="over"),
        M("8.327 tỷ đồng", TY, q="over"),
        M("3.155 tỷ đồng", TY, q="over"),
        M("3.830 tỷ đồng", TY, q="over"),
        M("2.240 tỷ đồng", TY, q="over"),
        M("2.250 tỷ đồng", TY, q="over"),
        M("8.327 tỷ đồng", TY, q="over"),
        M("3.155 tỷ đồng", TY, q="over"),
        M("1.990 tỷ đồng", TY),
    ],
}

# qb10: a provincial SME association's page: 300 triệu twice and near 2 tỷ (the standing members' gift is not
# said to be part of the members' sum); "bão số 3" a name; "Pages: 0" page furniture.
G["qb10"] = {
    "money": [M("300 triệu đồng", TRIEU), M("300 triệu đồng", TRIEU), M("2 tỷ đồng", TY, q="approx")],
}

# qb11: a city party portal (2021): 37.000 gift packs "trong đó" sponsors' goods and cash (other nouns and
# money: no count parts); each pack worth 300 ngàn (each); bottles, cases, bags, households, member
# associations; tonnes and kg measures; "lần thứ 4" an ordinal.
G["qb11"] = {
    "money": [M("3 tỷ đồng", TY), M("3 tỷ đồng", TY), M("300 ngàn đồng", NGHIN, shape="each")],
    "counts": [
        C("37.000 phần quà", "phần quà"),
        C("37.000 chai", "chai"),
        C("500 thùng", "thùng"),
        C("20.000 túi", "túi"),
        C("37.000 hộ", "hộ"),
        C("1 chai", "chai"),
        C("1 chai", "chai"),
        C("73 hội", "hội"),
    ],
}

# qb12: a health paper (2020): 30 tỷ "Trong đó" 25 tỷ and 5 tỷ (adds up).
G["qb12"] = {"money": split("30 tỷ đồng", ["25 tỷ đồng", "5 tỷ đồng"])}

# qb13: a provincial paper (2020): 300.000 đồng a household (a rate); 4.647 households, over 1,394 tỷ; last
# year's 4.089 households, over 1,2 tỷ; "A A" page furniture.
G["qb13"] = {
    "money": [
        R("300.000 đồng/hộ", per="hộ"),
        M("1,394 tỷ đồng", TY, q="over"),
        M("1,2 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("4.647 hộ", "hộ"), C("4.089 hộ", "hộ")],
}

# qb14: a provincial paper (2023), its lead printed twice: over 186 ngàn people (headline); the Prime
# Minister's decision with its date; 186.763 people "Trong đó" 105.882 (less), twice; 17.170 triệu glued to
# the word before it ("tiền17.170"), twice; "vùng 3", "vùng 2" names.
G["qb14"] = {
    "money": [M("17.170 triệu đồng", TRIEU), M("17.170 triệu đồng", TRIEU)],
    "counts": [C("186 ngàn người", "người", mult=NGHIN, shape="multiplier", q="over")]
    + [C("186.763 người", "người", tag="P", opener="trong đó"), C("105.882 người", "người", part="P")]
    + [C("186.763 người", "người", tag="Q", opener="trong đó"), C("105.882 người", "người", part="Q")],
    "legal_refs": refs(
        ("102/2009/QĐ-TTg", "Quyết định", "2009-08-07"),
        ("102/2009/QĐ-TTg", "Quyết định", "2009-08-07"),
    ),
}

# qb15: a city portal (2024): two district party notices with their dates; the relief board's decision (its
# date written before it: none); 2.429.500.000 đồng restated in words, "Cụ thể:" the poor's 504.000.000 and the
# near-poor's 1.925.500.000 (adds up); rates a person, each restated in words in a bracket before "/khẩu";
# households counted; the people after a sum ("504.000.000 đồng/504 khẩu") are doubtful (the sum's persons,
# or a ratio's denominator); "bão số 3" a name.
G["qb15"] = {
    "money": [
        M("2.429.500.000 đồng", tag="T", opener="cụ thể"),
        W("Hai tỷ bốn trăm hai mươi chín triệu năm trăm nghìn đồng", 2_429_500_000, restates="T"),
        M("1.000.000 đồng", shape="rate", per="khẩu", tag="R1"),
        W("Một triệu đồng", 1_000_000, restates="R1"),
        M("504.000.000 đồng", part="T"),
        M("500.000 đồng", shape="rate", per="khẩu", tag="R2"),
        W("Năm trăm nghìn đồng", 500_000, restates="R2"),
        M("1.925.500.000 đồng", part="T"),
    ],
    "counts": [C("232 hộ", "hộ"), C("1.732 hộ", "hộ")],
    "legal_refs": refs(
        ("1382-TB/HU", "Thông báo", "2024-09-08"),
        ("1391-TB/HU", "Thông báo", "2024-09-23"),
        ("03/QĐ-BVĐ", "Quyết định", None),
    ),
}
KHAU = "persons after a slash under a sum ('đồng/504 khẩu'): the sum's persons, or a ratio's denominator"
doubt_count("qb15", "504 khẩu", 504, "khẩu", KHAU)
doubt_count("qb15", "3.851 khẩu", 3851, "khẩu", KHAU)

# qb16: a provincial paper's print page (2023): 40 poor households (headline, body); 593,3 triệu "Trong đó" the
# state's 400 triệu and the households' 193,3 triệu (adds up); "(đợt 1)" an ordinal.
G["qb16"] = {
    "money": split("593,3 triệu đồng", ["400 triệu đồng", "193,3 triệu đồng"], mult=TRIEU),
    "counts": [C("40 hộ", "hộ"), C("40 hộ", "hộ")],
}

# qb17: a district party portal: 15 new projects "Trong đó" 03, 05 and 07 (adds up), and about 132 tỷ "Trong đó"
# about 100, 66 and 66 tỷ by source, which sum to 232 tỷ (a slip: "more").
G["qb17"] = {
    "money": split(
        "132 tỷ đồng", [("100 tỷ đồng", "approx"), ("66 tỷ đồng", "approx"), ("66 tỷ đồng", "approx")], q="approx"
    ),
    "counts": [
        C("15 dự án", "dự án", tag="N", opener="trong đó"),
        C("03 dự án", "dự án", part="N"),
        C("05 dự án", "dự án", part="N"),
        C("07 dự án", "dự án", part="N"),
    ],
}

# qb18: a provincial paper: a district council's public investment for 2022 over 140 tỷ "trong đó" new works
# 113,6 tỷ (less); "Kỳ họp thứ 4" an ordinal, "loại IV" a grade.
G["qb18"] = {"money": split("140 tỷ đồng", ["113,6 tỷ đồng"], q="over")}

# qb19: a national news site (2025): over 10.700 tỷ (headline, the sum's rounding in a bracket, a caption); the
# Deputy Prime Minister's decision without its date; 34 provinces; 10.700.242.800.000 đồng; "80 năm" a
# duration.
G["qb19"] = {
    "money": [
        M("10.700 tỷ đồng", TY, q="over"),
        M("10.700.242.800.000 đồng"),
        M("10.700 tỷ đồng", TY, q="over"),
        M("10.700 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("34 tỉnh", "tỉnh")],
    "legal_refs": refs(("1867/QĐ-TTg", "Quyết định", None)),
}

# qb20: a provincial finance department's home page (2021): over 12.000 tỷ; a resolution of the National
# Assembly's standing committee without its date; a visit counter with no noun is no count.
G["qb20"] = {
    "money": [M("12.000 tỷ đồng", TY, q="over")],
    "legal_refs": refs(("1271/NQ-UBTVQH14", "Nghị quyết", None)),
}

# qb21: a provincial portal (2017): a district's first quarter 2.967,2 tỷ (headline, body "Trong đó" three sectors,
# 2.967,168 tỷ: less); 6 projects with 332 tỷ; "quý 1/2017" a date, no pair.
G["qb21"] = {
    "money": [M("2.967,2 tỷ đồng", TY)]
    + split("2.967,2 tỷ đồng", ["688,968 tỷ đồng", "1.655 tỷ đồng", "623,2 tỷ đồng"])
    + [M("332 tỷ đồng", TY)],
    "counts": [C("6 dự án", "dự án")],
}

# qb22: a farm paper (2019): a district's half-year output 842,894 tỷ "Trong đó" three sectors (841,894 tỷ: less);
# the headline printed twice has only a percentage.
G["qb22"] = {"money": split("842,894 tỷ đồng", ["362,014 tỷ đồng", "226,47 tỷ đồng", "253,41 tỷ đồng"])}

# qb23: the National Assembly's news page (2009): a commune council raises its estimate from 1.404 to 2.213
# triệu; "455/455ha" a measure; "Kỳ họp thứ 12" an ordinal.
G["qb23"] = {"money": [M("1.404 triệu đồng", TRIEU), M("2.213 triệu đồng", TRIEU)]}

# qb24: a commune portal (2018): 25 delegates ("vị" a classifier); revenue 12.023.803.259 đồng; 1 firm, about 100
# workers; a view counter "Số lượt xem:2229" is no count.
G["qb24"] = {
    "money": [M("12.023.803.259 đồng")],
    "counts": [
        C("25 vị đại biểu", "đại biểu"),
        C("1 doanh nghiệp", "doanh nghiệp"),
        C("100 lao động", "lao động", q="approx"),
    ],
}

# qb25: a provincial paper (2024): a district's poverty programme 14.163 triệu (headline, body "bao gồm" central
# 12.316 triệu and district 1.847 triệu: adds up); 2.900 workers.
G["qb25"] = {
    "money": [M("14.163 triệu đồng", TRIEU)]
    + split("14.163 triệu đồng", ["12.316 triệu đồng", "1.847 triệu đồng"], mult=TRIEU, opener="bao gồm"),
    "counts": [C("2.900 lao động", "lao động")],
}

# qb26: a business paper (2025): a city's seven months' revenue 427,1 nghìn tỷ; "Xét về cơ cấu, ... 3 cấu phần
# chính:" domestic 405,9, crude oil 1,4 and trade 19,7 nghìn tỷ (427,0: less); 6 kinds of domestic revenue
# given as percentages only; "gấp 5 lần" a multiplier.
G["qb26"] = {
    "money": split(
        "427,1 nghìn tỷ đồng",
        ["405,9 nghìn tỷ đồng", "1,4 nghìn tỷ đồng", "19,7 nghìn tỷ đồng"],
        mult=NGHIN_TY,
        opener="xét cơ cấu",
    ),
    "counts": [C("3 cấu phần", "cấu phần"), C("6 khoản thu", "khoản thu")],
}

# qb27: a city broadcaster's page (2025): a district's revenue over 10.221 tỷ (twice), spending near 1.190 tỷ;
# 7 reports, 1 resolution, 32 persons; "kỳ họp thứ 20" an ordinal.
G["qb27"] = {
    "money": [M("10.221 tỷ đồng", TY, q="over"), M("10.221 tỷ đồng", TY, q="over"), M("1.190 tỷ đồng", TY, q="approx")],
    "counts": [C("7 báo cáo", "báo cáo"), C("1 nghị quyết", "nghị quyết"), C("32 cá nhân", "cá nhân")],
}

# qb28: a provincial paper (2021), its lead printed twice: over 67,7 ngàn tỷ (headline, each lead: the second
# carries the parts) "Trong số này" local over 33,5 and central over 11,2 ngàn tỷ, and "Cùng với đó" land
# auctions about 23 ngàn tỷ (adds up); over 44,7 ngàn tỷ (the first two again, no part); the Prime Minister's
# letter with its date, in each lead.
G["qb28"] = {
    "money": [M("67,7 ngàn tỷ đồng", NGHIN_TY, q="over"), M("67,7 ngàn tỷ đồng", NGHIN_TY, q="over")]
    + split(
        "67,7 ngàn tỷ đồng",
        [("33,5 ngàn tỷ đồng", "over"), ("11,2 ngàn tỷ đồng", "over"), ("23 ngàn tỷ đồng", "approx")],
        mult=NGHIN_TY,
        q="over",
        opener="trong số này",
    )
    + [M("44,7 ngàn tỷ đồng", NGHIN_TY, q="over")],
    "legal_refs": refs(("491/TTg-KTTH", "Văn bản", "2021-04-02"), ("491/TTg-KTTH", "Văn bản", "2021-04-02")),
}

# qb29: a provincial paper (2013), its lead printed twice: 2,6 tỷ (headline); 85 groups and persons, over 2,5 tỷ
# (twice); 3 rounds, 2,6 tỷ "Trong đó" 1 tỷ, 1 tỷ and 600 triệu (adds up); "đợt 1" … an ordinal.
G["qb29"] = {
    "money": [M("2,6 tỷ đồng", TY), M("2,5 tỷ đồng", TY, q="over"), M("2,5 tỷ đồng", TY, q="over")]
    + [M("2,6 tỷ đồng", TY, tag="T", opener="trong đó")]
    + [M("1 tỷ đồng", TY, part="T"), M("1 tỷ đồng", TY, part="T"), M("600 triệu đồng", TRIEU, part="T")],
    "counts": [C("85 tập thể", "tập thể"), C("85 tập thể", "tập thể"), C("3 đợt", "đợt")],
}

# qb30: a provincial department's page (2023): a council resolution (its date written before it: none); the
# total 116,3 tỷ, then "Cơ cấu nguồn vốn sau điều chỉnh:" a line each, central 81 tỷ and district 35,3 tỷ (adds
# up); two rises of 10 tỷ; the earlier resolution with its date; a page counter without nouns.
G["qb30"] = {
    "money": [
        M("116,3 tỷ đồng", TY, tag="T", opener="colon"),
        M("10 tỷ đồng", TY),
        M("81 tỷ đồng", TY, part="T"),
        M("35,3 tỷ đồng", TY, part="T"),
        M("10 tỷ đồng", TY),
    ],
    "legal_refs": refs(("22/NQ-HĐND", "Nghị quyết", None), ("57/NQ-HĐND", "Nghị quyết", "2021-07-14")),
}

# qb31: a provincial paper (2023): new-countryside funds 237,71 tỷ "trong đó" investment 171,83 and recurrent
# 65,88 tỷ (adds up); works, component projects, "2/7 huyện"; 32 communes "trong đó" 13, 81 villages "trong
# đó" 10 (less each); ethnic-area funds 404,78 tỷ "trong đó" investment 176,019 tỷ and recurrent "228, 763
# triệu đồng" (a slip: doubtful either way), so the total is "less".
G["qb31"] = {
    "money": split("237,71 tỷ đồng", ["171,83 tỷ đồng", "65,88 tỷ đồng"], tag="A")
    + split("404,78 tỷ đồng", ["176,019 tỷ đồng"], tag="B"),
    "counts": [
        C("66 công trình", "công trình"),
        C("1 dự án thành phần", "dự án thành phần"),
        C("10 dự án thành phần", "dự án thành phần"),
    ]
    + pair("2", "7 huyện", "huyện")
    + [
        C("32 xã", "xã", tag="X", opener="trong đó"),
        C("13 xã", "xã", part="X"),
        C("81 thôn", "thôn", tag="Y", opener="trong đó"),
        C("10 thôn", "thôn", part="Y"),
        C("70 công trình", "công trình"),
        C("1 dự án thành phần", "dự án thành phần"),
        C("10 dự án thành phần", "dự án thành phần"),
    ],
}
SLIP = "a figure with a comma and a space inside it ('228, 763 triệu đồng')"
doubt_money("qb31", "228, 763 triệu đồng", 228_763 * TRIEU, SLIP + " (read as 228.763 triệu)")
doubt_money("qb31", "763 triệu đồng", 763 * TRIEU, SLIP + " (its last group alone)")

# qb32: a national radio's search page (2023): over 1.700 tỷ "trong đó" investment 873 and recurrent 829 tỷ
# (1.702 tỷ: "more" than the total as written); 3 programmes.
G["qb32"] = {
    "money": split("1.700 tỷ đồng", ["873 tỷ đồng", "829 tỷ đồng"], q="over"),
    "counts": [C("3 Chương trình", "chương trình")],
}

# qb33: a farmers' paper (2025): a caption's 50 tỷ; 150 tỷ for 4 provinces, "Theo đó" four sums (adds up); so far
# 275 tỷ for 4 provinces, "Trong đó" four sums (adds up).
G["qb33"] = {
    "money": [M("50 tỷ đồng", TY)]
    + split("150 tỷ đồng", ["50 tỷ đồng", "40 tỷ đồng", "30 tỷ đồng", "30 tỷ đồng"], tag="A", opener="theo đó")
    + split("275 tỷ đồng", ["60 tỷ đồng", "90 tỷ đồng", "75 tỷ đồng", "50 tỷ đồng"], tag="B"),
    "counts": [C("4 tỉnh", "tỉnh"), C("4 tỉnh", "tỉnh")],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "qb", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
