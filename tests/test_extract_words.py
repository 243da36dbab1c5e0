"""Amounts of money written in words (issue #18, kind 4) and ``restates``: an oracle written from
../shared/spec/facts.md. Each row is a sentence in the style of a provincial bulletin or a payment
document and the money facts in words it must give, in text order: (text, value, currency).
"""
import pytest
from factcheck import checked_facts

from extract.words import read_words

VND, USD = "VND", "USD"


def money_of(text):
    got = [f for f in checked_facts(text) if f["type"] == "money"]
    for f in got:
        assert "restates" in f, f
        if f["currency"] == VND:
            assert type(f["value"]) is int, f
    return got


def words_of(text):
    """The money facts without a digit: the amounts in words."""
    return [(f["text"], f["value"], f["currency"]) for f in money_of(text) if not any(c.isdigit() for c in f["text"])]


NUMERALS = [
    ("Mười một tỷ không trăm bảy mươi hai triệu", 11_072_000_000),
    ("chín triệu", 9_000_000),
    ("hai nghìn tỷ", 2_000_000_000_000),
    ("hai ngàn tỉ", 2_000_000_000_000),
    ("năm trăm nghìn", 500_000),
    ("một trăm linh năm triệu", 105_000_000),
    ("một trăm lẻ tư triệu", 104_000_000),
    ("hai mươi mốt nghìn", 21_000),
    ("hai mươi tư triệu", 24_000_000),
    ("bảy mười hai triệu", 72_000_000),  # "mười" for "mươi"
    ("mười lăm tỷ", 15_000_000_000),
    ("năm mươi nhăm triệu", 55_000_000),
    ("hai nghìn năm trăm", 2_500),
    ("năm nghìn linh năm", 5_005),
    ("ba tỷ hai trăm triệu lẻ năm nghìn", 3_200_005_000),
    ("một triệu tỷ", 10**15),
    ("hai chục triệu", 20_000_000),
    ("HAI TỶ BẢY TRĂM TRIỆU", 2_700_000_000),
    ("Mười một tỷ, không trăm bảy mươi hai triệu", 11_072_000_000),
    ("chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn", 999_999_000),
    # no numeral: a scale without its figure, a unit out of place, a shortened group of speech
    ("trăm tỷ", None),
    ("triệu", None),
    ("tư triệu", None),  # "đầu tư triệu ..."
    ("mốt triệu", None),
    ("mười mốt", None),
    ("lăm triệu", None),
    ("năm năm trăm", None),
    ("hai ba triệu", None),
    ("không trăm", None),
    ("hai nghìn năm", None),  # 2 500 in speech, 2 005 written out: no amount
    ("một triệu năm trăm", None),
    ("hai triệu ba tỷ", None),
]


@pytest.mark.parametrize("words,value", NUMERALS, ids=[f"numeral{i:02d}" for i in range(len(NUMERALS))])
def test_read_words(words, value):
    assert read_words(words) == value


