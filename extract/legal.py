"""References to legal and administrative documents by their number symbol (số, ký hiệu).

Two official symbol forms: state documents "số/năm/LOẠI-CƠQUAN" ("45/2012/NĐ-CP", "1288/QĐ-TTg",
"26/2014/TTLT-BTC-BCT", "29/2021/QH15", "170/TTg") and party documents "số-LOẠI/CƠQUAN" ("15-NQ/TW").
Stray spaces around the slashes ("Số:  27 /2019/QĐ-UBND", "05/ 2020/NQ-HĐND") are dropped, and a "/"
between the type and the issuers of a state document is made "-" ("183/2010/TTLT/BTC-BNN" →
"183/2010/TTLT-BTC-BNN"). The words before the symbol give the document type ("Quyết định số", "QĐ số",
"Luật Đầu tư công số", a "Số:" header); failing them the symbol does. Right after it, the text may give the date
("ngày 01/8/2014", "ngày 21 tháng 5 năm 2012") and the issuer ("của Thủ tướng Chính phủ").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE_FORMS, date_of
from .scanning import alternation_by_first_letter

# One part of a symbol: "QĐ", "TTg", "UBND", "QH15", "HĐND".
_PART = r"[A-ZĐ][A-Za-zĐđ0-9]*(?:&[A-ZĐ][A-Za-zĐđ0-9]*)?"  # "BGD&ĐT", "KHCN&HTQT": two bodies in one part
# Between parts: "-", a stray space next to it ("NĐ- CP"), a stray dot ("TTr.UB", "QĐ .UBND"), "/", a space alone
# before an issuer with its term's number ("1675/NQ UBTVQH14").
# A line may break after a hyphen ("QĐ-\nTTg"); spaces on both sides only before a capitals-only part.
_JOINT = (
    r"(?:[-–](?:[ ]|\n)?|[ ][-–](?=[A-ZĐ])|[ ][-–][ ](?=[A-ZĐ][A-ZĐ0-9]+(?![^\W_]))|[ ]?\.(?=[A-ZĐ]{2})"
    r"|[ ]?/[ ]?(?=[A-ZĐ])|[ ](?=[A-ZĐ]{2,}\d{2}(?![^\W_])))"
)
_TAIL = rf"{_PART}(?:{_JOINT}{_PART}){{0,8}}"
# Both forms start with the number's digits, not inside a token: one group for both, starting with the first
# digit and checking the character before it after it (``\d(?<!X\d)``), so that the regex engine skips from
# digit to digit (a leading look-behind is tried at every character: twice the time, same matches).
SYMBOL = re.compile(
    r"(?P<digits>\d(?<![\w/.,-]\d)\d{0,4})(?:"
    rf"(?P<letter>[a-z]?)(?:[ ]{{0,2}}/[ ]{{0,2}}(?P<year>(?:19|20)\d\d))?[ ]{{0,2}}/[ ]{{0,2}}(?P<tail>{_TAIL})"
    rf"|[ ]?[-–][ ]?(?P<party_type>[A-ZĐ][A-Za-zĐđ]{{0,5}})[ ]?/[ ]?(?P<party_tail>{_TAIL})"
    # its end: no word character after it, or a capitalised word run into it ("48/2017/QĐ-UBNDNgày đăng ...", a
    # table's next label, its blank lost)
    r")(?:(?![\w])|(?=[A-ZĐ](?![A-ZĐ])[^\W\d_]))"
)

# Document types in their canonical spelling; matched case-insensitively, longest first.
DOC_TYPES = [
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Quyết định", "Nghị định", "Thông tư", "Nghị quyết",
    "Chỉ thị", "Kế hoạch", "Công văn", "Văn bản", "Hướng dẫn", "Tờ trình", "Thông báo", "Báo cáo",
    "Kết luận", "Công điện", "Bản án", "Quyết định giám đốc thẩm", "Pháp lệnh", "Luật", "Quy định",
    "Quy chế", "Chương trình", "Đề án", "Lệnh", "Thông tri", "Biên bản", "Giấy phép", "Điều lệ",
    "Sắc lệnh", "Công thư", "Giấy chứng nhận", "Hiệp định", "Thỏa thuận", "Hợp đồng", "Văn bản hợp nhất",
]
DOC_TYPES.sort(key=len, reverse=True)

# Type codes inside symbols (and as abbreviations before "số"), upper-cased keys.
TYPE_CODES = {
    "QĐ": "Quyết định", "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "NQ": "Nghị quyết", "NQLT": "Nghị quyết liên tịch", "CT": "Chỉ thị", "KH": "Kế hoạch",
    "CV": "Công văn", "TB": "Thông báo", "BC": "Báo cáo", "TTR": "Tờ trình", "HD": "Hướng dẫn",
    "HDLN": "Hướng dẫn", "KL": "Kết luận", "CĐ": "Công điện", "QYĐ": "Quy định", "QĐI": "Quy định",
    "QC": "Quy chế", "CTR": "Chương trình", "ĐA": "Đề án", "BB": "Biên bản", "GP": "Giấy phép",
    "PL": "Pháp lệnh", "L": "Luật", "LCT": "Lệnh", "QĐLT": "Quyết định", "VBHN": "Văn bản hợp nhất",
    "SL": "Sắc lệnh", "HĐ": "Hợp đồng", "GCN": "Giấy chứng nhận",
}
_TYPE_CODES_LONGEST_FIRST = sorted(TYPE_CODES, key=len, reverse=True)
# Court case symbols ("12/2020/HS-ST") are judgments.
_COURT_TAIL = re.compile(r"(?:HS|DS|HC|KDTM|LĐ|HNGĐ|HNGD|DSST|HSST|HSPT|DSPT)(?:-(?:ST|PT|GĐT|TT))?", re.IGNORECASE)

# Issuer codes, upper-cased keys (trailing term numbers such as QH15 are dropped first).
ISSUER_CODES = {
    "TTG": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ", "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội", "UBTCNS": "Ủy ban Tài chính, Ngân sách",
    "CTN": "Chủ tịch nước", "TW": "Ban Chấp hành Trung ương", "BCT": "Bộ Công Thương",
    "BTC": "Bộ Tài chính", "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BXD": "Bộ Xây dựng", "BGTVT": "Bộ Giao thông vận tải",
    "BYT": "Bộ Y tế", "BGDĐT": "Bộ Giáo dục và Đào tạo", "BTP": "Bộ Tư pháp", "BNV": "Bộ Nội vụ",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "UBDT": "Ủy ban Dân tộc", "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán Nhà nước", "TTCP": "Thanh tra Chính phủ", "UBND": "Ủy ban nhân dân",
    "UB": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TU": "Tỉnh ủy", "HU": "Huyện ủy",
    "TWĐTN": "Ban Chấp hành Trung ương Đoàn", "SCT": "Sở Công Thương", "STC": "Sở Tài chính",
    "SKHĐT": "Sở Kế hoạch và Đầu tư", "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn", "STNMT": "Sở Tài nguyên và Môi trường",
    "SXD": "Sở Xây dựng", "SYT": "Sở Y tế", "SGDĐT": "Sở Giáo dục và Đào tạo", "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp", "SGTVT": "Sở Giao thông vận tải", "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "BHXH": "Bảo hiểm xã hội", "TLĐ": "Tổng Liên đoàn Lao động Việt Nam", "MTTQ": "Mặt trận Tổ quốc",
}
# Mixed-case codes as they are officially written, for symbols typed in capitals ("QĐ-TTG").
_CANONICAL_CASE = {"TTG": "TTg", "TTR": "TTr", "QYĐ": "QyĐ", "CTR": "CTr", "QĐI": "QĐi"}

# A document type in any case, not inside a word; written for the engine to skip to the types' first letters
# (extract/scanning.py), what "(?<![^\W\d_])(?:Quyết định|...)(?![^\W\d_])" under IGNORECASE matches.
_TYPE_WORD = re.compile(
    "(?:" + alternation_by_first_letter(((t, "") for t in DOC_TYPES), ignore_case=True, not_after=r"[^\W\d_]")
    + r")(?![^\W\d_])"
)
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:QĐ|NĐ|TTLT|TT|NQ|CT|KH|CV|TB|BC|TTr|HD|KL|CĐ|QyĐ|CTr)(?![^\W\d_])")
_SO_BEFORE = re.compile(r"(?<![^\W\d_])(?:số|Số|SỐ)(?:[ \t]*:)?(?:[ \t]+(?:số|Số))?\s*\Z")
_DIRECTLY_BEFORE = re.compile(r"[ \t]*:?\s*\Z")
# Up to ten words of a name between the type word and "số" ("Luật Đầu tư công số", "Báo cáo
# tiếp thu, giải trình số"), none of them a figure.
_NAME_BETWEEN = re.compile(r"(?:(?:[ \t]*+,[ \t]*+|[ \t]*+\n[ \t]*+|[ \t]++)[^\W\d_][^\s\d,;:.()]*+){0,10}\s*+\Z")
# Form, table and annex numbers look like symbols but are not documents ("Mẫu số 10/CKNS-NSĐP").
_NOT_A_DOCUMENT_BEFORE = re.compile(r"(?:mẫu|biểu|biểu mẫu|phụ lục|table|form|bảng)\s*(?:số)?\s*:?\s*\Z", re.IGNORECASE)
_ISSUER_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:của|do)\s+(?P<issuer>[^,;.()\"“”:]{2,120})", re.IGNORECASE)
_ISSUER_STOP = re.compile(
    r"\s(?:về|v/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bổ sung|thành lập|công nhận|giao|"
    r"triển khai|thực hiện|hỗ trợ|điều chỉnh|áp dụng|chấp thuận|kèm theo|là|được|đã|theo|tại|nhằm|"
    r"trong|với|cho|thì|nay|và (?=[a-zđ]))(?![^\W\d_])",
    re.IGNORECASE,
)
# Lower-case words that occur inside the names of issuing bodies ("Chủ tịch Ủy ban nhân dân tỉnh",
# "Bộ Giao thông vận tải"); any other lower-case word ends the name ("Tòa án nhân dân tỉnh tuyên …").
_NAME_WORDS = set(
    """nhân dân tỉnh huyện thành phố quận xã phường thị trấn tối cao cấp nhà nước trung ương thường vụ
    và nông thôn vận tải chính phủ liên ngân sách tộc hội đồng ủy ban nghiệp tịch tướng trưởng đốc án
    kiểm sát trị thư hành phòng quốc gia thương binh xã hội lao động chủ phó công an mặt trận tổ
    đoàn thanh niên cộng sản ngành hoạch đầu tư tài chính pháp nội ngoại giao y tế giáo dục đào tạo
    khoa học nghệ thông tin truyền văn hóa hoá thể thao du lịch xây dựng nguyên môi trường kế điện lực
    tập tổng cục chi nhánh sở bộ viện tòa sát triển lâm thủy sản doanh quản lý trường hải quan thuế
    bảo hiểm kho bạc thống kê biên cảnh thanh tra toán chỉ đạo địa phương các khu cụm kinh tế chế
    xuất phát hợp tác quốc tế thương mại dịch vụ xúc tiến khuyến công tư vấn""".split()
)
# The issue date after a symbol: "ngày ..." (doubled by a slip maybe: "ngày ngày 07 tháng 11 năm 2022"), or a
# numeric date alone in a bracket ("Nghị quyết số 57-NQ/TW (22/12/2024)").
_DATE_AFTER = re.compile(
    rf"[ \t]*[,(]?\s*(?:ban hành\s+|ký\s+)?(?:ngày\s*(?:ngày\s*)?|(?<=\()(?=\d)){DATE_FORMS}", re.IGNORECASE
)


@dataclass
class LegalRef:
    start: int
    end: int
    code: str
    doc_type: str | None
    number: str
    year: int | None
    issued: str | None
    issuer: str | None
    issuer_from_code: str | None


def find_legal_refs(text: str) -> list[LegalRef]:
    """Every reference to a document by its symbol, in text order; see the module docstring."""
    refs = []
    for match in SYMBOL.finditer(text):
        ref = _reference(text, match)
        if ref:
            refs.append(ref)
    return refs


def _reference(text: str, match: re.Match[str]) -> LegalRef | None:
    start = match.start()
    before = text[max(0, start - 160) : start]
    if _NOT_A_DOCUMENT_BEFORE.search(before, max(0, len(before) - 32)):
        return None
    party = match.group("party_tail") is not None
    number = match.group("digits") if party else match.group("digits") + match.group("letter")
    year = None if party else match.group("year")
    tail = match.group("party_tail") if party else match.group("tail")
    parts = [_canonical_case(p) for p in re.split(r"\s*[-–./]\s*|[ ]+", tail) if p]
    if _DROPPED_D.match(tail):
        parts[0] += "Đ"  # "135/1998/Q -TTg": a PDF's text layer dropped the "Đ" of "QĐ", a blank in its place
    type_code = match.group("party_type") if party else None
    if not party and parts:
        parts[:1] = _unglued(parts[0])
    if not party and parts and parts[0].upper() in TYPE_CODES:
        type_code, issuer_parts = parts[0], parts[1:]
    else:
        issuer_parts = parts
    if party:
        assert type_code is not None  # the party number's alternative holds its type
        code = f"{number}-{_canonical_case(type_code)}/{'-'.join(parts)}"
    else:
        code = "/".join(filter(None, [number, year, "-".join(parts) if "/" not in tail else _rebuild(tail)]))

    symbol_type = _type_from_symbol(type_code, tail)
    text_start, doc_type = _words_before(text, start, before, symbol_type)
    if doc_type is None and text_start == start and not (year or symbol_type):
        return None  # a bare "12/ABC" with neither a type nor a year is too weak to be a reference
    doc_type = doc_type or symbol_type
    issued, after = _issued_after(text, match.end())
    return LegalRef(
        start=text_start,
        end=match.end(),
        code=code,
        doc_type=doc_type,
        number=number.lstrip("0") or "0",  # "30a" of Nghị quyết 30a/2008/NQ-CP keeps its letter
        year=int(year) if year else None,
        issued=issued,
        issuer=_issuer_after(text, after),
        issuer_from_code=_issuer_from_code(issuer_parts),
    )


def _unglued(part: str) -> list[str]:
    """A type code and an issuer code typed without their hyphen ("4845/QĐUBND"), as two parts ("QĐ", "UBND");
    any other part as it is (an issuer's own code: "TTCP" is Thanh tra Chính phủ, no "TT" of it)."""
    upper = part.upper()
    if upper in TYPE_CODES or upper in ISSUER_CODES:
        return [part]
    for type_code in _TYPE_CODES_LONGEST_FIRST:
        if upper.startswith(type_code) and _issuer_name(upper[len(type_code) :]):
            return [part[: len(type_code)], part[len(type_code) :]]
    return [part]


def _issuer_name(code: str) -> str | None:
    """The issuer an upper-cased code names, its term's number dropped if need be ("QH15" is Quốc hội), or None."""
    return ISSUER_CODES.get(code) or ISSUER_CODES.get(re.sub(r"\d+\Z", "", code))


# The type "QĐ" or "NĐ" of a symbol whose "Đ" a font left out of the text layer, a blank standing for it.
_DROPPED_D = re.compile(r"[QN][ \t]+[-–]")


def _rebuild(tail: str) -> str:
    """A tail with its own slashes. A "/" between the type and the issuers of a state document is
    made "-" ("TTLT/BTC-BNN" → "TTLT-BTC-BNN", "HDLN/STC-SCT" → "HDLN-STC-SCT"); other slashes
    stay ("LĐTBXH/VPQ"), and the other joints are mended."""
    pieces = [
        "-".join(_canonical_case(p) for p in re.split(r"\s*[-–.]\s*", piece) if p)
        for piece in re.split(r"\s*/\s*", tail)
    ]
    if len(pieces) > 1 and pieces[0].upper() in TYPE_CODES:
        return "-".join(pieces)
    return "/".join(pieces)


def _canonical_case(part: str) -> str:
    return _CANONICAL_CASE.get(part, part) if part.isupper() else part


def _words_before(text: str, start: int, before: str, symbol_type: str | None) -> tuple[int, str | None]:
    """Where the reference's text begins and the type its words name ("Quyết định số", "Số:")."""
    offset = start - len(before)
    so = _SO_BEFORE.search(before, max(0, len(before) - 24))
    head = before[: so.start()] if so else before
    gap = _NAME_BETWEEN if so else _DIRECTLY_BEFORE
    # Without "số" the type word stands right before the symbol: the last few characters suffice.
    window = max(0, len(head) - (160 if so else 40))
    candidates = [w for w in _TYPE_WORD.finditer(head, window) if gap.fullmatch(head, w.end())]
    if candidates:
        chosen = candidates[-1]
        for word in candidates:
            if _canonical_type(word.group()) == symbol_type:
                chosen = word
        return offset + chosen.start(), _canonical_type(chosen.group())
    abbreviation = None
    for word in _ABBREVIATION.finditer(head):
        abbreviation = word
    if abbreviation and not head[abbreviation.end() :].strip(" \t:"):
        return offset + abbreviation.start(), TYPE_CODES[abbreviation.group().upper()]
    if so:
        return offset + so.start(), None
    return start, None


def _canonical_type(word: str) -> str:
    lowered = word.lower()
    return _CANONICAL_TYPES.get(lowered) or word[:1].upper() + word[1:].lower()


_CANONICAL_TYPES = {doc_type.lower(): doc_type for doc_type in DOC_TYPES}


def _type_from_symbol(type_code: str | None, tail: str) -> str | None:
    if type_code and type_code.upper() in TYPE_CODES:
        return TYPE_CODES[type_code.upper()]
    if _COURT_TAIL.fullmatch(tail):
        return "Bản án"
    return None


def _issued_after(text: str, end: int) -> tuple[str | None, int]:
    match = _DATE_AFTER.match(text, end, min(len(text), end + 48))
    if not match:
        return None, end
    issued = date_of(match)
    after = match.end() + (1 if text.startswith(")", match.end()) else 0)
    return issued, after if issued else end


def _issuer_after(text: str, end: int) -> str | None:
    match = _ISSUER_AFTER.match(text, end, min(len(text), end + 160))
    if not match:
        return None
    issuer = match.group("issuer")
    for stop in (_ISSUER_STOP.search(issuer), _TYPE_WORD.search(issuer)):
        if stop:
            issuer = issuer[: stop.start()]
    words: list[str] = []
    for word in issuer.split():
        if word[0].isdigit() or (word[0].islower() and word.lower() not in _NAME_WORDS) or len(words) == 16:
            break
        words.append(word)
    while words and words[-1] in ("và", "hoặc", "-"):
        words.pop()
    return " ".join(words) or None


def _issuer_from_code(parts: list[str]) -> str | None:
    names = []
    for part in parts:
        name = _issuer_name(part.upper().replace("&", ""))  # "BGD&ĐT" is "BGDĐT"
        if name and name not in names:
            names.append(name)
    return "; ".join(names) or None
