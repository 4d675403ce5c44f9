"""A byline names the reporter, never an official the KB knows.

"By Canberk Doğan", "Haber: Canberk Doğan", "كتب: علي المشري", "Canberk Doğan / AA":
the name is the reporter's. Linked as it stands, its surname links the KB official
who bears it (Hasan Doğan through the Turkish bare-surname rule, Khalid al-Mishri
through المشري), and through him false contacts. Here every person mention inside a
byline's name is dropped (the person with it when nothing else names him), and the
reporter is a person found by shape (``person:shape:<slug>``), as the dev set labels
him (en-30707 "By Sarp Ozer").

What keeps a sentence from reading as a byline: the marker must start a line and the
name after it be 2-4 words that a line end, a full stop, a bar, a slash, a bracket
or a dash closes -- no comma, no possessive: "By Monday, Fidan had met ...", "By
President Erdoğan's decree", and "كتب الدبيبة على منصة إكس" (Dbeibah wrote: no colon
after the verb) are no bylines. Markers and agencies are data
(``lexicons/entities/bylines.yaml``). Cost: the pattern is tried only on lines that
start with a marker or hold a slash; searched over the whole text with a multi-line
``^`` it cost 0.35 M instructions an article (3 % of stage 1, callgrind on
bench_core's corpus), since Python's ``re`` tries a multi-line anchor at every position.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from schemas import Entity, EntityType, Mention
from wirewatch.core.entities.learned import SHAPE_PREFIX, shape_key
from wirewatch.core.textfold import fold_char_string, lower
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "bylines.yaml"
)

#: a capitalised Latin name word, a surname's article allowed before it (al-Ghwell)
_LATIN_WORD = r"(?:(?:al|el|ed|ad)-)?[A-ZÇĞİÖŞÜÂÎÛ][^\W\d_]*(?:-[^\W\d_]+)*"
#: an Arabic word (letters and marks, no comma or question mark)
_ARABIC_WORD = r"[\u0621-\u065f\u0671-\u06d3]+"
#: what closes a byline's name: the line's end, a full stop, a bar, a slash, a
#: bracket or a dash (no comma: "By Monday, ..." is a sentence)
_CLOSE = r"(?=[ \t]*(?:$|[.|/(–—]|-\s))"


def _name(word: str) -> str:
    return rf"(?P<name>{word}(?:[ \t]{word}){{1,3}})"


class Bylines:
    """The bylines of an article and what they take from its entities."""

    def __init__(self, markers: dict[str, list[str]], agencies: list[str]) -> None:
        credits = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
        self._patterns: dict[str, re.Pattern[str]] = {}
        for lang, forms in markers.items():
            word = _ARABIC_WORD if lang == "ar" else _LATIN_WORD
            lead = "|".join(re.escape(m) for m in sorted(forms, key=len, reverse=True))
            parts = [rf"^[ \t]*(?:{lead})[ \t]*{_name(word)}{_CLOSE}"]
            if lang != "ar" and credits:  # "Canberk Doğan / AA"
                parts.append(rf"^[ \t]*{_name(word)}[ \t]*/[ \t]*(?:{credits})\b")
            self._patterns[lang] = re.compile("|".join(parts).replace("?P<name>", "?:"), re.M)
        #: the name inside a match: its own group, found again on the match's text
        self._names = {
            "ar": re.compile(_name(_ARABIC_WORD)),
            "": re.compile(_name(_LATIN_WORD)),
        }
        self._leads = {
            lang: re.compile("|".join(re.escape(m) for m in sorted(forms, key=len, reverse=True)))
            for lang, forms in markers.items()
        }
        #: what a line must start with (blanks stripped) for a marker's byline
        self._starts = {lang: tuple(forms) for lang, forms in markers.items()}
        #: whether a line holding a slash may be a credit ("Canberk Doğan / AA")
        self._credited = {lang: lang != "ar" and bool(credits) for lang in markers}

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Bylines:
        with path.open(encoding="utf-8") as handle:
            data = safe_load(handle)
        return cls(dict(data.get("markers", {})), list(data.get("agencies", [])))

    def spans(self, display: str, lang: str | None) -> list[tuple[int, int]]:
        """The (start, end) display spans of the reporters' names in bylines."""
        langs = [lang] if lang in self._patterns else list(self._patterns)
        out: list[tuple[int, int]] = []
        for one in langs:
            assert one is not None
            pattern, starts, credited = self._patterns[one], self._starts[one], self._credited[one]
            line_start = 0
            for line in display.split("\n"):
                offset = line_start
                line_start += len(line) + 1
                if not (line.lstrip(" \t").startswith(starts) or (credited and "/" in line)):
                    continue
                match = pattern.match(line)
                if match is None:
                    continue
                text = match.group()
                lead = self._leads[one].match(text.lstrip(" \t"))
                skip = len(text) - len(text.lstrip(" \t")) + (lead.end() if lead else 0)
                name = self._names["ar" if one == "ar" else ""].search(text, skip)
                if name is not None:
                    out.append((offset + name.start(), offset + name.end()))
        return out

    def apply(self, display: str, lang: str | None, entities: list[Entity]) -> list[Entity]:
        """``entities`` without the person mentions inside a byline's name, and with
        the reporter as a person found by shape."""
        spans = self.spans(display, lang)
        if not spans:
            return entities
        out: list[Entity] = []
        covered: set[tuple[int, int]] = set()
        for entity in entities:
            if entity.type is not EntityType.PERSON:
                out.append(entity)
                continue
            inside = [m for m in entity.mentions if _within(m, spans)]
            if not inside:
                out.append(entity)
                continue
            if entity.id.startswith(SHAPE_PREFIX):  # the reporter, found already
                covered.update((m.start, m.end) for m in inside)
                out.append(entity)
                continue
            kept = tuple(m for m in entity.mentions if not _within(m, spans))
            if kept:
                out.append(entity.model_copy(update={"mentions": kept}))
        taken = {e.id for e in out}
        for start, end in spans:
            if (start, end) in covered:
                continue
            text = display[start:end]
            key = shape_key(lower(fold_char_string(text)))
            if key in taken:
                continue
            taken.add(key)
            out.append(
                Entity(
                    id=key,
                    type=EntityType.PERSON,
                    name=text,
                    country=None,
                    found_by="pattern",
                    mentions=(Mention(text=text, start=start, end=end),),
                )
            )
        return out


def _within(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in spans)


@cache
def bylines() -> Bylines:
    """The bylines rule over the packaged lexicon, built once."""
    return Bylines.load()
