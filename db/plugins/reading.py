"""Datasette plugin: reading pages for articles and facts.

- On an article's row page it hands ``db/templates/row.html`` the article's
  header (date, site, province, source, provenance), its text with every fact
  marked (``db.reading``) and its facts by type; on a fact's row page, the
  fact's article and its sentence with the figure marked.
"""

import json

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components

from db.reading import FIELDS, TABLE_TYPES, Fact, fact_value, highlight, marked_sentence

# Province columns (of the site, or of the article) -> how the page names them.
PROVINCES = {"province": "Province", "province_new": "Province since the 2025 merger"}
# Provenance of an article row: shown when the columns exist (the archive
# branch of the schema adds the last five).
PROVENANCE = ("url", "fetched_at", "status", "content_hash", "source", "archived_at",
              "archive_url", "warc_file", "warc_offset", "body_sha256")  # fmt: skip


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # The templates themselves come from db/templates (serve's --template-dir).
    env.filters["from_json_list"] = from_json_list
    env.tests["http_url"] = is_http_url


def is_http_url(value) -> bool:
    """Only http(s) addresses become links (a stored "javascript:..." stays text)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def from_json_list(value) -> list:
    """A JSON list column (attachments, related) as a list; anything else as none."""
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [item for item in items if isinstance(item, str)] if isinstance(items, list) else []


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or request is None or not database:
        return {}
    if table == "articles":
        return _article_page(datasette, database, request)
    if table in TABLE_TYPES:
        return _fact_page(datasette, database, table, request)
    return {}


def _row_url(datasette, database, table, values) -> str:
    return datasette.urls.row(database, table, ",".join(tilde_encode(str(v)) for v in values))


async def _one(db, sql, params):
    rows = (await db.execute(sql, params)).rows
    return dict(rows[0]) if rows else None


async def _facts_of(datasette, database, db, article_id, tables) -> dict[str, list[Fact]]:
    """Every fact of an article, by table, in text order."""
    facts = {}
    for table in TABLE_TYPES:
        if table not in tables:
            continue
        pks = await db.primary_keys(table)
        # The facts of the article's attachments are on their own pages (db/plugins/attachments.py).
        own = " and attachment_url is null" if "attachment_url" in await db.table_columns(table) else ""
        rows = (await db.execute(
            f"select * from [{table}] where article = ?{own} order by field, start, [end]", [article_id]
        )).rows  # fmt: skip
        facts[table] = [
            Fact(
                table=table, field=row["field"], start=row["start"], end=row["end"], text=row["text"],
                value=fact_value(table, dict(row)), row=dict(row),
                url=_row_url(datasette, database, table, [row[pk] for pk in pks]),
                anchor=f"fact-{table}-{i}",
            )  # fmt: skip
            for i, row in enumerate(rows)
        ]
    return facts


def _article_page(datasette, database, request):
    async def inner():
        db = datasette.get_database(database)
        (article_id,) = urlsafe_components(request.url_vars["pks"])
        article = await _one(db, "select * from articles where id = ?", [article_id])
        if article is None:
            return {}
        tables = set(await db.table_names())
        site = None
        if article.get("site") and "sites" in tables:
            site = await _one(db, "select * from sites where site = ?", [article["site"]])
        facts = await _facts_of(datasette, database, db, article["id"], tables)
        every = [f for table_facts in facts.values() for f in table_facts]
        text = {
            name: highlight(article.get(name), [f for f in every if f.field == name])
            for name in FIELDS
            if article.get(name)
        }
        # Provinces come from another part of the schema (the site's columns, or
        # the article's own where it has them): shown when present.
        provinces = []
        for column, label in PROVINCES.items():
            value = article.get(column) or (site or {}).get(column)
            if value:
                provinces.append((label, value))
        return {
            "reading": {
                "kind": "article",
                "article": article,
                "site": site,
                "site_url": _row_url(datasette, database, "sites", [site["site"]]) if site else None,
                "provinces": provinces,
                "provenance": {k: article[k] for k in PROVENANCE if article.get(k) not in (None, "")},
                "text": text,
                "facts": {table: fs for table, fs in facts.items() if fs},
                "fact_count": len(every),
                "table_url": {t: datasette.urls.table(database, t) for t in facts},
            }
        }

    return inner


def _fact_page(datasette, database, table, request):
    async def inner():
        db = datasette.get_database(database)
        pks = await db.primary_keys(table)
        values = urlsafe_components(request.url_vars["pks"])
        if len(values) != len(pks):
            return {}
        row = await _one(db, f"select * from [{table}] where "
                         + " and ".join(f"[{pk}] = ?" for pk in pks), values)  # fmt: skip
        if row is None:
            return {}
        article = await _one(db, "select * from articles where id = ?", [row["article"]])
        fact = Fact(table=table, field=row["field"], start=row["start"], end=row["end"], text=row["text"],
                    value=fact_value(table, row), url="", row=row)  # fmt: skip
        field_text = article.get(row["field"]) if article else None
        return {
            "reading": {
                "kind": "fact",
                "fact": fact,
                "row": row,
                "article": article,
                "article_url": _row_url(datasette, database, "articles", [row["article"]]),
                "sentence": marked_sentence(field_text, fact, row.get("sentence")),
            }
        }

    return inner
