#!/usr/bin/env python3
"""Score the extractor's totals and parts (and words restating figures) against tests/judged_texts.

Run from the project root with the project's Python:

    python tests/judged_texts/score_parts.py                 # this folder
    python tests/judged_texts/score_parts.py SET -v          # another set in the same layout; list every miss
    python tests/judged_texts/score_parts.py --shapes        # also: money/count recall per gold "shape"
    python tests/judged_texts/score_parts.py SET --floors .ci/judged_parts_floor.toml   # CI: exit 1 under a floor

Gold (gold.jsonl): a money or count entry may carry "part_of": the index of its total in the same
list, and a total carries "parts": "adds up" | "less" | "more"; a money entry may carry "restates":
the index of the digit figure it restates. The extractor's facts carry `part_of` (the total's
`start`), `parts` and `restates` (a `start`) as the project README describes.

Gold entries are placed in the text by their "text", in list order (each found after the previous
one of its list, not inside a longer number or word). A found fact stands for a gold entry when it
has the same type and value (and currency, or a counted noun where one starts with the other) and
its span overlaps the gold entry's span.

Reported:
  part links   P/R/F1: a found link (a fact whose part_of is not null) is right when its fact and
               its total both stand for gold entries and the gold entry is part_of that total;
  totals       how many gold totals were found with the right `parts` state, and how many found
               facts claim parts where the gold has none;
  restates     how many gold "restates" links were found.

With --floors FILE, its [parts] table gives floors for the part links of all kinds ("f1",
"precision"); the exit code is 1, naming each, when a figure is under its floor.
"""
import argparse
import json
import pathlib
import re
import sys
import tomllib
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"money": "money", "counts": "count"}


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def field(fact, name):
    if isinstance(fact, dict):
        return fact.get(name)
    return getattr(fact, name, None)


def place(text, entries):
    """Start offset of each gold entry (None when not found), in list order, on word boundaries."""
    starts, pos = [], 0
    for e in entries:
        t = e["text"]
        found = None
        for m in re.finditer(re.escape(t), text[pos:]):
            s = pos + m.start()
            before = text[s - 1] if s else " "
            after = text[s + len(t)] if s + len(t) < len(text) else " "
            if t[:1].isdigit() and (before.isdigit() or (before in ".," and s > 1 and text[s - 2].isdigit())):
                continue  # inside a longer number ("2.000" in "32.000"); a glued word before it is fine ("là1,095")
            if t[:1].isalpha() and before.isalpha():
                continue  # inside a longer word
            if t[-1:].isdigit() and (after.isdigit()
                                     or (after in ".," and text[s + len(t) + 1:s + len(t) + 2].isdigit())):
                continue
            found = s
            break
        starts.append(found)
        if found is not None:
            pos = found + 1
    return starts


def num(x):
    try:
        return Decimal(str(x))
    except Exception:
        return None


def same_fact(key, g, f):
    if key == "money":
        gv, fv = num(g["value"]), num(field(f, "value"))
        if gv is None or fv is None or round(gv, 2) != round(fv, 2):
            return False
        return (g.get("currency") or "VND").upper() == (field(f, "currency") or "VND").upper()
    gv, fv = num(g["value"]), num(field(f, "value"))
    if gv is None or fv is None or gv != fv:
        return False
    gu = " ".join(nfc(g["unit"]).lower().split())
    fu = " ".join(nfc(field(f, "unit") or "").lower().split())
    return bool(fu) and (gu.startswith(fu) or fu.startswith(gu))


