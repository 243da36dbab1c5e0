"""Kinds of real text of issue #10: price and rate tables, symbols with stray spaces, large counts,
currencies named in words, bare amounts that their clause makes money. Examples written for these
tests in the style of provincial bulletins."""
import pytest
from factcheck import checked_facts

VND, USD = "VND", "USD"


def money(text):
    return [(f["text"], f["value"], f["currency"], f.get("per")) for f in checked_facts(text) if f["type"] == "money"]


def counts(text):
    return [(f["text"], f["value"], f["unit"]) for f in checked_facts(text) if f["type"] == "count"]


def codes(text):
    return [(f["code"], f["number"], f["year"]) for f in checked_facts(text) if f["type"] == "legal_ref"]


# --- price and rate tables: every figure money in the head's unit, with its per --------------------
PRICE_TABLES = [
    ("Bảng giá nước sạch sinh hoạt\nĐơn giá (đồng/m3)\n"
     "| Đối tượng | Năm 2024 | Năm 2025 |\n| Hộ dân cư | 8.500 | 9.200 |\n| Cơ quan hành chính | 12.000 | 13.500 |\n",
     [("8.500", 8_500, VND, "m3"), ("9.200", 9_200, VND, "m3"), ("12.000", 12_000, VND, "m3"),
      ("13.500", 13_500, VND, "m3")]),
    ("Giá thu mua bình quân\n(nghìn đồng/kg)\nMặt hàng\t2023\t2024\nCà phê nhân\t48\t95\nHồ tiêu\t72,5\t140\n",
     [("48", 48_000, VND, "kg"), ("95", 95_000, VND, "kg"), ("72,5", 72_500, VND, "kg"), ("140", 140_000, VND, "kg")]),
    ("Mức thu phí vệ sinh\n| STT | Đối tượng | Mức thu (đồng/hộ/tháng) |\n| 1 | Hộ gia đình nội thị | 25.000 |\n"
     "| 2 | Hộ gia đình ngoại thị | 15.000 |\n",
     [("25.000", 25_000, VND, "hộ/tháng"), ("15.000", 15_000, VND, "hộ/tháng")]),
    # a unit table without a rate has no per
    ("Đơn vị tính: triệu đồng\nChi sự nghiệp giáo dục\n3.450\n",
     [("3.450", 3_450_000_000, VND, None)]),
    # ... but a figure under a unit line with no row label is a page number, not an amount
    ("Nguồn: Niên giám thống kê\nĐVT: Triệu đồng\n- Unit: Mill. dongs\n128\n", []),
]


@pytest.mark.parametrize("text,expected", PRICE_TABLES, ids=[f"price{i}" for i in range(len(PRICE_TABLES))])
def test_price_and_rate_tables(text, expected):
    assert money(text) == expected


# --- symbols with stray spaces or slashes ---------------------------------------------------------
SYMBOLS = [
    ("Số:  27 /2019/QĐ-UBND", [("27/2019/QĐ-UBND", "27", 2019)]),
    ("Số: 05/ 2020/NQ-HĐND", [("05/2020/NQ-HĐND", "5", 2020)]),
    ("Căn cứ Thông tư liên tịch số 183/2010/TTLT/BTC-BNN ngày 15/11/2010.", [("183/2010/TTLT-BTC-BNN", "183", 2010)]),
    ("theo Thông tư liên tịch số 37 / 2015 / TTLT / BYT - BNV", [("37/2015/TTLT-BYT-BNV", "37", 2015)]),
    # a slash between two issuers of an ordinary symbol stays
    ("Công văn số 812/LĐTBXH/VPQ về việc báo cáo.", [("812/LĐTBXH/VPQ", "812", None)]),
]


@pytest.mark.parametrize("text,expected", SYMBOLS, ids=[f"symbol{i}" for i in range(len(SYMBOLS))])
def test_symbols_with_stray_spaces_and_slashes(text, expected):
    assert codes(text) == expected


