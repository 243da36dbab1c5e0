"""A small slice of benchmarks/fuzz.py in the test suite: hostile texts and pages, no exception, offsets exact."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reader.profiles import load_profile  # noqa: E402

PROFILE = load_profile("haiduong").served_from("http://127.0.0.1:8000/")


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_hostile_texts(seed):
    text = fuzz.hostile_text(random.Random(seed))
    assert text  # something was generated
    fuzz.check_facts(text)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_hostile_pages(seed):
    rng = random.Random(seed)
    body = fuzz.page_body(rng, fuzz.hostile_page(rng, PROFILE))
    fuzz.check_page(rng, body, PROFILE)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(fuzz.PIECES + fuzz.ODDITIES), max_size=40).map("".join))
def test_any_mix_of_pieces_and_oddities(text):
    fuzz.check_facts(text)
