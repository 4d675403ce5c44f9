"""Who receives a guest beside his hosts is no counterpart of the hosts.

"Erdoğan'ı, havaalanında UGK Başkanı Abdulcelil, Başkan Yardımcısı Cibril ve Türkiye'nin
Trablus Büyükelçisi Aydın karşıladı", "Fidan was received by Dbeibah and the Turkish
ambassador Begec": the guest's compatriot among those who receive him stands with the
hosts; the contact is the guest's. Pairing every actor of one country with every actor
of the other would make the ambassador a counterpart of the hosts.

An actor's side of the event is where it stands against the sentence's one verb:
before or after it, or apart as the verb's object where the language marks one
(Turkish accusative after a name, lexicon ``object_after``: "Erdoğan'ı"). A pair
``(q, h)`` whose two actors stand on one side is dropped when another actor ``g`` of
``q``'s country, on another side, pairs with ``h``: ``g`` is the guest, ``q`` his
compatriot among the hosts. Two actors on one side with no such guest ("Erdoğan and
Dbeibah met", "Erdoğan, Dibeybe ile görüştü") keep their pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from wirewatch.core.contacts.actors import Actor
from wirewatch.core.textfold import fold_char_string

_LOOK_AFTER = 8  # characters after a name read for an object ending ("'yı", "'yi")
_JOINED = re.compile(r"(?:^|\s|,)(?:ve|and|ile)\s")  # actors of one coordinated list


def without_co_hosts(
    pairs: list[tuple[Actor, Actor]],
    text: str,
    verb: tuple[int, int],
    object_after: Sequence[re.Pattern[str]],
) -> list[tuple[Actor, Actor]]:
    """``pairs`` without those between a guest's compatriot and the guest's hosts."""
    if len(pairs) < 2:
        return pairs

    def side(actor: Actor) -> str:
        after = fold_char_string(text[actor.end : actor.end + _LOOK_AFTER])
        if any(p.match(after) for p in object_after):
            return "object"
        return "before" if actor.end <= verb[0] else "after"

    sides = {id(a): side(a) for pair in pairs for a in pair}
    listed = sorted({id(a): a for pair in pairs for a in pair}.values(), key=lambda a: a.start)
    for x, y in pairwise(listed):
        # "Menfi ve Dubeybe'yi ... tebrik etti": the ending closes the whole list of
        # compatriots joined to the object.
        if (
            sides[id(y)] == "object"
            and x.country == y.country
            and _JOINED.search(text[x.end : y.start])
        ):
            sides[id(x)] = "object"
    partners: dict[int, set[int]] = {}
    for a, b in pairs:
        partners.setdefault(id(a), set()).add(id(b))
        partners.setdefault(id(b), set()).add(id(a))
    actors = {id(a): a for pair in pairs for a in pair}

    def companion(q: Actor, h: Actor) -> bool:
        if sides[id(q)] != sides[id(h)]:
            return False
        return any(
            g is not q
            and g.country == q.country
            and sides[id(g)] != sides[id(q)]
            and id(h) in partners[id(g)]
            for g in actors.values()
        )

    return [(a, b) for a, b in pairs if not companion(a, b) and not companion(b, a)]
