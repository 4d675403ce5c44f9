"""Short forms of KB people for second mentions: the surname and the compound given
name of every full name the KB lists (Hakan Fidan -> Fidan; عبد الحميد الدبيبة ->
عبد الحميد, الدبيبة; أحمد داود أوغلو -> أوغلو). One-word given names (Hakan) come
from ``EntityDetector._given_names`` and follow the same rule.

A short form is added to the matcher as a ``given`` ref: it links only to a person
the same article has already named in full, and to nobody when two people so named
share it (see ``EntityDetector._given``). It is never linked on its own, which is
why a name ending many Turkish surnames (أوغلو) may be one. Common words (صالح,
Özel, Said) are not derived: the given-name rule has no guard against a fused
preposition (لصالح, "in favour of") or a sentence-initial capital, so they are left
to the KB's weak aliases, whose resolution has those guards. Forms the KB already
lists for that person (aliases, surnames, weak aliases) keep their own rules and
are not derived again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key, person_full_names
from wirewatch.core.entities.learned import SHAPE_PREFIX
from wirewatch.core.entities.lexicon import Lexicons
from wirewatch.core.entities.matcher import Ref, is_arabic

#: Shortest key a short form may have: shorter ones (Li, Al) are too often words.
_MIN_KEY = 3


def short_forms(entities: list[KBEntity], lex: Lexicons) -> Iterable[tuple[str, Ref]]:
    """(key, ref) of every derived compound given name and surname of the KB's people."""
    stop = frozenset().union(*lex.given_name_stopwords.values(), *lex.common_words.values())
    heads = frozenset().union(*lex.compound_name_heads.values())
    listed = _listed_keys(entities)
    seen: set[tuple[str, int]] = set()
    for idx, lang, tokens in person_full_names(entities):
        for form in (_compound_given(tokens, heads), _surname(tokens, heads)):
            if form is None:
                continue
            key = alias_key(form)
            if len(key) < _MIN_KEY or key in stop or (key, idx) in seen:
                continue
            if (key, idx) in listed:
                continue  # the KB lists it: its own rules apply
            ref = given_ref(form, idx, lang)
            if ref is not None:
                seen.add((key, idx))
                yield key, ref


def given_ref(form: str, idx: int, lang: str) -> Ref | None:
    """The "given" ref of a name form derived from person ``idx``'s name (linked
    only to a person the article named in full); None for a Latin form that is not
    capitalised, which is a particle (von der Leyen)."""
    arabic = is_arabic(form)
    if not arabic and not form[:1].isupper():
        return None
    return Ref("given", idx, None, "" if arabic else "cap", lang)


def _compound_given(tokens: list[str], heads: frozenset[str]) -> str | None:
    """The first two tokens when the first heads a compound given name and a
    surname follows them (عبد الحميد, Abdul Hamid), else None."""
    if alias_key(tokens[0]) in heads and len(tokens) >= 3:
        return " ".join(tokens[:2])
    return None


def _surname(tokens: list[str], heads: frozenset[str]) -> str | None:
    """The surname: the last token, or the last two when the one before heads a
    compound (محمد عبد الله: عبد الله, not الله)."""
    if len(tokens) >= 3 and alias_key(tokens[-2]) in heads:
        return " ".join(tokens[-2:])
    if alias_key(tokens[-2]) in heads:
        return None  # the whole name is one compound (عبد الله)
    return tokens[-1]


def _listed_keys(entities: list[KBEntity]) -> set[tuple[str, int]]:
    """(key, entity) of every form the KB itself lists."""
    out: set[tuple[str, int]] = set()
    for idx, ent in enumerate(entities):
        for group in (ent.aliases, ent.surnames, ent.weak, ent.local):
            for _lang, alias in group.items():
                out.add((alias_key(alias), idx))
    return out


#: Ids of the people the KB lacks: found by a pattern or by their name's shape.
_FOUND = (SHAPE_PREFIX, "person:pattern:")

#: Words that carry an Arabic name on to someone else's (محمد بن علي): the form
#: before them is a given name, not the family name.
_NAME_LINKS_AR = frozenset({"بن", "ابن", "بنت", "ابو"})


