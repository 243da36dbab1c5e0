"""Gold for tests/judged_holdout27, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout27/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
readings below (`main(out)` writes them into another folder). The helpers are shared by the judged
sets, in tests/judged_texts/annotation.py, whose docstring says how values, totals' states and the
placing of every text are computed and checked.

Readings: M(...) money, V(...) money read by hand (a compound), W(...) money in words, R(...) a rate,
C(...) count, L(...) legal_ref (`refs` for several); `kgs`, `cells` and `rng` from the shared helpers
for prices a kg, table cells and ranges. Convention for the number: 'vn'.
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
M, V, W, R, C, L = ann.M, ann.V, ann.W, ann.R, ann.C, ann.L
kgs, rng = ann.kgs, ann.rng
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount), table (a cell whose unit is stated for its
# column, row or table), range-first (the lower end of a range, sharing the upper end's unit), words
# (an amount in words); counts: plain.


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def usd(text, mult=TY, **kw):
    """An amount in USD (tỷ USD unless told)."""
    return M(text, mult, cur="USD", **kw)


def usd_rate(text, per="tấn", mult=1, **kw):
    """A price in USD a unit (a tonne unless told)."""
    return R(text, mult, cur="USD", per=per, **kw)


def table(tokens, per, cur="VND", mult=1):
    """Table cells in text order, each in the unit stated for its column or table."""
    return [M(t, mult, cur, shape="table", per=per) for t in tokens.split()]


# qa01: a trade-information page (2016): rice prices by province in a table whose only price column is
# headed "Giá (đ/kg)", one cell a line; a change in brackets after some prices ("5.900(+200)") is a cell
# in the same unit (the sign dropped); grades ("loại 1"), brokens ("5% tấm") are no facts.
G["qa01"] = {
    "money": table(
        "11.000 18.000 5.900 200 7.600 700 6.800 100 7.700 50 7.600 50 7.550 7.500 50 "
        "13.000 21.000 38.000 8.500 8.000 13.500 17.500 "
        "5.100 100 9.500 14.500 7.400 100 8.600 100 "
        "6.000 10.000 14.000 6.800 6.700 6.700 "
        "8.100 10.000 13.000 6.000 8.500 7.200 8.000 7.350",
        per="kg",
    ),
}

# qa02: a provincial paper (2022): pepper a kg by province and its fall; average export prices in USD a
# tonne; percentages and months are no facts.
G["qa02"] = {
    "money": kgs("1.000 đồng/kg", "57.500 đồng/kg", "58.500 đồng/kg", "59.000 đồng/kg", "60.000 đồng/kg")
    + [usd_rate("3.706 USD/tấn"), usd_rate("4.308 USD/tấn")],
}

# qa03: a news site (28-10): pepper a kg, its rise, the day's range; a caption between the paragraphs.
G["qa03"] = {
    "money": kgs(
        "2.000 đồng/kg",
        "144.200 đồng/kg",
        ("143.000", "145.000 đồng/kg"),
        "1.000 đồng/kg",
        "143.000 đồng/kg",
        "2.000 đồng/kg",
        "144.000 đồng/kg",
    ),
}

# qa04: the same news site (2-9): pepper a kg, the range and the rise.
G["qa04"] = {
    "money": kgs(
        "153.000 đồng/kg", ("152.000", "153.000 đồng/kg"), "153.000 đồng/kg", "152.000 đồng/kg", "1.000 đồng/kg"
    ),
}

# qa05: a seafood association's page (2023): two pipe tables of shrimp prices "(USD/kg)" in their captions,
# one cell a line, four weeks as columns; the first column is the size in pieces a kg (a ratio, no fact);
# week numbers and dates are no facts.
QA05_ROWS = [
    "5,72 5,69 5,71 5,71",
    "4,51 4,48 4,50 4,50",
    "4,14 4,12 4,13 4,13",
    "3,90 3,88 3,89 3,89",
    "3,65 3,63 3,65 3,64",
    "3,41 3,39 3,40 3,40",
    "3,17 3,15 3,16 3,16",
    "3,05 3,03 3,04 3,04",
    "5,24 5,21 5,22 5,47",
    "4,57 4,54 4,56 4,62",
    "4,14 4,12 4,13 4,25",
    "3,90 3,88 3,89 4,01",
    "3,65 3,63 3,65 3,64",
    "3,29 3,33 3,34 3,40",
    "3,11 3,15 3,16 3,16",
    "2,92 2,91 2,92 3,04",
]
G["qa05"] = {"money": [m for row in QA05_ROWS for m in table(row, per="kg", cur="USD")]}

# qa06: the trade-information page (2016): fish and shrimp prices by province in a table headed "Giá (đ/kg)",
# one cell a line, changes in brackets read as cells (the sign dropped); sizes ("20con/kg"), weights
# ("0,8-1kg", "> 0,5 kg/con") and grades are no facts.
G["qa06"] = {
    "money": table(
        "130.000 50.000 35.000 150.000 "
        "140.000 50.000 1.300.000 250.000 "
        "140.000 70.000 60.000 160.000 "
        "95.000 10.000 60.000 95.000 220.000 20.000 185.000 25.000 160.000 "
        "130.000 10.000 40.000 30.000 18.000 500 17.500 500 185.000 5.000 "
        "45.000 45.000 43.600 127.000 "
        "65.000 60.000 40.000 180.000 "
        "130.000 38.000 45.000 135.000 80.000 200.000",
        per="kg",
    ),
}


def week():
    """qa07's market prices, "từ 80-90 ngàn đồng/kg" and so on (each range two facts)."""
    return (
        rng("80", "90 ngàn đồng/kg", NGHIN, per="kg")
        + rng("80", "95 ngàn đồng/kg", NGHIN, per="kg")
        + rng("250", "300 ngàn đồng/kg", NGHIN, per="kg")
        + rng("50", "60 ngàn đồng/kg", NGHIN, per="kg")
        + rng("43", "55 ngàn đồng/kg", NGHIN, per="kg")
        + rng("18", "30 ngàn đồng/chục", NGHIN, per="chục")
    )


