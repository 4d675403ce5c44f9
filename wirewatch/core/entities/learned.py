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

State is bounded (issue #12), on **stream time** as the dedup index's window is: the
newest publication time stated by an article that brought evidence, not later than
its arrival (``FUTURE_SKEW_S``); undated and future-dated articles never move it,
and their evidence counts as seen at the stream time of their turn (0 before any
dated evidence). Each entry's ``"t"`` is its newest evidence on that clock. The
rule: *after each article's evidence is counted, an entry that has not reached
``min_evidence`` and whose newest evidence is more than ``pending_days`` older than
stream time is dropped; then, while more than ``max_names`` names are kept, the
pending entry with the oldest evidence is dropped, and a ready (linking) one only
when no pending one is left (oldest first, logged)*. Ties go by slug. Evidence
counts only inside the window and when newer than any the cap has dropped (the
cap's floor): older evidence (a late article, a redelivery of an article whose name
was dropped since) would be the first to go again, so it learns nothing, for a new
name or a kept one. Stream time and the floor are kept in the store under
``CLOCK_KEY`` (no slug has a ``#``), written before the entries they date or drop,
so a restart resumes them. All of it depends on the order of articles and the store
alone, never on the wall clock or on when a process started, so the live agent and
``wirewatch process`` keep the same names and give the same links, and a
redelivered article gets the links it got and changes nothing it did not change the
first time. One exception, kept for the evidence undated articles bring: an undated
article redelivered after stream time moved past its name's window (so after the
name was dropped) is placed at the new stream time and learns the name afresh, as
pending with one article. Drops are deletions through the store, so a Faust table
writes a tombstone to its changelog.
"""

from __future__ import annotations

import heapq
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from schemas import Entity, EntityType, Mention
from wirewatch.core.dedup.index import FUTURE_SKEW_S
from wirewatch.core.entities.kb import KnowledgeBase, alias_key
from wirewatch.core.entities.lexicon import Lexicons
from wirewatch.core.textfold import fold, fold_char_string

log = logging.getLogger(__name__)

_SCHEMA = 1
PATTERN_PREFIX = "person:pattern:"
#: Persons found by their name's shape alone (no title, no country known): a learned
#: name of the same span is the better reading and takes their place.
SHAPE_PREFIX = "person:shape:"
#: What a shape-found person's key leaves out of the name: all but letters, digits,
#: ``_`` and hyphens (a quote, an apostrophe, a dot).
_NOT_IN_SHAPE_KEY = re.compile(r"[^\w-]")


def shape_key(folded_name: str) -> str:
    """The id of a person found by his name's shape (the name-shape passes, a byline,
    a profession's full name): ``SHAPE_PREFIX`` and the folded name, spaces as
    hyphens. Built here alone, so that every pass gives one person one id (a byline's
    reporter and the same name found by shape are one entity)."""
    return SHAPE_PREFIX + _NOT_IN_SHAPE_KEY.sub("", folded_name.replace(" ", "-"))


#: Distinct articles a name must be found in by a role pattern before bare mentions link.
MIN_EVIDENCE = 2
#: Article ids kept per entry to tell a redelivery from a new article.
_RECENT = 8
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
#: Up to this many learned first words, ``link`` rules them out by substring search.
_SUBSTRING_CHECK_MAX = 64
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
#: The store key of the table's clock: ``{"v": 1, "t": stream time, "cap": the newest
#: evidence the cap has dropped}`` (epoch seconds; ``cap`` absent until it drops one).
#: A slug is word characters and hyphens, so no name can take it.
CLOCK_KEY = "#clock"
#: A pending name whose newest evidence is this much older than stream time is dropped.
PENDING_DAYS = 30.0
#: Names kept at most; past it the oldest pending ones go first.
MAX_NAMES = 20_000
#: Why an entry was dropped (the values of ``on_evict``'s first argument).
EVICTION_RULES = ("pending_expired", "cap_pending", "cap_ready")


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


def stored_entries(store: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(slug, entry) of every learned name in ``store`` (its clock entry left out)."""
    for slug, entry in store.items():
        if slug != CLOCK_KEY and isinstance(entry, dict):
            yield slug, entry


def _epoch(when: datetime) -> float:
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def _evidence_time(entry: dict[str, Any]) -> float:
    """The entry's newest evidence on stream time (entries written before bounded state
    carry no ``"t"``: their ``last_seen`` stands in)."""
    if "t" in entry:
        return float(entry["t"])
    return _epoch(datetime.fromisoformat(entry["last_seen"]))


@dataclass(frozen=True, slots=True)
class _Kept:
    """What eviction needs of an entry, derived from the store like the link index."""

    evidence: float
    ready: bool
    tokens: tuple[str, ...]


class LearnedNames:
    """Learned names over ``store``; the index of names ready to link, stream time and
    the eviction order are derived from it (``rebuild``)."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        guard: NameGuard,
        min_evidence: int = MIN_EVIDENCE,
        pending_days: float = PENDING_DAYS,
        max_names: int = MAX_NAMES,
        on_evict: Callable[[str, int], None] | None = None,
    ) -> None:
        if pending_days <= 0 or max_names < 1:
            raise ValueError("pending_days must be > 0 and max_names >= 1")
        self.store = store
        self.guard = guard
        self.min_evidence = min_evidence
        self.pending_window_s = pending_days * 86400.0
        self.max_names = max_names
        #: Called with (rule, count) after each article whose evidence dropped names.
        self.on_evict = on_evict
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._kept: dict[str, _Kept] = {}
        # (evidence time, slug) of pending and of ready entries; an entry updated since
        # is pushed again and its old item skipped when popped (lazy deletion).
        self._pending: list[tuple[float, str]] = []
        self._ready: list[tuple[float, str]] = []
        #: The newest trusted publication time evidence came with (epoch s); 0: none yet.
        self.stream_time = 0.0
        #: The newest evidence the cap has dropped: evidence no newer counts for nothing.
        self.cap_floor = float("-inf")
        self.rebuild()

    def rebuild(self) -> int:
        """Derive the index from the store (after a recovery); returns names ready."""
        self._by_first = {}
        self._kept = {}
        stream_time, self.cap_floor = 0.0, float("-inf")
        for slug, entry in self.store.items():
            if slug == CLOCK_KEY:
                if isinstance(entry, dict):
                    stream_time = max(stream_time, float(entry.get("t", 0.0)))
                    self.cap_floor = float(entry.get("cap", self.cap_floor))
                continue
            if not isinstance(entry, dict):
                continue
            kept = self._keep(slug, entry)
            if "t" in entry:  # a legacy entry's last_seen may be an arrival: not trusted
                stream_time = max(stream_time, kept.evidence)
        self.stream_time = stream_time
        self._reorder()
        return sum(len(v) for v in self._by_first.values())

    def _keep(self, slug: str, entry: dict[str, Any]) -> _Kept:
        kept = _Kept(
            _evidence_time(entry),
            int(entry.get("n", 0)) >= self.min_evidence,
            tuple(entry["tokens"]),
        )
        self._kept[slug] = kept
        if kept.ready:
            self._index(slug, entry)
        return kept

    def _reorder(self) -> None:
        """The eviction heaps afresh from ``_kept`` (a rebuild, or too many stale items)."""
        self._pending = [(k.evidence, s) for s, k in self._kept.items() if not k.ready]
        self._ready = [(k.evidence, s) for s, k in self._kept.items() if k.ready]
        heapq.heapify(self._pending)
        heapq.heapify(self._ready)

    def _index(self, slug: str, entry: dict[str, Any]) -> None:
        tokens = tuple(entry["tokens"])
        names = self._by_first.setdefault(tokens[0], [])
        if (tokens, slug) not in names:
            names.append((tokens, slug))
            names.sort(key=lambda item: -len(item[0]))  # the longest name first

    def __len__(self) -> int:
        return len(self._kept)

    def names(self) -> list[LearnedName]:
        return [LearnedName.from_entry(slug, entry) for slug, entry in stored_entries(self.store)]

    # -- learning ---------------------------------------------------------------------

    def observe(
        self,
        article_id: str,
        published_at: datetime | None,
        lang: str | None,
        entities: Iterable[Any],
        received_at: datetime | None = None,
    ) -> list[str]:
        """Learn the officials an article's role patterns found, then drop what the
        bounds say (module docstring); returns the slugs that gained evidence.

        ``published_at`` is the time the article states (None if none), ``received_at``
        its arrival; at least one is needed. ``entities`` are the article's (models or
        their JSON documents)."""
        candidates: list[tuple[str, dict[str, Any], tuple[str, ...]]] = []
        for entity in entities:
            doc = entity if isinstance(entity, dict) else entity.model_dump(mode="json")
            entity_id = doc.get("id", "")
            if doc.get("found_by") != "pattern" or not entity_id.startswith(PATTERN_PREFIX):
                continue
            if doc.get("type") != EntityType.PERSON.value:
                continue
            tokens = self.guard.tokens(doc.get("name") or "")
            if tokens is not None:
                candidates.append((entity_id[len(PATTERN_PREFIX) :], doc, tokens))
        if not candidates:
            return []
        seen_at = published_at or received_at
        if seen_at is None:
            raise ValueError(f"{article_id}: neither a publication nor an arrival time")
        evidence = self._advance(published_at, received_at)
        learned = [
            slug
            for slug, doc, tokens in candidates
            if self._count(slug, article_id, seen_at, evidence, lang, doc, tokens)
        ]
        self._evict()
        return learned

    def _advance(self, published_at: datetime | None, received_at: datetime | None) -> float:
        """Move stream time with a trusted stated time; returns the evidence's time."""
        if published_at is None:
            return self.stream_time  # undated: seen at stream time, which it never moves
        stated = _epoch(published_at)
        if received_at is not None and stated > _epoch(received_at) + FUTURE_SKEW_S:
            return self.stream_time  # dated far past its arrival: that date is not trusted
        if stated > self.stream_time:
            self.stream_time = stated
            # Before the entries it dates: a crash in between is redelivered and
            # re-counted against the same stream time.
            self._save_clock()
        return stated

    def _save_clock(self) -> None:
        clock: dict[str, Any] = {"v": _SCHEMA, "t": self.stream_time}
        if self.cap_floor != float("-inf"):
            clock["cap"] = self.cap_floor
        self.store[CLOCK_KEY] = clock

    def _cutoff(self) -> float:
        """Pending evidence older than this is dropped (none before any dated article)."""
        return self.stream_time - self.pending_window_s if self.stream_time else float("-inf")

    def _count(
        self,
        slug: str,
        article_id: str,
        seen_at: datetime,
        evidence: float,
        lang: str | None,
        doc: dict[str, Any],
        tokens: tuple[str, ...],
    ) -> bool:
        if evidence < self._cutoff() or evidence <= self.cap_floor:
            # Behind the horizon: a late article, or a redelivery of one whose name was
            # dropped since (a new name from it would be the first to go again).
            return False
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
                "t": evidence,
                "recent": [article_id],
            }
        elif article_id in entry.get("recent", ()):
            return False  # the same article again (a redelivery): no new evidence
        else:
            entry = {
                **entry,
                "n": int(entry["n"]) + 1,
                "last_seen": max(entry["last_seen"], when),
                "t": max(_evidence_time(entry), evidence),
                "recent": [*entry.get("recent", ())[-(_RECENT - 1) :], article_id],
            }
        self.store[slug] = entry  # a whole new value: the changelog sees the change
        before = self._kept.get(slug)
        kept = self._keep(slug, entry)
        if before != kept:
            heapq.heappush(self._ready if kept.ready else self._pending, (kept.evidence, slug))
        return True

    # -- bounds -----------------------------------------------------------------------

    def _evict(self) -> None:
        victims: list[tuple[str, str]] = []  # (slug, rule)
        cutoff = self._cutoff()
        while self._pending and self._pending[0][0] < cutoff:
            evidence, slug = heapq.heappop(self._pending)
            if self._is(slug, evidence, ready=False):
                self._forget(slug)
                victims.append((slug, "pending_expired"))
        floor = self.cap_floor
        while len(self._kept) > self.max_names:
            victim, rule = self._pop_oldest(self._pending, ready=False), "cap_pending"
            if victim is None:
                victim, rule = self._pop_oldest(self._ready, ready=True), "cap_ready"
            if victim is None:  # pragma: no cover - the heaps hold every kept entry
                raise RuntimeError("learned names: eviction order lost an entry")
            floor = max(floor, self._forget(victim).evidence)
            victims.append((victim, rule))
        if floor != self.cap_floor:
            self.cap_floor = floor
            # Before the deletions: after a crash in between, a redelivered article
            # finds the floor and its names still there, and the cap drops them again.
            self._save_clock()
        for slug, _rule in victims:
            del self.store[slug]  # a deletion: a Faust table writes a tombstone
        # Stale items (entries updated or dropped since) stay until popped: bound them.
        if len(self._pending) + len(self._ready) > 2 * len(self._kept) + 64:
            self._reorder()
        self._report(victims)

    def _report(self, victims: list[tuple[str, str]]) -> None:
        ready = [slug for slug, rule in victims if rule == "cap_ready"]
        if ready:
            log.warning(
                "learned names: more than the cap of %d kept, all ready to link: dropped "
                "the %d with the oldest evidence (%s); raise WIREWATCH_LEARNED_MAX_NAMES "
                "or promote names into the KB",
                self.max_names, len(ready),
                ", ".join(ready[:5]) + (" …" if len(ready) > 5 else ""),
            )  # fmt: skip
        if self.on_evict is not None:
            for rule in EVICTION_RULES:
                count = sum(1 for _slug, r in victims if r == rule)
                if count:
                    self.on_evict(rule, count)

    def _is(self, slug: str, evidence: float, ready: bool) -> bool:
        """Whether a popped heap item is still the entry as kept (not a stale one)."""
        kept = self._kept.get(slug)
        return kept is not None and kept.ready is ready and kept.evidence == evidence

    def _pop_oldest(self, heap: list[tuple[float, str]], ready: bool) -> str | None:
        while heap:
            evidence, slug = heapq.heappop(heap)
            if self._is(slug, evidence, ready):
                return slug
        return None

    def _forget(self, slug: str) -> _Kept:
        """Out of the derived state (the store's entry is deleted by the caller)."""
        kept = self._kept.pop(slug)
        if kept.ready:
            names = self._by_first.get(kept.tokens[0], [])
            names[:] = [item for item in names if item[1] != slug]
            if not names:
                self._by_first.pop(kept.tokens[0], None)
        return kept

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
        taken = [
            (m["start"], m["end"])
            for d in docs
            if not d["id"].startswith(SHAPE_PREFIX)
            for m in d.get("mentions", ())
        ]
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
