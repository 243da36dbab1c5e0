"""A citable release of a bulletins database: ``python -m db release FILE DIR``.

Writes into DIR:

- ``data/<table>.csv``: every table and view (articles, sites, each fact table,
  documents, crawl_errors, runs, and any view or table a later schema adds),
  UTF-8, one header row, empty cell for NULL, rows in primary-key order;
- ``data/<table>.parquet``: the same rows in the same order as Apache Parquet (zstd), which DuckDB,
  pandas, R's arrow and Spark read directly, typed (integers stay 64-bit integers), in a tenth of the
  CSV's size; written by pyarrow in row groups of ``PARQUET_ROWS`` rows as the one pass over the
  table goes, so memory stays bounded whatever the size (duckdb would need its sqlite extension,
  fetched from the network at run time; pyarrow is a plain wheel);
- ``datapackage.json``: a Frictionless Data Package whose table schemas come
  from the database's own column types and the column descriptions of
  ``db/metadata.py``, with primary and foreign keys, and each file's bytes and
  SHA-256;
- ``CITATION.cff`` (Citation File Format 1.2.0), ``DATA_DICTIONARY.md`` and a
  ``README.md`` of the release: sources, crawl dates, extractor versions,
  counts, known limits, licence, how to cite;
- ``TERMS.md``: the data's terms per source (the extracted facts CC-BY-4.0 with
  attribution; the article texts © their publishers, kept for research), the
  code's licence (Apache-2.0) apart. ``datapackage.json`` gives the same per file.

Only sites some article comes from are sources; a site served from this machine
(the demo's local copies on 127.0.0.1) is never named a publisher, and a release
holding such articles says it is a demo.

The release is a function of the database only: its date is the last crawl's
(unless given), so releasing the same file twice writes the same bytes.
"""

import csv
import datetime
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import metadata as project_metadata

PACKAGE_NAME = "vn-bulletins"
TITLE = "Vietnamese government bulletins: articles and the facts extracted from them"
# The terms, in three parts: the facts the project extracted (its own work), the publishers' texts (theirs), the
# code (apart: it is no part of the data). TERMS.md of the release says the same per source.
TERMS_FILE = "TERMS.md"
FACTS_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International: the extracted facts and the tables of this "
    "dataset; attribute vn-bulletins and the publisher of each article (sites.name, articles.url)",
}
TEXTS_TERMS = {
    "path": f"{TERMS_FILE}#article-texts",
    "title": "© the publisher of each article: the texts (titles, leads, bodies, and the sentences quoted beside "
    "each fact) are kept for research; for any other use, ask the publisher",
}
CODE_LICENSE = {
    "name": "Apache-2.0",
    "path": "https://www.apache.org/licenses/LICENSE-2.0",
    "title": "Apache License 2.0 (the code that made this dataset, vn-bulletins; not the data)",
}
# Resources holding the publishers' texts (or quotes of them) besides facts.
TEXT_RESOURCES = {"articles"}
QUOTING_COLUMNS = {"text", "sentence", "article_title", "title"}
# Hosts of the project's local copies of sites (python -m spiders.demo, testsites): never a publisher.
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
# Tables first in this order, then any other table or view alphabetically.
TABLE_ORDER = ("sites", "articles", "money", "legal_refs", "counts", "dates", "periods", "percents",
               "other_facts", "documents", "crawl_errors", "runs")  # fmt: skip
# SQLite declared type -> Frictionless field type. The tables are STRICT, so the
# declared type is the stored type; views have none and are typed from their values.
FIELD_TYPES = {"INTEGER": "integer", "INT": "integer", "REAL": "number", "TEXT": "string", "BLOB": "string"}
# The dataset as the Datasette home page describes it, less what is about the site's search box.
DESCRIPTION = project_metadata.DESCRIPTION.split(" Search is")[0]
KNOWN_LIMITS = [
    "Facts are machine-extracted (the `extract` package; its F1 on the project's annotated sample is "
    "in the project README). Check a figure against its `sentence` and the article's `url` before "
    "citing it.",
    "Amounts are every amount written, with their qualifier (about, over, under): a range is two "
    "rows, a rate per unit is a row like any other, and a total and its parts are all rows. Sums of "
    "`money.value` or `counts.value` double-count unless parts and rates are left out.",
    "`published` is the date and time the site states, in Vietnam time; articles whose page states "
    "none have it empty.",
    "Only what the sites' listings and related-article links reach is crawled; an article a site "
    "deleted before the crawl is not here unless it came from a web archive (see `source`, when the "
    "column is present).",
    "Article texts are the pages' main text as parsed: tables, images and attachments' contents are "
    "not in `body` (attachments are listed by URL).",
]


