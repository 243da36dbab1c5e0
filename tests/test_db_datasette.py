"""The Datasette site, through Datasette's own test client: search, metadata, labels, queries, charts."""


import pytest
from datasette.utils import tilde_encode
from datasette_dashboards import replace_opts_in_query
from test_db_write import FACTS, REF, article

from db import open_db
from db.metadata import QUERIES, TABLES, datasette, metadata
from db.sample import sample_article
from db.write import ensure_site, save_article


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Datasette runs on asyncio only


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("site") / "bulletins.db"
    database = open_db(path)
    ensure_site(database, "haiduong", "Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")
    save_article(database, article(), FACTS, "1.0")  # id 1: khuyến công, 66 đề án, 11,072 tỷ đồng
    save_article(
        database,
        article("https://danang.gov.vn/tin/2", site="danang", title="Đoàn công tác làm việc tại Đà Nẵng",
                lead=None, body="Khảo sát cụm công nghiệp.", published="2021-03-02T07:00:00+07:00"),
        [], "1.0",
    )  # fmt: skip
    for i in range(3, 23):
        save_article(database, *sample_article(i), "1.0")
    database.close()
    return datasette(path)


async def get_json(ds, path, **params):
    response = await ds.client.get(path, params={**params, "_shape": "array"})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.anyio
@pytest.mark.parametrize(
    "query, title",
    [
        ("khuyến công", "Tổng kết công tác khuyến công năm 2023"),
        ("khuyen cong", "Tổng kết công tác khuyến công năm 2023"),
        ("da nang", "Đoàn công tác làm việc tại Đà Nẵng"),
        ("Đà Nẵng", "Đoàn công tác làm việc tại Đà Nẵng"),
    ],
)
async def test_articles_search_box(ds, query, title):
    rows = await get_json(ds, "/bulletins/articles.json", _search=query, _col="title")
    assert title in [r["title"] for r in rows]
    page = await ds.client.get("/bulletins/articles", params={"_search": query})
    assert page.status_code == 200
    assert 'name="_search"' in page.text and f'value="{query}"' in page.text
    assert title in page.text


@pytest.mark.anyio
async def test_search_finds_only_matches(ds):
    rows = await get_json(ds, "/bulletins/articles.json", _search="hai duong khuyen cong")
    assert [r["id"] for r in rows] == [1]
    assert await get_json(ds, "/bulletins/articles.json", _search="Hà Nội") == []


@pytest.mark.anyio
async def test_instance_metadata(ds):
    response = await ds.client.get("/")
    assert "Vietnamese government bulletins: articles and facts" in response.text
    assert "Sources: Cổng thông tin điện tử tỉnh Hải Dương (https://haiduong.gov.vn)" in response.text
    meta = (await ds.client.get("/-/metadata.json")).json()
    assert meta["title"] == metadata()["title"]


def test_every_table_and_column_is_described(tmp_path):
    database = open_db(tmp_path / "b.db")
    for table in database.table_names():
        if "_fts" in table or table.startswith("sqlite_"):  # full-text indexes; sqlite_stat1: the planner's
            continue
        described = TABLES[table]
        assert described["description"], table
        assert set(described["columns"]) >= set(database[table].columns_dict) - {"id"}, table


@pytest.mark.anyio
async def test_column_descriptions_and_default_facets(ds):
    page = await ds.client.get("/bulletins/money")
    assert 'data-column-description="Amount in the currency' in page.text
    data = (await ds.client.get("/bulletins/articles.json")).json()
    assert set(data["facet_results"]) == {"site", "category", "year", "read_by"}
    sites = {r["value"] for r in data["facet_results"]["site"]["results"]}
    assert {"haiduong", "danang"} <= sites
    docs = (await ds.client.get("/bulletins/legal_refs.json")).json()
    assert "doc_type" in docs["facet_results"]


@pytest.mark.anyio
async def test_money_sorted_by_value_with_article_titles(ds):
    # By value when asked: the default order is the key's, total (value has ties: tests/test_db_scale.py).
    rows = await get_json(ds, "/bulletins/money.json", _labels="on", _sort_desc="value")
    values = [r["value"] for r in rows if r["value"] is not None]
    assert values == sorted(values, reverse=True)
    page = await ds.client.get("/bulletins/money", params={"currency": "VND", "value": "11072000000"})
    assert '<a href="/bulletins/articles/1">Tổng kết công tác khuyến công năm 2023</a>' in page.text


@pytest.mark.anyio
async def test_legal_refs_link_to_documents(ds):
    doc = await get_json(ds, "/bulletins/documents.json", code=REF["code"])
    assert doc[0]["articles_citing"] >= 1
    page = await ds.client.get("/bulletins/documents/" + tilde_encode(REF["code"]))
    assert page.status_code == 200
    assert "legal_refs" in page.text  # "Links from other tables": its citations


@pytest.mark.anyio
async def test_canned_queries(ds):
    by_site = await get_json(ds, "/bulletins/money_by_site_and_year.json")
    row = next(r for r in by_site if (r["site"], r["year"], r["currency"]) == ("haiduong", 2023, "VND"))
    assert row["total"] >= 11072000000
    assert row["total_formatted"] == f"{row['total']:,}".replace(",", ".")

    cited = await get_json(ds, "/bulletins/most_cited_documents.json")
    counts = [r["articles_citing"] for r in cited]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1

    citing = await get_json(ds, "/bulletins/articles_citing_document.json", code="1288/QĐ-TTg")
    ours = next(r for r in citing if r["article"] == 1)
    assert ours["title"] == "Tổng kết công tác khuyến công năm 2023"
    assert ours["url"] == "https://haiduong.gov.vn/tin/1"
    assert [r["published"] for r in citing] == sorted(r["published"] for r in citing)
    assert all("1288/QĐ-TTg" in r["text"] for r in citing)

    largest = await get_json(ds, "/bulletins/largest_amounts.json")
    assert largest[0]["amount"].count(".") >= 3  # 1.234.567.000: Vietnamese grouping
    khuyen_cong = next(r for r in largest if r["article"] == 1)
    assert khuyen_cong["amount"] == "11.072.000.000"
    assert khuyen_cong["sentence"].endswith("11,072 tỷ đồng")
    usd = await get_json(ds, "/bulletins/largest_amounts.json", currency="USD")
    assert usd and {r["currency"] for r in usd} == {"USD"}

    projects = await get_json(ds, "/bulletins/projects_by_year.json")
    assert next(r for r in projects if r["year"] == 2023)["projects"] >= 66


