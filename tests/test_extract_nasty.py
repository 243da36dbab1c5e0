"""Awkward input: decomposed Unicode, odd spaces, glued units, line breaks, invisible characters.

Offsets always point into the NFC form of the input: nfc(input)[start:end] == text.
"""
import unicodedata

import pytest
from factcheck import nfc

from extract import extract_facts


def nfd(s):
    return unicodedata.normalize("NFD", s)


def checked(text):
    facts = extract_facts(text)
    norm = nfc(text)
    for f in facts:
        assert 0 <= f["start"] < f["end"] <= len(norm), f
        assert norm[f["start"]:f["end"]] == f["text"], f
    assert [f["start"] for f in facts] == sorted(f["start"] for f in facts)
    return facts


def money(text):
    return [(f["text"], f["value"], f["currency"]) for f in checked(text) if f["type"] == "money"]


def money_values(text):
    return [(f["value"], f["currency"]) for f in checked(text) if f["type"] == "money"]


def counts(text):
    return [(f["value"], f["unit"]) for f in checked(text) if f["type"] == "count"]


def codes(text):
    return [f["code"] for f in checked(text) if f["type"] == "legal_ref"]


def test_nfd_money_offsets_point_into_nfc():
    s = nfd("Năm 2019, tổng kinh phí khuyến công đạt 11,072 tỷ đồng.")
    assert s != nfc(s)
    assert money(s) == [("11,072 tỷ đồng", 11_072_000_000, "VND")]


def test_nfd_legal_ref():
    s = nfd("Thực hiện Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ về khuyến công.")
    refs = [f for f in checked(s) if f["type"] == "legal_ref"]
    assert [(f["code"], f["doc_type"], f["issued"], f["issuer"]) for f in refs] == [
        ("1288/QĐ-TTg", "Quyết định", "2014-08-01", "Thủ tướng Chính phủ")]
    assert refs[0]["text"] == nfc(refs[0]["text"])


def test_nfd_count_unit_is_nfc():
    s = nfd("Tỉnh đã thực hiện 66 đề án và hỗ trợ 24 cơ sở.")
    assert counts(s) == [(66, "đề án"), (24, "cơ sở")]


def test_nfd_mixed_with_nfc():
    s = "Kinh phí hỗ trợ " + nfd("là 3,5 tỷ đồng") + " và 200 triệu đồng."
    assert money_values(s) == [(3_500_000_000, "VND"), (200_000_000, "VND")]


def test_nbsp_between_number_and_multiplier():
    assert money("Tổng kinh phí là 11,072\u00a0tỷ đồng.") == [("11,072\u00a0tỷ đồng", 11_072_000_000, "VND")]


def test_nbsp_everywhere_in_amount():
    assert money_values("Tổng kinh phí là 2\u00a0tỷ\u00a0đồng.") == [(2_000_000_000, "VND")]


def test_nbsp_between_number_and_count_noun():
    assert counts("Toàn tỉnh có 66\u00a0đề án được phê duyệt.") == [(66, "đề án")]


def test_nbsp_inside_legal_ref():
    assert codes("Căn cứ Quyết định\u00a0số\u00a01288/QĐ-TTg của Thủ tướng Chính phủ;") == ["1288/QĐ-TTg"]


def test_ti_and_ty_spellings():
    assert money_values("Huyện A được cấp 3 tỉ đồng, huyện B được cấp 3 tỷ đồng.") == [
        (3_000_000_000, "VND"), (3_000_000_000, "VND")]


def test_number_glued_to_multiplier():
    assert money_values("Dự án có tổng mức đầu tư 1.500tỷ đồng.") == [(1_500_000_000_000, "VND")]


def test_number_glued_to_dong():
    assert money_values("Mỗi suất quà trị giá 50.000đồng.") == [(50_000, "VND")]


def test_glued_measurement_is_neither_money_nor_count():
    facts = checked("Cánh đồng mẫu lớn rộng 200ha đã được đưa vào sản xuất.")
    assert [f for f in facts if f["type"] in ("money", "count")] == []


def test_line_break_inside_amount():
    assert money("Tổng kinh phí là 11,072\ntỷ đồng.") == [("11,072\ntỷ đồng", 11_072_000_000, "VND")]


