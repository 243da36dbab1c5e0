"""The schema: tables, types, keys, indexes, migrations, and refusing files that are not ours."""

import sqlite3

import pytest
import sqlite_utils

import db as dbmod
from db import DatabaseFileError, open_db, open_existing
from db.schema import ALL_FACT_TABLES, APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "bulletins.db")
    yield database
    database.close()


def test_tables(db):
    assert set(db.table_names()) >= {
        "sites", "articles", "documents", "money", "legal_refs", "counts", "dates",
        "periods", "percents", "other_facts", "crawl_errors", "runs", "articles_fts",
    }  # fmt: skip


def test_wal_foreign_keys_and_version(db):
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_page_cache_for_big_databases(tmp_path, db):
    # SQLite's default is 2,000 KiB (-2000): too small for the indexes past 10^4 articles.
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -dbmod.CACHE_KIB <= -64 * 1024
    assert sqlite3.connect(tmp_path / "bulletins.db").execute("PRAGMA cache_size").fetchone()[0] == -2000


def test_articles_columns_and_keys(db):
    articles = db["articles"]
    assert articles.pks == ["id"]
    assert articles.columns_dict["published"] is str
    assert articles.columns_dict["year"] is int
    assert {fk.column: (fk.other_table, fk.other_column) for fk in articles.foreign_keys} == {
        "site": ("sites", "site")
    }
    unique = [i for i in articles.indexes if i.unique]
    assert [i.columns for i in unique] == [["url"]]
    indexed = {tuple(i.columns) for i in articles.indexes}
    assert {("site",), ("category",), ("year",)} <= indexed


@pytest.mark.parametrize("table", ALL_FACT_TABLES)
def test_fact_tables_share_provenance_columns(db, table):
    columns = db[table].columns_dict
    for column, type_ in {"article": int, "field": str, "start": int, "end": int,
                          "text": str, "sentence": str, "extractor_version": str}.items():  # fmt: skip
        assert columns[column] is type_, column
    assert db[table].pks[:4] == ["article", "field", "start", "end"]
    fks = {fk.column: fk.other_table for fk in db[table].foreign_keys}
    assert fks["article"] == "articles"
    assert "STRICT" in db[table].schema


def test_typed_fact_columns(db):
    assert db["money"].columns_dict == {
        **db["money"].columns_dict, "value": int, "value_text": str, "currency": str, "qualifier": str,
    }  # fmt: skip
    refs = db["legal_refs"].columns_dict
    assert (refs["number"], refs["year"], refs["issued"]) == (str, int, str)
    assert {fk.column: fk.other_table for fk in db["legal_refs"].foreign_keys}["document"] == "documents"
    assert db["counts"].columns_dict["value"] is int
    assert db["periods"].columns_dict["start_year"] is int


def test_strict_tables_refuse_floats_in_integer_columns(db):
    db.execute("INSERT INTO articles (url) VALUES ('https://a')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO money (article, field, start, \"end\", text, value, value_text) "
            "VALUES (1, 'body', 0, 3, 'x', 2.5, '2.5')"
        )


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO counts (article, field, start, \"end\", text, value, unit) "
            "VALUES (999, 'body', 0, 3, 'x', 1, 'đề án')"
        )


def test_reopening_migrates_nothing(tmp_path):
    path = tmp_path / "b.db"
    open_db(path).close()
    before = sqlite_utils.Database(path).execute("select sql from sqlite_master order by name").fetchall()
    open_db(path).close()
    after = sqlite_utils.Database(path).execute("select sql from sqlite_master order by name").fetchall()
    assert before == after


def test_migrations_run_in_order_once(tmp_path, monkeypatch):
    path = tmp_path / "b.db"
    open_db(path).close()
    calls = []

    def v2(database):
        calls.append(2)
        database["articles"].add_column("language", str)

    version = len(dbmod.MIGRATIONS) + 1  # whatever migrations other branches appended
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, v2])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", version)
    database = open_db(path)
    assert "language" in database["articles"].columns_dict
    assert database.execute("PRAGMA user_version").fetchone()[0] == version
    database.close()
    open_db(path).close()
    assert calls == [2]


def test_missing_file_is_an_error_for_readers(tmp_path):
    with pytest.raises(DatabaseFileError, match="no such database file"):
        open_existing(tmp_path / "nope.db")


def test_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("hello, not a database\n" * 100)
    with pytest.raises(DatabaseFileError, match="not a SQLite database"):
        open_db(path)


def test_someone_elses_sqlite(tmp_path):
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["dogs"].insert({"name": "Cleo"})
    with pytest.raises(DatabaseFileError, match="not a bulletins database"):
        open_db(path)
    assert sqlite_utils.Database(path).table_names() == ["dogs"]  # left untouched


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "b.db"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseFileError, match="newer"):
        open_db(path)


def test_provenance_columns_added_to_an_old_database(tmp_path, monkeypatch):
    """A database made before the archive branch gets the provenance columns; its articles were live."""
    path = tmp_path / "old.db"
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:1])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    old = open_db(path)
    old["sites"].insert({"site": "s"})
    old["articles"].insert({"url": "http://a/1", "site": "s", "title": "T", "body": "B"})
    old.close()
    monkeypatch.undo()
    database = open_db(path)
    columns = database["articles"].columns_dict
    assert {c: columns[c] for c in ("source", "archived_at", "archive_url", "warc_file", "warc_offset",
                                    "body_sha256")} == {
        "source": str, "archived_at": str, "archive_url": str, "warc_file": str, "warc_offset": int,
        "body_sha256": str}
    assert database.execute("SELECT source FROM articles").fetchall() == [("live",)]
    database.close()