@pytest.mark.anyio
async def test_every_canned_query_runs(ds):
    for name in QUERIES:
        response = await ds.client.get(f"/bulletins/{name}", params={"code": "1288/QĐ-TTg"})
        assert response.status_code == 200, name
        assert QUERIES[name]["title"] in response.text


@pytest.mark.anyio
async def test_dashboard(ds):
    page = await ds.client.get("/-/dashboards/overview")
    assert page.status_code == 200
    assert "Bulletins at a glance" in page.text and "vega-lite.min.js" in page.text
    chart = await ds.client.get("/-/dashboards/overview/money")
    assert chart.status_code == 200
    charts = metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]
    for name, spec in charts.items():
        # The dashboard keeps a "[[ and ... :province ]]" filter only when the filter is set.
        rows = await get_json(ds, "/bulletins.json", sql=replace_opts_in_query(spec["query"], {}))
        assert rows, name


@pytest.mark.anyio
async def test_fold_sql_function(ds):
    rows = await get_json(ds, "/bulletins.json", sql="select title from articles where fold(title) like '%da nang%'")
    assert rows == [{"title": "Đoàn công tác làm việc tại Đà Nẵng"}]


@pytest.mark.anyio
async def test_a_bare_number_finds_its_symbols_and_the_query_says_how_to_write_one(ds):
    # "1288" is no symbol: the document query finds nothing, and its description says why and where to go.
    assert await get_json(ds, "/bulletins/articles_citing_document.json", code="1288") == []
    description = QUERIES["articles_citing_document"]["description"]
    assert ("1288/QĐ-TTg" in description and "bare number" in description
            and "Documents cited with a number" in description)
    page = await ds.client.get("/bulletins/articles_citing_document", params={"code": "1288"})
    assert "A bare number (1288) is no symbol" in page.text
    for number in ("1288", " 01288 "):
        rows = await get_json(ds, "/bulletins/documents_with_number.json", number=number)
        assert [r["code"] for r in rows] == ["1288/QĐ-TTg"] and rows[0]["articles"] >= 1
    cited = await get_json(ds, "/bulletins/articles_citing_document.json", code="1288/QD-TTg")
    assert len({r["article"] for r in cited}) == rows[0]["articles"]


@pytest.mark.anyio
async def test_part_of_links_to_its_total_and_exports_keep_the_offset(tmp_path):
    from db.write import ensure_site

    path = tmp_path / "bulletins.db"
    database = open_db(path)
    ensure_site(database, "haiduong", "Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/", "Hải Dương")
    body = "Kinh phí 1,2 tỷ đồng, gồm: 700 triệu đồng và 500 triệu đồng."
    facts = [{"type": "money", "field": "body", "text": text,
              "start": body.index(text), "end": body.index(text) + len(text),
              "sentence": body, "value": value, "currency": "VND", "qualifier": None, "per": None,
              "part_of": None if i == 0 else body.index("1,2 tỷ đồng"), "parts": "adds up" if i == 0 else None,
              "parts_sum": 1_200_000_000 if i == 0 else None}
             for i, (text, value) in enumerate([("1,2 tỷ đồng", 1_200_000_000), ("700 triệu đồng", 700_000_000),
                                                ("500 triệu đồng", 500_000_000)])]  # fmt: skip
    save_article(database, article(body=body), facts, "1.0")
    database.close()
    site = datasette(path)
    total = body.index("1,2 tỷ đồng")
    for table in ("money_facts", "money"):
        page = (await site.client.get(f"/bulletins/{table}", params={"part_of__notblank": "1"})).text
        assert f'href="/bulletins/money/1,body,{total},{total + len("1,2 tỷ đồng")}"' in page, table
        assert "part of 1,2 tỷ đồng" in page
    rows = await get_json(site, "/bulletins/money_facts.json", part_of__notblank="1")
    assert {r["part_of"] for r in rows} == {total}  # the data keeps the offset


@pytest.mark.anyio
async def test_a_site_without_articles_is_no_source_and_offers_no_province(tmp_path):
    from db.metadata import sites_of

    path = tmp_path / "bulletins.db"
    database = open_db(path)
    ensure_site(database, "haiduong", "Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/", "Hải Dương")
    ensure_site(database, "danang", "Sở Công Thương Đà Nẵng", "https://socongthuong.danang.gov.vn/", "Đà Nẵng")
    save_article(database, article(), FACTS, "1.0")  # haiduong's; Đà Nẵng gave nothing (a crawl still going)
    database.close()
    assert sites_of(path) == [("Sở Công Thương Hải Dương", "http://sct.haiduong.gov.vn/")]
    page = (await datasette(path).client.get("/-/dashboards/overview")).text
    assert '<option value="Hải Dương"' in page and "Đà Nẵng" not in page
    assert '<option value="2023"' in page  # years as text: the one chosen stays selected after Apply
    chosen = (await datasette(path).client.get("/-/dashboards/overview", params={"year": "2023"})).text
    assert '<option value="2023" selected>' in chosen.replace("  ", " ")
