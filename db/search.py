"""Accent-insensitive search: fold Vietnamese text ("Đà Nẵng" -> "da nang") and query the index.

SQLite's FTS5 ``unicode61 remove_diacritics 2`` tokenizer strips tone marks but
treats đ/Đ as a letter of its own (it is not a d plus a combining mark), so
"da nang" never finds "Đà Nẵng" and "QD" never finds "QĐ". We index a folded
copy of the text beside the original instead (see ``db.schema``).
"""

import re
import unicodedata

# Every combining mark Vietnamese uses (tones, breve, circumflex, horn) lies in
# the Combining Diacritical Marks block; a regex over it is ~10x faster than a
# Python loop over unicodedata.combining().
_COMBINING = re.compile("[\u0300-\u036f]+")


def fold(text: str | None) -> str:
    """Lowercase, strip diacritics and map đ to d. ``None`` folds to ``""``."""
    if not text:
        return ""
    # Lowercase first: lower() itself can add a mark ("İ" -> "i" + U+0307).
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d").lower()))


def search(db, query: str, limit: int = 20) -> list[dict]:
    """Articles matching ``query`` the way Datasette's search box matches it.

    Each word must occur (in the original or the folded copy); the words are
    quoted as Datasette's ``escape_fts`` does, so FTS5 syntax is not needed.
    Best matches first.
    """
    from datasette.utils import escape_fts

    return [
        dict(zip(("id", "url", "title", "published"), row, strict=True))
        for row in db.execute(
            "SELECT a.id, a.url, a.title, a.published FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?",
            (escape_fts(query), limit),
        )
    ]
