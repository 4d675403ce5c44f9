"""A father's name inserted into a family member's name: "Saddam Khalifa Haftar".

News writes a son's name with his father's given name before the family name
(Saddam Khalifa Haftar, Saddam Halife Hafter). The exact scan then finds the
father's full alias ("Khalifa Haftar") inside it and links the father. When the word
right before such a hit, joined to the hit's last token, is a full alias of another
person ("Saddam" + "Haftar" = "Saddam Haftar"), the whole span names that person:
the entity whose own given name is the first token wins over the one whose given
name is the middle token.

False links are avoided by asking for all of: a single space between the word and
the hit (no comma or "and": "Saddam, Khalifa Haftar" lists two people), a hit that
is a person's full alias of two words or more, and a joined form that is itself a
full alias of a *different* person (a KB name, not a guess).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet

from wirewatch.core.entities.matcher import Hit, KeyInfo

#: ``_hit(Hit, (start, end, info, refs, prefix))``: as the matcher builds hits
_hit = tuple.__new__


def with_patronymics(
    hits: list[Hit],
    f: str,
    infos: Mapping[str, KeyInfo],
    is_person: Callable[[int], bool],
    fathers: dict[int, int] | None = None,
) -> list[Hit]:
    """``hits`` with each father's full alias preceded by a family member's given
    name replaced by that member's hit over the whole span (and the given name's own
    hit dropped). ``fathers``, when given, receives member -> father for each chain,
    this one or one the KB lists as the member's alias (صدام خليفة حفتر):
    the chain names no second person, but it tells the reader whose family it is
    (see ``EntityDetector._resolve``)."""
    replaced: dict[int, Hit] = {}
    for i, hit in enumerate(hits):
        target = hit.info.link.target if hit.info.link else None
        if target is None or not is_person(target):
            continue
        words = f[hit.start : hit.end].split()
        if fathers is not None and len(words) >= 3:  # a chain the KB lists whole
            inner = infos.get(f"{words[-2]} {words[-1]}")  # صدام خليفة حفتر: خليفة حفتر
            father = inner.link.target if inner is not None and inner.link else None
            if father is not None and father != target and is_person(father):
                fathers[target] = father
        if len(words) < 2 or hit.start < 2 or f[hit.start - 1] != " ":
            continue
        word_start = f.rfind(" ", 0, hit.start - 1) + 1
        word = f[word_start : hit.start - 1]
        if not word.isalpha():
            continue
        joined = infos.get(f"{word} {words[-1]}")
        other = joined.link.target if joined is not None and joined.link else None
        if joined is None or other is None or other == target or not is_person(other):
            continue
        replaced[i] = _hit(Hit, (word_start, hit.end, joined, joined.refs_t, ""))
        if fathers is not None:
            fathers[other] = target
    if not replaced:
        return hits
    out: list[Hit] = []
    for i, hit in enumerate(hits):
        if i in replaced:
            out.append(replaced[i])
        elif not any(h.start <= hit.start and hit.end <= h.end for h in replaced.values()):
            out.append(hit)  # a hit inside a replaced span (the given name) is dropped
    out.sort(key=lambda h: h.start)
    return out


def with_father_between(
    hits: list[Hit],
    f: str,
    infos: Mapping[str, KeyInfo],
    is_person: Callable[[int], bool],
    fathers: AbstractSet[str],
) -> list[Hit]:
    """``hits`` with a one-word short form (a family name: الكبير) that follows a
    father's name and a given name, which with it make a person's full alias,
    replaced by that person's hit over the three words: "الصديق عمر الكبير" is Sadiq
    (Omar) al-Kabir, whose KB name "الصديق الكبير" the father's name split (issue #12,
    entmech). Arabic copy writes a person's three-part name (given, father's, family
    name) as often as the two-part one. The father's name must be one the name lexicon
    lists (a given name or a father's name), between single spaces; the joined form a
    full alias of a person the short form may name."""
    replaced: dict[int, Hit] = {}
    for i, hit in enumerate(hits):
        link = hit.info.link
        # a weak form only (الكبير): a family name that links by itself needs no help
        if not link.only_weak or not link.refs or hit.prefix or f[hit.start - 1] != " ":
            continue
        form = f[hit.start : hit.end]
        if " " in form:
            continue
        father_start = f.rfind(" ", 0, hit.start - 1) + 1
        father = f[father_start : hit.start - 1]
        if father not in fathers or father_start < 2 or f[father_start - 1] != " ":
            continue
        given_start = f.rfind(" ", 0, father_start - 1) + 1
        given = f[given_start : father_start - 1]
        if not given.isalpha():
            continue
        joined = infos.get(f"{given} {form}")
        target = joined.link.target if joined is not None and joined.link else None
        if joined is None or target is None or not is_person(target):
            continue
        if not any(ref.target == target for ref in hit.refs):
            continue  # the short form names someone else
        replaced[i] = _hit(Hit, (given_start, hit.end, joined, joined.refs_t, ""))
    if not replaced:
        return hits
    out = [
        replaced.get(i, hit)
        for i, hit in enumerate(hits)
        if i in replaced
        or not any(h.start <= hit.start and hit.end <= h.end for h in replaced.values())
    ]
    out.sort(key=lambda h: h.start)
    return out
