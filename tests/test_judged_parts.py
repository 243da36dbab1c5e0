"""The judged-on set of totals and parts (tests/judged_parts/) is whole and consistent: not how well the
extractor does on it (CI's gates say that). Each text is NFC, each gold entry stands in its text, each
total's state is what its gold parts sum to, and no text comes from a site the rules were built from."""
import importlib.util
import json
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest

HERE = Path(__file__).parent
SET = HERE / "judged_parts"
_spec = importlib.util.spec_from_file_location("score_parts", HERE / "judged_texts" / "score_parts.py")
score_parts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_parts)

GOLD = [json.loads(line) for line in (SET / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _sites(path):
    return {urlsplit(line.split("\t")[1]).hostname.removeprefix("www.")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and "://" in line}


def test_every_text_has_gold_and_a_source():
    texts = sorted(p.stem for p in (SET / "texts").glob("*.txt"))
    assert len(texts) >= 20
    assert [doc["id"] for doc in GOLD] == texts
    sources = [line.split("\t")[0] for line in (SET / "sources.tsv").read_text(encoding="utf-8").splitlines()]
    assert sources == texts


def test_no_site_of_the_dev_sample_or_the_older_judged_set():
    ours = _sites(SET / "sources.tsv")
    assert len(ours) >= 15
    assert not ours & _sites(HERE / "judged_texts" / "sources.tsv")
    dev = Path(__file__).resolve().parents[2] / "shared" / "dev" / "sources.tsv"
    if dev.exists():  # beside the clone in CI and in the worktrees
        assert not ours & _sites(dev)


@pytest.mark.parametrize("doc", GOLD, ids=[doc["id"] for doc in GOLD])
def test_gold_stands_in_its_text_and_states_add_up(doc):
    text = (SET / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    for key in ("money", "counts"):
        entries = doc.get(key, [])
        assert None not in score_parts.place(text, entries), f"a {key} entry not found in {doc['id']}"
        for i, entry in enumerate(entries):
            if entry.get("part_of") is not None:
                assert entries[entry["part_of"]].get("parts"), f"{entry['text']} is part of no total"
            if entry.get("parts"):
                total = sum(e["value"] for e in entries if e.get("part_of") == i)
                state = "adds up" if total == entry["value"] else "less" if total < entry["value"] else "more"
                assert state == entry["parts"], (doc["id"], entry["text"], total)
