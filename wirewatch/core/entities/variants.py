"""Variant-tolerant linking of people's names: spellings no alias list holds.

Real copy writes a known name with a letter doubled, dropped or swapped
(Dbebibah), another vowel (Dabaiba, Dbeibeh; Fayiz/Fayez), another transliteration
of one sound (Serrac/Sarraj, Çavuşoğlu/Chavushoglu, Halid/Khalid, غالن/قالين), an
Arabic letter seat or long vowel more or less (الدببة/الدبيبة) or a father's name
inserted (Abdul Hamid Mohammed Dbeibah, عبد الحميد محمد الدبيبة). This pass runs
after the exact Aho-Corasick scan (:mod:`matcher`) and adds such names as hits.

How tokens are compared: a precomputed variant index plus an edit distance on the
few candidates it yields, never an edit distance against every alias in a loop.
Every last token of every KB person's alias is reduced to a *skeleton key*
(:func:`skeleton`): Latin digraphs as one letter (sh→s, kh→h, dh→z …), letters
one sound is written with merged (j=c, q=k, w=v), vowels dropped, doubled letters
collapsed; in Arabic the article, hamza and the long vowels ا و ي inside the word
dropped, the letters a Turkish sound is rendered with merged (ق غ ك ج; ت ط; س ص ث
…). A text word is looked up by its skeleton and by the skeleton's one-deletion
neighbourhood (precomputed for the aliases: one consonant dropped, added or
changed), and each candidate is confirmed with rapidfuzz's optimal-string-alignment
distance on the :func:`normal` forms (vowels kept), with a small cutoff
(:func:`close`). rapidfuzz is used for that confirmation because it is a well-kept
C++ implementation with an early-exit cutoff; scoring every word against thousands
of alias tokens with it (``process.extractOne``) would cost far more per article
than the dictionary lookups, and would ignore the transliteration merges. Verdicts
are cached per word, and words never seen to stand for a name are dropped per
article with one set difference, so the pass stays within the detector's budget.

How false links are avoided (a variant is evidence, never proof alone):

* only people are linked, and only to a KB person one of whose aliases is written
  in full around the variant: every token of the alias's head (given names, all
  but the last token) and its last token present, in order, each exactly or as a
  variant, with at most :data:`MAX_INSERTED` words inserted before the last token
  (a middle or father's name: capitalised in Latin script, and never a stopword,
  kinship word (نجل), nationality adjective, rank or role word), within one
  sentence;
* a variant of a one-token name (a family surname, a one-word alias) links only
  with support: the same person or family is already met by the exact scan in the
  article, or a title or role word stands right before it (Minister, Başbakanı,
  الرئيس; or up to four words before it in the clause: السفير التركي لدى ليبيا
  بيقتش), or it is a long Latin word (:data:`MIN_TYPO_LETTERS`) one keystroke off
  the alias token (Dbebibah); it must have :data:`MIN_SINGLE_LETTERS` letters and
  the alias token's first two consonants (Chairman is not Jadhran), and
  in Latin script must not open a sentence (Hafta sonu is not Haftar) nor be
  followed by another capitalised word (Aidan Lewis is another person); it is
  linked as the alias key it varies, so a family surname is resolved among the
  family as the exact surname would be;
* every variant token begins with the alias token's letter (after the merges:
  after is not Haftar, Aidan is not Fidan, دولار is not غولار), has
  :data:`MIN_VARIANT_LETTERS` letters or more and a skeleton of
  :data:`MIN_SKELETON` or more, is not in the entity stoplists (common words, name
  stopwords, given-name stopwords), and is not a word the KB knows as it is written
  (Ankara is no misspelling of Akar); in Latin script it is capitalised; an Arabic
  word differs from the alias by a consonant only from :data:`MIN_ARABIC_EDIT`
  letters (المصري is not المشري), since Arabic script writes no short vowels;
* a span the exact scan linked by a full alias is never taken over; only hits that
  link nothing on their own (a shared family surname, a given name alone, a weak
  alias) are replaced by the longer variant name;
* two people's full names equally well matched at one place link neither.

Measured on the real dev set (``wirewatch eval real --errors``), see the commit log.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from rapidfuzz.distance import OSA

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.lexicon import Lexicons
from wirewatch.core.textfold import lower

#: Words a variant full name may have inserted before its last token (a middle or
#: father's name: Khalifa Belqasim Haftar, Abdul Hamid Mohammed Dbeibah).
MAX_INSERTED = 2
#: Letters a token needs to be linked as a variant (shorter names are too often
#: another word or another person).
MIN_VARIANT_LETTERS = 4
#: No name token is longer; a longer "word" (a run of letters with no space, as hostile
#: markup leaves) is never a variant. Bounds ``_deletions``, quadratic in the length:
#: one 65k-letter token cost 13 s of CPU (bench/bench_worst_case.py).
MAX_VARIANT_LETTERS = 40
#: … and a single-token variant (with context) needs this many.
MIN_SINGLE_LETTERS = 6
#: … or this many when it is the person's own full name's last token, written alone
#: ("Meşri" of "Halid el-Meşri", linked as its variant surname "Meshri"): a word the KB
#: already spells as that person's name, not a stranger's word.
MIN_OWN_LETTERS = 5
#: Letters a Latin stem needs to be matched as a variant once a fused Turkish suffix
#: is cut off it (konusunda is not Koni+sunda).
MIN_SUFFIXED_LETTERS = 6
#: Letters a capitalised Latin word needs to be linked as a one-keystroke typo of a
#: one-token name with no other support (Dbebibah).
MIN_TYPO_LETTERS = 7
#: Letters an Arabic word needs to differ from an alias token by a consonant.
MIN_ARABIC_EDIT = 6
#: Letters a skeleton key needs (consonants, in effect).
MIN_SKELETON = 2
#: How many words before a one-token name a title may stand (role, nationality,
#: "to/in" and a place between: the Turkish ambassador to Libya Begeç).
_TITLE_REACH = 4
#: How far back (characters) the head of a name and a title are looked for.
_LOOKBACK = 90

#: The Libyan article written as a bare alef ("ادبيبة"): read off before a consonant;
#: not before ل (the full article, "الدبيبة") nor a long vowel or hamza seat.
_ALEF = "ا"
_NOT_AFTER_ALEF_ARTICLE = frozenset("لاويىءأإآ")
#: The Latin name articles copy glues to a surname (Elmenfi, Almangoush).
_FUSED_ARTICLES = frozenset({"al", "el"})
#: Name articles and particles written before a surname (al-Sarraj, es-Serrac,
#: El Meşri): not tokens of the name for the comparison (folded).
_PARTICLES = frozenset(
    {
        "al",
        "el",
        "as",
        "es",
        "ash",
        "en",
        "an",
        "ad",
        "ed",
        "er",
        "ar",
        "az",
        "ez",
        "at",
        "et",
        "ul",
        "il",
    }
)

#: (longest name, edits allowed) for :func:`close`
_LATIN_EDITS = ((5, 1), (9, 2), (10**6, 3))
_ARABIC_EDITS = ((7, 1), (10**6, 2))

_WORD = re.compile(r"\w+")
#: where ``_words_before`` cuts the words before a name: sentence and clause ends
_SENTENCE_STOPS = tuple('.!?;:\n،,()"')
_STOP_SET = frozenset(_SENTENCE_STOPS)
#: those of them that are not white space: only ever inside a space-separated chunk
_CHUNK_STOPS = tuple(stop for stop in _SENTENCE_STOPS if not stop.isspace())

_LATIN_DIGRAPHS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "z"),
    ("th", "t"),
    ("ph", "f"),
)
_LATIN_LETTERS = str.maketrans({"j": "c", "q": "k", "w": "v", "x": "ks"})
_LATIN_VOWELS = str.maketrans("", "", "aeiouy")
#: Arabic letters one foreign sound is written with (Turkish g/k: غولر, قولر, كولر;
#: t: ت/ط; s: س/ص/ث; d: د/ض; z: ز/ذ/ظ; h: ه/ح/خ): one letter for the comparison
_ARABIC_LETTERS = str.maketrans("قغجطصثضذظحخ", "كككتسسدززهه")
_ARABIC_INNER = str.maketrans("", "", "اوي")
#: Turkish ç, which Arabic copy writes تش or ش (تشاووش أوغلو, شاويش أوغلو; بهتشلي,
#: بهشلي): one letter for the comparison, as Latin "ch" is. Arabic names do not
#: put ت before ش inside a name word, so no Arabic name is merged with another.
_TURKISH_CH = "تش"
_TURKISH_CH_AS = "ش"
#: a final d, which Turkish writes t (Bolat, Mehmet, Murat) and Arabic copy either
#: way (بولات/بولاد, محمت/محمد, مرات/مراد): one letter at the end of a word; ط is
#: already ت and ض د by ``_ARABIC_LETTERS``
_FINAL_D = "د"
_FINAL_T = "ت"
#: the letter Egyptian and Gulf copy writes ç with (جاويش أوغلو)
_TURKISH_CJ = "ج"
_DOUBLES = re.compile(r"(.)\1+")


def writes_ch(ent: KBEntity) -> bool:
    """Whether an entity is a Turkish person whose Turkish name has ç and no c: each ج
    of its Arabic names is then that ç (a c may be ج too: Cevdet, جودت)."""
    if ent.type is not EntityType.PERSON or ent.country != "TR":
        return False
    latin = lower(" ".join(a for lang, a in ent.aliases.items() if lang == "tr"))
    return "ç" in latin and "c" not in latin


def ch_forms(alias: str) -> tuple[str, ...]:
    """The other ways Arabic copy writes the ç of an Arabic name that renders it ج or
    تش: ج, تش and ش (جاويش أوغلو, تشاويش أوغلو, شاويش أوغلو; دولت بهجلي, بهتشلي,
    بهشلي). A ش is not read back: it is as often ş (أوغلو of Çavuşoğlu keeps it)."""
    if _TURKISH_CH in alias:
        seen = alias.replace(_TURKISH_CH, _TURKISH_CJ)
    elif _TURKISH_CJ in alias:
        seen = alias
    else:
        return ()
    forms = (
        seen,
        seen.replace(_TURKISH_CJ, _TURKISH_CH),
        seen.replace(_TURKISH_CJ, _TURKISH_CH_AS),
    )
    return tuple(f for f in dict.fromkeys(forms) if f != alias)


def turkish_ch_forms(ent: KBEntity) -> list[str]:
    """The Arabic names of :func:`writes_ch` person in the ç spellings its aliases lack."""
    if not writes_ch(ent):
        return []
    return [
        form
        for group in (ent.aliases, ent.surnames, ent.local)
        for lang, a in group.items()
        if lang == "ar"
        for form in ch_forms(a)
    ]


def is_arabic(token: str) -> bool:
    """Whether a word (one script throughout) is Arabic: by its first letter."""
    return "\u0600" <= token[:1] <= "\u06ff"


@lru_cache(maxsize=65536)
def normal(token: str) -> str:
    """A folded name token with its transliteration choices undone, vowels kept:
    Latin digraphs as one letter, letters of one sound merged, a final h (ه/ة)
    dropped; Arabic without article or hamza. (Doubled letters are kept: a letter
    doubled is one edit, as a letter dropped is.)"""
    if is_arabic(token):
        token = _bare(token).replace("ء", "")
        if _TURKISH_CH in token:
            token = token.replace(_TURKISH_CH, _TURKISH_CH_AS)
        token = token.translate(_ARABIC_LETTERS)
        if token.endswith(_FINAL_D) and len(token) > 2:
            token = token[:-1] + _FINAL_T
        return token
    for digraph, letter in _LATIN_DIGRAPHS:
        if digraph in token:
            token = token.replace(digraph, letter)
    token = token.translate(_LATIN_LETTERS)
    if len(token) > 3 and token.endswith("h"):
        token = token[:-1]  # Dbeibah = Dbeiba: a final ه/ة
    return token


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The key a folded name token is looked up by: its :func:`normal` form without
    vowels (Arabic: without the long vowels inside the word)."""
    token = normal(token)
    if not token:
        return token
    if is_arabic(token):
        return _DOUBLES.sub(r"\1", token[0] + token[1:].translate(_ARABIC_INNER))
    head = "_" if token[0] in "aeiouy" else ""  # Erdogan is not Rdogan's variant
    return head + _DOUBLES.sub(r"\1", token.translate(_LATIN_VOWELS))


