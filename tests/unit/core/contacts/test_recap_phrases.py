"""An earlier contact told in a phrase of the sentence that reports a new one (issue
#12, session 18, ``recap_phrases.py``): "Following their meeting last month, Erdogan
received Dbeibah again on Tuesday" is Tuesday's meeting, not a recap, and "A week after
meeting Haftar in Benghazi, Fidan received Dbeibah" makes Fidan-Haftar the recap, not
the day's news. The phrase (opened by "after", "following", "who", بعد, عقب; closed in
Turkish by "ardından" or a participle) must hold a trigger and a past marker, and
another trigger must stand outside it; else the sentence is timed as before.

The sentences are invented for the probe (wire, Gulf and Turkish daily styles), not
taken from the real set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, KALIN = "person:khalifa-haftar", "person:ibrahim-kalin"


@pytest.mark.parametrize(
    ("lang", "text", "current", "historical"),
    [
        (
            "en",
            "Following their meeting last month, Erdogan received Dbeibah again on Tuesday.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
        (
            "en",
            "A week after meeting Haftar in Benghazi, Fidan received Dbeibah in Ankara on Monday.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "en",
            "Days after his talks with Haftar in Benghazi, Kalin met Dbeibah in Tripoli on"
            " Wednesday.",
            keys((KALIN, DBEIBAH)),
            keys((KALIN, HAFTAR)),
        ),
        (
            "en",
            "Erdogan met Dbeibah on Tuesday, a month after he had hosted Menfi in Istanbul.",
            keys((ERDOGAN, DBEIBAH)),
            keys((ERDOGAN, MENFI)),
        ),
        (
            "en",
            "Fidan, who had met Haftar in 2019, held talks with Dbeibah in Tripoli on Sunday.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "ar",
            "بعد أسبوع من لقائهما في أنقرة، استقبل الرئيس أردوغان الدبيبة اليوم الثلاثاء في"
            " إسطنبول.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
        (
            "ar",
            "عقب لقائه حفتر في بنغازي الشهر الماضي، استقبل فيدان الدبيبة اليوم في أنقرة.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "ar",
            "التقى فيدان الدبيبة اليوم في طرابلس، بعد أن كان قد التقى حفتر في بنغازي العام الماضي.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "tr",
            "Geçen ay Ankara'da bir araya gelen Erdoğan ve Dibeybe bugün yeniden görüştü.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
        (
            "tr",
            "Hakan Fidan, geçen yıl Bingazi'de Hafter ile görüşmesinin ardından bugün"
            " Trablus'ta Dibeybe ile bir araya geldi.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "tr",
            "Hafter ile geçen hafta görüşen İbrahim Kalın, bugün Dibeybe ile bir araya geldi.",
            keys((KALIN, DBEIBAH)),
            keys((KALIN, HAFTAR)),
        ),
    ],
)
def test_the_new_contact_is_current_and_the_recalled_one_historical(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, lang)
    assert found_current == current
    assert historical <= found_historical


@pytest.mark.parametrize(
    ("lang", "text", "current", "historical"),
    [
        # a recap alone stays one
        ("en", "Erdogan had met Dbeibah in Istanbul last year.", set(), keys((ERDOGAN, DBEIBAH))),
        (
            "tr",
            "Erdoğan, Dibeybe ile geçen ay Ankara'da görüşmüştü.",
            set(),
            keys((ERDOGAN, DBEIBAH)),
        ),
        # no past marker in the phrase: both the day's (as before)
        (
            "en",
            "Erdogan received Dbeibah on Tuesday after talks with Menfi.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, MENFI)),
            set(),
        ),
        (
            "tr",
            "Dibeybe'yi kabul eden Erdoğan, iki ülke arasındaki ilişkileri değerlendirdi.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
        # the sentence's own contact undated: timed by the whole sentence, as before
        (
            "en",
            "Erdogan, who had hosted Sarraj in Istanbul in 2019, met Menfi in Ankara.",
            set(),
            keys((ERDOGAN, MENFI)),
        ),
        # the sentence's own contact dated in the past: still a recap
        (
            "en",
            "Fidan met Dbeibah in Tripoli last month, after talks with Haftar in Benghazi.",
            set(),
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "ar",
            "وكان أردوغان قد التقى الدبيبة في إسطنبول الشهر الماضي.",
            set(),
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_recaps_alone_and_unmarked_phrases_stay(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, lang)
    assert found_current == current
    assert historical <= found_historical