# qa07: a provincial paper (2019; the lead printed twice): market prices as ranges in "ngàn đồng/kg" and eggs
# a dozen ("chục"); pepper, coffee and pigs a kg with a fall and a rise; fuel "không cao hơn" a litre
# (`under`); market grades ("chợ hạng 1") and dates are no facts.
G["qa07"] = {
    "money": week()
    + week()
    + [
        R("44 ngàn đồng/kg", NGHIN, per="kg"),
        R("31 ngàn đồng/kg", NGHIN, per="kg"),
        R("500 đồng/kg", per="kg"),
        R("3 ngàn đồng/kg", NGHIN, per="kg"),
        R("44 ngàn đồng/kg", NGHIN, per="kg"),
        R("18.580 đồng/lít", per="lít", q="under"),
        R("20.030 đồng/lít", per="lít", q="under"),
    ],
}

# qa08: a finance paper (2025): export rice in USD a tonne; exports "tương đương 366,1 triệu đô la" (approx,
# "ước đạt") and "2,81 tỉ đô la" ("đô la" is USD); tonnes are measures, "lớn thứ hai" a rank.
G["qa08"] = {
    "money": [
        usd_rate("399 USD/tấn"),
        usd_rate("395 USD/tấn"),
        usd("366,1 triệu đô la", TRIEU, q="approx"),
        usd("2,81 tỉ đô la"),
    ],
}

# qa09: a consumer paper (2020): export rice prices and gaps in USD a tonne, each with its unit; brokens
# ("25% tấm", "100% tấm") are no facts.
G["qa09"] = {
    "money": [
        usd_rate(t)
        for t in (
            "5 USD/tấn",
            "388 USD/tấn",
            "338 USD/tấn",
            "5 USD/tấn",
            "425 USD/tấn",
            "423 USD/tấn",
            "12 USD/tấn",
            "35 USD/tấn",
            "70 USD/tấn",
            "65 USD/tấn",
            "25 USD/tấn",
            "75 USD/tấn",
            "72 USD/tấn",
            "8 USD/tấn",
        )
    ],
}