@dataclass
class Table:
    """One table or view as released."""

    name: str
    kind: str  # "table" | "view"
    columns: list[dict] = field(default_factory=list)  # name, type, required, description
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict] = field(default_factory=list)
    description: str = ""
    rows: int = 0
    path: str = ""
    bytes: int = 0
    sha256: str = ""
    parquet_path: str = ""
    parquet_bytes: int = 0
    parquet_sha256: str = ""


def release(db_path, out_dir, *, date: str | None = None, version: str | None = None) -> dict:
    """Write the release of database ``db_path`` into ``out_dir``; return its summary.

    ``date`` (YYYY-MM-DD, default: the day the last crawl or re-extraction
    finished) dates the release; ``version`` defaults to that date.
    """
    db_path, out_dir = Path(db_path), Path(out_dir)
    _fresh_statistics(db_path)
    conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = _tables(conn)
        facts = _facts_about(conn, tables)
        date = date or (facts["last_crawl"] or "")[:10] or None
        if date is None:
            raise ValueError("the database records no run (runs is empty): give the release a --date")
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise ValueError(f"release date {date!r} is not a date YYYY-MM-DD") from None
        version = version or date
        _clear_previous_release(out_dir)
        (out_dir / "data").mkdir(parents=True, exist_ok=True)
        for table in tables:
            _write_files(conn, table, out_dir)
    finally:
        conn.close()
    package = datapackage(tables, facts, date=date, version=version)
    (out_dir / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", "utf-8")
    (out_dir / "CITATION.cff").write_text(citation(facts, date=date, version=version), "utf-8")
    (out_dir / "DATA_DICTIONARY.md").write_text(data_dictionary(tables), "utf-8")
    (out_dir / "README.md").write_text(readme(tables, facts, date=date, version=version), "utf-8")
    (out_dir / TERMS_FILE).write_text(terms(facts), "utf-8")
    return {"dir": str(out_dir), "version": version, "date": date, "tables": {t.name: t.rows for t in tables}}


TOP_FILES = ("datapackage.json", "CITATION.cff", "DATA_DICTIONARY.md", "README.md", TERMS_FILE)
# Run in the release folder. Sums VND amounts that are no part of a total, no per-unit rate and no restatement.
DUCKDB_EXAMPLE = (
    "duckdb -c \"SELECT province_new, year, count(*) AS amounts, sum(value) AS total_vnd "
    "FROM 'data/money_facts.parquet' WHERE currency = 'VND' AND part_of IS NULL AND per IS NULL AND restates IS NULL "
    "GROUP BY ALL ORDER BY ALL\""
)

def _fresh_statistics(db_path: Path) -> None:
    """Planner statistics brought up to date before the release reads every table (and for the site
    served from the same file afterwards). Skipped when the file cannot be written (read-only, busy):
    the release reads the same rows without them, only slower."""
    from .summaries import refresh_statistics

    try:
        conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return
    try:
        with conn:
            refresh_statistics(conn)
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def _clear_previous_release(out_dir: Path) -> None:
    """Make ``out_dir`` ready: new, empty, or a previous release (whose files are removed).

    A folder holding anything else is refused, so that a typo never mixes a
    release with other files (or deletes them).
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"{out_dir}: not a folder")
    if not out_dir.exists() or not any(out_dir.iterdir()):
        return
    previous = out_dir / "datapackage.json"
    if not previous.is_file():
        raise ValueError(
            f"{out_dir}: not empty and not a previous release (no datapackage.json): choose another folder")
    try:
        paths = [r["path"] for r in json.loads(previous.read_text("utf-8")).get("resources", [])]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{previous}: unreadable ({error}): remove the folder or choose another") from None
    for path in paths:
        target = (out_dir / path).resolve()
        if (isinstance(path, str) and target.parent == (out_dir / "data").resolve()
                and target.suffix in (".csv", ".parquet")):
            target.unlink(missing_ok=True)
    for name in TOP_FILES:
        (out_dir / name).unlink(missing_ok=True)


def resource_name(table: str) -> str:
    """A table's name as a Frictionless resource name (lower case, ``-a-z0-9._`` only)."""
    return "".join(c if c in "-._" or c.isascii() and c.isalnum() else "-" for c in table.lower())


def _described() -> dict:
    """Table and column descriptions of the project's Datasette metadata."""
    return project_metadata.TABLES


def _tables(conn) -> list[Table]:
    described = _described()
    found = conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'"
    ).fetchall()
    # Full-text index tables (FTS5's shadow tables) hold no data of their own.
    found = [(n, k) for n, k in found if not described.get(n, {}).get("hidden") and "_fts" not in n]
    order = {name: i for i, name in enumerate(TABLE_ORDER)}
    found.sort(key=lambda item: (order.get(item[0], len(order)), item[0]))
    tables = []
    for name, kind in found:
        info = described.get(name, {})
        column_descriptions = info.get("columns", {})
        table = Table(name=name, kind=kind, description=info.get("description", ""))
        pk_columns = []
        for _cid, column, declared, notnull, _default, pk in conn.execute(f"PRAGMA table_info([{name}])"):
            field_type = FIELD_TYPES.get((declared or "").upper()) or _type_from_values(conn, name, column)
            table.columns.append({
                "name": column, "type": field_type, "required": bool(notnull) or (pk > 0 and kind == "table"),
                "description": column_descriptions.get(column, ""),
            })  # fmt: skip
            if pk:
                pk_columns.append((pk, column))
        table.primary_key = [column for _, column in sorted(pk_columns)]
        if kind == "table":
            table.foreign_keys = _foreign_keys(conn, name)
        tables.append(table)
    names = {t.name for t in tables}
    for table in tables:  # only keys into tables that are released
        table.foreign_keys = [fk for fk in table.foreign_keys if fk["reference"]["resource"] in names]
    return tables


