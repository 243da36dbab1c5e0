"""Money facts: an oracle written from ../shared/spec/facts.md and the dev-set conventions.

Each row is a sentence in the style of a provincial bulletin and the money facts it must give,
in text order: (text, value, currency[, qualifier]).  A missing qualifier means None.
The comparison is exact: a money fact the row does not list is a false alarm.
"""
from decimal import Decimal

import pytest
from factcheck import checked_facts

VND, USD, EUR = "VND", "USD", "EUR"
APPROX, OVER, UNDER = "approx", "over", "under"


def money_of(text):
    got = [f for f in checked_facts(text) if f["type"] == "money"]
    for f in got:
        assert not isinstance(f["value"], (float, bool)), f
        assert isinstance(f["value"], (int, Decimal)), f
        if f["currency"] == VND:
            assert type(f["value"]) is int, f"VND value must be an int: {f}"
    return got


def as_rows(facts):
    return [(f["text"], f["value"], f["currency"], f.get("qualifier")) for f in facts]


def expand(rows):
    return [tuple(r) + (None,) * (4 - len(r)) for r in rows]


MONEY = [
    # --- decimal comma, multipliers -----------------------------------------------------------
    ("Tổng kinh phí thực hiện các đề án khuyến công năm 2019 là 12,345 tỷ đồng.",
     [("12,345 tỷ đồng", 12_345_000_000, VND)]),
    ("Kinh phí khuyến công địa phương hỗ trợ các cơ sở là 475,5 triệu đồng.",
     [("475,5 triệu đồng", 475_500_000, VND)]),
    ("Ngân sách tỉnh bố trí 3,68 tỉ đồng để xây dựng mô hình trình diễn kỹ thuật.",
     [("3,68 tỉ đồng", 3_680_000_000, VND)]),
    ("Nguồn kinh phí sự nghiệp được giao bổ sung 0,5 tỷ đồng.",
     [("0,5 tỷ đồng", 500_000_000, VND)]),
    ("Tổng vốn đầu tư của dự án nhà máy chế biến nông sản là 1.500 tỷ đồng.",
     [("1.500 tỷ đồng", 1_500_000_000_000, VND)]),
    ("Lũy kế giải ngân vốn đầu tư công đến hết tháng 11 đạt 6.385,4 tỷ đồng.",
     [("6.385,4 tỷ đồng", 6_385_400_000_000, VND)]),
    ("Dự toán chi thường xuyên của tỉnh năm 2024 là 1.250,75 tỷ đồng.",
     [("1.250,75 tỷ đồng", 1_250_750_000_000, VND)]),
    ("Mỗi hộ nghèo được hỗ trợ 2.500.000 đồng để mua con giống.",
     [("2.500.000 đồng", 2_500_000, VND)]),
    ("Chi phí tổ chức một lớp tập huấn là 35.500.000 đồng.",
     [("35.500.000 đồng", 35_500_000, VND)]),
    ("Tổng mức đầu tư công trình được duyệt là 1.245.600.000 đồng.",
     [("1.245.600.000 đồng", 1_245_600_000, VND)]),
    ("Quỹ hỗ trợ nông dân đã giải ngân 12.500 triệu đồng cho hội viên vay vốn.",
     [("12.500 triệu đồng", 12_500_000_000, VND)]),
    ("Giá trị hợp đồng thi công là 1 tỷ 200 triệu đồng.",
     [("1 tỷ 200 triệu đồng", 1_200_000_000, VND)]),
    ("Ngân sách trung ương hỗ trợ xây dựng cầu treo 2 tỷ 500 triệu đồng.",
     [("2 tỷ 500 triệu đồng", 2_500_000_000, VND)]),
    ("Giá trị quyết toán công trình là 3 tỷ 150 triệu 500 nghìn đồng.",
     [("3 tỷ 150 triệu 500 nghìn đồng", 3_150_500_000, VND)]),
    ("Tổng thu ngân sách nhà nước năm 2023 đạt 3 nghìn tỷ đồng.",
     [("3 nghìn tỷ đồng", 3_000_000_000_000, VND)]),
    ("Tổng vốn tín dụng chính sách cả nước đạt 412,6 nghìn tỷ đồng.",
     [("412,6 nghìn tỷ đồng", 412_600_000_000_000, VND)]),
    ("Giá vé xe buýt nội tỉnh là 7 nghìn đồng/lượt.",
     [("7 nghìn đồng", 7_000, VND)]),
    ("Mỗi suất quà Tết trị giá 500 nghìn đồng.",
     [("500 nghìn đồng", 500_000, VND)]),
    ("Người cao tuổi được tặng quà 350 ngàn đồng.",
     [("350 ngàn đồng", 350_000, VND)]),
    ("Doanh nghiệp nộp thuế 42 tỉ đồng trong 6 tháng đầu năm.",
     [("42 tỉ đồng", 42_000_000_000, VND)]),
    ("Vốn điều lệ của hợp tác xã là 10 tỷ đồng.",
     [("10 tỷ đồng", 10_000_000_000, VND)]),
    ("Bộ Tài chính cấp bổ sung có mục tiêu 1.200 tỷ đồng cho tỉnh.",
     [("1.200 tỷ đồng", 1_200_000_000_000, VND)]),
    # --- leading zeros --------------------------------------------------------------------------
    ("Hỗ trợ mỗi hộ 05 triệu đồng để sửa chữa nhà ở.",
     [("05 triệu đồng", 5_000_000, VND)]),
    ("Khen thưởng tập thể xuất sắc 02 triệu đồng.",
     [("02 triệu đồng", 2_000_000, VND)]),
    # --- currency words: đ, VNĐ, VND, USD, đô la Mỹ, EUR, Euro --------------------------------------
    ("Phí thuê gian hàng tiêu chuẩn là 3.000.000 đ/gian.",
     [("3.000.000 đ", 3_000_000, VND)]),
    ("Giá vé tham quan khu di tích là 50.000đ/người.",
     [("50.000đ", 50_000, VND)]),
    ("Kinh phí: 120.000.000đ.",
     [("120.000.000đ", 120_000_000, VND)]),
    ("Mỗi lao động được hỗ trợ 500.000 VNĐ tiền ăn trong thời gian học nghề.",
     [("500.000 VNĐ", 500_000, VND)]),
    ("Hội Liên hiệp Phụ nữ tỉnh trao 30 triệu VNĐ cho quỹ khuyến học.",
     [("30 triệu VNĐ", 30_000_000, VND)]),
    ("Công ty đã nộp ngân sách 2,4 tỷ VND trong quý I.",
     [("2,4 tỷ VND", 2_400_000_000, VND)]),
    ("Kim ngạch xuất khẩu hàng dệt may tháng 9 đạt 15 triệu USD.",
     [("15 triệu USD", 15_000_000, USD)]),
    ("Dự án khu công nghiệp có tổng vốn đăng ký 1,25 tỷ USD.",
     [("1,25 tỷ USD", 1_250_000_000, USD)]),
    ("Kim ngạch nhập khẩu đạt 2,36 tỷ USD, tăng 8% so với cùng kỳ.",
     [("2,36 tỷ USD", 2_360_000_000, USD)]),
    ("Vốn FDI đăng ký mới đạt 306 triệu USD và vốn điều chỉnh tăng 45,5 triệu USD.",
     [("306 triệu USD", 306_000_000, USD), ("45,5 triệu USD", 45_500_000, USD)]),
    ("Giá trị hàng xuất khẩu sang thị trường EU đạt 150.000 USD.",
     [("150.000 USD", 150_000, USD)]),
    ("Tổng vốn ODA cam kết cho tỉnh là 25,75 triệu USD.",
     [("25,75 triệu USD", 25_750_000, USD)]),
    ("Năm 2022, tỉnh thu hút 12 dự án FDI với tổng vốn 210 triệu USD.",
     [("210 triệu USD", 210_000_000, USD)]),
    ("Giá gạo xuất khẩu bình quân đạt 650,5 USD/tấn.",
     [("650,5 USD", Decimal("650.5"), USD)]),
    ("Lượng kiều hối chuyển về tỉnh năm qua đạt 120 triệu đô la Mỹ.",
     [("120 triệu đô la Mỹ", 120_000_000, USD)]),
    ("Nhà tài trợ cam kết thêm 4,6 triệu đô la Mỹ cho dự án cấp nước.",
     [("4,6 triệu đô la Mỹ", 4_600_000, USD)]),
    ("Dự án do Liên minh châu Âu tài trợ 2,5 triệu EUR.",
     [("2,5 triệu EUR", 2_500_000, EUR)]),
    ("Chính phủ Đức viện trợ không hoàn lại 12 triệu Euro cho chương trình.",
     [("12 triệu Euro", 12_000_000, EUR)]),
    ("Vốn đối ứng của phía Việt Nam là 0,8 triệu Euro.",
     [("0,8 triệu Euro", 800_000, EUR)]),
    # --- English grouping -----------------------------------------------------------------------
    ("Tổng giá trị tài trợ của tổ chức phi chính phủ là 3,275,400 USD.",
     [("3,275,400 USD", 3_275_400, USD)]),
    ("Khoản viện trợ trị giá 1,250,000 USD đã được giải ngân.",
     [("1,250,000 USD", 1_250_000, USD)]),
    # one comma group before a decimal point: English, whatever else the text shows
    ("Kim ngạch xuất khẩu đạt 1,234.5 triệu USD.", [("1,234.5 triệu USD", 1_234_500_000, USD)]),
    # a decimal comma a stray blank parted from its decimal; not after a date's word, nor one digit after one
    ("Tổng vốn đạt 71, 4 tỉ đồng, trong đó ngân sách 126, 5 tỷ đồng.",
     [("71, 4 tỉ đồng", 71_400_000_000, VND), ("126, 5 tỷ đồng", 126_500_000_000, VND)]),
    ("Ngày 15, 4 tỷ đồng được giải ngân.", [("4 tỷ đồng", 4_000_000_000, VND)]),
    # --- ranges, pairs, lists ---------------------------------------------------------------------
    # a variety's code before the first figure of a list: part of its name, no price
    ("Giá lúa OM 5451 và 6.100 - 6.300 đồng/kg.", [("6.100", 6_100, VND), ("6.300 đồng", 6_300, VND)]),
    # ... nor a name's number after its hyphen ("COVID-19")
    ("Trong đó 25 tỷ đồng cho quỹ phòng chống COVID-19 và 5 tỷ đồng cho đồng bào.",
     [("25 tỷ đồng", 25_000_000_000, VND), ("5 tỷ đồng", 5_000_000_000, VND)]),
    # a pair written with both currencies: two amounts; not the base of a rate ("700 đồng/1 triệu đồng")
    ("Kinh phí đã phân bổ đến nay là 10 tỷ đồng/13,1 tỷ đồng.",
     [("10 tỷ đồng", 10_000_000_000, VND), ("13,1 tỷ đồng", 13_100_000_000, VND)]),
    ("Lãi tiền gửi là 700 đồng/1 triệu đồng mỗi tháng.", [("700 đồng", 700, VND)]),
    ("Các đơn vị được giao dự toán từ 10 đến 20 triệu đồng.",
     [("10", 10_000_000, VND), ("20 triệu đồng", 20_000_000, VND)]),
    ("Mức thưởng cho mỗi sáng kiến được công nhận là 5-10 triệu đồng.",
     [("5", 5_000_000, VND), ("10 triệu đồng", 10_000_000, VND)]),
    # the upper end bounded ("trên", "hơn", "dưới"): the lower end is still its range's
    ("Giá lợn hơi tăng từ 3.000 - trên 4.000 đ/kg.", [("3.000", 3_000, VND), ("4.000 đ", 4_000, VND, "over")]),
    ("Mỗi suất quà trị giá từ 2 đến dưới 3 triệu đồng.",
     [("2", 2_000_000, VND), ("3 triệu đồng", 3_000_000, VND, "under")]),
    ("Mỗi dự án được vay từ 1,5 đến 2 tỷ đồng.",
     [("1,5", 1_500_000_000, VND), ("2 tỷ đồng", 2_000_000_000, VND)]),
    ("Hộ gia đình được vay từ 50 triệu đồng đến 100 triệu đồng.",
     [("50 triệu đồng", 50_000_000, VND), ("100 triệu đồng", 100_000_000, VND)]),
    ("Mức hỗ trợ từ 700 ngàn đến 2 triệu đồng tùy theo đối tượng.",
     [("700 ngàn", 700_000, VND), ("2 triệu đồng", 2_000_000, VND)]),
    ("Mức hỗ trợ từ 30 triệu đến 300 triệu đồng mỗi cơ sở.",
     [("30 triệu", 30_000_000, VND), ("300 triệu đồng", 300_000_000, VND)]),
    ("Giá gạo tẻ thường dao động từ 12.000 - 14.000 đồng/kg.",
     [("12.000", 12_000, VND), ("14.000 đồng", 14_000, VND)]),
    ("Doanh thu kế hoạch/thực hiện lần lượt là 2.150/2.080 tỷ đồng.",
     [("2.150", 2_150_000_000_000, VND), ("2.080 tỷ đồng", 2_080_000_000_000, VND)]),
    ("Giá lợn hơi tại hai huyện lần lượt là 52.000 và 51.000 đồng/kg.",
     [("52.000", 52_000, VND), ("51.000 đồng", 51_000, VND)]),
    ("Phân bổ vốn cho các huyện: Tiên Lãng 25 tỷ, Vĩnh Bảo 18 tỷ đồng.",
     [("25 tỷ", 25_000_000_000, VND), ("18 tỷ đồng", 18_000_000_000, VND)]),
    ("Vốn sự nghiệp phân bổ cho Hải Dương 12 tỷ, Hưng Yên 10 tỷ và Thái Bình 8 tỷ đồng.",
     [("12 tỷ", 12_000_000_000, VND), ("10 tỷ", 10_000_000_000, VND),
      ("8 tỷ đồng", 8_000_000_000, VND)]),
    # "VN đồng", "Việt Nam đồng": đồng by its country's name
    ("Giá vé tham quan là 150.000 VN đồng một lượt.", [("150.000 VN đồng", 150_000, VND)]),
    ("Tổng mức đầu tư của dự án là 500 triệu Việt Nam đồng.", [("500 triệu Việt Nam đồng", 500_000_000, VND)]),
    ("Giải nhất được thưởng 10 triệu đồng, giải nhì 5 triệu đồng.",
     [("10 triệu đồng", 10_000_000, VND), ("5 triệu đồng", 5_000_000, VND)]),
    # --- per-unit rates ----------------------------------------------------------------------------
    ("Mỗi học viên được hỗ trợ 3 triệu đồng/người/tháng trong thời gian học.",
     [("3 triệu đồng", 3_000_000, VND)]),
    ("Hỗ trợ tiền ăn cho người lao động 150 ngàn đồng/ngày.",
     [("150 ngàn đồng", 150_000, VND)]),
    ("Hộ nghèo được vay vốn với mức 100 triệu đồng/hộ, lãi suất 0,6%/tháng.",
     [("100 triệu đồng", 100_000_000, VND)]),
    ("Một kg sâm Ngọc Linh loại 1 được bán với giá 120 triệu đồng.",
     [("120 triệu đồng", 120_000_000, VND)]),
    # --- qualifiers (the qualifier word is not part of the text) -----------------------------------
    ("Giá trị sản xuất công nghiệp nông thôn đạt khoảng 650 tỷ đồng.",
     [("650 tỷ đồng", 650_000_000_000, VND, APPROX)]),
    ("Sau thanh tra đã thu hồi về ngân sách gần 1,2 tỷ đồng.",
     [("1,2 tỷ đồng", 1_200_000_000, VND, APPROX)]),
    ("Mô hình mang lại doanh thu xấp xỉ 300 triệu đồng mỗi năm.",
     [("300 triệu đồng", 300_000_000, VND, APPROX)]),
    ("Tổng kinh phí tổ chức hội chợ hơn 4,5 tỷ đồng.",
     [("4,5 tỷ đồng", 4_500_000_000, VND, OVER)]),
    ("Các dự án có tổng vốn trên 100 tỷ đồng phải lập báo cáo nghiên cứu khả thi.",
     [("100 tỷ đồng", 100_000_000_000, VND, OVER)]),
    ("Số tiền hơn 300 triệu đồng đã được trao tận tay các gia đình chính sách.",
     [("300 triệu đồng", 300_000_000, VND, OVER)]),
    ("Khoản vay dưới 50 triệu đồng không phải thế chấp tài sản.",
     [("50 triệu đồng", 50_000_000, VND, UNDER)]),
    ("Thu nhập bình quân của nhóm hộ này chưa đến 2 triệu đồng/người/tháng.",
     [("2 triệu đồng", 2_000_000, VND, UNDER)]),
    ("Kim ngạch xuất khẩu sang Nhật Bản đạt gần 80 triệu USD.",
     [("80 triệu USD", 80_000_000, USD, APPROX)]),
    # --- a foreign currency said once for amounts of the same scale after it ------------------------
    ("Kim ngạch xuất khẩu đạt 1,2 tỷ USD, nhập khẩu 0,9 tỷ.",
     [("1,2 tỷ USD", 1_200_000_000, USD), ("0,9 tỷ", 900_000_000, USD)]),
    ("Vốn FDI đạt 500 triệu USD, tăng 20 triệu so với cùng kỳ.",
     [("500 triệu USD", 500_000_000, USD), ("20 triệu", 20_000_000, USD)]),
    ("Doanh thu du lịch đạt 350 triệu USD, dân số 2 triệu.", [("350 triệu USD", 350_000_000, USD)]),
    # --- money without a currency word where the sentence makes it money --------------------------
    ("Một người đàn ông ở Long An trúng xổ số 45 tỷ nhưng chưa đến nhận thưởng.",
     [("45 tỷ", 45_000_000_000, VND)]),
    ("Tấm vé trúng giải độc đắc trị giá 20 tỷ đã được trả thưởng.",
     [("20 tỷ", 20_000_000_000, VND)]),
    ("Tổng kinh phí xây dựng nhà văn hóa là 7 tỷ 500 triệu.",
     [("7 tỷ 500 triệu", 7_500_000_000, VND)]),
    # --- several amounts with other figures around them --------------------------------------------
    ("Năm 2019, toàn tỉnh thực hiện 12 đề án với tổng kinh phí 2,1 tỷ đồng, trong đó "
     "kinh phí khuyến công quốc gia 800 triệu đồng.",
     [("2,1 tỷ đồng", 2_100_000_000, VND), ("800 triệu đồng", 800_000_000, VND)]),
    ("Hội chợ thu hút 230 gian hàng, doanh thu đạt 5,6 tỷ đồng.",
     [("5,6 tỷ đồng", 5_600_000_000, VND)]),
]


