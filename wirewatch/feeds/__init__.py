"""Live feeds in: poll RSS/Atom feeds and publish each new item once to ``articles.raw``."""

from wirewatch.feeds.config import FeedConfig, FeedsConfig, load_config
from wirewatch.feeds.poller import FeedPoller, PollResult
from wirewatch.feeds.publisher import AiokafkaPublisher, InMemoryPublisher, Publisher
from wirewatch.feeds.seen import SeenStore

__all__ = [
    "AiokafkaPublisher",
    "FeedConfig",
    "FeedPoller",
    "FeedsConfig",
    "InMemoryPublisher",
    "PollResult",
    "Publisher",
    "SeenStore",
    "load_config",
]
