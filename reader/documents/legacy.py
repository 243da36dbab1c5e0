"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI Windows): detect them in text and convert to Unicode.

Text typed before Unicode in the ".VnTime" (TCVN3) or "VNI-Times" (VNI) fonts comes out of a PDF, a Word
file or an old web page as Latin-1-looking characters: "QuyÕt ®Þnh sè" (TCVN3) or "Quyeát ñònh soá" (VNI)
for "Quyết định số". ``fix_legacy(text)`` returns the text in Unicode NFC and the encoding it found
("tcvn3", "vni" or None); a text that is already Unicode, or plain ASCII, is returned untouched.

Detection asks for strong evidence, because Unicode Vietnamese is full of Latin-1 letters too (à á â ã è
é ê ì í ò ó ô õ ù ú ý are Vietnamese letters in both): it counts characters that each encoding uses and
Unicode Vietnamese never does (TCVN3: "® ª « ¬ ¸ µ ¶ · ¹ × Þ Ð ..."; VNI: a vowel followed by a mark
character such as "aø", "eä", "oï", and "ñ" for đ) next to letters, and requires many of them, a share of
the letters, and far more of them than Vietnamese letters outside Latin-1 (ư ơ đ ạ ế ...), which a Unicode
text has in nearly every line and a legacy text never has. The tables are data (``legacy_tables.py``).
"""

from __future__ import annotations

import re
import unicodedata

from . import legacy_tables as T

__all__ = ["detect_legacy", "fix_legacy", "fix_legacy_lines", "to_tcvn3", "to_vni", "tcvn3_to_unicode",
           "vni_to_unicode"]


def _pairs(unicode_table: str, legacy_table: str) -> dict[str, str]:
    # The tables are alike cell for cell (one legacy code per Unicode letter).
    return {
        u: code
        for ur, lr in zip(T.rows(unicode_table), T.rows(legacy_table), strict=True)
        for u, code in zip(ur, lr, strict=True)
    }


_UNI_LOWER = T.UNICODE_LOWER
_UNI_UPPER = T.UNICODE_LOWER.upper()

# Unicode letter -> legacy string (for the tests' round trips and for making test files).
TCVN3_ENCODE: dict[str, str] = {**_pairs(_UNI_LOWER, T.TCVN3_LOWER), **_pairs(_UNI_UPPER, T.TCVN3_UPPER), **T.TCVN3_D}
VNI_ENCODE: dict[str, str] = {**_pairs(_UNI_LOWER, T.VNI_LOWER), **_pairs(_UNI_UPPER, T.VNI_UPPER), **T.VNI_D}
for _table in (TCVN3_ENCODE, VNI_ENCODE):
    for _k in [k for k, v in _table.items() if k == v]:
        del _table[_k]  # plain ASCII letters map to themselves

# TCVN3 is one byte per letter: a translation table. Its C1 range (0x80-0x9F, capitals with a tone in VN1)
# is mapped only as the control characters themselves: where a Windows program turned those bytes into
# cp1252 punctuation (“ ” – • …), the ABC fonts drew punctuation there too, and so do we.
_TCVN3_DECODE = {ord(v): k for k, v in TCVN3_ENCODE.items()}
# VN1's combining tone marks (0xB0-0xB4, legacy_tables.TCVN3_COMBINING) are not mapped: in documents those
# positions are "° ± ² ³ ´" ("30°C", "đồng/m²"), and the ABC fonts' capitals do not use them.

# VNI: longest match first (two characters, then one).
_VNI_DECODE = {v: k for k, v in VNI_ENCODE.items()}
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_DECODE), key=len, reverse=True)))

# Evidence. Characters TCVN3 uses for common Vietnamese letters and no Vietnamese Unicode text does.
_TCVN3_ONLY = set("®ª«¬\xad¨©µ¶·¸¹»¼½¾ÇÐ×ÝÞßç÷þ§¡¢£¤¥¦")  # none of them a VNI mark either
_TCVN3_ONLY_RE = re.compile("[" + re.escape("".join(sorted(_TCVN3_ONLY))) + "]")
# A VNI mark after a vowel. Marks that are not Vietnamese letters (ø û ï å ä ë ü) count after any vowel;
# those that are (ù õ â á à ã ê é è ú) only where the pair cannot be Unicode Vietnamese: after a or e
# ("aù", "eà"), ô or ö (VNI's ơ and ư: "öù", "ôø"), or ù/õ after y. "oà" (hoàn), "uê" (thuê),
# "yê" (yên), "OÀ" (HOÀN) are Unicode: left out.
_VNI_PAIR = re.compile(
    r"[aeiouyAEIOUYôöÔÖ][øûïåäëüØÛÏÅÄËÜ]|(?<=[aeAEôöÔÖ])[ùõâáàãêéèúÙÕÂÁÀÃÊÉÈÚ]|(?<=[yY])[ùõÙÕ]|\b[ñÑ](?=[^\W\d_])"
)
# Vietnamese letters outside Latin-1: nearly every Unicode Vietnamese line has some; legacy text none.
_VN_UNICODE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_LETTER = re.compile(r"[^\W\d_]")

MIN_EVIDENCE = 4  # legacy characters needed at least
MIN_SHARE = 0.03  # of the letters


def _evidence(text: str) -> tuple[int, int, int, int]:
    tcvn = 0
    for m in _TCVN3_ONLY_RE.finditer(text):
        i = m.start()
        # next to a letter (or another legacy character): a lone "®" or "×" between spaces is a symbol
        if (i > 0 and (text[i - 1].isalpha() or text[i - 1] in _TCVN3_ONLY)) or (
            i + 1 < len(text) and (text[i + 1].isalpha() or text[i + 1] in _TCVN3_ONLY)
        ):
            tcvn += 1
    vni = len(_VNI_PAIR.findall(text))
    return tcvn, vni, len(_VN_UNICODE.findall(text)), len(_LETTER.findall(text))


def detect_legacy(text: str, min_evidence: int = MIN_EVIDENCE) -> str | None:
    """ "tcvn3", "vni" or None: which legacy encoding the text is in, if the evidence is strong."""
    tcvn, vni, vn_unicode, letters = _evidence(text)
    best, score, other = ("tcvn3", tcvn, vni) if tcvn >= vni else ("vni", vni, tcvn)
    if score < min_evidence or score < MIN_SHARE * letters:
        return None
    if vn_unicode * 4 > score:  # a Unicode text with some odd characters: leave it alone
        return None
    if other * 2 > score:  # both look likely: not sure which, so touch nothing
        return None
    return best


# ư is TCVN3's soft-hyphen position (0xAD): PDF text extractors turn it into "-". A "-" is read as ư only
# where a plain ư can stand: right after a word's opening consonants ("t-íng" tướng, "Ch-¬ng" chương,
# "nh-" như, "H-ng" Hưng) and before ơ, a, u, "ng", "n" or the word's end. Hyphens in "khu-cụm",
# "Ô-xtrây-li-a", "Q§-TTg", "TP-HCM", "2014-2018" or a URL stay.
_TCVN3_U_HORN = re.compile(
    r"(?<![^\W\d_])([BCDGHKLMNPQRSTVX§]?[bcdghklmnpqrstvx®]*)-(?=([¬íêëìîau]|ng|n\b|[\s.,;:!?)\"']|$))"
)


def _u_horn(m: re.Match[str]) -> str:
    prefix, follower = m.group(1), m.group(2)
    if not prefix or (prefix.isupper() and not follower[:1].isalpha() and follower[:1] not in "¬íêëìî"):
        return m.group()  # "- " after nothing, or after a capital alone before a space: a dash, not ư
    return prefix + "\xad"


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 (as Latin-1 characters) to Unicode NFC, with the capitals of ".VnTimeH"-style headings restored."""
    text = _TCVN3_U_HORN.sub(_u_horn, text)
    return _restore_caps(unicodedata.normalize("NFC", text.translate(_TCVN3_DECODE)))