@pytest.mark.parametrize("sentence,expected", MONEY, ids=[f"money{i:02d}" for i in range(len(MONEY))])
def test_money(sentence, expected):
    assert as_rows(money_of(sentence)) == expand(expected)


def test_one_digit_after_one_is_no_parted_decimal():
    """"5, 6 triệu đồng" is five or six million, not 5,6 million."""
    values = [f["value"] for f in money_of("Lương chỉ 5, 6 triệu đồng một tháng.")]
    assert 6_000_000 in values and 5_600_000 not in values


NOT_MONEY = [
    "Tốc độ tăng trưởng kinh tế của tỉnh đạt 7,5%.",
    "Giá trị sản xuất công nghiệp tăng 2,2 lần so với năm 2015.",
    "Diện tích gieo trồng lúa vụ xuân đạt 50 ha.",
    "Các khóa đào tạo đã giải quyết việc làm cho 1.200 lao động.",
    "Sản lượng vải thiều xuất khẩu đạt 1.500 tấn.",
    "Ngày 15/3/2023, Sở Tài chính tổ chức hội nghị triển khai nhiệm vụ.",
    "Năm 2024 có 15 xã đạt chuẩn nông thôn mới.",
    "Chương trình 135 đã góp phần thay đổi diện mạo các xã đặc biệt khó khăn.",
    "Tỉnh tôn vinh 3 đồng chí có thành tích xuất sắc trong công tác dân vận.",
    "Đoàn đã thăm hỏi 150 đồng bào dân tộc thiểu số bị ảnh hưởng bởi lũ.",
    "Trong năm 2023 Đồng Nai thu hút thêm nhiều dự án FDI.",
    "Huyện đã xây dựng 12 cánh đồng mẫu lớn.",
    "Sản phẩm mật ong của hợp tác xã đạt OCOP 4 sao.",
    "UBND tỉnh ban hành Quyết định số 2150/QĐ-UBND về việc phê duyệt danh mục.",
    "Giá trị sản phẩm sau khi được chứng nhận tăng 15-20%.",
    "Dịch Covid-19 làm giảm mạnh lượng khách du lịch.",
    "Nhiều dự án có mức đầu tư hàng chục tỷ đồng.",
    "Video quảng bá du lịch của tỉnh có số lượt xem đạt 2 tỷ 300 triệu.",
    "Dân số toàn tỉnh năm 2023 là 1,9 triệu; năm 2024 là 1,95 triệu.",
    "Doanh thu của làng nghề đạt vài trăm tỷ đồng mỗi năm.",
    "Thiệt hại do bão lên tới hàng trăm tỷ đồng.",
    # an exchange-rate block (a page's furniture): each code heads its row of prices in đồng
    "Tỷ giá ngoại tệ\nMã NT Mua Bán\nUSD 25,100.00 25,450.00\nEUR 27,010.50 28,400.00\nJPY 160.20 170.90\n",
    "Tỷ giá\nUSD 25.100 25.450\nEUR 27.010 28.400\n",
    # a currency's code no pattern knows after a bare amount: no đồng
    "Quỹ Tiền tệ Quốc tế cho vay khoản trị giá 81,2 triệu SDR.",
]


