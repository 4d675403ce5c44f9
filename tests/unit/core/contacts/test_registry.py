import copy
import json
from collections.abc import MutableMapping
from datetime import UTC, datetime, timedelta

from schemas import ContactEvent, EntityType, Evidence, Participant
from schemas.contacts import AlertReason
from wirewatch.core.contacts import ContactRegistry, alert_id_for, pair_key

KALIN = Participant(
    id="person:ibrahim-kalin", name="Ibrahim Kalin", type=EntityType.PERSON, country="TR"
)
HAFTAR = Participant(
    id="person:khalifa-haftar", name="Khalifa Haftar", type=EntityType.PERSON, country="LY"
)
KEY = pair_key(KALIN, HAFTAR)
T0 = datetime(2025, 9, 1, tzinfo=UTC)


def event(
    article: str,
    when: datetime | None,
    *,
    historical: bool = False,
    source: str = "outlet",
    sentence_start: int = 0,
) -> ContactEvent:
    return ContactEvent(
        event_id=f"{article}:{sentence_start}",
        article_id=article,
        watch="turkey-libya",
        kind="meeting",
        participants=[KALIN, HAFTAR],
        countries=["TR", "LY"],
        pair_key=KEY,
        occurred_at=when,
        historical=historical,
        evidence=Evidence(
            sentence="Kalin met Haftar.", start=sentence_start, end=sentence_start + 17
        ),
        source=source,
        url=f"https://{source}.example/{article}",
        title="Kalin meets Haftar",
        published_at=when,
        pipeline_version="test",
    )


class RecordingStore(dict):
    """A dict that remembers assignments, like a Faust table writing its changelog."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def __setitem__(self, key: str, value: dict) -> None:
        self.writes.append(key)
        super().__setitem__(key, value)


def test_new_pair_raises_new_alert() -> None:
    registry = ContactRegistry({})
    alert = registry.observe(event("a1", T0), duplicate=False, now=T0)
    assert alert is not None and alert.reason is AlertReason.NEW
    assert alert.alert_id == alert_id_for("a1:0", AlertReason.NEW)
    assert alert.participants == [KALIN, HAFTAR]
    assert alert.source == "outlet" and alert.article_id == "a1"
    assert alert.url == "https://outlet.example/a1" and alert.title == "Kalin meets Haftar"
    assert alert.history.count == 1 and alert.history.first_seen == T0


def test_repeat_within_window_is_silent_but_counted() -> None:
    registry = ContactRegistry({})
    registry.observe(event("a1", T0), duplicate=False, now=T0)
    later = T0 + timedelta(days=29)
    assert registry.observe(event("a2", later, source="other"), duplicate=False, now=later) is None
    history = registry.history(KEY)
    assert history is not None
    assert history.count == 2 and history.last_seen == later
    assert history.sources == ["outlet", "other"]
    assert history.article_ids == ["a1", "a2"]


def test_renewed_after_window() -> None:
    registry = ContactRegistry({}, renew_after_days=30)
    registry.observe(event("a1", T0), duplicate=False, now=T0)
    later = T0 + timedelta(days=31)
    alert = registry.observe(event("a2", later), duplicate=False, now=later)
    assert alert is not None and alert.reason is AlertReason.RENEWED
    assert alert.history.first_seen == T0 and alert.history.last_seen == later


def test_duplicate_report_raises_nothing_and_keeps_count() -> None:
    registry = ContactRegistry({})
    dup = event("a1-rerun", T0, source="rerun")
    assert registry.observe(dup, duplicate=True, now=T0) is None
    registry2 = ContactRegistry({})
    registry2.observe(event("a1", T0), duplicate=False, now=T0)
    assert registry2.observe(dup, duplicate=True, now=T0) is None
    history = registry2.history(KEY)
    assert history is not None and history.count == 1
    assert "rerun" in history.sources


def test_historical_mention_updates_history_without_alert() -> None:
    registry = ContactRegistry({})
    old = datetime(2023, 12, 1, tzinfo=UTC)
    assert registry.observe(event("h1", old, historical=True), duplicate=False, now=T0) is None
    history = registry.history(KEY)
    assert history is not None and history.first_seen == old == history.last_seen
    # A current contact later on renews the pair rather than calling it new.
    alert = registry.observe(event("a1", T0), duplicate=False, now=T0)
    assert alert is not None and alert.reason is AlertReason.RENEWED
    # And an older historical mention widens first_seen without touching last_seen.
    older = datetime(2020, 1, 1, tzinfo=UTC)
    registry.observe(event("h2", older, historical=True), duplicate=False, now=T0)
    history = registry.history(KEY)
    assert history is not None and history.first_seen == older and history.last_seen == T0


def test_undated_historical_mention_does_not_create_a_record() -> None:
    registry = ContactRegistry({})
    assert registry.observe(event("h1", None, historical=True), duplicate=False, now=T0) is None
    assert registry.history(KEY) is None


def test_redelivery_is_idempotent_and_resends_the_same_alert() -> None:
    store = RecordingStore()
    registry = ContactRegistry(store)
    first = registry.observe(event("a1", T0), duplicate=False, now=T0)
    assert first is not None
    snapshot = copy.deepcopy(dict(store))
    # A crash may have lost the first send: the same alert (same id) comes again,
    # and nothing in the registry changes or counts twice.
    again = registry.observe(event("a1", T0), duplicate=False, now=T0 + timedelta(minutes=5))
    assert again == first
    assert dict(store) == snapshot
    assert store.writes == [KEY]


def test_redelivery_of_an_event_that_raised_no_alert_stays_silent() -> None:
    registry = ContactRegistry({})
    registry.observe(event("a1", T0), duplicate=False, now=T0)
    repeat = event("a2", T0 + timedelta(days=1))
    assert registry.observe(repeat, duplicate=False, now=T0) is None
    assert registry.observe(repeat, duplicate=False, now=T0) is None


def test_second_sentence_of_same_article_does_not_double_count() -> None:
    registry = ContactRegistry({})
    registry.observe(event("a1", T0), duplicate=False, now=T0)
    assert registry.observe(event("a1", T0, sentence_start=40), duplicate=False, now=T0) is None
    history = registry.history(KEY)
    assert history is not None and history.count == 1


def test_values_are_assigned_not_mutated_and_json_able() -> None:
    store: MutableMapping[str, dict] = RecordingStore()
    registry = ContactRegistry(store)
    registry.observe(event("a1", T0), duplicate=False, now=T0)
    stored = store[KEY]
    frozen = copy.deepcopy(stored)
    registry.observe(event("a2", T0 + timedelta(days=1)), duplicate=False, now=T0)
    assert stored == frozen  # the old value object was left alone
    assert store[KEY] is not stored
    json.dumps(store[KEY])


def test_lists_are_bounded() -> None:
    registry = ContactRegistry({}, keep=3, keep_events=5)
    for i in range(10):
        when = T0 + timedelta(hours=i)
        registry.observe(event(f"a{i}", when, source=f"s{i}"), duplicate=False, now=when)
    record = registry.store[KEY]
    assert record["sources"] == ["s7", "s8", "s9"]
    assert record["article_ids"] == ["a7", "a8", "a9"]
    assert len(record["event_ids"]) == 5
    assert record["count"] == 10


def test_out_of_order_older_event_does_not_alert() -> None:
    registry = ContactRegistry({})
    registry.observe(event("a2", T0 + timedelta(days=60)), duplicate=False, now=T0)
    assert registry.observe(event("a1", T0), duplicate=False, now=T0) is None
    history = registry.history(KEY)
    assert history is not None and history.first_seen == T0
