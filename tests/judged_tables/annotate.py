"""Gold for tests/judged_tables, written by reading each text (not by running the extractor).

Run `python tests/judged_tables/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder; the writing is the shared helpers' of
the judged sets, tests/judged_texts/annotation.py); values are computed here with Decimal so that no
figure is multiplied by hand.

Each entry: (text as written, number convention, multiplier, currency, shape).
Conventions, chosen per text by reading it: 'vn' ('.' groups thousands, ',' decimal),
'pt' (a '.' decimal point, no grouping), 'sp' (spaces group thousands).
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


def num(tok, conv):
    t = tok
    if conv == "vn":
        t = t.replace(".", "").replace(",", ".")
    elif conv == "pt":
        pass
    elif conv == "sp":
        t = t.replace(" ", "")
    return Decimal(t)


def money(tok, conv, mult, cur="VND", shape="table", text=None):
    v = num(tok, conv) * Decimal(mult)
    assert v == v.to_integral_value(), (tok, v)
    return {"text": text or tok, "value": int(v), "currency": cur, "shape": shape}


def rows(toks, conv, mult, cur="VND", shape="table"):
    return [money(t, conv, mult, cur, shape) for t in toks.split()]


readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D

# t01: "Đơn vị tính: Tỷ đồng" heads the table; six rows of five years.
G["t01"] = {
    "money": rows(
        """38.032 54.463 62.327 68.681 78.605
5.159 3.920 4.615 5.559 5.802
32.289 49.599 56.924 60.138 70.359
584 944 788 2.984 2.444
34.483 45.972 53.689 60.020 68.092
1.091 3.585 4.264 4.758 5.270""",
        "vn",
        10**9,
    )
}

# t02: "ĐVT: Nghìn đồng" closes the page; 12 money rows of 4 years; the "(Lần)" rows are ratios.
G["t02"] = {
    "money": rows(
        """909,2 1.300,5 1.676,9 2.148,6
1.494,2 2.030,4 2.762,8 3.285,3
783,0 1.165,0 1.448,8 1.928,6
349,9 570,8 759,0 986,3
200,0 239,3 301,7 394,0
262,1 356,4 409,4 523,8
97,3 133,9 206,8 244,6
320,8 454,8 513,1 691,5
522,2 738,3 993,2 1.214,6
724,4 1.038,9 1.411,7 1.783,6
1.038,1 1.467,0 1.961,9 2.496,1
1.935,4 2.797,8 3.210,2 4.592,1""",
        "vn",
        1000,
        shape="table-after",
    )
}

# t03: two money columns, "Nghìn đồng" and "Đô la Mỹ - USD"; the index block is %.
t03 = []
for vnd, usd in [
    ("24.042", "1.299"),
    ("30.292", "1.449"),
    ("36.290", "1.741"),
    ("44.108", "2.107"),
    ("47.731", "2.241"),
    ("47.684", "2.218"),
    ("44.908", "2.060"),
]:
    t03.append(money(vnd, "vn", 1000))
    t03.append(money(usd, "vn", 1, "USD"))
G["t03"] = {"money": t03}

# t04: a table of persons whose unit line is past the end of the excerpt: nothing.
G["t04"] = {"money": []}

# t05: "Đơn vị tính/ Unit: 1000 VNĐ", figures with a decimal point (356.1 = 356,1 nghìn đồng).
G["t05"] = {
    "money": rows(
        """356.1 484.4 636.5 995.2
622.1 815.4 1058.4 1605.2
275.1 378.1 505.7 762.2
353.1 488.2 653.3 1048.5
268.8 379.9 511.2 768.0""",
        "pt",
        1000,
    ),
    "counts": [
        {"text": "5 nhóm", "value": 5, "unit": "nhóm", "shape": "plain"},
        {"text": "8 vùng", "value": 8, "unit": "vùng", "shape": "plain"},
    ],
}

# t06: "Đơn vị: 1.000.000đ"; rows 1-6 of five years; the zeros of row 2 are doubtful.
G["t06"] = {
    "money": rows(
        """1.322.932 884.201 859.150 528.627 401.275
477 43 2
1.322.455 884.201 859.106 528.624 401.275
719.343 471.984 542.110 297.332 223.599
603.112 412.218 316.996 231.292 177.676
82.922 102.747 94.232 84.166 122.345""",
        "vn",
        10**6,
    )
}
IGN["t06"] = {"money": [{"text": "0", "value": 0, "currency": "VND"}, {"text": "0", "value": 0, "currency": "VND"}]}
D.append(
    (
        "t06",
        "2. Các khoản giảm trừ doanh thu 477 0 43 2 0",
        "zeros in a money row (2021 and 2024): an empty cell written 0",
    )
)

# t07: a table in %: nothing.
G["t07"] = {"money": []}

# t08: a unit column "ĐVT" with "đ/kg" on every row.
G["t08"] = {"money": rows("5.600 6.900 6.800 7.300 7.100", "vn", 1, shape="table-row")}

# t09: header "Giá (đ/kg)", one value a line; "(-3.000)" is a change without words.
G["t09"] = {
    "money": rows("12.000 17.000 32.000 8.500 10.000 17.000 4.700 7.600 7.100 7.850 7.750 7.600 7.350", "vn", 1)
}
IGN["t09"] = {
    "money": [
        {"text": "3.000", "value": 3000, "currency": "VND"},
        {"text": "-3.000", "value": -3000, "currency": "VND"},
    ]
}
D.append(
    (
        "t09",
        "32.000(-3.000)",
        "a change in brackets, a bare signed figure: 3.000 đ/kg less, but neither sign nor unit is written",
    )
)

# t10: indicators in %, điểm and giường bệnh: no money; one reference.
G["t10"] = {
    "money": [],
    "legal_refs": [
        {"text": "Nghị quyết số 121/NQ-CP", "code": "121/NQ-CP", "doc_type": "Nghị quyết", "date": "2019-12-31"}
    ],
}
IGN["t10"] = {"counts": [{"text": "27", "value": 27, "unit": "giường bệnh"}]}
D.append(
    (
        "t10",
        "Số giường bệnh trên 1 vạn dân (...)\\n\\ngiường bệnh\\n\\n27",
        "a figure in a row whose unit is a count noun (a rate per 10 000 people): a count or nothing",
    )
)

# t11: one row in USD ("Khoảng 3.700", qualifier left out); the rest in %.
G["t11"] = {
    "money": [money("3.700", "vn", 1, "USD", "table-row"), money("3.700", "vn", 1, "USD", "table-row")],
    "counts": [{"text": "3612 lượt xem", "value": 3612, "unit": "lượt xem", "shape": "plain"}],
}

# t12: pipes, header "Giá tiêu thụ nước sạch (đồng/m3)".
G["t12"] = {"money": rows("5.640 9.020 11.170 12.400 15.580 4.820 8.240 9.310 9.930 11.520", "vn", 1)}

# t13: header "Đơn giá (đồng/m3)" over four year columns, runs of spaces / one row a line.
G["t13"] = {
    "money": rows(
        """5.600 6.000 6.300 6.700
