"""Function words after a numeral answer at once, without the POS tagger: the list must hold no word
that the tagger could read as the start of a noun, and such a numeral must cost no tagger call."""
import pytest

from extract import extract_facts, nouns
from extract.function_words import FUNCTION_WORDS

# Right contexts a function word meets after a numeral in bulletins.
CONTEXTS = ["các hộ dân trên địa bàn", "năm 2025", "việc hỗ trợ doanh nghiệp"]


@pytest.mark.parametrize("word", sorted(FUNCTION_WORDS))
def test_the_tagger_never_reads_a_function_word_as_a_noun(word):
    from underthesea import pos_tag

    for context in CONTEXTS:
        tagged = pos_tag(f"5 {word} {context}")
        assert len(tagged) > 1
        first_word, tag = tagged[1]
        assert not (tag in ("N", "Nc", "Nu") and first_word.split()[0].lower() == word), (word, context, tagged)


def test_a_numeral_before_a_function_word_costs_no_tagger_call(monkeypatch):
    def no_tagger(words):
        raise AssertionError(f"tagger asked about {words!r}")

    nouns._classify_words.cache_clear()
    monkeypatch.setattr(nouns, "_pos_tag", no_tagger)
    facts = extract_facts("Kế hoạch 2025 về phát triển thương mại điện tử có 12 của hàng mẫu, "
                          "3 với đối tác nước ngoài.")
    nouns._classify_words.cache_clear()
    assert not [f for f in facts if f["type"] == "count"]
