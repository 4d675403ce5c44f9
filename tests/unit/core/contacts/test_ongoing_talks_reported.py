"""Talks told as going on ("said talks with the Central Bank of Libya were continuing",
"Merkez Bankası ile görüşmelerin sürdüğünü söyledi", "إن المباحثات مع مصرف ليبيا المركزي
مستمرة") report a process, not a meeting: the speaker and the body named are no
contact (s21 leftovers probes: each gave one). A meeting told in the same words' verb,
and a contact beside the phrase, stay.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.pipeline import Pipeline

BEGEC, CBL = "person:guven-begec", "org:ly-cbl"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Büyükelçi Güven Begeç, Libya Merkez Bankası ile teknik görüşmelerin devam "
            "ettiğini açıkladı.",
            (BEGEC, CBL),
        ),
        (
            "Ambassador Güven Begeç told reporters that talks with the Central Bank of Libya "
            "on the swap line are ongoing.",
            (BEGEC, CBL),
        ),
        (
            "وأوضح السفير التركي غوفن بيغيتش أن المحادثات مع مصرف ليبيا المركزي بشأن الديون "
            "متواصلة.",
            (BEGEC, CBL),
        ),
        (
            "Dışişleri Bakanı Hakan Fidan, Dibeybe ile görüşmeler sürüyor dedi.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_talks_going_on_are_no_contact(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    current, historical = found(pipeline, text, "2025-05-10")
    assert not (current | historical) & keys(pair)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Büyükelçi Güven Begeç, Libya Merkez Bankası Başkanı ile görüştü.", None),
        (
            "Hakan Fidan held talks with Abdul Hamid Dbeibah in Tripoli on Sunday, and both "
            "said cooperation would continue.",
            (FIDAN, DBEIBAH),
        ),
        (
            "والتقى فيدان الدبيبة في طرابلس، واتفقا على استمرار المباحثات بين البلدين.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_a_meeting_stays(pipeline: Pipeline, text: str, pair: tuple[str, str] | None) -> None:
    current, _ = found(pipeline, text, "2025-05-10")
    assert current if pair is None else keys(pair) <= current
