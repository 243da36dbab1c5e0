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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PLUGINS_DIR = Path(__file__).parent / "plugins"
TEMPLATES_DIR = Path(__file__).parent / "templates"
# Canned queries group whole fact tables: allow them more than the default 1 s.
# Long bodies are cut to 400 characters in tables (row pages show them whole).
# At 10^6 articles (10^7 facts) a page must answer within a second: each facet gets 100 ms (one
# that takes longer is left off the page, the others stay; the summary tables and the canned queries
# give the big groupings), and no facet is suggested (suggesting tries every column, each a GROUP BY
# over the whole table). max_csv_mb 0: a CSV export streams whole instead of being cut at 100 MB
# with only its last line saying so (Datasette pages tables by key, so memory stays bounded);
# for a whole fact table the release's CSV or Parquet file is the faster way (db/release.py).
SETTINGS = {
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 100,  # Datasette runs a page's facets one after the other: 4 x 100 ms at most
    "suggest_facets": False,
    "max_csv_mb": 0,
    "truncate_cells_html": 400,
}

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
    "field": "Which text start/end index: the article's title, lead or body, or attachment:<id>:<page> "
    "(page <page> of the attachments row <id>)",
    "attachment_url": "The attached file (PDF, Word, Excel) the fact was read from; empty for the article's "
    "own text (see attachments)",
    "page": "Page of that file (1 = first; the sheet of a workbook; 1 for a Word file); empty for the article's text",
    "start": "Offset of the first character of text in that field (characters, after Unicode NFC)",
    "end": "Offset just after the last character of text in that field (characters)",
    "text": "The fact exactly as written",
    "sentence": "The sentence holding the fact, for checking it in context",
    "extractor_version": "Version of the extractor that found it (see runs)",
}


_PARTS_COLUMNS = {
    "part_of": "On a part of a total stated in the same text: the start offset of that total "
    "(same article and field). Empty on totals and on figures that are no part. Sums add only "
    "figures where this is empty",
    "parts": "On a total with parts: 'adds up' (the parts sum to it exactly), 'less' (an 'of which' "
    "naming only some parts) or 'more' (the parts sum to more: a slip or a misreading, worth a look)",
    "parts_sum": "On a total with parts: the sum of its parts (integer)",
}

