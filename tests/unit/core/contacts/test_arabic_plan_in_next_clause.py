"""A plan told in the next clause ("، بينما يستعد X لزيارة ...", "، في حين ...") takes
none of the actors of the contact before the comma (session 20, arcon: ``scope.
in_live_scope``). Arabic puts the plan's subject after its verb, so the person named
right before the comma, nearer in words to the plan's cue than to the contact's
trigger, is the contact's partner: al-Menfi receiving credentials "، بينما يستعد
الدبيبة لزيارة تركيا" had been dropped and the Presidential Council paired instead
(dev ar-11005). The sentences paraphrase the class; none is a dev excerpt's wording.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

pairs = pairs_on("2024-05-10", "ar")

ERDOGAN, SALEH = "person:recep-tayyip-erdogan", "person:aguila-saleh"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
YILMAZ, MENFI = "person:kenan-yilmaz", "person:mohamed-menfi"
BAOUR, DBEIBAH = "person:taher-al-baour", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "expected", "planned"),
    [
        (
            "والتقى وزير الدفاع التركي يشار غولر في طرابلس برئيس الأركان محمد الحداد، "
            "بينما يستعد وزير الخارجية الطاهر الباعور لزيارة إسطنبول.",
            (GULER, HADDAD),
            (GULER, BAOUR),
        ),
        (
            "واستقبل الرئيس التركي رجب طيب أردوغان رئيس مجلس النواب عقيلة صالح، في حين "
            "يستعد الدبيبة لزيارة أنقرة.",
            (ERDOGAN, SALEH),
            (ERDOGAN, DBEIBAH),
        ),
        (
            "أكد السفير التركي كنعان يلماز دعم بلاده للمجلس الرئاسي خلال تقديم أوراق "
            "اعتماده لرئيس المجلس الرئاسي محمد المنفي، بينما يستعد الدبيبة لزيارة تركيا غدا.",
            (YILMAZ, MENFI),
            (YILMAZ, DBEIBAH),
        ),
    ],
)
def test_the_partner_before_the_comma_keeps_the_contact(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    expected: tuple[str, str],
    planned: tuple[str, str],
) -> None:
    found = pairs(detector, entities, text)
    assert pair_key(*expected) in found
    assert pair_key(*planned) not in found  # the plan's subject is no party


def test_the_presidential_council_is_no_party_beside_its_head(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "أكد السفير التركي كنعان يلماز دعم بلاده للمجلس الرئاسي خلال تقديم أوراق اعتماده "
        "لرئيس المجلس الرئاسي محمد المنفي، بينما يستعد الدبيبة لزيارة تركيا غدا."
    )
    assert pair_key(YILMAZ, "org:ly-presidential-council") not in pairs(detector, entities, text)


def test_a_mention_in_the_plans_clause_stays_out(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # no comma between the plan and the person: the upcoming visit's, as before
    text = (
        "وبحث وزير الخارجية التركي هاكان فيدان مع الباعور الملفات المشتركة والزيارة "
        "المرتقبة لرئيس الحكومة عبد الحميد الدبيبة إلى أنقرة."
    )
    found = pairs(detector, entities, text)
    assert pair_key("person:hakan-fidan", BAOUR) in found
    assert pair_key("person:hakan-fidan", DBEIBAH) not in found
