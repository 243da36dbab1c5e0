"""Instructions the extractor executes on a fixed 0.3 MB of benchmarks/corpus.py's text, counted by
valgrind (callgrind): repeatable on a shared machine, where CPU times vary by 20%.

    python benchmarks/extract_instructions.py                     # this checkout's extract/
    python benchmarks/extract_instructions.py --tree ../before    # another checkout's extract/, same corpus
    python benchmarks/extract_instructions.py --kb 100            # a smaller slice, faster

A process under valgrind imports the extractor, warms it up and runs extract_facts once over the slice
(the noun classifier's caches filled, as in a long crawl), sets the objects made so far aside from the
garbage collector (gc.freeze: a full collection over the models costs tens of millions of instructions,
at chaotic moments), then runs the slice once more inside ``functools.reduce``, and callgrind counts only
the instructions inside that call (``--toggle-collect``; the extractor calls no reduce of its own). The
loading of the models is not counted and does not sway the count: the same code gives the same count
within 0.2% (ca430bc's to the instruction; later code keys sets and dicts by id(), which probably moves
with the memory layout). The corpus is always this checkout's benchmarks/corpus.py, so two trees are
measured on the same text. Needs valgrind and a Python whose library keeps its symbols; about a minute.
"""
from __future__ import annotations

import argparse
import functools
import gc
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
WARM_UP = "Tổng kinh phí 11,072 tỷ đồng theo Quyết định số 1288/QĐ-TTg cho 66 đề án và 3 homestay."
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
_MEASURED = "functools_reduce"  # the C function of functools.reduce, inside which the pass runs


def child(tree: str, kb: int, seed: int) -> None:
    """Import ``tree``'s extractor, run the slice once (warm-up), then once more inside functools.reduce,
    the pass callgrind counts."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, tree)
    from corpus import articles

    from extract import extract_facts

    extract_facts(WARM_UP)
    pieces = list(articles(seed=seed, total_chars=kb * 1000))
    for piece in pieces:
        extract_facts(piece)
    gc.collect()
    gc.freeze()
    functools.reduce(lambda facts, piece: facts + len(extract_facts(piece)), pieces, 0)


def instructions(tree: str, kb: int, seed: int) -> int:
    """The instructions valgrind counted inside the measured pass of one child process."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--collect-atstart=no",
               f"--toggle-collect={_MEASURED}", sys.executable, __file__, "--child", "--tree", tree,
               "--kb", str(kb), "--seed", str(seed)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=3600)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    if int(found.group(1)) == 0:
        raise SystemExit(f"callgrind counted nothing: no symbol {_MEASURED} in {sys.executable}'s library?")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", default=str(ROOT), help="checkout whose extract/ is measured (default: this one)")
    ap.add_argument("--kb", type=int, default=300, help="thousands of characters of corpus, default 300")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    tree = str(pathlib.Path(args.tree).resolve())
    if args.child:
        child(tree, args.kb, args.seed)
        return
    count = instructions(tree, args.kb, args.seed)
    print(f"tree         : {tree}")
    print(f"corpus       : {args.kb} kB of benchmarks/corpus.py, seed {args.seed}, caches warm")
    print(f"instructions : {count / 1e9:.3f} x 10^9 for the warm pass ({count:,}; "
          f"{count / (args.kb * 1000):,.0f} per character)")


if __name__ == "__main__":
    main()
