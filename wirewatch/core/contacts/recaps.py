"""Whether a sentence recaps an older contact by its tense, whatever its date says.

Reports tell background contacts in the past perfect: "had met", "Erdoğan ile
görüşmüştü", "وكان صدام ... قد التقى". Such a sentence is historical even when it holds
a date ("Halid Meşri, dün ... Erdoğan ile görüşmüştü": the meeting is yesterday's,
not the article's news). Arabic copy also tells the day's lead event in the
pluperfect ("وكان السراج قد اجتمع مع أردوغان ... اليوم الخميس"): its cues
(``recap_unless_dated_after``) make a recap only when no current date follows them.
The cues are lexicon data (``recap``, ``recap_unless_dated_after``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from wirewatch.core.contacts.dates import DateRef
from wirewatch.core.contacts.lexicon import Lexicon


def is_recap(
    lexicons: Iterable[Lexicon],
    folded: str,
    start: int,
    end: int,
    dates: list[DateRef],
    skip: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether ``folded[start:end]`` (a sentence) holds a ``recap`` cue, or a
    ``recap_unless_dated_after`` cue with no current date after it (``dates``: the
    sentence's, in the same offsets). Cues inside ``skip`` (an earlier contact's phrase,
    ``recap_phrases.py``) are another contact's and do not count."""
    for lexicon in lexicons:
        if lexicon.recap is not None:
            if not skip:
                if lexicon.recap.search(folded, start, end):
                    return True
            elif any(not _in(skip, m.start()) for m in lexicon.recap.finditer(folded, start, end)):
                return True
        if lexicon.recap_unless_dated_after is None:
            continue
        for m in lexicon.recap_unless_dated_after.finditer(folded, start, end):
            if skip and _in(skip, m.start()):
                continue
            if not any(d.start >= m.end() and not d.historical for d in dates):
                return True
    return False


def _in(spans: Sequence[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)
