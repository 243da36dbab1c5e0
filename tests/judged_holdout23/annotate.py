"""Gold for tests/judged_holdout23, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout23/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref (`refs` for several).
Convention for the number: 'vn'.
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
M, R, C, L = ann.M, ann.R, ann.C, ann.L
rng, kgs = ann.rng, ann.kgs
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several),
# range-first (the lower end of a range, sharing the upper end's unit); counts: plain, multiplier
# ("1,1 ngàn lượt"), pair ("19/25 chỉ tiêu").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def per_kg(*items, per="kg"):
    """Prices per kg in text order (see ann.kgs)."""
    return kgs(*items, per=per)


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


# a01: a commune council's session (2023): the two sources of a work's cost, then its total after them
# ("tổng mức đầu tư … là", opener `after`; adds up); a commune's submission with its date.
G["a01"] = {
    "money": [
        M("270.983.160 đồng", part="T"),
        M("44.016.840 đồng", part="T"),
        M("315.000.000 đồng", tag="T", opener="after"),
    ],
    "legal_refs": refs(("73/TTr-UBND", "Tờ trình", "2023-08-29")),
}

# a02: a commune Front's Tet gifts (2026): 50 gifts (headline and body), each worth 500.000 đồng "gồm" rice
# and 300.000 đồng in cash (the cash a part of the gift's worth, less); "10kg" is a measure.
G["a02"] = {
    "money": [
        M("500.000 đồng", shape="each", tag="G", opener="gồm"),
        M("300.000 đồng", shape="each", part="G"),
    ],
    "counts": [C("50 phần", "phần"), C("50 phần", "phần")],
}

# a03: a commune Front's Tet gifts (2026): 100 gifts, their total cost.
G["a03"] = {"money": [M("21.000.000 đồng")], "counts": [C("100 suất", "suất")]}

# a04: a ward's Tet gifts (2026): 50 households (headline and body), a voucher each; 5 families a red
# envelope each.
G["a04"] = {
    "money": [M("400.000 đồng", shape="each"), M("500.000 đồng", shape="each")],
    "counts": [C("50 hộ", "hộ"), C("50 hộ", "hộ"), C("5 gia đình", "gia đình")],
}

# a05: a commune's Tet market (2026): 556 gifts, each about 500.000 đồng, in all about 278 triệu.
G["a05"] = {
    "money": [M("500.000 đồng", shape="each", q="approx"), M("278 triệu đồng", TRIEU, q="approx")],
    "counts": [C("556 phần", "phần")],
}

# a06: a news agency's Tet round-up (2026): a lead repeated; 200 gifts at 300.000 đồng each, 65 triệu in all;
# 165 gifts; "Phiên chợ 0 đồng" (a free market's name, twice) is doubtful; "ấp 1" is a hamlet's name.
G["a06"] = {
    "money": [M("300.000 đồng", shape="each"), M("65 triệu đồng", TRIEU)],
    "counts": [C("200 phần", "phần"), C("165 suất", "suất")],
}
doubt_money("a06", "0 đồng", 0, "the name of a free market ('Phiên chợ 0 đồng')")
doubt_money("a06", "0 đồng", 0, "the name of a free market ('Phiên chợ 0 đồng'), again")

# a07: rice and paddy prices (2024): ranges and single prices per kg; variety names (OM 380, IR 504, Đài
# thơm 8, Nàng Hoa 9, OM 18) are no counts; "7.600 7.700 đồng/kg" (no dash) keeps its upper price, the
# lower figure doubtful.
G["a07"] = {
    "money": per_kg(
        ("15.000", "16.000 đồng/kg"),
        ("17.500", "19.000 đồng/kg"),
        "26.000 đồng/kg",
        ("19.000", "20.000 đồng/kg"),
        "20.000 đồng/kg",
        "21.000 đồng/kg",
        "18.000 đồng/kg",
        "19.500 đồng/kg",
        ("18.000", "19.000 đồng/kg"),
        "18.500 đồng/kg",
        "22.000 đồng/kg",
    )
    + per_kg(
        ("7.600", "7.800 đồng/kg"),
        ("7.800", "8.000 đồng/kg"),
        ("7.400", "7.600 đồng/kg"),
        ("7.600", "7.800 đồng/kg"),
        ("9.600", "9.800 đồng/kg"),
        ("7.800", "8.000 đồng/kg"),
        "7.700 đồng/kg",
        ("7.800", "8.000 đồng/kg"),
        ("7.800", "8.000 đồng/kg"),
        ("9.800", "10.100 đồng/kg"),
    ),
}
doubt_money("a07", "7.600", 7600, "the lower price of a range written without its dash ('7.600 7.700 đồng/kg')")

# a08: glutinous rice and rice prices: a range, a fall, a range, a rise, "từ … đến …" with the unit twice;
# "nếp 3 tháng" is a variety's name.
G["a08"] = {
    "money": per_kg(
        ("7.900", "8.200 đồng/kg"),
        "100 đồng/kg",
        ("7.800", "8.000 đồng/kg"),
        "500 đồng/kg",
        "15.500 đồng/kg",
        "16.500 đồng/kg",
    ),
}

# a09: rice prices (2021): "tấm 1 IR 504" is a grade and a variety; "giá lúa nhật 7.500-7.600 đồng." has no
# unit of weight (plain).
G["a09"] = {
    "money": per_kg(
        "8.400 đồng/kg",
        "9.400 đồng/kg",
        "7.600 đồng/kg",
        ("5.400", "5.500 đồng/kg"),
        ("5.000", "5.200 đồng/kg"),
        ("5.700", "5.800 đồng/kg"),
        ("6.000", "6.100 đồng/kg"),
        ("4.900", "5.100 đồng/kg"),
    )
    + rng("7.500", "7.600 đồng")
    + per_kg(
        "20.000 đồng/kg",
        ("17.000", "18.000 đồng/kg"),
        "14.000 đồng/kg",
        "20.000 đồng/kg",
        ("4.900", "5.000 đồng/kg"),
        ("5.300", "5.400 đồng/kg"),
        ("6.100", "6.300 đồng/kg"),
    ),
}

# a10: steel prices (2025): a range, then two products per maker; "CB240", "D10 CB300" are grades.
G["a10"] = {
    "money": per_kg(
        ("12.520", "13.640 đồng/kg"),
        "13.350 đồng/kg",
        "12.850 đồng/kg",
        "13.500 đồng/kg",
        "13.090 đồng/kg",
        "13.330 đồng/kg",
        "12.930 đồng/kg",
        "13.640 đồng/kg",
        "12.880 đồng/kg",
        "13.330 đồng/kg",
        "12.730 đồng/kg",
    ),
}

# a11: coffee prices: the world price in USD a tonne, rises and prices per kg.
G["a11"] = {
    "money": [R("4.940 USD/tấn", cur="USD", per="tấn")]
    + per_kg(
        "122.300 đồng/kg",
        ("200", "300 đồng/kg"),
        "300 đồng/kg",
        "122.300 đồng/kg",
        "122.000 đồng/kg",
        "200 đồng/kg",
        "200 đồng/kg",
        "122.000 đồng/kg",
    ),
}

# a12: coffee prices (2025): falls and prices per kg; London's rises and prices in USD a tonne.
G["a12"] = {
    "money": per_kg("2.200 đồng/kg", "115.500 đồng/kg", "2.000 đồng/kg", "114.500 đồng/kg")
    + [R(t, cur="USD", per="tấn") for t in ("205 USD/tấn", "4.527 USD/tấn", "197 USD/tấn", "4.522 USD/tấn")],
}

# a13: fertiliser prices (2021) per bag; "(50 kg)" a measure, "Ảnh 1" a caption's number.
G["a13"] = {
    "money": per_kg(
        ("50.000", "110.000 đồng/bao"),
        ("750.000", "770.000 đồng/bao"),
        ("300.000", "330.000 đồng/bao"),
        ("740.000", "760.000 đồng/bao"),
        ("760.000", "770.000 đồng/bao"),
        ("650.000", "670.000 đồng/bao"),
        ("990.000", "1.200.000 đồng/bao"),
        ("860.000", "900.000 đồng/bao"),
        per="bao",
    ),
}

# a14: a trade association's page (2022): six Prime Minister's decisions, their signing date before them (no
# issue date); "75" alone (page furniture) is no count.
G["a14"] = {
    "counts": [C("6 địa phương", "địa phương"), C("6 địa phương", "địa phương")],
    "legal_refs": refs(*((f"{n}/QĐ-TTg", "Quyết định", None) for n in range(668, 674))),
}

# a15: the same association's page (2022): a decision with its date.
G["a15"] = {"legal_refs": refs(("310/QĐ-TTg", "Quyết định", "2022-03-04"))}

# a16: a district portal (2019): 08 communes (twice in the heading block, once in the body); the source line's
# decision (its symbol with a suffix, no date).
G["a16"] = {
    "counts": [C("08 xã", "xã"), C("08 xã", "xã"), C("08 xã", "xã")],
    "legal_refs": refs(("723/QĐ-UBND-HC", "Quyết định", None)),
}

# a17: storm relief (2025): "hơn 8,5 tỷ" over; 8,51 tỷ "Cụ thể" three sums (adds up), each for a number of
# households at a rate per house; "bão số 5" is a storm's name.
G["a17"] = {
    "money": [
        M("8,5 tỷ đồng", TY, q="over"),
        M("8,51 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("1,12 tỷ đồng", TY, part="T"),
        R("70 triệu đồng/nhà", TRIEU, per="nhà"),
        M("3,78 tỷ đồng", TY, part="T"),
        R("15 triệu đồng/nhà", TRIEU, per="nhà"),
        M("3,61 tỷ đồng", TY, part="T"),
        R("10 triệu đồng/nhà", TRIEU, per="nhà"),
    ],
    "counts": [C("16 hộ", "hộ"), C("252 hộ", "hộ"), C("361 hộ", "hộ")],
}

# a18: a district's fund for the poor (2023): near 29 tỷ (headline and body); "hàng nghìn căn nhà" in words,
# so 220 and 8 houses stand alone.
G["a18"] = {
    "money": [M("29 tỷ đồng", TY, q="approx"), M("29 tỷ đồng", TY, q="approx")],
    "counts": [C("220 căn", "căn"), C("8 căn", "căn")],
}

# a19: the policy bank in a province (2017): loans 495.676 triệu "trong đó" five programmes (less); debt
# 2.758.926 triệu "trong đó" two kinds (less); the borrowers and groups after a slash are doubtful counts.
G["a19"] = {
    "money": [
        M("495.676 triệu đồng", TRIEU, tag="A", opener="trong đó"),
        M("92.497 triệu đồng", TRIEU, part="A"),
        M("112.648 triệu đồng", TRIEU, part="A"),
        M("70.771 triệu đồng", TRIEU, part="A"),
        M("71.671 triệu đồng", TRIEU, part="A"),
        M("20.340 triệu đồng", TRIEU, part="A"),
        M("362.861 triệu đồng", TRIEU),
        M("20.115 triệu đồng", TRIEU),
        M("2.758.926 triệu đồng", TRIEU, tag="B", opener="trong đó"),
        M("132.406 triệu đồng", TRIEU),
        M("547.320 triệu đồng", TRIEU, part="B"),
        M("784.172 triệu đồng", TRIEU, part="B"),
    ],
    "counts": [
        C("98 ngàn hộ", "hộ", mult=NGHIN, shape="multiplier", q="over"),
        C("20.262 lượt", "lượt"),
    ],
}
SLASH = "borrowers after a slash under an amount ('triệu đồng/… hộ'), a ratio"
doubt_count("a19", "98.081 hộ", 98081, "hộ", SLASH)
doubt_count("a19", "2.592 tổ", 2592, "tổ", SLASH)
doubt_count("a19", "17.862 hộ", 17862, "hộ", SLASH)
doubt_count("a19", "29.646 hộ", 29646, "hộ", SLASH)

# a20: a district's policy bank (2021): a lead printed twice; the second copy's debt and borrowers are the
# totals of "Trong đó" (less); "tăng 8 tỷ" without a currency is doubtful.
G["a20"] = {
    "money": [
        M("28 tỷ đồng", TY, q="over"),
        M("256 tỷ đồng", TY, q="over"),
        M("28 tỷ đồng", TY, q="over"),
        M("256 tỷ đồng", TY, q="over", tag="D", opener="trong đó"),
        M("61 tỷ đồng", TY, q="over", part="D"),
    ],
    "counts": [
        C("1,1 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over"),
        C("10,3 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over"),
        C("1,1 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over"),
        C("10,3 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over", tag="H", opener="trong đó"),
        C("1,7 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over", part="H"),
    ],
}
doubt_money("a20", "8 tỷ", 8 * TY, "an amount without its currency ('tăng 8 tỷ so với cùng kỳ')")
doubt_money("a20", "8 tỷ", 8 * TY, "an amount without its currency ('tăng 8 tỷ so với cùng kỳ'), again")

# a21: a district council's session (2024): turnover over; revenue 956,6 tỷ "trong đó" the local part (less);
# "Kỳ họp thứ 21" an ordinal.
G["a21"] = {
    "money": [
        M("15.600 tỷ đồng", TY, q="over"),
        M("3.069,5 tỷ đồng", TY),
        M("956,6 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("328,8 tỷ đồng", TY, part="T"),
    ],
}

# a22: a district council's session (2024): output, visitors, revenue (estimated), 27 works near 172 tỷ.
G["a22"] = {
    "money": [M("1.848 tỷ đồng", TY), M("791 tỷ đồng", TY, q="approx"), M("172 tỷ đồng", TY, q="approx")],
    "counts": [C("243.360 lượt", "lượt"), C("27 công trình", "công trình")],
}

# a23: a district council's session (2024): 19/25 targets (headline and body), "trong đó" 6/25 (the 6 a part of
# the 19, less); exports in triệu USD; revenue estimated; land auctions over.
G["a23"] = {
    "money": [
        M("325,7 triệu USD", TRIEU, cur="USD"),
        M("1.766,67 tỷ đồng", TY, q="approx"),
        M("168 tỷ đồng", TY, q="over"),
    ],
    "counts": pair("19", "25 chỉ tiêu", "chỉ tiêu")
    + pair("19", "25 chỉ tiêu", "chỉ tiêu", tag="K", opener="trong đó")
    + pair("6", "25 chỉ tiêu", "chỉ tiêu", part="K"),
}

# a24: a provincial paper (2022): near 535,5 tỷ (headline; body "gần") "Cụ thể" central and provincial capital
# (adds up); the second split (by readiness) stands alone (a figure has one total).
G["a24"] = {
    "money": [
        M("535,5 tỷ đồng", TY),
        M("535,5 tỷ đồng", TY, q="approx", tag="T", opener="cụ thể"),
        M("505,5 tỷ đồng", TY, q="approx", part="T"),
        M("30 tỷ đồng", TY, part="T"),
        M("71,2 tỷ đồng", TY, q="over"),
        M("464,2 tỷ đồng", TY, q="over"),
    ],
}

# a25: rice from the reserve (2024): two decisions signed on a date written before them (no issue date);
# tonnes are measures.
G["a25"] = {
    "counts": [C("5 tỉnh", "tỉnh")],
    "legal_refs": refs(("146/QĐ-TTg", "Quyết định", None), ("147/QĐ-TTg", "Quyết định", None)),
}

# a26: a ward council's session (2025): the merger's resolution written "1675/NQ UBTVQH14" (no dash between
# type and issuer) is doubtful; revenue near 216 tỷ "Trong đó" the transfers from above (less), which
# "bao gồm" a targeted part (less; a total nested in another's part); spending near 216 tỷ "gồm" three items
# (less); the first estimate over 53 tỷ stands alone; "2 cấp" (the two-tier model's name) is doubtful.
G["a26"] = {
    "money": [
        M("216 tỷ đồng", TY, q="approx", tag="R", opener="trong đó"),
        M("53 tỷ đồng", TY, q="over"),
        M("196 tỷ đồng", TY, q="over", part="R", tag="B", opener="bao gồm"),
        M("162,5 tỷ đồng", TY, q="over", part="B"),
        M("216 tỷ đồng", TY, q="approx", tag="S", opener="gồm"),
        M("18,5 tỷ đồng", TY, q="over", part="S"),
        M("194,5 tỷ đồng", TY, q="over", part="S"),
        M("2,8 tỷ đồng", TY, q="over", part="S"),
    ],
}
doubt("a26", "legal_refs", L("1675/NQ UBTVQH14", "1675/NQ-UBTVQH14", "Nghị quyết"), "a symbol written without its dash")
doubt_count("a26", "2 cấp", 2, "cấp", "the name of the two-tier local government ('chính quyền địa phương 2 cấp')")

# a27: a paper's tag page (2022, 2021): two Prime Minister's decisions without dates; tonnes are measures.
G["a27"] = {"legal_refs": refs(("133/QĐ-TTg", "Quyết định", None), ("694/QĐ-TTg", "Quyết định", None))}

# a28: a province's farmers' support fund (2023): over 57 tỷ "trong đó" four levels, each over (less); loans to
# households, group projects and plans.
G["a28"] = {
    "money": [
        M("57 tỷ đồng", TY, q="over", tag="Q", opener="trong đó"),
        M("8 tỷ đồng", TY, q="over", part="Q"),
        M("13 tỷ đồng", TY, q="over", part="Q"),
        M("24 tỷ đồng", TY, q="over", part="Q"),
        M("11 tỷ đồng", TY, q="over", part="Q"),
    ],
    "counts": [C("2.093 hộ", "hộ"), C("167 dự án", "dự án"), C("356 phương án", "phương án")],
}

# a29: a province's farmers' support fund (2013): over 32 tỷ "Trong đó" the central share, and in the next
# paragraph the province's, districts' and communes' shares (all four parts; they sum to more than the
# total written "trên 32 tỷ"); a rise over the year stands alone.
G["a29"] = {
    "money": [
        M("32 tỷ đồng", TY, q="over", tag="Q", opener="trong đó"),
        M("3,5 tỷ đồng", TY, q="over"),
        M("7,2 tỷ đồng", TY, part="Q"),
        M("19 tỷ đồng", TY, q="over", part="Q"),
        M("1,5 tỷ đồng", TY, q="over", part="Q"),
        M("4,4 tỷ đồng", TY, q="over", part="Q"),
    ],
    "counts": [C("15 dự án", "dự án"), C("472 hội viên", "hội viên"), C("4.142 hộ", "hộ")],
}

# a30: a provincial television's page (2023): near 6 tỷ "Trong đó" two allocations (less).
G["a30"] = {
    "money": [
        M("6 tỷ đồng", TY, q="approx", tag="G", opener="trong đó"),
        M("4,1 tỷ đồng", TY, part="G"),
        M("1,5 tỷ đồng", TY, part="G"),
    ],
    "counts": [C("8 dự án", "dự án"), C("110 hộ", "hộ")],
}

# a31: a department's Tet gifts for children (2023): 50 and 100 gifts at a worth per gift in nghìn; "thôn 3" a
# hamlet's name.
G["a31"] = {
    "money": [
        R("200 nghìn đồng/suất", NGHIN, per="suất"),
        R("500 nghìn đồng/suất", NGHIN, per="suất"),
    ],
    "counts": [C("50 suất", "suất"), C("100 suất", "suất")],
}

# a32: a province's public investment (2024): plan and disbursement in "tỉ đồng".
G["a32"] = {"money": [M("12.836,445 tỉ đồng", TY), M("4.093,002 tỉ đồng", TY)]}

# a33: a district portal (2020): 13/13 communes; 8.872 people and 10,117 tỷ "Cụ thể" three groups each with
# its sum (people add up; money less, by rounding); the caption repeats the people; "văn phòng 1 cửa" is a
# name (doubtful).
G["a33"] = {
    "money": [
        M("10,117 tỷ đồng", TY, tag="M", opener="cụ thể"),
        M("1,149 tỷ đồng", TY, part="M"),
        M("5,811 tỷ đồng", TY, part="M"),
        M("3,156 tỷ đồng", TY, part="M"),
    ],
    "counts": pair("13", "13 xã", "xã")
    + [
        C("8.872 người", "người", tag="P", opener="cụ thể"),
        C("767 người", "người", part="P"),
        C("3.896 người", "người", part="P"),
        C("4.209 người", "người", part="P"),
        C("8.872 người", "người"),
    ],
}
doubt_count("a33", "1 cửa", 1, "cửa", "a name ('văn phòng 1 cửa', a one-stop office)")

# a34: a provincial television's page (2022): over 4,8 nghìn tỷ "Trong đó" three levels (less).
G["a34"] = {
    "money": [
        M("4,8 nghìn tỷ đồng", NGHIN * TY, q="over", tag="T", opener="trong đó"),
        M("2,6 nghìn tỷ đồng", NGHIN * TY, part="T"),
        M("2,1 nghìn tỷ đồng", NGHIN * TY, q="over", part="T"),
        M("99 tỷ đồng", TY, part="T"),
    ],
}

# a35: a provincial paper (2024): April's investment over 1.300 tỷ; four months over 4.900 tỷ "Trong đó"
# province and districts (adds up).
G["a35"] = {
    "money": [
        M("1.300 tỷ đồng", TY, q="over"),
        M("4.900 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("3.600 tỷ đồng", TY, part="T"),
        M("1.300 tỷ đồng", TY, q="over", part="T"),
    ],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "a", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
