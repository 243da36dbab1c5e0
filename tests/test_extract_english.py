"""Amounts written in English in bilingual bulletins (extract/english.py)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract import extract_facts


def money(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["currency"], f["qualifier"]) for f in extract_facts(text) if f["type"] == "money"]


@pytest.mark.parametrize("text, expected", [
    ("Total investment reached VND 1.5 billion in 2023.", [("VND 1.5 billion", 1_500_000_000, "VND", None)]),
    ("The province attracted 2,345 billion VND (about US$ 100 million).",
     [("2,345 billion VND", 2_345_000_000_000, "VND", None),
      ("about US$ 100 million", 100_000_000, "USD", "approx")]),
    ("Revenue was 12,500 billion dong, up 5%.", [("12,500 billion dong", 12_500_000_000_000, "VND", None)]),
    ("FDI reached US$2.5 billion, USD 300 million of which was new capital.",
     [("US$2.5 billion", 2_500_000_000, "USD", None), ("USD 300 million", 300_000_000, "USD", None)]),
    ("The state budget is VND 45.6 trillion.", [("VND 45.6 trillion", 45_600_000_000_000, "VND", None)]),
    ("Average income reached VND 5,250,000 per month.", [("VND 5,250,000", 5_250_000, "VND", None)]),
    ("Exports of more than 1.25 billion USD.", [("more than 1.25 billion USD", 1_250_000_000, "USD", "over")]),
    ("Each grant is EUR 12.5 thousand.", [("EUR 12.5 thousand", 12_500, "EUR", None)]),
    # a point before three digits may be either convention: left alone, never guessed
    ("Capital of VND 1.200 billion was raised.", []),
    # a fraction of a dong is no amount
    ("VND 2.5 per unit", []),
    # English scale words count nothing
    ("Population of 1.2 million people.", []),
    # a scale word before the currency makes it a unit cell over a row's year, not "USD 2019"
    ("Vốn đăng ký Triệu USD 2019 2020", []),
    ("Registered capital Mill. USD 2021 2022", []),
])
def test_amounts_in_english(text, expected):
    assert money(text) == expected


def test_english_scale_words_are_no_counted_nouns():
    facts = extract_facts("The project, about 100 million, covers 3 billion cubic metres.")
    assert [f for f in facts if f["type"] == "count"] == []


def test_values_are_exact():
    [fact] = [f for f in extract_facts("a loan of USD 12.75 million") if f["type"] == "money"]
    assert fact["value"] == 12_750_000 and not isinstance(fact["value"], float)
    [fact] = [f for f in extract_facts("grants of USD 1.2345 thousand") if f["type"] == "money"]
    assert fact["value"] == Decimal("1234.5")
