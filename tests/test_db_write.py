"""Writing: upserts by key, facts replaced as a whole, documents, errors, runs, idempotency."""

import random
import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import open_db
from db.documents import rebuild_documents
from db.sample import sample_article
from db.write import (
    content_hash,
    ensure_site,
    finish_run,
    record_error,
    save_article,
    start_run,
    stored_urls,
    transaction,
)

BODY = (
    "Năm 2023, tỉnh đã triển khai 66 đề án khuyến công với tổng kinh phí 11,072 tỷ đồng. "
    "Thực hiện Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ."
)


def article(url="https://haiduong.gov.vn/tin/1", **changes):
    return {
        "url": url,
        "site": "haiduong",
        "category": "Khuyến công",
        "title": "Tổng kết công tác khuyến công năm 2023",
        "lead": "Sở Công Thương Hải Dương tổng kết.",
        "published": "2023-12-20T08:30:00+07:00",
        "author": "Minh Anh",
        "body": BODY,
        "related": ["https://haiduong.gov.vn/tin/0"],
        "attachments": ["https://haiduong.gov.vn/files/bc.pdf"],
        "fetched_at": "2026-11-27T10:00:00+00:00",
        "status": 200,
        **changes,
    }


def at(text, type_, **fields):
    """A fact dict for ``text`` as it stands in BODY."""
    start = BODY.index(text)
    sentence = next(s for s in BODY.split(". ") if text in s)
    return {"type": type_, "text": text, "start": start, "end": start + len(text),
            "sentence": sentence, "field": "body", **fields}  # fmt: skip


MONEY = at("11,072 tỷ đồng", "money", value=11072000000, currency="VND", qualifier=None)
COUNT = at("66 đề án", "count", value=66, unit="đề án")
REF = at(
    "Quyết định số 1288/QĐ-TTg", "legal_ref", code="1288/QĐ-TTg", doc_type="Quyết định",
    number="1288", year=None, issued="2014-08-01", issuer="Thủ tướng Chính phủ",
    issuer_from_code="Thủ tướng Chính phủ",
)  # fmt: skip
DATE = at("01/8/2014", "date", value="2014-08-01")
FACTS = [COUNT, MONEY, REF, DATE]


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "bulletins.db")
    ensure_site(database, "haiduong", "Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")
    yield database
    database.close()


def dump(database, skip=("runs",)):
    """Every row of every table (ids included), for comparing whole databases."""
    return {
        table: database.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2, 3").fetchall()
        for table in database.table_names()
        if table not in skip and "_fts" not in table  # full-text indexes: their shadow tables
    }


def test_article_row(db):
    save_article(db, article(), FACTS, "1.0")
    row = db["articles"].get(1)
    assert row["url"] == "https://haiduong.gov.vn/tin/1"
    assert row["year"] == 2023
    assert row["related"] == '["https://haiduong.gov.vn/tin/0"]'
    assert row["content_hash"] == content_hash(row["title"], row["lead"], row["body"])
    assert row["extractor_version"] == "1.0"


def test_fact_rows_are_typed(db):
    save_article(db, article(), FACTS, "1.0")
    money = db.execute("SELECT value, typeof(value), value_text, currency, sentence FROM money").fetchone()
    assert money == (11072000000, "integer", "11072000000", "VND",
                     "Năm 2023, tỉnh đã triển khai 66 đề án khuyến công với tổng kinh phí 11,072 tỷ đồng")  # fmt: skip
    assert db.execute("SELECT value, unit FROM counts").fetchall() == [(66, "đề án")]
    ref = db["legal_refs"].get((1, "body", REF["start"], REF["end"]))
    assert (ref["code"], ref["issued"], ref["extractor_version"]) == ("1288/QĐ-TTg", "2014-08-01", "1.0")
    assert db.execute("SELECT value FROM dates").fetchall() == [("2014-08-01",)]


def test_offsets_point_into_the_field(db):
    save_article(db, article(), FACTS, "1.0")
    for table in ("money", "counts", "legal_refs", "dates"):
        for body, start, end, text in db.execute(
            f'SELECT a.body, f.start, f."end", f.text FROM {table} f JOIN articles a ON a.id = f.article'
        ):
            assert body[start:end] == text


@pytest.mark.parametrize(
    "value, stored",
    [
        (Decimal("2.5"), (None, "2.5")),
        (Decimal("2500000.00"), (2500000, "2500000")),
        ("12,5", (None, "12.5")),
        (2.5, (None, "2.5")),  # a float read through its repr, never binary arithmetic
        (10**20, (None, "100000000000000000000")),  # past 64 bits: text only
    ],
)
def test_money_values_are_exact(db, value, stored):
    fact = {**MONEY, "value": value, "currency": "USD"}
    save_article(db, article(), [fact], "1.0")
    assert db.execute("SELECT value, value_text FROM money").fetchone() == stored


