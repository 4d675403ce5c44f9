from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas import Entity, EntityType, Mention
from wirewatch.core.contacts import ContactDetector, Watch, load_watches, pair_key
from wirewatch.core.contacts.detector import event_id_for
from wirewatch.core.entities import EntityDetector
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import fold

PUB = datetime(2025, 9, 23, 10, 0, tzinfo=UTC)  # a Tuesday
KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
SEED = Path(__file__).parents[4] / "seeds" / "000_183260085f83e7c3.txt"


@pytest.fixture(scope="module")
def detector() -> ContactDetector:
    # States and generic national actors as participants: the default detector leaves
    # their events out (``named_only``), the rules that find them are tested here.
    return ContactDetector.default(named_only=False)


@pytest.fixture(scope="module")
def named_only() -> ContactDetector:
    return ContactDetector.default()


@pytest.fixture(scope="module")
def gazetteer() -> EntityDetector:
    """The pipeline's own entity detector (the fixture's name is from when the eval
    harness's stand-in played this part)."""
    return EntityDetector.default()


def detect(detector, text, lang, entities=None, gazetteer=None, published=PUB):
    folded = fold(text)
    if entities is None:
        entities = gazetteer.detect(folded, lang)
    return detector.detect(
        article_id="a1",
        source="test",
        url=None,
        title=None,
        text=text,
        folded=folded,
        lang=lang,
        published_at=published,
        entities=entities,
        pipeline_version="test",
    )


def pairs(events) -> set[str]:
    return {e.pair_key for e in events}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("ar", "التقى خليفة حفتر، الاثنين، إبراهيم قالن في بنغازي.", "meeting"),
        ("ar", "استقبل خليفة حفتر إبراهيم قالن في بنغازي الاثنين.", "reception"),
        ("ar", "بحث خليفة حفتر مع إبراهيم قالن في بنغازي الاثنين التعاون الأمني.", "talks"),
        ("ar", "تلقى خليفة حفتر اتصالا هاتفيا من إبراهيم قالن الاثنين.", "phone_call"),
        ("en", "Khalifa Haftar met Ibrahim Kalin in Benghazi on Monday.", "meeting"),
        ("en", "Khalifa Haftar held talks with Ibrahim Kalin in Benghazi on Monday.", "talks"),
        ("en", "Ibrahim Kalin spoke by phone with Khalifa Haftar on Monday.", "phone_call"),
        ("en", "Ibrahim Kalin visited Khalifa Haftar in Benghazi on Monday.", "visit"),
        ("tr", "İbrahim Kalın, Pazartesi günü Bingazi'de Halife Hafter ile görüştü.", "meeting"),
        ("tr", "Halife Hafter, İbrahim Kalın'ı Pazartesi günü Bingazi'de kabul etti.", "reception"),
        ("tr", "İbrahim Kalın ile Halife Hafter Pazartesi günü telefonda görüştü.", "phone_call"),
    ],
)
def test_contact_in_each_language(detector, gazetteer, lang, text, kind) -> None:
    [event] = detect(detector, text, lang, gazetteer=gazetteer)
    assert event.pair_key == pair_key(KALIN, HAFTAR)
    assert event.kind == kind
    assert event.watch == "turkey-libya"
    assert event.countries == ["TR", "LY"]
    assert [p.country for p in event.participants] == ["TR", "LY"]
    assert event.occurred_at == datetime(2025, 9, 22, tzinfo=UTC)
    assert not event.historical
    assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two actors of the same country
        ("ar", "استقبل محمد المنفي عبد الحميد الدبيبة في طرابلس الأحد."),
        ("en", "Hakan Fidan met President Erdogan in Ankara on Monday."),
        ("tr", "Muhammed el-Menfi, Trablus'ta Dbeybe ile görüştü."),
        # a third country's meeting, Libya or Turkey only mentioned
        ("en", "Hakan Fidan met Badr Abdelatty in Ankara to discuss Libya."),
        ("ar", "استقبل عبد الفتاح السيسي خليفة حفتر في القاهرة وبحثا الوضع مع تركيا."),
        # statements and criticism, no meeting
        ("en", "Erdogan said Turkey would keep supporting Libya."),
        ("en", "Khalifa Haftar criticised the talks Hakan Fidan held in Tripoli."),
        ("ar", "انتقد خليفة حفتر لقاء هاكان فيدان مع مسؤولين في طرابلس."),
        ("tr", "Halife Hafter, Fidan'ın Trablus'taki görüşmelerini eleştirdi."),
        # a country only mentioned
        ("ar", "ناقش البرلمان التركي مهمة القوات في ليبيا."),
        ("tr", "Hakan Fidan Libya'daki gelişmeleri Ankara'da ele aldı."),
        # plans and denials
        ("en", "Dbeibah will visit Ankara next week to meet Erdogan."),
        ("ar", "نفى مكتب خليفة حفتر أن يكون قد التقى إبراهيم قالن."),
        ("tr", "Dbeybe'nin Erdoğan ile görüşmesi bekleniyor."),
    ],
)
def test_not_contacts(detector, gazetteer, lang, text) -> None:
    assert detect(detector, text, lang, gazetteer=gazetteer) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل صدام حفتر الوفد التركي في بنغازي."),
        ("en", "Saddam Haftar received the Turkish delegation in Benghazi."),
        ("tr", "Türk heyeti, Bingazi'de Saddam Hafter ile bir araya geldi."),
    ],
)
def test_generic_national_actor_counts(detector, gazetteer, lang, text) -> None:
    [event] = detect(detector, text, lang, gazetteer=gazetteer)
    assert event.pair_key == pair_key("org:generic:TR:delegation", "person:saddam-haftar")
    assert event.location is not None and event.location.name == "Benghazi"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل صدام حفتر الوفد التركي في بنغازي."),
        ("en", "Turkey hosted a Libyan delegation in Ankara."),
        ("tr", "Libya heyeti Türkiye'yi ziyaret etti."),
        ("en", "Dbeibah's visit to Turkey ended on Monday."),
    ],
)
def test_default_pairs_named_principals_only(named_only, gazetteer, lang, text) -> None:
    # A state or a generic actor says who went where, not who met whom.
    assert detect(named_only, text, lang, gazetteer=gazetteer) == []


