"""Arabic outlets whose short name is also a word, linked where copy cites them (issue
#12, accar3): after a noun cue with a proclitic or quotes ("لقناة “تبادل”"), or as a
dispatch's credit in parentheses ("(وال)"). Tested on other sentences than the dev
excerpts, and on the everyday readings of the same words, which must link nothing."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _orgs(detector: EntityDetector, text: str, lang: str = "ar") -> list[str]:
    return [e.id for e in detector.detect(fold(text), lang) if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("مصراتة 3 مارس 2022 (وال) - افتتح وزير الصحة المستشفى الجديد.", "org:ly-lana"),
        ("بنغازي (وال ) أعلنت البلدية استئناف العمل.", "org:ly-lana"),
        ("سبها-ليبيا(بانا)- وصلت قافلة المساعدات إلى المدينة.", "org:pana"),
        ("وقال المتحدث في حديث لقناة «الجزيرة» إن المفاوضات مستمرة.", "org:al-jazeera"),
        ("وأضاف في مقابلة مع قناة روسيا اليوم أن الاتفاق قريب.", "org:rt"),
        ("ونقلت منصة فواصل عن مصدر حكومي أن الاجتماع تأجل.", "org:ly-fawasel"),
        ("وأوضح في تصريح لقناة “تبادل” الاقتصادية أن الأسعار ستنخفض.", "org:ly-tabadul"),
        ("وفي مقال لصحيفة “صباح” قال الكاتب إن أنقرة مستعدة.", "org:sabah"),
        ("وبحسب موقع صدى البلد فإن الزيارة تأجلت.", "org:eg-sada-elbalad"),
    ],
)
def test_a_cited_outlet_is_linked(detector: EntityDetector, text: str, outlet: str) -> None:
    assert outlet in _orgs(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "ووصل الوفد صباح اليوم إلى شبه الجزيرة العربية.",  # morning, the peninsula
        "وجرى تبادل الآراء والأسرى بين الطرفين.",  # exchange
        "وأكد أن روسيا اليوم تدعم الحل السياسي.",  # "Russia today", no cue
        "وضع الكاتب فواصل كثيرة في النص.",  # commas
        "وحضر الاجتماع الوزير والوفد المرافق له.",  # "وال" inside words
        "وتقع ولاية الجزيرة (وسط السودان) على النيل.",  # a place, its gloss in parentheses
    ],
)
def test_the_same_words_uncited_link_nothing(detector: EntityDetector, text: str) -> None:
    outlets = {
        "org:ly-lana",
        "org:pana",
        "org:al-jazeera",
        "org:rt",
        "org:sabah",
        "org:eg-sada-elbalad",
        "org:ly-fawasel",
        "org:ly-tabadul",
    }
    assert not outlets & set(_orgs(detector, text))


def test_latin_outlets_still_need_a_capital(detector: EntityDetector) -> None:
    assert "org:anadolu-agency" in _orgs(detector, "Anadolu reported the talks.", "en")
    assert "org:anadolu-agency" not in _orgs(detector, "anadolu reported the talks.", "en")