def _type_from_values(conn, table, column) -> str:
    """A view column's type: integer or number when every value is one, else string."""
    kinds = {row[0] for row in conn.execute(f"SELECT DISTINCT typeof([{column}]) FROM [{table}]")} - {"null"}
    if kinds == {"integer"}:
        return "integer"
    if kinds and kinds <= {"integer", "real"}:
        return "number"
    return "string"


def _foreign_keys(conn, table) -> list[dict]:
    keys: dict[int, dict] = {}
    for row in conn.execute(f"PRAGMA foreign_key_list([{table}])"):
        key = keys.setdefault(row["id"], {"fields": [], "reference": {"resource": row["table"], "fields": []}})
        key["fields"].append(row["from"])
        key["reference"]["fields"].append(row["to"])
    return list(keys.values())


# Rows per Parquet row group and per batch read from SQLite: what the release holds in memory at once.
PARQUET_ROWS = 50_000
_ARROW_TYPES = {"integer": "int64", "number": "float64", "string": "string"}


def _order(table: Table) -> str:
    """A total, stable order, so that the same database gives the same bytes: by key; for a view
    (no key) by its fact's key when it has one (article, field, start, end: one row per fact, and the
    fact table's index gives that order without a sort), else by all its columns."""
    names = [c["name"] for c in table.columns]
    if table.kind == "table":
        keys = table.primary_key
    elif {"article", "field", "start", "end"} <= set(names):
        keys = ["article", "field", "start", "end"]
    elif table.name == "facts_by_province":
        keys = ["province", "province_new"]
    else:
        keys = names
    return ", ".join(f"[{c}]" for c in keys) or "rowid"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as written:  # in blocks: an articles file can be larger than memory allows
        for block in iter(lambda: written.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_files(conn, table: Table, out_dir: Path) -> None:
    """The table's CSV and Parquet files, in one pass over its rows, ``PARQUET_ROWS`` at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table.path = f"data/{resource_name(table.name)}.csv"
    table.parquet_path = f"data/{resource_name(table.name)}.parquet"
    target, parquet_target = out_dir / table.path, out_dir / table.parquet_path
    schema = pa.schema([
        pa.field(c["name"], getattr(pa, _ARROW_TYPES[c["type"]])(), nullable=not c["required"])
        for c in table.columns
    ])  # fmt: skip
    rows = 0
    cursor = conn.execute(f"SELECT * FROM [{table.name}] ORDER BY {_order(table)}")
    with target.open("w", encoding="utf-8", newline="") as out, pq.ParquetWriter(
        parquet_target, schema, compression="zstd", write_statistics=True
    ) as parquet:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c["name"] for c in table.columns])
        while batch := cursor.fetchmany(PARQUET_ROWS):
            writer.writerows(["" if value is None else value for value in row] for row in batch)
            columns = list(zip(*batch, strict=True))
            parquet.write_table(pa.Table.from_arrays(
                [pa.array([_arrow_value(v, field.type) for v in column], type=field.type)
                 for column, field in zip(columns, schema, strict=True)], schema=schema))  # fmt: skip
            rows += len(batch)
        if rows == 0:
            parquet.write_table(schema.empty_table())
    table.rows, table.bytes, table.sha256 = rows, target.stat().st_size, _sha256(target)
    table.parquet_bytes, table.parquet_sha256 = parquet_target.stat().st_size, _sha256(parquet_target)


def _arrow_value(value, arrow_type):
    """A SQLite value as the column's Parquet type: a view column typed string may hold numbers."""
    if value is None:
        return None
    if str(arrow_type) == "string" and not isinstance(value, str):
        return str(value)
    if str(arrow_type) == "float64" and isinstance(value, int):
        return float(value)
    return value


def _facts_about(conn, tables: list[Table]) -> dict:
    names = {t.name for t in tables}
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
    runs = (one("SELECT min(started), max(coalesce(finished, started)), count(*) FROM runs") if "runs" in names
            else (None, None, 0))
    versions = []
    if "runs" in names:
        versions = [r[0] for r in conn.execute(
            "SELECT DISTINCT extractor_version FROM runs WHERE extractor_version IS NOT NULL ORDER BY 1")]  # fmt: skip
    article_versions = []
    if "articles" in names:
        article_versions = [tuple(r) for r in conn.execute(
            "SELECT extractor_version, count(*) FROM articles GROUP BY 1 ORDER BY 1")]  # fmt: skip
    published = one("SELECT min(published), max(published) FROM articles") if "articles" in names else (None, None)
    sites = []
    if "sites" in names:  # the sites some article comes from: a site that gave nothing is no source
        sites = [dict(r) for r in conn.execute(
            "SELECT * FROM sites WHERE EXISTS (SELECT 1 FROM articles a WHERE a.site = sites.site) ORDER BY site")]
    return {
        "first_crawl": runs[0], "last_crawl": runs[1], "runs": runs[2],
        "run_versions": versions, "article_versions": article_versions,
        "first_published": published[0], "last_published": published[1],
        "sites": sites,
    }  # fmt: skip


def is_local(url: str | None) -> bool:
    """A local copy's address (the demo's http://127.0.0.1:8731/), not a publisher's."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return False
    return host in LOCAL_HOSTS or host.startswith("127.")


def _sources(facts) -> list[dict]:
    """The publishers: sites with an address that is no local copy (and, in ``_facts_about``, with articles)."""
    return [{"title": s.get("name") or s["site"], "path": s["base_url"]} for s in facts["sites"]
            if s.get("base_url") and not is_local(s["base_url"])]


def _local_copies(facts) -> list[dict]:
    return [s for s in facts["sites"] if is_local(s.get("base_url"))]


def _demo_note(facts) -> str | None:
    """What a release made (wholly or partly) from the project's local copies says about itself."""
    local = _local_copies(facts)
    if not local:
        return None
    names = ", ".join(s.get("name") or s["site"] for s in local)
    return (f"**A demo, not a publication:** the articles of {names} come from the project's local copies of "
            "those sites (`python -m spiders.demo`, served on this machine from the `testsites` package): test "
            "equipment made for the project, whose texts were not published at those addresses. Do not cite "
            "them as the departments' words.")


def datapackage(tables: list[Table], facts: dict, *, date: str, version: str) -> dict:
    """The ``datapackage.json`` descriptor (Frictionless Data Package v1)."""
    resources = []
    for table in tables:
        schema = {
            "fields": [
                {
                    "name": c["name"], "type": c["type"],
                    **({"description": c["description"]} if c["description"] else {}),
                    **({"constraints": {"required": True}} if c["required"] else {}),
                }  # fmt: skip
                for c in table.columns
            ],
            "missingValues": [""],
        }
        if table.primary_key:
            schema["primaryKey"] = table.primary_key
        if table.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": fk["fields"],
                 "reference": {**fk["reference"], "resource": resource_name(fk["reference"]["resource"])}}
                for fk in table.foreign_keys
            ]
        resources.append({
            "name": resource_name(table.name), "path": table.path, "profile": "tabular-data-resource",
            "title": table.name, "description": table.description or f"The {table.name} {table.kind}.",
            "licenses": _resource_terms(table),
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "bytes": table.bytes, "hash": f"sha256:{table.sha256}",
            "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
            "schema": schema,
        })  # fmt: skip
    for table in tables:  # after every CSV resource: the CSV files are the package's tables
        if table.parquet_path:
            # The same rows as Parquet. Described as a plain data resource: frictionless 5 reads Parquet
            # through pandas, which turns an integer column with nulls into floats (type errors on every
            # part_of), and cannot measure a Parquet file's bytes or hash (it fails them as "None"). The
            # fields and key are the CSV twin's; the size and SHA-256 are given under their own names.
            resources.append({
                "name": f"{resource_name(table.name)}-parquet", "path": table.parquet_path,
                "profile": "data-resource", "title": f"{table.name} (Parquet)",
                "description": f"The rows of {table.path}, same order, as Apache Parquet (zstd, typed), for "
                f"DuckDB, pandas, R arrow or Spark. Fields and key: the resource {resource_name(table.name)}.",
                "format": "parquet", "mediatype": "application/vnd.apache.parquet",
                "twin": resource_name(table.name), "size": table.parquet_bytes, "sha256": table.parquet_sha256,
                "licenses": _resource_terms(table),  # the same terms as its CSV twin
            })  # fmt: skip
    return {
        # Not tabular-data-package: that profile requires every resource tabular, and the Parquet ones
        # are described as plain data resources (above).
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "created": f"{date}T00:00:00Z",
        "keywords": ["Vietnam", "government", "bulletins", "public finance", "legal documents", "news"],
        "licenses": [FACTS_LICENSE],
        "sources": _sources(facts),
        # Not part of the data: the code that made it, under its own licence.
        "x-code": {"name": "vn-bulletins", "licenses": [CODE_LICENSE]},
        **({"x-demo": _demo_note(facts)} if _demo_note(facts) else {}),
        "resources": resources,
    }