# qa10: a regional site (2021): a pipe table of rubber prices, each cell with its own unit: latex "đồng/ độ"
# (a degree of latex), ranges with an en dash (two facts); the first three rows are written the English way
# with a single comma ("15,000 VND – 16,000 VND/ kg"), which the contract reads as a decimal mark while the
# page means thousands: doubtful, each with both readings.
G["qa10"] = {
    "money": rng("295", "305 đồng/ độ", per="độ")
    + rng("300", "305 đồng/ độ", per="độ")
    + rng("295", "305 đồng/ độ", per="độ")
    + rng("310", "315 đồng/ độ", per="độ")
    + [R("325 đồng/ độ", per="độ")]
    + rng("300", "315 đồng/ độ", per="độ")
    + rng("300", "310 đồng/ độ", per="độ")
    + [R("285 đồng/ độ", per="độ")]
    + rng("310", "315 đồng/ độ", per="độ")
    + [R("325 đồng/ độ", per="độ"), R("320 đồng/ độ", per="độ"), R("308 đồng/ độ", per="độ")]
    + rng("308", "315 đồng/ độ", per="độ"),
}
ENGLISH = "a price written the English way with a single comma, which the contract reads as a decimal mark"
for figure in ("15,000", "16,000", "12,000", "13,000", "23,000", "24,000"):
    doubt_money("qa10", figure, int(figure.replace(",", "")), ENGLISH + " (read as thousands)")
    doubt_money("qa10", figure, int(figure.split(",")[0]), ENGLISH + " (read as the contract reads it)")

# qa11: a news site: durian a kg, before and after (ranges with a hyphen); "2 tuần" a duration, "Ri 6" a name.
G["qa11"] = {
    "money": kgs(
        "200.000 đồng/kg",
        ("210.000", "220.000 đồng/kg"),
        "185.000 đồng/kg",
        "95.000 đồng/kg",
        "100.000 đồng/kg",
        ("5.000", "20.000 đồng/kg"),
        ("130.000", "135.000 đồng/kg"),
        ("140.000", "145.000 đồng/kg"),
        ("190.000", "200.000 đồng/kg"),
        ("200.000", "210.000 đồng/kg"),
    ),
}

# qa12: a ministry's market bulletin (2018): pigs a kg, a profit "hơn 1 - 1,5 triệu đồng/con" (a range, over),
# a litter of 8 pigs ("8 con"); "số 24/2018" is the bulletin's number, "Lượt xem: 4970" a view counter,
# "100 kg" a measure.
G["qa12"] = {
    "money": [R("50.000 đồng/kg", per="kg")]
    + rng("1", "1,5 triệu đồng/con", TRIEU, per="con", q="over")
    + [R("50.000 đồng/kg", per="kg")],
    "counts": [C("8 con", "con")],
}

# qa13: a provincial portal (2019): parking fees attached to a provincial decision with its date; a table one
# cell a line whose unit stands in the row's own column ("đồng/ lượt", "đồng/ tháng"); row numbers, "I", "A"
# and "50%" are no facts; vehicle classes "4-12 chỗ ngồi" and "12 chỗ ngồi" are doubtful counts.
G["qa13"] = {
    "money": table("1.000 2.000 3.000", per="lượt")
    + table("30.000", per="tháng")
    + table("2.000 4.000 6.000", per="lượt")
    + table("60.000", per="tháng")
    + table("8.000 16.000 24.000", per="lượt")
    + table("250.000", per="tháng")
    + table("15.000 30.000 45.000", per="lượt")
    + table("500.000", per="tháng"),
    "legal_refs": refs(("18/2017/QĐ-UBND", "Quyết định", "2017-06-15")),
}
SEATS = "a vehicle class by its seats, a name of the class rather than a count"
doubt_count("qa13", "4-12 chỗ", 4, "chỗ", SEATS + " (the range's first end)")
doubt_count("qa13", "12 chỗ", 12, "chỗ", SEATS)

# qa14: a law firm's answer (2018): a city decision without its date; maximum parking fees in tables, one cell
# a line, the unit in the row's own column ("đồng/xe/lượt", "đồng/xe/tháng"); a phone number, district
# names ("quận 1") and "Nhóm 1" are no facts.
G["qa14"] = {
    "money": table("2.000 4.000", per="xe/lượt")
    + table("100.000", per="xe/tháng")
    + table("4.000 6.000", per="xe/lượt")
    + table("210.000", per="xe/tháng"),
    "legal_refs": refs(("35/2018/QĐ-UBND", "Quyết định", None)),
}

# qa15: a national paper (2025): a province asks 2.000 tỉ (headline, body) "gồm:" three uses (less); 2 dead,
# 8 injured; "150.000 lít" a measure, "bão số 5" a name.
G["qa15"] = {
    "money": [
        M("2.000 tỉ đồng", TY),
        M("2.000 tỉ đồng", TY, tag="T", opener="gồm"),
        M("650 tỉ đồng", TY, part="T"),
        M("100 tỉ đồng", TY, part="T"),
        M("800 tỉ đồng", TY, part="T"),
    ],
    "counts": [C("2 người", "người"), C("8 người", "người")],
}

