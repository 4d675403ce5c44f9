"""Session 17's shared split of the entity pass: the variant and name-shape passes read
the set of an article's space-split chunks, built once, and give what they gave from
the chunk list."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.tokens import space_tokens
from wirewatch.core.textfold import fold


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\t\u00a0\u2003,.'", max_size=40))
def test_space_tokens_of_the_chunk_set_are_the_white_space_tokens(text: str) -> None:
    chunks = text.split(" ")
    assert space_tokens(set(chunks)) == set(text.split())
    assert space_tokens(set(chunks)) == space_tokens(chunks)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Abdulhameed Dbaiba met Khaleefa Haftarr and Aqila Saleh in Tripoli.", "en", 1),
        ("Abdulhamid Dbeybe, Halife Hafterr ile görüştü.\nHafterr ayrıldı.", "tr", 1),
        ("التقى عبدالحميد الدبيبه وخليفه حفطر في طرابلس", "ar", 0),
        # no word a variant could end: nothing to look at, either way
        ("The weather was fine and the talks went on.", "en", 0),
    ],
)
def test_variants_from_the_chunk_set_are_those_from_the_chunks(
    detector: EntityDetector, text: str, lang: str, found: int
) -> None:
    folded = fold(text)
    f = folded.folded
    chunks = f.split(" ")

    def find(distinct: set[str] | None) -> list:
        return detector.variants.find(
            f,
            folded.display,
            lang,
            set,
            folded.to_display,
            lambda a, b: False,
            (),
            chunks,
            distinct,
        )

    assert find(set(chunks)) == find(None)
    assert len(find(None)) >= found  # (a misspelt Haftar: one at least)
