"""Zip archives (docx, xlsx, odt) checked before any member is decompressed.

A "zip bomb" declares members that decompress to gigabytes. Python's zipfile stops a member at its
declared size, so checking the declared sizes in the central directory (read without decompressing)
bounds the memory any reader can use on the archive.
"""

from __future__ import annotations

import io
import zipfile

MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes over all members
MAX_RATIO = 200  # uncompressed/compressed, for a member over 1 MB (text XML compresses 5-20x)
MAX_MEMBERS = 10_000
MAX_XML = 50 * 1024 * 1024  # uncompressed XML over all members: parsed into a tree, it takes several times its size


class UnsafeZip(ValueError):
    """The archive would decompress to too much; the message says what."""


def check_zip(data: bytes) -> zipfile.ZipFile:
    """The open archive, once its central directory shows it is safe to read; raises UnsafeZip or BadZipFile."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeZip(f"zip with {len(infos)} members (limit {MAX_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise UnsafeZip(f"zip would decompress to {total:,} bytes (limit {MAX_TOTAL:,})")
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if xml > MAX_XML:
        raise UnsafeZip(f"zip's XML would decompress to {xml:,} bytes (limit {MAX_XML:,})")
    for i in infos:
        if i.file_size > 1 << 20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise UnsafeZip(
                f"zip member {i.filename!r} compressed {i.file_size // max(i.compress_size, 1)}x (limit {MAX_RATIO}x)"
            )
    return archive
