"""Pages nested deeper than libxml2 builds: detected on the tree, read again with the nesting flattened.

libxml2 (lxml, and so Scrapy's selectors) stops building a document at about 2,048 levels of nesting, even
with ``huge_tree``: a page of thousands of unclosed ``<div><span>`` (a broken editor's output) or of
thousands of nested blocks loses everything after that depth: paragraphs, date, body. Such a tree ends in
a chain of last children as deep as the limit, which costs a walk of that chain to see; the page's text is
then parsed again with every tag beyond ``KEEP_DEPTH`` levels taken out (its text kept, a block's line
break kept as ``<br>``), so the whole text is read at a depth libxml2 builds.
"""

import re

from lxml.html import HtmlElement

TRUNCATED_AT = 2000  # a chain of last children this deep is libxml2's limit reached (2,048 less the head)
KEEP_DEPTH = 256  # levels kept when flattening: deeper than any real layout
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^<>]{0,4000}?(/?)>")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "tr", "td", "th", "table", "ul", "ol", "section", "article", "blockquote", "h1", "h2",
         "h3", "h4", "h5", "h6", "dd", "dt", "pre", "header", "footer", "main", "aside", "nav", "form"}


def truncated(root: HtmlElement) -> bool:
    """Whether the tree ends in a chain as deep as libxml2's limit: the parser stopped there."""
    depth, node = 0, root
    while depth < TRUNCATED_AT:
        children = [child for child in node if isinstance(child.tag, str)]
        if not children:
            return False
        node, depth = children[-1], depth + 1
    return True


def flatten(html: str, keep: int = KEEP_DEPTH) -> str:
    """``html`` with the tags nested deeper than ``keep`` levels taken out, their text kept.

    Tags are matched as HTML parsers do, roughly: a closing tag closes the nearest open element of its name
    and those opened inside it; a closing tag with no open element of its name is dropped.
    """
    out: list[str] = []
    stack: list[str] = []
    position = 0
    for match in TAG.finditer(html):
        out.append(html[position:match.start()])
        position = match.end()
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if name in stack:
                while stack and stack.pop() != name:
                    pass
                out.append(match.group())
            continue
        if name in VOID or match.group(3):
            out.append(match.group())
        elif len(stack) < keep:
            stack.append(name)
            out.append(match.group())
        elif name in BLOCK:
            out.append("<br>")  # the block's line break, without its depth
    out.append(html[position:])
    return "".join(out)
