"""The dataset as researchers use it: provinces, fact views, honest sums, documents per province, empty states.

Through Datasette's own client, on databases built by tests/seeddb.py from the seed article and the real
extractor (with the totals, parts and rate marked by hand where ``mark_parts``), and on an empty one.
"""

import sqlite3
from decimal import Decimal

import pytest
import seeddb
from datasette.utils import tilde_encode
from datasette_dashboards import replace_opts_in_query

import db as dbmod
from db import open_db
from db.metadata import QUERIES, TABLES, datasette, metadata
from db.provinces import UnknownProvince, province
from db.schema import FACT_VIEWS
from db.write import ensure_site, save_article


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Datasette runs on asyncio only


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    path = tmp_path_factory.mktemp("marked") / "bulletins.db"
    seeddb.build(path, mark_parts=True)
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    path = tmp_path_factory.mktemp("extracted") / "bulletins.db"
    seeddb.build(path, mark_parts=False)
    return path


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty") / "bulletins.db"
    open_db(path).close()
    return path


def sql(path, query, *params):
    """Our own SQL, straight on the file: the reference the site's figures are checked against."""
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


async def rows(ds, path, **params):
    response = await ds.client.get(path, params={**params, "_shape": "array"})
    assert response.status_code == 200, response.text
    return response.json()


def chart_sql(name, **filters):
    chart = metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"][name]
    return replace_opts_in_query(chart["query"], filters)


# -- provinces --


@pytest.mark.parametrize(
    "name, old, code, new, new_code",
    [
        ("Hải Dương", "Hải Dương", "30", "Hải Phòng", "31"),
        ("Hai Duong", "Hải Dương", "30", "Hải Phòng", "31"),
        ("Bắc Giang", "Bắc Giang", "24", "Bắc Ninh", "24"),
        ("Hà Nội", "Hà Nội", "01", "Hà Nội", "01"),
        ("Quảng Nam", "Quảng Nam", "49", "Đà Nẵng", "48"),
    ],
)
def test_province_then_and_since_2025(name, old, code, new, new_code):
    p = province(name)
    assert (p.name, p.code, p.new_name, p.new_code) == (old, code, new, new_code)
    assert 8 < p.latitude < 24 and 102 < p.longitude < 110  # inside Vietnam


def test_unknown_province_is_a_clear_error(tmp_path):
    with pytest.raises(UnknownProvince, match="Atlantis"):
        province("Atlantis")
    database = open_db(tmp_path / "b.db")
    with pytest.raises(UnknownProvince):
        ensure_site(database, "x", "X", "https://x.example/", "Atlantis")
    assert database["sites"].count == 0


