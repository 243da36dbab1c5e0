"""`python -m db release FILE DIR`: a Frictionless data package, CSVs, CITATION.cff, a data dictionary, a README.

The package is checked by frictionless itself (its Python API and its command line), the CFF file
against the published CFF 1.2.0 JSON schema (shipped in tests/data: there is no network at test time).
"""

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_db_write import FACTS, article

from db import open_db
from db.__main__ import main
from db.metadata import TABLES, metadata
from db.sample import sample_article
from db.write import ensure_site, finish_run, record_error, save_article, start_run

CFF_SCHEMA = Path(__file__).parent / "data" / "citation-file-format-1.2.0.schema.json"


def build(path, *, runs=True):
    database = open_db(path)
    ensure_site(database, "haiduong", "Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")
    ensure_site(database, "moit", "Bộ Công Thương", "https://moit.gov.vn")
    if runs:
        run = start_run(database, "scrapy crawl socongthuong", "1.0")
    # The seed-like article, with a body over several lines and a quote, and generated ones.
    save_article(database, article(lead='Sở "Công Thương"\nHải Dương, 2023.'),
                 FACTS, "1.0")  # fmt: skip
    for i in range(2, 12):
        save_article(database, *sample_article(i), "1.0")
    record_error(database, "https://haiduong.gov.vn/tin/404", 404, "HTTP 404", site="haiduong")
    if runs:
        finish_run(database, run, pages=12, articles=11, facts=40, errors=1)
        database.execute("UPDATE runs SET started = '2026-11-27T10:00:00+00:00', "
                         "finished = '2026-11-27T10:05:00+00:00'")
    # A view such as the fact views of the research tables: released like a table.
    database.execute("CREATE VIEW IF NOT EXISTS money_by_site AS SELECT a.site, m.currency, "
                     "count(*) AS amounts, sum(m.value) AS total FROM money m JOIN articles a ON a.id = m.article "
                     "GROUP BY a.site, m.currency")  # fmt: skip
    database.conn.commit()
    database.close()
    return path


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    base = tmp_path_factory.mktemp("release")
    db_path = build(base / "bulletins.db")
    out = base / "release"
    assert main(["release", str(db_path), str(out)]) == 0
    return db_path, out


def package(out):
    return json.loads((out / "datapackage.json").read_text("utf-8"))


def test_frictionless_validates_the_package(released):
    from frictionless import validate

    _, out = released
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = [task.name for task in report.tasks]
    assert names[:2] == ["sites", "articles"]
    assert {"money", "legal_refs", "counts", "dates", "periods", "percents", "documents", "crawl_errors", "runs",
            "money_by_site"} <= set(names)  # fmt: skip
    assert "articles_fts" not in " ".join(names)


def test_frictionless_command_line_validates_it(released):
    _, out = released
    command = Path(sys.executable).with_name("frictionless")
    result = subprocess.run([str(command), "validate", "datapackage.json"], cwd=out, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "INVALID" not in result.stdout and "VALID" in result.stdout


def test_a_changed_file_fails_its_checksum(released, tmp_path):
    from frictionless import validate

    _, out = released
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(out), str(copy)], check=True)
    sites = copy / "data" / "sites.csv"
    sites.write_text(sites.read_text("utf-8").replace("Bộ Công Thương", "Bộ Công Thương (sửa)"), "utf-8")
    report = validate(copy / "datapackage.json")
    assert not report.valid
    assert {"hash-count", "byte-count"} <= {error[0] for error in report.flatten(["type"])}


def test_schemas_come_from_the_database_types_and_the_project_descriptions(released):
    _, out = released
    resources = {r["name"]: r for r in package(out)["resources"] if r["format"] != "parquet"}
    fields = {name: {f["name"]: f for f in r["schema"]["fields"]} for name, r in resources.items()}
    assert fields["money"]["value"]["type"] == "integer"
    assert fields["money"]["value_text"]["type"] == "string"
    assert fields["articles"]["url"]["constraints"] == {"required": True}
    assert resources["money"]["schema"]["primaryKey"] == ["article", "field", "start", "end"]
    assert ({"fields": ["article"], "reference": {"resource": "articles", "fields": ["id"]}}
            in resources["money"]["schema"]["foreignKeys"])
    assert resources["money"]["description"] == TABLES["money"]["description"]
    checked = 0
    for table, described in TABLES.items():
        for column, description in described.get("columns", {}).items():
            if table in fields and column in fields[table]:
                assert fields[table][column]["description"] == description
                checked += 1
    assert checked > 80
    # A view's columns typed from their values.
    assert fields["money_by_site"]["amounts"]["type"] == "integer"
    assert fields["money_by_site"]["site"]["type"] == "string"


