"""Generic national actors and officials no list knows, around nationality words.

Both run only where the matcher found a nationality adjective or a country name, so
they cost nothing on text without one. They read tokens of the folded text and check
letter case in the display text.

* Generic actors: "الوفد التركي", "وفد عسكري تركي", "Turkish (military) delegation",
  "Türk (askeri) heyeti", "Libya heyeti" -> ORG ``org:generic:<CC>:<key>``.
* Officials: ROLE + NATIONALITY (+ "لدى/في PLACE") (+ RANK) + NAME (Arabic),
  NATIONALITY|COUNTRY's + ROLE (+ to/in PLACE) (+ ,) (+ RANK) + Name (English),
  COUNTRY|NATIONALITY (+ PLACE) + ROLE (+ RANK) + Name (Turkish)
  -> PERSON ``person:pattern:<folded-name-slug>`` with country and role.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple, cast

from wirewatch.core.entities.lexicon import Lexicons
from wirewatch.core.entities.matcher import Hit
from wirewatch.core.entities.name_shape import name_shape

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_NEXT_WORD = re.compile(r"(?:'[^\W_]+|[^\W_]*)?[\s,]*([^\W_]+)")
#: the rest of a word with its apostrophe suffixes (Türkiye'nin): ``[^\W_]`` is exactly
#: ``str.isalnum``
_WORD_REST = re.compile(r"(?:[^\W_]|')*")
_NOT_IN_SLUG = re.compile(r"[^\w-]")  # what a pattern-found name's key leaves out

#: how far (in characters) each pattern reads tokens after its trigger: a generic
#: actor 3 tokens, an official 14 (``tokens_after``)
_GENERIC_TOKENS = 3
_PERSON_TOKENS = 14
_AR_AFTER_TOKENS = 9  # what an Arabic official's pattern reads after the nationality


def _preposition_and_article(word: str) -> bool:
    """An Arabic word that is a preposition glued to a definite noun (بالمنفي "with
    al-Menfi", للوفد "to the delegation"): the title's object, never a name's first
    word ("اتصل وزير الخارجية التركي بالمنفي هاتفيا" found "بالمنفي هاتفيا"). A name
    so spelled (بالقاسم) is a KB name, its token occupied before this is asked."""
    return len(word) >= 5 and word.startswith(("بال", "لل"))


class Tok(NamedTuple):
    start: int
    end: int
    text: str  # folded

    @property
    def core(self) -> str:
        """The token without a suffix after an apostrophe (trablus'taki -> trablus)."""
        return self.text.split("'", 1)[0]

    @property
    def core_end(self) -> int:
        return self.start + len(self.core)


#: ``_tok(Tok, (start, end, text))``: a Tok without the keyword-handling constructor
_tok = tuple.__new__


def tokens_after(folded: str, pos: int, count: int) -> list[Tok]:
    found = _TOKEN.finditer(folded, pos, min(len(folded), pos + 40 * count))
    return [_tok(Tok, (m.start(), m.end(), m.group())) for m in islice(found, count)]


def word_end(folded: str, pos: int) -> int:
    """Where the word running at ``pos`` ends, apostrophe suffixes included."""
    # the pattern matches the empty string too: match() never returns None here
    return cast("re.Match[str]", _WORD_REST.match(folded, pos)).end()


def tokens_before(folded: str, pos: int, count: int) -> list[Tok]:
    base = max(0, pos - 16 * count)
    found = list(_TOKEN.finditer(folded, base, pos))
    if found and base > 0 and found[0].start() == base and folded[base - 1].isalnum():
        found = found[1:]  # cut in the middle of a word
    return [_tok(Tok, (m.start(), m.end(), m.group())) for m in found[-count:]]


def gap(folded: str, a: int, b: int) -> str:
    return folded[a:b]


_DEFINITE = ("ال", "وال", "بال", "لل", "ولل")


def _definite_or_construct(word: str, following: str | None) -> bool:
    """A word of a noun phrase: definite, or a construct's head before a definite word."""
    return word.startswith(_DEFINITE) or (following is not None and following.startswith(_DEFINITE))


@dataclass(slots=True)
class Found:
    kind: str  # "generic" | "person"
    start: int
    end: int
    country: str
    key: str  # generic key or folded name
    label: str  # generic label or role
    name_spans: tuple[tuple[int, int], ...] = ()


class Patterns:
    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._roles_first = {
            lang: {p.split()[0] for p in phrases} for lang, phrases in lex.roles.items()
        }
        # first word -> token counts of the role phrases starting with it (none for a
        # language whose list has a phrase that is not single-spaced words)
        self._role_sizes: dict[str, dict[str, frozenset[int]]] = {}
        # Arabic role phrases without their first word ("" for one-word roles)
        ar_roles = lex.roles.get("ar", {})
        self._ar_role_rests: frozenset[str] | None = None
        if all(p and p == " ".join(p.split()) for p in ar_roles):
            self._ar_role_rests = frozenset(" ".join(p.split()[1:]) for p in ar_roles)
        for lang, phrases in lex.roles.items():
            if all(p and p == " ".join(p.split()) for p in phrases):
                sizes: dict[str, set[int]] = {}
                for p in phrases:
                    sizes.setdefault(p.split()[0], set()).add(len(p.split()))
                self._role_sizes[lang] = {w: frozenset(n) for w, n in sizes.items()}
        # words that can stand next to a nationality in a pattern: a cheap first test
        self._next_words = {
            lang: frozenset(lex.nouns[lang])
            | {w for m in lex.modifiers[lang] for w in m.split()}
            | self._roles_first[lang]
            | {"deputy", "vice"}
            for lang in ("en", "tr")
        }
        self._tr_stems = tuple(lex.nouns["tr"])
        # first words a role phrase (or its deputy form) can start with
        self._role_starts = {
            lang: frozenset(self._roles_first[lang] | {"deputy", "vice"}) for lang in ("en", "tr")
        }
        # first words of the ranks: a rank may stand between a role and a name
        self._rank_firsts = {
            lang: frozenset(p.split()[0] for p in ranks) for lang, ranks in lex.ranks.items()
        }
        ar_words = set(lex.nouns["ar"]) | set(lex.modifiers["ar"])
        ar_words |= {p.split()[-1] for p in lex.roles["ar"]}
        self._ar_prev = frozenset(ar_words | {"ال" + w for w in ar_words})
        self._ar_prev_cache: dict[str, bool] = {}  # word before a hit -> may fire
        # by language, first token after a Latin-script trigger -> _first_kinds
        self._first_kinds_cache: dict[str, dict[str, tuple[bool, bool]]] = {"en": {}, "tr": {}}
        # word after a Latin-script hit -> (may start an English, a Turkish pattern)
        self._next_kinds_cache: dict[str, tuple[bool, bool]] = {}

    def may_fire(self, folded: str, hit: Hit, lang: str | None) -> bool:
        """Cheap test: can a generic actor or an official pattern start at this hit?"""
        if hit.info.arabic:
            # the last word only: split no further than it
            words = folded[max(0, hit.start - 40) : hit.start].rsplit(None, 1)
            if not words:
                return False
            word = words[-1]
            ok = self._ar_prev_cache.get(word)
            if ok is None:
                ok = any(
                    bare in self._ar_prev or bare[:-1] in self._ar_prev
                    for _keep, bare in self.lex.strip_arabic(word)
                )
                if len(self._ar_prev_cache) >= 65536:
                    self._ar_prev_cache.clear()
                self._ar_prev_cache[word] = ok
            return ok or self._from_phrase_before(folded, hit.start)
        m = _NEXT_WORD.match(folded, hit.end)
        if m is None:
            return False
        word = m.group(1)
        kinds = self._next_kinds_cache.get(word)
        if kinds is None:
            kinds = (
                word in self._next_words["en"],
                word in self._next_words["tr"]
                or (word[:1].isalpha() and word.startswith(self._tr_stems)),
            )
            if len(self._next_kinds_cache) >= 65536:
                self._next_kinds_cache.clear()
            self._next_kinds_cache[word] = kinds
        english, turkish = kinds
        if lang == "en":
            # (session 21, ennames) "Turkey's Libya envoy X": a place between the
            # trigger and the role (latin_at's after_place); the word after the next
            # one must start a role, latin_at then checks the place
            return english or self._role_after_next(folded, m.end())
        if english and lang != "tr":
            return True
        # Türkiye'nin Trablus Büyükelçisi: a suffix, look further
        return turkish or m.group(0).startswith(("'", "nin", "nın", "in"))

    def _role_after_next(self, folded: str, pos: int) -> bool:
        """Whether the word after the one ending at ``pos`` may start an English role."""
        m = _NEXT_WORD.match(folded, pos)
        return m is not None and m.group(1) in self._role_starts["en"]

    # -- generic actors ---------------------------------------------------------------

    def generic_ar(
        self, folded: str, nat_start: int, nat_end: int, country: str, accusative: bool = False
    ) -> Found | None:
        """NOUN (MODIFIER) NATIONALITY; with ``accusative`` every word ends in ا
        (وفدا عسكريا تركيا) and the nationality reads as the country name."""
        lex = self.lex
        if accusative and not folded[nat_start:nat_end].endswith("ا"):
            return None
        wide = None if accusative else self._generic_ar_from(folded, nat_start, nat_end, country)
        if wide is not None:
            # "وفد من المسؤولين الليبيين": the delegation, not its officials
            return wide
        before = tokens_before(folded, nat_start, 3)
        if accusative:
            if not all(t.text.endswith("ا") for t in before[-1:]):
                return None
            before = [
                Tok(t.start, t.end - 1, t.text[:-1]) if t.text.endswith("ا") else t for t in before
            ]
        if not before or gap(folded, before[-1].end, nat_start).strip(" ا"):
            return None
        for depth in (1, 2, 3):
            if depth > len(before):
                break
            tok = before[-depth]
            for keep, bare in lex.strip_arabic(tok.text):
                key = lex.nouns["ar"].get(bare)
                if key is not None:
                    between = before[len(before) - depth + 1 :]
                    if all(self._ar_modifier(t.text) for t in between) and self._tight(
                        folded, [tok, *between], accusative
                    ):
                        return Found(
                            "generic", tok.start + keep, nat_end, country, key, lex.noun_labels[key]
                        )
            if not self._ar_modifier(tok.text):
                break
        return None

    def _from_phrase_before(self, folded: str, pos: int) -> bool:
        """Cheap test for ``_generic_ar_from``: a "من" among the words before ``pos``
        that a delegation noun precedes."""
        most = self.lex.generic_from_max
        if not most:
            return False
        words = folded[max(0, pos - 16 * (most + 2)) : pos].split()[-(most + 2) :]
        nouns = self.lex.nouns["ar"]
        for i in range(1, len(words) - 1):
            if words[i] in self.lex.generic_from_words:
                noun = words[i - 1].removesuffix("ا")
                if any(
                    nouns.get(bare) in self.lex.generic_from_keys
                    for _keep, bare in self.lex.strip_arabic(noun)
                ):
                    return True
        return False

    def _generic_ar_from(
        self, folded: str, nat_start: int, nat_end: int, country: str
    ) -> Found | None:
        """NOUN من WORDS NATIONALITY: "وفد من رجال الأعمال والصناعيين الأتراك", "وفدا من
        المسؤولين الليبيين" (generic.yaml ``from_phrase``). The words are a noun phrase:
        each is definite (ال، وال، لل) or the head of a construct before a definite word
        (رجال الأعمال), with nothing but spaces between them, so a clause ("وفد من
        أنقرة يزور الليبيين") or a list ("وفد من تونس، والليبيين") stops it."""
        lex = self.lex
        most = lex.generic_from_max
        if not most:
            return None
        toks = [*tokens_before(folded, nat_start, most + 2), Tok(nat_start, nat_end, "")]
        # back from the nationality over the phrase's words to its "من"
        for at in range(len(toks) - 2, max(0, len(toks) - 3 - most), -1):
            tok, following = toks[at], toks[at + 1]
            if folded[tok.end : following.start].strip():
                return None  # punctuation: a list or a new clause
            if tok.text in lex.generic_from_words:
                if at == len(toks) - 2 or at == 0:
                    return None  # "من" right before the nationality, or no noun before
                noun = toks[at - 1]
                if folded[noun.end : tok.start].strip():
                    return None
                for keep, bare in lex.strip_arabic(noun.text.removesuffix("ا")):
                    key = lex.nouns["ar"].get(bare)
                    if key is not None and key in lex.generic_from_keys:
                        return Found(
                            "generic",
                            noun.start + keep,
                            nat_end,
                            country,
                            key,
                            lex.noun_labels[key],
                        )
                return None
            if not _definite_or_construct(tok.text, folded[following.start : following.end]):
                return None
        return None

    def _ar_modifier(self, token: str) -> bool:
        mods = self.lex.modifiers["ar"]
        return any(bare in mods for _k, bare in self.lex.strip_arabic(token))

    @staticmethod
    def _tight(folded: str, toks: list[Tok], accusative: bool = False) -> bool:
        strip = " ا" if accusative else " "
        return all(not folded[a.end : b.start].strip(strip) for a, b in itertools.pairwise(toks))

    def generic_latin(
        self, folded: str, nat_end: int, country: str, lang: str, after_possessive: bool = False
    ) -> Found | None:
        pos = nat_end
        if after_possessive:
            pos = nat_end + 2 if folded.startswith("'s", nat_end) else nat_end
        m = _TOKEN.search(folded, pos, min(len(folded), pos + 40 * _GENERIC_TOKENS))
        if m is None or not self._may_be_generic(folded, pos, m, lang):
            return None
        return self._generic_latin_from(folded, pos, m, country, lang)

    def _may_be_generic(self, folded: str, pos: int, first: re.Match[str], lang: str) -> bool:
        """Cheap first test: the first token (as tokens_after finds it) must be a noun
        or a modifier right after the nationality."""
        return (
            not gap(folded, pos, first.start()).strip()
            and self._first_kinds(first.group(), lang)[0]
        )

    def _generic_latin_from(
        self, folded: str, pos: int, first: re.Match[str], country: str, lang: str
    ) -> Found | None:
        """``generic_latin`` past its cheap test, ``first`` being the token at ``pos``
        that ``tokens_after(folded, pos, 3)`` starts with."""
        lex = self.lex
        nouns, mods = lex.nouns[lang], lex.modifiers[lang]
        # the walk on from the first token, as tokens_after would go on (the token
        # regex never matches empty nor looks behind), read only as far as needed
        rest = _TOKEN.finditer(folded, first.end(), min(len(folded), pos + 40 * _GENERIC_TOKENS))
        m = first
        for i in range(_GENERIC_TOKENS):
            if i:
                prev_end = m.end()
                following = next(rest, None)
                if following is None or gap(folded, prev_end, following.start()).strip():
                    return None
                m = following
            core = m.group().split("'", 1)[0]
            key = self._noun_key(core, nouns, lang)
            if key is not None:
                end = m.end() if lang == "en" else m.start() + len(core)
                return Found("generic", -1, end, country, key, lex.noun_labels[key])
            if core not in mods:
                return None
        return None

    def _noun_key(self, word: str, nouns: dict[str, str], lang: str) -> str | None:
        key = nouns.get(word)
        if key is not None or lang != "tr" or not word.startswith(self._tr_stems):
            return key
        for noun, k in nouns.items():  # Türk heyetiyle, Libyalı yetkililerle
            if word.startswith(noun) and word[len(noun) :] in self.lex.tr_suffixes:
                return k
        return None

    def latin_at(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        pos: int,
        country: str,
        lang: str,
        occupied: Callable[[int, int], str],
    ) -> tuple[Found, bool] | None:
        """``generic_latin`` at ``pos``, else ``person_latin``: the pattern found and
        whether it is a generic actor. Both start from the first token at ``pos``,
        searched here once."""
        n = len(folded)
        first = _TOKEN.search(folded, pos, min(n, pos + 40 * _PERSON_TOKENS))
        if first is None:
            return None
        # generic_latin searches a shorter reach: it finds the same token if that
        # ends within it, none if it starts beyond it, a cut one otherwise
        reach = min(n, pos + 40 * _GENERIC_TOKENS)
        generic_word, role_word = self._first_kinds(first.group(), lang)
        g = None
        if first.end() <= reach:
            if generic_word and not gap(folded, pos, first.start()).strip():
                g = self._generic_latin_from(folded, pos, first, country, lang)
        elif first.start() < reach:
            g = self.generic_latin(folded, pos, country, lang)
        if g is not None:
            return g, True
        # the role starts at the first token, or in Turkish after a place
        # (English too: "Turkey's Libya envoy X", "TIKA's Libya coordinator, X")
        after_place = lang in ("tr", "en") and occupied(first.start(), first.end()) == "place"
        if not (role_word or after_place):
            return None
        p = self._person_latin_from(
            folded, display, to_display, pos, first, after_place, country, lang, occupied
        )
        return (p, False) if p is not None else None

    def _first_kinds(self, word: str, lang: str) -> tuple[bool, bool]:
        """Whether a generic actor (a noun or a modifier, its suffix aside), an
        official's role may start at this first token after a trigger."""
        cache = self._first_kinds_cache[lang]
        kinds = cache.get(word)
        if kinds is None:
            core = word.split("'", 1)[0]
            lex = self.lex
            kinds = (
                core in lex.modifiers[lang]
                or core in lex.nouns[lang]
                or (lang == "tr" and core.startswith(self._tr_stems)),
                word in self._role_starts[lang],
            )
            if len(cache) >= 65536:
                cache.clear()
            cache[word] = kinds
        return kinds

    # -- officials found by pattern ---------------------------------------------------

    def person_ar(
        self,
        folded: str,
        nat_start: int,
        nat_end: int,
        country: str,
        occupied: Callable[[int, int], str],
    ) -> Found | None:
        lex = self.lex
        # the name starts at the first token after the nationality (as tokens_after
        # reads it) unless a place link or a rank comes first: a word no name starts
        # with or a name some hit takes (هاكان فيدان) ends it at once. The usual
        # failure, so tested before the role.
        first = _TOKEN.search(folded, nat_end, min(len(folded), nat_end + 40 * _AR_AFTER_TOKENS))
        if first is None:
            return None  # nothing after the nationality: no name
        tok = _tok(Tok, (first.start(), first.end(), first.group()))
        name_here = (
            tok.text not in lex.place_links["ar"] and tok.text not in self._rank_firsts["ar"]
        )
        if name_here and (
            tok.text.startswith("ال")
            or not self._ar_name_word(tok, lex.name_stopwords["ar"], occupied)
            or _preposition_and_article(tok.text)
        ):
            return None
        before = tokens_before(folded, nat_start, lex.role_max_tokens)
        if not before or folded[before[-1].end : nat_start].strip():
            return None  # the role must end right before the nationality
        # the longest run of tokens ending there with nothing but spaces between
        tight = 1
        while tight < len(before) and not folded[
            before[-tight - 1].end : before[-tight].start
        ].strip(" "):
            tight += 1
        rests = self._ar_role_rests
        role = None
        for length in range(min(len(before), lex.role_max_tokens, tight), 0, -1):
            toks = before[-length:]
            rest = " ".join(t.text for t in toks[1:])
            if rests is not None and rest not in rests:
                continue  # no role phrase goes on like this
            for _keep, bare in lex.strip_arabic(toks[0].text):
                phrase = f"{bare} {rest}".strip()
                if phrase in lex.roles["ar"]:
                    role = lex.roles["ar"][phrase]
                    break
            if role:
                break
        if role is None:
            return None
        toks = tokens_after(folded, nat_end, _AR_AFTER_TOKENS)
        i = 0
        # optional: لدى|في PLACE, or a place with a proclitic (بليبيا)
        if i < len(toks) and toks[i].text in lex.place_links["ar"]:
            if role in lex.roles_without_place:
                return None  # نظيره اليوناني في أثينا، وبحثا: where they met
            i += 1
            if i < len(toks) and occupied(toks[i].start, toks[i].end) == "place":
                i += 1
            else:
                return None
        # optional rank (one or two tokens)
        for width in (2, 1):
            phrase = " ".join(t.text for t in toks[i : i + width])
            if len(toks[i : i + width]) == width and phrase in lex.ranks["ar"]:
                i += width
                break
        return self._name_ar(folded, toks[i:], country, role, occupied)

    def _name_ar(
        self,
        folded: str,
        toks: list[Tok],
        country: str,
        role: str,
        occupied: Callable[[int, int], str],
    ) -> Found | None:
        lex = self.lex
        stops, particles = lex.name_stopwords["ar"], lex.name_particles["ar"]
        name: list[Tok] = []
        units = 0
        for tok in toks[:5]:
            if name and folded[name[-1].end : tok.start].strip():
                break
            word = tok.text
            if not self._ar_name_word(tok, stops, occupied):
                break
            if not name and (
                word.startswith("ال")
                or _preposition_and_article(word)
                or not name_shape("ar").may_begin_name(word)
            ):
                break  # a clause goes on after the title: سيعيد فتح, عدة لقاءات
            name.append(tok)
            if word in particles:
                continue  # عبد الرزاق, بن قدارة: the particle joins the next word
            units += 1
            if units == 2:
                # a trailing particle still belongs to the name (كيرامانلي أوغلو)
                k = toks.index(tok) + 1
                nxt = toks[k] if k < len(toks) else None
                if (
                    nxt is not None
                    and nxt.text in particles
                    and not folded[tok.end : nxt.start].strip()
                ):
                    name.append(nxt)
                break
        if units < 2 or name[-1].text in particles - {"اوغلو"}:
            return None
        return self._person(name, country, role)

    def person_latin(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        trigger_end: int,
        country: str,
        lang: str,
        occupied: Callable[[int, int], str],
    ) -> Found | None:
        endpos = min(len(folded), trigger_end + 40 * _PERSON_TOKENS)
        m = _TOKEN.search(folded, trigger_end, endpos)
        if m is None:
            return None
        after_place = lang in ("tr", "en") and occupied(m.start(), m.end()) == "place"
        return self._person_latin_from(
            folded, display, to_display, trigger_end, m, after_place, country, lang, occupied
        )

    def _person_latin_from(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        trigger_end: int,
        first: re.Match[str],
        after_place: bool,
        country: str,
        lang: str,
        occupied: Callable[[int, int], str],
    ) -> Found | None:
        """``person_latin`` from the first token after the trigger (as
        ``tokens_after(folded, trigger_end, 14)`` finds it), ``after_place`` when in
        Turkish a place takes it."""
        lex = self.lex
        # cheap first test: the token a role would start at must be a first word of
        # a role phrase
        endpos = min(len(folded), trigger_end + 40 * _PERSON_TOKENS)
        m = first
        if after_place:  # Türkiye'nin Trablus Büyükelçisi
            after = _TOKEN.search(folded, first.end(), endpos)
            if after is None:
                return None
            m = after
        if m.group() not in self._role_starts[lang]:
            return None
        # tokens as tokens_after reads them, but only as many as the role may take
        # before the role is known: most triggers have none
        found = _TOKEN.finditer(folded, trigger_end, endpos)
        i = 1 if after_place else 0
        head = min(_PERSON_TOKENS, i + lex.role_max_tokens)
        toks = [_tok(Tok, (t.start(), t.end(), t.group())) for t in islice(found, head)]
        role, i = self._role_latin(toks, i, lang)
        if role is None:
            return None
        if i == len(toks) < _PERSON_TOKENS:  # the role took every token read so far
            toks += [_tok(Tok, (t.start(), t.end(), t.group())) for t in islice(found, 1)]
        if i == len(toks):
            return None  # nothing after the role: no name
        stops, particles = lex.name_stopwords[lang], lex.name_particles[lang]
        tok = toks[i]
        # the name starts here unless a place link or a rank comes first: a lowercase
        # word or a name some hit takes (told reporters, Hanna Tetteh) ends it at once
        name_here = (
            tok.text not in lex.place_links[lang] and tok.text not in self._rank_firsts[lang]
        )
        if name_here and (
            folded[toks[i - 1].end if i else trigger_end : tok.start].strip(" ,")
            or self._name_word(display, to_display, tok, stops, particles, occupied) is None
        ):
            return None
        toks += [
            _tok(Tok, (t.start(), t.end(), t.group()))
            for t in islice(found, _PERSON_TOKENS - len(toks))
        ]
        if lang == "en" and i < len(toks) and toks[i].text in lex.place_links["en"]:
            i += 1
            while i < len(toks) and occupied(toks[i].start, toks[i].end) == "place":
                i += 1
        for width in (3, 2, 1):
            phrase = " ".join(t.text for t in toks[i : i + width])
            if len(toks[i : i + width]) == width and phrase in lex.ranks[lang]:
                i += width
                break
        name: list[Tok] = []
        for tok in toks[i : i + 5]:
            # a name goes on over spaces only: punctuation or a line break (a heading,
            # a paragraph's first word) ends it
            if name and (
                folded[name[-1].end : tok.start].strip() or "\n" in folded[name[-1].end : tok.start]
            ):
                break
            if not name and folded[toks[i - 1].end if i else trigger_end : tok.start].strip(" ,"):
                break
            word = self._name_word(display, to_display, tok, stops, particles, occupied)
            if word is None:
                break
            name.append(Tok(tok.start, tok.core_end, word))
            if tok.text != tok.core:  # Begeç'le: a suffix ends the name
                break
        while name and name[-1].text in particles:
            name.pop()
        if len(name) < 2:
            return None
        if not name_shape(lang).may_begin_name(name[0].text):
            return None  # a capitalised document or body after the title: Mutabakat Muhtırası
        return self._person(name, country, role)

    @staticmethod
    def _name_word(
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        tok: Tok,
        stops: frozenset[str],
        particles: frozenset[str],
        occupied: Callable[[int, int], str],
    ) -> str | None:
        """The word of a Latin-script token that may be part of an official's name
        (capitalised or a particle, no stopword, no hit on it), else None."""
        word = tok.core
        d0, _ = to_display(tok.start, tok.end)
        particle = (word.split("-")[0] in particles and "-" in word) or word in particles
        if word in stops or occupied(tok.start, tok.end):
            return None
        if not (display[d0 : d0 + 1].isupper() or particle):
            return None
        return word

    def _role_latin(self, toks: list[Tok], i: int, lang: str) -> tuple[str | None, int]:
        roles = self.lex.roles[lang]
        top = min(self.lex.role_max_tokens, len(toks) - i)
        sizes = self._role_sizes.get(lang)
        if sizes is not None and top > 0:
            # only the phrase lengths some role starting with that word has
            first = toks[i].text
            own = sizes.get(first, ())
            deputy_sizes: frozenset[int] | tuple[()] = ()
            if first in ("deputy", "vice") and i + 1 < len(toks):
                deputy_sizes = sizes.get(toks[i + 1].text, ())
            for length in range(top, 0, -1):
                if length in own:
                    phrase = " ".join(t.text for t in toks[i : i + length])
                    if phrase in roles:
                        return roles[phrase], i + length
                if length - 1 in deputy_sizes:
                    deputy = " ".join(t.text for t in toks[i + 1 : i + length])
                    if deputy in roles:
                        return "deputy " + roles[deputy], i + length
            return None, i
        for length in range(top, 0, -1):
            phrase = " ".join(t.text for t in toks[i : i + length])
            if phrase in roles:
                return roles[phrase], i + length
            deputy = " ".join(t.text for t in toks[i + 1 : i + length])
            if toks[i].text in ("deputy", "vice") and deputy in roles:
                return "deputy " + roles[deputy], i + length
        return None, i

    def _ar_name_word(
        self, tok: Tok, stops: frozenset[str], occupied: Callable[[int, int], str]
    ) -> bool:
        """Whether an Arabic token may be part of an official's name."""
        word = tok.text
        return not (
            not _ARABIC_WORD.match(word)
            or len(word) < 2
            or word in stops
            or word in self.lex.nationalities
            or word.split()[0] in self._roles_first["ar"]
            or self._clitic_role_or_stop(word, stops)
            or occupied(tok.start, tok.end)
        )

    def _clitic_role_or_stop(self, word: str, stops: frozenset[str]) -> bool:
        """A stop word or a role's first word behind a proclitic (بوزير, ولرئيس): the
        clause goes on after the name ("السفير التركي بيقتش بوزير الخارجية")."""
        return any(
            word[:n] in self.lex.prefixes_plain
            and len(word) - n >= 2
            and (word[n:] in stops or word[n:] in self._roles_first["ar"])
            for n in (1, 2)
        )

    @staticmethod
    def _person(name: list[Tok], country: str, role: str) -> Found:
        key = "-".join(_NOT_IN_SLUG.sub("", t.text.split("'")[0]) for t in name)
        return Found(
            "person",
            name[0].start,
            name[-1].end,
            country,
            key,
            role,
            tuple((t.start, t.end) for t in name),
        )
