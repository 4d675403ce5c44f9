"""The Turkish and international half of the knowledge base (turkey*.yaml, others.yaml,
media.yaml): office-holders since 2011 with unbroken terms, surnames that are common
Turkish words kept out of the plain aliases, and the links those choices give."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from wirewatch.core.entities import DEFAULT_KB_DIR, EntityDetector, load_kb
from wirewatch.core.entities.kb import KnowledgeBase, alias_key
from wirewatch.core.textfold import fold

OWN_FILES = ("turkey", "others.yaml", "media.yaml")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(DEFAULT_KB_DIR)


def _own(kb: KnowledgeBase):
    return [e for e in kb.entities if kb.sources[e.id].startswith(OWN_FILES)]


def test_breadth_of_the_turkish_and_international_files(kb) -> None:
    own = _own(kb)
    assert len(own) >= 300
    by_file: dict[str, int] = defaultdict(int)
    for ent in own:
        by_file[kb.sources[ent.id]] += 1
    assert by_file["media.yaml"] >= 60 and by_file["others.yaml"] >= 100
    people = [e for e in own if e.type.value == "PERSON"]
    # every person's aliases cover the three languages
    assert [e.id for e in people if not (e.aliases.ar and e.aliases.en and e.aliases.tr)] == []


#: Surnames that are ordinary Turkish words or very common names: never a plain alias.
COMMON_SURNAMES = (
    "Akar", "Güler", "Bayraktar", "Altun", "Yılmaz", "Işık", "Yıldırım", "Yıldız",
    "Soylu", "Şahin", "Ala", "Muş", "Gül", "Çiçek", "Özel", "Kurum", "Duran", "Demir",
    "Dönmez", "Oktay", "Bozkır", "Çelik", "Şimşek", "Demirtaş", "Kahraman",
)  # fmt: skip


def test_common_word_surnames_are_never_plain_aliases(kb) -> None:
    keys = {alias_key(s) for s in COMMON_SURNAMES}
    plain = [
        (e.id, alias)
        for e in _own(kb)
        for _lang, alias in e.aliases.items()
        if alias_key(alias) in keys
    ]
    assert plain == []


def _month(partial: str) -> int:
    year, _, rest = partial.partition("-")
    return int(year) * 12 + (int(rest[:2]) - 1 if rest else 0)


#: Offices whose holders since mid-2011 must follow one another without a gap.
CONTINUOUS_OFFICES = (
    "President of Türkiye", "Minister of Foreign Affairs", "Minister of National Defence",
    "Minister of Interior", "Minister of Energy and Natural Resources",
    "Chief of the General Staff", "Director of the National Intelligence Organization (MIT)",
    "Speaker of the Grand National Assembly", "Minister of Trade",
)  # fmt: skip


@pytest.mark.parametrize("office", CONTINUOUS_OFFICES)
def test_turkish_offices_have_unbroken_terms_since_2011(kb, office) -> None:
    today = date.today().isoformat()  # read once: the test may run across midnight
    terms = sorted(
        (t.start, t.end or today, e.id)
        for e in _own(kb)
        if e.country == "TR"
        for t in e.terms
        if t.role == office and t.start
    )
    assert terms, office
    assert terms[-1][1] >= today[:7], "nobody holds it today"
    # the Ministry of Trade was created in July 2018 (from economy and customs)
    since = "2018-07" if office == "Minister of Trade" else "2011-07"
    assert _month(terms[0][0]) <= _month(since), f"{office}: first term starts {terms[0]}"
    covered = _month(terms[0][1])
    for start, end, holder in terms[1:]:
        assert _month(start) <= covered + 1, f"{office}: gap before {holder} ({start})"
        covered = max(covered, _month(end))


def test_head_of_government_and_treasury_successions(kb) -> None:
    def holders(role: str) -> list[str]:
        return [
            e.id
            for _start, e in sorted(
                (t.start, e) for e in _own(kb) for t in e.terms if t.role == role and t.start
            )
        ]

    assert holders("Prime Minister of Türkiye") == [
        "person:recep-tayyip-erdogan", "person:ahmet-davutoglu", "person:binali-yildirim",
    ]  # fmt: skip
    assert holders("Minister of Treasury and Finance") == [
        "person:berat-albayrak", "person:lutfi-elvan", "person:nureddin-nebati",
        "person:mehmet-simsek",
    ]  # fmt: skip


def _mentions(detector: EntityDetector, text: str, lang: str) -> list[tuple[str, str]]:
    found = [(m.start, m.text, e.id) for e in detector.detect(fold(text), lang) for m in e.mentions]
    return [(surface, eid) for _s, surface, eid in sorted(found)]


def test_akar_is_a_surname_matched_capitalised_only(detector) -> None:
    text = (
        "Milli Savunma Bakanı Hulusi Akar, Trablus'ta incelemelerde bulundu. "
        "Akar'ın açıklamasına göre nehir buradan akar."
    )
    found = _mentions(detector, text, "tr")
    assert [s for s, eid in found if eid == "person:hulusi-akar"] == ["Hulusi Akar", "Akar"]


def test_bayraktar_alone_is_the_drone_not_a_person(detector) -> None:
    text = (
        "Bayraktar TB2 drones struck the base. Energy Minister Alparslan Bayraktar was in Ankara."
    )
    people = [s for s, eid in _mentions(detector, text, "en") if eid.startswith("person:")]
    assert people == ["Alparslan Bayraktar"]


def test_shared_common_surname_follows_the_bearer_named_last(detector) -> None:
    text = (
        "Turkish Vice President Cevdet Yilmaz spoke in Ankara. In Tripoli, ambassador "
        "Kenan Yilmaz met the minister. Yilmaz said the talks went well."
    )
    found = _mentions(detector, text, "en")
    assert found.count(("Yilmaz", "person:kenan-yilmaz")) == 1
    assert ("Yilmaz", "person:cevdet-yilmaz") not in found


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # آفاد (AFAD) would fold like أفاد "stated": only longer forms are listed
        ("وأفاد مصدر بأن الاجتماع انتهى.", "ar", "org:afad"),
        # روسيا اليوم reads as "Russia today" in running text
        ("وتسعى روسيا اليوم إلى تعزيز حضورها.", "ar", "org:rt"),
        # الجزيرة alone is "the island": weak, so not linked without the channel named
        ("وصل الوفد إلى الجزيرة مساء.", "ar", "org:al-jazeera"),
        # Sabah is "morning" in Turkish
        ("Sabah saatlerinde heyet Trablus'a ulaştı.", "tr", "org:sabah"),
    ],
)
def test_outlet_names_that_are_common_words_do_not_link(detector, text, lang, absent) -> None:
    assert absent not in {eid for _s, eid in _mentions(detector, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entity"),
    [
        ("ونقلت وكالة الأناضول عن مصدر أن الاجتماع انتهى.", "ar", "وكالة الأناضول", "org:anadolu-agency"),
        ("Görüşmeye ilişkin açıklama AA muhabirine yapıldı.", "tr", "AA", "org:anadolu-agency"),
        ("ونقلت تي آر تي عربي عن مصدر أن الاجتماع انتهى.", "ar", "تي آر تي عربي", "org:trt-arabi"),
        ("قال مولود تشاووش أوغلو إن الاجتماع مهم.", "ar", "مولود تشاووش أوغلو", "person:mevlut-cavusoglu"),
        ("Mevlut Chavushoglu met Fayez al-Sarraj.", "en", "Mevlut Chavushoglu", "person:mevlut-cavusoglu"),
        ("Former UN envoy Ghassan Salame briefed the council.", "en", "Ghassan Salame", "person:ghassan-salame"),
    ],
)  # fmt: skip
def test_outlets_and_transliterations_link(detector, text, lang, surface, entity) -> None:
    assert (surface, entity) in _mentions(detector, text, lang)
