"""Spreadsheets: .xlsx with openpyxl (read-only, cached values), .xls with xlrd. One page per sheet, one
line per row ("| a | b |"; a row with a single cell, such as a title or "(Đơn vị: triệu đồng)", is a plain
line, so it governs the rows below as a unit line does in article text)."""

from __future__ import annotations

import io
from typing import Any

from .lines import table_row
from .safezip import check_zip

MAX_ROWS = 100_000  # per sheet: budget tables have hundreds; a sheet of a million rows is not a bulletin


def read_xlsx(data: bytes) -> tuple[list[str], list[str]]:
    """(pages, notes): each sheet's rows; formulas read as the values Excel last saved."""
    import openpyxl

    check_zip(data)
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    pages, notes = [], []
    try:
        for sheet in book.worksheets:
            lines = []
            for n, row in enumerate(sheet.iter_rows(values_only=True)):
                if n >= MAX_ROWS:
                    notes.append(f"sheet {sheet.title!r}: first {MAX_ROWS} rows read")
                    break
                line = table_row(list(row))
                if line:
                    lines.append(line)
            pages.append("\n".join(lines))
    finally:
        book.close()
    return pages, notes


def read_xls(data: bytes) -> tuple[list[str], list[str]]:
    """(pages, notes) for a legacy Excel 97-2003 workbook."""
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    pages, notes = [], []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            lines = []
            for r in range(min(sheet.nrows, MAX_ROWS)):
                line = table_row([_xls_value(c) for c in sheet.row(r)])
                if line:
                    lines.append(line)
            if sheet.nrows > MAX_ROWS:
                notes.append(f"sheet {sheet.name!r}: first {MAX_ROWS} rows read")
            pages.append("\n".join(lines))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return pages, notes


def _xls_value(cell: Any) -> object:  # an xlrd Cell
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    return cell.value