def test_sites_store_both_provinces_and_keep_them_without_one(tmp_path):
    database = open_db(tmp_path / "b.db")
    ensure_site(database, "haiduong", "Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/", "Hải Dương")
    row = database["sites"].get("haiduong")
    assert (row["province"], row["province_code"], row["province_new"], row["province_new_code"]) == (
        "Hải Dương", "30", "Hải Phòng", "31")  # fmt: skip
    ensure_site(database, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1:8731/")  # a local copy
    assert database["sites"].get("haiduong")["province"] == "Hải Dương"


def test_profiles_name_their_province():
    from reader.profiles import all_profile_names, load_profile

    names = all_profile_names()
    assert names and all(province(load_profile(name).province) for name in names)  # every one known

    assert load_profile("haiduong").province == "Hải Dương"
    assert load_profile("bacgiang").province == "Bắc Giang"
    assert load_profile("haiduong").served_from("http://127.0.0.1:9/").province == "Hải Dương"


# -- totals, parts and rates stored --


def test_parts_and_rates_are_stored_as_given_and_null_when_absent(marked, extracted):
    total = sql(marked, "SELECT start, parts, parts_sum, parts_sum_text FROM money WHERE text = '11,072 tỷ đồng'")
    assert total == [(3248, "adds up", 11_072_000_000, "11072000000")]
    assert sql(marked, "SELECT part_of FROM money WHERE text = '907 triệu đồng'") == [(3248,)]
    assert sql(marked, "SELECT per FROM money WHERE text = '3 triệu đồng'") == [("người/tháng",)]
    assert sql(marked, "SELECT part_of, parts, parts_sum FROM counts WHERE text = '12 đề án'") == [(None, "more", 14)]
    # As the extractor gives them (nulls from an extractor before totals and rates): nothing lost or made up.
    from extract import extract_article_facts

    article = seeddb.seed_article()
    facts = extract_article_facts(article["title"], article["lead"], article["body"])
    expected = sorted((f["field"], f["start"], f.get("part_of"), f.get("parts"), f.get("per"))
                      for f in facts if f["type"] == "money")
    assert expected and sql(extracted, "SELECT field, start, part_of, parts, per FROM money WHERE article = 1 "
                                       "ORDER BY 1, 2") == expected


def test_fractional_parts_sum_kept_exact(tmp_path):
    database = open_db(tmp_path / "b.db")
    body = "Dự án vay 2,5 triệu USD."
    fact = {"type": "money", "text": "2,5 triệu USD", "start": 11, "end": 24, "field": "body",
            "value": 2500000, "currency": "USD", "parts": "less", "parts_sum": Decimal("1.25")}  # fmt: skip
    save_article(database, {"url": "https://x/1", "body": body}, [fact], "t")
    assert sql(tmp_path / "b.db", "SELECT parts_sum, parts_sum_text FROM money") == [(None, "1.25")]


def test_malformed_part_of_keeps_the_fact_in_other_facts(tmp_path):
    database = open_db(tmp_path / "b.db")
    fact = {"type": "count", "text": "5 đề án", "start": 0, "end": 7, "value": 5, "unit": "đề án", "part_of": 1.5}
    save_article(database, {"url": "https://x/1", "body": "5 đề án"}, [fact], "t")
    assert database["counts"].count == 0 and database["other_facts"].count == 1


# -- honest sums --


@pytest.mark.anyio
async def test_projects_by_year_adds_no_part(marked):
    ds = datasette(marked)
    by_year = {r["year"]: r["projects"] for r in await rows(ds, "/bulletins/projects_by_year.json")}
    assert by_year[2019] == seeddb.SEED_PROJECTS == 72  # not 198: 5 + 55 + 6 and 3 + 2, 50 + 5 left out
    assert by_year == dict(sql(marked, "SELECT a.year, sum(c.value) FROM counts c JOIN articles a ON a.id = c.article "
                                       "WHERE c.unit = 'đề án' AND c.part_of IS NULL GROUP BY a.year"))
    chart = {r["year"]: r["projects"] for r in await rows(ds, "/bulletins.json", sql=chart_sql("projects"))}
    assert chart == by_year


@pytest.mark.anyio
async def test_money_totals_add_no_part_and_no_rate(marked):
    ds = datasette(marked)
    mine = dict(sql(marked, "SELECT a.site || ' ' || a.year, sum(m.value) "
                            "FROM money m JOIN articles a ON a.id = m.article "
                            "WHERE m.currency = 'VND' AND m.part_of IS NULL AND m.per IS NULL GROUP BY a.site, a.year"))
    assert mine == {"haiduong 2019": seeddb.SEED_VND, "haiduong 2021": seeddb.HAIDUONG_2021_VND,
                    "bacgiang 2021": seeddb.BACGIANG_VND}  # fmt: skip
    by_site = await rows(ds, "/bulletins/money_by_site_and_year.json")
    assert {f"{r['site']} {r['year']}": r["total"] for r in by_site if r["currency"] == "VND"} == mine
    seed = next(r for r in by_site if (r["site"], r["year"]) == ("haiduong", 2019))
    assert (seed["parts_left_out"], seed["rates_left_out"], seed["province"]) == (7, 0, "Hải Dương")
    assert seed["total_formatted"] == "11.979.200.000"
    bacgiang = next(r for r in by_site if r["site"] == "bacgiang")
    assert bacgiang["rates_left_out"] == 1

    chart = await rows(ds, "/bulletins.json", sql=chart_sql("money"))
    assert {r["year"]: r["total"] for r in chart} == {
        2019: seeddb.SEED_VND, 2021: seeddb.HAIDUONG_2021_VND + seeddb.BACGIANG_VND}
    filtered = await rows(ds, "/bulletins.json", sql=chart_sql("money", province="Bắc Giang"), province="Bắc Giang")
    assert filtered == [{"year": 2021, "total": seeddb.BACGIANG_VND, "billion_vnd": 2.4}]
    since_2025 = await rows(ds, "/bulletins.json", sql=chart_sql("money", province_new="Hải Phòng", year="2021"),
                            province_new="Hải Phòng", year="2021")
    assert [r["total"] for r in since_2025] == [seeddb.HAIDUONG_2021_VND]

    provinces = await rows(ds, "/bulletins/money_by_province_and_year.json")
    assert {(r["province_new"], r["year"]): r["total"] for r in provinces} == {
        ("Hải Phòng", 2019): seeddb.SEED_VND, ("Hải Phòng", 2021): seeddb.HAIDUONG_2021_VND,
        ("Bắc Ninh", 2021): seeddb.BACGIANG_VND}  # fmt: skip


@pytest.mark.anyio
async def test_every_summing_query_and_chart_leaves_out_parts_and_rates():
    summing = {name: q["sql"] for name, q in QUERIES.items() if "sum(" in q["sql"]}
    charts = metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]
    summing |= {f"chart {name}": c["query"] for name, c in charts.items() if "sum(" in c["query"]}
    assert len(summing) >= 5
    for name, query in summing.items():
        if "_totals a" in query:  # a summary table: its sums leave them out (tests/test_db_scale.py)
            continue
        assert "part_of is null" in query.lower(), name
        if "money m" in query:
            assert "per is null" in query.lower(), name