@pytest.mark.parametrize("sentence", NOT_MONEY, ids=[f"notmoney{i:02d}" for i in range(len(NOT_MONEY))])
def test_not_money(sentence):
    assert as_rows(money_of(sentence)) == []


WORDS_ONLY = [
    ("Tổng kinh phí hỗ trợ là hai tỷ đồng.", 2_000_000_000),
    ("Mỗi hộ được hỗ trợ năm trăm nghìn đồng.", 500_000),
]


# Scale words (issue #18, kind 3): "triệu tỷ" = 10^15, "nghìn tỷ"/"ngàn tỷ" = 10^12, "trăm"/"chục"
# before a multiplier after a digit; "vài trăm tỷ", "hàng chục tỷ" are no exact amount.
SCALE_WORDS = [
    ("Dự toán thu ngân sách nhà nước năm 2025 là 1,7 triệu tỷ đồng.",
     [("1,7 triệu tỷ đồng", 1_700_000_000_000_000, VND)]),
    ("QUY MÔ NỀN KINH TẾ ĐẠT 10,2 TRIỆU TỶ ĐỒNG",
     [("10,2 TRIỆU TỶ ĐỒNG", 10_200_000_000_000_000, VND)]),
    ("Tổng chi ngân sách trung ương khoảng 2 triệu tỉ đồng.",
     [("2 triệu tỉ đồng", 2_000_000_000_000_000, VND, APPROX)]),
    ("Dự án có tổng vốn 3 nghìn tỷ đồng, dự án kia 2 ngàn tỷ đồng.",
     [("3 nghìn tỷ đồng", 3_000_000_000_000, VND), ("2 ngàn tỷ đồng", 2_000_000_000_000, VND)]),
    ("Nhà đầu tư cam kết rót 5 trăm tỷ đồng vào khu du lịch.",
     [("5 trăm tỷ đồng", 500_000_000_000, VND)]),
    ("Giá trị gói thầu là 1 tỷ 5 trăm triệu đồng.",
     [("1 tỷ 5 trăm triệu đồng", 1_500_000_000, VND)]),
    ("Mỗi hộ được vay 3 chục triệu đồng để chăn nuôi.",
     [("3 chục triệu đồng", 30_000_000, VND)]),
    # "tỷ lệ" after a figure in triệu is no "triệu tỷ"
    ("Lượt khách đạt 2 triệu tỷ lệ lấp đầy phòng cao, doanh thu 5 tỷ đồng.",
     [("5 tỷ đồng", 5_000_000_000, VND)]),
]


