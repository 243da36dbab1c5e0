"""Deterministic generator of DISTINCT bulletin-like Vietnamese text for the extractor benchmarks.

    from corpus import articles, corpus
    for art in articles(seed=1, total_chars=5_000_000): ...     # a stream of 3-10 kB articles
    text = corpus(200_000, seed=7)                               # one string of about that size

    python benchmarks/corpus.py --chars 20000 --seed 3           # print a sample
    python benchmarks/corpus.py --chars 5000000 --stats          # distinct sentences, vocabulary

A benchmark of the extractor is only honest on text whose words vary as real bulletins do: its
lexicon and caches answer repeated words for free. So no sentence is ever repeated (a repeat is
drawn again), and sentences are put together from lexicons large enough that the words after a
numeral (what the noun cache is keyed on) repeat about as often as in real bulletins: places and
names made of syllables (thousands of districts, communes, people, companies), counted nouns in and
out of the extractor's lexicon, each with modifiers and verbs after it, products, topics, and
some forty sentence templates written for this project in the style of provincial departments'
bulletins (khuyến công, OCOP, FDI, budget, nông thôn mới, hộ nghèo, legal documents, breakdowns of
totals, rates). The same seed always gives the same text.
"""
import argparse
import random

PROVINCES = """Hải Dương|Hưng Yên|Thái Bình|Nam Định|Bắc Giang|Quảng Ninh|Nghệ An|Thanh Hóa|Lào Cai|Cao Bằng|
Đồng Tháp|Long An|Trà Vinh|Gia Lai|Bình Định|Hà Giang|Tuyên Quang|Yên Bái|Sơn La|Điện Biên|Lai Châu|Hòa Bình|
Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hà Nam|Ninh Bình|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|
Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|
Đồng Nai|Bà Rịa - Vũng Tàu|Tiền Giang|Bến Tre|Vĩnh Long|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|
Cà Mau|Lạng Sơn|Bắc Kạn|Thái Nguyên|Cần Thơ|Đà Nẵng|Hải Phòng""".replace("\n", "").split("|")
# Place names are two syllables drawn from these: 40 x 40 names of districts, communes and villages.
PLACE_SYLLABLES = """Kim Thanh Ninh Gia Bình Tân Phú Hòa An Đông Tây Nam Bắc Vĩnh Long Hưng Yên Lạc Mỹ Đức
Quảng Trung Hải Sơn Lâm Hà Xuân Thạch Cẩm Văn Tiên Thuận Hiệp Phước Lộc Thọ Định Quang Cao Hồng Châu Điền
Giang Khê Liên Minh Nghĩa Phong Quế Sa Tam Thái Thượng Trà Triệu Tường Uyên Vạn Xá Yết Đạo Bảo Chánh Diên
Hạ Hiển Kỳ Lăng Mai Nhân Oai Phổ Quỳnh Sùng Tiền Tịnh Trực Vân Viên Vũ Lũng Mường Bản Pác Nà Chiềng""".split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Cao Lương".split()
MIDDLE = "Văn Thị Hữu Đức Minh Thanh Quang Ngọc Xuân Thu Hồng Công Bá Kim".split()
GIVEN = """An Bình Cường Dũng Hà Hải Hùng Lan Linh Mai Nam Phong Quân Sơn Tâm Thảo Trung Tuấn Vân Yến
Hiếu Khánh Long Nga Oanh Phúc Quý Sáng Thắng Uyên Việt Vinh Hạnh Hiền Huệ Lực Nhung Tú""".split()
DEPARTMENTS = ["Sở Công Thương", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
               "Sở Lao động - Thương binh và Xã hội", "Ban Quản lý các khu công nghiệp", "Trung tâm Khuyến công",
               "Sở Khoa học và Công nghệ", "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tư pháp", "Sở Y tế",
               "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
               "Liên minh Hợp tác xã", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn", "Cục Thống kê",
               "Cục Thuế", "Kho bạc Nhà nước", "Ngân hàng Chính sách xã hội", "Quỹ Đầu tư phát triển"]
