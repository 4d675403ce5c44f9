"""An outlet's short name that is also a place or a word, linked where copy cites it.

"Anadolu" is Anatolia as often as the agency, so the KB does not list it as one of
the agency's aliases; "Anadolu reported", "according to Anadolu", "told Anadolu",
"Anadolu'ya konuşan" name the agency all the same. A short name listed in
``lexicons/entities/cited_outlets.yaml`` links its outlet when a citation cue of the
article's language stands right before or right after it, it is written with a
capital (in a script that has capitals), and no longer name already covers it
("Anadolu Agency"). Elsewhere ("central Anadolu", "Anadolu'da") it links nothing.

Arabic (issue #12, accar3): an outlet's name is as often a word (الجزيرة the
peninsula, صباح morning, وال, تبادل exchange, فواصل commas); it is cited after a noun
cue with a proclitic or quotes around the name ("لقناة “تبادل”", "منصة “فواصل”"),
or as the credit in parentheses that opens a dispatch ("طرابلس 18 سبتمبر 2023 (وال)
–", "(الأنباء الليبية)"). Fifteen dev misses (ar-9008, ar-14008, ar-17009, ...)
were outlets so cited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from wirewatch.core.entities.cited_outlets_data import CitedOutletsFile
from wirewatch.core.textfold import FoldedText, fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "cited_outlets.yaml"
)


#: Quotes Arabic copy sets around an outlet's name, as folded ("“تبادل”" -> '"').
_QUOTES = "\"'«»“”‘’"
#: Letters of a Turkish case ending after an outlet's apostrophe ("'nın", "'ya").
_ENDING = 4
#: One-letter Arabic proclitics a cue noun may carry (لقناة, بموقع, وصحيفة).
_PROCLITICS = "لبو"


def _key(text: str) -> str:
    return " ".join(fold_char_string(text).split())


class CitedOutlets:
    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        with path.open(encoding="utf-8") as handle:
            data = CitedOutletsFile.model_validate(safe_load(handle))
        #: language -> [(folded short name, outlet KB id)]
        self._names: dict[str, list[tuple[str, str]]] = {}
        for outlet in data.outlets:
            for lang, names in outlet.names.items():
                self._names.setdefault(lang, []).extend((_key(n), outlet.id) for n in names)
        self._before = {
            lang: tuple(_key(c) for c in cues.before) for lang, cues in data.cues.items()
        }
        self._after = {lang: tuple(_key(c) for c in cues.after) for lang, cues in data.cues.items()}
        self._after_suffixed = {
            lang: tuple(_key(c) for c in cues.after_suffixed) for lang, cues in data.cues.items()
        }
        #: Arabic: the names (longest first) and the cue nouns without a proclitic,
        #: looked for cue-first: "وال" opens hundreds of words (والتعاون) an article,
        #: a Python step each if the names were looked for first, where the cue
        #: nouns and "(" are a few C-level finds
        self._ar_names = sorted(self._names.get("ar", ()), key=lambda n: -len(n[0]))
        ar_cues = set(self._before.get("ar", ()))
        bare = (c for c in ar_cues if not (c[:1] in _PROCLITICS and c[1:] in ar_cues))
        self._ar_heads = (*sorted(bare), "(")

    def find(
        self, folded: FoldedText, lang: str | None, taken: Callable[[int, int], bool]
    ) -> Iterator[tuple[int, int, str]]:
        """(folded start, end, outlet id) of each cited short name not ``taken``."""
        f, display = folded.folded, folded.display
        if lang == "ar":
            for pos, end, outlet in sorted(self._ar_candidates(f)):
                if self._cited(f, pos, end, "ar") and not taken(pos, end):
                    yield pos, end, outlet
            return
        for name, outlet in self._names.get(lang or "", ()):
            pos = f.find(name)
            while pos >= 0:
                end = pos + len(name)
                # inside a word, then the capital: most hits of a word's name ("karar",
                # "sabah") are the word, lower-case, and the cue test builds strings
                if pos and (f[pos - 1].isalnum() or f[pos - 1] == "-"):
                    pos = f.find(name, end)
                    continue
                d0, _ = folded.to_display(pos, end)
                if (
                    display[d0 : d0 + 1].isupper()
                    and self._cited(f, pos, end, lang or "")
                    and not taken(pos, end)
                ):
                    yield pos, end, outlet
                pos = f.find(name, end)

    def _ar_candidates(self, f: str) -> set[tuple[int, int, str]]:
        """Each listed name right after a cue noun or "(" (quotes and spaces between)."""
        found: set[tuple[int, int, str]] = set()
        if not self._ar_names:
            return found
        for head in self._ar_heads:
            pos = f.find(head)
            while pos >= 0:
                at = pos + len(head)
                while at < len(f) and f[at] in _QUOTES + " ":
                    at += 1
                for name, outlet in self._ar_names:
                    if f.startswith(name, at):
                        found.add((at, at + len(name), outlet))
                        break
                pos = f.find(head, at)
        return found

    def _cited(self, f: str, start: int, end: int, lang: str) -> bool:
        if start and (f[start - 1].isalnum() or f[start - 1] == "-"):
            return False  # inside a word
        after = f[end : end + 40]
        glued = bool(after[:1].isalnum())
        if glued and lang != "tr":
            return False
        before = " ".join(f[max(0, start - 40) : start].split())
        if lang == "ar":
            if before.endswith("(") and after.lstrip(" ").startswith(")"):
                return True  # a dispatch's credit: "(وال)", "ليبيا(بانا)-"
            before = before.rstrip(_QUOTES + " ")
            after = after.lstrip(_QUOTES + " ")
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
        return lang == "tr" and self._suffixed_cue(rest)

    def _suffixed_cue(self, rest: str) -> bool:
        """Whether ``rest`` (what follows a Turkish name) is an apostrophe, a case
        ending of up to four letters, a space and a citation word: the ending takes
        the name's vowel harmony ("Sabah'ın", "Sözcü'nün", "Akit'e", "TRTHaber'e"),
        so the cues are listed without it (issue #12, entcls: a probe found "Sabah'ın
        haberine göre" and "Sözcü'nün haberine göre" unlinked, "Anadolu'nun" linked)."""
        if not rest.startswith("'"):
            return False
        at = 1
        while at < len(rest) and at <= _ENDING and rest[at].isalpha():
            at += 1
        if at == 1 or at >= len(rest) or rest[at] != " ":
            return False
        # a cue's word may go on with its own endings ("değerlendirdiler", "konuşanlar")
        words = " ".join(rest[at + 1 :].split())
        return words.startswith(self._after_suffixed.get("tr", ()))
