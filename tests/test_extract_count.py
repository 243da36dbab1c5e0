"""count facts: an oracle written from ../shared/spec/facts.md and the dev-set conventions.

Each row: sentence -> [(value, unit)] in text order.  `unit` is compared exactly, except:
  "hộ*"                  the unit must start with "hộ" (the spec leaves "hộ" / "hộ sản xuất" open);
  ("suất", "suất quà")   any one of these.
A count fact the row does not list is a false alarm.
"""

import pytest
from factcheck import checked_facts


def counts_of(text):
    got = [f for f in checked_facts(text) if f["type"] == "count"]
    for f in got:
        assert type(f["value"]) is int, f"count value must be an int: {f}"
        assert f["value"] >= 0, f
        assert f["unit"] == f["unit"].lower(), f"unit must be lower case: {f}"
    return got


def unit_ok(want, got):
    if isinstance(want, tuple):
        return got in want
    if want.endswith("*"):
        return got.startswith(want[:-1])
    return got == want


def assert_counts(sentence, expected):
    got = [(f["value"], f["unit"]) for f in counts_of(sentence)]
    shown = f"\n  sentence: {sentence}\n  expected: {expected}\n  got:      {got}"
    assert len(got) == len(expected), shown
    for (gv, gu), (wv, wu) in zip(got, expected, strict=True):
        assert gv == wv and unit_ok(wu, gu), shown


