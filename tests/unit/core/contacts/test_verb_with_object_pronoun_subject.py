"""A common-word surname (المنفي "the exiled", الحداد "mourning", صالح "fit") right after
a verb that carries its object pronoun is the verb's subject: "واستقبله المنفي" after a
delegation's or a visitor's arrival is the Libyan who received him (s21 leftovers
probes: no one was found, so no contact). The word stays a word where no such verb
stands before it.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.pipeline import Pipeline

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ووصل وفد تركي يترأسه وزير الخارجية هاكان فيدان إلى طرابلس صباح الأحد. "
            "واستقبله المنفي بمقر المجلس.",
            (FIDAN, MENFI),
        ),
        (
            "حل وزير الدفاع التركي يشار غولر بالعاصمة الليبية أمس، فاستقبله الحداد في مقر "
            "رئاسة الأركان.",
            (GULER, HADDAD),
        ),
    ],
)
def test_the_subject_after_a_verb_and_its_pronoun_is_the_receiver(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    current, _ = found(pipeline, text, "2025-05-10")
    assert keys(pair) <= current


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وأعلن المجلس البلدي الحداد ثلاثة أيام على الضحايا.", HADDAD),
        ("وعاش في المنفي سنوات طويلة قبل عودته.", MENFI),
        ("وقرأ الحداد على روحه في المسجد.", HADDAD),
    ],
)
def test_the_word_stays_a_word(entities: EntityDetector, text: str, absent: str) -> None:
    assert absent not in ids_of(entities, text, "ar")
