"""What keeps the site fast at 10^6 articles, checked on small databases (benchmarks/scale.py times it).

- the summary tables equal a GROUP BY over the facts after inserts, changed facts, a moved article,
  re-extraction and deletion, with and without a ``restates`` column;
- the canned queries and charts read them and give what the GROUP BY over the facts gives;
- the query plans use the indexes (EXPLAIN QUERY PLAN);
- a CSV export through Datasette is complete when the sort column has ties and pages are small.
"""

import csv
import io
import sqlite3

import pytest

import extract
from db import open_db, summaries
from db.metadata import QUERIES, datasette
from db.reextract import reextract
from db.sample import sample_article
from db.write import ensure_site, save_article, transaction

PROVINCES = {"haiduong": "Hải Dương", "moit": "Hà Nội", "danang": "Đà Nẵng"}


@pytest.fixture
def anyio_backend():
    return "asyncio"


def marked(i: int) -> tuple[dict, list[dict]]:
    """Sample article ``i`` with some money marked as parts of a total and some as rates."""
    article, facts = sample_article(i)
    money = [f for f in facts if f["type"] == "money"]
    counts = [f for f in facts if f["type"] == "count"]
    for n, fact in enumerate(money[1:]):
        if n % 3 == 0:
            fact["part_of"] = money[0]["start"]
        elif n % 3 == 1:
            fact["per"] = "người/tháng"
    for fact in counts[1::2]:
        fact["part_of"] = counts[0]["start"]
    return article, facts


def build(path, n=40):
    db = open_db(path)
    for site, province in PROVINCES.items():
        ensure_site(db, site, site.title(), f"https://{site}.gov.vn", province)
    for i in range(n):
        save_article(db, *marked(i), "test")
    return db


def assert_in_step(db):
    assert summaries.differences(db.conn) == {}


