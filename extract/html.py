"""The main text of an HTML page, for ``python -m extract page.html``."""
from __future__ import annotations

import re

_LOOKS_LIKE_HTML = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<\?xml|<div|<p[ >]|<table)", re.IGNORECASE)
_NOT_TEXT = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]


def looks_like_html(text: str) -> bool:
    """True for a document that starts like HTML."""
    return bool(_LOOKS_LIKE_HTML.match(text))


def main_text(html: str) -> str:
    """Visible text of the page without scripts, navigation, headers and footers, one block a line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_NOT_TEXT):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines = (line.strip() for line in root.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)