def found_surnames(
    accs: Mapping[str, Sequence[Any]],
    f: str,
    lang: str | None,
    occurrences: Callable[[str, int], Iterable[tuple[int, int]]],
    common: frozenset[str],
    heads: frozenset[str],
    subject_verbs: frozenset[str],
) -> Iterator[tuple[Any, int, int]]:
    """Later mentions by surname alone of the people the KB lacks, found by a pattern
    or their name's shape (``person:pattern:…``, ``person:shape:…``): "Turkish
    businessman Orhan Karadere … Karadere met Dbeibah", "Mustafa Kartal … Kartal met Dbeibah",
    "سامي الهوني … وأكد الهوني", "Mehmet Kolan … Kolan, Dibeybe ile görüştü".
    Yields (entity, start, end) of each. ``accs``: entity id -> (entity, spans, …)
    as the detector keeps them; ``occurrences(surname, start)``: where the surname
    stands as a word from ``start`` (the detector's search, with its prefix, suffix
    and capital rules); ``common``: the language's common words.

    The guards the KB's short forms have (``short_forms``): a surname links only
    after the full name, and to nobody when another person named in full before it
    (KB, pattern- or shape-found) bears the same last word. A surname that is also
    a common word (Arabic صالح, Turkish Kartal "eagle", English Said) needs the
    evidence a name is meant: in Arabic right after a verb its subject follows
    (وأكد الهوني) with no ``بن``/``ابن`` carrying it on; in Turkish an apostrophe
    suffix (Kartal'ın); in English a capital away from a sentence's start.
    """
    if not any(map(str.startswith, accs, repeat(_FOUND))):  # in C
        return  # most articles: no pattern- or shape-found person
    # (start, end, surname) of each such person's full mentions, by start
    full = sorted(
        (
            (s, e, acc[0], surname)
            for ent_id, acc in accs.items()
            if ent_id.startswith(_FOUND)
            for s, e in acc[1]
            if (surname := _full_surname(f[s:e], heads)) is not None
        ),
        key=itemgetter(0),
    )
    # the other spans and every person's full mentions: built for the first candidate
    # (most searches find none)
    starts: list[int] = []
    reach: list[int] = []  # furthest end so far
    bearers: dict[str, list[tuple[int, str]]] = {}
    done: set[tuple[str, str]] = set()
    # Each person's surname is searched once (hostile input: "Turkish envoy Ali Bey. "
    # x 1,000 made a search per mention cubic), from its first full mention.
    for _s, end, ent, surname in full:
        if len(alias_key(surname)) < _MIN_KEY or (ent.id, surname) in done:
            continue
        done.add((ent.id, surname))
        for s, e in occurrences(surname, end):
            if not starts:
                spans = sorted(span for acc in accs.values() for span in acc[1])
                starts.extend(a for a, _ in spans)
                reach.extend(accumulate((b for _, b in spans), max))
                bearers = _bearers(accs, f, heads)
            i = bisect_left(starts, e) - 1
            if i >= 0 and reach[i] > s:
                continue  # inside another mention (a KB name, a longer name)
            named = {i for at, i in bearers[surname] if at < s}
            if named != {ent.id}:
                continue  # another person of that name was named before: nobody
            if alias_key(surname) in common and not _named_by_context(f, s, e, lang, subject_verbs):
                continue
            yield ent, s, e


def _full_surname(name: str, heads: frozenset[str]) -> str | None:
    """The surname of a name of two words or more, else None."""
    tokens = name.split()
    return _surname(tokens, heads) if len(tokens) >= 2 else None


def _bearers(
    accs: Mapping[str, Sequence[Any]], f: str, heads: frozenset[str]
) -> dict[str, list[tuple[int, str]]]:
    """Surname -> (start, entity id) of each mention of a person by two words or more
    (KB, pattern- or shape-found)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for ent_id, acc in accs.items():
        if acc[0].type is not EntityType.PERSON:
            continue
        for s, e in acc[1]:
            surname = _full_surname(f[s:e], heads)
            if surname is not None:
                out.setdefault(surname, []).append((s, ent_id))
    return out


def _named_by_context(
    f: str, s: int, e: int, lang: str | None, subject_verbs: frozenset[str]
) -> bool:
    """Whether the words around a common-word surname make it a name (see
    ``shaped_surnames``)."""
    if is_arabic(f[s:e]):
        before = f[max(0, s - 20) : s].split()
        after = f[e : e + 12].split(maxsplit=1)
        return (
            f[s - 1 : s] == " "
            and bool(before)
            and before[-1] in subject_verbs
            and not (after and after[0] in _NAME_LINKS_AR)
        )
    if lang == "tr":
        return f[e : e + 1] in ("'", "’")
    head = f[:s].rstrip(" \"'“‘(")
    return bool(head) and head[-1] not in ".!?:\n"