COUNTS = [
    ("Năm 2019, toàn tỉnh thực hiện 66 đề án khuyến công.", [(66, "đề án")]),
    ("Trong đó có 05 đề án do khuyến công quốc gia hỗ trợ.", [(5, "đề án")]),
    ("Các khu công nghiệp trên địa bàn đang thu hút 40.000 lao động.", [(40000, "lao động")]),
    ("Hội đồng đã bình chọn 85 sản phẩm CNNT tiêu biểu cấp tỉnh.", [(85, "sản phẩm")]),
    ("Trung tâm tổ chức 03 đợt tập huấn về thương mại điện tử.", [(3, "đợt")]),
    ("Các đề án được chia thành 4 nhóm đề án chính.", [(4, "nhóm")]),
    ("Năm 2023, tỉnh đón 2,37 triệu lượt khách du lịch.", [(2_370_000, "lượt")]),
    ("Quý I, cả nước có 68,4 nghìn doanh nghiệp đăng ký thành lập mới.", [(68_400, "doanh nghiệp")]),
    ("Dự kiến mỗi năm hỗ trợ 10 - 15 đề án.", [(10, "đề án"), (15, "đề án")]),
    ("Mô hình liên kết chuỗi có 18 hộ sản xuất tham gia.", [(18, "hộ*")]),
    ("Sở Công Thương phối hợp tổ chức 2 cuộc hội chợ hàng Việt.", [(2, ("cuộc", "cuộc hội chợ", "hội chợ"))]),
    ("Quỹ khuyến học trao 350 suất học bổng cho học sinh nghèo vượt khó.", [(350, ("suất", "suất học bổng"))]),
    ("Nguồn xã hội hóa giúp xây mới 13 nhà văn hóa thôn.", [(13, "nhà văn hóa")]),
    ("Năm nay tỉnh thu hút thêm 4 dự án FDI.", [(4, "dự án")]),
    ("Toàn tỉnh còn 1.250 hộ nghèo theo chuẩn đa chiều.", [(1250, "hộ*")]),
    ("Đến nay có 45 xã đạt chuẩn nông thôn mới.", [(45, "xã")]),
    ("Huyện có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.", [(3, "xã")]),
    ("Trung tâm dịch vụ việc làm đào tạo nghề cho 1.200 lao động nông thôn.", [(1200, "lao động")]),
    ("Hội Chữ thập đỏ tặng quà cho 150 người khuyết tật.", [(150, "người")]),
    ("Hội nghị kết nối cung cầu có 12 doanh nghiệp tham gia.", [(12, "doanh nghiệp")]),
    ("Trung tâm tổ chức 25 lớp tập huấn cho 1.000 học viên.", [(25, ("lớp", "lớp tập huấn")), (1000, "học viên")]),
    ("Năm 2022, tỉnh công nhận 56 sản phẩm OCOP, trong đó 8 sản phẩm đạt 4 sao.",
     [(56, "sản phẩm"), (8, "sản phẩm")]),
    ("Chuỗi liên kết gồm 9 hợp tác xã và 21 tổ hợp tác.", [(9, "hợp tác xã"), (21, "tổ hợp tác")]),
    ("Ngành nông nghiệp triển khai 7 mô hình trình diễn kỹ thuật.", [(7, "mô hình")]),
    ("Đội quản lý thị trường đã kiểm tra 320 cơ sở kinh doanh.", [(320, "cơ sở")]),
    ("Sở tổ chức 6 hội nghị tuyên truyền về pháp luật cạnh tranh.", [(6, "hội nghị")]),
    ("Chương trình hỗ trợ 14 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị.", [(14, "cơ sở")]),
    ("Hội chợ có 230 gian hàng của 150 doanh nghiệp.", [(230, "gian hàng"), (150, "doanh nghiệp")]),
    ("Trong năm, tỉnh thành lập mới 35 hợp tác xã.", [(35, "hợp tác xã")]),
    ("Ủy ban Mặt trận Tổ quốc hỗ trợ sửa chữa 113 nhà ở cho hộ nghèo.", [(113, ("nhà", "nhà ở"))]),
    ("Bộ phận một cửa đã tiếp nhận 2.450 hồ sơ.", [(2450, "hồ sơ")]),
    ("Năm học mới, trường tuyển sinh 560 học sinh.", [(560, "học sinh")]),
    ("Huyện điều động 30 giáo viên lên các điểm trường vùng cao.", [(30, "giáo viên")]),
    ("Bảo hiểm xã hội tỉnh đã cấp 1.800 thẻ bảo hiểm y tế cho người nghèo.", [(1800, "thẻ*")]),
    ("Tỉnh có dân số 1,2 triệu người, trong đó 40% sống ở nông thôn.", [(1200000, "người")]),
    ("Đoàn y tế khám bệnh cho 2.300 lượt người.", [(2300, "lượt*")]),
    ("Công an huyện lắp đặt 45 camera giám sát.", [(45, "camera")]),
    ("Đoàn viên thanh niên đã trồng mới 12.000 cây xanh.", [(12000, "cây*")]),
    ("Năm 2023, huyện xây dựng 8 công trình thủy lợi.", [(8, "công trình")]),
    ("Đợt đánh giá này có 17 chủ thể OCOP tham gia.", [(17, "chủ thể")]),
    ("Các điểm du lịch thu hút 1,2 triệu lượt khách.", [(1_200_000, "lượt")]),
    ("Các khu công nghiệp giải quyết việc làm cho 25,5 nghìn lao động.", [(25_500, "lao động")]),
    ("Đảng bộ tỉnh kết nạp 120 đảng viên mới.", [(120, "đảng viên")]),
    ("Tỉnh có 5 huyện, 2 thị xã và 1 thành phố.", [(5, "huyện"), (2, "thị xã"), (1, "thành phố")]),
    ("Tỉnh có 09 huyện miền núi.", [(9, "huyện")]),
    ("Dự kiến xây dựng 5-8 nhà văn hóa.", [(5, "nhà văn hóa"), (8, "nhà văn hóa")]),
    # the lower end of a range under a multiplier is in that multiplier too
    ("Năm nay tỉnh dự kiến đón 12-13 triệu lượt khách.", [(12_000_000, "lượt"), (13_000_000, "lượt")]),
    ("Khoảng 1,5-2 triệu lượt khách đến tham quan.", [(1_500_000, "lượt"), (2_000_000, "lượt")]),
    ("Huyện tổ chức 3 phiên chợ hàng Việt về nông thôn.", [(3, ("phiên", "phiên chợ"))]),
    ("Nhà đầu tư đến từ 42 tỉnh, thành phố trong cả nước.", [(42, "tỉnh*")]),
    ("Ủy ban Mặt trận Tổ quốc trao 600 suất quà cho hộ khó khăn.", [(600, ("suất", "suất quà"))]),
    ("Tỉnh có 3 khu kinh tế và 12 cụm công nghiệp.",
     [(3, "khu*"), (12, "cụm*")]),
    ("Sở tổ chức 15 chuyến khảo sát thị trường.", [(15, "chuyến")]),
    ("Quỹ đã cho vay vốn đối với 60 hộ kinh doanh.", [(60, "hộ*")]),
    ("Doanh nghiệp của tỉnh tham gia 4 hội chợ trong nước.", [(4, "hội chợ")]),
    ("Cơ quan thường trực phát hành 20.000 tờ rơi.", [(20000, ("tờ", "tờ rơi"))]),
    ("Đài phát thanh xây dựng 28 phóng sự về nông thôn mới.", [(28, "phóng sự")]),
    ("Cổng thông tin đã đăng tải 150 tin, bài.", [(150, "tin*")]),
    ("Vốn FDI đổ vào 19 ngành kinh tế.", [(19, "ngành")]),
    ("Hiện có 30 dự án đang triển khai.", [(30, "dự án")]),
    ("Toàn tỉnh có 2.160 thôn, bản.", [(2160, "thôn*")]),
    ("Lực lượng chức năng đã sơ tán 1.520 người dân khỏi vùng nguy hiểm.", [(1520, "người*")]),
    ("Huyện hỗ trợ 250 con bò giống cho hộ nghèo.", [(250, ("con", "con bò", "con bò giống"))]),
    ("Hội nghị thu hút khoảng 300 đại biểu.", [(300, "đại biểu")]),
    ("Tại lễ kỷ niệm, tỉnh tôn vinh 3 đồng chí có thành tích xuất sắc.", [(3, "đồng chí")]),
    ("Văn phòng đăng ký đất đai đã cấp 120 giấy chứng nhận quyền sử dụng đất.",
     [(120, ("giấy", "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất"))]),
    ("Năm nay có 5 tập thể và 12 cá nhân được khen thưởng.", [(5, "tập thể"), (12, "cá nhân")]),
    ("Tổng đàn gia cầm toàn tỉnh đạt 1 triệu 200 nghìn con.", [(1_200_000, "con")]),
    ("Ngành nông nghiệp đã cấp 2.345 mã số vùng trồng phục vụ xuất khẩu.",
     [(2345, ("mã", "mã số", "mã số vùng trồng"))]),
    ("Đến nay đã có hơn 500 doanh nghiệp đăng ký.", [(500, "doanh nghiệp")]),
    # local government since the 2025 merger, and the documents a council or a department counts
    ("Sau sắp xếp, tỉnh có 98 xã, 24 phường và 2 đặc khu.", [(98, "xã"), (24, "phường"), (2, "đặc khu")]),
    ("Cả nước giảm còn 3.321 đơn vị hành chính cấp xã.", [(3321, "đơn vị hành chính")]),
    ("Tỉnh mới có 124 ĐVHC cấp xã.", [(124, "đvhc")]),
    ("Kỳ họp đã thông qua 32 nghị quyết quan trọng.", [(32, "nghị quyết")]),
    # units of local government counted two or three at once: a count of either, not a ratio
    ("Hội nghị trực tuyến kết nối với 34 tỉnh/thành phố.", [(34, "tỉnh/thành phố")]),
    ("Đến nay có 15 xã/phường/thị trấn đạt chuẩn tiếp cận pháp luật.", [(15, "xã/phường/thị trấn")]),
    # "x/y" that could be a day and a month is a pair of counts before a counted noun, no day's word before it
    ("Toàn tỉnh có 7/9 huyện hoàn thành kế hoạch.", [(7, "huyện"), (9, "huyện")]),
    # "đồng bào" (compatriots) counts people, no đồng of money
    ("Tỉnh đã hỗ trợ gần 250.000 đồng bào dân tộc thiểu số.", [(250_000, "đồng bào")]),
    # a pair written with the noun after each number
    ("Năm 2024 có 12.500 học viên/13.100 học viên có việc làm.", [(12_500, "học viên"), (13_100, "học viên")]),
    # a zone's number ("vùng 2") is no count of the noun after it
    ("Huyện có 14 xã vùng 2 biên giới.", [(14, "xã")]),
    # an abbreviation in capitals no lexicon lists is the counted noun, as written
    ("Toàn ngành có 14 CĐCS với 1.200 đoàn viên.", [(14, "cđcs"), (1200, "đoàn viên")]),
    ("Có 3 THCS và 2 THPT đạt chuẩn quốc gia.", [(3, "thcs"), (2, "thpt")]),
    # "hs", as school reports abbreviate pupils
    ("Khối 10: 347 hs, khối 11: 214 hs.", [(347, "hs"), (214, "hs")]),
    # a number written with its zero after a list's dash: a count, though its noun is capitalised
    ("Gồm:\n- 01 Bệnh viện điều dưỡng và phục hồi chức năng;\n- 02 Trung tâm y tế huyện.",
     [(1, "bệnh viện"), (2, "trung tâm")]),
    # a classifier alone after a place's name of two words: a count, not the name's number ("Đài Thơm 8")
    ("Xã Tân Hòa được hỗ trợ 3 căn; xã Phước Tân 2 căn và xã Phước Bình 1 căn.", [(3, "căn"), (2, "căn"), (1, "căn")]),
    # a bilingual yearbook says the count again in English: one count
    ("Lãnh thổ được chia thành 6 vùng/ 6 regions kinh tế - xã hội.", [(6, "vùng")]),
    ("Năm 2024 có 705 huyện - 705 districts.", [(705, "huyện")]),
    ("Sở đã tham mưu ban hành 6 chỉ thị và 14 công văn chỉ đạo.", [(6, "chỉ thị"), (14, "công văn")]),
    # "năm" ending a line is no year of the number that opens the next one
    ("Mức học phí 5 triệu đồng/năm\n14 hộ nghèo được miễn.", [(14, "hộ nghèo")]),
    ("Toàn tỉnh còn 2010 hộ nghèo.", [(2010, "hộ nghèo")]),  # a year's figure before a counted noun counts
]


