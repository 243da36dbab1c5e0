"""Totals and their parts (../shared/spec/facts.md, "Totals and their parts"): ``part_of``,
``parts`` and ``parts_sum`` on money and count facts.

Each row is text in the style of a provincial bulletin, the parts it must give as
(part text, total text) pairs, and its totals as {total text: (parts, parts_sum)}. The comparison
is exact: a part or total the row does not list is a false alarm (precision matters more than
recall: a wrong ``part_of`` hides real money from sums).
"""
from decimal import Decimal
from pathlib import Path

import pytest
from factcheck import checked_facts

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("money", "count")


def breakdown(text):
    """(set of (part, total) surface pairs, {total: (parts, parts_sum)}) of ``text``."""
    facts = checked_facts(text)
    by_start = {f["start"]: f for f in facts}
    for fact in facts:
        if fact["type"] in FIGURES:
            for key in ("part_of", "parts", "parts_sum", "per"):
                assert key in fact, f"{fact['type']} fact without {key!r}: {fact}"
    parts = {(f["text"], by_start[f["part_of"]]["text"]) for f in facts if f.get("part_of") is not None}
    totals = {f["text"]: (f["parts"], f["parts_sum"]) for f in facts if f.get("parts") is not None}
    return parts, totals


BREAKDOWNS = [
    # a list's last item opens a list of its own, its items marked like the outer list's line ("-"): the sublist
    # is that item's, and the label's value before "gồm:" ("kinh phí hỗ trợ: 1.650 triệu đồng, gồm:") its total
    ("- Phân bổ 2.400 triệu đồng để hỗ trợ cho 60 hộ, cụ thể như sau:\n\n1. Hỗ trợ các hộ tái định cư là 45 hộ, "
     "kinh phí hỗ trợ: 1.650 triệu đồng, gồm:\n\n- Huyện A: 20 hộ, kinh phí hỗ trợ 700 triệu đồng.\n\n"
     "- Huyện B: 25 hộ, kinh phí hỗ trợ 950 triệu đồng.\n",
     {("45 hộ", "60 hộ"), ("1.650 triệu đồng", "2.400 triệu đồng"), ("20 hộ", "45 hộ"), ("25 hộ", "45 hộ"),
      ("700 triệu đồng", "1.650 triệu đồng"), ("950 triệu đồng", "1.650 triệu đồng")},
     {"2.400 triệu đồng": ("less", 1_650_000_000), "60 hộ": ("less", 45), "45 hộ": ("adds up", 45),
      "1.650 triệu đồng": ("adds up", 1_650_000_000)}),
    # "trong đó" with no figure before it in its sentence: its total is in the sentence before, as for "Trong đó,"
    ("Năm 2025, xuất khẩu thủy sản đạt 10,5 tỉ USD, tăng 8%. Tại các thị trường chủ lực, kim ngạch đều tăng, trong đó "
     "Hoa Kỳ dẫn đầu với 2,1 tỉ USD, còn Nhật Bản đạt 1,8 tỉ USD.",
     {("2,1 tỉ USD", "10,5 tỉ USD"), ("1,8 tỉ USD", "10,5 tỉ USD")},
     {"10,5 tỉ USD": ("less", 3_900_000_000)}),
    # a bracket right after a count whose counts name its noun's head word, adding up to it exactly
    ("Đến nay huyện có 29 trường học đạt chuẩn quốc gia (11 trường mầm non, 10 trường tiểu học, 8 trường THCS).",
     {("11 trường", "29 trường học"), ("10 trường", "29 trường học"), ("8 trường", "29 trường học")},
     {"29 trường học": ("adds up", 29)}),
    ("Huyện bàn giao 12 căn nhà cho 12 hộ nghèo (7 hộ ở xã Tân An và 5 hộ ở xã Tân Bình).",
     {("7 hộ", "12 hộ nghèo"), ("5 hộ", "12 hộ nghèo")},
     {"12 hộ nghèo": ("adds up", 12)}),
    # ... and with no list around it
    ("Hỗ trợ các hộ tái định cư là 45 hộ, kinh phí hỗ trợ: 1.650.000.000đ, gồm:\n\n- Huyện A: 20 hộ, kinh phí hỗ "
     "trợ 700 triệu đồng.\n\n- Huyện B: 25 hộ, kinh phí hỗ trợ 950 triệu đồng.\n",
     {("20 hộ", "45 hộ"), ("25 hộ", "45 hộ"), ("700 triệu đồng", "1.650.000.000đ"),
      ("950 triệu đồng", "1.650.000.000đ")},
     {"45 hộ": ("adds up", 45), "1.650.000.000đ": ("adds up", 1_650_000_000)}),
    # two amounts of one currency before "Trong đó,": the parts, past a ";", add up to the second only
    ("Vốn đầu tư tháng 4 đạt trên 1.300 tỷ đồng, tăng 12,08% so với tháng trước; lũy kế 4 tháng hơn 4.900 tỷ đồng, "
     "tăng 13,48% so với cùng kỳ.\n\nTrong đó, vốn ngân sách cấp tỉnh 3.600 tỷ đồng, tăng 12,89% so với cùng kỳ; vốn "
     "ngân sách cấp huyện ước trên 1.300 tỷ đồng, tăng 15,12% so với cùng kỳ.",
     {("3.600 tỷ đồng", "4.900 tỷ đồng"), ("1.300 tỷ đồng", "4.900 tỷ đồng")},
     {"4.900 tỷ đồng": ("adds up", 4_900_000_000_000)}),
    # two amounts before "Trong đó,", the first smaller than the part: the part is the second's, the only one
    # that can hold it (a month's figure, then the year's to date)
    ("Tháng 5, kim ngạch xuất khẩu của tỉnh đạt gần 610 triệu USD, nâng kim ngạch 5 tháng lên hơn 2,95 tỷ USD, "
     "tăng 10,2%. Trong đó, xuất khẩu hàng dệt may 5 tháng đạt hơn 1,12 tỷ USD.",
     {("1,12 tỷ USD", "2,95 tỷ USD")},
     {"2,95 tỷ USD": ("less", 1_120_000_000)}),
    # what each of several has ("mỗi huyện 2 xã") is no part as written: it stands for 2 a district
    ("Tỉnh phân bổ vốn cho 14 xã của 9 huyện. Trong đó, Núi Thành nhiều nhất với 3 xã; Thăng Bình, Quế Sơn, Duy "
     "Xuyên, mỗi huyện 2 xã; Tam Kỳ, Hội An, Nông Sơn, Hiệp Đức, Đại Lộc, mỗi địa phương 1 xã.",
     {("3 xã", "14 xã")}, {"14 xã": ("less", 3)}),
    # two figures of one kind before "Cụ thể,", the second a part of the first: the parts add up to the second only
    ("Mưa lũ làm 30 người chết, mất tích, gồm 22 người chết.\n\nNhà cửa hư hỏng sau trận lũ quét\n\nCụ thể, Hà Giang "
     "4 người do lũ quét; Yên Bái 6 người do sạt lở đất; Lai Châu 3 người do lũ cuốn; Điện Biên 2 người do sạt lở; "
     "Bắc Kạn 7 người do lũ.",
     {("22 người", "30 người"), ("4 người", "22 người"), ("6 người", "22 người"), ("3 người", "22 người"),
      ("2 người", "22 người"), ("7 người", "22 người")},
     {"30 người": ("less", 22), "22 người": ("adds up", 22)}),
    # a list of labels and values after its total: the items are its parts, none of them a total of the next
    ("Tổng kinh phí hỗ trợ là 1.300 triệu đồng, phân bổ cụ thể như sau: tỉnh Lạng Sơn: 245 triệu đồng, Cà Mau: 812 "
     "triệu đồng, Hà Nam: 243 triệu đồng.",
     {("245 triệu đồng", "1.300 triệu đồng"), ("812 triệu đồng", "1.300 triệu đồng"),
      ("243 triệu đồng", "1.300 triệu đồng")},
     {"1.300 triệu đồng": ("adds up", 1_300_000_000)}),
    # --- one level, the parts on one line ------------------------------------------------------
    ("Năm 2023, tỉnh bố trí 90 tỷ đồng cho ba huyện, gồm: Kim Thành 30 tỷ đồng, Thanh Hà 25 tỷ đồng "
     "và Tứ Kỳ 35 tỷ đồng.",
     {("30 tỷ đồng", "90 tỷ đồng"), ("25 tỷ đồng", "90 tỷ đồng"), ("35 tỷ đồng", "90 tỷ đồng")},
     {"90 tỷ đồng": ("adds up", 90_000_000_000)}),
    # provinces each with an amount, the currency written once at the end
    ("Trung ương phân bổ 120 tỷ đồng cho các tỉnh miền núi: Cao Bằng 40 tỷ, Bắc Kạn 50 tỷ, Hà Giang 30 tỷ đồng.",
     {("40 tỷ", "120 tỷ đồng"), ("50 tỷ", "120 tỷ đồng"), ("30 tỷ đồng", "120 tỷ đồng")},
     {"120 tỷ đồng": ("adds up", 120_000_000_000)}),
    ("Tổng vốn của chương trình là 50 tỷ đồng (ngân sách tỉnh 20 tỷ đồng, ngân sách huyện 30 tỷ đồng).",
     {("20 tỷ đồng", "50 tỷ đồng"), ("30 tỷ đồng", "50 tỷ đồng")},
     {"50 tỷ đồng": ("adds up", 50_000_000_000)}),
    ("Đợt này huyện trao 150 suất quà, chia ra 90 suất quà cho hộ nghèo và 60 suất quà cho gia đình chính sách.",
     {("90 suất quà", "150 suất quà"), ("60 suất quà", "150 suất quà")},
     {"150 suất quà": ("adds up", 150)}),
    # counts and money of one breakdown, each with its own total
    ("Sở đã hỗ trợ 9 cơ sở với kinh phí 1,2 tỷ đồng, cụ thể: 4 cơ sở chế biến nông sản được 700 triệu đồng, "
     "5 cơ sở dệt may được 500 triệu đồng.",
     {("4 cơ sở", "9 cơ sở"), ("5 cơ sở", "9 cơ sở"), ("700 triệu đồng", "1,2 tỷ đồng"),
      ("500 triệu đồng", "1,2 tỷ đồng")},
     {"9 cơ sở": ("adds up", 9), "1,2 tỷ đồng": ("adds up", 1_200_000_000)}),
    # --- "trong đó" names only some parts -------------------------------------------------------
    ("Toàn tỉnh có 250 doanh nghiệp mới thành lập, trong đó 40 doanh nghiệp có vốn đầu tư nước ngoài.",
     {("40 doanh nghiệp", "250 doanh nghiệp")},
     {"250 doanh nghiệp": ("less", 40)}),
    ("Huyện có 1.200 hộ, trong đó 150 hộ nghèo.",  # a narrower noun is a part all the same
     {("150 hộ nghèo", "1.200 hộ")},
     {"1.200 hộ": ("less", 150)}),
    ("Năm nay tỉnh giải ngân 800 tỷ đồng. Trong đó, vốn trung ương 500 tỷ đồng.",
     {("500 tỷ đồng", "800 tỷ đồng")},
     {"800 tỷ đồng": ("less", 500_000_000_000)}),
    # --- a slipped part: the parts sum to more ---------------------------------------------------
    ("Sở đã thẩm định 12 hồ sơ, bao gồm 5 hồ sơ cấp mới, 4 hồ sơ gia hạn và 4 hồ sơ điều chỉnh.",
     {("5 hồ sơ", "12 hồ sơ"), ("4 hồ sơ", "12 hồ sơ")},
     {"12 hồ sơ": ("more", 13)}),
    # --- exact sums of fractional money ---------------------------------------------------------
    ("Khoản viện trợ 1.000,5 USD, gồm 600,25 USD tiền mặt và 400,25 USD hiện vật.",
     {("600,25 USD", "1.000,5 USD"), ("400,25 USD", "1.000,5 USD")},
     {"1.000,5 USD": ("adds up", Decimal("1000.5"))}),
    # --- two levels: list lines, each with a bracketed breakdown --------------------------------
    ("Năm 2022, tỉnh triển khai 30 dự án với tổng vốn 45 tỷ đồng, gồm:\n"
     "- 18 dự án nông nghiệp, vốn 27 tỷ đồng (trong đó 10 dự án trồng trọt 15 tỷ đồng; "
     "8 dự án chăn nuôi 12 tỷ đồng);\n"
     "- 12 dự án công nghiệp, vốn 18 tỷ đồng.\n",
     {("18 dự án", "30 dự án"), ("12 dự án", "30 dự án"), ("27 tỷ đồng", "45 tỷ đồng"),
      ("18 tỷ đồng", "45 tỷ đồng"), ("10 dự án", "18 dự án"), ("8 dự án", "18 dự án"),
      ("15 tỷ đồng", "27 tỷ đồng"), ("12 tỷ đồng", "27 tỷ đồng")},
     {"30 dự án": ("adds up", 30), "45 tỷ đồng": ("adds up", 45_000_000_000),
      "18 dự án": ("adds up", 18), "27 tỷ đồng": ("adds up", 27_000_000_000)}),
    # two levels by list markers: "+" lines under a "-" line that opens its own list
    ("Kế hoạch năm 2024 có 20 lớp tập huấn, cụ thể như sau:\n"
     "- 12 lớp tập huấn cho nông dân, chia ra:\n"
     "+ 7 lớp tập huấn trồng trọt;\n"
     "+ 5 lớp tập huấn chăn nuôi;\n"
     "- 8 lớp tập huấn cho cán bộ.\n",
     {("12 lớp tập huấn", "20 lớp tập huấn"), ("8 lớp tập huấn", "20 lớp tập huấn"),
      ("7 lớp tập huấn", "12 lớp tập huấn"), ("5 lớp tập huấn", "12 lớp tập huấn")},
     {"20 lớp tập huấn": ("adds up", 20), "12 lớp tập huấn": ("adds up", 12)}),
    # list lines end at the first line without a marker
    ("Trong năm, Sở đã thực hiện 60 đề án, cụ thể:\n- 05 đề án trình diễn kỹ thuật;\n"
     "- 55 đề án ứng dụng máy móc thiết bị.\nNgoài ra, 7 đề án khác đang chờ phê duyệt.\n",
     {("05 đề án", "60 đề án"), ("55 đề án", "60 đề án")},
     {"60 đề án": ("adds up", 60)}),
    # items apart, a blank line between them
    ("Tổng kinh phí khuyến công là 2,4 tỷ đồng, bao gồm:\n\n- Hỗ trợ máy móc: 1,5 tỷ đồng;\n\n"
     "- Đào tạo nghề: 900 triệu đồng.\n\nHội nghị tổng kết năm có 120 đại biểu.\n",
     {("1,5 tỷ đồng", "2,4 tỷ đồng"), ("900 triệu đồng", "2,4 tỷ đồng")},
     {"2,4 tỷ đồng": ("adds up", 2_400_000_000)}),
    # "trong đó:" announces a list: its items, separated by ";", are all parts
    ("Năm 2023, xã hỗ trợ 40 hộ, trong đó: 25 hộ nghèo; 15 hộ cận nghèo.",
     {("25 hộ nghèo", "40 hộ"), ("15 hộ cận nghèo", "40 hộ")},
     {"40 hộ": ("adds up", 40)}),
    # "bằng khen" (a certificate) and "tăng cường" (to strengthen) are no comparison or change
    ("Sở trao 12 bằng khen với kinh phí 60 triệu đồng, gồm 7 bằng khen cho tập thể với kinh phí 35 triệu đồng "
     "và 5 bằng khen cho cá nhân với kinh phí 25 triệu đồng.",
     {("7 bằng khen", "12 bằng khen"), ("5 bằng khen", "12 bằng khen"), ("35 triệu đồng", "60 triệu đồng"),
      ("25 triệu đồng", "60 triệu đồng")},
     {"12 bằng khen": ("adds up", 12), "60 triệu đồng": ("adds up", 60_000_000)}),
    ("Dự án tăng cường năng lực có vốn 9 tỷ đồng, gồm: vốn vay 6 tỷ đồng, vốn đối ứng 3 tỷ đồng.",
     {("6 tỷ đồng", "9 tỷ đồng"), ("3 tỷ đồng", "9 tỷ đồng")},
     {"9 tỷ đồng": ("adds up", 9_000_000_000)}),
    # once the parts add up, a later figure of the sentence is none of them
    ("Huyện giải ngân 10 tỷ đồng, gồm 6 tỷ đồng vốn tỉnh và 4 tỷ đồng vốn huyện, dự kiến bố trí thêm 3 tỷ đồng.",
     {("6 tỷ đồng", "10 tỷ đồng"), ("4 tỷ đồng", "10 tỷ đồng")},
     {"10 tỷ đồng": ("adds up", 10_000_000_000)}),
    # "suất" stands for "suất quà"; "mỗi suất bao gồm" says what each holds and divides none of the 45
    ("Dịp Tết, huyện trao 76 suất quà, trong đó có 45 suất của Ủy ban nhân dân tỉnh, mỗi suất bao gồm 1 bao gạo "
     "và 1 thùng mì, 25 suất của huyện đoàn, và 6 suất của Hội Chữ thập đỏ.",
     {("45 suất", "76 suất quà"), ("25 suất", "76 suất quà"), ("6 suất", "76 suất quà")},
     {"76 suất quà": ("adds up", 76)}),
    # "Trong (tổng) số <total>, ..." with no "có": the rest of the sentence divides it, to it or to less
    ("Trong tổng số 48,6 tỷ đồng ủng hộ quỹ, Ủy ban tỉnh đã tiếp nhận 30,2 tỷ đồng (trong đó, 28 tỷ đồng tiền mặt "
     "và 2,2 tỷ đồng hàng hóa); các huyện tiếp nhận 18,4 tỷ đồng từ các nhà hảo tâm.",
     {("30,2 tỷ đồng", "48,6 tỷ đồng"), ("18,4 tỷ đồng", "48,6 tỷ đồng"), ("28 tỷ đồng", "30,2 tỷ đồng"),
      ("2,2 tỷ đồng", "30,2 tỷ đồng")},
     {"48,6 tỷ đồng": ("adds up", 48_600_000_000), "30,2 tỷ đồng": ("adds up", 30_200_000_000)}),
    ("Trong số 850 triệu đồng tiếp nhận, Ban vận động đã chuyển 120 triệu đồng cho các xã vùng lũ.",
     {("120 triệu đồng", "850 triệu đồng")}, {"850 triệu đồng": ("less", 120_000_000)}),
    # --- no opener: the next sentence's figures add up to the total exactly ---------------------
    ("Quỹ khuyến học đã trao 40 suất học bổng cho học sinh nghèo. Cấp 1: 15 suất, Cấp 2: 20 suất, Cấp 3: 5 suất.",
     {("15 suất", "40 suất học bổng"), ("20 suất", "40 suất học bổng"), ("5 suất", "40 suất học bổng")},
     {"40 suất học bổng": ("adds up", 40)}),
    # ... also when that sentence opens the next paragraph
    ("Thủ tướng quyết định hỗ trợ 700 tỷ đồng từ nguồn dự phòng ngân sách trung ương cho 3 tỉnh Tây Nguyên.\n\n"
     "Theo Quyết định, tỉnh Gia Lai được 300 tỷ đồng, Đắk Lắk 250 tỷ đồng, Kon Tum 150 tỷ đồng.",
     {("300 tỷ đồng", "700 tỷ đồng"), ("250 tỷ đồng", "700 tỷ đồng"), ("150 tỷ đồng", "700 tỷ đồng")},
     {"700 tỷ đồng": ("adds up", 700_000_000_000)}),
    ("Năm nay huyện chi 500 triệu đồng cho giao thông nông thôn. Xã Tân Lập 200 triệu đồng, xã Tân Hòa 300 triệu đồng.",
     {("200 triệu đồng", "500 triệu đồng"), ("300 triệu đồng", "500 triệu đồng")},
     {"500 triệu đồng": ("adds up", 500_000_000)}),
    # --- shares continuing a breakdown: "chiếm x%" and the ratio to the total confirm each part ----
    ("Tổng vốn đăng ký mới là 120.500 tỷ đồng. Trong đó ngành chế biến 48.200 tỷ đồng, chiếm 40%; ngành bất "
     "động sản 24.100 tỷ đồng, chiếm 20%.\nNgành bán buôn 6.025 tỷ đồng, chiếm 5%; ngành tài chính 3.615 tỷ "
     "đồng (chiếm 3%).",
     {("48.200 tỷ đồng", "120.500 tỷ đồng"), ("24.100 tỷ đồng", "120.500 tỷ đồng"),
      ("6.025 tỷ đồng", "120.500 tỷ đồng"), ("3.615 tỷ đồng", "120.500 tỷ đồng")},
     {"120.500 tỷ đồng": ("less", 81_940_000_000_000)}),
    ("Toàn tỉnh có 1.250 doanh nghiệp, trong đó 600 doanh nghiệp thương mại.\nCông nghiệp có 312 doanh "
     "nghiệp, chiếm 24,96% tổng số; xây dựng 150 doanh nghiệp (chiếm 12%).",
     {("600 doanh nghiệp", "1.250 doanh nghiệp"), ("312 doanh nghiệp", "1.250 doanh nghiệp"),
      ("150 doanh nghiệp", "1.250 doanh nghiệp")},
     {"1.250 doanh nghiệp": ("less", 1062)}),
    # a list of names, then its amounts in a bracket opened by "trong đó" with no figure of its own before it
    ("Bộ Tài chính đề xuất bổ sung 500 tỷ đồng cho 4 địa phương, gồm: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị "
     "(trong đó Nghệ An 200 tỷ đồng, Hà Tĩnh 150 tỷ đồng, Quảng Bình 100 tỷ đồng).",
     {("200 tỷ đồng", "500 tỷ đồng"), ("150 tỷ đồng", "500 tỷ đồng"), ("100 tỷ đồng", "500 tỷ đồng")},
     {"500 tỷ đồng": ("less", 450_000_000_000)}),
    # ... but a bracket "(gồm ...)" with one figure of each kind says what an item of the list holds
    ("UBND tỉnh phê duyệt 9 đề án khuyến công, tổng kinh phí 3 tỷ đồng. Cụ thể, có 2 nhóm: Hỗ trợ máy móc thiết bị "
     "(gồm 5 đề án, kinh phí 1,2 tỷ đồng); Hỗ trợ quảng bá sản phẩm (4 đề án, kinh phí 1,8 tỷ đồng).",
     {("1,2 tỷ đồng", "3 tỷ đồng"), ("1,8 tỷ đồng", "3 tỷ đồng")},
     {"3 tỷ đồng": ("adds up", 3_000_000_000)}),
    # the figure a part is compared with, in a bracket after "so với cùng kỳ", is no part
    # a labelled list inside a "(trong đó, ..." bracket: each colon labels an item of the bracket's total, no item
    # divides the one before it
    ("Mưa lớn đã làm 58 căn nhà bị hư hỏng (trong đó, xã Tân An: 30 căn, xã Tân Bình: 15 căn, xã Tân Hòa: 8 căn và "
     "xã Tân Lợi: 5 căn).",
     {("30 căn", "58 căn nhà"), ("15 căn", "58 căn nhà"), ("8 căn", "58 căn nhà"), ("5 căn", "58 căn nhà")},
     {"58 căn nhà": ("adds up", 58)}),
    ("Quý I, tỉnh thu hút 1,6 tỷ USD vốn FDI. Trong đó, vốn cấp mới gần 1,5 tỷ USD, gấp nhiều lần so với cùng kỳ "
     "năm 2023 (35,4 triệu USD); vốn điều chỉnh 100 triệu USD.",
     {("1,5 tỷ USD", "1,6 tỷ USD"), ("100 triệu USD", "1,6 tỷ USD")},
     {"1,6 tỷ USD": ("adds up", 1_600_000_000)}),
]

