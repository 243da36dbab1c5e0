"""Run the current extractor over the stored articles, without fetching anything."""

import multiprocessing
import time

import sqlite_utils
from tqdm import tqdm

import extract

from .write import finish_run, record_error, replace_facts, start_run, transaction

BATCH = 500  # articles read per query: bounded memory without a cursor held open across commits


def reextract(
    db: sqlite_utils.Database, *, command: str = "reextract", progress: bool = True, workers: int = 0
) -> dict:
    """Replace every article's facts with what ``extract.extract_article_facts`` finds now.

    One pass in id order, one transaction per article; article rows keep
    their text and fetched_at (only their extractor_version changes). An
    article on which the extractor raises keeps its old facts and is logged
    in ``crawl_errors``. With ``workers`` > 0 the extractor runs in that many
    processes while this one writes, so the pass takes about as long as the
    extraction alone. Records a ``runs`` row and returns its totals, with
    the CPU time spent in the extractor (summed over workers) and the wall time in all.
    """
    version = extract.EXTRACTOR_VERSION
    run_id = start_run(db, command, version)
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    articles = facts_written = errors = 0
    extract_seconds = 0.0
    started = time.perf_counter()
    # fork: workers inherit the extractor already imported (and, in tests, patched).
    pool = multiprocessing.get_context("fork").Pool(workers) if workers else None
    try:
        # Batches are read here: Pool.imap would consume a generator in its own
        # thread, and a sqlite3 connection belongs to the thread that made it.
        results = (
            result
            for batch in _batches(db)
            for result in (pool.imap(_extract, batch, chunksize=8) if pool else map(_extract, batch))
        )
        for (article_id, url, site, published), facts, seconds in tqdm(
            results, total=total, unit="article", disable=not progress, desc="reextract"
        ):
            extract_seconds += seconds
            if isinstance(facts, Exception):  # the extractor's bug must not stop the pass
                errors += 1
                record_error(db, url, None, f"reextract: {type(facts).__name__}: {facts}", site)
                continue
            with transaction(db):
                replace_facts(db, article_id, facts, version, published, published)
                db.conn.execute("UPDATE articles SET extractor_version = ? WHERE id = ?", (version, article_id))
            articles += 1
            facts_written += len(facts)
    finally:
        if pool:
            pool.terminate()
    from .attachment_passes import reextract_attachments  # the articles' files' stored text too

    attachments, attachment_facts = reextract_attachments(db, version)
    facts_written += attachment_facts
    finish_run(db, run_id, pages=0, articles=articles, facts=facts_written, errors=errors)
    return {
        "attachments": attachments,
        "run": run_id,
        "articles": articles,
        "facts": facts_written,
        "errors": errors,
        "extract_seconds": extract_seconds,
        "total_seconds": time.perf_counter() - started,
    }


def _batches(db):
    """Lists of (key, title, lead, body) in id order, key = (id, url, site, published)."""
    last_id = 0
    while batch := db.execute(
        "SELECT id, url, site, published, title, lead, body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        (last_id, BATCH),
    ).fetchall():
        yield [(row[:4], *row[4:]) for row in batch]
        last_id = batch[-1][0]


def _extract(item):
    """(key, facts or the exception raised, seconds): runs in a worker process or inline."""
    key, title, lead, body = item
    t0 = time.process_time()
    try:
        facts = extract.extract_article_facts(title, lead, body)
    except Exception as error:
        facts = error
    return key, facts, time.process_time() - t0
