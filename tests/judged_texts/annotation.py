"""Helpers shared by the judged sets' annotators (tests/judged_*/annotate.py).

Each set's annotate.py holds its readings (`G[...] = {...}`) and writes the set's gold.jsonl and
doubtful.tsv from them; this module holds what the annotators have in common, loaded by path (the
sets are folders, not packages), as the annotators load score_parts:

    _spec = importlib.util.spec_from_file_location("annotation", HERE.parent / "judged_texts" / "annotation.py")
    ann = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(ann)

Values are computed with Decimal from the number as written and the multiplier read for it, so no
figure is multiplied by hand; a total's `parts` state ("adds up", "less", "more") is computed from
its parts the same way (`resolve`). Every gold `text` is checked to be found in its document in list
order, on number and word boundaries, as score_parts.place places it (the scorer's function is loaded,
not copied); a text that cannot be placed stops the script. Every `ignore` text is checked to occur.

Readings: M(...) money, V(...) money read by hand, W(...) money in words, R(...) a rate, C(...)
count, L(...) legal_ref. `tag="T"` names a total (or a figure that an amount in words restates),
`part="T"` makes an entry a part of it, `restates="T"` makes an amount in words restate it (the
names become list indexes in the gold); `opener` says how the breakdown is written. Conventions for
the number (`conv`): 'vn' ('.' groups thousands, ',' decimal), 'pt_en' or 'en' (',' groups
thousands, '.' decimal, the English way); any other name ('pt') reads the figure as written ('.' a
decimal point, no grouping).

Where the sets' copies of a helper differed, the difference is a keyword here whose default is what
most sets did; a set that did otherwise passes its own value (or keeps a small local override).
"""

import importlib.util
import json
import pathlib
import re
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent

# The placing rule of the parts scorer, reused rather than copied.
_spec = importlib.util.spec_from_file_location("score_parts", HERE / "score_parts.py")
assert _spec and _spec.loader
score_parts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_parts)

NGHIN, TRIEU, TY = 10**3, 10**6, 10**9
NGHIN_TY = 10**12
NUMBER = re.compile(r"\d[\d.,]*\d|\d")
KINDS = ("money", "counts", "legal_refs")


# ---------------------------------------------------------------------------------------------
# Entries
def number(text, conv):
    """The first number written in `text`, read with the convention `conv` (see the module's docstring)."""
    token = NUMBER.search(text).group(0)
    if conv == "vn":
        token = token.replace(".", "").replace(",", ".")
    elif conv in ("pt_en", "en"):
        token = token.replace(",", "")
    return Decimal(token)


def M(
    text,
    mult=1,
    cur="VND",
    shape="plain",
    q=None,
    per=None,
    conv="vn",
    tag=None,
    part=None,
    opener=None,
    restates=None,
    at=None,
):
    """A money fact: the first number in `text` times `mult`, in `cur`.

    `at`, when given, is the offset where the figure was read in its text (`Offsets`); the gold is
    then checked to place the entry exactly there.
    """
    value = number(text, conv) * Decimal(mult)
    return money(text, value, cur, shape, q, per, tag, part, opener, restates, at)


def money(text, value, cur, shape, q, per, tag, part, opener, restates, at=None):
    """A money entry of the value given (a VND amount must be whole)."""
    if cur == "VND":
        assert value == value.to_integral_value(), (text, value)
    value = int(value) if value == value.to_integral_value() else float(value)
    e = {"text": text, "value": value, "currency": cur}
    if q:
        e["qualifier"] = q
    if per:
        e["per"] = per
    if restates:
        e["_restates"] = restates
    return links(e, shape, tag, part, opener, at)


def V(text, value, cur="VND", shape="plain", q=None, per=None, tag=None, part=None, opener=None):
    """A money fact whose value is read by hand (a compound such as "2.124 tỷ 541 triệu đồng")."""
    return money(text, Decimal(value), cur, shape, q, per, tag, part, opener, None)


def W(text, value, cur="VND", q=None, restates=None, tag=None, part=None):
    """An amount written in words ("chín trăm triệu đồng"), its value read by hand."""
    return money(text, Decimal(value), cur, "words", q, None, tag, part, None, restates)


def R(text, mult=1, cur="VND", per=None, q=None, shape="rate"):
    """A rate ("… đồng/kg")."""
    return M(text, mult, cur, shape=shape, per=per, q=q)


def C(text, unit, mult=1, shape="plain", q=None, tag=None, part=None, opener=None, at=None):
    """A count: the first number in `text` (times `mult`) of `unit`."""
    value = number(text, "vn") * Decimal(mult)
    assert value == value.to_integral_value(), (text, value)
    e = {"text": text, "value": int(value), "unit": unit}
    if q:
        e["qualifier"] = q
    return links(e, shape, tag, part, opener, at)


