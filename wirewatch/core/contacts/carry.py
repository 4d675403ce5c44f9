"""A contact context carried to a later sentence whose contact word has no subject.

Reports open a context with a visit or a meeting ("Fidan arrived in Tripoli on
Thursday", "Dbeybe, Ankara'ya geldi", "وصل غولر إلى بنغازي") and tell the contacts of
that visit in the next sentences without naming the visitor again. Turkish drops the
subject: every person the sentence names stands in a case that is no subject's
("Başbakan Dbeybe ile görüştü", "Hafter tarafından kabul edildi", "Dbeybe'yi ziyaret
etti", "Menfi ve Dbeybe ile"), or the host's sentence calls the visitor its guest
("konuğunu"). Any language may refer to the two persons a sentence named together
("the two leaders", "iki lider", "الجانبان") or open with the meeting itself ("The
meeting ...", "وتناول اللقاء").

Session 15-16 listed such openings one by one (lexicon ``refers_back_opening``: "talks
with", "his meeting with", "وبحث مع", "burada"); this module reads the structure they
share, from a few per-language words (lexicon ``carry``). The missing party is then
borrowed as a continuation's is (``continuation.borrowed_person``), and only from a
sentence that opens a context: one with a visit, arrival or contact word
(``CarryCues.openers``). Who else is the subject ("Dbeybe, Menfi ile görüştü") leaves
the sentence alone, and plans, refusals and recaps are the detector's as for any
sentence.

(carry2) The English subjectless reading ("Talks with Dbeibah ...", "Later that day he
met ...", "Dbeibah received him"), the Arabic verb-first one ("والتقى بالقائد العام
خليفة حفتر") and the English and Arabic guests ("welcomed his guest", "ضيفه") were
dropped: they earned no held-out pair and cost +1.3 % of stage 1's instructions
(callgrind, ``bench/contact_instructions.py --part prepare``); the Turkish reading
earned one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wirewatch.core.contacts.word_trie import led_by_letters
from wirewatch.core.textfold import fold_char_string

#: What may open a sentence before its first word (spaces, quotation marks).
_OPENING_MARKS = frozenset(" \t\n\"'“”«»")

#: A person mention of a sentence: (display start, display end).
Span = tuple[int, int]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|,|\d+")
#: At most this many words of title between two joined names ("Menfi ve Başbakan
#: Dbeybe ile", "Erdogan and Libyan Prime Minister Dbeibah").
TITLE_WORDS = 6


@dataclass(frozen=True)
class CarryCues:
    """One language's words for a sentence without a subject (lexicon ``carry``)."""

    #: "tr": oblique cases (the only subjectless reading left); "": none (en, ar).
    mode: str
    #: Words that mark a context sentence (prefixes of folded words): visit, arrival,
    #: contact ("arriv", "visit", "gitti", "وصل").
    openers: re.Pattern[str] | None
    #: tr: case endings after an apostrophe that make a name no subject ("la", "yı").
    oblique_endings: frozenset[str] = frozenset()
    #: tr: words after a name that make it no subject ("ile", "tarafından").
    oblique_words: frozenset[str] = frozenset()
    #: tr: words joining two names ("ve"): the first takes the second's case.
    joiners: frozenset[str] = frozenset()
    #: Proclitics a cue word may carry (ar "و", "ف": "والتقى").
    verb_proclitics: tuple[str, ...] = ()
    #: tr: nouns for the visitor in the host's sentence ("konuğunu", "misafirini"): the
    #: sentence names the host, its guest is the context's visitor.
    guests: re.Pattern[str] | None = None
    #: Plural references to the two sides ("the two leaders", "iki lider", "الجانبان"):
    #: a sentence naming no principal with one of them tells a contact of the two
    #: persons of the two sides the sentence before named.
    plural: re.Pattern[str] | None = None
    #: The same said of the meeting itself, opening the sentence ("The meeting also
    #: covered ...", "وتناول اللقاء", "Görüşmede"): the two named before met.
    meeting_opening: re.Pattern[str] | None = None
    #: Words joining two names as one subject ("and", "ve", "ile"), and prefixes that
    #: do so glued to the second (Arabic "و"): ``meeting_opening`` needs such a pair.
    coordinators: frozenset[str] = frozenset()
    coordinator_proclitics: tuple[str, ...] = ()
    #: What the host did to the visitor, with no contact word ("told him", "in his
    #: honour", "onuruna", "على شرفه"): a contact in a carried sentence that holds no
    #: trigger (``implied_at``).
    implied: re.Pattern[str] | None = None
    #: tr: words an opening adverbial is made of ("ardından", "daha", "sonra"), before
    #: the comma that else sets off a subject.
    adverbials: frozenset[str] = frozenset()

    @staticmethod
    def compile(data: Mapping[str, Any] | None) -> CarryCues | None:
        if not data:
            return None

        def words(key: str) -> frozenset[str]:
            return frozenset(
                w for w in (fold_char_string(str(v)).strip() for v in data.get(key) or ()) if w
            )

        # "ووصل": a cue may carry the verb's proclitic
        proclitics = [re.escape(p) for p in sorted(words("verb_proclitics"), key=len, reverse=True)]
        pre = f"(?:{'|'.join(proclitics)})?" if proclitics else ""

        def union(key: str, whole: bool = True) -> re.Pattern[str] | None:
            bodies = [re.escape(w) for w in sorted(words(key), key=len, reverse=True)]
            if not bodies:
                return None
            end = r"(?!\w)" if whole else ""
            # led by a set of letters, not the look-behind, so a search skips to where
            # a cue's first letter stands (word_trie.led_by_letters): the same matches;
            # callgrind, stage 1: -0.05 M instructions an article
            led = led_by_letters(proclitics, bodies)
            if led is not None:
                return re.compile(led + end)
            return re.compile(rf"(?<!\w){pre}(?:{'|'.join(bodies)}){end}")

        return CarryCues(
            mode=str(data.get("mode") or ""),
            openers=union("openers", whole=False),
            guests=union("guests"),
            plural=union("plural"),
            meeting_opening=union("meeting_opening"),
            coordinators=words("coordinators"),
            coordinator_proclitics=tuple(words("coordinator_proclitics")),
            implied=union("implied"),
            oblique_endings=words("oblique_endings"),
            oblique_words=words("oblique_words"),
            joiners=words("joiners"),
            verb_proclitics=tuple(sorted(words("verb_proclitics"), key=len, reverse=True)),
            adverbials=words("adverbials"),
        )

    def opens_context(self, folded_sentence: str) -> bool:
        """Whether a sentence (folded) tells of a visit, an arrival or a contact."""
        return self.openers is not None and self.openers.search(folded_sentence) is not None

    def implied_at(self, folded: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of what the host did to the visitor in ``folded[start:end]``."""
        if self.implied is None:
            return None
        m = self.implied.search(folded, start, end)
        return (m.start(), m.end()) if m is not None else None

    def refers_to_both(self, folded_sentence: str) -> bool:
        """Whether a sentence (folded) refers to the two sides together."""
        return self.plural is not None and self.plural.search(folded_sentence) is not None

    def meeting_at(self, folded: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of a ``meeting_opening`` cue opening ``folded[start:end]``."""
        if self.meeting_opening is None:
            return None
        while start < end and folded[start] in _OPENING_MARKS:
            start += 1
        m = self.meeting_opening.match(folded, start, end)
        return (m.start(), m.end()) if m is not None else None

    def coordinated(self, text: str, first: Span, second: Span) -> bool:
        """Whether the two names are joined as one subject ("X and Y", "X ile Y",
        "X و Y"): a coordinator and at most a title between them."""
        gap = _WORD.findall(fold_char_string(text[first[1] : second[0]]))
        if not gap or len(gap) > TITLE_WORDS + 1:
            return False
        head = gap[0]
        return head in self.coordinators or any(
            head.startswith(p) for p in self.coordinator_proclitics
        )

    def lacks_subject(
        self,
        text: str,
        span: Span,
        people: Sequence[Span],
        folded: str | None = None,
        window: tuple[int, int] = (0, 0),
    ) -> bool:
        """Whether sentence ``span`` of ``text``, naming the persons ``people`` (display
        spans, in order), tells a contact whose subject it leaves unsaid
        (``folded[window[0]:window[1]]``: the sentence folded, if known)."""
        if not people or self.mode != "tr":
            return False
        if folded is None:
            window = (0, span[1] - span[0])
        if self.guests is not None and self.guests.search(
            folded if folded is not None else fold_char_string(text[span[0] : span[1]]),
            *window,
        ):
            return True
        return self._tr(text, span, people)

    # -- Turkish ----------------------------------------------------------------------

    def _tr(self, text: str, span: Span, people: Sequence[Span]) -> bool:
        # every name in a case no subject takes: the first that is in none ends the
        # test, before the sentence's opening is folded (callgrind, stage 1: -4.8 M
        # instructions on the 200 bench articles)
        oblique: list[bool | None] = []
        for _, end in people:
            found = self._oblique_after(text, end, span[1])
            if found is False:
                return False
            oblique.append(found)
        if oblique[-1] is None:
            return False
        # "Analistler, Dbeybe ile ...", "Heyet, ...": a subject set off by a comma
        head = _WORD.findall(fold_char_string(text[span[0] : people[0][0]]))
        if "," in head and not all(w in self.adverbials for w in head[: head.index(",")]):
            return False
        # "Menfi ve Dbeybe ile": the first takes the case of the name it is joined to
        for k in range(len(people) - 2, -1, -1):
            if oblique[k] is None:
                oblique[k] = (
                    oblique[k + 1] if self._joined(text, people[k], people[k + 1]) else False
                )
        return all(bool(o) for o in oblique)

    def _oblique_after(self, text: str, end: int, limit: int) -> bool | None:
        """Whether the name ending at ``end`` stands in a case that is no subject's;
        None when a joiner follows it (its case is the next name's)."""
        after = fold_char_string(text[end : min(limit, end + 40)])
        if after[:1] in ("'", "’"):
            m = _WORD.match(after, 1)
            ending = m.group(0) if m is not None and m.start() == 1 else ""
            if ending in self.oblique_endings:
                return True
            after = after[1 + len(ending) :]
        words = _WORD.findall(after)
        if not words:
            return False
        if words[0] in self.oblique_words:
            return True
        if words[0] in self.joiners:
            return None
        return False

    def _joined(self, text: str, first: Span, second: Span) -> bool:
        gap = _WORD.findall(fold_char_string(text[first[1] : second[0]]))
        return bool(gap) and gap[0] in self.joiners and len(gap) <= TITLE_WORDS


def spans_of(items: Iterable[tuple[int, int, Any, Any]], kinds: Collection[object]) -> list[Span]:
    """The display spans of the mentions of entity types ``kinds`` among a sentence's
    ``items``, in order."""
    return sorted((start, end) for start, end, entity, _ in items if entity.type in kinds)
