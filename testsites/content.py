"""The articles of the local copies: the seed article read from data/seed.txt, the rest generated.

Generated prose is deterministic (seeded per article) so tests and benchmarks see the same site every run.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

SEED_TEXT = Path(__file__).with_name("data") / "seed.txt"


@dataclass
class Category:
    id: int
    name: str
    if TYPE_CHECKING:  # set on its own categories by a FamilySite (testsites/family_sites.py): no field
        slug: str = field(init=False)
        in_menu: bool = field(init=False)
        urls: dict[str, str] = field(init=False)


@dataclass
class MirrorArticle:
    id: int
    category: Category
    title: str
    lead: str
    paragraphs: list[str]
    author: str
    published: datetime
    attachments: list[str] = field(default_factory=list)
    image_caption: tuple[int, str] | None = None  # (paragraph index it follows, caption)
    # Page quirks some real portals show; the site layouts read these.
    encoding: str = "utf-8"
    broken_html: bool = False
    if TYPE_CHECKING:  # set on its own articles by a FamilySite (testsites/family_sites.py): no field
        slug: str = field(init=False)
        code: str = field(init=False)


@dataclass
class SeedPage:
    """The parts of data/seed.txt, the visible text of the seed article's page."""

    banner: str
    today: str
    category: str
    published: datetime
    title: str
    lead: str
    paragraphs: list[str]
    image_caption: tuple[int, str] | None
    author: str
    related: list[tuple[str, datetime]]


HAIDUONG_TIME = "%m/%d/%Y %I:%M:%S %p"


def read_seed(path: Path = SEED_TEXT) -> SeedPage:
    lines = path.read_text(encoding="utf-8").split("\n")
    author_at = next(i for i, line in enumerate(lines) if line.startswith("Nguồn Bài:"))
    related_at = lines.index("Các tin cùng Chuyên mục")
    paragraphs: list[str] = []
    caption: tuple[int, str] | None = None
    for line in lines[9:author_at]:
        if not line.strip():
            continue
        # The one line that starts with a no-break space is the caption under the article's photo.
        if line.startswith("\xa0"):
            caption = (len(paragraphs) - 1, line.strip())
        else:
            paragraphs.append(line)
    related = []
    for line in lines[related_at + 1 : -1]:
        title, _, when = line.rpartition(" (")
        related.append((title, datetime.strptime(when.rstrip(")"), HAIDUONG_TIME)))
    return SeedPage(
        banner=lines[0],
        today=lines[1],
        category=lines[3],
        published=datetime.strptime(lines[5], HAIDUONG_TIME),
        title=lines[6],
        lead=lines[7],
        paragraphs=paragraphs,
        image_caption=caption,
        author=lines[author_at].removeprefix("Nguồn Bài:").strip(),
        related=related,
    )


# --- generated prose -------------------------------------------------------------------------------

PLACES = ["Gia Lộc", "Kinh Môn", "Chí Linh", "Nam Sách", "Thanh Hà", "Cẩm Giàng", "Bình Giang", "Tứ Kỳ",
          "Ninh Giang", "Thanh Miện", "Kim Thành", "Lạng Giang", "Yên Dũng", "Lục Nam", "Hiệp Hòa"]
TOPICS = ["khuyến công", "xúc tiến thương mại", "quản lý thị trường", "an toàn thực phẩm",
          "tiết kiệm năng lượng", "phát triển cụm công nghiệp", "thương mại điện tử", "xuất khẩu nông sản",
          "an toàn điện nông thôn", "bình ổn giá", "sản phẩm OCOP", "công nghiệp hỗ trợ"]
REFERENCES = [
    "Quyết định số 1288/QĐ-TTg ngày 01/8/2014",
    "Nghị định số 45/2012/NĐ-CP ngày 21/5/2012",
    "Thông tư số 46/2012/TT-BCT ngày 28/12/2012",
    "Kế hoạch số 25/KH-UBND ngày 15/3/2019",
    "Quyết định số 1163/QĐ-UBND ngày 12/4/2019",
    "Nghị định số 68/2017/NĐ-CP ngày 25/5/2017",
    "Thông tư số 17/2018/TT-BCT ngày 10/7/2018",
    "Chỉ thị số 13/CT-UBND ngày 20/6/2019",
]
AMOUNTS = ["2,5 tỷ đồng", "850 triệu đồng", "1,2 tỷ đồng", "320 triệu đồng", "4,75 tỷ đồng", "96 triệu đồng",
           "15,8 tỷ đồng", "600 triệu đồng", "3 tỷ đồng", "1.500 triệu đồng", "12 tỷ đồng", "275 triệu đồng"]
BENEFICIARIES = ["cơ sở công nghiệp nông thôn", "doanh nghiệp", "hộ kinh doanh", "hợp tác xã", "cơ sở sản xuất",
                 "đề án khuyến công", "gian hàng"]
AUTHORS = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Phạm Minh Đức", "Lê Thu Hà", "Vũ Quang Huy", "Đỗ Thị Lan",
           "Hoàng Anh Tuấn", "Bùi Thanh Hương"]

