"""Pure text → facts extraction for Vietnamese government bulletins (see ../shared/spec/facts.md)."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__


def extract_facts(text: str) -> list[dict]:
    """Placeholder until the engine lands (being written now)."""
    return []


def extract_article_facts(title: str | None, lead: str | None, body: str | None) -> list[dict]:
    """Facts of an article's title, lead and body; each fact carries ``field`` and offsets into that field."""
    facts = []
    for field, text in (("title", title), ("lead", lead), ("body", body)):
        for fact in extract_facts(text or ""):
            fact["field"] = field
            facts.append(fact)
    return facts
