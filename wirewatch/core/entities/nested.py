"""Organisations named inside another organisation's name.

An alias such as وزارة الدفاع بحكومة الوحدة الوطنية ("the Ministry of Defence of the
Government of National Unity") or "Foreign Affairs Committee of the House of
Representatives" is matched whole (the longest match wins), so the inner organisation
it names would go unlinked. The knowledge base already says which aliases hold another
organisation's alias; this module finds those pairs once, at load time, and adds the
inner organisation's mention wherever the outer one is linked. Only a multi-word,
country-free inner alias (not a ``local`` one: Turkish "Dışişleri Bakanlığı" inside
"Rusya Dışişleri Bakanlığı" is Russia's) counts, and only behind a word that makes it a
reference: "of (the)", في, لدى, التابعة, or the proclitic ب/ل glued to it (بحكومة).
A name that merely contains another one ("Gendarmerie General Command", "TRT Arabi")
adds nothing.

A person named inside an organisation's alias is added the same way (issue #12,
accarent): Arabic copy names a government or a force by its leader, حكومة الدبيبة,
حكومة أسامة حماد, قيادة حفتر, and the labels (and a reader) count the leader as named.
Only an alias whose first word is a leader-led body (``_LED_BY_HEADS``: government,
forces, command, militias, regime) counts, and only a person form that ends the alias
(its full alias, surname or weak short form); a surname several KB persons share names
its most prominent bearer, or no one on a tie. A body named after a person who does not
lead it (جامعة عمر المختار, مطار محمد الخامس) has no such head and adds no one.

Turkish copy names such a body the other way round, leader first and the body as a
possessed noun (``_LED_BY_TAILS``): "Dbeybe hükümeti", "Serrac hükümeti", "Hafter'e
bağlı güçler" (issue #12, enttr3). The KB's aliases of that shape had swallowed the
leader, so "Halife Hafter'e bağlı güçler" named the LNA and no one (the real-text
labels count the leader: tr-31124's "Hafter'e bağlı güçler" is Haftar's). A person
form (Turkish alias, surname or weak form) that opens such an alias, whole or before a
case ending ("Hafter'e"), is added at the start of each mention. A body named after
a person who does not lead it ("Atatürk Havalimanı") has no such tail.

A city that ends an organisation's alias behind في, "in" or a glued ب (القنصلية التركية
في بنغازي, "Libyan Embassy in Cairo", المجلس العسكري بمصراتة) is added as the place it
is (issue #12, arorg): the real-text labels stop the mission at its head (القنصلية
التركية) and label the city apart, and the longest match had swallowed it (a missed
Benghazi in ar-002). Only a KB place (LOC) that ends the alias counts: a city that
starts a name ("Bingazi Başkonsolosluğu", جامعة طرابلس) or a country after "of"
("Central Bank of Libya") is part of the name and adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from schemas import Entity, EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.textfold import fold_char_string

#: An inner organisation: its folded alias and its index in the entity list.
Inner = tuple[str, int]


#: Words right before an inner name that make it a reference to that organisation.
_CONNECTORS = frozenset({"of", "في", "لدى", "التابعه", "التابع"})
#: Proclitics that make the word they are glued to a reference (بحكومة, لمجلس).
_LINKING_CLITICS = frozenset({"ب", "ل"})
#: Words right before a city that ends an alias and makes it where the body is.
_PLACE_CONNECTORS = frozenset({"في", "in"})
#: First words (folded) of an alias that names a body by the person who leads it:
#: حكومة الدبيبة, قيادة حفتر, قوات حفتر, نظام القذافي.
_LED_BY_HEADS = frozenset(
    fold_char_string(w)
    for w in ("حكومة", "قوات", "قيادة", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "نظام")
)
#: Last words (folded) of a Turkish alias that names a body by the person who leads it,
#: the leader first: "Dbeybe hükümeti", "Hafter güçleri", "Hafter'e bağlı güçler".
_LED_BY_TAILS = frozenset(
    fold_char_string(w)
    for w in ("hükümeti", "güçleri", "güçler", "yönetimi", "rejimi", "milisleri", "kuvvetleri")
)
#: The same for English, where the leader opens the name bare or possessive ("Dbeibah
#: government", "Haftar's forces"): the KB's aliases of that shape had swallowed the
#: leader as the Turkish ones had (issue #12, entmech).
_LED_BY_TAILS_EN = frozenset(
    ("government", "forces", "militias", "militia", "administration", "regime", "loyalists")
)


def _alias_keys(ent: KBEntity, local: bool = True) -> list[str]:
    groups = (ent.aliases, ent.local) if local else (ent.aliases,)
    return [alias_key(a) for group in groups for _lang, a in group.items()]


class NestedNames:
    """For each organisation, the organisations its aliases name inside them."""

    def __init__(self, entities: Sequence[KBEntity]) -> None:
        inner_of: dict[str, int] = {}
        for idx, ent in enumerate(entities):
            if ent.type is EntityType.ORG:
                for key in _alias_keys(ent, local=False):
                    if len(key.split()) >= 2:
                        inner_of.setdefault(key, idx)
        self._inner: dict[str, tuple[Inner, ...]] = {}  # outer KB id -> inner ones
        #: outer KB id -> the leaders that open its Turkish aliases ("dbeybe hükümeti")
        self._leading: dict[str, tuple[Inner, ...]] = {}
        for idx, ent in enumerate(entities):
            if ent.type is not EntityType.ORG:
                continue
            found: set[Inner] = set()
            for key in _alias_keys(ent):
                tokens = key.split()
                for i in range(1, len(tokens) - 1):
                    for first in self._readings(tokens[i], tokens[:i]):
                        for j in range(i + 2, len(tokens) + 1):
                            sub = " ".join([first, *tokens[i + 1 : j]])
                            target = inner_of.get(sub)
                            if target is not None and target != idx:
                                found.add((sub, target))
            found |= self._leaders(ent, entities, self._person_forms(entities))
            found |= self._seats(ent, self._place_forms(entities))
            leading = self._leaders_first(ent, self._person_forms(entities, "tr"), "tr")
            leading |= self._leaders_first(ent, self._person_forms(entities, "en"), "en")
            if leading:
                self._leading[ent.id] = tuple(sorted(leading, key=lambda x: (-len(x[0]), x)))
            if found:  # longest first: one mention per inner organisation and span
                self._inner[ent.id] = tuple(sorted(found, key=lambda x: (-len(x[0]), x)))

    _person_index: dict[str, dict[str, int]] | None = None

    def _person_forms(self, entities: Sequence[KBEntity], lang: str = "ar") -> dict[str, int]:
        """Folded person forms of ``lang`` -> the one person they name (built once):
        full aliases, surnames and weak short forms; a form several persons share goes
        to the most prominent, or to no one on a tie."""
        if self._person_index is None:
            self._person_index = {}
        known = self._person_index.get(lang)
        if known is not None:
            return known
        bearers: dict[str, list[int]] = {}
        for idx, ent in enumerate(entities):
            if ent.type is EntityType.PERSON:
                for group in (ent.aliases, ent.surnames, ent.weak):
                    for key in {alias_key(a) for a in getattr(group, lang)}:
                        bearers.setdefault(key, []).append(idx)
        index: dict[str, int] = {}
        for key, idxs in bearers.items():
            ranked = sorted(idxs, key=lambda i: entities[i].prominence, reverse=True)
            if len(ranked) == 1 or entities[ranked[0]].prominence > entities[ranked[1]].prominence:
                index[key] = ranked[0]
        self._person_index[lang] = index
        return index

    _place_index: dict[str, int] | None = None

    def _place_forms(self, entities: Sequence[KBEntity]) -> dict[str, int]:
        """Folded aliases of the KB's places (LOC) -> the place (built once; a form two
        places share goes to the first)."""
        if self._place_index is None:
            index: dict[str, int] = {}
            for idx, ent in enumerate(entities):
                if ent.type is EntityType.LOC:
                    for key in _alias_keys(ent, local=False):
                        index.setdefault(key, idx)
            self._place_index = index
        return self._place_index

    @staticmethod
    def _seats(ent: KBEntity, places: dict[str, int]) -> set[Inner]:
        """The places that end an alias of ``ent`` behind في, "in" or a glued ب."""
        out: set[Inner] = set()
        for key in _alias_keys(ent):
            tokens = key.split()
            for i in range(1, len(tokens)):
                tail = " ".join(tokens[i:])
                readings = [tail] if tokens[i - 1] in _PLACE_CONNECTORS else []
                if tokens[i][:1] == "ب" and len(tokens[i]) >= 4:
                    readings.append(tail[1:])  # ببنغازي, بمصراتة
                for reading in readings:
                    target = places.get(reading)
                    if target is not None:
                        out.add((reading, target))
        return out

    @staticmethod
    def _leaders(
        ent: KBEntity, entities: Sequence[KBEntity], persons: dict[str, int]
    ) -> set[Inner]:
        """The persons whose form ends an Arabic alias of a leader-led body."""
        out: set[Inner] = set()
        for alias in ent.aliases.ar:
            tokens = alias_key(alias).split()
            if len(tokens) < 2 or tokens[0] not in _LED_BY_HEADS:
                continue
            for i in range(1, len(tokens)):
                tail = " ".join(tokens[i:])
                target = persons.get(tail)
                if target is not None:
                    out.add((tail, target))
                    break  # the longest form that ends the alias
        return out

    @staticmethod
    def _leaders_first(ent: KBEntity, persons: dict[str, int], lang: str) -> set[Inner]:
        """The persons whose Turkish or English form opens an alias of a leader-led
        body (whole, or before a case ending or a possessive: "hafter'e bağlı güçler",
        "haftar's forces")."""
        out: set[Inner] = set()
        tails = _LED_BY_TAILS if lang == "tr" else _LED_BY_TAILS_EN
        for alias in (*getattr(ent.aliases, lang), *getattr(ent.local, lang)):
            tokens = alias_key(alias).split()
            if len(tokens) < 2 or tokens[-1] not in tails:
                continue
            for i in range(len(tokens) - 1, 0, -1):
                words = tokens[:i]
                words[-1] = words[-1].split("'")[0]  # hafter'e -> hafter, haftar's -> haftar
                head = " ".join(words)
                target = persons.get(head)
                if target is not None:
                    out.add((head, target))
                    break  # the longest form that opens the alias
        return out

    @staticmethod
    def _readings(token: str, before: list[str]) -> list[str]:
        """How an inner name may start at ``token`` given the words ``before`` it:
        as it stands after a connector ("of the", في), or without the linking proclitic
        glued to it (بحكومة → حكومة)."""
        out = []
        if before[-1] in _CONNECTORS or (
            len(before) >= 2 and before[-1] == "the" and before[-2] == "of"
        ):
            out.append(token)
        if token[:1] in _LINKING_CLITICS and len(token) >= 3:
            out.append(token[1:])
        return out

    def __bool__(self) -> bool:
        return bool(self._inner) or bool(self._leading)

    def add_inner(
        self,
        accs: dict[str, list[Any]],
        f: str,
        templates: Sequence[Entity],
        add: Callable[[dict[str, list[Any]], Entity, int, int], None],
    ) -> None:
        """Add the inner organisations of every linked outer one, at their place in
        each outer mention of the folded text ``f``."""
        for ent_id in self._leading.keys() & accs.keys():
            for start, end in list(accs[ent_id][1]):
                segment = f[start:end]
                for sub, target in self._leading[ent_id]:
                    # the leader opens the body's name, whole or before a case ending
                    if segment.startswith(sub) and segment[len(sub) : len(sub) + 1] in " '":
                        add(accs, templates[target], start, start + len(sub))
                        break
        for ent_id in self._inner.keys() & accs.keys():
            inner = self._inner[ent_id]
            for start, end in list(accs[ent_id][1]):
                segment = f[start:end]
                done: set[int] = set()
                for sub, target in inner:
                    at = segment.find(sub)
                    if at <= 0 or target in done:
                        continue
                    word = segment.rfind(" ", 0, at) + 1
                    if templates[target].type is EntityType.LOC:
                        # the seat ends the body's name: في بنغازي, ببنغازي, "in Cairo"
                        # (behind في/"in" or ب in this mention, not in some alias only:
                        # بلدية مصراتة names the municipality, not where it sits)
                        before = segment[:word].split()[-1:]
                        if segment.endswith(sub) and (
                            segment[word:at] == "ب"
                            or (word == at and before and before[0] in _PLACE_CONNECTORS)
                        ):
                            add(accs, templates[target], start + at, start + at + len(sub))
                            done.add(target)
                        continue
                    if templates[target].type is EntityType.PERSON:
                        # a leader ends the body's name: حكومة الدبيبة, not حكومة الدبيبة الأولى
                        if word == at and segment.endswith(sub):
                            add(accs, templates[target], start + at, start + at + len(sub))
                            done.add(target)
                        continue
                    if word == at or segment[word:at] in _LINKING_CLITICS:
                        add(accs, templates[target], start + at, start + at + len(sub))
                        done.add(target)
