"""How long reading each attachment the local copies serve takes (reader.documents.read_document alone).

    python benchmarks/attachments_speed.py

The files are testsites/attachments.py's GOOD and BROKEN (the ones tests/test_attachment_crawl.py crawls),
and a 40-page text PDF. Each is read twice; the second time is shown (imports warmed up).
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.documents import read_document  # noqa: E402
from testsites.attachments import BROKEN, GOOD, pdf_many_pages, served  # noqa: E402


def timed(data: bytes, name: str, content_type: str):
    read_document(data, name, content_type)
    started = time.perf_counter()
    document = read_document(data, name, content_type)
    return document, time.perf_counter() - started


def main() -> None:
    files = [(name, *served(name)) for name in [*GOOD, *BROKEN]]
    files.append(("40-pages.pdf", pdf_many_pages(40), "application/pdf"))
    for name, data, content_type in files:
        document, seconds = timed(data, name, content_type)
        print(f"{name:24} {len(data):>9,} B  {document.reader or '-':16} {document.status:11} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
