"""The past year a role phrase's own sentence is dated in (issue #12, session 20).

"In 2019, Erdogan received the Libyan prime minister in Istanbul": the role linker
links a role phrase to the office's holder on the article's date (``roles_by_date``),
which names today's prime minister in a sentence about 2019. When the phrase's sentence
is itself dated in an earlier year, by a date expression ("in 2019", "in November 2019",
"2019 yılında", "2019'da", "عام 2019", "في نوفمبر 2019"), the holder is the one who held
the office that whole year; a year the office changed hands names nobody.

A year counts when it stands before the phrase in its sentence, or after it with no
comma or semicolon between ("received the Libyan prime minister in Istanbul in 2019");
a year after a comma belongs to an aside ("..., who took office in 2021"). Adjectival
years ("the 2019 maritime deal") are no date expression. The words that make a year a
date are lexicon data (``year_before``, ``year_after``, ``months`` in
``lexicons/offices/<lang>.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.core.textfold import fold_char_string

#: How far (characters) around a role phrase its sentence is read.
_REACH = 240
#: What ends a sentence (a year is looked for between two of these).
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"


@dataclass(frozen=True, slots=True)
class SentenceYears:
    """One language's date expressions of a year, compiled."""

    pattern: re.Pattern[str] | None

    @classmethod
    def compile(
        cls, before: Iterable[str], after: Iterable[str], months: Iterable[str]
    ) -> SentenceYears:
        def alternation(words: Iterable[str]) -> str:
            folded = {fold_char_string(w).strip() for w in words if str(w).strip()}
            return "|".join(re.escape(w) for w in sorted(folded, key=len, reverse=True))

        lead, tail, month = alternation(before), alternation(after), alternation(months)
        forms = []
        if lead:
            # "in 2019", "in November 2019", "on 27 November 2019", "في نوفمبر 2019"
            day = r"(?:\d{1,2}\s+)?"
            named = rf"(?:(?:{month})\s+(?:\d{{1,2}},?\s+)?)?" if month else ""
            forms.append(rf"(?<!\w)(?:{lead})\s+{day}{named}{_YEAR}")
        if tail:
            # "2019 yılında", "2019'da"
            forms.append(rf"(?<!\d){_YEAR}\s*(?:{tail})(?!\w)")
        return cls(re.compile("|".join(forms)) if forms else None)

    def past_year(self, text: str, start: int, end: int, this_year: int) -> int | None:
        """The year before ``this_year`` that a date expression of the sentence holding
        ``text[start:end]`` (display) names, before that span or after it with no comma
        between; None when there is none (or two different ones)."""
        if self.pattern is None:
            return None
        lo = max(0, start - _REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        first = ends[-1] if ends else lo
        stop = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
        last = stop.start() if stop is not None else min(len(text), end + _REACH)
        sentence = fold_char_string(text[first:last])
        # the fold keeps a string's length for the characters read here; if it did
        # not, no offset below can be trusted: no year
        if len(sentence) != last - first:
            return None
        years: set[int] = set()
        for m in self.pattern.finditer(sentence):
            at = first + m.start()
            if at >= end and any(c in text[end:at] for c in ",;،؛"):
                continue  # an aside after the phrase: "..., who took office in 2021"
            if first + m.end() > start and at < end:
                continue
            year = int(m.group("year"))
            if year < this_year:
                years.add(year)
        return years.pop() if len(years) == 1 else None
