"""Gold for tests/judged_holdout5, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout5/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, C(...) count, L(...) legal_ref; no amount in words. Table cells are read
from their row (`row`, `after`, `nxt`): the offset where a cell was read must be the offset the
scorer places it at, so a cell can never be silently paired with a figure of another row. Every
total's name has parts here (a name without parts stops the script); a doubtful text that spans
lines is written with '\\n'. Conventions for the number: 'vn' and 'en'.
"""

import functools
import importlib.util
import pathlib
import re

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

T = ann.read_texts(HERE / "texts", "m")
offsets = ann.Offsets(T)
NGHIN, TRIEU, TY, NGHIN_TY = ann.NGHIN, ann.TRIEU, ann.TY, ann.NGHIN_TY
number, M, C, L = ann.number, ann.M, ann.C, ann.L
rng, table, split = ann.rate_range, ann.placed_table, ann.split
after, nxt = offsets.after, offsets.nxt
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt = readings.doubt


def cells_of_lines(doc, start_anchor, end_anchor=None, occurrence=1):
    """Figures standing alone on their lines between two anchors, skipping one-digit row labels."""
    text = T[doc]
    pos = -1
    for _ in range(occurrence):
        pos = text.index(start_anchor, pos + 1)
    base = pos + len(start_anchor)
    end = text.index(end_anchor, base) if end_anchor else len(text)
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(\d[\d.,]*\d|\d)[ \t]*$", text[base:end]):
        tok = m.group(1)
        if len(tok) > 1:  # a lone digit is the row's label (road class, position), never a price
            out.append((tok, base + m.start(1)))
    return out


def doubt_both(doc, tok, mult, why_en, why_vn, per=None):
    """A figure whose comma (or point) reads two ways: both readings are doubtful."""
    en = number(tok, "en") * mult
    vn = number(tok, "vn") * mult
    for value, why in ((en, why_en), (vn, why_vn)):
        v = int(value) if value == value.to_integral_value() else float(value)
        doubt(doc, "money", {"text": tok, "value": v, "currency": "VND"}, why)


# m01: a yearbook table, one cell a line, "ĐVT: Triệu đồng - Unit: Mill. dongs" under a bilingual
# header; five year columns. TỔNG SỐ is made of the state, non-state and foreign rows and product
# taxes (the rows under "Phân theo loại hình kinh tế"); the non-state row of the three rows under it.
# The rows by kind of activity split the same total a second time (not linked; cut off anyway).
m01_rows = {
    label: nxt("m01", label + "\n", 5)
    for label in (
        "TỔNG SỐ - TOTAL",
        "Nhà nước - State",
        "Ngoài Nhà nước - Non-State",
        "Tập thể - Collective",
        "Tư nhân - Private",
        "Cá thể - Household",
        "Foreign investment sector",
        "on production",
        "Agriculture, forestry and fishing",
        "Mining and quarrying",
        "Manufacturing",
        "steam and airconditioning",
    )
}
m01 = []
for label, cells in m01_rows.items():
    for c, (tok, at) in enumerate(cells):
        if label == "TỔNG SỐ - TOTAL":
            m01.append(M(tok, TRIEU, shape="table", tag=f"t{c}", opener="table rows", at=at))
        elif label == "Ngoài Nhà nước - Non-State":
            m01.append(M(tok, TRIEU, shape="table", part=f"t{c}", tag=f"n{c}", opener="table rows", at=at))
        elif label in ("Nhà nước - State", "Foreign investment sector", "on production"):
            m01.append(M(tok, TRIEU, shape="table", part=f"t{c}", at=at))
        elif label in ("Tập thể - Collective", "Tư nhân - Private", "Cá thể - Household"):
            m01.append(M(tok, TRIEU, shape="table", part=f"n{c}", at=at))
        else:
            m01.append(M(tok, TRIEU, shape="table", at=at))
m01.sort(key=lambda e: e["_at"])
G["m01"] = {"money": m01}

