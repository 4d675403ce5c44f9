"""``wirewatch process``: the live topology's stages run in-process, in input order.

Pure: records come in as bytes, outputs go out as :class:`Output` values, and the
state (dedup signatures, contact registry, learned names) lives in the mappings given. Reading the
input files and the ``--state DIR`` files is ``wirewatch.io``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from datetime import UTC, datetime
from typing import Any, Protocol

from wirewatch.core.pipeline import Output, Pipeline
from wirewatch.core.validate import Origin


class RawRecord(Protocol):
    """One raw input record (``wirewatch.io.inputs.InputRecord`` is one)."""

    @property
    def payload(self) -> bytes: ...

    @property
    def line(self) -> int | None: ...


class OfflineRunner:
    def __init__(
        self,
        pipeline: Pipeline,
        dedup_store: MutableMapping[str, Any] | None = None,
        registry_store: MutableMapping[str, Any] | None = None,
        learned_store: MutableMapping[str, Any] | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.dedup_store = dedup_store if dedup_store is not None else {}
        self.registry_store = registry_store if registry_store is not None else {}
        self.index = pipeline.new_dedup_index(self.dedup_store)
        self.index.rebuild()
        self.registry = pipeline.new_registry(self.registry_store)
        self.learned_store = learned_store if learned_store is not None else {}
        self.learned = pipeline.new_learned_names(self.learned_store)

    def run(self, records: Iterable[RawRecord]) -> Iterator[Output]:
        settings = self.pipeline.settings
        for record in records:
            origin = Origin(
                topic=settings.topic_raw,
                partition=None,
                offset=record.line,
                key=None,
                received_at=datetime.now(UTC),
            )
            yield from self.process_one(record.payload, origin)

    def process_one(self, payload: bytes, origin: Origin) -> Iterator[Output]:
        """One raw record through the three stages, handing records between them as
        bytes exactly as the topics do, so offline output equals live output."""
        topics = self.pipeline.settings
        for prepared in self.pipeline.prepare_outputs(payload, origin):
            if prepared.topic != topics.topic_prepared:
                yield prepared
                continue
            _, batch = prepared.encoded()
            for decided in self.pipeline.decide_outputs(batch, origin, self.index, self.learned):
                yield decided
                if decided.topic != topics.topic_contacts:
                    continue
                _, event_bytes = decided.encoded()
                yield from self.pipeline.register_outputs(event_bytes, origin, self.registry)

    def finish(self) -> None:
        """Housekeeping at the end of a run: drop the signatures that have expired."""
        self.pipeline.evict_expired(self.index)