TABLES: dict[str, dict[str, Any]] = {
    "sites": {
        "description": "The bulletins crawled, one row per spider profile.",
        "label_column": "name",
        "columns": {
            "site": "Short profile name of the site (e.g. haiduong)",
            "name": "Name of the publisher",
            "base_url": "Home page of the bulletin",
            "province": "Province the site belonged to when its articles were published "
            "(one of the 63 before the 2025 merger), e.g. Hải Dương",
            "province_code": "Official code of that province (before the merger)",
            "province_new": "The province it is part of since the 2025 merger (one of 34), e.g. Hải Phòng",
            "province_new_code": "Official code of the province since the merger",
            "latitude": "Latitude of the province as published (its centre, from vietnamadminunits)",
            "longitude": "Longitude of the province as published",
        },
        "facets": ["province", "province_new"],
    },
    "articles": {
        "description": "One row per article fetched, keyed by its canonical URL. "
        "The search box is accent-insensitive.",
        "label_column": "title",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "facets": ["site", "category", "year", "read_by"],
        # No sort_desc on published: ties, see money. Sort by it with the column menu.
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
            "source": "Where the text was read: 'live' (the site itself) or 'archive' (a web archive's capture). "
            "A live read wins over a capture of the same article",
            "archived_at": "When the archive captured the page, ISO 8601 UTC (archive reads only)",
            "archive_url": "The capture's original bytes in the archive: <archive>/web/<timestamp>id_/<url> "
            "(without 'id_': the archive's replay page)",
            "warc_file": "WARC file (ISO 28500) of the crawl that keeps the page exactly as fetched",
            "warc_offset": "Byte offset of the page's response record in warc_file "
            "(warcio extract FILE OFFSET prints it)",
            "body_sha256": "SHA-256 (hex) of the response body the article was read from: the WARC record's "
            "payload has this digest",
            "read_by": "Which reader gave each field, JSON: family:<name> (the platform's selectors), json-ld, "
            "microdata, meta, app-state or generic; e.g. {\"body\": \"generic\", \"title\": \"json-ld\"}. "
            "Facet by it, or json_extract(read_by, '$.body') in SQL, to see a family going stale",
        },
    },
    "money": {
        "description": "Amounts of money. A range or list is one row per number.",
        "facets": ["currency", "qualifier", "parts", "per"],
        # No sort_desc: "value" has ties, and Datasette 0.65 adds the primary-key tie-break only from
        # the second page on, so paging (and the CSV export, which pages) skipped rows. The key order
        # is total; "Largest amounts" sorts by value.
        "columns": {
            **_FACT_COLUMNS,
            "value": "Amount in the currency's unit (đồng for VND, dollars for USD), "
            "integer; empty when fractional (see value_text)",
            "value_text": "The amount as an exact decimal, always filled",
            "currency": "ISO 4217 code (VND, USD, EUR, ...)",
            "qualifier": "approx (khoảng, gần), over (hơn, trên), under (dưới) or empty when exact",
            **_PARTS_COLUMNS,
            "parts_sum": "On a total with parts: the sum of its parts in the currency's unit, "
            "integer; empty when fractional (see parts_sum_text)",
            "parts_sum_text": "The sum of the parts as an exact decimal",
            "per": "On a per-unit rate ('3 triệu đồng/người/tháng'): the unit it is per (người/tháng); "
            "a rate is never added to amounts",
            "restates": "On an amount in words that says the figure in digits beside it again "
            "('11.072.000.000 đồng (Bằng chữ: Mười một tỷ không trăm bảy mươi hai triệu đồng)'): the start "
            "offset of that figure (same article and field). The same money: sums add only rows where "
            "this is empty",
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
            "document": "The document cited (→ documents): the code for a central symbol, "
            "'code (province)' for a local one",
            "code_folded": "The code folded (lower case, no diacritics, đ -> d: 1288/qd-ttg), indexed: "
            "what 'Articles that cite a document' looks up",
        },
    },
    "documents": {
        "description": "One row per legal document cited anywhere, with how often and "
        "when it is cited. legal_refs link here. A central symbol (TTg, CP, BCT, ...) is one "
        "document nationwide; a local one (UBND, HĐND, SCT, ...) is one document per issuing "
        "province, taken to be the province of the citing site.",
        "facets": ["doc_type", "year", "scope", "province"],
        # No sort_desc on articles_citing: ties, see money; "Most cited legal documents" sorts by it.
        "columns": {
            "document": "Key: the code for a central document, 'code (province)' for a local one",
            "code": "Number symbol, normalised",
            "scope": "central (one body for the whole country) or local (a province's own), "
            "read from the issuer codes of the symbol (db/issuers.toml)",
            "province": "Issuing province of a local document (the citing site's province), "
            "empty for a central one",
            "doc_type": "Document type as its citations give it (the first alphabetically if they differ)",
            "year": "Year inside the symbol",
            "issued": "Date of issue as its citations give it (the earliest if they differ)",
            "issuer": "Issuing body as its citations name it",
            "issuer_from_code": "Issuing body read from the symbol",
            "articles_citing": "Number of articles citing it",
            "citations": "Number of citations (an article may cite it several times)",
            "first_cited": "Publication date of the first article citing it",
            "last_cited": "Publication date of the last article citing it",
            "attachment_url": "A file attached to an article that is this document (its number in its first "
            "lines or its file name): the dataset holds its text (see attachments)",
        },
    },
    "counts": {
        "description": "Counts of things written with digits (66 đề án, 40.000 lao động).",
        "facets": ["unit", "parts"],
        # No sort_desc on value: ties, see money.
        "columns": {
            **_FACT_COLUMNS,
            "value": "How many (integer)",
            "unit": "What is counted, lower case (đề án, lao động, sản phẩm, lượt, tỉnh/thành phố, ...)",
            **_PARTS_COLUMNS,
        },
    },
    "dates": {
        "description": "Dates mentioned in the text.",
        # No sort_desc on value: ties, see money.
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
        # No sort_desc on last_seen: ties, see money (the key, id, is the order they were first seen).
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
            "status": "running, finished, failed (stopped on an error, e.g. its store died) or interrupted "
            "(its process was killed; closed by the next run)",
            "pid": "Process id of the run (to tell a killed run from a running one)",
            "host": "Machine the run ran on",
        },
    },
    "run_sites": {
        "description": "Per-site coverage of each crawl (every site the crawl was to read, those that failed "
        "included): of the articles stored from the site in that run, "
        "how many have a title, a publication time, a body and at least one fact. A share that falls well "
        "below the site's previous run says its layout changed under the crawler (the crawl logs a warning).",
        # No sort_desc on run: ties, see money (the key is run, site).
        "facets": ["site"],
        "columns": {
            "run": "The crawl (runs.id)",
            "site": "Site profile, or the host of a site read by the generic reader",
            "articles": "Articles stored from the site in this run",
            "with_title": "Of them, with a title",
            "with_published": "Of them, with a publication time",
            "with_body": "Of them, with a body",
            "with_facts": "Of them, with at least one fact",
            "status": "reached, or failed: the site gave nothing in this run (unreachable, or no article of it is "
            "stored); a site that never gave an article is in no other table",
        },
    },
    "articles_fts": {"hidden": True},
    # Summary tables (db/summaries.py): kept in step with the facts by every write, so the canned
    # queries, the map and the dashboard group thousands of rows, not ten million.
    "money_totals": {
        "description": "Money facts per site, year of publication and currency, kept up to date as "
        "articles are stored and re-extracted. Join sites for the province (as published, since 2025). "
        "amounts and total count only figures that are no part of a total, no per-unit rate and no "
        "restatement; the rows left out are counted beside them.",
        "facets": ["currency", "year"],
        "columns": {
            "site": "Site profile (sites.site)",
            "year": "Year of publication of the articles",
            "currency": "ISO 4217 code",
            "facts": "Money rows of the group, all of them",
            "amounts": "Of them, those a sum may add (part_of, per and restates empty)",
            "parts_left_out": "Of them, parts of a total stated beside them",
            "rates_left_out": "Of them, per-unit rates that are no part",
            "articles": "Articles with at least one money row in the group",
            "total": "Sum of the values of the amounts a sum may add (integer, currency unit; empty when the sum "
            "passes SQLite's 64-bit integers: add the money rows' values exactly instead); "
            "0 with valued 0 means no integer value to add",
            "valued": "How many of those amounts have an integer value (the others are fractional, "
            "see money.value_text) and are in total",
        },
    },
    "count_totals": {
        "description": "Counts per site, year of publication and unit, kept up to date as articles "
        "are stored and re-extracted; counts and total add only figures that are no part of a total.",
        "facets": ["unit", "year"],
        "columns": {
            "site": "Site profile (sites.site)",
            "year": "Year of publication of the articles",
            "unit": "What is counted (counts.unit)",
            "facts": "Count rows of the group, all of them",
            "counts": "Of them, those a sum may add (part_of empty)",
            "parts_left_out": "Of them, parts of a total stated beside them",
            "articles": "Articles with at least one count of the unit",
            "total": "Sum of the values of the counts a sum may add",
            "valued": "How many of those counts have a value (all of them, counts being integers)",
        },
    },
    "citation_totals": {
        "description": "Citations per site, year of publication and document cited, kept up to date "
        "as articles are stored and re-extracted (the dashboard's 'most cited' by province and year).",
        "facets": ["year"],
        "columns": {
            "site": "Site profile (sites.site)",
            "year": "Year of publication of the citing articles",
            "document": "The document cited (documents.document)",
            "citations": "Citations of it in the group",
            "articles": "Articles of the group citing it",
        },
    },
    "article_totals": {
        "description": "Articles per site and year of publication, kept up to date as articles are stored.",
        "columns": {
            "site": "Site profile (sites.site)",
            "year": "Year of publication (empty when the page states none)",
            "articles": "Articles stored",
        },
    },
    "attachments": {
        "description": "One row per file an article links to (PDF, Word, Excel, OpenDocument, RTF), fetched by "
        "the crawl and read as text (reader/documents); its facts are in the fact tables with attachment_url "
        "and page set. A file that could not be fetched or read says why (status, error). The search box "
        "searches the files' text, accent-insensitive.",
        "label_column": "url",
        "fts_table": "attachments_fts",
        "fts_pk": "id",
        "facets": ["site", "kind", "reader", "status"],
        "columns": {
            "id": "Row number of the file (field attachment:<id>:<page> of its facts)",
            "url": "URL of the file, as linked",
            "article": "The article that links it (the last one stored that did)",
            "article_url": "URL of that article",
            "site": "Site profile it was fetched from",
            "content_type": "Content-Type the server sent",
            "kind": "What the bytes are: pdf, docx, xlsx, doc, xls, odt, ods, rtf; html (an error page served "
            "in the file's place), zip, unknown",
            "bytes": "Size of the file fetched",
            "sha256": "SHA-256 (hex) of the bytes fetched: an unchanged file is not read again",
            "pages": "Pages of the text: a PDF's pages, a workbook's sheets, 1 for Word",
            "reader": "How it was read: pdf-text (its text layer), ocr (Tesseract, scanned pages), pdf-text+ocr, "
            "docx, xlsx, xls, doc, odt, ods, rtf; +tcvn3 or +vni when text in a legacy Vietnamese font was converted",
            "status": "read (text found), empty (no text), unsupported (not a document: an HTML page, a zip), "
            "failed (damaged, encrypted, a zip bomb), skipped (scanned pages without OCR, too large)",
            "error": "Why, when status is not read (or a note: pages not read)",
            "text": "The file's text (Unicode NFC; a table row is one line | a | b |), pages separated by a "
            "form feed",
            "document": "The legal document the file is, from its number (\"Số: 15/2024/QĐ-UBND\" in its first "
            "lines, or its file name): the documents key",
            "etag": "ETag the server sent: the next crawl asks with If-None-Match",
            "last_modified": "Last-Modified the server sent: the next crawl asks with If-Modified-Since",
            "http_status": "HTTP status of the fetch that gave the bytes",
            "fetched_at": "When the bytes were fetched (UTC)",
            "checked_at": "When the crawl last asked for the file (a 304 or the same bytes change only this)",
            "warc_file": "The WARC file of the crawl that keeps the file as fetched",
            "warc_offset": "Byte offset of its response record in that file",
            "extractor_version": "Version of the extractor that found its facts",
        },
    },
    "attachments_fts": {"hidden": True},
}

