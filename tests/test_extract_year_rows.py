"""Tables whose rows are years, run together after a unit cell (extract/year_rows.py): a yearbook table
flattened to text, each row a year and its figures. Examples written for these tests."""
from __future__ import annotations

import pytest

from extract import extract_facts


def money(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["currency"]) for f in extract_facts(text) if f["type"] == "money"]


def links(text: str) -> list[tuple]:
    facts = [f for f in extract_facts(text) if f["type"] == "money"]
    by_start = {f["start"]: f for f in facts}
    return [(f["text"], by_start[f["part_of"]]["text"]) for f in facts if f.get("part_of") is not None]


ONE_LINE = ("Thu ngân sách theo nguồn - Budget revenue by source Total Of which Domestic revenue Import-export "
            "Bill. dongs 2016 4.210 3.500 710 2017 4.805 4.000 805 Prel.2018 5.300 4.420 880 "
            "Structure (%) 2016 100,00 83,14 16,86 2017 100,00 83,25 16,75")


@pytest.mark.parametrize("text, expected", [
    # English unit cell; the block of shares after it is no money
    (ONE_LINE, [("4.210", 4_210 * 10**9, "VND"), ("3.500", 3_500 * 10**9, "VND"), ("710", 710 * 10**9, "VND"),
                ("4.805", 4_805 * 10**9, "VND"), ("4.000", 4_000 * 10**9, "VND"), ("805", 805 * 10**9, "VND"),
                ("5.300", 5_300 * 10**9, "VND"), ("4.420", 4_420 * 10**9, "VND"), ("880", 880 * 10**9, "VND")]),
    # a Vietnamese unit cell, rows on their own lines, an empty cell, a preliminary year written "Sơ bộ"
    ("Vốn đầu tư thực hiện Tổng số Vốn nhà nước Vốn ngoài nhà nước Triệu đồng\n2019 1.250.300 450.100 800.200\n"
     "2020 1.402.000 - 1.402.000\nSơ bộ 2021 1.500.500 500.000 1.000.500",
     [("1.250.300", 1_250_300_000_000, "VND"), ("450.100", 450_100_000_000, "VND"),
      ("800.200", 800_200_000_000, "VND"), ("1.402.000", 1_402_000_000_000, "VND"),
      ("1.402.000", 1_402_000_000_000, "VND"), ("1.500.500", 1_500_500_000_000, "VND"),
      ("500.000", 500_000_000_000, "VND"), ("1.000.500", 1_000_500_000_000, "VND")]),
    # thousands of dollars, the English grouping
    ("Exports by year Total Goods Services Thous. USD 2021 1,250,400 1,000,400 250,000 "
     "2022 1,310,000 1,010,000 300,000",
     [("1,250,400", 1_250_400_000, "USD"), ("1,000,400", 1_000_400_000, "USD"), ("250,000", 250_000_000, "USD"),
      ("1,310,000", 1_310_000_000, "USD"), ("1,010,000", 1_010_000_000, "USD"), ("300,000", 300_000_000, "USD")]),
])
def test_rows_of_years_after_a_unit_cell(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text", [
    # the years after the unit are the columns' heads, not rows
    "Thu ngân sách Tỷ đồng 2019 2020 2021",
    # one row only: could be prose
    "Doanh thu Bill. dongs 2020 1.250 300",
    # the unit follows a figure: it is that amount's unit, and the year after it starts a sentence's date
    "Tổng vốn 500 triệu đồng 2019 120 150 2020 130 160",
    # a count column among the heads: which columns the unit is for is not known
    "Số dự án Vốn đăng ký Triệu USD 2019 12 450,5 2020 15 510,2",
])
def test_no_table_of_years(text):
    assert [m for m in money(text) if m[0] not in ("500 triệu đồng",)] == []


def test_rows_of_years_rows_in_rows_whose_first_column_is_the_total():
    assert links(ONE_LINE) == [("3.500", "4.210"), ("710", "4.210"), ("4.000", "4.805"), ("805", "4.805"),
                               ("4.420", "5.300"), ("880", "5.300")]


def test_an_of_which_column_is_a_part_of_the_column_before_it():
    text = ("GRDP by sector Total Of which Agriculture Industry and construction Services Total "
            "Of which: Industry Mill. dongs 2019 10.000 2.000 5.000 4.000 3.000 2020 11.000 2.100 5.600 4.500 3.300")
    assert links(text) == [("2.000", "10.000"), ("5.000", "10.000"), ("4.000", "5.000"), ("3.000", "10.000"),
                           ("2.100", "11.000"), ("5.600", "11.000"), ("4.500", "5.600"), ("3.300", "11.000")]
