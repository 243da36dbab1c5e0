"""The site at scale: build a database of N generated articles and time every page and query researchers use.

    .venv/bin/python benchmarks/scale.py --articles 100000 --db /tmp/scale-1e5.db
    .venv/bin/python benchmarks/scale.py --articles 1000000 --db /tmp/scale-1e6.db
    .venv/bin/python benchmarks/scale.py --smoke          # 1,500 articles, under a minute, for CI

Articles are written by the project's own write path, ``db.write.save_article`` (site, article, facts,
search index, documents and summary tables, exactly as the crawl writes them), 500 articles per
transaction (save_article then runs in a savepoint, as it does inside the ingest's batches). A run
then closes with ``finish_run``, which refreshes the planner's statistics as after a crawl.

The content varies as real bulletins do, not a few repeated templates: 63 sites, one per province as
published (all 34 provinces since 2025), of long-tailed sizes; years 2010-2025; amounts spread over
six orders of magnitude in VND, USD and EUR, some approximate, some rates per unit, some totals with
parts that add up; counts of 40 units; citations of a few national documents cited everywhere and a long
tail of local decisions; filler sentences drawn from a pool, so that a common phrase ("khuyến công")
is in about half the articles and a rare one in few.

The pages are fetched through Datasette in-process (``db.metadata.datasette(path).client.get``),
configured as ``python -m db serve`` runs it (settings, plugins, metadata): the time is Datasette's and
SQLite's, without a network. An existing --db of the right size is reused (delete it to rebuild).
Big databases belong in /tmp, never in the repository.
"""

import argparse
import asyncio
import csv
import io
import pathlib
import random
import re
import sqlite3
import sys
import tempfile
import time
from urllib.parse import urlencode

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from db_speed import machine  # noqa: E402

from db import open_db  # noqa: E402
from db.metadata import QUERIES, datasette, metadata  # noqa: E402
from db.write import ensure_site, finish_run, save_article, start_run, transaction  # noqa: E402

BATCH = 500  # articles per transaction while building

UNITS = [
    "đề án", "lao động", "hộ", "doanh nghiệp", "dự án", "cơ sở", "sản phẩm", "lượt", "học viên", "xã",
    "hợp tác xã", "gian hàng", "hội chợ", "mô hình", "máy móc", "thiết bị", "người", "lớp", "đoàn",
    "cụm công nghiệp", "chợ", "cửa hàng", "tấn", "ha", "km", "công trình", "hồ sơ", "văn bản", "cuộc",
    "trường hợp", "vụ", "nhà máy", "làng nghề", "thôn", "trường", "giấy phép", "hợp đồng", "nhãn hiệu",
    "sáng kiến", "website",
]  # fmt: skip
POPULAR = [
    ("1288/QĐ-TTg", "Quyết định", "1288", None, "Thủ tướng Chính phủ"),
    ("45/2012/NĐ-CP", "Nghị định", "45", 2012, "Chính phủ"),
    ("26/2014/TTLT-BTC-BCT", "Thông tư liên tịch", "26", 2014, "Bộ Tài chính; Bộ Công Thương"),
    ("36/2013/TT-BCT", "Thông tư", "36", 2013, "Bộ Công Thương"),
    ("68/2017/NĐ-CP", "Nghị định", "68", 2017, "Chính phủ"),
    ("1881/QĐ-TTg", "Quyết định", "1881", None, "Thủ tướng Chính phủ"),
]
SUBJECTS = ["Sở Công Thương", "UBND tỉnh", "Trung tâm Khuyến công", "Ban quản lý các khu công nghiệp",
            "Sở Kế hoạch và Đầu tư", "Hội Nông dân", "Sở Tài chính", "Liên minh Hợp tác xã"]  # fmt: skip
