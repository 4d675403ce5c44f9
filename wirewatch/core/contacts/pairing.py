"""Pairing policy: which actors of a sentence, and which events of an article, make
contacts (press conferences, role references, redundant state pairs, delegations)."""

from __future__ import annotations

import re

from schemas import ContactEvent, Participant
from schemas.articles import Entity, EntityType
from wirewatch.core.contacts.actors import (
    GENERIC_ID,
    GPE,
    PERSON,
    RANK_COUNTRY,
    RANK_ORG,
    Actor,
    is_named,
    shared,
)
from wirewatch.core.contacts.delegations import delegation_country
from wirewatch.core.contacts.events import event_id_for, pair_key
from wirewatch.core.contacts.folded_view import FoldedView
from wirewatch.core.contacts.scope import words_between
from wirewatch.core.contacts.triggers import Trigger
from wirewatch.core.textfold import fold_char_string

PERSON_TYPE, ORG_TYPE = EntityType.PERSON, EntityType.ORG
VISIT = "visit"

#: The trigger kind of "a joint press conference with X": X must be named within this
#: many words after it (see ``press_counterparts``).
PRESS_CONFERENCE = "press_conference"
COUNTERPART_WINDOW = 4


def may_refer(adjectives: set[str] | None, present: set[str]) -> bool:
    """Whether a sentence names a watched country without a person or organisation in
    it (``present``) by an adjective that does not stand for the state ("Turkish",
    "التركي", "Türk"): the one place a reference by role alone can stand."""
    return adjectives is not None and not adjectives <= present


def without_redundant_states(events: list[ContactEvent]) -> list[ContactEvent]:
    """The article's events less those that pair someone with a state when the article
    also pairs them, in the same time (current or historical), with a named person or
    organisation of that state.

    "Fidan, on his visit to Libya, held talks with Dbeibah": the state stood in for
    whom Fidan met, and the article names him, so Fidan–Libya says nothing more (and
    would raise a second alert). A visit the article names no counterpart for ("Haftar
    arrived in Ankara"), or only a generic one ("a Turkish delegation"), keeps its state.
    """
    named: set[tuple[str, str, bool]] = set()
    met: set[tuple[str, str, bool]] = set()  # the same, with a *person* of that state
    for event in events:
        first, second = event.participants
        if is_named(first) and is_named(second):
            named.add((first.id, second.country, event.historical))
            named.add((second.id, first.country, event.historical))
            if second.type is PERSON_TYPE:
                met.add((first.id, second.country, event.historical))
            if first.type is PERSON_TYPE:
                met.add((second.id, first.country, event.historical))
    if not named:
        return events
    kept = []
    for event in events:
        first, second = event.participants
        if first.type is GPE and (second.id, first.country, event.historical) in named:
            continue
        if second.type is GPE and (first.id, second.country, event.historical) in named:
            continue
        if event.kind == VISIT and (
            (_visited_body(first) and (second.id, first.country, event.historical) in met)
            or (_visited_body(second) and (first.id, second.country, event.historical) in met)
        ):
            # "visited the Municipality of Benghazi ... was met by Bujwari, head of the
            # municipality": the body visited stood for whom he met, as the state does
            continue
        kept.append(event)
    return kept


def _visited_body(participant: Participant) -> bool:
    """An organisation of its own (not a generic national actor): a body one visits."""
    return participant.type is ORG_TYPE and not participant.id.startswith(GENERIC_ID)


def split_attendees(
    actors: list[Actor], attended: list[tuple[int, int]]
) -> tuple[list[Actor], list[Actor]]:
    """``actors`` split into those outside the ``attended`` spans and the persons and
    organisations inside them (who only attended: "in the presence of", بحضور,
    eşliğinde)."""
    kept: list[Actor] = []
    inside: list[Actor] = []
    for a in actors:
        if a.rank != RANK_COUNTRY and any(s <= a.start and a.end <= e for s, e in attended):
            inside.append(a)
        else:
            kept.append(a)
    return kept, inside