def close(a: str, b: str, vowels_only: bool = False) -> bool:
    """Whether two :func:`normal` forms are within the edits a variant may have:
    one in a short name, two from 6 letters, three from 10; in Arabic one, two from 8
    letters; one more when they differ in vowels alone (equal skeletons of
    :data:`MIN_SKELETON` + 1 letters or more: Badr/Bedir, اردوغان/اوردغان). Two
    letters swapped count as one edit (rapidfuzz's optimal string alignment
    distance, with a cutoff: called only on the rare skeleton matches)."""
    size = max(len(a), len(b))
    # Arabic writes no short vowels: fewer letters, each weighs more
    limits = _ARABIC_EDITS if is_arabic(a) else _LATIN_EDITS
    allowed = next(edits for longest, edits in limits if size <= longest) + vowels_only
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


#: Arabic dual and plural endings. A word that is an alias token with one of them added
#: is another word inflected, not a spelling of the name: الصعيدين ("the two levels",
#: in على الصعيدين) is not السعيدي, whatever letters the merges make equal.
_ARABIC_INFLECTIONS = ("ين", "ون", "ان", "ات", "ن")


def _inflected(text_token: str, alias_token: str) -> bool:
    """Whether a bare Arabic text token is the alias token with a dual or plural
    ending added (the same skeleton once the ending is cut)."""
    if not is_arabic(text_token) or alias_token.endswith(text_token[-2:]):
        return False
    key = skeleton(alias_token)
    return any(
        text_token.endswith(ending)
        and len(text_token) - len(ending) >= MIN_VARIANT_LETTERS - 1
        and skeleton(text_token[: -len(ending)]) == key
        for ending in _ARABIC_INFLECTIONS
    )


