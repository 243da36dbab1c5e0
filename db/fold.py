"""Fold Vietnamese text for accent-insensitive search: "Đà Nẵng" -> "da nang".

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
_D = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str | None) -> str:
    """Lowercase, strip diacritics and map đ to d. ``None`` folds to ``""``."""
    if not text:
        return ""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.translate(_D))).lower()
