"""Poll RSS/Atom feeds and publish each new item once, as a ``RawArticle``, to a Publisher.

Each feed is polled on its own interval with a conditional GET. A feed that is
broken (HTTP error, not a feed) or slow (past its timeout) is counted and logged
and never holds up the others. Items are published oldest first and marked seen
only after the publish is acknowledged (see ``seen.py`` for the at-least-once
reasoning).

Every request goes through ``netguard.GuardedTransport`` (public addresses only,
checked after DNS resolution on every redirect hop, unless ``allow_private`` names
them), and each poll of a feed is bounded: entries read, full-text fetches and time.
An entry that cannot be identified or built is skipped; the others go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import feedparser
import httpx
import orjson
import trafilatura
from pydantic import ValidationError

from schemas import RawArticle
from wirewatch.core.page import EXTRACTION
from wirewatch.core.urls import canonical_url
from wirewatch.core.validate import derived_id
from wirewatch.feeds import metrics
from wirewatch.feeds.config import FeedConfig, FeedsConfig, primary_lang
from wirewatch.feeds.netguard import AddressPolicy, GuardedTransport, Resolver, system_resolver
from wirewatch.feeds.publisher import Publisher
from wirewatch.feeds.seen import SeenStore

log = logging.getLogger(__name__)

Outcome = Literal["ok", "not_modified", "error", "timeout"]

_PRUNE_EVERY_S = 3600.0
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class PollResult:
    feed: str
    outcome: Outcome
    published: int = 0
    already_seen: int = 0
    #: Entries that could not even be identified (a bad link, an odd shape): skipped.
    skipped: int = 0
    #: Why the poll stopped short of the feed's end, if it did (a cap, its time limit).
    capped: str | None = None
    error: str | None = None


class FeedError(Exception):
    """The feed answered, but not with a feed."""


@dataclass(frozen=True, slots=True)
class _Fetched:
    body: bytes
    url: str
    content_type: str | None
    etag: str | None
    last_modified: str | None


class FeedPoller:
    def __init__(
        self,
        config: FeedsConfig,
        publisher: Publisher,
        *,
        store: SeenStore | None = None,
        client: httpx.AsyncClient | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.config = config
        self.publisher = publisher
        self._owns_store = store is None
        if store is None:
            store = SeenStore(
                config.state_dir / "seen.sqlite3",
                max_age_s=config.seen_max_age_days * 86400.0,
                max_items=config.seen_max_items,
            )
        self.store = store
        self._owns_client = client is None
        # A client passed in is used as it is: the address guard is the default
        # client's transport (``resolver`` lets tests name hosts without DNS).
        if client is None:
            transport = GuardedTransport(
                AddressPolicy.from_allow_list(config.allow_private), resolver=resolver
            )
            client = httpx.AsyncClient(
                follow_redirects=True,
                max_redirects=config.max_redirects,
                headers={"User-Agent": config.user_agent},
                transport=transport,
                # No proxies from the environment: a proxy would connect to addresses
                # the transport never got to check.
                trust_env=False,
            )
        self._client = client
        self._stop = asyncio.Event()
        self._in_flight: set[str] = set()
        self._last_prune = 0.0
        for feed in config.feeds:
            metrics.init_feed(feed.name, feed.fetch_full_text)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()
        if self._owns_store:
            self.store.close()

    async def __aenter__(self) -> FeedPoller:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- running ---------------------------------------------------------------------

    async def poll_all(self) -> list[PollResult]:
        """Poll every feed once, concurrently (``--once``)."""
        self._maybe_prune()
        return list(await asyncio.gather(*(self.poll(feed) for feed in self.config.feeds)))

    async def run(self, stop: asyncio.Event) -> None:
        """Poll each feed on its interval until ``stop`` is set.

        A poll in progress stops at the next item boundary, so no item is cut between
        its publish and its mark.
        """
        self._stop = stop
        tasks = [
            asyncio.create_task(self._loop(feed), name=f"feed:{feed.name}")
            for feed in self.config.feeds
        ]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _loop(self, feed: FeedConfig) -> None:
        while not self._stop.is_set():
            self._maybe_prune()
            await self.poll(feed)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), feed.interval_s)

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        if self._last_prune and now - self._last_prune < _PRUNE_EVERY_S:
            return
        self._last_prune = now
        forgotten = self.store.prune()
        if forgotten:
            log.info("feeds: forgot %d old item ids", forgotten)

    # -- one poll --------------------------------------------------------------------

    async def poll(self, feed: FeedConfig) -> PollResult:
        """Poll one feed; never raises (except cancellation)."""
        result = PollResult(feed.name, "ok")
        try:
            await self._poll(feed, result)
        except (TimeoutError, httpx.TimeoutException):
            result.outcome, result.error = (
                "timeout",
                f"no complete answer within {feed.timeout_s:g}s",
            )
        except (httpx.HTTPError, FeedError) as exc:
            result.outcome, result.error = "error", str(exc) or type(exc).__name__
        except Exception as exc:  # a bad feed must never stop the others
            log.exception("feed %s: unexpected error", feed.name)
            result.outcome, result.error = "error", f"{type(exc).__name__}: {exc}"
        metrics.FEED_POLLS.labels(feed.name, result.outcome).inc()
        if result.outcome in ("error", "timeout"):
            log.warning("feed %s: %s: %s", feed.name, result.outcome, result.error)
        else:
            log.info(
                "feed %s: %s, %d published, %d already seen",
                feed.name,
                result.outcome,
                result.published,
                result.already_seen,
            )
        return result

    async def _poll(self, feed: FeedConfig, result: PollResult) -> None:
        budget = _PollBudget(
            deadline=time.monotonic() + self.config.max_poll_s,
            fetches_left=self.config.max_fetches_per_poll,
        )
        # The timeout bounds the whole fetch: httpx's own timeouts are per read, and a
        # server trickling bytes would never trip them.
        async with asyncio.timeout(min(feed.timeout_s, self.config.max_poll_s)):
            fetched = await self._fetch_feed(feed)
        if fetched is None:
            self.store.touch_feed(feed.name)
            result.outcome = "not_modified"
            return
        parsed = await asyncio.to_thread(_parse_feed, fetched)
        entries = list(parsed.get("entries", []))
        if not entries and (parsed.get("bozo") or not parsed.get("version")):
            raise FeedError(f"not a feed: {parsed.get('bozo_exception') or 'unrecognised format'}")
        if parsed.get("bozo"):
            # Loose parsing recovered entries (common: stray '&'); publish what is there.
            log.warning(
                "feed %s: malformed, parsed leniently: %s", feed.name, parsed.get("bozo_exception")
            )
        declared_lang = primary_lang(parsed.get("feed", {}).get("language"))
        if len(entries) > self.config.max_items_per_poll:
            # Feeds list newest first: the newest are the ones worth reading.
            result.capped = (
                f"{len(entries)} entries, read the newest {self.config.max_items_per_poll}"
            )
            entries = entries[: self.config.max_items_per_poll]

        still_listed: list[str] = []
        complete = True
        for entry in _oldest_first(entries):
            if self._stop.is_set():
                complete = False
                break
            if budget.expired():
                result.capped = f"poll time limit of {self.config.max_poll_s:g}s reached"
                complete = False
                break
            try:
                item_id = _item_id(feed, entry)
            except Exception as exc:  # e.g. a link with an invalid port: skip this one only
                log.warning("feed %s: entry skipped, cannot identify it: %s", feed.name, exc)
                result.skipped += 1
                continue
            if item_id is None:
                log.debug("feed %s: entry without guid, link or text skipped", feed.name)
                continue
            if self.store.is_seen(item_id):
                still_listed.append(item_id)
                result.already_seen += 1
                continue
            if item_id in self._in_flight:
                # Another feed lists the same item and is publishing it right now; if
                # that fails, the item stays unseen and a later poll picks it up.
                continue
            self._in_flight.add(item_id)
            try:
                published = await self._publish_new(feed, entry, item_id, declared_lang, budget)
            finally:
                self._in_flight.discard(item_id)
            result.published += published
        self.store.touch(still_listed)
        if result.capped:
            log.warning("feed %s: poll capped: %s", feed.name, result.capped)
        if complete:
            self.store.save_validators(feed.name, feed.url, fetched.etag, fetched.last_modified)

    async def _publish_new(
        self,
        feed: FeedConfig,
        entry: Any,
        item_id: str,
        declared_lang: str | None,
        budget: _PollBudget,
    ) -> int:
        """Publish one unseen entry and mark it seen; 1 if published, 0 if skipped."""
        try:
            record = await self._record(feed, entry, item_id, declared_lang, budget)
        except Exception:
            # One odd entry must not block the feed: skip it, unmarked, and go on.
            log.exception("feed %s: entry %s could not be built, skipped", feed.name, item_id)
            return 0
        if record is None:
            return 0
        # Raises on failure: the rest waits for the next poll and the validators are not
        # saved, so that poll fetches the whole feed again.
        await self.publisher.publish(item_id.encode("utf-8"), orjson.dumps(record))
        self.store.mark(item_id, feed.name)
        metrics.FEED_ITEMS_PUBLISHED.labels(feed.name).inc()
        return 1

    async def _fetch_feed(self, feed: FeedConfig) -> _Fetched | None:
        """The feed's bytes, or None on 304 Not Modified."""
        headers = {
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
        }
        etag, last_modified = self.store.validators(feed.name, feed.url)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._client.stream(
            "GET", feed.url, headers=headers, timeout=feed.timeout_s
        ) as response:
            if response.status_code == 304:
                return None
            if response.status_code != 200:
                raise FeedError(f"HTTP {response.status_code}")
            body = await _read_capped(response, self.config.max_feed_bytes)
            return _Fetched(
                body=body,
                url=str(response.url),
                content_type=response.headers.get("content-type"),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )

    async def _record(
        self,
        feed: FeedConfig,
        entry: Any,
        item_id: str,
        declared_lang: str | None,
        budget: _PollBudget,
    ) -> dict[str, object] | None:
        link = _clean(entry.get("link"))
        url = canonical_url(link) if link else None
        title = _clean(entry.get("title"))
        body = _entry_html(entry)
        if feed.fetch_full_text and url:
            full_text = None
            if budget.take_fetch():
                timeout_s = min(feed.timeout_s, budget.remaining_s())
                full_text = await self._full_text(feed, link or url, timeout_s)
            else:
                log.info(
                    "feed %s: full-text fetch cap reached, %s keeps its feed text", feed.name, url
                )
            metrics.FEED_FULL_TEXT.labels(feed.name, "ok" if full_text else "fallback").inc()
            body = full_text or body
        body = body or title
        if not body:
            log.debug("feed %s: entry %s has no text, skipped", feed.name, item_id)
            return None
        entry_lang = primary_lang((entry.get("title_detail") or {}).get("language"))
        record: dict[str, object] = {
            "id": item_id,
            "source": feed.source_name,
            "url": url,
            "title": title,
            "body": body,
            "published_at": _published_at(entry),
            "lang": feed.lang or entry_lang or declared_lang,
        }
        record = {k: v for k, v in record.items() if v is not None}
        try:
            RawArticle.model_validate(record)
        except ValidationError as exc:
            log.warning("feed %s: entry %s is not a valid article: %s", feed.name, item_id, exc)
            return None
        return record

    async def _full_text(self, feed: FeedConfig, url: str, timeout_s: float) -> str | None:
        """The page's main text via trafilatura, or None (the caller falls back)."""
        try:
            async with (
                asyncio.timeout(timeout_s),
                self._client.stream("GET", url, timeout=timeout_s) as response,
            ):
                content_type = response.headers.get("content-type", "text/html").lower()
                if response.status_code != 200 or not content_type.startswith(_HTML_TYPES):
                    log.info(
                        "feed %s: full text of %s: HTTP %d %s",
                        feed.name,
                        url,
                        response.status_code,
                        content_type,
                    )
                    return None
                page = await _read_capped(response, self.config.max_page_bytes)
                charset = response.charset_encoding
        except (TimeoutError, httpx.HTTPError, FeedError) as exc:
            log.info(
                "feed %s: full text of %s failed: %s", feed.name, url, exc or type(exc).__name__
            )
            return None
        # Without a declared charset, bytes let trafilatura sniff the page's own meta tag.
        text = await asyncio.to_thread(_extract_text, page, charset, url)
        return text.strip() if text and text.strip() else None


