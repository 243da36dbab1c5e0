"""Units given per row (a unit column), per column of a flattened table, or by a number in a unit line
(extract/unit_rows.py, extract/tables.py): a row in "Tỷ đồng" is money in tỷ đồng, a row in "%",
"Hộ" or "Lần" gives no money, and the unit itself ("1.000.000đ", "đ/kg") is never an amount.

The tables are written for these tests (no sentence of the judged sets)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract import extract_facts


def money(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["currency"], f["per"]) for f in extract_facts(text) if f["type"] == "money"]


UNIT_COLUMN_SINGLE_SPACES = (
    "Chỉ tiêu ĐVT 2021 2022 2023\n"
    "Giá trị sản xuất công nghiệp Tỷ đồng 1250.40 1380.75 1512.10\n"
    "Số hộ nghèo Hộ 1520 1410 1300\n"
    "Tỷ lệ che phủ rừng % 45.20 46.10 47.00\n"
    "Thu nhập bình quân Triệu đồng 42.50 45.80 49.10\n"
)

UNIT_COLUMN_PIPES = (
    "| Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 |\n"
    "| Tổng thu ngân sách | Tỷ đồng | 1.250,5 | 1.380,2 |\n"
    "| Số doanh nghiệp | Doanh nghiệp | 320 | 350 |\n"
    "| Tỷ lệ hộ nghèo | % | 3,5 | 2,9 |\n"
)

UNIT_COLUMN_SPACE_RUNS = (
    "Chỉ tiêu            Đơn vị tính    Năm 2022    Năm 2023\n"
    "Vốn đầu tư công     Triệu USD      12,5        14,75\n"
    "Lao động            Người          1.200       1.350\n"
)

NUMBER_UNIT_LINE = (
    "Đơn vị: 1.000.000đ\n"
    "  2021 2022 2023\n"
    "1. Doanh thu thuần (1)-(2) 15.200 16.750 18.020\n"
    "2. Giảm trừ doanh thu 12 0 7\n"
)

THOUSAND_PER_SQUARE_METRE = (
    "ĐVT: 1.000 đồng/m2\n"
    "\n"
    "Tên đường\n"
    "\n"
    "Vị trí 1\n"
    "\n"
    "Vị trí 2\n"
    "\n"
    "Đường Hai Bà Trưng\n"
    "\n"
    "2.450\n"
    "\n"
    "1.600\n"
)

FLATTENED_UNIT_COLUMN = (
    "Mặt hàng\n"
    "ĐVT\n"
    "Giá\n"
    "Cà phê nhân loại 2\n"
    "đ/kg\n"
    "41.500\n"
    "Hạt điều thô\n"
    "đ/kg\n"
    "32.000\n"
)

FLATTENED_USD_BESIDE_SHARES = (
    "STT\n\nChỉ tiêu\n\nĐơn vị\n\nKế hoạch\n\nThực hiện\n\n"
    "1\n\nTốc độ tăng trưởng\n\n%\n\nKhoảng 6\n\n6,2\n\n"
    "2\n\nThu nhập bình quân đầu người\n\nUSD\n\nKhoảng 4.200\n\n4.350\n"
)

THOUSAND_DONG_DECIMAL_POINT = (
    "Bảng 3. Chi tiêu bình quân một người một tháng\n"
    "Đơn vị tính/ Unit: 1000 VNĐ\n"
    "\n"
    "2018 2020\n"
    "\n"
    "Toàn tỉnh/ Whole province 2150.5 2380.8\n"
    "Nhóm 5/ Quintile 5 4510.2 4790.6\n"
)

ENGLISH_GROUPING_UNDER_NUMBER_UNIT = (
    "Đơn vị: 1.000.000đ\n"
    "  2022 2023\n"
    "Doanh thu thuần 1,373,863 1,391,496\n"
    "Lợi nhuận gộp 104,387 125,617\n"
)

TWO_UNIT_COLUMNS_FLATTENED = (
    "Thu nhập bình quân đầu người\n"
    "Nghìn đồng -\n"
    "Thous. dongs\n"
    "Đô la Mỹ\n"
    "- USD\n"
    "2019\n"
    "51.200\n"
    "2.210\n"
    "2020\n"
    "53.900\n"
    "2.325\n"
    "2019\n"
    "104,50\n"
    "103,90\n"
    "Chỉ số phát triển (Năm trước = 100) - %\n"
)

PRICE_TABLE_DITTO = (
    "| STT | Mặt hàng | ĐVT | Giá tháng 10 | Giá tháng 11 | Tỷ lệ (%) |\n"
    "| 1 | Gạo tẻ thường | đ/kg | 14.500 | 15.000 | 3 |\n"
    "| 2 | Gạo nếp | \" | 22.000 | 22.500 | 2 |\n"
    "| 3 | Dầu ăn | đ/lít | 45.000 | 46.000 | 2 |\n"
    "| 4 | Nước mắm | -nt- | 30.000 | 31.000 | 3 |\n"
    "| 5 | Giá xăng tăng | % | 2,5 | 3,1 | |\n"
    "| 6 | Giá dầu tăng | nt | 1,5 | 2,0 | |\n"
)

FLATTENED_ENGLISH_DECIMALS = (
    "Chỉ tiêu\nĐVT\n2023\n2024\n"
    "Vốn đăng ký\nTriệu USD\n1,234.5\n2,345.6\n"
    "Số dự án\nDự án\n1,947\n798\n"
    "Lao động\nNgười\n5,172\n1,212\n"
)

CASES = [
    pytest.param(UNIT_COLUMN_SINGLE_SPACES,
                 [("1250.40", 1_250_400_000_000, "VND", None), ("1380.75", 1_380_750_000_000, "VND", None),
                  ("1512.10", 1_512_100_000_000, "VND", None), ("42.50", 42_500_000, "VND", None),
                  ("45.80", 45_800_000, "VND", None), ("49.10", 49_100_000, "VND", None)],
                 id="unit column, single spaces, decimal points: households and % give no money"),
    pytest.param(UNIT_COLUMN_PIPES,
                 [("1.250,5", 1_250_500_000_000, "VND", None), ("1.380,2", 1_380_200_000_000, "VND", None)],
                 id="unit column in a pipe table"),
    pytest.param(UNIT_COLUMN_SPACE_RUNS,
                 [("12,5", 12_500_000, "USD", None), ("14,75", 14_750_000, "USD", None)],
                 id="unit column in a table aligned with spaces"),
    pytest.param(NUMBER_UNIT_LINE,
                 [("15.200", 15_200_000_000, "VND", None), ("16.750", 16_750_000_000, "VND", None),
                  ("18.020", 18_020_000_000, "VND", None), ("12", 12_000_000, "VND", None),
                  ("7", 7_000_000, "VND", None)],
                 id="a unit line scaled by a number; the zero and the unit are no amounts"),
    pytest.param(THOUSAND_PER_SQUARE_METRE,
                 [("2.450", 2_450_000, "VND", "m2"), ("1.600", 1_600_000, "VND", "m2")],
                 id="a rate scaled by a number; position numbers stay names"),
    pytest.param(FLATTENED_UNIT_COLUMN,
                 [("41.500", 41_500, "VND", "kg"), ("32.000", 32_000, "VND", "kg")],
                 id="unit column flattened one cell a line: 'loại 2' above 'đ/kg' is no amount"),
    pytest.param(FLATTENED_USD_BESIDE_SHARES,
                 [("4.200", 4_200, "USD", None), ("4.350", 4_350, "USD", None)],
                 id="flattened indicators: the USD row is money, the % row is not"),
    pytest.param(THOUSAND_DONG_DECIMAL_POINT,
                 [("2150.5", 2_150_500, "VND", None), ("2380.8", 2_380_800, "VND", None),
                  ("4510.2", 4_510_200, "VND", None), ("4790.6", 4_790_600, "VND", None)],
                 id="'1000 VNĐ', decimal points, a label ending with its number"),
    pytest.param(ENGLISH_GROUPING_UNDER_NUMBER_UNIT,
                 [("1,373,863", 1_373_863_000_000, "VND", None), ("1,391,496", 1_391_496_000_000, "VND", None),
                  ("104,387", 104_387_000_000, "VND", None), ("125,617", 125_617_000_000, "VND", None)],
                 id="English grouping read throughout the table"),
    pytest.param(TWO_UNIT_COLUMNS_FLATTENED,
                 [("51.200", 51_200_000, "VND", None), ("2.210", 2_210, "USD", None),
                  ("53.900", 53_900_000, "VND", None), ("2.325", 2_325, "USD", None)],
                 id="two unit columns flattened: read by column, up to the block of indices"),
    pytest.param(FLATTENED_ENGLISH_DECIMALS,
                 [("1,234.5", 1_234_500_000, "USD", None), ("2,345.6", 2_345_600_000, "USD", None)],
                 id="a unit cell alone on its line under 'ĐVT' holds for its row only; '1,234.5' is English"),
    pytest.param(PRICE_TABLE_DITTO,
                 [("14.500", 14_500, "VND", "kg"), ("15.000", 15_000, "VND", "kg"),
                  ("22.000", 22_000, "VND", "kg"), ("22.500", 22_500, "VND", "kg"),
                  ("45.000", 45_000, "VND", "lít"), ("46.000", 46_000, "VND", "lít"),
                  ("30.000", 30_000, "VND", "lít"), ("31.000", 31_000, "VND", "lít")],
                 id="a head 'Giá tháng 10' holds a number; ditto marks repeat the unit above, '%' too; "
                    "the share column is no money"),
    pytest.param("Bảng giá\nSTT\nTên hàng\nĐVT\nGiá kỳ trước\nGiá kỳ này\n1\nGạo tẻ thường\nđồng/kg\n14.500\n"
                 "15.000\n2\nXăng RON 95\nđồng/lít\n23.450\n22.980\n",
                 [("14.500", 14_500, "VND", "kg"), ("15.000", 15_000, "VND", "kg"),
                  ("23.450", 23_450, "VND", "lít"), ("22.980", 22_980, "VND", "lít")],
                 id="flattened price table: the next row's number '2' under a row's prices is no price"),
    pytest.param("STT\n\nTên hàng hóa\n\nĐơn vị tính\n\nLoại giá\n\nGiá kỳ trước\n\nGiá kỳ này\n\nMức tăng (giảm)\n\n"
                 "Nguồn thông tin\n\n1\n\nGạo tẻ thường\n\nđ/kg\n\nGiá bán lẻ        15.000        15.500"
                 "            500         3,33 Trực tiếp điều tra\n\n2\n\nThịt bò thăn\n\nđ/kg\n\n"
                 "Giá bán lẻ       280.000       275.000      (5.000) Trực tiếp điều tra\n\n3\n\n"
                 "Xăng RON 95\n\nđồng/lít\n\nGiá bán buôn\t24.100\t23.800\t(300)\tPetrolimex\n",
                 [("15.000", 15_000, "VND", "kg"), ("15.500", 15_500, "VND", "kg"), ("500", 500, "VND", "kg"),
                  ("280.000", 280_000, "VND", "kg"), ("275.000", 275_000, "VND", "kg"),
                  ("24.100", 24_100, "VND", "lít"), ("23.800", 23_800, "VND", "lít")],
                 id="flattened price report: the row's last cells run together on a line, its kind of price "
                    "before the prices; the change is theirs, a change in brackets ends them"),
    pytest.param("Bảng giá\nTên hàng\nĐVT\nGiá kỳ trước\nGiá kỳ này\nGạo tẻ\nnghìn đồng/kg\n14\n15\n"
                 "Thịt bò\nnghìn đồng/kg\n250\n260\n",
                 [("14", 14_000, "VND", "kg"), ("15", 15_000, "VND", "kg"),
                  ("250", 250_000, "VND", "kg"), ("260", 260_000, "VND", "kg")],
                 id="... but a small price above the next row's label is its row's"),
    pytest.param("Chỉ tiêu - Items\n\nĐơn vị tính - Unit\n\n2022\n\n2023\n\nGiá trị sản xuất\n\nGross output\n\n"
                 "Tỷ đồng\n\nBill. dongs\n\n1.234\n\n1.456\n\nTỷ lệ hộ nghèo\n\nPoverty rate\n\n%\n\n3,2\n\n2,8\n\n"
                 "Xuất khẩu\n\nExports\n\nTriệu USD - Mill. USD\n\n12,5\n\n13,4\n",
                 [("1.234", 1_234_000_000_000, "VND", None), ("1.456", 1_456_000_000_000, "VND", None),
                  ("12,5", 12_500_000, "USD", None), ("13,4", 13_400_000, "USD", None)],
                 id="a bilingual yearbook's unit cells: 'Bill. dongs' under 'Tỷ đồng', 'Triệu USD - Mill. USD'"),
    pytest.param("Thu hút vốn FDI (Đơn vị: triệu USD) Năm 2022 Năm 2023 Vốn đăng ký mới 1,234.5 1,456.7 "
                 "Số dự án 45 52 Tỷ lệ giải ngân (%) 55,2 61,3 Vốn điều chỉnh 345.6 456.7\n",
                 [("1,234.5", 1_234_500_000, "USD", None), ("1,456.7", 1_456_700_000, "USD", None),
                  ("345.6", 345_600_000, "USD", None), ("456.7", 456_700_000, "USD", None)],
                 id="a table run together on its unit line's line: counts and shares stay out"),
    pytest.param("Vùng Mức lương tối thiểu tháng (đồng/tháng) Mức lương tối thiểu giờ (đồng/giờ)\n"
                 "Vùng I 4.960.000 23.800\nVùng II 4.410.000 21.200\n",
                 [("4.960.000", 4_960_000, "VND", "tháng"), ("23.800", 23_800, "VND", "giờ"),
                  ("4.410.000", 4_410_000, "VND", "tháng"), ("21.200", 21_200, "VND", "giờ")],
                 id="two bracketed units on the head line: a row of two figures takes them in order"),
    pytest.param("Năm Doanh thu du lịch\n(tỷ đồng)\nTăng so với năm trước\n(%)\n2024 1.250,5 -12,4\n"
                 "2023 1.427,8 8,3\n2022 1.318,0 *\n2021 980,2\n",
                 [("1.250,5", 1_250_500_000_000, "VND", None), ("1.427,8", 1_427_800_000_000, "VND", None),
                  ("1.318,0", 1_318_000_000_000, "VND", None), ("980,2", 980_200_000_000, "VND", None)],
                 id="rows under a bracketed unit, the last head '(%)': its column, signed or not, is no money"),
    pytest.param("Tên hàng ĐVT Giá tuần trước Giá tuần này Tăng, giảm\nGạo tẻ đồng/kg 14.500 15.000 +500\n"
                 "Thịt lợn hơi đồng/kg 62.000 60.500 -1.500\n",
                 [("14.500", 14_500, "VND", "kg"), ("15.000", 15_000, "VND", "kg"),
                  ("62.000", 62_000, "VND", "kg"), ("60.500", 60_500, "VND", "kg")],
                 id="a price row with its unit cell and a signed change: the prices before the sign are read"),
    pytest.param("STT Mặt hàng ĐVT Loại giá Giá kỳ trước Giá kỳ này Mức tăng, giảm Tỷ lệ (%)\n"
                 "1 Đậu tương hạt đ/kg Bán lẻ 24.000 24.500 500 2,08%\n - Đậu xanh \" \" 38.000 38.000 0 0,00%\n"
                 "2 Cá chép đ/kg Bán buôn 60.000 58.000 -2.000 -3,33%\n",
                 [("24.000", 24_000, "VND", "kg"), ("24.500", 24_500, "VND", "kg"), ("500", 500, "VND", "kg"),
                  ("38.000", 38_000, "VND", "kg"), ("38.000", 38_000, "VND", "kg"),
                  ("60.000", 60_000, "VND", "kg"), ("58.000", 58_000, "VND", "kg")],
                 id="single-spaced price rows: the price's kind after the unit, ditto marks for both, "
                    "a share and a signed change end the row"),
    pytest.param("Đơn vị tính: triệu đồng\nChỉ tiêu 2023 2024\nHỗ trợ đồng bào 1.200 1.500\n"
                 "Chi khác 300 350\n",
                 [("1.200", 1_200_000_000, "VND", None), ("1.500", 1_500_000_000, "VND", None),
                  ("300", 300_000_000, "VND", None), ("350", 350_000_000, "VND", None)],
                 id="under a unit line, 'đồng' in a row's label ('đồng bào') is no unit of its own"),
    pytest.param("Chỉ tiêu ĐVT Loại giá 2023 2024\nHỗ trợ đồng bào 1.200 1.500\n",
                 [],
                 id="... nor in a unit column's row: no price without a rate's unit"),
    pytest.param("Bảng 3. Dự án FDI theo địa phương\nSTT Địa phương Số Vốn đăng ký Vốn điều lệ\n"
                 "dự án (Triệu USD) (Triệu USD)\n1 Hải Phòng 812 21,355.58 7.700,04\n"
                 "2 Long An 1.040 9,120.40 3.215,60\n",
                 [("21,355.58", 21_355_580_000, "USD", None), ("7.700,04", 7_700_040_000, "USD", None),
                  ("9,120.40", 9_120_400_000, "USD", None), ("3.215,60", 3_215_600_000, "USD", None)],
                 id="a head line of bracketed units over rows that open with a count: the last figures, "
                    "each in its own grouping"),
    pytest.param("STT Tên vật liệu ĐVT\nĐơn giá (đồng)\nGhi chú\n1 Gạch đặc 6x10,5x22 viên 1.250 Giao tại kho\n"
                 "2 Cát đen san lấp m3 95.000 - nt -\n3 Thép cuộn phi 6 kg 15.600 Tại TP\n",
                 [("1.250", 1_250, "VND", "viên"), ("95.000", 95_000, "VND", "m3"), ("15.600", 15_600, "VND", "kg")],
                 id="a price head in đồng, a measure per row, a note after the price: rates by the measure"),
    pytest.param("| STT | Tên hàng | ĐVT | Giá (nghìn đồng) |\n| 1 | Xi măng PCB40 | tấn | 1.450 |\n"
                 "| 2 | Cát vàng | m3 | 320 |\n",
                 [("1.450", 1_450_000, "VND", "tấn"), ("320", 320_000, "VND", "m3")],
                 id="... in a pipe table, the price head in thousands"),
    pytest.param("Mặt hàng |\nĐVT |\nGiá thu mua (đồng) |\nTăng, giảm so với tuần trước |\n- Cà phê nhân |\nkg |\n"
                 "- |\n- |\n- Hồ tiêu đen |\nkg |\n148.000 - 150.000 |\n+2.000 |\n- Điều thô |\nkg |\n32.500 |\n- |\n",
                 [("148.000", 148_000, "VND", "kg"), ("150.000", 150_000, "VND", "kg"),
                  ("32.500", 32_500, "VND", "kg")],
                 id="a price table flattened a cell and a pipe a line: 'kg' under a head in đồng, ranges, no price"),
    pytest.param("TT\n\nNội dung\n\nĐơn vị tính\n\nMức thu\n\nI\n\nHọc phí chính quy\n\n1\n\nĐại học\n\n"
                 "triệu đồng/năm\n\n12,600\n\n2\n\nCao đẳng\n\ntriệu đồng/năm\n\n \n\nII\n\nTổng thu\n\n"
                 "1\n\nTừ học phí\n\ntỷ đồng\n\n45,210\n\n2\n\nTừ ngân sách\n\ntỷ đồng\n\n18,500\n",
                 [("12,600", 12_600_000, "VND", "năm"), ("45,210", 45_210_000_000, "VND", None),
                  ("18,500", 18_500_000_000, "VND", None)],
                 id="a fee table flattened one cell a line: 'năm' of the unit cell is no year of the fee under it; "
                    "row numbers start again at 1 in a new section"),
    pytest.param("| STT | Nội dung | Đơn vị | Số lượng | Tỷ lệ (%) |\n"
                 "| I | Học   phí năm học 2024-2025 | Triệu   đồng/năm |  |  |\n| 1 | Đại   học |  | 12,5 | 60 |\n"
                 "| 2 | Cao   đẳng |  | 9,8 | 40 |\n| II | Tổng   thu | Tỷ   đồng | 31,205 |  |\n"
                 "| 1 | Từ   học phí | \" | 20,4 |  |\n| III | Người học | Người | 2.450 |  |\n"
                 "| 1 | Nữ |  | 1.300 |  |\n",
                 [("12,5", 12_500_000, "VND", "năm"), ("9,8", 9_800_000, "VND", "năm"),
                  ("31,205", 31_205_000_000, "VND", None), ("20,4", 20_400_000_000, "VND", None)],
                 id="a pipe table with a unit column: a section's unit for the empty unit cells under it, runs of "
                    "blanks inside a cell, a '%' column and the rows in 'Người' no money"),
    pytest.param("TT\n\nNgành đào tạo\n\nĐơn vị tính\n\nHọc phí\n\n1\n\nKỹ thuật\n\nTriệu đồng /năm\n\n8,450\n\n"
                 "2\n\nKinh tế\n\nTriệu đồng /năm\n\n7,300\n\n3\n\nCao đẳng\n\n \n",
                 [("8,450", 8_450_000, "VND", "năm"), ("7,300", 7_300_000, "VND", "năm")],
                 id="a fee under its row's unit cell; the next row's number under the fee is no fee"),
    pytest.param("Mã số\n|\nMặt hàng\n|\nĐVT\n|\nGiá kỳ trước\n|\nGiá kỳ này\n|\nMức tăng\n|\n%\n|\n"
                 "2.001\n|\nĐường kính trắng\n|\nđ/kg\n|\n21.000\n|\n21.000\n|\n0\n|\n0,00\n|\n"
                 "2.002\n|\nSữa bột trẻ em\n|\n\"\n|\n310.000\n|\n315.000\n|\n5.000\n|\n1,61\n|\n",
                 [("21.000", 21_000, "VND", "kg"), ("21.000", 21_000, "VND", "kg"),
                  ("310.000", 310_000, "VND", "kg"), ("315.000", 315_000, "VND", "kg"), ("5.000", 5_000, "VND", "kg")],
                 id="a price table flattened between bare pipes: a ditto repeats 'đ/kg'; the change is money, "
                    "its % and the next item's code are not"),
    pytest.param("ĐVT: Tỷ đồng - Unit: Bill. dongs\n2020 2022 2023 Sơ bộ\nPrel.\n2024\n"
                 "TỔNG SỐ - TOTAL 1200 1350 1420 1510\nTrung ương - Central 200 250 220 210\n",
                 [("1200", 1_200_000_000_000, "VND", None), ("1350", 1_350_000_000_000, "VND", None),
                  ("1420", 1_420_000_000_000, "VND", None), ("1510", 1_510_000_000_000, "VND", None),
                  ("200", 200_000_000_000, "VND", None), ("250", 250_000_000_000, "VND", None),
                  ("220", 220_000_000_000, "VND", None), ("210", 210_000_000_000, "VND", None)],
                 id="a yearbook header whose last year ('Sơ bộ' 'Prel.' '2024') wraps: four columns, not one"),
    pytest.param("BẢNG CÂN ĐỐI KẾ TOÁN\nVND\nMã\nsố\nCHỈ TIÊU\nThuyết\nminh\nSố cuối năm\nSố đầu năm\n"
                 "100 A. TÀI SẢN NGẮN HẠN 3.210.450.000 2.980.100.000\n"
                 "110 I. Tiền 5 1.200.450.000 980.100.000\n"
                 "131 1. Phải thu của khách hàng 6, 7 1.510.000.000 1.400.000.000\n"
                 "139 2. Dự phòng phải thu khó đòi 6 (90.000.000) (100.000.000)\n",
                 [("3.210.450.000", 3_210_450_000, "VND", None), ("2.980.100.000", 2_980_100_000, "VND", None),
                  ("1.200.450.000", 1_200_450_000, "VND", None), ("980.100.000", 980_100_000, "VND", None),
                  ("1.510.000.000", 1_510_000_000, "VND", None), ("1.400.000.000", 1_400_000_000, "VND", None)],
                 id="a financial statement: a code line 'VND' over its heads; row codes and note numbers no money"),
    pytest.param("Đơn vị: 1000 đồng\nTổng số Tiền lương Nông nghiệp\nToàn tỉnh 4587,1 2488,8 490,8\nHuyện\n"
                 "Hưng Yên 4600,2 2500,1 400,3\nVăn Lâm 4300,2 2100,5 600,9\n",
                 [(cell, value, "VND", None) for cell, value in (
                     ("4587,1", 4_587_100), ("2488,8", 2_488_800), ("490,8", 490_800), ("4600,2", 4_600_200),
                     ("2500,1", 2_500_100), ("400,3", 400_300), ("4300,2", 4_300_200), ("2100,5", 2_100_500),
                     ("600,9", 600_900))],
                 id="a district's name ending in a currency's word ('Hưng Yên') is a row's label, not its unit"),
    pytest.param("Kết quả kinh doanh: Đơn vị tính: Đồng - Tổng doanh thu : 1.250.300.000 - Tổng chi phí: 1.100.200.000 "
                 "- Lợi nhuận trước thuế: 150.100.000 Thuế thu nhập doanh nghiệp: 30.020.000 Đề nghị thông qua.\n",
                 [("1.250.300.000", 1_250_300_000, "VND", None), ("1.100.200.000", 1_100_200_000, "VND", None),
                  ("150.100.000", 150_100_000, "VND", None), ("30.020.000", 30_020_000, "VND", None)],
                 id="items 'label: figure' run together on the unit line"),
    pytest.param("Giá nước sạch\nĐỐI TƯỢNG NĂM 2024\n(đồng/m3)\nHộ gia đình 7.200 7.800 \n"
                 "Cơ quan, đơn vị 9.500  10.200\n",
                 [("7.200", 7_200, "VND", "m3"), ("7.800", 7_800, "VND", "m3"), ("9.500", 9_500, "VND", "m3"),
                  ("10.200", 10_200, "VND", "m3")],
                 id="a single-spaced row with one run of blanks (no table aligned with spaces) is a row all the same"),
    pytest.param("Bảng giá rau củ sáng nay 12/3\nSTT Mặt hàng Chợ (đồng/kg) Siêu thị (đồng/kg)\n"
                 "1 Cà chua 18.000-20.000 25.000\n2 Bắp cải 12.000-14.000 16.500\n3 Khoai tây 22.000 29.000\n",
                 [("18.000", 18_000, "VND", "kg"), ("20.000", 20_000, "VND", "kg"), ("25.000", 25_000, "VND", "kg"),
                  ("12.000", 12_000, "VND", "kg"), ("14.000", 14_000, "VND", "kg"), ("16.500", 16_500, "VND", "kg"),
                  ("22.000", 22_000, "VND", "kg"), ("29.000", 29_000, "VND", "kg")],
                 id="a range is one cell of its column: both its ends under a head of a unit per column"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_units_per_row_and_column(text, expected):
    assert money(text) == expected


def test_qualifier_of_a_flattened_cell_is_kept():
    approx = [f for f in extract_facts(FLATTENED_USD_BESIDE_SHARES) if f["type"] == "money"]
    assert [f["qualifier"] for f in approx] == ["approx", None]


@pytest.mark.parametrize("text", [
    pytest.param("(Đơn vị: triệu đồng)\n\n371\n", id="a unit line over one figure (a page number)"),
    pytest.param("Năm 2023 thu ngân sách 1.200 1.300\nNăm 2024 thu 1.400 1.500\n", id="rows of figures, no unit"),
    pytest.param("Chỉ tiêu ĐVT 2022 2023\nSố xã đạt chuẩn Xã 45 52\nTỷ lệ % 61,2 70,4\n", id="no money row"),
    pytest.param("Đơn vị tính: %\nNông nghiệp 24.42 31.86\nDịch vụ 40.13 44.11\n", id="a unit line in %"),
])
def test_no_money_without_a_money_unit(text):
    assert money(text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Số tiền phải nộp:\n12.500\nVND\nHạn nộp\nLần 1 20 30\n", [("12.500\nVND", 12_500, "VND", None)],
                 id="under a figure: that figure's currency"),
    pytest.param("Chỉ tiêu\nĐơn vị\nNăm 2024\nThu nhập bình quân\nUSD\n4.350\nLần 1 20 30\n",
                 [("4.350", 4_350, "USD", None)], id="over a figure: a unit cell of its row"),
])
def test_a_code_alone_on_its_line_is_no_unit_line_unless_heads_follow(text, expected):
    assert money(text) == expected


def test_the_unit_of_a_unit_line_is_no_amount():
    for text in ("Đơn vị: 1.000.000đ\nDoanh thu 5 6\n", "Unit: 1000 VNĐ\nChi tiêu 2150.5 2380.8\n"):
        found = money(text)
        assert found, text
        assert all(value != 1_000_000 and value != 1000 for _, value, _, _ in found)


def test_a_figure_after_a_month_word_is_no_month_when_it_goes_on():
    facts = extract_facts("Đơn giá (đồng/m3)\nNăm 2021 Năm 2022\nTừ 4m3 đến 6m3/người/tháng 10.800 11.500\n")
    found = [(f["text"], f["value"]) for f in facts if f["type"] == "money"]
    assert found == [("10.800", 10_800), ("11.500", 11_500)]
    assert not any(f["type"] == "date" for f in facts)


def test_values_are_exact():
    found = [f["value"] for f in extract_facts(THOUSAND_DONG_DECIMAL_POINT) if f["type"] == "money"]
    assert found and all(isinstance(v, int) for v in found)
    usd = [f["value"] for f in extract_facts("Chỉ tiêu ĐVT 2023\nKim ngạch Triệu USD 12.35\n") if f["type"] == "money"]
    assert usd == [12_350_000] and not isinstance(usd[0], float)
    assert Decimal(usd[0]) == Decimal("12350000")


def test_a_number_after_unit_words_in_prose_stays_an_amount():
    # Only a colon or a bracket makes "1.000.000đ" the unit of a unit line.
    assert money("Hỗ trợ mỗi đơn vị 1.000.000 đồng.") == [("1.000.000 đồng", 1_000_000, "VND", "đơn vị")]
