"""``wirewatch process --state DIR``: the offline state (dedup signatures, contact
registry, learned names) as JSON files, written atomically so a crash keeps the last good copy."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Pipeline

_STATE_FILES = {
    "dedup": "dedup-signatures.json",
    "registry": "contact-registry.json",
    "learned": "learned-names.json",
}


class StateDir:
    """A directory of state files; ``None`` keeps the state in memory only."""

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

    def open_runner(self, pipeline: Pipeline) -> OfflineRunner:
        """A runner that resumes from the saved state."""
        return OfflineRunner(
            pipeline, self.load("dedup"), self.load("registry"), self.load("learned")
        )

    def close_runner(self, runner: OfflineRunner) -> None:
        """Drop what has expired, then save what the runner holds."""
        runner.finish()
        self.save("dedup", dict(runner.dedup_store))
        self.save("registry", dict(runner.registry_store))
        self.save("learned", dict(runner.learned_store))