@pytest.mark.parametrize("sentence,expected", COUNTS, ids=[f"count{i:02d}" for i in range(len(COUNTS))])
def test_count(sentence, expected):
    assert_counts(sentence, expected)


COUNT_TEXTS = [
    ("Tỉnh đã thực hiện 66 đề án khuyến công.", ["66 đề án"]),
    ("Trong đó có 05 đề án khuyến công quốc gia.", ["05 đề án"]),
    ("Dự kiến xây dựng 5-8 nhà văn hóa.", ["5", "8 nhà văn hóa"]),
    ("Hội nghị thu hút khoảng 300 đại biểu.", ["300 đại biểu"]),
]


@pytest.mark.parametrize("sentence,expected", COUNT_TEXTS, ids=[f"counttext{i}" for i in range(len(COUNT_TEXTS))])
def test_count_text(sentence, expected):
    assert [f["text"] for f in counts_of(sentence)] == expected


NOT_COUNTS = [
    "Tổng kinh phí hỗ trợ là 12 tỷ đồng.",
    "Kim ngạch xuất khẩu tăng 8,5% so với cùng kỳ.",
    "Năm 2023 tỉnh hoàn thành toàn bộ kế hoạch.",
    "Ngày 15/3/2023, Sở Công Thương khai mạc hội chợ.",
    "Thời gian thực hiện chương trình là 5 năm.",
    "Thời gian đào tạo nghề là 12 tháng.",
    "Thời hạn cho vay tối đa 36 tháng.",
    "Buổi đối thoại kéo dài hơn 1 tiếng.",
    "Hội nghị lần thứ 2 của Ban Chấp hành diễn ra sáng nay.",
    "Đại hội Hội Nông dân lần 2 thành công tốt đẹp.",
    "Đợt 1 giải ngân còn chậm so với kế hoạch.",
    "Diện tích trồng cây ăn quả là 200 ha.",
    "Tuyến đường dài 12 km được đưa vào sử dụng.",
    "Nhà xưởng có diện tích 500 m2.",
    "Sản lượng thu hoạch đạt 3.000 tấn.",
    "Nhà máy điện mặt trời có công suất 50 MW.",
    "Mỗi hộp sản phẩm nặng 25 kg.",
    "Rượu truyền thống của làng nghề có nồng độ 38 độ.",
    "Chị Nguyễn Thị Hoa, 32 tuổi, là chủ cơ sở sản xuất.",
    # durations in an English phrase kept in the text, as Vietnamese ones are not counted
    "Nhà đầu tư cam kết thuê đất (lease term: 50 years) tại khu công nghiệp.",
    "Thời gian bảo hành theo hợp đồng là 24 months.",
    "Sản phẩm mật ong của hợp tác xã đạt 4 sao.",
    "Giá trị sản xuất tăng 2,2 lần so với năm 2015.",
    "Doanh thu bán hàng qua sàn thương mại điện tử tăng gấp 3x so với năm trước.",
    "Bình quân 02 hộ/01 giếng khoan.",
    "Bình quân toàn tỉnh đạt 17,5 tiêu chí/xã.",
    "Chương trình 135 đầu tư xây dựng cơ sở hạ tầng thiết yếu.",
    "Cơn bão số 10 gây thiệt hại nặng cho các huyện ven biển.",
    "Dịch Covid-19 diễn biến phức tạp.",
    "Trụ sở mới đặt tại phường 8.",
    "Trực thăng Mi-8 tham gia cứu hộ.",
    "UBND tỉnh ban hành Quyết định số 123/QĐ-UBND về việc thành lập tổ công tác.",
    "Hội nghị Trung ương 7 bàn về công tác cán bộ.",
    "Cuộc họp bắt đầu lúc 14 giờ 30 phút.",
    "Số hộ thoát nghèo trong năm: 1.245.",
    "Nhà máy của công ty đặt tại lô CN 12 khu công nghiệp Đại An.",
    "Công ty TNHH 1 thành viên Thủy lợi Bắc Hưng Hải hoàn thành kế hoạch tưới tiêu.",
    "Tuyến tỉnh lộ 392 được nâng cấp trong năm nay.",
    "Danh mục công trình hoàn thành:\n1 Nhà văn hóa thôn Đông\n2 Đường giao thông liên xã",
    # a slip of "đồng" after a multiplier: an amount cut short or mistyped, nothing counted
    "Ngân sách hỗ trợ mỗi tỉnh 15 tỷ đồn",
    "Mỗi hộ được tặng 1 triệu động tiền mặt.",
    # a direction of a trip, a distance in "cây số" (kilometres)
    "Xe đưa đón 2 chiều giá 500.000 đồng/tháng.",
    "Khu du lịch cách trung tâm tỉnh 170 cây số.",
    # what a price or a rate is per: one after "/" or "trong", a noun per "lần", "phòng", "khách"
    "Giá tour 850.000 đồng/ 1 khách.",
    "Khóa học gồm 10 buổi học/1 lần đăng ký.",
    "Phòng đôi dành cho 2 khách người lớn/ phòng.",
    # capital and dollars are no counted things
    "Gần 14 tỷ vốn FDI đổ vào tỉnh trong quý I.",
    "Quỹ đã nhận gần 40 triệu mỹ kim.",
    # a number's length is no counted thing
    "Số tiền viết bằng số có 9 chữ số.",
]


