"""The head readers' shortcuts give the answer of the longer path they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._html import headwalk

# Letters around "title" in every case, and characters whose lower-casing is longer or
# lands on an ASCII letter (İ -> i̇, K -> k, ẞ -> ß).
_VALUES = st.text(alphabet="tiTIlLeE İKẞΣ-_x1", max_size=14)


@settings(max_examples=600)
@given(_VALUES)
def test_title_names_prefilter_agrees_with_the_table(value: str) -> None:
    assert headwalk._names_title(value) == ("title" in value.translate(headwalk._TITLE_CASE))


def test_title_names_prefilter_finds_the_plain_cases() -> None:
    assert headwalk._names_title("news-TITLE")
    assert headwalk._names_title("Title_box")
    assert not headwalk._names_title("TITLƐ")