_NISBA = ("i", "ي", "ى")


def _nisba(text_token: str, alias_token: str) -> bool:
    """Whether one token is the other with the nisba ending -i / ي added: another
    family name, not a spelling (Zeydani, al-Zaydani, is not Zeidan's Zeydan; الزيداني
    is not زيدان). One letter off passed as a variant, and "Muhammed Zeydani" linked
    the deputy minister Mohamed Zeidan."""
    a, b = normal(text_token), normal(alias_token)
    a_ends, b_ends = a[-1:] in _NISBA, b[-1:] in _NISBA
    if a_ends == b_ends:
        return False  # both end in it, or neither
    if b_ends:
        a, b = b, a
    # Zeydani / Zeidan: the ending cut, the same consonants
    return len(a) > MIN_VARIANT_LETTERS and skeleton(a[:-1]) == skeleton(b)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def _bare(token: str) -> str:
    """A folded alias or text token as compared: Arabic without its article."""
    if token.startswith("ال") and len(token) > 4:
        return token[2:]
    return token


class Variant(NamedTuple):
    """A variant-linked name found in the folded text."""

    start: int
    end: int
    entity: int  # index into the KB entity list
    exact: bool  # some token of it is written exactly as an alias has it
    text: str  # the folded name
    #: a one-token name: the alias key it is a variant of, linked as that key would
    #: be (a family surname resolved in context); "" for a longer name
    key: str = ""


@dataclass(frozen=True, slots=True)
class _Alias:
    entity: int
    head: tuple[str, ...]  # bare tokens before the last one
    last: str  # bare last token
    key: str  # the alias as the matcher keys it


class _Plan(NamedTuple):
    """What a text token may be as the last token of a name, worked out once per token
    (the checks that need no context): where the name proper lies in it and the
    aliases it may end, in the order ``_name_at`` tries them."""

    lead: int  # proclitics before the name (Arabic), kept out of the span
    cut: int  # a fused suffix after it (Latin), kept out of the span
    reading: str  # the name proper, bare
    #: (same() of the reading and the alias's last token, how near a variant is
    #: (:func:`_nearness`), the alias)
    candidates: tuple[tuple[int, int, _Alias], ...]
    #: the words before the token ``_head_at`` may look at: the longest head among
    #: the candidates and the names inserted before the last token (0: no heads)
    words: int
    #: the last tokens of the candidates' heads: one of them must be met (``same``)
    #: among the last words before the token for any head to be
    head_lasts: frozenset[str] = frozenset()


