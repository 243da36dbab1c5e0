"""Deterministic generator of bulletin-like Vietnamese text for the extractor benchmarks.

    from benchmarks.corpus import articles, corpus
    for art in articles(seed=1, total_chars=5_000_000): ...     # a stream of 3-10 kB articles
    text = corpus(200_000, seed=7)                               # one string of about that size

    python benchmarks/corpus.py --chars 20000 --seed 3           # print a sample

The sentences are templates written for this project in the style of provincial departments'
bulletins (khuyến công, OCOP, FDI, budget, nông thôn mới, hộ nghèo, legal documents); the same seed
always gives the same text.
"""
import argparse
import random

PROVINCES = ["Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Bắc Giang", "Quảng Ninh", "Nghệ An",
             "Thanh Hóa", "Lào Cai", "Cao Bằng", "Đồng Tháp", "Long An", "Trà Vinh", "Gia Lai", "Bình Định"]
DISTRICTS = ["Kim Thành", "Thanh Hà", "Chí Linh", "Ninh Giang", "Tứ Kỳ", "Gia Lộc", "Cẩm Giàng",
             "Bình Giang", "Thanh Miện", "Nam Sách", "Kinh Môn", "Văn Lâm", "Tiên Lữ", "Vũ Thư"]
DEPARTMENTS = ["Sở Công Thương", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
               "Sở Lao động - Thương binh và Xã hội", "Ban Quản lý các khu công nghiệp", "Trung tâm Khuyến công"]
ISSUERS = [("TTg", "Thủ tướng Chính phủ"), ("CP", "Chính phủ"), ("BCT", "Bộ Công Thương"),
           ("BTC", "Bộ Tài chính"), ("UBND", "UBND tỉnh"), ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
           ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"), ("HĐND", "HĐND tỉnh")]
DOC_TYPES = [("Quyết định", "QĐ"), ("Nghị định", "NĐ"), ("Thông tư", "TT"), ("Nghị quyết", "NQ"),
             ("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Công văn", None), ("Hướng dẫn", "HD"), ("Tờ trình", "TTr")]
NOUNS = ["đề án", "doanh nghiệp", "hộ", "lao động", "sản phẩm", "cơ sở", "hợp tác xã", "xã", "lượt khách",
         "học viên", "lớp tập huấn", "mô hình", "gian hàng", "nhà văn hóa", "dự án", "chủ thể OCOP", "hộ nghèo"]
MEASURES = ["ha", "km", "tấn", "m2", "MW", "kg"]
TOPICS = ["khuyến công", "xây dựng nông thôn mới", "giảm nghèo bền vững", "phát triển sản phẩm OCOP",
          "thu hút đầu tư trực tiếp nước ngoài", "xúc tiến thương mại", "phát triển cụm công nghiệp",
          "chuyển đổi số", "đào tạo nghề cho lao động nông thôn", "quản lý ngân sách nhà nước"]
FILLER = [
    "Công tác tuyên truyền được triển khai dưới nhiều hình thức phong phú, đa dạng và kịp thời.",
    "Các cấp, các ngành đã chủ động phối hợp, tháo gỡ khó khăn, vướng mắc cho doanh nghiệp.",
    "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế cần sớm được khắc phục.",
    "Nhiều cơ sở đã mạnh dạn đổi mới công nghệ, nâng cao năng suất và chất lượng sản phẩm.",
    "Lãnh đạo tỉnh đề nghị các địa phương tiếp tục rà soát, bổ sung danh mục ưu tiên.",
    "Người dân tích cực hưởng ứng, tham gia đóng góp công sức, ngày công lao động.",
    "Hoạt động kết nối cung cầu giúp các chủ thể mở rộng thị trường tiêu thụ.",
    "Đoàn công tác đã kiểm tra thực tế tại một số cơ sở sản xuất trên địa bàn.",
]


def _amount(r):
    kind = r.random()
    if kind < 0.35:
        return f"{r.randint(1, 99)},{r.randint(1, 999):03d}".rstrip("0") + " tỷ đồng"
    if kind < 0.6:
        return f"{r.randint(10, 999)} triệu đồng"
    if kind < 0.7:
        return f"{r.randint(1, 9)}.{r.randint(0, 999):03d} tỷ đồng"
    if kind < 0.8:
        return f"{r.randint(1, 9)}.{r.randint(0, 999):03d}.000 đồng"
    if kind < 0.9:
        return f"{r.randint(1, 999)},{r.randint(1, 9)} triệu USD"
    return f"{r.randint(1, 3)} tỷ {r.randint(1, 9)}00 triệu đồng"


def _date(r):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2005, 2024)
    if r.random() < 0.7:
        return f"ngày {d:02d}/{m}/{y}" if r.random() < 0.5 else f"ngày {d}/{m}/{y}"
    return f"ngày {d} tháng {m} năm {y}"


ISSUERS_BY_TYPE = {"QĐ": ["TTg", "UBND", "BCT"], "NĐ": ["CP"], "TT": ["BCT", "BTC", "BNNPTNT", "BLĐTBXH"],
                   "NQ": ["HĐND", "CP"], "KH": ["UBND"], "CT": ["UBND", "TTg"], "HD": ["UBND", "BCT"],
                   "TTr": ["UBND", "SCT"]}
ISSUER_NAMES = dict(ISSUERS)


