"""An Arabic pluperfect clause (وكان X قد ...) recalling an earlier contact, then a
clause of the day's own after a comma ("وكان أردوغان قد التقى الدبيبة في مارس،
واستقبله مجددا الثلاثاء"): the day's contact is current, as the English "Erdogan, who
last met Dbeibah in March, received him again on Tuesday" is (s21 leftovers probes:
the whole sentence was a recap). A pluperfect sentence with no clause of its own, or
whose next clause is undated, stays a recap.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.pipeline import Pipeline

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وكان الرئيس التركي أردوغان قد استقبل الدبيبة في فبراير، واستقبله مجددا أمس في "
            "إسطنبول.",
            (ERDOGAN, DBEIBAH),
        ),
        (
            "وكانت أنقرة قد شهدت لقاء فيدان والمنفي الشهر الماضي، والتقى الوزير المنفي مجددا "
            "اليوم في طرابلس.",
            (FIDAN, MENFI),
        ),
    ],
)
def test_the_clause_of_the_day_is_current(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    current, _ = found(pipeline, text, "2025-05-10")
    assert keys(pair) <= current


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وكان أردوغان قد استقبل الدبيبة في أنقرة في فبراير الماضي.", (ERDOGAN, DBEIBAH)),
        (
            "وكان أردوغان قد التقى الدبيبة في فبراير، كما بحث معه ملف الطاقة.",
            (ERDOGAN, DBEIBAH),
        ),
    ],
)
def test_a_recap_stays_a_recap(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    current, historical = found(pipeline, text, "2025-05-10")
    assert keys(pair) <= historical
    assert not keys(pair) & current