def without_clause_thirds(actors: list[Actor], clauses: list[tuple[int, int]]) -> list[Actor]:
    """``actors`` less the persons and organisations named inside relative clauses
    (``clauses``: "… which Mafia boss Peker levelled at him") when the sentence, outside
    them, already names a person or organisation of theirs and of another country: the
    verb's subject and object stay the parties, a third of the same country named in
    passing does not displace or join them. Without such parties outside, the clause's
    persons stay ("the delegation, which Fidan leads, met Dbeibah")."""
    inside = [
        a
        for a in actors
        if a.rank <= RANK_ORG and any(s <= a.start and a.end <= e for s, e in clauses)
    ]
    if not inside:
        return actors
    outside = {a.country for a in actors if a.rank <= RANK_ORG and a not in inside}
    if len(outside) < 2:
        return actors
    return [a for a in actors if a not in inside or a.country not in outside]


#: The principal an attendance cue follows stands at most this many words before the
#: cue's end ("تكالة رفقة", "X, in the presence of").
ACCOMPANIED_WINDOW = 4
#: What closes a clause inside a sentence (as ``lexicon._CLAUSE_BREAK``).
_CLAUSE_BREAK = re.compile(r"[,،;؛]")


def unaccompanied(
    attendees: list[Actor],
    actors: list[Actor],
    attended: list[tuple[int, int]],
    text: str,
    verb: tuple[int, int],
    dates: list[int],
    closes: bool = False,
) -> list[Actor]:
    """The ``attendees`` that an attendance span took in by overreach, in a sentence that
    opens with its contact verb (``verb``) and dates it between its subject's companions
    and its object (``dates``: where the sentence's date expressions start): "استقبل
    تكالة رفقة أعضاء مكتب الرئاسة …، اليوم الأربعاء، وزير الخارجية التركي هاكان فيدان".
    The span after رفقة runs on to Fidan, whom Takala received; the date after a clause
    break closed the companions' clause. Such an attendee is of a country with no actor
    among ``actors`` (the sentence's, and those borrowed from the sentences it
    continues) and not of the principal the cue follows, whom the attendees accompany.
    With ``closes`` (lexicon ``companions_close``) a clause break alone, or a companion
    of the accompanied side before the new title, closes the companions' clause too."""
    present = {a.country for a in actors}
    out = []
    for a in attendees:
        if a.country in present:
            continue
        for s, e in attended:
            if not (s <= a.start and a.end <= e):
                continue
            before = [b for b in actors if b.rank != RANK_COUNTRY and b.end <= s]
            accompanied = max(before, key=lambda b: b.end, default=None)
            # The companions' clause is closed by a date after a clause break, by a
            # clause break alone ("استقبل أردوغان، يرافقه فيدان وقالن، رئيس المجلس الرئاسي
            # الليبي"), or by a companion of the accompanied side before the new title
            # ("التقى المنفي برفقة عضو المجلس الرئاسي اللافي الرئيس التركي أردوغان")
            # (issue #12, session 17: the attendee span swallowing the object).
            closed = (
                any(
                    s <= d < a.start and _CLAUSE_BREAK.search(text, s, d) is not None for d in dates
                )
                or (closes and _CLAUSE_BREAK.search(text, s, a.start) is not None)
                or (
                    closes
                    and accompanied is not None
                    and any(
                        b.country == accompanied.country and s <= b.start and b.end <= a.start
                        for b in attendees
                    )
                )
            )
            if (
                closed
                and accompanied is not None
                and verb[1] <= accompanied.start
                and accompanied.country != a.country
                and words_between(text, (accompanied.start, accompanied.end), (s, s))
                <= ACCOMPANIED_WINDOW
            ):
                out.append(a)
                break
    return out


