"""How a fact view's cells read (db/plugins/research.py): amounts in words, sentences shortened around the figure."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "db" / "plugins"))

from research import in_words, short_sentence  # noqa: E402


def test_amounts_in_words():
    assert in_words(11072000000, "VND") == "11,072 tỷ đồng"
    assert in_words(2370000) == "2,37 triệu"
    assert in_words(15000000, "USD") == "15 triệu USD"
    assert in_words(1234567891, "VND") == "≈1,235 tỷ đồng"  # rounded, and says so
    assert in_words(3 * 10**12, "VND") == "3 nghìn tỷ đồng"
    assert in_words(999999, "VND") is None
    assert in_words("2500000.5", "EUR") == "≈2,5 triệu EUR"


def test_a_long_sentence_is_shortened_around_its_figure_and_kept_whole_on_demand():
    sentence = ("Năm 2023, tỉnh đã triển khai nhiều chương trình hỗ trợ doanh nghiệp nông thôn, trong đó có 66 đề "
                "án khuyến công với tổng kinh phí 11,072 tỷ đồng, tập trung vào chế biến nông sản và thủ công mỹ "
                "nghệ của các cơ sở công nghiệp nông thôn trên địa bàn.")
    cell = str(short_sentence(sentence, "11,072 tỷ đồng"))
    assert cell.startswith("<details") and f'title="{sentence}"' in cell
    short = cell.split('<span class="short">')[1].split("</span>")[0]
    assert short.startswith("…") and short.endswith("…") and '<mark class="figure">11,072 tỷ đồng</mark>' in short
    assert len(short) < len(sentence)
    assert '<span class="whole">' in cell and cell.count("11,072 tỷ đồng") == 3  # title, short, whole


def test_a_short_sentence_is_shown_whole_and_markup_is_escaped():
    cell = str(short_sentence("Hỗ trợ <b>5 triệu đồng</b>.", "5 triệu đồng"))
    assert "<details" not in cell and "&lt;b&gt;" in cell and '<mark class="figure">5 triệu đồng</mark>' in cell