WORDS = [
    ("Mỗi hộ được hỗ trợ chín triệu đồng để sửa chữa nhà ở.", [("chín triệu đồng", 9_000_000, VND)]),
    ("Tổng nguồn vốn của chương trình lên tới hai nghìn tỷ đồng.",
     [("hai nghìn tỷ đồng", 2_000_000_000_000, VND)]),
    ("Phần thưởng cho mỗi tập thể là năm trăm nghìn đồng chẵn.", [("năm trăm nghìn đồng", 500_000, VND)]),
    ("Ban tổ chức trao giải nhất trị giá mười lăm triệu đồng.", [("mười lăm triệu đồng", 15_000_000, VND)]),
    ("Nhà tài trợ ủng hộ Hai Tỷ Đồng cho quỹ vì người nghèo.", [("Hai Tỷ Đồng", 2_000_000_000, VND)]),
    ("HỖ TRỢ BA TRĂM TRIỆU ĐỒNG CHO HỘ NGHÈO", [("BA TRĂM TRIỆU ĐỒNG", 300_000_000, VND)]),
    ("Giá trị gói tài trợ là năm mươi triệu Việt Nam đồng.",
     [("năm mươi triệu Việt Nam đồng", 50_000_000, VND)]),
    ("Dự án nhận khoản viện trợ hai triệu đô la Mỹ và ba trăm nghìn USD.",
     [("hai triệu đô la Mỹ", 2_000_000, USD), ("ba trăm nghìn USD", 300_000, USD)]),
    # "tư" of "đầu tư" is no 4, "năm" after "mỗi" is the year, "một năm" one year
    ("Tỉnh đầu tư hai tỷ đồng cho trường học.", [("hai tỷ đồng", 2_000_000_000, VND)]),
    ("Mỗi năm hai trăm triệu đồng được dành cho khuyến công.",
     [("hai trăm triệu đồng", 200_000_000, VND)]),
    ("Sau một năm ba trăm triệu đồng đã được giải ngân.", [("ba trăm triệu đồng", 300_000_000, VND)]),
    ("Bán lẻ hai triệu đồng mỗi ngày.", [("hai triệu đồng", 2_000_000, VND)]),
    ("Người cao tuổi được trợ cấp mỗi tháng năm trăm nghìn đồng.", [("năm trăm nghìn đồng", 500_000, VND)]),
    ("Trong năm năm, huyện chi ba nghìn tỷ đồng cho giao thông.",
     [("ba nghìn tỷ đồng", 3_000_000_000_000, VND)]),
    ("Mức phí: hai triệu năm trăm nghìn đồng, bốn mươi tư triệu đồng, hai mươi nhăm nghìn đồng.",
     [("hai triệu năm trăm nghìn đồng", 2_500_000, VND), ("bốn mươi tư triệu đồng", 44_000_000, VND),
      ("hai mươi nhăm nghìn đồng", 25_000, VND)]),
    ("Ba tỷ, hai tỷ đồng là hai mức được bàn.", [("hai tỷ đồng", 2_000_000_000, VND)]),
    ("Tỉnh Đồng Nai được hỗ trợ hai tỷ đồng.", [("hai tỷ đồng", 2_000_000_000, VND)]),
    ("Mỗi hộ nhận hai triệu đồng bằng tiền mặt.", [("hai triệu đồng", 2_000_000, VND)]),
    ("Giá trị hợp đồng là hai tỷ không trăm năm mươi triệu đồng.",
     [("hai tỷ không trăm năm mươi triệu đồng", 2_050_000_000, VND)]),
]


@pytest.mark.parametrize("sentence,expected", WORDS, ids=[f"words{i:02d}" for i in range(len(WORDS))])
def test_amount_in_words(sentence, expected):
    assert words_of(sentence) == expected


NOT_WORDS = [
    "Nhiều dự án có mức đầu tư hàng trăm tỷ đồng.",
    "Doanh thu của làng nghề đạt vài trăm triệu đồng mỗi năm.",
    "Thiệt hại ước tính hàng nghìn tỷ đồng.",
    "Ba mươi đồng chí được tặng giấy khen.",
    "Hai mươi đồng bào dân tộc được hỗ trợ.",
    "Việt Nam có hai đồng bằng lớn.",
    "Một số hộ được vay tiền không lãi.",
    "Mỗi người nhặt được một đồng.",
    "Giá vé chỉ hai mươi đồng thời bao cấp.",
    "Năm năm qua, tỉnh đầu tư vào nông nghiệp.",
    "Sản phẩm đạt chuẩn năm sao, ba sao.",
    "Bạn đọc gửi hàng trăm ý kiến về dự thảo.",
    "Mười hai đồng chí được khen thưởng.",
    "Chi phí dao động vài chục triệu đồng.",
]


@pytest.mark.parametrize("sentence", NOT_WORDS, ids=[f"notwords{i:02d}" for i in range(len(NOT_WORDS))])
def test_not_amount_in_words(sentence):
    assert words_of(sentence) == []


def _by_text(facts):
    return {f["text"]: f for f in facts}


