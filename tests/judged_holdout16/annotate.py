"""Gold for tests/judged_holdout16, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout16/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref. Conventions for the number:
'vn' and 'pt_en'.
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
M, R, C, L = ann.M, ann.R, ann.C, ann.L
kgs = ann.kgs
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit price), range-first (the lower end of a range that
# shares the upper end's unit), each (an amount per item: "mỗi tỉnh …", "mỗi căn …"), shared (an
# amount without its currency word beside amounts that carry one: "Cao Bằng 195"), words, table
# (a cell of a table whose unit is stated once, in a header, over, under or beside it); counts:
# plain, multiplier ("255,9 nghìn doanh nghiệp"), pair ("34/45 xã").
US = dict(cur="USD")


# READINGS
US = dict(cur="USD")

# z01: FDI of seven months: the total, then "Theo đó" the new projects' capital (a part); sector and
# province shares break the same total down again on other axes and are not linked (one breakdown).
G["z01"] = {
    "money": [
        M("18,82 tỷ USD", TY, tag="T", opener="next paragraph", **US),
        M("9,46 tỷ USD", TY, part="T", **US),
        M("8,96 tỷ USD", TY, q="over", **US),
        M("4 tỷ USD", TY, **US),
        M("2,82 tỷ USD", TY, **US),
        M("2,4 tỷ USD", TY, q="approx", **US),
    ],
    "counts": [C("1.620 dự án", "dự án"), C("1 dự án", "dự án")],
}

# z02: the 2025 merger draft: support per province and per commune removed (each); counts of units,
# a pair, "dưới 3.000"; "52 địa phương gồm 4 thành phố và 48 tỉnh" counts different nouns (not linked).
G["z02"] = {
    "money": [M("100 tỷ đồng", TY, shape="each"), M("500 triệu đồng", TRIEU, shape="each")],
    "counts": [
        C("11 đơn vị hành chính", "đơn vị hành chính"),
        C("11 đơn vị hành chính", "đơn vị hành chính"),
        C("52 địa phương", "địa phương"),
        C("4 thành phố", "thành phố"),
        C("48 tỉnh", "tỉnh"),
        C("9.996", "đơn vị", shape="pair"),
        C("10.035 đơn vị", "đơn vị", shape="pair"),
        C("3.000 đơn vị", "đơn vị", q="under"),
    ],
}

# z03: the same kind of list for seven provinces, counts written with a leading zero.
G["z03"] = {
    "money": [M(f"{n} triệu đồng", TRIEU) for n in (187, 936, 36, 109, 113, 815, 30)],
    "counts": [C("7 địa phương", "địa phương")]
    + [C(f"{n} đối tượng", "đối tượng") for n in ("02", "01", "03", "01", "44", "01")],
}

# z04: domestic investment "gần 1.100 tỷ", "trong đó" new projects and added capital; cumulative
# totals in "ngàn tỷ".
G["z04"] = {
    "money": [
        M("1.100 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("945 tỷ đồng", TY, q="over", part="T"),
        M("152 tỷ đồng", TY, q="approx", part="T"),
        M("162 ngàn tỷ đồng", NGHIN_TY, q="over", shape="scale"),
        M("135 ngàn tỷ đồng", NGHIN_TY, q="approx", shape="scale"),
    ],
    "counts": [
        C("6 dự án", "dự án"),
        C("3 dự án", "dự án"),
        C("616 dự án", "dự án"),
        C("587 dự án", "dự án", q="approx"),
    ],
}

# z05: support for market traders by turnover per month (rates) and lump sums.
G["z05"] = {
    "money": [
        R("18,7 triệu đồng/tháng", TRIEU, per="tháng"),
        M("44 triệu đồng", TRIEU),
        R("8,2 triệu đồng/tháng", TRIEU, per="tháng"),
        M("39 triệu đồng", TRIEU),
    ],
    "counts": [C("226 hộ", "hộ")],
}

# z06: relief gifts, one amount with its scale word but no currency word beside ones that carry it.
G["z06"] = {"money": [M("250 triệu đồng", TRIEU), M("200 triệu", TRIEU, shape="shared"), M("4,3 tỉ đồng", TY)]}

# z07: donations received, the headline amount repeated in the lead; the districts' transfer that
# follows "Theo đó" is not stated as a division of the total (not linked).
G["z07"] = {"money": [M("48 tỷ đồng", TY, q="over"), M("48 tỷ đồng", TY, q="over"), M("6,1 tỷ đồng", TY, q="over")]}

# z08: a 2025 gift decision: a decision without its year after the date, a resolution, two decrees
# with dates; an amount per person; counts with leading zeros.
G["z08"] = {
    "money": [
        M("2.514 tỉ đồng", TY, q="approx"),
        R("400.000 đồng/người", per="người"),
        M("2.513 tỉ đồng", TY, q="over"),
    ],
    "counts": [C("02 đối tượng", "đối tượng"), C("02 mức", "mức"), C("01 suất", "suất"), C("43 tỉnh", "tỉnh")],
    "legal_refs": [
        L("2814/QĐ-TTg", "2814/QĐ-TTg", "Quyết định"),
        L("418/NQ-CP", "418/NQ-CP", "Nghị quyết"),
        L("20/2021/NĐ-CP", "20/2021/NĐ-CP", "Nghị định", "2021-03-15"),
        L("176/2025/NĐ-CP", "176/2025/NĐ-CP", "Nghị định", "2025-06-30"),
    ],
}

# z09: a provincial price bulletin of 2008: prices "đ/kg", changes "tăng 2.000 đ", ranges "từ a - b đ/kg".
G["z09"] = {
    "money": [
        *kgs("10.300 đ/kg", "14.200 đ/kg", "12.500 đ/kg", ("1.000", "3.000 đ/kg")),
        M("2.000 đ"),
        R("62.000 đ/kg", per="kg"),
        M("3.000 đ"),
        R("54.000 đ/kg", per="kg"),
        M("1.000 đ"),
        R("33.000 đ/kg", per="kg"),
        *kgs("62.000 đ/kg", "54.000 đ/kg"),
        M("10.000 đ"),
        R("80.000 đ/kg", per="kg"),
        M("11.000 đ"),
        R("83.000 đ/kg", per="kg"),
        M("7.000 đ"),
        R("52.000 đ/kg", per="kg"),
        *kgs("72.000 đ/kg", "80.000 đ/kg", "52.000 đ/kg"),
        M("3.000", shape="range-first", per="kg"),
        R("4.000 đ/kg", per="kg", q="over"),
        *kgs("86.000 đ/kg", ("5.000", "8.000 đ/kg"), ("5.000", "10.000 đ/kg")),
    ]
}

# z10: farm exports of a month and of eight months; "Trong đó nổi bật như:" after the eight-month
# total opens the products, whose eight-month values are its parts (monthly values not linked).
G["z10"] = {
    "money": [
        M("2,35 tỷ USD", TY, **US),
        M("1,07 tỷ USD", TY, **US),
        M("8,06 tỷ USD", TY, tag="E", opener="trong đó", **US),
        M("380 triệu USD", TRIEU, **US),
        M("2,23 tỷ USD", TY, part="E", **US),
        M("222 triệu USD", TRIEU, **US),
        M("2,34 tỷ USD", TY, part="E", **US),
        M("286 triệu USD", TRIEU, **US),
        M("1,81 tỷ USD", TY, part="E", **US),
    ]
}

# z11: farm exports of a month and five months, two products' values, an average price a tonne.
G["z11"] = {
    "money": [
        M("2,49 tỷ USD", TY, **US),
        M("11 tỷ USD", TY, q="approx", **US),
        M("923 triệu USD", TRIEU, **US),
        M("387 triệu USD", TRIEU, **US),
        R("3.127 USD/tấn", per="tấn", **US),
    ]
}


# z12: relief collected by a ward and a commune after the 2025 merger (no districts named).
G["z12"] = {"money": [M("80 triệu đồng", TRIEU), M("32 triệu đồng", TRIEU, q="approx")]}

# z13: new enterprises of a month (national statistics): counts of enterprises and workers, the
# registered capital and the average per enterprise (no breakdown).
G["z13"] = {
    "money": [M("179.700 tỉ đồng", TY), M("22,4 tỉ đồng", TY)],
    "counts": [
        C("8.038 doanh nghiệp", "doanh nghiệp"),
        C("56.900 người", "người"),
        C("4.604 doanh nghiệp", "doanh nghiệp"),
        C("3.593 doanh nghiệp", "doanh nghiệp"),
        C("3.593 doanh nghiệp", "doanh nghiệp"),
        C("2.606 doanh nghiệp", "doanh nghiệp"),
    ],
}

# z14: new enterprises of a month and of ten months in "nghìn tỷ"; the ten-month total capital is
# stated after its two parts ("Nếu tính cả …, thì tổng số vốn … là"); counts with "nghìn".
G["z14"] = {
    "money": [
        M("143,6 nghìn tỷ đồng", NGHIN_TY, shape="scale"),
        M("11,8 tỷ đồng", TY),
        M("1.434,4 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="K"),
        M("12,5 tỷ đồng", TY),
        M("1.893,4 nghìn tỷ đồng", NGHIN_TY, shape="scale", part="K"),
        M("3.327,8 nghìn tỷ đồng", NGHIN_TY, shape="scale", tag="K", opener="after"),
    ],
    "counts": [
        C("12.182 doanh nghiệp", "doanh nghiệp"),
        C("94,7 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("7.247 doanh nghiệp", "doanh nghiệp"),
        C("2.086 doanh nghiệp", "doanh nghiệp"),
        C("5.012 doanh nghiệp", "doanh nghiệp"),
        C("1.410 doanh nghiệp", "doanh nghiệp"),
        C("114,4 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("1.024,5 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("33,1 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
    ],
}

# z15: new enterprises of a month, a government resolution cited without "số".
G["z15"] = {
    "money": [M("149,9 nghìn tỷ đồng", NGHIN_TY, shape="scale"), M("12,6 tỷ đồng", TY)],
    "counts": [
        C("11,9 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("76,6 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("4.958 doanh nghiệp", "doanh nghiệp"),
    ],
    "legal_refs": [L("128/NQ-CP", "128/NQ-CP", "Nghị quyết")],
}

# z16: the 2026 gift: an amount per person (twice, once in a caption) and the same amount as a sum.
G["z16"] = {"money": [R("400.000 đồng/người", per="người"), R("400.000 đồng/người", per="người"), M("400.000 đồng")]}

# z17: the President's Tết gift: two levels, a decision of the President's office.
G["z17"] = {
    "money": [M("600.000 đồng"), M("300.000 đồng"), M("600.000 đồng"), M("300.000 đồng")],
    "counts": [C("2 mức", "mức"), C("2 mức", "mức")],
    "legal_refs": [L("01/QĐ-CTN", "01/QĐ-CTN", "Quyết định")],
}

# z18: pork prices a kg; a fall per pig; "khoảng dưới 90.000 đồng/kg".
G["z18"] = {
    "money": [
        M("500.000 đồng"),
        R("90.000 đồng/kg", per="kg"),
        R("95.000 đồng/kg", per="kg"),
        R("90.000 đồng/kg", per="kg", q="under"),
    ]
}

# z19: investment of nine months: the total "1 triệu tỷ" and its three sectors in the next paragraphs
# (each "chiếm …% tổng vốn"; they sum to more than the rounded total); the state budget part
# "(trong đó …)" adding up; FDI new + added capital with the total after them ("Như vậy, tính chung").
G["z19"] = {
    "money": [
        M("1 triệu tỷ đồng", TRIEU * TY, shape="scale", tag="V", opener="next paragraph"),
        M("378.800 tỷ đồng", TY, part="V"),
        M("387.700 tỷ đồng", TY, part="V"),
        M("240.400 tỷ đồng", TY, part="V"),
        M("180.000 tỷ đồng", TY, tag="B", opener="bracket"),
        M("42.600 tỷ đồng", TY, part="B"),
        M("137.400 tỷ đồng", TY, part="B"),
        M("11,16 tỷ USD", TY, part="F", **US),
        M("5,26 tỷ USD", TY, part="F", **US),
        M("16,43 tỷ USD", TY, tag="F", opener="after", **US),
        M("11,02 tỷ USD", TY, **US),
    ],
    "counts": [C("1.820 dự án", "dự án"), C("851 lượt", "lượt")],
}

# z20: a city's relief for 19 provinces, one amount each.
G["z20"] = {
    "money": [M("19 tỷ đồng", TY), M("1 tỷ đồng", TY, shape="each")],
    "counts": [C("19 tỉnh", "tỉnh"), C("19 tỉnh", "tỉnh")],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "z", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
