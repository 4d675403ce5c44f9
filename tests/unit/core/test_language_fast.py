"""The fast paths of normalisation, each held to the slower path it stands in for.

* language: the letter rules that settle plain English, Turkish and Arabic without the
  model, and leave everything else (Persian, Urdu, other languages, mixed or short
  text) to py3langid;
* folding: the vectorised table lookup against ``str.translate``;
* whitespace: ``collapse_spaces`` against split-and-join;
* parsing: ``parse_raw_article`` parsing bytes directly, and its rejections.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from schemas import DeadLetterReason, RawArticle
from wirewatch.core import language
from wirewatch.core.html import _UNUSUAL_SPACE, collapse_spaces
from wirewatch.core.language import (
    DEFAULT_LANGUAGES,
    RULE_CONFIDENCE,
    SAMPLE_CHARS,
    LanguageGuess,
    detect_language,
)
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import _DELETED_RE, _TABLE, fold, fold_char_string
from wirewatch.core.validate import Rejection, parse_raw_article
from wirewatch.testing.corpus import generate_articles

EVAL = Path(__file__).resolve().parents[3] / "wirewatch" / "data" / "eval"

EN = (
    "Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Monday for talks with Prime "
    "Minister Abdulhamid Dbeibah of the Government of National Unity, the first visit by "
    "the top diplomat to the Libyan capital this year."
)
TR = (
    "Dışişleri Bakanı Hakan Fidan, resmi temaslarda bulunmak üzere geldiği Trablus'ta Ulusal "
    "Birlik Hükümeti Başbakanı Abdulhamid Dibeybe ile bir araya geldi. Görüşmede iki ülke "
    "arasındaki işbirliği ele alındı."
)
AR = (
    "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس، الاثنين، في زيارة رسمية التقى خلالها "
    "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، وبحث الجانبان ملفات الطاقة والهجرة."
)
FA = (
    "وزیر امور خارجه ترکیه روز دوشنبه برای گفتگو با نخست وزیر لیبی وارد طرابلس شد. دو طرف "
    "درباره انرژی، مهاجرت و همکاری اقتصادی میان دو کشور گفتگو کردند."
)
OTHERS = {
    "fr": "Le ministre turc des Affaires étrangères, Hakan Fidan, est arrivé lundi à Tripoli "
    "pour des entretiens avec le Premier ministre libyen sur l'énergie, la migration et la "
    "coopération économique entre les deux pays.",
    "de": "Der türkische Außenminister Hakan Fidan ist am Montag zu Gesprächen mit dem "
    "libyschen Ministerpräsidenten in Tripolis eingetroffen. Beide Seiten sprachen über "
    "Energie, Migration und die wirtschaftliche Zusammenarbeit.",
    "nl": "De Turkse minister van Buitenlandse Zaken Hakan Fidan is maandag in Tripoli "
    "aangekomen voor gesprekken met de Libische premier over energie, migratie en de "
    "economische samenwerking tussen beide landen.",
    "es": "El ministro de Asuntos Exteriores de Turquía, Hakan Fidan, llegó el lunes a Trípoli "
    "para mantener conversaciones con el primer ministro libio sobre energía, migración y "
    "cooperación económica.",
}
# Azerbaijani is outside the closed set; the model maps it to Turkish, the rules must
# not get there on their own (it writes ı and ğ, but also ə).
AZ = (
    "Türkiyənin xarici işlər naziri Hakan Fidan bazar ertəsi Liviya baş naziri ilə görüşmək "
    "üçün Tripoliyə gəlib. Tərəflər enerji, miqrasiya və iqtisadi əməkdaşlıq məsələlərini "
    "müzakirə ediblər."
)


def _rule(text: str) -> str | None:
    return language._by_letters(text[:SAMPLE_CHARS], DEFAULT_LANGUAGES)


def _model(text: str) -> str:
    lang, _confidence = language._identifier(DEFAULT_LANGUAGES).classify(text[:SAMPLE_CHARS])
    return str(lang)


# -- language ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (EN.upper(), "en"), (TR, "tr")])
def test_plain_english_and_turkish_are_settled_by_the_letters(text: str, lang: str) -> None:
    assert _rule(text) == lang
    assert _model(text) == lang
    guess = detect_language(text)
    assert (guess.lang, guess.confidence, guess.from_hint) == (lang, RULE_CONFIDENCE, False)


def test_a_confident_rule_outranks_a_wrong_hint_as_the_model_does() -> None:
    assert detect_language(EN, hint="tr").lang == "en"
    assert detect_language(TR, hint="en").lang == "tr"


UR = (
    "ترکی کے وزیر خارجہ ہاکان فیدان پیر کے روز لیبیا کے وزیر اعظم سے بات چیت کے لیے طرابلس "
    "پہنچے۔ دونوں فریقوں نے توانائی، نقل مکانی اور اقتصادی تعاون پر تبادلہ خیال کیا۔"
)


def test_plain_arabic_is_settled_by_the_letters() -> None:
    text = AR + " " + AR
    assert _rule(text) == "ar"
    assert _model(text) == "ar"
    assert detect_language(text) == LanguageGuess("ar", RULE_CONFIDENCE)


@pytest.mark.parametrize(("text", "lang"), [(FA, "fa"), (UR, "ur")])
def test_persian_and_urdu_are_left_to_the_model(text: str, lang: str) -> None:
    # They share the Arabic script; their own letters send them to the model.
    assert _rule(text) is None
    assert detect_language(text).lang == lang


def test_arabic_with_a_persian_letter_is_left_to_the_model() -> None:
    text = AR + " " + AR.replace("هاكان", "هاگان")
    assert _rule(text) is None
    assert detect_language(text).lang == _model(text) == "ar"


def test_arabic_script_without_arabic_function_words_is_left_to_the_model() -> None:
    # Names and nouns only: nothing says Arabic rather than Persian.
    text = "طرابلس بنغازي مصراتة سرت " * 10
    assert _rule(text) is None


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_other_latin_languages_are_left_to_the_model(lang: str) -> None:
    assert _rule(OTHERS[lang]) is None
    assert detect_language(OTHERS[lang]).lang == lang


def test_a_language_outside_the_set_is_left_to_the_model() -> None:
    assert _rule(AZ) is None
    assert detect_language(AZ).lang == _model(AZ)


@pytest.mark.parametrize(
    "text",
    [
        # English and Arabic halves: neither script dominates.
        EN[:120] + " " + AR[:120],
        # English and Turkish: Turkish letters, but English function words too.
        "The minister said that the talks with the delegation were useful for both sides. "
        + "Dışişleri Bakanı Fidan, Trablus'ta görüştü ve iş birliği ele alındı.",
    ],
)
def test_mixed_text_falls_back_to_the_model(text: str) -> None:
    assert _rule(text) is None
    guess = detect_language(text)
    assert guess.lang == _model(text)


def test_short_text_falls_back_to_the_model_and_the_hint() -> None:
    text = "Haftar, Kalin, Benghazi, Monday."  # names only: nothing the words settle
    assert _rule(text) is None
    guess = detect_language(text, hint="en")
    assert (guess.lang, guess.from_hint) == ("en", True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Past the short-text length, with no English-only function word: names and
        # nouns that pulled the model to Turkish at 0.60.
        (
            "Dbeibah meets Erdogan. Turkish President Recep Tayyip Erdogan received "
            "Libyan Prime Minister Abdul Hamid Dbeibah in Ankara.",
            "en",
        ),
    ],
)
def test_where_the_model_hesitates_the_texts_own_words_decide(text: str, lang: str) -> None:
    assert _rule(text) is None
    assert _model(text) != lang  # the model alone is wrong here, and unsure
    assert detect_language(text).lang == lang


def test_a_confident_model_is_not_second_guessed_by_the_words() -> None:
    text = OTHERS["nl"]
    assert detect_language(text).lang == "nl"


def test_rules_stand_aside_for_a_language_set_they_were_not_made_for() -> None:
    assert language._rules_apply(DEFAULT_LANGUAGES)
    assert language._rules_apply(("en", "tr"))
    assert not language._rules_apply(("en", "tr", "az"))
    assert detect_language(TR, languages=("tr", "az")).confidence != RULE_CONFIDENCE


def _project_texts() -> list[str]:
    texts = []
    for article in generate_articles(240, seed=11):
        raw = RawArticle.model_validate(article)
        texts.append(clean_text(raw.body) or clean_text(raw.title or ""))
    for name in ("entities/articles.jsonl", "contacts/articles.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_rules_agree_with_the_model_on_project_texts() -> None:
    decided = 0
    for text in _project_texts():
        verdict = _rule(text)
        if verdict is not None:
            decided += 1
            assert verdict == _model(text), text[:120]
    assert decided > 100  # and most English and Turkish texts take the fast path


# -- folding -----------------------------------------------------------------------------


def _slow_fold(text: str) -> tuple[str, tuple[int, ...]]:
    folded = text.translate(_TABLE).lower()
    if len(folded) == len(text):
        return folded, ()
    return folded, tuple(m.start() - k for k, m in enumerate(_DELETED_RE.finditer(text)))


def test_vectorised_fold_matches_translate() -> None:
    rng = random.Random(5)
    alphabet = (
        [chr(code) for code in _TABLE]
        + list("abc XYZ İIıΣσς\n\t")
        + [chr(rng.randrange(0x80, 0x10000)) for _ in range(200)]
        + ["\U0001f600", "\ud800"]  # outside the BMP, and a lone surrogate
    )
    texts = [AR, TR, EN, FA, "إِبْرَاهِيمُ حفـــتر " * 20]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(0, 600))) for _ in range(400)]
    for text in texts:
        result = fold(text)
        assert (result.folded, result._shifts) == _slow_fold(text)
        assert fold_char_string(text) == text.translate(_TABLE).lower()


# -- whitespace --------------------------------------------------------------------------

_SPACES = re.compile(r"[^\S\n]+")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "one two",
        " one two",
        "one two ",
        "one  two",
        "one\ttwo",
        "one\xa0two",
        "one\u2009two\u3000",
        "one\x1ctwo",
        "one\u2028two",
        "one\ntwo",
        "إبراهيم قالن",
        "one\u200ctwo",  # not printable, no space: the pattern decides
        "one\u200c two\xa0",
    ],
)
def test_collapse_spaces_matches_split_and_join(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())
    if "\n" not in text:
        assert collapse_spaces(text) == _SPACES.sub(" ", text).strip()


def test_collapse_spaces_knows_every_space_character() -> None:
    everything = "".join(map(chr, range(0x110000)))
    spaces = {char for char in everything if char.isspace()}
    assert set(_UNUSUAL_SPACE.findall(everything)) == spaces - {" "}


def test_no_space_but_the_plain_one_is_printable() -> None:
    # collapse_spaces takes a printable text as holding no other space
    everything = map(chr, range(0x110000))
    assert [c for c in everything if c.isspace() and c.isprintable()] == [" "]


# -- parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"source": "x", "body": "\xed\xa0\x80"}', DeadLetterReason.NOT_UTF8),
        (b'{"source": "x", "body": "\\ud800"}', DeadLetterReason.NOT_JSON),
        (b'{"source": "x", "body": NaN}', DeadLetterReason.NOT_JSON),
    ],
)
def test_bytes_that_orjson_refuses_keep_their_reason(
    payload: bytes, reason: DeadLetterReason
) -> None:
    result = parse_raw_article(payload, 1024)
    assert isinstance(result, Rejection)
    assert result.reason is reason


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ("ب" * 250, True),  # 500 bytes: short enough not to need counting
        ("ب" * 500, True),  # 1000 bytes: counted, at the limit
        ("ب" * 501, False),  # 1002 bytes
        ("\U0001f600" * 250, True),  # 1000 bytes in 250 characters
        ("\U0001f600" * 251, False),
    ],
)
def test_body_limit_counts_bytes_not_characters(body: str, ok: bool) -> None:
    payload = json.dumps({"source": "x", "body": body}).encode()
    result = parse_raw_article(payload, 1000)
    assert isinstance(result, RawArticle) is ok, result
    if not ok:
        assert isinstance(result, Rejection)
        assert result.reason is DeadLetterReason.OVERSIZED
        assert f"{len(body.encode())} bytes" in result.error


def test_the_worker_warm_up_loads_the_model_before_the_first_article() -> None:
    """Unpacking py3langid's model costs ~0.5 s of CPU: paid at start-up, not by the
    first article the letter rules leave to it (one in a short or mixed text)."""
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.settings import Settings

    language._identifier.cache_clear()
    assert language._identifier.cache_info().currsize == 0
    Pipeline(Settings()).warm_up()
    assert language._identifier.cache_info().currsize == 1
    # The model the articles then use is that one, not a second load.
    detect_language("Bonjour à tous, ceci est un court texte en français pour tester.")
    assert language._identifier.cache_info().currsize == 1