def test_crlf_line_endings_keep_offsets():
    s = "BÁO CÁO\r\nKết quả năm 2023\r\nTổng kinh phí 3 tỷ đồng, hỗ trợ 12 đề án.\r\n"
    assert money_values(s) == [(3_000_000_000, "VND")]
    assert counts(s) == [(12, "đề án")]


def test_zero_width_space_before_number():
    assert money_values("Tổng kinh phí \u200b5 tỷ đồng.") == [(5_000_000_000, "VND")]


def test_byte_order_mark_at_start():
    assert codes("\ufeffQuyết định số 12/QĐ-UBND ngày 05/01/2021 về việc giao dự toán.") == ["12/QĐ-UBND"]


def test_upper_case_title_amount():
    assert money_values("TỈNH HỖ TRỢ 25 TỶ ĐỒNG CHO CÁC LÀNG NGHỀ") == [(25_000_000_000, "VND")]


def test_runs_of_spaces_inside_amount():
    assert money_values("Tổng kinh phí là 11,072  tỷ   đồng.") == [(11_072_000_000, "VND")]


def test_tab_before_amount():
    assert money_values("Kinh phí:\t3.500.000 đồng") == [(3_500_000, "VND")]


def test_amount_at_start_and_end_without_punctuation():
    assert money_values("1.500 tỷ đồng là tổng vốn còn lại của dự án 200 tỷ đồng") == [
        (1_500_000_000_000, "VND"), (200_000_000_000, "VND")]


def test_very_large_amount_stays_exact():
    assert money_values("Tổng tài sản đạt 999.999.999.999 đồng.") == [(999_999_999_999, "VND")]


def test_list_of_years_is_nothing():
    facts = checked("Các năm 2019, 2020 và 2021 đều hoàn thành kế hoạch.")
    assert [f for f in facts if f["type"] in ("money", "count", "legal_ref")] == []


def test_page_counter_is_not_money_or_count():
    facts = checked("Lượt truy cập: 33,851,828")
    assert [f for f in facts if f["type"] in ("money", "count")] == []


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0", "\ufeff", "...", "số", "Quyết định số"])
def test_empty_or_trivial_input(text):
    assert [f for f in checked(text) if f["type"] in ("money", "count", "legal_ref")] == []


def test_text_cut_off_mid_number_does_not_crash():
    checked("Tổng kinh phí là 11,0")
    checked("Quyết định số 1288/QĐ-")
    checked("Thực hiện 66 đề")


def test_many_facts_in_one_long_line_keep_offsets():
    part = "hỗ trợ 5 triệu đồng cho 3 hộ theo Quyết định số 12/QĐ-UBND ngày 01/02/2020 "
    s = part * 300
    facts = checked(s)
    assert sum(f["type"] == "money" for f in facts) == 300
    assert sum(f["type"] == "legal_ref" for f in facts) == 300
    assert sum(f["type"] == "count" for f in facts) == 300


def test_same_text_twice_gives_same_facts():
    s = "Năm 2019 có 12 đề án, kinh phí 1,2 tỷ đồng theo Quyết định số 45/QĐ-UBND."
    assert extract_facts(s) == extract_facts(s)


def test_input_is_not_modified_and_results_are_fresh():
    s = "Kinh phí 2 tỷ đồng."
    a = extract_facts(s)
    for f in a:
        f["value"] = -1
    b = extract_facts(s)
    assert [f["value"] for f in b if f["type"] == "money"] == [2_000_000_000]


@pytest.mark.parametrize("text", [
    "Đ/c Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, phát biểu chỉ đạo hội nghị.",
    "Thành phần tham dự:\nĐ/c Trần Thị Bình, Giám đốc Sở Công Thương;\nĐ/c Lê Văn Cường, Giám đốc Sở Tài chính.",
    "Đ) Hỗ trợ kinh phí xây dựng mô hình trình diễn.",
    "(Đ)",
])
def test_capital_d_at_line_start_does_not_crash(text):
    # "Đ/c" (đồng chí) opens lines of attendance lists; a capital Đ is not a table's currency header.
    assert [f for f in checked(text) if f["type"] in ("money", "count")] == []
