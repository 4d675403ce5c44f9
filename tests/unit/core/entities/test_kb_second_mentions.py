"""Short forms real copy uses on a second mention (قالين, عقيلة, أوغلو, حماس, بلقاسم):
weak aliases in the KB, so they link only when the article has already named the
entity in full, and never alone (they are also common words or name endings)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _mentions(detector: EntityDetector, text: str, lang: str, entity_id: str) -> list[str]:
    for entity in detector.detect(fold(text), lang):
        if entity.id == entity_id:
            return [m.text for m in entity.mentions]
    return []


@pytest.mark.parametrize(
    ("full", "second", "entity_id"),
    [
        (
            "التقى رئيس الاستخبارات التركية إبراهيم قالين بالمشير.",
            "وقال قالين",
            "person:ibrahim-kalin",
        ),
        ("استقبل رئيس مجلس النواب عقيلة صالح السفير التركي.", "وأكد عقيلة", "person:aguila-saleh"),
        (
            "قال وزير الخارجية مولود جاويش أوغلو إن بلاده تدعم الحكومة.",
            "وأضاف أوغلو",
            "person:mevlut-cavusoglu",
        ),
        ("أعلنت حركة حماس موقفها من الاتفاق.", "وقالت حماس", "org:hamas"),
        ("وصل بلقاسم حفتر إلى أنقرة.", "والتقى بلقاسم", "person:belqasem-haftar"),
    ],
)
def test_a_second_mention_links_after_the_full_name(detector, full, second, entity_id) -> None:
    text = f"{full} {second} إن المحادثات كانت مثمرة."
    assert second.split()[-1] in _mentions(detector, text, "ar", entity_id)
    # alone, the short form names no one: it is a common word or a name ending
    assert _mentions(detector, f"{second} إن المحادثات كانت مثمرة.", "ar", entity_id) == []


def test_a_common_word_with_a_fused_preposition_is_not_the_name(detector) -> None:
    text = "أعلنت حركة حماس موقفها، واستقبل الناس القرار بحماس كبير."
    assert _mentions(detector, text, "ar", "org:hamas") == ["حركة حماس"]


def test_a_title_prefixed_alias_would_make_its_first_word_a_given_name(detector) -> None:
    # "Libyan Foreign Minister X" as an alias made "Libyan" a given name, and the
    # nationality stopped starting the generic-actor pattern: persons carry names only
    text = "Turkey hosted a Libyan military delegation in Ankara on Wednesday."
    ids = {e.id for e in detector.detect(fold(text), "en")}
    assert "org:generic:LY:delegation" in ids


# A rank right before a shared surname that is also a common word (Güler "smiling",
# صالح "good") makes it a family name: it links to the bearer the article named in
# full earlier, else to the clearly most prominent bearer; without the rank, or with
# bearers of equal standing, it names no one.
@pytest.mark.parametrize(
    ("text", "lang", "entity_id", "mention"),
    [
        (
            "Bakan Akar ve Orgeneral Güler, Trablus'ta çalışmalara ilişkin bilgi aldı.",
            "tr",
            "person:yasar-guler",
            "Güler",
        ),
        (
            "Bakan Akar, Orgeneral Güler’le birlikte Libya’da temaslarını sürdürdü.",
            "tr",
            "person:yasar-guler",
            "Güler",
        ),
    ],
)
def test_a_rank_makes_a_common_word_surname_a_name(
    detector, text: str, lang: str, entity_id: str, mention: str
) -> None:
    assert _mentions(detector, text, lang, entity_id) == [mention]


def test_without_a_rank_the_common_word_surname_stays_a_word(detector) -> None:
    text = "Güler yüzlü bir karşılama yapıldı ve Akar açıklama yaptı."
    assert _mentions(detector, text, "tr", "person:yasar-guler") == []
    assert _mentions(detector, text, "tr", "person:muammer-guler") == []


def test_a_rank_picks_the_bearer_named_earlier_over_the_more_prominent(detector) -> None:
    text = (
        "İçişleri Bakanı Muammer Güler Trablus'a gitti. Ziyarette Sayın Güler, "
        "Libyalı mevkidaşıyla görüştü."
    )
    assert _mentions(detector, text, "tr", "person:muammer-guler") == ["Muammer Güler", "Güler"]
    assert _mentions(detector, text, "tr", "person:yasar-guler") == []


def test_an_arabic_rank_makes_a_common_word_surname_a_name(detector) -> None:
    # الحداد is also "mourning": alone it names no one, after العميد it is the chief of staff
    text = "وقال العميد الحداد إن التعاون العسكري مستمر."
    assert _mentions(detector, text, "ar", "person:mohammed-al-haddad") == ["الحداد"]
    assert _mentions(detector, "وأعلن الحداد على الضحايا.", "ar", "person:mohammed-al-haddad") == []


def test_a_rank_that_is_also_a_word_makes_no_name(detector) -> None:
    # الفريق is also "the team", اللواء "the brigade" (lexicon: ranks_also_words)
    for text in ("فاز الفريق الكبير بالمباراة.", "وأعلن اللواء الحداد على قائده."):
        names = {e.id for e in detector.detect(fold(text), "ar")}
        assert not names & {"person:sadiq-al-kabir", "person:mohammed-al-haddad"}


def test_a_common_word_after_in_is_the_word_even_after_the_full_name(detector) -> None:
    # stoplists.yaml common_word_contexts: في المنفى is "in exile", not al-Menfi
    text = (
        "بحث رئيس المجلس الرئاسي محمد المنفي تطورات العملية السياسية. وقال المنفي إن "
        "المجلس يدعم الخطة. ويعيش آلاف الليبيين في المنفى منذ سنوات."
    )
    mentions = _mentions(detector, text, "ar", "person:mohamed-menfi")
    assert mentions == ["محمد المنفي", "المنفي"]
