"""Reported contacts: who tells of a contact is no party to it.

"Cumhurbaşkanlığı İletişim Başkanı Burhanettin Duran, Cumhurbaşkanı Recep Tayyip
Erdoğan'ın, … el-Menfi ile bir telefon görüşmesi gerçekleştirdiğini açıkladı": the
contact verb is followed by a reporting verb (the lexicon's ``reported_after``), and the
person of a country named first, before the one named nearest the verb, is who
announced it. Per country, only the person named last before the verb is its principal;
persons named after it are left as they are.

Where the report comes first ("قال … يوسف العقوري إن زيارة … عقيلة صالح … ولقاءه …
أردوغان", "Spokesman X said Erdogan received …"), a ``reported_before`` cue stands before
the contact verb: the persons named before its end are who reported it when a person of
their country is named after it.

A sentence may also close on its source, after a clause break: "…, Dışişleri Bakanlığı
Sözcüsü Öncü Keçeli açıkladı", "…, presidential spokesman Ibrahim Kalin said". The
persons of that closing clause (from its break to the sentence's end, a
``reported_after`` cue in it) are sources, not parties, when a person of their country
is named outside it.
"""

from __future__ import annotations

import re

from wirewatch.core.contacts.actors import RANK_PERSON, Actor

#: At most this many words between the contact verb and the reporting verb after it.
REPORT_WINDOW = 1
#: ... and after a contact verb that is a converb, chained to the clause's own verb
#: ("Erdoğan'ın Menfi'yi arayarak Kurban Bayramı'nı kutladığını belirtti"), with no
#: clause break between.
CHAINED_WINDOW = 12
#: What closes a clause inside a sentence (as ``lexicon._CLAUSE_BREAK``).
_CLAUSE_BREAK = re.compile(r"[,،;؛]")


def is_reported(
    pattern: re.Pattern[str] | None,
    folded: str,
    verb_end: int,
    end: int,
    converb: re.Pattern[str] | None = None,
) -> bool:
    """Whether a reporting cue of ``pattern`` follows the contact verb ending at
    ``verb_end`` of ``folded`` (within ``REPORT_WINDOW`` words, before ``end``; within
    ``CHAINED_WINDOW`` in the same clause when the verb's last word ends in one of
    ``converb``'s endings)."""
    if pattern is None:
        return False
    found = pattern.search(folded, verb_end, end)
    if found is None:
        return False
    between = folded[verb_end : found.start()]
    words = len(between.split())
    if words <= REPORT_WINDOW:
        return True
    return (
        converb is not None
        and words <= CHAINED_WINDOW
        and _CLAUSE_BREAK.search(between) is None
        and converb.search(folded, max(0, verb_end - 8), verb_end) is not None
    )


def without_reporters(actors: list[Actor], verb: tuple[int, int]) -> list[Actor]:
    """``actors`` less the persons named before the verb (``verb``: its display span)
    when a later person of their country stands before it too: they reported it. Only
    those named before any person of another country: the one who reports opens the
    sentence, and persons of a country named after the other side's are its
    principals, joined ("Erdoğan'ın, Menfi'yi ve Dıbeyba'yı telefonla arayarak")."""
    last: dict[str, int] = {}
    for actor in actors:
        if actor.rank == RANK_PERSON and actor.end <= verb[0]:
            last[actor.country] = max(last.get(actor.country, -1), actor.start)
    # where each country's first person before the verb stands
    first: dict[str, int] = {}
    for actor in actors:
        if actor.rank == RANK_PERSON and actor.end <= verb[0]:
            first[actor.country] = min(first.get(actor.country, actor.start), actor.start)

    def opens(a: Actor) -> bool:
        return all(at > a.start for country, at in first.items() if country != a.country)

    return [
        a
        for a in actors
        if a.rank != RANK_PERSON
        or a.end > verb[0]
        or a.start >= last.get(a.country, -1)
        or not opens(a)
    ]


def report_openings(
    pattern: re.Pattern[str] | None, folded: str, start: int, verb_start: int
) -> list[int]:
    """Where the ``reported_before`` cues of ``pattern`` before the contact verb (at
    ``verb_start`` of ``folded``, in the sentence from ``start``) end."""
    if pattern is None:
        return []
    return [m.end() for m in pattern.finditer(folded, start, verb_start)]


def without_openers(actors: list[Actor], opening: int) -> list[Actor]:
    """``actors`` less the persons named before ``opening`` (a report cue's end, display
    offset) when a person of their country is named after it: they reported it."""
    after = {a.country for a in actors if a.rank == RANK_PERSON and a.start >= opening}
    return [
        a for a in actors if a.rank != RANK_PERSON or a.start >= opening or a.country not in after
    ]


def is_bare_visit(kind: str, trigger: str, bare_visit: re.Pattern[str]) -> bool:
    """Whether the main trigger (its folded text) is a visit with no pronoun on it: one
    of the lexicon's ``bare_visit`` words ("زيارة", "زار"; "زيارته", his visit, is the
    speaker's own, whoever he visited)."""
    return kind == "visit" and bare_visit.fullmatch(trigger) is not None


def without_visit_reporters(actors: list[Actor], opening: int) -> list[Actor]:
    """``actors`` less the persons named before ``opening`` (a report cue's end) when
    the reported clause names a person of another country and none of theirs: "قال
    القطراني إن السفير التركي كنعان يلماز أجرى زيارة للشرق" tells of the ambassador's
    visit; the Libyan who tells it is no host the sentence names."""
    after = {a.country for a in actors if a.rank == RANK_PERSON and a.start >= opening}
    return [
        a
        for a in actors
        if a.rank != RANK_PERSON
        or a.start >= opening
        or a.country in after
        or not after - {a.country}
    ]


def closing_sources(
    pattern: re.Pattern[str] | None, folded: str, verb_end: int, end: int
) -> list[tuple[int, int]]:
    """Spans of ``folded`` (from the last clause break before a ``reported_after`` cue
    after the contact verb, which ends at ``verb_end``, to the sentence's ``end``) that
    name who reported the contact at the sentence's close: "…, Sözcü Keçeli açıkladı",
    "…، حسبما قال المتحدث … كتشيلي" (the speaker after the verb)."""
    if pattern is None:
        return []
    spans = []
    for m in pattern.finditer(folded, verb_end, end):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, verb_end, m.start())]
        if breaks:
            spans.append((breaks[-1], end))
    return spans


def without_sources(actors: list[Actor], spans: list[tuple[int, int]]) -> list[Actor]:
    """``actors`` less the persons inside ``spans`` (display offsets) when a person of
    their country is named outside them, or two persons or more are: the contact told
    is theirs ("Dbeibah and Saleh met in Cairo, Fidan told reporters"; issue #12)."""

    def inside(a: Actor) -> bool:
        return any(s <= a.start and a.end <= e for s, e in spans)

    told = [a.country for a in actors if a.rank == RANK_PERSON and not inside(a)]
    outside = set(told)
    many = len(told) >= 2
    return [
        a
        for a in actors
        if a.rank != RANK_PERSON or not inside(a) or (a.country not in outside and not many)
    ]
