"""Names learned from the stream: officials the KB does not know, found by a role
pattern ("Libyan Deputy Prime Minister X", "نائب رئيس المجلس الرئاسي X", "Libya
Başbakan Yardımcısı X"), linked when a later article names them without the title.

State lives in a store that is the only source of truth (like the dedup index's):
one entry per learned name, keyed by the pattern's slug, a plain JSON value always
replaced, never mutated, so a Faust table writes its changelog:

``{"v": 1, "name": display name, "tokens": [folded tokens], "country": "LY",
"role": "deputy prime minister", "lang": "en", "n": articles seen in,
"first_article": id, "first_seen": ISO time, "last_seen": ISO time,
"recent": [the last few article ids]}``

A learned name links an article's bare mentions only once ``n`` reaches
``min_evidence`` distinct articles (a redelivered article is not counted twice),
and a pattern match is learned only if it looks like a person's name: two tokens
or more, capitalised (Latin script) or Arabic letters, no role, rank, nationality
or stop word in it, not all common words, and not already a KB alias. The id of a
learned person is the pattern's own, ``person:pattern:<slug>``, so the titled and
the bare mentions in different articles are one participant for the contact
registry; ``found_by`` tells them apart (``pattern`` / ``learned``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any

from schemas import Entity, EntityType, Mention
from wirewatch.core.entities.kb import KnowledgeBase, alias_key
from wirewatch.core.entities.lexicon import Lexicons
from wirewatch.core.textfold import fold, fold_char_string

_SCHEMA = 1
PATTERN_PREFIX = "person:pattern:"
#: Distinct articles a name must be found in by a role pattern before bare mentions link.
MIN_EVIDENCE = 2
#: Article ids kept per entry to tell a redelivery from a new article.
_RECENT = 8
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
#: Up to this many learned first words, ``link`` rules them out by substring search.
_SUBSTRING_CHECK_MAX = 64
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


@dataclass(frozen=True, slots=True)
class LearnedName:
    slug: str
    name: str
    tokens: tuple[str, ...]
    country: str | None
    role: str | None
    count: int
    first_article: str
    first_seen: str
    last_seen: str

    @classmethod
    def from_entry(cls, slug: str, entry: dict[str, Any]) -> LearnedName:
        return cls(
            slug,
            entry["name"],
            tuple(entry["tokens"]),
            entry.get("country"),
            entry.get("role"),
            int(entry["n"]),
            entry["first_article"],
            entry["first_seen"],
            entry["last_seen"],
        )


class NameGuard:
    """Whether a name found by a role pattern may be learned."""

    def __init__(self, kb_keys: Iterable[str], lex: Lexicons) -> None:
        self.kb_keys = frozenset(kb_keys)
        words: set[str] = set()
        for lang in ("ar", "en", "tr"):
            words |= lex.name_stopwords[lang]
            for phrase in (*lex.roles[lang], *lex.ranks[lang], *lex.nouns[lang]):
                words.update(phrase.split())
        words |= set(lex.nationalities)
        self.banned = frozenset(words)
        self.common = frozenset().union(*lex.common_words.values())
        self.particles = frozenset().union(*lex.name_particles.values())
        self.lex = lex

    def _particle(self, token: str) -> bool:
        """A lowercase part of a name, as the role patterns take it (al, bin, al-Zwai)."""
        return token in self.particles or (
            "-" in token and token.split("-", 1)[0] in self.particles
        )

    @classmethod
    def from_kb(cls, kb: KnowledgeBase, lex: Lexicons) -> NameGuard:
        keys = {
            alias_key(alias)
            for ent in kb.entities
            for group in (ent.aliases, ent.local, ent.weak, ent.surnames)
            for _lang, alias in group.items()
        }
        keys |= {alias_key(ent.name) for ent in kb.entities}
        return cls(keys, lex)

    def tokens(self, name: str) -> tuple[str, ...] | None:
        """The name's folded tokens if it may be learned, else None."""
        key = alias_key(name)
        tokens = tuple(key.split())
        if len(tokens) < 2 or key in self.kb_keys:
            return None
        display = name.split()
        if len(display) != len(tokens):
            return None
        if all(t in self.common for t in tokens):
            return None
        for shown, token in zip(display, tokens, strict=True):
            if len(token) < 2 or not _TOKEN.fullmatch(token):
                return None
            readings = {token}
            if _ARABIC.match(token):
                readings |= {bare for _keep, bare in self.lex.strip_arabic(token)}
            elif not (shown[:1].isupper() or self._particle(token)):
                return None
            if readings & self.banned:
                return None
        return tokens


