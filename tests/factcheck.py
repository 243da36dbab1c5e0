"""Checks every extract test makes on every fact (imported by the test modules)."""
import unicodedata

from extract import extract_facts


def nfc(s):
    return unicodedata.normalize("NFC", s)


def checked_facts(text):
    """All facts of `text`, after checking the invariants every fact must keep."""
    facts = extract_facts(text)
    norm = nfc(text)
    starts = []
    for f in facts:
        for key in ("type", "text", "start", "end", "sentence"):
            assert key in f, f"fact without {key!r}: {f}"
        assert norm[f["start"]:f["end"]] == f["text"], f
        assert " ".join(f["text"].split()) in " ".join(f["sentence"].split()), f
        starts.append(f["start"])
    assert starts == sorted(starts), "facts not in text order"
    return facts
