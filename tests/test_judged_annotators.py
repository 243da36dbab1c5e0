"""Every judged set's annotator (tests/judged_*/annotate.py) still writes the set's committed gold.

The annotators share their helpers (tests/judged_texts/annotation.py); a change there must leave every set's
gold.jsonl and doubtful.tsv byte for byte as committed. Each annotator is loaded by path and its main() writes
into a temporary folder, so the sets' own files are not touched."""

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ANNOTATORS = sorted(HERE.glob("judged_*/annotate.py"))


def test_the_annotators_are_found():
    annotated = {path.parent.name for path in ANNOTATORS}
    assert len(annotated) >= 17
    assert all((HERE / name / "gold.jsonl").is_file() for name in annotated)


@pytest.mark.parametrize("annotator", ANNOTATORS, ids=[path.parent.name for path in ANNOTATORS])
def test_annotator_writes_the_committed_gold(annotator, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(f"annotate_{annotator.parent.name}", annotator)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the readings are checked as they are built
    module.main(tmp_path)
    capsys.readouterr()
    for name in ("gold.jsonl", "doubtful.tsv"):
        assert (tmp_path / name).read_bytes() == (annotator.parent / name).read_bytes(), (annotator.parent.name, name)