def L(text, code, doc_type, date=None):
    """A legal reference."""
    return {"text": text, "code": code, "doc_type": doc_type, "date": date}


def links(e, shape, tag, part, opener, at=None):
    """Set an entry's shape and its total's name (`_tag`, with the opener) or its total (`_part`)."""
    e["shape"] = shape
    if tag:
        e["_tag"] = tag
        e["opener"] = opener
    if part:
        e["_part"] = part
    if at is not None:
        e["_at"] = at
    return e


# ---------------------------------------------------------------------------------------------
# Ranges, rows and cells
def rng(low, high, mult=1, per=None, q=None, cur="VND", conv="vn"):
    """A range or pair "low - high …" / "low và high …": two facts, the lower one sharing the upper one's unit."""
    return [
        M(low, mult, cur, shape="range-first", per=per, q=q, conv=conv),
        M(high, mult, cur, shape="rate" if per else "plain", per=per, q=q, conv=conv),
    ]


def rate_range(low, high_with_unit, per, mult=1, cur="VND", q=None):
    """A range of prices per `per`: the first end keeps only its number, the second carries the unit (sets 4, 5)."""
    return [
        M(low, mult, cur, shape="range-first", per=per, q=q),
        M(high_with_unit, mult, cur, shape="rate", per=per, q=q),
    ]


def kgs(*items, mult=1, per="kg"):
    """Prices per `per` written "a - b đồng/kg" (a tuple) or "c đồng/kg" (a string), in text order."""
    out = []
    for item in items:
        if isinstance(item, tuple):
            out += rng(item[0], item[1], mult=mult, per=per)
        else:
            out.append(R(item, mult, per=per))
    return out


def cells(items, mult=1, per=None):
    """Table cells in text order: a tuple is a range in one cell (two facts), a string one figure."""
    flat = [c for item in items for c in (item if isinstance(item, tuple) else (item,))]
    return [M(c, mult, shape="table", per=per) for c in flat]


def line_cells(line, mult, cur="VND", conv="vn", tags=None, parts=None, opener=None, per=None):
    """The money cells of one table row, one per whitespace-separated figure, in the table's unit.

    `tags` and `parts` give, column by column, the total each cell is (a name or None) and the
    total it is a part of (a name or None).
    """
    out = []
    for i, tok in enumerate(line.split()):
        tag = tags[i] if tags else None
        part = parts[i] if parts else None
        out.append(M(tok, mult, cur, shape="table", conv=conv, per=per, tag=tag, part=part, opener=opener))
    return out


def col(prefix, n):
    """Names for the totals of a table's columns: prefix0 ... prefix(n-1)."""
    return [f"{prefix}{i}" for i in range(n)]


def trow(nums, mult, tag=None, part=None, cur="VND", conv="vn", per=None, opener="table rows"):
    """One row of a table's money cells, written in order ("-" for an empty cell, which keeps its column).

    The cell in column j is named `tag#j` when the row is a total and is a part of `part#j` when the
    row is one of a total row's parts, so each column carries its own totals and parts.
    """
    out = []
    for j, tok in enumerate(nums.split()):
        if tok == "-":
            continue
        out.append(
            M(
                tok,
                mult,
                cur,
                shape="table",
                conv=conv,
                per=per,
                tag=f"{tag}#{j}" if tag else None,
                part=f"{part}#{j}" if part else None,
                opener=opener,
            )
        )
    return out


def range_row(line, per):
    """A table row whose cells may be ranges, in the unit stated once above the table."""
    out = []
    for cell in line.split():
        out += trng(cell, per=per) if "-" in cell else [M(cell, shape="table", per=per)]
    return out


def trng(cell, mult=1, cur="VND", per=None):
    """A range cell of a table ("82.000-83.000"): the lower bound, then the upper one."""
    low, high = cell.split("-")
    return [
        M(low, mult, cur, shape="range-first", per=per),
        M(high, mult, cur, shape="table", per=per),
    ]