def test_summaries_follow_inserts_changes_moves_and_deletion(tmp_path):
    db = build(tmp_path / "bulletins.db")
    assert_in_step(db)
    assert db.execute("SELECT count(*) FROM money_totals").fetchone()[0] > 0

    # Changed facts: the same articles with fewer facts, then none.
    for i in range(0, 10):
        article, facts = marked(i)
        save_article(db, article, facts[: len(facts) // 2], "test")
    save_article(db, *(lambda a, f: (a, []))(*marked(11)), "test")
    assert_in_step(db)

    # A moved article: another site and year (the text, and its facts, unchanged).
    article, facts = marked(12)
    save_article(db, {**article, "site": "danang" if article["site"] != "danang" else "moit",
                      "published": "2009-01-02T08:00:00+07:00"}, facts, "test")  # fmt: skip
    assert_in_step(db)

    # Deletion, as a repair would do it: forget, then delete.
    article_id = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 20").fetchone()[0]
    with transaction(db):
        summaries.forget_article(db.conn, article_id)
        for table in ("money", "counts", "legal_refs", "dates", "periods", "percents", "other_facts"):
            db.execute(f"DELETE FROM {table} WHERE article = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert_in_step(db)

    # Groups nobody contributes to any more are gone, not left at zero.
    assert db.execute("SELECT count(*) FROM money_totals WHERE facts = 0").fetchone()[0] == 0


def test_summaries_follow_reextraction(tmp_path, monkeypatch):
    db = build(tmp_path / "bulletins.db", n=20)
    by_title = {marked(i)[0]["title"]: marked(i)[1] for i in range(20)}
    # Another extractor: drops every other fact, and marks the first money of each article a rate.
    def other(title, lead, body):
        facts = [dict(f) for f in by_title[title][::2]]
        for f in facts:
            if f["type"] == "money":
                f["per"] = "năm"
                break
        return facts

    monkeypatch.setattr(extract, "extract_article_facts", other)
    reextract(db, progress=False)
    assert_in_step(db)
    # finish_run refreshed the planner's statistics.
    assert db.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'money'").fetchone()[0] > 0


def test_summaries_tolerate_and_honour_restates(tmp_path):
    db = build(tmp_path / "bulletins.db", n=10)
    # money.restates (a figure in words restating one in digits): sums must leave restatements out.
    if "restates" not in db["money"].columns_dict:
        db.execute("ALTER TABLE money ADD COLUMN restates INTEGER")
    db.execute("UPDATE money SET restates = start WHERE rowid % 4 = 0 AND part_of IS NULL AND per IS NULL")
    db.conn.commit()
    assert summaries.differences(db.conn)  # the stored sums still count them
    with transaction(db):
        summaries.rebuild(db.conn)
    assert_in_step(db)
    restated = db.execute("SELECT count(*) FROM money WHERE restates IS NOT NULL").fetchone()[0]
    assert restated > 0
    honest = db.execute(
        "SELECT count(*) FROM money WHERE part_of IS NULL AND per IS NULL AND restates IS NULL"
    ).fetchone()[0]
    assert db.execute("SELECT sum(amounts) FROM money_totals").fetchone()[0] == honest
    for i in range(10, 14):
        save_article(db, *marked(i), "test")
    assert_in_step(db)


# The canned queries and charts as the project wrote them before the summary tables: the reference.
OLD_MONEY_BY_SITE_AND_YEAR = """select a.site, s.province, s.province_new, a.year, m.currency,
  count(*) filter (where m.part_of is null and m.per is null) as amounts,
  count(*) filter (where m.part_of is not null) as parts_left_out,
  count(*) filter (where m.per is not null and m.part_of is null) as rates_left_out,
  count(distinct a.id) as articles,
  sum(m.value) filter (where m.part_of is null and m.per is null) as total
from money m join articles a on a.id = m.article left join sites s on s.site = a.site
group by a.site, a.year, m.currency order by a.site, a.year, m.currency"""
OLD_MONEY_BY_PROVINCE = """select s.province_new, a.year, count(*) as amounts, sum(m.value) as total
from money m join articles a on a.id = m.article left join sites s on s.site = a.site
where m.currency = 'VND' and m.part_of is null and m.per is null
group by s.province_new, a.year order by s.province_new, a.year"""
OLD_FACTS_BY_PROVINCE = """SELECT s.province, s.province_new,
  sum((SELECT count(*) FROM articles a WHERE a.site = s.site)) AS articles,
  sum((SELECT count(*) FROM money m JOIN articles a ON a.id = m.article WHERE a.site = s.site)) AS money,
  sum((SELECT count(*) FROM counts c JOIN articles a ON a.id = c.article WHERE a.site = s.site)) AS counts,
  sum((SELECT count(*) FROM legal_refs r JOIN articles a ON a.id = r.article WHERE a.site = s.site))
FROM sites s WHERE s.province IS NOT NULL GROUP BY s.province, s.province_new ORDER BY 1"""


@pytest.mark.anyio
async def test_canned_queries_and_map_read_the_summaries_and_agree(tmp_path):
    path = tmp_path / "bulletins.db"
    build(path).close()
    ds = datasette(path)
    conn = sqlite3.connect(path)

    got = (await ds.client.get("/bulletins/money_by_site_and_year.json?_shape=arrays")).json()["rows"]
    assert [tuple(r[:10]) for r in got] == conn.execute(OLD_MONEY_BY_SITE_AND_YEAR).fetchall()
    got = (await ds.client.get("/bulletins/money_by_province_and_year.json?_shape=objects")).json()["rows"]
    assert [(r["province_new"], r["year"], r["amounts"], r["total"]) for r in got] == conn.execute(
        OLD_MONEY_BY_PROVINCE
    ).fetchall()
    got = (await ds.client.get("/bulletins/facts_by_province.json?_shape=arrays&_sort=province")).json()["rows"]
    assert [(r[0], r[1], *r[5:]) for r in got] == conn.execute(OLD_FACTS_BY_PROVINCE).fetchall()
    for name in ("money_by_site_and_year", "money_by_province_and_year", "projects_by_year"):
        assert " money m " not in QUERIES[name]["sql"] and " counts c " not in QUERIES[name]["sql"]


def plan(conn, sql, params=()):
    return "\n".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_plans_use_the_indexes(tmp_path):
    path = tmp_path / "bulletins.db"
    build(path).close()
    conn = sqlite3.connect(path)
    from db.search import fold

    conn.create_function("fold", 1, fold)
    # Citations of a symbol: the folded code's index, no call of fold() per citation.
    citing = plan(conn, QUERIES["articles_citing_document"]["sql"], {"code": "1288/QD-TTg"})
    assert "USING INDEX idx_legal_refs_code_folded (code_folded=?)" in citing
    # The money view filtered by province: sites by province, articles by site, money by article.
    by_province = plan(conn, "select * from money_facts where province = ? limit 101", ["Hải Dương"])
    assert "USING INDEX idx_sites_province (province=?)" in by_province
    assert "idx_articles_site" in by_province
    assert ("USING PRIMARY KEY (article=?)" in by_province
            or "USING INDEX sqlite_autoindex_money_1 (article=?)" in by_province)
    # The unfiltered view reads money in key order: no sort of ten million rows.
    first_page = plan(conn, "select * from money_facts limit 101")
    assert "USE TEMP B-TREE FOR ORDER BY" not in first_page
    # Totals with parts: the partial index, not a scan of every money row.
    over = plan(conn, QUERIES["totals_with_parts_over"]["sql"])
    assert "USING INDEX idx_money_parts (parts=?)" in over and "USING INDEX idx_counts_parts (parts=?)" in over
    # Symbols cited with a number: the number's index, not a scan of every citation.
    numbered = plan(conn, QUERIES["documents_with_number"]["sql"], {"number": "1288"})
    assert "USING INDEX idx_legal_refs_number (number=?)" in numbered, numbered
    # The canned money queries read the summary table, not money.
    for name in ("money_by_site_and_year", "money_by_province_and_year"):
        assert "money_totals" in plan(conn, QUERIES[name]["sql"]) and "TABLE money " not in plan(
            conn, QUERIES[name]["sql"]
        )


@pytest.mark.anyio
async def test_csv_export_is_complete_with_ties(tmp_path):
    path = tmp_path / "bulletins.db"
    db = build(path, n=30)
    # Ties on the value a researcher sorts by: half the amounts the same.
    db.execute("UPDATE money SET value = 1000000 WHERE rowid % 2 = 0")
    db.conn.commit()
    db.close()
    # Small pages, so that the export pages many times (as it does at 10^6 with 1,000-row pages).
    ds = datasette(path)
    ds._settings = {**ds._settings, "max_returned_rows": 7}
    conn = sqlite3.connect(path)
    keys = set(conn.execute('SELECT article, field, start, "end" FROM money'))
    assert ds.setting("max_returned_rows") == 7
    # (A sort the reader picks, ?_sort_desc=value, has ties again: Datasette 0.65 breaks them by key
    # only from its second page. The default orders are total: db/metadata.py, db/schema.py.)
    for url in ("/bulletins/money.csv?_stream=on&_size=max",
                "/bulletins/counts.csv?_stream=on&_size=max",
                "/bulletins/money_facts.csv?_stream=on&_size=max"):  # fmt: skip
        response = await ds.client.get(url)
        assert response.status_code == 200
        rows = list(csv.DictReader(io.StringIO(response.text)))
        got = [(int(r["article"]), r["field"], int(r["start"]), int(r["end"])) for r in rows]
        want = keys if "count" not in url else set(conn.execute('SELECT article, field, start, "end" FROM counts'))
        assert len(got) == len(want) and set(got) == want, url


def test_release_parquet_reads_back_as_the_csv_in_duckdb_and_pandas(tmp_path):
    import duckdb
    import pandas

    from db.release import DUCKDB_EXAMPLE, release

    path = tmp_path / "bulletins.db"
    db = build(path, n=25)
    db.execute("INSERT INTO runs (command, started, finished) VALUES ('t', '2026-12-01', '2026-12-01')")
    db.conn.commit()
    db.close()
    out = tmp_path / "release"
    release(path, out)
    conn = sqlite3.connect(path)
    for name in ("money", "articles", "legal_refs", "money_facts", "facts_by_province", "money_totals"):
        with (out / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            csv_rows = list(csv.reader(f))
        frame = pandas.read_parquet(out / "data" / f"{name}.parquet")
        assert list(frame.columns) == csv_rows[0]
        as_text = [["" if v is None else str(v) for v in row]
                   for row in duckdb.sql(f"SELECT * FROM '{out / 'data' / name}.parquet'").fetchall()]  # fmt: skip
        assert as_text == csv_rows[1:], name
        assert len(frame) == conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
    # Integers stay integers (a CSV reader guesses; Parquet says).
    assert str(duckdb.sql(f"SELECT value FROM '{out}/data/money.parquet'").types[0]) == "BIGINT"
    # The README's one-line DuckDB query runs on the release and adds what the summary table adds.
    query = DUCKDB_EXAMPLE.split('"')[1].replace("'data/", f"'{out}/data/")
    got = {(p, y): total for p, y, _, total in duckdb.sql(query).fetchall()}
    want = dict(((p, y), t) for p, y, t in conn.execute(
        "SELECT s.province_new, t.year, sum(t.total) FROM money_totals t JOIN sites s ON s.site = t.site "
        "WHERE t.currency = 'VND' AND t.valued > 0 GROUP BY 1, 2"))  # fmt: skip
    assert got == want


def test_the_benchmarks_bulk_path_writes_what_save_article_writes(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import scale

    by_save, by_bulk, mixed = tmp_path / "save.db", tmp_path / "bulk.db", tmp_path / "mixed.db"
    scale.build(by_save, 120)
    scale.build(by_bulk, 120, bulk_from=0)
    scale.build(mixed, 60)
    scale.build(mixed, 120, bulk_from=0)  # continued by the bulk path, as a benchmark run may be
    tables = [r[0] for r in sqlite3.connect(by_save).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'articles_fts%' AND name NOT IN ('runs', 'run_sites')")]  # fmt: skip
    assert {"articles", "money", "legal_refs", "documents", "money_totals", "citation_totals"} <= set(tables)
    indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    saved_indexes = sqlite3.connect(by_save).execute(indexes).fetchall()
    assert len(saved_indexes) > 20
    for other in (by_bulk, mixed):
        # The lookup indexes the bulk path drops while it writes are all made again.
        assert sqlite3.connect(other).execute(indexes).fetchall() == saved_indexes
        for table in tables:
            rows = [sorted(sqlite3.connect(p).execute(f"SELECT * FROM [{table}]")) for p in (by_save, other)]
            assert rows[0] == rows[1], (other.name, table)
        search = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'khuyen cong' ORDER BY rowid"
        assert sqlite3.connect(by_save).execute(search).fetchall() == sqlite3.connect(other).execute(search).fetchall()


def test_a_sum_past_64_bit_integers_is_left_empty_not_inexact(tmp_path):
    # Hostile or garbled pages can state absurd amounts; their sum must not turn into a float or stop a crawl.
    db = open_db(tmp_path / "b.db")
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://x/", "Hải Dương")
    for i in range(3):
        text = f"Dự án số {i} có vốn 5.000.000.000 tỷ đồng."  # 5 × 10^18 VND each
        article = {"url": f"http://x/{i}", "site": "haiduong", "title": f"Bài {i}", "lead": None, "body": text,
                   "published": "2024-03-01T08:00:00+07:00"}
        save_article(db, article, extract.extract_article_facts(article["title"], None, text), "test")
    [(total, amounts)] = db.execute("SELECT total, amounts FROM money_totals WHERE currency = 'VND'").fetchall()
    assert total is None and amounts == 3
    values = [value for (value,) in db.execute("SELECT value FROM money")]
    assert values == [5 * 10**18] * 3  # the facts themselves stay exact


def test_no_page_waits_more_than_600_ms_on_facets_and_count_that_run_out_of_time():
    # Datasette 0.65 runs a page's facets one after the other, each bounded by facet_time_limit_ms, then its
    # count (db/plugins/bounded_counts.py): over a whole fact view at 10^5 articles every one of them runs out.
    from db.metadata import SETTINGS, metadata
    from db.plugins.bounded_counts import COUNT_TIME_LIMIT_MS

    tables = metadata()["databases"]["bulletins"]["tables"]
    worst = {name: len(table.get("facets", [])) * SETTINGS["facet_time_limit_ms"] + COUNT_TIME_LIMIT_MS
             for name, table in tables.items()}  # fmt: skip
    assert len(worst) > 10 and max(worst.values()) <= 600, worst
    for view, measure in (("money_facts", "currency"), ("count_facts", "unit"), ("legal_ref_facts", "doc_type")):
        assert tables[view]["facets"] == ["province", "province_new", "year", measure]
    assert SETTINGS.get("allow_facet", True) and not SETTINGS["suggest_facets"]


@pytest.mark.anyio
async def test_a_facet_left_out_of_the_defaults_is_one_request_away(tmp_path):
    db = build(tmp_path / "bulletins.db", n=12)
    sites = dict(db.execute("SELECT a.site, count(*) FROM money m JOIN articles a ON a.id = m.article GROUP BY 1"))
    ds = datasette(tmp_path / "bulletins.db")
    data = (await ds.client.get("/bulletins/money_facts.json?_facet=site&_facet=per")).json()
    assert {"site", "per", "province", "currency"} <= set(data["facet_results"])
    assert {r["value"]: r["count"] for r in data["facet_results"]["site"]["results"]} == sites


def test_the_next_page_of_a_fact_table_is_an_index_range_with_the_same_rows(tmp_path):
    # Datasette's keyset condition for a compound key is an OR SQLite scans from the index's first entry on every
    # page (a CSV export of money cost the square of its size); db/plugins/keyset_pages.py adds the row-value range.
    from datasette.database import Database
    from datasette.utils import compound_keys_after_sql

    from db.plugins.keyset_pages import with_key_ranges

    path = tmp_path / "bulletins.db"
    build(path, n=8).close()
    datasette(path)  # loads the plugins
    assert getattr(Database, "_key_ranges", False)
    conn = sqlite3.connect(path)
    article, field, start, end = conn.execute(
        'SELECT article, field, start, "end" FROM money LIMIT 1 OFFSET 5').fetchone()
    params = {"p0": article, "p1": field, "p2": start, "p3": end}
    sql = (f"select * from money where {compound_keys_after_sql(['article', 'field', 'start', 'end'])} "
           "order by article, field, start, [end] limit 1001")  # fmt: skip
    ranged = with_key_ranges(sql)
    assert "SCAN money" in plan(conn, sql, params)
    assert "SEARCH money USING INDEX sqlite_autoindex_money_1 ((article,field,start,end)>(?,?,?,?))" in plan(
        conn, ranged, params)
    rows = conn.execute(ranged, params).fetchall()
    assert len(rows) > 5 and rows == conn.execute(sql, params).fetchall()
    for other in ("select 1 where (a = 1)\n  or\n(b = 2)", "select * from money where (article > :p0)"):
        assert with_key_ranges(other) == other


def test_the_plugins_wrap_datasettes_execute_once_however_many_instances(tmp_path):
    from datasette.database import Database

    build(tmp_path / "bulletins.db", n=2).close()
    datasette(tmp_path / "bulletins.db")
    wrapped = Database.execute
    for _ in range(3):
        datasette(tmp_path / "bulletins.db")
    assert Database.execute is wrapped
    assert Database._bounded_counts and Database._key_ranges
