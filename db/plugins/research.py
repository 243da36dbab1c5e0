"""Datasette plugin: how figures and links read in the browser, and what the home page says.

- Amounts and counts with Vietnamese digit grouping (11072000000 -> 11.072.000.000; tỷ đồng
  11.072 -> 11,072): HTML only, the data, CSV and JSON keep the raw integer or exact decimal.
- In the fact views and canned queries, an ``article`` id links to its article (titled when the row
  has the title) and a ``document`` to its documents page.
- The home page learns which databases have no article yet (``templates/index.html`` says so, with
  the commands that fill them).
"""

import re

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

# Columns holding an integer amount or count, per table or view (None: a canned query's result).
GROUPED = {
    "money": {"value", "parts_sum"},
    "money_facts": {"value", "parts_sum"},
    "counts": {"value", "parts_sum"},
    "count_facts": {"value", "parts_sum"},
    "facts_by_province": {"articles", "money", "counts", "legal_refs"},
    None: {"total", "projects", "value", "parts_sum"},
}
FACT_VIEWS = ("money_facts", "count_facts", "legal_ref_facts")


def grouped(number: int) -> str:
    """11072000000 -> '11.072.000.000' (Vietnamese: '.' groups thousands)."""
    return f"{number:,}".replace(",", ".")


# An exact decimal as the views write it; at most 40 digits a side (a figure in tỷ đồng has under 15),
# so that no cell asks Python for a 4,300-digit int (it refuses to make one from text).
_DECIMAL = re.compile(r"(-?)(\d{1,40})(?:\.(\d{1,40}))?")


def decimal_vn(text: str) -> str | None:
    """'1500.25' -> '1.500,25' (Vietnamese: ',' is the decimal mark); None for anything but a decimal."""
    match = _DECIMAL.fullmatch(text)
    if match is None:
        return None
    sign, whole, fraction = match.groups()
    return sign + grouped(int(whole)) + ("," + fraction if fraction else "")


def _get(row, key):
    try:
        return row[key]
    except (KeyError, IndexError):
        return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int) and column in GROUPED.get(table, ()):
        return Markup(f'<span class="grouped" data-value="{value}">{grouped(value)}</span>')
    if column == "ty_dong" and isinstance(value, str) and (shown := decimal_vn(value)) is not None:
        return Markup(f'<span class="grouped" data-value="{escape(value)}">{shown}</span>')
    if column == "article" and isinstance(value, int) and (table in FACT_VIEWS or table is None):
        title = _get(row, "article_title") or _get(row, "title") or f"article {value}"
        url = datasette.urls.row(database, "articles", str(value))
        return Markup(f'<a href="{url}">{escape(title)}</a>')
    if column == "document" and isinstance(value, str) and table != "documents" and (
        table in FACT_VIEWS or table is None
    ):
        url = datasette.urls.row(database, "documents", tilde_encode(value))
        return Markup(f'<a href="{url}">{escape(value)}</a>')
    return None


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html":
        return {}

    async def empty_databases():
        empty = []
        for name, db in datasette.databases.items():
            if name.startswith("_") or "articles" not in await db.table_names():
                continue
            if not (await db.execute("select exists(select 1 from articles)")).first()[0]:
                empty.append({"name": name, "path": db.path})
        return {"empty_databases": empty, "empty_names": [db["name"] for db in empty], "fact_views": FACT_VIEWS}

    return empty_databases