# -- helpers ---------------------------------------------------------------------------


@dataclass(slots=True)
class _PollBudget:
    """What one poll of one feed may still spend: time and full-text fetches."""

    deadline: float
    fetches_left: int

    def remaining_s(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self.remaining_s() <= 0

    def take_fetch(self) -> bool:
        if self.fetches_left <= 0 or self.expired():
            return False
        self.fetches_left -= 1
        return True


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise FeedError(f"response larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _extract_text(page: bytes, charset: str | None, url: str) -> str | None:
    html: str | bytes = page
    if charset:
        with contextlib.suppress(LookupError):
            html = page.decode(charset, errors="replace")
    # Without a (known) declared charset, bytes let trafilatura sniff the page's meta tag.
    # Read with the settings whole pages are read with (core/page.py's EXTRACTION).
    return trafilatura.extract(html, url=url, **EXTRACTION)


def _parse_feed(fetched: _Fetched) -> Any:
    # A file object, never bytes or str: feedparser treats a string that names a file
    # or URL as something to open, and the body comes from the network.
    headers = {"content-location": fetched.url}
    if fetched.content_type:
        headers["content-type"] = fetched.content_type
    return feedparser.parse(io.BytesIO(fetched.body), response_headers=headers)


def _item_id(feed: FeedConfig, entry: Any) -> str | None:
    """A stable id: from the GUID (scoped by source), else the canonical link, else the text.

    GUID first, as feeds promise it stays put while links get edited; scoped by
    source since some feeds number their GUIDs 1, 2, 3. The link-based id is the one
    the pipeline itself derives for an article sent without an id.
    """
    guid = _clean(entry.get("id"))
    if guid:
        key = f"{feed.source_name}\x1f{canonical_url(guid)}"
        return derived_id("guid", key)
    link = _clean(entry.get("link"))
    if link:
        return derived_id("url", canonical_url(link))
    title, html = _clean(entry.get("title")), _entry_html(entry)
    if not (title or html):
        return None
    text = "\x1f".join((feed.source_name, title or "", html or ""))
    return derived_id("sha", text)


def _oldest_first(entries: list[Any]) -> list[Any]:
    """Publishing oldest first keeps the topic roughly in time order. Feeds list newest
    first by convention; when every entry is dated, the dates decide."""
    ordered = list(reversed(entries))
    dates = [e.get("published_parsed") or e.get("updated_parsed") for e in ordered]
    if all(dates):
        ordered = [e for _, e in sorted(zip(dates, ordered, strict=True), key=lambda p: p[0])]
    return ordered


def _entry_html(entry: Any) -> str | None:
    """The fullest text the entry carries: its longest content, else its summary."""
    contents = [_clean(c.get("value")) for c in entry.get("content") or []]
    best = max((c for c in contents if c), key=len, default=None)
    return best or _clean(entry.get("summary"))


def _published_at(entry: Any) -> str | None:
    # feedparser normalises both to a UTC struct_time.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return (
        datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        .isoformat()
        .replace("+00:00", "Z")
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