def test_named_only_keeps_delegation_members(named_only, gazetteer) -> None:
    text = "Saddam Haftar received the Turkish delegation led by Yasar Guler in Benghazi."
    assert pairs(detect(named_only, text, "en", gazetteer=gazetteer)) == {
        pair_key("person:saddam-haftar", "person:yasar-guler")
    }


def test_named_person_beats_generic_actor(detector, gazetteer) -> None:
    text = "Saddam Haftar received the Turkish delegation led by Yasar Guler in Benghazi."
    assert pairs(detect(detector, text, "en", gazetteer=gazetteer)) == {
        pair_key("person:saddam-haftar", "person:yasar-guler")
    }


def test_several_named_actors_each_get_a_pair(detector, gazetteer) -> None:
    text = "Erdogan and Hakan Fidan received Dbeibah in Ankara."
    assert pairs(detect(detector, text, "en", gazetteer=gazetteer)) == {
        pair_key("person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"),
        pair_key("person:hakan-fidan", "person:abdul-hamid-dbeibah"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkey hosted a Libyan delegation in Ankara."),
        ("ar", "استقبلت تركيا وفد ليبي في أنقرة."),
        ("tr", "Libya heyeti Türkiye'yi ziyaret etti."),
    ],
)
def test_country_as_actor_next_to_trigger(detector, gazetteer, lang, text) -> None:
    assert pairs(detect(detector, text, lang, gazetteer=gazetteer)) == {
        pair_key("gpe:TR", "org:generic:LY:delegation")
    }


def test_country_after_preposition_is_not_an_actor(detector, gazetteer) -> None:
    text = "The Libyan delegation met officials to discuss trade with Turkey."
    assert detect(detector, text, "en", gazetteer=gazetteer) == []
    text = "A Libyan delegation held talks in Turkey."
    assert detect(detector, text, "en", gazetteer=gazetteer) == []