def _resource_terms(table: Table) -> list[dict]:
    """A resource's terms: the facts' licence, and the publishers' copyright where it holds their texts or quotes."""
    if table.name in TEXT_RESOURCES:
        return [TEXTS_TERMS]
    if any(c["name"] in QUOTING_COLUMNS for c in table.columns):
        return [FACTS_LICENSE, TEXTS_TERMS]
    return [FACTS_LICENSE]


def terms(facts: dict) -> str:
    """TERMS.md: the terms of the data per source, and the code's licence apart."""
    lines = ["# Terms of use", "",
             "This dataset holds two kinds of content under different terms, made by code under a third.", "",
             "## Extracted facts", "",
             f"The facts (amounts, counts, citations, dates, periods, percentages: their values, offsets and links) "
             f"and the tables' structure are the project's work, under **{FACTS_LICENSE['name']}** "
             f"(<{FACTS_LICENSE['path']}>). Attribute *vn-bulletins* and the publisher of each article the facts "
             "come from (`sites.name`, and the article's `url`).", "",
             '<a id="article-texts"></a>', "## Article texts", "",
             "Titles, leads, bodies and the sentences quoted beside each fact (`text`, `sentence`) are **© their "
             "publishers**. They are kept for research (checking a fact against its source); for any other use, "
             "ask the publisher.", "",
             "## Per source", "",
             "| publisher | address | article texts | extracted facts |", "|---|---|---|---|"]  # fmt: skip
    for source in _sources(facts):
        lines.append(f"| {_cell(source['title'])} | <{source['path']}> | © {_cell(source['title'])}, kept for "
                     f"research; ask the publisher | {FACTS_LICENSE['name']}, attributing {_cell(source['title'])} |")
    for site in _local_copies(facts):
        lines.append(f"| {_cell(site.get('name') or site['site'])} (local copy, demo) | the project's `testsites` | "
                     "test equipment of the project: not a publication | "
                     f"{FACTS_LICENSE['name']} (demo data) |")
    if not facts["sites"]:
        lines.append("| (no site recorded) | | | |")
    lines += ["", "## The code", "",
              f"The code that made this dataset (vn-bulletins) is under the {CODE_LICENSE['title'].split(' (')[0]} "
              f"({CODE_LICENSE['name']}, <{CODE_LICENSE['path']}>). That licence covers the code, not this data.", ""]
    note = _demo_note(facts)
    if note:
        lines += ["## Demo", "", note, ""]
    return "\n".join(lines)