# ---------------------------------------------------------------------------------------------
# Figures read at their offsets (`at`): cells found in the text rather than copied out of it
def read_texts(folder, prefix):
    """The texts of a set, {stem: text}, in name order."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob(prefix + "*.txt"))}


def bounded(text, token, s):
    """Whether `token` at `s` stands alone, by the placing rule of score_parts.place."""
    before = text[s - 1] if s else " "
    end = s + len(token)
    after = text[end] if end < len(text) else " "
    if token[:1].isdigit() and (before.isdigit() or (before in ".," and s > 1 and text[s - 2].isdigit())):
        return False
    if token[-1:].isdigit() and (after.isdigit() or (after in ".," and text[end + 1 : end + 2].isdigit())):
        return False
    return True


class Offsets:
    """Figures with their offsets, (token, offset), read from a set's texts ({id: text})."""

    def __init__(self, texts):
        self.texts = texts

    def after(self, doc, anchor, tokens, occurrence=1):
        """Offsets of `tokens`, read one after another from the `occurrence`-th `anchor` of the text."""
        text = self.texts[doc]
        pos = -1
        for _ in range(occurrence):
            pos = text.index(anchor, pos + 1)
        pos += len(anchor)
        out = []
        for tok in tokens:
            s = text.index(tok, pos)
            while not bounded(text, tok, s):
                s = text.index(tok, s + 1)
            out.append((tok, s))
            pos = s + len(tok)
        return out

    def row(self, doc, label, n, occurrence=1):
        """The first `n` figures on the line that begins (after blanks) with `label`, after the label."""
        text = self.texts[doc]
        base = [m.end() for m in re.finditer(r"(?m)^[ \t]*" + re.escape(label), text)][occurrence - 1]
        end = text.find("\n", base)
        end = len(text) if end == -1 else end
        cells = [(m.group(0), base + m.start()) for m in re.finditer(r"\d[\d.,]*\d|\d", text[base:end])]
        assert len(cells) >= n, (doc, label, cells)
        return cells[:n]

    def nxt(self, doc, anchor, n, occurrence=1):
        """The `n` figures that follow the `occurrence`-th `anchor` (across lines: cells one a line)."""
        text = self.texts[doc]
        pos = -1
        for _ in range(occurrence):
            pos = text.index(anchor, pos + 1)
        base = pos + len(anchor)
        cells = [(m.group(0), base + m.start()) for m in re.finditer(r"\d[\d.,]*\d|\d", text[base:])]
        assert len(cells) >= n, (doc, anchor, cells)
        return cells[:n]


def placed_table(cells, mult, cur="VND", conv="vn", per=None, shape="table"):
    """Money cells of a table whose unit is stated once, from (token, offset) pairs."""
    return [M(tok, mult, cur, shape=shape, conv=conv, per=per, at=at) for tok, at in cells]


def split(cells, mult, tag, opener, conv="vn", cur="VND", per=None):
    """A total cell followed by the cells that make it up (a total column and its parts), from (token, offset) pairs."""
    (tok, at), rest = cells[0], cells[1:]
    out = [M(tok, mult, cur, shape="table", conv=conv, per=per, tag=tag, opener=opener, at=at)]
    return out + [M(t, mult, cur, shape="table", conv=conv, per=per, part=tag, at=a) for t, a in rest]


# ---------------------------------------------------------------------------------------------
# The readings of a set and its doubtful figures
class Readings:
    """A set's readings: G (id -> {kind: entries}), IGN (id -> {kind: ignored entries}), D (doubtful rows).

    An annotator binds them and the doubt helpers to its own names: `G, IGN, D = r.G, r.IGN, r.D`.
    """

    def __init__(self):
        self.G = {}  # id -> {"money": [...], "counts": [...], "legal_refs": [...]}
        self.IGN = {}  # id -> {"money": [...], "counts": [...], "legal_refs": [...]}
        self.D = []  # doubtful: (id, text, why)

    def doubt(self, doc, kind, entry, why):
        """An entry the gold ignores (either reading is accepted), and its row in doubtful.tsv."""
        self.IGN.setdefault(doc, {}).setdefault(kind, []).append(entry)
        self.D.append((doc, entry["text"], why))

    def doubt_money(self, doc, text, value, why, cur="VND"):
        """A doubtful money figure, its value given."""
        self.doubt(doc, "money", {"text": text, "value": value, "currency": cur}, why)

    def doubt_count(self, doc, text, value, unit, why):
        """A doubtful count, its value given."""
        self.doubt(doc, "counts", {"text": text, "value": value, "unit": unit}, why)


# ---------------------------------------------------------------------------------------------
# Writing the gold
def resolve(entries, tags_need_parts=False):
    """Turn tags into list indexes and compute each total's parts state from its parts.

    A tag without parts names a figure that words restate (no state); with `tags_need_parts` a tag
    without parts stops the script (sets 3 to 5, which have no amounts in words). An amount in words
    must have its restated figure's value; the figure may stand before or after the words.
    """
    index = {e["_tag"]: i for i, e in enumerate(entries) if "_tag" in e}
    sums = {}
    for e in entries:
        if "_part" in e:
            sums[e["_part"]] = sums.get(e["_part"], Decimal(0)) + Decimal(str(e["value"]))
    out = []
    for e in entries:
        e = dict(e)
        e.pop("_at", None)
        if "_part" in e:
            e["part_of"] = index[e.pop("_part")]
        if "_restates" in e:
            e["restates"] = index[e.pop("_restates")]
            assert entries[e["restates"]]["value"] == e["value"], e
        if "_tag" in e:
            tag = e.pop("_tag")
            assert tag in sums or not tags_need_parts, ("a total without parts", e["text"])
            if tag in sums:
                total, parts = Decimal(str(e["value"])), sums[tag]
                e["parts"] = "adds up" if parts == total else ("less" if parts < total else "more")
        shape = e.pop("shape", None)
        opener = e.pop("opener", None)
        if "parts" in e:
            e["opener"] = opener
        if shape:
            e["shape"] = shape
        out.append(e)
    return out


