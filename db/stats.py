"""What a database holds: rows per table, and articles and facts per site, province and year."""

import sqlite_utils

from .schema import ALL_FACT_TABLES

TABLES = ("sites", "articles", "documents", *ALL_FACT_TABLES, "crawl_errors", "runs")
# Key in the result -> column of articles a / sites s it groups by.
BY = {"sites": "a.site", "provinces": "s.province", "provinces_new": "s.province_new", "years": "a.year"}


def stats(db: sqlite_utils.Database) -> dict:
    """``{"tables": {table: rows}, "sites": [...], "years": [...]}``.

    Per site, province (as published, and since the 2025 merger) and year: articles, and their facts
    of all types together.
    """
    facts_per_article = (
        "WITH f AS (SELECT article, count(*) AS n FROM ("
        + " UNION ALL ".join(f"SELECT article FROM {t}" for t in ALL_FACT_TABLES)
        + ") GROUP BY article) "
    )
    by = {
        key: [
            dict(zip(("key", "articles", "facts"), row, strict=True))
            for row in db.execute(
                f"{facts_per_article} SELECT {column}, count(*), coalesce(sum(f.n), 0) "
                "FROM articles a LEFT JOIN f ON f.article = a.id LEFT JOIN sites s ON s.site = a.site "
                f"GROUP BY {column} ORDER BY {column}"
            ).fetchall()
        ]
        for key, column in BY.items()
    }
    return {"tables": {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}, **by}


def format_stats(result: dict) -> str:
    """The stats as aligned plain text."""
    lines = ["rows per table"]
    lines += [f"  {table:<14}{count:>10,}" for table, count in result["tables"].items()]
    for title, key in (("per site", "sites"), ("per province", "provinces"),
                       ("since 2025", "provinces_new"), ("per year", "years")):
        lines += ["", f"{title:<16}{'articles':>10}{'facts':>10}"]
        lines += [
            f"  {str(row['key'] if row['key'] is not None else '(none)'):<14}"
            f"{row['articles']:>10,}{row['facts']:>10,}"
            for row in result[key]
        ]
    return "\n".join(lines)
