"""Storing attachments without a crawl: db/attachments.py and the store's side (spiders/attachment_store.py)."""

import pytest

from db import open_db
from db.attachments import own_document
from db.write import ensure_site, save_article
from spiders.attachment_store import store_attachment
from testsites.attachments import pdf_unicode, xlsx_budget

ARTICLE = {"url": "http://x/a", "site": "haiduong", "title": "Kinh phí khuyến công", "lead": None,
           "body": "Toàn văn Quyết định số 15/2024/QĐ-UBND đính kèm.", "published": "2024-03-01T08:00:00+07:00"}


@pytest.fixture
def store(tmp_path):
    db = open_db(tmp_path / "b.db")
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://x/", "Hải Dương")
    save_article(db, ARTICLE, [], "v")
    yield db
    db.close()


def item(url, body, sha="s1", **more):
    return {"url": url, "article_url": ARTICLE["url"], "site": "haiduong", "body": body, "sha256": sha,
            "content_type": None, "http_status": 200, "fetched_at": "2026-01-01T00:00:00+00:00", **more}


def dump(db):
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
            for table in ("attachments", "money", "legal_refs", "counts", "documents")}


def test_stored_once_read_again_never_and_kept_when_the_article_changes(store):
    result = store_attachment(store, item("http://x/15-2024-QD-UBND.pdf", pdf_unicode()))
    assert (result["status"], result["reader"], result["pages"]) == ("read", "pdf-text", 2)
    before = dump(store)
    assert store_attachment(store, item("http://x/15-2024-QD-UBND.pdf", pdf_unicode()))["status"] == "unchanged"
    after = dump(store)
    assert after["money"] == before["money"] and after["attachments"][0][:-5] == before["attachments"][0][:-5]
    pages = {page for (page,) in store.execute("SELECT page FROM money WHERE attachment_url IS NOT NULL")}
    assert pages == {2}
    kept = store.execute("SELECT count(*) FROM money WHERE attachment_url IS NOT NULL").fetchone()[0]
    assert kept >= 2
    save_article(store, {**ARTICLE, "body": ARTICLE["body"] + " Tổng kinh phí 5 tỷ đồng."}, [], "v")
    assert store.execute("SELECT count(*) FROM money WHERE attachment_url IS NOT NULL").fetchone()[0] == kept


def test_the_document_cited_is_held(store):
    from extract import extract_article_facts

    save_article(store, ARTICLE, extract_article_facts(ARTICLE["title"], None, ARTICLE["body"]), "v")
    store_attachment(store, item("http://x/15-2024-QD-UBND.pdf", pdf_unicode()))
    held = store.execute("SELECT document, attachment_url FROM documents WHERE code = '15/2024/QĐ-UBND'").fetchall()
    assert held == [("15/2024/QĐ-UBND (Hải Dương)", "http://x/15-2024-QD-UBND.pdf")]
    # The decision's own citation (1288/QĐ-TTg, on its page 1) counts as one more citation by the article.
    [(citations,)] = store.execute("SELECT citations FROM documents WHERE code = '1288/QĐ-TTg'").fetchall()
    assert citations == 1


def test_facts_capped_per_file(store):
    result = store_attachment(store, item("http://x/du-toan.xlsx", xlsx_budget()), max_facts=2)
    assert result["found"] > result["facts"] == 2
    assert store.execute("SELECT count(*) FROM money WHERE attachment_url IS NOT NULL").fetchone()[0] <= 2


def test_a_broken_file_is_a_row_with_its_status(store):
    result = store_attachment(store, item("http://x/rong.docx", b""))
    assert (result["status"], result["error"]) == ("failed", "zero bytes")
    assert store.execute("SELECT status, error, text FROM attachments").fetchall() == [("failed", "zero bytes", None)]


@pytest.mark.parametrize("url, first_page, expected", [
    ("http://x/a.pdf", "ỦY BAN NHÂN DÂN\nSố: 15/2024/QĐ-UBND\nQUYẾT ĐỊNH", "15/2024/QĐ-UBND"),
    ("http://x/15-2024-QD-UBND.pdf", "QUYẾT ĐỊNH", "15/2024/QĐ-UBND"),
    ("http://x/1288_QD-TTg.pdf", "", "1288/QĐ-TTg"),
    ("http://x/du-toan.xlsx", "| 1 | Kinh phí | 1.250 |", None),
])
def test_own_document(url, first_page, expected):
    assert own_document(url, [first_page]) == expected


def test_documents_linked_after_the_fact(store):
    from db.attachments import link_documents
    from extract import extract_article_facts

    store_attachment(store, item("http://x/15-2024-QD-UBND.pdf", pdf_unicode()))  # before any article cites it
    save_article(store, ARTICLE, extract_article_facts(ARTICLE["title"], None, ARTICLE["body"]), "v")
    assert link_documents(store) == 1
    assert link_documents(store) == 0
    [(held,)] = store.execute("SELECT attachment_url FROM documents WHERE code = '15/2024/QĐ-UBND'").fetchall()
    assert held == "http://x/15-2024-QD-UBND.pdf"


def test_search_finds_the_file_and_its_page(store):
    from db.attachments import search_attachments

    store_attachment(store, item("http://x/15-2024-QD-UBND.pdf", pdf_unicode()))
    assert search_attachments(store, "dao tao nghe") == [
        {"id": 1, "url": "http://x/15-2024-QD-UBND.pdf", "article_url": ARTICLE["url"], "page": 2}]
    assert search_attachments(store, "Thủ tướng")[0]["page"] == 1
    assert search_attachments(store, "không có trong tệp") == []


@pytest.mark.parametrize("headers, expected", [
    ({"Content-Type": "application/pdf"}, True),
    ({"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, True),
    ({"Content-Type": "application/octet-stream", "Content-Disposition": 'attachment; filename="QD 15.docx"'}, True),
    ({"Content-Type": "application/octet-stream", "Content-Disposition": "attachment; filename=anh.jpg"}, False),
    ({"Content-Type": "text/html; charset=utf-8"}, False),
])
def test_a_link_whose_response_is_a_document(headers, expected):
    from scrapy.http import Response

    from spiders.attaching import is_attachment_url, is_document_response

    assert is_document_response(Response("http://x/tai-ve.aspx?id=7", headers=headers)) is expected
    assert is_attachment_url("http://x/files/QD-15.PDF") and not is_attachment_url("http://x/files/a.zip")


def test_without_ocr_a_scan_is_skipped(store):
    from testsites.attachments import pdf_scanned

    result = store_attachment(store, item("http://x/ban-scan.pdf", pdf_scanned()), ocr=False)  # -s ATTACHMENT_OCR=0
    assert result["status"] == "skipped" and "OCR not asked for" in result["error"]
