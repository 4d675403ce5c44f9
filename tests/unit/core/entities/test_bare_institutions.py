"""Bare institution names (وزارة الدفاع, الرئاسة) link to one country's institution
only when the article says which (lexicons/entities/institutions.yaml), and Arabic
names whose tail is quoted (منصة "إكس") match as their unquoted alias does."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _linked(detector: EntityDetector, text: str, lang: str = "ar") -> dict[str, list[str]]:
    return {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # cue 1: a place right after it
        ("التقى الوزيران في مقر وزارة الدفاع بالعاصمة الليبية طرابلس.", "org:ly-mod"),
        # cue 1: the person right after a title holding the bare name
        ("وحضر اللقاء متحدث الرئاسة إبراهيم قالن.", "org:tr-presidency"),
        ("وكان رئيس جهاز المخابرات هاكان فيدان حاضرا.", "org:mit"),
        # cue 1: a nationality adjective agreeing with the head, not the institution
        ("وقال رئيس الاستخبارات التركي إن الزيارة مهمة.", "org:mit"),
        # cue 1: an organisation of known country after a relative adjective
        ("قالت وزارة الخارجية التابعة لحكومة الوفاق إن الاتصال تم.", "org:ly-mfa"),
        # cue 3: the head's title elsewhere in the article points to one country
        (
            "وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس. وأفاد بيان صادر عن وزارة "
            "الدفاع أن رئيس الأركان يرافقه.",
            "org:tr-mod",
        ),
    ],
)
def test_a_bare_institution_links_to_the_country_the_article_gives(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _linked(detector, text)


def test_the_qualified_name_earlier_in_the_article_decides(detector: EntityDetector) -> None:
    text = "أعلنت وزارة الدفاع التركية وصول سفينة. وقالت وزارة الدفاع إن المهمة تدريبية."
    assert _linked(detector, text)["org:tr-mod"] == ["وزارة الدفاع التركية", "وزارة الدفاع"]


@pytest.mark.parametrize(
    "text",
    [
        # no cue at all
        "وقالت وزارة الدفاع إن المهمة تدريبية.",
        # a country after a complementiser is what the ministry said, not whose it is
        "وقالت وزارة الدفاع إن تركيا سترسل سفينة.",
        # a country the lexicon lists no institution for
        "وقالت وزارة الدفاع الأمريكية إن المهمة تدريبية.",
        # the clause ends before the cue
        "وقالت وزارة الدفاع. طرابلس تستعد.",
    ],
)
def test_without_a_cue_for_turkey_or_libya_a_bare_institution_stays_unlinked(
    detector: EntityDetector, text: str
) -> None:
    linked = _linked(detector, text)
    assert not {"org:tr-mod", "org:ly-mod"} & set(linked)


def test_titles_pointing_to_two_countries_link_nothing(detector: EntityDetector) -> None:
    text = (
        "التقى وزير الدفاع التركي خلوصي أكار وزير الدفاع الليبي صلاح الدين النمروش. "
        "وقالت وزارة الدفاع إن اللقاء مثمر."
    )
    linked = _linked(detector, text)
    assert not {"org:tr-mod", "org:ly-mod"} & set(linked)


def test_bare_names_are_read_only_in_their_language(detector: EntityDetector) -> None:
    # English has its own bare names (test_bare_institutions_country_first.py); a
    # language without a list reads none, not another language's
    text = "Foreign Ministry spokesman Hakan Fidan said."
    assert _linked(detector, text, "en").get("org:tr-mfa") == ["Foreign Ministry"]
    assert _linked(detector, text, "tr").get("org:tr-mfa") is None


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        ('ونشر حساب الوزارة على منصة "إكس" صورا.', "org:x-twitter", 'منصة "إكس"'),
        ("رئيس المكتب السياسي لحركة “حماس” إسماعيل هنية", "org:hamas", "حركة “حماس”"),
        ("ونقلت وكالة «الأناضول» عن مصادر", "org:anadolu-agency", "وكالة «الأناضول»"),
    ],
)
def test_an_arabic_name_with_its_tail_quoted_matches_its_alias(
    detector: EntityDetector, text: str, entity_id: str, mention: str
) -> None:
    assert _linked(detector, text).get(entity_id) == [mention]


def test_a_quote_alone_does_not_make_a_common_word_a_name(detector: EntityDetector) -> None:
    # bare حماس (enthusiasm) stays weak: only the quoted *full* name links
    assert "org:hamas" not in _linked(detector, 'استقبل الجمهور الفريق "بحماس" كبير.')


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وقال المشري إن المجلس يرفض القرار.", "person:khalid-al-mishri"),
        ("وقال اللافي في بيان إن اللقاء كان مثمرا.", "person:abdullah-al-lafi"),
        ("وأكد تكالة دعم المجلس للحوار.", "person:mohamed-takala"),
    ],
)
def test_a_surname_that_is_no_arabic_word_links_alone(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _linked(detector, text)


def test_erdogan_with_the_article_on_tayyip_is_one_name(detector: EntityDetector) -> None:
    linked = _linked(detector, "التقى الرئيس التركي رجب الطيب أردوغان نظيره.")
    assert linked["person:recep-tayyip-erdogan"] == ["رجب الطيب أردوغان"]
    assert not [i for i in linked if i.startswith("person:pattern:")]


@pytest.mark.parametrize(
    "text",
    [
        # a preposition after the title is no name (وفق = according to)
        "استقبل رئيس الأركان التركي، وفق مراسم الاستقبال الرسمية، نظيره.",
        # a second title after the first one's place is no name either
        "استقبل السفير التركي لدى ليبيا، وقائد السفينة الحربية التركية، الوفد.",
    ],
)
def test_a_pattern_takes_no_function_word_or_title_for_a_name(
    detector: EntityDetector, text: str
) -> None:
    assert not [i for i in _linked(detector, text) if i.startswith("person:pattern:")]


def test_the_presidency_named_bare_in_a_staff_title(detector: EntityDetector) -> None:
    text = "وحضر الأمين العام لرئاسة الجمهورية حقي صوصماز اللقاء."
    linked = _linked(detector, text)
    assert linked["org:tr-presidency"] == ["رئاسة الجمهورية"]
    assert linked["person:hakki-susmaz"] == ["حقي صوصماز"]