NOT_PARTS = [
    # "Theo đó," whose figures do not come to the figure before
    "Tỉnh đã hỗ trợ 14 tỷ đồng cho các huyện. Theo đó, huyện A đề xuất 3 tỷ đồng, huyện B đề xuất 2 tỷ đồng.",
    # a fare list: two equal fares before a class's bracket, and the fares after it summing to one of them by chance
    "Phí hoàn trước ngày bay: hạng linh hoạt(Y/M/B) 75 USD, hạng tiêu chuẩn(S/H/K) 100 USD, hạng tiết kiệm(N/R/T) "
    "150 USD, hạng siêu tiết kiệm(A/G/P) 250 USD.\nPhí hoàn từ ngày bay: hạng linh hoạt(Y/M/B) 100 USD, hạng tiêu "
    "chuẩn(S/H/K) 150 USD, hạng tiết kiệm(N/R/T) 250 USD, hạng siêu tiết kiệm(A/G/P) 250 USD, hạng đặc biệt(W) 100 "
    "USD, hạng thương gia(Z/U) 150 USD.",
    # ... with a bracket of a count after an item's amount: the count of the next item is no part of it either
    "Kinh phí cấp cho từng địa phương như sau: tỉnh Hà Giang: 187 triệu đồng (02 đối tượng), Kiên Giang: 936 triệu "
    "đồng, Bắc Giang: 36 triệu đồng (01 đối tượng), Bình Phước: 113 triệu đồng (01 đối tượng).",
    # a list of labels and values with no total: each colon labels an item, no item divides the one before it
    "Kinh phí cấp cho từng địa phương như sau: tỉnh Lạng Sơn: 245 triệu đồng (03 đối tượng), Cà Mau: 812 triệu "
    "đồng, Hà Nam: 48 triệu đồng, Ninh Bình: 96 triệu đồng, Quảng Trị: 120 triệu đồng.",
    # a later, unrelated total in the next sentence
    "Năm 2021, huyện hỗ trợ 15 hộ nghèo, kinh phí 300 triệu đồng. "
    "Năm 2022, huyện hỗ trợ 20 hộ nghèo, kinh phí 400 triệu đồng.",
    # a figure of another kind after the opener
    "Huyện có 25 làng nghề, trong đó 3.000 lao động làm việc thường xuyên.",
    # a rate is never a part
    "Tổng kinh phí lớp học là 600 triệu đồng, trong đó mức hỗ trợ 3 triệu đồng/người/tháng.",
    # a conversion into another currency
    "Vốn điều lệ của công ty là 300 tỷ đồng (khoảng 12,7 triệu USD).",
    # a change or a comparison
    "Thu ngân sách đạt 1.200 tỷ đồng, trong đó tăng 150 tỷ đồng so với cùng kỳ.",
    "Kim ngạch xuất khẩu đạt 520 triệu USD, cụ thể 480 triệu USD so với cùng kỳ năm trước.",
    # a range is no part
    "Tổng vốn 100 tỷ đồng, trong đó mỗi xã được hỗ trợ từ 2 đến 3 tỷ đồng.",
    # two figures of one kind before the opener: which one it divides is not said
    "Đến nay có 8 dự án nhóm A, 35 dự án nhóm B, trong đó 20 dự án giao thông.",
    # a colon with one figure after it is a label, not a list
    "Dự toán năm 2023 là 2 tỷ đồng: giải ngân 1,5 tỷ đồng trong quý IV.",
    # a paragraph after the opener, without list markers
    "Kinh phí cả năm là 2 tỷ đồng, gồm:\n\nHội nghị tổng kết được tổ chức với kinh phí 50 triệu đồng.",
    # a figure in the bracket of a count, of another noun
    "Tổ chức 03 đợt bình chọn sản phẩm (thực hiện 03 đề án, lựa chọn được 132 sản phẩm tiêu biểu).",
    # a part cannot exceed its total
    "Năm 2023 có 50 dự án, trong đó 70 dự án đã hoàn thành thủ tục.",
    # nothing after "bao gồm" of the total's kind
    "Hồ sơ gồm 03 bộ, bao gồm bản sao giấy phép và 02 ảnh.",
    # "Trong số <total>, ..." whose figures come to more than it; and one written rounded ("hơn 1 tỷ"), too
    # coarse to confirm a sum
    "Trong số 50 tỷ đồng đã giao, huyện A giải ngân 40 tỷ đồng, huyện B giải ngân 30 tỷ đồng.",
    "Trong hơn 1 tỷ đồng hỗ trợ, phần ngân sách tỉnh là 701.016.120 đồng, phần ngân sách huyện là 300.435.480 đồng.",
    # no opener and no exact sum: the next sentence's figures are no parts
    "Quỹ khuyến học đã trao 40 suất học bổng cho học sinh nghèo. Cấp 1: 15 suất, Cấp 2: 20 suất.",
    # ... nor two figures only of the next paragraph's sentence: a weaker tie, and two figures sum by chance
    "Tỉnh hỗ trợ 500 tỷ đồng cho các huyện.\n\nNăm 2023 huyện A nhận 300 tỷ đồng, năm 2024 nhận 200 tỷ đồng.",
    # ... nor those of a sentence two paragraphs below
    "Tỉnh hỗ trợ 700 tỷ đồng cho 3 huyện.\n\nCác huyện đã nhận đủ kinh phí.\n\nHuyện A được 300 tỷ đồng, huyện B "
    "250 tỷ đồng, huyện C 150 tỷ đồng.",
    # a bound is no part: "thấp nhất là", "tối đa"
    "Các thành viên góp tổng số tiền 300 triệu đồng; trong đó thành viên góp thấp nhất là 2 triệu đồng.",
    "Quỹ hỗ trợ 200 triệu đồng, trong đó mỗi hộ được hỗ trợ tối đa 10 triệu đồng.",
    # shares with no breakdown of the total opened before them (an opener makes a breakdown)
    "Tổng vốn đăng ký là 120.500 tỷ đồng. Ngành chế biến 48.200 tỷ đồng, chiếm 40%; ngành bất động sản "
    "24.100 tỷ đồng, chiếm 20%.",
]

