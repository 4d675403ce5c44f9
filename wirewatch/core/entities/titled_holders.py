"""A name after an office title, linked when the office's holder that day bears it.

"رئيس الأركان محمد الشريف", "Enerji Bakanı Bayraktar", "Chief of Staff al-Haddad":
the name alone is too common for the knowledge base to link bare (محمد الشريف,
Bayraktar, الحداد), but the title right before it narrows it to the few people who
held that office on the article's date (:meth:`OfficeHolders.holder_at`, every
country). The words after the title are linked to the one holder whose KB name or
alias ends with them (a surname alone, or given name and surname); two holders that
fit, or none, link nothing. The titles are lexicon data (``titles:`` in
``lexicons/offices/<lang>.yaml``).

An undated article (``when`` None: an old page, a wire without a dateline) cannot
pick the holder of a day, but the title still narrows the name to everyone who ever
held the office: "Büyükelçi Yılmaz" is Kenan Yılmaz when he is the only Yılmaz the
KB knows as ambassador to Libya, whatever the year. Two such people bearing the
name (two foreign ministers called Yılmaz) link nothing, as with a date.

Arabic copy puts the minister's nationality between the title and the name:
"وزير التجارة التركي بولات", "وزيرة الخارجية الليبية، المنقوش" (issue #12, entmech;
English and Turkish put it before the title). In an undated article, when the words
right after a title name no holder and the first is a nationality adjective
(``nationalities.yaml``, with its article and a comma at most after it), the name
is read after it (dated, title and adjective are a role phrase the role linker
links to that day's holder).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import OfficeHolders
from wirewatch.core.textfold import FoldedText, fold_char_string

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: Arabic proclitics a title's first word may carry (ورئيس, لرئيس)
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول")
#: at most this many words of a name after the title
_NAME_WORDS = 3
#: The run of (up to _NAME_WORDS) name words after a title, in one match: the first
#: after spaces only, each next one after spaces or a hyphen (eş-Şehubi, al-Dbeibah).
#: What walking ``_WORD.finditer`` gives, the gaps stripped and tested in Python (every
#: later part optional, so the greedy first reading is the match, as finditer's
#: words are). With find's inline word-start test: TitledHolders.find 0.305 -> 0.277 M
#: instructions per stage 1 bench article (callgrind; 2.6 titles found an article).
_NAME_RUN = re.compile(
    rf"\s*({_WORD.pattern})"
    + rf"(?:\s*(?:-\s*)?({_WORD.pattern})" * (_NAME_WORDS - 1)
    + ")?" * (_NAME_WORDS - 1)
)
#: spaces and the word after them (a nationality adjective after a title)
_SPACED_WORD = re.compile(rf"\s+({_WORD.pattern})")
#: punctuation around the word before a title
_PUNCT = ",.;:!?،؛«»\"'()“”‘’-"


@dataclass(frozen=True, slots=True)
class TitledName:
    """A name's display span after a title, and the holder it names."""

    start: int
    end: int
    holder: KBEntity


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(fold_char_string(w) for w in _WORD.findall(phrase))


def _starts_word(folded: str, start: int, arabic: bool) -> bool:
    """Whether a title found at ``start`` begins a word (after an Arabic proclitic
    at most: ورئيس, لوزير)."""
    word = start
    while word > 0 and (folded[word - 1].isalnum() or folded[word - 1] == "_"):
        word -= 1
    glued = folded[word:start]
    return not glued or (arabic and glued in _AR_PROCLITICS)


def _readings(word: str, arabic: bool) -> set[str]:
    """A folded word as written and, in Arabic, without a proclitic."""
    if not arabic:
        return {word}
    return {word, *(word[len(p) :] for p in _AR_PROCLITICS if word.startswith(p))}


def _shortest(words: set[str]) -> tuple[str, ...]:
    """``words`` without those another of them starts (one ``str.find`` pass over
    the text each fewer: 3 of Turkish's 13 title first words, 1 of Arabic's 5)."""
    return tuple(sorted(w for w in words if not any(w != v and w.startswith(v) for v in words)))