def press_counterparts(
    text: str,
    view: FoldedView,
    index: int,
    triggers: list[Trigger],
    actors: list[Actor],
    before: bool = False,
) -> list[Actor]:
    """The persons and organisations named right after a "joint press conference with"
    trigger (right before it instead, when ``before``: "X ile ortak basın toplantısı"):
    whom the speaker stood beside. Every pair of the sentence must hold one of them:
    others it names are what was said ("… مؤتمر صحفي مشترك مع نظيره الغامبي …، أن
    تصريحات … المسماري …", "Tebbun ile ortak basın toplantısında Dibeybe'ye destek")."""
    spans = [view.to_display(index, t[1], t[2]) for t in triggers]
    found = []
    for actor in actors:
        if actor.rank == RANK_COUNTRY:
            continue
        for start, end in spans:
            if (actor.end <= start) if before else (actor.start >= end):
                span = (start, end)
                if words_between(text, span, (actor.start, actor.end)) <= COUNTERPART_WINDOW:
                    found.append(actor)
                    break
    return found + _titled_by(found, actors, text)


def _titled_by(found: list[Actor], actors: list[Actor], text: str) -> list[Actor]:
    """The persons named right after a counterpart organisation (a space between), of
    its country: the organisation is their title ("مؤتمر صحفي مشترك مع القيادي في المجلس الوطني
    الانتقالي الليبي محمود جبريل": Jibril, beyond the window, stood beside the speaker)."""
    orgs = [a for a in found if a.rank == RANK_ORG]
    if not orgs:
        return []
    return [
        actor
        for actor in actors
        if actor.rank < RANK_ORG
        and actor not in found
        and any(
            org.country == actor.country
            and org.end <= actor.start
            and not text[org.end : actor.start].strip()
            for org in orgs
        )
    ]


#: What may follow the object of a bare call verb when the verb names no call: a
#: description ("called Haftar a putschist", "called Dbeibah's plan ...", "called Menfi
#: “brother”"), not the person rung.
#: (accen5) The object's title before it, set off by a comma ("called the head of
#: Libya's Presidential Council, Mohamed Menfi,"): a determiner, at most nine words of
#: title (no clause or sentence end), the comma, then the name.
_APPOSED_TITLE = re.compile(
    r"\s+(?:the|his|her|their)\s+(?:[^\s,.;:!?()]+\s+){0,8}[^\s,.;:!?()]+\s*,\s*",
    re.IGNORECASE,
)
#: ... and what the verb then called that person ("called the rival of the Tripoli
#: government, Khalifa Haftar, a putschist"): no call.
_APPOSED_DESCRIBED = re.compile(r"\s*,?\s*(?:a|an)\b", re.IGNORECASE)
#: ... and the name closing the apposition: a comma or the sentence's end after it (not
#: "..., Erdogan said": a new clause's subject).
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;]|$)")
_DESCRIBED = re.compile(
    r"""\s*(?:(?:a|an|the|as|his|her|their|its)\b|['’]s\b|["“”«])""", re.IGNORECASE
)


def object_counterparts(text: str, trigger: tuple[int, int], actors: list[Actor]) -> list[Actor]:
    """The persons named as the object right after a bare call verb ("Erdogan called
    Dbeibah on Tuesday", "called Libyan Prime Minister Dbeibah"): whom the subject rang.

    "called" alone reports a call only with a person for its object: not "called on",
    "called for" (``not_contact``), not "called X a ...", not "a group called Y" (an
    organisation), not "what he called ..." (no person right after it). (accen5) The
    person may also follow a title set off by commas ("called the head of Libya's
    Presidential Council, Mohamed Menfi, to ...") when no other person stands in that
    title and the name closes it."""
    found = []
    for actor in actors:
        if actor.entity.type != PERSON or actor.state is not None or actor.start < trigger[1]:
            continue
        if words_between(text, trigger, (actor.start, actor.end)) > COUNTERPART_WINDOW and (
            _APPOSED_TITLE.fullmatch(text, trigger[1], actor.start) is None
            or _APPOSED_DESCRIBED.match(text, actor.end) is not None
            or _APPOSITION_CLOSED.match(text, actor.end) is None
            or any(
                trigger[1] <= other.start < actor.start and other.entity.type == PERSON
                for other in actors
            )
        ):
            continue
        if _DESCRIBED.match(text, actor.end):
            continue
        found.append(actor)
    return found


