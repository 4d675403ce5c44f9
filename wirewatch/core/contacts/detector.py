"""Contact events: per sentence, one actor of each watched country and a contact trigger.

Rules, in the order they apply to a sentence (all cue words are data, see
``wirewatch/data/lexicons/contacts``):

1. It must hold a trigger (met, استقبل, görüştü ...) and no blocking cue (criticised,
   ندد, yalanladı, "will meet" ...): criticism, denials and plans are not contacts.
2. Actors are the entities with a country mentioned in the sentence, ranked per
   country: persons, then named organisations, then generic national actors ("the
   Turkish delegation"), then the country itself. Only the best rank present for a
   country counts, so a named person beats the generic actor of the same country.
   Mentions that merely qualify another noun ("Haftar's son", "قوات حفتر",
   "Hafter'in oğlu") are skipped.
3. A country name or capital ("Turkey", "أنقرة"; a capital may come as a GPE or as a
   place, LOC ``loc:ankara``) is an actor only when nothing better
   of that country is in the sentence, it stands within a few words of the trigger,
   no preposition or case ending makes it a mere mention ("to Libya", "لدى ليبيا",
   "Libya'da"), and no actor of a third country is in the sentence ("Sisi received
   Haftar and discussed ties with Turkey"); the destination of a visit does count
   ("visited Turkey").
4. One event per cross-country pair of actors and watch (several named persons of one
   country in one sentence, e.g. a delegation's members, each get their pair), capped
   at ``max_pairs`` per sentence.
5. The location is a place mention after a locative cue ("in", "في", "'da"), nearest
   the trigger; the date is the date expression nearest the trigger, else the last
   non-historical date of an earlier sentence, else publication.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import product
from pathlib import Path
from typing import NamedTuple

from schemas import ContactEvent, Evidence, Participant
from schemas.articles import Entity, EntityType, Mention
from wirewatch.core.contacts.cues import CueIndex
from wirewatch.core.contacts.dates import DateRef, date_cues, find_dates, nearest_date
from wirewatch.core.contacts.lexicon import Lexicon, Trigger, load_lexicons
from wirewatch.core.contacts.sentences import Sentence, sentence_spans
from wirewatch.core.contacts.watches import CountryInfo, Watch, load_countries, load_watches
from wirewatch.core.textfold import FoldedText, fold, fold_char_string

#: A country or capital must stand within this many words of a trigger to be an actor.
COUNTRY_ACTOR_WINDOW = 4
_RANK_PERSON, _RANK_ORG, _RANK_GENERIC, _RANK_COUNTRY = range(4)
_WORD = re.compile(r"\S+")


def pair_key(a: str | Participant | Entity, b: str | Participant | Entity) -> str:
    """Stable registry key of a participant pair: the two ids, sorted, joined by ``|``."""
    ids = sorted(x if isinstance(x, str) else x.id for x in (a, b))
    return f"{ids[0]}|{ids[1]}"


def event_id_for(article_id: str, key: str, sentence_start: int) -> str:
    digest = hashlib.sha256(f"{article_id}\x1f{key}\x1f{sentence_start}".encode())
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class _Actor:
    participant: Participant
    rank: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Place:
    participant: Participant
    start: int
    end: int


class _Context(NamedTuple):  # a named tuple: built per mention, cheaper than a dataclass
    """The folded text around one mention, within its sentence."""

    before: str
    after: str


def _participant(entity: Entity, country: str) -> Participant:
    return Participant(
        id=entity.id, name=entity.name, type=entity.type, country=country, role=entity.role
    )


def _search(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


def _words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return len(_WORD.findall(text[lo:hi])) if hi > lo else 0


_PLACE_TYPES = (EntityType.GPE, EntityType.LOC)


class _Mentions:
    """Every entity mention of an article, by start offset.

    Each item is ``(start, end, entity index, mention index, country, entity, mention)``
    where ``country`` is the country the mention could be an actor of: its entity's,
    for a place only when that is a watched state (a country or capital as metonym).
    """

    def __init__(self, entities: Sequence[Entity], watched: set[str]) -> None:
        items = []
        for e, entity in enumerate(entities):
            country = entity.country
            if country is not None and entity.type in _PLACE_TYPES and country not in watched:
                country = None
            for m, mention in enumerate(entity.mentions):
                items.append((mention.start, mention.end, e, m, country, entity, mention))
        items.sort(key=lambda item: item[0])
        self.items = items
        self.countries = {item[4] for item in items if item[4] is not None}


class _FoldedView:
    """The folded form of each sentence, as a window on the article's folded text.

    The fold works character by character, so a sentence's fold is the matching slice
    of the article's fold, and its offsets map back through the article's deletions.
    The one exception is the Greek capital sigma, whose lower case depends on the
    next letter: a text holding one (or with no usable fold given) folds sentence by
    sentence instead, exactly as each sentence would fold alone.
    """

    def __init__(self, text: str, folded: FoldedText | None, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self._own: dict[int, FoldedText] = {}
        self._deleted: list[int] = []
        if "\u03a3" in text:
            self.article: FoldedText | None = None
            return
        if folded is None or folded.display != text:
            folded = fold(text)
        shifts = folded._shifts  # folded index each deleted character sat at
        if len(folded.folded) != len(text) - len(shifts):
            folded = fold(text)
            shifts = folded._shifts
        self.article = folded
        self._deleted = [shift + k for k, shift in enumerate(shifts)]  # display offsets

    def _folded_offset(self, position: int) -> int:
        return position - bisect_left(self._deleted, position) if self._deleted else position

    def window(self, index: int) -> tuple[str, int, int]:
        """(folded string, start, end): sentence ``index`` folded is ``string[start:end]``."""
        start, end = self.spans[index]
        if self.article is None:
            own = self._own.get(index)
            if own is None:
                own = self._own[index] = fold(self.text[start:end])
            return own.folded, 0, len(own.folded)
        return self.article.folded, self._folded_offset(start), self._folded_offset(end)

    def to_display(self, index: int, start: int, end: int) -> tuple[int, int]:
        """The display span in the article of a folded span from ``window(index)``."""
        if self.article is not None:
            return self.article.to_display(start, end)
        base = self.spans[index][0]
        first, last = self._own[index].to_display(start, end)
        return base + first, base + last

    def fold(self, start: int, end: int) -> str:
        """``fold_char_string(text[start:end])``, from the article's fold when there is one."""
        if self.article is None:
            return fold_char_string(self.text[start:end])
        return self.article.folded[self._folded_offset(start) : self._folded_offset(end)]