# --- large counts and counts in tables ------------------------------------------------------------
LARGE_COUNTS = [
    ("Năm 2024, tỉnh đón 9.350.000 lượt khách du lịch.", [("9.350.000 lượt", 9_350_000, "lượt")]),
    ("Lễ hội thu hút khoảng 412 ngàn lượt người tham dự.", [("412 ngàn lượt", 412_000, "lượt")]),
    ("Hội Nông dân tỉnh hiện có 1,2 triệu hội viên.", [("1,2 triệu hội viên", 1_200_000, "hội viên")]),
    ("| Chỉ tiêu | 2023 | 2024 |\n| Số doanh nghiệp | 1.250 | 1.380 |\n| Lao động (người) | 42.500 | 45.100 |\n"
     "| Diện tích (ha) | 320 | 340 |\n",
     [("1.250", 1_250, "doanh nghiệp"), ("1.380", 1_380, "doanh nghiệp"),
      ("42.500", 42_500, "lao động"), ("45.100", 45_100, "lao động")]),
    # a head that only names a thing says nothing of the figures beside it
    ("| STT | Nội dung | Số đề án |\n| 1 | Mô hình trình diễn kỹ thuật | 4 |\n", []),
]


@pytest.mark.parametrize("text,expected", LARGE_COUNTS, ids=[f"large{i}" for i in range(len(LARGE_COUNTS))])
def test_large_counts_and_table_counts(text, expected):
    assert counts(text) == expected


# --- currencies named in words, ISO 4217 ----------------------------------------------------------
CURRENCIES = [
    ("Nhật Bản cho vay 50 tỷ Yên để xây cầu.", [("50 tỷ Yên", 50_000_000_000, "JPY", None)]),
    # written without its tone mark, as in many ODA reports ("yen" is no Vietnamese word)
    ("Khoản vay thứ hai trị giá 12,5 tỷ yen được ký năm 2019.", [("12,5 tỷ yen", 12_500_000_000, "JPY", None)]),
    ("Hiệp định vay 7 tỷ Yen Nhật cho dự án cấp nước.", [("7 tỷ Yen Nhật", 7_000_000_000, "JPY", None)]),
    ("Kim ngạch đạt 120 triệu đô la Mỹ.", [("120 triệu đô la Mỹ", 120_000_000, USD, None)]),
    ("Dự án vay 35 triệu Euro từ ngân hàng châu Âu.", [("35 triệu Euro", 35_000_000, "EUR", None)]),
    ("Trung Quốc đầu tư 2,4 tỷ Nhân dân tệ.", [("2,4 tỷ Nhân dân tệ", 2_400_000_000, "CNY", None)]),
    ("Quỹ của Anh tài trợ 3 triệu bảng Anh.", [("3 triệu bảng Anh", 3_000_000, "GBP", None)]),
    ("Nhà đầu tư Hàn Quốc rót 800 tỷ Won.", [("800 tỷ Won", 800_000_000_000, "KRW", None)]),
    ("Vốn đăng ký 6,5 triệu đô la Singapore.", [("6,5 triệu đô la Singapore", 6_500_000, "SGD", None)]),
    ("Hợp đồng trị giá 12 triệu Đô la Úc.", [("12 triệu Đô la Úc", 12_000_000, "AUD", None)]),
    ("Viện trợ 4 tỷ kíp cho tỉnh bạn.", [("4 tỷ kíp", 4_000_000_000, "LAK", None)]),
    # the đồng sign, as price pages write it
    ("Giá vé tham quan là 150.000₫ một người.", [("150.000₫", 150_000, VND, "người")]),
    ("Học phí khóa sơ cấp 1.200.000 ₫.", [("1.200.000 ₫", 1_200_000, VND, None)]),
    # thousands grouped by spaces, as some price pages write them
    ("Học phí khóa nâng cao 2 400 000₫ cho cả khóa.", [("2 400 000₫", 2_400_000, VND, None)]),
    ("Mức hỗ trợ tối đa 35 000 đồng.", [("35 000 đồng", 35_000, VND, None)]),
    ("Kinh phí năm 2024 500 000 đồng.", [("500 000 đồng", 500_000, VND, None)]),
    # place names and words that are no currency
    ("Tỉnh hỗ trợ 30 tỷ đồng cho Yên Bái và người dân yên tâm sản xuất.", [("30 tỷ đồng", 30_000_000_000, VND, None)]),
]


