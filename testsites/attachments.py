"""Attachments as departments publish them, made on demand: each function returns a file's bytes.

Used by tests/test_documents.py, and meant for the local copies of sites to serve as attachments later.
The good files carry the same content: a decision's opening sentence and a budget table under its unit
line, so a test can check that the text and the table's rows come out. The broken ones are what a crawl
meets: a truncated download, an encrypted PDF, an empty body, a zip bomb named .docx, an HTML error page
served as .pdf.

Making them needs fpdf2, python-docx, openpyxl and Pillow (the test extras) and Debian's DejaVu fonts
(fonts-dejavu-core). The legacy binary formats (.doc, .xls) and .odt/.rtf cannot be written by a
well-kept Python library: they were made once with LibreOffice from ``docx_table()``/``xlsx_budget()``
and are shipped in ``data/attachments/`` (see its README).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
DATA = Path(__file__).parent / "data" / "attachments"

TITLE = "QUYẾT ĐỊNH"
SENTENCE = (
    "Căn cứ Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình "
    "khuyến công quốc gia đến năm 2020, Sở Công Thương giao kế hoạch kinh phí khuyến công năm 2024."
)
SECOND = "Điều 2. Giám đốc Sở Tài chính, Kho bạc Nhà nước tỉnh và các đơn vị liên quan chịu trách nhiệm thi hành."
UNIT = "(Đơn vị: triệu đồng)"
HEADER = ["STT", "Nội dung", "Kinh phí"]
ROWS = [["1", "Kinh phí hỗ trợ khuyến công", "1.250"], ["2", "Đào tạo nghề", "300"], ["", "Tổng cộng", "1.550"]]
# The line a reader must give for the first row (cells between " | ").
ROW_LINE = "| 1 | Kinh phí hỗ trợ khuyến công | 1.250 |"


def _fpdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    return pdf


def _table(pdf, rows: list[list[str]], widths=(15, 110, 40), ruled: bool = True) -> None:
    layout = {} if ruled else {"borders_layout": "NONE"}
    with pdf.table(col_widths=widths, text_align=("CENTER", "LEFT", "RIGHT"), **layout) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)


@cache
def pdf_unicode() -> bytes:
    """Two pages, Unicode text in an embedded TrueType font: the decision's text, then the budget table."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, SENTENCE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 6, SECOND, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "PHỤ LỤC: KẾ HOẠCH KINH PHÍ KHUYẾN CÔNG NĂM 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 8, UNIT, align="R", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, [HEADER, *ROWS])
    return bytes(pdf.output())