class ContactDetector:
    """Finds contact events between actors of watched countries in one article."""

    def __init__(
        self,
        watches: Sequence[Watch],
        lexicons: dict[str, Lexicon],
        countries: dict[str, CountryInfo],
        *,
        max_pairs: int = 12,
    ) -> None:
        self.watches = list(watches)
        self.lexicons = lexicons
        self.countries = countries
        self.max_pairs = max_pairs
        self._country_names = {
            code: {fold_char_string(n) for n in (info.name, *info.names)}
            for code, info in countries.items()
        }
        # A mention stands for the state only when spelled as its name or capital
        # (an Arabic proclitic or a Turkish case ending allowed), never as the
        # adjective an entity detector may also attach to the country.
        self._state_spelling = {
            code: re.compile(
                r"(?:[وبلف]{1,2})?(?:"
                + "|".join(
                    re.escape(n)
                    for n in sorted(
                        self._country_names[code] | {fold_char_string(c) for c in info.capitals},
                        key=len,
                        reverse=True,
                    )
                )
                + r")(?:'\w*)?"
            )
            for code, info in countries.items()
        }
        # An entity detector may report capitals as places (LOC, ``loc:ankara``) rather
        # than as GPEs: such a mention stands for the state only when spelled as a capital.
        self._capital_spelling = {
            code: re.compile(
                r"(?:[وبلف]{1,2})?(?:"
                + "|".join(
                    re.escape(c)
                    for c in sorted(
                        {fold_char_string(c) for c in info.capitals}, key=len, reverse=True
                    )
                )
                + r")(?:'\w*)?"
            )
            for code, info in countries.items()
            if info.capitals
        }
        self._watched = {c for w in self.watches for c in w.countries}
        self._pairs = [w.countries for w in self.watches]
        # One pass over an article finds every literal a trigger can start with.
        self._cue_tags = {
            id(lexicon): (lexicon, {kind: f"{lexicon.lang}\x1f{kind}" for kind in lexicon.kinds})
            for lexicon in lexicons.values()
        }
        proclitics = {p for lexicon in lexicons.values() for p in lexicon.proclitics}
        self._trigger_cues = CueIndex(
            [
                (literal, f"{lexicon.lang}\x1f{kind}")
                for lexicon in lexicons.values()
                for literal, kind in lexicon.trigger_cues
            ],
            clitics="".join(sorted({c for p in proclitics for c in p})),
            max_clitics=max((len(p) for p in proclitics), default=0),
        )

    @classmethod
    def default(
        cls, watches: Sequence[Watch] | None = None, watches_path: Path | None = None
    ) -> ContactDetector:
        """The packaged lexicons; ``watches`` default to the packaged watches file."""
        return cls(
            watches if watches is not None else load_watches(watches_path),
            load_lexicons(),
            load_countries(watches_path),
        )

    # -- public ---------------------------------------------------------------------

    def detect(
        self,
        *,
        article_id: str,
        source: str,
        url: str | None,
        title: str | None,
        text: str,
        folded: FoldedText | None,
        lang: str | None,
        published_at: datetime | None,
        entities: Sequence[Entity],
        pipeline_version: str,
    ) -> list[ContactEvent]:
        if not self.watches or not text:
            return []
        # Only a sentence with a possible actor of each country of a watch can hold an
        # event, and few do: mentions come first, everything else only for those.
        mentions = _Mentions(entities, self._watched)
        if not self._may_pair(mentions.countries):
            return []
        lexicons = self._lexicons_for(lang)
        spans = sentence_spans(text)
        view = _FoldedView(text, folded, spans)
        gated = view.article is not None and all(
            self._cue_tags.get(id(lx), (None,))[0] is lx for lx in lexicons
        )
        country_ids: dict[str, str] | None = None
        dates: dict[int, list[DateRef]] = {}
        leads: dict[int, DateRef | None] = {}

        def dates_of(i: int) -> list[DateRef]:
            if i not in dates:
                string, start, end = view.window(i)
                cues = date_cues(string, start, end) if view.article is not None else None
                dates[i] = find_dates(string, published_at, start=start, end=end, cues=cues)
            return dates[i]

        def lead_before(i: int) -> DateRef | None:
            # The latest current date of an earlier sentence dates an undated one:
            # reports tell one event per stretch ("... on Sunday. The talks covered ...").
            j = i
            lead: DateRef | None = None
            while j > 0:
                if j in leads:
                    lead = leads[j]
                    break
                lead = next((d for d in reversed(dates_of(j - 1)) if not d.historical), None)
                if lead is not None:
                    break
                j -= 1
            leads[i] = lead
            return lead

        events: list[ContactEvent] = []
        seen: set[str] = set()
        items, k, n = mentions.items, 0, len(mentions.items)
        for i, (start, end) in enumerate(spans):
            while k < n and items[k][0] < start:
                k += 1
            if k == n:
                break  # no mention in any later sentence
            if items[k][0] > end:
                continue
            inside = []
            countries = set()
            j = k
            while j < n and items[j][0] <= end:
                item = items[j]
                if item[1] <= end:
                    inside.append(item)
                    countries.add(item[4])
                j += 1
            if not self._may_pair(countries):
                continue
            cued: set[str] | None = None
            if gated:
                string, fstart, fend = view.window(i)
                cued = self._trigger_cues.tags(string, fstart, fend)
                if not cued:
                    continue  # no trigger can start anywhere in the sentence
            if country_ids is None:
                country_ids = self._country_entity_ids(entities)
            inside.sort(key=lambda item: (item[2], item[3]))  # the entities' order
            sentence = Sentence(start, end, text[start:end])
            found = self._sentence_events(
                i,
                sentence,
                view,
                lexicons,
                text,
                [(item[5], item[6]) for item in inside],
                country_ids,
                cued,
                dates_of,
                lead_before,
            )
            for watch, kind, a, b, location, date_ref, historical in found:
                key = pair_key(a.participant, b.participant)
                event_id = event_id_for(article_id, key, sentence.start)
                if event_id in seen:
                    continue
                seen.add(event_id)
                occurred = date_ref.when if date_ref is not None else None
                if occurred is None and not historical:
                    occurred = published_at
                events.append(
                    ContactEvent(
                        event_id=event_id,
                        article_id=article_id,
                        watch=watch.name,
                        kind=kind,
                        participants=[a.participant, b.participant],
                        countries=list(watch.countries),
                        pair_key=key,
                        location=location.participant if location is not None else None,
                        occurred_at=occurred,
                        historical=historical,
                        evidence=Evidence(
                            sentence=sentence.text, start=sentence.start, end=sentence.end
                        ),
                        source=source,
                        url=url,
                        title=title,
                        published_at=published_at,
                        pipeline_version=pipeline_version,
                    )
                )
        return events

    # -- per sentence -----------------------------------------------------------------

    def _lexicons_for(self, lang: str | None) -> list[Lexicon]:
        base = (lang or "").split("-")[0].lower()
        if base in self.lexicons:
            return [self.lexicons[base]]
        return list(self.lexicons.values())  # unknown language: try them all

    def _may_pair(self, countries: set[str]) -> bool:
        """Whether actors of these countries could make a pair for some watch."""
        return any(a in countries and b in countries for a, b in self._pairs)

    def _sentence_events(
        self,
        index: int,
        sentence: Sentence,
        view: _FoldedView,
        lexicons: list[Lexicon],
        text: str,
        mentions: list[tuple[Entity, Mention]],
        country_ids: dict[str, str],
        cued: set[str] | None,
        dates_of: Callable[[int], list[DateRef]],
        lead_before: Callable[[int], DateRef | None],
    ) -> list[tuple[Watch, str, _Actor, _Actor, _Place | None, DateRef | None, bool]]:
        folded, start, end = view.window(index)
        triggers: list[tuple[int, Trigger]] = []
        for lexicon in lexicons:
            kinds = None
            if cued is not None:  # every lexicon's cues are known (``gated``)
                tags = self._cue_tags[id(lexicon)][1]
                kinds = {kind for kind, tag in tags.items() if tag in cued}
                if not kinds:
                    continue
            for trigger in lexicon.find_triggers(folded, start, end, kinds):
                triggers.append((lexicon.kinds.index(trigger.kind), trigger))
        if not triggers:
            return []
        # A blocking cue anywhere (criticism, denial, plans) rules the sentence out.
        if any(lexicon.blocked(folded, start, end) for lexicon in lexicons):
            return []
        _, main = min(triggers, key=lambda t: (t[0], t[1].start))
        spans = [view.to_display(index, t.start, t.end) for _, t in triggers]

        actors, places = self._actors_and_places(
            sentence,
            text,
            view,
            mentions,
            lexicons,
            spans,
            country_ids,
            visit=any(t.kind == "visit" for _, t in triggers),
        )
        pairs: list[tuple[Watch, list[tuple[_Actor, _Actor]]]] = []
        covered: set[frozenset[str]] = set()
        for watch in self.watches:
            pair = frozenset(watch.countries)
            if pair in covered:
                continue  # two watches on the same countries: report once
            covered.add(pair)
            candidates = actors
            if any(a.participant.country not in pair for a in actors):
                # A third country's actor is in the sentence: "Sisi received Haftar and
                # discussed relations with Turkey" — Turkey there is a topic.
                candidates = [a for a in actors if a.rank != _RANK_COUNTRY]
            side_a = self._best(candidates, watch.countries[0])
            side_b = self._best(candidates, watch.countries[1])
            if side_a and side_b:
                pairs.append((watch, list(product(side_a, side_b))[: self.max_pairs]))
        if not pairs:
            return []

        main_span = view.to_display(index, main.start, main.end)
        location = min(
            places,
            key=lambda p: _words_between(text, (p.start, p.end), main_span),
            default=None,
        )
        date_ref = nearest_date(dates_of(index), main.start)
        historical = date_ref.historical if date_ref is not None else False
        if date_ref is None:
            if any(lx.looks_historical(folded, start, end) for lx in lexicons):
                historical = True
            else:
                date_ref = lead_before(index)

        out = []
        for watch, actor_pairs in pairs:
            for a, b in actor_pairs:
                if location is not None and location.participant.id in (
                    a.participant.id,
                    b.participant.id,
                ):
                    loc = None
                else:
                    loc = location
                out.append((watch, main.kind, a, b, loc, date_ref, historical))
        return out

    @staticmethod
    def _best(actors: list[_Actor], country: str) -> list[_Actor]:
        mine = [a for a in actors if a.participant.country == country]
        if not mine:
            return []
        top = min(a.rank for a in mine)
        chosen: dict[str, _Actor] = {}
        for actor in sorted(mine, key=lambda a: a.start):
            if actor.rank == top:
                chosen.setdefault(actor.participant.id, actor)
        return list(chosen.values())

    def _actors_and_places(
        self,
        sentence: Sentence,
        text: str,
        view: _FoldedView,
        mentions: list[tuple[Entity, Mention]],
        lexicons: list[Lexicon],
        triggers: list[tuple[int, int]],
        country_ids: dict[str, str],
        *,
        visit: bool,
    ) -> tuple[list[_Actor], list[_Place]]:
        actors: list[_Actor] = []
        countries: list[_Actor] = []
        places: list[_Place] = []
        for entity, mention in mentions:
            country = entity.country
            ctx = _Context(
                before=view.fold(sentence.start, mention.start),
                after=view.fold(mention.end, sentence.end),
            )
            span = (mention.start, mention.end)
            if entity.type in (EntityType.GPE, EntityType.LOC):
                if country is not None and self._is_place(ctx, lexicons):
                    places.append(_Place(_participant(entity, country), *span))
                actor = self._country_actor(
                    entity, country, ctx, span, text, lexicons, triggers, country_ids, visit
                )
                if actor is not None:
                    countries.append(actor)
                continue
            if country is None:
                continue
            if self._is_possessor(ctx, lexicons):
                continue
            if entity.type is EntityType.PERSON:
                rank = _RANK_PERSON
            elif entity.found_by == "nationality":
                rank = _RANK_GENERIC
            else:
                rank = _RANK_ORG
            actors.append(_Actor(_participant(entity, country), rank, *span))
        return actors + countries, places

    def _country_entity_ids(self, entities: Sequence[Entity]) -> dict[str, str]:
        """The id the entity detector gives each country itself (default ``gpe:XX``)."""
        ids = {code: f"gpe:{code}" for code in self._watched}
        for entity in entities:
            if (
                entity.type is EntityType.GPE
                and entity.country in self._watched
                and fold_char_string(entity.name) in self._country_names.get(entity.country, ())
            ):
                ids[entity.country] = entity.id
        return ids

    def _country_actor(
        self,
        entity: Entity,
        country: str | None,
        ctx: _Context,
        span: tuple[int, int],
        text: str,
        lexicons: list[Lexicon],
        triggers: list[tuple[int, int]],
        country_ids: dict[str, str],
        visit: bool,
    ) -> _Actor | None:
        if country is None or country not in self._watched:
            return None
        if entity.type is EntityType.GPE:
            spelling = self._state_spelling.get(country)
        elif entity.type is EntityType.LOC:
            spelling = self._capital_spelling.get(country)  # the capital as metonym
        else:
            return None
        mention = fold_char_string(text[span[0] : span[1]]).strip()
        if spelling is None or spelling.fullmatch(mention) is None:
            return None
        if min(_words_between(text, span, t) for t in triggers) > COUNTRY_ACTOR_WINDOW:
            return None
        destination = visit and any(
            _search(lx.destination_before, ctx.before) or _search(lx.destination_after, ctx.after)
            for lx in lexicons
        )
        if not destination and any(
            _search(lx.before_mention, ctx.before) or _search(lx.after_mention, ctx.after)
            for lx in lexicons
        ):
            return None
        info = self.countries.get(country)
        participant = Participant(
            id=country_ids.get(country, f"gpe:{country}"),
            name=info.name if info is not None else entity.name,
            type=EntityType.GPE,
            country=country,
        )
        return _Actor(participant, _RANK_COUNTRY, *span)

    @staticmethod
    def _is_place(ctx: _Context, lexicons: list[Lexicon]) -> bool:
        return any(
            _search(lx.before_place, ctx.before) or _search(lx.after_place, ctx.after)
            for lx in lexicons
        )

    @staticmethod
    def _is_possessor(ctx: _Context, lexicons: list[Lexicon]) -> bool:
        return any(
            _search(lx.before_possessor, ctx.before) or _search(lx.after_possessor, ctx.after)
            for lx in lexicons
        )