@pytest.mark.anyio
async def test_totals_whose_parts_add_to_more(marked):
    found = await rows(datasette(marked), "/bulletins/totals_with_parts_over.json")
    assert [(r["kind"], r["text"], r["value"], r["parts_sum"]) for r in found] == [("count", "12 đề án", 12, 14)]


@pytest.mark.anyio
async def test_seed_as_extracted_sums_what_sql_says(extracted):
    """The real extractor's output: whatever it marks, the query adds exactly the facts that are no part."""
    ds = datasette(extracted)
    by_year = {r["year"]: r["projects"] for r in await rows(ds, "/bulletins/projects_by_year.json")}
    assert by_year == dict(sql(extracted, "SELECT a.year, sum(c.value) FROM counts c JOIN articles a "
                                          "ON a.id = c.article WHERE c.unit = 'đề án' AND c.part_of IS NULL "
                                          "GROUP BY a.year"))
    if not sql(extracted, "SELECT count(*) FROM counts WHERE part_of IS NOT NULL")[0][0]:
        pytest.skip("this extractor marks no parts yet (the extract-totals branch does): "
                    f"the seed article counts {by_year[2019]} projects")
    assert by_year[2019] == seeddb.SEED_PROJECTS


# -- fact views --


@pytest.mark.anyio
async def test_money_facts_beside_article_site_and_province(marked):
    ds = datasette(marked)
    (row,) = await rows(ds, "/bulletins/money_facts.json", text="11,072 tỷ đồng")
    assert row | {"published": None} == row | {
        "article_title": "Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018", "article_url": seeddb.SEED_URL,
        "site": "haiduong", "province": "Hải Dương", "province_new": "Hải Phòng", "year": 2019,
        "value": 11_072_000_000, "ty_dong": "11.072", "currency": "VND", "parts": "adds up", "part_of": None,
        "published": None,
    }  # fmt: skip
    data = (await ds.client.get("/bulletins/money_facts.json")).json()
    assert set(data["facet_results"]) == {"province", "province_new", "year", "currency"}
    assert {r["value"] for r in data["facet_results"]["province_new"]["results"]} == {"Hải Phòng", "Bắc Ninh"}
    only = await rows(ds, "/bulletins/money_facts.json", province_new="Bắc Ninh")
    assert {r["text"] for r in only} == {"2,4 tỷ đồng", "3 triệu đồng"}


