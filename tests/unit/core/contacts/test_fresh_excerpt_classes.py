"""Classes the fresh real excerpts of issue #12 showed (ar/en/tr-11001…), as short
paraphrases: who reports a contact, the dead a condolence speaks of, a contact told in
the first person inside a quotation, plans of preparing and of tomorrow, companions after
رفقة and an attendance span that runs on to the other side's only actor, a press
conference with a place between the cue and its partner, and a delegation whose members
the next sentence names."""

from __future__ import annotations

import pytest

from schemas.articles import Entity, EntityType
from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.actors import RANK_COUNTRY, RANK_PERSON, Actor
from wirewatch.core.contacts.pairing import split_attendees
from wirewatch.core.contacts.reports import (
    is_reported,
    without_openers,
    without_reporters,
    without_sources,
)

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
KURTULMUS, TAKALA = "person:numan-kurtulmus", "person:mohamed-takala"
BAYRAKTAR, DBEIBAH = "person:alparslan-bayraktar", "person:abdul-hamid-dbeibah"
YILMAZ, BUJWARI = "person:kenan-yilmaz", "person:saqr-bujwari"
AKAR, MISHRI = "person:hulusi-akar", "person:khalid-al-mishri"
FIDAN, CAVUSOGLU = "person:hakan-fidan", "person:mevlut-cavusoglu"


pairs = pairs_on("2024-05-03")


def test_who_announces_a_call_is_no_party_to_it(detector, entities) -> None:
    text = (
        "Cumhurbaşkanlığı İletişim Başkanı Burhanettin Duran, Cumhurbaşkanı Recep Tayyip "
        "Erdoğan'ın Libya Başkanlık Konseyi Başkanı Muhammed el-Menfi ile telefon "
        "görüşmesi gerçekleştirdiğini açıkladı."
    )
    assert pairs(detector, entities, text, "tr") == {pair_key(ERDOGAN, MENFI)}


SALEH, KALIN = "person:aguila-saleh", "person:ibrahim-kalin"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ar",
            "قال رئيس لجنة الشؤون الخارجية بمجلس النواب يوسف العقوري إن زيارة رئيس مجلس "
            "النواب عقيلة صالح إلى أنقرة ولقاءه بالرئيس التركي رجب طيب أردوغان جاءت في إطار "
            "التقارب.",
            (ERDOGAN, SALEH),
        ),
        (
            "en",
            "Presidential spokesman Ibrahim Kalin said President Recep Tayyip Erdogan "
            "received Libyan Prime Minister Abdul Hamid Dbeibah in Istanbul.",
            (ERDOGAN, DBEIBAH),
        ),
        (
            "en",
            "President Recep Tayyip Erdogan said he received Libyan Prime Minister Abdul "
            "Hamid Dbeibah in Istanbul.",
            (ERDOGAN, DBEIBAH),
        ),
    ],
)
def test_who_reports_before_the_contact_is_no_party_to_it(
    detector, entities, lang, text, expected
) -> None:
    assert pairs(detector, entities, text, lang) == {pair_key(*expected)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Libya Başbakanı Dibeybe ile Trablus'ta görüştü, "
            "Dışişleri Bakanlığı Sözcüsü Öncü Keçeli açıkladı.",
            (FIDAN, DBEIBAH),
        ),
        (
            "en",
            "Erdogan and Dbeibah discussed energy cooperation, presidential spokesman "
            "Ibrahim Kalin said.",
            (ERDOGAN, DBEIBAH),
        ),
    ],
)
def test_a_source_closing_the_sentence_is_no_party(
    detector, entities, lang, text, expected
) -> None:
    assert pairs(detector, entities, text, lang) == {pair_key(*expected)}


def test_without_sources_keeps_a_source_alone_of_his_country() -> None:
    host, guest = _actor("TR", RANK_PERSON, 0, 5), _actor("LY", RANK_PERSON, 10, 15)
    source = _actor("TR", RANK_PERSON, 30, 35)
    assert without_sources([host, guest, source], [(20, 40)]) == [host, guest]
    assert without_sources([guest, source], [(20, 40)]) == [guest, source]


