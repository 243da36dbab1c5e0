"""Properties that hold for any input: no exception, offsets into NFC, text order, sane value types."""
import unicodedata
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_facts

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "nghìn tỷ", "đồng", "đ", "VNĐ", "VND", "USD", "EUR", "Euro",
    "đô la Mỹ", "khoảng", "gần", "hơn", "trên", "dưới", "chưa đến", "từ", "đến", "và", "-", "–", "/",
    "Quyết định", "QUYẾT ĐỊNH", "Nghị định", "Thông tư liên tịch", "Nghị quyết", "số", "Số:", "QĐ-TTg",
    "NĐ-CP", "TTLT-BTC-BCT", "QĐ-UBND", "NQ/TW", "/QĐ", "ngày", "tháng", "năm", "của", "Bộ Công Thương",
    "Thủ tướng Chính phủ", "đề án", "hộ", "doanh nghiệp", "lượt", "lao động", "sản phẩm", "ha", "km",
    "tấn", "%", "lần", "giai đoạn", "Điều", "Mẫu số", "Covid-19", "bão số", "người", "xã", ".", ",",
    ";", ":", "(", ")", "\n", "\r\n", " ", "  ", "\u00a0", "\u200b", "\t",
    "Đ", "Đ/c", "ĐVT:", "Đơn vị tính:", "Đơn giá (đồng/m3)", "TỶ", "ĐỒNG", "|", "x", "1x2",
]
DIGITS = st.from_regex(r"\A[0-9]{1,4}([.,][0-9]{1,3}){0,4}\Z", fullmatch=True)
PIECE = st.one_of(st.sampled_from(FRAGMENTS), DIGITS, st.text(alphabet="0123456789.,/-", max_size=8))
BULLETIN = st.lists(PIECE, max_size=40).map(lambda parts: " ".join(parts))
BULLETIN_TIGHT = st.lists(PIECE, max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), BULLETIN, BULLETIN_TIGHT,
                     BULLETIN.map(lambda s: unicodedata.normalize("NFD", s)))


def check(text):
    facts = extract_facts(text)
    assert isinstance(facts, list)
    norm = unicodedata.normalize("NFC", text)
    prev = -1
    for f in facts:
        assert isinstance(f["type"], str) and f["type"]
        assert isinstance(f["start"], int) and isinstance(f["end"], int)
        assert 0 <= f["start"] < f["end"] <= len(norm), f
        assert norm[f["start"]:f["end"]] == f["text"], f
        assert f["start"] >= prev, "facts not in text order"
        prev = f["start"]
        assert isinstance(f.get("sentence", ""), str)
        if f["type"] in ("money", "count", "percent"):
            v = f["value"]
            assert not isinstance(v, (float, bool)), f
            if f["type"] != "percent":
                assert isinstance(v, (int, Decimal)), f
                assert v >= 0, f
        if f["type"] == "money":
            assert f["currency"] and f["currency"] == f["currency"].upper() and len(f["currency"]) == 3, f
            assert f.get("qualifier") in (None, "approx", "over", "under"), f
            if f["currency"] == "VND":
                assert type(f["value"]) is int, f
        if f["type"] == "count":
            assert type(f["value"]) is int and f["unit"] == f["unit"].lower() and f["unit"].strip(), f
        if f["type"] == "legal_ref":
            assert isinstance(f["code"], str) and f["code"] and not any(c.isspace() for c in f["code"]), f
            assert isinstance(f["number"], str) and (f["number"] == "0" or not f["number"].startswith("0")), f
            assert f["year"] is None or type(f["year"]) is int, f
    return facts


@SETTINGS
@given(st.text())
def test_any_unicode_text(text):
    check(text)


@SETTINGS
@given(ANY_TEXT)
def test_bulletin_like_text(text):
    check(text)


@SETTINGS
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["tỷ", "triệu", "nghìn"]))
def test_simple_amount_value(n, mult):
    factor = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 10**3}[mult]
    facts = check(f"Tổng kinh phí hỗ trợ là {n} {mult} đồng.")
    assert [(f["value"], f["currency"]) for f in facts if f["type"] == "money"] == [(n * factor, "VND")]


@SETTINGS
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_simple_decimal_amount_value(whole, frac):
    text = f"{whole},{frac:03d}"
    facts = check(f"Tổng kinh phí hỗ trợ là {text} tỷ đồng.")
    assert [f["value"] for f in facts if f["type"] == "money"] == [whole * 10**9 + frac * 10**6]


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=2000, max_value=2030))
def test_simple_legal_ref(number, year):
    facts = check(f"Căn cứ Nghị định số {number}/{year}/NĐ-CP của Chính phủ;")
    refs = [(f["code"], f["number"], f["year"]) for f in facts if f["type"] == "legal_ref"]
    assert refs == [(f"{number}/{year}/NĐ-CP", str(number), year)]