TITLES = [
    "Triển khai công tác {topic} năm {year} tại huyện {place}",
    "Hỗ trợ {count} {beneficiary} trên địa bàn huyện {place}",
    "Sơ kết 6 tháng đầu năm {year} về {topic}",
    "Hội nghị tập huấn {topic} cho doanh nghiệp huyện {place}",
    "Phê duyệt kinh phí {amount} cho chương trình {topic} năm {year}",
    "Kiểm tra việc thực hiện {topic} tại các cơ sở huyện {place}",
    "Tăng cường {topic} trong dịp cuối năm {year}",
    "Kết quả thực hiện {topic} giai đoạn {prev_year}-{year}",
]
LEADS = [
    "Năm {year}, công tác {topic} trên địa bàn huyện {place} tiếp tục được triển khai đồng bộ, "
    "góp phần thúc đẩy sản xuất kinh doanh và nâng cao đời sống người dân.",
    "Thực hiện {ref}, Sở Công Thương đã phối hợp với các ngành, địa phương triển khai nhiều hoạt động "
    "về {topic}, đạt kết quả tích cực.",
    "Trong {months} tháng qua, hoạt động {topic} đã hỗ trợ {count} {beneficiary} với tổng kinh phí {amount}.",
]
PARAGRAPHS = [
    "Thực hiện {ref} của cơ quan có thẩm quyền, Sở Công Thương đã tham mưu cho UBND tỉnh ban hành kế hoạch "
    "triển khai công tác {topic} năm {year}, trong đó xác định rõ nhiệm vụ, tiến độ và trách nhiệm của "
    "từng đơn vị.",
    "Đến nay, đã có {count} {beneficiary} trên địa bàn huyện {place} được hỗ trợ với tổng kinh phí {amount}, "
    "tăng {percent}% so với cùng kỳ năm trước.",
    "Bên cạnh đó, Sở đã tổ chức {count2} lớp tập huấn cho cán bộ quản lý và chủ cơ sở sản xuất, phổ biến "
    "các quy định mới về {topic} và hướng dẫn lập hồ sơ đề nghị hỗ trợ.",
    "Qua kiểm tra, đoàn công tác phát hiện {count2} vụ vi phạm, xử phạt hành chính {amount2}, tập trung "
    "vào các hành vi kinh doanh hàng hóa không rõ nguồn gốc và không niêm yết giá.",
    "Nguồn kinh phí thực hiện gồm ngân sách tỉnh {amount} và vốn đối ứng của các cơ sở {amount2}, được "
    "giải ngân theo đúng quy định tại {ref}.",
    "Theo đánh giá của Sở Công Thương, các {beneficiary} tham gia chương trình đều hoạt động hiệu quả, tạo việc "
    "làm ổn định cho {count3} lao động địa phương với thu nhập bình quân {income} triệu đồng/người/tháng.",
    "Thời gian tới, Sở Công Thương tiếp tục phối hợp với UBND huyện {place} rà soát nhu cầu, lựa chọn "
    "các {beneficiary} có tiềm năng để hỗ trợ, đồng thời đẩy mạnh tuyên truyền về {topic}.",
    "Đề nghị các phòng Kinh tế, Kinh tế và Hạ tầng các huyện, thị xã, thành phố báo cáo kết quả thực hiện "
    "về Sở Công Thương trước ngày {day}/{month}/{year} để tổng hợp, báo cáo UBND tỉnh.",
]


def _fill(template: str, rng: random.Random, year: int, topic: str, place: str) -> str:
    return template.format(
        topic=topic, place=place, ref=rng.choice(REFERENCES), year=year,
        prev_year=year - 4, amount=rng.choice(AMOUNTS), amount2=rng.choice(AMOUNTS),
        count=rng.randint(2, 60), count2=rng.randint(2, 25), count3=rng.randint(30, 900),
        beneficiary=rng.choice(BENEFICIARIES), percent=rng.randint(5, 40), months=rng.choice([6, 9]),
        income=rng.choice(["5,2", "6", "7,5", "8,1"]), day=rng.randint(10, 28), month=rng.randint(1, 12),
    )


def generated_article(site: str, article_id: int, category: Category, published: datetime,
                      title: str | None = None) -> MirrorArticle:
    rng = random.Random(f"{site}-{article_id}")
    year = published.year
    topic, place = rng.choice(TOPICS), rng.choice(PLACES)  # one subject per article
    paragraphs = [_fill(t, rng, year, topic, place) for t in rng.sample(PARAGRAPHS, rng.randint(3, 6))]
    attachments = []
    if article_id % 4 == 0:
        attachments.append(f"/Upload/files/KH-{article_id}-{year}.pdf")
    if article_id % 6 == 0:
        attachments.append(f"/Upload/files/BC-{article_id}-{year}.doc")
    return MirrorArticle(
        id=article_id,
        category=category,
        title=title or _fill(rng.choice(TITLES), rng, year, topic, place),
        lead=_fill(rng.choice(LEADS), rng, year, topic, place),
        paragraphs=paragraphs,
        author=rng.choice(AUTHORS),
        published=published,
        attachments=attachments,
    )


def spread_dates(count: int, start: datetime, rng: random.Random) -> list[datetime]:
    """``count`` distinct times going back from ``start``, newest first, at office hours."""
    dates, when = [], start
    for _ in range(count):
        when -= timedelta(days=rng.randint(1, 9), minutes=rng.randint(0, 600), seconds=rng.randint(0, 59))
        dates.append(when.replace(hour=rng.randint(7, 16)))
    return dates
