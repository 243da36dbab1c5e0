"""Reading attachments: PDF text-layer libraries compared, OCR resolutions compared, each kind's speed.

    python benchmarks/documents_speed.py            # 40-page PDF, 3 runs, OCR at 200 and 300 dpi
    python benchmarks/documents_speed.py --smoke    # 8 pages, 1 run, OCR at 300 dpi only (CI)

1. PDF text layers on a generated Vietnamese PDF (testsites.attachments.pdf_many_pages: prose and a
   bordered table on every page): pages per second and what each gives for a table row, with
   pypdfium2 (our reader: PDFium's text runs rebuilt into lines and "|" rows), pdfplumber (extract_text, and
   extract_tables for the cells) and PyMuPDF (get_text). A library that is not installed is skipped (only
   pypdfium2 is a dependency: ``pip install pdfplumber pymupdf`` to compare).
2. OCR (Tesseract, vie) of the generated scan rendered at 200 and 300 dpi: seconds per page and character
   accuracy against the text drawn (1 - edit distance / length).
3. read_document on every good test file: milliseconds per file and pages per second.
"""

import argparse
import difflib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.documents import read_document  # noqa: E402
from testsites import attachments as A  # noqa: E402


def timed(fn, repeat):
    fn()  # warm: imports and caches out of the figures
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def pdfium_read(data):
    from reader.documents.pdf import read_pdf

    return read_pdf(data, use_ocr=False).pages


def pdfium_raw(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def plumber_read(data, tables=True):
    import io

    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            if tables:
                rows = ["| " + " | ".join(c or "" for c in row) + " |" for t in page.extract_tables() for row in t]
                text += "\n" + "\n".join(rows)
            pages.append(text)
    return pages


def mupdf_read(data):
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return [page.get_text() for page in pdf]


def row_of(pages):
    """How the first data row of the table came out: the line holding "1.250"."""
    lines = [line.strip() for line in pages[-1].splitlines() if "1.250" in line]
    rows = [line for line in lines if line.startswith("|")]  # a table reader's row, if it gave one
    return (rows or lines or ["(not found)"])[0]


def accuracy(expected: str, got: str) -> float:
    a, b = " ".join(expected.split()), " ".join(got.split())
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages, repeat = (8, 1) if args.smoke else (args.pages, args.repeat)

    data = A.pdf_many_pages(pages)
    print(f"--- PDF text layers: {pages} pages, {len(data):,} bytes, median of {repeat} ---")
    candidates = [("pypdfium2 (ours)", pdfium_read), ("pypdfium2 raw text", pdfium_raw),
                  ("pdfplumber text", lambda d: plumber_read(d, tables=False)),
                  ("pdfplumber text+tables", plumber_read), ("PyMuPDF", mupdf_read)]
    for name, fn in candidates:
        try:
            seconds, out = timed(lambda fn=fn: fn(data), repeat)
        except ImportError:
            print(f"{name:24} not installed")
            continue
        print(f"{name:24} {pages / seconds:8.1f} pages/s   row: {row_of(out)!r}")

    print("--- OCR (tesseract, vie) of the generated scan ---")
    expected = "\n".join([A.TITLE, A.SENTENCE, A.SECOND])
    try:
        from reader.documents import ocr
    except ImportError:
        ocr = None
    if not ocr or not ocr.available():
        print("tesseract with Vietnamese data not installed: skipped")
    else:
        import pypdfium2 as pdfium

        for point in ([10] if args.smoke else [8, 10, 12]):
            scan = A.pdf_scanned(300, point=point)  # scanned at 300 dpi: tilted, blurred, speckled, JPEG
            for dpi in ([200] if args.smoke else [150, 200, 300, 400]):
                page = pdfium.PdfDocument(scan)[0]
                t = time.perf_counter()
                text = ocr.image_to_text(page.render(scale=dpi / 72, grayscale=True).to_pil())
                seconds = time.perf_counter() - t
                print(f"{point:2} pt text rendered at {dpi} dpi: {seconds:5.2f} s/page   "
                      f"character accuracy {accuracy(expected, text):.4f}")

    print("--- read_document, every good test file ---")
    files = [("pdf", A.pdf_unicode()), ("pdf tcvn3", A.pdf_tcvn3()), ("docx", A.docx_table()),
             ("docx vni", A.docx_table("vni")),
             ("xlsx", A.xlsx_budget()), ("doc", A.shipped("budget.doc")), ("xls", A.shipped("budget.xls")),
             ("odt", A.shipped("budget.odt")), ("ods", A.shipped("budget.ods")), ("rtf", A.shipped("budget.rtf")),
             (f"pdf {pages} pages", data)]
    for name, blob in files:
        seconds, doc = timed(lambda blob=blob: read_document(blob, ocr=False), repeat)
        print(f"{name:16} {doc.reader:16} {seconds * 1000:8.1f} ms  {len(doc.pages) / seconds:8.1f} pages/s  "
              f"{doc.status}")


if __name__ == "__main__":
    main()