# m02: a yearbook table of indexes ("Đơn vị tính - Unit: %", previous year = 100): no money at all,
# though the layout is that of the money tables (a table number, years, a TỔNG SỐ row).
G["m02"] = {}

# m03: an HĐND resolution, rows run together with pipes: "Thu NSNN | 6.830 tỷ đồng", then "Gồm:" and
# its three labels on one line, their three figures on the next; the local revenue and the rows
# under it (they sum to less: a row is cut off or missing).
G["m03"] = {
    "money": [
        M("6.830 tỷ đồng", TY, tag="A", opener="gồm"),
        M("6.060 tỷ đồng", TY, part="A"),
        M("420 tỷ đồng", TY, part="A"),
        M("350 tỷ đồng", TY, part="A"),
        M("9.937,778 tỷ đồng", TY, tag="B", opener="table rows"),
        M("5.621,200 tỷ đồng", TY, part="B"),
        M("350 tỷ đồng", TY, part="B"),
        M("3.926,578 tỷ đồng", TY, part="B"),
    ],
    "legal_refs": [
        L("Số: 14/NQ-HĐND", "14/NQ-HĐND", "Nghị quyết"),
        L("Quyết định số 1916/QĐ-TTg", "1916/QĐ-TTg", "Quyết định", "2017-11-29"),
        L("Quyết định số 2465/QĐ-BTC", "2465/QĐ-BTC", "Quyết định", "2017-11-29"),
        L("Báo cáo số 257/BC-UBND", "257/BC-UBND", "Báo cáo", "2017-12-04"),
    ],
}

# m04: a land-price table "ĐVT: Đồng/m2", one cell a line, three zones a row; every cell is written
# with a single comma the writer meant as a thousands separator ("31,200"): all doubtful, both
# readings in `ignore`. Grades ("Hạng 1") and item numbers are no money.
G["m04"] = {}
for tok in sorted(set(re.findall(r"(?m)^(\d{1,3},\d{3})$", T["m04"]))):
    doubt_both(
        "m04",
        tok,
        1,
        "a single comma meant as a thousands separator (English reading), đồng/m2",
        "a single comma read as the decimal mark (the spec's reading)",
    )
assert len(re.findall(r"(?m)^(\d{1,3},\d{3})$", T["m04"])) == 57

