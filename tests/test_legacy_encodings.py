"""Legacy Vietnamese font encodings (reader/documents/legacy.py): every letter with every tone, in both
cases, in TCVN3 and VNI; round trips through the tables; detection that never fires on Unicode or English."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from reader.documents import legacy
from reader.documents import legacy_tables as T

HERE = Path(__file__).parent

# Every Vietnamese letter with every tone, built from Unicode itself (base letter + marks, composed), so the
# expected letters do not come from the tables under test.
_BASES = {"a": "a", "ă": "a\u0306", "â": "a\u0302", "e": "e", "ê": "e\u0302", "i": "i", "o": "o", "ô": "o\u0302",
          "ơ": "o\u031b", "u": "u", "ư": "u\u031b", "y": "y"}
_TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng
LETTERS = [unicodedata.normalize("NFC", base + tone) for base in _BASES.values() for tone in _TONE_MARKS] + ["đ"]
ALL_LETTERS = LETTERS + [c.upper() for c in LETTERS]

# VNI from Unicode's decomposition: the mark character for (vowel mark, tone). Written from the VNI keyboard
# convention (tone keys 1-5, marks 6-8 and d9), independently of legacy_tables.VNI_*.
_VNI_TONE = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC_TONE = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_by_rule(letter: str) -> str:
    if letter in "đĐ":
        return {"đ": "ñ", "Đ": "Ñ"}[letter]
    upper = letter.isupper()
    d = unicodedata.normalize("NFD", letter.lower())
    base, marks = d[0], d[1:]
    tone = next((m for m in marks if m in _VNI_TONE and m), "")
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
    if base == "i":
        out = _VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        out = "î"
    elif shape == "\u0302":
        out = base + _VNI_CIRC_TONE[tone]
    elif shape == "\u0306":
        out = base + _VNI_BREVE_TONE[tone]
    elif shape == "\u031b":
        out = {"o": "ô", "u": "ö"}[base] + _VNI_TONE[tone]
    else:
        out = base + _VNI_TONE[tone]
    return out.upper() if upper else out


def test_every_letter_listed():
    assert len(ALL_LETTERS) == 146
    # the tables leave out only letters written as themselves (ASCII vowels; VNI í ì Í Ì; TCVN3 ý)
    same_vni = {"a", "e", "i", "o", "u", "y", "í", "ì", "Í", "Ì"}
    same_tcvn3 = {"a", "e", "i", "o", "u", "y", "ý"} | {"A", "E", "I", "O", "U", "Y"}
    assert set(ALL_LETTERS) - same_vni - {c.upper() for c in same_vni} == set(legacy.VNI_ENCODE)
    assert set(ALL_LETTERS) - same_tcvn3 == set(legacy.TCVN3_ENCODE)


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_vni_every_letter(letter):
    encoded = legacy.to_vni(letter)
    assert encoded == vni_by_rule(letter)
    assert legacy.vni_to_unicode(encoded) == letter


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_tcvn3_every_letter_round_trip(letter):
    encoded = legacy.to_tcvn3(letter)
    assert len(encoded) == 1  # one byte per letter
    assert legacy.tcvn3_to_unicode(encoded) == letter


@pytest.mark.skipif(not shutil.which("iconv"), reason="iconv (the C library's converter) not installed")
def test_tcvn3_against_the_c_librarys_table():
    # The GNU C library's TCVN5712-1 charmap is the second source: it decodes our bytes to the same letters.
    encoded = "\n".join(legacy.to_tcvn3(letter) for letter in ALL_LETTERS).encode("latin-1")
    done = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=encoded, capture_output=True)
    if done.returncode != 0:
        pytest.skip("this C library has no TCVN5712-1")
    assert unicodedata.normalize("NFC", done.stdout.decode()).split("\n") == ALL_LETTERS


def test_tcvn3_lower_case_is_the_abc_fonts_range():
    # TCVN3 (VN3) lower-case letters sit in 0xA8-0xFE: what a .VnTime document's text is made of
    for row in T.rows(T.TCVN3_LOWER):
        for cell in row:
            assert cell.isascii() or 0xA8 <= ord(cell) <= 0xFE


SENTENCES = [
    "Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình khuyến công quốc gia.",
    "Kinh phí hỗ trợ từ ngân sách nhà nước là 1.250 triệu đồng, trong đó đào tạo nghề 300 triệu đồng.",
    "Ủy ban nhân dân tỉnh Hải Dương giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan thực hiện.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_sentences_detected_and_converted(sentence, encoding):
    encoded = legacy.to_tcvn3(sentence) if encoding == "tcvn3" else legacy.to_vni(sentence)
    assert legacy.detect_legacy(encoded) == encoding
    assert legacy.fix_legacy(encoded) == (sentence, encoding)


def test_examples_from_the_issue():
    assert legacy.fix_legacy("QuyÕt ®Þnh sè 1288/Q§-TTg cña Thñ t­íng ChÝnh phñ") == (
        "Quyết định số 1288/QĐ-TTg của Thủ tướng Chính phủ", "tcvn3")
    assert (legacy.fix_legacy("Quyeát ñònh soá 1288/QÑ-TTg cuûa Thuû töôùng Chính phuû")[0]
            == "Quyết định số 1288/QĐ-TTg của Thủ tướng Chính phủ")


def test_capitals_font_headings_and_hyphen_for_u_horn():
    # ".VnTimeH" headings use the lower-case codes; PDF extractors give TCVN3's ư (soft hyphen) as "-"
    assert legacy.tcvn3_to_unicode("QUYÕT §ÞNH") == "QUYẾT ĐỊNH"
    assert legacy.tcvn3_to_unicode("Thñ t-íng ChÝnh phñ, Q§-TTg, 2014-2018") == "Thủ tướng Chính phủ, QĐ-TTg, 2014-2018"
    assert legacy.tcvn3_to_unicode("Së C«ng Th-¬ng") == "Sở Công Thương"


def test_hyphen_read_as_u_horn_only_where_u_horn_can_stand():
    text = ("Thủ tướng, đường, những, Hưng Yên, mưa, như thế; khu-cụm, Ô-xtrây-li-a, TP-HCM, QĐ-TTg, "
            "2014-2018, 30°C, 5 đồng/m², https://x.vn/ha-noi-du-kien")
    assert legacy.tcvn3_to_unicode(legacy.to_tcvn3(text).replace("\xad", "-")) == text


def _unicode_texts():
    texts = sorted((HERE / "judged_texts" / "texts").glob("*.txt"))
    assert texts, "tests/judged_texts/texts is missing"
    return texts


@pytest.mark.parametrize("path", _unicode_texts(), ids=lambda p: p.name)
def test_real_unicode_text_never_touched(path):
    text = path.read_text(encoding="utf-8")
    assert legacy.detect_legacy(text) is None
    assert legacy.fix_legacy(text) == (text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Industry and Trade published its annual report on 5 March 2024.",
        "Café, naïve, Müller, São Paulo, Ångström, señor, façade, Zürich, Dvořák: ® © ± × ÷ µ ¼ ½ ¾ « » · ¶ §",
        "Giá 25.000 đ/kg · nhiệt độ 30°C × 2 ® Bản quyền © Sở Công Thương — “trích dẫn” – 1½ ngày",
        "Thông báo: Hội nghị ngày 12/3/2024 tại Hà Nội; đại biểu José Müller (Đức) và François Señor (Pháp) phát biểu.",
        "",
        "12345 67890 ... --- ###",
    ],
)
def test_detection_does_not_fire_on_english_symbols_or_unicode(text):
    assert legacy.detect_legacy(text) is None
    assert legacy.fix_legacy(text) == (text, None)


def test_legacy_letters_in_a_unicode_page_do_not_flip_it():
    # A Unicode page quoting a few TCVN3 words (a mis-pasted line) stays as it is
    text = " ".join(SENTENCES * 5) + " QuyÕt ®Þnh"
    assert legacy.detect_legacy(text) is None


@pytest.mark.parametrize("path", _unicode_texts(), ids=lambda p: p.name)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_real_texts_in_legacy_encodings_detected_and_converted_back(path, encoding):
    # Each real Unicode text, encoded as an old document would be, comes back exactly (as NFC)
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    encoded = legacy.to_tcvn3(text) if encoding == "tcvn3" else legacy.to_vni(text)
    assert legacy.detect_legacy(encoded) == encoding
    converted, _ = legacy.fix_legacy(encoded)
    assert converted == _caps_restored(text) if encoding == "tcvn3" else converted == text


def _caps_restored(text: str) -> str:
    # the converter upper-cases a word with two or more capitals and no small ASCII letter (".VnTimeH" headings):
    # in the original Unicode such words are already all capitals, except mixed ones like "ĐVT" kept as they are
    return legacy._restore_caps(text)


def test_large_unicode_text_with_latin1_symbols_never_touched():
    # All the real texts at once (about 55,000 characters), sprinkled with the Latin-1 symbols and letters a
    # Unicode page uses legitimately and TCVN3 uses for letters: still Unicode, returned as it was.
    texts = [p.read_text(encoding="utf-8") for p in _unicode_texts()]
    extras = ("Sản phẩm OCOP® đạt 4 sao", "kích thước 3×4 m", "hạt 5 µm", "nhiệt độ 30°C ± 2°", "tỷ lệ ½ và ¾",
              "© Sở Công Thương", "ông José Müller và bà Françoise", "Õ Ö Ø × Þ ß ® ª « ¬ ¸ µ ¶ · ¹")
    text = "\n".join(t + "\n" + extras[i % len(extras)] for i, t in enumerate(texts))
    assert len(text) > 50_000
    assert legacy.fix_legacy(text) == (text, None)
    assert legacy.fix_legacy_lines(text) == (text, None)


# A Unicode page that carries a run of lines typed in a legacy font (a table pasted from an old document):
# the run is converted, the Unicode lines around it are left as they are.
MIXED = [
    ("tcvn3", "Kim ngạch xuất khẩu của tỉnh tăng mạnh.\n{legacy}\n1.234\nNhập khẩu tăng nhẹ.",
     "Đơn vị tính: Triệu USD\nXuất khẩu hàng hóa"),
    ("vni", "Giá cao hơn dự kiến.\n{legacy}\nSở Công Thương.", "Xuất khẩu hàng hóa tăng mạnh"),
]


@pytest.mark.parametrize("encoding, page, typed", MIXED, ids=[row[0] for row in MIXED])
def test_a_run_of_legacy_lines_in_a_unicode_text_is_converted(encoding, page, typed):
    encode = legacy.to_tcvn3 if encoding == "tcvn3" else legacy.to_vni
    text = page.format(legacy=encode(typed))
    assert legacy.fix_legacy(text) == (text, None)  # as a whole the text is Unicode
    assert legacy.fix_legacy_lines(text) == (page.format(legacy=typed), encoding)


@pytest.mark.parametrize("text", [
    "Giá «cao» hơn dự kiến.\nThe price is «high» - Unit: USD\nSở Công Thương.",
    "Ông José Müller tham dự.\nMr. Müller paid 5 × 3 €.\nGiá cao.",
])
def test_lines_of_latin1_words_and_quotes_in_a_unicode_text_stay(text):
    assert legacy.fix_legacy_lines(text) == (text, None)
