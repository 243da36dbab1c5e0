"""Fuzz run: hostile texts through the extractor, hostile pages through the page parser.

    python benchmarks/fuzz.py                 # 100,000 texts and 1,000 pages (by hand; figures in the README)
    python benchmarks/fuzz.py --smoke         # 1,000 texts and 50 pages (CI)
    python benchmarks/fuzz.py --texts 500 --pages 20 --seed 7

Texts are generated (seeded, so a failure is reproducible with its seed and index) from pieces the
extractor reads (numerals in every grouping, money and count words, document symbols, dates) mixed with
what breaks parsers: decomposed letters (NFD) whose offsets move under NFC, combining marks on digits,
zero-width and bidi characters, other scripts' digits, control characters, long runs of separators.
Every fact must satisfy ``nfc(text)[start:end] == text`` with start < end, values int or Decimal (never
float). Pages are generated HTML (unclosed and deeply nested tags, scripts, comments, entities, broken
encodings, no body, binary junk) given to ``parse_article`` (a known site's profile) and
``parse_generic_article`` as Scrapy responses; the article fields they return go through the extractor
with the same checks. Exit 1 on the first exception or inconsistency, with the input that caused it.
"""

import argparse
import random
import sys
import time
import traceback
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrapy.http import HtmlResponse  # noqa: E402

from extract import extract_facts  # noqa: E402
from reader.profiles import load_profile  # noqa: E402
from spiders import parsing  # noqa: E402

PIECES = [
    "1", "12", "1.000", "1.500.000", "2,5", "11,072", "7,599,800", "0", "00", "1e5", "١٢٣", "１２３", "²",
    " tỷ", " tỉ", " triệu", " nghìn", " ngàn", " đồng", " USD", " VNĐ", " vnđ", " EUR", " %", "%", " phần trăm",
    " đề án", " lượt khách", " doanh nghiệp", " hộ", " ha", " tấn", " lần", " năm", " tháng",
    "Quyết định số 1288/QĐ-TTg", "Nghị định 15/2018/NĐ-CP", "số 05/2021/TT-BCT", "/QĐ-", "QĐ", "-TTg",
    "ngày 01/8/2014", "31/02/2020", "29/2/2019", "ngày 32 tháng 13 năm 99999", "giai đoạn 2014-2018", "2021 - 2025",
    "từ 10 đến 20 triệu đồng", "hơn 15 triệu USD", "khoảng", "gần", "trên", "dưới", "và", ",", ".", ";", ":",
    "(", ")", "[", "]", "-", "–", "—", "/", "\\", "|", "\t", "\n", "\n\n", " ", "  ",
    "Đà Nẵng", "Hải Dương", "khuyến công", "Thủ tướng Chính phủ", "UBND tỉnh",
]
ODDITIES = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u2066", "\u00ad", "\u0301", "\u0300", "\u0323",
    "\u0303", "\u0309", "\u0306", "\u0302", "\u031b", "\x00", "\x07", "\x1b", "\r", "\u2028", "\u2029", "\x85",
    "ﬁ", "İ", "ß", "Ω", "😀", "👨‍👩‍👧", "\U0001d7d9", "٫", "٬", "\u066b", "𝟏𝟐", "Ⅻ", "½",
]


def nfd_sometimes(rng: random.Random, text: str) -> str:
    form = rng.choice(["NFC", "NFD", "NFKD", None, None])
    return unicodedata.normalize(form, text) if form else text


def hostile_text(rng: random.Random) -> str:
    """One generated text: readable pieces, oddities between and inside them, sometimes long runs."""
    parts = []
    for _ in range(rng.randint(1, 24)):
        roll = rng.random()
        if roll < 0.7:
            parts.append(rng.choice(PIECES))
        elif roll < 0.9:
            parts.append(rng.choice(ODDITIES))
        elif roll < 0.97:
            parts.append(rng.choice(["1.", "1,", "9", "/", " ", "số ", "tỷ ", "(", "%"]) * rng.randint(2, 200))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 20))))
    return nfd_sometimes(rng, "".join(parts))


def check_facts(text: str) -> int:
    """Extract and check every fact's offsets and values; the number of facts."""
    facts = extract_facts(text)
    norm = unicodedata.normalize("NFC", text)
    for fact in facts:
        start, end = fact["start"], fact["end"]
        if not (0 <= start < end <= len(norm)) or norm[start:end] != fact["text"]:
            raise AssertionError(f"offsets {start}:{end} give {norm[start:end]!r}, fact says {fact['text']!r}")
        for key, value in fact.items():
            if isinstance(value, float):
                raise AssertionError(f"a float in {key}: {fact}")
            if key == "value" and fact["type"] in ("money", "count") and not isinstance(value, (int, Decimal)):
                raise AssertionError(f"value not int or Decimal: {fact}")
    return len(facts)


