"""money.restates in the database: stored as the extractor gives it, in the money_facts view, left out
of the honest sums, and added to a database made before the column (migration)."""

import sqlite3

import db as dbmod
from db import open_db
from db.metadata import NO_PART_NO_RATE
from db.write import save_article
from extract import extract_article_facts

BODY = ("Tổng kinh phí hỗ trợ: 11.072.000.000 đồng (Bằng chữ: Mười một tỷ không trăm bảy mươi hai triệu "
        "đồng). Năm sau dự kiến hai tỷ đồng.")


def sql(path, query, *params):
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def _save(path):
    database = open_db(path)
    facts = extract_article_facts(None, None, BODY)
    save_article(database, {"url": "https://x/1", "body": BODY}, facts, "t")
    database.close()
    return facts


def test_restates_is_stored_and_in_the_view(tmp_path):
    path = tmp_path / "b.db"
    facts = _save(path)
    digits = next(f for f in facts if f["text"] == "11.072.000.000 đồng")
    assert sql(path, "SELECT text, restates FROM money ORDER BY start") == [
        ("11.072.000.000 đồng", None),
        ("Mười một tỷ không trăm bảy mươi hai triệu đồng", digits["start"]),
        ("hai tỷ đồng", None),
    ]
    assert sql(path, "SELECT restates FROM money_facts WHERE text LIKE 'Mười%'") == [(digits["start"],)]


def test_honest_sums_leave_a_restatement_out(tmp_path):
    path = tmp_path / "b.db"
    _save(path)
    total = sql(path, f"SELECT sum(m.value) FROM money m WHERE {NO_PART_NO_RATE}")
    assert total == [(11_072_000_000 + 2_000_000_000,)]


def test_a_database_before_the_column_gets_it(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    before = dbmod.MIGRATIONS.index(dbmod.schema._money_restatements)
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:before])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", before)
    old = open_db(path)
    old.close()
    monkeypatch.undo()
    # A database of that version as released: its money table had no restates column, its view neither.
    with sqlite3.connect(path) as conn:
        conn.execute("DROP VIEW money_facts")
        conn.execute("ALTER TABLE money DROP COLUMN restates")
        conn.execute(f"CREATE VIEW money_facts AS {dbmod.schema.FACT_VIEWS['money_facts'].replace('m.restates, ', '')}")
    assert "restates" not in [row[1] for row in sql(path, "PRAGMA table_info(money)")]
    _save(path)
    assert sql(path, "SELECT count(*) FROM money WHERE restates IS NOT NULL") == [(1,)]
    assert sql(path, "SELECT count(*) FROM money_facts WHERE restates IS NOT NULL") == [(1,)]