_VIEW_COLUMNS = {
    "article": "The article the fact was read from (click for its text)",
    "article_title": "Headline of the article",
    "article_url": "URL of the article: the source to cite",
    "site": "Site profile it was fetched from",
    "province": "Province of the site when the article was published (one of the 63)",
    "province_new": "That province since the 2025 merger (one of 34)",
    "year": "Year of publication of the article",
    "published": "Publication time of the article, ISO 8601, Vietnam time",
    "text": _FACT_COLUMNS["text"],
    "sentence": _FACT_COLUMNS["sentence"],
    "field": _FACT_COLUMNS["field"],
    "start": _FACT_COLUMNS["start"],
    "end": _FACT_COLUMNS["end"],
}
_RESEARCH: dict[str, Any] = {
    # The articles' search index, whose rowid is the article id: searching a view finds the facts of
    # the articles that match (accent-insensitive, as on articles).
    "fts_table": "articles_fts",
    "fts_pk": "article",
    # Four facets at most on a fact view (these three and its currency, unit or kind of document): each one
    # that cannot finish within facet_time_limit_ms costs the page that time, one after the other (Datasette
    # 0.65), and over a whole view at 10^5 articles every one of them does. The others (site, parts, per, scope,
    # issuer) are a click away: "Facet by this" in a column's menu, or ?_facet=site.
    "facets": ["province", "province_new", "year"],
    # Five values a facet (the most frequent; "…" shows them all): the table stays on the first screen.
    "facet_size": 5,
    # No sort_desc: Datasette pages a view by OFFSET, so its order must be total; the views are
    # ordered by their fact's key (db/schema.py ORDERED_FACT_VIEWS), which costs no sort.
}
# How a fact view reads in the browser (db/plugins/research.py, db/templates/table.html); CSV and JSON keep every
# column.
_ONE_FACT_A_ROW = (" On this page one row is one fact: the article's title (with its source link), the value grouped "
                   "and in tỷ/triệu with its currency or unit and its marks (qualifier, per, parts), the sentence "
                   "shortened around the figure (click for all of it); part_of links to the total. CSV and JSON "
                   "give every column below, raw.")
