"""A name after an office title, linked when the office's holder that day bears it.

"رئيس الأركان محمد الشريف", "Enerji Bakanı Bayraktar", "Chief of Staff al-Haddad":
the name alone is too common for the knowledge base to link bare (محمد الشريف,
Bayraktar, الحداد), but the title right before it narrows it to the few people who
held that office on the article's date (:meth:`OfficeHolders.holder_at`, every
country). The words after the title are linked to the one holder whose KB name or
alias ends with them (a surname alone, or given name and surname); two holders that
fit, or none, link nothing. The titles are lexicon data (``titles:`` in
``lexicons/offices/<lang>.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import OfficeHolders
from wirewatch.core.textfold import fold_char_string

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: Arabic proclitics a title's first word may carry (ورئيس, لرئيس)
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول")
#: at most this many words of a name after the title
_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class TitledName:
    """A name's display span after a title, and the holder it names."""

    start: int
    end: int
    holder: KBEntity


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(fold_char_string(w) for w in _WORD.findall(phrase))


def _readings(word: str, arabic: bool) -> set[str]:
    """A folded word as written and, in Arabic, without a proclitic."""
    if not arabic:
        return {word}
    return {word, *(word[len(p) :] for p in _AR_PROCLITICS if word.startswith(p))}


def _bare(word: str) -> str:
    """A folded word without a Turkish case ending after an apostrophe (Bayraktar'ın)."""
    return re.split(r"['’]", word, maxsplit=1)[0]


class TitledHolders:
    """Office titles per language, and the KB names of the offices' holders."""

    def __init__(
        self,
        holders: OfficeHolders,
        titles: Mapping[str, Mapping[str, str]],
        entities: Iterable[KBEntity],
        not_before: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.holders = holders
        #: lang -> folded words that make the title someone else's (نائب, deputy, eski)
        self._not_before = {
            lang: frozenset(fold_char_string(w) for w in words)
            for lang, words in (not_before or {}).items()
        }
        # lang -> first folded word -> [(folded title words, office key)], longest first
        self._titles: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        for lang, phrases in titles.items():
            by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for phrase, office in phrases.items():
                words = _tokens(phrase)
                if words:
                    by_first.setdefault(words[0], []).append((words, office))
            for entries in by_first.values():
                entries.sort(key=lambda e: len(e[0]), reverse=True)
            self._titles[lang] = by_first
        # entity id -> the folded word sequences of its name and aliases
        self._names: dict[str, list[tuple[str, ...]]] = {}
        for ent in entities:
            forms = {_tokens(ent.name)}
            forms.update(_tokens(alias) for _lang, alias in ent.aliases.items())
            forms.update(_tokens(alias) for _lang, alias in ent.local.items())
            self._names[ent.id] = [f for f in forms if len(f) >= 2]

    def find(self, display: str, lang: str | None, when: datetime) -> list[TitledName]:
        """The names after an office title in ``display`` that one holder on ``when``
        bears."""
        titles = self._titles.get(lang or "")
        if not titles:
            return []
        words = [(m.start(), m.end(), fold_char_string(m.group())) for m in _WORD.finditer(display)]
        not_before = self._not_before.get(lang or "", frozenset())
        arabic = lang == "ar"
        out: list[TitledName] = []
        i = 0
        while i < len(words):
            hit = self._title_at(words, i, titles, arabic)
            if hit is None:
                i += 1
                continue
            length, office = hit
            j = i + length
            if i and _readings(words[i - 1][2], arabic) & not_before:
                i = j  # the deputy's, the former one's: another person
                continue
            named = self._name_after(display, words, j, office, when)
            if named is not None:
                out.append(named)
            i = j
        return out

    @staticmethod
    def _title_at(
        words: list[tuple[int, int, str]],
        i: int,
        titles: Mapping[str, list[tuple[tuple[str, ...], str]]],
        arabic: bool,
    ) -> tuple[int, str] | None:
        for reading in _readings(words[i][2], arabic):
            for phrase, office in titles.get(reading, ()):
                tail = [w[2] for w in words[i + 1 : i + len(phrase)]]
                if tuple([reading, *tail]) == phrase:
                    return len(phrase), office
        return None

    def _name_after(
        self,
        display: str,
        words: list[tuple[int, int, str]],
        j: int,
        office: str,
        when: datetime,
    ) -> TitledName | None:
        # the name's words follow the title with nothing but spaces between
        run: list[tuple[int, int, str]] = []
        end = words[j - 1][1]
        for start, stop, word in words[j : j + _NAME_WORDS]:
            if display[end:start].strip():
                break
            run.append((start, stop, _bare(word)))
            end = stop
        if not run:
            return None
        holders = self.holders.holders_at(office, when)
        # the longest run of words one holder's name ends with (a surname at least)
        for n in range(len(run), 0, -1):
            said = tuple(w for _s, _e, w in run[:n])
            fits = [h for h in holders if any(f[-n:] == said for f in self._names.get(h.id, ()))]
            if len(fits) == 1:
                return TitledName(run[0][0], run[n - 1][1], fits[0])
            if fits:
                return None  # two holders bear it: no guess
        return None
