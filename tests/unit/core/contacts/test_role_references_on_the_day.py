"""A role reference ("the Turkish minister", "Türk Bakan", "الوزير التركي") in a dated
article is to a person holding that office on its day: not to a predecessor named in a
background sentence, whose KB role still reads "Minister of ... (2018-2023)" (s21
leftovers probes: the predecessor took a current contact with a Libyan who took office
after he left). The references of an article dated in his tenure, and to a holder of
the day, stay as they were.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.pipeline import Pipeline

AKAR, TAKALA = "person:hulusi-akar", "person:mohamed-takala"
CAVUSOGLU, DBEIBAH = "person:mevlut-cavusoglu", "person:abdul-hamid-dbeibah"
FIDAN = "person:hakan-fidan"

BACKGROUND_THEN_REFERENCE = [
    (
        "Hulusi Akar, who held the post before, toured Tripoli in 2019. "
        "The Turkish minister also held talks with Mohamed Takala.",
        (AKAR, TAKALA),
    ),
    (
        "Eski bakan Hulusi Akar 2019'da Trablus'a gitmişti. Türk Bakan ayrıca Tekale ile görüştü.",
        (AKAR, TAKALA),
    ),
    (
        "وكان خلوصي أكار قد زار طرابلس في 2019. واجتمع الوزير التركي مع محمد تكالة.",
        (AKAR, TAKALA),
    ),
    (
        "Former foreign minister Mevlüt Çavuşoğlu had gone to Tripoli in 2021. The Turkish "
        "minister met Dbeibah on Thursday.",
        (CAVUSOGLU, DBEIBAH),
    ),
]


@pytest.mark.parametrize(("text", "pair"), BACKGROUND_THEN_REFERENCE)
def test_a_role_reference_is_no_predecessor_out_of_that_office(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    # neither a current contact nor a recap of his: the sentence is about today's minister
    current, historical = found(pipeline, text, "2025-05-10")
    assert not (current | historical) & keys(pair)


@pytest.mark.parametrize(
    ("text", "day", "pair"),
    [
        # the article is from his tenure: he is the minister it means
        (
            "Hulusi Akar toured Tripoli on Sunday. The Turkish minister also held talks with "
            "Fayez al-Sarraj.",
            "2020-05-10",
            (AKAR, "person:fayez-al-sarraj"),
        ),
        # the minister of the day named before: he stays
        (
            "Hakan Fidan arrived in Tripoli on Sunday. The Turkish minister met Dbeibah on Monday.",
            "2025-05-10",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_a_holder_of_the_day_keeps_the_reference(
    pipeline: Pipeline, text: str, day: str, pair: tuple[str, str]
) -> None:
    current, _ = found(pipeline, text, day)
    assert keys(pair) <= current
