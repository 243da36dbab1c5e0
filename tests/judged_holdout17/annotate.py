"""Gold for tests/judged_holdout17, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout17/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, R(...) a rate, C(...) count, L(...) legal_ref (`refs` for several). Conventions
for the number: 'vn' and 'pt_en'.
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
M, V, W, R, C, L = ann.M, ann.V, ann.W, ann.R, ann.C, ann.L
rng, trow, kgs, cells = ann.rng, ann.trow, ann.kgs, ann.cells
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit price), range-first (the lower end of a range that
# shares the upper end's unit), each (an amount per item: "mỗi tỉnh …", "mỗi căn …"), shared (an
# amount without its currency word beside amounts that carry one: "Cao Bằng 195"), words, table
# (a cell of a table whose unit is stated once, in a header, over, under or beside it); counts:
# plain, multiplier ("255,9 nghìn doanh nghiệp"), pair ("34/45 xã").
US = dict(cur="USD")


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


# b01: a council resolution's head: its own number on the "Số:" line (no issue date: the date stands
# in the place-and-date line), three decrees and a decision with dates, a submission ("Tờ trình").
G["b01"] = {
    "legal_refs": refs(
        ("45/2016/NQ-HĐND", "Nghị quyết", None),
        ("34/2016/NĐ-CP", "Nghị định", "2016-05-14"),
        ("77/2015/NĐ-CP", "Nghị định", "2015-09-10"),
        ("136/2015/NĐ-CP", "Nghị định", "2015-12-31"),
        ("40/2015/QĐ-TTg", "Quyết định", "2015-09-14"),
        ("240/TTr-UBND", "Tờ trình", "2016-12-14"),
    )
}

# b02: a decision's catalogue page: its symbol in the heading, in a "Số hiệu |" cell and on the "Số:"
# line (no issue date), then four references with dates (a decision, a circular, a resolution, a letter).
G["b02"] = {
    "legal_refs": refs(
        ("17/2013/QĐ-UBND", "Quyết định", None),
        ("17/2013/QĐ-UBND", "Quyết định", None),
        ("17/2013/QĐ-UBND", "Quyết định", None),
        ("192/2004/QĐ-TTg", "Quyết định", "2004-11-16"),
        ("03/2005/TT-BTC", "Thông tư", "2005-01-06"),
        ("59/2012/NQ-HĐND", "Nghị quyết", "2012-12-13"),
        ("506/STC-NST", "Công văn", "2013-03-12"),
    )
}

# b03: drought relief for eleven provinces, each in brackets; two provinces "mỗi tỉnh" (each). The
# total is in the headline, outside the excerpt: no links.
G["b03"] = {
    "money": [M(f"{n} tỷ đồng", TY) for n in ("16,2", "17,6", "13,8", "10,9", "9,9", "9", "8", "8,6", "6,1")]
    + [M("8,8 tỷ đồng", TY, shape="each")],
    "counts": [C("11 địa phương", "địa phương")],
}

# b04: a poverty programme "hơn 72 tỷ", "Trong đó" a reserve "gần 9 tỷ" and "Đồng thời" the rest "hơn
# 63 tỷ" (the two parts add up); the reserve's 5 communes split in a bracket into 3 and 2.
G["b04"] = {
    "money": [
        M("72 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("9 tỷ đồng", TY, q="approx", part="T"),
        M("63 tỷ đồng", TY, q="over", part="T"),
    ],
    "counts": [
        C("5 xã", "xã", tag="X", opener="bracket"),
        C("3 xã", "xã", part="X"),
        C("2 xã", "xã", part="X"),
        C("20 thôn", "thôn"),
        C("61 xã", "xã"),
        C("15 thôn", "thôn"),
    ],
}

# b05: a district's notice citing a department's plan (date in words) and a letter (date in digits).
G["b05"] = {
    "legal_refs": refs(
        ("76/KH-SGTVT", "Kế hoạch", "2022-12-06"),
        ("6312/BGTVT-VT", "Công văn", "2022-11-25"),
    )
}

# b06: an infographic: "13 dự án" in the headline, "Theo đó" 10 projects decided and 3 adjusted.
G["b06"] = {
    "money": [M("1.690 tỷ đồng", TY, q="over")],
    "counts": [
        C("13 dự án", "dự án", tag="D", opener="next paragraph"),
        C("10 dự án", "dự án", part="D"),
        C("3 dự án", "dự án", part="D"),
    ],
}

# b07: a ministry's answer to voters: decisions, letters of a committee and of the government office,
# a decree with and without its date; "Nghị định 116" / "Nghị định số 116" (serial number only) are
# doubtful. "5 xã" counts communes; the bracket names them.
G["b07"] = {
    "legal_refs": refs(
        ("2156/QĐ-TTg", "Quyết định", "2010-11-25"),
        ("204/QĐ-TTg", "Quyết định", "2016-02-01"),
        ("1458/UBDT-VP135", "Văn bản", "2015-12-31"),
        ("116/2010/NĐ-CP", "Nghị định", None),
        ("583/UBDT-CSDT", "Công văn", "2016-06-20"),
        ("8070/VPCP-KGVX", "Văn bản", "2015-10-06"),
        ("1458/UBDT-VP135", "Văn bản", "2015-12-31"),
        ("116/2010/NĐ-CP", "Nghị định", "2010-12-24"),
    ),
    "counts": [C("5 xã", "xã")],
}
for _t in ("Nghị định 116", "Nghị định số 116"):
    doubt(
        "b07",
        "legal_refs",
        {"text": _t, "code": "116", "doc_type": "Nghị định", "date": None},
        "a decree cited by its serial number only, without a symbol",
    )

# b08: a draft circular citing two decisions with dates; the area in villages, communes, districts, provinces.
G["b08"] = {
    "counts": [C("194 thôn", "thôn"), C("93 xã", "xã"), C("37 huyện", "huyện"), C("12 tỉnh", "tỉnh")],
    "legal_refs": refs(("2086/QĐ-TTg", "Quyết định", "2016-10-31"), ("59/2015/QĐ-TTg", "Quyết định", "2015-11-19")),
}

# b09: the headline's total, then "Cụ thể" its two uses (adding up).
G["b09"] = {
    "money": [
        M("6,3 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("5 tỷ đồng", TY, part="T"),
        M("1,3 tỷ đồng", TY, part="T"),
    ]
}

# b10: a decision cited three times (its date stands before it, not after); two counts of peoples,
# repeated with their names listed after "gồm:" (names, no figures: no links).
G["b10"] = {
    "counts": [
        C("32 dân tộc", "dân tộc"),
        C("14 dân tộc", "dân tộc"),
        C("32 dân tộc", "dân tộc"),
        C("14 dân tộc", "dân tộc"),
    ],
    "legal_refs": refs(
        ("1227/QĐ-TTg", "Quyết định", None),
        ("1227/QĐ-TTg", "Quyết định", None),
        ("1227/QĐ-TTg", "Quyết định", None),
    ),
}

# b11: market prices a kg: a fall, ranges "a - b đồng/kg", changes "giảm …"; a price table whose
# header cells state the unit "(đồng/kg)" once, a range in each market cell. Shrimp sizes "size 20 con"
# (shrimps a kg) are doubtful counts.
G["b11"] = {
    "money": [
        R("5.000 đồng/kg", per="kg"),
        *kgs(("130.000", "135.000 đồng/kg"), ("135.000", "140.000 đồng/kg")),
        *kgs(("145.000", "150.000 đồng/kg"), ("130.000", "135.000 đồng/kg")),
        *kgs(("72.000", "80.000 đồng/kg")),
        R("20.000 đồng/kg", per="kg", q="over"),
        *kgs("13.000 đồng/kg", "2.000 đồng/kg", "30.000 đồng/kg", "2.000 đồng/kg", "9.000 đồng/kg"),
        *kgs("9.000 đồng/kg", "1.000 đồng/kg", "11.000 đồng/kg", "1.000 đồng/kg"),
        *kgs(("19.000", "19.500 đồng/kg"), ("170.000", "172.000 đồng/kg")),
        *kgs(("122.000", "125.000 đồng/kg"), ("118.000", "120.000 đồng/kg")),
        *cells(
            [("220.000", "230.000"), "260.000", ("110.000", "120.000"), "147.000", ("150.000", "160.000"), "189.000"],
            per="kg",
        ),
    ]
}
for _n in ("20", "30", "40"):
    doubt_count("b11", f"{_n} con", int(_n), "con", "a shrimp size grade (shrimps a kg), not a count of things")

# b12: enterprises of ten months; cooperatives "trong đó" by kind and a credit fund kind (adding up),
# groups "gồm:" (adding up), unions in a bracket (adding up); the parts use the abbreviation the total
# defines ("(HTX)", "(THT)") or, for the funds, a kind of cooperative.
G["b12"] = {
    "money": [M("12.615 tỷ đồng", TY)],
    "counts": [
        C("991 doanh nghiệp", "doanh nghiệp"),
        C("59 doanh nghiệp", "doanh nghiệp"),
        C("991 doanh nghiệp", "doanh nghiệp"),
        C("286 doanh nghiệp", "doanh nghiệp"),
        C("389 doanh nghiệp", "doanh nghiệp"),
        C("125 doanh nghiệp", "doanh nghiệp"),
        C("456 hợp tác xã", "hợp tác xã", tag="H", opener="trong đó"),
        C("357 HTX", "htx", part="H"),
        C("74 HTX", "htx", part="H"),
        C("25 quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân", part="H"),
        C("352 tổ hợp tác", "tổ hợp tác", tag="G", opener="colon"),
        C("335 THT", "tht", part="G"),
        C("17 THT", "tht", part="G"),
        C("4 liên hiệp HTX", "liên hiệp htx", tag="U", opener="bracket"),
        C("3 liên hiệp HTX", "liên hiệp htx", part="U"),
        C("1 HTX", "htx", part="U"),
    ],
}

# b13: cooperatives and members; "15 HTX … trong đó 14 HTX …, 1 HTX …" (adding up); "khoảng" households.
G["b13"] = {
    "counts": [
        C("2 liên hiệp HTX", "liên hiệp htx"),
        C("194 HTX", "htx"),
        C("90.523 thành viên", "thành viên"),
        C("189 tổ hợp tác", "tổ hợp tác"),
        C("3.610 tổ viên", "tổ viên"),
        C("35.685 hộ", "hộ", q="approx"),
        C("15 HTX", "htx", tag="F", opener="trong đó"),
        C("130 thành viên", "thành viên"),
        C("14 HTX", "htx", part="F"),
        C("1 HTX", "htx", part="F"),
        C("2.700 hộ", "hộ", q="approx"),
    ]
}

# b14: a provincial letter dated without a year (no issue date) and the Prime Minister's directive.
G["b14"] = {"legal_refs": refs(("4079/UBND-KT", "Công văn", None), ("16/CT-TTg", "Chỉ thị", "2020-03-31"))}

# b15: a provincial letter whose date stands before it (no issue date).
G["b15"] = {"legal_refs": refs(("2508/UBND-KGVX", "Văn bản", None))}

# b16: new-countryside communes, a pair "x/y xã", "trong đó:" two grades (less); provinces "trong đó" 4.
# "16,7 tiêu chí/xã" is an average, no count.
G["b16"] = {
    "counts": [
        C("5.360", "xã", shape="pair", tag="X", opener="trong đó"),
        C("8.233 xã", "xã", shape="pair"),
        C("17 xã", "xã"),
        C("468 xã", "xã", part="X"),
        C("72 xã", "xã"),
        C("43 xã", "xã", part="X"),
        C("201 đơn vị cấp huyện", "đơn vị cấp huyện"),
        C("53 tỉnh", "tỉnh"),
        C("3 huyện", "huyện"),
        C("12 tỉnh", "tỉnh", tag="P", opener="trong đó"),
        C("4 tỉnh", "tỉnh", part="P"),
    ]
}

# b17: a resolution's catalogue page (heading, "Số hiệu:" cell, "Số:" line) and two documents with dates.
G["b17"] = {
    "legal_refs": refs(
        ("51/2016/NQ-HĐND", "Nghị quyết", None),
        ("51/2016/NQ-HĐND", "Nghị quyết", None),
        ("51/2016/NQ-HĐND", "Nghị quyết", None),
        ("176/TTr-UBND", "Tờ trình", "2016-11-17"),
        ("67/BC-HĐND", "Báo cáo", "2016-12-05"),
    )
}

# b18: a gift for three houses and an amount per household ("Mỗi hộ", each; three times 83 is 249, but
# an amount for each is never a part).
G["b18"] = {
    "money": [M("249 triệu đồng", TRIEU), M("83 triệu đồng", TRIEU, shape="each")],
    "counts": [C("3 ngôi nhà", "ngôi nhà"), C("3 hộ", "hộ"), C("16 nhà", "nhà")],
}

# b19: donations to a district fund, the headline's amount repeated in the lead.
G["b19"] = {
    "money": [M("310 triệu đồng", TRIEU, q="over"), M("310 triệu đồng", TRIEU, q="over")],
    "counts": [C("103 cơ quan", "cơ quan")],
}

# b20: a city's support: "13 tỷ đồng gồm:" eleven provinces in brackets (adding up); the total also in
# the headline, a caption and the closing sentence.
G["b20"] = {
    "money": [
        M("13 tỷ đồng", TY),
        M("13 tỷ đồng", TY),
        M("13 tỷ đồng", TY, tag="T", opener="colon"),
        *[
            M(t, m, part="T")
            for t, m in (
                ("3 tỷ đồng", TY),
                ("2 tỷ đồng", TY),
                ("1 tỷ đồng", TY),
                ("2 tỷ đồng", TY),
                ("1 tỷ đồng", TY),
                ("500 triệu đồng", TRIEU),
                ("500 triệu đồng", TRIEU),
                ("1 tỷ đồng", TY),
                ("500 triệu đồng", TRIEU),
                ("1 tỷ đồng", TY),
                ("500 triệu đồng", TRIEU),
            )
        ],
        M("13 tỷ đồng", TY),
    ],
    "counts": [C("11 tỉnh", "tỉnh"), C("11 tỉnh", "tỉnh")],
}

# b21: the same support told in sentences, "mỗi tỉnh" for two groups (each, never parts), the total
# after the list ("Tổng kinh phí … là"): the four named amounts are its parts, so it is "less".
G["b21"] = {
    "money": [
        M("13 tỉ đồng", TY),
        M("1 tỉ đồng", TY, part="T"),
        M("2 tỉ đồng", TY, part="T"),
        M("3 tỉ đồng", TY, part="T"),
        M("2 tỉ đồng", TY, part="T"),
        M("1 tỉ đồng", TY, shape="each"),
        M("500 triệu đồng", TRIEU, shape="each"),
        M("13 tỉ đồng", TY, tag="T", opener="after"),
    ],
    "counts": [C("11 tỉnh", "tỉnh")],
}

# b22: a city's emergency support: two amounts "mỗi địa phương" (each) and the total after them; with
# only amounts for each, the total has no parts. "bão số 3" is a name.
G["b22"] = {
    "money": [
        M("51 tỷ đồng", TY),
        M("51 tỷ đồng", TY),
        M("5 tỷ đồng", TY, shape="each"),
        M("3 tỷ đồng", TY, shape="each"),
        M("51 tỷ đồng", TY),
    ],
    "counts": [C("9 tỉnh", "tỉnh"), C("2 tỉnh", "tỉnh")],
}

# b23: a district's relief fund "hơn 4,5 tỷ", "Trong số đó" four payments and the rest "khoảng hơn 4 tỷ";
# the stated figures sum to more than the rounded total ("more"). "bão số 9" is a name.
G["b23"] = {
    "money": [
        M("4,5 tỷ đồng", TY, q="over"),
        M("4,5 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("200 triệu đồng", TRIEU, part="T"),
        M("153 triệu đồng", TRIEU, part="T"),
        M("150 triệu đồng", TRIEU, part="T"),
        M("35 triệu đồng", TRIEU, part="T"),
        M("4 tỷ đồng", TY, q="over", part="T"),
    ],
    "counts": [C("5 nhà", "nhà"), C("51 người", "người"), C("30 hộ", "hộ"), C("7 người", "người"), C("336 nhà", "nhà")],
}

# b24: a land-use revenue estimate and its result ("gần").
G["b24"] = {"money": [M("1.000 tỷ đồng", TY), M("1.750 tỷ đồng", TY, q="approx")]}

# b25: a department's guidance letter (dated before it), a ministry's letter twice, a provincial letter,
# a party directive with its "/" ("32-CT/TW"), once dated and once in a bracket.
G["b25"] = {
    "legal_refs": refs(
        ("473/STP-PBGDPL", "Văn bản", None),
        ("979/BTP-PBGDPL", "Văn bản", "2020-03-19"),
        ("1445/UBND-NCPC", "Văn bản", "2020-03-23"),
        ("979/BTP-PBGDPL", "Văn bản", "2020-03-19"),
        ("32-CT/TW", "Chỉ thị", "2003-12-09"),
        ("32-CT/TW", "Chỉ thị", None),
    )
}

# b26: a ministry's decision (dated before it, then after it the second time) replacing an older one.
G["b26"] = {
    "legal_refs": refs(
        ("1143/QĐ-BTP", "Quyết định", None),
        ("1723/QĐ-BTP", "Quyết định", "2022-08-15"),
        ("1143/QĐ-BTP", "Quyết định", "2024-06-20"),
    )
}

# b27: a provincial plan with its date; "04 văn bản …, trong đó 02 văn bản" (less); 11 agencies.
G["b27"] = {
    "counts": [
        C("04 văn bản", "văn bản", tag="V", opener="trong đó"),
        C("02 văn bản", "văn bản", part="V"),
        C("11 cơ quan", "cơ quan"),
    ],
    "legal_refs": refs(("79/KH-UBND", "Kế hoạch", "2024-02-27")),
}

# b28: a price table one cell a line under "Giá (đ/kg)"; the last cell "6.6500" is a slip (doubtful).
G["b28"] = {
    "money": cells(
        [
            "5.500",
            "10.000",
            "15.000",
            "18.000",
            "6.000",
            "42.000",
            "28.000",
            "48.000",
            "10.000",
            "17.000",
            "4.300",
            "6.300",
            "6.500",
            "7.250",
            "7.150",
            "6.950",
        ],
        per="kg",
    )
}
doubt_money("b28", "6.6500", 66500, "a price cell with a slip in its grouping (6.650 or 66.500?)")
doubt_money("b28", "6.6500", 6650, "a price cell with a slip in its grouping (6.650 or 66.500?)")

# b29: the same kind of table for four provinces; a change glued to a cell ("(+500)") is doubtful.
G["b29"] = {
    "money": cells(
        [
            "5.500",
            "8.500",
            "14.000",
            "7.500",
            "7.100",
            "10.000",
            "9.000",
            "11.000",
            "15.500",
            "4.500",
            "5.650",
            "9.500",
            "15.000",
            "7.050",
            "8.150",
            "13.000",
            "17.500",
        ],
        per="kg",
    )
}
doubt_money("b29", "+500", 500, "a change glued to a price cell")

# b30: a gift plan: a decision with a space inside its symbol and a date "6- 1- 2014"; amounts a person,
# a range "từ 2,3- 6,3 triệu đồng"; the total "gần 40 tỷ" in the headline and at the end.
G["b30"] = {
    "money": [
        M("40 tỷ đồng", TY, q="approx"),
        R("300.000 đồng/người", per="người"),
        R("500.000 đồng/người", per="người"),
        *rng("2,3", "6,3 triệu đồng", TRIEU),
        M("40 tỷ đồng", TY, q="approx"),
    ],
    "counts": [C("204 đơn vị", "đơn vị"), C("12 xã", "xã")],
    "legal_refs": [L("55/ QĐ-UBND", "55/QĐ-UBND", "Quyết định", "2014-01-06")],
}

# b31: a 2026 gift resolution: the total in the headline and the lead, two amounts a person.
# "60 năm tuổi Đảng" is a duration.
G["b31"] = {
    "money": [
        M("96 tỷ đồng", TY, q="over"),
        M("96 tỷ đồng", TY, q="over"),
        R("500.000 đồng/người", per="người"),
        R("1.000.000 đồng/người", per="người"),
    ]
}

# b32: a tag page: a pair "23/23 đơn vị hành chính" and a Standing Committee resolution whose symbol has
# no type part ("76/2025/UBTVQH15").
G["b32"] = {
    "counts": [
        C("23", "đơn vị hành chính", shape="pair"),
        C("23 đơn vị hành chính", "đơn vị hành chính", shape="pair"),
    ],
    "legal_refs": refs(("76/2025/UBTVQH15", "Nghị quyết", None)),
}

# b33: poor and near-poor households at the end of 2024.
G["b33"] = {"counts": [C("4.806 hộ", "hộ"), C("6.006 hộ", "hộ")]}

# b34: emergency relief "200 triệu đồng", "Cụ thể" three provinces (adding up); rates a family and a
# household, one written "5 trăm nghìn đồng".
G["b34"] = {
    "money": [
        M("200 triệu đồng", TRIEU, tag="T", opener="cụ thể"),
        M("90 triệu đồng", TRIEU, part="T"),
        M("70 triệu đồng", TRIEU, part="T"),
        M("40 triệu đồng", TRIEU, part="T"),
        R("3 triệu đồng/gia đình", TRIEU, per="gia đình"),
        V("5 trăm nghìn đồng/hộ", 500000, shape="rate", per="hộ"),
    ],
    "counts": [C("3 tỉnh", "tỉnh")],
}

# b35: support a household, one amount "01 triệu", one "5 trăm ngàn", counts with leading zeros, and a
# sum "trên 12,5 triệu" (not the sum of the rates times the households: no links).
G["b35"] = {
    "money": [
        R("01 triệu đồng/hộ", TRIEU, per="hộ"),
        V("5 trăm ngàn đồng/hộ", 500000, shape="rate", per="hộ"),
        M("12,5 triệu đồng", TRIEU, q="over"),
    ],
    "counts": [C("07 hộ", "hộ"), C("09 hộ", "hộ")],
}

# b36: relief of "20 tỷ" (three times, once with two spaces), "Cụ thể" three provinces "mỗi tỉnh"
# (each, never parts) and two named amounts (parts): "less"; rates a house and a person ("/1 người").
G["b36"] = {
    "money": [
        M("20 tỷ đồng", TY),
        M("20 tỷ đồng", TY),
        M("20  tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("5 tỷ đồng", TY, shape="each"),
        M("3 tỷ đồng", TY, part="T"),
        M("2 tỷ đồng", TY, part="T"),
        R("4 triệu đồng/căn nhà", TRIEU, per="căn nhà"),
        R("5 triệu đồng/1 người", TRIEU, per="1 người"),
        R("3 triệu đồng/1 người", TRIEU, per="1 người"),
    ],
    "counts": [C("5 tỉnh", "tỉnh"), C("5 tỉnh", "tỉnh")],
}


#


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "b", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
