"""The seen-set: which items were published, kept durably across restarts (sqlite3).

Delivery is at-least-once. The poller marks an item seen only after the publisher
acknowledged it (Kafka ``acks=all``), so a crash between the two republishes the
item on the next run; the pipeline's dedup absorbs that duplicate. Marking first
would instead lose the item for good, which the pipeline cannot repair.

The set is bounded: an id is forgotten once no poll has listed it for
``max_age_s`` (ids still in a feed are refreshed on every poll, so pruning never
re-opens an item the feed still carries), and beyond ``max_items`` the least
recently listed ids go first.

The same file keeps each feed's HTTP validators (ETag, Last-Modified). They are
saved only once every new item of that response was published: otherwise a 304
on the next poll would hide the items that failed.

Not thread-safe: the poller calls it from its event loop thread only. Every write
is its own committed transaction (WAL, ``synchronous=FULL``), a few milliseconds.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    id TEXT PRIMARY KEY,
    feed TEXT NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_last_seen ON seen (last_seen);
CREATE INDEX IF NOT EXISTS seen_feed ON seen (feed);
CREATE TABLE IF NOT EXISTS feed_state (
    feed TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    updated_at REAL NOT NULL
);
"""


class SeenStore:
    def __init__(
        self,
        path: Path,
        *,
        max_age_s: float = 90 * 86400.0,
        max_items: int = 200_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.max_age_s = max_age_s
        self.max_items = max_items
        self._clock = clock
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])

    def is_seen(self, item_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM seen WHERE id = ?", (item_id,)).fetchone()
        return row is not None

    def mark(self, item_id: str, feed: str) -> None:
        """Remember an item; call only after its publish was acknowledged."""
        now = self._clock()
        with self._db:
            self._db.execute(
                "INSERT INTO seen (id, feed, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen",
                (item_id, feed, now, now),
            )

    def touch(self, item_ids: Iterable[str]) -> None:
        """The feed still lists these: keep them from ageing out."""
        now = self._clock()
        with self._db:
            self._db.executemany(
                "UPDATE seen SET last_seen = ? WHERE id = ?", ((now, i) for i in item_ids)
            )

    def touch_feed(self, feed: str) -> None:
        """A 304: the feed is unchanged, so everything it listed is still listed."""
        with self._db:
            self._db.execute("UPDATE seen SET last_seen = ? WHERE feed = ?", (self._clock(), feed))

    def prune(self) -> int:
        """Forget ids by age, then by count; returns how many were forgotten."""
        with self._db:
            by_age = self._db.execute(
                "DELETE FROM seen WHERE last_seen < ?", (self._clock() - self.max_age_s,)
            ).rowcount
            by_count = self._db.execute(
                "DELETE FROM seen WHERE id IN "
                "(SELECT id FROM seen ORDER BY last_seen DESC LIMIT -1 OFFSET ?)",
                (self.max_items,),
            ).rowcount
        return by_age + by_count

    def validators(self, feed: str, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) last saved for this feed, if its URL is unchanged."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM feed_state WHERE feed = ? AND url = ?", (feed, url)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(
        self, feed: str, url: str, etag: str | None, last_modified: str | None
    ) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO feed_state (feed, url, etag, last_modified, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed) DO UPDATE SET url = excluded.url, "
                "etag = excluded.etag, last_modified = excluded.last_modified, "
                "updated_at = excluded.updated_at",
                (feed, url, etag, last_modified, self._clock()),
            )
