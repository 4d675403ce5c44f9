"""A contact told in headlinese future: "Dbeibah to visit Ankara, hold talks with Erdogan".

A whole article opens with its headline, and English headlines announce a trip or a
meeting still ahead by a bare infinitive after the subject, with no auxiliary: "Libya's
Menfi to visit Turkey for talks with Erdogan", "Turkish FM Fidan to meet Libyan
counterpart in Tripoli", "Erdogan, Dbeibah to co-chair council meeting". The plan cues
("will meet", "is to meet", "is set to") need the auxiliary the headline drops, so such
a headline was read as a contact held (8 of 14 invented headlines of the kind gave a
current event; one of the 30 whole pages of the session-18 English audit, a future
visit, gave its only wrong current event so).

The shape is told from what comes before the infinitive's marker ("to"): a subject
alone, in at most ``MAX_SUBJECT_WORDS`` words, each capitalised (a name, a Title-Case
headline's every word), a possessive ("Libya's"), a number or a word of the lexicon's
``headline_subject_words`` (titles and roles written in lower case: "premier", "defence
minister"). A verb anywhere before it ("arrived in Ankara on Friday to meet", "travelled
to Tripoli to meet", "invited Dbeibah to visit") makes it a purpose or a request, which
the other rules judge: such a sentence is left alone. So is a capitalised word after
the marker that is no trigger: a destination ("Erdogan to Dbeibah: ..."). The whole
sentence is a plan then: its later triggers ("..., hold talks with Erdogan") with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.core.textfold import fold_char_string

#: Words of the subject before the marker, at most (a title and a full name with a
#: possessive country: "Libyan Presidential Council head Mohamed al-Menfi").
MAX_SUBJECT_WORDS = 9
_STRIP = "\"'“”‘’«»()[],:;—–-|*"
_POSSESSIVE = ("'s", "’s", "'", "’")


def _subject_word(word: str, subject_words: frozenset[str]) -> bool:
    """Whether ``word`` (display) may belong to a headline's bare subject."""
    bare = word.strip(_STRIP)
    for ending in _POSSESSIVE:
        if bare.endswith(ending):
            bare = bare[: -len(ending)]
            break
    if not bare:
        return True  # a dash or a comma standing alone ("Erdogan , Dbeibah")
    first = bare[0]
    if first.isupper() or first.isdigit():
        return True
    return fold_char_string(bare) in subject_words


def _bare_subject(subject: list[str], roles: frozenset[str], joiners: frozenset[str]) -> bool:
    """Whether these words (display) are a headline's subject alone, ending in a name
    or a title (not a joiner: "Dbeibah and to ...")."""
    if len(subject) > MAX_SUBJECT_WORDS:
        return False
    last = subject[-1].strip(_STRIP)
    if not last or not (last[0].isupper() or fold_char_string(last) in roles):
        return False
    return all(_subject_word(w, roles | joiners) for w in subject)


def headline_plan(
    text: str,
    start: int,
    triggers: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int]],
    marker: str,
    roles: frozenset[str],
    joiners: frozenset[str],
) -> bool:
    """Whether the sentence starting at ``start`` of ``text`` (display) is a headline's
    plan: a bare subject (``roles``: title words written in lower case; ``joiners``:
    "and", "of" inside it) naming someone (one of ``mentions``, display spans, lies
    in it: "According to the sources, ..." is no subject), the marker, then an
    infinitive, before every trigger of the sentence (``triggers``: display spans)."""
    if not triggers:
        return False
    first = min(t[0] for t in triggers)
    starts = {t[0] for t in triggers}

    def named(until: int) -> bool:
        return any(start <= a and b <= until for a, b in mentions)

    if fold_char_string(text[first : first + len(marker) + 1]) == marker + " ":
        # a trigger holding the marker ("to meet"): the subject is all before it
        before = text[start:first].split()
        return bool(before) and named(first) and _bare_subject(before, roles, joiners)
    offset = start
    subject: list[str] = []
    for raw in text[start:first].split():
        if len(subject) > MAX_SUBJECT_WORDS:
            return False
        if fold_char_string(raw) == marker and subject:
            at = text.find(raw, offset) + len(raw)
            rest = text[at:first].split()
            after = rest[0] if rest else ""
            # an infinitive after the marker: a lower-case verb, or a trigger
            # (Title Case: "To Visit"); a capitalised word is a destination
            # ("Erdogan to Dbeibah: ...")
            after_at = text.find(after, at) if after else first
            if after and after[0].isupper() and after_at not in starts:
                return False
            return named(at) and _bare_subject(subject, roles, joiners)
        subject.append(raw)
        offset = text.find(raw, offset) + len(raw)
    return False