# qa16: a provincial portal (2018): farm output in the headline (26.806,59 tỷ) and the body (26.809 tỷ, a slip
# kept as written), "Trong đó" crops (less); communes and fields (counts); hectares are measures.
G["qa16"] = {
    "money": [
        M("26.806,59 tỷ đồng", TY, q="approx"),
        M("26.809 tỷ đồng", TY, q="approx", tag="T", opener="trong đó"),
        M("11.509 tỷ đồng", TY, q="approx", part="T"),
    ],
    "counts": [C("128 xã", "xã"), C("185 cánh đồng", "cánh đồng"), C("51 cánh đồng", "cánh đồng")],
}

# qa17: a district portal (2022): a commune's fund over 185 triệu (headline) and 185.860.000đ in three years;
# spent 9,5 triệu and three houses "trị giá 175 triệu" (a sum without its currency: doubtful); spending is
# no part of the sum raised; "3 năm" a duration.
G["qa17"] = {
    "money": [M("185 triệu đồng", TRIEU, q="over"), M("185.860.000đ"), M("9,5 triệu đồng", TRIEU)],
    "counts": [C("3 căn", "căn"), C("3 hộ", "hộ"), C("37 hộ", "hộ")],
}
doubt_money("qa17", "175 triệu", 175_000_000, "a sum written without a currency ('trị giá 175 triệu')")

# qa18: a farmers' paper (2011): the fund over 5,25 tỷ (headline) and 5,25 tỷ in the body "Trong đó" four
# levels (less).
G["qa18"] = {
    "money": [
        M("5,25 tỷ đồng", TY, q="over"),
        M("5,25 tỷ đồng", TY, tag="T", opener="trong đó"),
        M("1 tỷ đồng", TY, part="T"),
        M("2,6 tỷ đồng", TY, q="approx", part="T"),
        M("3 triệu đồng", TRIEU, part="T"),
        M("1,6 tỷ đồng", TY, q="over", part="T"),
    ],
}

# qa19: a provincial farmers' union portal (2021): a district's fund "trên 2, 048 tỷ đồng" (a space after the
# comma: doubtful, read whole or as "048 tỷ"); the district budget's 497 triệu; 29 projects with "2 tỷ 460
# triệu đồng" (a compound) for 164 households.
G["qa19"] = {
    "money": [M("497 triệu đồng", TRIEU), V("2 tỷ 460 triệu đồng", 2_460_000_000)],
    "counts": [C("29 dự án", "dự án"), C("164 hộ", "hộ")],
}
SPACED = "a figure with a space after its decimal comma ('2, 048 tỷ đồng')"
doubt_money("qa19", "2, 048 tỷ đồng", 2_048_000_000, SPACED + " (read whole)")
doubt_money("qa19", "048 tỷ đồng", 48_000_000_000, SPACED + " (read after the space)")

# qa20: a commodity site: pepper a kg in prose, then a table one cell a line whose two columns are headed
# "(Đơn vị: VNĐ/kg)": each row's price and its change (the sign dropped); "0,54%" is no money.
G["qa20"] = {
    "money": kgs(
        "1.000 đồng/kg", "1.000 đồng/kg", "144.000 đồng/kg", "143.000 đồng/kg", "1.000 đồng/kg", "143.000 đồng/kg"
    )
    + table("144.000 1.000 143.000 1.000 144.000 1.000 143.000 1.000 143.000 1.000 143.000 1.000", per="kg"),
}

# qa21: the same commodity site (21/5): pepper a kg, the range twice (an en dash), then a pipe table headed
# "(Đơn vị: VNĐ/kg)" with prices and "-" for no change; the date in the head is no money.
G["qa21"] = {
    "money": kgs(
        ("150.000", "153.000 đồng/kg"),
        ("150.000", "153.000 đồng/kg"),
        "153.000 đồng/kg",
        "150.000 đồng/kg",
        "151.000 đồng/kg",
    )
    + table("153.000 150.000 153.000 151.000 151.000 151.000", per="kg"),
}