def citation(facts: dict, *, date: str, version: str) -> str:
    """``CITATION.cff`` (CFF 1.2.0): the dataset, and each source site as a reference."""
    demo = _demo_note(facts)
    cff = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below, and name the publishers of the "
        "articles you rely on (the sites listed under references)."
        + (" This release is a demo made from the project's local copies of sites: not a publication." if demo else ""),
        "type": "dataset",
        "title": TITLE + (" (demo, from local copies of sites)" if demo else ""),
        "version": version,
        "date-released": date,
        "authors": [{"name": "vn-bulletins contributors"}],
        "abstract": DESCRIPTION,
        "keywords": ["Vietnam", "government bulletins", "public finance", "legal documents"],
        "license": FACTS_LICENSE["name"],
        "references": [
            {"type": "website", "title": s["title"], "url": s["path"], "authors": [{"name": s["title"]}]}
            for s in _sources(facts)
        ],
    }
    if not cff["references"]:
        del cff["references"]
    return "# Citation File Format 1.2.0: https://citation-file-format.github.io/\n" + yaml.safe_dump(
        cff, allow_unicode=True, sort_keys=False, width=100
    )


def _cell(text) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def data_dictionary(tables: list[Table]) -> str:
    """Every table and column: type, whether required, description."""
    lines = [f"# Data dictionary: {TITLE}", "",
             "Types are Frictionless field types (`integer`, `number`, `string`); an empty CSV cell is NULL. "
             "Offsets (`start`, `end`) count characters of the NFC-normalised field they index: "
             "`articles.<field>[start:end] == text`.", ""]  # fmt: skip
    for table in tables:
        lines += [f"## `{table.name}` ({table.kind}, {table.rows:,} rows, `{table.path}`)", ""]
        if table.description:
            lines += [table.description, ""]
        if table.primary_key:
            lines += [f"Key: ({', '.join(f'`{c}`' for c in table.primary_key)})", ""]
        for fk in table.foreign_keys:
            ref = fk["reference"]
            lines += [f"`{'`, `'.join(fk['fields'])}` → `{ref['resource']}.{', '.join(ref['fields'])}`", ""]
        lines += ["| column | type | required | description |", "|---|---|---|---|"]
        lines += [f"| `{c['name']}` | {c['type']} | {'yes' if c['required'] else ''} | {_cell(c['description'])} |"
                  for c in table.columns]  # fmt: skip
        lines.append("")
    return "\n".join(lines)


