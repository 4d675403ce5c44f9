"""Diplomatic missions named by their head, the city apart or left out (issue #12).

The knowledge base names each mission in full, city included (القنصلية التركية في
بنغازي, "Turkish Embassy in Tripoli"), and a full name matched whole also swallowed the
city (see ``nested``). Copy as often writes the head alone and the city a few words
away or nowhere:

* القنصلية العامة التركية في مدينة بنغازي, "the Turkish consulate-general in the
  eastern city of Benghazi": the city after the head, behind a gap of
  ``lexicons/entities/missions.yaml`` (``after``);
* أعلنت السفارة التركية, "the Turkish Embassy said": no city. Türkiye has one embassy
  in Libya, so a head with no city names the mission whose ``host`` the article is
  about: a place of the host country named, and none of a third country. Two
  consulates share their head, so a bare consulate names neither.

A head followed by a city of no mission of ours, or by في/in + another word
(``elsewhere``: "the Turkish Embassy in Cairo", السفارة التركية لدى مصر), is another
mission and stays unlinked, as does a head inside a name already linked. Only the head
becomes the mission's mention; the city stays the place the matcher found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick_rs

from schemas import Entity, EntityType
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "missions.yaml"
)
#: Arabic proclitics a head may carry glued (بالقنصلية, والسفارة).
_PROCLITICS = ("", "و", "ب", "وب", "ف")
_GENERIC = "org:generic:"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")

Accs = dict[str, list[Any]]
AddFn = Callable[[Accs, Entity, int, int], None]


class Mission(NamedTuple):
    id: str
    city: str
    host: str | None
    sender: str


def _folded_pattern(pattern: str) -> re.Pattern[str]:
    """A lexicon regex with its words folded as the text is (ة→ه, ’→')."""
    return re.compile(_NON_ASCII.sub(lambda m: fold_char_string(m.group()), pattern))


class Missions:
    """Per language: folded heads -> the missions they may name, and the gaps."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._missions: dict[str, dict[str, list[Mission]]] = {}
        for row in data.get("missions", ()):
            mission = Mission(row["id"], row["city"], row.get("host"), row["sender"])
            for lang, heads in row["heads"].items():
                by_head = self._missions.setdefault(lang, {})
                for head in heads:
                    by_head.setdefault(fold_char_string(head), []).append(mission)
        # the words every head holds: an article without one is left at a substring
        # test in C, before the automaton (whose str search maps byte offsets back)
        self._cues = {
            lang: tuple(fold_char_string(c) for c in cues)
            for lang, cues in (data.get("cues") or {}).items()
        }
        for lang, heads in self._missions.items():
            cues = self._cues.get(lang, ())
            missing = [h for h in heads if not any(c in h for c in cues)]
            if missing:
                raise ValueError(f"missions: {lang} heads without a cue word: {missing}")
        self._matchers = {
            lang: (ahocorasick_rs.AhoCorasick(list(heads)), list(heads))
            for lang, heads in self._missions.items()
        }
        self._longest = {lang: max(map(len, heads)) for lang, heads in self._missions.items()}

        def patterns(key: str) -> dict[str, list[re.Pattern[str]]]:
            return {
                lang: [_folded_pattern(p) for p in pats]
                for lang, pats in (data.get(key) or {}).items()
            }

        self._after = patterns("after")
        self._elsewhere = patterns("elsewhere")

    def add(
        self,
        accs: Accs,
        f: str,
        lang: str | None,
        templates: Sequence[Entity],
        index_of_id: Mapping[str, int],
        add: AddFn,
    ) -> None:
        """Link the mission heads of the folded text ``f`` that one mission fits."""
        matcher = self._matchers.get(lang or "")
        if matcher is None:
            return
        automaton, heads = matcher
        hits = self._hits(f, automaton, self._cues[lang or ""], self._longest[lang or ""])
        if not hits:
            return
        # a generic national actor ("the Turkish embassy" as Turkey's) yields to the
        # mission; any other organisation's name holds the head (سفارة تركيا لدى ليبيا)
        orgs = [
            span
            for ent_id, acc in accs.items()
            if acc[0].type is EntityType.ORG and not ent_id.startswith(_GENERIC)
            for span in acc[1]
        ]
        starts: dict[int, str] = {}  # where each found entity's mention starts
        for ent_id, acc in accs.items():
            for a, _ in acc[1]:
                starts.setdefault(a, ent_id)
        for index, start, end in sorted(hits, key=lambda h: (h[1], -h[2])):
            if not self._bounded(f, start, end) or any(
                a <= start < b or a < end <= b for a, b in orgs
            ):
                continue
            mission = self._fitting(
                self._missions[lang or ""][heads[index]], accs, f, end, lang, starts
            )
            if mission is None:
                continue
            target = index_of_id.get(mission.id)
            if target is not None:
                _drop_generic(accs, start, end)
                add(accs, templates[target], start, end)
                orgs.append((start, end))  # one mission per head: the longest wins

    @staticmethod
    def _hits(
        f: str, automaton: ahocorasick_rs.AhoCorasick, cues: Sequence[str], longest: int
    ) -> set[tuple[int, int, int]]:
        """(head index, start, end) of every head in ``f``, overlapping ones too.

        Every head holds a cue word, so each one lies within ``longest`` characters of
        a cue's occurrence: the automaton reads only those windows. On the whole
        article its str search (which maps byte offsets back to characters) cost
        ~0.2 M instructions per article of the entity bench (callgrind, 200 articles).
        """
        hits: set[tuple[int, int, int]] = set()
        for cue in cues:
            at = f.find(cue)
            while at >= 0:
                lo = max(0, at - longest)
                window = f[lo : at + len(cue) + longest]
                for index, start, end in automaton.find_matches_as_indexes(
                    window, overlapping=True
                ):
                    hits.add((index, lo + start, lo + end))
                at = f.find(cue, at + 1)
        return hits

    @staticmethod
    def _bounded(f: str, start: int, end: int) -> bool:
        """Whether the head stands as whole words, an Arabic proclitic at most glued
        before it."""
        word = f.rfind(" ", 0, start) + 1
        if f[word:start] not in _PROCLITICS:
            return False
        return end == len(f) or not f[end].isalnum()

    def _fitting(
        self,
        candidates: list[Mission],
        accs: Accs,
        f: str,
        end: int,
        lang: str | None,
        starts: Mapping[int, str],
    ) -> Mission | None:
        """The one candidate the city beside the head, or the article, points to."""
        key = lang or ""
        for gap in self._after.get(key, ()):
            m = gap.match(f, end)
            if m is not None and (found := starts.get(m.end())) is not None:
                return self._by_city(candidates, found, accs)
        if any(p.match(f, end) for p in self._elsewhere.get(key, ())):
            return None  # "in Cairo", في بيان: not a mission we can tell
        bare = [c for c in candidates if c.host]
        if len(bare) != 1:
            return None
        host, sending = bare[0].host, bare[0].sender
        countries = {
            acc[0].country
            for acc in accs.values()
            if acc[0].country and acc[0].type in (EntityType.GPE, EntityType.LOC)
        }
        if host in countries and countries <= {host, sending}:
            return bare[0]
        return None

    @staticmethod
    def _by_city(candidates: list[Mission], found: str, accs: Accs) -> Mission | None:
        """The candidate sitting in the place ``found`` (a host-country GPE right after
        the head, "in Libya", names the one mission of that host)."""
        for c in candidates:
            if c.city == found:
                return c
        ent = accs[found][0]
        if ent.type is EntityType.GPE:
            hosted = [c for c in candidates if c.host and c.host == ent.country]
            if len(hosted) == 1:
                return hosted[0]
        return None


def _drop_generic(accs: Accs, start: int, end: int) -> None:
    """Take the generic actors' mentions overlapping ``start``-``end`` off ``accs``
    (the entity too, when nothing else names it)."""
    for ent_id in [k for k in accs if k.startswith(_GENERIC)]:
        acc = accs[ent_id]
        acc[1] = [(a, b) for a, b in acc[1] if b <= start or a >= end]
        if not acc[1]:
            del accs[ent_id]


@cache
def missions(path: Path = DEFAULT_PATH) -> Missions:
    with path.open(encoding="utf-8") as handle:
        return Missions(safe_load(handle) or {})