@pytest.mark.parametrize("value, ty", [(11_072_000_000, "11.072"), (686_200_000, "0.6862"),
                                       (1_500_000_000_000, "1500"), (500, "0.0000005")])
def test_ty_dong_is_exact(tmp_path, value, ty):
    database = open_db(tmp_path / "b.db")
    fact = {"type": "money", "text": "x", "start": 0, "end": 1, "value": value, "currency": "VND"}
    save_article(database, {"url": "https://x/1", "body": "x"}, [fact], "t")
    assert sql(tmp_path / "b.db", "SELECT ty_dong FROM money_facts") == [(ty,)]


@pytest.mark.anyio
async def test_fact_views_search_and_export(marked):
    ds = datasette(marked)
    found = await rows(ds, "/bulletins/count_facts.json", _search="khuyen cong bac giang")
    assert {r["article_url"] for r in found} == {seeddb.BACGIANG["url"]}
    csv = (await ds.client.get("/bulletins/money_facts.csv", params={"text": "11,072 tỷ đồng"})).text
    header, line = csv.splitlines()[:2]
    assert "province_new" in header and ",11072000000,11.072," in line  # the raw integer, not 11.072.000.000
    refs = await rows(ds, "/bulletins/legal_ref_facts.json", code="1163/QĐ-UBND")
    assert {(r["province"], r["document"], r["scope"]) for r in refs} == {
        ("Bắc Giang", "1163/QĐ-UBND (Bắc Giang)", "local"), ("Hải Dương", "1163/QĐ-UBND (Hải Dương)", "local")}


@pytest.mark.anyio
async def test_views_show_grouped_amounts_and_link_articles_and_documents(marked):
    ds = datasette(marked)
    page = (await ds.client.get("/bulletins/money_facts", params={"text": "11,072 tỷ đồng"})).text
    assert ">11.072.000.000<" in page and ">11,072<" in page
    assert '<a href="/bulletins/articles/1">Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018</a>' in page
    refs = (await ds.client.get("/bulletins/legal_ref_facts", params={"code": "1163/QĐ-UBND"})).text
    assert f'href="/bulletins/documents/{tilde_encode("1163/QĐ-UBND (Bắc Giang)")}"' in refs
    counts = (await ds.client.get("/bulletins/counts", params={"unit": "đề án", "_sort_desc": "value"})).text
    assert ">66<" in counts


def test_every_view_and_column_is_described(marked):
    database = open_db(marked)
    assert set(FACT_VIEWS) == set(database.view_names())
    for view in database.view_names():
        assert TABLES[view]["description"], view
        assert set(TABLES[view]["columns"]) >= set(database[view].columns_dict), view


# -- documents --


@pytest.mark.anyio
@pytest.mark.parametrize("typed", ["1288/QĐ-TTg", "1288/QD-TTg", "1288/qd-ttg", " 1288/QĐ-TTg "])
async def test_articles_citing_a_document_typed_with_or_without_diacritics(marked, typed):
    found = await rows(datasette(marked), "/bulletins/articles_citing_document.json", code=typed)
    assert {r["url"] for r in found} == {seeddb.SEED_URL, seeddb.HAIDUONG_2021["url"]}
    assert {r["document"] for r in found} == {"1288/QĐ-TTg"}