OPEN_TAGS = ["<div>", "<p>", "<span>", "<td>", "<tr>", "<table>", "<b>", "<font color=red>", "<li>", "<ul>",
             "<br>", "<br/>", "<h1>", "<section>", "<a href='?x=1'>", "<a href='javascript:void(0)'>", "<em>"]
CLOSE_TAGS = ["</div>", "</p>", "</span>", "</td>", "</tr>", "</table>", "</b>", "</font>", "</li>", "</a>", "</html>"]
NOISE = ["<script>var a = '10 tỷ đồng';</script>", "<style>p{}</style>", "<!-- 5 triệu đồng -->", "<![CDATA[x]]>",
         "&nbsp;", "&amp;", "&#7871;", "&#x1EA1;", "&#0;", "&#xD800;", "&bogus;", "<?php echo 1; ?>", "<!DOCTYPE html>",
         "<meta charset='windows-1258'>", "<base href='http://other.invalid/'>", "<", ">", "<<>>", "</", "<p <p>"]


def hostile_page(rng: random.Random, profile) -> str:
    """An HTML page: sometimes laid out as the profile's site, always broken somewhere."""
    parts = []
    if rng.random() < 0.7:
        parts.append(rng.choice(["<html><head><title>", "<title>", ""]) + hostile_text(rng)[:80]
                     + "</title></head><body>")
    if rng.random() < 0.5:  # the known site's layout, so that parse_article finds title and body
        parts.append(f'<table><tr><td class="TitleDetail"><b>{hostile_text(rng)[:120]}</b></td></tr>'
                     f'<tr><td class="tddetail">6/24/2019 7:43:26 AM</td></tr><tr><td class="ContentDetail">')
    depth = rng.choice([0, 0, 10, 100, 1500, 5000])
    parts.append(rng.choice(OPEN_TAGS) * depth)
    for _ in range(rng.randint(1, 80)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(OPEN_TAGS))
        elif roll < 0.6:
            parts.append(rng.choice(CLOSE_TAGS))
        elif roll < 0.75:
            parts.append(rng.choice(NOISE))
        else:
            parts.append(f"<p>{hostile_text(rng)}</p>" if rng.random() < 0.7 else hostile_text(rng))
    if rng.random() < 0.5:
        parts.append('<p align="right"><b>Nguồn Bài: ' + hostile_text(rng)[:40] + "</b></p></td></tr></table>")
    return "".join(parts)


def page_body(rng: random.Random, page: str) -> bytes:
    roll = rng.random()
    if roll < 0.8:
        return page.encode("utf-8", "surrogatepass")
    if roll < 0.9:
        return page.encode("utf-8", "ignore")[: rng.randint(0, 5000)]  # cut mid-character
    return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 3000)))  # binary junk


def check_page(rng: random.Random, body: bytes, profile) -> int:
    """Parse one page both ways and check the facts of what comes out; the number of facts."""
    url = f"http://127.0.0.1:8000/NewsDetail.aspx?id={rng.randint(1, 10**6)}"
    response = HtmlResponse(url, body=body, encoding=rng.choice(["utf-8", "windows-1258", "latin-1"]))
    facts = 0
    for article in (parsing.parse_article(response, profile), parsing.parse_generic_article(response, "127.0.0.1")):
        if article is None:
            continue
        for field in (article.title, article.lead, article.body):
            if field:
                if unicodedata.normalize("NFC", field) != field:
                    raise AssertionError(f"a field not NFC: {field[:80]!r}")
                facts += check_facts(field)
    return facts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="1,000 texts and 50 pages")
    parser.add_argument("--texts", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if args.smoke:
        args.texts, args.pages = 1_000, 50
    profile = load_profile("haiduong").served_from("http://127.0.0.1:8000/")

    rng = random.Random(args.seed)
    started, characters, facts = time.perf_counter(), 0, 0
    for index in range(args.texts):
        text = hostile_text(rng)
        try:
            facts += check_facts(text)
        except Exception:
            print(f"FAIL text {index} (seed {args.seed}): {text!r}\n{traceback.format_exc()}")
            return 1
        characters += len(text)
    text_seconds = time.perf_counter() - started
    print(f"texts: {args.texts:,} ({characters:,} characters), {facts:,} facts, no exception, every offset "
          f"consistent; {text_seconds:.1f} s")

    rng = random.Random(args.seed + 1)
    started, sizes, page_facts, deepest = time.perf_counter(), 0, 0, 0
    for index in range(args.pages):
        page = hostile_page(rng, profile)
        body = page_body(rng, page)
        try:
            page_facts += check_page(rng, body, profile)
        except Exception:
            print(f"FAIL page {index} (seed {args.seed}): {body[:2000]!r}\n{traceback.format_exc()}")
            return 1
        sizes += len(body)
        deepest = max(deepest, page.count("<") - page.count("</"))
    page_seconds = time.perf_counter() - started
    print(f"pages: {args.pages:,} ({sizes:,} bytes, up to ~{deepest:,} unclosed tags), {page_facts:,} facts, "
          f"no exception, every offset consistent; {page_seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