class VariantIndex:
    """KB people's alias tokens by skeleton, and the pass over one article."""

    def __init__(self, entities: Iterable[KBEntity], lex: Lexicons) -> None:
        self.lex = lex
        # last token (bare, exact) -> aliases ending in it
        self._by_last: dict[str, list[_Alias]] = {}
        # skeleton of a last token, and its one-deletion neighbourhood -> exact last tokens
        self._skeletons: dict[str, set[str]] = {}
        self._deleted: dict[str, set[str]] = {}
        self._normals: dict[str, str] = {}  # last token -> its normal form
        self._skeleton_of: dict[str, str] = {}  # last token -> its skeleton
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for idx, ent in enumerate(entities):
            if ent.type is not EntityType.PERSON:
                continue
            names = [ent.name, *(a for _l, a in ent.aliases.items())]
            names += [a for _l, a in ent.local.items()]
            # family surnames as one-token names: a variant of one links only to the
            # family member the article already names (or a title picks)
            names += [a for _l, a in ent.surnames.items()]
            names += turkish_ch_forms(ent)
            for name in names:
                tokens = tuple(
                    _bare(t) for t in _WORD.findall(alias_key(name)) if t not in _PARTICLES
                )
                if not tokens or (idx, tokens) in seen:
                    continue
                seen.add((idx, tokens))
                alias = _Alias(idx, tokens[:-1], tokens[-1], alias_key(name))
                self._by_last.setdefault(alias.last, []).append(alias)
                key = skeleton(alias.last)
                self._normals[alias.last] = normal(alias.last)
                self._skeleton_of[alias.last] = key
                if len(alias.last) >= MIN_VARIANT_LETTERS and len(key) >= MIN_SKELETON:
                    self._skeletons.setdefault(key, set()).add(alias.last)
                    if len(key) > MIN_SKELETON:
                        for d in _deletions(key):
                            self._deleted.setdefault(d, set()).add(alias.last)
        stop: set[str] = set()
        for group in (lex.common_words, lex.name_stopwords, lex.given_name_stopwords):
            for stoplist in group.values():
                stop |= stoplist
        self._stop = frozenset(stop)
        # every head token, and the skeletons a word's skeleton must meet (itself or
        # one letter off: see ``_variant``) to be a variant of one: what ``_may_head``
        # tests before any head is compared
        self._head_tokens = frozenset(
            token for aliases in self._by_last.values() for a in aliases for token in a.head
        )
        head_keys = {skeleton(token) for token in self._head_tokens}
        self._head_keys = frozenset(head_keys).union(
            *(_deletions(key) for key in head_keys if len(key) > MIN_SKELETON)
        )
        self._may_heads: dict[str, bool] = {}  # bare text word -> _may_head
        #: (a plan's head_lasts, bare text word) -> _may_end_head
        self._head_ends: dict[tuple[frozenset[str], str], bool] = {}
        # words that are never a middle or father's name inserted in a full name:
        # the stoplists, kinship words (نجل حفتر), nationality adjectives, titles
        not_names = set(stop) | set(lex.nationalities)
        for group in (lex.kinship_before, lex.kinship_after, lex.ranks):
            for phrases in group.values():
                for phrase in phrases:
                    not_names.update(phrase.split())
        for role_phrases in lex.roles.values():
            for phrase in role_phrases:
                not_names.update(phrase.split())
        for links in lex.place_links.values():
            for phrase in links:
                not_names.update(phrase.split())
        not_names |= _PARTICLES
        self._not_names = frozenset(not_names | {_bare(w) for w in not_names})
        self._titles: dict[str, frozenset[str]] = {}
        for lang in ("ar", "en", "tr"):
            words: set[str] = set()
            for phrase in [*lex.roles[lang], *lex.ranks[lang]]:
                words.add(phrase.split()[-1].rstrip("."))
            self._titles[lang] = frozenset(words)
        self._titles[""] = frozenset().union(*self._titles.values())
        # text token -> the exact last tokens it may stand for; tokens standing for none
        self._verdicts: dict[str, tuple[str, ...]] = {}
        self._negative: set[str] = set()
        #: one-word keys of the exact scan that end an alias: their hits are passed in
        #: (``at_hits``); and every one-word key: a word the KB knows as it is written
        #: (Ankara, التركية) is no misspelling of another name (Akar)
        self.scanned: frozenset[str] = frozenset()
        #: one-word keys written with a name article ("al-kabir"), whose word after
        #: it is in :attr:`scanned`: key -> where that word starts in it
        self.particle_leads: dict[str, int] = {}
        self._known: frozenset[str] = frozenset()
        self._places: frozenset[str] = frozenset()
        self._pairs: dict[tuple[str, str], int] = {}  # (text, alias token) -> same()
        self._chunks: dict[str, tuple[tuple[str, _Plan], ...]] = {}
        self._runs: dict[str, tuple[tuple[int, int, str, _Plan], ...]] = {}
        #: text token -> its _Plan, None where it can end no name
        self._plans: dict[str, _Plan | None] = {}

    def know(self, keys: Iterable[str], places: Iterable[str] = ()) -> None:
        """Tell the index the exact scan's keys (see :attr:`scanned`), and those of
        them that name a place or a nationality (what may stand between a title and
        a name: the Turkish ambassador to Libya X)."""
        self._places = frozenset(places)
        words = {key for key in keys if " " not in key}
        self._known = frozenset(words | {_bare(w) for w in words})
        self.scanned = frozenset(w for w in words if w in self)
        # "al-kabir": a one-word key whose word after the article ends an alias
        # the exact scan also knows bare ("kabir"): its hits are looked at from there
        self.particle_leads = {
            w: len(head) + 1
            for w in words
            for head, _, rest in (w.partition("-"),)
            if head in _PARTICLES and rest in self.scanned
        }
        self._verdicts.clear()
        self._chunks.clear()
        self._runs.clear()
        self._plans.clear()
        self._negative.clear()

    def __contains__(self, word: str) -> bool:
        """Whether a folded word (an Arabic one with its article) ends some alias."""
        return _bare(word) in self._by_last

    # -- token level ----------------------------------------------------------------

    def _lasts_of(self, token: str) -> tuple[str, ...]:
        """The alias last tokens a text token (with or without proclitics or a
        Turkish suffix) is, exactly or as a variant."""
        verdict = self._verdicts.get(token)
        if verdict is None:
            if len(self._verdicts) >= 200_000:
                self._verdicts.clear()
            verdict = self._verdicts[token] = tuple(sorted(self._compute(token)))
        return verdict

    def _parts_of(self, chunk: str) -> tuple[tuple[str, _Plan], ...]:
        """The words of a space-separated chunk (Hafter'in, al-Sarraj,) that may end a
        name the exact scan does not know (not :attr:`scanned`), with their plans;
        cached per chunk."""
        parts = self._chunks.get(chunk)
        if parts is None:
            if len(self._chunks) >= 200_000:
                self._chunks.clear()
            found: list[tuple[str, _Plan]] = []
            for word in _WORD.findall(chunk):
                lasts = self._lasts_of(word)
                plan = self._plan_of(word, lasts) if lasts else None
                if plan is not None and word not in self.scanned:
                    found.append((word, plan))
            parts = self._chunks[chunk] = tuple(found)
        return parts

    def _least(self, reading: str) -> int:
        """Letters a one-token variant needs: fewer for a person's own full name's last
        token written alone (Meşri, of Halid el-Meşri), which is that person's name."""
        return MIN_OWN_LETTERS if reading in self._by_last else MIN_SINGLE_LETTERS

    def _own_last(self, token: str, entity: int) -> bool:
        """Whether every alias ``token`` ends is a full name (two tokens or more) of
        ``entity``: the token written alone is that person's surname, in the spelling
        of one of their full names."""
        return all(a.head and a.entity == entity for a in self._by_last[token])

    def _wanted_at(self, f: str, start: int, upper: Callable[[int], bool]) -> bool:
        """Whether a word ``find`` searches for (one with alias last tokens, not
        :attr:`scanned`; in Latin script capitalised) stands whole at ``start``."""
        if start and (f[start - 1].isalnum() or f[start - 1] == "_"):
            return False
        end, n = start, len(f)
        while end < n and (f[end].isalnum() or f[end] == "_"):
            end += 1
        word = f[start:end]
        if not word or word in self.scanned or not self._lasts_of(word):
            return False
        return is_arabic(word) or upper(start)

    def _arabic_readings(self, token: str) -> list[tuple[int, str]]:
        """(mention offset, bare word) readings of an Arabic token: its proclitics
        stripped, then each reading's Libyan article "ا" (the ل dropped, as Libyan copy
        writes it: "ادبيبة" for الدبيبة, "امعيتيق" for Maiteeg) read off too, before a
        consonant: the initial alef made the skeleton's first letter differ, so no
        such spelling was ever a variant. The alef-less readings come last and match
        an alias token only exactly (:meth:`_compute`): a masdar (إعلان, أهمية) read
        without its alef came near other names (علوان, حومة)."""
        out = list(self.lex.strip_arabic(token))
        for keep, bare in tuple(out):
            if (
                len(bare) >= MIN_VARIANT_LETTERS + 1
                and bare[0] == _ALEF
                and bare[1] not in _NOT_AFTER_ALEF_ARTICLE
                # never after the article itself: الإعمار is no "ال" + "ا" + عمار
                and not token[: len(token) - len(bare)].endswith(("ال", "لل"))
            ):
                out.append((keep, bare[1:]))
        return out

    def _readings(self, token: str) -> list[str]:
        if is_arabic(token):
            return [_bare(bare) for _keep, bare in self.lex.strip_arabic(token)]
        out = [token]
        # no lone -i cut: fused to a name it is the nisba (Zeydani, al-Zaydani, is no
        # Zeydan) as often as the accusative, which Turkish writes after an apostrophe
        for cut in range(
            2 if token.endswith("i") else 1, min(5, len(token) - MIN_VARIANT_LETTERS) + 1
        ):
            if token[-cut:] in self.lex.tr_suffixes:
                out.append(token[:-cut])
        return out

    def _fused_readings(self, token: str) -> list[str]:
        """Readings with a fused article read off, matched to alias tokens only
        exactly: the Latin article glued to a surname ("Elmenfi", "Almangoush",
        "Elbaour"), before a consonant (Alexander keeps its "Al"), whose skeleton was
        two letters off the bare alias's; the Libyan alef article (above)."""
        if is_arabic(token):
            plain = len(self.lex.strip_arabic(token))
            return [_bare(bare) for _keep, bare in self._arabic_readings(token)[plain:]]
        if (
            len(token) >= MIN_VARIANT_LETTERS + 2
            and token[:2] in _FUSED_ARTICLES
            and token[2] not in "aeiouy"
        ):
            return [token[2:]]
        return []

    def _compute(self, token: str) -> set[str]:
        found: set[str] = {r for r in self._fused_readings(token) if r in self._by_last}
        for n, reading in enumerate(self._readings(token)):
            if reading in self._by_last:
                found.add(reading)
            if not MIN_VARIANT_LETTERS <= len(reading) <= MAX_VARIANT_LETTERS:
                continue
            if reading in self._stop:
                continue
            if reading in self._not_names:
                continue
            # a word the KB or the lexicons know is no misspelled name, but a person's
            # own last token written alone may be their surname in another spelling
            # (Meşri, of "Halid el-Meşri", is the "Meshri" a title may link)
            owners: set[int] | None = None
            if reading in self._known:
                if reading not in self._by_last:
                    continue
                owners = {a.entity for a in self._by_last[reading]}
            if n and not is_arabic(reading) and len(reading) < MIN_SUFFIXED_LETTERS:
                continue  # a short stem left by a suffix cut: konu|sunda is not Koni
            key = skeleton(reading)
            if len(key) < MIN_SKELETON:
                continue
            near = set(self._skeletons.get(key, ()))
            if self._neighbourhood_ok(reading, key):
                near |= self._deleted.get(key, set())  # one letter added in the text
                for d in _deletions(key):
                    near |= self._skeletons.get(d, set())  # one letter dropped
                    near |= self._deleted.get(d, set())  # one letter changed
            form = normal(reading)
            vowels_only = len(key) > MIN_SKELETON
            if owners is not None:
                near = {
                    last
                    for last in near
                    if any(not a.head and a.entity in owners for a in self._by_last[last])
                }
            found.update(
                last
                for last in near
                if self._skeleton_of[last][:1] == key[:1]
                and close(form, self._normals[last], vowels_only and self._skeleton_of[last] == key)
                and not _nisba(reading, last)
            )
        return found

    def same(self, text_token: str, alias_token: str) -> int:
        """2 when a (bare) text token is the alias token, 1 when a variant, else 0."""
        if text_token == alias_token:
            return 2
        pair = (text_token, alias_token)
        verdict = self._pairs.get(pair)
        if verdict is None:
            if len(self._pairs) >= 200_000:
                self._pairs.clear()
            verdict = self._pairs[pair] = self._variant(text_token, alias_token)
        return verdict

    def _variant(self, text_token: str, alias_token: str) -> int:
        if len(text_token) < MIN_VARIANT_LETTERS or text_token in self._stop:
            return 0
        if is_arabic(text_token) != is_arabic(alias_token):
            return 0
        if _inflected(text_token, alias_token) or _nisba(text_token, alias_token):
            return 0
        a, b = skeleton(text_token), skeleton(alias_token)
        if len(a) < MIN_SKELETON or len(b) < MIN_SKELETON:
            return 0
        if a[:1] != b[:1]:
            return 0
        if a != b and not (
            self._neighbourhood_ok(text_token, a)
            and len(b) > MIN_SKELETON
            and (a in _deletions(b) or b in _deletions(a) or _deletions(a) & _deletions(b))
        ):
            return 0
        vowels_only = a == b and len(a) > MIN_SKELETON
        return 1 if close(normal(text_token), normal(alias_token), vowels_only) else 0

    @staticmethod
    def _neighbourhood_ok(reading: str, key: str) -> bool:
        """Whether a token may differ from an alias token by a consonant (its skeleton
        one letter off) rather than by vowels alone: Latin names of 5 letters or more;
        Arabic words, denser, from :data:`MIN_ARABIC_EDIT` letters (المصري is not المشري)."""
        if len(key) <= MIN_SKELETON:
            return False
        return len(reading) >= (MIN_ARABIC_EDIT if is_arabic(reading) else 5)

    # -- article level --------------------------------------------------------------

    def find(
        self,
        folded: str,
        display: str,
        lang: str | None,
        named: Callable[[], set[int]],
        to_display: Callable[[int, int], tuple[int, int]],
        linked: Callable[[int, int], bool],
        at_hits: Iterable[tuple[int, int]] = (),
        split: list[str] | None = None,
        distinct: set[str] | None = None,
    ) -> list[Variant]:
        """Variant-linked names in ``folded`` (offsets of the folded text), sorted and
        not overlapping one another. ``named()``: the people the exact scan met in this
        article (asked only when a one-token variant is met); ``linked(start, end)``:
        whether the span overlaps a name the exact scan linked by a full alias.
        ``at_hits``: the exact scan's hits on one word that links nothing on its own
        (a surname, a weak alias): looked at as the last token of a longer name.
        Words the exact scan knows (:attr:`scanned`) are looked at there only.
        ``split``: ``folded.split(" ")``, when the caller has it (see :mod:`tokens`), and
        ``distinct`` its set, when the caller has that (each chunk then tested once)."""
        # the words never seen to stand for a name are dropped in one set difference:
        # per article, only new words and name-like ones are looked at in Python
        # (split on spaces, a C-speed pass much cheaper than a word regex; the
        # punctuation left on a chunk is cut off once per new chunk, in _parts_of;
        # on " " alone, cheaper still: a line break or tab left in a chunk splits
        # its words there as punctuation does, so the words are the same)
        # (filterfalse: the chunks tested one by one in C, only the new ones kept,
        # cheaper than a set of every chunk less the negative set)
        if split is None:
            split = folded.split(" ")
        if distinct is None:
            chunks = set(filterfalse(self._negative.__contains__, split))
        else:  # a set difference: each chunk probed with its cached hash, no call a
            # chunk (filterfalse's predicate was ~150 instructions a chunk)
            chunks = distinct.difference(self._negative)
        # the chunks holding a word that may end a name (Haftar, Haftar's, Haftar,)
        wanted: set[str] = set()
        known_parts = self._chunks.get  # inline: most chunks here are cached
        for chunk in chunks:
            parts = known_parts(chunk)
            if parts is None:
                parts = self._parts_of(chunk)
            if not parts:
                if len(self._negative) >= 300_000:
                    self._negative.clear()
                self._negative.add(chunk)
                continue
            wanted.add(chunk)
        if not wanted and not at_hits:
            return []
        if len(folded) == len(display):  # nothing deleted by the fold: offsets shared

            def upper(pos: int) -> bool:
                return display[pos : pos + 1].isupper()

        else:

            def upper(pos: int) -> bool:
                d0 = to_display(pos, pos + 1)[0]
                return display[d0 : d0 + 1].isupper()

        # where to look: every whole-word occurrence of those words (in Latin script
        # only the capitalised ones: a Latin name is capitalised), and the exact
        # scan's hits on such words (at their own places)
        places = self._occurrences_in(folded, split, wanted, upper)
        for start, end in at_hits:
            token = folded[start:end]
            lasts = self._lasts_of(token)
            hit_plan = self._plan_of(token, lasts) if lasts else None
            # a searched word standing whole here is looked at as itself, first (if it
            # ends a name at all): the hit's token is not looked at again
            if hit_plan is not None and not self._wanted_at(folded, start, upper):
                places.append((start, end, token, hit_plan))
        if not places:
            return []
        found: list[Variant] = []
        known: list[set[int]] = []  # named(), once asked

        def people() -> set[int]:  # asked once at most, where a one-token name needs it
            if not known:
                known.append(named())
            return known[0]

        seen: set[int] = set()
        for start, end, token, plan in places:
            if start in seen:
                continue
            seen.add(start)
            if not is_arabic(token):
                if not upper(start):
                    continue  # a Latin name is capitalised
                # a Latin word written as an alias ends it can only end a longer name
                # here (the exact scan has the rest): a capitalised word must precede
                if token in self._by_last and not _capitalised_before(folded, upper, start):
                    continue
            if linked(start, end):
                continue  # inside a name the exact scan linked by a full alias
            variant = self._name_at(folded, upper, lang, start, end, token, plan, people)
            if variant is not None:
                found.append(variant)
        found.sort()
        kept: list[Variant] = []
        for variant in found:  # the longer of two overlapping names (heads overlap)
            if kept and variant.start < kept[-1].end:
                if variant.end - variant.start > kept[-1].end - kept[-1].start:
                    kept[-1] = variant
                continue
            kept.append(variant)
        return kept

    def _occurrences_in(
        self, folded: str, split: list[str], wanted: set[str], upper: Callable[[int], bool]
    ) -> list[tuple[int, int, str, _Plan]]:
        """(start, end, word, plan) of every whole-word occurrence (as ``\\w+`` cuts
        words) of a word that may end a name, read from the ``wanted`` chunks of
        ``split``, the text split on spaces (a word stands whole in the text where it
        does in its chunk: a space is no word character; and a word's plan is its own,
        whatever the chunk, so every chunk holding one is wanted); of a Latin word, the
        capitalised occurrences only (the others could never be a name).

        Where a wanted chunk stands: the lengths of the chunks before it, and a space
        after each. A loop over every chunk, compiled, adds native ints (no int object
        a chunk) and tests each chunk with its cached hash: ~60 instructions a chunk,
        where picking the wanted ones in C (``compress``, ``map``) then finding each in
        the text cost ~150 K an article (entity bench, callgrind, compiled; interpreted
        the two are even)."""
        places: list[tuple[int, int, str, _Plan]] = []
        cached = self._runs.get  # inline: a method call per occurrence cost ~2 %
        base = 0  # where the chunk starts in the text
        for chunk in split:
            if chunk in wanted:
                runs = cached(chunk)
                if runs is None:
                    runs = self._runs_of(chunk)
                for start, end, word, plan in runs:
                    # Arabic (is_arabic, inline), or a capitalised Latin word
                    if "\u0600" <= word[0] <= "\u06ff" or upper(base + start):
                        places.append((base + start, base + end, word, plan))
            base += len(chunk) + 1  # the space after it: the next chunk's start
        return places

    def _runs_of(self, chunk: str) -> tuple[tuple[int, int, str, _Plan], ...]:
        """The chunk's words that may end a name (its ``_parts_of``), each where it
        stands in the chunk: (start, end, word, plan); cached per chunk."""
        runs = self._runs.get(chunk)
        if runs is None:
            if len(self._runs) >= 200_000:
                self._runs.clear()
            plans = dict(self._parts_of(chunk))
            runs = self._runs[chunk] = tuple(
                (m.start(), m.end(), word, plans[word])
                for m in _WORD.finditer(chunk)
                if (word := m.group()) in plans
            )
        return runs

    def _may_head(self, word: str) -> bool:
        """Whether a bare text word may be some alias's head token, exactly or as a
        variant (``same`` above 0): a necessary condition, cached per word."""
        verdict = self._may_heads.get(word)
        if verdict is None:
            if len(self._may_heads) >= 200_000:
                self._may_heads.clear()
            verdict = self._may_heads[word] = word in self._head_tokens or (
                len(word) >= MIN_VARIANT_LETTERS
                and word not in self._stop
                and _near_any(skeleton(word), self._head_keys)
            )
        return verdict

    def _may_end_head(self, head_lasts: frozenset[str], word: str) -> bool:
        """Whether a bare text word is one of ``head_lasts`` or a variant of one
        (``same`` above 0), cached per set and word."""
        key = (head_lasts, word)
        verdict = self._head_ends.get(key)
        if verdict is None:
            if len(self._head_ends) >= 200_000:
                self._head_ends.clear()
            verdict = self._head_ends[key] = any(self.same(word, last) for last in head_lasts)
        return verdict

    def _plan_of(self, token: str, lasts: tuple[str, ...]) -> _Plan | None:
        """The token's :class:`_Plan` (``lasts``: its ``_lasts_of``), cached per token."""
        plans = self._plans
        if token in plans:
            return plans[token]
        if len(plans) >= 200_000:
            plans.clear()
        plan = plans[token] = self._make_plan(token, lasts)
        return plan

    def _make_plan(self, token: str, lasts: tuple[str, ...]) -> _Plan | None:
        # the name proper inside the token: after Arabic proclitics (the article kept
        # in the span), before a fused Turkish suffix
        lead = cut = 0
        last_reading = ""
        if is_arabic(token):
            for keep, bare in self._arabic_readings(token):
                if self._is_one_of(_bare(bare), lasts):
                    lead, last_reading = keep, _bare(bare)
                    break
        else:
            for reading in self._readings(token) + self._fused_readings(token):
                if self._is_one_of(reading, lasts):
                    # a suffix cut off ends the span early; a fused article read off
                    # its front (token.endswith(reading)) is kept in the span
                    fused = reading != token and token.endswith(reading)
                    cut, last_reading = (0 if fused else len(token) - len(reading)), reading
                    break
        if not last_reading:
            return None
        candidates: list[tuple[int, int, _Alias]] = []
        for last in lasts:
            last_score = self.same(last_reading, last)
            if not last_score:
                continue
            near = _nearness(last_reading, last)
            for alias in self._by_last[last]:
                if not alias.head and (
                    # one token: a variant only (the exact scan links the alias)
                    last_score == 2
                    # a name known as written: another's, or not a variant at all
                    # (but one's own full name's last token, alone, is one's surname
                    # in another spelling: "Başbakan Dubeybe'nin" for Dbeybe)
                    or (
                        last_reading in self._by_last
                        and not self._own_last(last_reading, alias.entity)
                    )
                    or not _single_shape_ok(last_reading, last, self._least(last_reading))
                ):
                    continue
                candidates.append((last_score, near, alias))
        if not candidates:
            return None
        return _Plan(
            lead,
            cut,
            last_reading,
            tuple(candidates),
            words=max(
                (len(alias.head) + MAX_INSERTED for _s, _n, alias in candidates if alias.head),
                default=0,
            ),
            head_lasts=frozenset(alias.head[-1] for _s, _n, alias in candidates if alias.head),
        )

    def _name_at(
        self,
        f: str,
        upper: Callable[[int], bool],
        lang: str | None,
        start: int,
        end: int,
        token: str,
        plan: _Plan,
        named: Callable[[], set[int]],
    ) -> Variant | None:
        arabic = is_arabic(token)
        if not arabic and not upper(start):
            return None
        if plan.cut and lang != "tr":
            # a Turkish case suffix fused to a name is Turkish copy's; in English the
            # cut read "Hussein" as "Hussei"+"n" and linked it to al-Hassi (session 18)
            return None
        name_start, name_end, last_reading = start + plan.lead, end - plan.cut, plan.reading
        heads_possible = False
        words: list[tuple[int, str]] = []
        bares: list[str] = []  # the words bare (Arabic article off), as heads compare
        if plan.words and (arabic or not _lower_word_before(f, name_start, upper)):
            words = _words_before(f, name_start, plan.words)
            # in Latin script every word of a head and every word inserted before the
            # last token is capitalised: the word right before it among them; and the
            # head's last token is one of the last words (names inserted after it)
            if words and (arabic or upper(words[-1][0])):
                may_head, may_end = self._may_head, self._may_end_head
                last_words = [_bare(w) for _p, w in words[-1 - MAX_INSERTED :]]
                # and, for this token's candidates, a head's last token among them
                # (_head_at meets it there or nowhere): of ~9 tokens an article
                # looked at here, most end no head (-0.02 ms an article)
                heads_possible = any(map(may_head, last_words)) and any(
                    may_end(plan.head_lasts, w) for w in last_words
                )
                if heads_possible:  # every word bare only where a head may be met
                    bares = [_bare(w) for _p, w in words]
        # score, -start, nearness, entity, exact, key
        best: tuple[int, int, int, int, bool, str] | None = None
        for last_score, near, alias in plan.candidates:
            if alias.head:
                if not heads_possible:
                    continue
                found = self._head_at(alias, words, bares, arabic, upper)
                if found is None:
                    continue
                head_start, head_score, head_exact = found
                key = ""
            else:
                # only where the article or a title supports it
                if not self._single_ok(
                    f,
                    upper,
                    name_start,
                    name_end,
                    last_reading,
                    alias.last,
                    self._least(last_reading),
                ):
                    continue
                if (
                    alias.entity not in named()
                    and not self._after_title(f, name_start, lang)
                    and not self._typo(last_reading, alias.last)
                ):
                    continue
                head_start, head_score, head_exact, key = name_start, 0, False, alias.key
            exact = head_exact or last_score == 2
            candidate = (head_score + last_score, -head_start, near, alias.entity, exact, key)
            if best is None or candidate[:3] > best[:3]:
                best = candidate
            elif (
                candidate[:3] == best[:3]
                and candidate[3] != best[3]
                and (not key or (key != best[5] and not _same_bearers(plan, key, best[5])))
            ):
                # two people's full names, or two one-token names as near that
                # name different people (أردغان: اربكان and اريكان a consonant off),
                # is ambiguous; a one-token key is linked as itself, whose own
                # resolution picks among its bearers (Dbeybbe: "dbeybe", "dbeibeh"
                # are one family's spellings)
                best = (*candidate[:3], -1, exact, "")
        if best is None or best[3] < 0:
            return None
        start = -best[1]
        return Variant(start, name_end, best[3], best[4], f[start:name_end], best[5])

    @staticmethod
    def _single_ok(
        f: str,
        upper: Callable[[int], bool],
        start: int,
        end: int,
        reading: str,
        last: str,
        least: int = MIN_SINGLE_LETTERS,
    ) -> bool:
        """Whether a one-token variant may stand for a name alone: long enough, its
        first two consonants the alias's own (Aidan is not Fidan, Chairman is not
        Jadhran); in Latin script not the first word of a sentence (where any word is
        capitalised: Hafta sonu is not Haftar) nor followed by another capitalised
        word (a longer name: Aidan Lewis). ``least``: the letters it needs."""
        if not _single_shape_ok(reading, last, least):
            return False
        if is_arabic(reading):
            return True
        head = f[max(0, start - 3) : start].rstrip(" \"'(")
        if not head or head[-1] in ".!?:\n":
            return False
        while end < len(f) and f[end].isalnum():
            end += 1  # a fused suffix
        return not (end + 1 < len(f) and f[end] == " " and upper(end + 1))

    @staticmethod
    def _typo(reading: str, last: str) -> bool:
        """A long Latin name one keystroke off a surname (Dbebibah): a typo of it, not
        another word, even without other support."""
        return (
            not is_arabic(reading)
            and min(len(reading), len(last)) >= MIN_TYPO_LETTERS
            and OSA.distance(reading, last, score_cutoff=1) <= 1
        )

    def _is_one_of(self, reading: str, lasts: tuple[str, ...]) -> bool:
        return reading in lasts or any(self.same(reading, last) for last in lasts)

    def _head_at(
        self,
        alias: _Alias,
        words: list[tuple[int, str]],
        bares: list[str],
        arabic: bool,
        upper: Callable[[int], bool],
    ) -> tuple[int, int, bool] | None:
        """Where the alias's head starts in the words before its last token (``bares``:
        those words bare), its score (2 a token exact, 1 a variant) and whether some
        token is exact; None when the head is not there."""
        head = alias.head
        n = len(head)
        total = len(words)
        same = self.same
        for inserted in range(MAX_INSERTED + 1):
            first = total - n - inserted
            if first < 0:
                break
            score = 0
            exact = False
            for k in range(n):
                if not arabic and not upper(words[first + k][0]):
                    score = 0
                    break
                s = same(bares[first + k], head[k])
                if not s:
                    score = 0
                    break
                score += s
                exact = exact or s == 2
            if not score:
                continue
            for pos, word in words[total - inserted :]:  # inserted names
                if word in self._not_names or (not arabic and not upper(pos)):
                    score = 0
                    break
            if score:
                return words[first][0], score, exact
        return None

    def _after_title(self, f: str, start: int, lang: str | None) -> bool:
        """A title or role word right before the name, or a few words before it in
        the same clause with only nationalities, places and linking words between
        (السفير التركي لدى ليبيا بيقتش) — not another name (sözcüsü Ahmed Buzeyd
        el-Mismari: the title is Ahmed Buzeyd's)."""
        window = f[max(0, start - 60) : start]
        for stop in ".!?;:\n،,()":
            window = window[window.rfind(stop) + 1 :]
        titles = self._titles.get(lang or "", self._titles[""])
        between = self._places | self._not_names
        for word in reversed(window.split()[-_TITLE_REACH:]):
            word = word.strip("'\"-")
            if word in titles:
                return True
            if word not in between and _bare(word) not in between:
                return False
        return False