# qa22: an investment forum (2026): world coffee in USD a tonne (changes and prices), the local price a kg;
# percentages are no money.
G["qa22"] = {
    "money": [usd_rate("52 USD/tấn"), usd_rate("4.026 USD/tấn"), usd_rate("10 USD/tấn"), usd_rate("7.670 USD/tấn")]
    + kgs("1.300 đồng/kg", "100.000 đồng/kg", "3.500 đồng/kg", "1.800 đồng/kg", "100.100 đồng/kg"),
}

# qa23: a provincial news site (2017): Robusta in USD a tonne and a range; Arabica in US cents a pound
# (doubtful, as set 26 holds them); the local price "1 triệu đồng/tấn" and a range "41,6 – 42,4 triệu
# đồng/tấn"; contract months ("11/17") and dates are no facts.
G["qa23"] = {
    "money": [usd_rate("49 USD/tấn"), usd_rate("1.950 USD/tấn")]
    + rng("38", "43 USD/tấn", per="tấn", cur="USD")
    + [R("1 triệu đồng/tấn", TRIEU, per="tấn")]
    + rng("41,6", "42,4 triệu đồng/tấn", TRIEU, per="tấn"),
}
for cents in ("2,90 cent/lb", "129,35 cent/lb"):
    doubt_money("qa23", cents, float(ann.number(cents, "vn") / 100), "a price in US cents a pound", cur="USD")

# qa24: a city gazette's news (2018): a city decision signed on a date written before it (no issue date).
G["qa24"] = {"legal_refs": refs(("38/2018/QĐ-UBND", "Quyết định", None))}

# qa25: a news site's tag page (2022): household waste fees "30-40 ngàn đồng/hộ/tháng" (a range) and a rise
# of 10 ngàn; the weather line is furniture. The range's lower end is written "30-40" (its first number is
# read) so that it is placed at the range and not in the time "11:30" before it (corrected after the first
# run, see the README).
G["qa25"] = {
    "money": rng("30-40", "40 ngàn đồng/hộ/tháng", NGHIN, per="hộ/tháng") + [M("10 ngàn đồng", NGHIN)],
}

# qa26: a provincial paper (2018): investment over 273,5 tỷ (headline, body); the month's 113 tỷ is a period
# inside it (no part); "Trong đó" three levels, whose sum is more than the total.
G["qa26"] = {
    "money": [
        M("273,5 tỷ đồng", TY, q="over"),
        M("113 tỷ đồng", TY, q="over"),
        M("273,5 tỷ đồng", TY, q="over", tag="T", opener="trong đó"),
        M("138,5 tỷ đồng", TY, q="approx", part="T"),
        M("75,3 tỷ đồng", TY, q="over", part="T"),
        M("60 tỷ đồng", TY, q="approx", part="T"),
    ],
}

# qa27: a finance paper (2023): seafood exports 7,4 tỷ USD "Trong đó" shrimp, pangasius and tuna (less);
# "10 tháng" a duration.
G["qa27"] = {
    "money": [
        usd("7,4 tỷ USD", tag="T", opener="trong đó"),
        usd("2,8 tỷ USD", part="T"),
        usd("1,5 tỷ USD", part="T"),
        usd("693 triệu USD", TRIEU, q="approx", part="T"),
    ],
}

# qa28: a provincial paper's mobile site: investment 22,1 nghìn tỷ; "Trong tổng số vốn đầu tư" the domestic
# sector 10,8 nghìn tỷ ("Trong đó" the state's 2.434 tỷ, less) and "Riêng" FDI 11,4 nghìn tỷ (the two sum to
# more than the total); FDI capital in USD; 132 projects and near 7,7 tỷ USD "Trong đó" 98 projects with
# 7,58 tỷ USD in industrial zones (parts); "177 nghìn tỷ đồng" restates 7,7 tỷ USD in đồng (its own fact).
G["qa28"] = {
    "money": [
        M("22,1 nghìn tỷ đồng", NGHIN_TY, tag="T", opener="trong tổng số"),
        M("10,8 nghìn tỷ đồng", NGHIN_TY, q="approx", part="T", tag="N", opener="trong đó"),
        M("2.434 tỷ đồng", TY, q="approx", part="N"),
        M("11,4 nghìn tỷ đồng", NGHIN_TY, q="approx", part="T"),
        usd("16,5 triệu USD", TRIEU),
        usd("44,753 triệu USD", TRIEU),
        usd("7,7 tỷ USD", q="approx", tag="U", opener="trong đó"),
        M("177 nghìn tỷ đồng", NGHIN_TY, q="approx"),
        usd("7,58 tỷ USD", part="U"),
    ],
    "counts": [
        C("4 dự án", "dự án"),
        C("8 dự án", "dự án"),
        C("132 dự án", "dự án", tag="K", opener="trong đó"),
        C("98 dự án", "dự án", part="K"),
    ],
}

