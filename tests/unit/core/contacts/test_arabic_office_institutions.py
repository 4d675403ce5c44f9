"""A government or ministry named after an official's title and "في" ("وزير الرياضة في
حكومة الوحدة الوطنية X") is the office of the person after it, not a party: when that
person is unknown to the knowledge base, the institution used to stand in as the Libyan
principal and made a contact the article does not report (issue #12, class "ministry
as participant"). A known person after the same title still makes the contact.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

YILMAZ, BAOUR = "person:kenan-yilmaz", "person:taher-al-baour"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"


pairs = pairs_on("2024-05-10", lang="ar", article_id="office")


def test_the_government_of_an_officials_title_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # The Libyan principal is unnamed: no contact at all, the government stands in for nobody.
    text = "التقى نائب رئيس الوزراء في حكومة الوحدة الوطنية السفير التركي كنعان يلماز في طرابلس."
    assert pairs(detector, entities, text) == set()


def test_an_unknown_official_after_the_title_is_the_party_not_his_government(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # The minister is unknown to the KB but found by his title's shape (وزير is a title,
    # not و + زير), so he is the Libyan principal; his government is not.
    text = (
        "بحث وزير الرياضة في حكومة الوحدة الوطنية عبد الشفيع الجويفي مع السفير التركي "
        "غوفين بيجيتش سبل التعاون."
    )
    assert pairs(detector, entities, text) == {"person:guven-begec|person:shape:عبد-الشفيع-الجويفي"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "التقى وزير الخارجية في حكومة الوحدة الوطنية الطاهر الباعور السفير التركي كنعان يلماز.",
            (YILMAZ, BAOUR),
        ),
        ("التقى وزير الخارجية التركي هاكان فيدان في طرابلس بالدبيبة.", (FIDAN, DBEIBAH)),
        (
            "اجتمع وزير الدفاع التركي يشار غولر في أنقرة مع رئيس الأركان محمد الحداد.",
            (GULER, HADDAD),
        ),
    ],
)
def test_the_person_after_the_title_or_after_in_still_meets(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)
