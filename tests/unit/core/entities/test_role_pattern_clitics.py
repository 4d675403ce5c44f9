"""The Arabic role pattern (السفير التركي + NAME) stops the name at a stop word or a
role word glued to a proclitic (بوزير "with the minister", ولرئيس): the clause goes on
after the name, and the glued word is not a second name token."""

from __future__ import annotations

import pytest

from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    "text",
    [
        "التقى السفير التركي أوزكان بوزير الخارجية الليبي.",
        "اجتمع السفير التركي أوزكان برئيس المجلس البلدي.",
        "التقى القنصل التركي أوزكان وبعد ذلك غادر.",
    ],
)
def test_a_glued_role_or_stop_word_is_not_part_of_the_name(detector, text: str) -> None:
    names = [e.name for e in detector.detect(fold(text), "ar") if e.type.value == "PERSON"]
    assert not any("بوزير" in n or "برئيس" in n or "وبعد" in n for n in names), names


def test_a_two_word_name_after_the_role_is_still_found(detector) -> None:
    text = "التقى السفير التركي أوزكان توكار بوزير الخارجية الليبي."
    names = [e.name for e in detector.detect(fold(text), "ar") if e.type.value == "PERSON"]
    assert names == ["أوزكان توكار"]