PRODUCTS = """gốm sứ|chè xanh|vải thiều|mây tre đan|nước mắm|bánh đa|gạo nếp|mật ong|rượu men lá|tương bần|miến dong|
hương trầm|nón lá|chiếu cói|cá kho|bưởi|cam sành|na dai|thanh long|hạt điều|cà phê|hồ tiêu|tơ tằm|lụa|
đồ gỗ mỹ nghệ|sơn mài|chạm bạc|đá mỹ nghệ|nấm sò|dưa lưới|giò chả|bánh gai|bánh cuốn|mắm tôm|sâm|
dược liệu|tinh dầu sả|măng khô|mộc nhĩ|thịt trâu gác bếp|gà đồi|vịt cỏ|lợn rừng|tôm càng|cá chép|\
rau an toàn""".replace("\n", "").split("|")
# Counted nouns. Most are common in bulletins (and in the extractor's lexicon); a few in a hundred
# are rarer words or classifiers that only the POS tagger reads ("5 homestay", "3 chiếc máy gặt"): on
# the annotated real sample about 2 counts in 100 need the tagger once function words are skipped.
NOUNS = """đề án|dự án|doanh nghiệp|hộ|lao động|sản phẩm|cơ sở|hợp tác xã|xã|lượt khách|học viên|lớp tập huấn|
mô hình|gian hàng|nhà văn hóa|chủ thể|hộ nghèo|công trình|hạng mục|gói thầu|mặt hàng|nhãn hiệu|làng nghề|
cụm công nghiệp|trang trại|hộ kinh doanh|hội viên|đoàn viên|học sinh|giáo viên|nghệ nhân|đối tượng|trường hợp|
vụ việc|hồ sơ|văn bản|thủ tục|hợp đồng|giấy phép|giấy chứng nhận|tài liệu|tờ rơi|chuyên đề|hội nghị|hội thảo|
hội chợ|cuộc thi|giải thưởng|bằng khen|suất học bổng|phần quà|căn nhà|trường học|lớp học|trạm y tế|tuyến đường|
thiết bị|dây chuyền|giếng khoan|cây giống|tiêu chí|điểm bán|tàu cá|phương tiện|đợt|buổi|phiên|đơn vị|
nhà xưởng|lò sấy|con bò|con lợn|tổ hợp tác|điểm du lịch|câu lạc bộ|khu dân cư|thôn|bản|người|khách|
vụ|bài viết|tin bài|xe ô tô|cửa hàng|siêu thị|chợ|trạm|cầu|máy|giếng|kênh|đập|hồ chứa|lô hàng|vị trí|
quốc gia|địa phương|cơ quan|ngành|sở|huyện|tỉnh|phường|đội|tổ|nhóm|loại|suất|phần|nhà|trường|\
tuyến""".replace("\n", "").split("|")
RARE_NOUNS = """tổ liên kết|chuỗi liên kết|điểm giới thiệu sản phẩm|bộ hồ sơ|sáng chế|tác giả|phóng viên|vận động viên|
thí sinh|hiệp hội|kho lạnh|chiếc máy|chuyến hàng|homestay|website|ứng dụng|tài khoản|điểm phát sóng|
trạm biến áp|cây cầu|máy gặt|máy cày|nhà báo|kỹ sư|chuyên gia|tình nguyện viên|bệnh xá|\
xưởng may""".replace("\n", "").split("|")
RARE_SHARE = 0.03
MODIFIERS = """khuyến công|tiêu biểu|cấp tỉnh|cấp huyện|cấp quốc gia|mới|trọng điểm|công nghiệp nông thôn|đạt chuẩn|
quy mô lớn|quy mô nhỏ|vừa và nhỏ|có vốn đầu tư nước ngoài|ngoài ngân sách|trên địa bàn|tại các xã|ở vùng sâu|
vùng xa|đặc biệt khó khăn|thuộc diện chính sách|đủ điều kiện|chưa đạt yêu cầu|trực tuyến|truyền thống|hữu cơ|
an toàn|chất lượng cao|liên kết|OCOP 3 sao|OCOP 4 sao|của tỉnh|của huyện|thí điểm|điểm|\
mẫu""".replace("\n", "").split("|")
VERB_PHRASES = """được hỗ trợ|đã hoàn thành|đang triển khai|tham gia|đăng ký mới|được công nhận|được cấp phép|
được nghiệm thu|đã giải ngân|chưa thực hiện|được phê duyệt|được khen thưởng|bị xử phạt|được đào tạo|
được kiểm tra|đã bàn giao|đi vào hoạt động|đạt yêu cầu|được bình chọn|được chứng nhận|\
có việc làm ổn định""".replace("\n", "").split("|")
VERBS = """triển khai|thực hiện|hỗ trợ|tổ chức|phê duyệt|nghiệm thu|kiểm tra|rà soát|bàn giao|khởi công|
khánh thành|công nhận|cấp mới|đào tạo|tập huấn|giới thiệu|quảng bá|kết nối|vận động|\
tiếp nhận""".replace("\n", "").split("|")
TOPICS = """khuyến công|xây dựng nông thôn mới|giảm nghèo bền vững|phát triển sản phẩm OCOP|
thu hút đầu tư trực tiếp nước ngoài|xúc tiến thương mại|phát triển cụm công nghiệp|chuyển đổi số|
đào tạo nghề cho lao động nông thôn|quản lý ngân sách nhà nước|cải cách hành chính|an toàn thực phẩm|
phòng chống thiên tai|bảo vệ môi trường|phát triển du lịch cộng đồng|khởi nghiệp đổi mới sáng tạo|
tiết kiệm năng lượng|phát triển hợp tác xã|bình ổn thị trường|phòng chống buôn lậu""".replace("\n", "").split("|")
TIMES = ["năm {y}", "quý {q} năm {y}", "6 tháng đầu năm {y}", "9 tháng năm {y}", "tháng {m}/{y}",
         "giai đoạn {y}-{y2}", "từ đầu năm đến nay", "trong năm {y}", "đến hết tháng {m}"]