TOPICS = ["khuyến công", "xúc tiến thương mại", "công nghiệp nông thôn", "chuyển đổi số", "thương mại điện tử",
          "tiết kiệm năng lượng", "cụm công nghiệp", "hàng Việt Nam", "an toàn thực phẩm", "xuất khẩu",
          "năng lượng tái tạo", "quản lý thị trường", "sản phẩm OCOP", "logistics"]  # fmt: skip
VERBS = ["tổ chức", "triển khai", "hỗ trợ", "tổng kết", "kiểm tra", "hướng dẫn", "phê duyệt", "đánh giá"]
FILLER = [
    f"{s} đã {v} công tác {t} trên địa bàn." for s in SUBJECTS for v in VERBS[:4] for t in TOPICS[::3]
] + [
    "Hội nghị có sự tham dự của lãnh đạo các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.",
    "Các cơ sở được hỗ trợ đổi mới máy móc, thiết bị và ứng dụng tiến bộ kỹ thuật vào sản xuất.",
    "Đoàn công tác đã khảo sát thực tế tại một số doanh nghiệp và làng nghề.",
    "Thời gian tới, các đơn vị tiếp tục phối hợp chặt chẽ để tổ chức thực hiện hiệu quả.",
]


def vn(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def provinces() -> list[str]:
    """The 63 provinces as published, from vietnamadminunits' own data (no list kept here)."""
    import vietnamadminunits

    data = pathlib.Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    with sqlite3.connect(f"file:{data}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT DISTINCT provinceShort FROM admin_units_legacy ORDER BY 1")]


