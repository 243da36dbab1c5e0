"""The md5 of every fact the extractor finds in fixed sets of texts: a change meant to be only faster (or
only tidier) must leave each digest as it was.

    python benchmarks/facts_digest.py                        # this checkout's extract/
    python benchmarks/facts_digest.py --tree /work/wt/before  # another checkout's, on the same texts
    python benchmarks/facts_digest.py --out /tmp/facts        # also write each set's facts, to diff them

The sets: benchmarks/corpus.py's text (5 MB, seed 2026, the corpus of extract_speed.py), the string
literals of the extractor's tests, 20,000 hostile texts of benchmarks/fuzz.py (odd characters, long runs of
separators), the shared dev sample (../shared/dev/texts, or --dev; skipped if absent) and the
judged sets of tests/ (judged_texts, judged_tables, judged_parts). The texts of a set are always this
checkout's, whatever --tree says. Each set's facts are written as JSON lines, one per text, with sorted
keys; Decimal values as "Decimal:<digits>".
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
FUZZ_TEXTS = 20_000


def _json_default(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"Decimal:{value}"
    raise TypeError(f"not serialisable: {value!r}")


def texts_of(folder: pathlib.Path) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")


def _hostile(seed: int) -> Iterator[tuple[str, str]]:
    import random

    from fuzz import hostile_text  # imports Scrapy, for its pages: only when the set is read

    rng = random.Random(seed)
    for i in range(FUZZ_TEXTS):
        yield str(i), hostile_text(rng)


def _test_strings() -> Iterator[tuple[str, str]]:
    """Every string literal of ten characters or more in the extractor's tests: the examples of each rule
    (tables, lists, amounts in words, totals), which the corpus holds few of."""
    import ast

    for path in sorted((ROOT / "tests").glob("test_extract*.py")):
        strings = {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 10}
        for i, string in enumerate(sorted(strings)):
            yield f"{path.name}:{i}", string


def sets(mb: float, seed: int, dev: pathlib.Path) -> Iterator[tuple[str, Iterable[tuple[str, str]]]]:
    from corpus import articles

    yield f"corpus {mb:g} MB seed {seed}", ((str(i), art) for i, art in
                                           enumerate(articles(seed=seed, total_chars=int(mb * 1_000_000))))
    yield "strings of tests/test_extract*.py", _test_strings()
    yield f"fuzz {FUZZ_TEXTS:,} hostile texts seed {seed}", _hostile(seed)
    if dev.is_dir():
        yield str(dev), texts_of(dev)
    for judged in ("judged_texts", "judged_tables", "judged_parts"):
        yield f"tests/{judged}", texts_of(ROOT / "tests" / judged / "texts")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", default=str(ROOT), help="checkout whose extract/ is run (default: this one)")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "dev" / "texts"),
                    help="the shared dev sample's texts (default ../shared/dev/texts; skipped if absent)")
    ap.add_argument("--out", help="a folder to write each set's facts to")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(pathlib.Path(args.tree).resolve()))
    import extract
    from extract import extract_facts

    print(f"extractor {extract.__version__} from {pathlib.Path(extract.__file__).parent}")
    for name, texts in sets(args.mb, args.seed, pathlib.Path(args.dev)):
        digest, facts_count, lines = hashlib.md5(), 0, []
        for label, text in texts:
            facts = extract_facts(text)
            facts_count += len(facts)
            line = json.dumps({"text": label, "facts": facts}, sort_keys=True, ensure_ascii=False,
                              default=_json_default)
            digest.update(line.encode() + b"\n")
            if args.out:
                lines.append(line)
        print(f"{digest.hexdigest()}  {facts_count:>8,} facts  {name}")
        if args.out:
            out = pathlib.Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            (out / (name.replace("/", "_").replace(" ", "_") + ".jsonl")).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
