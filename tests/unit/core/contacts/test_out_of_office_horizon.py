"""The out-of-office rule (a dated contact with someone out of every KB office for over
a year is a recap) holds up to the KB's horizon only (``terms_as_of``): past it the KB
ages while news continues, and a person it has out of office may hold a post it does
not know yet, whose contacts must still alert. And the people session 20's terms
review found in later posts are parties to current contacts in 2025."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.pipeline import Pipeline
from wirewatch.settings import Settings

from .sentences import events_in, on_day

SARRAJ = "person:fayez-al-sarraj"
RECAP = "Sarraj held talks with Erdoğan in Istanbul on the maritime accord."


@pytest.fixture(scope="module")
def knowing_tenures() -> ContactDetector:
    return Pipeline(Settings()).contacts


def _past_flags(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, day: str, who: str
) -> list[bool]:
    return [
        e.historical
        for e in events_in(detector, entities, text, lang, on_day(day))
        if who in {p.id for p in e.participants}
    ]


def _with(ended: dict[str, str], terms_as_of: str | None) -> ContactDetector:
    return ContactDetector.default(out_of_office=ended, terms_as_of=terms_as_of)


@pytest.fixture(scope="module")
def reviewed_to_2024() -> ContactDetector:
    return _with({SARRAJ: "2021-03-15"}, "2024-12-31")


def test_up_to_the_horizon_a_long_retired_party_makes_a_recap(
    reviewed_to_2024: ContactDetector, entities: EntityDetector
) -> None:
    for day in ("2023-02-01", "2024-12-31"):
        flags = _past_flags(reviewed_to_2024, entities, RECAP, "en", day, SARRAJ)
        assert flags and all(flags), day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RECAP, "en"),
        ("وعقد السراج وأردوغان جلسة مباحثات مغلقة في إسطنبول.", "ar"),
        ("Serrac, Erdoğan ile İstanbul'da bir araya geldi.", "tr"),
    ],
)
def test_past_the_horizon_the_kb_may_not_know_his_new_post(
    reviewed_to_2024: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    # The same sentence a day and a year past the horizon: he may have taken a post
    # since, so the contact alerts as it would without the KB's tenures.
    for day in ("2025-01-01", "2026-03-10"):
        flags = _past_flags(reviewed_to_2024, entities, text, lang, day, SARRAJ)
        assert flags and not any(flags), (day, text)


def test_no_declared_horizon_no_rule(entities: EntityDetector) -> None:
    detector = _with({SARRAJ: "2021-03-15"}, None)
    flags = _past_flags(detector, entities, RECAP, "en", "2023-02-01", SARRAJ)
    assert flags and not any(flags)


def test_the_pipeline_takes_the_kbs_horizon(knowing_tenures: ContactDetector) -> None:
    horizon = load_kb(DEFAULT_KB_DIR).terms_as_of
    assert horizon is not None and knowing_tenures.terms_as_of == horizon


# People the KB had out of every office, found in later posts by session 20's review
# (Kurtulmuş's party post filled a gap between two offices: he was never out),
# met in 2025 (inside the KB's horizon): (text, lang, KB id, end of the old office).
LATER_POSTS = [
    (
        "TBMM Dışişleri Komisyonu Başkanı Fuat Oktay, Dibeybe ile Ankara'da görüştü.",
        "tr",
        "person:fuat-oktay",
        "2023-06-03",
    ),
    ("Mehmet Muş, Dibeybe ile Trablus'ta görüştü.", "tr", "person:mehmet-mus", "2023-06-04"),
    (
        "Mustafa Varank met Dbeibah in Tripoli to discuss industrial cooperation.",
        "en",
        "person:mustafa-varank",
        "2023-06-04",
    ),
    (
        "TBMM Başkanvekili Bekir Bozdağ, Akile Salih ile Ankara'da görüştü.",
        "tr",
        "person:bekir-bozdag",
        "2023-06-04",
    ),
    (
        "Faruk Kaymakcı met Dbeibah in Brussels on Libya's migration file.",
        "en",
        "person:faruk-kaymakci",
        "2023-03",
    ),
    (
        "التقى علي القطراني وزير التجارة التركي عمر بولات في أنقرة.",
        "ar",
        "person:ali-al-qatrani",
        "2021-03-15",
    ),
    # a term the KB had ended in 2022: he stayed first deputy premier and took agriculture
    (
        "وعقد حسين القطراني اجتماعاً مع وزير الزراعة التركي إبراهيم يوماكلي في إسطنبول.",
        "ar",
        "person:hussein-al-qatrani",
        "2022",
    ),
    (
        "Libyan Deputy Prime Minister Hussein al-Qatrani met Ibrahim Yumakli in Istanbul.",
        "en",
        "person:hussein-al-qatrani",
        "2022",
    ),
    (
        "Büyükelçi Yasin Ekrem Serim, Dibeybe ile Lefkoşa'da görüştü.",
        "tr",
        "person:yasin-ekrem-serim",
        "2023",
    ),
    (
        "Serdar Kılıç met Dbeibah in Ankara on Tuesday.",
        "en",
        "person:serdar-kilic",
        "2021",
    ),
    (
        "Anahtar Parti Genel Başkanı Yavuz Ağıralioğlu, Akile Salih ile görüştü.",
        "tr",
        "person:yavuz-agiralioglu",
        "2023",
    ),
]


@pytest.mark.parametrize(("text", "lang", "who", "old_end"), LATER_POSTS)
def test_a_2025_meeting_of_an_official_in_a_later_post_is_current(
    knowing_tenures: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    who: str,
    old_end: str,
) -> None:
    assert who not in knowing_tenures.out_of_office
    flags = _past_flags(knowing_tenures, entities, text, lang, "2025-05-12", who)
    assert flags and not any(flags), text
    # Without the later post (his old office's end his last), the rule made it a recap.
    horizon = knowing_tenures.terms_as_of
    unreviewed = _with({who: old_end}, horizon)
    flags = _past_flags(unreviewed, entities, text, lang, "2025-05-12", who)
    assert flags and all(flags), text
