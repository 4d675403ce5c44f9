"""A meeting of others as what a sentence's subject comments on.

"Fidan, Dibeybe hükümetinin Hafter ile yaptığı görüşmeleri değerlendirdi", "رحب فيدان
باللقاء الذي جمع المنفي وحفتر": the contact noun is held by a relative clause ("ile
yaptığı görüşme", "اللقاء الذي جمع") whose parties are named inside it; who is named
before the clause commented on the meeting and took no part. Lexicon
``others_meeting`` lists the clause openings. Where the verb comes last (Turkish), the
clause has a subject in the genitive right before its partner ("Dibeybe hükümetinin
Hafter ile", "Erdoğan'ın Menfi ile"): without one, the sentence's subject held the
meeting ("Erdoğan, Dibeybe ile yaptığı görüşmede"). Only a sentence whose every contact
trigger is inside such a clause is read so: "استقبل أردوغان الدبيبة في اللقاء الذي جمع
الوفدين" is their reception. A comment verb may stand before the meeting noun with its subject
between ("وصف حفتر لقاء الدبيبة وأردوغان بأنه ..."): in a verb-medial language the cut
falls at the cue's last word, so the commenter inside the cue is dropped too.
"""

from __future__ import annotations

import re

from wirewatch.core.contacts.actors import RANK_ORG, Actor
from wirewatch.core.contacts.folded_view import FoldedView

#: A word in the genitive (Turkish): "hükümetinin", "Erdoğan'ın", "Bakanlığının".
_GENITIVE = re.compile(r"\S*(?:[ıiuü]n|'[ıiuü]n)", re.IGNORECASE)
_WORD = re.compile(r"\S+")
#: Up to this many words from the genitive subject's name to its partner.
_OWNER_WORDS = 2


def without_commenters(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    clause: re.Pattern[str],
    triggers: list[tuple[int, int]],
    verb_last: bool,
) -> list[Actor]:
    """``actors`` of sentence ``index`` less those named before a relative clause of a
    meeting of others (``clause``, on folded text; ``triggers``: folded spans)."""
    folded, start, end = view.window(index)
    pos = start
    # Overlapping matches: a comment verb's cue ("رحب فيدان باللقاء") that leaves a
    # trigger out must not hide the relative clause inside it ("باللقاء الذي جمع").
    while (m := clause.search(folded, pos, end)) is not None:
        pos = m.start() + 1
        if any(t < m.start() or e > m.end() for t, e in triggers):
            continue  # a contact verb of the sentence's own stands outside
        if verb_last:
            at, _ = view.to_display(index, m.start(), m.start())
            cut = _owner_start(actors, view.text, at, view.spans[index][0])
        else:
            # From the cue's last word: a comment verb before the meeting noun holds its
            # subject inside the cue ("وصف حفتر لقاء الدبيبة وأردوغان": Haftar commented).
            last = folded.rfind(" ", m.start(), m.end()) + 1 or m.start()
            cut, _ = view.to_display(index, max(last, m.start()), max(last, m.start()))
        if cut is not None:
            return [a for a in actors if a.start >= cut]
    return actors


def _owner_start(actors: list[Actor], text: str, at: int, floor: int) -> int | None:
    """Where the genitive subject of a verb-last clause begins (``at``: the clause's
    opening, "ile"; ``floor``: the sentence's start), or None when the clause has none. The genitive word stands at most
    ``_OWNER_WORDS`` words before the partner ("Hafter'in Moskova'da Putin ile"); the
    subject is the name it ends or follows ("Erdoğan'ın", "Dibeybe hükümetinin")."""
    before = [a for a in actors if a.end <= at and a.rank <= RANK_ORG]
    if not before:
        return None
    partner = max(before, key=lambda a: a.end)
    if text[partner.end : at].strip():
        return None  # the partner is not right before "ile"
    lo = max((a.end for a in before if a.end <= partner.start), default=floor)
    words = list(_WORD.finditer(text, lo, partner.start))[-_OWNER_WORDS - 1 :]
    for word in reversed(words):
        if "," in text[word.start() : partner.start]:
            return None  # "Fidan, Dibeybe ile": the sentence's subject, no genitive one
        if _GENITIVE.fullmatch(word.group()):
            named = [a for a in before if a.start < word.start() and a.end >= word.start() - 1]
            owner = [a for a in before if a.start <= word.start() < a.end or a in named]
            return min((a.start for a in owner), default=word.start())
    return None
