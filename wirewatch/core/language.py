"""Offline language identification (py3langid's pre-trained Naive Bayes model)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Languages the identifier chooses among. A closed set keeps names of foreign
#: people from pulling short English or Turkish texts towards unrelated languages.
DEFAULT_LANGUAGES = (
    "ar",
    "en",
    "tr",
    "fr",
    "de",
    "es",
    "it",
    "ru",
    "el",
    "fa",
    "ur",
    "he",
    "pt",
    "nl",
)
#: The identifier reads this many characters: enough for a stable verdict on news
#: prose, and it bounds the cost on long articles.
SAMPLE_CHARS = 400
#: Below this confidence a producer's ``lang`` hint, when given, is preferred.
MIN_CONFIDENCE = 0.9


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str | None
    confidence: float
    from_hint: bool = False


@cache
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(
    text: str, hint: str | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES
) -> LanguageGuess:
    hint = hint.strip().lower()[:2] if hint and hint.strip() else None
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return LanguageGuess(hint, 0.0, from_hint=hint is not None)
    lang, confidence = _identifier(languages).classify(sample)
    if confidence < MIN_CONFIDENCE and hint is not None:
        return LanguageGuess(hint, float(confidence), from_hint=True)
    return LanguageGuess(str(lang), float(confidence))
