"""A contact context carried to a later sentence whose contact word has no subject.

Reports open a context with a visit or a meeting ("Fidan arrived in Tripoli on
Thursday", "Dbeybe, Ankara'ya geldi", "وصل غولر إلى بنغازي") and tell the contacts of
that visit in the next sentences without naming the visitor again, in each language's
own way of leaving a subject unsaid:

- English: a contact noun owned by no one named ("Talks with Dbeibah focused on ...",
  "The visit included a meeting with ...", "His meetings with ..."), or a subject
  pronoun before anyone is named ("Later that day he met Erdogan", "Sources said he and
  Saddam Haftar discussed ...");
- Turkish drops the subject: every person the sentence names stands in a case that is
  no subject's ("Başbakan Dbeybe ile görüştü", "Hafter tarafından kabul edildi",
  "Dbeybe'yi ziyaret etti", "Menfi ve Dbeybe ile");
- Arabic opens with the verb, its subject in it, the partner after a preposition
  ("والتقى بالقائد العام خليفة حفتر", "واجتمع مع صدام حفتر", "وأجرى لقاء مع ...").

Session 15-16 listed such openings one by one (lexicon ``refers_back_opening``: "talks
with", "his meeting with", "وبحث مع", "burada"); this module reads the structure they
share, from a few per-language words (lexicon ``carry``). The missing party is then
borrowed as a continuation's is (``continuation.borrowed_person``), and only from a
sentence that opens a context: one with a visit, arrival or contact word
(``CarryCues.openers``). Who else is the subject ("Dbeybe, Menfi ile görüştü", "والتقى
الدبيبة بالمنفي", "Dbeibah said he met ...") leaves the sentence alone, and plans,
refusals and recaps are the detector's as for any sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wirewatch.core.textfold import fold_char_string

#: What may open a sentence before its first word (spaces, quotation marks).
_OPENING_MARKS = frozenset(" \t\n\"'“”«»")

#: A person mention of a sentence: (display start, display end).
Span = tuple[int, int]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|,|\d+")
#: At most this many words of title between the partner word and the partner's name
#: ("with Presidential Council head Mohamed al-Menfi": three).
TITLE_WORDS = 6


@dataclass(frozen=True)
class CarryCues:
    """One language's words for a sentence without a subject (lexicon ``carry``)."""

    #: "en": an ownerless contact noun or a pronoun; "tr": oblique cases; "ar": the
    #: verb first.
    mode: str
    #: Words that mark a context sentence (prefixes of folded words): visit, arrival,
    #: contact ("arriv", "visit", "gitti", "وصل").
    openers: re.Pattern[str] | None
    #: en: the words a sentence may open with before its partner word when nobody owns
    #: the contact noun ("the", "his", "talks", "included", "later").
    lead: frozenset[str] = frozenset()
    #: en "with"; ar "مع": the word before the partner.
    partner: frozenset[str] = frozenset()
    #: en: subject pronouns ("he", "she").
    pronouns: frozenset[str] = frozenset()
    #: en: participles a sentence may open with, its partner right after them
    #: ("Meeting Dbeibah, the minister ..."): the subject after the comma.
    participles: frozenset[str] = frozenset()
    #: en: object pronouns ("him", "her"), after the one name of the sentence, right
    #: after a verb in the past: one ending in "-ed" or one of ``object_verbs`` ("told").
    object_pronouns: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    #: tr: case endings after an apostrophe that make a name no subject ("la", "yı").
    oblique_endings: frozenset[str] = frozenset()
    #: tr: words after a name that make it no subject ("ile", "tarafından").
    oblique_words: frozenset[str] = frozenset()
    #: tr: words joining two names ("ve"): the first takes the second's case.
    joiners: frozenset[str] = frozenset()
    #: ar: contact verbs that open a sentence with their subject in them ("التقى").
    verbs: frozenset[str] = frozenset()
    #: ar: proclitics a verb or a partner word may carry ("و", "ف"; "ب" for a partner).
    verb_proclitics: tuple[str, ...] = ()
    partner_proclitics: tuple[str, ...] = ()
    #: ar: object nouns between the verb and its partner word ("لقاء", "مباحثات").
    objects: frozenset[str] = frozenset()
    #: Nouns for the visitor in the host's sentence ("welcomed his guest", "konuğunu",
    #: "ضيفه"): the sentence names the host, its guest is the context's visitor.
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
    #: words an opening adverbial is made of ("ثم", "كما", "خلال", "الزيارة"; tr
    #: "ardından", "daha", "sonra"), skipped before the verb or the first name.
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
        pre = _alternatives(words("verb_proclitics"))
        pre = f"(?:{pre})?" if pre else ""

        def union(key: str, whole: bool = True) -> re.Pattern[str] | None:
            alts = _alternatives(words(key))
            end = r"(?!\w)" if whole else ""
            return re.compile(rf"(?<!\w){pre}(?:{alts}){end}") if alts else None

        return CarryCues(
            mode=str(data["mode"]),
            openers=union("openers", whole=False),
            guests=union("guests"),
            plural=union("plural"),
            meeting_opening=union("meeting_opening"),
            coordinators=words("coordinators"),
            coordinator_proclitics=tuple(words("coordinator_proclitics")),
            implied=union("implied"),
            lead=words("lead"),
            partner=words("partner"),
            pronouns=words("pronouns"),
            object_pronouns=words("object_pronouns"),
            object_verbs=words("object_verbs"),
            participles=words("participles"),
            oblique_endings=words("oblique_endings"),
            oblique_words=words("oblique_words"),
            joiners=words("joiners"),
            verbs=words("verbs"),
            verb_proclitics=tuple(sorted(words("verb_proclitics"), key=len, reverse=True)),
            partner_proclitics=tuple(sorted(words("partner_proclitics"), key=len, reverse=True)),
            objects=words("objects"),
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
        places: Sequence[Span] = (),
        folded: str | None = None,
        window: tuple[int, int] = (0, 0),
    ) -> bool:
        """Whether sentence ``span`` of ``text``, naming the persons ``people`` (display
        spans, in order) and the places ``places``, tells a contact whose subject it
        leaves unsaid (``folded[window[0]:window[1]]``: the sentence folded, if known)."""
        if not people:
            return False
        if folded is None:
            window = (0, span[1] - span[0])
        if self.guests is not None and self.guests.search(
            folded if folded is not None else fold_char_string(text[span[0] : span[1]]),
            *window,
        ):
            return True
        if self.mode == "en":
            return self._en(text, span, people, places)
        if self.mode == "tr":
            return self._tr(text, span, people)
        if self.mode == "ar":
            return self._ar(text, span, people)
        return False

    # -- English ----------------------------------------------------------------------

    def _en(self, text: str, span: Span, people: Sequence[Span], places: Sequence[Span]) -> bool:
        head = fold_char_string(text[span[0] : people[0][0]])
        words = _WORD.findall(head)
        if not words:
            return self._object_after(text, span, people)
        # "Talks with Dbeibah ...", "The visit included a meeting with ...": every word
        # before the partner word is a determiner, a contact noun or an adverb, and the
        # name follows it after a title at most
        for k, word in enumerate(words):
            if word in self.partner:
                return len(words) - k - 1 <= TITLE_WORDS and all(
                    w in self.lead for w in words[:k] if w != ","
                )
            if word not in self.lead and word != ",":
                break
        # "Meeting Dbeibah, the minister ...": the partner after the participle, the
        # subject after the comma names no one
        if words[0] in self.participles and len(words) <= TITLE_WORDS:
            comma = text.find(",", people[0][1], span[1])
            return comma >= 0 and all(start < comma for start, _ in people)
        # "Later that day he met ...", "Sources said he and Haftar ...": a pronoun
        # before anyone is named, after no other name (a capital past the first word)
        # ("On his second day in Istanbul, he met ...": a place's capital is no name)
        raw = list(_WORD.finditer(text, span[0], people[0][0]))
        for k, word in enumerate(words):
            if word in self.pronouns:
                return not any(
                    m.group(0)[:1].isupper() and not any(a <= m.start() < b for a, b in places)
                    for m in raw[1:k]
                )
        return self._object_after(text, span, people)

    def _object_after(self, text: str, span: Span, people: Sequence[Span]) -> bool:
        """ "Dbeibah met him at the airport": the one name is the subject, the object
        the principal before (with two names, "him" may be the first of them)."""
        if not self.object_pronouns or len(people) != 1:
            return False
        rest = _WORD.findall(fold_char_string(text[people[0][1] : span[1]]))
        if self.object_pronouns.isdisjoint(rest):
            return False
        # the object of a past verb ("received him", "told him"), not of a participle
        # that qualifies the subject ("Dbeibah and the delegation accompanying him")
        return any(
            word in self.object_pronouns
            and (rest[k - 1].endswith("ed") or rest[k - 1] in self.object_verbs)
            for k, word in enumerate(rest)
            if k
        )

    # -- Turkish ----------------------------------------------------------------------

    def _tr(self, text: str, span: Span, people: Sequence[Span]) -> bool:
        # "Analistler, Dbeybe ile ...", "Heyet, ...": a subject set off by a comma
        head = _WORD.findall(fold_char_string(text[span[0] : people[0][0]]))
        if "," in head and not all(w in self.adverbials for w in head[: head.index(",")]):
            return False
        oblique = [self._oblique_after(text, end, span[1]) for _, end in people]
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

    # -- Arabic -----------------------------------------------------------------------

    def _ar(self, text: str, span: Span, people: Sequence[Span]) -> bool:
        words = _WORD.findall(fold_char_string(text[span[0] : people[0][0]]))
        k = 0
        while k < len(words) and (words[k] == "," or self._bare(words[k]) in self.adverbials):
            k += 1
        if k >= len(words) or self._bare(words[k]) not in self.verbs:
            return False
        # the verb's next words: adverbials, an object noun, then the partner word
        for word in words[k + 1 :]:
            if word == "," or word in self.adverbials or word in self.objects:
                continue
            return word in self.partner or any(
                word.startswith(p) and len(word) > len(p) + 1 for p in self.partner_proclitics
            )
        return False

    def _bare(self, word: str) -> str:
        """``word`` without a conjunction proclitic ("والتقى": "التقى")."""
        for p in self.verb_proclitics:
            if word.startswith(p) and len(word) > len(p) + 2:
                return word[len(p) :]
        return word


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def spans_of(items: Iterable[tuple[int, int, Any, Any]], kinds: Collection[object]) -> list[Span]:
    """The display spans of the mentions of entity types ``kinds`` among a sentence's
    ``items``, in order."""
    return sorted((start, end) for start, end, entity, _ in items if entity.type in kinds)
