"""Datasette metadata for a bulletins database: descriptions, facets, canned queries, charts.

Written for Datasette 0.65 (the stable line), where everything below lives in
one metadata document passed with ``--metadata``. In Datasette 1.0 the same
content splits in two: titles, descriptions, licence and column descriptions
stay in metadata, while table settings (facets, sort, label_column,
fts_table/fts_pk), canned queries and plugin configuration (``plugins``) move
to the configuration file passed with ``-c datasette.yaml``; ``serve`` would
then write both files.
"""

import sqlite3
from pathlib import Path

PLUGINS_DIR = Path(__file__).parent / "plugins"
# Canned queries group whole fact tables: allow them more than the default 1 s.
# Long bodies are cut to 400 characters in tables (row pages show them whole).
SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "truncate_cells_html": 400}

DESCRIPTION = (
    "Articles of Vietnamese government bulletins (provincial portals and "
    "ministries' news pages) and the facts extracted from them: amounts of "
    "money, citations of legal documents, counts of things (projects, "
    "households, ...), dates, periods and percentages. Every fact links to "
    "its article and carries the sentence it was read from, so any figure "
    "can be checked against its source in one click. Search is "
    "accent-insensitive: 'khuyen cong' finds 'khuyến công', 'da nang' finds 'Đà Nẵng'."
)

_FACT_COLUMNS = {
    "article": "The article the fact was read from (click for its text and URL)",
    "field": "Which part of the article start/end index: title, lead or body",
    "start": "Offset of the first character of text in that field (characters, after Unicode NFC)",
    "end": "Offset just after the last character of text in that field (characters)",
    "text": "The fact exactly as written",
    "sentence": "The sentence holding the fact, for checking it in context",
    "extractor_version": "Version of the extractor that found it (see runs)",
}