class Generator:
    """Articles and their facts with exact offsets, from one random stream (deterministic per seed)."""

    def __init__(self, sites: list[str], seed: int = 0):
        self.rng = random.Random(seed)
        self.sites = sites
        # Long-tailed site sizes: a few big portals, many small ones.
        self.site_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(sites))]

    def money(self, rng):
        currency = rng.choices(["VND", "USD", "EUR"], [85, 10, 5])[0]
        if currency == "VND":
            value = int(10 ** rng.uniform(6, 12.5)) // 1_000_000 * 1_000_000 or 1_000_000
            text = f"{vn(value // 1_000_000)} triệu đồng" if value < 10**10 else f"{vn(value // 10**9)} tỷ đồng"
            if value >= 10**10:
                value = value // 10**9 * 10**9
        else:
            value = int(10 ** rng.uniform(3, 8))
            text = f"{vn(value)} {'USD' if currency == 'USD' else 'euro'}"
        qualifier = rng.choices([None, "approx", "over", "under"], [70, 15, 10, 5])[0]
        prefix = {None: "", "approx": "khoảng ", "over": "hơn ", "under": "dưới "}[qualifier]
        return prefix + text, {"type": "money", "value": value, "currency": currency, "qualifier": qualifier}

    def sentence(self, rng, year):
        kind = rng.randrange(9)
        topic = rng.choice(TOPICS)
        if kind == 0:  # a total with parts that add up
            a, b = (rng.randint(1, 900) * 10**6 for _ in range(2))
            return [
                f"Tổng kinh phí thực hiện chương trình {topic} năm {year} là ",
                (f"{vn((a + b) // 10**6)} triệu đồng", {"type": "money", "value": a + b, "currency": "VND",
                                                         "parts": "adds up", "parts_sum": a + b, "_total": 1}),
                ", trong đó ngân sách tỉnh ",
                (f"{vn(a // 10**6)} triệu đồng", {"type": "money", "value": a, "currency": "VND", "_part": 1}),
                ", vốn đối ứng ",
                (f"{vn(b // 10**6)} triệu đồng", {"type": "money", "value": b, "currency": "VND", "_part": 1}),
                ".",
            ]  # fmt: skip
        if kind == 1:  # a rate per unit
            rate = rng.randint(1, 20) * 10**5 * 5
            return [
                "Mức hỗ trợ ",
                (f"{vn(rate)} đồng/người/tháng", {"type": "money", "value": rate, "currency": "VND",
                                                  "per": "người/tháng"}),
                f" cho học viên tham gia lớp {topic}.",
            ]  # fmt: skip
        if kind in (2, 3):
            text, fact = self.money(rng)
            n, unit = rng.randint(1, 5000), rng.choice(UNITS)
            return [
                f"Năm {year}, {rng.choice(SUBJECTS)} đã {rng.choice(VERBS)} ",
                (f"{vn(n)} {unit}", {"type": "count", "value": n, "unit": unit}),
                f" về {topic} với tổng kinh phí ",
                (text, fact),
                ".",
            ]
        if kind == 4:  # a citation: a few documents everywhere, a long tail of local decisions
            if rng.random() < 0.4:
                code, doc_type, number, code_year, issuer = rng.choice(POPULAR)
            else:
                number = str(int(rng.paretovariate(0.7)) % 5000 + 1)
                code, doc_type, code_year, issuer = f"{number}/QĐ-UBND", "Quyết định", None, "Ủy ban nhân dân tỉnh"
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            return [
                "Thực hiện ",
                (f"{doc_type} số {code}", {"type": "legal_ref", "code": code, "doc_type": doc_type, "number": number,
                                          "year": code_year, "issued": None, "issuer": None,
                                          "issuer_from_code": issuer}),
                " ",
                (f"ngày {day}/{month}/{year}", {"type": "date", "value": f"{year}-{month:02d}-{day:02d}"}),
                f" về {topic}.",
            ]  # fmt: skip
        if kind == 5:
            tenths = rng.randint(1, 999)
            return [
                f"Giá trị {topic} tăng ",
                (f"{tenths / 10:.1f}%".replace(".", ","), {"type": "percent", "value": f"{tenths / 10:.1f}"}),
                f" so với năm {year - 1}.",
            ]
        if kind == 6:
            n, unit = rng.randint(1, 200), rng.choice(UNITS)
            return [f"Giai đoạn {year}-{year + 4}, tỉnh phấn đấu có ",
                    (f"{n} {unit}", {"type": "count", "value": n, "unit": unit}), f" tham gia {topic}."]  # fmt: skip
        return [rng.choice(FILLER)]

    def article(self, i: int):
        rng = self.rng
        site = rng.choices(self.sites, self.site_weights)[0]
        year = rng.randint(2010, 2025)
        text, facts = "", []
        total_start = None
        for _ in range(rng.randint(3, 12)):
            segments = self.sentence(rng, year)
            sentence = "".join(s if isinstance(s, str) else s[0] for s in segments)
            text += " " if text else ""
            for segment in segments:
                if isinstance(segment, str):
                    text += segment
                    continue
                fact_text, fact = segment
                fact = {**fact, "text": fact_text, "start": len(text), "end": len(text) + len(fact_text),
                        "sentence": sentence, "field": "body"}  # fmt: skip
                if fact.pop("_total", None):
                    total_start = fact["start"]
                if fact.pop("_part", None):
                    fact["part_of"] = total_start
                facts.append(fact)
                text += fact_text
        topic = rng.choice(TOPICS)
        article = {
            "url": f"https://{site}.gov.vn/tin-tuc/{year}/bai-{i}.html",
            "site": site,
            "category": rng.choice(["Kinh tế", "Khuyến công", "Xúc tiến thương mại", "Tin tức - Sự kiện"]),
            "title": f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {topic} năm {year} ({i})",
            "lead": rng.choice(FILLER),
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(6, 18):02d}:"
            f"{rng.randint(0, 59):02d}:00+07:00",
            "author": rng.choice(["Minh Anh", "Thu Hà", "Quốc Hùng", None]),
            "body": text,
            "related": [],
            "attachments": [],
            "fetched_at": "2026-12-01T00:00:00+00:00",
            "status": 200,
        }
        return article, facts


def site_slug(name: str) -> str:
    from db.search import fold

    return "sct-" + fold(name).replace(" ", "").replace("-", "")


