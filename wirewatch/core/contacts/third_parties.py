"""A contact whose partner is a third country's person: who is named after that partner
is what the contact was about, not a party to it.

"أجرى فيدان اتصالا هاتفيا مع نظيره الروسي لافروف بحث خلاله ... بعد تصريحات حفتر",
"وخلال لقائه مع السفير الأمريكي نورلاند، أشاد الدبيبة بدور أردوغان", "Fidan held a call
with Lavrov on Libya after Haftar's remarks": the verb's partner (after "مع", "with";
before "ile") is of neither watched country, and the watched-country persons named after
that partner stand in what was said. They stay parties when joined to the partner ("مع
لافروف وحفتر", "with Lavrov and Libyan PM Dbeibah": "and" and at most three title words
between) or when a verb of their own stands right before them ("..., ثم التقى الدبيبة"; not
"بحث خلاله تطورات ... حفتر", what the call discussed).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from schemas.articles import EntityType
from wirewatch.core.contacts.actors import RANK_PERSON, Actor, Item
from wirewatch.core.contacts.folded_view import Contexts, FoldedView
from wirewatch.core.contacts.scope import words_between
from wirewatch.core.contacts.topics import _is_partner
from wirewatch.core.textfold import fold_char_string

#: What may stand between a partner and a person joined to it: a comma, "and" (glued
#: Arabic و, "and", "ve") and up to three title words ("ونظيره التركي").
#: A counterpart joined by "and" ("X ونظيره القطري") is a second principal, not X's partner.
_AND = ("و", "and ")
#: Read once: an enum member read from its class costs ~700 instructions (Python 3.11),
#: and this is read per watched person.
_GPE = EntityType.GPE
#: A verb this close before a person after the partner is that person's own.
OWN_VERB_WORDS = 3
_JOINED = re.compile(r"\s*[,،]?\s*(?:(?:و|ve\b|and\b)\S*(?:\s+\S+){0,3})?\s*", re.IGNORECASE)
#: Between two people of a list whose items hold an apposition: the apposition, closed
#: by a semicolon, and "and" at most ("Lavrov, Russia's foreign minister; and Menfi").
_ITEM_GAP = re.compile(r"\s*[,،][^;؛.!?]{0,160}[;؛]\s*(?:(?:and|ve)\s+|و)?", re.IGNORECASE)


def after_a_third_partner(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    triggers: list[tuple[int, int]],
) -> list[Actor]:
    """``actors`` of sentence ``index`` less the ``watched``-country actors named after
    a third country's person who is the verb's partner (``triggers``: display spans)."""
    partner = _first_third_partner(actors, index, view, contexts, watched)
    if partner is None:
        return actors

    def topic(actor: Actor) -> bool:
        if actor.country not in watched or actor.start < partner.end:
            return False
        if _listed_with(partner, actor, actors, view.text):
            return False
        return not any(
            partner.end <= t
            and e <= actor.start
            and words_between(view.text, (t, e), (actor.start, actor.end)) <= OWN_VERB_WORDS
            for t, e in triggers
        )

    return [a for a in actors if not topic(a)]


#: Kinds whose verb takes the other side as its object, right before it in a verb-last
#: language: "Putin ile görüştükten sonra Serrac'ı kabul etti", "..., Dibeybe'yi ağırladı".
#: A talks or call verb takes its party with "ile" (a partner cue): a person right before
#: it in the accusative or genitive is what was talked about ("Hafter'i konuştuklarını",
#: "Hafter'in durumunu ele aldı").
OBJECT_KINDS = frozenset({"reception", "visit"})


def _listed_with(partner: Actor, actor: Actor, actors: list[Actor], text: str) -> bool:
    """Whether ``actor`` is an item of one list of people with the ``partner``: from the
    partner to it, each person between and then ``actor`` follows the one before after a
    list joint ("with Okamura, Azour and Şimşek"; "with Lavrov, Russia's foreign
    minister; Blinken, ...; and Menfi"). Before session 20 only the item right after the
    partner was its co-party, so a Turkish or Libyan person listed third was read as
    what the talks were about (a dev pair of the neighbouring-story excerpts)."""
    end = partner.end
    between = sorted(
        (a for a in actors if a.rank == RANK_PERSON and end <= a.start and a.end <= actor.start),
        key=_start,
    )
    for item in (*between, actor):
        if item.start < end:
            continue  # a mention inside the last item's
        if (
            _JOINED.fullmatch(text, end, item.start) is None
            and _ITEM_GAP.fullmatch(text, end, item.start) is None
        ):
            return False
        end = item.end
    return True


def _start(actor: Actor) -> int:
    return actor.start


#: A conjunction in a joint of a list ("A, B and C"; "A; B; and C"; glued و): without
#: one, "Dibeybe, Sisi ile görüştü" is a subject and its partner, no list.
_CONJUNCTION = re.compile(r"(?:^|\s)(?:(?:and|ve)\s|و)", re.IGNORECASE)


def listed_with_watched(
    people: list[tuple[int, int, str | None]], text: str, watched: Collection[str]
) -> bool:
    """Whether each third country's person of a sentence (``people``: display start,
    end and country of its persons, in order) is an item of one list, joined by a
    conjunction, with a ``watched`` country's person: a co-party of one verb ("He held
    meetings with Okamura, of the IMF; Azour, ...; and Şimşek"), not the partner of
    another meeting ("Daha sonra Dibeybe, Sisi ile görüştü"), so that a continuing
    sentence may still borrow its subject (session 20)."""
    chains: list[tuple[bool, bool, bool]] = []  # (third, watched, conjunction) a list
    end = -1
    for start, stop, country in people:
        third, own = country is not None and country not in watched, country in watched
        gap = text[end:start] if end >= 0 else None
        if gap is not None and (
            _JOINED.fullmatch(gap) is not None or _ITEM_GAP.fullmatch(gap) is not None
        ):
            t, w, c = chains[-1]
            chains[-1] = (t or third, w or own, c or _CONJUNCTION.search(gap) is not None)
        else:
            chains.append((third, own, False))
        end = stop
    return all(w and c for t, w, c in chains if t)


def after_a_third_partner_verb_last(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    triggers: list[tuple[int, int, str]],
) -> list[Actor]:
    """``after_a_third_partner`` where the verb comes last (Turkish): ``actors`` of
    sentence ``index`` less the ``watched``-country actors named after a third country's
    partner and that partner's own contact verb ("Erdoğan, Putin ile görüşmesinde
    Hafter'in durumunu ele aldı"), unless they are a partner themselves ("Hafter ile") or
    the object of a reception or visit verb right after them (``triggers``: display spans
    with their kinds)."""
    partner = _first_third_partner(actors, index, view, contexts, watched)
    if partner is None:
        return actors

    def topic(actor: Actor) -> bool:
        if actor.country not in watched or actor.start < partner.end:
            return False
        if not any(partner.end <= t and e <= actor.start for t, e, _ in triggers):
            return False  # the partner's verb does not stand between: nothing to go by
        if _is_partner(actor, actors, index, view, contexts):
            return False
        return not any(
            actor.end <= t
            and kind in OBJECT_KINDS
            and words_between(view.text, (actor.start, actor.end), (t, e)) <= OWN_VERB_WORDS
            for t, e, kind in triggers
        )

    return [a for a in actors if not topic(a)]


def with_a_third_counterpart(
    actors: list[Actor],
    text: str,
    inside: list[Item],
    counterparts: list[re.Pattern[str]],
    watched: Collection[str],
) -> list[Actor]:
    """``actors`` less the watched-country persons followed right away by a "counterpart"
    word (``counterparts``: a lexicon's patterns, on folded text) and a third country's
    adjective: "لقاء الدبيبة بنظيره الإيطالي" is Dbeibah's meeting with Italy, whoever
    else the sentence names (``inside``: the sentence's mentions, in order)."""
    if not counterparts:
        return actors

    def met_a_third(actor: Actor) -> bool:
        if actor.rank != RANK_PERSON or actor.country not in watched:
            return False
        after = next((item for item in inside if item[0] >= actor.end), None)
        if after is None or after[2].type is not _GPE:
            return False
        code = after[2].id.partition(":")[2] if after[2].id.startswith("gpe:") else ""
        if not code or code in watched:
            return False
        between = fold_char_string(text[actor.end : after[0]]).strip()
        if between.startswith(_AND):
            return False  # "آكار ونظيره القطري": coordinated, both met the other side
        return any(p.fullmatch(between) is not None for p in counterparts)

    return [a for a in actors if not met_a_third(a)]


def _first_third_partner(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
) -> Actor | None:
    """The first person of a third country who is the contact verb's partner."""
    partners = [
        a
        for a in actors
        if a.rank == RANK_PERSON
        and a.country not in watched
        and _is_partner(a, actors, index, view, contexts)
    ]
    return min(partners, key=lambda a: a.start) if partners else None


#: (issue #12, Arabic wrong events: a person merely mentioned paired as a principal) At
#: most this many words between a contact verb (with its subject right after it) and the
#: third country's mention that names its partner: "التقى أردوغان على هامش قمة العشرين
#: بالرئيس الأمريكي" (five).
THIRD_PARTNER_WORDS = 6
#: At most this many words between a subject and its verb after it: "أكد أردوغان في
#: اتصال هاتفي مع نظيره الجزائري" (one, the noun trigger's preposition).
SUBJECT_WORDS = 2
#: What closes the clause a verb and its partner stand in.
_CLAUSE_MARK = re.compile(r"[,،;؛:.!?()\"«»“”]")
_PERSON = EntityType.PERSON


def third_partner_subjects(
    actors: list[Actor],
    text: str,
    inside: list[Item],
    triggers: list[tuple[int, int]],
    watched: Collection[str],
    places: tuple[str, ...],
) -> list[Actor] | None:
    """The watched-country persons of ``actors`` whose contact verb has a third
    country's partner, named or by its adjective alone ("أكد أردوغان في اتصال هاتفي مع
    نظيره الجزائري دعم بلاده لحكومة الدبيبة", "والتقى أردوغان ... بالرئيس الأمريكي،
    فيما التقى فيدان المنفي"): the verb tells of their contact with that country, so
    they are no party of a watched pair through it. ``None`` when every verb of the
    sentence has a third country's partner ("أشاد الدبيبة بمواقف أردوغان، ثم استقبل
    الرئيس التركي وزير خارجية قطر"): the watched persons it names met nobody of the
    other watched country in it, whoever the subjects are.

    The subject is the watched person right after the verb, else the first actor of
    the verb's clause, at most ``SUBJECT_WORDS`` before it. Nobody is dropped where a
    later verb has no subject of its own ("استقبل أردوغان السفير الأمريكي ثم التقى
    الدبيبة": he may be its subject), nor where the third country is a place
    (``places``: the words before it that make it one, "في", "إلى"; a glued proclitic,
    "بالجزائر") or a watched mention stands first after the verb ("اجتمع الدبيبة مع
    وزير الدفاع التركي"). ``triggers``: display spans."""
    if not places:
        return []
    persons = [a for a in actors if a.rank == RANK_PERSON and a.country in watched]
    if not persons:
        return []
    found: list[Actor] = []
    thirds = 0
    for t_start, t_end in triggers:
        partner_end, subject = _third_partner(
            persons, text, inside, t_start, t_end, watched, places
        )
        if partner_end < 0:
            continue
        thirds += 1
        if subject is None:
            subject = _clause_subject(persons, actors, text, t_start)
        if subject is None or subject in found:
            continue
        if any(
            u_start >= partner_end and not _has_own_subject(persons, text, u_start, u_end, subject)
            for u_start, u_end in triggers
        ):
            continue
        found.append(subject)
    if triggers and thirds == len(triggers):
        return None
    return found


def _third_partner(
    persons: list[Actor],
    text: str,
    inside: list[Item],
    t_start: int,
    t_end: int,
    watched: Collection[str],
    places: tuple[str, ...],
) -> tuple[int, Actor | None]:
    """The end of the third country's mention that names the partner of the verb at
    ``t_start``-``t_end`` (-1: none), and the watched person right after the verb."""
    # a trigger that spans its subject and preposition ("بحث أردوغان مع"): who follows
    # is the partner
    subject = next((a for a in persons if t_start <= a.start and a.end <= t_end), None)
    titled = False  # a subject by title and adjective ("استقبل الرئيس التركي ...")
    last = t_end
    for start, end, entity, _ in inside:
        if start < t_end:
            continue
        if _CLAUSE_MARK.search(text, last, start) is not None:
            break
        if words_between(text, (t_start, t_end), (start, end)) > THIRD_PARTNER_WORDS:
            break
        last = end
        country = entity.country or ""
        if country in watched:
            after_verb = words_between(text, (t_start, t_end), (start, end)) == 0
            if entity.type is _PERSON and subject is None and after_verb:
                subject = next((a for a in persons if a.start == start and a.end == end), None)
                if subject is not None:
                    continue
            if (
                entity.type is _GPE
                and subject is None
                and not titled
                and words_between(text, (t_start, t_end), (start, end)) == 1
            ):
                titled = True
                continue
            break
        if entity.type is not _GPE and entity.type is not _PERSON:
            continue  # a summit, a company: the partner may follow
        glued = start > 0 and not text[start - 1].isspace()
        if glued or fold_char_string(_word_before(text, start)) in places:
            break  # "في الجزائر", "بالجزائر": where, not with whom
        named = next(
            (
                e
                for s, e, other, _ in inside
                if s >= end
                and other.type is _PERSON
                and other.country == entity.country
                and words_between(text, (start, end), (s, e)) == 0
            ),
            end,
        )  # "الإيطالي أنطونيو تاياني": the partner's name after his adjective
        if _listed_after(persons, text, named):
            break  # "التقى أردوغان العاهل الأردني …، ورئيس المجلس الرئاسي الليبي المنفي"
        return named, subject
    return -1, None


#: A list going on after the partner: a comma if any, then a word with a glued "و",
#: at most ``LISTED_WORDS`` words of title before the next name.
_LIST_LINK = re.compile(r"\s*[,،]?\s*و\S*(?:\s+\S+)*\s*")
LISTED_WORDS = 8


def _listed_after(persons: list[Actor], text: str, end: int) -> bool:
    """Whether a watched person is listed after the partner ending at ``end``, as a
    second object of the same verb (joined by "و", with his title, no clause between)."""
    for person in persons:
        if person.start < end:
            continue
        gap = text[end : person.start]
        if (
            len(gap.split()) <= LISTED_WORDS
            and _LIST_LINK.fullmatch(gap) is not None
            and not any(c in gap for c in ".؛;:!?")
        ):
            return True
    return False


def _word_before(text: str, at: int) -> str:
    """The word of ``text`` ending before the spaces before ``at`` (only its characters
    are read, not the text before it)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _clause_subject(
    persons: list[Actor], actors: list[Actor], text: str, verb: int
) -> Actor | None:
    """The watched person at most ``SUBJECT_WORDS`` before ``verb``, first of the actors
    of its clause (the text since the last clause mark before it)."""
    lo = min(a.start for a in actors)  # a mark before every actor changes nothing
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(text, lo, verb)), default=0)
    before = [a for a in actors if clause <= a.start and a.end <= verb]
    if not before:
        return None
    first = min(before, key=lambda a: a.start)
    if first not in persons:
        return None
    if words_between(text, (first.start, first.end), (verb, verb)) > SUBJECT_WORDS:
        return None
    return first


#: At most this many words between the subject right after a verb and its object.
OBJECT_WORDS = 4


def _has_own_subject(persons: list[Actor], text: str, start: int, end: int, subject: Actor) -> bool:
    """Whether the verb at ``start``-``end`` has a subject of its own, not ``subject``:
    a watched person at most ``SUBJECT_WORDS`` before it, or one right after it with its
    object after him ("فيما التقى فيدان المنفي"). A lone person after the verb may be
    its object, the subject left unsaid ("ثم التقى الدبيبة": he met Dbeibah)."""
    after = sorted(
        (p for p in persons if p is not subject and p.start >= end), key=lambda p: p.start
    )
    if (
        len(after) > 1
        and words_between(text, (start, end), (after[0].start, after[0].end)) == 0
        and words_between(text, (after[0].start, after[0].end), (after[1].start, after[1].end))
        <= OBJECT_WORDS
    ):
        return True
    return any(
        p is not subject
        and p.end <= start
        and words_between(text, (p.start, p.end), (start, end)) <= SUBJECT_WORDS
        and _CLAUSE_MARK.search(text, p.end, start) is None
        for p in persons
    )
