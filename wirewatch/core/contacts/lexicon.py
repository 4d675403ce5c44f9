"""Contact lexicons (triggers, blocking cues, context cues) compiled from YAML data.

The entry syntax is documented in ``wirewatch/data/lexicons/contacts/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from wirewatch.core.contacts.carry import CarryCues
from wirewatch.core.contacts.envoy_hosts import EnvoyHosts
from wirewatch.core.contacts.list_mates import ListMates
from wirewatch.core.contacts.roles import RoleReferences
from wirewatch.core.contacts.word_trie import factored_union, led_by_letters
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

#: Punctuation glued to a word next to a gap ("اليوم الثلاثاء ,اتفاقيتين", "“Name”"):
#: real copy spaces it carelessly. On both ends, so the pattern reads the same reversed.
_GLUED = r"[^\w\s]*"
_GAP = _GLUED + r"(?:\s+\S+){0,3}?\s+" + _GLUED  # "~": up to three words in between
#: "~~": up to twelve words in between, a clause ("وكان صدام ...، نائب ...، قد التقى").
_LONG_GAP = _GLUED + r"(?:\s+\S+){0,12}?\s+" + _GLUED
_GAPS = {"~": _GAP, "~~": _LONG_GAP}
#: The end of a cue's last word: no letter follows, unless a link glued to it begins
#: there (an embedded tweet: "Serrac ile görüştühttps://t.co/...").
_WORD_END = r"(?:(?!\w)|(?=https?:|pic\.twitter))"


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    kinds: tuple[str, ...]  # priority order
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    block: re.Pattern[str] | None
    historical: re.Pattern[str] | None
    # Context cues: "before" patterns are searched at the end of the folded text
    # before a mention, "after" patterns matched at the start of the text after it.
    before_place: re.Pattern[str] | None
    after_place: re.Pattern[str] | None
    before_mention: re.Pattern[str] | None
    after_mention: re.Pattern[str] | None
    destination_before: re.Pattern[str] | None
    destination_after: re.Pattern[str] | None
    before_possessor: re.Pattern[str] | None
    after_possessor: re.Pattern[str] | None
    #: (literal, kind): every match of a kind's pattern starts with one of its literals
    #: (after a proclitic), so a span without any cannot hold a trigger of that kind.
    trigger_cues: tuple[tuple[str, str], ...] = ()
    #: (entry, kind) of every trigger entry, in order: ``typos.py`` reads its one-word forms.
    trigger_entries: tuple[tuple[str, str], ...] = ()
    proclitics: tuple[str, ...] = ()
    #: The same for ``block`` and ``historical``: the literals their matches start with.
    block_cues: tuple[str, ...] = ()
    historical_cues: tuple[str, ...] = ()
    #: Whether every trigger, block and historical match begins at the word start right
    #: before one of those literals (no entry opens with ``~``, every proclitic is word
    #: characters), so that trying the patterns there alone finds all their matches.
    anchored: bool = False
    #: Whether the person a joint press conference was held with is named before the
    #: cue ("Mangoush ile düzenlediği ortak basın toplantısı") rather than after it
    #: ("joint press conference with Mangoush"): a language whose postpositions follow.
    counterpart_before: bool = False
    #: Whether a sentence's clauses that each tell a contact keep their own pairs
    #: (``pairing.within_clauses``).
    clauses_close_pairs: bool = False
    #: Whether a clause break, or a companion of the accompanied side before a new
    #: title, ends what an attendance cue took in (``pairing.unaccompanied``).
    companions_close: bool = False
    #: Words right after the person a sentence opens with that make them its new topic
    #: ("Saddam Hafter ise ...", as for): the counterpart a contact sentence before
    #: named only by adjective ("Libyalı yetkili"): ``continuation.shifted_to``.
    topic_shift: tuple[str, ...] = ()
    #: What joins two names in a photo caption ("MİT Başkanı İbrahim Kalın ve Hafter",
    #: "Libya Başbakanı Serrac - Cumhurbaşkanı Erdoğan"): a line of two principals and
    #: their titles alone is a meeting (``detector.caption_trigger``).
    caption_joiners: tuple[str, ...] = ()
    #: The words that open the phrase of parties after a contact noun and join its two
    #: parties ("the talks between A and B"): ``stated_parties.py``.
    stated_openers: tuple[str, ...] = ()
    stated_joiners: tuple[str, ...] = ()
    #: Verbs whose subject is the two parties already told ("وبحثا", "وناقش الجانبان")
    #: and the words that still bring a partner after them ("مع"): whoever such a verb
    #: is followed by is what the two discussed (``topics.discussed_by_both``).
    both_verbs: tuple[str, ...] = ()
    both_partners: tuple[str, ...] = ()
    #: ``both_verbs`` as one pattern over the folded text, a proclitic allowed: the
    #: sentence is read word by word only when it matches (cost: one search a sentence).
    both_verbs_re: re.Pattern[str] | None = None
    #: (issue #12, session 18) Discussion words after (or, verb last, before) which a
    #: person marked as a possessor is what was discussed, not a party; the language's
    #: style of possession and its marks; the partner words that make a person the
    #: verb's partner (``discussed.without_discussed_possessors``).
    discussed_verbs_re: re.Pattern[str] | None = None
    discussed_style: str = ""
    discussed_marks: tuple[str, ...] = ()
    discussed_partners: tuple[str, ...] = ()
    #: (issue #12, session 18) An earlier contact's phrase inside a sentence that reports
    #: a new one: its openers ("after", بعد), closers (Turkish "ardından") and
    #: participle endings (görüşen), and the markers that make it past: recap cues and
    #: counted intervals ("had", "a week after"; ``recap_phrases.recap_spans``).
    recap_openers: re.Pattern[str] | None = None
    recap_closers: re.Pattern[str] | None = None
    recap_participles: tuple[str, ...] = ()
    recap_markers: re.Pattern[str] | None = None
    #: (session 20) "again" words: the sentence's own contact repeats the recap's, so
    #: a party named only in the recap phrase is the one met again.
    recap_again: re.Pattern[str] | None = None
    #: Plural suffixes: "yetkililerle" is a group, no one person a next sentence names.
    plural_marks: tuple[str, ...] = ()
    #: (session 20) Delegation nouns (folded words): an organisation named next to one
    #: owns the delegation a continuing sentence stands for (``continuation.py``).
    delegation_words: frozenset[str] = frozenset()
    #: Words right before a third country's mention after a contact verb that make it
    #: where the contact took place, not its partner ("في", "إلى"): see
    #: ``third_parties.third_partner_subjects``; a language without them skips the rule.
    third_partner_places: tuple[str, ...] = ()
    #: Title words an institution glued to "ب" right after qualifies ("وزير الخارجية
    #: بحكومة الوحدة"): see ``pairing.without_qualifying_orgs``; a language without
    #: them skips the rule.
    org_titles: tuple[str, ...] = ()
    # The ``before_*`` patterns for the *reversed* text before a mention, matched at its
    # start: ``(?<!\w)(?:...)\s*$`` searched forward tries every position of that text,
    # while its mirror image is decided within the few characters next to the mention.
    reversed_before_place: re.Pattern[str] | None = None
    reversed_before_mention: re.Pattern[str] | None = None
    reversed_destination_before: re.Pattern[str] | None = None
    reversed_before_possessor: re.Pattern[str] | None = None
    #: Attendance cues: the persons after an ``attendee_before`` cue ("in the presence
    #: of", بحضور) or before an ``attendee_after`` one (eşliğinde, "also attended") only
    #: attended: they are not principals of the contact (see ``attendee_spans``).
    attendee_before: re.Pattern[str] | None = None
    attendee_after: re.Pattern[str] | None = None
    #: Cues whose attendee runs only to the end of the first closing word after it
    #: (Turkish "X, beraberinde A ile Y ile görüştü": A, up to "ile", came along; Y is
    #: the principal): ``attendee_until`` and ``attendee_closer``.
    attendee_until: re.Pattern[str] | None = None
    attendee_closer: re.Pattern[str] | None = None
    #: Cues that mark attendees only once the contact is told, after a trigger ("X met
    #: Y, along with Z"): before it they join co-principals ("X, along with Y, visited").
    attendee_after_trigger: re.Pattern[str] | None = None
    #: Word endings before a comma that continue a list of possessors an
    #: ``attendee_after`` cue governs ("A'nın, B'nin ve C'nin katılımıyla"); and the words
    #: that open such a list ("X ile birlikte A'nın, B'nin katılımıyla").
    attendee_list_link: re.Pattern[str] | None = None
    attendee_list_open: re.Pattern[str] | None = None
    #: Words besides ``coordinators`` that join a list's last name before an
    #: ``attendee_after`` cue ("A, B ve C de hazır bulundu": ``_closes_list``); kept
    #: apart because ``coordinators`` also groups a continuation's plural side.
    attendee_list_coordinators: tuple[str, ...] = ()
    #: Relative pronouns ("who", التي): the persons of the clause they open, up to its
    #: next comma or trigger, are said about someone, not parties (``relative_spans``).
    relative_clause: re.Pattern[str] | None = None
    #: Verbs that, right after a relative pronoun, list a delegation's members ("والوفد
    #: المرافق له الذي ضم رئيس الأركان ..."): such a clause names parties, not thirds.
    relative_clause_members: re.Pattern[str] | None = None
    #: Relative pronouns that open a clause about a person ("who", "whose"): a date the
    #: clause holds dates what it says of him ("who was elected in August"), never the
    #: contact (``person_clause_spans``, ``timing.outside_clauses``).
    person_clause: re.Pattern[str] | None = None
    #: Endings of a relative participle closing its clause (Turkish "Hafter'in
    #: kuşattığı Trablus"): the clause runs back from it to a comma or trigger.
    relative_participle: re.Pattern[str] | None = None
    #: Endings of the participle clause's own subject (the genitive: "Hafter'in"); a
    #: clause without one has the sentence's subject for its own ("Akar, Güler'le
    #: birlikte temaslarını sürdürdüğü Libya'da …": Güler is Akar's companion).
    relative_subject: re.Pattern[str] | None = None
    #: The longest word of each attendance cue: a sentence holding none has no cue.
    attendee_words: tuple[str, ...] = ()
    #: Head-of-delegation cues ("delegation headed by", "وفد برئاسة", "başkanlığındaki
    #: heyet"): they make a mention the delegation's principal even where a possessor
    #: cue ("başkanlığındaki", بقيادة) would make it qualify another noun.
    before_head: re.Pattern[str] | None = None
    after_head: re.Pattern[str] | None = None
    reversed_before_head: re.Pattern[str] | None = None
    #: Role nouns of later references by role alone ("the Turkish minister").
    roles: RoleReferences | None = None
    #: Cues of a sentence that lists a delegation's members ("الوفد يضم", "heyette",
    #: "delegation included"): see ``delegations.py``.
    delegation_members: re.Pattern[str] | None = None
    #: That pattern and a word of each of its entries, as ``bare_delegation_words``.
    delegation_members_words: tuple[re.Pattern[str], tuple[str, ...]] | None = None
    #: An unqualified delegation met in a sentence ("welcomed the delegation", "heyetle"):
    #: see ``bare_delegations.py``.
    bare_delegation: re.Pattern[str] | None = None
    #: That pattern and a word of each of its entries (the longest, without ``*``): a
    #: sentence holding none of them holds no match. Kept with the pattern it was made
    #: for, so a lexicon given another pattern goes without.
    bare_delegation_words: tuple[re.Pattern[str], tuple[str, ...]] | None = None
    #: Endings after a name that make it the verb's object (Turkish accusative
    #: "Erdoğan'ı"): see ``co_hosts.py``.
    object_after: re.Pattern[str] | None = None
    #: Plan and postponement cues that cancel only the trigger nearest them, not the
    #: whole sentence as ``block`` does (``scope.py``).
    block_nearest: re.Pattern[str] | None = None
    #: The literals its matches start with, as ``block_cues``, and whether every match
    #: begins at the word start right before one (``anchored`` for these entries).
    block_nearest_cues: tuple[str, ...] = ()
    block_nearest_anchored: bool = False
    #: Phrases that hold a trigger word but name no contact and no party to one: the
    #: acceptance of a motion or an offer ("tezkerenin kabulü"). The trigger they hold
    #: is no trigger at all, so it neither gives an event nor draws the actors named
    #: near it away from the sentence's real contact (``detector.py``).
    not_contact: re.Pattern[str] | None = None
    #: A headline's plan ("Dbeibah to visit Ankara, hold talks with Erdogan"): its
    #: infinitive marker (folded; "" for none), the title words a bare subject before
    #: it may hold in lower case ("premier", "defence minister") and the words joining
    #: its names ("and", "of") (``headlines.py``).
    headline_marker: str = ""
    headline_roles: frozenset[str] = frozenset()
    headline_joiners: frozenset[str] = frozenset()
    #: Trigger forms that report a contact only with a person named right after them as
    #: their object ("Erdogan called Dbeibah"): ``pairing.object_counterparts``.
    object_required: re.Pattern[str] | None = None
    #: A plan predicate ending the sentence ("bekleniyor", "planlanıyor") governs the
    #: verbal-noun clause before it, however long: it cancels every trigger written as
    #: a verbal noun (``verbal_noun``, "görüşmesi") not followed by a postposition
    #: (``verbal_noun_unless_after``: "görüşmesi sonrasında" is a meeting held)
    #: (``scope.py``).
    governing_plan: re.Pattern[str] | None = None
    verbal_noun: re.Pattern[str] | None = None
    verbal_noun_unless_after: re.Pattern[str] | None = None
    #: A noun trigger framing a governed one ("ziyaretinde", "ziyareti sırasında"):
    #: the word from its start, in the locative or before a frame postposition
    #: (``scope._planned_frames``).
    plan_frame: re.Pattern[str] | None = None
    #: Phrases in which a ``refers_back`` cue names parties other than a contact's two
    #: sides ("Libya'da çatışan taraflar": the warring factions): no continuation cue.
    refers_back_except: re.Pattern[str] | None = None
    #: Recap cues (past perfect: "had met", görüşmüştü): the contact is historical,
    #: dated or not (``recaps.py``).
    recap: re.Pattern[str] | None = None
    #: The same, unless a current date follows the cue: Arabic tells the day's own event
    #: in the pluperfect too ("وكان السراج قد اجتمع مع أردوغان ... اليوم الخميس").
    recap_unless_dated_after: re.Pattern[str] | None = None
    #: Cues that a sentence continues the one before ("the two", "جاء ذلك", "taraflar"),
    #: anywhere in it or (``refers_back_opening``, matched at its start) opening it
    #: ("He", "This came"): ``continuation.py``.
    refers_back: re.Pattern[str] | None = None
    refers_back_opening: re.Pattern[str] | None = None
    #: (accen5) A plural opening among those ("They went on to meet ..."): the
    #: continuation stands for every person of the missing side that the sentence it
    #: continues names together ("X and Y arrived"), joined by a ``coordinators`` word
    #: and at most ``COORDINATED_GAP_WORDS`` words of title; not the first one alone.
    refers_back_plural: re.Pattern[str] | None = None
    #: (conen) A group noun opening ("The delegation met ...", "The officials ..."):
    #: plural as above, and it stands only for two or more persons named together in the
    #: sentence it continues ("X, Y and Z visited Libya. The delegation met W"); one
    #: named alone there ("Erdogan sent a delegation") is no member of it. Its entries
    #: are continuation openings too.
    refers_back_group: re.Pattern[str] | None = None
    #: (conen) The same group as the object of a reception or meeting ("Dbeibah welcomed
    #: the delegation"): continuation cues anywhere in a sentence (``refers_back``
    #: too), held to a group as those are.
    refers_back_group_object: re.Pattern[str] | None = None
    coordinators: tuple[str, ...] = ()
    #: That pattern and what every match of it begins with (an entry's first word, or
    #: its stem before ``*``, with or without a proclitic before it): a sentence opening
    #: otherwise needs no ``match``. Kept with the pattern it was made for, so a lexicon
    #: given another pattern goes without.
    refers_back_opening_firsts: tuple[re.Pattern[str], tuple[str, ...]] | None = None
    #: That pattern and one matching where it does, its bodies factored by their
    #: leading words (``word_trie.py``): for whether a sentence opens with a cue.
    refers_back_opening_any: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    #: Cues of a sentence that dates the meeting the next one tells ("The meeting took
    #: place on 25 August.", "جرى اللقاء في", "görüşme ... gerçekleşti"): its date, a
    #: recap's included, dates that next sentence (``lead_before`` in detector.py).
    dates_next_meeting: re.Pattern[str] | None = None
    #: Reporting verbs right after a contact verb ("… görüşme gerçekleştirdiğini
    #: açıkladı"): the contact is reported, and who reports it is no party (``reports.py``).
    reported_after: re.Pattern[str] | None = None
    #: Endings of a converb ("arayarak", "görüşerek"): a contact verb ending in one
    #: chains on to the next verb, so a reporting verb may stand further after it
    #: ("arayarak tebrik ettiğini belirtti": ``reports.is_reported``).
    converb: re.Pattern[str] | None = None
    #: Reporting verbs before the contact verb, up to what opens the report ("قال … إن",
    #: "said"): who is named before it reported the contact (``reports.py``).
    reported_before: re.Pattern[str] | None = None
    #: Visit triggers with no pronoun on them ("زيارة", "زار", a proclitic allowed): a
    #: visit the reporter tells of, not his own (``reports.is_bare_visit``).
    bare_visit: re.Pattern[str] | None = None
    #: Phrases that cover a ``block`` match without its meaning: "طلب* ~~ لقاء" (asked
    #: for a meeting) inside "طلب* ~~ خلال لقاء*" is a request made during a meeting
    #: held (``quotes.all_excepted``).
    block_except: re.Pattern[str] | None = None
    #: Triggers that name the purpose of the trigger before them ("للقاء" after "زيارة"):
    #: put off with it (``scope.cancelled_triggers``).
    purpose: re.Pattern[str] | None = None
    #: Each ``refers_back`` cue as (its longest word, its pattern without the look
    #: behind at its start): a sentence without the word holds no match, and a pattern
    #: opening with a literal is searched at C speed (``continuation.py`` checks the
    #: word start).
    refers_back_entries: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: (carry) The words of a sentence that tells a contact without its subject
    #: ("Talks with Dbeibah ...", "Dbeybe ile görüştü", "والتقى بحفتر"): ``carry.py``.
    carry: CarryCues | None = None
    #: Partner cues ("with" X, مع X, X "ile"): the mention is who the verb's subject met
    #: or called; topic cues ("after" X left, بشأن X, X'in … ardından): the mention is
    #: what a contact spoke of or followed. A topic is no party when the partner is a
    #: third country's person (``topics.py``).
    before_partner: re.Pattern[str] | None = None
    after_partner: re.Pattern[str] | None = None
    reversed_before_partner: re.Pattern[str] | None = None
    #: Sender cues ("a delegation from", "delegation sent by"): the state or capital
    #: right after one is the sending country of a delegation, an actor as that
    #: country's generic delegation, not a mere mention (``senders.py``).
    before_sender: re.Pattern[str] | None = None
    reversed_before_sender: re.Pattern[str] | None = None
    #: The same after the mention, where the language puts it there ("Ankara'dan gelen
    #: heyet").
    after_sender: re.Pattern[str] | None = None
    before_topic: re.Pattern[str] | None = None
    after_topic: re.Pattern[str] | None = None
    reversed_before_topic: re.Pattern[str] | None = None
    #: Block cues that, standing well after every trigger, are what the parties said or
    #: agreed ("التقى ... وأكد رفض التدخل", "عن إدانته"), not a refusal: ``content.py``.
    block_as_content: re.Pattern[str] | None = None
    #: What makes a ``block_as_content`` cue refer back to the contact after all: a
    #: denial whose object is "that", "the reports" or a pronoun ("ونفت الرئاسة ذلك",
    #: "وهو ما نفاه"), matched over the cue (``content.py``).
    block_as_content_except: re.Pattern[str] | None = None
    #: Sponsor cues ("برعاية"): an organisation right after one that is the only actor of
    #: its country, beside two persons of another, only sponsored (``sponsors.py``).
    sponsor_before: re.Pattern[str] | None = None
    #: A list's punctuation: a person of no country listed right after a countryman
    #: is of his country (``list_mates.py``).
    list_mates: ListMates | None = None
    #: Envoy and accreditation words: the unknown host of an envoy accredited to a
    #: state is of that state (``envoy_hosts.py``).
    envoy_hosts: EnvoyHosts | None = None
    #: "His counterpart" words ("بنظيره", "مع نظيرته"): a person followed by one and a
    #: third country's adjective met that country (``third_parties.py``).
    counterpart: re.Pattern[str] | None = None
    #: Openings of a relative clause holding a meeting of others ("ile yaptığı görüşme",
    #: "اللقاء الذي جمع"): who is named before it commented (``others_meetings.py``).
    others_meeting: re.Pattern[str] | None = None
    #: Same-sentence fallback cues (``fallback.py``), by kind: words of meeting, talks,
    #: reception, call and visit that are no trigger on their own ("saw", "konuştu",
    #: تشاور), read only in a sentence that holds no trigger and names one person of
    #: each side of a watch. ``fallback_words``: their literals, a cheap gate.
    fallback: tuple[tuple[str, re.Pattern[str]], ...] = ()
    fallback_words: tuple[str, ...] = ()
    #: Genitive endings ("'s", "'in"): a person named only in the genitive ("Hafter'in
    #: açıklamalarını", "Haftar's proposal") is what was talked about, no party to it.
    fallback_genitive: re.Pattern[str] | None = None
    #: Words of taking part ("attended", شارك, katıldı): a sentence holding one tells
    #: who was at an event ("Erdogan and Dbeibah attended the summit"), and its two
    #: persons are co-attendees the fallback does not pair.
    fallback_block: re.Pattern[str] | None = None
    #: What joins the two persons of a fallback contact in one clause
    #: (``fallback.linked``): words between them ("and", "with", مع, "ile"), letters
    #: glued before the second (و, ب), and what follows the second ("Hafter ile",
    #: "Trabelsi'yi"; matched at the start of the folded text after it).
    fallback_links: frozenset[str] = frozenset()
    fallback_glued: str = ""
    fallback_link_after: re.Pattern[str] | None = None
    #: Words a few before the first person that pair the two after them ("between",
    #: بين: "اللقاء جرى بين أردوغان والمشري").
    fallback_between: frozenset[str] = frozenset()
    #: Joint-statement verbs ("X and Y stressed", "أكد أردوغان والدبيبة", "X ve Y
    #: vurguladı"): the two said it together, so they met or talked; a contact only
    #: with the two coordinated (``fallback_coordinators``: "and", و, "ve", "ile"),
    #: not with any link ("Erdogan stressed to reporters that Dbeibah ...").
    fallback_joint: re.Pattern[str] | None = None
    fallback_coordinators: frozenset[str] = frozenset()
    #: Words that open what was said ("that", أن, "ki"): a person named after one, past
    #: the first, is in the content, not a party ("told reporters that Haftar ...").
    fallback_content: frozenset[str] = frozenset()

    # ``start``/``end`` limit a search to ``folded[start:end]``, a sentence of a folded
    # article (the character before it is never a word character, so the patterns'
    # ``(?<!\w)`` behave as at the start of a string); offsets stay those of ``folded``.

    def find_triggers(
        self,
        folded: str,
        start: int = 0,
        end: int | None = None,
        kinds: Collection[str] | None = None,
    ) -> list[Trigger]:
        """Triggers in ``folded[start:end]``; only of ``kinds`` (cued there) if given."""
        stop = len(folded) if end is None else end
        found = []
        for kind, pattern in self.triggers:
            if kinds is not None and kind not in kinds:
                continue
            for m in pattern.finditer(folded, start, stop):
                found.append(Trigger(kind, m.start(), m.end()))
        return found

    def blocked(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(folded) if end is None else end
        return self.block is not None and self.block.search(folded, start, stop) is not None

    def looks_historical(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(folded) if end is None else end
        return (
            self.historical is not None and self.historical.search(folded, start, stop) is not None
        )


_CLAUSE_BREAK = re.compile(r"[,،;؛]")
_WORD = re.compile(r"\S+")


def attendee_spans(
    lexicon: Lexicon, folded: str, start: int, end: int, triggers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of ``folded[start:end]`` (a sentence) that name people who only attended.

    After an ``attendee_before`` cue the span runs to the next trigger or the end of the
    sentence; when the cue opens the clause before every trigger ("Accompanied by A and
    B, X met Y"), to the last comma before that trigger. Before an ``attendee_after``
    cue it reaches back to the nearest comma or trigger ("X, A eşliğinde Y ile görüştü").
    ``triggers``: the sentence's trigger spans, in the same offsets.
    """
    spans: list[tuple[int, int]] = []
    sentence = folded[start:end]
    if not any(word in sentence for word in lexicon.attendee_words):
        return spans
    if lexicon.attendee_before is not None:
        for m in lexicon.attendee_before.finditer(folded, start, end):
            later = [t0 for t0, _ in triggers if t0 >= m.end()]
            stop = min(later, default=end)
            if later and all(t0 >= m.end() for t0, _ in triggers):
                breaks = [b.start() for b in _CLAUSE_BREAK.finditer(folded, m.end(), stop)]
                stop = breaks[-1] if breaks else stop
            spans.append((m.end(), stop))
    if lexicon.attendee_after is not None:
        for m in lexicon.attendee_after.finditer(folded, start, end):
            before = [(t0, t1) for t0, t1 in triggers if t1 <= m.start()]
            t0, begin = max(before, key=lambda t: t[1], default=(start, start))
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, begin, m.start())]
            if breaks and (
                (begin == start and _closes_list(lexicon, folded, breaks[-1], m.start()))
                or (
                    begin != start
                    and (not folded[begin : breaks[0] - 1].strip() or not folded[start:t0].strip())
                    and _closes_list(lexicon, folded, breaks[-1], m.start(), listed=True)
                    and not _possessor_list(lexicon, folded, breaks[-1])
                )
            ):
                # (conen) "A, B and C were also present": no trigger before the cue, and a
                # coordinator before its last name, so the commas are a list's. (freshtr)
                # So too when the trigger before the cue ends its clause at a comma
                # ("... kabul etti, A, B ve C de hazır bulundu") or opens the sentence
                # ("Görüşmede A, B ve C de hazır bulundu"): no principal of it is in the
                # list. Before, only the names after its last comma were attendees, and
                # A, B paired with the guest (3 of the fresh Turkish dev part's 6 current
                # events, all wrong). A list of possessors ("A'nın, B'nin ve C'nin
                # katılımıyla") is left to ``_list_start``, and so is a sentence with no
                # trigger before the cue in Turkish ("X ile birlikte A'nın, ... ve B'nin
                # katılımıyla": X is a principal; 2 dev pairs lost otherwise).
                spans.append((begin, m.start()))
                continue
            spans.append((_list_start(lexicon, folded, begin, breaks), m.start()))
    if lexicon.attendee_after_trigger is not None:
        for m in lexicon.attendee_after_trigger.finditer(folded, start, end):
            if not any(t1 <= m.start() for _, t1 in triggers):
                continue
            later = [t0 for t0, _ in triggers if t0 >= m.end()]
            spans.append((m.end(), min(later, default=end)))
    if lexicon.attendee_until is not None and lexicon.attendee_closer is not None:
        for m in lexicon.attendee_until.finditer(folded, start, end):
            stop = min((t0 for t0, _ in triggers if t0 >= m.end()), default=end)
            comma = _CLAUSE_BREAK.search(folded, m.end(), stop)
            closer = lexicon.attendee_closer.search(
                folded, m.end(), comma.start() if comma else stop
            )
            if closer is not None:
                spans.append((m.end(), closer.end()))
            elif comma is not None:  # "A ve beraberindeki B, Y ile görüştü"
                spans.append((m.end(), comma.start()))
    return spans


