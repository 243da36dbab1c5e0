"""Gold for tests/judged_holdout32, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout32/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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
readings = ann.Readings()
G, IGN, D = readings.G, readings.IGN, readings.D
doubt, doubt_money, doubt_count = readings.doubt, readings.doubt_money, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount); counts: plain, pair ("5/7 xã").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def mult(text):
    """The multiplier written in a money text: nghìn tỷ, tỷ (tỉ), triệu, nghìn (ngàn), else 1."""
    words = (("nghìn tỷ", ann.NGHIN_TY), ("tỷ", TY), ("tỉ", TY), ("triệu", TRIEU), ("nghìn", NGHIN), ("ngàn", NGHIN))
    for word, value in words:
        if word in text:
            return value
    return 1


def m(text, **kw):
    """A money fact whose multiplier is the one written in its text."""
    return M(text, mult(text), **kw)


def parts(total_text, items, opener="cụ thể", tag="T", q=None):
    """A total and its parts (texts in text order, each read with the multiplier it writes)."""
    return [m(total_text, tag=tag, opener=opener, q=q)] + [m(t, part=tag) for t in items]


def pair(first, second, unit, **kw):
    """A pair "x/y noun": two counts of the noun (`kw` goes to the first)."""
    return [C(first, unit, shape="pair", **kw), C(second, unit, shape="pair")]


NUMBER_ALONE = "a document cited by its number alone, no symbol"

# qf01: a news site (2025): the central relief board's 150 tỷ for 4 provinces, "Theo đó" four shares (adds up); its
# running total 275 tỷ, "Trong đó" four shares (adds up); the provinces named after a colon are no counts.
G["qf01"] = {
    "money": parts("150 tỷ đồng", ["50 tỷ đồng", "40 tỷ đồng", "30 tỷ đồng", "30 tỷ đồng"], opener="theo đó")
    + parts("275 tỷ đồng", ["60 tỷ đồng", "90 tỷ đồng", "75 tỷ đồng", "50 tỷ đồng"], opener="trong đó", tag="U"),
    "counts": [C("4 tỉnh", "tỉnh"), C("4 tỉnh", "tỉnh")],
}

# qf02: a provincial e-office portal (2018): 9 tỷ in the headline (its own fact) and the body, "Cụ thể" nine
# shares (adds up); the provincial decision signed on a date written before it (no issue date); a decree
# twice with its date; "bão số 12" is a name; the posting time is no fact.
G["qf02"] = {
    "money": [M("9 tỷ đồng", TY)]
    + parts(
        "9 tỷ đồng",
        ["1,1 tỷ đồng", "2,8 tỷ đồng", "1,1 tỷ đồng", "1,6 tỷ đồng", "160 triệu đồng", "190 triệu đồng",
         "1,6 tỷ đồng", "380 triệu đồng", "70 triệu đồng"],
    ),
    "legal_refs": refs(
        ("66/QĐ-UBND", "Quyết định", None),
        ("02/2017/NĐ-CP", "Nghị định", "2017-01-09"),
        ("02/2017/NĐ-CP", "Nghị định", "2017-01-09"),
    ),
}

# qf03: a legal-data portal's circular (2013): its own symbol in the "Số:" line (no issue date: the date stands
# on another line after the motto); the decree it implements in the title (no date), cited with its date, and
# again without; a second decree with its date.
G["qf03"] = {
    "legal_refs": refs(
        ("160/2013/TT-BTC", "Thông tư", None),
        ("94/2012/NĐ-CP", "Nghị định", None),
        ("94/2012/NĐ-CP", "Nghị định", "2012-11-12"),
        ("118/2008/NĐ-CP", "Nghị định", "2008-11-27"),
        ("94/2012/NĐ-CP", "Nghị định", None),
    ),
}

# qf04: a national paper's bulletin (2025) on the same allocation: 150 tỷ (headline and body), "Theo đó" four shares,
# all but the first written without "đồng" ("40 tỷ"; adds up); 275 tỷ, "Trong đó" four shares without "đồng"
# (adds up).
G["qf04"] = {
    "money": [m("150 tỷ đồng")]
    + parts("150 tỷ đồng", ["50 tỷ đồng", "40 tỷ", "30 tỷ", "30 tỷ"], opener="theo đó")
    + parts("275 tỷ đồng", ["60 tỷ", "90 tỷ", "75 tỷ", "50 tỷ"], opener="trong đó", tag="U"),
    "counts": [C("4 tỉnh", "tỉnh"), C("4 tỉnh", "tỉnh"), C("4 tỉnh", "tỉnh")],
}

# qf05: a national paper on the same decision (2025), cited by its number alone (doubtful); 140 tỷ, then after a
# caption "Trong đó" four shares (adds up); "2-3m" is a measure.
G["qf05"] = {
    "money": parts("140 tỷ đồng", ["50 tỷ đồng", "30 tỷ đồng", "30 tỷ đồng", "30 tỷ đồng"], opener="trong đó"),
    "counts": [C("4 địa phương", "địa phương")],
}
doubt("qf05", "legal_refs", L("Quyết định số 2221", "2221", "Quyết định"), NUMBER_ALONE)

# qf06: a legal-data site's city decision (2015), a copy broken into short lines: its own symbol in the "Số:"
# line (no issue date); the Prime Minister's decision (symbol on the line after "số"), a joint circular, the
# decision again, a city decision with its date on the next line, a joint submission; laws by date are none.
G["qf06"] = {
    "legal_refs": refs(
        ("538/QĐ-UBND", "Quyết định", None),
        ("47/2012/QĐ-TTg", "Quyết định", "2012-11-01"),
        ("168/2013/TTLT-BTC-BCA", "Thông tư liên tịch", "2013-11-15"),
        ("47/2012/QĐ-TTg", "Quyết định", "2012-11-01"),
        ("5047/QĐ-UBND", "Quyết định", "2014-10-01"),
        ("298/TTrLN-CATP-STC", "Tờ trình", "2015-01-22"),
    ),
}

# qf07: a provincial paper (2021): a district council's term: sessions, 226 resolutions "trong đó có" 198
# (less), delegate groups; "kỳ họp thứ 16" is an ordinal, "khóa 2" a name.
G["qf07"] = {
    "counts": [
        C("16 kỳ họp", "kỳ họp"),
        C("226 nghị quyết", "nghị quyết", tag="N", opener="trong đó"),
        C("198 nghị quyết", "nghị quyết", part="N"),
        C("7 tổ", "tổ"),
    ],
}

# qf08: a national news agency (2025): the Prime Minister's decision with its date; 2.524 tỷ to 15 localities (no
# split here); the damage 15.864 tỷ; "6h ngày 3/10/2025" is a time.
G["qf08"] = {
    "money": [m("2.524 tỷ đồng"), m("15.864 tỷ đồng")],
    "counts": [C("15 địa phương", "địa phương")],
    "legal_refs": refs(("2171/QĐ-TTg", "Quyết định", "2025-10-02")),
}

# qf09: a news aggregator (2021): 500 triệu in the headline, the caption that repeats it and the body (each its own
# fact); a Front's submission without a date; "COVID-19" is a name.
G["qf09"] = {
    "money": [m("500 triệu đồng"), m("500 triệu đồng"), m("500 triệu đồng")],
    "legal_refs": refs(("78/TTr-MTTQ-BTT", "Tờ trình", None)),
}

# qf10: a commune's portal (2020): the provincial chairman's directive signed on a date written before it (no issue
# date); "Covid-19" is a name.
G["qf10"] = {"legal_refs": refs(("11/CT-CTUBND", "Chỉ thị", None))}

# qf11: a provincial television's site (2019): an advance of 03 tỷ (headline and body); the posting date is none.
G["qf11"] = {"money": [m("03 tỷ đồng"), m("03 tỷ đồng")]}

# qf12: a city fisheries office's site (2017): the ministry's decision signed on a date written before it (no issue
# date); two decrees with their dates, the government office's letter ("công văn số") with its date, a decree again
# without, a submission whose symbol holds '&'.
G["qf12"] = {
    "legal_refs": refs(
        ("5588/QĐ-BNN-TCTS", "Quyết định", None),
        ("15/2017/NĐ-CP", "Nghị định", "2017-02-17"),
        ("130/2013/NĐ-CP", "Nghị định", "2013-10-16"),
        ("12578/VPCP-NN", "Công văn", "2017-11-24"),
        ("130/2013/NĐ-CP", "Nghị định", None),
        ("3871/TTr-TCTS-KHCN&HTQT", "Tờ trình", "2017-12-27"),
    ),
}

# qf13: a law firm's copy of a provincial decision (2015), words run together as the copy gives them: its own
# symbol written with a blank after the first '/' ("57/ 2015/QĐ-UBND", the code without it; no issue date: the
# date stands on another line); a ministry's circular and a provincial decision with their dates.
G["qf13"] = {
    "legal_refs": [L("57/ 2015/QĐ-UBND", "57/2015/QĐ-UBND", "Quyết định")]
    + refs(("15/2015/TT-BNNPTNT", "Thông tư", "2015-03-26"), ("30/2015/QĐ-UBND", "Quyết định", "2015-08-03")),
}

# qf14: the same site's provincial decision (2009), cut at its start: three ministry decisions with their dates, a
# submission written "990/TTr- SGDĐT" (a blank after the dash; the code without it), a plan with its date;
# "lớp 6", "lớp 10" are grades.
G["qf14"] = {
    "legal_refs": refs(
        ("12/QĐ-BGDĐT", "Quyết định", "2006-04-05"),
        ("49/2008/QĐ-BGDĐT", "Quyết định", "2008-08-25"),
        ("82/QĐ-BGDĐT", "Quyết định", "2008-12-31"),
    )
    + [L("990/TTr- SGDĐT", "990/TTr-SGDĐT", "Tờ trình", "2009-04-29")]
    + refs(("989/KH-SGDĐT", "Kế hoạch", "2009-04-29")),
}

# qf15: a document-sharing site's copy of a chairman's decision (2014): its own symbol on the "Số:" line (no issue
# date), a circular and a submission with their dates; "mức độ 1" a level, "5 năm" a duration.
G["qf15"] = {
    "legal_refs": refs(
        ("1480/QĐ-CTUBND", "Quyết định", None),
        ("59/2012/TT-BGDĐT", "Thông tư", "2012-12-28"),
        ("1147/SGDĐT-GDTH", "Tờ trình", "2014-08-28"),
    ),
}

# qf16: a document-sharing site's copy of a town's submission (2014): its own symbol written with blanks
# ("67 /TTr - UBND", the code without them; no issue date); a circular written "BGD&ĐT" and again "BGDĐT", both
# dated; a district plan written with an en dash between blanks ("150/KH – BCĐ") is doubtful; "mức độ 2" a level,
# "Trang 1" page furniture.
G["qf16"] = {
    "legal_refs": [L("67 /TTr - UBND", "67/TTr-UBND", "Tờ trình")]
    + refs(("36/2009/TT-BGD&ĐT", "Thông tư", "2009-12-04"), ("36/2009/TT-BGDĐT", "Thông tư", "2009-12-04")),
}
ENDASH = "a symbol written with an en dash between blanks for its hyphen"
doubt("qf16", "legal_refs", L("150/KH – BCĐ", "150/KH-BCĐ", "Kế hoạch", "2014-01-09"), ENDASH + " (read with '-')")
doubt("qf16", "legal_refs", L("150/KH – BCĐ", "150/KH–BCĐ", "Kế hoạch", "2014-01-09"), ENDASH + " (read with the dash)")

# qf17: a legal-data site's provincial plan (2023): its own symbol (no issue date); circulars written with a blank
# and a comma before their dates ("32/2020/TT-BGDĐT , ngày 15/9/2020": dated, the comma only between), one without
# the comma, one again without a date; articles, clauses and "Quy chế 11" are no facts.
G["qf17"] = {
    "legal_refs": refs(
        ("335/KH-UBND", "Kế hoạch", None),
        ("32/2020/TT-BGDĐT", "Thông tư", "2020-09-15"),
        ("11/2014/TT-BGDĐT", "Thông tư", "2014-04-18"),
        ("18/2014/TT-BGDĐT", "Thông tư", "2014-05-26"),
        ("05/2018/TT-BGDĐT", "Thông tư", "2018-02-28"),
        ("11/2014/TT-BGDĐT", "Thông tư", None),
        ("06/2012/TT-BGDĐT", "Thông tư", "2012-02-15"),
        ("12/2014/TT-BGDĐT", "Thông tư", "2014-04-18"),
        ("01/2016/TT-BGDĐT", "Thông tư", "2016-01-15"),
    ),
}

# qf18: a legal-data site's provincial decision (2011), a copy broken into short lines: its own symbol (no issue
# date); decrees and circulars listed after "các nghị định ...: Số", "số" (dated, one date over a line break) and
# cited back without dates ("Nghị\nđịnh 04/2008/NĐ-CP"); a ministry's decision; a department's letters after "các
# công văn: Số" and a letter ("Công văn số"), all dated.
G["qf18"] = {
    "legal_refs": refs(
        ("933/QĐ-UBND", "Quyết định", None),
        ("92/2006/NĐ-CP", "Nghị định", "2006-09-07"),
        ("04/2008/NĐ-CP", "Nghị định", "2008-01-11"),
        ("92/2006/NĐ-CP", "Nghị định", None),
        ("01/2007/TT-BKH", "Thông tư", "2007-02-07"),
        ("92/2006/NĐ-CP", "Nghị định", None),
        ("03/2008/TT-BKH", "Thông tư", "2008-07-01"),
        ("04/2008/NĐ-CP", "Nghị định", None),
        ("1564/QĐ-BNN-KH", "Quyết định", "2006-05-31"),
        ("1577/SNN-KHTC", "Công văn", "2010-10-18"),
        ("218/SNN-KHTC", "Công văn", "2011-03-02"),
        ("183/KHĐT-KT", "Công văn", "2011-02-25"),
    ),
}

# qf19: a business-data site's ministry decision (2007): an ordinance and a decree ("nghị định số") with their
# dates; "khóa 11" a name, "15 ngày" a duration.
G["qf19"] = {
    "legal_refs": refs(
        ("16/2004/PL-UBTVQH11", "Pháp lệnh", "2004-03-24"),
        ("86/2003/NĐ-CP", "Nghị định", "2003-07-18"),
    ),
}

# qf20: a national paper (2020): a provincial police force's drive, near 700 triệu of which 400 triệu go to four
# provinces' police (a part, less; the rest is not given); "cơn bão số 8" a name.
G["qf20"] = {"money": [m("700 triệu đồng", q="approx", tag="T", opener="next clause"), m("400 triệu đồng", part="T")]}

# qf21: a foundation's news page (2024): the dead of the lead, cut after its first count, printed again in full
# with the missing, then "(tổng cộng 296 người)" after its two parts (adds up); 380 tỷ for 20 provinces; pledges
# over 407 tỷ; "13 giờ" a time, "bão số 3" a name.
G["qf21"] = {
    "money": [m("380 tỷ đồng"), m("407 tỷ đồng", q="over")],
    "counts": [
        C("155 người", "người"),
        C("155 người", "người", part="P"),
        C("141 người", "người", part="P"),
        C("296 người", "người", tag="P", opener="tổng cộng"),
        C("20 tỉnh", "tỉnh"),
    ],
}

# qf22: a finance paper (2024): over 866 triệu (its heading and body); trips, provinces; "xe 0 đồng" (a free
# lorry's name) is doubtful; tonnes are measures; the names listed after "gồm" are no counts.
G["qf22"] = {
    "money": [m("866 triệu đồng"), m("866 triệu đồng", q="over")],
    "counts": [C("6 chuyến", "chuyến"), C("13 tỉnh", "tỉnh")],
}
doubt_money("qf22", "0 đồng", 0, "'xe 0 đồng', a free lorry's name, not an amount")

# qf23: a national paper (2024): gifts of 19.500.000 đồng and 10 triệu; 100 cartons (a count); tonnes are measures,
# "số 47" an address.
G["qf23"] = {
    "money": [m("19.500.000 đồng"), m("10 triệu đồng")],
    "counts": [C("100 thùng", "thùng")],
}

# qf24: a news site (2025): cash near 1 tỉ; about 1.000 parcels a trip (a count); "hai chuyến" is in words, "cơ sở 2"
# a name.
G["qf24"] = {
    "money": [m("1 tỉ đồng", q="approx")],
    "counts": [C("1.000 suất", "suất", q="approx")],
}

# qf25: a provincial paper's list of policy items (2023): a cap per household ("đến 40 triệu đồng/hộ", a rate);
# the ministry's circular cited after its signing date (no issue date) and without "số".
G["qf25"] = {
    "money": [R("40 triệu đồng/hộ", TRIEU, per="hộ")],
    "legal_refs": refs(("55/2023/TT-BTC", "Thông tư", None)),
}

# qf26: a provincial Front's portal (2020): 7.042 gifts worth near 3,5 tỷ, in the headline and the body (each its own
# fact); the posting time is no fact.
G["qf26"] = {
    "money": [m("3,5 tỷ đồng", q="approx"), m("3,5 tỷ đồng", q="approx")],
    "counts": [C("7.042 suất", "suất"), C("7.042 suất", "suất")],
}

# qf27: a veterans' paper (2010), cut at its start: 36,8 tỷ written without "đồng"; incomes over 50 triệu (no
# "đồng"), a range "100 đến 300 triệu đồng" (two facts); houses, households, youths, members, files, cards, branches
# are counts; two government decisions in the old style "Quyết định 290/CP", "142/CP" (codes as written).
G["qf27"] = {
    "money": [m("36,8 tỷ"), m("50 triệu", q="over")] + ann.rng("100", "300 triệu đồng", TRIEU),
    "counts": [
        C("42 nhà", "nhà"),
        C("368 hộ", "hộ"),
        C("68 hộ", "hộ"),
        C("75 cháu", "cháu"),
        C("67 đoàn viên", "đoàn viên"),
        C("280 đồng chí", "đồng chí"),
        C("229 hồ sơ", "hồ sơ"),
        C("260 thẻ", "thẻ"),
        C("61 chi hội", "chi hội"),
        C("678 hội viên", "hội viên"),
    ],
    "legal_refs": refs(("290/CP", "Quyết định", None), ("142/CP", "Quyết định", None)),
}

# qf28: a district's portal (2024): the province's letter ("văn bản số") signed on a date written before it (no issue
# date); "lần thứ XI", "XIV" are ordinals.
G["qf28"] = {"legal_refs": refs(("4912/UBND-NC", "Văn bản", None))}

# qf29: a national paper (2020): near 2,9 tỉ in the caption and the body (each its own fact); delegates, firms,
# workers, units and persons are counts ("Hơn 300 đại biểu" over).
G["qf29"] = {
    "money": [m("2,9 tỉ đồng", q="approx"), m("2,9 tỉ đồng", q="approx")],
    "counts": [
        C("300 đại biểu", "đại biểu", q="over"),
        C("9 doanh nghiệp", "doanh nghiệp"),
        C("1.794 công nhân", "công nhân"),
        C("31 tập thể", "tập thể"),
        C("22 cá nhân", "cá nhân"),
    ],
}

# qf30: a provincial Front's portal (2020): 38 people; a rate written "1.500.000đ/ người/3 tháng" (per person for
# three months); the total paid 57.000.000 đồng (a product of the two, no parts); "Ngày 9.5" a date.
G["qf30"] = {
    "money": [R("1.500.000đ/ người/3 tháng", per="người/3 tháng"), m("57.000.000 đồng")],
    "counts": [C("38 đối tượng", "đối tượng")],
}

# qf31: a city's portal (2016): a decision cited by its number alone in the headline (doubtful); 11 people paid over
# 56 triệu; 12 rounds, 637 people, over 2,6 tỷ; "1 lần" (once) is no count.
G["qf31"] = {
    "money": [m("56 triệu đồng", q="over"), m("2,6 tỷ đồng", q="over")],
    "counts": [C("11 đối tượng", "đối tượng"), C("12 đợt", "đợt"), C("637 đối tượng", "đối tượng")],
}
doubt("qf31", "legal_refs", L("Quyết định 62", "62", "Quyết định"), NUMBER_ALONE)




# qf32: a provincial paper (2019), its lead printed twice: "hàng tỷ đồng" has no digits; houses (16 built, 25
# repaired, 41 with partners over 2 tỷ), the fund over 5 tỷ with its average per member (a rate), over a thousand
# borrowers ("hơn 1 ngàn lượt", a multiplier) and over 20 tỷ lent; poor households, units and persons; "30 năm" a
# duration, dates are none.
G["qf32"] = {
    "money": [
        m("2 tỷ đồng", q="over"),
        m("5 tỷ đồng", q="over"),
        R("2,5 triệu đồng/hội viên", TRIEU, per="hội viên"),
        m("20 tỷ đồng", q="over"),
    ],
    "counts": [
        C("16 căn", "căn"),
        C("25 căn", "căn"),
        C("41 căn", "căn"),
        C("1 ngàn lượt", "lượt", mult=NGHIN, shape="multiplier", q="over"),
        C("8 hộ", "hộ"),
        C("10 tập thể", "tập thể"),
        C("15 cá nhân", "cá nhân"),
    ],
}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "qf", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
