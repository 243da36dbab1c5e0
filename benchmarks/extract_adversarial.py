"""Adversarial inputs for extract_facts: each must be processed in under 1 s per MB, with no crash.

    python benchmarks/extract_adversarial.py            # 1 MB each, 10 MB for the big digits-and-dots case
    python benchmarks/extract_adversarial.py --smoke    # 50 kB each, 0.5 MB for the big case
    python benchmarks/extract_adversarial.py --only dots

Each case runs in a fresh process (so a runaway regex cannot hang the run: it is stopped after
--timeout seconds and reported as FAIL) and is passed to extract_facts as ONE string: these are
inputs a scraper may really hand over (a page of table digits, a run of separators, binary junk).
The limit is 1 s per MB of input (1 s for the 1 MB cases, 10 s for the 10 MB one; at least 0.2 s for
the small --smoke cases), plus 20 µs per fact found: an input that is nothing but amounts ("1 tỷ 1 tỷ
...") really holds 200,000 facts per MB, and building each costs time in proportion, not backtracking.
The exit code is 1 when a case crashes or runs away (stopped at --timeout); with --strict also when
one misses its limit (timings on a shared machine vary, so CI's smoke run only prints them).
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
LIMIT_S_PER_MB = 1.0
LIMIT_S_PER_FACT = 20e-6
MIN_LIMIT_S = 0.2  # small (--smoke) cases: fixed costs are not what is measured here


def _fill(unit, n):
    return (unit * (n // len(unit) + 1))[:n]


def _binaryish(n, seed=7):
    r = random.Random(seed)
    # bytes 0-255 decoded as latin-1, plus stray Vietnamese letters and digits: what a mis-decoded PDF gives
    alphabet = [chr(i) for i in range(256)] + list("đĐơƯăâêôỹỷ0123456789./-,") * 4
    return "".join(r.choice(alphabet) for _ in range(n))


def _numbers_soup(n, seed=11):
    r = random.Random(seed)
    out, size = [], 0
    while size < n:
        piece = r.choice(["1", "12", "1.000", "2,5", "/", "-", " ", "tỷ", "triệu", "đồng", "số", "QĐ", "ngày", "%"])
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


CASES = {
    # name: (description, builder(n), size multiplier)
    "dots": ("digits and dots 1.1.1.1...", lambda n: _fill("1.", n), 10),
    "commas": ("digits and commas 1,1,1,...", lambda n: _fill("1,", n), 1),
    "digits": ("one long run of digits", lambda n: _fill("1234567890", n), 1),
    "dotted-groups": ("thousands groups without end 1.000.000.000...", lambda n: "1" + _fill(".000", n - 1), 1),
    "slashes": ("//////", lambda n: _fill("/", n), 1),
    "digit-slashes": ("1/2/3/4/... (date- and code-like)", lambda n: _fill("12/", n), 1),
    "so-so": ("số số số ...", lambda n: _fill("số ", n), 1),
    "upper-d": ("Đ/c Đ/c ... and Đ at line starts", lambda n: _fill("Đ/c An\nĐ\n", n), 1),
    "so-colon": ("Số: Số: Số: ...", lambda n: _fill("Số: ", n), 1),
    "qd-chain": ("QĐ-QĐ-QĐ-...", lambda n: _fill("QĐ-", n), 1),
    "code-chain": ("1/QĐ-1/QĐ-1/QĐ-...", lambda n: _fill("1/QĐ-", n), 1),
    "type-words": ("Quyết định Quyết định ... (type words, no symbol)", lambda n: _fill("Quyết định số ", n), 1),
    "dashes": ("- - - -", lambda n: _fill("- ", n), 1),
    "spaces": ("a run of spaces", lambda n: " " * n, 1),
    "newlines": ("a run of newlines", lambda n: "\n" * n, 1),
    "nbsp-digits": ("1\u00a01\u00a01 ... (no-break spaces between digits)", lambda n: _fill("1\u00a0", n), 1),
    "multipliers": ("1 tỷ 1 tỷ 1 tỷ ... (an endless compound)", lambda n: _fill("1 tỷ ", n), 1),
    "range-chain": ("1-2-3-4-... triệu (an endless range)", lambda n: _fill("1-", n), 1),
    "list-chain": ("1, 2, 3 và 4, ... (an endless list)", lambda n: _fill("12 và 13, ", n), 1),
    "qualifiers": ("khoảng hơn gần trên ... (qualifiers, no number)", lambda n: _fill("khoảng hơn gần trên ", n), 1),
    "one-sentence": ("one 1 MB sentence of amounts, no full stop",
                     lambda n: _fill("kinh phí 11,072 tỷ đồng cho 66 đề án ", n), 1),
    "numbers-soup": ("random numbers, separators and keywords", _numbers_soup, 1),
    "binary": ("binary-ish text (latin-1 junk)", _binaryish, 1),
    "combining": ("a run of combining marks (NFD junk)", lambda n: "a" + "\u0301\u0323" * ((n - 1) // 2), 1),
}


def child(name, n):
    sys.path.insert(0, str(ROOT))
    from extract import extract_facts

    # Warm up every path, the POS tagger's model included ("bồn" is no lexicon noun).
    extract_facts("Tổng kinh phí 11,072 tỷ đồng theo Quyết định số 1288/QĐ-TTg cho 66 đề án và 7 bồn chứa.")
    text = CASES[name][1](n)
    t0 = time.perf_counter()
    facts = extract_facts(text)
    elapsed = time.perf_counter() - t0
    print(json.dumps({"chars": len(text), "facts": len(facts), "seconds": elapsed}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="50 kB per case (0.5 MB for the big one)")
    ap.add_argument("--mb", type=float, default=1.0, help="size of each case in MB (default 1)")
    ap.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these cases")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds before a case is stopped")
    ap.add_argument("--strict", action="store_true", help="exit 1 also when a case misses its time limit")
    ap.add_argument("--child", nargs=2, metavar=("CASE", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    mb = 0.05 if args.smoke else args.mb
    names = args.only or list(CASES)
    print(f"== extract_facts on adversarial input: limit {LIMIT_S_PER_MB:.0f} s per MB, one string per case ==")
    print("('1s/MB' is the plain limit of 1 s per MB; 'limit' adds 20 µs per fact found, and decides the result)")
    print(f"{'case':14} {'size':>9} {'seconds':>8} {'limit':>6} {'facts':>8}  1s/MB  result  what")
    failures = runaways = plain_misses = 0
    for name in names:
        what, _, mult = CASES[name]
        n = int(mb * mult * 1_000_000)
        limit = max(LIMIT_S_PER_MB * mb * mult, MIN_LIMIT_S)
        t0 = time.perf_counter()
        try:
            p = subprocess.run([sys.executable, __file__, "--child", name, str(n)], capture_output=True,
                               text=True, timeout=max(args.timeout, 2 * limit))
            if p.returncode != 0:
                err = (p.stderr.strip().splitlines() or ["?"])[-1]
                print(f"{name:14} {n / 1e6:7.2f}MB {'-':>8} {limit:5.1f}s {'-':>8}  FAIL   FAIL    "
                      f"{what}: crashed: {err}")
                failures += 1
                plain_misses += 1
                runaways += 1
                continue
            r = json.loads(p.stdout.strip().splitlines()[-1])
            plain_ok = r["seconds"] <= limit
            plain_misses += not plain_ok
            limit += LIMIT_S_PER_FACT * r["facts"]
            ok = r["seconds"] <= limit
            failures += not ok
            print(f"{name:14} {n / 1e6:7.2f}MB {r['seconds']:8.3f} {limit:5.1f}s {r['facts']:>8,}  "
                  f"{'PASS' if plain_ok else 'FAIL'}   {'PASS' if ok else 'FAIL'}    {what}")
        except subprocess.TimeoutExpired:
            print(f"{name:14} {n / 1e6:7.2f}MB {'>' + format(time.perf_counter() - t0, '.0f'):>8} {limit:5.1f}s "
                  f"{'-':>8}  FAIL   FAIL    {what}: stopped (timeout)")
            failures += 1
            plain_misses += 1
            runaways += 1
    print(f"{len(names) - failures}/{len(names)} cases within the limit ({len(names) - plain_misses}/{len(names)} "
          f"within the plain 1 s per MB); {runaways} crashed or ran away")
    return 1 if runaways or (args.strict and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