class LearnedNames:
    """Learned names over ``store``; the index of names ready to link is derived."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        guard: NameGuard,
        min_evidence: int = MIN_EVIDENCE,
    ) -> None:
        self.store = store
        self.guard = guard
        self.min_evidence = min_evidence
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.rebuild()

    def rebuild(self) -> int:
        """Derive the index from the store (after a recovery); returns names ready."""
        self._by_first = {}
        for slug in list(self.store):
            entry = self.store[slug]
            if int(entry.get("n", 0)) >= self.min_evidence:
                self._index(slug, entry)
        return sum(len(v) for v in self._by_first.values())

    def _index(self, slug: str, entry: dict[str, Any]) -> None:
        tokens = tuple(entry["tokens"])
        names = self._by_first.setdefault(tokens[0], [])
        if (tokens, slug) not in names:
            names.append((tokens, slug))
            names.sort(key=lambda item: -len(item[0]))  # the longest name first

    def __len__(self) -> int:
        return len(self.store)

    def names(self) -> list[LearnedName]:
        return [LearnedName.from_entry(slug, self.store[slug]) for slug in list(self.store)]

    # -- learning ---------------------------------------------------------------------

    def observe(
        self, article_id: str, seen_at: datetime, lang: str | None, entities: Iterable[Any]
    ) -> list[str]:
        """Learn the officials an article's role patterns found; returns their slugs.

        ``entities`` are the article's (models or their JSON documents)."""
        learned: list[str] = []
        for entity in entities:
            doc = entity if isinstance(entity, dict) else entity.model_dump(mode="json")
            entity_id = doc.get("id", "")
            if doc.get("found_by") != "pattern" or not entity_id.startswith(PATTERN_PREFIX):
                continue
            if doc.get("type") != EntityType.PERSON.value:
                continue
            tokens = self.guard.tokens(doc.get("name") or "")
            if tokens is None:
                continue
            slug = entity_id[len(PATTERN_PREFIX) :]
            if self._count(slug, article_id, seen_at, lang, doc, tokens):
                learned.append(slug)
        return learned

    def _count(
        self,
        slug: str,
        article_id: str,
        seen_at: datetime,
        lang: str | None,
        doc: dict[str, Any],
        tokens: tuple[str, ...],
    ) -> bool:
        when = seen_at.isoformat()
        entry = self.store.get(slug)
        if entry is None:
            entry = {
                "v": _SCHEMA,
                "name": doc["name"],
                "tokens": list(tokens),
                "country": doc.get("country"),
                "role": doc.get("role"),
                "lang": lang,
                "n": 1,
                "first_article": article_id,
                "first_seen": when,
                "last_seen": when,
                "recent": [article_id],
            }
        elif article_id in entry.get("recent", ()):
            return False  # the same article again (a redelivery): no new evidence
        else:
            entry = {
                **entry,
                "n": int(entry["n"]) + 1,
                "last_seen": max(entry["last_seen"], when),
                "recent": [*entry.get("recent", ())[-(_RECENT - 1) :], article_id],
            }
        self.store[slug] = entry  # a whole new value: the changelog sees the change
        if int(entry["n"]) >= self.min_evidence:
            self._index(slug, entry)
        return True

    # -- linking ----------------------------------------------------------------------

    def link(self, text: str, entities: list[Any]) -> list[Entity]:
        """Learned persons named in ``text`` (display) that ``entities`` (models or
        JSON documents) do not hold, with their mentions; [] when none."""
        if not self._by_first or not text:
            return []
        folded = fold_char_string(text)
        # Most articles name no learned first word, and tokenising costs more than the
        # rest of this stage: with few names, a substring search rules them out first.
        if len(self._by_first) <= _SUBSTRING_CHECK_MAX and not any(
            word in folded for word in self._by_first
        ):
            return []
        firsts = self._by_first.keys() & set(_TOKEN.findall(folded))
        if not firsts:
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        docs = [e if isinstance(e, dict) else e.model_dump(mode="json") for e in entities]
        present = {d["id"] for d in docs}
        taken = [(m["start"], m["end"]) for d in docs for m in d.get("mentions", ())]
        view = None
        found: dict[str, list[tuple[int, int]]] = {}
        i = 0
        while i < len(tokens):
            start, _end, word = tokens[i]
            match = None
            if word in firsts:
                for names, slug in self._by_first[word]:
                    window = tokens[i : i + len(names)]
                    if tuple(t[2] for t in window) == names and _tight(folded, window):
                        match = (len(names), slug, window[-1][1])
                        break
            if match is None:
                i += 1
                continue
            size, slug, end = match
            i += size
            if slug in present or PATTERN_PREFIX + slug in present:
                continue
            view = view or fold(text)
            d0, d1 = view.to_display(start, end)
            if any(a < d1 and d0 < b for a, b in taken):
                continue  # inside a name found already
            if not _ARABIC.match(word) and not text[d0 : d0 + 1].isupper():
                continue  # Latin-script names are capitalised
            found.setdefault(slug, []).append((d0, d1))
        out = []
        for slug, spans in found.items():
            entry = self.store[slug]
            out.append(
                Entity(
                    id=PATTERN_PREFIX + slug,
                    type=EntityType.PERSON,
                    name=entry["name"],
                    country=entry.get("country"),
                    role=entry.get("role"),
                    found_by="learned",
                    mentions=tuple(Mention(text=text[a:b], start=a, end=b) for a, b in spans),
                )
            )
        return out


def _tight(folded: str, window: list[tuple[int, int, str]]) -> bool:
    """Tokens of one name: nothing but a space between them."""
    return all(folded[a[1] : b[0]] == " " for a, b in pairwise(window))
