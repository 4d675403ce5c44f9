"""Who held an office on a given day, from the KB's ``terms``.

An office is a key of ``lexicons/offices/offices.yaml`` (``defence-minister``) that
covers some KB term roles ("Minister of National Defence", "defence minister (GNU)").
:meth:`OfficeHolders.holder_at` answers "who was Turkey's defence minister on
2023-05-01?" (Hulusi Akar) — the one resolution function role mentions go through.

Dates are the KB's partial dates (``2014``, ``2014-08``, ``2014-08-29``). A term
covers a day when the day is not before its start and not after its end, each
compared at the precision the KB gives; a full-date end is exclusive (the successor
starts that day). When two holders still cover the day (a handover month given to
the month only, two rival governments' ministers) the answer is ``None`` rather
than a guess — except that a rival government's holder yields to the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.yamlload import safe_load

DEFAULT_OFFICES_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "offices"

_QUALIFIED = re.compile(r"^(?P<base>[^(]*?)\s*\((?P<qualifier>[^)]*)\)\s*$")


class _Office(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kb_roles: list[str] = Field(default_factory=list)
    #: a generic office ("minister"): every role with one of these words and none of
    #: ``except_words`` ("foreign minister", "minister of trade"; not "prime minister")
    role_words: list[str] = Field(default_factory=list)
    except_words: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _covers_some_role(self) -> _Office:
        if not self.kb_roles and not self.role_words:
            raise ValueError("an office needs kb_roles or role_words")
        return self


class OfficesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    governments: list[str] = Field(default_factory=list)
    rivals: list[str] = Field(default_factory=list)
    offices: dict[str, _Office]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def split_role(role: str) -> tuple[str, str | None]:
    """A KB term role as (base, qualifier): "prime minister (GNA)" -> ("prime
    minister", "gna")."""
    m = _QUALIFIED.match(role)
    if m is None:
        return _norm(role), None
    return _norm(m["base"]), _norm(m["qualifier"])


@dataclass(frozen=True, slots=True)
class Tenure:
    entity: KBEntity
    start: str | None
    end: str | None
    rival: bool

    def covers(self, day: str) -> bool:
        """Whether the term covers ``day`` (YYYY-MM-DD)."""
        return term_covers(self.start, self.end, day)


def term_covers(start: str | None, end: str | None, day: str) -> bool:
    """Whether a KB term from ``start`` to ``end`` (YYYY, YYYY-MM or YYYY-MM-DD; a full
    end date is the first day out of office) covers ``day`` (YYYY-MM-DD)."""
    if start and day[: len(start)] < start:
        return False
    if end:
        if len(end) == 10:
            return day < end
        return day[: len(end)] <= end
    return True


class OfficeHolders:
    """(country, office key) -> the terms held, from every KB person's ``terms``."""

    def __init__(self, spec: OfficesFile, entities: Iterable[KBEntity]) -> None:
        entities = list(entities)
        self.offices = frozenset(spec.offices)
        governments = {_norm(g) for g in spec.governments}
        rivals = {_norm(r) for r in spec.rivals}
        countries = {
            alias_key(name)
            for e in entities
            if e.type is EntityType.GPE
            for name in (e.name, *e.aliases.en)
        }
        # (base, qualifier) -> office; qualifier None: unqualified or a government's
        wanted: dict[tuple[str, str | None], str] = {}
        for key, office in spec.offices.items():
            for role in office.kb_roles:
                wanted[split_role(role)] = key
        # generic offices: key -> (words one of which the role has, words it must not)
        generic = {
            key: (frozenset(map(_norm, o.role_words)), frozenset(map(_norm, o.except_words)))
            for key, o in spec.offices.items()
            if o.role_words
        }
        #: the generic offices ("minister"): a title of one narrows an undated name only
        self.generic = frozenset(generic)
        self._tenures: dict[tuple[str, str], list[Tenure]] = {}
        for ent in entities:
            if ent.type is not EntityType.PERSON or not ent.country:
                continue
            for term in ent.terms:
                base, qualifier = split_role(term.role)
                tenure = Tenure(ent, term.start, term.end, qualifier in rivals)
                # a government's prime minister holds both "gnu-prime-minister" and
                # the country's "prime-minister"
                for office_key in _office_keys(base, qualifier, wanted, governments, countries):
                    self._tenures.setdefault((ent.country, office_key), []).append(tenure)
                words = set(base.split())
                for office_key, (some, none) in generic.items():
                    if words & some and not words & none:
                        self._tenures.setdefault((ent.country, office_key), []).append(tenure)

    @classmethod
    def load(cls, entities: Iterable[KBEntity], offices_dir: Path | None = None) -> OfficeHolders:
        path = Path(offices_dir or DEFAULT_OFFICES_DIR) / "offices.yaml"
        with path.open(encoding="utf-8") as handle:
            spec = OfficesFile.model_validate(safe_load(handle))
        return cls(spec, entities)

    def tenures(self, country: str, office: str) -> list[Tenure]:
        return list(self._tenures.get((country, office), ()))

    def items(self) -> list[tuple[tuple[str, str], list[Tenure]]]:
        """Every (country, office key) with the terms held in it (``term_checks``)."""
        return [(key, list(tenures)) for key, tenures in self._tenures.items()]

    def holder_at(self, country: str, office: str, when: date | datetime | str) -> KBEntity | None:
        """The KB person holding ``office`` of ``country`` on ``when``; None when the KB
        knows no holder then, or more than one (a guess would link the wrong person)."""
        day = when if isinstance(when, str) else when.isoformat()
        day = day[:10]
        covering = [t for t in self._tenures.get((country, office), ()) if t.covers(day)]
        main = [t for t in covering if not t.rival] or covering
        people = {t.entity.id: t.entity for t in main}
        if len(people) != 1:
            return None
        return next(iter(people.values()))

    def offices_held(self, person_id: str, when: date | datetime | str) -> list[str]:
        """The specific office keys (not the generic "minister") ``person_id`` held on
        ``when``: what "his Libyan counterpart" of that person is counterpart in."""
        day = when if isinstance(when, str) else when.isoformat()
        day = day[:10]
        by_person = self.__dict__.get("_by_person")
        if by_person is None:  # built on first use: few articles say "counterpart"
            by_person = {}
            for (_country, key), tenures in self._tenures.items():
                if key in self.generic:
                    continue
                for t in tenures:
                    by_person.setdefault(t.entity.id, []).append((key, t))
            self.__dict__["_by_person"] = by_person
        return sorted({key for key, t in by_person.get(person_id, ()) if t.covers(day)})

    def holders_at(self, office: str, when: date | datetime | str) -> list[KBEntity]:
        """Every KB person holding ``office`` of any country on ``when`` (rival
        governments' included): the few a title narrows a name to."""
        day = when if isinstance(when, str) else when.isoformat()
        day = day[:10]
        by_office = self.__dict__.get("_by_office")
        if by_office is None:  # built on first use: most articles name no title
            by_office = {}
            for (_country, key), tenures in self._tenures.items():
                by_office.setdefault(key, []).extend(tenures)
            self.__dict__["_by_office"] = by_office
        cache = self.__dict__.setdefault("_holders_cache", {})
        held: list[KBEntity] | None = cache.get((office, day))
        if held is None:
            people = {t.entity.id: t.entity for t in by_office.get(office, ()) if t.covers(day)}
            held = list(people.values())
            if len(cache) >= 4096:  # articles of many days: keep it bounded
                cache.clear()
            cache[(office, day)] = held
        return held

    def holders_ever(self, office: str) -> list[KBEntity]:
        """Every KB person who held ``office`` of any country at any time: the
        candidates a title narrows a name to when the article gives no date."""
        ever = self.__dict__.setdefault("_ever_cache", {})
        held: list[KBEntity] | None = ever.get(office)
        if held is None:
            people = {
                t.entity.id: t.entity
                for (_country, key), tenures in self._tenures.items()
                if key == office
                for t in tenures
            }
            held = list(people.values())
            ever[office] = held
        return held


def _office_keys(
    base: str,
    qualifier: str | None,
    wanted: dict[tuple[str, str | None], str],
    governments: set[str],
    countries: frozenset[str] | set[str],
) -> list[str]:
    """The offices a KB term feeds: the one its qualified role names, and the
    unqualified one when it is unqualified or held under a listed government."""
    for candidate in _bases(base, countries):
        keys = [wanted[(candidate, qualifier)]] if (candidate, qualifier) in wanted else []
        if (qualifier is None or qualifier in governments) and (candidate, None) in wanted:
            unqualified = wanted[(candidate, None)]
            if unqualified not in keys:
                keys.append(unqualified)
        if keys:
            return keys
    return []


def _bases(base: str, countries: frozenset[str] | set[str]) -> list[str]:
    """The role as written and, when it ends in "of <country>", without it."""
    head, sep, tail = base.rpartition(" of ")
    if sep and alias_key(tail.removeprefix("the ")) in countries:
        return [base, head]
    return [base]
