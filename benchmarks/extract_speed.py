"""Speed and memory of extract_facts over a stream of article-sized pieces of DISTINCT bulletin-like
text (benchmarks/corpus.py: no sentence repeated, vocabulary drawn from large lexicons).

    python benchmarks/extract_speed.py             # 5 MB (default)
    python benchmarks/extract_speed.py --mb 20
    python benchmarks/extract_speed.py --smoke     # 0.2 MB, a few seconds

Prints the machine; the loading time (import, then the first call, which loads underthesea's
models) and the start-up time of the CLI (`python -m extract` on a one-line input), both apart from
the throughput; the throughput after loading (characters/s and facts/s, one core, target >=
1,000,000 characters/s); how often the noun classifier's cache answered (real bulletins: about half
the time; a corpus that repeats itself flatters the extractor); per-article latency, facts per
type, and the peak RSS of a fresh process streaming two input sizes (memory must not grow with the
input when it is streamed). Figures only: the exit code is 0 unless the extractor raises.
"""
import argparse
import os
import pathlib
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TARGET_CHARS_PER_S = 1_000_000


def machine():
    cpu = "unknown"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return [
        f"platform : {platform.platform()}",
        f"cpu      : {cpu}",
        f"cores    : {os.cpu_count()} logical, {usable} usable by this process",
        f"python   : {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
    ]


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def rss_probe(mb, seed):
    """Child mode: import, warm up, then stream `mb` MB through extract_facts keeping nothing."""
    from corpus import articles

    from extract import extract_facts

    extract_facts("Tổng kinh phí 11,072 tỷ đồng theo Quyết định số 1288/QĐ-TTg cho 66 đề án.")
    base = peak_rss_mb()
    chars = facts = 0
    for art in articles(seed=seed, total_chars=int(mb * 1_000_000)):
        chars += len(art)
        facts += len(extract_facts(art))
    print(f"{chars} {facts} {base:.1f} {peak_rss_mb():.1f}")


def run_probe(mb, seed):
    p = subprocess.run([sys.executable, __file__, "--rss-probe", str(mb), "--seed", str(seed)],
                       capture_output=True, text=True, timeout=3600)
    if p.returncode != 0:
        raise SystemExit(f"rss probe failed: {p.stderr.strip().splitlines()[-1:]}")
    chars, facts, base, peak = p.stdout.split()
    return int(chars), int(facts), float(base), float(peak)


