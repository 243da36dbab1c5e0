"""The house's own limits, checked like any behaviour: the spider stays thin (issue #19)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_spider_stays_thin():
    """Fetching and following only: reading is reader/'s, site choice sites.py's, link judgement links.py's."""
    lines = (ROOT / "spiders" / "socongthuong.py").read_text().count("\n")
    assert 0 < lines < 250, f"spiders/socongthuong.py has {lines} lines: move what is not fetching or following out"
