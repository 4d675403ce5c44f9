"""Persons the KB lacks, named in Arabic script as a listed given name and a family name.

Arabic copy names many officials and business people no list holds, in one regular
shape: a given name and a family name ("وكيل وزارة الاقتصاد سهيل أبوشيحة", "رئيس
حركة النهضة الأستاذ راشد الغنوشي", "السيد محمد كولان"). Such a name is found as a
PERSON of unknown country (``person:shape:<slug>``, as :mod:`latin_arabic_names`
does for English); with no country it is never a contact participant, so it adds
recall of people without adding events.

Arabic has no capitals, so how it avoids false links is by asking the given name to
carry the evidence, and the next word to read as a name:

* the first word is one of the lexicon's given names, or "عبد"/"أبو" with the word
  after it; given names that are also common words (على, عمر, صالح, جمعة) or months
  are not listed, and a "و" glued on is read as "and" (ومحمد -> محمد);
* the word before is no noun that makes a place or an institution of the name
  (مطار محمد الخامس, جامعة عمر المختار);
* the family name is one word right after it (a single space: a comma or a quote
  ends the name), three letters or more, no stop word, nationality, or word opening
  with "و", and not of a verb's shape (:mod:`name_shape`); a second given name
  before it is kept (محمد علي ...) only when the word after reads as a name too;
* a span any other entity already covers (a KB person, a place, an organisation, a
  pattern-found official) is left to that entity.

The scan is one pass over the folded text's Arabic words with set look-ups, run only
for Arabic articles. The lists are data: ``lexicons/entities/ar_names.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import islice
from pathlib import Path

from wirewatch.core.entities.arabic_names_data import ArabicNamesFile
from wirewatch.core.entities.learned import shape_key
from wirewatch.core.entities.name_shape import name_shape
from wirewatch.core.textfold import fold_char_string, fold_words
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "ar_names.yaml"
)
_WORD = re.compile(r"[\u0621-\u064a]+")
_OPENERS = "\"«“(‘'"  # what may stand glued before a name as a token
_MIN_FAMILY = 3  # letters of a family name
_AND = "و"
_CLITICS = "وبلف"  # one-letter proclitics before a noun
_ARTICLE = "ال"
_GOD = "الله"  # "عبد الله": a family name, though the word is a stop word elsewhere
_FEMININE = "ه"  # ة as folded
#: How far back (characters, words) a name's title is looked for.
_TITLE_CHARS = 120
_TITLE_WORDS = 5
#: What ends a title: a clause or sentence mark, or a line.
_CLAUSE_MARK = re.compile(r"[،,.:;!?؟\n()]")
#: Words of quoted speech, never of a quoted name ("وقال الوزير "نحن ملتزمون"").
_SPEECH = fold_words(
    (
        "نحن",
        "أنا",
        "أنت",
        "هو",
        "هي",
        "هم",
        "هذا",
        "هذه",
        "لا",
        "لن",
        "لم",
        "قد",
        "أن",
        "إن",
        "كل",
        "ليس",
        "لقد",
        "سوف",
    )
)
#: First words of a quoted body's name, not a person's ("حزب الأمة", "حركة العدل").
_BODY_HEADS = fold_words(
    (
        "حزب",
        "حركة",
        "تيار",
        "تجمع",
        "ائتلاف",
        "جبهة",
        "منظمة",
        "جمعية",
        "هيئة",
        "لجنة",
        "مجلس",
        "وكالة",
        "قناة",
        "صحيفة",
        "موقع",
        "مبادرة",
        "عملية",
    )
)
#: A comma that sets a name in apposition after its title.
_COMMAS = ("،", ",")


class ArabicShapedNames:
    """Given name + family name, on folded Arabic text."""

    def __init__(
        self,
        given_names: frozenset[str],
        compound_heads: frozenset[str],
        not_after: frozenset[str],
        stops: frozenset[str],
        fathers: frozenset[str] = frozenset(),
        pair_ends: frozenset[str] = frozenset(),
        verbal_noun_shapes: tuple[str, ...] = (),
        title_words: frozenset[str] = frozenset(),
        title_skips: frozenset[str] = frozenset(),
        family_endings: tuple[str, ...] = (),
        titled_given: frozenset[str] = frozenset(),
        clause_words: frozenset[str] = frozenset(),
        descriptors: frozenset[str] = frozenset(),
        descriptor_adjectives: frozenset[str] = frozenset(),
        title_nouns: frozenset[str] = frozenset(),
        honorifics: frozenset[str] = frozenset(),
    ) -> None:
        # a listed given name of two words ("نور الدين") is its words joined by one space
        self._given = frozenset(g for g in given_names if " " not in g)
        self._given_pairs = frozenset(g for g in given_names if " " in g)
        self._heads = compound_heads
        self._not_after = not_after
        self._stops = stops
        self._fathers = self._given | fathers
        #: given names that are also common words (صالح, عادل, فرج): a name's first
        #: word only in a title's clause (وزير المالية السيد فرج امطاري)
        self._titled_given = titled_given - self._given
        self._clause_words = clause_words
        #: nouns that introduce a person news copy quotes, no office ("المحلل
        #: السياسي", "الخبير العسكري", "الناشط"): they vouch for the name after them
        #: as a title does, but give it no country (an analyst is no contact's party)
        self._descriptors = descriptors
        #: what may stand between such a noun and the name: its adjectives
        #: ("السياسي", "العسكري"), a nationality ("الليبي"), a second descriptor
        self._descriptor_skips = descriptor_adjectives | descriptors
        #: the nouns as white-space tokens: bare, with the article, and with و/ب/ف/ل
        #: before the article (والمحلل, للخبير)
        self._descriptor_tokens = frozenset(
            form
            for d in descriptors
            # with the article only: bare, most are adjectives ("مؤتمر صحفي مشترك")
            for form in (_ARTICLE + d, *(c + _ARTICLE + d for c in "وبف"), "لل" + d, "ولل" + d)
        ) | frozenset(
            # (entfix) an honorific or a rank vouches for the name after it as a
            # descriptor does ("السيد سند الزروق", "العميد نوري المقريف"): written
            # with the article, as copy writes them
            form
            for h in honorifics
            if h.startswith(_ARTICLE)
            for form in (h, *(c + h for c in "وبف"), "لل" + h[len(_ARTICLE) :])
        )
        # every first word of a given name (one word, a pair's first, a compound head)
        self._starts = (
            self._given
            | self._titled_given
            | compound_heads
            | {g.split()[0] for g in self._given_pairs}
        )
        # as a white-space token: bare, with "و" glued on ("ومحمد"), after a quote
        bare_or_and = self._starts | {_AND + w for w in self._starts}
        self._starts_any = bare_or_and | {o + w for o in _OPENERS for w in bare_or_and}
        self._pair_ends = pair_ends
        self._verbal_noun = (
            re.compile("|".join(f"(?:{shape})" for shape in verbal_noun_shapes))
            if verbal_noun_shapes
            else None
        )
        self._shape = name_shape("ar")
        self._title_words = title_words
        self._title_skips = title_skips
        #: institution nouns a title holds ("رئيس المجلس الإداري لغرفة ...", "وكيل وزارة
        #: ..."), which elsewhere end a title's clause (name_shape's function words)
        self._title_nouns = title_nouns
        #: Turkish family names ("أوزجان", "قره أوغلو"): never read as verbal nouns
        self._family_endings = family_endings

    @property
    def fathers(self) -> frozenset[str]:
        """The words read as a father's name inside a name (given or father's names)."""
        return self._fathers

    def country_before(
        self, folded: str, start: int, marks: Sequence[tuple[int, int, str]]
    ) -> str | None:
        """The country of a name found at ``start`` when the title right before it
        holds a title word and, after it, a place, an institution or a nationality
        adjective with a country (``marks``: (start, end, country) of the article's
        non-person entities, in text order): "السفير التركي الجديد أحمد قره داغ" -> TR,
        "عميد بلدية زليتن مفتاح حمادي" -> LY, "سفير ليبيا لدى تركيا X" -> LY (the first
        one after the title word). A clause mark ends the title; only title skips
        (السيد, اللواء, الجديد) stand between the title's last mark and the name, or
        a comma right before it, the name in apposition ("القنصل التركي في بنغازي،
        محمد يلدريم")."""
        lo = max(0, start - _TITLE_CHARS)
        title = folded[lo:start].rstrip()
        stop = lo + len(title) - 1 if title.endswith(_COMMAS) else start
        clause = lo
        for mark in _CLAUSE_MARK.finditer(folded, lo, stop):
            clause = mark.end()
        first = bisect_left(marks, (clause, -1, ""))
        last = bisect_left(marks, (stop, -1, "")) - 1
        while last >= first and marks[last][1] > stop:
            last -= 1
        if last < first:
            return None
        between = (w.strip(_OPENERS + "”»’") for w in folded[marks[last][1] : stop].split())
        if any(w and w not in self._title_skips for w in between):
            return None
        # the title word nearest before the title's marks, at most a few words before
        head = clause
        for word in _WORD.finditer(folded, clause, marks[last][0]):
            if self._title_form(word.group()) in self._title_words:
                head = word.end()
        if head == clause and not self._title_at(folded, clause):
            return None
        for m_start, _m_end, country in marks[first : last + 1]:
            if m_start >= head:
                words_before = len(folded[head:m_start].split())
                return country if words_before <= _TITLE_WORDS else None
        return None

    def _in_title(self, folded: str, at: int) -> bool:
        """Whether the name at ``at`` ends a title's clause: a title word at most
        ``_TITLE_WORDS`` + 1 words before it, or an honorific or rank right before it,
        with no clause mark and no clause word (إن, الذي, مع) between ("مدير مكتب
        التعاون الفني بديوان الوزارة عادل بخيت", "وزير المالية السيد فرج امطاري")."""
        lo = max(0, at - _TITLE_CHARS)
        clause = lo
        for mark in _CLAUSE_MARK.finditer(folded, lo, at):
            clause = mark.end()
        raw = [w.group() for w in _WORD.finditer(folded, clause, at)]
        if not raw:
            # A name set off by a comma after its title ("ووزير الحكم المحلي، سامي
            # الضاوي،"): the clause before the comma is the title's (dev ar-29221).
            if clause == lo or folded[clause - 1] not in _COMMAS or folded[clause:at].strip():
                return False
            return self._in_title(folded, clause - 1)
        before = [self._title_form(w) for w in raw]
        if raw[-1] in self._title_skips or before[-1] in self._title_skips:
            return True  # السيد, العقيد, لواء (the article kept: skips are listed so)
        for back, word in enumerate(reversed(before[-(_TITLE_WORDS + 1) :])):
            if word in self._title_words or word in self._descriptors:
                return True
            if word in self._clause_words or (
                back and word not in self._title_nouns and not self._shape.may_begin_name(word)
            ):
                return False
        return False

    def titled_given_at(self, folded: str, at: int, word: str) -> bool:
        """Whether ``word`` at ``at`` is a given name that is also a common word
        (``titled_given_names``: صالح, عمر) standing in a title's clause or right
        after a descriptor (الكاتب عمر ...): read as a given name there."""
        return word in self._titled_given and (
            self._in_title(folded, at) or self._after_descriptor(folded, at)
        )

    def _after_descriptor(self, folded: str, at: int) -> bool:
        """Whether a descriptor (الكاتب, المحلل), then only its adjectives, a
        nationality or an honorific, stands right before offset ``at`` (as
        ``_vouched`` reads it forwards)."""
        words = folded[max(0, at - 80) : at].split(" ")
        if not words or words[-1] != "":
            return False  # not right after a space: a comma, a quote between
        for text in reversed(words[-6:-1]):
            if text in self._descriptor_tokens:
                return True
            if not (
                _without_article(text) in self._descriptor_skips
                or text in self._descriptor_skips
                or text in self._title_skips
            ):
                return False
        return False

    def _title_at(self, folded: str, at: int) -> bool:
        """Whether the clause starting at ``at`` opens with a title word."""
        word = _WORD.search(folded, at)
        return word is not None and self._title_form(word.group()) in self._title_words

    def _title_form(self, word: str) -> str:
        """``word`` without its article and, unless it is a title word as written, a
        glued و/ب/ل/ف: a title that begins with one of those letters (وكيل,
        undersecretary) is no و + كيل ("وكيل وزارة الصحة سامي الهوني" found no name)."""
        bare = _without_article(word)
        return bare if bare in self._title_words else _without_clitics(word)

    def find(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        tokens: AbstractSet[str] | None = None,
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, display name, id) of each name of the shape no entity covers.
        ``tokens``: the text's white-space tokens (``set(folded.split())``), when the
        caller has them (:mod:`tokens`)."""
        resume = 0
        if tokens is None:
            tokens = set(folded.split())
        candidates = self._candidates(folded, tokens)
        vouched = self._vouched(folded, tokens) if self._descriptor_tokens else None
        if '"' in folded:  # الدكتور "كامل الجطلاوي": a quoted name after its title
            quoted = self._quoted(folded)
            if quoted:
                vouched = quoted if vouched is None else vouched | quoted
        # "سفير اليابان، شينمورا ايزورو، وسفير ...": a name set off by commas after
        # its title, whatever its given name (start -> end of the whole name)
        bounded = self._comma_bounded(folded) if "،" in folded else None
        if bounded:
            vouched = set(bounded) if vouched is None else vouched | set(bounded)
        if vouched:
            candidates = sorted(set(candidates) | vouched)
        for at in candidates:
            if at < resume or taken(at, at + 1):  # most are inside a name the KB knows
                continue
            end = bounded.get(at) if bounded else None
            if end is not None and not taken(at, end):
                resume = end
                d0, d1 = to_display(at, end)
                yield at, end, display[d0:d1], shape_key(folded[at:end])
                continue
            # the word before (for the place-noun check) and the few words a name spans
            words = [(m.start(), m.end(), m.group()) for m in islice(_WORD.finditer(folded, at), 6)]
            before = _word_before(folded, at)
            i = 0
            if before is not None:
                words.insert(0, before)
                i = 1
            found = self._name_at(folded, words, i, vouched is not None and at in vouched)
            if found is None:
                continue
            start, end, _last = found
            resume = end
            if taken(start, end):
                continue
            d0, d1 = to_display(start, end)
            yield start, end, display[d0:d1], shape_key(folded[start:end])

    def _candidates(self, folded: str, tokens: AbstractSet[str] | None = None) -> list[int]:
        """Offsets of the words that may start a given name, in text order.

        A set intersection of the text's white-space tokens with the given names (C
        speed) finds the few that occur; only those are then looked for in the text
        with ``str.find``, as whole words. A regular expression over every Arabic word
        cost several times more."""
        if tokens is None:
            tokens = set(folded.split())
        offsets: list[int] = []
        for token in tokens & self._starts_any:
            skip = 1 if token[0] in _OPENERS else 0  # the quote is no part of the name
            offsets.extend(at + skip for at in _whole_words(folded, token))
        # "نورالدين": a pair written as one word, found from the pair end (str.find:
        # a loop over every token cost more than the rest of this method)
        for end in self._pair_ends:
            at = folded.find(end)
            while at >= 0:
                stop = at + len(end)
                if not (stop < len(folded) and _is_letter(folded[stop])):
                    begin = at
                    while begin and _is_letter(folded[begin - 1]):
                        begin -= 1
                    if begin < at and self._fused_pair(folded[begin:stop]):
                        offsets.append(begin)
                at = folded.find(end, stop)
        for end in tokens & self._pair_ends:  # "صلاح الدين": from the word before
            for at in _whole_words(folded, end):
                before = _word_before(folded, at)
                if before is not None and len(before[2]) >= 2:
                    offsets.append(before[0])
        return sorted(offsets)

    def _vouched(self, folded: str, tokens: AbstractSet[str]) -> set[int]:
        """Offsets of the words right after a descriptor and its adjectives
        ("المحلل السياسي الليبي عبد الله ...", "الكاتب الصحفي السنوسي ..."): a name may
        start there whatever its given name, the lexicon's lists or not. Found from
        the text's tokens (a set intersection), then ``str.find``: most articles
        hold no descriptor and pay one intersection."""
        offsets: set[int] = set()
        for token in tokens & self._descriptor_tokens:
            for at in _whole_words(folded, token):
                before = _word_before(folded, at)
                if before is not None and before[2].startswith(_ARTICLE):
                    continue  # an adjective of the noun before: "المكتب الإعلامي لرئيس"
                end = at + len(token)
                for word in islice(_WORD.finditer(folded, end), 4):
                    if word.start() != end + 1 or folded[end] != " ":
                        break  # a comma, a quote or a line: no apposed name
                    text = word.group()
                    if (
                        _without_article(text) in self._descriptor_skips
                        or text in self._descriptor_skips
                        or text in self._title_skips
                    ):
                        end = word.end()
                        continue
                    offsets.add(word.start())
                    break
        return offsets

    def _quoted(self, folded: str) -> set[int]:
        """(arorg) Offsets of the first word of a name of two or three words set in
        quotation marks at the end of a title's clause (:meth:`_in_title`): Libyan and
        Turkish outlets' Arabic copy quotes names ("النائب “أرسان اكصو”", "وزير الحكم
        المحلي”بداد عبدالجليل”", "الدكتور “كامل الجطلاوي”"), whose given names the
        lexicon may not list; the marks bound the name as capitals do in Latin script.
        The first word must still pass :meth:`_vouched_given` and the rest read as a
        family name (:meth:`_name_at`); none after a place noun (a ship, a hospital). Dev: 8
        of 43 Arabic person misses were so quoted."""
        offsets: set[int] = set()
        listed = -1  # where the last quoted name accepted closed
        at = folded.find('"')
        while at >= 0:
            close = folded.find('"', at + 1, at + 48)
            if close < 0:  # no comma near: the next one may open a name
                at = folded.find("،", at + 1)
                continue
            inner = folded[at + 1 : close]
            words = inner.split()
            lead = folded[max(0, at - 2) : at].strip()[-1:]
            if (
                2 <= len(words) <= 3
                and _is_letter(lead)  # a word before it, no colon: quoted speech
                and all(_WORD.fullmatch(w) and w not in _SPEECH for w in words)
                and not self._place_noun(words[0])
                and words[0] not in _BODY_HEADS
                # a ship, a hospital, a base named in quotes after its noun: "قائد
                # السفينة الحربية التركية “كينال أيادا”" (dev ar-149, ar-5000)
                and not any(self._place_noun(w) for w in folded[max(0, at - 40) : at].split()[-3:])
                and (self._in_title(folded, at) or _listed_after(folded, listed, at))
            ):
                offsets.add(at + 1 + len(inner) - len(inner.lstrip()))
                listed = close
            at = folded.find('"', close + 1)
        return offsets

    def _comma_bounded(self, folded: str) -> dict[int, int]:
        """(session 21, entshape) Start -> end of each name of two or three words set
        off by commas right after a title's clause (:meth:`_in_title`): "وسفير
        اليابان، شينمورا ايزورو، وسفير إسبانيا، ..." (an ambassadors' list), "وقال
        ممثل الوكالة، جان مارتان، إن ...". The commas bound a foreign or rare name, as
        quotation marks do (:meth:`_quoted`), where the given-name lists cannot: the
        first word must pass :meth:`_vouched_given`, each other one read as a family
        name (:meth:`_family_at`), none a place noun, a body's head or a word of
        speech. Dev: 5 of 19 Arabic no-KB person misses stood so."""
        found: dict[int, int] = {}
        at = folded.find("،")
        while at >= 0:
            close = -1
            for mark in _COMMAS:
                pos = folded.find(mark, at + 1, at + 40)
                if pos >= 0 and (close < 0 or pos < close):
                    close = pos
            if close < 0:  # no comma near: the next one may open a name
                at = folded.find("،", at + 1)
                continue
            # the closing comma opens the next pair when it is an Arabic one
            following = close if folded[close] == "،" else folded.find("،", close + 1)
            inner = folded[at + 1 : close]
            parts = inner.split()  # cheap tests first: most comma pairs hold a clause
            if not (2 <= len(parts) <= 3 and inner.startswith(" ")) or parts[0] in self._stops:
                at = following
                continue
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded, at + 1, close)]
            if (
                len(words) == len(parts)
                and inner.strip() == folded[words[0][0] : words[-1][1]]
                and all(w[2] not in _SPEECH and w[2] not in _BODY_HEADS for w in words)
                # "، ووزير المالية،", "، والوفد المرافق،": "and" glued on continues a
                # list of the clause's objects (dev: 3 false persons), unless the word
                # is a listed given name (وليد)
                and (not words[0][2].startswith(_AND) or words[0][2] in self._given)
                # an unlisted first word before a word with the article is a phrase far
                # more often than a name: "، مخاطبا الحضور،", "، عقب اللقاء،" (probes);
                # a foreign name (the class read here) seldom has the article
                and (
                    words[0][2] in self._given
                    or not any(w[2].startswith(_ARTICLE) for w in words[1:])
                )
                and self._vouched_given(words[0][2])
                and all(self._family_at(folded, words, j) for j in range(1, len(words)))
                and not any(self._place_noun(w[2]) for w in words)
                and self._in_title(folded, words[0][0])
            ):
                found[words[0][0]] = words[-1][1]
            at = following
        return found

    def _vouched_given(self, word: str) -> bool:
        """Whether ``word``, right after a descriptor, may be a given name the
        lexicon does not list: no stop or clause word, title or descriptor, three
        letters or more, not of a verb's or a verbal noun's shape."""
        return (
            len(word) >= _MIN_FAMILY
            # with the article or the feminine ending (folded ة -> ه), an unlisted word
            # is the verb's object far more often than a name: "واعتبر الباحث السياسي
            # خطوة البرلمان", "وأضاف المحلل الدولار ارتفع" (probes); the given names
            # of that shape the lexicon lists (السنوسي, أسامة) are found as before
            and not word.startswith(_ARTICLE)
            and not word.endswith(_FEMININE)
            and word not in self._stops
            and word not in self._clause_words
            and _without_article(word) not in self._title_words
            and _without_article(word) not in self._descriptor_skips
            and word not in self._heads
            and self._shape.may_begin_name(word)
            and not (self._verbal_noun and self._verbal_noun.fullmatch(word))
        )

    def _name_at(
        self, folded: str, words: list[tuple[int, int, str]], i: int, vouched: bool = False
    ) -> tuple[int, int, int] | None:
        """(start, end, index of the last word) of a name whose given name is word i;
        ``vouched``: word i stands right after a descriptor (:meth:`_vouched`)."""
        start, _end, word = words[i]
        if word.startswith(_AND) and len(word) > 1 and self._given_start(word[1:], words, i):
            start, word = start + 1, word[1:]
        given_end = self._given_start(word, words, i)
        if given_end is None and word in self._titled_given and self._in_title(folded, start):
            given_end = i
        if given_end is None and vouched and self._vouched_given(word):
            given_end = i
        if given_end is None:
            return None
        if i > 0 and self._place_noun(words[i - 1][2]) and _joined(folded, words[i - 1], words[i]):
            return None
        family = given_end + 1
        # a father's name between given and family name: "صلاح الدين عبد الله النمروش",
        # "خالد نصر سويسي"; a father's name may be a common word (نصر, علي) there
        father_end = self._father_end(folded, words, family)
        if father_end is not None and self._family_at(folded, words, father_end + 1):
            last = _with_tail(folded, words, father_end + 1)
            return start, words[last][1], last
        if not self._family_at(folded, words, family):
            compound = self._compound_family(folded, words, family)
            if compound is None:
                return None
            return start, words[compound][1], compound
        last = self._with_grandfather(folded, words, _with_tail(folded, words, family))
        return start, words[last][1], last

    def _with_grandfather(self, folded: str, words: list[tuple[int, int, str]], j: int) -> int:
        """Index of the name's last word when a listed given name follows its family
        name at word j and ends the clause ("مدير المكتب عادل بخيت إبراهيم.", "و“زينب
        شتي حامد”"): a third name, the father's or grandfather's, that Libyan copy
        puts last (dev ar-17003, ar-29614: the name cut at its second word was a false
        person and a miss). Only before a sentence's or quotation's end: a given name
        a word or a comma follows may be the next name, an object."""
        k = j + 1
        if (
            k >= len(words)
            or words[k][2] not in self._given
            or not _joined(folded, words[j], words[k])
        ):
            return j
        end = words[k][1]
        return k if end >= len(folded) or folded[end] in _CLAUSE_ENDS else j

    def _compound_family(
        self, folded: str, words: list[tuple[int, int, str]], j: int
    ) -> int | None:
        """Index of the last word of a family name "عبد" + a word starting at word j
        ("خليفة عبد السلام", "مبروكة عبد الله"): common in Libya, where a grandfather's
        compound given name became the family name; "عبد" alone was refused as a family
        name (a compound head), so such names went unfound. Only after a given name
        (the caller's), the second word joined and no stop word ("الله" excepted)."""
        if j + 1 >= len(words) or words[j][2] not in self._heads:
            return None
        if not (
            _joined(folded, words[j - 1], words[j]) and _joined(folded, words[j], words[j + 1])
        ):
            return None
        second = words[j + 1][2]
        if len(second) < 3 or second.startswith(_AND):
            return None
        if second in self._stops and second != _GOD:
            return None
        return j + 1

    def _given_start(self, word: str, words: list[tuple[int, int, str]], i: int) -> int | None:
        """Index of the given name's last word when word i (as ``word``) starts one."""
        if word in self._given or self._fused_pair(word):
            return i
        if i + 1 < len(words):
            after = words[i + 1][2]
            pair = f"{word} {after}"
            if pair in self._given_pairs or (word in self._heads and len(after) >= 2):
                return i + 1
            if after in self._pair_ends and len(word) >= 2 and word not in self._stops:
                return i + 1  # صلاح الدين, نور الدين
        return None

    def _fused_pair(self, word: str) -> bool:
        """Whether ``word`` is a two-word given name written as one ("نورالدين",
        "عزالدين", "صلاحالدين": dev ar-17015's "نورالدين أبوبكر أبوجريدة" was found
        without its given name): a listed pair end after a first word of two letters or
        more, neither the article nor clitics alone ("الوالدين", "والدين", "بالدين")."""
        for end in self._pair_ends:
            head = word[: -len(end)]
            if (
                len(head) >= 2
                and word.endswith(end)
                and not head.startswith(_ARTICLE)
                and head[-1] != _AND
                and not all(c in _CLITICS for c in head)
                and head not in self._stops
            ):
                return True
        return False

    def _father_end(self, folded: str, words: list[tuple[int, int, str]], j: int) -> int | None:
        """Index of the last word of a father's name starting at word j, if one does."""
        if j >= len(words) or not _joined(folded, words[j - 1], words[j]):
            return None
        word = words[j][2]
        if word in self._fathers:
            return j
        end = self._given_start(word, words, j)
        if end is not None and _joined(folded, words[j], words[end]):
            return end
        return None

    def _place_noun(self, word: str) -> bool:
        """Whether ``word`` (with a clitic and the article or not) is a place noun.

        A rank with the article is no place noun, though the noun without it is one:
        "اللواء فرج بوهليلة" is *the major general*, "لواء عمر المختار" a brigade named
        after a man (probes: no name was found after "اللواء", the commonest rank
        before a Libyan officer's name)."""
        forms = [word, word[1:]] if word[:1] in _CLITICS else [word]  # بعيد, ومطار
        nouns = self._not_after
        return any(
            form in nouns
            or (
                form.startswith(_ARTICLE)
                and form[len(_ARTICLE) :] in nouns
                and form not in self._title_skips
            )
            for form in forms
        )

    def _family_at(self, folded: str, words: list[tuple[int, int, str]], j: int) -> bool:
        if j >= len(words) or not _joined(folded, words[j - 1], words[j]):
            return False
        word = words[j][2]
        bare = word[len(_ARTICLE) :] if word.startswith(_ARTICLE) else word
        return (
            len(word) >= _MIN_FAMILY
            and not word.startswith(_AND)
            and word not in self._stops
            and bare not in self._stops
            and word not in self._heads
            # a title after a given name ends the name: "عزة مصطفى مديرة المكتب" is no
            # man called "مصطفى مديرة" (a probe's false person)
            and _without_article(word) not in self._title_words
            and self._shape.may_begin_name(word)
            and not (
                self._verbal_noun
                and self._verbal_noun.fullmatch(word)
                and not word.endswith(self._family_endings)
            )
        )


#: A Turkish family name's "-oğlu" written apart: part of the name ("مجاهد دورموش
#: أوغلو" was found as "مجاهد دورموش", dev ar-29323).
_TAILS = frozenset(fold_words(["أوغلو", "اوغلو"]))


#: what may join quoted names in a list: "and", "accompanied by", "in the presence of"
_LIST_JOINS = frozenset({"و", "رفقه", "برفقه", "بحضور", "،", ","})  # folded (ة -> ه)


def _listed_after(folded: str, close: int, at: int) -> bool:
    """Whether the quote opening at ``at`` continues a list after a quoted name that
    closed at ``close`` ("الدكتور “عمر العبيدي” رفقة “نجاة شرف الدين” و “زينب شتي
    حامد”", dev ar-29614): only joining words between, the title the first name's."""
    if close < 0 or at - close > 16:
        return False
    between = folded[close + 1 : at].replace("،", " ، ").replace(",", " , ").split()
    return len(between) <= 2 and all(w in _LIST_JOINS for w in between)


#: what ends a name's sentence or quotation right after it: a full stop, a quote, a
#: bracket, a line (no comma: "استقبل X سامي الهوني محمد، مدير ..." may be an object)
_CLAUSE_ENDS = frozenset('."):\n')


def _with_tail(folded: str, words: list[tuple[int, int, str]], j: int) -> int:
    """Index of the name's last word when the family name at word j ends at j or,
    "أوغلو" written apart after it, at j + 1."""
    if j + 1 < len(words) and words[j + 1][2] in _TAILS and _joined(folded, words[j], words[j + 1]):
        return j + 1
    return j


def _without_article(word: str) -> str:
    return word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > 4 else word


def _without_clitics(word: str) -> str:
    """A title word without a glued و/ب/ل/ف and article (وبرئيس -> رئيس)."""
    if len(word) > 3 and word[0] in _CLITICS:
        word = word[1:]
    return _without_article(word)


def _joined(folded: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether two words stand one space apart (no comma, quote or line between)."""
    return b[0] == a[1] + 1 and folded[a[1]] == " "


def _word_before(folded: str, at: int) -> tuple[int, int, str] | None:
    """The Arabic word one space before offset ``at``, if one stands there."""
    end = at - 1
    if end < 1 or folded[end] != " ":
        return None
    start = end
    while start > 0 and "\u0621" <= folded[start - 1] <= "\u064a":
        start -= 1
    return (start, end, folded[start:end]) if start < end else None


def _is_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"


def _whole_words(folded: str, token: str) -> Iterator[int]:
    """Offsets of ``token`` in the text with no Arabic letter glued before or after."""
    at = folded.find(token)
    while at >= 0:
        end = at + len(token)
        if not (at and _is_letter(folded[at - 1])) and not (
            end < len(folded) and _is_letter(folded[end])
        ):
            yield at
        at = folded.find(token, end)


@cache
def _names_file(path: Path) -> ArabicNamesFile:
    """The lexicon file, read and validated once for both readers below."""
    with path.open(encoding="utf-8") as handle:
        return ArabicNamesFile.model_validate(safe_load(handle) or {})


@cache
def titled_given_words(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The folded given names that are also common words (``titled_given_names``
    less ``given_names``), which ``ArabicShapedNames.titled_given_at`` reads: the
    other-given-name check asks it about these words only."""
    data = _names_file(path)
    return fold_words(data.titled_given_names) - fold_words(data.given_names)


@cache
def arabic_shaped_names(
    extra_stops: frozenset[str] = frozenset(),
    path: Path = DEFAULT_PATH,
    nationalities: frozenset[str] = frozenset(),
) -> ArabicShapedNames:
    """The rule, its stop words being the lexicon's and ``extra_stops`` (folded);
    ``nationalities`` (folded adjectives) may stand between a descriptor and a name."""
    data = _names_file(path)
    return ArabicShapedNames(
        fold_words(data.given_names),
        fold_words(data.compound_heads),
        fold_words(data.not_after),
        fold_words(data.not_family) | extra_stops,
        fold_words(data.father_names),
        fold_words(data.given_pair_ends),
        tuple(fold_char_string(shape) for shape in data.verbal_noun_shapes),
        fold_words(data.title_words),
        fold_words(data.title_skips),
        tuple(fold_char_string(ending) for ending in data.family_endings),
        fold_words(data.titled_given_names),
        fold_words(data.clause_words),
        fold_words(data.descriptor_words),
        fold_words(data.descriptor_adjectives) | nationalities,
        fold_words(data.title_nouns),
        fold_words(data.honorifics),
    )
