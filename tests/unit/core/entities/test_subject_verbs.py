"""A common-word short form (الحداد "mourning", صالح "good", المنفي "the exiled") right
after a verb of meeting or speech is that verb's subject, a person: news copy puts the
subject after the verb (والتقى الحداد نظيره). Fresh dev excerpts showed it (ar-116,
ar-22009, ar-29005); the texts here are paraphrases unlike them, with the cases the
rule must leave alone (a verb whose subject is no person, a clitic on the name)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وبحث الحداد مع قائد القوات البحرية التركية برامج التدريب.", "person:mohammed-al-haddad"),
        ("وقال المنفي في كلمته إن الانتخابات ستجرى في موعدها.", "person:mohamed-menfi"),
        ("واستقبل صالح في القبة وفدا من رجال الأعمال.", "person:aguila-saleh"),
        ("فأكد الكبير أن المصرف سيواصل صرف المرتبات.", "person:sadiq-al-kabir"),
        # (s20) a caption's "appears", "took part", "attended", "accompanied"
        (
            "وفي الصورة يظهر الحداد إلى جانب قائد القوات البرية التركية.",
            "person:mohammed-al-haddad",
        ),
        ("وشارك المنفي في القمة التي عقدت في إسطنبول.", "person:mohamed-menfi"),
        ("كما حضر صالح مراسم التوقيع في أنقرة.", "person:aguila-saleh"),
        ("ورافق الكبير الوفد في زيارته إلى أنقرة.", "person:sadiq-al-kabir"),
    ],
)
def test_a_short_form_after_a_verb_of_meeting_or_speech_is_its_bearer(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # a verb whose object or subject is the word: "declared mourning"
        ("وأعلن الحداد الرسمي ثلاثة أيام في طرابلس.", "person:mohammed-al-haddad"),
        ("وعم الحداد المدينة بعد الحادث.", "person:mohammed-al-haddad"),
        # the word with a preposition glued on, after the verb ("in favour of")
        ("وقال لصالح الشعب إن الاتفاق نافذ.", "person:aguila-saleh"),
        # the word after a noun, not a verb
        ("وأكدت أن أيام الحداد انتهت.", "person:mohammed-al-haddad"),
        # "appears" after a noun of its own ("the signs of mourning appear")
        ("وتظهر مظاهر الحداد في شوارع المدينة.", "person:mohammed-al-haddad"),
    ],
)
def test_a_short_form_after_other_words_stays_a_word(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in _ids(detector, text)


def test_a_namesake_found_by_pattern_keeps_its_second_mention(detector: EntityDetector) -> None:
    # a weak alias that is no Arabic word (a Turkish surname) is not read as a subject:
    # here it is the second mention of a pattern-found attaché, not the KB's namesake
    text = (
        "قال الملحق العسكري التركي في مصراتة العقيد أورهان دميرطاش إن التدريب مستمر. "
        "وأوضح دميرطاش أن الدورة تنتهي الشهر المقبل."
    )
    assert "person:selahattin-demirtas" not in _ids(detector, text)