def bulk_write(db, items, version: str) -> int:
    """Write new articles (distinct URLs, none stored yet) and their facts: the rows ``save_article``
    writes, with the per-article bookkeeping done once at the end instead.

    The article row, its search-index row and its fact rows are made by the write path's own
    functions and SQL (``db.write``); ``documents`` and the summary tables, which save_article keeps
    by delta, are recomputed once (``rebuild_documents``, ``summaries.rebuild``: the references the
    tests check the deltas against). tests/test_db_scale.py checks that a database built this way
    equals one built by save_article, table by table. Runs in the caller's transaction; returns facts.
    """
    from db import write
    from db.schema import search_row

    conn = db.conn
    provinces_of = dict(conn.execute("SELECT site, province FROM sites"))
    facts_written = 0
    search_rows = []
    for article, facts in items:
        title, lead, body = article.get("title"), article.get("lead"), article.get("body")
        published = article.get("published")
        (article_id,) = conn.execute(write._UPSERT_ARTICLE, (
            article["url"], article.get("site"), article.get("category"), title, lead, published,
            write._year(published), article.get("author"), body, write._json_list(article.get("related")),
            write._json_list(article.get("attachments")), article.get("status"), article.get("fetched_at"),
            write.content_hash(title, lead, body), version, article.get("source") or "live",
            article.get("archived_at"), article.get("archive_url"), article.get("warc_file"),
            article.get("warc_offset"), article.get("body_sha256"), write._json_object(article.get("read_by")),
        )).fetchone()  # fmt: skip
        search_rows.append((article_id, *search_row(title, lead, body)))
        province = provinces_of.get(article.get("site"))
        rows = write.fact_rows(article_id, facts, version, province)
        if rows["legal_refs"]:  # legal_refs.document references documents: the rows first, as replace_facts
            write.ensure_documents(db, {
                (row[write._DOCUMENT], row[write._CODE], *write.document_key(row[write._CODE], province)[1:])
                for row in rows["legal_refs"] if row[write._DOCUMENT] is not None
            })  # fmt: skip
        for table, table_rows in rows.items():
            if table_rows:
                conn.executemany(write._INSERT_FACTS[table], table_rows)
        facts_written += len(facts)
    # The batch's search rows in one go, last: FTS5 writes its pending terms out as a new segment at every
    # statement that opens a statement savepoint (an upsert, an executemany), so one article at a time
    # between the fact inserts made a segment per article, and merging them took most of the build's time
    # (one article in a hundred waited 40-110 ms at 6x10^4 articles).
    conn.executemany(write._FTS_INSERT, search_rows)
    return facts_written


# Tables whose lookup indexes the bulk path drops while it writes and makes again at the end: one
# CREATE INDEX (a sort) instead of a random B-tree insert per row. Unique indexes stay: they are
# constraints the writes rely on (articles' url, a fact's article/field/start).
DEFERRED_INDEX_TABLES = ("articles", "money", "counts", "legal_refs", "dates", "periods", "percents", "other_facts")


def deferred_indexes() -> dict[str, str]:
    """{name: CREATE INDEX IF NOT EXISTS ...} of the non-unique indexes of ``DEFERRED_INDEX_TABLES``, as
    the schema makes them (read from a new in-memory database: right even when an interrupted bulk
    build left a file without them)."""
    import sqlite_utils

    from db import migrate

    schema = sqlite_utils.Database(memory=True)
    migrate(schema)
    placeholders = ", ".join("?" * len(DEFERRED_INDEX_TABLES))
    rows = schema.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({placeholders})", DEFERRED_INDEX_TABLES).fetchall()  # fmt: skip
    indexes = {}
    for name, sql in rows:
        head = re.match(r"CREATE (UNIQUE )?INDEX ", sql)
        assert head, sql
        if not head.group(1):
            indexes[name] = "CREATE INDEX IF NOT EXISTS " + sql[head.end():]
    return indexes


def drop_deferred_indexes(db) -> None:
    with transaction(db):
        for name in deferred_indexes():
            db.execute(f'DROP INDEX IF EXISTS "{name}"')


