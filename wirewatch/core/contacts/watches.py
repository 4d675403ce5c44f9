"""Contact watches: which pairs of countries to report contacts between (configuration)."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from wirewatch.core.yamlload import safe_load

_COUNTRY = "^[A-Z]{2}$"


@dataclass(frozen=True, slots=True)
class Watch:
    """A pair of countries (ISO-2) whose actors' contacts are reported."""

    name: str
    countries: tuple[str, str]

    def __post_init__(self) -> None:
        a, b = self.countries
        if a == b or not all(len(c) == 2 and c.isalpha() and c.isupper() for c in (a, b)):
            raise ValueError(f"watch {self.name!r}: two distinct ISO-2 countries needed")

    def covers(self, a: str, b: str) -> bool:
        return {a, b} == set(self.countries)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """How a country itself appears as an actor: its name and capitals (metonyms)."""

    code: str
    name: str
    names: tuple[str, ...] = field(default=())
    capitals: tuple[str, ...] = field(default=())


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        text = resources.files("wirewatch.data").joinpath("watches.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("watches file must be a mapping with a 'watches' list")
    return data


def load_watches(path: Path | None = None) -> list[Watch]:
    """Watches from ``path`` (YAML), or the packaged ``wirewatch/data/watches.yaml``."""
    data = _read(path)
    watches = []
    for entry in data.get("watches") or []:
        countries = tuple(str(c).strip().upper() for c in entry["countries"])
        if len(countries) != 2:
            raise ValueError(f"watch {entry.get('name')!r}: exactly two countries needed")
        watches.append(Watch(name=str(entry["name"]), countries=(countries[0], countries[1])))
    names = [w.name for w in watches]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate watch names in {path or 'watches.yaml'}")
    return watches


def load_countries(path: Path | None = None) -> dict[str, CountryInfo]:
    """Country names and capitals; a custom watches file may add to the packaged ones."""
    merged = dict(_read(None).get("countries") or {})
    if path is not None:
        merged.update(_read(path).get("countries") or {})
    return {
        code.upper(): CountryInfo(
            code=code.upper(),
            name=str(info.get("name", code)),
            names=tuple(str(n) for n in info.get("names") or ()) or (str(info.get("name", code)),),
            capitals=tuple(str(c) for c in info.get("capitals") or ()),
        )
        for code, info in merged.items()
    }