def _same_bearers(plan: _Plan, key: str, other: str) -> bool:
    """Whether two one-token alias keys among a plan's candidates stand for the same
    people (looked at on a tie only)."""
    first: set[int] = set()
    second: set[int] = set()
    for _s, _n, alias in plan.candidates:
        if alias.key == key:
            first.add(alias.entity)
        elif alias.key == other:
            second.add(alias.entity)
    return first == second


def _nearness(reading: str, last: str) -> int:
    """How near a variant is to the alias token it may spell, to rank two candidates
    of one score: 1 when they differ in vowels alone (their skeletons equal: a long
    vowel dropped or doubled, أردغان for أردوغان, "Erdogen"), 0 when a consonant
    differs (أردغان is اربكان with د for ب, and اركان with د added). Issue #12
    (varrank): "الرئيس أردغان" linked Fatih Erbakan, the first of the ties in alias
    order."""
    return 1 if skeleton(reading) == skeleton(last) else 0


def _near_any(key: str, keys: frozenset[str]) -> bool:
    """Whether a skeleton of :data:`MIN_SKELETON` letters or more is one of ``keys``
    or one letter longer than one (``keys`` holding the alias skeletons and their
    one-deletion neighbourhoods, that covers every pair ``_variant`` accepts)."""
    if len(key) < MIN_SKELETON:
        return False
    return key in keys or any(d in keys for d in _deletions(key))


