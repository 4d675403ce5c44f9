"""A condemnation, rejection or readiness told after a contact and both its parties is
what was said there ("وأعرب أردوغان خلال لقائه الدبيبة عن إدانته للهجمات"), not a refusal
of the contact: the contact stands (issue #12). The same cue before the trigger, or
before one of the parties, still rules it out ("رفض الدبيبة لقاء فيدان", "الاجتماع الذي
رفضه حفتر"); denials always do; whoever is named after the cue is the topic.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.content import both_sides_before, content_start
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold_char_string

DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
MENFI, YILMAZ = "person:mohamed-menfi", "person:kenan-yilmaz"
GULER, FIDAN, HAFTAR = "person:yasar-guler", "person:hakan-fidan", "person:khalifa-haftar"


pairs = pairs_on("2024-05-10", lang="ar", article_id="said")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وأعرب الرئيس التركي رجب طيب أردوغان خلال لقائه الدبيبة في أنقرة عن إدانته "
            "للهجمات الإرهابية.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "وأكد الدبيبة خلال اجتماعه مع وزير الدفاع التركي يشار غولر رفض حكومته لأي تدخل أجنبي.",
            (DBEIBAH, GULER),
        ),
        (
            "وأكد أردوغان خلال اتصال هاتفي مع الدبيبة استعداد تركيا لدعم الانتخابات في ليبيا.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "التقى رئيس المجلس الرئاسي محمد المنفي اليوم السفير التركي كنعان يلماز، تزامنا مع "
            "إدانة الخارجية التركية للهجوم على السفارة.",
            (MENFI, YILMAZ),
        ),
    ],
)
def test_what_the_parties_condemned_or_rejected_leaves_the_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pairs(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        "ورفض الدبيبة لقاء وزير الخارجية التركي هاكان فيدان.",
        "وانتقد الدبيبة لقاء وزير الخارجية التركي هاكان فيدان بحفتر في بنغازي.",
        "أكد أردوغان استعداده للقاء حفتر في أنقرة.",
        "وكان الاجتماع المقترح مع أردوغان قد رفضه حفتر في اللحظة الأخيرة.",
        # a denial after the contact still rules it out
        "وذكرت تقارير أن حفتر التقى الرئيس التركي رجب طيب أردوغان في أنقرة، إلا أن الرئاسة "
        "التركية نفت ذلك.",
    ],
)
def test_a_refusal_of_the_contact_itself_still_rules_it_out(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


def test_who_is_named_after_the_content_cue_is_the_topic(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "التقى أردوغان الدبيبة في إسطنبول، وأكد رفض بلاده للهجوم الذي شنته قوات خليفة حفتر."
    assert pairs(detector, entities, text) == {pair_key(DBEIBAH, ERDOGAN)}


def test_content_start_needs_every_block_cue_after_every_trigger() -> None:
    ar = load_lexicons()["ar"]
    assert ar.block is not None and ar.block_as_content is not None
    folded = fold_char_string("التقى أ ب وأكد رفض التدخل")
    meeting = (0, len("التقى"))
    found = content_start(ar.block, ar.block_as_content, folded, 0, len(folded), [meeting])
    assert found == folded.index("رفض")
    # the trigger after the cue: the refusal may be of that contact
    late = (len(folded) - len("التدخل"), len(folded))
    assert content_start(ar.block, ar.block_as_content, folded, 0, len(folded), [late]) is None
    # a denial is never content
    denied = fold_char_string("التقى أ ب ثم نفت الرئاسة")
    assert content_start(ar.block, ar.block_as_content, denied, 0, len(denied), [meeting]) is None


def test_both_sides_before_reads_the_mentions_before_the_cut() -> None:
    items = [(0, 5, None, "TR"), (10, 15, None, "LY")]
    assert both_sides_before(items, 20, [("TR", "LY")])  # type: ignore[arg-type]
    assert not both_sides_before(items, 12, [("TR", "LY")])  # type: ignore[arg-type]
