"""The runs table's status: a run killed before it could close its row is closed by the next run."""

import subprocess
import sys

from db import open_db
from db.write import finish_run, start_run

KILLED_RUN = """
import os, sys
from db import open_db
from db.write import start_run
start_run(open_db(sys.argv[1]), "scrapy crawl socongthuong", "1.0")
os._exit(137)  # as SIGKILL would: no close, no finish_run
"""


def statuses(db) -> dict[str, str]:
    return dict(db.execute("SELECT command, status FROM runs").fetchall())


def test_a_killed_runs_row_is_closed_as_interrupted_by_the_next_run(tmp_path):
    path = tmp_path / "runs.db"
    killed = subprocess.run([sys.executable, "-c", KILLED_RUN, str(path)], capture_output=True, text=True)
    assert killed.returncode == 137, killed.stderr
    db = open_db(path)
    assert statuses(db) == {"scrapy crawl socongthuong": "running"}
    still_going = start_run(db, "python -m db reextract", "1.0")  # this process: alive
    assert statuses(db) == {"scrapy crawl socongthuong": "interrupted", "python -m db reextract": "running"}
    finish_run(db, still_going, pages=0, articles=1, facts=2, errors=0)
    failed = start_run(db, "again", "1.0")
    finish_run(db, failed, pages=3, articles=0, facts=0, errors=1, status="failed")
    assert statuses(db) == {"scrapy crawl socongthuong": "interrupted", "python -m db reextract": "finished",
                            "again": "failed"}
