"""The feeds poller's metrics (served on its own port, job ``wirewatch-feeds``)."""

from __future__ import annotations

from prometheus_client import Counter

POLL_OUTCOMES = ("ok", "not_modified", "error", "timeout")

FEED_POLLS = Counter("wirewatch_feed_polls", "Feed polls by outcome.", ["feed", "outcome"])
FEED_ITEMS_PUBLISHED = Counter(
    "wirewatch_feed_items_published", "Feed items published to articles.raw.", ["feed"]
)
FEED_FULL_TEXT = Counter(
    "wirewatch_feed_full_text_fetches",
    "Full-text page fetches: ok, or fallback to the feed's own content.",
    ["feed", "outcome"],
)


def init_feed(feed: str, full_text: bool) -> None:
    """Create every series at 0 so rate() and alerts see a feed before its first failure."""
    for outcome in POLL_OUTCOMES:
        FEED_POLLS.labels(feed, outcome)
    FEED_ITEMS_PUBLISHED.labels(feed)
    if full_text:
        for outcome in ("ok", "fallback"):
            FEED_FULL_TEXT.labels(feed, outcome)
