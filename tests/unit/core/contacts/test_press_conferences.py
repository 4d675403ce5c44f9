"""Press conferences, quoted speech and a woman named by her office (issue #12, class 5).

Short paraphrases of real wording: "وأضافت الوزيرة الليبية، في مؤتمر صحفي مع نظيرها
التركي ... "طلبنا من تركيا ... في ليبيا"" (a press conference without مشترك, the
Libyan named by role only, a request inside the quotation, the state a mere mention
in it); the Turkish form names the counterpart before the cue ("X ile düzenlediği
ortak basın toplantısı").
"""

from __future__ import annotations

import re

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.quotes import blocks_outside_quotes, quoted_spans

CAVUSOGLU, MANGOUSH = "person:mevlut-cavusoglu", "person:najla-mangoush"
ERDOGAN, TEBBOUNE = "person:recep-tayyip-erdogan", "person:abdelmadjid-tebboune"


pairs = pairs_on("2021-05-03")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "قالت وزيرة الخارجية الليبية نجلاء المنقوش إنها بحثت ملف الرحلات الجوية.\n"
            "وأضافت الوزيرة الليبية، في مؤتمر صحفي مع نظيرها التركي مولود جاويش أوغلو "
            '"طلبنا التعاون لإخراج القوات الأجنبية الموجودة في ليبيا".',
        ),
        (
            "en",
            "Turkish Foreign Minister Mevlut Cavusoglu spoke at a press conference with "
            "Libyan Foreign Minister Najla Mangoush in Tripoli.",
        ),
        (
            "tr",
            "Dışişleri Bakanı Mevlüt Çavuşoğlu, Libyalı mevkidaşı Necla Manguş ile ortak "
            "basın toplantısı düzenledi.",
        ),
    ],
)
def test_a_press_conference_with_a_counterpart(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == {pair_key(CAVUSOGLU, MANGOUSH)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Erdogan said at a press conference with his Algerian counterpart Abdelmadjid "
            "Tebboune that Turkey stands by Libya's Government of National Unity.",
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Cezayir Cumhurbaşkanı Abdulmecid Tebbun ile ortak basın "
            "toplantısında Libya Başbakanı Dibeybe'ye destek verdiklerini söyledi.",
        ),
    ],
)
def test_a_press_conference_with_a_third_country_is_no_contact(
    detector, entities, lang, text
) -> None:
    assert pairs(detector, entities, text, lang) == set()


def test_a_request_inside_a_quotation_blocks_nothing_outside_it(detector, entities) -> None:
    text = (
        "Cavusoglu held talks with Libyan Foreign Minister Najla Mangoush in Tripoli and "
        'said: "We have criticised foreign interference."'
    )
    assert pairs(detector, entities, text, "en") == {pair_key(CAVUSOGLU, MANGOUSH)}


def test_a_block_cue_outside_a_quotation_still_blocks(detector, entities) -> None:
    text = 'Cavusoglu criticised Libyan Foreign Minister Najla Mangoush, whom he "met" in Tripoli.'
    assert pairs(detector, entities, text, "en") == set()


def test_quoted_spans_pair_successive_marks() -> None:
    text = 'a "b" c "d'
    assert quoted_spans(text, 0, len(text)) == [(2, 5)]
    assert quoted_spans("no quotes", 0, 9) == []


def test_blocks_outside_quotes() -> None:
    block = re.compile(r"refused")
    said = 'X met Y and said "they refused".'
    assert not blocks_outside_quotes(block, said, 0, len(said), [(2, 5)])
    assert blocks_outside_quotes(block, "X refused to meet Y.", 0, 20, [(10, 14)])
    quoted_trigger = 'He said "X refused to meet Y".'
    assert blocks_outside_quotes(block, quoted_trigger, 0, len(quoted_trigger), [(19, 23)])


def test_the_case_endings_of_a_turkish_nominal_meeting(detector, entities) -> None:
    # "Fidan’ın, Hafter’in oğlu ve yardımcısı Saddam Hafter ile görüşmesine ilişkin açıklama"
    text = (
        "Libya Ulusal Ordusu, Dışişleri Bakanı Hakan Fidan’ın Saddam Hafter ile "
        "görüşmesine ilişkin açıklama yaptı."
    )
    assert pairs(detector, entities, text, "tr") == {
        pair_key("person:hakan-fidan", "person:saddam-haftar")
    }
