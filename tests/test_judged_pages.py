"""The judged-on set of real pages (tests/judged_pages/) is whole and consistent: not how well it is read.

How well the readers read it is benchmarks/reading_score.py's business (and a CI gate's, later). Here: every
page named exists, is UTF-8 and NFC, every judgement has its fields in their forms, and what was judged is on
the page (the title, the text's start and end, each furniture string), so a judgement cannot drift from its page.
"""

import re
import tomllib
import unicodedata
from datetime import date, datetime
from pathlib import Path

import lxml.html
import pytest

PAGES = Path(__file__).parent / "judged_pages"
FIELDS = ("file", "url", "platform", "kind", "source", "title", "published", "body_start", "body_end", "furniture")
KINDS = ("real", "template-rendered")


def norm(text: str) -> str:
    """NFC, runs of whitespace as one space: how a page's text and a judged string are compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def judgements() -> list[dict]:
    return tomllib.loads((PAGES / "judged.toml").read_text(encoding="utf-8"))["page"]


def page_text(path: Path) -> str:
    """The page's visible text (scripts and styles left out), normalised."""
    root = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    for element in root.xpath("//script | //style"):
        element.drop_tree()
    return norm(root.text_content())


JUDGED = judgements()


def test_the_set_has_pages_of_both_kinds_and_no_page_twice():
    files = [page["file"] for page in JUDGED]
    assert len(files) == len(set(files))
    assert {page["kind"] for page in JUDGED} <= set(KINDS)
    assert any(page["kind"] == "real" for page in JUDGED)


def test_every_html_file_is_judged():
    """A page added without a judgement (or left behind by a removed one) is caught."""
    assert sorted(path.name for path in PAGES.glob("*.html")) == sorted(page["file"] for page in JUDGED)


@pytest.mark.parametrize("page", JUDGED, ids=[page["file"] for page in JUDGED])
def test_judgement_fields(page):
    assert set(FIELDS) <= set(page), f"missing {set(FIELDS) - set(page)}"
    assert page["kind"] in KINDS
    assert page["url"].startswith(("http://", "https://"))
    for name in ("title", "body_start", "body_end", "platform", "source"):
        assert isinstance(page[name], str) and page[name].strip(), name
        assert unicodedata.is_normalized("NFC", page[name]), f"{name} is not NFC"
    assert len(page["furniture"]) >= 2 and all(isinstance(item, str) and item.strip() for item in page["furniture"])
    assert all(unicodedata.is_normalized("NFC", item) for item in page["furniture"])
    if page["kind"] == "template-rendered":
        assert "template:" in page["source"] and "text:" in page["source"]  # both origins are named


@pytest.mark.parametrize("page", JUDGED, ids=[page["file"] for page in JUDGED])
def test_published_is_iso_in_vietnam_time_or_empty(page):
    published = page["published"]
    if published == "":
        return  # the page shows no date: neither date nor time is judged
    if len(published) == 10:
        date.fromisoformat(published)
    else:
        value = datetime.fromisoformat(published)
        assert value.utcoffset().total_seconds() == 7 * 3600, "Vietnam time (+07:00)"


@pytest.mark.parametrize("page", JUDGED, ids=[page["file"] for page in JUDGED])
def test_page_file_is_utf8(page):
    """Pages stay as served: three real ones carry decomposed letters (in attributes and meta), which the
    readers must cope with; the judged strings are NFC and are compared with the page's text made NFC."""
    (PAGES / page["file"]).read_bytes().decode("utf-8")


@pytest.mark.parametrize("page", JUDGED, ids=[page["file"] for page in JUDGED])
def test_what_was_judged_is_on_the_page(page):
    text = page_text(PAGES / page["file"])
    for name in ("title", "body_start", "body_end"):
        assert norm(page[name]) in text, f"{name} {page[name]!r} not on the page"
    for item in page["furniture"]:
        assert norm(item) in text, f"furniture {item!r} not on the page"


@pytest.mark.parametrize("page", JUDGED, ids=[page["file"] for page in JUDGED])
def test_furniture_is_not_article_text(page):
    """A furniture string that were part of the judged start or end would make the judgement contradict itself."""
    for item in page["furniture"]:
        assert norm(item) not in norm(page["body_start"]) and norm(item) not in norm(page["body_end"])
