"""``python -m db serve`` against hostile SQL: a running Datasette on 127.0.0.1, queried over HTTP.

Anyone who can open the site can run SQL. A query must end with a result or an error within Datasette's
time limit (5 s, db/metadata.py SETTINGS), whatever it asks of ``fold()``, and the server must go on
answering. The file is served read-only: immutable unless ``--watch``.
"""

import contextlib
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from db import open_db
from db.metadata import SETTINGS
from db.write import ensure_site

ROOT = Path(__file__).resolve().parents[1]
ANSWER_WITHIN = 15  # seconds: the 5 s time limit and a loaded machine's margin


def start_server(path, *options):
    server = subprocess.Popen([sys.executable, "-m", "db", "serve", str(path), "--port", "0", *options],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line and server.poll() is not None:
            break
        output.append(line)
        found = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
        if found:
            # Keep reading what it writes (Datasette logs a long traceback for every interrupted query):
            # a full pipe would stop the server at its next write.
            threading.Thread(target=lambda: output.extend(server.stdout), daemon=True).start()
            return server, found.group(1), output
    server.kill()
    pytest.fail("datasette did not start:\n" + "".join(output))


@contextlib.contextmanager
def serving(path, *options):
    """``python -m db serve path *options`` running: its base URL and the output it has written so far."""
    server, base, output = start_server(path, *options)
    try:
        yield base, output
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "bulletins.db"
    db = open_db(path)
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")
    db.close()
    with serving(path) as (base, _):
        yield base


def run_sql(base: str, sql: str) -> tuple[dict, float]:
    """Datasette's JSON answer to a query (an error is JSON too), and how long it took."""
    url = f"{base}/bulletins.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=120) as answer:
            body = answer.read()
    except urllib.error.HTTPError as error:
        body = error.read()
    return json.loads(body), time.monotonic() - started


def still_answers(base: str) -> bool:
    with urllib.request.urlopen(f"{base}/bulletins/sites.json?_shape=array", timeout=30) as answer:
        return json.loads(answer.read())[0]["site"] == "haiduong"


@pytest.mark.parametrize("sql, error", [
    # 8 million "ẫ" (24 MB) for fold(): one uninterruptible Python call of about 25 s here, before. Now
    # SQLite refuses to build any string over 2 MiB (db/plugins/limits.py): 2 million "ẫ" are 6 MB.
    ("select length(fold(replace(printf('%.*c', 2000000, 'x'), 'x', 'ẫ')))", "string or blob too big"),
    # 600,000 "ẫ" (1.8 MB, under SQLite's 2 MiB limit): more than fold() takes.
    ("select length(fold(replace(printf('%.*c', 600000, 'x'), 'x', 'ẫ')))", "user-defined function raised exception"),
    ("select length(fold(zeroblob(1000000)))", "user-defined function raised exception"),
    # Many calls, each allowed: Datasette's time limit stops the query between two of them.
    ("with recursive n(i) as (select 1 union all select i + 1 from n) "
     "select count(fold(replace(printf('%.*c', 200000, 'x'), 'x', 'ẫ') || i)) from n",
     "SQL query took too long|user-defined function raised exception"),
])
def test_a_hostile_fold_query_ends_within_the_time_limit_and_the_server_goes_on(datasette, sql, error):
    answer, seconds = run_sql(datasette, sql)
    assert seconds < ANSWER_WITHIN
    assert isinstance(answer, dict) and answer.get("ok") is False, answer
    assert any(one in answer["error"] for one in error.split("|")), answer
    assert still_answers(datasette)


def test_fold_still_folds(datasette):
    answer, _ = run_sql(datasette, "select fold('Đà Nẵng QĐ-TTg') as f")
    assert answer == [{"f": "da nang qd-ttg"}]


@pytest.mark.parametrize("options, mutable", [((), False), (("--watch",), True)])
def test_served_immutable_unless_watched(tmp_path, options, mutable):
    path = tmp_path / "bulletins.db"
    db = open_db(path)
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")
    db.conn.execute("BEGIN")  # a write the log holds (WAL) when serving starts: folded in, so it is seen
    ensure_site(db, "bacgiang", "Sở Công Thương Bắc Giang", "http://127.0.0.1/")
    db.conn.commit()
    try:
        with serving(path, *options) as (base, _):
            with urllib.request.urlopen(f"{base}/-/databases.json", timeout=30) as answer:
                [database] = json.loads(answer.read())
            with urllib.request.urlopen(f"{base}/bulletins/sites.json?_shape=array", timeout=30) as answer:
                sites = {row["site"] for row in json.loads(answer.read())}
    finally:
        db.close()
    assert database["is_mutable"] is mutable
    assert sites == {"haiduong", "bacgiang"}


def test_a_setting_given_on_the_command_line_wins_over_the_projects(tmp_path):
    path = tmp_path / "bulletins.db"
    db = open_db(path)
    ensure_site(db, "haiduong", "Sở Công Thương Hải Dương", "http://127.0.0.1/")
    db.close()
    with serving(path, "--setting", "sql_time_limit_ms", "12345") as (base, _), \
            urllib.request.urlopen(f"{base}/-/settings.json", timeout=30) as answer:
        settings = json.loads(answer.read())
    assert settings["sql_time_limit_ms"] == 12345
    assert settings["facet_time_limit_ms"] == SETTINGS["facet_time_limit_ms"]  # the project's own settings stay