def relative_spans(
    lexicon: Lexicon, folded: str, start: int, end: int, triggers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of ``folded[start:end]`` (a sentence) inside relative clauses: from a
    ``relative_clause`` pronoun to the next clause break or trigger (``triggers``: the
    sentence's trigger spans), so that a clause telling the contact ("Erdoğan, who met
    Dbeibah") keeps its parties outside, unless a ``relative_clause_members`` verb opens
    it ("الذي ضم": the delegation's members); or back from a ``relative_participle`` that is
    no trigger to the clause break or trigger before it, when a word between holds a
    ``relative_subject`` ending (none: the clause has no subject of its own)."""
    spans: list[tuple[int, int]] = []
    if lexicon.relative_clause is not None:
        members = lexicon.relative_clause_members
        for m in lexicon.relative_clause.finditer(folded, start, end):
            if members is not None and members.match(folded, m.end() + 1, end):
                continue  # "الذي ضم ...": the delegation's members, parties of its contact
            stop = min((t0 for t0, _ in triggers if t0 >= m.end()), default=end)
            comma = _CLAUSE_BREAK.search(folded, m.end(), stop)
            spans.append((m.end(), comma.start() if comma else stop))
    if lexicon.relative_participle is not None:
        for m in lexicon.relative_participle.finditer(folded, start, end):
            if any(t0 < m.end() and m.start() < t1 for t0, t1 in triggers):
                continue  # the participle tells the contact ("kabul ettiği")
            begin = max((t1 for _, t1 in triggers if t1 <= m.start()), default=start)
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, begin, m.start())]
            begin = breaks[-1] if breaks else begin
            subject = lexicon.relative_subject
            if subject is None:
                continue
            if any(subject.search(w[0]) for w in _WORD.finditer(folded, begin, m.start())):
                spans.append((begin, m.start()))
    return spans


def person_clause_spans(
    lexicon: Lexicon, folded: str, start: int, end: int, triggers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of ``folded[start:end]`` inside a clause a ``person_clause`` pronoun opens,
    up to its next clause break or trigger (``triggers``: the sentence's trigger spans):
    "Takala, who was elected head of the council in August, met Begec on Sunday"."""
    if lexicon.person_clause is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in lexicon.person_clause.finditer(folded, start, end):
        stop = min((t0 for t0, _ in triggers if t0 >= m.end()), default=end)
        comma = _CLAUSE_BREAK.search(folded, m.end(), stop)
        spans.append((m.end(), comma.start() if comma else stop))
    return spans


def _closes_list(lexicon: Lexicon, folded: str, start: int, end: int, listed: bool = False) -> bool:
    """Whether ``folded[start:end]``, the words after a list's last comma, hold one of the
    lexicon's ``coordinators`` ("..., Deputy Chairman B and C were also present"), or,
    with ``listed``, of its ``attendee_list_coordinators`` too ("..., B ve C de hazır
    bulundu")."""
    joiners = lexicon.coordinators + (lexicon.attendee_list_coordinators if listed else ())
    return bool(joiners) and any(word in joiners for word in folded[start:end].split())


def _possessor_list(lexicon: Lexicon, folded: str, last_break: int) -> bool:
    """Whether the word before a list's last comma (ending at ``last_break``) continues a
    list of possessors (``attendee_list_link``: "B'nin,")."""
    link = lexicon.attendee_list_link
    return link is not None and link.search(folded[: last_break - 1].rstrip()) is not None


def _list_start(lexicon: Lexicon, folded: str, begin: int, breaks: list[int]) -> int:
    """Where the persons before an ``attendee_after`` cue start: after the last clause
    break (``breaks``: their ends, from ``begin``), or, when the word before that break
    continues a list of possessors (``attendee_list_link``), after the break before it,
    and then after the last list opener in between."""
    link, opener = lexicon.attendee_list_link, lexicon.attendee_list_open
    index = len(breaks) - 1
    while index >= 0 and link is not None and link.search(folded[: breaks[index] - 1].rstrip()):
        index -= 1
    if index == len(breaks) - 1:
        return breaks[-1] if breaks else begin
    at = breaks[index] if index >= 0 else begin
    if opener is not None:
        opened = [m.end() for m in opener.finditer(folded, at, breaks[index + 1])]
        at = opened[-1] if opened else at
    return at


def _entry_regex(entry: str) -> str:
    words = fold_char_string(entry).split()
    parts: list[str | None] = []
    for word in words:
        if word in _GAPS:
            parts.append(None)
        elif word.endswith("*") and len(word) > 1:
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    out = ""
    for i, part in enumerate(parts):
        if part is None:
            continue
        if i:
            out += _GAPS[words[i - 1]] if parts[i - 1] is None else r"\s+"
        out += part
    return out


def _entry_literal(entry: str) -> str:
    """The literal text every match of ``entry`` starts with (its first word)."""
    for word in fold_char_string(entry).split():
        if word in _GAPS:
            continue
        return word[:-1] if word.endswith("*") and len(word) > 1 else word
    return ""  # refused by CueIndex: such an entry would match anywhere


def _reversed_entry_regex(entry: str) -> str:
    """``_entry_regex(entry)`` for the text read backwards (gaps and ``\\s+`` are symmetric)."""
    words = fold_char_string(entry).split()
    parts: list[str | None] = []
    for word in words:
        if word in _GAPS:
            parts.append(None)
        elif word.endswith("*") and len(word) > 1:
            parts.append(r"\w*" + re.escape(word[:-1][::-1]))
        else:
            parts.append(re.escape(word[::-1]))
    pieces = []
    for i, part in enumerate(parts):
        if part is None:
            continue
        if i:
            pieces.append(_GAPS[words[i - 1]] if parts[i - 1] is None else r"\s+")
        pieces.append(part)
    return "".join(reversed(pieces))


def _is_anchored(entries: Iterable[str]) -> bool:
    """Whether every match of ``_union(entries)`` begins with the entry's literal."""
    for entry in entries:
        words = fold_char_string(entry).split()
        if words and words[0] in _GAPS:
            return False
    return True


def _envoy_hosts(data: Any) -> EnvoyHosts | None:
    """``envoy_hosts``: ``envoys``, ``accredited`` words and their ``reach``."""
    if not data:
        return None
    envoys = frozenset(fold_char_string(str(w)).strip() for w in data.get("envoys") or ())
    accredited = frozenset(fold_char_string(str(w)).strip() for w in data.get("accredited") or ())
    if not envoys or not accredited:
        return None
    return EnvoyHosts(envoys - {""}, accredited - {""}, int(data.get("reach", 4)))


def _list_mates(data: Any) -> ListMates | None:
    """``list_mates``: a list's ``commas`` and ``coordinators`` (``list_mates.py``)."""
    if not data:
        return None
    commas = tuple(str(c).strip() for c in data.get("commas") or () if str(c).strip())
    coordinators = tuple(str(c).strip() for c in data.get("coordinators") or () if str(c).strip())
    if not commas or not coordinators:
        return None
    return ListMates(commas, coordinators, int(data.get("max_words", 10)))


def _union(entries: Iterable[str], proclitics: tuple[str, ...]) -> re.Pattern[str] | None:
    bodies = sorted({_entry_regex(e) for e in entries if str(e).strip()}, key=len, reverse=True)
    if not bodies:
        return None
    escaped = [re.escape(p) for p in proclitics]
    led = led_by_letters(escaped, bodies)
    if led is not None:
        return re.compile(rf"{led}{_WORD_END}")
    pre = "(?:" + "|".join(escaped) + ")?" if proclitics else ""
    return re.compile(rf"(?<!\w){pre}(?:{'|'.join(bodies)}){_WORD_END}")


def _union_bodies(bodies: Iterable[str], proclitics: tuple[str, ...]) -> re.Pattern[str] | None:
    """``_union`` of regex bodies already built (``_entry_regex`` and the like)."""
    ordered = sorted(set(bodies), key=len, reverse=True)
    if not ordered:
        return None
    pre = "(?:" + "|".join(re.escape(p) for p in proclitics) + ")?" if proclitics else ""
    return re.compile(rf"(?<!\w){pre}(?:{'|'.join(ordered)}){_WORD_END}")


def _received_things(section: Any) -> list[str]:
    """The ``received_things`` section as one regex body: a reception verb whose object
    is a thing sent, not a person received ("received a letter from Erdogan", "receives
    condolences", "received a written message"): each verb, then up to two modifier
    words (a determiner, "written"), then one of the things, unless one of
    ``unless_followed_by`` comes next ("the letter of credentials": an envoy received).
    Such a phrase names no contact, so it joins ``not_contact``."""
    if not isinstance(section, dict):
        return []

    def alternation(key: str) -> str:
        words = sorted(
            {_entry_regex(str(w)) for w in section.get(key) or () if str(w).strip()},
            key=len,
            reverse=True,
        )
        return "|".join(words)

    verbs, modifiers, things = (alternation(k) for k in ("verbs", "modifiers", "things"))
    if not (verbs and things):
        return []
    between = rf"(?:\s+(?:{modifiers})){{0,2}}" if modifiers else ""
    # "received the letter of credentials from the new envoy" receives the envoy
    unless = alternation("unless_followed_by")
    guard = rf"(?!\s+(?:{unless})(?!\w))" if unless else ""
    return [rf"(?:{verbs}){between}\s+(?:{things})(?!\w){guard}"]


def _closers(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    """Words or suffixes that close a phrase (the first one found ends it, itself
    included): a leading space in the data means a word of its own (" ile"), none a
    suffix at a word's end, with or without an apostrophe ("Güler'le", "heyetle")."""
    bodies = set()
    for value in values or ():
        text = str(value)
        if not text.strip():
            continue
        lead = r"\s+" if text[:1].isspace() else ""
        bodies.add(lead + re.escape(fold_char_string(text).strip()))
    if not bodies:
        return None
    return re.compile(rf"(?:{'|'.join(sorted(bodies, key=len, reverse=True))})(?!\w)")


def _endings(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    """A word's ending, one of ``values`` (folded): matched at the end of the word."""
    bodies = {re.escape(fold_char_string(str(v)).strip()) for v in values or () if str(v).strip()}
    if not bodies:
        return None
    return re.compile(rf"(?:{'|'.join(sorted(bodies, key=len, reverse=True))})$")


def _word_endings(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    """A whole word ending in one of ``values`` (folded), with at least one letter
    before the ending."""
    bodies = {re.escape(fold_char_string(str(v)).strip()) for v in values or () if str(v).strip()}
    if not bodies:
        return None
    return re.compile(rf"(?<!\w)\w+(?:{'|'.join(sorted(bodies, key=len, reverse=True))})(?!\w)")


def _plan_frame(section: Any) -> re.Pattern[str] | None:
    """``plan_frame``: a word (from its start) ending in one of ``endings``, or any
    word followed by one of ``postpositions`` (folded)."""
    if not section:
        return None
    endings = {re.escape(fold_char_string(str(v)).strip()) for v in section.get("endings") or ()}
    after = {
        re.escape(fold_char_string(str(v)).strip()) for v in section.get("postpositions") or ()
    }
    alts = []
    if endings:
        alts.append(rf"\w+(?:{'|'.join(sorted(endings, key=len, reverse=True))})(?!\w)")
    if after:
        alts.append(rf"\w+\s+(?:{'|'.join(sorted(after, key=len, reverse=True))})(?!\w)")
    return re.compile("|".join(alts)) if alts else None


def _before(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    bodies = {_entry_regex(str(v)) for v in values or () if str(v).strip()}
    if not bodies:
        return None
    alts = "|".join(sorted(bodies, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})\s*$")


def _reversed_before(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    """The mirror image of ``_before(values)``: it matches at the start of a reversed
    text exactly when ``_before(values)`` finds a match in the text."""
    bodies = {_reversed_entry_regex(str(v)) for v in values or () if str(v).strip()}
    if not bodies:
        return None
    alts = "|".join(sorted(bodies, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alts})(?!\w)")


# The ``after_*`` patterns without their ``^``, by pattern (see ``at_start``).
_AT_START: dict[re.Pattern[str], re.Pattern[str]] = {}


def at_start(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The twin of an ``after_*`` pattern without its ``^`` (None for a pattern this module
    did not build). Matched at an offset of a text, up to some end, it answers as the
    pattern searched in that slice: nothing in it looks behind its start. It spares the
    slice's copy."""
    return _AT_START.get(pattern)


def _after(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    # A leading space in the data means "the next word"; none means a glued suffix
    # (Turkish "'da", English "'s").
    bodies = set()
    for value in values or ():
        text = str(value)
        if not text.strip():
            continue
        lead = r"\s+" if text[:1].isspace() else ""
        bodies.add(lead + _entry_regex(text))
    if not bodies:
        return None
    alts = "|".join(sorted(bodies, key=len, reverse=True))
    pattern = re.compile(rf"^(?:{alts})(?!\w)")
    _AT_START[pattern] = re.compile(rf"(?:{alts})(?!\w)")
    return pattern


def _compile(data: dict[str, Any]) -> Lexicon:
    proclitics = tuple(fold_char_string(p) for p in data.get("proclitics") or ())
    triggers = data.get("triggers") or {}
    compiled = []
    cues = []
    for kind, entries in triggers.items():
        pattern = _union(entries or (), proclitics)
        if pattern is not None:
            compiled.append((str(kind), pattern))
            cues += [(_entry_literal(str(e)), str(kind)) for e in entries if str(e).strip()]
    entries = [
        str(e)
        for group in (*triggers.values(), data.get("block"), data.get("historical"))
        for e in group or ()
        if str(e).strip()
    ]
    openings = [*(data.get("refers_back_opening") or ()), *(data.get("refers_back_group") or ())]
    back_cues = [*(data.get("refers_back") or ()), *(data.get("refers_back_group_object") or ())]
    opening = _union(openings, proclitics)
    bare = _union(data.get("bare_delegation") or (), proclitics)
    members = _union(data.get("delegation_members") or (), proclitics)
    return Lexicon(
        lang=str(data["lang"]),
        kinds=tuple(str(k) for k in triggers),
        triggers=tuple(compiled),
        block=_union(data.get("block") or (), proclitics),
        historical=_union(data.get("historical") or (), proclitics),
        before_place=_before(data.get("before_place")),
        after_place=_after(data.get("after_place")),
        before_mention=_before(data.get("before_mention")),
        after_mention=_after(data.get("after_mention")),
        destination_before=_before(data.get("destination_before")),
        destination_after=_after(data.get("destination_after")),
        before_possessor=_before(data.get("before_possessor")),
        after_possessor=_after(data.get("after_possessor")),
        trigger_cues=tuple(cues),
        trigger_entries=tuple(
            (str(e), str(kind)) for kind, group in triggers.items() for e in group or ()
        ),
        proclitics=proclitics,
        block_cues=tuple(_literals(data.get("block"))),
        historical_cues=tuple(_literals(data.get("historical"))),
        anchored=_is_anchored(entries) and all(_is_word(p) for p in proclitics),
        counterpart_before=bool(data.get("counterpart_before", False)),
        clauses_close_pairs=bool(data.get("clauses_close_pairs", False)),
        companions_close=bool(data.get("companions_close", False)),
        caption_joiners=tuple(
            str(v).strip() for v in data.get("caption_joiners") or () if str(v).strip()
        ),
        stated_openers=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("stated_parties") or {}).get("openers") or ()
            if str(v).strip()
        ),
        stated_joiners=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("stated_parties") or {}).get("joiners") or ()
            if str(v).strip()
        ),
        both_verbs=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("discussed_by_both") or {}).get("verbs") or ()
            if str(v).strip()
        ),
        both_partners=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("discussed_by_both") or {}).get("partners") or ()
            if str(v).strip()
        ),
        both_verbs_re=_union((data.get("discussed_by_both") or {}).get("verbs") or (), proclitics),
        discussed_verbs_re=_union(
            (data.get("discussed_possessors") or {}).get("verbs") or (), proclitics
        ),
        discussed_style=str((data.get("discussed_possessors") or {}).get("style") or ""),
        recap_openers=_union((data.get("recap_phrase") or {}).get("openers") or (), proclitics),
        recap_closers=_union((data.get("recap_phrase") or {}).get("closers") or (), ()),
        recap_participles=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("recap_phrase") or {}).get("participles") or ()
            if str(v).strip()
        ),
        recap_markers=_union((data.get("recap_phrase") or {}).get("markers") or (), proclitics),
        recap_again=_union((data.get("recap_phrase") or {}).get("again") or (), proclitics),
        discussed_marks=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("discussed_possessors") or {}).get("marks") or ()
            if str(v).strip()
        ),
        discussed_partners=tuple(
            fold_char_string(str(v).strip())
            for v in (data.get("discussed_possessors") or {}).get("partners") or ()
            if str(v).strip()
        ),
        delegation_words=frozenset(
            w
            for w in (fold_char_string(str(v)).strip() for v in data.get("delegation_words") or ())
            if w
        ),
        plural_marks=tuple(
            w
            for w in (fold_char_string(str(v)).strip() for v in data.get("plural_marks") or ())
            if w
        ),
        org_titles=tuple(
            w for w in (fold_char_string(str(v)).strip() for v in data.get("org_titles") or ()) if w
        ),
        third_partner_places=tuple(
            w
            for w in (
                fold_char_string(str(v)).strip() for v in data.get("third_partner_places") or ()
            )
            if w
        ),
        topic_shift=tuple(
            w
            for w in (fold_char_string(str(v)).strip() for v in data.get("topic_shift") or ())
            if w
        ),
        reversed_before_place=_reversed_before(data.get("before_place")),
        reversed_before_mention=_reversed_before(data.get("before_mention")),
        reversed_destination_before=_reversed_before(data.get("destination_before")),
        reversed_before_possessor=_reversed_before(data.get("before_possessor")),
        attendee_before=_union(data.get("attendee_before") or (), proclitics),
        attendee_after=_union(data.get("attendee_after") or (), proclitics),
        attendee_until=_union(data.get("attendee_until") or (), proclitics),
        attendee_closer=_closers(data.get("attendee_closer")),
        attendee_after_trigger=_union(data.get("attendee_after_trigger") or (), proclitics),
        attendee_list_link=_endings(data.get("attendee_list_link")),
        attendee_list_open=_union(data.get("attendee_list_open") or (), proclitics),
        attendee_list_coordinators=tuple(
            w
            for w in (
                fold_char_string(str(v)).strip()
                for v in data.get("attendee_list_coordinators") or ()
            )
            if w
        ),
        relative_clause=_union(data.get("relative_clause") or (), proclitics),
        relative_clause_members=_union(data.get("relative_clause_members") or (), ()),
        person_clause=_union(data.get("person_clause") or (), proclitics),
        relative_participle=_word_endings(data.get("relative_participle")),
        relative_subject=_endings(data.get("relative_subject")),
        attendee_words=tuple(
            {
                max(fold_char_string(str(e)).replace("*", "").split(), key=len)
                for side in (
                    "attendee_before",
                    "attendee_after",
                    "attendee_until",
                    "attendee_after_trigger",
                )
                for e in data.get(side) or ()
                if str(e).strip()
            }
        ),
        before_head=_before(data.get("before_head")),
        after_head=_after(data.get("after_head")),
        reversed_before_head=_reversed_before(data.get("before_head")),
        roles=RoleReferences.compile(data.get("role_references"), proclitics),
        delegation_members=members,
        delegation_members_words=(members, _longest_words(data.get("delegation_members")))
        if members is not None
        else None,
        bare_delegation=bare,
        bare_delegation_words=(bare, _longest_words(data.get("bare_delegation")))
        if bare is not None
        else None,
        object_after=_after(data.get("object_after")),
        block_nearest=_union(data.get("block_nearest") or (), proclitics),
        block_nearest_cues=tuple(_literals(data.get("block_nearest"))),
        block_nearest_anchored=_is_anchored(str(e) for e in data.get("block_nearest") or ())
        and all(_is_word(p) for p in proclitics),
        headline_marker=fold_char_string(str(data.get("headline_marker") or "")).strip(),
        headline_roles=frozenset(
            fold_char_string(str(w)) for w in data.get("headline_roles") or () if str(w).strip()
        ),
        headline_joiners=frozenset(
            fold_char_string(str(w)) for w in data.get("headline_joiners") or () if str(w).strip()
        ),
        not_contact=_union_bodies(
            [
                *(_entry_regex(str(e)) for e in data.get("not_contact") or () if str(e).strip()),
                *_received_things(data.get("received_things")),
            ],
            proclitics,
        ),
        object_required=_union(data.get("object_required") or (), ()),
        governing_plan=_before(data.get("governing_plan")),
        verbal_noun=_endings(data.get("verbal_noun_endings")),
        verbal_noun_unless_after=_union(data.get("verbal_noun_unless_after") or (), ()),
        plan_frame=_plan_frame(data.get("plan_frame")),
        refers_back_except=_union(data.get("refers_back_except") or (), proclitics),
        recap=_union(data.get("recap") or (), proclitics),
        recap_unless_dated_after=_union(data.get("recap_unless_dated_after") or (), proclitics),
        refers_back=_union(back_cues, proclitics),
        refers_back_entries=_literal_entries(back_cues),
        carry=CarryCues.compile(data.get("carry")),
        refers_back_opening=opening,
        refers_back_plural=_union(data.get("refers_back_plural") or (), proclitics),
        refers_back_group=_union(data.get("refers_back_group") or (), proclitics),
        refers_back_group_object=_union(data.get("refers_back_group_object") or (), proclitics),
        coordinators=tuple(
            fold_char_string(str(w)) for w in data.get("coordinators") or () if str(w).strip()
        ),
        refers_back_opening_firsts=_first_chars(opening, openings, proclitics),
        refers_back_opening_any=_factored(opening, openings, proclitics),
        dates_next_meeting=_union(data.get("dates_next_meeting") or (), proclitics),
        reported_after=_union(data.get("reported_after") or (), proclitics),
        converb=_endings(data.get("converb_endings")),
        reported_before=_union(data.get("reported_before") or (), proclitics),
        bare_visit=_union(data.get("bare_visit") or (), proclitics),
        block_except=_union(data.get("block_except") or (), proclitics),
        purpose=_union(data.get("purpose") or (), proclitics),
        before_partner=_before(data.get("before_partner")),
        after_partner=_after(data.get("after_partner")),
        reversed_before_partner=_reversed_before(data.get("before_partner")),
        before_sender=_before(data.get("before_sender")),
        reversed_before_sender=_reversed_before(data.get("before_sender")),
        after_sender=_after(data.get("after_sender")),
        before_topic=_before(data.get("before_topic")),
        after_topic=_after(data.get("after_topic")),
        reversed_before_topic=_reversed_before(data.get("before_topic")),
        block_as_content=_union(data.get("block_as_content") or (), proclitics),
        block_as_content_except=_union(data.get("block_as_content_except") or (), proclitics),
        sponsor_before=_union(data.get("sponsor_before") or (), proclitics),
        list_mates=_list_mates(data.get("list_mates")),
        envoy_hosts=_envoy_hosts(data.get("envoy_hosts")),
        counterpart=_union(data.get("counterpart") or (), proclitics),
        others_meeting=_union(data.get("others_meeting") or (), proclitics),
        fallback_genitive=_after(data.get("fallback_genitive")),
        fallback_block=_union(data.get("fallback_block") or (), proclitics),
        fallback_links=frozenset(
            fold_char_string(str(w)).strip() for w in data.get("fallback_links") or ()
        ),
        fallback_glued="".join(
            fold_char_string(str(c)).strip() for c in data.get("fallback_glued") or ()
        ),
        fallback_link_after=_after(data.get("fallback_link_after")),
        fallback_between=frozenset(
            fold_char_string(str(w)).strip() for w in data.get("fallback_between") or ()
        ),
        fallback_joint=_union(data.get("fallback_joint") or (), proclitics),
        fallback_content=frozenset(
            fold_char_string(str(w)).strip() for w in data.get("fallback_content") or ()
        ),
        fallback_coordinators=frozenset(
            fold_char_string(str(w)).strip() for w in data.get("fallback_coordinators") or ()
        ),
        fallback=_fallback(data.get("fallback") or {}, [str(k) for k in triggers], proclitics),
        fallback_words=tuple(
            sorted(
                {
                    _entry_literal(str(e))
                    for entries in (
                        *(data.get("fallback") or {}).values(),
                        data.get("fallback_joint"),
                    )
                    for e in entries or ()
                    if str(e).strip()
                }
            )
        ),
    )