MEASURES = ["ha", "km", "tấn", "m2", "MW", "kg", "m3", "lít"]
DOC_TYPES = [("Quyết định", "QĐ"), ("Nghị định", "NĐ"), ("Thông tư", "TT"), ("Nghị quyết", "NQ"),
             ("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Công văn", None), ("Hướng dẫn", "HD"), ("Tờ trình", "TTr")]
ISSUERS_BY_TYPE = {"QĐ": ["TTg", "UBND", "BCT"], "NĐ": ["CP"], "TT": ["BCT", "BTC", "BNNPTNT", "BLĐTBXH"],
                   "NQ": ["HĐND", "CP"], "KH": ["UBND"], "CT": ["UBND", "TTg"], "HD": ["UBND", "BCT"],
                   "TTr": ["UBND", "SCT"]}
ISSUER_NAMES = {"TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BCT": "Bộ Công Thương", "BTC": "Bộ Tài chính",
                "UBND": "UBND tỉnh", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
                "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "HĐND": "HĐND tỉnh"}
FILLER_WORDS = """sản xuất kinh doanh|thị trường tiêu thụ|chuỗi giá trị|năng lực cạnh tranh|hạ tầng kỹ thuật|
nguồn nhân lực|thủ tục hành chính|môi trường đầu tư|kinh tế tập thể|liên doanh liên kết|ứng dụng công nghệ thông tin|
thương mại điện tử|nhãn hiệu tập thể|truy xuất nguồn gốc|tiêu chuẩn VietGAP|mã vùng trồng|bao bì nhãn mác|
vốn tín dụng ưu đãi|mặt bằng sản xuất|cơ chế chính sách|công tác quy hoạch|đất đai|giải phóng mặt bằng|tiến độ thi công|
chất lượng công trình|an ninh trật tự|vệ sinh môi trường|nước sạch nông thôn|điện chiếu sáng|đường giao thông nội đồng|
đời sống vật chất và tinh thần|sinh kế bền vững|chuyển dịch cơ cấu kinh tế|tái cơ cấu ngành nông nghiệp|
phong trào thi đua|dân chủ cơ sở|khiếu nại tố cáo|thanh tra chuyên ngành|quản lý thị trường|hàng giả hàng nhái|
gian lận thương mại|dịch bệnh gia súc|thời tiết bất lợi|giá vật tư đầu vào|xuất khẩu chính ngạch|\
cửa khẩu biên giới""".replace("\n", "").split("|")
FILLER_SUBJECTS = ["Công tác tuyên truyền", "Các cấp, các ngành", "Nhiều cơ sở", "Lãnh đạo {org}", "Người dân {place}",
                   "Hoạt động kết nối cung cầu", "Đoàn công tác của {org}", "Chính quyền địa phương",
                   "Các doanh nghiệp", "Ban chỉ đạo {topic}", "Đồng chí {person}"]
FILLER_PREDICATES = ["đã chủ động phối hợp, tháo gỡ khó khăn cho {who}", "tiếp tục rà soát, bổ sung danh mục {topic}",
                     "được triển khai dưới nhiều hình thức phong phú tại {place}",
                     "đề nghị {org} sớm khắc phục hạn chế",
                     "tích cực hưởng ứng phong trào {topic}", "đã kiểm tra thực tế tại {place}",
                     "nhấn mạnh vai trò của {topic} đối với {who}", "giúp các chủ thể mở rộng thị trường {product}",
                     "mạnh dạn đổi mới công nghệ sản xuất {product}", "ghi nhận kết quả {topic} của {place}",
                     "quan tâm hơn nữa đến {word} và {word2}", "còn gặp nhiều khó khăn về {word}, {word2}",
                     "đã tháo gỡ vướng mắc liên quan đến {word} cho {who}", "đề xuất giải pháp nâng cao {word}",
                     "chỉ đạo quyết liệt công tác {word} tại {place}", "phối hợp với {org} về {word}"]


class _Draw:
    """The random choices, with names made of syllables."""

    def __init__(self, r):
        self.r = r

    def pick(self, seq):
        return self.r.choice(seq)

    def place_name(self):
        a, b = self.r.sample(PLACE_SYLLABLES, 2)
        return f"{a} {b}"

    def place(self):
        kind = self.r.random()
        if kind < 0.3:
            return f"tỉnh {self.pick(PROVINCES)}"
        if kind < 0.6:
            return f"huyện {self.place_name()}"
        if kind < 0.85:
            return f"xã {self.place_name()}, huyện {self.place_name()}"
        return f"thôn {self.place_name()}, xã {self.place_name()}"

    def person(self):
        return f"{self.pick(SURNAMES)} {self.pick(MIDDLE)} {self.pick(GIVEN)}"

    def org(self):
        kind = self.r.random()
        if kind < 0.4:
            return f"{self.pick(DEPARTMENTS)} tỉnh {self.pick(PROVINCES)}"
        if kind < 0.6:
            return f"UBND huyện {self.place_name()}"
        if kind < 0.8:
            return f"Công ty TNHH {self.place_name()}"
        return f"Hợp tác xã {self.pick(PRODUCTS)} {self.place_name()}"

    def time(self):
        y = self.r.randint(2012, 2025)
        return self.pick(TIMES).format(y=y, y2=y + self.r.randint(2, 5), q=self.pick(["I", "II", "III", "IV"]),
                                       m=self.r.randint(1, 12))

    def number(self, low=1, high=999):
        n = self.r.randint(low, high)
        text = f"{n:,}".replace(",", ".")
        return f"{n:02d}" if n < 10 and self.r.random() < 0.4 else text

    def noun_phrase(self):
        """A counted noun and what usually follows it in a bulletin."""
        noun = self.pick(RARE_NOUNS if self.r.random() < RARE_SHARE else NOUNS)
        kind = self.r.random()
        if kind < 0.3:
            return noun
        if kind < 0.6:
            return f"{noun} {self.pick(MODIFIERS)}"
        if kind < 0.8:
            return f"{noun} {self.pick(VERB_PHRASES)}"
        return f"{noun} {self.pick(PRODUCTS)} {self.pick(MODIFIERS)}"

    def count(self):
        return f"{self.number()} {self.noun_phrase()}"

    def amount(self):
        r = self.r
        kind = r.random()
        if kind < 0.3:
            return f"{r.randint(1, 99)},{r.randint(1, 999):03d}".rstrip("0") + " tỷ đồng"
        if kind < 0.55:
            return f"{r.randint(10, 999)} triệu đồng"
        if kind < 0.65:
            return f"{r.randint(1, 9)}.{r.randint(0, 999):03d} tỷ đồng"
        if kind < 0.75:
            return f"{r.randint(1, 9)}.{r.randint(0, 999):03d}.000 đồng"
        if kind < 0.85:
            return f"{r.randint(1, 999)},{r.randint(1, 9)} triệu USD"
        if kind < 0.93:
            return f"{r.randint(1, 3)} tỷ {r.randint(1, 9)}00 triệu đồng"
        return f"{r.randint(1, 900)} nghìn đồng"

    def date(self):
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2005, 2025)
        if r.random() < 0.7:
            return f"ngày {d:02d}/{m}/{y}" if r.random() < 0.5 else f"ngày {d}/{m}/{y}"
        return f"ngày {d} tháng {m} năm {y}"

    def ref(self):
        r = self.r
        doc, abbr = self.pick(DOC_TYPES)
        number, year = r.randint(1, 3999), r.randint(2005, 2025)
        if abbr is None:
            symbol = f"{number}/S{self.pick(['CT', 'TC', 'KHĐT', 'NN'])}-{self.pick(['KH', 'QLTM', 'NS', 'VP'])}"
            code = None
        else:
            code = self.pick(ISSUERS_BY_TYPE[abbr])
            if abbr in ("NĐ", "TT") or (abbr in ("NQ", "QĐ") and r.random() < 0.4):
                symbol = f"{number}/{year}/{abbr}-{code}"
            else:
                symbol = f"{number}/{abbr}-{code}"
        out = f"{doc} số {symbol}" if r.random() < 0.85 else f"{doc} {symbol}"
        if r.random() < 0.6:
            out += " " + self.date()
        if code in ISSUER_NAMES and r.random() < 0.5:
            out += f" của {ISSUER_NAMES[code]}"
        return out

    def filler(self):
        subject = self.pick(FILLER_SUBJECTS)
        predicate = self.pick(FILLER_PREDICATES)
        return (subject + " " + predicate + ".").format(
            org=self.org(), place=self.place(), topic=self.pick(TOPICS), person=self.person(),
            who=self.pick(["doanh nghiệp", "hợp tác xã", "người lao động", "hộ sản xuất", "các chủ thể"]),
            product=self.pick(PRODUCTS), word=self.pick(FILLER_WORDS), word2=self.pick(FILLER_WORDS))


