"""Contact events of a short text, found as stage 1 finds them: entities detected on
the folded text, then the contact rules over it; and the other helpers the contact
test modules share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from schemas import ContactEvent, Entity, EntityType, Mention
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold
from wirewatch.core.yamlload import safe_load


def events_in(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    published: datetime,
    article_id: str = "test",
    dated: bool = True,
) -> list[ContactEvent]:
    folded = fold(text)
    return detector.detect(
        article_id=article_id,
        source="test",
        url=None,
        title=None,
        text=text,
        folded=folded,
        lang=lang,
        published_at=published,
        entities=entities.detect(folded, lang),
        pipeline_version="test",
        dated=dated,
    )


def pair_timing(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    published: datetime,
    pair: tuple[str, str],
) -> list[tuple[date | None, bool]]:
    """(day, historical) of each event of ``text`` between the two entity ids of ``pair``."""
    return [
        (e.occurred_at.date() if e.occurred_at else None, e.historical)
        for e in events_in(detector, entities, text, lang, published)
        if e.pair_key == pair_key(*pair)
    ]


def on_day(day: str) -> datetime:
    """Midnight UTC of an ISO date."""
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


PairsOf = Callable[..., set[str]]


def pairs_on(
    day: str, lang: str | None = None, article_id: str = "test", by_participants: bool = False
) -> PairsOf:
    """``pairs(detector, entities, text[, lang])``: the pair keys of the contact events of
    ``text`` published on ``day``, in ``lang`` when the test module has one language, else
    in the one each call gives (the helper most contact test modules wrote again). With
    ``by_participants`` the key is made from the event's participants, not read from it."""
    published = on_day(day)

    def pairs(
        detector: ContactDetector, entities: EntityDetector, text: str, text_lang: str | None = None
    ) -> set[str]:
        language = text_lang or lang
        if language is None:
            raise TypeError("pairs_on: give the language to pairs_on or to each call")
        events = events_in(detector, entities, text, language, published, article_id=article_id)
        if by_participants:
            return {pair_key(*(p.id for p in e.participants)) for e in events}
        return {e.pair_key for e in events}

    return pairs


def current_and_historical(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str = "en",
    day: str = "2024-05-10",
) -> tuple[set[str], set[str]]:
    """(current, historical) pair keys of the contact events of ``text`` in ``lang``,
    published on ``day`` (the English probe modules' helper)."""
    events = events_in(detector, entities, text, lang, on_day(day), article_id="probe")
    return (
        {e.pair_key for e in events if not e.historical},
        {e.pair_key for e in events if e.historical},
    )


def keys(*found: tuple[str, str]) -> set[str]:
    """The pair keys of (entity id, entity id) pairs."""
    return {pair_key(a, b) for a, b in found}


def participant_sets_on(day: str, lang: str) -> Callable[..., set[frozenset[str]]]:
    """``pairs(detector, entities, text)``: the participant ids of each contact event
    of ``text`` in ``lang`` published on ``day``, as sets."""
    published = on_day(day)

    def pairs(
        detector: ContactDetector, entities: EntityDetector, text: str
    ) -> set[frozenset[str]]:
        return {
            frozenset(p.id for p in e.participants)
            for e in events_in(detector, entities, text, lang, published)
        }

    return pairs


def lexicon_entries(lang: str, key: str) -> Any:
    """The entries under ``key`` of the packaged contact lexicon of ``lang``, as written
    in its YAML (before the lexicon loader expands them)."""
    return safe_load(
        resources.files("wirewatch.data")
        .joinpath(f"lexicons/contacts/{lang}.yaml")
        .read_text(encoding="utf-8")
    )[key]


def person_everywhere(entity_id: str, country: str | None, text: str, surface: str) -> Entity:
    """A person mentioned at every place ``surface`` stands in ``text`` (for names the
    tests place by hand)."""
    mentions = []
    at = text.find(surface)
    while at >= 0:
        mentions.append(Mention(text=surface, start=at, end=at + len(surface)))
        at = text.find(surface, at + 1)
    return Entity(
        id=entity_id, type=EntityType.PERSON, name=surface, country=country, mentions=mentions
    )


def stage_one_current_and_historical(
    pipeline: Any, text: str, day: str = "2024-05-10"
) -> tuple[set[str], set[str]]:
    """(current, historical) pair keys of ``text`` run through the pipeline's stage 1
    (``Pipeline.prepare``: the role linker included, which ``events_in`` leaves out),
    published on ``day``; the language is detected, as for a real article."""
    import orjson

    from wirewatch.core.validate import Origin

    payload = orjson.dumps({"id": "probe", "source": "test", "body": text, "published_at": day})
    origin = Origin(topic="test", partition=None, offset=0, key=None, received_at=on_day(day))
    events = getattr(pipeline.prepare(payload, origin), "contact_events", None)
    assert events is not None, "the probe was dead-lettered"
    return (
        {e.pair_key for e in events if not e.historical},
        {e.pair_key for e in events if e.historical},
    )
