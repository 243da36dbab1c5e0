"""Units stated once for a table, a chart or a block of lines (extract/blocks.py, columns.py,
block_money.py, tables.py): every figure of a money column is an amount in that unit; columns of row
numbers, counts, percentages, years and areas stay out."""
from __future__ import annotations

import pytest

from extract import extract_facts
from extract.blocks import tables
from extract.columns import column_of
from extract.text import fold_look_alikes


def money(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["currency"], f["per"]) for f in extract_facts(text) if f["type"] == "money"]


SPACED_UNDER_UNIT_LINE = (
    "Bảng 2. Vốn sự nghiệp phân bổ cho các huyện năm 2025\n"
    "(Đơn vị: triệu đồng)\n"
    "STT   Huyện          Số xã    Kinh phí     Tỷ lệ (%)   Diện tích (ha)\n"
    "1     Mường Khương   16       4.350        31,2        556\n"
    "2     Bát Xát        22       6.120        43,9        1.060\n"
    "3     Si Ma Cai      13       3.470        24,9        235\n"
)

PIPE_WITH_PERCENT_AND_COUNT = (
    "Đơn vị tính: tỷ đồng\n"
    "| TT | Lĩnh vực | Số dự án | Vốn đăng ký | Tỷ trọng (%) |\n"
    "| 1 | Công nghiệp chế biến | 145 | 12.480 | 62,5 |\n"
    "| 2 | Kinh doanh bất động sản | 38 | 5.210 | 26,1 |\n"
)

