"""Reading attachments: PDF, Word, Excel and OpenDocument files as text, pure (no Scrapy, no network).

    from reader.documents import read_document
    document = read_document(data, url, content_type)
    document.status, document.reader, document.pages     # "read", "pdf-text+tcvn3", ["...", ...]

A department's article is often a cover note whose decision, plan or budget table is an attachment. This
package turns the attachment's bytes into text the extractor reads: pages of lines (NFC), every table row
one line "| a | b |" so a unit line above a table governs its cells, text typed in the legacy TCVN3 or VNI
fonts converted to Unicode, scans read by OCR where Tesseract is installed. It never raises on a bad file:
the Document says what happened (``status`` and ``error``).

Modules, one concern each: ``detect.py`` (what kind of file), ``pdf.py``, ``ocr.py``, ``word.py`` (docx, doc,
rtf), ``odf.py`` (odt, ods), ``sheets.py`` (xlsx, xls), ``legacy.py`` with its data ``legacy_tables.py``,
``safezip.py`` (zip bombs), ``lines.py`` (table rows). Libraries and measured speeds: README.md beside this file.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .detect import detect_kind
from .legacy import fix_legacy

__all__ = ["Document", "read_document", "detect_kind", "fix_legacy"]

log = logging.getLogger(__name__)

MAX_BYTES = 100 * 1024 * 1024  # an attachment larger than this is not read at all


@dataclass
class Document:
    """What reading an attachment gave.

    reader: how it was read: "pdf-text", "ocr", "pdf-text+ocr", "docx", "xlsx", "xls", "doc", "odt", "ods", "rtf",
        with "+tcvn3" or "+vni" when legacy-font text was converted; "" when nothing was read.
    pages: text per page (PDF), per sheet (Excel) or one (Word, OpenDocument, RTF); NFC.
    status: "read" (some text), "empty" (readable, no text), "unsupported" (a kind not read: an HTML page,
        a plain zip, unknown bytes), "failed" (damaged, encrypted, refused), "skipped"
        (scans with no OCR available, or too large).
    error: why, when status is not "read" (and notes such as "OCR skipped on 2 pages" when it is).
    kind: "pdf", "docx", "xlsx", "doc", "xls", "odt", "ods", "rtf", "html", "zip", "unknown".
    """

    reader: str
    pages: list[str] = field(default_factory=list)
    status: str = "read"
    error: str | None = None
    kind: str = "unknown"

    @property
    def text(self) -> str:
        """All pages, separated by a blank line."""
        return "\n\n".join(p for p in self.pages if p)


def read_document(
    data: bytes,
    url: str = "",
    content_type: str | None = None,
    *,
    ocr: bool = True,
    max_pages: int = 500,
    timeout: float = 60,
) -> Document:
    """Read an attachment's bytes. Never raises for a bad file: see Document.status and Document.error."""
    kind = detect_kind(data, url, content_type)
    if not data:
        return Document("", [], "failed", "zero bytes", kind)
    if len(data) > MAX_BYTES:
        return Document("", [], "skipped", f"{len(data):,} bytes (limit {MAX_BYTES:,})", kind)
    try:
        reader, pages, notes, skipped = _read(kind, data, ocr=ocr, max_pages=max_pages, timeout=timeout)
    except _Unsupported as e:
        return Document("", [], "unsupported", str(e), kind)
    except (Exception, MemoryError, RecursionError) as e:  # a reader's failure is the document's status, not a crash
        message = str(e) or type(e).__name__
        log.info("document %s (%s) failed: %s", url or "(bytes)", kind, message)
        why = f"{type(e).__name__}: {message}" if not message.startswith(type(e).__name__) else message
        return Document("", [], "failed", why, kind)
    pages = [unicodedata.normalize("NFC", p) for p in pages]
    pages, legacy = _fix_pages(pages)
    if legacy:
        reader += f"+{legacy}"
    has_text = any(p.strip() for p in pages)
    error = "; ".join(notes) or None
    if has_text:
        return Document(reader, pages, "read", error, kind)
    if skipped:
        return Document(reader, pages, "skipped", error, kind)
    return Document(reader, pages, "empty", error or "no text", kind)


class _Unsupported(Exception):
    pass


def _read(
    kind: str, data: bytes, *, ocr: bool, max_pages: int, timeout: float
) -> tuple[str, list[str], list[str], bool]:
    """(reader, pages, notes, some pages skipped) for one kind; raises on a bad file."""
    if kind == "pdf":
        from . import ocr as ocr_module
        from .pdf import read_pdf

        reading = read_pdf(data, use_ocr=ocr, max_pages=max_pages, timeout=timeout)
        notes = list(reading.notes)
        if reading.skipped_pages:
            why = "OCR not asked for" if not ocr else (ocr_module.missing_reason() or "OCR failed")
            notes.append(f"{reading.skipped_pages} page(s) without a text layer not read: {why}")
            log.warning("PDF: %s", notes[-1])
        text_pages = len(reading.pages) - reading.ocr_pages - reading.skipped_pages
        reader = "ocr" if reading.ocr_pages and text_pages <= 0 else "pdf-text+ocr" if reading.ocr_pages else "pdf-text"
        return reader, reading.pages, notes, bool(reading.skipped_pages)
    if kind == "docx":
        from .word import read_docx

        return "docx", read_docx(data), [], False
    if kind == "doc":
        from .word import read_doc

        tool, pages = read_doc(data, timeout=timeout)
        return "doc", pages, [] if tool == "antiword" else [f"read by {tool}"], False
    if kind == "odt":
        from .odf import read_odt

        return "odt", read_odt(data), [], False
    if kind == "ods":
        from .odf import read_ods

        pages, notes = read_ods(data)
        return "ods", pages, notes, False
    if kind == "rtf":
        from .word import read_rtf

        return "rtf", read_rtf(data), [], False
    if kind == "xlsx":
        from .sheets import read_xlsx

        pages, notes = read_xlsx(data)
        return "xlsx", pages, notes, False
    if kind == "xls":
        from .sheets import read_xls

        pages, notes = read_xls(data)
        return "xls", pages, notes, False
    if kind == "html":
        raise _Unsupported("an HTML page, not a document (an error page served in its place?)")
    raise _Unsupported(f"kind {kind!r} is not read")


def _fix_pages(pages: list[str]) -> tuple[list[str], str | None]:
    """Legacy-font pages converted one by one (a Unicode cover page may precede a TCVN3 annex)."""
    found: Counter[str] = Counter()
    out = []
    for page in pages:
        fixed, legacy = fix_legacy(page)
        if legacy:
            found[legacy] += 1
        out.append(fixed)
    return out, (found.most_common(1)[0][0] if found else None)