@pytest.mark.anyio
async def test_local_symbols_are_one_document_per_province(marked):
    ds = datasette(marked)
    found = await rows(ds, "/bulletins/articles_citing_document.json", code="1163/QD-UBND")
    assert {(r["province"], r["document"]) for r in found} == {
        ("Hải Dương", "1163/QĐ-UBND (Hải Dương)"), ("Bắc Giang", "1163/QĐ-UBND (Bắc Giang)")}
    page = (await ds.client.get("/bulletins/articles_citing_document", params={"code": "1163/QD-UBND"})).text
    link = f'<a href="/bulletins/documents/{tilde_encode("1163/QĐ-UBND (Hải Dương)")}">1163/QĐ-UBND (Hải Dương)</a>'
    assert link in page
    doc = await ds.client.get(f"/bulletins/documents/{tilde_encode('1163/QĐ-UBND (Hải Dương)')}.json",
                              params={"_shape": "array"})
    assert doc.json()[0] | {"first_cited": None} == doc.json()[0] | {
        "code": "1163/QĐ-UBND", "scope": "local", "province": "Hải Dương", "articles_citing": 1, "first_cited": None}
    central = await rows(ds, "/bulletins/documents.json", code="1288/QĐ-TTg")
    assert [(r["document"], r["scope"], r["articles_citing"]) for r in central] == [("1288/QĐ-TTg", "central", 2)]


@pytest.mark.parametrize(
    "code, scope",
    [("1288/QĐ-TTg", "central"), ("45/2012/NĐ-CP", "central"), ("26/2014/TTLT-BTC-BCT", "central"),
     ("1163/QĐ-UBND", "local"), ("27/2010/QĐ-UBND", "local"), ("15-NQ/ĐUB", "local"), ("4567/UBND-KT", "local"),
     ("12/NQ-HĐND", "local"), ("88/KH-SCT", "local"), ("1213/2010/HDLN/STC-SCT", "local"),
     ("7/KH-XYZ", "local")],  # unknown issuer: split rather than merge
)  # fmt: skip
def test_issuer_scope(code, scope):
    from db.documents import scope_of

    assert scope_of(code) == scope


def test_a_v1_database_is_migrated_to_documents_per_province(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:1])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    old = open_db(path)
    old.execute("INSERT INTO sites (site) VALUES ('haiduong')")
    old.execute("INSERT INTO articles (id, url, site, published) VALUES (1, 'https://x/1', 'haiduong', '2020-01-02')")
    old.execute("INSERT INTO documents (code, articles_citing, citations) VALUES ('1163/QĐ-UBND', 1, 1), "
                "('1288/QĐ-TTg', 1, 1)")
    old.execute("INSERT INTO legal_refs (article, field, start, \"end\", text, code) VALUES "
                "(1, 'body', 0, 5, 'a', '1163/QĐ-UBND'), (1, 'body', 9, 14, 'b', '1288/QĐ-TTg')")
    old.conn.commit()
    old.close()
    monkeypatch.undo()
    new = open_db(path)
    assert sql(path, "SELECT code, document FROM legal_refs ORDER BY start") == [
        ("1163/QĐ-UBND", "1163/QĐ-UBND"), ("1288/QĐ-TTg", "1288/QĐ-TTg")]  # no province known at migration
    # The next crawl registers the site with its province: its local symbols are keyed by it.
    ensure_site(new, "haiduong", "Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/", "Hải Dương")
    assert sql(path, "SELECT code, document FROM legal_refs ORDER BY start") == [
        ("1163/QĐ-UBND", "1163/QĐ-UBND (Hải Dương)"), ("1288/QĐ-TTg", "1288/QĐ-TTg")]
    assert sql(path, "SELECT document, scope, province, citations, first_cited FROM documents ORDER BY 1") == [
        ("1163/QĐ-UBND (Hải Dương)", "local", "Hải Dương", 1, "2020-01-02"),
        ("1288/QĐ-TTg", "central", None, 1, "2020-01-02")]
    assert sql(path, "PRAGMA foreign_key_check") == []


# -- empty --


@pytest.mark.anyio
async def test_empty_database_home_page_says_how_to_fill_it(empty):
    page = (await datasette(empty).client.get("/")).text
    assert "is empty: no article has been stored yet" in page
    assert "scrapy crawl socongthuong -s SQLITE_PATH=" in page and "python -m spiders.demo --db" in page


