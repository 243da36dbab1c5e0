"""Gold for tests/judged_holdout31, written by reading each text (the extractor is not imported here).

Run `python tests/judged_holdout31/annotate.py` to rewrite gold.jsonl and doubtful.tsv from the
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
doubt, doubt_count = readings.doubt, readings.doubt_count


# ---------------------------------------------------------------------------------------------
# Readings. Shapes: plain, rate (a per-unit amount); counts: plain, multiplier ("178 nghìn học sinh"),
# pair ("324/590 trường").


def refs(*items):
    """Legal references written as (symbol, doc_type, ISO date or None); the code is the symbol as written."""
    return [L(s, s, t, d) for s, t, d in items]


def pair(first, second, unit, kw1=None, kw2=None):
    """A pair "x/y noun": two counts of the noun; `kw1` and `kw2` give each its links."""
    return [C(first, unit, shape="pair", **(kw1 or {})), C(second, unit, shape="pair", **(kw2 or {}))]


NO_NOUN = "a bare number in a list whose noun stands only beside its heading or total"
SLASH = "two counts of different nouns joined by a slash, the form of a ratio ('02 hộ/01 giếng')"

# qe01: a provincial paper (2025): schools, pupils and classes joined by a slash (doubtful, either reading), staff,
# scholarships at a rate each; "2 cấp" (the levels of local government) doubtful as in set 15; "5-9" a date.
G["qe01"] = {
    "money": [R("1 triệu đồng/suất", TRIEU, per="suất")],
    "counts": [C("1.265 trường học", "trường học"), C("37.347 người", "người"), C("230 suất", "suất")],
}
doubt_count("qe01", "2 cấp", 2, "cấp", "the levels of a government model (set 15)")
doubt_count("qe01", "760.306 học sinh", 760306, "học sinh", SLASH)
doubt_count("qe01", "23.017 lớp", 23017, "lớp", SLASH)

# qe02: a provincial television (undated): schools and over 178 nghìn pupils; grades ("lới 1", "lớp 6"), ages and
# "45 năm" are no counts; "học 3 ca" (teaching in three shifts) doubtful.
G["qe02"] = {
    "counts": [
        C("412 trường", "trường"),
        C("178 nghìn học sinh", "học sinh", mult=NGHIN, shape="multiplier", q="over"),
    ],
}
doubt_count("qe02", "3 ca", 3, "ca", "a way of teaching in shifts ('không có tình trạng học 3 ca'), hardly a count")

# qe03: a provincial paper (2017): 23 schools "(…)" by level (adds up); 324/590 schools "(trong đó, …)" by level as
# pairs, each first number a part of 324 (adds up), each second a part of 590 (less); rural pairs stand alone.
G["qe03"] = {
    "counts": [
        C("23 trường", "trường", tag="N", opener="bracket"),
        C("7 trường", "trường", part="N"),
        C("9 trường", "trường", part="N"),
        C("7 trường", "trường", part="N"),
    ]
    + pair("324", "590 trường", "trường", {"tag": "A", "opener": "trong đó"}, {"tag": "B", "opener": "trong đó"})
    + pair("71", "179 trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("160", "206 trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("80", "165  trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("13", "33 trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("47", "147 trường", "trường")
    + pair("129", "174 trường", "trường")
    + pair("61", "137 trường", "trường"),
}

# qe04: a provincial paper (2017): 41 schools (headline; body "Trong đó" two levels, each "gồm" its kinds, all
# adding up); 485 schools whose levels are bare numbers with percentages (doubtful); "5 năm" a duration.
G["qe04"] = {
    "counts": [
        C("41 trường", "trường"),
        C("41 trường", "trường", tag="T", opener="trong đó"),
        C("18 trường", "trường", part="T", tag="M", opener="gồm"),
        C("9 trường", "trường", part="M"),
        C("3 trường", "trường", part="M"),
        C("6 trường", "trường", part="M"),
        C("23 trường", "trường", part="T", tag="N", opener="gồm"),
        C("14 trường", "trường", part="N"),
        C("9 trường", "trường", part="N"),
        C("485 trường", "trường"),
    ],
}
for _n in ("141", "206", "123", "15"):
    doubt_count("qe04", _n, int(_n), "trường", NO_NOUN)

# qe05: a provincial paper (2019): 15/36 schools, "Trong đó" three levels as pairs (firsts add up to 15, seconds
# less than 36).
G["qe05"] = {
    "counts": pair(
        "15", "36 trường học", "trường học", {"tag": "A", "opener": "trong đó"}, {"tag": "B", "opener": "trong đó"}
    )
    + pair("6", "9 trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("6", "14 trường", "trường", {"part": "A"}, {"part": "B"})
    + pair("3", "10 trường", "trường", {"part": "A"}, {"part": "B"}),
}

# qe06: a consumer paper (undated): 29 schools "gồm có:" four groups a line (adds up), 31 schools "gồm có:" five
# groups (adds up); "(năm 2014)" a year; "sau 10 năm", "sau 5 năm" durations; "mức độ 2" a level.
G["qe06"] = {
    "counts": [
        C("29 trường", "trường", tag="A", opener="gồm"),
        C("6 trường", "trường", part="A"),
        C("4 trường", "trường", part="A"),
        C("9 trường", "trường", part="A"),
        C("10 trường", "trường", part="A"),
        C("31 trường", "trường", tag="B", opener="gồm"),
        C("9 trường", "trường", part="B"),
        C("3 trường", "trường", part="B"),
        C("5 trường", "trường", part="B"),
        C("8 trường", "trường", part="B"),
        C("6 trường", "trường", part="B"),
    ],
}

# qe07: a provincial paper (2015): 289 health facilities (headline, body) "gồm" hospitals, clinics and stations,
# each counted with its own noun (no part has the total's noun, so nothing is linked); "9 bệnh tỉnh" (a word
# lost) doubtful; staff, doctors and pharmacists (other nouns); beds; "29,4 giường trên một vạn dân" a ratio.
G["qe07"] = {
    "counts": [
        C("289 cơ sở y tế", "cơ sở y tế"),
        C("289 cơ sở y tế", "cơ sở y tế"),
        C("1 bệnh viện", "bệnh viện"),
        C("18 bệnh viện", "bệnh viện"),
        C("5 bệnh viện", "bệnh viện"),
        C("12 phòng khám", "phòng khám"),
        C("244 trạm y tế", "trạm y tế"),
        C("5.600 cán bộ", "cán bộ", q="over"),
        C("950 bác sĩ", "bác sĩ", q="over"),
        C("90 dược sĩ", "dược sĩ"),
        C("5.580 giường bệnh", "giường bệnh", q="over"),
    ],
}
doubt_count("qe07", "9 bệnh tỉnh", 9, "bệnh", "a noun with a word lost ('9 bệnh tỉnh' for provincial hospitals)")

# qe08: a provincial portal's health figures, one a line: facilities (the total a bare number, doubtful; the lines
# counted with their nouns), beds (total and two lines bare, doubtful), medical staff 2.925 người "trong đó:" five
# lines (adds up), pharmacy staff 542 người two lines (adds up); averages per 1 vạn or 100.000 people are ratios.
G["qe08"] = {
    "counts": [
        C("18 bệnh viện", "bệnh viện"),
        C("01 Bệnh viện", "bệnh viện"),
        C("01 Bệnh viện", "bệnh viện"),
        C("06 phòng khám", "phòng khám"),
        C("141 trạm y tế", "trạm y tế"),
        C("19 cơ sở y tế", "cơ sở y tế"),
        C("1.843 giường", "giường"),
        C("120 giường", "giường"),
        C("62 giường", "giường"),
        C("2.925 người", "người", tag="A", opener="trong đó"),
        C("1.082 người", "người", part="A"),
        C("320 người", "người", part="A"),
        C("929 người", "người", part="A"),
        C("360 người", "người", part="A"),
        C("234 người", "người", part="A"),
        C("542 người", "người", tag="B", opener="trong đó"),
        C("325 người", "người", part="B"),
        C("217 người", "người", part="B"),
    ],
}
doubt_count("qe08", "186", 186, "cơ sở y tế", NO_NOUN)
for _n, _v in (("2.411", 2411), ("86", 86), ("300", 300)):
    doubt_count("qe08", _n, _v, "giường", NO_NOUN)

# qe09: a provincial paper (2020): two district decisions, each with its date after the symbol.
G["qe09"] = {
    "legal_refs": refs(("1959/QĐ-UBND", "Quyết định", "2020-08-18"), ("1858/QĐ-UBND", "Quyết định", "2020-08-18")),
}

# qe10: a national paper (2020): over 1 triệu teachers, "Trong đó" three levels (they sum to more than the rounded
# total); the bracketed public and private figures are bare numbers (doubtful); "tháng 12.2019" a date.
G["qe10"] = {
    "counts": [
        C("1 triệu giáo viên", "giáo viên", mult=TRIEU, shape="multiplier", q="over", tag="T", opener="trong đó"),
        C("354.955 giáo viên", "giáo viên", part="T"),
        C("380.987 giáo viên", "giáo viên", part="T"),
        C("285.905 giáo viên", "giáo viên", part="T"),
    ],
}
for _n in ("912.996", "108.851", "256.543", "85.403", "374.289", "6.698", "282.164", "3741"):
    doubt_count("qe10", _n, int(_n.replace(".", "")), "giáo viên", NO_NOUN)

# qe11: a farmers' paper (2012): 8 classes "(…)" of two kinds (adds up) for 280 workers.
G["qe11"] = {
    "counts": [
        C("8 lớp", "lớp", tag="T", opener="bracket"),
        C("280 lao động", "lao động"),
        C("4 lớp", "lớp", part="T"),
        C("4 lớp", "lớp", part="T"),
    ],
}

# qe12: a provincial portal (2022): a council resolution signed on a date written before it (no issue date); 251
# teaching posts "Cụ thể:" four levels a line (adds up).
G["qe12"] = {
    "counts": [
        C("251 chỉ tiêu", "chỉ tiêu", tag="T", opener="cụ thể"),
        C("19 chỉ tiêu", "chỉ tiêu", part="T"),
        C("175 chỉ tiêu", "chỉ tiêu", part="T"),
        C("41 chỉ tiêu", "chỉ tiêu", part="T"),
        C("16 chỉ tiêu", "chỉ tiêu", part="T"),
    ],
    "legal_refs": refs(("197/NQ-HĐND", "Nghị quyết", None)),
}

# qe13: a city portal (2019): a district council's resolution (no date); two new wards, each's population written
# after the populations merged into it (adds up, twice); areas in km2 are measures; house numbers are labels.
G["qe13"] = {
    "counts": [
        C("6.268 người", "người", part="A"),
        C("4.489 người", "người", part="A"),
        C("642 người", "người", part="A"),
        C("11.399 người", "người", tag="A", opener="total after its parts"),
        C("7.085 người", "người", part="B"),
        C("5.526 người", "người", part="B"),
        C("12.611 người", "người", tag="B", opener="total after its parts"),
        C("18 phường", "phường"),
        C("02 phường", "phường"),
    ],
    "legal_refs": refs(("07/NQ-HĐND", "Nghị quyết", None)),
}

# qe14: a building-permit site's copy of a resolution (2020): a new ward's population after the three merged into
# it (adds up); two wards' populations after the one merged into each (less: their own people are not stated);
# wards counted; ward and district numbers are names.
G["qe14"] = {
    "counts": [
        C("7.263 người", "người", part="A"),
        C("12.595 người", "người", part="A"),
        C("16.877 người", "người", part="A"),
        C("36.735 người", "người", tag="A", opener="total after its parts"),
        C("12 phường", "phường"),
        C("5.114 người", "người", part="B"),
        C("17.039 người", "người", tag="B", opener="total after its parts"),
        C("7.328 người", "người", part="C"),
        C("18.530 người", "người", tag="C", opener="total after its parts"),
        C("13 phường", "phường"),
    ],
}

# qe15: a national paper (2025): 273 wards and communes into 102; the smallest new wards' populations; areas and
# percentages are no counts; "top 3", "thứ 4" ranks; ward and district numbers names.
G["qe15"] = {
    "counts": [
        C("273 phường", "phường"),
        C("102 phường", "phường"),
        C("2 phường", "phường"),
        C("69.318 người", "người"),
        C("67.616 người", "người"),
        C("63.293 người", "người"),
        C("94.507 người", "người"),
        C("63.015 người", "người"),
        C("62.663 người", "người"),
        C("104.076 người", "người"),
        C("90.808 người", "người"),
    ],
}

# qe16: a provincial council's portal (2021): a provincial decision signed on a date written before it.
G["qe16"] = {"legal_refs": refs(("2112/QĐ-UBND", "Quyết định", None))}

# qe17: a national paper (2014): trainees enrolled, graduated (a subset of other trainees, no breakdown), planned.
G["qe17"] = {
    "counts": [
        C("2.023.000 người", "người"),
        C("1.518.000 người", "người"),
        C("2.321.000 học viên", "học viên"),
    ],
}

# qe18: a provincial job portal (2019): workers sent abroad, each figure followed by its women in a bracket (or
# "trong đó"), which is its breakdown; the markets listed after the month's and the seven months' totals are a
# second split of those totals and stand alone (one breakdown per total), each with its own bracket.
_W = "lao động"
G["qe18"] = {
    "counts": [
        C("11.598 lao động", _W, tag="A", opener="bracket"),
        C("4.544 lao động", _W, part="A"),
        C("12.123 lao động", _W, tag="B", opener="trong đó"),
        C("4.434 lao động", _W, part="B"),
        C("5.993 lao động", _W, tag="C", opener="bracket"),
        C("2.634 lao động", _W, part="C"),
        C("4.275 lao động", _W, tag="D", opener="bracket"),
        C("1.684 lao động", _W, part="D"),
        C("872 lao động", _W, tag="E", opener="bracket"),
        C("58 lao động", _W, part="E"),
        C("131 lao động", _W, tag="F", opener="bracket"),
        C("95 lao động", _W, part="F"),
        C("47 lao động", _W, tag="G", opener="bracket"),
        C("01 lao động", _W, part="G"),
        C("79.428 lao động", _W, tag="H", opener="bracket"),
        C("26.287 lao động", _W, part="H"),
        C("120.000 lao động", _W),
        C("39.542 lao động", _W, tag="I", opener="bracket"),
        C("14.190 lao động", _W, part="I"),
        C("32.259 lao động", _W, tag="J", opener="bracket"),
        C("10.906 lao động", _W, part="J"),
        C("4.393 lao động", _W, tag="K", opener="bracket"),
        C("339 lao động", _W, part="K"),
        C("1.067 lao động", _W, tag="L", opener="bracket"),
        C("41 lao động", _W, part="L"),
        C("706 lao động", _W, tag="M", opener="bracket"),
        C("507 lao động", _W, part="M"),
        C("300 lao động", _W, tag="N", opener="bracket"),
        C("134 lao động", _W, part="N"),
        C("256 lao động", _W),
        C("196 lao động", _W, tag="O", opener="bracket"),
        C("106 lao động", _W, part="O"),
    ],
}

# qe19: a provincial paper (2011): 50 schools "trong đó" 13 meeting the standard (less); class groups; a sum
# raised; percentages and ages are no counts.
G["qe19"] = {
    "money": [M("17 triệu đồng", TRIEU)],
    "counts": [
        C("50 trường", "trường", tag="T", opener="trong đó"),
        C("826 nhóm", "nhóm"),
        C("13 trường", "trường", part="T"),
    ],
}

# qe20: a school's history page (2013): its founding decision written "134/QĐUB" (no dash; doubtful, either
# reading, with the date after the issuer); a provincial decision signed on a date written before it; a decree
# with a month "(04/2006)" (no date); staff counted; pupils by grade in "hs" and the school's total in "học
# sinh" (the noun as written differs, so nothing is linked); an address number and grades are labels.
G["qe20"] = {
    "counts": [
        C("4 phường", "phường"),
        C("18 cán bộ", "cán bộ"),
        C("34 cán bộ", "cán bộ"),
        C("04 giáo viên", "giáo viên"),
        C("347 hs", "hs"),
        C("214 hs", "hs"),
        C("197 hs", "hs"),
        C("758 học sinh", "học sinh"),
    ],
    "legal_refs": refs(("530/QĐ-UBND", "Quyết định", None), ("43/2006/NĐ-CP", "Nghị định", None)),
}
NODASH = "a symbol written without a separator between its type and its issuer"
doubt("qe20", "legal_refs", L("134/QĐUB", "134/QĐ-UB", "Quyết định", "2005-07-13"), NODASH + " (read with a dash)")
doubt("qe20", "legal_refs", L("134/QĐUB", "134/QĐUB", "Quyết định", "2005-07-13"), NODASH + " (read as written)")

# qe21: a provincial portal (2018): a decision signed on a date written before it; 23 communes (headline; body
# "Trong đó" new and renewed, the second in the next paragraph; adds up).
G["qe21"] = {
    "counts": [
        C("23 xã", "xã"),
        C("23 xã", "xã", tag="T", opener="trong đó"),
        C("10 xã", "xã", part="T"),
        C("13 xã", "xã", part="T"),
    ],
    "legal_refs": refs(("82/QĐ-UBND", "Quyết định", None)),
}

# qe22: a provincial council's portal (2019): a decision with its date; 08 communes (headline; body "Trong đó" by
# district, the last two named without a number: less); 104 communes in all.
G["qe22"] = {
    "counts": [
        C("08 xã", "xã"),
        C("08 xã", "xã", tag="T", opener="trong đó"),
        C("02 xã", "xã", part="T"),
        C("02 xã", "xã", part="T"),
        C("02 xã", "xã", part="T"),
        C("104 xã", "xã"),
    ],
    "legal_refs": refs(("365/QĐ-UBND", "Quyết định", "2019-03-12")),
}

# qe23: a provincial portal (2022): a decision signed on a date written before it; 3 communes (headline, body).
G["qe23"] = {
    "counts": [C("3 xã", "xã"), C("3 xã", "xã")],
    "legal_refs": refs(("1795/QĐ-UBND", "Quyết định", None)),
}

# qe24: a health paper's tag page (2019): near 30.000 beds (headline), 29.524 beds "trong đó" three levels (adds
# up; "4980" written without a group separator); "5 năm" a duration.
G["qe24"] = {
    "counts": [
        C("30.000 giường", "giường", q="approx"),
        C("29.524 giường", "giường", tag="T", opener="trong đó"),
        C("4980 giường", "giường", part="T"),
        C("11.279 giường", "giường", part="T"),
        C("13.265 giường", "giường", part="T"),
    ],
}

# qe25: a provincial television (2020): pupils and classes of grade 10 for 2020–2021 (a lead and a caption); the
# public and private split is given for 2019–2020, another school year, so nothing is linked; "lớp 10" a grade.
G["qe25"] = {
    "counts": [
        C("34.100 học sinh", "học sinh", q="over"),
        C("800 lớp", "lớp", q="over"),
        C("1.000 học sinh", "học sinh", q="over"),
        C("34.100 học sinh", "học sinh", q="over"),
        C("30.100 em", "em", q="over"),
        C("715 lớp", "lớp"),
        C("89 lớp", "lớp"),
        C("4.000 học sinh", "học sinh", q="approx"),
    ],
}

# qe26: a city paper (2025): scholarships; 120 triệu "Trong đó" two sources (adds up); the day's 277 triệu written
# after its three sums (adds up; the 120 triệu is a part of it and the total of its sources); "3 em" each ward.
G["qe26"] = {
    "money": [
        M("1 triệu đồng", TRIEU),
        M("120 triệu đồng", TRIEU, tag="A", opener="trong đó", part="B"),
        M("100 triệu đồng", TRIEU, part="A"),
        M("20 triệu đồng", TRIEU, part="A"),
        M("14 triệu đồng", TRIEU, part="B"),
        M("143 triệu đồng", TRIEU, part="B"),
        M("277 triệu đồng", TRIEU, tag="B", opener="total after its parts"),
    ],
    "counts": [
        C("120 suất", "suất"),
        C("40 phường", "phường"),
        C("3 em", "em"),
        C("3 học sinh", "học sinh"),
        C("41 suất", "suất"),
    ],
}

# qe27: a provincial paper's mobile page (undated): 700 scholarships and prizes "trong đó" prizes (another noun),
# 60 scholarships and 228 of 585 (less); prize sums, amounts each and rates a scholarship; bicycles.
G["qe27"] = {
    "money": [
        M("87 triệu đồng", TRIEU),
        M("3 triệu đồng", TRIEU),
        M("2 triệu đồng", TRIEU),
        R("1 triệu đồng/ suất", TRIEU, per="suất"),
        M("1 triệu đồng", TRIEU),
        R("400.000đ/suất", per="suất"),
        R("500.000 đồng/suất", per="suất"),
        R("600.000 đồng/suất", per="suất"),
        M("15 triệu đồng", TRIEU),
    ],
    "counts": [
        C("700 suất", "suất", tag="T", opener="trong đó"),
        C("53 phần thưởng", "phần thưởng"),
        C("60 suất", "suất", part="T"),
        C("60 học sinh", "học sinh"),
    ]
    + pair("228", "585 suất", "suất", {"part": "T"})
    + [C("7 xe đạp", "xe đạp")],
}

# qe28: a merger look-up site (2025): four documents, each with its date in a bracket right after the symbol (read
# as its issue date); a party resolution keeps its '/'.
G["qe28"] = {
    "legal_refs": refs(
        ("60-NQ/TW", "Nghị quyết", "2025-04-12"),
        ("1663/NQ-UBTVQH15", "Nghị quyết", "2025-06-16"),
        ("377/ĐA-CP", "Đề án", "2025-05-09"),
        ("27/NQ-HĐND", "Nghị quyết", "2025-04-28"),
    ),
}

# qe29: a property-law site (2025): 99 offices (title, lead, contents, last line); a plan with its date and a
# resolution without; 99 units "gồm 66 xã và 33 phường" (other nouns than the units), then "trong đó" 65 communes
# and 33 wards formed and 01 commune kept: parts of the 66 communes (adds up) and the 33 wards (adds up).
G["qe29"] = {
    "counts": [
        C("99 trụ sở", "trụ sở"),
        C("99 trụ sở", "trụ sở"),
        C("99 trụ sở", "trụ sở"),
        C("99 đơn vị", "đơn vị"),
        C("66 xã", "xã", tag="X", opener="trong đó"),
        C("33 phường", "phường", tag="P", opener="trong đó"),
        C("65 xã", "xã", part="X"),
        C("33 phường", "phường", part="P"),
        C("01 xã", "xã", part="X"),
        C("99 xã", "xã"),
        C("99 trụ sở", "trụ sở"),
    ],
    "legal_refs": refs(("397/ĐA-CP", "Đề án", "2025-05-09"), ("1658/NQ-UBTVQH15", "Nghị quyết", None)),
}

# qe30: a labour paper (undated), cut at "Trong đó" (its total is not in the excerpt): grassroots unions ("CĐCS")
# and members.
G["qe30"] = {
    "counts": [
        C("14 CĐCS", "cđcs"),
        C("681 đoàn viên", "đoàn viên"),
        C("7 CĐCS", "cđcs"),
        C("1 CĐCS", "cđcs"),
        C("13 CĐCS", "cđcs"),
        C("7 CĐCS", "cđcs"),
    ],
}

# qe31: a national paper (2018): 6.500 pupils (headline, body); tonnes and kilograms of rice are measures.
G["qe31"] = {"counts": [C("6.500 học sinh", "học sinh"), C("6.500 học sinh", "học sinh")]}

# qe32: a city paper (2026): a Prime Minister's decision without its date; a Politburo notice of conclusions with
# its date (a party symbol keeps its '/'); 100 and 248 schools, a pair 100/100; "30-8" dates; "2-3 năm" durations.
G["qe32"] = {
    "counts": [C("100 trường", "trường"), C("248 trường", "trường")] + pair("100", "100 trường", "trường"),
    "legal_refs": refs(("360/QĐ-TTg", "Quyết định", None), ("81-TB/TW", "Thông báo", "2025-07-18")),
}

# qe33: a provincial paper (2019): a decision signed on a date written before it ("Ngày 5-8"); "Quán Thẻ 2" a name;
# the date it takes effect is no issue date.
G["qe33"] = {"legal_refs": refs(("1234/QĐ-UBND", "Quyết định", None))}


def main(out=HERE):
    """Write gold.jsonl and doubtful.tsv into the folder `out` (this set's folder unless told)."""
    records = ann.records(HERE / "texts", "qe", G, IGN)
    ann.write(out, records, D)
    ann.summary(records, len(D))


if __name__ == "__main__":
    main()