def test_percent_and_period_and_unknown_types(db):
    facts = [
        {"type": "percent", "text": "12,5%", "start": 0, "end": 5, "sentence": "s", "field": "lead",
         "value": Decimal("12.5")},
        {"type": "period", "text": "2021-2025", "start": 6, "end": 15, "sentence": "s", "field": "body",
         "start_year": 2021, "end_year": 2025},
        {"type": "area", "text": "5 ha", "start": 20, "end": 24, "sentence": "s", "field": "body",
         "value": Decimal("5"), "unit": "ha"},
    ]  # fmt: skip
    save_article(db, article(), facts, "1.0")
    assert db.execute("SELECT field, value FROM percents").fetchall() == [("lead", "12.5")]
    assert db.execute("SELECT start_year, end_year FROM periods").fetchall() == [(2021, 2025)]
    assert db.execute("SELECT type, data FROM other_facts").fetchall() == [
        ("area", '{"unit": "ha", "value": "5"}')
    ]


def test_a_malformed_fact_is_kept_aside_not_fatal(db):
    bad = {**MONEY, "value": None}
    save_article(db, article(), [bad, COUNT], "1.0")
    assert db["articles"].count == 1 and db["counts"].count == 1 and db["money"].count == 0
    (type_, data) = db.execute("SELECT type, data FROM other_facts").fetchone()
    assert type_ == "invalid money" and '"currency": "VND"' in data and "error" in data


def test_upsert_keeps_the_id_and_replaces_facts_as_a_whole(db):
    save_article(db, article(), FACTS, "1.0")
    save_article(db, article("https://haiduong.gov.vn/tin/2"), [COUNT], "1.0")
    save_article(db, article(title="Tiêu đề mới"), [MONEY], "1.1")
    assert db.execute("SELECT id, title FROM articles ORDER BY id").fetchall() == [
        (1, "Tiêu đề mới"),
        (2, "Tổng kết công tác khuyến công năm 2023"),
    ]
    assert db.execute("SELECT article, extractor_version FROM money").fetchall() == [(1, "1.1")]
    assert db.execute("SELECT article FROM counts").fetchall() == [(2,)]  # only article 2's
    assert db["legal_refs"].count == db["dates"].count == 0
    assert db["documents"].count == 0  # no longer cited anywhere


def test_saving_twice_changes_nothing(db):
    save_article(db, article(), FACTS, "1.0")
    before = dump(db)
    save_article(db, article(), FACTS, "1.0")
    assert dump(db) == before


def test_one_transaction_per_article(db):
    save_article(db, article(), FACTS, "1.0")
    before = dump(db)
    broken = {**COUNT, "start": 999, "value": "sáu mươi"}  # STRICT refuses text in value
    with pytest.raises(sqlite3.IntegrityError):
        save_article(db, article(title="Changed"), [MONEY, broken], "2.0")
    assert dump(db) == before
    assert not db.conn.in_transaction


def test_unknown_site_is_created_rather_than_losing_the_article(db):
    save_article(db, article(site="moit"), [], "1.0")
    assert db["sites"].get("moit")["name"] is None


def test_ensure_site_updates(db):
    ensure_site(db, "haiduong", "Hải Dương", "https://haiduong.gov.vn/")
    assert db["sites"].get("haiduong")["name"] == "Hải Dương"
    assert db["sites"].count == 1


def test_documents_count_articles_and_dates(db):
    save_article(db, article(), FACTS, "1.0")
    second = {**REF, "start": REF["start"] + 1000, "end": REF["end"] + 1000, "issuer": None}
    save_article(db, article("https://x/2", published="2024-02-01T09:00:00+07:00"), [REF, second], "1.0")
    save_article(db, article("https://x/3", published=None), [REF], "1.0")
    assert db["documents"].get("1288/QĐ-TTg") == {
        "document": "1288/QĐ-TTg", "code": "1288/QĐ-TTg", "scope": "central", "province": None,
        "doc_type": "Quyết định", "year": None, "issued": "2014-08-01",
        "issuer": "Thủ tướng Chính phủ", "issuer_from_code": "Thủ tướng Chính phủ",
        "articles_citing": 3, "citations": 4, "first_cited": "2023-12-20", "last_cited": "2024-02-01",
        "attachment_url": None,
    }  # fmt: skip
    save_article(db, article("https://x/2", published="2024-02-01T09:00:00+07:00"), [], "1.0")
    doc = db["documents"].get("1288/QĐ-TTg")
    assert (doc["articles_citing"], doc["citations"], doc["last_cited"]) == (2, 2, "2023-12-20")


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_documents_kept_incrementally_equal_a_rebuild(tmp_path_factory, data):
    """Whatever articles are saved, re-saved with fewer facts or new dates, or emptied,
    the incremental documents table is what a rebuild from scratch gives."""
    database = open_db(tmp_path_factory.mktemp("docs") / "b.db")
    # Two provinces: a local symbol (9/QĐ-UBND) is one document in each.
    ensure_site(database, "haiduong", "Hải Dương", "https://haiduong.gov.vn", "Hải Dương")
    ensure_site(database, "danang", "Đà Nẵng", "https://danang.gov.vn", "Đà Nẵng")
    articles = [sample_article(i, seed=7) for i in range(12)]
    codes = ["1288/QĐ-TTg", "45/2012/NĐ-CP", "9/QĐ-UBND"]
    for _ in range(data.draw(st.integers(5, 30))):
        base, facts = articles[data.draw(st.integers(0, len(articles) - 1))]
        day = data.draw(st.sampled_from([None, "2019-01-01", "2020-06-15", "2021-12-31"]))
        kept = [
            {**f, "code": data.draw(st.sampled_from(codes)),
             "doc_type": data.draw(st.sampled_from([None, "Quyết định", "Nghị định"])),
             "issued": data.draw(st.sampled_from([None, "2014-08-01", "2012-05-14"]))}  # fmt: skip
            if f["type"] == "legal_ref" else f
            for f in facts
            if data.draw(st.booleans())
        ]
        save_article(database, {**base, "published": day and day + "T08:00:00+07:00"}, kept, "1")
        incremental = dump(database)["documents"]
        with transaction(database):
            rebuild_documents(database)
        assert dump(database)["documents"] == incremental
    database.close()


