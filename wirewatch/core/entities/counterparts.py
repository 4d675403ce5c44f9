"""A surname after "counterpart" and a nationality: a person of that country.

"his Libyan counterpart Baour", "Libyalı mevkidaşı el-Baur", "نظيره الليبي الباعور":
the words right before a short name say whose countryman he is. A surname several KB
people bear (or a weak alias, or one that is also a word) then links the one bearer
of that country (:meth:`EntityDetector._resolve`); two bearers of it, or none, link
nothing here. The words for "counterpart" are lexicon data
(``lexicons/entities/counterparts.yaml``); the nationalities are the detector's.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from wirewatch.core.entities.lexicon import Nationality
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "counterparts.yaml"
)
#: Arabic proclitics on the word for "counterpart" (بنظيره, ونظيره, وبنظيره)
_AR_PROCLITICS = ("وب", "ول", "و", "ب", "ل", "ف")
#: punctuation around the words read (", his Libyan counterpart, Baour")
_PUNCT = ",.;:!?،؛«»\"'()“”‘’"
#: how far before a name its context is read (folded characters)
_REACH = 48


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: dict[str, list[str]]


class Counterparts:
    """The country a "counterpart" phrase right before a name gives him."""

    def __init__(
        self,
        words: Mapping[str, list[str]],
        nationalities: Mapping[str, tuple[str, Nationality]],
    ) -> None:
        self._words = {
            lang: frozenset(fold_char_string(w) for w in ws) for lang, ws in words.items()
        }
        #: folded nationality adjective -> (its language, country code)
        self._countries: dict[str, tuple[str, str]] = {
            key: (lang, nat.country) for key, (lang, nat) in nationalities.items()
        }

    @classmethod
    def load(
        cls, nationalities: Mapping[str, tuple[str, Nationality]], path: Path = DEFAULT_PATH
    ) -> Counterparts:
        with path.open(encoding="utf-8") as handle:
            spec = _File.model_validate(safe_load(handle) or {})
        return cls(spec.words, nationalities)

    def country_before(self, folded: str, start: int, lang: str | None) -> str | None:
        """The country of the nationality in a "counterpart" phrase ending right
        before folded offset ``start`` (past an Arabic article glued by a hyphen:
        el-Baur), else None."""
        words = self._words.get(lang or "")
        if not words:
            return None
        before = folded[max(0, start - _REACH) : start]
        if before.endswith("-"):  # "mevkidaşı el-Baur": the particle is the name's
            before = before[:-1].rsplit(" ", 1)[0] if " " in before else ""
        tokens = [t.strip(_PUNCT) for t in before.split()][-2:]
        if len(tokens) < 2:
            return None
        if lang == "ar":  # نظيره الليبي
            cue, adjective = tokens
            cue = _without_proclitic(cue, words)
            adjective = adjective[2:] if adjective.startswith("ال") else adjective
        else:  # "Libyan counterpart", "Libyalı mevkidaşı"
            adjective, cue = tokens
        if cue not in words:
            return None
        found = self._countries.get(adjective)
        if found is None or found[0] != lang:
            return None
        return found[1] or None


def _without_proclitic(word: str, words: frozenset[str]) -> str:
    """An Arabic word without the proclitic it carries when the rest is a cue."""
    if word in words:
        return word
    for p in _AR_PROCLITICS:
        if word.startswith(p) and word[len(p) :] in words:
            return word[len(p) :]
    return word