def _bare(word: str) -> str:
    """A folded word without a Turkish case ending after an apostrophe (Bayraktar'ın)."""
    if "'" not in word and "’" not in word:  # most words: no regex call
        return word
    return re.split(r"['’]", word, maxsplit=1)[0]


def _name_run(folded: str, end: int) -> list[tuple[int, int, str]]:
    """The (up to _NAME_WORDS) words of a name after a title ending at ``end``: their
    spans and bare forms. They follow the title with nothing but spaces between, or
    the hyphen of an Arabic article (Bakanı eş-Şehubi, Minister al-Dbeibah): read by
    one match of _NAME_RUN, not a word-by-word walk (see there)."""
    m = _NAME_RUN.match(folded, end)
    if m is None:
        return []
    return [(m.start(k), m.end(k), _bare(word)) for k, word in enumerate(m.groups(), 1) if word]


class TitledHolders:
    """Office titles per language, and the KB names of the offices' holders."""

    def __init__(
        self,
        holders: OfficeHolders,
        titles: Mapping[str, Mapping[str, str]],
        entities: Iterable[KBEntity],
        not_before: Mapping[str, Iterable[str]] | None = None,
        adjectives: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.holders = holders
        #: lang -> folded nationality adjectives a name may follow its title behind
        #: (التركي, الليبية): Arabic only, where they come after the title
        self._adjectives = {
            lang: frozenset(fold_char_string(w) for w in words)
            for lang, words in (adjectives or {}).items()
        }
        # lang -> one expression over the folded text for all its titles, and the
        # office of each title (folded, single spaces)
        self._titles: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
        for lang, phrases in titles.items():
            offices = {" ".join(_tokens(p)): office for p, office in phrases.items() if _tokens(p)}
            if not offices:
                continue
            alts = "|".join(
                re.escape(p).replace(r"\ ", r"\s+") for p in sorted(offices, key=len, reverse=True)
            )
            # the title's letters first, nothing before them: the engine then skips
            # to its first letters; the word start (a proclitic at most) is checked
            # in find()
            pattern = re.compile(rf"(?P<title>{alts})(?![^\W_])")
            self._titles[lang] = (pattern, offices)
        #: lang -> folded words that make the title someone else's (نائب, deputy, eski)
        self._not_before = {
            lang: frozenset(fold_char_string(w) for w in words)
            for lang, words in (not_before or {}).items()
        }
        # entity id -> the last one to _NAME_WORDS words of its name and aliases of
        # two words or more (a surname; a given name and surname ...)
        self._tails: dict[str, frozenset[tuple[str, ...]]] = {}
        for ent in entities:
            forms = {_tokens(ent.name)}
            forms.update(_tokens(alias) for _lang, alias in ent.aliases.items())
            forms.update(_tokens(alias) for _lang, alias in ent.local.items())
            self._tails[ent.id] = frozenset(
                f[-n:] for f in forms if len(f) >= 2 for n in range(1, min(len(f), _NAME_WORDS) + 1)
            )
        #: (office, day or None for ever) -> each name tail -> the holders bearing it,
        #: in the order ``holders_at``/``holders_ever`` give them
        self._by_tail: dict[tuple[str, str | None], dict[tuple[str, ...], list[KBEntity]]] = {}
        #: lang -> the titles' first words: found by str.find, where the expression
        #: is then tried (far cheaper than running it over the whole text)
        #: (a first word another one starts with is left out: "bakani" is met where
        #: "bakan" is, and the expression tried there tries every title)
        self._firsts = {
            lang: _shortest({p.split()[0] for p in offices})
            for lang, (_pattern, offices) in self._titles.items()
        }

    def find(self, text: FoldedText, lang: str | None, when: datetime | None) -> list[TitledName]:
        """The names after an office title in ``text`` that one holder on ``when``
        bears (display spans); with ``when`` None, one holder at any time."""
        spec = self._titles.get(lang or "")
        if spec is None:
            return []
        pattern, offices = spec
        folded = text.folded
        arabic = lang == "ar"
        found: dict[int, re.Match[str]] = {}
        for first in self._firsts[lang or ""]:
            pos = folded.find(first)
            while pos != -1:
                # (most places start a word: the character before is no letter, seen
                # here without _starts_word's call)
                if pos not in found and (
                    pos == 0
                    or not (folded[pos - 1].isalnum() or folded[pos - 1] == "_")
                    or _starts_word(folded, pos, arabic)
                ):
                    m = pattern.match(folded, pos)
                    if m is not None:
                        found[pos] = m
                pos = folded.find(first, pos + 1)
        if not found:
            return []
        not_before = self._not_before.get(lang or "", frozenset())
        day: str | None = when.date().isoformat() if when is not None else None
        out: list[TitledName] = []
        for _pos, m in sorted(found.items()):
            before = folded[max(0, m.start() - 30) : m.start()].split()
            if before and _readings(before[-1].strip(_PUNCT), arabic) & not_before:
                continue  # the deputy's, the former one's: another person
            office = offices[" ".join(m["title"].split())]
            if day is not None and office in self.holders.generic:
                # dated: bare_holders.py links a surname after any title to its holder
                # that day; a generic title ("Bakan") serves undated articles only
                continue
            named = self._name_after(folded, m.end(), office, day)
            if named is None and day is None and lang in self._adjectives:
                # (undated only: dated, the title and the adjective are a role phrase
                # the role linker links to that day's holder; and a holder's full name
                # there, the usual case, cost +0.7% stage 1 instructions to re-read)
                named = self._name_after_adjective(folded, m.end(), office, day, lang)
            if named is not None:
                start, end, holder = named
                display_start, display_end = text.to_display(start, end)
                out.append(TitledName(display_start, display_end, holder))
        return out

    def _name_after(
        self, folded: str, end: int, office: str, day: str | None
    ) -> tuple[int, int, KBEntity] | None:
        run = _name_run(folded, end)
        if not run:
            return None
        by_tail = self._holders_by_tail(office, day)
        # the longest run of words one holder's name ends with (a surname at least)
        for n in range(len(run), 0, -1):
            fits = by_tail.get(tuple(w for _s, _e, w in run[:n]), ())
            if len(fits) == 1:
                return run[0][0], run[n - 1][1], fits[0]
            if fits:
                return None  # two holders bear it: no guess
        return None

    def _name_after_adjective(
        self, folded: str, end: int, office: str, day: str | None, lang: str
    ) -> tuple[int, int, KBEntity] | None:
        """The name after a nationality adjective right after the title (وزير التجارة
        التركي بولات, وزير التجارة التركي، بولات)."""
        m = _SPACED_WORD.match(folded, end)
        if m is None or m.group(1) not in self._adjectives[lang]:
            return None
        after = m.end()
        if folded[after : after + 1] in ("،", ","):
            after += 1
        return self._name_after(folded, after, office, day)

    def _holders_by_tail(
        self, office: str, day: str | None
    ) -> dict[tuple[str, ...], list[KBEntity]]:
        """The holders of ``office`` on ``day`` (ever, with None) by the name tails
        they bear: one look-up per run of words after a title, not one test per
        holder (2.8 runs per bench article, 1 to 12 holders each)."""
        key = (office, day)
        by_tail = self._by_tail.get(key)
        if by_tail is None:
            holders = (
                self.holders.holders_at(office, day)
                if day is not None
                else self.holders.holders_ever(office)
            )
            by_tail = {}
            for holder in holders:
                for tail in self._tails.get(holder.id, ()):
                    by_tail.setdefault(tail, []).append(holder)
            if len(self._by_tail) >= 4096:  # articles of many days: keep it bounded
                self._by_tail.clear()
            self._by_tail[key] = by_tail
        return by_tail
