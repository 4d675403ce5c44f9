"""The processing core: the stages both the Faust agents and ``wirewatch process`` call.

Three stages, split where state is: ``prepare`` is stateless and runs on every
partition of ``articles.raw``; ``decide`` owns the dedup index and runs in one
total order; ``register`` owns the contact registry, keyed by participant pair.
Nothing here knows about Faust or Kafka, so the live and offline paths cannot diverge.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import orjson
from pydantic import BaseModel

from schemas import (
    ContactAlert,
    ContactEvent,
    DeadLetter,
    DeadLetterReason,
    DedupStatus,
    EnrichedArticle,
    Entity,
    RawArticle,
)
from schemas.articles import DedupVerdict
from schemas.internal import PreparedArticle, PreparedBatch, PreparedHeader
from wirewatch import __version__, metrics
from wirewatch.core.contacts import ContactDetector, ContactRegistry, Watch, load_watches
from wirewatch.core.dedup import DedupIndex, DedupSettings, Signature, Signer
from wirewatch.core.entities import EntityDetector, countries_of
from wirewatch.core.entities.bylines import bylines
from wirewatch.core.entities.learned import SHAPE_PREFIX, LearnedNames, NameGuard
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.entities.term_checks import last_term_end
from wirewatch.core.language import load_model
from wirewatch.core.normalise import normalise_raw
from wirewatch.core.textfold import FoldedText, fold
from wirewatch.core.validate import (
    InputLimits,
    Origin,
    Rejection,
    article_id_for,
    canonical_or_none,
    parse_raw_article,
)
from wirewatch.settings import Settings

PIPELINE_VERSION = f"wirewatch/{__version__}"
log = logging.getLogger(__name__)


#: A record's value as a JSON document that was validated when it was built (the
#: enriched article, validated as a model in stage 1 and completed in stage 2).
JsonDocument = dict[str, Any]

#: A dead letter's ``error`` text is bounded too: validation errors may quote input.
MAX_ERROR_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Output:
    """One record the pipeline publishes: topic name, key, and the value to send."""

    topic: str
    key: str | None
    value: BaseModel | JsonDocument
    #: The value already encoded, when the pipeline checked it could be sent.
    value_bytes: bytes | None = field(default=None, repr=False, compare=False)

    def encoded(self) -> tuple[bytes | None, bytes]:
        """Key and value as they travel on Kafka."""
        key = self.key.encode("utf-8") if self.key is not None else None
        if self.value_bytes is not None:
            return key, self.value_bytes
        if isinstance(self.value, BaseModel):
            # ``model_dump_json().encode()`` without the round trip: ``model_dump_json`` is
            # this call's bytes decoded to a str, which was then encoded back (two copies
            # of every article's text and a UTF-8 check, per record).
            return key, self.value.__pydantic_serializer__.to_json(self.value)
        return key, orjson.dumps(self.value)

    def to_json_line(self) -> dict[str, Any]:
        value = self.value
        document = value.model_dump(mode="json") if isinstance(value, BaseModel) else value
        return {"topic": self.topic, "key": self.key, "value": document}


@dataclass
class Pipeline:
    """The stateless parts (detectors, signer) built once per process."""

    settings: Settings
    _watches: list[Watch] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._watches = load_watches(self.settings.watches_path)

    @cached_property
    def input_limits(self) -> InputLimits:
        return InputLimits.from_settings(self.settings)

    @property
    def watch_names(self) -> tuple[str, ...]:
        return tuple(watch.name for watch in self._watches)

    @cached_property
    def dedup_settings(self) -> DedupSettings:
        overrides: dict[str, Any] = {"window_days": self.settings.dedup_window_days}
        if self.settings.dedup_threshold is not None:
            overrides["threshold"] = self.settings.dedup_threshold
        return DedupSettings(**overrides)

    @cached_property
    def entities(self) -> EntityDetector:
        return EntityDetector.default()

    @cached_property
    def role_linker(self) -> RoleLinker:
        return RoleLinker.load(self.entities.entities)

    @cached_property
    def signer(self) -> Signer:
        return Signer(self.dedup_settings)

    @cached_property
    def contacts(self) -> ContactDetector:
        deceased = {e.id: e.died for e in self.entities.entities if e.died is not None}
        past_roles = {
            e.id: tuple(t.role for t in e.terms) for e in self.entities.entities if e.terms
        }
        # Persons whose every office ended (each term has a ``to``, none of them a guess:
        # ``to_uncertain``): their last day in office.
        out_of_office = {
            e.id: end for e in self.entities.entities if (end := last_term_end(e)) is not None
        }
        return ContactDetector.default(
            self._watches,
            watches_path=self.settings.watches_path,
            deceased=deceased,
            past_roles=past_roles,
            out_of_office=out_of_office,
            terms_as_of=self.entities.kb.terms_as_of,
            dated_terms={
                # an uncertain end is no end for a role reference either
                e.id: tuple((t.role, t.start, None if t.to_uncertain else t.end) for t in e.terms)
                for e in self.entities.entities
                if e.terms
            },
        )

    def evict_expired(self, index: DedupIndex) -> int:
        """Housekeeping: drop signatures that can no longer match (stream time, see evict)."""
        return index.evict(datetime.now(UTC))

    def warm_up(self) -> None:
        """Build every detector and load the language model now rather than on the
        first article (the worker calls this before it joins its group)."""
        _ = self.entities, self.role_linker, self.signer, self.contacts
        load_model()

    # -- stage 1: per partition ------------------------------------------------------

    def prepare(self, payload: bytes, origin: Origin) -> PreparedArticle | DeadLetter:
        metrics.ARTICLES_RECEIVED.inc()
        metrics.LAST_RECEIVED.set(origin.received_at.timestamp())
        try:
            with metrics.stage("validate"):
                parsed = parse_raw_article(payload, self.settings.max_body_bytes, self.input_limits)
            if isinstance(parsed, Rejection):
                return self.dead_letter(payload, origin, parsed)
            return self._enrich(parsed, origin)
        except Exception as exc:  # one bad article must never stop the worker
            log.exception(
                "prepare failed on %s[%s]@%s", origin.topic, origin.partition, origin.offset
            )
            rejection = Rejection(DeadLetterReason.PROCESSING_ERROR, f"{type(exc).__name__}: {exc}")
            return self.dead_letter(payload, origin, rejection)

    def _enrich(self, raw: RawArticle, origin: Origin) -> PreparedArticle:
        with metrics.stage("normalise"):
            norm = normalise_raw(raw)
        article_id = article_id_for(raw, canonical_or_none(raw.url))
        analysed = self._analysed(norm.folded)
        with metrics.stage("entities"):
            # Capped before contacts: contact detection works from the mentions, so
            # the caps bound its time as well as the size of the records.
            lang = norm.language.lang
            found = self.entities.detect(analysed, lang)
            if norm.published_at is not None:
                # "the Turkish defence minister": the holder on the day the article
                # is dated; an undated one may be an old page, so no guess is made
                found = self.role_linker.link(analysed, lang, found, norm.published_at)
            else:
                # "Büyükelçi Yılmaz": a title still narrows a name to the few who
                # ever held the office, when one of them bears it
                found = self.role_linker.link_undated(analysed, lang, found)
            # "By Canberk Doğan": a reporter, not the KB official of that surname
            found = bylines().apply(analysed.display, lang, found)
            entities = self._capped_entities(found)
        with metrics.stage("signature"):
            signature = self.signer.sign(norm.folded.folded) if norm.text else None
        article = EnrichedArticle(
            article_id=article_id,
            source=raw.source,
            url=norm.url,
            title=norm.title,
            lang=norm.language.lang,
            published_at=norm.published_at,
            published_at_naive=raw.published_at_naive,
            received_at=origin.received_at,
            text=norm.text,
            entities=entities,
            countries=countries_of(entities),
            extra=raw.extra_fields,
            pipeline_version=PIPELINE_VERSION,
        )
        with metrics.stage("contacts"):
            events = self.contacts.detect(
                article_id=article_id,
                source=raw.source,
                url=norm.url,
                title=norm.title,
                text=analysed.display,
                folded=analysed,
                lang=norm.language.lang,
                # Relative and past dates need a reference time: an undated article
                # is taken as published when it arrived ("Monday", "in 2023").
                published_at=norm.published_at or origin.received_at,
                entities=entities,
                pipeline_version=PIPELINE_VERSION,
                dated=norm.published_at is not None,
            )
        cap = self.settings.max_contact_events_per_article
        if len(events) > cap:
            metrics.OUTPUT_CAPPED.labels(cap="contact_events").inc(len(events) - cap)
            events = events[:cap]
        return PreparedArticle(
            article=article,
            signature=signature.to_wire() if signature is not None else None,
            contact_events=events,
        )

    def _analysed(self, folded: FoldedText) -> FoldedText:
        """The part of the text entities and contacts are looked for in: all of it,
        or its first ``max_analysed_chars`` characters cut at a space (offsets into
        that prefix are offsets into the whole text)."""
        prefix = analysed_prefix(folded.display, self.settings.max_analysed_chars)
        if len(prefix) == len(folded.display):
            return folded
        metrics.OUTPUT_CAPPED.labels(cap="analysed_text").inc()
        return fold(prefix)

    def _capped_entities(self, entities: list[Entity]) -> list[Entity]:
        """At most the configured number of entities, each with at most so many
        mentions (the first ones, in text order); what is dropped is counted."""
        cap = self.settings.max_entities_per_article
        if len(entities) > cap:
            metrics.OUTPUT_CAPPED.labels(cap="entities").inc(len(entities) - cap)
            entities = entities[:cap]
        mention_cap = self.settings.max_mentions_per_entity
        if all(len(entity.mentions) <= mention_cap for entity in entities):
            return entities
        capped: list[Entity] = []
        for entity in entities:
            if len(entity.mentions) > mention_cap:
                metrics.OUTPUT_CAPPED.labels(cap="mentions").inc(len(entity.mentions) - mention_cap)
                entity = entity.model_copy(update={"mentions": entity.mentions[:mention_cap]})
            capped.append(entity)
        return capped

    def dead_letter(self, payload: bytes, origin: Origin, rejection: Rejection) -> DeadLetter:
        """The dead letter for a record, bounded in size: at most
        ``max_deadletter_payload_bytes`` of the original bytes (flagged when cut) and
        a bounded error text, so that it always fits where its record may not."""
        metrics.DEADLETTERED.labels(reason=rejection.reason.value).inc()
        keep = self.settings.max_deadletter_payload_bytes
        truncated = len(payload) > keep
        kept = payload[:keep] if truncated else payload
        try:
            # A cut may split a character: the text is what decodes of the kept bytes.
            as_text: str | None = kept.decode("utf-8", "ignore" if truncated else "strict")
        except UnicodeDecodeError:
            as_text = None
        if truncated and as_text is not None:
            try:
                payload.decode("utf-8")
            except UnicodeDecodeError:
                as_text = None
        if as_text is not None and len(orjson.dumps(as_text)) > 2 * keep:
            # Control characters take six bytes each as JSON: the text would make the
            # dead letter several times its bound, and the base64 copy has it all.
            as_text = None
        error = rejection.error
        if len(error) > MAX_ERROR_CHARS:
            error = error[:MAX_ERROR_CHARS] + f"… ({len(rejection.error)} characters)"
        return DeadLetter(
            reason=rejection.reason,
            error=error,
            payload_b64=base64.b64encode(kept).decode("ascii"),
            payload_text=as_text,
            payload_truncated=truncated,
            payload_bytes=len(payload),
            key_b64=DeadLetter.encode(origin.key[:keep] if origin.key else origin.key),
            source_topic=origin.topic,
            source_partition=origin.partition,
            source_offset=origin.offset,
            received_at=origin.received_at,
        )

    def prepare_outputs(self, payload: bytes, origin: Origin) -> list[Output]:
        """Stage 1 as the topology runs it: a prepared batch (of one), or a dead letter."""
        result = self.prepare(payload, origin)
        if isinstance(result, DeadLetter):
            return [self.output_for_dead_letter(result)]
        batch = PreparedBatch(articles=[result])
        output = Output(self.settings.topic_prepared, result.article.article_id, batch)
        return self.sendable([output], payload, origin)

    def sendable(self, outputs: list[Output], payload: bytes, origin: Origin) -> list[Output]:
        """The outputs encoded, each checked to fit a record; if any cannot be encoded
        or is too large, the record they came from becomes one dead letter instead
        (all or nothing: an article without its events would be published wrong)."""
        limit = self.settings.max_output_record_bytes
        checked: list[Output] = []
        for output in outputs:
            try:
                key, value = output.encoded()
            except Exception as exc:  # pydantic or orjson refusing the value
                log.warning(
                    "unencodable %s output for %s[%s]@%s: %s",
                    output.topic, origin.topic, origin.partition, origin.offset, exc,
                )  # fmt: skip
                rejection = Rejection(
                    DeadLetterReason.UNENCODABLE,
                    f"{output.topic} record cannot be encoded: {type(exc).__name__}: {exc}",
                )
                return [self.output_for_dead_letter(self.dead_letter(payload, origin, rejection))]
            size = len(value) + len(key or b"")
            if size > limit:
                rejection = Rejection(
                    DeadLetterReason.OUTPUT_TOO_LARGE,
                    f"{output.topic} record of {size} bytes exceeds the limit of {limit} bytes",
                )
                return [self.output_for_dead_letter(self.dead_letter(payload, origin, rejection))]
            # The constructor, not ``dataclasses.replace`` (which costs ~5x as much): every
            # record of every stage passes here.
            checked.append(Output(output.topic, output.key, output.value, value))
        return checked

    def _failed(self, payload: bytes, origin: Origin, exc: Exception) -> list[Output]:
        log.exception("stage failed on %s[%s]@%s", origin.topic, origin.partition, origin.offset)
        rejection = Rejection(DeadLetterReason.PROCESSING_ERROR, f"{type(exc).__name__}: {exc}")
        return [self.output_for_dead_letter(self.dead_letter(payload, origin, rejection))]

    # -- stage 2: one total order ----------------------------------------------------

    def new_dedup_index(self, store: MutableMapping[str, Any]) -> DedupIndex:
        return DedupIndex(self.dedup_settings, store)

    def new_learned_names(self, store: MutableMapping[str, Any]) -> LearnedNames:
        return LearnedNames(
            store,
            self.name_guard,
            pending_days=self.settings.learned_pending_days,
            max_names=self.settings.learned_max_names,
            on_evict=_count_learned_evictions,
        )

    @cached_property
    def name_guard(self) -> NameGuard:
        return NameGuard.from_kb(self.entities.kb, self.entities.lex)

    def decide_outputs(
        self,
        payload: bytes,
        origin: Origin,
        index: DedupIndex,
        learned: LearnedNames | None = None,
    ) -> list[Output]:
        """Stage 2 as the topology runs it, from one prepared batch record's bytes."""
        try:
            documents = orjson.loads(payload)["articles"]
            if not isinstance(documents, list):
                raise TypeError("a prepared batch's articles must be a list")
        except Exception as exc:  # a record that fails here must not stop the stream
            return self._failed(payload, origin, exc)
        outputs: list[Output] = []
        for document in documents:
            try:
                article, events = self.decide(document, index, learned)
            except Exception as exc:  # one article's failure must not lose the others
                outputs += self._failed(_document_bytes(document, payload), origin, exc)
                continue
            outputs += self.sendable(
                self.outputs_for_article(article, events),
                _document_bytes(document, payload) if len(documents) > 1 else payload,
                origin,
            )
        return outputs

    def decide(
        self, prepared: JsonDocument, index: DedupIndex, learned: LearnedNames | None = None
    ) -> tuple[JsonDocument, list[ContactEvent]]:
        """Flag the article original or duplicate; only originals keep their contact events.

        ``prepared`` is a prepared article as stage 1 published it (``PreparedArticle``
        JSON); only the fields decided on are validated again (``PreparedHeader``).
        Returns the enriched article's document and the contact events to publish.
        """
        header = PreparedHeader.model_validate(prepared)
        article = header.article
        verdict = DedupVerdict()
        if header.signature is not None:
            with metrics.stage("dedup"):
                verdict = index.decide(
                    article.article_id,
                    article.source,
                    Signature.from_wire(header.signature),
                    article.published_at,
                    article.received_at,
                )
        events = header.contact_events
        original = verdict.status is not DedupStatus.DUPLICATE
        article_document = prepared["article"]
        if learned is not None:
            with metrics.stage("learned_names"):
                try:
                    article_document, events = self._learned_names(
                        article_document, header, events, learned, original
                    )
                except Exception:  # a side table must never cost the article itself
                    log.exception("learned names failed on %s", article.article_id)
        if not original:
            metrics.DUPLICATES.labels(lang=metrics.lang_label(article.lang)).inc()
            events = []
        document = {
            **article_document,
            "dedup": verdict.model_dump(mode="json"),
            "contacts": [e.event_id for e in events],
        }
        metrics.record_enriched(
            source=article.source,
            lang=article.lang,
            entity_count=len(article.entities),
            received_at=article.received_at,
            published_at=article.published_at,
        )
        return document, events

    def _learned_names(
        self,
        article_document: JsonDocument,
        header: PreparedHeader,
        events: list[ContactEvent],
        learned: LearnedNames,
        original: bool,
    ) -> tuple[JsonDocument, list[ContactEvent]]:
        """Officials learned from earlier articles linked where this one names them
        bare (contacts detected again when one is), then this article's role-pattern
        officials learned: here, in the one total order every article passes through,
        a name learned from any raw partition is seen by every later article."""
        article = header.article
        text = self._analysed_text(article_document.get("text") or "")
        found = learned.link(text, article.entities)
        seen_at = article.published_at or article.received_at
        if found:
            entities = [Entity.model_validate(e) for e in article_document["entities"]]
            entities = _without_shaped_under(entities, found)  # the learned name reads better
            entities = self._capped_entities(
                sorted([*entities, *found], key=lambda e: (e.mentions[0].start, e.id))
            )
            article_document = {
                **article_document,
                "entities": [e.model_dump(mode="json") for e in entities],
                "countries": countries_of(entities),
            }
            if original:
                events = self._redetected_contacts(article_document, text, entities, seen_at)
        if original:
            learned.observe(
                article.article_id,
                article.published_at,
                article.lang,
                article_document["entities"],
                received_at=article.received_at,
            )
        return article_document, events

    def _analysed_text(self, text: str) -> str:
        """The display text ``_analysed`` keeps, without folding it."""
        return analysed_prefix(text, self.settings.max_analysed_chars)

    def _redetected_contacts(
        self, document: JsonDocument, text: str, entities: list[Entity], when: datetime
    ) -> list[ContactEvent]:
        events = self.contacts.detect(
            article_id=document["article_id"],
            source=document["source"],
            url=document.get("url"),
            title=document.get("title"),
            text=text,
            folded=fold(text),
            lang=document.get("lang"),
            published_at=when,
            entities=entities,
            pipeline_version=PIPELINE_VERSION,
            dated=document.get("published_at") is not None,
        )
        return events[: self.settings.max_contact_events_per_article]

    # -- stage 3: by participant pair ------------------------------------------------

    def new_registry(self, store: MutableMapping[str, Any]) -> ContactRegistry:
        return ContactRegistry(store, renew_after_days=self.settings.contact_renew_after_days)

    def register(
        self, event: ContactEvent, registry: ContactRegistry, now: datetime | None = None
    ) -> ContactAlert | None:
        metrics.CONTACT_EVENTS.labels(watch=event.watch, kind=event.kind).inc()
        with metrics.stage("registry"):
            alert = registry.observe(event, duplicate=False, now=now or datetime.now(UTC))
        if alert is not None:
            metrics.CONTACT_ALERTS.labels(watch=alert.watch, reason=alert.reason.value).inc()
        return alert

    def register_outputs(
        self, payload: bytes, origin: Origin, registry: ContactRegistry
    ) -> list[Output]:
        """Stage 3 as the topology runs it, from the contact events topic's bytes."""
        try:
            alert = self.register(ContactEvent.model_validate_json(payload), registry)
        except Exception as exc:  # a record that fails here must not stop the stream
            return self._failed(payload, origin, exc)
        return (
            [] if alert is None else self.sendable([self.output_for_alert(alert)], payload, origin)
        )

    # -- routing ---------------------------------------------------------------------

    def outputs_for_article(
        self, article: JsonDocument, events: list[ContactEvent]
    ) -> list[Output]:
        outputs = [Output(self.settings.topic_enriched, article["article_id"], article)]
        outputs += [Output(self.settings.topic_contacts, e.pair_key, e) for e in events]
        return outputs

    def output_for_dead_letter(self, letter: DeadLetter) -> Output:
        key = (
            base64.b64decode(letter.key_b64).decode("utf-8", "replace") if letter.key_b64 else None
        )
        return Output(self.settings.topic_deadletter, key, letter)

    def output_for_alert(self, alert: ContactAlert) -> Output:
        return Output(self.settings.topic_alerts, alert.pair_key, alert)


