"""A small database like the demo's, for the dataset tests: the seed article through the real extractor.

``build(path, mark_parts=...)`` stores the seed article of the Hải Dương copy and two short articles of
our own (Bắc Giang and Hải Dương citing a local decision with the same symbol, a rate), each with the
facts the current extractor finds. With ``mark_parts`` the totals, parts and rate are marked by hand as
shared/spec/facts.md says they should be, whatever the extractor gives: the sums can then be checked
before the extractor marks them itself.
"""

from datetime import datetime

from db import open_db
from db.write import ensure_site, save_article
from extract import EXTRACTOR_VERSION, extract_article_facts
from testsites.content import read_seed

SEED_URL = "http://sct.haiduong.gov.vn/NewsDetail.aspx?id=1531"

# (part, its occurrence, total, its occurrence): "05 đề án" is once a part of 66, once of 55.
COUNT_PARTS = [
    ("05 đề án", 0, "66 đề án", 0), ("55 đề án", 0, "66 đề án", 0), ("06 đề án", 0, "66 đề án", 0),
    ("03 đề án", 0, "05 đề án", 0), ("02 đề án", 0, "05 đề án", 0),
    ("50 đề án", 0, "55 đề án", 0), ("05 đề án", 1, "55 đề án", 0),
]  # fmt: skip
MONEY_PARTS = [
    ("1,55 tỷ đồng", 0, "11,072 tỷ đồng", 0), ("8,615 tỷ đồng", 0, "11,072 tỷ đồng", 0),
    ("907 triệu đồng", 0, "11,072 tỷ đồng", 0),
    ("800 triệu đồng", 0, "1,55 tỷ đồng", 0), ("750 triệu đồng", 0, "1,55 tỷ đồng", 0),
    ("7,715 tỷ đồng", 0, "8,615 tỷ đồng", 0), ("900 triệu đồng", 0, "8,615 tỷ đồng", 0),
]  # fmt: skip
# What the seed article adds up to once its parts are left out: 66 + 03 + 03 projects (line 34's two
# "03 đề án" are no part), and 11,072 tỷ + 686,2 triệu + 221 triệu đồng.
SEED_PROJECTS = 66 + 3 + 3
SEED_PROJECTS_ALL = 198  # every đề án figure added: the count
SEED_VND = 11_072_000_000 + 686_200_000 + 221_000_000

BACGIANG = {
    "url": "http://sct.bacgiang.gov.vn/Pages/tin.aspx?ItemID=7",
    "site": "bacgiang",
    "title": "Bắc Giang hỗ trợ đề án khuyến công năm 2021",
    "lead": None,
    "body": "Thực hiện Quyết định số 1163/QĐ-UBND ngày 15/7/2021 của UBND tỉnh, Sở Công Thương đã hỗ trợ "
    "12 đề án khuyến công với tổng kinh phí 2,4 tỷ đồng. Học viên được hỗ trợ 3 triệu đồng/người/tháng "
    "trong thời gian đào tạo.",
    "published": "2021-09-01T08:00:00+07:00",
}
HAIDUONG_2021 = {
    "url": "http://sct.haiduong.gov.vn/NewsDetail.aspx?id=1600",
    "site": "haiduong",
    "title": "Hải Dương triển khai Quyết định số 1163/QĐ-UBND",
    "lead": None,
    "body": "Theo Quyết định số 1163/QĐ-UBND của UBND tỉnh, năm 2021 tỉnh dành 500 triệu đồng cho 4 đề án "
    "khuyến công, thực hiện Quyết định số 1288/QĐ-TTg của Thủ tướng Chính phủ.",
    "published": "2021-03-10T09:00:00+07:00",
}
BACGIANG_VND = 2_400_000_000  # the rate (3 triệu đồng/người/tháng) is never added
HAIDUONG_2021_VND = 500_000_000


def _find(facts, type_, text, occurrence):
    found = [f for f in facts if f["type"] == type_ and f["text"] == text]
    return found[occurrence]


def mark_seed_parts(facts: list[dict]) -> list[dict]:
    """The seed article's facts with part_of, parts and parts_sum as the spec gives them."""
    for type_, table in (("count", COUNT_PARTS), ("money", MONEY_PARTS)):
        for part, n, total, m in table:
            _find(facts, type_, part, n)["part_of"] = _find(facts, type_, total, m)["start"]
        for fact in facts:
            parts = [f for f in facts if f["type"] == type_ and f.get("part_of") == fact["start"]]
            if fact["type"] == type_ and parts:
                fact["parts_sum"] = sum(p["value"] for p in parts)
                fact["parts"] = "adds up" if fact["parts_sum"] == fact["value"] else "less"
    return facts


def seed_article() -> dict:
    seed = read_seed()
    return {
        "url": SEED_URL,
        "site": "haiduong",
        "category": seed.category,
        "title": seed.title,
        "lead": seed.lead,
        "body": "\n".join(seed.paragraphs),
        "published": datetime.isoformat(seed.published) + "+07:00",
        "author": seed.author,
    }


def build(path, *, mark_parts: bool) -> None:
    """The database: sites of both provinces, the seed article and our two articles."""
    db = open_db(path)
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/", "Hải Dương")
    ensure_site(db, "bacgiang", "Sở Công Thương Bắc Giang", "http://sct.bacgiang.gov.vn/", "Bắc Giang")
    for article in (seed_article(), BACGIANG, HAIDUONG_2021):
        facts = extract_article_facts(article["title"], article.get("lead"), article["body"])
        if mark_parts and article["url"] == SEED_URL:
            mark_seed_parts(facts)
        if mark_parts and article is BACGIANG:
            _find(facts, "money", "3 triệu đồng", 0)["per"] = "người/tháng"
            # A total whose parts were read as more than it: made up, for the "worth a look" query.
            _find(facts, "count", "12 đề án", 0).update(parts="more", parts_sum=14)
        save_article(db, article, facts, EXTRACTOR_VERSION)
    db.close()
