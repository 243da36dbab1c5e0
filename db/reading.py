"""Reading pages: an article's text with its facts marked in place, a fact in its sentence.

Pure functions (no Datasette, no I/O) that turn a field's text and the facts
found in it into escaped HTML; ``db/plugins/reading.py`` feeds them rows and
``db/templates/row.html`` lays the page out.

Offsets index the NFC form of the text (the extractor's contract), so the text
is normalised before it is cut. Facts may overlap (a range read as two
amounts, a date inside a legal reference) or touch: the text is cut at every
fact boundary and each piece is marked with every fact that covers it, so no
fact is lost and no piece of text is shown twice.
"""

import dataclasses
import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from markupsafe import Markup, escape

# Fact table -> the fact type it holds, as the extractor names it.
TABLE_TYPES = {
    "money": "money",
    "legal_refs": "legal_ref",
    "counts": "count",
    "dates": "date",
    "periods": "period",
    "percents": "percent",
    "other_facts": "other",
}
FIELDS = ("title", "lead", "body")


@dataclass
class Fact:
    """One fact row as a reading page needs it."""

    table: str
    field: str
    start: int
    end: int
    text: str
    value: str  # the value as a reader reads it (grouped digits, currency, unit ...)
    url: str  # its row page
    anchor: str = ""  # id of its line in the article's list of facts
    # dataclasses.field: the name field is this class's own column (mypy reads it so in the class body).
    row: dict = dataclasses.field(default_factory=dict)

    @property
    def type(self) -> str:
        return TABLE_TYPES.get(self.table, self.table)


def group_digits(number) -> str:
    """Vietnamese grouping: 11072000000 -> '11.072.000.000', Decimal('15.5') -> '15,5'."""
    try:
        number = Decimal(str(number))
    except InvalidOperation:
        return str(number)
    sign = "-" if number < 0 else ""
    integer, _, fraction = f"{abs(number):f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


def fact_value(table: str, row: dict) -> str:
    """What a fact says, in words a reader checks against the text."""
    if table == "money":
        amount = row.get("value_text") or row.get("value")
        value = f"{group_digits(amount)} {row.get('currency') or ''}".strip()
        qualifier = {"approx": "about", "over": "over", "under": "under"}.get(row.get("qualifier") or "")
        return f"{qualifier} {value}" if qualifier else value
    if table == "counts":
        return f"{group_digits(row.get('value'))} {row.get('unit') or ''}".strip()
    if table == "legal_refs":
        parts = [row.get("code") or "", row.get("doc_type") or ""]
        if row.get("issued"):
            parts.append(f"issued {row['issued']}")
        if row.get("issuer") or row.get("issuer_from_code"):
            parts.append(row.get("issuer") or row.get("issuer_from_code"))
        return " · ".join(p for p in parts if p)
    if table == "periods":
        return f"{row.get('start_year')}–{row.get('end_year')}"
    if table == "percents":
        return f"{group_digits(row.get('value'))} %"
    if table == "other_facts":
        try:
            data = json.loads(row.get("data") or "{}")
        except ValueError:
            data = row.get("data")
        return f"{row.get('type')}: {json.dumps(data, ensure_ascii=False)}"
    return str(row.get("value", ""))


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def placed(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts whose offsets point at their own text in ``text`` (NFC)."""
    return [f for f in facts if 0 <= f.start < f.end <= len(text) and text[f.start : f.end] == nfc(f.text)]


def pieces(text: str, facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """``text`` cut at every fact boundary: (piece, facts covering it), in order.

    Joining the pieces gives back ``text``; facts whose offsets do not point at
    their text (a stale row) are left out rather than marked in the wrong place.
    """
    facts = sorted(placed(text, facts), key=lambda f: (f.start, -f.end))
    cuts = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    # A sweep over the cuts: the facts open at each piece, so a text with
    # thousands of facts costs cuts x (facts open at once), not cuts x facts.
    out: list[tuple[str, list[Fact]]] = []
    open_facts: list[Fact] = []
    next_fact = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        open_facts = [f for f in open_facts if f.end > left]
        while next_fact < len(facts) and facts[next_fact].start <= left:
            open_facts.append(facts[next_fact])
            next_fact += 1
        out.append((text[left:right], list(open_facts)))
    return out


def _popover(facts: list[Fact]) -> str:
    items = "".join(
        f'<span class="fact-pop-item"><span class="fact-type">{escape(f.type)}</span> '
        f'<span class="fact-value">{escape(f.value)}</span> <a href="{escape(f.url)}">row</a></span>'
        for f in facts
    )
    return f'<span class="fact-pop" role="tooltip">{items}</span>'


def highlight(text: str | None, facts: list[Fact]) -> Markup:
    """Escaped HTML of ``text`` with each fact's characters in a ``<mark>``.

    Each mark names its facts (class, ``data-facts``, a ``title`` for a plain
    hover) and holds a popover with each fact's type, value and a link to its
    row, shown on hover or focus (click or tab). Every piece of text and every
    value goes through ``escape`` (f-strings, not ``Markup.format``: six times
    faster on an article with thousands of facts).
    """
    text = nfc(text)
    html: list[str] = []
    for piece, covering in pieces(text, facts):
        if not covering:
            html.append(escape(piece))
            continue
        types = sorted({f.type for f in covering})
        classes = ["fact"] + [f"fact-{t}" for t in types] + (["fact-overlap"] if len(covering) > 1 else [])
        title = "; ".join(f"{f.type}: {f.value}" for f in covering)
        html.append(
            f'<mark class="{escape(" ".join(classes))}" tabindex="0" '
            f'data-facts="{escape(" ".join(f.anchor for f in covering))}" title="{escape(title)}">'
            f"{escape(piece)}{_popover(covering)}</mark>"
        )
    return Markup("".join(html))


def sentence_window(text: str | None, sentence: str | None, start: int, end: int) -> tuple[str, int, int]:
    """The sentence around text[start:end], and the fact's offsets inside it.

    The sentence is looked for where the fact is (a sentence can occur twice in
    a text); when it is not there (or not stored) a window of the text around
    the fact stands in for it.
    """
    text, sentence = nfc(text), nfc(sentence)
    if sentence:
        position = text.find(sentence, max(0, end - len(sentence)))
        while position != -1 and position <= start:
            if position + len(sentence) >= end:
                return sentence, start - position, end - position
            position = text.find(sentence, position + 1)
    left, right = max(0, start - 160), min(len(text), end + 160)
    return text[left:right], start - left, end - left


def marked_sentence(text: str | None, fact: Fact, sentence: str | None) -> Markup:
    """The fact's sentence, escaped, with the fact's characters in a ``<mark>``."""
    window, start, end = sentence_window(text, sentence, fact.start, fact.end)
    if window[start:end] != nfc(fact.text):  # stale offsets: show the stored sentence as it is
        return escape(nfc(sentence) or nfc(fact.text))
    return Markup('{}<mark class="fact fact-{}">{}</mark>{}').format(
        window[:start], fact.type, window[start:end], window[end:]
    )