def _count_learned_evictions(rule: str, count: int) -> None:
    metrics.LEARNED_EVICTED.labels(rule=rule).inc(count)


def _document_bytes(document: object, fallback: bytes) -> bytes:
    """One article of a prepared batch as bytes for its dead letter (the batch's own
    bytes if even that cannot be encoded)."""
    try:
        return orjson.dumps(document)
    except Exception:  # the document is what failed: keep the record as it came
        return fallback


def analysed_prefix(text: str, limit: int) -> str:
    """All of ``text``, or its first ``limit`` characters cut at a space or line break
    in their second half (offsets into the prefix are offsets into the whole text)."""
    if len(text) <= limit:
        return text
    cut = max(text.rfind(" ", limit // 2, limit), text.rfind("\n", limit // 2, limit))
    return text[: cut if cut > 0 else limit]


def _without_shaped_under(entities: list[Entity], learned: list[Entity]) -> list[Entity]:
    """``entities`` less the persons found by name shape alone that a learned name
    covers ("Kemal Yurtsever" shaped, then linked to the ambassador learned earlier)."""
    spans = [(m.start, m.end) for e in learned for m in e.mentions]
    return [
        e
        for e in entities
        if not (
            e.id.startswith(SHAPE_PREFIX)
            and any(a < m.end and m.start < b for m in e.mentions for a, b in spans)
        )
    ]