def _single_shape_ok(reading: str, last: str, least: int = MIN_SINGLE_LETTERS) -> bool:
    """Whether a one-token variant is long enough (``least`` letters:
    :data:`MIN_SINGLE_LETTERS`, or :data:`MIN_OWN_LETTERS`) and has the alias token's
    first two consonants (Aidan is not Fidan, Chairman is not Jadhran)."""
    return len(reading) >= least and skeleton(reading)[:2] == skeleton(last)[:2]


def _capitalised_before(f: str, upper: Callable[[int], bool], start: int) -> bool:
    """Whether a capitalised word stands right before ``start`` (across a space or
    hyphen, and a name particle: Fayez al-Sarraj, Halid El-Meşri)."""
    pos = start - 1
    for _ in range(2):
        if pos < 1 or f[pos] not in " -":
            return False
        end = pos
        while pos > 0 and f[pos - 1].isalnum():
            pos -= 1
        if pos == end:
            return False
        if f[pos:end] not in _PARTICLES:
            return upper(pos)
        pos -= 1
    return False


def _lower_word_before(f: str, start: int, upper: Callable[[int], bool]) -> bool:
    """Whether the last of ``_words_before(f, start, ...)`` is surely missing or not
    capitalised, read from ``start`` back to it (no window, split nor regex): False
    where that needs the full reading (a particle, the look-back window's edge)."""
    low = max(0, start - _LOOKBACK)
    pos = start - 1
    while pos >= low and not (f[pos].isalnum() or f[pos] == "_"):
        if f[pos] in _STOP_SET:
            return True  # the clause starts after it, with no word
        pos -= 1
    if pos < low:
        return True  # no word in the window
    end = pos + 1
    while pos >= low and (f[pos].isalnum() or f[pos] == "_"):
        pos -= 1
    begin = pos + 1
    if (begin == low and low > 0) or f[begin:end] in _PARTICLES:
        return False
    return not upper(begin)


