"""Per-site coverage of a crawl: of the articles stored, the share with a title, a time, a body and facts.

Counted in the crawl's stats as articles are stored (``coverage/<site>/<field>``), written to the
``run_sites`` table when the crawl closes (db.write.save_run_sites), and compared with the site's previous
run: a share that falls well below it says the site's layout changed under the crawler.
"""

PREFIX = "coverage/"
FIELDS = ("with_title", "with_published", "with_body", "with_facts")
LABELS = {"with_title": "title", "with_published": "published", "with_body": "body", "with_facts": "facts"}


def count(stats, article, facts: int) -> None:
    """Count one stored article (``facts``: how many facts were stored with it)."""
    site = article.site or "-"
    stats.inc_value(f"{PREFIX}{site}/articles")
    present = {"with_title": article.title, "with_published": article.published, "with_body": article.body,
               "with_facts": facts > 0}
    for name, value in present.items():
        if value:
            stats.inc_value(f"{PREFIX}{site}/{name}")


def from_stats(stats: dict) -> dict[str, dict[str, int]]:
    """``{site: {"articles": n, "with_title": n, ...}}`` from the crawl's stats."""
    coverage: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith(PREFIX):
            site, _, name = key[len(PREFIX):].rpartition("/")
            coverage.setdefault(site, dict.fromkeys(("articles", *FIELDS), 0))[name] = value
    return coverage


def summary(coverage: dict[str, dict[str, int]]) -> str:
    """One line: each site's articles and the share of each field."""
    if not coverage:
        return "Coverage by site: no articles stored"
    parts = []
    for site, counts in sorted(coverage.items()):
        articles = counts["articles"]
        shares = ", ".join(f"{LABELS[name]} {counts[name] / articles:.0%}" for name in FIELDS) if articles else ""
        parts.append(f"{site} {articles} articles ({shares})")
    return "Coverage by site: " + "; ".join(parts)


def drop_warning(site: str, field: str, before: float, now: float) -> str:
    return (f"Coverage of {site} fell: {LABELS[field]} in {now:.0%} of its articles, {before:.0%} in its previous "
            f"run; has the site's layout changed? (python -m spiders.probe URL shows what a page reads as)")
