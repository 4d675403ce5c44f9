"""An outlet's short name that is also a place or a word, linked where copy cites it.

"Anadolu" is Anatolia as often as the agency, so the KB does not list it as one of
the agency's aliases; "Anadolu reported", "according to Anadolu", "told Anadolu",
"Anadolu'ya konuşan" name the agency all the same. A short name listed in
``lexicons/entities/cited_outlets.yaml`` links its outlet when a citation cue of the
article's language stands right before or right after it, it is written with a
capital, and no longer name already covers it ("Anadolu Agency"). Elsewhere ("central
Anadolu", "Anadolu'da") it links nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from wirewatch.core.textfold import FoldedText, fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "cited_outlets.yaml"
)


class _Outlet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    names: dict[str, list[str]]


class _Cues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    before: list[str] = []
    after: list[str] = []


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outlets: list[_Outlet]
    cues: dict[str, _Cues]


def _key(text: str) -> str:
    return " ".join(fold_char_string(text).split())


class CitedOutlets:
    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        with path.open(encoding="utf-8") as handle:
            data = _File.model_validate(safe_load(handle))
        #: language -> [(folded short name, outlet KB id)]
        self._names: dict[str, list[tuple[str, str]]] = {}
        for outlet in data.outlets:
            for lang, names in outlet.names.items():
                self._names.setdefault(lang, []).extend((_key(n), outlet.id) for n in names)
        self._before = {
            lang: tuple(_key(c) for c in cues.before) for lang, cues in data.cues.items()
        }
        self._after = {lang: tuple(_key(c) for c in cues.after) for lang, cues in data.cues.items()}

    def find(
        self, folded: FoldedText, lang: str | None, taken: Callable[[int, int], bool]
    ) -> Iterator[tuple[int, int, str]]:
        """(folded start, end, outlet id) of each cited short name not ``taken``."""
        f, display = folded.folded, folded.display
        for name, outlet in self._names.get(lang or "", ()):
            pos = f.find(name)
            while pos >= 0:
                end = pos + len(name)
                if self._cited(f, pos, end, lang or "") and not taken(pos, end):
                    d0, _ = folded.to_display(pos, end)
                    if display[d0 : d0 + 1].isupper():
                        yield pos, end, outlet
                pos = f.find(name, end)

    def _cited(self, f: str, start: int, end: int, lang: str) -> bool:
        if start and (f[start - 1].isalnum() or f[start - 1] == "-"):
            return False  # inside a word
        after = f[end : end + 40]
        glued = bool(after[:1].isalnum())
        if glued and lang != "tr":
            return False
        before = " ".join(f[max(0, start - 40) : start].split())
        if not glued and any(
            before == cue or before.endswith(" " + cue) for cue in self._before.get(lang, ())
        ):
            return True
        rest = after if glued or after.startswith("'") else " ".join(after.split())
        for cue in self._after.get(lang, ()):
            if rest.startswith(cue) and (len(rest) == len(cue) or not rest[len(cue)].isalnum()):
                return True
            if lang == "tr" and glued and rest.startswith(cue.lstrip("'")):
                return True  # Anadoluya: the apostrophe left out
        return False
