"""Accent-insensitive full-text search over title, lead and body."""

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import open_db
from db.schema import rebuild_search
from db.search import fold, search
from db.write import save_article, transaction

ARTICLES = {
    "https://x/khuyen-cong": ("Hội nghị tổng kết công tác khuyến công", "Năm 2023 có 66 đề án.",
                              "Kinh phí 11,072 tỷ đồng theo Quyết định 1288/QĐ-TTg."),
    "https://x/da-nang": ("Đoàn công tác làm việc tại Đà Nẵng", None, "Khảo sát các cụm công nghiệp."),
    "https://x/dong": ("Xuất khẩu nông sản", "Giá cà phê tăng.", "Kim ngạch đạt 15 triệu USD."),
}  # fmt: skip


def ids(results):
    return sorted(r["url"] for r in results)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "b.db")
    for url, (title, lead, body) in ARTICLES.items():
        save_article(database, {"url": url, "title": title, "lead": lead, "body": body}, [], "1")
    yield database
    database.close()


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Đà Nẵng", "da nang"),
        ("KHUYẾN CÔNG", "khuyen cong"),
        ("tỷ đồng", "ty dong"),
        ("1288/QĐ-TTg", "1288/qd-ttg"),
        (unicodedata.normalize("NFD", "Hải Dương"), "hai duong"),  # windows-1258 pages decode to NFD
        ("İstanbul", "istanbul"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@given(st.text())
def test_fold_leaves_no_mark_and_no_đ(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded
    assert not re.search("[\u0300-\u036f]", unicodedata.normalize("NFD", folded))
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("khuyến công", ["https://x/khuyen-cong"]),
        ("khuyen cong", ["https://x/khuyen-cong"]),
        ("KHUYEN CONG", ["https://x/khuyen-cong"]),
        ("da nang", ["https://x/da-nang"]),
        ("Đà Nẵng", ["https://x/da-nang"]),
        ("đà nang", ["https://x/da-nang"]),  # mixed: each word matches one copy
        ("ty dong", ["https://x/khuyen-cong"]),
        ("QD-TTg", ["https://x/khuyen-cong"]),
        ("QĐ-TTg", ["https://x/khuyen-cong"]),
        ("đề án", ["https://x/khuyen-cong"]),  # the lead is indexed
        ("cong", ["https://x/da-nang", "https://x/khuyen-cong"]),
        ("dong", ["https://x/khuyen-cong"]),  # đồng, not "Đoàn"
        ("cà phê \"", ["https://x/dong"]),  # an unbalanced quote is no syntax error
        ("Hà Nội", []),
    ],
)
def test_search(db, query, expected):
    assert ids(search(db, query)) == expected


def test_search_follows_updates(db):
    save_article(db, {"url": "https://x/da-nang", "title": "Làm việc tại Huế", "body": "Không còn."}, [], "1")
    assert search(db, "da nang") == []
    assert ids(search(db, "hue")) == ["https://x/da-nang"]
    # An unchanged re-save leaves the index alone (no duplicate rows).
    save_article(db, {"url": "https://x/da-nang", "title": "Làm việc tại Huế", "body": "Không còn."}, [], "1")
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hue'").fetchone()[0] == 1


def test_rebuild_gives_the_same_index(db):
    before = [ids(search(db, q)) for q in ("da nang", "khuyen cong", "usd", "đồng")]
    with transaction(db):
        rebuild_search(db)
    assert [ids(search(db, q)) for q in ("da nang", "khuyen cong", "usd", "đồng")] == before
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_fold_is_available_in_sql(db):
    assert db.execute("SELECT url FROM articles WHERE fold(title) LIKE '%da nang%'").fetchall() == [
        ("https://x/da-nang",)
    ]
