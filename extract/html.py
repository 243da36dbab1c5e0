"""The main text of an HTML page, for ``python -m extract page.html``."""
from __future__ import annotations

import re

# What may come before the first element: whitespace, a byte-order mark, comments, a doctype, an XML
# declaration. Each is bounded or possessive, so no text makes the match slow.
_PROLOGUE = re.compile(
    r"(?:\s|\ufeff|<!--.*?-->|<!doctype[^>]{0,500}>|<\?xml[^>]{0,500}\?>)*+", re.IGNORECASE | re.DOTALL
)
# The first element, when it is one of HTML's (a text starting "<5 triệu" or "<ghi chú>" is not a page).
_FIRST_TAG = re.compile(
    r"<(?:html|head|body|meta|title|link|script|style|div|p|span|table|article|section|main|header|footer|nav"
    r"|h[1-6]|ul|ol|li|br|a|b|i|em|strong|font|form|img|center|pre|blockquote|tr|td)(?=[\s/>])",
    re.IGNORECASE,
)
# A page whose own head or body tag is near the start, whatever precedes it.
_HTML_TAG_NEAR_START = re.compile(r"<(?:html|head|body)(?=[\s>])", re.IGNORECASE)
SNIFF_CHARS = 4096
_NOT_TEXT = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]


def looks_like_html(text: str) -> bool:
    """True for an HTML document, recognised by its content: after any whitespace, comments, doctype or XML
    declaration, its first element is an HTML one, or an ``<html>``/``<head>``/``<body>`` tag is near the start."""
    head = text[:SNIFF_CHARS]
    prologue = _PROLOGUE.match(head)
    assert prologue is not None  # the prologue pattern matches the empty string
    if _FIRST_TAG.match(head, prologue.end()):
        return True
    return bool(_HTML_TAG_NEAR_START.search(head))


def main_text(html: str) -> str:
    """Visible text of the page without scripts, navigation, headers and footers, one block a line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_NOT_TEXT):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines = (line.strip() for line in root.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)

