"""The metric catalogue (see docs/metrics.md). Every label has a bounded value set."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime

from prometheus_client import Counter, Gauge, Histogram

_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
_LAG_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
_PUBLICATION_BUCKETS = (1, 10, 60, 300, 900, 1800, 3600, 7200, 21600, 86400, 604800)
KNOWN_LANGS = frozenset({"ar", "en", "tr"})

ARTICLES_RECEIVED = Counter(
    "wirewatch_articles_received", "Records read from the raw articles topic."
)
ARTICLES_ENRICHED = Counter(
    "wirewatch_articles_enriched",
    "Articles published to the enriched topic.",
    ["source", "lang"],
)
DEADLETTERED = Counter(
    "wirewatch_articles_deadlettered", "Records sent to the dead-letter topic.", ["reason"]
)
STAGE_SECONDS = Histogram(
    "wirewatch_stage_duration_seconds",
    "Time spent in each processing stage.",
    ["stage"],
    buckets=_STAGE_BUCKETS,
)
PROCESSING_LAG = Histogram(
    "wirewatch_processing_lag_seconds",
    "Now minus received_at when an enriched article is published.",
    buckets=_LAG_BUCKETS,
)
PUBLICATION_LAG = Histogram(
    "wirewatch_publication_lag_seconds",
    "Now minus the article's published_at when it is published enriched.",
    buckets=_PUBLICATION_BUCKETS,
)
DUPLICATES = Counter("wirewatch_duplicates", "Articles flagged as duplicates.", ["lang"])
RETAINED_SIGNATURES = Gauge(
    "wirewatch_dedup_retained_signatures", "Signatures retained in the dedup window."
)
ENTITIES_PER_ARTICLE = Histogram(
    "wirewatch_entities_per_article",
    "Distinct entities found per article.",
    ["lang"],
    buckets=(0, 1, 2, 3, 5, 8, 13, 21, 34, 55),
)
OUTPUT_CAPPED = Counter(
    "wirewatch_output_capped",
    "Outputs dropped from an article by a per-article cap (entities, mentions, contact "
    "events; analysed_text counts articles whose text was analysed in part only).",
    ["cap"],
)
CAP_NAMES = ("entities", "mentions", "contact_events", "analysed_text")
#: ``wirewatch.core.entities.learned.EVICTION_RULES`` (a test keeps them equal).
LEARNED_EVICTION_RULES = ("pending_expired", "cap_pending", "cap_ready")
CONTACT_EVENTS = Counter("wirewatch_contact_events", "Contact events published.", ["watch", "kind"])
CONTACT_ALERTS = Counter(
    "wirewatch_contact_alerts", "Alerts raised on new or renewed contacts.", ["watch", "reason"]
)
CONSUMER_LAG = Gauge(
    "wirewatch_consumer_lag_messages",
    "End offset minus committed offset, per assigned partition.",
    ["topic", "partition"],
)
TABLE_ENTRIES = Gauge("wirewatch_table_entries", "Entries in each state table.", ["table"])
LEARNED_EVICTED = Counter(
    "wirewatch_learned_names_evicted",
    "Learned names dropped by the bounds on their state, by rule: pending_expired (not "
    "seen in enough articles within the pending window), cap_pending, cap_ready (over "
    "WIREWATCH_LEARNED_MAX_NAMES).",
    ["rule"],
)
LAST_RECEIVED = Gauge(
    "wirewatch_last_received_timestamp_seconds", "Unix time of the last record read."
)


STAGES = (
    "validate",
    "normalise",
    "entities",
    "signature",
    "contacts",
    "dedup",
    "learned_names",
    "registry",
)
ALL_LANG_LABELS = (*sorted(KNOWN_LANGS), "other", "unknown")


def initialise(watches: tuple[str, ...] = ()) -> None:
    """Create every known label combination at zero.

    A series that first appears already incremented has no earlier sample, so
    ``rate()`` misses its first increment: the first dead letter of a reason would
    not show on the dashboard nor count towards the dead-letter alert.
    """
    from schemas import DeadLetterReason
    from schemas.contacts import AlertReason

    for reason in DeadLetterReason:
        DEADLETTERED.labels(reason=reason.value)
    for name in STAGES:
        STAGE_SECONDS.labels(stage=name)
    for cap in CAP_NAMES:
        OUTPUT_CAPPED.labels(cap=cap)
    for rule in LEARNED_EVICTION_RULES:
        LEARNED_EVICTED.labels(rule=rule)
    for lang in ALL_LANG_LABELS:
        DUPLICATES.labels(lang=lang)
        ENTITIES_PER_ARTICLE.labels(lang=lang)
    for watch in watches:
        for alert_reason in AlertReason:
            CONTACT_ALERTS.labels(watch=watch, reason=alert_reason.value)


#: The longest outlet name kept as a label value.
MAX_SOURCE_LABEL_CHARS = 64
#: What a source must look like to take one of the bounded label slots: a host name
#: ("alwasat.ly") or an outlet's name (letters of any script, digits, spaces and
#: . & ' - _), so that junk a producer sends ("x\x00<script>", JSON, URLs with
#: paths) cannot take the slots real outlets need.
_OUTLET_SHAPE = re.compile(r"[^\W_][\w .&'’-]*", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def sanitised_source(value: str) -> str | None:
    """``value`` as a label value (control and invisible characters removed, spaces
    tidied), or None when it does not look like an outlet or is too long."""
    text = " ".join(_CONTROL.sub("", value).split())
    if not text or len(text) > MAX_SOURCE_LABEL_CHARS or not _OUTLET_SHAPE.fullmatch(text):
        return None
    return text


class BoundedLabel:
    """Passes the first ``limit`` distinct values through, then answers ``other``;
    values that do not look like an outlet (``sanitised_source``) are ``other`` at
    once and take no slot."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, value: str) -> str:
        if value in self._seen:
            return value
        clean = sanitised_source(value)
        if clean is None:
            return "other"
        if clean in self._seen:
            return clean
        with self._lock:
            if len(self._seen) < self.limit:
                self._seen.add(clean)
                return clean
        return "other"


