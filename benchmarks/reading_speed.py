"""What reading a page costs: reader.read_page (every reader that applies) against one reader alone.

    python benchmarks/reading_speed.py            # every family copy's articles (40 each), the judged pages
    python benchmarks/reading_speed.py --smoke    # 5 articles a family, for CI

The pages are varied: each family copy's articles (different titles, bodies, attachments, related lists, in
each platform's markup and its variant templates), the judged-on real pages and the tests' pages. Each page
is parsed once per reading (lxml, not counted) and read:

- family only: the family's selectors (reader/family.py), what the crawl ran before read_page on a page
  of a known family;
- generic only: the generic reader (reader/generic.py), what it ran on a page of no family;
- read_page: every reader that applies; the generic reader only where the family's and the metadata's
  fields leave the title, body or time unread.

It prints milliseconds per page (medians of --repeat runs) and how often read_page needed the generic reader.
"""

import argparse
import statistics
import sys
import time
from functools import cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from reader import generic, parse_html, read_page  # noqa: E402
from reader.families import all_family_names, recognise  # noqa: E402
from reader.family import read_family  # noqa: E402
from reader.profiles import site_profile  # noqa: E402
from testsites.family_sites import FamilySite, family_copy_names  # noqa: E402


def family_pages(per_family: int) -> list[tuple[str, str, bytes, str | None]]:
    """(name, URL, HTML, family) of ``per_family`` articles of every family copy, as the copies serve them."""
    pages = []
    for name in family_copy_names():
        site = FamilySite(name)
        articles = sorted(site.articles.values(), key=lambda a: a.id)[:per_family]
        family = name if name in all_family_names() else None  # a copy is named after its family
        for article in articles:
            reply = site.render("article.html", article=article, related=site.related(article, 5))
            pages.append((f"{name}/{article.id}", "http://127.0.0.1:8000" + site.article_url(article), reply.body,
                          family))
    return pages


def other_pages() -> list[tuple[str, str, bytes, str | None]]:
    tests = PROJECT_ROOT / "tests"
    paths = sorted((tests / "judged_pages").glob("*.html")) + sorted((tests / "pages").glob("*.html"))
    return [(path.name, f"https://example.gov.vn/{path.stem}.html", path.read_bytes(), None) for path in paths]


def timed(read, pages) -> float:
    """Milliseconds per page of ``read(root, url, family)``, parsing excluded."""
    trees = [(parse_html(html), url, family) for _, url, html, family in pages]
    start = time.perf_counter()
    for root, url, family in trees:
        read(root, url, family)
    return (time.perf_counter() - start) * 1000 / len(trees)


@cache
def site_of(host: str, family: str | None):
    return site_profile({"id": host, "name": host, "hosts": [host], "start_urls": [f"http://{host}/"],
                         "family": family})


def profile_of(url: str, family: str | None):
    """The profile a crawl reads the page with: its family known (a registry site, or learnt from its first page)."""
    return site_of(url.split("/")[2].split(":")[0], family)


def family_only(root, url, family):
    """Before read_page: the family's selectors alone on a page of a known family, else the generic reader."""
    family = family or (found.family if (found := recognise(root, url)) else None)
    return read_family(root, url, profile_of(url, family).selectors) if family else generic.read_parts(root, url)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-family", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    per_family = 5 if args.smoke else args.per_family
    pages = family_pages(per_family) + other_pages()
    readers = {
        "family only (else generic)": family_only,
        "generic only": lambda root, url, family: generic.read_parts(root, url),
        "read_page": lambda root, url, family: read_page(root, url, profile_of(url, family)),
    }
    print(f"{len(pages)} pages: {per_family} articles of each of {len(family_copy_names())} family copies, "
          f"{len(other_pages())} judged and test pages")
    for label, read in readers.items():
        runs = [timed(read, pages) for _ in range(1 if args.smoke else args.repeat)]
        print(f"  {label:<28} {statistics.median(runs):6.2f} ms/page")
    needed = sum("generic" in read_page(parse_html(html), url, profile_of(url, family)).found
                 for _, url, html, family in pages)
    print(f"  read_page asked the generic reader on {needed} of {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
