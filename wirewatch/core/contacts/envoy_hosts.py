"""Who receives an envoy accredited to a country is of that country (Arabic).

Libyan ministries and municipalities report their audiences with one shape: the host
by title and name, then the envoy, "accredited to" the host's country: "استقبل وزير
الحكم المحلي بداد عبدالجليل السفير التركي في ليبيا أحمد دوغان", "وبحث وكيل وزارة
الخارجية محمد عيسى مع سفير تركيا لدى ليبيا كنعان يلماز". A host the KB does not know
is found by his name's shape alone, with no country, and the contact was lost (dev
ar-29602; probes). He is of the country the envoy is accredited to, when:

* the sentence names an envoy (``envoy_hosts.envoys``: سفير, القنصل ...) and, at most
  ``reach`` words on, one of ``accredited`` ("لدى", "في") right before a watched
  state's name (``ليبيا``);
* a person of another country is named after that envoy word (the envoy himself);
* the host is the sentence's one person of no country, named before the envoy word
  (the subject of a verb-first sentence; a person named after the envoy is his
  companion or the topic).

Only an article with a person of no country and an envoy word pays more than a scan of
its entities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas import Entity, EntityType
from wirewatch.core.textfold import fold_char_string

_PERSON, _GPE = EntityType.PERSON, EntityType.GPE
_STOPS = ".!?؟\n"


@dataclass(frozen=True, slots=True)
class EnvoyHosts:
    """The envoy words, the words of accreditation before the host country's name, and
    how many words may stand between the two."""

    envoys: frozenset[str]
    accredited: frozenset[str]
    reach: int = 4


def with_host_countries(
    text: str, entities: Sequence[Entity], rules: EnvoyHosts
) -> Sequence[Entity]:
    """``entities``, the host of an envoy accredited to his country given that country
    (see the module's docstring)."""
    unknown = [e for e in entities if e.type is _PERSON and e.country is None]
    if not unknown:
        return entities
    states = sorted(
        (m.start, e.country)
        for e in entities
        if e.type is _GPE and e.country is not None
        for m in e.mentions
    )
    if not states:
        return entities
    given: dict[str, str] = {}
    for host in unknown:
        for mention in host.mentions:
            country = _accredited_after(text, mention.end, entities, states, rules)
            if country is not None:
                given.setdefault(host.id, country)
    if not given:
        return entities
    return [e.model_copy(update={"country": given[e.id]}) if e.id in given else e for e in entities]


def _accredited_after(
    text: str,
    after: int,
    entities: Sequence[Entity],
    states: list[tuple[int, str]],
    rules: EnvoyHosts,
) -> str | None:
    """The state an envoy named after offset ``after`` in the same sentence is
    accredited to, when the host before him is the sentence's one person of no country
    and the envoy is of another country; else None."""
    stop = min((i for i in (text.find(c, after) for c in _STOPS) if i >= 0), default=len(text))
    begin = max(text.rfind(c, 0, after) for c in _STOPS) + 1
    words = _words(text, after, stop)
    for i, (start, _end, word) in enumerate(words):
        if _bare(fold_char_string(word)) not in rules.envoys:
            continue
        for j in range(i + 1, min(len(words) - 1, i + 1 + rules.reach)):
            if fold_char_string(words[j][2]) not in rules.accredited:
                continue
            at = words[j + 1][0]
            country = next((c for s, c in states if s == at), None)
            if country is None:
                continue
            if _envoy_of_other(entities, start, stop, country) and _one_unknown(
                entities, begin, stop
            ):
                return country
        return None  # the first envoy word decides
    return None


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` with their offsets, quotes and commas stripped."""
    found: list[tuple[int, int, str]] = []
    at = start
    for piece in text[start:end].split():
        at = text.find(piece, at)
        core = piece.strip("\"'“”«»‘’,،()")
        offset = at + piece.find(core) if core else at
        if core:
            found.append((offset, offset + len(core), core))
        at += len(piece)
    return found


def _bare(word: str) -> str:
    """The word without a glued و/ف (والسفير) ."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _envoy_of_other(entities: Sequence[Entity], start: int, stop: int, country: str) -> bool:
    return any(
        e.type is _PERSON
        and e.country is not None
        and e.country != country
        and any(start < m.start < stop for m in e.mentions)
        for e in entities
    )


def _one_unknown(entities: Sequence[Entity], begin: int, stop: int) -> bool:
    return (
        sum(
            1
            for e in entities
            if e.type is _PERSON
            and e.country is None
            and any(begin <= m.start < stop for m in e.mentions)
        )
        == 1
    )