@pytest.mark.parametrize("sentence,expected", SCALE_WORDS, ids=[f"scale{i}" for i in range(len(SCALE_WORDS))])
def test_scale_words(sentence, expected):
    assert as_rows(money_of(sentence)) == expand(expected)


# "đồng" before another word (issue #18, kind 5): after an amount of a thousand or more, or one with
# a multiplier, "đồng bằng", "đồng ý", "đồng thời", "đồng hành", "đồng bộ" start with the currency;
# after a small plain number they are words ("2 đồng bằng"); people and clocks never are money.
DONG_BEFORE_A_WORD = [
    ("Mỗi suất quà trị giá 500.000 đồng bằng tiền mặt.", [("500.000 đồng", 500_000, VND)]),
    ("Hội hỗ trợ mỗi hộ 2 triệu đồng bằng hình thức chuyển khoản.", [("2 triệu đồng", 2_000_000, VND)]),
    ("Doanh nghiệp ủng hộ 1 tỷ đồng đồng thời tặng 500 suất quà.", [("1 tỷ đồng", 1_000_000_000, VND)]),
    ("Ngân hàng tài trợ 300.000.000 đồng đồng hành cùng chương trình.", [("300.000.000 đồng", 300_000_000, VND)]),
    ("Tỉnh chi 5 tỷ đồng đồng bộ hạ tầng khu dân cư.", [("5 tỷ đồng", 5_000_000_000, VND)]),
    ("Mức thu 5000 đồng bằng tiền xu hoặc tiền giấy.", [("5000 đồng", 5_000, VND)]),
]
NOT_DONG = [
    "Việt Nam có 2 đồng bằng lớn là đồng bằng sông Hồng và đồng bằng sông Cửu Long.",
    "Kết quả biểu quyết: 25 đồng ý, 2 không đồng ý.",
    "Hơn 1.000 đồng chí đảng viên dự lễ kỷ niệm.",
    "Hơn 3 triệu đồng bào dân tộc thiểu số được hỗ trợ.",
    "Công ty lắp đặt 1.200 đồng hồ nước cho các hộ dân.",
    "Lớp học có 40 đồng môn cũ về dự.",
    "Có 5 đồng nghiệp và 2 đồng hương tham gia.",
]


