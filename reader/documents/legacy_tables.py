"""Data only: the legacy Vietnamese font encodings TCVN3 (ABC) and VNI Windows, as letter lists.

Both are written out letter by letter, in the order VOWELS x TONES below, so a reader can check any cell
against a published table. They were checked, cell by cell, against two independent public sources each:

- TCVN3: the GNU C library's charmap TCVN5712-1 (``iconv -f TCVN5712-1``, TCVN 5712:1993 VN1, the
  superset that also gives the capitals with a tone) and the ``TCVN[]`` table of xvnkb (Dao Hai Lam,
  github.com/lamdao/xvnkb, ``tcvn.h``); the lower-case half also against ``TCVN3`` in duydev's
  vietnamese-conversion (github.com/duydev/vietnamese-conversion, ``src/charsets.ts``).
- VNI Windows: the ``VNI[]`` table of xvnkb (``vni.h``) and ``VNI`` in duydev's vietnamese-conversion.

tests/test_legacy_encodings.py checks every letter with every tone again, against Unicode's own
decomposition and (TCVN3) against the C library's iconv where it is installed.
"""

# Rows: a vowel (or đ); columns: no tone, sắc (acute), huyền (grave), hỏi (hook), ngã (tilde), nặng (dot).
TONES = ("", "acute", "grave", "hook", "tilde", "dot")
VOWELS = "a ă â e ê i o ô ơ u ư y".split()

# Unicode, lower case, one row per vowel in VOWELS order, the six forms of TONES.
UNICODE_LOWER = """
a á à ả ã ạ
ă ắ ằ ẳ ẵ ặ
â ấ ầ ẩ ẫ ậ
e é è ẻ ẽ ẹ
ê ế ề ể ễ ệ
i í ì ỉ ĩ ị
o ó ò ỏ õ ọ
ô ố ồ ổ ỗ ộ
ơ ớ ờ ở ỡ ợ
u ú ù ủ ũ ụ
ư ứ ừ ử ữ ự
y ý ỳ ỷ ỹ ỵ
"""

# TCVN3 (ABC fonts, TCVN 5712 VN3): one byte per letter, shown as its Latin-1 character. Lower case.
# "\xad" (ư) is the soft-hyphen position, invisible in most viewers.
TCVN3_LOWER = """
a ¸ µ ¶ · ¹
¨ ¾ » ¼ ½ Æ
© Ê Ç È É Ë
e Ð Ì Î Ï Ñ
ª Õ Ò Ó Ô Ö
i Ý × Ø Ü Þ
o ã ß á â ä
« è å æ ç é
¬ í ê ë ì î
u ó ï ñ ò ô
\xad ø õ ö ÷ ù
y ý ú û ü þ
"""

# TCVN3 capitals. The ABC fonts (VN3) have only the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ at
# 0xA1-0xA7); capitals with a tone are typed in the ".VnTimeH"-style fonts with the lower-case codes.
# TCVN 5712 VN1 puts them in the C0 and C1 control ranges and in the slots VN3 leaves free; written
# here as \\xNN escapes because most of them are control characters.
TCVN3_UPPER = """
A \x83 \x80 \x81 \x82 \x84
\xa1 \xc0 \xaf \xba \xbf \x85
\xa2 \xc4 \xc1 \xc2 \xc3 \x86
E \x8a \x87 \x88 \x89 \x8b
\xa3 \xda \xc5 \xcd \xd9 \x8c
I \x90 \x8d \x8e \x8f \x91
O \x95 \x92 \x93 \x94 \x96
\xa4 \xff \xdb \xe0 \xf0 \x97
\xa5 \x9b \x98 \x99 \x9a \x9c
U \x01 \x9d \x9e \x9f \x02
\xa6 \x11 \x04 \x05 \x06 \x12
Y \x16 \x13 \x14 \x15 \x17
"""

TCVN3_D = {"đ": "®", "Đ": "§"}
# VN1 also has the five tone marks as combining characters (0xB0-0xB4), used after a capital.
TCVN3_COMBINING = {"°": "\u0300", "±": "\u0309", "²": "\u0303", "³": "\u0301", "´": "\u0323"}

# VNI Windows: a letter and its marks as separate characters (a base letter, then one character that
# stands for the vowel mark and the tone together); ơ, ư, đ and the i/ỵ forms are single characters.
VNI_LOWER = """
a aù aø aû aõ aï
aê aé aè aú aü aë
aâ aá aà aå aã aä
e eù eø eû eõ eï
eâ eá eà eå eã eä
i í ì æ ó ò
o où oø oû oõ oï
oâ oá oà oå oã oä
ô ôù ôø ôû ôõ ôï
u uù uø uû uõ uï
ö öù öø öû öõ öï
y yù yø yû yõ î
"""

VNI_UPPER = """
A AÙ AØ AÛ AÕ AÏ
AÊ AÉ AÈ AÚ AÜ AË
AÂ AÁ AÀ AÅ AÃ AÄ
E EÙ EØ EÛ EÕ EÏ
EÂ EÁ EÀ EÅ EÃ EÄ
I Í Ì Æ Ó Ò
O OÙ OØ OÛ OÕ OÏ
OÂ OÁ OÀ OÅ OÃ OÄ
Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ
U UÙ UØ UÛ UÕ UÏ
Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ
Y YÙ YØ YÛ YÕ Î
"""

VNI_D = {"đ": "ñ", "Đ": "Ñ"}


def rows(table: str) -> list[list[str]]:
    """A table above as rows of cells (split on single spaces: no cell contains one)."""
    return [line.split(" ") for line in table.strip("\n").split("\n")]
