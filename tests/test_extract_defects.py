"""The six defects of issue #10, each as a table of bulletin-style sentences (written for these
tests) and what the extractor must give. Each table has rows that failed before the fix; the
others (lists that share a currency, list numbers, periods) guard against fixing too much."""
from decimal import Decimal

import pytest
from factcheck import checked_facts

from extract import extract_facts
from extract.text import fold_tone_placement

SENTENCE_CELL = 400  # characters of a cell Datasette shows (db/metadata.py)

VND, USD, JPY = "VND", "USD", "JPY"


def money(text):
    return [(f["text"], f["value"], f["currency"]) for f in checked_facts(text) if f["type"] == "money"]


def counts(text):
    return [(f["value"], f["unit"]) for f in checked_facts(text) if f["type"] == "count"]


def percents(text):
    return [f["value"] for f in checked_facts(text) if f["type"] == "percent"]


# --- 1. A bare amount borrows no currency across a conversion; tỷ is never dollars without the word
CONVERSIONS = [
    ("Dự án có tổng vốn đầu tư 3.200 tỷ, tương đương 136 triệu USD, khởi công trong quý II.",
     [("3.200 tỷ", 3_200_000_000_000, VND), ("136 triệu USD", 136_000_000, USD)]),
    ("Công ty tăng vốn điều lệ lên 450 tỷ (khoảng 19 triệu USD) để mở rộng nhà máy.",
     [("450 tỷ", 450_000_000_000, VND), ("19 triệu USD", 19_000_000, USD)]),
    ("Kim ngạch nhập khẩu linh kiện đạt 1.150 tỷ, quy đổi 48,9 triệu USD.",
     [("1.150 tỷ", 1_150_000_000_000, VND), ("48,9 triệu USD", 48_900_000, USD)]),
    ("Giá trị hợp đồng 920 tỷ, tức 39 triệu USD theo tỷ giá bình quân.",
     [("920 tỷ", 920_000_000_000, VND), ("39 triệu USD", 39_000_000, USD)]),
    # an amount in tỷ listed with a dollar amount is not dollars without its own word
    ("Vốn của nhà đầu tư trong nước 2 tỷ, nhà đầu tư Hàn Quốc 15 triệu USD.",
     [("2 tỷ", 2_000_000_000, VND), ("15 triệu USD", 15_000_000, USD)]),
]
# Lists still share the currency written once.
LISTS = [
    ("Phân bổ cho Lạng Sơn 25 tỷ, Hà Giang 18 tỷ đồng từ nguồn dự phòng.",
     [("25 tỷ", 25_000_000_000, VND), ("18 tỷ đồng", 18_000_000_000, VND)]),
    ("Nhà tài trợ Nhật Bản cam kết 40 tỷ, năm sau thêm 12 tỷ Yên.",
     [("40 tỷ", 40_000_000_000, JPY), ("12 tỷ Yên", 12_000_000_000, JPY)]),
    ("Vốn ODA cho dự án A 3,5 triệu, dự án B 4 triệu USD.",
     [("3,5 triệu", 3_500_000, USD), ("4 triệu USD", 4_000_000, USD)]),
]


@pytest.mark.parametrize("sentence,expected", CONVERSIONS + LISTS,
                         ids=[f"currency{i}" for i in range(len(CONVERSIONS + LISTS))])
def test_bare_amount_takes_a_currency_only_from_its_list(sentence, expected):
    assert money(sentence) == expected


# --- 2. A table's unit holds for its table only --------------------------------------------------
TABLE_ENDS = [
    # the next unit line, whatever its unit, ends it
    ("Đơn vị tính: triệu đồng\nChi đầu tư phát triển\n2.450\nChi thường xuyên\n1.375\n\n"
     "Đơn vị tính: ha\nDiện tích lúa\n1.820\nDiện tích ngô\n640\n",
     [(2_450_000_000, VND), (1_375_000_000, VND)]),
    # a label of prose after a blank line ends it
    ("ĐVT: triệu đồng\nKinh phí khuyến công\n1.250\n\nSố lao động được đào tạo nghề:\n1.250\n",
     [(1_250_000_000, VND)]),
    # a sentence ends it
    ("Đơn vị tính: tỷ đồng\nThu nội địa\n4.215\n\nNăm nay tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính.\n"
     "Tổng số học sinh\n3.560\n",
     [(4_215_000_000_000, VND)]),
    # but a row head ending in ":" is part of the table
    ("Đơn vị tính: triệu đồng\nTổng chi ngân sách\n5.600\nTrong đó:\nChi đầu tư\n3.100\n",
     [(5_600_000_000, VND), (3_100_000_000, VND)]),
    # a "|" table ends at its last row
    ("Đơn vị tính: triệu đồng\n| STT | Nội dung | Dự toán |\n| 1 | Sự nghiệp kinh tế | 12.500 |\n"
     "Danh sách xã đạt chuẩn\n| 1 | Xã Tân Lập | 2.300 |\n",
     [(12_500_000_000, VND)]),
]


