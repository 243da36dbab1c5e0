"""Gold for tests/judged_holdout25, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout25/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand, W(...) an amount in words, R(...) a rate, C(...)
count, L(...) legal_ref (`refs` for several). Convention for the number: 'vn'.
"""

import importlib.util
import pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

NGHIN, TRIEU, TY = ann.NGHIN, ann.TRIEU, ann.TY
M, V, W, R, C, L = ann.M, ann.V, ann.W, ann.R, ann.C, ann.L
rng = ann.rng
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several),
# range-first (the lower end of a range, sharing the upper end's unit), words (an amount in words);
# counts: plain, multiplier ("7 triệu con"), pair ("16/17 chỉ tiêu"), range-first ("1-2 sản phẩm").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


def words_rate(text, value, per):
    """An amount in words with the unit of a rate after a slash ("một triệu đồng/người")."""
    return ann.money(text, Decimal(value), "VND", "words", None, per, None, None, None, None)


# l01: a provincial department's page on poverty (2022): a plan with its date; poor and near-poor
# households, each "trong đó" the households of ethnic-minority areas (less); the rises stand alone.
G["l01"] = {
    "counts": [
        C("10.689 hộ", "hộ", tag="P", opener="trong đó"),
        C("137 hộ", "hộ"),
        C("3.373 hộ", "hộ", part="P"),
        C("14.994 hộ", "hộ", tag="N", opener="trong đó"),
        C("251 hộ", "hộ"),
        C("3.508 hộ", "hộ", part="N"),
    ],
    "legal_refs": refs(("3341/KH-UBND", "Kế hoạch", "2022-10-06")),
}

# l02: a commune's poverty survey (2023): two plans, two decisions and a notice; the second decision's
# symbol has a space after its dash (the code without it); "Lượt xem: 65" is page furniture.
G["l02"] = {
    "counts": [C("08 thôn", "thôn")],
    "legal_refs": refs(
        ("259/KH-UBND", "Kế hoạch", "2023-08-31"),
        ("84/KH-UBND", "Kế hoạch", "2023-09-11"),
        ("110/QĐ-UBND", "Quyết định", "2023-09-11"),
    )
    + [L("01/QĐ- BCĐ", "01/QĐ-BCĐ", "Quyết định", "2023-09-15")]
    + refs(("01/TB-BCĐ", "Thông báo", None)),
}

# l03: a commune's pupils (2022): 1.492 "em học sinh" "Trong đó" kindergarten, primary and lower
# secondary (adds up; "em" is the classifier of the pupils, so "175 em" and "793 học sinh" are parts);
# the 60 children of a kindergarten age group stand alone; ages ("4 tuổi") and grades ("lớp 1") are no counts.
G["l03"] = {
    "counts": [
        C("1.492 em", "em học sinh", tag="H", opener="trong đó"),
        C("175 em", "em", part="H"),
        C("2 lớp", "lớp"),
        C("60 em", "em"),
        C("4 lớp", "lớp"),
        C("793 học sinh", "học sinh", part="H"),
        C("524 em", "em học sinh", part="H"),
    ],
}

# l04: a district's schools (2017-2018): units, a centre, classes, pupils over; 37 schools of the national
# standard in a bracket by level (adds up); "gồm 1.417 lớp học" counts another noun (no breakdown).
G["l04"] = {
    "counts": [
        C("78 đơn vị", "đơn vị"),
        C("1 trung tâm", "trung tâm"),
        C("1.417 lớp", "lớp học"),
        C("44.000 học sinh", "học sinh", q="over"),
        C("37 trường", "trường học", tag="S", opener="bracket"),
        C("13 trường", "trường", part="S"),
        C("12 trường", "trường", part="S"),
        C("12 trường", "trường", part="S"),
    ],
}