def test_record_error_updates_instead_of_duplicating(db):
    record_error(db, "https://x/404", 404, "HTTP 404")
    record_error(db, "https://x/404", 404, "HTTP 404", site="haiduong")
    record_error(db, "https://x/404", None, "timeout")
    rows = db.execute("SELECT url, status, reason, site FROM crawl_errors ORDER BY id").fetchall()
    assert rows == [("https://x/404", 404, "HTTP 404", "haiduong"), ("https://x/404", None, "timeout", None)]
    first = db["crawl_errors"].get(1)
    assert first["first_seen"] <= first["last_seen"]


def test_runs(db):
    run_id = start_run(db, "scrapy crawl socongthuong", "1.0")
    assert db["runs"].get(run_id)["finished"] is None
    finish_run(db, run_id, pages=12, articles=10, facts=85, errors=2)
    run = db["runs"].get(run_id)
    assert (run["pages"], run["articles"], run["facts"], run["errors"]) == (12, 10, 85, 2)
    assert run["started"] <= run["finished"]
    assert start_run(db, "again", "1.0") == run_id + 1


def test_stored_urls(db):
    save_article(db, article(), [], "1.0")
    save_article(db, article("https://moit.gov.vn/a", site="moit"), [], "1.0")
    assert stored_urls(db) == {"https://haiduong.gov.vn/tin/1", "https://moit.gov.vn/a"}
    assert stored_urls(db, "moit") == {"https://moit.gov.vn/a"}
    assert stored_urls(db, "none") == set()


def test_a_generated_crawl_twice_changes_nothing(db):
    crawl = [sample_article(i) for i in range(40)]
    for art, facts in crawl:
        save_article(db, art, facts, "1.0")
    before = dump(db)
    random.Random(3).shuffle(crawl)  # the same pages, fetched in another order
    for art, facts in crawl:
        save_article(db, art, facts, "1.0")
    assert dump(db) == before
    assert db["articles"].count == 40
    assert db["money"].count == sum(f["type"] == "money" for _, facts in crawl for f in facts)


def test_concurrent_writer_waits_instead_of_failing(tmp_path):
    """Two connections (a crawl and a re-extraction) write the same file in turn."""
    path = tmp_path / "b.db"
    first, second = open_db(path), open_db(path)
    with transaction(first):
        save_article(first, article(), FACTS, "1.0")  # nested: a savepoint in first's transaction
        assert second.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # WAL: readers see the old state
    save_article(second, article("https://x/2"), [COUNT], "1.0")
    assert first.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def _provenance_article(source, title, **fields):
    return {"url": "http://sct.example.gov.vn/NewsDetail.aspx?id=7", "site": "haiduong", "title": title,
            "lead": None, "body": "Doanh thu đạt 5 tỷ đồng.", "published": "2020-01-02T08:00:00+07:00",
            "source": source, **fields}


@pytest.mark.parametrize("first, second, title, source, written", [
    ("archive", "live", "second", "live", True),         # a live read replaces a capture
    ("live", "archive", "first", "live", False),         # a capture never overwrites a live read
    ("archive", "archive", "second", "archive", True),   # a later capture replaces an earlier one
    ("live", "live", "second", "live", True),            # as before the archive branch
])
def test_live_and_archive_reads_of_one_article_merge(tmp_path, first, second, title, source, written):
    database = open_db(tmp_path / "b.db")
    fact = {"type": "money", "field": "body", "start": 14, "end": 23, "text": "5 tỷ đồng", "value": 5_000_000_000,
            "currency": "VND", "sentence": "Doanh thu đạt 5 tỷ đồng."}
    assert save_article(database, _provenance_article(first, "first"), [fact], "v") is True
    assert save_article(database, _provenance_article(second, "second"), [fact], "v") is written
    assert database.execute("SELECT title, source FROM articles").fetchall() == [(title, source)]
    assert database.execute("SELECT count(*) FROM money").fetchone()[0] == 1
    database.close()