def test_nationality_adjective_never_stands_for_the_state(detector) -> None:
    # An entity detector may attach "Turkish" to gpe:TR; only "Turkey" is the state.
    text = "Khalifa Haftar met the Turkish envoy."
    start = text.index("Turkish")
    entities = [
        Entity(
            id=HAFTAR,
            type=EntityType.PERSON,
            name="Khalifa Haftar",
            country="LY",
            mentions=(Mention(text="Khalifa Haftar", start=0, end=14),),
        ),
        Entity(
            id="gpe:TR",
            type=EntityType.GPE,
            name="Turkey",
            country="TR",
            found_by="nationality",
            mentions=(Mention(text="Turkish", start=start, end=start + 7),),
        ),
    ]
    assert detect(detector, text, "en", entities=entities) == []
    text = "Khalifa Haftar met Turkey's envoy. Turkey hosted Khalifa Haftar."
    second = text.index("Turkey hosted")
    entities[1] = entities[1].model_copy(
        update={"mentions": (Mention(text="Turkey", start=second, end=second + 6),)}
    )
    entities[0] = entities[0].model_copy(
        update={"mentions": (Mention(text="Khalifa Haftar", start=second + 14, end=second + 28),)}
    )
    assert pairs(detect(detector, text, "en", entities=entities)) == {pair_key("gpe:TR", HAFTAR)}


def _place(entity_id: str, name: str, country: str, text: str) -> Entity:
    start = text.index(name)
    return Entity(
        id=entity_id,
        type=EntityType.LOC,
        name=name,
        country=country,
        mentions=(Mention(text=name, start=start, end=start + len(name)),),
    )


def test_capital_reported_as_a_place_stands_for_the_state(detector) -> None:
    # The entity detector reports cities, capitals included, as LOC (loc:ankara).
    def haftar(text: str) -> Entity:
        start = text.index("Khalifa Haftar")
        return Entity(
            id=HAFTAR,
            type=EntityType.PERSON,
            name="Khalifa Haftar",
            country="LY",
            mentions=(Mention(text="Khalifa Haftar", start=start, end=start + 14),),
        )

    text = "Ankara hosted Khalifa Haftar on Monday."
    entities = [_place("loc:ankara", "Ankara", "TR", text), haftar(text)]
    [event] = detect(detector, text, "en", entities=entities)
    assert event.pair_key == pair_key("gpe:TR", HAFTAR)
    assert event.participants[0].type is EntityType.GPE
    # a capital after a preposition is the place, not the actor
    text = "Khalifa Haftar held talks in Ankara on Monday."
    entities = [_place("loc:ankara", "Ankara", "TR", text), haftar(text)]
    assert detect(detector, text, "en", entities=entities) == []
    # another city never stands for the state
    text = "Istanbul hosted Khalifa Haftar on Monday."
    entities = [_place("loc:istanbul", "Istanbul", "TR", text), haftar(text)]
    assert detect(detector, text, "en", entities=entities) == []


def test_visit_destination_country_is_an_actor(detector, gazetteer) -> None:
    text = "Dbeibah's visit to Turkey ended on Monday."
    # "Dbeibah's" qualifies "visit" in English but the possessive cue list only
    # covers relatives/forces, so Dbeibah stays an actor here.
    assert pairs(detect(detector, text, "en", gazetteer=gazetteer)) == {
        pair_key("gpe:TR", "person:abdul-hamid-dbeibah")
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى إبراهيم قالن صدام حفتر نجل خليفة حفتر."),
        ("en", "Ibrahim Kalin met Khalifa Haftar's son Saddam Haftar."),
        ("tr", "İbrahim Kalın, Halife Hafter'in oğlu Saddam Hafter ile görüştü."),
    ],
)
def test_possessor_mentions_are_not_actors(detector, gazetteer, lang, text) -> None:
    assert pairs(detect(detector, text, lang, gazetteer=gazetteer)) == {
        pair_key(KALIN, "person:saddam-haftar")
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وكان أردوغان قد استقبل عقيلة صالح في أنقرة في ديسمبر من العام 2023."),
        ("en", "Erdogan received Aguila Saleh in Ankara in December 2023."),
        ("tr", "Erdoğan, Akile Salih'i Aralık 2023'te Ankara'da kabul etti."),
    ],
)
def test_historical_mention(detector, gazetteer, lang, text) -> None:
    [event] = detect(detector, text, lang, gazetteer=gazetteer)
    assert event.historical
    assert event.occurred_at == datetime(2023, 12, 1, tzinfo=UTC)
    assert event.location is not None and event.location.name == "Ankara"


def test_undated_previous_contact_is_historical(detector, gazetteer) -> None:
    text = "Erdogan had previously received Aguila Saleh."
    [event] = detect(detector, text, "en", gazetteer=gazetteer)
    assert event.historical and event.occurred_at is None


