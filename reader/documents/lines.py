"""Text lines as the extractor reads them: a table row is one line, "| cell | cell |"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_SPACE = re.compile(r"\s+")


def cell_text(value: object) -> str:
    """A cell's text on one line: inner line breaks become spaces, and a "|" inside a cell a "/"."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else _number(value)
    return _SPACE.sub(" ", text.replace("|", "/")).strip()


def _number(value: object) -> str:
    # Spreadsheet numbers as a Vietnamese text writes them, so the extractor reads them as it reads prose:
    # 1250 -> "1.250", 1250.5 -> "1.250,5" ("." groups thousands, "," is the decimal mark).
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) < 1e15):
        return f"{int(value):,}".replace(",", ".")
    if isinstance(value, float):
        whole, _, frac = f"{value:,.6f}".rstrip("0").partition(".")
        return whole.replace(",", ".") + ("," + frac if frac else "")
    return str(value)


def table_row(cells: Sequence[object]) -> str:
    """One table row as one line; "" for a row with no text at all."""
    texts = [cell_text(c) for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    if not any(texts):
        return ""
    if len(texts) == 1:  # a lone cell (a title or a unit line across merged cells) reads as a line of text
        return texts[0]
    return "| " + " | ".join(texts) + " |"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