@pytest.mark.parametrize("sentence,expected", DONG_BEFORE_A_WORD,
                         ids=[f"dong{i}" for i in range(len(DONG_BEFORE_A_WORD))])
def test_dong_before_a_word(sentence, expected):
    assert as_rows(money_of(sentence)) == expand(expected)


@pytest.mark.parametrize("sentence", NOT_DONG, ids=[f"notdong{i}" for i in range(len(NOT_DONG))])
def test_dong_word_is_no_money(sentence):
    assert as_rows(money_of(sentence)) == []


@pytest.mark.parametrize("sentence,value", WORDS_ONLY, ids=["words0", "words1"])
def test_amount_in_words_is_not_required_but_never_misread(sentence, value):
    # The spec does not require amounts written only in words; if one is given, its value must be right.
    for f in money_of(sentence):
        assert (f["value"], f["currency"]) == (value, VND), f


RATES_WITHOUT_CURRENCY = [
    ("Giá đất ở mặt đường tỉnh lộ dao động 18-25 triệu/m2.", [(18_000_000, VND), (25_000_000, VND)]),
    ("Thương lái thu mua vải thiều với giá 25 nghìn/kg.", [(25_000, VND)]),
    ("Mức hỗ trợ 1,5 triệu/người/tháng trong thời gian đào tạo.", [(1_500_000, VND)]),
]