def finish_bulk(db) -> None:
    """The indexes dropped for the bulk path, then documents and the summary tables from the facts
    written by ``bulk_write``."""
    from db import summaries
    from db.documents import rebuild_documents

    with transaction(db):
        for sql in deferred_indexes().values():
            db.execute(sql)
        rebuild_documents(db)
        summaries.rebuild(db.conn)


def build(path: pathlib.Path, n: int, bulk_from: int | None = None) -> tuple[float, int]:
    """Write n articles through save_article (from article ``bulk_from`` on, through bulk_write);
    (seconds, facts). Articles a previous, interrupted build stored are kept (it commits every BATCH)."""
    db = open_db(path)  # with a page cache for big databases (db.CACHE_KIB)
    names = provinces()
    sites = []
    for name in names:
        slug = site_slug(name)
        ensure_site(db, slug, f"Sở Công Thương {name}", f"https://{slug}.gov.vn", name)
        sites.append(slug)
    generator = Generator(sites)
    run_id = start_run(db, "benchmarks/scale.py", "bench")
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    facts = 0
    started = time.perf_counter()
    for i in range(stored):  # the random stream up to where a previous build stopped
        generator.article(i)
    bulk = bulk_from is not None and bulk_from <= max(stored, 0)
    indexes_dropped = False
    for first in range(stored, n, BATCH):
        batch = [generator.article(i) for i in range(first, min(n, first + BATCH))]
        if not bulk and bulk_from is not None and first >= bulk_from:
            bulk = True
        if bulk and not indexes_dropped:
            drop_deferred_indexes(db)
            indexes_dropped = True
        with transaction(db):
            if bulk:
                facts += bulk_write(db, batch, "bench")
            else:
                for article, article_facts in batch:
                    save_article(db, article, article_facts, "bench")
                    facts += len(article_facts)
        if first and first % (BATCH * 20) == 0:
            rate = (first - stored) / (time.perf_counter() - started)
            print(f"  {first:,} articles, {rate:,.0f}/s", file=sys.stderr, flush=True)
    if bulk:
        finish_bulk(db)
    seconds = time.perf_counter() - started
    finish_run(db, run_id, pages=n, articles=n, facts=facts, errors=0)  # ANALYZE, as after a crawl
    db.close()
    return seconds, facts


OLD_SQL = {  # The project's queries before the summary tables (main at ca430bc), for comparison.
    "old SQL: money by site and year": """select a.site, s.province, a.year, m.currency, count(*),
  sum(m.value) filter (where m.part_of is null and m.per is null)
from money m join articles a on a.id = m.article left join sites s on s.site = a.site
group by a.site, a.year, m.currency""",
    "old SQL: map (facts_by_province)": """SELECT s.province, s.province_new,
  sum((SELECT count(*) FROM articles a WHERE a.site = s.site)),
  sum((SELECT count(*) FROM money m JOIN articles a ON a.id = m.article WHERE a.site = s.site))
FROM sites s WHERE s.province IS NOT NULL GROUP BY s.province, s.province_new""",
}


