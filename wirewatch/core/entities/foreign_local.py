"""A country's bare institution name right after another country's name is that
other country's institution.

``local`` aliases are the bare names a country's own press gives its institutions
("Dışişleri Bakanlığı", "Başbakanlık" in Turkish copy mean Türkiye's). Written right
after another country's name or adjective ("Libya Başbakanlık Basın Ofisi", "Rusya
Dışişleri Bakanlığı") the same words name that country's body, which the KB may not
hold: the mention is dropped rather than linked to the wrong country's (the entity
too, when nothing else names it). So too right after another country's place made an
adjective by a Turkish locative ending ("Trablus'taki Başbakanlık binasında",
"Kahire'deki Dışişleri Bakanlığı": the body in that place).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.view import FIELDS, ID, SPANS, EntityView, with_spans
from wirewatch.core.textfold import fold_char_string, lower

#: what may stand between the country and the name: spaces, a possessive
_GAP = frozenset(" \t'’")
#: the places whose locative adjective ("Trablus'taki") makes a body theirs
_PLACES = frozenset({EntityType.GPE, EntityType.LOC})
_MAX_GAP = 3


class ForeignLocal:
    """The KB's local aliases by entity, and the check on the word before them."""

    def __init__(
        self,
        entities: Iterable[KBEntity],
        derived: Mapping[str, Iterable[str]] | None = None,
        locative: Collection[str] = (),
    ) -> None:
        """``derived``: entity id -> folded local forms derived from its aliases
        (org_forms.turkish_ministry_forms: "enerji bakanligi"), checked as its
        ``local`` aliases are. ``locative``: folded endings that make a place an
        adjective of the next word ("daki": "Trablus'taki")."""
        self._locative = tuple(sorted(locative, key=len, reverse=True))
        self._local: dict[str, tuple[str, tuple[str, ...]]] = {}
        derived = derived or {}
        for ent in entities:
            keys = tuple(alias_key(a) for _lang, a in ent.local.items())
            keys += tuple(derived.get(ent.id, ()))
            if keys and ent.country and ent.type is EntityType.ORG:
                self._local[ent.id] = (ent.country, keys)

    def concerns(self, ids: Collection[str]) -> bool:
        """Whether ``drop`` may drop a mention of entities with these ``ids`` (a set
        or dict view: one check in C, not an attribute read an entity)."""
        return not self._local.keys().isdisjoint(ids)

    def drop(self, views: list[EntityView], display: str) -> list[EntityView]:
        """``views`` without local-alias mentions that follow a foreign country
        (``views`` itself when none does)."""
        local = self._local
        if not local or local.keys().isdisjoint([view[ID] for view in views]):
            return views
        gpe = EntityType.GPE
        ends = {
            b: fields["country"]
            for _order, _id, fields, spans in views
            if fields["type"] is gpe and fields["country"]
            for _a, b in spans
        }
        places = (
            {
                b: fields["country"]
                for _order, _id, fields, spans in views
                if fields["type"] in _PLACES and fields["country"]
                for _a, b in spans
            }
            if self._locative
            else {}
        )
        if not ends and not places:
            return views
        out: list[EntityView] = []
        changed = False
        for view in views:
            spec = local.get(view[ID])
            if spec is None:
                out.append(view)
                continue
            country, keys = spec
            spans = view[SPANS]
            kept = [
                (a, b)
                for a, b in spans
                if not (  # the cheap look-ups first: most mentions follow no country
                    (
                        self._after_foreign(display, a, country, ends)
                        or self._in_foreign_place(display, a, country, places)
                    )
                    and alias_key(display[a:b]).startswith(keys)
                )
            ]
            if len(kept) == len(spans):
                out.append(view)
                continue
            changed = True
            if kept:
                out.append(with_spans(view, kept))
        return out if changed else views

    def _in_foreign_place(
        self, display: str, start: int, country: str, places: dict[int, str]
    ) -> bool:
        """Whether the word before ``start`` is another country's place (GPE or LOC,
        ``places``: span end -> country) with a locative ending ("Trablus'taki ")."""
        if not places:
            return False
        end = start
        while end > 0 and display[end - 1] in " \t":
            end -= 1
        if end == start or end == 0:
            return False
        word_end = end
        tail = lower(display[max(0, end - 8) : end])
        for ending in self._locative:
            if not tail.endswith(ending):
                continue
            cut = word_end - len(ending)
            if cut > 0 and display[cut - 1] in "'’":
                cut -= 1
            other = places.get(cut) or places.get(word_end)
            if other is not None:
                return other != country
        return False

    @staticmethod
    def _after_foreign(display: str, start: int, country: str, ends: dict[int, str]) -> bool:
        for gap in range(_MAX_GAP + 1):
            end = start - gap
            if end < 0 or (gap and display[end] not in _GAP and not display[end].isalpha()):
                break
            other = ends.get(end)
            if other is not None:
                return other != country and all(c in _GAP for c in display[end:start])
        return False


def drop_foreign_qualified(
    views: list[EntityView], display: str, nationalities: Mapping[str, tuple[str, Any]]
) -> list[EntityView]:
    """(arorg) ``views`` without the Arabic mentions of an organisation that another
    country's adjective qualifies right after it, directly or after one genitive word
    glued to ل: the KB's bare aliases of a country's bodies (مجلس النواب, مجلس الدولة,
    القيادة العامة, حكومة الوحدة الوطنية) are other countries' bodies in "مجلس النواب
    المصري", "مجلس الدولة الفرنسي", "القيادة العامة للجيش السوداني", "حكومة الوحدة
    الوطنية الفلسطينية" (probes: 8 such false Libyan bodies on main).
    ``nationalities``: the lexicon's folded adjectives (no article) -> (language,
    nationality). ``views`` itself when no mention is dropped."""
    org = EntityType.ORG
    out: list[EntityView] = []
    changed = False
    for view in views:
        fields = view[FIELDS]
        country = fields["country"]
        if fields["type"] is not org or not country:
            out.append(view)
            continue
        spans = view[SPANS]
        kept = [
            (a, b) for a, b in spans if not _qualified_by_other(display, b, country, nationalities)
        ]
        if len(kept) == len(spans):
            out.append(view)
            continue
        changed = True
        if kept:
            out.append(with_spans(view, kept))
    return out if changed else views


#: How an adjective (المصري) or a genitive glued to ل (للجيش, لشرطة) begins.
_ARTICLE_OR_LAM = frozenset({"ال"} | {"ل" + chr(c) for c in range(0x0621, 0x064B)})


def _qualified_by_other(
    display: str, end: int, country: str, nationalities: Mapping[str, tuple[str, Any]]
) -> bool:
    """Whether another country's Arabic adjective (المصري) follows the Arabic mention
    ending at ``end``, right after it or after one word glued to ل (للجيش السوداني)."""
    if display[end : end + 1] != " " or display[end + 1 : end + 3] not in _ARTICLE_OR_LAM:
        return False  # most mentions: no ال or ل word after them
    if not "\u0600" <= display[end - 1 : end] <= "\u06ff":
        return False
    words = display[end + 1 : end + 48].split(maxsplit=2)[:2]
    if not words:
        return False
    if words[0][:1] == "ل" and len(words) == 2:
        words = words[1:]  # للجيش السوداني: the genitive's adjective
    word = fold_char_string(words[0]).rstrip('.,،:;؛)»"')
    if not word.startswith("ال"):
        return False
    nat = nationalities.get(word[2:])
    return nat is not None and nat[0] == "ar" and nat[1].country != country