@pytest.mark.parametrize("sentence", NOT_COUNTS, ids=[f"notcount{i:02d}" for i in range(len(NOT_COUNTS))])
def test_not_count(sentence):
    assert [(f["text"], f["value"], f["unit"]) for f in counts_of(sentence)] == []


# Counted nouns as written (issue #18, kind 6): the whole noun whatever its case, after a place's
# abbreviation or "số", at the start of a line, with thousand dots, and pairs "x/y" of one noun.
AS_WRITTEN = [
    ("Trên địa bàn có 07 Khách sạn 4 sao và 12 khách sạn mini.", [(7, "khách sạn"), (12, "khách sạn")]),
    ("Toàn tỉnh có 35 Nhà hàng đạt chuẩn phục vụ khách du lịch.", [(35, "nhà hàng")]),
    ("Sân bay đón 20 máy bay mỗi ngày.", [(20, "máy bay")]),
    ("Hiện có 5 Quốc lộ đi qua địa bàn tỉnh.", [(5, "quốc lộ")]),
    ("Khu du lịch gồm 5 Nhà hàng và 2 Khách sạn.", [(5, "nhà hàng"), (2, "khách sạn")]),
    ("Hiện trong KCN 173 dự án đang hoạt động.", [(173, "dự án")]),
    ("Tại các KCN 25 doanh nghiệp đã đi vào sản xuất.", [(25, "doanh nghiệp")]),
    ("Tỉnh đã thu hút con số 1.250 dự án đầu tư trực tiếp nước ngoài.", [(1250, "dự án")]),
    ("Đến nay, với số 2.345 hợp tác xã, tỉnh đứng đầu khu vực.", [(2345, "hợp tác xã")]),
    # "trong số" (among): the figure counts them, whatever its size; "số 10" alone is a label
    ("Trong số 15 doanh nghiệp được khảo sát, 9 doanh nghiệp có lãi.", [(15, "doanh nghiệp"), (9, "doanh nghiệp")]),
    ("Trong số 48 quốc gia và vùng lãnh thổ có vốn đầu tư, Nhật Bản dẫn đầu.", [(48, "quốc gia")]),
    ("Nhà số 10 phố Hàng Bạc được trùng tu.", []),
    # the nouns a slip of "đồng" makes are counted without a multiplier
    ("Biên giới tỉnh có 15 đồn biên phòng.", [(15, "đồn")]),
    # "trong 1 phòng": what the count is per; a ratio, like "02 hộ/01 giếng", counts neither
    ("Phòng nghỉ không quá 4 người trong 1 phòng.", []),
    ("Kết quả hội nghị:\n12 doanh nghiệp tham gia ký kết hợp đồng.", [(12, "doanh nghiệp")]),
    ("Sàn giao dịch đã thực hiện 1.708 giao dịch thành công.", [(1708, "giao dịch")]),
    ("Cả nước có 5.343/8.267 xã đạt chuẩn nông thôn mới.", [(5343, "xã"), (8267, "xã")]),
    ("Năm nay ngành du lịch đón 9.610.000/9.197.000 lượt khách.", [(9_610_000, "lượt"), (9_197_000, "lượt")]),
    ("Huyện đã hoàn thành 16/20 tiêu chí huyện nông thôn mới.", [(16, "tiêu chí"), (20, "tiêu chí")]),
    ("Tỉnh đã sắp xếp xong 07/11 ĐVHC cấp xã trong đợt đầu.", [(7, "đvhc"), (11, "đvhc")]),
    ("Có 14/18 HTX được cấp chứng nhận.", [(14, "htx"), (18, "htx")]),
    ("Cấp giấy chứng nhận đầu tư cho 1 dự án mới.", [(1, "dự án")]),
    ("Có 17 tỉnh, thành phố tham gia, trong đó 6 tỉnh miền núi.", [(17, "tỉnh, thành phố"), (6, "tỉnh")]),
    ("Toàn tỉnh có 563 xã, phường, thị trấn.", [(563, "xã, phường, thị trấn")]),
    ("Gồm 3 huyện, thị xã Sơn Tây và 2 quận.", [(3, "huyện"), (2, "quận")]),
    ("Chương trình đã triển khai tại 34 tỉnh/thành trên cả nước.", [(34, "tỉnh/thành")]),
    ("Cuộc vận động đã lan tỏa tới 63/63 tỉnh/thành.", [(63, "tỉnh/thành"), (63, "tỉnh/thành")]),
    # words for people capitalised in a table's cell or a tribute; a capitalised name after them stays out
    ("| Phòng đơn | 300.000 VNĐ | 02 Người |\n| Phòng đôi | 400.000 VNĐ | 03 Người |\n",
     [(2, "người"), (3, "người")]),
    ("Đoàn đã trao quà cho 10 Em thiếu nhi và thăm 2 Người Việt ở nước ngoài.", [(10, "em")]),
    ("Tỉnh có 60 dự án (trong KCN 42 dự án, ngoài KCN 18 dự án).", [(60, "dự án"), (42, "dự án"), (18, "dự án")]),
    ("Năm nay trường đón 4.120 tân sinh viên và 35 cựu học sinh về dự lễ.",
     [(4120, "tân sinh viên"), (35, "cựu học sinh")]),
    ("Ban tổ chức trao 4.200 phần quà và dự phòng 800 phần quà.", [(4200, "phần quà"), (800, "phần quà")]),
    # a council's abbreviation before a count of the places it governs; a name's abbreviation before a number
    ("Thủ tướng giao UBND 4 tỉnh quản lý kinh phí bổ sung.", [(4, "tỉnh")]),
    ("Công ty TNHH 1 thành viên Cao su Đồng Nai báo lãi.", []),
    # "khoảng" rounds the count of a noun in capitals, it names no number ("Sư đoàn 5" does)
    ("Toàn tỉnh hiện có khoảng 32 HTX hoạt động hiệu quả.", [(32, "htx")]),
    # a noun in capitals after a colon counts; house numbers before a street's name count no streets
    ("Toàn tỉnh có 418 tổ hợp tác (THT), gồm: 396 THT nông nghiệp và 22 THT phi nông nghiệp.",
     [(418, "tổ hợp tác"), (396, "tht"), (22, "tht")]),
    ("Cửa hàng ở 215 – 217 đường Nguyễn Trãi và 48 phố Hàng Bạc; huyện nâng cấp 12 đường giao thông.",
     [(12, "đường")]),
]


