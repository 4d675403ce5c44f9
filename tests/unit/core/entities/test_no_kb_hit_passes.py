"""A text with no KB name still goes through the passes that need none: a person the
KB lacks is found by the shape of the name (Arabic, and Latin "X Al-Y"), whether or
not the same text also names a KB place. Before, the detector returned early on such
text and found nothing."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("قال عضو اللجنة سهيل الكوافي إن الجلسة تأجلت.", "ar", "سهيل الكوافي"),
        (
            "The committee member, Mumen Al-Zawi, said the session was put off.",
            "en",
            "Mumen Al-Zawi",
        ),
    ],
)
def test_shaped_name_found_without_any_kb_name(
    detector: EntityDetector, text: str, lang: str, name: str
) -> None:
    folded = fold(text)
    # no KB key at all in the text: the case the early return used to cut short
    assert detector.matcher.scan(folded.folded, text, lang, folded.to_display) == []
    found = mentions_of(detector, text, lang)
    assert [name] in found.values(), found
    assert all(k.startswith("person:shape:") for k in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The session was put off until next week.", "en"),
        ("تأجلت الجلسة إلى الأسبوع المقبل.", "ar"),
        ("Oturum gelecek haftaya ertelendi.", "tr"),
        ("", "en"),
    ],
)
def test_plain_text_still_names_nobody(detector: EntityDetector, text: str, lang: str) -> None:
    assert detector.detect(fold(text), lang) == []