# qa29: a provincial Front's portal (2020): over 400 triệu in cash (lead), 403 triệu in the body; goods "ước
# tính trên 76 triệu động" ('động' for 'đồng': doubtful).
G["qa29"] = {"money": [M("400 triệu đồng", TRIEU, q="over"), M("403 triệu đồng", TRIEU)]}
doubt_money("qa29", "76 triệu động", 76_000_000, "a sum whose currency is misspelt ('động' for 'đồng')")

# qa30: a provincial mass-mobilisation portal (2021): the sum in the capitalised headline ("ĐỒNG") and in the
# body, restated in words; "10:343920" (a time run into a view counter) and "hàng trăm triệu đồng" (no
# digits) are no facts.
G["qa30"] = {
    "money": [
        M("1.403.650.000 ĐỒNG"),
        M("1.403.650.000 đồng", tag="R"),
        W("Một tỷ, bốn trăm lẻ ba triệu, sáu trăm năm mươi ngàn đồng", 1_403_650_000, restates="R"),
    ],
}

# qa31: a provincial paper (2021): 750 triệu received (headline only); the body gives its two donors, 700 and
# 50 triệu (parts of the headline's total, adds up); 2 truckloads; tonnes are measures; a caption twice.
G["qa31"] = {
    "money": [
        M("750 triệu đồng", TRIEU, tag="T", opener="headline"),
        M("700 triệu đồng", TRIEU, part="T"),
        M("50 triệu đồng", TRIEU, part="T"),
    ],
    "counts": [C("2 chuyến", "chuyến")],
}

# qa32: a legal-data site's page of a provincial decision (2017): its symbol in the title, the properties'
# heading, the full title and the "Số hiệu:" row (run into the next row's label); the issue date stands in
# its own row (no issue date, set 22's convention).
G["qa32"] = {
    "legal_refs": refs(
        ("48/2017/QĐ-UBND", "Quyết định", None),
        ("48/2017/QĐ-UBND", "Quyết định", None),
        ("48/2017/QĐ-UBND", "Quyết định", None),
        ("48/2017/QĐ-UBND", "Quyết định", None),
    ),
}

# qa33: a parliament television's page (2016): a provincial decision cited by number and year only
# ("Quyết định số 24/2015", doubtful); "Lượt xem : 11,684" a view counter.
G["qa33"] = {}
doubt("qa33", "legal_refs", L("24/2015", "24/2015", "Quyết định"), "a decision cited by its number and year only")

# qa34: a provincial water company's notice (2022): the old provincial decision (no date), the new one with
# its date, and again in the download line; "06 năm" a duration.
G["qa34"] = {
    "legal_refs": refs(
        ("2024/QĐ-UBND", "Quyết định", None),
        ("1931/QĐ-UBND", "Quyết định", "2022-09-30"),
        ("1931/QĐ-UBND", "Quyết định", None),
    ),
}

# qa35: an energy paper's tag page (2021): a government office's letter ("văn bản 5257/VPCP-KTTH") sent on a
# date written before it (no issue date); "Covid-19" a name.
G["qa35"] = {"legal_refs": refs(("5257/VPCP-KTTH", "Văn bản", None))}

# qa36: a school site reprinting a provincial paper: rural water prices a cubic metre (the headline printed
# twice); "Tam Xuân 2" a name.
G["qa36"] = {
    "money": [
        R(t, per="m3") for t in ("2.200 đồng/m3", "2.200 đồng/m3", "2.200 đồng/m3", "4.500 đồng/m3", "8.000 đồng/m3")
    ],
}

# qa37: a business portal (2009): the water price frame "từ 2.000đồng/m3 đến 12.000 đồng/m3" (each end written
# with its unit, two rates), printed twice; a circular cited as "Thông tư này" and dates alone are no
# references; "45 ngày" a duration.
G["qa37"] = {
    "money": [R(t, per="m3") for t in ("2.000đồng/m3", "12.000 đồng/m3", "1.000đồng/m3", "8.000 đồng/m3") * 2],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "qa", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