def _breakdown(d):
    """A total and its parts, on one line or as list lines."""
    r = d.r
    noun = d.pick(NOUNS)
    parts = [r.randint(1, 40) for _ in range(r.randint(2, 4))]
    money = [r.randint(1, 900) for _ in parts]
    opener = d.pick(["bao gồm", "gồm", "trong đó", "cụ thể", "chia ra"])
    items = [f"{n} {noun} {d.pick(MODIFIERS)} với kinh phí {_grouped(m)} triệu đồng"
             for n, m in zip(parts, money, strict=True)]
    head = (f"{d.time().capitalize()}, {d.org()} {d.pick(VERBS)} {sum(parts)} {noun} với tổng kinh phí "
            f"{_grouped(sum(money))} triệu đồng, {opener}")
    if r.random() < 0.5:
        return head + ": " + "; ".join(items) + "."
    return head + ":\n" + "\n".join(f"- {item};" for item in items) + "\n"


def _grouped(n):
    return f"{n:,}".replace(",", ".")


def _sentence(d):
    r = d.r
    k = r.randrange(32)
    if k == 0:
        return (f"Thực hiện {d.ref()}, {d.org()} đã {d.pick(VERBS)} {d.count()} về {d.pick(TOPICS)} "
                f"với tổng kinh phí {d.amount()}.")
    if k == 1:
        return f"{d.time().capitalize()}, {d.place()} {d.pick(VERBS)} {d.count()}, kinh phí {d.amount()}."
    if k == 2:
        return (f"{d.time().capitalize()}, toàn tỉnh có {d.count()} và {d.count()}, tăng "
                f"{r.randint(1, 40)},{r.randint(1, 9)}% so với cùng kỳ.")
    if k == 3:
        return f"Căn cứ {d.ref()};"
    if k == 4:
        lo = r.randint(1, 50)
        return (f"Mức hỗ trợ từ {lo} đến {lo + r.randint(1, 50)} triệu đồng/"
                f"{d.pick(['cơ sở', 'hộ', 'mô hình', 'dự án'])}, tối đa {d.count()} mỗi năm.")
    if k == 5:
        return (f"Kim ngạch xuất khẩu {d.pick(PRODUCTS)} của {d.place()} đạt "
                f"{r.randint(1, 999)},{r.randint(1, 9)} triệu USD, "
                f"tăng {r.randint(1, 30)}% so với cùng kỳ; diện tích {r.randint(10, 900)} {d.pick(MEASURES)}.")
    if k == 6:
        return f"Theo {d.ref()} và {d.ref()}, {d.org()} rà soát {d.count()} trước {d.date()}."
    if k == 7:
        return (f"Phân bổ vốn cho các huyện: {d.place_name()} {r.randint(5, 50)} tỷ, "
                f"{d.place_name()} {r.randint(5, 50)} tỷ đồng.")
    if k == 8:
        q = d.pick(["khoảng", "gần", "hơn", "trên", "dưới", "xấp xỉ"])
        return (f"Giá trị sản xuất {d.pick(PRODUCTS)} ước đạt {q} {d.amount()}, "
                f"gấp {r.randint(1, 3)},{r.randint(1, 9)} lần.")
    if k == 9:
        return f"Trong {r.randint(2, 5)} năm, {d.org()} tổ chức {r.randint(2, 9)} đợt kiểm tra tại {d.count()}."
    if k == 10:
        return f"Ngày {r.randint(1, 28)}/{r.randint(1, 12)}, {d.org()} làm việc tại {d.place()} về {d.pick(TOPICS)}."
    if k == 11:
        return f"Số: {r.randint(1, 999)}/{d.pick(['QĐ', 'KH', 'BC', 'TB'])}-UBND"
    if k == 12:
        return (f"Quý {d.pick(['I', 'II', 'III', 'IV'])}, có {r.randint(10, 99)},{r.randint(1, 9)} nghìn doanh nghiệp "
                f"thành lập mới với vốn đăng ký {r.randint(100, 999)},{r.randint(1, 9)} nghìn tỷ đồng.")
    if k == 13:
        return _breakdown(d)
    if k == 14:
        return (f"Mỗi {d.pick(['học viên', 'lao động', 'hộ', 'người'])} được hỗ trợ {d.amount()}/"
                f"{d.pick(['người', 'tháng', 'người/tháng', 'khóa học'])}.")
    if k == 15:
        return f"Giá {d.pick(PRODUCTS)} tại {d.place()} ở mức {r.randint(10, 200)}.{r.randint(0, 999):03d} đồng/kg."
    if k == 16:
        return (f"Ông {d.person()}, {d.pick(['Giám đốc', 'Phó Giám đốc', 'Chủ tịch', 'Trưởng phòng'])} {d.org()}, "
                f"cho biết {d.count()} {d.pick(VERB_PHRASES)}.")
    if k == 17:
        return f"{d.org()} đã {d.pick(VERBS)} {d.count()}, {d.count()} và {d.count()} tại {d.place()}."
    if k == 18:
        return f"Đến nay, {d.place()} có {d.count()}, trong đó {d.count()}."
    if k == 19:
        return (f"Tổng mức đầu tư dự án {d.pick(PRODUCTS)} {d.place_name()} là {d.amount()}, "
                f"thời gian thực hiện {r.randint(2, 5)} năm.")
    if k == 20:
        return f"Bà {d.person()} ở {d.place()} cho biết gia đình có {d.count()} và thu nhập {d.amount()} mỗi năm."
    if k == 21:
        return f"{d.time().capitalize()}, doanh thu {d.pick(PRODUCTS)} đạt {d.amount()}, lợi nhuận {d.amount()}."
    if k == 22:
        return (f"Dự kiến {d.time()}, {d.place()} {d.pick(VERBS)} thêm {d.count()} "
                f"{d.pick(['phục vụ', 'góp phần', 'nhằm'])} {d.pick(TOPICS)}.")
    if k == 23:
        return f"Chương trình thu hút {d.count()} đến từ {r.randint(3, 40)} tỉnh, thành phố."
    return d.filler()