TABLES = {
    "sites": {
        "description": "The bulletins crawled, one row per spider profile.",
        "label_column": "name",
        "columns": {
            "site": "Short profile name of the site (e.g. haiduong)",
            "name": "Name of the publisher",
            "base_url": "Home page of the bulletin",
        },
    },
    "articles": {
        "description": "One row per article fetched, keyed by its canonical URL. "
        "The search box is accent-insensitive.",
        "label_column": "title",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "facets": ["site", "category", "year"],
        "sort_desc": "published",
        "columns": {
            "id": "Stable row number of the article (facts point to it)",
            "url": "Canonical URL of the article: the source to cite",
            "site": "Site profile it was fetched from",
            "category": "Section of the site it was listed under",
            "title": "Headline",
            "lead": "Standfirst (sapo) under the headline",
            "published": "Publication time as the site states it, ISO 8601, Vietnam time (+07:00)",
            "year": "Year of publication",
            "author": "Byline as written",
            "body": "Main text, Unicode NFC",
            "related": "JSON list of URLs of related articles the page links to",
            "attachments": "JSON list of URLs of attached files (PDF, DOC, ...)",
            "status": "HTTP status of the fetch",
            "fetched_at": "When it was fetched, ISO 8601 UTC",
            "content_hash": "sha256 of title, lead and body: changes when the text does",
            "extractor_version": "Extractor version of the facts now stored for it",
        },
    },
    "money": {
        "description": "Amounts of money. A range or list is one row per number.",
        "facets": ["currency", "qualifier"],
        "sort_desc": "value",
        "columns": {
            **_FACT_COLUMNS,
            "value": "Amount in the currency's unit (đồng for VND, dollars for USD), "
            "integer; empty when fractional (see value_text)",
            "value_text": "The amount as an exact decimal, always filled",
            "currency": "ISO 4217 code (VND, USD, EUR, ...)",
            "qualifier": "approx (khoảng, gần), over (hơn, trên), under (dưới) or empty when exact",
        },
    },
    "legal_refs": {
        "description": "Citations of legal and administrative documents by number symbol "
        "(số, ký hiệu). One row per occurrence.",
        "facets": ["doc_type", "issuer_from_code"],
        "columns": {
            **_FACT_COLUMNS,
            "code": "Number symbol, normalised (e.g. 1288/QĐ-TTg); see documents",
            "doc_type": "Document type: Quyết định, Nghị định, Thông tư, ...",
            "number": "Serial number without leading zeros",
            "year": "Year inside the symbol (45/2012/NĐ-CP -> 2012), when it has one",
            "issued": "Date of issue given right after it in the text, ISO date",
            "issuer": "Issuing body as the text names it",
            "issuer_from_code": "Issuing body read from the symbol (TTg -> Thủ tướng Chính phủ)",
        },
    },
    "documents": {
        "description": "One row per legal document cited anywhere, with how often and "
        "when it is cited. legal_refs link here.",
        "facets": ["doc_type", "year"],
        "sort_desc": "articles_citing",
        "columns": {
            "code": "Number symbol, normalised",
            "doc_type": "Document type as its citations give it (the first alphabetically if they differ)",
            "year": "Year inside the symbol",
            "issued": "Date of issue as its citations give it (the earliest if they differ)",
            "issuer": "Issuing body as its citations name it",
            "issuer_from_code": "Issuing body read from the symbol",
            "articles_citing": "Number of articles citing it",
            "citations": "Number of citations (an article may cite it several times)",
            "first_cited": "Publication date of the first article citing it",
            "last_cited": "Publication date of the last article citing it",
        },
    },
    "counts": {
        "description": "Counts of things written with digits (66 đề án, 40.000 lao động).",
        "facets": ["unit"],
        "sort_desc": "value",
        "columns": {
            **_FACT_COLUMNS,
            "value": "How many (integer)",
            "unit": "What is counted, lower case (đề án, lao động, sản phẩm, lượt, ...)",
        },
    },
    "dates": {
        "description": "Dates mentioned in the text.",
        "sort_desc": "value",
        "columns": {**_FACT_COLUMNS, "value": "The date, ISO 8601 (YYYY-MM-DD)"},
    },
    "periods": {
        "description": "Periods of years (giai đoạn 2016-2020).",
        "facets": ["start_year", "end_year"],
        "columns": {
            **_FACT_COLUMNS,
            "start_year": "First year of the period",
            "end_year": "Last year of the period",
        },
    },
    "percents": {
        "description": "Percentages.",
        "columns": {**_FACT_COLUMNS, "value": "The percentage as an exact decimal (12,5% -> 12.5)"},
    },
    "other_facts": {
        "description": "Facts of types the schema has no table for yet, fields kept as JSON.",
        "facets": ["type"],
        "columns": {
            **_FACT_COLUMNS,
            "type": "Fact type as the extractor names it",
            "data": "Its other fields, JSON",
        },
    },
    "crawl_errors": {
        "description": "Pages that could not be fetched or parsed, and re-extraction failures.",
        "facets": ["site", "status"],
        "sort_desc": "last_seen",
        "columns": {
            "url": "Page URL",
            "status": "HTTP status, empty when none came back",
            "reason": "What went wrong",
            "site": "Site profile",
            "first_seen": "First time it happened, ISO 8601 UTC",
            "last_seen": "Last time it happened, ISO 8601 UTC",
        },
    },
    "runs": {
        "description": "Each crawl or re-extraction, with its totals.",
        "sort_desc": "id",
        "columns": {
            "command": "The command run",
            "extractor_version": "Extractor version used",
            "started": "Start, ISO 8601 UTC",
            "finished": "End, ISO 8601 UTC (empty while running or if it died)",
            "pages": "Pages fetched",
            "articles": "Articles stored",
            "facts": "Facts stored",
            "errors": "Errors recorded",
        },
    },
    "articles_fts": {"hidden": True},
}

# Vietnamese digit grouping for display: 11072000000 -> 11.072.000.000
_AMOUNT = "replace(printf('%,d', m.value), ',', '.')"

QUERIES = {
    "money_by_site_and_year": {
        "title": "Money by site and year",
        "description": "Amounts mentioned per site, year and currency. Totals add up "
        "every amount written, rates per unit included: a guide to where the money "
        "is talked about, not an account.",
        "sql": """select a.site, a.year, m.currency, count(*) as amounts,
  count(distinct a.id) as articles, sum(m.value) as total,
  replace(printf('%,d', sum(m.value)), ',', '.') as total_formatted
from money m join articles a on a.id = m.article
group by a.site, a.year, m.currency
order by a.site, a.year, m.currency""",
    },
    "most_cited_documents": {
        "title": "Most cited legal documents",
        "description": "Documents by the number of articles citing them.",
        "sql": """select code, doc_type, issuer, issued, articles_citing, citations,
  first_cited, last_cited
from documents order by articles_citing desc, citations desc, code limit 200""",
    },
    "articles_citing_document": {
        "title": "Articles that cite a document",
        "description": "Enter a number symbol as written in documents.code, e.g. 1288/QĐ-TTg.",
        "sql": """select a.id as article, a.title, a.published, a.url, r.text, r.sentence
from legal_refs r join articles a on a.id = r.article
where r.code = :code
order by a.published, a.id, r.field, r.start""",
    },
    "largest_amounts": {
        "title": "Largest amounts, with their sentences",
        "description": "The largest amounts in a currency (VND unless you choose another), "
        "each with the sentence and article it comes from.",
        "sql": f"""select {_AMOUNT} as amount, m.currency, m.qualifier, m.text, m.sentence,
  a.title, a.published, a.url, m.article
from money m join articles a on a.id = m.article
where m.currency = coalesce(nullif(:currency, ''), 'VND') and m.value is not null
order by m.value desc limit 100""",
    },
    "projects_by_year": {
        "title": "Projects (đề án) counted, by year",
        "description": "Counts whose unit is 'đề án', summed per year of publication.",
        "sql": """select a.year, sum(c.value) as projects, count(*) as mentions,
  count(distinct a.id) as articles
from counts c join articles a on a.id = c.article
where c.unit = 'đề án'
group by a.year order by a.year""",
    },
}