def cli_startup_ms():
    """Wall time of `python -m extract` on a one-line input, from start to exit (median of 3)."""
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extract"], input="Hỗ trợ 66 đề án, kinh phí 11,072 tỷ đồng.\n".encode(),
                       cwd=ROOT, capture_output=True, check=True, timeout=300)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes (10^6 characters) of text, default 5")
    ap.add_argument("--smoke", action="store_true", help="0.2 MB, for a quick check")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--no-rss", action="store_true", help="skip the two memory probes")
    ap.add_argument("--rss-probe", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_probe is not None:
        rss_probe(args.rss_probe, args.seed)
        return
    mb = 0.2 if args.smoke else args.mb

    print("== extract_facts speed ==")
    for line in machine():
        print(line)

    t0 = time.perf_counter()
    import extract
    from extract import extract_facts, nouns
    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    # The first call loads underthesea's sentence splitter and POS tagger ("homestay" is no lexicon word).
    extract_facts("Tổng kinh phí 11,072 tỷ đồng theo Quyết định số 1288/QĐ-TTg ngày 01/8/2014 "
                  "cho 66 đề án và 3 homestay.")
    first_s = time.perf_counter() - t0
    print(f"extractor: {getattr(extract, '__version__', '?')} from {pathlib.Path(extract.__file__).parent}")
    print(f"loading  : import {import_s * 1000:.0f} ms, first call (loads the models) {first_s * 1000:.0f} ms")
    print(f"CLI      : `python -m extract` on one line, start to exit: {cli_startup_ms():.0f} ms (median of 3)")

    from corpus import articles
    from corpus import stats as corpus_stats
    t0 = time.perf_counter()
    pieces = list(articles(seed=args.seed, total_chars=int(mb * 1_000_000)))
    gen_s = time.perf_counter() - t0
    chars = sum(map(len, pieces))
    print(f"input    : {chars:,} characters in {len(pieces)} articles "
          f"({min(map(len, pieces)):,}-{max(map(len, pieces)):,} characters each; "
          f"generated in {gen_s:.1f} s, not timed)")
    distinct = corpus_stats(pieces)
    print(f"           {distinct['distinct sentences']:,} distinct of {distinct['sentences']:,} "
          "sentences and list lines, "
          f"{distinct['distinct words']:,} distinct words of {distinct['words']:,}")

    caches = [getattr(nouns, name) for name in ("_classify_words", "_pos_tag") if hasattr(nouns, name)]
    for cache in caches:
        cache.cache_clear()  # the warm-up's entries are not the corpus's
    per_type = Counter()
    lat = []
    t_all, cpu_all = time.perf_counter(), time.process_time()
    for art in pieces:
        t0 = time.perf_counter()
        facts = extract_facts(art)
        lat.append(time.perf_counter() - t0)
        per_type.update(f["type"] for f in facts)
    elapsed = time.perf_counter() - t_all
    cpu = time.process_time() - cpu_all
    n_facts = sum(per_type.values())
    cps = chars / elapsed if elapsed else float("inf")
    verdict = "PASS" if cps >= TARGET_CHARS_PER_S else "BELOW TARGET"
    print()
    print(f"time     : {elapsed:.2f} s for {chars:,} characters")
    cpu_cps = chars / cpu if cpu else float("inf")
    print(f"speed    : {cps:,.0f} characters/s of wall time   "
          f"(target >= {TARGET_CHARS_PER_S:,} characters/s: {verdict})")
    print(f"           {cpu_cps:,.0f} characters/s of CPU time ({cpu:.2f} s; on a shared machine this is the "
          f"one-core figure, {'PASS' if cpu_cps >= TARGET_CHARS_PER_S else 'BELOW TARGET'})")
    print(f"facts    : {n_facts:,} facts, {n_facts / elapsed if elapsed else 0:,.0f} facts/s, "
          f"{n_facts / chars * 1000:.1f} per 1,000 characters")
    print("by type  : " + ", ".join(f"{k} {v:,}" for k, v in per_type.most_common()))
    for cache in caches:
        info = cache.cache_info()
        asked = info.hits + info.misses
        print(f"cache    : {cache.__name__} answered {info.hits:,} of {asked:,} look-ups "
              f"({info.hits / asked if asked else 0:.1%}; real bulletins ~50%), {info.currsize:,} entries")
    lat_ms = sorted(x * 1000 for x in lat)
    p99 = lat_ms[min(len(lat_ms) - 1, int(len(lat_ms) * 0.99))]
    print(f"latency  : per article median {statistics.median(lat_ms):.2f} ms, p99 {p99:.2f} ms, "
          f"max {lat_ms[-1]:.2f} ms")

    if not args.no_rss:
        print()
        print("peak RSS of a fresh process streaming the input (ru_maxrss):")
        sizes = (mb / 4, mb)
        rows = []
        for size in sizes:
            c, f, base, peak = run_probe(size, args.seed)
            rows.append((size, c, f, base, peak))
            print(f"  {size:6.2f} MB: {c:>11,} characters, {f:>9,} facts, RSS after warm-up {base:7.1f} MB, "
                  f"peak {peak:7.1f} MB, growth {peak - base:6.1f} MB")
        growth_small = rows[0][4] - rows[0][3]
        growth_big = rows[1][4] - rows[1][3]
        flat = growth_big <= growth_small + max(5.0, 0.1 * rows[0][4])
        print(f"  memory growth with 4x the input: {growth_small:.1f} MB -> {growth_big:.1f} MB "
              f"({'flat: streaming keeps memory bounded' if flat else 'GROWS with the input'})")


if __name__ == "__main__":
    main()
