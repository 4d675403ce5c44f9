"""Checks of the KB's terms of office, which the date rules trust.

Two rules read a person's ``terms``: the role linker ("the Turkish defence minister"
is whoever held the office on the article's date, :mod:`offices`) and the contacts'
out-of-office rule (a dated contact with someone out of every office for over a year
is a recap, ``contacts/detector.py``). Both fail silently on a wrong term, so:

* :func:`term_errors` lists contradictions, which ``wirewatch kb check`` refuses: a
  term that starts after its holder's death or is still open (or ends) after it, two
  holders of one office of a country, neither of a rival government, both in office
  on the same day by their full dates (a handover given to the month only is no
  contradiction: :meth:`OfficeHolders.holder_at` answers None for it), and a term
  dated after the KB's declared horizon (``terms_as_of``: the claim is stale);
* :func:`term_audit` lists the judgement calls for a date (``scripts/kb_terms_audit.py``):
  people out of every office (their last end), offices with no holder or several on
  that date, holders whose terms overlap only at the precision the KB gives.

Dates are the KB's partial dates (``2014``, ``2014-08``, ``2014-08-29``); a full end
date is the first day out of office.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import OfficeHolders, Tenure, term_covers

#: Offices of which a country has one holder at a time (their generic "minister",
#: the several vice-presidents of a council, are not: the check reads these only).
SINGLE_HOLDER_OFFICES = frozenset(
    {
        "president",
        "prime-minister",
        "foreign-minister",
        "defence-minister",
        "interior-minister",
        "intelligence-chief",
        "chief-of-general-staff",
        "gnu-prime-minister",
        "gna-prime-minister",
        "presidential-council-president",
        "parliament-speaker",
        "state-council-chairman",
        "lna-commander",
        "lna-deputy-commander",
        "energy-minister",
        "central-bank-governor",
        "oil-corporation-chairman",
        "trade-minister",
        "oil-minister",
        "economy-minister",
        "libya-turkey-ambassador",
    }
)


@dataclass(frozen=True, slots=True)
class TermFinding:
    """One finding: ``kind`` names the check, ``ids`` the people it is about."""

    kind: str
    ids: tuple[str, ...]
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(self.ids)}: {self.detail}"


def _after(later: str, earlier: str) -> bool:
    """Whether partial date ``later`` is surely after ``earlier`` (compared at the
    precision both give)."""
    n = min(len(later), len(earlier))
    return later[:n] > earlier[:n]


def _full(value: str | None) -> bool:
    return value is not None and len(value) == 10


def death_errors(entities: Iterable[KBEntity]) -> list[TermFinding]:
    """Terms that start after their holder's death, or stay open or end after it."""
    out: list[TermFinding] = []
    for ent in entities:
        if ent.died is None:
            continue
        for term in ent.terms:
            if term.start and _after(term.start, ent.died):
                out.append(
                    TermFinding(
                        "term-after-death",
                        (ent.id,),
                        f"{term.role!r} starts {term.start}, died {ent.died}",
                    )
                )
            elif term.end is None:
                out.append(
                    TermFinding(
                        "open-term-of-the-dead",
                        (ent.id,),
                        f"{term.role!r} has no end, died {ent.died}: give it `to`",
                    )
                )
            elif _after(term.end, ent.died):
                out.append(
                    TermFinding(
                        "term-ends-after-death",
                        (ent.id,),
                        f"{term.role!r} ends {term.end}, died {ent.died}",
                    )
                )
    return out


def _surely_overlap(a: Tenure, b: Tenure) -> bool:
    """Whether two tenures share a day by full dates: each starts on a full date
    before the other's end, which is a full date or absent."""
    if not (_full(a.start) and _full(b.start)):
        return False
    assert a.start is not None and b.start is not None
    a_before_b_ends = b.end is None or (_full(b.end) and a.start < b.end)
    b_before_a_ends = a.end is None or (_full(a.end) and b.start < a.end)
    return a_before_b_ends and b_before_a_ends


def _maybe_overlap(a: Tenure, b: Tenure) -> bool:
    """Whether two tenures may share a day at the precision the KB gives."""

    def starts_before_end(t: Tenure, other: Tenure) -> bool:
        if t.start is None or other.end is None:
            return True
        n = min(len(t.start), len(other.end))
        if len(other.end) == 10 and len(t.start) == 10:
            return t.start < other.end
        return t.start[:n] <= other.end[:n]

    return starts_before_end(a, b) and starts_before_end(b, a)