@pytest.mark.parametrize("sentence,expected", RATES_WITHOUT_CURRENCY, ids=["rate0", "rate1", "rate2"])
def test_rate_without_currency_word_is_money(sentence, expected):
    assert [(f["value"], f["currency"]) for f in money_of(sentence)] == expected


TABLES = [
    ("Đơn vị tính: triệu đồng\n"
     "STT | Nội dung | Dự toán năm 2024\n"
     "1 | Chi đầu tư phát triển | 1.250.000\n"
     "2 | Chi thường xuyên | 850.500\n",
     [(1_250_000_000_000, VND), (850_500_000_000, VND)]),
    ("Bảng giá vật liệu xây dựng tháng 10\n"
     "Đơn giá (đồng/m3)\n"
     "Cát vàng\t185.000\n"
     "Đá dăm\t320.000\n",
     [(185_000, VND), (320_000, VND)]),
    ("ĐVT: ĐỒNG\n"
     "STT | Hạng mục | Thành tiền\n"
     "1 | Mua sắm thiết bị | 125.000.000\n"
     "2 | Lắp đặt, chạy thử | 15.500.000\n",
     [(125_000_000, VND), (15_500_000, VND)]),
    # the unit in a column's head: only that column is money, the count of projects beside it is not
    ("| STT | Nhóm đề án | Số đề án | Kinh phí (triệu đồng) |\n"
     "| 1 | Mô hình trình diễn kỹ thuật | 4 | 720 |\n"
     "| 2 | Máy móc thiết bị tiên tiến | 12 | 1.860,5 |\n",
     [(720_000_000, VND), (1_860_500_000, VND)]),
    ("Mặt hàng\tSản lượng (tấn)\tKim ngạch (nghìn USD)\n"
     "Cà phê\t1.200\t3.450\n"
     "Hồ tiêu\t85\t410,5\n",
     [(3_450_000, USD), (410_500, USD)]),
    # "ĐV" for "Đơn vị", scaled by a number
    ("Bảng giá phòng ký túc xá\nĐV: 1000 đ\nPhòng 4 người | 500 |\nPhòng 2 người | 1200 |\n",
     [(500_000, VND), (1_200_000, VND)]),
]

