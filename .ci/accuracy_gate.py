#!/usr/bin/env python3
"""Fail CI when the extractor scores under its floors on an annotated set.

    python .ci/accuracy_gate.py ../shared/dev [--floors .ci/accuracy_floor.toml]

Runs ../shared/tools/score.py (the maintainers' scorer, with --min-f1 set to the lowest F1 floor, so
its own gate applies too), reads the F1 of each fact type and the `issued` share of legal
references from its output, and exits 1 naming every figure under its floor in
.ci/accuracy_floor.toml (the one place the floors are written).
"""
from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
_F1_LINE = re.compile(r"^(?P<kind>\w+)\s+P [\d.]+\s+R [\d.]+\s+F1 (?P<f1>[\d.]+)", re.MULTILINE)
_ATTRIBUTE_LINE = re.compile(r"^legal_ref (?P<name>\w+)\s+right on \d+/\d+ .*\((?P<share>[\d.]+)\)", re.MULTILINE)


def load_floors(path: pathlib.Path) -> dict[str, float]:
    """``{"money": 1.0, ..., "legal_ref.issued": 1.0}`` from the floors file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    floors = {kind: float(value) for kind, value in data.get("f1", {}).items()}
    floors.update({f"legal_ref.{name}": float(value) for name, value in data.get("legal_ref", {}).items()})
    return floors


def read_scores(output: str) -> dict[str, float]:
    """The figures of score.py's report: F1 per type and the legal_ref attribute shares."""
    scores = {m.group("kind"): float(m.group("f1")) for m in _F1_LINE.finditer(output)}
    scores.update({f"legal_ref.{m.group('name')}": float(m.group("share")) for m in _ATTRIBUTE_LINE.finditer(output)})
    return scores


def shortfalls(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per floor not reached; a figure missing from the report is a shortfall too."""
    out = []
    for name, floor in sorted(floors.items()):
        if name not in scores:
            out.append(f"{name}: not in the scorer's report (floor {floor:.3f})")
        elif scores[name] < floor:
            out.append(f"{name}: {scores[name]:.3f} under its floor {floor:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", help="folder with texts/ and gold.jsonl (../shared/dev)")
    parser.add_argument("--floors", type=pathlib.Path, default=ROOT / ".ci" / "accuracy_floor.toml")
    parser.add_argument("--scorer", type=pathlib.Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    args = parser.parse_args(argv)

    floors = load_floors(args.floors)
    lowest_f1 = min((v for k, v in floors.items() if "." not in k), default=0.0)
    run = subprocess.run(
        [sys.executable, str(args.scorer), args.set, "--project", str(ROOT), "--min-f1", str(lowest_f1)],
        capture_output=True, text=True, cwd=ROOT,
    )
    print(run.stdout, end="")
    if run.returncode not in (0, 1) or not run.stdout:
        print(run.stderr, end="", file=sys.stderr)
        print(f"accuracy gate: the scorer failed (exit {run.returncode})", file=sys.stderr)
        return 1
    short = shortfalls(read_scores(run.stdout), floors)
    for line in short:
        print(f"accuracy gate: {line}", file=sys.stderr)
    if run.returncode == 1 and not short:
        short = ["score.py's own --min-f1 gate failed"]
        print(f"accuracy gate: {short[0]}", file=sys.stderr)
    if not short:
        print(f"accuracy gate: every figure at or above its floor ({args.floors.name})")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