def align(key, text, golds, facts):
    """gold index -> found fact (each fact used once), by overlapping span and same reading."""
    starts = place(text, golds)
    taken, out = set(), {}
    for i, (g, s) in enumerate(zip(golds, starts, strict=True)):
        if s is None:
            continue
        e = s + len(g["text"])
        for j, f in enumerate(facts):
            if j in taken:
                continue
            fs, fe = field(f, "start"), field(f, "end")
            if fs is None or fe is None or not (fs < e and s < fe):
                continue
            if same_fact(key, g, f):
                out[i] = j
                taken.add(j)
                break
    return out, starts


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", default=str(HERE),
                    help="folder holding texts/*.txt and gold.jsonl (default: this one)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--shapes", action="store_true", help="also print recall per gold shape, position-aligned")
    ap.add_argument("--project", default=".", help="the project root (default: here)")
    ap.add_argument("--floors", type=pathlib.Path, help="a TOML file whose [parts] table holds f1/precision floors")
    args = ap.parse_args()
    floors = tomllib.loads(args.floors.read_text(encoding="utf-8")).get("parts", {}) if args.floors else {}

    sys.path.insert(0, str(pathlib.Path(args.project).resolve()))
    from extract import extract_facts  # noqa: E402  (the project under test)

    root = pathlib.Path(args.set)
    gold = [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    links = {k: [0, 0, 0] for k in KINDS}           # right, found, gold
    totals = {k: [0, 0, 0, 0] for k in KINDS}       # state right, total found, gold totals, false totals
    restates = [0, 0]                               # right, gold
    shapes = {}                                     # (key, shape) -> [found, gold]
    for doc in gold:
        text = nfc((root / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8"))
        facts = list(extract_facts(text))
        for key, kind in KINDS.items():
            golds = doc.get(key, [])
            mine = [f for f in facts if field(f, "type") == kind]
            amap, _ = align(key, text, golds, mine)
            back = {j: i for i, j in amap.items()}
            by_start = {field(f, "start"): j for j, f in enumerate(mine)}
            # part links
            gl = {(i, g["part_of"]) for i, g in enumerate(golds) if g.get("part_of") is not None}
            fl = []
            for j, f in enumerate(mine):
                po = field(f, "part_of")
                if po is None:
                    continue
                fl.append((back.get(j), back.get(by_start.get(po))))
            right = sum(1 for a, b in fl if a is not None and b is not None and (a, b) in gl)
            t = links[key]
            t[0] += right
            t[1] += len(fl)
            t[2] += len(gl)
            if args.verbose:
                found_pairs = {(a, b) for a, b in fl}
                for a, b in sorted(gl - found_pairs):
                    print(f"  {doc['id']} {kind:5} LINK MISSED  {golds[a]['text']!r} part of {golds[b]['text']!r}")
                for j, f in enumerate(mine):
                    po = field(f, "part_of")
                    if po is None:
                        continue
                    a, b = back.get(j), back.get(by_start.get(po))
                    if a is None or b is None or (a, b) not in gl:
                        tot = mine[by_start[po]] if po in by_start else None
                        print(f"  {doc['id']} {kind:5} LINK EXTRA   {field(f, 'text')!r} part of "
                              f"{field(tot, 'text') if tot is not None else po!r}")
            # totals' state
            tt = totals[key]
            for i, g in enumerate(golds):
                if not g.get("parts"):
                    continue
                tt[2] += 1
                j = amap.get(i)
                state = field(mine[j], "parts") if j is not None else None
                if state is not None:
                    tt[1] += 1
                if state == g["parts"]:
                    tt[0] += 1
                elif args.verbose:
                    print(f"  {doc['id']} {kind:5} TOTAL {g['text']!r}: gold {g['parts']!r}, found {state!r}")
            for j, f in enumerate(mine):
                if field(f, "parts") and not (j in back and golds[back[j]].get("parts")):
                    tt[3] += 1
                    if args.verbose:
                        print(f"  {doc['id']} {kind:5} TOTAL EXTRA {field(f, 'text')!r} claims {field(f, 'parts')!r}")
            # restates
            if key == "money":
                for i, g in enumerate(golds):
                    if g.get("restates") is None:
                        continue
                    restates[1] += 1
                    j, k = amap.get(i), amap.get(g["restates"])
                    if j is not None and k is not None and field(mine[j], "restates") == field(mine[k], "start"):
                        restates[0] += 1
                    elif args.verbose:
                        print(f"  {doc['id']} money RESTATES MISSED {g['text']!r} -> {golds[g['restates']]['text']!r}")
            # shapes
            for i, g in enumerate(golds):
                s = shapes.setdefault((key, g.get("shape", "plain")), [0, 0])
                s[1] += 1
                s[0] += i in amap
    for key, kind in KINDS.items():
        tp, n_pred, n_gold = links[key]
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"{kind:5} part links  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (gold {n_gold}, found {n_pred}, right {tp})")
    for key, kind in KINDS.items():
        right, found, n_gold, extra = totals[key]
        share = right / n_gold if n_gold else 1.0
        print(f"{kind:5} totals      parts state right on {right}/{n_gold} ({share:.3f}); "
              f"{found} found with a state; {extra} facts claim parts the gold has not")
    print(f"money restates    right on {restates[0]}/{restates[1]}")
    tp = sum(v[0] for v in links.values())
    n_pred = sum(v[1] for v in links.values())
    n_gold = sum(v[2] for v in links.values())
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"all part links    P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    # The exact figures against the floors (rounded down from what was reached), each named when short.
    short = [f"{name} {value:.4f} under its floor {floors[name]}" for name, value in (("f1", f), ("precision", p))
             if name in floors and value < float(floors[name])]
    if args.shapes:
        print("recall per gold shape (found at its place with its reading / gold):")
        for (key, shape), (found, n) in sorted(shapes.items()):
            print(f"  {KINDS[key]:5} {shape:14} {found:4}/{n:<4} {found / n:.3f}")
    for line in short:
        print(f"FLOOR: all part links {line}")
    if short:
        sys.exit(1)


if __name__ == "__main__":
    main()
