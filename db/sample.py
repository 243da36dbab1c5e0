"""Generated bulletin articles with their facts, for tests, benchmarks and demos.

The text reads like the bulletins (sentences modelled on real ones) and every
fact's offsets are exact: ``article[fact["field"]][start:end] == fact["text"]``.
Legal documents are cited with a long-tailed popularity, as in real data:
a few decisions are cited everywhere, most only once or twice.
"""

import random
from decimal import Decimal

SITES = {
    "haiduong": ("Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn"),
    "moit": ("Bộ Công Thương", "https://moit.gov.vn"),
    "danang": ("Cổng thông tin điện tử thành phố Đà Nẵng", "https://danang.gov.vn"),
}
CATEGORIES = ["Kinh tế", "Khuyến công", "Xúc tiến thương mại", "Tin tức - Sự kiện"]
POPULAR_DOCUMENTS = [
    ("1288/QĐ-TTg", "Quyết định", "1288", None, "Thủ tướng Chính phủ"),
    ("45/2012/NĐ-CP", "Nghị định", "45", 2012, "Chính phủ"),
    ("26/2014/TTLT-BTC-BCT", "Thông tư liên tịch", "26", 2014, "Bộ Tài chính; Bộ Công Thương"),
    ("36/2013/TT-BCT", "Thông tư", "36", 2013, "Bộ Công Thương"),
]
FILLER = [
    "Hội nghị có sự tham dự của lãnh đạo các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.",
    "Chương trình khuyến công địa phương góp phần thúc đẩy phát triển công nghiệp nông thôn.",
    "Đoàn công tác đã khảo sát thực tế tại Đà Nẵng và các tỉnh miền Trung.",
    "Các cơ sở công nghiệp nông thôn được hỗ trợ đổi mới máy móc, thiết bị và ứng dụng tiến bộ kỹ thuật.",
    "Sở Công Thương sẽ tiếp tục phối hợp với các đơn vị liên quan để tổ chức thực hiện.",
]


def _fact(type_, text, **fields):
    return (text, {"type": type_, "text": text, **fields})


def _vn(number: int) -> str:
    """1500000 -> '1.500.000' (Vietnamese digit grouping)."""
    return f"{number:,}".replace(",", ".")


def _legal_ref(rng: random.Random):
    if rng.random() < 0.5:
        code, doc_type, number, code_year, issuer = rng.choice(POPULAR_DOCUMENTS)
    else:  # the long tail: a provincial decision cited once or twice
        number = str(rng.randint(1, 3000))
        code, doc_type, code_year, issuer = f"{number}/QĐ-UBND", "Quyết định", None, "Ủy ban nhân dân tỉnh"
    text = f"{doc_type} số {code}"
    return _fact(
        "legal_ref", text, code=code, doc_type=doc_type, number=number, year=code_year,
        issued=None, issuer=None, issuer_from_code=issuer,
    )  # fmt: skip


def _sentence(rng: random.Random, year: int):
    """One sentence as segments: plain strings and (text, fact) pairs."""
    projects, million = rng.randint(2, 80), rng.randint(50, 20000)
    choice = rng.randrange(6)
    if choice == 0:
        return [
            f"Năm {year}, tỉnh đã triển khai ",
            _fact("count", f"{projects} đề án", value=projects, unit="đề án"),
            " khuyến công với tổng kinh phí ",
            _fact("money", f"{_vn(million)} triệu đồng", value=million * 10**6, currency="VND", qualifier=None),
            ".",
        ]
    if choice == 1:
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        return [
            "Thực hiện ",
            _legal_ref(rng),
            " ",
            _fact("date", f"ngày {day}/{month}/{year}", value=f"{year}-{month:02d}-{day:02d}"),
            " về chương trình khuyến công giai đoạn ",
            _fact("period", f"{year}-{year + 4}", start_year=year, end_year=year + 4),
            ".",
        ]
    if choice == 2:
        tenths, percent = rng.randint(10, 500), Decimal(rng.randint(10, 300)) / 10
        return [
            "Kim ngạch xuất khẩu đạt ",
            _fact("money", f"{Decimal(tenths) / 10} triệu USD".replace(".", ","),
                  value=tenths * 10**5, currency="USD", qualifier=None),
            ", tăng ",
            _fact("percent", f"{percent}%".replace(".", ","), value=percent),
            " so với cùng kỳ.",
        ]  # fmt: skip
    if choice == 3:
        billions = rng.randint(1, 99)
        return [
            "Theo ",
            _legal_ref(rng),
            ", mức hỗ trợ tối đa là ",
            _fact("money", f"khoảng {billions},5 tỷ đồng",
                  value=billions * 10**9 + 5 * 10**8, currency="VND", qualifier="approx"),
            " cho mỗi cơ sở.",
        ]  # fmt: skip
    if choice == 4:
        workers, wage = rng.randint(100, 50000), rng.randint(3, 9) * 10**6
        return [
            "Các dự án đã tạo việc làm cho ",
            _fact("count", f"{_vn(workers)} lao động", value=workers, unit="lao động"),
            " với mức lương ",
            _fact("money", f"hơn {_vn(wage)} đồng/người/tháng", value=wage, currency="VND", qualifier="over"),
            ".",
        ]
    return [rng.choice(FILLER)]


def _assemble(sentences):
    """Join sentences into one text; return it and its facts with offsets and sentence."""
    text, facts = "", []
    for segments in sentences:
        sentence = "".join(s if isinstance(s, str) else s[0] for s in segments)
        if text:
            text += " "
        for segment in segments:
            if isinstance(segment, str):
                text += segment
                continue
            fact_text, fact = segment
            facts.append({**fact, "start": len(text), "end": len(text) + len(fact_text),
                          "sentence": sentence, "field": "body"})  # fmt: skip
            text += fact_text
    return text, facts


def sample_article(i: int, seed: int = 0) -> tuple[dict, list[dict]]:
    """Article number ``i`` (deterministic for a given seed) and its facts."""
    rng = random.Random(f"{seed}-{i}")
    site = list(SITES)[i % len(SITES)]
    year = 2015 + rng.randrange(10)
    body, facts = _assemble(_sentence(rng, year) for _ in range(rng.randint(8, 24)))
    article = {
        "url": f"{SITES[site][1]}/tin-tuc/bai-{i}.html",
        "site": site,
        "category": rng.choice(CATEGORIES),
        "title": f"Khuyến công năm {year}: kết quả và định hướng (bài {i})",
        "lead": "Sở Công Thương tổng kết công tác khuyến công và xúc tiến thương mại.",
        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:30:00+07:00",
        "author": rng.choice(["Minh Anh", "Thu Hà", None]),
        "body": body,
        "related": [f"{SITES[site][1]}/tin-tuc/bai-{max(i - 1, 0)}.html"],
        "attachments": [],
        "fetched_at": "2026-11-27T00:00:00+00:00",
        "status": 200,
    }
    return article, facts
