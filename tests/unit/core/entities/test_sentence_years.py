"""The past year a role phrase's sentence is dated in (``sentence_years.py``, session 20)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities.sentence_years import SentenceYears

EN = SentenceYears.compile(["in", "during", "on"], [], ["november", "march"])
TR = SentenceYears.compile([], ["yılında", "'da", "'de"], [])
AR = SentenceYears.compile(["عام", "في"], [], ["نوفمبر"])
ROLE = {"en": "the Libyan prime minister", "tr": "Libya Başbakanı", "ar": "رئيس الحكومة الليبية"}
BY_LANG = {"en": EN, "tr": TR, "ar": AR}


def year_of(lang: str, text: str, this_year: int = 2024) -> int | None:
    start = text.index(ROLE[lang])
    return BY_LANG[lang].past_year(text, start, start + len(ROLE[lang]), this_year)


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "In 2019, Erdogan received the Libyan prime minister in Istanbul.", 2019),
        ("en", "Erdogan received the Libyan prime minister in November 2019.", 2019),
        ("en", "Erdogan received the Libyan prime minister on 27 November 2019.", 2019),
        ("tr", "Erdoğan, 2019 yılında Libya Başbakanı ile görüşmüştü.", 2019),
        ("tr", "Erdoğan, 2019'da Libya Başbakanı ile görüşmüştü.", 2019),
        ("ar", "استقبل أردوغان رئيس الحكومة الليبية في إسطنبول عام 2019.", 2019),
        ("ar", "استقبل أردوغان في نوفمبر 2019 رئيس الحكومة الليبية.", 2019),
        # the sentence before is another's: its year is not this one's
        ("en", "The deal was signed in 2019. Erdogan received the Libyan prime minister.", None),
        # an aside after a comma: its year is the aside's
        ("en", "Erdogan received the Libyan prime minister, who took office in 2021.", None),
        # an adjectival year, the article's own year, two years: none
        ("en", "Erdogan received the Libyan prime minister to discuss the 2019 deal.", None),
        ("en", "In 2024, Erdogan received the Libyan prime minister.", None),
        ("en", "In 2019 and in 2020, Erdogan received the Libyan prime minister.", None),
    ],
)
def test_past_year(lang: str, text: str, year: int | None) -> None:
    assert year_of(lang, text) == year


def test_no_date_words_no_pattern() -> None:
    assert SentenceYears.compile([], [], []).past_year("In 2019 X.", 0, 2, 2024) is None
