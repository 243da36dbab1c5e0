"""The judged-on sets of totals and parts (tests/judged_parts/) and the held-out sets (tests/judged_holdout*/)
are whole and consistent: not how well the extractor does on them (CI's gates say that). Each text is NFC,
each gold entry stands in its text, each total's state is what its gold parts sum to, and no text comes from
a site of the dev sample or of an older set."""
import importlib.util
import json
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest

HERE = Path(__file__).parent
# Oldest first (judged_holdout, judged_holdout2, ..., judged_holdout12): a set's sites are none of the sets before it.
SETS = [HERE / "judged_parts",
        *sorted(HERE.glob("judged_holdout*"), key=lambda folder: int(folder.name[len("judged_holdout"):] or 1))]
# From this set on, the corpus gave government and economic texts almost only on the hosts of older sets: a set
# may share a host with them (two texts at most), never a page; the dev sample's hosts stay out.
SHARING_HOSTS_FROM = "judged_holdout12"
_spec = importlib.util.spec_from_file_location("score_parts", HERE / "judged_texts" / "score_parts.py")
score_parts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_parts)



def _gold(folder):
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


DOCS = [(folder, doc) for folder in SETS for doc in _gold(folder)]


def _urls(path):
    return [line.split("\t")[1] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and "://" in line]


def _host(url):
    return urlsplit(url).hostname.removeprefix("www.")


def _sites(path):
    return {_host(url) for url in _urls(path)}


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_every_text_has_gold_and_a_source(folder):
    texts = sorted(p.stem for p in (folder / "texts").glob("*.txt"))
    assert len(texts) >= 20
    assert [doc["id"] for doc in _gold(folder)] == texts
    sources = [line.split("\t")[0] for line in (folder / "sources.tsv").read_text(encoding="utf-8").splitlines()]
    assert sources == texts


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_no_site_of_the_dev_sample_or_an_older_judged_set(folder):
    ours = _sites(folder / "sources.tsv")
    assert len(ours) >= 15
    older = [HERE / "judged_texts", *SETS[: SETS.index(folder)]]
    if folder.name.startswith("judged_holdout"):  # judged_parts was gathered beside judged_tables, not after it
        older.append(HERE / "judged_tables")
    sharing = SETS.index(folder) >= SETS.index(HERE / SHARING_HOSTS_FROM)
    hosts = [_host(url) for url in _urls(folder / "sources.tsv")]
    for other in older:
        shared = ours & _sites(other / "sources.tsv")
        if sharing:
            assert not set(_urls(folder / "sources.tsv")) & set(_urls(other / "sources.tsv")), other.name
            assert all(hosts.count(host) <= 2 for host in shared), other.name
        else:
            assert not shared, other.name
    # Beside the clone in CI, a level or two up from a worktree: the nearest ancestor that holds it.
    dev = next((d / "shared" / "dev" / "sources.tsv" for d in Path(__file__).resolve().parents
                if (d / "shared" / "dev" / "sources.tsv").exists()), None)
    if dev is not None:
        assert not ours & _sites(dev)


@pytest.mark.parametrize("folder, doc", DOCS, ids=[f"{folder.name}-{doc['id']}" for folder, doc in DOCS])
def test_gold_stands_in_its_text_and_states_add_up(folder, doc):
    text = (folder / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
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