@cache
def pdf_unruled_table() -> bytes:
    """One page: the unit line and the budget table drawn without any ruling lines (cells by position only)."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, SENTENCE, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, UNIT, align="R", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, [HEADER, *ROWS], ruled=False)
    return bytes(pdf.output())


@cache
def pdf_many_pages(pages: int = 40) -> bytes:
    """A longer Unicode PDF (text and a table on every page): for measuring readers' speed."""
    pdf = _fpdf()
    for _n in range(pages):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 11)
        for _ in range(4):
            pdf.multi_cell(0, 6, SENTENCE + " " + SECOND, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.cell(0, 8, UNIT, align="R", new_x="LMARGIN", new_y="NEXT")
        _table(pdf, [HEADER, *ROWS] * 3)
    return bytes(pdf.output())


@cache
def pdf_tcvn3() -> bytes:
    """A PDF typed in a TCVN3 (ABC) font: its text layer holds TCVN3 codes ("QuyÕt ®Þnh sè").

    Drawn with a standard Latin-1 font, as a PDF made from a .VnTime document reads: what matters is that
    the extracted text is the legacy bytes, whatever glyphs a viewer shows."""
    from fpdf import FPDF

    from reader.documents.legacy import to_tcvn3

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, capitals_font_tcvn3(TITLE), new_x="LMARGIN", new_y="NEXT")
    for line in (SENTENCE, SECOND, UNIT):
        # one line per cell, no wrapping: fpdf2 would treat TCVN3's soft-hyphen byte (ư) as a hyphenation point
        for chunk in _wrap(to_tcvn3(line), 90):
            pdf.cell(0, 6, chunk, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@cache
def pdf_vni() -> bytes:
    """A PDF typed in a VNI font: its text layer holds VNI's letter-and-mark pairs ("Quyeát ñònh soá")."""
    from fpdf import FPDF

    from reader.documents.legacy import to_vni

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in (TITLE, SENTENCE, SECOND, UNIT):
        for chunk in _wrap(to_vni(line), 90):
            pdf.cell(0, 6, chunk, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_joined(*parts: bytes) -> bytes:
    """The pages of several PDFs in one file (a Unicode cover page and a scanned or TCVN3 annex)."""
    import pypdfium2 as pdfium

    joined = pdfium.PdfDocument.new()
    for part in parts:
        joined.import_pages(pdfium.PdfDocument(part))
    out = io.BytesIO()
    joined.save(out)
    return out.getvalue()


def capitals_font_tcvn3(text: str) -> str:
    """A heading as typed in a TCVN3 capitals font (".VnTimeH"): toned capitals take the lower-case codes,
    which that font draws as capitals ("QUYẾT ĐỊNH" -> "QUYÕT §ÞNH")."""
    from reader.documents.legacy import to_tcvn3

    return "".join(to_tcvn3(c.lower()) if c.isupper() and not c.isascii() and c not in "ĂÂÊÔƠƯĐ" else to_tcvn3(c)
                   for c in text)


def _wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + [line]


@cache
def pdf_scanned(dpi: int = 300, *, noisy: bool = True, point: float = 11) -> bytes:
    """A scanned page: the decision's text as a picture (DejaVu Sans at ``point`` pt, ``dpi``), no text layer.

    ``noisy`` makes it look scanned: tilted 0.6 degrees, blurred, speckled and saved as JPEG at quality 60."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    size = round(point * dpi / 72)
    font = ImageFont.truetype(str(FONT), size)
    bold = ImageFont.truetype(str(FONT_BOLD), round((point + 2) * dpi / 72))
    x, y = int(0.8 * dpi), int(0.8 * dpi)
    draw.text((width // 2, y), TITLE, font=bold, fill=0, anchor="mt")
    y += int(size * 2.2)
    for para in (SENTENCE, SECOND):
        for line in _wrap(para, 75):
            draw.text((x, y), line, font=font, fill=0)
            y += int(size * 1.5)
        y += size
    fmt = {}
    if noisy:
        image = image.rotate(0.6, resample=Image.Resampling.BILINEAR, fillcolor=255, expand=False)
        image = image.filter(ImageFilter.GaussianBlur(dpi / 300))
        rng = random.Random(21)
        pixels = image.load()
        assert pixels is not None  # an image made in memory: loaded
        for _ in range(width * height // 400):  # speckles: dust on the glass
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=60)
        image = Image.open(io.BytesIO(jpeg.getvalue()))
        fmt = {"quality": 60}
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=dpi, **fmt)
    return out.getvalue()


def docx_table(legacy: str | None = None) -> bytes:
    """A Word file: title, the sentence, the unit line and the budget table. ``legacy`` "tcvn3" or "vni"
    writes every text in that font encoding (as a .VnTime or VNI-Times document opened in Word reads)."""
    import docx

    from reader.documents.legacy import to_tcvn3, to_vni

    enc = {"tcvn3": to_tcvn3, "vni": to_vni}.get(legacy or "", lambda s: s)
    document = docx.Document()
    document.add_paragraph(capitals_font_tcvn3(TITLE) if legacy == "tcvn3" else enc(TITLE))
    document.add_paragraph(enc(SENTENCE))
    document.add_paragraph(enc(UNIT))
    table = document.add_table(rows=0, cols=3)
    for r in [HEADER, *ROWS]:
        cells = table.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = enc(text)
    document.add_paragraph(enc(SECOND))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@cache
def xlsx_budget() -> bytes:
    """An Excel budget: a title row, the unit row, the header and the rows (amounts as numbers), two sheets."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kinh phí"
    sheet.append(["KẾ HOẠCH KINH PHÍ KHUYẾN CÔNG NĂM 2024"])
    sheet.append([UNIT])
    sheet.append(HEADER)
    for stt, name, amount in ROWS:
        sheet.append([int(stt) if stt else None, name, int(amount.replace(".", ""))])
    other = book.create_sheet("Ghi chú")
    other.append([SENTENCE])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def shipped(name: str) -> bytes:
    """A file made once with LibreOffice and shipped (legacy .doc/.xls, .odt, .rtf): see data/attachments/README.md."""
    return (DATA / name).read_bytes()


# --- broken files -------------------------------------------------------------------------------------


def truncated(data: bytes) -> bytes:
    """The first half of a file: a download cut off."""
    return data[: len(data) // 2]


@cache
def pdf_encrypted() -> bytes:
    """A PDF that needs a password to open."""
    pdf = _fpdf()
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, SENTENCE)
    return bytes(pdf.output())


@cache
def zip_bomb_docx(size: int = 300 * 1024 * 1024) -> bytes:
    """A .docx-shaped zip whose document.xml inflates to ``size`` bytes of zeros (about 300 KB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def html_error_page() -> bytes:
    """What a site serves at a dead attachment link, with a 200 status and a .pdf name."""
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Lỗi 404</title></head>"
        "<body><h1>Không tìm thấy trang</h1><p>Tệp đính kèm không tồn tại.</p></body></html>"
    ).encode()


# --- what the local copies serve ----------------------------------------------------------------------

PDF, DOC = "application/pdf", "application/msword"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# File name -> (Content-Type, maker): one of each kind a department publishes, linked from one article of a
# copy (HaiDuongSite.ATTACHED_GOOD), and one broken file of each kind a crawl meets (ATTACHED_BROKEN).
GOOD: dict[str, tuple[str, Callable[[], bytes]]] = {
    "15-2024-QD-UBND.pdf": (PDF, pdf_unicode),  # two pages: the decision, then its budget table
    "quyet-dinh-tcvn3.pdf": (PDF, pdf_tcvn3),
    "ban-scan.pdf": (PDF, lambda: pdf_scanned()),
    "bang-kinh-phi.docx": (DOCX, lambda: docx_table()),
    "du-toan.xlsx": (XLSX, xlsx_budget),
    "bao-cao.doc": (DOC, lambda: shipped("budget.doc")),
}
BROKEN: dict[str, tuple[str, Callable[[], bytes]]] = {
    "cat-do-dang.pdf": (PDF, lambda: truncated(pdf_unicode())),
    "co-mat-khau.pdf": (PDF, pdf_encrypted),
    "rong.docx": (DOCX, lambda: b""),
    "bom-nen.docx": (DOCX, zip_bomb_docx),
    "trang-loi.pdf": (PDF, html_error_page),
    "cat-do-dang.xlsx": (XLSX, lambda: truncated(xlsx_budget())),
}


@cache
def served(name: str) -> tuple[bytes, str] | None:
    """(bytes, Content-Type) of a file the copies serve under ``/Upload/files/<name>`` (any case), or None.

    The generated articles' own attachments (KH-<id>-<year>.pdf, BC-<id>-<year>.doc) are the two-page
    decision and the shipped .doc."""
    for files in (GOOD, BROKEN):
        for known, (content_type, make) in files.items():
            if known.lower() == name.lower():
                return make(), content_type
    lower = name.lower()
    if lower.startswith("kh-") and lower.endswith(".pdf"):
        return pdf_unicode(), PDF
    if lower.startswith("bc-") and lower.endswith(".doc"):
        return shipped("budget.doc"), DOC
    return None