def test_without_openers_keeps_a_speaker_alone_of_his_country() -> None:
    speaker, guest = _actor("TR", RANK_PERSON, 0, 5), _actor("LY", RANK_PERSON, 20, 25)
    host = _actor("TR", RANK_PERSON, 12, 18)
    assert without_openers([speaker, host, guest], 10) == [host, guest]
    assert without_openers([speaker, guest], 10) == [speaker, guest]


def test_the_dead_of_a_condolence_are_no_principals(detector, entities) -> None:
    text = (
        "TBMM Başkanı Numan Kurtulmuş, Libya Yüksek Devlet Konseyi Başkanı Muhammed Tekale "
        "ile telefonda görüştü. Kurtulmuş, görüşmede, Libya Genelkurmay Başkanı Muhammed "
        "Ali el-Haddad ve beraberindekilerin uçak kazasında hayatını kaybetmesi dolayısıyla "
        "başsağlığı diledi."
    )
    assert pairs(detector, entities, text, "tr") == {pair_key(KURTULMUS, TAKALA)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "tr",
            "Enerji Bakanı Alparslan Bayraktar, sosyal medya paylaşımında \"Trablus'a geldik. "
            'Libya Başbakanı Abdülhamid Dibeybe ile verimli bir görüşme gerçekleştirdik." dedi.',
        ),
        (
            "en",
            'Energy Minister Alparslan Bayraktar wrote on social media: "We are in Tripoli. '
            'We met Libyan Prime Minister Abdul Hamid Dbeibah and discussed energy projects."',
        ),
        (
            "ar",
            'قال وزير الطاقة التركي ألب أرسلان بيرقدار: "وصلنا إلى طرابلس. التقينا رئيس '
            'الحكومة عبد الحميد الدبيبة وبحثنا مشاريع الطاقة".',
        ),
    ],
)
def test_a_contact_in_the_first_person_is_its_speakers(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == {pair_key(BAYRAKTAR, DBEIBAH)}


def test_preparing_to_visit_tomorrow_is_a_plan(detector, entities) -> None:
    text = (
        "التقى السفير التركي كنعان يلماز رئيس المجلس الرئاسي محمد المنفي، بينما يستعد رئيس "
        "الحكومة عبد الحميد الدبيبة لزيارة تركيا غدا."
    )
    assert pairs(detector, entities, text, "ar") == {pair_key(YILMAZ, MENFI)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Libyan Prime Minister Abdul Hamid Dbeibah is preparing to visit Ankara to meet "
            "President Recep Tayyip Erdogan.",
        ),
        (
            "tr",
            "Libya Başbakanı Dibeybe, Cumhurbaşkanı Erdoğan ile görüşmek üzere Ankara'ya "
            "gitmeye hazırlanıyor.",
        ),
        ("en", "Libyan Prime Minister Dbeibah meets Turkish President Erdogan tomorrow in Ankara."),
    ],
)
def test_preparing_and_tomorrow_cancel_the_visit(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == set()


def test_companions_after_rifqa_only_attend(detector, entities) -> None:
    text = (
        "استقبل رئيس المجلس الأعلى للدولة خالد المشري وفدا تركيا يترأسه وزير الدفاع خلوصي "
        "آكار رفقة رئيس الأركان يشار غولر والسفير التركي سرحات آكسن."
    )
    assert pairs(detector, entities, text, "ar") == {pair_key(AKAR, MISHRI)}


def test_an_attendance_span_past_a_date_gives_back_the_other_sides_actor(
    detector, entities
) -> None:
    text = (
        "استقبل رئيس المجلس الأعلى للدولة محمد تكالة رفقة أعضاء مكتب الرئاسة، اليوم "
        "الأربعاء، وزير الخارجية التركي هاكان فيدان."
    )
    assert pairs(detector, entities, text, "ar") == {pair_key(FIDAN, TAKALA)}


def test_an_attendee_right_after_the_cue_stays_one(detector, entities) -> None:
    text = (
        "استقبل رئيس المجلس الأعلى للدولة محمد تكالة وفدا من رجال الأعمال الليبيين بحضور "
        "السفير التركي كنعان يلماز."
    )
    assert pairs(detector, entities, text, "ar") == set()


def test_a_press_conference_with_a_place_before_the_partner(detector, entities) -> None:
    text = (
        "وعبر السفير التركي كنعان يلماز، في مؤتمر صحفي في مدينة بنغازي مع عميد البلدية صقر "
        "بوجواري، عن رغبة بلاده في فتح القنصلية."
    )
    assert pairs(detector, entities, text, "ar") == {pair_key(YILMAZ, BUJWARI)}


def test_delegation_members_named_in_the_next_sentence(detector, entities) -> None:
    text = (
        "A Turkish delegation met Libyan Prime Minister Abdul Hamid Dbeibah in Tripoli on "
        "Monday. It included Defence Minister Hulusi Akar and Foreign Minister Mevlut "
        "Cavusoglu."
    )
    assert pairs(detector, entities, text, "en") == {
        pair_key(AKAR, DBEIBAH),
        pair_key(CAVUSOGLU, DBEIBAH),
    }


def _actor(country: str, rank: int, start: int, end: int) -> Actor:
    """An actor with the fields the pairing helpers read: a real one, as the compiled
    core (``make native``) checks the type of what it is given."""
    entity = Entity(
        id=f"person:test-{start}", type=EntityType.PERSON, name="T", country=country, mentions=[]
    )
    return Actor(entity, country, rank, start, end, None)


def test_without_reporters_keeps_the_person_nearest_before_the_verb() -> None:
    reporter, principal = _actor("TR", RANK_PERSON, 0, 5), _actor("TR", RANK_PERSON, 10, 15)
    other, state = _actor("LY", RANK_PERSON, 20, 25), _actor("TR", RANK_COUNTRY, 2, 4)
    after = _actor("TR", RANK_PERSON, 40, 45)
    actors = [reporter, principal, other, state, after]
    assert without_reporters(actors, (30, 35)) == [principal, other, state, after]


def test_is_reported_wants_the_reporting_verb_right_after_the_contact_verb() -> None:
    import re

    cue = re.compile(r"(?<!\w)acikladi(?!\w)")
    folded = "x ile gorusme gerceklestirdigini acikladi. ayrica y de acikladi"
    verb_end = folded.index("gerceklestirdigini") + len("gerceklestirdigini")
    assert is_reported(cue, folded, verb_end, len(folded))
    assert not is_reported(cue, folded, folded.index("ile"), len(folded))
    assert not is_reported(None, folded, verb_end, len(folded))


def test_split_attendees_leaves_states_among_the_actors() -> None:
    state, attendee = _actor("TR", RANK_COUNTRY, 12, 14), _actor("TR", RANK_PERSON, 15, 20)
    principal = _actor("LY", RANK_PERSON, 0, 5)
    kept, inside = split_attendees([principal, state, attendee], [(10, 30)])
    assert kept == [principal, state] and inside == [attendee]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Erdogan said a meeting with Haftar was out of the question."),
        ("en", "Erdogan ruled out a meeting with Haftar."),
        ("en", "Dbeibah is due in Ankara for talks with Erdogan."),
        ("ar", "استبعد أردوغان عقد لقاء مع حفتر."),
        ("ar", "يأمل الدبيبة أن يلتقي أردوغان قريبا."),
        ("tr", "Erdoğan, Hafter ile görüşme yapılmasının söz konusu olmadığını söyledi."),
        ("tr", "Dibeybe ve Erdoğan arasında bir görüşme olup olmadığı bilinmiyor."),
        ("en", "It was unclear whether Erdogan met Dbeibah in Istanbul."),
        ("ar", "لم يتضح ما إذا كان أردوغان التقى الدبيبة في إسطنبول."),
    ],
)
def test_a_meeting_ruled_out_hoped_for_or_uncertain_is_none(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == set()
