"""PDF text layers with pypdfium2 (PDFium, Apache-2.0/BSD), rebuilt into lines and table rows.

PDFium gives the text as "rects": runs of characters on one line, split where the gap is wide. A line
whose runs stand far apart (more than ``CELL_GAP`` times the line's height) is a table row: its runs are
its cells, written "| a | b | c |" as the extractor reads tables; other lines keep their runs joined by a
space. Measured against pdfplumber and PyMuPDF in README.md beside this file.

Pages without a text layer (scans) go to OCR (``ocr.py``) when asked and when Tesseract is installed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from . import ocr
from .lines import table_row

log = logging.getLogger(__name__)

CELL_GAP = 1.2  # a gap wider than 1.2 line heights between two runs separates table cells
MIN_TEXT_CHARS = 3  # a page with fewer characters than this has no text layer worth the name


@dataclass
class PdfReading:
    pages: list[str]
    ocr_pages: int = 0  # pages read by OCR
    skipped_pages: int = 0  # pages with no text layer that OCR could not read (not installed, time out)
    notes: list[str] = field(default_factory=list)


# A run of text on a page: (left, bottom, right, top, text).
_Run = tuple[float, float, float, float, str]


class PdfError(ValueError):
    """A PDF that cannot be opened: the message says why (encrypted, damaged)."""


def _open(data: bytes) -> Any:  # a pypdfium2.PdfDocument (pypdfium2 is imported on first use)
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise PdfError("encrypted PDF (needs a password)") from None
        raise PdfError(f"damaged PDF: {msg}") from None


def _page_lines(textpage: Any) -> list[str]:
    runs: list[_Run] = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).strip()
        if text:
            runs.append((left, bottom, right, top, text))
    # Lines: runs whose vertical middles fall within each other's height, top of the page first.
    runs.sort(key=lambda r: -(r[1] + r[3]) / 2)
    lines: list[list[_Run]] = []
    for run in runs:
        middle = (run[1] + run[3]) / 2
        if lines:
            last = lines[-1]
            low = min(r[1] for r in last)
            high = max(r[3] for r in last)
            if low <= middle <= high:
                last.append(run)
                continue
        lines.append([run])
    out = []
    for line in lines:
        line.sort(key=lambda r: r[0])
        height = max(r[3] - r[1] for r in line) or 1.0
        cells: list[list[_Run]] = []
        current = [line[0]]
        for prev, run in zip(line, line[1:], strict=False):  # neighbours: one pair fewer than runs
            if run[0] - prev[2] > CELL_GAP * height:
                cells.append(current)
                current = [run]
            else:
                current.append(run)
        cells.append(current)
        texts = [" ".join(r[4] for r in cell) for cell in cells]
        out.append(table_row(texts) if len(texts) > 1 else texts[0])
    return out


def _has_images(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def read_pdf(
    data: bytes, *, use_ocr: bool = True, max_pages: int = 500, timeout: float = 60, ocr_dpi: int = ocr.DPI
) -> PdfReading:
    """Every page's text (up to ``max_pages``), OCR for the pages that have no text layer but a picture."""
    deadline = time.monotonic() + timeout
    document = _open(data)
    try:
        count = len(document)
        reading = PdfReading(pages=[])
        if count > max_pages:
            reading.notes.append(f"{count} pages, read the first {max_pages}")
        ocr_ready = use_ocr and ocr.available()
        for index in range(min(count, max_pages)):
            if time.monotonic() > deadline:
                reading.notes.append(f"time limit {timeout:g}s reached after {index} of {count} pages")
                break
            page = document[index]
            textpage = page.get_textpage()
            text = "\n".join(_page_lines(textpage))
            if len(text.strip()) < MIN_TEXT_CHARS and _has_images(page):
                if not use_ocr:
                    reading.skipped_pages += 1
                elif not ocr_ready:
                    reading.skipped_pages += 1
                    log.debug("PDF page %d has no text layer; OCR skipped: %s", index + 1, ocr.missing_reason())
                else:
                    left = max(1.0, deadline - time.monotonic())
                    try:
                        image = page.render(scale=ocr_dpi / 72, grayscale=True).to_pil()
                        text = ocr.image_to_text(image, timeout=left)
                        reading.ocr_pages += 1
                    except ocr.OcrError as e:
                        reading.skipped_pages += 1
                        reading.notes.append(f"page {index + 1}: OCR failed: {e}")
            reading.pages.append(text)
            textpage.close()
            page.close()
        return reading
    finally:
        document.close()