def _dashboards(database: str) -> dict:
    """datasette-dashboards configuration: charts drawn with its bundled Vega-Lite."""

    def bar(title, sql, x, y, color=None):
        encoding = {
            "x": {"field": x, "type": "ordinal", "title": x},
            "y": {"field": y, "type": "quantitative", "title": y},
        }
        if color:
            encoding["color"] = {"field": color, "type": "nominal"}
        return {
            "title": title,
            "db": database,
            "query": sql,
            "library": "vega-lite",
            "display": {"mark": {"type": "bar", "tooltip": True}, "encoding": encoding},
        }

    return {
        "overview": {
            "title": "Bulletins at a glance",
            "description": "Articles, amounts and projects per year of publication.",
            "layout": [["articles", "money"], ["projects", "documents"]],
            "charts": {
                "articles": bar(
                    "Articles per year and site",
                    "select year, site, count(*) as articles from articles "
                    "where year is not null group by year, site order by year",
                    "year", "articles", color="site",
                ),  # fmt: skip
                "money": bar(
                    "Amounts in VND mentioned per year (billion đồng)",
                    "select a.year, sum(m.value) / 1e9 as billion_vnd from money m "
                    "join articles a on a.id = m.article where m.currency = 'VND' "
                    "and a.year is not null group by a.year order by a.year",
                    "year", "billion_vnd",
                ),  # fmt: skip
                "projects": bar(
                    "Projects (đề án) counted per year",
                    QUERIES["projects_by_year"]["sql"],
                    "year", "projects",
                ),  # fmt: skip
                "documents": {
                    "title": "Most cited documents",
                    "db": database,
                    "query": "select code, doc_type, articles_citing from documents "
                    "order by articles_citing desc limit 10",
                    "library": "table",
                    "display": {},
                },
            },
        }
    }


# The code's licence. The articles' texts are their publishers' (named as the
# source): Datasette's footer shows both on every page.
LICENSE = "Code Apache-2.0; article texts © their publishers"
LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0"


def _attribution(database: str, sites) -> dict:
    """Top-level source, licence and about keys: who published the texts, under what terms."""
    with_urls = [(name, url) for name, url in sites if url]
    if len(with_urls) == 1:  # one publisher: its own site is the source
        source, source_url = with_urls[0][0] or with_urls[0][1], with_urls[0][1]
    else:  # several: the sites table lists each with its address
        names = ", ".join(name or url for name, url in with_urls)
        source = f"Vietnamese government portals: {names}" if names else "Vietnamese government portals"
        source_url = f"/{database}/sites"
    return {
        "source": source,
        "source_url": source_url,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "about": "How the data is made: db/README.md",
    }


def metadata(database: str = "bulletins", sites: list[tuple] = ()) -> dict:
    """The metadata document for a database that Datasette names ``database``.

    (Datasette names a database after its file: bulletins.db -> "bulletins".)
    ``sites``: (name, base_url) of the bulletins crawled, named as the sources.
    """
    sources = "; ".join(f"{name} ({url})" if name else url for name, url in sites if url)
    return {
        "title": "Vietnamese government bulletins: articles and facts",
        "description": DESCRIPTION + (f" Sources: {sources}." if sources else ""),
        **_attribution(database, sites),
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": TABLES,
                "queries": QUERIES,
            }
        },
        "plugins": {"datasette-dashboards": _dashboards(database)},
    }


def datasette(path, **kwargs):
    """A ``datasette.app.Datasette`` over one database file, configured as ``serve`` runs it.

    For tests through Datasette's own client and for embedding.
    """
    from datasette.app import Datasette

    path = Path(path)
    return Datasette(
        [str(path)],
        metadata=metadata(path.stem, sites_of(path)),
        plugins_dir=str(PLUGINS_DIR),
        settings=SETTINGS,
        **kwargs,
    )


def sites_of(path) -> list[tuple]:
    """(name, base_url) of every site in a database file, read-only."""
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name, base_url FROM sites ORDER BY site").fetchall()
    finally:
        conn.close()
