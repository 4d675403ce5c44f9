"""The language of a text too short for the statistical model: a headline, a wire flash.

On a sentence or two py3langid hesitates, and its best guess there is often wrong:
"Erdogan received Dbeibah in Ankara." reads as Turkish to it (two Turkish names, one
English word), "Fidan met Haftar in Benghazi." as Dutch ("met", "in"). A wrong
language means no contact words of the right language are looked up. So a short text is
decided by what it shows, in this order:

1. its script: Arabic script without a letter only Persian or Urdu write is Arabic;
2. in Latin script, words only English or only Turkish uses (``english_words``,
   ``turkish_words``), a lower-case word with a letter only Turkish writes (ı, ğ, ş),
   and Turkish case endings after an apostrophe on a name (Ankara'da) against an
   English possessive ('s): one language must have at least twice the other's cues.
   Capitalised and upper-case words may be names and are not counted by their letters,
   so Turkish names in English copy ("Erdoğan met Dbeibah at the Beştepe complex") leave
   it English, and a Turkish headline about an English-named body ("Fidan, NATO ile
   görüştü") stays Turkish;
3. in Latin script with no cue of either list, names and words English shares with
   the other Latin languages ("met", "in": ``english_shared_words``) and nothing else
   in lower case: "Fidan met Haftar in Benghazi." is English, not Dutch. A word of
   another language ("ontmoette", "traf") leaves the text to the next step;
4. else the producer's declared language, when it is written in the text's script.

What none of these settles goes on to the model, as before (``language.detect_language``).
The cues are data: ``wirewatch/data/lexicons/language/short_text.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wirewatch.core.yamlload import safe_load

#: Share of a short text's letters that must be in one script for it to decide.
MIN_SCRIPT_SHARE = 0.8
#: One language's cues must be at least this many times the other's.
MIN_CUE_RATIO = 2

#: A word, with an apostrophe and an ending glued to it (Ankara'da, Turkey's).
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
#: Python lowers "İ" to "i" and a combining dot above, which Turkish endings do not write.
_COMBINING_DOT = "\u0307"


@dataclass(frozen=True, slots=True)
class ShortTextCues:
    english_words: frozenset[str]
    english_shared_words: frozenset[str]
    turkish_words: frozenset[str]
    turkish_name_endings: frozenset[str]
    turkish_letters: str
    persian_urdu_letters: str
    script_of: dict[str, str]
    three_letter_codes: dict[str, str]


@cache
def cues() -> ShortTextCues:
    source = resources.files("wirewatch.data").joinpath("lexicons/language/short_text.yaml")
    data = safe_load(source.read_text(encoding="utf-8"))
    return ShortTextCues(
        english_words=frozenset(str(w).lower() for w in data["english_words"]),
        english_shared_words=frozenset(str(w).lower() for w in data["english_shared_words"]),
        turkish_words=frozenset(_lower(str(w)) for w in data["turkish_words"]),
        turkish_name_endings=frozenset(_lower(str(e)) for e in data["turkish_name_endings"]),
        turkish_letters=str(data["turkish_letters"]),
        persian_urdu_letters=str(data["persian_urdu_letters"]),
        script_of={
            str(lang): str(script) for script, langs in data["scripts"].items() for lang in langs
        },
        three_letter_codes={str(k): str(v) for k, v in data["three_letter_codes"].items()},
    )


def _lower(word: str) -> str:
    return word.lower().replace(_COMBINING_DOT, "")


def normal_hint(hint: str | None) -> str | None:
    """A producer's language as a two-letter code: "en-GB" → en, "tur" → tr, "" → None."""
    if not hint or not hint.strip():
        return None
    code = re.split(r"[-_]", hint.strip().lower(), maxsplit=1)[0]
    return cues().three_letter_codes.get(code, code[:2])


def _script(ch: str) -> str:
    point = ord(ch)
    if point < 0x250:
        return "latin"
    if 0x600 <= point <= 0x6FF or 0x750 <= point <= 0x77F:
        return "arabic"
    if 0x370 <= point <= 0x3FF:
        return "greek"
    if 0x400 <= point <= 0x4FF:
        return "cyrillic"
    if 0x590 <= point <= 0x5FF:
        return "hebrew"
    return "other"


def dominant_script(text: str) -> str | None:
    """The script of at least ``MIN_SCRIPT_SHARE`` of the text's letters, else None."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count >= MIN_SCRIPT_SHARE * sum(counts.values()) else None


def _is_turkish_word(word: str, lowered: str, table: ShortTextCues) -> bool:
    """A Turkish function word, or a lower-case word with a letter only Turkish writes
    (a capitalised or upper-case one may be a name: "ERDOĞAN MEETS DBEIBAH")."""
    if lowered in table.turkish_words:
        return True
    return word.islower() and any(map(word.__contains__, table.turkish_letters))


def _latin_by_cues(text: str, languages: tuple[str, ...]) -> str | None:
    table = cues()
    english = turkish = 0
    # lower-case words English shares with other Latin languages; any other one
    shared = foreign = names = 0
    for word in _WORD.findall(text):
        stem, _, ending = word.replace("\u2019", "'").partition("'")
        lowered = _lower(stem)
        if lowered in table.english_words:
            english += 1
        elif _is_turkish_word(stem, lowered, table):
            turkish += 1
        elif lowered in table.english_shared_words and (stem.islower() or stem.isupper()):
            shared += 1  # "met", and "MET" in an upper-case headline
        elif not stem.islower():
            names += 1
        else:
            foreign += 1
        if ending and len(stem) > 1 and stem[0].isupper():
            if _lower(ending) in table.turkish_name_endings:
                turkish += 1
            elif ending.lower() == "s":
                english += 1
    if "en" in languages and english and english >= MIN_CUE_RATIO * turkish:
        return "en"
    if "tr" in languages and turkish and turkish >= MIN_CUE_RATIO * english:
        return "tr"
    # Names joined by words English shares and by nothing else ("Fidan met Haftar in
    # Benghazi."): no other language's word is there to claim the text.
    if "en" in languages and not (english or turkish or foreign) and shared and names:
        return "en"
    return None


@dataclass(frozen=True, slots=True)
class ShortVerdict:
    lang: str
    from_hint: bool


def short_text_language(
    text: str, hint: str | None, languages: tuple[str, ...]
) -> ShortVerdict | None:
    """The language a short text's script and words settle, else the producer's when it
    is written in the text's script, else None (the model decides)."""
    script = dominant_script(text)
    if script is None:
        return None
    table = cues()
    hint_fits = hint is not None and table.script_of.get(hint) == script
    if script == "arabic":
        persian_or_urdu = any(map(text.__contains__, table.persian_urdu_letters))
        # a producer's Persian or Urdu is believed over the absence of their letters
        declared_other = hint_fits and hint != "ar"
        if "ar" in languages and not persian_or_urdu and not declared_other:
            return ShortVerdict("ar", from_hint=False)
    elif script == "latin" and (decided := _latin_by_cues(text, languages)) is not None:
        return ShortVerdict(decided, from_hint=False)
    if hint is not None and hint_fits and hint in languages:
        return ShortVerdict(hint, from_hint=True)
    return None
