"""OpenDocument text (.odt) and spreadsheets (.ods), read from their content.xml with the standard library:
the format is plain XML in a zip, small enough to need no library (odfpy would add nothing we use)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .lines import table_row
from .safezip import check_zip

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
MAX_REPEAT = 100  # a cell or row "repeated" 1,000 times is formatting, not content


def _content(data: bytes) -> ET.Element:
    return ET.fromstring(check_zip(data).read("content.xml"))


def read_odt(data: bytes) -> list[str]:
    """One page: the paragraphs, headings and table rows of an OpenDocument text, in order."""
    lines: list[str] = []
    body = _content(data).find(f".//{{{OFFICE}}}text")
    if body is not None:
        _block(body, lines)
    return ["\n".join(lines)]


def read_ods(data: bytes) -> tuple[list[str], list[str]]:
    """(pages, notes): one page per sheet, one line per row, numbers from their stored values."""
    pages = []
    body = _content(data).find(f".//{{{OFFICE}}}spreadsheet")
    for sheet in body.iter(f"{{{TABLE}}}table") if body is not None else ():
        pages.append("\n".join(_rows(sheet, numbers=True)))
    return pages, []


def _text(element: ET.Element) -> str:
    """The text of a paragraph or cell: spans joined, <text:s/>, tabs and line breaks as spaces."""
    parts = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if node is not element and tag in ("p", "h"):
            parts.append(" ")
        if tag in ("s", "tab", "line-break"):
            parts.append(" ")
        elif node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return " ".join("".join(parts).split())


def _cell(cell: ET.Element, numbers: bool) -> int | float | str:
    if numbers and cell.get(f"{{{OFFICE}}}value-type") in ("float", "currency", "percentage"):
        value = cell.get(f"{{{OFFICE}}}value")
        try:
            number = float(value)  # type: ignore[arg-type]  # None (no office:value) raises TypeError, caught
            return int(number) if number.is_integer() else number
        except (TypeError, ValueError):
            pass
    return _text(cell)


def _rows(table: ET.Element, numbers: bool = False) -> list[str]:
    out = []
    for row in table.iter(f"{{{TABLE}}}table-row"):
        cells: list[int | float | str] = []
        for cell in row:
            if cell.tag not in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
                continue
            repeat = min(int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1")), MAX_REPEAT)
            cells.extend([_cell(cell, numbers)] * repeat)
        line = table_row(cells)
        if line:
            out.append(line)
    return out


def _block(parent: ET.Element, lines: list[str]) -> None:
    for child in parent:
        if child.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            lines.append(_text(child))
        elif child.tag == f"{{{TABLE}}}table":
            lines.extend(_rows(child))
        elif child.tag in (f"{{{TEXT}}}list", f"{{{TEXT}}}list-item", f"{{{TEXT}}}section"):
            _block(child, lines)
