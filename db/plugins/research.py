"""Datasette plugin: how figures and links read in the browser, and what the home page says.

- Amounts and counts with Vietnamese digit grouping (11072000000 -> 11.072.000.000; tỷ đồng
  11.072 -> 11,072): HTML only, the data, CSV and JSON keep the raw integer or exact decimal.
- In the fact views and canned queries, an ``article`` id links to its article (titled when the row
  has the title) and a ``document`` to its documents page.
- The fact views read one fact a row (``templates/table.html`` hides the columns of ``HIDDEN``, which
  CSV and JSON keep): the amount grouped and in tỷ/triệu, the article's title once (with its source
  link), the sentence shortened around the figure (the whole of it on demand, and in its title
  attribute), ``part_of`` (and ``restates``, where the schema has it) a link to the fact it points to.
- The map of facts per province (datasette-cluster-map) draws Việt Nam's outline (``static/
  vietnam-outline.geojson``, inline in the page) under its markers: it reads without a network, the
  tiles are an extra.
- The home page learns which databases have no article yet (``templates/index.html`` says so, with
  the commands that fill them).
"""

import json
import re
from pathlib import Path

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
# Columns of the fact views shown in another cell (article_title, article_url: the article's; value_text, ty_dong:
# the value's; year: published's) or only useful to programs (offsets): out of the page, in CSV and JSON.
# site: the province's; province_new: in the province cell; text: marked in the sentence; currency and unit: in
# the value cell; code: the document's; issuer_from_code: a facet.
_REPEATED = ("article_title", "article_url", "site", "province_new", "year", "text", "field", "start", "end")
# qualifier, per, parts and parts_sum: beside the value, in its cell.
_BESIDE_VALUE = ("qualifier", "per", "parts", "parts_sum")
HIDDEN = {
    "money_facts": (*_REPEATED, "value_text", "ty_dong", "currency", *_BESIDE_VALUE),
    "count_facts": (*_REPEATED, "unit", *_BESIDE_VALUE),
    "legal_ref_facts": (*_REPEATED, "code", "number", "doc_year", "issuer_from_code"),
}
# Fact view -> the table its facts are rows of (part_of and restates point into it).
BASE_TABLE = {"money_facts": "money", "count_facts": "counts", "legal_ref_facts": "legal_refs",
              "money": "money", "counts": "counts"}
# A sentence longer than this is shortened around its figure; the window's width on either side.
SHORT_SENTENCE = 140
CONTEXT = 55
SCALES = ((10**12, "nghìn tỷ"), (10**9, "tỷ"), (10**6, "triệu"))
QUALIFIERS = {"approx": "about", "over": "over", "under": "under"}


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


def in_words(value: int | str, currency: str | None = None) -> str | None:
    """11072000000 -> '11,072 tỷ đồng'; 2370000 -> '2,37 triệu'; under a million: None.

    Exact where three decimals hold it, else rounded and marked '≈'.
    """
    from decimal import Decimal

    number = Decimal(value)
    for scale, word in SCALES:
        if abs(number) >= scale:
            scaled = number / scale
            rounded = scaled.quantize(Decimal("0.001"))
            text = (format(rounded.normalize(), "f") if rounded == scaled
                    else format(rounded, "f").rstrip("0").rstrip("."))
            unit = {"VND": "đồng"}.get(currency or "", currency or "")
            digits = decimal_vn(text) or text  # (a figure of over 40 digits a side: as it is)
            return ("" if rounded == scaled else "≈") + digits + f" {word}" + (f" {unit}" if unit else "")
    return None


def short_sentence(sentence: str, text: str | None) -> Markup:
    """The sentence with its figure marked; a long one shortened around the figure, the whole of it on demand."""
    at = sentence.find(text) if text else -1
    if text is None or at < 0:  # (no text: at is -1)
        mark = escape(sentence)
        before, after = sentence[:CONTEXT * 2], sentence[CONTEXT * 2:]
        short = escape(before) + ("…" if after else "")
    else:
        end = at + len(text)
        mark = escape(sentence[:at]) + Markup('<mark class="figure">') + escape(text) + Markup("</mark>") + escape(
            sentence[end:])
        start_cut = sentence.rfind(" ", 0, max(at - CONTEXT, 0)) + 1 if at > CONTEXT else 0
        end_cut = sentence.find(" ", end + CONTEXT) if len(sentence) - end > CONTEXT else -1
        end_cut = len(sentence) if end_cut < 0 else end_cut
        short = (("…" if start_cut else "") + escape(sentence[start_cut:at]) + Markup('<mark class="figure">')
                 + escape(text) + Markup("</mark>") + escape(sentence[end:end_cut])
                 + ("…" if end_cut < len(sentence) else ""))
    if len(sentence) <= SHORT_SENTENCE:
        return Markup(f'<span title="{escape(sentence)}">{mark}</span>')
    return Markup(f'<details title="{escape(sentence)}"><summary><span class="short">{short}</span></summary>'
                  f'<span class="whole">{mark}</span></details>')


def _get(row, key):
    try:
        return row[key]
    except (KeyError, IndexError):
        return None


