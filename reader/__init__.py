"""Reading pages: a pure library (no Scrapy, no network) that turns a page into an article, or says why not.

    from reader import parse_html, read_page
    reading = read_page(parse_html(page_bytes), url)          # optionally a site's profile and date orders
    reading.article.title, reading.article.read_by              # or reading.why

- ``page.py``: ``read_page``, every reader that applies, each field from a reader whose value passes its checks;
- ``family.py``: a layout family's selectors (``families/*.toml``), with a site's overrides (``sites.toml``,
  ``profiles.py``);
- ``metadata.py``: JSON-LD, OpenGraph, microdata and meta tags; ``appstate.py``: JSON application state;
- ``generic.py``: the generic reader; ``times.py``: dates and times as portals write them; ``text.py``: lines.

The crawl (spiders/) fetches and follows links and hands each page here; ``python -m spiders.probe`` reads
through the same function, so what the probe shows is what the crawl stores.
"""

from .page import Article, Reading, parse_html, read_page

__all__ = ["Article", "Reading", "parse_html", "read_page"]
