"""The language of short texts (issue #12): headlines, wire flashes and alerts' one-line
inputs, decided by script and words before the model, which hesitates on them."""

from __future__ import annotations

import pytest

from wirewatch.core.language import SHORT_TEXT_CONFIDENCE, detect_language
from wirewatch.core.short_language import (
    ShortVerdict,
    dominant_script,
    normal_hint,
    short_text_language,
)

LANGS = ("ar", "en", "tr", "fr", "de", "es", "it", "ru", "el", "fa", "ur", "he", "pt", "nl")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # English, with Turkish and Libyan names (the model read these as Turkish)
        ("Erdogan received Dbeibah in Ankara.", "en"),
        ("Erdoğan hosts Menfi at the Vahdettin Pavilion", "en"),
        ("Çavuşoğlu, Mangoush sign maritime deal", "en"),
        ("Türkiye's Fidan holds talks with Haftar's son", "en"),
        ("Kalın phoned Saddam Haftar on Tuesday", "en"),
        ("ERDOGAN SAYS TURKISH TROOPS WILL STAY", "en"),
        ("ERDOĞAN MEETS DBEIBAH IN ANKARA", "en"),
        # Turkish: function words, Turkish letters in common words, case endings on names
        ("Erdoğan Dbeybe'yi Ankara'da kabul etti.", "tr"),
        ("Fidan, NATO ile görüştü", "tr"),
        ("Kalin Bingazi'de Hafter ile bir araya geldi", "tr"),
        ("Erdogan Dbeybe ile gorustu", "tr"),
        ("ERDOĞAN DBEYBE'Yİ KABUL ETTİ", "tr"),
        ("DIŞİŞLERİ BAKANI FİDAN TRABLUS'TA", "tr"),
        ("Güler Trablus'ta Libyalı mevkidaşıyla görüştü", "tr"),
        # Arabic, with or without a function word
        ("أردوغان يستقبل الدبيبة", "ar"),
        ("المنفي يتلقى اتصالا هاتفيا من فيدان", "ar"),
    ],
)
def test_short_headlines_get_their_language_without_a_hint(text: str, lang: str) -> None:
    guess = detect_language(text)
    assert (guess.lang, guess.from_hint) == (lang, False)
    assert guess.confidence == SHORT_TEXT_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a wrong hint in the same script gives way to the text's own words
        ("Erdogan received Dbeibah in Ankara.", "tr"),
        ("Erdoğan Dbeybe'yi Ankara'da kabul etti.", "en"),
    ],
)
def test_the_texts_words_outrank_a_wrong_hint(text: str, lang: str) -> None:
    assert detect_language(text, hint=lang).lang != lang


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # no word of either list: the producer's language, written in this script
        ("Haftar Kalin Benghazi", "en"),
        ("Haftar Kalin Benghazi", "tr"),
        ("Erdogan a reçu Dbeibah à Ankara", "fr"),
        ("Erdogan traf Dbeibah in Ankara", "de"),
    ],
)
def test_a_hint_in_the_texts_script_settles_what_the_words_do_not(text: str, hint: str) -> None:
    guess = detect_language(text, hint=hint)
    assert (guess.lang, guess.from_hint) == (hint, True)


def test_a_hint_in_another_script_is_not_taken_for_a_short_text() -> None:
    # Arabic script is Arabic whatever the producer declared in Latin
    assert detect_language("أردوغان يستقبل الدبيبة", hint="en").lang == "ar"
    assert short_text_language("Haftar Kalin Benghazi", "ar", LANGS) is None


def test_persian_and_urdu_letters_leave_arabic_script_to_the_model_or_a_hint() -> None:
    persian = "اردوغان با دبیبه دیدار کرد"  # ی and ک: Persian
    assert short_text_language(persian, None, LANGS) is None
    assert detect_language(persian).lang != "ar"
    assert short_text_language(persian, "fa", LANGS) == ShortVerdict("fa", from_hint=True)
    # a declared Persian is believed even without its letters
    assert short_text_language("اردوغان والدبيبة", "fa", LANGS) == ShortVerdict("fa", True)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan a reçu Dbeibah à Ankara",  # French
        "Erdogan recibió a Dbeibah en Ankara",  # Spanish: "en", "a" are no English cues
        "Erdogan traf Dbeibah in Ankara",  # German
        "Erdogan ontmoette Dbeibah in Ankara",  # Dutch
        "Haftar Kalin Benghazi",  # names only
    ],
)
def test_other_latin_languages_and_bare_names_are_not_decided_by_the_words(text: str) -> None:
    assert short_text_language(text, None, LANGS) is None


@pytest.mark.parametrize(
    "text",
    [
        # as many English cues as Turkish ones: neither wins
        "Erdoğan ile the minister",
        # mixed scripts, neither at 80 %
        "Dbeibah الدبيبة",
    ],
)
def test_a_text_with_no_clear_majority_is_left_to_the_model(text: str) -> None:
    assert short_text_language(text, None, LANGS) is None


def test_a_closed_language_set_without_english_or_turkish_is_respected() -> None:
    assert short_text_language("Erdogan received Dbeibah in Ankara.", None, ("tr", "fr")) is None
    assert short_text_language("أردوغان يستقبل الدبيبة", None, ("en", "tr")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fidan met Haftar in Benghazi.",
        "Dbeibah in Ankara",
        "Kalın met Saddam Haftar",
        "HAFTAR MET FIDAN IN BENGHAZI",
        "Güler was in Tripoli on Monday",
    ],
)
def test_names_joined_only_by_words_english_shares_are_english(text: str) -> None:
    # "met", "in", "on", "was" are Dutch or German words too, but no word of another
    # language is there to claim the text (the model read the first as Dutch)
    assert short_text_language(text, None, LANGS) == ShortVerdict("en", from_hint=False)
    assert short_text_language(text, "nl", LANGS) == ShortVerdict("en", from_hint=False)


@pytest.mark.parametrize(
    "text",
    [
        "Fidan ontmoette Haftar in Benghazi",  # Dutch: a word of its own beside "in"
        "Erdogan traf Dbeibah in Ankara",  # German
        "Erdogan war in Ankara",  # German "war" (was): not among the shared words
        "met in",  # no name: nothing says English
    ],
)
def test_shared_words_do_not_claim_a_text_another_language_writes(text: str) -> None:
    assert short_text_language(text, None, LANGS) is None


def test_long_text_keeps_the_letter_rules_and_the_model() -> None:
    long_english = "Erdogan received Dbeibah in Ankara on Monday for talks on energy. " * 3
    assert detect_language(long_english).confidence != SHORT_TEXT_CONFIDENCE


def test_dominant_script() -> None:
    assert dominant_script("Erdoğan, Dbeibah") == "latin"
    assert dominant_script("المنفي يلتقي رئيس (NOC)") == "arabic"
    assert dominant_script("الدبيبة (NOC)") is None  # 70 % only
    assert dominant_script("12:30 —") is None


@pytest.mark.parametrize(
    ("hint", "code"),
    [
        ("en", "en"),
        (" EN-gb ", "en"),
        ("tr_TR", "tr"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("eng", "en"),
        ("per", "fa"),
        ("ar-LY", "ar"),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_declared_languages_are_read_as_two_letter_codes(
    hint: str | None, code: str | None
) -> None:
    assert normal_hint(hint) == code


def test_a_three_letter_hint_reaches_the_detector() -> None:
    guess = detect_language("Haftar Kalin Benghazi", hint="tur")
    assert (guess.lang, guess.from_hint) == ("tr", True)