5.300 5.600 6.000 6.300
10.800 11.500 12.100 12.900
12.100 12.800 13.600 14.400
10.900 11.600 12.300 13.000
10.200 10.800 11.400 12.100
17.900 19.000 20.100 21.300""",
        "vn",
        1,
    )
}

# t14: "ĐVT: 1.000 đồng/m2"; the "Khu vực" (1) and "Hệ số" (0.51, 0,8, 0,7) columns are not money.
G["t14"] = {
    "money": rows(
        """1.338 870 669 495 401
2.100 1.365 1.050 777 630
1.838 1.194 918 680 550""",
        "vn",
        1000,
    )
}

# t15: two tables "Đơn vị tính: VN đồng/tín chỉ".
G["t15"] = {"money": rows("410.000 450.000 470.000 460.000 530.000 510.000 590.000 530.000 610.000", "vn", 1)}

# t16: "Đơn giá tín chỉ" with no unit written: no money; counts and a reference in the notes.
G["t16"] = {
    "money": [],
    "legal_refs": [
        {"text": "Nghị định số 116/2020/NĐ-CP", "code": "116/2020/NĐ-CP", "doc_type": "Nghị định", "date": None}
    ],
    "counts": [
        {"text": "126 tín chỉ", "value": 126, "unit": "tín chỉ", "shape": "plain"},
        {"text": "150 tín chỉ", "value": 150, "unit": "tín chỉ", "shape": "plain"},
        {"text": "160 tín chỉ", "value": 160, "unit": "tín chỉ", "shape": "plain"},
    ],
}

# t17: "Triệu USD - Mil. USD", thousands grouped by spaces; the balance row is negative.
G["t17"] = {
    "money": [
        money(t, "sp", 10**6, "USD", "spaces")
        for t in [
            "58 454",
            "69 208",
            "84 717",
            "111 244",
            "26 485",
            "32 447",
            "39 826",
            "48 561",
            "31 969",
            "36 761",
            "44 891",
            "62 682",
        ]
    ]
}
IGN["t17"] = {
    "money": [
        {"text": t, "value": v * 10**6, "currency": "USD"}
        for t, v in [
            ("5 484", 5484),
            ("4 314", 4314),
            ("5 065", 5065),
            ("14 121", 14121),
            ("- 5 484", -5484),
            ("- 4 314", -4314),
            ("- 5 065", -5065),
            ("-14 121", -14121),
        ]
    ]
}
D.append(
    (
        "t17",
        "Cân đối TM - Balance of trade - 5 484 - 4 314 - 5 065 -14 121",
        "negative balances (trade deficits): money, but a sign the contract does not cover",
    )
)

# t18: fees with no unit written and English commas: nothing.
G["t18"] = {"money": []}


# t19: prose prices, ranges (first end keeps what is written next to it), per kg / per con.
def rng(a, b):
    return [money(a, "vn", 1, shape="range-first"), money(b, "vn", 1, shape="rate", text=b + " đồng")]


def rate(a):
    return money(a, "vn", 1, shape="rate", text=a + " đồng")


G["t19"] = {
    "money": rng("50.000", "80.000")
    + rng("2.000", "5.000")
    + rng("2.000", "3.000")
    + rng("100.000", "110.000")
    + rng("90.000", "100.000")
    + rng("110.000", "120.000")
    + rng("10.000", "15.000")
    + [rate("14.000"), rate("16.000"), rate("18.000"), rate("5.000"), rate("20.000")]
    + rng("6.900", "7.400")
    + rng("10.300", "11.400")
    + [rate("4.300"), rate("10.400"), rate("3.000")]
}

# t20: three fares per "lượt khách".
G["t20"] = {"money": [rate("6.000"), rate("7.000"), rate("5.000")]}

KINDS = ("money", "legal_refs", "counts")


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told).

    The entries are written as read (no totals here); each need only occur in its text.
    """
    records = ann.records(HERE / "texts", "t", G, IGN, kinds=KINDS, resolve=None, placed=False)
    ann.write(out, records, D)
    tot = {k: sum(len(r[k]) for r in records) for k in KINDS}
    print(tot, sum(len(r.get("ignore", {}).get(k, [])) for r in records for k in KINDS))


if __name__ == "__main__":
    main()
