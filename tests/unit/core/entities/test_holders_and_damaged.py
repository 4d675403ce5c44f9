"""A bare institution tied to a country by a named holder of its head's office (cue 4
of bare_institutions), Arabic feminine titles, the NOC's short forms, Turkish
"Merkez Bankası", and names whose Turkish letters were lost in copy ("Çavu?o?lu")."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.damaged import DamagedLetters
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        # cue 4: the governor named, the other party no governor
        (
            "وناقش الصديق الكبير مع أردوغان دور المصرف المركزي في المحافظة على الاستدامة.",
            "ar",
            "org:ly-cbl",
        ),
        # cue 3 with the feminine title
        (
            "بحثت وزيرة الخارجية نجلاء المنقوش مع السفير سبل الدعم. وبين المكتب "
            "الإعلامي لوزارة الخارجية أن اللقاء عقد بمقر الوزارة.",
            "ar",
            "org:ly-mfa",
        ),
        # the NOC's short form, tied by its chairman's title and name
        ("وقال رئيس مؤسسة النفط فرحات بن قدارة إن الإنتاج ارتفع.", "ar", "org:ly-noc"),
        ("بحث رئيس المؤسسة الوطنية الليبية للنفط الإنتاج.", "ar", "org:ly-noc"),
        # Turkish: the country first, or the governor after the title
        ("Libya'nın Merkez Bankası Başkanı Sıddık el-Kebir Ankara'da.", "tr", "org:ly-cbl"),
    ],
)
def test_a_bare_or_short_institution_links_by_its_cues(
    detector: EntityDetector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # governors of two countries: the bare name is left alone
        (
            "التقى الصديق الكبير مع مراد أويصال. وقال المصرف المركزي إن اللقاء مثمر.",
            "ar",
        ),
        # no cue at all
        ("وقالت مؤسسة النفط إن الإنتاج ارتفع.", "ar"),
        ("Merkez Bankası faiz kararını açıkladı.", "tr"),
    ],
)
def test_a_bare_institution_without_one_country_stays_unlinked(
    detector: EntityDetector, text: str, lang: str
) -> None:
    ids = ids_of(detector, text, lang)
    assert not ids & {"org:ly-cbl", "org:cbrt", "org:ly-noc"}


def test_the_holder_cue_needs_the_office_not_just_a_country(detector: EntityDetector) -> None:
    # Erdogan is Turkish but holds no central bank office: no link to Türkiye's bank
    ids = ids_of(detector, "وقال أردوغان إن المصرف المركزي يعمل بجد.", "ar")
    assert "org:cbrt" not in ids and "org:ly-cbl" not in ids


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Foreign Minister Mevlüt Çavu?o?lu met al-Mishri in Ankara.", "person:mevlut-cavusoglu"),
        (
            "Çavu\ufffdo\ufffdlu said on Twitter that he hosted al-Mishri.",
            "person:mevlut-cavusoglu",
        ),
        ("President Recep Tayyip Erdo?an received the delegation.", "person:recep-tayyip-erdogan"),
    ],
)
def test_a_name_with_letters_lost_in_copy_links(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    entities = {e.id: e for e in detector.detect(fold(text), "en")}
    assert entity_id in entities
    # the mention is the text as printed, marks and all
    assert any("?" in m.text or "\ufffd" in m.text for m in entities[entity_id].mentions)


def _entity(aliases: list[str]) -> KBEntity:
    return KBEntity.model_validate(
        {
            "id": "person:test-person",
            "type": "PERSON",
            "name": aliases[0],
            "aliases": {"en": aliases},
        }
    )


def test_damaged_words_are_restored_only_when_one_kb_word_fits() -> None:
    damaged = DamagedLetters(
        [_entity(["Mevlut Cavusoglu"]), _entity(["Ahmet Karaca", "Baraca Kaya"])]
    )
    assert damaged.repair("mevlut cavu?o?lu") == "mevlut cavusoglu"
    assert damaged.repair("cavu\ufffdoglu met") == "cavusoglu met"
    # a question mark ending a word is punctuation; too short a word is left alone
    assert damaged.repair("cavusoglu? kay?") == "cavusoglu? kay?"
    # two KB words fit ("karaca", "baraca"): ambiguous, left alone
    assert damaged.repair("?araca") == "?araca"
    assert damaged.repair("?aracas") == "?aracas"
    # more than a third of the word lost
    assert damaged.repair("c??u??glu") == "c??u??glu"
    # the repair never changes the length (offsets stay valid)
    text = "x cavu?o?lu y"
    assert len(damaged.repair(text)) == len(text)
    # a question elsewhere does not hide a damaged word, nor make one
    assert damaged.repair("did they meet? cavu?o?lu said") == "did they meet? cavusoglu said"
    assert damaged.repair("did they meet? ?? yes") == "did they meet? ?? yes"


@pytest.mark.parametrize("seed", range(5))
def test_the_quick_guard_agrees_with_the_word_pattern(seed: int) -> None:
    # repair() skips the word-wide pattern unless a mark stands between letters; on
    # random texts of letters, digits, marks and spaces it must give what the pattern
    # alone gives.
    import random

    from wirewatch.core.entities import damaged as module

    letters = DamagedLetters([_entity(["Mevlut Cavusoglu"]), _entity(["Hulusi Akar"])])
    rng = random.Random(seed)
    alphabet = "cavusoglumevlt?\ufffd 1_-"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert letters.repair(text) == module._DAMAGED.sub(letters._restore, text), text


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("Saddam Khalifa Haftar met Yasar Guler in Ankara.", "en", "person:saddam-haftar"),
        ("Saddam Halife Hafter Ankara'da Yaşar Güler ile görüştü.", "tr", "person:saddam-haftar"),
        ("Khalid Khalifa Haftar visited Ankara.", "en", "person:khaled-haftar"),
    ],
)
def test_a_fathers_name_inserted_links_the_son_not_the_father(
    detector: EntityDetector, text: str, lang: str, entity_id: str
) -> None:
    ids = ids_of(detector, text, lang)
    assert entity_id in ids
    assert "person:khalifa-haftar" not in ids


@pytest.mark.parametrize(
    "text",
    [
        # a list: the comma keeps the father's own name
        "Saddam, Khalifa Haftar and Guler met in Ankara.",
        # the father and the son each named in full
        "Field Marshal Khalifa Haftar met Saddam Haftar in Benghazi.",
    ],
)
def test_the_father_is_kept_when_named_in_his_own_right(
    detector: EntityDetector, text: str
) -> None:
    assert "person:khalifa-haftar" in ids_of(detector, text, "en")


def test_a_set_phrase_names_no_place(detector: EntityDetector) -> None:
    # القوة القاهرة is "force majeure"; القاهرة alone is Cairo
    assert "loc:cairo" not in ids_of(detector, "وتمكنها من رفع القوة القاهرة عن الحقول.", "ar")
    assert "loc:cairo" in ids_of(detector, "ووصل الوفد إلى القاهرة أمس.", "ar")
