"""Whether the first word after a title may begin a person's name (Arabic).

A name found by pattern (ROLE + NATIONALITY + NAME, ``patterns.py``) is whatever
words follow the title, and Arabic has no capital letters to tell a name from the
clause that goes on: "السفير التركي سيعيد فتح القنصلية" (the ambassador *will
reopen*), "الوزير التركي إنهم سيؤيدون" (*that they will support*), "أجرى السفير التركي
عدة لقاءات" (*several meetings*). A first word that is a function word, or that has
the shape of a verb (the future سـ before an imperfect prefix, or the bare
imperfect يـ, on a word long enough to carry a stem) begins no name, unless the
lexicon lists it as a name of that shape (سيالة, ياسين). A function word with a
preposition glued on (بضرورة, بسبل: ``clitics``) is one too: a name in apposition to
a title takes no preposition, while the topic after "بحث مع السفير التركي" often
does. An accusative participle (مُفعِلًا: مشيدا, مؤكدا, معربا) is no name either: it
goes on the clause after a title ("وقال السفير التركي مشيدا بالعلاقات"); a name of
that outline has a long vowel second (ماريا, ميليسا). The lists are data:
``lexicons/entities/name_shape.yaml``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "name_shape.yaml"
)


class _LanguageShape(BaseModel):
    model_config = ConfigDict(extra="forbid")

    function_words: list[str] = Field(default_factory=list)
    verb_prefixes: list[str] = Field(default_factory=list)
    min_length: int = Field(default=5, ge=2)
    names: list[str] = Field(default_factory=list)
    clitics: list[str] = Field(default_factory=list)
    participle_prefix: str = ""
    participle_suffix: str = ""
    participle_not_second: list[str] = Field(default_factory=list)


class NameShape:
    """First-word checks for one language, on folded words."""

    def __init__(self, shape: _LanguageShape) -> None:
        self._function = frozenset(fold_char_string(w) for w in shape.function_words)
        self._prefixes = tuple(fold_char_string(p) for p in shape.verb_prefixes)
        self._min = shape.min_length
        self._names = frozenset(fold_char_string(w) for w in shape.names)
        self._clitics = tuple(fold_char_string(c) for c in shape.clitics)
        self._participle = (
            (fold_char_string(shape.participle_prefix), fold_char_string(shape.participle_suffix))
            if shape.participle_prefix and shape.participle_suffix
            else None
        )
        self._participle_not_second = frozenset(
            fold_char_string(c) for c in shape.participle_not_second
        )

    def may_begin_name(self, word: str) -> bool:
        """Whether the folded ``word`` may be a name's first word."""
        if word in self._names:
            return True
        if word in self._function:
            return False
        if word.startswith(self._clitics) and word[1:] in self._function:
            return False
        if (
            self._participle is not None
            and len(word) >= self._min
            and word.startswith(self._participle[0])
            and word.endswith(self._participle[1])
            and word[1] not in self._participle_not_second
        ):
            return False  # "مشيدا بالعلاقات": an accusative participle, the clause's
        return not (len(word) >= self._min and word.startswith(self._prefixes))


@cache
def name_shape(lang: str, path: Path = DEFAULT_PATH) -> NameShape:
    """The checks for ``lang`` (no check at all for a language the file lacks)."""
    with path.open(encoding="utf-8") as handle:
        data = safe_load(handle) or {}
    return NameShape(_LanguageShape.model_validate(data.get(lang) or {}))
