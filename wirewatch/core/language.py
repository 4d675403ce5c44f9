"""Offline language identification (py3langid's pre-trained Naive Bayes model).

Most articles are plainly English, Turkish or Arabic, and a few counts over the
sample settle those (``_by_letters``) at a small fraction of the model's cost: its
byte-by-byte walk in pure Python is the dearest step of normalising an article.
Whatever those counts do not settle beyond doubt goes to the model as before, except
a text too short for them: its script and words are read first (``short_language``),
since on a sentence or two the model can be confidently wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from wirewatch.core.short_language import normal_hint, short_text_language

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
#: Confidence reported for a short text's verdict by its script and words
#: (``short_language``): as sure as the model must be to overrule a hint, no surer.
SHORT_TEXT_CONFIDENCE = MIN_CONFIDENCE

# -- the letter rules ------------------------------------------------------------------
# They only choose English, Turkish or Arabic, and only when the other languages the
# model may choose are among ``DEFAULT_LANGUAGES``: with those, Latin letters mean one
# of en/tr/fr/de/es/it/pt/nl, and the counts below tell English and Turkish apart
# from all the others; Arabic script means ar, fa or ur, and Arabic is told apart by
# the letters only Persian and Urdu write and by its own function words.

#: Confidence reported for a rule's verdict. Rules only fire far from the boundary
#: (on the project's texts the model says 0.98 or more wherever they do), so a
#: producer's hint is not preferred over them, just as it would not be over the model.
RULE_CONFIDENCE = 1.0
#: Fewer letters than this and the model decides: short texts are where it hesitates,
#: and where a producer's hint can win.
_MIN_LETTERS = 100
#: Share of letters that may be in scripts other than Latin (names, quotes).
_MAX_FOREIGN_SHARE = 0.02

#: Class of each UTF-8 byte: L an ASCII letter, A the lead byte of an accented Latin
#: letter (U+00C0 to U+027F), O the lead byte of any other script's letter (Arabic
#: included), "." neither: ASCII punctuation and digits, continuation bytes, and the
#: lead bytes C2 and E2 of Latin-1 symbols and of general punctuation (curly quotes,
#: dashes), which English and Turkish text both use.
_BYTE_CLASS = bytes(
    ord("L")
    if chr(b).isascii() and chr(b).isalpha()
    else ord("A")
    if 0xC3 <= b <= 0xC9
    else ord(".")
    if b < 0xC0 or b in (0xC2, 0xE2)
    else ord("O")
    for b in range(256)
)

#: Among the default languages only Turkish writes these: dotless ı, dotted capital
#: İ, soft ğ. (ş is shared with Romanian and Kurdish spellings, so it only adds to
#: the count of Turkish letters.)
_TURKISH_ONLY = "ıİğĞ"
_TURKISH_ALSO = "şŞ"
#: Azerbaijani writes ı and ğ too; its schwa tells it apart, and the model decides.
_NOT_TURKISH = "əƏ"
#: Turkish prose has ı, ğ and ş in well over 3 % of its letters (7 % is typical);
#: an English text quoting Turkish names has a few (up to 1.3 % seen).
_MIN_TURKISH_SHARE = 0.03
_MIN_TURKISH_ONLY_SHARE = 0.015
_MAX_TURKISH_SHARE_IN_ENGLISH = 0.015

#: English function words that are not words of French, German, Spanish, Italian,
#: Portuguese or Dutch ("of" is Dutch too, but rare there). English news has them
#: in 15 % or more of its words (20 % typical); the others next to never. Matched as
#: whole space-separated words: one with punctuation attached is missed, which only
#: ever sends a text to the model.
_ENGLISH_WORDS = frozenset(
    {
        b"the", b"of", b"and", b"to", b"that", b"with", b"said", b"from", b"which", b"were",
        b"has", b"have", b"this", b"its", b"by", b"for", b"are", b"his", b"it", b"at",
        b"will", b"would", b"their", b"they", b"after", b"been", b"who",
    }
)  # fmt: skip
_MIN_ENGLISH_SHARE = 0.15
_MAX_ENGLISH_SHARE_IN_TURKISH = 0.05
#: English in the Latin-1 range keeps to names (Erdoğan, Türkiye): a few per cent.
_MAX_ACCENTED_SHARE_IN_ENGLISH = 0.05


#: Lead bytes of the UTF-8 encoding of the Arabic block (U+0600 to U+06FF).
_ARABIC_LEADS = (b"\xd8", b"\xd9", b"\xda", b"\xdb")
#: Arabic script: at least this share of the letters.
_MIN_ARABIC_SCRIPT_SHARE = 0.95
#: Letters Persian or Urdu write and Arabic does not (پ چ ژ گ ک ی and ٹ ڈ ڑ ں ے ہ ھ ۀ):
#: any of them and the model decides.
_PERSIAN_URDU_ONLY = (
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be\u06c0"
)
#: Arabic function words that Persian and Urdu prose do not use as words; Arabic
#: news has 6 % of its words or more among them (12 % median on the bench corpus).
_ARABIC_WORDS = frozenset(
    word.encode("utf-8")
    for word in (
        "في", "من", "على", "إلى", "الى", "عن", "التي", "الذي", "أن", "ان", "مع",
        "هذا", "هذه", "كما", "بين", "خلال", "وفي", "إن", "قد", "كان", "التي",
    )
)  # fmt: skip
_MIN_ARABIC_WORD_SHARE = 0.05


def _arabic_by_letters(
    sample: str, encoded: bytes, letters: int, languages: tuple[str, ...]
) -> str | None:
    if "ar" not in languages:
        return None
    arabic = sum(map(encoded.count, _ARABIC_LEADS))
    if arabic < _MIN_ARABIC_SCRIPT_SHARE * letters:
        return None
    if any(map(sample.__contains__, _PERSIAN_URDU_ONLY)):
        return None
    words = encoded.split()
    function_words = sum(map(_ARABIC_WORDS.__contains__, words))
    return "ar" if function_words >= _MIN_ARABIC_WORD_SHARE * len(words) else None


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


def load_model(languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> None:
    """Load the model now: unpacking it costs ~0.47 s of CPU (measured here), which
    would otherwise fall on the first article the letter rules leave to it."""
    _identifier(languages)


@cache
def _rules_apply(languages: tuple[str, ...]) -> bool:
    """Whether the letter rules may stand in for the model with this language set."""
    return set(languages) <= set(DEFAULT_LANGUAGES)


def _by_letters(sample: str, languages: tuple[str, ...]) -> str | None:
    """The language the sample's letters leave no doubt about (en, tr or ar), else None."""
    # Everything is counted with C-level str and bytes methods: a loop over the
    # characters in Python would cost a good part of what the model does.
    encoded = sample.encode("utf-8", "surrogatepass")
    classes = encoded.translate(_BYTE_CLASS)
    accented = classes.count(b"A")
    latin = classes.count(b"L") + accented
    foreign = classes.count(b"O")
    if latin + foreign < _MIN_LETTERS:
        return None
    if foreign > _MAX_FOREIGN_SHARE * (latin + foreign):
        return _arabic_by_letters(sample, encoded, latin + foreign, languages)
    # (Single characters are found faster in the str than as two-byte needles.)
    turkish_only = sum(map(sample.count, _TURKISH_ONLY))
    turkish = turkish_only + sum(map(sample.count, _TURKISH_ALSO))
    # bytes.lower() only lowers ASCII, which is all the English words need.
    words = encoded.lower().split()
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    if (
        "tr" in languages
        and turkish >= _MIN_TURKISH_SHARE * latin
        and turkish_only >= _MIN_TURKISH_ONLY_SHARE * latin
        and english <= _MAX_ENGLISH_SHARE_IN_TURKISH * len(words)
        and not any(map(sample.__contains__, _NOT_TURKISH))
    ):
        return "tr"
    if (
        "en" in languages
        and english >= _MIN_ENGLISH_SHARE * len(words)
        and turkish <= _MAX_TURKISH_SHARE_IN_ENGLISH * latin
        and accented <= _MAX_ACCENTED_SHARE_IN_ENGLISH * latin
    ):
        return "en"
    return None


