"""Gold for tests/judged_holdout24, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout24/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand (a compound), R(...) a rate, C(...) count, L(...)
legal_ref (`refs` for several). Convention for the number: 'vn'.
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
M, V, R, C, L = ann.M, ann.V, ann.R, ann.C, ann.L
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount); counts: plain, multiplier ("10 triệu lượt"),
# pair ("18/63 tỉnh").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


def usd(text, mult=TY, **kw):
    """An amount in USD (tỷ USD unless told)."""
    return M(text, mult, cur="USD", **kw)


# i01: a provincial paper's round-up of two districts (2022): revenue 30,9 tỷ "Trong đó" land use (less); bank
# figures; social investment 1.946 tỷ "Trong đó:" two sources (adds up); industrial output 3.922 tỷ "trong
# đó" two sectors (adds up); MWh is a measure.
G["i01"] = {
    "money": [
        M("30,9 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("8,875 tỷ đồng", TY, part="A"),
        M("197,6 tỷ đồng", TY),
        M("713 tỷ đồng", TY),
        M("184,2 tỷ đồng", TY),
        M("54,5 tỷ đồng", TY),
        M("1.946 tỷ đồng", TY, tag="B", opener="trong đó"),
        M("744 tỷ đồng", TY, part="B"),
        M("1.202 tỷ đồng", TY, part="B"),
        M("3.922 tỷ đồng", TY, tag="C", opener="trong đó"),
        M("3.687,3 tỷ đồng", TY, q="approx", part="C"),
        M("234,7 tỷ đồng", TY, part="C"),
    ],
}

# i02: a city council's public investment for 2026 (2025): 30.000 tỷ "gồm:" two sources (adds up); the
# Prime Minister's decision written "1568/QĐTTg" (no dash between type and issuer) is doubtful; "Luật số 90
# sửa đổi 9 Luật" is a law's name (its "9 Luật" doubtful); articles and clauses are no facts.
G["i02"] = {
    "money": [
        M("30.000 tỷ đồng", TY, tag="T", opener="gồm"),
        M("6.859,776 tỷ đồng", TY, part="T"),
        M("23.140,224 tỷ đồng", TY, part="T"),
    ],
}
NODASH = "a symbol written without a separator between its type and its issuer"
doubt("i02", "legal_refs", L("1568/QĐTTg", "1568/QĐ-TTg", "Quyết định", "2025-07-19"), NODASH + " (read with a dash)")
doubt("i02", "legal_refs", L("1568/QĐTTg", "1568/QĐTTg", "Quyết định", "2025-07-19"), NODASH + " (read as written)")
doubt_count("i02", "9 Luật", 9, "luật", "inside a law's name ('Luật số 90 sửa đổi 9 Luật')")

# i03: a finance paper (2022): 32.000 tỷ "trong đó:" two allocations (adds up); counts of provinces, a pair
# "18/63 tỉnh, thành phố".
G["i03"] = {
    "money": [
        M("32.000 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("4.183 tỷ đồng", TY, part="T"),
        M("27.817 tỷ đồng", TY, part="T"),
    ],
    "counts": [C("10 địa phương", "địa phương"), C("11 địa phương", "địa phương")]
    + pair("18", "63 tỉnh", "tỉnh")
    + [C("2 địa phương", "địa phương"), C("2 địa phương", "địa phương")],
}

# i04: a provincial paper (2025): over 19,4 tỷ (headline, body); "Trong đó" the largest and the smallest share,
# a paragraph after the body's total (less); "50 năm" is a duration.
G["i04"] = {
    "money": [
        M("19,4 tỷ đồng", TY, q="over"),
        M("19,4 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("2,1 tỷ đồng", TY, part="T"),
        M("575 triệu đồng", TRIEU, part="T"),
    ],
}

# i05: a province's revenue (2025): 29.789 tỷ (lead), then the report's 29.789 tỉ and, in the next sentence
# after "Đáng chú ý,", domestic revenue and trade duties (parts, less); 10 million visits (over); tonnes are
# measures; "đứng thứ 9" a rank.
G["i05"] = {
    "money": [
        M("29.789 tỷ đồng", TY),
        M("29.789 tỉ đồng", TY, q="approx", tag="T", opener="đáng chú ý"),
        M("19.086 tỉ đồng", TY, part="T"),
        M("10.400 tỉ đồng", TY, q="over", part="T"),
    ],
    "counts": [C("10 triệu lượt", "lượt", mult=TRIEU, shape="multiplier", q="over")],
}

# i06: a provincial paper: social investment near 10.000 tỷ; the next sentence gives three sources (parts,
# less).
G["i06"] = {
    "money": [
        M("10.000 tỷ đồng", TY, q="approx", tag="T", opener="next sentence"),
        M("3.900 tỷ đồng", TY, q="over", part="T"),
        M("2.900 tỷ đồng", TY, q="approx", part="T"),
        M("664 tỷ đồng", TY, q="approx", part="T"),
    ],
}

# i07: a provincial television's page (2024): 36 tỷ entrusted (headline, body) "Trong đó" the province's share
# (less); "trong tổng nguồn vốn gần 4.690 tỷ ..., vốn ngân sách địa phương đạt 246 tỷ" (a part, less); a
# minimum rise; a caption pasted inside a word ("đNăm 2024 … ịa phương") is kept as the copy gives it.
G["i07"] = {
    "money": [
        M("36 tỷ đồng", TY),
        M("36 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("18 tỷ đồng", TY, part="T"),
        M("4.690 tỷ đồng", TY, q="approx", tag="U", opener="trong tổng số"),
        M("246 tỷ đồng", TY, part="U"),
        M("372 tỷ đồng", TY),
    ],
}

# i08: a provincial paper (2021): 14 projects (headline, body) "Trong đó" five fields (adds up); capital over
# 2.611 tỷ; "2,547" under the byline is page furniture.
G["i08"] = {
    "money": [M("2.611 tỷ đồng", TY, q="over")],
    "counts": [
        C("14 dự án", "dự án"),
        C("14 dự án", "dự án", tag="P", opener="trong đó"),
        C("10 dự án", "dự án", part="P"),
        C("1 dự án", "dự án", part="P"),
        C("1 dự án", "dự án", part="P"),
        C("1 dự án", "dự án", part="P"),
        C("1 dự án", "dự án", part="P"),
    ],
}

# i09: a provincial paper (2023): projects and their capital; "52 dự án …, trong đó tổng vốn điều chỉnh tăng
# 228,1 tỷ" opens no money total; hectares are measures.
G["i09"] = {
    "money": [M("200 tỷ đồng", TY), M("843,1 tỷ đồng", TY), M("228,1 tỷ đồng", TY)],
    "counts": [C("3 dự án", "dự án"), C("11 dự án", "dự án"), C("52 dự án", "dự án")],
}

# i10: a tag page (2022): "dưới 15 tỷ đồng" run into the next word; a provincial decision signed on a date
# written before it (no issue date).
G["i10"] = {
    "money": [M("15 tỷ đồng", TY, q="under")],
    "legal_refs": refs(("3294/QĐ-UBND", "Quyết định", None)),
}

# i11: a provincial news site: relief rates per hectare, per head of livestock and per household (caps);
# rice per person a month, hectares and months are measures or durations; herd sizes are counts.
G["i11"] = {
    "money": [
        R("2 triệu đồng/ha", TRIEU, per="ha"),
        R("1 triệu đồng/ha", TRIEU, per="ha"),
        R("4 triệu đồng/con", TRIEU, per="con"),
        R("2 triệu đồng/con", TRIEU, per="con"),
        R("300.000 đồng/con", per="con"),
        R("35 triệu đồng/hộ", TRIEU, per="hộ"),
        R("15.000 đồng/con", per="con"),
        R("12 triệu đồng/hộ", TRIEU, per="hộ"),
        R("7 triệu đồng/ha", TRIEU, per="ha"),
        R("15 triệu đồng/hộ", TRIEU, per="hộ"),
    ],
    "counts": [C("100 con", "con"), C("300 con", "con"), C("500 con", "con")],
}

# i12: a provincial paper's section page: over 645 tỷ; the plan assigned over 458 tỷ "trong đó" central and
# local budgets (adds up; "398 tỷ đồng đồng" with the currency twice).
G["i12"] = {
    "money": [
        M("645 tỷ đồng", TY, q="over"),
        M("458 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("398 tỷ đồng", TY, q="over", part="T"),
        M("60 tỷ đồng", TY, q="approx", part="T"),
    ],
}

# i13: a veterans' paper (2018): three Prime Minister's decisions with their dates; 9 provinces (headline,
# body); tonnes of rice are measures.
G["i13"] = {
    "counts": [C("9 tỉnh", "tỉnh"), C("9 tỉnh", "tỉnh")],
    "legal_refs": refs(
        ("118/QĐ-TTg", "Quyết định", "2018-01-22"),
        ("150/QĐ-TTg", "Quyết định", "2018-01-30"),
        ("161/QĐ-TTg", "Quyết định", "2018-01-31"),
    ),
}

# i14: a finance review (2017): a decision in the heading, in the body after its signing date (no issue date)
# and in the closing link; tonnes are measures.
G["i14"] = {
    "legal_refs": refs(
        ("404/QĐ-TTg", "Quyết định", None),
        ("404/QĐ-TTg", "Quyết định", None),
        ("404/QĐ-TTg", "Quyết định", None),
    ),
}

# i15: a ministry's paper (2025): exports about 21,15 tỷ USD "Trong đó" three groups (less); the surplus; a
# resolution cited by its number alone ("Nghị quyết số 25") is doubtful; task groups and tasks are counts.
G["i15"] = {
    "money": [
        usd("21,15 tỷ USD", q="approx", tag="T", opener="trong đó"),
        usd("11,6 tỷ USD", part="T"),
        usd("5,56 tỷ USD", part="T"),
        usd("3,09 tỷ USD", part="T"),
        usd("5,18 tỷ USD"),
    ],
    "counts": [C("8 nhóm", "nhóm"), C("26 nhiệm vụ", "nhiệm vụ")],
}
doubt("i15", "legal_refs", L("Nghị quyết số 25", "25", "Nghị quyết"), "a resolution cited by its number alone")

# i16: a news site (2026): fruit exports 8,56 tỷ USD "Trong đó" durian, then coconut, dragon fruit, pistachio,
# mango and banana in the sentences after (all parts, less); "thứ 2", "thứ 3" are ranks.
G["i16"] = {
    "money": [
        usd("8,56 tỷ USD", tag="T", opener="trong đó"),
        usd("3,86 tỷ USD", q="approx", part="T"),
        usd("534 triệu USD", TRIEU, q="approx", part="T"),
        usd("525 triệu USD", TRIEU, q="over", part="T"),
        usd("466 triệu USD", TRIEU, q="over", part="T"),
        usd("409 triệu USD", TRIEU, part="T"),
        usd("405 triệu USD", TRIEU, part="T"),
    ],
}

# i17: a national paper (2017): 3 provinces; a decision without a date; tonnes and kilograms are measures.
G["i17"] = {
    "counts": [C("3 tỉnh", "tỉnh")],
    "legal_refs": refs(("1841/QĐ-TTg", "Quyết định", None)),
}

# i18: a city Front's portal (2020): a district raised 1,894 tỷ; "Những đơn vị đạt kết quả cao như:" seven
# units with their sums (parts, less).
G["i18"] = {
    "money": [
        M("1,894 tỷ đồng", TY, tag="T", opener="như"),
        M("200 triệu đồng", TRIEU, part="T"),
        M("153 triệu đồng", TRIEU, part="T"),
        M("130 triệu đồng", TRIEU, part="T"),
        M("130 triệu đồng", TRIEU, part="T"),
        M("98 triệu đồng", TRIEU, part="T"),
        M("91 triệu đồng", TRIEU, part="T"),
        M("62,4 triệu đồng", TRIEU, part="T"),
    ],
}

# i19: a provincial portal (2020): 5.000 notebooks worth 40 triệu; over 3,4 tỷ received "Trong đó" 1 tỷ 750
# triệu given (a compound read by hand; less), which "bao gồm" 500 triệu in cash (less; a total nested in
# another's part); 5 provinces.
G["i19"] = {
    "money": [
        M("40 triệu đồng", TRIEU),
        M("3,4 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        V("1 tỷ 750 triệu đồng", 1_750_000_000, part="T", tag="B", opener="bao gồm"),
        M("500 triệu đồng", TRIEU, part="B"),
    ],
    "counts": [C("5.000 quyển", "quyển"), C("5 tỉnh", "tỉnh")],
}

# i20: a district portal (2020): three sums (over, over, approx); page furniture ("Xuất bản thông tin", "null").
G["i20"] = {
    "money": [
        M("40 triệu đồng", TRIEU, q="over"),
        M("146 triệu đồng", TRIEU, q="over"),
        M("175 triệu đồng", TRIEU, q="approx"),
    ],
}

# i21: a farmers' paper (2014): the fund over 13,18 tỷ "Trong đó" three levels (less); growth over 1,32 tỷ;
# 1.220 loans to households (`lượt`); "1-2%" is a percentage.
G["i21"] = {
    "money": [
        M("13,18 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("7,7 tỷ đồng", TY, part="T"),
        M("3,7 tỷ đồng", TY, q="over", part="T"),
        M("1,7 tỷ đồng", TY, q="over", part="T"),
        M("1,32 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("1.220 lượt", "lượt")],
}

# i22: a district portal: near 60 triệu (the heading twice, the body); the fund 330 triệu and 200 triệu
# entrusted (no opener: no parts); 2,7 tỷ; households, communes, over 28.000 visits (`lượt`); tonnes are
# measures; "hàng tỷ đồng" has no digits.
G["i22"] = {
    "money": [
        M("60 triệu đồng", TRIEU, q="approx"),
        M("60 triệu đồng", TRIEU, q="approx"),
        M("60 triệu đồng", TRIEU, q="approx"),
        M("330 triệu đồng", TRIEU),
        M("200 triệu đồng", TRIEU),
        M("2,7 tỷ đồng", TY),
    ],
    "counts": [
        C("17 hộ", "hộ"),
        C("70 hộ", "hộ"),
        C("6 xã", "xã"),
        C("28.000 lượt", "lượt", q="over"),
    ],
}

# i23: a national paper (2019): communes (headline, body); near 656,2 tỷ "Trong đó" the state budget (less).
G["i23"] = {
    "money": [
        M("656,2 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("619,2 tỷ đồng", TY, q="approx", part="T"),
    ],
    "counts": [C("6 xã", "xã"), C("6 xã", "xã"), C("48 xã", "xã"), C("3 xã", "xã")],
}

# i24: a finance paper (2025): FDI disbursed 18,80 tỷ USD; nine months' investment 2.701,8 nghìn tỷ (the
# third quarter's figure is a period of it, no part); the quarter's 1.100,1 nghìn tỷ "Trong đó" three sectors
# (adds up).
G["i24"] = {
    "money": [
        usd("18,80 tỷ USD", q="approx"),
        M("2.701,8 nghìn tỷ đồng", NGHIN_TY, q="approx"),
        M("1.100,1 nghìn tỷ đồng", NGHIN_TY, tag="T", opener="trong đó"),
        M("343,0 nghìn tỷ đồng", NGHIN_TY, part="T"),
        M("582,2 nghìn tỷ đồng", NGHIN_TY, part="T"),
        M("174,9 nghìn tỷ đồng", NGHIN_TY, part="T"),
    ],
}

# i25: an economic paper (2025): registered FDI 28,54 tỷ USD "Trong đó" new capital 12,39 and, in the last
# paragraph, added capital 11,32 (less); new capital "Trong số các dự án mới" two sectors (less; a total
# nested in another's part); the split by partner is a second breakdown of the same total (stands alone).
G["i25"] = {
    "money": [
        usd("28,54 tỷ USD", tag="T", opener="trong đó"),
        usd("12,39 tỷ USD", part="T", tag="N", opener="trong số"),
        usd("7,27 tỷ USD", part="N"),
        usd("2,57 tỷ USD", part="N"),
        usd("3,43 tỷ USD"),
        usd("2,88 tỷ USD"),
        usd("1,06 tỷ USD"),
        usd("11,32 tỷ USD", part="T"),
    ],
    "counts": [C("2.926 dự án", "dự án"), C("1.092 lượt", "lượt")],
}

# i26: a commodity site (2025): registered FDI 26,14 tỷ USD; "Theo đó" new capital 11,03 and, in the last
# paragraph, added capital 10,65 (less); new capital "Trong đó" three sectors (adds up); the split by province
# is a second breakdown (stands alone; "1,2 tỷ USD; 1,1 tỷ USD và 1 tỷ USD" each with its unit).
G["i26"] = {
    "money": [
        usd("26,14 tỷ USD", tag="T", opener="theo đó"),
        usd("11,03 tỷ USD", part="T", tag="N", opener="trong đó"),
        usd("6,53 tỷ USD", part="N"),
        usd("2,37 tỷ USD", part="N"),
        usd("2,13 tỷ USD", part="N"),
        usd("1,5 tỷ USD", q="approx"),
        usd("1,3 tỷ USD"),
        usd("1,2 tỷ USD"),
        usd("1,1 tỷ USD"),
        usd("1 tỷ USD"),
        usd("10,65 tỷ USD", part="T"),
    ],
    "counts": [C("2.534 dự án", "dự án"), C("996 lượt", "lượt")],
}

# i27: a provincial paper (2026): the national programmes' budget about 423.000 tỷ "trong đó:" three sources
# (adds up); 5 provinces; "gấp 2,5 - 3 lần" multipliers, "1/2" a fraction, percentages.
G["i27"] = {
    "money": [
        M("423.000 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("100.000 tỷ đồng", TY, part="T"),
        M("300.000 tỷ đồng", TY, q="approx", part="T"),
        M("23.000 tỷ đồng", TY, q="approx", part="T"),
    ],
    "counts": [C("5 tỉnh", "tỉnh")],
}

# i28: a national paper (2026): a city's revenue 800.043 tỷ; another city's; two earlier estimates and the
# running total; "Xét cơ cấu," domestic revenue, crude oil and trade duties (parts of 800.043, less).
G["i28"] = {
    "money": [
        M("800.043 tỷ đồng", TY, tag="T", opener="xét cơ cấu"),
        M("704.579 tỷ đồng", TY),
        M("700.000 tỷ đồng", TY, q="approx"),
        M("785.000 tỷ đồng", TY),
        M("781.600 tỷ đồng", TY, q="approx"),
        M("574.240 tỷ đồng", TY, part="T"),
        M("45.257 tỷ đồng", TY, part="T"),
        M("180.000 tỷ đồng", TY, q="approx", part="T"),
    ],
}

# i29: a provincial department's plan (2013): a ministry's letter with its date; 8 provinces; the same figure
# inside a programme's name in quotes is doubtful.
G["i29"] = {
    "counts": [C("8 tỉnh", "tỉnh")],
    "legal_refs": refs(("2191/BNN-TCTL", "Công văn", "2013-07-03")),
}
doubt_count("i29", "8 tỉnh", 8, "tỉnh", "inside a programme's name in quotes ('… dựa trên kết quả tại 8 tỉnh …')")

# i30: a tag page (2025): four Politburo resolutions (party symbols keep their '/'), "04 Nghị quyết".
G["i30"] = {
    "counts": [C("04 Nghị quyết", "nghị quyết")],
    "legal_refs": refs(
        ("59-NQ/TW", "Nghị quyết", None),
        ("70-NQ/TW", "Nghị quyết", None),
        ("71-NQ/TW", "Nghị quyết", None),
        ("72-NQ/TW", "Nghị quyết", None),
    ),
}

# i31: a provincial paper (2016): a party resolution issued on a date written before it (no issue date);
# over 10.950 tỷ; "gần 2 lần" a multiplier.
G["i31"] = {
    "money": [M("10.950 tỷ đồng", TY, q="over")],
    "legal_refs": refs(("10-NQ/TU", "Nghị quyết", None)),
}

# i32: a legal-data site's plan (2019), a copy broken into short lines: a decree with its date split over two
# lines, then twice without (the last with its type word on the line before).
G["i32"] = {
    "legal_refs": refs(
        ("61/2018/NĐ-CP", "Nghị định", "2018-04-23"),
        ("61/2018/NĐ-CP", "Nghị định", None),
        ("61/2018/NĐ-CP", "Nghị định", None),
    ),
}

# i33: a provincial paper's mobile site (2016): 800 triệu; 1.257 people; a provincial decision with its date
# ("ngày 13-4-2016"); a caption printed twice.
G["i33"] = {
    "money": [M("800 triệu đồng", TRIEU)],
    "counts": [C("1.257 người", "người")],
    "legal_refs": refs(("321/QĐ-UBND", "Quyết định", "2016-04-13")),
}

# i34: a national paper (2020): near 15 tỷ (headline, body); villages, provinces, households; the decision is
# written "2086/QÐ-TTg" with the look-alike 'Ð' (U+00D0) for 'Đ', so its code is doubtful (either reading).
G["i34"] = {
    "money": [M("15 tỷ đồng", TY, q="approx"), M("15 tỷ đồng", TY, q="approx")],
    "counts": [C("194 thôn", "thôn"), C("12 tỉnh", "tỉnh"), C("1.310 hộ", "hộ")],
}
ETH = "a symbol written with the look-alike 'Ð' (U+00D0) for 'Đ'"
doubt("i34", "legal_refs", L("2086/QÐ-TTg", "2086/QĐ-TTg", "Quyết định"), ETH + " (read with 'Đ')")
doubt("i34", "legal_refs", L("2086/QÐ-TTg", "2086/QÐ-TTg", "Quyết định"), ETH + " (read as written)")

# i35: a legal-data site's page of a provincial decision (2008): its symbol in the title, the "Số hiệu" row and
# the title block (no issue date: the dates stand in other rows); the Prime Minister's decision it implements
# in the title (no date) and in the capitalised heading with its date ("QĐ-TTG"); a decision cited with its
# date; a law cited by date alone is no reference.
G["i35"] = {
    "legal_refs": refs(
        ("31/2008/QĐ-UBND", "Quyết định", None),
        ("112/2007/QĐ-TTg", "Quyết định", None),
        ("31/2008/QĐ-UBND", "Quyết định", None),
        ("31/2008/QĐ-UBND", "Quyết định", None),
        ("112/2007/QĐ-TTG", "Quyết định", "2007-07-20"),
        ("07/2006/QĐ-TTg", "Quyết định", "2006-01-10"),
    ),
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "i", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
