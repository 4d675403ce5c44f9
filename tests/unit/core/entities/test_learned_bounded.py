"""Learned names with bounded state (issue #12): pending names expire on the table's
stream time, a hard cap drops the oldest pending names first, and everything depends
on the order of articles and the store alone (restarts, redeliveries)."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from schemas import Entity, EntityType, Mention
from wirewatch import metrics
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.learned import (
    CLOCK_KEY,
    EVICTION_RULES,
    LearnedNames,
    NameGuard,
    stored_entries,
)

T0 = datetime(2024, 3, 1, tzinfo=UTC)
DAY = timedelta(days=1)


class ChangelogStore(MutableMapping[str, Any]):
    """Values kept serialised (in-place mutation would be lost, as in Faust), and every
    write noted as a changelog carries it: ``(key, value)``, ``None`` for a tombstone."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self.log: list[tuple[str, Any]] = []

    def __getitem__(self, key: str) -> Any:
        return json.loads(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = json.dumps(value)
        self.log.append((key, value))

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self.log.append((key, None))

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def plain(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._data.items()}


@pytest.fixture(scope="module")
def guard() -> NameGuard:
    detector = EntityDetector.default()
    return NameGuard.from_kb(detector.kb, detector.lex)


def _found(name: str) -> Entity:
    slug = name.lower().replace(" ", "-")
    return Entity(
        id=f"person:pattern:{slug}",
        type=EntityType.PERSON,
        name=name,
        country="LY",
        role="deputy prime minister",
        found_by="pattern",
        mentions=(Mention(text=name, start=0, end=len(name)),),
    )


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


class Evictions:
    """``on_evict`` as the pipeline wires it to the metric, kept to assert on."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(EVICTION_RULES, 0)

    def __call__(self, rule: str, count: int) -> None:
        self.counts[rule] += count


def _names(guard: NameGuard, store: ChangelogStore | None = None, **kwargs: Any) -> LearnedNames:
    return LearnedNames(store if store is not None else ChangelogStore(), guard, **kwargs)


def test_a_pending_name_is_dropped_once_stream_time_is_past_its_window(guard: NameGuard) -> None:
    store, evictions = ChangelogStore(), Evictions()
    names = _names(guard, store, pending_days=30, on_evict=evictions)
    names.observe("a1", T0, "en", [_found("Nasser Belkheir Obeidi")])
    names.observe("a2", T0 + 30 * DAY, "en", [_found("Kemal Yurtsever")])
    # exactly the window: kept
    assert _slug("Nasser Belkheir Obeidi") in store
    names.observe("a3", T0 + 30 * DAY + timedelta(seconds=1), "en", [_found("Salem Ramadan Zwai")])
    assert _slug("Nasser Belkheir Obeidi") not in store
    assert set(dict(stored_entries(store))) == {"kemal-yurtsever", "salem-ramadan-zwai"}
    assert len(names) == 2
    # deleted through the store: the changelog carries a tombstone
    assert (_slug("Nasser Belkheir Obeidi"), None) in store.log
    assert evictions.counts == {"pending_expired": 1, "cap_pending": 0, "cap_ready": 0}
    assert store[CLOCK_KEY]["t"] == (T0 + 30 * DAY + timedelta(seconds=1)).timestamp()


def test_evidence_again_within_the_window_keeps_a_name_and_counts(guard: NameGuard) -> None:
    names = _names(guard, pending_days=30, min_evidence=3)
    person = _found("Nasser Belkheir Obeidi")
    names.observe("a1", T0, "en", [person])
    names.observe("a2", T0 + 25 * DAY, "en", [person])  # its newest evidence moves on
    names.observe("a3", T0 + 50 * DAY, "en", [_found("Kemal Yurtsever")])
    (entry,) = [e for slug, e in stored_entries(names.store) if slug.startswith("nasser")]
    assert entry["n"] == 2 and entry["t"] == (T0 + 25 * DAY).timestamp()


def test_a_ready_name_is_kept_and_links_long_after_its_window(guard: NameGuard) -> None:
    names = _names(guard, pending_days=30)
    person = _found("Nasser Belkheir Obeidi")
    names.observe("a1", T0, "en", [person])
    names.observe("a2", T0 + DAY, "en", [person])
    names.observe("a3", T0 + 400 * DAY, "en", [_found("Kemal Yurtsever")])
    assert _slug("Nasser Belkheir Obeidi") in names.store
    (linked,) = names.link("Nasser Belkheir Obeidi arrived.", [])
    assert linked.id == "person:pattern:nasser-belkheir-obeidi"


def test_a_name_dropped_starts_its_count_again(guard: NameGuard) -> None:
    names = _names(guard, pending_days=30)
    person = _found("Nasser Belkheir Obeidi")
    names.observe("a1", T0, "en", [person])
    names.observe("a2", T0 + 40 * DAY, "en", [_found("Kemal Yurtsever")])  # a1's evidence expires
    names.observe("a3", T0 + 41 * DAY, "en", [person])
    assert names.store[_slug("Nasser Belkheir Obeidi")]["n"] == 1
    assert names.link("Nasser Belkheir Obeidi arrived.", []) == []


def test_undated_and_future_dated_articles_do_not_move_stream_time(guard: NameGuard) -> None:
    store = ChangelogStore()
    names = _names(guard, store, pending_days=30)
    names.observe("a1", T0, "en", [_found("Nasser Belkheir Obeidi")])
    today = T0 + 800 * DAY  # the wall clock, far past the archive being replayed
    names.observe("undated", None, "en", [_found("Kemal Yurtsever")], received_at=today)
    far = T0 + 365 * DAY
    names.observe("future", far, "en", [_found("Salem Ramadan Zwai")], received_at=T0 + DAY)
    assert names.stream_time == T0.timestamp() == store[CLOCK_KEY]["t"]
    # nothing expired, and their evidence counts as seen at stream time
    assert len(names) == 3
    assert store["kemal-yurtsever"]["t"] == store["salem-ramadan-zwai"]["t"] == T0.timestamp()
    # the dates shown to a person are still the article's own
    assert store["kemal-yurtsever"]["first_seen"] == today.isoformat()
    # a date a little past its arrival (a clock off) is trusted
    soon = T0 + DAY + timedelta(minutes=30)
    names.observe("skewed", soon, "en", [_found("Omar Salem Faraj")], received_at=T0 + DAY)
    assert names.stream_time == soon.timestamp()


def test_before_any_dated_article_nothing_expires(guard: NameGuard) -> None:
    names = _names(guard, pending_days=1)
    for n, name in enumerate(["Nasser Belkheir Obeidi", "Kemal Yurtsever"]):
        names.observe(f"u{n}", None, "en", [_found(name)], received_at=T0 + n * 90 * DAY)
    assert len(names) == 2 and names.stream_time == 0.0
    # the first dated article starts stream time: undated evidence before it is the oldest
    names.observe("d1", T0 + 100 * DAY, "en", [_found("Salem Ramadan Zwai")])
    assert [slug for slug, _ in stored_entries(names.store)] == ["salem-ramadan-zwai"]


def test_the_cap_drops_the_oldest_pending_first_then_ties_by_slug(guard: NameGuard) -> None:
    evictions = Evictions()
    names = _names(guard, pending_days=365, max_names=3, on_evict=evictions)
    ready = _found("Nasser Belkheir Obeidi")
    names.observe("r1", T0, "en", [ready])
    names.observe("r2", T0, "en", [ready])  # ready, with the oldest evidence of all
    names.observe("p1", T0 + DAY, "en", [_found("Zaid Omar Ali"), _found("Kemal Yurtsever")])
    names.observe("p2", T0 + 2 * DAY, "en", [_found("Salem Ramadan Zwai")])
    # four names, cap three: of the two pending ones of day 1, the first slug goes
    kept = {slug for slug, _ in stored_entries(names.store)}
    assert kept == {"nasser-belkheir-obeidi", "zaid-omar-ali", "salem-ramadan-zwai"}
    names.observe("p3", T0 + 3 * DAY, "en", [_found("Omar Salem Faraj")])
    kept = {slug for slug, _ in stored_entries(names.store)}
    assert kept == {"nasser-belkheir-obeidi", "salem-ramadan-zwai", "omar-salem-faraj"}
    assert evictions.counts == {"pending_expired": 0, "cap_pending": 2, "cap_ready": 0}


def test_a_table_full_of_ready_names_keeps_them_and_drops_a_new_pending_one(
    guard: NameGuard,
) -> None:
    names = _names(guard, max_names=2)
    for name in ("Nasser Belkheir Obeidi", "Kemal Yurtsever"):
        names.observe(f"{name}-1", T0, "en", [_found(name)])
        names.observe(f"{name}-2", T0, "en", [_found(name)])
    names.observe("new", T0 + DAY, "en", [_found("Salem Ramadan Zwai")])
    assert {slug for slug, _ in stored_entries(names.store)} == {
        "nasser-belkheir-obeidi",
        "kemal-yurtsever",
    }


def test_only_ready_names_over_the_cap_drop_the_oldest_and_say_so(
    guard: NameGuard, caplog: pytest.LogCaptureFixture
) -> None:
    evictions = Evictions()
    names = _names(guard, max_names=2, min_evidence=1, on_evict=evictions)
    for day, name in enumerate(["Nasser Belkheir Obeidi", "Kemal Yurtsever", "Salem Ramadan Zwai"]):
        with caplog.at_level(logging.WARNING):
            names.observe(f"a{day}", T0 + day * DAY, "en", [_found(name)])
    assert {slug for slug, _ in stored_entries(names.store)} == {
        "kemal-yurtsever",
        "salem-ramadan-zwai",
    }
    assert names.link("Nasser Belkheir Obeidi spoke.", []) == []  # no longer linked
    assert [e.id for e in names.link("Kemal Yurtsever spoke.", [])] == [
        "person:pattern:kemal-yurtsever"
    ]
    assert evictions.counts["cap_ready"] == 1
    assert "all ready to link" in caplog.text and "nasser-belkheir-obeidi" in caplog.text


def test_a_redelivery_after_its_name_was_dropped_changes_nothing(guard: NameGuard) -> None:
    store = ChangelogStore()
    names = _names(guard, store, pending_days=30)
    person = _found("Nasser Belkheir Obeidi")
    assert names.observe("a1", T0, "en", [person]) == ["nasser-belkheir-obeidi"]
    names.observe("a2", T0 + 40 * DAY, "en", [_found("Kemal Yurtsever")])
    before, writes = store.plain(), len(store.log)
    # a1 again (a crash before its offset was committed, long ago in stream time)
    assert names.observe("a1", T0, "en", [person]) == []
    # and the article that moved stream time, again
    assert names.observe("a2", T0 + 40 * DAY, "en", [_found("Kemal Yurtsever")]) == []
    assert store.plain() == before and len(store.log) == writes


def test_a_redelivery_after_the_cap_dropped_its_name_changes_nothing(guard: NameGuard) -> None:
    store = ChangelogStore()
    names = _names(guard, store, max_names=2)
    names.observe("a1", T0, "en", [_found("Nasser Belkheir Obeidi")])
    names.observe("a2", T0 + DAY, "en", [_found("Kemal Yurtsever")])
    names.observe("a3", T0 + 2 * DAY, "en", [_found("Salem Ramadan Zwai")])  # a1's name goes
    assert "nasser-belkheir-obeidi" not in store
    assert store[CLOCK_KEY]["cap"] == T0.timestamp() == names.cap_floor
    before, writes = store.plain(), len(store.log)
    # after a restart (floor read back from the store), a1 comes again
    again = _names(guard, store, max_names=2)
    assert again.observe("a1", T0, "en", [_found("Nasser Belkheir Obeidi")]) == []
    assert store.plain() == before and len(store.log) == writes
    # evidence newer than the floor is learned, and takes the oldest pending name's place
    assert again.observe("a4", T0 + 3 * DAY, "en", [_found("Omar Salem Faraj")]) == [
        "omar-salem-faraj"
    ]
    assert {slug for slug, _ in stored_entries(store)} == {"salem-ramadan-zwai", "omar-salem-faraj"}


def test_an_undated_redelivery_after_its_window_learns_its_name_afresh_as_pending(
    guard: NameGuard,
) -> None:
    """The documented exception: undated evidence is placed at the stream time of its
    turn, so a redelivery long after (in stream time) is new evidence, for one article."""
    names = _names(guard, pending_days=30)
    person = _found("Nasser Belkheir Obeidi")
    names.observe("a0", T0, "en", [_found("Kemal Yurtsever")])
    names.observe("u1", None, "en", [person], received_at=T0 + DAY)
    names.observe("a2", T0 + 40 * DAY, "en", [_found("Salem Ramadan Zwai")])
    assert "nasser-belkheir-obeidi" not in names.store
    assert names.observe("u1", None, "en", [person], received_at=T0 + DAY) == [
        "nasser-belkheir-obeidi"
    ]
    entry = names.store["nasser-belkheir-obeidi"]
    assert entry["n"] == 1 and entry["t"] == (T0 + 40 * DAY).timestamp()
    assert names.link("Nasser Belkheir Obeidi spoke.", []) == []  # pending: no link


def test_the_metric_counts_evictions_by_rule(guard: NameGuard) -> None:
    from wirewatch.core.pipeline import _count_learned_evictions

    assert metrics.LEARNED_EVICTION_RULES == EVICTION_RULES
    counter = metrics.LEARNED_EVICTED.labels(rule="pending_expired")
    start = counter._value.get()
    names = _names(guard, pending_days=1, on_evict=_count_learned_evictions)
    names.observe("a1", T0, "en", [_found("Nasser Belkheir Obeidi"), _found("Kemal Yurtsever")])
    names.observe("a2", T0 + 2 * DAY, "en", [_found("Salem Ramadan Zwai")])
    assert counter._value.get() - start == 2


# -- the same state however often a process restarts ---------------------------------------

_POOL = [
    "Nasser Belkheir Obeidi",
    "Kemal Yurtsever",
    "Salem Ramadan Zwai",
    "Omar Salem Faraj",
    "Zaid Omar Ali",
    "Adel Mansour Trabelsi",
    "Hatem Aref Ghariani",
    "Murat Kaan Demirel",
    "Yusuf Tarik Oral",
    "Walid Abdel Sharif",
    "Faraj Salem Bousif",
    "Mehmet Ali Kaya",
]


def _stream(rng: random.Random) -> list[tuple[str, datetime | None, datetime, list[Entity]]]:
    """(article id, stated time, arrival, pattern finds): 200 days, names recurring at
    random gaps, a tenth undated, a few dated in the future, some published late."""
    items = []
    arrival = T0 + 900 * DAY
    for n in range(400):
        stated: datetime | None = T0 + timedelta(hours=12 * n + rng.randint(-72, 12))
        roll = rng.random()
        if roll < 0.1:
            stated = None
        elif roll < 0.13:
            stated = arrival + rng.randint(1, 300) * DAY
        # the first names recur often (they become ready), the others seldom
        pool = _POOL[:3] if rng.random() < 0.4 else _POOL[3:]
        found = [_found(name) for name in rng.sample(pool, rng.choice([0, 1, 1, 2]))]
        items.append((f"a{n}", stated, arrival, found))
    return items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_restarts_and_redeliveries_give_the_state_and_links_of_one_run(
    guard: NameGuard, seed: int
) -> None:
    rng = random.Random(seed)
    stream = _stream(rng)
    kwargs: dict[str, Any] = {"pending_days": 3, "max_names": 7}
    one, one_evicted = _names(guard, **kwargs, on_evict=Evictions()), None
    restarted_store = ChangelogStore()
    restarted = _names(guard, restarted_store, **kwargs)
    text = " and ".join(_POOL) + " spoke."
    for n, (article_id, stated, arrival, found) in enumerate(stream):
        if n % 7 == 3:  # a restart: the index, order and stream time derived from the store
            restarted = _names(guard, restarted_store, **kwargs)
        assert [e.id for e in restarted.link(text, [])] == [e.id for e in one.link(text, [])]
        learned = one.observe(article_id, stated, "en", found, received_at=arrival)
        assert restarted.observe(article_id, stated, "en", found, received_at=arrival) == learned
        if n % 11 == 5:  # a redelivery of the article just seen changes nothing
            before = restarted_store.plain()
            assert restarted.observe(article_id, stated, "en", found, received_at=arrival) == []
            assert restarted_store.plain() == before
        assert len(one) <= kwargs["max_names"]
        assert restarted_store.plain() == dict(one.store.plain())
        assert restarted.stream_time == one.stream_time
    one_evicted = one.on_evict
    assert isinstance(one_evicted, Evictions)
    assert one_evicted.counts["pending_expired"] > 0 and one_evicted.counts["cap_pending"] > 0
    assert one.link(text, []), "some names became ready and link"


def test_stale_order_items_are_compacted(guard: NameGuard) -> None:
    """Evidence for a ready name again and again leaves old items in the eviction
    order; they are bounded, not kept for ever."""
    names = _names(guard, min_evidence=1)
    person = _found("Nasser Belkheir Obeidi")
    for n in range(500):
        names.observe(f"a{n}", T0 + n * timedelta(hours=1), "en", [person])
    assert len(names._pending) + len(names._ready) <= 2 * len(names) + 64


def test_entries_written_before_bounded_state_are_read(guard: NameGuard) -> None:
    legacy = {
        "v": 1,
        "name": "Kemal Yurtsever",
        "tokens": ["kemal", "yurtsever"],
        "country": "TR",
        "role": "ambassador",
        "lang": "en",
        "n": 1,
        "first_article": "x",
        "first_seen": "2024-01-01T00:00:00+00:00",
        "last_seen": "2024-01-01T00:00:00+00:00",
        "recent": ["x"],
    }
    store = ChangelogStore()
    store["kemal-yurtsever"] = legacy
    names = _names(guard, store, pending_days=30)
    assert len(names) == 1 and names.stream_time == 0.0  # an old last_seen is not trusted
    names.observe("a1", datetime(2024, 3, 1, tzinfo=UTC), "en", [_found("Salem Ramadan Zwai")])
    assert "kemal-yurtsever" not in store  # its last_seen is its evidence time
