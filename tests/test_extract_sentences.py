"""extract.sentences.split_sentences gives exactly what underthesea's sent_tokenize gives, faster."""
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import sent_tokenize

from extract.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.mark.parametrize("text", [
    "Xin chào. Tôi là người Hà Nội.",
    "Tổng kinh phí 11.072 tỷ đồng. Năm 2014, TP. Hải Dương hỗ trợ 66 đề án!",  # "TP." an abbreviation
    "Doanh thu tăng 15.12.2025 lần? Không... Vẫn tăng... và còn tăng",  # ellipses, before a capital or not
    "Theo Th.S Nguyễn Văn A. và TS. Trần B., kết quả đạt 1.500.000 đồng.",
    "Dòng một.\n\nDòng hai?! Dòng ba.\r\n- Mục 1.\n- Mục 2",
    "...", "   ", "", "a.b.c. D", "Số 3.5. Tiếp theo", "Kết thúc bằng dấu chấm.",
])
def test_the_same_sentences_as_underthesea(text):
    assert split_sentences(text) == sent_tokenize(text)


def test_the_same_sentences_on_a_megabyte_of_bulletin_like_text():
    from corpus import articles

    pieces = list(articles(seed=7, total_chars=1_000_000))
    assert len(pieces) > 100
    for piece in pieces:
        assert split_sentences(piece) == sent_tokenize(piece)


# Text made of what the splitter looks at: its three marks, digits, blanks, capitals and abbreviations.
_PIECES = st.sampled_from([".", "..", "...", "?", "!", " ", "\t", "\n", "\r", "1", "2.5", "TP", "tp", "Th.S",
                           "e.g", "A", "x", "Đà", "nẵng", "số", "…", "\xa0", "đồng"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_same_sentences_on_any_text(text):
    assert split_sentences(text) == sent_tokenize(text)