@pytest.mark.parametrize("sentence,expected", AS_WRITTEN, ids=[f"aswritten{i:02d}" for i in range(len(AS_WRITTEN))])
def test_count_as_written(sentence, expected):
    assert_counts(sentence, expected)


def test_pair_texts():
    assert [f["text"] for f in counts_of("Cả nước có 5.343/8.267 xã đạt chuẩn.")] == ["5.343", "8.267 xã"]


NOT_COUNTS_AS_WRITTEN = [
    "Văn phòng của công ty đặt tại số 35 Hàng Bài.",
    "Danh mục công trình:\n1 Nhà văn hóa thôn Đông\n2 Đường giao thông liên xã",
    "Hộ gia đình ông Nam ở nhà số 5 thôn Đông.",
    "Ngày 5/6 người dân tập trung tại nhà văn hóa.",
    "Chỉ 1/2 số hộ được hỗ trợ.",
    # a code in capitals after millions: a currency the extractor does not know, or passengers abbreviated
    "Khoản vay 81,2 triệu SDR được giải ngân.",
    "Sân bay phục vụ 500,5 triệu HK.",
    # a fraction after "bằng" or "chiếm", its noun countable or not: half the average, a third of the wage
    "Thu nhập của hộ cận nghèo chỉ bằng 1/2 bình quân chung của tỉnh.",
    "Mức hỗ trợ bằng 1/3 mức lương cơ sở.",
    "Nhà máy đặt tại lô CN 12 khu công nghiệp Quế Võ.",
    "Công ty TNHH 1 thành viên Thủy lợi Bắc Hưng Hải hoàn thành kế hoạch.",
    "Ban hành Quyết định số 12/345 dự án thuộc danh mục.",
    "Bình quân 12/15 hộ/xã có nước sạch.",
    "Năm học 2020/2021 học sinh được miễn học phí.",
    "Bài thi đạt 8/10 điểm.",
    "Sư đoàn 5 Quân khu 7 tham gia diễn tập phòng thủ.",
    "Đơn vị Trung đoàn 3 Bộ đội Biên phòng tỉnh nhận nhiệm vụ.",
    "Theo đó, lúa Nàng Hương 7 có giá là 6.000 đồng/kg.",
    "Vốn đầu tư theo giá so sánh 2010 phân theo ngành kinh tế",
    "Investment at constant 2010 prices by kinds of economic activity",
    "Nếp khô 7.200 đồng/kg; lúa thơm 8 giá 6.100 đồng/kg.",
    "Vốn đăng ký bình quân trên 1 dự án đạt 4,5 triệu USD.",
    "Quy mô vốn bình quân 1 dự án nhỏ hơn năm trước.",
    "Mức hỗ trợ mỗi 1 hộ là 3 triệu đồng.",
    "Vùng sản xuất tập trung gieo cấy 2 vụ lúa/năm.",
    "Hộ nuôi thả 3 lứa cá/năm trong ao.",
    "Quy mô hộ bình quân là 4,0 người.",
    "Lợi nhuận sau thuế chưa phân phối để lại 1.814.299.767 Trân trọng",
]


@pytest.mark.parametrize("sentence", NOT_COUNTS_AS_WRITTEN,
                         ids=[f"notaswritten{i:02d}" for i in range(len(NOT_COUNTS_AS_WRITTEN))])
def test_not_count_as_written(sentence):
    assert [(f["text"], f["value"], f["unit"]) for f in counts_of(sentence)] == []
