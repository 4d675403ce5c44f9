"""What the agents and web views work with, built once per worker process.

Nothing here is built at import: :func:`worker_context` builds the pipeline, the
metric series known in advance, the dedup state over its table and (with
``WIREWATCH_WORKER_EMBED_SERVE``) the embedded live feed the first time it is
called — by the ``on_worker_init`` hook below when a Faust command starts, or by
whatever asks first (an agent in Faust's test context). ``wirewatch worker`` warms
the pipeline's detectors up before Faust starts (``wirewatch.cli.worker``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from streams import tables
from streams.app import app
from wirewatch import metrics
from wirewatch.core.dedup import DedupIndex
from wirewatch.core.entities.learned import LearnedNames
from wirewatch.core.pipeline import Pipeline
from wirewatch.serve.server import LiveFeedServer
from wirewatch.settings import Settings, get_settings

log = logging.getLogger(__name__)


class DedupState:
    """The dedup index over ``tables.dedup_signatures``, rebuilt after every recovery."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.index = pipeline.new_dedup_index(tables.dedup_store)
        self.stale = True
        self.last_eviction = time.monotonic()

    def ready_index(self) -> DedupIndex:
        if self.stale:
            self.index.rebuild()
            self.stale = False
            log.info(
                "dedup index rebuilt from %d retained signatures", len(tables.dedup_signatures)
            )
        return self.index


class LearnedState:
    """The learned names over ``tables.learned_names``, re-indexed after a recovery."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.names = pipeline.new_learned_names(tables.learned_store)
        self.stale = True

    def ready(self) -> LearnedNames:
        if self.stale:
            ready = self.names.rebuild()
            self.stale = False
            log.info("learned names: %d ready of %d kept", ready, len(self.names))
        return self.names


@dataclass(frozen=True)
class WorkerContext:
    settings: Settings
    pipeline: Pipeline
    dedup: DedupState
    learned: LearnedState
    #: serve's app run by the worker itself (``WIREWATCH_WORKER_EMBED_SERVE``), else None.
    embedded: LiveFeedServer | None


_built: WorkerContext | None = None


def worker_context() -> WorkerContext:
    """The context of this process, built on the first call."""
    global _built
    if _built is None:
        _built = build_context(get_settings())
    return _built


def build_context(settings: Settings) -> WorkerContext:
    pipeline = Pipeline(settings)
    metrics.initialise(watches=pipeline.watch_names)
    # Table sizes are read when Prometheus scrapes, so they are never stale.
    metrics.TABLE_ENTRIES.labels(table="dedup-signatures").set_function(
        lambda: len(tables.dedup_signatures)
    )
    metrics.TABLE_ENTRIES.labels(table="contact-registry").set_function(
        lambda: len(tables.contact_registry)
    )
    metrics.TABLE_ENTRIES.labels(table="learned-names").set_function(
        lambda: len(tables.learned_names)
    )
    metrics.RETAINED_SIGNATURES.set_function(lambda: len(tables.dedup_signatures))
    embedded = LiveFeedServer(settings, pipeline=pipeline) if settings.worker_embed_serve else None
    return WorkerContext(settings, pipeline, DedupState(pipeline), LearnedState(pipeline), embedded)


@app.on_worker_init.connect
def _build_on_worker_init(app_: object, **_: object) -> None:
    worker_context()


@tables.dedup_signatures.on_recover
async def _rebuild_dedup_index() -> None:
    worker_context().dedup.stale = True


@tables.learned_names.on_recover
async def _rebuild_learned_names() -> None:
    worker_context().learned.stale = True
