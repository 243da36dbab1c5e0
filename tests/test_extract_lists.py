"""Lists that write the multiplier and currency only at both ends (extract/lists.py): "Hà Giang 120 tỷ
đồng, Lào Cai 95, Yên Bái 40 và Sơn La 110 tỷ đồng" makes every item an amount in tỷ đồng."""
from __future__ import annotations

import pytest

from extract import extract_facts


def money(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["currency"]) for f in extract_facts(text) if f["type"] == "money"]


CASES = [
    pytest.param(
        "Vốn hỗ trợ phân bổ cho các huyện: Hà Quảng 45 tỷ đồng, Bảo Lạc 38, Nguyên Bình 27 và Hòa An 30 tỷ đồng.",
        [("45 tỷ đồng", 45_000_000_000, "VND"), ("38", 38_000_000_000, "VND"), ("27", 27_000_000_000, "VND"),
         ("30 tỷ đồng", 30_000_000_000, "VND")], id="comma list, và before the last"),
    pytest.param(
        "Vốn FDI đăng ký mới: Hàn Quốc 1,2 tỷ USD; Nhật Bản 850 triệu USD; Singapore 640; Đài Loan 315,5; "
        "Trung Quốc 410 triệu USD.",
        [("1,2 tỷ USD", 1_200_000_000, "USD"), ("850 triệu USD", 850_000_000, "USD"), ("640", 640_000_000, "USD"),
         ("315,5", 315_500_000, "USD"), ("410 triệu USD", 410_000_000, "USD")], id="semicolons, dollars"),
    pytest.param(
        "Kinh phí hỗ trợ: huyện Bát Xát 12 tỷ, huyện Sa Pa 8, huyện Bảo Thắng 6,5 và huyện Văn Bàn 10 tỷ đồng.",
        [("12 tỷ", 12_000_000_000, "VND"), ("8", 8_000_000_000, "VND"), ("6,5", 6_500_000_000, "VND"),
         ("10 tỷ đồng", 10_000_000_000, "VND")], id="the opening amount without its currency"),
    pytest.param(
        "Giá trị xuất khẩu: Quý I: 420 triệu USD, Quý II: 465, Quý III: 510 triệu USD.",
        [("420 triệu USD", 420_000_000, "USD"), ("465", 465_000_000, "USD"), ("510 triệu USD", 510_000_000, "USD")],
        id="name and figure joined by a colon"),
    # --- nothing to read ---------------------------------------------------------------------------------
    pytest.param("Doanh thu đạt 120 tỷ đồng, tăng 15, năm 2023 là 95 tỷ đồng.",
                 [("120 tỷ đồng", 120_000_000_000, "VND"), ("95 tỷ đồng", 95_000_000_000, "VND")],
                 id="a change is no item"),
    pytest.param("Hà Nội 120 triệu USD, Đà Nẵng 40, Cần Thơ 2023 và Huế 30 triệu USD.",
                 [("120 triệu USD", 120_000_000, "USD"), ("30 triệu USD", 30_000_000, "USD")],
                 id="a year in the list: nothing read"),
    pytest.param("Hà Nội 120 triệu USD, Đà Nẵng 40, Huế 30 tỷ đồng.",
                 [("120 triệu USD", 120_000_000, "USD"), ("30 tỷ đồng", 30_000_000_000, "VND")],
                 id="ends in another unit: nothing read"),
    pytest.param("Cao Bằng có 40 dự án, Bắc Kạn 25 và Hà Giang 30 tỷ đồng.",
                 [("30 tỷ đồng", 30_000_000_000, "VND")], id="not opened by an amount: nothing read"),
    pytest.param("Năm nay thu 120 tỷ đồng, với 95 dự án, 40 hộ và 30 tỷ đồng hỗ trợ.",
                 [("120 tỷ đồng", 120_000_000_000, "VND"), ("30 tỷ đồng", 30_000_000_000, "VND")],
                 id="counted items are no list of amounts"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_list_items_share_the_unit_of_both_ends(text, expected):
    assert money(text) == expected
