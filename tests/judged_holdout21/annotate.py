"""Gold for tests/judged_holdout21, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout21/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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

NGHIN, TRIEU, TY, NGHIN_TY = ann.NGHIN, ann.TRIEU, ann.TY, ann.NGHIN_TY
M, V, R, C, L = ann.M, ann.V, ann.R, ann.C, ann.L
rng, kgs = ann.rng, ann.kgs
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count
US = dict(cur="USD")
NO_SYMBOL = "a decision cited by its number alone, no symbol"


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several),
# range-first (the lower end of a range, sharing the upper end's unit), table (a cell under a unit
# stated once for the table); counts: plain, multiplier ("6,139 triệu thành viên"), pair ("41/41").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def per_kg(*items, per="kg"):
    """Prices per kg in text order (see ann.kgs)."""
    return kgs(*items, per=per)


# f01: a commune council's session (2024): "hơn 13 tỷ đồng" (over); "11 Tờ trình" counts `tờ trình`;
# "kỳ họp thứ 15", "(lần 6)" are ordinals; hectares and tonnes are measurements.
G["f01"] = {
    "money": [M("13 tỷ đồng", TY, q="over")],
    "counts": [C("11 Tờ trình", "tờ trình")],
}

# f02: a commune council's session (2024): income a head a year (a rate); "12/19 tiêu chí" a pair; "số
# chỉ tiêu đạt 44/57" (the noun before the pair) is doubtful.
G["f02"] = {
    "money": [R("65,4 triệu đồng/người/năm", TRIEU, per="người/năm")],
    "counts": [C("12", "tiêu chí", shape="pair"), C("19 tiêu chí", "tiêu chí", shape="pair")],
}
doubt_count("f02", "44", 44, "chỉ tiêu", "a pair whose noun stands before it ('số chỉ tiêu đạt 44/57')")
doubt_count("f02", "57", 57, "chỉ tiêu", "a pair whose noun stands before it ('số chỉ tiêu đạt 44/57')")

# f03: a commune council's session (2023): the commune's revenue "322.000 đồng" as written (money, whatever
# the slip); "04 Nghị quyết" counts `nghị quyết`; "4/01" is a date caption, no count.
G["f03"] = {
    "money": [M("322.000 đồng")],
    "counts": [C("04 Nghị quyết", "nghị quyết")],
}

# f04: a commune council's session (2025): "23/25 chỉ tiêu" (headline pair); of "25 chỉ tiêu", 10 (the
# first of the pair "10/25 chỉ tiêu") exceeded and 13 met (less: 23 of 25); the province's 7; "53/53 hộ"
# a pair; income a head a year (a rate; "ước đạt" is no qualifier).
G["f04"] = {
    "money": [R("73,5 triệu đồng/người/năm", TRIEU, per="người/năm")],
    "counts": [
        C("23", "chỉ tiêu", shape="pair"),
        C("25 chỉ tiêu", "chỉ tiêu", shape="pair"),
        C("25 chỉ tiêu", "chỉ tiêu", tag="T", opener="trong tổng số"),
        C("10", "chỉ tiêu", shape="pair", part="T"),
        C("25 chỉ tiêu", "chỉ tiêu", shape="pair"),
        C("13 chỉ tiêu", "chỉ tiêu", part="T"),
        C("7 chỉ tiêu", "chỉ tiêu"),
        C("53", "hộ", shape="pair"),
        C("53 hộ", "hộ", shape="pair"),
    ],
}

# f05: a district's revenue "hơn 2.200 tỷ đồng" in the headline and the lead (over).
G["f05"] = {"money": [M("2.200 tỷ đồng", TY, q="over"), M("2.200 tỷ đồng", TY, q="over")]}

# f06: the Prime Minister's emergency support: 700 tỷ for 4 places, "Cụ thể:" 100, 100, 300, 200 tỷ
# (adds up). "Quyết định số 2485" has a number and no symbol: doubtful.
G["f06"] = {
    "money": [
        M("700 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("100 tỷ đồng", TY, part="T"),
        M("100 tỷ đồng", TY, part="T"),
        M("300 tỷ đồng", TY, part="T"),
        M("200 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("4 địa phương", "địa phương")],
}
doubt("f06", "legal_refs", L("Quyết định số 2485", "2485", "Quyết định"), NO_SYMBOL)

# f07: coffee and pepper prices and falls per kg; "2 tỉnh" a count.
G["f07"] = {
    "money": per_kg("1.400 đồng/kg", "1.000 đồng/kg", "121.700 đồng/kg", "121.500 đồng/kg", "121.200 đồng/kg")
    + per_kg("120.000 đồng/kg", "148.600 đồng/kg", "150.000 đồng/kg", "149.000 đồng/kg", "147.000 đồng/kg")
    + per_kg("1.000 đồng/kg"),
    "counts": [C("2 tỉnh", "tỉnh")],
}

# f08: coffee and pepper prices per kg (one "vượt" a level: over); London robusta in USD a tonne.
G["f08"] = {
    "money": per_kg("110.500 đồng/kg", "3.000 đồng/kg", "111.500 đồng/kg", "3.000 đồng/kg", "111.200 đồng/kg")
    + per_kg("2.800 đồng/kg")
    + [R("110.000 đồng/kg", per="kg", q="over")]
    + [R(t, per="tấn", cur="USD") for t in ("4.219 USD/tấn", "101 USD/tấn", "106 USD/tấn", "4.185 USD/tấn")]
    + per_kg("149.000 đồng/kg", "148.000 đồng/kg", "1.000 đồng/kg", "150.000 đồng/kg", "149.000 đồng/kg")
    + per_kg("150.000 đồng/kg"),
}

# f09: a district portal on the province's new-countryside allocation (2024): headline "gần 3,5 tỷ đồng"
# (approx); 33,430 tỷ "Trong đó" 13.430.000.000 (restated in words) from central funds, divided "cụ thể"
# 4.380, 7.050 and 2.000 triệu (adds up), and, in the next paragraph, 20.000.000.000 (restated in words)
# from the province (adds up). A decision whose date stands before it has no issue date.
G["f09"] = {
    "money": [
        M("3,5 tỷ đồng", TY, q="approx"),
        M("33,430 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("13.430.000.000 đồng", part="T", tag="A", opener="cụ thể"),
        ann.W("Mười ba tỷ, bốn trăm ba mươi triệu đồng", 13_430_000_000, restates="A"),
        M("4.380.000.000 đồng", part="A"),
        M("7.050.000.000 đồng", part="A"),
        M("2.000.000.000 đồng", part="A"),
        M("20.000.000.000 đồng", part="T", tag="B"),
        ann.W("Hai mươi tỷ đồng", 20 * TY, restates="B"),
    ],
    "legal_refs": refs(
        ("1241/QĐ-UBND", "Quyết định", None),
        ("922/QĐ-TTg", "Quyết định", "2022-08-02"),
        ("925/QĐ-TTg", "Quyết định", "2022-08-02"),
        ("924/QĐ-TTg", "Quyết định", "2022-08-02"),
    ),
}

# f10: policy-bank lending in a district (2019): "trên 549 tỷ đồng" (over) "Trong đó" four unions' 137,
# 153, 134 and 102 tỷ (less); 26.428 households; "05 năm" is a duration.
G["f10"] = {
    "money": [
        M("549 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("137 tỷ đồng", TY, part="T"),
        M("153 tỷ đồng", TY, part="T"),
        M("134 tỷ đồng", TY, part="T"),
        M("102 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("26.428 hộ", "hộ")],
}

# f11: a district's policy-bank lending (2020): "trên 42 tỷ đồng" (over), "Tập trung chủ yếu vào" near-poor
# loans "trên 12 tỷ 300 triệu đồng" and clean water "gần 8 tỷ đồng" (less); the middle item "gần 8 đồng"
# (a slip for an amount in tỷ) is doubtful; collections and outstanding loans; "Lượt xem: 27" (a view
# count, its noun before it) is doubtful.
G["f11"] = {
    "money": [
        M("42 tỷ đồng", TY, q="over", tag="T", opener="tập trung chủ yếu vào"),
        V("12 tỷ 300 triệu đồng", 12_300_000_000, q="over", part="T"),
        M("8 tỷ đồng", TY, q="approx", part="T"),
        V("27 tỷ 670 triệu đồng", 27_670_000_000),
        M("304 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("1.340 hộ", "hộ"), C("1.340 lượt", "lượt"), C("200 hộ", "hộ", q="over")],
}
doubt_money("f11", "8 đồng", 8, "a slip: an item of a breakdown in tỷ written 'gần 8 đồng'")
doubt_count("f11", "27", 27, "lượt", "a view count, its noun before it ('Lượt xem: 27')")

# f12: a district's fund for the poor (2022-2023): amounts over, approx ("gần") and plain; houses,
# cases; "khoảng 900 nhà" (approx); "3 cứng" is a name.
G["f12"] = {
    "money": [
        M("357 triệu đồng", TRIEU, q="over"),
        M("160 triệu đồng", TRIEU),
        M("1,2 tỷ đồng", TY),
        M("50 triệu đồng", TRIEU, q="approx"),
    ],
    "counts": [
        C("9 nhà", "nhà"),
        C("156 trường hợp", "trường hợp"),
        C("24 nhà", "nhà"),
        C("900 nhà", "nhà", q="approx"),
    ],
}

# f13: a district's new-countryside capital over ten years: 791,322 tỷ "trong đó:" nine sources with their
# shares (less: 681,322; the province's "2,911 tỷ" beside "14,27%" looks like a slip, read as written);
# "11/11 (100%) xã" (the noun after a bracket) is doubtful; "10 năm" a duration.
G["f13"] = {
    "money": [M("791,322 tỷ đồng", TY, tag="T", opener="trong đó")]
    + [
        M(t, TY, part="T")
        for t in (
            "28,830 tỷ đồng",
            "2,911 tỷ đồng",
            "31,741 tỷ đồng",
            "42,429 tỷ đồng",
            "3,016 tỷ đồng",
            "237,474 tỷ đồng",
            "18,472 tỷ đồng",
            "298,616 tỷ đồng",
            "17,833 tỷ đồng",
        )
    ],
}
doubt_count("f13", "11", 11, "xã", "a pair whose noun stands after a bracket ('11/11 (100%) xã')")
doubt_count("f13", "11", 11, "xã", "a pair whose noun stands after a bracket ('11/11 (100%) xã')")

# f14: a province's new-countryside capital (2011-2020): "trên 90.000 tỷ đồng" "Trong đó" five sources,
# three with "hơn"/"trên" (more: 90.070,7 past the rounded total); "2 đơn vị", "77/121 xã" (a pair);
# telephone numbers are no counts.
G["f14"] = {
    "money": [
        M("90.000 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("4.000 tỷ đồng", TY, q="over", part="T"),
        M("6.926 tỷ đồng", TY, q="over", part="T"),
        M("77.000 tỷ đồng", TY, part="T"),
        M("566,7 tỷ đồng", TY, part="T"),
        M("1.578 tỷ đồng", TY, q="over", part="T"),
    ],
    "counts": [C("2 đơn vị", "đơn vị"), C("77", "xã", shape="pair"), C("121 xã", "xã", shape="pair")],
}

# f15: retail fuel prices a litre (a kg for mazut), each with its cut, "Không cao hơn" (a cap, read as
# the price: no qualifier); the previous round's changes; "0.05S", "180CST 3.5S" are grades.
G["f15"] = {
    "money": [
        R(t, per=t.split("/")[-1])
        for t in (
            "21.290 đồng/lít",
            "509 đồng/lít",
            "22.322 đồng/lít",
            "668 đồng/lít",
            "19.721 đồng/lít",
            "475 đồng/lít",
            "20.922 đồng/lít",
            "194 đồng/lít",
            "15.527 đồng/kg",
            "202 đồng/kg",
            "109 đồng/lít",
            "34 đồng/lít",
            "87 đồng/lít",
            "172 đồng/lít",
            "91 đồng/kg",
        )
    ],
}

# f16: retail fuel prices and cuts a litre (a kg for mazut) at the Tết 2024 round; the gap between two
# grades "1.142 đồng/lít"; a fund's levy of 300 đồng/kg.
G["f16"] = {
    "money": [
        R(t, per=t.split("/")[-1])
        for t in (
            "22.120 đồng/lít",
            "793 đồng/lít",
            "1.142 đồng/lít",
            "23.262 đồng/lít",
            "898 đồng/lít",
            "20.707 đồng/lít",
            "292 đồng/lít",
            "20.588 đồng/lít",
            "335 đồng/lít",
            "15.598 đồng/kg",
            "489 đồng/kg",
            "300 đồng/kg",
        )
    ],
}

# f17: live pig prices and changes per kg by region (ranges of prices and of changes; "khoảng" before a
# range: approx; "trong khoảng" after "dao động" is no qualifier); "hai tỉnh" is a word, no count.
G["f17"] = {
    "money": per_kg(("1.000", "2.000 đồng/kg"), "1.000 đồng/kg", "56.000 đồng/kg", "2.000 đồng/kg")
    + rng("55.000", "56.000 đồng/kg", per="kg", q="approx")
    + per_kg(("53.000", "56.000 đồng/kg"), "2.000 đồng/kg", "1.000 đồng/kg", "3.000 đồng/kg", "1.000 đồng/kg")
    + per_kg("56.000 đồng/kg", "57.000 đồng/kg", "3.000 đồng/kg", "52.000 đồng/kg", ("52.000", "57.000 đồng/kg")),
}

# f18: a provincial decision (2017) quoted: headline "hơn 21 tỷ đồng" (over); 21.022 triệu "trong đó:" five
# districts' amounts (adds up); the decree's date written with dashes.
G["f18"] = {
    "money": [
        M("21 tỷ đồng", TY, q="over"),
        M("21.022 triệu đồng", TRIEU, tag="T", opener="trong đó"),
        M("5.757 triệu đồng", TRIEU, part="T"),
        M("5.108 triệu đồng", TRIEU, part="T"),
        M("1.250 triệu đồng", TRIEU, part="T"),
        M("2.032 triệu đồng", TRIEU, part="T"),
        M("6.875 triệu đồng", TRIEU, part="T"),
    ],
    "legal_refs": refs(("4456/QĐ-UBND", "Quyết định", None), ("136/2013/NĐ-CP", "Nghị định", "2013-10-21")),
}

# f19: jobs in a province: of 3.886 people, 2.233 and 1.559 "lao động" and 94 "người" (they sum to it, but
# the contract links parts of the total's noun only, and two of three are of another noun: not linked).
G["f19"] = {
    "counts": [
        C("3.886 người", "người"),
        C("2.233 lao động", "lao động"),
        C("1.559 lao động", "lao động"),
        C("94 người", "người"),
        C("22.550 lao động", "lao động"),
    ],
}

# f20: a district's cooperatives (2021): "09 hợp tác xã" (headline, lead); 54 "Trong đó" 38, 02 and 01 (less);
# "trên 400 thành viên" (over); "HTX 20-10" is a name.
G["f20"] = {
    "counts": [
        C("09 hợp tác xã", "hợp tác xã"),
        C("09 hợp tác xã", "hợp tác xã"),
        C("54 hợp tác xã", "hợp tác xã", tag="T", opener="trong đó"),
        C("400 thành viên", "thành viên", q="over"),
        C("38 hợp tác xã", "hợp tác xã", part="T"),
        C("02 hợp tác xã", "hợp tác xã", part="T"),
        C("01 hợp tác xã", "hợp tác xã", part="T"),
    ],
}

# f21: a province's new cooperatives (2021): 11 (headline, body), 149 in all; a district's 3 and "mỗi huyện"
# 2 and 1 (for each of several; the 11 is not linked to them). "3,317" (a bare figure of the page) and
# "6 tháng" are no counts.
G["f21"] = {
    "counts": [
        C("11 hợp tác xã", "hợp tác xã"),
        C("11 HTX", "htx"),
        C("149 HTX", "htx"),
        C("3 HTX", "htx"),
        C("2 HTX", "htx"),
        C("1 HTX", "htx"),
    ],
}

# f22: a province's cooperatives and cooperative groups (2013-2018); "trên 200.000 thành viên" (over); "7/9
# huyện" a pair; "từ 2 mô hình ... trở lên" (at least: over); income a member a month (rates); "5 năm" a
# duration, "2,4 lần" a multiplier.
G["f22"] = {
    "money": [
        R("2,8 triệu đồng/người/tháng", TRIEU, per="người/tháng"),
        R("3,5 triệu đồng/người/tháng", TRIEU, per="người/tháng"),
    ],
    "counts": [
        C("168 hợp tác xã", "hợp tác xã"),
        C("506 tổ hợp tác", "tổ hợp tác"),
        C("430 HTX", "htx"),
        C("7.150 THT", "tht"),
        C("200.000 thành viên", "thành viên", q="over"),
        C("7", "huyện", shape="pair"),
        C("9 huyện", "huyện", shape="pair"),
        C("2 mô hình", "mô hình", q="over"),
    ],
}

# f23: construction materials (2025): sand a cubic metre (a range), fill "lên đến" (up to: no qualifier),
# asphalt's fall a kg (a range of changes); "K98, K95" are grades.
G["f23"] = {
    "money": rng("660.000", "700.000 đồng/m3", per="m3")
    + [R("300.000 đồng/m3", per="m3")]
    + rng("200", "500 đồng/kg", per="kg"),
}

# f24: fertiliser prices per kg (2022): urea "từ 18.500 - 19.000" (a range), NPK "khoảng 22.000" (approx);
# "gấp 3 lần", "gấp đôi" are multipliers.
G["f24"] = {"money": rng("18.500", "19.000 đồng/kg", per="kg") + [R("22.000 đồng/kg", per="kg", q="approx")]}

# f25: emergency support (2025): 80 tỷ for 3 places; "Quyết định nêu rõ" 20, 30 and 30 tỷ (adds up; no
# opener word of the list: the decision's own wording). "Quyết định số 2451" has no symbol: doubtful;
# "bão số 13" is a name.
G["f25"] = {
    "money": [
        M("80 tỷ đồng", TY, tag="T", opener="quyết định nêu rõ"),
        M("20 tỷ đồng", TY, part="T"),
        M("30 tỷ đồng", TY, part="T"),
        M("30 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("3 địa phương", "địa phương")],
}
doubt("f25", "legal_refs", L("Quyết định số 2451", "2451", "Quyết định"), NO_SYMBOL)

# f26: a directive and two government resolutions quoted (2025); the date after the second resolution is
# its own ("Nghị quyết số 01/NQ-CP, Nghị quyết số 02/NQ-CP ngày 8/1/2025"); "8%" a percentage.
G["f26"] = {
    "legal_refs": refs(
        ("03/CT-TTg", "Chỉ thị", "2025-02-04"),
        ("01/NQ-CP", "Nghị quyết", None),
        ("02/NQ-CP", "Nghị quyết", "2025-01-08"),
    ),
}

# f27: a government resolution quoted (2025) with its date; "11 Bộ" (ministries) and "23 Đề án".
G["f27"] = {
    "legal_refs": refs(("86/NQ-CP", "Nghị quyết", "2025-11-04")),
    "counts": [C("11 Bộ", "bộ"), C("23 Đề án", "đề án")],
}

# f28: a provincial council's portal on a district council's session: projects and their capital.
G["f28"] = {
    "money": [M("75,5 tỷ đồng", TY), M("12,3 tỷ đồng", TY)],
    "counts": [C("4 dự án", "dự án"), C("3 dự án", "dự án")],
}

# f29: a district council's session (2022): projects and capital over ("trên"); "2 nghị quyết"; "608 lượt
# xem" (the page's view count) is doubtful.
G["f29"] = {
    "money": [M("30,8 tỷ đồng", TY, q="over"), M("5,1 tỷ đồng", TY, q="over")],
    "counts": [C("4 dự án", "dự án"), C("2 nghị quyết", "nghị quyết")],
}
doubt_count("f29", "608 lượt", 608, "lượt", "the page's view count ('608 lượt xem')")

# f30: a district council's session (2025): 4 projects dropped and 7 added (lists of names, no figures),
# 2 resolutions, 1 official; road numbers ("số 48", "ĐT 269B"), chainages ("Km5+536") and "19 giờ
# trước" are no counts.
G["f30"] = {
    "counts": [C("4 dự án", "dự án"), C("7 dự án", "dự án"), C("2 nghị quyết", "nghị quyết"), C("1 cán bộ", "cán bộ")],
}

# f31: paddy prices (2023) in prose and in a table written one cell a line ('|' after each cell): prose
# ranges "trong khoảng" (within: no qualifier) and "vào khoảng" (approx); a fall "giảm 100 đồng" (no unit
# of weight: plain); the table's price cells in đồng a kg (the header's unit and the ĐVT column); its
# signed changes "-100" are doubtful; "-" is an empty cell; variety names are no counts.
G["f31"] = {
    "money": [R("100 đồng/kg", per="kg"), R("100 đồng/kg", per="kg")]
    + per_kg(("6.300", "6.400 đồng/kg"))
    + [M("100 đồng")]
    + rng("6.400", "6.600 đồng/kg", per="kg", q="approx")
    + per_kg("100 đồng/kg", "100 đồng/kg", ("6.700", "6.900 đồng/kg"), ("6.900", "7.000 đồng/kg"))
    + per_kg(("6.800", "7.100 đồng/kg"))
    + rng("7.800", "7.900 đồng/kg", per="kg", q="approx")
    + per_kg(("11.500", "12.000 đồng/kg"))
    + rng("14.000", "15.000 đồng/kg", per="kg", q="approx")
    + ann.trng("6.300 - 6.400", per="kg")
    + ann.trng("6.700 - 6.900", per="kg")
    + ann.trng("6.400 - 6.600", per="kg")
    + ann.trng("6.800 - 7.000", per="kg")
    + ann.trng("6.800 - 7.100", per="kg"),
}
for _ in range(3):
    doubt_money("f31", "-100", 100, "a signed change in a table cell ('-100' under 'Tăng (+), giảm (-)')")

# f32: a province's OCOP products (2023): 175 (headline, body) "Trong số này" 7 (less); "3 ngư dân" (a
# sidebar headline); star ratings, "40 giờ", "5 năm" and "VOV1" are no counts.
G["f32"] = {
    "counts": [
        C("175 sản phẩm", "sản phẩm"),
        C("3 ngư dân", "ngư dân"),
        C("175 sản phẩm", "sản phẩm", tag="T", opener="trong số này"),
        C("7 sản phẩm", "sản phẩm", part="T"),
    ],
}

# f33: a tag page's item (2022): 403 products, a target of "ít nhất 650" (at least: over); star ratings and
# "thứ 2" (a rank) are no counts.
G["f33"] = {"counts": [C("403 sản phẩm", "sản phẩm"), C("650 sản phẩm", "sản phẩm", q="over")]}

# f34: a school office's page quoting a Prime Minister's decision (2021): its symbol in the lead (the date
# stands before it), in the title block ("Số:", its date in another cell) and in the title; the decree
# cited with its date. Laws cited without a symbol are no references.
G["f34"] = {
    "legal_refs": refs(
        ("24/2021/QĐ-TTg", "Quyết định", None),
        ("24/2021/QĐ-TTg", "Quyết định", None),
        ("24/2021/QĐ-TTg", "Quyết định", None),
        ("07/2021/NĐ-CP", "Nghị định", "2021-01-27"),
    ),
}

# f35: a legal-data site's news (2022): a decision whose date stands before it; 22 districts of 17
# provinces (headline, lead, list head); percentages are no counts.
G["f35"] = {
    "legal_refs": refs(("880/QĐ-TTg", "Quyết định", None)),
    "counts": [C("22 huyện", "huyện"), C("17 tỉnh", "tỉnh")] * 3,
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "f", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
