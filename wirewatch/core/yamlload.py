"""YAML reading through libyaml's C loader when PyYAML was built with it.

The worker reads the knowledge base and the lexicons at start-up, and PyYAML's
pure-Python ``safe_load`` spent most of that time scanning and parsing. ``CSafeLoader``
builds the same objects (same safe tags, same resolver) from the C parser; without
libyaml the pure-Python ``SafeLoader`` serves, so results never depend on the build.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

#: The fastest safe loader this PyYAML offers.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """``yaml.safe_load(stream)``, with the C loader when available."""
    return yaml.load(stream, Loader=SafeLoader)