#: The conjunction between the two names of "the meeting of X and Y" ("اجتماع أردوغان
#: والسراج", "talks between X and Y"): Arabic و is glued to the second name.
_AND = re.compile(r"\s*(?:و|and|&)\s*", re.IGNORECASE)
#: At most this many words (a title) between the trigger and the first name, and
#: between the conjunction and the second.
NAMED_PAIR_WINDOW = 3


def pair_named_by(
    text: str, trigger: tuple[int, int], pairs: list[tuple[Actor, Actor]]
) -> list[tuple[Actor, Actor]]:
    """``pairs`` cut down to the one the trigger names when a noun trigger is followed by
    both its parties joined by "and": "ويأتي اجتماع أردوغان والسراج في وقت ... بعد قرار
    السراج وقف وزير الداخلية فتحي باشاغا" is the Erdogan–Sarraj meeting; Bashagha, named
    in a clause about something else, met nobody. Other sentences keep their pairs."""
    if len(pairs) < 2:
        return pairs
    for a, b in pairs:
        first, second = (a, b) if a.start <= b.start else (b, a)
        if first.start < trigger[1] or first.rank == RANK_COUNTRY or second.rank == RANK_COUNTRY:
            continue
        if words_between(text, trigger, (first.start, first.end)) > NAMED_PAIR_WINDOW:
            continue
        gap = text[first.end : second.start]
        joined = _AND.match(gap)
        if joined is None:
            continue
        if len(gap[joined.end() :].split()) > NAMED_PAIR_WINDOW:
            continue
        return [(a, b)]
    return pairs


def with_members(
    events: list[ContactEvent],
    members: dict[str, list[Entity]],
    article_id: str,
    made: dict[tuple[object, ...], Participant],
) -> list[ContactEvent]:
    """Each event of a generic delegation whose members the article names, as one
    event per member (see ``delegations.py``); other events as they are."""
    out: list[ContactEvent] = []
    seen: set[str] = set()
    for event in events:
        first, second = event.participants
        side = 0 if delegation_country(first.id) else 1 if delegation_country(second.id) else -1
        country = delegation_country(event.participants[side].id) if side >= 0 else None
        listed = members.get(country, []) if country is not None else []
        if not listed:
            if event.event_id not in seen:
                seen.add(event.event_id)
                out.append(event)
            continue
        other = event.participants[1 - side]
        for member in listed:
            if member.id == other.id:
                continue
            person = shared(member, member.country or other.country, made)
            key = pair_key(person.id, other.id)
            event_id = event_id_for(article_id, key, event.evidence.start)
            if event_id in seen:
                continue
            seen.add(event_id)
            pair = [person, other] if side == 0 else [other, person]
            out.append(
                event.model_copy(
                    update={"participants": pair, "pair_key": key, "event_id": event_id}
                )
            )
    return out


# -- per article ------------------------------------------------------------------


#: (issue #12, Arabic wrong events: an organisation as a party) At most this many
#: words between a title and the institution glued to "ب" that qualifies it ("بوزير
#: الداخلية بحكومة الوفاق").
ORG_TITLE_WORDS = 3


#: Characters enough for ``ORG_TITLE_WORDS`` words of title before an institution.
_TITLE_CHARS = 80
#: What may lead a title word: a proclitic, the article, or both ("بوزير", "المستشار").
_TITLE_LEADS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _bare(word: str) -> str:
    """``word`` without the first of ``_TITLE_LEADS`` it starts with (three letters left)."""
    for lead in _TITLE_LEADS:
        if word.startswith(lead) and len(word) - len(lead) >= 3:
            return word[len(lead) :]
    return word


