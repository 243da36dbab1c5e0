"""Attachments end to end: ``scrapy crawl`` of the haiduong copy serving real-shaped files (testsites/attachments.py)
over real HTTP, with ``-s ATTACHMENTS=1``: every file stored with its text and facts, every broken one recorded,
a second crawl asks conditionally and reads nothing again. (``ATTACHMENTS=0`` fetching none: test_spider_crawl.py's
test_robots_txt_obeyed_and_external_links_not_followed, whose crawl runs with the tests' FAST_SETTINGS.)"""

import shutil
import sqlite3

import pytest

from spiders.run import FAST_SETTINGS, run_crawl
from testsites import serve
from testsites.attachments import BROKEN, GOOD, SENTENCE, served


@pytest.fixture
def anyio_backend():
    return "asyncio"


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def crawl(server, db_path, warc_dir, **options):
    settings = {**FAST_SETTINGS, "ATTACHMENTS": "1", "DOWNLOAD_TIMEOUT": "10", "WARC_DIR": str(warc_dir), **options}
    result = run_crawl(db_path, site="haiduong", start_url=server.url, **settings)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def haiduong():
    for name in [*GOOD, *BROKEN]:  # made before the server answers: the zip bomb takes seconds to write
        served(name)
    server = serve("haiduong", slow_seconds=3)
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def crawled(haiduong, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attachments")
    db_path = tmp / "bulletins.db"
    crawl(haiduong, db_path, tmp / "crawls", EXTRACT_WORKERS="1")  # read in the store's worker process
    first = list(haiduong.requests)
    haiduong.requests.clear()
    second = crawl(haiduong, db_path, tmp / "crawls", refresh=True)
    return db_path, first, list(haiduong.requests), second, list(haiduong.conditional)


def file_url(server, name):
    return f"{server.url}Upload/files/{name}"


def test_every_good_file_stored_with_text_and_reader(haiduong, crawled):
    db_path = crawled[0]
    rows = {url.rsplit("/", 1)[1]: rest for url, *rest in query(
        db_path, "SELECT url, reader, status, pages, text, article_url, warc_file, warc_offset, sha256 "
                 "FROM attachments")}
    expected_readers = {"15-2024-QD-UBND.pdf": "pdf-text", "quyet-dinh-tcvn3.pdf": "pdf-text+tcvn3",
                        "bang-kinh-phi.docx": "docx", "du-toan.xlsx": "xlsx", "bao-cao.doc": "doc"}
    if shutil.which("tesseract"):
        expected_readers["ban-scan.pdf"] = "ocr"
    for name, reader in expected_readers.items():
        got_reader, status, pages, text, article_url, warc_file, warc_offset, sha = rows[name]
        assert (got_reader, status) == (reader, "read"), name
        assert article_url.endswith(f"id={haiduong.site.ATTACHED_GOOD}") and warc_file and warc_offset is not None
        assert len(sha) == 64 and pages >= 1
    assert rows["15-2024-QD-UBND.pdf"][2] == 2  # two pages
    assert "Quyết định số 1288/QĐ-TTg" in rows["quyet-dinh-tcvn3.pdf"][3]  # TCVN3 converted
    assert " ".join(SENTENCE.split()[:12]) in " ".join(rows["15-2024-QD-UBND.pdf"][3].split())
    # The generated articles' own links (KH-*.pdf, BC-*.doc) are read too.
    assert sum(name.startswith(("KH-", "BC-")) and rest[1] == "read" for name, rest in rows.items()) >= 10


def test_facts_of_attachments_carry_file_and_page(haiduong, crawled):
    db_path = crawled[0]
    decision = file_url(haiduong, "15-2024-QD-UBND.pdf")
    money = query(db_path, "SELECT page, text, value FROM money_facts WHERE attachment_url = ? ORDER BY page, start",
                  decision)
    # Page 2 holds the budget table under "(Đơn vị: triệu đồng)": 1.250 is 1 250 million đồng.
    assert (2, "1.250", 1_250_000_000) in money and all(page == 2 for page, _, _ in money)
    [(page, code)] = query(db_path, "SELECT page, code FROM legal_ref_facts WHERE attachment_url = ?", decision)
    assert (page, code) == (1, "1288/QĐ-TTg")
    # Offsets index that page's text.
    for start, end, text, page in query(db_path, "SELECT start, \"end\", r.text, page FROM legal_refs r "
                                        "WHERE attachment_url = ?", decision):
        [(stored,)] = query(db_path, "SELECT text FROM attachments WHERE url = ?", decision)
        assert stored.split("\f")[page - 1][start:end] == text
    # The spreadsheet's sheet 1 and the Word table give the same figures.
    for name in ("du-toan.xlsx", "bang-kinh-phi.docx"):
        values = {value for (value,) in query(db_path, "SELECT value FROM money WHERE attachment_url = ? AND page = 1",
                                              file_url(haiduong, name))}
        assert 1_250_000_000 in values, name
    # The article's own facts have neither.
    assert query(db_path, "SELECT count(*) FROM money WHERE attachment_url IS NULL AND page IS NOT NULL") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM money WHERE attachment_url IS NULL")[0][0] > 20


def test_the_decision_attached_is_held_by_documents(haiduong, crawled):
    db_path = crawled[0]
    [(attachment_url,)] = query(db_path, "SELECT attachment_url FROM documents WHERE code = '15/2024/QĐ-UBND'")
    assert attachment_url == file_url(haiduong, "15-2024-QD-UBND.pdf")


def test_every_broken_file_recorded_and_the_crawl_goes_on(haiduong, crawled):
    db_path = crawled[0]
    statuses = dict(query(db_path, "SELECT url, status FROM attachments"))
    errors = {url for (url,) in query(db_path, "SELECT url FROM crawl_errors WHERE reason LIKE 'attachment %'")}
    for name in BROKEN:
        url = file_url(haiduong, name)
        assert statuses[url] in ("failed", "unsupported"), name
        assert url in errors, name
    articles = query(db_path, "SELECT count(*) FROM articles")[0][0]
    assert articles >= 40


def test_second_crawl_asks_conditionally_and_reads_nothing_again(haiduong, crawled):
    db_path, first, second_requests, second, conditional = crawled
    files = {t for t in first if t.lower().startswith("/upload/files/")}
    assert len(files) >= 20
    assert files <= set(conditional)  # every file asked for again with its ETag
    assert f"'socongthuong/attachments/unchanged': {len(files)}" in second.stderr
    assert "socongthuong/attachments/read" not in second.stderr
    checked = query(db_path, "SELECT count(*) FROM attachments WHERE checked_at > fetched_at")[0][0]
    assert checked == len(files)


@pytest.mark.anyio
async def test_reading_pages_list_and_show_attachments(haiduong, crawled):
    from db.metadata import datasette

    db_path = crawled[0]
    ds = datasette(db_path)
    [(attachment_id, article_id)] = query(db_path, "SELECT id, article FROM attachments WHERE url = ?",
                                          file_url(haiduong, "15-2024-QD-UBND.pdf"))
    name = db_path.stem
    article = (await ds.client.get(f"/{name}/articles/{article_id}")).text
    assert "<h2>Attachments</h2>" in article and f'href="/{name}/attachments/{attachment_id}"' in article
    assert "read (pdf-text+tcvn3)" in article and "read (xlsx)" in article
    page = (await ds.client.get(f"/{name}/attachments/{attachment_id}")).text
    assert 'id="page-2"' in page and 'title="money: 1.250.000.000 VND">1.250<' in page
    assert "15/2024/QĐ-UBND" in page
    found = (await ds.client.get(f"/{name}/attachments", params={"_search": "khuyen cong"})).text
    assert f'/{name}/attachments/{attachment_id}"' in found  # accent-insensitive search of the files' text


def copy_of(db_path, tmp_path):
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def attachment_facts(db_path):
    return sorted(query(db_path, 'SELECT attachment_url, page, field, start, "end", text FROM money '
                                 "WHERE attachment_url IS NOT NULL"))


def test_reextract_and_reparse_cover_attachments(crawled, tmp_path):
    from db import open_db
    from db.reextract import reextract
    from db.reparse import reparse

    db_path = copy_of(crawled[0], tmp_path)
    before = attachment_facts(db_path)
    db = open_db(db_path)
    try:
        result = reextract(db, progress=False)
        assert result["attachments"] >= 20
        assert attachment_facts(db_path) == before
        report = reparse(db, db_path=db_path, warc_dir=None)
        assert report.attachments >= 25 and not report.errors, report.errors
        assert report.attachments_changed == []  # the same files read the same: nothing written
        # A file whose text was lost is read again from its WARC record, facts and all.
        db.execute("UPDATE attachments SET text = NULL, status = 'failed' WHERE url LIKE '%15-2024-QD-UBND.pdf'")
        db.execute("DELETE FROM money WHERE attachment_url LIKE '%15-2024-QD-UBND.pdf'")
        db.conn.commit()
        report = reparse(db, db_path=db_path, warc_dir=None)
        assert [url.rsplit("/", 1)[1] for url, _ in report.attachments_changed] == ["15-2024-QD-UBND.pdf"]
    finally:
        db.close()
    assert attachment_facts(db_path) == before


def test_release_carries_attachments_and_their_facts(crawled, tmp_path):
    import csv

    from db.release import release

    release(crawled[0], tmp_path / "release")
    data = tmp_path / "release" / "data"
    with open(data / "attachments.csv", encoding="utf-8") as rows:
        assert sum(1 for row in csv.DictReader(rows) if row["status"] == "read") >= 25
    with open(data / "money_facts.csv", encoding="utf-8") as rows:
        pages = {row["page"] for row in csv.DictReader(rows) if row["attachment_url"]}
    assert {"1", "2"} <= pages
    dictionary = (tmp_path / "release" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert "`attachment_url`" in dictionary and "`reader`" in dictionary


def test_caps_per_article_and_per_file(haiduong, tmp_path):
    """ATTACHMENTS_PER_ARTICLE: the first files of an article only; ATTACHMENT_MAXSIZE: a larger file is cancelled
    and recorded."""
    db_path = tmp_path / "capped.db"
    haiduong.requests.clear()
    crawl(haiduong, db_path, tmp_path / "crawls", ATTACHMENTS_PER_ARTICLE="3", ATTACHMENT_MAXSIZE="100000")
    asked = {t.rsplit("/", 1)[1] for t in haiduong.requests if t.lower().startswith("/upload/files/")}
    good = list(GOOD)
    assert set(good[:3]) <= asked and not asked & set(good[3:])
    scan = file_url(haiduong, "ban-scan.pdf")  # 445 KB: over the cap
    assert query(db_path, "SELECT count(*) FROM attachments WHERE url = ?", scan) == [(0,)]
    [(reason,)] = query(db_path, "SELECT reason FROM crawl_errors WHERE url = ?", scan)
    assert reason.startswith("too large"), reason
