"""date, period and percent facts, and extract_article_facts (../shared/spec/facts.md, the brief)."""
from decimal import Decimal

import pytest
from factcheck import nfc

from extract import extract_article_facts, extract_facts


def of_type(text, kind):
    facts = extract_facts(text)
    norm = nfc(text)
    for f in facts:
        assert norm[f["start"]:f["end"]] == f["text"], f
    assert [f["start"] for f in facts] == sorted(f["start"] for f in facts)
    return [f for f in facts if f["type"] == kind]


DATES = [
    ("Hội nghị tổng kết được tổ chức ngày 01/8/2014 tại Hải Dương.", ["2014-08-01"]),
    ("Văn bản được ký ban hành ngày 21 tháng 5 năm 2012.", ["2012-05-21"]),
    ("Ngày 5/3/2021, đoàn công tác làm việc với huyện Kim Thành.", ["2021-03-05"]),
    ("Hạn nộp hồ sơ là ngày 30/12/2010.", ["2010-12-30"]),
    ("Hội chợ diễn ra từ ngày 10/4/2023 đến ngày 14/4/2023.", ["2023-04-10", "2023-04-14"]),
    ("Lễ công bố được tổ chức ngày 02 tháng 9 năm 2022.", ["2022-09-02"]),
    ("Ngày 15-9-2022, tỉnh tổ chức lễ ra mắt sản phẩm OCOP.", ["2022-09-15"]),
    ("Kỳ họp khai mạc ngày 7/12/2023 và bế mạc ngày 9/12/2023.", ["2023-12-07", "2023-12-09"]),
]


@pytest.mark.parametrize("sentence,expected", DATES, ids=[f"date{i}" for i in range(len(DATES))])
def test_date(sentence, expected):
    assert [f["value"] for f in of_type(sentence, "date")] == expected


PERIODS = [
    ("Hoạt động khuyến công giai đoạn 2014-2018 đạt nhiều kết quả.", [(2014, 2018)]),
    ("Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 đã được thông qua.", [(2021, 2025)]),
    ("Chương trình OCOP giai đoạn 2021–2025 tập trung vào chất lượng.", [(2021, 2025)]),
    ("Mục tiêu của kế hoạch 5 năm 2016 - 2020 đã hoàn thành.", [(2016, 2020)]),
    ("Chiến lược phát triển giai đoạn 2011-2020, tầm nhìn đến năm 2030.", [(2011, 2020)]),
]


@pytest.mark.parametrize("sentence,expected", PERIODS, ids=[f"period{i}" for i in range(len(PERIODS))])
def test_period(sentence, expected):
    got = [(f["start_year"], f["end_year"]) for f in of_type(sentence, "period")]
    assert got == expected
    for f in of_type(sentence, "period"):
        assert type(f["start_year"]) is int and type(f["end_year"]) is int


def as_decimal(value):
    assert not isinstance(value, float), f"percent value must not be a float: {value!r}"
    return Decimal(str(value).replace(",", "."))


PERCENTS = [
    ("Giá trị sản xuất công nghiệp tăng 12,5% so với cùng kỳ.", [Decimal("12.5")]),
    ("Tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch.", [Decimal("100")]),
    ("Khu vực FDI chiếm 45,25% tổng kim ngạch xuất khẩu.", [Decimal("45.25")]),
    ("Số hộ nghèo giảm 3% so với đầu năm.", [Decimal("3")]),
    ("Tỷ lệ hộ nghèo toàn tỉnh còn 2,15%.", [Decimal("2.15")]),
    ("Thu ngân sách tăng 8,5 % so với dự toán.", [Decimal("8.5")]),
    ("Xuất khẩu tăng 9,1%, nhập khẩu tăng 6,4%.", [Decimal("9.1"), Decimal("6.4")]),
    ("Tỷ lệ lao động qua đào tạo đạt 0,5% dân số.", [Decimal("0.5")]),
]


@pytest.mark.parametrize("sentence,expected", PERCENTS, ids=[f"pct{i}" for i in range(len(PERCENTS))])
def test_percent(sentence, expected):
    assert [as_decimal(f["value"]) for f in of_type(sentence, "percent")] == expected


def test_percent_is_not_money_or_count():
    facts = extract_facts("Giá trị sản xuất tăng 12,5% so với cùng kỳ năm trước.")
    assert [f["type"] for f in facts if f["type"] in ("money", "count")] == []


def test_article_facts_fields_and_offsets():
    title = "Hải Dương hỗ trợ 66 đề án khuyến công"
    lead = "Tổng kinh phí thực hiện là 11,072 tỷ đồng."
    body = ("Thực hiện Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ, "
            "tỉnh đã tổ chức 03 đợt tập huấn.")
    facts = extract_article_facts(title, lead, body)
    fields = {"title": title, "lead": lead, "body": body}
    for f in facts:
        assert f["field"] in fields
        assert nfc(fields[f["field"]])[f["start"]:f["end"]] == f["text"], f
    order = [f["field"] for f in facts]
    assert order == sorted(order, key=["title", "lead", "body"].index)
    key = {(f["field"], f["type"], f["text"]) for f in facts}
    assert ("title", "count", "66 đề án") in key
    assert ("lead", "money", "11,072 tỷ đồng") in key
    assert any(f["field"] == "body" and f["type"] == "legal_ref" and f["code"] == "1288/QĐ-TTg" for f in facts)
    assert ("body", "count", "03 đợt") in key


def test_article_facts_missing_parts():
    facts = extract_article_facts(None, "", "Mỗi hộ được hỗ trợ 5 triệu đồng.")
    assert ([(f["field"], f["type"], f["value"]) for f in facts if f["type"] == "money"]
            == [("body", "money", 5_000_000)])
    assert extract_article_facts(None, None, None) == []
