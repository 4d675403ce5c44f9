"""Events told across sentences: a meeting in one sentence, a participant in the next.

Reports name a principal once and go on about the contact in the next sentence without
the name: "Erdogan arrived in Tripoli. He was greeted by NTC chief Abdel-Jalil", "...
met separately with Khaled al-Mishri. Cavusoglu said the two discussed ...", "جدد
فيدان ... . جاء ذلك ... عقب مباحثاته مع ... الدبيبة", "وشارك في الاجتماع ... اللافي".
Such a sentence holds a contact trigger, a named actor of one side only, and a cue that
it continues what came before (lexicon ``refers_back``: "the two", "جاء ذلك",
"taraflar"; ``refers_back_opening``, at the sentence's start only: "He", "This came").
The missing side is then the person of that country named first in the nearest of the
two sentences before it that names one; a text that opens with such a sentence names
it in the next one ("He was speaking after a meeting with his Turkish counterpart
Erdogan. ... Zeidan said ...").

An undated continuing sentence takes the date of the sentence it continues, a recap's
included ("Only last week Caglayan visited Tripoli. He met Zeidan ...": last week).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from schemas.articles import Entity, EntityType
from wirewatch.core.contacts.lexicon import Lexicon
from wirewatch.core.textfold import fold_char_string

_GENERIC = "org:generic:"
#: Entity types read once: an enum member read from its class costs ~700 instructions
#: (Python 3.11: EnumType's __getattr__ hook), and these are read per mention.
_PERSON, _ORG = EntityType.PERSON, EntityType.ORG
#: How many sentences back a continuing sentence looks for its missing principal.
LOOK_BACK = 2

#: A mention in a sentence: ``(start, end, entity, actor country or None)``.
Item = tuple[int, int, Entity, str | None]

#: Each cue word and the patterns (with proclitics) of the cues it is the word of.
CueWords = list[tuple[str, list[tuple[re.Pattern[str], str]]]]


class BackReferences:
    """Whether the sentences of one folded article hold a continuation cue: a
    ``refers_back_opening`` cue at its start, or a ``refers_back`` cue anywhere (tried
    only where its longest word occurs, and only if the article holds it at all)."""

    def __init__(self, lexicons: Sequence[Lexicon], folded: str) -> None:
        self._folded = folded
        #: Each opening cue and what its matches begin with (None: anything).
        self._openings = [
            _opening(
                lx.refers_back_opening, lx.refers_back_opening_firsts, lx.refers_back_opening_any
            )
            for lx in lexicons
            if lx.refers_back_opening is not None
        ]
        self._lexicons = [lx for lx in lexicons if lx.refers_back_entries]
        #: The cue words the article holds, with their cues (``_cues_by_word``).
        self._entries: CueWords | None = None

    def __bool__(self) -> bool:
        return bool(self._openings or self._lexicons)

    def __call__(self, start: int, end: int) -> bool:
        """Whether the sentence ``folded[start:end]`` holds a continuation cue."""
        folded = self._folded
        for opening, firsts in self._openings:
            # Most sentences open otherwise than any cue: 2 us of ``match`` spared each
            # (55 of 160 us per bench_contacts article went to these matches).
            if firsts is not None and not folded.startswith(firsts, start, end):
                continue
            if opening.match(folded, start, end) is not None:
                return True
        entries = self._entries
        if entries is None:
            # Each word looked for once (English has 30 cues on 14 words), and only the
            # words the article holds (one ``in`` each over it, as the sentences' own
            # would sum to): 2-10 of 14, the rest skipped in every sentence asked.
            # Whether any cue matches: order is no matter.
            folded_all = self._folded
            entries = self._entries = [
                entry for entry in _cues_by_word(self._lexicons) if entry[0] in folded_all
            ]
        if not entries:
            return False
        sentence = folded[start:end]
        excepted: list[tuple[int, int]] | None = None
        for word, cues in entries:
            if word not in sentence:
                continue
            for pattern, proclitics in cues:
                for m in pattern.finditer(folded, start, end):
                    if not _at_word_start(folded, m.start(), proclitics):
                        continue
                    if excepted is None:
                        excepted = self._excepted(start, end)
                    # "Libya'da çatışan taraflar": other parties than the contact's sides
                    if any(a <= m.start() and m.end() <= b for a, b in excepted):
                        continue
                    return True
        return False

    def opens(self, start: int, end: int) -> bool:
        """Whether the sentence ``folded[start:end]`` opens with a continuation cue ("He
        was accompanied by ...", "In Tripoli, he ..."): its subject is the principal
        named before, not a person it names."""
        folded = self._folded
        for opening, firsts in self._openings:
            if firsts is not None and not folded.startswith(firsts, start, end):
                continue
            if opening.match(folded, start, end) is not None:
                return True
        return False

    def _excepted(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of ``refers_back_except`` phrases in ``folded[start:end]``."""
        return [
            (m.start(), m.end())
            for lx in self._lexicons
            if lx.refers_back_except is not None
            for m in lx.refers_back_except.finditer(self._folded, start, end)
        ]


#: ``_cues_by_word`` per tuple of lexicons (by identity; the lexicons kept alive with
#: it so no id is reused): built once, not per article (26 ``setdefault`` an article).
_BY_WORD: dict[tuple[int, ...], tuple[list[Lexicon], CueWords]] = {}


def _cues_by_word(lexicons: list[Lexicon]) -> CueWords:
    """The ``refers_back`` cues of ``lexicons`` grouped by their longest word."""
    key = tuple(map(id, lexicons))
    known = _BY_WORD.get(key)
    if known is not None:
        return known[1]
    by_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for lx in lexicons:
        proclitics = "".join(lx.proclitics)
        for word, pattern in lx.refers_back_entries:
            by_word.setdefault(word, []).append((pattern, proclitics))
    if len(_BY_WORD) >= 64:  # lexicons rebuilt (tests): the old ones let go
        _BY_WORD.clear()
    entries = list(by_word.items())
    _BY_WORD[key] = (list(lexicons), entries)
    return entries


def _opening(
    pattern: re.Pattern[str],
    known: tuple[re.Pattern[str], tuple[str, ...]] | None,
    factored: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """An opening cue's pattern, or the one matching where it does that ``factored``
    holds for this very pattern (``refers_back_opening_any``: English sentences
    opening "The" tried ~280 bodies in turn, 29 us a bench_contacts article), and what
    its matches begin with, if ``known`` holds that for it (``..._firsts``)."""
    tried = factored[1] if factored is not None and factored[0] is pattern else pattern
    if known is None or known[0] is not pattern:
        return tried, None
    return tried, known[1]


def _at_word_start(text: str, pos: int, proclitics: str) -> bool:
    """Whether ``pos`` starts a word, or follows a proclitic that does (و, ب, وب ...)."""
    k = pos
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        if text[k - 1] not in proclitics or pos - k >= 2:
            return False
        k -= 1
    return True


def named_countries(items: Iterable[Item]) -> set[str]:
    """The countries a sentence names a person or organisation of (generic national
    actors, "the Turkish side", aside): those a continuation does not lack."""
    return {
        country
        for _, _, entity, country in items
        if country is not None
        and (
            (kind := entity.type) is _PERSON
            or (kind is _ORG and not entity.id.startswith(_GENERIC))
        )
    }


def missing_sides(pairs: Sequence[tuple[str, str]], named: set[str]) -> set[str]:
    """The countries of a watch whose other country the sentence names a person of, and
    that it names none of."""
    missing: set[str] = set()
    for a, b in pairs:
        if a in named and b not in named:
            missing.add(b)
        elif b in named and a not in named:
            missing.add(a)
    return missing


def borrowed_person(
    index: int,
    country: str,
    groups: Sequence[Sequence[Item] | None],
    qualifies: Callable[[int, int, int], bool],
    continues: Callable[[int], bool] | None = None,
    owns_delegation: Callable[[int, int, int], bool] | None = None,
) -> tuple[int, Item] | None:
    """The sentence and mention of the person of ``country`` a continuing sentence
    ``index`` stands for: named first in the nearest of the ``LOOK_BACK`` sentences
    before it that names one; for the text's first sentence, in the next one.
    ``qualifies(sentence, start,
    end)``: whether the mention only qualifies another noun ("Haftar's son").
    ``continues(sentence)``: whether that sentence itself opens by referring back ("He
    was accompanied by Foreign Minister al-Baour"): the persons it names are not the
    subject a pronoun goes on with, so it is passed over, and the look-back reaches one
    sentence further ("Dbeibah arrived in Istanbul. He was accompanied by ... . Erdogan
    received him": Dbeibah; issue #12).

    ``owns_delegation(sentence, start, end)``: whether an organisation's mention there
    owns a delegation ("A delegation of Libya's House of Representatives visited
    Ankara. They were received by Erdogan", "وفد من مجلس النواب", "Meclis heyeti"). A
    sentence naming no person of the country gives that organisation instead: the
    delegation is its, and the real set labels the contact with it (session 20)."""
    order = [j for j in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1)]
    if index == 0:
        order.append(1)  # the text opens with the reference: named after it
    for j in order:
        if j >= len(groups):
            continue
        items = groups[j]
        if not items:
            continue
        if continues is not None and j < index and continues(j):
            further = min(k for k in order if k < index) - 1
            if further >= 0:
                order.append(further)
            continue
        ordered = sorted(items, key=lambda it: it[0])
        for item in ordered:
            start, end, entity, actor = item
            if actor != country or entity.type is not _PERSON:
                continue
            if qualifies(j, start, end):
                continue
            return j, item
        if owns_delegation is not None:
            for item in ordered:
                start, end, entity, actor = item
                if (
                    actor == country
                    and entity.type is _ORG
                    and not entity.id.startswith(_GENERIC)
                    and owns_delegation(j, start, end)
                ):
                    return j, item
    return None


#: How many words before an organisation's mention a delegation word may stand ("a
#: delegation from Libya's Tobruk-based House of Representatives"), and after it
#: (Turkish "Temsilciler Meclisi heyeti").
DELEGATION_WORDS_BEFORE, DELEGATION_WORDS_AFTER = 4, 1
_PUNCTUATION = ",.;:!?،؛()\"'“”‘’«»"


def names_delegation_owner(
    text: str, start: int, end: int, sentence: tuple[int, int], words: Collection[str]
) -> bool:
    """Whether a ``words`` entry (a delegation noun, folded) stands at most
    ``DELEGATION_WORDS_BEFORE`` words before the mention at ``start:end`` of ``text`` or
    ``DELEGATION_WORDS_AFTER`` after it, inside its ``sentence``."""
    if not words:
        return False
    first, last = sentence
    # words as spaces part them: "Libya's Tobruk-based" is two, as a reader counts
    before = fold_char_string(text[max(first, start - 80) : start]).split()
    after = fold_char_string(text[end : min(last, end + 40)]).split()
    return any(w.strip(_PUNCTUATION) in words for w in before[-DELEGATION_WORDS_BEFORE:]) or any(
        w.strip(_PUNCTUATION) in words for w in after[:DELEGATION_WORDS_AFTER]
    )


#: (accen5) At most this many words of title between a coordinator and the next name
#: of one side ("Ahmet Dogan and Ankara's Libyan special envoy Emrullah Isler").
COORDINATED_GAP_WORDS = 5


def coordinated_people(
    text: str, items: Sequence[Item], first: Item, coordinators: Collection[str]
) -> list[Item]:
    """The persons of ``first``'s country named together with it in one sentence
    (``items``, display offsets in ``text``), after it: each joined to the one before by a
    ``coordinators`` entry ("and", "was accompanied by") and at most
    ``COORDINATED_GAP_WORDS`` words of title, a
    comma allowed before the coordinator; or, in a list, by a comma and at most that many
    words of title ("X, Treasury and Finance Minister Y and Z": a coordinator may then
    stand inside the title). A person of another country, or any longer gap, ends the
    run ("X and Y met Z": Z is no one's companion)."""
    if not coordinators:
        return []
    country = first[3]
    people = sorted(
        (it for it in items if it[2].type is _PERSON and it[0] >= first[1]),
        key=lambda it: it[0],
    )
    out: list[Item] = []
    closed = 0  # how many of ``out`` a coordinator has closed the list on
    end = first[1]
    for item in people:
        if item[3] != country or item[2].id == first[2].id:
            break
        gap = fold_char_string(text[end : item[0]])
        words = gap.replace(",", " ").split()
        listed = gap.lstrip().startswith(",")
        if not words and not listed:
            break
        joined = _leading_coordinator(words, coordinators)
        if listed and not joined:
            # a list's comma: the title after it may hold "and" ("Treasury and Finance
            # Minister"), one more word then allowed; a relative clause is no list item
            if (
                gap.count(",") > 1
                or len(words) > COORDINATED_GAP_WORDS + 1
                or not _RELATIVES.isdisjoint(words)
            ):
                break
            out.append(item)
        elif (
            not joined
            or len(words) - joined > COORDINATED_GAP_WORDS
            or any(w in coordinators for w in words[joined:])
        ):
            break
        else:
            out.append(item)
            closed = len(out)
        end = item[1]
    # "X, Y and Z": the comma joins stand once a coordinator ends the list
    return out[:closed]


def _leading_coordinator(words: list[str], coordinators: Collection[str]) -> int:
    """How many of ``words`` a ``coordinators`` entry the gap opens with takes ("and";
    "was accompanied by": "X was accompanied by Y and Z" names a group too), else 0."""
    best = 0
    for entry in coordinators:
        parts = entry.split()
        if len(parts) > best and words[: len(parts)] == parts:
            best = len(parts)
    return best


#: Words that open a relative clause: "X, who met Y" lists nobody.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


#: A case or possessive ending glued to a name by an apostrophe ("Hafter'e").
_GLUED_ENDING = re.compile(r"['’]\w*")


def shifted_to(
    items: Sequence[Item] | None, country: str, text: str, shifts: Sequence[str]
) -> Item | None:
    """The person of ``country`` the next sentence (``items``, display offsets in
    ``text``) opens with when one of ``shifts`` follows their name ("Orgeneral Saddam
    Hafter ise ... gündeme taşıdı": as for him): the counterpart a contact sentence
    before it named only by adjective ("Libyalı yetkilinin davetini kabul ederek bir
    araya geldi"). The sentence's first person only: a later one is no topic of it."""
    if not items or not shifts:
        return None
    people = sorted(
        (it for it in items if it[2].type is _PERSON and it[3] is not None),
        key=lambda it: it[0],
    )
    if not people or people[0][3] != country:
        return None
    end = people[0][1]
    glued = _GLUED_ENDING.match(text, end)
    if glued is not None:
        end = glued.end()
    words = fold_char_string(text[end : end + 24]).split()
    return people[0] if words and words[0] in shifts else None
