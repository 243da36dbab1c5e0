"""Gold for tests/judged_holdout4, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout4/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, C(...) count, L(...) legal_ref; no amount in words. Table cells are read
from their row (`row`, `after`, `nxt`): the offset where a cell was read must be the offset the
scorer places it at, so a cell can never be silently paired with a figure of another row. Every
total's name has parts here (a name without parts stops the script); a doubtful text that spans
lines is written with '\\n'. Conventions for the number: 'vn', 'pt' and 'en'.
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
after, row, nxt = offsets.after, offsets.row, offsets.nxt
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt = readings.doubt


# m01: a yearbook table, "Triệu đồng - Mill. dongs" under a bilingual header; the total column is
# split into the four columns under "Chia ra - Of which"; the structure rows (%) are no money.
m01 = []
for n, year in enumerate(("2013", "2014", "2015", "2016", "2017", "Sơ bộ - Prel. 2018")):
    m01 += split(nxt("m01", "\n" + year + "\n", 5), TRIEU, f"y{n}", "chia ra")
G["m01"] = {"money": m01}

# m02: one cell a line, "Đơn vị tính : Tỷ đồng" after the column heads; three money columns (month,
# estimate, year to date) and two percentage columns; the "Tổng số" row over the five rows of
# "Phân theo nhóm ngành hàng". Cells are written with a decimal comma and no grouping ("4736,0").
m02_rows = [
    nxt("m02", "\n" + label + "\n", 3)
    for label in (
        "Tổng số",
        "Doanh thu bán lẻ",
        "Dịch vụ lưu trú",
        "Dịch vụ ăn uống",
        "Dịch vụ du lịch lữ hành và các dịch vụ hỗ trợ khác",
        "Dịch vụ khác",
    )
]
m02 = []
for r, cells in enumerate(m02_rows):
    for c, (tok, at) in enumerate(cells):
        if r == 0:
            m02.append(M(tok, TY, shape="table", tag=f"c{c}", opener="table rows", at=at))
        else:
            m02.append(M(tok, TY, shape="table", part=f"c{c}", at=at))
m02.sort(key=lambda e: e["_at"])
G["m02"] = {"money": m02}

# m03: a survey table, "Đơn vị: 1000 đồng" (a unit scaled by a number), "Tổng số" and the six
# sources under "Trong đó:"; rows run together on one line each. Urban/rural and district rows are
# other populations, not parts of the province's row.
m03 = []
for n, label in enumerate(
    (
        "Toàn tỉnh",
        "Thành thị",
        "Nông thôn",
        "Vĩnh Yên",
        "Phúc Yên",
        "Lập Thạch",
        "Tam Dương",
        "Tam Đảo",
        "Bình Xuyên",
        "Yên Lạc",
        "Vĩnh Tường",
        "Sông Lô",
    )
):
    occurrence = 2 if label == "Thành thị" else 1  # the first "Thành thị -" is a heading
    m03 += split(row("m03", label + " ", 7, occurrence), NGHIN, f"r{n}", "trong đó")
G["m03"] = {"money": m03}

# m04: a yearbook GRDP table, "Triệu đồng - Mill. dongs" under a header of many lines, figures without
# grouping; the total is split ("Chia ra") into four sectors, industry-and-construction has
# "Trong đó: Công nghiệp".
m04 = []
for year in ("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"):
    (total, t0), (agri, a0), (indcon, i0), (ind, d0), (serv, s0), (tax, x0) = row("m04", year, 6)
    m04 += [
        M(total, TRIEU, shape="table", tag=year, opener="chia ra", at=t0),
        M(agri, TRIEU, shape="table", part=year, at=a0),
        M(indcon, TRIEU, shape="table", part=year, tag=year + "/ic", opener="trong đó", at=i0),
        M(ind, TRIEU, shape="table", part=year + "/ic", at=d0),
        M(serv, TRIEU, shape="table", part=year, at=s0),
        M(tax, TRIEU, shape="table", part=year, at=x0),
    ]
G["m04"] = {"money": m04}

# m05: one cell a line, "Tỷ đồng" alone on a line above the first row; seven year columns. TỔNG SỐ is
# made of the state, non-state and foreign rows; the non-state row of the three rows under it.
# "2009,0" is money (it reads like a year).
m05_labels = (
    "TỔNG SỐ",
    "Kinh tế Nhà nước",
    "Kinh tế ngoài Nhà nước",
    "Tập thể",
    "Tư nhân",
    "Cá thể",
    "Khu vực có vốn đầu tư nước ngoài",
)
m05_rows = {label: nxt("m05", "\n" + label + "\n", 7) for label in m05_labels}
m05 = []
for c in range(7):
    parent = {
        "TỔNG SỐ": None,
        "Kinh tế Nhà nước": "t",
        "Kinh tế ngoài Nhà nước": "t",
        "Tập thể": "n",
        "Tư nhân": "n",
        "Cá thể": "n",
        "Khu vực có vốn đầu tư nước ngoài": "t",
    }
    for label in m05_labels:
        tok, at = m05_rows[label][c]
        tag = {"TỔNG SỐ": "t", "Kinh tế ngoài Nhà nước": "n"}.get(label)
        p = parent[label]
        m05.append(
            M(tok, TY, shape="table", tag=tag and f"{tag}{c}", opener=tag and "table rows", part=p and f"{p}{c}", at=at)
        )
m05.sort(key=lambda e: e["_at"])
G["m05"] = {"money": m05}

# m06: "(nghìn tỷ đồng)" in a column head, figures with a decimal point ("417.27"); the growth column
# is a percentage.
m06 = []
for year in (
    "2021",
    "2020",
    "2019",
    "2018",
    "2017",
    "2016",
    "2015",
    "2014",
    "2013",
    "2012",
    "2011",
    "2010",
    "2009",
    "2008",
):
    ((tok, at),) = row("m06", year + " ", 1)
    m06.append(M(tok, NGHIN_TY, shape="table", conv="pt", at=at))
G["m06"] = {"money": m06}

# m07: prices of building materials, "Giá gốc (đồng)" in the column head and the unit per row in the
# ĐVT column (kg, m3): each price is a rate. Grades in names ("PCB30", "1x2", "0,5x1") are no money.
m07 = []
for n in range(1, 28):
    line = [m for m in re.finditer(rf"(?m)^{n} (.*) (kg|m3) ([\d.]+) ", T["m07"])][0]
    m07.append(M(line.group(3), shape="table", per=line.group(2), at=line.start(3)))
G["m07"] = {"money": m07}

# m08: a price bulletin in prose: ranges "210.000-220.000 đ/kg" (two facts, the first sharing the
# unit), changes ("tăng 5.000 đ/kg"), rates per chục, lít, bình, bao. Fertiliser grades
# ("NPK 16-16-8"), "phi 6 và 8", "PC 30" and "12-13 kg" are no money.


G["m08"] = {
    "money": rng("210.000", "220.000 đ/kg", "kg")
    + rng("180.000", "185.000 đ/kg", "kg")
    + rng("45.000", "50.000 đ/kg", "kg")
    + rng("50.000", "55.000 đ/kg", "kg")
    + rng("125.000", "130.000 đ/kg", "kg")
    + rng("75.000", "80.000 đ/kg", "kg")
    + rng("1.000", "2.000 đ/kg", "kg")
    + rng("36.000", "38.000 đ/kg", "kg")
    + [M("5.000 đ/kg", shape="rate", per="kg")]
    + rng("80.000", "85.000 đ/kg", "kg")
    + [M("2.000 đ/chục", shape="rate", per="chục")]
    + rng("18.000", "23.000 đ/chục", "chục")
    + rng("2.000", "3.000 đ/kg", "kg")
    + rng("5.000", "6.000 đ/kg", "kg")
    + rng("13.000", "14.000 đ/kg", "kg")
    + rng("18.000", "21.000 đ/kg", "kg")
    + rng("11.200", "15.800 đ/kg", "kg")
    + rng("9.000", "9.200 đ/kg", "kg")
    + rng("12.000", "14.000 đ/kg", "kg")
    + [M("300 đ/kg", shape="rate", per="kg")]
    + rng("6.800", "7.900 đ/kg", "kg")
    + [
        M("20.800 đ/lít", shape="rate", per="lít"),
        M("19.730 đ/lít", shape="rate", per="lít"),
        M("15.690 đ/lít", shape="rate", per="lít"),
        M("16.830 đ/lít", shape="rate", per="lít"),
    ]
    + rng("295.000", "315.000 đ/bình", "bình")
    + rng("13.727", "16.170 đ/kg", "kg")
    + rng("62.050", "68.250 đ/bao", "bao")
    + rng("67.570", "74.250 đ/bao", "bao")
    + rng("73.000", "80.000 đ/bao", "bao")
}

# m09: allowances of commune officials, a table flattened to one line a row: a coefficient, then two
# amounts each written with "đồng" (so not a unit stated once); references to a decree and a joint
# circular.
G["m09"] = {
    "money": [
        M(t + " đồng") for t in ("417.000", "447.000", "347.500", "372.500", "278.000", "298.000", "208.500", "223.500")
    ],
    "legal_refs": [
        L("Nghị định 92/2009/NĐ-CP", "92/2009/NĐ-CP", "Nghị định"),
        L("Nghị định 92/2009/NĐ-CP", "92/2009/NĐ-CP", "Nghị định"),
        L("Thông tư liên tịch 03/2010/TTLT-BNV-BTC-BLĐTBXH", "03/2010/TTLT-BNV-BTC-BLĐTBXH", "Thông tư liên tịch"),
    ],
}

# m10: a bilingual portal item, the Vietnamese paragraph cut off, the English one with English
# grouping ("5,904.02 billion VND", "billion dong"). Breakdowns: "trong đó" / "in which" one part;
# "(of which land use levy ...)"; expenditure "in which" and a bracket of two parts. The list after
# "Total budget revenue includes:" states no total of its own and is not linked.
G["m10"] = {
    "money": [
        M("5.904,02 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("5.181,12 tỷ đồng", TY, part="A"),
        M("5,904.02 billion VND", TY, conv="en", tag="B", opener="in which"),
        M("5,181.12 billion VND", TY, conv="en", part="B"),
        M("4,742.07 billion dong", TY, conv="en"),
        M("439.05 billion dong", TY, conv="en", tag="C", opener="of which"),
        M("341.84 billion dong", TY, conv="en", part="C"),
        M("722.91 billion dong", TY, conv="en"),
        M("7,802.03\nbillion VND", TY, conv="en", tag="D", opener="in which"),
        M("5,877.57 billion VND", TY, conv="en", part="D", tag="E", opener="bracket"),
        M("2,968.98 billion VND", TY, conv="en", part="E"),
        M("2,908.46 billion VND", TY, conv="en", part="E"),
    ]
}

# m11: a revenue total split after "Trong đó," in the next sentence; two resolutions cited.
G["m11"] = {
    "money": [
        M("16.532 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("12.600 tỷ đồng", TY, part="A"),
        M("3.932 tỷ đồng", TY, part="A"),
        M("7.265 tỷ đồng", TY),
    ],
    "legal_refs": [
        L("nghị quyết 128/NQ-CP", "128/NQ-CP", "Nghị quyết"),
        L("Nghị quyết số 11/NQ-CP", "11/NQ-CP", "Nghị quyết"),
    ],
}

# m12: one cell a line; "(Tỷ đồng)" in the heads of three quarter columns, three percentage columns
# after them. Each numbered group row is made of the rows under it, quarter by quarter.
m12_groups = {
    "1. Dịch vụ lưu trú, ăn uống, lữ hành": (
        "Dịch vụ lưu trú",
        "Dịch vụ ăn uống",
        "Dịch vụ lữ hành và hoạt động hỗ trợ du lịch",
    ),
    "2. Dịch vụ tiêu dùng khác": (
        "Dịch vụ kinh doanh bất động sản",
        "Dịch vụ hành chính và dịch vụ hỗ trợ",
        "Dịch vụ giáo dục và đào tạo",
        "Dịch vụ y tế và hoạt động trợ giúp xã hội",
        "Dịch vụ nghệ thuật, vui chơi và giải trí",
        "Dịch vụ sửa chữa máy tính, đồ dùng cá nhân và gia đình",
        "Dịch vụ khác",
    ),
}
m12 = []
for g, (group, members) in enumerate(m12_groups.items()):
    for c, (tok, at) in enumerate(nxt("m12", "\n" + group + "\n", 3)):
        m12.append(M(tok, TY, shape="table", tag=f"g{g}q{c}", opener="table rows", at=at))
    for label in members:
        for c, (tok, at) in enumerate(nxt("m12", "\n" + label + "\n", 3)):
            m12.append(M(tok, TY, shape="table", part=f"g{g}q{c}", at=at))
m12.sort(key=lambda e: e["_at"])
G["m12"] = {"money": m12}

# m13: a yearbook summary as a list; the total of retail and services is split after "Trong đó:",
# its first part written "33.008.7" (two points, a slip for 33.008,7); visitors: the sum of two
# lines stated on the line after them.
G["m13"] = {
    "money": [
        M("33.008,7 tỷ đồng", TY),
        M("43.409,1 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("7.129,7 tỷ đồng", TY, part="A"),
        M("192,2 tỷ đồng", TY, part="A"),
        M("3.078,5 tỷ đồng", TY, part="A"),
        M("7.129,7 tỷ đồng", TY),
        M("1.754.918 triệu đồng", TRIEU),
        M("192.157 triệu đồng", TRIEU),
    ],
    "counts": [
        C("1.986.344 lượt người", "lượt", part="V"),
        C("262.327 lượt người", "lượt", part="V"),
        C("2.248.671 lượt người", "lượt", tag="V", opener="after"),
        C("113.722 lượt người", "lượt"),
    ],
}
doubt(
    "m13",
    "money",
    {"text": "33.008.7 tỷ đồng", "value": 33008700000000, "currency": "VND"},
    "'33.008.7': two points, a slip for 33.008,7 tỷ (a part of the 43.409,1 tỷ after 'Trong đó:')",
)
doubt(
    "m13",
    "money",
    {"text": "33.008.7 tỷ đồng", "value": 330087000000000, "currency": "VND"},
    "'33.008.7' read with both points grouping thousands",
)
doubt(
    "m13",
    "counts",
    {"text": "1.091.459", "value": 1091459, "unit": "lượt"},
    "a count without its noun in a bracket ('trong đó khách quốc tế là 1.091.459')",
)

# m14: a pipe table "GIÁ THỊ TRƯỜNG (Đồng/Kg)": the pepper cells are written "47,500" (a single
# comma meant as a thousands separator: doubtful), the coffee cells "32.800"; notes give changes.
m14_pepper = (
    after("m14", "| Gia Lai | ", ["47,500"])
    + after("m14", "Bà Rịa-Vũng Tàu | ", ["50,000"])
    + after("m14", "Đắk Lăk | ", ["48,500"])
    + after("m14", "Bình Phước | ", ["48,500"])
    + after("m14", "\nĐắk Nông | ", ["48,500"])
    + after("m14", "Đồng Nai | ", ["47,500"])
)
m14_coffee = (
    after("m14", "Di Linh (Lâm Đồng) | ", ["32.800"])
    + after("m14", "Bảo Lộc & Lâm Hà (Lâm Đồng) | ", ["32.900"])
    + after("m14", "Cư M’gar (Đắk Lắk) | ", ["33.600"])
    + after("m14", "Ea H’leo & Buôn Hồ (Đắk Lắk) | ", ["33.300"])
    + after("m14", "\nĐắk Nông | ", ["32.900"], 2)
    + after("m14", "\nGia Lai | ", ["32.900"])
    + after("m14", "Kom Tum | ", ["32.900"])
)
G["m14"] = {
    "money": [M("500đ/kg", shape="rate", per="kg")]
    + table(m14_coffee[:1], 1, per="kg")
    + [M("100đ/kg", shape="rate", per="kg")]
    + table(m14_coffee[1:3], 1, per="kg")
    + [M("300đ/kg", shape="rate", per="kg")]
    + table(m14_coffee[3:], 1, per="kg")
    + [M("500đ/kg", shape="rate", per="kg")]
}
for tok in ["47,500", "50,000 đồng/kg"] + [t for t, _ in m14_pepper] + ["32,800", "33,600 đồng/kg"]:
    n = number(tok, "en")
    doubt(
        "m14",
        "money",
        {"text": tok, "value": int(n), "currency": "VND"},
        "a single comma meant as a thousands separator (English reading)",
    )
    doubt(
        "m14",
        "money",
        {"text": tok, "value": float(number(tok, "vn")), "currency": "VND"},
        "a single comma read as the decimal mark (the spec's reading)",
    )

# m15: a retail price table, "Đơn vị : Đồng / lít" above it, four regions a row, figures without
# grouping; grades in the names ("RON95-III", "DO 0.05S") are no money.
m15 = []
for label in (
    " - XĂNG RON95-III ",
    " - XĂNG RON95-IV ",
    " - XĂNG E5 RON 92 -II ",
    " - DẦU DO 0.05S ",
    " - DẦU DO 0.005S ",
    " - DẦU HỎA ",
):
    m15 += table(row("m15", label, 4), 1, per="lít")
G["m15"] = {"money": m15}

# m16: Japanese investment by sector, province and project (dollars); a pair "49/63 tỉnh thành phố"
# and project counts; rank words ("thứ 3") are no counts.
G["m16"] = {
    "money": [M(t + " tỷ USD", TY, "USD") for t in ("1,66", "1,17", "9,68", "4,1", "3,85", "9", "1,22", "1,2")],
    "counts": [
        C("49", "tỉnh thành phố", shape="pair"),
        C("63 tỉnh thành phố", "tỉnh thành phố", shape="pair"),
        C("10 dự án", "dự án"),
        C("661 dự án", "dự án"),
        C("248 dự án", "dự án"),
    ],
}

# m17: fuel prices in prose, each "không cao hơn" (at most) with its change; "22.482đồng/lít" glued;
# grades ("E5RON92", "0.05S", "180CST 3.5S") are no money.
G["m17"] = {
    "money": [
        M("21.418 đồng/lít", shape="rate", per="lít", q="under"),
        M("377 đồng/lít", shape="rate", per="lít"),
        M("1.064 đồng/lít", shape="rate", per="lít"),
        M("22.482đồng/lít", shape="rate", per="lít", q="under"),
        M("547 đồng/lít", shape="rate", per="lít"),
        M("20.194 đồng/lít", shape="rate", per="lít", q="under"),
        M("487 đồng/lít", shape="rate", per="lít"),
        M("20.536 đồng/lít", shape="rate", per="lít", q="under"),
        M("205 đồng/lít", shape="rate", per="lít"),
        M("15.508 đồng/kg", shape="rate", per="kg", q="under"),
        M("307 đồng/kg", shape="rate", per="kg"),
    ]
}

# m18: tuition, "Đơn vị tính: đồng/học sinh/tháng." above a table of one cell a line (six levels,
# four areas): each cell is a rate; a fee of "0" (free) is doubtful.
m18 = []
m18_rows = [
    nxt("m18", "Tân Châu (thành thị)\n", 6),
    nxt("m18", "các huyện (thành thị)\n", 6),
    nxt("m18", "(nông thôn)\n", 6),
    nxt("m18", "(miền núi)\n", 6),
]
for cells in m18_rows:
    for tok, at in cells:
        if tok == "0":
            doubt("m18", "money", {"text": "0", "value": 0, "currency": "VND"}, "a fee of 0 (free) in the table")
        else:
            m18.append(M(tok, shape="table", per="học sinh/tháng", at=at))
G["m18"] = {"money": m18}

# m19: entrance fees per visit after a circular; six national parks.
G["m19"] = {
    "money": [
        M("60.000 đồng/lượt", shape="rate", per="lượt"),
        M("20.000 đồng/lượt", shape="rate", per="lượt"),
        M("10.000 đồng/lượt", shape="rate", per="lượt"),
    ],
    "counts": [C("6 vườn quốc gia", "vườn quốc gia")],
    "legal_refs": [L("Thông tư số 206/2016/TT-BTC", "206/2016/TT-BTC", "Thông tư")],
}

# m20: a market price table, unit per row ("đ/kg", then ditto marks '"'), columns: previous price,
# price, change, rate of change (%); commodity codes ("01.0001") are no money. Changes of 0 and
# negative changes ("-5.000") are doubtful (a sign the spec does not write).
m20 = []
m20_rows = [
    ("Thóc tẻ thường đ/kg Bán lẻ ", 3),
    (' - Gạo Q xay (gạo lật) " " ', 3),
    (' - Gạo Khang dân " " ', 3),
    (' - Gạo tẻ Thái Bình BC " " ', 3),
    (" - Gạo bào thai ngon  đ/kg Bán lẻ ", 3),
    (' - Gạo Nhật " " ', 3),
    (' - Gạo Thái " " ', 3),
    (' - Gạo tám thơm các loại " " ', 3),
    ("Thịt lợn hơi (lợn lai trắng) đ/kg Bán lẻ ", 3),
    ('Thịt lợn hơi (lợn đen ĐP) " " ', 3),
    ('Thịt lợn thăn (lợn lai trắng) " " ', 3),
    ('Thịt lợn thăn (lợn đen ĐP) " " ', 3),
    ('Thịt lợn mông sấn (lợn lai trắng) " " ', 3),
    ('Thịt lợn mông sấn (lợn đen ĐP) " " ', 3),
    ('Thịt bò thăn loại I, bò bắp " " ', 3),
    ('Gà ta còn sống " " ', 3),
    ('Gà công nghiệp làm sẵn " " ', 3),
    ('Giò lụa (lợn) " " ', 3),
]
for label, _cells in m20_rows:
    text = T["m20"]
    base = text.index(label) + len(label)
    line = text[base : text.index("\n", base)]
    (prev, p0), (cur, c0), (change, d0) = [(m.group(0), base + m.start()) for m in re.finditer(r"\S+", line)][:3]
    m20.append(M(prev, shape="table", per="kg", at=p0))
    m20.append(M(cur, shape="table", per="kg", at=c0))
    if change == "0":
        doubt("m20", "money", {"text": "0", "value": 0, "currency": "VND"}, "a change of 0 in the table")
    elif change.startswith("-"):
        for v in (int(number(change, "vn")), -int(number(change, "vn"))):
            doubt(
                "m20",
                "money",
                {"text": change, "value": v, "currency": "VND"},
                "a negative change in the table (its sign)",
            )
    else:
        m20.append(M(change, shape="table", per="kg", at=d0))
G["m20"] = {
    "money": m20,
    "legal_refs": [L("Báo cáo số: 109/BC-STC", "109/BC-STC", "Báo cáo", "2021-04-05")],
}

# m21: rice prices in prose and in a flattened table whose head says "Giá mua của thương lái (đồng)"
# with the unit "kg" per row; a range in a cell is two facts; variety names ("IR 50404", "OM 5451",
# "Nàng Hoa 9") are no money; the change "-100" is doubtful (its sign).
m21_table = []
for label in (
    "- Lúa IR 50404 |\nkg |\n",
    "- Lúa Đài thơm 8 |\nkg |\n",
    "- Lúa OM 5451 |\nkg |\n",
    "- Lúa OM 18 |\nKg |\n",
    "- Lúa Nhật |\nKg |\n",
    "- Nàng Hoa 9 |\nkg |\n",
    "- Lúa IR 50404 (khô) |\nkg |\n",
):
    n = 1 if "khô" in label else 2
    cells = nxt("m21", label, n)
    m21_table += [M(tok, shape="table", per="kg", at=at) for tok, at in cells]
G["m21"] = {
    "money": [M("100 đồng/kg", shape="rate", per="kg"), M("100 đồng/kg", shape="rate", per="kg")]
    + rng("5.500", "5.600 đồng/kg", "kg")
    + rng("5.300", "5.500 đồng/kg", "kg")
    + [M("6.500 đồng/kg", shape="rate", per="kg")]
    + rng("11.500", "12.000 đồng/kg", "kg")
    + rng("5.800", "6.000 đồng/kg", "kg")
    + rng("5.800", "6.000 đồng/kg", "kg")
    + rng("7.000", "7.200 đồng/kg", "kg")
    + rng("5.900", "6.100 đồng/kg", "kg")
    + rng("7.500", "7.600 đồng/kg", "kg")
    + rng("14.000", "15.000 đồng/kg", "kg")
    + m21_table
}
doubt("m21", "money", {"text": "-100", "value": 100, "currency": "VND"}, "a negative change in the table (its sign)")
doubt("m21", "money", {"text": "-100", "value": -100, "currency": "VND"}, "a negative change in the table (its sign)")

# m22: rice prices in prose, ranges and single prices; "OM 5451 (tươi) 5.300-5.400;" is written
# without its unit in a list whose other items carry "đồng/kg" (money per kg); changes "tăng 150
# đồng" and "khoảng 150 đồng".
G["m22"] = {
    "money": rng("5.400", "5.500 đồng/kg", "kg")
    + rng("5.400", "5.500 đồng/kg", "kg")
    + [M("7.000 đồng/kg", shape="rate", per="kg"), M("7.000 đồng/kg", shape="rate", per="kg")]
    + rng("5.700", "5.800 đồng/kg", "kg")
    + rng("5.100", "5.300 đồng/kg", "kg")
    + rng("5.300", "5.400 đồng/kg", "kg")
    + [M("5.600 đồng/kg", shape="rate", per="kg")]
    + rng("6.000", "6.100 đồng/kg", "kg")
    + rng("7.500", "7.600 đồng/kg", "kg")
    + [M("5.500 đồng/kg", shape="rate", per="kg")]
    + rng("11.500", "12.000 đồng/kg", "kg")
    + rng("4.900", "5.100 đồng/kg", "kg")
    + rng("5.000", "5.200 đồng/kg", "kg")
    + [M("200 đồng")]
    + rng("5.000", "5.100 đồng/kg", "kg")
    + [M("5.300", shape="shared", per="kg"), M("5.400", shape="shared", per="kg")]
    + rng("6.100", "6.300 đồng/kg", "kg")
    + rng("6.200", "6.400 đồng/kg", "kg")
    + rng("6.500", "6.700 đồng/kg", "kg")
    + [M("150 đồng", q="approx")]
    + rng("8.300", "8.500 đồng/kg", "kg")
    + [M("150 đồng")]
    + rng("9.300", "9.450 đồng/kg", "kg")
    + [M("150 đồng")]
    + [M("7.600 đồng/kg", shape="rate", per="kg"), M("7.600 đồng/kg", shape="rate", per="kg")]
}

# m23: investment split after "trong đó" by level of management.
G["m23"] = {
    "money": [
        M("11.326,8 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("3.205,4 tỷ đồng", TY, part="A"),
        M("8.121,4 tỷ đồng", TY, part="A"),
    ]
}

# m24: "nghìn tỷ đồng" amounts; "25, 3  nghìn tỷ" broken by a blank after the comma (doubtful);
# "48,700  nghìn tỷ" read with the comma as the decimal mark (48,7 nghìn tỷ). Figures of some
# provinces and a ministry after a colon, not presented as the division of the national total.
G["m24"] = {
    "money": [
        M("352 nghìn tỷ đồng", NGHIN_TY, q="over"),
        M("28 nghìn tỷ đồng", NGHIN_TY, q="over"),
        M("10,3 nghìn tỷ đồng", NGHIN_TY),
        M("48,700  nghìn tỷ đồng", NGHIN_TY, q="over"),
    ]
}
doubt(
    "m24",
    "money",
    {"text": "25, 3  nghìn tỷ đồng", "value": 25300000000000, "currency": "VND"},
    "'25, 3': a blank after the decimal comma (meant 25,3 nghìn tỷ)",
)
doubt(
    "m24",
    "money",
    {"text": "3  nghìn tỷ đồng", "value": 3000000000000, "currency": "VND"},
    "'25, 3': the figure after the blank alone",
)

# m25: coffee prices in prose, then a pipe table with "Đơn vị tính: VNĐ/kg" written under it; its
# change column ("+500") is money per kg too; the exchange-rate row (VND per USD) under that unit
# is doubtful. Robusta in London "26 USD/tấn".
m25_cells = []
for label in ("\nĐắk Lắk | ", "\nLâm Đồng | ", "\nGia Lai | ", "\nĐắk Nông | "):
    text = T["m25"]
    base = text.index(label) + len(label)
    figures = re.finditer(r"\d[\d.]*\d", text[base : base + 30])
    (price, p0), (change, c0) = [(m.group(0), base + m.start()) for m in figures][:2]
    m25_cells += [M(price, shape="table", per="kg", at=p0), M(change, shape="table", per="kg", at=c0)]
G["m25"] = {
    "money": [M("26 USD/tấn", cur="USD", shape="rate", per="tấn"), M("500 đồng/kg", shape="rate", per="kg")]
    + rng("111.000", "112.000 đồng/kg", "kg")
    + [M("500 đồng/kg", shape="rate", per="kg")]
    + rng("111.000", "112.000 đồng/kg", "kg")
    + [
        M("112.000 đồng/kg", shape="rate", per="kg"),
        M("111.500 đồng/kg", shape="rate", per="kg"),
        M("111.000 đồng/kg", shape="rate", per="kg"),
    ]
    + m25_cells
}
doubt(
    "m25",
    "money",
    {"text": "26.162", "value": 26162, "currency": "VND"},
    "the USD/VND exchange rate, a row of the table written over the unit line 'VNĐ/kg'",
)
doubt("m25", "money", {"text": "3", "value": 3, "currency": "VND"}, "the change of the exchange rate ('+3')")

# m26: coffee prices and their rises; a province named with "(cũ)" (before the 2025 merger).
G["m26"] = {
    "money": rng("95.300", "95.700 đồng/kg", "kg")
    + [
        M("95.700 đồng/kg", shape="rate", per="kg"),
        M("3.400 đồng/kg", shape="rate", per="kg"),
        M("3.200 đồng/kg", shape="rate", per="kg"),
        M("3.300 đồng/kg", shape="rate", per="kg"),
        M("95.500 đồng/kg", shape="rate", per="kg"),
        M("3.700 đồng/kg", shape="rate", per="kg"),
        M("95.300 đồng/kg", shape="rate", per="kg"),
    ]
}

# m27: hospital bed prices, "Mức giá\n(đồng)" in the head, one price at the end of each row; row
# numbers ("3.1", "4.2"), burn degrees and percentages in the names are no money.
m27 = []
for label in (
    "1 Ngày điều trị",
    "2 Ngày giường",
    "3.1 Loại 1",
    "3.2 Loại 2",
    "3.3 Loại 3",
    "4.1 Loại 1",
    "4.2 Loại 2",
    "4.3 Loại 3",
    "4.4 Loại 4",
    "5.1 Ngày",
    "5.2 Ngày",
    "5.3 Ngày",
):
    text = T["m27"]
    s = [m.start() for m in re.finditer(r"(?m)^" + re.escape(label), text)][0]
    line = text[s : text.index("\n", s)]
    last = [m for m in re.finditer(r"\d[\d.]*\d", line)][-1]
    m27.append(M(last.group(0), shape="table", at=s + last.start()))
G["m27"] = {"money": m27}

# m28: durian prices, a pipe table whose cells each carry "đồng/kg" (ranges: two facts a cell); the
# lead-in repeats two prices.
m28 = [M("100.000 đồng/kg", shape="rate", per="kg", q="under"), M("92.000 đồng/kg", shape="rate", per="kg")]
for m in re.finditer(r"\| Sầu riêng [^|]+\| ([\d.]+) [-–] ([\d.]+ đồng/kg) \|", T["m28"]):
    m28 += rng(m.group(1), m.group(2), "kg")
G["m28"] = {"money": m28}

# m29: state investment disbursed, "Trong đó" four sources (they make less than the total).
G["m29"] = {
    "money": [
        M("1.695 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("835,7 tỷ đồng", TY, part="A"),
        M("390 tỷ đồng", TY, part="A"),
        M("42,4 tỷ đồng", TY, part="A"),
        M("172 tỷ đồng", TY, part="A"),
    ],
    "counts": [C("5 dự án", "dự án"), C("5 dự án", "dự án"), C("1 quyết định", "quyết định")],
}

# m30: a yearbook table in two blocks, "Tỷ đồng" alone on a line under the years; the TỔNG SỐ row
# over four rows; the structure rows (%) are no money; "253" and "56" are page and table numbers.
m30 = []
for block in (1, 2):
    occ = 2 * block - 1  # the money TỔNG SỐ rows are the 1st and the 3rd
    rows = [row("m30", "TỔNG SỐ ", 5, occ)] + [
        row("m30", label + " ", 5, occ)
        for label in ("Bán lẻ hàng hóa", "Dịch vụ lưu trú, ăn uống", "Du lịch lữ hành", "Dịch vụ khác")
    ]
    for r, cells in enumerate(rows):
        for c, (tok, at) in enumerate(cells):
            tag = f"b{block}c{c}"
            m30.append(
                M(
                    tok,
                    TY,
                    shape="table",
                    tag=tag if r == 0 else None,
                    opener="table rows" if r == 0 else None,
                    part=None if r == 0 else tag,
                    at=at,
                )
            )
m30.sort(key=lambda e: e["_at"])
G["m30"] = {"money": m30}

# m31: retail sales in prose (two totals split after "trong đó") and a table of one cell a line,
# "Tổng mức (Tỷ đồng)" in a column head, figures without grouping; TỔNG SỐ is split by ownership and
# a second time by sector (one breakdown per total: only the first split is linked).
m31_table = [M(t, TY, shape="table", at=a, tag="T", opener="table rows") for t, a in nxt("m31", "TỔNG SỐ\n", 1)]
for label in ("Nhà nước", "Tập thể", "Cá thể", "Tư nhân", "Khu vực có vốn đầu tư nước ngoài"):
    ((t, a),) = nxt("m31", "\n" + label + "\n", 1)
    m31_table.append(M(t, TY, shape="table", part="T", at=a))
for label in ("Thương nghiệp", "Khách sạn, nhà hàng", "Du lịch", "Dịch vụ"):
    ((t, a),) = nxt("m31", "\n" + label + "\n", 1)
    m31_table.append(M(t, TY, shape="table", at=a))
G["m31"] = {
    "money": [
        M("79,5 nghìn tỷ đồng", NGHIN_TY, tag="A", opener="trong đó"),
        M("65,3 nghìn tỷ đồng", NGHIN_TY, part="A"),
        M("9,2 nghìn tỷ đồng", NGHIN_TY, part="A"),
        M("4 nghìn tỷ đồng", NGHIN_TY, part="A"),
        M("1 nghìn tỷ đồng", NGHIN_TY, part="A"),
        M("527,5 nghìn tỷ đồng", NGHIN_TY, tag="B", opener="trong đó"),
        M("434,8 nghìn tỷ đồng", NGHIN_TY, part="B"),
        M("59,5 nghìn tỷ đồng", NGHIN_TY, part="B"),
        M("26 nghìn tỷ đồng", NGHIN_TY, part="B"),
        M("7,2 nghìn tỷ đồng", NGHIN_TY, part="B"),
    ]
    + m31_table
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "m", G, IGN, resolve=functools.partial(ann.resolve, tags_need_parts=True))
    ann.write(out, records, D, escape_newlines=True)
    ann.summary(records, len(D), table_links=False, openers=False, dated=False)


if __name__ == "__main__":
    main()
