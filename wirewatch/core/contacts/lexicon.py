"""Contact lexicons (triggers, blocking cues, context cues) compiled from YAML data.

The entry syntax is documented in ``wirewatch/data/lexicons/contacts/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from wirewatch.core.textfold import fold_char_string

_GAP = r"(?:\s+\S+){0,3}?\s+"  # "~": up to three words in between


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    kinds: tuple[str, ...]  # priority order
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    block: re.Pattern[str] | None
    historical: re.Pattern[str] | None
    # Context cues: "before" patterns are searched at the end of the folded text
    # before a mention, "after" patterns matched at the start of the text after it.
    before_place: re.Pattern[str] | None
    after_place: re.Pattern[str] | None
    before_mention: re.Pattern[str] | None
    after_mention: re.Pattern[str] | None
    destination_before: re.Pattern[str] | None
    destination_after: re.Pattern[str] | None
    before_possessor: re.Pattern[str] | None
    after_possessor: re.Pattern[str] | None
    #: (literal, kind): every match of a kind's pattern starts with one of its literals
    #: (after a proclitic), so a span without any cannot hold a trigger of that kind.
    trigger_cues: tuple[tuple[str, str], ...] = ()
    proclitics: tuple[str, ...] = ()

    # ``start``/``end`` limit a search to ``folded[start:end]``, a sentence of a folded
    # article (the character before it is never a word character, so the patterns'
    # ``(?<!\w)`` behave as at the start of a string); offsets stay those of ``folded``.

    def find_triggers(
        self,
        folded: str,
        start: int = 0,
        end: int | None = None,
        kinds: Collection[str] | None = None,
    ) -> list[Trigger]:
        """Triggers in ``folded[start:end]``; only of ``kinds`` (cued there) if given."""
        stop = len(folded) if end is None else end
        found = []
        for kind, pattern in self.triggers:
            if kinds is not None and kind not in kinds:
                continue
            for m in pattern.finditer(folded, start, stop):
                found.append(Trigger(kind, m.start(), m.end()))
        return found

    def blocked(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(folded) if end is None else end
        return self.block is not None and self.block.search(folded, start, stop) is not None

    def looks_historical(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(folded) if end is None else end
        return (
            self.historical is not None and self.historical.search(folded, start, stop) is not None
        )


def _entry_regex(entry: str) -> str:
    parts = []
    for word in fold_char_string(entry).split():
        if word == "~":
            parts.append(None)
        elif word.endswith("*") and len(word) > 1:
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    out = ""
    for i, part in enumerate(parts):
        if part is None:
            continue
        if i:
            out += _GAP if parts[i - 1] is None else r"\s+"
        out += part
    return out


def _entry_literal(entry: str) -> str:
    """The literal text every match of ``entry`` starts with (its first word)."""
    for word in fold_char_string(entry).split():
        if word == "~":
            continue
        return word[:-1] if word.endswith("*") and len(word) > 1 else word
    return ""  # refused by CueIndex: such an entry would match anywhere


def _union(entries: Iterable[str], proclitics: tuple[str, ...]) -> re.Pattern[str] | None:
    bodies = sorted({_entry_regex(e) for e in entries if str(e).strip()}, key=len, reverse=True)
    if not bodies:
        return None
    pre = "(?:" + "|".join(re.escape(p) for p in proclitics) + ")?" if proclitics else ""
    return re.compile(rf"(?<!\w){pre}(?:{'|'.join(bodies)})(?!\w)")


def _before(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    bodies = {_entry_regex(str(v)) for v in values or () if str(v).strip()}
    if not bodies:
        return None
    alts = "|".join(sorted(bodies, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})\s*$")


def _after(values: Iterable[Any] | None) -> re.Pattern[str] | None:
    # A leading space in the data means "the next word"; none means a glued suffix
    # (Turkish "'da", English "'s").
    bodies = set()
    for value in values or ():
        text = str(value)
        if not text.strip():
            continue
        lead = r"\s+" if text[:1].isspace() else ""
        bodies.add(lead + _entry_regex(text))
    if not bodies:
        return None
    alts = "|".join(sorted(bodies, key=len, reverse=True))
    return re.compile(rf"^(?:{alts})(?!\w)")


def _compile(data: dict[str, Any]) -> Lexicon:
    proclitics = tuple(fold_char_string(p) for p in data.get("proclitics") or ())
    triggers = data.get("triggers") or {}
    compiled = []
    cues = []
    for kind, entries in triggers.items():
        pattern = _union(entries or (), proclitics)
        if pattern is not None:
            compiled.append((str(kind), pattern))
            cues += [(_entry_literal(str(e)), str(kind)) for e in entries if str(e).strip()]
    return Lexicon(
        lang=str(data["lang"]),
        kinds=tuple(str(k) for k in triggers),
        triggers=tuple(compiled),
        block=_union(data.get("block") or (), proclitics),
        historical=_union(data.get("historical") or (), proclitics),
        before_place=_before(data.get("before_place")),
        after_place=_after(data.get("after_place")),
        before_mention=_before(data.get("before_mention")),
        after_mention=_after(data.get("after_mention")),
        destination_before=_before(data.get("destination_before")),
        destination_after=_after(data.get("destination_after")),
        before_possessor=_before(data.get("before_possessor")),
        after_possessor=_after(data.get("after_possessor")),
        trigger_cues=tuple(cues),
        proclitics=proclitics,
    )


@cache
def load_lexicons() -> dict[str, Lexicon]:
    """Every ``<lang>.yaml`` of the packaged contact lexicons, by language code."""
    folder = resources.files("wirewatch.data").joinpath("lexicons/contacts")
    lexicons = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml") or item.name == "dates.yaml":
            continue
        data = yaml.safe_load(item.read_text(encoding="utf-8"))
        lexicon = _compile(data)
        lexicons[lexicon.lang] = lexicon
    return lexicons
