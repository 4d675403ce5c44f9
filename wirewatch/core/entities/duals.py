"""Two bodies named by one Arabic dual noun: مجلسي النواب والدولة (issue #12, entmech).

Arabic copy names two councils, ministries or governments at once with the head noun
in the dual and their names coordinated by و: مجلسي النواب والدولة ("the two councils,
of Representatives and of State"), المجلسين الرئاسي والأعلى للدولة, وزارتي الخارجية
والدفاع. Neither body's name is written whole, so the matcher found neither (or, where
the KB lists the dual phrase as an alias, only the body it was filed under). Here each
part is read with the head in the singular (مجلس النواب, المجلس الأعلى للدولة) and
looked up among the KB's Arabic organisation names; when both parts name a body, two
different ones, each is linked on its part of the phrase.

Both parts must name a body: a dual whose parts are no KB names (مجلسي الإدارة
والأمناء), or one part only, links nothing. A body already linked on the phrase (the
KB's own dual alias) keeps its mention. The cost is one substring search per dual
noun per Arabic article; the rest runs only where one occurs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from schemas import Entity, EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.textfold import fold_char_string

Accs = dict[str, list[Any]]
AddFn = Callable[[Accs, Entity, int, int], None]

#: dual head (as written, before folding) -> its singular
_DUALS = {
    "مجلسي": "مجلس",
    "مجلسا": "مجلس",
    "المجلسين": "المجلس",
    "المجلسان": "المجلس",
    "وزارتي": "وزارة",
    "وزارتا": "وزارة",
    "الوزارتين": "الوزارة",
    "الوزارتان": "الوزارة",
    "حكومتي": "حكومة",
    "حكومتا": "حكومة",
    "الحكومتين": "الحكومة",
    "الحكومتان": "الحكومة",
}
#: proclitics the dual noun may carry glued (ومجلسي, بين ... لمجلسي, بالمجلسين)
_PROCLITICS = frozenset({"", "و", "ل", "ب", "ف", "وب", "ول"})
#: words of each coordinated part read at most
_PART_WORDS = 3
_AND = "و"
_ARTICLE = "ال"


class DualBodies:
    """The KB's Arabic organisation names under the heads a dual noun stands for."""

    def __init__(self, entities: Iterable[KBEntity]) -> None:
        self._duals = {fold_char_string(d): fold_char_string(s) for d, s in _DUALS.items()}
        heads = set(self._duals.values())
        heads |= {_ARTICLE + h for h in heads if not h.startswith(_ARTICLE)}
        #: folded alias (opening with one of the heads) -> KB index; an alias two
        #: bodies share names neither
        by_alias: dict[str, int] = {}
        shared: set[str] = set()
        for idx, ent in enumerate(entities):
            if ent.type is not EntityType.ORG:
                continue
            for alias in (*ent.aliases.ar, *ent.local.ar):
                key = alias_key(alias)
                if key.split(" ", 1)[0] not in heads or " " not in key:
                    continue
                if by_alias.get(key, idx) != idx:
                    shared.add(key)
                by_alias[key] = idx
        self._bodies = {k: v for k, v in by_alias.items() if k not in shared}
        #: the dual nouns as white-space tokens, bare or behind a proclitic: an
        #: article with none (most) is passed over by one set test in C
        self._tokens = frozenset(p + d for d in self._duals for p in _PROCLITICS)

    def __bool__(self) -> bool:
        return bool(self._bodies)

    def _body(self, singular: str, part: list[str]) -> int | None:
        """The body the head in the singular and ``part`` name: as written
        (مجلس النواب) or with the article on the head or without it (المجلسين
        الرئاسي والنواب: المجلس الرئاسي, مجلس النواب)."""
        rest = " ".join(part)
        found = self._bodies.get(f"{singular} {rest}")
        if found is None:
            other = (
                singular[len(_ARTICLE) :] if singular.startswith(_ARTICLE) else _ARTICLE + singular
            )
            found = self._bodies.get(f"{other} {rest}")
        return found

    def add(
        self,
        accs: Accs,
        f: str,
        templates: Sequence[Entity],
        add: AddFn,
        tokens: AbstractSet[str] | None = None,
    ) -> None:
        """Link the two bodies of each dual noun of the folded Arabic text ``f``
        (``tokens``: its white-space tokens, when the caller has them)."""
        if (tokens if tokens is not None else set(f.split())).isdisjoint(self._tokens):
            return
        for dual, singular in self._duals.items():
            at = f.find(dual)
            while at != -1:
                self._add_at(accs, f, at, dual, singular, templates, add)
                at = f.find(dual, at + len(dual))

    def _add_at(
        self,
        accs: Accs,
        f: str,
        at: int,
        dual: str,
        singular: str,
        templates: Sequence[Entity],
        add: AddFn,
    ) -> None:
        word = at
        while word > 0 and f[word - 1].isalnum():
            word -= 1
        end = at + len(dual)
        if f[word:at] not in _PROCLITICS or (end < len(f) and f[end].isalnum()):
            return  # inside another word
        # the words after the dual noun, with their spans
        spans: list[tuple[int, int]] = []
        pos = end
        while len(spans) < 2 * _PART_WORDS + 1 and pos < len(f) and f[pos] == " ":
            start = pos + 1
            stop = start
            while stop < len(f) and (f[stop].isalnum() or f[stop] == "_"):
                stop += 1
            if stop == start:
                break
            spans.append((start, stop))
            pos = stop
        words = [f[s:e] for s, e in spans]
        for i in range(1, min(_PART_WORDS, len(words) - 1) + 1):
            second = words[i]
            if not second.startswith(_AND) or len(second) < 3:
                continue
            first = self._body(singular, words[:i])
            if first is None:
                continue
            # the longest second part that names a body (والأعلى للدولة)
            for j in range(min(len(words), i + _PART_WORDS), i, -1):
                other = self._body(singular, [second[1:], *words[i + 1 : j]])
                if other is None or other == first:
                    continue
                self._link(accs, templates[first], at, spans[i - 1][1], add)
                self._link(accs, templates[other], spans[i][0] + 1, spans[j - 1][1], add)
                return
            return

    @staticmethod
    def _link(accs: Accs, ent: Entity, start: int, end: int, add: AddFn) -> None:
        acc = accs.get(ent.id)
        if acc is not None and any(s < end and start < e for s, e in acc[1]):
            return  # linked on the phrase already (a KB dual alias)
        add(accs, ent, start, end)