SHARES_UNCONFIRMED = [
    # the ratio is not the share: 30 of 120 is 25%, not 40%
    "Tổng vốn là 120 tỷ đồng, trong đó vốn tỉnh 60 tỷ đồng.\nVốn xã hội hóa 30 tỷ đồng, chiếm 40%.",
    # a share that would take the parts past the total: a second division of it
    "Tổng vốn là 120 tỷ đồng, trong đó vốn tỉnh 100 tỷ đồng.\nKhu vực nông thôn 48 tỷ đồng, chiếm 40%.",
]


@pytest.mark.parametrize("text", SHARES_UNCONFIRMED, ids=[f"share{i}" for i in range(len(SHARES_UNCONFIRMED))])
def test_a_share_the_arithmetic_does_not_confirm_adds_no_part(text):
    parts, _ = breakdown(text)
    assert parts == {(part, "120 tỷ đồng") for part in ("60 tỷ đồng", "100 tỷ đồng") if part in text}


@pytest.mark.parametrize("text, parts, totals", BREAKDOWNS, ids=[row[0][:50] for row in BREAKDOWNS])
def test_breakdowns(text, parts, totals):
    got_parts, got_totals = breakdown(text)
    assert got_parts == parts
    assert got_totals == totals
    for _, parts_sum in got_totals.values():
        assert isinstance(parts_sum, (int, Decimal)) and not isinstance(parts_sum, bool)


@pytest.mark.parametrize("text", NOT_PARTS, ids=[text[:50] for text in NOT_PARTS])
def test_figures_that_are_no_parts(text):
    facts = checked_facts(text)
    assert sum(f["type"] in FIGURES for f in facts) >= 2, "the row must hold figures to relate"
    assert breakdown(text) == (set(), {})


def test_trong_do_stops_at_a_semicolon():
    parts, totals = breakdown("Năm 2023 có 50 dự án đăng ký, trong đó 10 dự án FDI; năm 2024 có 30 dự án.")
    assert parts == {("10 dự án", "50 dự án")}
    assert totals == {"50 dự án": ("less", 10)}


def test_a_later_breakdown_in_another_paragraph_has_its_own_total():
    text = ("Tổng kinh phí năm 2023 là 2 tỷ đồng.\n\n"
            "Năm 2024, tỉnh bố trí 1,2 tỷ đồng cho 15 mô hình, trong đó 500 triệu đồng cho mô hình điểm.")
    assert breakdown(text) == ({("500 triệu đồng", "1,2 tỷ đồng")}, {"1,2 tỷ đồng": ("less", 500_000_000)})


def test_every_money_and_count_fact_carries_the_fields_null_when_they_do_not_apply():
    facts = checked_facts("Hỗ trợ 3 hợp tác xã, kinh phí 450 triệu đồng theo Quyết định số 12/QĐ-UBND.")
    figures = [f for f in facts if f["type"] in FIGURES]
    assert len(figures) == 2
    for fact in figures:
        assert (fact["part_of"], fact["parts"], fact["parts_sum"], fact["per"]) == (None, None, None, None)


def test_seed_article_two_levels():
    """The seed's figures (facts.md): every breakdown found, each total adds up."""
    text = (ROOT / "testsites" / "data" / "seed.txt").read_text(encoding="utf-8")
    facts = checked_facts(text)
    starts = {}
    for fact in facts:
        starts.setdefault(fact["text"], []).append(fact["start"])

    def at(surface, occurrence=0):
        start = starts[surface][occurrence]
        return next(f for f in facts if f["start"] == start)

    total_count, total_money = at("66 đề án"), at("11,072 tỷ đồng")
    first = [f for f in facts if f["text"] == "05 đề án"]
    item_counts = [first[0], at("55 đề án"), at("06 đề án")]
    item_money = [at("1,55 tỷ đồng"), at("8,615 tỷ đồng"), at("907 triệu đồng")]
    assert [f["part_of"] for f in item_counts] == [total_count["start"]] * 3
    assert [f["part_of"] for f in item_money] == [total_money["start"]] * 3
    assert [at("03 đề án")["part_of"], at("02 đề án")["part_of"]] == [first[0]["start"]] * 2
    assert [at("800 triệu đồng")["part_of"], at("750 triệu đồng")["part_of"]] == [at("1,55 tỷ đồng")["start"]] * 2
    assert [at("50 đề án")["part_of"], first[1]["part_of"]] == [at("55 đề án")["start"]] * 2
    assert [at("7,715 tỷ đồng")["part_of"], at("900 triệu đồng")["part_of"]] == [at("8,615 tỷ đồng")["start"]] * 2
    totals = [total_count, total_money, first[0], at("1,55 tỷ đồng"), at("55 đề án"), at("8,615 tỷ đồng")]
    assert [(f["parts"], f["parts_sum"]) for f in totals] == [
        ("adds up", 66), ("adds up", 11_072_000_000), ("adds up", 5), ("adds up", 1_550_000_000),
        ("adds up", 55), ("adds up", 8_615_000_000),
    ]
    # Nothing else of the article is a part or a total (the later "03 đợt", "686,2 triệu đồng" ...).
    related = {f["start"] for f in facts if f.get("part_of") is not None or f.get("parts") is not None}
    assert len(related) == 16


def test_a_slipped_part_in_the_seed_is_flagged_more():
    text = (ROOT / "testsites" / "data" / "seed.txt").read_text(encoding="utf-8")
    slipped = text.replace("06 đề án cho các cơ sở", "07 đề án cho các cơ sở")
    assert slipped != text
    facts = checked_facts(slipped)
    total = next(f for f in facts if f["text"] == "66 đề án")
    assert (total["parts"], total["parts_sum"]) == ("more", 67)