def _fallback(
    section: dict[str, Any], kinds: list[str], proclitics: tuple[str, ...]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The ``fallback`` section: one pattern per trigger kind it names (a kind the
    lexicon's triggers lack is an error: the event's kind must be one of theirs)."""
    out = []
    for kind, entries in section.items():
        if str(kind) not in kinds:
            raise ValueError(f"fallback kind {kind!r} is no trigger kind ({kinds})")
        pattern = _union([str(e) for e in entries or ()], proclitics)
        if pattern is not None:
            out.append((str(kind), pattern))
    return tuple(out)


def _literal_entries(entries: Iterable[Any] | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each entry as (its longest word, folded, without ``*``; its regex, ending at a word
    end but with no look-behind at its start, so that it opens with a literal)."""
    out = []
    for entry in entries or ():
        text = str(entry)
        if not text.strip():
            continue
        word = max(fold_char_string(text).replace("*", "").split(), key=len)
        out.append((word, re.compile(_entry_regex(text) + r"(?!\w)")))
    return tuple(out)


def _factored(
    pattern: re.Pattern[str] | None, entries: Iterable[Any] | None, proclitics: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``pattern`` (``_union(entries, proclitics)``) and a pattern matching at the same
    places, its bodies factored by leading words: only whether it matches is the same."""
    if pattern is None:
        return None
    bodies = {_entry_regex(e) for e in entries or () if str(e).strip()}
    pre = "(?:" + "|".join(re.escape(p) for p in proclitics) + ")?" if proclitics else ""
    factored = re.compile(rf"(?<!\w){pre}(?:{factored_union(bodies)}){_WORD_END}")
    return pattern, factored


def _first_chars(
    pattern: re.Pattern[str] | None, entries: Iterable[Any] | None, proclitics: tuple[str, ...]
) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """``pattern`` (``_union(entries, proclitics)``) and what its matches begin with;
    None when an entry opens with a gap (its match may begin anywhere)."""
    if pattern is None:
        return None
    openers = []  # what a match opens with: a literal, or a proclitic glued to it
    for entry in entries or ():
        if not str(entry).strip():
            continue  # left out of the pattern
        words = fold_char_string(str(entry)).split()
        if not words or words[0] in _GAPS:
            return None  # an empty or gap-led body: a match may begin anywhere
        # as ``_entry_regex`` opens it: the word, or its stem before ``*``
        word = words[0][:-1] if words[0].endswith("*") and len(words[0]) > 1 else words[0]
        openers += [word, *(p + word for p in proclitics)]
    return pattern, tuple(sorted(set(openers)))


def _longest_words(entries: Iterable[Any] | None) -> tuple[str, ...]:
    """The longest word of each entry, folded, without ``*`` (gaps are no words): every
    match of the entry holds it."""
    words = set()
    for entry in entries or ():
        text = str(entry)
        if not text.strip():
            continue
        kept = [w.replace("*", "") for w in fold_char_string(text).split() if w not in _GAPS]
        words.add(max(kept, key=len, default=""))
    return tuple(sorted(words))


def _literals(entries: Iterable[Any] | None) -> list[str]:
    return [_entry_literal(str(e)) for e in entries or () if str(e).strip()]


def _is_word(text: str) -> bool:
    """Whether ``text`` is all ``\\w`` characters (what ``str.isalnum`` accepts, or ``_``)."""
    return bool(text) and all(c.isalnum() or c == "_" for c in text)


@cache
def load_lexicons() -> dict[str, Lexicon]:
    """Every ``<lang>.yaml`` of the packaged contact lexicons, by language code."""
    folder = resources.files("wirewatch.data").joinpath("lexicons/contacts")
    lexicons = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml") or item.name == "dates.yaml":
            continue
        data = safe_load(item.read_text(encoding="utf-8"))
        lexicon = _compile(data)
        lexicons[lexicon.lang] = lexicon
    return lexicons


def cue_words(
    lexicons: Iterable[Lexicon], cue: Literal["bare_delegation", "delegation_members"]
) -> list[str] | None:
    """A word of every ``cue`` pattern of ``lexicons`` (every match of the pattern holds
    one: ``<cue>_words``), or None when a lexicon's words were not made for its pattern
    (a lexicon built or changed by hand: then every sentence is searched)."""
    words: list[str] = []
    for lx in lexicons:
        pattern = getattr(lx, cue)
        if pattern is None:
            continue
        known = getattr(lx, f"{cue}_words")
        if known is None or known[0] is not pattern:
            return None
        words += known[1]
    return words