VIEWS = {
    "money_facts": {
        **_RESEARCH,
        "description": "Every amount of money with its article, site, province (then and now), "
        "year and sentence: facet, search, export as CSV or JSON. Sum only rows whose part_of, "
        "per and restates are empty (the others are parts of a total, rates, or an amount in words "
        "that says a figure in digits again)." + _ONE_FACT_A_ROW,
        "facets": [*_RESEARCH["facets"], "currency"],
        "columns": {
            **_VIEW_COLUMNS,
            **TABLES["money"]["columns"],
            "article": _VIEW_COLUMNS["article"],
            "ty_dong": "The amount in tỷ đồng (billions of đồng), exact decimal; VND only (in CSV and JSON; the page "
            "shows it beside the value)",
        },
    },
    "count_facts": {
        **_RESEARCH,
        "description": "Every count (66 đề án, 40.000 lao động) with its article, site, province, "
        "year and sentence. Sum only rows whose part_of is empty." + _ONE_FACT_A_ROW,
        "facets": [*_RESEARCH["facets"], "unit"],
        "columns": {**_VIEW_COLUMNS, **TABLES["counts"]["columns"], "article": _VIEW_COLUMNS["article"]},
    },
    "legal_ref_facts": {
        **_RESEARCH,
        "description": "Every citation of a legal document with its article, site, province, year "
        "and sentence; document links to the document cited." + _ONE_FACT_A_ROW.replace(
            "the value grouped and in tỷ/triệu with its currency or unit and its marks (qualifier, per, parts), ", ""
        ).replace("; part_of links to the total", ""),
        "facets": [*_RESEARCH["facets"], "doc_type"],
        "columns": {
            **_VIEW_COLUMNS,
            **TABLES["legal_refs"]["columns"],
            "article": _VIEW_COLUMNS["article"],
            "scope": TABLES["documents"]["columns"]["scope"],
            "doc_year": "Year inside the symbol (45/2012/NĐ-CP -> 2012), when it has one",
        },
    },
    "facts_by_province": {
        "description": "Facts per province, on a map of Vietnam: markers at each province's centre on the "
        "country's outline, both shipped with the project (no network needed; the map tiles are an extra "
        "when there is one).",
        "columns": {
            "province": _VIEW_COLUMNS["province"],
            "province_new": _VIEW_COLUMNS["province_new"],
            "latitude": "Latitude of the province's centre (vietnamadminunits)",
            "longitude": "Longitude of the province's centre",
            "sites": "Site profiles of the province",
            "articles": "Articles of its sites",
            "money": "Amounts of money in them",
            "counts": "Counts in them",
            "legal_refs": "Citations of legal documents in them",
        },
    },
}
TABLES.update(VIEWS)