# With no scale word, a lone comma before three digits groups thousands: three decimals would be a thousandth
# of a đồng or a tenth of a cent. With a scale word it is the decimal comma.
THOUSANDS_BY_COMMA = [
    ("Giá thu mua 3,500 đồng/kg.", [(3_500, VND)]),
    ("Cộng đồng quyên góp được 458,000$ cho quỹ.", [(458_000, USD)]),
    ("Hội đã trao 65,000 Mỹ kim và 38.000 Gia kim, cùng 1.200 Úc kim.",
     [(65_000, USD), (38_000, "CAD"), (1_200, "AUD")]),
    ("Tổng vốn là 1,250 tỷ đồng, giá 12,5 USD.", [(1_250_000_000, VND), (Decimal("12.5"), USD)]),
    ("Quỹ đã nhận gần 40 triệu mỹ kim.", [(40_000_000, USD)]),
    # the tail of a figure a stray blank cut ("1. 000.000.000") is no amount of nothing
    ("Tổng mức đầu tư 1. 000.000.000 vnđ, phí 15. 000đồng.", []),
]


@pytest.mark.parametrize("sentence,expected", THOUSANDS_BY_COMMA,
                         ids=[f"comma{i}" for i in range(len(THOUSANDS_BY_COMMA))])
def test_a_lone_comma_group_without_a_scale_word_is_thousands(sentence, expected):
    assert [(f["value"], f["currency"]) for f in money_of(sentence)] == expected


@pytest.mark.parametrize("table,expected", TABLES, ids=[f"table{i}" for i in range(len(TABLES))])
def test_table_with_unit_stated_once(table, expected):
    # "Figures whose unit is stated once for a table ... are money too, each with that unit."
    assert [(f["value"], f["currency"]) for f in money_of(table)] == expected
