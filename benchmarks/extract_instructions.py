"""Instructions the extractor executes on a fixed 0.3 MB of benchmarks/corpus.py's text, counted by
valgrind (callgrind): exact and repeatable on a shared machine, where CPU times vary by 20%.

    python benchmarks/extract_instructions.py                       # this checkout's extract/
    python benchmarks/extract_instructions.py --tree /work/wt/before  # another checkout's extract/, same corpus
    python benchmarks/extract_instructions.py --kb 100              # a smaller slice, faster

Two processes run under valgrind, each importing the extractor, warming it up and running extract_facts
once over the slice (the noun classifier's caches filled, as in a long crawl). The second then runs the
slice once more; the difference of the two counts is what that warm pass costs, without the import and
the models' loading. PYTHONHASHSEED is fixed, so the same code gives the same count to a few parts in
10^5. The corpus is always this checkout's benchmarks/corpus.py, so two trees are measured on the same
text. Needs valgrind; takes about two minutes.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
WARM_UP = "Tổng kinh phí 11,072 tỷ đồng theo Quyết định số 1288/QĐ-TTg cho 66 đề án và 3 homestay."
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def child(tree: str, kb: int, seed: int, measured: bool) -> None:
    """Import ``tree``'s extractor, run the slice once (warm-up), and once more if ``measured``."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, tree)
    from corpus import articles

    from extract import extract_facts

    extract_facts(WARM_UP)
    pieces = list(articles(seed=seed, total_chars=kb * 1000))
    for piece in pieces:
        extract_facts(piece)
    if measured:
        for piece in pieces:
            extract_facts(piece)


def instructions(tree: str, kb: int, seed: int, measured: bool) -> int:
    """The instructions valgrind counted for one child process."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--child", "--tree", tree, "--kb", str(kb), "--seed", str(seed)]
    if measured:
        command.append("--measured")
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=3600)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", default=str(ROOT), help="checkout whose extract/ is measured (default: this one)")
    ap.add_argument("--kb", type=int, default=300, help="thousands of characters of corpus, default 300")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--measured", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    tree = str(pathlib.Path(args.tree).resolve())
    if args.child:
        child(tree, args.kb, args.seed, args.measured)
        return
    base = instructions(tree, args.kb, args.seed, measured=False)
    total = instructions(tree, args.kb, args.seed, measured=True)
    pass_cost = total - base
    print(f"tree         : {tree}")
    print(f"corpus       : {args.kb} kB of benchmarks/corpus.py, seed {args.seed}, caches warm")
    print(f"instructions : {pass_cost / 1e9:.3f} x 10^9 for the warm pass "
          f"({pass_cost / (args.kb * 1000):,.0f} per character; process without it {base / 1e9:.3f} x 10^9)")


if __name__ == "__main__":
    main()
