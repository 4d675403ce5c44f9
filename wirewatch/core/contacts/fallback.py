"""The same-sentence fallback: a sentence that names one person of each side of a
watch and holds no trigger, but a word of contact the trigger lists leave out
("Erdogan saw Dbeibah", "Kalın, Hafter ile ... değerlendirdi", "تشاور الدبيبة مع
أردوغان"), is read as a contact of that word's kind.

The trigger lists name contacts construction by construction, and newsroom copy
keeps finding words they lack. The fallback does not enumerate more constructions:
it lends the sentence a trigger at its cue word (lexicon ``fallback``, by kind) and
lets the detector's rules decide as for any trigger, so every guard holds: blocking
cues (criticism, denial, refusal, conditionals), plan cues that cancel the nearest
trigger, recaps and old dates (historical), attendance cues, commenters on others'
meetings, relative clauses, a third country's partner. What it adds is a narrower
gate than a trigger has:

* exactly one named person of each side of a watch (a third person of a watched
  country may be a delegation member or an attendee the sentence does not say;
  who is meant is the construction lists' question, not a guess's);
* no person of any other country (a third country's leader is the verb's likelier
  partner: "Menfi met Meloni and discussed Erdogan's proposal");
* a person named only in the genitive ("Hafter'in tutumunu", "Haftar's offer") is
  what was talked about and is not counted;
* no word of taking part (``fallback_block``: "attended", شارك, katıldı): two
  persons at one event are co-attendees, not parties to a contact;
* the two are joined in one clause (``linked``): the cue word stands between them
  (subject, verb, object: "Erdogan saw Dbeibah"), or a joining word does ("and",
  "with", مع, "ile"; ``fallback_links``), glued to the second name (و, ب:
  "وأردوغان"), or right after it (``fallback_link_after``: "Hafter ile",
  "Trabelsi'yi"), with at most ``LINK_GAP`` words between the two names; a verb
  done alone ("Erdogan reviewed the situation in Libya, where Dbeibah ...") joins no
  one;
* the second is not named in what the first said, after "that" (``fallback_content``:
  "Erdogan told reporters in Ankara that Haftar ...");
* a joint statement ("X and Y stressed", ``fallback_joint``) joins the two only when
  they are coordinated subjects; "between" (``fallback_between``: "اللقاء جرى بين
  أردوغان والمشري") joins the two named after it;
* the sentence holds no trigger at all (one that did and made no event was ruled
  out by a rule, which a fallback must not overrule).

The cue words are searched for only in such sentences: most sentences of an
article name no pair, and of those that do most hold a trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from wirewatch.core.contacts.actors import PERSON, Item
from wirewatch.core.contacts.folded_view import FoldedView
from wirewatch.core.contacts.lexicon import Lexicon
from wirewatch.core.contacts.triggers import Trigger
from wirewatch.core.textfold import fold_char_string

__all__ = ["fallback_triggers", "linked", "principals"]

#: Characters after a name read for a genitive ending or a joining word ("'nün", " ile").
AFTER_REACH = 8
#: Words at most between the two names of a fallback contact: farther apart, they
#: stand in two clauses ("Erdogan, who spoke at length about the war and the
#: elections ..., Dbeibah"), and the cue may be either's alone.
LINK_GAP = 8
#: Characters before the first name read for a "between" word (four words back).
BETWEEN_REACH = 40

#: The kind of a joint-statement contact: what the two said together was talked over.
JOINT_KIND = "talks"

_WORD_EDGE = re.compile(r"^\W+|\W+$")


def principals(
    inside: Sequence[Item],
    pairs: Sequence[tuple[str, str]],
    watched: AbstractSet[str],
    text: str = "",
    genitives: Sequence[re.Pattern[str]] = (),
) -> list[list[tuple[int, int]]]:
    """The mention spans of the two persons of the first watch (``pairs``) of which the
    sentence's mentions (``inside``, offsets in ``text``) name exactly one person of
    each country, and no person of an unwatched country; else none. A mention right
    before a genitive ending (``genitives``) is not counted."""
    # country -> person id -> mention spans; the genitives are read last, and only for
    # a sentence that has a person of each side (most that get here lack one).
    people: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for start, end, entity, country in inside:
        if entity.type is not PERSON or country is None:
            continue
        if country not in watched:
            return []
        people.setdefault(country, {}).setdefault(entity.id, []).append((start, end))
    for a, b in pairs:
        if a not in people or b not in people:
            continue
        sides = [_named(people[a], text, genitives), _named(people[b], text, genitives)]
        if len(sides[0]) == 1 and len(sides[1]) == 1:
            return [sides[0][0], sides[1][0]]
    return []


def _named(
    persons: dict[str, list[tuple[int, int]]], text: str, genitives: Sequence[re.Pattern[str]]
) -> list[list[tuple[int, int]]]:
    """The mention spans of each of ``persons`` not right before a genitive ending."""
    out = []
    for spans in persons.values():
        kept = [
            (start, end)
            for start, end in spans
            if not any(
                g.match(fold_char_string(text[end : end + AFTER_REACH])) is not None
                for g in genitives
            )
        ]
        if kept:
            out.append(kept)
    return out


def linked(
    text: str,
    first: tuple[int, int],
    second: tuple[int, int],
    cue: tuple[int, int],
    lexicon: Lexicon,
    joint: bool = False,
) -> bool:
    """Whether two person mentions of ``text`` (display spans, ``first`` before
    ``second``) are joined in one clause around the ``cue`` word (module docstring).
    ``joint``: a joint-statement cue, which joins only two coordinated persons ("X and
    Y stressed") and must stand outside the pair, before or after it."""
    between = text[first[1] : second[0]]
    words = [_WORD_EDGE.sub("", w) for w in fold_char_string(between).split()]
    if len(words) > LINK_GAP or any(w in lexicon.fallback_content for w in words):
        return False  # too far apart, or the second is in what the first said
    mark = fold_char_string(text[second[0] - 1]) if second[0] >= 1 else ""
    glued = (
        mark != ""
        and mark in lexicon.fallback_glued
        and (second[0] < 2 or not text[second[0] - 2].isalnum())
    )
    if joint:
        # only "and" joins subjects: "أشاد أردوغان بالدبيبة" (praised him) joins none
        coordinated = (glued and mark in lexicon.fallback_coordinators) or any(
            w in lexicon.fallback_coordinators for w in words
        )
        return (cue[1] <= first[0] or second[1] <= cue[0]) and coordinated
    if first[1] <= cue[0] and cue[1] <= second[0]:
        return True
    if glued or any(w in lexicon.fallback_links for w in words):
        return True
    if lexicon.fallback_between:
        before = fold_char_string(text[max(0, first[0] - BETWEEN_REACH) : first[0]]).split()
        if any(_WORD_EDGE.sub("", w) in lexicon.fallback_between for w in before[-4:]):
            return True
    after = lexicon.fallback_link_after
    return (
        after is not None
        and after.match(fold_char_string(text[second[1] : second[1] + AFTER_REACH])) is not None
    )


def fallback_triggers(
    lexicons: Sequence[Lexicon],
    folded: str,
    start: int,
    end: int,
    text: str,
    inside: Sequence[Item],
    pairs: Sequence[tuple[str, str]],
    watched: AbstractSet[str],
    view: FoldedView,
    index: int,
) -> list[Trigger]:
    """The fallback cues of ``folded[start:end]``, sentence ``index`` of ``view`` (its
    spans map into ``text``), as triggers of their kinds, if the sentence (its mentions ``inside``)
    names one person of each side of a watch, joined around the cue; else none. Call
    it only for a sentence that holds no trigger."""
    # Most sentences that get here lack a person of one side (an institution, a state
    # or a role stands for it): plain loops decide that first, the call's cheapest path
    # (callgrind, bench/contact_instructions.py --part prepare: 572 of 582 calls).
    countries = set()
    for _, _, entity, country in inside:
        if entity.type is PERSON:
            countries.add(country)
    for a, b in pairs:
        if a in countries and b in countries:
            break
    else:
        return []
    genitives = [lx.fallback_genitive for lx in lexicons if lx.fallback_genitive is not None]
    two = principals(inside, pairs, watched, text, genitives)
    if not two:
        return []
    found: list[Trigger] = []
    for lx in lexicons:
        if not any(folded.find(word, start, end) >= 0 for word in lx.fallback_words):
            continue
        if lx.fallback_block is not None and lx.fallback_block.search(folded, start, end):
            return []  # "both attended the summit": co-attendees, no contact
        sections = [(kind, pattern, False) for kind, pattern in lx.fallback]
        if lx.fallback_joint is not None and JOINT_KIND in lx.kinds:
            sections.append((JOINT_KIND, lx.fallback_joint, True))
        for kind, pattern, joint in sections:
            priority = lx.kinds.index(kind)
            for m in pattern.finditer(folded, start, end):
                cue = view.to_display(index, m.start(), m.end())
                if any(
                    linked(text, min(x, y), max(x, y), cue, lx, joint)
                    for x in two[0]
                    for y in two[1]
                ):
                    found.append((priority, m.start(), m.end(), kind))
    return found
