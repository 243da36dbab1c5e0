"""``python -m db reparse``: stored pages re-read from their WARC records, with no network."""

import dataclasses
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys

import pytest

from db import open_db
from db import reparse as reparse_module
from db.reparse import reparse
from reader import profiles
from spiders.run import FAST_SETTINGS, PROJECT_ROOT, run_crawl
from testsites import serve

SEED_TITLE = "Hoạt động khuyến công tỉnh Hải Dương giai đoạn 2014-2018"


# A busy machine answers slower than FAST_SETTINGS' 1 s timeout; these tests need every article.
PATIENT = {"DOWNLOAD_TIMEOUT": "30"}


def query(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A crawl of the Hải Dương copy, its database and WARC file."""
    tmp = tmp_path_factory.mktemp("reparse")
    server = serve("haiduong", slow_seconds=0)
    try:
        settings = {**FAST_SETTINGS, **PATIENT, "EXTRACT_WORKERS": "0", "WARC_DIR": str(tmp / "crawls")}
        result = run_crawl(tmp / "b.db", site="haiduong", start_url=server.url, **settings)
        assert result.returncode == 0, result.stderr[-3000:]
        seed_url = f"{server.url}NewsDetail.aspx?id={server.site.seed_id}"
    finally:
        server.shutdown()  # reparse must not need it
    return tmp / "b.db", seed_url


@pytest.fixture
def db_path(crawled, tmp_path):
    path = tmp_path / "b.db"
    shutil.copy(crawled[0], path)
    return path


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("reparse tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def run_reparse(db_path):
    database = open_db(db_path)
    try:
        return reparse(database, db_path=db_path)
    finally:
        database.close()


def test_an_unchanged_database_is_left_as_it_is(db_path, no_network):
    before = query(db_path, "SELECT * FROM articles ORDER BY id")
    report = run_reparse(db_path)
    assert report.articles >= 40 and not report.errors
    assert (report.changed, report.facts_added, report.facts_removed) == ([], 0, 0)
    assert query(db_path, "SELECT * FROM articles ORDER BY id") == before


def test_a_stored_title_and_lost_facts_are_restored_from_the_page(crawled, db_path, no_network):
    _, seed_url = crawled
    [(article_id, money)] = query(db_path, "SELECT a.id, count(m.article) FROM articles a JOIN money m "
                                           "ON m.article = a.id WHERE a.url = ?", seed_url)
    assert money > 0
    with sqlite3.connect(db_path) as conn:  # as if an older parser had read the page wrong
        conn.execute("UPDATE articles SET title = 'Tiêu đề sai' WHERE id = ?", (article_id,))
        conn.execute("DELETE FROM money WHERE article = ?", (article_id,))
    report = run_reparse(db_path)
    assert report.changed == [(seed_url, ["title"])]
    assert report.facts_added == money and report.facts_removed == 0
    assert query(db_path, "SELECT title FROM articles WHERE id = ?", article_id) == [(SEED_TITLE,)]
    assert query(db_path, "SELECT count(*) FROM money WHERE article = ?", article_id) == [(money,)]
    again = run_reparse(db_path)
    assert (again.changed, again.facts_added, again.facts_removed) == ([], 0, 0)


def test_a_changed_parser_updates_bodies_and_facts_once(db_path, no_network, monkeypatch):
    # The profile now drops every line that gives an amount in tỷ đồng (as a careless selector change would).
    original = profiles.load_profile

    def changed_profile(site):
        profile = original(site)
        drop = (*profile.selectors.drop_lines, re.compile("tỷ đồng"))
        return dataclasses.replace(profile, selectors=dataclasses.replace(profile.selectors, drop_lines=drop))

    monkeypatch.setattr(reparse_module, "load_profile", changed_profile)
    money_before = query(db_path, "SELECT count(*) FROM money WHERE text LIKE '%tỷ đồng%' AND field = 'body'")[0][0]
    assert money_before > 0
    report = run_reparse(db_path)
    changed = dict(report.changed)
    assert changed and all(set(fields) <= {"body", "read_by"} for fields in changed.values())
    bodies = [url for url, fields in changed.items() if "body" in fields]
    assert len(bodies) >= 10 and report.facts_removed >= 10
    rows = {url: (body, json.loads(read_by))
            for url, body, read_by in query(db_path, "SELECT url, body, read_by FROM articles")}
    for url in bodies:  # the family's selectors now drop the lines with tỷ đồng
        assert "tỷ đồng" not in rows[url][0] and rows[url][1]["body"] == "family:aspnet-tables"
    # A body the change would leave too short for an article is read by the generic reader: whole, as before.
    for url in set(changed) - set(bodies):
        assert changed[url] == ["read_by"] and rows[url][1]["body"] == "generic" and "tỷ đồng" in rows[url][0]
    again = run_reparse(db_path)
    assert (again.changed, again.facts_added, again.facts_removed) == ([], 0, 0)


def test_a_missing_warc_file_is_an_error_not_a_crash(db_path, tmp_path, no_network):
    with sqlite3.connect(db_path) as conn:  # the WARC files were not copied along with the database
        conn.execute("UPDATE articles SET warc_file = ?", (str(tmp_path / "gone.warc.gz"),))
    report = run_reparse(db_path)
    assert report.articles == 0 and len(report.errors) >= 40
    assert all("cannot read" in reason for _, reason in report.errors)


def test_command_line(db_path):
    result = subprocess.run([sys.executable, "-m", "db", "reparse", str(db_path)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\d+ articles re-read from their WARC records: 0 changed, 0 facts added, 0 removed, "
                     r"0 errors; run \d+$", result.stdout, re.MULTILINE), result.stdout
