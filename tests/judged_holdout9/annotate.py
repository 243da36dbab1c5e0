"""Gold for tests/judged_holdout9, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout9/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand, R(...) a rate, C(...) count, L(...) legal_ref; no
amount in words here, so `restates` is unused. Conventions for the number: 'vn' and 'pt_en'.
"""

import importlib.util
import pathlib
import re

HERE = pathlib.Path(__file__).parent

# The helpers shared by the judged sets, loaded by path (the sets are folders, not packages).
_spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
assert _spec and _spec.loader
ann = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ann)

NGHIN, TRIEU, TY, NGHIN_TY = ann.NGHIN, ann.TRIEU, ann.TY, ann.NGHIN_TY
number, M, V, R, C, L = ann.number, ann.M, ann.V, ann.R, ann.C, ann.L
rng = ann.rng
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


def doubt_cells(doc, lines, why, conv="vn"):
    """Every distinct figure of the given table lines as one doubtful money entry.

    Dates ("03/08") and one-digit tokens (row numbers, grades: "1 Tiền công", "Lứt loại 1") are skipped.
    """
    seen = set()
    for line in lines:
        for tok in re.findall(r"(?<![\d/.,])\d[\d.,]*\d(?![\d/])", line):
            value = number(tok, conv)
            value = int(value) if value == value.to_integral_value() else float(value)
            if value not in seen:
                seen.add(value)
                doubt_money(doc, tok, value, why)


