"""DedupIndex: determinism, redelivery, eviction, rebuild parity, signatures on the wire."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from schemas.articles import DedupStatus, DedupVerdict
from wirewatch.core.dedup import (
    Bander,
    BandIndex,
    DedupIndex,
    DedupSettings,
    Signature,
    Signer,
)
from wirewatch.core.dedup import lsh as lsh_module
from wirewatch.core.dedup.minhash import wire_fields
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import fold_char_string
from wirewatch.io.inputs import read_jsonl

PAIRS = Path(str(resources.files("wirewatch.data").joinpath("eval/dedup/pairs.jsonl")))
SETTINGS = DedupSettings()
SIGNER = Signer(SETTINGS)
T0 = datetime(2024, 3, 1, tzinfo=UTC)


class ChangelogStore(MutableMapping[str, Any]):
    """Keeps only what was assigned, serialised: in-place mutation would be lost, as in Faust."""

    def __init__(self, initial: dict[str, Any] | None = None) -> None:
        self._data = {k: json.dumps(v) for k, v in (initial or {}).items()}

    def __getitem__(self, key: str) -> Any:
        return json.loads(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        assert isinstance(key, str)
        self._data[key] = json.dumps(value)  # raises on anything not plain JSON

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def plain(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._data.items()}


def matching_text(body: str) -> str:
    """The text the pipeline signs: cleaned display text, folded."""
    return fold_char_string(clean_text(body))


def _stream() -> list[tuple[str, str, str]]:
    """(id, source, matching text): originals and re-runs of the eval pairs, interleaved."""
    docs: dict[str, tuple[str, str]] = {}
    for pair in read_jsonl(PAIRS):
        for doc in (pair["a"], pair["b"]):
            docs.setdefault(doc["id"], (doc["source"], matching_text(doc["body"])))
    items = [(i, s, t) for i, (s, t) in docs.items()]
    random.Random(3).shuffle(items)
    return items


STREAM = _stream()
SIGS = {i: SIGNER.sign(t) for i, _, t in STREAM}


def _run(index: DedupIndex, items: list[tuple[str, str, str]], start: int = 0) -> list[Any]:
    return [
        index.decide(i, s, SIGS[i], T0 + timedelta(minutes=start + n))
        for n, (i, s, _) in enumerate(items)
    ]


def _fresh(store: MutableMapping[str, Any] | None = None) -> DedupIndex:
    index = DedupIndex(SETTINGS, store if store is not None else ChangelogStore())
    index.rebuild()
    return index


def test_stream_finds_clusters() -> None:
    verdicts = _run(_fresh(), STREAM)
    assert sum(v.status is DedupStatus.DUPLICATE for v in verdicts) >= 100
    for v in verdicts:
        assert v.cluster_id is not None
        if v.status is DedupStatus.DUPLICATE:
            assert v.cluster_id == v.duplicate_of and v.similarity is not None


def test_same_input_order_same_verdicts_and_state() -> None:
    a, b = ChangelogStore(), ChangelogStore()
    assert _run(_fresh(a), STREAM) == _run(_fresh(b), STREAM)
    assert a.plain() == b.plain()


def test_rebuild_from_store_matches_live_index_whatever_dict_order() -> None:
    half = len(STREAM) // 2
    live_store = ChangelogStore()
    live = _fresh(live_store)
    _run(live, STREAM[:half])
    entries = list(live_store.plain().items())
    random.Random(9).shuffle(entries)  # a table recovered in another order
    rebuilt = _fresh(ChangelogStore(dict(entries)))
    assert _run(live, STREAM[half:], half) == _run(rebuilt, STREAM[half:], half)


def test_redelivery_returns_same_verdict_without_double_counting() -> None:
    store = ChangelogStore()
    index = _fresh(store)
    first = _run(index, STREAM)
    state = store.plain()
    corroboration = {i: index.corroboration(i) for i, _, _ in STREAM}
    again = _run(index, STREAM)  # everything redelivered
    assert again == first
    assert store.plain() == state
    assert {i: index.corroboration(i) for i, _, _ in STREAM} == corroboration


def _text(name: str) -> str:
    pair = next(p for p in read_jsonl(PAIRS) if p["id"] == f"en-{name}-byline")
    return matching_text(pair["a"]["body"]), matching_text(pair["b"]["body"])


def test_corroboration_counts_distinct_sources() -> None:
    base, rerun = _text("sharara")
    index = _fresh()
    index.decide("o", "aa", SIGNER.sign(base), T0)
    index.decide("d1", "reuters", SIGNER.sign(rerun), T0)
    index.decide("d2", "reuters", SIGNER.sign(rerun), T0)
    index.decide("d3", "aa", SIGNER.sign(rerun), T0)
    assert index.corroboration("o") == 2
    assert index.corroboration("d1") == 2  # a duplicate answers for its story
    assert index.corroboration("missing") == 0


def test_earlier_published_rerun_processed_later_stays_duplicate() -> None:
    base, rerun = _text("cbrt_hike")
    index = _fresh()
    index.decide("first", "a", SIGNER.sign(base), T0)
    late = index.decide("second", "b", SIGNER.sign(rerun), T0 - timedelta(hours=5))
    assert late.status is DedupStatus.DUPLICATE and late.duplicate_of == "first"


def test_tie_break_highest_similarity_then_earliest_then_id() -> None:
    base, _ = _text("quake_malatya")
    wire = SIGNER.sign(base).to_wire()
    entry = {"v": 1, "src": "x", "ss": ["x"], "s": wire}
    store = ChangelogStore(
        {
            "b": {**entry, "p": T0.timestamp()},
            "a": {**entry, "p": T0.timestamp()},
            "c": {**entry, "p": T0.timestamp() - 60},
        }
    )
    index = _fresh(store)
    assert index.decide("n1", "y", SIGNER.sign(base), T0).duplicate_of == "c"
    del store["c"]
    index.rebuild()
    assert index.decide("n2", "y", SIGNER.sign(base), T0).duplicate_of == "a"


def test_eviction_by_published_time_runs_on_stream_time() -> None:
    base, rerun = _text("haftar_delegation")
    store = ChangelogStore()
    index = _fresh(store)
    index.decide("old", "a", SIGNER.sign(base), T0)
    index.decide("old-dup", "b", SIGNER.sign(rerun), T0 + timedelta(days=1))
    # The stream has only reached T0+1d: nothing is outside its window yet, however
    # late the wall clock (an archive replayed offline keeps what it needs).
    assert index.evict(T0 + timedelta(days=30)) == 0
    # An article published more than the window after the original never matches
    # it, evicted or not.
    fresh = index.decide("new", "c", SIGNER.sign(base), T0 + timedelta(days=8))
    assert fresh.status is DedupStatus.ORIGINAL and fresh.cluster_id == "new"
    assert index.evict(T0 + timedelta(days=30)) == 1
    assert "old" not in store and "old-dup" in store and "new" in store
    # One article dated far past its arrival does not move stream time at all.
    index.decide(
        "future",
        "d",
        SIGNER.sign("an unrelated text " * 10),
        T0 + timedelta(days=365),
        received_at=T0 + timedelta(days=9),
    )
    assert index.watermark == (T0 + timedelta(days=8)).timestamp()
    assert index.evict(T0 + timedelta(days=30)) == 0
    assert set(store) == {"old-dup", "new", "future"}
    assert index.verdict("future") is not None and store["future"]["w"] == 0


def test_undated_articles_do_not_move_stream_time_so_eviction_keeps_the_window() -> None:
    """One undated article (dated by its arrival, today) among archive articles used
    to move stream time to the wall clock and evict every signature at once."""
    base, rerun = _text("haftar_delegation")
    store = ChangelogStore()
    index = _fresh(store)
    index.decide("original", "a", SIGNER.sign(base), T0)
    today = T0 + timedelta(days=400)
    undated = index.decide("undated", "b", SIGNER.sign("unrelated words " * 12), None, today)
    assert undated.status is DedupStatus.ORIGINAL
    assert index.watermark == T0.timestamp()
    assert index.evict(today) == 0
    later = index.decide("rerun", "c", SIGNER.sign(rerun), T0 + timedelta(hours=3), today)
    assert later.status is DedupStatus.DUPLICATE and later.duplicate_of == "original"
    # The rebuilt index (a restart) derives the same stream time from the entries.
    rebuilt = _fresh(store)
    rebuilt.rebuild()
    assert rebuilt.watermark == (T0 + timedelta(hours=3)).timestamp()


def test_a_late_article_matches_only_within_the_window_of_stream_time() -> None:
    base, rerun = _text("haftar_delegation")
    index = _fresh()
    index.decide("original", "a", SIGNER.sign(base), T0)
    index.decide("other", "b", SIGNER.sign("unrelated words " * 12), T0 + timedelta(days=10))
    # Published a day after the original, but decided when stream time is 10 days on:
    # the original is outside the window whether or not eviction has dropped it yet.
    late = index.decide("late", "c", SIGNER.sign(rerun), T0 + timedelta(days=1))
    assert late.status is DedupStatus.ORIGINAL


def _mixed_stream(rng: random.Random) -> list[tuple[str, str, str, datetime | None, datetime]]:
    """(id, source, text, stated time or None, arrival): 30 days of originals and
    re-runs, a tenth undated, some published late, a few dated in the future."""
    items: list[tuple[str, str, str, datetime | None, datetime]] = []
    arrival = T0 + timedelta(days=800)  # the wall clock is far past the archive
    for n, (item_id, source, text) in enumerate(STREAM * 3):
        published = T0 + timedelta(hours=n * 3 + rng.randint(-30, 30))
        roll = rng.random()
        stated: datetime | None = published
        if roll < 0.1:
            stated = None
        elif roll < 0.13:
            stated = arrival + timedelta(days=rng.randint(1, 400))
        items.append((f"{item_id}-{n}", source, text, stated, arrival))
    return items


@pytest.mark.parametrize(
    ("seed", "max_bucket"), [(1, SETTINGS.max_bucket), (2, SETTINGS.max_bucket), (3, 2)]
)
def test_verdicts_do_not_depend_on_when_eviction_runs(seed: int, max_bucket: int) -> None:
    # With max_bucket=2 many buckets are over the bound: which are searched must not
    # depend on eviction either (expired originals are not counted).
    settings = DedupSettings(max_bucket=max_bucket)
    stream = _mixed_stream(random.Random(seed))
    never, always = DedupIndex(settings, ChangelogStore()), DedupIndex(settings, ChangelogStore())
    verdicts_never, verdicts_always = [], []
    evicted = 0
    for item_id, source, text, stated, arrival in stream:
        sig = SIGNER.sign(text)
        verdicts_never.append(never.decide(item_id, source, sig, stated, arrival))
        verdicts_always.append(always.decide(item_id, source, sig, stated, arrival))
        evicted += always.evict(arrival)
        # A redelivery gets the verdict it got the first time.
        assert always.decide(item_id, source, sig, stated, arrival) == verdicts_always[-1]
    assert evicted > 0, "the stream must be long enough for eviction to drop entries"
    assert any(v.status is DedupStatus.DUPLICATE for v in verdicts_never)
    assert verdicts_always == verdicts_never


def test_short_texts_are_originals_and_never_matched() -> None:
    index = _fresh()
    text = "turkish minister arrives in tripoli"
    sig = SIGNER.sign(text)
    assert sig.shingles < SETTINGS.min_shingles
    first = index.decide("s1", "a", sig, T0)
    second = index.decide("s2", "b", sig, T0)
    assert first.status is second.status is DedupStatus.ORIGINAL
    assert "s" not in index.store["s1"] and len(index) == 0
    empty = index.decide("e", "c", SIGNER.sign(""), T0)
    assert empty == DedupVerdict(status=DedupStatus.ORIGINAL, cluster_id="e")


def test_signature_wire_round_trip() -> None:
    sig = SIGS[STREAM[0][0]]
    wire = sig.to_wire()
    assert isinstance(wire, str) and wire.isascii() and len(wire) < 400
    back = Signature.from_wire(json.loads(json.dumps(wire)))
    assert back == sig and back.shingles == sig.shingles
    assert back.jaccard(sig) == 1.0
    with pytest.raises(ValueError):
        Signature.from_wire("nonsense")


def test_signatures_from_other_settings_rejected() -> None:
    other = Signer(DedupSettings(seed=1)).sign(STREAM[0][2])
    index = _fresh()
    index.decide("x", "a", SIGS[STREAM[0][0]], T0)
    with pytest.raises(ValueError):
        index.decide("y", "a", other, T0)


def test_signer_ignores_punctuation_markup_and_case() -> None:
    a = SIGNER.sign(fold_char_string("the minister said: “we will meet in Trablus’ port” then"))
    b = SIGNER.sign(fold_char_string('The Minister said — "We will meet in TRABLUS\' port," then.'))
    assert a == b
    assert SIGNER.sign("a b c d e f g h i j k").jaccard(SIGNER.sign("k j i h g f e d c b a")) < 0.1


def test_jaccard_estimate_is_close_to_exact() -> None:
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(5000)]
    words = list(rng.choice(vocab, size=600))
    for keep in (0.9, 0.6, 0.3):
        other = words[: int(len(words) * keep)] + list(rng.choice(vocab, size=50))
        a, b = SIGNER.sign(" ".join(words)), SIGNER.sign(" ".join(other))
        sa = set(np.unique(SIGNER.shingle_hashes(" ".join(words))).tolist())
        sb = set(np.unique(SIGNER.shingle_hashes(" ".join(other))).tolist())
        exact = len(sa & sb) / len(sa | sb)
        assert abs(a.jaccard(b) - exact) < 0.15
        assert a.shingles == len(sa) and b.shingles == len(sb)


def test_band_index_matches_brute_force_through_merges_and_removals() -> None:
    rng = np.random.default_rng(1)
    index = BandIndex()
    keys = {f"i{n}": rng.integers(0, 3000, size=8).astype(np.uint64) for n in range(6000)}
    tag_of = {f"i{n}": 10 * n for n in range(6000)}
    for item, k in keys.items():
        index.add(item, k, tag=tag_of[item])
    removed = {f"i{n}" for n in range(0, 6000, 2)}

    def check(live: dict[str, set[int]]) -> None:
        for _ in range(50):
            q = rng.integers(0, 3000, size=8).astype(np.uint64)
            want = {i for i, k in live.items() if k & set(q.tolist())}
            assert index.query(q) == want
            tags = index.query_tags(q).tolist()
            assert sorted(tags) == sorted(tag_of[i] for i in want)

    check({i: set(k.tolist()) for i, k in keys.items()})
    for item in removed:
        assert index.remove(item)
    assert not index.remove("i0")
    live = {i: set(k.tolist()) for i, k in keys.items() if i not in removed}
    check(live)  # dead slots still in the arrays, skipped
    index.compact()
    check(live)  # slots renumbered, tags carried along
    for n in range(6000, 6100):  # and new items after that, in the tail
        item = f"i{n}"
        keys[item] = rng.integers(0, 3000, size=8).astype(np.uint64)
        tag_of[item] = 10 * n
        index.add(item, keys[item], tag=tag_of[item])
        live[item] = set(keys[item].tolist())
    check(live)
    assert len(index) == len(live)


@pytest.mark.parametrize("rows", [3, 4])  # packed keys, hashed keys
def test_bander_keys_of_rows_equal_keys_of_each_signature(rows: int) -> None:
    settings = DedupSettings(bands=30, rows=rows)
    bander = Bander(settings)
    sigs = [SIGS[i] for i, _, _ in STREAM[:50]]
    many = bander.keys_of_rows(np.stack([s.values for s in sigs]))
    assert many.shape == (50, 30)
    for row, sig in zip(many, sigs, strict=True):
        assert np.array_equal(row, bander.keys(sig))


def test_band_index_load_answers_as_adding_one_by_one_and_keeps_working() -> None:
    rng = np.random.default_rng(2)
    ids = [f"i{n}" for n in range(3000)]
    keys = rng.integers(0, 4000, size=(3000, 8)).astype(np.uint64)
    tags = np.arange(3000, dtype=np.int64) * 7
    added, loaded = BandIndex(), BandIndex()
    for item, k, tag in zip(ids, keys, tags.tolist(), strict=True):
        added.add(item, k, tag=tag)
    loaded.load(ids, keys, tags)
    assert len(loaded) == len(added) == 3000

    def same_answers() -> None:
        for _ in range(100):
            q = rng.integers(0, 4000, size=8).astype(np.uint64)
            assert loaded.query(q) == added.query(q)
            assert sorted(loaded.query_tags(q).tolist()) == sorted(added.query_tags(q).tolist())

    same_answers()
    for n in range(0, 3000, 3):  # removals, then new items in the tail and a merge
        assert loaded.remove(ids[n]) and added.remove(ids[n])
    for n in range(3000, 5200):
        k = rng.integers(0, 4000, size=8).astype(np.uint64)
        loaded.add(f"i{n}", k, tag=7 * n)
        added.add(f"i{n}", k, tag=7 * n)
    same_answers()
    loaded.compact()
    same_answers()
    with pytest.raises(ValueError, match="distinct"):
        BandIndex().load(["a", "a"], keys[:2], tags[:2])


def test_rebuilt_index_grows_past_its_loaded_capacity_with_the_same_verdicts() -> None:
    # 1,100 originals fill more than the 1,024 rows a rebuild allocates at least, so
    # the live index must grow its arrays after the bulk load.
    words = [f"w{n}" for n in range(20000)]
    rng = random.Random(5)
    texts = {f"x{n}": " ".join(rng.choices(words, k=60)) for n in range(1300)}
    sigs = {i: SIGNER.sign(t) for i, t in texts.items()}
    reruns = {f"r{n}": sigs[f"x{n}"] for n in range(0, 1300, 10)}
    order = list(sigs.items())
    live_store = ChangelogStore()
    live = _fresh(live_store)
    for n, (i, sig) in enumerate(order[:1100]):
        live.decide(i, "s", sig, T0 + timedelta(seconds=n))
    rebuilt = _fresh(ChangelogStore(live_store.plain()))
    assert len(rebuilt) == len(live) == 1100
    later = order[1100:] + list(reruns.items())
    for n, (i, sig) in enumerate(later):
        when = T0 + timedelta(seconds=1100 + n)
        assert rebuilt.decide(i, "t", sig, when) == live.decide(i, "t", sig, when)
    assert sum(v.startswith("r") for v in live_store.plain()) == len(reruns)
    assert all(live.verdict(r).status is DedupStatus.DUPLICATE for r in reruns)


def test_band_index_levels_answer_like_brute_force_through_flushes_and_merges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A tiny tail bound, so the tail -> middle level -> main arrays path runs hundreds
    # of times, removals and renumbering included.
    monkeypatch.setattr(lsh_module, "_TAIL_MAX_KEYS", 40)
    rng = np.random.default_rng(3)
    index = BandIndex()
    live: dict[str, set[int]] = {}
    tag_of: dict[str, int] = {}
    for n in range(4000):
        item = f"i{n}"
        keys = rng.integers(0, 2500, size=6).astype(np.uint64)
        index.add(item, keys, tag=3 * n)
        live[item], tag_of[item] = set(keys.tolist()), 3 * n
        if n % 5 == 4:  # remove an earlier item now and then
            gone = f"i{int(rng.integers(0, n))}"
            assert index.remove(gone) == (gone in live)
            live.pop(gone, None)
        if n % 400 == 399:
            for _ in range(20):
                q = rng.integers(0, 2500, size=6).astype(np.uint64)
                want = {i for i, k in live.items() if k & set(q.tolist())}
                assert index.query(q) == want
                assert sorted(index.query_tags(q).tolist()) == sorted(tag_of[i] for i in want)
    assert len(index) == len(live)


def test_band_index_bounded_query_sets_large_buckets_apart() -> None:
    index = BandIndex()
    shared = np.array([7], dtype=np.uint64)
    for n in range(30):  # 30 items share key 7; each also has a key of its own
        index.add(f"i{n}", np.array([7, 100 + n], dtype=np.uint64), tag=n)
    query = np.array([7, 100, 101], dtype=np.uint64)
    small, large = index.query_tags_bounded(query, bound=10)
    assert sorted(small.tolist()) == [0, 1]
    assert len(large) == 1 and sorted(large[0].tolist()) == list(range(30))
    small, large = index.query_tags_bounded(query, bound=30)  # at the bound: searched
    assert sorted(small.tolist()) == list(range(30)) and large == []
    assert index.query_tags_bounded(np.array([5], dtype=np.uint64), bound=1)[0].size == 0
    for n in range(5, 30):
        index.remove(f"i{n}")
    # Dead slots still stored: the bucket is handed over as large, with its live tags
    # only, so the caller sizes it by what is alive; after compaction it is small.
    small, large = index.query_tags_bounded(shared, bound=10)
    assert small.size == 0 and sorted(large[0].tolist()) == [0, 1, 2, 3, 4]
    index.compact()
    small, large = index.query_tags_bounded(shared, bound=10)
    assert sorted(small.tolist()) == [0, 1, 2, 3, 4] and large == []


def test_band_index_refuses_more_items_than_slot_bits_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lsh_module, "_SLOT_MASK", 7)  # 8 slots
    index = BandIndex()
    keys = np.array([1, 2], dtype=np.uint64)
    for n in range(8):
        index.add(f"i{n}", keys, tag=n)
    with pytest.raises(OverflowError):
        index.add("i8", keys, tag=8)
    index.remove("i0")
    index.add("i8", keys, tag=8)  # the dead slot is reclaimed by renumbering
    assert sorted(index.query_tags(keys).tolist()) == list(range(1, 9))
    with pytest.raises(OverflowError):
        BandIndex().load([f"i{n}" for n in range(9)], np.ones((9, 2), np.uint64), np.arange(9))


def _footer_stream(stories: int) -> list[tuple[str, Signature]]:
    """Originals with their own 60 words and one agency footer of 45 words, each
    followed later by a re-run with a word changed (the footer's buckets grow with
    every story, each story's own buckets hold the story and its re-run)."""
    rng = random.Random(11)
    words = [f"w{n}" for n in range(30000)]
    footer = " ".join(rng.choices(words, k=45))
    originals, reruns = [], []
    for n in range(stories):
        body = rng.choices(words, k=60)
        originals.append((f"o{n}", SIGNER.sign(" ".join(body) + " " + footer)))
        body[rng.randrange(60)] = "edited"
        reruns.append((f"r{n}", SIGNER.sign(" ".join(body) + " " + footer)))
    return originals[:40] + [x for pair in zip(originals[40:], reruns, strict=False) for x in pair]


def test_oversized_buckets_are_not_searched_and_reruns_are_still_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = _footer_stream(120)
    store = ChangelogStore()
    bounded = DedupIndex(DedupSettings(max_bucket=8), store)
    unbounded = DedupIndex(DedupSettings(max_bucket=10**9), ChangelogStore())
    large_buckets: list[int] = []
    query = BandIndex.query_tags_bounded

    def spy(self: BandIndex, keys: np.ndarray, bound: int) -> tuple[np.ndarray, list[Any]]:
        small, large = query(self, keys, bound)
        if bound == 8:
            large_buckets.append(len(large))
        return small, large

    monkeypatch.setattr(BandIndex, "query_tags_bounded", spy)
    for n, (item_id, sig) in enumerate(stream):
        when = T0 + timedelta(minutes=n)
        verdict = bounded.decide(item_id, "s", sig, when)
        assert verdict == unbounded.decide(item_id, "s", sig, when)
        if item_id.startswith("r"):
            assert verdict.duplicate_of == "o" + item_id[1:]
        else:
            assert verdict.status is DedupStatus.ORIGINAL
    # The footer's buckets outgrew the bound and were skipped, most decisions on.
    assert sum(count > 0 for count in large_buckets) > len(stream) // 2
    rebuilt = DedupIndex(DedupSettings(max_bucket=8), ChangelogStore(store.plain()))
    rebuilt.rebuild()
    sig = stream[-2][1]  # the last original again, under another id: a re-run
    assert rebuilt.decide("again", "t", sig, T0 + timedelta(days=1)).duplicate_of == stream[-2][0]


def test_wire_fields_are_what_from_wire_reads() -> None:
    sig = SIGS[STREAM[0][0]]
    tag, shingles, raw = wire_fields(sig.to_wire())
    assert (tag, shingles) == (sig.tag, sig.shingles)
    assert np.array_equal(np.frombuffer(raw, dtype="<u2"), sig.values)
    for bad in ("nonsense", "2:" + sig.to_wire()[2:], sig.to_wire()[:-4] + "!!!!"):
        with pytest.raises(ValueError):
            wire_fields(bad)
        with pytest.raises(ValueError):
            Signature.from_wire(bad)