def vni_to_unicode(text: str) -> str:
    """VNI Windows (as Latin-1 characters) to Unicode NFC."""
    return _restore_caps(unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_DECODE[m.group()], text)))


_WORD = re.compile(r"[^\W\d_]+")


def _restore_caps(text: str) -> str:
    """A heading typed in a capitals font ("QUYÕT §ÞNH") decodes as "QUYếT ĐịNH": the lower-case codes
    were drawn as capitals. A word with capital ASCII letters and no small ASCII letter is upper-cased."""

    def fix(m: re.Match[str]) -> str:
        w = m.group()
        ascii_letters = [c for c in w if c.isascii()]
        # two capitals at least: "Sở" (one capital, then a small ở) is an ordinary word
        if len(ascii_letters) > 1 and all(c.isupper() for c in ascii_letters) and not w.isupper():
            return w.upper()
        return w

    return _WORD.sub(fix, text)


def fix_legacy(text: str) -> tuple[str, str | None]:
    """(text in Unicode NFC, "tcvn3" | "vni" | None). Untouched (not even normalised) when no legacy encoding is
    found."""
    kind = detect_legacy(text)
    if kind == "tcvn3":
        return tcvn3_to_unicode(text), kind
    if kind == "vni":
        return vni_to_unicode(text), kind
    return text, None


MIN_RUN_EVIDENCE = 2  # legacy characters a run of lines needs, in a text that is not legacy as a whole
_GUILLEMETS = str.maketrans("", "", "«»")


def fix_legacy_lines(text: str) -> tuple[str, str | None]:
    """``fix_legacy`` for a text, else run by run of lines: a web page in Unicode may carry a table or a
    paragraph typed in a legacy font ("§¬n vÞ tÝnh: TriÖu USD"). A run of lines with no Vietnamese letter
    outside Latin-1 (which a Unicode line nearly always has, and a legacy one never) is converted when its
    own evidence says so; other lines are left as they are. Returns the encoding found (the first, in a mixed
    text) or None."""
    if not _TCVN3_ONLY_RE.search(text) and not _VNI_PAIR.search(text):
        return text, None  # no legacy character at all: the common case, one scan or two
    fixed, kind = fix_legacy(text)
    if kind is not None:
        return fixed, kind
    found: str | None = None
    lines = text.split("\n")
    run_start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and not _VN_UNICODE.search(lines[i]):
            continue  # the run goes on
        run = "\n".join(lines[run_start:i])
        # Guillemets («high») quote words in many a Unicode text: no evidence for a run on their own.
        run_kind = detect_legacy(run.translate(_GUILLEMETS), MIN_RUN_EVIDENCE) if run.strip() else None
        if run_kind is not None:
            converted = (tcvn3_to_unicode(run) if run_kind == "tcvn3" else vni_to_unicode(run)).split("\n")
            lines[run_start:i] = converted
            found = found or run_kind
        run_start = i + 1
    return ("\n".join(lines), found) if found else (text, None)


def to_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (VN1 for capitals with a tone): to make test files and check round trips."""
    return "".join(TCVN3_ENCODE.get(c, c) for c in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> str:
    """Unicode to VNI Windows: to make test files and check round trips."""
    return "".join(VNI_ENCODE.get(c, c) for c in unicodedata.normalize("NFC", text))