# r01: a coffee price table copied from a trade paper, its unit stated once per row in a unit
# column ("USD/tấn", "VND/kg"); the change column holds negatives ("-6", "-100"), doubtful. Below
# it, prose with areas (no counts) and a loan total.
T = dict(shape="table")
G["r01"] = {
    "money": [
        M("2.059", 1, "USD", per="tấn", **T),
        M("2.053", 1, "USD", per="tấn", **T),
        M("45.700", per="kg", **T),
        M("45.600", per="kg", **T),
        M("45.100", per="kg", **T),
        M("45.000", per="kg", **T),
        M("45.900", per="kg", **T),
        M("45.800", per="kg", **T),
        M("800 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("10.000 khách hàng", "khách hàng", q="approx")],
}
doubt_money("r01", "-6", -6, "a decrease with a minus sign in the change column", cur="USD")
doubt_money("r01", "-100", -100, "a decrease with a minus sign in the change column")

# r02: a rice price table between pipes (seven provinces, a price and a change column each, then
# the highest and the average price); no unit anywhere in the excerpt, so every cell is doubtful.
R02 = (HERE / "texts" / "r02.txt").read_text(encoding="utf-8").splitlines()
doubt_cells(
    "r02", [ln for ln in R02 if re.search(r"\| \d", ln) and "/" not in ln], "a table cell with no unit in the excerpt"
)
G["r02"] = {}

# r03: a hospital's price list, figures with the English grouping ("30,500") and no currency word
# anywhere: doubtful.
doubt_cells(
    "r03",
    [ln for ln in (HERE / "texts" / "r03.txt").read_text(encoding="utf-8").splitlines() if re.match(r"\d ", ln)],
    "a price with no currency word, English grouping",
    conv="pt_en",
)
G["r03"] = {}

# r04: a provincial broadcaster: FDI "hơn 293 triệu USD", split in the next paragraph ("Trong đó")
# into new projects and added capital (adds up); counts of projects and countries; page furniture
# with an exchange-rate block without units (doubtful).
G["r04"] = {
    "money": [
        M("293 triệu USD", TRIEU, "USD", q="over", tag="F", opener="next paragraph"),
        M("187 triệu USD", TRIEU, "USD", q="over", part="F"),
        M("106 triệu USD", TRIEU, "USD", part="F"),
        M("5,17 tỷ USD", TY, "USD", q="approx"),
    ],
    "counts": [
        C("32 dự án", "dự án"),
        C("32 dự án", "dự án"),
        C("21 lượt dự án", "lượt dự án"),
        C("265 dự án", "dự án"),
        C("23 quốc gia", "quốc gia"),
    ],
}
for tok, val in (
    ("23.00", 23),
    ("17.00", 17),
    ("159.90", 159.9),
    ("161.52", 161.52),
    ("169.28", 169.28),
    ("29.00", 29),
    ("30.00", 30),
    ("25.00", 25),
    ("26.00", 26),
    ("15.00", 15),
):
    doubt_money("r04", tok, val, "an exchange-rate block of page furniture with no unit")


# r05: a rubber company's buying prices: "đồng/TSC", "đồng/kg"; changes written "từ 9.700 đồng
# thành 9.800 đồng/kg" (the old price carries only "đồng"); the last figure is cut off ("1.").
def chg(old, new, per="kg"):
    """A change of price "từ OLD đồng thành NEW đồng/kg": the old price, then the new one."""
    return [M(old, per=per), R(new, per=per) if "/" in new else M(new, per=per)]


G["r05"] = {
    "money": [
        R("245 đồng/TSC", per="TSC"),
        R("242 đồng/TSC", per="TSC"),
        R("26.300 đồng/kg", per="kg"),
        *chg("9.700 đồng", "9.800 đồng/kg"),
        *chg("8.700 đồng", "8.800 đồng/kg"),
        *chg("4.200 đồng", "4.300 đồng/kg"),
        *chg("7.500 đồng", "7.600 đồng/kg"),
        *chg("5.900 đồng", "6.000 đồng/kg"),
        *chg("3.500 đồng", "3.600 đồng/kg"),
        *chg("9.100 đồng", "9.200 đồng/kg"),
        *chg("6.000 đồng", "6.100 đồng"),
        M("1.300 đồng", per="kg"),
    ]
}
doubt("r05", "legal_refs", {"text": "00/TCNLTM", "code": "00/TCNLTM"}, "a quality standard, not a document")

# r06: a rubber company's notice citing three earlier notices with their dates ("năm2016" glued).
G["r06"] = {
    "legal_refs": [
        L("Thông báo số 1109/TB-CSLN", "1109/TB-CSLN", "Thông báo", "2016-11-14"),
        L("Thông báo số 436/TB-CSLN", "436/TB-CSLN", "Thông báo", "2012-06-19"),
        L("Thông báo số 1065/TB-CSLN", "1065/TB-CSLN", "Thông báo", "2016-11-01"),
    ]
}

# r07: registered capital by sector: a total of 17 sectors, then the sectors with their shares
# ("chiếm 28,4%") in the same sentence and the next paragraph (less); rates per enterprise.
G["r07"] = {
    "money": [
        M("79.153 tỷ đồng", TY),
        M("42.138 tỷ đồng", TY),
        M("278.489 tỷ đồng", TY, tag="V", opener="chiếm"),
        M("79.153 tỷ đồng", TY, part="V"),
        M("42.138 tỷ đồng", TY, part="V"),
        M("38.498 tỷ đồng", TY, part="V"),
        M("28.980 tỷ đồng", TY, part="V"),
        M("19.678 tỷ đồng", TY, part="V"),
        R("83 tỷ đồng/doanh nghiệp", TY, per="doanh nghiệp"),
        R("64,6 tỷ đồng/doanh nghiệp", TY, per="doanh nghiệp"),
        R("28,6 tỷ đồng/doanh nghiệp", TY, per="doanh nghiệp"),
        R("20,3 tỷ đồng/doanh nghiệp", TY, per="doanh nghiệp"),
        R("15,1 tỷ đồng/doanh nghiệp", TY, per="doanh nghiệp"),
    ],
    "counts": [C("17 ngành", "ngành")],
}
doubt_count("r07", "1 doanh nghiệp", 1, "doanh nghiệp", "the denominator of an average")

# r08: FDI in five months: the total of new and added capital, then the three leading sectors with
# their shares of it in a later paragraph (less); counts of projects.
G["r08"] = {
    "money": [
        M("1,34 tỷ USD", TY, "USD"),
        M("4,29 tỷ USD", TY, "USD", tag="S", opener="chiếm"),
        M("4,95 tỷ USD", TY, "USD"),
        M("3,15 tỷ USD", TY, "USD", part="S"),
        M("461,5 triệu USD", TRIEU, "USD", part="S"),
        M("234,12 triệu USD", TRIEU, "USD", part="S"),
    ],
    "counts": [
        C("210 lượt dự án", "lượt dự án"),
        C("14 lĩnh vực", "lĩnh vực"),
        C("269 dự án", "dự án"),
        C("142 lượt dự án", "lượt dự án"),
        C("10 dự án", "dự án"),
        C("7 lượt dự án", "lượt dự án"),
        C("92 dự án", "dự án"),
        C("19 lượt dự án", "lượt dự án"),
    ],
}

# r09: a provincial paper: donations "Trong hơn 907 tỷ đồng ... có:" three sources (less); an
# allocation of 265 tỷ to 17 provinces, "Cụ thể" groups of provinces with "mỗi tỉnh" amounts (not
# linked, per-unit) and the groups' counts (parts of the 17, less: the excerpt is cut).
G["r09"] = {
    "money": [
        M("907 tỷ đồng", TY, q="over"),
        M("907,454 tỷ đồng", TY),
        M("907 tỷ đồng", TY, q="over", tag="D", opener=":"),
        M("500 tỷ đồng", TY, part="D"),
        M("100 tỷ đồng", TY, part="D"),
        M("2,5 tỷ đồng", TY, part="D"),
        M("265 tỷ đồng", TY),
        M("30 tỷ đồng", TY, shape="each", per="tỉnh"),
        M("20 tỷ đồng", TY, shape="each", per="tỉnh"),
    ],
    "counts": [
        C("5 tỉnh", "tỉnh"),
        C("17 tỉnh", "tỉnh", tag="P", opener="next paragraph"),
        C("3 tỉnh", "tỉnh", part="P"),
        C("2 tỉnh", "tỉnh", part="P"),
        C("3 tỉnh", "tỉnh", part="P"),
    ],
}
doubt_money("r09", "15 tỷ đồn", 15 * TY, "the currency word is cut off by the end of the excerpt")

# r10: fish and shrimp prices per kg, a range with "khoảng", changes in brackets ("tăng 1.000
# đồng/kg"); sizes ("30 con/kg") are ratios.
G["r10"] = {
    "money": [
        *rng("21.500", "23.000 đồng/kg", per="kg", q="approx"),
        R("180.000 đồng/kg", per="kg"),
        R("4.000 đồng/kg", per="kg"),
        R("148.000 đồng/kg", per="kg"),
        R("128.000 đồng/kg", per="kg"),
        R("118.000 đồng/kg", per="kg"),
        R("137.000 đồng/kg", per="kg"),
        R("1.000 đồng/kg", per="kg"),
        R("131.000 đồng/kg", per="kg"),
        R("4.000 đồng/kg", per="kg"),
        R("126.000 đồng/kg", per="kg"),
        R("4.000 đồng/kg", per="kg"),
    ]
}

# r11: a veterinary site's weekly market: pig, chicken, duck prices "đ/kg" (glued "35.000đ/kg"),
# eggs "đ/quả"; fractions of breed ("3/4 đến 7/8") and weights are no money.
G["r11"] = {
    "money": [
        *rng("33.000", "35.000 đ/kg", per="kg"),
        R("36.000 đ/kg", per="kg"),
        R("35.000đ/kg", per="kg"),
        R("35.500đ/kg", per="kg"),
        R("110.000đ/kg", per="kg"),
        *rng("2.100", "2.500 đ/quả", per="quả", q="approx"),
        *rng("28.000", "30.000 đ/kg", per="kg"),
    ]
}

# r12: the same site, another week; a change range without grouping ("3000 - 4000đ/kg").
G["r12"] = {
    "money": [
        *rng("42.500", "44.000đ/kg", per="kg"),
        *rng("33.000", "34.000 đ/kg", per="kg"),
        R("35.000đ/kg", per="kg"),
        *rng("3000", "4000đ/kg", per="kg"),
        R("44.000đ/kg", per="kg"),
    ]
}

# r13: a farming portal: "ngàn đồng/kg" (title capitalised "2 Ngàn Đồng/kg"), ranges sharing the
# scale word ("54-56 ngàn đồng/kg"); a count with a scale word ("4 ngàn con heo"); areas and
# tonnes are no counts; "gần 1 con" (a slip) and "2 vụ" are doubtful.
G["r13"] = {
    "money": [
        R("2 Ngàn Đồng/kg", NGHIN, per="kg"),
        *rng("54", "56 ngàn đồng/kg", NGHIN, per="kg", q="approx"),
        R("2 ngàn đồng/kg", NGHIN, per="kg"),
        *rng("3", "4 ngàn đồng/kg", NGHIN, per="kg", q="approx"),
    ],
    "counts": [C("4 ngàn con heo", "con heo", NGHIN, shape="multiplier", q="approx")],
}
doubt_count("r13", "1 con", 1, "con", "a slip in the source (one pig more than usual)")
doubt_count("r13", "2 vụ", 2, "vụ", "harvests a year, a frequency")

# r14: a provincial science centre: pig prices, ranges sharing "nghìn đồng/kg", a rate per kg per
# day ("đ/kg/ngày"), "ngoài 30.000 đ/kg" (over); the view counter is page furniture.
G["r14"] = {
    "money": [
        *rng("33", "34 nghìn đồng/kg", NGHIN, per="kg"),
        *rng("500", "1.000 đ/kg/ngày", per="kg/ngày", q="approx"),
        R("35.000 đ/kg", per="kg"),
        R("30.000 đ/kg", per="kg", q="over"),
        *rng("33.000", "34.000 đ/kg", per="kg"),
        *rng("29.000", "31.000 đ/kg", per="kg"),
    ]
}

# r15: a district portal: 76 gift parcels "trong đó" 50, 20 and 6 (adds up); "1 triệu động" (a
# slip for "đồng") is doubtful; the goods "trị giá 300 nghìn đồng" of each parcel.
G["r15"] = {
    "money": [M("300 nghìn đồng", NGHIN, shape="each", per="suất")],
    "counts": [
        C("76 suất", "suất", tag="S", opener="trong đó"),
        C("50 suất", "suất", part="S"),
        C("20 suất", "suất", part="S"),
        C("6 suất", "suất", part="S"),
    ],
}
doubt_money("r15", "1 triệu động", TRIEU, "a slip: 'động' for 'đồng'")

# r16: a provincial broadcaster: gift parcels from three sources with their amounts, one written
# as a compound ("3 tỷ 714 triệu 800 nghìn đồng"); no total of them is stated.
G["r16"] = {
    "money": [
        M("627 triệu đồng", TRIEU),
        V("3 tỷ 714 triệu 800 nghìn đồng", 3714800000),
        M("659 triệu đồng", TRIEU),
    ],
    "counts": [
        C("306 suất", "suất"),
        C("4.606 suất", "suất"),
        C("3.250 suất", "suất"),
        C("854 suất", "suất"),
        C("854 hộ", "hộ"),
    ],
}

# r17: a post-2025 provincial text (Hưng Yên, Tết 2026): a rate per household printed twice, a
# parcel of 800.000 đồng "bao gồm" cash and goods (adds up), counts of households and parcels.
G["r17"] = {
    "money": [
        R("800 nghìn đồng/hộ", NGHIN, per="hộ"),
        R("800 nghìn đồng/hộ", NGHIN, per="hộ"),
        M("8,2 tỷ đồng", TY, q="over"),
        M("800.000 đồng", shape="each", per="suất", tag="Q", opener="bao gồm"),
        M("500.000 đồng", shape="each", per="suất", part="Q"),
        M("300.000 đồng", shape="each", per="suất", part="Q"),
    ],
    "counts": [C("10.335 hộ", "hộ"), C("1.500 suất", "suất", q="approx")],
}

# r18: an industrial-zone board: projects and their registered capital in USD.
G["r18"] = {
    "money": [
        M("24,8 triệu USD", TRIEU, "USD"),
        M("1.345 triệu USD", TRIEU, "USD"),
        M("251 triệu USD", TRIEU, "USD"),
    ],
    "counts": [
        C("5 dự án", "dự án"),
        C("100 dự án", "dự án"),
        C("04 khu công nghiệp", "khu công nghiệp"),
    ],
}

# r19: a seafood-price blog: exports 570 triệu USD, "Trong đó" shrimp 535 triệu (less); "top 5"
# and "Top 10" are ranks.
G["r19"] = {
    "money": [
        M("570 triệu USD", TRIEU, "USD", tag="X", opener="trong đó"),
        M("535 triệu USD", TRIEU, "USD", part="X"),
        M("543 triệu USD", TRIEU, "USD"),
    ],
    "counts": [C("20 doanh nghiệp", "doanh nghiệp", q="approx")],
}
doubt_count("r19", "5 doanh nghiệp", 5, "doanh nghiệp", "a rank ('top 5')")
doubt_count("r19", "10 công ty", 10, "công ty", "a rank ('Top 10')")

# r20: an entertainment paper's explainer: seafood exports by province in brackets, shrimp exports.
G["r20"] = {
    "money": [
        M("1 tỷ USD", TY, "USD", q="over"),
        M("986 triệu USD", TRIEU, "USD"),
        M("922 triệu USD", TRIEU, "USD"),
        M("764 triệu USD", TRIEU, "USD"),
        M("753 triệu USD", TRIEU, "USD"),
        M("1,2 tỷ USD", TY, "USD"),
        M("4,3 tỷ USD", TY, "USD"),
        M("3,38 tỷ USD", TY, "USD"),
        M("1 tỷ USD", TY, "USD", q="approx"),
    ]
}

# r21: a fisheries magazine: a province's exports "gần 1,3 tỷ USD", "Trong đó" seafood 1,03 tỷ
# (less); areas in ha are no counts.
G["r21"] = {
    "money": [
        M("1,3 tỷ USD", TY, "USD", q="approx", tag="E", opener="trong đó"),
        M("1,03 tỷ USD", TY, "USD", part="E"),
    ],
    "counts": [C("3 tỉnh", "tỉnh")],
}

# r22: the same magazine, another article: exports in USD with "hơn", "trên"; tonnes and ha are
# measurements; countries and markets counted.
G["r22"] = {
    "money": [
        M("1 tỷ USD", TY, "USD"),
        M("1,2 tỷ USD", TY, "USD", q="over"),
        M("1,65 tỷ USD", TY, "USD"),
        M("1 tỷ USD", TY, "USD", q="over"),
        M("1 tỷ USD", TY, "USD", q="over"),
    ],
    "counts": [
        C("100 quốc gia", "quốc gia", q="approx"),
        C("60 quốc gia", "quốc gia", q="over"),
        C("4 thị trường", "thị trường"),
    ],
}

# r23: an environment paper on new enterprises: "nghìn tỉ đồng", "triệu tỉ đồng" (10^15), counts
# with "nghìn" ("126,7 nghìn doanh nghiệp"); two totals stated after their parts: capital
# "Nếu tính cả ... thì tổng ... là 3.675,7 nghìn tỉ" (less: the first part is rounded) and
# enterprises "nâng tổng số ... lên 163,6 nghìn" (adds up). The monthly average is no count.
G["r23"] = {
    "money": [
        M("139,9 nghìn tỉ đồng", NGHIN_TY, shape="scale"),
        M("11,4 tỉ đồng", TY),
        M("1,5 triệu tỉ đồng", 10**15, shape="scale", part="K"),
        M("12,4 tỉ đồng", TY),
        M("2.101,3 nghìn tỉ đồng", NGHIN_TY, shape="scale", part="K"),
        M("3.675,7 nghìn tỉ đồng", NGHIN_TY, shape="scale", tag="K", opener="after"),
    ],
    "counts": [
        C("12.265 doanh nghiệp", "doanh nghiệp"),
        C("112,5 nghìn lao động", "lao động", NGHIN, shape="multiplier"),
        C("3.326 doanh nghiệp", "doanh nghiệp"),
        C("126,7 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier", part="N"),
        C("1,1 triệu lao động", "lao động", TRIEU, shape="multiplier"),
        C("36,5 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier"),
        C("36,9 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier", part="N"),
        C("163,6 nghìn doanh nghiệp", "doanh nghiệp", NGHIN, shape="multiplier", tag="N", opener="after"),
    ],
}
doubt_count("r23", "14,9 nghìn doanh nghiệp", 14900, "doanh nghiệp", "a monthly average")

# r24: a government decision's allocation list by province (the total is in the headline, which
# the excerpt does not hold, so nothing is linked).
G["r24"] = {
    "money": [M(f"{v} tỷ đồng", TY) for v in (150, 30, 60, 80, 60, 120, 160, 150, 160, 100, 30, 50, 30, 80, 90)]
}

# r25: pig prices by region: ranges with en dashes and hyphens, "trên", "dưới", "quanh",
# "khoảng"; a range whose upper end has a slip ("54.000-57.000.000 đồng/kg") is doubtful.
G["r25"] = {
    "money": [
        *rng("48.000", "53.000 đồng/kg", per="kg", q="approx"),
        R("50.000 đồng/kg", per="kg", q="over"),
        R("50.000 đồng/kg", per="kg", q="under"),
        *rng("50.000", "52.000 đồng/kg", per="kg"),
        R("50.000 đồng/kg", per="kg", q="over"),
        *rng("50.000", "53.000 đồng/kg", per="kg", q="approx"),
        *rng("54.000", "55.000 đồng/kg", per="kg"),
        *rng("50.000", "52.000 đồng/kg", per="kg"),
        *rng("50.000", "52.000 đồng/kg", per="kg"),
        *rng("50.000", "53.000 đồng/kg", per="kg", q="approx"),
        *rng("54.000", "55.000 đồng/kg", per="kg"),
        *rng("53.000", "55.000 đồng/kg", per="kg"),
        R("55.000 đồng/kg", per="kg", q="under"),
        *rng("54.000", "56.000 đồng/kg", per="kg"),
    ]
}
doubt_money("r25", "57.000.000 đồng/kg", 57000000, "a slip (57.000.000 for 57.000)")
doubt_money("r25", "54.000", 54000, "the lower end of a range whose upper end is a slip")

# r26: a logistics site: provinces with exports "từ 1 tỷ USD trở lên" (over), two provinces'
# exports and increases; "3 vị trí dẫn đầu" is a rank; 7 provinces and 5 "địa phương" make the
# 12 but count different nouns (not linked).
G["r26"] = {
    "money": [
        M("1 tỷ USD", TY, "USD", q="over"),
        M("1 tỷ USD", TY, "USD", q="over"),
        M("1,04 tỷ USD", TY, "USD"),
        M("280 triệu USD", TRIEU, "USD"),
        M("1,103 tỷ USD", TY, "USD"),
        M("112 triệu USD", TRIEU, "USD"),
        M("1 tỷ USD", TY, "USD", q="over"),
    ],
    "counts": [
        C("12 tỉnh", "tỉnh"),
        C("2 địa phương", "địa phương"),
        C("2 địa phương", "địa phương"),
        C("7 tỉnh", "tỉnh"),
        C("5 địa phương", "địa phương"),
    ],
}
doubt_count("r26", "3 vị trí", 3, "vị trí", "a rank ('3 vị trí dẫn đầu')")

# r27: a farmers' magazine: a fund's size, a loan ceiling, capital raised and charter capital.
G["r27"] = {
    "money": [
        M("304 tỷ đồng", TY, q="over"),
        M("100 triệu đồng", TRIEU),
        M("164,07 tỷ đồng", TY, q="over"),
        M("225 tỷ đồng", TY),
    ]
}

# r28: a trade centre's news: an ODA loan of 25,822 tỷ yen, its five projects two paragraphs
# later ("Khoản vốn vay này sẽ được đầu tư cho 5 dự án ... là", less: 25,742); "tỷ Yên" once.
G["r28"] = {
    "money": [
        M("25,822 tỷ yen", TY, "JPY", tag="O", opener="next paragraph"),
        M("145,613 tỷ yen", TY, "JPY"),
        M("12,607 tỷ yen", TY, "JPY", part="O"),
        M("6,5 tỷ yen", TY, "JPY", part="O"),
        M("4,6 tỷ Yên", TY, "JPY", part="O"),
        M("1,03 tỷ yen", TY, "JPY", part="O"),
        M("1,005 tỷ yen", TY, "JPY", part="O"),
    ],
    "counts": [C("5 dự án", "dự án")],
}

# r29: the Red Cross: donations "hơn 1,26 tỷ đồng" and goods "khoảng 50 triệu đồng".
G["r29"] = {
    "money": [
        M("1,2 tỷ đồng", TY),
        M("1,26 tỷ đồng", TY, q="over"),
        M("50 triệu đồng", TRIEU, q="approx"),
        M("200 triệu đồng", TRIEU),
    ]
}

# r30: a fertiliser blog: prices abroad "USD/t", "USD/tấn" (a range "vào khoảng 920-925");
# "5 công ty ... hàng đầu" is a ranking title.
G["r30"] = {
    "money": [
        R("200 USD/t", 1, "USD", per="t"),
        *rng("920", "925 USD/tấn", 1, per="tấn", q="approx", cur="USD"),
    ]
}
doubt_count("r30", "5 công ty", 5, "công ty", "a ranking title ('5 công ty ... hàng đầu')")


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "r", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
