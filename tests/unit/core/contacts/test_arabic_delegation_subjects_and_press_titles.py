"""Arabic contacts told through a delegation or a title (issue #12, fresh ar excerpts).

Short paraphrases of the classes, not the excerpts that showed them:

* a bare "the delegation" as the subject of the meetings it held ("وعقد الوفد ...
  اجتماعات مع ..."), the delegation named in another sentence, also as "the visit headed
  by X" ("هذه الزيارة، التي يترأسها X");
* a press-conference counterpart whose long title is an organisation ("مؤتمر صحفي مشترك
  مع القيادي في المجلس ... X"): the person right after it stood beside the speaker;
* "نظيره التركي، عقب لقاء ...", "وزير الخارجية الليبي مؤتمرا صحفيا": "after a meeting",
  "a press conference" are no name a role pattern may take.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.textfold import fold

BAYRAKTAR, BENGDARA = "person:alparslan-bayraktar", "person:farhat-bengdara"
FIDAN, LAFI = "person:hakan-fidan", "person:abdullah-al-lafi"
GULER, DBEIBAH = "person:yasar-guler", "person:abdul-hamid-dbeibah"
DAVUTOGLU, JIBRIL = "person:ahmet-davutoglu", "person:mahmoud-jibril"


pairs = pairs_on("2024-05-03", lang="ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a delegation with its head, then the bare delegation holds the meetings
            "وصل إلى طرابلس وفد تركي برئاسة وزير الطاقة ألب أرسلان بيرقدار. "
            "وعقد الوفد اجتماعا مطولا مع رئيس المؤسسة الوطنية للنفط فرحات بن قدارة.",
            {pair_key(BAYRAKTAR, BENGDARA)},
        ),
        (
            # "the visit headed by": the visitors are a delegation, and it met
            "وتندرج هذه الزيارة، التي يترأسها وزير الدفاع التركي يشار غولر، في إطار "
            "التعاون العسكري. واجتمع الوفد في طرابلس مع رئيس الحكومة عبد الحميد الدبيبة.",
            {pair_key(GULER, DBEIBAH)},
        ),
    ],
)
def test_a_bare_delegation_holds_the_meetings(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no foreign delegation in the article: the bare word is nobody's
        "وعقد الوفد اجتماعا مطولا مع رئيس المؤسسة الوطنية للنفط فرحات بن قدارة.",
        # the visit headed by a Turk is still to come: a plan, no meeting
        "وتندرج الزيارة المرتقبة، التي يترأسها وزير الدفاع التركي يشار غولر، في إطار "
        "التعاون العسكري. وسيجتمع الوفد الأسبوع المقبل مع رئيس الحكومة عبد الحميد الدبيبة.",
    ],
)
def test_no_delegation_or_a_planned_one_makes_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


def test_the_counterpart_titled_by_an_organisation(detector, entities) -> None:
    text = (
        "تحدث وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي مشترك مع العضو البارز في "
        "المجلس الرئاسي الليبي عبد الله اللافي عن دعم أنقرة للانتخابات."
    )
    assert pairs(detector, entities, text) == {pair_key(FIDAN, LAFI)}


def test_a_person_after_a_comma_is_not_the_titled_counterpart(detector, entities) -> None:
    # the organisation alone stood beside him; Dbeibah, after a new clause, is a topic
    text = (
        "تحدث وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي مشترك مع المجلس الرئاسي "
        "الليبي، عن حكومة عبد الحميد الدبيبة."
    )
    assert pair_key(FIDAN, DBEIBAH) not in pairs(detector, entities, text)


def test_the_press_conference_title_needs_the_same_country(detector, entities) -> None:
    # a Libyan organisation, then a Turkish name: he is the speaker's side, no title
    text = (
        "قال القيادي في المجلس الوطني الانتقالي الليبي محمود جبريل في مؤتمر صحفي مشترك "
        "مع وزير الخارجية التركي أحمد داود أوغلو إن تركيا تدعم ليبيا."
    )
    assert pairs(detector, entities, text) == {pair_key(DAVUTOGLU, JIBRIL)}


@pytest.mark.parametrize(
    "text",
    [
        "وعقد وزير الخارجية الليبي مؤتمرا صحفيا مع نظيره التركي، عقب لقاء جمع الطرفين.",
        "تحدث السفير التركي إثر اجتماع مع وزير الداخلية في طرابلس.",
        "أجرى نائب الرئيس التركي اتصالا مع نظيره الليبي.",
    ],
)
def test_an_object_or_time_phrase_after_a_title_is_no_name(entities, text) -> None:
    found = [e for e in entities.detect(fold(text), "ar") if e.id.startswith("person:pattern:")]
    assert [e.name for e in found] == []


def test_a_name_after_a_title_is_still_found(entities) -> None:
    # the pattern still takes a name the KB lacks, right after the title
    text = "التقى السفير التركي سركان أوزتورك بوزير الداخلية في طرابلس."
    found = [e for e in entities.detect(fold(text), "ar") if e.id.startswith("person:pattern:")]
    assert [e.name for e in found] == ["سركان أوزتورك"]


@pytest.mark.parametrize(
    "text",
    [
        # a spokesman tells of another country's minister's visit: no host is named
        "قال رئيس الحكومة عبد الحميد الدبيبة إن وزير الدفاع التركي يشار غولر زار طرابلس.",
        "وأوضح رئيس الحكومة عبد الحميد الدبيبة أن زيارة وزير الدفاع التركي يشار غولر "
        "إلى مصراتة كانت ناجحة.",
    ],
)
def test_who_tells_of_a_visit_is_not_its_host(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the same opener, and the visitor met him ("والتقاه")
        "قال رئيس الحكومة عبد الحميد الدبيبة إن وزير الدفاع التركي يشار غولر زار "
        "طرابلس أمس والتقاه في مقر الحكومة.",
        # his own visit ("زيارته"): the speaker is the visitor
        "قال رئيس الحكومة عبد الحميد الدبيبة إن زيارته إلى أنقرة ولقاءه وزير الدفاع "
        "التركي يشار غولر كانا ناجحين.",
    ],
)
def test_who_tells_of_his_own_visit_or_meeting_stays(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == {pair_key(GULER, DBEIBAH)}
