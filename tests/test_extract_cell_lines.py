"""Tables flattened one cell a line, a line of a pipe alone after each cell (extract/cell_lines.py): put back in
rows when their figures split evenly under their heads, left alone otherwise. Examples written for these tests
in the shape pages arrive in."""
import pytest
from factcheck import checked_facts

from extract.cell_lines import rejoin_cell_lines

USD, VND = "USD", "VND"


def flattened(*cells: str) -> str:
    """Cells as a page's table arrives flattened: each on its line(s), then a line of a pipe alone."""
    return "".join(f"{cell}\n|\n" if cell else "|\n" for cell in cells)


COFFEE = (
    "Giá cà phê xuất khẩu tại một số cảng trong tháng\n"
    + flattened("Giá cà phê nhân Robusta xuất khẩu tại cảng Sài Gòn, các tuần tháng 3/2025 (USD/tấn)",
                "Cỡ hạt (sàng)", "Tuần 1", "Tuần 2", "Tuần 3",
                "18", "5.120", "5.180", "5.240",
                "16", "4.980", "5.010", "5.075",
                "13", "4.720", "4.760", "4.800")
)


def money(text):
    return [(f["text"], f["value"], f["currency"], f.get("per")) for f in checked_facts(text) if f["type"] == "money"]


def test_a_table_one_cell_a_line_is_read_by_its_columns_and_its_captions_unit():
    assert money(COFFEE) == [
        ("5.120", 5120, USD, "tấn"), ("5.180", 5180, USD, "tấn"), ("5.240", 5240, USD, "tấn"),
        ("4.980", 4980, USD, "tấn"), ("5.010", 5010, USD, "tấn"), ("5.075", 5075, USD, "tấn"),
        ("4.720", 4720, USD, "tấn"), ("4.760", 4760, USD, "tấn"), ("4.800", 4800, USD, "tấn"),
    ]  # the sizes "18", "16", "13" are no prices: their head "Cỡ hạt (sàng)" names no currency


def test_the_rows_are_the_text_but_for_separators():
    rows = rejoin_cell_lines(COFFEE)
    assert len(rows) == len(COFFEE)
    separators = {("\n", " "), ("|", " "), ("|", "-"), ("\n", "|"), (" ", "\n")}
    assert {(a, b) for a, b in zip(COFFEE, rows, strict=True) if a != b} <= separators
    assert "\nCỡ hạt (sàng) | Tuần 1 | Tuần 2 | Tuần 3 |\n18 | 5.120 | 5.180 | 5.240 |\n" in rows
    assert "Sài Gòn, các tuần tháng 3/2025\n(USD/tấn)\n" in rows  # the caption's unit on its own line


def test_two_tables_in_one_run_each_under_its_caption():
    text = (flattened("Doanh thu của các chi nhánh trong quý I năm 2025 theo tháng (triệu đồng)",
                      "Chi nhánh", "Tháng 1", "Tháng 2", "", "1.200", "1.350", "", "980", "1.020", "", "760", "810")
            + flattened("Chi phí của các chi nhánh trong quý I năm 2025 theo tháng (triệu đồng)",
                        "Chi nhánh", "Tháng 1", "Tháng 2", "", "400", "420", "", "310", "330", "", "250", "270"))
    found = money(text)
    assert [value for _, value, _, _ in found] == [n * 1_000_000 for n in (1200, 1350, 980, 1020, 760, 810,
                                                                           400, 420, 310, 330, 250, 270)]
    assert {currency for _, _, currency, _ in found} == {VND}


@pytest.mark.parametrize("cells", [
    # rows with a label each: where a row ends is not known from the heads
    ("Mặt hàng", "ĐVT", "Giá", "Gạo tẻ", "đ/kg", "14.000", "Gạo nếp", "đ/kg", "22.000", "Thịt lợn", "đ/kg", "95.000"),
    # heads over two levels (a merged cell "Giá" over two): five heads, figures in rows of four
    ("TT", "Mặt hàng", "Giá", "Kỳ trước", "Kỳ này", "1", "2", "100", "110", "3", "4", "120", "125", "5", "6",
     "130", "140"),
    # two heads: two columns of figures alone are too easily a chance
    ("Năm", "Giá", "2022", "1.000", "2023", "1.100", "2024", "1.200"),
    # fewer than three rows
    ("A", "B", "C", "1.000", "2.000", "3.000", "4.000", "5.000", "6.000"),
])
def test_runs_that_do_not_split_evenly_are_left_as_they_are(cells):
    text = "Bảng giá\n" + flattened(*cells)
    assert rejoin_cell_lines(text) == text


def test_a_text_without_lines_of_a_pipe_is_itself():
    text = "Tổng kinh phí là 11,072 tỷ đồng.\n| a | b |\n"
    assert rejoin_cell_lines(text) is text


@pytest.mark.parametrize("text,expected", [
    # a small amount in a cell of a pipe table under a unit line is an amount, not a row number
    ("Đơn vị: triệu đồng\n| Huyện | Năm 2023 | Năm 2024 |\n| Huyện A | 120 | 135 |\n| Huyện B | 40 | 45 |\n",
     [120, 135, 40, 45]),
    # ... but a small number in a row's first cell is its number
    ("Đơn vị: triệu đồng\n| STT | Huyện | Năm 2024 |\n| 1 | Huyện A | 135 |\n| 2 | Huyện B | 45 |\n", [135, 45]),
    # a column headed by one period of several holds that period's amounts ("Tuần" alone is a counted noun)
    ("Đơn vị: triệu đồng\n| Chi nhánh | Tuần 1 | Tuần 2 |\n| Bắc | 310 | 325 |\n| Nam | 280 | 290 |\n",
     [310, 325, 280, 290]),
    ("Đơn vị: tỷ đồng\n| Nguồn | Quý I | Quý II |\n| Ngân sách | 12,5 | 14 |\n| Vốn vay | 8 | 9,5 |\n",
     [12_500, 14_000, 8_000, 9_500]),
])
def test_small_amounts_and_period_columns_under_a_unit_line(text, expected):
    assert [value // 1_000_000 for _, value, _, _ in money(text)] == expected
