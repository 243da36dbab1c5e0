"""The accuracy gate of CI (.ci/accuracy_gate.py): it reads score.py's report and fails under the
floors of .ci/accuracy_floor.toml."""
import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("accuracy_gate", ROOT / ".ci" / "accuracy_gate.py")
gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gate)

REPORT = """\
money      P 1.000  R 0.978  F1 0.989   (gold 89, found 87, right 87)
legal_ref  P 1.000  R 1.000  F1 1.000   (gold 54, found 54, right 54)
count      P 0.990  R 1.000  F1 0.995   (gold 97, found 98, right 97)
legal_ref issued   right on 26/27 found references that state it (0.963)
legal_ref doc_type right on 49/49 found references that state it (1.000)
25 documents, 40422 characters, extraction 49,559 characters/s (after import)
overall micro F1 0.994  (P 0.996  R 0.992)
"""


def test_floors_file_names_every_gated_figure():
    floors = gate.load_floors(ROOT / ".ci" / "accuracy_floor.toml")
    assert set(floors) == {"money", "legal_ref", "count", "legal_ref.issued"}
    assert all(0.9 <= floor <= 1.0 for floor in floors.values())


JUDGED_SETS = sorted(folder for folder in (ROOT / "tests").glob("judged_*") if (folder / "gold.jsonl").is_file())


def test_every_judged_set_has_its_floors_file_and_no_floors_file_lacks_its_set():
    assert len(JUDGED_SETS) >= 19  # judged_texts, judged_tables, judged_parts and the held-out sets
    floors_files = {path.name for path in (ROOT / ".ci").glob("judged_*_floor.toml")}
    assert floors_files == {f"{folder.name}_floor.toml" for folder in JUDGED_SETS}


@pytest.mark.parametrize("judged_set", JUDGED_SETS, ids=lambda folder: folder.name)
def test_judged_sets_floors_are_sane(judged_set):
    floors = gate.load_floors(ROOT / ".ci" / f"{judged_set.name}_floor.toml")
    assert {"money", "legal_ref", "count"} <= set(floors)
    assert all(0.5 <= floor <= 1.0 for floor in floors.values())


def test_ci_gates_every_floors_file():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "for floors in .ci/judged_*_floor.toml; do\n" in ci
    assert 'python .ci/accuracy_gate.py "$set" --floors "$floors"\n' in ci
    assert 'python tests/judged_texts/score_parts.py "$set" --floors "$floors"\n' in ci


def test_report_is_read():
    assert gate.read_scores(REPORT) == {
        "money": 0.989, "legal_ref": 1.0, "count": 0.995, "legal_ref.issued": 0.963, "legal_ref.doc_type": 1.0,
    }


@pytest.mark.parametrize("floors,short", [
    ({"money": 0.98, "count": 0.99, "legal_ref.issued": 0.95}, []),
    ({"money": 0.99}, ["money"]),
    ({"legal_ref.issued": 0.97}, ["legal_ref.issued"]),
    ({"percent": 0.5}, ["percent"]),  # a floor the report does not state is a failure, not a pass
], ids=["above", "money-under", "issued-under", "missing"])
def test_shortfalls(floors, short):
    assert [line.split(":")[0] for line in gate.shortfalls(gate.read_scores(REPORT), floors)] == short


def test_gate_fails_on_a_scorer_under_the_floor(tmp_path):
    scorer = tmp_path / "score.py"
    scorer.write_text(f"import sys\nprint({REPORT!r})\nsys.exit(0)\n", encoding="utf-8")
    floors = tmp_path / "floors.toml"
    floors.write_text("[f1]\nmoney = 0.99\n", encoding="utf-8")
    assert gate.main(["unused", "--scorer", str(scorer), "--floors", str(floors)]) == 1
    floors.write_text("[f1]\nmoney = 0.98\n", encoding="utf-8")
    assert gate.main(["unused", "--scorer", str(scorer), "--floors", str(floors)]) == 0
