"""Datasette plugin: attachments on reading pages.

- On an article's row page: ``attachment_rows``, its files (reader, status, pages, facts), each linking to its
  own reading page (db/templates/row.html lists them).
- On an attachment's row page (table ``attachments``): its text page by page, every fact marked
  (``db.reading.highlight``, offsets into each page), and its facts by page (db/templates/attachment.html).
"""

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components

from db.attachments import attachment_pages
from db.reading import TABLE_TYPES, Fact, fact_value, highlight


def _row_url(datasette, database, table, values) -> str:
    return datasette.urls.row(database, table, ",".join(tilde_encode(str(v)) for v in values))


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or request is None or not database or table not in ("articles", "attachments"):
        return {}

    async def inner():
        db = datasette.get_database(database)
        if "attachments" not in await db.table_names():
            return {}
        (key,) = urlsafe_components(request.url_vars["pks"])
        if table == "articles":
            rows = (await db.execute(
                "select id, url, kind, reader, status, error, pages, bytes, "
                "(select count(*) from money where attachment_url = attachments.url) + "
                "(select count(*) from counts where attachment_url = attachments.url) + "
                "(select count(*) from legal_refs where attachment_url = attachments.url) as facts "
                "from attachments where article = ? order by id", [key])).rows  # fmt: skip
            return {"attachment_rows": [{**dict(row), "reading_url": _row_url(datasette, database, "attachments",
                                                                               [row["id"]])} for row in rows]}
        rows = (await db.execute("select * from attachments where id = ?", [key])).rows
        if not rows:
            return {}
        attachment = dict(rows[0])
        pages = attachment_pages(attachment["text"])
        facts: dict[int, list[Fact]] = {}
        for fact_table in TABLE_TYPES:
            pks = await db.primary_keys(fact_table)
            for i, row in enumerate((await db.execute(
                    f"select * from [{fact_table}] where attachment_url = ? order by page, start",
                    [attachment["url"]])).rows):
                row = dict(row)
                facts.setdefault(row["page"], []).append(Fact(
                    table=fact_table, field=row["field"], start=row["start"], end=row["end"], text=row["text"],
                    value=fact_value(fact_table, row), row=row, anchor=f"fact-{fact_table}-{i}",
                    url=_row_url(datasette, database, fact_table, [row[pk] for pk in pks])))
        article = None
        if attachment.get("article") is not None:
            found = (await db.execute("select id, title, url from articles where id = ?",
                                      [attachment["article"]])).rows
            article = dict(found[0]) if found else None
        return {"reading": {
            "kind": "attachment",
            "attachment": attachment,
            "article": article,
            "article_url": _row_url(datasette, database, "articles", [article["id"]]) if article else None,
            "pages": [(number, highlight(text, facts.get(number, [])), facts.get(number, []))
                      for number, text in enumerate(pages, start=1)],
            "fact_count": sum(map(len, facts.values())),
        }}

    return inner
