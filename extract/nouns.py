"""What stands after a numeral: a counted noun, a unit of measure or time, or something else.

A small lexicon answers the common cases at once; for any other word, underthesea's POS tagger
looks at a few words after the numeral (never the whole text: it reads ~28k characters/s) and its
answers are cached, since the same nouns come back article after article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .function_words import FUNCTION_WORDS
from .text import fold_tone_placement, fold_words

COUNT_ACRONYMS = {"HTX": "htx", "DN": "dn", "CCN": "ccn", "KCN": "kcn", "THT": "tht", "DNNVV": "dnnvv", "ĐVHC": "đvhc",
                  "TTHC": "tthc"}

# The nouns the acronyms stand for: a total of "doanh nghiệp" has "DN" parts.
ACRONYM_NOUNS = {"dn": "doanh nghiệp", "htx": "hợp tác xã", "ccn": "cụm công nghiệp", "kcn": "khu công nghiệp",
                 "tht": "tổ hợp tác", "đvhc": "đơn vị hành chính", "tthc": "thủ tục hành chính"}
# Nouns that count people: parts of a total of "người" ("1.200 người, trong đó 800 lao động nữ").
PERSON_NOUNS = frozenset((
    "người", "người dân", "người lao động", "lao động", "công nhân", "cán bộ", "công chức", "viên chức",
    "đảng viên", "hội viên", "đoàn viên", "thành viên", "đại biểu", "học viên", "học sinh", "sinh viên",
    "giáo viên", "bác sĩ", "y bác sĩ", "nghệ nhân", "bệnh nhân", "trẻ em", "du khách", "khách", "nạn nhân",
    "đồng bào",
))

# Words that make another noun of the noun after them ("tân sinh viên", new students; "cựu học sinh", former
# pupils): the count's noun is the whole.
NOUN_PREFIXES = frozenset(("tân", "cựu"))

# Words for people that a table's cell or a tribute capitalises ("02 Người", "3 Mẹ Việt Nam anh hùng" is
# three mothers, "10 Em"): a count, where another capitalised word alone is more often a name or a list item.
_CAPITALISED_PEOPLE = frozenset(("người", "em", "mẹ", "cháu"))

# Nouns of streets: before a capitalised name they are an address ("215 – 217 đường Nguyễn Trãi", "48 phố Hàng
# Bạc"), house numbers, not a count of streets ("nâng cấp 12 đường giao thông nông thôn" counts).
STREET_NOUNS = frozenset(("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"))

# Classifiers that need the noun after them to mean something ("2 cuộc hội chợ").
CLASSIFIERS = {"cuộc", "chiếc", "con", "cái", "ngôi", "căn", "tấm", "bức", "quyển", "cuốn", "bộ", "chuyến",
               "suất", "phần"}

# Not counted things: time, age, measures, ratings, multipliers, money, percentages.
NOT_COUNTED = set(
    """năm tháng ngày giờ phút giây tuần quý tiếng đêm tuổi độ sao lần bậc điểm số chiều vốn
    ha hécta hecta sào km km2 m m2 m3 cm mm dm mét tấn tạ yến kg kilôgam kilogam g gam gram lít l ml
    mw kw kwh mwh gw gwh kv kva w v a hp calo dặm feet inch
    đồng tiền giá usd vnđ vnd euro eur đô yên yen tệ bảng won nghìn ngàn triệu tỷ tỉ trăm chục vạn
    years year months month weeks week days day hours hour minutes thousand million billion trillion bn
    dong dongs dollars dollar percent""".split()  # the last two lines: English phrases kept
)
NOT_COUNTED_PHRASES = {
    "độ c", "héc ta", "mét vuông", "mét khối", "ki lô mét", "phần trăm", "phần nghìn", "đô la",
    "hải lý", "thập kỷ", "thế kỷ", "buổi sáng", "buổi chiều", "buổi tối", "mã lực",
    "cây số",  # kilometres ("170 cây số"), no trees
    "mỹ kim", "gia kim", "úc kim",  # dollars ("40 triệu mỹ kim")
    "chữ số",  # a number's length ("số tiền có 9 chữ số"), no thing counted
    "trân trọng",  # the closing formula of a letter, after its last figure ("... 1.814.299.767 Trân trọng")
}


def _build_lexicon() -> dict[tuple[str, ...], str]:
    """Nouns counted in bulletins, each keyed by its syllables. Several syllables where the head
    alone would say less ("hộ kinh doanh", "nhà văn hóa"); the longest entry that matches wins."""
    compounds = [
        "đề án", "dự án", "chương trình", "kế hoạch", "nhiệm vụ", "đề tài", "sáng kiến", "mô hình",
        "công trình", "hạng mục", "gói thầu", "sản phẩm", "mặt hàng", "hàng hóa", "nhãn hiệu",
        "thương hiệu", "doanh nghiệp", "công ty", "tập đoàn", "ngân hàng", "hợp tác xã", "tổ hợp tác",
        "tổ chức", "cơ sở", "đơn vị", "chủ thể", "nhà đầu tư", "nhà máy", "xí nghiệp", "cửa hàng",
        "siêu thị", "trung tâm thương mại", "gian hàng", "quầy hàng", "làng nghề", "cụm công nghiệp",
        "khu công nghiệp", "trang trại", "hộ nghèo", "hộ cận nghèo", "hộ gia đình", "hộ kinh doanh",
        "hộ sản xuất", "hộ dân", "người dân", "lao động", "công nhân", "cán bộ", "công chức",
        "viên chức", "đảng viên", "hội viên", "đoàn viên", "thành viên", "đại biểu", "học viên",
        "học sinh", "sinh viên", "giáo viên", "bác sĩ", "y bác sĩ", "nghệ nhân", "khách hàng",
        "du khách", "bệnh nhân", "trẻ em", "đối tượng", "nạn nhân", "trường hợp", "vụ việc", "vụ án",
        "đơn thư", "hồ sơ", "văn bản", "thủ tục", "hợp đồng", "giấy phép", "giấy chứng nhận",
        "chứng nhận", "quyết định", "báo cáo", "kiến nghị", "ý kiến", "câu hỏi", "bài viết", "tin bài",
        "tác phẩm", "ấn phẩm", "tài liệu", "tờ rơi", "phóng sự", "chuyên mục", "chuyên đề", "thị trấn",
        "thị xã", "thành phố", "tỉnh thành", "tổ dân phố", "khu dân cư", "địa phương", "quốc gia",
        "lĩnh vực", "ban ngành", "cơ quan", "phòng ban", "lớp tập huấn",
        "hội nghị", "hội thảo", "hội chợ", "triển lãm", "cuộc thi", "giải thưởng", "huy chương",
        "bằng khen", "danh hiệu", "suất học bổng", "học bổng", "phần quà", "suất quà", "căn hộ",
        "căn nhà", "ngôi nhà", "nhà văn hóa", "trường học", "điểm trường", "lớp học", "bệnh viện",
        "trạm y tế", "cây xăng", "tuyến đường", "con đường", "ô tô", "xe ô tô", "máy móc", "thiết bị",
        "dây chuyền", "giếng khoan", "hồ chứa", "con bò", "con trâu", "con lợn", "cây giống",
        "tiêu chí", "chỉ tiêu", "lô hàng", "vị trí", "điểm bán", "tuyến phố", "gia đình", "cặp đôi",
        "đội tuyển", "câu lạc bộ", "đồng chí", "đồng bào", "thẻ bảo hiểm", "mã số", "điểm cầu", "đầu mối",
        "nhà xưởng", "lò sấy", "biển hiệu", "vùng trồng", "vùng nguyên liệu", "ki ốt", "phương tiện",
        "tàu cá", "con tàu", "cơ sở giết mổ", "tổ chức tín dụng", "lượt truy cập", "người lao động",
        "khu kinh tế", "khu chế xuất", "khu du lịch", "điểm du lịch", "khu dân cư", "khu đô thị",
        # the units of local government since the 2025 merger, and the documents bulletins count
        "đặc khu", "đơn vị hành chính", "khu phố", "nghị quyết", "nghị định", "thông tư", "chỉ thị",
        "công văn", "tờ trình", "thủ tục hành chính",
    ]
    singles = [
        "hộ", "người", "khách", "thợ", "cháu", "em", "vụ", "bài", "tin", "cuốn", "phim", "xã",
        "phường", "huyện", "quận", "tỉnh", "thôn", "bản", "ấp", "xóm", "nước", "vùng", "ngành", "sở",
        "đợt", "lượt", "cuộc", "lớp", "khóa", "buổi", "phiên", "giải", "suất", "phần", "phòng", "nhà",
        "trường", "trạm", "cột", "cầu", "tuyến", "xe", "chiếc", "tàu", "thuyền", "máy", "giếng", "hồ",
        "đập", "kênh", "mương", "con", "cây", "nhóm", "loại", "lô", "container", "đoàn", "đội",
        "clb", "tổ", "chợ", "đường", "điểm", "thẻ", "giấy", "sổ", "kho", "sạp", "lò", "bể", "gói", "mã",
        "ki-ốt", "hs",  # "347 hs": pupils, as school reports abbreviate
    ]
    # Nouns made of verbs, which the tagger reads as verbs after a numeral ("1.708 giao dịch").
    compounds += ["giao dịch", "khiếu nại", "tố cáo", "phản ánh"]
    # Compounds whose head alone means another thing ("khách sạn" is no "khách", "nhà hàng" no "nhà",
    # "máy bay" no "máy"): listed, since asking the tagger after every such head costs more than the
    # extractor may (a tagger call is worth ~1,000 characters of text).
    compounds += ["khách sạn", "nhà hàng", "nhà nghỉ", "nhà trọ", "nhà khách", "nhà báo", "nhà khoa học",
                  "nhà văn", "nhà thờ", "nhà kính", "nhà lưới", "máy bay", "máy tính", "máy vi tính",
                  "máy kéo", "máy gặt", "máy cày", "xe máy", "xe buýt", "xe tải", "tàu bay", "tàu hỏa"]
    lexicon = {}
    for entry in compounds + singles:
        entry = fold_words(entry)  # one spelling, the one lookups fold to
        lexicon[tuple(entry.split())] = entry
    return lexicon


LEXICON = _build_lexicon()
_MAX_SYLLABLES = max(len(key) for key in LEXICON)

# Units that a lone "buổi"/"điểm" etc. must not shadow: "buổi" alone is a count ("05 buổi"),
# but "buổi sáng" is a time; "điểm" alone is a score, "điểm bán" a count.
_SCORE_WORDS = {"điểm"}

# The shape of a Vietnamese syllable: initial consonant(s), one to three vowels, final consonant(s).
# Junk (mis-decoded bytes) fails it, and then no tagger call is spent on it.
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# Loanwords in plain letters ("camera", "robot") pass too.
_VIETNAMESE_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?"
    r"|(?=[a-z]*[aeiouy])[a-z]{4,12}"
)


def classify_after(tail: str) -> tuple[str, str | None]:
    """Classify the words that follow a numeral.

    Returns ``("count", unit)`` for a counted noun, ``("measure", word)`` for time, age, measures,
    money words and the like, and ``("other", None)`` for anything else (verbs, names, nothing).
    ``tail`` is the text right after the numeral, e.g. ``"đề án khuyến công, ..."``.
    """
    words = _LEADING_WORDS.match(tail)
    return _classify_words(words.group(1) if words else "")


# Up to five words right after the numeral, on its line, before any punctuation or figure.
_LEADING_WORDS = re.compile(r"[ \t\xa0]{0,2}((?:[^\W\d_]+(?:-[^\W\d_]+)?)(?:[ \t\xa0]+[^\W\d_]+(?:-[^\W\d_]+)?){0,4})")


@lru_cache(maxsize=100_000)
def _classify_words(words: str) -> tuple[str, str | None]:
    syllables = words.split()
    if not syllables:
        return ("other", None)
    first = syllables[0]
    if first in COUNT_ACRONYMS:
        return ("count", COUNT_ACRONYMS[first])
    lowered = [fold_tone_placement(s.lower()) for s in syllables]
    if lowered[0] in NOUN_PREFIXES and first[0].islower() and len(syllables) > 1:
        kind, unit = _classify_words(" ".join(syllables[1:]))
        if kind == "count":
            return ("count", f"{lowered[0]} {unit}")  # "20.395 tân sinh viên": new students, counted as written
    if " ".join(lowered[:2]) in NOT_COUNTED_PHRASES:
        return ("measure", " ".join(syllables[:2]))
    # Official texts capitalise counted nouns ("7 Hợp tác xã") or write whole lines in capitals
    # ("HỖ TRỢ 27 ĐỀ ÁN"). A capitalised single word is more often a name or a list item
    # ("2 Đường hoa dừa"), so capitals count only for a compound or a word in capitals.
    capitals = len(first) > 1 and first.isupper()
    smallest = 1 if first[0].islower() or capitals else 2
    # "điểm bán" is counted, "8 điểm" is a score: look for the longer noun first.
    for size in range(min(_MAX_SYLLABLES, len(lowered)), smallest - 1, -1):
        key = tuple(lowered[:size])
        if key in LEXICON and not (size == 1 and key[0] in _SCORE_WORDS):
            unit = LEXICON[key]
            if size == 1 and key[0] in CLASSIFIERS and len(syllables) > 1:
                return ("count", _with_following_noun(unit, words))
            return ("count", unit)
    if lowered[0] in NOT_COUNTED:
        return ("measure", first)
    if not first[0].islower() and lowered[0] in _CAPITALISED_PEOPLE and (len(syllables) == 1 or syllables[1].islower()
                                                                       or not syllables[1][:1].isalpha()):
        return ("count", lowered[0])  # "02 Người" in a table's cell, "3 Mẹ", "10 Em": people, capitalised
    if capitals and first.isalpha() and len(first) <= 6 and (len(syllables) == 1 or not syllables[1].isupper()):
        return ("count", lowered[0])  # "14 CĐCS", "5 THCS": an abbreviation in capitals, a noun no lexicon lists
    if not first[0].islower():
        # "07 Khách sạn 4 sao": a noun of several syllables in sentence case, as the tagger reads it
        # ("Khách sạn", not a name "Hàng Bài", not a single word "2 Đường hoa dừa"); else a name or
        # a list item.
        if len(syllables) > 1 and first[1:].islower() and syllables[1].islower() and not capitals:
            compound = _compound_noun(words)
            if compound and compound.split()[0] not in NOT_COUNTED and compound not in NOT_COUNTED_PHRASES:
                return ("count", compound)
        return ("other", None)
    if lowered[0] in FUNCTION_WORDS:
        return ("other", None)  # "2020 của", "5 về việc": no tagger call
    if not _VIETNAMESE_SYLLABLE.fullmatch(lowered[0]):
        return ("other", None)  # not a Vietnamese word: no noun to look up, and no tagger call
    return _classify_by_pos(words)


def _with_following_noun(classifier: str, words: str) -> str:
    tagged = _pos_tag(words)
    # tagged[0] is the numeral placeholder, tagged[1] the classifier itself.
    if len(tagged) > 2 and tagged[2][1] in ("N", "Np", "Nu", "V") and tagged[2][0][:1].islower():
        return f"{classifier} {fold_words(tagged[2][0].lower())}"
    return classifier


def _compound_noun(words: str) -> str | None:
    """The noun of several syllables that ``words`` open, as the tagger reads it after a numeral
    ("Khách sạn 4 sao" → "khách sạn"), lower case; None for a single syllable or no noun."""
    tagged = _pos_tag(words)
    if len(tagged) < 2:
        return None
    word, tag = tagged[1]
    syllables = word.split()
    if tag not in ("N", "Nc", "Nu") or len(syllables) < 2 or not all(s.isalpha() for s in syllables):
        return None
    if not all(s.islower() for s in syllables[1:]) or not words.startswith(word):
        return None
    return fold_words(word.lower())


# Words that bound or round the numeral after them ("khoảng 32 HTX"): they count, never name it, whatever the
# tagger calls them.
_APPROXIMATORS = frozenset(("khoảng", "gần", "hơn", "trên", "dưới", "chừng", "tầm", "xấp xỉ", "ước", "thêm"))


@lru_cache(maxsize=10_000)
def names_a_number(word: str) -> bool:
    """Is ``word``, right before a numeral, a noun the numeral names ("Sư đoàn 5 Quân khu 7", "khu 5")
    rather than a word that counts it ("có 5", "gồm 5", "và 5", "khoảng 5")? As the tagger reads ``word`` +
    numeral."""
    if word in _APPROXIMATORS:
        return False
    from underthesea import pos_tag

    tagged = pos_tag(f"{word} 5")
    return bool(tagged) and tagged[0][1] in ("N", "Nc", "Np", "Nu", "M")


def _classify_by_pos(words: str) -> tuple[str, str | None]:
    tagged = _pos_tag(words)
    if len(tagged) < 2:
        return ("other", None)
    word, tag = tagged[1]
    # A single letter is no noun ("3x" is a multiplier, "5 m" a measure).
    if tag in ("N", "Nc", "Nu") and len(word) > 1 and word[:1].islower() and not any(ch.isdigit() for ch in word):
        head = fold_words(word.lower())
        if head.split()[0] in NOT_COUNTED or head in NOT_COUNTED_PHRASES:
            return ("measure", word)
        return ("count", head)
    return ("other", None)


@lru_cache(maxsize=50_000)
def _pos_tag(words: str) -> tuple[tuple[str, str], ...]:
    """POS tags of ``"5 " + words``: the numeral placeholder makes the tagger read a count."""
    from underthesea import pos_tag

    return tuple(tuple(pair) for pair in pos_tag("5 " + words))
