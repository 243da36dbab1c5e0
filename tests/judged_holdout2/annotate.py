"""Gold for tests/judged_holdout2, written by reading each text (the extractor is not imported).

Run `python tests/judged_holdout2/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). Placing every gold `text` as the
parts scorer places it, and writing the files, are the shared helpers' of the judged sets
(tests/judged_texts/annotation.py). Values are computed here with Decimal from the figure as
written and the reading chosen for it (multiplier word, or the unit a table states), so no figure
is multiplied by hand; a total's `parts` state is computed from the sum of its parts.

Readings:
  M(text, ...)  a money entry; the figure, multiplier word and currency are read from `text`
                ("7.314,3 tỷ đồng"), or given (`mult`, `cur`) for a table cell whose unit the table
                or its row states.
  C(text, unit) a count; a multiplier word in `text` multiplies ("400 nghìn lượt" = 400 000).
  key / part_of name a total and its parts inside one list; `opener` says how the breakdown is
  written (see ../judged_texts/README.md).
"""

import importlib.util
import pathlib
import re
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

SCALE = {"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
CURRENCY = {"đồng": "VND", "đ": "VND", "VNĐ": "VND", "USD": "USD", "Đô la Mỹ": "USD"}
FIGURE = re.compile(r"^(\d[\d.,]*)\s*(.*)$")


def number(tok, conv="vn"):
    """A figure as written: 'vn' groups thousands with '.' and marks decimals with ','; 'plain' is bare digits."""
    if conv == "vn":
        return Decimal(tok.replace(".", "").replace(",", "."))
    assert conv == "plain" and tok.isdigit(), tok
    return Decimal(tok)


def read(text):
    """(figure, multiplier, rest) of a written amount: '7.314,3 tỷ đồng' -> ('7.314,3', 10**9, 'đồng')."""
    m = FIGURE.match(text)
    assert m, text
    tok, rest = m.group(1), m.group(2)
    mult = 1
    for word in sorted(SCALE, key=len, reverse=True):
        if rest == word or rest.startswith(word + " ") or rest.startswith(word + "đ"):
            mult, rest = SCALE[word], rest[len(word) :].strip()
            break
    return tok, mult, rest


def M(
    text,
    *,
    mult=None,
    cur=None,
    conv="vn",
    shape="plain",
    qual=None,
    per=None,
    key=None,
    part_of=None,
    opener=None,
    restates=None,
):
    tok, scale, rest = read(text)
    if cur is None:
        cur = next((c for w, c in sorted(CURRENCY.items(), key=lambda x: -len(x[0])) if rest.startswith(w)), "VND")
    value = number(tok, conv) * (scale if mult is None else mult)
    assert value == value.to_integral_value(), (text, value)
    e = {"text": text, "value": int(value), "currency": cur, "qualifier": qual, "per": per, "shape": shape}
    if restates is not None:
        e["restates"] = restates
    return e, key, part_of, opener


def C(text, unit, *, shape="plain", key=None, part_of=None, opener=None):
    tok, scale, _ = read(text)
    value = number(tok) * scale
    assert value == value.to_integral_value(), (text, value)
    return {"text": text, "value": int(value), "unit": unit, "shape": shape}, key, part_of, opener


def cells(line, *, mult, shape="table", per=None, conv="vn", cur="VND"):
    """The money cells of one table row, each a bare figure in the unit the table states."""
    return [M(tok, mult=mult, shape=shape, per=per, conv=conv, cur=cur) for tok in line.split()]


R = ann.L  # a legal reference
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D  # this set writes IGN's lists as read (no empty ones added)

TRIEU = 10**6

# k01: a public investment plan and its disbursement, each split by source after "trong đó:".
G["k01"] = {
    "money": [
        M("7.314,3 tỷ đồng", key="plan", opener="trong đó"),
        M("5.375,5 tỷ đồng", key="paid", opener="trong đó"),
        M("1.156,4 tỷ đồng", part_of="plan"),
        M("884,5 tỷ đồng", part_of="paid"),
        M("6.157,9 tỷ đồng", part_of="plan"),
        M("4.491 tỷ đồng", part_of="paid"),
    ]
}

# k02: lending in a quarter, five programmes in the next paragraph (they name only some of it).
G["k02"] = {
    "money": [
        M("8.567 tỷ đồng", key="t", opener="next paragraph"),
        M("1.930 tỷ đồng", part_of="t"),
        M("2.885 tỷ đồng", part_of="t"),
        M("1.457 tỷ đồng", part_of="t"),
        M("997 tỷ đồng", part_of="t"),
        M("864 tỷ đồng", part_of="t"),
    ],
    "counts": [
        C("400 nghìn lượt", "lượt", shape="multiplier"),
        C("400 nghìn lượt", "lượt", shape="multiplier"),
    ],
}

# k03: provincial spending and revenue, each with one named share ("trong đó").
G["k03"] = {
    "money": [
        M("16.080 tỉ đồng", key="chi", opener="trong đó"),
        M("7.831 tỉ đồng", part_of="chi"),
        M("2.947,6 tỉ đồng", key="thu", opener="trong đó"),
        M("2.427,6 tỉ đồng", part_of="thu"),
        M("1.641,9 tỉ đồng"),
    ]
}

# k04: businesses founded, suspended, dissolved; the running total with two kinds in a bracket.
G["k04"] = {
    "money": [M("5.468,7 tỷ đồng")],
    "counts": [
        C("471 doanh nghiệp", "doanh nghiệp"),
        C("128 doanh nghiệp", "doanh nghiệp"),
        C("31 doanh nghiệp", "doanh nghiệp"),
        C("4.625 doanh nghiệp", "doanh nghiệp", key="dn", opener="bracket"),
        C("03 doanh nghiệp", "doanh nghiệp", part_of="dn"),
        C("192 doanh nghiệp", "doanh nghiệp", part_of="dn"),
    ],
}

# k05: a price list flattened one cell a line; "đ/kg" in each row's unit cell. The item codes
# (10.001 ...) are no amounts; a change in brackets "(1.000)" has neither sign word nor unit: doubtful.
G["k05"] = {
    "money": cells(
        "13.000 13.000 17.000 17.000 68.000 67.000 140.000 135.000 260.000 260.000 255.000 255.000",
        mult=1,
        shape="table-row",
        per="kg",
    )
}
IGN["k05"] = {
    "money": [
        {"text": t, "value": v, "currency": "VND"}
        for t, v in (("1.000", 1000), ("-1.000", -1000), ("5.000", 5000), ("-5.000", -5000))
    ]
}
D.append(
    (
        "k05",
        "68.000        67.000      (1.000)             (1)",
        "a change in brackets in the 'Mức tăng (giảm)' column: 1.000 đ/kg less, but no sign word or unit is written",
    )
)

# k06: a yearbook table under "ĐVT: Đồng"; a unit column (Kg, Lít) says what each price is for.
k06 = []
for per, row in (
    ("kg", "12.578 12.477 13.134 13.891 13.297"),
    ("kg", "17.390 17.441 18.663 18.729 18.419"),
    ("kg", "84.321 96.923 154.281 129.107 120.091"),
    ("kg", "230.947 244.977 258.648 271.669 268.585"),
    ("kg", "114.551 112.909 106.326 108.258 122.138"),
    ("kg", "45.353 45.429 43.335 42.519 46.013"),
    ("kg", "204.275 209.502 222.615 225.894 232.712"),
    ("kg", "14.727 14.442 14.055 15.018 16.143"),
    ("kg", "7.288 7.611 7.547 7.355 9.655"),
    ("kg", "6.389 9.671 10.961 9.616 11.355"),
    ("kg", "12.250 16.980 18.842 13.982 19.500"),
    ("kg", "12.184 12.865 14.706 14.136 15.007"),
    ("kg", "11.789 10.621 9.549 8.631 10.159"),
    ("kg", "14.321 16.114 15.559 16.484 18.350"),
    ("kg", "6.341 6.374 6.423 6.594 7.400"),
    ("lít", "27.237 27.279 41.605 47.752 56.048"),
    ("lít", "43.248 43.185 43.335 46.312 59.542"),
):
    k06 += cells(row, mult=1, per=per)
G["k06"] = {"money": k06}

# k07: a price table in pipes, ĐVT "đ/kg" then ditto marks ("), one row "đ/lít"; columns: before,
# now, change, %. The codes (1.001 ...) are no amounts; a change of 0 is doubtful (an empty change).
k07 = []
for per, before, now, change in (
    ("kg", "6.500", "6.500", "0"),
    ("kg", "10.500", "10.500", "0"),
    ("kg", "16.000", "16.000", "0"),
    ("kg", "80.000", "82.000", "2.000"),
    ("kg", "72.000", "77.000", "5.000"),
    ("kg", "250.000", "250.000", "0"),
    ("kg", "42.500", "48.000", "5.500"),
    ("kg", "100.000", "100.000", "0"),
    ("kg", "140.000", "140.000", "0"),
    ("kg", "60.000", "60.000", "0"),
    ("kg", "45.000", "45.000", "0"),
    ("kg", "190.000", "190.000", "0"),
    ("kg", "140.000", "140.000", "0"),
    ("kg", "10.000", "15.000", "5.000"),
    ("kg", "10.000", "10.000", "0"),
    ("kg", "15.000", "16.000", "1.000"),
    ("lít", "43.000", "44.000", "1.000"),
    ("kg", "5.000", "5.000", "0"),
):
    k07 += cells(f"{before} {now}", mult=1, shape="table-row", per=per)
    if change != "0":
        k07 += cells(change, mult=1, shape="table-row", per=per)
G["k07"] = {"money": k07}
IGN["k07"] = {"money": [{"text": "0", "value": 0, "currency": "VND"}] * 12}
D.append(
    (
        "k07",
        "6.500\\n|\\n6.500\\n|\\n0\\n|\\n0,00",
        "a change of 0 in the 'Mức' column: no change rather than an amount",
    )
)

# k08: minimum wages per month, new and old, per region.
G["k08"] = {
    "money": [
        M(t, shape="rate", per="tháng")
        for t in (
            "3,98 triệu đồng",
            "3,53 triệu đồng",
            "3,09 triệu đồng",
            "2,76 triệu đồng",
            "3,75 triệu đồng",
            "3,32 triệu đồng",
            "2,9 triệu đồng",
            "2,58 triệu đồng",
        )
    ]
}

# k09: a Tết budget in the headline and the body; the body total is split after "Trong đó".
G["k09"] = {
    "money": [
        M("29 tỷ đồng", qual="approx"),
        M("29 tỷ đồng", qual="approx", key="t", opener="trong đó"),
        M("14,5 tỷ đồng", qual="over", part_of="t"),
        M("7,5 tỷ đồng", qual="over", part_of="t"),
        M("5,7 tỷ đồng", qual="over", part_of="t"),
        M("150 triệu đồng", part_of="t"),
        M("945 triệu đồng", part_of="t"),
    ]
}
IGN["k09"] = {"legal_refs": [{"text": "Kế hoạch số 46", "code": "46"}]}
D.append(("k09", "Kế hoạch số 46", "a plan cited by its serial number only, without a symbol"))

# k10: the headline amount (added after the first scoring run: a reading slip, see README), then
# gifts and allowances line by line ("cho N người = X đồng"), then "Tổng cộng ... là" after them.
# The seven amounts sum to more than the total written (the total seems to leave the centre's
# share out, though its words say both): state "more". Rates (đồng/người, mỗi hộ) are never parts.
G["k10"] = {
    "money": [
        M("18 tỷ đồng", qual="over"),
        M("500.000 đồng", shape="rate", per="người"),
        M("400.000", shape="shared", per="người"),
        M("100.000 đồng", shape="rate", per="người"),
        M("876.000.000 đồng", part_of="t"),
        M("300.000 đồng"),
        M("200.000 đồng", shape="rate", per="người"),
        M("100.000 đồng", shape="rate", per="người"),
        M("12.525.000.000 đồng", part_of="t"),
        M("300.000 đồng", shape="rate", per="người"),
        M("5.883.300.000 đồng", part_of="t"),
        M("500.000đồng", shape="rate", per="người"),
        M("87.000.000 đồng", part_of="t"),
        M("500.000 đồng", shape="each", per="hộ"),
        M("2.000.000 đồng", shape="each", per="đơn vị"),
        M("10.000.000 đồng", shape="each", per="đơn vị"),
        M("300.000 đồng", shape="rate", per="hộ"),
        M("6.793.200.000 đồng", part_of="t"),
        M("63.600.000 đồng", part_of="t"),
        M("875.840.000 đồng", part_of="t"),
        M("18.348.890.000 đồng", key="t", opener="after"),
    ],
    "counts": [
        C("1.572 người", "người"),
        C("41.750 người", "người"),
        C("19.611 người", "người"),
        C("174 người", "người"),
        C("80 hộ", "hộ"),
        C("46 đơn vị", "đơn vị"),
        C("22.644 hộ", "hộ"),
        C("555 người", "người"),
        C("1.825 người", "người"),
    ],
}

# k11: support paid to three groups: the total (money and people) two paragraphs above "Trong đó".
G["k11"] = {
    "money": [
        M("120 tỷ đồng", qual="over"),
        M("120 tỷ đồng", qual="over", key="t", opener="next paragraph"),
        M("10,7 tỷ đồng"),
        M("21,9 tỷ đồng", part_of="t"),
        M("58,7 tỷ đồng", qual="over", part_of="t"),
        M("39,6 tỷ đồng", qual="over", part_of="t"),
    ],
    "counts": [
        C("3 nhóm", "nhóm"),
        C("106.775 người", "người", key="p", opener="next paragraph"),
        C("3 nhóm", "nhóm"),
        C("14.637 người", "người", part_of="p"),
        C("39.275 người", "người", part_of="p"),
        C("52.863 người", "người", part_of="p"),
    ],
}

# k12: a yearbook table under "ĐVT: Triệu đồng", bare digits, five year columns. Rows under a total
# row are its parts, column by column: TỔNG SỐ by level of management; the State sector by source;
# the non-State sector by owner. TỔNG SỐ is broken down again by category and by sector: one
# breakdown per total, the first. The page and table numbers and the years are no amounts.
k12 = []
ROWS12 = [
    ("total", None, "7338648 9314742 11334896 13034132 18508226"),
    (None, "total", "565325 747677 642810 552649 691306"),
    (None, "total", "6773323 8567065 10692086 12481483 17816920"),
    (None, None, "5354487 6666333 8517718 9212972 16754328"),
    (None, None, "1106149 1386798 1652088 2387745 998949"),
    (None, None, "723214 911173 981328 1312991 730972"),
    (None, None, "105491 303782 130739 52287 13813"),
    (None, None, "49307 46656 53023 68137 10164"),
    ("state", None, "2244282 2993054 2974544 3358171 3136552"),
    (None, "state", "1063572 1897727 1758925 2252400 2021018"),
    (None, "state", "632406 537648 695267 570375 608638"),
    (None, "state", "142110 118739 18886 60780 36069"),
    (None, "state", "406194 438940 501466 474616 470827"),
    ("nonstate", None, "5017114 6177316 8273431 9617363 15265564"),
    (None, "nonstate", "2054901 2594154 4470288 6735497 12354684"),
    (None, "nonstate", "2962213 3583162 3803143 2881866 2910880"),
    (None, None, "77252 144372 86921 58598 106110"),
]
for key, part_of, row in ROWS12:
    for col, tok in enumerate(row.split()):
        k12.append(
            M(
                tok,
                mult=TRIEU,
                conv="plain",
                shape="table",
                key=f"{key}{col}" if key else None,
                part_of=f"{part_of}{col}" if part_of else None,
                opener="table rows" if key else None,
            )
        )
G["k12"] = {"money": k12}

# k13: a relief allocation: the headline province's share, the total twice (a paragraph printed
# twice), then the nine provinces after "gồm" in the next paragraph.
G["k13"] = {
    "money": [M("80 tỷ đồng"), M("570 tỷ đồng"), M("570 tỷ đồng", key="t", opener="next paragraph")]
    + [M(f"{n} tỷ đồng", part_of="t") for n in (80, 30, 50, 40, 90, 70, 90, 40, 80)],
    "counts": [C("9 tỉnh", "tỉnh"), C("9 tỉnh", "tỉnh")],
}

# k14 (post-merger): communes per province "N đơn vị hành chính cấp xã, gồm A phường và B xã": the parts
# count other nouns (phường, xã, đặc khu) than the total, so, as the spec says, they carry no links.
k14 = [
    C("34 nghị quyết", "nghị quyết"),
    C("34 tỉnh", "tỉnh"),
    C("10.035 đơn vị", "đơn vị"),
    C("3.321 đơn vị hành chính", "đơn vị hành chính"),
    C("34 tỉnh", "tỉnh"),
]
for total, *parts in (
    ("126", "51 phường", "75 xã"),
    ("168", "113 phường", "54 xã", "1 đặc khu"),
    ("114", "67 xã", "45 phường", "2 đặc khu"),
    ("94", "23 phường", "70 xã", "1 đặc khu"),
    ("40", "21 phường", "19 xã"),
    ("103", "31 phường", "72 xã"),
    ("102", "85 xã", "14 phường", "3 đặc khu"),
    ("99", "66 xã", "33 phường"),
    ("64", "55 xã", "9 phường"),
    ("56", "53 xã", "3 phường"),
    ("102", "88 xã", "14 phường"),
    ("45", "42 xã", "3 phường"),
):
    k14.append(C(f"{total} đơn vị hành chính", "đơn vị hành chính"))
    k14 += [C(p, p.split(" ", 1)[1]) for p in parts]
G["k14"] = {"counts": k14}

# k15: a district fund: raised, houses built and repaired, gifts.
G["k15"] = {
    "money": [M("1,8 tỉ đồng", qual="over"), M("1,8 tỷ đồng", qual="over"), M("832 triệu đồng"), M("50 triệu đồng")],
    "counts": [C("53 nhà", "nhà"), C("10 nhà", "nhà"), C("3000 suất", "suất")],
}

# k16: a programme's capital "trên 600 tỷ" and two sources after "Ngoài ...": no opener word, no links.
G["k16"] = {
    "money": [M("600 tỷ đồng", qual="over"), M("200 tỷ đồng", qual="over"), M("120 tỷ đồng", qual="over")],
    "counts": [
        C("78 công trình", "công trình"),
        C("80 phòng học", "phòng học"),
        C("38 công trình", "công trình"),
        C("6 công trình", "công trình"),
    ],
}

# k17: policy lending; "dư nợ ... triệu đồng/137.834 khách hàng vay" is an amount and its borrowers,
# written as a ratio: the borrowers are doubtful as a count.
G["k17"] = {
    "money": [M("653.292 triệu đồng"), M("3.107.885 triệu đồng")],
    "counts": [C("20.412 lượt", "lượt")],
}
IGN["k17"] = {"counts": [{"text": "137.834 khách hàng", "value": 137834, "unit": "khách hàng"}]}
D.append(
    (
        "k17",
        "3.107.885 triệu đồng/137.834 khách hàng vay",
        "borrowers after a slash, written as a ratio (which is no count) though they are a number",
    )
)

# k18, k19: businesses founded, returning, suspended, dissolved.
G["k18"] = {
    "money": [M("43.152 tỷ đồng")],
    "counts": [C(f"{n} doanh nghiệp", "doanh nghiệp") for n in ("6.220", "6.223", "131", "911", "462")],
}
G["k19"] = {
    "money": [M("2.795,4 tỉ đồng"), M("75.107,3 tỉ đồng", qual="approx")],
    "counts": [C(f"{n} doanh nghiệp", "doanh nghiệp") for n in ("418", "178", "332", "170", "3.763")],
}

# k20: jobs, workers abroad ("trong đó ... lao động nữ": the same people), the unemployed; vocational
# schools "gồm" schools and centres: other nouns than the total, so no links.
G["k20"] = {
    "counts": [
        C("1,22 triệu người", "người", shape="multiplier"),
        C("1,22 triệu người", "người", shape="multiplier"),
        C("91.000 người", "người", key="abroad", opener="trong đó"),
        C("34.000 lao động", "lao động", part_of="abroad"),
        C("401.671 người", "người", key="unemployed", opener="trong đó"),
        C("383.536 người", "người", part_of="unemployed"),
        C("1.421 cơ sở", "cơ sở"),
        C("168 trường", "trường"),
        C("303 trường", "trường"),
        C("950 trung tâm", "trung tâm"),
        C("623.000 người", "người"),
        C("52.800 người", "người"),
    ]
}

# k21: an industrial-zone board's projects: new ones "(26 FDI và 13 DDI)", adjusted ones "trong đó",
# and all licensed "trong đó" foreign and domestic. "3.131.93 tỷ đồng" is malformed: doubtful.
G["k21"] = {
    "money": [
        M("402,76 triệu USD"),
        M("64,21 triệu USD"),
        M("35 tỷ đồng"),
        M("2.729,23 triệu Đô la Mỹ"),
        M("7.566,51 tỷ đồng"),
    ],
    "counts": [
        C("39 dự án", "dự án", key="new", opener="bracket"),
        C("26 FDI", "fdi", shape="abbrev", part_of="new"),
        C("13 DDI", "ddi", shape="abbrev", part_of="new"),
        C("36 dự án", "dự án", key="adj", opener="trong đó"),
        C("14 dự án", "dự án", part_of="adj"),
        C("270 dự án", "dự án", key="all", opener="trong đó"),
        C("169 dự án", "dự án", part_of="all"),
        C("101 dự án", "dự án", part_of="all"),
    ],
}
IGN["k21"] = {
    "money": [
        {"text": "3.131.93 tỷ đồng", "value": 3131930000000, "currency": "VND"},
        {"text": "3.131.93 tỷ đồng", "value": 313193000000000, "currency": "VND"},
    ]
}
D.append(("k21", "3.131.93 tỷ đồng", "two points and no comma: 3.131,93 tỷ (a slip for the comma) or 313.193 tỷ"))

# k22: one industrial zone's projects, foreign and domestic after "Trong đó".
G["k22"] = {
    "money": [M("1,1 tỷ USD", qual="over"), M("22,3 nghìn tỷ đồng", qual="over", shape="scale")],
    "counts": [
        C("213 dự án", "dự án"),
        C("8 khu công nghiệp", "khu công nghiệp"),
        C("213 dự án", "dự án", key="t", opener="trong đó"),
        C("93 dự án", "dự án", part_of="t"),
        C("120 dự án", "dự án", part_of="t"),
    ],
}

# k23 (post-merger): provinces' GRDP; the excerpt ends inside the last amount: doubtful.
G["k23"] = {
    "money": [M("2.707.805 tỷ đồng"), M("1.426.000 tỷ đồng", qual="approx"), M("658.381 tỷ đồng")],
    "counts": [C("6 địa phương", "địa phương")],
}
IGN["k23"] = {"money": [{"text": "613.072 tỷ", "value": 613072000000000, "currency": "VND"}]}
D.append(("k23", "GRDP lên tới 613.072 tỷ ", "the excerpt ends before the currency word"))

# k24: a wage table flattened into one line; the unit is in each column's header
# ("(Đơn vị: đồng/tháng)", "(Đơn vị: đồng/giờ)"). "Vùng 1" names a region.
G["k24"] = {
    "money": [
        M("4.680.000", mult=1, shape="table", per="tháng"),
        M("22.500", mult=1, shape="table", per="giờ"),
        M("4.160.000", mult=1, shape="table", per="tháng"),
        M("20.000", mult=1, shape="table", per="giờ"),
    ],
    "legal_refs": [R("Nghị định 38/2022/NĐ-CP", "38/2022/NĐ-CP", "Nghị định")],
}

# k25 (post-merger): population and area records; densities (người/km²) are ratios, areas measurements.
G["k25"] = {
    "counts": [
        C("14 triệu người", "người", shape="multiplier"),
        C("512 nghìn người", "người", shape="multiplier"),
        C("1,4 triệu người", "người", shape="multiplier"),
        C("6 thành phố", "thành phố"),
    ]
}

# k26: an ADB loan.
G["k26"] = {
    "money": [M("150 triệu USD", qual="approx")],
    "counts": [C("210.000 người", "người"), C("210.000 người", "người"), C("4 tỉnh", "tỉnh")],
}

# k27: a list of donors, then "Tổng cộng" after them (gifts in kind are no money).
G["k27"] = {
    "money": [M(t, part_of="t") for t in ("2.000.000 đồng", "25.000.000 đồng", "10.000.000 đồng", "1.500.000 đồng")]
    + [M("38.500.000 đồng", key="t", opener="after")],
    "counts": [C("300.000 quả", "quả")],
}

# k28 (post-merger): a headline amount with a multiplier and no currency word, money by its noun
# (ngân sách); a decision cited twice; areas in km² (the table's 24.233,10 too) are no money.
G["k28"] = {
    "money": [M("9.000 tỷ", shape="no-currency", qual="approx")],
    "counts": [C("52 đơn vị hành chính", "đơn vị hành chính"), C("23 tỉnh", "tỉnh"), C("10 tỉnh", "tỉnh")],
    "legal_refs": [R("759/QĐ-TTg", "759/QĐ-TTg", None), R("Quyết định số 759/QĐ-TTg", "759/QĐ-TTg", "Quyết định")],
}

# k29: a resolution's page: its symbol three times (one a bare "Số hiệu" cell), revenue and spending,
# one share of spending after "trong đó".
G["k29"] = {
    "money": [
        M("739.401 tỷ đồng"),
        M("603.929 tỷ đồng"),
        M("1.058.271 tỷ đồng", key="t", opener="trong đó"),
        M("350.804 tỷ đồng", part_of="t"),
    ],
    "legal_refs": [
        R("Nghị quyết 129/2020/QH14", "129/2020/QH14", "Nghị quyết"),
        R("Nghị quyết 129/2020/QH14", "129/2020/QH14", "Nghị quyết"),
        R("129/2020/QH14", "129/2020/QH14", None),
    ],
}

# k30: new-countryside results: provinces and districts.
G["k30"] = {
    "counts": [
        C("16 tỉnh", "tỉnh"),
        C("249 đơn vị", "đơn vị"),
        C("57 tỉnh", "tỉnh"),
        C("36 đơn vị", "đơn vị"),
        C("16 tỉnh", "tỉnh"),
        C("5 tỉnh", "tỉnh"),
        C("240 đơn vị", "đơn vị"),
        C("235 đơn vị", "đơn vị"),
    ]
}

# k31: tuition per credit.
G["k31"] = {"money": [M("337.000 đồng", shape="rate", per="tín chỉ"), M("310.000 đồng", shape="rate", per="tín chỉ")]}


def resolve(entries):
    """Turn (entry, key, part_of, opener) readings into gold entries with indexes and computed states."""
    keys = {key: i for i, (_, key, _, _) in enumerate(entries) if key}
    out = [dict(e) for e, _, _, _ in entries]
    sums = {}
    for i, (e, _, part_of, _) in enumerate(entries):
        if part_of:
            out[i]["part_of"] = keys[part_of]
            sums[keys[part_of]] = sums.get(keys[part_of], 0) + e["value"]
    for key, i in keys.items():
        assert i in sums, f"total {key} has no parts"
        total = out[i]["value"]
        out[i]["parts"] = "adds up" if sums[i] == total else "less" if sums[i] < total else "more"
        out[i]["opener"] = entries[i][3]
    return out


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told).

    This set's own loop: its readings are (entry, key, part_of, opener) tuples for money and counts
    only, its `ignore` lists are written as read, and an ignored text may carry a sign not written.
    """
    records, totals = [], {}
    for n in range(1, len(G) + 1):
        doc_id = f"k{n:02d}"
        text = (HERE / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), doc_id
        doc = {"id": doc_id}
        for list_name in ("money", "counts"):
            doc[list_name] = resolve(G[doc_id].get(list_name, []))
        doc["legal_refs"] = G[doc_id].get("legal_refs", [])
        for list_name in ("money", "counts", "legal_refs"):
            ann.check_placed(doc_id, list_name, text, doc[list_name])
            for e in doc[list_name]:
                if "parts" in e:
                    totals[(list_name, e["parts"])] = totals.get((list_name, e["parts"]), 0) + 1
        for entries in IGN.get(doc_id, {}).values():
            for e in entries:
                assert e["text"].lstrip("-") in text, (doc_id, e["text"])
        if doc_id in IGN:
            doc["ignore"] = IGN[doc_id]
        records.append(doc)
    ann.write(out, records, D)
    print(f"{len(records)} documents; totals by state: {dict(sorted(totals.items()))}")


if __name__ == "__main__":
    main()
