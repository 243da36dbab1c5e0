"""Word-processor files: .docx (python-docx), legacy .doc (antiword, else catdoc, as subprocesses with a
time limit) and .rtf (striprtf). OpenDocument files are read in odf.py.

Paragraphs and tables in document order; each table row is one line, "| a | b |", so a unit line above a
table ("(Đơn vị: triệu đồng)") governs its cells as in article text.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from typing import Any

from .lines import table_row
from .safezip import check_zip


def read_docx(data: bytes) -> list[str]:
    """One page: the paragraphs and table rows of the body, in order."""
    import docx
    from docx.table import Table

    check_zip(data)  # refuses zip bombs before python-docx decompresses anything
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_docx_table(block))
        else:
            lines.append(block.text)
    return ["\n".join(lines)]


def _docx_table(table: Any) -> list[str]:  # a python-docx Table
    out = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            inner = [line for t in cell.tables for line in _docx_table(t)]
            cells.append(" ".join([cell.text, *inner]) if inner else cell.text)
        line = table_row(cells)
        if line:
            out.append(line)
    return out


def read_doc(data: bytes, timeout: float = 60) -> tuple[str, list[str]]:
    """(tool, [text]) for a legacy Word 97-2003 file: antiword (keeps table cells as "|" columns), else catdoc."""
    tools = [t for t in ("antiword", "catdoc") if shutil.which(t)]
    if not tools:
        raise FileNotFoundError("neither antiword nor catdoc is installed (apt-get install antiword catdoc)")
    with tempfile.NamedTemporaryFile(suffix=".doc", delete=False) as f:
        f.write(data)
        path = f.name
    errors = []
    try:
        for tool in tools:
            cmd = (
                [tool, "-m", "UTF-8.txt", "-w", "0", path] if tool == "antiword" else [tool, "-d", "utf-8", "-w", path]
            )
            try:
                env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
                done = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
            except subprocess.TimeoutExpired:
                errors.append(f"{tool} ran over {timeout:.0f}s")
                continue
            text = done.stdout.decode("utf-8", "replace")
            if done.returncode == 0 and text.strip():
                return tool, [_doc_tables(text)]
            said = done.stderr.decode("utf-8", "replace").strip()[-200:]
            errors.append(f"{tool}: {said or f'exit status {done.returncode}'}")
    finally:
        os.unlink(path)
    raise ValueError("; ".join(errors))


def _doc_tables(text: str, leading_bar: bool = True) -> str:
    # antiword writes a table row as "|cell|cell|", striprtf as "cell|cell|": the same shape with spaces,
    # as the other readers give it (an empty first cell kept, so the columns stay in place).
    out = []
    for line in text.splitlines():
        s = line.strip()
        if leading_bar and s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
            out.append(table_row(s[1:-1].split("|")))
        elif not leading_bar and s.endswith("|") and s.count("|") >= 2:
            out.append(table_row(s[:-1].split("|")))
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def read_rtf(data: bytes) -> list[str]:
    """One page: the text of an RTF file (striprtf; a table's cells come out separated by "|")."""
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(data.decode("latin-1"), errors="ignore")
    return [_doc_tables(text, leading_bar=False)]
