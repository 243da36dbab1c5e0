"""An element's visible text as lines: one per block (paragraph, cell, list item, <br>), NFC.

Text comes out NFC (windows-1258 pages decode to decomposed letters), with the page's own line structure:
one line per paragraph. Spaces inside a paragraph are kept as written. Pure: lxml elements in, strings out.
"""

import re
import unicodedata

from lxml.html import HtmlElement

# hrefs that name no page to follow: script calls, e-mail and phone links, anchors ("[Quay lại]", "Đầu trang").
NOT_A_PAGE = ("javascript:", "mailto:", "#", "tel:")
# A link to an attached document rather than a page, by its file name: what the family and the generic reader
# list as attachments and the crawl does not read as a page.
ATTACHMENT = re.compile(r"\.(pdf|docx?|xlsx?|odt|ods|rtf|pptx?|rar|zip)(\?|$)", re.IGNORECASE)

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption",
              "form", "dd", "dt", "pre", "hr"}
SKIP_TAGS = {"script", "style", "noscript", "iframe", "select", "button", "template"}
SOURCE_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def block_lines(element: HtmlElement) -> list[str]:
    """The visible lines of an element: one per block (paragraph, cell, list item, <br>), NFC, stripped."""
    chunks: list[str] = []

    def add(text: str | None) -> None:
        if text:
            chunks.append(SOURCE_LINE_BREAK.sub(" ", text))  # a line break in the HTML source is a space

    add(element.text)  # the element's own tail lies outside it
    # An explicit stack, not recursion: a page of thousands of nested unclosed tags must not raise
    # RecursionError. Entries: ("open", element); after its children, ("close", block) puts the block's
    # line break then its tail, ("tail", inline element) its tail alone.
    stack: list[tuple[str, HtmlElement]] = [("open", child) for child in reversed(element)]
    while stack:
        action, node = stack.pop()
        if action == "close":
            chunks.append("\n")
            add(node.tail)
            continue
        if action == "tail":
            add(node.tail)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else None  # comments have no string tag
        if tag is None or tag in SKIP_TAGS:
            add(node.tail)
            continue
        block = tag in BLOCK_TAGS
        if block:
            chunks.append("\n")
        add(node.text)
        stack.append(("close", node) if block else ("tail", node))
        stack.extend(("open", child) for child in reversed(node))

    lines = (unicodedata.normalize("NFC", line).strip() for line in "".join(chunks).split("\n"))
    return [line for line in lines if line]


def element_text(element: HtmlElement) -> str:
    """An element's visible text on one line."""
    return " ".join(block_lines(element))