def _is_short(sample: str) -> bool:
    """Fewer letters than the letter rules need: where the model hesitates."""
    return sum(map(str.isalpha, sample)) < _MIN_LETTERS


def detect_language(
    text: str, hint: str | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES
) -> LanguageGuess:
    hint = normal_hint(hint)
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return LanguageGuess(hint, 0.0, from_hint=hint is not None)
    if _rules_apply(languages) and (decided := _by_letters(sample, languages)) is not None:
        return LanguageGuess(decided, RULE_CONFIDENCE)
    # The model hesitates on a short text, and may be confidently wrong there: its
    # script and words decide first, then a hint written in that script.
    if _rules_apply(languages) and _is_short(sample):
        verdict = short_text_language(sample, hint, languages)
        if verdict is not None:
            confidence = 0.0 if verdict.from_hint else SHORT_TEXT_CONFIDENCE
            return LanguageGuess(verdict.lang, confidence, from_hint=verdict.from_hint)
    lang, confidence = _identifier(languages).classify(sample)
    # Past the short-text length the model still hesitates on a name-heavy headline and
    # lead ("Dbeibah meets Erdogan. Turkish President Recep Tayyip Erdogan received
    # Libyan Prime Minister …": Turkish at 0.60, so no English contact word was looked
    # up): where it is unsure, the text's own script and words decide before a hint.
    if confidence < MIN_CONFIDENCE and _rules_apply(languages):
        verdict = short_text_language(sample, None, languages)
        if verdict is not None:
            return LanguageGuess(verdict.lang, SHORT_TEXT_CONFIDENCE)
    if confidence < MIN_CONFIDENCE and hint is not None:
        return LanguageGuess(hint, float(confidence), from_hint=True)
    return LanguageGuess(str(lang), float(confidence))
