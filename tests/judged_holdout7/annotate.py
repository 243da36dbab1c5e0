"""Gold for tests/judged_holdout7, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout7/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand (the few compounds such as "2.124 tỷ 541 triệu
đồng"), C(...) count, L(...) legal_ref; no amount in words here, so `restates` is unused.
Conventions for the number: 'vn', 'pt' and 'pt_en'.
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
M, V, C, L = ann.M, ann.V, ann.C, ann.L
rng, cells = ann.rng, ann.line_cells
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money = readings.doubt, readings.doubt_money


# p01: a Vĩnh Phúc yearbook price table on a host of that office's 2019 yearbook, rows written with
# pipes, "ĐVT: Đồng - Unit: Dong" above; the unit of each row ("Kg", "Lít - Litre", "Chai - Bottle",
# “ for ditto) is in the second column, so every cell is a price per that unit. Years are no money.
P01 = [
    ("kg", "9.058 11.566 11.592 12.578 13.053"),
    ("kg", "14.988 16.207 16.688 17.390 17.459"),
    ("kg", "52.543 86.234 73.748 84.321 96.547"),
    ("kg", "122.541 239.992 237.985 230.947 237.472"),
    ("kg", "66.729 110.938 102.644 114.551 112.952"),
    ("kg", "34.765 51.675 47.633 45.353 45.303"),
    ("kg", "93.016 200.000 191.807 204.275 210.130"),
    ("kg", "10.695 14.550 14.749 14.727 14.442"),
    ("kg", "2.630 7.378 8.134 7.288 7.637"),
    ("kg", "3.872 10.221 9.134 6.389 9.671"),
    ("kg", "10.059 12.710 12.615 12.250 17.186"),
    ("kg", "4.562 11.329 12.832 12.184 12.846"),
    ("kg", "6.250 6.884 8.624 11.789 10.640"),
    ("kg", "7.873 15.087 15.173 14.321 15.869"),
    ("kg", "4.000 5.359 5.572 6.341 6.374"),
    ("lít", "25.000 27.237 27.237 27.237 27.277"),
    ("lít", "32.642 43.358 43.286 43.248 44.612"),
    ("kg", "21.556 59.994 62.200 63.190 64.337"),
    ("kg", "18.112 16.447 17.922 16.534 15.301"),
    ("kg", "495.715 806.214 804.009 815.559 813.486"),
    ("chai", "11.950 10.775 10.250 9.670 9.558"),
]
G["p01"] = {"money": [m for per, row in P01 for m in cells(row, 1, per=per)]}

# p02: a law site's news page: GRDP of the 34 provinces after the 2025 merger, one cell a line between
# pipes, the unit in the header "Tổng GRDP (tỷ đồng)". The rank numbers (STT) are no money; a merged
# province's figure has no parts in the table (the provinces merged are only named).
P02 = """2.715.782 1.425.521 658.381 609.176 439.776 354.580 347.534 319.887 316.995 312.466 310.282
292.603 281.675 279.926 271.346 260.036 254.480 242.008 216.994 203.923 188.921 185.614 173.527
153.160 125.886"""
G["p02"] = {
    "money": cells(" ".join(P02.split()), TY),
    "counts": [C("34 tỉnh", "tỉnh"), C("34 tỉnh", "tỉnh"), C("34 tỉnh", "tỉnh"), C("34 tỉnh", "tỉnh")],
    "legal_refs": [L("Nghị quyết 60-NQ/TW", "60-NQ/TW", "Nghị quyết", "2025-04-12")],
}

# p03: a document-sharing copy of Hồ Chí Minh City's budget plan (form 10/CKNS-NSĐP), bilingual,
# one cell a line, "Triệu đồng - Millions of dong" once above; figures grouped the English way
# (several commas), so the column's one single-comma figure (645,000) is read the same way. Row I is
# the sum of rows 1-4 below it (row 4 is a zero), row II of rows 1-6 (rows 3, 4, 6 empty) and its
# row 1 of the two unnumbered rows under it; row III has no rows in the excerpt.
G["p03"] = {
    "money": [
        M("77,959,500", TRIEU, shape="table", conv="pt_en", tag="I", opener="table rows"),
        M("41,069,500", TRIEU, shape="table", conv="pt_en", part="I"),
        M("6,090,000", TRIEU, shape="table", conv="pt_en", part="I"),
        M("30,800,000", TRIEU, shape="table", conv="pt_en", part="I"),
        M("15,710,902", TRIEU, shape="table", conv="pt_en", tag="II", opener="table rows"),
        M("14,054,531", TRIEU, shape="table", conv="pt_en", tag="II1", part="II", opener="table rows"),
        M("3,684,900", TRIEU, shape="table", conv="pt_en", part="II1"),
        M("10,369,631", TRIEU, shape="table", conv="pt_en", part="II1"),
        M("1,011,371", TRIEU, shape="table", conv="pt_en", part="II"),
        M("645,000", TRIEU, shape="table", conv="pt_en", part="II"),
        M("15,710,902", TRIEU, shape="table", conv="pt_en"),
    ]
}
doubt_money("p03", "0", 0, "a zero cell (row I.4, grants): no amount")
doubt_money("p03", "645,000", 645 * TRIEU, "the single comma read as the spec's decimal mark (645 triệu)")
for t, code in (("10/ckns-nsđ", "10/CKNS-NSĐP"), ("10/CKNS-NSĐP", "10/CKNS-NSĐP"), ("10/CKNS-NSDP", "10/CKNS-NSDP")):
    doubt("p03", "legal_refs", {"text": t, "code": code, "doc_type": None}, "a form number (Mẫu số), not a document")

# p04: a law site's copy of a provincial HĐND resolution on the 2021 budget, each figure on its own
# line with "triệu đồng". Total revenue "Trong đó" a), b), c) (adding up), b) "Trong đó" the lottery;
# total spending "Bao gồm:" cut after a) by the end of the excerpt. Laws cited by date are no refs.
G["p04"] = {
    "money": [
        M("10.563.000 triệu đồng", TRIEU, tag="T1", opener="trong đó"),
        M("790.000 triệu đồng", TRIEU, part="T1"),
        M("9.240.500 triệu đồng", TRIEU, tag="b", part="T1", opener="trong đó"),
        M("110.000 triệu đồng", TRIEU, part="b"),
        M("532.500 triệu đồng", TRIEU, part="T1"),
        M("15.260.550 triệu đồng", TRIEU, tag="T2", opener="bao gồm"),
        M("4.550.615 triệu đồng", TRIEU, part="T2"),
    ],
    "legal_refs": [
        L("Số: 23/NQ-HĐND", "23/NQ-HĐND", "Nghị quyết"),
        L("Tờ trình số 113/TTr-UBND", "113/TTr-UBND", "Tờ trình", "2020-12-02"),
        L("Báo cáo thẩm tra số 55/BCTT-KTNS", "55/BCTT-KTNS", "Báo cáo", "2020-12-03"),
    ],
}

# p05: a procurement paper's relief article: of 1.432 tỷ received, 1.035 tỷ allocated ("Trong đó"),
# then "Cụ thể, … phân bổ hỗ trợ:" province by province over three paragraphs, cut by the excerpt.
m05 = [
    M("1.432 tỷ đồng", TY),
    M("1.432 tỷ đồng", TY),
    M("1.432 tỷ đồng", TY, tag="R", opener="trong đó"),
    M("1.035 tỷ đồng", TY, tag="A", part="R", opener="cụ thể"),
]
for v in (180, 130, 80, 80, 55, 55, 50, 50, 50, 40, 40, 30, 30, 25):
    m05.append(M(f"{v} tỷ đồng", TY, part="A"))
m05.append(M("25 tỷ đồng", TY, part="A"))
G["p05"] = {"money": m05}

# p06: a rural-development site: "gần 6.800 tỉ" split "Cụ thể," in the next paragraph by source
# (six parts, less: the total is approximate); the local-budget part restated in the paragraph after
# and split into provincial (itself "gồm" two amounts, adding up) and district budgets.
G["p06"] = {
    "money": [
        M("6.800 tỉ đồng", TY, q="approx"),
        M("6.800 tỉ đồng", TY, q="approx", tag="T", opener="next paragraph"),
        M("339 tỉ đồng", TY, q="over", part="T"),
        M("340 tỉ đồng", TY, part="T"),
        M("1.631 tỉ đồng", TY, q="over", part="T"),
        M("3.126 tỉ đồng", TY, q="over", part="T"),
        M("883 tỉ đồng", TY, q="over", part="T"),
        M("475 tỉ đồng", TY, q="over", part="T"),
        M("340 tỉ đồng", TY, tag="L", opener="trong phần"),
        M("77,8 tỉ đồng", TY, q="over", tag="P", part="L", opener="gồm"),
        M("71 tỉ đồng", TY, part="P"),
        M("6,8 tỉ đồng", TY, part="P"),
        M("262 tỉ đồng", TY, q="over", part="L"),
    ]
}
doubt(
    "p06", "legal_refs", {"text": "Nghị quyết 28", "code": "28", "doc_type": "Nghị quyết"}, "a number without a symbol"
)
doubt("p06", "counts", {"text": "0 đánh giá", "value": 0, "unit": "đánh giá"}, "page furniture (ratings widget)")

# p07: a provincial broadcaster: compound amounts ("2.124 tỷ 541 triệu đồng"). The total "Trong đó:"
# domestic and foreign capital (one more tỷ than the total: "more"), then the same total split again by
# kind (not linked: one breakdown per total). The national programmes' 663.986 triệu is split in the
# bracket (adding up); its "trong đó … 29.130" is a second split of it (not linked). 676.747 "trong đó"
# domestic and foreign (less).
G["p07"] = {
    "money": [
        M("2000 tỷ đồng", TY, q="over", conv="pt"),
        V("2.124 tỷ 541 triệu đồng", 2_124_541_000_000, shape="compound", q="approx", tag="T", opener="trong đó"),
        M("200 tỷ đồng", TY, q="approx"),
        V("1.970 tỷ 287 triệu đồng", 1_970_287_000_000, shape="compound", part="T"),
        V("155 tỷ 254 triệu đồng", 155_254_000_000, shape="compound", part="T"),
        V("622 tỷ 700 triệu đồng", 622_700_000_000, shape="compound"),
        M("16 tỷ đồng", TY),
        M("25 tỷ đồng", TY),
        M("663.986 triệu đồng", TRIEU, tag="Q", opener="bracket"),
        M("29.130 triệu đồng", TRIEU),
        V("298 tỷ 520 triệu đồng", 298_520_000_000, shape="compound", part="Q"),
        M("275.364 triệu đồng", TRIEU, part="Q"),
        V("90 tỷ 102 triệu đồng", 90_102_000_000, shape="compound", part="Q"),
        M("676.747 triệu đồng", TRIEU, tag="R", opener="trong đó"),
        M("521.439 triệu đồng", TRIEU, part="R"),
        M("155.254 triệu đồng", TRIEU, part="R"),
        V("95 tỷ 978 triệu đồng", 95_978_000_000, shape="compound"),
        M("27.571 triệu đồng", TRIEU),
        M("27.537 triệu đồng", TRIEU),
    ]
}

# p08: live-pig prices per kg on a paper's sub-site: ranges "70.000 - 73.000 đồng/kg" (two facts each).
m08 = []
m08 += rng("70.000", "73.000 đồng/kg", per="kg")
m08 += rng("68.000", "69.000 đồng/kg", per="kg")
m08 += rng("68.000", "73.000 đồng/kg", per="kg")
m08 += rng("72.000", "73.000 đồng/kg", per="kg")
m08 += rng("67.000", "74.000 đồng/kg", per="kg")
m08 += [M(t, shape="rate", per="kg") for t in ("1.000 đồng/kg", "72.000 đồng/kg", "73.000 đồng/kg", "74.000 đồng/kg")]
m08 += rng("75.000", "79.000 đồng/kg", per="kg")
m08 += rng("72.000", "74.000 đồng/kg", per="kg")
m08 += rng("72.000", "79.000 đồng/kg", per="kg")
G["p08"] = {"money": m08}

# p09: a national broadcaster: average monthly income per worker by sector and ownership. The
# "trong đó" amounts are the averages of a sub-sector (no sums, not parts).
G["p09"] = {
    "money": [
        M(f"{v} triệu đồng", TRIEU) for v in ("8,3", "9,4", "21,6", "7,8", "16,1", "5,2", "11,9", "11,4", "9,0", "7,4")
    ],
    "counts": [C("3 loại hình", "loại hình")],
}

# p10: a paper's FDI item: partners' newly registered capital (their sum is less than the total
# given two paragraphs later, no opener: not linked); new plus added capital summed after them
# ("Như vậy, tổng số … đạt": the parts stated before, adding up).
G["p10"] = {
    "money": [
        M("2.095,8 triệu USD", TRIEU, "USD"),
        M("2.095,8 triệu USD", TRIEU, "USD"),
        M("2.095,8 triệu USD", TRIEU, "USD"),
        M("2.023,8 triệu USD", TRIEU, "USD"),
        M("1.582,3 triệu USD", TRIEU, "USD"),
        M("1.465 triệu USD", TRIEU, "USD"),
        M("1.251,4 triệu USD", TRIEU, "USD"),
        M("472,3 triệu USD", TRIEU, "USD"),
        M("441,4 triệu USD", TRIEU, "USD"),
        M("433,4 triệu USD", TRIEU, "USD"),
        M("367,4 triệu USD", TRIEU, "USD"),
        M("10.973,4 triệu USD", TRIEU, "USD", part="S"),
        M("4.789,8 triệu USD", TRIEU, "USD", part="S"),
        M("15.763,2 triệu USD", TRIEU, "USD", tag="S", opener="after"),
        M("14,2 tỷ USD", TY, "USD"),
    ],
    "counts": [C("72 quốc gia", "quốc gia"), C("2.759 dự án", "dự án"), C("1.037 lượt", "lượt")],
}

# p11: a national paper's relief item: "hơn 907 tỷ" registered, "Trong đó" Vingroup's 500 tỷ and,
# in the next paragraph, Hà Nội's and Cần Thơ's (less); the 265 tỷ round given "mỗi tỉnh" amounts
# (per province, never parts).
G["p11"] = {
    "money": [
        M("907 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("500 tỷ đồng", TY, part="T"),
        M("100 tỷ đồng", TY, part="T"),
        M("2,5 tỷ đồng", TY, part="T"),
        M("265 tỷ đồng", TY),
        M("30 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("20 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("15 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("10 tỷ đồng", TY, shape="each", per="địa phương"),
    ],
    "counts": [
        C("12 tỉnh", "tỉnh"),
        C("5 tỉnh", "tỉnh"),
        C("17 tỉnh", "tỉnh"),
        C("6 tỉnh", "tỉnh"),
        C("3 thành phố", "thành phố"),
    ],
}

# p12: an online paper's business-registration item: counts with "nghìn" and money with "nghìn tỷ".
G["p12"] = {
    "money": [M("239,3 nghìn tỷ đồng", NGHIN_TY, shape="scale"), M("18,1 tỷ đồng", TY)],
    "counts": [
        C("32,7 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("75,2 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("13,2 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("91,4 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("4.839 doanh nghiệp", "doanh nghiệp"),
        C("3.372 doanh nghiệp", "doanh nghiệp"),
        C("3.068 doanh nghiệp", "doanh nghiệp"),
    ],
}

# p13: trade balance; the domestic deficit and the FDI surplus make the total by difference (no sum).
G["p13"] = {
    "money": [
        M("2,45 tỷ USD", TY, "USD"),
        M("2,45 tỷ USD", TY, "USD"),
        M("200 triệu USD", TRIEU, "USD"),
        M("2,45 tỷ USD", TY, "USD"),
        M("3,6 tỷ USD", TY, "USD"),
        M("12,73 tỷ USD", TY, "USD"),
        M("15,18 tỷ USD", TY, "USD"),
    ]
}

# p14: FDI trade; exports and imports in the next sentence add up to the total but have no opener.
G["p14"] = {
    "money": [
        M("48,19 tỷ USD", TY, "USD"),
        M("8,9 tỷ USD", TY, "USD"),
        M("24,53 tỷ USD", TY, "USD"),
        M("23,66 tỷ USD", TY, "USD"),
        M("873 triệu USD", TRIEU, "USD"),
    ]
}

# p15: rubber exports (tonnes are measurements, not counts).
G["p15"] = {"money": [M("1,74 tỷ USD", TY, "USD"), M("406 triệu USD", TRIEU, "USD", q="over")]}

# p16: a national portal's copy: 385 tỷ given as per-province rates ("30 tỷ đồng/tỉnh", "mỗi tỉnh
# nhận") and one province's 20 tỷ; none linked (amounts per unit are never parts).
G["p16"] = {
    "money": [
        M("385 tỷ đồng", TY),
        M("30 tỷ đồng/tỉnh", TY, shape="rate", per="tỉnh"),
        M("20 tỷ đồng", TY),
        M("15 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("5 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("1.001 tỷ đồng", TY),
    ],
    "counts": [
        C("20 tỉnh", "tỉnh"),
        C("20 địa phương", "địa phương"),
        C("14.000 trang", "trang", q="over"),
        C("3 tài khoản", "tài khoản"),
    ],
}

# p17: a provincial finance department's price report: a "Số:" header and a range per kg.
G["p17"] = {
    "money": [
        M("45.000 đ/kg", shape="range-first", q="approx", per="kg"),
        M("50.000 đ/kg", shape="rate", per="kg"),
    ],
    "legal_refs": [L("Số: 249  /BC-STC", "249/BC-STC", "Báo cáo")],
}

# p18: fuel price ceilings ("không cao hơn"), per litre and per kg.
G["p18"] = {
    "money": [
        M("22.022 đồng/lít", shape="rate", q="under", per="lít"),
        M("23.038 đồng/lít", shape="rate", q="under", per="lít"),
        M("19.302 đồng/lít", shape="rate", q="under", per="lít"),
        M("19.462 đồng/lít", shape="rate", q="under", per="lít"),
        M("14.479 đồng/kg", shape="rate", q="under", per="kg"),
    ]
}

# p19: a post-merger (2025) item: areas in km² and ranks are no counts.
G["p19"] = {
    "counts": [
        C("1,5 triệu người", "người", TRIEU, shape="multiplier", q="approx"),
        C("34 đơn vị hành chính", "đơn vị hành chính"),
    ],
    "legal_refs": [L("Nghị quyết số 60-NQ/TW", "60-NQ/TW", "Nghị quyết")],
}

# p20: a thesis site's ODA summary.
G["p20"] = {"money": [M("64 tỷ USD", TY, "USD")]}

# p21, p22, p23, p26: statistics offices' share tables (%), no money; p21's reader count is furniture.
doubt("p21", "counts", {"text": "1232", "value": 1232, "unit": "lần đọc"}, "page furniture (reader count)")

# p24: a relief plan of 45 tỷ.
G["p24"] = {"money": [M("45 tỷ đồng", TY)]}

# p25: a broker's quarterly results in a pipe table with no unit anywhere in the excerpt: no money.
# p27: a post-merger item: "10 địa phương" three times.
G["p27"] = {"counts": [C("10 địa phương", "địa phương") for _ in range(3)]}

# p28: a services firm's copy of a National Assembly resolution: its title line and "s:" header (no
# date on that line), then the references it is based on, each with its date where one follows.
G["p28"] = {
    "legal_refs": [
        L("Nghị quyết 114/2020/QH14", "114/2020/QH14", "Nghị quyết"),
        L("Nghị quyết s: 114/2020/QH14", "114/2020/QH14", "Nghị quyết"),
        L("Luật Ngân sách nhà nước số 83/2015/QH13", "83/2015/QH13", "Luật"),
        L("Nghị quyết số 49/2017/QH14", "49/2017/QH14", "Nghị quyết", "2017-11-13"),
        L("Nghị quyết số 50/2017/QH14", "50/2017/QH14", "Nghị quyết", "2017-11-14"),
        L("Nghị quyết số 77/2019/QH14", "77/2019/QH14", "Nghị quyết", "2019-06-11"),
        L("Nghị quyết số 70/2018/QH14", "70/2018/QH14", "Nghị quyết"),
        L("Báo cáo số 227/BC-CP", "227/BC-CP", "Báo cáo", "2020-05-16"),
        L("Báo cáo số 42/BC-KTNN", "42/BC-KTNN", "Báo cáo", "2020-05-11"),
        L("Báo cáo thẩm tra số 1995/BC-UBTCNS14", "1995/BC-UBTCNS14", "Báo cáo", "2020-05-26"),
        L("số 564/BC-UBTVQH14", "564/BC-UBTVQH14", "Báo cáo", "2020-06-17"),
    ]
}


# p29: a title with a count of provinces. p30: household sizes are averages ("bình quân 1 hộ … 3,70
# người"), no counts.
G["p29"] = {"counts": [C("10 tỉnh", "tỉnh")]}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "p", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