# Vietnamese digit grouping for display: 11072000000 -> 11.072.000.000
_AMOUNT = "replace(printf('%,d', m.value), ',', '.')"

# What a sum may add: figures that are no part of a total stated beside them, no per-unit rate, and
# no amount in words that says a figure in digits again. Adding the rest counts the same money or
# projects two or three times (shared/spec/facts.md).
NO_PART_NO_RATE = "m.part_of IS NULL AND m.per IS NULL AND m.restates IS NULL"
NO_PART = "c.part_of IS NULL"

QUERIES = {
    "money_by_site_and_year": {
        "title": "Money by site and year",
        "description": "Amounts mentioned per site, province, year and currency. Totals add only "
        "amounts that are no part of a total stated beside them, no per-unit rate and no amount in "
        "words restating a figure in digits; parts_left_out and rates_left_out say how many parts "
        "and rates were left out. A guide to where "
        "the money is talked about, not an account.",
        # Read from money_totals (db/summaries.py), kept by the write path: a GROUP BY over ten
        # million money rows joined to articles took minutes; this reads a few thousand rows.
        "sql": """select a.site, s.province, s.province_new, a.year, a.currency,
  a.amounts, a.parts_left_out, a.rates_left_out, a.articles,
  case when a.valued > 0 then a.total end as total,
  replace(printf('%,d', case when a.valued > 0 then a.total end), ',', '.') as total_formatted
from money_totals a left join sites s on s.site = a.site
order by a.site, a.year, a.currency""",
    },
    "money_by_province_and_year": {
        "title": "Money by province (since 2025) and year",
        "description": "VND amounts per province as it is since the 2025 merger (Hải Dương counts "
        "under Hải Phòng) and year; only amounts that are no part and no rate are added.",
        "sql": """select s.province_new, group_concat(distinct s.province) as provinces_then, a.year,
  sum(a.amounts) as amounts, case when sum(a.valued) > 0 then sum(a.total) end as total,
  replace(printf('%,d', case when sum(a.valued) > 0 then sum(a.total) end), ',', '.') as total_formatted
from money_totals a left join sites s on s.site = a.site
where a.currency = 'VND' and a.amounts > 0
group by s.province_new, a.year
order by s.province_new, a.year""",
    },
    "most_cited_documents": {
        "title": "Most cited legal documents",
        "description": "Documents by the number of articles citing them. A local symbol "
        "(…/QĐ-UBND) counts once per issuing province.",
        "sql": """select document, code, scope, province, doc_type, issuer, issued, articles_citing,
  citations, first_cited, last_cited
from documents order by articles_citing desc, citations desc, document limit 200""",
    },
    "articles_citing_document": {
        "title": "Articles that cite a document",
        "description": "Enter a whole number symbol as the document writes it: number/type-issuer "
        "(1288/QĐ-TTg), number/year/type-issuer (45/2012/NĐ-CP); diacritics and case optional "
        "(1288/QD-TTg, 1163/qđ-ubnd). A bare number (1288) is no symbol and finds nothing here: "
        "'Documents cited with a number' lists the symbols that carry it.",
        "sql": """select a.id as article, a.title, a.published, a.url, s.province, r.document,
  r.text, r.sentence
from legal_refs r join articles a on a.id = r.article left join sites s on s.site = a.site
where r.code_folded = fold(trim(:code))
order by a.published, a.id, r.field, r.start""",
    },
    "documents_with_number": {
        "title": "Documents cited with a number",
        "description": "Enter the number of a document alone (1288, or 01 for 1): every symbol cited with that "
        "number, with how many articles cite it. Then open 'Articles that cite a document' with the whole symbol "
        "(the code column) to read them.",
        "sql": """select r.code, r.document, r.doc_type, r.issuer_from_code, count(distinct r.article) as articles,
  count(*) as citations, min(a.published) as first_cited, max(a.published) as last_cited
from legal_refs r join articles a on a.id = r.article
where r.number = coalesce(nullif(ltrim(trim(:number), '0'), ''), '0')
group by r.document order by articles desc, r.document""",
    },
    "largest_amounts": {
        "title": "Largest amounts, with their sentences",
        "description": "The largest amounts in a currency (VND unless you choose another), "
        "each with the sentence and article it comes from; parts of a total and rates are "
        "marked in part_of and per.",
        "sql": f"""select {_AMOUNT} as amount, m.currency, m.qualifier, m.per, m.part_of, m.parts,
  m.text, m.sentence, a.title, a.published, a.url, m.article
from money m join articles a on a.id = m.article
where m.currency = coalesce(nullif(:currency, ''), 'VND') and m.value is not null
order by m.value desc limit 100""",
    },
    "projects_by_year": {
        "title": "Projects (đề án) counted, by year",
        "description": "Counts whose unit is 'đề án', summed per year of publication; parts of a "
        "total ('66 đề án, bao gồm 05 đề án ...') are not added again.",
        "sql": """select a.year, sum(a.total) as projects, sum(a.counts) as mentions,
  sum(a.articles) as articles
from count_totals a
where a.unit = 'đề án' and a.counts > 0
group by a.year order by a.year""",
    },
    "totals_with_parts_over": {
        "title": "Totals whose parts add to more (worth a look)",
        "description": "Totals whose parts, as the extractor read them, sum to more than the total: "
        "a slip in the text or a misreading. Check the sentence.",
        "sql": """select 'money' as kind, m.article, a.title, a.url, m.text, m.value, m.parts_sum,
  m.currency as unit, m.sentence
from money m join articles a on a.id = m.article where m.parts = 'more'
union all
select 'count', c.article, a.title, a.url, c.text, c.value, c.parts_sum, c.unit, c.sentence
from counts c join articles a on a.id = c.article where c.parts = 'more'
order by 2, 5""",
    },
}