def _ref(r):
    doc, abbr = r.choice(DOC_TYPES)
    number = r.randint(1, 3999)
    year = r.randint(2005, 2024)
    if abbr is None:
        symbol = f"{number}/S{r.choice(['CT', 'TC', 'KHĐT', 'NN'])}-{r.choice(['KH', 'QLTM', 'NS', 'VP'])}"
        code = None
    else:
        code = r.choice(ISSUERS_BY_TYPE[abbr])
        if abbr in ("NĐ", "TT") or (abbr in ("NQ", "QĐ") and r.random() < 0.4):
            symbol = f"{number}/{year}/{abbr}-{code}"
        else:
            symbol = f"{number}/{abbr}-{code}"
    out = f"{doc} số {symbol}" if r.random() < 0.85 else f"{doc} {symbol}"
    if r.random() < 0.6:
        out += " " + _date(r)
    if code in ISSUER_NAMES and r.random() < 0.5:
        out += f" của {ISSUER_NAMES[code]}"
    return out


def _count(r):
    n = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1, 60) * 1000])
    s = f"{n:,}".replace(",", ".")
    if n < 10 and r.random() < 0.5:
        s = f"{n:02d}"
    return f"{s} {r.choice(NOUNS)}"


def _sentence(r):
    p, dist, dep, topic = r.choice(PROVINCES), r.choice(DISTRICTS), r.choice(DEPARTMENTS), r.choice(TOPICS)
    k = r.randrange(14)
    if k == 0:
        return (f"Thực hiện {_ref(r)}, {dep} tỉnh {p} đã triển khai {_count(r)} về {topic} "
                f"với tổng kinh phí {_amount(r)}.")
    if k == 1:
        return f"Năm {r.randint(2015, 2024)}, huyện {dist} hỗ trợ {_count(r)}, kinh phí {_amount(r)}."
    if k == 2:
        return (f"Giai đoạn {r.randint(2011, 2020)}-{r.randint(2021, 2025)}, toàn tỉnh có {_count(r)} "
                f"và {_count(r)}, tăng {r.randint(1, 40)},{r.randint(1, 9)}% so với giai đoạn trước.")
    if k == 3:
        return f"Căn cứ {_ref(r)};"
    if k == 4:
        lo = r.randint(1, 50)
        return f"Mức hỗ trợ từ {lo} đến {lo + r.randint(1, 50)} triệu đồng/cơ sở, tối đa {_count(r)} mỗi năm."
    if k == 5:
        return (f"Kim ngạch xuất khẩu của tỉnh {p} đạt {r.randint(1, 999)},{r.randint(1, 9)} triệu USD, "
                f"tăng {r.randint(1, 30)}% so với cùng kỳ; diện tích {r.randint(10, 900)} {r.choice(MEASURES)}.")
    if k == 6:
        return (f"Theo {_ref(r)} và {_ref(r)}, các địa phương rà soát {_count(r)} trước "
                f"{_date(r)}.")
    if k == 7:
        return (f"Phân bổ vốn cho các huyện: {r.choice(DISTRICTS)} {r.randint(5, 50)} tỷ, "
                f"{r.choice(DISTRICTS)} {r.randint(5, 50)} tỷ đồng.")
    if k == 8:
        q = r.choice(["khoảng", "gần", "hơn", "trên", "dưới", "xấp xỉ"])
        return f"Giá trị sản xuất công nghiệp nông thôn ước đạt {q} {_amount(r)}, gấp {r.randint(1, 3)},{r.randint(1, 9)} lần."
    if k == 9:
        return f"Trong {r.randint(2, 5)} năm, {dep} tổ chức {r.randint(2, 9)} đợt kiểm tra tại {_count(r)}."
    if k == 10:
        return (f"Ngày {r.randint(1, 28)}/{r.randint(1, 12)}, đoàn công tác của tỉnh {p} làm việc tại "
                f"xã {r.choice(DISTRICTS)} về {topic}.")
    if k == 11:
        return f"Số: {r.randint(1, 999)}/{r.choice(['QĐ', 'KH', 'BC', 'TB'])}-UBND"
    if k == 12:
        return (f"Quý {r.choice(['I', 'II', 'III', 'IV'])}, có {r.randint(10, 99)},{r.randint(1, 9)} nghìn doanh nghiệp "
                f"thành lập mới với vốn đăng ký {r.randint(100, 999)},{r.randint(1, 9)} nghìn tỷ đồng.")
    return r.choice(FILLER)


def _paragraph(r):
    return " ".join(_sentence(r) for _ in range(r.randint(2, 7)))


def article(r, size):
    """One article of about `size` characters: a title line, then paragraphs."""
    p = r.choice(PROVINCES)
    parts = [f"{r.choice(TOPICS).capitalize()} tỉnh {p} năm {r.randint(2015, 2024)}"]
    n = len(parts[0])
    while n < size:
        para = _paragraph(r)
        parts.append(para)
        n += len(para) + 2
    return "\n\n".join(parts) + "\n"


def articles(seed=0, total_chars=5_000_000, min_size=3_000, max_size=10_000):
    """Yield articles of min_size..max_size characters until about total_chars have been produced."""
    r = random.Random(seed)
    done = 0
    while done < total_chars:
        a = article(r, r.randint(min_size, max_size))
        done += len(a)
        yield a


def corpus(total_chars, seed=0):
    """One string of at least total_chars characters (articles separated by blank lines)."""
    return "\n".join(articles(seed, total_chars))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(corpus(args.chars, args.seed))


if __name__ == "__main__":
    main()