# m05: a ministry's letter: "Số:" header, a circular with its date; the settled projects and their
# capital split after "trong đó" (the capital parts sum to 0,001 tỷ less: rounding). The total count
# is written "45.752 dựán" (the noun glued): doubtful, so its count parts stay unlinked.
G["m05"] = {
    "money": [
        M("199.927,19 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("59.995,731 tỷ đồng", TY, part="A"),
        M("96.052,903 tỷ đồng", TY, part="A"),
        M("43.878,555 tỷ đồng", TY, part="A"),
    ],
    "counts": [C("1.799 dự án", "dự án"), C("40.687 dự án", "dự án"), C("3.266 dự án", "dự án")],
    "legal_refs": [
        L("Số: 5527/BTC-ĐT", "5527/BTC-ĐT", None),
        L("Thông tư số 19/2011/TT-BTC", "19/2011/TT-BTC", "Thông tư", "2011-02-14"),
    ],
}
doubt("m05", "counts", {"text": "45.752 dựán", "value": 45752, "unit": "dự án"}, "the counted noun glued ('dựán')")
doubt("m05", "counts", {"text": "45.752 dựán", "value": 45752, "unit": "dựán"}, "the same count, noun as written")

# m06: fertiliser prices and their changes, "đ/kg" after every figure.
G["m06"] = {
    "money": [
        M(t, shape="rate", per="kg")
        for t in (
            "600 đ/kg",
            "9.500 đ/kg",
            "500 đ/kg",
            "9.000 đ/kg",
            "9.500 đ/kg",
            "500 đ/kg",
            "14.000 đ/kg",
            "500 đ/kg",
            "13.500 đ/kg",
            "14.500 đ/kg",
            "167 đ/kg",
            "14.500 đ/kg",
        )
    ]
}

# m07: urea price ranges "12.200-12.300 đồng/kg" (two facts, the first keeps only its number).
G["m07"] = {
    "money": rng("12.200", "12.300 đồng/kg", "kg")
    + rng("12.300", "12.400 đồng/kg", "kg")
    + rng("11.300", "11.400 đồng/kg", "kg")
}

# m08: FDI by sector as shares of a total not stated in the excerpt (no links).
G["m08"] = {"money": [M("5,33 tỉ USD", TY, "USD"), M("4,25 tỉ USD", TY, "USD"), M("3,7 tỉ USD", TY, "USD")]}

# m09: retail sales "59,8 ngàn tỷ đồng"; the next paragraph splits them ("Trong đó thương nghiệp ...,
# dịch vụ khoảng ..., khách sạn, nhà hàng ...") into three parts that make the total exactly.
G["m09"] = {
    "money": [
        M("59,8 ngàn tỷ đồng", NGHIN_TY, tag="A", opener="next paragraph"),
        M("6,3 ngàn tỷ đồng", NGHIN_TY),
        M("44,3 ngàn tỷ đồng", NGHIN_TY, part="A"),
        M("10,1 ngàn tỷ đồng", NGHIN_TY, q="approx", part="A"),
        M("5,4 ngàn tỷ đồng", NGHIN_TY, part="A"),
    ]
}

# m10: the headline figure, then the same total split after "trong đó".
G["m10"] = {
    "money": [
        M("13.526 tỷ đồng", TY),
        M("13.526 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("11.488 tỷ đồng", TY, part="A"),
        M("1.507,6 tỷ đồng", TY, part="A"),
        M("530,4 tỷ đồng", TY, part="A"),
    ]
}

# m11: a month's retail total; its components follow in the next paragraph with no opener word and
# sum to less: not linked (no breakdown is announced).
G["m11"] = {
    "money": [
        M("3.410 tỷ đồng", TY),
        M("23.815 tỷ đồng", TY),
        M("2.804 tỷ đồng", TY),
        M("547 tỷ đồng", TY),
        M("56 tỷ đồng", TY),
    ]
}

# m12: dollars written "tỉ đô la Mỹ" / "tỉ đô la"; the markets after "Trong đó".
G["m12"] = {
    "money": [
        M("21,43 tỉ đô la Mỹ", TY, "USD", tag="A", opener="trong đó"),
        M("10,2 tỉ đô la", TY, "USD", part="A"),
        M("3,06 tỉ đô la", TY, "USD", part="A"),
        M("2,52 tỉ đô la", TY, "USD", part="A"),
        M("2,34 tỉ đô la", TY, "USD", part="A"),
    ],
    "counts": [C("28 nước", "nước")],
}

# m13: a copy of an FDI bulletin on a spam page. "trên 1,33 tỷ triệu USD" (a slip: "tỷ triệu") is
# doubtful, so the sector amounts that make it up stay unlinked; the provinces' amounts belong to
# the new capital two paragraphs up (no opener near it: not linked).
G["m13"] = {
    "money": [
        M("1,1 tỷ USD", TY, "USD", q="over"),
        M("323,4 triệu USD", TRIEU, "USD"),
        M("800 triệu USD", TRIEU, "USD"),
        M("905,1 triệu USD", TRIEU, "USD"),
        M("210,6 triệu USD", TRIEU, "USD"),
        M("219,1 triệu USD", TRIEU, "USD"),
        M("226,9 triệu USD", TRIEU, "USD"),
        M("145,1 triệu USD", TRIEU, "USD"),
        M("130,4 triệu USD", TRIEU, "USD"),
        M("112,4 triệu USD", TRIEU, "USD"),
        M("99,1 triệu USD", TRIEU, "USD"),
        M("59,2 triệu USD", TRIEU, "USD"),
        M("50,5 triệu USD", TRIEU, "USD"),
        M("42,1 triệu USD", TRIEU, "USD"),
    ],
    "counts": [
        C("127 dự án", "dự án"),
        C("56 lượt dự án", "lượt"),
        C("24 tỉnh, thành phố", "tỉnh, thành phố"),
        C("22 quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ"),
    ],
}
doubt(
    "m13",
    "money",
    {"text": "1,33 tỷ triệu USD", "value": 1330000000, "currency": "USD"},
    "'tỷ triệu': a slip for 1,33 tỷ USD",
)
doubt(
    "m13",
    "money",
    {"text": "1,33 tỷ triệu USD", "value": 1330000000000000, "currency": "USD"},
    "the same slip read literally (tỷ × triệu)",
)

# m14: one amount; "tăng 3,8" lost its percent sign (no money).
G["m14"] = {"money": [M("5,3 tỷ đồng", TY)]}

# m15: an HĐND resolution's header: references only, several after one "Nghị quyết ...:số", dates
# glued ("ngày07/12/2012").
G["m15"] = {
    "legal_refs": [
        L("Số: 112/2013/NQ-HĐND", "112/2013/NQ-HĐND", "Nghị quyết"),
        L("Nghị định số 60/2003/NĐ-CP", "60/2003/NĐ-CP", "Nghị định", "2003-06-06"),
        L("số 148/2010/NQ-HĐND", "148/2010/NQ-HĐND", "Nghị quyết", "2010-12-09"),
        L("số 149/2010/NQ-HĐND", "149/2010/NQ-HĐND", "Nghị quyết", "2010-12-09"),
        L("số 153/2010/NQ-HĐND", "153/2010/NQ-HĐND", "Nghị quyết", "2010-12-09"),
        L("số 69/2012/NQ-HĐND", "69/2012/NQ-HĐND", "Nghị quyết", "2012-12-07"),
        L("số 94/2013/NQ-HĐND", "94/2013/NQ-HĐND", "Nghị quyết", "2013-07-05"),
        L("tờ trình số 4047/TTr-UBND", "4047/TTr-UBND", "Tờ trình", "2013-11-06"),
    ]
}

# m16: a year's textile exports and three markets after "Trong đó".
G["m16"] = {
    "money": [
        M("31 tỷ USD", TY, "USD", tag="A", opener="trong đó"),
        M("12,53 tỷ USD", TY, "USD", part="A"),
        M("3,7 tỷ USD", TY, "USD", part="A"),
        M("3,05 tỷ USD", TY, "USD", part="A"),
    ],
    "counts": [C("3 nước", "nước")],
}

# m17: a water tariff, one cell a line, "Đơn vị tính là: đồng (VNĐ)"; four money columns per m3:
# price, VAT (header "Thuế GTGT (5%)": amounts, not a percentage), fee, and "Cộng" (their sum: a
# total written after its parts). Tariff codes ("Giá Biểu 12, 22, 32") are no money.
m17 = []
for n, label in enumerate(
    (
        "Đến 4m3/người/tháng",
        "Từ 4mđến 6m3/người/tháng",
        "Trên 6m3/người/tháng",
        "(Giá Biểu 12, 22, 32)",
        "(Giá Biểu 31)",
        "(Giá Biểu 13, 23, 33)",
    )
):
    cells = nxt("m17", label, 4)
    m17 += [M(t, shape="table", per="m3", part=f"r{n}", at=a) for t, a in cells[:3]]
    (t, a) = cells[3]
    m17.append(M(t, shape="table", per="m3", tag=f"r{n}", opener="after", at=a))
G["m17"] = {"money": m17}

# m18: a tariff box "ĐƠN GIÁ (đồng/m3)": three prices, one of them on its own line; "08m3/hộ/tháng"
# is a volume.
G["m18"] = {
    "money": [
        M("4.500", shape="table", per="m3"),
        M("7.500", shape="table", per="m3"),
        M("9.000", shape="table", per="m3"),
    ]
}

# m19: land prices, "Đơn vị tính: 1.000 đồng/m2" above each of three tables, one cell a line with
# the road class or position (a lone digit) on its own line before each row; a blank cell and
# dashes in the third table.
m19 = (
    cells_of_lines("m19", "Vị trí 5\n", "Bảng giá số 2")
    + cells_of_lines("m19", "Vị trí 5\n", "Bảng giá số 3", occurrence=2)
    + cells_of_lines("m19", "III\n\nI\n\nII\n\nIII\n")
)
assert len(m19) == 76, len(m19)
m19_money = table(m19, NGHIN, per="m2")
for e in m19_money:
    if e["text"] == "1.000":
        # the unit line "1.000 đồng/m2" above the third table comes first, so the scorer places this
        # cell there; it has no link, so only its reading matters
        e.pop("_at")
G["m19"] = {
    "money": m19_money,
    "legal_refs": [L("Quyết định số: 41/2013/QĐ-UBND", "41/2013/QĐ-UBND", "Quyết định", "2013-12-20")],
}

# m20: tourism revenue, the same figure three times (headline, lead, body).
G["m20"] = {
    "money": [
        M(t, NGHIN_TY)
        for t in (
            "19,6 nghìn tỷ đồng",
            "19,6 nghìn tỷ đồng",
            "32,4 nghìn tỷ đồng",
            "2,8 nghìn tỷ đồng",
            "29,4 nghìn tỷ đồng",
            "246,8 nghìn tỷ đồng",
            "19,6 nghìn tỷ đồng",
            "242,1 nghìn tỷ đồng",
        )
    ]
}

# m21: fertiliser imports; "Trong đó" opens the excerpt (its total is cut off); tonnes are no counts.
G["m21"] = {"money": [M("72 triệu USD", TRIEU, "USD"), M("50 triệu USD", TRIEU, "USD")]}

# m22: world prices "355-358 USD/tấn", a change "khoảng 20 USD/tấn"; percentages and dates.
G["m22"] = {
    "money": rng("355", "358 USD/tấn", "tấn", cur="USD")
    + [
        M("20 USD/tấn", cur="USD", shape="rate", per="tấn", q="approx"),
        M("340 USD/tấn", cur="USD", shape="rate", per="tấn"),
    ]
}

# m23: transport revenue after "trong đó" (two of its parts); passengers "10.518 nghìn HK" are a
# count with a multiplier; tonnes and HK.km are measures; "Số lượt xem: 400" is page furniture.
G["m23"] = {
    "money": [
        M("3.000 tỷ đồng", TY, q="over"),
        M("3.170,5 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("674,6 tỷ đồng", TY, part="A"),
        M("1.178 tỷ đồng", TY, part="A"),
    ],
    "counts": [C("10.518 nghìn HK", "hk", NGHIN, shape="multiplier")],
}

# m24: retail sales; the goods part follows in the next paragraph without an opener (not linked);
# "09 trong 12 nhóm hàng" shares its noun with the 12 (doubtful).
G["m24"] = {
    "money": [
        M("5,8 nghìn tỷ đồng", NGHIN_TY, q="over"),
        M("4,1 nghìn tỷ đồng", NGHIN_TY),
        M("42,3 nghìn tỷ đồng", NGHIN_TY),
    ],
    "counts": [C("12 nhóm hàng", "nhóm"), C("03 nhóm hàng", "nhóm")],
}
doubt(
    "m24",
    "counts",
    {"text": "09", "value": 9, "unit": "nhóm"},
    "'09 trong 12 nhóm hàng': the noun is shared with the 12",
)

# m25: a project's cost rise and new total.
G["m25"] = {"money": [M("1.936 tỷ đồng", TY), M("7.822 tỷ đồng", TY, q="approx")]}

# m26: a university's disclosure as a pipe table: fees "Triệu đồng/năm" stated on the section rows,
# the income "Tỷ đồng" on the total row only; the total and its sources under it (they add up).
m26_fees = (
    after("m26", "| Cao   đẳng |  | ", ["6,3"])
    + after("m26", "| Cao   đẳng nghề |  | ", ["4,5"])
    + after("m26", "| Trung   cấp nghề |  | ", ["4"])
)
m26_income = (
    after("m26", "| Tổng   thu năm 2016 | Tỷ   đồng | ", ["26,376"])
    + after("m26", "| Từ   Ngân sách |  | ", ["8,4"])
    + after("m26", "| Từ   học phí, lệ phí |  | ", ["17,527"])
    + after("m26", "| Từ   nguồn khác. |  | ", ["0,449"])
)
G["m26"] = {"money": table(m26_fees, TRIEU, per="năm") + split(m26_income, TY, "A", "table rows")}

# m27: the same disclosure one cell a line, a unit cell on every row ("Triệu đồng /năm", "Tỷ
# đồng"); figures with a decimal comma and three decimals ("14,500" = 14,5 triệu); the income total
# and its four sources (they add up).
m27_fees = (
    nxt("m27", "+ Khối ngành nông, lâm, ngư\n\nTriệu đồng /năm\n", 1)
    + nxt("m27", "+ Khối ngành công nghệ\n\nTriệu đồng /năm\n", 1)
    + nxt("m27", "+ Khối ngành nông, lâm, ngư\n\nTriệu đồng /năm\n", 1, 2)
    + nxt("m27", "+ Khối ngành công nghệ\n\nTriệu đồng /năm\n", 1, 2)
    + nxt("m27", "+ Khối ngành nông, lâm, ngư\n\nTriệu đồng /năm\n", 1, 3)
    + nxt("m27", "+ Khối ngành công nghệ\n\nTriệu đồng /năm\n", 1, 3)
    + nxt("m27", "Đại học\n\nTriệu đồng /năm\n", 1)
)
m27_income = (
    nxt("m27", "Tổng thu năm 2015\n\nTỷ đồng\n", 1)
    + nxt("m27", "Dư năm trước chuyển sang\n\nTỷ đồng\n", 1)
    + nxt("m27", "Từ Ngân sách\n\nTỷ đồng\n", 1)
    + nxt("m27", "Từ học phí, lệ phí\n\nTỷ đồng\n", 1)
    + nxt("m27", "Từ nguồn khác\n\nTỷ đồng\n", 1)
)
G["m27"] = {"money": table(m27_fees, TRIEU, per="năm") + split(m27_income, TY, "A", "table rows")}

# m28: the same disclosure, one cell a line: a yearly fee ("triệu đồng/năm" on its row) and the fee
# for a whole course (same unit, "Hệ 3 năm:" labels between); the income total "97.514" tỷ is
# written with a point its four sources show to be a decimal mark: doubtful, so the sources stay
# unlinked. References without "số".
m28_yearly = ["24,000", "20,250", "14,400", "12,150", "9,600", "8,100", "1,800", "6,480", "14,400", "12,150"]
m28_tokens = [
    "24,000",
    "79,440",
    "111,384",
    "20,250",
    "67,027",
    "93,980",
    "14,400",
    "30,240",
    "12,150",
    "25,515",
    "9,600",
    "44,553",
    "58,609",
    "8,100",
    "37,592",
    "1,800",
    "5,958",
    "6,480",
    "14,400",
    "66,830",
    "12,150",
    "56,388",
]
m28_cells = after("m28", "Dự kiến học phí/1SV của một khóa học", m28_tokens)
m28 = []
yearly = list(m28_yearly)
for tok, at in m28_cells:
    if yearly and tok == yearly[0]:
        yearly.pop(0)
        m28.append(M(tok, TRIEU, shape="table", per="năm", at=at))
    else:
        m28.append(M(tok, TRIEU, shape="table", per="SV", at=at))
assert not yearly
m28 += table(after("m28", "Từ ngân sách\n\ntỷ đồng\n", ["25,424", "61,457", "6,785", "3,848"]), TY)
G["m28"] = {
    "money": m28,
    "legal_refs": [
        L("Nghị định 86/2015/NĐ-CP", "86/2015/NĐ-CP", "Nghị định"),
        L("Quyết định 1072/QĐ-ĐHH", "1072/QĐ-ĐHH", "Quyết định"),
    ],
}
doubt(
    "m28",
    "money",
    {"text": "97.514", "value": 97514000000, "currency": "VND"},
    "'97.514' tỷ: a decimal point (its parts make 97,514)",
)
doubt(
    "m28",
    "money",
    {"text": "97.514", "value": 97514000000000, "currency": "VND"},
    "the same read with '.' grouping thousands",
)
doubt("m28", "counts", {"text": "01 SV", "value": 1, "unit": "sv"}, "'Học phí 01 SV/năm': a column head, per student")

# m29: a ranked list under one unit "QUY MÔ GRDP (Tỷ đồng)" (rank, name, figure), then per-head
# figures each with "triệu đồng" and a decimal comma; "TOP 20 TỈNH" is a rank list (no count).
m29_list = after(
    "m29",
    "(Tỷ đồng)",
    [
        "1.298.791",
        "1.067.593",
        "408.861",
        "383.162",
        "330.754",
        "315.710",
        "238.186",
        "227.614",
        "215.851",
        "155.425",
        "149.090",
        "138.198",
        "136.183",
        "134.956",
        "129.836",
        "112.306",
        "105.050",
        "102.653",
        "101.888",
        "100.315",
    ],
)
m29_head = [
    "281,235",
    "165,2",
    "176",
    "157,449",
    "155,6",
    "152,3",
    "141,7",
    "128,2",
    "118,994",
    "114,270",
    "95,1",
    "87,872",
    "87,4",
    "82,390",
    "80,079",
    "78,280",
    "77",
    "76,513",
    "76,401",
    "75,9",
    "72,329",
]
G["m29"] = {"money": table(m29_list, TY) + [M(t + " triệu đồng", TRIEU) for t in m29_head]}
doubt("m29", "counts", {"text": "20 TỈNH", "value": 20, "unit": "tỉnh"}, "'TOP 20 TỈNH, TP': a rank list")
doubt("m29", "counts", {"text": "20 TỈNH", "value": 20, "unit": "tỉnh, tp"}, "'20 TỈNH, TP CÓ ...': a rank list")

# m30: a motorway's cost and its two sources after "bao gồm"; km are measures.
G["m30"] = {
    "money": [
        M("7.000 tỷ đồng", TY, q="approx"),
        M("6.944 tỷ đồng", TY, tag="A", opener="bao gồm"),
        M("3.472 tỷ đồng", TY, part="A"),
        M("3.472 tỷ đồng", TY, part="A"),
    ]
}

# m31: post-merger (1 July 2025) counts of communes and hamlets, headline and body.
G["m31"] = {
    "counts": [
        C("2.634 xã", "xã"),
        C("63.619 thôn", "thôn"),
        C("2.634 xã", "xã"),
        C("63.619 thôn", "thôn"),
    ]
}


# m32: a district's poor households (headline and body); communes split by poverty rate without a
# stated total ("10 xã, thị trấn ... 8 xã còn lại").
G["m32"] = {
    "counts": [
        C("483 hộ", "hộ"),
        C("483 hộ", "hộ"),
        C("1.589 hộ", "hộ"),
        C("104 hộ", "hộ"),
        C("1.299 hộ", "hộ"),
        C("10 xã, thị trấn", "xã, thị trấn"),
        C("8 xã", "xã"),
    ]
}

# m33: a district's poor households and all households; the page's visitor counter ("Khách 325",
# "Tổng 329", "253 Go top") is furniture, no count.
G["m33"] = {
    "counts": [
        C("3.594 hộ", "hộ"),
        C("999 hộ", "hộ"),
        C("10.396 hộ", "hộ"),
        C("255 hộ", "hộ"),
        C("87 hộ", "hộ"),
    ]
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "m", G, IGN, resolve=functools.partial(ann.resolve, tags_need_parts=True))
    ann.write(out, records, D, escape_newlines=True)
    ann.summary(records, len(D), table_links=False, openers=False, dated=False)


if __name__ == "__main__":
    main()