def without_qualifying_orgs(actors: list[Actor], text: str, titles: tuple[str, ...]) -> list[Actor]:
    """``actors`` less the organisations that only qualify someone or are what was
    given (``titles``: a lexicon's title words, folded):

    - one glued to "ل" ("لحكومة", "للمجلس الرئاسي"): what is given to or done for it
      ("استمرار دعم بلاده للمجلس الرئاسي"), or whose officer a title names ("خلال
      لقائه بوزير الداخلية لحكومة الوفاق الليبية": the unnamed minister met, not the
      government);
    - one glued to "ب" within ``ORG_TITLE_WORDS`` words after a title ("وزير الخارجية
      بحكومة الوحدة"): the officer's institution.

    A person of the same country named in the sentence beats an organisation anyway;
    this matters where the officer goes unnamed and the institution would stand for
    the side."""
    if not titles:
        return actors
    kept = []
    for actor in actors:
        if actor.rank != RANK_ORG or actor.start <= 0:
            kept.append(actor)
            continue
        mention = text[actor.start : actor.end]
        glued = text[actor.start - 1] if not text[actor.start - 1].isspace() else ""
        lead = glued or mention[:1]
        dative = lead == "ل" and (glued or mention.startswith("لل"))
        if dative:
            continue
        if lead == "ب" and glued:
            # a bounded window: the words of the whole text before are never needed
            window = text[max(0, actor.start - 1 - _TITLE_CHARS) : actor.start - 1]
            words = [fold_char_string(w) for w in window.split()[-ORG_TITLE_WORDS:]]
            if any(w in titles or _bare(w) in titles for w in words):
                continue
        kept.append(actor)
    return kept


def joint_holders(text: str, trigger: tuple[int, int], actors: list[Actor]) -> list[Actor]:
    """The two persons of different countries joined by "and" right before a joint
    press conference with no partner after it ("عقد الدبيبة وأردوغان مؤتمرا صحفيا
    مشتركا", "وعقدت المنقوش ونظيرها التركي تشاووش أوغلو مؤتمرا صحفيا مشتركا"): who held
    it together. Nobody else ("قال الدبيبة في مؤتمر صحفي مشترك إن أردوغان …": with whom,
    the sentence does not say)."""
    persons = [a for a in actors if a.entity.type == PERSON and a.end <= trigger[0]]
    if len(persons) < 2:
        return []
    persons.sort(key=lambda a: a.start)
    first, second = persons[-2], persons[-1]
    if first.country == second.country:
        return []
    if words_between(text, (second.start, second.end), trigger) > 0:
        return []
    gap = text[first.end : second.start]
    joined = _AND.match(gap)
    if joined is None or len(gap[joined.end() :].split()) > NAMED_PAIR_WINDOW:
        return []
    return [first, second]


#: What closes a clause before a sentence's next trigger ("، كما التقى", "، فيما").
_CLAUSE_CUT = ",،;؛"


def within_clauses(
    found: list[tuple[Actor, Actor]], text: str, triggers: list[tuple[int, int]]
) -> list[tuple[Actor, Actor]]:
    """``found`` less the pairs that join two clauses each telling a contact of its own:
    "التقى أردوغان الدبيبة، كما التقى فيدان نظيره الليبي الباعور", "بحث فيدان مع الباعور
    ملفات التعاون، فيما التقى غولر الحداد". A sentence of several triggers (``triggers``:
    display spans) is cut at the last clause break before each trigger after the first;
    a pair across a cut is dropped when each of its two clauses names both sides. A
    clause naming one side only ("..., كما التقى المنفي") still pairs with the other's
    (issue #12, session 17: wrong pairings of coordinated clauses)."""
    spans = sorted(triggers)
    cuts: list[int] = []
    last = spans[0][1]
    for start, end in spans[1:]:
        at = max(text.rfind(c, last, start) for c in _CLAUSE_CUT)
        if at >= 0:
            cuts.append(at)
        last = max(last, end)
    if not cuts:
        return found

    def clause(actor: Actor) -> int:
        return sum(1 for c in cuts if c < actor.start)

    sides: dict[int, set[str]] = {}
    for pair in found:
        for actor in pair:
            sides.setdefault(clause(actor), set()).add(actor.country)
    return [
        (a, b)
        for a, b in found
        if clause(a) == clause(b) or len(sides[clause(a)]) < 2 or len(sides[clause(b)]) < 2
    ]