# l05: a district council's session (2022): 16/17 targets; revenue over 797 tỷ "trong đó" domestic revenue
# (less); spending; gardens and communes; poor households (headline and body). Hectares and tonnes are measures.
G["l05"] = {
    "money": [
        M("797 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("38 tỷ đồng", TY, part="T"),
        M("797 tỷ đồng", TY, q="over"),
        M("3,2 tỷ đồng", TY),
    ],
    "counts": [C("378 hộ", "hộ")]
    + pair("16", "17 chỉ tiêu", "chỉ tiêu")
    + [C("11 vườn", "vườn"), C("10 xã", "xã"), C("378 hộ", "hộ"), C("3.204 hộ", "hộ")],
}

# l06: a district's nine months (2023): "Trong đó," opens a list of results, not a breakdown of a figure;
# output over 4,6 nghìn tỷ; revenue; "41,8 nghìn ha" a measure; 3 programmes.
G["l06"] = {
    "money": [M("4,6 nghìn tỷ đồng", NGHIN * TY, q="over"), M("20,8 tỷ đồng", TY)],
    "counts": [C("3 chương trình", "chương trình")],
}

# l07: a farmers' association's fund (2016): over 50 projects (headline); 35 projects with a compound amount
# (read by hand) for 442 households; 05 projects, 1,5 tỷ, 50 households.
G["l07"] = {
    "money": [V("12 tỷ 400 triệu đồng", 12_400_000_000), M("1,5 tỷ đồng", TY)],
    "counts": [
        C("50 dự án", "dự án", q="over"),
        C("35 dự án", "dự án"),
        C("442 hộ", "hộ"),
        C("05 dự án", "dự án"),
        C("50 hộ", "hộ"),
    ],
}

# l08: a ministry's submission (2010) on a legal-data page: its own symbol on the "Số:" line (the date in
# another cell: no issue date; a submission by its symbol); a Prime Minister's decision with its date.
# Hectares and tonnes are measures; "Điều 6" an article.
G["l08"] = {
    "legal_refs": refs(("3696/TTr-BNN-CB", "Tờ trình", None), ("481/QĐ-TTg", "Quyết định", "2010-04-13")),
}

# l09: a provincial Front's housing allocation (2024): 55.820.000.000đ restated in words, "cụ thể" its first
# item 11.060.000.000đ (less), which "gồm" nine districts' sums (adds up); 1.420 households, the first item's
# 301 households (less) and the nine districts' households (adds up); the houses by kind count another
# noun; a party directive written "Chi thị" (Chỉ thị); a decision written "4845/QĐUBND" without its dash
# (doubtful); "1 tầng", "2 tầng" (storeys of a house) are doubtful.
G["l09"] = {
    "money": [
        M("55.820.000.000đ", tag="T", opener="cụ thể"),
        W("Năm mươi lăm tỷ tám trăm hai mươi triệu đồng", 55_820_000_000, restates="T"),
        M("11.060.000.000đ", part="T", tag="K", opener="gồm"),
    ]
    + [
        M(f"{n} triệu đồng", TRIEU, part="K")
        for n in ("230", "350", "1.170", "290", "1.270", "90", "3.340", "3.870", "450")
    ],
    "counts": [
        C("1.420 hộ", "hộ gia đình", tag="H", opener="cụ thể"),
        C("301 hộ", "hộ", part="H", tag="P", opener="gồm"),
        C("209 nhà", "nhà"),
        C("89 nhà", "nhà"),
        C("03 nhà", "nhà"),
    ]
    + [C(f"{n} hộ", "hộ", part="P") for n in ("6", "9", "30", "8", "38", "03", "88", "107", "12")],
    "legal_refs": [L("22-CT/TU", "22-CT/TU", "Chỉ thị", "2024-03-30")],
}
doubt(
    "l09",
    "legal_refs",
    L("4845/QĐUBND", "4845/QĐ-UBND", "Quyết định", "2021-12-01"),
    "a symbol written without the dash between type and issuer",
)
STOREY = "the storeys of a house ('nhà xây 1 tầng'), a measure rather than a count"
doubt_count("l09", "1 tầng", 1, "tầng", STOREY)
doubt_count("l09", "2 tầng", 2, "tầng", STOREY)

# l10: a provincial Front's Covid donations (2020): near 14 tỷ (headline and body) "Trong đó" three levels
# (less; a stray bracket before the second); over 6 tỷ spent; a resolution with its date written with dots.
G["l10"] = {
    "money": [
        M("14 tỷ đồng", TY, q="approx"),
        M("14 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("6,63 tỷ đồng", TY, part="T"),
        M("4,364 tỷ đồng", TY, part="T"),
        M("2,979 tỷ đồng", TY, part="T"),
        M("6 tỷ đồng", TY, q="over"),
    ],
    "legal_refs": refs(("42/NQ-CP", "Nghị quyết", "2020-04-09")),
}

# l11: a district Front's year (2024): gifts and their worth, the fund for the poor, houses; forums, dialogues
# and participants; "Nghị quyết số 13" has no symbol (no reference).
G["l11"] = {
    "money": [
        M("500 triệu đồng", TRIEU, q="over"),
        M("13,2 tỷ đồng", TY),
        M("1,2 tỷ đồng", TY, q="approx"),
        M("508 triệu đồng", TRIEU),
    ],
    "counts": [
        C("30.630 suất", "suất"),
        C("3 hộ", "hộ"),
        C("300 suất", "suất"),
        C("10 hộ", "hộ"),
        C("34 nhà", "nhà"),
        C("74 nhà", "nhà"),
        C("20 diễn đàn", "diễn đàn"),
        C("1.728 lượt", "lượt"),
        C("18 cuộc", "cuộc"),
        C("1.408 lượt", "lượt"),
        C("23 hội nghị", "hội nghị"),
        C("28 tập thể", "tập thể"),
    ],
}

# l12: a provincial Red Cross (gifts): 18.796 gifts (headline and body) for two groups of households (another
# noun: no breakdown); worth over 4,5 tỷ; blood donors and units; near 8,2 tỷ.
G["l12"] = {
    "money": [M("4,5 tỷ đồng", TY, q="over"), M("8,2 tỷ đồng", TY, q="approx")],
    "counts": [
        C("18.796 suất", "suất"),
        C("18.796 suất", "suất"),
        C("17.269 hộ", "hộ"),
        C("1.527 hộ", "hộ"),
        C("2.176 người", "người"),
        C("1.769 đơn vị", "đơn vị"),
    ],
}

# l13: a provincial Red Cross's storm gifts (2025): 70 gifts "gồm" three communes' (adds up), each worth
# 1 triệu, 70 triệu in all; "cơn bão số 10" a storm's name; "{title}" page furniture.
G["l13"] = {
    "money": [M("1 triệu đồng", TRIEU, shape="each"), M("70 triệu đồng", TRIEU)],
    "counts": [
        C("70 suất", "suất", tag="S", opener="gồm"),
        C("20 suất", "suất", part="S"),
        C("20 suất", "suất", part="S"),
        C("30 suất", "suất", part="S"),
    ],
}

# l14: two district Red Cross gift days (2024): gifts at a rate per gift, households, pupils, the totals;
# "Sáng 1-3" a date; "1 tấn" a measure.
G["l14"] = {
    "money": [
        R("350.000 đồng/suất", per="suất"),
        R("50.000 đồng/suất", per="suất"),
        M("85 triệu đồng", TRIEU),
        R("200.000 đồng/suất", per="suất"),
        M("20 triệu đồng", TRIEU),
    ],
    "counts": [
        C("200 suất", "suất"),
        C("200 hộ", "hộ"),
        C("300 suất", "suất"),
        C("300 học sinh", "học sinh"),
        C("100 suất", "suất"),
        C("100 hộ", "hộ"),
        C("3 làng", "làng"),
        C("3 làng", "làng"),
    ],
}

# l15: a women's union's house (2020): a house worth over 100 triệu "Trong đó" two contributions (less);
# 10 gifts at a rate in "ngàn"; "60m2" a measure, "1981" a year.
G["l15"] = {
    "money": [
        M("10 triệu đồng", TRIEU),
        M("100 triệu đồng", TRIEU, q="over", tag="T", opener="trong đó"),
        M("10 triệu đồng", TRIEU, part="T"),
        M("10 triệu đồng", TRIEU, part="T"),
        R("500 ngàn đồng/suất", NGHIN, per="suất"),
    ],
    "counts": [C("10 suất", "suất")],
}

# l16: a provincial Red Cross (gifts, wheelchairs, houses, check-ups, blood units); tonnes of rice are measures.
G["l16"] = {
    "money": [M("15,7 tỷ đồng", TY, q="over"), M("450 triệu đồng", TRIEU, q="approx")],
    "counts": [
        C("800 suất", "suất", q="approx"),
        C("10 xe lăn", "xe lăn"),
        C("2 căn", "căn"),
        C("500 người", "người", q="approx"),
        C("3.000 đơn vị", "đơn vị", q="over"),
    ],
}

# l17: a province's OCOP products (2020): "Trong số 11 sản phẩm" one of 4 stars and ten of 3 (adds up), and
# again in the body after "Trong đó" (adds up); the ten products' "gồm" lists names; stars are ratings; the
# decision without a date.
G["l17"] = {
    "counts": [
        C("11 sản phẩm", "sản phẩm", tag="A", opener="trong số"),
        C("1 sản phẩm", "sản phẩm", part="A"),
        C("10 sản phẩm", "sản phẩm", part="A"),
        C("11 sản phẩm", "sản phẩm", tag="B", opener="trong đó"),
        C("1 sản phẩm", "sản phẩm", part="B"),
        C("10 sản phẩm", "sản phẩm", part="B"),
        C("10 sản phẩm", "sản phẩm"),
    ],
    "legal_refs": refs(("2919/QĐ-UBND", "Quyết định", None)),
}

# l18: a district's co-operatives (2014): 45 (headline), 54 with members and capital near 72 tỷ; average
# turnover; five co-operatives' turnover after a colon each (no total); profit shares per member.
G["l18"] = {
    "money": [
        M("72 tỷ đồng", TY, q="approx"),
        M("1.178 triệu đồng", TRIEU),
        M("11 tỷ đồng", TY),
        M("3,1 tỷ đồng", TY),
        M("4,4 tỷ đồng", TY),
        M("2,8 tỷ đồng", TY),
        M("673 triệu đồng", TRIEU),
        R("35 triệu đồng/người", TRIEU, per="người"),
        R("3,8 triệu đồng/người", TRIEU, per="người", q="approx"),
    ],
    "counts": [
        C("45 hợp tác xã", "hợp tác xã"),
        C("54 hợp tác xã", "hợp tác xã"),
        C("32.118 thành viên", "thành viên"),
        C("20 HTX", "htx"),
    ],
}

# l19: a commune council's session (2025): a submission without a date; the budget 183.549.000.000 đồng, its
# priorities in brackets (named items, no opener: not linked); "14 giờ 00 phút" a time.
G["l19"] = {
    "money": [
        M("183.549.000.000 đồng"),
        M("94 tỷ đồng", TY, q="over"),
        M("400 triệu đồng", TRIEU),
    ],
    "legal_refs": refs(("70/TTr-UBND", "Tờ trình", None)),
}

# l20: a district's OCOP plans: products, businesses, over 19 products, "1-2 sản phẩm" (a range of counts);
# stars are ratings.
G["l20"] = {
    "counts": [
        C("21 sản phẩm", "sản phẩm"),
        C("13 doanh nghiệp", "doanh nghiệp"),
        C("21 sản phẩm", "sản phẩm"),
        C("19 sản phẩm", "sản phẩm", q="over"),
        C("1", "sản phẩm", shape="range-first"),
        C("2 sản phẩm", "sản phẩm"),
    ],
}

# l21: a provincial department's page (2024): 30 tỷ (headline and body) "cụ thể:" with nothing after it (the
# table is not in the stored copy: no parts); a decision signed on a date written before it (no issue
# date), twice; the council's resolution with its date, twice; "Nghị quyết số 13" in the headline has no symbol.
G["l21"] = {
    "money": [M("30 tỷ đồng", TY), M("30 tỷ đồng", TY)],
    "legal_refs": refs(
        ("698/QĐ-UBND", "Quyết định", None),
        ("13/2023/NQ-HĐND", "Nghị quyết", "2023-09-22"),
        ("13/2023/NQ-HĐND", "Nghị quyết", "2023-09-22"),
        ("698/QĐ-UBND", "Quyết định", None),
    ),
}

# l22: a finance paper (2013): a Prime Minister's decision without a date; six provinces' sums (their total is
# in the headline, outside the excerpt: no links); "bão số 5, số 6" storms' names.
G["l22"] = {
    "money": [M(f"{n} tỷ đồng", TY) for n in ("99,5", "3", "10", "5", "5", "5")],
    "legal_refs": refs(("2037/QĐ-TTg", "Quyết định", None)),
}

# l23: a finance paper (2014): a decision whose symbol carries a year, 20 tỷ; "cơn bão số 2" a storm's name.
G["l23"] = {
    "money": [M("20 tỷ đồng", TY)],
    "legal_refs": refs(("1712/2014/QĐ-TTg", "Quyết định", None)),
}

# l24: a province's livestock (2023): over 7 triệu animals "trong đó" pigs, poultry, buffaloes and cattle, goats
# and sheep (their sum is more than the 7 triệu written); the poultry "trong đó" chickens (less). "con" is the
# classifier counted.
G["l24"] = {
    "counts": [
        C("7 triệu con", "con", mult=TRIEU, shape="multiplier", q="over", tag="T", opener="trong đó"),
        C("400 ngàn con", "con", mult=NGHIN, shape="multiplier", q="approx", part="T"),
        C("6,5 triệu con", "con", mult=TRIEU, shape="multiplier", q="approx", part="T", tag="G", opener="trong đó"),
        C("4,42 triệu con", "con", mult=TRIEU, shape="multiplier", part="G"),
        C("54.352 con", "con", part="T"),
        C("95.208 con", "con", part="T"),
    ],
}

# l25: a district portal's livestock (2017): "Trong đó" with no total figure before it (no links); rises over
# and near; "20 -30 con/hộ" is a ratio (doubtful).
G["l25"] = {
    "counts": [
        C("5.840 con", "con"),
        C("200 con", "con", q="over"),
        C("24.500 con", "con", q="over"),
        C("4.900 con", "con", q="approx"),
    ],
}
RATIO = "animals per household ('từ 20 -30 con/hộ'), a ratio"
doubt_count("l25", "20", 20, "con", RATIO)
doubt_count("l25", "30 con", 30, "con", RATIO)

# l26: an economic paper (2025): over 2.513 tỷ for about 6,28 triệu people; the Prime Minister's decision with
# its date; 2.513.946 triệu đồng; a resolution without a date; the gift per person.
G["l26"] = {
    "money": [
        M("2.513 tỷ đồng", TY, q="over"),
        M("2.513.946 triệu đồng", TRIEU),
        R("400.000 đồng/người", per="người"),
    ],
    "counts": [C("6,28 triệu người", "người", mult=TRIEU, shape="multiplier", q="approx")],
    "legal_refs": refs(("2814/QĐ-TTg", "Quyết định", "2025-12-28"), ("418/NQ-CP", "Nghị quyết", None)),
}

# l27: scholarships (2023): over 500 triệu; 70 scholarships in 10 districts "Trong đó" per district (each,
# no sum written: no links); 4,5 triệu each; 56 more; 549 triệu; "nửa tỉ đồng" (half a billion in words,
# outside the spec's words) is doubtful.
G["l27"] = {
    "money": [
        M("500 triệu đồng", TRIEU, q="over"),
        M("4,5 triệu đồng", TRIEU, shape="each"),
        M("549 triệu đồng", TRIEU),
    ],
    "counts": [
        C("70 suất", "suất"),
        C("10 huyện", "huyện"),
        C("10 học sinh", "học sinh"),
        C("5 suất", "suất"),
        C("56 suất", "suất"),
    ],
}
doubt_money(
    "l27",
    "nửa tỉ đồng",
    500_000_000,
    "half a billion written in words ('Hơn nửa tỉ đồng'), a word the spec does not list",
)

# l28: a district's scholarships (2021): three groups of scholarships and "Trong đó" two kinds (the total they
# belong to is not written: no links); rates per instalment and a range; "đợt 1" an ordinal.
G["l28"] = {
    "money": [
        R("1,2 triệu đồng/đợt", TRIEU, per="đợt"),
        R("1,5 triệu đồng/đợt", TRIEU, per="đợt"),
        R("3 triệu đồng/đợt", TRIEU, per="đợt"),
        R("5 triệu đồng/đợt", TRIEU, per="đợt"),
    ]
    + rng("1,5", "4,8 triệu đồng/đợt", TRIEU, per="đợt")
    + [M("442 triệu đồng", TRIEU)],
    "counts": [
        C("163 suất", "suất"),
        C("114 suất", "suất"),
        C("21 suất", "suất"),
        C("3 cấp", "cấp"),
        C("15 suất", "suất"),
        C("3 suất", "suất"),
    ],
}

# l29: a provincial party paper's scholarships: over 588 triệu "trong đó gồm" rates per pupil (rates are never
# parts: no links); 617 scholarships.
G["l29"] = {
    "money": [M("588 triệu đồng", TRIEU, q="over")]
    + [R(f"{n} đồng/em", per="em") for n in ("50.000", "600.000", "800.000", "1.500.000")],
    "counts": [C("617 suất", "suất")],
}

# l30: the policy bank in a province (2020): debt, its rise, borrowers and groups, local funds; "18 năm" a duration.
G["l30"] = {
    "money": [M("2.749 tỷ đồng", TY), M("251 tỷ đồng", TY), M("43 tỷ đồng", TY)],
    "counts": [C("76.636 hộ", "hộ"), C("2.424 Tổ", "tổ")],
}

# l31: a provincial television's page (2017): organisations, groups, communes, lending; "15 năm" a duration.
G["l31"] = {
    "money": [M("3.853 tỷ đồng", TY)],
    "counts": [C("4 tổ chức", "tổ chức"), C("1.599 tổ", "tổ"), C("91 xã", "xã")],
}

# l32: a legal-data page of a provincial decision (2016): its symbol in the title, twice in "Số hiệu" rows and on
# the "Số:" line (no issue date: the dates stand in other rows); a circular and a decision with their dates.
G["l32"] = {
    "legal_refs": refs(
        ("46/2016/QĐ-UBND", "Quyết định", None),
        ("46/2016/QĐ-UBND", "Quyết định", None),
        ("46/2016/QĐ-UBND", "Quyết định", None),
        ("46/2016/QĐ-UBND", "Quyết định", None),
        ("03/2013/TT-BKHĐT", "Thông tư", "2013-08-07"),
        ("497/QĐ-TTg", "Quyết định", "2013-03-21"),
    ),
}

# l33: flood relief in a province: a range in the headline; sums per household (each); "một triệu
# đồng/người" in words; a sum per pupil; the dead, injured, households and people; tonnes and metres are
# measures; the damage estimated.
G["l33"] = {
    "money": rng("30", "60 triệu đồng", TRIEU)
    + [
        M("60 triệu đồng", TRIEU, shape="each"),
        M("30 triệu đồng", TRIEU, shape="each"),
        M("60 triệu đồng", TRIEU, shape="each"),
        M("30 triệu đồng", TRIEU, shape="each"),
        words_rate("một triệu đồng/người", 1_000_000, "người"),
        R("500.000 đồng/em", per="em"),
        M("5.000 tỷ đồng", TY),
    ],
    "counts": [
        C("15 người", "người"),
        C("20 người", "người"),
        C("30.655 hộ", "hộ"),
        C("115.300 nhân khẩu", "nhân khẩu", q="over"),
    ],
}

# l34: flood relief in a province (2025): a sum for each house (headline and body), a range, sums per
# household, a rent "mỗi tháng" (a rate), a sum per pupil; "hai tháng" in words is a duration.
G["l34"] = {
    "money": [
        M("120 triệu đồng", TRIEU, shape="each"),
        M("120 triệu đồng", TRIEU, shape="each"),
    ]
    + rng("20", "40 triệu đồng", TRIEU)
    + [
        M("5 triệu đồng", TRIEU, shape="each"),
        R("2 triệu đồng", TRIEU, per="tháng"),
        M("500.000 đồng", shape="each"),
    ],
}

# l35: a town's veterans' fund: over 120 triệu for 10 members; a loan range per household; 196 members and
# debt near 2 tỷ; "1-2 %" a percentage, "24 tháng" a duration.
G["l35"] = {
    "money": [M("120 triệu đồng", TRIEU, q="over")]
    + rng("10", "15 triệu đồng", TRIEU)
    + [M("2 tỷ đồng", TY, q="approx")],
    "counts": [C("10 hội viên", "hội viên"), C("196 hội viên", "hội viên")],
}

# l36: a district veterans' congress (2017): delegates, members, poor and near-poor households (no breakdown),
# debt over 42 tỷ for over 1.800 households, houses, over 900 triệu, 21 members of the committee;
# "lần thứ 6" an ordinal, "5 năm" a duration.
G["l36"] = {
    "money": [M("42 tỷ đồng", TY, q="over"), M("900 triệu đồng", TRIEU, q="over")],
    "counts": [
        C("163 đại biểu", "đại biểu"),
        C("2.395 hội viên", "hội viên"),
        C("60 hộ", "hộ"),
        C("55 hộ", "hộ"),
        C("1.800 hộ", "hộ", q="over"),
        C("51 hộ", "hộ"),
        C("44 hộ", "hộ"),
        C("9 hộ", "hộ"),
        C("5 hộ", "hộ"),
        C("22 căn", "căn"),
        C("3 căn", "căn"),
        C("21 ủy viên", "ủy viên"),
    ],
}

# l37: a city portal (2015): 2.485 triệu "bao gồm" two sources (adds up); the same total split again by use
# after "Trong đó" (one breakdown per total: those items stand alone).
G["l37"] = {
    "money": [
        M("2.485 triệu đồng", TRIEU, tag="T", opener="bao gồm"),
        M("1.870 triệu đồng", TRIEU, part="T"),
        M("615 triệu đồng", TRIEU, part="T"),
        M("2.270 triệu đồng", TRIEU),
        M("200 triệu đồng", TRIEU),
        M("15 triệu đồng", TRIEU),
    ],
}

# l38: a provincial Front's storm relief (2015): 120 triệu (headline and body) for 6 houses at a rate per house;
# "cụ thể" three communes' houses and sums (both add up); 77 damaged houses "(trong đó" four communes (adds up);
# damage over 300 triệu; "22 đến 24-5-2015" dates.
G["l38"] = {
    "money": [
        M("120 triệu đồng", TRIEU),
        M("120 triệu đồng", TRIEU, tag="M", opener="cụ thể"),
        R("20 triệu đồng/căn", TRIEU, per="căn"),
        M("60 triệu đồng", TRIEU, part="M"),
        M("40 triệu đồng", TRIEU, part="M"),
        M("20 triệu đồng", TRIEU, part="M"),
        M("300 triệu đồng", TRIEU, q="over"),
    ],
    "counts": [
        C("6 căn", "căn", tag="H", opener="cụ thể"),
        C("3 căn", "căn", part="H"),
        C("2 căn", "căn", part="H"),
        C("1 căn", "căn", part="H"),
        C("77 căn", "căn", tag="D", opener="trong đó"),
        C("42 căn", "căn", part="D"),
        C("20 căn", "căn", part="D"),
        C("9 căn", "căn", part="D"),
        C("6 căn", "căn", part="D"),
    ],
}

# l39: a trade union's house (2016): its worth in figures, restated in words in brackets.
G["l39"] = {
    "money": [
        M("30.650.000đ", tag="R"),
        W("Ba mươi triệu sáu trăm năm mươi nghìn đồng", 30_650_000, restates="R"),
    ],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "l", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