def test_csv_files_hold_the_rows_and_their_checksums(released):
    db_path, out = released
    import sqlite3

    conn = sqlite3.connect(db_path)
    for resource in package(out)["resources"]:
        if resource["format"] == "parquet":  # tests/test_db_scale.py reads them back
            continue
        data = (out / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        with (out / resource["path"]).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == [c[1] for c in conn.execute(f"PRAGMA table_info([{resource['name']}])")]
        assert len(rows) - 1 == conn.execute(f"SELECT count(*) FROM [{resource['name']}]").fetchone()[0]
    with (out / "data" / "articles.csv").open(encoding="utf-8", newline="") as f:
        seed = next(row for row in csv.DictReader(f) if row["id"] == "1")
    assert seed["lead"] == 'Sở "Công Thương"\nHải Dương, 2023.'
    assert seed["body"] == article()["body"]
    with (out / "data" / "money.csv").open(encoding="utf-8", newline="") as f:
        assert {"article": "1", "text": "11,072 tỷ đồng", "value": "11072000000", "qualifier": ""}.items() <= next(
            row for row in csv.DictReader(f) if row["article"] == "1").items()  # fmt: skip


def test_citation_cff_is_valid_against_the_cff_schema(released):
    import jsonschema

    _, out = released
    cff = yaml.safe_load((out / "CITATION.cff").read_text("utf-8"))
    schema = json.loads(CFF_SCHEMA.read_text("utf-8"))
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(cff)
    assert cff["type"] == "dataset" and cff["date-released"] == "2026-11-27"
    assert {(r["title"], r["url"]) for r in cff["references"]} == {
        ("Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn"),
        ("Bộ Công Thương", "https://moit.gov.vn"),
    }


def test_the_cff_schema_rejects_a_broken_citation():
    import jsonschema

    schema = json.loads(CFF_SCHEMA.read_text("utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"cff-version": "1.2.0", "title": "x", "authors": []}, schema)  # no message


def test_readme_and_data_dictionary(released):
    _, out = released
    readme = (out / "README.md").read_text("utf-8")
    for expected in (
        "- Cổng thông tin điện tử tỉnh Hải Dương: <https://haiduong.gov.vn>",
        "- Bộ Công Thương: <https://moit.gov.vn>",
        "please name the publishers",
        "between 2026-11-27T10:00:00+00:00 and 2026-11-27T10:05:00+00:00",
        "Versions used by the runs: 1.0.",
        "| `data/articles.csv` | 11 |",
        "## Known limits",
        "Apache License 2.0",
    ):
        assert expected in readme, expected
    dictionary = (out / "DATA_DICTIONARY.md").read_text("utf-8")
    assert "## `money` (table, " in dictionary
    assert f"| `currency` | string |  | {TABLES['money']['columns']['currency']} |" in dictionary
    assert "`article` → `articles.id`" in dictionary


def test_releasing_twice_writes_the_same_bytes(released, tmp_path):
    db_path, out = released
    again = tmp_path / "again"
    assert main(["release", str(db_path), str(again)]) == 0
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert len(files) > 10
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_no_run_recorded_needs_a_date(tmp_path, capsys):
    db_path = build(tmp_path / "bulletins.db", runs=False)
    assert main(["release", str(db_path), str(tmp_path / "out")]) == 2
    assert "runs is empty" in capsys.readouterr().err
    assert main(["release", str(db_path), str(tmp_path / "out"), "--date", "1/12/2026"]) == 2
    assert "not a date YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main(["release", str(db_path), str(tmp_path / "out"), "--date", "2026-12-01", "--version", "1.0"]) == 0
    cff = yaml.safe_load((tmp_path / "out" / "CITATION.cff").read_text("utf-8"))
    assert (cff["date-released"], cff["version"]) == ("2026-12-01", "1.0")


def test_missing_database_is_one_line_error(tmp_path, capsys):
    assert main(["release", str(tmp_path / "nope.db"), str(tmp_path / "out")]) == 2
    assert "no such database file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_datasette_metadata_names_source_and_licence():
    one = metadata("bulletins", [("Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")])
    assert (one["source"], one["source_url"]) == ("Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn")
    assert one["license_url"] == "https://creativecommons.org/licenses/by/4.0/" and "CC-BY-4.0" in one["license"]
    assert "© their publishers" in one["license"] and "code Apache-2.0" in one["license"]
    several = metadata("demo", [("Sở A", "https://a.gov.vn"), ("Sở B", "https://b.gov.vn")])
    assert several["source_url"] == "/demo/sites" and "Sở A, Sở B" in several["source"]


def test_a_folder_with_other_files_is_refused_and_a_previous_release_replaced(released, tmp_path, capsys):
    db_path, _ = released
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("keep me")
    assert main(["release", str(db_path), str(other)]) == 2
    assert "not a previous release" in capsys.readouterr().err
    assert [p.name for p in other.iterdir()] == ["mine.txt"]

    out = tmp_path / "out"
    assert main(["release", str(db_path), str(out)]) == 0
    stale = out / "data" / "dropped_table.csv"  # a table an older release had
    stale.write_text("a\n1\n")
    described = json.loads((out / "datapackage.json").read_text("utf-8"))
    described["resources"].append({"name": "dropped_table", "path": "data/dropped_table.csv"})
    (out / "datapackage.json").write_text(json.dumps(described))
    assert main(["release", str(db_path), str(out)]) == 0
    assert not stale.exists()
    assert len(list((out / "data").iterdir())) == len(package(out)["resources"])


def test_the_data_has_its_terms_per_file_and_per_source_and_the_code_its_licence_apart(released):
    from frictionless import validate

    _, out = released
    descriptor = package(out)
    assert [license["name"] for license in descriptor["licenses"]] == ["CC-BY-4.0"]  # the data's, not the code's
    assert [license["name"] for license in descriptor["x-code"]["licenses"]] == ["Apache-2.0"]
    terms = {r["name"]: r["licenses"] for r in descriptor["resources"]}
    assert terms["money-parquet"] == terms["money"]  # a Parquet file has its CSV twin's terms
    assert [t["path"] for t in terms["articles"]] == ["TERMS.md#article-texts"]  # the publishers' texts
    assert "© the publisher" in terms["articles"][0]["title"] and "ask the publisher" in terms["articles"][0]["title"]
    assert [t.get("name") for t in terms["money"]] == ["CC-BY-4.0", None]  # facts, and the sentences quoted
    assert [t.get("name") for t in terms["documents"]] == ["CC-BY-4.0"]
    text = (out / "TERMS.md").read_text("utf-8")
    assert "| Cổng thông tin điện tử tỉnh Hải Dương | <https://haiduong.gov.vn> | © Cổng thông tin điện tử tỉnh " \
           "Hải Dương, kept for research; ask the publisher | CC-BY-4.0, attributing" in text
    assert "Apache-2.0" in text and "covers the code, not this data" in text
    assert validate(out / "datapackage.json").valid


def test_a_release_of_local_copies_says_it_is_a_demo_and_names_no_local_publisher(tmp_path):
    from frictionless import validate

    path = tmp_path / "demo.db"
    database = open_db(path)
    ensure_site(database, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1:8731/")
    ensure_site(database, "nothing", "Sở Công Thương Đà Nẵng", "https://sct.danang.gov.vn/")  # gave no article
    run = start_run(database, "python -m spiders.demo", "1.0")
    save_article(database, article(), FACTS, "1.0")
    finish_run(database, run, pages=3, articles=1, facts=len(FACTS), errors=0)
    database.close()
    out = tmp_path / "release"
    assert main(["release", str(path), str(out)]) == 0
    readme, cff_text = (out / "README.md").read_text("utf-8"), (out / "CITATION.cff").read_text("utf-8")
    descriptor = package(out)
    for text in (readme, cff_text, json.dumps(descriptor["sources"]), (out / "TERMS.md").read_text("utf-8")):
        assert "127.0.0.1" not in text and "Đà Nẵng" not in text
    assert "A demo, not a publication" in readme and "demo" in descriptor["x-demo"]
    cff = yaml.safe_load(cff_text)
    assert "demo" in cff["title"] and "references" not in cff
    assert validate(out / "datapackage.json").valid
