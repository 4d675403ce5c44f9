"""Entity matching rules, each in Arabic, English and Turkish."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector, countries_of
from wirewatch.core.textfold import fold


def run(detector: EntityDetector, text: str, lang: str | None):
    entities = detector.detect(fold(text), lang)
    for ent in entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
    return entities


def mentions(detector: EntityDetector, text: str, lang: str | None) -> list[tuple[str, str]]:
    out = [(m.start, m.text, e.id) for e in run(detector, text, lang) for m in e.mentions]
    return [(surface, eid) for _s, surface, eid in sorted(out)]


def ids(detector: EntityDetector, text: str, lang: str | None) -> set[str]:
    return {e.id for e in run(detector, text, lang)}


# -- Arabic proclitics, Turkish suffixes, English possessives -----------------------------


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("قال مصدر لحفتر إن اللقاء انتهى", "حفتر", "person:khalifa-haftar"),
        ("وصل الوفد بأنقرة مساء أمس", "أنقرة", "loc:ankara"),
        ("زار الوزير طرابلس وبنغازي", "بنغازي", "loc:benghazi"),
        ("قال مسؤول مقرب للدبيبة إن الاجتماع مهم", "للدبيبة", "person:abdul-hamid-dbeibah"),
        ("وفي المقابل رحب الجانب والتركي", "التركي", "gpe:TR"),
        ("وقالت الحكومة فالقاهرة ترفض", "القاهرة", "loc:cairo"),
    ],
)
def test_arabic_proclitics(detector, text, surface, entity) -> None:
    assert (surface, entity) in mentions(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Hafter'in açıklaması bekleniyor.", "Hafter", "person:khalifa-haftar"),
        ("Toplantı Ankara'da yapıldı.", "Ankara", "loc:ankara"),
        ("Heyet Bingazi'de temaslarda bulundu.", "Bingazi", "loc:benghazi"),
        ("Heyet Bingazide temaslarda bulundu.", "Bingazi", "loc:benghazi"),
        ("Dışişleri Bakanlığına göre görüşme iyi geçti.", "Dışişleri Bakanlığı", "org:tr-mfa"),
        ("Hafter’in oğlu konuştu.", "Hafter", "person:khalifa-haftar"),
    ],
)
def test_turkish_suffixes(detector, text, surface, entity) -> None:
    assert (surface, entity) in mentions(detector, text, "tr")


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Haftar's forces advanced on Tripoli.", "Haftar's forces", "org:ly-lna"),
        ("Kalin's visit was announced.", "Kalin", "person:ibrahim-kalin"),
        ("Erdogan’s spokesman spoke.", "Erdogan", "person:recep-tayyip-erdogan"),
        ("Libya's oil output rose.", "Libya", "gpe:LY"),
    ],
)
def test_english_possessives(detector, text, surface, entity) -> None:
    assert (surface, entity) in mentions(detector, text, "en")


# -- word boundaries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("وصلت السفينة إلى ميناء تركيا الكبير", "ar", "التركي"),  # تركي inside تركيا
        ("قالت المصادر إن الأمر انتهى", "ar", "قالن"),  # قال is no قالن
        ("The Libyanization of the force", "en", "Libya"),
        ("A bilateral Unesco report", "en", "UN"),
        ("Kalınlık ölçüldü ve fidanlar dikildi.", "tr", "Kalın"),
        ("Mali yardım paketleri açıklandı.", "tr", "Mali"),
    ],
)
def test_no_match_inside_words(detector, text, lang, absent) -> None:
    assert all(surface != absent for surface, _ in mentions(detector, text, lang))
    if lang == "ar" and absent == "التركي":
        assert "gpe:TR" in ids(detector, text, lang)  # تركيا itself is the country


# -- longest match, surnames in context ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entity"),
    [
        ("استقبل صدام حفتر الوفد", "ar", "صدام حفتر", "person:saddam-haftar"),
        ("Saddam Haftar received the delegation.", "en", "Saddam Haftar", "person:saddam-haftar"),
        ("Saddam Hafter heyeti kabul etti.", "tr", "Saddam Hafter", "person:saddam-haftar"),
        ("وصل جهاز المخابرات التركي", "ar", "جهاز المخابرات التركي", "org:mit"),
        ("The Turkish Defence Ministry said", "en", "Turkish Defence Ministry", "org:tr-mod"),
        ("Libya Ulusal Ordusu açıklama yaptı", "tr", "Libya Ulusal Ordusu", "org:ly-lna"),
    ],
)
def test_longest_match_wins(detector, text, lang, surface, entity) -> None:
    found = mentions(detector, text, lang)
    assert (surface, entity) in found
    assert len([s for s, _ in found if s in surface]) == 1


@pytest.mark.parametrize(
    ("alone", "after_saddam", "lang"),
    [
        ("قال حفتر إن الجيش جاهز.", "التقى صدام حفتر الوفد. وقال حفتر إن الجيش جاهز.", "ar"),
        (
            "Haftar said the army was ready.",
            "Saddam Haftar met the delegation. Haftar said the army was ready.",
            "en",
        ),
        (
            "Hafter ordunun hazır olduğunu söyledi.",
            "Saddam Hafter heyetle görüştü. Hafter ordunun hazır olduğunu söyledi.",
            "tr",
        ),
    ],
)
def test_surname_links_to_family_member_named_just_before(
    detector, alone, after_saddam, lang
) -> None:
    assert ids(detector, alone, lang) == {"person:khalifa-haftar"}
    assert ids(detector, after_saddam, lang) == {"person:saddam-haftar"}


def test_surname_far_from_last_bearer_goes_back_to_most_prominent(detector) -> None:
    text = "Saddam Haftar met the delegation.\n" + "Talks went on. " * 30 + "\nHaftar later said."
    found = mentions(detector, text, "en")
    assert found[-1] == ("Haftar", "person:saddam-haftar")  # only bearer named in the article
    text = (
        "Khalifa Haftar opened the talks. Saddam Haftar met the delegation.\n"
        + ("Talks went on. " * 30)
        + "\nHaftar later said."
    )
    assert mentions(detector, text, "en")[-1] == ("Haftar", "person:khalifa-haftar")


# -- names that look like common words ---------------------------------------------------------


def test_common_words_are_not_names(detector) -> None:
    assert "person:aguila-saleh" not in ids(detector, "صوت المجلس لصالح القانون.", "ar")
    assert ids(detector, "Families bought a turkey and told us.", "en") == set()
    assert ids(detector, "Hava kalın bulutlarla kaplıydı, fidan dikildi.", "tr") == set()
    # mourning before the full name is no name; after it, the short name links
    text = "أعلنت البلدية الحداد ثلاثة أيام، ووصل محمد الحداد. وقال الحداد إن الوضع صعب."
    found = mentions(detector, text, "ar")
    assert [s for s, e in found if e == "person:mohammed-al-haddad"] == ["محمد الحداد", "الحداد"]
    assert found[-1][0] == "الحداد" and text.rindex("الحداد") > text.index("محمد")


def test_common_word_surname_after_a_title(detector) -> None:
    assert ids(detector, "MİT Başkanı Kalın Trablus'a gitti.", "tr") >= {"person:ibrahim-kalin"}
    assert "person:ibrahim-kalin" not in ids(detector, "Kalın bir sis vardı.", "tr")


# -- nationality adjectives and generic national actors ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entity"),
    [
        ("التقى حفتر الوفد التركي في بنغازي", "ar", "الوفد التركي", "org:generic:TR:delegation"),
        ("وصل وفد عسكري تركي إلى مصراتة", "ar", "وفد عسكري تركي", "org:generic:TR:delegation"),
        (
            "استقبل وفدا عسكريا تركيا في بنغازي",
            "ar",
            "وفدا عسكريا تركيا",
            "org:generic:TR:delegation",
        ),
        (
            "A Turkish delegation arrived in Tripoli.",
            "en",
            "Turkish delegation",
            "org:generic:TR:delegation",
        ),
        ("Libyan officials welcomed it.", "en", "Libyan officials", "org:generic:LY:officials"),
        ("Türk heyeti Bingazi'ye vardı.", "tr", "Türk heyeti", "org:generic:TR:delegation"),
        ("Libyalı yetkililerle görüştü.", "tr", "Libyalı yetkililerle", "org:generic:LY:officials"),
    ],
)
def test_generic_national_actors(detector, text, lang, surface, entity) -> None:
    entities = {e.id: e for e in run(detector, text, lang)}
    assert entity in entities
    ent = entities[entity]
    assert ent.type.value == "ORG" and ent.found_by == "nationality"
    assert ent.country == entity.split(":")[2]
    assert ent.mentions[0].text == surface


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [("رست سفينة حربية تركية في الميناء", "ar", "TR"), ("a Libyan ship docked", "en", "LY"),
     ("Türk savaş gemisi limana girdi", "tr", "TR")],
)  # fmt: skip
def test_nationality_alone_gives_the_country(detector, text, lang, country) -> None:
    entities = run(detector, text, lang)
    assert countries_of(entities) == [country]
    assert entities[0].found_by == "nationality"


# -- officials found by pattern -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "country", "role"),
    [
        ("أعلن السفير التركي لدى ليبيا مراد أوزتورك أن السفارة ستفتح.", "ar", "مراد أوزتورك", "TR", "ambassador"),
        ("قال الملحق العسكري التركي في طرابلس العقيد أورهان دميرطاش إن التدريب مستمر.", "ar", "أورهان دميرطاش", "TR", "military attaché"),
        ("وسلم السفير الليبي لدى تركيا عبد الرزاق القويري أوراقه.", "ar", "عبد الرزاق القويري", "LY", "ambassador"),
        ("Turkish ambassador Murat Ozturk met the press.", "en", "Murat Ozturk", "TR", "ambassador"),
        ("Libya's ambassador to Turkey, Ahmed Ali Ghwila, said so.", "en", "Ahmed Ali Ghwila", "LY", "ambassador"),
        ("Libya Genelkurmay Başkanı Orgeneral Salih Ahmed el-Obeydi Ankara'da.", "tr", "Salih Ahmed el-Obeydi", "LY", "chief of general staff"),
        ("Libya'nın Ankara Büyükelçisi Mustafa Kerim Sabri açıklama yaptı.", "tr", "Mustafa Kerim Sabri", "LY", "ambassador"),
    ],
)  # fmt: skip
def test_officials_by_pattern(detector, text, lang, name, country, role) -> None:
    found = [e for e in run(detector, text, lang) if e.found_by == "pattern"]
    assert len(found) == 1
    person = found[0]
    assert person.type.value == "PERSON" and person.country == country and person.role == role
    assert person.mentions[0].text == name
    assert person.id == "person:pattern:" + "-".join(fold(name).folded.split())


def test_pattern_person_is_found_again_by_surname(detector) -> None:
    text = "Turkish ambassador Murat Ozturk met the press. Ozturk said talks went well."
    person = next(e for e in run(detector, text, "en") if e.found_by == "pattern")
    assert [m.text for m in person.mentions] == ["Murat Ozturk", "Ozturk"]


def test_known_official_is_linked_not_patterned(detector) -> None:
    text = "السفير التركي لدى ليبيا غوفين بيغيتش"
    found = run(detector, text, "ar")
    assert "person:guven-begec" in {e.id for e in found}
    assert all(e.found_by != "pattern" for e in found)


def test_no_pattern_without_a_name(detector) -> None:
    for text, lang in (
        ("السفير التركي زار طرابلس أمس", "ar"),
        ("The Turkish ambassador said on Monday", "en"),
        ("Türk büyükelçi bugün açıklama yaptı", "tr"),
    ):
        assert all(e.found_by != "pattern" for e in run(detector, text, lang))


# -- letter case ----------------------------------------------------------------------------


def test_acronyms_need_capitals(detector) -> None:
    assert "org:mit" in ids(detector, "MİT'in açıklamasına göre", "tr")
    assert "org:mit" in ids(detector, "MIT chief Ibrahim Kalin", "en")
    assert ids(detector, "students of mit and us", "en") == set()


# -- merging, ordering, countries ---------------------------------------------------------------


def test_mentions_merge_and_entities_are_ordered(detector) -> None:
    text = "Hakan Fidan met Dbeibah in Tripoli. Fidan said Libya matters."
    entities = run(detector, text, "en")
    assert [e.id for e in entities] == [
        "person:hakan-fidan", "person:abdul-hamid-dbeibah", "loc:tripoli", "gpe:LY",
    ]  # fmt: skip
    assert [m.text for m in entities[0].mentions] == ["Hakan Fidan", "Fidan"]
    assert countries_of(entities) == ["LY", "TR"]


def test_no_language_given(detector) -> None:
    assert ids(detector, "Hafter'in heyeti Ankara'da", None) >= {
        "person:khalifa-haftar", "loc:ankara",
    }  # fmt: skip
    assert detector.detect(fold(""), None) == []


# -- a given name alone: only the person already named in the article --------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entity"),
    [
        (
            "استقبل صدام حفتر الوفد التركي. وقال صدام إن التعاون مستمر.",
            "ar",
            "صدام",
            "person:saddam-haftar",
        ),
        (  # proclitics as for surnames
            "استقبل صدام حفتر الوفد التركي. وقدم الوفد لصدام هدية.",
            "ar",
            "صدام",
            "person:saddam-haftar",
        ),
        (  # not a weak alias: given name from the KB name
            "التقى رئيس الأركان ياشار غولر الوفد. وقال ياشار إن اللقاء مثمر.",
            "ar",
            "ياشار",
            "person:yasar-guler",
        ),
        (
            "Hakan Fidan met the delegation. Hakan said the talks went well.",
            "en",
            "Hakan",
            "person:hakan-fidan",
        ),
        (  # named before by a linked surname (the most prominent bearer)
            "Haftar arrived in Ankara. Khalifa said the talks went well.",
            "en",
            "Khalifa",
            "person:khalifa-haftar",
        ),
        (  # Haftar's sons, both named in full before
            "Saddam Haftar and Khaled Haftar attended. Haftar's sons Saddam and Khaled spoke.",
            "en",
            "Khaled",
            "person:khaled-haftar",
        ),
    ],
)
def test_given_name_links_after_a_full_mention(detector, text, lang, surface, entity) -> None:
    assert (surface, entity) in mentions(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("وقال صدام إن التعاون مستمر. واستقبل صدام حفتر الوفد.", "ar", "صدام"),
        ("وقال خالد إن الاجتماع انتهى.", "ar", "خالد"),
        ("وقال محمد إن الاجتماع انتهى.", "ar", "محمد"),
        ("Hakan said the talks went well. Later Hakan Fidan left.", "en", "Hakan"),
        ("Hakan Fidan said the talks went well. Saddam spoke too.", "en", "Saddam"),
        ("Ali said the talks went well.", "en", "Ali"),
        ("Khaled Haftar met envoys. Khaled Mahjoub said no.", "en", "Khaled"),
    ],
)
def test_given_name_alone_needs_an_earlier_full_mention(detector, text, lang, absent) -> None:
    assert absent not in [surface for surface, _e in mentions(detector, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("التقى خالد حفتر وخالد المشري في طرابلس. وقال خالد إن اللقاء مثمر.", "ar", "خالد"),
        (
            "Stephanie Koury met Stephanie Williams. Stephanie said the talks went well.",
            "en",
            "Stephanie",
        ),
        (
            "Khalid al-Mishri met Khaled Haftar. Later Khaled said the talks went well.",
            "en",
            "Khaled",
        ),
    ],
)
def test_given_name_shared_by_two_people_named_before_is_skipped(
    detector, text, lang, surface
) -> None:
    assert surface not in [s for s, _e in mentions(detector, text, lang)]


# -- given names listed after a kinship phrase naming a family ------------------------------


def _spans(detector, text: str, lang: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ent in detector.detect(fold(text), lang):
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text  # offsets exact
            out.setdefault(ent.id, []).append(m.text)
    return out


@pytest.mark.parametrize(
    ("text", "lang", "saddam", "khaled"),
    [
        (  # before any full name; proclitic و on the second name; a later bare صدام
            "وحضر اللقاء نجلي حفتر صدام وخالد. وكان صدام قد استقبل الوفد التركي.",
            "ar",
            ["صدام", "صدام"],
            ["خالد"],
        ),
        (  # a comma and و
            "وحضر اللقاء أبناء حفتر صدام، وخالد.",
            "ar",
            ["صدام"],
            ["خالد"],
        ),
        (
            "Haftar's sons Saddam and Khaled attended the meeting. Saddam later met the envoy.",
            "en",
            ["Saddam", "Saddam"],
            ["Khaled"],
        ),
        (
            "The meeting was attended by the sons of Haftar, Saddam and Khaled.",
            "en",
            ["Saddam"],
            ["Khaled"],
        ),
        (
            "Toplantıya Hafter'in oğulları Saddam ve Halid de katıldı.",
            "tr",
            ["Saddam"],
            ["Halid"],
        ),
    ],
)
def test_kinship_list_links_given_names(detector, text, lang, saddam, khaled) -> None:
    spans = _spans(detector, text, lang)
    assert spans.get("person:saddam-haftar") == saddam
    assert spans.get("person:khaled-haftar") == khaled


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Haftar met Saddam and Khaled in Benghazi.", "en"),  # no kinship phrase
        ("التقى حفتر صدام وخالد في بنغازي.", "ar"),
        ("Haftar's sons attended. Saddam and Khaled spoke later.", "en"),  # list broken
        ("وحضر نجل حفتر بصدام", "ar"),  # not و: no list
    ],
)
def test_kinship_needs_the_phrase_and_the_list(detector, text, lang) -> None:
    spans = _spans(detector, text, lang)
    assert "person:saddam-haftar" not in spans
    assert "person:khaled-haftar" not in spans