@pytest.mark.parametrize("text,expected", CURRENCIES, ids=[f"currency{i}" for i in range(len(CURRENCIES))])
def test_currencies_named_in_words(text, expected):
    assert money(text) == expected


# --- bare amounts that their clause makes money ---------------------------------------------------
BARE_IN_MONEY_CLAUSES = [
    ("Mỗi hộ nghèo được hỗ trợ 5 triệu để sửa nhà.", [("5 triệu", 5_000_000, VND)]),
    ("Đoàn đã tặng 300 nghìn tiền mặt cho mỗi cháu.", [("300 nghìn", 300_000, VND)]),
    ("Kinh phí hỗ trợ 120 hộ, mỗi hộ 2,5 triệu.", [("2,5 triệu", 2_500_000, VND)]),
    # people and objects are not money
    ("Chương trình hỗ trợ 300 nghìn người lao động.", []),
    ("Tỉnh tặng 2 triệu cây giống cho nông dân.", []),
    ("Lễ hội thu hút 1,5 triệu lượt khách.", []),
    ("Dân số toàn tỉnh đạt 1,9 triệu.", []),
]


@pytest.mark.parametrize("text,expected", BARE_IN_MONEY_CLAUSES,
                         ids=[f"bare{i}" for i in range(len(BARE_IN_MONEY_CLAUSES))])
def test_bare_amounts_made_money_by_their_clause(text, expected):
    assert [(t, v, c) for t, v, c, _ in money(text)] == expected


# --- the scan for unit headers finds what the header pattern finds, at every place a header can stand ----
HEADER_TEXTS = [
    "Đơn vị tính: triệu đồng\nXã A\t1.250",  # the text's first line
    "Bảng 1.\nĐVT: tỷ đồng\n| Năm | 2020 |",  # a later line
    "Giá bán lẻ (đồng/lít)\nXăng\t21.000",  # a line whose first bracket holds a rate's unit
    "Báo cáo\n  | (Tỷ đồng)\n| Vốn | 12 |",  # a line of pipes and a bracket
    "Triệu đồng - Millions of dong\n\t2020\t2021",  # a line that is the unit
    "Theo báo cáo, đơn giá (nghìn đồng/kg) là 20",  # mid-line words
    "Số liệu (unit: VND)\nX 1",
    "ĐƠN VỊ TÍNH: TỶ ĐỒNG\nĐơn vị tính: ha\nĐơn giá (đồng/m3)\n(nghìn đồng/kg)",  # one after another
    "các đơn vị: 5 tỷ đồng; Đơn vị: nghìn đồng\nDân số (người)",  # a unit that is no money's, and words
    "xĐVT: tỷ đồng\nuđơn vị: triệu đồng\nđ(đồng/m3)",  # a letter glued before the words
]


@pytest.mark.parametrize("text", HEADER_TEXTS, ids=[f"header{i}" for i in range(len(HEADER_TEXTS))])
def test_the_header_scan_finds_what_the_header_pattern_finds(text):
    from extract.tables import _HEADER, _headers

    def found(matches):
        return [(m.end(), m.group("currency"), m.group("mult") or m.group("price_mult") or m.group("line_mult")
                 or m.group("bracket_mult"), m.group("per")) for m in matches]

    expected = found(_HEADER.finditer(text))
    assert expected  # every example holds a header
    assert found(_headers(text)) == expected
