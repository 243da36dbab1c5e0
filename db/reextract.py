"""Run the current extractor over the stored articles, without fetching anything."""

import time

import sqlite_utils
from tqdm import tqdm

import extract

from .write import finish_run, record_error, replace_facts, start_run, transaction

BATCH = 500  # articles read per query: bounded memory without a cursor held open across commits


def reextract(db: sqlite_utils.Database, *, command: str = "reextract", progress: bool = True) -> dict:
    """Replace every article's facts with what ``extract.extract_article_facts`` finds now.

    One pass in id order, one transaction per article; article rows keep
    their content and fetched_at (only their extractor_version changes). An article on which the
    extractor raises keeps its old facts and is logged in ``crawl_errors``.
    Records a ``runs`` row and returns its totals with the time spent in the
    extractor and in all.
    """
    version = extract.EXTRACTOR_VERSION
    run_id = start_run(db, command, version)
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    articles = facts_written = errors = 0
    extract_seconds = 0.0
    started = time.perf_counter()
    last_id = 0
    with tqdm(total=total, unit="article", disable=not progress, desc="reextract") as bar:
        while batch := db.execute(
            "SELECT id, url, site, published, title, lead, body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, BATCH),
        ).fetchall():
            for article_id, url, site, published, title, lead, body in batch:
                t0 = time.perf_counter()
                try:
                    facts = extract.extract_article_facts(title, lead, body)
                except Exception as error:  # the extractor's bug must not stop the pass
                    errors += 1
                    record_error(db, url, None, f"reextract: {type(error).__name__}: {error}", site)
                    continue
                finally:
                    extract_seconds += time.perf_counter() - t0
                    bar.update()
                with transaction(db):
                    replace_facts(db, article_id, facts, version, published, published)
                    db.conn.execute(
                        "UPDATE articles SET extractor_version = ? WHERE id = ?", (version, article_id)
                    )
                articles += 1
                facts_written += len(facts)
            last_id = batch[-1][0]
    finish_run(db, run_id, pages=0, articles=articles, facts=facts_written, errors=errors)
    return {
        "run": run_id,
        "articles": articles,
        "facts": facts_written,
        "errors": errors,
        "extract_seconds": extract_seconds,
        "total_seconds": time.perf_counter() - started,
    }