source_label = BoundedLabel(50)


def lang_label(lang: str | None) -> str:
    if lang is None:
        return "unknown"
    return lang if lang in KNOWN_LANGS else "other"


#: Label children looked up once: ``labels()`` validates and locks on every call,
#: a measurable cost at several calls per article.
_STAGE_CHILDREN = {name: STAGE_SECONDS.labels(stage=name) for name in STAGES}


class stage:
    """Times the block into ``wirewatch_stage_duration_seconds{stage=name}``, raised or not.

    A class rather than a ``@contextmanager`` generator: eight blocks per article, and
    the generator's set-up and tear-down cost more than the timing itself."""

    __slots__ = ("_name", "_started")

    def __init__(self, name: str) -> None:
        self._name = name
        self._started = 0.0

    def __enter__(self) -> None:
        self._started = time.perf_counter()

    def __exit__(self, *exc_info: object) -> None:
        name = self._name
        child = _STAGE_CHILDREN.get(name) or STAGE_SECONDS.labels(stage=name)
        child.observe(time.perf_counter() - self._started)


def record_enriched(
    *,
    source: str,
    lang: str | None,
    entity_count: int,
    received_at: datetime,
    published_at: datetime | None,
) -> None:
    label = lang_label(lang)
    ARTICLES_ENRICHED.labels(source=source_label(source), lang=label).inc()
    ENTITIES_PER_ARTICLE.labels(lang=label).observe(entity_count)
    now = datetime.now(UTC)
    PROCESSING_LAG.observe(max(0.0, (now - received_at).total_seconds()))
    if published_at is not None:
        PUBLICATION_LAG.observe(max(0.0, (now - published_at).total_seconds()))