CASES = [
    pytest.param(SPACED_UNDER_UNIT_LINE,
                 [("4.350", 4_350_000_000, "VND", None), ("6.120", 6_120_000_000, "VND", None),
                  ("3.470", 3_470_000_000, "VND", None)], id="spaced table under a unit line"),
    pytest.param(PIPE_WITH_PERCENT_AND_COUNT,
                 [("12.480", 12_480_000_000_000, "VND", None), ("5.210", 5_210_000_000_000, "VND", None)],
                 id="pipe table: count and share columns stay out"),
    pytest.param(
        "Tình hình thu hút FDI theo đối tác\n"
        "Đối tác         Số dự án    Vốn đầu tư (triệu USD)\n"
        "Hàn Quốc        41          1.250,6\n"
        "Nhật Bản        17          860,4\n"
        "Singapore       9           455\n",
        [("1.250,6", 1_250_600_000, "USD", None), ("860,4", 860_400_000, "USD", None),
         ("455", 455_000_000, "USD", None)],
        id="column head names the unit, spaced"),
    pytest.param(
        "Bảng giá vật liệu xây dựng tháng 3/2025 (ĐVT: đồng/m3)\n"
        "Cát vàng xây dựng        380.000\n"
        "Đá dăm 1x2               410.000\n"
        "Đá hộc                   295.000\n",
        [("380.000", 380_000, "VND", "m3"), ("410.000", 410_000, "VND", "m3"), ("295.000", 295_000, "VND", "m3")],
        id="price lines under a rate unit"),
    pytest.param(
        "Hạng mục                   Năm        Kinh phí (triệu đồng)\n"
        "Nạo vét kênh Tây           2023       2.150\n"
        "Kè chống sạt lở            2024       7.800\n",
        [("2.150", 2_150_000_000, "VND", None), ("7.800", 7_800_000_000, "VND", None)],
        id="a column of years stays out"),
    pytest.param(
        "Thu ngân sách trên địa bàn qua các năm (Đơn vị tính: tỷ đồng)\n"
        "2021\n5.420\n2022\n6.015\n2023\n6.380\n",
        [("5.420", 5_420_000_000_000, "VND", None), ("6.015", 6_015_000_000_000, "VND", None),
         ("6.380", 6_380_000_000_000, "VND", None)],
        id="a chart written one value a line"),
    pytest.param(
        "Đơn vị tính: triệu đồng\n"
        "Nội dung        Kế hoạch 2024    Thực hiện 2024    So sánh (%)\n"
        "Chi đầu tư      1.200            1.150             95,8\n"
        "Chi thường xuyên  3.400          3.520             103,5\n",
        [("1.200", 1_200_000_000, "VND", None), ("1.150", 1_150_000_000, "VND", None),
         ("3.400", 3_400_000_000, "VND", None), ("3.520", 3_520_000_000, "VND", None)],
        id="year columns of money beside a comparison"),
    pytest.param(
        "Giá lúa tẻ thường tại một số tỉnh (đồng/kg)\n"
        "An Giang        7.200\n"
        "Đồng Tháp       7.150\n"
        "Kiên Giang      7.050\n",
        [("7.200", 7_200, "VND", "kg"), ("7.150", 7_150, "VND", "kg"), ("7.050", 7_050, "VND", "kg")],
        id="a place named Đồng on the next line is no currency"),
    pytest.param(
        "Hỗ trợ khuyến công các năm\nKinh phí (triệu đồng)\n1.250\n980\n1.430\n",
        [("1.250", 1_250_000_000, "VND", None), ("980", 980_000_000, "VND", None),
         ("1.430", 1_430_000_000, "VND", None)],
        id="a label with its unit above one value a line"),
    # two money columns, each in its own grouping: "52,345" is 52 345 USD where its column shows "1,089,100"
    pytest.param(
        "| Hạng mục | Giá trị (triệu đồng) | Giá trị (USD) |\n| Xây lắp | 1.234,5 | 52,345 |\n"
        "| Thiết bị | 2.100 | 1,089,100 |\n",
        [("1.234,5", 1_234_500_000, "VND", None), ("52,345", 52_345, "USD", None),
         ("2.100", 2_100_000_000, "VND", None), ("1,089,100", 1_089_100, "USD", None)],
        id="two money columns in two groupings"),
    # a yearbook page flattened one cell a line, its unit line at the foot, with no table under it
    pytest.param(
        "Thu nhập bình quân đầu người một tháng\nMonthly average income per capita\n2020\n2021\n"
        "Toàn tỉnh - Whole province\n3.512\n3.786\nThành thị - Urban\n4.890\n5.120\n"
        "ĐVT: Nghìn đồng - Unit: Thous. dongs\n",
        [("3.512", 3_512_000, "VND", None), ("3.786", 3_786_000, "VND", None),
         ("4.890", 4_890_000, "VND", None), ("5.120", 5_120_000, "VND", None)],
        id="a unit line under its table, none below it"),
    pytest.param(
        "Chi tiêu bình quân đầu người một tháng\n2020\n2022\n2024\nTỔNG SỐ -\nTOTAL\n1.210,4 1.532,0\n1.804,7\n"
        "Thành thị -\nUrban\n1.655,1 2.010,3 2.351,9\nChênh lệch thành thị với nông thôn (Lần)\n1,8\n1,7\n1,6\n"
        "ĐVT: Nghìn đồng - Unit: Thous. dongs\n412\n",
        [("1.210,4", 1_210_400, "VND", None), ("1.532,0", 1_532_000, "VND", None),
         ("1.804,7", 1_804_700, "VND", None), ("1.655,1", 1_655_100, "VND", None),
         ("2.010,3", 2_010_300, "VND", None), ("2.351,9", 2_351_900, "VND", None)],
        id="... its rows' figures run together on lines, a block in '(Lần)' left out, a page number under it"),
    # section numbers heading rows ("2.1", "2.2") are no amounts
    pytest.param(
        "Vốn giải ngân theo nguồn\n2.1\nVốn ngân sách\n1.250\n2.2\nVốn vay\n980\nĐVT: Triệu đồng\n",
        [("1.250", 1_250_000_000, "VND", None), ("980", 980_000_000, "VND", None)],
        id="section numbers of rows under a unit line at the foot"),
    # ... but not over a table that states its own unit above, nor past a line of prose
    pytest.param(
        "Tỷ lệ hộ nghèo các năm\nĐơn vị tính: %\n2022\n2023\nToàn tỉnh\n4,51\n3,87\n"
        "ĐVT: Nghìn đồng\n",
        [], id="a unit line under a table of its own unit"),
    pytest.param(
        "Năm nay toàn tỉnh có thêm nhiều công trình được hoàn thành và đưa vào sử dụng.\n"
        "ĐVT: Triệu đồng\n",
        [], id="a unit line under prose"),
    pytest.param(
        "Kết quả hỗ trợ\n"
        "Xã            Số hộ     Diện tích (ha)\n"
        "Tân Lập       120       45\n"
        "Hòa Bình      85        30\n",
        [], id="no unit stated: nothing is money"),
    # a yearbook block of shares under the amounts ends the table, whether it says "Cơ cấu", "(%)" or "- %"
    pytest.param(
        "Doanh thu dịch vụ\nTổng số\nLưu trú\nĂn uống\nNghìn đồng - Thous. dongs\n2022\n800.500\n300.500\n"
        "500.000\nCơ cấu - Structure (%)\n2022\n100,00\n37,54\n62,46\n",
        [("800.500", 800_500_000, "VND", None), ("300.500", 300_500_000, "VND", None),
         ("500.000", 500_000_000, "VND", None)],
        id="a block of shares after the amounts"),
    pytest.param(
        "Vốn đầu tư\nĐVT: Tỷ đồng\n\n2022\n\n2023\n\nTổng số\n\n1.100\n\n1.200\n\n"
        "Chỉ số phát triển (Năm trước = 100) - Index (Previous year = 100) - %\n\n2022\n\n2023\n\n"
        "Tổng số\n\n104,2\n\n108,5\n",
        [("1.100", 1_100_000_000_000, "VND", None), ("1.200", 1_200_000_000_000, "VND", None)],
        id="a block of indices after the amounts"),
    pytest.param(
        "Chi ngân sách\nĐơn vị tính: Tỷ đồng\nNăm\nTổng chi\nTỷ lệ (%)\n2023\n950\n",
        [("950", 950_000_000_000, "VND", None)],
        id="a share column's head above the first figure does not end the table"),
    # column heads one a line, each with its unit in a bracket, each column in its own grouping
    pytest.param(
        "Thị trường\nTrị giá (triệu USD)\nTrị giá (tỷ đồng)\nHoa Kỳ\n1,234.5\n28.456,7\nNhật Bản\n456.7\n10.512,3\n",
        [("1,234.5", 1_234_500_000, "USD", None), ("28.456,7", 28_456_700_000_000, "VND", None),
         ("456.7", 456_700_000, "USD", None), ("10.512,3", 10_512_300_000_000, "VND", None)],
        id="two bracketed column units flattened one cell a line"),
    # a share column beside the amounts, flattened one cell a line: the heads tell which figure is whose
    pytest.param(
        "ĐVT: Tỷ đồng\n\nChỉ tiêu\n\nGiá trị\n\nCơ cấu (%)\n\nTổng số\n\n4.000\n\n100,0\n\n"
        "Nông nghiệp\n\n1.000\n\n25,0\n",
        [("4.000", 4_000_000_000_000, "VND", None), ("1.000", 1_000_000_000_000, "VND", None)],
        id="a share column flattened one cell a line"),
    pytest.param(
        "ĐVT: Tỷ đồng\nNăm 2023\nNăm 2024\nTăng trưởng (%)\nTổng thu\n4.000\n4.400\n10,0\n",
        [("4.000", 4_000_000_000_000, "VND", None), ("4.400", 4_400_000_000_000, "VND", None)],
        id="a growth column flattened, no head over the labels"),
    pytest.param(
        "Quý I\nQuý II\nQuý II so với quý I (%)\nĐơn vị tính: tỷ đồng\nDoanh thu\n2.100,5\n2.310,0\n110,0\n"
        "Bán lẻ\n1.500,0\n1.650,0\n110,0\n",
        [("2.100,5", 2_100_500_000_000, "VND", None), ("2.310,0", 2_310_000_000_000, "VND", None),
         ("1.500,0", 1_500_000_000_000, "VND", None), ("1.650,0", 1_650_000_000_000, "VND", None)],
        id="a growth column flattened, its heads above the unit line"),
    # a land-price table flattened one cell a line, rates in thousands: small rates are rates, row numbers not
    pytest.param(
        "Bảng giá đất ở\nĐơn vị tính: 1.000 đồng/m2\nLoại đường\nVị trí 1\nVị trí 2\nVị trí 3\n1\n9.600\n3.840\n"
        "2.400\n2\n640\n96\n58\n3\n320\n64\n40\n",
        [("9.600", 9_600_000, "VND", "m2"), ("3.840", 3_840_000, "VND", "m2"), ("2.400", 2_400_000, "VND", "m2"),
         ("640", 640_000, "VND", "m2"), ("96", 96_000, "VND", "m2"), ("58", 58_000, "VND", "m2"),
         ("320", 320_000, "VND", "m2"), ("64", 64_000, "VND", "m2"), ("40", 40_000, "VND", "m2")],
        id="small rates of a flattened land-price table, the rows numbered in order"),
    # a two-level header flattened: a group's head over its columns, the heads out of the columns' order
    pytest.param(
        "Thực hiện 6 tháng\n6 tháng so với cùng kỳ (%)\nDoanh thu (Tỷ đồng)\nCơ cấu (%)\nTổng số\n8.420,5\n100,0\n"
        "112,4\nBán lẻ\n6.010,2\n71,4\n110,9\n",
        [("8.420,5", 8_420_500_000_000, "VND", None), ("6.010,2", 6_010_200_000_000, "VND", None)],
        id="a two-level header flattened: the amounts first, the shares and indices after"),
    pytest.param(
        "Thực hiện\n\nQuý I\nnăm\n2024\n(Tỷ đồng)\n\nSo với cùng kỳ (%)\n\nQuý II\nnăm\n2024\n(Tỷ đồng)\n\n"
        "Quý I\n\nQuý II\n\nLưu trú\n\n551,8\n\n649,2\n\n112,50\n\n116,10\n",
        [("551,8", 551_800_000_000, "VND", None), ("649,2", 649_200_000_000, "VND", None)],
        id="... with years among the heads"),
    # a block of shares under rows of single-spaced figures, or inside a pipe table
    pytest.param(
        "Đơn vị tính: tỷ đồng\nChỉ tiêu 2022 2023\nTổng số 4.000 4.400\nCơ cấu (%)\nTổng số 100,0 100,0\n",
        [("4.000", 4_000_000_000_000, "VND", None), ("4.400", 4_400_000_000_000, "VND", None)],
        id="a block of shares under single-spaced rows"),
    pytest.param(
        "Đơn vị tính: tỷ đồng\n| Chỉ tiêu | 2022 | 2023 |\n| Tổng số | 4.000 | 4.400 |\n| Cơ cấu (%) | | |\n"
        "| Tổng số | 100,0 | 100,0 |\n",
        [("4.000", 4_000_000_000_000, "VND", None), ("4.400", 4_400_000_000_000, "VND", None)],
        id="a block of shares in a pipe table"),
    # rows aligned with spaces, a division's head on a line of its own among them: one table, its first row too
    pytest.param(
        "(Đơn vị tính: nghìn đồng)\n  2023 2024\nCHUNG          4.200         4.600\nPhân theo nguồn thu\n"
        "Tiền lương     2.500         2.800\nKhác           1.700         1.800\n",
        [("4.200", 4_200_000, "VND", None), ("4.600", 4_600_000, "VND", None),
         ("2.500", 2_500_000, "VND", None), ("2.800", 2_800_000, "VND", None),
         ("1.700", 1_700_000, "VND", None), ("1.800", 1_800_000, "VND", None)],
        id="a division's head between rows aligned with spaces"),
    # rows aligned with spaces, a blank line between each two: one table
    pytest.param(
        "Đơn vị tính: Tỷ đồng\nChỉ tiêu          2022        2023\n\nTổng số          4.000       4.400\n\n"
        "Nhà nước         1.000       1.100\n",
        [("4.000", 4_000_000_000_000, "VND", None), ("4.400", 4_400_000_000_000, "VND", None),
         ("1.000", 1_000_000_000_000, "VND", None), ("1.100", 1_100_000_000_000, "VND", None)],
        id="space-aligned rows parted by blank lines"),
    # a table flattened a column at a time: the units of its count rows end the money of "triệu USD"
    pytest.param(
        "Chỉ tiêu\nVốn đăng ký\nSố dự án mới\nSố dự án tăng vốn\ntriệu USD\n2023\n1.200,5\n2024\n1.350,2\n"
        "dự án\nlượt dự án\n145\n152\n",
        [("1.200,5", 1_200_500_000, "USD", None), ("1.350,2", 1_350_200_000, "USD", None)],
        id="counted units one a line under the money end it"),
    # a label's second line that is a counted noun ("Huyện," "thành phố") has a row under it: not a unit
    pytest.param(
        "ĐVT: Triệu đồng\nToàn tỉnh\n4.500\nHuyện,\nthành phố\nYên Lạc\n1.250\n",
        [("4.500", 4_500_000_000, "VND", None), ("1.250", 1_250_000_000, "VND", None)],
        id="a label's second line naming a counted noun"),
    # a table flattened one cell a line with a line of a pipe alone between cells; the unit in the head's second line
    pytest.param(
        "|\nSTT\n|\nTỉnh, thành phố\n|\nTổng GRDP\n(tỷ đồng)\n|\n1\n|\nTP. Hồ Chí Minh (Bình Dương, Bà Rịa - Vũng "
        "Tàu)\n|\n2.700.500\n|\n2\n|\nHà Nội\n|\n1.420.300\n|\n",
        [("2.700.500", 2_700_500 * 10**9, "VND", None), ("1.420.300", 1_420_300 * 10**9, "VND", None)],
        id="cells one a line parted by lines of a pipe alone"),
    # a yearbook's last column headed "Sơ bộ", its year left out
    pytest.param(
        "ĐVT: Đồng - Unit: Dong\n| Chỉ tiêu | 2021 | 2022 | Sơ bộ |\n"
        "| Toàn tỉnh | 4.100.000 | 4.300.000 | 4.500.000 |\n",
        [("4.100.000", 4_100_000, "VND", None), ("4.300.000", 4_300_000, "VND", None),
         ("4.500.000", 4_500_000, "VND", None)],
        id="a last column 'Sơ bộ'"),
    # a market's name wrapped over two lines, its last word a currency's ("Phổ" / "Yên"): no column in yen
    pytest.param(
        "Giá bán (đồng)\nChợ Túc Duyên\nChợ Ba Hàng - Thị xã Phổ\nYên\n1\nGạo tẻ\nBao thai\n17.000\n16.500\n"
        "Khang dân\n14.000\n14.200\n",
        [("17.000", 17_000, "VND", None), ("16.500", 16_500, "VND", None), ("14.000", 14_000, "VND", None),
         ("14.200", 14_200, "VND", None)],
        id="a name wrapped before its last word 'Yên'"),
    # the rows numbered 1, 2, 3 ... over their labels, one cell a line, a column's unit alone on a line: a row's
    # number is none of its figures, even after a cell of words ("Theo thực tế") or an empty one
    pytest.param(
        "Đơn vị tính: Đồng\n\nSTT\n\nNội dung thu\n\nMức thu/1 buổi\n\n(Đồng)\n\nMức thu/tháng\n\n(Đồng)\n\n"
        "1\n\nHọc bơi\n\n6.000\n\n48.000\n\n2\n\nCâu lạc bộ cờ vua\n\n20.000\n\nTheo thực tế\n\n"
        "3\n\nTrông trưa\n\n \n\n150.000\n\n4\n\nNước uống\n\n9.000\n",
        [("6.000", 6_000, "VND", None), ("48.000", 48_000, "VND", None), ("20.000", 20_000, "VND", None),
         ("150.000", 150_000, "VND", None), ("9.000", 9_000, "VND", None)],
        id="row numbers of a table with a unit per column"),
    # a cell that reads as a sentence, cells again after it: the table goes on; a paragraph after it ends it
    pytest.param(
        "Đơn giá bồi thường (đồng)\n\n1\n\nCây nhãn\n\nCây\n\nĐường kính tán > 4m\n\n720.000\n\nCây\n\n"
        "Mới trồng 1 - 2 năm. Mật độ 400 cây/ha.\n\n45.000\n\n2\n\nCây bưởi\n\nCây\n\nĐường kính tán > 3m\n\n"
        "550.000\n\nGiá trên áp dụng cho cây trồng đủ tiêu chuẩn. Cây trồng sau ngày thông báo thu hồi đất không "
        "được bồi thường.\n\n300\n",
        [("720.000", 720_000, "VND", None), ("45.000", 45_000, "VND", None), ("550.000", 550_000, "VND", None)],
        id="a cell that reads as a sentence"),
    # a numbered section head ending in ":" with numbered rows under it: the table goes on; a row's label
    # ending in its number ("loại 2") keeps it
    pytest.param(
        "BẢNG GIÁ DỊCH VỤ KHÁM BỆNH, CHỮA BỆNH\n\nSTT Tên dịch vụ Mức giá\n(đồng)\n\n1 Khám bệnh 38.700\n"
        "2 Ngày giường bệnh Hồi sức cấp cứu 326.000\n3 Ngày giường bệnh Nội khoa chia theo loại:\n"
        "3.1 Các khoa Truyền nhiễm, Hô hấp, Huyết học, Ung bướu, Tim mạch 196.300\n"
        "3.2 Các khoa Da liễu, Tai - Mũi - Họng loại 2 175.800\n4 Ngày giường bệnh Ngoại khoa 160.500\n\n"
        "Giá trên chưa bao gồm các loại thuốc, vật tư sử dụng trong quá trình điều trị của người bệnh.\n"
        "Các khoản thu khác theo quy định hiện hành như sau:\n1. Phí trông xe máy 5.000\n",
        [("38.700", 38_700, "VND", None), ("326.000", 326_000, "VND", None), ("196.300", 196_300, "VND", None),
         ("175.800", 175_800, "VND", None), ("160.500", 160_500, "VND", None)],
        id="a numbered section head ending in ':'"),
    # a yearbook page flattened from a PDF, its heads at the foot: the block of amounts, then the block of
    # shares (its total row of hundreds), "Cơ cấu - Structure (%)", the years, the unit, the page's number
    pytest.param(
        "75. Doanh thu dịch vụ vận tải\nTurnover of transport services\nTỔNG SỐ -\nTOTAL\n1.200.000 1.350.000\n"
        "Nhà nước -\nState\n200.000\n250.000\nNgoài Nhà nước -\nNon-state\n1.000.000 1.100.000\n"
        "TỔNG SỐ -\nTOTAL\n100\n100\nNhà nước -\nState\n16,67\n18,52\nNgoài Nhà nước -\nNon-state\n83,33\n81,48\n"
        "Cơ cấu -\nStructure\n(%)\n2022\n2023\nTriệu đồng -\nMill. dongs\n118\n",
        [("1.200.000", 1_200_000_000_000, "VND", None), ("1.350.000", 1_350_000_000_000, "VND", None),
         ("200.000", 200_000_000_000, "VND", None), ("250.000", 250_000_000_000, "VND", None),
         ("1.000.000", 1_000_000_000_000, "VND", None), ("1.100.000", 1_100_000_000_000, "VND", None)],
        id="a yearbook page whose unit stands at its foot, under a block of shares"),
    # ... its Vietnamese letters given as Cyrillic look-alikes by the PDF's font ("TӘNG SӔ", "Triệu đӗng"):
    # read as Vietnamese, the facts' text as given
    pytest.param(
        "TӘNG SӔ -\nTOTAL\n1.200.000 1.350.000\nNhà nước -\nState\n200.000\n250.000\nNgoài Nhà nước -\n"
        "Non-state\n1.000.000 1.100.000\nTӘNG SӔ -\nTOTAL\n100\n100\nNhà nước -\nState\n16,67\n18,52\n"
        "Cơ cấu -\nStructure (%)\n2022\n2023\nTriệu đӗng -\nMill. dongs\n118\n",
        [("1.200.000", 1_200_000_000_000, "VND", None), ("1.350.000", 1_350_000_000_000, "VND", None),
         ("200.000", 200_000_000_000, "VND", None), ("250.000", 250_000_000_000, "VND", None),
         ("1.000.000", 1_000_000_000_000, "VND", None), ("1.100.000", 1_100_000_000_000, "VND", None)],
        id="Cyrillic look-alikes of Vietnamese letters"),
    # a price cell with its change glued after it in a bracket: both in the table's unit, the change its size (as
    # a signed cell of a pipe table)
    pytest.param(
        "Giá (đ/kg)\nLúa tươi\n5.650(+100)\nLúa khô\n7.200(-50)\nGạo\n12.000\n",
        [("5.650", 5_650, "VND", "kg"), ("100", 100, "VND", "kg"), ("7.200", 7_200, "VND", "kg"),
         ("50", 50, "VND", "kg"), ("12.000", 12_000, "VND", "kg")],
        id="a price with its change glued after it"),
    # a caption closed by a rate after a comma, rows of prices by date, single spaces, ranges written without blanks
    pytest.param(
        "Diễn biến giá tôm nguyên liệu tại đầm (không kháng sinh), đ/kg\n\nSóc Trăng\n\n"
        "Chủng loại 16/09/2024 13/09/2024 12/09/2024\nTôm thẻ cỡ 100 con/kg 87.000-88.000 86.000-87.000 86.000\n"
        "Tôm thẻ cỡ 60 con/kg 108.000 107.000 107.000\n",
        [("87.000", 87_000, "VND", "kg"), ("88.000", 88_000, "VND", "kg"), ("86.000", 86_000, "VND", "kg"),
         ("87.000", 87_000, "VND", "kg"), ("86.000", 86_000, "VND", "kg"), ("108.000", 108_000, "VND", "kg"),
         ("107.000", 107_000, "VND", "kg"), ("107.000", 107_000, "VND", "kg")],
        id="a caption closed by a rate after a comma, ranges in rows"),
    # ... with a full stop after the rate, rows of ranges
    ("Diễn biến giá heo hơi tại các tỉnh phía Nam, đ/kg.\n\nTỉnh 5/3/2024 4/3/2024\n"
     "Đồng Nai 58.000-60.000 57.000-59.000\nLong An 56.000-58.000 56.000\n",
     [("58.000", 58_000, "VND", "kg"), ("60.000", 60_000, "VND", "kg"), ("57.000", 57_000, "VND", "kg"),
      ("59.000", 59_000, "VND", "kg"), ("56.000", 56_000, "VND", "kg"), ("58.000", 58_000, "VND", "kg"),
      ("56.000", 56_000, "VND", "kg")]),
    # column heads that give their unit after "Đơn vị:" in the bracket: each column in it, a change's size too
    ("Giá cà phê hôm nay tại các tỉnh.\n"
     "Địa phương | Giá thu mua ngày 5/3 (Đơn vị: VNĐ/kg) | Thay đổi so với hôm qua (Đơn vị: VNĐ/kg) |\n"
     "Lâm Đồng | 95.500 | -1.000 |\nGia Lai | 96.000 | – |\n",
     [("95.500", 95_500, "VND", "kg"), ("1.000", 1_000, "VND", "kg"), ("96.000", 96_000, "VND", "kg")]),
    # one cell a line under column heads with their units: a signed change alone on its line is the change's size
    ("Giá cà phê hôm nay\n\nTỉnh/huyện\n\nGiá thu mua (Đơn vị: VNĐ/kg)\n\nThay đổi so với hôm qua (Đơn vị: VNĐ/kg)"
     "\n\nLâm Đồng\n\n95.500\n\n-1.000\n\nĐắk Lắk\n\n96.200\n\n+800\n\nGia Lai\n\n96.000\n\n-500\n",
     [("95.500", 95_500, "VND", "kg"), ("1.000", 1_000, "VND", "kg"), ("96.200", 96_200, "VND", "kg"),
      ("800", 800, "VND", "kg"), ("96.000", 96_000, "VND", "kg"), ("500", 500, "VND", "kg")]),
    # a head spanning the columns of prices ("ĐVT: USD/tấn") over a second row of heads, whose last is a share's
    # (the first row's "Loại gạo" spans both rows: the second row's cells stand a column to the right)
    ("Giá gạo xuất khẩu tuần qua.\nLoại gạo | Bảng giá gạo xuất khẩu (ĐVT: USD/tấn) | ||\n"
     "Ngày 3/3 | Ngày 4/3 | % thay đổi | |\nGạo 5% tấm | 398 | 402 | 1,01 |\nGạo Jasmine | 520 | 515 | -0,96 |\n",
     [("398", 398, "USD", "tấn"), ("402", 402, "USD", "tấn"), ("520", 520, "USD", "tấn"),
      ("515", 515, "USD", "tấn")]),
    ("Giá cà phê nhân xô tại Tây Nguyên, nghìn đồng/kg\nĐắk Lắk 120,5 121\n",
     [("120,5", 120_500, "VND", "kg"), ("121", 121_000, "VND", "kg")]),
    # ... and over prose, nothing
    ("Thương lái thu mua với giá cao hơn, đ/kg\nGiá tăng do nguồn cung giảm mạnh trong 3 tháng qua.\n", []),
    # a row a cell spanning two rows left short: its figure moved a column left, its empty cell last; a row's
    # number followed by an empty cell stays a row's number
    pytest.param(
        "| STT | Nhóm khách hàng | Giá nước (đồng/m3) |\n| 1 | Khu vực đô thị | |\n"
        "| Nhóm 1 | Hộ nghèo có sổ | 5.640 |\n| Hộ dân cư | 9.020 | |\n| Nhóm 2 | Cơ quan hành chính | 11.170 |\n"
        "| 2 | |\n",
        [("5.640", 5_640, "VND", "m3"), ("9.020", 9_020, "VND", "m3"), ("11.170", 11_170, "VND", "m3")],
        id="a row left short by a cell spanning two rows"),
    # a pipe table under a unit line whose cells are ranges and signed changes (the change's size, as in prose);
    # a row of a kind's name with empty cells, and a dash for no change, are no figures
    pytest.param(
        "Đơn vị tính: đồng/bao | ||\nLoại | Ngày 2/3 | Ngày 5/3 | Thay đổi |\nPhân đạm | |||\n"
        "Hà Bắc | 520.000 - 540.000 | 530.000 - 560.000 | + 10.000 + 20.000 |\n"
        "Ninh Bình | 480.000 | 470.000 | -10.000 |\n"
        "Phân lân | |||\nLâm Thao | 250.000 - 270.000 | 250.000 - 270.000 | - |\n",
        [("520.000", 520_000, "VND", "bao"), ("540.000", 540_000, "VND", "bao"), ("530.000", 530_000, "VND", "bao"),
         ("560.000", 560_000, "VND", "bao"), ("10.000", 10_000, "VND", "bao"), ("20.000", 20_000, "VND", "bao"),
         ("480.000", 480_000, "VND", "bao"), ("470.000", 470_000, "VND", "bao"), ("10.000", 10_000, "VND", "bao"),
         ("250.000", 250_000, "VND", "bao"), ("270.000", 270_000, "VND", "bao"), ("250.000", 250_000, "VND", "bao"),
         ("270.000", 270_000, "VND", "bao")],
        id="ranges and signed changes in the cells of a pipe table under a unit line"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_units_over_tables(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("header, kind", [
    ("STT", "other"), ("Số dự án", "other"), ("Tỷ lệ (%)", "other"), ("Năm", "other"), ("Diện tích (ha)", "other"),
    ("Lao động (người)", "other"), ("Kinh phí", "open"), ("Số tiền", "open"), ("Năm 2024", "open"),
    ("Kinh phí (triệu đồng)", "money"), ("Đơn giá (đồng/kg)", "money"), ("Vốn FDI (triệu USD)", "money"),
    ("Sơ bộ", "open"), ("Sơ bộ - Prel.", "open"), ("Ước tính", "open"),
])
def test_column_heads(header, kind):
    assert column_of(header).kind == kind


def test_a_blank_line_parts_two_tables_whose_rows_differ():
    text = "A  B  C\n1  2  3\n\nX  Y\n7  8\n"
    assert [len(t.rows) for t in tables(text)] == [2, 2]
    assert [len(t.rows) for t in tables("A  B\n\n1  2\n\n3  4\n")] == [3]


def test_blocks_split_rows_into_cells_with_their_offsets():
    text = "Tên      Giá\nGạo tẻ   12.500\n\n| a | | 3 |\n| b | 2 | 4 |\n"
    found = tables(text)
    assert [t.kind for t in found] == ["space", "pipe"]
    for table in found:
        for row in table.rows:
            assert all(text[c.start : c.end] == c.text for c in row.cells)
    # Pipe rows keep their empty cells, so that cells keep their column.
    assert [c.text for c in found[1].rows[0].cells] == ["a", "", "3"]


def test_prose_with_double_spaces_is_no_money_table():
    text = "Huyện đã giải ngân  120 tỷ đồng.\nTrong năm  có 15 dự án  hoàn thành.\n"
    assert money(text) == [("120 tỷ đồng", 120_000_000_000, "VND", None)]


def test_years_heading_columns_beside_a_share_column():
    text = ("Đơn vị tính: tỷ đồng\n"
            "| Chỉ tiêu | 2023 | 2024 | Tăng trưởng (%) |\n"
            "| Thu nội địa | 4.850 | 5.310 | 9,5 |\n"
            "| Thu xuất nhập khẩu | 570 | 705 | 23,7 |\n")
    assert money(text) == [("4.850", 4_850_000_000_000, "VND", None), ("5.310", 5_310_000_000_000, "VND", None),
                           ("570", 570_000_000_000, "VND", None), ("705", 705_000_000_000, "VND", None)]
    spaced = text.replace(" | ", "      ").replace("| ", "").replace(" |", "")
    assert money(spaced) == money(text)


@pytest.mark.parametrize("given, read", [
    ("TӘNG SӔ - Triệu đӗng", "TỔNG SỐ - Triệu đồng"),
    ("Қазақстан әлемі", "Қазақстан әлемі"),  # Cyrillic words stay as they are
    ("Mill. dongs", "Mill. dongs"),
])
def test_cyrillic_look_alikes_inside_vietnamese_words_are_read_as_vietnamese(given, read):
    assert fold_look_alikes(given) == read
    assert len(fold_look_alikes(given)) == len(given)


def test_cells_one_a_line_after_a_pipe_and_a_variety_code():
    """A table flattened one cell a line, each after a pipe; a rice variety's code ("OM 5451") is its name's.
    (The per of the ranges' cells is not asserted: they are read without the head's "/kg" yet.)"""
    text = ("Giá lúa gạo trong nước\n|GIỐNG LÚA\n|GIÁ (đồng/kg)\n|Tăng/giảm (đồng)\n|Lúa IR 50404 (tươi)\n"
            "|6.700 – 6.800\n|Lúa OM 5451\n|6.900 – 7.000\n|Lúa Nhật\n|8.000\n"
            "Giá bán lẻ không đổi so với tuần trước.\n")
    assert [row[:3] for row in money(text)] == [
        ("6.700", 6_700, "VND"), ("6.800", 6_800, "VND"), ("6.900", 6_900, "VND"), ("7.000", 7_000, "VND"),
        ("8.000", 8_000, "VND")]
