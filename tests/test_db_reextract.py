"""Re-extraction over stored articles, and the python -m db command line."""

import json
import pathlib
import re
import subprocess
import sys

import pytest
from test_db_write import dump

import extract
from db import open_db
from db.reextract import reextract
from db.sample import sample_article
from db.write import save_article

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture
def path(tmp_path):
    """A database of 30 generated articles with their facts, as a crawl leaves it."""
    path = tmp_path / "bulletins.db"
    database = open_db(path)
    for i in range(30):
        save_article(database, *sample_article(i), "0.0-old")
    database.close()
    return path


def projects(title, lead, body):
    """A stand-in extractor: every "N đề án" in any field, as a count."""
    return [
        {"type": "count", "text": m.group(), "start": m.start(), "end": m.end(), "sentence": text,
         "field": field, "value": int(m.group(1)), "unit": "đề án"}  # fmt: skip
        for field, text in (("title", title), ("lead", lead), ("body", body))
        for m in re.finditer(r"(\d+) đề án", text or "")
    ]


def test_reextract_stores_what_the_real_extractor_finds(path):
    database = open_db(path)
    articles_before = database.execute("SELECT url, title, body, fetched_at, content_hash FROM articles").fetchall()
    result = reextract(database, progress=False)
    assert result["articles"] == 30 and result["errors"] == 0
    expected = 0
    for article_id, title, lead, body in database.execute("SELECT id, title, lead, body FROM articles"):
        facts = extract.extract_article_facts(title, lead, body)
        expected += len(facts)
        stored = sum(
            database.execute(f"SELECT count(*) FROM {t} WHERE article = ?", (article_id,)).fetchone()[0]
            for t in ("money", "legal_refs", "counts", "dates", "periods", "percents", "other_facts")
        )
        assert stored == len({(f["field"], f["start"], f["end"], f["type"]) for f in facts})
    assert result["facts"] == expected
    # Articles are read, never rewritten: text and fetched_at as the crawl left them.
    assert database.execute(
        "SELECT url, title, body, fetched_at, content_hash FROM articles").fetchall() == articles_before
    assert {v for (v,) in database.execute("SELECT extractor_version FROM articles")} == {extract.EXTRACTOR_VERSION}
    run = database["runs"].get(result["run"])
    assert (run["command"], run["articles"], run["facts"], run["extractor_version"]) == (
        "reextract", 30, expected, extract.EXTRACTOR_VERSION,
    )  # fmt: skip
    assert run["finished"] is not None


@pytest.mark.parametrize("workers", [0, 2])
def test_reextract_replaces_facts_and_twice_changes_nothing(path, monkeypatch, workers):
    monkeypatch.setattr(extract, "extract_article_facts", projects)
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "2.0")
    database = open_db(path)
    assert database["money"].count > 0
    reextract(database, progress=False, workers=workers)
    assert database["money"].count == database["legal_refs"].count == database["documents"].count == 0
    counts = database.execute("SELECT DISTINCT unit, extractor_version FROM counts").fetchall()
    assert counts == [("đề án", "2.0")]
    first = dump(database)
    reextract(database, progress=False, workers=workers)
    assert dump(database) == first  # identical, keys included
    assert database["runs"].count == 2


@pytest.mark.parametrize("workers", [0, 1])
def test_an_extractor_error_keeps_old_facts_and_is_logged(path, monkeypatch, workers):
    def flaky(title, lead, body):
        if "(bài 3)" in title:
            raise ValueError("bad number")
        return []

    monkeypatch.setattr(extract, "extract_article_facts", flaky)
    database = open_db(path)
    result = reextract(database, progress=False, workers=workers)
    assert (result["articles"], result["errors"]) == (29, 1)
    kept = database.execute("SELECT DISTINCT a.url FROM money m JOIN articles a ON a.id = m.article")
    assert [url for (url,) in kept] == [sample_article(3)[0]["url"]]
    (reason,) = database.execute("SELECT reason FROM crawl_errors").fetchone()
    assert reason == "reextract: ValueError: bad number"


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "db", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_reextract(path):
    result = run_cli("reextract", str(path), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert re.match(r"30 articles, \d+ facts, 0 errors in ", result.stdout)
    assert "reextract" in result.stderr  # the progress bar
    (command,) = open_db(path).execute("SELECT command FROM runs").fetchone()
    assert command == f"python -m db reextract {path}"
    # The same facts as extracting in this process.
    with_workers = dump(open_db(path), skip=("runs", "crawl_errors"))
    reextract(open_db(path), progress=False)
    assert dump(open_db(path), skip=("runs", "crawl_errors")) == with_workers


def test_cli_stats(path):
    text = run_cli("stats", str(path))
    assert text.returncode == 0, text.stderr
    assert re.search(r"^  articles\s+30$", text.stdout, re.M)
    assert "per site" in text.stdout and "haiduong" in text.stdout and "per year" in text.stdout
    data = json.loads(run_cli("stats", str(path), "--json").stdout)
    assert data["tables"]["articles"] == 30
    assert sum(s["articles"] for s in data["sites"]) == 30
    assert sum(y["facts"] for y in data["years"]) == sum(
        data["tables"][t] for t in ("money", "legal_refs", "counts", "dates", "periods", "percents", "other_facts")
    )


@pytest.mark.parametrize("command", ["reextract", "stats", "serve"])
def test_cli_missing_and_foreign_files(tmp_path, command):
    missing = run_cli(command, str(tmp_path / "nope.db"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"error: {tmp_path / 'nope.db'}: no such database file"
    assert not (tmp_path / "nope.db").exists()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database")
    result = run_cli(command, str(foreign))
    assert result.returncode == 2
    assert "not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
