"""Gold for tests/judged_holdout30, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout30/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref (`refs` for several). Convention
for the number: 'vn'.
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
TRIEU_TY = 10**15
M, R, C, L = ann.M, ann.R, ann.C, ann.L
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount); counts: plain, multiplier ("12,6 triệu lượt"),
# pair ("8/19 xã"), range-first (the lower end of "12-13 triệu lượt").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


def usd(text, mult=TY, **kw):
    """An amount in USD (tỷ USD unless told)."""
    return M(text, mult, cur="USD", **kw)


def rank(doc, first, second, unit, where):
    """A rank written as a pair ("thứ 6/63 tỉnh"): either number read as a count is accepted."""
    why = f"a rank written as a pair ('{where}')"
    doubt_count(doc, first, int(first), unit, why + ", its place")
    doubt_count(doc, second, int(second.split()[0]), unit, why + ", the number ranked")


# qd01: a provincial paper (2023): nine months' FDI by partner (no total stated), by province; Nghệ An's new
# capital over 1,015 tỷ USD and added capital 256,79 triệu USD, then "Tổng cộng ... hơn 1,272 tỷ USD" (a total
# after its parts, less); counts of partners, provinces and projects; ranks "thứ 4/63", "thứ 6/63" and "2 bậc"
# are doubtful; "gấp 2,46 lần" a multiplier.
G["qd01"] = {
    "money": [
        usd("3,98 tỷ USD", q="over"),
        usd("2,92 tỷ USD"),
        usd("2,9 tỷ USD", q="approx"),
        usd("2,53 tỷ USD", q="approx"),
        usd("2,21 tỷ USD", q="approx"),
        usd("1,955 tỷ USD", q="over"),
        usd("1,763 tỷ USD", q="over"),
        usd("1,382 tỷ USD", q="over"),
        usd("1,015 tỷ USD", q="over", part="T"),
        usd("256,79 triệu USD", TRIEU, part="T"),
        usd("1,272 tỷ USD", q="over", tag="T", opener="tổng cộng"),
    ],
    "counts": [
        C("102 quốc gia", "quốc gia"),
        C("54 tỉnh", "tỉnh"),
        C("14 dự án", "dự án"),
        C("7 dự án", "dự án"),
    ],
}
rank("qd01", "4", "63 tỉnh", "tỉnh", "đứng thứ 4/63 tỉnh, thành")
rank("qd01", "6", "63 tỉnh", "tỉnh", "xếp thứ 6/63 tỉnh, thành")
doubt_count("qd01", "2 bậc", 2, "bậc", "a change of rank ('vươn lên 2 bậc')")

# qd02: a national paper (2025): July and seven months' exports with their rises; the five largest provinces'
# July figures (no total of them) and their seven months' sum; "34 đơn vị hành chính cấp tỉnh, bao gồm 28 tỉnh
# và 6 thành phố" are counts of different nouns (no parts, the contract's rule); "top 5 tỉnh" is doubtful.
G["qd02"] = {
    "money": [
        usd("42,29 tỷ USD"),
        usd("2,76 tỷ USD"),
        usd("262,46 tỷ USD"),
        usd("33,92 tỷ USD"),
        usd("8,68 tỷ USD", q="approx"),
        usd("7,81 tỷ USD"),
        usd("870 triệu USD", TRIEU, q="approx"),
        usd("4,15 tỷ USD"),
        usd("3,22 tỷ USD"),
        usd("3,18 tỷ USD"),
        usd("165,66 tỷ USD"),
    ],
    "counts": [
        C("34 đơn vị", "đơn vị"),
        C("28 tỉnh", "tỉnh"),
        C("6 thành phố", "thành phố"),
        C("5 địa phương", "địa phương"),
    ],
}
doubt_count("qd02", "5 tỉnh", 5, "tỉnh", "a ranking's size ('trong top 5 tỉnh, thành phố')")

# qd03: a city paper (2026): December exports 44,05 tỷ USD "Trong đó" the electronics group's 10,74 tỷ (less);
# a threshold "10 tỷ USD/tháng" (a rate); the group's year 107,75 tỷ USD and, in a later paragraph, its
# exports to the US and China (parts, less; opener "nhóm hàng này"); rises are amounts.
G["qd03"] = {
    "money": [
        usd("44,05 tỷ USD", tag="D", opener="trong đó"),
        usd("4,94 tỷ USD"),
        usd("10 tỷ USD/tháng", per="tháng", shape="rate"),
        usd("10,74 tỷ USD", part="D"),
        usd("107,75 tỷ USD", tag="Y", opener="nhóm hàng này"),
        usd("35,15 tỷ USD"),
        usd("42,09 tỷ USD", part="Y"),
        usd("18,88 tỷ USD"),
        usd("16,89 tỷ USD", part="Y"),
        usd("4,24 tỷ USD"),
    ],
}

# qd04: a provincial paper (2022): October exports 77,52 triệu USD "Trong đó" domestic firms, and in the next
# paragraph foreign-invested firms (adds up); ten months' exports; October imports.
G["qd04"] = {
    "money": [
        usd("77,52 triệu USD", TRIEU, tag="T", opener="trong đó"),
        usd("48,06 triệu USD", TRIEU, part="T"),
        usd("29,46 triệu USD", TRIEU, part="T"),
        usd("731,2 triệu USD", TRIEU),
        usd("14,84 triệu USD", TRIEU),
    ],
}

# qd05: a provincial paper (2023): half-year revenue about 44.123 tỷ "Trong đó" oil and gas, trade duties and
# domestic revenue (less), the last "trong đó" the local share (less, nested).
G["qd05"] = {
    "money": [
        M("44.123 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("16.450 tỷ đồng", TY, part="T"),
        M("8.542,5 tỷ đồng", TY, part="T"),
        M("19.130 tỷ đồng", TY, part="T", tag="N", opener="trong đó"),
        M("10.302,5 tỷ đồng", TY, q="approx", part="N"),
    ],
}

# qd06: an industrial-parks portal (2018): headline over 933 tỷ; "52,08 triệu USD và 933,88 tỷ đồng" (FDI and
# domestic totals), split in the next sentences: FDI new 43,18 and added 8,9 triệu USD (adds up), domestic new
# 61,9 and added 871,98 tỷ (adds up); "05 dự án ... trong đó có 03 ... và 02" (adds up); "08 lượt dự án ...
# gồm: ... 03 lượt dự án" (less; the "01 dự án FDI" counts another noun); "316 dự án ... trong đó có 184 ... và
# 132" (adds up).
G["qd06"] = {
    "money": [
        M("933 tỷ đồng", TY, q="over"),
        usd("52,08 triệu USD", TRIEU, tag="F", opener="next sentence"),
        M("933,88 tỷ đồng", TY, tag="V", opener="next sentence"),
        usd("43,18 triệu USD", TRIEU, part="F"),
        M("61,9 tỷ đồng", TY, part="V"),
        M("871,98 tỷ đồng", TY, part="V"),
        usd("8,9 triệu USD", TRIEU, part="F"),
        usd("2.439 triệu USD", TRIEU),
        M("24.623,56 tỷ đồng", TY),
    ],
    "counts": [
        C("05 dự án", "dự án", tag="P", opener="trong đó"),
        C("03 dự án", "dự án", part="P"),
        C("02 dự án", "dự án", part="P"),
        C("08 lượt", "lượt", tag="L", opener="gồm"),
        C("03 lượt", "lượt", part="L"),
        C("01 dự án", "dự án"),
        C("316 dự án", "dự án", tag="E", opener="trong đó"),
        C("184 dự án", "dự án", part="E"),
        C("132 dự án", "dự án", part="E"),
    ],
}

# qd07: a provincial paper (2023): January industrial output 60,2 ngàn tỷ "Trong đó" output without crude oil
# and gas 43,2 ngàn tỷ (less).
G["qd07"] = {
    "money": [
        M("60,2 ngàn tỷ đồng", NGHIN_TY, tag="T", opener="trong đó"),
        M("43,2 ngàn tỷ đồng", NGHIN_TY, part="T"),
    ],
}

# qd08: a provincial paper (2019): cars in the quarter's retail; March's total; the quarter's total about 9 nghìn
# tỷ, and in a later paragraph "Nếu phân theo ngành kinh tế" travel agencies' 6,7 tỷ (a part, less; the other
# sectors are shares).
G["qd08"] = {
    "money": [
        M("756 tỷ đồng", TY),
        M("2.943 tỷ đồng", TY),
        M("9 nghìn tỷ đồng", NGHIN_TY, q="approx", tag="Q", opener="phân theo"),
        M("6,7 tỷ đồng", TY, part="Q"),
    ],
}

# qd09: a news site (2025): fruit exports in half a month (twice), last year's, seafood and wood; September's and
# nine months'. No breakdown.
G["qd09"] = {
    "money": [
        usd("650 triệu USD", TRIEU, q="approx"),
        usd("460 triệu USD", TRIEU),
        usd("650 triệu USD", TRIEU, q="approx"),
        usd("431 triệu USD", TRIEU, q="approx"),
        usd("607 triệu USD", TRIEU, q="approx"),
        usd("1,3 tỷ USD", q="approx"),
        usd("6,1 tỷ USD", q="over"),
    ],
}

# qd10: a culture paper (2025): wood exports 17,2 tỉ USD (headline, body) "trong đó" the US and Japan (less).
G["qd10"] = {
    "money": [
        usd("17,2 tỉ USD"),
        usd("17,2 tỉ USD", tag="T", opener="trong đó"),
        usd("9,4 tỉ USD", part="T"),
        usd("2,15 tỉ USD", part="T"),
    ],
}

# qd11: a blog's copy of a provincial paper (2019): 216 poor households (headline, body) "Trong đó" 105 and 111
# (adds up); over 2,8 tỷ; three rates per household ("14 triệu đồng/ hộ" with a blank); a provincial decision
# signed "Ngày 2-10" written before it (no issue date), a Prime Minister's decision written "48/2014/QĐ- TTg"
# (a blank after the dash) and "1010/QĐ-TTg" three times, each with its date; the link's numbers are no facts.
G["qd11"] = {
    "money": [
        M("2,8 tỷ đồng", TY, q="over"),
        R("16 triệu đồng/hộ", TRIEU, per="hộ"),
        R("14 triệu đồng/ hộ", TRIEU, per="hộ"),
        R("12 triệu đồng/ hộ", TRIEU, per="hộ"),
    ],
    "counts": [
        C("216 hộ", "hộ"),
        C("216 hộ", "hộ", tag="T", opener="trong đó"),
        C("105 hộ", "hộ", part="T"),
        C("111 hộ", "hộ", part="T"),
    ],
    "legal_refs": [
        L("3974/QĐ-UBND", "3974/QĐ-UBND", "Quyết định"),
        L("48/2014/QĐ- TTg", "48/2014/QĐ-TTg", "Quyết định", "2014-08-28"),
    ]
    + refs(
        ("1010/QĐ-TTg", "Quyết định", "2018-08-10"),
        ("1010/QĐ-TTg", "Quyết định", "2018-08-10"),
        ("1010/QĐ-TTg", "Quyết định", "2018-08-10"),
    ),
}

# qd12: a trade union's page (2020): a Government resolution and a Prime Minister's decision with their dates,
# the resolution again without; "COVID-19" is a name.
G["qd12"] = {
    "legal_refs": refs(
        ("42/NQ-CP", "Nghị quyết", "2020-04-09"),
        ("15/2020/QĐ-TTg", "Quyết định", "2020-04-24"),
        ("42/NQ-CP", "Nghị quyết", None),
    ),
}

# qd13: a provincial paper (2024): a district's nine months: output near 17.000 tỷ (its sectors as rises only),
# compensation over 52 tỷ, revenue; counts of products, plans and projects; "2,267 lượt xem" (a view counter)
# is doubtful; "3 sao" a rating, "50km" a measure, "9 tháng" and "3 tháng" durations.
G["qd13"] = {
    "money": [
        M("17.000 tỷ đồng", TY, q="approx"),
        M("52 tỷ đồng", TY, q="over"),
        M("249,41 tỷ đồng", TY),
    ],
    "counts": [
        C("11 sản phẩm", "sản phẩm"),
        C("23 phương án", "phương án"),
        C("12 dự án", "dự án"),
    ],
}
doubt_count("qd13", "2,267 lượt", 2267, "lượt", "the page's view counter ('2,267 lượt xem')")

# qd14: a national paper's topic page (2023): over 92 nghìn tỷ (heading) and 92.057,861 tỷ; a resolution of the
# Standing Committee signed "ngày 22/5" written before it (no issue date); "3 chương trình".
G["qd14"] = {
    "money": [
        M("92 nghìn tỷ đồng", NGHIN_TY, q="over"),
        M("92.057,861 tỷ đồng", TY),
    ],
    "counts": [C("3 chương trình", "chương trình")],
    "legal_refs": refs(("517/NQ-UBTVQH15", "Nghị quyết", None)),
}

# qd15: a provincial paper (2024): a district's half-year: industry and services output, revenue (each over);
# "8 sản phẩm"; a herd "hơn 15 nghìn con" (count of `con`, a multiplier); tonnes are a measure, "Kỳ họp thứ 17"
# an ordinal.
G["qd15"] = {
    "money": [
        M("466 tỷ đồng", TY, q="over"),
        M("367 tỷ đồng", TY, q="over"),
        M("36 tỷ đồng", TY, q="over"),
    ],
    "counts": [
        C("15 nghìn con", "con", mult=NGHIN, shape="multiplier", q="over"),
        C("8 sản phẩm", "sản phẩm"),
    ],
}

# qd16: a provincial paper (2024): a district's revenue; new firms' capital; household businesses' capital;
# counts of firms, cooperatives, certificates, households; "8/19 xã" (a pair); hectares are a measure.
G["qd16"] = {
    "money": [
        M("59 tỷ đồng", TY),
        M("1 tỷ đồng", TY),
        M("36,3 tỷ đồng", TY),
    ],
    "counts": [
        C("14 doanh nghiệp", "doanh nghiệp"),
        C("1 hợp tác xã", "hợp tác xã"),
        C("178 giấy chứng nhận", "giấy chứng nhận"),
        C("356 doanh nghiệp", "doanh nghiệp"),
        C("32 hợp tác xã", "hợp tác xã"),
        C("4.300 hộ", "hộ", q="over"),
    ]
    + pair("8", "19 xã", "xã"),
}

# qd17: a news site's topic page: a headline and its lead printed twice (2 tỷ USD four times); pangasius to the
# EU; exports to mid-July, half of July, seven months, the year. No breakdown.
G["qd17"] = {
    "money": [
        usd("2 tỷ USD"),
        usd("2 tỷ USD"),
        usd("2 tỷ USD"),
        usd("2 tỷ USD"),
        usd("14 triệu USD", TRIEU, q="over"),
        usd("942 triệu USD", TRIEU),
        usd("70 triệu USD", TRIEU),
        usd("1 tỷ USD", q="approx"),
        usd("1,8 tỷ USD"),
    ],
}

# qd18: a provincial paper (2023): over 334 tỷ (headline, body) "Trong đó" current spending 171,4 tỷ (its
# bracket: central 149 and provincial 22,2, less) and investment 162,5 tỷ (central 141,3 and provincial 21,2,
# adds up); the two sum to less than the total; credit 30 tỷ is no part (outside the sum); 2022's total.
G["qd18"] = {
    "money": [
        M("334 tỷ đồng", TY, q="over"),
        M("334 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("171,4 tỷ đồng", TY, part="T", tag="S", opener="bracket"),
        M("149 tỷ đồng", TY, part="S"),
        M("22,2 tỷ đồng", TY, part="S"),
        M("162,5 tỷ đồng", TY, part="T", tag="I", opener="bracket"),
        M("141,3 tỷ đồng", TY, part="I"),
        M("21,2 tỷ đồng", TY, part="I"),
        M("30 tỷ đồng", TY),
        M("231,4 tỷ đồng", TY),
    ],
}

# qd19: a farmers' paper (2013): 7 tỷ (headline, body); the fund's total written "360.027 tỷ đồng" and its parts
# "311,755 tỷ", "463 triệu", "27.021 tỷ", "19.037 tỷ" (the writer's '.' read as the contract reads it: grouping
# thousands; the parts sum to less).
G["qd19"] = {
    "money": [
        M("7 tỷ đồng", TY),
        M("7 tỷ đồng", TY),
        M("360.027 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("311,755 tỷ đồng", TY, part="T"),
        M("463 triệu đồng", TRIEU, part="T"),
        M("27.021 tỷ đồng", TY, part="T"),
        M("19.037 tỷ đồng", TY, part="T"),
    ],
}

# qd20: a provincial news site (2024): tourism 2023 and the 2024 targets: visitors (multipliers, two ranges
# "12-13 triệu lượt" and "17-18 triệu lượt"), revenue in nghìn tỷ.
G["qd20"] = {
    "money": [
        M("678 nghìn tỷ đồng", NGHIN_TY),
        M("840 nghìn tỷ đồng", NGHIN_TY, q="approx"),
    ],
    "counts": [
        C("12,6 triệu lượt", "lượt", mult=TRIEU, shape="multiplier"),
        C("12", "lượt", mult=TRIEU, shape="range-first"),
        C("13 triệu lượt", "lượt", mult=TRIEU, shape="multiplier"),
        C("108 triệu lượt", "lượt", mult=TRIEU, shape="multiplier"),
        C("17", "lượt", mult=TRIEU, shape="range-first"),
        C("18 triệu lượt", "lượt", mult=TRIEU, shape="multiplier"),
        C("110 triệu lượt", "lượt", mult=TRIEU, shape="multiplier"),
    ],
}

# qd21: a commodities site (2025): February and two months' exports; five provinces' February figures in
# brackets and their two months' figures (no total of them stated); "5 địa phương" (a count) and "top 5 địa
# phương" in the headline (a ranking's size, doubtful).
G["qd21"] = {
    "money": [
        usd("31,1 tỷ USD"),
        usd("64,2 tỷ USD"),
        usd("3,5 tỷ USD"),
        usd("2,8 tỷ USD"),
        usd("2,49 tỷ USD"),
        usd("2,48 tỷ USD"),
        usd("2,38 tỷ USD"),
        usd("7,05 tỷ USD"),
        usd("5,9 tỷ USD"),
        usd("5,6 tỷ USD"),
        usd("5,3 tỷ USD"),
        usd("5,1 tỷ USD"),
    ],
    "counts": [C("5 địa phương", "địa phương")],
}
doubt_count("qd21", "5 địa phương", 5, "địa phương", "a ranking's size in the headline ('lọt top 5 địa phương')")

# qd22: a provincial paper's infographic (2025): a Government resolution in the heading (no date) and in the body
# with its date; percentages only.
G["qd22"] = {
    "legal_refs": refs(
        ("380/NQ-CP", "Nghị quyết", None),
        ("380/NQ-CP", "Nghị quyết", "2025-11-25"),
    ),
}

# qd23: the State Audit's portal (2025): a Government resolution with its date, the one it replaces ("ban hành
# hồi tháng 2/2025", no day: no issue date); "khoảng 2,8 triệu tỷ đồng" (10^15); the rest percentages.
G["qd23"] = {
    "money": [M("2,8 triệu tỷ đồng", TRIEU_TY, q="approx")],
    "legal_refs": refs(
        ("226/NQ-CP", "Nghị quyết", "2025-08-05"),
        ("25/NQ-CP", "Nghị quyết", None),
    ),
}

# qd24: a news site (2023): two resolutions of the Standing Committee (the date that follows is the date they take
# effect, in another sentence: no issue date); counts of units, "gồm" kinds of units (different nouns: no parts,
# the contract's rule).
G["qd24"] = {
    "counts": [
        C("10 tỉnh", "tỉnh"),
        C("11 đơn vị", "đơn vị"),
        C("7 huyện", "huyện"),
        C("2 thị xã", "thị xã"),
        C("2 thành phố", "thành phố"),
        C("156 đơn vị", "đơn vị"),
        C("110 xã", "xã"),
        C("28 phường", "phường"),
        C("18 thị trấn", "thị trấn"),
        C("8 đơn vị", "đơn vị"),
        C("4 huyện", "huyện"),
        C("2 thị xã", "thị xã"),
        C("2 thành phố", "thành phố"),
        C("126 đơn vị", "đơn vị"),
        C("70 xã", "xã"),
        C("52 phường", "phường"),
        C("4 thị trấn", "thị trấn"),
    ],
    "legal_refs": refs(
        ("721/NQ-UBTVQH15", "Nghị quyết", None),
        ("723/NQ-UBTVQH15", "Nghị quyết", None),
    ),
}

# qd25: an economic paper (2025): electronics and phones by half-month, February; trade 127,07 tỷ USD "Trong đó"
# FDI firms and domestic firms (adds up), their rises 8,03 and 5,54 tỷ parts of the total's rise 13,57 tỷ (adds
# up); imports in the second half of February. "từ 2,21 tỷ USD xuống 2,17 tỷ USD" are two amounts.
G["qd25"] = {
    "money": [
        usd("3,17 tỷ USD"),
        usd("126 triệu USD", TRIEU),
        usd("38,8 triệu USD", TRIEU),
        usd("2,21 tỷ USD"),
        usd("2,17 tỷ USD"),
        usd("6,46 tỷ USD"),
        usd("4,38 tỷ USD"),
        usd("3,94 tỷ USD"),
        usd("127,07 tỷ USD", tag="T", opener="trong đó"),
        usd("13,57 tỷ USD", tag="R", opener="trong đó"),
        usd("86,1 tỷ USD", part="T"),
        usd("8,03 tỷ USD", part="R"),
        usd("40,97 tỷ USD", part="T"),
        usd("5,54 tỷ USD", part="R"),
        usd("15,3 tỷ USD"),
        usd("2,04 tỷ USD"),
    ],
}

# qd26: a finance paper (2024): FDI stock by province (top ten, no total of them), the country's registered near
# 497 tỷ USD "trong đó" implemented 319 tỷ (a part as written, less); by partner (no total); counts of projects
# and industrial parks.
G["qd26"] = {
    "money": [
        usd("58,45 tỷ USD"),
        usd("127 triệu USD", TRIEU),
        usd("42,39 tỷ USD"),
        usd("42,2 tỷ USD", q="approx"),
        usd("37,2 tỷ USD"),
        usd("36,49 tỷ USD"),
        usd("15,65 tỷ USD"),
        usd("15,54 tỷ USD"),
        usd("14,22 tỷ USD"),
        usd("497 tỷ USD", q="approx", tag="T", opener="trong đó"),
        usd("319 tỷ USD", part="T"),
        usd("89,11 tỷ USD"),
        usd("82,3 tỷ USD"),
        usd("77,64 tỷ USD"),
        usd("40,87 tỷ USD"),
    ],
    "counts": [
        C("4.400 dự án", "dự án", q="approx"),
        C("29 khu công nghiệp", "khu công nghiệp"),
        C("41.720 dự án", "dự án"),
    ],
}

# qd27: a district portal (2023): farm output, the building works' year, revenue to October, the year's revenue
# and spending; counts of OCOP products and works ("3 sao", "4 sao" are ratings); hectares a measure.
G["qd27"] = {
    "money": [
        M("1.926 tỷ đồng", TY),
        M("177 tỷ đồng", TY, q="approx"),
        M("278 tỷ đồng", TY, q="approx"),
        M("312 tỷ đồng", TY, q="over"),
        M("577 tỷ đồng", TY, q="over"),
    ],
    "counts": [
        C("10 sản phẩm", "sản phẩm"),
        C("01 sản phẩm", "sản phẩm"),
        C("2 sản phẩm", "sản phẩm"),
        C("73 công trình", "công trình"),
        C("70 công trình", "công trình"),
        C("01 công trình", "công trình"),
    ],
}

# qd28: a business paper's topic page: a headline printed twice (66 tỷ USD, 1.100 dự án); over 37.500 projects and
# near 450 tỷ USD "trong đó" real estate's 1.100 projects and 66,4 tỷ USD (less each); Hà Nội's half-year.
G["qd28"] = {
    "money": [
        usd("66 tỷ USD", q="over"),
        usd("66 tỷ USD", q="over"),
        usd("450 tỷ USD", q="approx", tag="T", opener="trong đó"),
        usd("66,4 tỷ USD", part="T"),
        usd("2.265 triệu USD", TRIEU),
    ],
    "counts": [
        C("1.100 dự án", "dự án"),
        C("1.100 dự án", "dự án"),
        C("37.500 dự án", "dự án", q="over", tag="P", opener="trong đó"),
        C("1.100 dự án", "dự án", part="P"),
    ],
}

# qd29: a provincial television's page (2024): processed goods' exports over 313 tỷ USD; "11 tháng" a duration.
G["qd29"] = {"money": [usd("313 tỷ USD", q="over")]}

# qd30: a provincial news site (2025): Nghệ An's FDI over 1,74 tỷ USD "Trong đó" new, added and bought-in capital
# (they sum to more than the figure written); projects and stakes counted; the stock; three provinces; ranks
# "thứ 8/63" and the "top 10 tỉnh" phrases are doubtful; "3 năm" a duration.
G["qd30"] = {
    "money": [
        usd("1,74 tỷ USD", q="over", tag="T", opener="trong đó"),
        usd("867,8 triệu USD", TRIEU, part="T"),
        usd("881,76 triệu USD", TRIEU, part="T"),
        usd("0,04 triệu USD", TRIEU, part="T"),
        usd("5,68 tỷ USD", q="over"),
        usd("5,12 tỷ USD", q="approx"),
        usd("4,94 tỷ USD", q="over"),
        usd("3,04 tỷ USD", q="over"),
    ],
    "counts": [
        C("19 dự án", "dự án"),
        C("14 dự án", "dự án"),
        C("2 lượt", "lượt"),
        C("169 dự án", "dự án"),
        C("56 tỉnh", "tỉnh"),
    ],
}
rank("qd30", "8", "63 tỉnh", "tỉnh", "đứng thứ 8/63 tỉnh, thành")
doubt_count("qd30", "10 tỉnh", 10, "tỉnh", "a ranking's size ('lọt vào top 10 tỉnh thành', twice)")

# qd31: a provincial department's portal (2019): a ministry's circular signed on a date written before it (no issue
# date) and the four circulars it replaces, each with its date (written "ngày 04 tháng 9 năm 2014"); the date it
# takes effect is no issue date; articles and clauses ("Khoản 4 Điều 37") are no facts; the view counter "Số lượt
# người xem: 89" is doubtful.
G["qd31"] = {
    "legal_refs": refs(
        ("21/2019/TT-BNNPTNT", "Thông tư", None),
        ("28/2014/TT-BNNPTNT", "Thông tư", "2014-09-04"),
        ("42/2015/TT-BNNPTNT", "Thông tư", "2015-11-16"),
        ("01/2017/TT-BNNPTNT", "Thông tư", "2017-01-16"),
        ("02/2019/TT-BNNPTNT", "Thông tư", "2019-02-11"),
    ),
}
doubt_count("qd31", "89", 89, "lượt", "the page's view counter ('Số lượt người xem: 89')")

# qd32: a ministry department's portal (2024): a minister's directive signed "Ngày 15/03/2024" written before it
# (no issue date), then cited again; the view counter "Lượt xem 994" is doubtful.
G["qd32"] = {
    "legal_refs": refs(
        ("1900/CT-BNN-BVTV", "Chỉ thị", None),
        ("1900/CT-BNN-BVTV", "Chỉ thị", None),
    ),
}
doubt_count("qd32", "994", 994, "lượt", "the page's view counter ('Lượt xem 994')")

# qd33: a business portal (2008): a paragraph printed twice: a ministry's circular (no date; in the second copy
# signed "Ngày 15/5/2008" written before it), the circular it amends and a Prime Minister's decision, each with its
# date (the decision's glued to "của": "16/10/2007của"); in the second copy the decision is written with the
# look-alike 'Ð' (U+00D0), doubtful; "5 ngày" is a duration.
G["qd33"] = {
    "legal_refs": refs(
        ("60/2008/TT-BNN", "Thông tư", None),
        ("92/2007/TT-BNN", "Thông tư", "2007-11-19"),
        ("1405/QĐ-TTg", "Quyết định", "2007-10-16"),
        ("60/2008/TT-BNN", "Thông tư", None),
        ("92/2007/TT-BNN", "Thông tư", "2007-11-19"),
    ),
}
ETH = "a symbol written with the look-alike 'Ð' (U+00D0) for 'Đ'"
LOOKALIKE = "1405/Q\u00d0-TTg"
doubt("qd33", "legal_refs", L(LOOKALIKE, "1405/QĐ-TTg", "Quyết định", "2007-10-16"), ETH + " (read with 'Đ')")
doubt("qd33", "legal_refs", L(LOOKALIKE, LOOKALIKE, "Quyết định", "2007-10-16"), ETH + " (read as written)")

# qd34: a city portal (2025): a Politburo resolution (a party symbol, no date), two Government resolutions and a
# National Assembly resolution with their dates, the last cited again without; counts of groups, laws, resolutions,
# agreements and decrees; "(1)" ... "(5)" are an enumeration, "40 năm" a duration.
G["qd34"] = {
    "counts": [
        C("5 nhóm", "nhóm"),
        C("60 luật", "luật", q="approx"),
        C("40 nghị quyết", "nghị quyết", q="over"),
        C("17 hiệp định", "hiệp định"),
        C("1.000 nghị định", "nghị định", q="approx"),
    ],
    "legal_refs": refs(
        ("68-NQ/TW", "Nghị quyết", None),
        ("138/NQ-CP", "Nghị quyết", "2025-05-16"),
        ("198/2025/QH15", "Nghị quyết", "2025-05-17"),
        ("139/NQ-CP", "Nghị quyết", "2025-05-17"),
        ("198/2025/QH15", "Nghị quyết", None),
    ),
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "qd", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
