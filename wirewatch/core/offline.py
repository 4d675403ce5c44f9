"""``wirewatch process``: the live topology's stages run in-process, in input order.

Inputs are JSONL files (one raw article a line, malformed lines included: they
become dead letters exactly as on the live topic), single ``.txt``/``.html``
articles, or directories of them. State (dedup index, contact registry, learned
names) lives in plain dicts, loaded from and saved to ``--state DIR`` when given.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wirewatch.core.pipeline import Output, Pipeline
from wirewatch.core.validate import Origin

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".txt", ".html", ".htm"}
_STATE_FILES = {
    "dedup": "dedup-signatures.json",
    "registry": "contact-registry.json",
    "learned": "learned-names.json",
}


@dataclass(frozen=True, slots=True)
class InputRecord:
    payload: bytes
    origin_name: str
    line: int | None


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files in the order given; a directory contributes its files sorted by name."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in JSONL_SUFFIXES | DOCUMENT_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such input: {path}")


def document_payload(path: Path) -> bytes:
    """A single-article file as the raw JSON a producer would send for it."""
    raw = path.read_bytes()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8 text: its bytes as they are, dead-lettered as not_utf8 like any
        # such record, rather than stopping the whole run.
        return raw
    # As text mode reads it: universal newlines.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return json.dumps(
        {"id": path.stem, "source": f"file:{path.name}", "body": body}, ensure_ascii=False
    ).encode("utf-8")


def iter_records(paths: Iterable[Path]) -> Iterator[InputRecord]:
    for path in iter_input_files(paths):
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                for number, line in enumerate(handle, start=1):
                    stripped = line.rstrip(b"\r\n")
                    if stripped.strip():
                        yield InputRecord(stripped, str(path), number)
        else:
            yield InputRecord(document_payload(path), str(path), None)


class StateDir:
    """Offline state as JSON files, written atomically so a crash keeps the last good copy."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def load(self, name: str) -> dict[str, Any]:
        if self.directory is None:
            return {}
        path = self.directory / _STATE_FILES[name]
        if not path.exists():
            return {}
        return dict(json.loads(path.read_text(encoding="utf-8")))

    def save(self, name: str, data: dict[str, Any]) -> None:
        if self.directory is None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / _STATE_FILES[name]
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=target.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)


class OfflineRunner:
    def __init__(self, pipeline: Pipeline, state: StateDir) -> None:
        self.pipeline = pipeline
        self.state = state
        self.dedup_store = state.load("dedup")
        self.registry_store = state.load("registry")
        self.index = pipeline.new_dedup_index(self.dedup_store)
        self.index.rebuild()
        self.registry = pipeline.new_registry(self.registry_store)
        self.learned_store = state.load("learned")
        self.learned = pipeline.new_learned_names(self.learned_store)

    def run(self, records: Iterable[InputRecord]) -> Iterator[Output]:
        settings = self.pipeline.settings
        for record in records:
            origin = Origin(
                topic=settings.topic_raw,
                partition=None,
                offset=record.line,
                key=None,
                received_at=datetime.now(UTC),
            )
            yield from self.process_one(record.payload, origin)

    def process_one(self, payload: bytes, origin: Origin) -> Iterator[Output]:
        """One raw record through the three stages, handing records between them as
        bytes exactly as the topics do, so offline output equals live output."""
        topics = self.pipeline.settings
        for prepared in self.pipeline.prepare_outputs(payload, origin):
            if prepared.topic != topics.topic_prepared:
                yield prepared
                continue
            _, batch = prepared.encoded()
            for decided in self.pipeline.decide_outputs(batch, origin, self.index, self.learned):
                yield decided
                if decided.topic != topics.topic_contacts:
                    continue
                _, event_bytes = decided.encoded()
                yield from self.pipeline.register_outputs(event_bytes, origin, self.registry)

    def close(self) -> None:
        self.pipeline.evict_expired(self.index)
        self.state.save("dedup", dict(self.dedup_store))
        self.state.save("registry", dict(self.registry_store))
        self.state.save("learned", dict(self.learned_store))