def test_cli_writes_the_fields_with_exact_sums():
    """``python -m extract``: every money and count line carries the four fields; a fractional sum
    is an exact JSON number, never through a float."""
    import json
    import subprocess
    import sys

    text = "Khoản viện trợ 1.000,5 USD, gồm 600,25 USD tiền mặt và 400,25 USD hiện vật cho 3 hộ.\n"
    proc = subprocess.run([sys.executable, "-m", "extract"], input=text.encode("utf-8"), cwd=ROOT,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    figures = [row for row in rows if row["type"] in FIGURES]
    assert len(figures) == 4
    assert all({"part_of", "parts", "parts_sum", "per"} <= row.keys() for row in figures)
    total = figures[0]
    assert (total["text"], total["parts"]) == ("1.000,5 USD", "adds up")
    assert '"parts_sum": 1000.5' in lines[rows.index(total)]
    assert [row["part_of"] for row in figures[1:3]] == [total["start"]] * 2
    assert figures[3]["part_of"] is None and figures[3]["per"] is None


# --- lists that write the unit only at both ends, and tables with a total row -----------------------
# (extract/lists.py, extract/table_totals.py)
SHAPES = [
    ("Năm 2025, tỉnh phân bổ 360 tỷ đồng vốn nông thôn mới, cụ thể: Mường Khương 110 tỷ đồng, Bát Xát 95, "
     "Si Ma Cai 65 và Bắc Hà 90 tỷ đồng.",
     {("110 tỷ đồng", "360 tỷ đồng"), ("95", "360 tỷ đồng"), ("65", "360 tỷ đồng"), ("90 tỷ đồng", "360 tỷ đồng")},
     {"360 tỷ đồng": ("adds up", 360_000_000_000)}),
    ("Tổng vốn FDI đăng ký đạt 2.150 triệu USD, trong đó: Hàn Quốc 820 triệu USD; Nhật Bản 640; "
     "Singapore 410; Trung Quốc 280 triệu USD.",
     {("820 triệu USD", "2.150 triệu USD"), ("640", "2.150 triệu USD"), ("410", "2.150 triệu USD"),
      ("280 triệu USD", "2.150 triệu USD")},
     {"2.150 triệu USD": ("adds up", 2_150_000_000)}),
    # the items do not add up to the stated total: an "of which" that names some parts
    ("Kế hoạch vốn năm 2025 là 500 tỷ đồng, trong đó: Văn Bàn 120 tỷ đồng, Bảo Yên 80 và Bảo Thắng 100 tỷ đồng.",
     {("120 tỷ đồng", "500 tỷ đồng"), ("80", "500 tỷ đồng"), ("100 tỷ đồng", "500 tỷ đồng")},
     {"500 tỷ đồng": ("less", 300_000_000_000)}),
    # a total row, the parts below it
    ("Đơn vị tính: triệu đồng\n"
     "| Nội dung | Dự toán 2025 |\n"
     "| Tổng cộng | 8.400 |\n"
     "| Khuyến công | 3.100 |\n"
     "| Xúc tiến thương mại | 2.800 |\n"
     "| Chuyển đổi số | 2.500 |\n",
     {("3.100", "8.400"), ("2.800", "8.400"), ("2.500", "8.400")}, {"8.400": ("adds up", 8_400_000_000)}),
    # a spaced table, the total row first and a count column beside the money
    ("(Đơn vị: tỷ đồng)\n"
     "STT   Địa phương      Số dự án    Vốn đầu tư\n"
     "      Tổng số         27          1.460\n"
     "1     Hà Giang        12          620\n"
     "2     Lào Cai         8           510\n"
     "3     Yên Bái         7           330\n",
     {("620", "1.460"), ("510", "1.460"), ("330", "1.460")}, {"1.460": ("adds up", 1_460_000_000_000)}),
    # a total row last ("Cộng"), the parts above it
    ("Đơn vị tính: triệu đồng\n"
     "| STT | Huyện | Dự toán |\n"
     "| 1 | Bát Xát | 4.350 |\n"
     "| 2 | Sa Pa | 6.120 |\n"
     "| | Cộng | 10.470 |\n",
     {("4.350", "10.470"), ("6.120", "10.470")}, {"10.470": ("adds up", 10_470_000_000)}),
    # list items one a line, the unit written only on the first and the last
    ("Tổng vốn phân bổ năm 2025 là 460 tỷ đồng, gồm:\n- Hà Giang: 120 tỷ đồng;\n- Lào Cai: 95;\n- Yên Bái: 40;\n"
     "- Điện Biên: 95;\n- Sơn La: 110 tỷ đồng.",
     {("120 tỷ đồng", "460 tỷ đồng"), ("95", "460 tỷ đồng"), ("40", "460 tỷ đồng"), ("110 tỷ đồng", "460 tỷ đồng")},
     {"460 tỷ đồng": ("adds up", 460_000_000_000)}),
    # a spaced table of dollars, its total row last
    ("Kết quả thu hút đầu tư năm 2025\n"
     "Đối tác            Vốn (triệu USD)\n"
     "Hàn Quốc           820\n"
     "Nhật Bản           640\n"
     "Cộng               1.460\n",
     {("820", "1.460"), ("640", "1.460")}, {"1.460": ("adds up", 1_460_000_000)}),
    # rows that do not add up to the total row: no parts at all
    ("Đơn vị tính: triệu đồng\n"
     "| Nội dung | Kinh phí |\n"
     "| Tổng cộng | 3.500 |\n"
     "| Khuyến công | 1.200 |\n"
     "| Xúc tiến thương mại | 2.000 |\n",
     set(), {}),
]


@pytest.mark.parametrize("text, parts, totals", SHAPES)
def test_breakdowns_of_lists_and_table_total_rows(text, parts, totals):
    assert breakdown(text) == (parts, totals)


# Shapes of issue #18 the rules above did not reach: a breakdown in the paragraph after its total, a
# "trong đó" list past its ";", "trong X, có A và B", items whose amounts stand alone in brackets, totals
# written after their parts. Examples written for these tests (tests/judged_parts/ only judges them).
FURTHER = [
    # "Theo đó," opening the paragraph after a headline's total: its parts over the paragraphs that open like it
    ("Phân bổ hơn 24 tỷ đồng hỗ trợ dồn điền, đổi thửa và cánh đồng mẫu\n\nLượt xem: 120\n\nTheo đó, phân bổ hơn 9 tỷ "
     "đồng kinh phí dồn điền, đổi thửa cho 6 huyện.\n\nPhân bổ 14,95 tỷ đồng kinh phí xây dựng cánh đồng mẫu.",
     {("9 tỷ đồng", "24 tỷ đồng"), ("14,95 tỷ đồng", "24 tỷ đồng")},
     {"24 tỷ đồng": ("less", 23_950_000_000)}),
    # "Trong đó, xã A ..." going on over the paragraphs that open like it ("Xã B ...", "Xã C ..."), the sum confirming
    ("Huyện đã chi trả cho 40 hộ bị ảnh hưởng với tổng kinh phí bồi thường gần 62,4 tỷ đồng.\n\nTrong đó, xã Tân Lộc "
     "có 18 hộ có đất bị thu hồi. Tổng giá trị bồi thường là gần 30,1 tỷ đồng.\n\nXã Tân Phú có 12 hộ có đất bị thu "
     "hồi. Tổng giá trị bồi thường là hơn 20,3 tỷ đồng.\n\nXã Tân Hòa có 10 hộ. Tổng giá trị bồi thường là 12 tỷ "
     "đồng.\n\nDự kiến tháng sau huyện chi trả tiếp 5 tỷ đồng.",
     {("18 hộ", "40 hộ"), ("12 hộ", "40 hộ"), ("10 hộ", "40 hộ"), ("30,1 tỷ đồng", "62,4 tỷ đồng"),
      ("20,3 tỷ đồng", "62,4 tỷ đồng"), ("12 tỷ đồng", "62,4 tỷ đồng")},
     {"40 hộ": ("adds up", 40), "62,4 tỷ đồng": ("adds up", 62_400_000_000)}),
    # ... not a paragraph that opens like it but takes the sum past the total
    ("Huyện đã chi trả tổng kinh phí gần 62,4 tỷ đồng.\n\nTrong đó, xã Tân Lộc nhận gần 30,1 tỷ đồng, xã Tân Phú nhận "
     "hơn 20,3 tỷ đồng.\n\nXã Tân Hòa đề nghị bổ sung 15 tỷ đồng cho năm sau.",
     {("30,1 tỷ đồng", "62,4 tỷ đồng"), ("20,3 tỷ đồng", "62,4 tỷ đồng")},
     {"62,4 tỷ đồng": ("less", 50_400_000_000)}),
    # "Trong đó," opening the next paragraph: the last sentence of the paragraph before holds the total,
    # and the whole sentence is the breakdown, past its ";"
    ("Tổng vốn bố trí cho chương trình năm 2025 là 600 tỷ đồng.\n\n"
     "Trong đó, vốn trung ương 350 tỷ đồng; vốn tỉnh 150 tỷ đồng và vốn huyện 60 tỷ đồng.",
     {("350 tỷ đồng", "600 tỷ đồng"), ("150 tỷ đồng", "600 tỷ đồng"), ("60 tỷ đồng", "600 tỷ đồng")},
     {"600 tỷ đồng": ("less", 560_000_000_000)}),
    # "Trong số này," too, under a headline line, for counts
    ("2.400 lao động được tuyển dụng\n\nTrong số này, Bình Xuyên 1.100 lao động, Tam Dương 800 lao động.",
     {("1.100 lao động", "2.400 lao động"), ("800 lao động", "2.400 lao động")},
     {"2.400 lao động": ("less", 1900)}),
    # parts counted by the classifier alone ("50 căn" of "69 căn nhà")
    ("Năm nay tỉnh hỗ trợ 69 căn nhà, trong đó xây mới 50 căn, sửa chữa 19 căn.",
     {("50 căn", "69 căn nhà"), ("19 căn", "69 căn nhà")}, {"69 căn nhà": ("adds up", 69)}),
    # past a title repeated and a photo's caption between the two paragraphs
    ("Năm 2024, tỉnh dành khoảng 30 tỷ đồng để hỗ trợ các huyện xây dựng nông thôn mới.\n"
     "Hỗ trợ các huyện xây dựng nông thôn mới\n\nẢnh minh họa. (Nguồn: Báo tỉnh)\n\n"
     "Cụ thể, huyện A được hỗ trợ 12 tỷ đồng; huyện B được hỗ trợ 10 tỷ đồng; huyện C được hỗ trợ 8 tỷ đồng.",
     {("12 tỷ đồng", "30 tỷ đồng"), ("10 tỷ đồng", "30 tỷ đồng"), ("8 tỷ đồng", "30 tỷ đồng")},
     {"30 tỷ đồng": ("adds up", 30_000_000_000)}),
    # "Theo lĩnh vực," / "Xét về thị trường," opening a breakdown of the largest parts: they come to less
    ("Năm 2024, tỉnh thu hút 45 dự án FDI với tổng vốn đăng ký 2,5 tỷ USD.\n\nTheo lĩnh vực đầu tư: công nghiệp "
     "chế biến dẫn đầu với 30 dự án và 1,8 tỷ USD; bất động sản 5 dự án và 400 triệu USD; bán lẻ 6 dự án và 100 triệu "
     "USD.",
     {("30 dự án", "45 dự án"), ("5 dự án", "45 dự án"), ("6 dự án", "45 dự án"), ("1,8 tỷ USD", "2,5 tỷ USD"),
      ("400 triệu USD", "2,5 tỷ USD"), ("100 triệu USD", "2,5 tỷ USD")},
     {"45 dự án": ("less", 41), "2,5 tỷ USD": ("less", 2_300_000_000)}),
    ("Kim ngạch xuất khẩu thủy sản đạt 900 triệu USD. Xét về thị trường, Mỹ dẫn đầu với 300 triệu USD, "
     "tiếp theo là Nhật Bản 200 triệu USD và Hàn Quốc 150 triệu USD.",
     {("300 triệu USD", "900 triệu USD"), ("200 triệu USD", "900 triệu USD"), ("150 triệu USD", "900 triệu USD")},
     {"900 triệu USD": ("less", 650_000_000)}),
    # the paragraph before (a photo's caption) holds a smaller amount: the parts go to the total they come to,
    # a paragraph further back, within the rounding of the figures as written; counts only where the words say
    ("Có 90.000 người được nhận hỗ trợ với số tiền trên 100 tỷ đồng.\n\n"
     "Lễ chi hỗ trợ tại huyện A cho các đối tượng, với số tiền 9,5 tỷ đồng.\n\n"
     "Trong đó, người có công 20.000 người, số tiền 25,3 tỷ đồng; bảo trợ xã hội 40.000 người, số tiền 44,6 tỷ "
     "đồng; hộ nghèo 30.000 người, số tiền 30,2 tỷ đồng.",
     {("25,3 tỷ đồng", "100 tỷ đồng"), ("44,6 tỷ đồng", "100 tỷ đồng"), ("30,2 tỷ đồng", "100 tỷ đồng")},
     {"100 tỷ đồng": ("more", 100_100_000_000)}),
    # "Cụ thể," dividing the one part of the "Trong đó," sentence before it, which the sum confirms
    ("Thu ngân sách trên địa bàn huyện ước đạt 235 tỷ đồng. Trong đó, thu do huyện quản lý 127 tỷ đồng, đạt 26% "
     "dự toán. Cụ thể, thu thuế và phí 73 tỷ đồng; thu tiền sử dụng đất 50 tỷ đồng; thu khác 4 tỷ đồng.",
     {("127 tỷ đồng", "235 tỷ đồng"), ("73 tỷ đồng", "127 tỷ đồng"), ("50 tỷ đồng", "127 tỷ đồng"),
      ("4 tỷ đồng", "127 tỷ đồng")},
     {"235 tỷ đồng": ("less", 127_000_000_000), "127 tỷ đồng": ("adds up", 127_000_000_000)}),
    # "Cụ thể:" closing the paragraph of the total, its items the next paragraph, which the sum confirms
    ("Theo đó, trích từ ngân sách tỉnh 20.500 triệu đồng hỗ trợ các địa phương theo Nghị quyết số 42/NQ-CP. "
     "Cụ thể:\n\nHuyện A: 5.000 triệu đồng; huyện B 6.500 triệu đồng; huyện C 9.000 triệu đồng.",
     {("5.000 triệu đồng", "20.500 triệu đồng"), ("6.500 triệu đồng", "20.500 triệu đồng"),
      ("9.000 triệu đồng", "20.500 triệu đồng")},
     {"20.500 triệu đồng": ("adds up", 20_500_000_000)}),
    # "Cụ thể," opening a paragraph whose next sentences name a part each, their sum within 1% of the total
    ("Nhu cầu vốn cho chương trình giai đoạn 2026-2030 dự kiến gần 5.000 tỉ đồng.\n\n"
     "Cụ thể, vốn ngân sách trung ương dự kiến hơn 480 tỉ đồng (chiếm 10%). Vốn ngân sách địa phương 520 tỉ đồng. "
     "Vốn tín dụng dự kiến hơn 2.400 tỉ đồng. Vốn doanh nghiệp hơn 1.595 tỉ đồng.",
     {("480 tỉ đồng", "5.000 tỉ đồng"), ("520 tỉ đồng", "5.000 tỉ đồng"), ("2.400 tỉ đồng", "5.000 tỉ đồng"),
      ("1.595 tỉ đồng", "5.000 tỉ đồng")},
     {"5.000 tỉ đồng": ("less", 4_995_000_000_000)}),
    # ... and "Trong đó," too: "Riêng ..." after a nested "Cụ thể," is the second part
    ("Thu ngân sách trên địa bàn huyện ước đạt 235 tỷ đồng. Trong đó, thu do huyện quản lý 127 tỷ đồng. Cụ thể, "
     "thu thuế và phí 73 tỷ đồng; thu tiền sử dụng đất 50 tỷ đồng; thu khác 4 tỷ đồng. Riêng thu do tỉnh quản lý "
     "108 tỷ đồng.",
     {("127 tỷ đồng", "235 tỷ đồng"), ("108 tỷ đồng", "235 tỷ đồng"), ("73 tỷ đồng", "127 tỷ đồng"),
      ("50 tỷ đồng", "127 tỷ đồng"), ("4 tỷ đồng", "127 tỷ đồng")},
     {"235 tỷ đồng": ("adds up", 235_000_000_000), "127 tỷ đồng": ("adds up", 127_000_000_000)}),
    # a list a page broke into paragraphs of items, each item an amount, ";" between them
    ("Tổng số tiền đã tiếp nhận là 900 tỷ đồng. Trong đó, Ban Vận động đã hỗ trợ các địa phương 700 tỷ đồng.\n\n"
     "Cụ thể, Ban Vận động đã phân bổ hỗ trợ: tỉnh A 150 tỷ đồng; tỉnh B 120 tỷ đồng.\n\n"
     "Tỉnh D 60 tỷ đồng; tỉnh E 50 tỷ đồng; TP. F 50 tỷ đồng.\n\nCác địa phương cam kết dùng 2 tỷ đồng đúng mục đích.",
     {("700 tỷ đồng", "900 tỷ đồng"), ("150 tỷ đồng", "700 tỷ đồng"), ("120 tỷ đồng", "700 tỷ đồng"),
      ("60 tỷ đồng", "700 tỷ đồng"), ("50 tỷ đồng", "700 tỷ đồng")},
     {"900 tỷ đồng": ("less", 700_000_000_000), "700 tỷ đồng": ("less", 430_000_000_000)}),
    # a paragraph that ends with ";" continues in the next one
    ("Năm 2024, quỹ cứu trợ đã chi 12 tỷ đồng.\n\nTrong đó, hỗ trợ 1.500 hộ có nhà bị hư hỏng 7,5 tỷ đồng;\n\n"
     "Hỗ trợ 900 hộ mất trắng hoa màu 4,5 tỷ đồng.",
     {("7,5 tỷ đồng", "12 tỷ đồng"), ("4,5 tỷ đồng", "12 tỷ đồng")},
     {"12 tỷ đồng": ("adds up", 12_000_000_000)}),
    # past the ";", a part of the same list only as far as the total
    ("Tổng thu năm 2024 là 500 tỷ đồng. Trong đó, thu nội địa 320 tỷ đồng; chi thường xuyên 250 tỷ đồng.",
     {("320 tỷ đồng", "500 tỷ đồng")},
     {"500 tỷ đồng": ("less", 320_000_000_000)}),
    # "trong đó" inside a sentence, cut at its ";": the clause after it counts when the sum confirms it
    ("Kế hoạch vốn năm 2025 là 240 tỷ đồng, trong đó vốn trung ương 200 tỷ đồng; vốn đối ứng của tỉnh 40 tỷ đồng.",
     {("200 tỷ đồng", "240 tỷ đồng"), ("40 tỷ đồng", "240 tỷ đồng")},
     {"240 tỷ đồng": ("adds up", 240_000_000_000)}),
    # a list opened inside the "trong đó" clause: its ";" separates its items
    ("Quỹ tiếp nhận 50 tỷ đồng, trong đó các tỉnh ủng hộ 6 tỷ đồng, cụ thể: Hà Nam (2 tỷ đồng); "
     "Thái Bình (4 tỷ đồng); các doanh nghiệp 44 tỷ đồng.",
     {("6 tỷ đồng", "50 tỷ đồng"), ("2 tỷ đồng", "6 tỷ đồng"), ("4 tỷ đồng", "6 tỷ đồng")},
     {"50 tỷ đồng": ("less", 6_000_000_000), "6 tỷ đồng": ("adds up", 6_000_000_000)}),
    # ... and not when the clause after the ";" does not complete it
    ("Dự án có vốn 300 tỷ đồng, trong đó vốn vay 100 tỷ đồng; dự án thứ hai có vốn 120 tỷ đồng.",
     {("100 tỷ đồng", "300 tỷ đồng")},
     {"300 tỷ đồng": ("less", 100_000_000_000)}),
    # "làm tăng vốn điều lệ với giá trị ...": what rose is named, the figure is the value of a part
    ("Quý III có 1.200 lượt góp vốn với giá trị 900 triệu USD, trong đó 700 lượt góp vốn làm tăng vốn điều lệ "
     "với giá trị 500 triệu USD và 500 lượt góp vốn không làm tăng vốn điều lệ với giá trị 400 triệu USD.",
     {("700 lượt", "1.200 lượt"), ("500 lượt", "1.200 lượt"), ("500 triệu USD", "900 triệu USD"),
      ("400 triệu USD", "900 triệu USD")},
     {"1.200 lượt": ("adds up", 1200), "900 triệu USD": ("adds up", 900_000_000)}),
    # "giảm nghèo" names a programme: its amount is no change
    ("Chương trình giảm nghèo bền vững được giao 185 tỷ đồng (ngân sách Trung ương 180 tỷ đồng, "
     "đối ứng ngân sách địa phương 5 tỷ đồng).",
     {("180 tỷ đồng", "185 tỷ đồng"), ("5 tỷ đồng", "185 tỷ đồng")},
     {"185 tỷ đồng": ("adds up", 185_000_000_000)}),
    # "còn lại" names the rest of the total, a part
    ("Dự án cần 13.000 tỷ đồng, trong đó vốn vay 9.500 tỷ đồng, còn lại 3.500 tỷ đồng là vốn đối ứng.",
     {("9.500 tỷ đồng", "13.000 tỷ đồng"), ("3.500 tỷ đồng", "13.000 tỷ đồng")},
     {"13.000 tỷ đồng": ("adds up", 13_000_000_000_000)}),
    # "trong X, có A và B": the total inside the opener
    ("Trong 45 tỷ đồng giải ngân năm nay, có 30 tỷ đồng vốn trung ương và 15 tỷ đồng vốn tỉnh.",
     {("30 tỷ đồng", "45 tỷ đồng"), ("15 tỷ đồng", "45 tỷ đồng")},
     {"45 tỷ đồng": ("adds up", 45_000_000_000)}),
    ("Theo kết quả rà soát, trong tổng số 320 hộ được khảo sát có 45 hộ nghèo.",
     {("45 hộ nghèo", "320 hộ")},
     {"320 hộ": ("less", 45)}),
    # items whose amounts stand alone in brackets, the list in the paragraph after its total
    ("Tỉnh đã phân bổ 90 tỷ đồng cho các huyện miền núi.\n\n"
     "Cụ thể, các huyện được phân bổ gồm: Tiên Yên (40 tỷ đồng), Ba Chẽ (30 tỷ đồng), Bình Liêu (20 tỷ đồng).",
     {("40 tỷ đồng", "90 tỷ đồng"), ("30 tỷ đồng", "90 tỷ đồng"), ("20 tỷ đồng", "90 tỷ đồng")},
     {"90 tỷ đồng": ("adds up", 90_000_000_000)}),
    # totals after their parts, as the words say and as the sum confirms
    ("Xã Tân Lập được hỗ trợ 10 tỷ đồng, xã Tân Hòa 20 tỷ đồng; tổng cộng 30 tỷ đồng.",
     {("10 tỷ đồng", "30 tỷ đồng"), ("20 tỷ đồng", "30 tỷ đồng")},
     {"30 tỷ đồng": ("adds up", 30_000_000_000)}),
    ("Quý I xuất khẩu đạt 120 triệu USD, quý II đạt 135,5 triệu USD. Như vậy, tổng kim ngạch 6 tháng đạt "
     "255,5 triệu USD.",
     {("120 triệu USD", "255,5 triệu USD"), ("135,5 triệu USD", "255,5 triệu USD")},
     {"255,5 triệu USD": ("adds up", 255_500_000)}),
    # within the rounding of the total as written: 16.560 is "gần 16,6 nghìn"
    ("Năm 2024 có 12.350 doanh nghiệp thành lập mới và 4.210 doanh nghiệp quay lại hoạt động, nâng tổng số "
     "lên gần 16,6 nghìn doanh nghiệp.",
     {("12.350 doanh nghiệp", "16,6 nghìn doanh nghiệp"), ("4.210 doanh nghiệp", "16,6 nghìn doanh nghiệp")},
     {"16,6 nghìn doanh nghiệp": ("less", 16560)}),
]

NOT_FURTHER = [
    # the paragraph before holds two totals of the kind: which one is divided is not said
    "Năm 2023 thu 300 tỷ đồng, năm 2024 thu 350 tỷ đồng.\n\nTrong đó, thu nội địa 200 tỷ đồng.",
    # a figure larger than the total of the sentence before: the list divides another total
    "Năm 2023, tỉnh cấp hơn 500 tỷ đồng cho chương trình nông thôn mới.\n\n"
    "Cụ thể, chương trình giảm nghèo được 180 tỷ đồng; chương trình nông thôn mới 505 tỷ đồng.",
    # "Theo lĩnh vực," after a total its parts exceed: it divides another one
    "Vốn đầu tư ròng đạt 2,1 tỷ USD. Theo lĩnh vực, ngành tài chính 1,5 tỷ USD, ngành sản xuất 0,9 tỷ USD.",
    # the parts exceed the total of the paragraph before, and come to no total further back
    "Tỉnh chi 100 tỷ đồng cho chương trình.\n\nBuổi lễ trao 9,5 tỷ đồng.\n\n"
    "Trong đó, huyện A 25,3 tỷ đồng; huyện B 44,6 tỷ đồng; huyện C 20,2 tỷ đồng.",
    # a single figure in the sentences after "Cụ thể,", equal to the total, restates it
    "Hơn 120 tỷ đồng đã được chi hỗ trợ 106.775 người.\n\nCụ thể, ba nhóm đối tượng được hỗ trợ. Tổng số tiền "
    "trên 120 tỷ đồng.",
    # one figure after "Trong đó," with the total's own value says the total again
    "Kim ngạch xuất khẩu của 45 doanh nghiệp đạt 2.095,8 triệu USD. Trong đó, kim ngạch 2.095,8 triệu USD được "
    "thanh toán qua ngân hàng.",
    # a colon right before a figure gives a label its value: "Lợi nhuận: 150.100.000" divides no earlier amount
    "Đơn vị tính: Đồng - Tổng chi phí: 1.100.200.000 - Lợi nhuận trước thuế: 150.100.000 Thuế thu nhập doanh "
    "nghiệp: 30.020.000 Đề nghị thông qua.",
    # "Theo đó," (accordingly) opens no breakdown
    "Tổng kinh phí là 50 tỷ đồng. Theo đó, tỉnh cấp 30 tỷ đồng cho năm 2024 và 10 tỷ đồng cho năm 2025.",
    # summing words, but the figures before do not add up to the total as written
    "Năm 2023 đạt 40 tỷ đồng, năm 2024 đạt 55 tỷ đồng. Tính chung hai năm đạt 97 tỷ đồng.",
    # the run of figures before the total does not reach it
    "Tháng 4 giải ngân 35 tỷ đồng, tháng 5 giải ngân 40 tỷ đồng. Như vậy, lũy kế 5 tháng giải ngân được 160 tỷ đồng.",
]


@pytest.mark.parametrize("text, parts, totals", FURTHER, ids=[row[0][:50] for row in FURTHER])
def test_breakdowns_in_the_next_paragraph_past_semicolons_and_after_their_parts(text, parts, totals):
    assert breakdown(text) == (parts, totals)


def test_cu_the_divides_the_part_before_it_to_it_or_to_less_never_beyond_it():
    parts, totals = breakdown("Tổng thu đạt 235 tỷ đồng. Trong đó, thu do huyện quản lý 127 tỷ đồng. Cụ thể, thu "
                              "thuế 73 tỷ đồng; thu khác 40 tỷ đồng.")
    assert parts == {("127 tỷ đồng", "235 tỷ đồng"), ("73 tỷ đồng", "127 tỷ đồng"), ("40 tỷ đồng", "127 tỷ đồng")}
    assert totals == {"235 tỷ đồng": ("less", 127_000_000_000), "127 tỷ đồng": ("less", 113_000_000_000)}
    parts, _ = breakdown("Tổng thu đạt 235 tỷ đồng. Trong đó, thu do huyện quản lý 127 tỷ đồng. Cụ thể, thu "
                         "thuế 73 tỷ đồng; thu khác 60 tỷ đồng.")
    assert ("73 tỷ đồng", "127 tỷ đồng") not in parts and ("60 tỷ đồng", "127 tỷ đồng") not in parts


@pytest.mark.parametrize("text", NOT_FURTHER, ids=[text[:50] for text in NOT_FURTHER])
def test_no_parts_where_neither_words_nor_sums_say_so(text):
    facts = checked_facts(text)
    assert sum(f["type"] in FIGURES for f in facts) >= 3, "the row must hold figures to relate"
    assert breakdown(text) == (set(), {})


# Breakdowns whose words do not sit right after their total (issue #18, written for these tests): the total
# written with "Tổng ..." after its parts; capital added ("vốn tăng thêm") as a part; parts rounded each;
# a list opened by a clause that holds no figure ("Mức phân bổ như sau:", "Theo ngành:"), whose total
# stands in the sentence before and is confirmed by the sum; "Trong tổng thu, ..."; the first of "18/21 xã".
GENERAL = [
    ("Tỉnh phân bổ cho huyện Mường Tè số tiền 30 tỷ đồng, huyện Sìn Hồ 12 tỷ đồng, huyện Phong Thổ 8 tỷ đồng. "
     "Tổng kinh phí phân bổ là 50 tỷ đồng.",
     {("30 tỷ đồng", "50 tỷ đồng"), ("12 tỷ đồng", "50 tỷ đồng"), ("8 tỷ đồng", "50 tỷ đồng")},
     {"50 tỷ đồng": ("adds up", 50_000_000_000)}),
    ("Trong năm, tỉnh thu hút 12 dự án mới với vốn đăng ký 350,5 triệu USD; 8 lượt dự án điều chỉnh với vốn "
     "đăng ký tăng thêm 120,26 triệu USD, nâng tổng vốn đăng ký lên 470,76 triệu USD.",
     {("350,5 triệu USD", "470,76 triệu USD"), ("120,26 triệu USD", "470,76 triệu USD")},
     {"470,76 triệu USD": ("adds up", 470_760_000)}),
    # each part rounded to its last digit: 1.520,45 + 803,27 is 2.323,72, written 2.323,73
    ("Vốn cấp mới đạt 1.520,45 triệu USD; số vốn tăng thêm đạt 803,27 triệu USD. Như vậy, tổng vốn đăng ký "
     "đạt 2.323,73 triệu USD.",
     {("1.520,45 triệu USD", "2.323,73 triệu USD"), ("803,27 triệu USD", "2.323,73 triệu USD")},
     {"2.323,73 triệu USD": ("less", 2_323_720_000)}),
    ("UBND tỉnh phân bổ 90 tỷ đồng cho các huyện bị thiệt hại do lũ.\n\nMức phân bổ cho từng huyện như sau: "
     "huyện Kỳ Sơn 40 tỷ đồng, huyện Tương Dương 30 tỷ đồng và huyện Con Cuông 20 tỷ đồng.",
     {("40 tỷ đồng", "90 tỷ đồng"), ("30 tỷ đồng", "90 tỷ đồng"), ("20 tỷ đồng", "90 tỷ đồng")},
     {"90 tỷ đồng": ("adds up", 90_000_000_000)}),
    ("Năm 2024, tỉnh có 1.250 doanh nghiệp thành lập mới, tăng 8% so với năm trước. Theo ngành kinh tế: dịch vụ "
     "có 800 doanh nghiệp, tăng 9%; công nghiệp và xây dựng có 400 doanh nghiệp; nông nghiệp có 50 doanh nghiệp.",
     {("800 doanh nghiệp", "1.250 doanh nghiệp"), ("400 doanh nghiệp", "1.250 doanh nghiệp"),
      ("50 doanh nghiệp", "1.250 doanh nghiệp")},
     {"1.250 doanh nghiệp": ("adds up", 1250)}),
    ("Tổng thu ngân sách trên địa bàn 6 tháng đạt 5.120 tỷ đồng, bằng 56% dự toán.\n\nTrong tổng thu, thu nội "
     "địa đạt 4.300 tỷ đồng, tăng 12%; thu từ hoạt động xuất nhập khẩu đạt 800 tỷ đồng.",
     {("4.300 tỷ đồng", "5.120 tỷ đồng"), ("800 tỷ đồng", "5.120 tỷ đồng")},
     {"5.120 tỷ đồng": ("less", 5_100_000_000_000)}),
    ("Tổng thu ngân sách quý I đạt 3.451 tỷ đồng.\n\nTrong các nguồn thu, thu nội địa chiếm tỷ trọng lớn nhất "
     "với 2.105 tỷ đồng; kế đến là thu xuất nhập khẩu 1.012 tỷ đồng; thu xổ số 333 tỷ đồng.",
     {("2.105 tỷ đồng", "3.451 tỷ đồng"), ("1.012 tỷ đồng", "3.451 tỷ đồng"), ("333 tỷ đồng", "3.451 tỷ đồng")},
     {"3.451 tỷ đồng": ("less", 3_450_000_000_000)}),
    # "Chia theo ...", "Phân theo ...:" say that the sentence divides the total before it, whatever the sum
    ("Năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới. Chia theo ngành kinh tế, dịch vụ có 800 doanh "
     "nghiệp, công nghiệp và xây dựng có 400 doanh nghiệp, nông nghiệp có 50 doanh nghiệp.",
     {("800 doanh nghiệp", "1.250 doanh nghiệp"), ("400 doanh nghiệp", "1.250 doanh nghiệp"),
      ("50 doanh nghiệp", "1.250 doanh nghiệp")},
     {"1.250 doanh nghiệp": ("adds up", 1250)}),
    ("Tổng vốn đầu tư toàn xã hội đạt 12.500 tỷ đồng, tăng 9%. Phân theo nguồn vốn: vốn nhà nước 4.100 tỷ đồng; "
     "vốn ngoài nhà nước 7.200 tỷ đồng; vốn FDI 1.150 tỷ đồng.",
     {("4.100 tỷ đồng", "12.500 tỷ đồng"), ("7.200 tỷ đồng", "12.500 tỷ đồng"), ("1.150 tỷ đồng", "12.500 tỷ đồng")},
     {"12.500 tỷ đồng": ("less", 12_450_000_000_000)}),
    ("Đến nay, huyện có 18/21 xã đạt chuẩn nông thôn mới, trong đó có 5 xã đạt chuẩn nâng cao và 2 xã đạt "
     "chuẩn kiểu mẫu.",
     {("5 xã", "18"), ("2 xã", "18")},
     {"18": ("less", 7)}),
]

GENERAL += [
    # a list's total on a line "Cộng:", or after "tất cả"
    ("- Huyện Mường Lát: 10 tỷ đồng;\n- Huyện Quan Sơn: 20 tỷ đồng;\nCộng: 30 tỷ đồng.",
     {("10 tỷ đồng", "30 tỷ đồng"), ("20 tỷ đồng", "30 tỷ đồng")},
     {"30 tỷ đồng": ("adds up", 30_000_000_000)}),
    ("Quỹ đã nhận 120 triệu đồng từ cán bộ, 80 triệu đồng từ doanh nghiệp; tất cả 200 triệu đồng đã được chuyển "
     "đến người dân.",
     {("120 triệu đồng", "200 triệu đồng"), ("80 triệu đồng", "200 triệu đồng")},
     {"200 triệu đồng": ("adds up", 200_000_000)}),
]

GENERAL += [
    # "lượt ý kiến" (times an opinion was given) divided into "ý kiến"
    ("Đoàn đã tiếp nhận 52 lượt ý kiến, kiến nghị của cử tri (trong đó có 40 ý kiến về kinh tế, 07 ý kiến về "
     "pháp chế và 05 ý kiến về xã hội).",
     {("40 ý kiến", "52 lượt"), ("07 ý kiến", "52 lượt"), ("05 ý kiến", "52 lượt")},
     {"52 lượt": ("adds up", 52)}),
]

GENERAL += [
    # "Trong đó," two paragraphs under its total, a sentence without figures between: the sum confirms it
    ("Tổng vốn đầu tư dự án là 500 tỷ đồng.\n\nDự án được khởi công năm 2023 tại xã Tân Lập.\n\n"
     "Trong đó, vốn ngân sách 300 tỷ đồng, vốn vay 200 tỷ đồng.",
     {("300 tỷ đồng", "500 tỷ đồng"), ("200 tỷ đồng", "500 tỷ đồng")},
     {"500 tỷ đồng": ("adds up", 500_000_000_000)}),
]

GENERAL += [
    # people counted by what they are under a total of "người"; "DN" under "doanh nghiệp"
    ("Có 500 người tham dự, trong đó 300 học sinh và 200 giáo viên.",
     {("300 học sinh", "500 người"), ("200 giáo viên", "500 người")},
     {"500 người": ("adds up", 500)}),
    ("Năm 2024 có 1.250 doanh nghiệp thành lập mới, trong đó 800 DN dịch vụ, 450 DN công nghiệp.",
     {("800 DN", "1.250 doanh nghiệp"), ("450 DN", "1.250 doanh nghiệp")},
     {"1.250 doanh nghiệp": ("adds up", 1250)}),
]

NOT_GENERAL = [
    # two amounts before "Trong đó,", the part larger than the first, but a figure of the paragraph after it larger
    # than the second: the paragraph divides another total (a trade flow of one kind of firm), none of these two
    "Nhập khẩu tháng 7 đạt 17,4 tỷ USD, đưa kim ngạch nhập khẩu 7 tháng đạt 117,8 tỷ USD.\n\nTrong đó, xuất nhập "
    "khẩu của khối doanh nghiệp FDI tháng 7 đạt 22,4 tỷ USD. Qua đó, đưa kim ngạch của khối này trong 7 tháng đạt "
    "gần 152 tỷ USD.",
    # ... but not past its own sentence, nor into a breakdown nested in it
    "Dự án có tổng vốn 7.000 tỷ đồng, 120 hộ bị ảnh hưởng. Tuyến đường dài 33,8 km, trong đó đoạn qua tỉnh A dài "
    "8,4 km. Giai đoạn 1 có tổng mức đầu tư 6.944 tỷ đồng.",
    "Cả nước có 63 tỉnh. Hội nghị đã thông qua Nghị quyết số 60-NQ/TW, trong đó thống nhất sắp xếp còn 34 đơn vị, "
    "bao gồm 28 tỉnh và 6 thành phố.",
    # counts of the noun's head word in a bracket that do not add up to it: which of them it holds is not said
    "Huyện có 29 trường học (11 trường mầm non, 10 trường tiểu học).",
    # three amounts before the part, one of them only able to hold it: a list of sectors, no total
    "Vốn thu hồi ở ngành tài chính đạt 1,6 tỷ USD, ngành sản xuất 900 triệu USD, ngành khai thác 400 triệu USD. "
    "Trong đó, vốn của nhà đầu tư Mỹ 1,07 tỷ USD.",
    # ... but small counts past a ";" that come to one of two counts before by chance are no parts
    "Có 10 dự án thuộc Ban quản lý các KCN; 1 dự án thuộc Sở Kế hoạch và Đầu tư. Trong số này, có 9 dự án chế biến "
    "chế tạo; 1 dự án kinh doanh bất động sản và 1 dự án thuộc ngành khác.",
    # a rise is no total of the rises of the next sentence, whatever they add up to
    "Giá xăng tại tỉnh tăng 1.500 đồng. Tại hai tỉnh khác, giá tăng lần lượt 1.000 đồng và 500 đồng.",
    # what each of several has, in the next sentence, adds up to the figure before by chance: no parts
    "Huyện Mường Tè dẫn đầu với 3 HTX. Các huyện Sìn Hồ, Phong Thổ, mỗi huyện thành lập 2 HTX; huyện Than Uyên, Tân "
    "Uyên mỗi huyện thành lập 1 HTX.",
    # households are no people: no part of a total of "người"
    "Xã có 2.000 người, trong đó 450 hộ nghèo và 120 hộ cận nghèo.",
    # ... and not when the parts fall short of it: which total they divide is not said
    "Tổng vốn đầu tư dự án là 500 tỷ đồng.\n\nDự án được khởi công năm 2023 tại xã Tân Lập.\n\n"
    "Trong đó, vốn ngân sách 300 tỷ đồng, vốn vay 150 tỷ đồng.",
    # "cộng đồng" (the community) sums nothing
    "Năm 2023 thu 40 tỷ đồng, năm 2024 thu 55 tỷ đồng, cộng đồng góp 95 tỷ đồng.",
    # "Tổng ..." after figures that do not add up to it
    "Năm 2023 thu 40 tỷ đồng, năm 2024 thu 55 tỷ đồng. Tổng thu ba năm đạt 150 tỷ đồng.",
    # a list after a clause with no figure, not adding up to the total before it: another matter
    "Tỉnh đã giải ngân 300 tỷ đồng.\n\nKết quả thu ngân sách như sau: thu nội địa 200 tỷ đồng, thu xuất nhập "
    "khẩu 50 tỷ đồng.",
    # "Trong các năm tới" names no total: the figures are no parts unless they add up
    "Tổng vốn đã bố trí là 500 tỷ đồng.\n\nTrong các năm tới, tỉnh sẽ đầu tư thêm 200 tỷ đồng cho giao thông và "
    "100 tỷ đồng cho thủy lợi.",
    # a rise that is no capital added: a change, not a part
    "Thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa đạt 300 tỷ đồng, tăng thêm 50 tỷ đồng.",
]


@pytest.mark.parametrize("text, parts, totals", GENERAL, ids=[row[0][:50] for row in GENERAL])
def test_breakdowns_the_words_or_the_sum_tie_to_a_total_further_off(text, parts, totals):
    assert breakdown(text) == (parts, totals)


@pytest.mark.parametrize("text", NOT_GENERAL, ids=[text[:50] for text in NOT_GENERAL])
def test_no_parts_further_off_without_words_or_sum(text):
    facts = checked_facts(text)
    assert sum(f["type"] in FIGURES for f in facts) >= 3, "the row must hold figures to relate"
    parts, totals = breakdown(text)
    if text.startswith("Thu ngân sách đạt 500"):  # the 300 is a part; the 50 is not
        assert parts == {("300 tỷ đồng", "500 tỷ đồng")}
    else:
        assert (parts, totals) == (set(), {})


FLATTENED_TABLE = (
    "Chỉ tiêu ĐVT 2021 2022 2023\n"
    "1. Tổng giá trị sản xuất Tỷ đồng 1200.50 1350.00 1500.25\n"
    "Nông nghiệp Tỷ đồng 400.50 420.00 450.25\n"
    "Công nghiệp Tỷ đồng 500.00 560.00 600.00\n"
    "Dịch vụ Tỷ đồng 300.00 370.00 400.00\n"
    "Thu ngân sách Tỷ đồng 90.00 95.00 99.00\n"
)


def test_a_flattened_table_total_row_is_divided_by_the_rows_that_add_up_to_it_column_by_column():
    parts, totals = breakdown(FLATTENED_TABLE)
    assert totals == {
        "1200.50": ("adds up", 1_200_500_000_000),
        "1350.00": ("adds up", 1_350_000_000_000),
        # the same three rows, which add up in the other columns, come to less here: a row left out
        "1500.25": ("less", 1_450_250_000_000),
    }
    assert parts == {
        ("400.50", "1200.50"), ("500.00", "1200.50"), ("300.00", "1200.50"),
        ("420.00", "1350.00"), ("560.00", "1350.00"), ("370.00", "1350.00"),
        ("450.25", "1500.25"), ("600.00", "1500.25"), ("400.00", "1500.25"),
    }  # "Thu ngân sách", below the rows that add up, is no part


ONE_CELL_A_LINE = (
    "Vốn đầu tư thực hiện trên địa bàn\nĐơn vị tính: Tỷ đồng\n2022\n2023\n"
    "TỔNG SỐ - TOTAL\n12345\n15678\n"
    "Vốn khu vực Nhà nước - State\n4567\n5678\n"
    "Vốn khu vực ngoài Nhà nước\nNon-State\n6789\n8900\n"
    "Vốn đầu tư nước ngoài - FDI\n989\n1100\n"
)


def test_a_table_flattened_one_cell_a_line_has_its_total_row_divided_too():
    parts, totals = breakdown(ONE_CELL_A_LINE)
    assert totals == {"12345": ("adds up", 12_345_000_000_000), "15678": ("adds up", 15_678_000_000_000)}
    assert parts == {("4567", "12345"), ("6789", "12345"), ("989", "12345"),
                     ("5678", "15678"), ("8900", "15678"), ("1100", "15678")}


# A yearbook table flattened one cell a line, blank lines between its cells, a section's head among its rows
# and a sub-total ("ngoài Nhà nước") right above the rows it sums; a second division of the same total below.
YEARBOOK_TWO_LEVELS = (
    "Giá trị sản xuất phân theo thành phần kinh tế\nGross output by types of ownership\n\n"
    "ĐVT: Triệu đồng - Unit: Mill. dongs\n\n \n\n2022\n\nSơ bộ\nPrel. 2023\n\n"
    "TỔNG SỐ - TOTAL\n\n1.000.000\n\n1.500.000\n\n"
    "Phân theo thành phần kinh tế\nBy types of ownership\n\n \n\n \n\n"
    "Kinh tế Nhà nước - State\n\n200.000\n\n300.000\n\n"
    "Kinh tế ngoài Nhà nước\nNon-State\n\n500.000\n\n800.000\n\n"
    "Tập thể - Collective\n\n100.000\n\n150.000\n\n"
    "Tư nhân - Private\n\n400.000\n\n650.000\n\n"
    "Khu vực có vốn đầu tư nước ngoài\nForeign investment sector\n\n300.000\n\n400.000\n\n"
    "Phân theo ngành kinh tế\nBy kinds of economic activity\n\n \n\n \n\n"
    "Nông nghiệp - Agriculture\n\n400.000\n\n450.000\n\n"
    "Công nghiệp - Industry\n\n600.000\n\n1.050.000\n"
)


# A yearbook page flattened from a PDF: a row a line, its label in Vietnamese on the line above the English one
# that carries the figures, a dash for an empty cell, the page's number under the last row.
YEARBOOK_LINE_ROWS = (
    "Vốn đầu tư thực hiện phân theo thành phần kinh tế\nInvestment at current prices by types of ownership\n"
    "2021 2022 2023\nTỷ đồng - Bill. dongs\nTỔNG SỐ - TOTAL 12500,0 13800,5 15020,0\n"
    "Kinh tế Nhà nước\nState 4200,0 4500,5 4800,0\nTrung ương quản lý\nCentral 1500,0 1600,0 1700,0\n"
    "Địa phương quản lý\nLocal 2700,0 2900,5 3100,0\nKinh tế ngoài Nhà nước\nNon-State 7000,0 7800,0 8620,0\n"
    "Tập thể - Collective - 20,0 30,0\nTư nhân - Private 7000,0 7780,0 8590,0\n"
    "Khu vực có vốn đầu tư nước ngoài\nForeign investment sector 1300,0 1500,0 1600,0\n212\n"
)


def test_a_yearbook_table_a_row_a_line_with_dashes_divides_on_two_levels():
    parts, totals = breakdown(YEARBOOK_LINE_ROWS)
    assert totals == {
        "12500,0": ("adds up", 12_500_000_000_000), "13800,5": ("adds up", 13_800_500_000_000),
        "15020,0": ("adds up", 15_020_000_000_000), "4200,0": ("adds up", 4_200_000_000_000),
        "4500,5": ("adds up", 4_500_500_000_000), "4800,0": ("adds up", 4_800_000_000_000),
        "7000,0": ("adds up", 7_000_000_000_000), "7800,0": ("adds up", 7_800_000_000_000),
        "8620,0": ("adds up", 8_620_000_000_000)}
    assert parts == {
        ("4200,0", "12500,0"), ("7000,0", "12500,0"), ("1300,0", "12500,0"),
        ("4500,5", "13800,5"), ("7800,0", "13800,5"), ("1500,0", "13800,5"),
        ("4800,0", "15020,0"), ("8620,0", "15020,0"), ("1600,0", "15020,0"),
        ("1500,0", "4200,0"), ("2700,0", "4200,0"), ("1600,0", "4500,5"), ("2900,5", "4500,5"),
        ("1700,0", "4800,0"), ("3100,0", "4800,0"),
        ("7000,0", "7000,0"), ("20,0", "7800,0"), ("7780,0", "7800,0"), ("30,0", "8620,0"), ("8590,0", "8620,0"),
    }  # the collective sector's dash in 2021: the private sector is all of that year's non-State total
    assert "212" not in {f["text"] for f in checked_facts(YEARBOOK_LINE_ROWS) if f["type"] == "money"}


def test_a_yearbook_table_divides_its_total_row_on_two_levels():
    parts, totals = breakdown(YEARBOOK_TWO_LEVELS)
    assert totals == {"1.000.000": ("adds up", 1_000_000_000_000), "1.500.000": ("adds up", 1_500_000_000_000),
                      "500.000": ("adds up", 500_000_000_000), "800.000": ("adds up", 800_000_000_000)}
    assert parts == {
        ("200.000", "1.000.000"), ("500.000", "1.000.000"), ("300.000", "1.000.000"),
        ("300.000", "1.500.000"), ("800.000", "1.500.000"), ("400.000", "1.500.000"),
        ("100.000", "500.000"), ("400.000", "500.000"),
        ("150.000", "800.000"), ("650.000", "800.000"),
    }  # the division by activity, below the first, is no second set of parts


@pytest.mark.parametrize("table, expected", [
    # a yearbook's "Tổng số" over "Chia ra - Of which", one cell a line, a year heading each row
    ("Doanh thu dịch vụ\n\nTổng số\n\nChia ra - Of which\n\nLưu trú\n\nĂn uống\n\nTotal\n\n"
     "Nghìn đồng - Thous. dongs\n\n2022\n\n800.500\n\n300.500\n\n500.000\n\n"
     "2023\n\n900.000\n\n350.000\n\n550.000\n",
     {("300.500", "800.500"), ("500.000", "800.500"), ("350.000", "900.000"), ("550.000", "900.000")}),
    # a pipe table of allocations: the total column first
    ("Đơn vị tính: triệu đồng\n| STT | Huyện | Tổng cộng | Vốn NSTW | Vốn NSĐP |\n"
     "| 1 | Bảo Yên | 12.500 | 8.000 | 4.500 |\n| 2 | Văn Bàn | 9.800 | 6.300 | 3.500 |\n",
     {("8.000", "12.500"), ("4.500", "12.500"), ("6.300", "9.800"), ("3.500", "9.800")}),
    # ... or last; a row that does not add up gets nothing
    ("Đơn vị: triệu đồng\nXã\tVốn sự nghiệp\tVốn đầu tư\tTổng\nNậm Lúc\t1.200\t3.400\t4.600\n"
     "Cốc Lầu\t800\t2.000\t2.900\n",
     {("1.200", "4.600"), ("3.400", "4.600")}),
    # a yearbook page aligned with spaces: a group's own "Tổng số" and "Trong đó" among the columns
    ("Triệu đồng - Mill. dongs\n          Tổng số       Chia ra - Of which\n"
     "                        Nông nghiệp   Công nghiệp và xây dựng   Dịch vụ\n"
     "                                      Tổng số   Trong đó: Công nghiệp\n\n"
     "   2022     10.000.000    2.000.000     5.000.000   4.200.000     3.000.000\n\n"
     "   2023     11.000.000    2.100.000     5.600.000   4.700.000     3.300.000\n",
     {("2.000.000", "10.000.000"), ("5.000.000", "10.000.000"), ("3.000.000", "10.000.000"),
      ("4.200.000", "5.000.000"), ("2.100.000", "11.000.000"), ("5.600.000", "11.000.000"),
      ("3.300.000", "11.000.000"), ("4.700.000", "5.600.000")}),
    # figures rounded to one decimal: the parts come within their rounding of the total
    ("Đơn vị: 1000 đồng\nTổng\nsố Tiền lương Nông nghiệp Khác\nToàn tỉnh 4210,3 2105,2 1200,6 904,6\n"
     "Thành thị 5120,0 3050,1 800,0 1270,0\n",
     {("2105,2", "4210,3"), ("1200,6", "4210,3"), ("904,6", "4210,3"),
      ("3050,1", "5120,0"), ("800,0", "5120,0"), ("1270,0", "5120,0")}),
    # "Trong đó" over the columns: some of the total, not all of it
    ("Đơn vị tính: triệu đồng\n| Huyện | Tổng số | Trong đó: Vốn NSTW | Vốn ODA |\n"
     "| Bảo Yên | 12.500 | 6.000 | 2.500 |\n",
     {("6.000", "12.500"), ("2.500", "12.500")}),
    # a last column "Cộng" of rates: each row's price, its tax and its fee add up to it, all by the m3
    ("Đơn vị tính: đồng\nGiá nước\n(đồng/m3)\nThuế GTGT\n(đồng/m3)\nPhí nước thải\n(đồng/m3)\nCộng\n\n(đồng/m3)\n\n"
     "Hộ gia đình\n\n6.200\n\n310\n\n620\n\n7.130\n\nCơ quan\n\n9.000\n\n450\n\n900\n\n10.350\n",
     {("6.200", "7.130"), ("310", "7.130"), ("620", "7.130"), ("9.000", "10.350"), ("450", "10.350"),
      ("900", "10.350")}),
    # no column of totals in the head: a series whose first figure happens to be the sum of the rest is no total
    ("Đơn vị tính: tỷ đồng\n| Chỉ tiêu | 2021 | 2022 | 2023 |\n| Thu ngân sách | 900 | 400 | 500 |\n", set()),
])
def test_a_column_of_totals_divides_each_row(table, expected):
    parts, _ = breakdown(table)
    assert parts == expected


DIVIDED_TWICE = (
    "(Đơn vị tính: nghìn đồng)\n\n  2022 2023 Sơ bộ 2024\n"
    "CHUNG          4.200         4.600         5.000\n"
    "Phân theo thành thị, nông thôn\n"
    "Thành thị      5.900         6.300         6.800\n"
    "Nông thôn      3.100         3.500         3.900\n"
    "Phân theo nguồn thu\n"
    "Tiền lương     2.500         2.800         3.100\n"
    "Nông nghiệp      700           750           800\n"
    "Khác           1.000         1.050         1.100\n"
)


def test_a_total_row_divided_twice_gets_the_division_that_adds_up():
    """Averages by area do not add up to the overall average; the income by source does."""
    parts, totals = breakdown(DIVIDED_TWICE)
    assert parts == {("2.500", "4.200"), ("700", "4.200"), ("1.000", "4.200"),
                     ("2.800", "4.600"), ("750", "4.600"), ("1.050", "4.600"),
                     ("3.100", "5.000"), ("800", "5.000"), ("1.100", "5.000")}
    assert totals == {"4.200": ("adds up", 4_200_000), "4.600": ("adds up", 4_600_000),
                      "5.000": ("adds up", 5_000_000)}


def test_a_pipe_table_divided_twice_gets_the_division_that_adds_up():
    parts, _ = breakdown("Đơn vị tính: nghìn đồng\n| Chỉ tiêu | 2023 | 2024 |\n| Tổng số | 4.200 | 4.600 |\n"
                         "Phân theo khu vực\n| Thành thị | 5.900 | 6.300 |\n| Nông thôn | 3.100 | 3.500 |\n"
                         "Phân theo nguồn thu\n| Tiền lương | 2.500 | 2.800 |\n| Khác | 1.700 | 1.800 |\n")
    assert parts == {("2.500", "4.200"), ("1.700", "4.200"), ("2.800", "4.600"), ("1.800", "4.600")}


NUMBERED_SECTIONS = (
    "Đơn vị tính: tỷ đồng\nQuý I\nQuý II\n1. Dịch vụ lưu trú, ăn uống\n1.250,4\n1.310,2\nLưu trú\n420,1\n"
    "455,0\nĂn uống\n830,2\n855,1\n2. Dịch vụ khác\n600,0\n640,0\nSửa chữa\n100,0\n120,0\nKhác\n350,0\n"
    "380,0\n"
)


def test_a_numbered_row_is_the_total_of_the_rows_under_it_when_they_add_up():
    """420,1 + 830,2 is 1.250,3: within the rounding of '1.250,4'; the second section leaves rows out."""
    parts, totals = breakdown(NUMBERED_SECTIONS)
    assert parts == {("420,1", "1.250,4"), ("830,2", "1.250,4"), ("455,0", "1.310,2"), ("855,1", "1.310,2")}
    assert totals == {"1.250,4": ("less", 1_250_300_000_000), "1.310,2": ("less", 1_310_100_000_000)}


BALANCE_SHEET = (
    "VND\nMã số\nTÀI SẢN\nThuyết minh\nSố cuối năm\nSố đầu năm\n"
    "100 A. TÀI SẢN NGẮN HẠN 3.200.000.000 2.980.000.000\n"
    "110 I. Tiền và các khoản tương đương tiền 5 1.200.000.000 980.000.000\n"
    "111 1. Tiền 700.000.000 480.000.000\n112 2. Các khoản tương đương tiền 500.000.000 500.000.000\n"
    "130 II. Các khoản phải thu ngắn hạn 2.000.000.000 2.000.000.000\n"
    "131 1. Phải thu của khách hàng 6 1.500.000.000 1.400.000.000\n"
    "136 2. Phải thu ngắn hạn khác 500.000.000 650.000.000\n"
)


def test_an_outline_row_is_the_total_of_the_rows_of_the_next_level_under_it():
    """A. = I. + II. (the numbered rows under each skipped); I. = 1. + 2.; II.'s second column comes to more
    (1.400 + 650 is not 2.000): no parts for it."""
    parts, totals = breakdown(BALANCE_SHEET)
    assert parts == {("1.200.000.000", "3.200.000.000"), ("2.000.000.000", "3.200.000.000"),
                     ("980.000.000", "2.980.000.000"), ("2.000.000.000", "2.980.000.000"),
                     ("700.000.000", "1.200.000.000"), ("500.000.000", "1.200.000.000"),
                     ("480.000.000", "980.000.000"), ("500.000.000", "980.000.000")}
    assert totals == {"3.200.000.000": ("adds up", 3_200_000_000), "2.980.000.000": ("adds up", 2_980_000_000),
                      "1.200.000.000": ("adds up", 1_200_000_000), "980.000.000": ("adds up", 980_000_000)}


INCOME_STATEMENT = (
    "Đơn vị: 1.000.000đ\nChỉ tiêu Năm 2022 Năm 2023 Năm 2024\n6. Doanh thu hoạt động tài chính 1.250 1.400 1.300\n"
    "7. Chi phí tài chính 3.500 45 3.900\n- Trong đó: Chi phí lãi vay 3.100 0 3.900\n"
    "8. Chi phí bán hàng 2.000 2.100 2.050\n"
)


def test_a_row_of_which_under_a_row_is_its_part_column_by_column():
    """The zero holds the middle column's place; all of 3.900 is interest: that total adds up."""
    parts, totals = breakdown(INCOME_STATEMENT)
    assert parts == {("3.100", "3.500"), ("3.900", "3.900")}
    assert totals == {"3.500": ("less", 3_100_000_000), "3.900": ("adds up", 3_900_000_000)}


YEARBOOK_TWO_DIVISIONS = (
    "ĐVT: Triệu đồng - Unit: Mill. dongs\n2022 2023\nTỔNG SỐ - TOTAL 1000 1200\n"
    "Phân theo cấp quản lý\nTrung ương - Central 300 400\nĐịa phương - Local 700 800\n"
    "Phân theo nguồn vốn - By source\nVốn Nhà nước - State 600 650\nVốn ngân sách - Budget 450 500\n"
    "Vốn vay - Loan 150 150\nVốn ngoài Nhà nước - Non-State 400 550\nVốn dân cư - Households 250 300\n"
    "Vốn doanh nghiệp - Enterprises 150 250\n"
)


def test_a_second_division_of_a_total_gives_its_sub_totals_their_rows():
    """The total takes the first division that adds up; the second still divides its own sub-totals."""
    parts, _ = breakdown(YEARBOOK_TWO_DIVISIONS)
    assert parts == {("300", "1000"), ("700", "1000"), ("400", "1200"), ("800", "1200"),
                     ("450", "600"), ("150", "600"), ("500", "650"), ("150", "650"),
                     ("250", "400"), ("150", "400"), ("300", "550"), ("250", "550")}


def test_a_sub_total_row_within_its_rounding_stands_for_its_rows():
    """1.752.672 + 5.603.345 + 3.710.758 is 11.066.775: within the rounding of '11.066.776' and its parts."""
    parts, _ = breakdown("ĐVT: Triệu đồng - Unit: Mill. dongs\n2022\n2023\nTỔNG SỐ - TOTAL\n30.000.000\n31.000.000\n"
                         "Nhà nước - State\n8.933.225\n9.000.000\nNgoài Nhà nước - Non-State\n11.066.776\n12.000.000\n"
                         "Tập thể - Collective\n1.752.672\n2.000.000\nTư nhân - Private\n5.603.345\n6.000.000\n"
                         "Cá thể - Household\n3.710.758\n4.000.000\nNước ngoài - Foreign\n10.000.000\n10.000.000\n")
    assert {("8.933.225", "30.000.000"), ("11.066.776", "30.000.000"), ("10.000.000", "30.000.000"),
            ("1.752.672", "11.066.776"), ("5.603.345", "11.066.776"), ("3.710.758", "11.066.776")} <= parts


def test_a_total_within_its_rounding_says_how_its_parts_come_out():
    _, totals = breakdown("Đơn vị: 1000 đồng\nTổng\nsố Tiền lương Nông nghiệp Khác\n"
                          "Toàn tỉnh 4210,3 2105,2 1200,6 904,6\nThành thị 5120,0 3050,1 800,0 1270,0\n")
    assert totals == {"4210,3": ("more", 4_210_400), "5120,0": ("more", 5_120_100)}


@pytest.mark.parametrize("table", [
    # no column adds up: rows under a "Tổng" row are not taken on trust
    "Chỉ tiêu ĐVT 2022 2023\n1. Tổng vốn đầu tư Tỷ đồng 900.00 950.00\n"
    "Vốn ngân sách Tỷ đồng 400.00 420.00\nVốn vay Tỷ đồng 300.00 320.00\n",
    # one column adds up, the other comes to more than its total: that one gets nothing
    "Chỉ tiêu ĐVT 2022 2023\nTổng thu Tỷ đồng 700.00 650.00\n"
    "Thu nội địa Tỷ đồng 400.00 420.00\nThu xuất nhập khẩu Tỷ đồng 300.00 330.00\n",
])
def test_flattened_rows_that_do_not_add_up_are_no_parts(table):
    parts, totals = breakdown(table)
    assert sum(f["type"] == "money" for f in checked_facts(table)) == 6, "the rows must be read as money"
    if "Tổng thu" in table:
        assert totals == {"700.00": ("adds up", 700_000_000_000)}
        assert parts == {("400.00", "700.00"), ("300.00", "700.00")}
    else:
        assert (parts, totals) == (set(), {})
