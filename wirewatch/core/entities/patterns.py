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
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from wirewatch.core.entities.lexicon import Lexicons

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_NEXT_WORD = re.compile(r"(?:'[^\W_]+|[^\W_]*)?[\s,]*([^\W_]+)")


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


def tokens_before(folded: str, pos: int, count: int) -> list[Tok]:
    base = max(0, pos - 16 * count)
    found = list(_TOKEN.finditer(folded, base, pos))
    if found and base > 0 and found[0].start() == base and folded[base - 1].isalnum():
        found = found[1:]  # cut in the middle of a word
    return [_tok(Tok, (m.start(), m.end(), m.group())) for m in found[-count:]]


def gap(folded: str, a: int, b: int) -> str:
    return folded[a:b]


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
        ar_words = set(lex.nouns["ar"]) | set(lex.modifiers["ar"])
        ar_words |= {p.split()[-1] for p in lex.roles["ar"]}
        self._ar_prev = frozenset(ar_words | {"ال" + w for w in ar_words})
        self._ar_prev_cache: dict[str, bool] = {}  # word before a hit -> may fire

    def may_fire(self, folded: str, hit, lang: str | None) -> bool:
        """Cheap test: can a generic actor or an official pattern start at this hit?"""
        if hit.info.arabic:
            words = folded[max(0, hit.start - 40) : hit.start].split()
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
            return ok
        m = _NEXT_WORD.match(folded, hit.end)
        if m is None:
            return False
        word = m.group(1)
        for pl in ("en", "tr") if lang not in ("en", "tr") else (lang,):
            if word in self._next_words[pl]:
                return True
            if pl == "tr" and (word[:1].isalpha() and (word.startswith(self._tr_stems))):
                return True
            if pl == "tr" and m.group(0).startswith(("'", "nin", "nın", "in")):
                return True  # Türkiye'nin Trablus Büyükelçisi: look further
        return False

    # -- generic actors ---------------------------------------------------------------

    def generic_ar(
        self, folded: str, nat_start: int, nat_end: int, country: str, accusative: bool = False
    ) -> Found | None:
        """NOUN (MODIFIER) NATIONALITY; with ``accusative`` every word ends in ا
        (وفدا عسكريا تركيا) and the nationality reads as the country name."""
        lex = self.lex
        if accusative and not folded[nat_start:nat_end].endswith("ا"):
            return None
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
        lex = self.lex
        pos = nat_end
        if after_possessive:
            pos = nat_end + 2 if folded.startswith("'s", nat_end) else nat_end
        # cheap first test: the first token (as tokens_after finds it) must be a
        # noun or a modifier right after the nationality
        m = _TOKEN.search(folded, pos, min(len(folded), pos + 120))
        if m is None or gap(folded, pos, m.start()).strip():
            return None
        first = m.group().split("'", 1)[0]
        if (
            first not in lex.modifiers[lang]
            and first not in lex.nouns[lang]
            and not (lang == "tr" and first.startswith(self._tr_stems))
        ):
            return None
        toks = tokens_after(folded, pos, 3)
        if not toks or gap(folded, pos, toks[0].start).strip():
            return None
        nouns, mods = lex.nouns[lang], lex.modifiers[lang]
        i = 0
        while i < len(toks):
            tok = toks[i]
            if i and gap(folded, toks[i - 1].end, tok.start).strip():
                return None
            key = self._noun_key(tok.core, nouns, lang)
            if key is not None:
                end = tok.end if lang == "en" else tok.core_end
                return Found("generic", -1, end, country, key, lex.noun_labels[key])
            if tok.core not in mods or i == 2:
                return None
            i += 1
        return None

    def _noun_key(self, word: str, nouns: dict[str, str], lang: str) -> str | None:
        key = nouns.get(word)
        if key is not None or lang != "tr" or not word.startswith(self._tr_stems):
            return key
        for noun, k in nouns.items():  # Türk heyetiyle, Libyalı yetkililerle
            if word.startswith(noun) and word[len(noun) :] in self.lex.tr_suffixes:
                return k
        return None

    # -- officials found by pattern ---------------------------------------------------

    def person_ar(
        self, folded: str, nat_start: int, nat_end: int, country: str, occupied
    ) -> Found | None:
        lex = self.lex
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
            for _keep, first in lex.strip_arabic(toks[0].text):
                phrase = f"{first} {rest}".strip()
                if phrase in lex.roles["ar"]:
                    role = lex.roles["ar"][phrase]
                    break
            if role:
                break
        if role is None:
            return None
        toks = tokens_after(folded, nat_end, 9)
        i = 0
        # optional: لدى|في PLACE, or a place with a proclitic (بليبيا)
        if i < len(toks) and toks[i].text in lex.place_links["ar"]:
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

    def _name_ar(self, folded, toks: list[Tok], country, role, occupied) -> Found | None:
        lex = self.lex
        stops, particles = lex.name_stopwords["ar"], lex.name_particles["ar"]
        name: list[Tok] = []
        units = 0
        for tok in toks[:5]:
            if name and folded[name[-1].end : tok.start].strip():
                break
            word = tok.text
            if (
                not _ARABIC_WORD.match(word)
                or len(word) < 2
                or word in stops
                or word in lex.nationalities
                or word.split()[0] in self._roles_first["ar"]
                or occupied(tok.start, tok.end)
            ):
                break
            if not name and word.startswith("ال"):
                break
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
        to_display,
        trigger_end: int,
        country: str,
        lang: str,
        occupied,
    ) -> Found | None:
        lex = self.lex
        # cheap first test: the token a role would start at (as tokens_after finds
        # it) must be a first word of a role phrase
        endpos = min(len(folded), trigger_end + 40 * 14)
        m = _TOKEN.search(folded, trigger_end, endpos)
        if m is None:
            return None
        if lang == "tr" and occupied(m.start(), m.end()) == "place":
            m = _TOKEN.search(folded, m.end(), endpos)
            if m is None:
                return None
        if m.group() not in self._role_starts[lang]:
            return None
        toks = tokens_after(folded, trigger_end, 14)
        if not toks:
            return None
        i = 0
        if lang == "tr" and occupied(toks[0].start, toks[0].end) == "place":
            i = 1  # Türkiye'nin Trablus Büyükelçisi
        role, i = self._role_latin(toks, i, lang)
        if role is None:
            return None
        if lang == "en" and i < len(toks) and toks[i].text in lex.place_links["en"]:
            i += 1
            while i < len(toks) and occupied(toks[i].start, toks[i].end) == "place":
                i += 1
        for width in (3, 2, 1):
            phrase = " ".join(t.text for t in toks[i : i + width])
            if len(toks[i : i + width]) == width and phrase in lex.ranks[lang]:
                i += width
                break
        stops, particles = lex.name_stopwords[lang], lex.name_particles[lang]
        name: list[Tok] = []
        for tok in toks[i : i + 5]:
            if name and folded[name[-1].end : tok.start].strip():
                break
            if not name and folded[toks[i - 1].end if i else trigger_end : tok.start].strip(" ,"):
                break
            word = tok.core
            d0, _ = to_display(tok.start, tok.end)
            head = display[d0 : d0 + 1]
            particle = (word.split("-")[0] in particles and "-" in word) or word in particles
            if word in stops or occupied(tok.start, tok.end):
                break
            if not (head.isupper() or particle):
                break
            name.append(Tok(tok.start, tok.core_end, word))
            if tok.text != tok.core:  # Begeç'le: a suffix ends the name
                break
        while name and name[-1].text in particles:
            name.pop()
        if len(name) < 2:
            return None
        return self._person(name, country, role)

    def _role_latin(self, toks: list[Tok], i: int, lang: str) -> tuple[str | None, int]:
        roles = self.lex.roles[lang]
        top = min(self.lex.role_max_tokens, len(toks) - i)
        sizes = self._role_sizes.get(lang)
        if sizes is not None and top > 0:
            # only the phrase lengths some role starting with that word has
            first = toks[i].text
            own = sizes.get(first, ())
            deputy_sizes = ()
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

    @staticmethod
    def _person(name: list[Tok], country: str, role: str) -> Found:
        key = "-".join(re.sub(r"[^\w-]", "", t.text.split("'")[0]) for t in name)
        return Found(
            "person",
            name[0].start,
            name[-1].end,
            country,
            key,
            role,
            tuple((t.start, t.end) for t in name),
        )
