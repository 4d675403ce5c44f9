"""wirewatch: an event-driven news stream processor."""

__version__ = "0.1.0"
