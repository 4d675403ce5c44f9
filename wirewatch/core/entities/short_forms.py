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

from collections.abc import Iterable

from wirewatch.core.entities.kb import KBEntity, alias_key, person_full_names
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