def _words_before(f: str, start: int, most: int) -> list[tuple[int, str]]:
    """The last ``most`` name tokens right before ``start`` in its sentence:
    (offset, token), in order, particles left out; cut at sentence punctuation or a
    line break. Tokens are ``\\w+`` runs, read from the right chunk by chunk (a
    space-separated chunk of letters alone is one token: ``isalnum`` is what ``\\w``
    tests, with ``_``), the word regex only on chunks with punctuation: a regex walk
    of the whole window cost more than the rest of the variant pass. The stops other
    than the line break are looked for only in the chunks read that have punctuation
    (a chunk of letters has none): the last one read ends the sentence."""
    window = f[max(0, start - _LOOKBACK) : start]
    base = start - len(window)
    cut = window.rfind("\n")  # after the last line break
    if cut >= 0:
        window, base = window[cut + 1 :], base + cut + 1
    # the last ``most`` chunks first (rsplit: no string made for the others); all
    # of them only if those hold fewer words and no sentence stop (a particle, a
    # lone punctuation mark): most calls read no further (-0.005 ms an article)
    chunks = window.rsplit(None, most)
    out, done = _read_words(window, base, chunks[1:] if len(chunks) > most else chunks, most)
    if not done and len(chunks) > most:
        out, _done = _read_words(window, base, window.split(), most)
    out.reverse()
    return out[-most:]


def _read_words(
    window: str, base: int, chunks: list[str], most: int
) -> tuple[list[tuple[int, str]], bool]:
    """``_words_before``'s reading of the window's last ``chunks``, right to left:
    the words read (right to left), and whether the reading ended (a sentence stop,
    or ``most`` words) before the chunks did."""
    out: list[tuple[int, str]] = []
    end = len(window)
    for chunk in reversed(chunks):
        # where this chunk starts: nothing but spaces lies between it and ``end``
        pos = window.rfind(chunk, 0, end)
        end = pos
        if chunk.isalnum():
            if chunk not in _PARTICLES:
                out.append((base + pos, chunk))
        else:
            # after the chunk's last stop, if it has one: the sentence starts there
            stop = max(map(chunk.rfind, _CHUNK_STOPS))
            if stop >= 0:
                chunk, pos = chunk[stop + 1 :], pos + stop + 1
            for m in reversed(list(_WORD.finditer(chunk))):
                word = m.group()
                if word not in _PARTICLES:
                    out.append((base + pos + m.start(), word))
            if stop >= 0:
                return out, True
        if len(out) >= most:
            return out, True
    return out, False