RESTATED = [
    # (sentence, figure in digits, figure in words)
    ("Số tiền: 11.072.000.000 đồng (Bằng chữ: Mười một tỷ không trăm bảy mươi hai triệu đồng).",
     "11.072.000.000 đồng", "Mười một tỷ không trăm bảy mươi hai triệu đồng"),
    ("Số tiền: 11.072.000.000 đồng.\nBằng chữ: Mười một tỷ, không trăm bảy mươi hai triệu đồng chẵn./.",
     "11.072.000.000 đồng", "Mười một tỷ, không trăm bảy mươi hai triệu đồng"),
    ("Tổng giá trị hợp đồng: 2.450.000.000 đồng (Viết bằng chữ: Hai tỷ bốn trăm năm mươi triệu đồng).",
     "2.450.000.000 đồng", "Hai tỷ bốn trăm năm mươi triệu đồng"),
    ("Mức hỗ trợ 500.000 đồng (năm trăm nghìn đồng) mỗi người.", "500.000 đồng", "năm trăm nghìn đồng"),
    ("Mức hỗ trợ năm trăm nghìn đồng chẵn (500.000 đồng) mỗi người.", "500.000 đồng", "năm trăm nghìn đồng"),
    # the words first, then the same figure after a sign or "tức là"
    ("Cách đọc: “Hai triệu năm trăm nghìn đồng” → 2 500 000₫.", "2 500 000₫", "Hai triệu năm trăm nghìn đồng"),
    ("Mức phạt ba triệu đồng, tức là 3.000.000 đồng.", "3.000.000 đồng", "ba triệu đồng"),
    # a slip between digits and words after "Bằng chữ" is still the same figure said again
    ("Số tiền: 1.250.000 đồng (Bằng chữ: Một triệu hai trăm nghìn đồng).",
     "1.250.000 đồng", "Một triệu hai trăm nghìn đồng"),
]


@pytest.mark.parametrize("sentence,digits,words", RESTATED, ids=[f"restated{i}" for i in range(len(RESTATED))])
def test_words_restate_the_figure_in_digits(sentence, digits, words):
    facts = _by_text(money_of(sentence))
    assert facts[words]["restates"] == facts[digits]["start"]
    assert facts[digits]["restates"] is None
    assert facts[words]["part_of"] is None and facts[words]["parts"] is None


NOT_RESTATED = [
    # a different amount beside it, without "Bằng chữ": two amounts
    "Hỗ trợ 500.000 đồng, sau đó thêm năm trăm nghìn đồng nữa.",
    "Xã nhận 300.000.000 đồng, huyện nhận hai tỷ đồng.",
    "Hỗ trợ 500.000 đồng (năm triệu đồng cho cả nhóm).",
    "Kinh phí 5.000 USD (năm nghìn đồng).",
    # words, then another figure after a dash: two amounts (the values differ)
    "Phạt hai triệu đồng - 3.000.000 đồng với tổ chức.",
]


@pytest.mark.parametrize("sentence", NOT_RESTATED, ids=[f"notrestated{i}" for i in range(len(NOT_RESTATED))])
def test_not_a_restatement(sentence):
    assert all(f["restates"] is None for f in money_of(sentence))


def test_restatement_is_no_part_of_a_breakdown():
    sentence = ("Tổng kinh phí 2.000.000.000 đồng (Bằng chữ: Hai tỷ đồng), gồm: ngân sách tỉnh 1.500.000.000 đồng, "
                "vốn đối ứng 500.000.000 đồng.")
    facts = _by_text(money_of(sentence))
    total = facts["2.000.000.000 đồng"]
    assert facts["Hai tỷ đồng"]["restates"] == total["start"]
    assert facts["Hai tỷ đồng"]["part_of"] is None
    assert facts["1.500.000.000 đồng"]["part_of"] == total["start"]
    assert facts["500.000.000 đồng"]["part_of"] == total["start"]
    assert total["parts"] == "adds up"


def test_every_money_and_count_fact_carries_restates():
    facts = checked_facts("Hỗ trợ 12 hộ nghèo, mỗi hộ 5 triệu đồng; tổng cộng sáu mươi triệu đồng.")
    assert {f["type"] for f in facts} >= {"money", "count"}
    for f in facts:
        if f["type"] in ("money", "count"):
            assert "restates" in f and f["restates"] is None, f


def test_long_runs_of_numeral_words_stay_cheap():
    # bounded look-back: a page of numeral words reads in linear time; only its last words can be an
    # amount ("chín mười triệu đồng", "mười" for "mươi": 90 000 000)
    text = ("một hai ba bốn năm sáu bảy tám chín mười " * 2000 + "triệu đồng. ") * 20
    got = words_of(text)
    assert len(got) == 20 and all(len(words.split()) <= 30 for words, _, _ in got)
