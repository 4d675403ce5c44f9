"""An earlier contact told inside the sentence that reports a new one (issue #12,
session 18).

"Following their meeting last month, Erdogan received Dbeibah again on Tuesday", "A
week after meeting Haftar in Benghazi, Fidan received Dbeibah", "عقب لقائه حفتر في
بنغازي الشهر الماضي، استقبل فيدان الدبيبة اليوم", "Geçen ay Ankara'da bir araya gelen
Erdoğan ve Dibeybe bugün yeniden görüştü": the recap's phrase (opened by "after",
"following", بعد, عقب; in Turkish closed by "ardından", "sonra" or a participle)
holds a trigger, a past marker (a past date, a recap cue such as "had met", a counted
interval such as "a week after") and perhaps a party of its own; the rest of the
sentence holds another trigger. Before, the sentence took one time: the recap's date or
cue made the new contact historical, or the recap's party was paired as current.
Now the phrase's trigger does not name the event, its dates and cues do not date it
when the sentence's own contact has a date of its own outside it (``timing.py``), and a
party named only inside it is historical (``recap_phrase`` lexicon data).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirewatch.core.contacts.actors import Actor
from wirewatch.core.contacts.dates import DateRef

#: What closes a phrase an opener starts, or opens one a closer ends.
_BREAK = re.compile(r"[,،;؛:.!?]")


def recap_spans(
    folded: str,
    start: int,
    end: int,
    triggers: Sequence[tuple[int, int]],
    dates: Sequence[DateRef],
    openers: re.Pattern[str] | None,
    closers: re.Pattern[str] | None,
    participles: tuple[str, ...],
    markers: re.Pattern[str] | None,
) -> list[tuple[int, int]]:
    """The spans (folded offsets) of ``folded[start:end]`` that tell an earlier contact
    beside the sentence's own: each holds a trigger and a past marker (a historical
    date of ``dates``, or a ``markers`` match: recap cues and counted intervals, in it
    or right before it), and a trigger stands outside all of them."""
    candidates: list[tuple[int, int]] = []
    if openers is not None:
        for m in openers.finditer(folded, start, end):
            stop = _BREAK.search(folded, m.end(), end)
            candidates.append((m.start(), stop.start() if stop is not None else end))
    if closers is not None or participles:
        ends = [m.end() for m in closers.finditer(folded, start, end)] if closers else []
        ends += [e for _, e in triggers if folded[start:e].endswith(participles)]
        for close in ends:
            opening = start
            for brk in _BREAK.finditer(folded, start, close):
                opening = brk.end()
            candidates.append((opening, close))
    spans = []
    for a, b in candidates:
        if not any(a <= t and e <= b for t, e in triggers):
            continue
        if not _past(folded, max(start, a - _BEFORE), a, b, dates, markers):
            continue
        spans.append((a, b))
    if not spans:
        return []
    outside = [(t, e) for t, e in triggers if not any(a <= t and e <= b for a, b in spans)]
    return spans if outside else []


#: How far before a phrase a counted interval may stand ("a week after", "days after").
_BEFORE = 16


def _past(
    folded: str,
    before: int,
    a: int,
    b: int,
    dates: Sequence[DateRef],
    markers: re.Pattern[str] | None,
) -> bool:
    """Whether ``folded[a:b]`` holds a past date, or a marker stands in it or from
    ``before`` on (a counted interval before "after")."""
    if any(d.historical and a <= d.start and d.end <= b for d in dates):
        return True
    return markers is not None and markers.search(folded, before, b) is not None


def in_spans(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies in one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)


def recalled_only(
    actors: Sequence[Actor],
    told: Sequence[tuple[int, int]],
    again_outside: bool,
) -> list[Actor]:
    """The ``actors`` a recap's phrases (``told``, display spans) name and the
    sentence's own contact does not: a recap's party, historical (issue #12, session
    20). One also named outside the phrases is the new contact's too ("Erdogan, who met
    Dbeibah in March, received the Libyan prime minister on Monday": the role is
    Dbeibah's on the day). With an "again" word outside the phrases (``again_outside``:
    "received him again", "yeniden", مجددا) the party is met again, unless another actor
    of its country stands outside them to be the one met ("after meeting Haftar last
    month, Fidan met Dbeibah again": Haftar stays the recap's)."""
    inside = [a for a in actors if in_spans(told, a.start, a.end)]
    if not inside:
        return []
    outside = [a for a in actors if not in_spans(told, a.start, a.end)]
    named_outside = {a.id for a in outside}
    recalled = [a for a in inside if a.id not in named_outside]
    if again_outside and recalled:
        countries_outside = {a.country for a in outside}
        recalled = [a for a in recalled if a.country in countries_outside]
    return recalled


def again_outside(
    again: re.Pattern[str] | None,
    folded: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
) -> bool:
    """Whether an ``again`` word ("again", "once more", yeniden, مجددا) stands in
    ``folded[start:end]`` outside ``spans`` (folded offsets): the sentence's own contact
    repeats one its recap phrases tell."""
    if again is None:
        return False
    return any(not in_spans(spans, m.start(), m.end()) for m in again.finditer(folded, start, end))
