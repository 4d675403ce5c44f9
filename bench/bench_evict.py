"""What ``DedupIndex.evict`` costs over a large retained state, in minutes not hours.

``bench_scale.py`` reaches a million signatures by generating, signing and deciding
1.25 million articles (~50 min here); eviction does not look at signatures' content,
so this builds the same shape of store directly: ``--signatures`` originals with
random 128-value signatures and a quarter as many re-run entries, one entry every
0.4 s of publication time (bench_scale's 0.5 s would put 1.25M entries over 7 days), stored as JSON text as the
worker's memory store holds them. It then times ``rebuild`` (the restart), and the
once-a-minute ``evict``: with nothing due, with a minute (150 entries) due, and the
search before session 16 (every entry decoded) on the same store.

    PYTHONPATH=. .venv/bin/python bench/bench_evict.py --signatures 1M
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # PYTHONPATH may still override the code

from bench.bench_scale import (  # noqa: E402
    FaustCodec,
    JsonTextStore,
    Signed,
    _timed,
    parse_size,
    restart_rocksdb,
    scan_expired,
)
from wirewatch.core.dedup import DedupIndex, DedupSettings, Signature, Signer  # noqa: E402
from wirewatch.testing.corpus import ScaleArticle  # noqa: E402

T0 = datetime(2026, 11, 1, tzinfo=UTC).timestamp()
#: Publication time between entries: 1.25M entries span 5.8 days, inside the window.
SPACING_S = 0.4


def build(signatures: int, settings: DedupSettings, seed: int) -> JsonTextStore:
    rng = np.random.default_rng(seed)
    tag = Signer(settings).tag
    store = JsonTextStore()
    data = store.data
    n = 0
    for row in range(signatures):
        values = rng.integers(0, 65536, settings.num_perm, dtype=np.uint16)
        wire = Signature(values=values, shingles=int(rng.integers(60, 900)), tag=tag).to_wire()
        entry = {
            "v": 1,
            "p": T0 + n * SPACING_S,
            "src": f"s{row % 40}",
            "ss": [f"s{row % 40}"],
            "s": wire,
        }
        data[f"a{n}"] = orjson.dumps(entry).decode()
        n += 1
        if row % 4 == 3:  # a re-run: an entry without a signature
            rerun = {"v": 1, "p": T0 + n * SPACING_S, "src": "r", "d": f"a{n - 1}", "sim": 0.9}
            data[f"a{n}"] = orjson.dumps(rerun).decode()
            n += 1
    return store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signatures", default="1M", help="retained originals (k, M suffixes)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--rocksdb", action="store_true", help="also time a rocksdb restart to the first verdict"
    )
    args = parser.parse_args()
    settings = DedupSettings()
    started = time.perf_counter()
    store = build(parse_size(args.signatures), settings, args.seed)
    print(f"{len(store):,} entries built in {time.perf_counter() - started:.0f} s")
    gc.collect()
    index = DedupIndex(settings, store)
    wall, cpu, indexed = _timed(index.rebuild)
    print(
        f"rebuild (a restart's): {wall / 1000:.2f} s ({cpu / 1000:.2f} s CPU), {indexed:,} indexed"
    )
    if args.rocksdb:
        import tempfile

        probe_values = np.random.default_rng(args.seed + 1).integers(0, 65536, settings.num_perm)
        probe = Signed(
            ScaleArticle("probe", "s0", "", datetime.fromtimestamp(index.watermark, UTC), None),
            Signature(values=probe_values.astype(np.uint16), shingles=300, tag=index._tag or ""),
        )
        with tempfile.TemporaryDirectory(prefix="bench-evict-") as scratch:
            written, restart, size, verdict = restart_rocksdb(
                settings, store, probe, FaustCodec(), Path(scratch)
            )
        print(
            f"rocksdb: written in {written:.0f} s ({size / len(store):.0f} B/entry); restart to "
            f"the first verdict {restart[0]:.2f} s ({restart[1]:.2f} s CPU), {verdict.status.value}"
        )
    now = datetime.now(UTC)
    idle = [_timed(lambda: index.evict(now)) for _ in range(5)]
    assert not any(r for _, _, r in idle), "nothing is due: the store spans under the window"
    cutoff = index.watermark - settings.window_days * 86400.0
    gc.collect()
    scan_wall, scan_cpu, found = _timed(lambda: scan_expired(store, cutoff))
    assert not found
    index.watermark = T0 + 60.0 + settings.window_days * 86400.0
    gc.collect()
    due_wall, due_cpu, dropped = _timed(lambda: index.evict(now + timedelta(days=366)))
    idle_ms = sorted(w for w, _, _ in idle)[2]
    print(
        f"evict: nothing due {idle_ms:.3f} ms; {dropped} due (a minute) {due_wall:.2f} ms "
        f"({due_cpu:.2f} ms CPU); the search before session 16 {scan_wall:,.0f} ms "
        f"({scan_cpu:,.0f} ms CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