def _paragraph(d, seen):
    out = []
    for _ in range(d.r.randint(2, 7)):
        for _attempt in range(20):
            sentence = _sentence(d)
            if sentence not in seen:
                seen.add(sentence)
                out.append(sentence)
                break
        if out and out[-1].endswith("\n"):
            break  # list lines end their paragraph
    return " ".join(out).rstrip("\n")


def article(d, size, seen):
    """One article of about `size` characters: a title line, then paragraphs; no sentence of ``seen``."""
    parts = [f"{d.pick(TOPICS).capitalize()} {d.place()} {d.time()}"]
    n = len(parts[0])
    while n < size:
        para = _paragraph(d, seen)
        parts.append(para)
        n += len(para) + 2
    return "\n\n".join(parts) + "\n"


def articles(seed=0, total_chars=5_000_000, min_size=3_000, max_size=10_000, seen=None):
    """Yield articles of min_size..max_size characters until about total_chars have been produced;
    no sentence is repeated across them (``seen`` collects the sentences)."""
    d = _Draw(random.Random(seed))
    seen = set() if seen is None else seen
    done = 0
    while done < total_chars:
        a = article(d, d.r.randint(min_size, max_size), seen)
        done += len(a)
        yield a


def corpus(total_chars, seed=0):
    """One string of at least total_chars characters (articles separated by blank lines)."""
    return "\n".join(articles(seed, total_chars))


def stats(texts):
    """Distinct sentences and words of ``texts`` (split at ". " and line breaks)."""
    import re

    sentences = [s for t in texts for s in re.split(r"(?<=[.;])\s+|\n+", t) if s.strip()]
    words = [w.lower() for t in texts for w in re.findall(r"[^\W\d_]+", t)]
    return {"sentences": len(sentences), "distinct sentences": len(set(sentences)),
            "words": len(words), "distinct words": len(set(words))}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stats", action="store_true", help="print counts of distinct sentences and words, not the text")
    args = ap.parse_args()
    texts = list(articles(args.seed, args.chars))
    if args.stats:
        for key, value in stats(texts).items():
            print(f"{key:20} {value:,}")
    else:
        print("\n".join(texts))


if __name__ == "__main__":
    main()