@pytest.mark.anyio
async def test_full_database_home_page_links_views_map_and_charts(marked):
    page = (await datasette(marked).client.get("/")).text
    assert "is empty" not in page
    for link in ("/bulletins/money_facts", "/bulletins/legal_ref_facts", "/bulletins/facts_by_province",
                 "/-/dashboards/overview"):  # fmt: skip
        assert f'href="{link}"' in page


@pytest.mark.anyio
async def test_every_page_query_and_chart_survives_zero_rows(empty):
    ds = datasette(empty)
    for name in (*QUERIES, *FACT_VIEWS, "documents", "money"):
        response = await ds.client.get(f"/bulletins/{name}", params={"code": "1288/QD-TTg"})
        assert response.status_code == 200, name
    for name in metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]:
        assert await rows(ds, "/bulletins.json", sql=chart_sql(name)) == [], name
    assert (await ds.client.get("/-/dashboards/overview")).status_code == 200


# -- map --


@pytest.mark.anyio
async def test_facts_per_province_with_coordinates(marked):
    found = await rows(datasette(marked), "/bulletins/facts_by_province.json")
    by_province = {r["province"]: r for r in found}
    assert set(by_province) == {"Hải Dương", "Bắc Giang"}
    assert by_province["Hải Dương"]["articles"] == 2 and by_province["Bắc Giang"]["articles"] == 1
    assert by_province["Hải Dương"]["money"] == sql(marked, "SELECT count(*) FROM money m JOIN articles a "
                                                            "ON a.id = m.article WHERE a.site = 'haiduong'")[0][0]
    assert (by_province["Hải Dương"]["latitude"], by_province["Hải Dương"]["longitude"]) == (
        province("Hải Dương").latitude, province("Hải Dương").longitude)
    page = (await datasette(marked).client.get("/bulletins/facts_by_province")).text
    assert "datasette-cluster-map" in page


def test_a_crawl_of_the_local_copy_stores_the_sites_province(tmp_path):
    """The real path: profile -> spider -> pipeline -> ensure_site, then the seed article's documents and views."""
    from spiders.run import FAST_SETTINGS, run_crawl
    from testsites import serve

    server = serve("bacgiang", articles=12)
    try:
        result = run_crawl(tmp_path / "b.db", site="bacgiang", start_url=server.url, timeout=180, **FAST_SETTINGS)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    assert sql(tmp_path / "b.db", "SELECT site, province, province_new, province_new_code FROM sites") == [
        ("bacgiang", "Bắc Giang", "Bắc Ninh", "24")]
    by_province = sql(tmp_path / "b.db", "SELECT province, province_new, count(*) FROM money_facts GROUP BY 1, 2")
    assert len(by_province) == 1 and by_province[0][:2] == ("Bắc Giang", "Bắc Ninh") and by_province[0][2] > 0


def test_stats_per_province_then_and_now(marked):
    from db.stats import format_stats, stats

    result = stats(open_db(marked))
    assert [(r["key"], r["articles"]) for r in result["provinces"]] == [("Bắc Giang", 1), ("Hải Dương", 2)]
    assert [(r["key"], r["articles"]) for r in result["provinces_new"]] == [("Bắc Ninh", 1), ("Hải Phòng", 2)]
    assert sum(r["facts"] for r in result["provinces"]) == sum(r["facts"] for r in result["sites"])
    assert "since 2025" in format_stats(result)


def test_serve_on_an_empty_database_says_so_on_the_terminal(empty):
    import subprocess
    import sys
    from pathlib import Path

    from test_db_browser import free_port

    server = subprocess.Popen([sys.executable, "-m", "db", "serve", str(empty), "--port", str(free_port())],
                              cwd=Path(__file__).parents[1], stderr=subprocess.PIPE, text=True)
    try:
        first = server.stderr.readline()  # printed before Datasette starts
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "holds no article yet" in first and "python -m spiders.demo --db" in first