@pytest.mark.parametrize("text,expected", TABLE_ENDS, ids=[f"tableend{i}" for i in range(len(TABLE_ENDS))])
def test_table_unit_ends_with_its_table(text, expected):
    assert [(v, c) for _, v, c in money(text)] == expected


# --- 3. The tone-placement fold only where the two spellings are variants --------------------------
FOLDS = [
    ("hoá", "hóa"), ("thuý", "thúy"), ("thuỷ", "thủy"), ("xoè", "xòe"), ("HOÁ", "HÓA"),
    # a final consonant, or "qu": one spelling only, left as written
    ("hoạch", "hoạch"), ("đoàn", "đoàn"), ("quý", "quý"), ("quỳ", "quỳ"), ("khuyến", "khuyến"),
    ("hoàn", "hoàn"), ("thuyền", "thuyền"),
]


@pytest.mark.parametrize("word,folded", FOLDS, ids=[w for w, _ in FOLDS])
def test_tone_placement_fold(word, folded):
    assert fold_tone_placement(word) == folded


FOLDED_COUNTS = [
    ("Trong 3 quý đầu năm, doanh nghiệp xuất khẩu tăng 15%.", []),
    ("Sau 2 quý, kế hoạch mới được điều chỉnh.", []),
    # units in one spelling, whichever the text uses
    ("Huyện khánh thành 4 nhà văn hoá và 3 nhà văn hóa thôn.", [(4, "nhà văn hóa"), (3, "nhà văn hóa")]),
    ("Đã bán 120 tấn hàng hoá, tương đương 35 lô hàng hoá.", [(35, "lô hàng")]),
]


@pytest.mark.parametrize("sentence,expected", FOLDED_COUNTS, ids=[f"fold{i}" for i in range(len(FOLDED_COUNTS))])
def test_counts_after_the_fold(sentence, expected):
    assert counts(sentence) == expected


# --- 4. Capitalised and all-caps counted nouns ----------------------------------------------------
CAPITALS = [
    ("Năm 2024, tỉnh thành lập mới 7 Hợp tác xã nông nghiệp.", [(7, "hợp tác xã")]),
    ("KẾ HOẠCH HỖ TRỢ 27 ĐỀ ÁN KHUYẾN CÔNG NĂM 2025", [(27, "đề án")]),
    ("Hội nghị có sự tham gia của 45 Doanh nghiệp trong và ngoài tỉnh.", [(45, "doanh nghiệp")]),
    ("TỈNH CÓ 12 CỤM CÔNG NGHIỆP ĐANG HOẠT ĐỘNG", [(12, "cụm công nghiệp")]),
    # still no count: a list number opening its line, a name in capitals before a number
    ("Danh mục:\n3 Nhà văn hóa thôn Trung\n4 Trường mầm non", []),
    ("Công ty TNHH 2 thành viên Thống Nhất.", []),
]


@pytest.mark.parametrize("sentence,expected", CAPITALS, ids=[f"caps{i}" for i in range(len(CAPITALS))])
def test_capitalised_counted_nouns(sentence, expected):
    assert counts(sentence) == expected


# --- 5. "6-7%" is two percentages ------------------------------------------------------------------
PERCENT_RANGES = [
    ("Lãi suất cho vay ưu đãi 6-7%/năm.", [Decimal(6), Decimal(7)]),
    ("Tốc độ tăng trưởng dự kiến từ 8,5 đến 9% mỗi năm.", [Decimal("8.5"), Decimal(9)]),
    ("Tỷ lệ hộ nghèo giảm 1,5 – 2% mỗi năm.", [Decimal("1.5"), Decimal(2)]),
    ("Giai đoạn 2021-2025 tăng 12%.", [Decimal(12)]),  # a period before, not a range of percentages
]


