"""The facts contract ships with the project (docs/facts.md) and stays in step with the maintainers' spec.

The spec lives in ``shared/spec/facts.md`` beside the clone (``../shared``); a clone alone has the copy.
"""

import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
COPY = ROOT / "docs" / "facts.md"
SPEC = ROOT.parent / "shared" / "spec" / "facts.md"


@pytest.mark.skipif(not SPEC.is_file(), reason="no ../shared/spec/facts.md beside the clone")
def test_docs_facts_md_is_the_spec():
    assert COPY.read_text("utf-8") == SPEC.read_text("utf-8"), (
        f"docs/facts.md differs from {SPEC}: copy it again (cp {SPEC} docs/facts.md)")


def test_the_copy_is_shipped_and_the_command_points_to_it():
    assert COPY.is_file() and "money" in COPY.read_text("utf-8")
    result = subprocess.run([sys.executable, "-m", "extract", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert str(COPY) in " ".join(result.stdout.split()) and "docs/facts.md" in result.stdout
    assert "../shared" not in result.stdout