def test_date_is_inherited_from_an_earlier_sentence(detector, gazetteer) -> None:
    text = "Talks were held in Benghazi on Sunday. Khalifa Haftar discussed migration with Kalin."
    [event] = detect(detector, text, "en", gazetteer=gazetteer)
    assert event.occurred_at == datetime(2025, 9, 21, tzinfo=UTC)


def test_undated_contact_falls_back_to_publication(detector, gazetteer) -> None:
    [event] = detect(detector, "Khalifa Haftar met Kalin.", "en", gazetteer=gazetteer)
    assert event.occurred_at == PUB


def test_event_ids_are_deterministic(detector, gazetteer) -> None:
    text = "Khalifa Haftar met Kalin. Later Kalin met Khalifa Haftar again."
    first = detect(detector, text, "en", gazetteer=gazetteer)
    second = detect(detector, text, "en", gazetteer=gazetteer)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == 2  # one per sentence
    key = pair_key(KALIN, HAFTAR)
    assert first[0].event_id == event_id_for("a1", key, 0)


def test_hand_built_entities_and_unknown_language(detector) -> None:
    text = "Khalifa Haftar met Ibrahim Kalin."
    entities = [
        Entity(
            id=HAFTAR,
            type=EntityType.PERSON,
            name="Khalifa Haftar",
            country="LY",
            mentions=(Mention(text="Khalifa Haftar", start=0, end=14),),
        ),
        Entity(
            id=KALIN,
            type=EntityType.PERSON,
            name="Ibrahim Kalin",
            country="TR",
            role="intelligence chief",
            mentions=(Mention(text="Ibrahim Kalin", start=19, end=32),),
        ),
    ]
    [event] = detect(detector, text, None, entities=entities)
    assert event.participants[0].role == "intelligence chief"


def test_new_watch_is_configuration_only(tmp_path, gazetteer) -> None:
    config = tmp_path / "watches.yaml"
    config.write_text(
        "watches:\n"
        "  - {name: turkey-libya, countries: [TR, LY]}\n"
        "  - {name: egypt-libya, countries: [EG, LY]}\n",
        encoding="utf-8",
    )
    watches = load_watches(config)
    assert watches[1] == Watch(name="egypt-libya", countries=("EG", "LY"))
    text = "استقبل عبد الفتاح السيسي، الاثنين، خليفة حفتر في القاهرة."
    [event] = detect(ContactDetector.default(watches), text, "ar", gazetteer=gazetteer)
    assert event.watch == "egypt-libya"
    assert event.pair_key == pair_key("person:abdel-fattah-el-sisi", HAFTAR)
    assert event.location is not None and event.location.name == "Cairo"


def test_packaged_default_watch() -> None:
    assert load_watches() == [Watch(name="turkey-libya", countries=("TR", "LY"))]


def test_seed_article(detector, gazetteer) -> None:
    text = clean_text(SEED.read_text(encoding="utf-8"))
    published = datetime(2025, 9, 22, 15, 0, tzinfo=UTC)  # a Monday
    events = detect(detector, text, "ar", gazetteer=gazetteer, published=published)
    by_pair = {}
    for event in events:  # the first sentence naming a pair
        by_pair.setdefault(event.pair_key, event)
    meeting = by_pair[pair_key(KALIN, HAFTAR)]
    assert meeting.occurred_at == datetime(2025, 9, 22, tzinfo=UTC)
    assert meeting.location is not None and meeting.location.name == "Benghazi"
    assert not meeting.historical
    ship = by_pair[pair_key("org:generic:TR:delegation", "person:saddam-haftar")]
    assert ship.occurred_at == datetime(2025, 9, 21, tzinfo=UTC)
    old = by_pair[pair_key("person:recep-tayyip-erdogan", "person:aguila-saleh")]
    assert old.historical and old.occurred_at == datetime(2023, 12, 1, tzinfo=UTC)
    assert old.location is not None and old.location.name == "Ankara"
    april = by_pair[pair_key("gpe:TR", "person:saddam-haftar")]
    assert april.historical and april.occurred_at == datetime(2025, 4, 1, tzinfo=UTC)
    # "relations between east Libya and Ankara" is no contact of two countries.
    assert pair_key("gpe:LY", "gpe:TR") not in by_pair