def _fact_view_cell(row, value, column, table, database, datasette):
    """A cell of a fact view that reads differently from the raw value (None: Datasette's own)."""
    if column == "value" and table != "legal_ref_facts":
        currency = _get(row, "currency") if table == "money_facts" else None
        if value is None:  # a fractional foreign amount: its exact decimal
            exact = _get(row, "value_text")
            if not exact:
                return None
            grouped_text, raw = decimal_vn(exact), exact
        else:
            grouped_text, raw = grouped(value), value
        words = in_words(raw, currency)
        unit = currency if table == "money_facts" else _get(row, "unit")
        if words is None and unit:  # under a million: the unit beside the figure
            words = {"VND": "đồng"}.get(unit, unit)
        elif words is not None and table == "count_facts" and unit:
            words += f" {unit}"
        qualifier = QUALIFIERS.get(_get(row, "qualifier") or "", "")
        per = _get(row, "per")
        cell = (f'{escape(qualifier)} ' if qualifier else "") + \
            f'<span class="grouped" data-value="{escape(str(raw))}">{grouped_text}</span>' + \
            (f' <span class="scale">{escape(words)}</span>' if words else "") + \
            (f' <span class="per">/ {escape(per)}</span>' if per else "")
        parts, parts_sum = _get(row, "parts"), _get(row, "parts_sum")
        if parts:
            total = f"a total whose parts {'add up' if parts == 'adds up' else 'sum to ' + parts}"
            if isinstance(parts_sum, int) and not isinstance(parts_sum, bool):
                total += f" ({grouped(parts_sum)})"
            cell += f'<span class="parts parts-{escape(parts.replace(" ", "-"))}">{escape(total)}</span>'
        return Markup(cell)
    if column == "province" and isinstance(value, str):
        now = _get(row, "province_new")
        if now and now != value:
            return Markup(f'{escape(value)} <span class="then-now" title="since the 2025 merger">'
                          f'→ {escape(now)}</span>')
        return None
    if column == "sentence" and isinstance(value, str):
        return short_sentence(value, _get(row, "text"))
    if column == "published" and isinstance(value, str) and len(value) > 10:
        return Markup(f'<span title="{escape(value)}">{escape(value[:10])}</span>')
    if column == "article" and isinstance(value, int):
        title = _get(row, "article_title") or f"article {value}"
        url = datasette.urls.row(database, "articles", str(value))
        source = _get(row, "article_url")
        link = f'<a href="{url}">{escape(title)}</a>'
        if isinstance(source, str) and source.lower().startswith(("http://", "https://")):
            link += f'<a class="source" href="{escape(source)}" title="The article on its site">{escape(source)}</a>'
        return Markup(link)
    if column in ("part_of", "restates") and isinstance(value, int) and not isinstance(value, bool):
        return _pointed_fact(row, value, column, table, database, datasette)
    return None


def _pointed_fact(row, start, column, table, database, datasette):
    """part_of / restates: a link to the fact at that offset of the same article and field, named by its text."""
    base = BASE_TABLE[table]
    article, field = _get(row, "article"), _get(row, "field")
    if isinstance(article, dict):  # a table page expands the foreign key into {"value": id, "label": title}
        article = article.get("value")

    async def inner():
        db = datasette.get_database(database)
        found = (await db.execute(
            f'select text, "end" from [{base}] where article = ? and field = ? and start = ? limit 1',
            [article, field, start])).rows  # fmt: skip
        if not found:
            return Markup(f'<span title="no fact starts at {start} in this article\'s {escape(field)}">{start}</span>')
        text, end = found[0]
        url = datasette.urls.row(database, base, ",".join(tilde_encode(str(v)) for v in (article, field, start, end)))
        label = "part of" if column == "part_of" else "restates"
        return Markup(f'<a href="{url}" title="{label} the fact at offset {start} of the {escape(field)}">'
                      f'{label} {escape(text)}</a>')

    return inner


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if isinstance(value, bool):
        return None
    if table in FACT_VIEWS:
        cell = _fact_view_cell(row, value, column, table, database, datasette)
        if cell is not None:
            return cell
    if value is None:
        return None
    if table in ("money", "counts") and column in ("part_of", "restates") and isinstance(value, int):
        return _pointed_fact(row, value, column, table, database, datasette)
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
def extra_template_vars(template, table, datasette):
    if template == "table.html" and table in FACT_VIEWS:
        return {"fact_view": True, "fact_view_hidden": HIDDEN[table]}
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


OUTLINE = Path(__file__).resolve().parent.parent / "static" / "vietnam-outline.geojson"
# Leaflet arrives by a dynamic import of datasette-leaflet's file, which ends by setting window.L: a setter on
# window.L adds a hook to every map made afterwards (L.Map.addInitHook), which draws the outline on it.
_OUTLINE_SCRIPT = """(function () {
  const outline = %s;
  function hook(L) {
    L.Map.addInitHook(function () {
      const layer = L.geoJSON(outline, {
        attribution: "Outline: Natural Earth",
        style: (feature) => feature.geometry.type === "Point" ? {} :
          {className: "bulletins-outline", color: "#666", weight: 1, fillColor: "#efe9d8", fillOpacity: 0.7},
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, {className: "bulletins-outline-point", radius: 4,
          color: "#666", weight: 1, fillColor: "#efe9d8", fillOpacity: 1}).bindTooltip(feature.properties.name),
      }).addTo(this);
      // The markers' bounds (datasette-cluster-map fits the map to them) widened to the whole country.
      const fitBounds = this.fitBounds;
      this.fitBounds = function (bounds, options) {
        return fitBounds.call(this, L.latLngBounds(bounds).extend(layer.getBounds()), options);
      };
    });
  }
  if (window.L && window.L.Map) { hook(window.L); return; }
  let leaflet = window.L;
  Object.defineProperty(window, "L", {
    configurable: true, enumerable: true,
    get() { return leaflet; },
    set(value) {
      leaflet = value;
      if (value && value.Map && !value.bulletinsOutline) { value.bulletinsOutline = true; hook(value); }
    },
  });
})();"""


@hookimpl
def extra_body_script(view_name, table, columns, datasette):
    if view_name != "table" or not columns or not {"latitude", "longitude"} <= set(columns):
        return ""
    return _OUTLINE_SCRIPT % json.dumps(json.loads(OUTLINE.read_text("utf-8")), ensure_ascii=False)