def pages(new_province: str, old_province: str) -> list[tuple[str, str]]:
    """(label, URL) of every page and query timed."""
    from datasette_dashboards import replace_opts_in_query

    charts = metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]
    filters = {"province_new": new_province, "year": "2020"}
    q = lambda **params: "?" + urlencode(params)  # noqa: E731
    out = [
        ("money_facts, unfiltered (HTML)", "/bulletins/money_facts"),
        ("money_facts ?province= (HTML)", "/bulletins/money_facts" + q(province=old_province)),
        ("money_facts ?province_new=&year= (JSON)", "/bulletins/money_facts.json" + q(**filters)),
        ("money_facts ?currency=USD (JSON)", "/bulletins/money_facts.json" + q(currency="USD")),
        ("count_facts, unfiltered (HTML)", "/bulletins/count_facts"),
        ("legal_ref_facts, unfiltered (HTML)", "/bulletins/legal_ref_facts"),
        ("money table (HTML)", "/bulletins/money"),
        ("articles table (HTML)", "/bulletins/articles"),
        ("search articles 'khuyến công' (HTML)", "/bulletins/articles" + q(_search="khuyến công")),
        ("search money_facts 'khuyen cong' (HTML)", "/bulletins/money_facts" + q(_search="khuyen cong")),
        ("map: facts_by_province (HTML)", "/bulletins/facts_by_province"),
        ("dashboard page", "/-/dashboards/overview"),
    ]
    for name in QUERIES:
        params = {"articles_citing_document": {"code": "1288/QD-TTg"}, "documents_with_number": {"number": "1288"}}.get(
            name, {})
        out.append((f"canned: {name}", f"/bulletins/{name}.json" + q(_shape="array", **params)))
    for name, chart in charts.items():
        out.append((f"chart {name}", "/bulletins.json" + q(sql=replace_opts_in_query(chart["query"], {}))))
        out.append((f"chart {name} ?province_new&year", "/bulletins.json" + q(
            sql=replace_opts_in_query(chart["query"], filters), **filters)))  # fmt: skip
    for label, sql in OLD_SQL.items():
        out.append((label, "/bulletins.json" + q(sql=sql, _shape="array")))
    return out


async def time_pages(path: pathlib.Path, full_csv: bool) -> list[tuple[str, float, str]]:
    ds = datasette(path)
    conn = sqlite3.connect(path)
    old_province, new_province = conn.execute(
        "SELECT province, province_new FROM sites s JOIN article_totals t ON t.site = s.site "
        "GROUP BY s.site ORDER BY sum(t.articles) DESC LIMIT 1 OFFSET 3"
    ).fetchone()
    await ds.client.get("/")  # start-up: plugins, metadata, first connection
    results = []
    for label, url in pages(new_province, old_province):
        started = time.perf_counter()
        response = await ds.client.get(url)
        seconds = time.perf_counter() - started
        note = str(response.status_code)
        if response.status_code == 200 and url.split("?")[0].endswith(".json") and "_shape=array" in url:
            note += f", {len(response.json())} rows"
        if "These facets timed out" in response.text or '"facets_timed_out": ["' in response.text:
            note += ", some facets left off (over facet_time_limit_ms)"
        if 'Query interrupted' in response.text or "interrupted" in response.text.lower():
            note += ", INTERRUPTED"
        results.append((label, seconds, note))
        print(f"  {seconds:7.2f} s  {label}: {note}", file=sys.stderr, flush=True)  # as it goes: a long run may be cut
    if full_csv:
        money_rows = conn.execute("SELECT count(*) FROM money").fetchone()[0]
        started = time.perf_counter()
        response = await ds.client.get("/bulletins/money.csv?_stream=on&_size=max")
        seconds = time.perf_counter() - started
        # Read from the bytes as they are: at 10^6 articles the export is over a gigabyte, and a str of it
        # and a StringIO copy would hold it three times over.
        text = io.TextIOWrapper(io.BytesIO(response.content), encoding="utf-8", newline="")
        rows = sum(1 for _ in csv.reader(text)) - 1
        complete = "complete" if rows == money_rows else f"CUT: {rows:,} of {money_rows:,}"
        results.append((f"CSV of all money ({money_rows:,} rows, _stream)", seconds,
                        f"{response.status_code}, {len(response.content) / 2**20:.0f} MiB, {complete}"))  # fmt: skip
    return results


KEY_PLANS = {
    "money_facts ?province=": "select * from money_facts where province = 'X' limit 101",
    "money_facts unfiltered": "select * from money_facts limit 101",
    "articles_citing_document": QUERIES["articles_citing_document"]["sql"].replace(":code", "'1288/qd-ttg'"),
    "documents_with_number": QUERIES["documents_with_number"]["sql"].replace(":number", "'1288'"),
    "money_by_province_and_year": QUERIES["money_by_province_and_year"]["sql"],
    "totals_with_parts_over": QUERIES["totals_with_parts_over"]["sql"],
}