@pytest.mark.parametrize("sentence,expected", PERCENT_RANGES, ids=[f"pctrange{i}" for i in range(len(PERCENT_RANGES))])
def test_percent_range_gives_both_ends(sentence, expected):
    assert percents(sentence) == expected


# --- 6. Sentences ----------------------------------------------------------------------------------
PARAGRAPHS = [
    # a fact's sentence ends at the break before a list item
    ("Kết quả năm 2024 như sau:\n- Hỗ trợ 14 đề án khuyến công\n- Tổng kinh phí 3,2 tỷ đồng",
     {"14 đề án": "- Hỗ trợ 14 đề án khuyến công", "3,2 tỷ đồng": "- Tổng kinh phí 3,2 tỷ đồng"}),
    # and at a break between paragraphs without a full stop
    ("Tỉnh có 9 cụm công nghiệp\n\nNăm 2025 dự kiến thu hút thêm 20 dự án",
     {"9 cụm công nghiệp": "Tỉnh có 9 cụm công nghiệp", "20 dự án": "Năm 2025 dự kiến thu hút thêm 20 dự án"}),
    # but not at a wrapped line inside a sentence
    ("Tổng kinh phí thực hiện là 11,5\ntỷ đồng từ ngân sách tỉnh.",
     {"11,5\ntỷ đồng": "Tổng kinh phí thực hiện là 11,5\ntỷ đồng từ ngân sách tỉnh."}),
]


@pytest.mark.parametrize("text,sentences", PARAGRAPHS, ids=[f"para{i}" for i in range(len(PARAGRAPHS))])
def test_sentence_ends_at_paragraph_and_list_breaks(text, sentences):
    facts = {f["text"]: f["sentence"] for f in checked_facts(text) if f["type"] in ("money", "count")}
    assert facts == sentences


def _long_text():
    # A page without punctuation (a table flattened to one line): the sentence is a window.
    words = "kinh phí hỗ trợ cơ sở công nghiệp nông thôn thuộc các huyện miền núi phía tây".split()
    filler = " ".join(words[i % len(words)] for i in range(240))
    return f"{filler} tổng cộng 11,072 tỷ đồng {filler} và 66 đề án {filler}"


def test_long_sentence_is_a_window_at_word_boundaries():
    text = _long_text()
    facts = [f for f in extract_facts(text) if f["type"] in ("money", "count")]
    assert [f["text"] for f in facts] == ["11,072 tỷ đồng", "66 đề án"]
    for fact in facts:
        sentence = fact["sentence"]
        assert fact["text"] in sentence
        assert len(sentence) <= 400
        at = text.index(sentence)
        assert at == 0 or text[at - 1] == " ", "the sentence starts inside a word"
        after = at + len(sentence)
        assert after == len(text) or text[after] == " ", "the sentence ends inside a word"


def test_database_stores_a_sentence_that_holds_the_fact():
    from db.write import fact_rows

    # Datasette shows SENTENCE_CELL characters of a cell: the stored sentence fits and holds the figure.
    filler = "các cơ sở công nghiệp nông thôn được hỗ trợ đổi mới thiết bị và quảng bá sản phẩm, " * 8
    sentence = f"{filler}với tổng kinh phí 11,072 tỷ đồng, {filler}".strip()
    assert len(sentence) > 2 * SENTENCE_CELL
    fact = {"type": "money", "text": "11,072 tỷ đồng", "start": 0, "end": 14, "sentence": sentence,
            "value": 11_072_000_000, "currency": "VND", "qualifier": None}
    row = fact_rows(1, [fact], "test")["money"][0]
    stored = next(value for value in row if isinstance(value, str) and "tổng kinh phí" in value)  # the sentence column
    assert "11,072 tỷ đồng" in stored and len(stored) <= SENTENCE_CELL
    assert sentence.startswith(stored) or sentence[sentence.index(stored) - 1] == " "


@pytest.mark.parametrize("sentence,text", [
    ("Ngắn gọn: 5 tỷ đồng.", "5 tỷ đồng"),  # short: kept whole
    ("a " * 300 + "hỗ trợ 7 đề án", "7 đề án"),  # the fact at the very end
    ("7 đề án " + "b " * 300, "7 đề án"),  # at the very start
], ids=["short", "end", "start"])
def test_stored_sentence_window(sentence, text):
    from db.write import stored_sentence

    stored = stored_sentence(sentence, text)
    assert text in stored and len(stored) <= SENTENCE_CELL
    assert stored == sentence or len(sentence) > SENTENCE_CELL
