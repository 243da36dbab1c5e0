"""Per-unit rates (../shared/spec/facts.md, "Rates"): ``per`` on money facts.

Each row: a sentence and the (money text, per) of each of its money facts, in text order.
"""
import pytest
from factcheck import checked_facts

from extract.rates import mark_rates

RATES = [
    ("Học viên được hỗ trợ 3 triệu đồng/người/tháng trong thời gian học nghề.", [("3 triệu đồng", "người/tháng")]),
    ("Giá nước sạch sinh hoạt là 5.600 đồng/m3 từ tháng 7.", [("5.600 đồng", "m3")]),
    # an amount said again in words, in a bracket before the slash: both are the rate
    ("Mức chi: 1.000.000 đồng (Một triệu đồng)/khẩu.", [("1.000.000 đồng", "khẩu"), ("Một triệu đồng", "khẩu")]),
    ("Tổng kinh phí là 60 triệu đồng (Sáu mươi triệu đồng).", [("60 triệu đồng", None), ("Sáu mươi triệu đồng", None)]),
    ("Mỗi đại biểu được bồi dưỡng 200.000 đồng mỗi người.", [("200.000 đồng", "người")]),
    ("Người cao tuổi nhận trợ cấp 500 nghìn đồng một tháng.", [("500 nghìn đồng", "tháng")]),
    ("Mức hỗ trợ từ 10 đến 20 triệu đồng/cơ sở.", [("10", "cơ sở"), ("20 triệu đồng", "cơ sở")]),
    ("Giá lợn hơi tăng từ 3.000 - trên 4.000 đ/kg.", [("3.000", "kg"), ("4.000 đ", "kg")]),
    ("Giá lợn hơi dao động 48.000 và 47.000 đồng/kg.", [("48.000", "kg"), ("47.000 đồng", "kg")]),
    ("Mỗi hộ gia đình được hỗ trợ 50 triệu đồng/hộ gia đình để làm nhà.", [("50 triệu đồng", "hộ gia đình")]),
    ("Giá đất ở mặt đường được định giá 30 triệu/m2.", [("30 triệu", "m2")]),
    ("Doanh thu bình quân đạt 2 tỷ đồng/ năm.", [("2 tỷ đồng", "năm")]),
    # "mỗi" a few words before the amount: so much for each ("một lần", once, is still no unit)
    ("Mỗi hộ nhận hỗ trợ 5 triệu đồng một lần khi thoát nghèo.", [("5 triệu đồng", "hộ")]),
    ("Tỉnh hỗ trợ 5 tỉnh bị lũ, mỗi tỉnh 2 tỷ đồng, tổng cộng 10 tỷ đồng.",
     [("2 tỷ đồng", "tỉnh"), ("10 tỷ đồng", None)]),
    # an average for one of a noun, a few words back in its clause: an amount per that noun
    ("Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 11,4 tỷ đồng, giảm 3,2%.",
     [("11,4 tỷ đồng", "doanh nghiệp")]),
    ("Thu nhập trung bình mỗi hộ đạt 60 triệu đồng.", [("60 triệu đồng", "hộ")]),
    # no rates
    ("Tổng vốn bình quân đạt 5 tỷ đồng, bình quân một dự án có 20 lao động, tổng vốn 9 tỷ đồng.",
     [("5 tỷ đồng", None), ("9 tỷ đồng", None)]),
    ("Giá vàng miếng ở mức 2.090/2.060 tỷ đồng.", [("2.090", None), ("2.060 tỷ đồng", None)]),
    ("Huyện hỗ trợ 2 tỷ đồng cho 10 hộ nghèo.", [("2 tỷ đồng", None)]),
    ("Bình quân 11,072 tỷ đồng/66 đề án.", [("11,072 tỷ đồng", None)]),
    ("Dự án dành 4 tỷ đồng một phần cho đào tạo.", [("4 tỷ đồng", None)]),
    # "mỗi" in another clause says nothing of the amount
    ("Mỗi năm tỉnh tổ chức hội chợ, năm nay doanh thu đạt 4 tỷ đồng.", [("4 tỷ đồng", None)]),
]


@pytest.mark.parametrize("text, expected", RATES, ids=[row[0][:50] for row in RATES])
def test_per(text, expected):
    money = [f for f in checked_facts(text) if f["type"] == "money"]
    assert [(f["text"], f["per"]) for f in money] == expected


def test_counts_carry_no_rate():
    counts = [f for f in checked_facts("Hỗ trợ 12 hộ, mỗi hộ 5 triệu đồng/tháng.") if f["type"] == "count"]
    assert counts and all(f["per"] is None for f in counts)


def test_a_rate_set_before_is_kept():
    """Table figures get their ``per`` from the table's head ("Đơn giá (đồng/m3)"): kept as it is."""
    text = "Đơn giá 5.600 đồng/kg"
    facts = [{"type": "money", "text": "5.600 đồng", "start": 8, "end": 18, "currency": "VND", "per": "m3"}]
    mark_rates(text, facts)
    assert facts[0]["per"] == "m3"


def test_a_rate_is_neither_total_nor_part():
    facts = checked_facts("Tổng hỗ trợ 90 triệu đồng, gồm 30 triệu đồng/người và 60 triệu đồng cho tập thể.")
    rate = next(f for f in facts if f["text"] == "30 triệu đồng")
    assert rate["per"] == "người" and rate["part_of"] is None
    total = next(f for f in facts if f["text"] == "90 triệu đồng")
    assert (total["parts"], total["parts_sum"]) == ("less", 60_000_000)