def check_placed(doc, kind, text, entries, resolved=None):
    """Every entry is placed in `text` in list order as score_parts.place places it.

    `entries` read at an offset (`_at`, see M's `at`) must be placed at that offset; `resolved` is
    the list as written to the gold when `entries` are the readings before `resolve`.
    """
    resolved = entries if resolved is None else resolved
    starts = score_parts.place(text, resolved)
    missing = [e["text"] for e, s in zip(resolved, starts, strict=True) if s is None]
    assert not missing, (doc, kind, missing)
    for e, s in zip(entries, starts, strict=True):
        # a cell read from its row must be the figure the scorer places there
        assert e.get("_at", s) == s, (doc, kind, e["text"], e["_at"], s, text[s - 20 : s + 20])


def records(folder, prefix, G, IGN, kinds=KINDS, resolve=resolve, placed=True):
    """The gold records of the texts `folder/prefix*.txt`, in name order, from the readings G and IGN.

    `kinds` is the order of the lists in a record (and in its `ignore`); `resolve` turns a list of
    readings into gold entries (None: the readings are the entries). With `placed` every entry is
    placed as score_parts places it (`check_placed`); without, it need only occur in the text.
    """
    out = []
    for path in sorted(folder.glob(prefix + "*.txt")):
        doc = path.stem
        text = path.read_text(encoding="utf-8")
        g = G.get(doc, {})
        rec = {"id": doc}
        for kind in kinds:
            entries = g.get(kind, [])
            rec[kind] = resolve(entries) if resolve else entries
            if placed:
                check_placed(doc, kind, text, entries, rec[kind])
            else:
                for e in rec[kind]:
                    assert e["text"] in text, (doc, e["text"])
        if doc in IGN:
            rec["ignore"] = {k: IGN[doc].get(k, []) for k in kinds}
            # ignore entries are matched by reading only, so they need only occur in the text
            for entries in rec["ignore"].values():
                for e in entries:
                    assert e["text"] in text, (doc, e["text"])
        out.append(rec)
    assert set(G) | set(IGN) <= {r["id"] for r in out}
    return out


def write(out, records, D, escape_newlines=False):
    """Write `out`/gold.jsonl (one record a line) and `out`/doubtful.tsv (id, text, why).

    With `escape_newlines` a doubtful text that spans lines is written with '\\n' for its line breaks.
    """
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    if escape_newlines:
        D = [(a, b.replace("\n", "\\n"), c) for a, b, c in D]
    (out / "doubtful.tsv").write_text("".join(f"{a}\t{b}\t{c}\n" for a, b, c in D), encoding="utf-8")


def summary(records, ignored, table_links=True, openers=True, currencies=True, dated=True):
    """Print a set's figures: entries by kind, part links, totals and their states, money shapes.

    The keywords add the later sets' figures: part links of table money, the totals' openers, the
    money's currencies, the dated legal refs; `ignored` is the number of doubtful rows.
    """
    n = {k: sum(len(r[k]) for r in records) for k in KINDS}
    links = {k: sum(1 for r in records for e in r[k] if "part_of" in e) for k in ("money", "counts")}
    totals = {k: sum(1 for r in records for e in r[k] if "parts" in e) for k in ("money", "counts")}
    states, shapes, opened, cur = {}, {}, {}, {}
    for r in records:
        for k in ("money", "counts"):
            for e in r[k]:
                if "parts" in e:
                    states[e["parts"]] = states.get(e["parts"], 0) + 1
                    opened[e["opener"]] = opened.get(e["opener"], 0) + 1
        for e in r["money"]:
            shapes[e["shape"]] = shapes.get(e["shape"], 0) + 1
            cur[e["currency"]] = cur.get(e["currency"], 0) + 1
    words = [len(records), "texts", n, "part links", links]
    if table_links:
        table = sum(1 for r in records for e in r["money"] if "part_of" in e and e["shape"] == "table")
        words += ["of which table money", table]
    words += ["totals", totals, states]
    if openers:
        words += ["openers", opened]
    words += ["money shapes", shapes]
    if currencies:
        words += ["currencies", cur]
    if dated:
        words += ["dated refs", sum(1 for r in records for e in r["legal_refs"] if e["date"])]
    print(*words, "ignore", ignored)
