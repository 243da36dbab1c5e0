"""Gold for tests/judged_holdout22, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout22/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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
doubt, doubt_count = readings.doubt, readings.doubt_count
NO_SYMBOL = "a document cited by its number alone, no symbol"


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), each (an amount for each of several),
# range-first (the lower end of a range, sharing the upper end's unit); counts: plain, multiplier
# ("1,1 triệu suất"), pair ("10/10 chỉ tiêu").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def per_kg(*items, per="kg"):
    """Prices per kg in text order (see ann.kgs)."""
    return kgs(*items, per=per)


def pair(first, second, unit):
    """A pair "x/y noun": two counts of the noun."""
    return [C(first, unit, shape="pair"), C(second, unit, shape="pair")]


# g01: a commune council's session (2023): income a head a year over ("hơn"); "kỳ họp thứ 6", "thứ 8" are
# ordinals.
G["g01"] = {"money": [R("80 triệu đồng/ người/ năm", TRIEU, per="người/năm", q="over")]}

# g02: a district council's session (2024): pairs of targets; four amounts over ("hơn").
G["g02"] = {
    "money": [M(t, TY, q="over") for t in ("29.900 tỷ đồng", "5.200 tỷ đồng", "696 tỷ đồng", "646 tỷ đồng")],
    "counts": pair("10", "10 chỉ tiêu", "chỉ tiêu") + pair("20", "20 chỉ tiêu", "chỉ tiêu"),
}

# g03: a province's revenue and spending (2023): revenue "Cụ thể" crude oil and import duties (less); the
# local budget's share in the next sentence (another kind of figure) is not linked; spending "trong đó"
# investment and recurrent (less).
G["g03"] = {
    "money": [
        M("77.856 tỷ đồng", TY, tag="T", opener="cụ thể"),
        M("27.412 tỷ đồng", TY, part="T"),
        M("18.613 tỷ đồng", TY, part="T"),
        M("17.363 tỷ đồng", TY),
        M("19.460 tỷ đồng", TY, tag="S", opener="trong đó"),
        M("10.661 tỷ đồng", TY, part="S"),
        M("8.736,6 tỷ đồng", TY, part="S"),
    ],
}

# g04: a commune council's session (2025): 16,8 tỷ over in the headline and the lead; revenue estimate 30,2
# tỷ "trong đó" 18,697 tỷ collected in six months (less); spending over; the plan of "hơn 16,8 tỷ" split
# into 14,3 tỷ, 1,5 tỷ (both over) and 900 triệu (less); "4.jpg" is an image's name.
G["g04"] = {
    "money": [
        M("16,8 tỷ đồng", TY, q="over"),
        M("16,8 tỷ đồng", TY, q="over"),
        M("30,2 tỷ đồng", TY, tag="A", opener="trong đó"),
        M("18,697 tỷ đồng", TY, part="A"),
        M("318,6 tỷ đồng", TY, q="over"),
        M("16,8 tỷ đồng", TY, q="over", tag="B", opener="được phân bổ cho"),
        M("14,3 tỷ đồng", TY, q="over", part="B"),
        M("1,5 tỷ đồng", TY, q="over", part="B"),
        M("900 triệu đồng", TRIEU, part="B"),
    ],
    "counts": [C("13 công trình", "công trình"), C("5 công trình", "công trình")],
}

# g05: a district council's session (2020): two drafts, capital and projects; "05 năm" is a duration.
G["g05"] = {
    "money": [M("218,2 tỷ đồng", TY), M("87,7 tỷ đồng", TY)],
    "counts": [C("02 dự thảo", "dự thảo"), C("32 dự án", "dự án"), C("19 dự án", "dự án")],
}

# g06: a provincial council's portal on a district council's session (2023): three resolutions (headline and
# body); "lần thứ 5" an ordinal; "nội dung 2, tiểu dự án 2, dự án 3" are names of items, no counts.
G["g06"] = {
    "money": [M("50,45 tỷ đồng", TY), M("2,5 tỷ đồng", TY), M("1,5 tỷ đồng", TY, q="over")],
    "counts": [C("3 nghị quyết", "nghị quyết"), C("3 nghị quyết", "nghị quyết")],
}

# g07: a provincial council's portal on a revised budget (2025), in triệu đồng: each total "trong đó" by
# level (adds up); a total broken down twice (by level, then "cụ thể" by source or by task) has the first
# breakdown linked; the second's items are totals of their own level parts, not linked up (a figure has one
# total); a nested "trong đó" under the communes' recurrent spending (less); the repeated item is as written.
G["g07"] = {
    "money": [
        M("17.726.369 triệu đồng", TRIEU, tag="T", opener="trong đó"),
        M("10.075.462 triệu đồng", TRIEU, part="T"),
        M("7.650.907 triệu đồng", TRIEU, part="T"),
        M("16.016.000 triệu đồng", TRIEU, tag="N", opener="trong đó"),
        M("8.365.093 triệu đồng", TRIEU, part="N"),
        M("7.650.907 triệu đồng", TRIEU, part="N"),
        M("1.630.000 triệu đồng", TRIEU),
        M("30.369 triệu đồng", TRIEU),
        M("50.000 triệu đồng", TRIEU),
        M("50.000 triệu đồng", TRIEU),
        M("41.991.268 triệu đồng", TRIEU, tag="C", opener="trong đó"),
        M("26.096.016 triệu đồng", TRIEU, part="C"),
        M("15.895.252 triệu đồng", TRIEU, part="C"),
        M("9.770.917 triệu đồng", TRIEU, tag="I", opener="trong đó"),
        M("9.098.967 triệu đồng", TRIEU, part="I"),
        M("671.950 triệu đồng", TRIEU, part="I"),
        M("31.408.900 triệu đồng", TRIEU, tag="E", opener="trong đó"),
        M("16.288.392 triệu đồng", TRIEU, part="E"),
        M("15.120.508 triệu đồng", TRIEU, part="E", tag="F", opener="trong đó"),
        M("10.083.737 triệu đồng", TRIEU, part="F"),
        M("2.890 triệu đồng", TRIEU),
    ],
}

# g08: a province's cooperatives (2022): "gần 500" (approx); 479 "Trong đó" 379, 37, 31, 2 and 5 HTX (less:
# the 25 people's credit funds are another noun, not linked); 66.221 members "trong đó" five groups (adds
# up); capital 10.350 tỷ "trong đó" over 915 tỷ (less); "khoảng 32 HTX" approx; "80 điểm" (a score) and
# "Thông tư 01" (a number without a symbol) are doubtful.
G["g08"] = {
    "money": [
        M("10.000 tỷ đồng", TY, q="over"),
        M("10.350 tỷ đồng", TY, tag="V", opener="trong đó"),
        M("915 tỷ đồng", TY, q="over", part="V"),
    ],
    "counts": [
        C("500 hợp tác xã", "hợp tác xã", q="approx"),
        C("479 hợp tác xã", "hợp tác xã", tag="H", opener="trong đó"),
        C("379 HTX", "htx", part="H"),
        C("25 quỹ", "quỹ"),
        C("37 HTX", "htx", part="H"),
        C("31 HTX", "htx", part="H"),
        C("2 HTX", "htx", part="H"),
        C("5 HTX", "htx", part="H"),
        C("66.221 thành viên", "thành viên", tag="M", opener="trong đó"),
        C("54.585 thành viên", "thành viên", part="M"),
        C("8.512 thành viên", "thành viên", part="M"),
        C("2.136 thành viên", "thành viên", part="M"),
        C("947 thành viên", "thành viên", part="M"),
        C("41 thành viên", "thành viên", part="M"),
        C("10.385 lao động", "lao động"),
        C("379 HTX", "htx"),
        C("32 HTX", "htx", q="approx"),
    ],
}
doubt_count("g08", "80 điểm", 80, "điểm", "a score ('80 điểm'), like a rating")
doubt("g08", "legal_refs", L("Thông tư 01", "01", "Thông tư"), NO_SYMBOL)

# g09: a cooperative union's portal (2024): the country's cooperatives, their capital, assets and revenue;
# averages a cooperative are rates ("tỷ đồng/HTX"; one "triệu đồng/HTX" as written); percentages no counts.
G["g09"] = {
    "money": [
        M("68.013,075 tỷ đồng", TY),
        R("2,027 tỷ đồng/HTX", TY, per="HTX"),
        R("1,981 tỷ đồng/HTX", TY, per="HTX"),
        M("178.941,775 tỷ đồng", TY),
        R("5,332 tỷ đồng/HTX", TY, per="HTX"),
        R("5,564 triệu đồng/HTX", TRIEU, per="HTX"),
        M("95.273,695 tỷ đồng", TY),
        R("2,839 tỷ đồng/HTX", TY, per="HTX"),
        R("2,776 tỷ đồng/HTX", TY, per="HTX"),
        R("203,4 triệu đồng/HTX", TRIEU, per="HTX"),
        R("200 triệu đồng/HTX", TRIEU, per="HTX"),
    ],
    "counts": [C("33.557 HTX", "htx")],
}

# g10: a provincial Front's portal (2023): four communes (headline, body); a decision cited with its date;
# "Lượt xem: 140" (the page's view count) is doubtful; "Điều 28, Chương III" are no counts.
G["g10"] = {
    "counts": [C("04 xã", "xã"), C("4 xã", "xã")],
    "legal_refs": refs(("3387/QĐ-UBND", "Quyết định", "2022-12-12")),
}
doubt_count("g10", "140", 140, "lượt xem", "the page's view count ('Lượt xem: 140')")

# g11: a provincial department's page (2023): a decision whose date stands before it (no issue date); 13
# communes; "240 qd.pdf" is a file's name.
G["g11"] = {
    "counts": [C("13 xã", "xã")],
    "legal_refs": refs(("240/QĐ-UBND", "Quyết định", None)),
}

# g12: a legal-data site's page of a provincial decision (2018): its symbol in the title, the "Số hiệu" row
# and the title block (no issue date: the dates stand in other rows); a party resolution, a joint circular
# (its symbol written with '/' between type and issuers, the date after a comma) and a decision cited with
# their dates.
G["g12"] = {
    "legal_refs": refs(
        ("186/QĐ-UBND", "Quyết định", None),
        ("186/QĐ-UBND", "Quyết định", None),
        ("186/QĐ-UBND", "Quyết định", None),
        ("09-NQ/TU", "Nghị quyết", "2012-06-27"),
    )
    + [L("183/2010/TTLT/BTC-BNN", "183/2010/TTLT-BTC-BNN", "Thông tư liên tịch", "2010-11-15")]
    + refs(("2163/QĐ-UBND", "Quyết định", "2012-11-29")),
}

# g13: a provincial decision's title block (2023) in '|' cells, its symbol on the line after "Số:" (no issue
# date); two decrees, a circular and a submission cited with dates broken across lines; laws without a
# symbol are no references.
G["g13"] = {
    "legal_refs": refs(
        ("08/2023/QĐ-UBND", "Quyết định", None),
        ("99/2021/NĐ-CP", "Nghị định", "2021-11-11"),
        ("27/2022/NĐ-CP", "Nghị định", "2022-04-19"),
        ("96/2021/TT-BTC", "Thông tư", "2021-11-11"),
        ("160/TTr-STC", "Tờ trình", "2022-12-30"),
    ),
}

# g14: emergency support (2025): a Prime Minister's decision and a ministry's document, each dated
# "ngày 1-11-2025"; "(đợt 2)" an ordinal.
G["g14"] = {
    "money": [M("100 tỷ đồng", TY)],
    "legal_refs": refs(("2428/QĐ-TTg", "Quyết định", "2025-11-01"), ("17049/BTC-NSNN", "Văn bản", "2025-11-01")),
}

# g15: a tag page's item (2025): Tet gifts; "hơn 1,1 triệu suất" (over, a multiplier); a plan with its date.
G["g15"] = {
    "money": [M("574 tỷ đồng", TY)],
    "counts": [C("1,1 triệu suất", "suất", mult=TRIEU, shape="multiplier", q="over")],
    "legal_refs": refs(("341/KH-UBND", "Kế hoạch", "2025-12-15")),
}

# g16: live-pig prices by region (no year given): prices, rises and ranges per kg.
G["g16"] = {
    "money": per_kg("85.000 đồng/kg", "86.000 đồng/kg", "84.000 đồng/kg", ("82.000", "83.000 đồng/kg"))
    + per_kg(("82.000", "86.000 đồng/kg"), "2.000 đồng/kg", "82.000 đồng/kg", "1.000 đồng/kg", "82.000 đồng/kg")
    + per_kg("83.000 đồng/kg", "1.000 đồng/kg", "81.000 đồng/kg", "84.000 đồng/kg", ("81.000", "82.000 đồng/kg"))
    + per_kg(("81.000", "84.000 đồng/kg")),
}

# g17: live-pig prices (2022): "từ 70.000 đồng/kg trở xuống" (at most: under); falls and rises per kg; one
# fall "1.000 đồng" without a unit of weight (plain).
G["g17"] = {
    "money": per_kg("10.000 đồng/kg")
    + [R("70.000 đồng/kg", per="kg", q="under")]
    + per_kg(("5.000", "10.000 đồng/kg"), ("1.000", "4.000 đồng/kg"), "1.000 đồng/kg", "69.000 đồng/kg")
    + per_kg("4.000 đồng/kg", "69.000 đồng/kg", "1.000 đồng/kg", "67.000 đồng/kg")
    + [M("1.000 đồng")]
    + per_kg("69.000 đồng/kg", "70.000 đồng/kg", "65.000 đồng/kg"),
}

# g18: live-pig prices (no year given): rises written "1.500 đồng", "1.000 đồng và 500 đồng" (plain); "52.000
# đồng và 54.000 đồng/kg" (the first shares the second's "/kg"); a piglet's price a head; "trên 50.000"
# over; "hai miền" words.
G["g18"] = {
    "money": [M("1.500 đồng")]
    + per_kg("53.500 đồng/kg", "55.000 đồng/kg")
    + [M("1.000 đồng"), M("500 đồng"), M("52.000 đồng", per="kg", shape="range-first")]
    + per_kg("54.000 đồng/kg")
    + [M("1.000 đồng")]
    + per_kg("53.000 đồng/kg", ("52.000", "55.000 đồng/kg"), "53.000 đồng/kg")
    + [M("100.000 đồng"), R("1,5 triệu đồng/con", TRIEU, per="con"), M("1.000 đồng")]
    + per_kg("47.000 đồng/kg")
    + [R("50.000 đồng/kg", per="kg", q="over")],
}

# g19: live-pig prices (no year given): ranges (one with an en dash) and prices per kg; "Cao hơn 2 giá"
# (two price steps, slang) is doubtful.
G["g19"] = {
    "money": per_kg(("56.000", "58.000 đồng/kg"), "56.000 đồng/kg", "57.000 đồng/kg", "58.000 đồng/kg")
    + per_kg(("54.000", "60.000 đồng/kg"), ("54.000", "56.000 đồng/kg"), "54.000 đồng/kg")
    + per_kg("56.000 đồng/kg", "55.000 đồng/kg"),
}
doubt_count("g19", "2 giá", 2, "giá", "'Cao hơn 2 giá' (two price steps, slang for 2.000 đồng)")

# g20: a fuel round (no year given): caps ("tối đa", "không cao hơn": no qualifier) per litre and per kg;
# the ethanol price per litre; fuel grades ("RON 92", "E100") are names.
G["g20"] = {
    "money": per_kg("19.440 đồng/lít", "20.911 đồng/lít", "17.107 đồng/lít", "15.917 đồng/lít", per="lít")
    + per_kg("13.759 đồng/kg")
    + per_kg("14.916 đồng/lít", per="lít"),
}

# g21: steel prices (2023): cuts and prices per tonne; grades ("D10 CB300", "CB240") are names.
G["g21"] = {
    "money": [
        R("230.000 đồng/tấn", per="tấn"),
        R("14,77 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("14,77 triệu đồng/tấn", TRIEU, per="tấn"),
        R("210.000 đồng/tấn", per="tấn"),
        R("14,59 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("14,89 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("14,75 triệu đồng/tấn", TRIEU, per="tấn"),
        R("200.000 đồng/tấn", per="tấn"),
        R("14,72 triệu đồng/tấn", TRIEU, per="tấn"),
        R("14,85 triệu đồng/tấn", TRIEU, per="tấn"),
    ],
}

# g22: a province's Tet gifts (2022): amounts a gift ("đồng/ suất") and a worker's support; "2 liệt sĩ trở
# lên" (over); a sidebar's headlines ("hơn 23.000 tỷ đồng" over); "SEA Games 31", "KN 290" and "Vành đai 4"
# are names.
G["g22"] = {
    "money": [
        R("4 triệu đồng/ suất", TRIEU, per="suất"),
        R("3 triệu đồng/suất", TRIEU, per="suất"),
        M("2,5 triệu đồng", TRIEU),
        R("2 triệu đồng/ suất", TRIEU, per="suất"),
        M("500.000 đồng"),
        M("3 triệu đồng", TRIEU),
        R("5 triệu đồng/người", TRIEU, per="người"),
        M("23.000 tỷ đồng", TY, q="over"),
    ],
    "counts": [C("2 liệt sĩ", "liệt sĩ", q="over"), C("1 liệt sĩ", "liệt sĩ")],
}

# g23: coffee and pepper prices (2025) per kg.
G["g23"] = {
    "money": per_kg("500 đồng/kg", "118.500 đồng/kg", "300 đồng/kg", "117.300 đồng/kg", ("500", "1.000 đồng/kg"))
    + per_kg("146.000 đồng/kg", "500 đồng/kg", "146.000 đồng/kg", "1.000 đồng/kg", "145.000 đồng/kg"),
}

# g24: coffee and pepper prices (2025) per kg; a caption repeats the headline's range; "2 địa phương".
G["g24"] = {
    "money": per_kg(("1.800", "2.200 đồng/kg"), "500 đồng/kg", "1.800 đồng/kg", "112.200 đồng/kg")
    + per_kg("2.000 đồng/kg", "111.500 đồng/kg", ("1.800", "2.200 đồng/kg"), "2.200 đồng/kg", "112.500 đồng/kg")
    + per_kg("147.000 đồng/kg", "146.500 đồng/kg", "148.000 đồng/kg"),
    "counts": [C("2 địa phương", "địa phương")],
}

# g25: coffee prices (2023) per kg; a range "121.500 - 122.000 đồng" and a price "121.900 đồng" without a
# unit of weight (plain); "khoảng 122.000 đồng/kg" approx.
G["g25"] = {
    "money": per_kg(("500", "600 đồng/kg"))
    + rng("121.500", "122.000 đồng")
    + per_kg("121.600 đồng/kg", "122.000 đồng/kg")
    + [M("121.900 đồng")]
    + per_kg("600 đồng/kg", "121.800 đồng/kg", "121.900 đồng/kg", "600 đồng/kg", "122.000 đồng/kg")
    + per_kg("500 đồng/kg", "121.500 đồng/kg", "500 đồng/kg")
    + [R("122.000 đồng/kg", per="kg", q="approx")]
    + per_kg("500 đồng/kg", "121.400 đồng/kg"),
}

# g26: rice exports and prices (no year given) in a copy broken into short lines: export value in USD; paddy
# and rice ranges per kg, some broken across a line ("5.500 -\n5.600 đồng/kg"); "khoảng" approx; "5%
# tấm" percentages.
G["g26"] = {
    "money": [M("1,888 tỷ USD", TY, cur="USD")]
    + per_kg(("5.300", "5.400 đồng/kg"))
    + rng("5.500", "5.600 đồng/kg", per="kg", q="approx")
    + rng("7.050", "7.150 đồng/kg", per="kg", q="approx")
    + per_kg(("6.850", "6.950 đồng/kg"))
    + rng("8.000", "8.100\nđồng/kg", per="kg", q="approx")
    + per_kg(("7.550", "7.650 đồng/kg"))
    + rng("7.250", "7.350 đồng/kg", per="kg", q="approx"),
}

# g27: paddy prices (2021) per kg, export prices in USD a tonne ("USD/ tấn"), rises "khoảng 3-7 USD/tấn"
# (approx), export value in USD; variety names ("IR 50404", "OM 18", "Đài Thơm 8") are no counts; tonnes are
# measurements.
G["g27"] = {
    "money": per_kg(("4.500", "4.700 đồng/kg"), ("5.000", "5.400 đồng/kg"), ("5.500", "5.600 đồng/kg"))
    + per_kg(("5.600", "5.800 đồng/kg"), ("6.000", "6.100 đồng/kg"))
    + rng("433", "437 USD/ tấn", per="tấn", cur="USD")
    + rng("3", "7 USD/tấn", per="tấn", cur="USD", q="approx")
    + [M("2,129 tỉ USD", TY, cur="USD"), M("3,325 tỉ USD", TY, cur="USD", q="approx")],
}

# g28: rice exports (2013): export values in USD over ("hơn", "trên"); paddy and rice prices per kg
# ("khoảng" approx).
G["g28"] = {
    "money": [M("730 triệu USD", TRIEU, cur="USD", q="over"), M("762 triệu USD", TRIEU, cur="USD", q="over")]
    + per_kg(("50", "100 đồng/kg"), "350 đồng/kg", ("5.100", "5.200 đồng/kg"))
    + rng("5.250", "5.350 đồng/kg", per="kg", q="approx")
    + rng("6.750", "6.850 đồng/kg", per="kg", q="approx")
    + per_kg(("6.600", "6.700 đồng/kg"))
    + rng("7.750", "7.850 đồng/kg", per="kg", q="approx")
    + per_kg(("7.450", "7.550 đồng/kg"))
    + rng("7.150", "7.250 đồng/kg", per="kg", q="approx"),
}

# g29: coffee prices (2020) per kg; "hơn 1.000 đồng/kg" over; "2 sàn" counts `sàn`; "hơn 1 tuần" a duration.
G["g29"] = {
    "money": [R("1.000 đồng/kg", per="kg", q="over")]
    + per_kg(("32.800", "33.500 đồng/kg"), "33.500 đồng/kg", "32.800 đồng/kg", "33.200 đồng/kg")
    + per_kg("33.000 đồng/kg", ("28.000", "29.500 đồng/kg")),
    "counts": [C("2 sàn", "sàn")],
}

# g30: support for frost-killed rice (2016): "gần 41 tỷ" (headline, lead, repeated caption; approx); the
# lead's total "Theo đó" over 24 tỷ and near 17 tỷ (adds up as written); hectares are measurements; near
# 3.000 animals "trong đó" 947, 500, 63 and near 1.400 (less).
G["g30"] = {
    "money": [
        M("41 tỷ đồng", TY, q="approx"),
        M("41 tỷ đồng", TY, q="approx", tag="T", opener="theo đó"),
        M("24 tỷ đồng", TY, q="over", part="T"),
        M("17 tỷ đồng", TY, q="approx", part="T"),
        M("28 tỷ đồng", TY),
        M("41 tỷ đồng", TY, q="approx"),
        M("5 tỷ đồng", TY, q="approx"),
    ],
    "counts": [
        C("3.000 con", "con", q="approx", tag="A", opener="trong đó"),
        C("947 con", "con", part="A"),
        C("500 con", "con", part="A"),
        C("63 con", "con", part="A"),
        C("1.400 con", "con", q="approx", part="A"),
    ],
}

# g31: seed support (2013): 6 tỷ (headline, lead) for 9 districts "Trong đó" 1,5 tỷ, 300, 800 and 500 triệu
# (less); "mỗi huyện 700 triệu", "mỗi huyện 400 triệu" are what each of several has, no parts as written.
G["g31"] = {
    "money": [
        M("6 tỷ đồng", TY),
        M("6 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("1,5 tỷ đồng", TY, part="T"),
        M("300 triệu đồng", TRIEU, part="T"),
        M("700 triệu đồng", TRIEU, shape="each"),
        M("800 triệu đồng", TRIEU, part="T"),
        M("500 triệu đồng", TRIEU, part="T"),
        M("400 triệu đồng", TRIEU, shape="each"),
    ],
    "counts": [C("9 huyện", "huyện")],
}

# g32: jobs (2014): counts in nghìn and triệu (multipliers); 1,6 triệu workers "Trong đó" 1,494 triệu at home
# (less; the provinces' figures count `người`, another noun, and are not linked); "vượt", "trên" over;
# "khoảng" and "gần" approx.
G["g32"] = {
    "counts": [
        C("100 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("1,6 triệu lao động", "lao động", mult=TRIEU, shape="multiplier", q="approx", tag="T", opener="trong đó"),
        C("100 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("1,494 triệu lao động", "lao động", mult=TRIEU, shape="multiplier", q="approx", part="T"),
        C("282 nghìn người", "người", mult=NGHIN, shape="multiplier"),
        C("138 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("91 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("46 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("51 nghìn người", "người", mult=NGHIN, shape="multiplier", q="over"),
        C("31 nghìn người", "người", mult=NGHIN, shape="multiplier", q="approx"),
        C("106 nghìn người", "người", mult=NGHIN, shape="multiplier"),
    ],
}

# g33: a commune portal (2025): bicycles, pupils and gifts ("20 chiếc" counts `chiếc`, "20 em" `em`); a gift's
# worth "mỗi xuất quà trị giá 1 triệu" (each); the total "gần 70 triệu" (approx); "2025 - 2026" years.
G["g33"] = {
    "money": [M("1 triệu đồng", TRIEU, shape="each"), M("70 triệu đồng", TRIEU, q="approx")],
    "counts": [C("20 chiếc", "chiếc"), C("20 em", "em"), C("30 suất", "suất")],
}

# g34: a provincial paper (2018): 2 districts, 90 children given 70 bicycles and 20 scholarships (other
# nouns: not linked to the children); a scholarship's worth (each); the total near 100 triệu (approx).
G["g34"] = {
    "money": [M("1 triệu đồng", TRIEU, shape="each"), M("100 triệu đồng", TRIEU, q="approx")],
    "counts": [
        C("2 huyện", "huyện"),
        C("2 địa phương", "địa phương"),
        C("90 em", "em"),
        C("70 chiếc", "chiếc"),
        C("20 suất", "suất"),
    ],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "g", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
