"""Per-site coverage of a crawl: of the articles stored, the share with a title, a time, a body and facts.

Counted in the crawl's stats as articles are stored (``coverage/<site>/<field>``; in a shared crawl, by its
one writer: ``ByArticle``), written to the ``run_sites`` table when the crawl (the writer) closes
(db.write.save_run_sites), and compared with the site's previous
run: a share that falls well below it says the site's layout changed under the crawler.
"""

PREFIX = "coverage/"
FIELDS = ("with_title", "with_published", "with_body", "with_facts")
LABELS = {"with_title": "title", "with_published": "published", "with_body": "body", "with_facts": "facts"}


def present(title, published, body, facts: int) -> tuple[str, ...]:
    """The coverage fields an article has (``facts``: how many facts were stored with it)."""
    values = {"with_title": title, "with_published": published, "with_body": body, "with_facts": facts > 0}
    return tuple(name for name, value in values.items() if value)


def count(stats, article, facts: int) -> None:
    """Count one stored article (``facts``: how many facts were stored with it)."""
    site = article.site or "-"
    stats.inc_value(f"{PREFIX}{site}/articles")
    for name in present(article.title, article.published, article.body, facts):
        stats.inc_value(f"{PREFIX}{site}/{name}")


class ByArticle:
    """Coverage kept by the writer of a shared crawl (db/ingest.py), once per article URL.

    The writer may store an article twice in one run (a message replayed after a writer died, a page
    fetched again after its worker died): its last storing counts, as its row in the database does.
    """

    def __init__(self):
        self.articles: dict[str, tuple[str, tuple[str, ...]]] = {}

    def add(self, article: dict, facts: int) -> None:
        self.articles[article["url"]] = (article.get("site") or "-", present(
            article.get("title"), article.get("published"), article.get("body"), facts))

    def by_site(self) -> dict[str, dict[str, int]]:
        """``{site: {"articles": n, "with_title": n, ...}}``, as from_stats gives for one process."""
        coverage: dict[str, dict[str, int]] = {}
        for site, fields in self.articles.values():
            counts = coverage.setdefault(site, dict.fromkeys(("articles", *FIELDS), 0))
            counts["articles"] += 1
            for name in fields:
                counts[name] += 1
        return coverage


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
