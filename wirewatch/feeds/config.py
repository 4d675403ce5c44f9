"""The feeds poller's configuration: a YAML file with the feed list and where state lives."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from wirewatch import __version__
from wirewatch.core.yamlload import safe_load


class FeedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Unique; also the ``feed`` label of the metrics, so kept to a tame alphabet.
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    url: str
    #: The ``source`` of every article from this feed; defaults to the feed's host.
    source: str | None = None
    interval_s: float = Field(default=300.0, gt=0)
    #: Bounds fetching the feed document, and separately each full-text page fetch.
    timeout_s: float = Field(default=20.0, gt=0)
    fetch_full_text: bool = False
    #: Language hint (ISO 639-1); wins over the language the feed declares.
    lang: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"feed url must be an absolute http(s) URL: {value!r}")
        return value.strip()

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return primary_lang(value)

    @property
    def source_name(self) -> str:
        if self.source and self.source.strip():
            return self.source.strip()
        host = urlsplit(self.url).hostname or self.name
        return host.removeprefix("www.")


class FeedsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Seen-set and HTTP validators (sqlite). Relative paths are taken from the working
    #: directory. One poller process per state_dir.
    state_dir: Path = Path("var/feeds")
    #: An id is forgotten once no poll has listed it for this long ...
    seen_max_age_days: float = Field(default=90.0, gt=0)
    #: ... or when more ids than this are remembered (least recently listed go first).
    seen_max_items: int = Field(default=200_000, ge=100)
    max_feed_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    max_page_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    user_agent: str = f"wirewatch-feeds/{__version__}"
    #: Hosts and networks (CIDR) that may be fetched although not public: loopback,
    #: private, link-local, multicast, reserved and cloud-metadata addresses are refused
    #: otherwise, for the feeds themselves, full-text pages and every redirect.
    allow_private: list[str] = Field(default_factory=list)
    #: A feed listing more entries than this has only its newest ones read per poll.
    max_items_per_poll: int = Field(default=500, ge=1)
    #: Full-text page fetches per poll of one feed; beyond it items keep the feed's text.
    max_fetches_per_poll: int = Field(default=50, ge=0)
    #: A poll of one feed stops at the next item after this long; the rest waits.
    max_poll_s: float = Field(default=300.0, gt=0)
    max_redirects: int = Field(default=5, ge=0)
    feeds: list[FeedConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> FeedsConfig:
        names = [feed.name for feed in self.feeds]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"feed names must be unique: {', '.join(duplicates)}")
        return self


def primary_lang(value: str | None) -> str | None:
    """``en-US`` → ``en``: the pipeline keys its lexicons on the primary subtag."""
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary or None


def load_config(path: Path | str) -> FeedsConfig:
    with Path(path).open(encoding="utf-8") as handle:
        data = safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with a 'feeds' list")
    return FeedsConfig.model_validate(data)