def plans(path) -> list[str]:
    from db.search import fold

    conn = sqlite3.connect(path)
    conn.create_function("fold", 1, fold)
    lines = []
    for label, sql in KEY_PLANS.items():
        lines.append(f"  {label}:")
        lines += [f"    {row[-1]}" for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    return lines


def time_release(path) -> tuple[float, str]:
    from db.release import release

    with tempfile.TemporaryDirectory(dir="/tmp") as out:
        started = time.perf_counter()
        summary = release(path, out, date="2026-12-01")
        seconds = time.perf_counter() - started
        size = sum(f.stat().st_size for f in pathlib.Path(out).rglob("*") if f.is_file())
        parquet = len(list(pathlib.Path(out).rglob("*.parquet")))
    return seconds, f"{len(summary['tables'])} tables, {size / 2**20:.0f} MiB, {parquet} Parquet files"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=pathlib.Path, help="database file (default: a temporary one)")
    parser.add_argument("--smoke", action="store_true", help="1,500 articles, under a minute, for CI")
    parser.add_argument("--no-release", action="store_true", help="skip timing db release")
    parser.add_argument("--no-csv", action="store_true", help="skip timing the CSV of all money")
    parser.add_argument("--bulk-from", type=int, metavar="I",
                        help="write articles from number I on by the bulk path (same rows, ~5x less CPU)")
    args = parser.parse_args()
    n = 1500 if args.smoke else args.articles
    print(machine())
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        path = args.db or pathlib.Path(tmp) / "bulletins.db"
        if path.stem != "bulletins":
            # Datasette names a database after its file; the metadata is written for "bulletins".
            link = pathlib.Path(tmp) / "bulletins.db"
            link.symlink_to(path.resolve())
        else:
            link = path
        stored = 0
        if path.exists():
            with sqlite3.connect(path) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if stored != n:
            if stored > n:
                sys.exit(f"{path} holds {stored:,} articles, more than {n:,}: delete it or give another --db")
            if stored:
                print(f"\ncontinuing the build of {path} from article {stored:,}")
            seconds, facts = build(path, n, args.bulk_from)
            how = ("save_article" if args.bulk_from is None else
                   f"save_article up to article {max(stored, args.bulk_from):,}, then the bulk path")  # fmt: skip
            print(f"\nwrote {n - stored:,} articles, {facts:,} facts in {seconds:,.0f} s "
                  f"({(n - stored) / seconds:,.0f} articles/s, {facts / seconds:,.0f} facts/s): {how}")  # fmt: skip
        else:
            open_db(path).close()  # the schema's later migrations, if any
            print(f"\nreusing {path} ({n:,} articles)")
        with sqlite3.connect(path) as conn:
            facts = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                        for t in ("money", "counts", "legal_refs", "dates", "percents"))  # fmt: skip
        print(f"database {path.stat().st_size / 2**20:,.0f} MiB, {facts:,} facts\n")
        print("key lines of the query plans (EXPLAIN QUERY PLAN):")
        print("\n".join(plans(link)))

        results = asyncio.run(time_pages(link, full_csv=not args.no_csv))
        if not args.no_release:
            seconds, note = time_release(link)
            results.append(("db release (CSV + Parquet + datapackage)", seconds, note))
    width = max(len(label) for label, _, _ in results)
    print(f"\n| {'page or query':<{width}} | seconds | result |")
    print(f"|{'-' * (width + 2)}|--------:|--------|")
    for label, seconds, note in results:
        print(f"| {label:<{width}} | {seconds:7.2f} | {note} |")
    slow = [label for label, seconds, _ in results
            if seconds > 1 and not label.startswith(("old SQL", "CSV", "db release"))]
    print(f"\npages over 1 s: {', '.join(slow) if slow else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
