"""البحرية is "the navy" and "naval/maritime": right after a definite noun it is that
noun's adjective and names no navy (issue #12, accarent; dev ar-062, fresh ar-29014).
Paraphrases unlike those excerpts, and the navy where copy names it."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_NAVIES = {"org:ly-navy", "org:tr-navy"}


_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "ورست السفينة قرب الحدود البحرية الليبية الجنوبية.",
        "وتحدث عن توسيع الوحدات البحرية التركية في المتوسط.",
        "وعبرت القطع في المياه البحرية التركية دون توقف.",
    ],
)
def test_after_a_definite_noun_the_word_is_an_adjective(
    detector: EntityDetector, text: str
) -> None:
    found = _ids(detector, text)
    assert not found & _NAVIES
    assert found & {"gpe:LY", "gpe:TR"}  # the nationality adjective is still read


@pytest.mark.parametrize(
    ("text", "navy"),
    [
        ("وأعلنت البحرية الليبية إنقاذ مئة مهاجر قبالة زوارة.", "org:ly-navy"),
        ("واستقبل قائد البحرية التركية الوفد الليبي في أنقرة.", "org:tr-navy"),
        ("وقال المتحدث إن البحرية التركية ستشارك في المناورات.", "org:tr-navy"),
    ],
)
def test_after_a_verb_a_particle_or_a_construct_noun_it_is_the_navy(
    detector: EntityDetector, text: str, navy: str
) -> None:
    assert navy in _ids(detector, text)
