"""One Aho-Corasick automaton over every folded alias and nationality adjective.

Built once; a scan yields the candidate spans that pass the boundary rules:

* Arabic: a name may carry proclitics (و ف ب ل ك, the article, and combinations:
  والتركي, بأنقرة, لحفتر, وبنغازي); ل + ال contracts (للدبيبة), which is indexed as
  its own key. Nothing may follow an Arabic name inside its word.
* Latin script: no letter may precede the name inside its word. After it, an
  apostrophe ends the word anyway (Haftar's, Hafter'in, Ankara'da); a fused Turkish
  case suffix (Bakanlığına, Bingazide) is accepted in Turkish text only.
* Letter case: an alias written in capitals (MIT, US) needs capitals in the text,
  a capitalised alias (Kalın, Turkey) needs a capital first letter, so "kalın"
  (thick) and "turkey" (the bird) are not names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import ahocorasick

from wirewatch.core.entities.lexicon import Lexicons, Nationality

Kind = Literal["alias", "surname", "weak", "nat"]
Shape = Literal["upper", "cap", ""]


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def shape_of(alias: str) -> Shape:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters and alias.lstrip("'\"(-.")[:1].isupper():
        return "cap"
    return ""


@dataclass(frozen=True, slots=True)
class Ref:
    """What a key stands for: an entity (index into the KB list) or a nationality."""

    kind: Kind
    target: int | Nationality
    lang_only: str | None = None  # only in articles of this language
    shape: Shape = ""
    alias_lang: str = ""  # the language list the alias came from


@dataclass(slots=True)
class KeyInfo:
    key: str
    arabic: bool
    lam: bool  # ل + ال contracted variant of a definite Arabic key
    definite: bool
    refs: list[Ref] = field(default_factory=list)
    size: int = 0
    has_nat: bool = False
    checked: bool = False  # some ref needs a language or letter-case check
    refs_t: tuple[Ref, ...] = ()
    link: object = None  # filled by the detector: what an unfiltered hit links to


@dataclass(slots=True)
class Hit:
    start: int  # folded offsets of the mention
    end: int
    info: KeyInfo
    refs: tuple[Ref, ...]
    prefix: str = ""  # Arabic proclitics before the name in its word


class Matcher:
    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._infos: dict[str, KeyInfo] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, key: str, ref: Ref) -> None:
        if not key:
            return
        arabic = is_arabic(key)
        definite = arabic and key.startswith("ال") and len(key) > 3
        self._info(key, arabic, False, definite).refs.append(ref)
        if definite:
            self._info("لل" + key[2:], arabic, True, True).refs.append(ref)

    def _info(self, key: str, arabic: bool, lam: bool, definite: bool) -> KeyInfo:
        info = self._infos.get(key)
        if info is None:
            info = self._infos[key] = KeyInfo(key, arabic, lam, definite)
        return info

    def build(self) -> None:
        automaton = ahocorasick.Automaton()
        for key, info in self._infos.items():
            info.size = len(key)
            info.has_nat = any(r.kind == "nat" for r in info.refs)
            info.checked = any(r.shape or r.lang_only for r in info.refs)
            info.refs_t = tuple(info.refs)
            automaton.add_word(key, info)
        automaton.make_automaton()
        self._automaton = automaton

    @property
    def size(self) -> int:
        return len(self._infos)

    def scan(self, folded: str, display: str, lang: str | None, to_display) -> list[Hit]:
        """Every alias occurrence passing the boundary, clitic, suffix and case rules."""
        assert self._automaton is not None, "build() first"
        lex = self.lex
        n = len(folded)
        same = n == len(display)  # nothing deleted by the fold: offsets are shared
        fused_ok = lang not in ("ar", "en")
        tr_suffixes = lex.tr_suffixes
        hits: list[Hit] = []
        for end_index, info in self._automaton.iter(folded):
            end = end_index + 1
            start = end - info.size
            # -- right boundary
            if end < n and folded[end].isalnum():
                if info.arabic or not fused_ok:
                    continue
                stop = end + 1
                while stop < n and folded[stop].isalnum():
                    stop += 1
                if folded[end:stop] not in tr_suffixes:
                    continue
            # -- left boundary
            mention_start = start
            prefix = ""
            if start and folded[start - 1].isalnum():
                if not info.arabic:
                    continue
                begin = start - 1
                while begin and folded[begin - 1].isalnum():
                    begin -= 1
                prefix = folded[begin:start]
                if info.lam:
                    if prefix not in lex.prefixes_lam:
                        continue
                elif info.definite:
                    if prefix not in lex.prefixes_definite:
                        continue
                elif prefix not in lex.prefixes_plain:
                    if not (info.has_nat and prefix in lex.prefixes_nat):
                        continue
                    mention_start = start - 2  # keep the article: و|التركي
            # -- refs allowed here (language, letter case, article only for adjectives)
            refs = info.refs_t
            if mention_start != start:
                refs = [r for r in refs if r.kind == "nat"]
            if info.checked:
                d0, d1 = (start, end) if same else to_display(start, end)
                head_upper = display[d0].isupper()
                kept = []
                for r in refs:
                    if r.lang_only and lang != r.lang_only:
                        continue
                    if r.shape == "cap" and not head_upper:
                        continue
                    if r.shape == "upper" and not display[d0:d1].isupper():
                        continue
                    kept.append(r)
                refs = info.refs_t if len(kept) == len(refs) else tuple(kept)
            if refs:
                hits.append(
                    Hit(
                        mention_start,
                        end,
                        info,
                        refs if type(refs) is tuple else tuple(refs),
                        prefix,
                    )
                )
        return hits