def _tenure_pairs(holders: OfficeHolders) -> Iterable[tuple[str, str, Tenure, Tenure]]:
    """(country, office, tenure, tenure) of two people in one single-holder office,
    neither of a rival government."""
    for (country, office), tenures in sorted(holders.items()):
        if office not in SINGLE_HOLDER_OFFICES:
            continue
        main = [t for t in tenures if not t.rival]
        for a, b in combinations(main, 2):
            if a.entity.id != b.entity.id:
                yield country, office, a, b


def _span(t: Tenure) -> str:
    return f"{t.entity.id} {t.start or '?'}..{t.end or ''}"


def overlap_errors(holders: OfficeHolders) -> list[TermFinding]:
    """Two holders of one single-holder office, in office on the same day by full dates."""
    return [
        TermFinding(
            "overlapping-holders",
            tuple(sorted((a.entity.id, b.entity.id))),
            f"{country} {office}: {_span(a)} and {_span(b)}",
        )
        for country, office, a, b in _tenure_pairs(holders)
        if _surely_overlap(a, b)
    ]


def horizon_errors(entities: Iterable[KBEntity], terms_as_of: str | None) -> list[TermFinding]:
    """Terms dated after the day the KB says its terms were reviewed up to."""
    if terms_as_of is None:
        return []
    return [
        TermFinding(
            "term-after-horizon",
            (ent.id,),
            f"{term.role!r} {term.start or '?'}..{term.end or ''} is dated after "
            f"terms_as_of {terms_as_of}: review the terms and move the horizon on",
        )
        for ent in entities
        for term in ent.terms
        if any(d is not None and _after(d, terms_as_of) for d in (term.start, term.end))
    ]


def term_errors(
    entities: Iterable[KBEntity], holders: OfficeHolders, terms_as_of: str | None = None
) -> list[TermFinding]:
    """The contradictions ``wirewatch kb check`` refuses."""
    entities = list(entities)
    return death_errors(entities) + overlap_errors(holders) + horizon_errors(entities, terms_as_of)


def last_term_end(ent: KBEntity) -> str | None:
    """The end of a person's last office when every term of his has surely ended, else
    None (in office, no terms, or an end the KB marks ``to_uncertain``): what the
    out-of-office rule reads."""
    if not ent.terms or any(t.end is None or t.to_uncertain for t in ent.terms):
        return None
    return max(t.end for t in ent.terms if t.end is not None)


def term_audit(
    entities: Iterable[KBEntity],
    holders: OfficeHolders,
    day: str,
    countries: frozenset[str] = frozenset({"TR", "LY"}),
) -> list[TermFinding]:
    """The judgement calls for ``day`` (YYYY-MM-DD), for people of ``countries``."""
    entities = list(entities)
    out: list[TermFinding] = []
    people = [e for e in entities if e.type is EntityType.PERSON and e.country in countries]
    ended = sorted(
        (
            (end, e)
            for e in people
            if (end := last_term_end(e)) is not None and not term_covers(None, end, day)
        ),
        key=lambda pair: (pair[0], pair[1].id),
        reverse=True,
    )
    for end, ent in ended:
        dead = f", died {ent.died}" if ent.died else ""
        out.append(TermFinding("out-of-office", (ent.id,), f"last term ended {end}{dead}"))
    for ent in people:
        # ends given as guesses: the out-of-office rule leaves these people alone
        guessed = [t for t in ent.terms if t.to_uncertain]
        if guessed and all(t.end is not None for t in ent.terms):
            ends = ", ".join(f"{t.role} to {t.end}" for t in guessed)
            out.append(TermFinding("end-uncertain", (ent.id,), ends))
    for ent in people:
        if not ent.terms and ent.office is None:
            out.append(TermFinding("tenure-unknown", (ent.id,), ent.role or ent.name))
    for (country, office), tenures in sorted(holders.items()):
        if country not in countries or office not in SINGLE_HOLDER_OFFICES:
            continue
        covering = [t for t in tenures if t.covers(day)]
        main = [t for t in covering if not t.rival] or covering
        ids = sorted({t.entity.id for t in main})
        if not ids:
            out.append(TermFinding("no-holder", (), f"{country} {office} on {day}"))
        elif len(ids) > 1:
            spans = "; ".join(_span(t) for t in main)
            out.append(TermFinding("several-holders", tuple(ids), f"{country} {office}: {spans}"))
        open_ids = sorted({t.entity.id for t in tenures if t.end is None and not t.rival})
        if len(open_ids) > 1:
            out.append(TermFinding("several-open-terms", tuple(open_ids), f"{country} {office}"))
    for country, office, a, b in _tenure_pairs(holders):
        if country in countries and not _surely_overlap(a, b) and _maybe_overlap(a, b):
            out.append(
                TermFinding(
                    "may-overlap",
                    tuple(sorted((a.entity.id, b.entity.id))),
                    f"{country} {office}: {_span(a)} and {_span(b)}",
                )
            )
    return out