def readme(tables: list[Table], facts: dict, *, date: str, version: str) -> str:
    """The release's README: what it is, sources, dates, versions, counts, limits, licence, citing."""
    sources = _sources(facts)
    released = f"Release {version} ({date})." if version != date else f"Release of {date}."
    lines = [f"# {TITLE}", "", released, ""]
    demo = _demo_note(facts)
    if demo:
        lines += [demo, ""]
    lines += [DESCRIPTION, ""]
    lines += ["## Sources", "",
              "The articles were published by these sites; their texts remain their publishers' work. "
              "**If you use this data, please name the publishers** of the articles you rely on, and link "
              "each article by its `url`.", ""]  # fmt: skip
    lines += [f"- {s['title']}: <{s['path']}>" for s in sources]
    lines += [f"- {s.get('name') or s['site']}: a local copy of the site (demo), not the publisher's"
              for s in _local_copies(facts)]
    if not facts["sites"]:
        lines += ["- (no site recorded)"]
    lines += ["", "## When", ""]
    lines += [f"- Crawled (or re-extracted) between {facts['first_crawl'] or '?'} and {facts['last_crawl'] or '?'} "
              f"(UTC), {facts['runs']} run(s); each run is a row of `runs`."]  # fmt: skip
    lines += [f"- Articles published between {facts['first_published'] or '?'} and {facts['last_published'] or '?'}."]
    lines += ["", "## Extractor", ""]
    lines += [f"- Versions used by the runs: {', '.join(facts['run_versions']) or 'none recorded'}."]
    lines += ["- Facts now stored, by extractor version: "
              + (", ".join(f"{v or 'none'}: {n:,} article(s)" for v, n in facts["article_versions"]) or "none")
              + " (`articles.extractor_version`, and `extractor_version` on every fact row)."]  # fmt: skip
    lines += ["", "## Contents", "", "| file | rows | bytes | SHA-256 |", "|---|---|---|---|"]
    lines += [f"| `{t.path}` | {t.rows:,} | {t.bytes:,} | `{t.sha256}` |" for t in tables]
    lines += [f"| `{t.parquet_path}` | {t.rows:,} | {t.parquet_bytes:,} | `{t.parquet_sha256}` |"
              for t in tables if t.parquet_path]
    lines += ["", "`datapackage.json` describes every file (Frictionless Data Package: types, keys, column "
              "descriptions, checksums); `DATA_DICTIONARY.md` is the same in prose; `CITATION.cff` says how "
              "to cite. Check the release with `frictionless validate datapackage.json`.", ""]  # fmt: skip
    lines += ["Each CSV file has a Parquet twin (`data/<table>.parquet`: same rows, same order, typed) that "
              "DuckDB and pandas read directly, e.g. money per province (since 2025) and year, adding only "
              "amounts that are no part of a total and no rate:", "",
              "```sh",
              DUCKDB_EXAMPLE,
              "```", ""]  # fmt: skip
    lines += ["## Known limits", ""] + [f"- {limit}" for limit in KNOWN_LIMITS]
    money = next((t for t in tables if t.name == "money"), None)
    marked = [c["name"] for c in (money.columns if money else [])
              if c["name"] in ("part_of", "parts", "per", "restates")]
    if marked:
        lines += [f"- In this release `money` marks parts of totals and rates ({', '.join(f'`{c}`' for c in marked)}): "
                  "leave out rows whose `part_of`, `per` or `restates` is filled before adding amounts up."]
    lines += ["", "## Licence", "",
              f"The extracted facts are under {FACTS_LICENSE['name']} (<{FACTS_LICENSE['path']}>): attribute "
              "vn-bulletins and the publisher of each article. The article texts, and the sentences quoted beside "
              "each fact, are © their publishers (listed under Sources), kept for research: for any other use, ask "
              "the publisher. The code that made this dataset (vn-bulletins) is under the Apache License 2.0, which "
              f"covers the code, not the data. Per source: `{TERMS_FILE}`; per file: `licenses` in "
              "`datapackage.json`.", ""]  # fmt: skip
    lines += ["## How to cite", "", "See `CITATION.cff`. For example:", "",
              f"> vn-bulletins contributors ({date[:4]}). *{TITLE}* (version {version}) [Data set]. "
              "Sources: " + ("; ".join(s["title"] for s in sources) or "local copies of sites (demo)") + ".",
              ""]  # fmt: skip
    return "\n".join(lines)
