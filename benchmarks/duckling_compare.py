"""Where an independent reader of Vietnamese amounts disagrees with ours: a list for people reviewing
the extractor, not a score (neither side is the gold).

    python benchmarks/duckling_compare.py                      # the texts of ../shared/dev/texts
    python benchmarks/duckling_compare.py DIR_OR_FILE ... [--all]

The independent reader is Duckling's Vietnamese rules (Facebook's Duckling, through the
`pyduckling-native-phihos` wheel, in the `[test]` extra). The texts are read at run time and only
printed, never stored. For each text, each amount found by either side is one of:

  agree        a Duckling amount and one of our money facts overlap, same value and currency
  differ       they overlap, but value or currency differ (Duckling joins "11,072 tỷ đồng và 15 triệu"
               into one sum, where we read two amounts)
  only ours    our money fact overlaps no Duckling amount (a table figure, a bare "30 tỷ" listed
               with an anchor, a currency Duckling does not know)
  only duck    a Duckling amount overlaps none of ours (worth a look: a miss of ours, or Duckling
               taking a number for money)

It prints the disagreements with a little context (--all: the agreements too) and a count per kind.
Exit 0, also when they disagree; 2 when Duckling is not installed.
"""
import argparse
import datetime
import pathlib
import sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DEFAULT_TEXTS = ROOT.parent / "shared" / "dev" / "texts"
CONTEXT = 30


def duckling_reader():
    """A function text → Duckling's amounts of money [(start, end, value, currency)]."""
    from duckling import (
        Context,
        default_locale_lang,
        load_time_zones,
        parse,
        parse_dimensions,
        parse_lang,
        parse_ref_time,
    )

    zones = load_time_zones("/usr/share/zoneinfo")
    reference = parse_ref_time(zones, "Asia/Ho_Chi_Minh", int(datetime.datetime(2024, 1, 1).timestamp()))
    context = Context(reference, default_locale_lang(parse_lang("VI")))
    dimensions = parse_dimensions(["amount-of-money"])

    def read(text):
        out = []
        for entity in parse(text, context, dimensions, False):
            value = entity.get("value", {})
            if value.get("type") != "value" or "value" not in value:
                continue  # an interval ("từ 10 đến 20 triệu"): its ends are read on their own below
            # Offsets are in characters.
            # Duckling hands a float (16.629 tỷ comes as 16629000000.000002): rounded to the cent.
            exact = Decimal(str(value["value"])).quantize(Decimal("0.01"))
            exact = int(exact) if exact == exact.to_integral_value() else exact.normalize()
            out.append((entity["start"], entity["end"], exact, value.get("unit")))
        return out

    return read


def compare(text, ours, theirs):
    """Pairs of (kind, our fact or None, Duckling's amount or None)."""
    rows, matched = [], set()
    for amount in theirs:
        start, end, value, unit = amount
        overlapping = [f for f in ours if f["start"] < end and start < f["end"]]
        same = [f for f in overlapping if Decimal(str(f["value"])) == value and f["currency"] == unit]
        if same:
            rows.append(("agree", same[0], amount))
        elif overlapping:
            rows.append(("differ", overlapping[0], amount))
        else:
            rows.append(("only duck", None, amount))
        matched.update(id(f) for f in overlapping)
    rows += [("only ours", f, None) for f in ours if id(f) not in matched]
    return sorted(rows, key=lambda row: (row[1] or {"start": row[2][0]})["start"])


def show(text, start, end):
    left = text[max(0, start - CONTEXT) : start].replace("\n", " ")
    right = text[end : end + CONTEXT].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=pathlib.Path, help=f"text files or folders (default {DEFAULT_TEXTS})")
    parser.add_argument("--all", action="store_true", help="print the agreements too")
    args = parser.parse_args()
    try:
        read = duckling_reader()
    except ImportError:
        print("Duckling is not installed: pip install pyduckling-native-phihos (in the [test] extra)", file=sys.stderr)
        return 2
    from extract import extract_facts
    from extract.text import nfc

    files = []
    for path in args.paths or [DEFAULT_TEXTS]:
        files += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    totals = {"agree": 0, "differ": 0, "only ours": 0, "only duck": 0}
    for path in files:
        text = nfc(path.read_text(encoding="utf-8"))
        ours = [f for f in extract_facts(text) if f["type"] == "money"]
        rows = compare(text, ours, read(text))
        printed = False
        for kind, fact, amount in rows:
            totals[kind] += 1
            if kind == "agree" and not args.all:
                continue
            if not printed:
                print(f"== {path.name}")
                printed = True
            span = (fact["start"], fact["end"]) if fact else amount[:2]
            mine = f"ours {fact['value']} {fact['currency']}" if fact else "ours -"
            duck = f"Duckling {amount[2]} {amount[3]}" if amount else "Duckling -"
            print(f"  {kind:9} {mine:28} {duck:32} {show(text, *span)}")
    print()
    print(f"{len(files)} texts: " + ", ".join(f"{kind} {count}" for kind, count in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