# Filters of the dashboard (datasette-dashboards): "[[ ... ]]" is kept only when its parameter is set.
_CHART_FILTERS = """[[ and s.province = :province ]] [[ and s.province_new = :province_new ]]
  [[ and a.year = cast(:year as integer) ]]"""


def _dashboards(database: str) -> dict:
    """datasette-dashboards configuration: charts drawn with its bundled Vega-Lite.

    Every chart is Vega-Lite, which draws zero rows as an empty chart (the plugin's "table"
    chart fails on zero rows).
    """

    def bar(title, sql, x, y, color=None, x_type="ordinal"):
        encoding = {
            "x": {"field": x, "type": x_type, "title": x},
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

    def choices(column, table="sites"):
        # Only values some article has: a site that gave nothing offers no province. As text: the plugin marks an
        # option selected when it equals the URL's value, a string ("2020"); an integer year never would, so the
        # menu would show blank after Apply and the next Apply would drop the filter.
        has_articles = " and exists (select 1 from articles a where a.site = sites.site)" if table == "sites" else ""
        return {
            "type": "select",
            "db": database,
            "query": f"select distinct cast({column} as text) as {column} from {table} "
            f"where {column} is not null{has_articles} order by 1",
        }

    return {
        "overview": {
            "title": "Bulletins at a glance",
            "description": "Articles, amounts and projects per year of publication. Sums add only "
            "figures that are no part of a total and no rate. Filter by province (as published, "
            "or since 2025) and year.",
            "filters": {
                "province": {"name": "Province (as published)", **choices("province")},
                "province_new": {"name": "Province (since 2025)", **choices("province_new")},
                "year": {"name": "Year", **choices("year", "articles")},
            },
            "layout": [["articles", "money"], ["projects", "documents"]],
            "charts": {
                # Every chart reads a summary table aliased "a" (so the filters above apply as they
                # are): grouping the fact tables timed out at 10^6 articles (db/summaries.py).
                "articles": bar(
                    "Articles per year and site",
                    "select a.year, a.site, sum(a.articles) as articles from article_totals a "
                    "left join sites s on s.site = a.site "
                    f"where a.year is not null {_CHART_FILTERS} group by a.year, a.site order by a.year",
                    "year", "articles", color="site",
                ),  # fmt: skip
                "money": bar(
                    "Amounts in VND mentioned per year (billion đồng; no parts, no rates)",
                    "select a.year, sum(a.total) as total, sum(a.total) / 1e9 as billion_vnd "
                    "from money_totals a left join sites s on s.site = a.site "
                    "where a.currency = 'VND' and a.valued > 0 and a.year is not null "
                    f"{_CHART_FILTERS} group by a.year order by a.year",
                    "year", "billion_vnd",
                ),  # fmt: skip
                "projects": bar(
                    "Projects (đề án) counted per year (no parts)",
                    "select a.year, sum(a.total) as projects from count_totals a "
                    "left join sites s on s.site = a.site "
                    f"where a.unit = 'đề án' and a.valued > 0 {_CHART_FILTERS} group by a.year order by a.year",
                    "year", "projects",
                ),  # fmt: skip
                "documents": {
                    **bar(
                        "Most cited documents",
                        "select d.code, d.document, sum(a.articles) as articles_citing "
                        "from citation_totals a join documents d on d.document = a.document "
                        "left join sites s on s.site = a.site "
                        f"where 1 = 1 {_CHART_FILTERS} group by d.document "
                        "order by articles_citing desc, d.document limit 10",
                        "document", "articles_citing", x_type="nominal",
                    ),  # fmt: skip
                },
            },
        }
    }


# The data's terms (as a release's TERMS.md gives them per source): the extracted facts CC-BY-4.0 with
# attribution to the sources; the articles' texts © their publishers (named as the source). The code's
# licence is apart (the project's LICENSE). Datasette's footer shows this on every page.
LICENSE = ("Facts CC-BY-4.0 (attribute the publishers); article texts © their publishers, kept for research; "
           "code Apache-2.0")
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"


def _publishers(sites) -> tuple[list, list]:
    """(publishers, local copies): the demo's sites served on 127.0.0.1 are no publishers."""
    from .release import is_local

    with_urls = [(name, url) for name, url in sites if url]
    return [s for s in with_urls if not is_local(s[1])], [s for s in with_urls if is_local(s[1])]


def _attribution(database: str, sites) -> dict:
    """Top-level source, licence and about keys: who published the texts, under what terms."""
    with_urls, local = _publishers(sites)
    if len(with_urls) == 1 and not local:  # one publisher: its own site is the source
        source, source_url = with_urls[0][0] or with_urls[0][1], with_urls[0][1]
    else:  # several: the sites table lists each with its address
        names = ", ".join(name or url for name, url in with_urls)
        source = f"Vietnamese government portals: {names}" if names else "Vietnamese government portals"
        if local:
            copies = ", ".join(name or "a site" for name, _ in local)
            source = ((f"{source}; " if names else "")
                      + f"Demo: the project's local copies of {copies} (not publications)")
        source_url = f"/{database}/sites"
    return {
        "source": source,
        "source_url": source_url,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "about": "How the data is made: db/README.md",
    }


def metadata(database: str = "bulletins", sites: Sequence[tuple] = ()) -> dict:
    """The metadata document for a database that Datasette names ``database``.

    (Datasette names a database after its file: bulletins.db -> "bulletins".)
    ``sites``: (name, base_url) of the bulletins crawled, named as the sources.
    """
    publishers, local = _publishers(sites)
    sources = "; ".join(f"{name} ({url})" if name else url for name, url in publishers)
    if local:
        sources += ("; " if sources else "") + "demo: local copies of " + ", ".join(n or u for n, u in local)
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
        template_dir=str(TEMPLATES_DIR),
        settings=SETTINGS,
        **kwargs,
    )


def sites_of(path) -> list[tuple]:
    """(name, base_url) of every site in a database file that some article comes from, read-only."""
    uri = Path(path).resolve().as_uri()
    # The sources: sites some article comes from (a site that gave nothing is none).
    sql = ("SELECT name, base_url FROM sites WHERE EXISTS (SELECT 1 FROM articles a WHERE a.site = sites.site) "
           "ORDER BY site")
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # a read-only folder or mount: no -shm file for the log, read it as it is
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
